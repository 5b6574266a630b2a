//! A tiny SMTP sink: enough of RFC 5321 for lettre's pooled client (EHLO/HELO, MAIL, RCPT,
//! DATA, RSET, NOOP, QUIT). It keeps no message, only how often each Message-ID arrived, so
//! "each exactly once" can be checked for tens of thousands of messages.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Instant,
};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
};

#[derive(Default)]
struct Counts {
    by_id: HashMap<String, u32>,
    total: u64,
    first: Option<Instant>,
    last: Option<Instant>,
}

#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    counts: Arc<Mutex<Counts>>,
}

/// What the sink received: messages, distinct Message-IDs, duplicates, first and last arrival.
#[derive(Debug, Clone)]
pub struct Tally {
    pub total: u64,
    pub distinct: usize,
    pub duplicated: usize,
    pub first: Option<Instant>,
    pub last: Option<Instant>,
}

impl Sink {
    pub async fn start() -> anyhow::Result<Sink> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let counts = Arc::new(Mutex::new(Counts::default()));
        let shared = counts.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let counts = shared.clone();
                tokio::spawn(async move {
                    let _ = session(stream, counts).await;
                });
            }
        });
        Ok(Sink { port, counts })
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn reset(&self) {
        *self.counts.lock().expect("sink lock") = Counts::default();
    }

    pub fn tally(&self) -> Tally {
        let counts = self.counts.lock().expect("sink lock");
        Tally {
            total: counts.total,
            distinct: counts.by_id.len(),
            duplicated: counts.by_id.values().filter(|n| **n > 1).count(),
            first: counts.first,
            last: counts.last,
        }
    }
}

async fn session(stream: TcpStream, counts: Arc<Mutex<Counts>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    write.write_all(b"220 failnight-bench sink\r\n").await?;
    let mut line = String::new();
    loop {
        line.clear();
        if read.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-failnight-bench\r\n250 8BITMIME\r\n",
            "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 ok\r\n",
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            "DATA" => {
                write.write_all(b"354 go on\r\n").await?;
                let mut message_id = None;
                let mut in_headers = true;
                loop {
                    line.clear();
                    if read.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    if in_headers {
                        if line.trim_end().is_empty() {
                            in_headers = false;
                        } else if line.len() > 11 && line[..11].eq_ignore_ascii_case("message-id:") {
                            message_id = Some(line[11..].trim().to_string());
                        }
                    }
                }
                let now = Instant::now();
                let mut counts = counts.lock().expect("sink lock");
                counts.total += 1;
                *counts.by_id.entry(message_id.unwrap_or_default()).or_default() += 1;
                counts.first.get_or_insert(now);
                counts.last = Some(now);
                drop(counts);
                b"250 queued\r\n"
            }
            _ => b"500 what?\r\n",
        };
        write.write_all(reply).await?;
    }
}
