use leptos::prelude::*;

use super::use_strings;

/// Closing line: where the data comes from and what the app is made with.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_strings();
    view! {
        <footer class="site-footer">
            <p>{t.footer_before}<cite>{t.paper_title}</cite>{t.footer_after}</p>
            {(!t.source_texts_english.is_empty()).then(|| view! { <p>{t.source_texts_english}</p> })}
        </footer>
    }
}
