use leptos::prelude::*;

use super::use_explorer;
use explorer_core::filter::Query;

/// The active filters as removable chips, and "Clear all".
#[component]
pub fn Chips() -> impl IntoView {
    let explorer = use_explorer();
    move || {
        let query = explorer.state.with(|s| s.query.clone());
        let active = query.active();
        (!active.is_empty()).then(|| {
            let chips = active
                .into_iter()
                .map(|filter| {
                    let label = explorer.catalog.with_value(|c| c.describe(&query, &filter));
                    let href = explorer.href(|s| s.query = s.query.without(&filter));
                    let aria = format!("Remove filter {label}");
                    view! {
                        <li>
                            <a class="chip" href=href aria-label=aria>
                                {label}<span class="chip__x" aria-hidden="true">"×"</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let clear = explorer.href(|s| s.query = Query::default());
            view! {
                <div class="chips" aria-label="Active filters" role="group">
                    <ul>{chips}</ul>
                    <a class="chips__clear" href=clear>"Clear all"</a>
                </div>
            }
        })
    }
}
