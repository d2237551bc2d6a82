<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Document</title>
</head>
<body>
    <p>
        Cher(e) [Abonné],

Nous espérons que cette communication vous trouve en bonne santé.<br> 
Nous sommes ravis de vous informer qu'une nouvelle collecte de fonds passionnante <br> 
a été lancée par {{$fondation->nom}}.<br> 
En tant que membre dévoué de {{$fondation->nom}}, votre soutien est d'une importance cruciale <br> 
pour atteindre nos objectifs et faire une différence significative dans la vie de ceux que nous servons.<br> 
Nous vous encourageons vivement à participer en faisant un don à la collecte.<br> 
Chaque contribution, quelle que soit sa taille, contribuera à faire avancer notre cause<br> 
et à apporter un impact positif.<br> 
Merci de faire partie de cette mission importante. <br> 
Nous sommes reconnaissants de votre soutien continu.<br> 

Meilleures salutations, <br> 

L'équipe de {{$fondation->nom}}<br> 
Email: {{$fondation->email}}<br>
Telephone: {{$fondation->telephone}}



    </p>
</body>
</html>