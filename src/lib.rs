//! EU–China Cluster Cooperation Explorer.
//!
//! `model` and `load` are plain Rust (no leptos, no web_sys) and are unit-tested natively;
//! `views` holds the Leptos components and `fetch` the browser I/O. See ARCHITECTURE.md.

pub mod load;
pub mod model;
pub mod summary;

pub mod fetch;
pub mod views;
