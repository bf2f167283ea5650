use leptos::prelude::*;

use super::links::{EntryItems, GoLink};
use super::map::CooperationMap;
use super::use_explorer;
use explorer_core::filter::Facet;
use explorer_core::labels::Named;
use explorer_core::screens::{PlaceGroup, count};
use explorer_core::url_state::Go;

/// Where cooperation happens: the map, and the city list — places of the filtered initiatives
/// grouped by side and country, with their partner places among them (`Places` in the core).
#[component]
pub fn PlacesView() -> impl IntoView {
    let explorer = use_explorer();
    let hovered = RwSignal::new(None::<String>);
    let groups = move || {
        explorer.places.with(|p| p.groups.clone()).into_iter().map(|group| view! { <PlaceGroupList group hovered /> }).collect_view()
    };
    view! {
        <div class="places">
            <h1 class="view-title">"Where cooperation happens"</h1>
            <p class="view-lead">"The places of the filtered initiatives, and which places they pair up. Choose a place to filter everything to it."</p>
            <div class="places__layout">
                <CooperationMap hovered />
                <section class="city-list" aria-labelledby="city-list-title">
                    <h2 id="city-list-title">"City list"</h2>
                    <div class="place-groups">{groups}</div>
                </section>
            </div>
        </div>
    }
}

/// The city list's rows of one side.
#[component]
fn PlaceGroupList(
    /// The side's rows.
    group: PlaceGroup,
    /// The place under the pointer or focus, shared with the map.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let rows = group
        .rows
        .into_iter()
        .map(|row| {
            let id = row.id.clone();
            let lit = {
                let id = id.clone();
                move || hovered.with(|h| h.as_deref() == Some(id.as_str()))
            };
            let point = move || hovered.set(Some(id.clone()));
            let point_too = point.clone();
            view! {
                <li class="place-row" class:place-row--lit=lit on:mouseenter=move |_| point() on:focusin=move |_| point_too()
                    on:mouseleave=move |_| hovered.set(None) on:focusout=move |_| hovered.set(None)>
                    <span class="place-row__name">
                        <GoLink go=Go::FilterTo(Facet::Place, row.id.clone()) label=row.name />
                        <span class="place-row__country">{row.country}</span>
                    </span>
                    <span class="place-row__count">{count(row.initiatives as usize, "initiative")}</span>
                    <ul class="inline-list place-row__partners" aria-label="Partner places"><EntryItems entries=row.partners /></ul>
                </li>
            }
        })
        .collect_view();
    let hidden = group.hidden;
    view! {
        <section class="place-group">
            <h2>{group.side.label()}</h2>
            <ul class="place-rows">{rows}</ul>
            {(hidden > 0).then(|| view! { <p class="results__summary">{format!("…and {hidden} more places with fewer initiatives: search or filter to find them.")}</p> })}
        </section>
    }
}
