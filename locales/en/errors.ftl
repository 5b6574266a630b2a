# Validation and error messages (en). Keys: error-… ; see locales/README.md.
# Code passes a key where a sentence is expected (`errors.add("name", "error-required")`).

## Errors in general (error pages, the JSON API's "message")

error-invalid = Some fields need another look.
error-forbidden = You are not a host of this chapter.
error-unauthorized = Sign in or send a valid API token.
error-method-not-allowed = This address does not take this method.
error-request-timeout = The request took too long to arrive. Please send it again.
error-rate-limited = Too many requests. Please wait a little and try again.
error-payment-provider = The payment provider could not be reached. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again.
error-nothing-here = There is nothing at this address.
error-bad-body = The request's body could not be read.
error-body-too-large = The body is too large.
error-json-syntax = The body is not valid JSON: { $detail }
error-json-shape = The JSON does not have the expected shape: { $detail }
error-json-object = The JSON body must be an object.
error-json-content-type = Send the body as JSON with Content-Type: application/json.

## Titles of error pages, by status

error-status-400 = Bad request
error-status-401 = Sign-in needed
error-status-403 = Not allowed
error-status-404 = Not found
error-status-405 = Method not allowed
error-status-408 = Request timed out
error-status-409 = Not possible right now
error-status-410 = Gone
error-status-413 = Too large
error-status-415 = Unsupported format
error-status-422 = Please check your input
error-status-429 = Too many requests
error-status-500 = Something went wrong
error-status-502 = Payment provider unavailable
error-status-other = Error

## Form fields in general

error-required = This field is required.
error-too-long = Use at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
  }.
error-single-line = Use a single line without control characters.
error-control-characters = Remove the control characters.
error-email-invalid = Enter an email address like name@example.org.
error-whole-number = Give a whole number.
error-number-range = Give a whole number from { $min } to { $max }.
error-timezone = "{ $zone }" is not an IANA time zone such as Europe/Berlin.
error-capacity-range = Give a number of seats from 1 to { $max }.
error-capacity-seats-taken = More seats are taken, held or offered than this; the capacity cannot go below that.

## Things that do not exist (any more)

error-no-night = No such night.
error-no-chapter = No such chapter.
error-no-chapter-here = There is no chapter at this address.
error-no-host = No such host in this chapter.
error-no-story = No such story.
error-no-comment = No such comment.
error-no-question = No such question.
error-no-night-or-ticket = No such night or ticket.
error-no-rsvp = No such RSVP.
error-no-rsvp-chapter = No such RSVP in this chapter.
error-no-ticket = No such ticket.
error-no-ticket-code = No ticket of this night has this code.
error-door-no-ticket = No ticket with this code for this night.
error-no-venue = No such venue.
error-no-series = No such series.
error-no-token = No such token.
error-no-slide = No such slide.
error-no-lesson = There is no lesson at this address.
error-no-topic = There is no such topic.
error-lesson-withdrawn = This lesson was withdrawn by its speaker.
error-night-gone = This night no longer exists.
error-ticket-link = This ticket link is not valid. Check the link in your email.
error-feedback-link = This feedback link is not valid (any more). Check the link in your email.
error-speaker-link = This link is not valid (any more). Check the link in your email.
error-unsubscribe-link = This link is not valid. Use the link at the end of one of our emails.
error-sign-in-link = This sign-in link has expired or was used already. Ask for a new one at /host/sign-in.

## Chapters, venues, nights, series

error-chapter-slug = Use 2 to 40 lower-case letters, digits and dashes, like "berlin".
error-chapter-slug-taken = A chapter with the slug "{ $slug }" exists already.
error-language = "{ $code }" is not one of our languages ({ $ours }).
error-chapter-reminder-hours = Give up to five numbers of hours before the night, like "24, 3" (at most 336).
error-last-owner = A chapter keeps at least one owner.
error-host-role = Choose owner, host or door.
error-venue-map-url = Give a web address starting with https://, or leave it empty.
error-venue-capacity = Give a number of seats from 1 to { $max }, or none.
error-venue-exists = This chapter has a venue with this name and address already.
error-choose-venue = Choose a venue.
error-night-local-time = Give a local date and time like 2026-12-10T19:00.
error-date-time-input = Give the date and time like { $example }.
error-date-input = Give the date like { $example }.
error-time-input = Give the time like { $example }.
error-night-time-gap = { $local } does not exist in { $zone }: the clocks skip that hour (daylight saving)
error-night-start-past = The night must start in the future.
error-night-end-before-start = The night must end after it starts.
error-night-too-long = A night lasts at most 24 hours.
error-night-venue = This chapter has no venue with this id.
error-capacity-below-seats = { $count ->
    [one] { $count } person has a seat already; the capacity cannot go below that.
   *[other] { $count } people have seats already; the capacity cannot go below that.
  }
error-night-exists = This night exists already.
error-night-cancelled-no-change = This night has been cancelled and cannot be changed.
error-night-over-no-change = This night is over and cannot be changed.
error-night-published = This night is published already.
error-night-not-open = This night is not open for RSVPs yet.
error-night-cancelled = This night has been cancelled.
error-night-over = This night is over.
error-series-start-time = Give the local start time like 19:00.
error-series-duration = A night lasts from 15 minutes to 24 hours (1440 minutes).
error-series-date = Give a date like 2026-12-01.
error-series-date-range = Give a date within { $years } years of today.
error-series-venue = Choose one of the chapter's venues.
error-series-ended = This series has ended.
error-rrule-empty = Give a recurrence rule such as FREQ=MONTHLY;BYDAY=2TH.
error-rrule-dtstart = Give only the rule (FREQ=…), not DTSTART.
error-rrule-invalid = Not a valid RRULE: { $reason }.
error-rrule-frequency = A series repeats weekly, monthly or yearly (FREQ=WEEKLY, MONTHLY or YEARLY).
error-rrule-time-of-day = The time of day is the series' start time: leave out BYHOUR, BYMINUTE and BYSECOND.
error-rrule-crowded = A series has at most { $max } nights a week; this rule has { $count } from { $from } to { $to }.

## Tickets, RSVPs, the door

error-plus-ones-max = Bring at most { $max } guest(s).
error-no-plus-ones = This night takes no plus-ones.
error-plus-ones-range = Give a number from 0 to 10.
error-choose-ticket = Choose a ticket.
error-price-guest = Give a price like 12 or 12.50.
error-price-host = Give a price like 15 or 7.50.
error-pay-range = Pay at least { $min } (in cents) and at most 1000000.
error-ticket-free = This ticket is free: RSVP instead.
error-no-ticket-type = This night has no such ticket type.
error-ticket-required = This night sells tickets: choose a ticket type.
error-ticket-kind = Use "free", "paid" or "pwyw" (pay what you want).
error-currency = Use a three-letter ISO currency code such as EUR.
error-ticket-price = Give a price in cents from 50 to 1000000.
error-ticket-minimum = Give a minimum in cents from 0 to 1000000.
error-ticket-free-price = A free ticket has no price.
error-too-many-holds = { $count } seats of this night are already held for payment from your connection. Finish paying for them (the links are in your email) or wait until they run out ({ $minutes } minutes at most), then try again.
error-payments-off = Paid tickets are not available: this instance has no Stripe keys (FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY, FAILNIGHT_STRIPE_WEBHOOK_SECRET).
error-attendee-refund = Use "full" or "none".
error-promotion-mode = Use "auto" (confirm the next person) or "offer" (offer the seat).
error-offer-hours = Give a number of hours from 1 to 720.
error-reconfirm-hours = Give a number of hours from 0 (never ask) to 720.
error-refund-cutoff-hours = Give a number of hours from 0 (until the night starts) to 720.
error-overbook-risk = Choose no, or a risk of 1, 5, 10 or 20 %.
error-seats-changed = The night's seats changed under its lock.
error-no-offer = There is no open offer on this ticket.
error-offer-expired = This offer has expired; the seat went to the next person.
error-checked-in = This guest is checked in already.
error-not-pending = This RSVP is not waiting for approval.
error-no-seat = This ticket has no seat to keep.
error-cancel-night-started = This night has started: places can no longer be cancelled here. Please speak to the hosts at the door.
error-door-closed = This night is not open at the door.
error-door-has-rsvp = This email has an RSVP: scan their ticket instead.
error-door-undo-walk-in = A walk-in's check-in is their seat: cancel their place instead.
error-photo-none = Choose a photo to upload.
error-photo-slow = This photo took too long to process; try a smaller one.
error-portrait-consent = Tick the box to say the photo may be shown on the night's lineup.
error-portrait-not-real-name = Only speakers who appear under their real name show a photo; with a stage name or anonymously, the lineup shows a generated picture.
error-accent-contrast = White text on this colour reads at { $contrast }:1; it needs 4.5:1. Choose a darker shade.
error-accent-format = Give the colour as six hexadecimal digits, like #1f5fbf.
error-door-short-code-twice = Two tickets tonight share this short code: scan the QR code or find the guest by name.
error-door-sync-too-many = At most 500 door actions at once.
error-door-sync-op = Each door action needs a key (1–64 characters), an action (check_in or undo) and a ticket code.
error-door-not-confirmed = This ticket is { $status ->
    [pending] pending
    [waitlisted] waitlisted
    [offered] offered
    [held] held
    [checked_in] checked in
    [cancelled] cancelled
    [declined] declined
   *[other] { $status }
  }, not confirmed: no seat to check in.
error-night-full = The night is full.

## Stories, reviews, lineup, slides, recaps

error-call-closed = The call for stories is closed right now.
error-story-consent = Choose no, yes, or ask me before publishing.
error-story-consent-slides = Choose on stage only, published after the night, or never.
error-story-appearance = Choose how you want to appear: real name, stage name or anonymous.
error-story-stage-name-line = Use a single line.
error-story-text-required = Tell us in a few sentences; rough notes are fine.
error-story-months = Choose months from the list.
error-story-coc = Please read and accept the code of conduct.
error-story-decided = This story has been decided on and can no longer be edited.
error-story-consent-locked = Consent can no longer be changed for this story.
error-story-not-purgeable = Accepted and confirmed talks cannot be purged; the speaker can withdraw or delete them.
error-story-decision = Choose accept, waitlist or reject.
error-story-transition = A story that is { $state ->
    [submitted] submitted
    [waitlisted] waitlisted
    [accepted] accepted
    [confirmed] confirmed
    [rejected] rejected
    [declined] declined
    [withdrawn] withdrawn
   *[other] { $state }
  } cannot be { $action ->
    [accept] accepted
    [reject] rejected
    [waitlist] waitlisted
    [confirm] confirmed
    [decline] declined
    [withdraw] withdrawn
   *[other] { $action }
  }.
error-speaker-answer = Choose whether you confirm or decline.
error-speaker-withdraw-sure = Tick the box to withdraw your story.
error-speaker-delete-sure = Tick the box to delete your story and data.
error-placeholder-unknown = Unknown { $count ->
    [one] placeholder
   *[other] placeholders
  } { $placeholders }: use {"{name}"}, {"{title}"}, {"{link}"} or {"{chapter}"}.
error-review-score = Give a score from 1 to 5.
error-review-closed = This story has been decided on; reviews are closed.
error-lineup-action = Choose a talk and what to do with it.
error-lineup-placed = This talk is in a lineup already: remove it there first.
error-lineup-unconfirmed = Only confirmed talks can be placed in a lineup.
error-lineup-changed = This talk changed meanwhile; try again.
error-lineup-missing = This talk is not in this night's lineup.
error-slides-not-accepted = Slides can be uploaded once your story is accepted.
error-slides-night-started = Your night has started: the deck can no longer be changed.
error-slides-none = Choose at least one image or a PDF.
error-slides-too-many = That is { $count } slides; a talk here has at most { $limit }. Choose your best { $limit }.
error-slides-too-many-files = That is { $count } files; a deck is at most a few dozen slides.
error-slides-more-than = That is more than { $max } files; a deck is at most a few dozen slides.
error-slides-file = File { $file } of { $of }: { $reason }
error-bad-upload = The upload could not be read; please send it again.
error-media-too-large = The file is larger than { $mb } MB.
error-upload-too-large = The upload is larger than { $mb } MB in all.
error-media-not-image = This is not a PNG, JPEG or WebP image (whatever its name says).
error-media-pixels = The image is { $width }×{ $height } pixels; at most { $side } pixels a side and { $megapixels } megapixels are accepted.
error-media-broken = The image could not be read (is the file complete?).
error-media-not-pdf = This is not a PDF file.
error-media-broken-pdf = The PDF could not be read (is it complete, and not password-protected?).
error-media-pages = The PDF has { $pages } pages; a talk has at most { $limit } slides.
error-media-no-pages = The PDF has no pages.
error-media-page-size = Page { $page } of the PDF has an impossible size.
error-media-encode = The image could not be encoded.
error-recap-topics-unknown = Choose topics from the list.
error-recap-topics-none = Choose at least one topic.
error-recap-topics-max = Choose at most { $max } topics.
error-recap-language = Give a two-letter language code such as en.
error-recap-no-night = A recap is written about a talk given at a night.
error-recap-night-cancelled = Your night was cancelled, so there is no talk to write a recap of.
error-recap-too-early = You can write and publish your recap once your night is over.
error-recap-taken-over = The speaker has taken this recap over: only they can change it now.
error-recap-not-published = Your recap is not published.

## Messages to guests, the stage, feedback

error-message-body = Write the message.
error-message-audience = Choose who gets the message.
error-message-no-show-early = Nobody has missed the night yet: it has not started.
error-stage-moved = The stage moved meanwhile: look again, then press again.
error-stage-action = Unknown stage action.
error-stage-running = The night is running already.
error-stage-not-started = Start the night first.
error-stage-paused = The stage is paused already.
error-stage-not-paused = The stage is not paused.
error-stage-no-slides-next = No slides are showing: go to the next segment instead.
error-stage-no-slides-previous = No slides are showing: go to the previous segment instead.
error-stage-first-slide = This is the first slide.
error-stage-end = This is the end of the night.
error-stage-beginning = This is the beginning of the night.
error-stage-no-timer = This part has no timer to add to.
error-stage-skip-qa = Skip to Q&A works during a talk.
error-questions-not-open = Questions open when the night starts on stage.
error-questions-over = The talks are over: thank you!
error-question-empty = Write your question.
error-question-status = Unknown question status.
error-feedback-closed = Feedback on this night closed on { $closed }. Thank you all the same!
error-feedback-come-again = Choose yes, maybe or no.
error-feedback-rating = Choose a rating from 1 to 5, or none.
error-feedback-talk-unknown = One of the talks is not in this night's lineup: open the link from your email again.
error-feedback-empty = Answer at least one question: a rating, a comment, your takeaway or whether you will come again.
error-comment-changed = The guest changed this comment since you read it: read it again, then decide.
error-comment-status = Release or hide the comment.
error-comment-version = Which version of the comment did you read?
error-period = Choose a period of 1 to { $max } months that starts before it ends.
error-month = Give a month like 2026-03.

## Webhooks

error-webhook-url = Enter the address of your receiver, starting with https:// (or http://), without a user name or password.
error-webhook-url-not-public = { $host } points to { $address }, which is not on the public internet: webhooks go only to public addresses.
error-webhook-url-not-public-ip = { $address } is not on the public internet: webhooks go only to public addresses.
error-webhook-url-unresolved = { $host } could not be found. Check the address.
error-webhook-no-events = Choose at least one event.
error-no-webhook = There is no such webhook in this chapter.
error-no-webhook-delivery = There is no such delivery of this webhook.
error-webhook-delivery-busy = This delivery is being sent right now. Try again in a minute.

## The code of conduct and reports

error-rsvp-code-of-conduct = Please accept the code of conduct to book.
error-report-night = Choose one of this chapter's nights, or none.
error-no-report = There is no such report in this chapter.
error-report-status = Choose new, in progress or closed.

## API tokens

error-token-scope = Choose everything, the door only, or read only.
error-token-expires = Choose how long the token is valid.

## The API's review queue

error-stories-state = Choose one of the states: submitted, waitlisted, accepted, confirmed, rejected, declined, withdrawn.
error-stories-month = Give a month as YYYY-MM, like 2027-03.
