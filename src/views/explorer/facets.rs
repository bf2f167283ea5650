use leptos::prelude::*;

use super::use_explorer;
use crate::views::AfterFirstPaint;
use explorer_core::filter::Facet;
use explorer_core::labels::Named;
use explorer_core::screens::{FacetRow, facet_rows};
use explorer_core::url_state::{Go, parse_year};

/// Options rendered before "Show all" in a facet.
const MAX_OPTIONS_SHOWN: usize = 150;

/// The filters: one group per facet with live counts, and the year range. On phones it opens as
/// a panel from a "Filters" button.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let explorer = use_explorer();
    let open = RwSignal::new(false);
    let t = explorer.t;
    let active = move || explorer.state.with(|s| s.query.active().len());
    view! {
        <div class="filters" class:filters--open=open>
            <button
                type="button"
                class="button button--secondary filters__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="filter-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || match active() { 0 => t.filters.to_owned(), n => (t.filters_n)(n) }}
            </button>
            <div class="filters__panel" id="filter-panel" role="region" aria-label=t.filters>
                <AfterFirstPaint>
                    <FacetGroup facet=Facet::Sector open=true />
                    <FacetGroup facet=Facet::Side open=true />
                    <YearRange />
                    <FacetGroup facet=Facet::Kind open=true />
                    <FacetGroup facet=Facet::OrgType open=false />
                    <FacetGroup facet=Facet::Country open=false />
                    <FacetGroup facet=Facet::Place open=false />
                </AfterFirstPaint>
            </div>
        </div>
    }
}

/// One facet: a checkbox per option with how many results it would give; options that give
/// none are dimmed, not hidden.
#[component]
fn FacetGroup(
    /// Which facet.
    facet: Facet,
    /// Whether the group starts unfolded.
    open: bool,
) -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let rows = explorer.catalog.with_value(|c| facet_rows(c, t.lang, facet));
    // Very long facets (thousands of places in a big bundle) render their first options only,
    // until asked: the DOM stays small whatever the data size.
    let total = rows.len();
    let rest: Vec<FacetRow> = rows.get(MAX_OPTIONS_SHOWN..).unwrap_or_default().to_vec();
    let show_all = RwSignal::new(false);
    // One memo each for this facet's counts and choices: a keystroke in the search box re-runs
    // the rows only when their own number or tick actually changes.
    let counts = Memo::new(move |_| explorer.results().with(|r| r.counts.of(facet).to_vec()));
    let selected = Memo::new(move |_| explorer.state.with(|s| s.query.selected(facet)));
    let render = move |row: FacetRow| {
        let FacetRow { index, id, label, depth } = row;
        let count = move || counts.with(|c| c.get(index).copied().unwrap_or(0));
        let checked = {
            let id = id.clone();
            move || selected.with(|s| s.contains(&id))
        };
        let toggle = move |_| explorer.go(&Go::Toggle(facet, id.clone()), false);
        view! {
            <li class="facet-option" class:facet-option--none=move || count() == 0 style:padding-left=format!("{}rem", depth as f32 * 1.1)>
                <label>
                    <input type="checkbox" prop:checked=checked on:change=toggle />
                    <span class="facet-option__label">{label}</span>
                    <span class="facet-option__count">{count}</span>
                </label>
            </li>
        }
    };
    let long = total > 12;
    // A folded group renders its options when first unfolded.
    let unfolded = RwSignal::new(open);
    let first_rows = move || unfolded.get().then(|| rows.iter().take(MAX_OPTIONS_SHOWN).cloned().map(render).collect_view());
    let rest_rows = move || show_all.get().then(|| rest.iter().cloned().map(render).collect_view());
    let more = (total > MAX_OPTIONS_SHOWN).then(|| {
        view! {
            <button type="button" class="link-button" aria-expanded=move || show_all.get().to_string() on:click=move |_| show_all.update(|s| *s = !*s)>
                {move || if show_all.get() { t.show_fewer.to_owned() } else { (t.show_all_n)(total) }}
            </button>
        }
    });
    let chosen = move || selected.with(Vec::len);
    view! {
        <details class="facet" open=open on:toggle=move |_| if !unfolded.get_untracked() { unfolded.set(true) }>
            <summary>
                {facet.label_in(t.lang)}
                {move || (chosen() > 0).then(|| view! { <span class="facet__chosen">{(t.n_chosen)(chosen())}</span> })}
            </summary>
            <ul class="facet__options" class:facet__options--long=long>{first_rows}{rest_rows}</ul>
            {more}
        </details>
    }
}

/// First and last year, inclusive.
#[component]
fn YearRange() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let year = move |from: bool| {
        move || {
            explorer
                .state
                .with(|s| if from { s.query.from } else { s.query.to })
                .map(|y| y.to_string())
                .unwrap_or_default()
        }
    };
    let set = move |from: bool| {
        move |ev: leptos::ev::Event| {
            let year = parse_year(&event_target_value(&ev));
            explorer.go(&if from { Go::FirstYear(year) } else { Go::LastYear(year) }, false);
        }
    };
    view! {
        <fieldset class="facet years">
            <legend>{t.years}</legend>
            <label>{t.year_from} " " <input type="number" inputmode="numeric" min="1900" max="2100" placeholder=t.year_from_example prop:value=year(true) on:change=set(true) /></label>
            <label>{t.year_to} " " <input type="number" inputmode="numeric" min="1900" max="2100" placeholder=t.year_to_example prop:value=year(false) on:change=set(false) /></label>
        </fieldset>
    }
}
