//! Links that change the screen: open a record, re-filter to a related name, cite a source.
//! They are real `<a href>`s (the router handles the click), so they open in new tabs too.

use leptos::prelude::*;

use super::use_explorer;
use explorer_core::filter::Facet;
use explorer_core::labels::is_web_address;
use explorer_core::model::{Citation, RecordKind};
use explorer_core::url_state::ItemRef;

/// Opens the detail panel of a record, keeping the filters.
#[component]
pub fn RecordLink(
    /// What kind of record.
    kind: RecordKind,
    /// Its id.
    #[prop(into)]
    id: String,
    /// The text of the link (usually the record's name).
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let explorer = use_explorer();
    let href = move || {
        let id = id.clone();
        explorer.href(move |s| s.item = Some(ItemRef { kind, id }))
    };
    view! { <a href=href class="record-link">{label}</a> }
}

/// Re-filters everything to one option (a place, a sector, a country) and opens its detail
/// where it has one.
#[component]
pub fn FilterLink(
    /// The facet to filter by.
    facet: Facet,
    /// The option's id.
    #[prop(into)]
    id: String,
    /// The text of the link.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let explorer = use_explorer();
    let href = move || {
        let id = id.clone();
        explorer.href(move |s| {
            let chosen = s.query.selected(facet);
            if !chosen.contains(&id) {
                for other in chosen {
                    s.query.toggle(facet, &other);
                }
                s.query.toggle(facet, &id);
            }
            s.item = match facet {
                Facet::Place => Some(ItemRef { kind: RecordKind::Place, id }),
                Facet::Sector => Some(ItemRef { kind: RecordKind::Sector, id }),
                _ => s.item.take(),
            };
        })
    };
    view! { <a href=href class="filter-link">{label}</a> }
}

/// A record's sources: document, section and footnotes, with the footnotes' addresses as links.
#[component]
pub fn SourceList(
    /// The record's citations.
    sources: Vec<Citation>,
) -> impl IntoView {
    let explorer = use_explorer();
    let bundle = explorer.catalog.with_value(|c| c.bundle.clone());
    let items = sources
        .into_iter()
        .map(|citation| {
            let document = bundle
                .meta
                .documents
                .iter()
                .find(|d| d.id == citation.document)
                .map_or_else(|| citation.document.clone(), |d| d.title.clone());
            let footnotes = citation
                .footnotes
                .iter()
                .map(|&number| {
                    let note = bundle.footnotes.iter().find(|f| f.document == citation.document && f.number == number);
                    let text = note.map(|n| n.text.clone()).unwrap_or_default();
                    let link = note.and_then(|n| n.url.clone()).filter(|u| is_web_address(u)).map(|url| {
                        view! {
                            " " <a href=url.clone() target="_blank" rel="noopener noreferrer" class="source-url">{url.clone()}</a>
                        }
                    });
                    view! { <li class="footnote"><span class="footnote__number">{format!("Footnote {number}: ")}</span>{text}{link}</li> }
                })
                .collect_view();
            view! {
                <li>
                    <cite>{document}</cite>
                    {format!(", section {}", citation.section)}
                    <ul class="footnotes">{footnotes}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="sources-list">{items}</ul> }
}
