//! Links that change the screen. Each is a real `<a href>` (the router handles the click, and
//! they open in new tabs too) whose target is a [`Go`] followed from the current state.

use std::collections::HashMap;

use leptos::prelude::*;

use super::use_explorer;
use explorer_core::screens::{Entry, SourceEntry};
use explorer_core::url_state::Go;

fn class_of(go: &Go) -> &'static str {
    match go {
        Go::Open(..) | Go::Story(_) => "record-link",
        Go::FilterTo(..) => "filter-link",
        _ => "",
    }
}

/// A link to the screen `go` leads to.
#[component]
pub fn GoLink(
    /// Where it leads, from the current screen.
    go: Go,
    /// The link's text.
    #[prop(into)]
    label: String,
    /// Extra class names.
    #[prop(optional)]
    class: &'static str,
    /// An accessible name when the text alone is not enough.
    #[prop(optional, into)]
    aria_label: Option<String>,
) -> impl IntoView {
    let explorer = use_explorer();
    let class = format!("{} {class}", class_of(&go)).trim().to_owned();
    let href = move || explorer.href(&go);
    view! { <a href=href class=class aria-label=aria_label>{label}</a> }
}

/// An [`Entry`]: its link, then its note.
#[component]
pub fn EntryLink(
    /// The entry to show.
    entry: Entry,
    /// Extra class names of the link.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! { <GoLink go=entry.go label=entry.label class />{entry.note.map(|n| format!(" {n}"))} }
}

/// Entries as list items (a record's places, a story's partners): a fixed list, as most are.
/// The list reads the state once, in one memo of its `href`s, and each link reads its own from
/// that memo: Leptos's reactive graph keeps a signal's subscribers in an ordered set that shifts
/// on every removal, so thousands of links reading the state directly made every filter change
/// quadratic. No keyed list: a fixed list never moves its items, and thirty result cards each
/// keeping one cost a facet click at 10k a few milliseconds to build and drop.
#[component]
pub fn EntryItems(
    /// The entries, in order.
    entries: Vec<Entry>,
) -> impl IntoView {
    let explorer = use_explorer();
    let gos: Vec<Go> = entries.iter().map(|e| e.go.clone()).collect();
    let hrefs = Memo::new(move |_| explorer.hrefs(gos.iter()));
    entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let href = move || hrefs.with(|h| h.get(i).cloned().unwrap_or_default());
            entry_item(entry, href)
        })
        .collect_view()
}

/// Entries that change with the state (a sector page's matches), as list items, keyed: when the
/// entries change, only the items that came or went are added or removed. Like [`EntryItems`],
/// one memo holds the list's `href`s.
#[component]
pub fn LiveEntryItems(
    /// The entries, in order.
    #[prop(into)]
    entries: Signal<Vec<Entry>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let hrefs = Memo::new(move |_| {
        entries.with(|entries| {
            let hrefs = explorer.hrefs(entries.iter().map(|e| &e.go));
            entries.iter().map(|e| e.go.clone()).zip(hrefs).collect::<HashMap<Go, String>>()
        })
    });
    view! {
        <For each=move || entries.get() key=|e| (e.go.clone(), e.label.clone(), e.note.clone()) let(entry)>
            {
                let go = entry.go.clone();
                entry_item(entry, move || hrefs.with(|h| h.get(&go).cloned().unwrap_or_default()))
            }
        </For>
    }
}

fn entry_item(entry: Entry, href: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    let note = entry.note.map(|n| format!(" {n}"));
    view! { <li><a href=href class=class_of(&entry.go)>{entry.label}</a>{note}</li> }
}

/// A record's sources: document, section and footnotes, with the footnotes' addresses as links.
#[component]
pub fn SourceList(
    /// The record's sources, ready to show.
    sources: Vec<SourceEntry>,
) -> impl IntoView {
    let t = crate::views::use_strings();
    let items = sources
        .into_iter()
        .map(|source| {
            let footnotes = source
                .footnotes
                .into_iter()
                .map(|note| {
                    let link = note.url.map(|url| {
                        let text = url.clone();
                        view! { " " <a href=url target="_blank" rel="noopener noreferrer" class="source-url">{text}</a> }
                    });
                    view! { <li class="footnote"><span class="footnote__number">{(t.footnote_n)(note.number)}</span>{note.text}{link}</li> }
                })
                .collect_view();
            view! {
                <li>
                    <cite>{source.document}</cite>
                    {(t.section_n)(&source.section)}
                    <ul class="footnotes">{footnotes}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="sources-list">{items}</ul> }
}
