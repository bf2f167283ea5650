use std::sync::Arc;

use leptos::prelude::*;

use explorer_core::labels::Named;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use super::embed::{EmbedAttribution, EmbedBar, report_height_to_parent};
use super::explorer::ExplorerPage;
use super::load_failed::LoadFailed;
use super::loading::Loading;
use super::site_footer::SiteFooter;
use super::LanguageSwitch;
use leptos::portal::Portal;
use crate::fetch::{BUNDLE_URL, fetch_bundle};
use explorer_core::i18n::Lang;
use explorer_core::filter::Catalog;
use explorer_core::url_state::{ViewState, decode_pairs};

/// The whole page. The router only provides the URL's query string: the app is one page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Page />
        </Router>
    }
}

/// Header, the loaded explorer (or its loading and failure states), footer — or, embedded in
/// another site (`embed=1`), a compact frame without the site header.
#[component]
fn Page() -> impl IntoView {
    // index.html preloads the bundle; a retry asks for it under a new address, so that it
    // never waits on a stalled first request.
    let attempt = RwSignal::new(0u32);
    let bundle = LocalResource::new(move || {
        let url = match attempt.get() {
            0 => BUNDLE_URL.to_owned(),
            n => format!("{BUNDLE_URL}?attempt={n}"),
        };
        // Prepared for filtering once: switching the language rebuilds the page, not this.
        async move { fetch_bundle(&url).await.map(|bundle| Arc::new(Catalog::new(Arc::new(bundle)))) }
    });
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    // The raw query string, decoded once by the core (the router's own query map decodes twice).
    let search = use_location().search;
    let parsed = Memo::new(move |_| search.with(|s| ViewState::from_pairs(decode_pairs(s))));
    let embedded = Memo::new(move |_| parsed.with(|(state, _)| state.embed));
    // `theme=` overrides the system colour scheme (the stylesheet reads `data-theme`).
    let theme = Memo::new(move |_| parsed.with(|(state, _)| state.theme));
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = match theme.get() {
                Some(theme) => root.set_attribute("data-theme", theme.id()),
                None => root.remove_attribute("data-theme"),
            };
        }
    });
    // `lang=` sets the interface language, `<html lang>` and the page title; a change rebuilds
    // the page below with the other language's words (the state stays in the URL).
    let lang = Memo::new(move |_| parsed.with(|(state, _)| state.lang));
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", if lang == Lang::Zh { "zh-Hans" } else { "en" });
        }
        document().set_title(lang.strings().site_name);
    });
    // The site header and the skip link are in index.html (drawn before this code runs; see
    // examples/postbuild.rs); `data-embed` hides the header in an embed, as boot.js set it.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = if embedded.get() { root.set_attribute("data-embed", "") } else { root.remove_attribute("data-embed") };
        }
    });
    report_height_to_parent();
    // index.html's first screen (heading, lead, loading message) stands in until the data has
    // arrived or failed; then the app's own page replaces it.
    Effect::new(move |_| {
        if bundle.with(Option::is_some) {
            if let Some(first_screen) = document().get_element_by_id("first-screen") {
                first_screen.remove();
            }
        }
    });

    move || {
        provide_context(lang.get());
        view! {
        <Show when=move || !embedded.get() fallback=move || view! { <EmbedBar parsed /> }>
            {document().get_element_by_id("language-switch").map(|slot| view! {
                <Portal mount=slot><LanguageSwitch parsed /></Portal>
            })}
        </Show>
        <main id="main" tabindex="-1" class:embedded=embedded>
            <Transition fallback=Loading>
                <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors retry /> }>
                    {move || Suspend::new(async move {
                        bundle.await.map(|catalog| view! { <ExplorerPage catalog parsed /> })
                    })}
                </ErrorBoundary>
            </Transition>
        </main>
        <Show when=move || !embedded.get() fallback=|| view! { <EmbedAttribution /> }>
            <SiteFooter />
        </Show>
        }
    }
}
