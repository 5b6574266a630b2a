//! Stripe over async-stripe (`=1.0.0-rc.10`, split crates, rustls on ring): Checkout Sessions
//! and refunds. Only this module names the Stripe crates; the rest of the service sees the
//! [`Payments`] trait. The API base URL is a setting, so tests point the client at a local
//! fake of the endpoints we call.

use std::str::FromStr;

use stripe::{Client, ClientBuilder, IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionLineItemsPriceData, ProductData,
};
use stripe_core::refund::CreateRefund;

use crate::payments::{BoxFuture, CheckoutRequest, CheckoutSession, Payments, RefundResult};

pub struct StripePayments {
    client: Client,
    publishable: String,
    webhook_secret: String,
}

impl std::fmt::Debug for StripePayments {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StripePayments").field("publishable", &self.publishable).finish_non_exhaustive()
    }
}

impl StripePayments {
    pub fn new(secret: &str, publishable: &str, webhook_secret: &str, api_base: &str) -> Result<Self, String> {
        let client = ClientBuilder::new(secret)
            .url(api_base)
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(StripePayments { client, publishable: publishable.into(), webhook_secret: webhook_secret.into() })
    }
}

fn key(text: &str) -> Result<RequestStrategy, String> {
    IdempotencyKey::new(text).map(RequestStrategy::Idempotent).map_err(|e| e.to_string())
}

impl Payments for StripePayments {
    fn create_checkout<'a>(&'a self, request: &'a CheckoutRequest) -> BoxFuture<'a, Result<CheckoutSession, String>> {
        Box::pin(async move {
            let currency =
                stripe_types::Currency::from_str(&request.currency).map_err(|_| "unknown currency".to_string())?;
            let mut price = CreateCheckoutSessionLineItemsPriceData::new(currency);
            price.unit_amount = Some(request.amount);
            price.product_data = Some(ProductData::new(request.product.clone()));
            let mut item = CreateCheckoutSessionLineItems::new();
            item.price_data = Some(price);
            item.quantity = Some(u64::try_from(request.quantity).unwrap_or(1));
            let session = CreateCheckoutSession::new()
                .mode(stripe_shared::CheckoutSessionMode::Payment)
                .line_items(vec![item])
                .client_reference_id(request.rsvp_id.to_string())
                .customer_email(request.email.clone())
                .success_url(request.success_url.clone())
                .cancel_url(request.cancel_url.clone())
                .expires_at(request.expires_at)
                .customize()
                .request_strategy(key(&format!("failnight-checkout-{}", request.rsvp_id))?)
                .send(&self.client)
                .await
                .map_err(|e| e.to_string())?;
            let url = session.url.ok_or_else(|| "Stripe answered a session without a URL".to_string())?;
            Ok(CheckoutSession { id: session.id.to_string(), url })
        })
    }

    fn refund<'a>(
        &'a self,
        payment_intent: &'a str,
        amount: i64,
        key_text: &'a str,
    ) -> BoxFuture<'a, Result<RefundResult, String>> {
        Box::pin(async move {
            let refund = CreateRefund::new()
                .payment_intent(payment_intent)
                .amount(amount)
                .customize()
                .request_strategy(key(key_text)?)
                .send(&self.client)
                .await
                .map_err(|e| e.to_string())?;
            let status = refund.status.map_or_else(|| "pending".to_string(), |s| s.as_str().to_string());
            Ok(RefundResult { id: refund.id.to_string(), status })
        })
    }

    fn webhook_secret(&self) -> &str {
        &self.webhook_secret
    }

    fn publishable_key(&self) -> &str {
        &self.publishable
    }
}
