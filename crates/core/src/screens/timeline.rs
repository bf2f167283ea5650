//! The timeline: policy milestones and the matching dated initiatives on one axis, oldest first,
//! grouped by year.

use crate::i18n::{Noun, Strings};
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
    /// The date as the interface language writes it ("2016-04", "2016年4月").
    pub when: String,
    pub milestone: bool,
    /// "Policy milestone" or the initiative's kind.
    pub badge: &'static str,
    /// Opens the record.
    pub link: Entry,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineYear {
    pub year: String,
    /// "2016", "2016年".
    pub heading: String,
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
    /// `initiatives`: oldest first, a milestone before initiatives of the same date, then by
    /// name. One pass over the catalog's date order, no sort: the timeline costs what the list
    /// costs, whatever the data size.
    pub fn of(catalog: &Catalog, t: &Strings, query: &Query, initiatives: &Results, shown: usize) -> Timeline {
        let bundle = &catalog.bundle;
        let mut matching = vec![false; bundle.initiatives.len()];
        initiatives.matches.iter().for_each(|&i| matching[i as usize] = true);
        let dated: Vec<u32> = catalog.dated_oldest_first.iter().copied().filter(|&i| matching[i as usize]).collect();
        let mut milestones = catalog.milestones_matching(query);
        milestones.sort_by(|&a, &b| bundle.milestones[a as usize].date.cmp(&bundle.milestones[b as usize].date));
        let total = dated.len() + milestones.len();
        let date_of = |i: u32| bundle.initiatives[i as usize].date.as_deref().unwrap_or_default();
        let (mut m, mut d) = (milestones.iter().peekable(), dated.iter().peekable());
        let mut entries = Vec::new();
        while entries.len() < shown {
            let milestone_first = match (m.peek(), d.peek()) {
                (Some(&&mi), Some(&&di)) => bundle.milestones[mi as usize].date.as_str() <= date_of(di),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            entries.push(if milestone_first {
                let milestone = &bundle.milestones[*m.next().unwrap_or(&0) as usize];
                TimelineEntry {
                    date: milestone.date.clone(),
                    when: (t.date)(&milestone.date),
                    milestone: true,
                    badge: RecordKind::Milestone.label_in(t.lang),
                    link: Entry::open(RecordKind::Milestone, &milestone.id, &milestone.title),
                }
            } else {
                let r = &bundle.initiatives[*d.next().unwrap_or(&0) as usize];
                TimelineEntry {
                    date: r.date.clone().unwrap_or_default(),
                    when: (t.date)(r.date.as_deref().unwrap_or_default()),
                    milestone: false,
                    badge: r.kind.label_in(t.lang),
                    link: Entry::open(RecordKind::Initiative, &r.id, &r.name),
                }
            });
        }
        let mut years: Vec<TimelineYear> = Vec::new();
        for entry in entries {
            let year = entry.date.get(..4).unwrap_or("?").to_owned();
            match years.last_mut() {
                Some(last) if last.year == year => last.entries.push(entry),
                _ => years.push(TimelineYear { heading: (t.date)(&year), year, entries: vec![entry] }),
            }
        }
        Timeline { years, total }
    }

    /// Entries shown.
    pub fn shown(&self) -> usize {
        self.years.iter().map(|y| y.entries.len()).sum()
    }

    /// "12 dated events", or "…, the first 100 shown".
    pub fn summary(&self, t: &Strings) -> String {
        let shown = self.shown();
        if shown < self.total { (t.timeline_first)(self.total, shown) } else { (t.count)(self.total, Noun::DatedEvent) }
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
            let timeline = Timeline::of(&catalog, &crate::i18n::ENGLISH, &query, &results, usize::MAX);
            let dated = results.matches.iter().filter(|&&i| catalog.bundle.initiatives[i as usize].date.is_some()).count();
            let milestones = catalog.milestones_matching(&query).len();
            assert_eq!(timeline.total, dated + milestones);
            let dates: Vec<&str> = timeline.years.iter().flat_map(|y| &y.entries).map(|e| e.date.as_str()).collect();
            assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first");
            assert!(timeline.years.iter().all(|y| y.entries.iter().all(|e| e.date.starts_with(&y.year))));
            assert!(timeline.years.windows(2).all(|w| w[0].year < w[1].year), "one group per year");
            // A page is the oldest entries of the whole timeline.
            let page = Timeline::of(&catalog, &crate::i18n::ENGLISH, &query, &results, 10);
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
