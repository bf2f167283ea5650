use leptos::prelude::*;

/// Shown while the data bundle downloads; announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            "Loading the cooperation data…"
        </p>
    }
}
