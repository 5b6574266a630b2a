# pages messages (en). Keys: pages-… ; see locales/README.md.

## The night's page (templates/pages/event.html)
event-cancelled = This night has been cancelled.
event-moved = Moved:
event-moved-from = this night was planned for { $before }. The new time is below.
event-when = When
event-where = Where
event-map = Map
event-access = Access
event-seats = Seats
event-going = { $going } going
event-be-first = { $capacity } seats · be the first to book
event-get-ticket = Get a ticket
event-seats-left = { $left } of { $capacity } left
event-full = Full: you can join the waitlist
event-lineup = Lineup
event-add-to-calendar = Add to calendar:
event-ics-file = .ics file
event-not-on-sale = Tickets for this night are not on sale right now. Please come back later.
event-join-waitlist = Join the waitlist
event-rsvp = RSVP
event-tickets = Tickets
event-ticket = Ticket
event-your-price = Your price for “{ $ticket }” ({ $currency })
event-your-price-hint = Only for this ticket; e.g. 12 or 12.50.
event-your-name = Your name
event-email = Email
event-plus-ones = Guests you bring
event-email-use = We send your ticket and a calendar invite to this address, and use it for nothing else.
event-paid-hold = For a paid ticket we email you the link to pay on Stripe's page; your seat is held for 30 minutes meanwhile.
event-reserve = Reserve my seat
event-continue = Continue
event-over = This night is over.
event-check-your-email = Thank you! Check your email: we have sent what happens next to the address you gave: your ticket, your place on the waitlist, or, for a paid ticket, the link to pay (your seat is held for 30 minutes). If you had booked this night before with that address, we have sent your ticket's link again.
event-paid = Thank you for paying. Stripe is confirming your payment; your ticket arrives by email in a moment.
event-checkout-cancelled = You left the payment page before paying. Your seat stays held for 30 minutes: the email we sent you has the link to pay.
event-og-description = { $when } at { $venue }. { $teaser }

## The front page (templates/pages/index.html)
index-heading = Failure nights
index-intro = Three or four people each tell the story of a professional failure, in under seven minutes. Then questions, and drinks.
index-no-chapters = No chapters yet.
index-chapters = Chapters

## A chapter's page (templates/pages/chapter.html)
chapter-page-title = { $chapter } · failure nights
chapter-lessons-feed-title = Lessons from { $chapter }
chapter-every-month = Every month:
chapter-speak-question = Have you failed at work and learned from it?
chapter-speak-link = Tell your story at a coming night
chapter-subscribe = Subscribe to the calendar
chapter-subscribe-hint = (all nights, kept up to date)
chapter-ics-feed = .ics feed
chapter-json-feed = JSON Feed
feed-nights-title = Nights of { $chapter }
feed-night-cancelled = Cancelled: { $title }
chapter-upcoming = Upcoming nights
chapter-no-upcoming = No nights are announced yet. Check back soon.
chapter-night-when = { $date }, { $time }
chapter-badge-cancelled = Cancelled
chapter-badge-moved = Moved: new date
chapter-badge-full = Full: waitlist open
chapter-past = Past nights
chapter-lessons = What we learned
chapter-no-lessons = After each night, speakers can share the lesson of their story here.
chapter-all-lessons = All lessons from { $chapter }
chapter-atom-feed = Atom feed
chapter-timezone = Times are shown in { $zone }.


## Ticket choices on the night's page (crates/gateway/src/pages.rs)
ticket-choice-paid = { $ticket } · { $price }
ticket-choice-pwyw = { $ticket } · pay what you want, from { $price }

## A guest's ticket (templates/pages/ticket.html)
ticket-page-title = Your ticket
ticket-heading-confirmed = Your ticket
ticket-heading-waitlisted = You're on the waitlist
ticket-heading-offered = A seat is free for you
ticket-heading-held = Finish paying
ticket-heading-pending = Waiting for approval
ticket-heading-cancelled = Cancelled
ticket-heading-declined = Not approved
# The sentence goes on with a link to the night (its title).
ticket-status-confirmed = { $name }, you have a seat at
ticket-status-checked-in = { $name }, you are checked in at
ticket-status-waitlisted = { $name }, you are on the waitlist for
ticket-status-waitlisted-number = { $name }, you are on the waitlist (number { $position }) for
ticket-status-offered = { $name }, a seat is offered to you at
ticket-status-offered-until = { $name }, a seat is offered to you until { $until } at
ticket-status-held = { $name }, your seat is held while you pay for
ticket-status-pending = { $name }, the hosts have yet to approve your RSVP for
ticket-status-cancelled = { $name }, your place is cancelled at
ticket-status-declined = { $name }, the hosts could not give you a place at
ticket-plus-ones = { $count ->
    [one] (with { $count } guest)
   *[other] (with { $count } guests)
}
ticket-paid-confirming = Thank you: we are confirming your payment. Reload in a moment.
ticket-qr-label = QR code of your ticket, to show at the door
ticket-show-at-door = Show this at the door.
ticket-short-code = If it will not scan, the door can type:
ticket-share-night = Share the night
ticket-waitlist-hint = If a seat frees up, we email you straight away.
ticket-accept = Accept the seat
ticket-pay-now = Pay now
ticket-pay-hint = on Stripe's page; your seat is held meanwhile.
ticket-live-before = On the night:
ticket-live-link = ask the speakers a question
ticket-live-after = from your seat.
ticket-cancel-link = Can't come? Free your place

## Confirming a ticket action (templates/pages/ticket_action.html)
ticket-action-back = Back to your ticket
ticket-cancel-heading = Can't come?
ticket-cancel-question = Free your place at { $night }? This cannot be undone.
ticket-cancel-to-waitlist = The first person on the waitlist gets it.
ticket-cancel-back-on-sale = It goes back to anyone who wants it.
ticket-cancel-keep = No, keep my place
ticket-cancel-button = Yes, free my place
ticket-cancel-started-heading = The night has started
ticket-cancel-started = This night has started: places can no longer be cancelled here. Please speak to the hosts at the door.
ticket-cancel-nothing-heading = Nothing to cancel
ticket-cancel-nothing = This ticket has no place to free.
ticket-refund-amount = We are refunding { $amount } to your card; it shows within a few days.
ticket-refund-policy = This night's tickets are not refunded when cancelled by the guest.
ticket-refund-started = Tickets are not refunded once the night has started.
ticket-refund-cutoff = { $hours ->
    [one] Tickets cancelled less than { $hours } hour before the night are not refunded.
   *[other] Tickets cancelled less than { $hours } hours before the night are not refunded.
}
ticket-accept-message = A seat at { $night } is yours if you accept it now.
ticket-accept-none-heading = No open offer
ticket-accept-none = There is no open offer on this ticket.
ticket-still-heading = Still coming?
ticket-still-message = Thank you for letting us know you are still coming to { $night }.
ticket-still-button = Yes, I am coming
ticket-still-none-heading = No seat
ticket-still-none = This ticket has no seat to keep.

## Unsubscribing (templates/pages/unsubscribe.html); the address comes first, in bold.
unsubscribe-title = Email from { $chapter }
unsubscribe-off = gets no reminders or messages from { $chapter }.
unsubscribe-still = You still get what you must know: confirmations, and word if a night you booked moves or is cancelled.
unsubscribe-again = Get reminders and messages again
unsubscribe-on = gets reminders before nights and messages from the hosts of { $chapter }.
unsubscribe-stop = No more reminders or messages

## Error pages (templates/pages/error.html)
error-back = Back to the start page

## What a ticket's QR code opens (templates/pages/scan.html)
scan-page-title = Ticket
scan-heading = A ticket for { $night }
scan-hint = This code is checked in at the door: show it there on the night.
scan-staff = Door staff:
scan-sign-in = sign in
scan-staff-after = to check this ticket in.

## The chapter widget, on other sites

widget-heading = Next failure nights of { $chapter }
widget-none = No night is planned yet.
widget-more = All nights of the chapter
widget-when = { $date }, { $time }
widget-full = Full
widget-book = Book a seat
widget-join-waitlist = Join the waitlist

## The code of conduct and reports

event-accept-coc = I accept the code of conduct of this night.
event-coc-read = Read the code of conduct
event-coc = Code of conduct
event-coc-of = The code of conduct of { $chapter }
event-report = Report a concern, privately
report-title = Report a concern
report-intro = Tell the organisers of { $chapter } what happened. Only the chapter's owners read it.
report-urgent = If someone is in danger right now, call the emergency services first.
report-body = What happened?
report-body-hint = When and where, who was involved, what you saw or heard. Up to 5,000 characters.
report-night = Which night?
report-no-night = Not about one night
report-contact = How to reach you (optional)
report-anonymous = Leave both empty to stay anonymous. With an address, the organisers can answer you.
report-name = Your name
report-email = Your email address
report-send = Send the report
report-sent = Thank you. Your report has reached the chapter's owners, and only them.
report-back = Back to { $chapter }
report-coc-of = The code of conduct of { $chapter }
