# stage messages (de). Keys: stage-… ; see locales/README.md.
# The projector, the phone control, the audience's live page.

## Where the night is (the stage's segments)
stage-kind-opening = Willkommen
stage-kind-title = Nächster Vortrag
stage-kind-slides = Vortrag
stage-kind-qa = Fragen
stage-kind-break = Pause
stage-kind-closing = Danke

## The projector
stage-projector-title = Bühne · { $night }
stage-welcome = Willkommen!
stage-starts-soon = Der Abend beginnt gleich.
stage-break = Pause
stage-break-lead = Getränke, dann weitere Geschichten.
stage-thanks = Danke
stage-thanks-lead = { $night }: Getränke und Gespräche.
stage-questions-for = Fragen an { $speaker }
stage-talk-number = Vortrag { $number }
stage-slide-of = Folie { $number } von { $total }
stage-time-left = Verbleibende Zeit
stage-ask-at = Stell eine Frage: { $url }
stage-script-failed = Das hat nicht geklappt ({ $status }). Versuch es noch einmal.
stage-script-offline = Keine Verbindung zum Server.
stage-script-paused = pausiert

## The phone control
stage-control-title = Bühnensteuerung · { $night }
stage-control-heading = Bühne: { $night }
stage-open-projector = Beameransicht öffnen
stage-control-talk = „{ $title }“ von { $speaker }
stage-control-slide = Folie { $number } von { $total }
stage-paused = pausiert
stage-not-started = Der Abend hat auf der Bühne noch nicht begonnen.
stage-start = Abend starten
stage-resume = Weiter
stage-pause = Pause
stage-slide = Folie
stage-back = Zurück
stage-next = Weiter
stage-add-time = +30 s
stage-skip-to-qa = Direkt zu den Fragen
stage-audience-questions = Fragen aus dem Publikum
stage-no-questions = Noch keine Fragen. Das Publikum fragt unter
stage-no-questions-qr = (dem QR-Code auf dem Beamer).
stage-status-pending = wartend
stage-status-approved = freigegeben
stage-status-hidden = ausgeblendet
stage-status-answered = beantwortet
stage-question-for = an { $talk }
stage-approve = Freigeben
stage-hide = Ausblenden
stage-mark-answered = Beantwortet
## The audience's page (/e/{id}/live)
live-title = Fragen · { $night }
live-on-stage = Auf der Bühne:
live-first-up = Als Erstes:
live-by = von { $speaker }
live-over = Die Vorträge sind vorbei: Danke fürs Kommen!
live-not-started = Die Bühne hat noch nicht begonnen.
live-question = Deine Frage an die vortragende Person
live-question-hint = Höchstens { $max } Zeichen. Die Gastgeber lesen sie, bevor sie erscheint.
live-name = Dein Name (optional)
live-name-hint = Leer lassen, um anonym zu fragen.
live-ask = Fragen
live-questions = Fragen
live-anonymous = Anonym
live-votes = { $count ->
    [one] Stimme
   *[other] Stimmen
}
live-answered = beantwortet
live-waiting = Deine Frage: wartet auf die Gastgeber.
live-vote = Abstimmen
live-no-questions = Noch keine Fragen.
live-asked = Danke! Deine Frage wartet auf die Gastgeber; sie erscheint hier, sobald sie freigegeben ist.
live-voted = Deine Stimme zählt.
live-again = Für diese Frage hast du schon gestimmt.
