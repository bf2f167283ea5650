use std::sync::Arc;

use leptos::prelude::*;

use explorer_core::model::Bundle;
use explorer_core::summary::{headline_counts, places_per_side};

/// What the loaded bundle holds, and where it comes from: the top of the sectors overview.
#[component]
pub fn Overview(
    /// The loaded, checked bundle.
    bundle: Arc<Bundle>,
) -> impl IntoView {
    let t = super::use_strings();
    let (europe, china) = places_per_side(&bundle);
    let cards = headline_counts(&bundle, t)
        .into_iter()
        .map(|count| {
            view! {
                <li class="count-card">
                    <span class="count-card__value">{count.value}</span>
                    <span class="count-card__label">{count.label}</span>
                </li>
            }
        })
        .collect_view();
    let documents = bundle
        .meta
        .documents
        .iter()
        .map(|doc| {
            view! {
                <li>
                    <cite>{doc.title.clone()}</cite>
                    {match &doc.publisher {
                        Some(publisher) => format!(" — {publisher}, {}", doc.date),
                        None => format!(" — {}", doc.date),
                    }}
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title">{(t.data_title)(&bundle.meta.title)}</h1>
            <p class="lead">{(t.overview_lead)(europe, china)}</p>
            <h2 class="visually-hidden">{t.what_data_holds}</h2>
            <ul class="count-cards" aria-label=t.loaded_records>
                {cards}
            </ul>
            <section class="sources" aria-labelledby="sources-title">
                <h2 id="sources-title">{t.sources}</h2>
                <ul>{documents}</ul>
                <p class="attribution">{bundle.meta.attribution.clone()}</p>
            </section>
        </section>
    }
}
