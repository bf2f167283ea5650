//! The results list: one row per initiative or organisation, and the sentences around it.

use crate::i18n::Strings;
use super::Entry;
use crate::filter::{Catalog, Facet, Tab};
use crate::labels::Named;
use crate::model::RecordKind;

/// One initiative or organisation in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    /// Opens its detail panel.
    pub link: Entry,
    /// Its kind or type.
    pub badge: &'static str,
    /// Dates and status (initiatives) or country (organisations).
    pub meta: Vec<String>,
    pub places: Vec<Entry>,
    /// Sector names, comma-separated.
    pub sectors: String,
}

impl ResultRow {
    /// The row of record `index` of `tab`'s list (an index from `Results::matches`).
    pub fn of(catalog: &Catalog, t: &Strings, tab: Tab, index: u32) -> ResultRow {
        let b = &catalog.bundle;
        let places = |ids: &[String]| {
            ids.iter().filter_map(|id| catalog.place(id)).map(|p| Entry::filter_to(Facet::Place, &p.id, &p.name_in(t.lang))).collect()
        };
        let sectors = |ids: &[String]| {
            ids.iter().filter_map(|id| catalog.sector(id)).map(|s| s.name_in(t.lang)).collect::<Vec<_>>().join(t.comma)
        };
        match tab {
            Tab::Initiatives => {
                let r = &b.initiatives[index as usize];
                let when = match (&r.date, &r.end_date) {
                    (Some(start), Some(end)) => (t.date_range)(start, end),
                    (Some(start), None) => (t.date)(start),
                    _ => t.undated.into(),
                };
                ResultRow {
                    link: Entry::open(RecordKind::Initiative, &r.id, &r.name),
                    badge: r.kind.label_in(t.lang),
                    meta: vec![when, r.status.label_in(t.lang).to_owned()],
                    places: places(&r.places),
                    sectors: sectors(&r.sectors),
                }
            }
            Tab::Organisations => {
                let r = &b.organisations[index as usize];
                let country = r.country.as_deref().and_then(|c| catalog.country(c)).map(|c| c.name_in(t.lang).to_owned());
                ResultRow {
                    link: Entry::organisation(r),
                    badge: r.kind.label_in(t.lang),
                    meta: country.into_iter().collect(),
                    places: places(&r.places),
                    sectors: sectors(&r.sectors),
                }
            }
        }
    }
}

/// "30 of 102 matching initiatives shown (102 in all)".
pub fn results_summary(t: &Strings, tab: Tab, matching: usize, shown: usize, total: usize) -> String {
    (t.results_summary)(matching.min(shown), matching, tab.noun(), total)
}

/// What the live region says after a change: "3 initiatives match."
pub fn announcement(t: &Strings, tab: Tab, matching: usize) -> String {
    (t.announcement)(matching, tab.noun())
}

#[cfg(test)]
mod tests {
    use super::*;
    const EN: &Strings = &crate::i18n::ENGLISH;

    #[test]
    fn rows_read_like_the_records() {
        let catalog = super::super::small_catalog();
        let row = ResultRow::of(&catalog, EN, Tab::Initiatives, 0);
        assert_eq!(row.link.label, "Solar mission to Chengdu");
        assert_eq!((row.badge, row.meta.clone()), ("Mission", vec!["2018-06".to_owned(), "Done".to_owned()]));
        assert_eq!(row.places.iter().map(|p| p.label.as_str()).collect::<Vec<_>>(), ["Chengdu", "Málaga"]);
        assert_eq!(row.sectors, "Solar energy");
        let org = ResultRow::of(&catalog, EN, Tab::Organisations, 0);
        assert_eq!((org.badge, org.meta), ("Cluster", vec!["Spain".to_owned()]));
    }

    #[test]
    fn sentences_count_right() {
        assert_eq!(results_summary(EN, Tab::Initiatives, 102, 30, 102), "30 of 102 matching initiatives shown (102 in all)");
        assert_eq!(announcement(EN, Tab::Organisations, 1), "1 organisation matches.");
        assert_eq!(announcement(EN, Tab::Initiatives, 0), "0 initiatives match.");
        let zh = &crate::i18n::CHINESE;
        assert_eq!(announcement(zh, Tab::Initiatives, 3), "3 项合作举措符合条件。");
        assert_eq!(results_summary(zh, Tab::Organisations, 40, 30, 144), "符合条件的组织：显示 30 个，共 40 个（全部 144 个）");
    }
}
