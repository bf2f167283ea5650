use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use explorer_core::screens::{Chip, active_chips};
use explorer_core::url_state::Go;

/// The active filters as removable chips, and "Clear all".
#[component]
pub fn Chips() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let chips = Memo::new(move |_| explorer.state.with(|s| explorer.catalog.with_value(|c| active_chips(c, t, &s.query))));
    let any = move || chips.with(|c| !c.is_empty());
    // Keyed by chip: a keystroke replaces the search chip alone, and the other chips keep their
    // elements, their links following the state.
    view! {
        <Show when=any>
            <div class="chips" aria-label=t.active_filters role="group">
                <ul>
                    <For each=move || chips.get() key=|chip| (chip.label.clone(), chip.go.clone()) let(chip)>
                        <ChipLink chip />
                    </For>
                </ul>
                <GoLink go=Go::ClearFilters label=t.clear_all class="chips__clear" />
            </div>
        </Show>
    }
}

/// One chip: its label, and a link that removes its filter.
#[component]
fn ChipLink(
    /// The active filter shown.
    chip: Chip,
) -> impl IntoView {
    let explorer = use_explorer();
    let aria = (explorer.t.remove_filter)(&chip.label);
    let Chip { label, go } = chip;
    let href = move || explorer.href(&go);
    view! {
        <li>
            <a class="chip" href=href aria-label=aria>
                {label}<span class="chip__x" aria-hidden="true">"×"</span>
            </a>
        </li>
    }
}
