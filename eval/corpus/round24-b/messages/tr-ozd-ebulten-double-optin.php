            'confirmation_subject'    => __( 'E-bülten aboneliğinizi onaylayın', 'ozd-wp-e-bulten' ),
            'confirmation_body'       => __( "Merhaba {name},

E-bülten aboneliğinizi tamamlamak için aşağıdaki bağlantıya tıklayın:

{confirm_url}

Bu isteği siz başlatmadıysanız bu e-postayı yok sayabilirsiniz.", 'ozd-wp-e-bulten' ),
