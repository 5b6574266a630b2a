//! The `stage` scenario: a night on stage with a full room. `--viewers` phones follow the
//! audience's live stream (`/e/{id}/live/events`, spread over the instances) while the room
//! asks questions and votes and a host moderates them; a host's control actions (start, then
//! pause, next segment, resume, previous segment, round and round) go to the first instance.
//! Measured: for each action, the time from sending it to each viewer's receiving the stage's
//! new version. Checked: every viewer received every version.

use std::{
    collections::HashSet,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, ensure};
use tokio::sync::mpsc;

use crate::http::{self, Conn, EventStream, Samples};

/// What the room does meanwhile.
pub struct Room {
    pub viewers: usize,
    pub actions: usize,
    pub questions_per_sec: f64,
    pub votes_per_sec: f64,
}

/// The night under load.
pub struct Night<'a> {
    pub addrs: &'a [String],
    pub event_id: i64,
    pub slug: &'a str,
    /// A chapter owner's session token.
    pub session: &'a str,
}

/// What one run measured.
pub struct Outcome {
    pub samples: Samples,
    /// Viewers that missed a version (never received it within [`PATIENCE`]).
    pub missed: u64,
    pub failed_actions: u64,
    pub state_events: u64,
    pub streams_lost: u64,
    pub questions: u64,
    pub approved: u64,
    pub votes: u64,
    pub room_errors: u64,
}

/// How long every viewer has to receive a version before it counts as missed.
const PATIENCE: Duration = Duration::from_secs(5);

/// The stage's version in a snapshot (`"version":` comes second, right after `now`; a quote in
/// a question's text is escaped, so the pattern cannot start inside a string).
fn version_of(data: &str) -> Option<i64> {
    let rest = &data[data.find("\"version\":")? + 10..];
    rest[..rest.find(|c: char| !c.is_ascii_digit())?].parse().ok()
}

pub async fn run(night: &Night<'_>, room: &Room) -> anyhow::Result<Outcome> {
    let events_path = format!("/e/{}/live/events", night.event_id);
    // Every phone connects and reads its first snapshot before the night starts.
    let mut streams = Vec::with_capacity(room.viewers);
    for n in 0..room.viewers {
        let addr = &night.addrs[n % night.addrs.len()];
        let mut stream = EventStream::open(addr, &events_path).await.context("while opening a viewer's stream")?;
        let (event, data) = stream.next().await?;
        ensure!(event == "state" && version_of(&data).is_some(), "the first event is a snapshot: {event} {data}");
        streams.push((stream, version_of(&data).unwrap_or_default()));
    }
    let first = streams.first().map_or(0, |(_, version)| *version);
    ensure!(streams.iter().all(|(_, v)| *v == first), "every phone starts at the same version");
    let (arrivals_tx, mut arrivals) = mpsc::unbounded_channel::<(i64, Instant)>();
    let state_events = Arc::new(AtomicU64::new(0));
    let streams_lost = Arc::new(AtomicU64::new(0));
    let mut viewers = tokio::task::JoinSet::new();
    for (mut stream, mut seen) in streams {
        let (arrivals_tx, state_events, streams_lost) =
            (arrivals_tx.clone(), state_events.clone(), streams_lost.clone());
        viewers.spawn(async move {
            loop {
                match stream.next().await {
                    Ok((event, data)) if event == "state" => {
                        state_events.fetch_add(1, Ordering::Relaxed);
                        if let Some(version) = version_of(&data).filter(|v| *v > seen) {
                            seen = version;
                            let _ = arrivals_tx.send((version, Instant::now()));
                        }
                    }
                    Ok(_) => {}
                    Err(_) => {
                        streams_lost.fetch_add(1, Ordering::Relaxed);
                        return;
                    }
                }
            }
        });
    }
    drop(arrivals_tx);

    let host = night.addrs[0].clone();
    let cookie = format!("failnight_session={}", night.session);
    let control = format!("/host/c/{}/events/{}/stage/control", night.slug, night.event_id);
    let mut conn = Conn::new(&host);
    let mut samples = Samples::default();
    // The night starts (questions open): the first action measured.
    let sent = Instant::now();
    let response = conn.send(&http::post_form(&host, &control, &cookie, "action=start")).await?;
    ensure!(response.status == 204, "start answered {}: {}", response.status, String::from_utf8_lossy(&response.body));
    let mut version = first + 1;
    let mut missed = collect(&mut arrivals, version, sent, room.viewers, &mut samples).await;

    let stop = Arc::new(tokio::sync::Notify::new());
    let rates = (room.questions_per_sec, room.votes_per_sec);
    let room_task = tokio::spawn(the_room(
        night.addrs.to_vec(),
        night.event_id,
        control.clone(),
        cookie.clone(),
        rates,
        stop.clone(),
    ));

    let cycle = ["pause", "next_segment", "resume", "previous_segment"];
    let mut failed_actions = 0;
    let started = Instant::now();
    for n in 1..room.actions {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let action = cycle[(n - 1) % cycle.len()];
        let sent = Instant::now();
        match conn.send(&http::post_form(&host, &control, &cookie, &format!("action={action}"))).await {
            Ok(response) if response.status == 204 => {
                version += 1;
                missed += collect(&mut arrivals, version, sent, room.viewers, &mut samples).await;
            }
            _ => failed_actions += 1,
        }
    }
    samples.elapsed = started.elapsed();
    stop.notify_one();
    let room = room_task.await.context("the room's task")?;
    viewers.abort_all();
    Ok(Outcome {
        samples,
        missed,
        failed_actions,
        state_events: state_events.load(Ordering::Relaxed),
        streams_lost: streams_lost.load(Ordering::Relaxed),
        questions: room.questions,
        approved: room.approved,
        votes: room.votes,
        room_errors: room.errors,
    })
}

/// Waits until `viewers` arrivals of `version` came (or [`PATIENCE`] passed), recording each
/// one's delay since `sent`; how many never came.
async fn collect(
    arrivals: &mut mpsc::UnboundedReceiver<(i64, Instant)>,
    version: i64,
    sent: Instant,
    viewers: usize,
    samples: &mut Samples,
) -> u64 {
    let deadline = sent + PATIENCE;
    let mut got = 0;
    while got < viewers {
        match tokio::time::timeout_at(deadline.into(), arrivals.recv()).await {
            Ok(Some((v, at))) if v == version => {
                got += 1;
                samples.micros.push(u32::try_from(at.saturating_duration_since(sent).as_micros()).unwrap_or(u32::MAX));
            }
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => break,
        }
    }
    (viewers - got) as u64
}

#[derive(Default)]
struct RoomTally {
    questions: u64,
    approved: u64,
    votes: u64,
    errors: u64,
}

/// The room: questions asked at `questions_per_sec` (each from a phone of its own), approved
/// by the host as they come, and votes at `votes_per_sec` from a thousand phones for the
/// approved ones; until `stop`.
async fn the_room(
    addrs: Vec<String>,
    event_id: i64,
    control: String,
    cookie: String,
    (questions_per_sec, votes_per_sec): (f64, f64),
    stop: Arc<tokio::sync::Notify>,
) -> RoomTally {
    let tally = Arc::new(Mutex::new(RoomTally::default()));
    let approved = Arc::new(Mutex::new(Vec::<i64>::new()));
    let mut tasks = tokio::task::JoinSet::new();
    if questions_per_sec > 0.0 {
        let (tally, approved, addrs) = (tally.clone(), approved.clone(), addrs.clone());
        tasks.spawn(async move {
            let host = addrs[0].clone();
            let mut host_conn = Conn::new(&host);
            let mut known = HashSet::new();
            let mut every = tokio::time::interval(Duration::from_secs_f64(1.0 / questions_per_sec));
            for n in 0u64.. {
                every.tick().await;
                let addr = &addrs[n as usize % addrs.len()];
                let phone = format!("failnight_live=asker{n:016}");
                let body = format!("text=Question+number+{n}%3A+what+would+you+do+differently%3F&name=");
                let asked = Conn::new(addr)
                    .send(&http::post_form(addr, &format!("/e/{event_id}/live/ask"), &phone, &body))
                    .await;
                let ok = matches!(&asked, Ok(r) if r.status == 303);
                // The host approves what waits (the control page lists it).
                let page = host_conn.send(&http::get_with_cookie(&host, &control, &cookie)).await;
                let pending: Vec<i64> = match &page {
                    Ok(r) if r.status == 200 => pending_ids(&String::from_utf8_lossy(&r.body), &control),
                    _ => Vec::new(),
                };
                let mut errors = u64::from(!ok) + u64::from(!matches!(&page, Ok(r) if r.status == 200));
                for id in pending.into_iter().filter(|id| known.insert(*id)) {
                    let path = format!("{}/questions/{id}", control.trim_end_matches("/control"));
                    match host_conn.send(&http::post_form(&host, &path, &cookie, "status=approved")).await {
                        Ok(r) if r.status == 204 => {
                            approved.lock().expect("not poisoned").push(id);
                            tally.lock().expect("not poisoned").approved += 1;
                        }
                        _ => errors += 1,
                    }
                }
                let mut tally = tally.lock().expect("not poisoned");
                tally.questions += u64::from(ok);
                tally.errors += errors;
            }
        });
    }
    if votes_per_sec > 0.0 {
        let (tally, approved) = (tally.clone(), approved.clone());
        tasks.spawn(async move {
            let mut rng = failnight_core::rng::Rng(7);
            let mut every = tokio::time::interval(Duration::from_secs_f64(1.0 / votes_per_sec));
            let mut conns: Vec<Conn> = addrs.iter().map(|a| Conn::new(a)).collect();
            loop {
                every.tick().await;
                let question = {
                    let approved = approved.lock().expect("not poisoned");
                    if approved.is_empty() {
                        continue;
                    }
                    approved[rng.below(approved.len() as u64) as usize]
                };
                let i = rng.below(addrs.len() as u64) as usize;
                let phone = format!("failnight_live=voter{:016}", rng.below(1000));
                let path = format!("/e/{event_id}/live/questions/{question}/vote");
                let voted = conns[i].send(&http::post_form(&addrs[i], &path, &phone, "")).await;
                let mut tally = tally.lock().expect("not poisoned");
                match voted {
                    Ok(r) if r.status == 303 => tally.votes += 1,
                    _ => tally.errors += 1,
                }
            }
        });
    }
    stop.notified().await;
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    Arc::try_unwrap(tally).map(|m| m.into_inner().expect("not poisoned")).unwrap_or_default()
}

/// The numbers of the questions the control page offers to approve.
fn pending_ids(page: &str, control: &str) -> Vec<i64> {
    let prefix = format!("{}/questions/", control.trim_end_matches("/control"));
    let mut ids = Vec::new();
    let mut rest = page;
    while let Some(at) = rest.find(&prefix) {
        rest = &rest[at + prefix.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(id) = digits.parse() {
            ids.push(id);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_snapshots() {
        assert_eq!(version_of(r#"{"now":1,"version":42,"segment":0}"#), Some(42));
        assert_eq!(version_of(r#"{"now":1,"questions":[{"text":"\"version\":9"}]}"#), None);
        assert_eq!(version_of(r#"{"now":1}"#), None);
    }
}
