Olá {{ $clientName }}! 
Como vai?

Percebemos que seu pedido chegou antes do prazo acordado pela AMAZON Brasil e ficamos felizes por superar a expectativa! 
Por isso contamos com sua ajuda!

Pedimos que por gentileza forneça uma nota de avaliação para nosso atendimento com relação ao seu pedido “{{ $orderNumber }}” ({{ $bookName }})! 

Sua avaliação é extremamente importante para que a {{ $companyName }} permaneça aqui na AMAZON fornecendo obras raras e títulos esgotados! 

Clique diretamente neste link para avaliar: 
    https://www.amazon.com.br/hz/feedback/?_encoding=UTF8&orderID={{ $orderNumber }}  


Desde já, agradecemos a sua atenção! 
Tenha uma ótima leitura! 

Equipe Livraria 
{{ $companyName }} 


******************************* 
