# host messages (en). Keys: host-… ; see locales/README.md.
host-title = Hosts
host-brand = failnight hosts

## Shared by the host pages' forms
host-form-errors = Some fields need another look: see the messages below them.
host-form-choose-venue = Choose a venue
host-field-name = Name
host-field-description = Description
host-field-timezone = Time zone
host-field-language = Language
host-field-email = Email
host-save = Save
host-saved = Saved.
host-none = None.

## Roles, and the state of nights and series
host-role-owner = owner
host-role-host = host
host-role-door = door
host-series-status-active = active
host-series-status-ended = ended

## The chapter's tabs (templates/host/chapter_nav.html)
host-nav-label = Chapter
host-nav-dashboard = Dashboard
host-nav-nights = Nights
host-nav-series = Series
host-nav-stories = Stories
host-nav-venues = Venues
host-nav-door = Door
host-nav-hosts = Hosts
host-nav-settings = Settings
host-nav-audit = Audit log
host-nav-more = More
host-nav-chapters = Your chapters

## Signing in (templates/host/sign_in.html, sign_in_confirm.html)
host-sign-in-title = Sign in
host-sign-in-sent-before = If
host-sign-in-sent-after = belongs to a host, a sign-in link is on its way. It works once, for 15 minutes.
host-sign-in-no-email = No email after a few minutes? Check the spam folder, or
host-sign-in-ask-again = ask again
host-sign-in-intro = Hosts sign in with their email address: we send a link, no password needed.
host-sign-in-submit = Email me a sign-in link
host-sign-in-bad-email = Enter an email address like name@example.org.
host-sign-in-as-before = Sign in as
host-sign-in-as-after = ?
host-sign-in-button = Sign in

## The host's home (templates/host/home.html)
host-home-title = Your chapters
host-home-signed-in-as = Signed in as { $email }.
host-home-no-chapters = You are not a host of any chapter yet. Ask a chapter’s owner to add { $email }.
host-home-new-chapter = New chapter
host-home-slug = Address
host-home-slug-hint = Lower-case letters, digits and dashes: /c/berlin
host-home-timezone-hint = IANA name, e.g. Europe/Berlin
host-home-language-hint = What the chapter’s pages and emails speak to guests who chose no language.
host-home-create = Create chapter
host-home-tokens = API tokens
host-home-sign-out = Sign out
host-home-sign-out-everywhere = Sign out everywhere

## API tokens (templates/host/tokens.html)
host-tokens-title = API tokens
host-tokens-intro = Tokens let scripts use the JSON API as you
host-tokens-new = Your new token
host-tokens-new-hint = (shown only now: copy it somewhere safe):
host-tokens-name-hint = What it is for, e.g. “newsletter script”
host-tokens-create = Create token
host-tokens-created = Created
host-tokens-state = State
host-tokens-revoked = revoked
host-tokens-scope = What it may do
host-tokens-scope-full = Everything your role allows
host-tokens-scope-door = The door only
host-tokens-scope-read = Read only
host-tokens-scope-hint = Give a door app or a volunteer's phone the door only, and a dashboard or a newsletter tool read only: a token that leaks can do no more than that.
host-tokens-expires = Valid for
host-tokens-expires-day = One day
host-tokens-expires-days = { $count } days
host-tokens-expires-year = One year
host-tokens-expires-never = Never expires
host-tokens-never-expires = never expires
host-tokens-expires-on = valid until { $time }
host-tokens-expired-on = expired on { $time }
host-tokens-expired = Expired
host-tokens-revoke = Revoke
host-tokens-created-at = { $time } (UTC)

## The dashboard (templates/host/dashboard.html)
host-dashboard-next-night = Next night:
host-dashboard-seats-taken = Seats taken
host-dashboard-waitlist = Waitlist
host-dashboard-no-night = No night is planned.
host-dashboard-create-one = Create one
host-dashboard-or = or
host-dashboard-start-series = start a monthly series
host-dashboard-upcoming = { $count ->
    [one] { $count } night coming up
   *[other] { $count } nights coming up
}
host-dashboard-public-page = public page
host-dashboard-stories-waiting = { $count ->
    [one] { $count } story waiting for review
   *[other] { $count } stories waiting for review
}
host-dashboard-mail-by-night = Emails by night
host-dashboard-night = Night
host-dashboard-sent = Sent
host-dashboard-queued = Queued
host-dashboard-retrying = Retrying
host-dashboard-failed = Failed
host-dashboard-failed-emails = Emails that failed
host-dashboard-to = To
host-dashboard-subject = Subject
host-dashboard-server-answer = Answer of the mail server
host-dashboard-lineup = Lineup
host-dashboard-to-review = Stories to review
host-dashboard-setup = Getting started
host-dashboard-setup-venue = Add the venue where your nights happen
host-dashboard-setup-night = Plan the first night (or a monthly series)
host-dashboard-setup-call = Open the call for stories
host-dashboard-setup-done = done

## Chapter settings (templates/host/settings.html)
host-settings-heading = Chapter settings
host-settings-timezone-hint = IANA name, e.g. Europe/Berlin. Nights keep the zone they were created in.
host-settings-export = Download every guest of every night (CSV)
host-settings-export-hint = One row per booking, night by night: for your own records, or to move elsewhere.
host-settings-logo = Logo
host-settings-logo-current = The chapter's logo
host-settings-logo-none = No logo yet: the chapter's name stands alone on its pages and emails.
host-settings-logo-choose = Logo (PNG, JPEG or WebP)
host-settings-logo-hint = Shown beside the chapter's name on its pages, tickets and emails, at most 240×80 pixels. A PNG with a transparent background looks best; metadata is removed.
host-settings-logo-upload = Upload the logo
host-settings-logo-remove = Remove the logo
host-settings-tagline = Tagline
host-settings-tagline-hint = One line under the chapter's name, like “Stories of failing, every second Thursday”.
host-settings-accent = Colour
host-settings-accent-hint = Six hexadecimal digits, like #1f5fbf: the buttons and the band on the chapter's pages, tickets and share cards. White text must read on it (4.5:1). Empty: ours.
host-settings-language-hint = What the chapter’s pages and emails speak to guests who chose no language.
host-settings-description-hint = Shown on the chapter page.
host-settings-code-of-conduct = Code of conduct
host-settings-code-of-conduct-hint = Speakers accept it when they submit a story.
host-settings-reminders = Reminders, hours before a night
host-settings-reminders-hint = Comma-separated, e.g. 24, 3. Empty: no reminders.
host-settings-seats = Seats and the waitlist
host-settings-promotion = When a seat frees up
host-settings-promotion-auto = the next person on the waitlist gets it at once
host-settings-promotion-offer = it is offered to the next person, who accepts it
host-settings-offer-hours = Hours to accept an offer
host-settings-offer-hours-hint = Never past the start of the night. Paid tickets are always offered.
host-settings-reconfirm-hours = Ask “still coming?” this many hours before
host-settings-reconfirm-hours-hint = 0: never ask.
host-settings-plus-ones = Guests a person may bring
host-settings-plus-ones-hint = Counted against the seats.
host-settings-refund-cutoff = Refund guests who cancel until this many hours before
host-settings-refund-cutoff-hint = Paid tickets only. 0: until the night starts. Guests cannot cancel once it has started; hosts can, and always refund in full.
host-settings-overbook = Let the waitlist fill past a night's capacity
host-settings-overbook-off = No: never past the night's capacity
host-settings-overbook-risk = Up to the turnout advice at { $risk } % risk
host-settings-overbook-hint = From the chapter's own history of who came, and never past the venue's capacity (enter it on the venue). Each night's turnout page shows the advice.

## Hosts and roles (templates/host/hosts.html)
host-hosts-intro = Owners change settings and hosts; hosts run nights, stories and attendees; door staff check people in.
host-hosts-role = Role
host-hosts-actions = Actions
host-hosts-you = (you)
host-hosts-remove = Remove
host-hosts-add = Add a host, or change a role
## The audit log (templates/host/audit.html)
host-audit-empty = Nothing yet.
host-audit-when = When
host-audit-who = Who
host-audit-what = What
host-audit-detail = Detail
host-audit-system = system
host-audit-signed-in = signed in
host-audit-signed-out = signed out
host-audit-signed-out-everywhere = signed out everywhere
host-audit-token-created = API token created
host-audit-token-revoked = API token revoked
host-audit-chapter-created = chapter created
host-audit-settings-changed = settings changed
host-audit-host-invited = host invited
host-audit-role-changed = role changed
host-audit-host-removed = host removed
host-audit-venue-added = venue added
host-audit-venue-edited = venue edited
host-audit-series-created = series created
host-audit-series-edited = series edited
host-audit-series-ended = series ended, its nights cancelled
host-audit-night-created-published = night created and published
host-audit-night-created-draft = night created as draft
host-audit-night-published = night published
host-audit-night-cancelled = night cancelled
host-audit-night-edited = night edited
host-audit-night-moved = night moved or re-venued
host-audit-night-ticketing = night ticketing options changed
host-audit-series-published = series nights published
host-audit-ticketing-settings = ticketing settings changed
host-audit-ticket-type-added = ticket type added
host-audit-rsvp-cancelled = RSVP cancelled by a host
host-audit-rsvp-approved = RSVP approved
host-audit-rsvp-declined = RSVP declined
host-audit-guest-checked-in = guest checked in
host-audit-walk-in-added = walk-in added
host-audit-message-sent = message sent
host-audit-call-settings = call settings changed
host-audit-story-submitted = story submitted
host-audit-story-reviewed = story reviewed
host-audit-story-purged = story purged
host-audit-story-deleted-retention = story deleted after retention
host-audit-story-deleted-speaker = story deleted by its speaker
host-audit-talk-placed = talk placed in lineup
host-audit-talk-removed = talk removed from lineup
host-audit-lineup-reordered = lineup reordered
host-audit-slides-uploaded = slides uploaded
host-audit-slides-uploaded-pdf = slides uploaded (PDF)
host-audit-slides-removed = slides removed
host-audit-lesson-drafted = lesson drafted
host-audit-lesson-published = lesson published
host-audit-lesson-edited = lesson edited
host-audit-lesson-withdrawn = lesson withdrawn
host-audit-feedback-deleted = feedback deleted after retention
host-audit-feedback-unread = feedback comment back to unread
host-audit-feedback-released = feedback comment released
host-audit-feedback-hidden = feedback comment hidden
host-audit-question-pending = question back to pending
host-audit-question-approved = question approved
host-audit-question-hidden = question hidden
host-audit-question-answered = question answered
host-audit-questions-deleted = questions deleted after retention
host-audit-story-accepted = story accepted
host-audit-story-rejected = story rejected
host-audit-story-waitlisted = story waitlisted
host-audit-story-confirmed = talk confirmed by its speaker
host-audit-story-declined = talk declined by its speaker
host-audit-story-withdrawn = story withdrawn by its speaker
host-audit-call-open = call for stories open
host-audit-call-closed = call for stories closed
host-audit-stage-start = stage: night started
host-audit-stage-pause = stage: paused
host-audit-stage-resume = stage: resumed
host-audit-stage-next-slide = stage: next slide
host-audit-stage-previous-slide = stage: previous slide
host-audit-stage-next-segment = stage: next part
host-audit-stage-previous-segment = stage: previous part
host-audit-stage-add-time = stage: time added
host-audit-stage-skip-to-qa = stage: skipped to questions

## Venues (templates/host/venues.html, venue.html, venue_fields.html)
host-venues-empty = No venues yet.
host-venues-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
host-venues-new = New venue
host-venues-add = Add venue
host-venue-title = Venue
host-venue-address = Address
host-venue-map = Map link
host-venue-map-hint = Optional. Empty: a map search for the address.
host-venue-seats = Seats
host-venue-seats-hint = Optional: the default for nights here.
host-venue-accessibility = Accessibility
host-venue-accessibility-hint = Step-free access, toilets, quiet room…

## Series (templates/host/series_list.html, series.html, series_fields.html)
host-series-empty = No series yet: a series creates the same night every month.
host-series-new = New series
host-series-create = Create series
host-series-ended = ended
host-series-publish = Publish draft nights
host-series-end = End series and cancel its nights…
host-series-edit = Edit
host-series-edit-hint = Changes apply to the coming nights that were not edited on their own.
host-series-coming = Coming nights
host-series-title = Title
host-series-title-hint = May use { "{n}" } (number), { "{month}" } or { "{date}" }: “Failure Night #{ "{n}" }”
host-series-repeats = Repeats
host-series-repeats-hint = An RRULE: FREQ=MONTHLY;BYDAY=2TH is every second Thursday, FREQ=MONTHLY;BYDAY=-1WE the last Wednesday.
host-series-starts-at = Starts at
host-series-length = Length in minutes
host-series-venue = Venue
host-series-seats-hint = Empty: the venue’s capacity.
host-series-first-date = First date
host-series-first-date-hint = Empty: from today.
host-series-publish-new = Publish new nights at once (otherwise drafts)

## Confirmation before emailing guests (templates/host/confirm.html)
host-confirm-back = Go back
host-confirm-save-and-email = Save and email them
host-confirm-venue-title = Change { $venue }?
host-confirm-venue-message = The venue of coming nights changes: this will email { $count ->
    [one] { $count } person
   *[other] { $count } people
}.
host-confirm-series-title = Change { $series }?
host-confirm-series-message = Coming nights of this series change: this will email { $count ->
    [one] { $count } person
   *[other] { $count } people
}.
host-confirm-end-series-title = End { $series }?
host-confirm-end-series-message = This ends the series and cancels its coming nights; it will email { $count ->
    [one] { $count } person
   *[other] { $count } people
}. This cannot be undone.
host-confirm-end-series-button = End series and cancel nights

## A series' cadence in words (crates/scheduling/src/series.rs, `describe_in`): $n is the
## weekday's place in the month (0: every one, -1: the last), $name the weekday, $day its code.
host-cadence-day = { $n ->
    [1] first { $name }
    [2] second { $name }
    [3] third { $name }
    [4] fourth { $name }
    [5] fifth { $name }
    [-1] last { $name }
    [-2] second-to-last { $name }
   *[0] { $name }
}
host-cadence-and = and
host-cadence-weekly = every { $days }
host-cadence-every-other-week = every other { $days }
host-cadence-weeks = every { $n } weeks
host-cadence-weeks-on = every { $n } weeks on { $days }
host-cadence-monthly-on = every { $days } of the month
host-cadence-months-on = every { $n } months on the { $days }
host-cadence-monthly-day = monthly on day { $days }
host-cadence-monthly = monthly
host-cadence-yearly = every year
host-cadence-at = { $cadence }, { $time }
host-cadence-custom = recurring ({ $rule }), { $time }

## The chapter's numbers (templates/host/numbers.html)
host-nav-numbers = Numbers
host-numbers-title = The chapter's numbers
host-numbers-from = From
host-numbers-to = To
host-numbers-show = Show
host-numbers-summary = { $nights ->
        [0] No night in this period.
        [one] One night: { $came } guests at the door ({ $first } for the first time, { $regulars } who came before); { $empty } of the booked seats stayed empty.
       *[other] { $nights } nights: { $came } guests at the door ({ $first } for the first time, { $regulars } who came before); { $empty } of the booked seats stayed empty.
    }
host-numbers-stories = Stories: { $submitted } submitted, { $accepted } accepted, { $told } told on stage so far.
host-numbers-to-stage = From submission to stage took { $days } days (median).
host-numbers-chart-title = Guests at the door and empty seats, per month
host-numbers-chart-desc = For each month, a dark bar for the guests who came and a light bar after it for the booked seats that stayed empty; the table below has the same numbers.
host-numbers-came-legend = came
host-numbers-empty-legend = booked, stayed empty
host-numbers-table = The numbers per month
host-numbers-month = Month
host-numbers-nights = Nights
host-numbers-booked = Booked
host-numbers-came = Came
host-numbers-no-shows = Empty seats
host-numbers-first-timers = First time
host-numbers-regulars = Came before
host-numbers-submitted = Stories
host-numbers-accepted = Accepted
host-numbers-told = Told
host-numbers-all = Whole period
host-numbers-download = Download these numbers:

## The network at a glance, for platform admins (templates/host/network.html)
host-network-link = Every chapter at a glance
host-network-title = The network
host-network-intro = Which chapters need help this month? Chapters with no night coming and the longest without one come first; sort by any column.
host-network-caption = { $count ->
        [one] One chapter
       *[other] { $count } chapters
    }
host-network-chapter = Chapter
host-network-last = Last night
host-network-next = Next night
host-network-quiet = Months without a night
host-network-guests = Guests, last 6 months
host-network-trend = Against the 6 before
host-network-call = Call for stories
host-network-call-open = open
host-network-call-closed = closed
host-network-queue = Stories waiting
host-network-hosts = Hosts active
host-network-hosts-active = { $active } of { $all }
host-network-download = Download as CSV
host-network-previous = Previous chapters
host-network-more = More chapters

## Webhooks

host-settings-integrations = Integrations
host-settings-integrations-intro = Tell your website, chat or newsletter tool when something happens in this chapter.
host-settings-widget = A widget for your website
host-settings-widget-intro = Paste one of these into your website: it lists the chapter's next nights with the seats left and a link to book.
host-settings-widget-script = With a script (recommended)
host-settings-widget-iframe = Without scripts (an iframe)
host-settings-widget-hint = Add data-accent="#1f5fbf" to the script, or ?accent=1f5fbf to the iframe's address, for your own colour (it must keep white text readable), and data-lang or ?lang= for another language.
host-webhooks-title = Webhooks
host-webhooks-intro = A webhook posts each event you choose to your receiver's address, signed with its secret, and tries again for about a day when the receiver is down.
host-webhooks-none = No webhooks yet.
host-webhooks-add = Add a webhook
host-webhook-url = Receiver's address
host-webhook-url-hint = A public https:// address. Addresses inside a private network are refused.
host-webhook-description = What it is for (optional)
host-webhook-events = Events
host-webhook-status = Status
host-webhooks-verify = Checking the signature
host-webhooks-verify-intro = Each delivery carries a Failnight-Signature header: the time it was sent and an HMAC-SHA256 of that time, a dot and the body, keyed by the secret. Recompute it over the raw body and refuse old times, for example in Python:
host-webhook-title = Webhook
host-webhook-secret = Signing secret
host-webhook-secret-once = Copy the secret now: it is shown only this once.
host-webhook-resume = Resume
host-webhook-pause = Pause
host-webhook-roll = New secret
host-webhook-deliveries = Last deliveries
host-webhook-no-deliveries = Nothing delivered yet.
host-webhook-when = When
host-webhook-event = Event
host-webhook-outcome = Outcome
host-webhook-answer = Answer
host-webhook-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
  }
host-webhook-details = Details
host-webhook-payload = Sent:
host-webhook-response = Answer:
host-webhook-redeliver = Send again
host-webhook-redelivering = Sending it again now.
host-webhook-remove-title = Remove this webhook
host-webhook-remove-intro = Its deliveries are deleted with it, and nothing more is sent.
host-webhook-remove = Remove the webhook
host-webhook-active = Active
host-webhook-failing = Active, { $count ->
    [one] { $count } failed attempt
   *[other] { $count } failed attempts
  } in a row
host-webhook-paused-failing = Paused on { $when } after failing again and again
host-webhook-paused-by-host = Paused by a host on { $when }
host-webhook-delivered = Delivered on { $when }
host-webhook-failed = Failed on { $when }
host-webhook-sending = Sending now
host-webhook-waiting = Waiting
host-webhook-retrying = Trying again on { $when }
host-webhook-kind-night-published = A night is published
host-webhook-kind-night-changed = A night changes
host-webhook-kind-night-cancelled = A night is cancelled
host-webhook-kind-rsvp-confirmed = A guest has a seat
host-webhook-kind-rsvp-waitlisted = A guest joins the waitlist
host-webhook-kind-rsvp-cancelled = A guest's place is cancelled
host-webhook-kind-rsvp-checked-in = A guest is checked in
host-webhook-kind-story-submitted = A story is submitted
host-webhook-kind-story-decided = A story is decided
host-webhook-kind-lesson-published = A lesson is published
host-audit-webhook-added = webhook added
host-audit-webhook-paused = webhook paused
host-audit-webhook-resumed = webhook resumed
host-audit-webhook-secret = webhook secret replaced
host-audit-webhook-removed = webhook removed
host-audit-webhook-redelivered = webhook delivery sent again

## Conduct reports

host-nav-reports = Reports
host-reports-title = Conduct reports
host-reports-intro = Reports about the code of conduct, from the form linked on every night's page and ticket. Only the chapter's owners see them; each is deleted a year after it was made.
host-reports-none = No reports.
host-report-when = Received
host-report-night = Night
host-report-status = Status
host-report-title = Conduct report
host-report-from = From
host-report-what = What happened
host-report-note = Owners' note
host-report-note-hint = For the owners only: what you did, whom you talked to.
host-report-anonymous = Anonymous
host-report-status-new = New
host-report-status-in-progress = In progress
host-report-status-closed = Closed
host-audit-conduct-report-updated = conduct report updated
