use leptos::prelude::*;

use super::detail::Figures;
use super::links::{FilterLink, RecordLink};
use super::use_explorer;
use explorer_core::filter::{Facet, Tab};
use explorer_core::model::RecordKind;
use explorer_core::related::{figures_of, stories_in_sector};
use crate::views::overview::Overview;

/// With one sector chosen: that sector's page. Otherwise: every top-level sector as a tile.
#[component]
pub fn SectorsView() -> impl IntoView {
    let explorer = use_explorer();
    let single =
        Memo::new(move |_| explorer.state.with(|s| (s.query.sectors.len() == 1).then(|| s.query.sectors[0].clone())));
    move || match single.get() {
        Some(sector) => view! { <SectorPage sector /> }.into_any(),
        None => view! { <SectorTiles /> }.into_any(),
    }
}

/// Top-level sectors with live counts and a bar proportional to their initiatives.
#[component]
fn SectorTiles() -> impl IntoView {
    let explorer = use_explorer();
    let tiles = move || {
        let query = explorer.state.with(|s| s.query.clone());
        explorer.catalog.with_value(|c| {
            let initiatives = explorer.initiatives.with(|r| r.counts.sectors.clone());
            let organisations = explorer.organisations.with(|r| r.counts.sectors.clone());
            let places = c.places_per_sector(&query);
            let mut top: Vec<usize> = c.sector_tree().into_iter().filter(|&(_, depth)| depth == 0).map(|(i, _)| i).collect();
            top.sort_by_key(|&i| std::cmp::Reverse(initiatives[i] + organisations[i]));
            let max = top.iter().map(|&i| initiatives[i]).max().unwrap_or(0).max(1);
            top.into_iter()
                .map(|i| {
                    let sector = &c.bundle.sectors[i];
                    let id = sector.id.clone();
                    let href = explorer.href(|s| {
                        s.query.sectors = vec![id];
                    });
                    let share = initiatives[i] as f32 / max as f32 * 100.0;
                    let none = initiatives[i] + organisations[i] == 0;
                    view! {
                        <li class="sector-tile" class:sector-tile--none=none>
                            <a href=href class="sector-tile__link">
                                <span class="sector-tile__name">{sector.name.clone()}</span>
                                <span class="sector-tile__counts">
                                    {format!("{} initiatives · {} organisations · {} places", initiatives[i], organisations[i], places[i])}
                                </span>
                                <span class="bar" aria-hidden="true"><span class="bar__fill" style:width=format!("{share:.1}%")></span></span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="sectors">
            <Overview bundle=explorer.catalog.with_value(|c| c.bundle.clone()) />
            <h2 class="view-title">"Sectors"</h2>
            <p class="view-lead">"Choose a sector to see its initiatives, organisations, places and key figures. Counts follow the filters."</p>
            <ul class="sector-tiles">{tiles}</ul>
        </div>
    }
}

/// One sector: its summary, key figures, subsectors, initiatives, organisations, places, stories.
#[component]
fn SectorPage(
    /// The sector's id.
    sector: String,
) -> impl IntoView {
    let explorer = use_explorer();
    let catalog = explorer.catalog.get_value();
    let Some(record) = catalog.sector(&sector).cloned() else {
        return view! { <p>"This sector is not in the data."</p> }.into_any();
    };
    let b = &catalog.bundle;
    let subsectors: Vec<(String, String)> = b
        .sectors
        .iter()
        .filter(|s| s.parent.as_deref() == Some(&record.id))
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let parent = record.parent.as_deref().and_then(|p| catalog.sector(p)).map(|p| (p.id.clone(), p.name.clone()));
    let stories: Vec<(String, String)> =
        stories_in_sector(b, &record.id).into_iter().map(|s| (s.id.clone(), s.title.clone())).collect();
    let figures = figures_of(b, RecordKind::Sector, &record.id).into_iter().cloned().collect::<Vec<_>>();
    let list_href = move |tab| {
        explorer.href(move |s| {
            s.view = explorer_core::url_state::View::List;
            s.tab = tab;
        })
    };
    let top_initiatives = move || {
        let catalog = explorer.catalog.get_value();
        explorer.initiatives.with(|r| {
            r.matches.iter().take(8).map(|&i| {
                let i = &catalog.bundle.initiatives[i as usize];
                view! { <li><RecordLink kind=RecordKind::Initiative id=i.id.clone() label=i.name.clone() />{i.date.clone().map(|d| format!(" ({d})"))}</li> }
            }).collect_view()
        })
    };
    let top_organisations =
        move || {
            let catalog = explorer.catalog.get_value();
            explorer.organisations.with(|r| {
                r.matches.iter().take(8).map(|&o| {
                let o = &catalog.bundle.organisations[o as usize];
                view! { <li><RecordLink kind=RecordKind::Organisation id=o.id.clone() label=o.name.clone() /></li> }
            }).collect_view()
            })
        };
    let places = move || {
        let catalog = explorer.catalog.get_value();
        explorer.initiatives.with(|r| {
            let mut places: Vec<(String, String, u32)> = catalog
                .options(Facet::Place)
                .into_iter()
                .zip(&r.counts.places)
                .filter(|(_, n)| **n > 0)
                .map(|(o, n)| (o.id, o.label, *n))
                .collect();
            // The place facet's counts ignore the place filter; with none set, they are this sector's places.
            places.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
            places
                .into_iter()
                .take(24)
                .map(|(id, name, n)| {
                    view! {
                        <li><FilterLink facet=Facet::Place id label=name /><span class="count">{n}</span></li>
                    }
                })
                .collect_view()
        })
    };
    let count = |tab: Tab| {
        move || {
            if tab == Tab::Initiatives {
                explorer.initiatives.with(|r| r.matches.len())
            } else {
                explorer.organisations.with(|r| r.matches.len())
            }
        }
    };
    let all_sectors = explorer.href(|s| s.query.sectors.clear());
    view! {
        <article class="sector-page">
            <p class="breadcrumb"><a href=all_sectors>"All sectors"</a>
                {parent.map(|(id, name)| view! { " › " <FilterLink facet=Facet::Sector id label=name /> })}
            </p>
            <h1 class="view-title">{record.name.clone()}</h1>
            {record.summary.clone().map(|s| view! { <p class="view-lead">{s}</p> })}
            <Figures figures />
            {(!subsectors.is_empty()).then(|| view! {
                <h2>"Subsectors"</h2>
                <ul class="inline-list">{subsectors.into_iter().map(|(id, name)| view! { <li><FilterLink facet=Facet::Sector id label=name /></li> }).collect_view()}</ul>
            })}
            <div class="sector-page__grid">
                <section>
                    <h2>"Initiatives " <span class="count">{count(Tab::Initiatives)}</span></h2>
                    <ul>{top_initiatives}</ul>
                    <a href=list_href(Tab::Initiatives)>"All initiatives in the list"</a>
                </section>
                <section>
                    <h2>"Organisations " <span class="count">{count(Tab::Organisations)}</span></h2>
                    <ul>{top_organisations}</ul>
                    <a href=list_href(Tab::Organisations)>"All organisations in the list"</a>
                </section>
                <section>
                    <h2>"Places"</h2>
                    <ul class="place-counts">{places}</ul>
                </section>
            </div>
            {(!stories.is_empty()).then(|| view! {
                <h2>"Success stories"</h2>
                <ul>{stories.into_iter().map(|(id, title)| view! { <li><RecordLink kind=RecordKind::Story id label=title /></li> }).collect_view()}</ul>
            })}
        </article>
    }
    .into_any()
}
