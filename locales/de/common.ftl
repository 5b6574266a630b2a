# Shared by pages and emails (de).
-brand = failnight
common-skip = Zum Inhalt springen
common-tagline = failnight: Geschichten vom beruflichen Scheitern, persönlich erzählt.
common-language = Sprache
night-format = 3–4 Vortragende · 10 Folien × 40 Sekunden · danach Fragen und Getränke
common-share = Teilen
common-link-copied = Link kopiert
card-night-kicker = Abend des Scheiterns · { $chapter }
card-chapter-kicker = Abende des Scheiterns
card-chapter-next = Nächster Abend: { $when }
card-lesson-kicker = Lehre eines Abends des Scheiterns · { $chapter }
common-seats-left = { $count ->
    [one] Noch { $count } Platz frei
   *[other] Noch { $count } Plätze frei
}

## Dates, times, numbers and prices (crates/core/src/i18n/format.rs)
common-weekday-monday = Montag
common-weekday-tuesday = Dienstag
common-weekday-wednesday = Mittwoch
common-weekday-thursday = Donnerstag
common-weekday-friday = Freitag
common-weekday-saturday = Samstag
common-weekday-sunday = Sonntag
common-month-january = Januar
common-month-february = Februar
common-month-march = März
common-month-april = April
common-month-may = Mai
common-month-june = Juni
common-month-july = Juli
common-month-august = August
common-month-september = September
common-month-october = Oktober
common-month-november = November
common-month-december = Dezember
common-month-short-january = Jan.
common-month-short-february = Feb.
common-month-short-march = März
common-month-short-april = Apr.
common-month-short-may = Mai
common-month-short-june = Juni
common-month-short-july = Juli
common-month-short-august = Aug.
common-month-short-september = Sept.
common-month-short-october = Okt.
common-month-short-november = Nov.
common-month-short-december = Dez.
common-date = { $weekday }, { $day }. { $month } { $year }
common-date-short = { $day }. { $month } { $year }
common-date-numeric = { $day }.{ $month }.{ $year }
common-month-year = { $month } { $year }
common-time = { $hour }:{ $minute }
common-date-time = { $date } um { $time }
common-decimal-separator = { "," }
common-group-separator = { "." }
common-money = { $amount } { $symbol }

common-when = { $date }, { $start }–{ $end } Uhr ({ $zone })

common-calendar-name = { $chapter }: Abende des Scheiterns

## Der Standard-Verhaltenskodex (eine Ortsgruppe kann einen eigenen schreiben)

common-coc-default =
    Abende des Scheiterns sind dafür da, schwierige Geschichten zu erzählen und zu hören. Alle im Raum, auf der Bühne und davor, sollen sich dabei sicher fühlen.
    
    Hör respektvoll zu. Lach mit den Vortragenden, nie über sie. Was jemand über andere erzählt, bleibt im Raum: Nenn, filme oder poste nichts über Menschen aus ihren Geschichten, ohne zu fragen.
    
    Keine Belästigung jeder Art: keine unerwünschten Berührungen oder Annäherungen, keine Beleidigungen oder Witze über Geschlecht, Herkunft, Körper, Alter, Religion, Behinderung oder Sexualität. Getränke gehören zum Abend; Druck zu trinken nicht.
    
    Wenn dir oder jemand anderem etwas unangenehm ist, sag es am Abend jemandem aus dem Team oder nutz das Meldeformular, gern anonym. Das Team kann alle, die gegen diesen Kodex verstoßen, bitten zu gehen.
