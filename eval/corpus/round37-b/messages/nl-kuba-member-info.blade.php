<body>
  <h2>KUBA informatie</h2>
  Eerst en vooral onze Facebook pagina: https://www.facebook.com/KUBAbrussel/?fref=ts <br>
  <p>
    <div id="act" style="margin:5px;">
      <h3>
  Overzicht activiteiten
</h3>
</div>
  <br>
  27/09 : Oefencantus <br>
  29/09 : Brussel Brost <br>
  </p>

  <p>
    Voor meer informatie hou onze facebookpagina in het oog
  </p>
</body>
