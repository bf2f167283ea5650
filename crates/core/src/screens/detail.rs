//! The detail panel: one record in full, whatever its kind, as one shape the panel renders.
//! It depends on the record only — not on the filters — so typing leaves it alone.

use crate::i18n::Strings;
use super::sources::{SourceEntry, sources_of};
use super::Entry;
use crate::filter::{Catalog, Facet};
use crate::labels::Named;
use crate::model::{Citation, Figure, RecordKind, Story};
use crate::related::{figures_of, initiatives_in_place, initiatives_of_organisation, partner_places, parts_of, stories_in_sector};
use crate::url_state::{Go, ItemRef};

/// A titled row of links: "Places: Chengdu, Málaga".
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub title: &'static str,
    pub entries: Vec<Entry>,
    /// The editor inferred these entries; the text does not state them.
    pub inferred: bool,
}

/// A titled list: "Initiatives here (3)", "Members", "Partner places".
#[derive(Debug, Clone, PartialEq)]
pub struct DetailList {
    pub title: String,
    pub entries: Vec<Entry>,
}

/// Everything a detail panel shows, in the order shown. Empty parts are left out on screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    /// "Mission · 2018-06 · Done"
    pub kind_line: String,
    pub title: String,
    /// "Also: ELBE, …" — aliases, Chinese names, pinyin.
    pub also: Option<String>,
    pub paragraphs: Vec<String>,
    /// Short labelled lines: ("Sector as printed", "…").
    pub labelled: Vec<(&'static str, String)>,
    /// Titled paragraphs: ("What it offers EU clusters", "…").
    pub sections: Vec<(&'static str, String)>,
    pub part_of: Option<Entry>,
    pub facts: Vec<Fact>,
    pub lists: Vec<DetailList>,
    pub figures: Vec<Figure>,
    /// A story's full text on the stories view.
    pub full_story: Option<Entry>,
    /// The editor's note on a quirk of the text.
    pub note: Option<String>,
    /// "Inferred by the editor, not stated in the text: places."
    pub inferred: Option<String>,
    pub sources: Vec<SourceEntry>,
}

fn list(title: String, entries: Vec<Entry>) -> Option<DetailList> {
    (!entries.is_empty()).then_some(DetailList { title, entries })
}

fn counted(title: &str, entries: Vec<Entry>) -> Option<DetailList> {
    let title = format!("{title} ({})", entries.len());
    list(title, entries)
}

impl Detail {
    /// The panel of `item`, or `None` if the data has no such record.
    pub fn of(catalog: &Catalog, t: &Strings, item: &ItemRef) -> Option<Detail> {
        let b = &catalog.bundle;
        let id = item.id.as_str();
        let place_links = |ids: &[String]| -> Vec<Entry> {
            ids.iter().filter_map(|p| catalog.place(p)).map(|p| Entry::filter_to(Facet::Place, &p.id, &p.name_in(t.lang))).collect()
        };
        let sector_links = |ids: &[String]| -> Vec<Entry> {
            ids.iter().filter_map(|s| catalog.sector(s)).map(|s| Entry::filter_to(Facet::Sector, &s.id, s.name_in(t.lang))).collect()
        };
        let facts = |places: &[String], sectors: &[String], inferred: &[String]| -> Vec<Fact> {
            let inferred = |field: &str| inferred.iter().any(|f| f == field);
            [
                Fact { title: t.fact_places, entries: place_links(places), inferred: inferred("places") },
                Fact { title: t.fact_sectors, entries: sector_links(sectors), inferred: inferred("sectors") },
            ]
                .into_iter()
                .filter(|f| !f.entries.is_empty())
                .collect()
        };
        let open_initiative = |i: &crate::model::Initiative| Entry::open(RecordKind::Initiative, &i.id, &i.name);
        let open_organisation = Entry::organisation;
        let provenance = |detail: Detail, sources: &[Citation], note: &Option<String>, inferred: &[String]| Detail {
            note: note.clone(),
            inferred: (!inferred.is_empty())
                .then(|| (t.inferred_fields)(&inferred.join(t.comma))),
            sources: sources_of(catalog, sources),
            ..detail
        };
        let also = |names: Vec<String>| (!names.is_empty()).then(|| format!("{}{}", t.also, names.join(t.comma)));

        let detail = match item.kind {
            RecordKind::Initiative => {
                let r = catalog.initiative(id)?;
                let when = match (&r.date, &r.end_date) {
                    (Some(start), Some(end)) => (t.date_range)(start, end),
                    (Some(start), None) => (t.date)(start),
                    _ => t.undated.into(),
                };
                let detail = Detail {
                    kind_line: format!("{} · {when} · {}", r.kind.label_in(t.lang), r.status.label_in(t.lang)),
                    title: r.name.clone(),
                    paragraphs: vec![r.description.clone()],
                    part_of: r.part_of.as_deref().and_then(|p| catalog.initiative(p)).map(open_initiative),
                    facts: facts(&r.places, &r.sectors, &r.inferred),
                    lists: [
                        list(t.list_organisations.into(), r.organisations.iter().filter_map(|o| catalog.organisation(o)).map(open_organisation).collect()),
                        counted(t.list_parts, parts_of(b, id).into_iter().map(open_initiative).collect()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    figures: figures_of(b, RecordKind::Initiative, id).into_iter().cloned().collect(),
                    ..Detail::default()
                };
                provenance(detail, &r.sources, &r.note, &r.inferred)
            }
            RecordKind::Organisation => {
                let r = catalog.organisation(id)?;
                let detail = Detail {
                    kind_line: format!("{}{}", r.kind.label_in(t.lang), if r.inferred.iter().any(|f| f == "kind") { t.inferred_mark } else { "" }),
                    title: r.display_name(),
                    also: also(r.aliases.clone()),
                    paragraphs: vec![r.description.clone()],
                    labelled: r.sector_label.iter().map(|l| (t.sector_as_printed, l.clone())).collect(),
                    sections: r.support_offered.iter().map(|s| (t.offers_clusters, s.clone())).collect(),
                    facts: facts(&r.places, &r.sectors, &r.inferred),
                    lists: [
                        list(t.list_members.into(), r.members.iter().filter_map(|m| catalog.organisation(m)).map(open_organisation).collect()),
                        counted(t.list_initiatives, initiatives_of_organisation(b, id).into_iter().map(open_initiative).collect()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    figures: figures_of(b, RecordKind::Organisation, id).into_iter().cloned().collect(),
                    ..Detail::default()
                };
                provenance(detail, &r.sources, &r.note, &r.inferred)
            }
            RecordKind::Place => {
                let p = catalog.place(id)?;
                let country = catalog.country(&p.country).map(|c| c.name_in(t.lang).to_owned()).unwrap_or_default();
                let names = [p.name_zh.clone(), p.pinyin.clone()].into_iter().flatten().chain(p.aliases.iter().cloned()).collect();
                let partners = partner_places(catalog, p)
                    .into_iter()
                    .map(|(q, n)| Entry::filter_to(Facet::Place, &q.id, &q.name_in(t.lang)).with_note((t.shared)(n)))
                    .collect();
                let detail = Detail {
                    kind_line: format!("{} · {country}", p.kind.label_in(t.lang)),
                    title: p.name_in(t.lang),
                    also: also(names),
                    lists: [
                        list(t.partner_places.into(), partners),
                        counted(t.initiatives_here, initiatives_in_place(catalog, id).into_iter().map(open_initiative).collect()),
                        list(
                            t.organisations_here.into(),
                            b.organisations.iter().filter(|o| o.places.iter().any(|q| q == id)).map(open_organisation).collect(),
                        ),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    ..Detail::default()
                };
                provenance(detail, &p.sources, &p.note, &p.inferred)
            }
            RecordKind::Sector => {
                let s = catalog.sector(id)?;
                let detail = Detail {
                    kind_line: RecordKind::Sector.label_in(t.lang).to_owned(),
                    title: s.name_in(t.lang).to_owned(),
                    paragraphs: s.summary.iter().cloned().collect(),
                    lists: list(
                        t.success_stories.into(),
                        stories_in_sector(b, id).into_iter().map(|st| Entry::open(RecordKind::Story, &st.id, &st.title)).collect(),
                    )
                    .into_iter()
                    .collect(),
                    figures: figures_of(b, RecordKind::Sector, id).into_iter().cloned().collect(),
                    ..Detail::default()
                };
                provenance(detail, &s.sources, &s.note, &s.inferred)
            }
            RecordKind::Milestone => {
                let m = b.milestones.iter().find(|m| m.id == id)?;
                let detail = Detail {
                    kind_line: format!("{} · {}", RecordKind::Milestone.label_in(t.lang), (t.date)(&m.date)),
                    title: m.title.clone(),
                    paragraphs: vec![m.description.clone()],
                    ..Detail::default()
                };
                provenance(detail, &m.sources, &m.note, &m.inferred)
            }
            RecordKind::Story => {
                let s = b.stories.iter().find(|s| s.id == id)?;
                let detail = Detail {
                    kind_line: RecordKind::Story.label_in(t.lang).to_owned(),
                    title: s.title.clone(),
                    paragraphs: vec![s.objective.clone()],
                    full_story: Some(Entry { label: t.read_full_story.into(), go: Go::Story(s.id.clone()), note: None }),
                    ..Detail::default()
                };
                provenance(detail, &s.sources, &s.note, &s.inferred)
            }
        };
        Some(detail)
    }
}

/// A success story's links: its partners, sectors and initiatives.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryLinks {
    pub partners: Vec<Entry>,
    pub sectors: Vec<Entry>,
    pub initiatives: Vec<Entry>,
}

impl StoryLinks {
    pub fn of(catalog: &Catalog, t: &Strings, story: &Story) -> StoryLinks {
        StoryLinks {
            partners: story.partners.iter().filter_map(|p| catalog.organisation(p)).map(Entry::organisation).collect(),
            sectors: story.sectors.iter().filter_map(|s| catalog.sector(s)).map(|s| Entry::filter_to(Facet::Sector, &s.id, s.name_in(t.lang))).collect(),
            initiatives: story.initiatives.iter().filter_map(|i| catalog.initiative(i)).map(|i| Entry::open(RecordKind::Initiative, &i.id, &i.name)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(kind: RecordKind, id: &str) -> Option<Detail> {
        Detail::of(&super::super::small_catalog(), &crate::i18n::ENGLISH, &ItemRef { kind, id: id.into() })
    }

    #[test]
    fn a_place_lists_its_partners_initiatives_and_organisations() {
        let chengdu = open(RecordKind::Place, "chengdu").unwrap();
        assert_eq!(chengdu.title, "Chengdu");
        assert_eq!(chengdu.kind_line, "City · China");
        assert_eq!(chengdu.also.as_deref(), Some("Also: 成都, Chéngdū, Chendgu"));
        let titles: Vec<&str> = chengdu.lists.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["Partner places", "Initiatives here (1)"]);
        assert_eq!(chengdu.lists[0].entries[0].note.as_deref(), Some("(1 shared)"));
    }

    #[test]
    fn an_initiative_has_facts_organisations_and_sources() {
        let mission = open(RecordKind::Initiative, "example-mission").unwrap();
        assert_eq!(mission.kind_line, "Mission · 2018-06 · Done");
        assert_eq!(mission.facts.iter().map(|f| f.title).collect::<Vec<_>>(), ["Places", "Sectors"]);
        assert_eq!(mission.lists[0].title, "Organisations");
        assert_eq!(mission.sources.len(), 1);
    }

    #[test]
    fn an_organisation_of_type_other_is_labelled_other() {
        let catalog = super::super::small_catalog();
        let mut bundle = (*catalog.bundle).clone();
        bundle.organisations[0].kind = crate::model::OrganisationKind::Other;
        let catalog = Catalog::new(std::sync::Arc::new(bundle));
        let detail = Detail::of(&catalog, &crate::i18n::ENGLISH, &ItemRef { kind: RecordKind::Organisation, id: "example-cluster".into() }).unwrap();
        assert_eq!(detail.kind_line, "Other");
    }

    #[test]
    fn unknown_records_have_no_panel() {
        assert!(open(RecordKind::Initiative, "nothing").is_none());
        assert!(open(RecordKind::Story, "nothing").is_none());
    }
}
