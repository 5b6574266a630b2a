//! A small real SMTP server for tests: it speaks enough of RFC 5321 (EHLO/HELO, MAIL, RCPT,
//! DATA with dot-unstuffing, RSET, NOOP, QUIT) for lettre's pooled client, over a real TCP
//! socket on a random port, and keeps every message it accepts.
//!
//! It can also misbehave on purpose, the way real servers do:
//! - answer RCPT or DATA for chosen recipients with a chosen reply (`550 5.1.1 …`, `451 …`);
//! - go down ([`SmtpServer::stop`]: connections refused, open sessions cut) and come back on
//!   the same port ([`SmtpServer::restart`]);
//! - be slow: with [`SmtpServer::hold_data`], the answer to each DATA waits until the test
//!   releases it ([`SmtpServer::release`]), so a test can keep a batch in flight exactly as
//!   long as it needs without sleeping. A client that goes away (or sends anything) while its
//!   message is held gets nothing delivered, like a real server dropping an unfinished
//!   transaction.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpSocket, TcpStream},
    sync::{Notify, Semaphore},
    task::{JoinHandle, JoinSet},
};

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

impl Received {
    pub fn parse(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default().parse(&self.data).expect("a parsable email")
    }

    /// The Message-ID header, without angle brackets.
    pub fn message_id(&self) -> String {
        self.parse().message_id().expect("a Message-ID").to_string()
    }
}

#[derive(Default)]
struct Behaviour {
    /// Recipient (lower case) → the reply to its RCPT, e.g. `550 5.1.1 unknown mailbox`.
    rcpt: HashMap<String, String>,
    /// Recipient (lower case) → the reply to the DATA of a message to it.
    data: HashMap<String, String>,
    /// DATA answers wait for a permit of `Inbox::gate`.
    hold: bool,
    /// Sessions whose DATA answer is waiting at the gate.
    held: usize,
}

struct Inbox {
    messages: Mutex<Vec<Received>>,
    behaviour: Mutex<Behaviour>,
    gate: Semaphore,
    /// Rung whenever a message arrives or a session starts or stops waiting at the gate.
    changed: Notify,
}

impl Default for Inbox {
    fn default() -> Self {
        Inbox {
            messages: Mutex::default(),
            behaviour: Mutex::default(),
            gate: Semaphore::new(0),
            changed: Notify::new(),
        }
    }
}

pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Inbox>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the test SMTP server");
        let port = listener.local_addr().unwrap().port();
        let inbox = Arc::new(Inbox::default());
        let task = Mutex::new(Some(tokio::spawn(accept(listener, inbox.clone()))));
        SmtpServer { port, inbox, task }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops listening (connections are refused) and cuts every open session.
    pub async fn stop(&self) {
        let task = self.task.lock().unwrap().take();
        if let Some(task) = task {
            task.abort();
            // The listener and the sessions (a JoinSet inside the task) are dropped with it.
            let _ = tokio::time::timeout(Duration::from_secs(5), task).await.expect("the SMTP server stops");
        }
    }

    /// Listens again on the same port, keeping the messages and the behaviour.
    pub async fn restart(&self) {
        self.stop().await;
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_reuseaddr(true).unwrap();
        socket.bind(([127, 0, 0, 1], self.port).into()).expect("bind the test SMTP server again");
        let listener = socket.listen(128).unwrap();
        *self.task.lock().unwrap() = Some(tokio::spawn(accept(listener, self.inbox.clone())));
    }

    /// Answers RCPT TO:`address` with `reply` (a full reply line such as `550 5.1.1 unknown mailbox`).
    pub fn reject_rcpt(&self, address: &str, reply: &str) {
        self.inbox.behaviour.lock().unwrap().rcpt.insert(address.to_ascii_lowercase(), reply.to_string());
    }

    /// Answers the DATA of messages to `address` with `reply` (and keeps nothing).
    pub fn reject_data(&self, address: &str, reply: &str) {
        self.inbox.behaviour.lock().unwrap().data.insert(address.to_ascii_lowercase(), reply.to_string());
    }

    /// Accepts mail for `address` again.
    pub fn accept(&self, address: &str) {
        let mut behaviour = self.inbox.behaviour.lock().unwrap();
        behaviour.rcpt.remove(&address.to_ascii_lowercase());
        behaviour.data.remove(&address.to_ascii_lowercase());
    }

    /// From now on, each DATA answer waits until [`release`](Self::release) lets it through.
    pub fn hold_data(&self) {
        self.inbox.behaviour.lock().unwrap().hold = true;
    }

    /// Lets `count` held (or future) DATA answers through.
    pub fn release(&self, count: usize) {
        self.inbox.gate.add_permits(count);
    }

    /// Stops holding: every held and future DATA is answered at once.
    pub fn open(&self) {
        self.inbox.behaviour.lock().unwrap().hold = false;
        self.inbox.gate.close();
    }

    pub fn messages(&self) -> Vec<Received> {
        self.inbox.messages.lock().unwrap().clone()
    }

    /// Sessions whose DATA answer is being held.
    pub fn held(&self) -> usize {
        self.inbox.behaviour.lock().unwrap().held
    }

    /// Waits until `done` holds (panics after `timeout`, saying `what`).
    pub async fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&SmtpServer) -> bool) {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.inbox.changed.notified();
            if done(self) {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                assert!(
                    done(self),
                    "{what}: not within {timeout:?} ({} received, {} held)",
                    self.messages().len(),
                    self.held()
                );
                return;
            }
        }
    }

    /// Waits until at least `count` messages arrived (panics after `timeout`).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        self.wait_until(&format!("expected {count} emails"), timeout, |s| s.messages().len() >= count).await;
        self.messages()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(task) = self.task.lock().unwrap().take() {
            task.abort();
        }
    }
}

async fn accept(listener: TcpListener, inbox: Arc<Inbox>) {
    // Sessions live in this set: when the server is stopped (this task aborted), they end too.
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { return };
                let inbox = inbox.clone();
                sessions.spawn(async move {
                    let _ = session(stream, inbox).await;
                });
            }
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

/// Waits for the gate when holding; `false` when the client went away (or spoke out of turn)
/// meanwhile, in which case the message is dropped.
async fn pass_gate(reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>, inbox: &Inbox) -> bool {
    {
        let mut behaviour = inbox.behaviour.lock().unwrap();
        if !behaviour.hold {
            return true;
        }
        behaviour.held += 1;
    }
    inbox.changed.notify_waiters();
    let mut byte = [0u8; 1];
    let passed = tokio::select! {
        permit = inbox.gate.acquire() => {
            if let Ok(permit) = permit {
                permit.forget();
            }
            true
        }
        _ = reader.read(&mut byte) => false,
    };
    inbox.behaviour.lock().unwrap().held -= 1;
    inbox.changed.notify_waiters();
    passed
}

async fn session(stream: TcpStream, inbox: Arc<Inbox>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write.write_all(b"220 localhost test ESMTP\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_string();
        let upper = command.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            "250-localhost\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 26214400".into()
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            "250 OK".into()
        } else if upper.starts_with("MAIL FROM:") {
            from = command[10..].trim().to_string();
            to.clear();
            "250 OK".into()
        } else if upper.starts_with("RCPT TO:") {
            let address = command[8..].trim().trim_start_matches('<').split('>').next().unwrap_or("").to_string();
            let rejected = inbox.behaviour.lock().unwrap().rcpt.get(&address.to_ascii_lowercase()).cloned();
            match rejected {
                Some(reply) => reply,
                None => {
                    to.push(address);
                    "250 OK".into()
                }
            }
        } else if upper == "DATA" {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut data = Vec::new();
            loop {
                let mut raw = Vec::new();
                if reader.read_until(b'\n', &mut raw).await? == 0 {
                    return Ok(());
                }
                if raw == b".\r\n" || raw == b".\n" {
                    break;
                }
                let unstuffed = if raw.starts_with(b"..") { &raw[1..] } else { &raw[..] };
                data.extend_from_slice(unstuffed);
            }
            if !pass_gate(&mut reader, &inbox).await {
                return Ok(());
            }
            let rejected = {
                let behaviour = inbox.behaviour.lock().unwrap();
                to.iter().find_map(|t| behaviour.data.get(&t.to_ascii_lowercase()).cloned())
            };
            match rejected {
                Some(reply) => {
                    to.clear();
                    reply
                }
                None => {
                    // Kept only once the client can see the answer: "accepted" means 250 was sent.
                    write.write_all(b"250 OK queued\r\n").await?;
                    inbox.messages.lock().unwrap().push(Received {
                        from: from.clone(),
                        to: std::mem::take(&mut to),
                        data,
                    });
                    inbox.changed.notify_waiters();
                    continue;
                }
            }
        } else if upper == "RSET" {
            to.clear();
            "250 OK".into()
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            "502 Command not implemented".into()
        };
        write.write_all(reply.as_bytes()).await?;
        write.write_all(b"\r\n").await?;
    }
}

/// How long tests wait for mail by default.
pub const MAIL_WAIT: Duration = Duration::from_secs(30);
