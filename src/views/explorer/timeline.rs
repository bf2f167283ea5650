use leptos::prelude::*;

use super::links::GoLink;
use super::use_explorer;
use explorer_core::screens::Timeline;

/// Policy milestones and the filtered initiatives on one time axis, grouped by year.
#[component]
pub fn TimelineView() -> impl IntoView {
    let explorer = use_explorer();
    let timeline = Memo::new(move |_| {
        explorer.state.with(|s| explorer.initiatives.with(|r| explorer.catalog.with_value(|c| Timeline::of(c, &s.query, r))))
    });
    let years = move || {
        timeline
            .get()
            .years
            .into_iter()
            .map(|year| {
                let entries = year
                    .entries
                    .into_iter()
                    .map(|entry| {
                        view! {
                            <li class="timeline__item" class:timeline__item--milestone=entry.milestone>
                                <span class="timeline__date">{entry.date}</span>
                                <span class="badge">{entry.badge}</span>
                                <GoLink go=entry.link.go label=entry.link.label />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="timeline__year">
                        <h2>{year.year}</h2>
                        <ol>{entries}</ol>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="timeline-view">
            <h1 class="view-title">"Timeline"</h1>
            <p class="view-lead">"EU–China policy milestones and cooperation initiatives, oldest first. Milestones are marked ◆."</p>
            <p class="results__summary">{move || timeline.with(Timeline::summary)}</p>
            <ol class="timeline">{years}</ol>
        </div>
    }
}
