use leptos::prelude::*;

use super::map::{CooperationMap, point_at};
use super::{Explorer, use_explorer};
use crate::views::AfterFirstPaint;
use explorer_core::filter::Facet;
use explorer_core::labels::Named;
use explorer_core::markup::push_escaped;
use explorer_core::model::Side;
use explorer_core::i18n::Noun;
use explorer_core::screens::{FIRST_ROWS_PER_SIDE, PlaceRow};
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
            <h1 class="view-title">{explorer.t.places_heading}</h1>
            <p class="view-lead">{explorer.t.places_lead}</p>
            <div class="places__layout">
                <CooperationMap hovered />
                <section class="city-list" aria-labelledby="city-list-title">
                    <h2 id="city-list-title">{explorer.t.city_list}</h2>
                    <div class="place-groups">
                        <AfterFirstPaint>
                            <For each=sides key=|side| *side let(side)>
                                <PlaceGroupList side hovered />
                            </For>
                        </AfterFirstPaint>
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
    let t = explorer.t;
    // The busiest places first; the rest on request (less to render on phones and on every change).
    let expanded = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let limit = if expanded.get() { usize::MAX } else { FIRST_ROWS_PER_SIDE };
        explorer.places.with(|p| p.group(side).map(|g| ShownRow::all(&explorer, &g.busiest(limit))).unwrap_or_default())
    });
    let listed = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.rows.len()));
    let hidden = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.hidden));
    view! {
        <section class="place-group">
            <h2>{side.label_in(t.lang)}</h2>
            // Rows are lit by the map's `light_places`; pointing is followed here, once per list.
            // The rows hold no signals and every link in them changes with the state, so each
            // change rewrites the list as one piece of markup: the browser's parser builds the
            // few hundred elements faster than the same elements made one by one from wasm
            // (links are followed by the router like any other link).
            <ul class="place-rows" inner_html=move || shown.with(|rows| rows_markup(rows, t.partner_places))
                on:mouseover=move |ev| point_at(hovered, ev.target()) on:mouseout=move |ev| point_at(hovered, ev.related_target())
                on:focusin=move |ev| point_at(hovered, ev.target()) on:focusout=move |ev| point_at(hovered, ev.related_target())></ul>
            <Show when=move || { listed() > FIRST_ROWS_PER_SIDE }>
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { t.show_fewer_places.to_owned() } else { (t.show_all_places)(listed()) }}
                </button>
            </Show>
            <Show when=move || { hidden() > 0 }><p class="results__summary">{move || (t.more_places_hidden)(hidden())}</p></Show>
        </section>
    }
}

/// A city-list row with its links resolved against the current screen.
#[derive(Clone, PartialEq)]
struct ShownRow {
    place: String,
    name: String,
    country: String,
    href: String,
    initiatives: String,
    /// Partner places: name and link.
    partners: Vec<(String, String)>,
}

impl ShownRow {
    /// The rows, with every link's `href` from one read of the state.
    fn all(explorer: &Explorer, rows: &[&PlaceRow]) -> Vec<ShownRow> {
        let own: Vec<Go> = rows.iter().map(|r| Go::FilterTo(Facet::Place, r.id.clone())).collect();
        let gos = own.iter().chain(rows.iter().flat_map(|r| r.partners.iter().map(|e| &e.go)));
        let mut hrefs = explorer.hrefs(gos).into_iter();
        let own_hrefs: Vec<String> = hrefs.by_ref().take(rows.len()).collect();
        rows.iter()
            .zip(own_hrefs)
            .map(|(row, href)| ShownRow {
                place: row.id.clone(),
                name: row.name.clone(),
                country: row.country.clone(),
                href,
                initiatives: (explorer.t.count)(row.initiatives as usize, Noun::Initiative),
                partners: row.partners.iter().map(|e| (e.label.clone(), hrefs.next().unwrap_or_default())).collect(),
            })
            .collect()
    }
}

/// The city list's rows: per place its name, country, matching initiatives and partner places,
/// with every text and link escaped (see `markup`).
fn rows_markup(rows: &[ShownRow], partners_label: &str) -> String {
    let mut out = String::with_capacity(rows.len() * 600);
    let mut push = |parts: &[&str]| {
        // Odd parts are texts from the bundle; even ones the markup around them.
        for (i, part) in parts.iter().enumerate() {
            if i % 2 == 1 { push_escaped(&mut out, part) } else { out.push_str(part) }
        }
    };
    for row in rows {
        push(&[r#"<li class="place-row" data-place=""#, &row.place, r#""><span class="place-row__name"><a href=""#, &row.href, r#"" class="filter-link">"#, &row.name,
            r#"</a><span class="place-row__country">"#, &row.country, r#"</span></span><span class="place-row__count">"#, &row.initiatives,
            r#"</span><ul class="inline-list place-row__partners" aria-label=""#, partners_label, r#"">"#]);
        for (label, href) in &row.partners {
            push(&[r#"<li><a class="filter-link" href=""#, href, r#"">"#, label, "</a></li>"]);
        }
        push(&["</ul></li>"]);
    }
    out
}
