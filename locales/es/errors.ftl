# Mensajes de validación y de error (es). Claves: error-… ; ver locales/README.md.

## Errores en general

error-invalid = Hay campos que necesitan otra revisión.
error-forbidden = No eres anfitrión de este capítulo.
error-unauthorized = Inicia sesión o envía un token de API válido.
error-method-not-allowed = Esta dirección no acepta este método.
error-request-timeout = La solicitud tardó demasiado en llegar. Envíala de nuevo.
error-rate-limited = Demasiadas solicitudes. Espera un poco y vuelve a intentarlo.
error-payment-provider = No pudimos conectar con el proveedor de pagos. Vuelve a intentarlo en un momento.
error-internal = Algo salió mal de nuestro lado. Vuelve a intentarlo.
error-nothing-here = No hay nada en esta dirección.
error-bad-body = No se pudo leer el cuerpo de la solicitud.
error-body-too-large = El cuerpo es demasiado grande.
error-json-syntax = El cuerpo no es JSON válido: { $detail }
error-json-shape = El JSON no tiene la forma esperada: { $detail }
error-json-object = El cuerpo JSON debe ser un objeto.
error-json-content-type = Envía el cuerpo como JSON con Content-Type: application/json.

## Títulos de las páginas de error

error-status-400 = Solicitud incorrecta
error-status-401 = Tienes que iniciar sesión
error-status-403 = No permitido
error-status-404 = No encontrado
error-status-405 = Método no permitido
error-status-408 = Se agotó el tiempo
error-status-409 = No es posible ahora
error-status-410 = Ya no existe
error-status-413 = Demasiado grande
error-status-415 = Formato no admitido
error-status-422 = Revisa lo que escribiste
error-status-429 = Demasiadas solicitudes
error-status-500 = Algo salió mal
error-status-502 = Proveedor de pagos no disponible
error-status-other = Error

## Campos de formulario en general

error-required = Este campo es obligatorio.
error-too-long = Usa como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
  }.
error-single-line = Usa una sola línea, sin caracteres de control.
error-control-characters = Quita los caracteres de control.
error-email-invalid = Escribe un correo electrónico como name@example.org.
error-whole-number = Escribe un número entero.
error-number-range = Escribe un número entero del { $min } al { $max }.
error-timezone = “{ $zone }” no es una zona horaria IANA como America/Mexico_City.
error-capacity-range = Indica un número de lugares del 1 al { $max }.
error-capacity-seats-taken = Ya hay más lugares ocupados, reservados u ofrecidos; el cupo no puede bajar de eso.

## Cosas que no existen (o ya no)

error-no-night = Esa noche no existe.
error-no-chapter = Ese capítulo no existe.
error-no-chapter-here = No hay ningún capítulo en esta dirección.
error-no-host = No hay ese anfitrión en este capítulo.
error-no-story = Esa historia no existe.
error-no-comment = Ese comentario no existe.
error-no-question = Esa pregunta no existe.
error-no-night-or-ticket = Esa noche o ese boleto no existen.
error-no-rsvp = Esa reservación no existe.
error-no-rsvp-chapter = Esa reservación no existe en este capítulo.
error-no-ticket = Ese boleto no existe.
error-no-ticket-code = Ningún boleto de esta noche tiene este código.
error-door-no-ticket = No hay ningún boleto con este código para esta noche.
error-no-venue = Ese lugar no existe.
error-no-series = Esa serie no existe.
error-no-token = Ese token no existe.
error-no-slide = Esa diapositiva no existe.
error-no-lesson = No hay ninguna lección en esta dirección.
error-no-topic = Ese tema no existe.
error-lesson-withdrawn = Quien dio la charla retiró esta lección.
error-night-gone = Esta noche ya no existe.
error-ticket-link = Este enlace de boleto no es válido. Revisa el enlace en tu correo.
error-feedback-link = Este enlace para opinar no es válido (o ya no lo es). Revisa el enlace en tu correo.
error-speaker-link = Este enlace no es válido (o ya no lo es). Revisa el enlace en tu correo.
error-unsubscribe-link = Este enlace no es válido. Usa el enlace al final de uno de nuestros correos.
error-sign-in-link = Este enlace para iniciar sesión caducó o ya se usó. Pide uno nuevo en /host/sign-in.

## Capítulos, lugares, noches, series

error-chapter-slug = Usa de 2 a 40 letras minúsculas, números y guiones, como “berlin”.
error-chapter-slug-taken = Ya existe un capítulo con el identificador “{ $slug }”.
error-language = “{ $code }” no es uno de nuestros idiomas ({ $ours }).
error-chapter-reminder-hours = Indica hasta cinco números de horas antes de la noche, como “24, 3” (336 como máximo).
error-last-owner = Un capítulo conserva al menos a una persona propietaria.
error-host-role = Elige owner, host o door.
error-venue-map-url = Escribe una dirección web que empiece con https:// o déjalo vacío.
error-venue-capacity = Indica un número de lugares del 1 al { $max }, o ninguno.
error-venue-exists = Este capítulo ya tiene un lugar con este nombre y esta dirección.
error-choose-venue = Elige un lugar.
error-night-local-time = Indica una fecha y hora locales como 2026-12-10T19:00.
error-date-time-input = Indica la fecha y la hora como { $example }.
error-date-input = Indica la fecha como { $example }.
error-time-input = Indica la hora como { $example }.
error-night-time-gap = { $local } no existe en { $zone }: los relojes se saltan esa hora (horario de verano)
error-night-start-past = La noche tiene que empezar en el futuro.
error-night-end-before-start = La noche tiene que terminar después de empezar.
error-night-too-long = Una noche dura como máximo 24 horas.
error-night-venue = Este capítulo no tiene ningún lugar con este id.
error-capacity-below-seats = { $count ->
    [one] { $count } persona ya tiene lugar; la capacidad no puede bajar de eso.
   *[other] { $count } personas ya tienen lugar; la capacidad no puede bajar de eso.
  }
error-night-exists = Esta noche ya existe.
error-night-cancelled-no-change = Esta noche se canceló y ya no se puede cambiar.
error-night-over-no-change = Esta noche ya terminó y no se puede cambiar.
error-night-published = Esta noche ya está publicada.
error-night-not-open = Esta noche todavía no acepta reservaciones.
error-night-cancelled = Esta noche se canceló.
error-night-over = Esta noche ya terminó.
error-series-start-time = Indica la hora local de inicio, como 19:00.
error-series-duration = Una noche dura de 15 minutos a 24 horas (1440 minutos).
error-series-date = Indica una fecha como 2026-12-01.
error-series-date-range = Indica una fecha dentro de los próximos { $years } años.
error-series-venue = Elige uno de los lugares del capítulo.
error-series-ended = Esta serie ya terminó.
error-rrule-empty = Escribe una regla de recurrencia como FREQ=MONTHLY;BYDAY=2TH.
error-rrule-dtstart = Escribe solo la regla (FREQ=…), sin DTSTART.
error-rrule-invalid = No es una RRULE válida: { $reason }.
error-rrule-frequency = Una serie se repite cada semana, cada mes o cada año (FREQ=WEEKLY, MONTHLY o YEARLY).
error-rrule-time-of-day = La hora del día es la hora de inicio de la serie: quita BYHOUR, BYMINUTE y BYSECOND.
error-rrule-crowded = Una serie tiene como máximo { $max } noches por semana; esta regla tiene { $count } del { $from } al { $to }.

## Boletos, reservaciones, la entrada

error-plus-ones-max = { $max ->
    [one] Puedes traer como máximo a { $max } acompañante.
   *[other] Puedes traer como máximo a { $max } acompañantes.
  }
error-no-plus-ones = Esta noche no admite acompañantes.
error-plus-ones-range = Indica un número del 0 al 10.
error-choose-ticket = Elige un boleto.
error-price-guest = Indica un precio como 12 o 12.50.
error-price-host = Indica un precio como 15 o 7.50.
error-pay-range = Paga al menos { $min } (en centavos) y como máximo 1000000.
error-ticket-free = Este boleto es gratis: mejor reserva tu lugar.
error-no-ticket-type = Esta noche no tiene ese tipo de boleto.
error-ticket-required = Esta noche vende boletos: elige un tipo de boleto.
error-ticket-kind = Usa “free”, “paid” o “pwyw” (paga lo que quieras).
error-currency = Usa un código de moneda ISO de tres letras, como MXN.
error-ticket-price = Indica un precio en centavos del 50 al 1000000.
error-ticket-minimum = Indica un mínimo en centavos del 0 al 1000000.
error-ticket-free-price = Un boleto gratis no tiene precio.
error-too-many-holds = Ya hay { $count } lugares de esta noche apartados para pago desde tu conexión. Termina de pagarlos (los enlaces están en tu correo) o espera a que venzan ({ $minutes } minutos como máximo) y vuelve a intentarlo.
error-payments-off = Los boletos de pago no están disponibles: esta instancia no tiene claves de Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
error-attendee-refund = Usa “full” o “none”.
error-promotion-mode = Usa “auto” (confirmar a la siguiente persona) u “offer” (ofrecer el lugar).
error-offer-hours = Indica un número de horas del 1 al 720.
error-reconfirm-hours = Indica un número de horas del 0 (nunca preguntar) al 720.
error-refund-cutoff-hours = Indica un número de horas del 0 (hasta que empiece la noche) al 720.
error-overbook-risk = Elige no, o un riesgo del 1, 5, 10 o 20 %.
error-seats-changed = Los lugares de la noche cambiaron mientras estaban bloqueados.
error-no-offer = Este boleto no tiene ninguna oferta abierta.
error-offer-expired = Esta oferta venció; el lugar pasó a la siguiente persona.
error-checked-in = Esta persona ya registró su entrada.
error-not-pending = Esta reservación no está esperando aprobación.
error-no-seat = Este boleto no tiene lugar que conservar.
error-cancel-night-started = Esta noche ya empezó: aquí ya no se pueden cancelar lugares. Habla con los anfitriones en la entrada.
error-door-closed = Esta noche no está abierta en la entrada.
error-door-has-rsvp = Este correo tiene una reservación: mejor escanea su boleto.
error-door-undo-walk-in = El registro de alguien que llegó sin reservación es su lugar: mejor cancela su lugar.
error-photo-none = Elige una foto para subir.
error-photo-slow = Esta foto tardó demasiado en procesarse; prueba con una más pequeña.
error-portrait-consent = Marca la casilla para decir que la foto puede mostrarse en el programa de la noche.
error-portrait-not-real-name = Solo quien aparece con su nombre real muestra una foto; con nombre artístico o de forma anónima, el programa muestra una imagen generada.
error-accent-contrast = El texto blanco sobre este color tiene un contraste de { $contrast }:1; se necesita 4.5:1. Elige un tono más oscuro.
error-accent-format = Escribe el color con seis dígitos hexadecimales, como #1f5fbf.
error-door-short-code-twice = Dos entradas de esta noche tienen este código corto: escanea el código QR o busca al invitado por nombre.
error-door-sync-too-many = Máximo 500 acciones de la puerta a la vez.
error-door-sync-op = Cada acción de la puerta necesita una clave (1–64 caracteres), una acción (check_in o undo) y un código de boleto.
error-door-not-confirmed = Este boleto está { $status ->
    [pending] pendiente
    [waitlisted] en lista de espera
    [offered] ofrecido
    [held] apartado
    [checked_in] con entrada registrada
    [cancelled] cancelado
    [declined] rechazado
   *[other] { $status }
  }, no confirmado: no hay lugar para registrar la entrada.
error-night-full = La noche está llena.

## Historias, revisiones, programa, diapositivas, resúmenes

error-call-closed = La convocatoria de historias está cerrada en este momento.
error-story-consent = Elige no, sí o pregúntame antes de publicar.
error-story-consent-slides = Elige solo en el escenario, publicadas después de la noche, o nunca.
error-story-appearance = Elige cómo quieres aparecer: con tu nombre real, un nombre artístico o de forma anónima.
error-story-stage-name-line = Usa una sola línea.
error-story-text-required = Cuéntanos en unas cuantas frases; unas notas sueltas están bien.
error-story-months = Elige meses de la lista.
error-story-coc = Lee y acepta el código de conducta.
error-story-decided = Ya se decidió sobre esta historia y ya no se puede editar.
error-story-consent-locked = El consentimiento de esta historia ya no se puede cambiar.
error-story-not-purgeable = Las charlas aceptadas y confirmadas no se pueden purgar; quien habla puede retirarlas o borrarlas.
error-story-decision = Elige aceptar, lista de espera o rechazar.
error-story-transition = Una historia { $state ->
    [submitted] enviada
    [waitlisted] en lista de espera
    [accepted] aceptada
    [confirmed] confirmada
    [rejected] rechazada
    [declined] declinada
    [withdrawn] retirada
   *[other] { $state }
  } no se puede { $action ->
    [accept] aceptar
    [reject] rechazar
    [waitlist] poner en lista de espera
    [confirm] confirmar
    [decline] declinar
    [withdraw] retirar
   *[other] { $action }
  }.
error-speaker-answer = Elige si confirmas o declinas.
error-speaker-withdraw-sure = Marca la casilla para retirar tu historia.
error-speaker-delete-sure = Marca la casilla para borrar tu historia y tus datos.
error-placeholder-unknown = { $count ->
    [one] Marcador desconocido
   *[other] Marcadores desconocidos
  } { $placeholders }: usa {"{name}"}, {"{title}"}, {"{link}"} o {"{chapter}"}.
error-review-score = Da una calificación del 1 al 5.
error-review-closed = Ya se decidió sobre esta historia; las revisiones están cerradas.
error-lineup-action = Elige una charla y qué hacer con ella.
error-lineup-placed = Esta charla ya está en un programa: quítala de ahí primero.
error-lineup-unconfirmed = Solo las charlas confirmadas pueden ir en un programa.
error-lineup-changed = Esta charla cambió mientras tanto; vuelve a intentarlo.
error-lineup-missing = Esta charla no está en el programa de esta noche.
error-slides-not-accepted = Puedes subir diapositivas cuando tu historia sea aceptada.
error-slides-night-started = Tu noche ya empezó: la presentación ya no se puede cambiar.
error-slides-none = Elige al menos una imagen o un PDF.
error-slides-too-many = Son { $count } diapositivas; aquí una charla tiene como máximo { $limit }. Elige tus { $limit } mejores.
error-slides-too-many-files = Son { $count } archivos; una presentación tiene como máximo unas cuantas decenas de diapositivas.
error-slides-more-than = Son más de { $max } archivos; una presentación tiene como máximo unas cuantas decenas de diapositivas.
error-slides-file = Archivo { $file } de { $of }: { $reason }
error-bad-upload = No se pudo leer lo que subiste; envíalo de nuevo.
error-media-too-large = El archivo pesa más de { $mb } MB.
error-upload-too-large = Lo que subiste pesa más de { $mb } MB en total.
error-media-not-image = No es una imagen PNG, JPEG ni WebP (diga lo que diga su nombre).
error-media-pixels = La imagen mide { $width }×{ $height } píxeles; se aceptan como máximo { $side } píxeles por lado y { $megapixels } megapíxeles.
error-media-broken = No se pudo leer la imagen (¿está completo el archivo?).
error-media-not-pdf = No es un archivo PDF.
error-media-broken-pdf = No se pudo leer el PDF (¿está completo y sin contraseña?).
error-media-pages = El PDF tiene { $pages } páginas; una charla tiene como máximo { $limit } diapositivas.
error-media-no-pages = El PDF no tiene páginas.
error-media-page-size = La página { $page } del PDF tiene un tamaño imposible.
error-media-encode = No se pudo codificar la imagen.
error-recap-topics-unknown = Elige temas de la lista.
error-recap-topics-none = Elige al menos un tema.
error-recap-topics-max = Elige como máximo { $max } temas.
error-recap-language = Indica un código de idioma de dos letras, como es.
error-recap-no-night = Un resumen se escribe sobre una charla dada en una noche.
error-recap-night-cancelled = Tu noche se canceló, así que no hay charla de la cual escribir un resumen.
error-recap-too-early = Puedes escribir y publicar tu resumen cuando termine tu noche.
error-recap-taken-over = Quien dio la charla se hizo cargo de este resumen: ahora solo esa persona puede cambiarlo.
error-recap-not-published = Tu resumen no está publicado.

## Mensajes a invitados, el escenario, opiniones

error-message-body = Escribe el mensaje.
error-message-audience = Elige quién recibe el mensaje.
error-message-no-show-early = Nadie se ha perdido la noche todavía: aún no empieza.
error-stage-moved = El escenario cambió mientras tanto: vuelve a mirar y presiona de nuevo.
error-stage-action = Acción de escenario desconocida.
error-stage-running = La noche ya está en marcha.
error-stage-not-started = Primero inicia la noche.
error-stage-paused = El escenario ya está en pausa.
error-stage-not-paused = El escenario no está en pausa.
error-stage-no-slides-next = No se están mostrando diapositivas: mejor pasa al siguiente segmento.
error-stage-no-slides-previous = No se están mostrando diapositivas: mejor vuelve al segmento anterior.
error-stage-first-slide = Esta es la primera diapositiva.
error-stage-end = Este es el final de la noche.
error-stage-beginning = Este es el principio de la noche.
error-stage-no-timer = Esta parte no tiene temporizador al que sumar tiempo.
error-stage-skip-qa = Saltar a las preguntas solo funciona durante una charla.
error-questions-not-open = Las preguntas se abren cuando la noche empieza en el escenario.
error-questions-over = Las charlas terminaron: ¡gracias!
error-question-empty = Escribe tu pregunta.
error-question-status = Estado de pregunta desconocido.
error-feedback-closed = Las opiniones sobre esta noche se cerraron el { $closed }. ¡Gracias de todos modos!
error-feedback-come-again = Elige sí, tal vez o no.
error-feedback-rating = Elige una calificación del 1 al 5, o ninguna.
error-feedback-talk-unknown = Una de las charlas no está en el programa de esta noche: vuelve a abrir el enlace de tu correo.
error-feedback-empty = Responde al menos una pregunta: una calificación, un comentario, lo que te llevas o si volverás.
error-comment-changed = La persona cambió este comentario desde que lo leíste: léelo de nuevo y luego decide.
error-comment-status = Publica u oculta el comentario.
error-comment-version = ¿Qué versión del comentario leíste?
error-period = Elige un periodo de 1 a { $max } meses que empiece antes de terminar.
error-month = Indica un mes como 2026-03.

## Webhooks

error-webhook-url = Escribe la dirección de tu receptor, empezando por https:// (o http://), sin usuario ni contraseña.
error-webhook-url-not-public = { $host } apunta a { $address }, que no está en internet pública: los webhooks solo van a direcciones públicas.
error-webhook-url-not-public-ip = { $address } no está en internet pública: los webhooks solo van a direcciones públicas.
error-webhook-url-unresolved = No encontramos { $host }. Revisa la dirección.
error-webhook-no-events = Elige al menos un evento.
error-no-webhook = Este capítulo no tiene ese webhook.
error-no-webhook-delivery = Este webhook no tiene ese envío.
error-webhook-delivery-busy = Este envío está saliendo justo ahora. Inténtalo de nuevo en un minuto.

## El código de conducta y los reportes

error-rsvp-code-of-conduct = Acepta el código de conducta para reservar.
error-report-night = Elige una de las noches de este capítulo, o ninguna.
error-no-report = Este capítulo no tiene ese reporte.
error-report-status = Elige nuevo, en curso o cerrado.

## API tokens

error-token-scope = Elige todo, solo la entrada o solo leer.
error-token-expires = Elige durante cuánto tiempo vale el token.

## The API's review queue

error-stories-state = Elige uno de los estados: submitted, waitlisted, accepted, confirmed, rejected, declined, withdrawn.
error-stories-month = Indica un mes como AAAA-MM, por ejemplo 2027-03.
