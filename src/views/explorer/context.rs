//! The explorer's shared state, provided as context: the catalog, the URL state and the results.
//! Views read it and change the screen only by navigating to a new URL, so back/forward, reload
//! and shared links all restore the same screen.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use explorer_core::filter::{Catalog, Results, Tab};
use explorer_core::url_state::{Notice, ViewState};

#[derive(Clone, Copy)]
pub struct Explorer {
    pub catalog: StoredValue<Arc<Catalog>>,
    /// The screen, read from the URL (unknown ids already dropped).
    pub state: Memo<ViewState>,
    /// What was ignored in the URL.
    pub notices: Memo<Vec<Notice>>,
    /// Matching initiatives and organisations (each computed only when read).
    pub initiatives: Memo<Results>,
    pub organisations: Memo<Results>,
    pathname: Memo<String>,
    navigate: StoredValue<Arc<dyn Fn(&str, NavigateOptions)>, LocalStorage>,
}

impl Explorer {
    /// Creates the state from the current URL and provides it to the component tree.
    pub fn provide(catalog: Arc<Catalog>) -> Explorer {
        let location = use_location();
        let catalog = StoredValue::new(catalog);
        let parsed = Memo::new(move |_| {
            let (mut state, mut notices) = location.query.with(|q| ViewState::from_pairs(q));
            notices.extend(catalog.with_value(|c| state.drop_unknown_ids(c)));
            (state, notices)
        });
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let notices = Memo::new(move |_| parsed.with(|(_, n)| n.clone()));
        let results_for =
            move |tab| Memo::new(move |_| state.with(|s| catalog.with_value(|c| c.filter(&s.query, tab, s.sort))));
        let navigate = use_navigate();
        let explorer = Explorer {
            catalog,
            state,
            notices,
            initiatives: results_for(Tab::Initiatives),
            organisations: results_for(Tab::Organisations),
            pathname: location.pathname,
            navigate: StoredValue::new_local(Arc::new(navigate)),
        };
        provide_context(explorer);
        explorer
    }

    /// The `href` of the screen that `change` makes of the current one.
    pub fn href(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.state.get();
        change(&mut next);
        format!("{}{}", self.pathname.get(), next.to_query_string())
    }

    /// Goes to the screen that `change` makes of the current one; `replace` keeps history short
    /// (typing in the search box).
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        let href = format!("{}{}", self.pathname.get_untracked(), next.to_query_string());
        let options = NavigateOptions { replace, scroll: false, ..NavigateOptions::default() };
        self.navigate.with_value(|navigate| navigate(&href, options));
    }

    /// Results of the current tab.
    pub fn results(&self) -> Memo<Results> {
        if self.state.with(|s| s.tab) == Tab::Organisations { self.organisations } else { self.initiatives }
    }
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
