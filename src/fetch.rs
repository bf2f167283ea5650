//! Browser I/O: downloading the data bundle. The only module that talks to the network.

use gloo_net::http::Request;

use crate::load::{LoadError, parse_bundle};
use crate::model::Bundle;

/// Where the bundle lives, relative to the page, so the app works from any sub-path.
pub const BUNDLE_URL: &str = "data/bundle.json";

/// Downloads and parses the bundle at `url`.
pub async fn fetch_bundle(url: &str) -> Result<Bundle, LoadError> {
    let network = |reason: String| LoadError::Network { url: url.to_owned(), reason };
    let response = Request::get(url).send().await.map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(|e| network(e.to_string()))?;
    parse_bundle(&text)
}
