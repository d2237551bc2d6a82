<!DOCTYPE html>
<html lang="pt-BR">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Pontos Adquiridos</title>
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0-alpha1/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body style="background-color: #f8f9fa; padding: 20px;">

<div class="container bg-white shadow rounded p-4" style="max-width: 600px; margin: auto;">
    <div class="text-center mb-4">
        <img src="https://via.placeholder.com/150" alt="Logo da Empresa" class="img-fluid" style="max-width: 150px;">
    </div>
    <h1 class="text-center text-primary mb-3">Você ganhou pontos!</h1>
    <p class="text-center fs-5">Olá, <strong>{{ $dataMail['customer']['name'] }}!</strong></p>
    <p class="text-center fs-4">
        Parabéns! Você adquiriu <span class="fw-bold text-success" style="font-size: 1.5rem;"> {{ $dataMail['transaction']['generated_points'] }} pontos</span>
        no nosso programa de fidelidade.
    </p>
    <p class="text-center text-secondary">
        Continue comprando e acumulando pontos para aproveitar descontos, brindes e experiências exclusivas!
    </p>

    <div class="mt-4 p-3 bg-light border rounded">
        <h5 class="text-primary">Resumo da Transação</h5>
        <p><strong>Pontos adquiridos:</strong> {{$dataMail['transaction']['points']}}</p>
        <p><strong>Motivo:</strong> Compra de R$ {{$dataMail['transaction']['amount']}} em nossa loja</p>
        <p><strong>Saldo atual:</strong> {{$dataMail['customer']['points']}} pontos</p>
    </div>
    <hr class="my-4">
    <p class="text-center text-muted small">
        Aproveite ao máximo o nosso programa de fidelidade. Estamos aqui para garantir que cada compra seja
        recompensada!
    </p>
</div>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0-alpha1/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
