use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use explorer_core::screens::active_chips;
use explorer_core::url_state::Go;

/// The active filters as removable chips, and "Clear all".
#[component]
pub fn Chips() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let chips = Memo::new(move |_| explorer.state.with(|s| explorer.catalog.with_value(|c| active_chips(c, t, &s.query))));
    move || {
        let chips = chips.get();
        (!chips.is_empty()).then(|| {
            let items = chips
                .into_iter()
                .map(|chip| {
                    let aria = (t.remove_filter)(&chip.label);
                    let href = move || explorer.href(&chip.go);
                    view! {
                        <li>
                            <a class="chip" href=href aria-label=aria>
                                {chip.label.clone()}<span class="chip__x" aria-hidden="true">"×"</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="chips" aria-label=t.active_filters role="group">
                    <ul>{items}</ul>
                    <GoLink go=Go::ClearFilters label=t.clear_all class="chips__clear" />
                </div>
            }
        })
    }
}
