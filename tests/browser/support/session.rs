//! One headless Chromium per test, driven through its own chromedriver.

use std::net::TcpListener;
use std::panic::{AssertUnwindSafe, resume_unwind};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use futures::FutureExt;
use serde_json::{Value, json};

use super::project_root;
use super::server::StaticServer;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WAIT: Duration = Duration::from_secs(20);

/// Runs `body` against a fresh browser showing the release build, then fails the test if the
/// body panicked or the browser logged any console error; either way it saves a screenshot.
pub fn run(name: &str, body: impl AsyncFnOnce(&Session)) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let session = Session::start(name).await;
        let outcome = AssertUnwindSafe(body(&session)).catch_unwind().await;
        let console_errors = session.unexpected_console_errors().await;
        if outcome.is_err() || !console_errors.is_empty() {
            session.save_screenshot(&format!("{name}-failure")).await;
        }
        session.close().await;
        if let Err(panic) = outcome {
            resume_unwind(panic);
        }
        assert!(console_errors.is_empty(), "the browser console reported errors:\n{console_errors:#?}");
    });
}

/// A page in headless Chromium plus the server it loads from.
pub struct Session {
    pub client: Client,
    pub server: StaticServer,
    driver: Child,
    profile: PathBuf,
    /// Where the browser saves downloads.
    pub downloads: PathBuf,
    expected_console_errors: Mutex<Vec<String>>,
}

impl Session {
    async fn start(name: &str) -> Session {
        for tool in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(tool).exists(),
                "{tool} is missing: browser tests need Debian's chromium and chromium-driver \
                 (./dev test installs them)"
            );
        }
        let server = StaticServer::start(project_root().join("dist"));
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = std::env::temp_dir().join(format!("eu-china-explorer-{name}-{}", std::process::id()));
        let downloads = profile.join("downloads");
        let _ = std::fs::remove_dir_all(&profile);
        let client = connect(port, &profile, &downloads).await;
        let session =
            Session { client, server, driver, profile, downloads, expected_console_errors: Mutex::new(Vec::new()) };
        session.resize(1280, 900).await;
        session
    }

    /// Opens `path_and_query` (starting with `/`) on the test server.
    pub async fn open(&self, path_and_query: &str) {
        self.client.goto(&self.server.url(path_and_query)).await.expect("navigate");
    }

    /// Sets the browser window's size in CSS pixels.
    pub async fn resize(&self, width: u32, height: u32) {
        self.client.set_window_size(width, height).await.expect("resize the window");
    }

    /// Moves the mouse pointer onto the centre of `element`, as a visitor pointing at it.
    pub async fn point_at(&self, element: Element) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let moved = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveToElement { element, duration: None, x: 0.0, y: 0.0 });
        self.client.perform_actions(moved).await.expect("move the pointer");
    }

    /// Waits until `css` matches an element, and returns it.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element matches `{css}` after {WAIT:?}: {e}"))
    }

    /// Like [`Session::find`], with a longer wait (big bundles in the benchmark).
    #[allow(dead_code)] // used by the browser benchmark only
    pub async fn find_within(&self, css: &str, wait: Duration) -> Element {
        self.client
            .wait()
            .at_most(wait)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element matches `{css}` after {wait:?}: {e}"))
    }

    /// The visible texts of every element matching `css` (none if nothing matches).
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await.expect("query the page") {
            texts.push(element.text().await.expect("read an element's text"));
        }
        texts
    }

    /// Clicks the first element matching `css` (waiting for it to appear).
    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("could not click `{css}`: {e}"));
    }

    /// Waits until the text of the first element matching `css` contains `expected`, and
    /// returns it.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Some(text) = self.texts(css).await.into_iter().next() {
                if text.contains(expected) {
                    return text;
                }
                last = text;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("`{css}` never showed “{expected}”; last text: “{last}”");
    }

    /// The query string of the current address, decoded into pairs.
    pub async fn query_pairs(&self) -> Vec<(String, String)> {
        let url = self.client.current_url().await.expect("read the current address");
        url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
    }

    /// Waits until the address has `key=value`.
    pub async fn wait_until_param(&self, key: &str, value: &str) {
        for _ in 0..200 {
            if self.param(key).await.as_deref() == Some(value) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the address never had {key}={value}: {:?}", self.query_pairs().await);
    }

    /// Waits until the address has no `key`.
    pub async fn wait_until_param_absent(&self, key: &str) {
        for _ in 0..200 {
            if self.param(key).await.is_none() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the address kept {key}: {:?}", self.query_pairs().await);
    }

    /// Waits until keyboard focus is inside the element matching `css`.
    pub async fn wait_for_focus_in(&self, css: &str) {
        let script =
            format!("const e = document.querySelector('{css}'); return !!e && e.contains(document.activeElement);");
        for _ in 0..200 {
            if self.eval(&script).await == true {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("focus never moved into {css}");
    }

    /// The value of one query parameter of the current address.
    pub async fn param(&self, key: &str) -> Option<String> {
        self.query_pairs().await.into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Clicks the element found by an XPath expression (for "the checkbox labelled X").
    pub async fn click_xpath(&self, xpath: &str) {
        let element = self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {xpath}: {e}"));
        element.click().await.unwrap_or_else(|e| panic!("could not click {xpath}: {e}"));
    }

    /// Sends a Chrome DevTools Protocol command (profiling, permissions) and returns its result.
    pub async fn devtools(&self, command: &'static str, params: Value) -> Value {
        self.client.issue_cmd(DevTools { command, params }).await.unwrap_or_else(|e| panic!("{command}: {e}"))
    }

    /// Lets the page read and write the clipboard (no prompt in a headless browser).
    pub async fn allow_clipboard(&self) {
        let origin = self.eval("return location.origin").await;
        let permissions = json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] });
        self.devtools("Browser.grantPermissions", permissions).await;
    }

    /// The clipboard's text, as the page reads it.
    pub async fn clipboard_text(&self) -> Value {
        let read = "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));";
        self.client.execute_async(read, vec![]).await.expect("read the clipboard")
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Emulates `prefers-color-scheme: dark` (or light) for the rest of the session.
    pub async fn set_dark_theme(&self, dark: bool) {
        let scheme = if dark { "dark" } else { "light" };
        let params = json!({ "media": "", "features": [{ "name": "prefers-color-scheme", "value": scheme }] });
        self.client
            .issue_cmd(DevTools { command: "Emulation.setEmulatedMedia", params })
            .await
            .expect("emulate the colour scheme");
    }

    /// Lets a console error that contains `fragment` pass (e.g. the 404 a failure test provokes).
    pub fn expect_console_error(&self, fragment: &str) {
        self.expected_console_errors.lock().unwrap().push(fragment.to_owned());
    }

    /// Saves a PNG of the current page to `target/browser-screenshots/<name>.png`.
    pub async fn save_screenshot(&self, name: &str) -> PathBuf {
        let dir = project_root().join("target/browser-screenshots");
        std::fs::create_dir_all(&dir).expect("create the screenshot folder");
        let path = dir.join(format!("{name}.png"));
        match self.client.screenshot().await {
            Ok(png) => std::fs::write(&path, png).expect("write the screenshot"),
            Err(e) => eprintln!("could not take a screenshot: {e}"),
        }
        path
    }

    async fn unexpected_console_errors(&self) -> Vec<String> {
        let log = self.client.issue_cmd(BrowserLog).await.expect("read the browser console log");
        let expected = self.expected_console_errors.lock().unwrap().clone();
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .filter_map(|entry| entry["message"].as_str().map(str::to_owned))
            .filter(|message| !expected.iter().any(|fragment| message.contains(fragment)))
            .collect()
    }

    async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

async fn connect(port: u16, profile: &Path, downloads: &Path) -> Client {
    let mut capabilities = Capabilities::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
            },
        }),
    );
    capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let webdriver = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + WAIT;
    loop {
        match ClientBuilder::new(connector.clone()).capabilities(capabilities.clone()).connect(&webdriver).await {
            Ok(client) => return client,
            // chromedriver needs a moment to listen after it starts.
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("could not start headless Chromium through chromedriver: {e}"),
        }
    }
}

/// A loopback port for a new chromedriver. The operating system may hand the same free port to
/// two tests that ask at nearly the same time (it is free until chromedriver binds it), so every
/// port handed out in this process is remembered and never given twice.
fn free_port() -> u16 {
    static HANDED_OUT: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut handed_out = HANDED_OUT.lock().unwrap();
    loop {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        if !handed_out.contains(&port) {
            handed_out.push(port);
            return port;
        }
    }
}

/// A Chrome DevTools Protocol command through chromedriver (e.g. emulating the dark theme).
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.command, "params": self.params }).to_string()))
    }
}

/// chromedriver's (non-standard) endpoint that returns and clears the browser console log.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": "browser" }).to_string()))
    }
}
