        // Sequenze PRE-CONFERMA di default
        $default_pre_conferma = array(
            array(
                'funnel_type' => 'pre_conferma',
                'step_number' => 1,
                'step_name' => 'Invio Preventivo',
                'days_offset' => 0,
                'send_time' => '09:00:00',
                'email_enabled' => 1,
                'email_subject' => 'Il tuo preventivo per {{tipo_evento}} è pronto! 🎉',
                'email_body' => 'Ciao {{nome_referente}},

Grazie per averci scelto per il tuo {{tipo_evento}}!

Il tuo preventivo è pronto e ti aspetta. Abbiamo riservato per te la data del {{data_evento}}.

DETTAGLI EVENTO:
📅 Data: {{data_evento}}
🎊 Tipo: {{tipo_evento}}
👥 Invitati: {{numero_invitati}}
💰 Importo: €{{importo_totale}}

Per confermare l\'evento serve un acconto di €{{acconto}}.

Restiamo a disposizione per qualsiasi domanda!

A presto,
Team 747 Disco
📞 {{telefono_sede}}
📧 info@gestionale.747disco.it',
                'whatsapp_enabled' => 1,
                'whatsapp_text' => 'Ciao {{nome_referente}}! 👋

Il tuo preventivo per {{tipo_evento}} del {{data_evento}} è pronto!

Importo: €{{importo_totale}}
Acconto per conferma: €{{acconto}}

Hai domande? Scrivici pure! 😊',
                'active' => 1
            ),
        );
