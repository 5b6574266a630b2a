# Every email: subjects, text and HTML bodies, calendar texts (fr, vous). See locales/README.md.
# Keys: mail-<email>-… ; mail-… alone for what several emails share.

## Shared by several emails
mail-hi = Bonjour { $name },
mail-hello = Bonjour,
mail-when = Quand :
mail-where = Où :
mail-map = Plan :
mail-map-link = plan
mail-open-ticket = Ouvrir votre billet
mail-your-ticket = Votre billet
mail-ticket-qr = Votre billet (montrez le QR code à l’entrée) :
mail-waitlist-ticket = Votre billet de liste d’attente
mail-free-seat = Finalement, vous ne pouvez pas venir ? Libérez votre place depuis la page de votre billet pour une personne de la liste d’attente.
mail-see-you = À bientôt,
mail-thank-you = Merci,
mail-calendar-removed = L’annulation jointe retire la soirée de votre agenda.
mail-moved-from = Elle était prévue le { $before }.
mail-your-page = Votre page :
mail-unsubscribe = Ne plus recevoir de rappels ni de messages de { $chapter }
# A guest's party: nothing for one person, else how many come along.
mail-with-guests = { $count ->
    [0] {""}
    [one] {" "}(avec la personne qui vous accompagne)
   *[other] {" "}(avec les { $count } personnes qui vous accompagnent)
}

## The frame of guests' emails (layout.html)
mail-layout-header = { $chapter } · soirée de l’échec
mail-layout-footer = Vous recevez cet e-mail parce que vous vous êtes inscrit·e sur { $url }.

## The frame of speakers' emails (story_layout.html)
mail-story-layout-header = { $chapter } · appel à histoires
mail-story-layout-button = Ouvrir la page de votre histoire
mail-story-layout-footer = Vous recevez cet e-mail parce que vous avez envoyé une histoire à { $chapter }. Votre page (gardez le lien pour vous) : { $link }

## rsvp_confirmed
mail-confirmed-subject = C’est confirmé : { $title }, { $date }
mail-confirmed-title = C’est confirmé : { $title }
mail-confirmed-body = Vous avez une place à { $title }.
mail-confirmed-calendar = Ajoutez-la à votre agenda : l’invitation est jointe (invite.ics), ou

## rsvp_offered
mail-offered-subject = Une place se libère pour vous : { $title }, { $date }
mail-offered-subject-approved = Votre place est acceptée, payez pour la confirmer : { $title }, { $date }
mail-offered-title = Une place se libère pour vous : { $title }
mail-offered-approved = L’équipe a accepté votre place à { $title }{ $guests }.
mail-offered-approved-deadline = Elle vous est réservée jusqu’au { $deadline } : acceptez-la et payez en ligne pour la confirmer ; passé ce délai, elle revient à la personne suivante.
mail-offered-freed = Une place s’est libérée à { $title } et elle est à vous si vous la voulez{ $guests }.
mail-offered-deadline = Acceptez-la avant le { $deadline } ; passé ce délai, elle revient à la personne suivante sur la liste d’attente.
mail-offered-accept = Accepter la place
mail-offered-not-coming = Finalement, vous ne venez pas ?
mail-offered-free-place = Libérez votre place

## rsvp_cancelled
mail-cancelled-subject = Annulé : votre place à { $title }, { $date }
mail-cancelled-title = Annulé : { $title }
mail-cancelled-by-host = L’équipe a annulé votre place à { $title } ({ $when }).
mail-cancelled-by-guest = Votre place à { $title } ({ $when }) est annulée, comme vous l’avez demandé.
mail-cancelled-other-nights = Autres soirées :
# What a cancelled paid ticket gets back (crates/app/src/services/ticketing.rs).
mail-refund-amount = Nous vous remboursons { $amount } sur votre carte ; le montant apparaîtra d’ici quelques jours.
mail-refund-policy = Les billets de cette soirée ne sont pas remboursés en cas d’annulation par le ou la participant·e.
mail-refund-started = Les billets ne sont plus remboursés une fois la soirée commencée.
mail-refund-cutoff = { $hours ->
    [one] Les billets annulés moins d’une heure avant la soirée ne sont pas remboursés.
   *[other] Les billets annulés moins de { $hours } heures avant la soirée ne sont pas remboursés.
}
mail-refund-too-late = Votre paiement est arrivé après la fin de la réservation de votre place, et la soirée est complète : nous vous remboursons donc { $amount }.

## rsvp_offer_expired
mail-expired-subject = Votre offre a expiré : { $title }, { $date }
mail-expired-title = Votre offre a expiré : { $title }
mail-expired-body = La place que nous vous avions proposée à { $title } n’a pas été acceptée à temps ; elle est donc passée à la personne suivante sur la liste d’attente.

## rsvp_pending
mail-pending-subject = En attente de validation : { $title }, { $date }
mail-pending-title = En attente de validation : { $title }
mail-pending-body = Merci pour votre inscription à { $title } ({ $when }). L’équipe valide chaque participant·e de cette soirée ; nous vous écrirons dès que c’est fait.
mail-pending-link = Votre inscription

## rsvp_declined
mail-declined-subject = Votre inscription à { $title }, { $date }
mail-declined-title = Votre inscription à { $title }
mail-declined-body = Nous sommes désolés : l’équipe n’a pas pu vous donner de place à { $title } ({ $when }).

## rsvp_reconfirm
mail-reconfirm-subject = Vous venez toujours ? { $title }, { $date }
mail-reconfirm-title = Vous venez toujours ? { $title }
mail-reconfirm-body = { $title } approche : { $when }, { $location }.
mail-reconfirm-ask = Vous venez toujours ? Sinon, libérez votre place : une personne de la liste d’attente la recevra.
mail-reconfirm-yes = Oui, je viens
mail-reconfirm-no = Non, je ne peux pas venir

## rsvp_held
mail-held-subject = Payez pour confirmer votre place : { $title }, { $date }
mail-held-title = Payez pour confirmer votre place : { $title }
mail-held-body = Votre place à { $title }{ $guests } vous est réservée pendant 30 minutes, le temps de payer. Une fois le paiement reçu, votre billet arrive par e-mail ; sans paiement d’ici là, la place revient à la personne suivante.
mail-held-pay = Payer maintenant
mail-held-ticket-page = La page de votre billet
mail-held-ticket-page-note = (le lien de paiement s’y trouve aussi)

## rsvp_again
mail-again-subject = Votre place à { $title }, { $date }
mail-again-title = Votre place à { $title }
mail-again-body = Quelqu’un, sans doute vous, vient de s’inscrire à { $title } ({ $when }) avec cette adresse e-mail. Vous avez déjà une place : { $standing }. Rien de nouveau n’a été réservé.
mail-again-not-you = Ce n’était pas vous ? Vous n’avez rien à faire : seule cette adresse reçoit le lien.
mail-again-standing-seat = vous avez une place
mail-again-standing-waitlist = vous êtes sur la liste d’attente
mail-again-standing-offered = une place vous est proposée jusqu’au { $deadline } : acceptez-la sur la page de votre billet
mail-again-standing-held = votre place est réservée le temps du paiement : la page de votre billet vous y ramène
mail-again-standing-pending = votre inscription attend la validation de l’équipe
mail-again-standing-none = vous n’avez pas de place

## rsvp_waitlisted
mail-waitlisted-subject = Vous êtes sur la liste d’attente : { $title }, { $date }
mail-waitlisted-title = Vous êtes sur la liste d’attente : { $title }
mail-waitlisted-body = { $title } est complet : vous êtes donc sur la liste d’attente.
mail-waitlisted-body-position = { $title } est complet : vous êtes donc sur la liste d’attente (numéro { $position }).
mail-waitlisted-next = Si une place se libère, nous vous écrivons aussitôt.

## event_updated
mail-updated-subject = Changement : { $title } a lieu désormais le { $date }
mail-updated-title = Changement : { $title }
mail-updated-body = { $title } a changé. Voici où et quand la soirée a lieu désormais :
mail-updated-kept = Votre place est conservée. L’invitation mise à jour est jointe : ouvrez-la pour mettre à jour votre agenda.
mail-updated-free = Le nouvel horaire ne vous convient pas ? Libérez votre place depuis la page de votre billet pour une personne de la liste d’attente.
mail-updated-waitlist = Vous êtes toujours sur la liste d’attente.

## event_cancelled
mail-night-cancelled-subject = Annulée : { $title }, { $date }
mail-night-cancelled-body = Nous sommes désolés : { $title } du { $when } est annulée.
mail-night-cancelled-waitlist = Vous étiez sur la liste d’attente ; vous n’avez rien à faire.
mail-night-cancelled-other = Autres soirées de { $chapter }

## reminder
mail-reminder-subject = Rappel : { $title }, { $at }
mail-reminder-title = Rappel : { $title }
mail-reminder-body = Petit rappel : vous avez une place à { $title }.
mail-reminder-why = Vous recevez des rappels parce que vous vous êtes inscrit·e.

## message (a host's words to the guests)
mail-message-about = À propos de

## feedback_request
mail-feedback-subject = Comment était { $title } ? Deux minutes pour nous le dire
mail-feedback-title = Comment était { $title } ?
mail-feedback-thanks = Merci d’être venu·e à { $title } le { $date }.
mail-feedback-ask = Les intervenant·es ont partagé quelque chose de difficile. Voulez-vous leur dire ce que cela vous a apporté ? Une note par intervention, un mot pour un·e intervenant·e, ce que vous en retenez : tout est facultatif et prend deux minutes. Une personne de l’équipe lit chaque commentaire avant l’intervenant·e, qui ne voit jamais votre nom.
mail-feedback-button = Donner votre avis
mail-feedback-link = Votre avis :
mail-feedback-closes = Vous pouvez modifier vos réponses jusqu’au { $closes }.
mail-feedback-why = Vous recevez cet e-mail parce que vous étiez à { $title }.

## sign_in
mail-sign-in-subject = Votre lien de connexion à failnight
mail-sign-in-title = Votre lien de connexion
mail-sign-in-button = Se connecter à failnight
mail-sign-in-open = ouvrez ce lien pour vous connecter à failnight en tant qu’organisateur·rice :
mail-sign-in-once = Le lien fonctionne une seule fois, pendant 15 minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail : personne ne peut se connecter sans lui.

## host_invite
mail-invite-subject = { $role ->
    [owner] Vous êtes désormais responsable de { $chapter } sur failnight
    [door] Vous faites désormais partie de l’équipe d’accueil de { $chapter } sur failnight
   *[host] Vous êtes désormais organisateur·rice de { $chapter } sur failnight
}
mail-invite-title = { $chapter } sur failnight
mail-invite-added = { $role ->
    [owner] Vous avez été ajouté·e comme responsable de { $chapter } sur failnight.
    [door] Vous avez été ajouté·e à l’équipe d’accueil de { $chapter } sur failnight.
   *[host] Vous avez été ajouté·e comme organisateur·rice de { $chapter } sur failnight.
}
mail-invite-sign-in = Connectez-vous ici avec cette adresse e-mail : nous vous envoyons un lien, sans mot de passe.

## host_story_alert
mail-alert-subject-unconfirmed = Une intervention de { $chapter } n’est pas confirmée
mail-alert-subject-withdrawn = Une intervention a été retirée de { $night }
mail-alert-unconfirmed = { $days ->
    [one] « { $title } » ({ $speaker }) a été acceptée il y a un jour, un rappel a été envoyé, et il n’y a toujours pas de confirmation. Vous pourriez prendre contact ou donner le créneau à quelqu’un d’autre.
   *[other] « { $title } » ({ $speaker }) a été acceptée il y a { $days } jours, un rappel a été envoyé, et il n’y a toujours pas de confirmation. Vous pourriez prendre contact ou donner le créneau à quelqu’un d’autre.
}
mail-alert-withdrawn = { $speaker } a retiré « { $title } » ; l’intervention ne fait plus partie du programme de { $night }.
mail-alert-open = L’ouvrir dans les pages d’organisation

## story_received
mail-received-subject = Nous avons bien reçu votre histoire pour { $chapter }
mail-received-title = Nous avons bien reçu votre histoire
mail-received-thanks = Merci de nous avoir envoyé « { $title } ». L’équipe de { $chapter } lit chaque histoire et vous écrira une fois sa décision prise.
mail-received-page = Votre page privée indique où en est votre histoire. Vous pouvez y modifier votre histoire jusqu’à la décision, changer ce qui peut être publié, la retirer, ou supprimer tout ce que vous nous avez envoyé.
mail-received-keep = Gardez ce lien pour vous : toute personne qui l’a peut voir et modifier votre histoire.

## story_reminder
mail-story-reminder-subject = Action requise : rappel pour confirmer votre intervention à { $chapter }
mail-story-reminder-title = Merci de confirmer votre intervention
mail-story-reminder-body = Il y a quelques jours, nous avons accepté « { $title } » pour { $chapter }, et nous n’avons pas encore de nouvelles. Merci de confirmer que vous souhaitez intervenir, ou de nous dire que vous ne pouvez pas, afin que nous puissions préparer le programme.

## story_decision
mail-decision-subject-accepted = Action requise : merci de confirmer votre intervention à { $chapter }
mail-decision-subject-rejected = À propos de votre histoire pour { $chapter }
mail-decision-subject-waitlisted = Votre histoire pour { $chapter } est sur notre liste d’attente
mail-decision-confirm = Merci de confirmer (ou de décliner) votre intervention sur votre page.
mail-decision-confirm-here = Confirmez (ou déclinez) votre intervention ici :
# Our texts when the hosts wrote none; { $name } and the others become {name}-style placeholders hosts see.
mail-decision-default-accepted =
    Bonjour { $name },

    nous aimerions beaucoup entendre « { $title } » à { $chapter } ! Confirmez sur votre page que vous souhaitez intervenir (ou dites-nous si vous ne pouvez pas) : { $link }

    Dès votre confirmation, nous plaçons votre intervention au programme d’une soirée et vous envoyons une invitation d’agenda avec votre heure d’arrivée.
mail-decision-default-rejected =
    Bonjour { $name },

    merci de nous avoir confié « { $title } ». Nous avons plus d’histoires que de soirées, et cette fois nous ne retiendrons pas la vôtre. Cela ne dit rien de la valeur de votre histoire.

    Votre page reste disponible quelque temps : { $link }
mail-decision-default-waitlisted =
    Bonjour { $name },

    merci pour « { $title } ». Nous aimerions la garder sur notre liste d’attente pour une prochaine soirée de { $chapter } : nous vous écrirons dès qu’une place se libère. Vous pouvez encore la modifier ou la retirer sur votre page : { $link }

## story_status
mail-status-subject-confirmed = Merci : votre intervention à { $chapter } est confirmée
mail-status-subject-declined = Votre réponse à { $chapter }
mail-status-subject-withdrawn = Votre histoire est retirée de { $chapter }
mail-status-title = Votre histoire
mail-status-confirmed = Merci d’avoir confirmé « { $title } ». Nous la placerons au programme d’une soirée et vous enverrons une invitation d’agenda avec votre heure d’arrivée. Jusqu’à la soirée, vous pouvez modifier sur votre page ce qui peut être publié (photos, enregistrement, diapositives).
mail-status-declined = Merci de nous avoir prévenus que vous ne pouvez pas présenter « { $title } » cette fois-ci. Ce sera peut-être pour une autre fois : l’appel à histoires reste ouvert.
mail-status-withdrawn = Vous avez retiré « { $title } ». C’est tout à fait possible ; rien n’en sera publié. Vous pouvez supprimer sur votre page tout ce que vous nous avez envoyé.

## speaker_night
mail-speaker-subject-placed = Vous intervenez à { $night }, { $date }
mail-speaker-subject-updated = Changement : { $night } a lieu désormais le { $date }
mail-speaker-subject-reminder = Rappel : vous intervenez à { $night }, { $date }
mail-speaker-subject-cancelled = Annulée : { $night }, { $date }
mail-speaker-subject-removed = Votre intervention ne fait plus partie du programme de { $night }
mail-speaker-placed = Votre intervention « { $title } » est au programme de { $night }. L’invitation est jointe.
mail-speaker-updated = { $night }, où vous racontez « { $title } », a changé. L’invitation mise à jour est jointe.
mail-speaker-reminder = Petit rappel : vous racontez « { $title } » à { $night }. Merci de partager votre histoire.
mail-speaker-cancelled = Nous sommes désolés : { $night } du { $when } est annulée. L’annulation jointe la retire de votre agenda. Nous reviendrons vers vous pour une autre soirée pour « { $title } ».
mail-speaker-removed = L’équipe a retiré « { $title } » du programme de { $night } ; elle reviendra vers vous pour une autre soirée. L’annulation jointe retire la soirée de votre agenda.
mail-speaker-call-time = Votre heure d’arrivée : { $time } (merci d’être là à cette heure, avant l’ouverture des portes)
mail-speaker-run = Déroulé :
# First in the DESCRIPTION of a speaker's calendar invite.
mail-speaker-ics-note = Vous intervenez : « { $title } ». Votre heure d’arrivée : { $time }.

## Labels before a link in the text parts
mail-your-ticket-text = Votre billet :
mail-waitlist-ticket-text = Votre billet de liste d’attente :
mail-unsubscribe-text = Ne plus recevoir de rappels ni de messages de { $chapter } :
mail-offered-accept-text = Accepter la place :
mail-offered-free-place-text = Finalement, vous ne venez pas ? Libérez votre place :
mail-pending-link-text = Votre inscription :
mail-reconfirm-yes-text = Oui, je viens :
mail-reconfirm-no-text = Non, je ne peux pas venir :
mail-held-pay-text = Payer maintenant :
mail-held-ticket-page-text = La page de votre billet (le lien de paiement s’y trouve aussi) :
mail-night-cancelled-other-text = Autres soirées de { $chapter } :
mail-message-about-text = À propos de { $title } :

## Un webhook mis en pause après des échecs répétés

mail-webhook-paused-subject = Un webhook de { $chapter } est en pause
mail-webhook-paused = votre webhook vers { $url } a échoué encore et encore, nous l’avons donc mis en pause.
mail-webhook-paused-kept = Rien n’est perdu : ses envois attendent et partent dès que vous le relancez.
mail-webhook-paused-open = Ouvrir le webhook

## Un signalement a été reçu

mail-conduct-report-subject = Un signalement sur la conduite à { $chapter }
mail-conduct-report = quelqu’un a signalé un problème de conduite à { $chapter }. Seuls les responsables du chapitre peuvent le lire.
mail-conduct-report-open = Lire le signalement
