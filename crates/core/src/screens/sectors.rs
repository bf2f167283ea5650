//! The sectors view: a tile per top-level sector with live counts, or one sector's page.

use crate::i18n::{Noun, Strings};
use super::Entry;
use crate::filter::{Catalog, Facet, Query, Results};
use crate::model::{Figure, RecordKind};
use crate::related::{figures_of, stories_in_sector};

/// Initiatives and organisations listed on a sector page before "All … in the list".
pub const TOP_RECORDS: usize = 8;
/// Places listed on a sector page.
pub const TOP_PLACES: usize = 24;
/// Places drawn in a sector page's chart.
pub const CHART_BARS: usize = 10;

/// Characters of a bar's label before it is cut with "…" (the list beside it has the full name).
const BAR_LABEL_CHARS: usize = 26;

/// One bar of a chart: a place and its number of initiatives.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The place's name, cut to [`BAR_LABEL_CHARS`].
    pub label: String,
    pub value: u32,
    /// Its length as a share of the longest bar (0–1).
    pub share: f64,
}

/// A chart's bars and the same numbers in one sentence (its text alternative).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    /// "Chengdu 12, Wuhan 8, …"
    pub in_words: String,
}

/// One top-level sector on the sectors view.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorTile {
    /// Chooses the sector (its page), opening nothing.
    pub link: Entry,
    pub initiatives: u32,
    pub organisations: u32,
    pub places: u32,
    /// "12 initiatives · 4 organisations · 7 places"
    pub counts: String,
    /// Bar length: initiatives as a percentage of the busiest tile's.
    pub share: f32,
}

/// The top-level sectors under `query`, busiest first, with the counts its results give.
/// `initiatives` and `organisations` are the query's results on each tab.
pub fn sector_tiles(catalog: &Catalog, t: &Strings, query: &Query, initiatives: &Results, organisations: &Results) -> Vec<SectorTile> {
    let (ini, org) = (initiatives.counts.of(Facet::Sector), organisations.counts.of(Facet::Sector));
    let places = catalog.places_per_sector(query);
    let mut top: Vec<usize> = catalog.sector_tree().into_iter().filter(|&(_, depth)| depth == 0).map(|(i, _)| i).collect();
    // Stable: equal totals keep the tree's alphabetical order.
    top.sort_by_key(|&i| std::cmp::Reverse(ini[i] + org[i]));
    let max = top.iter().map(|&i| ini[i]).max().unwrap_or(0).max(1);
    top.into_iter()
        .map(|i| {
            let sector = &catalog.bundle.sectors[i];
            SectorTile {
                link: Entry {
                    label: sector.name_in(t.lang).to_owned(),
                    go: crate::url_state::Go::Only(Facet::Sector, sector.id.clone()),
                    note: None,
                },
                initiatives: ini[i],
                organisations: org[i],
                places: places[i],
                counts: format!(
                    "{} · {} · {}",
                    (t.count)(ini[i] as usize, Noun::Initiative),
                    (t.count)(org[i] as usize, Noun::Organisation),
                    (t.count)(places[i] as usize, Noun::Place)
                ),
                share: ini[i] as f32 / max as f32 * 100.0,
            }
        })
        .collect()
}

/// What a sector's page says whatever the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorPage {
    pub id: String,
    pub name: String,
    pub summary: Option<String>,
    pub parent: Option<Entry>,
    pub subsectors: Vec<Entry>,
    pub figures: Vec<Figure>,
    pub stories: Vec<Entry>,
}

impl SectorPage {
    pub fn of(catalog: &Catalog, t: &Strings, id: &str) -> Option<SectorPage> {
        let sector = catalog.sector(id)?;
        let bundle = &catalog.bundle;
        Some(SectorPage {
            id: sector.id.clone(),
            name: sector.name_in(t.lang).to_owned(),
            summary: sector.summary.clone(),
            parent: sector.parent.as_deref().and_then(|p| catalog.sector(p)).map(|p| Entry::filter_to(Facet::Sector, &p.id, p.name_in(t.lang))),
            subsectors: bundle
                .sectors
                .iter()
                .filter(|s| s.parent.as_deref() == Some(id))
                .map(|s| Entry::filter_to(Facet::Sector, &s.id, s.name_in(t.lang)))
                .collect(),
            figures: figures_of(bundle, RecordKind::Sector, id).into_iter().cloned().collect(),
            stories: stories_in_sector(bundle, id).into_iter().map(|s| Entry::open(RecordKind::Story, &s.id, &s.title)).collect(),
        })
    }
}

/// What a sector page lists under the filters (the sector is one of them).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SectorMatches {
    pub initiative_count: usize,
    /// The first [`TOP_RECORDS`], each noted with its date.
    pub initiatives: Vec<Entry>,
    pub organisation_count: usize,
    pub organisations: Vec<Entry>,
    /// Places with the most matching initiatives, each noted with its count.
    pub places: Vec<Entry>,
    /// The first [`CHART_BARS`] of those places, drawn.
    pub chart: BarChart,
}

fn cut(name: &str) -> String {
    if name.chars().count() <= BAR_LABEL_CHARS {
        name.to_owned()
    } else {
        format!("{}…", name.chars().take(BAR_LABEL_CHARS - 1).collect::<String>().trim_end())
    }
}

impl SectorMatches {
    pub fn of(catalog: &Catalog, t: &Strings, initiatives: &Results, organisations: &Results) -> SectorMatches {
        let bundle = &catalog.bundle;
        let mut places: Vec<(usize, u32)> =
            initiatives.counts.of(Facet::Place).iter().copied().enumerate().filter(|&(_, n)| n > 0).collect();
        // The place facet's counts leave the place filter out: with none set, they are the
        // sector's places.
        places.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| bundle.places[a.0].name.cmp(&bundle.places[b.0].name)));
        let longest = places.first().map_or(1, |&(_, n)| n.max(1));
        let bars: Vec<Bar> = places
            .iter()
            .take(CHART_BARS)
            .map(|&(i, n)| Bar { label: cut(&bundle.places[i].name_in(t.lang)), value: n, share: f64::from(n) / f64::from(longest) })
            .collect();
        let in_words = places
            .iter()
            .take(CHART_BARS)
            .map(|&(i, n)| format!("{} {n}", bundle.places[i].name_in(t.lang)))
            .collect::<Vec<_>>()
            .join(t.comma);
        SectorMatches {
            chart: BarChart { bars, in_words },
            initiative_count: initiatives.matches.len(),
            initiatives: initiatives
                .matches
                .iter()
                .take(TOP_RECORDS)
                .map(|&i| {
                    let r = &bundle.initiatives[i as usize];
                    let entry = Entry::open(RecordKind::Initiative, &r.id, &r.name);
                    match &r.date {
                        Some(date) => entry.with_note(format!("({})", (t.date)(date))),
                        None => entry,
                    }
                })
                .collect(),
            organisation_count: organisations.matches.len(),
            organisations: organisations
                .matches
                .iter()
                .take(TOP_RECORDS)
                .map(|&o| {
                    let r = &bundle.organisations[o as usize];
                    Entry::organisation(r)
                })
                .collect(),
            places: places
                .into_iter()
                .take(TOP_PLACES)
                .map(|(i, n)| {
                    let place = &bundle.places[i];
                    Entry::filter_to(Facet::Place, &place.id, &place.name_in(t.lang)).with_note(n.to_string())
                })
                .collect(),
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
    fn every_tile_number_is_a_real_filter_run() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(300)));
        let query = Query { from: Some(2016), ..Query::default() };
        let ini = catalog.filter(&query, Tab::Initiatives, Sort::Date);
        let org = catalog.filter(&query, Tab::Organisations, Sort::Name);
        let tiles = sector_tiles(&catalog, &crate::i18n::ENGLISH, &query, &ini, &org);
        assert!(!tiles.is_empty());
        for tile in &tiles {
            let chosen = Query { sectors: vec![tile.link.target_id().to_owned()], ..query.clone() };
            assert_eq!(tile.initiatives as usize, catalog.filter(&chosen, Tab::Initiatives, Sort::Date).matches.len());
            assert_eq!(tile.organisations as usize, catalog.filter(&chosen, Tab::Organisations, Sort::Name).matches.len());
        }
        assert!(tiles.windows(2).all(|w| w[0].initiatives + w[0].organisations >= w[1].initiatives + w[1].organisations));
    }

    #[test]
    fn the_chart_draws_the_busiest_places_to_scale() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(400)));
        let sector = catalog.bundle.sectors[0].id.clone();
        let query = Query { sectors: vec![sector], ..Query::default() };
        let matches = SectorMatches::of(
            &catalog,
            &crate::i18n::ENGLISH,
            &catalog.filter(&query, Tab::Initiatives, Sort::Date),
            &catalog.filter(&query, Tab::Organisations, Sort::Name),
        );
        let bars = &matches.chart.bars;
        assert!(!bars.is_empty() && bars.len() <= CHART_BARS);
        assert_eq!(bars[0].share, 1.0);
        for (bar, entry) in bars.iter().zip(&matches.places) {
            assert!(bar.label.chars().count() <= BAR_LABEL_CHARS, "{}", bar.label);
            assert!(entry.label.starts_with(bar.label.trim_end_matches('…')), "{} / {}", bar.label, entry.label);
            assert_eq!(Some(bar.value.to_string()), entry.note);
            assert!((bar.share - f64::from(bar.value) / f64::from(bars[0].value)).abs() < 1e-9);
        }
    }

    #[test]
    fn a_sector_page_lists_its_matches() {
        let catalog = super::super::small_catalog();
        let page = SectorPage::of(&catalog, &crate::i18n::ENGLISH, "solar-energy").unwrap();
        assert_eq!(page.parent.as_ref().map(|p| p.label.as_str()), Some("Renewable energy"));
        let query = Query { sectors: vec!["solar-energy".into()], ..Query::default() };
        let matches = SectorMatches::of(
            &catalog,
            &crate::i18n::ENGLISH,
            &catalog.filter(&query, Tab::Initiatives, Sort::Date),
            &catalog.filter(&query, Tab::Organisations, Sort::Name),
        );
        assert_eq!((matches.initiative_count, matches.organisation_count), (1, 1));
        assert_eq!(matches.initiatives[0].note.as_deref(), Some("(2018-06)"));
        let places: Vec<(&str, Option<&str>)> = matches.places.iter().map(|e| (e.label.as_str(), e.note.as_deref())).collect();
        assert_eq!(places, [("Chengdu", Some("1")), ("Málaga", Some("1"))]);
        assert_eq!(matches.chart.in_words, "Chengdu 1, Málaga 1");
        assert!(matches.chart.bars.iter().all(|b| b.share == 1.0));
        assert_eq!(cut("Chengdu Economic & Technology Development Zone"), "Chengdu Economic & Techno…");
        assert!(SectorPage::of(&catalog, &crate::i18n::ENGLISH, "no-such-sector").is_none());
    }
}
