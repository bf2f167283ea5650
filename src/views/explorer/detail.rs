use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::links::{FilterLink, RecordLink, SourceList};
use super::use_explorer;
use explorer_core::filter::{Catalog, Facet};
use explorer_core::labels::label_of;
use explorer_core::model::{Citation, Figure, Initiative, RecordKind};
use explorer_core::related::{
    figures_of, initiatives_in_place, initiatives_of_organisation, partner_places, parts_of, stories_in_sector,
};
use explorer_core::url_state::ItemRef;

/// One record in full, beside the current view; closing it keeps the filters.
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
            explorer.update(false, |s| s.item = None);
            if let Some(view) = document().get_element_by_id("view") {
                let _ = view.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    move || {
        item.get().map(|item| {
            let close = explorer.href(|s| s.item = None);
            let body = explorer.catalog.with_value(|c| detail_body(c, &item));
            view! {
                <aside class="detail" id="detail" tabindex="-1" aria-labelledby="detail-title" on:keydown=close_on_escape>
                    <a class="detail__close" href=close aria-label="Close the details">"×"</a>
                    {body}
                </aside>
            }
        })
    }
}

fn detail_body(catalog: &Catalog, item: &ItemRef) -> AnyView {
    let b = &catalog.bundle;
    match item.kind {
        RecordKind::Initiative => catalog.initiative(&item.id).map(|r| initiative_detail(catalog, r).into_any()),
        RecordKind::Organisation => catalog.organisation(&item.id).map(|r| {
            let initiatives = initiatives_of_organisation(b, &r.id);
            let members = r.members.iter().filter_map(|m| catalog.organisation(m)).map(|m| (m.id.clone(), m.name.clone())).collect::<Vec<_>>();
            view! {
                <p class="detail__kind">{label_of(r.kind)}</p>
                <h2 id="detail-title">{r.name.clone()}</h2>
                {(!r.aliases.is_empty()).then(|| view! { <p class="detail__aliases">{format!("Also: {}", r.aliases.join(", "))}</p> })}
                <p>{r.description.clone()}</p>
                {r.sector_label.clone().map(|l| view! { <p><strong>"Sector as printed: "</strong>{l}</p> })}
                {r.support_offered.clone().map(|s| view! { <h3>"What it offers EU clusters"</h3><p>{s}</p> })}
                <Facts places=r.places.clone() sectors=r.sectors.clone() />
                {(!members.is_empty()).then(|| view! {
                    <h3>"Members"</h3>
                    <ul>{members.into_iter().map(|(id, name)| view! { <li><RecordLink kind=RecordKind::Organisation id label=name /></li> }).collect_view()}</ul>
                })}
                <InitiativeLinks title="Initiatives" initiatives=initiatives.into_iter().map(|i| (i.id.clone(), i.name.clone())).collect() />
                <Figures figures=figures_of(b, RecordKind::Organisation, &r.id).into_iter().cloned().collect() />
                <Provenance sources=r.sources.clone() note=r.note.clone() inferred=r.inferred.clone() />
            }
            .into_any()
        }),
        RecordKind::Place => catalog.place(&item.id).map(|p| {
            let country = catalog.country(&p.country).map(|c| c.name.clone()).unwrap_or_default();
            let partners = partner_places(catalog, p).into_iter().map(|(q, n)| (q.id.clone(), q.name.clone(), n)).collect::<Vec<_>>();
            let initiatives = initiatives_in_place(catalog, &p.id).into_iter().map(|i| (i.id.clone(), i.name.clone())).collect();
            let organisations = b.organisations.iter().filter(|o| o.places.contains(&p.id)).map(|o| (o.id.clone(), o.name.clone())).collect::<Vec<_>>();
            let names = [p.name_zh.clone(), p.pinyin.clone()].into_iter().flatten().chain(p.aliases.iter().cloned()).collect::<Vec<_>>();
            view! {
                <p class="detail__kind">{format!("{} · {country}", label_of(p.kind))}</p>
                <h2 id="detail-title">{p.name.clone()}</h2>
                {(!names.is_empty()).then(|| view! { <p class="detail__aliases">{format!("Also: {}", names.join(", "))}</p> })}
                {(!partners.is_empty()).then(|| view! {
                    <h3>"Partner places"</h3>
                    <ul>{partners.into_iter().map(|(id, name, n)| view! {
                        <li><FilterLink facet=Facet::Place id label=name />{format!(" ({n} shared)")}</li>
                    }).collect_view()}</ul>
                })}
                <InitiativeLinks title="Initiatives here" initiatives />
                {(!organisations.is_empty()).then(|| view! {
                    <h3>"Organisations here"</h3>
                    <ul>{organisations.into_iter().map(|(id, name)| view! { <li><RecordLink kind=RecordKind::Organisation id label=name /></li> }).collect_view()}</ul>
                })}
                <Provenance sources=p.sources.clone() note=p.note.clone() inferred=p.inferred.clone() />
            }
            .into_any()
        }),
        RecordKind::Sector => catalog.sector(&item.id).map(|s| {
            let stories = stories_in_sector(b, &s.id).into_iter().map(|st| (st.id.clone(), st.title.clone())).collect::<Vec<_>>();
            view! {
                <p class="detail__kind">"Sector"</p>
                <h2 id="detail-title">{s.name.clone()}</h2>
                {s.summary.clone().map(|t| view! { <p>{t}</p> })}
                {(!stories.is_empty()).then(|| view! {
                    <h3>"Success stories"</h3>
                    <ul>{stories.into_iter().map(|(id, title)| view! { <li><RecordLink kind=RecordKind::Story id label=title /></li> }).collect_view()}</ul>
                })}
                <Figures figures=figures_of(b, RecordKind::Sector, &s.id).into_iter().cloned().collect() />
                <Provenance sources=s.sources.clone() note=s.note.clone() inferred=s.inferred.clone() />
            }
            .into_any()
        }),
        RecordKind::Milestone => b.milestones.iter().find(|m| m.id == item.id).map(|m| {
            view! {
                <p class="detail__kind">{format!("Policy milestone · {}", m.date)}</p>
                <h2 id="detail-title">{m.title.clone()}</h2>
                <p>{m.description.clone()}</p>
                <Provenance sources=m.sources.clone() note=m.note.clone() inferred=m.inferred.clone() />
            }
            .into_any()
        }),
        RecordKind::Story => b.stories.iter().find(|s| s.id == item.id).map(|s| {
            view! {
                <p class="detail__kind">"Success story"</p>
                <h2 id="detail-title">{s.title.clone()}</h2>
                <p>{s.objective.clone()}</p>
                <p><a href="?view=stories">"Read the full story"</a></p>
                <Provenance sources=s.sources.clone() note=s.note.clone() inferred=s.inferred.clone() />
            }
            .into_any()
        }),
    }
    .unwrap_or_else(|| view! { <h2 id="detail-title">"Not found"</h2><p>"This record is not in the data."</p> }.into_any())
}

fn initiative_detail(catalog: &Catalog, r: &Initiative) -> impl IntoView + use<> {
    let b = &catalog.bundle;
    let parent = r.part_of.as_deref().and_then(|p| catalog.initiative(p)).map(|p| (p.id.clone(), p.name.clone()));
    let parts = parts_of(b, &r.id).into_iter().map(|i| (i.id.clone(), i.name.clone())).collect();
    let organisations = r
        .organisations
        .iter()
        .filter_map(|o| catalog.organisation(o))
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect::<Vec<_>>();
    let when = match (&r.date, &r.end_date) {
        (Some(start), Some(end)) => format!("{start} – {end}"),
        (Some(start), None) => start.clone(),
        _ => "Undated".into(),
    };
    view! {
        <p class="detail__kind">{format!("{} · {when} · {}", label_of(r.kind), label_of(r.status))}</p>
        <h2 id="detail-title">{r.name.clone()}</h2>
        <p>{r.description.clone()}</p>
        {parent.map(|(id, name)| view! { <p>"Part of " <RecordLink kind=RecordKind::Initiative id label=name /></p> })}
        <Facts places=r.places.clone() sectors=r.sectors.clone() />
        {(!organisations.is_empty()).then(|| view! {
            <h3>"Organisations"</h3>
            <ul>{organisations.into_iter().map(|(id, name)| view! { <li><RecordLink kind=RecordKind::Organisation id label=name /></li> }).collect_view()}</ul>
        })}
        <InitiativeLinks title="Parts" initiatives=parts />
        <Figures figures=figures_of(b, RecordKind::Initiative, &r.id).into_iter().cloned().collect() />
        <Provenance sources=r.sources.clone() note=r.note.clone() inferred=r.inferred.clone() />
    }
}

/// Places and sectors as links that re-filter.
#[component]
fn Facts(
    /// Place ids.
    places: Vec<String>,
    /// Sector ids.
    sectors: Vec<String>,
) -> impl IntoView {
    let explorer = use_explorer();
    let catalog = explorer.catalog.get_value();
    let places: Vec<_> =
        places.iter().filter_map(|id| catalog.place(id)).map(|p| (p.id.clone(), p.name.clone())).collect();
    let sectors: Vec<_> =
        sectors.iter().filter_map(|id| catalog.sector(id)).map(|s| (s.id.clone(), s.name.clone())).collect();
    let row = |title: &'static str, facet: Facet, items: Vec<(String, String)>| {
        (!items.is_empty()).then(|| {
            let links =
                items.into_iter().map(|(id, label)| view! { <li><FilterLink facet id label /></li> }).collect_view();
            view! { <dt>{title}</dt><dd><ul class="inline-list">{links}</ul></dd> }
        })
    };
    view! {
        <dl class="facts">
            {row("Places", Facet::Place, places)}
            {row("Sectors", Facet::Sector, sectors)}
        </dl>
    }
}

/// A titled list of initiative links (nothing when empty).
#[component]
fn InitiativeLinks(
    /// Heading of the list.
    title: &'static str,
    /// `(id, name)` pairs.
    initiatives: Vec<(String, String)>,
) -> impl IntoView {
    (!initiatives.is_empty()).then(|| {
        view! {
            <h3>{format!("{title} ({})", initiatives.len())}</h3>
            <ul>{initiatives.into_iter().map(|(id, name)| view! { <li><RecordLink kind=RecordKind::Initiative id label=name /></li> }).collect_view()}</ul>
        }
    })
}

/// The numbers the texts report about a record.
#[component]
pub fn Figures(
    /// The record's figures.
    figures: Vec<Figure>,
) -> impl IntoView {
    (!figures.is_empty()).then(|| {
        view! {
            <h3>"Figures"</h3>
            <ul class="figures">
                {figures.into_iter().map(|f| view! { <li><strong>{f.as_printed}</strong>" "{f.counts}</li> }).collect_view()}
            </ul>
        }
    })
}

/// Sources, the editor's note and which fields were inferred.
#[component]
fn Provenance(
    /// The record's citations.
    sources: Vec<Citation>,
    /// Editor's note on a quirk of the text.
    note: Option<String>,
    /// Fields the editor inferred.
    inferred: Vec<String>,
) -> impl IntoView {
    view! {
        {note.map(|n| view! { <p class="editor-note"><strong>"Editor's note: "</strong>{n}</p> })}
        {(!inferred.is_empty()).then(|| view! { <p class="editor-note">{format!("Inferred by the editor, not stated in the text: {}.", inferred.join(", "))}</p> })}
        <h3>"Sources"</h3>
        <SourceList sources />
    }
}
