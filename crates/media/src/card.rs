//! Share cards: the picture a link to a night, a chapter or a lesson shows in a chat
//! (`og:image`). A 1200×630 PNG drawn from SVG by resvg. The text is set in the DejaVu Sans
//! files under `fonts/`, compiled in, so no system font is needed. Titles wrap at word
//! boundaries, measured in the font itself, and shrink when they are long.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::MediaError;

pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// Left edge of the text, and the width it may take.
const LEFT: f32 = 96.0;
const TEXT_WIDTH: f32 = 1200.0 - 96.0 - 80.0;
/// The title's sizes, largest first, and the most lines it may take.
const TITLE_SIZES: [f32; 3] = [68.0, 56.0, 46.0];
const TITLE_LINES: usize = 3;
const FAMILY: &str = "DejaVu Sans";

/// What a card says.
#[derive(Debug, Clone, Copy)]
pub struct Card<'a> {
    /// A short line above the title: what this is and whose ("Failure night · Berlin").
    pub kicker: &'a str,
    pub title: &'a str,
    /// Up to three lines under the title: the date, the place, "14 seats left".
    pub lines: &'a [&'a str],
    /// The chapter's accent, `#rrggbb`: the band along the left edge.
    pub accent: &'a str,
}

fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(include_bytes!("../fonts/DejaVuSans.ttf").to_vec());
            db.load_font_data(include_bytes!("../fonts/DejaVuSans-Bold.ttf").to_vec());
            Arc::new(db)
        })
        .clone()
}

fn options() -> usvg::Options<'static> {
    usvg::Options { font_family: FAMILY.to_string(), fontdb: fonts(), ..usvg::Options::default() }
}

/// `text` with XML's five special characters escaped, and control characters dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// How wide `text` is set in the bold face at `size` px.
fn width(text: &str, size: f32) -> f32 {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\"><text x=\"0\" y=\"100\" \
         font-family=\"{FAMILY}\" font-weight=\"bold\" font-size=\"{size}\">{}</text></svg>",
        escape(text)
    );
    usvg::Tree::from_str(&svg, &options()).map_or(0.0, |tree| tree.root().abs_bounding_box().width())
}

/// `title` in lines of at most `TEXT_WIDTH` at `size`, greedily by word; `None` when it takes
/// more than `max_lines` lines (or a single word is wider than a line).
fn wrap(title: &str, size: f32, max_lines: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for word in title.split_whitespace() {
        let joined = lines.last().map(|last| format!("{last} {word}"));
        match joined {
            Some(joined) if width(&joined, size) <= TEXT_WIDTH => *lines.last_mut()? = joined,
            _ => {
                if width(word, size) > TEXT_WIDTH {
                    return None;
                }
                lines.push(word.to_string());
            }
        }
        if lines.len() > max_lines {
            return None;
        }
    }
    Some(lines)
}

/// Where the title's first line starts, from the top.
const TITLE_TOP: f32 = 150.0;

/// How many title lines at `size` fit above `bottom`.
fn lines_above(size: f32, bottom: f32) -> usize {
    let first = size * 1.2;
    let more = ((bottom - TITLE_TOP - first) / (size * 1.15)).floor().max(0.0) as usize;
    (1 + more).min(TITLE_LINES)
}

/// The title's lines and size: the largest size it fits at above `bottom`; else the smallest,
/// cut with an ellipsis (and a word too long for a line cut to fit).
fn title_lines(title: &str, bottom: f32) -> (Vec<String>, f32) {
    for size in TITLE_SIZES {
        if let Some(lines) = wrap(title, size, lines_above(size, bottom)) {
            return (lines, size);
        }
    }
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let most = lines_above(size, bottom);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in title.chars() {
        let next = if c.is_whitespace() && current.is_empty() { continue } else { format!("{current}{c}") };
        if width(&next, size) > TEXT_WIDTH {
            lines.push(std::mem::take(&mut current).trim_end().to_string());
            if lines.len() == most {
                break;
            }
            current = if c.is_whitespace() { String::new() } else { c.to_string() };
        } else {
            current = next;
        }
    }
    if lines.len() < most && !current.is_empty() {
        lines.push(current);
    } else if let Some(last) = lines.last_mut() {
        // Room for the ellipsis: drop characters until it fits.
        while !last.is_empty() && width(&format!("{last}…"), size) > TEXT_WIDTH {
            last.pop();
        }
        last.push('…');
    }
    (lines, size)
}

/// `accent` if it is `#rrggbb`, else the brand's red.
fn colour(accent: &str) -> &str {
    let ok = accent.len() == 7 && accent.starts_with('#') && accent[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok { accent } else { "#b3261e" }
}

/// The card as SVG (for the PNG, and for reading in tests).
pub fn card_svg(card: &Card) -> String {
    let lines: Vec<&&str> = card.lines.iter().filter(|l| !l.trim().is_empty()).take(3).collect();
    // The lines sit on the bottom; the title takes what is above them.
    let first_line = 630.0 - 72.0 - 46.0 * lines.len().saturating_sub(1) as f32;
    let (title, size) = title_lines(card.title, first_line - 34.0 - 24.0);
    let mut texts = String::new();
    texts.push_str(&format!(
        "<text x=\"{LEFT}\" y=\"112\" font-size=\"30\" fill=\"#c9c6bd\" letter-spacing=\"2\">{}</text>",
        escape(&card.kicker.to_uppercase())
    ));
    for (i, line) in title.iter().enumerate() {
        let y = TITLE_TOP + size * 0.95 + size * 1.15 * i as f32;
        texts.push_str(&format!(
            "<text x=\"{LEFT}\" y=\"{y:.0}\" font-size=\"{size}\" font-weight=\"bold\" fill=\"#f6f4ef\">{}</text>",
            escape(line)
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        let y = first_line + 46.0 * i as f32;
        texts.push_str(&format!(
            "<text x=\"{LEFT}\" y=\"{y:.0}\" font-size=\"34\" fill=\"#f6f4ef\">{}</text>",
            escape(line)
        ));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" \
         viewBox=\"0 0 {CARD_WIDTH} {CARD_HEIGHT}\" font-family=\"{FAMILY}\">\
         <rect width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" fill=\"#1d1d1b\"/>\
         <rect width=\"28\" height=\"{CARD_HEIGHT}\" fill=\"{accent}\"/>\
         <text x=\"{brand_x}\" y=\"{brand_y}\" font-size=\"28\" font-weight=\"bold\" fill=\"#c9c6bd\" text-anchor=\"end\">failnight</text>\
         {texts}</svg>",
        accent = colour(card.accent),
        brand_x = CARD_WIDTH - 72,
        brand_y = 112,
    )
}

/// The card as a PNG.
pub fn render_card(card: &Card) -> Result<Vec<u8>, MediaError> {
    let tree = usvg::Tree::from_str(&card_svg(card), &options()).map_err(|_| MediaError::Encode)?;
    let mut pixmap = tiny_skia::Pixmap::new(CARD_WIDTH, CARD_HEIGHT).ok_or(MediaError::Encode)?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|_| MediaError::Encode)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(title: &str) -> Card<'_> {
        Card { kicker: "Failure night · Berlin", title, lines: &["Thu 11 Feb, 19:00", "Kiez Bar"], accent: "#1f5fbf" }
    }

    #[test]
    fn a_card_is_a_png_of_its_size_with_ink_on_it() {
        let png = render_card(&card("The night the build server ate our release")).unwrap();
        let image = image::load_from_memory(&png).unwrap().into_rgb8();
        assert_eq!(image.dimensions(), (CARD_WIDTH, CARD_HEIGHT));
        // The accent band, the dark paper, and light letters where the title is.
        assert_eq!(image.get_pixel(10, 300).0, [0x1f, 0x5f, 0xbf]);
        assert_eq!(image.get_pixel(600, 20).0, [0x1d, 0x1d, 0x1b]);
        let light =
            (200..330).flat_map(|y| (96..1100).map(move |x| (x, y))).filter(|&(x, y)| image.get_pixel(x, y).0[0] > 200);
        assert!(light.count() > 5_000, "the title is drawn");
    }

    #[test]
    fn titles_wrap_by_word_and_shrink_then_cut() {
        let room = 430.0;
        let (lines, size) = title_lines("Short title", room);
        assert_eq!((lines, size), (vec!["Short title".to_string()], 68.0));
        let long = "How we launched a product nobody wanted, twice, and what the second time taught us about listening";
        let (lines, size) = title_lines(long, room);
        assert!(lines.len() <= TITLE_LINES && size < 68.0, "{lines:?} at {size}");
        assert!(lines.iter().all(|l| width(l, size) <= TEXT_WIDTH), "{lines:?}");
        let endless = "word ".repeat(80);
        let (lines, _) = title_lines(&endless, room);
        assert_eq!(lines.len(), TITLE_LINES);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        let (lines, size) = title_lines(&"x".repeat(300), room);
        assert!(lines.len() == TITLE_LINES && lines.iter().all(|l| width(l, size) <= TEXT_WIDTH));
        // Less room, fewer lines.
        assert!(title_lines(long, 300.0).0.len() < TITLE_LINES);
    }

    #[test]
    fn text_is_escaped_and_a_bad_accent_is_not_used() {
        let svg = card_svg(&Card { accent: "red\" onload=\"x", ..card("<script>&\"'") });
        assert!(svg.contains("&lt;script&gt;&amp;&quot;&apos;") && !svg.contains("<script>"));
        assert!(svg.contains("fill=\"#b3261e\"") && !svg.contains("onload"));
        assert!(render_card(&card("Ünïcödé — “quotes” · €5")).is_ok());
    }
}
