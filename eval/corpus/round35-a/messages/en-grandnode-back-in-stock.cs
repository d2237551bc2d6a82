            new() {
                Name = "Customer.OutOfStock",
                Subject = "{{Store.Name}}. Back in stock notification",
                Body =
                    "<p><a href=\"{{Store.URL}}\">{{Store.Name}}</a> <br />\r\n<br />\r\nHello {{Customer.FullName}}, <br />\r\nProduct <a target=\"_blank\" href=\"{{OutOfStockSubscription.ProductUrl}}\">{{OutOfStockSubscription.ProductName}}</a> is in stock.</p>",
                IsActive = true,
                EmailAccountId = eaGeneral.Id
            },
