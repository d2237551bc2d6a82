        // Sequenze PRE-CONFERMA di default
        $default_pre_conferma = array(
            array(
                'funnel_type' => 'pre_conferma',
                'step_number' => 3,
                'step_name' => 'Urgenza',
                'days_offset' => 4,
                'send_time' => '10:00:00',
                'email_enabled' => 1,
                'email_subject' => '⏰ Ultima possibilità per {{data_evento}}!',
                'email_body' => 'Ciao {{nome_referente}},

Questa è l\'ultima chiamata per il tuo evento! ⏰

La data {{data_evento}} che avevi richiesto è ancora libera, ma abbiamo altre richieste in arrivo.

Non vogliamo che tu perda questa opportunità! 

Per BLOCCARE DEFINITIVAMENTE la data, serve solo l\'acconto di €{{acconto}}.

⚠️ Dopo oggi potremmo non riuscire a garantirti questa data.

Cosa ne dici? Confermiamo? 🎉

Team 747 Disco
📞 {{telefono_sede}}
📧 info@gestionale.747disco.it',
                'whatsapp_enabled' => 1,
                'whatsapp_text' => '⏰ {{nome_referente}}, ULTIMA CHIAMATA!

La data {{data_evento}} sta per essere presa da altri.

Confermi con l\'acconto di €{{acconto}}? 

Rispondimi subito! 🚨',
                'active' => 1
            )
        );
