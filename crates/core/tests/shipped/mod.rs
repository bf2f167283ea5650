//! The shipped bundle, for the native tests that check it (one copy of the loading code).

use std::sync::Arc;

use explorer_core::filter::Catalog;
use explorer_core::load::parse_bundle;

/// `public/data/bundle.json` as the app ships it.
pub const SHIPPED: &str = include_str!("../../../../public/data/bundle.json");

/// The shipped bundle, checked and prepared for filtering.
pub fn catalog() -> Catalog {
    Catalog::new(Arc::new(parse_bundle(SHIPPED).expect("the shipped bundle is valid")))
}
