# nights messages (pt-BR): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).

## The chapter's nights (templates/host/events.html)
host-nights-title = Noites
host-nights-none = Ainda não há noites.
host-nights-col-night = Noite
host-nights-col-when = Quando
host-nights-col-state = Situação
host-nights-col-seats = Lugares
host-nights-new = Nova noite
host-nights-seats-hint = Vazio: a capacidade do local.
host-nights-local-time = Horário local de { $zone }, escrito como { $example }.
host-nights-publish-now = Publicar agora (senão fica como rascunho)
host-nights-create = Criar noite
host-nights-no-venue-before = Primeiro,{" "}
host-nights-no-venue-link = adicione um local
host-nights-no-venue-after = .

## A night's form (the new night and the night's page)
host-night-field-title = Título
host-night-field-description = Descrição
host-night-field-starts = Começa
host-night-field-ends = Termina
host-night-field-venue = Local
host-night-field-seats = Lugares
## A night's state
host-night-status-draft = rascunho
host-night-status-published = publicada
host-night-status-cancelled = cancelada

## A night's page (templates/host/event.html)
host-night-public-page = página pública
host-night-saved = Salvo.
host-night-message-queued = { $count ->
    [one] Mensagem na fila para { $count } pessoa.
   *[other] Mensagem na fila para { $count } pessoas.
}
host-night-counts = { $confirmed } com lugar, { $waitlisted } na espera.
host-night-message-guests = Escrever aos convidados
host-night-door = Entrada
host-night-copy-link = Copiar link
host-night-danger = Cancelar a noite
host-night-danger-hint = Todas as pessoas com lugar recebem um e-mail, e os ingressos pagos são reembolsados por inteiro. Isso não pode ser desfeito.
host-night-cover = Foto de capa
host-night-cover-current = A foto de capa da noite
host-night-cover-none = Ainda não há foto de capa: uma foto do lugar ou de uma noite anterior deixa a página convidativa.
host-night-cover-choose = Foto (JPEG, PNG ou WebP)
host-night-cover-hint = Ela aparece no topo da página da noite, em tamanho de celular e de computador. Localização e dados da câmera são removidos.
host-night-cover-upload = Enviar a foto de capa
host-night-cover-remove = Remover a foto de capa
host-night-feedback = Avaliações
host-night-feedback-line = Avaliações: { $summary }
host-night-feedback-read = Ler as avaliações
host-night-emails = E-mails sobre esta noite: { $sent } enviados, { $queued } na fila, { $retrying } tentando de novo, { $failed } com falha.
host-night-failed-caption = E-mails com falha
host-night-col-to = Para
host-night-col-subject = Assunto
host-night-col-mail-answer = Resposta do servidor de e-mail
host-night-refunds-caption = Reembolsos que a Stripe ainda não aceitou (tentados de novo automaticamente)
host-night-col-amount = Valor
host-night-col-tries = Tentativas
host-night-col-stripe-answer = Resposta da Stripe
host-night-col-next-try = Próxima tentativa
host-night-short-date-time = { $date }, { $time }
host-night-publish = Publicar
host-night-cancel = Cancelar esta noite…
host-night-edit = Editar
host-night-save = Salvar
host-night-tickets = Ingressos
host-night-tickets-free = Inscrição gratuita: os convidados informam nome e e-mail. Adicione tipos de ingresso abaixo para vender ingressos ou para oferecer um gratuito ao lado dos pagos.
host-night-approval = Os anfitriões aprovam cada inscrição (um ingresso pago é pago depois de aprovado)
host-night-refund-policy = Quando um convidado cancela um ingresso pago
host-night-refund-full = reembolso integral
host-night-refund-none = sem reembolso
host-night-save-ticket-options = Salvar opções de ingressos
host-night-new-ticket-type = Novo tipo de ingresso
host-night-payments-off = Ingressos pagos não estão disponíveis: esta instância não tem chaves da Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
host-night-free-without-stripe = Tipos de ingresso gratuitos funcionam sem elas.
host-night-ticket-name = Nome
host-night-ticket-name-hint = por exemplo: Apoiador, Estudante, Gratuito
host-night-ticket-kind = Tipo
host-night-ticket-kind-free = gratuito
host-night-ticket-kind-paid = pago, preço fixo
host-night-ticket-kind-pwyw = pague quanto quiser, a partir de um mínimo
host-night-ticket-price = Preço (o mínimo no pague quanto quiser)
host-night-ticket-price-hint = por exemplo: 15 ou 7,50; deixe vazio se for gratuito
host-night-ticket-currency = Moeda
host-night-ticket-currency-hint = por exemplo: BRL, EUR, USD
host-night-add-ticket-type = Adicionar tipo de ingresso
host-night-ticket-paid = { $name } · { $price }
host-night-ticket-pwyw = { $name } · pague quanto quiser, a partir de { $price }
host-night-speakers = Palestrantes
host-night-lineup-link = Programação e roteiro da noite
host-night-stage-before = Na noite:{" "}
host-night-stage-projector = o projetor
host-night-stage-between = {" "}e{" "}
host-night-stage-control = o controle pelo celular
host-night-stage-after = {""}
host-night-no-talks = Ainda não há palestras na programação.
host-night-col-talk = Palestra
host-night-col-speaker = Palestrante
host-night-col-shown-as = Aparece como
host-night-col-consent = Consentimento (para quem fotografa)
host-night-attendees = Participantes
host-night-download-csv = Baixar em CSV
host-night-first-bookings = As primeiras reservas
host-night-more-bookings = As próximas reservas
host-night-no-rsvps = Ainda não há inscrições.
host-night-col-name = Nome
host-night-col-email = E-mail
host-night-col-status = Situação
host-night-col-booked = Inscrição
host-night-col-actions = Ações
host-night-approve = Aprovar
host-night-approve-who = Aprovar { $name }
host-night-decline = Recusar
host-night-decline-who = Recusar { $name }
host-night-cancel-place = Cancelar…
host-night-cancel-place-who = Cancelar o lugar de { $name }

## A guest's state (the night's guests, the door)
host-rsvp-status-pending = pendente
host-rsvp-status-confirmed = confirmado
host-rsvp-status-waitlisted = na lista de espera
host-rsvp-status-offered = lugar oferecido
host-rsvp-status-held = lugar reservado
host-rsvp-status-checked-in = já entrou
host-rsvp-status-cancelled = cancelado
host-rsvp-status-declined = recusado

## Confirmations before emailing guests (templates/host/confirm.html)
host-night-send-title = { $count ->
    [one] Enviar para { $count } pessoa?
   *[other] Enviar para { $count } pessoas?
}
host-night-send-message = { $count ->
    [one] “{ $subject }” será enviado por e-mail para { $count } pessoa:
   *[other] “{ $subject }” será enviado por e-mail para { $count } pessoas:
}
host-night-send = Enviar
host-night-change-title = Alterar { $title }?
host-night-change-message = { $count ->
    [one] Ao salvar, { $count } pessoa recebe um e-mail sobre a mudança.
   *[other] Ao salvar, { $count } pessoas recebem um e-mail sobre a mudança.
}
host-night-save-and-email = Salvar e avisar
host-night-cancel-title = Cancelar { $title }?
host-night-cancel-message = { $count ->
    [one] Cancelar { $title } envia um e-mail para { $count } pessoa. Não dá para desfazer.
   *[other] Cancelar { $title } envia um e-mail para { $count } pessoas. Não dá para desfazer.
}
host-night-cancel-button = Cancelar a noite
host-night-cancel-rsvp-title = Cancelar o lugar de { $name }?
host-night-cancel-rsvp-message = { $name } ({ $email }) perde o lugar e é avisado por e-mail; o lugar vai para a lista de espera.
host-night-cancel-rsvp-refund = Os { $amount } pagos são reembolsados integralmente.
host-night-cancel-rsvp-button = Cancelar o lugar

## Messaging a night's guests (templates/host/message.html)
host-message-title = Mensagem
host-message-heading = Escrever aos convidados de { $title }
host-message-intro = A mensagem sai como e-mail para cada pessoa, pela caixa de saída. Quem cancelou a inscrição nos lembretes e mensagens de { $chapter } não recebe.
host-message-audience = Quem recebe
host-message-confirmed = Quem tem lugar (ainda não entrou)
host-message-waitlisted = Quem está na lista de espera
host-message-checked-in = Quem veio (registrou a entrada)
host-message-no-show = Quem tinha lugar mas não veio (depois que a noite começou)
host-message-subject = Assunto
host-message-body = Mensagem
host-message-body-hint = Texto simples. Começa com “Olá, {"{"}nome da pessoa{"}"},” e termina com o nome do capítulo.
host-message-preview = Pré-visualizar

## The door (templates/host/door.html, templates/host/door_nights.html)
host-door-title = Entrada
host-door-heading = Entrada: { $title }
host-door-counts-before = {""}
host-door-counts-after = {" "}de { $confirmed } lugares já entraram · { $capacity } lugares no total
host-door-waiting = { $count } na espera
host-door-closed = Esta noite não está aberta na entrada (não foi publicada ou já terminou): a lista é só para leitura.
host-door-scanned = Ingresso escaneado
host-door-check-in-who = Registrar a entrada de { $name }
host-door-check-in = Registrar entrada
host-door-already-in = Já entrou às { $time }.
host-door-no-seat = Este ingresso está { $status }: não há lugar para registrar.
host-door-find-guest = Encontrar um convidado
host-door-find-placeholder = Nome ou e-mail
host-door-find = Buscar
host-door-nobody = Ninguém tem lugar ainda.
host-door-nobody-called = Ninguém chamado “{ $query }” tem lugar.
host-door-show-everyone = Mostrar todos
host-door-everyone = Todos com lugar ({ $count }), por nome
host-door-matching = { $shown } de { $count } convidados correspondem a “{ $query }”
host-door-type-more = Há mais: digite mais do nome.
host-door-col-guest = Convidado
host-door-col-at-door = Na entrada
host-door-walk-in-badge = chegou sem inscrição
host-door-in-at = entrou às { $time }
host-door-speakers = Palestrantes de hoje (o que pode ser publicado, para quem fotografa)
host-door-col-consent = Consentimento
host-door-col-slides = Slides
host-door-ticket-code = Código do ingresso
host-door-code-label = Código ou link do ingresso
host-door-code-hint = Escanear o QR code de um ingresso com a câmera do celular abre esta página com o convidado pronto para entrar; o texto de um app de leitura também funciona aqui.
host-door-code-short = O código curto embaixo do QR code do ingresso (como K7Q-2MX) também funciona.
host-door-walk-in = Chegou sem inscrição
host-door-walk-in-name = Nome
host-door-walk-in-email = E-mail (opcional)
host-door-walk-in-email-hint = Para o lembrete da próxima noite, se a pessoa quiser.
host-door-walk-in-plus-ones = Acompanhantes
host-door-walk-in-add = Adicionar e registrar entrada
host-door-print = Impressa, esta página vira uma lista de papel para a entrada, caso a bateria do celular acabe.
host-door-checked-in = Entrada registrada: { $who }.
host-door-walked-in = Pessoa sem inscrição adicionada e com entrada registrada: { $who }.
host-door-was-already-in = { $who } já tinha entrado, às { $time }.
host-door-not-this-night = Este ingresso não é para esta noite.
host-door-undo = Desfazer
host-door-undone = Entrada desfeita: { $who }.
host-door-mode-open = Modo portaria (funciona sem conexão)
host-door-mode-in = dentro
host-door-mode-welcome = Boas-vindas, { $who }!
host-door-mode-already = { $who } já está dentro, desde { $time }.
host-door-mode-first-elsewhere = Outra porta já tinha registrado { $who } às { $time }.
host-door-mode-unknown = Não está na lista.
host-door-mode-unknown-offline = Não está na lista guardada neste celular (de { $time }).
host-door-mode-synced = Tudo enviado · lista de { $time }
host-door-mode-pending = Ainda não enviado: { $count }
host-door-mode-offline = Sem conexão: as entradas ficam neste celular e são enviadas quando a conexão voltar.
host-door-mode-signed-out = Sessão encerrada: entre de novo para enviar as entradas guardadas neste celular.
host-door-mode-not-synced = ainda não enviado
host-door-mode-scan = Escanear um ingresso
host-door-mode-scan-stop = Parar de escanear
host-door-mode-camera-refused = Não foi possível abrir a câmera: permita nas configurações do navegador ou procure a pessoa pelo nome.
host-door-mode-find-placeholder = Nome
host-door-mode-list = Pessoas com lugar
host-door-mode-leave = Sair do modo portaria (a página completa)
host-door-mode-more = … e mais { $count }: digite mais do nome.
host-door-nights-none = Nenhuma noite publicada está por vir.
host-door-nights-taken = { $taken } / { $capacity } lugares ocupados

## A night's feedback (templates/host/feedback.html)
host-feedback-title = Avaliações
host-feedback-anonymous = Aqui os convidados nunca são identificados.
host-feedback-per-talk = Por palestra
host-feedback-col-average = Nota média
host-feedback-col-ratings = Notas
host-feedback-col-comments = Comentários
host-feedback-col-unread = Para ler
host-feedback-comments = Comentários para os palestrantes
host-feedback-comments-intro = Um palestrante só lê um comentário depois que um anfitrião o libera. Oculte o que magoaria sem ajudar: um comentário oculto nunca chega ao palestrante.
host-feedback-no-comments = Ainda não há comentários.
host-feedback-for-talk = para { $talk }
host-feedback-status-pending = ainda não lido
host-feedback-status-released = liberado
host-feedback-status-hidden = oculto
host-feedback-release = Liberar para o palestrante
host-feedback-hide = Ocultar do palestrante
host-feedback-takeaways = O que os convidados levam da noite
host-feedback-summary = { $responses } de { $checked_in } convidados que entraram responderam{ $rate }
host-feedback-summary-again = ; voltariam: { $yes } sim, { $maybe } talvez, { $no } não
host-feedback-summary-rate = {" "}({ $percent } %)
host-feedback-summary-unread = { $count ->
    [one] ; { $count } comentário para ler
   *[other] ; { $count } comentários para ler
}
host-feedback-summary-end = .
host-feedback-schedule = Os convidados que entraram recebem um e-mail em { $asked }; eles podem responder até { $closes }.
host-feedback-nobody-asked = Nenhum convidado foi consultado ainda.
host-feedback-released = Liberado: o palestrante já pode ler.
host-feedback-hidden = Oculto: o palestrante nunca vai ver.

## A night's turnout (templates/host/turnout.html)
host-night-turnout-line = Esperados na porta: cerca de { $expected } de { $booked } reservas ({ $low }–{ $high }, com 80 % de probabilidade).
host-night-turnout-link = Comparecimento e overbooking
host-night-numbers-link = Esta noite em números
host-night-numbers-title = Esta noite em números
host-night-numbers-door = { $came } na porta ({ $booked } lugares reservados, { $walk_ins } sem reserva). Reservados mas vazios: { $no_shows }. Primeira vez: { $first }; já tinham vindo: { $regulars }.
host-night-numbers-bookings = Reservas ao longo do tempo
host-night-numbers-chart-title = Lugares pedidos, por dias antes da noite
host-night-numbers-chart-desc = As reservas desta noite como linha, as de costume do capítulo como linha tracejada; a tabela abaixo tem os mesmos números.
host-night-numbers-this-legend = Esta noite
host-night-numbers-usual-legend = De costume
host-night-numbers-axis = Dias antes da noite
host-night-numbers-usual = De costume: a média das últimas { $nights } noites do capítulo. Cada reserva conta a partir de quando foi feita, seja qual for o destino dela; sem contar quem veio sem reserva.
host-night-numbers-usual-none = Ainda não há noite anterior do capítulo para comparar.
host-night-numbers-table = Lugares pedidos e lista de espera, por dias antes da noite
host-night-numbers-when = Quando
host-night-numbers-days = { $days ->
    [0] No início
    [one] { $days } dia antes
   *[other] { $days } dias antes
}
host-night-numbers-booked = Esta noite
host-night-numbers-usual-col = De costume
host-night-numbers-waiting = Esperando então
host-night-numbers-waitlist-title = Lista de espera
host-night-numbers-waitlist = { $joined } entraram na lista de espera: { $promoted } conseguiram lugar, { $left } saíram, { $waiting } ainda esperam.
host-turnout-title = Comparecimento
host-turnout-expected = Dos { $booked } lugares reservados, espera-se que cerca de { $expected } cheguem à porta: entre { $low } e { $high }, com 80 % de probabilidade.
host-turnout-nobody = Ninguém reservou ainda, então ninguém é esperado.
host-turnout-prior = Pouco histórico: este capítulo tem menos de { $min } noites passadas em que a porta foi usada. A previsão supõe que { $rate } % dos lugares reservados comparecem, com { $sigma } % de variação de uma noite para outra, e vai aprender com as noites do capítulo conforme elas acontecem.
host-turnout-history = Aprendido com { $nights } noites passadas ({ $seats } lugares reservados): { $rate } % dos lugares reservados compareceram, e as noites variaram cerca de { $sigma } % além do acaso. Um grupo que cancelou no último dia conta como quem não veio.
host-turnout-rates = Quem vem, conforme quando reservou
host-turnout-booked-when = Reservou
host-turnout-rate = Compareceu
host-turnout-lead-early = mais de uma semana antes
host-turnout-lead-week = de 1 a 7 dias antes
host-turnout-lead-last-day = no último dia
host-turnout-advice-title = Overbooking
host-turnout-risk = Risco de vir mais gente do que lugares
host-turnout-risk-option = { $percent } %
host-turnout-show = Mostrar
host-turnout-advice = Com { $capacity } lugares e um risco de { $risk } % de vir mais gente do que lugares, você pode confirmar até { $confirmable } lugares: { $extra } a mais do que cabem.
host-turnout-advice-none = Com { $capacity } lugares e um risco de { $risk } % de vir mais gente do que lugares, não confirme mais lugares do que cabem.
host-turnout-auto-off = Acompanhantes contam como lugares. A lista de espera não passa sozinha da capacidade da noite, a menos que as configurações do capítulo permitam (Lugares e lista de espera).
host-turnout-auto-no-room = O capítulo deixa a lista de espera chegar até o conselho com risco de { $risk } %, mas o local desta noite não tem capacidade informada: informe-a no local e a lista de espera passará da capacidade da noite, nunca da do local.
host-turnout-auto-prior = O capítulo deixa a lista de espera chegar até o conselho com risco de { $risk } % quando tiver { $min } noites próprias com check-in; até lá ela vai até a capacidade da noite.
host-turnout-auto-on = O capítulo deixa a lista de espera chegar até o conselho com risco de { $risk } %, nunca além dos { $room } lugares do local: { $overbooked } lugares acima da capacidade da noite são agora da lista de espera. Acompanhantes contam como lugares.
host-turnout-backtest-title = Quão boa é esta previsão?
host-turnout-backtest = Testada em { $nights ->
        [one] uma noite passada
       *[other] { $nights } noites passadas
    }, cada previsão feita só com as noites anteriores: errou por { $error } pessoas em média, e o número na porta ficou dentro da faixa de 80 % em { $inside } delas ({ $percent } %).
host-turnout-backtest-none = Ainda não testada: são necessárias mais de { $min } noites passadas em que a porta foi usada.
host-turnout-night = Noite
host-turnout-booked = Reservas
host-turnout-forecast = Previsão
host-turnout-range = Faixa de 80 %
host-turnout-came = Na porta

## A night's lineup (templates/host/lineup.html)
host-lineup-title = Programação
host-lineup-call-time = chegada dos palestrantes às { $time }
host-lineup-col-speaker = Palestrante (aparece como)
host-lineup-first-slide = Primeiro slide de { $title }
host-lineup-earlier = Antes
host-lineup-later = Depois
host-lineup-remove = Tirar
host-lineup-run-of-show = Roteiro da noite
host-lineup-available = Palestras confirmadas sem noite
host-lineup-none-available = Nenhuma. Os palestrantes aceitos aparecem aqui quando confirmam.
host-lineup-add = Adicionar a esta noite
host-lineup-slides = { $count ->
    [0] ainda sem slides
    [one] { $count } slide
   *[other] { $count } slides
}
host-consent-note = fotos: { $photos } · gravação: { $recording } · slides: { $slides }
host-consent-yes = sim
host-consent-no = não
host-consent-ask = perguntar antes
host-slides-stage = só no palco
host-slides-published = no palco e publicados depois da noite
host-slides-never = nunca mostrados
host-speaker-anonymous = Palestrante anônimo

## The run-of-show (crates/submissions/src/lineup.rs)
host-run-call = Chegada dos palestrantes
host-run-doors = Abertura das portas
host-run-welcome = Boas-vindas e introdução
host-run-break = Intervalo
host-run-talk = Palestra { $number }: “{ $title }”, com { $speaker } ({ $length })
host-run-talk-slot = Palestra { $number } ({ $length })
host-run-length = { $talk } min + { $qa } min de perguntas
host-run-end = Fim das palestras: bebidas e conversa

## The review queue (templates/host/stories.html)
host-stories-title = Histórias
host-stories-call-is = A chamada de histórias está{" "}
host-stories-call-open = aberta
host-stories-call-closed = fechada
host-stories-call-is-after = {""}
host-stories-blind = avaliação às cegas: a identidade dos palestrantes fica oculta até a decisão
host-stories-call-settings = configurações da chamada
host-stories-public-form = formulário público
host-stories-all = todas
host-stories-month = Mês preferido
host-stories-filter = Filtrar
host-stories-newer = Histórias mais recentes
host-stories-older = Histórias mais antigas
host-stories-none = Nenhuma história.
host-stories-none-match = Nenhuma história corresponde a estes filtros.
host-stories-col-story = História
host-stories-col-state = Situação
host-stories-col-months = Meses
host-stories-col-reviews = Avaliações
host-stories-col-mean = Nota média
host-stories-after-yours = depois da sua
host-stories-any-month = qualquer um
host-stories-speaker-number = Palestrante nº { $id }
host-stories-hidden-email = oculto até a decisão

## A story's state
host-story-state-submitted = enviada
host-story-state-waitlisted = na lista de espera
host-story-state-accepted = aceita
host-story-state-confirmed = confirmada
host-story-state-rejected = recusada
host-story-state-declined = declinada
host-story-state-withdrawn = retirada

## A story under review (templates/host/story.html)
host-story-title = História nº { $id }
host-story-saved = Salvo.
host-story-blind = Avaliação às cegas: quem é o palestrante fica oculto até a decisão. Palavras que identificariam a pessoa aparecem como [hidden].
host-story-appears-as = Aparece como
host-story-appearance-real-name = nome verdadeiro
host-story-appearance-stage-name = nome artístico
host-story-appearance-anonymous = anônimo
host-story-the-story = A história
host-story-teaser = Chamada pública:
host-story-project = O projeto
host-story-wrong = O que deu errado
host-story-learned = O que a pessoa aprendeu
host-story-differently = O que faria diferente
host-story-content-notes = Avisos de conteúdo
host-story-recap = O resumo do palestrante
host-story-recap-published = Publicado pelo palestrante
host-story-recap-published-in = :{" "}
host-story-recap-library = na biblioteca de lições
host-story-recap-published-end = .
host-story-recap-withdrawn = Retirado pelo palestrante.
host-story-recap-waits = Seu rascunho espera pelo palestrante: só é publicado se ele ou ela quiser.
host-story-recap-writing = O palestrante está escrevendo.
host-story-recap-draft-it = Escreva um rascunho do resumo para o palestrante: ele lê na página dele, muda e publica, ou não. Seria publicado como{" "}
host-story-recap-draft-it-end = .
host-story-recap-save = Salvar o rascunho para o palestrante
host-story-hidden-reviews = { $count ->
    [one] { $count } anfitrião avaliou esta história. A nota e o comentário aparecem quando você salvar os seus, para que cada nota seja só sua.
   *[other] { $count } anfitriões avaliaram esta história. As notas e os comentários aparecem quando você salvar os seus, para que cada nota seja só sua.
}
host-story-no-reviews = Ainda não há avaliações.
host-story-col-host = Anfitrião
host-story-col-score = Nota
host-story-col-comment = Comentário
host-story-review-mine = { $host } (você)
host-story-former-host = um ex-anfitrião
host-story-your-score = Sua nota (de 1 a 5)
host-story-your-comment = Seu comentário
host-story-your-comment-hint = Os palestrantes podem ler as avaliações da história deles na exportação dos seus dados.
host-story-save-review = Salvar minha avaliação
host-story-decide = Decidir
host-story-decide-intro = O palestrante recebe o e-mail do capítulo com a decisão ({""}
host-story-decide-edit-texts = editar os textos
host-story-decide-intro-end = ).
host-story-accept = Aceitar
host-story-waitlist = Lista de espera
host-story-reject = Recusar
host-story-delete = Apagar esta história…
host-story-purge-title = Apagar a história nº { $id }?
host-story-purge-message = Isso apaga para sempre a história, as avaliações e os e-mails sobre ela. O palestrante não é avisado.
host-story-purge-button = Apagar para sempre

## The call's settings (templates/host/call.html)
host-call-title = Chamada de histórias
host-call-open = A chamada está aberta (o formulário em /c/{ $slug }/speak recebe histórias)
host-call-text = O que você procura
host-call-text-hint = Aparece acima do formulário.
host-call-blind = Avaliação às cegas: esconder de quem avalia os nomes, e-mails e palavras que pareçam nomes de empresa até a decisão
host-call-remind-days = Lembrar um palestrante aceito depois de (dias)
host-call-remind-days-hint = Se ainda não tiver confirmado; os anfitriões são avisados depois do dobro do tempo.
host-call-retention = Apagar histórias recusadas, declinadas e retiradas depois de (meses)
host-call-call-minutes = Chegada dos palestrantes (minutos antes da abertura das portas)
host-call-talk-minutes = Palestra (minutos)
host-call-qa-minutes = Perguntas (minutos)
host-call-slides-per-talk = Slides por palestra (no máximo)
host-call-seconds-per-slide = Segundos por slide
host-call-decision-emails = E-mails de decisão
host-call-decision-hint = Texto simples. Você pode usar {"{name}"}, {"{title}"}, {"{link}"} (a página do palestrante) e {"{chapter}"}. Vazio: nosso texto abaixo do campo. O assunto da aceitação é sempre “Ação necessária: confirme sua palestra em …”.
host-call-accept-text = E-mail de aceitação
host-call-reject-text = E-mail de recusa
host-call-waitlist-text = E-mail de lista de espera
