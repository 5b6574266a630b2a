# host messages (de). Keys: host-… ; see locales/README.md.
host-title = Gastgeber
host-brand = failnight für Gastgeber

## Shared by the host pages' forms
host-form-errors = Einige Felder brauchen noch einen Blick: Sieh dir die Hinweise darunter an.
host-form-choose-venue = Ort wählen
host-field-name = Name
host-field-description = Beschreibung
host-field-timezone = Zeitzone
host-field-language = Sprache
host-field-email = E-Mail
host-save = Speichern
host-saved = Gespeichert.
host-none = Keine.

## Roles, and the state of nights and series
host-role-owner = Inhaber
host-role-host = Gastgeber
host-role-door = Einlass
host-series-status-active = aktiv
host-series-status-ended = beendet

## The chapter's tabs (templates/host/chapter_nav.html)
host-nav-label = Chapter
host-nav-dashboard = Übersicht
host-nav-nights = Abende
host-nav-series = Reihen
host-nav-stories = Geschichten
host-nav-venues = Orte
host-nav-door = Einlass
host-nav-hosts = Gastgeber
host-nav-settings = Einstellungen
host-nav-audit = Protokoll
host-nav-more = Mehr
host-nav-chapters = Deine Ortsgruppen

## Signing in (templates/host/sign_in.html, sign_in_confirm.html)
host-sign-in-title = Anmelden
host-sign-in-sent-before = Wenn
host-sign-in-sent-after = zu einem Gastgeber gehört, ist ein Anmeldelink unterwegs. Er funktioniert einmal, 15 Minuten lang.
host-sign-in-no-email = Nach ein paar Minuten keine E-Mail da? Schau im Spam-Ordner nach, oder
host-sign-in-ask-again = fordere ihn erneut an
host-sign-in-intro = Gastgeber melden sich mit ihrer E-Mail-Adresse an: Wir schicken einen Link, kein Passwort nötig.
host-sign-in-submit = Anmeldelink per E-Mail schicken
host-sign-in-bad-email = Gib eine E-Mail-Adresse wie name@example.org ein.
host-sign-in-as-before = Als
host-sign-in-as-after = { " " }anmelden?
host-sign-in-button = Anmelden

## The host's home (templates/host/home.html)
host-home-title = Deine Chapter
host-home-signed-in-as = Angemeldet als { $email }.
host-home-no-chapters = Du bist noch bei keinem Chapter Gastgeber. Bitte den Inhaber eines Chapters, { $email } hinzuzufügen.
host-home-new-chapter = Neues Chapter
host-home-slug = Adresse
host-home-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche: /c/berlin
host-home-timezone-hint = IANA-Name, z. B. Europe/Berlin
host-home-language-hint = In dieser Sprache sprechen die Seiten und E-Mails des Chapters mit allen, die keine Sprache gewählt haben.
host-home-create = Chapter anlegen
host-home-tokens = API-Tokens
host-home-sign-out = Abmelden
host-home-sign-out-everywhere = Überall abmelden

## API tokens (templates/host/tokens.html)
host-tokens-title = API-Tokens
host-tokens-intro = Mit Tokens können Skripte die JSON-API in deinem Namen nutzen
host-tokens-new = Dein neues Token
host-tokens-new-hint = (wird nur jetzt angezeigt: kopiere es an einen sicheren Ort):
host-tokens-name-hint = Wofür es ist, z. B. „Newsletter-Skript“
host-tokens-create = Token erstellen
host-tokens-created = Erstellt
host-tokens-state = Status
host-tokens-revoked = widerrufen
host-tokens-scope = Was er darf
host-tokens-scope-full = Alles, was deine Rolle erlaubt
host-tokens-scope-door = Nur den Einlass
host-tokens-scope-read = Nur lesen
host-tokens-scope-hint = Gib einer Einlass-App oder dem Handy einer Helferin nur den Einlass und einem Dashboard oder Newsletter-Tool nur Lesen: Ein Token, das in falsche Hände gerät, kann dann nicht mehr.
host-tokens-expires = Gültig für
host-tokens-expires-day = Einen Tag
host-tokens-expires-days = { $count } Tage
host-tokens-expires-year = Ein Jahr
host-tokens-expires-never = Läuft nie ab
host-tokens-never-expires = läuft nie ab
host-tokens-expires-on = gültig bis { $time }
host-tokens-expired-on = abgelaufen am { $time }
host-tokens-expired = Abgelaufen
host-tokens-revoke = Widerrufen
host-tokens-created-at = { $time } (UTC)

## The dashboard (templates/host/dashboard.html)
host-dashboard-next-night = Nächster Abend:
host-dashboard-seats-taken = Belegte Plätze
host-dashboard-waitlist = Warteliste
host-dashboard-no-night = Es ist kein Abend geplant.
host-dashboard-create-one = Leg einen an
host-dashboard-or = oder
host-dashboard-start-series = starte eine monatliche Reihe
host-dashboard-upcoming = { $count ->
    [one] { $count } kommender Abend
   *[other] { $count } kommende Abende
}
host-dashboard-public-page = öffentliche Seite
host-dashboard-stories-waiting = { $count ->
    [one] { $count } Geschichte wartet auf Prüfung
   *[other] { $count } Geschichten warten auf Prüfung
}
host-dashboard-mail-by-night = E-Mails pro Abend
host-dashboard-night = Abend
host-dashboard-sent = Gesendet
host-dashboard-queued = In der Warteschlange
host-dashboard-retrying = Neuer Versuch
host-dashboard-failed = Fehlgeschlagen
host-dashboard-failed-emails = Fehlgeschlagene E-Mails
host-dashboard-to = An
host-dashboard-subject = Betreff
host-dashboard-server-answer = Antwort des Mailservers
host-dashboard-lineup = Programm
host-dashboard-to-review = Geschichten zu prüfen
host-dashboard-setup = Die ersten Schritte
host-dashboard-setup-venue = Den Ort eintragen, an dem eure Abende stattfinden
host-dashboard-setup-night = Den ersten Abend planen (oder eine monatliche Reihe)
host-dashboard-setup-call = Den Aufruf für Geschichten öffnen
host-dashboard-setup-done = erledigt

## Chapter settings (templates/host/settings.html)
host-settings-heading = Einstellungen des Chapters
host-settings-timezone-hint = IANA-Name, z. B. Europe/Berlin. Abende behalten die Zone, in der sie angelegt wurden.
host-settings-export = Alle Gäste aller Abende herunterladen (CSV)
host-settings-export-hint = Eine Zeile pro Buchung, Abend für Abend: für eure Unterlagen oder zum Umziehen.
host-settings-logo = Logo
host-settings-logo-current = Das Logo der Ortsgruppe
host-settings-logo-none = Noch kein Logo: Der Name der Ortsgruppe steht allein auf ihren Seiten und in ihren E-Mails.
host-settings-logo-choose = Logo (PNG, JPEG oder WebP)
host-settings-logo-hint = Erscheint neben dem Namen der Ortsgruppe auf ihren Seiten, Tickets und E-Mails, höchstens 240×80 Pixel groß. Ein PNG mit transparentem Hintergrund wirkt am besten; Metadaten werden entfernt.
host-settings-logo-upload = Logo hochladen
host-settings-logo-remove = Logo entfernen
host-settings-tagline = Untertitel
host-settings-tagline-hint = Eine Zeile unter dem Namen der Ortsgruppe, etwa „Geschichten vom Scheitern, jeden zweiten Donnerstag“.
host-settings-accent = Farbe
host-settings-accent-hint = Sechs Hexadezimalziffern, etwa #1f5fbf: die Knöpfe und das Band auf den Seiten, Tickets und Vorschaubildern der Ortsgruppe. Weiße Schrift muss darauf lesbar sein (4,5:1). Leer: unsere.
host-settings-language-hint = In dieser Sprache sprechen die Seiten und E-Mails des Chapters mit allen, die keine Sprache gewählt haben.
host-settings-description-hint = Wird auf der Seite des Chapters angezeigt.
host-settings-code-of-conduct = Verhaltenskodex
host-settings-code-of-conduct-hint = Wer eine Geschichte einreicht, akzeptiert ihn.
host-settings-reminders = Erinnerungen, Stunden vor einem Abend
host-settings-reminders-hint = Durch Kommas getrennt, z. B. 24, 3. Leer: keine Erinnerungen.
host-settings-seats = Plätze und Warteliste
host-settings-promotion = Wenn ein Platz frei wird
host-settings-promotion-auto = bekommt ihn sofort die nächste Person auf der Warteliste
host-settings-promotion-offer = wird er der nächsten Person angeboten, die ihn annimmt
host-settings-offer-hours = Stunden, um ein Angebot anzunehmen
host-settings-offer-hours-hint = Nie über den Beginn des Abends hinaus. Bezahlte Tickets werden immer angeboten.
host-settings-reconfirm-hours = So viele Stunden vorher fragen: „Kommst du noch?“
host-settings-reconfirm-hours-hint = 0: nie fragen.
host-settings-plus-ones = Begleitpersonen pro Person
host-settings-plus-ones-hint = Sie zählen als belegte Plätze.
host-settings-refund-cutoff = Gäste, die absagen, bis so viele Stunden vorher erstatten
host-settings-refund-cutoff-hint = Nur bezahlte Tickets. 0: bis der Abend beginnt. Hat er begonnen, können Gäste nicht mehr absagen; Gastgeber schon, und sie erstatten immer den vollen Betrag.
host-settings-overbook = Warteliste über die Kapazität eines Abends nachrücken lassen
host-settings-overbook-off = Nein: nie über die Kapazität des Abends
host-settings-overbook-risk = Bis zur Empfehlung bei { $risk } % Risiko
host-settings-overbook-hint = Aus der eigenen Geschichte des Chapters, wer kam, und nie über die Kapazität des Ortes (trag sie beim Ort ein). Die Seite „Erscheinen“ jedes Abends zeigt die Empfehlung.

## Hosts and roles (templates/host/hosts.html)
host-hosts-intro = Inhaber ändern Einstellungen und Gastgeber; Gastgeber betreuen Abende, Geschichten und Gäste; das Einlass-Team checkt Leute ein.
host-hosts-role = Rolle
host-hosts-actions = Aktionen
host-hosts-you = (du)
host-hosts-remove = Entfernen
host-hosts-add = Gastgeber hinzufügen oder Rolle ändern
## The audit log (templates/host/audit.html)
host-audit-empty = Noch nichts.
host-audit-when = Wann
host-audit-who = Wer
host-audit-what = Was
host-audit-detail = Details
host-audit-system = System
host-audit-signed-in = angemeldet
host-audit-signed-out = abgemeldet
host-audit-signed-out-everywhere = überall abgemeldet
host-audit-token-created = API-Token erstellt
host-audit-token-revoked = API-Token widerrufen
host-audit-chapter-created = Chapter angelegt
host-audit-settings-changed = Einstellungen geändert
host-audit-host-invited = Gastgeber eingeladen
host-audit-role-changed = Rolle geändert
host-audit-host-removed = Gastgeber entfernt
host-audit-venue-added = Ort hinzugefügt
host-audit-venue-edited = Ort bearbeitet
host-audit-series-created = Reihe angelegt
host-audit-series-edited = Reihe bearbeitet
host-audit-series-ended = Reihe beendet, ihre Abende abgesagt
host-audit-night-created-published = Abend angelegt und veröffentlicht
host-audit-night-created-draft = Abend als Entwurf angelegt
host-audit-night-published = Abend veröffentlicht
host-audit-night-cancelled = Abend abgesagt
host-audit-night-edited = Abend bearbeitet
host-audit-night-moved = Abend verschoben oder an einen anderen Ort verlegt
host-audit-night-ticketing = Ticketoptionen des Abends geändert
host-audit-series-published = Abende der Reihe veröffentlicht
host-audit-ticketing-settings = Ticketeinstellungen geändert
host-audit-ticket-type-added = Ticketart hinzugefügt
host-audit-rsvp-cancelled = Anmeldung von einem Gastgeber storniert
host-audit-rsvp-approved = Anmeldung bestätigt
host-audit-rsvp-declined = Anmeldung abgelehnt
host-audit-guest-checked-in = Gast eingecheckt
host-audit-walk-in-added = Gast ohne Anmeldung hinzugefügt
host-audit-message-sent = Nachricht gesendet
host-audit-call-settings = Einstellungen des Aufrufs geändert
host-audit-story-submitted = Geschichte eingereicht
host-audit-story-reviewed = Geschichte bewertet
host-audit-story-purged = Geschichte gelöscht
host-audit-story-deleted-retention = Geschichte nach Ablauf der Aufbewahrungsfrist gelöscht
host-audit-story-deleted-speaker = Geschichte von der vortragenden Person gelöscht
host-audit-talk-placed = Vortrag ins Programm aufgenommen
host-audit-talk-removed = Vortrag aus dem Programm genommen
host-audit-lineup-reordered = Programm neu geordnet
host-audit-slides-uploaded = Folien hochgeladen
host-audit-slides-uploaded-pdf = Folien hochgeladen (PDF)
host-audit-slides-removed = Folien entfernt
host-audit-lesson-drafted = Lektion entworfen
host-audit-lesson-published = Lektion veröffentlicht
host-audit-lesson-edited = Lektion bearbeitet
host-audit-lesson-withdrawn = Lektion zurückgezogen
host-audit-feedback-deleted = Feedback nach Ablauf der Aufbewahrungsfrist gelöscht
host-audit-feedback-unread = Kommentar wieder ungelesen
host-audit-feedback-released = Kommentar freigegeben
host-audit-feedback-hidden = Kommentar ausgeblendet
host-audit-question-pending = Frage wieder offen
host-audit-question-approved = Frage freigegeben
host-audit-question-hidden = Frage ausgeblendet
host-audit-question-answered = Frage beantwortet
host-audit-questions-deleted = Fragen nach Ablauf der Aufbewahrungsfrist gelöscht
host-audit-story-accepted = Geschichte angenommen
host-audit-story-rejected = Geschichte abgelehnt
host-audit-story-waitlisted = Geschichte auf die Warteliste gesetzt
host-audit-story-confirmed = Vortrag von der sprechenden Person bestätigt
host-audit-story-declined = Vortrag von der sprechenden Person abgesagt
host-audit-story-withdrawn = Geschichte von der sprechenden Person zurückgezogen
host-audit-call-open = Aufruf für Geschichten offen
host-audit-call-closed = Aufruf für Geschichten geschlossen
host-audit-stage-start = Bühne: Abend gestartet
host-audit-stage-pause = Bühne: pausiert
host-audit-stage-resume = Bühne: fortgesetzt
host-audit-stage-next-slide = Bühne: nächste Folie
host-audit-stage-previous-slide = Bühne: vorige Folie
host-audit-stage-next-segment = Bühne: nächster Teil
host-audit-stage-previous-segment = Bühne: voriger Teil
host-audit-stage-add-time = Bühne: Zeit verlängert
host-audit-stage-skip-to-qa = Bühne: direkt zu den Fragen

## Venues (templates/host/venues.html, venue.html, venue_fields.html)
host-venues-empty = Noch keine Orte.
host-venues-seats = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
host-venues-new = Neuer Ort
host-venues-add = Ort hinzufügen
host-venue-title = Ort
host-venue-address = Adresse
host-venue-map = Kartenlink
host-venue-map-hint = Optional. Leer: eine Kartensuche nach der Adresse.
host-venue-seats = Plätze
host-venue-seats-hint = Optional: der Standard für Abende hier.
host-venue-accessibility = Barrierefreiheit
host-venue-accessibility-hint = Stufenloser Zugang, Toiletten, Ruheraum…

## Series (templates/host/series_list.html, series.html, series_fields.html)
host-series-empty = Noch keine Reihen: Eine Reihe legt jeden Monat denselben Abend an.
host-series-new = Neue Reihe
host-series-create = Reihe anlegen
host-series-ended = beendet
host-series-publish = Entwürfe veröffentlichen
host-series-end = Reihe beenden und ihre Abende absagen…
host-series-edit = Bearbeiten
host-series-edit-hint = Änderungen gelten für die kommenden Abende, die nicht einzeln bearbeitet wurden.
host-series-coming = Kommende Abende
host-series-title = Titel
host-series-title-hint = Darf { "{n}" } (Nummer), { "{month}" } oder { "{date}" } enthalten: „Failure Night #{ "{n}" }“
host-series-repeats = Wiederholung
host-series-repeats-hint = Eine RRULE: FREQ=MONTHLY;BYDAY=2TH ist jeder zweite Donnerstag, FREQ=MONTHLY;BYDAY=-1WE der letzte Mittwoch.
host-series-starts-at = Beginnt um
host-series-length = Dauer in Minuten
host-series-venue = Ort
host-series-seats-hint = Leer: die Kapazität des Orts.
host-series-first-date = Erstes Datum
host-series-first-date-hint = Leer: ab heute.
host-series-publish-new = Neue Abende sofort veröffentlichen (sonst Entwürfe)

## Confirmation before emailing guests (templates/host/confirm.html)
host-confirm-back = Zurück
host-confirm-save-and-email = Speichern und ihnen schreiben
host-confirm-venue-title = { $venue } ändern?
host-confirm-venue-message = Der Ort kommender Abende ändert sich: Dabei { $count ->
    [one] geht eine E-Mail an { $count } Person
   *[other] gehen E-Mails an { $count } Personen
}.
host-confirm-series-title = { $series } ändern?
host-confirm-series-message = Kommende Abende dieser Reihe ändern sich: Dabei { $count ->
    [one] geht eine E-Mail an { $count } Person
   *[other] gehen E-Mails an { $count } Personen
}.
host-confirm-end-series-title = { $series } beenden?
host-confirm-end-series-message = Damit endet die Reihe und ihre kommenden Abende werden abgesagt; dabei { $count ->
    [one] geht eine E-Mail an { $count } Person
   *[other] gehen E-Mails an { $count } Personen
}. Das lässt sich nicht rückgängig machen.
host-confirm-end-series-button = Reihe beenden und Abende absagen

## A series' cadence in words (crates/scheduling/src/series.rs, `describe_in`): $n is the
## weekday's place in the month (0: every one, -1: the last), $name the weekday, $day its code.
host-cadence-day = { $n ->
    [1] ersten { $name }
    [2] zweiten { $name }
    [3] dritten { $name }
    [4] vierten { $name }
    [5] fünften { $name }
    [-1] letzten { $name }
    [-2] vorletzten { $name }
   *[0] { $name }
}
host-cadence-and = und
host-cadence-weekly = jeden { $days }
host-cadence-every-other-week = jeden zweiten { $days }
host-cadence-weeks = alle { $n } Wochen
host-cadence-weeks-on = alle { $n } Wochen am { $days }
host-cadence-monthly-on = jeden { $days } im Monat
host-cadence-months-on = alle { $n } Monate am { $days }
host-cadence-monthly-day = monatlich am { $days }.
host-cadence-monthly = monatlich
host-cadence-yearly = jährlich
host-cadence-at = { $cadence }, { $time } Uhr
host-cadence-custom = wiederkehrend ({ $rule }), { $time } Uhr

## The chapter's numbers (templates/host/numbers.html)
host-nav-numbers = Zahlen
host-numbers-title = Die Zahlen des Chapters
host-numbers-from = Von
host-numbers-to = Bis
host-numbers-show = Anzeigen
host-numbers-summary = { $nights ->
        [0] Kein Abend in diesem Zeitraum.
        [one] Ein Abend: { $came } Gäste am Eingang ({ $first } zum ersten Mal, { $regulars } schon früher dabei); { $empty } der gebuchten Plätze blieben leer.
       *[other] { $nights } Abende: { $came } Gäste am Eingang ({ $first } zum ersten Mal, { $regulars } schon früher dabei); { $empty } der gebuchten Plätze blieben leer.
    }
host-numbers-stories = Geschichten: { $submitted } eingereicht, { $accepted } angenommen, { $told } bisher auf der Bühne erzählt.
host-numbers-to-stage = Von der Einreichung bis zur Bühne vergingen { $days } Tage (Median).
host-numbers-chart-title = Gäste am Eingang und leere Plätze, pro Monat
host-numbers-chart-desc = Für jeden Monat ein dunkler Balken für die Gäste, die kamen, und dahinter ein heller für die gebuchten Plätze, die leer blieben; die Tabelle darunter hat dieselben Zahlen.
host-numbers-came-legend = gekommen
host-numbers-empty-legend = gebucht, leer geblieben
host-numbers-table = Die Zahlen pro Monat
host-numbers-month = Monat
host-numbers-nights = Abende
host-numbers-booked = Gebucht
host-numbers-came = Gekommen
host-numbers-no-shows = Leere Plätze
host-numbers-first-timers = Zum ersten Mal
host-numbers-regulars = Schon dabei gewesen
host-numbers-submitted = Geschichten
host-numbers-accepted = Angenommen
host-numbers-told = Erzählt
host-numbers-all = Ganzer Zeitraum
host-numbers-download = Diese Zahlen herunterladen:

## The network at a glance, for platform admins (templates/host/network.html)
host-network-link = Alle Chapter auf einen Blick
host-network-title = Das Netzwerk
host-network-intro = Welche Chapter brauchen diesen Monat Hilfe? Zuerst stehen die ohne kommenden Abend und die, deren letzter Abend am längsten her ist; sortiere nach jeder Spalte.
host-network-caption = { $count ->
        [one] Ein Chapter
       *[other] { $count } Chapter
    }
host-network-chapter = Chapter
host-network-last = Letzter Abend
host-network-next = Nächster Abend
host-network-quiet = Monate ohne Abend
host-network-guests = Gäste, letzte 6 Monate
host-network-trend = Gegenüber den 6 davor
host-network-call = Aufruf für Geschichten
host-network-call-open = offen
host-network-call-closed = geschlossen
host-network-queue = Wartende Geschichten
host-network-hosts = Aktive Gastgeber
host-network-hosts-active = { $active } von { $all }
host-network-download = Als CSV herunterladen
host-network-previous = Vorherige Chapter
host-network-more = Weitere Chapter

## Webhooks

host-settings-integrations = Integrationen
host-settings-integrations-intro = Sag deiner Website, deinem Chat oder deinem Newsletter-Tool Bescheid, wenn in diesem Chapter etwas passiert.
host-settings-widget = Ein Widget für deine Website
host-settings-widget-intro = Füg eines davon in deine Website ein: Es zeigt die nächsten Abende der Ortsgruppe mit den freien Plätzen und einem Link zum Reservieren.
host-settings-widget-script = Mit einem Skript (empfohlen)
host-settings-widget-iframe = Ohne Skripte (ein iframe)
host-settings-widget-hint = Ergänze data-accent="#1f5fbf" im Skript oder ?accent=1f5fbf in der Adresse des iframes für deine eigene Farbe (weißer Text muss darauf lesbar bleiben), und data-lang oder ?lang= für eine andere Sprache.
host-webhooks-title = Webhooks
host-webhooks-intro = Ein Webhook schickt jedes Ereignis, das du auswählst, an die Adresse deines Empfängers, signiert mit seinem Geheimnis, und versucht es etwa einen Tag lang erneut, wenn der Empfänger nicht erreichbar ist.
host-webhooks-none = Noch keine Webhooks.
host-webhooks-add = Webhook hinzufügen
host-webhook-url = Adresse des Empfängers
host-webhook-url-hint = Eine öffentliche https://-Adresse. Adressen in einem privaten Netz werden abgelehnt.
host-webhook-description = Wofür er ist (optional)
host-webhook-events = Ereignisse
host-webhook-status = Status
host-webhooks-verify = Die Signatur prüfen
host-webhooks-verify-intro = Jede Zustellung hat einen Header Failnight-Signature: die Sendezeit und einen HMAC-SHA256 aus dieser Zeit, einem Punkt und dem Body, mit dem Geheimnis als Schlüssel. Berechne ihn über den unveränderten Body neu und lehne alte Zeiten ab, zum Beispiel in Python:
host-webhook-title = Webhook
host-webhook-secret = Signatur-Geheimnis
host-webhook-secret-once = Kopier das Geheimnis jetzt: Es wird nur dieses eine Mal angezeigt.
host-webhook-resume = Fortsetzen
host-webhook-pause = Pausieren
host-webhook-roll = Neues Geheimnis
host-webhook-deliveries = Letzte Zustellungen
host-webhook-no-deliveries = Noch nichts zugestellt.
host-webhook-when = Wann
host-webhook-event = Ereignis
host-webhook-outcome = Ergebnis
host-webhook-answer = Antwort
host-webhook-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
  }
host-webhook-details = Details
host-webhook-payload = Gesendet:
host-webhook-response = Antwort:
host-webhook-redeliver = Erneut senden
host-webhook-redelivering = Wird jetzt erneut gesendet.
host-webhook-remove-title = Diesen Webhook entfernen
host-webhook-remove-intro = Seine Zustellungen werden mit ihm gelöscht, und es wird nichts mehr gesendet.
host-webhook-remove = Webhook entfernen
host-webhook-active = Aktiv
host-webhook-failing = Aktiv, { $count ->
    [one] { $count } fehlgeschlagener Versuch
   *[other] { $count } fehlgeschlagene Versuche
  } in Folge
host-webhook-paused-failing = Pausiert seit { $when } nach wiederholten Fehlern
host-webhook-paused-by-host = Pausiert von einem Teammitglied am { $when }
host-webhook-delivered = Zugestellt am { $when }
host-webhook-failed = Fehlgeschlagen am { $when }
host-webhook-sending = Wird gerade gesendet
host-webhook-waiting = Wartet
host-webhook-retrying = Neuer Versuch am { $when }
host-webhook-kind-night-published = Ein Abend wird veröffentlicht
host-webhook-kind-night-changed = Ein Abend ändert sich
host-webhook-kind-night-cancelled = Ein Abend wird abgesagt
host-webhook-kind-rsvp-confirmed = Ein Gast hat einen Platz
host-webhook-kind-rsvp-waitlisted = Ein Gast kommt auf die Warteliste
host-webhook-kind-rsvp-cancelled = Der Platz eines Gastes wird storniert
host-webhook-kind-rsvp-checked-in = Ein Gast wird eingecheckt
host-webhook-kind-story-submitted = Eine Geschichte wird eingereicht
host-webhook-kind-story-decided = Über eine Geschichte wird entschieden
host-webhook-kind-lesson-published = Eine Lektion wird veröffentlicht
host-audit-webhook-added = Webhook hinzugefügt
host-audit-webhook-paused = Webhook pausiert
host-audit-webhook-resumed = Webhook fortgesetzt
host-audit-webhook-secret = Webhook-Geheimnis ersetzt
host-audit-webhook-removed = Webhook entfernt
host-audit-webhook-redelivered = Webhook-Zustellung erneut gesendet

## Meldungen zum Verhalten

host-nav-reports = Meldungen
host-reports-title = Meldungen zum Verhalten
host-reports-intro = Meldungen zum Verhaltenskodex, über das Formular, das auf der Seite jedes Abends und jedem Ticket verlinkt ist. Nur die Verantwortlichen der Ortsgruppe sehen sie; jede wird ein Jahr nach Eingang gelöscht.
host-reports-none = Keine Meldungen.
host-report-when = Eingegangen
host-report-night = Abend
host-report-status = Stand
host-report-title = Meldung zum Verhalten
host-report-from = Von
host-report-what = Was passiert ist
host-report-note = Notiz der Verantwortlichen
host-report-note-hint = Nur für die Verantwortlichen: was ihr getan habt, mit wem ihr gesprochen habt.
host-report-anonymous = Anonym
host-report-status-new = Neu
host-report-status-in-progress = In Bearbeitung
host-report-status-closed = Abgeschlossen
host-audit-conduct-report-updated = Meldung zum Verhalten bearbeitet
