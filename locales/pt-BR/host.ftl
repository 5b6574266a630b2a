# host messages (pt-BR). Keys: host-… ; see locales/README.md.
host-title = Anfitriões
host-brand = failnight para anfitriões

## Shared by the host pages' forms
host-form-errors = Alguns campos precisam de outra olhada: veja as mensagens abaixo deles.
host-form-choose-venue = Escolha um local
host-field-name = Nome
host-field-description = Descrição
host-field-timezone = Fuso horário
host-field-language = Idioma
host-field-email = E-mail
host-save = Salvar
host-saved = Salvo.
host-none = Nenhum.

## Roles, and the state of nights and series
host-role-owner = dono
host-role-host = anfitrião
host-role-door = portaria
host-series-status-active = ativa
host-series-status-ended = encerrada

## The chapter's tabs (templates/host/chapter_nav.html)
host-nav-label = Capítulo
host-nav-dashboard = Painel
host-nav-nights = Noites
host-nav-series = Séries
host-nav-stories = Histórias
host-nav-venues = Locais
host-nav-door = Portaria
host-nav-hosts = Anfitriões
host-nav-settings = Configurações
host-nav-audit = Registro de atividades
host-nav-more = Mais
host-nav-chapters = Seus capítulos

## Signing in (templates/host/sign_in.html, sign_in_confirm.html)
host-sign-in-title = Entrar
host-sign-in-sent-before = Se
host-sign-in-sent-after = pertencer a um anfitrião, um link de acesso está a caminho. Ele funciona uma vez, por 15 minutos.
host-sign-in-no-email = Nenhum e-mail depois de alguns minutos? Confira a pasta de spam, ou
host-sign-in-ask-again = peça de novo
host-sign-in-intro = Anfitriões entram com o endereço de e-mail: enviamos um link, sem precisar de senha.
host-sign-in-submit = Me envie um link de acesso
host-sign-in-bad-email = Informe um endereço de e-mail como nome@example.org.
host-sign-in-as-before = Entrar como
host-sign-in-as-after = ?
host-sign-in-button = Entrar

## The host's home (templates/host/home.html)
host-home-title = Seus capítulos
host-home-signed-in-as = Conectado como { $email }.
host-home-no-chapters = Você ainda não é anfitrião de nenhum capítulo. Peça ao dono de um capítulo para adicionar { $email }.
host-home-new-chapter = Novo capítulo
host-home-slug = Endereço
host-home-slug-hint = Letras minúsculas, dígitos e hifens: /c/berlin
host-home-timezone-hint = Nome IANA, por exemplo America/Sao_Paulo
host-home-language-hint = O idioma das páginas e dos e-mails do capítulo para quem não escolheu nenhum.
host-home-create = Criar capítulo
host-home-tokens = Tokens da API
host-home-sign-out = Sair
host-home-sign-out-everywhere = Sair de todos os lugares

## API tokens (templates/host/tokens.html)
host-tokens-title = Tokens da API
host-tokens-intro = Os tokens permitem que scripts usem a API JSON em seu nome
host-tokens-new = Seu novo token
host-tokens-new-hint = (mostrado só agora: copie-o para um lugar seguro):
host-tokens-name-hint = Para que serve, por exemplo “script da newsletter”
host-tokens-create = Criar token
host-tokens-created = Criado
host-tokens-state = Situação
host-tokens-revoked = revogado
host-tokens-scope = O que pode fazer
host-tokens-scope-full = Tudo o que seu papel permite
host-tokens-scope-door = Só a entrada
host-tokens-scope-read = Só leitura
host-tokens-scope-hint = Dê a um app de entrada ou ao celular de um voluntário só a entrada, e a um painel ou ferramenta de newsletter só leitura: um token que vazar não pode fazer mais do que isso.
host-tokens-expires = Válido por
host-tokens-expires-day = Um dia
host-tokens-expires-days = { $count } dias
host-tokens-expires-year = Um ano
host-tokens-expires-never = Não expira
host-tokens-never-expires = não expira
host-tokens-expires-on = válido até { $time }
host-tokens-expired-on = expirou em { $time }
host-tokens-expired = Expirado
host-tokens-revoke = Revogar
host-tokens-created-at = { $time } (UTC)

## The dashboard (templates/host/dashboard.html)
host-dashboard-next-night = Próxima noite:
host-dashboard-seats-taken = Lugares ocupados
host-dashboard-waitlist = Lista de espera
host-dashboard-no-night = Nenhuma noite está planejada.
host-dashboard-create-one = Crie uma
host-dashboard-or = ou
host-dashboard-start-series = comece uma série mensal
host-dashboard-upcoming = { $count ->
    [one] { $count } noite por vir
   *[other] { $count } noites por vir
}
host-dashboard-public-page = página pública
host-dashboard-stories-waiting = { $count ->
    [one] { $count } história aguardando revisão
   *[other] { $count } histórias aguardando revisão
}
host-dashboard-mail-by-night = E-mails por noite
host-dashboard-night = Noite
host-dashboard-sent = Enviados
host-dashboard-queued = Na fila
host-dashboard-retrying = Tentando de novo
host-dashboard-failed = Falharam
host-dashboard-failed-emails = E-mails que falharam
host-dashboard-to = Para
host-dashboard-subject = Assunto
host-dashboard-server-answer = Resposta do servidor de e-mail
host-dashboard-lineup = Programação
host-dashboard-to-review = Histórias para revisar
host-dashboard-setup = Primeiros passos
host-dashboard-setup-venue = Cadastre o lugar das suas noites
host-dashboard-setup-night = Planeje a primeira noite (ou uma série mensal)
host-dashboard-setup-call = Abra a chamada de histórias
host-dashboard-setup-done = feito

## Chapter settings (templates/host/settings.html)
host-settings-heading = Configurações do capítulo
host-settings-timezone-hint = Nome IANA, por exemplo America/Sao_Paulo. As noites mantêm o fuso em que foram criadas.
host-settings-export = Baixar todos os convidados de todas as noites (CSV)
host-settings-export-hint = Uma linha por reserva, noite a noite: para os seus registros ou para levar a outro lugar.
host-settings-logo = Logotipo
host-settings-logo-current = O logotipo do capítulo
host-settings-logo-none = Ainda sem logotipo: o nome do capítulo aparece sozinho nas páginas e e-mails.
host-settings-logo-choose = Logotipo (PNG, JPEG ou WebP)
host-settings-logo-hint = Aparece ao lado do nome do capítulo nas páginas, ingressos e e-mails, com no máximo 240×80 pixels. Um PNG com fundo transparente fica melhor; os metadados são removidos.
host-settings-logo-upload = Enviar o logotipo
host-settings-logo-remove = Remover o logotipo
host-settings-tagline = Slogan
host-settings-tagline-hint = Uma linha embaixo do nome do capítulo, como “Histórias de fracasso, toda segunda quinta-feira”.
host-settings-accent = Cor
host-settings-accent-hint = Seis dígitos hexadecimais, como #1f5fbf: os botões e a faixa das páginas, ingressos e imagens de compartilhamento do capítulo. Texto branco precisa ser legível sobre ela (4,5:1). Vazio: a nossa.
host-settings-language-hint = O idioma das páginas e dos e-mails do capítulo para quem não escolheu nenhum.
host-settings-description-hint = Aparece na página do capítulo.
host-settings-code-of-conduct = Código de conduta
host-settings-code-of-conduct-hint = Quem palestra aceita o código ao enviar uma história.
host-settings-reminders = Lembretes, horas antes de uma noite
host-settings-reminders-hint = Separadas por vírgulas, por exemplo 24, 3. Vazio: sem lembretes.
host-settings-seats = Lugares e lista de espera
host-settings-promotion = Quando um lugar fica livre
host-settings-promotion-auto = a próxima pessoa da lista de espera fica com ele na hora
host-settings-promotion-offer = ele é oferecido à próxima pessoa, que aceita
host-settings-offer-hours = Horas para aceitar uma oferta
host-settings-offer-hours-hint = Nunca depois do início da noite. Ingressos pagos são sempre oferecidos.
host-settings-reconfirm-hours = Perguntar “ainda vem?” com esta antecedência em horas
host-settings-reconfirm-hours-hint = 0: nunca perguntar.
host-settings-plus-ones = Acompanhantes que cada pessoa pode trazer
host-settings-plus-ones-hint = Contam como lugares ocupados.
host-settings-refund-cutoff = Reembolsar quem cancelar até esta quantidade de horas antes
host-settings-refund-cutoff-hint = Só ingressos pagos. 0: até a noite começar. Depois que ela começa, os convidados não podem cancelar; os anfitriões podem, e sempre reembolsam o valor total.
host-settings-overbook = Deixar a lista de espera passar da capacidade de uma noite
host-settings-overbook-off = Não: nunca além da capacidade da noite
host-settings-overbook-risk = Até o conselho de comparecimento com risco de { $risk } %
host-settings-overbook-hint = Pelo histórico do próprio capítulo de quem veio, e nunca além da capacidade do local (informe-a no local). A página de comparecimento de cada noite mostra o conselho.

## Hosts and roles (templates/host/hosts.html)
host-hosts-intro = Donos mudam as configurações e os anfitriões; anfitriões cuidam das noites, histórias e participantes; a equipe da portaria faz o check-in das pessoas.
host-hosts-role = Papel
host-hosts-actions = Ações
host-hosts-you = (você)
host-hosts-remove = Remover
host-hosts-add = Adicione um anfitrião ou mude um papel
## The audit log (templates/host/audit.html)
host-audit-empty = Nada ainda.
host-audit-when = Quando
host-audit-who = Quem
host-audit-what = O quê
host-audit-detail = Detalhe
host-audit-system = sistema
host-audit-signed-in = entrou
host-audit-signed-out = saiu
host-audit-signed-out-everywhere = saiu de todos os lugares
host-audit-token-created = token da API criado
host-audit-token-revoked = token da API revogado
host-audit-chapter-created = capítulo criado
host-audit-settings-changed = configurações alteradas
host-audit-host-invited = anfitrião convidado
host-audit-role-changed = papel alterado
host-audit-host-removed = anfitrião removido
host-audit-venue-added = local adicionado
host-audit-venue-edited = local editado
host-audit-series-created = série criada
host-audit-series-edited = série editada
host-audit-series-ended = série encerrada, suas noites canceladas
host-audit-night-created-published = noite criada e publicada
host-audit-night-created-draft = noite criada como rascunho
host-audit-night-published = noite publicada
host-audit-night-cancelled = noite cancelada
host-audit-night-edited = noite editada
host-audit-night-moved = noite remarcada ou com novo local
host-audit-night-ticketing = opções de ingressos da noite alteradas
host-audit-series-published = noites da série publicadas
host-audit-ticketing-settings = configurações de ingressos alteradas
host-audit-ticket-type-added = tipo de ingresso adicionado
host-audit-rsvp-cancelled = reserva cancelada por um anfitrião
host-audit-rsvp-approved = reserva aprovada
host-audit-rsvp-declined = reserva recusada
host-audit-guest-checked-in = convidado fez check-in
host-audit-walk-in-added = convidado sem reserva adicionado
host-audit-message-sent = mensagem enviada
host-audit-call-settings = configurações da chamada alteradas
host-audit-story-submitted = história enviada
host-audit-story-reviewed = história avaliada
host-audit-story-purged = história apagada
host-audit-story-deleted-retention = história apagada após o prazo de retenção
host-audit-story-deleted-speaker = história apagada por quem a enviou
host-audit-talk-placed = palestra incluída na programação
host-audit-talk-removed = palestra retirada da programação
host-audit-lineup-reordered = programação reordenada
host-audit-slides-uploaded = slides enviados
host-audit-slides-uploaded-pdf = slides enviados (PDF)
host-audit-slides-removed = slides removidos
host-audit-lesson-drafted = lição rascunhada
host-audit-lesson-published = lição publicada
host-audit-lesson-edited = lição editada
host-audit-lesson-withdrawn = lição retirada
host-audit-feedback-deleted = feedback apagado após o prazo de retenção
host-audit-feedback-unread = comentário de volta a não lido
host-audit-feedback-released = comentário liberado
host-audit-feedback-hidden = comentário ocultado
host-audit-question-pending = pergunta de volta à espera
host-audit-question-approved = pergunta aprovada
host-audit-question-hidden = pergunta ocultada
host-audit-question-answered = pergunta respondida
host-audit-questions-deleted = perguntas apagadas após o prazo de retenção
host-audit-story-accepted = história aceita
host-audit-story-rejected = história recusada
host-audit-story-waitlisted = história na lista de espera
host-audit-story-confirmed = palestra confirmada por quem vai falar
host-audit-story-declined = palestra recusada por quem ia falar
host-audit-story-withdrawn = história retirada por quem a enviou
host-audit-call-open = chamada de histórias aberta
host-audit-call-closed = chamada de histórias fechada
host-audit-stage-start = palco: noite iniciada
host-audit-stage-pause = palco: pausado
host-audit-stage-resume = palco: retomado
host-audit-stage-next-slide = palco: próximo slide
host-audit-stage-previous-slide = palco: slide anterior
host-audit-stage-next-segment = palco: próxima parte
host-audit-stage-previous-segment = palco: parte anterior
host-audit-stage-add-time = palco: tempo adicionado
host-audit-stage-skip-to-qa = palco: direto para as perguntas

## Venues (templates/host/venues.html, venue.html, venue_fields.html)
host-venues-empty = Nenhum local ainda.
host-venues-seats = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
host-venues-new = Novo local
host-venues-add = Adicionar local
host-venue-title = Local
host-venue-address = Endereço
host-venue-map = Link do mapa
host-venue-map-hint = Opcional. Vazio: uma busca do endereço no mapa.
host-venue-seats = Lugares
host-venue-seats-hint = Opcional: o padrão para as noites aqui.
host-venue-accessibility = Acessibilidade
host-venue-accessibility-hint = Acesso sem degraus, banheiros, sala silenciosa…

## Series (templates/host/series_list.html, series.html, series_fields.html)
host-series-empty = Nenhuma série ainda: uma série cria a mesma noite todo mês.
host-series-new = Nova série
host-series-create = Criar série
host-series-ended = encerrada
host-series-publish = Publicar as noites em rascunho
host-series-end = Encerrar a série e cancelar suas noites…
host-series-edit = Editar
host-series-edit-hint = As mudanças valem para as próximas noites que não foram editadas separadamente.
host-series-coming = Próximas noites
host-series-title = Título
host-series-title-hint = Pode usar { "{n}" } (número), { "{month}" } ou { "{date}" }: “Noite do fracasso #{ "{n}" }”
host-series-repeats = Repetição
host-series-repeats-hint = Uma RRULE: FREQ=MONTHLY;BYDAY=2TH é toda segunda quinta-feira, FREQ=MONTHLY;BYDAY=-1WE a última quarta-feira.
host-series-starts-at = Começa às
host-series-length = Duração em minutos
host-series-venue = Local
host-series-seats-hint = Vazio: a capacidade do local.
host-series-first-date = Primeira data
host-series-first-date-hint = Vazio: a partir de hoje.
host-series-publish-new = Publicar as novas noites na hora (senão, ficam como rascunho)

## Confirmation before emailing guests (templates/host/confirm.html)
host-confirm-back = Voltar
host-confirm-save-and-email = Salvar e avisar por e-mail
host-confirm-venue-title = Alterar { $venue }?
host-confirm-venue-message = O local das próximas noites muda: isso enviará um e-mail para { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}.
host-confirm-series-title = Alterar { $series }?
host-confirm-series-message = As próximas noites desta série mudam: isso enviará um e-mail para { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}.
host-confirm-end-series-title = Encerrar { $series }?
host-confirm-end-series-message = Isso encerra a série e cancela suas próximas noites; será enviado um e-mail para { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}. Não dá para desfazer.
host-confirm-end-series-button = Encerrar a série e cancelar as noites

## A series' cadence in words (crates/scheduling/src/series.rs, `describe_in`): $n is the
## weekday's place in the month (0: every one, -1: the last), $name the weekday, $day its code
## (sábado and domingo are masculine, the other days feminine).
host-cadence-day = { $day ->
    [saturday] { $n ->
        [1] primeiro { $name }
        [2] segundo { $name }
        [3] terceiro { $name }
        [4] quarto { $name }
        [5] quinto { $name }
        [-1] último { $name }
        [-2] penúltimo { $name }
       *[0] { $name }
    }
    [sunday] { $n ->
        [1] primeiro { $name }
        [2] segundo { $name }
        [3] terceiro { $name }
        [4] quarto { $name }
        [5] quinto { $name }
        [-1] último { $name }
        [-2] penúltimo { $name }
       *[0] { $name }
    }
   *[other] { $n ->
        [1] primeira { $name }
        [2] segunda { $name }
        [3] terceira { $name }
        [4] quarta { $name }
        [5] quinta { $name }
        [-1] última { $name }
        [-2] penúltima { $name }
       *[0] { $name }
    }
}
host-cadence-and = e
host-cadence-weekly = { $day ->
    [saturday] todo
    [sunday] todo
   *[other] toda
} { $days }
host-cadence-every-other-week = a cada duas semanas, { $day ->
    [saturday] no
    [sunday] no
   *[other] na
} { $days }
host-cadence-weeks = a cada { $n } semanas
host-cadence-weeks-on = a cada { $n } semanas, { $day ->
    [saturday] no
    [sunday] no
   *[other] na
} { $days }
host-cadence-monthly-on = { $day ->
    [saturday] todo
    [sunday] todo
   *[other] toda
} { $days } do mês
host-cadence-months-on = a cada { $n } meses, { $day ->
    [saturday] no
    [sunday] no
   *[other] na
} { $days }
host-cadence-monthly-day = todo mês, no dia { $days }
host-cadence-monthly = todo mês
host-cadence-yearly = todo ano
host-cadence-at = { $cadence }, às { $time }
host-cadence-custom = recorrente ({ $rule }), às { $time }

## The chapter's numbers (templates/host/numbers.html)
host-nav-numbers = Números
host-numbers-title = Os números do capítulo
host-numbers-from = De
host-numbers-to = Até
host-numbers-show = Mostrar
host-numbers-summary = { $nights ->
        [0] Nenhuma noite neste período.
        [one] Uma noite: { $came } pessoas na porta ({ $first } pela primeira vez, { $regulars } que já tinham vindo); { $empty } dos lugares reservados ficaram vazios.
       *[other] { $nights } noites: { $came } pessoas na porta ({ $first } pela primeira vez, { $regulars } que já tinham vindo); { $empty } dos lugares reservados ficaram vazios.
    }
host-numbers-stories = Histórias: { $submitted } enviadas, { $accepted } aceitas, { $told } contadas no palco até agora.
host-numbers-to-stage = Do envio ao palco levou { $days } dias (mediana).
host-numbers-chart-title = Pessoas na porta e lugares vazios, por mês
host-numbers-chart-desc = Para cada mês, uma barra escura com as pessoas que vieram e, em seguida, uma barra clara com os lugares reservados que ficaram vazios; a tabela abaixo tem os mesmos números.
host-numbers-came-legend = vieram
host-numbers-empty-legend = reservados, vazios
host-numbers-table = Os números por mês
host-numbers-month = Mês
host-numbers-nights = Noites
host-numbers-booked = Reservas
host-numbers-came = Vieram
host-numbers-no-shows = Lugares vazios
host-numbers-first-timers = Primeira vez
host-numbers-regulars = Já tinham vindo
host-numbers-submitted = Histórias
host-numbers-accepted = Aceitas
host-numbers-told = Contadas
host-numbers-all = Período inteiro
host-numbers-download = Baixar estes números:

## The network at a glance, for platform admins (templates/host/network.html)
host-network-link = Todos os capítulos de relance
host-network-title = A rede
host-network-intro = Quais capítulos precisam de ajuda este mês? Primeiro vêm os que não têm nenhuma noite marcada e os que estão há mais tempo sem uma; ordene por qualquer coluna.
host-network-caption = { $count ->
        [one] Um capítulo
       *[other] { $count } capítulos
    }
host-network-chapter = Capítulo
host-network-last = Última noite
host-network-next = Próxima noite
host-network-quiet = Meses sem noite
host-network-guests = Público, últimos 6 meses
host-network-trend = Comparado aos 6 anteriores
host-network-call = Chamada de histórias
host-network-call-open = aberta
host-network-call-closed = fechada
host-network-queue = Histórias esperando
host-network-hosts = Anfitriões ativos
host-network-hosts-active = { $active } de { $all }
host-network-download = Baixar em CSV
host-network-previous = Capítulos anteriores
host-network-more = Mais capítulos

## Webhooks

host-settings-integrations = Integrações
host-settings-integrations-intro = Avise seu site, seu chat ou sua ferramenta de newsletter quando algo acontecer neste capítulo.
host-settings-widget = Um widget para o seu site
host-settings-widget-intro = Cole um destes no seu site: ele mostra as próximas noites do capítulo com as vagas restantes e um link para reservar.
host-settings-widget-script = Com um script (recomendado)
host-settings-widget-iframe = Sem scripts (um iframe)
host-settings-widget-hint = Acrescente data-accent="#1f5fbf" ao script, ou ?accent=1f5fbf ao endereço do iframe, para usar sua cor (o texto branco precisa continuar legível), e data-lang ou ?lang= para outro idioma.
host-webhooks-title = Webhooks
host-webhooks-intro = Um webhook envia cada evento escolhido para o endereço do seu receptor, assinado com o segredo dele, e tenta de novo por cerca de um dia quando o receptor está fora do ar.
host-webhooks-none = Ainda não há webhooks.
host-webhooks-add = Adicionar um webhook
host-webhook-url = Endereço do receptor
host-webhook-url-hint = Um endereço https:// público. Endereços de uma rede privada são recusados.
host-webhook-description = Para que serve (opcional)
host-webhook-events = Eventos
host-webhook-status = Situação
host-webhooks-verify = Conferir a assinatura
host-webhooks-verify-intro = Cada envio traz um cabeçalho Failnight-Signature: o horário do envio e um HMAC-SHA256 desse horário, de um ponto e do corpo, com o segredo como chave. Recalcule-o sobre o corpo bruto e recuse horários antigos, por exemplo em Python:
host-webhook-title = Webhook
host-webhook-secret = Segredo de assinatura
host-webhook-secret-once = Copie o segredo agora: ele só aparece desta vez.
host-webhook-resume = Retomar
host-webhook-pause = Pausar
host-webhook-roll = Novo segredo
host-webhook-deliveries = Últimos envios
host-webhook-no-deliveries = Nada foi enviado ainda.
host-webhook-when = Quando
host-webhook-event = Evento
host-webhook-outcome = Resultado
host-webhook-answer = Resposta
host-webhook-attempts = { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
  }
host-webhook-details = Detalhes
host-webhook-payload = Enviado:
host-webhook-response = Resposta:
host-webhook-redeliver = Enviar de novo
host-webhook-redelivering = Enviando de novo agora.
host-webhook-remove-title = Remover este webhook
host-webhook-remove-intro = Os envios dele são apagados junto, e nada mais é enviado.
host-webhook-remove = Remover o webhook
host-webhook-active = Ativo
host-webhook-failing = Ativo, { $count ->
    [one] { $count } tentativa com falha
   *[other] { $count } tentativas com falha
  } seguidas
host-webhook-paused-failing = Pausado em { $when } depois de falhar várias vezes
host-webhook-paused-by-host = Pausado por alguém da organização em { $when }
host-webhook-delivered = Entregue em { $when }
host-webhook-failed = Falhou em { $when }
host-webhook-sending = Enviando agora
host-webhook-waiting = Aguardando
host-webhook-retrying = Nova tentativa em { $when }
host-webhook-kind-night-published = Uma noite é publicada
host-webhook-kind-night-changed = Uma noite muda
host-webhook-kind-night-cancelled = Uma noite é cancelada
host-webhook-kind-rsvp-confirmed = Um convidado tem lugar
host-webhook-kind-rsvp-waitlisted = Um convidado entra na lista de espera
host-webhook-kind-rsvp-cancelled = O lugar de um convidado é cancelado
host-webhook-kind-rsvp-checked-in = Um convidado faz check-in
host-webhook-kind-story-submitted = Uma história é enviada
host-webhook-kind-story-decided = Uma história é decidida
host-webhook-kind-lesson-published = Uma lição é publicada
host-audit-webhook-added = webhook adicionado
host-audit-webhook-paused = webhook pausado
host-audit-webhook-resumed = webhook retomado
host-audit-webhook-secret = segredo do webhook trocado
host-audit-webhook-removed = webhook removido
host-audit-webhook-redelivered = envio do webhook repetido

## Relatos de conduta

host-nav-reports = Relatos
host-reports-title = Relatos de conduta
host-reports-intro = Relatos sobre o código de conduta, enviados pelo formulário que aparece na página de cada noite e em cada ingresso. Só as pessoas responsáveis pelo capítulo veem; cada um é apagado um ano depois de recebido.
host-reports-none = Nenhum relato.
host-report-when = Recebido
host-report-night = Noite
host-report-status = Situação
host-report-title = Relato de conduta
host-report-from = De
host-report-what = O que aconteceu
host-report-note = Nota das pessoas responsáveis
host-report-note-hint = Só para as pessoas responsáveis: o que fizeram, com quem conversaram.
host-report-anonymous = Anônimo
host-report-status-new = Novo
host-report-status-in-progress = Em andamento
host-report-status-closed = Encerrado
host-audit-conduct-report-updated = relato de conduta atualizado
