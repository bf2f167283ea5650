//! The map's pins: built once per place, then kept up to date by one effect that writes the
//! few values a filter change alters (see [`PinLook`]).

use std::collections::HashMap;

use leptos::prelude::*;

use super::map::{place_of, point_at};
use super::{Explorer, use_explorer};
use explorer_core::filter::Facet;
use explorer_core::model::Id;
use explorer_core::screens::PinLook;
use explorer_core::url_state::Go;

/// One `<g>` per place drawn so far (a place that loses its matches keeps its pin, hidden; see
/// `Places::keep_drawn`). A filter change costs one pass over the drawn pins that touches only
/// those whose look changed: a memo and three effects per pin made a click on the map spend most
/// of its time in reactive bookkeeping for two hundred pins.
#[component]
pub fn MapPins(
    /// The place id under the pointer or keyboard focus (in the map or the list).
    hovered: RwSignal<Option<String>>,
    /// Whether the panels are stacked (phones).
    stacked: Memo<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let drawn = Memo::new(move |drawn: Option<&Vec<Id>>| {
        explorer.catalog.with_value(|c| explorer.places.with(|p| p.keep_drawn(c, drawn.map_or(&[], Vec::as_slice))))
    });
    let layer = NodeRef::<leptos::svg::G>::new();
    // What each pin was last given, so an unchanged pin is not touched. Runs after `For` has
    // added the new pins (effects follow rendering), and before the next paint.
    Effect::new(move |written: Option<HashMap<Id, PinLook>>| {
        let mut written = written.unwrap_or_default();
        let Some(layer) = layer.get() else { return written };
        // `For` keeps the pins in the order of `drawn`, so the ids need not be read back from
        // the page (two hundred reads and strings per click).
        drawn.with(|ids| explorer.places.with(|places| {
            let pins = layer.children();
            let read_back;
            let ids = if pins.length() as usize == ids.len() {
                ids
            } else {
                read_back = (0..pins.length()).map(|i| pins.item(i).and_then(|p| p.get_attribute("data-place")).unwrap_or_default()).collect::<Vec<_>>();
                &read_back
            };
            for (i, id) in ids.iter().enumerate() {
                let Some(element) = pins.item(i as u32) else { continue };
                let look = places.look(id);
                let before = written.get(id);
                if before != Some(&look) {
                    show(&element, before, &look);
                    written.insert(id.clone(), look);
                }
            }
        }));
        written
    });
    view! {
        <g class="map__pins" node_ref=layer
            on:click=move |ev| choose_place(&explorer, ev.target())
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); choose_place(&explorer, ev.target()) }
            on:mouseover=move |ev| point_at(hovered, ev.target()) on:mouseout=move |ev| point_at(hovered, ev.related_target())
            on:focusin=move |ev| point_at(hovered, ev.target()) on:focusout=move |ev| point_at(hovered, ev.related_target())>
            <For each=move || drawn.get() key=|id| id.clone() let(id)>
                <MapPin id stacked />
            </For>
        </g>
    }
}

/// Filters to the place of the pin that `target` is in, if any.
fn choose_place(explorer: &Explorer, target: Option<web_sys::EventTarget>) {
    if let Some(id) = place_of(target) {
        explorer.go(&Go::FilterTo(Facet::Place, id), false);
    }
}

/// Writes into a pin what differs between `look` and what it showed `before`: its state, its
/// size and where its name sits (as geometry attributes of the mark and the name, so a resize
/// restyles those two elements alone: a CSS custom property on the pin restyled the pin and all
/// its parts, most of a map click's style work at 10k) and what a screen reader says.
fn show(pin: &web_sys::Element, before: Option<&PinLook>, look: &PinLook) {
    let changed = |field: fn(&PinLook) -> &str| before.is_none_or(|b| field(b) != field(look));
    if before.is_none_or(|b| b.state != look.state) {
        let _ = match look.state {
            Some(state) => pin.set_attribute("data-pin", state),
            None => pin.remove_attribute("data-pin"),
        };
    }
    // A hidden pin keeps its last geometry: nothing of it is drawn.
    let resized = !look.mark.is_empty() && before.is_none_or(|b| b.mark != look.mark);
    let name_moved = !look.name_y.is_empty() && changed(|l| &l.name_y);
    // The hit target, then the mark, then the name (see `MapPin`).
    if (resized || name_moved)
        && let Some(mark) = pin.first_element_child().and_then(|target| target.next_element_sibling())
    {
        if resized {
            for (name, value) in &look.mark {
                let _ = mark.set_attribute(name, value);
            }
        }
        if name_moved && let Some(name) = mark.next_element_sibling() {
            let _ = name.set_attribute("y", &look.name_y);
        }
    }
    if changed(|l| &l.label) {
        let _ = pin.set_attribute("aria-label", &look.label);
    }
}

/// One place's pin, as it stays for the page's life: its name, shape, side and position (only
/// the layout, stacked or not, moves it); what changes with the filters is written by
/// [`MapPins`]. Pointing and choosing are handled once for all pins.
#[component]
fn MapPin(
    /// The place's id.
    id: String,
    /// Whether the panels are stacked (phones).
    stacked: Memo<bool>,
) -> impl IntoView {
    let place = use_explorer().places.with_untracked(|p| p.pin(&id).cloned());
    let (name, area, china) = place.as_ref().map(|p| (p.name.clone(), p.area, p.china)).unwrap_or_default();
    // One transform places the whole pin; its parts are drawn around (0, 0).
    let transform = move || {
        let (x, y) = place.as_ref().map_or((0.0, 0.0), |p| p.at(stacked.get()));
        format!("translate({x:.1} {y:.1})")
    };
    // The size the pin is drawn at until its first look is written.
    let mark = if area {
        view! { <rect class="map__pin-mark" x="-5" y="-5" width="10" height="10" rx="2" /> }.into_any()
    } else {
        view! { <circle class="map__pin-mark" r="6" /> }.into_any()
    };
    view! {
        // SVG has no buttons: a focusable group with the link role, chosen by click, Enter or Space.
        <g class="map__pin" class:map__pin--area=area class:map__pin--china=china data-place=id role="link" tabindex="0" transform=transform>
            // A transparent target keeps small pins easy to hit (larger ones are hit by their
            // mark; touch screens get a larger target from the stylesheet).
            <circle class="map__pin-target" r="12" />
            {mark}
            <text class="map__label" y="-11">{name}</text>
        </g>
    }
}
