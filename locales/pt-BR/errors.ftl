# Mensagens de validação e de erro (pt-BR). Chaves: error-… ; veja locales/README.md.

## Erros em geral

error-invalid = Alguns campos precisam de mais atenção.
error-forbidden = Você não é anfitrião deste capítulo.
error-unauthorized = Entre na sua conta ou envie um token de API válido.
error-method-not-allowed = Este endereço não aceita este método.
error-request-timeout = A requisição demorou demais para chegar. Envie de novo, por favor.
error-rate-limited = Requisições demais. Espere um pouco e tente de novo.
error-payment-provider = Não foi possível falar com o provedor de pagamento. Tente de novo daqui a pouco.
error-internal = Algo deu errado do nosso lado. Tente de novo.
error-nothing-here = Não há nada neste endereço.
error-bad-body = Não foi possível ler o corpo da requisição.
error-body-too-large = O corpo é grande demais.
error-json-syntax = O corpo não é um JSON válido: { $detail }
error-json-shape = O JSON não tem o formato esperado: { $detail }
error-json-object = O corpo JSON precisa ser um objeto.
error-json-content-type = Envie o corpo como JSON com Content-Type: application/json.

## Títulos das páginas de erro

error-status-400 = Requisição inválida
error-status-401 = É preciso entrar
error-status-403 = Não permitido
error-status-404 = Não encontrado
error-status-405 = Método não permitido
error-status-408 = Tempo esgotado
error-status-409 = Não é possível agora
error-status-410 = Não existe mais
error-status-413 = Grande demais
error-status-415 = Formato não aceito
error-status-422 = Confira o que você digitou
error-status-429 = Requisições demais
error-status-500 = Algo deu errado
error-status-502 = Provedor de pagamento indisponível
error-status-other = Erro

## Campos de formulário em geral

error-required = Este campo é obrigatório.
error-too-long = Use no máximo { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
  }.
error-single-line = Use uma única linha, sem caracteres de controle.
error-control-characters = Remova os caracteres de controle.
error-email-invalid = Digite um e-mail como name@example.org.
error-whole-number = Digite um número inteiro.
error-number-range = Digite um número inteiro de { $min } a { $max }.
error-timezone = “{ $zone }” não é um fuso horário IANA como America/Sao_Paulo.
error-capacity-range = Informe um número de lugares de 1 a { $max }.
error-capacity-seats-taken = Já há mais lugares ocupados, reservados ou oferecidos; a capacidade não pode ficar abaixo disso.

## O que não existe (mais)

error-no-night = Essa noite não existe.
error-no-chapter = Esse capítulo não existe.
error-no-chapter-here = Não há nenhum capítulo neste endereço.
error-no-host = Esse anfitrião não existe neste capítulo.
error-no-story = Essa história não existe.
error-no-comment = Esse comentário não existe.
error-no-question = Essa pergunta não existe.
error-no-night-or-ticket = Essa noite ou esse ingresso não existe.
error-no-rsvp = Essa reserva não existe.
error-no-rsvp-chapter = Essa reserva não existe neste capítulo.
error-no-ticket = Esse ingresso não existe.
error-no-ticket-code = Nenhum ingresso desta noite tem este código.
error-door-no-ticket = Nenhum ingresso com este código para esta noite.
error-no-venue = Esse local não existe.
error-no-series = Essa série não existe.
error-no-token = Esse token não existe.
error-no-slide = Esse slide não existe.
error-no-lesson = Não há nenhuma lição neste endereço.
error-no-topic = Esse tema não existe.
error-lesson-withdrawn = Quem deu a palestra retirou esta lição.
error-night-gone = Esta noite não existe mais.
error-ticket-link = Este link de ingresso não é válido. Confira o link no seu e-mail.
error-feedback-link = Este link de avaliação não é (mais) válido. Confira o link no seu e-mail.
error-speaker-link = Este link não é (mais) válido. Confira o link no seu e-mail.
error-unsubscribe-link = Este link não é válido. Use o link no fim de um dos nossos e-mails.
error-sign-in-link = Este link de acesso expirou ou já foi usado. Peça um novo em /host/sign-in.

## Capítulos, locais, noites, séries

error-chapter-slug = Use de 2 a 40 letras minúsculas, números e hifens, como “berlin”.
error-chapter-slug-taken = Já existe um capítulo com o identificador “{ $slug }”.
error-language = “{ $code }” não é um dos nossos idiomas ({ $ours }).
error-chapter-reminder-hours = Informe até cinco números de horas antes da noite, como “24, 3” (no máximo 336).
error-last-owner = Um capítulo mantém pelo menos uma pessoa como owner.
error-host-role = Escolha owner, host ou door.
error-venue-map-url = Informe um endereço web que comece com https:// ou deixe em branco.
error-venue-capacity = Informe um número de lugares de 1 a { $max }, ou nenhum.
error-venue-exists = Este capítulo já tem um local com este nome e este endereço.
error-choose-venue = Escolha um local.
error-night-local-time = Informe uma data e hora locais como 2026-12-10T19:00.
error-date-time-input = Informe a data e a hora como { $example }.
error-date-input = Informe a data como { $example }.
error-time-input = Informe a hora como { $example }.
error-night-time-gap = { $local } não existe em { $zone }: os relógios pulam essa hora (horário de verão)
error-night-start-past = A noite precisa começar no futuro.
error-night-end-before-start = A noite precisa terminar depois de começar.
error-night-too-long = Uma noite dura no máximo 24 horas.
error-night-venue = Este capítulo não tem nenhum local com este id.
error-capacity-below-seats = { $count ->
    [one] { $count } pessoa já tem lugar; a capacidade não pode ficar abaixo disso.
   *[other] { $count } pessoas já têm lugar; a capacidade não pode ficar abaixo disso.
  }
error-night-exists = Esta noite já existe.
error-night-cancelled-no-change = Esta noite foi cancelada e não pode mais ser alterada.
error-night-over-no-change = Esta noite já acabou e não pode mais ser alterada.
error-night-published = Esta noite já está publicada.
error-night-not-open = Esta noite ainda não está aberta para reservas.
error-night-cancelled = Esta noite foi cancelada.
error-night-over = Esta noite já acabou.
error-series-start-time = Informe o horário local de início, como 19:00.
error-series-duration = Uma noite dura de 15 minutos a 24 horas (1440 minutos).
error-series-date = Informe uma data como 2026-12-01.
error-series-date-range = Informe uma data dentro dos próximos { $years } anos.
error-series-venue = Escolha um dos locais do capítulo.
error-series-ended = Esta série terminou.
error-rrule-empty = Informe uma regra de recorrência como FREQ=MONTHLY;BYDAY=2TH.
error-rrule-dtstart = Informe só a regra (FREQ=…), sem DTSTART.
error-rrule-invalid = RRULE inválida: { $reason }.
error-rrule-frequency = Uma série se repete toda semana, todo mês ou todo ano (FREQ=WEEKLY, MONTHLY ou YEARLY).
error-rrule-time-of-day = O horário é o de início da série: tire BYHOUR, BYMINUTE e BYSECOND.
error-rrule-crowded = Uma série tem no máximo { $max } noites por semana; esta regra tem { $count } de { $from } a { $to }.

## Ingressos, reservas, a entrada

error-plus-ones-max = { $max ->
    [one] Traga no máximo { $max } acompanhante.
   *[other] Traga no máximo { $max } acompanhantes.
  }
error-no-plus-ones = Esta noite não aceita acompanhantes.
error-plus-ones-range = Informe um número de 0 a 10.
error-choose-ticket = Escolha um ingresso.
error-price-guest = Informe um preço como 12 ou 12,50.
error-price-host = Informe um preço como 15 ou 7,50.
error-pay-range = Pague pelo menos { $min } (em centavos) e no máximo 1000000.
error-ticket-free = Este ingresso é gratuito: faça só a reserva.
error-no-ticket-type = Esta noite não tem esse tipo de ingresso.
error-ticket-required = Esta noite vende ingressos: escolha um tipo de ingresso.
error-ticket-kind = Use “free”, “paid” ou “pwyw” (pague quanto quiser).
error-currency = Use um código de moeda ISO de três letras, como BRL.
error-ticket-price = Informe um preço em centavos de 50 a 1000000.
error-ticket-minimum = Informe um mínimo em centavos de 0 a 1000000.
error-ticket-free-price = Um ingresso gratuito não tem preço.
error-too-many-holds = Já há { $count } lugares desta noite reservados para pagamento a partir da sua conexão. Termine de pagá-los (os links estão no seu e-mail) ou espere que expirem (no máximo { $minutes } minutos) e tente de novo.
error-payments-off = Ingressos pagos não estão disponíveis: esta instância não tem chaves do Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
error-attendee-refund = Use “full” ou “none”.
error-promotion-mode = Use “auto” (confirmar a próxima pessoa) ou “offer” (oferecer o lugar).
error-offer-hours = Informe um número de horas de 1 a 720.
error-reconfirm-hours = Informe um número de horas de 0 (nunca perguntar) a 720.
error-refund-cutoff-hours = Informe um número de horas de 0 (até a noite começar) a 720.
error-overbook-risk = Escolha não, ou um risco de 1, 5, 10 ou 20 %.
error-seats-changed = Os lugares da noite mudaram durante o bloqueio.
error-no-offer = Este ingresso não tem nenhuma oferta aberta.
error-offer-expired = Esta oferta expirou; o lugar foi para a próxima pessoa.
error-checked-in = Esta pessoa já fez check-in.
error-not-pending = Esta reserva não está aguardando aprovação.
error-no-seat = Este ingresso não tem lugar para manter.
error-cancel-night-started = Esta noite já começou: aqui não dá mais para cancelar lugares. Fale com os anfitriões na entrada.
error-door-closed = A entrada desta noite não está aberta.
error-door-has-rsvp = Este e-mail tem uma reserva: escaneie o ingresso da pessoa.
error-door-undo-walk-in = O check-in de quem chegou sem reserva é o próprio lugar: cancele o lugar da pessoa.
error-photo-none = Escolha uma foto para enviar.
error-photo-slow = Esta foto demorou demais para processar; tente uma menor.
error-portrait-consent = Marque a caixa para dizer que a foto pode aparecer na programação da noite.
error-portrait-not-real-name = Só quem aparece com o nome real mostra uma foto; com nome artístico ou anônimo, a programação mostra uma imagem gerada.
error-accent-contrast = Texto branco sobre esta cor tem contraste de { $contrast }:1; é preciso 4,5:1. Escolha um tom mais escuro.
error-accent-format = Informe a cor com seis dígitos hexadecimais, como #1f5fbf.
error-door-short-code-twice = Dois ingressos desta noite têm este código curto: escaneie o QR code ou procure a pessoa pelo nome.
error-door-sync-too-many = No máximo 500 ações da porta de uma vez.
error-door-sync-op = Cada ação da porta precisa de uma chave (1–64 caracteres), uma ação (check_in ou undo) e um código de ingresso.
error-door-not-confirmed = Este ingresso está { $status ->
    [pending] pendente
    [waitlisted] na lista de espera
    [offered] oferecido
    [held] reservado
    [checked_in] com check-in feito
    [cancelled] cancelado
    [declined] recusado
   *[other] { $status }
  }, não confirmado: não há lugar para fazer check-in.
error-night-full = A noite está lotada.

## Histórias, avaliações, programação, slides, resumos

error-call-closed = A chamada de histórias está fechada no momento.
error-story-consent = Escolha não, sim ou “me pergunte antes de publicar”.
error-story-consent-slides = Escolha só no palco, publicados depois da noite, ou nunca.
error-story-appearance = Escolha como você quer aparecer: nome real, nome artístico ou anônimo.
error-story-stage-name-line = Use uma única linha.
error-story-text-required = Conte em algumas frases; anotações soltas já servem.
error-story-months = Escolha meses da lista.
error-story-coc = Leia e aceite o código de conduta.
error-story-decided = Esta história já foi decidida e não pode mais ser editada.
error-story-consent-locked = O consentimento desta história não pode mais ser alterado.
error-story-not-purgeable = Palestras aceitas e confirmadas não podem ser apagadas; quem fala pode retirá-las ou excluí-las.
error-story-decision = Escolha aceitar, lista de espera ou recusar.
error-story-transition = Uma história { $state ->
    [submitted] enviada
    [waitlisted] na lista de espera
    [accepted] aceita
    [confirmed] confirmada
    [rejected] recusada
    [declined] desistida
    [withdrawn] retirada
   *[other] { $state }
  } não pode ser { $action ->
    [accept] aceita
    [reject] recusada
    [waitlist] colocada na lista de espera
    [confirm] confirmada
    [decline] declinada
    [withdraw] retirada
   *[other] { $action }
  }.
error-speaker-answer = Escolha se você confirma ou desiste.
error-speaker-withdraw-sure = Marque a caixa para retirar sua história.
error-speaker-delete-sure = Marque a caixa para excluir sua história e seus dados.
error-placeholder-unknown = { $count ->
    [one] Marcador desconhecido
   *[other] Marcadores desconhecidos
  } { $placeholders }: use {"{name}"}, {"{title}"}, {"{link}"} ou {"{chapter}"}.
error-review-score = Dê uma nota de 1 a 5.
error-review-closed = Esta história já foi decidida; as avaliações estão encerradas.
error-lineup-action = Escolha uma palestra e o que fazer com ela.
error-lineup-placed = Esta palestra já está em uma programação: tire-a de lá primeiro.
error-lineup-unconfirmed = Só palestras confirmadas podem entrar na programação.
error-lineup-changed = Esta palestra mudou nesse meio-tempo; tente de novo.
error-lineup-missing = Esta palestra não está na programação desta noite.
error-slides-not-accepted = Você pode enviar slides assim que sua história for aceita.
error-slides-night-started = Sua noite já começou: os slides não podem mais ser alterados.
error-slides-none = Escolha pelo menos uma imagem ou um PDF.
error-slides-too-many = São { $count } slides; aqui uma palestra tem no máximo { $limit }. Escolha os seus { $limit } melhores.
error-slides-too-many-files = São { $count } arquivos; uma apresentação tem no máximo algumas dezenas de slides.
error-slides-more-than = São mais de { $max } arquivos; uma apresentação tem no máximo algumas dezenas de slides.
error-slides-file = Arquivo { $file } de { $of }: { $reason }
error-bad-upload = Não foi possível ler o envio; mande de novo, por favor.
error-media-too-large = O arquivo tem mais de { $mb } MB.
error-upload-too-large = O envio passa de { $mb } MB no total.
error-media-not-image = Isto não é uma imagem PNG, JPEG ou WebP (seja qual for o nome).
error-media-pixels = A imagem tem { $width }×{ $height } pixels; aceitamos no máximo { $side } pixels de lado e { $megapixels } megapixels.
error-media-broken = Não foi possível ler a imagem (o arquivo está completo?).
error-media-not-pdf = Isto não é um arquivo PDF.
error-media-broken-pdf = Não foi possível ler o PDF (está completo e sem senha?).
error-media-pages = O PDF tem { $pages } páginas; uma palestra tem no máximo { $limit } slides.
error-media-no-pages = O PDF não tem páginas.
error-media-page-size = A página { $page } do PDF tem um tamanho impossível.
error-media-encode = Não foi possível codificar a imagem.
error-recap-topics-unknown = Escolha temas da lista.
error-recap-topics-none = Escolha pelo menos um tema.
error-recap-topics-max = Escolha no máximo { $max } temas.
error-recap-language = Informe um código de idioma de duas letras, como pt.
error-recap-no-night = Um resumo é escrito sobre uma palestra dada em uma noite.
error-recap-night-cancelled = Sua noite foi cancelada, então não há palestra para resumir.
error-recap-too-early = Você pode escrever e publicar seu resumo quando sua noite acabar.
error-recap-taken-over = Quem deu a palestra assumiu este resumo: agora só essa pessoa pode alterá-lo.
error-recap-not-published = Seu resumo não está publicado.

## Mensagens para convidados, o palco, avaliações

error-message-body = Escreva a mensagem.
error-message-audience = Escolha quem recebe a mensagem.
error-message-no-show-early = Ninguém perdeu a noite ainda: ela não começou.
error-stage-moved = O palco mudou nesse meio-tempo: olhe de novo e aperte outra vez.
error-stage-action = Ação de palco desconhecida.
error-stage-running = A noite já está rolando.
error-stage-not-started = Comece a noite primeiro.
error-stage-paused = O palco já está pausado.
error-stage-not-paused = O palco não está pausado.
error-stage-no-slides-next = Nenhum slide está sendo mostrado: vá para o próximo segmento.
error-stage-no-slides-previous = Nenhum slide está sendo mostrado: volte para o segmento anterior.
error-stage-first-slide = Este é o primeiro slide.
error-stage-end = Este é o fim da noite.
error-stage-beginning = Este é o começo da noite.
error-stage-no-timer = Esta parte não tem cronômetro para acrescentar tempo.
error-stage-skip-qa = Pular para as perguntas só funciona durante uma palestra.
error-questions-not-open = As perguntas abrem quando a noite começa no palco.
error-questions-over = As palestras acabaram: obrigado!
error-question-empty = Escreva sua pergunta.
error-question-status = Status de pergunta desconhecido.
error-feedback-closed = As avaliações desta noite foram encerradas em { $closed }. Obrigado mesmo assim!
error-feedback-come-again = Escolha sim, talvez ou não.
error-feedback-rating = Escolha uma nota de 1 a 5, ou nenhuma.
error-feedback-talk-unknown = Uma das palestras não está na programação desta noite: abra de novo o link do seu e-mail.
error-feedback-empty = Responda pelo menos uma pergunta: uma nota, um comentário, o que você leva da noite ou se vai voltar.
error-comment-changed = O convidado mudou este comentário desde que você o leu: leia de novo e depois decida.
error-comment-status = Libere ou oculte o comentário.
error-comment-version = Qual versão do comentário você leu?
error-period = Escolha um período de 1 a { $max } meses que comece antes de terminar.
error-month = Informe um mês como 2026-03.

## Webhooks

error-webhook-url = Informe o endereço do seu receptor, começando com https:// (ou http://), sem usuário nem senha.
error-webhook-url-not-public = { $host } aponta para { $address }, que não está na internet pública: webhooks só vão para endereços públicos.
error-webhook-url-not-public-ip = { $address } não está na internet pública: webhooks só vão para endereços públicos.
error-webhook-url-unresolved = Não encontramos { $host }. Confira o endereço.
error-webhook-no-events = Escolha pelo menos um evento.
error-no-webhook = Este capítulo não tem esse webhook.
error-no-webhook-delivery = Este webhook não tem esse envio.
error-webhook-delivery-busy = Este envio está saindo agora mesmo. Tente de novo em um minuto.

## O código de conduta e as denúncias

error-rsvp-code-of-conduct = Aceite o código de conduta para reservar.
error-report-night = Escolha uma das noites deste capítulo, ou nenhuma.
error-no-report = Este capítulo não tem esse relato.
error-report-status = Escolha novo, em andamento ou encerrado.

## API tokens

error-token-scope = Escolha tudo, só a entrada ou só leitura.
error-token-expires = Escolha por quanto tempo o token vale.

## The API's review queue

error-stories-state = Escolha um dos estados: submitted, waitlisted, accepted, confirmed, rejected, declined, withdrawn.
error-stories-month = Informe um mês como AAAA-MM, por exemplo 2027-03.
