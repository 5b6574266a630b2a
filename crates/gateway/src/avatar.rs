//! Generated avatars for a night's lineup: what a speaker shows instead of a photo. A speaker
//! with a public name (real or stage) gets its initials on a colour; an anonymous one gets a
//! symmetric pattern, which gives away nothing but that the talks are different. Both are
//! inline SVG, so the page makes no extra request, and both come from a hash of the talk. The
//! colours are dark enough for white initials (at least 4.5:1).

use std::fmt::Write;

/// Hues of the avatars: dark enough for white text at 4.5:1 or more.
const COLOURS: [&str; 8] = ["#1f5fbf", "#7b3fa0", "#9a3412", "#0f766e", "#4d5b12", "#a1286a", "#3f51b5", "#5d4037"];

/// A 48 px avatar for the talk `seed` (its id), with `name`'s initials when it has one.
pub fn svg(seed: i64, name: Option<&str>) -> String {
    let hash = failnight_media::sha256_hex(format!("avatar:{seed}").as_bytes());
    let bits = u64::from_str_radix(&hash[..16], 16).unwrap_or_default();
    let colour = COLOURS[(bits % COLOURS.len() as u64) as usize];
    let mut out = format!(
        "<svg class=\"avatar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\" \
         aria-hidden=\"true\" focusable=\"false\"><rect width=\"48\" height=\"48\" rx=\"24\" fill=\"{colour}\"/>"
    );
    match name.map(initials).filter(|i| !i.is_empty()) {
        Some(initials) => {
            out.push_str(
                "<text x=\"24\" y=\"30.5\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"700\" \
                 font-family=\"-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif\" fill=\"#fff\">",
            );
            crate::lessons::text::escape(&initials, &mut out);
            out.push_str("</text>");
        }
        None => {
            // Five columns, mirrored: the left three decide, the right two copy them.
            for row in 0..5u64 {
                for column in 0..3u64 {
                    if bits >> (8 + row * 3 + column) & 1 == 1 {
                        for x in [column, 4 - column] {
                            let _ = write!(
                                out,
                                "<rect x=\"{}\" y=\"{}\" width=\"6\" height=\"6\" fill=\"#fff\" opacity=\".85\"/>",
                                9 + x * 6,
                                9 + row * 6
                            );
                        }
                    }
                }
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// The first letters of a name's first and last words, upper case ("Grace Hopper": "GH").
fn initials(name: &str) -> String {
    let words: Vec<&str> =
        name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphanumeric)).collect();
    let first = |w: &&str| w.chars().next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    match words.as_slice() {
        [] => String::new(),
        [only] => first(only),
        [head, .., last] => format!("{}{}", first(head), first(last)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_for_names_a_pattern_for_nobody() {
        assert_eq!(initials("Grace Brewster Hopper"), "GH");
        assert_eq!(initials("ada"), "A");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Élodie d'Arc"), "ÉD");
        let named = svg(7, Some("Grace Hopper"));
        assert!(named.contains(">GH</text>") && named.contains("aria-hidden=\"true\""));
        let anonymous = svg(7, None);
        assert!(!anonymous.contains("<text") && anonymous.contains("<rect x="));
        assert_ne!(svg(8, None), anonymous, "talks differ");
        assert_eq!(svg(7, None), anonymous, "the same talk, the same avatar");
        // A name is the speaker's own text: nothing of it but its initials reaches the markup.
        let odd = svg(1, Some("<script>alert(1)</script> Zoë"));
        assert!(!odd.contains("<script") && odd.contains(">Z</text>"), "{odd}");
    }

    #[test]
    fn white_initials_read_on_every_colour() {
        for colour in COLOURS {
            let contrast = failnight_core::validate::contrast_with_white(colour).unwrap();
            assert!(contrast >= failnight_core::validate::MIN_CONTRAST, "{colour}: {contrast:.2}");
        }
    }
}
