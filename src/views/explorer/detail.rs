use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::links::{EntryItems, EntryLink, GoLink, SourceList};
use super::share::ShareButton;
use super::use_explorer;
use explorer_core::model::Figure;
use explorer_core::screens::Detail;
use explorer_core::url_state::{Go, ItemRef};

/// One record in full, beside the current view; closing it keeps the filters. It reads only
/// the open record, so typing or filtering leaves it as it is.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let explorer = use_explorer();
    let item = Memo::new(move |_| explorer.state.with(|s| s.item.clone()));
    // Opening a record moves keyboard focus to it; the panel is not modal, so nothing is trapped.
    Effect::new(move |previous: Option<Option<ItemRef>>| {
        let current = item.get();
        if current.is_some() && previous.is_some_and(|p| p != current) {
            request_animation_frame(|| {
                if let Some(panel) = document().get_element_by_id("detail") {
                    let _ = panel.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
        current
    });
    // Escape closes the panel and returns focus to the view it was opened from.
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            explorer.go(&Go::Close, false);
            if let Some(view) = document().get_element_by_id("view") {
                let _ = view.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    move || {
        item.get().map(|item| {
            let t = explorer.t;
            let body = match explorer.catalog.with_value(|c| Detail::of(c, t, &item)) {
                Some(detail) => view! { <DetailBody detail /> }.into_any(),
                None => view! { <h2 id="detail-title">{t.not_found}</h2><p>{t.record_not_in_data}</p> }.into_any(),
            };
            view! {
                <aside class="detail" id="detail" tabindex="-1" aria-labelledby="detail-title" on:keydown=close_on_escape>
                    <GoLink go=Go::Close label="×" class="detail__close" aria_label=t.close_details />
                    {body}
                    <ShareButton class="detail__share" />
                </aside>
            }
        })
    }
}

/// A record's detail, as the core describes it.
#[component]
fn DetailBody(
    /// What to show.
    detail: Detail,
) -> impl IntoView {
    let Detail {
        kind_line,
        title,
        also,
        paragraphs,
        labelled,
        sections,
        part_of,
        facts,
        lists,
        figures,
        full_story,
        note,
        inferred,
        sources,
    } = detail;
    let t = use_explorer().t;
    view! {
        <p class="detail__kind">{kind_line}</p>
        <h2 id="detail-title">{title}</h2>
        {also.map(|a| view! { <p class="detail__aliases">{a}</p> })}
        {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        {labelled.into_iter().map(|(label, text)| view! { <p><strong>{format!("{label}{}", t.colon)}</strong>{text}</p> }).collect_view()}
        {sections.into_iter().map(|(heading, text)| view! { <h3>{heading}</h3><p>{text}</p> }).collect_view()}
        {full_story.map(|entry| view! { <p><EntryLink entry /></p> })}
        {part_of.map(|entry| view! { <p>{t.part_of} <EntryLink entry /></p> })}
        {(!facts.is_empty()).then(|| view! {
            <dl class="facts">
                {facts.into_iter().map(|fact| view! {
                    <dt>{fact.title}</dt>
                    <dd>
                        <ul class="inline-list"><EntryItems entries=fact.entries /></ul>
                        // Visible text, not a tooltip: the note under the panel says what it means.
                        {fact.inferred.then(|| view! { <span class="inferred-marker">{t.inferred_word}</span> })}
                    </dd>
                }).collect_view()}
            </dl>
        })}
        {lists.into_iter().map(|list| view! { <h3>{list.title}</h3><ul><EntryItems entries=list.entries /></ul> }).collect_view()}
        <Figures figures />
        {note.map(|n| view! { <p class="editor-note"><strong>{t.editors_note}</strong>{n}</p> })}
        {inferred.map(|text| view! { <p class="editor-note">{text}</p> })}
        <h3>{t.sources}</h3>
        <SourceList sources />
    }
}

/// The numbers the texts report about a record.
#[component]
pub fn Figures(
    /// The record's figures.
    figures: Vec<Figure>,
) -> impl IntoView {
    let t = use_explorer().t;
    (!figures.is_empty()).then(|| {
        view! {
            <h3>{t.figures}</h3>
            <ul class="figures">
                {figures.into_iter().map(|f| view! { <li><strong>{f.as_printed}</strong>" "{f.counts}</li> }).collect_view()}
            </ul>
        }
    })
}
