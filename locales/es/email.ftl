# Every email: subjects, text and HTML bodies, calendar texts (es, tú, Ciudad de México). See locales/README.md.
# Keys: mail-<email>-… ; mail-… alone for what several emails share.

## Shared by several emails
mail-hi = Hola, { $name }:
mail-hello = Hola:
mail-when = Cuándo:
mail-where = Dónde:
mail-map = Mapa:
mail-map-link = mapa
mail-open-ticket = Abrir tu entrada
mail-your-ticket = Tu entrada
mail-ticket-qr = Tu entrada (muestra el código QR en la puerta):
mail-waitlist-ticket = Tu entrada de lista de espera
mail-free-seat = ¿Al final no puedes venir? Libera tu lugar desde la página de tu entrada para que lo ocupe alguien de la lista de espera.
mail-see-you = ¡Nos vemos allá!
mail-thank-you = Gracias,
mail-calendar-removed = La cancelación adjunta quita la noche de tu calendario.
mail-moved-from = Estaba prevista para el { $before }.
mail-your-page = Tu página:
mail-unsubscribe = No quiero más recordatorios ni mensajes de { $chapter }
# A guest's party: nothing for one person, else how many come along.
mail-with-guests = { $count ->
    [0] {""}
    [one] {" "}(con tu acompañante)
   *[other] {" "}(con tus { $count } acompañantes)
}

## The frame of guests' emails (layout.html)
mail-layout-header = { $chapter } · noche de fracasos
mail-layout-footer = Recibes este correo porque te registraste en { $url }.

## The frame of speakers' emails (story_layout.html)
mail-story-layout-header = { $chapter } · convocatoria de historias
mail-story-layout-button = Abrir la página de tu historia
mail-story-layout-footer = Recibes este correo porque enviaste una historia a { $chapter }. Tu página (no compartas el enlace): { $link }

## rsvp_confirmed
mail-confirmed-subject = Tienes lugar: { $title }, { $date }
mail-confirmed-title = Tienes lugar: { $title }
mail-confirmed-body = Tienes un lugar en { $title }.
mail-confirmed-calendar = Agrégala a tu calendario: la invitación va adjunta (invite.ics), o bien

## rsvp_offered
mail-offered-subject = Se liberó un lugar para ti: { $title }, { $date }
mail-offered-subject-approved = Te aprobaron; paga para confirmar: { $title }, { $date }
mail-offered-title = Se liberó un lugar para ti: { $title }
mail-offered-approved = Los anfitriones aprobaron tu lugar en { $title }{ $guests }.
mail-offered-approved-deadline = Te lo guardamos hasta el { $deadline }: acéptalo y paga en la caja para confirmarlo; después pasa a la siguiente persona.
mail-offered-freed = Se liberó un lugar en { $title } y es tuyo si lo quieres{ $guests }.
mail-offered-deadline = Acéptalo antes del { $deadline }; después pasa a la siguiente persona de la lista de espera.
mail-offered-accept = Aceptar el lugar
mail-offered-not-coming = ¿Al final no vienes?
mail-offered-free-place = Libera tu lugar

## rsvp_cancelled
mail-cancelled-subject = Cancelado: tu lugar en { $title }, { $date }
mail-cancelled-title = Cancelado: { $title }
mail-cancelled-by-host = Los anfitriones cancelaron tu lugar en { $title } ({ $when }).
mail-cancelled-by-guest = Tu lugar en { $title } ({ $when }) quedó cancelado, como pediste.
mail-cancelled-other-nights = Otras noches:
# What a cancelled paid ticket gets back (crates/app/src/services/ticketing.rs).
mail-refund-amount = Te devolvemos { $amount } a tu tarjeta; lo verás en unos días.
mail-refund-policy = Las entradas de esta noche no se reembolsan si las cancelas tú.
mail-refund-started = Las entradas no se reembolsan una vez que la noche empezó.
mail-refund-cutoff = { $hours ->
    [one] Las entradas canceladas menos de { $hours } hora antes de la noche no se reembolsan.
   *[other] Las entradas canceladas menos de { $hours } horas antes de la noche no se reembolsan.
}
mail-refund-too-late = Tu pago llegó cuando ya había vencido la reserva de tu lugar y la noche está llena, así que te devolvemos { $amount }.

## rsvp_offer_expired
mail-expired-subject = Tu oferta venció: { $title }, { $date }
mail-expired-title = Tu oferta venció: { $title }
mail-expired-body = No aceptaste a tiempo el lugar que te ofrecimos en { $title }, así que pasó a la siguiente persona de la lista de espera.

## rsvp_pending
mail-pending-subject = Esperando aprobación: { $title }, { $date }
mail-pending-title = Esperando aprobación: { $title }
mail-pending-body = Gracias por registrarte en { $title } ({ $when }). Los anfitriones aprueban a cada asistente de esta noche; te escribiremos cuando lo hagan.
mail-pending-link = Tu registro

## rsvp_declined
mail-declined-subject = Tu registro en { $title }, { $date }
mail-declined-title = Tu registro en { $title }
mail-declined-body = Lo sentimos: los anfitriones no pudieron darte un lugar en { $title } ({ $when }).

## rsvp_reconfirm
mail-reconfirm-subject = ¿Sigues viniendo? { $title }, { $date }
mail-reconfirm-title = ¿Sigues viniendo? { $title }
mail-reconfirm-body = Ya se acerca { $title }: { $when } en { $location }.
mail-reconfirm-ask = ¿Sigues viniendo? Si no, por favor libera tu lugar: se lo damos a alguien de la lista de espera.
mail-reconfirm-yes = Sí, voy
mail-reconfirm-no = No, no puedo ir

## rsvp_held
mail-held-subject = Paga para confirmar tu lugar: { $title }, { $date }
mail-held-title = Paga para confirmar tu lugar: { $title }
mail-held-body = Te guardamos tu lugar en { $title }{ $guests } durante 30 minutos mientras pagas. Cuando pagues, te llega la entrada por correo; si no pagas en ese tiempo, el lugar pasa a la siguiente persona.
mail-held-pay = Pagar ahora
mail-held-ticket-page = La página de tu entrada
mail-held-ticket-page-note = (ahí también está el enlace para pagar)

## rsvp_again
mail-again-subject = Tu lugar en { $title }, { $date }
mail-again-title = Tu lugar en { $title }
mail-again-body = Alguien, seguramente tú, acaba de registrarse en { $title } ({ $when }) con esta dirección de correo. Ya tienes un lugar: { $standing }. No se registró nada nuevo.
mail-again-not-you = ¿No fuiste tú? No tienes que hacer nada: el enlace solo llega a esta dirección.
mail-again-standing-seat = tienes un lugar
mail-again-standing-waitlist = estás en la lista de espera
mail-again-standing-offered = te ofrecemos un lugar hasta el { $deadline }: acéptalo en la página de tu entrada
mail-again-standing-held = te guardamos el lugar mientras pagas: la página de tu entrada te lleva de vuelta al pago
mail-again-standing-pending = tu registro espera la aprobación de los anfitriones
mail-again-standing-none = no tienes lugar

## rsvp_waitlisted
mail-waitlisted-subject = Estás en la lista de espera: { $title }, { $date }
mail-waitlisted-title = Estás en la lista de espera: { $title }
mail-waitlisted-body = { $title } está lleno, así que quedaste en la lista de espera.
mail-waitlisted-body-position = { $title } está lleno, así que quedaste en la lista de espera (número { $position }).
mail-waitlisted-next = Si se libera un lugar, te escribimos enseguida.

## event_updated
mail-updated-subject = Cambio: { $title } ahora es el { $date }
mail-updated-title = Cambio: { $title }
mail-updated-body = { $title } cambió. Así queda el dónde y el cuándo:
mail-updated-kept = Conservas tu lugar. La invitación actualizada va adjunta: ábrela para actualizar tu calendario.
mail-updated-free = ¿No puedes en el nuevo horario? Libera tu lugar desde la página de tu entrada para que lo ocupe alguien de la lista de espera.
mail-updated-waitlist = Sigues en la lista de espera.

## event_cancelled
mail-night-cancelled-subject = Cancelada: { $title }, { $date }
mail-night-cancelled-body = Lo sentimos: { $title } del { $when } quedó cancelada.
mail-night-cancelled-waitlist = Estabas en su lista de espera; no tienes que hacer nada.
mail-night-cancelled-other = Otras noches de { $chapter }

## reminder
mail-reminder-subject = Recordatorio: { $title }, { $at }
mail-reminder-title = Recordatorio: { $title }
mail-reminder-body = Te recordamos que tienes un lugar en { $title }.
mail-reminder-why = Recibes recordatorios porque te registraste.

## message (a host's words to the guests)
mail-message-about = Sobre

## feedback_request
mail-feedback-subject = ¿Qué tal { $title }? Dos minutos para contarnos
mail-feedback-title = ¿Qué tal { $title }?
mail-feedback-thanks = Gracias por venir a { $title } el { $date }.
mail-feedback-ask = Las personas que hablaron compartieron algo difícil. ¿Les cuentas qué significó para ti? Una calificación por charla, unas palabras para quien habló, lo que te llevas: todo es opcional y toma dos minutos. Un anfitrión lee cada comentario antes que quien habló, y nunca ven tu nombre.
mail-feedback-button = Dar tu opinión
mail-feedback-link = Tu opinión:
mail-feedback-closes = Puedes cambiar tus respuestas hasta el { $closes }.
mail-feedback-why = Recibes este correo porque estuviste en { $title }.

## sign_in
mail-sign-in-subject = Tu enlace para entrar a failnight
mail-sign-in-title = Tu enlace para entrar
mail-sign-in-button = Entrar a failnight
mail-sign-in-open = abre este enlace para entrar a failnight como anfitrión:
mail-sign-in-once = El enlace sirve una sola vez, durante 15 minutos. Si no lo pediste, ignora este correo: nadie puede entrar sin él.

## host_invite
mail-invite-subject = { $role ->
    [owner] Ahora eres responsable de { $chapter } en failnight
    [door] Ahora estás en el equipo de la puerta de { $chapter } en failnight
   *[host] Ahora eres anfitrión de { $chapter } en failnight
}
mail-invite-title = { $chapter } en failnight
mail-invite-added = { $role ->
    [owner] Te agregaron como responsable de { $chapter } en failnight.
    [door] Te agregaron al equipo de la puerta de { $chapter } en failnight.
   *[host] Te agregaron como anfitrión de { $chapter } en failnight.
}
mail-invite-sign-in = Entra con esta dirección de correo aquí: te mandamos un enlace, sin contraseña.

## host_story_alert
mail-alert-subject-unconfirmed = Una persona de { $chapter } no ha confirmado su charla
mail-alert-subject-withdrawn = Retiraron una charla de { $night }
mail-alert-unconfirmed = { $days ->
    [one] “{ $title }” ({ $speaker }) se aceptó hace un día; le enviamos un recordatorio y todavía no confirma. Quizás quieras escribirle o darle el espacio a alguien más.
   *[other] “{ $title }” ({ $speaker }) se aceptó hace { $days } días; le enviamos un recordatorio y todavía no confirma. Quizás quieras escribirle o darle el espacio a alguien más.
}
mail-alert-withdrawn = { $speaker } retiró “{ $title }”; la charla ya no está en el programa de { $night }.
mail-alert-open = Abrir en las páginas de anfitriones

## story_received
mail-received-subject = Recibimos tu historia para { $chapter }
mail-received-title = Recibimos tu historia
mail-received-thanks = Gracias por enviarnos “{ $title }”. Los anfitriones de { $chapter } leen cada historia y te escribirán cuando lo hayan decidido.
mail-received-page = Tu página privada muestra en qué estado está tu historia. Ahí puedes editarla hasta que haya una decisión, cambiar lo que se puede publicar, retirarla o borrar todo lo que nos enviaste.
mail-received-keep = No compartas este enlace: cualquiera que lo tenga puede ver y cambiar tu historia.

## story_reminder
mail-story-reminder-subject = Acción necesaria: confirma tu charla en { $chapter }
mail-story-reminder-title = Confirma tu charla, por favor
mail-story-reminder-body = Hace unos días aceptamos “{ $title }” para { $chapter } y todavía no sabemos nada de ti. Confirma que quieres dar la charla, o avísanos si no puedes, para que podamos armar el programa.

## story_decision
mail-decision-subject-accepted = Acción necesaria: confirma tu charla en { $chapter }
mail-decision-subject-rejected = Sobre tu historia para { $chapter }
mail-decision-subject-waitlisted = Tu historia para { $chapter } está en nuestra lista de espera
mail-decision-confirm = Confirma (o rechaza) tu charla en tu página.
mail-decision-confirm-here = Confirma (o rechaza) tu charla aquí:
# Our texts when the hosts wrote none; { $name } and the others become {name}-style placeholders hosts see.
mail-decision-default-accepted =
    Hola, { $name }:

    ¡Nos encantaría escuchar «{ $title }» en { $chapter }! Confirma en tu página que quieres participar (o avísanos si no puedes): { $link }

    En cuanto confirmes, incluimos tu charla en el programa de una noche y te enviamos una invitación de calendario con tu hora de llegada.
mail-decision-default-rejected =
    Hola, { $name }:

    gracias por confiarnos «{ $title }». Tenemos más historias que noches y esta vez no la incluiremos en el programa. Eso no dice nada sobre el valor de tu historia.

    Tu página seguirá disponible un tiempo: { $link }
mail-decision-default-waitlisted =
    Hola, { $name }:

    gracias por «{ $title }». Nos gustaría dejarla en nuestra lista de espera para una próxima noche de { $chapter }: te escribiremos cuando se libere un lugar. Todavía puedes editarla o retirarla en tu página: { $link }

## story_status
mail-status-subject-confirmed = Gracias: tu charla en { $chapter } está confirmada
mail-status-subject-declined = Tu respuesta a { $chapter }
mail-status-subject-withdrawn = Retiraste tu historia de { $chapter }
mail-status-title = Tu historia
mail-status-confirmed = Gracias por confirmar “{ $title }”. La pondremos en el programa de una noche y te mandaremos una invitación de calendario con tu hora de llegada. Hasta la noche puedes cambiar en tu página lo que se puede publicar (fotos, grabación, diapositivas).
mail-status-declined = Gracias por avisarnos que esta vez no puedes presentar “{ $title }”. Quizás en otra ocasión: la convocatoria de historias sigue abierta.
mail-status-withdrawn = Retiraste “{ $title }”. No pasa nada; no se publicará nada de ella. En tu página puedes borrar todo lo que nos enviaste.

## speaker_night
mail-speaker-subject-placed = Hablas en { $night }, { $date }
mail-speaker-subject-updated = Cambio: { $night } ahora es el { $date }
mail-speaker-subject-reminder = Recordatorio: hablas en { $night }, { $date }
mail-speaker-subject-cancelled = Cancelada: { $night }, { $date }
mail-speaker-subject-removed = Tu charla ya no está en el programa de { $night }
mail-speaker-placed = Tu charla “{ $title }” está en el programa de { $night }. La invitación va adjunta.
mail-speaker-updated = { $night }, donde cuentas “{ $title }”, cambió. La invitación actualizada va adjunta.
mail-speaker-reminder = Te recordamos: cuentas “{ $title }” en { $night }. Gracias por compartir tu historia.
mail-speaker-cancelled = Lo sentimos: { $night } del { $when } quedó cancelada. La cancelación adjunta la quita de tu calendario. Te escribiremos para ver otra noche para “{ $title }”.
mail-speaker-removed = Los anfitriones sacaron “{ $title }” del programa de { $night }; te escribirán para ver otra noche. La cancelación adjunta quita la noche de tu calendario.
mail-speaker-call-time = Tu hora de llegada: { $time } (llega a esa hora, antes de que abran las puertas)
mail-speaker-run = Programa de la noche:
# First in the DESCRIPTION of a speaker's calendar invite.
mail-speaker-ics-note = Hablas: “{ $title }”. Tu hora de llegada: { $time }.

## Labels before a link in the text parts
mail-your-ticket-text = Tu entrada:
mail-waitlist-ticket-text = Tu entrada de lista de espera:
mail-unsubscribe-text = No quiero más recordatorios ni mensajes de { $chapter }:
mail-offered-accept-text = Aceptar el lugar:
mail-offered-free-place-text = ¿Al final no vienes? Libera tu lugar:
mail-pending-link-text = Tu registro:
mail-reconfirm-yes-text = Sí, voy:
mail-reconfirm-no-text = No, no puedo ir:
mail-held-pay-text = Pagar ahora:
mail-held-ticket-page-text = La página de tu entrada (ahí también está el enlace para pagar):
mail-night-cancelled-other-text = Otras noches de { $chapter }:
mail-message-about-text = Sobre { $title }:

## Un webhook pausado tras fallar una y otra vez

mail-webhook-paused-subject = Un webhook de { $chapter } está en pausa
mail-webhook-paused = tu webhook a { $url } falló una y otra vez, así que lo pausamos.
mail-webhook-paused-kept = No se pierde nada: sus envíos esperan y salen en cuanto lo reactives.
mail-webhook-paused-open = Abrir el webhook

## Llegó un reporte de conducta

mail-conduct-report-subject = Un reporte sobre la conducta en { $chapter }
mail-conduct-report = alguien reportó un problema de conducta en { $chapter }. Solo las personas responsables del capítulo pueden leerlo.
mail-conduct-report-open = Leer el reporte
