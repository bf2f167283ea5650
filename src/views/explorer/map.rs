use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::picture_buttons::PictureButtons;
use super::map_pins::MapPins;
use super::use_explorer;
use crate::fetch::{OUTLINES_URL, fetch_outlines};
use explorer_core::export::map_picture_text;
use explorer_core::map::{PANEL_HEIGHT, PANELS, Panel, canvas_size, panel_offsets};
use explorer_core::labels::Named;
use explorer_core::model::Side;
use explorer_core::screens::{LineLayer, WIDEST_LINE};
use explorer_core::url_state::Go;

/// Below this width the panels stack (Europe above China).
const STACK_BELOW_PX: f64 = 700.0;

/// Europe and China side by side (stacked on phones) with coastlines, a pin per place of the
/// filtered result sized by its initiatives, and curves between partnered places. `hovered`
/// is shared with the city list, so pointing at either highlights both.
#[component]
pub fn CooperationMap(
    /// The place id under the pointer or keyboard focus (in the map or the list).
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let outlines = LocalResource::new(|| fetch_outlines(OUTLINES_URL));
    let width = RwSignal::new(window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1280.0));
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(w) = window().inner_width().ok().and_then(|w| w.as_f64()) {
            width.set(w);
        }
    });
    on_cleanup(move || resize.remove());
    let stacked = Memo::new(move |_| width.get() < STACK_BELOW_PX);
    // The chosen places light their pins; a memo, so other changes of the state leave them alone.
    let chosen = Memo::new(move |_| explorer.state.with(|s| s.query.places.clone()));
    // After every change of the pointer, the chosen places or the drawn places (new pins and
    // rows come without the classes).
    Effect::new(move |_| {
        explorer.places.track();
        chosen.with(|c| hovered.with(|h| light_places(h.as_deref(), c)));
    });
    // Lines as a few layers by width; the pointed place's lines again, lit, above them.
    let lines = Memo::new(move |_| explorer.places.with(|p| p.line_layers(stacked.get(), None)));
    let lit_lines = Memo::new(move |_| {
        hovered.with(|h| h.as_deref().map(|id| explorer.places.with(|p| p.line_layers(stacked.get(), Some(id)))).unwrap_or_default())
    });

    let view_box = move || {
        let (w, h) = canvas_size(stacked.get());
        format!("-10 -10 {:.0} {:.0}", w + 20.0, h + 20.0)
    };
    let coastlines = move || {
        let offsets = panel_offsets(stacked.get());
        outlines.get().and_then(Result::ok).map(|outlines| {
            PANELS
                .iter()
                .zip(offsets)
                .map(|(panel, (dx, dy))| {
                    let paths = outlines.paths_for(panel.side).iter().map(|d| view! { <path d=d.clone() /> }).collect_view();
                    view! { <g class="map__land" transform=format!("translate({dx} {dy})") clip-path=format!("url(#clip-{})", panel_id(panel))>{paths}</g> }
                })
                .collect_view()
        })
    };
    let frames = move || {
        PANELS
            .iter()
            .zip(panel_offsets(stacked.get()))
            .map(|(panel, (dx, dy))| {
                view! {
                    <clipPath id=format!("clip-{}", panel_id(panel))><rect x="0" y="0" width=panel.width() height=PANEL_HEIGHT /></clipPath>
                    <rect class="map__frame" x=dx y=dy width=panel.width() height=PANEL_HEIGHT rx="6" />
                }
            })
            .collect_view()
    };
    let outlines_failed = move || outlines.get().is_some_and(|r| r.is_err());
    // The map as a figure for a report: its words from the core, its drawing from the screen.
    let picture_words = move || {
        let link = explorer.address(&Go::FullExplorer);
        explorer.state.with_untracked(|s| explorer.catalog.with_value(|c| map_picture_text(c, explorer.t, &s.query, &link)))
    };

    view! {
        <figure class="map">
            <svg class="map__svg" viewBox=view_box role="group" aria-label=explorer.t.map_label>
                {frames}
                {coastlines}
                // Titles after the land, so no coastline covers them.
                {move || PANELS.iter().zip(panel_offsets(stacked.get())).map(|(panel, (dx, dy))| view! {
                    <text class="map__panel-title" x=dx + 12.0 y=dy + 28.0>{panel.side.label_in(explorer.t.lang)}</text>
                }).collect_view()}
                <PartnerLines layers=lines lit=false />
                <PartnerLines layers=lit_lines lit=true />
                <MapPins hovered stacked />
            </svg>
            <figcaption class="map__caption">
                {move || outlines_failed().then_some(explorer.t.coastlines_failed)}
                {explorer.t.map_legend} " "
                {move || explorer.places.with(|p| (p.unpinned > 0).then(|| (explorer.t.map_pins_shown)(p.pins.len(), p.unpinned)))}
                <span class="map__attribution">{explorer.t.natural_earth}</span>
                <PictureButtons drawing=".map__svg" file="eu-china-map" words=picture_words />
            </figcaption>
        </figure>
    }
}

/// The partner lines: one path per stroke width (see `LineLayer`), so a filter change sets a
/// few `d` attributes however many lines come and go.
#[component]
fn PartnerLines(
    /// The layers to draw, thinnest first.
    layers: Memo<Vec<LineLayer>>,
    /// Whether these are the lit lines of a pointed place (drawn opaque).
    lit: bool,
) -> impl IntoView {
    let path = move |width: u8| {
        let d = move || layers.with(|l| l.iter().find(|l| l.width == width).map(|l| l.d.clone()));
        view! { <path class="map__link" d=d stroke-width=width /> }
    };
    view! {
        <g class="map__links" class:map__links--lit=lit aria-hidden="true">{(1..=WIDEST_LINE).map(path).collect_view()}</g>
    }
}

/// The place id of the pin or city-list row that `target` is in, if any.
pub fn place_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element.closest("[data-place]").ok()??.get_attribute("data-place")
}

/// Follows the pointer and keyboard focus into and out of places (pins, rows): one handler on
/// a container instead of four on every pin and row. `entered` is the event's target for
/// `mouseover`/`focusin`, its related target for `mouseout`/`focusout`.
pub fn point_at(hovered: RwSignal<Option<String>>, entered: Option<web_sys::EventTarget>) {
    let place = place_of(entered);
    if hovered.with_untracked(|h| *h != place) {
        hovered.set(place);
    }
}

/// The class of the pin and city-list row of the place under the pointer or focus.
pub(super) const POINTED: &str = "is-pointed";

/// Lights the pointed-at place's pin and city-list row, and the chosen places' pins, by class
/// names on those few elements (its lines are the lit layers). Pins and rows carry their places
/// in `data-` attributes, so a pointer move costs a couple of selector lookups instead of
/// notifying a subscriber in every pin and row.
fn light_places(pointed: Option<&str>, chosen: &[String]) {
    let Some(document) = window().document() else { return };
    let mark = |class: &str, selector: String| {
        for_each_element(&document, &format!(".{class}"), |e| e.class_list().remove_1(class));
        if !selector.is_empty() {
            for_each_element(&document, &selector, |e| e.class_list().add_1(class));
        }
    };
    mark(
        POINTED,
        pointed.map_or(String::new(), |id| format!("[data-place=\"{id}\"]")),
    );
    mark("is-chosen", chosen.iter().map(|id| format!(".map__pin[data-place=\"{id}\"]")).collect::<Vec<_>>().join(","));
}

fn for_each_element(document: &web_sys::Document, selector: &str, mut apply: impl FnMut(&web_sys::Element) -> Result<(), wasm_bindgen::JsValue>) {
    let Ok(found) = document.query_selector_all(selector) else { return };
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let _ = apply(&element);
        }
    }
}

fn panel_id(panel: &Panel) -> &'static str {
    if panel.side == Side::Europe { "europe" } else { "china" }
}
