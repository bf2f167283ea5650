//! A sector page's chart: its busiest places as horizontal bars, with "Download image".

use leptos::prelude::*;

use super::picture_buttons::PictureButtons;
use super::use_explorer;
use explorer_core::export::sector_picture_text;
use explorer_core::screens::{Bar, BarChart};
use explorer_core::url_state::Go;

/// Drawing units (the SVG scales to its box). Each label sits above its bar, so the drawing
/// stays narrow and its text readable on a phone.
const WIDTH: f64 = 400.0;
const BAR_MAX: f64 = 350.0;
const ROW: f64 = 44.0;

/// Bars of initiatives per place, drawn to scale; its text alternative lists the same numbers.
#[component]
pub fn SectorChart(
    /// The sector's name, for the downloaded picture's title.
    sector_name: String,
    /// The bars under the current filters.
    chart: Signal<BarChart>,
) -> impl IntoView {
    let explorer = use_explorer();
    let height = move || chart.with(|c| c.bars.len() as f64 * ROW + 4.0);
    // Rows keyed by their place, position, number and length: a change redraws only the bars
    // that moved or changed.
    let rows = move || chart.with(|c| c.bars.iter().cloned().enumerate().collect::<Vec<_>>());
    let row_key = |(i, bar): &(usize, Bar)| (*i, bar.label.clone(), bar.value, (bar.share * BAR_MAX).round() as u32);
    let sector_name = StoredValue::new(sector_name);
    let words = move || {
        let link = explorer.address(&Go::FullExplorer);
        explorer.state.with_untracked(|s| {
            explorer.catalog.with_value(|c| sector_name.with_value(|name| sector_picture_text(c, explorer.t, name, &s.query, &link)))
        })
    };
    // The figure itself is drawn again only when the chart appears or goes; its bars follow.
    let any = Memo::new(move |_| chart.with(|c| !c.bars.is_empty()));
    move || {
        any.get().then(|| view! {
            <figure class="bar-chart">
                <svg class="bar-chart__svg" viewBox=move || format!("0 0 {WIDTH} {}", height()) role="img"
                    aria-label=move || chart.with(|c| (explorer.t.chart_in_words)(&c.in_words))>
                    <For each=rows key=row_key let((i, bar))>
                        {
                            let y = i as f64 * ROW;
                            let length = (bar.share * BAR_MAX).max(2.0);
                            view! {
                                <g class="bar-chart__row">
                                    <text class="bar-chart__label" x="0" y=y + 16.0>{bar.label}</text>
                                    <rect class="bar-chart__bar" x="0" y=y + 22.0 width=length height="16" rx="3" />
                                    <text class="bar-chart__value" x=length + 6.0 y=y + 35.0>{bar.value}</text>
                                </g>
                            }
                        }
                    </For>
                </svg>
                <figcaption class="bar-chart__caption">
                    {explorer.t.chart_caption}
                    <PictureButtons drawing=".bar-chart__svg" file="eu-china-sector" words />
                </figcaption>
            </figure>
        })
    }
}
