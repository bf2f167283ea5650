use leptos::prelude::*;

use super::links::RecordLink;
use super::use_explorer;
use explorer_core::filter::text::{normalize, query_terms};
use explorer_core::labels::label_of;
use explorer_core::model::RecordKind;

/// Rows on the timeline beyond this are left to the results list.
const MAX_ROWS: usize = 300;

/// Policy milestones and the filtered initiatives on one time axis, grouped by year.
#[component]
pub fn TimelineView() -> impl IntoView {
    let explorer = use_explorer();
    let years = move || {
        let catalog = explorer.catalog.get_value();
        let query = explorer.state.with(|s| s.query.clone());
        let terms = query_terms(&query.text);
        let in_years = |date: &str| {
            let year: i32 = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            query.from.is_none_or(|f| year >= f) && query.to.is_none_or(|t| year <= t)
        };
        // (date, is milestone, id, title, label)
        let mut rows: Vec<(String, bool, String, String, String)> = catalog
            .bundle
            .milestones
            .iter()
            .filter(|m| in_years(&m.date))
            .filter(|m| {
                let text = normalize(&format!("{} {}", m.title, m.description));
                terms.iter().all(|t| text.contains(t.as_str()))
            })
            .map(|m| (m.date.clone(), true, m.id.clone(), m.title.clone(), "Policy milestone".to_owned()))
            .collect();
        explorer.initiatives.with(|r| {
            rows.extend(r.matches.iter().filter_map(|&i| {
                let i = &catalog.bundle.initiatives[i as usize];
                Some((i.date.clone()?, false, i.id.clone(), i.name.clone(), label_of(i.kind)))
            }));
        });
        rows.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let total = rows.len();
        rows.truncate(MAX_ROWS);
        let mut groups: Vec<(String, Vec<_>)> = Vec::new();
        for row in rows {
            let year = row.0.get(..4).unwrap_or("?").to_owned();
            match groups.last_mut() {
                Some((y, list)) if *y == year => list.push(row),
                _ => groups.push((year, vec![row])),
            }
        }
        let body = groups
            .into_iter()
            .map(|(year, rows)| {
                let items = rows
                    .into_iter()
                    .map(|(date, milestone, id, title, label)| {
                        let kind = if milestone { RecordKind::Milestone } else { RecordKind::Initiative };
                        view! {
                            <li class="timeline__item" class:timeline__item--milestone=milestone>
                                <span class="timeline__date">{date}</span>
                                <span class="badge">{label}</span>
                                <RecordLink kind id label=title />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="timeline__year">
                        <h2>{year}</h2>
                        <ol>{items}</ol>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="results__summary">{format!("{} dated events{}", total, if total > MAX_ROWS { format!(", the first {MAX_ROWS} shown") } else { String::new() })}</p>
            <ol class="timeline">{body}</ol>
        }
    };
    view! {
        <div class="timeline-view">
            <h1 class="view-title">"Timeline"</h1>
            <p class="view-lead">"EU–China policy milestones and cooperation initiatives, oldest first. Milestones are marked ◆."</p>
            {years}
        </div>
    }
}
