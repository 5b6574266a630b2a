# Every email: subjects, text and HTML bodies, calendar texts (en). See locales/README.md.
# Keys: mail-<email>-… ; mail-… alone for what several emails share.

## Shared by several emails
mail-hi = Hi { $name },
mail-hello = Hello,
mail-when = When:
mail-where = Where:
mail-map = Map:
mail-map-link = map
mail-open-ticket = Open your ticket
mail-your-ticket = Your ticket
mail-ticket-qr = Your ticket (show the QR code at the door):
mail-waitlist-ticket = Your waitlist ticket
mail-free-seat = Can't come after all? Please free your seat for someone on the waitlist from your ticket page.
mail-see-you = See you there,
mail-thank-you = Thank you,
mail-calendar-removed = The attached cancellation removes the night from your calendar.
mail-moved-from = It was planned for { $before }.
mail-your-page = Your page:
mail-unsubscribe = No more reminders or messages from { $chapter }
# A guest's party: nothing for one person, else how many come along.
mail-with-guests = { $count ->
    [0] {""}
    [one] {" "}(with your guest)
   *[other] {" "}(with your { $count } guests)
}

## The frame of guests' emails (layout.html)
mail-layout-header = { $chapter } · failure night
mail-layout-footer = You get this email because you RSVPed on { $url }.

## The frame of speakers' emails (story_layout.html)
mail-story-layout-header = { $chapter } · call for stories
mail-story-layout-button = Open your story's page
mail-story-layout-footer = You get this email because you sent a story to { $chapter }. Your page (keep the link to yourself): { $link }

## rsvp_confirmed
mail-confirmed-subject = You're in: { $title }, { $date }
mail-confirmed-title = You're in: { $title }
mail-confirmed-body = you have a seat at { $title }.
mail-confirmed-calendar = Add it to your calendar: the invite is attached (invite.ics), or

## rsvp_offered
mail-offered-subject = A seat is free for you: { $title }, { $date }
mail-offered-subject-approved = You are approved, pay to confirm: { $title }, { $date }
mail-offered-title = A seat is free for you: { $title }
mail-offered-approved = the hosts approved your place at { $title }{ $guests }.
mail-offered-approved-deadline = Your seat is set aside until { $deadline }: accept it and pay at the checkout to confirm it; after that it goes to the next person.
mail-offered-freed = a seat freed up at { $title } and it is yours if you want it{ $guests }.
mail-offered-deadline = Accept it by { $deadline }; after that it goes to the next person on the waitlist.
mail-offered-accept = Accept the seat
mail-offered-not-coming = Not coming after all?
mail-offered-free-place = Free your place

## rsvp_cancelled
mail-cancelled-subject = Cancelled: your place at { $title }, { $date }
mail-cancelled-title = Cancelled: { $title }
mail-cancelled-by-host = the hosts cancelled your place at { $title } ({ $when }).
mail-cancelled-by-guest = your place at { $title } ({ $when }) is cancelled, as you asked.
mail-cancelled-other-nights = Other nights:
# What a cancelled paid ticket gets back (crates/app/src/services/ticketing.rs).
mail-refund-amount = We are refunding { $amount } to your card; it shows within a few days.
mail-refund-policy = This night's tickets are not refunded when cancelled by the guest.
mail-refund-started = Tickets are not refunded once the night has started.
mail-refund-cutoff = { $hours ->
    [one] Tickets cancelled less than an hour before the night are not refunded.
   *[other] Tickets cancelled less than { $hours } hours before the night are not refunded.
}
mail-refund-too-late = Your payment arrived after your seat's hold ran out and the night is full, so we are refunding { $amount }.

## rsvp_offer_expired
mail-expired-subject = Your offer expired: { $title }, { $date }
mail-expired-title = Your offer expired: { $title }
mail-expired-body = the seat we offered you at { $title } was not accepted in time, so it went to the next person on the waitlist.

## rsvp_pending
mail-pending-subject = Waiting for approval: { $title }, { $date }
mail-pending-title = Waiting for approval: { $title }
mail-pending-body = thank you for your RSVP to { $title } ({ $when }). The hosts approve each guest of this night; we will email you when they have.
mail-pending-link = Your RSVP

## rsvp_declined
mail-declined-subject = Your RSVP to { $title }, { $date }
mail-declined-title = Your RSVP to { $title }
mail-declined-body = we are sorry: the hosts could not give you a place at { $title } ({ $when }).

## rsvp_reconfirm
mail-reconfirm-subject = Still coming? { $title }, { $date }
mail-reconfirm-title = Still coming? { $title }
mail-reconfirm-body = { $title } is coming up: { $when } at { $location }.
mail-reconfirm-ask = Are you still coming? If not, please free your seat: someone on the waitlist gets it.
mail-reconfirm-yes = Yes, I am coming
mail-reconfirm-no = No, I can't come

## rsvp_held
mail-held-subject = Pay to confirm your seat: { $title }, { $date }
mail-held-title = Pay to confirm your seat: { $title }
mail-held-body = your seat at { $title }{ $guests } is held for you for 30 minutes while you pay. Once paid, your ticket arrives by email; not paid by then, the seat goes to the next person.
mail-held-pay = Pay now
mail-held-ticket-page = Your ticket page
mail-held-ticket-page-note = (the payment link is there too)

## rsvp_again
mail-again-subject = Your place at { $title }, { $date }
mail-again-title = Your place at { $title }
mail-again-body = someone, probably you, just booked { $title } ({ $when }) with this email address. You already have a place: { $standing }. Nothing new was booked.
mail-again-not-you = Not you? Then nothing needs doing: only this address receives the link.
mail-again-standing-seat = you have a seat
mail-again-standing-waitlist = you are on the waitlist
mail-again-standing-offered = a seat is offered to you until { $deadline }: accept it on your ticket page
mail-again-standing-held = your seat is held while you pay: the ticket page takes you back to paying
mail-again-standing-pending = your RSVP waits for the hosts' approval
mail-again-standing-none = you have no place

## rsvp_waitlisted
mail-waitlisted-subject = You're on the waitlist: { $title }, { $date }
mail-waitlisted-title = You're on the waitlist: { $title }
mail-waitlisted-body = { $title } is full, so you are on the waitlist.
mail-waitlisted-body-position = { $title } is full, so you are on the waitlist (number { $position }).
mail-waitlisted-next = If a seat frees up, we will email you straight away.

## event_updated
mail-updated-subject = Changed: { $title } is now { $date }
mail-updated-title = Changed: { $title }
mail-updated-body = { $title } has changed. This is where and when it happens now:
mail-updated-kept = Your seat is kept. The updated invite is attached: open it to update your calendar.
mail-updated-free = Can't make the new time? Please free your seat for someone on the waitlist from your ticket page.
mail-updated-waitlist = You are still on the waitlist.

## event_cancelled
mail-night-cancelled-subject = Cancelled: { $title }, { $date }
mail-night-cancelled-body = we are sorry: { $title } on { $when } is cancelled.
mail-night-cancelled-waitlist = You were on its waitlist; there is nothing you need to do.
mail-night-cancelled-other = Other nights of { $chapter }

## reminder
mail-reminder-subject = Reminder: { $title }, { $at }
mail-reminder-title = Reminder: { $title }
mail-reminder-body = a reminder that you have a seat at { $title }.
mail-reminder-why = You get reminders because you RSVPed.

## message (a host's words to the guests)
mail-message-about = About

## feedback_request
mail-feedback-subject = How was { $title }? Two minutes of feedback
mail-feedback-title = How was { $title }?
mail-feedback-thanks = thank you for coming to { $title } on { $date }.
mail-feedback-ask = The speakers shared something hard. Would you tell them what it meant to you? A rating per talk, a word to a speaker, the one thing you will take away: every answer is optional and takes two minutes. A host reads every comment before a speaker does, and speakers never see your name.
mail-feedback-button = Give feedback
mail-feedback-link = Your feedback:
mail-feedback-closes = You can change your answers until { $closes }.
mail-feedback-why = You get this email because you were at { $title }.

## sign_in
mail-sign-in-subject = Your failnight sign-in link
mail-sign-in-title = Your sign-in link
mail-sign-in-button = Sign in to failnight
mail-sign-in-open = open this link to sign in to failnight as a host:
mail-sign-in-once = The link works once, for 15 minutes. If you did not ask for it, ignore this email: nobody can sign in without it.

## host_invite
mail-invite-subject = { $role ->
    [owner] You are now an owner of { $chapter } on failnight
    [door] You are now on the door team of { $chapter } on failnight
   *[host] You are now a host of { $chapter } on failnight
}
mail-invite-title = { $chapter } on failnight
mail-invite-added = { $role ->
    [owner] you have been added as owner of { $chapter } on failnight.
    [door] you have been added to the door team of { $chapter } on failnight.
   *[host] you have been added as host of { $chapter } on failnight.
}
mail-invite-sign-in = Sign in with this email address here: we email you a link, no password needed.

## host_story_alert
mail-alert-subject-unconfirmed = A speaker of { $chapter } has not confirmed
mail-alert-subject-withdrawn = A talk was withdrawn from { $night }
mail-alert-unconfirmed = { $days ->
    [one] the speaker of “{ $title }” ({ $speaker }) was accepted a day ago, was reminded, and has not confirmed yet. You may want to get in touch or give the slot to someone else.
   *[other] the speaker of “{ $title }” ({ $speaker }) was accepted { $days } days ago, was reminded, and has not confirmed yet. You may want to get in touch or give the slot to someone else.
}
mail-alert-withdrawn = the speaker of “{ $title }” ({ $speaker }) has withdrawn; the talk has left the lineup of { $night }.
mail-alert-open = Open it in the host pages

## story_received
mail-received-subject = We received your story for { $chapter }
mail-received-title = We received your story
mail-received-thanks = thank you for sending us “{ $title }”. The hosts of { $chapter } read every story and will write to you when they have decided.
mail-received-page = Your private page shows where your story stands. There you can edit it until a decision, change what may be published, withdraw it, or delete everything you sent us.
mail-received-keep = Keep this link to yourself: anyone who has it can see and change your story.

## story_reminder
mail-story-reminder-subject = Action required: reminder to confirm your talk at { $chapter }
mail-story-reminder-title = Please confirm your talk
mail-story-reminder-body = a few days ago we accepted “{ $title }” for { $chapter }, and we have not heard back yet. Please confirm that you want to speak, or let us know that you can't, so we can plan the lineup.

## story_decision
mail-decision-subject-accepted = Action required: please confirm your talk at { $chapter }
mail-decision-subject-rejected = About your story for { $chapter }
mail-decision-subject-waitlisted = Your story for { $chapter } is on our waitlist
mail-decision-confirm = Please confirm (or decline) your talk on your page.
mail-decision-confirm-here = Confirm (or decline) your talk here:
# Our texts when the hosts wrote none; { $name } and the others become {name}-style placeholders hosts see.
mail-decision-default-accepted =
    Hi { $name },

    we would love to hear "{ $title }" at { $chapter }! Please confirm that you want to speak (or let us know that you can't) on your page: { $link }

    Once you confirm, we place your talk in a night's lineup and send you a calendar invite with your call time.
mail-decision-default-rejected =
    Hi { $name },

    thank you for trusting us with "{ $title }". We have more stories than nights, and this time we will not include yours in a lineup. That says nothing about the worth of your story.

    Your page stays available for a while: { $link }
mail-decision-default-waitlisted =
    Hi { $name },

    thank you for "{ $title }". We would like to keep it on our waitlist for a coming night of { $chapter }: we will write again when a slot opens. You can still edit or withdraw it on your page: { $link }

## story_status
mail-status-subject-confirmed = Thank you: your talk at { $chapter } is confirmed
mail-status-subject-declined = Your answer to { $chapter }
mail-status-subject-withdrawn = Your story is withdrawn from { $chapter }
mail-status-title = Your story
mail-status-confirmed = thank you for confirming “{ $title }”. We will place it in a night's lineup and send you a calendar invite with your call time. Until the night you can change what may be published (photos, recording, slides) on your page.
mail-status-declined = thank you for letting us know that you can't give “{ $title }” this time. Maybe another time: the call for stories stays open.
mail-status-withdrawn = you have withdrawn “{ $title }”. That is completely fine; nothing of it will be published. You can delete everything you sent us on your page.

## speaker_night
mail-speaker-subject-placed = You're speaking at { $night }, { $date }
mail-speaker-subject-updated = Changed: { $night } is now { $date }
mail-speaker-subject-reminder = Reminder: you're speaking at { $night }, { $date }
mail-speaker-subject-cancelled = Cancelled: { $night }, { $date }
mail-speaker-subject-removed = Your talk is no longer in the lineup of { $night }
mail-speaker-placed = your talk “{ $title }” is in the lineup of { $night }. The invite is attached.
mail-speaker-updated = { $night }, where you tell “{ $title }”, has changed. The updated invite is attached.
mail-speaker-reminder = a reminder: you tell “{ $title }” at { $night }. Thank you for sharing your story.
mail-speaker-cancelled = we are sorry: { $night } on { $when } is cancelled. The attached cancellation removes it from your calendar. We will be in touch about another night for “{ $title }”.
mail-speaker-removed = the hosts have taken “{ $title }” out of the lineup of { $night }; they will be in touch about another night. The attached cancellation removes the night from your calendar.
mail-speaker-call-time = Your call time: { $time } (please arrive then, before the doors open)
mail-speaker-run = Run of show:
# First in the DESCRIPTION of a speaker's calendar invite.
mail-speaker-ics-note = You are speaking: “{ $title }”. Your call time: { $time }.

## Labels before a link in the text parts
mail-your-ticket-text = Your ticket:
mail-waitlist-ticket-text = Your waitlist ticket:
mail-unsubscribe-text = No more reminders or messages from { $chapter }:
mail-offered-accept-text = Accept the seat:
mail-offered-free-place-text = Not coming after all? Free your place:
mail-pending-link-text = Your RSVP:
mail-reconfirm-yes-text = Yes, I am coming:
mail-reconfirm-no-text = No, I can't come:
mail-held-pay-text = Pay now:
mail-held-ticket-page-text = Your ticket page (the payment link is there too):
mail-night-cancelled-other-text = Other nights of { $chapter }:
mail-message-about-text = About { $title }:

## A webhook paused after failing again and again

mail-webhook-paused-subject = A webhook of { $chapter } is paused
mail-webhook-paused = your webhook to { $url } failed again and again, so we paused it.
mail-webhook-paused-kept = Nothing is lost: its deliveries wait, and go out as soon as you resume it.
mail-webhook-paused-open = Open the webhook

## A conduct report was filed

mail-conduct-report-subject = A report about conduct at { $chapter }
mail-conduct-report = someone reported a concern about conduct at { $chapter }. Only the chapter's owners can read it.
mail-conduct-report-open = Read the report
