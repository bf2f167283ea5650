//! The explorer's shared state, provided as context: the catalog, the URL state and one memo per
//! derived answer that more than one component reads. Components change the screen only by
//! following a [`Go`], so back/forward, reload and shared links all restore the same screen.

use std::sync::Arc;

use leptos::prelude::*;
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
}

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
        let state = Memo::new(move |_| checked.with(|(s, _)| s.clone()));
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
        };
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

    /// Follows `go` now; `replace` keeps history short (typing in the search box).
    pub fn go(&self, go: &Go, replace: bool) {
        let href = self.state.with_untracked(|s| s.href(&self.pathname.get_untracked(), go));
        let options = NavigateOptions { replace, scroll: false, ..NavigateOptions::default() };
        self.navigate.with_value(|navigate| navigate(&href, options));
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

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
