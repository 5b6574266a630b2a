# Shared by pages and emails (fr).
-brand = failnight
common-skip = Aller au contenu
common-tagline = failnight : des histoires d’échecs professionnels, racontées en personne.
common-language = Langue
night-format = 3 à 4 intervenants · 10 diapositives × 40 secondes · puis questions et un verre
common-share = Partager
common-link-copied = Lien copié
card-night-kicker = Soirée de l’échec · { $chapter }
card-chapter-kicker = Soirées de l’échec
card-chapter-next = Prochaine soirée : { $when }
card-lesson-kicker = Leçon d’une soirée de l’échec · { $chapter }
common-seats-left = { $count ->
    [one] Plus qu’{ $count } place
   *[other] Plus que { $count } places
}

## Dates, times, numbers and prices (crates/core/src/i18n/format.rs)
common-weekday-monday = lundi
common-weekday-tuesday = mardi
common-weekday-wednesday = mercredi
common-weekday-thursday = jeudi
common-weekday-friday = vendredi
common-weekday-saturday = samedi
common-weekday-sunday = dimanche
common-month-january = janvier
common-month-february = février
common-month-march = mars
common-month-april = avril
common-month-may = mai
common-month-june = juin
common-month-july = juillet
common-month-august = août
common-month-september = septembre
common-month-october = octobre
common-month-november = novembre
common-month-december = décembre
common-month-short-january = janv.
common-month-short-february = févr.
common-month-short-march = mars
common-month-short-april = avr.
common-month-short-may = mai
common-month-short-june = juin
common-month-short-july = juil.
common-month-short-august = août
common-month-short-september = sept.
common-month-short-october = oct.
common-month-short-november = nov.
common-month-short-december = déc.
common-date = { $weekday } { $day } { $month } { $year }
common-date-short = { $day } { $month } { $year }
common-date-numeric = { $day }/{ $month }/{ $year }
common-month-year = { $month } { $year }
common-time = { $hour }:{ $minute }
common-date-time = { $date } à { $time }
common-decimal-separator = { "," }
common-group-separator = { " " }
common-money = { $amount } { $symbol }

common-when = { $date }, de { $start } à { $end } ({ $zone })

common-calendar-name = { $chapter } : soirées de l’échec

## Le code de conduite par défaut (un chapitre peut écrire le sien)

common-coc-default =
    Les soirées de l’échec servent à raconter et à écouter des histoires difficiles. Nous voulons que chaque personne dans la salle, sur scène comme dans le public, s’y sente en sécurité.
    
    Écoutez avec respect. Riez avec les intervenants, jamais d’eux. Ce qu’une personne raconte sur d’autres reste dans la salle : ne nommez, ne filmez et ne publiez rien sur les personnes de ses histoires sans demander.
    
    Aucun harcèlement : pas de contact ni d’attention non désirés, pas d’insultes ni de blagues sur le genre, l’origine, le corps, l’âge, la religion, le handicap ou la sexualité de quiconque. Les boissons font partie de la soirée ; pousser quelqu’un à boire, non.
    
    Si quelque chose vous met mal à l’aise, vous ou quelqu’un d’autre, dites-le à l’équipe pendant la soirée ou utilisez le formulaire de signalement, anonymement si vous le souhaitez. L’équipe peut demander à quiconque enfreint ce code de partir.
