//! What a detail panel shows beside a record: its figures, its parts, the initiatives of an
//! organisation or a place, a place's partner places.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use crate::filter::{Catalog, Query, Sort, Tab};
use crate::model::{Bundle, Figure, Initiative, Place, RecordKind, Story};

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

/// Places on the other side that share an initiative with `place`, with how many they share,
/// most first (the same pairs the map draws, over all of the place's initiatives).
pub fn partner_places<'a>(catalog: &'a Catalog, place: &Place) -> Vec<(&'a Place, usize)> {
    let query = Query { places: vec![place.id.clone()], ..Query::default() };
    let here = catalog.filter(&query, Tab::Initiatives, Sort::Date).matches;
    let Some(this) = catalog.place_ix(&place.id) else { return Vec::new() };
    let mut partners: Vec<(&Place, usize)> = crate::screens::partner_pairs(catalog, here.into_iter())
        .into_iter()
        .filter_map(|(europe, china, n)| match (europe == this, china == this) {
            (true, _) => Some((&catalog.bundle.places[china as usize], n as usize)),
            (_, true) => Some((&catalog.bundle.places[europe as usize], n as usize)),
            _ => None,
        })
        .collect();
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

    #[test]
    fn partners_are_on_the_other_side() {
        let catalog = crate::screens::small_catalog();
        let chengdu = catalog.place("chengdu").unwrap();
        let partners: Vec<_> = partner_places(&catalog, chengdu).into_iter().map(|(p, n)| (p.id.as_str(), n)).collect();
        assert_eq!(partners, [("malaga", 1)]);
        assert_eq!(figures_of(&catalog.bundle, RecordKind::Initiative, "example-mission").len(), 1);
        assert_eq!(initiatives_of_organisation(&catalog.bundle, "example-cluster").len(), 1);
    }
}
