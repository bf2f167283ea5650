//! The timeline: policy milestones and the matching dated initiatives on one axis, oldest first,
//! grouped by year.

use super::Entry;
use crate::filter::{Catalog, Query, Results};
use crate::labels::Named;
use crate::model::RecordKind;

/// Entries shown at first and added by "Show more": the oldest events, a screenful or two.
pub const TIMELINE_PAGE: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    /// As precise as the text: `2016`, `2016-04` or `2016-04-12`.
    pub date: String,
    pub milestone: bool,
    /// "Policy milestone" or the initiative's kind.
    pub badge: &'static str,
    /// Opens the record.
    pub link: Entry,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineYear {
    pub year: String,
    pub entries: Vec<TimelineEntry>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    pub years: Vec<TimelineYear>,
    /// Dated events under the filters, shown or not.
    pub total: usize,
}

impl Timeline {
    /// The first `shown` entries of the timeline under `query`, whose initiative results are
    /// `initiatives`. On the same date a milestone comes before initiatives; otherwise the
    /// results' order is kept.
    pub fn of(catalog: &Catalog, query: &Query, initiatives: &Results, shown: usize) -> Timeline {
        let bundle = &catalog.bundle;
        let milestones = catalog.milestones_matching(query).into_iter().map(|i| {
            let m = &bundle.milestones[i as usize];
            TimelineEntry {
                date: m.date.clone(),
                milestone: true,
                badge: RecordKind::Milestone.label(),
                link: Entry::open(RecordKind::Milestone, &m.id, &m.title),
            }
        });
        let dated = initiatives.matches.iter().filter_map(|&i| {
            let r = &bundle.initiatives[i as usize];
            Some(TimelineEntry {
                date: r.date.clone()?,
                milestone: false,
                badge: r.kind.label(),
                link: Entry::open(RecordKind::Initiative, &r.id, &r.name),
            })
        });
        let mut entries: Vec<TimelineEntry> = milestones.chain(dated).collect();
        entries.sort_by(|a, b| a.date.cmp(&b.date).then(b.milestone.cmp(&a.milestone)));
        let total = entries.len();
        entries.truncate(shown);
        let mut years: Vec<TimelineYear> = Vec::new();
        for entry in entries {
            let year = entry.date.get(..4).unwrap_or("?").to_owned();
            match years.last_mut() {
                Some(last) if last.year == year => last.entries.push(entry),
                _ => years.push(TimelineYear { year, entries: vec![entry] }),
            }
        }
        Timeline { years, total }
    }

    /// Entries shown.
    pub fn shown(&self) -> usize {
        self.years.iter().map(|y| y.entries.len()).sum()
    }

    /// "12 dated events", or "…, the first 100 shown".
    pub fn summary(&self) -> String {
        let shown = self.shown();
        if shown < self.total {
            format!("{} dated events, the first {shown} shown", self.total)
        } else {
            super::count(self.total, "dated event")
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::filter::{Sort, Tab};
    use crate::synth::synthetic_bundle;

    #[test]
    fn entries_are_the_filtered_dated_initiatives_and_milestones_oldest_first() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(200)));
        let sector = catalog.bundle.sectors[1].id.clone();
        for query in [Query::default(), Query { sectors: vec![sector], from: Some(2016), to: Some(2018), ..Query::default() }] {
            let results = catalog.filter(&query, Tab::Initiatives, Sort::Name);
            let timeline = Timeline::of(&catalog, &query, &results, usize::MAX);
            let dated = results.matches.iter().filter(|&&i| catalog.bundle.initiatives[i as usize].date.is_some()).count();
            let milestones = catalog.milestones_matching(&query).len();
            assert_eq!(timeline.total, dated + milestones);
            let dates: Vec<&str> = timeline.years.iter().flat_map(|y| &y.entries).map(|e| e.date.as_str()).collect();
            assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first");
            assert!(timeline.years.iter().all(|y| y.entries.iter().all(|e| e.date.starts_with(&y.year))));
            assert!(timeline.years.windows(2).all(|w| w[0].year < w[1].year), "one group per year");
            // A page is the oldest entries of the whole timeline.
            let page = Timeline::of(&catalog, &query, &results, 10);
            assert_eq!((page.shown(), page.total), (10.min(timeline.total), timeline.total));
            let first: Vec<&str> = page.years.iter().flat_map(|y| &y.entries).map(|e| e.date.as_str()).collect();
            assert_eq!(first, dates[..first.len()]);
        }
    }

    #[test]
    fn years_and_words_filter_the_milestones() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(50)));
        let all = catalog.milestones_matching(&Query::default()).len();
        assert_eq!(all, catalog.bundle.milestones.len());
        let none = Query { text: "no-such-word".into(), ..Query::default() };
        assert!(catalog.milestones_matching(&none).is_empty());
        let first = &catalog.bundle.milestones[0];
        let year: i32 = first.date[..4].parse().unwrap();
        let that_year = Query { from: Some(year), to: Some(year), ..Query::default() };
        assert!(catalog.milestones_matching(&that_year).iter().all(|&i| catalog.bundle.milestones[i as usize].date.starts_with(&year.to_string())));
    }
}
