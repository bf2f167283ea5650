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
    // Keyed: a filter change re-renders only the pins and lines whose numbers changed.
    let pins = move || explorer.places.with(|p| p.pins.clone());
    let lines = Memo::new(move |_| explorer.places.with(|p| p.line_paths(stacked.get())));

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
                    let paths = outlines
                        .panels
                        .iter()
                        .find(|o| o.side == panel.side)
                        .map(|o| o.paths.iter().map(|d| view! { <path d=d.clone() /> }).collect_view());
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
                    <text class="map__panel-title" x=dx + 12.0 y=dy + 28.0>{panel.title}</text>
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
                <g class="map__links" aria-hidden="true">
                    <For each=move || lines.get() key=|l| (l.europe.clone(), l.china.clone(), l.d.clone(), (l.stroke_width * 10.0) as u32) let(line)>
                        <PartnerLinePath line hovered />
                    </For>
                </g>
                <g class="map__pins">
                    <For each=pins key=|p| (p.id.clone(), p.initiatives) let(pin)>
                        <MapPin pin stacked hovered />
                    </For>
                </g>
            </svg>
            <figcaption class="map__caption">
                {move || outlines_failed().then_some("The coastlines could not be loaded; places and links are still shown. ")}
                "Circles: cities and districts; squares: regions and provinces. Size: number of initiatives. Lines join partnered places. "
                <span class="map__attribution">"Made with Natural Earth."</span>
            </figcaption>
        </figure>
    }
}

/// A curve between two partnered places, lit when either is pointed at.
#[component]
fn PartnerLinePath(
    /// The line to draw.
    line: LinePath,
    /// The place under the pointer or focus.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let LinePath { europe, china, stroke_width, d } = line;
    let lit = move || hovered.with(|h| h.as_deref().is_some_and(|h| h == europe || h == china));
    view! { <path class="map__link" class:map__link--lit=lit d=d stroke-width=format!("{stroke_width:.1}") /> }
}

/// One place's pin: chosen by click, Enter or Space, it filters everything to the place.
#[component]
fn MapPin(
    /// The pin to draw.
    pin: Pin,
    /// Whether the panels are stacked (phones).
    stacked: Memo<bool>,
    /// The place under the pointer or focus.
    hovered: RwSignal<Option<String>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let go = Go::FilterTo(Facet::Place, pin.id.clone());
    let choose = move || explorer.go(&go, false);
    let choose_by_key = choose.clone();
    let id = pin.id.clone();
    let lit = {
        let id = id.clone();
        move || hovered.with(|h| h.as_deref() == Some(id.as_str())) || explorer.state.with(|s| s.query.places.contains(&id))
    };
    let point = move || hovered.set(Some(id.clone()));
    let point_too = point.clone();
    let radius = pin.radius;
    let placed = pin.clone();
    let at = Memo::new(move |_| placed.at(stacked.get()));
    let x = move || at.get().0;
    let y = move || at.get().1;
    let mark = if pin.area {
        let side = radius * 1.8;
        view! { <rect class="map__pin-mark" x=move || x() - side / 2.0 y=move || y() - side / 2.0 width=side height=side rx="2" /> }.into_any()
    } else {
        view! { <circle class="map__pin-mark" cx=x cy=y r=radius /> }.into_any()
    };
    view! {
        // SVG has no buttons: a focusable group with the link role, chosen by click, Enter or Space.
        <g class="map__pin" class:map__pin--area=pin.area class:map__pin--china=pin.china class:map__pin--lit=lit role="link" tabindex="0" aria-label=pin.label
            on:click=move |_| choose()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); choose_by_key() }
            on:mouseenter=move |_| point() on:focus=move |_| point_too() on:mouseleave=move |_| hovered.set(None) on:blur=move |_| hovered.set(None)>
            // A larger transparent target keeps small pins easy to hit.
            <circle class="map__pin-target" cx=x cy=y r=radius.max(12.0) />
            {mark}
            <text class="map__label" x=x y=move || y() - radius - 5.0>{pin.name}</text>
        </g>
    }
}

fn panel_id(panel: &Panel) -> &'static str {
    if panel.side == Side::Europe { "europe" } else { "china" }
}
