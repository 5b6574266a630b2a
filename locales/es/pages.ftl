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
