# nights messages (de): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).

## The chapter's nights (templates/host/events.html)
host-nights-title = Abende
host-nights-none = Noch keine Abende.
host-nights-col-night = Abend
host-nights-col-when = Wann
host-nights-col-state = Status
host-nights-col-seats = Plätze
host-nights-new = Neuer Abend
host-nights-seats-hint = Leer: so viele Plätze, wie der Ort hat.
host-nights-local-time = Ortszeit in { $zone }, geschrieben wie { $example }.
host-nights-publish-now = Sofort veröffentlichen (sonst ein Entwurf)
host-nights-create = Abend anlegen
host-nights-no-venue-before = Lege zuerst{" "}
host-nights-no-venue-link = einen Ort an
host-nights-no-venue-after = .

## A night's form (the new night and the night's page)
host-night-field-title = Titel
host-night-field-description = Beschreibung
host-night-field-starts = Beginn
host-night-field-ends = Ende
host-night-field-venue = Ort
host-night-field-seats = Plätze
## A night's state
host-night-status-draft = Entwurf
host-night-status-published = veröffentlicht
host-night-status-cancelled = abgesagt

## A night's page (templates/host/event.html)
host-night-public-page = öffentliche Seite
host-night-saved = Gespeichert.
host-night-message-queued = { $count ->
    [one] Nachricht an { $count } Person eingereiht.
   *[other] Nachricht an { $count } Personen eingereiht.
}
host-night-counts = { $confirmed } mit Platz, { $waitlisted } auf der Warteliste.
host-night-message-guests = Gästen schreiben
host-night-door = Einlass
host-night-copy-link = Link kopieren
host-night-danger = Den Abend absagen
host-night-danger-hint = Alle mit Platz erfahren es per E-Mail, bezahlte Tickets werden voll erstattet. Das lässt sich nicht rückgängig machen.
host-night-cover = Titelbild
host-night-cover-current = Das Titelbild des Abends
host-night-cover-none = Noch kein Titelbild: Ein Foto vom Raum oder von einem früheren Abend macht die Seite einladend.
host-night-cover-choose = Foto (JPEG, PNG oder WebP)
host-night-cover-hint = Es erscheint oben auf der Seite des Abends, in einer Größe fürs Handy und einer für den Computer. Ort und Kameradaten werden entfernt.
host-night-cover-upload = Titelbild hochladen
host-night-cover-remove = Titelbild entfernen
host-night-feedback = Feedback
host-night-feedback-line = Feedback: { $summary }
host-night-feedback-read = Feedback lesen
host-night-emails = E-Mails zu diesem Abend: { $sent } gesendet, { $queued } in der Warteschlange, { $retrying } im erneuten Versuch, { $failed } fehlgeschlagen.
host-night-failed-caption = Fehlgeschlagene E-Mails
host-night-col-to = An
host-night-col-subject = Betreff
host-night-col-mail-answer = Antwort des Mailservers
host-night-refunds-caption = Erstattungen, die Stripe noch nicht angenommen hat (werden automatisch wiederholt)
host-night-col-amount = Betrag
host-night-col-tries = Versuche
host-night-col-stripe-answer = Antwort von Stripe
host-night-col-next-try = Nächster Versuch
host-night-short-date-time = { $date }, { $time }
host-night-publish = Veröffentlichen
host-night-cancel = Diesen Abend absagen…
host-night-edit = Bearbeiten
host-night-save = Speichern
host-night-tickets = Tickets
host-night-tickets-free = Kostenlose Anmeldung: Gäste geben Namen und E-Mail-Adresse an. Füge unten Ticketarten hinzu, um Tickets zu verkaufen oder neben bezahlten auch ein kostenloses anzubieten.
host-night-approval = Die Gastgeber bestätigen jede Anmeldung (ein bezahltes Ticket wird nach der Bestätigung bezahlt)
host-night-refund-policy = Wenn ein Gast ein bezahltes Ticket storniert
host-night-refund-full = volle Erstattung
host-night-refund-none = keine Erstattung
host-night-save-ticket-options = Ticketoptionen speichern
host-night-new-ticket-type = Neue Ticketart
host-night-payments-off = Bezahlte Tickets sind nicht verfügbar: Diese Instanz hat keine Stripe-Schlüssel (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
host-night-free-without-stripe = Kostenlose Ticketarten funktionieren auch ohne.
host-night-ticket-name = Name
host-night-ticket-name-hint = z. B. Unterstützer, Ermäßigt, Kostenlos
host-night-ticket-kind = Art
host-night-ticket-kind-free = kostenlos
host-night-ticket-kind-paid = bezahlt, fester Preis
host-night-ticket-kind-pwyw = zahl, was du willst, ab einem Mindestpreis
host-night-ticket-price = Preis (bei „zahl, was du willst“ der Mindestpreis)
host-night-ticket-price-hint = z. B. 15 oder 7,50; leer lassen für kostenlos
host-night-ticket-currency = Währung
host-night-ticket-currency-hint = z. B. EUR, CHF, USD
host-night-add-ticket-type = Ticketart hinzufügen
host-night-ticket-paid = { $name } · { $price }
host-night-ticket-pwyw = { $name } · zahl, was du willst, ab { $price }
host-night-speakers = Vortragende
host-night-lineup-link = Programm und Ablaufplan
host-night-stage-before = Am Abend:{" "}
host-night-stage-projector = der Beamer
host-night-stage-between = {" "}und{" "}
host-night-stage-control = die Steuerung per Handy
host-night-stage-after = {""}
host-night-no-talks = Noch keine Vorträge eingeplant.
host-night-col-talk = Vortrag
host-night-col-speaker = Vortragende Person
host-night-col-shown-as = Angezeigt als
host-night-col-consent = Einverständnis (für die Fotografin oder den Fotografen)
host-night-attendees = Gäste
host-night-download-csv = Als CSV herunterladen
host-night-first-bookings = Die ersten Buchungen
host-night-more-bookings = Die nächsten Buchungen
host-night-no-rsvps = Noch keine Anmeldungen.
host-night-col-name = Name
host-night-col-email = E-Mail
host-night-col-status = Status
host-night-col-booked = Angemeldet
host-night-col-actions = Aktionen
host-night-approve = Bestätigen
host-night-approve-who = { $name } bestätigen
host-night-decline = Ablehnen
host-night-decline-who = { $name } ablehnen
host-night-cancel-place = Stornieren…
host-night-cancel-place-who = Platz von { $name } stornieren

## A guest's state (the night's guests, the door)
host-rsvp-status-pending = offen
host-rsvp-status-confirmed = bestätigt
host-rsvp-status-waitlisted = auf der Warteliste
host-rsvp-status-offered = Platz angeboten
host-rsvp-status-held = Platz reserviert
host-rsvp-status-checked-in = eingelassen
host-rsvp-status-cancelled = storniert
host-rsvp-status-declined = abgelehnt

## Confirmations before emailing guests (templates/host/confirm.html)
host-night-send-title = { $count ->
    [one] An { $count } Person senden?
   *[other] An { $count } Personen senden?
}
host-night-send-message = { $count ->
    [one] „{ $subject }“ geht per E-Mail an { $count } Person:
   *[other] „{ $subject }“ geht per E-Mail an { $count } Personen:
}
host-night-send = Senden
host-night-change-title = { $title } ändern?
host-night-change-message = { $count ->
    [one] Beim Speichern bekommt { $count } Person eine E-Mail zu der Änderung.
   *[other] Beim Speichern bekommen { $count } Personen eine E-Mail zu der Änderung.
}
host-night-save-and-email = Speichern und Bescheid geben
host-night-cancel-title = { $title } absagen?
host-night-cancel-message = { $count ->
    [one] Die Absage von { $title } geht per E-Mail an { $count } Person. Das lässt sich nicht rückgängig machen.
   *[other] Die Absage von { $title } geht per E-Mail an { $count } Personen. Das lässt sich nicht rückgängig machen.
}
host-night-cancel-button = Abend absagen
host-night-cancel-rsvp-title = Platz von { $name } stornieren?
host-night-cancel-rsvp-message = { $name } ({ $email }) verliert den Platz und erfährt es per E-Mail; der Platz geht an die Warteliste.
host-night-cancel-rsvp-refund = Die bezahlten { $amount } werden voll erstattet.
host-night-cancel-rsvp-button = Platz stornieren

## Messaging a night's guests (templates/host/message.html)
host-message-title = Nachricht
host-message-heading = Den Gästen von { $title } schreiben
host-message-intro = Eine Nachricht geht als E-Mail an jede Person, über den Postausgang. Wer sich von den Erinnerungen und Nachrichten von { $chapter } abgemeldet hat, bekommt sie nicht.
host-message-audience = Wer sie bekommt
host-message-confirmed = Gäste mit Platz (noch nicht eingelassen)
host-message-waitlisted = Gäste auf der Warteliste
host-message-checked-in = Gäste, die da waren (am Einlass eingecheckt)
host-message-no-show = Gäste mit Platz, die nicht gekommen sind (sobald der Abend begonnen hat)
host-message-subject = Betreff
host-message-body = Nachricht
host-message-body-hint = Reiner Text. Sie beginnt mit „Hallo {"{"}Name{"}"},“ und endet mit dem Namen des Chapters.
host-message-preview = Vorschau

## The door (templates/host/door.html, templates/host/door_nights.html)
host-door-title = Einlass
host-door-heading = Einlass: { $title }
host-door-counts-before = {""}
host-door-counts-after = {" "}von { $confirmed } Plätzen eingelassen · { $capacity } Plätze insgesamt
host-door-waiting = { $count } auf der Warteliste
host-door-closed = Für diesen Abend ist kein Einlass offen (er ist nicht veröffentlicht oder schon vorbei): Die Liste ist nur zum Lesen.
host-door-scanned = Gescanntes Ticket
host-door-check-in-who = { $name } einlassen
host-door-check-in = Einlassen
host-door-already-in = Schon um { $time } eingelassen.
host-door-no-seat = Dieses Ticket ist { $status }: kein Platz zum Einlassen.
host-door-find-guest = Gast suchen
host-door-find-placeholder = Name oder E-Mail
host-door-find = Suchen
host-door-nobody = Noch hat niemand einen Platz.
host-door-nobody-called = Niemand namens „{ $query }“ hat einen Platz.
host-door-show-everyone = Alle zeigen
host-door-everyone = Alle mit Platz ({ $count }), nach Namen
host-door-matching = { $shown } von { $count } Gästen passen zu „{ $query }“
host-door-type-more = Es gibt mehr Treffer: tippe mehr vom Namen.
host-door-col-guest = Gast
host-door-col-at-door = Am Einlass
host-door-walk-in-badge = spontan
host-door-in-at = drin seit { $time }
host-door-speakers = Vortragende heute (was veröffentlicht werden darf, für die Fotografin oder den Fotografen)
host-door-col-consent = Einverständnis
host-door-col-slides = Folien
host-door-ticket-code = Ticketcode
host-door-code-label = Code oder Ticketlink
host-door-code-hint = Wer den QR-Code eines Tickets mit der Handykamera scannt, landet auf dieser Seite, den Gast schon zum Einlassen bereit; der Text einer Scanner-App funktioniert hier auch.
host-door-code-short = Auch der kurze Code unter dem QR-Code des Tickets (etwa K7Q-2MX) geht.
host-door-walk-in = Spontan da
host-door-walk-in-name = Name
host-door-walk-in-email = E-Mail (optional)
host-door-walk-in-email-hint = Für die Erinnerung an den nächsten Abend, wenn gewünscht.
host-door-walk-in-plus-ones = Begleitung
host-door-walk-in-add = Hinzufügen und einlassen
host-door-print = Ausgedruckt ist diese Seite eine Gästeliste auf Papier, falls der Akku des Handys leer wird.
host-door-checked-in = Eingelassen: { $who }.
host-door-walked-in = Spontan hinzugefügt und eingelassen: { $who }.
host-door-was-already-in = { $who } wurde schon eingelassen, um { $time }.
host-door-not-this-night = Dieses Ticket gilt nicht für diesen Abend.
host-door-undo = Rückgängig
host-door-undone = Einlass zurückgenommen: { $who }.
host-door-mode-open = Einlassmodus (geht auch offline)
host-door-mode-in = drin
host-door-mode-welcome = Willkommen, { $who }!
host-door-mode-already = { $who } ist schon drin, seit { $time }.
host-door-mode-first-elsewhere = { $who } wurde schon um { $time } an einem anderen Eingang eingelassen.
host-door-mode-unknown = Nicht auf der Liste.
host-door-mode-unknown-offline = Nicht auf der Liste auf diesem Handy (Stand { $time }).
host-door-mode-synced = Alles gesendet · Liste von { $time }
host-door-mode-pending = Noch nicht gesendet: { $count }
host-door-mode-offline = Offline: Einlässe bleiben auf diesem Handy und werden gesendet, sobald die Verbindung zurück ist.
host-door-mode-signed-out = Abgemeldet: Melde dich wieder an, um die Einlässe auf diesem Handy zu senden.
host-door-mode-not-synced = noch nicht gesendet
host-door-mode-scan = Ticket scannen
host-door-mode-scan-stop = Scannen beenden
host-door-mode-camera-refused = Die Kamera ließ sich nicht öffnen: Erlaube sie in den Browser-Einstellungen oder suche den Gast beim Namen.
host-door-mode-find-placeholder = Name
host-door-mode-list = Gäste mit Platz
host-door-mode-leave = Einlassmodus verlassen (die ganze Einlassseite)
host-door-mode-more = … und { $count } weitere: Tippe mehr vom Namen.
host-door-nights-none = Kein veröffentlichter Abend steht an.
host-door-nights-taken = { $taken } / { $capacity } Plätze vergeben

## A night's feedback (templates/host/feedback.html)
host-feedback-title = Feedback
host-feedback-anonymous = Gäste werden hier nie namentlich genannt.
host-feedback-per-talk = Pro Vortrag
host-feedback-col-average = Durchschnittliche Bewertung
host-feedback-col-ratings = Bewertungen
host-feedback-col-comments = Kommentare
host-feedback-col-unread = Ungelesen
host-feedback-comments = Kommentare an die Vortragenden
host-feedback-comments-intro = Vortragende lesen einen Kommentar erst, wenn ihn jemand aus dem Team freigegeben hat. Verberge, was verletzen würde, ohne zu helfen: Ein verborgener Kommentar erreicht die vortragende Person nie.
host-feedback-no-comments = Noch keine Kommentare.
host-feedback-for-talk = zu { $talk }
host-feedback-status-pending = noch nicht gelesen
host-feedback-status-released = freigegeben
host-feedback-status-hidden = verborgen
host-feedback-release = Für die vortragende Person freigeben
host-feedback-hide = Vor der vortragenden Person verbergen
host-feedback-takeaways = Was die Gäste mitnehmen
host-feedback-summary = { $responses } von { $checked_in } eingelassenen Gästen haben geantwortet{ $rate }
host-feedback-summary-again = ; würden wiederkommen: { $yes } ja, { $maybe } vielleicht, { $no } nein
host-feedback-summary-rate = {" "}({ $percent } %)
host-feedback-summary-unread = { $count ->
    [one] ; { $count } Kommentar zu lesen
   *[other] ; { $count } Kommentare zu lesen
}
host-feedback-summary-end = .
host-feedback-schedule = Eingelassene Gäste bekommen am { $asked } eine E-Mail; sie können bis { $closes } antworten.
host-feedback-nobody-asked = Noch wurde kein Gast gefragt.
host-feedback-released = Freigegeben: Die vortragende Person kann ihn jetzt lesen.
host-feedback-hidden = Verborgen: Die vortragende Person wird ihn nie sehen.

## A night's turnout (templates/host/turnout.html)
host-night-turnout-line = Erwartet am Eingang: etwa { $expected } von { $booked } gebuchten Plätzen ({ $low }–{ $high }, mit 80 % Wahrscheinlichkeit).
host-night-turnout-link = Erscheinen und Überbuchung
host-night-numbers-link = Dieser Abend in Zahlen
host-night-numbers-title = Dieser Abend in Zahlen
host-night-numbers-door = { $came } am Einlass ({ $booked } Plätze gebucht, { $walk_ins } ohne Anmeldung). Gebucht, aber leer: { $no_shows }. Zum ersten Mal: { $first }; schon einmal da: { $regulars }.
host-night-numbers-bookings = Buchungen im Zeitverlauf
host-night-numbers-chart-title = Angefragte Plätze nach Tagen vor dem Abend
host-night-numbers-chart-desc = Die Buchungen dieses Abends als Linie, die üblichen des Chapters gestrichelt; die Tabelle darunter enthält dieselben Zahlen.
host-night-numbers-this-legend = Dieser Abend
host-night-numbers-usual-legend = Üblich
host-night-numbers-axis = Tage vor dem Abend
host-night-numbers-usual = Üblich: der Durchschnitt der letzten { $nights } Abende des Chapters. Jede Buchung zählt ab ihrem Zeitpunkt, was auch aus ihr wurde; Gäste ohne Anmeldung nicht mitgezählt.
host-night-numbers-usual-none = Noch kein früherer Abend des Chapters zum Vergleich.
host-night-numbers-table = Angefragte Plätze und Warteliste nach Tagen vor dem Abend
host-night-numbers-when = Wann
host-night-numbers-days = { $days ->
    [0] Zu Beginn
    [one] { $days } Tag vorher
   *[other] { $days } Tage vorher
}
host-night-numbers-booked = Dieser Abend
host-night-numbers-usual-col = Üblich
host-night-numbers-waiting = Damals wartend
host-night-numbers-waitlist-title = Warteliste
host-night-numbers-waitlist = { $joined } kamen auf die Warteliste: { $promoted } bekamen einen Platz, { $left } verließen sie, { $waiting } warten noch.
host-turnout-title = Erscheinen
host-turnout-expected = Von den { $booked } gebuchten Plätzen werden etwa { $expected } am Eingang erwartet: zwischen { $low } und { $high }, mit 80 % Wahrscheinlichkeit.
host-turnout-nobody = Noch hat niemand gebucht, also wird niemand erwartet.
host-turnout-prior = Zu wenig Erfahrung: Dieses Chapter hat weniger als { $min } vergangene Abende, an denen der Eingang genutzt wurde. Die Vorhersage nimmt an, dass { $rate } % der gebuchten Plätze kommen, von Abend zu Abend { $sigma } % mehr oder weniger, und lernt aus den eigenen Abenden des Chapters, sobald es sie gibt.
host-turnout-history = Gelernt aus { $nights } vergangenen Abenden ({ $seats } gebuchte Plätze): { $rate } % der gebuchten Plätze kamen, und die Abende schwankten über den Zufall hinaus um etwa { $sigma } %. Wer am letzten Tag abgesagt hat, zählt als nicht gekommen.
host-turnout-rates = Wer kommt, nach Buchungszeitpunkt
host-turnout-booked-when = Gebucht
host-turnout-rate = Gekommen
host-turnout-lead-early = mehr als eine Woche vorher
host-turnout-lead-week = 1 bis 7 Tage vorher
host-turnout-lead-last-day = am letzten Tag
host-turnout-advice-title = Überbuchung
host-turnout-risk = Risiko, dass mehr Gäste als Plätze kommen
host-turnout-risk-option = { $percent } %
host-turnout-show = Anzeigen
host-turnout-advice = Bei { $capacity } Plätzen und einem Risiko von { $risk } %, dass mehr Gäste als Plätze kommen, kannst du bis zu { $confirmable } Plätze bestätigen: { $extra } mehr, als der Raum fasst.
host-turnout-advice-none = Bei { $capacity } Plätzen und einem Risiko von { $risk } %, dass mehr Gäste als Plätze kommen, bestätige nicht mehr Plätze, als der Raum fasst.
host-turnout-auto-off = Begleitpersonen zählen als Plätze. Die Warteliste rückt nicht von selbst über die Kapazität des Abends hinaus nach, außer die Einstellungen des Chapters erlauben es (Plätze und Warteliste).
host-turnout-auto-no-room = Das Chapter lässt die Warteliste bis zur Empfehlung bei { $risk } % Risiko nachrücken, aber für den Ort dieses Abends ist keine Kapazität eingetragen: Trag sie beim Ort ein, dann rückt die Warteliste über die Kapazität des Abends hinaus nach, nie über die des Ortes.
host-turnout-auto-prior = Das Chapter lässt die Warteliste bis zur Empfehlung bei { $risk } % Risiko nachrücken, sobald es { $min } eigene Abende mit Einlass hat; bis dahin rückt sie bis zur Kapazität des Abends nach.
host-turnout-auto-on = Das Chapter lässt die Warteliste bis zur Empfehlung bei { $risk } % Risiko nachrücken, nie über die { $room } Plätze des Ortes hinaus: { $overbooked } Plätze über der Kapazität des Abends gehören jetzt der Warteliste. Begleitpersonen zählen als Plätze.
host-turnout-backtest-title = Wie gut ist diese Vorhersage?
host-turnout-backtest = Erprobt an { $nights ->
        [one] einem vergangenen Abend
       *[other] { $nights } vergangenen Abenden
    }, jede Vorhersage nur aus den Abenden davor: im Schnitt um { $error } Gäste daneben, und die Zahl am Eingang lag an { $inside } davon im 80-%-Bereich ({ $percent } %).
host-turnout-backtest-none = Noch nicht erprobt: Dafür braucht es mehr als { $min } vergangene Abende, an denen der Eingang genutzt wurde.
host-turnout-night = Abend
host-turnout-booked = Gebucht
host-turnout-forecast = Vorhersage
host-turnout-range = 80-%-Bereich
host-turnout-came = Am Eingang

## A night's lineup (templates/host/lineup.html)
host-lineup-title = Programm
host-lineup-call-time = Ankunft der Vortragenden { $time }
host-lineup-col-speaker = Vortragende Person (angezeigt als)
host-lineup-first-slide = Erste Folie von { $title }
host-lineup-earlier = Früher
host-lineup-later = Später
host-lineup-remove = Entfernen
host-lineup-run-of-show = Ablaufplan
host-lineup-available = Bestätigte Vorträge ohne Abend
host-lineup-none-available = Keine. Angenommene Vortragende erscheinen hier, sobald sie zusagen.
host-lineup-add = Zu diesem Abend hinzufügen
host-lineup-slides = { $count ->
    [0] noch keine Folien
    [one] { $count } Folie
   *[other] { $count } Folien
}
host-consent-note = Fotos: { $photos } · Aufzeichnung: { $recording } · Folien: { $slides }
host-consent-yes = ja
host-consent-no = nein
host-consent-ask = vorher fragen
host-slides-stage = nur auf der Bühne
host-slides-published = auf der Bühne, nach dem Abend veröffentlicht
host-slides-never = nie gezeigt
host-speaker-anonymous = Anonyme vortragende Person

## The run-of-show (crates/submissions/src/lineup.rs)
host-run-call = Vortragende kommen an (Ankunftszeit)
host-run-doors = Einlass
host-run-welcome = Begrüßung und Einführung
host-run-break = Pause
host-run-talk = Vortrag { $number }: „{ $title }“ von { $speaker } ({ $length })
host-run-talk-slot = Vortrag { $number } ({ $length })
host-run-length = { $talk } Min. + { $qa } Min. Fragen
host-run-end = Ende der Vorträge: Getränke und Gespräche

## The review queue (templates/host/stories.html)
host-stories-title = Geschichten
host-stories-call-is = Der Aufruf für Geschichten ist{" "}
host-stories-call-open = offen
host-stories-call-closed = geschlossen
host-stories-call-is-after = {""}
host-stories-blind = anonyme Begutachtung: Wer die Geschichten erzählt, bleibt bis zur Entscheidung verborgen
host-stories-call-settings = Einstellungen des Aufrufs
host-stories-public-form = öffentliches Formular
host-stories-all = alle
host-stories-month = Bevorzugter Monat
host-stories-filter = Filtern
host-stories-newer = Neuere Geschichten
host-stories-older = Ältere Geschichten
host-stories-none = Keine Geschichten.
host-stories-none-match = Keine Geschichten passen zu diesen Filtern.
host-stories-col-story = Geschichte
host-stories-col-state = Status
host-stories-col-months = Monate
host-stories-col-reviews = Bewertungen
host-stories-col-mean = Durchschnitt
host-stories-after-yours = nach deiner
host-stories-any-month = egal
host-stories-speaker-number = Vortragende Person Nr. { $id }
host-stories-hidden-email = bis zur Entscheidung verborgen

## A story's state
host-story-state-submitted = eingereicht
host-story-state-waitlisted = auf der Warteliste
host-story-state-accepted = angenommen
host-story-state-confirmed = zugesagt
host-story-state-rejected = abgelehnt
host-story-state-declined = abgesagt
host-story-state-withdrawn = zurückgezogen

## A story under review (templates/host/story.html)
host-story-title = Geschichte Nr. { $id }
host-story-saved = Gespeichert.
host-story-blind = Anonyme Begutachtung: Wer die Geschichte erzählt, bleibt bis zur Entscheidung verborgen. Verräterische Wörter erscheinen als [hidden].
host-story-appears-as = Erscheint als
host-story-appearance-real-name = echter Name
host-story-appearance-stage-name = Künstlername
host-story-appearance-anonymous = anonym
host-story-the-story = Die Geschichte
host-story-teaser = Öffentlicher Teaser:
host-story-project = Das Projekt
host-story-wrong = Was schiefging
host-story-learned = Was daraus gelernt wurde
host-story-differently = Was heute anders gemacht würde
host-story-content-notes = Inhaltshinweise
host-story-recap = Die Zusammenfassung der vortragenden Person
host-story-recap-published = Von der vortragenden Person veröffentlicht
host-story-recap-published-in = :{" "}
host-story-recap-library = in der Bibliothek der Lektionen
host-story-recap-published-end = .
host-story-recap-withdrawn = Von der vortragenden Person zurückgezogen.
host-story-recap-waits = Dein Entwurf wartet auf die vortragende Person: Er wird nur veröffentlicht, wenn sie zustimmt.
host-story-recap-writing = Die vortragende Person schreibt gerade daran.
host-story-recap-draft-it = Entwirf die Zusammenfassung für die vortragende Person: Sie liest sie auf ihrer Seite, ändert sie und veröffentlicht sie – oder nicht. Sie würde veröffentlicht als{" "}
host-story-recap-draft-it-end = .
host-story-recap-save = Entwurf für die vortragende Person speichern
host-story-hidden-reviews = { $count ->
    [one] { $count } Person aus dem Team hat diese Geschichte bewertet. Punkte und Kommentar erscheinen, sobald du deine Bewertung gespeichert hast, damit jede Bewertung deine eigene ist.
   *[other] { $count } Personen aus dem Team haben diese Geschichte bewertet. Ihre Punkte und Kommentare erscheinen, sobald du deine Bewertung gespeichert hast, damit jede Bewertung deine eigene ist.
}
host-story-no-reviews = Noch keine Bewertungen.
host-story-col-host = Gastgeber
host-story-col-score = Punkte
host-story-col-comment = Kommentar
host-story-review-mine = { $host } (du)
host-story-former-host = ein ehemaliges Teammitglied
host-story-your-score = Deine Punkte (1 bis 5)
host-story-your-comment = Dein Kommentar
host-story-your-comment-hint = Vortragende können die Bewertungen ihrer Geschichte in ihrem Datenexport lesen.
host-story-save-review = Meine Bewertung speichern
host-story-decide = Entscheiden
host-story-decide-intro = Die vortragende Person bekommt die E-Mail des Chapters zur Entscheidung ({""}
host-story-decide-edit-texts = Texte bearbeiten
host-story-decide-intro-end = ).
host-story-accept = Annehmen
host-story-waitlist = Warteliste
host-story-reject = Ablehnen
host-story-delete = Diese Geschichte löschen…
host-story-purge-title = Geschichte Nr. { $id } löschen?
host-story-purge-message = Damit werden die Geschichte, ihre Bewertungen und die E-Mails dazu endgültig gelöscht. Die vortragende Person erfährt davon nichts.
host-story-purge-button = Endgültig löschen

## The call's settings (templates/host/call.html)
host-call-title = Aufruf für Geschichten
host-call-open = Der Aufruf ist offen (das Formular unter /c/{ $slug }/speak nimmt Geschichten an)
host-call-text = Was du suchst
host-call-text-hint = Wird über dem Formular angezeigt.
host-call-blind = Anonyme Begutachtung: Namen, E-Mail-Adressen und nach Firmen klingende Wörter bis zur Entscheidung vor den Begutachtenden verbergen
host-call-remind-days = Angenommene Vortragende erinnern nach (Tagen)
host-call-remind-days-hint = Falls sie bis dahin nicht zugesagt haben; das Team erfährt es nach der doppelten Zeit.
host-call-retention = Abgelehnte, abgesagte und zurückgezogene Geschichten löschen nach (Monaten)
host-call-call-minutes = Ankunft der Vortragenden (Minuten vor Einlass)
host-call-talk-minutes = Vortrag (Minuten)
host-call-qa-minutes = Fragen (Minuten)
host-call-slides-per-talk = Folien pro Vortrag (höchstens)
host-call-seconds-per-slide = Sekunden pro Folie
host-call-decision-emails = E-Mails zur Entscheidung
host-call-decision-hint = Reiner Text. Du kannst {"{name}"}, {"{title}"}, {"{link}"} (die Seite der vortragenden Person) und {"{chapter}"} verwenden. Leer: unser Text unter dem Feld. Der Betreff der Zusage lautet immer „Bitte bestätige deinen Vortrag bei …“.
host-call-accept-text = E-Mail zur Annahme
host-call-reject-text = E-Mail zur Ablehnung
host-call-waitlist-text = E-Mail zur Warteliste
