use std::sync::Arc;

use leptos::prelude::*;

use super::explorer::ExplorerPage;
use super::load_failed::LoadFailed;
use super::loading::Loading;
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;
use leptos_router::components::Router;

use crate::fetch::{BUNDLE_URL, fetch_bundle};
use crate::filter::Catalog;

/// The whole page: header, the loaded explorer (or its loading and failure states), footer.
/// The router only provides the URL's query string: the whole app is one page.
#[component]
pub fn App() -> impl IntoView {
    let bundle = LocalResource::new(|| async { fetch_bundle(BUNDLE_URL).await.map(Arc::new) });
    let retry = Callback::new(move |()| bundle.refetch());

    view! {
        <Router>
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <Transition fallback=Loading>
                <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors retry /> }>
                    {move || Suspend::new(async move {
                        bundle.await.map(|bundle| view! { <ExplorerPage catalog=Arc::new(Catalog::new(bundle)) /> })
                    })}
                </ErrorBoundary>
            </Transition>
        </main>
        <SiteFooter />
        </Router>
    }
}
