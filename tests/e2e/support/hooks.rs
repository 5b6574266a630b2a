//! A webhook receiver on 127.0.0.1: records every request it gets, answers as told, and can go
//! down (its port refuses connections) and come back on the same port. Every answer closes
//! its connection, so an outage is seen by the next attempt, not hidden by a kept-alive one.

use std::sync::{Arc, Mutex};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::any,
};
use tokio::{net::TcpListener, task::JoinHandle};

/// How the receiver answers.
#[derive(Debug, Clone)]
pub enum Answer {
    /// 200 `thanks`.
    Thanks,
    Status(u16),
    /// 307 to this URL.
    Redirect(String),
}

/// One request received.
#[derive(Debug, Clone)]
pub struct Got {
    pub path: String,
    pub headers: HeaderMap,
    pub body: String,
}

impl Got {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

#[derive(Debug)]
struct Inner {
    got: Vec<Got>,
    answer: Answer,
}

pub struct Receiver {
    pub port: u16,
    inner: Arc<Mutex<Inner>>,
    server: Mutex<Option<JoinHandle<()>>>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let receiver = Receiver {
            port,
            inner: Arc::new(Mutex::new(Inner { got: Vec::new(), answer: Answer::Thanks })),
            server: Mutex::new(None),
        };
        receiver.serve(listener);
        receiver
    }

    fn serve(&self, listener: TcpListener) {
        async fn record(
            State(inner): State<Arc<Mutex<Inner>>>,
            uri: axum::http::Uri,
            headers: HeaderMap,
            body: Bytes,
        ) -> Response {
            let mut inner = inner.lock().unwrap();
            inner.got.push(Got {
                path: uri.path().to_string(),
                headers,
                body: String::from_utf8_lossy(&body).into_owned(),
            });
            let close = [(header::CONNECTION, "close")];
            match inner.answer.clone() {
                Answer::Thanks => (close, "thanks").into_response(),
                Answer::Status(code) => (StatusCode::from_u16(code).unwrap(), close, "not now").into_response(),
                Answer::Redirect(to) => (
                    StatusCode::TEMPORARY_REDIRECT,
                    [(header::CONNECTION, "close"), (header::LOCATION, to.as_str())],
                    "",
                )
                    .into_response(),
            }
        }
        let router = Router::new().route("/{*path}", any(record)).with_state(self.inner.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        *self.server.lock().unwrap() = Some(task);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn answer(&self, answer: Answer) {
        self.inner.lock().unwrap().answer = answer;
    }

    pub fn got(&self) -> Vec<Got> {
        self.inner.lock().unwrap().got.clone()
    }

    /// Stops listening: connections to the port are refused once this returns.
    pub async fn down(&self) {
        let task = self.server.lock().unwrap().take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port.
    pub async fn up(&self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.serve(listener);
    }

    /// Waits until `n` requests arrived (at most ten seconds); returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Got> {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let got = self.got();
            if got.len() >= n {
                return got;
            }
            assert!(tokio::time::Instant::now() < deadline, "the receiver got {} of {n} requests", got.len());
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        if let Some(task) = self.server.lock().unwrap().take() {
            task.abort();
        }
    }
}

/// Checks a `Failnight-Signature` header over `body` with `secret` by an implementation of
/// HMAC-SHA256 other than the server's (ring's, where the server uses RustCrypto's): the
/// timestamp it carries, if the signature is right.
pub fn verified_timestamp(secret: &str, header: &str, body: &str) -> Option<i64> {
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", value)) => t = Some(value),
            Some(("v1", value)) => v1 = Some(value),
            _ => {}
        }
    }
    let (t, v1) = (t?, v1?);
    let tag: Vec<u8> =
        (0..v1.len()).step_by(2).map(|i| u8::from_str_radix(v1.get(i..i + 2)?, 16).ok()).collect::<Option<_>>()?;
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    ring::hmac::verify(&key, format!("{t}.{body}").as_bytes(), &tag).ok()?;
    t.parse().ok()
}
