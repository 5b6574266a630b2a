# host messages (fr). Keys: host-… ; see locales/README.md.
host-title = Organisateurs
host-brand = failnight organisateurs

## Shared by the host pages' forms
host-form-errors = Certains champs sont à revoir : voyez les messages sous chacun d’eux.
host-form-choose-venue = Choisissez un lieu
host-field-name = Nom
host-field-description = Description
host-field-timezone = Fuseau horaire
host-field-language = Langue
host-field-email = E-mail
host-save = Enregistrer
host-saved = Enregistré.
host-none = Aucun.

## Roles, and the state of nights and series
host-role-owner = responsable
host-role-host = organisateur
host-role-door = accueil
host-series-status-active = active
host-series-status-ended = terminée

## The chapter's tabs (templates/host/chapter_nav.html)
host-nav-label = Antenne
host-nav-dashboard = Tableau de bord
host-nav-nights = Soirées
host-nav-series = Séries
host-nav-stories = Histoires
host-nav-venues = Lieux
host-nav-door = Accueil
host-nav-hosts = Organisateurs
host-nav-settings = Réglages
host-nav-audit = Journal d’activité
host-nav-more = Plus
host-nav-chapters = Vos antennes

## Signing in (templates/host/sign_in.html, sign_in_confirm.html)
host-sign-in-title = Connexion
host-sign-in-sent-before = Si
host-sign-in-sent-after = appartient à un organisateur, un lien de connexion est en route. Il fonctionne une seule fois, pendant 15 minutes.
host-sign-in-no-email = Pas d’e-mail au bout de quelques minutes ? Regardez dans les indésirables, ou
host-sign-in-ask-again = redemandez-le
host-sign-in-intro = Les organisateurs se connectent avec leur adresse e-mail : nous envoyons un lien, sans mot de passe.
host-sign-in-submit = M’envoyer un lien de connexion
host-sign-in-bad-email = Saisissez une adresse e-mail comme nom@example.org.
host-sign-in-as-before = Se connecter en tant que
host-sign-in-as-after = ?
host-sign-in-button = Se connecter

## The host's home (templates/host/home.html)
host-home-title = Vos antennes
host-home-signed-in-as = Connecté en tant que { $email }.
host-home-no-chapters = Vous n’organisez encore aucune antenne. Demandez au responsable d’une antenne d’ajouter { $email }.
host-home-new-chapter = Nouvelle antenne
host-home-slug = Adresse
host-home-slug-hint = Minuscules, chiffres et tirets : /c/berlin
host-home-timezone-hint = Nom IANA, par exemple Europe/Paris
host-home-language-hint = La langue des pages et des e-mails de l’antenne pour qui n’en a choisi aucune.
host-home-create = Créer l’antenne
host-home-tokens = Jetons d’API
host-home-sign-out = Se déconnecter
host-home-sign-out-everywhere = Se déconnecter partout

## API tokens (templates/host/tokens.html)
host-tokens-title = Jetons d’API
host-tokens-intro = Les jetons permettent à des scripts d’utiliser l’API JSON en votre nom
host-tokens-new = Votre nouveau jeton
host-tokens-new-hint = (affiché uniquement maintenant : copiez-le en lieu sûr) :
host-tokens-name-hint = À quoi il sert, par exemple « script de la newsletter »
host-tokens-create = Créer un jeton
host-tokens-created = Créé
host-tokens-state = État
host-tokens-revoked = révoqué
host-tokens-scope = Ce qu’il peut faire
host-tokens-scope-full = Tout ce que votre rôle permet
host-tokens-scope-door = L’entrée seulement
host-tokens-scope-read = Lecture seule
host-tokens-scope-hint = Donnez à une application d’accueil ou au téléphone d’un bénévole l’entrée seulement, et à un tableau de bord ou un outil de newsletter la lecture seule : un jeton qui fuit ne peut rien faire de plus.
host-tokens-expires = Valable
host-tokens-expires-day = Un jour
host-tokens-expires-days = { $count } jours
host-tokens-expires-year = Un an
host-tokens-expires-never = Sans expiration
host-tokens-never-expires = n’expire jamais
host-tokens-expires-on = valable jusqu’au { $time }
host-tokens-expired-on = expiré le { $time }
host-tokens-expired = Expiré
host-tokens-revoke = Révoquer
host-tokens-created-at = { $time } (UTC)

## The dashboard (templates/host/dashboard.html)
host-dashboard-next-night = Prochaine soirée :
host-dashboard-seats-taken = Places prises
host-dashboard-waitlist = Liste d’attente
host-dashboard-no-night = Aucune soirée n’est prévue.
host-dashboard-create-one = Créez-en une
host-dashboard-or = ou
host-dashboard-start-series = lancez une série mensuelle
host-dashboard-upcoming = { $count ->
    [one] { $count } soirée à venir
   *[other] { $count } soirées à venir
}
host-dashboard-public-page = page publique
host-dashboard-stories-waiting = { $count ->
    [one] { $count } histoire attend une relecture
   *[other] { $count } histoires attendent une relecture
}
host-dashboard-mail-by-night = E-mails par soirée
host-dashboard-night = Soirée
host-dashboard-sent = Envoyés
host-dashboard-queued = En attente
host-dashboard-retrying = Nouvel essai
host-dashboard-failed = Échoués
host-dashboard-failed-emails = E-mails en échec
host-dashboard-to = Destinataire
host-dashboard-subject = Objet
host-dashboard-server-answer = Réponse du serveur de messagerie
host-dashboard-lineup = Programme
host-dashboard-to-review = Histoires à lire
host-dashboard-setup = Pour commencer
host-dashboard-setup-venue = Ajoutez le lieu de vos soirées
host-dashboard-setup-night = Prévoyez la première soirée (ou une série mensuelle)
host-dashboard-setup-call = Ouvrez l’appel à histoires
host-dashboard-setup-done = fait

## Chapter settings (templates/host/settings.html)
host-settings-heading = Réglages de l’antenne
host-settings-timezone-hint = Nom IANA, par exemple Europe/Paris. Les soirées gardent le fuseau dans lequel elles ont été créées.
host-settings-export = Télécharger tous les invités de toutes les soirées (CSV)
host-settings-export-hint = Une ligne par réservation, soirée par soirée : pour vos archives, ou pour partir ailleurs.
host-settings-logo = Logo
host-settings-logo-current = Le logo de l’antenne
host-settings-logo-none = Pas encore de logo : le nom de l’antenne figure seul sur ses pages et ses e-mails.
host-settings-logo-choose = Logo (PNG, JPEG ou WebP)
host-settings-logo-hint = Affiché à côté du nom de l’antenne sur ses pages, billets et e-mails, en 240×80 pixels au plus. Un PNG à fond transparent rend le mieux ; les métadonnées sont supprimées.
host-settings-logo-upload = Envoyer le logo
host-settings-logo-remove = Retirer le logo
host-settings-tagline = Accroche
host-settings-tagline-hint = Une ligne sous le nom de l’antenne, comme « Des histoires d’échec, chaque deuxième jeudi ».
host-settings-accent = Couleur
host-settings-accent-hint = Six chiffres hexadécimaux, comme #1f5fbf : les boutons et la bande des pages, billets et images de partage de l’antenne. Un texte blanc doit s’y lire (4,5:1). Vide : la nôtre.
host-settings-language-hint = La langue des pages et des e-mails de l’antenne pour qui n’en a choisi aucune.
host-settings-description-hint = Affichée sur la page de l’antenne.
host-settings-code-of-conduct = Code de conduite
host-settings-code-of-conduct-hint = Les intervenants l’acceptent en proposant une histoire.
host-settings-reminders = Rappels, en heures avant une soirée
host-settings-reminders-hint = Séparées par des virgules, par exemple 24, 3. Vide : aucun rappel.
host-settings-seats = Places et liste d’attente
host-settings-promotion = Quand une place se libère
host-settings-promotion-auto = la personne suivante sur la liste d’attente l’obtient aussitôt
host-settings-promotion-offer = elle est proposée à la personne suivante, qui l’accepte
host-settings-offer-hours = Heures pour accepter une proposition
host-settings-offer-hours-hint = Jamais au-delà du début de la soirée. Les billets payants sont toujours proposés.
host-settings-reconfirm-hours = Demander « vous venez toujours ? » autant d’heures avant
host-settings-reconfirm-hours-hint = 0 : ne jamais demander.
host-settings-plus-ones = Accompagnants par personne
host-settings-plus-ones-hint = Ils comptent dans les places.
host-settings-refund-cutoff = Rembourser les personnes qui annulent jusqu’à autant d’heures avant
host-settings-refund-cutoff-hint = Billets payants uniquement. 0 : jusqu’au début de la soirée. Une fois la soirée commencée, les invités ne peuvent plus annuler ; les organisateurs si, et remboursent toujours intégralement.
host-settings-overbook = Laisser la liste d’attente dépasser la capacité d’une soirée
host-settings-overbook-off = Non : jamais au-delà de la capacité de la soirée
host-settings-overbook-risk = Jusqu’au conseil de présence à { $risk } % de risque
host-settings-overbook-hint = D’après l’historique propre du chapitre de qui est venu, et jamais au-delà de la capacité du lieu (indiquez-la sur le lieu). La page « Présence » de chaque soirée montre le conseil.

## Hosts and roles (templates/host/hosts.html)
host-hosts-intro = Les responsables modifient les réglages et les organisateurs ; les organisateurs gèrent les soirées, les histoires et les participants ; l’équipe d’accueil fait entrer le public.
host-hosts-role = Rôle
host-hosts-actions = Actions
host-hosts-you = (vous)
host-hosts-remove = Retirer
host-hosts-add = Ajouter un organisateur, ou changer un rôle
## The audit log (templates/host/audit.html)
host-audit-empty = Rien pour l’instant.
host-audit-when = Quand
host-audit-who = Qui
host-audit-what = Quoi
host-audit-detail = Détail
host-audit-system = système
host-audit-signed-in = connexion
host-audit-signed-out = déconnexion
host-audit-signed-out-everywhere = déconnexion partout
host-audit-token-created = jeton d’API créé
host-audit-token-revoked = jeton d’API révoqué
host-audit-chapter-created = antenne créée
host-audit-settings-changed = réglages modifiés
host-audit-host-invited = organisateur invité
host-audit-role-changed = rôle modifié
host-audit-host-removed = organisateur retiré
host-audit-venue-added = lieu ajouté
host-audit-venue-edited = lieu modifié
host-audit-series-created = série créée
host-audit-series-edited = série modifiée
host-audit-series-ended = série terminée, ses soirées annulées
host-audit-night-created-published = soirée créée et publiée
host-audit-night-created-draft = soirée créée en brouillon
host-audit-night-published = soirée publiée
host-audit-night-cancelled = soirée annulée
host-audit-night-edited = soirée modifiée
host-audit-night-moved = soirée déplacée ou changée de lieu
host-audit-night-ticketing = options de billetterie de la soirée modifiées
host-audit-series-published = soirées de la série publiées
host-audit-ticketing-settings = réglages de billetterie modifiés
host-audit-ticket-type-added = type de billet ajouté
host-audit-rsvp-cancelled = réservation annulée par un organisateur
host-audit-rsvp-approved = réservation acceptée
host-audit-rsvp-declined = réservation refusée
host-audit-guest-checked-in = invité enregistré à l’entrée
host-audit-walk-in-added = invité sans réservation ajouté
host-audit-message-sent = message envoyé
host-audit-call-settings = réglages de l’appel à histoires modifiés
host-audit-story-submitted = histoire proposée
host-audit-story-reviewed = histoire relue
host-audit-story-purged = histoire effacée
host-audit-story-deleted-retention = histoire supprimée à la fin de la durée de conservation
host-audit-story-deleted-speaker = histoire supprimée par son intervenant
host-audit-talk-placed = intervention ajoutée au programme
host-audit-talk-removed = intervention retirée du programme
host-audit-lineup-reordered = programme réordonné
host-audit-slides-uploaded = diapositives envoyées
host-audit-slides-uploaded-pdf = diapositives envoyées (PDF)
host-audit-slides-removed = diapositives retirées
host-audit-lesson-drafted = leçon rédigée en brouillon
host-audit-lesson-published = leçon publiée
host-audit-lesson-edited = leçon modifiée
host-audit-lesson-withdrawn = leçon retirée
host-audit-feedback-deleted = retours supprimés à la fin de la durée de conservation
host-audit-feedback-unread = commentaire remis en non lu
host-audit-feedback-released = commentaire publié
host-audit-feedback-hidden = commentaire masqué
host-audit-question-pending = question remise en attente
host-audit-question-approved = question acceptée
host-audit-question-hidden = question masquée
host-audit-question-answered = question traitée
host-audit-questions-deleted = questions supprimées à la fin de la durée de conservation
host-audit-story-accepted = histoire acceptée
host-audit-story-rejected = histoire refusée
host-audit-story-waitlisted = histoire mise en liste d’attente
host-audit-story-confirmed = intervention confirmée par son orateur·rice
host-audit-story-declined = intervention déclinée par son orateur·rice
host-audit-story-withdrawn = histoire retirée par son orateur·rice
host-audit-call-open = appel à histoires ouvert
host-audit-call-closed = appel à histoires fermé
host-audit-stage-start = scène : soirée lancée
host-audit-stage-pause = scène : en pause
host-audit-stage-resume = scène : reprise
host-audit-stage-next-slide = scène : diapositive suivante
host-audit-stage-previous-slide = scène : diapositive précédente
host-audit-stage-next-segment = scène : partie suivante
host-audit-stage-previous-segment = scène : partie précédente
host-audit-stage-add-time = scène : temps ajouté
host-audit-stage-skip-to-qa = scène : passage direct aux questions

## Venues (templates/host/venues.html, venue.html, venue_fields.html)
host-venues-empty = Aucun lieu pour l’instant.
host-venues-seats = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
host-venues-new = Nouveau lieu
host-venues-add = Ajouter le lieu
host-venue-title = Lieu
host-venue-address = Adresse
host-venue-map = Lien vers un plan
host-venue-map-hint = Facultatif. Vide : une recherche de l’adresse sur un plan.
host-venue-seats = Places
host-venue-seats-hint = Facultatif : la valeur par défaut des soirées ici.
host-venue-accessibility = Accessibilité
host-venue-accessibility-hint = Accès de plain-pied, toilettes, salle calme…

## Series (templates/host/series_list.html, series.html, series_fields.html)
host-series-empty = Aucune série pour l’instant : une série crée la même soirée chaque mois.
host-series-new = Nouvelle série
host-series-create = Créer la série
host-series-ended = terminée
host-series-publish = Publier les soirées en brouillon
host-series-end = Terminer la série et annuler ses soirées…
host-series-edit = Modifier
host-series-edit-hint = Les changements s’appliquent aux soirées à venir qui n’ont pas été modifiées séparément.
host-series-coming = Soirées à venir
host-series-title = Titre
host-series-title-hint = Peut contenir { "{n}" } (numéro), { "{month}" } ou { "{date}" } : « Soirée de l’échec n° { "{n}" } »
host-series-repeats = Récurrence
host-series-repeats-hint = Une RRULE : FREQ=MONTHLY;BYDAY=2TH correspond à chaque deuxième jeudi, FREQ=MONTHLY;BYDAY=-1WE au dernier mercredi.
host-series-starts-at = Début à
host-series-length = Durée en minutes
host-series-venue = Lieu
host-series-seats-hint = Vide : la capacité du lieu.
host-series-first-date = Première date
host-series-first-date-hint = Vide : à partir d’aujourd’hui.
host-series-publish-new = Publier aussitôt les nouvelles soirées (sinon en brouillon)

## Confirmation before emailing guests (templates/host/confirm.html)
host-confirm-back = Retour
host-confirm-save-and-email = Enregistrer et leur écrire
host-confirm-venue-title = Modifier { $venue } ?
host-confirm-venue-message = Le lieu des soirées à venir change : un e-mail partira vers { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}.
host-confirm-series-title = Modifier { $series } ?
host-confirm-series-message = Les soirées à venir de cette série changent : un e-mail partira vers { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}.
host-confirm-end-series-title = Terminer { $series } ?
host-confirm-end-series-message = La série prend fin et ses soirées à venir sont annulées ; un e-mail partira vers { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}. C’est irréversible.
host-confirm-end-series-button = Terminer la série et annuler les soirées

## A series' cadence in words (crates/scheduling/src/series.rs, `describe_in`): $n is the
## weekday's place in the month (0: every one, -1: the last), $name the weekday, $day its code.
host-cadence-day = { $n ->
    [1] premier { $name }
    [2] deuxième { $name }
    [3] troisième { $name }
    [4] quatrième { $name }
    [5] cinquième { $name }
    [-1] dernier { $name }
    [-2] avant-dernier { $name }
   *[0] { $name }
}
host-cadence-and = et
host-cadence-weekly = chaque { $days }
host-cadence-every-other-week = un { $days } sur deux
host-cadence-weeks = toutes les { $n } semaines
host-cadence-weeks-on = toutes les { $n } semaines, le { $days }
host-cadence-monthly-on = chaque { $days } du mois
host-cadence-months-on = tous les { $n } mois, le { $days }
host-cadence-monthly-day = tous les mois, le { $days }
host-cadence-monthly = tous les mois
host-cadence-yearly = tous les ans
host-cadence-at = { $cadence } à { $time }
host-cadence-custom = récurrent ({ $rule }) à { $time }

## The chapter's numbers (templates/host/numbers.html)
host-nav-numbers = Chiffres
host-numbers-title = Les chiffres du chapitre
host-numbers-from = Du
host-numbers-to = Au
host-numbers-show = Afficher
host-numbers-summary = { $nights ->
        [0] Aucune soirée sur cette période.
        [one] Une soirée : { $came } personnes à l’entrée ({ $first } pour la première fois, { $regulars } déjà venues) ; { $empty } des places réservées sont restées vides.
       *[other] { $nights } soirées : { $came } personnes à l’entrée ({ $first } pour la première fois, { $regulars } déjà venues) ; { $empty } des places réservées sont restées vides.
    }
host-numbers-stories = Histoires : { $submitted } proposées, { $accepted } acceptées, { $told } racontées sur scène à ce jour.
host-numbers-to-stage = De la proposition à la scène : { $days } jours (médiane).
host-numbers-chart-title = Personnes à l’entrée et places vides, par mois
host-numbers-chart-desc = Pour chaque mois, une barre foncée pour les personnes venues, suivie d’une barre claire pour les places réservées restées vides ; le tableau ci-dessous donne les mêmes chiffres.
host-numbers-came-legend = venues
host-numbers-empty-legend = réservées, restées vides
host-numbers-table = Les chiffres par mois
host-numbers-month = Mois
host-numbers-nights = Soirées
host-numbers-booked = Réservées
host-numbers-came = Venues
host-numbers-no-shows = Places vides
host-numbers-first-timers = Première fois
host-numbers-regulars = Déjà venues
host-numbers-submitted = Histoires
host-numbers-accepted = Acceptées
host-numbers-told = Racontées
host-numbers-all = Toute la période
host-numbers-download = Télécharger ces chiffres :

## The network at a glance, for platform admins (templates/host/network.html)
host-network-link = Tous les chapitres d’un coup d’œil
host-network-title = Le réseau
host-network-intro = Quels chapitres ont besoin d’aide ce mois-ci ? D’abord ceux sans soirée à venir et ceux qui n’en ont pas eu depuis le plus longtemps ; triez selon n’importe quelle colonne.
host-network-caption = { $count ->
        [one] Un chapitre
       *[other] { $count } chapitres
    }
host-network-chapter = Chapitre
host-network-last = Dernière soirée
host-network-next = Prochaine soirée
host-network-quiet = Mois sans soirée
host-network-guests = Public, 6 derniers mois
host-network-trend = Par rapport aux 6 d’avant
host-network-call = Appel à histoires
host-network-call-open = ouvert
host-network-call-closed = fermé
host-network-queue = Histoires en attente
host-network-hosts = Organisateurs actifs
host-network-hosts-active = { $active } sur { $all }
host-network-download = Télécharger en CSV
host-network-previous = Chapitres précédents
host-network-more = Plus de chapitres

## Webhooks

host-settings-integrations = Intégrations
host-settings-integrations-intro = Prévenez votre site, votre messagerie ou votre outil de newsletter quand il se passe quelque chose dans ce chapitre.
host-settings-widget = Un widget pour votre site
host-settings-widget-intro = Collez l’un de ces codes dans votre site : il affiche les prochaines soirées du chapitre avec les places restantes et un lien pour réserver.
host-settings-widget-script = Avec un script (recommandé)
host-settings-widget-iframe = Sans script (une iframe)
host-settings-widget-hint = Ajoutez data-accent="#1f5fbf" au script, ou ?accent=1f5fbf à l’adresse de l’iframe, pour votre propre couleur (un texte blanc doit y rester lisible), et data-lang ou ?lang= pour une autre langue.
host-webhooks-title = Webhooks
host-webhooks-intro = Un webhook envoie chaque événement choisi à l’adresse de votre récepteur, signé avec son secret, et réessaie pendant environ une journée si le récepteur ne répond pas.
host-webhooks-none = Aucun webhook pour l’instant.
host-webhooks-add = Ajouter un webhook
host-webhook-url = Adresse du récepteur
host-webhook-url-hint = Une adresse https:// publique. Les adresses d’un réseau privé sont refusées.
host-webhook-description = À quoi il sert (facultatif)
host-webhook-events = Événements
host-webhook-status = État
host-webhooks-verify = Vérifier la signature
host-webhooks-verify-intro = Chaque envoi porte un en-tête Failnight-Signature : l’heure d’envoi et un HMAC-SHA256 de cette heure, d’un point et du corps, avec le secret pour clé. Recalculez-le sur le corps brut et refusez les heures trop anciennes, par exemple en Python :
host-webhook-title = Webhook
host-webhook-secret = Secret de signature
host-webhook-secret-once = Copiez le secret maintenant : il n’est affiché que cette fois.
host-webhook-resume = Relancer
host-webhook-pause = Mettre en pause
host-webhook-roll = Nouveau secret
host-webhook-deliveries = Derniers envois
host-webhook-no-deliveries = Rien n’a encore été envoyé.
host-webhook-when = Quand
host-webhook-event = Événement
host-webhook-outcome = Résultat
host-webhook-answer = Réponse
host-webhook-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
  }
host-webhook-details = Détails
host-webhook-payload = Envoyé :
host-webhook-response = Réponse :
host-webhook-redeliver = Renvoyer
host-webhook-redelivering = Nous le renvoyons maintenant.
host-webhook-remove-title = Supprimer ce webhook
host-webhook-remove-intro = Ses envois sont supprimés avec lui, et plus rien n’est envoyé.
host-webhook-remove = Supprimer le webhook
host-webhook-active = Actif
host-webhook-failing = Actif, { $count ->
    [one] { $count } tentative échouée
   *[other] { $count } tentatives échouées
  } d’affilée
host-webhook-paused-failing = En pause depuis le { $when } après des échecs répétés
host-webhook-paused-by-host = Mis en pause par un membre de l’équipe le { $when }
host-webhook-delivered = Livré le { $when }
host-webhook-failed = Échoué le { $when }
host-webhook-sending = Envoi en cours
host-webhook-waiting = En attente
host-webhook-retrying = Nouvelle tentative le { $when }
host-webhook-kind-night-published = Une soirée est publiée
host-webhook-kind-night-changed = Une soirée change
host-webhook-kind-night-cancelled = Une soirée est annulée
host-webhook-kind-rsvp-confirmed = Un invité a une place
host-webhook-kind-rsvp-waitlisted = Un invité rejoint la liste d’attente
host-webhook-kind-rsvp-cancelled = La place d’un invité est annulée
host-webhook-kind-rsvp-checked-in = Un invité est enregistré à l’entrée
host-webhook-kind-story-submitted = Une histoire est proposée
host-webhook-kind-story-decided = Une histoire est tranchée
host-webhook-kind-lesson-published = Une leçon est publiée
host-audit-webhook-added = webhook ajouté
host-audit-webhook-paused = webhook mis en pause
host-audit-webhook-resumed = webhook relancé
host-audit-webhook-secret = secret du webhook remplacé
host-audit-webhook-removed = webhook supprimé
host-audit-webhook-redelivered = envoi du webhook renvoyé

## Signalements

host-nav-reports = Signalements
host-reports-title = Signalements
host-reports-intro = Les signalements liés au code de conduite, envoyés par le formulaire présent sur la page de chaque soirée et sur chaque billet. Seuls les responsables du chapitre les voient ; chacun est supprimé un an après sa réception.
host-reports-none = Aucun signalement.
host-report-when = Reçu
host-report-night = Soirée
host-report-status = État
host-report-title = Signalement
host-report-from = De
host-report-what = Ce qui s’est passé
host-report-note = Note des responsables
host-report-note-hint = Pour les responsables seulement : ce que vous avez fait, à qui vous avez parlé.
host-report-anonymous = Anonyme
host-report-status-new = Nouveau
host-report-status-in-progress = En cours
host-report-status-closed = Clos
host-audit-conduct-report-updated = signalement mis à jour
