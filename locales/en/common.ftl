# Shared by pages and emails (en). See locales/README.md.
-brand = failnight
common-skip = Skip to content
common-tagline = failnight: stories of professional failure, told in person.
common-language = Language
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
