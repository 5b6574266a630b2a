//! Capacity is never exceeded, whatever the concurrency: 300 people RSVP to a 50-seat night at
//! the same moment over HTTP.

use std::time::Duration;

use serde_json::Value;

use crate::support::{TestApp, both_backends};

both_backends!(three_hundred_rsvps_for_fifty_seats);

async fn three_hundred_rsvps_for_fifty_seats(app: TestApp) {
    let (_, event) = app.published_night("rush", 50).await;
    let id = event["id"].as_i64().unwrap();
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(300));
    let mut tasks = Vec::new();
    for n in 0..300 {
        let (client, url, start) = (app.client.clone(), app.url(&format!("/api/v1/events/{id}/rsvps")), start.clone());
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            let body = serde_json::json!({"name": format!("Person {n}"), "email": format!("person{n}@example.org")});
            let response = client.post(url).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 201);
            response.json::<Value>().await.unwrap()["status"].as_str().unwrap().to_string()
        }));
    }
    let mut confirmed = 0;
    for task in tasks {
        if task.await.unwrap() == "confirmed" {
            confirmed += 1;
        }
    }
    assert_eq!(confirmed, 50, "answers said confirmed");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 50);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'waitlisted'").await, 250);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 50);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 300);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE ics IS NOT NULL").await, 50);
    let event: Value = app.get_event(id).await.json().await.unwrap();
    assert_eq!(event["seats_left"], 0);

    // Every email is delivered exactly once.
    let mails = app.smtp.wait_for(300, Duration::from_secs(60)).await;
    let mut recipients: Vec<_> = mails.iter().map(|m| m.to[0].clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 300);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.smtp.messages().len(), 300, "no email twice");
    app.stop().await;
}
