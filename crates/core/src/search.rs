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
use crate::filter::words::{END, INSIDE, START, Vocabulary, VocabularyBuilder, WHOLE, any_marked};
use crate::filter::{Catalog, Facet, Query, Sort, Tab};
use crate::i18n::Lang;
use crate::labels::Named;
use crate::model::{Bundle, OrganisationKind, RecordKind};
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
    /// Which record: its suggestion is written only when it is shown.
    record: Record,
    /// Its name, then its acronyms, aliases and other spellings, each as the numbers of its
    /// words in order (in the index's vocabulary) and ended by [`PHRASE_END`]. A query is
    /// matched against these numbers, never against a text: see [`Candidate::tier`].
    phrases: Box<[u32]>,
    /// The words of its description (and other text worth finding it by), each once.
    description: Box<[u32]>,
    /// Initiatives it has (ties go to the busier record).
    weight: u32,
    /// Its place among all candidates ordered by their English label: the last tie-break.
    label_rank: u32,
}

/// A record the search can suggest, by its index among the bundle's records of its kind (or
/// the organisation types').
#[derive(Debug, Clone, Copy)]
enum Record {
    Place(u32),
    Sector(u32),
    Country(u32),
    OrganisationType(u32),
    Organisation(u32),
    Initiative(u32),
    Milestone(u32),
    Story(u32),
    Figure(u32),
}

impl Record {
    fn group(self) -> Group {
        match self {
            Record::Place(_) => Group::Places,
            Record::Sector(_) => Group::Sectors,
            Record::Country(_) => Group::Countries,
            Record::OrganisationType(_) => Group::OrganisationTypes,
            Record::Organisation(_) => Group::Organisations,
            Record::Initiative(_) => Group::Initiatives,
            Record::Milestone(_) => Group::Milestones,
            Record::Story(_) => Group::Stories,
            Record::Figure(_) => Group::Figures,
        }
    }

    /// Its name as the suggestions show it in `lang` ("Chengdu 成都" in English).
    fn label(self, b: &Bundle, lang: Lang) -> String {
        match self {
            Record::Place(i) => {
                let p = &b.places[i as usize];
                match (lang, &p.name_zh) {
                    (Lang::En, Some(zh)) => format!("{} {zh}", p.name),
                    _ => p.name_in(lang),
                }
            }
            Record::Sector(i) => b.sectors[i as usize].name_in(lang).to_owned(),
            Record::Country(i) => b.countries[i as usize].name_in(lang).to_owned(),
            Record::OrganisationType(i) => OrganisationKind::ALL[i as usize].label_in(lang).to_owned(),
            Record::Organisation(i) => b.organisations[i as usize].display_name(),
            Record::Initiative(i) => b.initiatives[i as usize].name.clone(),
            Record::Milestone(i) => b.milestones[i as usize].title.clone(),
            Record::Story(i) => b.stories[i as usize].title.clone(),
            Record::Figure(i) => {
                let f = &b.figures[i as usize];
                format!("{}: {}", f.as_printed, f.counts)
            }
        }
    }

    /// The record as the interface in `lang` suggests it.
    fn suggestion(self, catalog: &Catalog, lang: Lang) -> Suggestion {
        let b = &*catalog.bundle;
        // Its kind, then its country, side or date where known: "city · China".
        let detail = |kind: &str, extra: Option<String>| match extra {
            Some(extra) if !extra.is_empty() => format!("{} · {extra}", kind.to_lowercase()),
            _ => kind.to_lowercase(),
        };
        let country = |id: &str| catalog.country(id).map(|c| c.name_in(lang).to_owned());
        let date = |date: &str| (lang.strings().date)(date);
        let pick = |go: Go| Go::Pick(Box::new(go));
        let (detail, go) = match self {
            Record::Place(i) => {
                let p = &b.places[i as usize];
                (detail(p.kind.label_in(lang), country(&p.country)), pick(Go::FilterTo(Facet::Place, p.id.clone())))
            }
            Record::Sector(i) => {
                (detail(RecordKind::Sector.label_in(lang), None), pick(Go::FilterTo(Facet::Sector, b.sectors[i as usize].id.clone())))
            }
            Record::Country(i) => {
                let c = &b.countries[i as usize];
                (detail(Facet::Country.label_in(lang), Some(c.side.label_in(lang).into())), pick(Go::FilterTo(Facet::Country, c.id.clone())))
            }
            Record::OrganisationType(i) => {
                let kind = OrganisationKind::ALL[i as usize];
                (detail(Facet::OrgType.label_in(lang), None), pick(Go::FilterTo(Facet::OrgType, kind.id().to_owned())))
            }
            Record::Organisation(i) => {
                let o = &b.organisations[i as usize];
                let extra = o.country.as_deref().and_then(country);
                (detail(o.kind.label_in(lang), extra), pick(Go::Open(RecordKind::Organisation, o.id.clone())))
            }
            Record::Initiative(i) => {
                let initiative = &b.initiatives[i as usize];
                let extra = initiative.date.as_deref().map(date);
                (detail(initiative.kind.label_in(lang), extra), pick(Go::Open(RecordKind::Initiative, initiative.id.clone())))
            }
            Record::Milestone(i) => {
                let m = &b.milestones[i as usize];
                (detail(RecordKind::Milestone.label_in(lang), Some(date(&m.date))), pick(Go::Open(RecordKind::Milestone, m.id.clone())))
            }
            Record::Story(i) => (detail(RecordKind::Story.label_in(lang), None), pick(Go::Story(b.stories[i as usize].id.clone()))),
            Record::Figure(i) => {
                let f = &b.figures[i as usize];
                (detail(lang.strings().figure, None), pick(Go::Open(f.record.kind, f.record.id.clone())))
            }
        };
        Suggestion { group: self.group(), label: self.label(b, lang), detail, go }
    }
}

/// Ends each phrase of [`Candidate::phrases`].
const PHRASE_END: u32 = u32::MAX;

impl Candidate {
    /// A candidate for `record`, its words numbered in `vocabulary`. `names` are normalised,
    /// the name first; empty ones are left out.
    fn new(record: Record, names: &[String], description: &str, weight: u32, vocabulary: &mut VocabularyBuilder) -> Candidate {
        let mut phrases = Vec::new();
        for name in names.iter().filter(|n| !n.is_empty()) {
            phrases.extend(name.split(' ').map(|word| vocabulary.number(word)));
            phrases.push(PHRASE_END);
        }
        let description = vocabulary.words_of(description);
        Candidate { record, phrases: phrases.into(), description, weight, label_rank: 0 }
    }

    /// How a query matches, lower is better; `marks` has, for each of its terms in order, how
    /// each word of the vocabulary holds it ([`Vocabulary::containing`]).
    ///
    /// A normalised text is words joined by single spaces and a query is terms joined by single
    /// spaces, so "the name contains the query" is "some run of the name's words holds the
    /// terms: the first ends a word, the middle ones are whole words, the last begins a word"
    /// (one term alone: is in a word) — decided on word numbers, not by reading the name.
    fn tier(&self, marks: &[Vec<u8>]) -> Option<Tier> {
        // Every tier needs each term in some word of the record's texts: most records stop here.
        let in_phrases = |m: &[u8]| self.phrases.iter().any(|&w| w != PHRASE_END && m[w as usize] != 0);
        if marks.is_empty() || !marks.iter().all(|m| in_phrases(m) || any_marked(&self.description, m)) {
            return None;
        }
        let mut phrases = self.phrases.split(|&w| w == PHRASE_END).filter(|p| !p.is_empty());
        let Some(name) = phrases.next() else {
            return Some(Tier::Description);
        };
        let is_query = |words: &[u32]| words.len() == marks.len() && run_at(words, 0, marks, Run::Whole);
        // An acronym is an alias written as one word: it ranks like the name.
        if is_query(name) || (marks.len() == 1 && phrases.clone().any(|alias| alias.len() == 1 && is_query(alias))) {
            Some(Tier::ExactName)
        } else if run_at(name, 0, marks, Run::Starting) {
            Some(Tier::NamePrefix)
        } else if phrases.any(|alias| holds_run(alias, marks)) {
            Some(Tier::Alias)
        } else if holds_run(name, marks) {
            Some(Tier::NameContains)
        } else {
            Some(Tier::Description)
        }
    }
}

/// How a run of words must hold the query's terms.
#[derive(Clone, Copy)]
enum Run {
    /// Anywhere: a lone term in a word; else the first ends a word and the last begins one.
    Inside,
    /// From the first word's start: a lone term begins its word; else the first is a word.
    Starting,
    /// Exactly: every term is a word.
    Whole,
}

/// Whether the terms (their `marks`) are held by the words of `words` from `at` on as `run`
/// says; terms between the first and the last are always whole words.
fn run_at(words: &[u32], at: usize, marks: &[Vec<u8>], run: Run) -> bool {
    let last = marks.len() - 1;
    at + marks.len() <= words.len()
        && marks.iter().enumerate().all(|(j, m)| {
            let needed = match (j == 0, j == last, run) {
                (true, true, Run::Inside) => INSIDE,
                (true, true, Run::Starting) => START,
                (true, false, Run::Inside) => END,
                (false, true, Run::Inside | Run::Starting) => START,
                _ => WHOLE,
            };
            m[words[at + j] as usize] & needed == needed
        })
}

/// Whether `words` hold the query anywhere (see [`run_at`]).
fn holds_run(words: &[u32], marks: &[Vec<u8>]) -> bool {
    (0..words.len()).any(|at| run_at(words, at, marks, Run::Inside))
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} records)", self.candidates.len())
    }
}

/// The searchable texts of every record, normalised once per loaded bundle.
pub struct SearchIndex {
    candidates: Vec<Candidate>,
    /// Every word of the candidates' texts, once.
    vocabulary: Vocabulary,
    /// The recent searches' matches, by (normalised query, terms). Typing usually adds to the
    /// words, and a longer query can only match what the shorter one matched (every tier needs
    /// each word somewhere in the record's texts), so the next search looks at those records
    /// only: at 100,000 initiatives that is the difference between scanning every name on every
    /// keystroke and scanning a few. A deleted letter finds its search as it was.
    recent: std::sync::Mutex<Searches>,
}

#[derive(Default)]
struct Searches {
    recent: crate::filter::recent::Recent<(String, Vec<String>), Vec<(Tier, u32)>>,
    /// Candidates the last search compared with its query (for tests).
    scanned: usize,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let b = &catalog.bundle;
        let all_initiatives = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Name);
        let all_organisations = catalog.filter(&Query::default(), Tab::Organisations, Sort::Name);
        let weight = |facet: Facet, index: usize| all_initiatives.counts.of(facet).get(index).copied().unwrap_or(0);
        let mut organisation_weight = vec![0u32; b.organisations.len()];
        for initiative in &b.initiatives {
            for o in initiative.organisations.iter().filter_map(|o| catalog.organisation_ix(o)) {
                organisation_weight[o as usize] += 1;
            }
        }
        let names = |first: &str, others: &mut dyn Iterator<Item = &str>| -> Vec<String> {
            std::iter::once(normalize(first)).chain(others.map(normalize)).filter(|n| !n.is_empty()).collect()
        };
        let mut candidates = Vec::new();
        let mut vocabulary = VocabularyBuilder::default();
        let mut add = |record: Record, names: Vec<String>, description: String, weight: u32| {
            candidates.push(Candidate::new(record, &names, &description, weight, &mut vocabulary));
        };
        for (i, p) in b.places.iter().enumerate() {
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
            add(Record::Place(i as u32), names(&p.name, &mut others), String::new(), weight(Facet::Place, i));
        }
        for (i, s) in b.sectors.iter().enumerate() {
            let names = names(&s.name, &mut s.aliases.iter().map(String::as_str).chain(s.name_zh.as_deref()));
            add(Record::Sector(i as u32), names, normalize(s.summary.as_deref().unwrap_or("")), weight(Facet::Sector, i));
        }
        for (i, c) in b.countries.iter().enumerate() {
            add(Record::Country(i as u32), names(&c.name, &mut c.name_zh.as_deref().into_iter()), String::new(), weight(Facet::Country, i));
        }
        for (i, kind) in OrganisationKind::ALL.iter().enumerate() {
            let weight = all_organisations.counts.of(Facet::OrgType).get(i).copied().unwrap_or(0);
            add(Record::OrganisationType(i as u32), names(kind.label(), &mut std::iter::once(kind.label_in(Lang::Zh))), String::new(), weight);
        }
        for (i, o) in b.organisations.iter().enumerate() {
            let names = names(&o.name, &mut o.aliases.iter().map(String::as_str));
            add(Record::Organisation(i as u32), names, normalize(&o.description), organisation_weight[i]);
        }
        for (i, initiative) in b.initiatives.iter().enumerate() {
            // Initiatives are suggested by name: their descriptions are what the full-text
            // filter of the list under the box already searches, and scanning every one on
            // every keystroke would cost 100,000 descriptions at the largest data size.
            add(Record::Initiative(i as u32), names(&initiative.name, &mut std::iter::empty()), String::new(), 1);
        }
        for (i, m) in b.milestones.iter().enumerate() {
            add(Record::Milestone(i as u32), names(&m.title, &mut std::iter::empty()), normalize(&m.description), 0);
        }
        for (i, story) in b.stories.iter().enumerate() {
            add(Record::Story(i as u32), names(&story.title, &mut std::iter::empty()), normalize(&story.context.join(" ")), 0);
        }
        for (i, f) in b.figures.iter().enumerate() {
            add(Record::Figure(i as u32), Vec::new(), normalize(&format!("{} {}", f.as_printed, f.counts)), 0);
        }
        // Labels are written when shown; their order, the last tie-break, is kept from here.
        let mut by_label: Vec<(String, u32)> =
            candidates.iter().enumerate().map(|(i, c)| (c.record.label(b, Lang::En), i as u32)).collect();
        by_label.sort_unstable();
        for (rank, (_, i)) in by_label.into_iter().enumerate() {
            candidates[i as usize].label_rank = rank as u32;
        }
        SearchIndex { candidates, vocabulary: vocabulary.finish(), recent: Default::default() }
    }

    /// Every match for `query` as (tier, candidate), in candidate order; narrows the smallest
    /// recent search the query only adds to.
    fn found(&self, query: &str) -> Vec<(Tier, u32)> {
        let whole = normalize(query);
        if whole.is_empty() {
            return Vec::new();
        }
        let key = (whole, query_terms(query));
        let mut searches = self.recent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(found) = searches.recent.get(&key) {
            let found = found.clone();
            searches.scanned = 0;
            return found;
        }
        let (whole, terms) = &key;
        let narrows = |(old_whole, old_terms): &(String, Vec<String>)| {
            whole.contains(old_whole.as_str()) && crate::filter::recent::narrows(old_terms, terms)
        };
        let candidates: Vec<u32> = match searches.recent.smallest(narrows, Vec::len) {
            Some(previous) => previous.iter().map(|&(_, i)| i).collect(),
            None => (0..self.candidates.len() as u32).collect(),
        };
        searches.scanned = candidates.len();
        let marks = self.vocabulary.marks(terms);
        let found: Vec<(Tier, u32)> =
            candidates.into_iter().filter_map(|i| self.candidates[i as usize].tier(&marks).map(|t| (t, i))).collect();
        searches.recent.remember(key, found.clone());
        found
    }

    /// How many records the last search compared with its query: all, only a recent search's
    /// matches when it narrowed one, none when it was a recent search. For tests and benchmarks.
    pub fn candidates_scanned_by_last_search(&self) -> usize {
        self.recent.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).scanned
    }

    /// Every match for `query` among records of the groups `wanted` accepts, as (tier, busier
    /// first, place by label, candidate), unsorted.
    fn matches(&self, query: &str, wanted: impl Fn(Group) -> bool) -> Vec<(Tier, std::cmp::Reverse<u32>, u32, usize)> {
        self.found(query)
            .into_iter()
            .map(|(tier, i)| (tier, i as usize))
            .filter(|&(_, i)| wanted(self.candidates[i].record.group()))
            .map(|(tier, i)| {
                let c = &self.candidates[i];
                (tier, std::cmp::Reverse(c.weight), c.label_rank, i)
            })
            .collect()
    }

    /// Candidate `i` as the interface in `lang` shows it.
    fn shown(&self, catalog: &Catalog, i: usize, lang: Lang) -> Suggestion {
        self.candidates[i].record.suggestion(catalog, lang)
    }

    /// The `limit` best suggestions for `query`, best first (see the module's ranking).
    pub fn suggest(&self, catalog: &Catalog, query: &str, limit: usize, lang: Lang) -> Vec<Suggestion> {
        let mut ranked = self.matches(query, |_| true);
        let limit = limit.min(ranked.len());
        if limit == 0 {
            return Vec::new();
        }
        ranked.select_nth_unstable(limit - 1);
        ranked.truncate(limit);
        ranked.sort_unstable();
        ranked.into_iter().map(|(.., i)| self.shown(catalog, i, lang)).collect()
    }

    /// The records of `groups` that match `query`, kind by kind in [`Group`] order (kinds without
    /// matches left out): how many, and the best `limit(group)` written out, best first. Only
    /// those are written: a word as short as "c" matches most records of a large bundle.
    pub fn matches_in(
        &self,
        catalog: &Catalog,
        query: &str,
        groups: &[Group],
        lang: Lang,
        limit: impl Fn(Group) -> usize,
    ) -> Vec<KindMatches> {
        let mut ranked = self.matches(query, |group| groups.contains(&group));
        ranked.sort_unstable_by_key(|&(tier, weight, label_rank, i)| (self.candidates[i].record.group(), tier, weight, label_rank));
        ranked
            .chunk_by(|a, b| self.candidates[a.3].record.group() == self.candidates[b.3].record.group())
            .map(|kind| {
                let group = self.candidates[kind[0].3].record.group();
                let shown = kind.iter().take(limit(group)).map(|&(.., i)| self.shown(catalog, i, lang)).collect();
                KindMatches { group, total: kind.len(), shown }
            })
            .collect()
    }
}

/// The records of one kind that match a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindMatches {
    /// Which kind.
    pub group: Group,
    /// How many match.
    pub total: usize,
    /// The best of them, as many as were asked for, best first.
    pub shown: Vec<Suggestion>,
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

    fn labels(catalog: &Catalog, index: &SearchIndex, query: &str) -> Vec<String> {
        index.suggest(catalog, query, 8, Lang::En).into_iter().map(|s| s.label).collect()
    }

    #[test]
    fn names_spellings_and_chinese_find_the_place_first() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        let chengdu = catalog.place("chengdu").unwrap();
        for typed in ["chengdu", "Chéngdū", "成都", "CHENGDU", "cheng", "chéng dū", "ＣＨＥＮＧＤＵ"] {
            let first = index.suggest(&catalog, typed, 5, Lang::En).into_iter().next().unwrap_or_else(|| panic!("{typed}: no suggestion"));
            assert_eq!(first.go, Go::Pick(Box::new(Go::FilterTo(Facet::Place, chengdu.id.clone()))), "{typed}");
        }
        assert!(index.suggest(&catalog, "", 5, Lang::En).is_empty());
        assert!(index.suggest(&catalog, "!!!", 5, Lang::En).is_empty());
    }

    #[test]
    fn exact_name_before_prefix_before_description_and_ties_by_initiatives() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        for o in &catalog.bundle.organisations {
            let found = labels(&catalog, &index, &o.name);
            assert_eq!(found.first(), Some(&o.display_name()), "{}: {found:?}", o.name);
        }
        // Deterministic: the same query gives the same order.
        assert_eq!(labels(&catalog, &index, "a"), labels(&catalog, &index, "a"));
    }

    /// The ranking as it reads on the texts: what [`Candidate::tier`] decides on word numbers.
    fn tier_by_text(names: &[String], description: &str, query: &str) -> Option<Tier> {
        let whole = normalize(query);
        let terms = query_terms(query);
        let names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
        let in_texts = |t: &String| description.contains(t.as_str()) || names.iter().any(|n| n.contains(t.as_str()));
        if terms.is_empty() || !terms.iter().all(in_texts) {
            return None;
        }
        let Some((name, aliases)) = names.split_first() else { return Some(Tier::Description) };
        Some(if **name == whole || aliases.iter().any(|a| **a == whole && !a.contains(' ')) {
            Tier::ExactName
        } else if name.starts_with(&whole) {
            Tier::NamePrefix
        } else if aliases.iter().any(|a| a.contains(&whole)) {
            Tier::Alias
        } else if name.contains(&whole) {
            Tier::NameContains
        } else {
            Tier::Description
        })
    }

    proptest::proptest! {
        #[test]
        fn word_numbers_rank_as_the_texts_read(
            names in proptest::collection::vec("[abé成 ]{0,9}", 0..4),
            description in "[abé成 ]{0,12}",
            query in "[abé成 ]{0,7}",
        ) {
            let names: Vec<String> = names.iter().map(|n| normalize(n)).collect();
            let description = normalize(&description);
            let mut vocabulary = VocabularyBuilder::default();
            let candidate = Candidate::new(Record::Place(0), &names, &description, 0, &mut vocabulary);
            let vocabulary = vocabulary.finish();
            let marks = vocabulary.marks(&query_terms(&query));
            proptest::prop_assert_eq!(candidate.tier(&marks), tier_by_text(&names, &description, &query));
        }
    }

    #[test]
    fn figures_are_found_by_what_they_count() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        let figure = &catalog.bundle.figures[0];
        let found = index.matches_in(&catalog, "companies mission", &[Group::Figures], Lang::En, |_| 1);
        let label = format!("{}: {}", figure.as_printed, figure.counts);
        assert_eq!(found.first().map(|k| (k.group, k.shown[0].label.as_str())), Some((Group::Figures, label.as_str())), "{found:?}");
    }

    #[test]
    fn matches_of_kinds_without_a_tab_come_grouped_in_a_fixed_order() {
        let catalog = catalog();
        let index = SearchIndex::new(&catalog);
        let all = |_| usize::MAX;
        let found = index.matches_in(&catalog, "chengdu", Group::WITHOUT_TAB, Lang::En, all);
        let chengdu = Go::Pick(Box::new(Go::FilterTo(Facet::Place, "chengdu".into())));
        assert_eq!(found.first().map(|k| (k.group, &k.shown[0].go)), Some((Group::Places, &chengdu)));
        assert!(found.iter().all(|k| Group::WITHOUT_TAB.contains(&k.group)), "{found:?}");
        assert!(found.windows(2).all(|w| w[0].group < w[1].group), "one entry per group, in order");
        // Every place the suggestions know for the word is counted and, asked for all, listed in
        // the suggestions' order.
        let places_suggested: Vec<Suggestion> =
            index.suggest(&catalog, "chengdu", 1000, Lang::En).into_iter().filter(|s| s.group == Group::Places).collect();
        assert_eq!((found[0].total, &found[0].shown), (places_suggested.len(), &places_suggested));
        // Asked for the best one, the count is still of all.
        let best = index.matches_in(&catalog, "chengdu", Group::WITHOUT_TAB, Lang::En, |_| 1);
        assert_eq!((best[0].total, &best[0].shown[..]), (places_suggested.len(), &places_suggested[..1]));
        assert!(index.matches_in(&catalog, "", Group::WITHOUT_TAB, Lang::En, all).is_empty());
    }

    #[test]
    fn typing_on_narrows_a_recent_search_and_finds_the_same() {
        let catalog = Catalog::new(Arc::new(crate::synth::synthetic_bundle(2_000)));
        let typed = SearchIndex::new(&catalog);
        let everything = typed.candidates.len();
        let mut scanned = Vec::new();
        for word in ["c", "ch", "che", "chen", "cheng", "chengdu", "cheng", "chengdu z"] {
            let fresh = SearchIndex::new(&catalog);
            assert_eq!(typed.suggest(&catalog, word, 8, Lang::Zh), fresh.suggest(&catalog, word, 8, Lang::Zh), "{word}");
            scanned.push(typed.candidates_scanned_by_last_search());
            let [by_typed, by_fresh] =
                [&typed, &fresh].map(|index| index.matches_in(&catalog, word, Group::WITHOUT_TAB, Lang::En, |_| usize::MAX));
            assert_eq!(by_typed, by_fresh, "{word}");
        }
        assert_eq!(scanned[0], everything, "the first letter looks at every record");
        assert!(scanned[1] < everything && scanned[4] <= scanned[3], "typing on narrows: {scanned:?}");
        assert_eq!(scanned[6], 0, "a deleted letter finds its search as it was: {scanned:?}");
        assert!(scanned[7] <= scanned[5], "a new word narrows too: {scanned:?}");
        typed.suggest(&catalog, "mission", 8, Lang::En);
        assert_eq!(typed.candidates_scanned_by_last_search(), everything, "a new word looks at every record");
    }

    #[test]
    fn groups_follow_their_best_suggestion() {
        let s = |group, label: &str| Suggestion { group, label: label.into(), detail: String::new(), go: Go::Close };
        let grouped = grouped(&[s(Group::Organisations, "a"), s(Group::Places, "b"), s(Group::Organisations, "c")]);
        let shape: Vec<(Group, usize)> = grouped.iter().map(|(g, m)| (*g, m.len())).collect();
        assert_eq!(shape, [(Group::Organisations, 2), (Group::Places, 1)]);
    }
}
