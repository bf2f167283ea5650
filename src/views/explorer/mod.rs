//! The explorer: toolbar, notices, filter chips, the filter panel, the current view and the
//! detail panel. Everything on screen follows the URL (see `context`).

mod also_matching;
mod chips;
mod context;
mod detail;
mod embed_dialog;
mod facets;
mod links;
mod map;
mod map_pins;
mod notices;
mod picture_buttons;
mod places;
mod sector_chart;
mod results_list;
mod search_box;
mod share;
mod sectors;
mod stories;
mod timeline;
mod toolbar;
mod unsent_search;

use std::sync::Arc;

use leptos::prelude::*;

pub use context::{Explorer, use_explorer};

use explorer_core::filter::Catalog;
use explorer_core::screens::announcement;
use explorer_core::url_state::{Notice, View, ViewState};

/// The loaded explorer.
#[component]
pub fn ExplorerPage(
    /// The checked bundle, prepared for filtering.
    catalog: Arc<Catalog>,
    /// The URL's state as read (ids not yet checked against the data) and what it ignored.
    parsed: Memo<(ViewState, Vec<Notice>)>,
) -> impl IntoView {
    let explorer = Explorer::provide(catalog, parsed);
    // Effects run after the first render: the benchmark reads this mark as "first results".
    Effect::new(|_| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("explorer-ready");
        }
    });
    // A memo, so the view is rebuilt only when the view itself changes, not on every filter.
    let current = Memo::new(move |_| explorer.state.with(|s| s.view));
    // One polite live region for the whole explorer, so screen readers hear what a filter did.
    let announcement = move || {
        let tab = explorer.tab.get();
        explorer.results().with(|r| announcement(explorer.t, tab, r.matches.len()))
    };
    view! {
        <div class="explorer">
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
            <toolbar::Toolbar />
            <notices::Notices />
            <chips::Chips />
            <div class="explorer__body">
                <facets::FilterPanel />
                <section class="explorer__content" id="view" tabindex="-1" aria-label=explorer.t.current_view>
                    {move || match current.get() {
                        View::Sectors => view! { <sectors::SectorsView /> }.into_any(),
                        View::List => view! { <results_list::ResultsList /> }.into_any(),
                        View::Map => view! { <places::PlacesView /> }.into_any(),
                        View::Timeline => view! { <timeline::TimelineView /> }.into_any(),
                        View::Stories => view! { <stories::StoriesView /> }.into_any(),
                    }}
                    // `Show` keeps the dialog while the state changes (it rebuilds only when the bool flips).
                    <Show when=move || !explorer.state.with(|s| s.embed)><embed_dialog::EmbedThisView /></Show>
                </section>
                <detail::DetailPanel />
            </div>
        </div>
    }
}
