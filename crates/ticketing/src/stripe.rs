//! Stripe over async-stripe (placeholder while the paid flow is built).

use crate::payments::{BoxFuture, CheckoutRequest, CheckoutSession, Payments, RefundResult};

#[derive(Debug)]
pub struct StripePayments {
    publishable: String,
    webhook_secret: String,
}

impl StripePayments {
    pub fn new(_secret: &str, publishable: &str, webhook_secret: &str, _api_base: &str) -> Result<Self, String> {
        Ok(StripePayments { publishable: publishable.into(), webhook_secret: webhook_secret.into() })
    }
}

impl Payments for StripePayments {
    fn create_checkout<'a>(&'a self, _request: &'a CheckoutRequest) -> BoxFuture<'a, Result<CheckoutSession, String>> {
        Box::pin(async { Err("not yet".to_string()) })
    }
    fn refund<'a>(&'a self, _pi: &'a str, _amount: i64, _key: &'a str) -> BoxFuture<'a, Result<RefundResult, String>> {
        Box::pin(async { Err("not yet".to_string()) })
    }
    fn webhook_secret(&self) -> &str {
        &self.webhook_secret
    }
    fn publishable_key(&self) -> &str {
        &self.publishable
    }
}
