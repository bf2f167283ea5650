//! Leptos components. Views render state and forward user intent; they hold no data logic
//! (that lives in `model`, `load` and `summary`, which never import leptos).

mod after_paint;
mod app;
mod embed;
mod explorer;
mod load_failed;
mod loading;
pub mod overview;
mod site_footer;
mod words;

pub use after_paint::{AfterFirstPaint, follow_after_paint, when_idle};
pub use app::App;
pub use words::{LanguageSwitch, use_strings};
