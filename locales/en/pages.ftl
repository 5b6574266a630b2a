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
