<?php
    private function prepareUserMailContent()
    {
        //  Kullanıcıya gidecek e-posta hazırlanır
        $body = "Sayın ".$this->_payment->userName." ".$this->_payment->userSurname
        .",\r\nYaptığınız ödeme için teşekkür ederiz!,\r\n"
        ."Ödeme Bilgileri Aşağıdadır.\r\nLinux Kullanıcıları Derneği\r\n"
        ."Ad - Soyad: "
        .$this->_payment->userName.' '
        .$this->_payment->userSurname
        ."\r\n"
        ."Açıklama: "
        .$this->_payment->paymentDescription
        ."\r\n"
        ."Ödeme Miktarı: "
        .number_format($this->_payment->amount, 2, ",", ".")
        ."\r\n";
        return $body;
    }
