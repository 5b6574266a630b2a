# Shared by pages and emails (es).
-brand = failnight
common-skip = Ir al contenido
common-tagline = failnight: historias de fracasos profesionales, contadas en persona.
common-language = Idioma
night-format = 3–4 ponentes · 10 diapositivas × 40 segundos cada una · luego preguntas y algo de tomar
common-share = Compartir
common-link-copied = Enlace copiado
card-night-kicker = Noche de fracasos · { $chapter }
card-chapter-kicker = Noches de fracasos
card-chapter-next = Próxima noche: { $when }
card-lesson-kicker = Lección de una noche de fracasos · { $chapter }
common-seats-left = { $count ->
    [one] Queda { $count } plaza
   *[other] Quedan { $count } plazas
}

## Dates, times, numbers and prices (crates/core/src/i18n/format.rs)
common-weekday-monday = lunes
common-weekday-tuesday = martes
common-weekday-wednesday = miércoles
common-weekday-thursday = jueves
common-weekday-friday = viernes
common-weekday-saturday = sábado
common-weekday-sunday = domingo
common-month-january = enero
common-month-february = febrero
common-month-march = marzo
common-month-april = abril
common-month-may = mayo
common-month-june = junio
common-month-july = julio
common-month-august = agosto
common-month-september = septiembre
common-month-october = octubre
common-month-november = noviembre
common-month-december = diciembre
common-month-short-january = ene
common-month-short-february = feb
common-month-short-march = mar
common-month-short-april = abr
common-month-short-may = may
common-month-short-june = jun
common-month-short-july = jul
common-month-short-august = ago
common-month-short-september = sept
common-month-short-october = oct
common-month-short-november = nov
common-month-short-december = dic
common-date = { $weekday }, { $day } de { $month } de { $year }
common-date-short = { $day } { $month } { $year }
common-date-numeric = { $day }/{ $month }/{ $year }
common-month-year = { $month } de { $year }
common-time = { $hour }:{ $minute }
common-date-time = { $date }, { $time }
common-decimal-separator = { "." }
common-group-separator = { "," }
common-money = { $symbol }{ $amount }

common-when = { $date }, de { $start } a { $end } ({ $zone })

common-calendar-name = { $chapter }: noches de fracasos

## El código de conducta por defecto (un capítulo puede escribir el suyo)

common-coc-default =
    Las noches de fracasos son para contar y escuchar historias difíciles. Queremos que todas las personas en la sala, en el escenario y fuera de él, se sientan seguras al hacerlo.
    
    Escucha con respeto. Ríete con quien habla, nunca de quien habla. Lo que alguien cuenta sobre otras personas se queda en la sala: no nombres, grabes ni publiques nada sobre la gente de sus historias sin preguntar.
    
    Ningún tipo de acoso: nada de contacto o atención no deseados, ni insultos o bromas sobre el género, el origen, el cuerpo, la edad, la religión, la discapacidad o la sexualidad de nadie. Las bebidas son parte de la noche; presionar a alguien para beber, no.
    
    Si algo te incomoda a ti o a otra persona, díselo a un anfitrión esa noche o usa el formulario de reporte, de forma anónima si quieres. Los anfitriones pueden pedir que se vaya a quien no respete este código.
