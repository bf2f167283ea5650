use leptos::prelude::*;

use super::map::{CooperationMap, POINTED, point_at};
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
    let list = NodeRef::<leptos::html::Ul>::new();
    // Runs once the list is in the page, then after each change, with the rows it wrote last.
    let rows_written = RenderEffect::new(move |written: Option<Vec<ShownRow>>| {
        let written = written.unwrap_or_default();
        let Some(list) = list.get() else { return written };
        let pointed = hovered.get_untracked();
        let (moved, rows) = shown.with(|rows| (write_rows(&list, &written, rows, t.partner_places, pointed.as_deref()), rows.clone()));
        // The pointer (or focus) stays on its row, which now shows another place.
        if moved.is_some() {
            hovered.set(moved);
        }
        rows
    });
    // A render effect lives as long as its value.
    on_cleanup(move || drop(rows_written));
    let listed = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.rows.len()));
    let hidden = move || explorer.places.with(|p| p.group(side).map_or(0, |g| g.hidden));
    view! {
        <section class="place-group">
            <h2>{side.label_in(t.lang)}</h2>
            // Rows are lit by the map's `light_places`; pointing is followed here, once per list.
            <ul class="place-rows" node_ref=list
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

/// Makes `list`'s rows show `rows`, where they show `written` now. Every link in them changes
/// with the state, yet most rows keep their shape from one change to the next, so each row and
/// partner is rewritten in place, text by text and link by link, and only what is new is parsed
/// from markup: a facet click on the 10k map re-created over four hundred elements and had them
/// styled and laid out afresh. In place, a focused link also keeps its focus. A row that now
/// shows the `pointed` place is lit, whether the map's `light_places` ran before or after; the
/// place now shown by the row under the pointer or focus, if it changed, is returned.
fn write_rows(list: &web_sys::Element, written: &[ShownRow], rows: &[ShownRow], partners_label: &str, pointed: Option<&str>) -> Option<String> {
    let lit = |row: &ShownRow| pointed == Some(row.place.as_str());
    let mut moved = None;
    write_children(list, written, rows, |element, was, row| {
        if rewrite_row(element, was, row, lit(row)) {
            moved = Some(row.place.clone());
        }
    }, |out, row| push_row(out, row, partners_label, lit(row)));
    moved
}

/// Rewrites `parent`'s children, one per item of `written`, to show `now`: `rewrite` changes a
/// child in place, items past the old end are appended as markup, and children past the new
/// end are removed.
fn write_children<T>(
    parent: &web_sys::Element,
    written: &[T],
    now: &[T],
    mut rewrite: impl FnMut(&web_sys::Element, &T, &T),
    markup: impl Fn(&mut String, &T),
) {
    let mut child = parent.first_element_child();
    let kept = written.len().min(now.len());
    for (was, item) in written.iter().zip(now).take(kept) {
        let Some(element) = child else { break };
        rewrite(&element, was, item);
        child = element.next_element_sibling();
    }
    while let Some(extra) = child {
        child = extra.next_element_sibling();
        extra.remove();
    }
    if now.len() > kept {
        let mut out = String::new();
        now[kept..].iter().for_each(|item| markup(&mut out, item));
        let _ = parent.insert_adjacent_html("beforeend", &out);
    }
}

/// Rewrites what differs between a row built as `push_row` builds it, showing `was`, and `row`
/// (lit if `lit`). True if the pointer or focus is on the row and it now shows another place.
fn rewrite_row(element: &web_sys::Element, was: &ShownRow, row: &ShownRow, lit: bool) -> bool {
    let mut pointed_row_moved = false;
    if was.place != row.place {
        let _ = element.set_attribute("data-place", &row.place);
        pointed_row_moved = element.matches(":hover, :focus-within").unwrap_or(false);
        let _ = element.class_list().toggle_with_force(POINTED, lit);
    }
    let Some(name_box) = element.first_element_child() else { return pointed_row_moved };
    if let Some(link) = name_box.first_element_child() {
        rewrite_link(&link, (&was.name, &was.href), (&row.name, &row.href));
        if was.country != row.country && let Some(country) = link.next_element_sibling() {
            rewrite_text(&country, &row.country);
        }
    }
    let count = name_box.next_element_sibling();
    if was.initiatives != row.initiatives && let Some(count) = &count {
        rewrite_text(count, &row.initiatives);
    }
    if let Some(partners) = count.and_then(|c| c.next_element_sibling()) {
        write_children(&partners, &was.partners, &row.partners, |item, was, now| {
            if let Some(link) = item.first_element_child() {
                rewrite_link(&link, (&was.0, &was.1), (&now.0, &now.1));
            }
        }, push_partner);
    }
    pointed_row_moved
}

/// Rewrites a link's text and `href` where they differ.
fn rewrite_link(link: &web_sys::Element, (was_text, was_href): (&str, &str), (text, href): (&str, &str)) {
    if was_href != href {
        let _ = link.set_attribute("href", href);
    }
    if was_text != text {
        rewrite_text(link, text);
    }
}

/// Gives `element` the text `text`: into its text node where it has one (no node made or
/// dropped), else as a new one.
fn rewrite_text(element: &web_sys::Element, text: &str) {
    match element.first_child() {
        Some(node) => node.set_node_value(Some(text)),
        None => element.set_text_content(Some(text)),
    }
}

/// Appends `parts` to `out`: odd ones are texts from the bundle, escaped, even ones the markup
/// around them.
fn push_parts(out: &mut String, parts: &[&str]) {
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 { push_escaped(out, part) } else { out.push_str(part) }
    }
}

/// A city-list row: its place's name, country, matching initiatives and partner places, with
/// every text and link escaped (see `markup`). `rewrite_row` follows this shape.
fn push_row(out: &mut String, row: &ShownRow, partners_label: &str, lit: bool) {
    out.push_str(r#"<li class="place-row"#);
    if lit {
        out.push(' ');
        out.push_str(POINTED);
    }
    out.push('"');
    push_parts(out, &[r#" data-place=""#, &row.place, r#""><span class="place-row__name"><a href=""#, &row.href, r#"" class="filter-link">"#, &row.name,
        r#"</a><span class="place-row__country">"#, &row.country, r#"</span></span><span class="place-row__count">"#, &row.initiatives,
        r#"</span><ul class="inline-list place-row__partners" aria-label=""#, partners_label, r#"">"#]);
    row.partners.iter().for_each(|partner| push_partner(out, partner));
    out.push_str("</ul></li>");
}

/// A partner place of a row: its name and link.
fn push_partner(out: &mut String, (label, href): &(String, String)) {
    push_parts(out, &[r#"<li><a class="filter-link" href=""#, href, r#"">"#, label, "</a></li>"]);
}
