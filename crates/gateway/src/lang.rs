//! Which language a visitor's pages speak (ARCHITECTURE.md, "Languages"): an explicit choice
//! first (`?lang=es` from the language switch on every page, remembered in a cookie), then the
//! browser's `Accept-Language` where it names a language of ours, then the chapter's.

use std::convert::Infallible;

use axum::{
    extract::{FromRequestParts, Request},
    http::{HeaderValue, header, request::Parts},
    middleware::Next,
    response::Response,
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use failnight_core::Lang;

/// The cookie that remembers a visitor's explicit choice.
pub const LANG_COOKIE: &str = "failnight_lang";

/// What a request asks for. A page resolves it against its chapter's language
/// ([`Choice::resolve`]); pages without a chapter use English as the last resort.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Choice {
    /// `?lang=` or the cookie.
    pub explicit: Option<Lang>,
    /// The best of ours in `Accept-Language`.
    pub accepted: Option<Lang>,
}

impl Choice {
    /// The language of a page whose chapter speaks `chapter`.
    pub fn resolve(self, chapter: Lang) -> Lang {
        self.explicit.or(self.accepted).unwrap_or(chapter)
    }

    /// The language of a page that belongs to no chapter (the front page, the library).
    pub fn or_english(self) -> Lang {
        self.resolve(Lang::En)
    }

    /// The page cache's part of a key: what the visitor asked for, not what it resolved to
    /// (the chapter's language is read with the page, so "nothing asked" is its own entry).
    pub fn cache_key(self) -> &'static str {
        self.explicit.or(self.accepted).map_or("-", Lang::as_str)
    }
}

/// `?lang=` of a request, when it names a language of ours.
fn from_query(parts: &Parts) -> Option<Lang> {
    let query = parts.uri.query()?;
    url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_tag(&v))
}

impl Choice {
    /// What the request asks for: what [`remember`] read for it (every route passes through
    /// it), else its query, cookie and `Accept-Language` read now.
    pub fn of(parts: &Parts) -> Choice {
        CURRENT.try_with(|c| *c).unwrap_or_else(|_| Choice::read(parts, from_query(parts)))
    }

    /// What `?lang=` (`query`, already read), the cookie and `Accept-Language` ask for.
    fn read(parts: &Parts, query: Option<Lang>) -> Choice {
        let explicit = query.or_else(|| {
            CookieJar::from_headers(&parts.headers).get(LANG_COOKIE).and_then(|c| Lang::from_tag(c.value()))
        });
        let accepted =
            parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate);
        Choice { explicit, accepted }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Choice {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(Choice::of(parts))
    }
}

tokio::task_local! {
    static CURRENT: Choice;
}

/// What the request being answered asked for, for the few answers made without a handler's
/// help (error pages); the default outside a request.
pub fn current() -> Choice {
    CURRENT.try_with(|c| *c).unwrap_or_default()
}

/// Remembers a `?lang=` choice in a cookie (a year, every path) and says that pages vary by
/// language, so a shared cache never hands a Spanish page to a German visitor.
pub async fn remember(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let chosen = from_query(&parts);
    let choice = Choice::read(&parts, chosen);
    let mut response = CURRENT.scope(choice, next.run(Request::from_parts(parts, body))).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        response.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        if let Some(lang) = chosen {
            let cookie = Cookie::build((LANG_COOKIE, lang.as_str()))
                .path("/")
                .same_site(SameSite::Lax)
                .max_age(time::Duration::days(365))
                .build();
            if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_choice_wins_then_the_browser_then_the_chapter() {
        let both = Choice { explicit: Some(Lang::De), accepted: Some(Lang::Fr) };
        assert_eq!(both.resolve(Lang::Es), Lang::De);
        let browser = Choice { explicit: None, accepted: Some(Lang::Fr) };
        assert_eq!(browser.resolve(Lang::Es), Lang::Fr);
        assert_eq!(Choice::default().resolve(Lang::Es), Lang::Es);
        assert_eq!(Choice::default().cache_key(), "-");
        assert_eq!(browser.cache_key(), "fr");
    }
}
