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
        words.with(|w| explorer.catalog.with_value(|c| c.search_index().matches_in(w, Group::WITHOUT_TAB, t.lang)))
    });
    move || {
        let found = found.get();
        (!found.is_empty()).then(|| {
            view! {
                <section class="also-matching" aria-labelledby="also-matching-title">
                    <h2 id="also-matching-title" class="also-matching__title">
                        {words.with(|w| (t.also_matching)(w))}
                    </h2>
                    <ul class="also-matching__kinds">
                        {found.into_iter().map(|(group, members)| view! { <KindMatches group members /> }).collect_view()}
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
    /// Its matching records, best first.
    members: Vec<Suggestion>,
) -> impl IntoView {
    let t = super::use_explorer().t;
    let all_shown = RwSignal::new(members.len() <= FIRST);
    let total = members.len();
    let links = move || {
        let shown = if all_shown.get() { total } else { FIRST };
        members.iter().take(shown).map(|m| view! { <li><GoLink go=m.go.clone() label=m.label.clone() /></li> }).collect_view()
    };
    view! {
        <li class="also-matching__kind">
            <h3 class="also-matching__heading">{format!("{} ({total})", group.heading(t.lang))}</h3>
            <ul class="also-matching__links">{links}</ul>
            {move || (!all_shown.get()).then(|| view! {
                <button type="button" class="button button--link" on:click=move |_| all_shown.set(true)>
                    {(t.show_all_n)(total)}
                </button>
            })}
        </li>
    }
}
