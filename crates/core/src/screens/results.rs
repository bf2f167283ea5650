//! The results list: one row per initiative or organisation, and the sentences around it.

use super::{Entry, count};
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
    pub fn of(catalog: &Catalog, tab: Tab, index: u32) -> ResultRow {
        let b = &catalog.bundle;
        let places = |ids: &[String]| {
            ids.iter().filter_map(|id| catalog.place(id)).map(|p| Entry::filter_to(Facet::Place, &p.id, &p.name)).collect()
        };
        let sectors = |ids: &[String]| {
            ids.iter().filter_map(|id| catalog.sector(id)).map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
        };
        match tab {
            Tab::Initiatives => {
                let r = &b.initiatives[index as usize];
                let when = match (&r.date, &r.end_date) {
                    (Some(start), Some(end)) => format!("{start} – {end}"),
                    (Some(start), None) => start.clone(),
                    _ => "undated".into(),
                };
                ResultRow {
                    link: Entry::open(RecordKind::Initiative, &r.id, &r.name),
                    badge: r.kind.label(),
                    meta: vec![when, r.status.label().to_owned()],
                    places: places(&r.places),
                    sectors: sectors(&r.sectors),
                }
            }
            Tab::Organisations => {
                let r = &b.organisations[index as usize];
                let country = r.country.as_deref().and_then(|c| catalog.country(c)).map(|c| c.name.clone());
                ResultRow {
                    link: Entry::organisation(r),
                    badge: r.kind.label(),
                    meta: country.into_iter().collect(),
                    places: places(&r.places),
                    sectors: sectors(&r.sectors),
                }
            }
        }
    }
}

fn noun(tab: Tab) -> &'static str {
    match tab {
        Tab::Initiatives => "initiative",
        Tab::Organisations => "organisation",
    }
}

/// "30 of 102 matching initiatives shown (102 in all)".
pub fn results_summary(tab: Tab, matching: usize, shown: usize, total: usize) -> String {
    format!("{} of {matching} matching {}s shown ({total} in all)", matching.min(shown), noun(tab))
}

/// What the live region says after a change: "3 initiatives match."
pub fn announcement(tab: Tab, matching: usize) -> String {
    let verb = if matching == 1 { "matches" } else { "match" };
    format!("{} {verb}.", count(matching, noun(tab)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_like_the_records() {
        let catalog = super::super::small_catalog();
        let row = ResultRow::of(&catalog, Tab::Initiatives, 0);
        assert_eq!(row.link.label, "Solar mission to Chengdu");
        assert_eq!((row.badge, row.meta.clone()), ("Mission", vec!["2018-06".to_owned(), "Done".to_owned()]));
        assert_eq!(row.places.iter().map(|p| p.label.as_str()).collect::<Vec<_>>(), ["Chengdu", "Málaga"]);
        assert_eq!(row.sectors, "Solar energy");
        let org = ResultRow::of(&catalog, Tab::Organisations, 0);
        assert_eq!((org.badge, org.meta), ("Cluster", vec!["Spain".to_owned()]));
    }

    #[test]
    fn sentences_count_right() {
        assert_eq!(results_summary(Tab::Initiatives, 102, 30, 102), "30 of 102 matching initiatives shown (102 in all)");
        assert_eq!(announcement(Tab::Organisations, 1), "1 organisation matches.");
        assert_eq!(announcement(Tab::Initiatives, 0), "0 initiatives match.");
    }
}
