    'welcome' => [
        'title' => 'Bienvenido a Bags & Tea',
        'subject' => 'Bienvenido a Bags & Tea, :name 🎉',
        'hello' => 'Hola :name,',
        'thank_you' => '¡Bienvenido a Bags & Tea! Nos alegra muchísimo tenerte en nuestra comunidad de amantes de los bolsos de lujo. Aquí encontrarás piezas únicas, seleccionadas con cuidado para que tu estilo hable por sí mismo.',
        'email' => 'Email',
        'join_date' => 'Miembro Desde',
        'benefits_title' => 'Beneficios de tu Membresía',
        'benefits' => [
            'Acceso a productos exclusivos y colecciones',
            'Notificaciones tempranas sobre nuevos productos',
            'Descuentos especiales y promociones para miembros',
            'Soporte al cliente prioritario'
        ],
        'getting_started' => 'Primeros Pasos',
        'next_steps' => [
            'Descubre nuestra colección de bolsos de lujo, desde clásicos atemporales hasta diseños únicos.',
            'Completa tu perfil para recibir recomendaciones personalizadas',
            'Síguenos en redes sociales y sé el primero en enterarte de novedades y ediciones limitadas.'
        ],
        'start_shopping' => 'Comenzar a Comprar',
        'follow_us' => 'Síguenos',
        'social_text' => 'Mantente conectado para las últimas actualizaciones, nuevos productos y ofertas exclusivas.',
        'questions' => 'Si necesitas ayuda o tienes alguna pregunta, escríbenos a',
        'thank_you_closing_1' => 'Gracias por unirte a Bags & Tea.',
        'thank_you_closing_2' => 'Tu próximo bolso favorito te está esperando. ✨',
        'reason' => 'Recibiste este email porque creaste una cuenta en Bags & Tea.'
    ],
