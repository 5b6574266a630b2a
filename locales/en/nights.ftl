# nights messages (en): the host's pages of one night (the night, guests, door, messages, lineup, stories, feedback).

## The chapter's nights (templates/host/events.html)
host-nights-title = Nights
host-nights-none = No nights yet.
host-nights-col-night = Night
host-nights-col-when = When
host-nights-col-state = State
host-nights-col-seats = Seats
host-nights-new = New night
host-nights-seats-hint = Empty: the venue's capacity.
host-nights-local-time = Local time in { $zone }, typed like { $example }.
host-nights-publish-now = Publish now (otherwise a draft)
host-nights-create = Create night
host-nights-no-venue-before = First{" "}
host-nights-no-venue-link = add a venue
host-nights-no-venue-after = .

## A night's form (the new night and the night's page)
host-night-field-title = Title
host-night-field-description = Description
host-night-field-starts = Starts
host-night-field-ends = Ends
host-night-field-venue = Venue
host-night-field-seats = Seats
## A night's state
host-night-status-draft = draft
host-night-status-published = published
host-night-status-cancelled = cancelled

## A night's page (templates/host/event.html)
host-night-public-page = public page
host-night-saved = Saved.
host-night-message-queued = { $count ->
    [one] Message queued for { $count } person.
   *[other] Message queued for { $count } people.
}
host-night-counts = { $confirmed } with a seat, { $waitlisted } waiting.
host-night-message-guests = Message guests
host-night-door = Door
host-night-copy-link = Copy link
host-night-danger = Cancel the night
host-night-danger-hint = Everyone with a place is told by email, and paid tickets are refunded in full. This cannot be undone.
host-night-cover = Cover photo
host-night-cover-current = The night's cover photo
host-night-cover-none = No cover photo yet: a photo of the room or of a past night makes the page inviting.
host-night-cover-choose = Photo (JPEG, PNG or WebP)
host-night-cover-hint = It is shown at the top of the night's page, in a phone's and a desktop's size. Location and camera details are removed.
host-night-cover-upload = Upload the cover photo
host-night-cover-remove = Remove the cover photo
host-night-feedback = Feedback
host-night-feedback-line = Feedback: { $summary }
host-night-feedback-read = Read the feedback
host-night-emails = Emails about this night: { $sent } sent, { $queued } queued, { $retrying } retrying, { $failed } failed.
host-night-failed-caption = Emails that failed
host-night-col-to = To
host-night-col-subject = Subject
host-night-col-mail-answer = Answer of the mail server
host-night-refunds-caption = Refunds Stripe has not taken yet (tried again automatically)
host-night-col-amount = Amount
host-night-col-tries = Tries
host-night-col-stripe-answer = Stripe's answer
host-night-col-next-try = Next try
host-night-short-date-time = { $date }, { $time }
host-night-publish = Publish
host-night-cancel = Cancel this night…
host-night-edit = Edit
host-night-save = Save
host-night-tickets = Tickets
host-night-tickets-free = Free RSVPs: guests give their name and email. Add ticket types below to sell tickets, or to offer a free one beside paid ones.
host-night-approval = The hosts approve each RSVP (a paid ticket is paid once approved)
host-night-refund-policy = When a guest cancels a paid ticket
host-night-refund-full = refund in full
host-night-refund-none = no refund
host-night-save-ticket-options = Save ticket options
host-night-new-ticket-type = New ticket type
host-night-payments-off = Paid tickets are not available: this instance has no Stripe keys (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
host-night-free-without-stripe = Free ticket types work without.
host-night-ticket-name = Name
host-night-ticket-name-hint = e.g. Supporter, Student, Free
host-night-ticket-kind = Kind
host-night-ticket-kind-free = free
host-night-ticket-kind-paid = paid, a fixed price
host-night-ticket-kind-pwyw = pay what you want, from a minimum
host-night-ticket-price = Price (the minimum for pay what you want)
host-night-ticket-price-hint = e.g. 15 or 7.50; leave empty for free
host-night-ticket-currency = Currency
host-night-ticket-currency-hint = e.g. EUR, GBP, USD
host-night-add-ticket-type = Add ticket type
host-night-ticket-paid = { $name } · { $price }
host-night-ticket-pwyw = { $name } · pay what you want, from { $price }
host-night-speakers = Speakers
host-night-lineup-link = Lineup and run-of-show
host-night-stage-before = On the night:{" "}
host-night-stage-projector = the projector
host-night-stage-between = {" "}and{" "}
host-night-stage-control = the phone control
host-night-stage-after = {""}
host-night-no-talks = No talks placed yet.
host-night-col-talk = Talk
host-night-col-speaker = Speaker
host-night-col-shown-as = Shown as
host-night-col-consent = Consent (for the photographer)
host-night-attendees = Attendees
host-night-download-csv = Download as CSV
host-night-first-bookings = The first bookings
host-night-more-bookings = The next bookings
host-night-no-rsvps = No RSVPs yet.
host-night-col-name = Name
host-night-col-email = Email
host-night-col-status = Status
host-night-col-booked = Booked
host-night-col-actions = Actions
host-night-approve = Approve
host-night-approve-who = Approve { $name }
host-night-decline = Decline
host-night-decline-who = Decline { $name }
host-night-cancel-place = Cancel…
host-night-cancel-place-who = Cancel { $name }'s place

## A guest's state (the night's guests, the door)
host-rsvp-status-pending = pending
host-rsvp-status-confirmed = confirmed
host-rsvp-status-waitlisted = waitlisted
host-rsvp-status-offered = offered
host-rsvp-status-held = held
host-rsvp-status-checked-in = checked in
host-rsvp-status-cancelled = cancelled
host-rsvp-status-declined = declined

## Confirmations before emailing guests (templates/host/confirm.html)
host-night-send-title = { $count ->
    [one] Send to { $count } person?
   *[other] Send to { $count } people?
}
host-night-send-message = { $count ->
    [one] "{ $subject }" will be emailed to { $count } person:
   *[other] "{ $subject }" will be emailed to { $count } people:
}
host-night-send = Send
host-night-change-title = Change { $title }?
host-night-change-message = { $count ->
    [one] Saving this will email { $count } person about the change.
   *[other] Saving this will email { $count } people about the change.
}
host-night-save-and-email = Save and email them
host-night-cancel-title = Cancel { $title }?
host-night-cancel-message = { $count ->
    [one] Cancelling { $title } will email { $count } person. This cannot be undone.
   *[other] Cancelling { $title } will email { $count } people. This cannot be undone.
}
host-night-cancel-button = Cancel the night
host-night-cancel-rsvp-title = Cancel { $name }'s place?
host-night-cancel-rsvp-message = { $name } ({ $email }) loses their place and is told by email; the seat goes to the waitlist.
host-night-cancel-rsvp-refund = Their { $amount } are refunded in full.
host-night-cancel-rsvp-button = Cancel the place

## Messaging a night's guests (templates/host/message.html)
host-message-title = Message
host-message-heading = Message the guests of { $title }
host-message-intro = A message goes out as an email to each person, through the outbox. People who unsubscribed from { $chapter }'s reminders and messages do not get it.
host-message-audience = Who gets it
host-message-confirmed = People with a seat (not checked in)
host-message-waitlisted = People on the waitlist
host-message-checked-in = People who came (checked in at the door)
host-message-no-show = People who had a seat but did not show (once the night has started)
host-message-subject = Subject
host-message-body = Message
host-message-body-hint = Plain text. It starts with "Hi {"{"}their name{"}"}," and ends with the chapter's name.
host-message-preview = Preview

## The door (templates/host/door.html, templates/host/door_nights.html)
host-door-title = Door
host-door-heading = Door: { $title }
host-door-counts-before = {""}
host-door-counts-after = {" "}of { $confirmed } seats checked in · { $capacity } seats in all
host-door-waiting = { $count } waiting
host-door-closed = This night is not open at the door (it is not published, or it is over): the list is for reading only.
host-door-scanned = Scanned ticket
host-door-check-in-who = Check in { $name }
host-door-check-in = Check in
host-door-already-in = Already checked in at { $time }.
host-door-no-seat = This ticket is { $status }: no seat to check in.
host-door-find-guest = Find a guest
host-door-find-placeholder = Name or email
host-door-find = Find
host-door-nobody = Nobody has a seat yet.
host-door-nobody-called = Nobody called “{ $query }” has a seat.
host-door-show-everyone = Show everyone
host-door-everyone = Everyone with a seat ({ $count }), by name
host-door-matching = { $shown } of { $count } guests match “{ $query }”
host-door-type-more = More match: type more of the name.
host-door-col-guest = Guest
host-door-col-at-door = At the door
host-door-walk-in-badge = walk-in
host-door-in-at = in at { $time }
host-door-speakers = Speakers tonight (what may be published, for the photographer)
host-door-col-consent = Consent
host-door-col-slides = Slides
host-door-ticket-code = Ticket code
host-door-code-label = Code or ticket link
host-door-code-hint = Scanning a ticket's QR code with the phone's camera opens this page with the guest ready to check in; a scanner app's text works here too.
host-door-code-short = The short code under the ticket's QR code (like K7Q-2MX) works too.
host-door-walk-in = Walk-in
host-door-walk-in-name = Name
host-door-walk-in-email = Email (optional)
host-door-walk-in-email-hint = For the reminder of the next night, if they like.
host-door-walk-in-plus-ones = Guests with them
host-door-walk-in-add = Add and check in
host-door-print = Printing this page gives a paper door list, should the phone run out of battery.
host-door-checked-in = Checked in: { $who }.
host-door-walked-in = Walk-in added and checked in: { $who }.
host-door-was-already-in = { $who } was already checked in, at { $time }.
host-door-not-this-night = This ticket is not for this night.
host-door-undo = Undo
host-door-undone = Check-in undone: { $who }.
host-door-mode-open = Door mode (works offline)
host-door-mode-in = in
host-door-mode-welcome = Welcome, { $who }!
host-door-mode-already = { $who } is already in, since { $time }.
host-door-mode-first-elsewhere = { $who } was already checked in at { $time } by another door.
host-door-mode-unknown = Not on the list.
host-door-mode-unknown-offline = Not on the list kept on this phone (from { $time }).
host-door-mode-synced = All sent · list of { $time }
host-door-mode-pending = Not sent yet: { $count }
host-door-mode-offline = Offline: check-ins stay on this phone and are sent when the connection returns.
host-door-mode-signed-out = Signed out: sign in again to send the check-ins kept on this phone.
host-door-mode-not-synced = not sent yet
host-door-mode-scan = Scan a ticket
host-door-mode-scan-stop = Stop scanning
host-door-mode-camera-refused = The camera could not be opened: allow it in the browser's settings, or find the guest by name.
host-door-mode-find-placeholder = Name
host-door-mode-list = Guests with a seat
host-door-mode-leave = Leave door mode (the full door page)
host-door-mode-more = … and { $count } more: type more of the name.
host-door-nights-none = No published night is coming up.
host-door-nights-taken = { $taken } / { $capacity } seats taken

## A night's feedback (templates/host/feedback.html)
host-feedback-title = Feedback
host-feedback-anonymous = Guests are never named here.
host-feedback-per-talk = Per talk
host-feedback-col-average = Average rating
host-feedback-col-ratings = Ratings
host-feedback-col-comments = Comments
host-feedback-col-unread = To read
host-feedback-comments = Comments to the speakers
host-feedback-comments-intro = A speaker reads a comment only once a host released it. Hide what would hurt without helping: a hidden comment never reaches the speaker.
host-feedback-no-comments = No comments yet.
host-feedback-for-talk = for { $talk }
host-feedback-status-pending = not read yet
host-feedback-status-released = released
host-feedback-status-hidden = hidden
host-feedback-release = Release to the speaker
host-feedback-hide = Hide from the speaker
host-feedback-takeaways = What guests will take away
host-feedback-summary = { $responses } of { $checked_in } checked-in guests answered{ $rate }
host-feedback-summary-again = ; will come again: { $yes } yes, { $maybe } maybe, { $no } no
host-feedback-summary-rate = {" "}({ $percent } %)
host-feedback-summary-unread = { $count ->
    [one] ; { $count } comment to read
   *[other] ; { $count } comments to read
}
host-feedback-summary-end = .
host-feedback-schedule = Checked-in guests are emailed on { $asked }; they can answer until { $closes }.
host-feedback-nobody-asked = No guest has been asked yet.
host-feedback-released = Released: the speaker can read it now.
host-feedback-hidden = Hidden: the speaker will never see it.

## A night's turnout (templates/host/turnout.html)
host-night-turnout-line = Expected at the door: about { $expected } of { $booked } booked ({ $low }–{ $high }, 80 % likely).
host-night-turnout-link = Turnout and overbooking
host-night-numbers-link = This night in numbers
host-night-numbers-title = This night in numbers
host-night-numbers-door = { $came } at the door ({ $booked } seats booked, { $walk_ins } walk-ins). Booked but empty: { $no_shows }. First time: { $first }; been before: { $regulars }.
host-night-numbers-bookings = Bookings over time
host-night-numbers-chart-title = Seats asked for, by days before the night
host-night-numbers-chart-desc = This night's bookings as a line, the chapter's usual bookings as a dashed line; the table below has the same numbers.
host-night-numbers-this-legend = This night
host-night-numbers-usual-legend = Usual
host-night-numbers-axis = Days before the night
host-night-numbers-usual = Usual: the average of the chapter's last { $nights } nights. Every booking counts when it was made, whatever became of it; walk-ins aside.
host-night-numbers-usual-none = No earlier night of the chapter to compare with yet.
host-night-numbers-table = Seats asked for and the waitlist, by days before the night
host-night-numbers-when = When
host-night-numbers-days = { $days ->
    [0] At the start
    [one] { $days } day before
   *[other] { $days } days before
}
host-night-numbers-booked = This night
host-night-numbers-usual-col = Usual
host-night-numbers-waiting = Waiting then
host-night-numbers-waitlist-title = Waitlist
host-night-numbers-waitlist = { $joined } joined the waitlist: { $promoted } got a seat, { $left } left it, { $waiting } still waiting.
host-turnout-title = Turnout
host-turnout-expected = About { $expected } of the { $booked } seats booked are expected at the door: between { $low } and { $high }, with 80 % probability.
host-turnout-nobody = Nobody has booked yet, so nobody is expected.
host-turnout-prior = Too little history: this chapter has fewer than { $min } past nights where the door was used. The forecast assumes that { $rate } % of booked seats come, give or take { $sigma } % from night to night, and learns from the chapter's own nights as they happen.
host-turnout-history = Learnt from { $nights } past nights ({ $seats } seats booked): { $rate } % of booked seats came, and nights varied by about { $sigma } % beyond chance. A party that cancelled on the last day counts as one that did not come.
host-turnout-rates = Who comes, by when they booked
host-turnout-booked-when = Booked
host-turnout-rate = Came
host-turnout-lead-early = more than a week before
host-turnout-lead-week = 1 to 7 days before
host-turnout-lead-last-day = on the last day
host-turnout-advice-title = Overbooking
host-turnout-risk = Risk of more guests than seats
host-turnout-risk-option = { $percent } %
host-turnout-show = Show
host-turnout-advice = With { $capacity } seats and a { $risk } % risk of more guests than seats, you can confirm up to { $confirmable } seats: { $extra } more than the room holds.
host-turnout-advice-none = With { $capacity } seats and a { $risk } % risk of more guests than seats, confirm no more seats than the room holds.
host-turnout-auto-off = Plus-ones count as seats. The waitlist does not fill past the night's capacity on its own unless the chapter's settings let it (Seats and the waitlist).
host-turnout-auto-no-room = The chapter lets the waitlist fill up to the advice at { $risk } % risk, but this night's venue has no capacity entered: enter it on the venue and the waitlist fills past the night's capacity, never past the venue's.
host-turnout-auto-prior = The chapter lets the waitlist fill up to the advice at { $risk } % risk once it has { $min } nights of its own at the door; until then it fills up to the night's capacity.
host-turnout-auto-on = The chapter lets the waitlist fill up to the advice at { $risk } % risk, never past the venue's { $room } places: { $overbooked } seats above the night's capacity are the waitlist's now. Plus-ones count as seats.
host-turnout-backtest-title = How good is this forecast?
host-turnout-backtest = Tried on { $nights ->
        [one] one past night
       *[other] { $nights } past nights
    }, each forecast made only from the nights before it: off by { $error } guests on average, and the number at the door was inside the 80 % range on { $inside } of them ({ $percent } %).
host-turnout-backtest-none = Not tried yet: that takes more than { $min } past nights where the door was used.
host-turnout-night = Night
host-turnout-booked = Booked
host-turnout-forecast = Forecast
host-turnout-range = 80 % range
host-turnout-came = At the door

## A night's lineup (templates/host/lineup.html)
host-lineup-title = Lineup
host-lineup-call-time = speakers' call time { $time }
host-lineup-col-speaker = Speaker (shown as)
host-lineup-first-slide = First slide of { $title }
host-lineup-earlier = Earlier
host-lineup-later = Later
host-lineup-remove = Remove
host-lineup-run-of-show = Run of show
host-lineup-available = Confirmed talks without a night
host-lineup-none-available = None. Accepted speakers appear here once they confirm.
host-lineup-add = Add to this night
host-lineup-slides = { $count ->
    [0] no slides yet
    [one] { $count } slide
   *[other] { $count } slides
}
host-consent-note = photos: { $photos } · recording: { $recording } · slides: { $slides }
host-consent-yes = yes
host-consent-no = no
host-consent-ask = ask first
host-slides-stage = on stage only
host-slides-published = on stage, published after the night
host-slides-never = never shown
host-speaker-anonymous = Anonymous speaker

## The run-of-show (crates/submissions/src/lineup.rs)
host-run-call = Speakers arrive (call time)
host-run-doors = Doors open
host-run-welcome = Welcome and introduction
host-run-break = Break
host-run-talk = Talk { $number }: "{ $title }" by { $speaker } ({ $length })
host-run-talk-slot = Talk { $number } ({ $length })
host-run-length = { $talk } min + { $qa } min Q&A
host-run-end = End of the talks: drinks and conversation

## The review queue (templates/host/stories.html)
host-stories-title = Stories
host-stories-call-is = The call for stories is{" "}
host-stories-call-open = open
host-stories-call-closed = closed
host-stories-call-is-after = {""}
host-stories-blind = blind review: speakers' identities are hidden until a decision
host-stories-call-settings = call settings
host-stories-public-form = public form
host-stories-all = all
host-stories-month = Preferred month
host-stories-filter = Filter
host-stories-newer = Newer stories
host-stories-older = Older stories
host-stories-none = No stories.
host-stories-none-match = No stories match these filters.
host-stories-col-story = Story
host-stories-col-state = State
host-stories-col-months = Months
host-stories-col-reviews = Reviews
host-stories-col-mean = Mean score
host-stories-after-yours = after yours
host-stories-any-month = any
host-stories-speaker-number = Speaker #{ $id }
host-stories-hidden-email = hidden until a decision

## A story's state
host-story-state-submitted = submitted
host-story-state-waitlisted = waitlisted
host-story-state-accepted = accepted
host-story-state-confirmed = confirmed
host-story-state-rejected = rejected
host-story-state-declined = declined
host-story-state-withdrawn = withdrawn

## A story under review (templates/host/story.html)
host-story-title = Story #{ $id }
host-story-saved = Saved.
host-story-blind = Blind review: who the speaker is stays hidden until a decision. Identifying words are shown as [hidden].
host-story-appears-as = Appears as
host-story-appearance-real-name = real name
host-story-appearance-stage-name = stage name
host-story-appearance-anonymous = anonymous
host-story-the-story = The story
host-story-teaser = Public teaser:
host-story-project = The project
host-story-wrong = What went wrong
host-story-learned = What they learned
host-story-differently = What they would do differently
host-story-content-notes = Content notes
host-story-recap = The speaker's recap
host-story-recap-published = Published by the speaker
host-story-recap-published-in = :{" "}
host-story-recap-library = in the lessons library
host-story-recap-published-end = .
host-story-recap-withdrawn = Withdrawn by the speaker.
host-story-recap-waits = Your draft waits for the speaker: it is published only if they say so.
host-story-recap-writing = The speaker is writing it.
host-story-recap-draft-it = Draft the recap for the speaker: they read it on their page, change it and publish it, or not. It would be published as{" "}
host-story-recap-draft-it-end = .
host-story-recap-save = Save the draft for the speaker
host-story-hidden-reviews = { $count ->
    [one] { $count } host has reviewed this story. Their scores and comments show once you have saved yours, so that each score is your own.
   *[other] { $count } hosts have reviewed this story. Their scores and comments show once you have saved yours, so that each score is your own.
}
host-story-no-reviews = No reviews yet.
host-story-col-host = Host
host-story-col-score = Score
host-story-col-comment = Comment
host-story-review-mine = { $host } (you)
host-story-former-host = a former host
host-story-your-score = Your score (1 to 5)
host-story-your-comment = Your comment
host-story-your-comment-hint = Speakers can read reviews of their story in their data export.
host-story-save-review = Save my review
host-story-decide = Decide
host-story-decide-intro = The speaker gets the chapter's email for the decision ({""}
host-story-decide-edit-texts = edit the texts
host-story-decide-intro-end = ).
host-story-accept = Accept
host-story-waitlist = Waitlist
host-story-reject = Reject
host-story-delete = Delete this story…
host-story-purge-title = Delete story #{ $id }?
host-story-purge-message = This deletes the story, its reviews and the emails about it for good. The speaker is not told.
host-story-purge-button = Delete for good

## The call's settings (templates/host/call.html)
host-call-title = Call for stories
host-call-open = The call is open (the form at /c/{ $slug }/speak takes stories)
host-call-text = What you look for
host-call-text-hint = Shown above the form.
host-call-blind = Blind review: hide speakers' names, emails and company-looking words from reviewers until a decision
host-call-remind-days = Remind an accepted speaker after (days)
host-call-remind-days-hint = If they have not confirmed by then; hosts are told after twice as long.
host-call-retention = Delete rejected, declined and withdrawn stories after (months)
host-call-call-minutes = Speakers' call time (minutes before doors)
host-call-talk-minutes = Talk (minutes)
host-call-qa-minutes = Questions (minutes)
host-call-slides-per-talk = Slides per talk (at most)
host-call-seconds-per-slide = Seconds per slide
host-call-decision-emails = Decision emails
host-call-decision-hint = Plain text. You may use {"{name}"}, {"{title}"}, {"{link}"} (the speaker's page) and {"{chapter}"}. Empty: our text below the field. The acceptance's subject is always "Action required: please confirm your talk at …".
host-call-accept-text = Acceptance email
host-call-reject-text = Rejection email
host-call-waitlist-text = Waitlist email
