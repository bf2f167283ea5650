use leptos::prelude::*;

use super::links::{EntryItems, SourceList};
use super::use_explorer;
use explorer_core::screens::{StoryLinks, sources_of};

/// The success stories of section 3, in full.
#[component]
pub fn StoriesView() -> impl IntoView {
    let explorer = use_explorer();
    let catalog = explorer.catalog.get_value();
    let t = explorer.t;
    let paragraphs = |items: &[String]| items.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    let bullets = |items: &[String]| items.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
    let stories = catalog
        .bundle
        .stories
        .iter()
        .map(|s| {
            let links = StoryLinks::of(&catalog, t, s);
            let has_initiatives = !links.initiatives.is_empty();
            view! {
                <article class="story" id=format!("story-{}", s.id)>
                    <h2>{s.title.clone()}</h2>
                    <dl class="facts">
                        <dt>{t.story_partners}</dt><dd><ul class="inline-list"><EntryItems entries=links.partners /></ul></dd>
                        <dt>{t.fact_sectors}</dt><dd><ul class="inline-list"><EntryItems entries=links.sectors /></ul><span class="as-printed">{(t.as_printed)(&s.sector_label)}</span></dd>
                        <dt>{t.type_of_cooperation}</dt><dd>{s.cooperation_type.clone()}</dd>
                        <dt>{t.contact}</dt><dd>{s.contact_role.clone()}{t.see_source_for_contact}</dd>
                    </dl>
                    <h3>{t.story_context}</h3>{paragraphs(&s.context)}
                    <h3>{t.story_cooperation}</h3>{paragraphs(&s.cooperation)}
                    <h3>{t.story_objective}</h3><p>{s.objective.clone()}</p>
                    <h3>{t.story_policy_support}</h3><ul>{bullets(&s.policy_support)}</ul>
                    <h3>{t.story_results}</h3><ul>{bullets(&s.results)}</ul>
                    {(!s.examples.is_empty()).then(|| view! { <h3>{t.story_examples}</h3><ul>{bullets(&s.examples)}</ul> })}
                    {has_initiatives.then(|| view! { <h3>{t.list_initiatives}</h3><ul><EntryItems entries=links.initiatives /></ul> })}
                    <h3>{t.sources}</h3>
                    <SourceList sources=sources_of(&catalog, &s.sources) />
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="stories">
            <h1 class="view-title">{t.success_stories}</h1>
            {stories}
        </div>
    }
}
