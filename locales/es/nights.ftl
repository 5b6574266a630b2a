# nights messages (es): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).

## The chapter's nights (templates/host/events.html)
host-nights-title = Noches
host-nights-none = Todavía no hay noches.
host-nights-col-night = Noche
host-nights-col-when = Cuándo
host-nights-col-state = Estado
host-nights-col-seats = Lugares
host-nights-new = Nueva noche
host-nights-seats-hint = Vacío: la capacidad del lugar.
host-nights-local-time = Hora local de { $zone }, escrita como { $example }.
host-nights-publish-now = Publicar ahora (si no, queda como borrador)
host-nights-create = Crear noche
host-nights-no-venue-before = Primero{" "}
host-nights-no-venue-link = agrega un lugar
host-nights-no-venue-after = .

## A night's form (the new night and the night's page)
host-night-field-title = Título
host-night-field-description = Descripción
host-night-field-starts = Empieza
host-night-field-ends = Termina
host-night-field-venue = Lugar
host-night-field-seats = Lugares
## A night's state
host-night-status-draft = borrador
host-night-status-published = publicada
host-night-status-cancelled = cancelada

## A night's page (templates/host/event.html)
host-night-public-page = página pública
host-night-saved = Guardado.
host-night-message-queued = { $count ->
    [one] Mensaje en cola para { $count } persona.
   *[other] Mensaje en cola para { $count } personas.
}
host-night-counts = { $confirmed } con lugar, { $waitlisted } en espera.
host-night-message-guests = Escribir a los invitados
host-night-door = Entrada
host-night-copy-link = Copiar enlace
host-night-danger = Cancelar la noche
host-night-danger-hint = Avisamos por correo a todas las personas con lugar y devolvemos completo el dinero de las entradas pagadas. No se puede deshacer.
host-night-cover = Foto de portada
host-night-cover-current = La foto de portada de la noche
host-night-cover-none = Todavía no hay foto de portada: una foto del lugar o de una noche anterior hace que la página invite a venir.
host-night-cover-choose = Foto (JPEG, PNG o WebP)
host-night-cover-hint = Se muestra arriba en la página de la noche, en tamaño para celular y para computadora. Se quitan la ubicación y los datos de la cámara.
host-night-cover-upload = Subir la foto de portada
host-night-cover-remove = Quitar la foto de portada
host-night-feedback = Opiniones
host-night-feedback-line = Opiniones: { $summary }
host-night-feedback-read = Leer las opiniones
host-night-emails = Correos sobre esta noche: { $sent } enviados, { $queued } en cola, { $retrying } reintentando, { $failed } fallidos.
host-night-failed-caption = Correos que fallaron
host-night-col-to = Para
host-night-col-subject = Asunto
host-night-col-mail-answer = Respuesta del servidor de correo
host-night-refunds-caption = Reembolsos que Stripe todavía no aceptó (se reintentan solos)
host-night-col-amount = Monto
host-night-col-tries = Intentos
host-night-col-stripe-answer = Respuesta de Stripe
host-night-col-next-try = Próximo intento
host-night-short-date-time = { $date }, { $time }
host-night-publish = Publicar
host-night-cancel = Cancelar esta noche…
host-night-edit = Editar
host-night-save = Guardar
host-night-tickets = Entradas
host-night-tickets-free = Registro gratuito: los invitados dan su nombre y su correo. Agrega tipos de entrada abajo para vender entradas o para ofrecer una gratuita junto a las de pago.
host-night-approval = Los anfitriones aprueban cada registro (una entrada de pago se paga una vez aprobada)
host-night-refund-policy = Cuando un invitado cancela una entrada de pago
host-night-refund-full = reembolso completo
host-night-refund-none = sin reembolso
host-night-save-ticket-options = Guardar opciones de entradas
host-night-new-ticket-type = Nuevo tipo de entrada
host-night-payments-off = Las entradas de pago no están disponibles: esta instancia no tiene claves de Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
host-night-free-without-stripe = Los tipos de entrada gratuitos funcionan sin ellas.
host-night-ticket-name = Nombre
host-night-ticket-name-hint = p. ej., Solidaria, Estudiante, Gratis
host-night-ticket-kind = Tipo
host-night-ticket-kind-free = gratuita
host-night-ticket-kind-paid = de pago, precio fijo
host-night-ticket-kind-pwyw = paga lo que quieras, desde un mínimo
host-night-ticket-price = Precio (el mínimo si es paga lo que quieras)
host-night-ticket-price-hint = p. ej., 15 o 7.50; déjalo vacío si es gratuita
host-night-ticket-currency = Moneda
host-night-ticket-currency-hint = p. ej., MXN, EUR, USD
host-night-add-ticket-type = Agregar tipo de entrada
host-night-ticket-paid = { $name } · { $price }
host-night-ticket-pwyw = { $name } · paga lo que quieras, desde { $price }
host-night-speakers = Ponentes
host-night-lineup-link = Programa y minuto a minuto
host-night-stage-before = Durante la noche:{" "}
host-night-stage-projector = el proyector
host-night-stage-between = {" "}y{" "}
host-night-stage-control = el control desde el celular
host-night-stage-after = {""}
host-night-no-talks = Todavía no hay charlas en el programa.
host-night-col-talk = Charla
host-night-col-speaker = Ponente
host-night-col-shown-as = Aparece como
host-night-col-consent = Consentimiento (para quien toma fotos)
host-night-attendees = Asistentes
host-night-download-csv = Descargar en CSV
host-night-first-bookings = Las primeras reservas
host-night-more-bookings = Las reservas siguientes
host-night-no-rsvps = Todavía nadie se ha registrado.
host-night-col-name = Nombre
host-night-col-email = Correo
host-night-col-status = Estado
host-night-col-booked = Registro
host-night-col-actions = Acciones
host-night-approve = Aprobar
host-night-approve-who = Aprobar a { $name }
host-night-decline = Rechazar
host-night-decline-who = Rechazar a { $name }
host-night-cancel-place = Cancelar…
host-night-cancel-place-who = Cancelar el lugar de { $name }

## A guest's state (the night's guests, the door)
host-rsvp-status-pending = pendiente
host-rsvp-status-confirmed = confirmado
host-rsvp-status-waitlisted = en lista de espera
host-rsvp-status-offered = lugar ofrecido
host-rsvp-status-held = lugar apartado
host-rsvp-status-checked-in = ya entró
host-rsvp-status-cancelled = cancelado
host-rsvp-status-declined = rechazado

## Confirmations before emailing guests (templates/host/confirm.html)
host-night-send-title = { $count ->
    [one] ¿Enviar a { $count } persona?
   *[other] ¿Enviar a { $count } personas?
}
host-night-send-message = { $count ->
    [one] “{ $subject }” se enviará por correo a { $count } persona:
   *[other] “{ $subject }” se enviará por correo a { $count } personas:
}
host-night-send = Enviar
host-night-change-title = ¿Cambiar { $title }?
host-night-change-message = { $count ->
    [one] Al guardar se avisará del cambio por correo a { $count } persona.
   *[other] Al guardar se avisará del cambio por correo a { $count } personas.
}
host-night-save-and-email = Guardar y avisarles
host-night-cancel-title = ¿Cancelar { $title }?
host-night-cancel-message = { $count ->
    [one] Cancelar { $title } enviará un correo a { $count } persona. No se puede deshacer.
   *[other] Cancelar { $title } enviará un correo a { $count } personas. No se puede deshacer.
}
host-night-cancel-button = Cancelar la noche
host-night-cancel-rsvp-title = ¿Cancelar el lugar de { $name }?
host-night-cancel-rsvp-message = { $name } ({ $email }) pierde su lugar y se le avisa por correo; el lugar pasa a la lista de espera.
host-night-cancel-rsvp-refund = Se le reembolsan por completo sus { $amount }.
host-night-cancel-rsvp-button = Cancelar el lugar

## Messaging a night's guests (templates/host/message.html)
host-message-title = Mensaje
host-message-heading = Escribir a los invitados de { $title }
host-message-intro = El mensaje sale como correo a cada persona, a través de la bandeja de salida. No lo reciben quienes se dieron de baja de los recordatorios y mensajes de { $chapter }.
host-message-audience = Quién lo recibe
host-message-confirmed = Quienes tienen lugar (aún no entran)
host-message-waitlisted = Quienes están en la lista de espera
host-message-checked-in = Quienes vinieron (registrados en la entrada)
host-message-no-show = Quienes tenían lugar pero no llegaron (una vez empezada la noche)
host-message-subject = Asunto
host-message-body = Mensaje
host-message-body-hint = Texto simple. Empieza con “Hola, {"{"}su nombre{"}"}:” y termina con el nombre del capítulo.
host-message-preview = Vista previa

## The door (templates/host/door.html, templates/host/door_nights.html)
host-door-title = Entrada
host-door-heading = Entrada: { $title }
host-door-counts-before = {""}
host-door-counts-after = {" "}de { $confirmed } lugares ya entraron · { $capacity } lugares en total
host-door-waiting = { $count } en espera
host-door-closed = Esta noche no está abierta en la entrada (no está publicada o ya terminó): la lista es solo de lectura.
host-door-scanned = Entrada escaneada
host-door-check-in-who = Registrar la entrada de { $name }
host-door-check-in = Registrar entrada
host-door-already-in = Ya entró a las { $time }.
host-door-no-seat = Esta entrada está { $status }: no hay lugar que registrar.
host-door-find-guest = Buscar a un invitado
host-door-find-placeholder = Nombre o correo
host-door-find = Buscar
host-door-nobody = Todavía nadie tiene lugar.
host-door-nobody-called = Nadie llamado “{ $query }” tiene lugar.
host-door-show-everyone = Ver a todos
host-door-everyone = Todos con lugar ({ $count }), por nombre
host-door-matching = { $shown } de { $count } invitados coinciden con “{ $query }”
host-door-type-more = Hay más: escribe más del nombre.
host-door-col-guest = Invitado
host-door-col-at-door = En la entrada
host-door-walk-in-badge = sin registro previo
host-door-in-at = entró a las { $time }
host-door-speakers = Ponentes de hoy (lo que se puede publicar, para quien toma fotos)
host-door-col-consent = Consentimiento
host-door-col-slides = Diapositivas
host-door-ticket-code = Código de la entrada
host-door-code-label = Código o enlace de la entrada
host-door-code-hint = Al escanear el código QR de una entrada con la cámara del celular se abre esta página con el invitado listo para registrar; aquí también funciona el texto de una app de escaneo.
host-door-code-short = También funciona el código corto bajo el código QR de la entrada (como K7Q-2MX).
host-door-walk-in = Llega sin registro
host-door-walk-in-name = Nombre
host-door-walk-in-email = Correo (opcional)
host-door-walk-in-email-hint = Para el recordatorio de la próxima noche, si quiere.
host-door-walk-in-plus-ones = Acompañantes
host-door-walk-in-add = Agregar y registrar entrada
host-door-print = Al imprimir esta página tienes una lista en papel para la entrada, por si el celular se queda sin batería.
host-door-checked-in = Entrada registrada: { $who }.
host-door-walked-in = Persona sin registro agregada y con entrada registrada: { $who }.
host-door-was-already-in = { $who } ya había entrado, a las { $time }.
host-door-not-this-night = Esta entrada no es para esta noche.
host-door-undo = Deshacer
host-door-undone = Entrada deshecha: { $who }.
host-door-mode-open = Modo entrada (funciona sin conexión)
host-door-mode-in = adentro
host-door-mode-welcome = ¡Adelante, { $who }!
host-door-mode-already = { $who } ya está adentro, desde las { $time }.
host-door-mode-first-elsewhere = Otra puerta ya había registrado a { $who } a las { $time }.
host-door-mode-unknown = No está en la lista.
host-door-mode-unknown-offline = No está en la lista guardada en este celular (de las { $time }).
host-door-mode-synced = Todo enviado · lista de las { $time }
host-door-mode-pending = Sin enviar todavía: { $count }
host-door-mode-offline = Sin conexión: las entradas se guardan en este celular y se envían cuando vuelva la conexión.
host-door-mode-signed-out = Sesión cerrada: vuelve a iniciar sesión para enviar las entradas guardadas en este celular.
host-door-mode-not-synced = sin enviar
host-door-mode-scan = Escanear una entrada
host-door-mode-scan-stop = Dejar de escanear
host-door-mode-camera-refused = No se pudo abrir la cámara: permítela en la configuración del navegador o busca al invitado por nombre.
host-door-mode-find-placeholder = Nombre
host-door-mode-list = Invitados con lugar
host-door-mode-leave = Salir del modo entrada (la página completa)
host-door-mode-more = … y { $count } más: escribe más del nombre.
host-door-nights-none = No hay ninguna noche publicada próximamente.
host-door-nights-taken = { $taken } / { $capacity } lugares ocupados

## A night's feedback (templates/host/feedback.html)
host-feedback-title = Opiniones
host-feedback-anonymous = Aquí nunca se nombra a los invitados.
host-feedback-per-talk = Por charla
host-feedback-col-average = Calificación promedio
host-feedback-col-ratings = Calificaciones
host-feedback-col-comments = Comentarios
host-feedback-col-unread = Por leer
host-feedback-comments = Comentarios para los ponentes
host-feedback-comments-intro = Un ponente solo lee un comentario cuando un anfitrión lo libera. Oculta lo que lastimaría sin ayudar: un comentario oculto nunca le llega al ponente.
host-feedback-no-comments = Todavía no hay comentarios.
host-feedback-for-talk = para { $talk }
host-feedback-status-pending = sin leer
host-feedback-status-released = liberado
host-feedback-status-hidden = oculto
host-feedback-release = Liberar para el ponente
host-feedback-hide = Ocultar al ponente
host-feedback-takeaways = Lo que se llevan los invitados
host-feedback-summary = { $responses } de { $checked_in } invitados que entraron respondieron{ $rate }
host-feedback-summary-again = ; volverían: { $yes } sí, { $maybe } tal vez, { $no } no
host-feedback-summary-rate = {" "}({ $percent } %)
host-feedback-summary-unread = { $count ->
    [one] ; { $count } comentario por leer
   *[other] ; { $count } comentarios por leer
}
host-feedback-summary-end = .
host-feedback-schedule = A los invitados que entraron se les escribe el { $asked }; pueden responder hasta el { $closes }.
host-feedback-nobody-asked = Todavía no se le ha preguntado a ningún invitado.
host-feedback-released = Liberado: el ponente ya puede leerlo.
host-feedback-hidden = Oculto: el ponente nunca lo verá.

## A night's turnout (templates/host/turnout.html)
host-night-turnout-line = Se espera en la puerta: unas { $expected } de { $booked } reservas ({ $low }–{ $high }, con 80 % de probabilidad).
host-night-turnout-link = Asistencia y sobreventa
host-night-numbers-link = Esta noche en números
host-night-numbers-title = Esta noche en números
host-night-numbers-door = { $came } en la puerta ({ $booked } lugares reservados, { $walk_ins } sin reserva). Reservados pero vacíos: { $no_shows }. Primera vez: { $first }; ya habían venido: { $regulars }.
host-night-numbers-bookings = Reservas a lo largo del tiempo
host-night-numbers-chart-title = Lugares pedidos, por días antes de la noche
host-night-numbers-chart-desc = Las reservas de esta noche como línea, las habituales del capítulo como línea discontinua; la tabla de abajo tiene los mismos números.
host-night-numbers-this-legend = Esta noche
host-night-numbers-usual-legend = Lo habitual
host-night-numbers-axis = Días antes de la noche
host-night-numbers-usual = Lo habitual: el promedio de las últimas { $nights } noches del capítulo. Cada reserva cuenta desde que se hizo, pase lo que pase después; sin contar a quienes llegaron sin reserva.
host-night-numbers-usual-none = Aún no hay una noche anterior del capítulo con la que comparar.
host-night-numbers-table = Lugares pedidos y lista de espera, por días antes de la noche
host-night-numbers-when = Cuándo
host-night-numbers-days = { $days ->
    [0] Al empezar
    [one] { $days } día antes
   *[other] { $days } días antes
}
host-night-numbers-booked = Esta noche
host-night-numbers-usual-col = Lo habitual
host-night-numbers-waiting = En espera entonces
host-night-numbers-waitlist-title = Lista de espera
host-night-numbers-waitlist = { $joined } se unieron a la lista de espera: { $promoted } obtuvieron lugar, { $left } la dejaron, { $waiting } siguen esperando.
host-turnout-title = Asistencia
host-turnout-expected = De los { $booked } lugares reservados se espera que lleguen unos { $expected }: entre { $low } y { $high }, con 80 % de probabilidad.
host-turnout-nobody = Nadie ha reservado todavía, así que no se espera a nadie.
host-turnout-prior = Aún hay poco historial: este capítulo tiene menos de { $min } noches pasadas en las que se usó la puerta. La previsión supone que llega el { $rate } % de los lugares reservados, con { $sigma } % de variación de una noche a otra, y aprenderá de las noches del capítulo a medida que ocurran.
host-turnout-history = Calculado con { $nights } noches pasadas ({ $seats } lugares reservados): llegó el { $rate } % de los lugares reservados, y las noches variaron cerca de un { $sigma } % más allá del azar. Un grupo que canceló el último día cuenta como uno que no vino.
host-turnout-rates = Quién llega, según cuándo reservó
host-turnout-booked-when = Reservó
host-turnout-rate = Llegó
host-turnout-lead-early = más de una semana antes
host-turnout-lead-week = de 1 a 7 días antes
host-turnout-lead-last-day = el último día
host-turnout-advice-title = Sobreventa
host-turnout-risk = Riesgo de que lleguen más personas que lugares
host-turnout-risk-option = { $percent } %
host-turnout-show = Ver
host-turnout-advice = Con { $capacity } lugares y un riesgo del { $risk } % de que lleguen más personas que lugares, puedes confirmar hasta { $confirmable } lugares: { $extra } más de los que caben.
host-turnout-advice-none = Con { $capacity } lugares y un riesgo del { $risk } % de que lleguen más personas que lugares, no confirmes más lugares de los que caben.
host-turnout-auto-off = Los acompañantes cuentan como lugares. La lista de espera no pasa del cupo de la noche por sí sola, salvo que los ajustes del capítulo lo permitan (Lugares y lista de espera).
host-turnout-auto-no-room = El capítulo deja que la lista de espera llegue hasta el consejo con un riesgo del { $risk } %, pero el lugar de esta noche no tiene aforo: indícalo en el lugar y la lista de espera pasará del cupo de la noche, nunca del aforo del lugar.
host-turnout-auto-prior = El capítulo deja que la lista de espera llegue hasta el consejo con un riesgo del { $risk } % cuando tenga { $min } noches propias con registro en la puerta; hasta entonces llega hasta el cupo de la noche.
host-turnout-auto-on = El capítulo deja que la lista de espera llegue hasta el consejo con un riesgo del { $risk } %, nunca más allá de los { $room } lugares del local: { $overbooked } lugares por encima del cupo de la noche son ahora de la lista de espera. Los acompañantes cuentan como lugares.
host-turnout-backtest-title = ¿Qué tan buena es esta previsión?
host-turnout-backtest = Probada con { $nights ->
        [one] una noche pasada
       *[other] { $nights } noches pasadas
    }, cada previsión hecha solo con las noches anteriores: se equivocó en { $error } personas en promedio, y la cifra en la puerta quedó dentro del rango del 80 % en { $inside } de ellas ({ $percent } %).
host-turnout-backtest-none = Aún no se ha probado: hacen falta más de { $min } noches pasadas en las que se usó la puerta.
host-turnout-night = Noche
host-turnout-booked = Reservas
host-turnout-forecast = Previsión
host-turnout-range = Rango del 80 %
host-turnout-came = En la puerta

## A night's lineup (templates/host/lineup.html)
host-lineup-title = Programa
host-lineup-call-time = hora de llegada de los ponentes: { $time }
host-lineup-col-speaker = Ponente (aparece como)
host-lineup-first-slide = Primera diapositiva de { $title }
host-lineup-earlier = Antes
host-lineup-later = Después
host-lineup-remove = Quitar
host-lineup-run-of-show = Minuto a minuto
host-lineup-available = Charlas confirmadas sin noche
host-lineup-none-available = Ninguna. Los ponentes aceptados aparecen aquí cuando confirman.
host-lineup-add = Agregar a esta noche
host-lineup-slides = { $count ->
    [0] todavía sin diapositivas
    [one] { $count } diapositiva
   *[other] { $count } diapositivas
}
host-consent-note = fotos: { $photos } · grabación: { $recording } · diapositivas: { $slides }
host-consent-yes = sí
host-consent-no = no
host-consent-ask = preguntar antes
host-slides-stage = solo en el escenario
host-slides-published = en el escenario y publicadas después de la noche
host-slides-never = nunca se muestran
host-speaker-anonymous = Ponente anónimo

## The run-of-show (crates/submissions/src/lineup.rs)
host-run-call = Llegan los ponentes (hora de llegada)
host-run-doors = Se abren las puertas
host-run-welcome = Bienvenida e introducción
host-run-break = Pausa
host-run-talk = Charla { $number }: “{ $title }”, de { $speaker } ({ $length })
host-run-talk-slot = Charla { $number } ({ $length })
host-run-length = { $talk } min + { $qa } min de preguntas
host-run-end = Fin de las charlas: bebidas y conversación

## The review queue (templates/host/stories.html)
host-stories-title = Historias
host-stories-call-is = La convocatoria de historias está{" "}
host-stories-call-open = abierta
host-stories-call-closed = cerrada
host-stories-call-is-after = {""}
host-stories-blind = revisión a ciegas: la identidad de los ponentes se oculta hasta la decisión
host-stories-call-settings = ajustes de la convocatoria
host-stories-public-form = formulario público
host-stories-all = todas
host-stories-month = Mes preferido
host-stories-filter = Filtrar
host-stories-newer = Historias más recientes
host-stories-older = Historias anteriores
host-stories-none = No hay historias.
host-stories-none-match = Ninguna historia coincide con estos filtros.
host-stories-col-story = Historia
host-stories-col-state = Estado
host-stories-col-months = Meses
host-stories-col-reviews = Reseñas
host-stories-col-mean = Puntuación media
host-stories-after-yours = después de la tuya
host-stories-any-month = cualquiera
host-stories-speaker-number = Ponente n.º { $id }
host-stories-hidden-email = oculto hasta la decisión

## A story's state
host-story-state-submitted = enviada
host-story-state-waitlisted = en lista de espera
host-story-state-accepted = aceptada
host-story-state-confirmed = confirmada
host-story-state-rejected = rechazada
host-story-state-declined = declinada
host-story-state-withdrawn = retirada

## A story under review (templates/host/story.html)
host-story-title = Historia n.º { $id }
host-story-saved = Guardado.
host-story-blind = Revisión a ciegas: quién es el ponente se mantiene oculto hasta la decisión. Las palabras que lo identificarían aparecen como [hidden].
host-story-appears-as = Aparece como
host-story-appearance-real-name = nombre real
host-story-appearance-stage-name = nombre artístico
host-story-appearance-anonymous = anónimo
host-story-the-story = La historia
host-story-teaser = Adelanto público:
host-story-project = El proyecto
host-story-wrong = Qué salió mal
host-story-learned = Qué aprendió
host-story-differently = Qué haría diferente
host-story-content-notes = Advertencias de contenido
host-story-recap = El resumen del ponente
host-story-recap-published = Publicado por el ponente
host-story-recap-published-in = :{" "}
host-story-recap-library = en la biblioteca de lecciones
host-story-recap-published-end = .
host-story-recap-withdrawn = Retirado por el ponente.
host-story-recap-waits = Tu borrador espera al ponente: solo se publica si él o ella lo decide.
host-story-recap-writing = El ponente lo está escribiendo.
host-story-recap-draft-it = Escribe un borrador del resumen para el ponente: lo lee en su página, lo cambia y lo publica, o no. Se publicaría como{" "}
host-story-recap-draft-it-end = .
host-story-recap-save = Guardar el borrador para el ponente
host-story-hidden-reviews = { $count ->
    [one] { $count } anfitrión ya reseñó esta historia. Su puntuación y su comentario aparecen cuando guardes los tuyos, para que cada puntuación sea solo tuya.
   *[other] { $count } anfitriones ya reseñaron esta historia. Sus puntuaciones y comentarios aparecen cuando guardes los tuyos, para que cada puntuación sea solo tuya.
}
host-story-no-reviews = Todavía no hay reseñas.
host-story-col-host = Anfitrión
host-story-col-score = Puntuación
host-story-col-comment = Comentario
host-story-review-mine = { $host } (tú)
host-story-former-host = un exanfitrión
host-story-your-score = Tu puntuación (de 1 a 5)
host-story-your-comment = Tu comentario
host-story-your-comment-hint = Los ponentes pueden leer las reseñas de su historia en la exportación de sus datos.
host-story-save-review = Guardar mi reseña
host-story-decide = Decidir
host-story-decide-intro = El ponente recibe el correo del capítulo para la decisión ({""}
host-story-decide-edit-texts = editar los textos
host-story-decide-intro-end = ).
host-story-accept = Aceptar
host-story-waitlist = Lista de espera
host-story-reject = Rechazar
host-story-delete = Borrar esta historia…
host-story-purge-title = ¿Borrar la historia n.º { $id }?
host-story-purge-message = Esto borra para siempre la historia, sus reseñas y los correos sobre ella. Al ponente no se le avisa.
host-story-purge-button = Borrar para siempre

## The call's settings (templates/host/call.html)
host-call-title = Convocatoria de historias
host-call-open = La convocatoria está abierta (el formulario en /c/{ $slug }/speak recibe historias)
host-call-text = Qué buscas
host-call-text-hint = Se muestra arriba del formulario.
host-call-blind = Revisión a ciegas: ocultar a quienes revisan los nombres, correos y palabras que parezcan de empresas hasta la decisión
host-call-remind-days = Recordar a un ponente aceptado después de (días)
host-call-remind-days-hint = Si no ha confirmado para entonces; a los anfitriones se les avisa después del doble de tiempo.
host-call-retention = Borrar historias rechazadas, declinadas y retiradas después de (meses)
host-call-call-minutes = Hora de llegada de los ponentes (minutos antes de abrir puertas)
host-call-talk-minutes = Charla (minutos)
host-call-qa-minutes = Preguntas (minutos)
host-call-slides-per-talk = Diapositivas por charla (como máximo)
host-call-seconds-per-slide = Segundos por diapositiva
host-call-decision-emails = Correos de decisión
host-call-decision-hint = Texto simple. Puedes usar {"{name}"}, {"{title}"}, {"{link}"} (la página del ponente) y {"{chapter}"}. Vacío: nuestro texto debajo del campo. El asunto de la aceptación siempre es “Acción necesaria: confirma tu charla en …”.
host-call-accept-text = Correo de aceptación
host-call-reject-text = Correo de rechazo
host-call-waitlist-text = Correo de lista de espera
