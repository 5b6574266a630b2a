# Messages de validation et d’erreur (fr). Clés : error-… ; voir locales/README.md.

## Erreurs en général

error-invalid = Certains champs sont à revoir.
error-forbidden = Vous n’êtes pas hôte de ce chapitre.
error-unauthorized = Connectez-vous ou envoyez un jeton d’API valide.
error-method-not-allowed = Cette adresse n’accepte pas cette méthode.
error-request-timeout = La requête a mis trop de temps à arriver. Veuillez l’envoyer à nouveau.
error-rate-limited = Trop de requêtes. Patientez un peu, puis réessayez.
error-payment-provider = Le prestataire de paiement est injoignable. Veuillez réessayer dans un instant.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-nothing-here = Il n’y a rien à cette adresse.
error-bad-body = Le corps de la requête n’a pas pu être lu.
error-body-too-large = Le corps est trop volumineux.
error-json-syntax = Le corps n’est pas du JSON valide : { $detail }
error-json-shape = Le JSON n’a pas la forme attendue : { $detail }
error-json-object = Le corps JSON doit être un objet.
error-json-content-type = Envoyez le corps en JSON avec Content-Type: application/json.

## Titres des pages d’erreur

error-status-400 = Requête invalide
error-status-401 = Connexion nécessaire
error-status-403 = Non autorisé
error-status-404 = Introuvable
error-status-405 = Méthode non autorisée
error-status-408 = Délai dépassé
error-status-409 = Impossible pour le moment
error-status-410 = N’existe plus
error-status-413 = Trop volumineux
error-status-415 = Format non pris en charge
error-status-422 = Vérifiez votre saisie
error-status-429 = Trop de requêtes
error-status-500 = Un problème est survenu
error-status-502 = Prestataire de paiement indisponible
error-status-other = Erreur

## Champs de formulaire en général

error-required = Ce champ est obligatoire.
error-too-long = { $max ->
    [one] { $max } caractère au maximum.
   *[other] { $max } caractères au maximum.
  }
error-single-line = Utilisez une seule ligne, sans caractères de contrôle.
error-control-characters = Retirez les caractères de contrôle.
error-email-invalid = Saisissez une adresse e-mail comme name@example.org.
error-whole-number = Indiquez un nombre entier.
error-number-range = Indiquez un nombre entier de { $min } à { $max }.
error-timezone = « { $zone } » n’est pas un fuseau horaire IANA comme Europe/Paris.
error-capacity-range = Indiquez un nombre de places de 1 à { $max }.
error-capacity-seats-taken = Plus de places sont déjà prises, réservées ou proposées ; la capacité ne peut pas descendre en dessous.

## Ce qui n’existe pas (ou plus)

error-no-night = Cette soirée n’existe pas.
error-no-chapter = Ce chapitre n’existe pas.
error-no-chapter-here = Il n’y a pas de chapitre à cette adresse.
error-no-host = Cet hôte n’existe pas dans ce chapitre.
error-no-story = Cette histoire n’existe pas.
error-no-comment = Ce commentaire n’existe pas.
error-no-question = Cette question n’existe pas.
error-no-night-or-ticket = Cette soirée ou ce billet n’existe pas.
error-no-rsvp = Cette réservation n’existe pas.
error-no-rsvp-chapter = Cette réservation n’existe pas dans ce chapitre.
error-no-ticket = Ce billet n’existe pas.
error-no-ticket-code = Aucun billet de cette soirée n’a ce code.
error-door-no-ticket = Aucun billet avec ce code pour cette soirée.
error-no-venue = Ce lieu n’existe pas.
error-no-series = Cette série n’existe pas.
error-no-token = Ce jeton n’existe pas.
error-no-slide = Cette diapositive n’existe pas.
error-no-lesson = Il n’y a pas de leçon à cette adresse.
error-no-topic = Ce thème n’existe pas.
error-lesson-withdrawn = Cette leçon a été retirée par son auteur ou son autrice.
error-night-gone = Cette soirée n’existe plus.
error-ticket-link = Ce lien de billet n’est pas valide. Vérifiez le lien dans votre e-mail.
error-feedback-link = Ce lien d’avis n’est pas (ou plus) valide. Vérifiez le lien dans votre e-mail.
error-speaker-link = Ce lien n’est pas (ou plus) valide. Vérifiez le lien dans votre e-mail.
error-unsubscribe-link = Ce lien n’est pas valide. Utilisez le lien en bas de l’un de nos e-mails.
error-sign-in-link = Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau sur /host/sign-in.

## Chapitres, lieux, soirées, séries

error-chapter-slug = Utilisez de 2 à 40 lettres minuscules, chiffres et tirets, comme « berlin ».
error-chapter-slug-taken = Un chapitre avec l’identifiant « { $slug } » existe déjà.
error-language = « { $code } » ne fait pas partie de nos langues ({ $ours }).
error-chapter-reminder-hours = Indiquez jusqu’à cinq nombres d’heures avant la soirée, comme « 24, 3 » (336 au maximum).
error-last-owner = Un chapitre garde au moins un propriétaire.
error-host-role = Choisissez owner, host ou door.
error-venue-map-url = Indiquez une adresse web commençant par https://, ou laissez vide.
error-venue-capacity = Indiquez un nombre de places de 1 à { $max }, ou aucun.
error-venue-exists = Ce chapitre a déjà un lieu avec ce nom et cette adresse.
error-choose-venue = Choisissez un lieu.
error-night-local-time = Indiquez une date et une heure locales comme 2026-12-10T19:00.
error-date-time-input = Indiquez la date et l’heure comme { $example }.
error-date-input = Indiquez la date comme { $example }.
error-time-input = Indiquez l’heure comme { $example }.
error-night-time-gap = { $local } n’existe pas dans le fuseau { $zone } : les horloges sautent cette heure (heure d’été)
error-night-start-past = La soirée doit commencer dans le futur.
error-night-end-before-start = La soirée doit finir après avoir commencé.
error-night-too-long = Une soirée dure 24 heures au maximum.
error-night-venue = Ce chapitre n’a aucun lieu avec cet identifiant.
error-capacity-below-seats = { $count ->
    [one] { $count } personne a déjà une place ; la capacité ne peut pas descendre en dessous.
   *[other] { $count } personnes ont déjà une place ; la capacité ne peut pas descendre en dessous.
  }
error-night-exists = Cette soirée existe déjà.
error-night-cancelled-no-change = Cette soirée a été annulée et ne peut plus être modifiée.
error-night-over-no-change = Cette soirée est terminée et ne peut plus être modifiée.
error-night-published = Cette soirée est déjà publiée.
error-night-not-open = Cette soirée n’est pas encore ouverte aux réservations.
error-night-cancelled = Cette soirée a été annulée.
error-night-over = Cette soirée est terminée.
error-series-start-time = Indiquez l’heure locale de début, comme 19:00.
error-series-duration = Une soirée dure de 15 minutes à 24 heures (1440 minutes).
error-series-date = Indiquez une date comme 2026-12-01.
error-series-date-range = Indiquez une date dans les { $years } ans à venir.
error-series-venue = Choisissez l’un des lieux du chapitre.
error-series-ended = Cette série est terminée.
error-rrule-empty = Indiquez une règle de récurrence comme FREQ=MONTHLY;BYDAY=2TH.
error-rrule-dtstart = Indiquez seulement la règle (FREQ=…), sans DTSTART.
error-rrule-invalid = RRULE non valide : { $reason }.
error-rrule-frequency = Une série se répète chaque semaine, chaque mois ou chaque année (FREQ=WEEKLY, MONTHLY ou YEARLY).
error-rrule-time-of-day = L’heure est celle du début de la série : retirez BYHOUR, BYMINUTE et BYSECOND.
error-rrule-crowded = Une série compte au plus { $max } soirées par semaine ; cette règle en a { $count } du { $from } au { $to }.

## Billets, réservations, l’entrée

error-plus-ones-max = { $max ->
    [one] Vous pouvez venir avec { $max } invité au maximum.
   *[other] Vous pouvez venir avec { $max } invités au maximum.
  }
error-no-plus-ones = Cette soirée n’accepte pas d’accompagnants.
error-plus-ones-range = Indiquez un nombre de 0 à 10.
error-choose-ticket = Choisissez un billet.
error-price-guest = Indiquez un prix comme 12 ou 12,50.
error-price-host = Indiquez un prix comme 15 ou 7,50.
error-pay-range = Payez au moins { $min } (en centimes) et au plus 1000000.
error-ticket-free = Ce billet est gratuit : réservez simplement votre place.
error-no-ticket-type = Cette soirée n’a pas ce type de billet.
error-ticket-required = Cette soirée vend des billets : choisissez un type de billet.
error-ticket-kind = Utilisez « free », « paid » ou « pwyw » (prix libre).
error-currency = Utilisez un code de devise ISO à trois lettres comme EUR.
error-ticket-price = Indiquez un prix en centimes de 50 à 1000000.
error-ticket-minimum = Indiquez un minimum en centimes de 0 à 1000000.
error-ticket-free-price = Un billet gratuit n’a pas de prix.
error-too-many-holds = { $count } places de cette soirée sont déjà réservées en attente de paiement depuis votre connexion. Terminez de les payer (les liens sont dans votre e-mail) ou attendez qu’elles expirent ({ $minutes } minutes au maximum), puis réessayez.
error-payments-off = Les billets payants ne sont pas disponibles : cette instance n’a pas de clés Stripe (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
error-attendee-refund = Utilisez « full » ou « none ».
error-promotion-mode = Utilisez « auto » (confirmer la personne suivante) ou « offer » (proposer la place).
error-offer-hours = Indiquez un nombre d’heures de 1 à 720.
error-reconfirm-hours = Indiquez un nombre d’heures de 0 (ne jamais demander) à 720.
error-refund-cutoff-hours = Indiquez un nombre d’heures de 0 (jusqu’au début de la soirée) à 720.
error-overbook-risk = Choisissez non, ou un risque de 1, 5, 10 ou 20 %.
error-seats-changed = Les places de la soirée ont changé pendant le verrouillage.
error-no-offer = Ce billet n’a aucune offre en cours.
error-offer-expired = Cette offre a expiré ; la place est allée à la personne suivante.
error-checked-in = Cette personne est déjà enregistrée à l’entrée.
error-not-pending = Cette réservation n’attend pas de validation.
error-no-seat = Ce billet n’a pas de place à garder.
error-cancel-night-started = Cette soirée a commencé : les places ne peuvent plus être annulées ici. Adressez-vous aux hôtes à l’entrée.
error-door-closed = L’entrée de cette soirée n’est pas ouverte.
error-door-has-rsvp = Cette adresse a une réservation : scannez plutôt son billet.
error-door-undo-walk-in = L'enregistrement d'une personne venue sans réservation est sa place : annulez plutôt sa place.
error-photo-none = Choisissez une photo à envoyer.
error-photo-slow = Cette photo a pris trop de temps ; essayez-en une plus petite.
error-portrait-consent = Cochez la case pour accepter que la photo soit montrée dans le programme de la soirée.
error-portrait-not-real-name = Seules les personnes qui apparaissent sous leur vrai nom montrent une photo ; avec un nom de scène ou anonymement, le programme montre une image générée.
error-accent-contrast = Un texte blanc sur cette couleur a un contraste de { $contrast }:1 ; il faut 4,5:1. Choisissez une teinte plus foncée.
error-accent-format = Donnez la couleur en six chiffres hexadécimaux, comme #1f5fbf.
error-door-short-code-twice = Deux billets de ce soir ont ce code court : scannez le QR code ou cherchez la personne par son nom.
error-door-sync-too-many = Au plus 500 actions de l'entrée à la fois.
error-door-sync-op = Chaque action de l'entrée demande une clé (1 à 64 caractères), une action (check_in ou undo) et un code de billet.
error-door-not-confirmed = Ce billet est { $status ->
    [pending] en attente
    [waitlisted] en liste d’attente
    [offered] proposé
    [held] réservé
    [checked_in] déjà enregistré
    [cancelled] annulé
    [declined] refusé
   *[other] { $status }
  }, pas confirmé : aucune place à enregistrer.
error-night-full = La soirée est complète.

## Histoires, évaluations, programme, diapositives, bilans

error-call-closed = L’appel à histoires est fermé pour le moment.
error-story-consent = Choisissez non, oui ou « demandez-moi avant de publier ».
error-story-consent-slides = Choisissez sur scène uniquement, publiées après la soirée, ou jamais.
error-story-appearance = Choisissez comment vous voulez apparaître : nom réel, nom de scène ou anonyme.
error-story-stage-name-line = Utilisez une seule ligne.
error-story-text-required = Racontez-nous en quelques phrases ; des notes brutes suffisent.
error-story-months = Choisissez des mois dans la liste.
error-story-coc = Veuillez lire et accepter le code de conduite.
error-story-decided = Une décision a été prise sur cette histoire ; elle ne peut plus être modifiée.
error-story-consent-locked = Le consentement ne peut plus être modifié pour cette histoire.
error-story-not-purgeable = Les interventions acceptées et confirmées ne peuvent pas être purgées ; la personne peut les retirer ou les supprimer.
error-story-decision = Choisissez accepter, liste d’attente ou refuser.
error-story-transition = Une histoire { $state ->
    [submitted] soumise
    [waitlisted] en liste d’attente
    [accepted] acceptée
    [confirmed] confirmée
    [rejected] refusée
    [declined] déclinée
    [withdrawn] retirée
   *[other] { $state }
  } ne peut pas être { $action ->
    [accept] acceptée
    [reject] refusée
    [waitlist] mise en liste d’attente
    [confirm] confirmée
    [decline] déclinée
    [withdraw] retirée
   *[other] { $action }
  }.
error-speaker-answer = Indiquez si vous confirmez ou déclinez.
error-speaker-withdraw-sure = Cochez la case pour retirer votre histoire.
error-speaker-delete-sure = Cochez la case pour supprimer votre histoire et vos données.
error-placeholder-unknown = { $count ->
    [one] Variable inconnue
   *[other] Variables inconnues
  } { $placeholders } : utilisez {"{name}"}, {"{title}"}, {"{link}"} ou {"{chapter}"}.
error-review-score = Donnez une note de 1 à 5.
error-review-closed = Une décision a été prise sur cette histoire ; les évaluations sont closes.
error-lineup-action = Choisissez une intervention et ce qu’il faut en faire.
error-lineup-placed = Cette intervention est déjà dans un programme : retirez-la d’abord de celui-ci.
error-lineup-unconfirmed = Seules les interventions confirmées peuvent entrer dans un programme.
error-lineup-changed = Cette intervention a changé entre-temps ; réessayez.
error-lineup-missing = Cette intervention n’est pas au programme de cette soirée.
error-slides-not-accepted = Vous pourrez envoyer des diapositives une fois votre histoire acceptée.
error-slides-night-started = Votre soirée a commencé : les diapositives ne peuvent plus être modifiées.
error-slides-none = Choisissez au moins une image ou un PDF.
error-slides-too-many = Cela fait { $count } diapositives ; ici, une intervention en compte au plus { $limit }. Choisissez vos { $limit } meilleures.
error-slides-too-many-files = Cela fait { $count } fichiers ; une présentation compte au plus quelques dizaines de diapositives.
error-slides-more-than = Cela fait plus de { $max } fichiers ; une présentation compte au plus quelques dizaines de diapositives.
error-slides-file = Fichier { $file } sur { $of } : { $reason }
error-bad-upload = L’envoi n’a pas pu être lu ; veuillez le renvoyer.
error-media-too-large = Le fichier dépasse { $mb } Mo.
error-upload-too-large = L’envoi dépasse { $mb } Mo au total.
error-media-not-image = Ce n’est pas une image PNG, JPEG ou WebP (quoi qu’en dise son nom).
error-media-pixels = L’image fait { $width }×{ $height } pixels ; au plus { $side } pixels de côté et { $megapixels } mégapixels sont acceptés.
error-media-broken = L’image n’a pas pu être lue (le fichier est-il complet ?).
error-media-not-pdf = Ce n’est pas un fichier PDF.
error-media-broken-pdf = Le PDF n’a pas pu être lu (est-il complet et sans mot de passe ?).
error-media-pages = Le PDF a { $pages } pages ; une intervention compte au plus { $limit } diapositives.
error-media-no-pages = Le PDF n’a aucune page.
error-media-page-size = La page { $page } du PDF a une taille impossible.
error-media-encode = L’image n’a pas pu être encodée.
error-recap-topics-unknown = Choisissez des thèmes dans la liste.
error-recap-topics-none = Choisissez au moins un thème.
error-recap-topics-max = Choisissez au plus { $max } thèmes.
error-recap-language = Indiquez un code de langue à deux lettres comme fr.
error-recap-no-night = Un bilan porte sur une intervention donnée lors d’une soirée.
error-recap-night-cancelled = Votre soirée a été annulée : il n’y a donc pas d’intervention dont faire le bilan.
error-recap-too-early = Vous pourrez écrire et publier votre bilan une fois votre soirée terminée.
error-recap-taken-over = La personne a repris ce bilan : elle seule peut encore le modifier.
error-recap-not-published = Votre bilan n’est pas publié.

## Messages aux invités, la scène, les avis

error-message-body = Écrivez le message.
error-message-audience = Choisissez qui reçoit le message.
error-message-no-show-early = Personne n’a encore manqué la soirée : elle n’a pas commencé.
error-stage-moved = La scène a changé entre-temps : regardez à nouveau, puis appuyez encore.
error-stage-action = Action de scène inconnue.
error-stage-running = La soirée a déjà commencé.
error-stage-not-started = Lancez d’abord la soirée.
error-stage-paused = La scène est déjà en pause.
error-stage-not-paused = La scène n’est pas en pause.
error-stage-no-slides-next = Aucune diapositive n’est affichée : passez plutôt au segment suivant.
error-stage-no-slides-previous = Aucune diapositive n’est affichée : revenez plutôt au segment précédent.
error-stage-first-slide = C’est la première diapositive.
error-stage-end = C’est la fin de la soirée.
error-stage-beginning = C’est le début de la soirée.
error-stage-no-timer = Cette partie n’a pas de minuteur à prolonger.
error-stage-skip-qa = Passer aux questions ne fonctionne que pendant une intervention.
error-questions-not-open = Les questions s’ouvrent quand la soirée commence sur scène.
error-questions-over = Les interventions sont terminées : merci !
error-question-empty = Écrivez votre question.
error-question-status = Statut de question inconnu.
error-feedback-closed = Les avis sur cette soirée ont fermé le { $closed }. Merci quand même !
error-feedback-come-again = Choisissez oui, peut-être ou non.
error-feedback-rating = Choisissez une note de 1 à 5, ou aucune.
error-feedback-talk-unknown = L’une des interventions n’est pas au programme de cette soirée : rouvrez le lien de votre e-mail.
error-feedback-empty = Répondez à au moins une question : une note, un commentaire, ce que vous retenez ou si vous reviendrez.
error-comment-changed = L’invité a modifié ce commentaire depuis votre lecture : relisez-le, puis décidez.
error-comment-status = Publiez ou masquez le commentaire.
error-comment-version = Quelle version du commentaire avez-vous lue ?
error-period = Choisissez une période de 1 à { $max } mois qui commence avant de finir.
error-month = Indiquez un mois comme 2026-03.

## Webhooks

error-webhook-url = Saisissez l’adresse de votre récepteur, commençant par https:// (ou http://), sans nom d’utilisateur ni mot de passe.
error-webhook-url-not-public = { $host } pointe vers { $address }, qui n’est pas sur l’internet public : les webhooks ne vont qu’à des adresses publiques.
error-webhook-url-not-public-ip = { $address } n’est pas sur l’internet public : les webhooks ne vont qu’à des adresses publiques.
error-webhook-url-unresolved = { $host } est introuvable. Vérifiez l’adresse.
error-webhook-no-events = Choisissez au moins un événement.
error-no-webhook = Ce chapitre n’a pas ce webhook.
error-no-webhook-delivery = Ce webhook n’a pas cet envoi.
error-webhook-delivery-busy = Cet envoi part en ce moment même. Réessayez dans une minute.

## Le code de conduite et les signalements

error-rsvp-code-of-conduct = Acceptez le code de conduite pour réserver.
error-report-night = Choisissez une soirée de ce chapitre, ou aucune.
error-no-report = Ce chapitre n’a pas ce signalement.
error-report-status = Choisissez nouveau, en cours ou clos.

## API tokens

error-token-scope = Choisissez tout, l’entrée seulement ou la lecture seule.
error-token-expires = Choisissez combien de temps le jeton est valable.

## The API's review queue

error-stories-state = Choisissez l’un des états : submitted, waitlisted, accepted, confirmed, rejected, declined, withdrawn.
error-stories-month = Indiquez un mois au format AAAA-MM, par exemple 2027-03.
