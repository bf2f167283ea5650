use leptos::prelude::*;

use super::links::{FilterLink, RecordLink, SourceList};
use super::use_explorer;
use explorer_core::filter::Facet;
use explorer_core::model::RecordKind;

/// The success stories of section 3, in full.
#[component]
pub fn StoriesView() -> impl IntoView {
    let explorer = use_explorer();
    let catalog = explorer.catalog.get_value();
    let paragraphs = |items: &[String]| items.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    let bullets = |items: &[String]| items.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
    let stories = catalog
        .bundle
        .stories
        .iter()
        .map(|s| {
            let partners = s.partners.iter().filter_map(|p| catalog.organisation(p))
                .map(|o| view! { <li><RecordLink kind=RecordKind::Organisation id=o.id.clone() label=o.name.clone() /></li> })
                .collect_view();
            let sectors = s.sectors.iter().filter_map(|id| catalog.sector(id))
                .map(|sector| view! { <li><FilterLink facet=Facet::Sector id=sector.id.clone() label=sector.name.clone() /></li> })
                .collect_view();
            let initiatives = s.initiatives.iter().filter_map(|i| catalog.initiative(i))
                .map(|i| view! { <li><RecordLink kind=RecordKind::Initiative id=i.id.clone() label=i.name.clone() /></li> })
                .collect_view();
            view! {
                <article class="story" id=format!("story-{}", s.id)>
                    <h2>{s.title.clone()}</h2>
                    <dl class="facts">
                        <dt>"Partners"</dt><dd><ul class="inline-list">{partners}</ul></dd>
                        <dt>"Sectors"</dt><dd><ul class="inline-list">{sectors}</ul><span class="as-printed">{format!("(as printed: {})", s.sector_label)}</span></dd>
                        <dt>"Type of cooperation"</dt><dd>{s.cooperation_type.clone()}</dd>
                        <dt>"Contact"</dt><dd>{s.contact_role.clone()}" (see the source for contact details)"</dd>
                    </dl>
                    <h3>"Context"</h3>{paragraphs(&s.context)}
                    <h3>"The cooperation"</h3>{paragraphs(&s.cooperation)}
                    <h3>"Objective"</h3><p>{s.objective.clone()}</p>
                    <h3>"Policy support"</h3><ul>{bullets(&s.policy_support)}</ul>
                    <h3>"Results"</h3><ul>{bullets(&s.results)}</ul>
                    {(!s.examples.is_empty()).then(|| view! { <h3>"Examples"</h3><ul>{bullets(&s.examples)}</ul> })}
                    {(!s.initiatives.is_empty()).then(|| view! { <h3>"Initiatives"</h3><ul>{initiatives}</ul> })}
                    <h3>"Sources"</h3>
                    <SourceList sources=s.sources.clone() />
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="stories">
            <h1 class="view-title">"Success stories"</h1>
            {stories}
        </div>
    }
}
