use leptos::prelude::*;

use super::links::{EntryItems, SourceList};
use super::use_explorer;
use explorer_core::screens::{StoryLinks, sources_of};

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
            let links = StoryLinks::of(&catalog, s);
            let has_initiatives = !links.initiatives.is_empty();
            view! {
                <article class="story" id=format!("story-{}", s.id)>
                    <h2>{s.title.clone()}</h2>
                    <dl class="facts">
                        <dt>"Partners"</dt><dd><ul class="inline-list"><EntryItems entries=links.partners /></ul></dd>
                        <dt>"Sectors"</dt><dd><ul class="inline-list"><EntryItems entries=links.sectors /></ul><span class="as-printed">{format!("(as printed: {})", s.sector_label)}</span></dd>
                        <dt>"Type of cooperation"</dt><dd>{s.cooperation_type.clone()}</dd>
                        <dt>"Contact"</dt><dd>{s.contact_role.clone()}" (see the source for contact details)"</dd>
                    </dl>
                    <h3>"Context"</h3>{paragraphs(&s.context)}
                    <h3>"The cooperation"</h3>{paragraphs(&s.cooperation)}
                    <h3>"Objective"</h3><p>{s.objective.clone()}</p>
                    <h3>"Policy support"</h3><ul>{bullets(&s.policy_support)}</ul>
                    <h3>"Results"</h3><ul>{bullets(&s.results)}</ul>
                    {(!s.examples.is_empty()).then(|| view! { <h3>"Examples"</h3><ul>{bullets(&s.examples)}</ul> })}
                    {has_initiatives.then(|| view! { <h3>"Initiatives"</h3><ul><EntryItems entries=links.initiatives /></ul> })}
                    <h3>"Sources"</h3>
                    <SourceList sources=sources_of(&catalog, &s.sources) />
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
