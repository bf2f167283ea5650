use std::collections::HashMap;

use leptos::prelude::*;

use super::links::{EntryItems, GoLink};
use super::map::CooperationMap;
use super::use_explorer;
use explorer_core::filter::Facet;
use explorer_core::labels::Named;
use explorer_core::model::Side;
use explorer_core::screens::{FIRST_ROWS_PER_SIDE, PlaceRow, count};
use explorer_core::url_state::Go;

/// Where cooperation happens: the map, and the city list — places of the filtered initiatives
/// grouped by side and country, with their partner places among them (`Places` in the core).
#[component]
pub fn PlacesView() -> impl IntoView {
    let explorer = use_explorer();
    let hovered = RwSignal::new(None::<String>);
    let sides = move || explorer.places.with(|p| p.groups.iter().map(|g| g.side).collect::<Vec<_>>());
    view! {
        <div class="places">
            <h1 class="view-title">"Where cooperation happens"</h1>
            <p class="view-lead">"The places of the filtered initiatives, and which places they pair up. Choose a place to filter everything to it."</p>
            <div class="places__layout">
                <CooperationMap hovered />
                <section class="city-list" aria-labelledby="city-list-title">
                    <h2 id="city-list-title">"City list"</h2>
                    <div class="place-groups">
                        <For each=sides key=|side| *side let(side)>
                            <PlaceGroupList side hovered />
                        </For>
                    </div>
                </section>
            </div>
        </div>
    }
}

/// The city list's rows of one side.
#[component]
fn PlaceGroupList(
    /// Which side.
    side: Side,
    /// The place under the pointer or focus, shared with the map.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let explorer = use_explorer();
    // The busiest places first; the rest on request (less to render on phones and on every change).
    let expanded = RwSignal::new(false);
    // The shown rows by place, so a filter change updates each row in place.
    let shown = Memo::new(move |_| {
        let limit = if expanded.get() { usize::MAX } else { FIRST_ROWS_PER_SIDE };
        explorer.places.with(|p| {
            p.group(side).map(|g| g.busiest(limit).into_iter().cloned().collect::<Vec<_>>()).unwrap_or_default()
        })
    });
    let rows = Memo::new(move |_| shown.with(|rows| rows.iter().map(|r| (r.id.clone(), r.clone())).collect::<HashMap<_, _>>()));
    let ids = move || shown.with(|rows| rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
    let listed = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.rows.len()));
    let hidden = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.hidden));
    view! {
        <section class="place-group">
            <h2>{side.label()}</h2>
            <ul class="place-rows">
                <For each=ids key=|id| id.clone() let(id)>
                    <PlaceRowView id rows hovered />
                </For>
            </ul>
            {move || (listed() > FIRST_ROWS_PER_SIDE).then(|| view! {
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { "Show fewer places".to_owned() } else { format!("Show all {} places", listed()) }}
                </button>
            })}
            {move || (hidden() > 0).then(|| view! { <p class="results__summary">{format!("…and {} more places with fewer initiatives: search or filter to find them.", hidden())}</p> })}
        </section>
    }
}

/// One place of the city list: its name, country, matching initiatives and partner places.
#[component]
fn PlaceRowView(
    /// The place's id.
    id: String,
    /// Every row of the list, by place id.
    rows: Memo<HashMap<String, PlaceRow>>,
    /// The place under the pointer or focus, shared with the map.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let row = {
        let id = id.clone();
        Memo::new(move |_| rows.with(|r| r.get(&id).cloned()))
    };
    let (name, country) = row.with_untracked(|r| r.as_ref().map(|r| (r.name.clone(), r.country.clone())).unwrap_or_default());
    let initiatives = move || row.with(|r| r.as_ref().map(|r| count(r.initiatives as usize, "initiative")));
    // Its own memo: a change of the count alone leaves the partner links as they are.
    let partner_entries = Memo::new(move |_| row.with(|r| r.as_ref().map(|r| r.partners.clone()).unwrap_or_default()));
    let lit = {
        let id = id.clone();
        move || hovered.with(|h| h.as_deref() == Some(id.as_str()))
    };
    let point = {
        let id = id.clone();
        move || hovered.set(Some(id.clone()))
    };
    let point_too = point.clone();
    view! {
        <li class="place-row" class:place-row--lit=lit on:mouseenter=move |_| point() on:focusin=move |_| point_too()
            on:mouseleave=move |_| hovered.set(None) on:focusout=move |_| hovered.set(None)>
            <span class="place-row__name">
                <GoLink go=Go::FilterTo(Facet::Place, id) label=name />
                <span class="place-row__country">{country}</span>
            </span>
            <span class="place-row__count">{initiatives}</span>
            <ul class="inline-list place-row__partners" aria-label="Partner places"><EntryItems entries=partner_entries /></ul>
        </li>
    }
}
