# speaker messages (en). Keys: speaker-… ; see locales/README.md.
# The call for stories, the speaker's page, recaps, the lessons library, guests' feedback form.

## The call for stories (/c/{slug}/speak) and its thank-you page
speak-title = Tell your failure story
speak-closed = The call for stories of { $chapter } is closed right now. Please come back later.
speak-intro = About seven minutes, about ten images, then questions. It takes five minutes to send us your story; rough notes are fine. Only the hosts read it. The public sees your talk only once you have confirmed it, and only what you allow below.
speak-form-errors = Some fields need another look: see the messages below them.
speak-honeypot = Leave this field empty
speak-you = You
speak-name = Your name
speak-name-hint = For the hosts; the public sees it only if you choose so below.
speak-email = Email
speak-email-hint = We send your private link here, and write to you about your story only.
speak-coc-of = Code of conduct of { $chapter }
speak-accept-coc = I accept the chapter's code of conduct
speak-send = Send my story
speak-too-quick = That was quick! Please check your story once more, then send it again.
speak-appear = How you appear
speak-appear-as = On the event page, show me as
speak-appear-name = my name
speak-appear-stage-name = a stage name (below)
speak-appear-anonymous = “Anonymous speaker”
speak-stage-name = Stage name
speak-stage-name-hint = Only if you chose a stage name.
speak-your-story = Your story
speak-talk-title = Talk title
speak-talk-title-hint = Shown publicly once your talk is confirmed.
speak-teaser = Public teaser (optional)
speak-teaser-hint = Two or three sentences for the event page.
speak-project = What was the project?
speak-project-hint = Only the hosts read this.
speak-wrong = What went wrong?
speak-learned = What did you learn?
speak-differently = What would you do differently?
speak-content-notes = Content notes (optional)
speak-content-notes-hint = Topics the audience may want to know about beforehand.
speak-months = Months that suit you (optional: none means any)
# A month a speaker may prefer: "March 2027".
speak-month = { $month } { $year }
speak-consent-legend = What may be published
speak-consent-photos = Photos of me
speak-consent-recording = Audio or video recording of my talk
speak-consent-no = no
speak-consent-yes = yes
speak-consent-ask = ask me before publishing
speak-consent-slides = My slides
speak-consent-slides-stage = shown on stage only
speak-consent-slides-published = shown on stage, published after the night
speak-consent-slides-never = never shown
speak-thanks-title = Thank you
speak-thanks-heading = Thank you for your story
speak-thanks-link = We have sent you an email with a private link. There you see where your story stands, can edit it until the hosts decide, change what may be published, withdraw it or delete it.
speak-thanks-no-email = No email? Check your spam folder, or send the story again with the right address.
speak-thanks-back = Back to { $chapter }

## The speaker's private page (/s/{token})
speaker-title = Your story
speaker-crumb = your story
speaker-anonymous = Anonymous speaker
speaker-state = State
speaker-status-submitted = submitted
speaker-status-waitlisted = waitlisted
speaker-status-accepted = accepted
speaker-status-confirmed = confirmed
speaker-status-rejected = rejected
speaker-status-declined = declined
speaker-status-withdrawn = withdrawn
speaker-state-submitted-note = : the hosts have not decided yet.
speaker-state-waitlisted-note = : on the waitlist for a coming night.
speaker-state-accepted-note = : please confirm or decline below.
speaker-state-confirmed-note = : you are speaking.
speaker-shown-as = Shown as
speaker-answer = Will you speak?
speaker-answer-night = Will you speak at { $night }, { $when }?
speaker-steps = Where your story is
speaker-step-sent = Story sent
speaker-step-accepted = Accepted
speaker-step-confirmed = Confirmed
speaker-step-night = The night
speaker-step-night-on = The night: { $when }
speaker-step-done = (done)
speaker-step-now = (now)
speaker-confirm = Yes, I confirm my talk
speaker-decline = No, I can't this time
speaker-your-night = Your night:
speaker-call-time = Your call time: { $time }
speaker-run-of-show = Run of show
# The run-of-show on the speaker's page: each cue of the night.
speaker-feedback = What the audience said
# Followed by the average in bold, then speaker-feedback-from: "Average rating 4.5 of 5, from 2 guests."
speaker-feedback-average = Average rating
speaker-feedback-from = { $count ->
    [one] of 5, from { $count } guest.
   *[other] of 5, from { $count } guests.
}
speaker-feedback-none = No comments to show yet: a host reads each one before you do.
speaker-edit = Edit your story
speaker-save = Save
speaker-consent-until = You can change this until your night starts.
speaker-consent-save = Save my choices
speaker-sent = What you sent
speaker-sent-teaser = Teaser:
speaker-sent-project = The project:
speaker-sent-wrong = What went wrong:
speaker-sent-learned = What you learned:
speaker-sent-differently = What you would do differently:
speaker-withdraw = Withdraw
speaker-withdraw-sure = Yes, withdraw my story
speaker-withdraw-sure-confirmed = Yes, withdraw my story and take my talk out of the lineup
speaker-data = Your data
speaker-data-export = Download everything we store about you
speaker-data-export-format = (JSON).
speaker-delete-sure = Yes, delete my story and everything about me. This cannot be undone.
speaker-delete = Delete my story and data
speaker-deleted-title = Deleted
speaker-deleted-message = Your story and everything we stored about it are deleted. Thank you for considering us.
speaker-done-saved = Saved.
speaker-done-consent = Your choices about publishing are saved.
speaker-done-confirmed = Thank you for confirming! We will send you a calendar invite once your night is set.
speaker-done-declined = Thank you for letting us know.
speaker-done-withdrawn = Your story is withdrawn.
speaker-done-slides = Your slides are saved. This is how they will be shown.
speaker-done-pdf = Your PDF is uploaded and being turned into slides: this page shows them once it is done.
speaker-done-slides-removed = Your slides are removed.
speaker-portrait-heading = Your photo on the lineup
speaker-portrait-generated = You appear under a stage name or anonymously, so the night's page shows a generated picture beside your talk, never a photo of you.
speaker-portrait-invite = You may add a photo of yourself beside your talk on the night's page, if you like. Without one, a picture made from your initials is shown.
speaker-portrait-shown = Your photo is shown beside your talk on the night's page.
speaker-portrait-remove = Remove my photo
speaker-portrait-file = Photo (JPEG, PNG or WebP; cut to a square, location and camera details removed)
speaker-portrait-consent = Show this photo beside my talk on the night's page (you can remove it at any time)
speaker-portrait-upload = Upload my photo
speaker-done-portrait = Your photo is on the lineup.
speaker-done-portrait-removed = Your photo is removed.
speaker-done-recap = Your recap is saved.
speaker-done-published = Your lesson is published. Thank you for sharing it.
speaker-done-unpublished = Your lesson is withdrawn: it is no longer shown anywhere.

## The speaker's slides
speaker-deck-heading = Your slides
speaker-deck-format = The format here: at most { $slides } slides, each shown { $seconds } seconds, advancing on their own.
speaker-deck-rendering = Your PDF is being turned into slides. Reload this page in a minute to see them.
speaker-deck-failed = Your PDF could not be used: { $reason }
speaker-deck-summary = { $count ->
    [one] { $count } slide, { $duration } on stage. This is how it will be shown:
   *[other] { $count } slides, { $duration } on stage. This is how they will be shown, in this order:
}
speaker-deck-duration-seconds = { $seconds } s
speaker-deck-duration-minutes = { $minutes } min
speaker-deck-duration-both = { $minutes } min { $seconds } s
speaker-deck-slide = Slide { $number }
speaker-deck-rehearse-hint = Rehearse: with JavaScript on, a button here plays your deck with the stage's timer and rings a bell at the end.
speaker-deck-upload-label = Upload your deck: images (PNG, JPEG or WebP; shown in the order of their file names) or one PDF
speaker-deck-replace-label = Replace your deck: images (PNG, JPEG or WebP; shown in the order of their file names) or one PDF
speaker-deck-upload = Upload my slides
speaker-deck-replace = Replace my slides
speaker-deck-remove = Remove my slides
# The rehearsal player (player.js reads these from the page).
speaker-deck-player-rehearse = Rehearse with the stage's timer ({ $seconds } s a slide)
speaker-deck-player-region = Rehearsal
speaker-deck-player-pause = Pause
speaker-deck-player-resume = Resume
speaker-deck-player-again = Again
speaker-deck-player-previous = Previous slide
speaker-deck-player-next = Next slide
speaker-deck-player-fullscreen = Full screen
speaker-deck-player-time = Time!
speaker-deck-player-where = Slide { $number } of { $total }

## The recap after the night (the speaker's page; the host's story page)
speaker-recap-heading = Your recap: what you learned
speaker-recap-published = Published. Changes you save show there at once.
speaker-recap-published-link-before = Published:
speaker-recap-published-link = see it in the lessons library
speaker-recap-published-link-after = . Changes you save show there at once.
speaker-recap-withdrawn = Withdrawn: it is shown nowhere. You can publish it again.
speaker-recap-by-host = Your hosts drafted this recap for you. Nothing is published until you say so: read it, change what you like, then publish it or not.
speaker-recap-draft = Saved as a draft: only you and your hosts can see it.
speaker-recap-invite = Share what you learned with people who could not be there. Nothing is published until you say so, and you can change or withdraw it at any time.
speaker-recap-published-as = It is published as
speaker-recap-published-as-after = , as on the night.
speaker-recap-slides-shown = Your slides are shown with it.
speaker-recap-slides-not-shown = Your slides are not shown with it (your choice for your slides).
speaker-recap-save-hint = Saving keeps it as it is; only “Publish” makes it public.
speaker-recap-save-changes = Save changes
speaker-recap-save-draft = Save without publishing
speaker-recap-publish-as = Publish as { $name }
speaker-recap-withdraw = Withdraw my lesson
speaker-recap-taken-over = The speaker has taken this recap over: only they can change it now.
speaker-recap-lesson = The lesson, in one sentence
speaker-recap-lesson-hint = Like “Always check references” or “Don't depend on one channel”.
speaker-recap-happened = What happened
speaker-recap-happened-hint = Plain text: a blank line starts a paragraph; web addresses become links.
speaker-recap-differently = What I would do differently
speaker-recap-topics = Topics (up to three)

## The lessons library (/lessons), a lesson's page, the feeds, "what we learned"
lessons-title = Lessons from failure nights
lessons-page = page { $page }
lessons-description = What speakers learned from failing at work, told at failure nights in many cities.
lessons-lead = What speakers learned from failing at work, in their own words.
lessons-learned-link = What we learned, in numbers
lessons-learned-link-after = .
lessons-search-label = Search the lessons
lessons-topic = Topic
lessons-any-topic = Any topic
lessons-chapter = Chapter
lessons-any-chapter = Every chapter
lessons-language = Language
lessons-any-language = Any language
lessons-year = Year
lessons-any-year = Any year
lessons-order = Order
lessons-newest = Newest first
lessons-relevant = Most relevant first
lessons-search = Search
lessons-list = Lessons
lessons-no-match = No lesson matches. Try other words or fewer filters.
lessons-none-yet = No lessons are published yet.
lessons-pages = Pages
lessons-newer = Newer page
lessons-page-number = Page { $page }
lessons-older = Next page
lessons-feed = Follow these lessons (Atom feed)
lessons-item-by = { $speaker } · “{ $talk }”
lessons-feed-chapter = Lessons from { $chapter }
lessons-feed-topic = Lessons about { $topic }
lessons-bad-topic = There is no such topic: choose one from the list.
lessons-bad-chapter = There is no such chapter: choose one from the list.
lessons-bad-language = Give the language as a two-letter code such as en.
lessons-bad-year = Give a year like 2026.
lessons-bad-sort = Sort by newest or relevant.
lessons-bad-page = Give a page from 1 to { $max }; search or filter to find older lessons.
# The failure causes a lesson is filed under (stored ids stay English).
lessons-topic-team = team and co-founders
lessons-topic-money = money and cash flow
lessons-topic-product = product and market
lessons-topic-customers = customers and sales
lessons-topic-hiring = hiring and people
lessons-topic-health = health and burnout
lessons-topic-legal = legal and contracts
lessons-topic-growth = growing too fast
lessons-topic-delivery = delivery and technology
lessons-topic-personal = personal life
lesson-crumb = Lessons
# Between the speaker's name (bold) and the night's link: "Ada, “Talk”, at <night> (date), <chapter>".
lesson-byline-talk = , “{ $talk }”, at
lesson-byline-date = ({ $date }),
lesson-slides = The slides
lesson-more = More lessons
lesson-description = { $speaker } · { $talk } at { $night }
learned-title = What we learned
learned-title-site = failure nights
learned-description = What speakers at failure nights failed at, by topic and year.
learned-lead = { $count ->
    [one] { $count } topic named in the published lessons of every chapter, by cause of failure and year of the night.
   *[other] { $count } topics named in the published lessons of every chapter, by cause of failure and year of the night.
}
learned-chart-title = Lessons per topic
learned-chart-desc = A bar per topic, as long as its number of lessons, in parts per year. The table gives the same numbers.
learned-table-caption = Lessons per topic and year
learned-topic = Topic
learned-all = All

## A guest's feedback form (/f/{token})
guest-feedback-title = Feedback · { $night }
guest-feedback-heading = How was { $night }?
guest-feedback-intro = Every answer is optional. A host reads each comment before the speaker does, and speakers never see your name.
guest-feedback-until = You can change your answers until { $closes }.
guest-feedback-not-saved = Nothing was saved yet:
guest-feedback-errors = some answers need another look, see the messages below them.
guest-feedback-rating = Your rating
guest-feedback-rating-5 = 5 · outstanding
guest-feedback-rating-4 = 4 · very good
guest-feedback-rating-3 = 3 · good
guest-feedback-rating-2 = 2 · fair
guest-feedback-rating-1 = 1 · not for me
guest-feedback-rating-none = no rating
guest-feedback-comment = A word to { $speaker } (optional)
guest-feedback-comment-anonymous = A word to the speaker (optional)
guest-feedback-comment-hint = At most { $max } characters. Kind and honest: they told a hard story.
guest-feedback-takeaway = The one thing you will take away (optional)
guest-feedback-takeaway-hint = One sentence, at most { $max } characters: “always check references”.
guest-feedback-come-again = Will you come to another night?
guest-feedback-yes = yes
guest-feedback-maybe = maybe
guest-feedback-no = no
guest-feedback-save = Save my changes
guest-feedback-send = Send my feedback
guest-feedback-closed = Feedback on this night closed on { $closes }. Thank you all the same!
guest-feedback-saved = Thank you! Your feedback is saved. You can change it here until { $closes }.

speaker-recap-closed-no-talk = A recap is written about a talk given at a night.
speaker-recap-closed-cancelled = Your night was cancelled, so there is no talk to write a recap of.
speaker-recap-closed-not-yet = You can write and publish your recap once your night is over.
