{= *AnswerSubject: "Gracias por la recarga!" =}

{$h1}Gracias por su recarga!{$_h1}

{$p}La cuenta asociada con el correo electr&oacute;nico <b>{$user_email}</b>
ha sido recargada satisfactoriamente con <b>${#amount:2.#)</b>. Le hemos enviado un correo 
electr&oacute;nico notific&aacute;ndole su recarga.{$_p}

{$p}Ahora su contacto cuenta con <b>${#newcredit:2.#}</b> de cr&eacute;dito personal.{$_p} 