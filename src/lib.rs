//! EU–China Cluster Cooperation Explorer.
//!
//! `model`, `load`, `validate` and `summary` are plain Rust (no leptos, no web_sys) and are unit-tested natively;
//! `views` holds the Leptos components and `fetch` the browser I/O. See ARCHITECTURE.md.

pub mod export;
pub mod filter;
pub mod labels;
pub mod load;
pub mod map;
pub mod model;
pub mod related;
pub mod summary;
pub mod url_state;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod synth;

pub mod download;
pub mod fetch;
pub mod views;
