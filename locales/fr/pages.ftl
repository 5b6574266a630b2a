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
