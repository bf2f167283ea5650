//! The bundle prepared for filtering: ids interned to small integers, every record reduced to a
//! row of facet values (sectors widened to their ancestors, places to the places that contain
//! them) and one normalised search text. Built once per loaded bundle.

use crate::i18n::Lang;
use std::collections::HashMap;
use std::sync::Arc;

use super::text::normalize;
use super::{FACETS, Facet};
use crate::labels::Named;
use crate::model::*;

/// The facet values of one initiative or organisation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    /// Option indices per facet (indexed by `Facet::index`), sorted and unique:
    /// - sectors: its sectors and all their ancestors (choosing a parent finds subsector records);
    /// - sides and countries: of its places and organisations;
    /// - places: its places and the places that contain them (a district's city, a city's province);
    /// - kinds: its own kind, or (organisations) the kinds of the initiatives it took part in;
    /// - organisation types: its own type, or (initiatives) its organisations' types.
    pub facets: [Vec<u32>; FACETS],
    /// Year spans: its own (initiatives) or those of its initiatives (organisations).
    pub years: Vec<(i32, i32)>,
    /// Everything a visitor might type to find it, normalised.
    pub text: String,
}

impl Row {
    /// A row whose values for each facet are `values(facet)`. The match inside `values` must name
    /// every facet, so the compiler asks for a new facet's values.
    fn new(values: impl Fn(Facet) -> Vec<u32>, years: Vec<(i32, i32)>, text: String) -> Row {
        Row { facets: std::array::from_fn(|i| sorted_unique(values(Facet::ALL[i]))), years, text }
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
    /// Each initiative's own places (not widened to enclosing ones) as indices: what the map's
    /// partner lines pair up on every filter change, without hashing an id.
    initiative_places: Vec<Box<[u32]>>,
    /// Each milestone's title and description, normalised for search.
    pub(crate) milestone_text: Vec<String>,
    /// The last search of each tab (indexed by `Tab::index`), to narrow the next one. See
    /// `Catalog::text_matches`.
    pub(crate) text_cache: [std::sync::Mutex<Option<super::TextCache>>; 2],
    search: std::sync::OnceLock<crate::search::SearchIndex>,
}

/// Position of an enum value among its enum's values: its option index.
fn ix<T: Named>(value: T) -> u32 {
    value.index() as u32
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
        let place_text: Vec<String> = b
            .places
            .iter()
            .map(|p| {
                let mut words = vec![p.name.as_str()];
                words.extend(p.aliases.iter().map(String::as_str));
                words.extend(p.name_zh.as_deref());
                words.extend(p.pinyin.as_deref());
                words.join(" ")
            })
            .collect();
        let organisation_text: Vec<String> =
            b.organisations.iter().map(|o| format!("{} {}", o.name, o.aliases.join(" "))).collect();
        let country_side = |country: &str| country_index.get(country).map(|&c| b.countries[c as usize].side);

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
                let mut text = vec![i.name.clone(), i.description.clone()];
                text.extend(places.iter().map(|&p| place_text[p as usize].clone()));
                text.extend(organisations.iter().map(|&o| organisation_text[o as usize].clone()));
                text.extend(
                    i.sectors.iter().filter_map(|s| sector_index.get(s)).map(|&s| b.sectors[s as usize].name.clone()),
                );
                Row::new(
                    |facet| match facet {
                        Facet::Sector => with_ancestors(&lookup(&sector_index, &i.sectors), &sector_parent),
                        Facet::Side => sides.clone(),
                        Facet::Country => countries.clone(),
                        Facet::Place => with_ancestors(&places, &place_parent),
                        Facet::Kind => vec![ix(i.kind)],
                        Facet::OrgType => org_types.clone(),
                    },
                    start.zip(end).into_iter().collect(),
                    normalize(&text.join(" ")),
                )
            })
            .collect();

        let mut organisation_rows: Vec<Row> = b
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
                let mut text = vec![organisation_text[n].clone(), o.description.clone()];
                text.extend(o.sector_label.clone());
                text.extend(places.iter().map(|&p| place_text[p as usize].clone()));
                Row::new(
                    |facet| match facet {
                        Facet::Sector => with_ancestors(&lookup(&sector_index, &o.sectors), &sector_parent),
                        Facet::Side => sides.clone(),
                        Facet::Country => countries.clone(),
                        Facet::Place => with_ancestors(&places, &place_parent),
                        // Filled in below from the initiatives it took part in.
                        Facet::Kind => Vec::new(),
                        Facet::OrgType => vec![ix(o.kind)],
                    },
                    Vec::new(),
                    normalize(&text.join(" ")),
                )
            })
            .collect();

        // Link the two: an organisation "took part in" the kinds and years of its initiatives,
        // and an initiative's search text already names its organisations.
        for (i, initiative) in b.initiatives.iter().enumerate() {
            for o in lookup(&organisation_index, &initiative.organisations) {
                let row = &mut organisation_rows[o as usize];
                let kinds = &initiative_rows[i].facets[Facet::Kind.index()];
                row.facets[Facet::Kind.index()].extend(kinds.iter().copied());
                row.years.extend(initiative_rows[i].years.iter().copied());
            }
        }
        for row in &mut organisation_rows {
            let kinds = &mut row.facets[Facet::Kind.index()];
            *kinds = sorted_unique(std::mem::take(kinds));
            row.years.sort_unstable();
            row.years.dedup();
        }

        let mut initiatives_by_name: Vec<u32> = (0..b.initiatives.len() as u32).collect();
        initiatives_by_name.sort_by_cached_key(|&i| normalize(&b.initiatives[i as usize].name));
        let mut initiatives_by_date = initiatives_by_name.clone();
        // Stable sort on the name order: same dates stay alphabetical. Undated sort last.
        initiatives_by_date.sort_by(|&x, &y| {
            let date = |i: u32| b.initiatives[i as usize].date.as_deref();
            match (date(x), date(y)) {
                (Some(dx), Some(dy)) => dy.cmp(dx),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        });
        let mut dated_oldest_first: Vec<u32> =
            initiatives_by_name.iter().copied().filter(|&i| b.initiatives[i as usize].date.is_some()).collect();
        // Stable on the name order: the same date stays alphabetical.
        dated_oldest_first.sort_by(|&x, &y| b.initiatives[x as usize].date.cmp(&b.initiatives[y as usize].date));
        let mut organisations_by_name: Vec<u32> = (0..b.organisations.len() as u32).collect();
        organisations_by_name.sort_by_cached_key(|&o| normalize(&b.organisations[o as usize].name));

        let mut initiatives_per_place = vec![0u32; b.places.len()];
        for row in &initiative_rows {
            row.facets[Facet::Place.index()].iter().for_each(|&p| initiatives_per_place[p as usize] += 1);
        }
        let mut by_weight: Vec<usize> = (0..b.places.len()).collect();
        by_weight.sort_by(|&x, &y| initiatives_per_place[y].cmp(&initiatives_per_place[x]).then_with(|| b.places[x].name.cmp(&b.places[y].name)));
        let mut place_order = vec![0u32; b.places.len()];
        for (rank, &place) in by_weight.iter().enumerate() {
            place_order[place] = rank as u32;
        }

        let initiative_places = b.initiatives.iter().map(|i| lookup(&place_index, &i.places).into_boxed_slice()).collect();
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
            initiative_places,
            milestone_text: b.milestones.iter().map(|m| normalize(&format!("{} {}", m.title, m.description))).collect(),
            text_cache: Default::default(),
            search: std::sync::OnceLock::new(),
            bundle,
        }
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

    /// The places initiative `i` names, as place indices, in its order.
    pub fn initiative_places(&self, i: u32) -> &[u32] {
        &self.initiative_places[i as usize]
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
}
