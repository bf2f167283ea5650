//! Living inside someone else's page: the compact bar of the embedded layout, and telling the
//! parent page our height so its iframe can fit us without inner scrollbars.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use explorer_core::url_state::{Go, Notice, ViewState};

/// The message type a parent page listens for (see the README's embedding section).
pub const HEIGHT_MESSAGE: &str = "eu-china-explorer:height";

/// Top of the embedded layout: what this is, and a way out to the full explorer.
#[component]
pub fn EmbedBar(
    /// The URL's state: the full explorer opens on the same screen.
    parsed: Memo<(ViewState, Vec<Notice>)>,
) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let full = move || {
        let origin = window().location().origin().unwrap_or_default();
        let path = location.pathname.get();
        parsed.with(|(state, _)| format!("{origin}{}", state.href(&path, &Go::FullExplorer)))
    };
    let t = super::use_strings();
    view! {
        <header class="embed-bar">
            <span class="embed-bar__title">{t.embed_title}</span>
            <super::LanguageSwitch parsed />
            <a href=full target="_blank" rel="noopener noreferrer" class="embed-bar__open">
                {t.open_full_explorer}<span class="visually-hidden">{t.opens_new_tab}</span>
            </a>
        </header>
    }
}

/// Bottom of the embedded layout: where the data comes from.
#[component]
pub fn EmbedAttribution() -> impl IntoView {
    let t = super::use_strings();
    view! {
        <footer class="embed-attribution">
            {t.embed_data_before}<cite>{t.paper_title}</cite>{t.embed_data_after}
            {(!t.source_texts_english.is_empty()).then(|| view! { " " {t.source_texts_english} })}
        </footer>
    }
}

/// When framed, posts `{type, height}` to the parent whenever the page's height changes. It
/// only ever sends; it never listens to messages from the parent.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else { return };
    let framed = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    if !framed {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let last = std::cell::Cell::new(0);
    let post = Closure::<dyn Fn()>::new(move || {
        let Some(window) = web_sys::window() else { return };
        let Some(body) = window.document().and_then(|d| d.body()) else { return };
        // The bottom of the lowest element, not the body's own height: the body is at least as
        // tall as the iframe, which would keep a grown iframe from ever shrinking again.
        let children = body.children();
        let scroll = window.scroll_y().unwrap_or(0.0);
        let bottom = (0..children.length())
            .filter_map(|i| children.item(i))
            .map(|child| child.get_bounding_client_rect().bottom() + scroll)
            .fold(0.0, f64::max);
        let height = bottom.ceil() as i32;
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            // "*": the height is not secret, and the embedding site's origin is not known here.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    post.forget();
}
