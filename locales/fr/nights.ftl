# nights messages (fr): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).

## The chapter's nights (templates/host/events.html)
host-nights-title = Soirées
host-nights-none = Pas encore de soirée.
host-nights-col-night = Soirée
host-nights-col-when = Quand
host-nights-col-state = État
host-nights-col-seats = Places
host-nights-new = Nouvelle soirée
host-nights-seats-hint = Vide : la capacité du lieu.
host-nights-local-time = Heure locale de { $zone }, saisie comme { $example }.
host-nights-publish-now = Publier tout de suite (sinon, un brouillon)
host-nights-create = Créer la soirée
host-nights-no-venue-before = D’abord,{" "}
host-nights-no-venue-link = ajoutez un lieu
host-nights-no-venue-after = .

## A night's form (the new night and the night's page)
host-night-field-title = Titre
host-night-field-description = Description
host-night-field-starts = Début
host-night-field-ends = Fin
host-night-field-venue = Lieu
host-night-field-seats = Places
## A night's state
host-night-status-draft = brouillon
host-night-status-published = publiée
host-night-status-cancelled = annulée

## A night's page (templates/host/event.html)
host-night-public-page = page publique
host-night-saved = Enregistré.
host-night-message-queued = { $count ->
    [one] Message en file d’attente pour { $count } personne.
   *[other] Message en file d’attente pour { $count } personnes.
}
host-night-counts = { $confirmed } avec une place, { $waitlisted } en attente.
host-night-message-guests = Écrire aux invités
host-night-door = Accueil
host-night-copy-link = Copier le lien
host-night-danger = Annuler la soirée
host-night-danger-hint = Toutes les personnes avec une place sont prévenues par e-mail, et les billets payés sont remboursés en entier. C’est définitif.
host-night-cover = Photo de couverture
host-night-cover-current = La photo de couverture de la soirée
host-night-cover-none = Pas encore de photo de couverture : une photo du lieu ou d’une soirée passée rend la page accueillante.
host-night-cover-choose = Photo (JPEG, PNG ou WebP)
host-night-cover-hint = Elle s’affiche en haut de la page de la soirée, en taille téléphone et ordinateur. Le lieu et les données de l’appareil sont retirés.
host-night-cover-upload = Envoyer la photo de couverture
host-night-cover-remove = Retirer la photo de couverture
host-night-feedback = Avis
host-night-feedback-line = Avis : { $summary }
host-night-feedback-read = Lire les avis
host-night-emails = E-mails pour cette soirée : { $sent } envoyés, { $queued } en file d’attente, { $retrying } en nouvel essai, { $failed } en échec.
host-night-failed-caption = E-mails en échec
host-night-col-to = À
host-night-col-subject = Objet
host-night-col-mail-answer = Réponse du serveur de messagerie
host-night-refunds-caption = Remboursements que Stripe n’a pas encore acceptés (nouvel essai automatique)
host-night-col-amount = Montant
host-night-col-tries = Essais
host-night-col-stripe-answer = Réponse de Stripe
host-night-col-next-try = Prochain essai
host-night-short-date-time = { $date }, { $time }
host-night-publish = Publier
host-night-cancel = Annuler cette soirée…
host-night-edit = Modifier
host-night-save = Enregistrer
host-night-tickets = Billets
host-night-tickets-free = Inscription gratuite : les invités donnent leur nom et leur e-mail. Ajoutez des types de billets ci-dessous pour vendre des billets, ou pour proposer un billet gratuit à côté des payants.
host-night-approval = Les organisateurs approuvent chaque inscription (un billet payant se paie une fois approuvé)
host-night-refund-policy = Quand un invité annule un billet payant
host-night-refund-full = remboursement intégral
host-night-refund-none = pas de remboursement
host-night-save-ticket-options = Enregistrer les options des billets
host-night-new-ticket-type = Nouveau type de billet
host-night-payments-off = Les billets payants ne sont pas disponibles : cette instance n’a pas de clés Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
host-night-free-without-stripe = Les types de billets gratuits fonctionnent sans.
host-night-ticket-name = Nom
host-night-ticket-name-hint = p. ex. Soutien, Étudiant, Gratuit
host-night-ticket-kind = Type
host-night-ticket-kind-free = gratuit
host-night-ticket-kind-paid = payant, à prix fixe
host-night-ticket-kind-pwyw = prix libre, à partir d’un minimum
host-night-ticket-price = Prix (le minimum pour un prix libre)
host-night-ticket-price-hint = p. ex. 15 ou 7,50 ; laissez vide pour un billet gratuit
host-night-ticket-currency = Devise
host-night-ticket-currency-hint = p. ex. EUR, CHF, CAD
host-night-add-ticket-type = Ajouter le type de billet
host-night-ticket-paid = { $name } · { $price }
host-night-ticket-pwyw = { $name } · prix libre, à partir de { $price }
host-night-speakers = Intervenants
host-night-lineup-link = Programme et déroulé
host-night-stage-before = Le soir même :{" "}
host-night-stage-projector = le projecteur
host-night-stage-between = {" "}et{" "}
host-night-stage-control = la télécommande sur téléphone
host-night-stage-after = {""}
host-night-no-talks = Aucune intervention au programme pour l’instant.
host-night-col-talk = Intervention
host-night-col-speaker = Intervenant
host-night-col-shown-as = Présenté comme
host-night-col-consent = Consentement (pour le photographe)
host-night-attendees = Participants
host-night-download-csv = Télécharger en CSV
host-night-first-bookings = Les premières réservations
host-night-more-bookings = Les réservations suivantes
host-night-no-rsvps = Pas encore d’inscription.
host-night-col-name = Nom
host-night-col-email = E-mail
host-night-col-status = État
host-night-col-booked = Inscription
host-night-col-actions = Actions
host-night-approve = Approuver
host-night-approve-who = Approuver { $name }
host-night-decline = Refuser
host-night-decline-who = Refuser { $name }
host-night-cancel-place = Annuler…
host-night-cancel-place-who = Annuler la place de { $name }

## A guest's state (the night's guests, the door)
host-rsvp-status-pending = en attente d’approbation
host-rsvp-status-confirmed = confirmé
host-rsvp-status-waitlisted = en liste d’attente
host-rsvp-status-offered = place proposée
host-rsvp-status-held = place réservée
host-rsvp-status-checked-in = entré
host-rsvp-status-cancelled = annulé
host-rsvp-status-declined = refusé

## Confirmations before emailing guests (templates/host/confirm.html)
host-night-send-title = { $count ->
    [one] Envoyer à { $count } personne ?
   *[other] Envoyer à { $count } personnes ?
}
host-night-send-message = { $count ->
    [one] « { $subject } » sera envoyé par e-mail à { $count } personne :
   *[other] « { $subject } » sera envoyé par e-mail à { $count } personnes :
}
host-night-send = Envoyer
host-night-change-title = Modifier { $title } ?
host-night-change-message = { $count ->
    [one] Enregistrer enverra un e-mail à { $count } personne au sujet du changement.
   *[other] Enregistrer enverra un e-mail à { $count } personnes au sujet du changement.
}
host-night-save-and-email = Enregistrer et les prévenir
host-night-cancel-title = Annuler { $title } ?
host-night-cancel-message = { $count ->
    [one] Annuler { $title } enverra un e-mail à { $count } personne. C’est irréversible.
   *[other] Annuler { $title } enverra un e-mail à { $count } personnes. C’est irréversible.
}
host-night-cancel-button = Annuler la soirée
host-night-cancel-rsvp-title = Annuler la place de { $name } ?
host-night-cancel-rsvp-message = { $name } ({ $email }) perd sa place et en est informé par e-mail ; la place revient à la liste d’attente.
host-night-cancel-rsvp-refund = Ses { $amount } sont remboursés intégralement.
host-night-cancel-rsvp-button = Annuler la place

## Messaging a night's guests (templates/host/message.html)
host-message-title = Message
host-message-heading = Écrire aux invités de { $title }
host-message-intro = Un message part en e-mail à chaque personne, par la file d’envoi. Les personnes désinscrites des rappels et messages de { $chapter } ne le reçoivent pas.
host-message-audience = Destinataires
host-message-confirmed = Les personnes qui ont une place (pas encore entrées)
host-message-waitlisted = Les personnes en liste d’attente
host-message-checked-in = Les personnes venues (enregistrées à l’accueil)
host-message-no-show = Les personnes qui avaient une place mais ne sont pas venues (une fois la soirée commencée)
host-message-subject = Objet
host-message-body = Message
host-message-body-hint = Texte brut. Il commence par « Bonjour {"{"}son nom{"}"}, » et se termine par le nom de l’antenne.
host-message-preview = Aperçu

## The door (templates/host/door.html, templates/host/door_nights.html)
host-door-title = Accueil
host-door-heading = Accueil : { $title }
host-door-counts-before = {""}
host-door-counts-after = {" "}sur { $confirmed } places enregistrées à l’entrée · { $capacity } places en tout
host-door-waiting = { $count } en attente
host-door-closed = Cette soirée n’est pas ouverte à l’accueil (elle n’est pas publiée, ou elle est terminée) : la liste est en lecture seule.
host-door-scanned = Billet scanné
host-door-check-in-who = Faire entrer { $name }
host-door-check-in = Faire entrer
host-door-already-in = Déjà entré à { $time }.
host-door-no-seat = Ce billet est « { $status } » : pas de place à enregistrer.
host-door-find-guest = Trouver un invité
host-door-find-placeholder = Nom ou e-mail
host-door-find = Chercher
host-door-nobody = Personne n’a encore de place.
host-door-nobody-called = Personne du nom de « { $query } » n’a de place.
host-door-show-everyone = Afficher tout le monde
host-door-everyone = Toutes les personnes avec une place ({ $count }), par nom
host-door-matching = { $shown } invités sur { $count } correspondent à « { $query } »
host-door-type-more = Il y en a d’autres : tapez davantage du nom.
host-door-col-guest = Invité
host-door-col-at-door = À l’accueil
host-door-walk-in-badge = sur place
host-door-in-at = entré à { $time }
host-door-speakers = Intervenants de ce soir (ce qui peut être publié, pour le photographe)
host-door-col-consent = Consentement
host-door-col-slides = Diapositives
host-door-ticket-code = Code du billet
host-door-code-label = Code ou lien du billet
host-door-code-hint = Scanner le QR code d’un billet avec l’appareil photo du téléphone ouvre cette page, l’invité prêt à entrer ; le texte d’une application de scan fonctionne aussi ici.
host-door-code-short = Le code court sous le QR code du billet (comme K7Q-2MX) marche aussi.
host-door-walk-in = Arrivée sur place
host-door-walk-in-name = Nom
host-door-walk-in-email = E-mail (facultatif)
host-door-walk-in-email-hint = Pour le rappel de la prochaine soirée, si la personne le souhaite.
host-door-walk-in-plus-ones = Personnes qui l’accompagnent
host-door-walk-in-add = Ajouter et faire entrer
host-door-print = Imprimée, cette page donne une liste papier pour l’accueil, au cas où le téléphone tomberait en panne de batterie.
host-door-checked-in = Entrée enregistrée : { $who }.
host-door-walked-in = Arrivée sur place ajoutée et entrée enregistrée : { $who }.
host-door-was-already-in = { $who } était déjà entré, à { $time }.
host-door-not-this-night = Ce billet n’est pas pour cette soirée.
host-door-undo = Annuler
host-door-undone = Entrée annulée : { $who }.
host-door-mode-open = Mode entrée (marche hors connexion)
host-door-mode-in = entrés
host-door-mode-welcome = Bienvenue, { $who } !
host-door-mode-already = { $who } est déjà entré·e, depuis { $time }.
host-door-mode-first-elsewhere = { $who } était déjà entré·e à { $time } par une autre porte.
host-door-mode-unknown = Pas sur la liste.
host-door-mode-unknown-offline = Pas sur la liste gardée sur ce téléphone (de { $time }).
host-door-mode-synced = Tout est envoyé · liste de { $time }
host-door-mode-pending = Pas encore envoyé : { $count }
host-door-mode-offline = Hors connexion : les entrées restent sur ce téléphone et partent quand la connexion revient.
host-door-mode-signed-out = Déconnecté : reconnectez-vous pour envoyer les entrées gardées sur ce téléphone.
host-door-mode-not-synced = pas encore envoyé
host-door-mode-scan = Scanner un billet
host-door-mode-scan-stop = Arrêter de scanner
host-door-mode-camera-refused = La caméra n'a pas pu s'ouvrir : autorisez-la dans les réglages du navigateur, ou cherchez la personne par son nom.
host-door-mode-find-placeholder = Nom
host-door-mode-list = Personnes avec une place
host-door-mode-leave = Quitter le mode entrée (la page complète)
host-door-mode-more = … et { $count } de plus : tapez davantage du nom.
host-door-nights-none = Aucune soirée publiée à venir.
host-door-nights-taken = { $taken } / { $capacity } places prises

## A night's feedback (templates/host/feedback.html)
host-feedback-title = Avis
host-feedback-anonymous = Les invités ne sont jamais nommés ici.
host-feedback-per-talk = Par intervention
host-feedback-col-average = Note moyenne
host-feedback-col-ratings = Notes
host-feedback-col-comments = Commentaires
host-feedback-col-unread = À lire
host-feedback-comments = Commentaires aux intervenants
host-feedback-comments-intro = Un intervenant ne lit un commentaire qu’une fois qu’un organisateur l’a transmis. Masquez ce qui blesserait sans aider : un commentaire masqué n’arrive jamais à l’intervenant.
host-feedback-no-comments = Pas encore de commentaire.
host-feedback-for-talk = pour { $talk }
host-feedback-status-pending = pas encore lu
host-feedback-status-released = transmis
host-feedback-status-hidden = masqué
host-feedback-release = Transmettre à l’intervenant
host-feedback-hide = Masquer pour l’intervenant
host-feedback-takeaways = Ce que les invités retiennent
host-feedback-summary = { $responses } invités entrés sur { $checked_in } ont répondu{ $rate }
host-feedback-summary-again =  ; reviendraient : { $yes } oui, { $maybe } peut-être, { $no } non
host-feedback-summary-rate = {" "}({ $percent } %)
host-feedback-summary-unread = { $count ->
    [one]  ; { $count } commentaire à lire
   *[other]  ; { $count } commentaires à lire
}
host-feedback-summary-end = .
host-feedback-schedule = Les invités entrés reçoivent un e-mail le { $asked } ; ils peuvent répondre jusqu’au { $closes }.
host-feedback-nobody-asked = Aucun invité n’a encore été sollicité.
host-feedback-released = Transmis : l’intervenant peut le lire dès maintenant.
host-feedback-hidden = Masqué : l’intervenant ne le verra jamais.

## A night's turnout (templates/host/turnout.html)
host-night-turnout-line = Attendus à l’entrée : environ { $expected } sur { $booked } places réservées ({ $low } à { $high }, probable à 80 %).
host-night-turnout-link = Présence et surréservation
host-night-numbers-link = Cette soirée en chiffres
host-night-numbers-title = Cette soirée en chiffres
host-night-numbers-door = { $came } à l’accueil ({ $booked } places réservées, { $walk_ins } sans réservation). Réservées mais vides : { $no_shows }. Première fois : { $first } ; déjà venus : { $regulars }.
host-night-numbers-bookings = Les réservations dans le temps
host-night-numbers-chart-title = Places demandées, par jours avant la soirée
host-night-numbers-chart-desc = Les réservations de cette soirée en trait plein, celles habituelles du chapitre en pointillés ; le tableau ci-dessous donne les mêmes chiffres.
host-night-numbers-this-legend = Cette soirée
host-night-numbers-usual-legend = D’habitude
host-night-numbers-axis = Jours avant la soirée
host-night-numbers-usual = D’habitude : la moyenne des { $nights } dernières soirées du chapitre. Chaque réservation compte dès qu’elle est faite, quoi qu’elle soit devenue ; hors personnes venues sans réservation.
host-night-numbers-usual-none = Pas encore de soirée précédente du chapitre pour comparer.
host-night-numbers-table = Places demandées et liste d’attente, par jours avant la soirée
host-night-numbers-when = Quand
host-night-numbers-days = { $days ->
    [0] Au début
    [one] { $days } jour avant
   *[other] { $days } jours avant
}
host-night-numbers-booked = Cette soirée
host-night-numbers-usual-col = D’habitude
host-night-numbers-waiting = En attente alors
host-night-numbers-waitlist-title = Liste d’attente
host-night-numbers-waitlist = { $joined } ont rejoint la liste d’attente : { $promoted } ont eu une place, { $left } l’ont quittée, { $waiting } attendent encore.
host-turnout-title = Présence
host-turnout-expected = Sur les { $booked } places réservées, environ { $expected } personnes sont attendues à l’entrée : entre { $low } et { $high }, avec une probabilité de 80 %.
host-turnout-nobody = Personne n’a encore réservé : personne n’est attendu.
host-turnout-prior = Trop peu d’historique : ce chapitre compte moins de { $min } soirées passées où l’entrée a servi. La prévision suppose que { $rate } % des places réservées viennent, à { $sigma } % près d’une soirée à l’autre, et apprendra des soirées du chapitre au fil du temps.
host-turnout-history = Appris de { $nights } soirées passées ({ $seats } places réservées) : { $rate } % des places réservées sont venues, et les soirées ont varié d’environ { $sigma } % au-delà du hasard. Un groupe qui a annulé le dernier jour compte comme absent.
host-turnout-rates = Qui vient, selon la date de réservation
host-turnout-booked-when = Réservé
host-turnout-rate = Venus
host-turnout-lead-early = plus d’une semaine avant
host-turnout-lead-week = de 1 à 7 jours avant
host-turnout-lead-last-day = le dernier jour
host-turnout-advice-title = Surréservation
host-turnout-risk = Risque d’avoir plus de monde que de places
host-turnout-risk-option = { $percent } %
host-turnout-show = Afficher
host-turnout-advice = Avec { $capacity } places et un risque de { $risk } % d’avoir plus de monde que de places, vous pouvez confirmer jusqu’à { $confirmable } places : { $extra } de plus que la salle n’en contient.
host-turnout-advice-none = Avec { $capacity } places et un risque de { $risk } % d’avoir plus de monde que de places, ne confirmez pas plus de places que la salle n’en contient.
host-turnout-auto-off = Les accompagnants comptent comme des places. La liste d’attente ne dépasse pas d’elle-même la capacité de la soirée, sauf si les réglages du chapitre le permettent (Places et liste d’attente).
host-turnout-auto-no-room = Le chapitre laisse la liste d’attente aller jusqu’au conseil à { $risk } % de risque, mais le lieu de cette soirée n’a pas de capacité saisie : indiquez-la sur le lieu, et la liste d’attente dépassera la capacité de la soirée, jamais celle du lieu.
host-turnout-auto-prior = Le chapitre laisse la liste d’attente aller jusqu’au conseil à { $risk } % de risque dès qu’il a { $min } soirées à lui avec un accueil ; d’ici là, elle va jusqu’à la capacité de la soirée.
host-turnout-auto-on = Le chapitre laisse la liste d’attente aller jusqu’au conseil à { $risk } % de risque, jamais au-delà des { $room } places du lieu : { $overbooked } places au-dessus de la capacité de la soirée sont maintenant à la liste d’attente. Les accompagnants comptent comme des places.
host-turnout-backtest-title = Que vaut cette prévision ?
host-turnout-backtest = Testée sur { $nights ->
        [one] une soirée passée
       *[other] { $nights } soirées passées
    }, chaque prévision faite uniquement à partir des soirées précédentes : { $error } personnes d’écart en moyenne, et le nombre à l’entrée était dans la fourchette à 80 % pour { $inside } d’entre elles ({ $percent } %).
host-turnout-backtest-none = Pas encore testée : il faut plus de { $min } soirées passées où l’entrée a servi.
host-turnout-night = Soirée
host-turnout-booked = Réservées
host-turnout-forecast = Prévision
host-turnout-range = Fourchette à 80 %
host-turnout-came = À l’entrée

## A night's lineup (templates/host/lineup.html)
host-lineup-title = Programme
host-lineup-call-time = arrivée des intervenants à { $time }
host-lineup-col-speaker = Intervenant (présenté comme)
host-lineup-first-slide = Première diapositive de { $title }
host-lineup-earlier = Plus tôt
host-lineup-later = Plus tard
host-lineup-remove = Retirer
host-lineup-run-of-show = Déroulé
host-lineup-available = Interventions confirmées sans soirée
host-lineup-none-available = Aucune. Les intervenants acceptés apparaissent ici une fois qu’ils ont confirmé.
host-lineup-add = Ajouter à cette soirée
host-lineup-slides = { $count ->
    [0] pas encore de diapositives
    [one] { $count } diapositive
   *[other] { $count } diapositives
}
host-consent-note = photos : { $photos } · enregistrement : { $recording } · diapositives : { $slides }
host-consent-yes = oui
host-consent-no = non
host-consent-ask = demander d’abord
host-slides-stage = sur scène uniquement
host-slides-published = sur scène, publiées après la soirée
host-slides-never = jamais montrées
host-speaker-anonymous = Intervenant anonyme

## The run-of-show (crates/submissions/src/lineup.rs)
host-run-call = Arrivée des intervenants
host-run-doors = Ouverture des portes
host-run-welcome = Accueil et introduction
host-run-break = Pause
host-run-talk = Intervention { $number } : « { $title } », par { $speaker } ({ $length })
host-run-talk-slot = Intervention { $number } ({ $length })
host-run-length = { $talk } min + { $qa } min de questions
host-run-end = Fin des interventions : un verre et des discussions

## The review queue (templates/host/stories.html)
host-stories-title = Histoires
host-stories-call-is = L’appel à histoires est{" "}
host-stories-call-open = ouvert
host-stories-call-closed = fermé
host-stories-call-is-after = {""}
host-stories-blind = relecture anonyme : l’identité des intervenants reste masquée jusqu’à la décision
host-stories-call-settings = réglages de l’appel
host-stories-public-form = formulaire public
host-stories-all = toutes
host-stories-month = Mois souhaité
host-stories-filter = Filtrer
host-stories-newer = Histoires plus récentes
host-stories-older = Histoires plus anciennes
host-stories-none = Aucune histoire.
host-stories-none-match = Aucune histoire ne correspond à ces filtres.
host-stories-col-story = Histoire
host-stories-col-state = État
host-stories-col-months = Mois
host-stories-col-reviews = Relectures
host-stories-col-mean = Note moyenne
host-stories-after-yours = après la vôtre
host-stories-any-month = peu importe
host-stories-speaker-number = Intervenant n° { $id }
host-stories-hidden-email = masqué jusqu’à la décision

## A story's state
host-story-state-submitted = proposée
host-story-state-waitlisted = en liste d’attente
host-story-state-accepted = acceptée
host-story-state-confirmed = confirmée
host-story-state-rejected = refusée
host-story-state-declined = déclinée
host-story-state-withdrawn = retirée

## A story under review (templates/host/story.html)
host-story-title = Histoire n° { $id }
host-story-saved = Enregistré.
host-story-blind = Relecture anonyme : l’identité de l’intervenant reste masquée jusqu’à la décision. Les mots qui permettraient de l’identifier apparaissent comme [hidden].
host-story-appears-as = Apparaît sous
host-story-appearance-real-name = son vrai nom
host-story-appearance-stage-name = un nom de scène
host-story-appearance-anonymous = anonyme
host-story-the-story = L’histoire
host-story-teaser = Accroche publique :
host-story-project = Le projet
host-story-wrong = Ce qui a mal tourné
host-story-learned = Ce que la personne en a appris
host-story-differently = Ce qu’elle ferait autrement
host-story-content-notes = Avertissements sur le contenu
host-story-recap = Le récapitulatif de l’intervenant
host-story-recap-published = Publié par l’intervenant
host-story-recap-published-in =  :{" "}
host-story-recap-library = dans la bibliothèque des leçons
host-story-recap-published-end = .
host-story-recap-withdrawn = Retiré par l’intervenant.
host-story-recap-waits = Votre brouillon attend l’intervenant : il n’est publié que s’il le décide.
host-story-recap-writing = L’intervenant est en train de l’écrire.
host-story-recap-draft-it = Rédigez le récapitulatif pour l’intervenant : il le lit sur sa page, le modifie et le publie, ou non. Il serait publié sous le nom{" "}
host-story-recap-draft-it-end = .
host-story-recap-save = Enregistrer le brouillon pour l’intervenant
host-story-hidden-reviews = { $count ->
    [one] { $count } organisateur a relu cette histoire. Sa note et son commentaire s’affichent une fois les vôtres enregistrés, pour que chaque note soit personnelle.
   *[other] { $count } organisateurs ont relu cette histoire. Leurs notes et commentaires s’affichent une fois les vôtres enregistrés, pour que chaque note soit personnelle.
}
host-story-no-reviews = Pas encore de relecture.
host-story-col-host = Organisateur
host-story-col-score = Note
host-story-col-comment = Commentaire
host-story-review-mine = { $host } (vous)
host-story-former-host = un ancien organisateur
host-story-your-score = Votre note (de 1 à 5)
host-story-your-comment = Votre commentaire
host-story-your-comment-hint = Les intervenants peuvent lire les relectures de leur histoire dans l’export de leurs données.
host-story-save-review = Enregistrer ma relecture
host-story-decide = Décider
host-story-decide-intro = L’intervenant reçoit l’e-mail de l’antenne correspondant à la décision ({""}
host-story-decide-edit-texts = modifier les textes
host-story-decide-intro-end = ).
host-story-accept = Accepter
host-story-waitlist = Liste d’attente
host-story-reject = Refuser
host-story-delete = Supprimer cette histoire…
host-story-purge-title = Supprimer l’histoire n° { $id } ?
host-story-purge-message = Cela supprime définitivement l’histoire, ses relectures et les e-mails qui la concernent. L’intervenant n’est pas prévenu.
host-story-purge-button = Supprimer définitivement

## The call's settings (templates/host/call.html)
host-call-title = Appel à histoires
host-call-open = L’appel est ouvert (le formulaire à l’adresse /c/{ $slug }/speak accepte les histoires)
host-call-text = Ce que vous cherchez
host-call-text-hint = Affiché au-dessus du formulaire.
host-call-blind = Relecture anonyme : masquer aux relecteurs les noms, e-mails et mots ressemblant à des noms d’entreprise jusqu’à la décision
host-call-remind-days = Relancer un intervenant accepté après (jours)
host-call-remind-days-hint = S’il n’a pas confirmé d’ici là ; les organisateurs sont prévenus après le double de ce délai.
host-call-retention = Supprimer les histoires refusées, déclinées et retirées après (mois)
host-call-call-minutes = Arrivée des intervenants (minutes avant l’ouverture des portes)
host-call-talk-minutes = Intervention (minutes)
host-call-qa-minutes = Questions (minutes)
host-call-slides-per-talk = Diapositives par intervention (au maximum)
host-call-seconds-per-slide = Secondes par diapositive
host-call-decision-emails = E-mails de décision
host-call-decision-hint = Texte brut. Vous pouvez utiliser {"{name}"}, {"{title}"}, {"{link}"} (la page de l’intervenant) et {"{chapter}"}. Vide : notre texte sous le champ. L’objet de l’acceptation est toujours « Action requise : merci de confirmer votre intervention à … ».
host-call-accept-text = E-mail d’acceptation
host-call-reject-text = E-mail de refus
host-call-waitlist-text = E-mail de liste d’attente
