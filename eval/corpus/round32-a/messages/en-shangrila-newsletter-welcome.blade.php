<!DOCTYPE html>
<html>

<head>
    <title>Welcome to Shangrila</title>
</head>

<body style="font-family: sans-serif; color: #333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px;">
        <h1 style="color: #00A86B;">Welcome to the Shangrila Community!</h1>
        <p>Thank you for subscribing to our newsletter.</p>
        <p>You'll be the first to know about our latest grocery deals, café specials, and sustainable living tips.</p>
        <p>Visit us soon at our store or shop online!</p>
        <br>
        <p>Best regards,</p>
        <p><strong>The Shangrila Team</strong></p>
    </div>
</body>

</html>