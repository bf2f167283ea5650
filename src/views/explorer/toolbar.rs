use leptos::prelude::*;

use super::use_explorer;
use explorer_core::labels::Named;
use explorer_core::url_state::{Go, View};

/// The views as tabs, and the search box.
#[component]
pub fn Toolbar() -> impl IntoView {
    let explorer = use_explorer();
    let tabs = View::ALL
        .iter()
        .map(|&view| {
            let href = move || explorer.href(&Go::View(view));
            let current = move || (explorer.state.with(|s| s.view) == view).then_some("page");
            view! {
                <li><a href=href aria-current=current class="view-tab">{view.label()}</a></li>
            }
        })
        .collect_view();
    let text = move || explorer.state.with(|s| s.query.text.clone());
    let on_input = move |ev: leptos::ev::Event| explorer.go(&Go::Search(event_target_value(&ev)), true);
    view! {
        <div class="toolbar">
            <nav class="view-tabs" aria-label="Views">
                <ul>{tabs}</ul>
            </nav>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-input" class="visually-hidden">"Search names, places and descriptions"</label>
                <input
                    id="search-input"
                    type="search"
                    placeholder="Search: Chengdu, 成都, canceropole…"
                    autocomplete="off"
                    maxlength="200"
                    prop:value=text
                    on:input=on_input
                />
            </form>
        </div>
    }
}
