//! EU–China Cluster Cooperation Explorer: the browser app.
//!
//! This crate holds the Leptos components (`views`) and the browser I/O (`fetch`, `download`, `picture`).
//! Every data decision — model, validation, filtering, URL state and what each screen shows —
//! lives in the `explorer_core` crate, which has no UI dependency. See ARCHITECTURE.md.

pub mod download;
pub mod fetch;
pub mod picture;
pub mod views;
