//! The search box: typing filters the current view by full text, as before, and suggests the
//! best matching records of every kind underneath (the WAI-ARIA 1.2 combobox pattern).

use leptos::prelude::*;

use super::use_explorer;
use explorer_core::search::{Suggestion, grouped};
use explorer_core::url_state::Go;

/// Suggestions shown at most.
const SUGGESTIONS: usize = 8;

/// The search input with its list of suggestions. Arrow keys move through the suggestions,
/// Enter chooses the highlighted one (or keeps the full-text filter when none is), Escape
/// closes the list.
#[component]
pub fn SearchBox() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let text = Memo::new(move |_| explorer.state.with(|s| s.query.text.clone()));
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let suggestions = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        text.with(|words| explorer.catalog.with_value(|c| c.search_index().suggest(words, SUGGESTIONS, t.lang)))
    });
    let shown = move || open.get() && suggestions.with(|s| !s.is_empty());
    let choose = move |suggestion: Suggestion| {
        open.set(false);
        active.set(None);
        explorer.go(&suggestion.go, false);
    };
    let on_input = move |ev: leptos::ev::Event| {
        open.set(true);
        active.set(None);
        explorer.go(&Go::Search(event_target_value(&ev)), true);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    })
                });
            }
            "ArrowDown" => open.set(true),
            "Enter" => {
                if let Some(s) = active.get_untracked().and_then(|i| suggestions.with_untracked(|s| s.get(i).cloned())) {
                    ev.prevent_default();
                    choose(s);
                } else {
                    open.set(false);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let active_id = move || if shown() { active.get().map(|i| format!("suggestion-{i}")) } else { None };
    let announcement = move || {
        if !open.get() || text.with(String::is_empty) {
            return String::new();
        }
        match suggestions.with(Vec::len) {
            0 => t.no_suggestions.to_owned(),
            n => (t.n_suggestions)(n),
        }
    };
    let list = move || {
        let mut position = 0;
        suggestions.with(|s| grouped(s)).into_iter().map(|(group, members)| {
            let heading_id = format!("suggestions-{group:?}");
            let options = members
                .into_iter()
                .map(|suggestion| {
                    let index = position;
                    position += 1;
                    let selected = move || active.get() == Some(index);
                    let (label, detail) = (suggestion.label.clone(), suggestion.detail.clone());
                    view! {
                        <li id=format!("suggestion-{index}") role="option" class="suggestion" aria-selected=move || selected().to_string()
                            class:suggestion--active=selected
                            // Keeps the focus in the input, so the list does not close before the click.
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| choose(suggestion.clone())>
                            <span class="suggestion__label">{label}</span>
                            <span class="suggestion__detail">{detail}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li role="presentation" class="suggestions__group">
                    <span class="suggestions__heading" id=heading_id.clone() aria-hidden="true">{group.heading(t.lang)}</span>
                    <ul role="group" aria-labelledby=heading_id>{options}</ul>
                </li>
            }
        }).collect_view()
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input" class="visually-hidden">{t.search_label}</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=move || shown().to_string()
                aria-activedescendant=active_id
                placeholder=t.search_placeholder
                autocomplete="off"
                maxlength="200"
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul id="search-suggestions" role="listbox" aria-label=t.suggestions class="suggestions" hidden=move || !shown()>
                {list}
            </ul>
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
        </form>
    }
}
