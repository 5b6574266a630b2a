# stage messages (fr). Keys: stage-… ; see locales/README.md.
# The projector, the phone control, the audience's live page.

## Where the night is (the stage's segments)
stage-kind-opening = Bienvenue
stage-kind-title = Intervention suivante
stage-kind-slides = Intervention
stage-kind-qa = Questions
stage-kind-break = Pause
stage-kind-closing = Merci

## The projector
stage-projector-title = Scène · { $night }
stage-welcome = Bienvenue !
stage-starts-soon = La soirée commence bientôt.
stage-break = Pause
stage-break-lead = Un verre, puis d’autres histoires.
stage-thanks = Merci
stage-thanks-lead = { $night } : un verre et des discussions.
stage-questions-for = Questions pour { $speaker }
stage-talk-number = Intervention { $number }
stage-slide-of = Diapositive { $number } sur { $total }
stage-time-left = Temps restant
stage-ask-at = Posez une question : { $url }
stage-script-failed = Cela n’a pas fonctionné ({ $status }). Réessayez.
stage-script-offline = Pas de connexion au serveur.
stage-script-paused = en pause

## The phone control
stage-control-title = Régie de la scène · { $night }
stage-control-heading = Scène : { $night }
stage-open-projector = Ouvrir la vue du projecteur
stage-control-talk = « { $title } » par { $speaker }
stage-control-slide = diapositive { $number } sur { $total }
stage-paused = en pause
stage-not-started = La soirée n’a pas encore commencé sur scène.
stage-start = Lancer la soirée
stage-resume = Reprendre
stage-pause = Pause
stage-slide = Diapositive
stage-back = Retour
stage-next = Suivant
stage-add-time = +30 s
stage-skip-to-qa = Passer aux questions
stage-audience-questions = Questions du public
stage-no-questions = Pas encore de question. Le public pose ses questions sur
stage-no-questions-qr = (le code QR sur le projecteur).
stage-status-pending = en attente
stage-status-approved = validée
stage-status-hidden = masquée
stage-status-answered = traitée
stage-question-for = pour { $talk }
stage-approve = Valider
stage-hide = Masquer
stage-mark-answered = Traitée
## The audience's page (/e/{id}/live)
live-title = Questions · { $night }
live-on-stage = Sur scène :
live-first-up = Pour commencer :
live-by = par { $speaker }
live-over = Les interventions sont terminées : merci d’être venus !
live-not-started = La scène n’a pas encore commencé.
live-question = Votre question pour l’intervenant
live-question-hint = { $max } caractères au plus. Les hôtes la lisent avant qu’elle s’affiche.
live-name = Votre nom (facultatif)
live-name-hint = Laissez-le vide pour poser votre question anonymement.
live-ask = Demander
live-questions = Questions
live-anonymous = Anonyme
live-votes = { $count ->
    [one] vote
   *[other] votes
}
live-answered = traitée
live-waiting = Votre question : en attente des hôtes.
live-vote = Voter
live-no-questions = Pas encore de question.
live-asked = Merci ! Votre question attend les hôtes ; elle s’affiche ici dès qu’ils l’ont validée.
live-voted = Votre vote compte.
live-again = Vous avez déjà voté pour cette question.
