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
event-going = { $going ->
    [one] { $going } vai
   *[other] { $going } vão
}
event-be-first = { $capacity } lugares · reserve antes de todo mundo
event-get-ticket = Garantir ingresso
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

## The front page (templates/pages/index.html)
index-heading = Noites do fracasso
index-intro = Três ou quatro pessoas contam, cada uma em menos de sete minutos, a história de um fracasso profissional. Depois, perguntas e uma bebida.
index-no-chapters = Ainda não há grupos.
index-chapters = Grupos

## A chapter's page (templates/pages/chapter.html)
chapter-page-title = { $chapter } · noites do fracasso
chapter-lessons-feed-title = Lições de { $chapter }
chapter-every-month = Todo mês:
chapter-speak-question = Você já fracassou no trabalho e aprendeu com isso?
chapter-speak-link = Conte sua história em uma das próximas noites
chapter-subscribe = Assinar o calendário
chapter-subscribe-hint = (todas as noites, sempre atualizado)
chapter-ics-feed = feed .ics
chapter-json-feed = JSON Feed
feed-nights-title = Noites de { $chapter }
feed-night-cancelled = Cancelada: { $title }
chapter-upcoming = Próximas noites
chapter-no-upcoming = Ainda não há noites anunciadas. Volte em breve.
chapter-night-when = { $date }, { $time }
chapter-badge-cancelled = Cancelada
chapter-badge-moved = Remarcada: nova data
chapter-badge-full = Lotada: lista de espera aberta
chapter-past = Noites anteriores
chapter-lessons = O que aprendemos
chapter-no-lessons = Depois de cada noite, quem se apresentou pode compartilhar aqui a lição da sua história.
chapter-all-lessons = Todas as lições de { $chapter }
chapter-atom-feed = Feed Atom
chapter-timezone = Os horários estão no fuso { $zone }.


## Ticket choices on the night's page (crates/gateway/src/pages.rs)
ticket-choice-paid = { $ticket } · { $price }
ticket-choice-pwyw = { $ticket } · pague quanto quiser, a partir de { $price }

## A guest's ticket (templates/pages/ticket.html)
ticket-page-title = Seu ingresso
ticket-heading-confirmed = Seu ingresso
ticket-heading-waitlisted = Você está na lista de espera
ticket-heading-offered = Tem um lugar livre para você
ticket-heading-held = Conclua o pagamento
ticket-heading-pending = Aguardando aprovação
ticket-heading-cancelled = Cancelado
ticket-heading-declined = Não aprovado
# The sentence goes on with a link to the night (its title).
ticket-status-confirmed = { $name }, você tem um lugar em
ticket-status-checked-in = { $name }, sua entrada foi registrada em
ticket-status-waitlisted = { $name }, você está na lista de espera de
ticket-status-waitlisted-number = { $name }, você está na lista de espera (número { $position }) de
ticket-status-offered = { $name }, oferecemos um lugar para você em
ticket-status-offered-until = { $name }, oferecemos um lugar para você até { $until } em
ticket-status-held = { $name }, seu lugar fica reservado enquanto você paga o ingresso de
ticket-status-pending = { $name }, os organizadores ainda precisam aprovar sua inscrição em
ticket-status-cancelled = { $name }, seu lugar foi cancelado em
ticket-status-declined = { $name }, os organizadores não conseguiram te dar um lugar em
ticket-plus-ones = { $count ->
    [one] (com { $count } convidado)
   *[other] (com { $count } convidados)
}
ticket-paid-confirming = Obrigado: estamos confirmando seu pagamento. Recarregue a página daqui a pouco.
ticket-qr-label = Código QR do seu ingresso, para mostrar na entrada
ticket-show-at-door = Mostre isto na entrada.
ticket-short-code = Se não escanear, a portaria pode digitar:
ticket-share-night = Compartilhar a noite
ticket-waitlist-hint = Se um lugar vagar, mandamos um e-mail na hora.
ticket-accept = Aceitar o lugar
ticket-pay-now = Pagar agora
ticket-pay-hint = na página da Stripe; seu lugar fica reservado enquanto isso.
ticket-live-before = Na noite:
ticket-live-link = faça uma pergunta a quem se apresenta
ticket-live-after = do seu lugar.
ticket-cancel-link = Não vai poder ir? Libere seu lugar

## Confirming a ticket action (templates/pages/ticket_action.html)
ticket-action-back = Voltar ao seu ingresso
ticket-cancel-heading = Não vai poder ir?
ticket-cancel-question = Liberar seu lugar em { $night }? Isso não pode ser desfeito.
ticket-cancel-to-waitlist = A primeira pessoa da lista de espera fica com ele.
ticket-cancel-back-on-sale = Ele volta a ficar livre para quem quiser.
ticket-cancel-keep = Não, manter meu lugar
ticket-cancel-button = Sim, liberar meu lugar
ticket-cancel-started-heading = A noite já começou
ticket-cancel-started = Esta noite já começou: não é mais possível cancelar lugares por aqui. Fale com os organizadores na entrada.
ticket-cancel-nothing-heading = Nada para cancelar
ticket-cancel-nothing = Este ingresso não tem nenhum lugar para liberar.
ticket-refund-amount = Vamos reembolsar { $amount } no seu cartão; o valor aparece em alguns dias.
ticket-refund-policy = Os ingressos desta noite não são reembolsados quando você cancela.
ticket-refund-started = Os ingressos não são reembolsados depois que a noite começa.
ticket-refund-cutoff = { $hours ->
    [one] Ingressos cancelados com menos de { $hours } hora de antecedência não são reembolsados.
   *[other] Ingressos cancelados com menos de { $hours } horas de antecedência não são reembolsados.
}
ticket-accept-message = Um lugar em { $night } é seu se você aceitar agora.
ticket-accept-none-heading = Nenhuma oferta aberta
ticket-accept-none = Este ingresso não tem nenhuma oferta aberta.
ticket-still-heading = Você ainda vem?
ticket-still-message = Obrigado por avisar que você ainda vem para { $night }.
ticket-still-button = Sim, eu vou
ticket-still-none-heading = Sem lugar
ticket-still-none = Este ingresso não tem nenhum lugar para manter.

## Unsubscribing (templates/pages/unsubscribe.html); the address comes first, in bold.
unsubscribe-title = E-mails de { $chapter }
unsubscribe-off = não recebe mais lembretes nem mensagens de { $chapter }.
unsubscribe-still = Você continua recebendo o essencial: confirmações e avisos se uma noite que você reservou for remarcada ou cancelada.
unsubscribe-again = Voltar a receber lembretes e mensagens
unsubscribe-on = recebe lembretes antes das noites e mensagens dos organizadores de { $chapter }.
unsubscribe-stop = Não quero mais lembretes nem mensagens

## Error pages (templates/pages/error.html)
error-back = Voltar à página inicial

## What a ticket's QR code opens (templates/pages/scan.html)
scan-page-title = Ingresso
scan-heading = Um ingresso para { $night }
scan-hint = Este código é registrado na entrada: mostre-o lá na noite do evento.
scan-staff = Equipe da entrada:
scan-sign-in = entre
scan-staff-after = para registrar este ingresso.

## O widget do capítulo, em outros sites

widget-heading = Próximas noites do fracasso de { $chapter }
widget-none = Nenhuma noite está planejada ainda.
widget-more = Todas as noites do capítulo
widget-when = { $date }, { $time }
widget-full = Lotado
widget-book = Reservar lugar
widget-join-waitlist = Entrar na lista de espera

## O código de conduta e as denúncias

event-accept-coc = Aceito o código de conduta desta noite.
event-coc-read = Ler o código de conduta
event-coc = Código de conduta
event-coc-of = O código de conduta de { $chapter }
event-report = Relatar um problema, em sigilo
report-title = Relatar um problema
report-intro = Conte à organização de { $chapter } o que aconteceu. Só as pessoas responsáveis pelo capítulo leem.
report-urgent = Se alguém estiver em perigo agora, ligue primeiro para os serviços de emergência.
report-body = O que aconteceu?
report-body-hint = Quando e onde, quem estava envolvido, o que você viu ou ouviu. Até 5.000 caracteres.
report-night = Qual noite?
report-no-night = Não é sobre uma noite
report-contact = Como falar com você (opcional)
report-anonymous = Deixe os dois em branco para ficar anônimo. Com um endereço, a organização pode responder.
report-name = Seu nome
report-email = Seu e-mail
report-send = Enviar o relato
report-sent = Obrigado. Seu relato chegou às pessoas responsáveis pelo capítulo, e só a elas.
report-back = Voltar para { $chapter }
report-coc-of = O código de conduta de { $chapter }
