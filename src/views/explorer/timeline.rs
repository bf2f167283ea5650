use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use explorer_core::screens::{TIMELINE_PAGE, Timeline, TimelineEntry};

/// Policy milestones and the filtered initiatives on one time axis, grouped by year. Years and
/// entries are keyed: a filter change adds and removes entries instead of redrawing the axis.
#[component]
pub fn TimelineView() -> impl IntoView {
    let explorer = use_explorer();
    let shown = RwSignal::new(TIMELINE_PAGE);
    // New filters start from the first page again.
    Effect::new(move |_| {
        explorer.initiatives.track();
        shown.set(TIMELINE_PAGE);
    });
    let timeline = Memo::new(move |_| {
        let shown = shown.get();
        explorer.state.with(|s| explorer.initiatives.with(|r| explorer.catalog.with_value(|c| Timeline::of(c, explorer.t, &s.query, r, shown))))
    });
    let more = move || timeline.with(|t| t.total - t.shown());
    let years = move || timeline.with(|t| t.years.iter().map(|y| y.year.clone()).collect::<Vec<_>>());
    view! {
        <div class="timeline-view">
            <h1 class="view-title">{explorer.t.timeline_heading}</h1>
            <p class="view-lead">{explorer.t.timeline_lead}</p>
            <p class="results__summary">{move || timeline.with(|t| t.summary(explorer.t))}</p>
            <ol class="timeline">
                <For each=years key=|year| year.clone() let(year)>
                    <TimelineYearView year timeline />
                </For>
            </ol>
            <Show when=move || { more() > 0 }>
                <button type="button" class="button button--secondary show-more" on:click=move |_| shown.update(|n| *n += TIMELINE_PAGE)>
                    {move || (explorer.t.show_n_more)(more().min(TIMELINE_PAGE))}
                </button>
            </Show>
        </div>
    }
}

/// One year of the timeline.
#[component]
fn TimelineYearView(
    /// The year, as the dates print it.
    year: String,
    /// The whole timeline.
    timeline: Memo<Timeline>,
) -> impl IntoView {
    let heading = timeline.with_untracked(|t| t.years.iter().find(|y| y.year == year).map(|y| y.heading.clone()).unwrap_or_else(|| year.clone()));
    let entries = move || {
        timeline.with(|t| t.years.iter().find(|y| y.year == year).map(|y| y.entries.clone()).unwrap_or_default())
    };
    view! {
        <li class="timeline__year">
            <h2>{heading}</h2>
            <ol>
                <For each=entries key=|e| (e.milestone, e.link.target_id().to_owned()) let(entry)>
                    <TimelineItem entry />
                </For>
            </ol>
        </li>
    }
}

/// One dated milestone or initiative.
#[component]
fn TimelineItem(
    /// What to show.
    entry: TimelineEntry,
) -> impl IntoView {
    view! {
        <li class="timeline__item" class:timeline__item--milestone=entry.milestone>
            <span class="timeline__date">{entry.when}</span>
            <span class="badge">{entry.badge}</span>
            <GoLink go=entry.link.go label=entry.link.label />
        </li>
    }
}
