use std::collections::HashMap;

use leptos::prelude::*;

use super::use_explorer;
use crate::fetch::{OUTLINES_URL, fetch_outlines};
use explorer_core::filter::Facet;
use explorer_core::map::{PANEL_HEIGHT, PANELS, Panel, canvas_size, panel_offsets};
use explorer_core::model::Side;
use explorer_core::screens::{LinePath, Pin};
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
    // Pins by place, keyed: a filter change updates each pin in place (size, label) and adds or
    // removes only the pins whose places came or went.
    let pins = Memo::new(move |_| {
        explorer.places.with(|p| p.pins.iter().map(|pin| (pin.id.clone(), pin.clone())).collect::<HashMap<_, _>>())
    });
    // The chosen places light their pins; a memo, so other changes of the state leave pins alone.
    let chosen = Memo::new(move |_| explorer.state.with(|s| s.query.places.clone()));
    let pin_ids = move || explorer.places.with(|p| p.pins.iter().map(|pin| pin.id.clone()).collect::<Vec<_>>());
    // Lines by their two places, keyed the same way: they update in place.
    let lines = Memo::new(move |_| {
        explorer.places.with(|p| {
            p.line_paths(stacked.get()).into_iter().map(|l| ((l.europe.clone(), l.china.clone()), l)).collect::<HashMap<_, _>>()
        })
    });
    let line_keys = move || explorer.places.with(|p| p.lines.iter().map(|l| (l.europe.clone(), l.china.clone())).collect::<Vec<_>>());

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

    view! {
        <figure class="map">
            <svg class="map__svg" viewBox=view_box role="group" aria-label="Map of the places of the filtered initiatives, Europe and China, with lines between partnered places">
                {frames}
                {coastlines}
                // Titles after the land, so no coastline covers them.
                {move || PANELS.iter().zip(panel_offsets(stacked.get())).map(|(panel, (dx, dy))| view! {
                    <text class="map__panel-title" x=dx + 12.0 y=dy + 28.0>{panel.title}</text>
                }).collect_view()}
                <g class="map__links" aria-hidden="true">
                    <For each=line_keys key=|k| k.clone() let(ends)>
                        <PartnerLinePath ends lines hovered />
                    </For>
                </g>
                <g class="map__pins">
                    <For each=pin_ids key=|id| id.clone() let(id)>
                        <MapPin id pins chosen stacked hovered />
                    </For>
                </g>
            </svg>
            <figcaption class="map__caption">
                {move || outlines_failed().then_some("The coastlines could not be loaded; places and links are still shown. ")}
                "Circles: cities and districts; squares: regions and provinces. Size: number of initiatives. Lines join partnered places. "
                {move || explorer.places.with(|p| (p.unpinned > 0).then(|| format!("The map shows the {} places most active in all the data; {} more are in the city list. ", p.pins.len(), p.unpinned)))}
                <span class="map__attribution">"Made with Natural Earth."</span>
            </figcaption>
        </figure>
    }
}

/// A curve between two partnered places, lit when either is pointed at.
#[component]
fn PartnerLinePath(
    /// The line's places: (European, Chinese).
    ends: (String, String),
    /// Every line, by its places.
    lines: Memo<HashMap<(String, String), LinePath>>,
    /// The place under the pointer or focus.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let line = {
        let ends = ends.clone();
        Memo::new(move |_| lines.with(|l| l.get(&ends).cloned()))
    };
    let d = move || line.with(|l| l.as_ref().map(|l| l.d.clone()));
    let width = move || line.with(|l| l.as_ref().map(|l| format!("{:.1}", l.stroke_width)));
    let (europe, china) = ends;
    let lit = move || hovered.with(|h| h.as_deref().is_some_and(|h| h == europe || h == china));
    view! { <path class="map__link" class:map__link--lit=lit d=d stroke-width=width /> }
}

/// One place's pin: chosen by click, Enter or Space, it filters everything to the place.
#[component]
fn MapPin(
    /// The place's id.
    id: String,
    /// Every pin, by place id.
    pins: Memo<HashMap<String, Pin>>,
    /// The places chosen in the place filter.
    chosen: Memo<Vec<String>>,
    /// Whether the panels are stacked (phones).
    stacked: Memo<bool>,
    /// The place under the pointer or focus.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let pin = {
        let id = id.clone();
        Memo::new(move |_| pins.with(|p| p.get(&id).cloned()))
    };
    // What never changes for a place: its name, its shape, its side.
    let (name, area, china) = pin.with_untracked(|p| p.as_ref().map(|p| (p.name.clone(), p.area, p.china)).unwrap_or_default());
    let go = Go::FilterTo(Facet::Place, id.clone());
    let choose = move || explorer.go(&go, false);
    let choose_by_key = choose.clone();
    let lit = {
        let id = id.clone();
        move || hovered.with(|h| h.as_deref() == Some(id.as_str())) || chosen.with(|c| c.contains(&id))
    };
    let point = move || hovered.set(Some(id.clone()));
    let point_too = point.clone();
    // One transform places the whole pin; its parts are drawn around (0, 0), so a size change
    // touches only the radius.
    let at = Memo::new(move |_| pin.with(|p| p.as_ref().map_or((0.0, 0.0), |p| p.at(stacked.get()))));
    let transform = move || {
        let (x, y) = at.get();
        format!("translate({x:.1} {y:.1})")
    };
    let radius = Memo::new(move |_| pin.with(|p| p.as_ref().map_or(0.0, |p| (p.radius * 10.0).round() / 10.0)));
    let label = move || pin.with(|p| p.as_ref().map(|p| p.label.clone()));
    let mark = if area {
        let half = move || radius.get() * 0.9;
        view! { <rect class="map__pin-mark" x=move || -half() y=move || -half() width=move || 2.0 * half() height=move || 2.0 * half() rx="2" /> }.into_any()
    } else {
        view! { <circle class="map__pin-mark" r=radius /> }.into_any()
    };
    view! {
        // SVG has no buttons: a focusable group with the link role, chosen by click, Enter or Space.
        <g class="map__pin" class:map__pin--area=area class:map__pin--china=china class:map__pin--lit=lit role="link" tabindex="0" aria-label=label transform=transform
            on:click=move |_| choose()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); choose_by_key() }
            on:mouseenter=move |_| point() on:focus=move |_| point_too() on:mouseleave=move |_| hovered.set(None) on:blur=move |_| hovered.set(None)>
            // A larger transparent target keeps small pins easy to hit.
            <circle class="map__pin-target" r=move || radius.get().max(12.0) />
            {mark}
            <text class="map__label" y=move || -radius.get() - 5.0>{name}</text>
        </g>
    }
}

fn panel_id(panel: &Panel) -> &'static str {
    if panel.side == Side::Europe { "europe" } else { "china" }
}
