//! Browser I/O: downloading the data bundle and the map outlines. The only module that talks to
//! the network.

use gloo_net::http::Request;
use wasm_bindgen::JsCast;

use explorer_core::load::{LoadError, parse_bundle_bytes};
use explorer_core::map::Outlines;
use explorer_core::model::Bundle;

/// Where the bundle lives, relative to the page, so the app works from any sub-path.
pub const BUNDLE_URL: &str = "data/bundle.json";

/// The map's coastlines, fetched only when the map is first shown.
pub const OUTLINES_URL: &str = "data/outlines.json";

/// Downloads and parses the bundle at `url`. Its bytes are parsed as they came, not made a
/// JavaScript string first: handing a 70 MB string with non-ASCII text to the app reserves up to
/// three times its length in the app's memory (a memory that never shrinks) before it shrinks
/// to fit.
pub async fn fetch_bundle(url: &str) -> Result<Bundle, LoadError> {
    let bytes = get(url).await?.binary().await.map_err(|e| network(url, e.to_string()))?;
    parse_bundle_bytes(&bytes)
}

/// Downloads the map outlines.
pub async fn fetch_outlines(url: &str) -> Result<Outlines, LoadError> {
    let text = get(url).await?.text().await.map_err(|e| network(url, e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| LoadError::NotJson { detail: e.to_string(), truncated: e.is_eof() })
}

/// A host that has not answered by then is treated as down; the visitor gets the retry button.
pub const TIMEOUT_MS: i32 = 15_000;

fn network(url: &str, reason: String) -> LoadError {
    LoadError::Network { url: url.to_owned(), reason }
}

/// The answer to a GET of `url`, when it is a success; a timeout or an HTTP error otherwise.
async fn get(url: &str) -> Result<gloo_net::http::Response, LoadError> {
    let network = |reason: String| network(url, reason);
    let controller = web_sys::AbortController::new().map_err(|_| network("the browser cannot make requests".into()))?;
    let abort = {
        let controller = controller.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || controller.abort())
    };
    let timer = web_sys::window()
        .and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), TIMEOUT_MS).ok());
    let sent = Request::get(url).abort_signal(Some(&controller.signal())).send().await;
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    let response = sent.map_err(|e| {
        if controller.signal().aborted() {
            network(format!("no answer within {} seconds", TIMEOUT_MS / 1000))
        } else {
            network(e.to_string())
        }
    })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    Ok(response)
}
