# stage messages (es). Keys: stage-… ; see locales/README.md.
# The projector, the phone control, the audience's live page.

## Where the night is (the stage's segments)
stage-kind-opening = Bienvenida
stage-kind-title = Siguiente charla
stage-kind-slides = Charla
stage-kind-qa = Preguntas
stage-kind-break = Pausa
stage-kind-closing = Gracias

## The projector
stage-projector-title = Escenario · { $night }
stage-welcome = ¡Bienvenidos!
stage-starts-soon = La noche empieza pronto.
stage-break = Pausa
stage-break-lead = Algo de tomar, y luego más historias.
stage-thanks = Gracias
stage-thanks-lead = { $night }: algo de tomar y buena plática.
stage-questions-for = Preguntas para { $speaker }
stage-talk-number = Charla { $number }
stage-slide-of = Diapositiva { $number } de { $total }
stage-time-left = Tiempo restante
stage-ask-at = Haz una pregunta: { $url }
stage-script-failed = Eso no funcionó ({ $status }). Inténtalo de nuevo.
stage-script-offline = Sin conexión con el servidor.
stage-script-paused = en pausa

## The phone control
stage-control-title = Control del escenario · { $night }
stage-control-heading = Escenario: { $night }
stage-open-projector = Abrir la vista del proyector
stage-control-talk = “{ $title }”, de { $speaker }
stage-control-slide = diapositiva { $number } de { $total }
stage-paused = en pausa
stage-not-started = La noche todavía no empezó en el escenario.
stage-start = Empezar la noche
stage-resume = Continuar
stage-pause = Pausa
stage-slide = Diapositiva
stage-back = Atrás
stage-next = Siguiente
stage-add-time = +30 s
stage-skip-to-qa = Pasar a preguntas
stage-audience-questions = Preguntas del público
stage-no-questions = Todavía no hay preguntas. El público pregunta en
stage-no-questions-qr = (el código QR en el proyector).
stage-status-pending = pendiente
stage-status-approved = aprobada
stage-status-hidden = oculta
stage-status-answered = respondida
stage-question-for = para { $talk }
stage-approve = Aprobar
stage-hide = Ocultar
stage-mark-answered = Respondida
## The audience's page (/e/{id}/live)
live-title = Preguntas · { $night }
live-on-stage = En el escenario:
live-first-up = Primero:
live-by = de { $speaker }
live-over = Las charlas terminaron: ¡gracias por venir!
live-not-started = El escenario todavía no empieza.
live-question = Tu pregunta para la persona ponente
live-question-hint = Como máximo { $max } caracteres. Los anfitriones la leen antes de mostrarla.
live-name = Tu nombre (opcional)
live-name-hint = Déjalo vacío para preguntar de forma anónima.
live-ask = Preguntar
live-questions = Preguntas
live-anonymous = Anónimo
live-votes = { $count ->
    [one] voto
   *[other] votos
}
live-answered = respondida
live-waiting = Tu pregunta: esperando a los anfitriones.
live-vote = Votar
live-no-questions = Todavía no hay preguntas.
live-asked = ¡Gracias! Tu pregunta espera a los anfitriones; aparece aquí en cuanto la aprueben.
live-voted = Tu voto cuenta.
live-again = Ya votaste por esta pregunta.
