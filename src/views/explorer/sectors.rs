use leptos::prelude::*;

use super::detail::Figures;
use super::links::{EntryItems, EntryLink, GoLink, LiveEntryItems};
use super::sector_chart::SectorChart;
use super::use_explorer;
use crate::views::overview::Overview;
use explorer_core::filter::Tab;
use explorer_core::screens::{SectorMatches, SectorPage, SectorTile, sector_tiles};
use explorer_core::url_state::Go;

/// With one sector chosen: that sector's page. Otherwise: every top-level sector as a tile.
#[component]
pub fn SectorsView() -> impl IntoView {
    let explorer = use_explorer();
    let single =
        Memo::new(move |_| explorer.state.with(|s| (s.query.sectors.len() == 1).then(|| s.query.sectors[0].clone())));
    move || match single.get() {
        Some(sector) => view! { <SectorPageView sector /> }.into_any(),
        None => view! { <SectorTiles /> }.into_any(),
    }
}

/// Top-level sectors with live counts and a bar proportional to their initiatives.
#[component]
fn SectorTiles() -> impl IntoView {
    let explorer = use_explorer();
    let tiles = Memo::new(move |_| {
        explorer.state.with(|s| {
            explorer.initiatives.with(|ini| {
                explorer.organisations.with(|org| explorer.catalog.with_value(|c| sector_tiles(c, explorer.t, &s.query, ini, org)))
            })
        })
    });
    // Keyed by sector: a filter change moves tiles (busiest first) and updates their numbers
    // in place.
    let sectors = move || tiles.with(|t| t.iter().map(|tile| tile.link.go.clone()).collect::<Vec<_>>());
    view! {
        <div class="sectors">
            <Overview bundle=explorer.catalog.with_value(|c| c.bundle.clone()) />
            <h2 class="view-title">{explorer.t.sectors_heading}</h2>
            <p class="view-lead">{explorer.t.sectors_lead}</p>
            <ul class="sector-tiles">
                <For each=sectors key=|go| go.clone() let(go)>
                    <SectorTileView go tiles />
                </For>
            </ul>
        </div>
    }
}

/// One sector's tile: its name, counts and bar follow the filters.
#[component]
fn SectorTileView(
    /// Where the tile leads (the sector, alone).
    go: Go,
    /// Every tile, busiest first.
    tiles: Memo<Vec<SectorTile>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let tile = {
        let go = go.clone();
        Memo::new(move |_| tiles.with(|t| t.iter().find(|tile| tile.link.go == go).cloned()))
    };
    let label = tile.with_untracked(|t| t.as_ref().map(|t| t.link.label.clone()));
    let none = move || tile.with(|t| t.as_ref().is_none_or(|t| t.initiatives + t.organisations == 0));
    let counts = move || tile.with(|t| t.as_ref().map(|t| t.counts.clone()));
    let width = move || tile.with(|t| format!("{:.1}%", t.as_ref().map_or(0.0, |t| t.share)));
    let href = move || explorer.href(&go);
    view! {
        <li class="sector-tile" class:sector-tile--none=none>
            <a href=href class="sector-tile__link">
                <span class="sector-tile__name">{label}</span>
                <span class="sector-tile__counts">{counts}</span>
                <span class="bar" aria-hidden="true"><span class="bar__fill" style:width=width></span></span>
            </a>
        </li>
    }
}

/// One sector: its summary, key figures, subsectors, initiatives, organisations, places, stories.
#[component]
fn SectorPageView(
    /// The sector's id.
    sector: String,
) -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let Some(page) = explorer.catalog.with_value(|c| SectorPage::of(c, t, &sector)) else {
        return view! { <p>{t.sector_not_in_data}</p> }.into_any();
    };
    let matches = Memo::new(move |_| {
        explorer.initiatives.with(|ini| explorer.organisations.with(|org| explorer.catalog.with_value(|c| SectorMatches::of(c, t, ini, org))))
    });
    let name = page.name.clone();
    // A memo: a change that leaves the chart as it was leaves it alone.
    let chart = Signal::from(Memo::new(move |_| matches.with(|m| m.chart.clone())));
    view! {
        <article class="sector-page">
            <p class="breadcrumb"><GoLink go=Go::AllSectors label=t.all_sectors />
                {page.parent.map(|entry| view! { " › " <EntryLink entry /> })}
            </p>
            <h1 class="view-title">{page.name}</h1>
            {page.summary.map(|s| view! { <p class="view-lead">{s}</p> })}
            <Figures figures=page.figures />
            <SectorChart sector_name=name chart=chart />
            {(!page.subsectors.is_empty()).then(|| view! {
                <h2>{t.subsectors}</h2>
                <ul class="inline-list"><EntryItems entries=page.subsectors /></ul>
            })}
            <div class="sector-page__grid">
                <section>
                    <h2>{t.list_initiatives} " " <span class="count">{move || matches.with(|m| m.initiative_count)}</span></h2>
                    <ul><LiveEntryItems entries=Signal::derive(move || matches.with(|m| m.initiatives.clone())) /></ul>
                    <GoLink go=Go::List(Tab::Initiatives) label=t.all_initiatives_in_list />
                </section>
                <section>
                    <h2>{t.list_organisations} " " <span class="count">{move || matches.with(|m| m.organisation_count)}</span></h2>
                    <ul><LiveEntryItems entries=Signal::derive(move || matches.with(|m| m.organisations.clone())) /></ul>
                    <GoLink go=Go::List(Tab::Organisations) label=t.all_organisations_in_list />
                </section>
                <section>
                    <h2>{t.fact_places}</h2>
                    <ul class="place-counts">
                        // Keyed like every list of links: a filter change keeps the places that stay.
                        <For each=move || matches.with(|m| m.places.clone()) key=|e| (e.go.clone(), e.label.clone(), e.note.clone()) let(entry)>
                            <li><GoLink go=entry.go label=entry.label /><span class="count">{entry.note}</span></li>
                        </For>
                    </ul>
                    <Show when=move || matches.with(|m| m.places.is_empty())><p class="muted">{t.no_places}</p></Show>
                </section>
            </div>
            {(!page.stories.is_empty()).then(|| view! {
                <h2>{t.success_stories}</h2>
                <ul><EntryItems entries=page.stories /></ul>
            })}
        </article>
    }
    .into_any()
}
