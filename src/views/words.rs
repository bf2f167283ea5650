//! The interface language: the words components show, and the switch between languages.
//! Changing the language rebuilds the page (see `app`), so components read their words once.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use explorer_core::i18n::{Lang, Strings};
use explorer_core::labels::Named;
use explorer_core::url_state::{Go, Notice, ViewState};

/// The words of the interface in the page's language.
pub fn use_strings() -> &'static Strings {
    use_context::<Lang>().unwrap_or_default().strings()
}

/// English | 中文: links to the same screen in each language (every other parameter kept).
#[component]
pub fn LanguageSwitch(
    /// The URL's state, to link to the same screen.
    parsed: Memo<(ViewState, Vec<Notice>)>,
) -> impl IntoView {
    let t = use_strings();
    let path = use_location().pathname;
    let link = move |lang: Lang| {
        let href = move || parsed.with(|(state, _)| path.with(|p| state.href(p, &Go::Language(lang))));
        let current = (t.lang == lang).then_some("true");
        view! {
            <li><a href=href lang=lang.id() hreflang=lang.id() aria-current=current class="language-switch__link">{lang.label()}</a></li>
        }
    };
    view! {
        <nav class="language-switch" aria-label=t.language_switch>
            <ul>{Lang::ALL.iter().map(|&lang| link(lang)).collect_view()}</ul>
        </nav>
    }
}
