//! Browser I/O: downloading the data bundle and the map outlines. The only module that talks to
//! the network.

use gloo_net::http::Request;

use crate::load::{LoadError, parse_bundle};
use crate::map::Outlines;
use crate::model::Bundle;

/// Where the bundle lives, relative to the page, so the app works from any sub-path.
pub const BUNDLE_URL: &str = "data/bundle.json";

/// The map's coastlines, fetched only when the map is first shown.
pub const OUTLINES_URL: &str = "data/outlines.json";

/// Downloads and parses the bundle at `url`.
pub async fn fetch_bundle(url: &str) -> Result<Bundle, LoadError> {
    parse_bundle(&get_text(url).await?)
}

/// Downloads the map outlines.
pub async fn fetch_outlines(url: &str) -> Result<Outlines, LoadError> {
    let text = get_text(url).await?;
    serde_json::from_str(&text).map_err(|e| LoadError::NotJson { detail: e.to_string(), truncated: e.is_eof() })
}

async fn get_text(url: &str) -> Result<String, LoadError> {
    let network = |reason: String| LoadError::Network { url: url.to_owned(), reason };
    let response = Request::get(url).send().await.map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.text().await.map_err(|e| network(e.to_string()))
}
