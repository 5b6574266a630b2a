# pages messages (fr). Keys: pages-… ; see locales/README.md.

## La page de la soirée (templates/pages/event.html)
event-cancelled = Cette soirée est annulée.
event-moved = Déplacée :
event-moved-from = cette soirée était prévue le { $before }. Le nouvel horaire figure ci-dessous.
event-when = Quand
event-where = Où
event-map = Plan
event-access = Accessibilité
event-seats = Places
event-going = { $going ->
    [one] { $going } inscrit·e
   *[other] { $going } inscrits
}
event-be-first = { $capacity } places · réservez avant tout le monde
event-get-ticket = Prendre un billet
event-seats-left = { $left ->
    [one] { $left } place libre sur { $capacity }
   *[other] { $left } places libres sur { $capacity }
}
event-full = Complet : vous pouvez vous inscrire sur la liste d’attente
event-lineup = Au programme
event-add-to-calendar = Ajouter à l’agenda :
event-ics-file = fichier .ics
event-not-on-sale = Les billets pour cette soirée ne sont pas en vente pour le moment. Revenez un peu plus tard.
event-join-waitlist = M’inscrire sur la liste d’attente
event-rsvp = Réserver
event-tickets = Billets
event-ticket = Billet
event-your-price = Votre prix pour « { $ticket } » ({ $currency })
event-your-price-hint = Pour ce billet uniquement ; par exemple 12 ou 12,50.
event-your-name = Votre nom
event-email = E-mail
event-plus-ones = Personnes qui vous accompagnent
event-email-use = Nous envoyons votre billet et une invitation d’agenda à cette adresse, et ne l’utilisons pour rien d’autre.
event-paid-hold = Pour un billet payant, nous vous envoyons par e-mail le lien pour payer sur la page de Stripe ; votre place est réservée 30 minutes en attendant.
event-reserve = Réserver ma place
event-continue = Continuer
event-over = Cette soirée est terminée.
event-check-your-email = Merci ! Consultez votre messagerie : nous avons envoyé la suite à l’adresse indiquée : votre billet, votre place sur la liste d’attente ou, pour un billet payant, le lien pour payer (votre place est réservée 30 minutes). Si vous aviez déjà réservé cette soirée avec cette adresse, nous vous avons renvoyé le lien de votre billet.
event-paid = Merci pour votre paiement. Stripe le confirme ; votre billet arrive par e-mail dans un instant.
event-checkout-cancelled = Vous avez quitté la page de paiement sans payer. Votre place reste réservée 30 minutes : l’e-mail que nous vous avons envoyé contient le lien pour payer.
event-og-description = { $when }, { $venue }. { $teaser }

## The front page (templates/pages/index.html)
index-heading = Soirées de l’échec
index-intro = Trois ou quatre personnes racontent chacune, en moins de sept minutes, l’histoire d’un échec professionnel. Ensuite, des questions et un verre.
index-no-chapters = Aucune antenne pour l’instant.
index-chapters = Antennes

## A chapter's page (templates/pages/chapter.html)
chapter-page-title = { $chapter } · soirées de l’échec
chapter-lessons-feed-title = Leçons de { $chapter }
chapter-every-month = Chaque mois :
chapter-speak-question = Vous avez échoué au travail et vous en avez tiré une leçon ?
chapter-speak-link = Racontez votre histoire lors d’une prochaine soirée
chapter-subscribe = S’abonner au calendrier
chapter-subscribe-hint = (toutes les soirées, toujours à jour)
chapter-ics-feed = flux .ics
chapter-json-feed = Flux JSON
feed-nights-title = Soirées de { $chapter }
feed-night-cancelled = Annulée : { $title }
chapter-upcoming = Prochaines soirées
chapter-no-upcoming = Aucune soirée n’est encore annoncée. Revenez bientôt.
chapter-night-when = { $date }, { $time }
chapter-badge-cancelled = Annulée
chapter-badge-moved = Déplacée : nouvelle date
chapter-badge-full = Complet : liste d’attente ouverte
chapter-past = Soirées passées
chapter-lessons = Ce que nous avons appris
chapter-no-lessons = Après chaque soirée, les intervenants peuvent partager ici la leçon de leur histoire.
chapter-all-lessons = Toutes les leçons de { $chapter }
chapter-atom-feed = Flux Atom
chapter-timezone = Les heures sont indiquées en { $zone }.


## Ticket choices on the night's page (crates/gateway/src/pages.rs)
ticket-choice-paid = { $ticket } · { $price }
ticket-choice-pwyw = { $ticket } · prix libre, à partir de { $price }

## A guest's ticket (templates/pages/ticket.html)
ticket-page-title = Votre billet
ticket-heading-confirmed = Votre billet
ticket-heading-waitlisted = Vous êtes sur la liste d’attente
ticket-heading-offered = Une place s’est libérée pour vous
ticket-heading-held = Finalisez votre paiement
ticket-heading-pending = En attente de validation
ticket-heading-cancelled = Annulée
ticket-heading-declined = Non validée
# The sentence goes on with a link to the night (its title).
ticket-status-confirmed = { $name }, vous avez une place pour
ticket-status-checked-in = { $name }, votre arrivée est enregistrée à
ticket-status-waitlisted = { $name }, vous êtes sur la liste d’attente de
ticket-status-waitlisted-number = { $name }, vous êtes sur la liste d’attente (numéro { $position }) de
ticket-status-offered = { $name }, une place vous est proposée pour
ticket-status-offered-until = { $name }, une place vous est proposée jusqu’au { $until } pour
ticket-status-held = { $name }, votre place est réservée le temps de payer votre billet pour
ticket-status-pending = { $name }, les organisateurs doivent encore valider votre inscription à
ticket-status-cancelled = { $name }, votre place est annulée pour
ticket-status-declined = { $name }, les organisateurs n’ont pas pu vous donner de place pour
ticket-plus-ones = { $count ->
    [one] (avec { $count } invité)
   *[other] (avec { $count } invités)
}
ticket-paid-confirming = Merci : nous confirmons votre paiement. Rechargez la page dans un instant.
ticket-qr-label = Code QR de votre billet, à montrer à l’entrée
ticket-show-at-door = Montrez ceci à l’entrée.
ticket-short-code = S'il ne se scanne pas, l'entrée peut taper :
ticket-share-night = Partager la soirée
ticket-waitlist-hint = Si une place se libère, nous vous écrivons aussitôt.
ticket-accept = Accepter la place
ticket-pay-now = Payer maintenant
ticket-pay-hint = sur la page de Stripe ; votre place reste réservée en attendant.
ticket-live-before = Le soir même :
ticket-live-link = posez une question aux intervenants
ticket-live-after = depuis votre place.
ticket-cancel-link = Vous ne pouvez pas venir ? Libérez votre place

## Confirming a ticket action (templates/pages/ticket_action.html)
ticket-action-back = Retour à votre billet
ticket-cancel-heading = Vous ne pouvez pas venir ?
ticket-cancel-question = Libérer votre place pour { $night } ? C’est définitif.
ticket-cancel-to-waitlist = La première personne de la liste d’attente la recevra.
ticket-cancel-back-on-sale = Elle redevient libre pour qui la veut.
ticket-cancel-keep = Non, garder ma place
ticket-cancel-button = Oui, libérer ma place
ticket-cancel-started-heading = La soirée a commencé
ticket-cancel-started = Cette soirée a commencé : les places ne peuvent plus être annulées ici. Adressez-vous aux organisateurs à l’entrée.
ticket-cancel-nothing-heading = Rien à annuler
ticket-cancel-nothing = Ce billet n’a aucune place à libérer.
ticket-refund-amount = Nous vous remboursons { $amount } sur votre carte ; cela apparaîtra d’ici quelques jours.
ticket-refund-policy = Les billets de cette soirée ne sont pas remboursés en cas d’annulation de votre part.
ticket-refund-started = Les billets ne sont plus remboursés une fois la soirée commencée.
ticket-refund-cutoff = { $hours ->
    [one] Les billets annulés moins de { $hours } heure avant la soirée ne sont pas remboursés.
   *[other] Les billets annulés moins de { $hours } heures avant la soirée ne sont pas remboursés.
}
ticket-accept-message = Une place pour { $night } est à vous si vous l’acceptez maintenant.
ticket-accept-none-heading = Aucune offre en cours
ticket-accept-none = Ce billet n’a aucune offre en cours.
ticket-still-heading = Vous venez toujours ?
ticket-still-message = Merci de nous confirmer que vous venez toujours à { $night }.
ticket-still-button = Oui, je viens
ticket-still-none-heading = Pas de place
ticket-still-none = Ce billet n’a aucune place à garder.

## Unsubscribing (templates/pages/unsubscribe.html); the address comes first, in bold.
unsubscribe-title = E-mails de { $chapter }
unsubscribe-off = ne reçoit plus de rappels ni de messages de { $chapter }.
unsubscribe-still = Vous recevez toujours l’essentiel : les confirmations, et un mot si une soirée réservée est déplacée ou annulée.
unsubscribe-again = Recevoir à nouveau rappels et messages
unsubscribe-on = reçoit des rappels avant les soirées et des messages des organisateurs de { $chapter }.
unsubscribe-stop = Plus de rappels ni de messages

## Error pages (templates/pages/error.html)
error-back = Retour à la page d’accueil

## What a ticket's QR code opens (templates/pages/scan.html)
scan-page-title = Billet
scan-heading = Un billet pour { $night }
scan-hint = Ce code est enregistré à l’entrée : montrez-le là-bas le soir même.
scan-staff = Équipe de l’entrée :
scan-sign-in = connectez-vous
scan-staff-after = pour enregistrer ce billet.

## Le widget du chapitre, sur d’autres sites

widget-heading = Prochaines soirées de l’échec de { $chapter }
widget-none = Aucune soirée n’est encore prévue.
widget-more = Toutes les soirées du chapitre
widget-when = { $date }, { $time }
widget-full = Complet
widget-book = Réserver une place
widget-join-waitlist = Rejoindre la liste d’attente

## Le code de conduite et les signalements

event-accept-coc = J’accepte le code de conduite de cette soirée.
event-coc-read = Lire le code de conduite
event-coc = Code de conduite
event-coc-of = Le code de conduite de { $chapter }
event-report = Signaler un problème, en toute confidentialité
report-title = Signaler un problème
report-intro = Racontez à l’équipe de { $chapter } ce qui s’est passé. Seuls les responsables du chapitre le lisent.
report-urgent = Si quelqu’un est en danger en ce moment, appelez d’abord les secours.
report-body = Que s’est-il passé ?
report-body-hint = Quand et où, qui était concerné, ce que vous avez vu ou entendu. Jusqu’à 5 000 caractères.
report-night = Quelle soirée ?
report-no-night = Pas une soirée en particulier
report-contact = Comment vous joindre (facultatif)
report-anonymous = Laissez les deux vides pour rester anonyme. Avec une adresse, l’équipe peut vous répondre.
report-name = Votre nom
report-email = Votre adresse e-mail
report-send = Envoyer le signalement
report-sent = Merci. Votre signalement est parvenu aux responsables du chapitre, et à eux seuls.
report-back = Retour à { $chapter }
report-coc-of = Le code de conduite de { $chapter }
