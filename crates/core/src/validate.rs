//! Checks a parsed bundle beyond its types: unique ids, resolving references, coordinates in
//! range, valid dates, a source on every record, no orphan sectors or places.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.
//! each naming the record and the field, so an editor fixes a broken bundle in one pass.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::fmt;

use crate::model::{Bundle, Citation, RecordKind};

/// One thing wrong with a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record, e.g. `initiatives/chengdu-mission` or `meta`.
    pub record: String,
    /// The field, e.g. `places[1]` or `lat`.
    pub field: String,
    /// What is wrong: each language's table says it in words (`Strings::flaw`).
    pub flaw: Flaw,
}

/// What is wrong with a field, for each language's table to say (`Strings::flaw`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flaw {
    NoDocuments,
    NotADate(String),
    /// A footnote's document id that is not one of the source documents.
    FootnoteDocument(String),
    NotWebAddress(String),
    NotASlug,
    /// Used by more than one record of this kind (a plural noun: "places").
    DuplicateId(String),
    NotCountryCode,
    FootnoteTwice,
    UnknownReference { target: String, kind: String },
    NotFinite,
    OwnAncestor,
    NotLatitude(String),
    NotLongitude(String),
    EndBeforeStart { start: String, end: String },
    NoSource,
    CitedDocument(String),
    EmptySection,
    UnknownFootnote { number: u32, document: String },
    NoChineseName,
    NoPinyin,
    UnusedSector,
    UnusedPlace,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} · {}: {}", self.record, self.field, (crate::i18n::ENGLISH.flaw)(&self.flaw))
    }
}

/// Every problem of `bundle`; empty when it is sound.
pub fn validate(bundle: &Bundle) -> Vec<Problem> {
    let mut check = Checker::new(bundle);
    check.meta();
    check.ids();
    check.references();
    check.coordinates();
    check.dates();
    check.sources();
    check.orphans();
    check.chinese_names();
    check.problems
}

/// `true` for a lower-case ASCII slug: `renewable-energy`, `cn`, `pilot-2-issue-1`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `true` for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day.
pub fn is_partial_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let Some(year) = parts.first().and_then(|y| number(y, 4)) else { return false };
    match parts.as_slice() {
        [_] => true,
        [_, m] => number(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [_, m, d] => match (number(m, 2), number(d, 2)) {
            (Some(m), Some(d)) if (1..=12).contains(&m) => d >= 1 && d <= days_in_month(year, m),
            _ => false,
        },
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The ids of each kind, for resolving references.
struct Index<'a> {
    sectors: HashSet<&'a str>,
    countries: HashSet<&'a str>,
    places: HashSet<&'a str>,
    organisations: HashSet<&'a str>,
    initiatives: HashSet<&'a str>,
    milestones: HashSet<&'a str>,
    stories: HashSet<&'a str>,
    documents: HashSet<&'a str>,
    footnotes: HashSet<(&'a str, u32)>,
}

struct Checker<'a> {
    bundle: &'a Bundle,
    index: Index<'a>,
    problems: Vec<Problem>,
}

/// A record's name in a problem report, `initiatives/some-id`: written only when there is a
/// problem to report (a big bundle has hundreds of thousands of records and references).
#[derive(Clone, Copy)]
struct RecordName<'a>(&'static str, &'a str);

impl Display for RecordName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.0, self.1)
    }
}

/// A list field's item in a problem report, `places[2]`.
struct Item<'a>(&'a str, usize);

impl Display for Item<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

fn ids<'a, T>(records: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashSet<&'a str> {
    records.iter().map(id).collect()
}

impl<'a> Checker<'a> {
    fn new(bundle: &'a Bundle) -> Self {
        let index = Index {
            sectors: ids(&bundle.sectors, |r| &r.id),
            countries: ids(&bundle.countries, |r| &r.id),
            places: ids(&bundle.places, |r| &r.id),
            organisations: ids(&bundle.organisations, |r| &r.id),
            initiatives: ids(&bundle.initiatives, |r| &r.id),
            milestones: ids(&bundle.milestones, |r| &r.id),
            stories: ids(&bundle.stories, |r| &r.id),
            documents: ids(&bundle.meta.documents, |r| &r.id),
            footnotes: bundle.footnotes.iter().map(|f| (f.document.as_str(), f.number)).collect(),
        };
        Checker { bundle, index, problems: Vec::new() }
    }

    fn report(&mut self, record: impl Display, field: impl Display, flaw: Flaw) {
        self.problems.push(Problem { record: record.to_string(), field: field.to_string(), flaw });
    }

    fn meta(&mut self) {
        let meta = &self.bundle.meta;
        if meta.documents.is_empty() {
            self.report("meta", "documents", Flaw::NoDocuments);
        }
        if !is_partial_date(&meta.generated_at) {
            self.report("meta", "generated_at", Flaw::NotADate(meta.generated_at.clone()));
        }
        for (i, doc) in meta.documents.iter().enumerate() {
            if !is_partial_date(&doc.date) {
                self.report("meta", format!("documents[{i}].date"), Flaw::NotADate(doc.date.clone()));
            }
        }
        for note in &self.bundle.footnotes {
            let record = format!("footnotes/{}-{}", note.document, note.number);
            if !self.index.documents.contains(note.document.as_str()) {
                self.report(&record, "document", Flaw::FootnoteDocument(note.document.clone()));
            }
            if let Some(url) = &note.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                self.report(&record, "url", Flaw::NotWebAddress(url.clone()));
            }
        }
    }

    fn ids(&mut self) {
        let b = self.bundle;
        let kinds: [(&str, Vec<&str>); 9] = [
            ("documents", b.meta.documents.iter().map(|r| r.id.as_str()).collect()),
            ("sectors", b.sectors.iter().map(|r| r.id.as_str()).collect()),
            ("countries", b.countries.iter().map(|r| r.id.as_str()).collect()),
            ("places", b.places.iter().map(|r| r.id.as_str()).collect()),
            ("organisations", b.organisations.iter().map(|r| r.id.as_str()).collect()),
            ("initiatives", b.initiatives.iter().map(|r| r.id.as_str()).collect()),
            ("figures", b.figures.iter().map(|r| r.id.as_str()).collect()),
            ("milestones", b.milestones.iter().map(|r| r.id.as_str()).collect()),
            ("stories", b.stories.iter().map(|r| r.id.as_str()).collect()),
        ];
        for (kind, ids) in kinds {
            let mut seen = HashSet::new();
            for id in ids {
                if !is_slug(id) {
                    self.report(
                        RecordName(kind, id),
                        "id",
                        Flaw::NotASlug,
                    );
                }
                if !seen.insert(id) {
                    self.report(RecordName(kind, id), "id", Flaw::DuplicateId(kind.to_string()));
                }
            }
        }
        for country in &b.countries {
            if !(country.id.len() == 2 || country.id == "eu") {
                self.report(RecordName("countries", &country.id), "id", Flaw::NotCountryCode);
            }
        }
        let mut seen = HashSet::new();
        for note in &b.footnotes {
            if !seen.insert((note.document.as_str(), note.number)) {
                self.report(
                    format!("footnotes/{}-{}", note.document, note.number),
                    "number",
                    Flaw::FootnoteTwice,
                );
            }
        }
    }

    /// Reports `field` of `record` when `target` is not an id of `kind`.
    fn resolve(&mut self, record: RecordName, field: impl Display, target: &str, kind: &str) {
        let known = match kind {
            "sectors" => &self.index.sectors,
            "countries" => &self.index.countries,
            "places" => &self.index.places,
            "organisations" => &self.index.organisations,
            "initiatives" => &self.index.initiatives,
            "milestones" => &self.index.milestones,
            "stories" => &self.index.stories,
            _ => unreachable!("unknown kind {kind}"),
        };
        if !known.contains(target) {
            self.report(record, field, Flaw::UnknownReference { target: target.to_string(), kind: kind.to_string() });
        }
    }

    fn resolve_all(&mut self, record: RecordName, field: &str, targets: &[String], kind: &str) {
        for (i, target) in targets.iter().enumerate() {
            self.resolve(record, Item(field, i), target, kind);
        }
    }

    fn references(&mut self) {
        let b = self.bundle;
        for s in &b.sectors {
            if let Some(parent) = &s.parent {
                self.resolve(RecordName("sectors", &s.id), "parent", parent, "sectors");
            }
        }
        self.sector_cycles();
        for p in &b.places {
            let record = RecordName("places", &p.id);
            self.resolve(record, "country", &p.country, "countries");
            if let Some(within) = &p.within {
                self.resolve(record, "within", within, "places");
            }
        }
        for o in &b.organisations {
            let record = RecordName("organisations", &o.id);
            if let Some(country) = &o.country {
                self.resolve(record, "country", country, "countries");
            }
            self.resolve_all(record, "places", &o.places, "places");
            self.resolve_all(record, "sectors", &o.sectors, "sectors");
            self.resolve_all(record, "members", &o.members, "organisations");
        }
        for i in &b.initiatives {
            let record = RecordName("initiatives", &i.id);
            if let Some(part_of) = &i.part_of {
                self.resolve(record, "part_of", part_of, "initiatives");
            }
            self.resolve_all(record, "places", &i.places, "places");
            self.resolve_all(record, "organisations", &i.organisations, "organisations");
            self.resolve_all(record, "sectors", &i.sectors, "sectors");
        }
        for f in &b.figures {
            let kind = match f.record.kind {
                RecordKind::Sector => "sectors",
                RecordKind::Place => "places",
                RecordKind::Organisation => "organisations",
                RecordKind::Initiative => "initiatives",
                RecordKind::Milestone => "milestones",
                RecordKind::Story => "stories",
            };
            self.resolve(RecordName("figures", &f.id), "record.id", &f.record.id, kind);
            if !f.value.is_finite() {
                self.report(RecordName("figures", &f.id), "value", Flaw::NotFinite);
            }
        }
        for s in &b.stories {
            let record = RecordName("stories", &s.id);
            self.resolve_all(record, "partners", &s.partners, "organisations");
            self.resolve_all(record, "sectors", &s.sectors, "sectors");
            self.resolve_all(record, "initiatives", &s.initiatives, "initiatives");
        }
    }

    /// A sector that is its own ancestor would make "a parent includes its subsectors" loop.
    fn sector_cycles(&mut self) {
        let parents: HashMap<&str, &str> =
            self.bundle.sectors.iter().filter_map(|s| Some((s.id.as_str(), s.parent.as_deref()?))).collect();
        for sector in &self.bundle.sectors {
            let mut current = sector.id.as_str();
            for _ in 0..=parents.len() {
                match parents.get(current) {
                    Some(&parent) if parent == sector.id => {
                        self.report(RecordName("sectors", &sector.id), "parent", Flaw::OwnAncestor);
                        break;
                    }
                    Some(&parent) => current = parent,
                    None => break,
                }
            }
        }
    }

    fn coordinates(&mut self) {
        for p in &self.bundle.places {
            let record = RecordName("places", &p.id);
            if !(p.lat.is_finite() && (-90.0..=90.0).contains(&p.lat)) {
                self.report(record, "lat", Flaw::NotLatitude(p.lat.to_string()));
            }
            if !(p.lon.is_finite() && (-180.0..=180.0).contains(&p.lon)) {
                self.report(record, "lon", Flaw::NotLongitude(p.lon.to_string()));
            }
        }
    }

    fn dates(&mut self) {
        for i in &self.bundle.initiatives {
            let record = RecordName("initiatives", &i.id);
            for (field, date) in [("date", &i.date), ("end_date", &i.end_date)] {
                if let Some(date) = date
                    && !is_partial_date(date)
                {
                    self.report(record, field, Flaw::NotADate(date.to_string()));
                }
            }
            if let (Some(start), Some(end)) = (&i.date, &i.end_date)
                && end < start
                && !start.starts_with(end.as_str())
            {
                self.report(record, "end_date", Flaw::EndBeforeStart { start: start.clone(), end: end.clone() });
            }
        }
        for m in &self.bundle.milestones {
            if !is_partial_date(&m.date) {
                self.report(RecordName("milestones", &m.id), "date", Flaw::NotADate(m.date.clone()));
            }
        }
    }

    fn sources(&mut self) {
        let b = self.bundle;
        let records = b
            .sectors
            .iter()
            .map(|r| (RecordName("sectors", &r.id), &r.sources))
            .chain(b.countries.iter().map(|r| (RecordName("countries", &r.id), &r.sources)))
            .chain(b.places.iter().map(|r| (RecordName("places", &r.id), &r.sources)))
            .chain(b.organisations.iter().map(|r| (RecordName("organisations", &r.id), &r.sources)))
            .chain(b.initiatives.iter().map(|r| (RecordName("initiatives", &r.id), &r.sources)))
            .chain(b.figures.iter().map(|r| (RecordName("figures", &r.id), &r.sources)))
            .chain(b.milestones.iter().map(|r| (RecordName("milestones", &r.id), &r.sources)))
            .chain(b.stories.iter().map(|r| (RecordName("stories", &r.id), &r.sources)));
        for (record, sources) in records {
            self.citations(record, sources);
        }
    }

    fn citations(&mut self, record: RecordName, sources: &[Citation]) {
        if sources.is_empty() {
            self.report(record, "sources", Flaw::NoSource);
        }
        for (i, citation) in sources.iter().enumerate() {
            if !self.index.documents.contains(citation.document.as_str()) {
                self.report(record, format_args!("sources[{i}].document"), Flaw::CitedDocument(citation.document.clone()));
            }
            if citation.section.trim().is_empty() {
                self.report(record, format_args!("sources[{i}].section"), Flaw::EmptySection);
            }
            for number in &citation.footnotes {
                if !self.index.footnotes.contains(&(citation.document.as_str(), *number)) {
                    let flaw = Flaw::UnknownFootnote { number: *number, document: citation.document.clone() };
                    self.report(record, format_args!("sources[{i}].footnotes"), flaw);
                }
            }
        }
    }

    /// The Chinese interface names every sector and country in Chinese.
    fn chinese_names(&mut self) {
        let b = self.bundle;
        let missing = |name_zh: &Option<String>| name_zh.as_deref().is_none_or(|n| n.trim().is_empty());
        for s in b.sectors.iter().filter(|s| missing(&s.name_zh)) {
            self.report(RecordName("sectors", &s.id), "name_zh", Flaw::NoChineseName);
        }
        for c in b.countries.iter().filter(|c| missing(&c.name_zh)) {
            self.report(RecordName("countries", &c.id), "name_zh", Flaw::NoChineseName);
        }
        for c in b.countries.iter().filter(|c| missing(&c.pinyin)) {
            self.report(RecordName("countries", &c.id), "pinyin", Flaw::NoPinyin);
        }
    }

    /// Every sector and place must be reachable from some record, or it could never be shown.
    fn orphans(&mut self) {
        let b = self.bundle;
        let mut used_sectors: HashSet<&str> = HashSet::new();
        used_sectors.extend(b.organisations.iter().flat_map(|o| o.sectors.iter().map(String::as_str)));
        used_sectors.extend(b.initiatives.iter().flat_map(|i| i.sectors.iter().map(String::as_str)));
        used_sectors.extend(b.stories.iter().flat_map(|s| s.sectors.iter().map(String::as_str)));
        used_sectors.extend(b.sectors.iter().filter_map(|s| s.parent.as_deref()));
        for s in &b.sectors {
            if !used_sectors.contains(s.id.as_str()) {
                self.report(RecordName("sectors", &s.id), "id", Flaw::UnusedSector);
            }
        }
        let mut used_places: HashSet<&str> = HashSet::new();
        used_places.extend(b.organisations.iter().flat_map(|o| o.places.iter().map(String::as_str)));
        used_places.extend(b.initiatives.iter().flat_map(|i| i.places.iter().map(String::as_str)));
        used_places.extend(b.places.iter().filter_map(|p| p.within.as_deref()));
        for p in &b.places {
            if !used_places.contains(p.id.as_str()) {
                self.report(RecordName("places", &p.id), "id", Flaw::UnusedPlace);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_bundle;

    fn fixture() -> Bundle {
        parse_bundle(include_str!("../tests/fixtures/small-bundle.json")).unwrap()
    }

    fn problems_of(bundle: &Bundle) -> Vec<String> {
        validate(bundle).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_fixture_is_sound() {
        assert_eq!(problems_of(&fixture()), Vec::<String>::new());
    }

    #[test]
    fn a_dangling_reference_names_record_and_field() {
        let mut bundle = fixture();
        bundle.initiatives[0].places.push("atlantis".into());
        assert_eq!(
            problems_of(&bundle),
            ["initiatives/example-mission · places[2]: refers to `atlantis`, which is not one of the places"]
        );
    }

    #[test]
    fn a_duplicate_id_is_reported() {
        let mut bundle = fixture();
        let copy = bundle.places[0].clone();
        bundle.places.push(copy);
        assert_eq!(problems_of(&bundle), ["places/chengdu · id: is used by more than one of the places"]);
    }

    #[test]
    fn a_bad_coordinate_is_reported() {
        let mut bundle = fixture();
        bundle.places[1].lat = 136.7;
        bundle.places[1].lon = f64::NAN;
        assert_eq!(
            problems_of(&bundle),
            [
                "places/malaga · lat: 136.7 is not a latitude (-90 to 90)",
                "places/malaga · lon: NaN is not a longitude (-180 to 180)",
            ]
        );
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let mut bundle = fixture();
        bundle.initiatives[0].sources.clear();
        bundle.initiatives[0].date = Some("2018-02-30".into());
        bundle.organisations[0].sectors = vec!["Solar".into()];
        bundle.figures[0].record.id = "nothing".into();
        let problems = problems_of(&bundle);
        assert!(
            problems.contains(
                &"initiatives/example-mission · sources: has no source: cite the document and section".into()
            )
        );
        assert!(problems.contains(
            &"initiatives/example-mission · date: `2018-02-30` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".into()
        ));
        assert!(problems.contains(
            &"organisations/example-cluster · sectors[0]: refers to `Solar`, which is not one of the sectors".into()
        ));
        assert!(problems.contains(&"figures/example-mission-companies · record.id: refers to `nothing`, which is not one of the initiatives".into()));
        // The solar sector is now used by nothing but the initiative; its parent stays used.
        assert_eq!(problems.len(), 4, "{problems:#?}");
    }

    #[test]
    fn orphans_and_cycles_are_reported() {
        let mut bundle = fixture();
        bundle.initiatives[0].places.retain(|p| p != "malaga");
        bundle.organisations[0].places.clear();
        bundle.sectors[0].parent = Some("solar-energy".into());
        let problems = problems_of(&bundle);
        assert!(
            problems.contains(&"places/malaga · id: no organisation or initiative happens in this place".into()),
            "{problems:#?}"
        );
        assert!(
            problems.contains(&"sectors/renewable-energy · parent: makes the sector its own ancestor".into()),
            "{problems:#?}"
        );
    }

    #[test]
    fn unknown_footnote_and_document_are_reported() {
        let mut bundle = fixture();
        bundle.initiatives[0].sources[0].footnotes = vec![99];
        bundle.places[0].sources[0].document = "unknown-doc".into();
        assert_eq!(
            problems_of(&bundle),
            [
                "places/chengdu · sources[0].document: cites `unknown-doc`, which is not one of the source documents",
                "initiatives/example-mission · sources[0].footnotes: footnote 99 does not exist in `eccp-china-2019`",
            ]
        );
    }

    #[test]
    fn slugs_and_dates() {
        assert!(is_slug("renewable-energy") && is_slug("cn") && is_slug("pilot-2-issue-1"));
        assert!(!is_slug("Renewable") && !is_slug("a--b") && !is_slug("-a") && !is_slug("") && !is_slug("café"));
        assert!(is_partial_date("2019") && is_partial_date("2019-05") && is_partial_date("2016-02-29"));
        assert!(
            !is_partial_date("2019-13")
                && !is_partial_date("2019-02-29")
                && !is_partial_date("19")
                && !is_partial_date("2019/05")
        );
    }
}
