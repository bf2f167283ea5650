use leptos::prelude::*;

use super::also_matching::AlsoMatching;
use super::links::{EntryItems, GoLink};
use super::use_explorer;
use crate::download::save_text;
use explorer_core::export::{cite_view, download_metadata, to_csv, to_json};
use explorer_core::filter::{Sort, Tab};
use explorer_core::labels::Named;
use explorer_core::screens::{ResultRow, empty_hint, filters_in_words, results_summary};
use explorer_core::url_state::Go;

/// When nothing on this tab matches but the other tab has matches: names them, links to them.
#[component]
fn OtherTabHasMatches(
    /// The tab on screen.
    tab: Tab,
) -> impl IntoView {
    let explorer = use_explorer();
    let other = if tab == Tab::Initiatives { Tab::Organisations } else { Tab::Initiatives };
    let results = if other == Tab::Initiatives { explorer.initiatives } else { explorer.organisations };
    let count = move || results.with(|r| r.matches.len());
    move || {
        (count() > 0).then(|| {
            let noun = if other == Tab::Initiatives { "initiative" } else { "organisation" };
            view! {
                <p class="results__elsewhere">
                    {format!("{} match{} on the {} tab: ", explorer_core::screens::count(count(), noun), if count() == 1 { "es" } else { "" }, other.label())}
                    <GoLink go=Go::List(other) label=format!("show {}", other.label().to_lowercase()) />
                </p>
            }
        })
    }
}

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
    let tab = explorer.tab;
    let tab_link = move |target: Tab| {
        let href = move || explorer.href(&Go::List(target));
        let count = move || {
            let results = if target == Tab::Initiatives { explorer.initiatives } else { explorer.organisations };
            results.with(|r| r.matches.len())
        };
        view! {
            <a href=href class="results-tab" aria-current=move || (tab.get() == target).then_some("page")>
                {target.label()}<span class="results-tab__count">{count}</span>
            </a>
        }
    };
    let summary = move || explorer.results().with(|r| results_summary(tab.get(), r.matches.len(), shown.get(), r.total));
    let matching = move || explorer.results().with(|r| r.matches.len());
    // Keyed rows: a filter change moves, adds and removes rows instead of rebuilding them all.
    let shown_rows = move || {
        let tab = tab.get();
        explorer.results().with(|r| r.matches.iter().take(shown.get()).map(|&index| (tab, index)).collect::<Vec<_>>())
    };
    let set_sort = move |ev: leptos::ev::Event| {
        let sort = Sort::from_id(&event_target_value(&ev)).unwrap_or_default();
        explorer.go(&Go::Sort(sort), false);
    };
    let sort_options = Sort::ALL.iter().map(|sort| view! { <option value=sort.id()>{sort.label()}</option> }).collect_view();
    view! {
        <div class="results">
            <h1 class="visually-hidden">"Results"</h1>
            <div class="results__head">
                <nav class="results-tabs" aria-label="What to list">
                    {Tab::ALL.iter().map(|&t| tab_link(t)).collect_view()}
                </nav>
                <label class="sort">
                    "Sort by "
                    <select on:change=set_sort prop:value=move || explorer.state.with(|s| s.sort.id())>
                        {sort_options}
                    </select>
                </label>
            </div>
            <p class="results__summary">{summary}</p>
            {move || (matching() == 0).then(|| view! { <OtherTabHasMatches tab=tab.get() /><EmptyResult /> })}
            <AlsoMatching />
            <ol class="result-rows">
                <For each=shown_rows key=|row| *row let((tab, index))>
                    <ResultRowView tab index />
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
fn ResultRowView(
    /// Which list the index points into.
    tab: Tab,
    /// Index into the bundle's initiatives or organisations.
    index: u32,
) -> impl IntoView {
    let explorer = use_explorer();
    let row = explorer.catalog.with_value(|c| ResultRow::of(c, tab, index));
    view! {
        <li class="result">
            <h3 class="result__title"><GoLink go=row.link.go label=row.link.label /></h3>
            <p class="result__meta">
                <span class="badge">{row.badge}</span>
                {row.meta.into_iter().map(|m| view! { <span>{m}</span> }).collect_view()}
            </p>
            <ul class="result__places" aria-label="Places"><EntryItems entries=row.places /></ul>
            <p class="result__sectors">{row.sectors}</p>
        </li>
    }
}

/// Nothing matches: say why, and offer to drop the filter that excludes the most.
#[component]
fn EmptyResult() -> impl IntoView {
    let explorer = use_explorer();
    let hint = move || explorer.state.with(|s| explorer.catalog.with_value(|c| empty_hint(c, &s.query, explorer.tab.get())));
    view! {
        <div class="empty">
            <p><strong>"Nothing matches all of these filters."</strong></p>
            {move || hint().map(|hint| view! { <p>"Drop " <GoLink go=hint.go label=hint.label /> {format!(" to see {}.", hint.shows)}</p> })}
        </div>
    }
}

/// Download what is shown as CSV or JSON, or cite the view.
#[component]
fn Exports() -> impl IntoView {
    let explorer = use_explorer();
    let cite_open = RwSignal::new(false);
    let download = move |json: bool| {
        move |_| {
            let (state, tab, link) = (explorer.state.get_untracked(), explorer.tab.get_untracked(), explorer.address(&Go::FullExplorer));
            let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
            let text = explorer.results().with_untracked(|r| {
                explorer.catalog.with_value(|c| {
                    if json {
                        let metadata = download_metadata(c, &state.query, &link, today.get(..10).unwrap_or_default());
                        to_json(c, tab, &r.matches, &metadata)
                    } else {
                        to_csv(c, tab, &r.matches)
                    }
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
        let description = explorer.state.with(|s| explorer.catalog.with_value(|c| filters_in_words(c, &s.query)));
        let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let link = explorer.address(&Go::FullExplorer);
        explorer.catalog.with_value(|c| cite_view(c, &description, &link, today.get(..10).unwrap_or_default()))
    };
    view! {
        <div class="exports">
            <button type="button" class="button button--secondary" on:click=download(false)>"Download CSV"</button>
            <button type="button" class="button button--secondary" on:click=download(true)>"Download JSON"</button>
            <button type="button" class="button button--secondary" aria-expanded=move || cite_open.get().to_string() on:click=move |_| cite_open.update(|o| *o = !*o)>
                "Cite this view"
            </button>
            {move || cite_open.get().then(|| view! {
                <label class="cite">
                    <span>"Citation (select and copy)"</span>
                    <textarea readonly rows="4">{citation}</textarea>
                </label>
            })}
        </div>
    }
}
