use std::collections::HashMap;

use leptos::prelude::*;

use super::use_explorer;
use crate::fetch::{OUTLINES_URL, fetch_outlines};
use explorer_core::map::{PANEL_HEIGHT, PANELS, Panel, canvas_size, link_path, panel_offsets};
use explorer_core::model::{PlaceKind, RecordKind};
use explorer_core::related::partner_links;
use explorer_core::url_state::ItemRef;

/// Pins drawn at most: beyond this the map is unreadable anyway and the DOM would grow with the
/// data.
const MAX_PINS: usize = 400;

/// Below this width the panels stack (Europe above China).
const STACK_BELOW_PX: f64 = 700.0;

/// One pin, ready to draw.
#[derive(Clone, PartialEq)]
struct Pin {
    id: String,
    name: String,
    country: String,
    x: f64,
    y: f64,
    radius: f64,
    area: bool,
    china: bool,
    count: u32,
}

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

    let selected = Memo::new(move |_| explorer.state.with(|s| s.query.places.clone()));
    let pins = Memo::new(move |_| {
        let offsets = panel_offsets(stacked.get());
        let catalog = explorer.catalog.get_value();
        explorer.initiatives.with(|r| {
            let mut pins: Vec<Pin> = catalog
                .bundle
                .places
                .iter()
                .enumerate()
                .filter(|(i, _)| r.counts.places[*i] > 0)
                .filter_map(|(i, p)| {
                    let index = PANELS.iter().position(|panel| panel.side == p.side && panel.contains(p.lat, p.lon))?;
                    let (x, y) = PANELS[index].project(p.lat, p.lon);
                    let count = r.counts.places[i];
                    Some(Pin {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        country: catalog.country(&p.country).map(|c| c.name.clone()).unwrap_or_default(),
                        x: x + offsets[index].0,
                        y: y + offsets[index].1,
                        radius: 3.5 + 2.2 * (count as f64).sqrt(),
                        area: matches!(p.kind, PlaceKind::Region | PlaceKind::Province | PlaceKind::Country),
                        china: p.side == explorer_core::model::Side::China,
                        count,
                    })
                })
                .collect();
            // Only the busiest places get a pin when there are very many (the list has them all);
            // big pins first, so small ones stay on top and clickable.
            pins.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            pins.truncate(MAX_PINS);
            pins
        })
    });
    let links = Memo::new(move |_| {
        let catalog = explorer.catalog.get_value();
        let at: HashMap<String, (f64, f64)> = pins.with(|p| p.iter().map(|p| (p.id.clone(), (p.x, p.y))).collect());
        explorer.initiatives.with(|r| {
            partner_links(&catalog, &r.matches)
                .into_iter()
                .filter_map(|(e, c, n)| Some((e.clone(), c.clone(), n, link_path(*at.get(&e)?, *at.get(&c)?))))
                .collect::<Vec<_>>()
        })
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
                }
            })
            .collect_view()
    };
    let link_paths = move || {
        let max = links.with(|l| l.first().map_or(1, |l| l.2)) as f64;
        links
            .get()
            .into_iter()
            .map(|(e, c, n, d)| {
                let lit = move || hovered.with(|h| h.as_deref().is_some_and(|h| h == e || h == c));
                view! { <path class="map__link" class:map__link--lit=lit d=d stroke-width=format!("{:.1}", 1.0 + 4.0 * n as f64 / max) /> }
            })
            .collect_view()
    };
    let pin_marks = move || {
        pins.get()
            .into_iter()
            .map(|pin| {
                let id = pin.id.clone();
                let choose = {
                    let id = id.clone();
                    move || {
                        let id = id.clone();
                        explorer.update(false, move |s| {
                            s.query.places = vec![id.clone()];
                            s.item = Some(ItemRef { kind: RecordKind::Place, id });
                        })
                    }
                };
                let choose_by_key = choose.clone();
                let label = format!("{}, {}: {} initiative{}", pin.name, pin.country, pin.count, if pin.count == 1 { "" } else { "s" });
                let lit = {
                    let id = id.clone();
                    move || hovered.with(|h| h.as_deref() == Some(id.as_str())) || selected.with(|s| s.contains(&id))
                };
                let point = {
                    let id = id.clone();
                    move || hovered.set(Some(id.clone()))
                };
                let point_too = point.clone();
                let mark = if pin.area {
                    let side = pin.radius * 1.8;
                    view! { <rect class="map__pin-mark" x=pin.x - side / 2.0 y=pin.y - side / 2.0 width=side height=side rx="2" /> }.into_any()
                } else {
                    view! { <circle class="map__pin-mark" cx=pin.x cy=pin.y r=pin.radius /> }.into_any()
                };
                view! {
                    // SVG has no buttons: a focusable group with the link role, chosen by click,
                    // Enter or Space.
                    <g class="map__pin" class:map__pin--area=pin.area class:map__pin--china=pin.china class:map__pin--lit=lit.clone() role="link" tabindex="0" aria-label=label
                        on:click=move |_| choose()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); choose_by_key() }
                        on:mouseenter=move |_| point() on:focus=move |_| point_too() on:mouseleave=move |_| hovered.set(None) on:blur=move |_| hovered.set(None)>
                        // A larger transparent target keeps small pins easy to hit.
                        <circle class="map__pin-target" cx=pin.x cy=pin.y r=pin.radius.max(12.0) />
                        {mark}
                        <text class="map__label" x=pin.x y=pin.y - pin.radius - 5.0>{pin.name.clone()}</text>
                    </g>
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
                {move || PANELS.iter().zip(panel_offsets(stacked.get())).map(|(panel, (dx, dy))| view! {
                    <text class="map__panel-title" x=dx + 12.0 y=dy + 28.0>{panel.title}</text>
                }).collect_view()}
                <g class="map__links" aria-hidden="true">{link_paths}</g>
                <g class="map__pins">{pin_marks}</g>
            </svg>
            <figcaption class="map__caption">
                {move || outlines_failed().then_some("The coastlines could not be loaded; places and links are still shown. ")}
                "Circles: cities and districts; squares: regions and provinces. Size: number of initiatives. Lines join partnered places. "
                <span class="map__attribution">"Made with Natural Earth."</span>
            </figcaption>
        </figure>
    }
}

fn panel_id(panel: &Panel) -> &'static str {
    if panel.side == explorer_core::model::Side::Europe { "europe" } else { "china" }
}
