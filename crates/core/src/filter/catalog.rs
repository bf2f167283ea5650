//! The bundle prepared for filtering: ids interned to small integers, every record reduced to a
//! row of facet values (sectors widened to their ancestors, places to the places that contain
//! them), and apart from the rows the words each record is found by (see `words`). Built once
//! per loaded bundle.

use crate::i18n::Lang;
use std::collections::HashMap;
use std::sync::Arc;

use super::text::normalize;
use super::words::{Postings, Texts, Words};
use super::{FACETS, Facet};
use crate::labels::Named;
use crate::model::*;

/// The facet values of one initiative or organisation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    /// Option indices of every facet, one run per facet (see [`Row::facet`]), each sorted and
    /// unique — one allocation per row rather than one per facet (at 100,000 initiatives that
    /// is most of the catalog's memory):
    /// - sectors: its sectors and all their ancestors (choosing a parent finds subsector records);
    /// - sides and countries: of its places and organisations;
    /// - places: its places and the places that contain them (a district's city, a city's province);
    /// - kinds: its own kind, or (organisations) the kinds of the initiatives it took part in;
    /// - organisation types: its own type, or (initiatives) its organisations' types.
    values: Box<[u32]>,
    /// Where each facet's run ends in `values`.
    ends: [u32; FACETS],
    /// Year spans: its own (initiatives) or those of its initiatives (organisations).
    pub years: Box<[(i32, i32)]>,
    /// The records it names (places, organisations, sectors) whose words find it too, as
    /// indices into the linked texts (`Texts::linked`): each is stored once, not in every row.
    /// (Its own words are kept apart, at the row's index: `Texts`, then `Words`.)
    pub linked: Box<[u32]>,
}

impl Row {
    /// A row whose values for each facet are `values(facet)`. The match inside `values` must name
    /// every facet, so the compiler asks for a new facet's values.
    fn new(values: impl Fn(Facet) -> Vec<u32>, years: Vec<(i32, i32)>, linked: Vec<u32>) -> Row {
        let mut all = Vec::new();
        let ends = std::array::from_fn(|i| {
            all.extend(sorted_unique(values(Facet::ALL[i])));
            all.len() as u32
        });
        Row { values: all.into(), ends, years: years.into(), linked: linked.into() }
    }

    /// Its option indices for the facet at `index` (`Facet::index`), sorted and unique.
    pub fn facet(&self, index: usize) -> &[u32] {
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        &self.values[start as usize..self.ends[index] as usize]
    }
}

/// An option of a facet, in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    pub id: String,
    pub label: String,
}

/// A loaded bundle with everything the filter engine and the detail views look up.
#[derive(Debug)]
pub struct Catalog {
    pub bundle: Arc<Bundle>,
    pub(crate) initiative_rows: Vec<Row>,
    pub(crate) organisation_rows: Vec<Row>,
    pub(crate) sector_options: Vec<FacetOption>,
    pub(crate) country_options: Vec<FacetOption>,
    pub(crate) place_options: Vec<FacetOption>,
    /// Indices of initiatives, newest first (undated last), then by name.
    pub(crate) initiatives_by_date: Vec<u32>,
    /// Indices of dated initiatives, oldest first, then by name: the timeline's order.
    pub(crate) dated_oldest_first: Vec<u32>,
    pub(crate) initiatives_by_name: Vec<u32>,
    pub(crate) organisations_by_name: Vec<u32>,
    sector_index: HashMap<String, u32>,
    country_index: HashMap<String, u32>,
    place_index: HashMap<String, u32>,
    organisation_index: HashMap<String, u32>,
    initiative_index: HashMap<String, u32>,
    /// Each place's rank when places are ordered by their initiatives in the whole bundle (most
    /// first, then by name): a drawing order that no filter changes.
    pub place_order: Vec<u32>,
    /// Every distinct (European place, Chinese place) pair that an initiative names among its
    /// own places (not widened to enclosing ones), as place indices: the map's partner lines.
    pub(crate) place_pairs: Vec<(u32, u32)>,
    /// Each initiative's pairs as indices into `place_pairs`, one array for all, initiative
    /// after initiative (read through `Catalog::initiative_pairs`): the map counts the pairs of
    /// every matching initiative on each filter change, and adding to an array indexed by pair
    /// costs a fraction of hashing each pair (at 100,000 initiatives, most of the map's answer).
    initiative_pairs: Vec<u32>,
    /// Where each initiative's pairs end in `initiative_pairs`.
    initiative_pairs_end: Vec<u32>,
    /// Until the first search, the texts records are found by; see `Catalog::words`.
    search_texts: std::sync::Mutex<Option<Texts>>,
    /// From the first search, the same texts as word numbers.
    words: std::sync::OnceLock<Words>,
    /// From the first search, each tab's rows by word and by linked record (indexed by
    /// `Tab::index`). See `Catalog::text_matches`.
    postings: [std::sync::OnceLock<TabPostings>; 2],
    /// The recent searches of each tab (indexed by `Tab::index`), to start the next one from.
    /// See `Catalog::text_matches`.
    pub(crate) text_cache: [std::sync::Mutex<super::TextCache>; 2],
    search: std::sync::OnceLock<crate::search::SearchIndex>,
}

/// A tab's rows found by word or by linked record: [`Catalog::postings`].
#[derive(Debug)]
pub(crate) struct TabPostings {
    /// By the number of a word of the row's own texts.
    pub own: Postings,
    /// By the index of a record the row links to (`Row::linked`).
    pub linked: Postings,
}

/// Position of an enum value among its enum's values: its option index.
fn ix<T: Named>(value: T) -> u32 {
    value.index() as u32
}

/// A partial date (`2018`, `2018-06`, `2018-06-12`) as a number that sorts like the text
/// (`20180000`, `20180600`, `20180612`): a shorter date comes before the longer ones it begins.
pub(crate) fn date_number(date: &str) -> u32 {
    let mut parts = date.split('-').map(|part| part.parse::<u32>().unwrap_or(0).min(9_999));
    let (year, month, day) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    year * 10_000 + month.min(99) * 100 + day.min(99)
}

/// Year of a partial date (`2018`, `2018-06`, `2018-06-12`).
pub(crate) fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

fn index_of<T>(records: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, u32> {
    records.iter().enumerate().map(|(i, r)| (id(r).to_owned(), i as u32)).collect()
}

fn sorted_unique(mut values: Vec<u32>) -> Vec<u32> {
    values.sort_unstable();
    values.dedup();
    values
}

/// Each item followed by the chain of its parents (cycles are cut by the validator, and here).
fn with_ancestors(start: &[u32], parent: &[Option<u32>]) -> Vec<u32> {
    let mut out = Vec::new();
    for &item in start {
        let mut current = Some(item);
        while let Some(i) = current {
            if out.contains(&i) {
                break;
            }
            out.push(i);
            current = parent[i as usize];
        }
    }
    sorted_unique(out)
}

/// Where each kind of record starts in `Texts::linked`: places, then organisations,
/// then sectors.
#[derive(Clone, Copy)]
struct LinkedText {
    places: u32,
    organisations: u32,
}

impl LinkedText {
    fn place(self, index: u32) -> u32 {
        index
    }
    fn organisation(self, index: u32) -> u32 {
        self.places + index
    }
    fn sector(self, index: u32) -> u32 {
        self.places + self.organisations + index
    }
}

impl Catalog {
    pub fn new(bundle: Arc<Bundle>) -> Catalog {
        let b = &*bundle;
        let sector_index = index_of(&b.sectors, |s| &s.id);
        let country_index = index_of(&b.countries, |c| &c.id);
        let place_index = index_of(&b.places, |p| &p.id);
        let organisation_index = index_of(&b.organisations, |o| &o.id);
        let initiative_index = index_of(&b.initiatives, |i| &i.id);
        let lookup = |index: &HashMap<String, u32>, ids: &[String]| -> Vec<u32> {
            ids.iter().filter_map(|id| index.get(id).copied()).collect()
        };
        let sector_parent: Vec<Option<u32>> =
            b.sectors.iter().map(|s| s.parent.as_ref().and_then(|p| sector_index.get(p).copied())).collect();
        let place_parent: Vec<Option<u32>> =
            b.places.iter().map(|p| p.within.as_ref().and_then(|w| place_index.get(w).copied())).collect();
        let organisation_names: Vec<String> =
            b.organisations.iter().map(|o| format!("{} {}", o.name, o.aliases.join(" "))).collect();
        let linked = LinkedText { places: b.places.len() as u32, organisations: b.organisations.len() as u32 };
        let linked_texts: Vec<Box<str>> = b
            .places
            .iter()
            .map(|p| {
                let mut words = vec![p.name.as_str()];
                words.extend(p.aliases.iter().map(String::as_str));
                words.extend(p.name_zh.as_deref());
                words.extend(p.pinyin.as_deref());
                normalize(&words.join(" "))
            })
            .chain(organisation_names.iter().map(|text| normalize(text)))
            .chain(b.sectors.iter().map(|s| normalize(&s.name)))
            .map(String::into_boxed_str)
            .collect();
        let country_side = |country: &str| country_index.get(country).map(|&c| b.countries[c as usize].side);
        let initiative_texts: Vec<Box<str>> =
            b.initiatives.iter().map(|i| normalize(&format!("{} {}", i.name, i.description)).into()).collect();
        let organisation_texts: Vec<Box<str>> = b
            .organisations
            .iter()
            .zip(&organisation_names)
            .map(|(o, names)| {
                let mut text = vec![names.as_str(), o.description.as_str()];
                text.extend(o.sector_label.as_deref());
                normalize(&text.join(" ")).into()
            })
            .collect();
        let milestone_texts: Vec<Box<str>> =
            b.milestones.iter().map(|m| normalize(&format!("{} {}", m.title, m.description)).into()).collect();

        let initiative_rows: Vec<Row> = b
            .initiatives
            .iter()
            .map(|i| {
                let places = lookup(&place_index, &i.places);
                let organisations = lookup(&organisation_index, &i.organisations);
                let mut sides = Vec::new();
                let mut countries = Vec::new();
                for &p in &places {
                    let place = &b.places[p as usize];
                    sides.push(ix(place.side));
                    countries.extend(country_index.get(&place.country).copied());
                }
                let mut org_types = Vec::new();
                for &o in &organisations {
                    let org = &b.organisations[o as usize];
                    org_types.push(ix(org.kind));
                    if let Some(country) = &org.country {
                        countries.extend(country_index.get(country).copied());
                        sides.extend(country_side(country).map(ix));
                    }
                }
                let start = i.date.as_deref().and_then(year_of);
                let end = i.end_date.as_deref().and_then(year_of).or(start);
                let sectors = lookup(&sector_index, &i.sectors);
                let names = places
                    .iter()
                    .map(|&p| linked.place(p))
                    .chain(organisations.iter().map(|&o| linked.organisation(o)))
                    .chain(sectors.iter().map(|&s| linked.sector(s)))
                    .collect();
                Row::new(
                    |facet| match facet {
                        Facet::Sector => with_ancestors(&sectors, &sector_parent),
                        Facet::Side => sides.clone(),
                        Facet::Country => countries.clone(),
                        Facet::Place => with_ancestors(&places, &place_parent),
                        Facet::Kind => vec![ix(i.kind)],
                        Facet::OrgType => org_types.clone(),
                    },
                    start.zip(end).into_iter().collect(),
                    names,
                )
            })
            .collect();

        // An organisation "took part in" the kinds and years of its initiatives (an initiative's
        // search text already names its organisations).
        let mut organisation_kinds = vec![Vec::new(); b.organisations.len()];
        let mut organisation_years = vec![Vec::new(); b.organisations.len()];
        for (i, initiative) in b.initiatives.iter().enumerate() {
            for o in lookup(&organisation_index, &initiative.organisations) {
                organisation_kinds[o as usize].extend_from_slice(initiative_rows[i].facet(Facet::Kind.index()));
                organisation_years[o as usize].extend_from_slice(&initiative_rows[i].years);
            }
        }
        let organisation_rows: Vec<Row> = b
            .organisations
            .iter()
            .enumerate()
            .map(|(n, o)| {
                let places = lookup(&place_index, &o.places);
                let mut sides: Vec<u32> = o.country.as_deref().and_then(country_side).map(ix).into_iter().collect();
                let mut countries: Vec<u32> = o.country.iter().filter_map(|c| country_index.get(c).copied()).collect();
                for &p in &places {
                    let place = &b.places[p as usize];
                    sides.push(ix(place.side));
                    countries.extend(country_index.get(&place.country).copied());
                }
                let names = places.iter().map(|&p| linked.place(p)).collect();
                Row::new(
                    |facet| match facet {
                        Facet::Sector => with_ancestors(&lookup(&sector_index, &o.sectors), &sector_parent),
                        Facet::Side => sides.clone(),
                        Facet::Country => countries.clone(),
                        Facet::Place => with_ancestors(&places, &place_parent),
                        Facet::Kind => organisation_kinds[n].clone(),
                        Facet::OrgType => vec![ix(o.kind)],
                    },
                    {
                        let mut years = std::mem::take(&mut organisation_years[n]);
                        years.sort_unstable();
                        years.dedup();
                        years
                    },
                    names,
                )
            })
            .collect();

        let mut initiatives_by_name: Vec<u32> = (0..b.initiatives.len() as u32).collect();
        initiatives_by_name.sort_by_cached_key(|&i| normalize(&b.initiatives[i as usize].name));
        // Stable sorts on the name order: the same date stays alphabetical. Dates compared as
        // numbers, read once (not as strings on every comparison).
        let date_number = |i: u32| b.initiatives[i as usize].date.as_deref().map(date_number);
        let mut initiatives_by_date = initiatives_by_name.clone();
        // Newest first, undated last.
        initiatives_by_date.sort_by_cached_key(|&i| std::cmp::Reverse(date_number(i)));
        let mut dated_oldest_first: Vec<u32> = initiatives_by_name.iter().copied().filter(|&i| date_number(i).is_some()).collect();
        dated_oldest_first.sort_by_cached_key(|&i| date_number(i));
        let mut organisations_by_name: Vec<u32> = (0..b.organisations.len() as u32).collect();
        organisations_by_name.sort_by_cached_key(|&o| normalize(&b.organisations[o as usize].name));

        let mut initiatives_per_place = vec![0u32; b.places.len()];
        for row in &initiative_rows {
            row.facet(Facet::Place.index()).iter().for_each(|&p| initiatives_per_place[p as usize] += 1);
        }
        let mut by_weight: Vec<usize> = (0..b.places.len()).collect();
        by_weight.sort_by(|&x, &y| initiatives_per_place[y].cmp(&initiatives_per_place[x]).then_with(|| b.places[x].name.cmp(&b.places[y].name)));
        let mut place_order = vec![0u32; b.places.len()];
        for (rank, &place) in by_weight.iter().enumerate() {
            place_order[place] = rank as u32;
        }

        let mut pair_index: HashMap<(u32, u32), u32> = HashMap::new();
        let mut place_pairs = Vec::new();
        let mut initiative_pairs = Vec::new();
        let initiative_pairs_end = b
            .initiatives
            .iter()
            .map(|i| {
                let here = lookup(&place_index, &i.places);
                let on = |side: Side| here.iter().copied().filter(move |&p| b.places[p as usize].side == side);
                for europe in on(Side::Europe) {
                    for china in on(Side::China) {
                        let pair = *pair_index.entry((europe, china)).or_insert_with(|| {
                            place_pairs.push((europe, china));
                            place_pairs.len() as u32 - 1
                        });
                        initiative_pairs.push(pair);
                    }
                }
                initiative_pairs.len() as u32
            })
            .collect();
        let option = |id: &str, label: &str| FacetOption { id: id.to_owned(), label: label.to_owned() };
        Catalog {
            sector_options: b.sectors.iter().map(|s| option(&s.id, &s.name)).collect(),
            country_options: b.countries.iter().map(|c| option(&c.id, &c.name)).collect(),
            place_options: b.places.iter().map(|p| option(&p.id, &p.name)).collect(),
            initiative_rows,
            organisation_rows,
            initiatives_by_date,
            dated_oldest_first,
            initiatives_by_name,
            organisations_by_name,
            sector_index,
            country_index,
            place_index,
            organisation_index,
            initiative_index,
            place_order,
            place_pairs,
            initiative_pairs,
            initiative_pairs_end,
            search_texts: std::sync::Mutex::new(Some(Texts {
                initiatives: initiative_texts,
                organisations: organisation_texts,
                linked: linked_texts,
                milestones: milestone_texts,
            })),
            words: std::sync::OnceLock::new(),
            postings: Default::default(),
            text_cache: Default::default(),
            search: std::sync::OnceLock::new(),
            bundle,
        }
    }

    /// The records' words as numbers, numbered on the first search (see [`Texts`]).
    pub(crate) fn words(&self) -> &Words {
        self.words.get_or_init(|| {
            let texts = self.search_texts.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
            Words::of(texts.unwrap_or_default())
        })
    }

    /// The rows of `tab` by each word of their own texts and by each record they link to,
    /// turned inside out on the tab's first search.
    pub(crate) fn postings(&self, tab: super::Tab) -> &TabPostings {
        self.postings[tab.index()].get_or_init(|| {
            let words = self.words();
            let (rows, own) = match tab {
                super::Tab::Initiatives => (&self.initiative_rows, &words.initiatives),
                super::Tab::Organisations => (&self.organisation_rows, &words.organisations),
            };
            TabPostings {
                own: Postings::of(words.vocabulary.len(), own.iter().map(|w| &w[..])),
                linked: Postings::of(words.linked.len(), rows.iter().map(|r| &r.linked[..])),
            }
        })
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sector_index.get(id).map(|&i| &self.bundle.sectors[i as usize])
    }
    pub fn country(&self, id: &str) -> Option<&Country> {
        self.country_index.get(id).map(|&i| &self.bundle.countries[i as usize])
    }
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_index.get(id).map(|&i| &self.bundle.places[i as usize])
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisation_index.get(id).map(|&i| &self.bundle.organisations[i as usize])
    }
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiative_index.get(id).map(|&i| &self.bundle.initiatives[i as usize])
    }

    /// Sector indices parent-first (each top-level sector followed by its subsectors, by name),
    /// with their depth.
    pub fn sector_tree(&self) -> Vec<(usize, usize)> {
        let sectors = &self.bundle.sectors;
        let mut order = Vec::new();
        fn visit(sectors: &[Sector], parent: Option<&str>, depth: usize, order: &mut Vec<(usize, usize)>) {
            if depth > 8 {
                return;
            }
            let mut children: Vec<usize> =
                (0..sectors.len()).filter(|&i| sectors[i].parent.as_deref() == parent).collect();
            children.sort_by_key(|&i| normalize(&sectors[i].name));
            for i in children {
                order.push((i, depth));
                visit(sectors, Some(&sectors[i].id), depth + 1, order);
            }
        }
        visit(sectors, None, 0, &mut order);
        // Sectors whose parent is missing would be skipped above; keep them, at the top level.
        for i in 0..sectors.len() {
            if !order.iter().any(|&(j, _)| j == i) {
                order.push((i, 0));
            }
        }
        order
    }

    /// Whether a record of `kind` with `id` exists.
    pub fn has_record(&self, kind: RecordKind, id: &str) -> bool {
        match kind {
            RecordKind::Sector => self.sector(id).is_some(),
            RecordKind::Place => self.place(id).is_some(),
            RecordKind::Organisation => self.organisation(id).is_some(),
            RecordKind::Initiative => self.initiative(id).is_some(),
            RecordKind::Milestone => self.bundle.milestones.iter().any(|m| m.id == id),
            RecordKind::Story => self.bundle.stories.iter().any(|s| s.id == id),
        }
    }

    /// The index of option `id` of `facet` (into its counts and options).
    pub fn option_index(&self, facet: Facet, id: &str) -> Option<u32> {
        match facet {
            Facet::Sector => self.sector_index.get(id).copied(),
            Facet::Country => self.country_index.get(id).copied(),
            Facet::Place => self.place_index.get(id).copied(),
            Facet::Side => Side::from_id(id).map(ix),
            Facet::Kind => InitiativeKind::from_id(id).map(ix),
            Facet::OrgType => OrganisationKind::from_id(id).map(ix),
        }
    }

    /// Option `index` of `facet` as the interface in `lang` names it.
    pub fn option_label(&self, facet: Facet, index: usize, lang: Lang) -> String {
        let b = &self.bundle;
        match facet {
            Facet::Sector => b.sectors[index].name_in(lang).to_owned(),
            Facet::Country => b.countries[index].name_in(lang).to_owned(),
            Facet::Place => b.places[index].name_in(lang),
            Facet::Side => Side::ALL[index].label_in(lang).to_owned(),
            Facet::Kind => InitiativeKind::ALL[index].label_in(lang).to_owned(),
            Facet::OrgType => OrganisationKind::ALL[index].label_in(lang).to_owned(),
        }
    }

    /// How many options `facet` has.
    pub fn option_count(&self, facet: Facet) -> usize {
        match facet {
            Facet::Sector => self.bundle.sectors.len(),
            Facet::Country => self.bundle.countries.len(),
            Facet::Place => self.bundle.places.len(),
            Facet::Side => Side::ALL.len(),
            Facet::Kind => InitiativeKind::ALL.len(),
            Facet::OrgType => OrganisationKind::ALL.len(),
        }
    }

    /// The (European, Chinese) place pairs initiative `i` names, as indices into `place_pairs`.
    pub(crate) fn initiative_pairs(&self, i: u32) -> &[u32] {
        let start = if i == 0 { 0 } else { self.initiative_pairs_end[i as usize - 1] };
        &self.initiative_pairs[start as usize..self.initiative_pairs_end[i as usize] as usize]
    }

    pub fn place_ix(&self, id: &str) -> Option<u32> {
        self.place_index.get(id).copied()
    }

    pub fn organisation_ix(&self, id: &str) -> Option<u32> {
        self.organisation_index.get(id).copied()
    }

    /// Every record's searchable names, built on the first search (see `crate::search`).
    pub fn search_index(&self) -> &crate::search::SearchIndex {
        self.search.get_or_init(|| crate::search::SearchIndex::new(self))
    }

    /// Builds now what the first search would otherwise build: the numbered words, each tab's
    /// postings and the suggestion index. The app calls it when the browser is idle after the
    /// first paint, so that a visitor's first keystroke does not wait for it (about half a
    /// second at 100,000 initiatives).
    pub fn prepare_search(&self) {
        self.postings(super::Tab::Initiatives);
        self.postings(super::Tab::Organisations);
        self.search_index();
    }
}

#[cfg(test)]
mod tests {
    use crate::filter::{Query, Sort, Tab};

    #[test]
    fn words_are_numbered_on_the_first_search_only() {
        let catalog = crate::screens::small_catalog();
        let sector = Query { sectors: vec![catalog.bundle.sectors[0].id.clone()], ..Query::default() };
        catalog.filter(&sector, Tab::Initiatives, Sort::Date);
        catalog.milestones_matching(&sector);
        assert!(catalog.words.get().is_none(), "no search yet");
        let search = Query { text: "chengdu".into(), ..Query::default() };
        assert!(!catalog.filter(&search, Tab::Initiatives, Sort::Date).matches.is_empty());
        assert!(catalog.words.get().is_some());
        assert!(catalog.search_texts.lock().unwrap().is_none(), "the texts are dropped once numbered");
    }

    #[test]
    fn prepared_search_answers_as_the_lazy_one_does() {
        let search = Query { text: "chengdu".into(), ..Query::default() };
        let lazy = crate::screens::small_catalog();
        let prepared = crate::screens::small_catalog();
        prepared.prepare_search();
        assert!(prepared.words.get().is_some() && prepared.postings.iter().all(|p| p.get().is_some()));
        assert!(prepared.search.get().is_some());
        for tab in [Tab::Initiatives, Tab::Organisations] {
            assert_eq!(prepared.filter(&search, tab, Sort::Date).matches, lazy.filter(&search, tab, Sort::Date).matches);
        }
        assert!(!lazy.filter(&search, Tab::Initiatives, Sort::Date).matches.is_empty(), "the search finds something");
    }
}
