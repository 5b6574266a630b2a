#![doc = include_str!("../README.md")]

use std::{
    collections::HashMap,
    fmt, io,
    sync::{Arc, Mutex, MutexGuard, PoisonError},
    time::{Duration, Instant},
};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpSocket, TcpStream, tcp::OwnedReadHalf},
    sync::{Notify, Semaphore},
    task::{JoinHandle, JoinSet},
};

/// What the sink keeps of each message it accepts (both modes count Message-IDs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every message, envelope and raw data, as well as the counts.
    Messages,
    /// Only the counts: how often each Message-ID arrived, first and last arrival.
    Counts,
}

/// One accepted message, as it came over the wire (dot-unstuffed).
#[derive(Clone, PartialEq, Eq)]
pub struct Message {
    /// What followed `MAIL FROM:`, trimmed, e.g. `<nights@failnight.test>`.
    pub from: String,
    /// The accepted recipients, without angle brackets, as the client spelled them.
    pub to: Vec<String>,
    /// The raw message: header block, blank line, body; lines end as the client ended them.
    pub data: Vec<u8>,
}

impl fmt::Debug for Message {
    /// The data as text, so a failed comparison can be read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("from", &self.from)
            .field("to", &self.to)
            .field("data", &String::from_utf8_lossy(&self.data))
            .finish()
    }
}

/// What the sink received since it started (or was [reset](SmtpSink::reset)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Accepted messages.
    pub total: u64,
    /// Distinct Message-IDs among them.
    pub distinct: usize,
    /// Message-IDs that arrived more than once.
    pub duplicated: usize,
    pub first: Option<Instant>,
    pub last: Option<Instant>,
}

/// A running SMTP server on `127.0.0.1`; dropping it stops it.
pub struct SmtpSink {
    port: u16,
    shared: Arc<Shared>,
    task: Mutex<Option<JoinHandle<()>>>,
}

struct Shared {
    keep: Keep,
    store: Mutex<Store>,
    behaviour: Mutex<Behaviour>,
    /// Rung whenever a message arrives or a session starts or stops waiting at the gate.
    changed: Notify,
}

#[derive(Default)]
struct Store {
    /// Empty with `Keep::Counts`.
    messages: Vec<Message>,
    by_id: HashMap<String, u32>,
    total: u64,
    duplicated: usize,
    first: Option<Instant>,
    last: Option<Instant>,
}

struct Behaviour {
    /// Recipient → the reply line (with CRLF) to its RCPT. A handful at most: scanned, compared
    /// without case, so a lookup allocates nothing.
    rcpt: Vec<(String, String)>,
    /// Recipient → the reply line (with CRLF) to the DATA of a message to it.
    data: Vec<(String, String)>,
    /// DATA answers wait for a permit of `gate`.
    hold: bool,
    gate: Arc<Semaphore>,
    /// Sessions whose DATA answer is waiting at the gate.
    held: usize,
    /// How long each DATA answer takes (a relay scanning the message).
    data_delay: Duration,
    /// Silent: sessions answer nothing (new ones not even the greeting).
    silent: bool,
    /// Sessions that went silent, waiting for the client to give up.
    hanging: usize,
}

impl SmtpSink {
    /// Listens on a random loopback port.
    pub async fn start(keep: Keep) -> io::Result<SmtpSink> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let shared = Arc::new(Shared {
            keep,
            store: Mutex::default(),
            behaviour: Mutex::new(Behaviour {
                rcpt: Vec::new(),
                data: Vec::new(),
                hold: false,
                gate: Arc::new(Semaphore::new(0)),
                held: 0,
                data_delay: Duration::ZERO,
                silent: false,
                hanging: 0,
            }),
            changed: Notify::new(),
        });
        let task = Mutex::new(Some(tokio::spawn(serve(listener, shared.clone()))));
        Ok(SmtpSink { port, shared, task })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `smtp://127.0.0.1:<port>`, for lettre.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops listening (connections are refused) and cuts every open session.
    pub async fn stop(&self) {
        let task = lock(&self.task).take();
        if let Some(task) = task {
            task.abort();
            // The listener and the sessions (a JoinSet inside the task) are dropped with it.
            let _ = tokio::time::timeout(Duration::from_secs(5), task).await.expect("the SMTP sink stops");
        }
    }

    /// Listens again on the same port, keeping what it received and its behaviour.
    pub async fn restart(&self) -> io::Result<()> {
        self.stop().await;
        let socket = TcpSocket::new_v4()?;
        socket.set_reuseaddr(true)?;
        socket.bind(([127, 0, 0, 1], self.port).into())?;
        let listener = socket.listen(128)?;
        *lock(&self.task) = Some(tokio::spawn(serve(listener, self.shared.clone())));
        Ok(())
    }

    /// Answers RCPT TO:`address` with `reply` (a full reply line such as `550 5.1.1 unknown mailbox`).
    pub fn reject_rcpt(&self, address: &str, reply: &str) {
        set(&mut lock(&self.shared.behaviour).rcpt, address, reply);
    }

    /// Answers the DATA of messages to `address` with `reply` (and keeps nothing).
    pub fn reject_data(&self, address: &str, reply: &str) {
        set(&mut lock(&self.shared.behaviour).data, address, reply);
    }

    /// Accepts mail for `address` again.
    pub fn accept(&self, address: &str) {
        let mut behaviour = lock(&self.shared.behaviour);
        behaviour.rcpt.retain(|(a, _)| !a.eq_ignore_ascii_case(address));
        behaviour.data.retain(|(a, _)| !a.eq_ignore_ascii_case(address));
    }

    /// From now on, each DATA answer waits until [`release`](Self::release) lets it through.
    pub fn hold_data(&self) {
        let mut behaviour = lock(&self.shared.behaviour);
        behaviour.hold = true;
        if behaviour.gate.is_closed() {
            // Opened before: hold again with a new gate.
            behaviour.gate = Arc::new(Semaphore::new(0));
        }
    }

    /// From now on, each DATA answer takes `delay`, as a relay that scans mail does.
    pub fn slow_data(&self, delay: Duration) {
        lock(&self.shared.behaviour).data_delay = delay;
    }

    /// Lets `count` held (or future) DATA answers through.
    pub fn release(&self, count: usize) {
        lock(&self.shared.behaviour).gate.add_permits(count);
    }

    /// Stops holding: every held and future DATA is answered at once.
    pub fn open(&self) {
        let mut behaviour = lock(&self.shared.behaviour);
        behaviour.hold = false;
        behaviour.gate.close();
    }

    /// Sessions whose DATA answer is being held.
    pub fn held(&self) -> usize {
        lock(&self.shared.behaviour).held
    }

    /// From now on, accepts connections but answers nothing: a new session gets no greeting, an
    /// open one no answer to its next command (a dropped packet, a firewall, an overloaded
    /// relay). A session that went silent stays so until the client hangs up.
    pub fn go_silent(&self) {
        lock(&self.shared.behaviour).silent = true;
    }

    /// Answers again (sessions that went silent stay silent).
    pub fn speak(&self) {
        lock(&self.shared.behaviour).silent = false;
    }

    /// Sessions that went silent and whose client has not hung up yet.
    pub fn hanging(&self) -> usize {
        lock(&self.shared.behaviour).hanging
    }

    /// The messages kept so far (none with `Keep::Counts`).
    pub fn messages(&self) -> Vec<Message> {
        lock(&self.shared.store).messages.clone()
    }

    /// How many messages were accepted (in either mode).
    pub fn received(&self) -> u64 {
        lock(&self.shared.store).total
    }

    /// How often a message with this Message-ID (as in the header, angle brackets included)
    /// was accepted.
    pub fn arrivals(&self, message_id: &str) -> u32 {
        lock(&self.shared.store).by_id.get(message_id).copied().unwrap_or(0)
    }

    pub fn tally(&self) -> Tally {
        let store = lock(&self.shared.store);
        Tally {
            total: store.total,
            distinct: store.by_id.len(),
            duplicated: store.duplicated,
            first: store.first,
            last: store.last,
        }
    }

    /// Forgets every message and count (the behaviour stays).
    pub fn reset(&self) {
        *lock(&self.shared.store) = Store::default();
    }

    /// Waits until `done` holds (panics after `timeout`, saying `what`).
    pub async fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&SmtpSink) -> bool) {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.changed.notified();
            if done(self) {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                assert!(
                    done(self),
                    "{what}: not within {timeout:?} ({} received, {} held)",
                    self.received(),
                    self.held()
                );
                return;
            }
        }
    }

    /// Waits until at least `count` messages arrived (panics after `timeout`) and returns the
    /// messages kept.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Message> {
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        self.wait_until(&format!("expected {count} emails"), timeout, |s| s.received() >= count).await;
        self.messages()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(task) = lock(&self.task).take() {
            task.abort();
        }
    }
}

/// Nothing panics while holding these locks; should it, the data is still whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn set(replies: &mut Vec<(String, String)>, address: &str, reply: &str) {
    replies.retain(|(a, _)| !a.eq_ignore_ascii_case(address));
    replies.push((address.to_string(), format!("{}\r\n", reply.trim_end())));
}

fn find<'a>(replies: &'a [(String, String)], address: &str) -> Option<&'a str> {
    replies.iter().find(|(a, _)| a.eq_ignore_ascii_case(address)).map(|(_, reply)| reply.as_str())
}

async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    // Sessions live in this set: when the server is stopped (this task aborted), they end too.
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { return };
                let shared = shared.clone();
                sessions.spawn(async move {
                    let _ = session(stream, &shared).await;
                });
            }
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

const EHLO: &[u8] = b"250-localhost\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 26214400\r\n";

/// One client connection. Every reply is one write (a reply split over two small writes can
/// wait on Nagle's algorithm); the buffers live as long as the session, so a message costs no
/// allocation beyond what is kept.
async fn session(stream: TcpStream, shared: &Shared) -> io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    if lock(&shared.behaviour).silent {
        return hang(&mut reader, shared).await;
    }
    write.write_all(b"220 localhost failnight-smtp-sink ESMTP\r\n").await?;
    let mut line = Vec::with_capacity(256);
    let mut from = String::new();
    // The accepted recipients of the current transaction, one per line.
    let mut to = String::new();
    let mut data = Vec::new();
    let mut message_id = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        if lock(&shared.behaviour).silent {
            return hang(&mut reader, shared).await;
        }
        let command = line.trim_ascii_end();
        let reply: &[u8] = if starts_with(command, b"EHLO") {
            EHLO
        } else if starts_with(command, b"HELO") || starts_with(command, b"NOOP") {
            b"250 OK\r\n"
        } else if starts_with(command, b"MAIL FROM:") {
            from.clear();
            from.push_str(String::from_utf8_lossy(&command[10..]).trim());
            to.clear();
            b"250 OK\r\n"
        } else if starts_with(command, b"RCPT TO:") {
            let arg = String::from_utf8_lossy(&command[8..]);
            let address = arg.trim().trim_start_matches('<').split('>').next().unwrap_or("");
            let refused = find(&lock(&shared.behaviour).rcpt, address).map(str::to_string);
            if let Some(reply) = refused {
                write.write_all(reply.as_bytes()).await?;
                continue;
            }
            to.push_str(address);
            to.push('\n');
            b"250 OK\r\n"
        } else if command.eq_ignore_ascii_case(b"DATA") {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            data.clear();
            message_id.clear();
            if !read_data(&mut reader, &mut line, shared.keep, &mut data, &mut message_id).await? {
                return Ok(());
            }
            if !pass_gate(&mut reader, shared).await {
                return Ok(());
            }
            let refused = {
                let behaviour = lock(&shared.behaviour);
                to.lines().find_map(|address| find(&behaviour.data, address)).map(str::to_string)
            };
            match refused {
                Some(reply) => write.write_all(reply.as_bytes()).await?,
                None => {
                    // Kept only once the client can see the answer: "accepted" means 250 was sent.
                    write.write_all(b"250 OK queued\r\n").await?;
                    shared.accepted(&from, &to, &mut data, &message_id);
                }
            }
            to.clear();
            continue;
        } else if command.eq_ignore_ascii_case(b"RSET") {
            to.clear();
            b"250 OK\r\n"
        } else if command.eq_ignore_ascii_case(b"QUIT") {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            b"502 Command not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
}

/// A silent session: reads (and drops) whatever the client sends, answers nothing, and ends
/// when the client hangs up.
async fn hang(reader: &mut BufReader<OwnedReadHalf>, shared: &Shared) -> io::Result<()> {
    lock(&shared.behaviour).hanging += 1;
    shared.changed.notify_waiters();
    let mut sink = [0u8; 1024];
    let ended = loop {
        match reader.read(&mut sink).await {
            Ok(0) => break Ok(()),
            Ok(_) => {}
            Err(error) => break Err(error),
        }
    };
    lock(&shared.behaviour).hanging -= 1;
    shared.changed.notify_waiters();
    ended
}

fn starts_with(command: &[u8], verb: &[u8]) -> bool {
    command.len() >= verb.len() && command[..verb.len()].eq_ignore_ascii_case(verb)
}

/// Reads a message up to its lone dot, dot-unstuffed: into `data` with `Keep::Messages`, and
/// its Message-ID's value into `message_id` in either mode. `false` when the client went away
/// first.
async fn read_data(
    reader: &mut BufReader<OwnedReadHalf>,
    line: &mut Vec<u8>,
    keep: Keep,
    data: &mut Vec<u8>,
    message_id: &mut Vec<u8>,
) -> io::Result<bool> {
    let mut header = MessageIdReader::default();
    loop {
        line.clear();
        if reader.read_until(b'\n', line).await? == 0 {
            return Ok(false);
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(true);
        }
        // RFC 5321 4.5.2: a leading dot on any other line was added by the client.
        let unstuffed = line.strip_prefix(b".").unwrap_or(line);
        if keep == Keep::Messages {
            data.extend_from_slice(unstuffed);
        }
        header.line(unstuffed, message_id);
    }
}

/// Finds the first `Message-ID:` field of a message's header block, fed line by line. A field
/// may be folded (RFC 5322 2.2.3: continued on lines that start with a space or tab); unfolding
/// drops the line breaks. Lettre writes it on one line, but the sink counts what any client
/// sends the same way.
#[derive(Default)]
struct MessageIdReader {
    /// Past the blank line that ends the header block.
    body: bool,
    /// The last field seen is the Message-ID (its continuation lines belong to it).
    in_field: bool,
    found: bool,
}

impl MessageIdReader {
    /// Takes one line (with its line ending); appends to `value` what belongs to the Message-ID.
    fn line(&mut self, line: &[u8], value: &mut Vec<u8>) {
        if self.body {
            return;
        }
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        match content.first() {
            None => self.body = true,
            Some(b' ' | b'\t') => {
                if self.in_field {
                    value.extend_from_slice(content);
                }
            }
            Some(_) => {
                self.in_field = !self.found && starts_with(content, b"Message-ID:");
                if self.in_field {
                    self.found = true;
                    value.extend_from_slice(&content[11..]);
                }
            }
        }
    }
}

impl Shared {
    fn accepted(&self, from: &str, to: &str, data: &mut Vec<u8>, message_id: &[u8]) {
        // The one allocation a counted message costs: the key of its count.
        let id = String::from_utf8_lossy(message_id.trim_ascii()).into_owned();
        let message = match self.keep {
            Keep::Messages => Some(Message {
                from: from.to_string(),
                to: to.lines().map(str::to_string).collect(),
                data: std::mem::take(data),
            }),
            Keep::Counts => None,
        };
        let now = Instant::now();
        {
            let mut store = lock(&self.store);
            let store = &mut *store;
            store.total += 1;
            store.first.get_or_insert(now);
            store.last = Some(now);
            let arrivals = store.by_id.entry(id).or_default();
            *arrivals += 1;
            if *arrivals == 2 {
                store.duplicated += 1;
            }
            if let Some(message) = message {
                store.messages.push(message);
            }
        }
        self.changed.notify_waiters();
    }
}

/// Waits for the gate when holding; `false` when the client went away (or spoke out of turn)
/// meanwhile, in which case the message is dropped.
async fn pass_gate(reader: &mut BufReader<OwnedReadHalf>, shared: &Shared) -> bool {
    let delay = lock(&shared.behaviour).data_delay;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let gate = {
        let mut behaviour = lock(&shared.behaviour);
        if !behaviour.hold {
            return true;
        }
        behaviour.held += 1;
        behaviour.gate.clone()
    };
    shared.changed.notify_waiters();
    let mut byte = [0u8; 1];
    let passed = tokio::select! {
        permit = gate.acquire() => {
            if let Ok(permit) = permit {
                permit.forget();
            }
            true
        }
        _ = reader.read(&mut byte) => false,
    };
    lock(&shared.behaviour).held -= 1;
    shared.changed.notify_waiters();
    passed
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    use tokio::net::TcpStream;

    use super::*;

    /// A raw SMTP client: one command, one (possibly multi-line) reply.
    struct Client(BufReader<TcpStream>);

    impl Client {
        async fn connect(sink: &SmtpSink) -> Client {
            let mut client = Client(BufReader::new(TcpStream::connect(("127.0.0.1", sink.port())).await.unwrap()));
            assert!(client.reply().await.starts_with("220 "));
            client
        }

        /// The reply; what came before the sink hung up (nothing, usually) if it did.
        async fn reply(&mut self) -> String {
            let mut reply = String::new();
            loop {
                let mut line = String::new();
                if self.0.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return reply;
                }
                reply.push_str(&line);
                // The last line of a reply has a space after its code.
                if line.as_bytes().get(3) != Some(&b'-') {
                    return reply;
                }
            }
        }

        async fn send(&mut self, text: &str) -> String {
            if self.0.get_mut().write_all(text.as_bytes()).await.is_err() {
                return String::new();
            }
            self.reply().await
        }

        /// MAIL, RCPT for each recipient, DATA with `data` (already dot-stuffed, without the
        /// final dot); the answer to DATA.
        async fn mail(&mut self, to: &[&str], data: &str) -> String {
            assert_eq!(self.send("MAIL FROM:<nights@failnight.test>\r\n").await, "250 OK\r\n");
            for address in to {
                assert_eq!(self.send(&format!("RCPT TO:<{address}>\r\n")).await, "250 OK\r\n");
            }
            assert!(self.send("DATA\r\n").await.starts_with("354 "));
            self.send(&format!("{data}.\r\n")).await
        }
    }

    #[tokio::test]
    async fn keeps_each_message_unstuffed() {
        let sink = SmtpSink::start(Keep::Messages).await.unwrap();
        let mut client = Client::connect(&sink).await;
        assert!(client.send("EHLO test\r\n").await.ends_with("250 SIZE 26214400\r\n"));
        let data = "Message-ID: <one@failnight.test>\r\nSubject: hi\r\n\r\n..a line with a dot\r\nplain\r\n";
        assert_eq!(client.mail(&["ada@example.com", "Bo@Example.com"], data).await, "250 OK queued\r\n");
        assert_eq!(client.send("QUIT\r\n").await, "221 Bye\r\n");

        let messages = sink.wait_for(1, Duration::from_secs(5)).await;
        assert_eq!(
            messages,
            [Message {
                from: "<nights@failnight.test>".into(),
                to: vec!["ada@example.com".into(), "Bo@Example.com".into()],
                data: b"Message-ID: <one@failnight.test>\r\nSubject: hi\r\n\r\n.a line with a dot\r\nplain\r\n"
                    .to_vec(),
            }]
        );
        assert_eq!(sink.arrivals("<one@failnight.test>"), 1);
        let tally = sink.tally();
        assert_eq!((tally.total, tally.distinct, tally.duplicated), (1, 1, 0));
    }

    #[tokio::test]
    async fn counts_message_ids_even_folded() {
        let sink = SmtpSink::start(Keep::Counts).await.unwrap();
        let mut client = Client::connect(&sink).await;
        client.send("EHLO test\r\n").await;
        let once = "Subject: once\r\nmessage-id: <one@failnight.test>\r\n\r\nMessage-ID: <in-the-body@x>\r\n";
        let folded = "Subject: twice\r\nMESSAGE-ID:\r\n <two@failnight.test>\r\nTo: ada@example.com\r\n\r\n..\r\n";
        for data in [once, folded, folded] {
            assert_eq!(client.mail(&["ada@example.com"], data).await, "250 OK queued\r\n");
        }
        // A second session, as a pool would open.
        let mut other = Client::connect(&sink).await;
        other.send("HELO test\r\n").await;
        assert_eq!(other.mail(&["bo@example.com"], "Subject: no id\r\n\r\nhello\r\n").await, "250 OK queued\r\n");

        sink.wait_for(4, Duration::from_secs(5)).await;
        assert!(sink.messages().is_empty(), "Keep::Counts keeps no message");
        assert_eq!(sink.arrivals("<one@failnight.test>"), 1);
        assert_eq!(sink.arrivals("<two@failnight.test>"), 2);
        assert_eq!(sink.arrivals("<in-the-body@x>"), 0);
        assert_eq!(sink.arrivals(""), 1);
        let tally = sink.tally();
        assert_eq!((tally.total, tally.distinct, tally.duplicated), (4, 3, 1));
        assert!(tally.first <= tally.last && tally.first.is_some());

        sink.reset();
        assert_eq!(sink.tally().total, 0);
    }

    #[tokio::test]
    async fn silent_sessions_answer_nothing() {
        let sink = SmtpSink::start(Keep::Messages).await.unwrap();
        let mut open = Client::connect(&sink).await;
        sink.go_silent();
        // A new session gets no greeting; an open one no answer.
        let mut new = BufReader::new(TcpStream::connect(("127.0.0.1", sink.port())).await.unwrap());
        let mut line = String::new();
        let greeting = tokio::time::timeout(Duration::from_millis(300), new.read_line(&mut line)).await;
        assert!(greeting.is_err(), "no greeting: {line:?}");
        open.0.get_mut().write_all(b"EHLO test\r\n").await.unwrap();
        let answer = tokio::time::timeout(Duration::from_millis(300), open.reply()).await;
        assert!(answer.is_err(), "no answer");
        sink.wait_until("two silent sessions", Duration::from_secs(5), |s| s.hanging() == 2).await;
        drop((open, new));
        sink.wait_until("the clients hung up", Duration::from_secs(5), |s| s.hanging() == 0).await;
        // Speaking again: new sessions work.
        sink.speak();
        let mut client = Client::connect(&sink).await;
        client.send("EHLO test\r\n").await;
        assert_eq!(client.mail(&["ada@example.com"], "Subject: x\r\n\r\n").await, "250 OK queued\r\n");
    }

    #[tokio::test]
    async fn refuses_and_holds_as_told() {
        let sink = SmtpSink::start(Keep::Messages).await.unwrap();
        sink.reject_rcpt("gone@example.com", "550 5.1.1 unknown mailbox");
        sink.reject_data("LATER@example.com", "451 4.3.0 try later");
        let mut client = Client::connect(&sink).await;
        client.send("EHLO test\r\n").await;
        client.send("MAIL FROM:<nights@failnight.test>\r\n").await;
        assert_eq!(client.send("RCPT TO:<Gone@Example.com>\r\n").await, "550 5.1.1 unknown mailbox\r\n");
        assert_eq!(client.mail(&["later@example.com"], "Subject: x\r\n\r\n").await, "451 4.3.0 try later\r\n");
        assert_eq!(sink.received(), 0);

        sink.accept("later@example.com");
        sink.hold_data();
        let held = tokio::spawn(async move {
            let answer = client.mail(&["later@example.com"], "Subject: x\r\n\r\n").await;
            (client, answer)
        });
        sink.wait_until("one DATA held", Duration::from_secs(5), |s| s.held() == 1).await;
        assert_eq!(sink.received(), 0, "nothing accepted while held");
        sink.release(1);
        let (mut client, answer) = held.await.unwrap();
        assert_eq!(answer, "250 OK queued\r\n");
        assert_eq!(sink.held(), 0);

        // Opened, then held again.
        sink.open();
        assert_eq!(client.mail(&["later@example.com"], "Subject: y\r\n\r\n").await, "250 OK queued\r\n");
        sink.hold_data();
        let held = tokio::spawn(async move { client.mail(&["later@example.com"], "Subject: z\r\n\r\n").await });
        sink.wait_until("held again", Duration::from_secs(5), |s| s.held() == 1).await;

        // Down: the held session is cut and nothing more is accepted; back up on the same port.
        sink.stop().await;
        assert_eq!(held.await.unwrap(), "", "the held session was cut without an answer");
        assert!(TcpStream::connect(("127.0.0.1", sink.port())).await.is_err(), "down means refused");
        sink.restart().await.unwrap();
        sink.open();
        let mut client = Client::connect(&sink).await;
        client.send("EHLO test\r\n").await;
        assert_eq!(client.mail(&["later@example.com"], "Subject: w\r\n\r\n").await, "250 OK queued\r\n");
        assert_eq!(sink.received(), 3);
    }
}
