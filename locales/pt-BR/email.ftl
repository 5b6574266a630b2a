# Every email: subjects, text and HTML bodies, calendar texts (pt-BR, você). See locales/README.md.
# Keys: mail-<email>-… ; mail-… alone for what several emails share.

## Shared by several emails
mail-hi = Oi, { $name }!
mail-hello = Olá!
mail-when = Quando:
mail-where = Onde:
mail-map = Mapa:
mail-map-link = mapa
mail-open-ticket = Abrir seu ingresso
mail-your-ticket = Seu ingresso
mail-ticket-qr = Seu ingresso (mostre o QR code na entrada):
mail-waitlist-ticket = Seu ingresso da lista de espera
mail-free-seat = Não vai conseguir ir? Libere seu lugar na página do seu ingresso para alguém da lista de espera.
mail-see-you = Até lá,
mail-thank-you = Obrigado,
mail-calendar-removed = O cancelamento anexo tira a noite da sua agenda.
mail-moved-from = Ela estava marcada para { $before }.
mail-your-page = Sua página:
mail-unsubscribe = Não quero mais lembretes nem mensagens de { $chapter }
# A guest's party: nothing for one person, else how many come along.
mail-with-guests = { $count ->
    [0] {""}
    [one] {" "}(com seu acompanhante)
   *[other] {" "}(com seus { $count } acompanhantes)
}

## The frame of guests' emails (layout.html)
mail-layout-header = { $chapter } · noite do fracasso
mail-layout-footer = Você recebe este e-mail porque se inscreveu em { $url }.

## The frame of speakers' emails (story_layout.html)
mail-story-layout-header = { $chapter } · chamada de histórias
mail-story-layout-button = Abrir a página da sua história
mail-story-layout-footer = Você recebe este e-mail porque enviou uma história para { $chapter }. Sua página (não compartilhe o link): { $link }

## rsvp_confirmed
mail-confirmed-subject = Lugar garantido: { $title }, { $date }
mail-confirmed-title = Lugar garantido: { $title }
mail-confirmed-body = Você tem um lugar em { $title }.
mail-confirmed-calendar = Adicione à sua agenda: o convite está anexo (invite.ics), ou

## rsvp_offered
mail-offered-subject = Abriu um lugar para você: { $title }, { $date }
mail-offered-subject-approved = Você foi aprovado, pague para confirmar: { $title }, { $date }
mail-offered-title = Abriu um lugar para você: { $title }
mail-offered-approved = A organização aprovou seu lugar em { $title }{ $guests }.
mail-offered-approved-deadline = Seu lugar fica reservado até { $deadline }: aceite e pague no checkout para confirmar; depois disso ele vai para a próxima pessoa.
mail-offered-freed = Abriu um lugar em { $title } e ele é seu, se você quiser{ $guests }.
mail-offered-deadline = Aceite até { $deadline }; depois disso ele vai para a próxima pessoa da lista de espera.
mail-offered-accept = Aceitar o lugar
mail-offered-not-coming = Não vai mais?
mail-offered-free-place = Libere seu lugar

## rsvp_cancelled
mail-cancelled-subject = Cancelado: seu lugar em { $title }, { $date }
mail-cancelled-title = Cancelado: { $title }
mail-cancelled-by-host = A organização cancelou seu lugar em { $title } ({ $when }).
mail-cancelled-by-guest = Seu lugar em { $title } ({ $when }) foi cancelado, como você pediu.
mail-cancelled-other-nights = Outras noites:
# What a cancelled paid ticket gets back (crates/app/src/services/ticketing.rs).
mail-refund-amount = Estamos devolvendo { $amount } no seu cartão; o valor aparece em alguns dias.
mail-refund-policy = Os ingressos desta noite não são reembolsados quando cancelados pelo participante.
mail-refund-started = Os ingressos não são reembolsados depois que a noite começou.
mail-refund-cutoff = { $hours ->
    [one] Ingressos cancelados a menos de uma hora da noite não são reembolsados.
   *[other] Ingressos cancelados a menos de { $hours } horas da noite não são reembolsados.
}
mail-refund-too-late = Seu pagamento chegou depois que a reserva do seu lugar expirou e a noite está lotada, então vamos devolver { $amount }.

## rsvp_offer_expired
mail-expired-subject = Sua oferta expirou: { $title }, { $date }
mail-expired-title = Sua oferta expirou: { $title }
mail-expired-body = O lugar que oferecemos a você em { $title } não foi aceito a tempo, então foi para a próxima pessoa da lista de espera.

## rsvp_pending
mail-pending-subject = Aguardando aprovação: { $title }, { $date }
mail-pending-title = Aguardando aprovação: { $title }
mail-pending-body = Obrigado pela sua inscrição em { $title } ({ $when }). A organização aprova cada participante desta noite; vamos te avisar por e-mail quando isso acontecer.
mail-pending-link = Sua inscrição

## rsvp_declined
mail-declined-subject = Sua inscrição em { $title }, { $date }
mail-declined-title = Sua inscrição em { $title }
mail-declined-body = Sentimos muito: a organização não conseguiu dar a você um lugar em { $title } ({ $when }).

## rsvp_reconfirm
mail-reconfirm-subject = Você ainda vem? { $title }, { $date }
mail-reconfirm-title = Você ainda vem? { $title }
mail-reconfirm-body = { $title } está chegando: { $when }, em { $location }.
mail-reconfirm-ask = Você ainda vem? Se não, por favor libere seu lugar: alguém da lista de espera fica com ele.
mail-reconfirm-yes = Sim, eu vou
mail-reconfirm-no = Não, não vou conseguir

## rsvp_held
mail-held-subject = Pague para confirmar seu lugar: { $title }, { $date }
mail-held-title = Pague para confirmar seu lugar: { $title }
mail-held-body = Seu lugar em { $title }{ $guests } fica reservado por 30 minutos enquanto você paga. Depois do pagamento, seu ingresso chega por e-mail; se não for pago até lá, o lugar vai para a próxima pessoa.
mail-held-pay = Pagar agora
mail-held-ticket-page = A página do seu ingresso
mail-held-ticket-page-note = (o link de pagamento também está lá)

## rsvp_again
mail-again-subject = Seu lugar em { $title }, { $date }
mail-again-title = Seu lugar em { $title }
mail-again-body = Alguém, provavelmente você, acabou de se inscrever em { $title } ({ $when }) com este endereço de e-mail. Você já tem um lugar: { $standing }. Nada novo foi reservado.
mail-again-not-you = Não foi você? Então não precisa fazer nada: só este endereço recebe o link.
mail-again-standing-seat = você tem um lugar
mail-again-standing-waitlist = você está na lista de espera
mail-again-standing-offered = um lugar está oferecido a você até { $deadline }: aceite na página do seu ingresso
mail-again-standing-held = seu lugar está reservado enquanto você paga: a página do ingresso te leva de volta ao pagamento
mail-again-standing-pending = sua inscrição aguarda a aprovação da organização
mail-again-standing-none = você não tem lugar

## rsvp_waitlisted
mail-waitlisted-subject = Você está na lista de espera: { $title }, { $date }
mail-waitlisted-title = Você está na lista de espera: { $title }
mail-waitlisted-body = { $title } está lotada, então você está na lista de espera.
mail-waitlisted-body-position = { $title } está lotada, então você está na lista de espera (número { $position }).
mail-waitlisted-next = Se abrir um lugar, avisamos você por e-mail na hora.

## event_updated
mail-updated-subject = Mudança: { $title } agora é { $date }
mail-updated-title = Mudança: { $title }
mail-updated-body = { $title } mudou. Veja onde e quando acontece agora:
mail-updated-kept = Seu lugar está mantido. O convite atualizado está anexo: abra para atualizar sua agenda.
mail-updated-free = O novo horário não dá para você? Libere seu lugar na página do seu ingresso para alguém da lista de espera.
mail-updated-waitlist = Você continua na lista de espera.

## event_cancelled
mail-night-cancelled-subject = Cancelada: { $title }, { $date }
mail-night-cancelled-body = Sentimos muito: { $title } de { $when } foi cancelada.
mail-night-cancelled-waitlist = Você estava na lista de espera; não precisa fazer nada.
mail-night-cancelled-other = Outras noites de { $chapter }

## reminder
mail-reminder-subject = Lembrete: { $title }, { $at }
mail-reminder-title = Lembrete: { $title }
mail-reminder-body = Só lembrando que você tem um lugar em { $title }.
mail-reminder-why = Você recebe lembretes porque se inscreveu.

## message (a host's words to the guests)
mail-message-about = Sobre

## feedback_request
mail-feedback-subject = Como foi { $title }? Dois minutos de feedback
mail-feedback-title = Como foi { $title }?
mail-feedback-thanks = Obrigado por ter vindo a { $title } em { $date }.
mail-feedback-ask = Quem falou compartilhou algo difícil. Você pode contar o que isso significou para você? Uma nota por palestra, uma palavra para quem falou, aquilo que você leva: tudo é opcional e leva dois minutos. Alguém da organização lê cada comentário antes de quem falou, e ninguém que falou vê seu nome.
mail-feedback-button = Dar feedback
mail-feedback-link = Seu feedback:
mail-feedback-closes = Você pode mudar suas respostas até { $closes }.
mail-feedback-why = Você recebe este e-mail porque esteve em { $title }.

## sign_in
mail-sign-in-subject = Seu link de acesso ao failnight
mail-sign-in-title = Seu link de acesso
mail-sign-in-button = Entrar no failnight
mail-sign-in-open = abra este link para entrar no failnight como organizador:
mail-sign-in-once = O link funciona uma vez, por 15 minutos. Se você não pediu, ignore este e-mail: ninguém consegue entrar sem ele.

## host_invite
mail-invite-subject = { $role ->
    [owner] Agora você é responsável por { $chapter } no failnight
    [door] Agora você está na equipe da entrada de { $chapter } no failnight
   *[host] Agora você faz parte da organização de { $chapter } no failnight
}
mail-invite-title = { $chapter } no failnight
mail-invite-added = { $role ->
    [owner] Você foi adicionado como responsável por { $chapter } no failnight.
    [door] Você foi adicionado à equipe da entrada de { $chapter } no failnight.
   *[host] Você foi adicionado à organização de { $chapter } no failnight.
}
mail-invite-sign-in = Entre aqui com este endereço de e-mail: enviamos um link para você, sem precisar de senha.

## host_story_alert
mail-alert-subject-unconfirmed = Uma palestra de { $chapter } ainda não foi confirmada
mail-alert-subject-withdrawn = Uma palestra foi retirada de { $night }
mail-alert-unconfirmed = { $days ->
    [one] “{ $title }” ({ $speaker }) foi aceita há um dia, recebeu um lembrete e ainda não foi confirmada. Talvez valha entrar em contato ou passar o horário para outra pessoa.
   *[other] “{ $title }” ({ $speaker }) foi aceita há { $days } dias, recebeu um lembrete e ainda não foi confirmada. Talvez valha entrar em contato ou passar o horário para outra pessoa.
}
mail-alert-withdrawn = { $speaker } retirou “{ $title }”; a palestra saiu da programação de { $night }.
mail-alert-open = Abrir nas páginas da organização

## story_received
mail-received-subject = Recebemos sua história para { $chapter }
mail-received-title = Recebemos sua história
mail-received-thanks = Obrigado por nos enviar “{ $title }”. A organização de { $chapter } lê cada história e vai escrever para você quando decidir.
mail-received-page = Sua página privada mostra em que pé está sua história. Lá você pode editá-la até a decisão, mudar o que pode ser publicado, retirá-la ou apagar tudo o que nos enviou.
mail-received-keep = Não compartilhe este link: quem tiver o link pode ver e mudar sua história.

## story_reminder
mail-story-reminder-subject = Ação necessária: lembrete para confirmar sua palestra em { $chapter }
mail-story-reminder-title = Confirme sua palestra, por favor
mail-story-reminder-body = Há alguns dias aceitamos “{ $title }” para { $chapter } e ainda não tivemos resposta. Confirme que você quer falar, ou avise se não puder, para podermos montar a programação.

## story_decision
mail-decision-subject-accepted = Ação necessária: confirme sua palestra em { $chapter }
mail-decision-subject-rejected = Sobre sua história para { $chapter }
mail-decision-subject-waitlisted = Sua história para { $chapter } está na nossa lista de espera
mail-decision-confirm = Confirme (ou recuse) sua palestra na sua página.
mail-decision-confirm-here = Confirme (ou recuse) sua palestra aqui:
# Our texts when the hosts wrote none; { $name } and the others become {name}-style placeholders hosts see.
mail-decision-default-accepted =
    Olá, { $name }!

    Adoraríamos ouvir “{ $title }” em { $chapter }! Confirme na sua página que você quer falar (ou avise se não puder): { $link }

    Assim que você confirmar, colocamos sua palestra na programação de uma noite e enviamos um convite de calendário com o seu horário de chegada.
mail-decision-default-rejected =
    Olá, { $name }!

    Obrigado por confiar “{ $title }” a nós. Temos mais histórias do que noites e, desta vez, não vamos incluir a sua na programação. Isso não diz nada sobre o valor da sua história.

    Sua página continua disponível por um tempo: { $link }
mail-decision-default-waitlisted =
    Olá, { $name }!

    Obrigado por “{ $title }”. Gostaríamos de mantê-la na nossa lista de espera para uma próxima noite de { $chapter }: escreveremos de novo quando abrir uma vaga. Você ainda pode editá-la ou retirá-la na sua página: { $link }

## story_status
mail-status-subject-confirmed = Obrigado: sua palestra em { $chapter } está confirmada
mail-status-subject-declined = Sua resposta para { $chapter }
mail-status-subject-withdrawn = Sua história foi retirada de { $chapter }
mail-status-title = Sua história
mail-status-confirmed = Obrigado por confirmar “{ $title }”. Vamos colocá-la na programação de uma noite e enviar um convite de agenda com seu horário de chegada. Até a noite, você pode mudar na sua página o que pode ser publicado (fotos, gravação, slides).
mail-status-declined = Obrigado por avisar que desta vez você não pode apresentar “{ $title }”. Quem sabe numa próxima: a chamada de histórias continua aberta.
mail-status-withdrawn = Você retirou “{ $title }”. Tudo bem; nada dela será publicado. Na sua página você pode apagar tudo o que nos enviou.

## speaker_night
mail-speaker-subject-placed = Você fala em { $night }, { $date }
mail-speaker-subject-updated = Mudança: { $night } agora é { $date }
mail-speaker-subject-reminder = Lembrete: você fala em { $night }, { $date }
mail-speaker-subject-cancelled = Cancelada: { $night }, { $date }
mail-speaker-subject-removed = Sua palestra não está mais na programação de { $night }
mail-speaker-placed = Sua palestra “{ $title }” está na programação de { $night }. O convite está anexo.
mail-speaker-updated = { $night }, onde você conta “{ $title }”, mudou. O convite atualizado está anexo.
mail-speaker-reminder = Só lembrando: você conta “{ $title }” em { $night }. Obrigado por compartilhar sua história.
mail-speaker-cancelled = Sentimos muito: { $night } de { $when } foi cancelada. O cancelamento anexo tira a noite da sua agenda. Vamos entrar em contato sobre outra noite para “{ $title }”.
mail-speaker-removed = A organização tirou “{ $title }” da programação de { $night }; vamos entrar em contato sobre outra noite. O cancelamento anexo tira a noite da sua agenda.
mail-speaker-call-time = Seu horário de chegada: { $time } (chegue nesse horário, antes de as portas abrirem)
mail-speaker-run = Programação:
# First in the DESCRIPTION of a speaker's calendar invite.
mail-speaker-ics-note = Você fala: “{ $title }”. Seu horário de chegada: { $time }.

## Labels before a link in the text parts
mail-your-ticket-text = Seu ingresso:
mail-waitlist-ticket-text = Seu ingresso da lista de espera:
mail-unsubscribe-text = Não quero mais lembretes nem mensagens de { $chapter }:
mail-offered-accept-text = Aceitar o lugar:
mail-offered-free-place-text = Não vai mais? Libere seu lugar:
mail-pending-link-text = Sua inscrição:
mail-reconfirm-yes-text = Sim, eu vou:
mail-reconfirm-no-text = Não, não vou conseguir:
mail-held-pay-text = Pagar agora:
mail-held-ticket-page-text = A página do seu ingresso (o link de pagamento também está lá):
mail-night-cancelled-other-text = Outras noites de { $chapter }:
mail-message-about-text = Sobre { $title }:

## Um webhook pausado depois de falhar várias vezes

mail-webhook-paused-subject = Um webhook de { $chapter } está pausado
mail-webhook-paused = seu webhook para { $url } falhou várias vezes seguidas, então nós o pausamos.
mail-webhook-paused-kept = Nada se perde: os envios dele esperam e saem assim que você o retomar.
mail-webhook-paused-open = Abrir o webhook

## Chegou um relato sobre conduta

mail-conduct-report-subject = Um relato sobre conduta em { $chapter }
mail-conduct-report = alguém relatou um problema de conduta em { $chapter }. Só as pessoas responsáveis pelo capítulo podem ler.
mail-conduct-report-open = Ler o relato
