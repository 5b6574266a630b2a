# pages messages (es). Keys: pages-… ; see locales/README.md.

## La página de la noche (templates/pages/event.html)
event-cancelled = Esta noche se canceló.
event-moved = Cambio de fecha:
event-moved-from = esta noche estaba prevista para el { $before }. Abajo está la nueva hora.
event-when = Cuándo
event-where = Dónde
event-map = Mapa
event-access = Accesibilidad
event-seats = Lugares
event-going = { $going ->
    [one] { $going } va
   *[other] { $going } van
}
event-be-first = { $capacity } lugares · ¡reserva antes que nadie!
event-get-ticket = Conseguir entrada
event-seats-left = { $left ->
    [one] Queda { $left } de { $capacity }
   *[other] Quedan { $left } de { $capacity }
}
event-full = Lleno: puedes anotarte en la lista de espera
event-lineup = Ponentes
event-add-to-calendar = Agregar al calendario:
event-ics-file = archivo .ics
event-not-on-sale = Las entradas para esta noche no están a la venta por ahora. Vuelve a intentarlo más tarde.
event-join-waitlist = Anotarme en la lista de espera
event-rsvp = Confirma tu asistencia
event-tickets = Entradas
event-ticket = Entrada
event-your-price = Tu precio para “{ $ticket }” ({ $currency })
event-your-price-hint = Solo para esta entrada; por ejemplo, 12 o 12.50.
event-your-name = Tu nombre
event-email = Correo electrónico
event-plus-ones = Acompañantes
event-email-use = Te enviamos tu entrada y una invitación de calendario a este correo, y no lo usamos para nada más.
event-paid-hold = Si la entrada es de pago, te enviamos por correo el enlace para pagar en la página de Stripe; mientras tanto te guardamos el lugar 30 minutos.
event-reserve = Reservar mi lugar
event-continue = Continuar
event-over = Esta noche ya terminó.
event-check-your-email = ¡Gracias! Revisa tu correo: te enviamos los siguientes pasos a la dirección que nos diste: tu entrada, tu lugar en la lista de espera o, si la entrada es de pago, el enlace para pagar (te guardamos el lugar 30 minutos). Si ya te habías registrado con ese correo, te reenviamos el enlace de tu entrada.
event-paid = Gracias por tu pago. Stripe lo está confirmando; tu entrada te llega por correo en un momento.
event-checkout-cancelled = Saliste de la página de pago sin pagar. Te guardamos el lugar 30 minutos: en el correo que te enviamos está el enlace para pagar.
event-og-description = { $when } en { $venue }. { $teaser }

## The front page (templates/pages/index.html)
index-heading = Noches de fracasos
index-intro = Tres o cuatro personas cuentan, cada una en menos de siete minutos, la historia de un fracaso profesional. Luego, preguntas y algo de tomar.
index-no-chapters = Todavía no hay capítulos.
index-chapters = Capítulos

## A chapter's page (templates/pages/chapter.html)
chapter-page-title = { $chapter } · noches de fracasos
chapter-lessons-feed-title = Lecciones de { $chapter }
chapter-every-month = Cada mes:
chapter-speak-question = ¿Fracasaste en el trabajo y aprendiste algo?
chapter-speak-link = Cuenta tu historia en una próxima noche
chapter-subscribe = Suscríbete al calendario
chapter-subscribe-hint = (todas las noches, siempre al día)
chapter-ics-feed = feed .ics
chapter-json-feed = JSON Feed
feed-nights-title = Noches de { $chapter }
feed-night-cancelled = Cancelada: { $title }
chapter-upcoming = Próximas noches
chapter-no-upcoming = Aún no hay noches anunciadas. Vuelve pronto.
chapter-night-when = { $date }, { $time }
chapter-badge-cancelled = Cancelada
chapter-badge-moved = Cambió de fecha
chapter-badge-full = Lleno: lista de espera abierta
chapter-past = Noches pasadas
chapter-lessons = Lo que aprendimos
chapter-no-lessons = Después de cada noche, quienes hablaron pueden compartir aquí la lección de su historia.
chapter-all-lessons = Todas las lecciones de { $chapter }
chapter-atom-feed = Feed Atom
chapter-timezone = Los horarios están en { $zone }.


## Ticket choices on the night's page (crates/gateway/src/pages.rs)
ticket-choice-paid = { $ticket } · { $price }
ticket-choice-pwyw = { $ticket } · paga lo que quieras, desde { $price }

## A guest's ticket (templates/pages/ticket.html)
ticket-page-title = Tu entrada
ticket-heading-confirmed = Tu entrada
ticket-heading-waitlisted = Estás en la lista de espera
ticket-heading-offered = Hay un lugar libre para ti
ticket-heading-held = Termina de pagar
ticket-heading-pending = Esperando aprobación
ticket-heading-cancelled = Cancelada
ticket-heading-declined = No aprobada
# The sentence goes on with a link to the night (its title).
ticket-status-confirmed = { $name }, tienes un lugar en
ticket-status-checked-in = { $name }, ya registramos tu llegada a
ticket-status-waitlisted = { $name }, estás en la lista de espera de
ticket-status-waitlisted-number = { $name }, estás en la lista de espera (número { $position }) de
ticket-status-offered = { $name }, te ofrecemos un lugar en
ticket-status-offered-until = { $name }, te ofrecemos un lugar hasta el { $until } en
ticket-status-held = { $name }, apartamos tu lugar mientras pagas tu entrada para
ticket-status-pending = { $name }, los anfitriones todavía tienen que aprobar tu reservación para
ticket-status-cancelled = { $name }, tu lugar está cancelado en
ticket-status-declined = { $name }, los anfitriones no pudieron darte un lugar en
ticket-plus-ones = { $count ->
    [one] (con { $count } acompañante)
   *[other] (con { $count } acompañantes)
}
ticket-paid-confirming = Gracias: estamos confirmando tu pago. Vuelve a cargar la página en un momento.
ticket-qr-label = Código QR de tu entrada, para mostrarlo en la entrada
ticket-show-at-door = Muestra esto en la entrada.
ticket-short-code = Si no se puede escanear, en la entrada pueden escribir:
ticket-share-night = Compartir la noche
ticket-waitlist-hint = Si se libera un lugar, te escribimos de inmediato.
ticket-accept = Aceptar el lugar
ticket-pay-now = Pagar ahora
ticket-pay-hint = en la página de Stripe; mientras tanto, apartamos tu lugar.
ticket-live-before = Esa noche:
ticket-live-link = hazles una pregunta a quienes hablan
ticket-live-after = desde tu asiento.
ticket-cancel-link = ¿No puedes ir? Libera tu lugar

## Confirming a ticket action (templates/pages/ticket_action.html)
ticket-action-back = Volver a tu entrada
ticket-cancel-heading = ¿No puedes ir?
ticket-cancel-question = ¿Liberas tu lugar en { $night }? No se puede deshacer.
ticket-cancel-to-waitlist = Se lo damos a la primera persona de la lista de espera.
ticket-cancel-back-on-sale = Queda libre para quien lo quiera.
ticket-cancel-keep = No, conservar mi lugar
ticket-cancel-button = Sí, liberar mi lugar
ticket-cancel-started-heading = La noche ya empezó
ticket-cancel-started = Esta noche ya empezó: aquí ya no se pueden cancelar lugares. Habla con los anfitriones en la entrada.
ticket-cancel-nothing-heading = Nada que cancelar
ticket-cancel-nothing = Esta entrada no tiene ningún lugar que liberar.
ticket-refund-amount = Te reembolsamos { $amount } a tu tarjeta; lo verás en unos días.
ticket-refund-policy = Las entradas de esta noche no se reembolsan si las cancelas tú.
ticket-refund-started = Las entradas no se reembolsan una vez que la noche empezó.
ticket-refund-cutoff = { $hours ->
    [one] Las entradas canceladas con menos de { $hours } hora de anticipación no se reembolsan.
   *[other] Las entradas canceladas con menos de { $hours } horas de anticipación no se reembolsan.
}
ticket-accept-message = Un lugar en { $night } es tuyo si lo aceptas ahora.
ticket-accept-none-heading = No hay ninguna oferta abierta
ticket-accept-none = Esta entrada no tiene ninguna oferta abierta.
ticket-still-heading = ¿Sigues viniendo?
ticket-still-message = Gracias por avisarnos que sigues viniendo a { $night }.
ticket-still-button = Sí, voy
ticket-still-none-heading = Sin lugar
ticket-still-none = Esta entrada no tiene ningún lugar que conservar.

## Unsubscribing (templates/pages/unsubscribe.html); the address comes first, in bold.
unsubscribe-title = Correos de { $chapter }
unsubscribe-off = ya no recibe recordatorios ni mensajes de { $chapter }.
unsubscribe-still = Sigues recibiendo lo indispensable: confirmaciones y avisos si una noche que reservaste cambia de fecha o se cancela.
unsubscribe-again = Recibir recordatorios y mensajes otra vez
unsubscribe-on = recibe recordatorios antes de cada noche y mensajes de los anfitriones de { $chapter }.
unsubscribe-stop = No quiero más recordatorios ni mensajes

## Error pages (templates/pages/error.html)
error-back = Volver a la página de inicio

## What a ticket's QR code opens (templates/pages/scan.html)
scan-page-title = Entrada
scan-heading = Una entrada para { $night }
scan-hint = Este código se registra en la entrada: muéstralo ahí esa noche.
scan-staff = Personal de la entrada:
scan-sign-in = inicia sesión
scan-staff-after = para registrar esta entrada.

## El widget del capítulo, en otros sitios

widget-heading = Próximas noches de fracasos de { $chapter }
widget-none = Todavía no hay ninguna noche planeada.
widget-more = Todas las noches del capítulo
widget-when = { $date }, { $time }
widget-full = Lleno
widget-book = Reservar plaza
widget-join-waitlist = Apuntarme a la lista de espera

## El código de conducta y los reportes

event-accept-coc = Acepto el código de conducta de esta noche.
event-coc-read = Leer el código de conducta
event-coc = Código de conducta
event-coc-of = El código de conducta de { $chapter }
event-report = Reportar un problema, en privado
report-title = Reportar un problema
report-intro = Cuéntales a quienes organizan { $chapter } lo que pasó. Solo lo leen las personas responsables del capítulo.
report-urgent = Si alguien está en peligro ahora mismo, llama primero a los servicios de emergencia.
report-body = ¿Qué pasó?
report-body-hint = Cuándo y dónde, quién estuvo involucrado, qué viste u oíste. Hasta 5000 caracteres.
report-night = ¿Qué noche?
report-no-night = No es sobre una noche
report-contact = Cómo contactarte (opcional)
report-anonymous = Deja ambos vacíos para quedar en el anonimato. Con una dirección, te pueden responder.
report-name = Tu nombre
report-email = Tu correo electrónico
report-send = Enviar el reporte
report-sent = Gracias. Tu reporte llegó a las personas responsables del capítulo, y solo a ellas.
report-back = Volver a { $chapter }
report-coc-of = El código de conducta de { $chapter }
