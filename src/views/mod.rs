//! Leptos components. Views render state and forward user intent; they hold no data logic
//! (that lives in `model`, `load` and `summary`, which never import leptos).

mod app;
mod embed;
mod explorer;
mod load_failed;
mod loading;
pub mod overview;
mod site_footer;
mod site_header;

pub use app::App;
