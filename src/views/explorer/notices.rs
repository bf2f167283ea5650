use leptos::prelude::*;

use super::use_explorer;

/// What was ignored in the link, said once and small; the rest of the screen works as usual.
#[component]
pub fn Notices() -> impl IntoView {
    let explorer = use_explorer();
    move || {
        let notices = explorer.notices.get();
        (!notices.is_empty()).then(|| {
            let items = notices.into_iter().map(|n| view! { <li>{(explorer.t.notice)(&n)}</li> }).collect_view();
            view! {
                <div class="notice" role="status">
                    <p class="notice__title">{explorer.t.link_ignored}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
