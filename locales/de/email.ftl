# Every email: subjects, text and HTML bodies, calendar texts (de, du). See locales/README.md.
# Keys: mail-<email>-… ; mail-… alone for what several emails share.

## Shared by several emails
mail-hi = Hallo { $name },
mail-hello = Hallo,
mail-when = Wann:
mail-where = Wo:
mail-map = Karte:
mail-map-link = Karte
mail-open-ticket = Dein Ticket öffnen
mail-your-ticket = Dein Ticket
mail-ticket-qr = Dein Ticket (zeig den QR-Code am Einlass):
mail-waitlist-ticket = Dein Wartelisten-Ticket
mail-free-seat = Du kannst doch nicht kommen? Dann gib deinen Platz bitte auf deiner Ticketseite frei, damit jemand von der Warteliste nachrücken kann.
mail-see-you = Bis bald,
mail-thank-you = Danke,
mail-calendar-removed = Die angehängte Absage entfernt den Abend aus deinem Kalender.
mail-moved-from = Ursprünglich geplant: { $before }.
mail-your-page = Deine Seite:
mail-unsubscribe = Keine Erinnerungen oder Nachrichten mehr von { $chapter }
# A guest's party: nothing for one person, else how many come along.
mail-with-guests = { $count ->
    [0] {""}
    [one] {" "}(mit deiner Begleitung)
   *[other] {" "}(mit deinen { $count } Begleitpersonen)
}

## The frame of guests' emails (layout.html)
mail-layout-header = { $chapter } · Abend des Scheiterns
mail-layout-footer = Du bekommst diese E-Mail, weil du dich auf { $url } angemeldet hast.

## The frame of speakers' emails (story_layout.html)
mail-story-layout-header = { $chapter } · Aufruf für Geschichten
mail-story-layout-button = Seite deiner Geschichte öffnen
mail-story-layout-footer = Du bekommst diese E-Mail, weil du { $chapter } eine Geschichte geschickt hast. Deine Seite (behalte den Link für dich): { $link }

## rsvp_confirmed
mail-confirmed-subject = Du bist dabei: { $title }, { $date }
mail-confirmed-title = Du bist dabei: { $title }
mail-confirmed-body = du hast einen Platz bei { $title }.
mail-confirmed-calendar = Trag den Abend in deinen Kalender ein: Die Einladung ist angehängt (invite.ics), oder

## rsvp_offered
mail-offered-subject = Ein Platz ist für dich frei: { $title }, { $date }
mail-offered-subject-approved = Du bist bestätigt, bezahle zum Abschluss: { $title }, { $date }
mail-offered-title = Ein Platz ist für dich frei: { $title }
mail-offered-approved = das Team hat deinen Platz bei { $title }{ $guests } bestätigt.
mail-offered-approved-deadline = Dein Platz ist bis { $deadline } für dich reserviert: Nimm ihn an und bezahle an der Kasse, um ihn zu sichern; danach geht er an die nächste Person.
mail-offered-freed = bei { $title } ist ein Platz frei geworden, und er gehört dir, wenn du möchtest{ $guests }.
mail-offered-deadline = Nimm ihn bis { $deadline } an; danach geht er an die nächste Person auf der Warteliste.
mail-offered-accept = Platz annehmen
mail-offered-not-coming = Du kommst doch nicht?
mail-offered-free-place = Gib deinen Platz frei

## rsvp_cancelled
mail-cancelled-subject = Storniert: dein Platz bei { $title }, { $date }
mail-cancelled-title = Storniert: { $title }
mail-cancelled-by-host = das Team hat deinen Platz bei { $title } ({ $when }) storniert.
mail-cancelled-by-guest = dein Platz bei { $title } ({ $when }) ist storniert, wie gewünscht.
mail-cancelled-other-nights = Weitere Abende:
# What a cancelled paid ticket gets back (crates/app/src/services/ticketing.rs).
mail-refund-amount = Wir erstatten { $amount } auf deine Karte; das siehst du in ein paar Tagen.
mail-refund-policy = Tickets für diesen Abend werden nicht erstattet, wenn du sie selbst stornierst.
mail-refund-started = Sobald der Abend begonnen hat, werden Tickets nicht mehr erstattet.
mail-refund-cutoff = { $hours ->
    [one] Tickets, die weniger als eine Stunde vor dem Abend storniert werden, werden nicht erstattet.
   *[other] Tickets, die weniger als { $hours } Stunden vor dem Abend storniert werden, werden nicht erstattet.
}
mail-refund-too-late = Deine Zahlung kam erst, nachdem die Reservierung deines Platzes abgelaufen war, und der Abend ist ausgebucht; deshalb erstatten wir dir { $amount }.

## rsvp_offer_expired
mail-expired-subject = Dein Angebot ist abgelaufen: { $title }, { $date }
mail-expired-title = Dein Angebot ist abgelaufen: { $title }
mail-expired-body = den Platz, den wir dir bei { $title } angeboten hatten, hast du nicht rechtzeitig angenommen; er ist an die nächste Person auf der Warteliste gegangen.

## rsvp_pending
mail-pending-subject = Wartet auf Bestätigung: { $title }, { $date }
mail-pending-title = Wartet auf Bestätigung: { $title }
mail-pending-body = danke für deine Anmeldung zu { $title } ({ $when }). Das Team bestätigt jeden Gast dieses Abends einzeln; wir schreiben dir, sobald es so weit ist.
mail-pending-link = Deine Anmeldung

## rsvp_declined
mail-declined-subject = Deine Anmeldung zu { $title }, { $date }
mail-declined-title = Deine Anmeldung zu { $title }
mail-declined-body = leider konnte dir das Team keinen Platz bei { $title } ({ $when }) geben.

## rsvp_reconfirm
mail-reconfirm-subject = Kommst du noch? { $title }, { $date }
mail-reconfirm-title = Kommst du noch? { $title }
mail-reconfirm-body = bald ist es so weit: { $title }, { $when }, { $location }.
mail-reconfirm-ask = Kommst du noch? Wenn nicht, gib bitte deinen Platz frei: Dann bekommt ihn jemand von der Warteliste.
mail-reconfirm-yes = Ja, ich komme
mail-reconfirm-no = Nein, ich kann nicht

## rsvp_held
mail-held-subject = Bezahle, um deinen Platz zu sichern: { $title }, { $date }
mail-held-title = Bezahle, um deinen Platz zu sichern: { $title }
mail-held-body = dein Platz bei { $title }{ $guests } ist 30 Minuten für dich reserviert, während du bezahlst. Nach der Zahlung kommt dein Ticket per E-Mail; ist bis dahin nicht bezahlt, geht der Platz an die nächste Person.
mail-held-pay = Jetzt bezahlen
mail-held-ticket-page = Deine Ticketseite
mail-held-ticket-page-note = (dort findest du auch den Zahlungslink)

## rsvp_again
mail-again-subject = Dein Platz bei { $title }, { $date }
mail-again-title = Dein Platz bei { $title }
mail-again-body = jemand, vermutlich du, hat sich gerade mit dieser E-Mail-Adresse zu { $title } ({ $when }) angemeldet. Du hast schon einen Platz: { $standing }. Es wurde nichts Neues gebucht.
mail-again-not-you = Das warst nicht du? Dann musst du nichts tun: Nur diese Adresse bekommt den Link.
mail-again-standing-seat = Du hast einen Sitzplatz
mail-again-standing-waitlist = Du stehst auf der Warteliste
mail-again-standing-offered = Dir ist bis { $deadline } ein Platz angeboten: Nimm ihn auf deiner Ticketseite an
mail-again-standing-held = Dein Platz ist reserviert, während du bezahlst: Die Ticketseite bringt dich zurück zur Zahlung
mail-again-standing-pending = Deine Anmeldung wartet auf die Bestätigung des Teams
mail-again-standing-none = Du hast keinen Platz

## rsvp_waitlisted
mail-waitlisted-subject = Du stehst auf der Warteliste: { $title }, { $date }
mail-waitlisted-title = Du stehst auf der Warteliste: { $title }
mail-waitlisted-body = { $title } ist ausgebucht, deshalb stehst du auf der Warteliste.
mail-waitlisted-body-position = { $title } ist ausgebucht, deshalb stehst du auf der Warteliste (Platz { $position }).
mail-waitlisted-next = Sobald ein Platz frei wird, schreiben wir dir sofort.

## event_updated
mail-updated-subject = Geändert: { $title } ist jetzt am { $date }
mail-updated-title = Geändert: { $title }
mail-updated-body = bei { $title } hat sich etwas geändert. So sieht es jetzt aus:
mail-updated-kept = Dein Platz bleibt dir. Die aktualisierte Einladung ist angehängt: Öffne sie, um deinen Kalender zu aktualisieren.
mail-updated-free = Der neue Termin passt dir nicht? Dann gib deinen Platz bitte auf deiner Ticketseite frei, damit jemand von der Warteliste nachrücken kann.
mail-updated-waitlist = Du stehst weiterhin auf der Warteliste.

## event_cancelled
mail-night-cancelled-subject = Abgesagt: { $title }, { $date }
mail-night-cancelled-body = es tut uns leid: { $title } am { $when } ist abgesagt.
mail-night-cancelled-waitlist = Du standest auf der Warteliste; du musst nichts weiter tun.
mail-night-cancelled-other = Weitere Abende von { $chapter }

## reminder
mail-reminder-subject = Erinnerung: { $title }, { $at }
mail-reminder-title = Erinnerung: { $title }
mail-reminder-body = zur Erinnerung: Du hast einen Platz bei { $title }.
mail-reminder-why = Du bekommst Erinnerungen, weil du dich angemeldet hast.

## message (a host's words to the guests)
mail-message-about = Zu

## feedback_request
mail-feedback-subject = Wie war { $title }? Zwei Minuten Feedback
mail-feedback-title = Wie war { $title }?
mail-feedback-thanks = danke, dass du am { $date } bei { $title } warst.
mail-feedback-ask = Die Vortragenden haben etwas Schweres geteilt. Magst du ihnen sagen, was es dir bedeutet hat? Eine Bewertung pro Vortrag, ein Wort an die Vortragenden, das, was du mitnimmst: Jede Antwort ist freiwillig, und das Ganze dauert zwei Minuten. Jemand aus dem Team liest jeden Kommentar, bevor die Vortragenden ihn sehen, und deinen Namen sehen sie nie.
mail-feedback-button = Feedback geben
mail-feedback-link = Dein Feedback:
mail-feedback-closes = Du kannst deine Antworten bis { $closes } ändern.
mail-feedback-why = Du bekommst diese E-Mail, weil du bei { $title } warst.

## sign_in
mail-sign-in-subject = Dein Anmeldelink für failnight
mail-sign-in-title = Dein Anmeldelink
mail-sign-in-button = Bei failnight anmelden
mail-sign-in-open = öffne diesen Link, um dich als Gastgeber:in bei failnight anzumelden:
mail-sign-in-once = Der Link funktioniert einmal, 15 Minuten lang. Wenn du ihn nicht angefordert hast, ignoriere diese E-Mail: Ohne ihn kann sich niemand anmelden.

## host_invite
mail-invite-subject = { $role ->
    [owner] Du bist jetzt Verantwortliche:r von { $chapter } bei failnight
    [door] Du bist jetzt im Einlass-Team von { $chapter } bei failnight
   *[host] Du bist jetzt Gastgeber:in von { $chapter } bei failnight
}
mail-invite-title = { $chapter } bei failnight
mail-invite-added = { $role ->
    [owner] du wurdest als Verantwortliche:r von { $chapter } bei failnight eingetragen.
    [door] du wurdest ins Einlass-Team von { $chapter } bei failnight eingetragen.
   *[host] du wurdest als Gastgeber:in von { $chapter } bei failnight eingetragen.
}
mail-invite-sign-in = Melde dich hier mit dieser E-Mail-Adresse an: Wir schicken dir einen Link, ganz ohne Passwort.

## host_story_alert
mail-alert-subject-unconfirmed = Eine Vortragszusage für { $chapter } fehlt noch
mail-alert-subject-withdrawn = Ein Vortrag wurde von { $night } zurückgezogen
mail-alert-unconfirmed = { $days ->
    [one] „{ $title }“ ({ $speaker }) wurde vor einem Tag angenommen, es gab eine Erinnerung, und die Zusage fehlt noch. Vielleicht möchtest du Kontakt aufnehmen oder den Platz jemand anderem geben.
   *[other] „{ $title }“ ({ $speaker }) wurde vor { $days } Tagen angenommen, es gab eine Erinnerung, und die Zusage fehlt noch. Vielleicht möchtest du Kontakt aufnehmen oder den Platz jemand anderem geben.
}
mail-alert-withdrawn = { $speaker } hat „{ $title }“ zurückgezogen; der Vortrag ist nicht mehr im Programm von { $night }.
mail-alert-open = In den Team-Seiten öffnen

## story_received
mail-received-subject = Wir haben deine Geschichte für { $chapter } erhalten
mail-received-title = Wir haben deine Geschichte erhalten
mail-received-thanks = danke, dass du uns „{ $title }“ geschickt hast. Das Team von { $chapter } liest jede Geschichte und schreibt dir, sobald es entschieden hat.
mail-received-page = Auf deiner privaten Seite siehst du, wo deine Geschichte steht. Dort kannst du sie bis zur Entscheidung bearbeiten, ändern, was veröffentlicht werden darf, sie zurückziehen oder alles löschen, was du uns geschickt hast.
mail-received-keep = Behalte diesen Link für dich: Wer ihn hat, kann deine Geschichte sehen und ändern.

## story_reminder
mail-story-reminder-subject = Bitte handeln: Erinnerung, deinen Vortrag bei { $chapter } zu bestätigen
mail-story-reminder-title = Bitte bestätige deinen Vortrag
mail-story-reminder-body = vor ein paar Tagen haben wir „{ $title }“ für { $chapter } angenommen, und wir haben noch nichts von dir gehört. Bitte bestätige, dass du sprechen möchtest, oder sag uns, dass du nicht kannst, damit wir das Programm planen können.

## story_decision
mail-decision-subject-accepted = Bitte handeln: Bestätige deinen Vortrag bei { $chapter }
mail-decision-subject-rejected = Zu deiner Geschichte für { $chapter }
mail-decision-subject-waitlisted = Deine Geschichte für { $chapter } steht auf unserer Warteliste
mail-decision-confirm = Bitte bestätige (oder sag ab) deinen Vortrag auf deiner Seite.
mail-decision-confirm-here = Bestätige (oder sag ab) deinen Vortrag hier:
# Our texts when the hosts wrote none; { $name } and the others become {name}-style placeholders hosts see.
mail-decision-default-accepted =
    Hallo { $name },

    wir würden „{ $title }“ sehr gern bei { $chapter } hören! Bitte bestätige auf deiner Seite, dass du sprechen möchtest (oder sag uns, dass du nicht kannst): { $link }

    Sobald du bestätigst, nehmen wir deinen Vortrag ins Programm eines Abends auf und schicken dir eine Kalendereinladung mit deiner Ankunftszeit.
mail-decision-default-rejected =
    Hallo { $name },

    danke, dass du uns „{ $title }“ anvertraut hast. Wir haben mehr Geschichten als Abende, und diesmal nehmen wir deine nicht ins Programm. Das sagt nichts über den Wert deiner Geschichte.

    Deine Seite bleibt noch eine Weile erreichbar: { $link }
mail-decision-default-waitlisted =
    Hallo { $name },

    danke für „{ $title }“. Wir würden die Geschichte gern auf unserer Warteliste für einen kommenden Abend von { $chapter } behalten: Wir melden uns, sobald ein Platz frei wird. Auf deiner Seite kannst du sie weiter bearbeiten oder zurückziehen: { $link }

## story_status
mail-status-subject-confirmed = Danke: Dein Vortrag bei { $chapter } ist bestätigt
mail-status-subject-declined = Deine Antwort an { $chapter }
mail-status-subject-withdrawn = Deine Geschichte ist von { $chapter } zurückgezogen
mail-status-title = Deine Geschichte
mail-status-confirmed = danke, dass du „{ $title }“ bestätigt hast. Wir nehmen den Vortrag ins Programm eines Abends auf und schicken dir eine Kalendereinladung mit deiner Ankunftszeit. Bis zum Abend kannst du auf deiner Seite ändern, was veröffentlicht werden darf (Fotos, Aufnahme, Folien).
mail-status-declined = danke, dass du uns Bescheid gesagt hast, dass du „{ $title }“ diesmal nicht halten kannst. Vielleicht ein andermal: Der Aufruf für Geschichten bleibt offen.
mail-status-withdrawn = du hast „{ $title }“ zurückgezogen. Das ist völlig in Ordnung; nichts davon wird veröffentlicht. Auf deiner Seite kannst du alles löschen, was du uns geschickt hast.

## speaker_night
mail-speaker-subject-placed = Du sprichst bei { $night }, { $date }
mail-speaker-subject-updated = Geändert: { $night } ist jetzt am { $date }
mail-speaker-subject-reminder = Erinnerung: Du sprichst bei { $night }, { $date }
mail-speaker-subject-cancelled = Abgesagt: { $night }, { $date }
mail-speaker-subject-removed = Dein Vortrag ist nicht mehr im Programm von { $night }
mail-speaker-placed = dein Vortrag „{ $title }“ ist im Programm von { $night }. Die Einladung ist angehängt.
mail-speaker-updated = bei { $night }, wo du „{ $title }“ erzählst, hat sich etwas geändert. Die aktualisierte Einladung ist angehängt.
mail-speaker-reminder = zur Erinnerung: Du erzählst „{ $title }“ bei { $night }. Danke, dass du deine Geschichte teilst.
mail-speaker-cancelled = es tut uns leid: { $night } am { $when } ist abgesagt. Die angehängte Absage entfernt den Abend aus deinem Kalender. Wir melden uns wegen eines anderen Abends für „{ $title }“.
mail-speaker-removed = das Team hat „{ $title }“ aus dem Programm von { $night } genommen; es meldet sich wegen eines anderen Abends bei dir. Die angehängte Absage entfernt den Abend aus deinem Kalender.
mail-speaker-call-time = Deine Ankunftszeit: { $time } (bitte sei dann da, bevor der Einlass beginnt)
mail-speaker-run = Ablauf:
# First in the DESCRIPTION of a speaker's calendar invite.
mail-speaker-ics-note = Du sprichst: „{ $title }“. Deine Ankunftszeit: { $time }.

## Labels before a link in the text parts
mail-your-ticket-text = Dein Ticket:
mail-waitlist-ticket-text = Dein Wartelisten-Ticket:
mail-unsubscribe-text = Keine Erinnerungen oder Nachrichten mehr von { $chapter }:
mail-offered-accept-text = Platz annehmen:
mail-offered-free-place-text = Du kommst doch nicht? Gib deinen Platz frei:
mail-pending-link-text = Deine Anmeldung:
mail-reconfirm-yes-text = Ja, ich komme:
mail-reconfirm-no-text = Nein, ich kann nicht:
mail-held-pay-text = Jetzt bezahlen:
mail-held-ticket-page-text = Deine Ticketseite (dort findest du auch den Zahlungslink):
mail-night-cancelled-other-text = Weitere Abende von { $chapter }:
mail-message-about-text = Zu { $title }:

## Ein Webhook, pausiert nach wiederholten Fehlern

mail-webhook-paused-subject = Ein Webhook von { $chapter } ist pausiert
mail-webhook-paused = dein Webhook an { $url } ist immer wieder fehlgeschlagen, deshalb haben wir ihn pausiert.
mail-webhook-paused-kept = Nichts geht verloren: Seine Zustellungen warten und gehen raus, sobald du ihn fortsetzt.
mail-webhook-paused-open = Webhook öffnen

## Eine Meldung zum Verhalten ist eingegangen

mail-conduct-report-subject = Eine Meldung zum Verhalten bei { $chapter }
mail-conduct-report = jemand hat ein Problem mit dem Verhalten bei { $chapter } gemeldet. Nur die Verantwortlichen der Ortsgruppe können es lesen.
mail-conduct-report-open = Meldung lesen
