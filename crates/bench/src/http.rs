//! A small HTTP/1.1 keep-alive client: one request at a time per connection, `Content-Length`
//! or chunked responses. Hand-rolled so the load generator spends as little of the two cores
//! as possible (it shares the machine with the server and the database).

use std::time::{Duration, Instant};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
};

pub struct Conn {
    addr: String,
    stream: Option<BufReader<TcpStream>>,
}

pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Conn {
    pub fn new(addr: &str) -> Conn {
        Conn { addr: addr.to_string(), stream: None }
    }

    pub async fn connect(&mut self) -> std::io::Result<()> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(&self.addr).await?;
            stream.set_nodelay(true)?;
            self.stream = Some(BufReader::with_capacity(16 * 1024, stream));
        }
        Ok(())
    }

    /// Sends one request (a full HTTP/1.1 message) and reads the response; reconnects once
    /// when a kept-alive connection was closed by the server.
    pub async fn send(&mut self, request: &[u8]) -> std::io::Result<Response> {
        let reused = self.stream.is_some();
        match self.try_send(request).await {
            Ok(response) => Ok(response),
            Err(_) if reused => {
                self.stream = None;
                self.try_send(request).await
            }
            Err(error) => Err(error),
        }
    }

    async fn try_send(&mut self, request: &[u8]) -> std::io::Result<Response> {
        self.connect().await?;
        let stream = self.stream.as_mut().expect("connected");
        stream.get_mut().write_all(request).await?;
        let result = read_response(stream).await;
        if result.is_err() {
            self.stream = None;
        }
        result
    }
}

fn bad(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string())
}

async fn read_response(stream: &mut BufReader<TcpStream>) -> std::io::Result<Response> {
    let mut line = String::new();
    if stream.read_line(&mut line).await? == 0 {
        return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed"));
    }
    let status = line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| bad("status line"))?;
    let mut length = None;
    let mut chunked = false;
    let mut close = false;
    loop {
        line.clear();
        if stream.read_line(&mut line).await? == 0 {
            return Err(bad("headers cut"));
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.parse::<usize>().map_err(|_| bad("content-length"))?);
            } else if name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked") {
                chunked = true;
            } else if name.eq_ignore_ascii_case("connection") && value.eq_ignore_ascii_case("close") {
                close = true;
            }
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| bad("chunk size"))?;
            let start = body.len();
            body.resize(start + size, 0);
            stream.read_exact(&mut body[start..]).await?;
            line.clear();
            stream.read_line(&mut line).await?;
            if size == 0 {
                break;
            }
        }
    } else if let Some(length) = length {
        body.resize(length, 0);
        stream.read_exact(&mut body).await?;
    } else if status != 204 && status != 304 {
        stream.read_to_end(&mut body).await?;
        close = true;
    }
    if close {
        return Err(bad("server closed the connection"));
    }
    Ok(Response { status, body })
}

pub fn get(host: &str, path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: failnight-bench\r\n\r\n").into_bytes()
}

pub fn post_json(host: &str, path: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: failnight-bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A JSON `PATCH` with a host's API token.
pub fn patch_json(host: &str, path: &str, token: &str, body: &str) -> Vec<u8> {
    format!(
        "PATCH {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: failnight-bench\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A form post, with a cookie and our script's header (answered with a status, not a page).
pub fn post_form(host: &str, path: &str, cookie: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: failnight-bench\r\nCookie: {cookie}\r\n\
         X-Failnight-Fetch: 1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A GET with a cookie.
pub fn get_with_cookie(host: &str, path: &str, cookie: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: failnight-bench\r\nCookie: {cookie}\r\n\r\n")
        .into_bytes()
}

/// A stream of server-sent events on a connection of its own.
pub struct EventStream {
    stream: BufReader<TcpStream>,
    chunked: bool,
    /// Bytes of the body read but not yet parsed into events.
    pending: Vec<u8>,
}

impl EventStream {
    /// `GET path` on `addr`; fails unless answered 200.
    pub async fn open(addr: &str, path: &str) -> std::io::Result<EventStream> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let mut stream = BufReader::with_capacity(4 * 1024, stream);
        stream.get_mut().write_all(&get(addr, path)).await?;
        let mut line = String::new();
        stream.read_line(&mut line).await?;
        if line.split(' ').nth(1) != Some("200") {
            return Err(bad(&format!("GET {path} answered {}", line.trim())));
        }
        let mut chunked = false;
        loop {
            line.clear();
            if stream.read_line(&mut line).await? == 0 {
                return Err(bad("connection closed in the head"));
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("transfer-encoding")
            {
                chunked = value.trim().eq_ignore_ascii_case("chunked");
            }
        }
        Ok(EventStream { stream, chunked, pending: Vec::new() })
    }

    /// The next event's name and data (keep-alive comments skipped).
    pub async fn next(&mut self) -> std::io::Result<(String, String)> {
        loop {
            while let Some(end) = self.pending.windows(2).position(|w| w == b"\n\n") {
                let block: Vec<u8> = self.pending.drain(..end + 2).collect();
                let (mut event, mut data) = (None, None::<String>);
                for line in String::from_utf8_lossy(&block).lines() {
                    if let Some(name) = line.strip_prefix("event:") {
                        event = Some(name.trim_start().to_string());
                    } else if let Some(value) = line.strip_prefix("data:") {
                        let value = value.strip_prefix(' ').unwrap_or(value);
                        match &mut data {
                            Some(data) => {
                                data.push('\n');
                                data.push_str(value);
                            }
                            None => data = Some(value.to_string()),
                        }
                    }
                }
                if event.is_some() || data.is_some() {
                    return Ok((event.unwrap_or_else(|| "message".into()), data.unwrap_or_default()));
                }
            }
            self.fill().await?;
        }
    }

    async fn fill(&mut self) -> std::io::Result<()> {
        let ended = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the stream ended");
        if self.chunked {
            let mut line = String::new();
            if self.stream.read_line(&mut line).await? == 0 {
                return Err(ended());
            }
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or_default(), 16)
                .map_err(|_| bad("chunk size"))?;
            if size == 0 {
                return Err(ended());
            }
            let start = self.pending.len();
            self.pending.resize(start + size, 0);
            self.stream.read_exact(&mut self.pending[start..]).await?;
            line.clear();
            self.stream.read_line(&mut line).await?;
        } else {
            let read = self.stream.fill_buf().await?;
            if read.is_empty() {
                return Err(ended());
            }
            let n = read.len();
            self.pending.extend_from_slice(read);
            self.stream.consume(n);
        }
        Ok(())
    }
}

/// The order in which `n` things are measured in `rounds` rounds, in turn: each round forwards
/// then backwards (a, b, b, a, a, b, …), so that a drift of the machine falls on each alike.
/// Yields each turn's round and which thing.
pub fn in_turn(rounds: usize, n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..rounds).flat_map(move |round| (0..n).map(move |turn| (round, if round % 2 == 0 { turn } else { n - 1 - turn })))
}

/// Latencies of one run and its errors.
#[derive(Debug, Default)]
pub struct Samples {
    pub micros: Vec<u32>,
    pub errors: u64,
    pub elapsed: Duration,
}

impl Samples {
    pub fn merge(&mut self, other: Samples) {
        self.micros.extend(other.micros);
        self.errors += other.errors;
    }

    /// Appends a later window's samples, its time with them.
    pub fn then(&mut self, later: Samples) {
        self.elapsed += later.elapsed;
        self.merge(later);
    }

    pub fn requests(&self) -> u64 {
        self.micros.len() as u64 + self.errors
    }

    /// Successful requests per second.
    pub fn throughput(&self) -> f64 {
        self.micros.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    pub fn percentile(&mut self, p: f64) -> f64 {
        if self.micros.is_empty() {
            return 0.0;
        }
        self.micros.sort_unstable();
        let index = ((self.micros.len() as f64 - 1.0) * p).round() as usize;
        f64::from(self.micros[index]) / 1000.0
    }
}

/// `connections` keep-alive connections each sending requests back to back for `duration`
/// (after a warm-up of `warmup`, whose requests are not counted): the `i`-th request of
/// connection `c` is `request(addr, c + i × connections)`, so every request can differ. A
/// response is correct when `ok` says so. Addresses are used round-robin across connections.
pub async fn closed_loop<R, K>(
    addrs: &[String],
    connections: usize,
    warmup: Duration,
    duration: Duration,
    request: R,
    ok: K,
) -> Samples
where
    R: Fn(&str, u64) -> Vec<u8> + Clone + Send + 'static,
    K: Fn(&Response) -> bool + Clone + Send + 'static,
{
    let start = Instant::now() + Duration::from_millis(50);
    let measure_from = start + warmup;
    let end = measure_from + duration;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..connections {
        let addr = addrs[n % addrs.len()].clone();
        let request = request.clone();
        let ok = ok.clone();
        tasks.spawn(async move {
            let mut conn = Conn::new(&addr);
            let mut samples = Samples::default();
            tokio::time::sleep_until(start.into()).await;
            for i in 0u64.. {
                let message = request(&addr, n as u64 + i * connections as u64);
                let sent = Instant::now();
                if sent >= end {
                    break;
                }
                let result = conn.send(&message).await;
                let done = Instant::now();
                if sent < measure_from {
                    continue;
                }
                match result {
                    Ok(response) if ok(&response) => {
                        samples.micros.push(u32::try_from((done - sent).as_micros()).unwrap_or(u32::MAX))
                    }
                    _ => samples.errors += 1,
                }
            }
            samples
        });
    }
    let mut all = Samples::default();
    while let Some(done) = tasks.join_next().await {
        if let Ok(samples) = done {
            all.merge(samples);
        }
    }
    all.elapsed = duration;
    all
}

#[cfg(test)]
mod tests {
    /// Forwards, then backwards: each thing is first as often as it is last.
    #[test]
    fn turns_alternate() {
        let order: Vec<usize> = super::in_turn(4, 2).map(|(_, which)| which).collect();
        assert_eq!(order, [0, 1, 1, 0, 0, 1, 1, 0]);
        let rounds: Vec<(usize, usize)> = super::in_turn(2, 3).collect();
        assert_eq!(rounds, [(0, 0), (0, 1), (0, 2), (1, 2), (1, 1), (1, 0)]);
    }
}
