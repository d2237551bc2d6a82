🔑 Restablece tu Contraseña - Helpdesk System

Hola {{ $displayName }},

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta en Helpdesk System.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

OPCIÓN 1: Usar el enlace directo
{{ $resetUrl }}

OPCIÓN 2: Usar el código de verificación
{{ $resetCode }}

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

⏱️ INFORMACIÓN IMPORTANTE:

• Este enlace y código expiran en {{ $expiresInHours }} horas
• No compartas este código con nadie
• Si no solicitaste este reset, puedes ignorar este email de forma segura

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Si no solicitaste restablecer tu contraseña, tu cuenta sigue siendo segura.

Este es un email automático, por favor no respondas a este mensaje.

Atentamente,
El equipo de Helpdesk System

© {{ date('Y') }} Helpdesk System. Todos los derechos reservados.
