use leptos::prelude::*;

use super::search_box::SearchBox;
use super::share::ShareButton;
use super::use_explorer;
use explorer_core::labels::Named;
use explorer_core::url_state::{Go, View};

/// The views as tabs, and the search box with its suggestions.
#[component]
pub fn Toolbar() -> impl IntoView {
    let explorer = use_explorer();
    let tabs = View::ALL
        .iter()
        .map(|&view| {
            let href = move || explorer.href(&Go::View(view));
            let current = move || (explorer.state.with(|s| s.view) == view).then_some("page");
            view! {
                <li><a href=href aria-current=current class="view-tab">{view.label_in(explorer.t.lang)}</a></li>
            }
        })
        .collect_view();
    view! {
        <div class="toolbar">
            <nav class="view-tabs" aria-label=explorer.t.views_nav>
                <ul>{tabs}</ul>
            </nav>
            <SearchBox />
            <ShareButton />
        </div>
    }
}
