# Prüf- und Fehlermeldungen (de). Schlüssel: error-… ; siehe locales/README.md.

## Fehler allgemein

error-invalid = Einige Felder brauchen noch einen Blick.
error-forbidden = Du bist kein Host dieses Chapters.
error-unauthorized = Melde dich an oder sende ein gültiges API-Token.
error-method-not-allowed = Diese Adresse nimmt diese Methode nicht an.
error-request-timeout = Die Anfrage hat zu lange gebraucht. Bitte sende sie noch einmal.
error-rate-limited = Zu viele Anfragen. Bitte warte kurz und versuche es dann erneut.
error-payment-provider = Der Zahlungsanbieter ist gerade nicht erreichbar. Bitte versuche es gleich noch einmal.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuche es noch einmal.
error-nothing-here = Unter dieser Adresse gibt es nichts.
error-bad-body = Der Inhalt der Anfrage konnte nicht gelesen werden.
error-body-too-large = Der Inhalt ist zu groß.
error-json-syntax = Der Inhalt ist kein gültiges JSON: { $detail }
error-json-shape = Das JSON hat nicht die erwartete Form: { $detail }
error-json-object = Der JSON-Inhalt muss ein Objekt sein.
error-json-content-type = Sende den Inhalt als JSON mit Content-Type: application/json.

## Titel der Fehlerseiten

error-status-400 = Ungültige Anfrage
error-status-401 = Anmeldung nötig
error-status-403 = Nicht erlaubt
error-status-404 = Nicht gefunden
error-status-405 = Methode nicht erlaubt
error-status-408 = Zeit abgelaufen
error-status-409 = Gerade nicht möglich
error-status-410 = Nicht mehr da
error-status-413 = Zu groß
error-status-415 = Format nicht unterstützt
error-status-422 = Bitte prüfe deine Eingaben
error-status-429 = Zu viele Anfragen
error-status-500 = Etwas ist schiefgelaufen
error-status-502 = Zahlungsanbieter nicht erreichbar
error-status-other = Fehler

## Formularfelder allgemein

error-required = Dieses Feld ist ein Pflichtfeld.
error-too-long = Verwende höchstens { $max } Zeichen.
error-single-line = Verwende eine einzige Zeile ohne Steuerzeichen.
error-control-characters = Entferne die Steuerzeichen.
error-email-invalid = Gib eine E-Mail-Adresse wie name@example.org ein.
error-whole-number = Gib eine ganze Zahl ein.
error-number-range = Gib eine ganze Zahl von { $min } bis { $max } ein.
error-timezone = „{ $zone }“ ist keine IANA-Zeitzone wie Europe/Berlin.
error-capacity-range = Gib eine Platzzahl von 1 bis { $max } ein.
error-capacity-seats-taken = Es sind schon mehr Plätze vergeben, reserviert oder angeboten; weniger geht nicht.

## Was es nicht (mehr) gibt

error-no-night = Diesen Abend gibt es nicht.
error-no-chapter = Dieses Chapter gibt es nicht.
error-no-chapter-here = Unter dieser Adresse gibt es kein Chapter.
error-no-host = Diesen Host gibt es in diesem Chapter nicht.
error-no-story = Diese Geschichte gibt es nicht.
error-no-comment = Diesen Kommentar gibt es nicht.
error-no-question = Diese Frage gibt es nicht.
error-no-night-or-ticket = Diesen Abend oder dieses Ticket gibt es nicht.
error-no-rsvp = Diese Anmeldung gibt es nicht.
error-no-rsvp-chapter = Diese Anmeldung gibt es in diesem Chapter nicht.
error-no-ticket = Dieses Ticket gibt es nicht.
error-no-ticket-code = Kein Ticket dieses Abends hat diesen Code.
error-door-no-ticket = Für diesen Abend gibt es kein Ticket mit diesem Code.
error-no-venue = Diesen Veranstaltungsort gibt es nicht.
error-no-series = Diese Reihe gibt es nicht.
error-no-token = Dieses Token gibt es nicht.
error-no-slide = Diese Folie gibt es nicht.
error-no-lesson = Unter dieser Adresse gibt es keine Lektion.
error-no-topic = Dieses Thema gibt es nicht.
error-lesson-withdrawn = Diese Lektion wurde von ihrer Sprecherin oder ihrem Sprecher zurückgezogen.
error-night-gone = Diesen Abend gibt es nicht mehr.
error-ticket-link = Dieser Ticket-Link ist ungültig. Prüfe den Link in deiner E-Mail.
error-feedback-link = Dieser Feedback-Link ist (nicht mehr) gültig. Prüfe den Link in deiner E-Mail.
error-speaker-link = Dieser Link ist (nicht mehr) gültig. Prüfe den Link in deiner E-Mail.
error-unsubscribe-link = Dieser Link ist ungültig. Nimm den Link am Ende einer unserer E-Mails.
error-sign-in-link = Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Fordere unter /host/sign-in einen neuen an.

## Chapter, Orte, Abende, Reihen

error-chapter-slug = Verwende 2 bis 40 Kleinbuchstaben, Ziffern und Bindestriche, etwa „berlin“.
error-chapter-slug-taken = Ein Chapter mit der Kennung „{ $slug }“ gibt es schon.
error-language = „{ $code }“ ist keine unserer Sprachen ({ $ours }).
error-chapter-reminder-hours = Gib bis zu fünf Stundenzahlen vor dem Abend an, etwa „24, 3“ (höchstens 336).
error-last-owner = Ein Chapter behält mindestens eine Person als Owner.
error-host-role = Wähle owner, host oder door.
error-venue-map-url = Gib eine Webadresse an, die mit https:// beginnt, oder lass das Feld leer.
error-venue-capacity = Gib eine Platzzahl von 1 bis { $max } an oder keine.
error-venue-exists = Dieses Chapter hat schon einen Ort mit diesem Namen und dieser Adresse.
error-choose-venue = Wähle einen Ort.
error-night-local-time = Gib ein lokales Datum mit Uhrzeit an, etwa 2026-12-10T19:00.
error-date-time-input = Gib Datum und Uhrzeit an wie { $example }.
error-date-input = Gib das Datum an wie { $example }.
error-time-input = Gib die Uhrzeit an wie { $example }.
error-night-time-gap = { $local } gibt es in { $zone } nicht: Die Uhren überspringen diese Stunde (Sommerzeit)
error-night-start-past = Der Abend muss in der Zukunft beginnen.
error-night-end-before-start = Der Abend muss nach seinem Beginn enden.
error-night-too-long = Ein Abend dauert höchstens 24 Stunden.
error-night-venue = Dieses Chapter hat keinen Ort mit dieser ID.
error-capacity-below-seats = { $count ->
    [one] { $count } Person hat schon einen Platz; weniger Plätze geht nicht.
   *[other] { $count } Personen haben schon einen Platz; weniger Plätze geht nicht.
  }
error-night-exists = Diesen Abend gibt es schon.
error-night-cancelled-no-change = Dieser Abend wurde abgesagt und kann nicht mehr geändert werden.
error-night-over-no-change = Dieser Abend ist vorbei und kann nicht mehr geändert werden.
error-night-published = Dieser Abend ist schon veröffentlicht.
error-night-not-open = Für diesen Abend kann man sich noch nicht anmelden.
error-night-cancelled = Dieser Abend wurde abgesagt.
error-night-over = Dieser Abend ist vorbei.
error-series-start-time = Gib die lokale Startzeit an, etwa 19:00.
error-series-duration = Ein Abend dauert 15 Minuten bis 24 Stunden (1440 Minuten).
error-series-date = Gib ein Datum an, etwa 2026-12-01.
error-series-date-range = Gib ein Datum innerhalb der nächsten { $years } Jahre an.
error-series-venue = Wähle einen der Orte des Chapters.
error-series-ended = Diese Reihe ist zu Ende.
error-rrule-empty = Gib eine Wiederholungsregel an, etwa FREQ=MONTHLY;BYDAY=2TH.
error-rrule-dtstart = Gib nur die Regel an (FREQ=…), ohne DTSTART.
error-rrule-invalid = Keine gültige RRULE: { $reason }.
error-rrule-frequency = Eine Reihe wiederholt sich wöchentlich, monatlich oder jährlich (FREQ=WEEKLY, MONTHLY oder YEARLY).
error-rrule-time-of-day = Die Uhrzeit ist die Startzeit der Reihe: Lass BYHOUR, BYMINUTE und BYSECOND weg.
error-rrule-crowded = Eine Reihe hat höchstens { $max } Abende pro Woche; diese Regel hat { $count } vom { $from } bis { $to }.

## Tickets, Anmeldungen, Einlass

error-plus-ones-max = { $max ->
    [one] Du kannst höchstens { $max } Begleitperson mitbringen.
   *[other] Du kannst höchstens { $max } Begleitpersonen mitbringen.
  }
error-no-plus-ones = Zu diesem Abend kann man keine Begleitung mitbringen.
error-plus-ones-range = Gib eine Zahl von 0 bis 10 ein.
error-choose-ticket = Wähle ein Ticket.
error-price-guest = Gib einen Preis an, etwa 12 oder 12,50.
error-price-host = Gib einen Preis an, etwa 15 oder 7,50.
error-pay-range = Zahle mindestens { $min } (in Cent) und höchstens 1000000.
error-ticket-free = Dieses Ticket ist kostenlos: Melde dich einfach an.
error-no-ticket-type = Diese Ticketart gibt es für diesen Abend nicht.
error-ticket-required = Für diesen Abend gibt es Tickets: Wähle eine Ticketart.
error-ticket-kind = Verwende „free“, „paid“ oder „pwyw“ (zahl, was du willst).
error-currency = Verwende einen dreistelligen ISO-Währungscode wie EUR.
error-ticket-price = Gib einen Preis in Cent von 50 bis 1000000 an.
error-ticket-minimum = Gib ein Minimum in Cent von 0 bis 1000000 an.
error-ticket-free-price = Ein kostenloses Ticket hat keinen Preis.
error-too-many-holds = Von deiner Verbindung aus sind schon { $count } Plätze dieses Abends zur Zahlung reserviert. Bezahle sie (die Links sind in deiner E-Mail) oder warte, bis sie ablaufen (höchstens { $minutes } Minuten), und versuche es dann noch einmal.
error-payments-off = Bezahlte Tickets sind nicht verfügbar: Diese Instanz hat keine Stripe-Schlüssel (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
error-attendee-refund = Verwende „full“ oder „none“.
error-promotion-mode = Verwende „auto“ (die nächste Person bestätigen) oder „offer“ (den Platz anbieten).
error-offer-hours = Gib eine Stundenzahl von 1 bis 720 an.
error-reconfirm-hours = Gib eine Stundenzahl von 0 (nie nachfragen) bis 720 an.
error-refund-cutoff-hours = Gib eine Stundenzahl von 0 (bis der Abend beginnt) bis 720 an.
error-overbook-risk = Wähle Nein oder ein Risiko von 1, 5, 10 oder 20 %.
error-seats-changed = Die Plätze des Abends haben sich unter seiner Sperre geändert.
error-no-offer = Für dieses Ticket gibt es kein offenes Angebot.
error-offer-expired = Dieses Angebot ist abgelaufen; der Platz ging an die nächste Person.
error-checked-in = Dieser Gast ist schon eingecheckt.
error-not-pending = Diese Anmeldung wartet nicht auf Freigabe.
error-no-seat = Dieses Ticket hat keinen Platz, der gehalten werden könnte.
error-cancel-night-started = Der Abend hat begonnen: Plätze können hier nicht mehr storniert werden. Sprich bitte mit den Hosts am Einlass.
error-door-closed = Für diesen Abend ist der Einlass nicht geöffnet.
error-door-has-rsvp = Diese E-Mail hat eine Anmeldung: Scanne lieber das Ticket.
error-door-undo-walk-in = Bei Spontangästen ist der Check-in der Platz selbst: Storniere stattdessen den Platz.
error-photo-none = Wähle ein Foto zum Hochladen.
error-photo-slow = Dieses Foto brauchte zu lange; versuche ein kleineres.
error-portrait-consent = Setz das Häkchen, damit das Foto im Programm des Abends gezeigt werden darf.
error-portrait-not-real-name = Nur wer unter dem echten Namen auftritt, zeigt ein Foto; mit Künstlernamen oder anonym zeigt das Programm ein erzeugtes Bild.
error-accent-contrast = Weiße Schrift auf dieser Farbe hat einen Kontrast von { $contrast }:1; nötig sind 4,5:1. Wähle einen dunkleren Ton.
error-accent-format = Gib die Farbe als sechs Hexadezimalziffern an, etwa #1f5fbf.
error-door-short-code-twice = Zwei Tickets heute Abend haben diesen kurzen Code: Scanne den QR-Code oder suche den Gast beim Namen.
error-door-sync-too-many = Höchstens 500 Einlass-Aktionen auf einmal.
error-door-sync-op = Jede Einlass-Aktion braucht einen Schlüssel (1–64 Zeichen), eine Aktion (check_in oder undo) und einen Ticketcode.
error-door-not-confirmed = Dieses Ticket ist { $status ->
    [pending] noch offen
    [waitlisted] auf der Warteliste
    [offered] angeboten
    [held] reserviert
    [checked_in] eingecheckt
    [cancelled] storniert
    [declined] abgelehnt
   *[other] { $status }
  }, nicht bestätigt: kein Platz zum Einchecken.
error-night-full = Der Abend ist ausgebucht.

## Geschichten, Bewertungen, Programm, Folien, Rückblicke

error-call-closed = Der Aufruf für Geschichten ist gerade geschlossen.
error-story-consent = Wähle nein, ja oder „vor der Veröffentlichung fragen“.
error-story-consent-slides = Wähle nur auf der Bühne, nach dem Abend veröffentlicht oder nie.
error-story-appearance = Wähle, wie du erscheinen möchtest: mit echtem Namen, Künstlernamen oder anonym.
error-story-stage-name-line = Verwende eine einzige Zeile.
error-story-text-required = Erzähl es uns in ein paar Sätzen; Stichpunkte reichen.
error-story-months = Wähle Monate aus der Liste.
error-story-coc = Bitte lies den Verhaltenskodex und stimme ihm zu.
error-story-decided = Über diese Geschichte wurde entschieden; sie kann nicht mehr bearbeitet werden.
error-story-consent-locked = Die Einwilligung für diese Geschichte kann nicht mehr geändert werden.
error-story-not-purgeable = Angenommene und bestätigte Beiträge können nicht gelöscht werden; die Person selbst kann sie zurückziehen oder löschen.
error-story-decision = Wähle annehmen, Warteliste oder ablehnen.
error-story-transition = Eine Geschichte, die { $state ->
    [submitted] eingereicht
    [waitlisted] auf der Warteliste
    [accepted] angenommen
    [confirmed] bestätigt
    [rejected] abgelehnt
    [declined] abgesagt
    [withdrawn] zurückgezogen
   *[other] { $state }
  } ist, kann nicht { $action ->
    [accept] angenommen
    [reject] abgelehnt
    [waitlist] auf die Warteliste gesetzt
    [confirm] bestätigt
    [decline] abgesagt
    [withdraw] zurückgezogen
   *[other] { $action }
  } werden.
error-speaker-answer = Wähle, ob du zusagst oder absagst.
error-speaker-withdraw-sure = Setz das Häkchen, um deine Geschichte zurückzuziehen.
error-speaker-delete-sure = Setz das Häkchen, um deine Geschichte und deine Daten zu löschen.
error-placeholder-unknown = { $count ->
    [one] Unbekannter Platzhalter
   *[other] Unbekannte Platzhalter
  } { $placeholders }: Verwende {"{name}"}, {"{title}"}, {"{link}"} oder {"{chapter}"}.
error-review-score = Gib eine Bewertung von 1 bis 5.
error-review-closed = Über diese Geschichte wurde entschieden; Bewertungen sind geschlossen.
error-lineup-action = Wähle einen Beitrag und was damit geschehen soll.
error-lineup-placed = Dieser Beitrag steht schon in einem Programm: Nimm ihn dort zuerst heraus.
error-lineup-unconfirmed = Nur bestätigte Beiträge können ins Programm.
error-lineup-changed = Dieser Beitrag hat sich inzwischen geändert; versuche es noch einmal.
error-lineup-missing = Dieser Beitrag steht nicht im Programm dieses Abends.
error-slides-not-accepted = Folien kannst du hochladen, sobald deine Geschichte angenommen ist.
error-slides-night-started = Dein Abend hat begonnen: Die Folien können nicht mehr geändert werden.
error-slides-none = Wähle mindestens ein Bild oder ein PDF.
error-slides-too-many = Das sind { $count } Folien; ein Beitrag hat hier höchstens { $limit }. Wähle deine besten { $limit }.
error-slides-too-many-files = Das sind { $count } Dateien; ein Foliensatz hat höchstens ein paar Dutzend Folien.
error-slides-more-than = Das sind mehr als { $max } Dateien; ein Foliensatz hat höchstens ein paar Dutzend Folien.
error-slides-file = Datei { $file } von { $of }: { $reason }
error-bad-upload = Der Upload konnte nicht gelesen werden; bitte sende ihn noch einmal.
error-media-too-large = Die Datei ist größer als { $mb } MB.
error-upload-too-large = Der Upload ist insgesamt größer als { $mb } MB.
error-media-not-image = Das ist kein PNG-, JPEG- oder WebP-Bild (egal, was der Name sagt).
error-media-pixels = Das Bild hat { $width }×{ $height } Pixel; erlaubt sind höchstens { $side } Pixel pro Seite und { $megapixels } Megapixel.
error-media-broken = Das Bild konnte nicht gelesen werden (ist die Datei vollständig?).
error-media-not-pdf = Das ist keine PDF-Datei.
error-media-broken-pdf = Das PDF konnte nicht gelesen werden (ist es vollständig und nicht passwortgeschützt?).
error-media-pages = Das PDF hat { $pages } Seiten; ein Beitrag hat höchstens { $limit } Folien.
error-media-no-pages = Das PDF hat keine Seiten.
error-media-page-size = Seite { $page } des PDFs hat eine unmögliche Größe.
error-media-encode = Das Bild konnte nicht kodiert werden.
error-recap-topics-unknown = Wähle Themen aus der Liste.
error-recap-topics-none = Wähle mindestens ein Thema.
error-recap-topics-max = Wähle höchstens { $max } Themen.
error-recap-language = Gib einen zweibuchstabigen Sprachcode an, etwa de.
error-recap-no-night = Ein Rückblick handelt von einem Beitrag, der an einem Abend gehalten wurde.
error-recap-night-cancelled = Dein Abend wurde abgesagt, es gibt also keinen Beitrag für einen Rückblick.
error-recap-too-early = Deinen Rückblick kannst du schreiben und veröffentlichen, sobald dein Abend vorbei ist.
error-recap-taken-over = Die Person hat diesen Rückblick übernommen: Nur sie kann ihn jetzt noch ändern.
error-recap-not-published = Dein Rückblick ist nicht veröffentlicht.

## Nachrichten an Gäste, die Bühne, Feedback

error-message-body = Schreib die Nachricht.
error-message-audience = Wähle, wer die Nachricht bekommt.
error-message-no-show-early = Noch hat niemand den Abend verpasst: Er hat noch nicht begonnen.
error-stage-moved = Auf der Bühne hat sich inzwischen etwas geändert: Schau noch einmal und drück dann erneut.
error-stage-action = Unbekannte Bühnenaktion.
error-stage-running = Der Abend läuft schon.
error-stage-not-started = Starte zuerst den Abend.
error-stage-paused = Die Bühne ist schon pausiert.
error-stage-not-paused = Die Bühne ist nicht pausiert.
error-stage-no-slides-next = Es werden keine Folien gezeigt: Geh stattdessen zum nächsten Abschnitt.
error-stage-no-slides-previous = Es werden keine Folien gezeigt: Geh stattdessen zum vorigen Abschnitt.
error-stage-first-slide = Das ist die erste Folie.
error-stage-end = Das ist das Ende des Abends.
error-stage-beginning = Das ist der Anfang des Abends.
error-stage-no-timer = Dieser Teil hat keinen Timer, dem man Zeit geben könnte.
error-stage-skip-qa = Zu den Fragen springen geht nur während eines Beitrags.
error-questions-not-open = Fragen sind möglich, sobald der Abend auf der Bühne beginnt.
error-questions-over = Die Beiträge sind vorbei: Danke!
error-question-empty = Schreib deine Frage.
error-question-status = Unbekannter Fragenstatus.
error-feedback-closed = Das Feedback zu diesem Abend wurde am { $closed } geschlossen. Trotzdem danke!
error-feedback-come-again = Wähle ja, vielleicht oder nein.
error-feedback-rating = Wähle eine Bewertung von 1 bis 5 oder keine.
error-feedback-talk-unknown = Einer der Beiträge steht nicht im Programm dieses Abends: Öffne den Link aus deiner E-Mail noch einmal.
error-feedback-empty = Beantworte mindestens eine Frage: eine Bewertung, einen Kommentar, was du mitnimmst oder ob du wiederkommst.
error-comment-changed = Der Gast hat diesen Kommentar geändert, seit du ihn gelesen hast: Lies ihn noch einmal und entscheide dann.
error-comment-status = Gib den Kommentar frei oder blende ihn aus.
error-comment-version = Welche Version des Kommentars hast du gelesen?
error-period = Wähle einen Zeitraum von 1 bis { $max } Monaten, der beginnt, bevor er endet.
error-month = Gib einen Monat wie 2026-03 an.

## Webhooks

error-webhook-url = Gib die Adresse deines Empfängers ein, beginnend mit https:// (oder http://), ohne Benutzernamen oder Passwort.
error-webhook-url-not-public = { $host } zeigt auf { $address }, und das liegt nicht im öffentlichen Internet: Webhooks gehen nur an öffentliche Adressen.
error-webhook-url-not-public-ip = { $address } liegt nicht im öffentlichen Internet: Webhooks gehen nur an öffentliche Adressen.
error-webhook-url-unresolved = { $host } wurde nicht gefunden. Prüf die Adresse.
error-webhook-no-events = Wähl mindestens ein Ereignis.
error-no-webhook = Diesen Webhook gibt es in diesem Chapter nicht.
error-no-webhook-delivery = Diese Zustellung gibt es bei diesem Webhook nicht.
error-webhook-delivery-busy = Diese Zustellung wird gerade gesendet. Versuch es in einer Minute noch einmal.

## Verhaltenskodex und Meldungen

error-rsvp-code-of-conduct = Bitte akzeptier den Verhaltenskodex, um zu reservieren.
error-report-night = Wähl einen Abend dieser Ortsgruppe oder keinen.
error-no-report = Diese Meldung gibt es in dieser Ortsgruppe nicht.
error-report-status = Wähl neu, in Bearbeitung oder abgeschlossen.

## API tokens

error-token-scope = Wähl alles, nur den Einlass oder nur lesen.
error-token-expires = Wähl, wie lange der Token gilt.

## The API's review queue

error-stories-state = Wähl einen der Stände: submitted, waitlisted, accepted, confirmed, rejected, declined, withdrawn.
error-stories-month = Gib einen Monat als JJJJ-MM an, etwa 2027-03.
