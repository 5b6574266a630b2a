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
