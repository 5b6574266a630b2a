# pages messages (de). Keys: pages-… ; see locales/README.md.

## Die Seite des Abends (templates/pages/event.html)
event-cancelled = Dieser Abend wurde abgesagt.
event-moved = Verschoben:
event-moved-from = Dieser Abend war für { $before } geplant. Die neue Zeit steht unten.
event-when = Wann
event-where = Wo
event-map = Karte
event-access = Barrierefreiheit
event-seats = Plätze
event-going = { $going ->
    [one] { $going } kommt
   *[other] { $going } kommen
}
event-be-first = { $capacity } Plätze · mach die erste Buchung
event-get-ticket = Ticket holen
event-seats-left = Noch { $left } von { $capacity } frei
event-full = Ausgebucht: Du kannst dich auf die Warteliste setzen
event-lineup = Programm
event-add-to-calendar = Zum Kalender hinzufügen:
event-ics-file = .ics-Datei
event-not-on-sale = Für diesen Abend gibt es gerade keine Tickets. Schau bitte später noch einmal vorbei.
event-join-waitlist = Auf die Warteliste
event-rsvp = Anmelden
event-tickets = Tickets
event-ticket = Ticket
event-your-price = Dein Preis für „{ $ticket }“ ({ $currency })
event-your-price-hint = Nur für dieses Ticket, z. B. 12 oder 12,50.
event-your-name = Dein Name
event-email = E-Mail
event-plus-ones = Begleitpersonen
event-email-use = Wir schicken dein Ticket und eine Kalendereinladung an diese Adresse und nutzen sie für nichts anderes.
event-paid-hold = Für ein bezahltes Ticket schicken wir dir den Link zur Zahlung auf der Seite von Stripe; dein Platz bleibt so lange 30 Minuten reserviert.
event-reserve = Platz reservieren
event-continue = Weiter
event-over = Dieser Abend ist vorbei.
event-check-your-email = Danke! Schau in dein Postfach: Wir haben dir geschickt, wie es weitergeht – dein Ticket, deinen Platz auf der Warteliste oder bei einem bezahlten Ticket den Link zur Zahlung (dein Platz bleibt 30 Minuten reserviert). Falls du dich mit dieser Adresse schon angemeldet hattest, haben wir dir den Link zu deinem Ticket noch einmal geschickt.
event-paid = Danke für deine Zahlung. Stripe bestätigt sie gerade; dein Ticket kommt gleich per E-Mail.
event-checkout-cancelled = Du hast die Zahlungsseite verlassen, ohne zu bezahlen. Dein Platz bleibt 30 Minuten reserviert: In der E-Mail, die wir dir geschickt haben, findest du den Link zur Zahlung.
event-og-description = { $when }, { $venue }. { $teaser }

## The front page (templates/pages/index.html)
index-heading = Abende des Scheiterns
index-intro = Drei oder vier Menschen erzählen je in weniger als sieben Minuten, wie sie beruflich gescheitert sind. Danach Fragen und Getränke.
index-no-chapters = Noch keine Ortsgruppen.
index-chapters = Ortsgruppen

## A chapter's page (templates/pages/chapter.html)
chapter-page-title = { $chapter } · Abende des Scheiterns
chapter-lessons-feed-title = Lektionen aus { $chapter }
chapter-every-month = Jeden Monat:
chapter-speak-question = Bist du im Job gescheitert und hast daraus gelernt?
chapter-speak-link = Erzähl deine Geschichte an einem der nächsten Abende
chapter-subscribe = Kalender abonnieren
chapter-subscribe-hint = (alle Abende, immer aktuell)
chapter-ics-feed = .ics-Feed
chapter-json-feed = JSON-Feed
feed-nights-title = Abende von { $chapter }
feed-night-cancelled = Abgesagt: { $title }
chapter-upcoming = Nächste Abende
chapter-no-upcoming = Noch sind keine Abende angekündigt. Schau bald wieder vorbei.
chapter-night-when = { $date }, { $time }
chapter-badge-cancelled = Abgesagt
chapter-badge-moved = Verschoben: neuer Termin
chapter-badge-full = Ausgebucht: Warteliste offen
chapter-past = Vergangene Abende
chapter-lessons = Was wir gelernt haben
chapter-no-lessons = Nach jedem Abend können die Vortragenden hier die Lektion aus ihrer Geschichte teilen.
chapter-all-lessons = Alle Lektionen aus { $chapter }
chapter-atom-feed = Atom-Feed
chapter-timezone = Alle Zeiten in { $zone }.


## Ticket choices on the night's page (crates/gateway/src/pages.rs)
ticket-choice-paid = { $ticket } · { $price }
ticket-choice-pwyw = { $ticket } · zahl, so viel du willst, ab { $price }

## A guest's ticket (templates/pages/ticket.html)
ticket-page-title = Dein Ticket
ticket-heading-confirmed = Dein Ticket
ticket-heading-waitlisted = Du stehst auf der Warteliste
ticket-heading-offered = Ein Platz ist für dich frei
ticket-heading-held = Bezahlung abschließen
ticket-heading-pending = Wartet auf Freigabe
ticket-heading-cancelled = Storniert
ticket-heading-declined = Nicht freigegeben
# The sentence goes on with a link to the night (its title).
ticket-status-confirmed = { $name }, du hast einen Platz bei
ticket-status-checked-in = { $name }, du bist eingecheckt bei
ticket-status-waitlisted = { $name }, du stehst auf der Warteliste für
ticket-status-waitlisted-number = { $name }, du stehst auf der Warteliste (Nummer { $position }) für
ticket-status-offered = { $name }, dir wird ein Platz angeboten bei
ticket-status-offered-until = { $name }, dir wird bis { $until } ein Platz angeboten bei
ticket-status-held = { $name }, solange du bezahlst, ist dein Platz reserviert für
ticket-status-pending = { $name }, die Gastgeber müssen deine Anmeldung noch freigeben für
ticket-status-cancelled = { $name }, dein Platz ist storniert bei
ticket-status-declined = { $name }, die Gastgeber konnten dir keinen Platz geben bei
ticket-plus-ones = { $count ->
    [one] (mit { $count } Begleitung)
   *[other] (mit { $count } Begleitpersonen)
}
ticket-paid-confirming = Danke: Wir bestätigen gerade deine Zahlung. Lade die Seite gleich neu.
ticket-qr-label = QR-Code deines Tickets, zum Vorzeigen am Einlass
ticket-show-at-door = Zeig das am Einlass vor.
ticket-short-code = Wenn er sich nicht scannen lässt, kann der Einlass eintippen:
ticket-share-night = Den Abend teilen
ticket-waitlist-hint = Wenn ein Platz frei wird, schreiben wir dir sofort.
ticket-accept = Platz annehmen
ticket-pay-now = Jetzt bezahlen
ticket-pay-hint = auf der Seite von Stripe; dein Platz bleibt so lange reserviert.
ticket-live-before = Am Abend:
ticket-live-link = stell den Vortragenden eine Frage
ticket-live-after = von deinem Platz aus.
ticket-cancel-link = Du kannst nicht kommen? Gib deinen Platz frei

## Confirming a ticket action (templates/pages/ticket_action.html)
ticket-action-back = Zurück zu deinem Ticket
ticket-cancel-heading = Du kannst nicht kommen?
ticket-cancel-question = Deinen Platz bei { $night } freigeben? Das lässt sich nicht rückgängig machen.
ticket-cancel-to-waitlist = Die erste Person auf der Warteliste bekommt ihn.
ticket-cancel-back-on-sale = Er wird wieder für alle frei.
ticket-cancel-keep = Nein, Platz behalten
ticket-cancel-button = Ja, Platz freigeben
ticket-cancel-started-heading = Der Abend hat begonnen
ticket-cancel-started = Dieser Abend hat schon begonnen: Plätze können hier nicht mehr storniert werden. Sprich bitte mit den Gastgebern am Einlass.
ticket-cancel-nothing-heading = Nichts zu stornieren
ticket-cancel-nothing = Zu diesem Ticket gehört kein Platz, den du freigeben kannst.
ticket-refund-amount = Wir erstatten dir { $amount } auf deine Karte; das siehst du in ein paar Tagen.
ticket-refund-policy = Tickets für diesen Abend werden nicht erstattet, wenn du sie stornierst.
ticket-refund-started = Sobald der Abend begonnen hat, werden Tickets nicht mehr erstattet.
ticket-refund-cutoff = { $hours ->
    [one] Tickets, die weniger als { $hours } Stunde vor dem Abend storniert werden, werden nicht erstattet.
   *[other] Tickets, die weniger als { $hours } Stunden vor dem Abend storniert werden, werden nicht erstattet.
}
ticket-accept-message = Ein Platz bei { $night } gehört dir, wenn du ihn jetzt annimmst.
ticket-accept-none-heading = Kein offenes Angebot
ticket-accept-none = Für dieses Ticket gibt es kein offenes Angebot.
ticket-still-heading = Kommst du noch?
ticket-still-message = Danke, dass du uns sagst, dass du zu { $night } kommst.
ticket-still-button = Ja, ich komme
ticket-still-none-heading = Kein Platz
ticket-still-none = Zu diesem Ticket gehört kein Platz, den du behalten kannst.

## Unsubscribing (templates/pages/unsubscribe.html); the address comes first, in bold.
unsubscribe-title = E-Mails von { $chapter }
unsubscribe-off = bekommt keine Erinnerungen oder Nachrichten mehr von { $chapter }.
unsubscribe-still = Was du wissen musst, bekommst du weiterhin: Bestätigungen und Bescheid, wenn ein gebuchter Abend verschoben oder abgesagt wird.
unsubscribe-again = Wieder Erinnerungen und Nachrichten bekommen
unsubscribe-on = bekommt Erinnerungen vor den Abenden und Nachrichten von den Gastgebern von { $chapter }.
unsubscribe-stop = Keine Erinnerungen oder Nachrichten mehr

## Error pages (templates/pages/error.html)
error-back = Zurück zur Startseite

## What a ticket's QR code opens (templates/pages/scan.html)
scan-page-title = Ticket
scan-heading = Ein Ticket für { $night }
scan-hint = Dieser Code wird am Einlass eingecheckt: Zeig ihn dort am Abend vor.
scan-staff = Einlass-Team:
scan-sign-in = melde dich an
scan-staff-after = und checke dieses Ticket ein.

## Das Chapter-Widget auf anderen Websites

widget-heading = Nächste Abende des Scheiterns von { $chapter }
widget-none = Noch ist kein Abend geplant.
widget-more = Alle Abende der Ortsgruppe
widget-when = { $date }, { $time }
widget-full = Ausgebucht
widget-book = Platz reservieren
widget-join-waitlist = Auf die Warteliste

## Verhaltenskodex und Meldungen

event-accept-coc = Ich akzeptiere den Verhaltenskodex dieses Abends.
event-coc-read = Verhaltenskodex lesen
event-coc = Verhaltenskodex
event-coc-of = Der Verhaltenskodex von { $chapter }
event-report = Ein Problem melden, vertraulich
report-title = Ein Problem melden
report-intro = Erzähl dem Team von { $chapter }, was passiert ist. Nur die Verantwortlichen der Ortsgruppe lesen es.
report-urgent = Wenn gerade jemand in Gefahr ist, ruf zuerst den Notruf.
report-body = Was ist passiert?
report-body-hint = Wann und wo, wer beteiligt war, was du gesehen oder gehört hast. Bis zu 5.000 Zeichen.
report-night = Welcher Abend?
report-no-night = Nicht zu einem bestimmten Abend
report-contact = Wie wir dich erreichen (optional)
report-anonymous = Lass beides leer, um anonym zu bleiben. Mit einer Adresse kann dir das Team antworten.
report-name = Dein Name
report-email = Deine E-Mail-Adresse
report-send = Meldung senden
report-sent = Danke. Deine Meldung ist bei den Verantwortlichen der Ortsgruppe angekommen, und nur bei ihnen.
report-back = Zurück zu { $chapter }
report-coc-of = Der Verhaltenskodex von { $chapter }
