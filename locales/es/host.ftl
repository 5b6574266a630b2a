# host messages (es). Keys: host-… ; see locales/README.md.
host-title = Anfitriones
host-brand = failnight para anfitriones

## Shared by the host pages' forms
host-form-errors = Algunos campos necesitan otra revisión: mira los mensajes debajo de ellos.
host-form-choose-venue = Elige un lugar
host-field-name = Nombre
host-field-description = Descripción
host-field-timezone = Zona horaria
host-field-language = Idioma
host-field-email = Correo electrónico
host-save = Guardar
host-saved = Guardado.
host-none = Ninguno.

## Roles, and the state of nights and series
host-role-owner = dueño
host-role-host = anfitrión
host-role-door = puerta
host-series-status-active = activa
host-series-status-ended = terminada

## The chapter's tabs (templates/host/chapter_nav.html)
host-nav-label = Capítulo
host-nav-dashboard = Panel
host-nav-nights = Noches
host-nav-series = Series
host-nav-stories = Historias
host-nav-venues = Lugares
host-nav-door = Puerta
host-nav-hosts = Anfitriones
host-nav-settings = Ajustes
host-nav-audit = Registro de actividad
host-nav-more = Más
host-nav-chapters = Tus capítulos

## Signing in (templates/host/sign_in.html, sign_in_confirm.html)
host-sign-in-title = Iniciar sesión
host-sign-in-sent-before = Si
host-sign-in-sent-after = pertenece a un anfitrión, va en camino un enlace para iniciar sesión. Funciona una sola vez, durante 15 minutos.
host-sign-in-no-email = ¿No llegó ningún correo después de unos minutos? Revisa la carpeta de spam, o
host-sign-in-ask-again = pídelo de nuevo
host-sign-in-intro = Los anfitriones inician sesión con su correo electrónico: enviamos un enlace, sin contraseña.
host-sign-in-submit = Envíame un enlace para iniciar sesión
host-sign-in-bad-email = Escribe una dirección de correo como nombre@example.org.
host-sign-in-as-before = ¿Iniciar sesión como
host-sign-in-as-after = ?
host-sign-in-button = Iniciar sesión

## The host's home (templates/host/home.html)
host-home-title = Tus capítulos
host-home-signed-in-as = Sesión iniciada como { $email }.
host-home-no-chapters = Todavía no eres anfitrión de ningún capítulo. Pide al dueño de un capítulo que agregue { $email }.
host-home-new-chapter = Nuevo capítulo
host-home-slug = Dirección
host-home-slug-hint = Minúsculas, dígitos y guiones: /c/berlin
host-home-timezone-hint = Nombre IANA, por ejemplo America/Mexico_City
host-home-language-hint = El idioma de las páginas y los correos del capítulo para quienes no eligieron ninguno.
host-home-create = Crear capítulo
host-home-tokens = Tokens de la API
host-home-sign-out = Cerrar sesión
host-home-sign-out-everywhere = Cerrar sesión en todos lados

## API tokens (templates/host/tokens.html)
host-tokens-title = Tokens de la API
host-tokens-intro = Los tokens permiten que tus scripts usen la API JSON en tu nombre
host-tokens-new = Tu nuevo token
host-tokens-new-hint = (solo se muestra ahora: cópialo en un lugar seguro):
host-tokens-name-hint = Para qué es, por ejemplo “script del boletín”
host-tokens-create = Crear token
host-tokens-created = Creado
host-tokens-state = Estado
host-tokens-revoked = revocado
host-tokens-scope = Qué puede hacer
host-tokens-scope-full = Todo lo que tu rol permite
host-tokens-scope-door = Solo la entrada
host-tokens-scope-read = Solo leer
host-tokens-scope-hint = Dale a una app de la entrada o al teléfono de un voluntario solo la entrada, y a un tablero o a una herramienta de boletines solo lectura: si un token se filtra, no puede hacer más que eso.
host-tokens-expires = Válido durante
host-tokens-expires-day = Un día
host-tokens-expires-days = { $count } días
host-tokens-expires-year = Un año
host-tokens-expires-never = No caduca
host-tokens-never-expires = no caduca
host-tokens-expires-on = válido hasta el { $time }
host-tokens-expired-on = caducó el { $time }
host-tokens-expired = Caducado
host-tokens-revoke = Revocar
host-tokens-created-at = { $time } (UTC)

## The dashboard (templates/host/dashboard.html)
host-dashboard-next-night = Próxima noche:
host-dashboard-seats-taken = Lugares ocupados
host-dashboard-waitlist = Lista de espera
host-dashboard-no-night = No hay ninguna noche planeada.
host-dashboard-create-one = Crea una
host-dashboard-or = o
host-dashboard-start-series = empieza una serie mensual
host-dashboard-upcoming = { $count ->
    [one] { $count } noche próxima
   *[other] { $count } noches próximas
}
host-dashboard-public-page = página pública
host-dashboard-stories-waiting = { $count ->
    [one] { $count } historia esperando revisión
   *[other] { $count } historias esperando revisión
}
host-dashboard-mail-by-night = Correos por noche
host-dashboard-night = Noche
host-dashboard-sent = Enviados
host-dashboard-queued = En cola
host-dashboard-retrying = Reintentando
host-dashboard-failed = Fallidos
host-dashboard-failed-emails = Correos que fallaron
host-dashboard-to = Para
host-dashboard-subject = Asunto
host-dashboard-server-answer = Respuesta del servidor de correo
host-dashboard-lineup = Programa
host-dashboard-to-review = Historias por revisar
host-dashboard-setup = Primeros pasos
host-dashboard-setup-venue = Agrega el lugar donde son tus noches
host-dashboard-setup-night = Planea la primera noche (o una serie mensual)
host-dashboard-setup-call = Abre la convocatoria de historias
host-dashboard-setup-done = listo

## Chapter settings (templates/host/settings.html)
host-settings-heading = Ajustes del capítulo
host-settings-timezone-hint = Nombre IANA, por ejemplo America/Mexico_City. Las noches conservan la zona en la que se crearon.
host-settings-export = Descargar todos los invitados de todas las noches (CSV)
host-settings-export-hint = Una fila por reserva, noche a noche: para vuestros archivos o para llevarla a otro sitio.
host-settings-logo = Logotipo
host-settings-logo-current = El logotipo del capítulo
host-settings-logo-none = Aún no hay logotipo: el nombre del capítulo aparece solo en sus páginas y correos.
host-settings-logo-choose = Logotipo (PNG, JPEG o WebP)
host-settings-logo-hint = Se muestra junto al nombre del capítulo en sus páginas, entradas y correos, como mucho a 240×80 píxeles. Un PNG con fondo transparente queda mejor; se eliminan los metadatos.
host-settings-logo-upload = Subir el logotipo
host-settings-logo-remove = Quitar el logotipo
host-settings-tagline = Lema
host-settings-tagline-hint = Una línea bajo el nombre del capítulo, como “Historias de fracasos, cada segundo jueves”.
host-settings-accent = Color
host-settings-accent-hint = Seis dígitos hexadecimales, como #1f5fbf: los botones y la franja de las páginas, entradas e imágenes para compartir del capítulo. El texto blanco debe leerse sobre él (4.5:1). Vacío: el nuestro.
host-settings-language-hint = El idioma de las páginas y los correos del capítulo para quienes no eligieron ninguno.
host-settings-description-hint = Se muestra en la página del capítulo.
host-settings-code-of-conduct = Código de conducta
host-settings-code-of-conduct-hint = Los ponentes lo aceptan al enviar una historia.
host-settings-reminders = Recordatorios, horas antes de una noche
host-settings-reminders-hint = Separadas por comas, por ejemplo 24, 3. Vacío: sin recordatorios.
host-settings-seats = Lugares y lista de espera
host-settings-promotion = Cuando se libera un lugar
host-settings-promotion-auto = la siguiente persona en la lista de espera lo obtiene de inmediato
host-settings-promotion-offer = se le ofrece a la siguiente persona, que lo acepta
host-settings-offer-hours = Horas para aceptar una oferta
host-settings-offer-hours-hint = Nunca después del inicio de la noche. Los boletos pagados siempre se ofrecen.
host-settings-reconfirm-hours = Preguntar “¿sigues viniendo?” esta cantidad de horas antes
host-settings-reconfirm-hours-hint = 0: nunca preguntar.
host-settings-plus-ones = Acompañantes que puede traer cada persona
host-settings-plus-ones-hint = Cuentan como lugares ocupados.
host-settings-refund-cutoff = Reembolsar a quienes cancelen hasta esta cantidad de horas antes
host-settings-refund-cutoff-hint = Solo boletos pagados. 0: hasta que empieza la noche. Los invitados no pueden cancelar una vez que empezó; los anfitriones sí, y siempre reembolsan completo.
host-settings-overbook = Dejar que la lista de espera pase del cupo de una noche
host-settings-overbook-off = No: nunca más allá del cupo de la noche
host-settings-overbook-risk = Hasta el consejo de asistencia con un riesgo del { $risk } %
host-settings-overbook-hint = Según el historial propio del capítulo de quién vino, y nunca más allá del aforo del lugar (indícalo en el lugar). La página de asistencia de cada noche muestra el consejo.

## Hosts and roles (templates/host/hosts.html)
host-hosts-intro = Los dueños cambian los ajustes y los anfitriones; los anfitriones organizan noches, historias y asistentes; el equipo de la puerta registra la entrada.
host-hosts-role = Rol
host-hosts-actions = Acciones
host-hosts-you = (tú)
host-hosts-remove = Quitar
host-hosts-add = Agrega un anfitrión o cambia un rol
## The audit log (templates/host/audit.html)
host-audit-empty = Nada todavía.
host-audit-when = Cuándo
host-audit-who = Quién
host-audit-what = Qué
host-audit-detail = Detalle
host-audit-system = sistema
host-audit-signed-in = inició sesión
host-audit-signed-out = cerró sesión
host-audit-signed-out-everywhere = cerró sesión en todos lados
host-audit-token-created = token de la API creado
host-audit-token-revoked = token de la API revocado
host-audit-chapter-created = capítulo creado
host-audit-settings-changed = ajustes cambiados
host-audit-host-invited = anfitrión invitado
host-audit-role-changed = rol cambiado
host-audit-host-removed = anfitrión quitado
host-audit-venue-added = lugar agregado
host-audit-venue-edited = lugar editado
host-audit-series-created = serie creada
host-audit-series-edited = serie editada
host-audit-series-ended = serie terminada, sus noches canceladas
host-audit-night-created-published = noche creada y publicada
host-audit-night-created-draft = noche creada como borrador
host-audit-night-published = noche publicada
host-audit-night-cancelled = noche cancelada
host-audit-night-edited = noche editada
host-audit-night-moved = noche movida o cambiada de lugar
host-audit-night-ticketing = opciones de boletos de la noche cambiadas
host-audit-series-published = noches de la serie publicadas
host-audit-ticketing-settings = ajustes de boletos cambiados
host-audit-ticket-type-added = tipo de boleto agregado
host-audit-rsvp-cancelled = reservación cancelada por un anfitrión
host-audit-rsvp-approved = reservación aprobada
host-audit-rsvp-declined = reservación rechazada
host-audit-guest-checked-in = invitado registrado en la puerta
host-audit-walk-in-added = invitado sin reservación agregado
host-audit-message-sent = mensaje enviado
host-audit-call-settings = ajustes de la convocatoria cambiados
host-audit-story-submitted = historia enviada
host-audit-story-reviewed = historia revisada
host-audit-story-purged = historia eliminada
host-audit-story-deleted-retention = historia borrada tras el plazo de conservación
host-audit-story-deleted-speaker = historia borrada por su ponente
host-audit-talk-placed = charla agregada al programa
host-audit-talk-removed = charla quitada del programa
host-audit-lineup-reordered = programa reordenado
host-audit-slides-uploaded = diapositivas subidas
host-audit-slides-uploaded-pdf = diapositivas subidas (PDF)
host-audit-slides-removed = diapositivas quitadas
host-audit-lesson-drafted = lección en borrador
host-audit-lesson-published = lección publicada
host-audit-lesson-edited = lección editada
host-audit-lesson-withdrawn = lección retirada
host-audit-feedback-deleted = comentarios borrados tras el plazo de conservación
host-audit-feedback-unread = comentario marcado como no leído
host-audit-feedback-released = comentario publicado
host-audit-feedback-hidden = comentario ocultado
host-audit-question-pending = pregunta de vuelta en espera
host-audit-question-approved = pregunta aprobada
host-audit-question-hidden = pregunta ocultada
host-audit-question-answered = pregunta respondida
host-audit-questions-deleted = preguntas borradas tras el plazo de conservación
host-audit-story-accepted = historia aceptada
host-audit-story-rejected = historia rechazada
host-audit-story-waitlisted = historia en lista de espera
host-audit-story-confirmed = charla confirmada por su ponente
host-audit-story-declined = charla rechazada por su ponente
host-audit-story-withdrawn = historia retirada por su ponente
host-audit-call-open = convocatoria abierta
host-audit-call-closed = convocatoria cerrada
host-audit-stage-start = escenario: noche iniciada
host-audit-stage-pause = escenario: en pausa
host-audit-stage-resume = escenario: reanudado
host-audit-stage-next-slide = escenario: diapositiva siguiente
host-audit-stage-previous-slide = escenario: diapositiva anterior
host-audit-stage-next-segment = escenario: siguiente parte
host-audit-stage-previous-segment = escenario: parte anterior
host-audit-stage-add-time = escenario: tiempo añadido
host-audit-stage-skip-to-qa = escenario: paso directo a las preguntas

## Venues (templates/host/venues.html, venue.html, venue_fields.html)
host-venues-empty = Todavía no hay lugares.
host-venues-seats = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
host-venues-new = Nuevo lugar
host-venues-add = Agregar lugar
host-venue-title = Lugar
host-venue-address = Dirección
host-venue-map = Enlace al mapa
host-venue-map-hint = Opcional. Vacío: una búsqueda de la dirección en el mapa.
host-venue-seats = Cupo
host-venue-seats-hint = Opcional: el valor predeterminado para las noches aquí.
host-venue-accessibility = Accesibilidad
host-venue-accessibility-hint = Acceso sin escalones, baños, sala tranquila…

## Series (templates/host/series_list.html, series.html, series_fields.html)
host-series-empty = Todavía no hay series: una serie crea la misma noche cada mes.
host-series-new = Nueva serie
host-series-create = Crear serie
host-series-ended = terminada
host-series-publish = Publicar las noches en borrador
host-series-end = Terminar la serie y cancelar sus noches…
host-series-edit = Editar
host-series-edit-hint = Los cambios se aplican a las próximas noches que no se editaron por separado.
host-series-coming = Próximas noches
host-series-title = Título
host-series-title-hint = Puede usar { "{n}" } (número), { "{month}" } o { "{date}" }: “Noche de fracasos #{ "{n}" }”
host-series-repeats = Se repite
host-series-repeats-hint = Una RRULE: FREQ=MONTHLY;BYDAY=2TH es cada segundo jueves, FREQ=MONTHLY;BYDAY=-1WE el último miércoles.
host-series-starts-at = Empieza a las
host-series-length = Duración en minutos
host-series-venue = Lugar
host-series-seats-hint = Vacío: el cupo del lugar.
host-series-first-date = Primera fecha
host-series-first-date-hint = Vacío: desde hoy.
host-series-publish-new = Publicar las nuevas noches de inmediato (si no, quedan como borradores)

## Confirmation before emailing guests (templates/host/confirm.html)
host-confirm-back = Volver
host-confirm-save-and-email = Guardar y enviarles un correo
host-confirm-venue-title = ¿Cambiar { $venue }?
host-confirm-venue-message = El lugar de las próximas noches cambia: se enviará un correo a { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}.
host-confirm-series-title = ¿Cambiar { $series }?
host-confirm-series-message = Las próximas noches de esta serie cambian: se enviará un correo a { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}.
host-confirm-end-series-title = ¿Terminar { $series }?
host-confirm-end-series-message = Esto termina la serie y cancela sus próximas noches; se enviará un correo a { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}. No se puede deshacer.
host-confirm-end-series-button = Terminar la serie y cancelar las noches

## A series' cadence in words (crates/scheduling/src/series.rs, `describe_in`): $n is the
## weekday's place in the month (0: every one, -1: the last), $name the weekday, $day its code.
host-cadence-day = { $n ->
    [1] primer { $name }
    [2] segundo { $name }
    [3] tercer { $name }
    [4] cuarto { $name }
    [5] quinto { $name }
    [-1] último { $name }
    [-2] penúltimo { $name }
   *[0] { $name }
}
host-cadence-and = y
host-cadence-weekly = cada { $days }
host-cadence-every-other-week = cada dos semanas, el { $days }
host-cadence-weeks = cada { $n } semanas
host-cadence-weeks-on = cada { $n } semanas, el { $days }
host-cadence-monthly-on = cada { $days } del mes
host-cadence-months-on = cada { $n } meses, el { $days }
host-cadence-monthly-day = cada mes, el día { $days }
host-cadence-monthly = cada mes
host-cadence-yearly = cada año
host-cadence-at = { $cadence }, { $time }
host-cadence-custom = recurrente ({ $rule }), { $time }

## The chapter's numbers (templates/host/numbers.html)
host-nav-numbers = Cifras
host-numbers-title = Las cifras del capítulo
host-numbers-from = Desde
host-numbers-to = Hasta
host-numbers-show = Ver
host-numbers-summary = { $nights ->
        [0] No hubo noches en este periodo.
        [one] Una noche: { $came } personas en la puerta ({ $first } por primera vez, { $regulars } que ya habían venido); { $empty } de los lugares reservados quedaron vacíos.
       *[other] { $nights } noches: { $came } personas en la puerta ({ $first } por primera vez, { $regulars } que ya habían venido); { $empty } de los lugares reservados quedaron vacíos.
    }
host-numbers-stories = Historias: { $submitted } enviadas, { $accepted } aceptadas, { $told } contadas en el escenario hasta ahora.
host-numbers-to-stage = Del envío al escenario pasaron { $days } días (mediana).
host-numbers-chart-title = Personas en la puerta y lugares vacíos, por mes
host-numbers-chart-desc = Para cada mes, una barra oscura con las personas que llegaron y, a continuación, una barra clara con los lugares reservados que quedaron vacíos; la tabla de abajo tiene las mismas cifras.
host-numbers-came-legend = llegaron
host-numbers-empty-legend = reservados, vacíos
host-numbers-table = Las cifras por mes
host-numbers-month = Mes
host-numbers-nights = Noches
host-numbers-booked = Reservas
host-numbers-came = Llegaron
host-numbers-no-shows = Lugares vacíos
host-numbers-first-timers = Primera vez
host-numbers-regulars = Ya habían venido
host-numbers-submitted = Historias
host-numbers-accepted = Aceptadas
host-numbers-told = Contadas
host-numbers-all = Todo el periodo
host-numbers-download = Descargar estas cifras:

## The network at a glance, for platform admins (templates/host/network.html)
host-network-link = Todos los capítulos de un vistazo
host-network-title = La red
host-network-intro = ¿Qué capítulos necesitan ayuda este mes? Primero van los que no tienen ninguna noche próxima y los que llevan más tiempo sin una; ordena por cualquier columna.
host-network-caption = { $count ->
        [one] Un capítulo
       *[other] { $count } capítulos
    }
host-network-chapter = Capítulo
host-network-last = Última noche
host-network-next = Próxima noche
host-network-quiet = Meses sin noche
host-network-guests = Asistentes, últimos 6 meses
host-network-trend = Frente a los 6 anteriores
host-network-call = Convocatoria
host-network-call-open = abierta
host-network-call-closed = cerrada
host-network-queue = Historias en espera
host-network-hosts = Anfitriones activos
host-network-hosts-active = { $active } de { $all }
host-network-download = Descargar en CSV
host-network-previous = Capítulos anteriores
host-network-more = Más capítulos

## Webhooks

host-settings-integrations = Integraciones
host-settings-integrations-intro = Avisa a tu web, tu chat o tu herramienta de boletines cuando pase algo en este capítulo.
host-settings-widget = Un widget para tu sitio web
host-settings-widget-intro = Pega uno de estos en tu sitio web: muestra las próximas noches del capítulo con los lugares libres y un enlace para reservar.
host-settings-widget-script = Con un script (recomendado)
host-settings-widget-iframe = Sin scripts (un iframe)
host-settings-widget-hint = Añade data-accent="#1f5fbf" al script, o ?accent=1f5fbf a la dirección del iframe, para usar tu color (el texto blanco debe seguir siendo legible), y data-lang o ?lang= para otro idioma.
host-webhooks-title = Webhooks
host-webhooks-intro = Un webhook envía cada evento que elijas a la dirección de tu receptor, firmado con su secreto, y lo reintenta durante un día más o menos si el receptor no responde.
host-webhooks-none = Aún no hay webhooks.
host-webhooks-add = Añadir un webhook
host-webhook-url = Dirección del receptor
host-webhook-url-hint = Una dirección https:// pública. Se rechazan las direcciones de una red privada.
host-webhook-description = Para qué sirve (opcional)
host-webhook-events = Eventos
host-webhook-status = Estado
host-webhooks-verify = Comprobar la firma
host-webhooks-verify-intro = Cada envío lleva una cabecera Failnight-Signature: la hora del envío y un HMAC-SHA256 de esa hora, un punto y el cuerpo, con el secreto como clave. Recalcúlalo sobre el cuerpo tal cual y rechaza horas antiguas, por ejemplo en Python:
host-webhook-title = Webhook
host-webhook-secret = Secreto de firma
host-webhook-secret-once = Copia el secreto ahora: solo se muestra esta vez.
host-webhook-resume = Reactivar
host-webhook-pause = Pausar
host-webhook-roll = Nuevo secreto
host-webhook-deliveries = Últimos envíos
host-webhook-no-deliveries = Todavía no se ha enviado nada.
host-webhook-when = Cuándo
host-webhook-event = Evento
host-webhook-outcome = Resultado
host-webhook-answer = Respuesta
host-webhook-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
  }
host-webhook-details = Detalles
host-webhook-payload = Enviado:
host-webhook-response = Respuesta:
host-webhook-redeliver = Enviar de nuevo
host-webhook-redelivering = Lo estamos enviando de nuevo.
host-webhook-remove-title = Quitar este webhook
host-webhook-remove-intro = Sus envíos se borran con él y no se envía nada más.
host-webhook-remove = Quitar el webhook
host-webhook-active = Activo
host-webhook-failing = Activo, { $count ->
    [one] { $count } intento fallido
   *[other] { $count } intentos fallidos
  } seguidos
host-webhook-paused-failing = En pausa desde el { $when } tras fallar una y otra vez
host-webhook-paused-by-host = Pausado por un anfitrión el { $when }
host-webhook-delivered = Entregado el { $when }
host-webhook-failed = Falló el { $when }
host-webhook-sending = Enviándose ahora
host-webhook-waiting = En espera
host-webhook-retrying = Nuevo intento el { $when }
host-webhook-kind-night-published = Se publica una noche
host-webhook-kind-night-changed = Cambia una noche
host-webhook-kind-night-cancelled = Se cancela una noche
host-webhook-kind-rsvp-confirmed = Un invitado tiene lugar
host-webhook-kind-rsvp-waitlisted = Un invitado entra en la lista de espera
host-webhook-kind-rsvp-cancelled = Se cancela el lugar de un invitado
host-webhook-kind-rsvp-checked-in = Un invitado entra
host-webhook-kind-story-submitted = Llega una historia
host-webhook-kind-story-decided = Se decide una historia
host-webhook-kind-lesson-published = Se publica una lección
host-audit-webhook-added = webhook añadido
host-audit-webhook-paused = webhook pausado
host-audit-webhook-resumed = webhook reactivado
host-audit-webhook-secret = secreto del webhook cambiado
host-audit-webhook-removed = webhook quitado
host-audit-webhook-redelivered = envío del webhook repetido

## Reportes de conducta

host-nav-reports = Reportes
host-reports-title = Reportes de conducta
host-reports-intro = Reportes sobre el código de conducta, desde el formulario enlazado en la página de cada noche y en cada entrada. Solo las personas responsables del capítulo los ven; cada uno se borra un año después de recibirlo.
host-reports-none = No hay reportes.
host-report-when = Recibido
host-report-night = Noche
host-report-status = Estado
host-report-title = Reporte de conducta
host-report-from = De
host-report-what = Qué pasó
host-report-note = Nota de responsables
host-report-note-hint = Solo para responsables: qué hicieron, con quién hablaron.
host-report-anonymous = Anónimo
host-report-status-new = Nuevo
host-report-status-in-progress = En curso
host-report-status-closed = Cerrado
host-audit-conduct-report-updated = reporte de conducta actualizado
