//! Lesson text as HTML: speakers write plain text, never HTML. Blank lines make paragraphs,
//! a single line break stays one, `http(s)://` addresses become links (`rel="nofollow ugc"`:
//! the site vouches for none of them), and everything else is escaped. Nothing else is ever a
//! link (`javascript:`, `data:` and the like stay text).

use std::fmt::Write;

/// `text` as HTML paragraphs (see the module docs).
pub fn to_html(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    for line in text.split('\n').chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !paragraph.is_empty() {
                out.push_str("<p>");
                for (i, line) in paragraph.iter().enumerate() {
                    if i > 0 {
                        out.push_str("<br>\n");
                    }
                    linked(line, &mut out);
                }
                out.push_str("</p>\n");
                paragraph.clear();
            }
        } else {
            paragraph.push(line.trim_end());
        }
    }
    out
}

/// One line, escaped, with its `http(s)://` addresses as links.
fn linked(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(start) = next_url(rest) {
        let (before, from) = rest.split_at(start);
        escape(before, out);
        let end = from.find(char::is_whitespace).unwrap_or(from.len());
        let candidate = trim_url(&from[..end]);
        match url::Url::parse(candidate) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && plain_host(&url) => {
                out.push_str("<a href=\"");
                escape(url.as_str(), out);
                out.push_str("\" rel=\"nofollow ugc\">");
                escape(candidate, out);
                out.push_str("</a>");
            }
            _ => escape(candidate, out),
        }
        rest = &from[candidate.len()..];
    }
    escape(rest, out);
}

/// A host a person would type: a name of letters, digits, dots and hyphens (after IDNA), or
/// an IP address. Anything stranger the URL parser let through stays text.
fn plain_host(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        }
        Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => true,
        None => false,
    }
}

/// Where the next `http://` or `https://` starts that is not inside a word.
fn next_url(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("http").map(|i| i + from) {
        let rest = &lower[found..];
        let starts_word = lower[..found].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        if starts_word && (rest.starts_with("http://") || rest.starts_with("https://")) {
            return Some(found);
        }
        from = found + 4;
    }
    None
}

/// An address without the punctuation that ends the sentence around it: trailing `.,;:!?'"`
/// and a closing parenthesis it did not open.
fn trim_url(mut url: &str) -> &str {
    loop {
        let Some(last) = url.chars().next_back() else { return url };
        let unbalanced = last == ')' && url.matches(')').count() > url.matches('(').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '<' | '>') || unbalanced {
            url = &url[..url.len() - last.len_utf8()];
        } else {
            return url;
        }
    }
}

pub(crate) fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => {
                let _ = out.write_char(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn paragraphs_and_line_breaks() {
        assert_eq!(to_html("One.\nStill one.\n\n\nTwo."), "<p>One.<br>\nStill one.</p>\n<p>Two.</p>\n");
        assert_eq!(to_html("  \n\n"), "");
        assert_eq!(to_html("a\r\n\r\nb"), "<p>a</p>\n<p>b</p>\n");
    }

    #[test]
    fn everything_is_escaped() {
        assert_eq!(
            to_html("<script>alert('x')</script> & \"q\""),
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>\n"
        );
        assert_eq!(to_html("<b>bold</b>"), "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n");
    }

    #[test]
    fn http_addresses_become_links_without_trailing_punctuation() {
        assert_eq!(
            to_html("See https://example.org/a?b=1&c=2. Then (http://x.test/y)."),
            "<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">https://example.org/a?b=1&amp;c=2</a>. \
             Then (<a href=\"http://x.test/y\" rel=\"nofollow ugc\">http://x.test/y</a>).</p>\n"
        );
        assert_eq!(
            to_html("https://en.wikipedia.org/wiki/Fail_(band)"),
            "<p><a href=\"https://en.wikipedia.org/wiki/Fail_(band)\" rel=\"nofollow ugc\">https://en.wikipedia.org/wiki/Fail_(band)</a></p>\n"
        );
    }

    #[test]
    fn nothing_else_is_a_link() {
        for text in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:x",
            "xhttps://example.org",
            "https://",
            "http://\"onmouseover=alert(1)",
            "ftp://example.org",
        ] {
            let html = to_html(text);
            assert!(!html.contains("<a "), "{text} became a link: {html}");
            assert!(!html.contains("<b>") && !html.contains("\"on"), "{text} not escaped: {html}");
        }
        // A quote ends nothing: it is escaped inside the link's text and href.
        let html = to_html("https://example.org/\"><script>");
        assert!(!html.contains("<script>"), "{html}");
    }
}
