//! The search box: typing filters the current view by full text, as before, and suggests the
//! best matching records of every kind underneath (the WAI-ARIA 1.2 combobox pattern).

use leptos::prelude::*;

use super::use_explorer;
use crate::views::follow_after_paint;
use explorer_core::search::{Group, Suggestion, grouped};
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
    // Suggested once the results of a keystroke are painted: at 100,000 initiatives finding
    // them takes as long as the results, and the results are what the keystroke is for.
    let suggested_for = follow_after_paint(text);
    let suggestions = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        suggested_for.with(|words| explorer.catalog.with_value(|c| c.search_index().suggest(c, words, SUGGESTIONS, t.lang)))
    });
    let shown = move || open.get() && suggestions.with(|s| !s.is_empty());
    let choose = move |suggestion: Suggestion| {
        open.set(false);
        active.set(None);
        explorer.go(&suggestion.go, false);
    };
    let on_input = move |ev: leptos::ev::Event| {
        // A signal notifies on every `set`, equal or not: setting `open` again would find the
        // suggestions once more, for the words before this keystroke, inside the keystroke.
        if !open.get_untracked() {
            open.set(true);
        }
        if active.get_untracked().is_some() {
            active.set(None);
        }
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
                    explorer.catch_up();
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
    // Keyed by group, then by suggestion: typing on keeps the suggestions that stay (and moves
    // them) instead of drawing the list again.
    let groups = Memo::new(move |_| suggestions.with(|s| grouped(s)));
    let group_ids = move || groups.with(|g| g.iter().map(|(group, _)| *group).collect::<Vec<_>>());
    let option = move |suggestion: Suggestion| {
        let index = {
            let suggestion = suggestion.clone();
            Memo::new(move |_| suggestions.with(|s| s.iter().position(|x| *x == suggestion).unwrap_or(usize::MAX)))
        };
        let selected = move || active.get() == Some(index.get());
        let (label, detail) = (suggestion.label.clone(), suggestion.detail.clone());
        view! {
            <li id=move || format!("suggestion-{}", index.get()) role="option" class="suggestion" aria-selected=move || selected().to_string()
                class:suggestion--active=selected
                // Keeps the focus in the input, so the list does not close before the click.
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |_| choose(suggestion.clone())>
                <span class="suggestion__label">{label}</span>
                <span class="suggestion__detail">{detail}</span>
            </li>
        }
    };
    let group_view = move |group: Group| {
        let heading_id = format!("suggestions-{group:?}");
        let members = move || groups.with(|g| g.iter().find(|(x, _)| *x == group).map(|(_, m)| m.clone()).unwrap_or_default());
        view! {
            <li role="presentation" class="suggestions__group">
                <span class="suggestions__heading" id=heading_id.clone() aria-hidden="true">{group.heading(t.lang)}</span>
                <ul role="group" aria-labelledby=heading_id>
                    <For each=members key=|s| (s.label.clone(), s.go.clone()) children=option />
                </ul>
            </li>
        }
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
                on:blur=move |_| {
                    open.set(false);
                    explorer.catch_up();
                }
            />
            <ul id="search-suggestions" role="listbox" aria-label=t.suggestions class="suggestions" hidden=move || !shown()>
                <For each=group_ids key=|group| *group children=group_view />
            </ul>
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
        </form>
    }
}
