# stage messages (pt-BR). Keys: stage-… ; see locales/README.md.
# The projector, the phone control, the audience's live page.

## Where the night is (the stage's segments)
stage-kind-opening = Boas-vindas
stage-kind-title = Próxima palestra
stage-kind-slides = Palestra
stage-kind-qa = Perguntas
stage-kind-break = Intervalo
stage-kind-closing = Obrigado

## The projector
stage-projector-title = Palco · { $night }
stage-welcome = Boas-vindas!
stage-starts-soon = A noite começa daqui a pouco.
stage-break = Intervalo
stage-break-lead = Uma bebida, e depois mais histórias.
stage-thanks = Obrigado
stage-thanks-lead = { $night }: bebidas e conversa.
stage-questions-for = Perguntas para { $speaker }
stage-talk-number = Palestra { $number }
stage-slide-of = Slide { $number } de { $total }
stage-time-left = Tempo restante
stage-ask-at = Faça uma pergunta: { $url }
stage-script-failed = Não deu certo ({ $status }). Tente de novo.
stage-script-offline = Sem conexão com o servidor.
stage-script-paused = pausado

## The phone control
stage-control-title = Controle do palco · { $night }
stage-control-heading = Palco: { $night }
stage-open-projector = Abrir a tela do projetor
stage-control-talk = “{ $title }”, de { $speaker }
stage-control-slide = slide { $number } de { $total }
stage-paused = pausado
stage-not-started = A noite ainda não começou no palco.
stage-start = Começar a noite
stage-resume = Continuar
stage-pause = Pausar
stage-slide = Slide
stage-back = Voltar
stage-next = Avançar
stage-add-time = +30 s
stage-skip-to-qa = Pular para as perguntas
stage-audience-questions = Perguntas do público
stage-no-questions = Ainda não há perguntas. O público pergunta em
stage-no-questions-qr = (o QR code no projetor).
stage-status-pending = pendente
stage-status-approved = aprovada
stage-status-hidden = oculta
stage-status-answered = respondida
stage-question-for = para { $talk }
stage-approve = Aprovar
stage-hide = Ocultar
stage-mark-answered = Respondida
## The audience's page (/e/{id}/live)
live-title = Perguntas · { $night }
live-on-stage = No palco:
live-first-up = Primeiro:
live-by = de { $speaker }
live-over = As palestras terminaram: obrigado por vir!
live-not-started = O palco ainda não começou.
live-question = Sua pergunta para a pessoa palestrante
live-question-hint = No máximo { $max } caracteres. Os anfitriões leem antes de ela aparecer.
live-name = Seu nome (opcional)
live-name-hint = Deixe vazio para perguntar anonimamente.
live-ask = Perguntar
live-questions = Perguntas
live-anonymous = Anônimo
live-votes = { $count ->
    [one] voto
   *[other] votos
}
live-answered = respondida
live-waiting = Sua pergunta: aguardando os anfitriões.
live-vote = Votar
live-no-questions = Ainda não há perguntas.
live-asked = Obrigado! Sua pergunta aguarda os anfitriões; ela aparece aqui assim que for aprovada.
live-voted = Seu voto conta.
live-again = Você já votou nesta pergunta.
