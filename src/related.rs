//! What a detail panel shows beside a record: its figures, its parts, the initiatives of an
//! organisation or a place, a place's partner places.
//!
//! Invariant: plain Rust (no leptos, no web_sys).

use crate::filter::{Catalog, Query, Sort, Tab};
use crate::model::{Bundle, Figure, Initiative, Place, RecordKind, Side, Story};

/// The figures the texts report about a record.
pub fn figures_of<'a>(bundle: &'a Bundle, kind: RecordKind, id: &str) -> Vec<&'a Figure> {
    bundle.figures.iter().filter(|f| f.record.kind == kind && f.record.id == id).collect()
}

/// Initiatives that are part of `id` (a pilot project's topics, a topic's activities).
pub fn parts_of<'a>(bundle: &'a Bundle, id: &str) -> Vec<&'a Initiative> {
    bundle.initiatives.iter().filter(|i| i.part_of.as_deref() == Some(id)).collect()
}

/// Initiatives an organisation took part in.
pub fn initiatives_of_organisation<'a>(bundle: &'a Bundle, id: &str) -> Vec<&'a Initiative> {
    bundle.initiatives.iter().filter(|i| i.organisations.iter().any(|o| o == id)).collect()
}

/// Initiatives in a place or in the places within it, newest first.
pub fn initiatives_in_place<'a>(catalog: &'a Catalog, id: &str) -> Vec<&'a Initiative> {
    let query = Query { places: vec![id.to_owned()], ..Query::default() };
    let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
    results.matches.iter().map(|&i| &catalog.bundle.initiatives[i as usize]).collect()
}

/// Places on the other side that share an initiative with `place`, with how many they share.
pub fn partner_places<'a>(catalog: &'a Catalog, place: &Place) -> Vec<(&'a Place, usize)> {
    let mut partners: Vec<(&Place, usize)> = Vec::new();
    for initiative in initiatives_in_place(catalog, &place.id) {
        for other in initiative.places.iter().filter_map(|p| catalog.place(p)) {
            if other.side == place.side || other.side == Side::Other {
                continue;
            }
            match partners.iter_mut().find(|(p, _)| p.id == other.id) {
                Some((_, count)) => *count += 1,
                None => partners.push((other, 1)),
            }
        }
    }
    partners.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    partners
}

/// Success stories about a sector or any of its subsectors.
pub fn stories_in_sector<'a>(bundle: &'a Bundle, sector: &str) -> Vec<&'a Story> {
    let within = |id: &str| {
        let mut current = Some(id);
        for _ in 0..8 {
            match current {
                Some(c) if c == sector => return true,
                Some(c) => current = bundle.sectors.iter().find(|s| s.id == c).and_then(|s| s.parent.as_deref()),
                None => return false,
            }
        }
        false
    };
    bundle.stories.iter().filter(|s| s.sectors.iter().any(|id| within(id))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn partners_are_on_the_other_side() {
        let bundle = crate::load::parse_bundle(include_str!("../tests/fixtures/small-bundle.json")).unwrap();
        let catalog = Catalog::new(Arc::new(bundle));
        let chengdu = catalog.place("chengdu").unwrap();
        let partners: Vec<_> = partner_places(&catalog, chengdu).into_iter().map(|(p, n)| (p.id.as_str(), n)).collect();
        assert_eq!(partners, [("malaga", 1)]);
        assert_eq!(figures_of(&catalog.bundle, RecordKind::Initiative, "example-mission").len(), 1);
        assert_eq!(initiatives_of_organisation(&catalog.bundle, "example-cluster").len(), 1);
    }
}

/// Pairs of partnered places (one European, one Chinese) among the given initiatives, with how
/// many initiatives join them, most first.
pub fn partner_links(catalog: &Catalog, initiatives: &[u32]) -> Vec<(String, String, usize)> {
    let mut links: std::collections::HashMap<(&str, &str), usize> = std::collections::HashMap::new();
    for &i in initiatives {
        let initiative = &catalog.bundle.initiatives[i as usize];
        let places: Vec<&Place> = initiative.places.iter().filter_map(|p| catalog.place(p)).collect();
        for europe in places.iter().filter(|p| p.side == Side::Europe) {
            for china in places.iter().filter(|p| p.side == Side::China) {
                *links.entry((&europe.id, &china.id)).or_default() += 1;
            }
        }
    }
    let mut links: Vec<(String, String, usize)> =
        links.into_iter().map(|((e, c), n)| (e.to_owned(), c.to_owned(), n)).collect();
    links.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
    links
}

#[cfg(test)]
mod link_tests {
    use super::*;

    #[test]
    fn links_join_europe_and_china() {
        let bundle = crate::load::parse_bundle(include_str!("../tests/fixtures/small-bundle.json")).unwrap();
        let catalog = Catalog::new(std::sync::Arc::new(bundle));
        assert_eq!(partner_links(&catalog, &[0]), [("malaga".to_owned(), "chengdu".to_owned(), 1)]);
    }
}
