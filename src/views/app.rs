use std::sync::Arc;

use leptos::prelude::*;

use super::load_failed::LoadFailed;
use super::loading::Loading;
use super::overview::Overview;
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;
use crate::fetch::{BUNDLE_URL, fetch_bundle};

/// The whole page: header, the loaded explorer (or its loading and failure states), footer.
#[component]
pub fn App() -> impl IntoView {
    let bundle = LocalResource::new(|| async { fetch_bundle(BUNDLE_URL).await.map(Arc::new) });
    let retry = Callback::new(move |()| bundle.refetch());

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <Transition fallback=Loading>
                <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors retry /> }>
                    {move || Suspend::new(async move {
                        bundle.await.map(|bundle| view! { <Overview bundle /> })
                    })}
                </ErrorBoundary>
            </Transition>
        </main>
        <SiteFooter />
    }
}
