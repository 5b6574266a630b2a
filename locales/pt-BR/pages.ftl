# pages messages (pt-BR). Keys: pages-… ; see locales/README.md.

## A página da noite (templates/pages/event.html)
event-cancelled = Esta noite foi cancelada.
event-moved = Nova data:
event-moved-from = esta noite estava marcada para { $before }. O novo horário está abaixo.
event-when = Quando
event-where = Onde
event-map = Mapa
event-access = Acessibilidade
event-seats = Lugares
event-seats-left = { $left ->
    [one] Resta { $left } de { $capacity }
   *[other] Restam { $left } de { $capacity }
}
event-full = Lotado: você pode entrar na lista de espera
event-lineup = Palestrantes
event-add-to-calendar = Adicionar à agenda:
event-ics-file = arquivo .ics
event-not-on-sale = Os ingressos para esta noite não estão à venda no momento. Volte mais tarde.
event-join-waitlist = Entrar na lista de espera
event-rsvp = Confirmar presença
event-tickets = Ingressos
event-ticket = Ingresso
event-your-price = Seu preço para “{ $ticket }” ({ $currency })
event-your-price-hint = Só para este ingresso; por exemplo, 12 ou 12,50.
event-your-name = Seu nome
event-email = E-mail
event-plus-ones = Acompanhantes
event-email-use = Enviamos seu ingresso e um convite de agenda para este endereço, e não o usamos para mais nada.
event-paid-hold = Para um ingresso pago, enviamos por e-mail o link para pagar na página da Stripe; seu lugar fica reservado por 30 minutos enquanto isso.
event-reserve = Reservar meu lugar
event-continue = Continuar
event-over = Esta noite já acabou.
event-check-your-email = Obrigado! Confira seu e-mail: enviamos os próximos passos para o endereço informado: seu ingresso, seu lugar na lista de espera ou, para um ingresso pago, o link para pagar (seu lugar fica reservado por 30 minutos). Se você já tinha se inscrito nesta noite com esse endereço, reenviamos o link do seu ingresso.
event-paid = Obrigado pelo pagamento. A Stripe está confirmando; seu ingresso chega por e-mail em instantes.
event-checkout-cancelled = Você saiu da página de pagamento sem pagar. Seu lugar fica reservado por 30 minutos: o e-mail que enviamos tem o link para pagar.
event-og-description = { $when } em { $venue }. { $teaser }
