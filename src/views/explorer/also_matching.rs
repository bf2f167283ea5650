//! Under the results list: the places, sectors, countries, milestones, stories and figures that
//! match the search words too — the kinds of record that have no tab — so a search never hides
//! a match one kind away.

use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use crate::views::follow_after_paint;
use explorer_core::search::{Group, KindMatches};

/// Links listed per kind before "Show all".
const FIRST: usize = 6;

/// Every kind of record without a tab that matches the search words, with its count and links.
#[component]
pub fn AlsoMatching() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    // Found once the list's results for the words are painted (see the search box).
    let words = follow_after_paint(Memo::new(move |_| explorer.state.with(|s| s.query.text.clone())));
    // The kinds whose "Show all" was pressed: only theirs are all written out.
    let expanded = RwSignal::new(Vec::<Group>::new());
    let found = Memo::new(move |_| {
        let limit = |group| if expanded.with(|e| e.contains(&group)) { usize::MAX } else { FIRST };
        words.with(|w| explorer.catalog.with_value(|c| c.search_index().matches_in(c, w, Group::WITHOUT_TAB, t.lang, limit)))
    });
    // Keyed by kind, and each kind's links by record: typing on keeps what still matches.
    let kinds = move || found.with(|f| f.iter().map(|k| k.group).collect::<Vec<_>>());
    let kind_view = move |group: Group| {
        let matches = Memo::new(move |_| {
            found.with(|f| f.iter().find(|k| k.group == group).cloned().unwrap_or(KindMatches { group, total: 0, shown: Vec::new() }))
        });
        view! { <KindMatchesView matches expanded /> }
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
fn KindMatchesView(
    /// The kind's matches (they follow the search words): its count and the links written out.
    matches: Memo<KindMatches>,
    /// The kinds whose every match is written out; "Show all" adds this one.
    expanded: RwSignal<Vec<Group>>,
) -> impl IntoView {
    let t = super::use_explorer().t;
    let group = matches.with_untracked(|m| m.group);
    let total = move || matches.with(|m| m.total);
    view! {
        <li class="also-matching__kind">
            <h3 class="also-matching__heading">{move || format!("{} ({})", group.heading(t.lang), total())}</h3>
            <ul class="also-matching__links">
                <For each=move || matches.with(|m| m.shown.clone()) key=|m| (m.label.clone(), m.go.clone()) let(m)>
                    <li><GoLink go=m.go label=m.label /></li>
                </For>
            </ul>
            <Show when=move || matches.with(|m| m.shown.len() < m.total)>
                <button type="button" class="button button--link" on:click=move |_| expanded.update(|e| e.push(group))>
                    {move || (t.show_all_n)(total())}
                </button>
            </Show>
        </li>
    }
}
