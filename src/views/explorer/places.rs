use leptos::prelude::*;

use super::links::FilterLink;
use super::map::CooperationMap;
use super::use_explorer;
use explorer_core::filter::Facet;
use explorer_core::model::Side;
use explorer_core::related::partner_links;

/// Rows per side at most (the busiest places): the DOM stays bounded whatever the data size.
const MAX_ROWS_PER_SIDE: usize = 150;

/// Where cooperation happens: places of the filtered result, grouped by side and country, with
/// how many matching initiatives each has and its partner places among them.
#[component]
pub fn PlacesView() -> impl IntoView {
    let explorer = use_explorer();
    let hovered = RwSignal::new(None::<String>);
    let groups = move || {
        let catalog = explorer.catalog.get_value();
        explorer.initiatives.with(|r| {
            // One pass over the matching initiatives for every row's partners (the same pairs the
            // map draws), rather than a filter of the whole bundle per row.
            let links = partner_links(&catalog, &r.matches);
            let partners_of = |id: &str| -> Vec<&str> {
                links
                    .iter()
                    .filter_map(|(e, c, _)| if e == id { Some(c.as_str()) } else if c == id { Some(e.as_str()) } else { None })
                    .collect()
            };
            [Side::Europe, Side::China, Side::Other]
                .into_iter()
                .filter_map(|side| {
                    let mut places: Vec<_> = catalog
                        .bundle
                        .places
                        .iter()
                        .enumerate()
                        .filter(|(i, p)| p.side == side && r.counts.places[*i] > 0)
                        .map(|(i, p)| (p, r.counts.places[i]))
                        .collect();
                    if places.is_empty() {
                        return None;
                    }
                    let hidden = places.len().saturating_sub(MAX_ROWS_PER_SIDE);
                    places.sort_by(|a, b| b.1.cmp(&a.1));
                    places.truncate(MAX_ROWS_PER_SIDE);
                    places.sort_by(|a, b| {
                        let country = |p: &explorer_core::model::Place| catalog.country(&p.country).map(|c| c.name.clone()).unwrap_or_default();
                        country(a.0).cmp(&country(b.0)).then(b.1.cmp(&a.1)).then_with(|| a.0.name.cmp(&b.0.name))
                    });
                    let rows = places
                        .into_iter()
                        .map(|(place, count)| {
                            let country = catalog.country(&place.country).map(|c| c.name.clone()).unwrap_or_default();
                            let partners = partners_of(&place.id)
                                .into_iter()
                                .filter_map(|id| catalog.place(id))
                                .take(6)
                                .map(|p| view! { <li><FilterLink facet=Facet::Place id=p.id.clone() label=p.name.clone() /></li> })
                                .collect_view();
                            let id = place.id.clone();
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
                                        <FilterLink facet=Facet::Place id=place.id.clone() label=place.name.clone() />
                                        <span class="place-row__country">{country}</span>
                                    </span>
                                    <span class="place-row__count">{format!("{count} initiative{}", if count == 1 { "" } else { "s" })}</span>
                                    <ul class="inline-list place-row__partners" aria-label="Partner places">{partners}</ul>
                                </li>
                            }
                        })
                        .collect_view();
                    let title = match side {
                        Side::Europe => "Europe",
                        Side::China => "China",
                        Side::Other => "Elsewhere",
                    };
                    Some(view! {
                        <section class="place-group">
                            <h2>{title}</h2>
                            <ul class="place-rows">{rows}</ul>
                            {(hidden > 0).then(|| view! { <p class="results__summary">{format!("…and {hidden} more places with fewer initiatives: search or filter to find them.")}</p> })}
                        </section>
                    })
                })
                .collect_view()
        })
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
