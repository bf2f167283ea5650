//! The explorer's core: everything but the components.
//!
//! `model` is the bundle's format, `load` and `validate` turn text into a checked bundle,
//! `filter` answers queries, `url_state` is the public link contract, and `screens` derives
//! every answer a screen shows (place rows, pins and partner lines, timeline, sector pages,
//! detail panels, chips, headline counts) so the app only renders them.
//!
//! Invariant: this crate depends on no UI or browser crate (leptos, web-sys, js-sys, gloo); the
//! compiler enforces it because `Cargo.toml` lists none. See ARCHITECTURE.md.

pub mod export;
pub mod filter;
pub mod i18n;
pub mod labels;
pub mod load;
pub mod map;
pub mod markup;
pub mod model;
pub mod related;
pub mod screens;
pub mod search;
pub mod summary;
pub mod url_state;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod synth;
