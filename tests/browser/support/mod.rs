//! The harness: a static file server for `dist/` and a Chromium session per test.

mod server;
mod session;

pub use server::Canned;
#[allow(unused_imports)] // the benchmark shares this harness and needs no second server
pub use server::StaticServer;
pub use session::{Session, run};

use std::path::PathBuf;

/// The project's root directory.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped bundle prepared for filtering, to compute what the page should show.
pub fn shipped_catalog() -> explorer_core::filter::Catalog {
    explorer_core::filter::Catalog::new(std::sync::Arc::new(shipped_bundle()))
}

/// The shipped data bundle, parsed natively, to compare what the page shows against.
pub fn shipped_bundle() -> explorer_core::model::Bundle {
    let text = std::fs::read_to_string(project_root().join("public/data/bundle.json"))
        .expect("public/data/bundle.json is readable");
    explorer_core::load::parse_bundle(&text).expect("the shipped bundle parses")
}

/// Issue 16's hard queries, as a visitor might paste them into the search box: 10,000
/// characters, only punctuation, right-to-left text, emoji, and one letter most records hold.
/// The browser test and the benchmark both use them.
pub fn hard_queries() -> Vec<String> {
    let long: String = "cluster cooperation, ".repeat(500).chars().take(10_000).collect();
    [long.as_str(), "?!.,;:…—()[]{}«»", "مرحبا بالعالم שלום עולם", "😀🚀🇨🇳👩‍🔬", "e"].map(str::to_owned).to_vec()
}
