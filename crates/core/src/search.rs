//! One search across every kind of record, for the suggestions under the search box: places,
//! sectors, countries, organisation types, organisations, initiatives, milestones, stories and
//! figures, by name, acronym, every alias and spelling, Chinese characters, pinyin with or
//! without tones, and description (initiatives by name only: the list's full-text filter finds
//! them by description) — accent-, case- and width-insensitive like the filter.
//!
//! Ranking is deterministic: an exact name or acronym first, then a name that starts with the
//! query, then an alias, then a name containing it, then the description; ties go to the record
//! with more initiatives, then by name.

use crate::filter::text::{normalize, query_terms, typed_pinyin};
use crate::filter::{Catalog, Facet, Query, Sort, Tab};
use crate::i18n::Lang;
use crate::labels::Named;
use crate::model::{OrganisationKind, RecordKind};
use crate::url_state::Go;

/// What a suggestion is, in the order the groups are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Places,
    Sectors,
    Countries,
    OrganisationTypes,
    Organisations,
    Initiatives,
    Milestones,
    Stories,
    Figures,
}

impl Group {
    /// The kinds of record that the results view has no tab for: it lists their matches apart.
    pub const WITHOUT_TAB: &[Group] =
        &[Group::Places, Group::Sectors, Group::Countries, Group::OrganisationTypes, Group::Milestones, Group::Stories, Group::Figures];

    /// The group's heading in the suggestions.
    pub fn heading(self, lang: Lang) -> &'static str {
        (lang.strings().group_heading)(self)
    }
}

/// One suggestion: "Chengdu" · "city · China", and where choosing it leads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Suggestion {
    pub group: Group,
    pub label: String,
    /// Its kind and side or country: "city · China", "partnership".
    pub detail: String,
    /// A filter for places, sectors, countries and organisation types; the detail panel for a
    /// record. Wrapped in [`Go::Pick`], so the search words are cleared.
    pub go: Go,
}

/// How well a record's texts match a query: lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    ExactName,
    NamePrefix,
    Alias,
    NameContains,
    Description,
}

struct Candidate {
    /// As the English interface shows it.
    suggestion: Suggestion,
    /// Its label and detail in the Chinese interface.
    zh: (String, String),
    /// Normalised: the name first, then acronyms, aliases and other spellings.
    names: Vec<String>,
    /// Normalised description (and other text worth finding it by).
    description: String,
    /// Initiatives it has (ties go to the busier record).
    weight: u32,
}

impl Candidate {
    fn tier(&self, query: &str, terms: &[String]) -> Option<Tier> {
        let (name, aliases) = self.names.split_first()?;
        // An acronym is an alias written as one short word: it ranks like the name.
        let exact = name == query || aliases.iter().any(|a| a == query && !a.contains(' '));
        if exact {
            Some(Tier::ExactName)
        } else if name.starts_with(query) {
            Some(Tier::NamePrefix)
        } else if aliases.iter().any(|a| a.starts_with(query) || a.contains(query)) {
            Some(Tier::Alias)
        } else if name.contains(query) {
            Some(Tier::NameContains)
        } else if !terms.is_empty() && terms.iter().all(|t| self.description.contains(t.as_str()) || self.names.iter().any(|n| n.contains(t.as_str()))) {
            Some(Tier::Description)
        } else {
            None
        }
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} records)", self.candidates.len())
    }
}

/// The searchable texts of every record, normalised once per loaded bundle.
pub struct SearchIndex {
    candidates: Vec<Candidate>,
    /// The last search's matches. Typing usually adds to the words, and a longer query can only
    /// match what the shorter one matched (every tier needs each word somewhere in the record's
    /// texts), so the next search looks at those records only: at 100,000 initiatives that is
    /// the difference between scanning every name on every keystroke and scanning a few.
    last: std::sync::Mutex<Option<LastSearch>>,
}

struct LastSearch {
    whole: String,
    terms: Vec<String>,
    found: Vec<(Tier, u32)>,
    /// Candidates compared with the query (for tests).
    scanned: usize,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let b = &catalog.bundle;
        let all_initiatives = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Name);
        let all_organisations = catalog.filter(&Query::default(), Tab::Organisations, Sort::Name);
        let weight = |facet: Facet, index: usize| all_initiatives.counts.of(facet).get(index).copied().unwrap_or(0);
        // A suggestion's detail in `lang`: its kind, then its country, side or date where known.
        let country = |id: &str, lang: Lang| catalog.country(id).map(|c| c.name_in(lang).to_owned());
        let date = |date: &str, lang: Lang| (lang.strings().date)(date);
        let both = |detail: &dyn Fn(Lang) -> (String, Option<String>)| {
            [Lang::En, Lang::Zh].map(|lang| match detail(lang) {
                (kind, Some(extra)) if !extra.is_empty() => format!("{} · {extra}", kind.to_lowercase()),
                (kind, _) => kind.to_lowercase(),
            })
        };
        let mut organisation_weight = vec![0u32; b.organisations.len()];
        for initiative in &b.initiatives {
            for o in initiative.organisations.iter().filter_map(|o| catalog.organisation_ix(o)) {
                organisation_weight[o as usize] += 1;
            }
        }
        let pick = |go: Go| Go::Pick(Box::new(go));
        let names = |first: &str, others: &mut dyn Iterator<Item = &str>| -> Vec<String> {
            std::iter::once(normalize(first)).chain(others.map(normalize)).filter(|n| !n.is_empty()).collect()
        };
        let mut candidates = Vec::new();
        for (i, p) in b.places.iter().enumerate() {
            let [en, zh] = both(&|lang| (p.kind.label_in(lang).into(), country(&p.country, lang)));
            // Pinyin as written ("Tiānfǔ Xīnqū") and as typed into a pinyin keyboard, run
            // together without tones or apostrophes ("tianfuxinqu", "xian" for Xī'ān).
            let typed_pinyin = p.pinyin.as_deref().map(typed_pinyin);
            let mut others = p
                .aliases
                .iter()
                .map(String::as_str)
                .chain(p.name_zh.as_deref())
                .chain(p.pinyin.as_deref())
                .chain(typed_pinyin.as_deref());
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Places,
                    label: match &p.name_zh {
                        Some(zh) => format!("{} {zh}", p.name),
                        None => p.name.clone(),
                    },
                    detail: en,
                    go: pick(Go::FilterTo(Facet::Place, p.id.clone())),
                },
                zh: (p.name_in(Lang::Zh), zh),
                names: names(&p.name, &mut others),
                description: String::new(),
                weight: weight(Facet::Place, i),
            });
        }
        for (i, s) in b.sectors.iter().enumerate() {
            let [en, zh] = both(&|lang| (RecordKind::Sector.label_in(lang).into(), None));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Sectors,
                    label: s.name.clone(),
                    detail: en,
                    go: pick(Go::FilterTo(Facet::Sector, s.id.clone())),
                },
                zh: (s.name_in(Lang::Zh).to_owned(), zh),
                names: names(&s.name, &mut s.aliases.iter().map(String::as_str).chain(s.name_zh.as_deref())),
                description: normalize(s.summary.as_deref().unwrap_or("")),
                weight: weight(Facet::Sector, i),
            });
        }
        for (i, c) in b.countries.iter().enumerate() {
            let [en, zh] = both(&|lang| (Facet::Country.label_in(lang).into(), Some(c.side.label_in(lang).into())));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Countries,
                    label: c.name.clone(),
                    detail: en,
                    go: pick(Go::FilterTo(Facet::Country, c.id.clone())),
                },
                zh: (c.name_in(Lang::Zh).to_owned(), zh),
                names: names(&c.name, &mut c.name_zh.as_deref().into_iter()),
                description: String::new(),
                weight: weight(Facet::Country, i),
            });
        }
        for (i, kind) in OrganisationKind::ALL.iter().enumerate() {
            let [en, zh] = both(&|lang| (Facet::OrgType.label_in(lang).into(), None));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::OrganisationTypes,
                    label: kind.label().to_owned(),
                    detail: en,
                    go: pick(Go::FilterTo(Facet::OrgType, kind.id().to_owned())),
                },
                zh: (kind.label_in(Lang::Zh).to_owned(), zh),
                names: names(kind.label(), &mut std::iter::once(kind.label_in(Lang::Zh))),
                description: String::new(),
                weight: all_organisations.counts.of(Facet::OrgType).get(i).copied().unwrap_or(0),
            });
        }
        for (i, o) in b.organisations.iter().enumerate() {
            let [detail, zh] = both(&|lang| (o.kind.label_in(lang).into(), o.country.as_deref().and_then(|c| country(c, lang))));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Organisations,
                    label: o.display_name(),
                    detail,
                    go: pick(Go::Open(RecordKind::Organisation, o.id.clone())),
                },
                zh: (o.display_name(), zh),
                names: names(&o.name, &mut o.aliases.iter().map(String::as_str)),
                description: normalize(&o.description),
                weight: organisation_weight[i],
            });
        }
        for i in &b.initiatives {
            let [detail, zh] = both(&|lang| (i.kind.label_in(lang).into(), i.date.as_deref().map(|d| date(d, lang))));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Initiatives,
                    label: i.name.clone(),
                    detail,
                    go: pick(Go::Open(RecordKind::Initiative, i.id.clone())),
                },
                zh: (i.name.clone(), zh),
                names: names(&i.name, &mut std::iter::empty()),
                // Initiatives are suggested by name: their descriptions are what the full-text
                // filter of the list under the box already searches, and scanning every one on
                // every keystroke would cost 100,000 descriptions at the largest data size.
                description: String::new(),
                weight: 1,
            });
        }
        for m in &b.milestones {
            let [en, zh] = both(&|lang| (RecordKind::Milestone.label_in(lang).into(), Some(date(&m.date, lang))));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Milestones,
                    label: m.title.clone(),
                    detail: en,
                    go: pick(Go::Open(RecordKind::Milestone, m.id.clone())),
                },
                zh: (m.title.clone(), zh),
                names: names(&m.title, &mut std::iter::empty()),
                description: normalize(&m.description),
                weight: 0,
            });
        }
        for s in &b.stories {
            let [en, zh] = both(&|lang| (RecordKind::Story.label_in(lang).into(), None));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Stories,
                    label: s.title.clone(),
                    detail: en,
                    go: pick(Go::Story(s.id.clone())),
                },
                zh: (s.title.clone(), zh),
                names: names(&s.title, &mut std::iter::empty()),
                description: normalize(&s.context.join(" ")),
                weight: 0,
            });
        }
        for f in &b.figures {
            let [en, zh] = both(&|lang| (lang.strings().figure.into(), None));
            candidates.push(Candidate {
                suggestion: Suggestion {
                    group: Group::Figures,
                    label: format!("{}: {}", f.as_printed, f.counts),
                    detail: en,
                    go: pick(Go::Open(f.record.kind, f.record.id.clone())),
                },
                zh: (format!("{}: {}", f.as_printed, f.counts), zh),
                names: Vec::new(),
                description: normalize(&format!("{} {}", f.as_printed, f.counts)),
                weight: 0,
            });
        }
        SearchIndex { candidates, last: std::sync::Mutex::new(None) }
    }

    /// Every match for `query` as (tier, candidate), in candidate order; narrows the last
    /// search's matches when the query only adds to its words.
    fn found(&self, query: &str) -> Vec<(Tier, u32)> {
        let whole = normalize(query);
        if whole.is_empty() {
            return Vec::new();
        }
        let terms = query_terms(query);
        let mut last = self.last.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(previous) = last.as_ref().filter(|l| l.whole == whole) {
            return previous.found.clone();
        }
        let narrows = |l: &LastSearch| {
            whole.contains(l.whole.as_str()) && l.terms.iter().all(|old| terms.iter().any(|new| new.contains(old.as_str())))
        };
        let candidates: Vec<u32> = match last.as_ref().filter(|l| narrows(l)) {
            Some(previous) => previous.found.iter().map(|&(_, i)| i).collect(),
            None => (0..self.candidates.len() as u32).collect(),
        };
        let scanned = candidates.len();
        let found: Vec<(Tier, u32)> =
            candidates.into_iter().filter_map(|i| self.candidates[i as usize].tier(&whole, &terms).map(|t| (t, i))).collect();
        *last = Some(LastSearch { whole, terms, found: found.clone(), scanned });
        found
    }

    /// How many records the last search compared with its query (all, or only the previous
    /// search's matches when it narrowed). For tests and benchmarks.
    pub fn candidates_scanned_by_last_search(&self) -> usize {
        self.last.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref().map_or(0, |l| l.scanned)
    }

    /// Every match for `query` among records of the groups `wanted` accepts, as (tier, busier
    /// first, label, candidate), unsorted.
    fn matches(&self, query: &str, wanted: impl Fn(Group) -> bool) -> Vec<(Tier, std::cmp::Reverse<u32>, &str, usize)> {
        self.found(query)
            .into_iter()
            .map(|(tier, i)| (tier, i as usize))
            .filter(|&(_, i)| wanted(self.candidates[i].suggestion.group))
            .map(|(tier, i)| {
                let c = &self.candidates[i];
                (tier, std::cmp::Reverse(c.weight), c.suggestion.label.as_str(), i)
            })
            .collect()
    }

    /// Candidate `i` as the interface in `lang` shows it.
    fn shown(&self, i: usize, lang: Lang) -> Suggestion {
        let c = &self.candidates[i];
        match lang {
            Lang::En => c.suggestion.clone(),
            Lang::Zh => Suggestion { label: c.zh.0.clone(), detail: c.zh.1.clone(), ..c.suggestion.clone() },
        }
    }

    /// The `limit` best suggestions for `query`, best first (see the module's ranking).
    pub fn suggest(&self, query: &str, limit: usize, lang: Lang) -> Vec<Suggestion> {
        let mut ranked = self.matches(query, |_| true);
        let limit = limit.min(ranked.len());
        if limit == 0 {
            return Vec::new();
        }
        ranked.select_nth_unstable(limit - 1);
        ranked.truncate(limit);
        ranked.sort_unstable();
        ranked.into_iter().map(|(.., i)| self.shown(i, lang)).collect()
    }

    /// Every record of `groups` that matches `query`, best first within each group, groups in
    /// [`Group`] order; groups without matches are left out.
    pub fn matches_in(&self, query: &str, groups: &[Group], lang: Lang) -> Vec<(Group, Vec<Suggestion>)> {
        let mut ranked = self.matches(query, |group| groups.contains(&group));
        ranked.sort_unstable_by_key(|&(tier, weight, label, i)| (self.candidates[i].suggestion.group, tier, weight, label, i));
        let found: Vec<Suggestion> = ranked.into_iter().map(|(.., i)| self.shown(i, lang)).collect();
        grouped(&found)
    }
}

/// Suggestions grouped for display: groups in the order of their best suggestion, each keeping
/// its suggestions' order. Flattened, the order is the order on screen.
pub fn grouped(suggestions: &[Suggestion]) -> Vec<(Group, Vec<Suggestion>)> {
    let mut groups: Vec<(Group, Vec<Suggestion>)> = Vec::new();
    for s in suggestions {
        match groups.iter_mut().find(|(g, _)| *g == s.group) {
            Some((_, members)) => members.push(s.clone()),
            None => groups.push((s.group, vec![s.clone()])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn catalog() -> Catalog {
        let bundle = crate::load::parse_bundle(include_str!("../tests/fixtures/small-bundle.json")).unwrap();
        Catalog::new(Arc::new(bundle))
    }

    fn labels(index: &SearchIndex, query: &str) -> Vec<String> {
        index.suggest(query, 8, Lang::En).into_iter().map(|s| s.label).collect()
    }

    #[test]
    fn names_spellings_and_chinese_find_the_place_first() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        let chengdu = catalog.place("chengdu").unwrap();
        for typed in ["chengdu", "Chéngdū", "成都", "CHENGDU", "cheng", "chéng dū"] {
            let first = index.suggest(typed, 5, Lang::En).into_iter().next().unwrap_or_else(|| panic!("{typed}: no suggestion"));
            assert_eq!(first.go, Go::Pick(Box::new(Go::FilterTo(Facet::Place, chengdu.id.clone()))), "{typed}");
        }
        assert!(index.suggest("", 5, Lang::En).is_empty());
        assert!(index.suggest("!!!", 5, Lang::En).is_empty());
    }

    #[test]
    fn exact_name_before_prefix_before_description_and_ties_by_initiatives() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        for o in &catalog.bundle.organisations {
            let found = labels(&index, &o.name);
            assert_eq!(found.first(), Some(&o.display_name()), "{}: {found:?}", o.name);
        }
        // Deterministic: the same query gives the same order.
        assert_eq!(labels(&index, "a"), labels(&index, "a"));
    }

    #[test]
    fn matches_of_kinds_without_a_tab_come_grouped_in_a_fixed_order() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        let found = index.matches_in("chengdu", Group::WITHOUT_TAB, Lang::En);
        let chengdu = Go::Pick(Box::new(Go::FilterTo(Facet::Place, "chengdu".into())));
        assert_eq!(found.first().map(|(g, members)| (*g, &members[0].go)), Some((Group::Places, &chengdu)));
        assert!(found.iter().all(|(g, _)| Group::WITHOUT_TAB.contains(g)), "{found:?}");
        assert!(found.windows(2).all(|w| w[0].0 < w[1].0), "one entry per group, in order");
        // Every place the suggestions know for the word is listed, not only the best few.
        let places_suggested = index.suggest("chengdu", 1000, Lang::En).iter().filter(|s| s.group == Group::Places).count();
        assert_eq!(found[0].1.len(), places_suggested);
        assert!(index.matches_in("", Group::WITHOUT_TAB, Lang::En).is_empty());
    }

    #[test]
    fn typing_on_narrows_the_last_search_and_finds_the_same() {
        let catalog = Catalog::new(Arc::new(crate::synth::synthetic_bundle(2_000)));
        let typed = SearchIndex::new(&catalog);
        let everything = typed.candidates.len();
        let mut scanned = Vec::new();
        for word in ["c", "ch", "che", "chen", "cheng", "chengdu", "cheng", "chengdu z"] {
            let fresh = SearchIndex::new(&catalog);
            assert_eq!(typed.suggest(word, 8, Lang::Zh), fresh.suggest(word, 8, Lang::Zh), "{word}");
            assert_eq!(typed.matches_in(word, Group::WITHOUT_TAB, Lang::En), fresh.matches_in(word, Group::WITHOUT_TAB, Lang::En), "{word}");
            scanned.push(typed.candidates_scanned_by_last_search());
        }
        assert_eq!(scanned[0], everything, "the first letter looks at every record");
        assert!(scanned[1] < everything && scanned[4] <= scanned[3], "typing on narrows: {scanned:?}");
        assert_eq!(scanned[6], everything, "deleting a letter starts again: {scanned:?}");
        assert!(scanned[7] <= scanned[5], "a new word narrows too: {scanned:?}");
    }

    #[test]
    fn groups_follow_their_best_suggestion() {
        let s = |group, label: &str| Suggestion { group, label: label.into(), detail: String::new(), go: Go::Close };
        let grouped = grouped(&[s(Group::Organisations, "a"), s(Group::Places, "b"), s(Group::Organisations, "c")]);
        let shape: Vec<(Group, usize)> = grouped.iter().map(|(g, m)| (*g, m.len())).collect();
        assert_eq!(shape, [(Group::Organisations, 2), (Group::Places, 1)]);
    }
}
