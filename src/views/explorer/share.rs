//! Sharing what is on screen: the address already holds the whole state.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::use_explorer;
use explorer_core::url_state::Go;

/// What the last press of the button did, said beside it.
#[derive(Clone, Copy, PartialEq)]
enum Shared {
    Nothing,
    Copied,
    Failed,
}

/// "Share": the system's share sheet where the browser has one (phones), otherwise "Copy link"
/// with a visible confirmation. Shares the full explorer's address, also from an embed.
#[component]
pub fn ShareButton(
    /// Extra class names.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let explorer = use_explorer();
    let shared = RwSignal::new(Shared::Nothing);
    let can_share = js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share")).unwrap_or(false);
    let press = move |_| {
        let url = explorer.address(&Go::FullExplorer);
        let navigator = window().navigator();
        if can_share {
            let data = web_sys::ShareData::new();
            data.set_url(&url);
            data.set_title(&document().title());
            // The visitor may cancel the sheet: nothing to say then.
            let _ = navigator.share_with_data(&data);
            return;
        }
        copy_text(&url, move |copied| shared.set(if copied { Shared::Copied } else { Shared::Failed }));
        set_timeout(move || shared.set(Shared::Nothing), Duration::from_secs(4));
    };
    let t = explorer.t;
    let label = if can_share { t.share } else { t.copy_link };
    let said = move || match shared.get() {
        Shared::Nothing => String::new(),
        Shared::Copied => t.link_copied.to_owned(),
        Shared::Failed => (t.copy_failed)(&explorer.address(&Go::FullExplorer)),
    };
    view! {
        <span class=format!("share {class}")>
            <button type="button" class="button button--secondary share__button" on:click=press>{label}</button>
            <span class="share__status" role="status">{said}</span>
        </span>
    }
}


/// Copies `text` to the clipboard, then calls `done` with whether it worked (a browser may
/// refuse, e.g. without a user gesture or permission).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let copied = wasm_bindgen_futures::JsFuture::from(window().navigator().clipboard().write_text(text));
    leptos::task::spawn_local(async move { done(copied.await.is_ok()) });
}
