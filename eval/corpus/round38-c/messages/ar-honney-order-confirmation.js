export function OrderMailContent(order, userName) {
  return ` <html>
  <head>
    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
    <meta name="x-apple-disable-message-reformatting" />
  </head>
  <div
    style="
      display: none;
      overflow: hidden;
      line-height: 1px;
      opacity: 0;
      max-height: 0;
      max-width: 0;
    "
  >
    طلبية جديدة
    <div>
       ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿ ‌​‍‎‏﻿
    </div>
  </div>

  <body style="background-color: #fff; color: #212121">
    <table
      align="center"
      width="100%"
      border="0"
      cellpadding="0"
      cellspacing="0"
      role="presentation"
      style="
        padding: 20px;
        margin: 0 auto;
      "
    >
      <tbody>
        <tr style="width: 100%">
          <td>
            <table
              align="center"
              width="100%"
              border="0"
              cellpadding="0"
              cellspacing="0"
              role="presentation"
              style="background-color: #fff"
            >
              <tbody>
                <tr>
                  <td>
                    <table
                      align="center"
                      width="100%"
                      border="0"
                      cellpadding="0"
                      cellspacing="0"
                      role="presentation"
                      style="
                        background-color: #dcb140;
                        display: flex;
                        padding: 20px 0;
                        align-items: center;
                        justify-content: center;
                      "
                    >
                      <tbody>
                        <tr>
                          <td>
                            <img
                              alt="AWS&#x27;s Logo"
                              src="https://res.cloudinary.com/dndl3sgtl/image/upload/f_auto,q_auto/mhuojthgeiyhrsoqpfb3"
                              style="
                                display: block;
                                outline: none;
                                border: none;
                                text-decoration: none;
                              "
                              width="75"
                            />
                          </td>
                        </tr>
                      </tbody>
                    </table>
                    <table
                      align="center"
                      width="100%"
                      border="0"
                      cellpadding="0"
                      cellspacing="0"
                      role="presentation"
                      style="padding: 25px 35px"
                    >
                      <tbody>
                        <tr>
                          <td>
                            <h1
                              style="color:#333;font-family:-apple-system, BlinkMacSystemFont, &#x27;Segoe UI&#x27;, &#x27;Roboto&#x27;, &#x27;Oxygen&#x27;, &#x27;Ubuntu&#x27;, &#x27;Cantarell&#x27;, &#x27;Fira Sans&#x27;, &#x27;Droid Sans&#x27;, &#x27;Helvetica Neue&#x27;, sans-serif;font-size:20px;font-weight:bold;margin-bottom:15px"
                            >
                              ${userName}
                            </h1>
                            <p
                              style="font-size:14px;line-height:24px;margin:24px 0;color:#333;font-family:-apple-system, BlinkMacSystemFont, &#x27;Segoe UI&#x27;, &#x27;Roboto&#x27;, &#x27;Oxygen&#x27;, &#x27;Ubuntu&#x27;, &#x27;Cantarell&#x27;, &#x27;Fira Sans&#x27;, &#x27;Droid Sans&#x27;, &#x27;Helvetica Neue&#x27;, sans-serif;margin-bottom:14px"
                            >
                            شكرًا لطلبك من ساجا. سنتصل بك لتأكيد معلومات الطلب خلال ساعة إلى 24 ساعة، يرجى إبقاء هاتفك مفتوحًا. بمجرد شحن طردك، سنرسل لك بريدًا إلكترونيًا يحتوي على رابط لتتبع طلبك. إذا كانت لديك أي أسئلة بخصوص طلبك، يمكنك إرسال بريد إلكتروني إلينا على
                            </p>
                            <table
                              align="center"
                              width="100%"
                              border="0"
                              cellpadding="0"
                              cellspacing="0"
                              role="presentation"
                              style="display: flex; align-items: center"
                            >
                              <tbody>
                                <tr>
                          
                                    <div>
                                      <p>
                                        <span style="color: #dcb140">
                                           ${order._id}
                                        </span>
                                           :الطلبية
                                      </p>
                                      <p>
                                        <span>${order.createdAt} </span>
                                      </p>
                                    </div>
                                    <div></div>
                                      <h1 style="font-size: medium">
                                        المحتويات
                                      </h1>
                                      <p>
                                        الاسم:
                                        <span> ${userName} </span>
                                      </p>
                                      <p>
                                        العنوان:
                                        <span>${order?.address?.city}</span>
                                      </p>
                                      <p>
                                        الهاتف:
${" "} ${"+212" + order?.address?.phone}
                                      </p>
                                      <p> 
                                        <span>
                                          ${order?.totalePrice} MAD
                                        </span>
                                        المجموع :
                                      </p>
                                    </div>
                                    <div>
                                      <h1 style="font-size: medium">
                                        وسيلة الدفع
                                      </h1>
                                      <p>الدفع عند الاستلام
                                      </p>
                                
                                    <table style="border-collapse: collapse;padding: 25px">
                                      <tr style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">
                                        <th  style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">المنتج</th>
                                        <th style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">الكمية</th>
                                        <th style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">الثمن</th>
                                      </tr>
                                      
                                      ${order.products.map(
                                        (product) =>
                                          `<tr style="border:1px solid #dddddd ; text-align:left ">
                                            <td style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">${
                                              product.product.name +
                                              " " +
                                              product.productQuantity.quantity +
                                              "g"
                                            }</td>
                                            <td style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">${
                                              product.quantity
                                            }</td>
                                            <td style="border:1px solid #dddddd ; text-align:left ; padding: 8px;">${
                                              product.product.price *
                                              product.productQuantity.number
                                            }</td>
                                            </tr>
                                          `
                                      )}
                                      

                                                     <p>
                                        <span>${order.createdAt} </span>
                                      </p>
                                    </table>
                                    
                                  </div>
                                </tr>
                              </tbody>
                            </table>
                          </td>
                        </tr>
                      </tbody>
                    </table>


                      <tbody>
                        <tr>
                          <td>
                          </td>
                        </tr>
                      </tbody>
                   
                  </td>
                </tr>
              </tbody>
            </table>
          </td>
        </tr>
      </tbody>
    </table>
  </body>
</html>`;
}
