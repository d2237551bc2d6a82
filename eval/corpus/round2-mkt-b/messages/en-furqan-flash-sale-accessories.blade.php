<!DOCTYPE html>
<html>
<body style="font-family: Arial, sans-serif; background-color: #f4f4f4; margin: 0; padding: 0;">
    <div style="max-width: 600px; margin: 20px auto; background: white; border-radius: 8px; overflow: hidden;">
        <div style="background-color: #3490dc; padding: 20px; text-align: center;">
            <h1 style="color: white; margin: 0;">🚀 Flash Sale: 20% Off!</h1>
        </div>
        <div style="padding: 20px;">
            <p>Hi {{ $emailmessage }},</p>
            <p>For today only, enjoy <strong>20% off</strong> all accessories with code <strong>TECH20</strong>!</p>
            <a href="" 
               style="display: block; width: 200px; background-color: #3490dc; color: white; text-align: center; padding: 10px; margin: 20px auto; border-radius: 5px; text-decoration: none;">
                Shop Now
            </a>
        </div>
    </div>
</body>
</html>