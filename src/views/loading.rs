use leptos::prelude::*;

/// Shown while the data bundle downloads; announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    let t = super::use_strings();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {t.loading}
        </p>
    }
}
