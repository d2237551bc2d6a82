<mjml>
    <mj-head>
        <mj-attributes>
            <mj-text align="center" color="#555" />
        </mj-attributes>
    </mj-head>
    <mj-body background-color="#ccecf9">
        <mj-section background-color="#fff" border-radius="15px">
            <mj-column width="100%">
                <mj-text font-size="20px" font-family="Helvetica" font-weight="900"> Bonjour à toutes et tous.  <br /> <br /> </mj-text>
                <mj-text font-size="16px">Nouvel arrivage en direct des ports bretons pour le samedi 22 Juin au matin, comme d'habitude, les commandes sont à passer le mercredi 19 juin à 23h30 au plus tard.</br>
                </mj-text>
            </mj-column>
            <mj-column width="100%">
                <mj-divider border-color="#CDC3BC" border-width="2px" width="55%"></mj-divider>
            </mj-column>
            <mj-column width="30%" border-radius="15px">
                <mj-image src="img/Tourteau.png" align="right" width="100px" border-radius="15px"></mj-image>
            </mj-column>
            <mj-column width="70%">
                <mj-spacer height="10px"></mj-spacer>
                <mj-text align="center" padding-right="70px" line-height="20px"> <b>{{ $produit }} et {{ $prix }}</b> </br></br> <em>{{ $accroche }} </em> </mj-text>
            </mj-column>
        </mj-section>
    </mj-body>
</mjml>
