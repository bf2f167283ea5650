use leptos::prelude::*;

use super::links::{FilterLink, RecordLink};
use super::use_explorer;
use crate::download::{current_address, save_text};
use explorer_core::export::{cite_view, embed_snippet, to_csv, to_json};
use explorer_core::filter::{Facet, Sort, Tab};
use explorer_core::labels::label_of;
use explorer_core::model::RecordKind;

/// Rows shown at first and added by "Show more": the DOM stays small whatever the data size.
const PAGE: usize = 30;

/// Initiatives (or organisations) matching the filters, with paging, sorting and downloads.
#[component]
pub fn ResultsList() -> impl IntoView {
    let explorer = use_explorer();
    let shown = RwSignal::new(PAGE);
    // A new result set starts from the first page again.
    Effect::new(move |_| {
        explorer.results().track();
        shown.set(PAGE);
    });
    let tab = Memo::new(move |_| explorer.state.with(|s| s.tab));
    let tab_link = move |target: Tab, label: &'static str| {
        let href = move || explorer.href(move |s| s.tab = target);
        let count = move || {
            let results = if target == Tab::Initiatives { explorer.initiatives } else { explorer.organisations };
            results.with(|r| r.matches.len())
        };
        view! {
            <a href=href class="results-tab" aria-current=move || (tab.get() == target).then_some("page")>
                {label}<span class="results-tab__count">{count}</span>
            </a>
        }
    };
    let summary = move || {
        explorer.results().with(|r| {
            let what = if tab.get() == Tab::Initiatives { "initiatives" } else { "organisations" };
            let matching = r.matches.len();
            format!("{} of {matching} matching {what} shown ({} in all)", matching.min(shown.get()), r.total)
        })
    };
    let matching = move || explorer.results().with(|r| r.matches.len());
    // Keyed rows: a filter change moves, adds and removes rows instead of rebuilding them all.
    let shown_rows = move || {
        let tab = tab.get();
        explorer.results().with(|r| r.matches.iter().take(shown.get()).map(|&index| (tab, index)).collect::<Vec<_>>())
    };
    let set_sort = move |ev: leptos::ev::Event| {
        let sort = if event_target_value(&ev) == "name" { Sort::Name } else { Sort::Date };
        explorer.update(false, move |s| s.sort = sort);
    };
    view! {
        <div class="results">
            <div class="results__head">
                <nav class="results-tabs" aria-label="What to list">
                    {tab_link(Tab::Initiatives, "Initiatives")}
                    {tab_link(Tab::Organisations, "Organisations")}
                </nav>
                <label class="sort">
                    "Sort by "
                    <select on:change=set_sort prop:value=move || if explorer.state.with(|s| s.sort) == Sort::Name { "name" } else { "date" }>
                        <option value="date">"Date, newest first"</option>
                        <option value="name">"Name"</option>
                    </select>
                </label>
            </div>
            <p class="results__summary">{summary}</p>
            {move || (matching() == 0).then(|| view! { <EmptyResult /> })}
            <ol class="result-rows">
                <For each=shown_rows key=|row| *row let((tab, index))>
                    <ResultRow tab index />
                </For>
            </ol>
            {move || (matching() > shown.get()).then(|| view! {
                <button type="button" class="button button--secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more", (matching() - shown.get()).min(PAGE))}
                </button>
            })}
            <Exports />
        </div>
    }
}

/// One initiative or organisation in the list.
#[component]
fn ResultRow(
    /// Which list the index points into.
    tab: Tab,
    /// Index into the bundle's initiatives or organisations.
    index: u32,
) -> impl IntoView {
    let explorer = use_explorer();
    let catalog = explorer.catalog.get_value();
    let place_links = |ids: &[String]| {
        ids.iter()
            .filter_map(|id| catalog.place(id))
            .map(|p| view! { <li><FilterLink facet=Facet::Place id=p.id.clone() label=p.name.clone() /></li> })
            .collect_view()
    };
    let sector_names = |ids: &[String]| {
        ids.iter().filter_map(|id| catalog.sector(id)).map(|s| s.name.clone()).collect::<Vec<_>>().join(", ")
    };
    match tab {
        Tab::Initiatives => {
            let r = &catalog.bundle.initiatives[index as usize];
            let when = match (&r.date, &r.end_date) {
                (Some(start), Some(end)) => format!("{start} – {end}"),
                (Some(start), None) => start.clone(),
                _ => "undated".into(),
            };
            view! {
                <li class="result">
                    <h3 class="result__title"><RecordLink kind=RecordKind::Initiative id=r.id.clone() label=r.name.clone() /></h3>
                    <p class="result__meta">
                        <span class="badge">{label_of(r.kind)}</span>
                        <span>{when}</span>
                        <span>{label_of(r.status)}</span>
                    </p>
                    <ul class="result__places" aria-label="Places">{place_links(&r.places)}</ul>
                    <p class="result__sectors">{sector_names(&r.sectors)}</p>
                </li>
            }
            .into_any()
        }
        Tab::Organisations => {
            let r = &catalog.bundle.organisations[index as usize];
            let country =
                r.country.as_deref().and_then(|c| catalog.country(c)).map(|c| c.name.clone()).unwrap_or_default();
            view! {
                <li class="result">
                    <h3 class="result__title"><RecordLink kind=RecordKind::Organisation id=r.id.clone() label=r.name.clone() /></h3>
                    <p class="result__meta">
                        <span class="badge">{label_of(r.kind)}</span>
                        <span>{country}</span>
                    </p>
                    <ul class="result__places" aria-label="Places">{place_links(&r.places)}</ul>
                    <p class="result__sectors">{sector_names(&r.sectors)}</p>
                </li>
            }
            .into_any()
        }
    }
}

/// Nothing matches: say why, and offer to drop the filter that excludes the most.
#[component]
fn EmptyResult() -> impl IntoView {
    let explorer = use_explorer();
    let (query, tab) = explorer.state.with(|s| (s.query.clone(), s.tab));
    let suggestion = explorer.catalog.with_value(|c| {
        c.narrowest_filter(&query, tab).map(|(filter, count)| (c.describe(&query, &filter), filter, count))
    });
    view! {
        <div class="empty">
            <p><strong>"Nothing matches all of these filters."</strong></p>
            {suggestion.map(|(label, filter, count)| {
                let href = explorer.href(|s| s.query = s.query.without(&filter));
                view! { <p>"Drop " <a href=href>{label}</a> {format!(" to see {count}.")}</p> }
            })}
        </div>
    }
}

/// Download what is shown as CSV or JSON, or cite the view.
#[component]
fn Exports() -> impl IntoView {
    let explorer = use_explorer();
    let cite_open = RwSignal::new(false);
    let embed_open = RwSignal::new(false);
    let download = move |json: bool| {
        move |_| {
            let (tab, link) = (explorer.state.get_untracked().tab, current_address());
            let text = explorer.results().with_untracked(|r| {
                explorer.catalog.with_value(|c| {
                    if json { to_json(c, tab, &r.matches, &link) } else { to_csv(c, tab, &r.matches, &link) }
                })
            });
            let (name, mime) = if json {
                ("eu-china-cooperation.json", "application/json")
            } else {
                ("eu-china-cooperation.csv", "text/csv")
            };
            if let Err(error) = save_text(name, mime, &text) {
                leptos::logging::warn!("download failed: {error:?}");
            }
        }
    };
    let citation = move || {
        let description = explorer.state.with(|s| {
            let active = s.query.active();
            explorer.catalog.with_value(|c| {
                if active.is_empty() {
                    "all records".to_owned()
                } else {
                    active.iter().map(|f| c.describe(&s.query, f)).collect::<Vec<_>>().join(", ")
                }
            })
        });
        let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        explorer
            .catalog
            .with_value(|c| cite_view(c, &description, &current_address(), today.get(..10).unwrap_or_default()))
    };
    view! {
        <div class="exports">
            <button type="button" class="button button--secondary" on:click=download(false)>"Download CSV"</button>
            <button type="button" class="button button--secondary" on:click=download(true)>"Download JSON"</button>
            <button type="button" class="button button--secondary" aria-expanded=move || cite_open.get().to_string() on:click=move |_| cite_open.update(|o| *o = !*o)>
                "Cite this view"
            </button>
            <button type="button" class="button button--secondary" aria-expanded=move || embed_open.get().to_string() on:click=move |_| embed_open.update(|o| *o = !*o)>
                "Embed this view"
            </button>
            {move || embed_open.get().then(|| view! {
                <label class="cite">
                    <span>"Code for your page (select and copy)"</span>
                    <textarea readonly rows="10">{move || { explorer.state.track(); embed_snippet(&current_address()) }}</textarea>
                </label>
            })}
            {move || cite_open.get().then(|| view! {
                <label class="cite">
                    <span>"Citation (select and copy)"</span>
                    <textarea readonly rows="4">{citation()}</textarea>
                </label>
            })}
        </div>
    }
}
