//! One error type for the gateway. API handlers answer it as JSON with a stable shape
//! (`{"error": {"code", "message", "fields"}}`); page handlers wrap it in [`PageError`] to
//! answer an HTML page. Each error is logged once, here, when it is a server fault.

use failnight_core::Message;
use std::collections::BTreeMap;

use axum::{
    Json,
    extract::rejection::JsonRejection,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use failnight_core::{FieldErrors, Invalid};
use failnight_scheduling::SchedulingError;
use failnight_submissions::SubmissionsError;
use failnight_ticketing::TicketingError;
use serde::Serialize;

/// `Display` is the English sentence ([`AppError::message`] in any language).
#[derive(Debug)]
pub enum AppError {
    Invalid(FieldErrors),
    NotFound(Message),
    /// It was here and was taken down for good (a withdrawn lesson).
    Gone(Message),
    /// The path exists, but not with this method (the answer's `Allow` header lists those).
    MethodNotAllowed,
    Unauthorized,
    Forbidden,
    /// The request is understood but the thing cannot be done now (e.g. RSVPs closed).
    Conflict(&'static str, Message),
    BadRequest(&'static str, Message),
    PayloadTooLarge(Message),
    UnsupportedMediaType(Message),
    /// The request's body did not arrive in time.
    RequestTimeout,
    /// A rate limit was reached; try again after this many seconds at most.
    TooManyRequests(i64),
    /// The payment provider failed; the text is for logs, people get a general sentence.
    BadGateway(String),
    Internal(anyhow::Error),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AppError::Internal(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Conflict(..) => StatusCode::CONFLICT,
            AppError::BadRequest(..) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::BadGateway(_) => StatusCode::BAD_GATEWAY,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "validation_failed",
            AppError::NotFound(_) => "not_found",
            AppError::Gone(_) => "gone",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::Conflict(code, _) | AppError::BadRequest(code, _) => code,
            AppError::PayloadTooLarge(_) => "payload_too_large",
            AppError::UnsupportedMediaType(_) => "unsupported_media_type",
            AppError::RequestTimeout => "request_timeout",
            AppError::TooManyRequests(_) => "rate_limited",
            AppError::BadGateway(_) => "payment_provider_error",
            AppError::Internal(_) => "internal",
        }
    }

    pub fn fields(&self) -> Option<&FieldErrors> {
        match self {
            AppError::Invalid(fields) => Some(fields),
            _ => None,
        }
    }

    fn log(&self) {
        match self {
            AppError::Internal(error) => tracing::error!(error = format!("{error:#}"), "request failed"),
            AppError::BadGateway(error) => tracing::warn!(%error, "payment provider failed"),
            _ => {}
        }
    }
}

impl From<failnight_app::Error> for AppError {
    fn from(error: failnight_app::Error) -> Self {
        use failnight_app::Error;
        match error {
            Error::Invalid(fields) => AppError::Invalid(fields),
            Error::NotFound(what) => AppError::NotFound(what),
            Error::Forbidden => AppError::Forbidden,
            Error::Conflict(code, message) => AppError::Conflict(code, message),
            Error::BadRequest(code, message) => AppError::BadRequest(code, message),
            Error::Payment(message) => AppError::BadGateway(message),
            Error::Internal(error) => AppError::Internal(error),
        }
    }
}

/// Errors of the layers below reach HTTP through the use cases' [`failnight_app::Error`], so
/// each is mapped once.
macro_rules! through_app_error {
    ($($error:ty),*) => {$(
        impl From<$error> for AppError {
            fn from(error: $error) -> Self {
                failnight_app::Error::from(error).into()
            }
        }
    )*};
}

through_app_error!(sqlx::Error, Invalid, SchedulingError, TicketingError, SubmissionsError);

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonSyntaxError(e) => {
                AppError::BadRequest("malformed_json", Message::new("error-json-syntax").arg("detail", e.body_text()))
            }
            JsonRejection::JsonDataError(e) => {
                AppError::BadRequest("invalid_json", Message::new("error-json-shape").arg("detail", e.body_text()))
            }
            JsonRejection::MissingJsonContentType(_) => {
                AppError::UnsupportedMediaType("error-json-content-type".into())
            }
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                AppError::PayloadTooLarge("error-body-too-large".into())
            }
            other => AppError::BadRequest("bad_request", Message::text(other.body_text())),
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable, machine-readable code such as `validation_failed` or `not_found`.
    pub code: String,
    /// A sentence for people.
    pub message: String,
    /// Per-field messages, for `validation_failed`.
    pub fields: BTreeMap<String, String>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code().to_string(),
                message: self.to_string(),
                fields: self.fields().map(|f| f.in_lang(failnight_core::Lang::En)).unwrap_or_default(),
            },
        };
        let mut response = (self.status(), Json(body)).into_response();
        self.retry_after(&mut response);
        response
    }
}

impl AppError {
    /// The sentence for people, in `lang` where it is one of our messages.
    pub fn message_in(&self, lang: failnight_core::Lang) -> String {
        self.message().in_lang(lang)
    }

    /// The sentence for people, as a message (`Display` is its English).
    pub fn message(&self) -> Message {
        match self {
            AppError::Invalid(_) => Message::new("error-invalid"),
            AppError::NotFound(m)
            | AppError::Gone(m)
            | AppError::Conflict(_, m)
            | AppError::BadRequest(_, m)
            | AppError::PayloadTooLarge(m)
            | AppError::UnsupportedMediaType(m) => m.clone(),
            AppError::MethodNotAllowed => Message::new("error-method-not-allowed"),
            AppError::Unauthorized => Message::new("error-unauthorized"),
            AppError::Forbidden => Message::new("error-forbidden"),
            AppError::RequestTimeout => Message::new("error-request-timeout"),
            AppError::TooManyRequests(_) => Message::new("error-rate-limited"),
            AppError::BadGateway(_) => Message::new("error-payment-provider"),
            AppError::Internal(_) => Message::new("error-internal"),
        }
    }

    fn retry_after(&self, response: &mut Response) {
        if let AppError::TooManyRequests(secs) = self {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, (*secs).into());
        }
    }
}

/// `error` as the request at `path` expects it: JSON for the API (`/api` and below), a page
/// for everything else (for layers that answer before any handler).
pub fn answer(path: &str, error: AppError) -> Response {
    if path == "/api" || path.starts_with("/api/") { error.into_response() } else { PageError(error).into_response() }
}

/// An [`AppError`] answered as an HTML page.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(error: E) -> Self {
        PageError(error.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        self.0.log();
        let status = self.0.status();
        let lang = crate::lang::current().or_english();
        let page =
            crate::views::ErrorPage { lang, title: lang.t(status_title(status)), message: self.0.message_in(lang) };
        let mut response = (status, page).into_response();
        self.0.retry_after(&mut response);
        response
    }
}

/// The error page's heading for `status`.
fn status_title(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "error-status-400",
        401 => "error-status-401",
        403 => "error-status-403",
        404 => "error-status-404",
        405 => "error-status-405",
        408 => "error-status-408",
        409 => "error-status-409",
        410 => "error-status-410",
        413 => "error-status-413",
        415 => "error-status-415",
        422 => "error-status-422",
        429 => "error-status-429",
        500 => "error-status-500",
        502 => "error-status-502",
        _ => "error-status-other",
    }
}
