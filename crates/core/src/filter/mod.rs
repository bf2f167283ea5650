//! The filter engine: which initiatives or organisations match a [`Query`], and how many each
//! facet option would give with the other filters applied — in one pass over the rows.
//!
//! Invariant: plain Rust (no leptos, no web_sys); the views only call [`Catalog::filter`].
//! Within a facet the chosen options are alternatives (OR); across facets they all apply (AND).

mod catalog;
mod chips;
pub(crate) mod recent;
pub mod text;
pub(crate) mod words;

pub use catalog::{Catalog, FacetOption};
pub use chips::Active;

use catalog::Row;
use text::query_terms;
use words::any_marked;

use serde::{Deserialize, Serialize};

use crate::labels::Named;
use crate::named_enum;
use crate::model::{Id, InitiativeKind, OrganisationKind, Side};

named_enum! {
/// Which records the results list shows: the `tab` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    Initiatives = "initiatives", "Initiatives", "合作举措";
    Organisations = "organisations", "Organisations", "组织";
}
}

impl Tab {
    /// The other tab.
    pub fn other(self) -> Tab {
        if self == Tab::Initiatives { Tab::Organisations } else { Tab::Initiatives }
    }

    /// What the tab lists, to count: "3 initiatives".
    pub fn noun(self) -> crate::i18n::Noun {
        match self {
            Tab::Initiatives => crate::i18n::Noun::Initiative,
            Tab::Organisations => crate::i18n::Noun::Organisation,
        }
    }

    /// The tab on screen: the one chosen, or else the first with matches (initiatives when
    /// neither has any). Organisations are counted only when no initiative matches: outside
    /// the list view nothing else needs them.
    pub fn to_show(chosen: Option<Tab>, initiatives: usize, organisations: impl FnOnce() -> usize) -> Tab {
        match chosen {
            Some(tab) => tab,
            None if initiatives == 0 && organisations() > 0 => Tab::Organisations,
            None => Tab::Initiatives,
        }
    }
}

named_enum! {
/// Order of the results list: the `sort` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Sort {
    /// Newest first; undated last.
    #[default]
    Date = "date", "Date, newest first", "日期（最新在前）";
    Name = "name", "Name", "名称";
}
}

/// The filters a visitor has chosen. Empty means "all".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub sectors: Vec<Id>,
    pub sides: Vec<Side>,
    pub countries: Vec<Id>,
    pub places: Vec<Id>,
    pub kinds: Vec<InitiativeKind>,
    pub org_types: Vec<OrganisationKind>,
    /// First year, inclusive.
    pub from: Option<i32>,
    /// Last year, inclusive.
    pub to: Option<i32>,
    /// Free text; every word must occur (case- and accent-insensitive).
    pub text: String,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        *self == Query::default()
    }

    /// Swaps a first year that comes after the last one.
    pub fn order_years(&mut self) {
        if let (Some(from), Some(to)) = (self.from, self.to)
            && from > to
        {
            (self.from, self.to) = (Some(to), Some(from));
        }
    }
}

named_enum! {
/// The facets whose options carry counts. The id is the facet's URL parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Facet {
    Sector = "sector", "Sector", "行业";
    Side = "side", "Side", "区域";
    Country = "country", "Country", "国家";
    Place = "place", "Place", "地点";
    Kind = "kind", "Kind", "举措类型";
    OrgType = "orgtype", "Organisation type", "组织类型";
}
}

/// How many facets there are. Adding a facet: see ARCHITECTURE.md, "Adding a facet".
pub const FACETS: usize = 6;
const _: () = assert!(Facet::ALL.len() == FACETS, "FACETS must be the number of rows in Facet's table");
const _: () = assert!(FACETS < 16, "a row's failed facets are bits of a u16");

/// How many results each option of each facet would give, the other filters applied.
/// Indexed like the catalog's options of that facet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts([Vec<u32>; FACETS]);

impl FacetCounts {
    pub fn of(&self, facet: Facet) -> &[u32] {
        &self.0[facet.index()]
    }
}

/// What a query gives on one tab.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Indices of matching records (into the bundle's initiatives or organisations), in order.
    pub matches: Vec<u32>,
    /// How many records the tab has in all.
    pub total: usize,
    pub counts: FacetCounts,
}

/// A query turned into fast membership tests.
struct Compiled {
    /// Per facet: which options are chosen (`None`: the facet is not filtered).
    chosen: [Option<Vec<bool>>; FACETS],
    years: Option<(i32, i32)>,
    terms: Vec<String>,
}

/// A tab's recent searches (by their terms) and which rows each matched, to start the next
/// search from.
#[derive(Debug, Default)]
pub(crate) struct TextCache {
    recent: recent::Recent<Vec<String>, Matched>,
    /// Rows the last search compared with its terms.
    scanned: usize,
}

#[derive(Debug)]
struct Matched {
    rows: Vec<bool>,
    count: usize,
}

/// How [`Catalog::text_matches_reading`] reads a tab's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Finds the rows with the rarest term by postings when that reads fewer rows.
    Cheapest,
    /// Reads every candidate row (for tests: what postings must agree with).
    #[cfg_attr(not(test), allow(dead_code))]
    RowByRow,
}

/// A row's failures are bits: bit `f` for facet `f` (`Facet::index`), and this one for the
/// non-facet filters (years, text), which exclude the row from every count.
const HARD_FAIL: u16 = 1 << 15;

impl Compiled {
    fn new(catalog: &Catalog, query: &Query) -> Compiled {
        let years = match (query.from, query.to) {
            (None, None) => None,
            (from, to) => Some((from.unwrap_or(i32::MIN), to.unwrap_or(i32::MAX))),
        };
        let chosen = std::array::from_fn(|f| {
            let facet = Facet::ALL[f];
            let ids = query.selected(facet);
            (!ids.is_empty()).then(|| {
                let mut set = vec![false; catalog.option_count(facet)];
                for i in ids.iter().filter_map(|id| catalog.option_index(facet, id)) {
                    set[i as usize] = true;
                }
                set
            })
        });
        Compiled { chosen, years, terms: query_terms(&query.text) }
    }

    /// The facets `row` fails, as bits; [`HARD_FAIL`] if a non-facet filter excludes it.
    /// `text_ok` is whether the row contains every search term (see [`Catalog::text_matches`]).
    fn failures(&self, row: &Row, text_ok: bool) -> u16 {
        let mut failed = 0u16;
        for (f, chosen) in self.chosen.iter().enumerate() {
            if let Some(set) = chosen
                && !row.facet(f).iter().any(|&v| set[v as usize])
            {
                failed |= 1 << f;
            }
        }
        if let Some((from, to)) = self.years
            && !row.years.iter().any(|&(start, end)| start <= to && end >= from)
        {
            failed |= HARD_FAIL;
        }
        if !text_ok {
            failed |= HARD_FAIL;
        }
        failed
    }
}

impl Catalog {
    /// The records of `tab` matching `query`, in `sort` order, with facet counts.
    pub fn filter(&self, query: &Query, tab: Tab, sort: Sort) -> Results {
        let compiled = Compiled::new(self, query);
        let (rows, order) = match (tab, sort) {
            (Tab::Initiatives, Sort::Date) => (&self.initiative_rows, &self.initiatives_by_date),
            (Tab::Initiatives, Sort::Name) => (&self.initiative_rows, &self.initiatives_by_name),
            (Tab::Organisations, _) => (&self.organisation_rows, &self.organisations_by_name),
        };
        let mut counts: [Vec<u32>; FACETS] = std::array::from_fn(|f| vec![0; self.option_count(Facet::ALL[f])]);
        let text = self.text_matches(tab, &compiled.terms);
        // Rows in the order they are stored, then the matches in the list's order: walking the
        // rows in the list's order reads them all over memory (at 100,000 rows, most of the
        // time of a filter that matches everything).
        let mut passes = vec![false; rows.len()];
        for (index, row) in rows.iter().enumerate() {
            let failed = compiled.failures(row, text.as_ref().is_none_or(|t| t[index]));
            passes[index] = failed == 0;
            // A row counts for facet F when it passes every filter except possibly F.
            for (f, counts) in counts.iter_mut().enumerate() {
                if failed & !(1 << f) == 0 {
                    row.facet(f).iter().for_each(|&v| counts[v as usize] += 1);
                }
            }
        }
        let matches = order.iter().copied().filter(|&index| passes[index as usize]).collect();
        let counts = FacetCounts(counts);
        Results { matches, total: rows.len(), counts }
    }

    /// For each sector, how many distinct places its matching initiatives and organisations are
    /// in (the sector filter itself left out, like a facet count).
    pub fn places_per_sector(&self, query: &Query) -> Vec<u32> {
        let query = Query { sectors: Vec::new(), ..query.clone() };
        let compiled = Compiled::new(self, &query);
        let text = [
            self.text_matches(Tab::Initiatives, &compiled.terms),
            self.text_matches(Tab::Organisations, &compiled.terms),
        ];
        let (sectors, places) = (Facet::Sector.index(), Facet::Place.index());
        let mut seen = vec![vec![false; self.option_count(Facet::Place)]; self.option_count(Facet::Sector)];
        let rows = self.initiative_rows.iter().enumerate().map(|(i, r)| (r, text[0].as_ref().is_none_or(|t| t[i])));
        let rows = rows
            .chain(self.organisation_rows.iter().enumerate().map(|(i, r)| (r, text[1].as_ref().is_none_or(|t| t[i]))));
        for (row, text_ok) in rows {
            if compiled.failures(row, text_ok) == 0 {
                for &s in row.facet(sectors) {
                    for &p in row.facet(places) {
                        seen[s as usize][p as usize] = true;
                    }
                }
            }
        }
        seen.iter().map(|places| places.iter().filter(|&&x| x).count() as u32).collect()
    }

    /// Which rows of `tab` contain every term (`None`: no search). A search seen a moment ago
    /// (a deleted letter) is answered as it was; a search that only adds to a recent one (a
    /// typed letter) looks again at the matches of the smallest such search only, since a longer
    /// term can only match fewer rows. Each tab keeps its own: both are computed on every change.
    fn text_matches(&self, tab: Tab, terms: &[String]) -> Option<Vec<bool>> {
        self.text_matches_reading(tab, terms, Reading::Cheapest)
    }

    /// [`Catalog::text_matches`], finding rare terms by postings or not as `reading` says.
    fn text_matches_reading(&self, tab: Tab, terms: &[String], reading: Reading) -> Option<Vec<bool>> {
        if terms.is_empty() {
            return None;
        }
        let words = self.words();
        let (rows, own_words) = match tab {
            Tab::Initiatives => (&self.initiative_rows, &words.initiatives),
            Tab::Organisations => (&self.organisation_rows, &words.organisations),
        };
        let mut cache = self.text_cache[tab.index()].lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let key = terms.to_vec();
        if let Some(seen) = cache.recent.get(&key) {
            let rows = seen.rows.clone();
            cache.scanned = 0;
            return Some(rows);
        }
        let recent = cache.recent.smallest(|previous| recent::narrows(previous, terms), |m| m.count);
        // Which words of the vocabulary have each term, then which linked records (places,
        // organisations, sectors) have such a word: looked up once per search instead of in the
        // text of every row.
        let word_has = words.vocabulary.marks(terms);
        let linked_has: Vec<Vec<u8>> = word_has
            .iter()
            .map(|has| words.linked.iter().map(|linked| u8::from(any_marked(linked, has))).collect())
            .collect();
        // The term the fewest rows have: when its postings are fewer than three per row left to
        // read, its rows are found by word and only they are read. A term most rows have ("c",
        // eight postings per row at 100,000 initiatives) is cheaper to read row by row, since a
        // row that has it stops at its first such word. (Three: "ch", 1.5 postings per row, took
        // 6.5 ms by postings and 8.7 ms row by row, natively at 100,000.)
        let postings = self.postings(tab);
        let rarest = word_has
            .iter()
            .zip(&linked_has)
            .map(|(w, l)| (postings.own.marked_len(w) + postings.linked.marked_len(l), w, l))
            .min_by_key(|(len, ..)| *len);
        let rare = |len: usize| reading == Reading::Cheapest && len < 3 * recent.map_or(rows.len(), |m| m.count);
        let by_postings = rarest.filter(|(len, ..)| rare(*len)).map(|(_, w, l)| {
            let mut having = vec![false; rows.len()];
            postings.own.mark_rows(w, &mut having);
            postings.linked.mark_rows(l, &mut having);
            if let Some(recent) = recent {
                having.iter_mut().zip(&recent.rows).for_each(|(h, r)| *h &= *r);
            }
            having
        });
        let candidates = by_postings.as_ref().or(recent.map(|m| &m.rows));
        let (mut scanned, mut count) = (0, 0);
        let matches: Vec<bool> = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let matched = candidates.is_none_or(|c| c[i]) && {
                    scanned += 1;
                    word_has.iter().zip(&linked_has).all(|(word_has, linked_has)| {
                        any_marked(&own_words[i], word_has) || any_marked(&row.linked, linked_has)
                    })
                };
                count += usize::from(matched);
                matched
            })
            .collect();
        cache.scanned = scanned;
        cache.recent.remember(key, Matched { rows: matches.clone(), count });
        Some(matches)
    }

    /// How many rows of `tab` the last search compared with its words: all rows, only a recent
    /// search's matches when it narrowed one, none when it was a recent search. For tests and
    /// benchmarks.
    pub fn rows_scanned_by_last_search(&self, tab: Tab) -> usize {
        self.text_cache[tab.index()].lock().unwrap_or_else(|poisoned| poisoned.into_inner()).scanned
    }

    /// Indices of the milestones within the query's years whose text has every search word,
    /// in bundle order. (Milestones have no sectors or places; the other filters do not apply.)
    pub fn milestones_matching(&self, query: &Query) -> Vec<u32> {
        let terms = query_terms(&query.text);
        // No search, no words: the texts are numbered on the first search only.
        let search = (!terms.is_empty()).then(|| {
            let words = self.words();
            (words, words.vocabulary.marks(&terms))
        });
        self.bundle
            .milestones
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                let year = catalog::year_of(&m.date).unwrap_or(0);
                query.from.is_none_or(|f| year >= f)
                    && query.to.is_none_or(|t| year <= t)
                    && search
                        .as_ref()
                        .is_none_or(|(words, marks)| marks.iter().all(|m| any_marked(&words.milestones[*i], m)))
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// The options of `facet`, in the order of [`FacetCounts`].
    pub fn options(&self, facet: Facet) -> Vec<FacetOption> {
        fn enum_options<T: Named>(values: &[T]) -> Vec<FacetOption> {
            values.iter().map(|&v| FacetOption { id: v.id().to_owned(), label: v.label().to_owned() }).collect()
        }
        match facet {
            Facet::Sector => self.sector_options.clone(),
            Facet::Country => self.country_options.clone(),
            Facet::Place => self.place_options.clone(),
            Facet::Side => enum_options(Side::ALL),
            Facet::Kind => enum_options(InitiativeKind::ALL),
            Facet::OrgType => enum_options(OrganisationKind::ALL),
        }
    }
}

#[cfg(test)]
mod tests;
