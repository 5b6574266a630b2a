//! One error type for the gateway. API handlers answer it as JSON with a stable shape
//! (`{"error": {"code", "message", "fields"}}`); page handlers wrap it in [`PageError`] to
//! answer an HTML page. Each error is logged once, here, when it is a server fault.

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

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("Some fields need another look.")]
    Invalid(FieldErrors),
    #[error("{0}")]
    NotFound(&'static str),
    /// It was here and was taken down for good (a withdrawn lesson).
    #[error("{0}")]
    Gone(&'static str),
    /// The path exists, but not with this method (the answer's `Allow` header lists those).
    #[error("This address does not take this method.")]
    MethodNotAllowed,
    #[error("Sign in or send a valid API token.")]
    Unauthorized,
    #[error("You are not a host of this chapter.")]
    Forbidden,
    /// The request is understood but the thing cannot be done now (e.g. RSVPs closed).
    #[error("{1}")]
    Conflict(&'static str, String),
    #[error("{1}")]
    BadRequest(&'static str, String),
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request's body did not arrive in time.
    #[error("The request took too long to arrive. Please send it again.")]
    RequestTimeout,
    /// A rate limit was reached; try again after this many seconds at most.
    #[error("Too many requests. Please wait a little and try again.")]
    TooManyRequests(i64),
    /// The payment provider failed; the text is for logs, people get a general sentence.
    #[error("The payment provider could not be reached. Please try again in a moment.")]
    BadGateway(String),
    #[error("Something went wrong on our side. Please try again.")]
    Internal(#[source] anyhow::Error),
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
                AppError::BadRequest("malformed_json", format!("The body is not valid JSON: {}", e.body_text()))
            }
            JsonRejection::JsonDataError(e) => AppError::BadRequest(
                "invalid_json",
                format!("The JSON does not have the expected shape: {}", e.body_text()),
            ),
            JsonRejection::MissingJsonContentType(_) => {
                AppError::UnsupportedMediaType("Send the body as JSON with Content-Type: application/json.".into())
            }
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                AppError::PayloadTooLarge("The body is too large.".into())
            }
            other => AppError::BadRequest("bad_request", other.body_text()),
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
                fields: self.fields().map(|f| f.0.clone()).unwrap_or_default(),
            },
        };
        let mut response = (self.status(), Json(body)).into_response();
        self.retry_after(&mut response);
        response
    }
}

impl AppError {
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
        let page = crate::views::ErrorPage {
            lang: crate::lang::current().or_english(),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            message: self.0.to_string(),
        };
        let mut response = (status, page).into_response();
        self.0.retry_after(&mut response);
        response
    }
}
