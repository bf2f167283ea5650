//! The explorer's shared state, provided as context: the catalog, the URL state and one memo per
//! derived answer that more than one component reads. Components change the screen only by
//! following a [`Go`], so back/forward, reload and shared links all restore the same screen.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use explorer_core::filter::{Catalog, Results, Tab};
use explorer_core::i18n::Strings;
use explorer_core::screens::Places;
use explorer_core::url_state::{Go, Notice, ViewState};

#[derive(Clone, Copy)]
pub struct Explorer {
    pub catalog: StoredValue<Arc<Catalog>>,
    /// The words of the interface (fixed for the page's life: a language change rebuilds it).
    pub t: &'static Strings,
    /// The screen, read from the URL (unknown ids already dropped).
    pub state: Memo<ViewState>,
    /// The screen without its open record: links that open a record follow from this one, so
    /// opening another record does not touch them.
    without_item: Memo<ViewState>,
    /// What was ignored in the URL.
    pub notices: Memo<Vec<Notice>>,
    /// Matching initiatives and organisations (memos are lazy: each is computed when read).
    pub initiatives: Memo<Results>,
    pub organisations: Memo<Results>,
    /// The results tab on screen: chosen in the URL, or else the first with matches.
    pub tab: Memo<Tab>,
    /// The map view's places, pins and lines: read by the map and the city list.
    pub places: Memo<Places>,
    pathname: Memo<String>,
    navigate: StoredValue<Arc<dyn Fn(&str, NavigateOptions)>, LocalStorage>,
    /// The URL's own state (`state` is this one, or a search typed ahead of it).
    address_state: Memo<ViewState>,
    /// A search typed but not yet written into the address (see [`Explorer::go`]).
    typed_ahead: RwSignal<Option<TypedAhead>>,
    catch_up_later: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

/// The words typed into the search box on top of the address's state `from`. The screen
/// follows them at once; the address once the typing pauses. Writing the address on every
/// keystroke (the router's navigation and `history.replaceState`) was a fifth of a keystroke's
/// script time.
#[derive(Clone, PartialEq)]
struct TypedAhead {
    from: ViewState,
    search: Go,
}

/// How long typing pauses before the address takes the words.
const TYPING_PAUSE: Duration = Duration::from_millis(300);

impl Explorer {
    /// Creates the state from the URL's parsed state and provides it to the component tree.
    pub fn provide(catalog: Arc<Catalog>, parsed: Memo<(ViewState, Vec<Notice>)>) -> Explorer {
        let location = use_location();
        let prepared = Arc::clone(&catalog);
        crate::views::when_idle(move || prepared.prepare_search());
        let catalog = StoredValue::new(catalog);
        let checked = Memo::new(move |_| {
            let (mut state, mut notices) = parsed.get();
            notices.extend(catalog.with_value(|c| state.drop_unknown_ids(c)));
            (state, notices)
        });
        let address_state = Memo::new(move |_| checked.with(|(s, _)| s.clone()));
        let typed_ahead = RwSignal::new(None::<TypedAhead>);
        // Typed words count only on the address they were typed on: back, forward or any other
        // link leaves them behind.
        let state = Memo::new(move |_| {
            address_state.with(|s| typed_ahead.with(|t| match t {
                Some(typed) if typed.from == *s => s.follow(&typed.search),
                _ => s.clone(),
            }))
        });
        let notices = Memo::new(move |_| checked.with(|(_, n)| n.clone()));
        let without_item = Memo::new(move |_| state.with(|s| ViewState { item: None, ..s.clone() }));
        let results_for =
            move |tab| Memo::new(move |_| state.with(|s| catalog.with_value(|c| c.filter(&s.query, tab, s.sort))));
        let initiatives = results_for(Tab::Initiatives);
        let organisations = results_for(Tab::Organisations);
        let tab = Memo::new(move |_| {
            Tab::to_show(state.with(|s| s.tab), initiatives.with(|r| r.matches.len()), || organisations.with(|r| r.matches.len()))
        });
        let t = crate::views::use_strings();
        let places = Memo::new(move |_| initiatives.with(|r| catalog.with_value(|c| Places::of(c, t, r))));
        let navigate = use_navigate();
        let explorer = Explorer {
            catalog,
            t,
            state,
            without_item,
            notices,
            initiatives,
            organisations,
            tab,
            places,
            pathname: location.pathname,
            navigate: StoredValue::new_local(Arc::new(navigate)),
            address_state,
            typed_ahead,
            catch_up_later: StoredValue::new_local(None),
        };
        // A link's `href` holds typed words the address may not have yet; the address takes
        // them before the router follows a click (a capture listener runs before the router's),
        // or "Clear the search" would lead to the address already shown and change nothing.
        let before_links = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || explorer.catch_up());
        let _ = window().add_event_listener_with_callback_and_bool("click", before_links.as_ref().unchecked_ref(), true);
        let before_links = send_wrapper::SendWrapper::new(before_links);
        on_cleanup(move || {
            let _ = window().remove_event_listener_with_callback_and_bool("click", before_links.as_ref().unchecked_ref(), true);
        });
        // Typed words the address had not taken when the page was reloaded (see `unsent_search`).
        let kept = window_event_listener(leptos::ev::pagehide, move |_| explorer.keep_unsent_search());
        on_cleanup(move || kept.remove());
        if let Some(words) = super::unsent_search::take(&current_address()) {
            explorer.go(&Go::Search(words), true);
        }
        provide_context(explorer);
        explorer
    }

    /// The `href` that `go` leads to (reactive: it follows the state).
    pub fn href(&self, go: &Go) -> String {
        let from = if go.depends_on_open_item() { self.state } else { self.without_item };
        from.with(|s| s.href(&self.pathname.get(), go))
    }

    /// The `href`s of several links at once, reading the state once (reactive).
    pub fn hrefs<'a>(&self, gos: impl Iterator<Item = &'a Go> + Clone) -> Vec<String> {
        let from = if gos.clone().any(Go::depends_on_open_item) { self.state } else { self.without_item };
        let path = self.pathname.get();
        from.with(|s| gos.map(|go| s.href(&path, go)).collect())
    }

    /// Follows `go`: the screen changes now. A search typed into the box (`Go::Search` with
    /// `replace`) reaches the address once the typing pauses, or sooner when [`catch_up`] is
    /// called (the box loses focus, Enter, a click) or another `go` follows; `replace` keeps
    /// history short. Every link's `href` comes from `state`, so it holds the typed words.
    ///
    /// [`catch_up`]: Explorer::catch_up
    pub fn go(&self, go: &Go, replace: bool) {
        self.cancel_catch_up();
        if replace && matches!(go, Go::Search(_)) {
            self.typed_ahead.set(Some(TypedAhead { from: self.address_state.get_untracked(), search: go.clone() }));
            let explorer = *self;
            let later = set_timeout_with_handle(move || explorer.catch_up(), TYPING_PAUSE).ok();
            self.catch_up_later.set_value(later);
            return;
        }
        let href = self.state.with_untracked(|s| s.href(&self.pathname.get_untracked(), go));
        self.navigate_to(&href, replace);
        self.typed_ahead.set(None);
    }

    /// Writes typed words that the address does not hold yet into it.
    pub fn catch_up(&self) {
        self.cancel_catch_up();
        let Some(typed) = self.typed_ahead.get_untracked() else { return };
        if self.address_state.with_untracked(|s| *s == typed.from) {
            let href = typed.from.href(&self.pathname.get_untracked(), &typed.search);
            self.navigate_to(&href, true);
        }
        self.typed_ahead.set(None);
    }

    /// Keeps typed words that the address does not hold yet for the page's next start (see
    /// `unsent_search`).
    fn keep_unsent_search(&self) {
        match self.typed_ahead.get_untracked() {
            Some(TypedAhead { from, search: Go::Search(words) }) if self.address_state.with_untracked(|s| *s == from) => {
                super::unsent_search::keep(&current_address(), &words)
            }
            _ => super::unsent_search::forget(),
        }
    }

    fn cancel_catch_up(&self) {
        if let Some(handle) = self.catch_up_later.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    fn navigate_to(&self, href: &str, replace: bool) {
        let options = NavigateOptions { replace, scroll: false, ..NavigateOptions::default() };
        self.navigate.with_value(|navigate| navigate(href, options));
    }

    /// The full address of the screen `go` leads to, for downloads, citations and embed code.
    pub fn address(&self, go: &Go) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", self.state.with_untracked(|s| s.href(&self.pathname.get_untracked(), go)))
    }

    /// Results of the current tab.
    pub fn results(&self) -> Memo<Results> {
        if self.tab.get() == Tab::Organisations { self.organisations } else { self.initiatives }
    }
}

/// The page's full address, as the browser shows it.
fn current_address() -> String {
    window().location().href().unwrap_or_default()
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
