# Shared by pages and emails (en). See locales/README.md.
-brand = failnight
common-skip = Skip to content
common-tagline = failnight: stories of professional failure, told in person.
common-language = Language
night-format = 3–4 speakers · 10 slides × 40 seconds each · then questions and drinks
common-share = Share
common-link-copied = Link copied
card-night-kicker = Failure night · { $chapter }
card-chapter-kicker = Failure nights
card-chapter-next = Next night: { $when }
card-lesson-kicker = Lesson from a failure night · { $chapter }
common-seats-left = { $count ->
    [one] { $count } seat left
   *[other] { $count } seats left
}

## Dates, times, numbers and prices (crates/core/src/i18n/format.rs)
common-weekday-monday = Monday
common-weekday-tuesday = Tuesday
common-weekday-wednesday = Wednesday
common-weekday-thursday = Thursday
common-weekday-friday = Friday
common-weekday-saturday = Saturday
common-weekday-sunday = Sunday
common-month-january = January
common-month-february = February
common-month-march = March
common-month-april = April
common-month-may = May
common-month-june = June
common-month-july = July
common-month-august = August
common-month-september = September
common-month-october = October
common-month-november = November
common-month-december = December
common-month-short-january = Jan
common-month-short-february = Feb
common-month-short-march = Mar
common-month-short-april = Apr
common-month-short-may = May
common-month-short-june = Jun
common-month-short-july = Jul
common-month-short-august = Aug
common-month-short-september = Sep
common-month-short-october = Oct
common-month-short-november = Nov
common-month-short-december = Dec
common-date = { $weekday }, { $month } { $day }, { $year }
common-date-short = { $month } { $day }, { $year }
common-date-numeric = { $month }/{ $day }/{ $year }
common-month-year = { $month } { $year }
common-time = { $hour12 }:{ $minute } { $pm ->
    [pm] PM
   *[am] AM
}
common-date-time = { $date } at { $time }
common-decimal-separator = { "." }
common-group-separator = { "," }
common-money = { $symbol }{ $amount }

# A night's time on its page and in emails: date, start–end (zone).
common-when = { $date }, { $start }–{ $end } ({ $zone })

# A chapter's calendar feed, as calendars list it.
common-calendar-name = { $chapter } failure nights

## The default code of conduct (a chapter may write its own)

common-coc-default =
    Failure nights are for telling and hearing hard stories. We want everyone in the room, on stage and off, to feel safe doing that.
    
    Listen with respect. Laugh with speakers, never at them. What a speaker shares about others stays in the room: do not name, film or post about people from their stories without asking.
    
    No harassment of any kind: no unwelcome contact or attention, no insults or jokes about anyone's gender, origin, body, age, religion, disability or sexuality. Drinks are part of the evening; pressure to drink is not.
    
    If something makes you or someone else uncomfortable, tell a host on the night or use the report form, anonymously if you like. Hosts may ask anyone who breaks this code to leave.
