        'completed' => [
            'subject' => 'Betaling geaccepteerd',
            'subtitle' => 'Je hebt je portemonnee aangevuld.',
            'paymentReceived' => 'Je betaling is ontvangen. De betaling is verwerkt en geaccepteerd.',
            'amountReadyToUse' => 'Het bedrag is nu beschikbaar in je portemonnee en kan direct gebruikt worden.',
        ],
