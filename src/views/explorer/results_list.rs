use leptos::prelude::*;

use super::also_matching::AlsoMatching;
use super::links::{EntryItems, GoLink};
use super::use_explorer;
use crate::download::save_text;
use explorer_core::export::{cite_view, csv_column_names, download_metadata, to_csv, to_json};
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
    let t = explorer.t;
    let other = tab.other();
    let results = if other == Tab::Initiatives { explorer.initiatives } else { explorer.organisations };
    let count = move || results.with(|r| r.matches.len());
    move || {
        (count() > 0).then(|| {
            view! {
                <p class="results__elsewhere">
                    {(t.other_tab_matches)(count(), other.noun(), other.label_in(t.lang))}
                    <GoLink go=Go::List(other) label=(t.show_tab)(other.label_in(t.lang)) />
                </p>
            }
        })
    }
}

/// Rows shown at first and added by "Show more": the DOM stays small whatever the data size.
const PAGE: usize = 20;

/// Initiatives (or organisations) matching the filters, with paging, sorting and downloads.
#[component]
pub fn ResultsList() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
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
                {target.label_in(t.lang)}<span class="results-tab__count">{count}</span>
            </a>
        }
    };
    let summary = move || explorer.results().with(|r| results_summary(t, tab.get(), r.matches.len(), shown.get(), r.total));
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
    let sort_options = Sort::ALL.iter().map(|sort| view! { <option value=sort.id()>{sort.label_in(t.lang)}</option> }).collect_view();
    view! {
        <div class="results">
            <h1 class="visually-hidden">{t.results_heading}</h1>
            <div class="results__head">
                <nav class="results-tabs" aria-label=t.what_to_list>
                    {Tab::ALL.iter().map(|&t| tab_link(t)).collect_view()}
                </nav>
                <label class="sort">
                    {t.sort_by}
                    <select on:change=set_sort prop:value=move || explorer.state.with(|s| s.sort.id())>
                        {sort_options}
                    </select>
                </label>
            </div>
            <p class="results__summary">{summary}</p>
            <Show when=move || matching() == 0>{move || view! { <OtherTabHasMatches tab=tab.get() /> }}<EmptyResult /></Show>
            <AlsoMatching />
            <ol class="result-rows">
                <For each=shown_rows key=|row| *row let((tab, index))>
                    <ResultRowView tab index />
                </For>
            </ol>
            <Show when=move || { matching() > shown.get() }>
                <button type="button" class="button button--secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || (t.show_n_more)((matching() - shown.get()).min(PAGE))}
                </button>
            </Show>
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
    let row = explorer.catalog.with_value(|c| ResultRow::of(c, explorer.t, tab, index));
    view! {
        <li class="result">
            <h2 class="result__title"><GoLink go=row.link.go label=row.link.label /></h2>
            <p class="result__meta">
                <span class="badge">{row.badge}</span>
                {row.meta.into_iter().map(|m| view! { <span>{m}</span> }).collect_view()}
            </p>
            <ul class="result__places" aria-label=explorer.t.fact_places><EntryItems entries=row.places /></ul>
            <p class="result__sectors">{row.sectors}</p>
        </li>
    }
}

/// Nothing matches: say why, and offer to drop the filter that excludes the most.
#[component]
fn EmptyResult() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let hint = move || explorer.state.with(|s| explorer.catalog.with_value(|c| empty_hint(c, t, &s.query, explorer.tab.get())));
    view! {
        <div class="empty">
            <p><strong>{t.nothing_matches}</strong></p>
            {move || hint().map(|hint| view! { <p>{t.drop_before} <GoLink go=hint.go label=hint.label /> {(t.drop_after)(&hint.shows)}</p> })}
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
                        let metadata = download_metadata(c, explorer.t, &state.query, &link, today.get(..10).unwrap_or_default());
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
        let description = explorer.state.with(|s| explorer.catalog.with_value(|c| filters_in_words(c, explorer.t, &s.query)));
        let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let link = explorer.address(&Go::FullExplorer);
        explorer.catalog.with_value(|c| cite_view(c, explorer.t, &description, &link, today.get(..10).unwrap_or_default()))
    };
    view! {
        <div class="exports">
            <button type="button" class="button button--secondary" on:click=download(false)>{explorer.t.download_csv}</button>
            <button type="button" class="button button--secondary" on:click=download(true)>{explorer.t.download_json}</button>
            // The Chinese interface offers the CSV's column names in Chinese as a second file.
            {(!explorer.t.download_csv_labels.is_empty()).then(|| view! {
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let names = csv_column_names(explorer.t, explorer.tab.get_untracked());
                    if let Err(error) = save_text("eu-china-cooperation-columns-zh.csv", "text/csv", &names) {
                        leptos::logging::warn!("download failed: {error:?}");
                    }
                }>{explorer.t.download_csv_labels}</button>
            })}
            <button type="button" class="button button--secondary" aria-expanded=move || cite_open.get().to_string() on:click=move |_| cite_open.update(|o| *o = !*o)>
                {explorer.t.cite_this_view}
            </button>
            {move || cite_open.get().then(|| view! {
                <label class="cite">
                    <span>{explorer.t.citation_select}</span>
                    <textarea readonly rows="4">{citation}</textarea>
                </label>
            })}
        </div>
    }
}
