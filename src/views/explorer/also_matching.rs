//! Under the results list: the places, sectors, countries, milestones, stories and figures that
//! match the search words too — the kinds of record that have no tab — so a search never hides
//! a match one kind away.

use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use explorer_core::search::{Group, Suggestion};

/// Links listed per kind before "Show all".
const FIRST: usize = 6;

/// Every kind of record without a tab that matches the search words, with its count and links.
#[component]
pub fn AlsoMatching() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let words = Memo::new(move |_| explorer.state.with(|s| s.query.text.clone()));
    let found = Memo::new(move |_| {
        words.with(|w| explorer.catalog.with_value(|c| c.search_index().matches_in(c, w, Group::WITHOUT_TAB, t.lang)))
    });
    // Keyed by kind, and each kind's links by record: typing on keeps what still matches.
    let kinds = move || found.with(|f| f.iter().map(|(group, _)| *group).collect::<Vec<_>>());
    let kind_view = move |group: Group| {
        let members = Signal::derive(move || found.with(|f| f.iter().find(|(g, _)| *g == group).map(|(_, m)| m.clone()).unwrap_or_default()));
        view! { <KindMatches group members /> }
    };
    // The section itself is drawn again only when matches appear or go.
    let any = Memo::new(move |_| found.with(|f| !f.is_empty()));
    move || {
        any.get().then(|| {
            view! {
                <section class="also-matching" aria-labelledby="also-matching-title">
                    <h2 id="also-matching-title" class="also-matching__title">{move || words.with(|w| (t.also_matching)(w))}</h2>
                    <ul class="also-matching__kinds">
                        <For each=kinds key=|group| *group children=kind_view />
                    </ul>
                </section>
            }
        })
    }
}

/// One kind: "Places (3)" and its first links, the rest behind "Show all".
#[component]
fn KindMatches(
    /// Which kind of record.
    group: Group,
    /// Its matching records, best first (they follow the search words).
    members: Signal<Vec<Suggestion>>,
) -> impl IntoView {
    let t = super::use_explorer().t;
    let show_all = RwSignal::new(false);
    let total = move || members.with(Vec::len);
    let shown = move || {
        let limit = if show_all.get() { usize::MAX } else { FIRST };
        members.with(|m| m.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    view! {
        <li class="also-matching__kind">
            <h3 class="also-matching__heading">{move || format!("{} ({})", group.heading(t.lang), total())}</h3>
            <ul class="also-matching__links">
                <For each=shown key=|m| (m.label.clone(), m.go.clone()) let(m)>
                    <li><GoLink go=m.go label=m.label /></li>
                </For>
            </ul>
            <Show when=move || { !show_all.get() && total() > FIRST }>
                <button type="button" class="button button--link" on:click=move |_| show_all.set(true)>
                    {move || (t.show_all_n)(total())}
                </button>
            </Show>
        </li>
    }
}
