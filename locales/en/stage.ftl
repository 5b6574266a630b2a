# stage messages (en). Keys: stage-… ; see locales/README.md.
# The projector, the phone control, the audience's live page.

## Where the night is (the stage's segments)
stage-kind-opening = Welcome
stage-kind-title = Next talk
stage-kind-slides = Talk
stage-kind-qa = Questions
stage-kind-break = Break
stage-kind-closing = Thank you

## The projector
stage-projector-title = Stage · { $night }
stage-welcome = Welcome!
stage-starts-soon = The night starts soon.
stage-break = Break
stage-break-lead = Drinks, then more stories.
stage-thanks = Thank you
stage-thanks-lead = { $night }: drinks and conversation.
stage-questions-for = Questions for { $speaker }
stage-talk-number = Talk { $number }
stage-slide-of = Slide { $number } of { $total }
stage-time-left = Time left
stage-ask-at = Ask a question: { $url }
# Shown by stage.js; { "{" }status{ "}" } stands for the HTTP status.
stage-script-failed = That did not work ({ $status }). Try again.
stage-script-offline = No connection to the server.
stage-script-paused = paused

## The phone control
stage-control-title = Stage control · { $night }
stage-control-heading = Stage: { $night }
stage-open-projector = Open the projector view
stage-control-talk = “{ $title }” by { $speaker }
stage-control-slide = slide { $number } of { $total }
stage-paused = paused
stage-not-started = The night has not started on stage.
stage-start = Start the night
stage-resume = Resume
stage-pause = Pause
stage-slide = Slide
stage-back = Back
stage-next = Next
stage-add-time = +30 s
stage-skip-to-qa = Skip to Q&A
stage-audience-questions = Questions from the audience
stage-no-questions = No questions yet. The audience asks at
stage-no-questions-qr = (the QR code on the projector).
stage-status-pending = pending
stage-status-approved = approved
stage-status-hidden = hidden
stage-status-answered = answered
stage-question-for = for { $talk }
stage-approve = Approve
stage-hide = Hide
stage-mark-answered = Answered
## The audience's page (/e/{id}/live)
live-title = Questions · { $night }
live-on-stage = On stage:
live-first-up = First up:
live-by = by { $speaker }
live-over = The talks are over: thank you for coming!
live-not-started = The stage has not started yet.
live-question = Your question for the speaker
live-question-hint = At most { $max } characters. The hosts read it before it is shown.
live-name = Your name (optional)
live-name-hint = Leave it empty to ask anonymously.
live-ask = Ask
live-questions = Questions
live-anonymous = Anonymous
live-votes = { $count ->
    [one] vote
   *[other] votes
}
live-answered = answered
live-waiting = Your question: waiting for the hosts.
live-vote = Vote
live-no-questions = No questions yet.
live-asked = Thank you! Your question waits for the hosts; it shows here once they let it through.
live-voted = Your vote counts.
live-again = You voted for this question already.
