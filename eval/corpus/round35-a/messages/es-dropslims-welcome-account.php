<?php

return [
    'welcome_to_our_laboratory' => 'Bienvenido a :laboratory_name',
    'hello' => '¡Hola :name!',
    'password_confidentiality' => 'Por favor, ten en cuenta que tu contraseña es confidencial. Recomendamos que la cambies periódicamente y no la compartas con nadie más',
    'welcome_to_your_trusted_laboratory' => 'Te damos la bienvenida a :laboratory_name, tu laboratorio de análisis clínicos de confianza',
    'your_account_information' => 'A continuación encontrarás la información de tu cuenta:',
    'access_to_our_services' => 'Con tu cuenta de :laboratory_name, podrás acceder a nuestros servicios de análisis clínico de alta calidad. Estamos aquí para ayudarte con cualquier pregunta o problema que puedas tener',
    'need_assistance' => 'Si necesitas ayuda, no dudes en contactarnos a través de :secretary_email o mediante uno de nuestros canales de ayuda',
    'appreciate_your_trust_and_have_positive_experience' => 'Agradecemos tu confianza en nosotros y esperamos que tengas una experiencia positiva con nuestros servicios',
    'generate_new_password' => 'Genera una nueva contraseña haciendo click aquí',

];
