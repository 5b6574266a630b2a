# Shared by pages and emails (pt-BR).
-brand = failnight
common-skip = Pular para o conteúdo
common-tagline = failnight: histórias de fracassos profissionais, contadas ao vivo.
common-language = Idioma
night-format = 3–4 palestrantes · 10 slides × 40 segundos cada · depois perguntas e bebidas
common-share = Compartilhar
common-link-copied = Link copiado
card-night-kicker = Noite do fracasso · { $chapter }
card-chapter-kicker = Noites do fracasso
card-chapter-next = Próxima noite: { $when }
card-lesson-kicker = Lição de uma noite do fracasso · { $chapter }
common-seats-left = { $count ->
    [one] Resta { $count } lugar
   *[other] Restam { $count } lugares
}

## Dates, times, numbers and prices (crates/core/src/i18n/format.rs)
common-weekday-monday = segunda-feira
common-weekday-tuesday = terça-feira
common-weekday-wednesday = quarta-feira
common-weekday-thursday = quinta-feira
common-weekday-friday = sexta-feira
common-weekday-saturday = sábado
common-weekday-sunday = domingo
common-month-january = janeiro
common-month-february = fevereiro
common-month-march = março
common-month-april = abril
common-month-may = maio
common-month-june = junho
common-month-july = julho
common-month-august = agosto
common-month-september = setembro
common-month-october = outubro
common-month-november = novembro
common-month-december = dezembro
common-month-short-january = jan.
common-month-short-february = fev.
common-month-short-march = mar.
common-month-short-april = abr.
common-month-short-may = mai.
common-month-short-june = jun.
common-month-short-july = jul.
common-month-short-august = ago.
common-month-short-september = set.
common-month-short-october = out.
common-month-short-november = nov.
common-month-short-december = dez.
common-date = { $weekday }, { $day } de { $month } de { $year }
common-date-short = { $day } de { $month } de { $year }
common-date-numeric = { $day }/{ $month }/{ $year }
common-month-year = { $month } de { $year }
common-time = { $hour }:{ $minute }
common-date-time = { $date } às { $time }
common-decimal-separator = { "," }
common-group-separator = { "." }
common-money = { $symbol } { $amount }

common-when = { $date }, das { $start } às { $end } ({ $zone })

common-calendar-name = { $chapter }: noites do fracasso

## O código de conduta padrão (um capítulo pode escrever o seu)

common-coc-default =
    As noites do fracasso existem para contar e ouvir histórias difíceis. Queremos que todas as pessoas na sala, no palco e na plateia, se sintam seguras para isso.
    
    Ouça com respeito. Ria com quem fala, nunca de quem fala. O que alguém conta sobre outras pessoas fica na sala: não cite, filme nem publique nada sobre as pessoas das histórias sem perguntar.
    
    Nenhum tipo de assédio: nada de contato ou atenção indesejados, nem ofensas ou piadas sobre gênero, origem, corpo, idade, religião, deficiência ou sexualidade de ninguém. Bebidas fazem parte da noite; pressionar alguém a beber, não.
    
    Se algo deixar você ou outra pessoa desconfortável, fale com alguém da organização na noite ou use o formulário de denúncia, anonimamente se preferir. A organização pode pedir que saia quem desrespeitar este código.
