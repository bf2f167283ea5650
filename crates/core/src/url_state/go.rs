//! Where a link or a control leads, said as a change of the current screen. Every link and
//! every navigation in the app is a [`Go`] followed from the current [`ViewState`] by
//! [`ViewState::follow`], so embed mode, the filters and (later) the language survive every link,
//! and no view writes a query string by hand.

use super::{ItemRef, View, ViewState};
use crate::filter::{Active, Facet, Query, Sort, Tab};
use crate::i18n::Lang;
use crate::model::{Id, RecordKind};

/// A change of the screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Go {
    /// Open a record's detail panel; everything else stays.
    Open(RecordKind, Id),
    /// Close the detail panel.
    Close,
    /// Filter to this one option of a facet (replacing that facet's other options, unless it is
    /// already chosen); a place or a sector also opens its detail panel.
    FilterTo(Facet, Id),
    /// Choose exactly this option of a facet, opening nothing (a sector tile).
    Only(Facet, Id),
    /// Choose or un-choose one option (a facet checkbox).
    Toggle(Facet, Id),
    /// Drop one active filter (a chip, or the empty result's suggestion).
    Drop(Active),
    /// Drop every filter.
    ClearFilters,
    /// Drop every sector (back to all sector tiles).
    AllSectors,
    /// Another view, same filters.
    View(View),
    /// The results list on a tab, same filters.
    List(Tab),
    Sort(Sort),
    Search(String),
    /// Set (or clear) the first year, inclusive; a first year after the last one swaps them.
    FirstYear(Option<i32>),
    /// Set (or clear) the last year, inclusive.
    LastYear(Option<i32>),
    /// A success story in full: the stories view, with the story's detail open.
    Story(Id),
    /// The same screen in the full explorer (leaving an embed).
    FullExplorer,
    /// The same screen as an embed (the iframe's address).
    Embedded,
    /// The same screen in another interface language.
    Language(Lang),
    /// A search suggestion chosen: the typed words found what they were for, so the search is
    /// cleared and `go` followed (a filter applied or a record opened).
    Pick(Box<Go>),
}

impl Go {
    /// Whether where this leads depends on which detail panel is open now. Links that open a
    /// record do not, so opening another record need not recompute them.
    pub fn depends_on_open_item(&self) -> bool {
        !matches!(
            self,
            Go::Open(..) | Go::Close | Go::Story(_) | Go::FilterTo(Facet::Place | Facet::Sector, _)
        ) && !matches!(self, Go::Pick(go) if !go.depends_on_open_item())
    }
}

impl ViewState {
    /// The screen that `go` leads to from this one.
    pub fn follow(&self, go: &Go) -> ViewState {
        let mut next = self.clone();
        let q = &mut next.query;
        match go {
            Go::Open(kind, id) => next.item = Some(ItemRef { kind: *kind, id: id.clone() }),
            Go::Close => next.item = None,
            Go::FilterTo(facet, id) => {
                let chosen = q.selected(*facet);
                if !chosen.contains(id) {
                    chosen.iter().for_each(|other| q.toggle(*facet, other));
                    q.toggle(*facet, id);
                }
                match facet {
                    Facet::Place => next.item = Some(ItemRef { kind: RecordKind::Place, id: id.clone() }),
                    Facet::Sector => next.item = Some(ItemRef { kind: RecordKind::Sector, id: id.clone() }),
                    _ => {}
                }
            }
            Go::Only(facet, id) => {
                q.selected(*facet).iter().for_each(|other| q.toggle(*facet, other));
                q.toggle(*facet, id);
            }
            Go::Toggle(facet, id) => q.toggle(*facet, id),
            Go::Drop(filter) => *q = q.without(filter),
            Go::ClearFilters => *q = Query::default(),
            Go::AllSectors => q.sectors.clear(),
            Go::View(view) => next.view = *view,
            Go::List(tab) => (next.view, next.tab) = (View::List, Some(*tab)),
            Go::Sort(sort) => next.sort = *sort,
            Go::Search(text) => q.text = text.chars().take(super::MAX_QUERY_CHARS).collect(),
            Go::FirstYear(year) => q.from = *year,
            Go::LastYear(year) => q.to = *year,
            Go::Story(id) => {
                next.view = View::Stories;
                next.item = Some(ItemRef { kind: RecordKind::Story, id: id.clone() });
            }
            Go::FullExplorer => next.embed = false,
            Go::Embedded => next.embed = true,
            Go::Language(lang) => next.lang = *lang,
            Go::Pick(go) => {
                next.query.text.clear();
                return next.follow(go);
            }
        }
        next.query.order_years();
        next
    }

    /// The `href` that `go` leads to: `base` (the page's path) and the new query string.
    pub fn href(&self, base: &str, go: &Go) -> String {
        let query = self.follow(go).to_query_string();
        match (base.is_empty(), query.is_empty()) {
            (true, true) => "?".to_owned(),
            (false, true) => base.to_owned(),
            _ => format!("{base}{query}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::decode_pairs;

    fn state(query: &str) -> ViewState {
        ViewState::from_pairs(decode_pairs(query)).0
    }

    #[test]
    fn every_link_keeps_embed_mode_and_the_filters() {
        let embedded = state("?view=map&sector=ict&q=smart+city&embed=1&item=place:chengdu");
        let gos = [
            Go::Open(RecordKind::Initiative, "x".into()),
            Go::Close,
            Go::FilterTo(Facet::Place, "malaga".into()),
            Go::View(View::Timeline),
            Go::List(Tab::Organisations),
            Go::Story("s".into()),
            Go::Sort(Sort::Name),
            Go::Toggle(Facet::Kind, "mission".into()),
        ];
        for go in gos {
            let next = embedded.follow(&go);
            assert!(next.embed, "{go:?} keeps embed mode");
            assert_eq!(next.query.sectors, ["ict"], "{go:?} keeps the sector");
            assert_eq!(next.query.text, "smart city", "{go:?} keeps the search");
        }
    }

    #[test]
    fn the_full_story_keeps_state_and_opens_the_story() {
        let next = state("?sector=ict&embed=1").follow(&Go::Story("tianfu".into()));
        assert_eq!(next.to_query_string(), "?view=stories&sector=ict&item=story:tianfu&embed=1");
    }

    #[test]
    fn filter_to_replaces_the_facet_unless_already_chosen() {
        let s = state("?place=chengdu,malaga");
        assert_eq!(s.follow(&Go::FilterTo(Facet::Place, "malaga".into())).query.places, ["chengdu", "malaga"]);
        assert_eq!(s.follow(&Go::FilterTo(Facet::Place, "turin".into())).query.places, ["turin"]);
        assert_eq!(s.follow(&Go::Only(Facet::Place, "malaga".into())).query.places, ["malaga"]);
    }

    #[test]
    fn links_that_open_a_record_ignore_the_open_one() {
        let (a, b) = (state("?q=x&item=place:chengdu"), state("?q=x&item=sector:ict"));
        for go in [Go::Open(RecordKind::Place, "malaga".into()), Go::FilterTo(Facet::Place, "m".into()), Go::Close] {
            assert!(!go.depends_on_open_item());
            assert_eq!(a.follow(&go), b.follow(&go), "{go:?}");
        }
        assert!(Go::View(View::Map).depends_on_open_item());
    }

    #[test]
    fn years_are_set_one_end_at_a_time_and_kept_in_order() {
        let s = state("?from=2015&to=2018");
        let later = s.follow(&Go::LastYear(Some(2020))).query;
        assert_eq!((later.from, later.to), (Some(2015), Some(2020)));
        let reversed = s.follow(&Go::FirstYear(Some(2019))).query;
        assert_eq!((reversed.from, reversed.to), (Some(2018), Some(2019)));
        assert_eq!(s.follow(&Go::FirstYear(None)).query.from, None);
    }

    #[test]
    fn hrefs_are_relative_and_never_empty() {
        let s = state("?sector=ict");
        assert_eq!(s.href("/e/", &Go::AllSectors), "/e/");
        assert_eq!(s.href("", &Go::AllSectors), "?");
        assert_eq!(s.href("", &Go::View(View::Map)), "?view=map&sector=ict");
    }
}
