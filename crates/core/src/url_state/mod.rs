//! The page's state as a query string — the public deep-link contract that embedders rely on.
//!
//! `view`, `sector`, `side`, `country`, `place`, `kind`, `orgtype`, `from`, `to`, `q`, `item`,
//! `tab`, `sort`, `embed`, `theme`. Multi-values are comma-separated ids. Reading never fails: anything
//! unknown or malformed is dropped and reported as a [`Notice`].
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

mod go;
mod query_string;

pub use go::Go;
pub use query_string::{decode_pairs, encode};

use crate::filter::{Catalog, Facet, Query, Sort, Tab};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::labels::Named;
use crate::named_enum;
use crate::model::{Id, RecordKind};

/// Longest free-text query kept; longer ones are cut (a URL is no place for a novel).
pub const MAX_QUERY_CHARS: usize = 200;
/// Values longer than this are ignored outright.
const MAX_VALUE_CHARS: usize = 4_000;
/// Years outside this range are not a plausible filter.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

named_enum! {
/// A colour theme chosen in the link (`theme=`), overriding the visitor's system setting: a host
/// page with a light design embeds a light explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Theme {
    Light = "light", "Light", "浅色";
    Dark = "dark", "Dark", "深色";
}
}

named_enum! {
/// The main views: the `view` parameter and the tab's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum View {
    #[default]
    Sectors = "sectors", "Sectors", "行业";
    List = "list", "Results", "结果";
    Map = "map", "Map", "地图";
    Timeline = "timeline", "Timeline", "时间线";
    Stories = "stories", "Success stories", "成功案例";
}
}

/// The record whose detail panel is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    pub kind: RecordKind,
    pub id: Id,
}

/// Everything the URL says about the screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub view: View,
    pub query: Query,
    pub item: Option<ItemRef>,
    /// The results tab the visitor chose; `None`: the first tab with matches
    /// ([`Tab::to_show`]), so a search for an organisation opens on the organisations.
    pub tab: Option<Tab>,
    pub sort: Sort,
    pub embed: bool,
    /// `None`: the visitor's system setting.
    pub theme: Option<Theme>,
    /// The interface language.
    pub lang: Lang,
}

/// A year as a visitor or a link writes it, if it is a plausible filter (1900–2100).
pub fn parse_year(text: &str) -> Option<i32> {
    text.trim().parse::<i32>().ok().filter(|year| YEARS.contains(year))
}

/// Something in the URL that was ignored, for the small notice on screen (each language's
/// table says it in words: `Strings::notice`). Values are already shortened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The value of this parameter was too long.
    TooLong(String),
    NoView(String),
    NoOption(Facet, String),
    NotAYear(String),
    /// The search was cut to `MAX_QUERY_CHARS`.
    SearchCut,
    NotARecord(String),
    NoTab(String),
    NoSort(String),
    NoTheme(String),
    NoLanguage(String),
    UnknownParameter(String),
    /// An option id the loaded data does not have.
    NotInData(Facet, String),
    /// A record the loaded data does not have.
    NoRecord(String),
}

fn split_ids(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn shorten(value: &str) -> String {
    let mut short: String = value.chars().take(40).collect();
    if short.len() < value.len() {
        short.push('…');
    }
    short
}

impl ViewState {
    /// Reads the state from query-string pairs (already percent-decoded).
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let mut ignore = |notice: Notice| notices.push(notice);
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            if value.chars().count() > MAX_VALUE_CHARS {
                ignore(Notice::TooLong(shorten(key)));
                continue;
            }
            let q = &mut state.query;
            match key {
                "view" => match View::from_id(value) {
                    Some(view) => state.view = view,
                    None => ignore(Notice::NoView(shorten(value))),
                },
                _ if Facet::from_id(key).is_some() => {
                    let facet = Facet::from_id(key).unwrap_or(Facet::Sector);
                    for id in split_ids(value) {
                        if !q.select(facet, id) {
                            ignore(Notice::NoOption(facet, shorten(id)));
                        }
                    }
                }
                "from" | "to" => match parse_year(value) {
                    Some(year) => {
                        *(if key == "from" { &mut q.from } else { &mut q.to }) = Some(year);
                    }
                    None => ignore(Notice::NotAYear(shorten(value))),
                },
                "q" => {
                    q.text = value.chars().take(MAX_QUERY_CHARS).collect();
                    if value.chars().count() > MAX_QUERY_CHARS {
                        ignore(Notice::SearchCut);
                    }
                }
                "item" => {
                    match value.split_once(':').and_then(|(kind, id)| Some((RecordKind::from_id(kind)?, id))) {
                        Some((kind, id)) if !id.is_empty() => state.item = Some(ItemRef { kind, id: id.to_owned() }),
                        _ => ignore(Notice::NotARecord(shorten(value))),
                    }
                }
                "tab" => match Tab::from_id(value) {
                    Some(tab) => state.tab = Some(tab),
                    None => ignore(Notice::NoTab(shorten(value))),
                },
                "sort" => match Sort::from_id(value) {
                    Some(sort) => state.sort = sort,
                    None => ignore(Notice::NoSort(shorten(value))),
                },
                "embed" => state.embed = matches!(value, "1" | "true" | "yes" | ""),
                "theme" => match Theme::from_id(value) {
                    Some(theme) => state.theme = Some(theme),
                    None => ignore(Notice::NoTheme(shorten(value))),
                },
                "lang" => match Lang::from_id(value) {
                    Some(lang) => state.lang = lang,
                    None => ignore(Notice::NoLanguage(shorten(value))),
                },
                _ => ignore(Notice::UnknownParameter(shorten(key))),
            }
        }
        state.query.order_years();
        (state, notices)
    }

    /// Drops ids the loaded data does not have (a link from an older bundle, a typo).
    pub fn drop_unknown_ids(&mut self, catalog: &Catalog) -> Vec<Notice> {
        let mut notices = Vec::new();
        let mut keep = |ids: &mut Vec<Id>, known: &dyn Fn(&str) -> bool, facet: Facet| {
            ids.retain(|id| {
                let ok = known(id);
                if !ok {
                    notices.push(Notice::NotInData(facet, shorten(id)));
                }
                ok
            });
            let mut seen = std::collections::HashSet::new();
            ids.retain(|id| seen.insert(id.clone()));
        };
        keep(&mut self.query.sectors, &|id| catalog.sector(id).is_some(), Facet::Sector);
        keep(&mut self.query.countries, &|id| catalog.country(id).is_some(), Facet::Country);
        keep(&mut self.query.places, &|id| catalog.place(id).is_some(), Facet::Place);
        if let Some(item) = &self.item
            && !catalog.has_record(item.kind, &item.id)
        {
            notices.push(Notice::NoRecord(shorten(&item.id)));
            self.item = None;
        }
        notices
    }

    /// The state as query-string pairs in a fixed order, leaving out defaults.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let q = &self.query;
        let mut add = |key, value: String| {
            if !value.is_empty() {
                pairs.push((key, value));
            }
        };
        if self.view != View::Sectors {
            add("view", self.view.id().to_owned());
        }
        for &facet in Facet::ALL {
            add(facet.id(), q.selected(facet).join(","));
        }
        add("from", q.from.map(|y| y.to_string()).unwrap_or_default());
        add("to", q.to.map(|y| y.to_string()).unwrap_or_default());
        add("q", q.text.clone());
        add("item", self.item.as_ref().map(|i| format!("{}:{}", i.kind.id(), i.id)).unwrap_or_default());
        add("tab", self.tab.map(|t| t.id().to_owned()).unwrap_or_default());
        if self.sort == Sort::Name {
            add("sort", "name".into());
        }
        if self.embed {
            add("embed", "1".into());
        }
        add("theme", self.theme.map(|t| t.id().to_owned()).unwrap_or_default());
        if self.lang != Lang::En {
            add("lang", self.lang.id().to_owned());
        }
        pairs
    }

    /// `?view=list&sector=ict…`, or the empty string for the default screen.
    pub fn to_query_string(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("?{}", encoded.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InitiativeKind, Side};

    fn parse(pairs: &[(&str, &str)]) -> (ViewState, Vec<Notice>) {
        ViewState::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn a_full_link_round_trips() {
        let (state, notices) = parse(&[
            ("view", "list"),
            ("sector", "renewable-energy,ict"),
            ("side", "china"),
            ("country", "fr"),
            ("place", "chengdu"),
            ("kind", "mission,mou"),
            ("orgtype", "cluster"),
            ("from", "2015"),
            ("to", "2018"),
            ("q", "smart city"),
            ("item", "initiative:pilot-1"),
            ("tab", "organisations"),
            ("sort", "name"),
            ("embed", "1"),
            ("theme", "dark"),
            ("lang", "zh"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.query.kinds, [InitiativeKind::Mission, InitiativeKind::Mou]);
        assert_eq!(state.query.sides, [Side::China]);
        let again = ViewState::from_pairs(state.to_pairs());
        assert_eq!(again, (state.clone(), vec![]));
        assert_eq!(
            state.to_query_string(),
            "?view=list&sector=renewable-energy,ict&side=china&country=fr&place=chengdu&kind=mission,mou\
             &orgtype=cluster&from=2015&to=2018&q=smart+city&item=initiative:pilot-1&tab=organisations&sort=name&embed=1&theme=dark&lang=zh"
        );
    }

    #[test]
    fn a_chosen_tab_is_kept_and_no_tab_means_the_first_with_matches() {
        let (state, _) = parse(&[("tab", "initiatives")]);
        assert_eq!(state.tab, Some(Tab::Initiatives));
        assert_eq!(state.to_query_string(), "?tab=initiatives");
        assert_eq!(Tab::to_show(state.tab, 0, || 5), Tab::Initiatives);
        let (unchosen, _) = parse(&[("q", "enterprise europe network")]);
        assert_eq!(Tab::to_show(unchosen.tab, 0, || 1), Tab::Organisations);
        assert_eq!(Tab::to_show(unchosen.tab, 2, || unreachable!("not counted when initiatives match")), Tab::Initiatives);
        assert_eq!(Tab::to_show(unchosen.tab, 0, || 0), Tab::Initiatives);
        assert_eq!(unchosen.follow(&Go::List(Tab::Initiatives)).tab, Some(Tab::Initiatives));
    }

    #[test]
    fn the_default_screen_has_an_empty_query_string() {
        assert_eq!(ViewState::default().to_query_string(), "");
        assert_eq!(parse(&[]), (ViewState::default(), vec![]));
    }

    #[test]
    fn malformed_parameters_are_ignored_with_a_notice() {
        let (state, notices) = parse(&[
            ("view", "galaxy"),
            ("from", "20x8"),
            ("to", "99999"),
            ("kind", "mission,party"),
            ("colour", "red"),
            ("item", "nonsense"),
            ("tab", "people"),
        ]);
        assert_eq!(state.view, View::Sectors);
        assert_eq!(state.query.kinds, [InitiativeKind::Mission]);
        assert_eq!((state.query.from, state.query.to, state.item.clone()), (None, None, None));
        assert_eq!(notices.len(), 7, "{notices:?}");
        assert!(notices.contains(&Notice::UnknownParameter("colour".into())));
    }

    #[test]
    fn huge_values_are_cut_or_ignored() {
        let long = "x".repeat(10_000);
        let (state, notices) = parse(&[("q", &long[..500]), ("sector", &long)]);
        assert_eq!(state.query.text.chars().count(), MAX_QUERY_CHARS);
        assert!(state.query.sectors.is_empty());
        assert_eq!(notices.len(), 2);
        for lang in [Lang::En, Lang::Zh] {
            let texts: Vec<String> = notices.iter().map(|n| (lang.strings().notice)(n)).collect();
            assert!(texts.iter().all(|n| n.chars().count() < 120), "notices stay short: {texts:?}");
        }
    }

    #[test]
    fn reversed_years_are_swapped() {
        let (state, _) = parse(&[("from", "2018"), ("to", "2015")]);
        assert_eq!((state.query.from, state.query.to), (Some(2015), Some(2018)));
    }

    #[test]
    fn unknown_ids_are_dropped_against_the_data() {
        let bundle = crate::load::parse_bundle(include_str!("../../tests/fixtures/small-bundle.json")).unwrap();
        let catalog = Catalog::new(std::sync::Arc::new(bundle));
        let (mut state, _) =
            parse(&[("place", "chengdu,atlantis"), ("sector", "solar-energy"), ("item", "place:nowhere")]);
        let notices = state.drop_unknown_ids(&catalog);
        assert_eq!(state.query.places, ["chengdu"]);
        assert_eq!(state.query.sectors, ["solar-energy"]);
        assert_eq!(state.item, None);
        assert_eq!(notices.len(), 2, "{notices:?}");
    }


}
