//! A local fake of the Stripe endpoints we call (`POST /v1/checkout/sessions`,
//! `POST /v1/refunds`), answering objects shaped like Stripe's documented ones, and webhook
//! events signed exactly as Stripe signs them.

use std::sync::{Arc, Mutex};

use axum::{
    Json, Router,
    body::Bytes,
    http::{HeaderMap, StatusCode, Uri},
    response::IntoResponse,
};
use serde_json::{Value, json};
use tokio::{net::TcpListener, task::JoinHandle};

pub const SECRET_KEY: &str = "sk_test_failnight";
pub const PUBLISHABLE_KEY: &str = "pk_test_failnight";
pub const WEBHOOK_SECRET: &str = "whsec_failnight_test";

/// A request the fake received.
#[derive(Debug, Clone)]
pub struct Call {
    pub path: String,
    /// The form body, percent-decoded (`line_items[0][price_data][unit_amount]=1500&…`).
    pub form: String,
    pub idempotency_key: Option<String>,
    pub authorization: Option<String>,
}

#[derive(Default)]
struct Inner {
    calls: Mutex<Vec<Call>>,
    sessions: Mutex<Vec<Value>>,
    /// When set, the next checkout creation fails with a 500.
    fail_next: Mutex<bool>,
    /// How many of the next refunds fail (Stripe's 500).
    failing_refunds: Mutex<usize>,
}

pub struct FakeStripe {
    pub url: String,
    inner: Arc<Inner>,
    task: JoinHandle<()>,
}

fn decode(text: &str) -> String {
    let bytes = text.replace('+', " ").into_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

fn field<'a>(form: &'a str, key: &str) -> Option<&'a str> {
    form.split('&').find_map(|pair| pair.strip_prefix(&format!("{key}=")))
}

impl FakeStripe {
    pub async fn start() -> FakeStripe {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let inner = Arc::new(Inner::default());
        let state = inner.clone();
        let app = Router::new().fallback(move |uri: Uri, headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            async move { handle(&state, uri, headers, body).await }
        });
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeStripe { url, inner, task }
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.calls.lock().unwrap().clone()
    }

    /// The sessions created so far (as Stripe answered them).
    pub fn sessions(&self) -> Vec<Value> {
        self.inner.sessions.lock().unwrap().clone()
    }

    pub fn fail_next_checkout(&self) {
        *self.inner.fail_next.lock().unwrap() = true;
    }

    pub fn fail_refunds(&self, n: usize) {
        *self.inner.failing_refunds.lock().unwrap() = n;
    }

    /// A Stripe event of `kind` about `object`, as Stripe sends it.
    pub fn event(id: &str, kind: &str, object: Value) -> String {
        json!({
            "id": id,
            "object": "event",
            "api_version": "2025-09-30.clover",
            "created": chrono::Utc::now().timestamp(),
            "livemode": false,
            "pending_webhooks": 1,
            "request": {"id": null, "idempotency_key": null},
            "type": kind,
            "data": {"object": object},
        })
        .to_string()
    }

    /// `session` paid: what `checkout.session.completed` carries.
    pub fn completed(session: &Value, payment_intent: &str) -> Value {
        let mut paid = session.clone();
        paid["status"] = json!("complete");
        paid["payment_status"] = json!("paid");
        paid["payment_intent"] = json!(payment_intent);
        paid
    }

    pub fn expired(session: &Value) -> Value {
        let mut expired = session.clone();
        expired["status"] = json!("expired");
        expired["url"] = Value::Null;
        expired
    }
}

impl Drop for FakeStripe {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// `Stripe-Signature` for `payload` signed at `t` with `secret`, exactly as Stripe does.
pub fn signature(payload: &str, secret: &str, t: i64) -> String {
    failnight_ticketing::payments::sign(payload.as_bytes(), secret, t)
}

async fn handle(state: &Inner, uri: Uri, headers: HeaderMap, body: Bytes) -> axum::response::Response {
    let form = decode(&String::from_utf8_lossy(&body));
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let call = Call {
        path: uri.path().to_string(),
        form: form.clone(),
        idempotency_key: header("idempotency-key"),
        authorization: header("authorization"),
    };
    state.calls.lock().unwrap().push(call);
    let now = chrono::Utc::now().timestamp();
    if uri.path().ends_with("/v1/checkout/sessions") {
        if std::mem::take(&mut *state.fail_next.lock().unwrap()) {
            let error = json!({"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}});
            return (StatusCode::INTERNAL_SERVER_ERROR, Json(error)).into_response();
        }
        let n = state.sessions.lock().unwrap().len() + 1;
        let id = format!("cs_test_fake{n:04}");
        let unit: i64 =
            field(&form, "line_items[0][price_data][unit_amount]").and_then(|v| v.parse().ok()).unwrap_or(0);
        let quantity: i64 = field(&form, "line_items[0][quantity]").and_then(|v| v.parse().ok()).unwrap_or(1);
        let session = json!({
            "id": id,
            "object": "checkout.session",
            "adaptive_pricing": null,
            "after_expiration": null,
            "allow_promotion_codes": null,
            "amount_subtotal": unit * quantity,
            "amount_total": unit * quantity,
            "automatic_tax": {"enabled": false, "liability": null, "provider": null, "status": null},
            "billing_address_collection": null,
            "cancel_url": field(&form, "cancel_url"),
            "client_reference_id": field(&form, "client_reference_id"),
            "client_secret": null,
            "collected_information": null,
            "consent": null,
            "consent_collection": null,
            "created": now,
            "currency": field(&form, "line_items[0][price_data][currency]").unwrap_or("eur"),
            "currency_conversion": null,
            "custom_fields": [],
            "custom_text": {"after_submit": null, "shipping_address": null, "submit": null, "terms_of_service_acceptance": null},
            "customer": null,
            "customer_creation": "if_required",
            "customer_details": null,
            "customer_email": field(&form, "customer_email"),
            "discounts": [],
            "expires_at": field(&form, "expires_at").and_then(|v| v.parse::<i64>().ok()).unwrap_or(now + 1800),
            "invoice": null,
            "invoice_creation": null,
            "livemode": false,
            "locale": null,
            "metadata": {},
            "mode": "payment",
            "payment_intent": null,
            "payment_link": null,
            "payment_method_collection": "if_required",
            "payment_method_configuration_details": null,
            "payment_method_options": {},
            "payment_method_types": ["card"],
            "payment_status": "unpaid",
            "phone_number_collection": {"enabled": false},
            "recovered_from": null,
            "saved_payment_method_options": null,
            "setup_intent": null,
            "shipping_address_collection": null,
            "shipping_cost": null,
            "shipping_options": [],
            "status": "open",
            "submit_type": null,
            "subscription": null,
            "success_url": field(&form, "success_url"),
            "total_details": {"amount_discount": 0, "amount_shipping": 0, "amount_tax": 0},
            "ui_mode": "hosted",
            "url": format!("https://checkout.stripe.com/c/pay/{id}"),
        });
        state.sessions.lock().unwrap().push(session.clone());
        return Json(session).into_response();
    }
    if uri.path().ends_with("/v1/refunds") {
        {
            let mut failing = state.failing_refunds.lock().unwrap();
            if *failing > 0 {
                *failing -= 1;
                let error = json!({"error": {"type": "api_error", "message": "Something went wrong on Stripe's end."}});
                return (StatusCode::INTERNAL_SERVER_ERROR, Json(error)).into_response();
            }
        }
        let n = state.calls.lock().unwrap().iter().filter(|c| c.path.ends_with("/v1/refunds")).count();
        let refund = json!({
            "id": format!("re_test_fake{n:04}"),
            "object": "refund",
            "amount": field(&form, "amount").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0),
            "balance_transaction": null,
            "charge": null,
            "created": now,
            "currency": "eur",
            "metadata": {},
            "payment_intent": field(&form, "payment_intent"),
            "reason": null,
            "receipt_number": null,
            "source_transfer_reversal": null,
            "status": "succeeded",
            "transfer_reversal": null,
        });
        return Json(refund).into_response();
    }
    (
        StatusCode::NOT_FOUND,
        Json(json!({"error": {"type": "invalid_request_error", "message": "Unrecognized request URL"}})),
    )
        .into_response()
}
