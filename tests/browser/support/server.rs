//! A tiny static HTTP server on a free loopback port, serving `dist/` as any static host would.
//! Tests can replace single paths with canned responses (a broken bundle, a 500) and add headers
//! to every response (a Content-Security-Policy).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

/// A response a test puts in place of a file.
#[derive(Clone, Debug)]
pub struct Canned {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

#[derive(Default)]
struct Config {
    canned: HashMap<String, Canned>,
    delays: HashMap<String, std::time::Duration>,
    gzip: bool,
    extra_headers: Vec<(String, String)>,
}

pub struct StaticServer {
    addr: SocketAddr,
    config: Arc<Mutex<Config>>,
}

impl StaticServer {
    /// Serves `root` until the test process ends.
    pub fn start(root: PathBuf) -> Self {
        assert!(
            root.join("index.html").is_file(),
            "{} has no index.html: build the app first (./dev test does)",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().unwrap();
        let config = Arc::new(Mutex::new(Config::default()));
        let shared = Arc::clone(&config);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, config) = (root.clone(), Arc::clone(&shared));
                thread::spawn(move || {
                    let _ = serve_one(stream, &root, &config);
                });
            }
        });
        StaticServer { addr, config }
    }

    /// Absolute URL of `path_and_query` (which starts with `/`) on this server.
    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://{}{}", self.addr, path_and_query)
    }

    /// Answers requests for `path` with `canned` instead of the file.
    pub fn replace(&self, path: &str, canned: Canned) {
        self.config.lock().unwrap().canned.insert(path.to_owned(), canned);
    }

    /// Adds a header to every response (e.g. a Content-Security-Policy).
    pub fn add_header(&self, name: &str, value: &str) {
        self.config.lock().unwrap().extra_headers.push((name.to_owned(), value.to_owned()));
    }

    /// Compresses responses as a production host does: the precompressed `.br` file beside
    /// the requested one when the client accepts brotli, otherwise gzip on the fly.
    #[allow(dead_code)] // used by the browser benchmark only
    pub fn enable_compression(&self) {
        self.config.lock().unwrap().gzip = true;
    }

    /// Answers requests for `path` only after `delay` (a slow or hanging host).
    pub fn delay(&self, path: &str, delay: std::time::Duration) {
        self.config.lock().unwrap().delays.insert(path.to_owned(), delay);
    }

    /// Serves `path` from its file again.
    pub fn restore(&self, path: &str) {
        let mut config = self.config.lock().unwrap();
        config.canned.remove(path);
        config.delays.remove(path);
    }
}

fn serve_one(stream: TcpStream, root: &Path, config: &Mutex<Config>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let (mut accepts_gzip, mut accepts_br) = (false, false);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
        let lower = header.to_ascii_lowercase();
        let encodings = lower.strip_prefix("accept-encoding:").unwrap_or("");
        accepts_gzip |= encodings.contains("gzip");
        accepts_br |= encodings.contains("br");
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let (canned, mut extra_headers, delay, gzip) = {
        let config = config.lock().unwrap();
        (config.canned.get(path).cloned(), config.extra_headers.clone(), config.delays.get(path).copied(), config.gzip)
    };
    if let Some(delay) = delay {
        thread::sleep(delay);
    }
    // Status 0 stands for "the connection drops": what a browser sees when offline.
    if canned.as_ref().is_some_and(|c| c.status == 0) {
        return Ok(());
    }
    let from_file = canned.is_none();
    let mut response = canned.unwrap_or_else(|| from_disk(root, path));
    let brotli = (gzip && accepts_br && from_file && response.status == 200)
        .then(|| from_disk(root, &format!("{}.br", if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() })))
        .filter(|br| br.status == 200);
    if let Some(brotli) = brotli {
        response.body = brotli.body;
        extra_headers.push(("Content-Encoding".into(), "br".into()));
    } else if gzip && accepts_gzip && response.status == 200 {
        use std::io::Write as _;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        encoder.write_all(&response.body)?;
        response.body = encoder.finish()?;
        extra_headers.push(("Content-Encoding".into(), "gzip".into()));
    }
    write_response(stream, &response, &extra_headers)
}

fn from_disk(root: &Path, path: &str) -> Canned {
    let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
    let relative = relative.trim_start_matches('/');
    let not_found = || Canned { status: 404, content_type: "text/plain", body: b"not found".to_vec() };
    if relative.split('/').any(|part| part == "..") {
        return not_found();
    }
    match std::fs::read(root.join(relative)) {
        Ok(body) => Canned { status: 200, content_type: content_type(relative), body },
        Err(_) => not_found(),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn write_response(mut stream: TcpStream, response: &Canned, extra_headers: &[(String, String)]) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len()
    );
    for (name, value) in extra_headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&response.body)?;
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
