//! The filter panel's options, in the order shown.

use crate::i18n::Lang;
use crate::filter::text::{country_sort_key, place_sort_key};
use crate::filter::{Catalog, Facet};

/// One option of a facet as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetRow {
    /// Index into the facet's counts (`FacetCounts::of`).
    pub index: usize,
    pub id: String,
    pub label: String,
    /// Indentation: 0 for top-level sectors, 1 for their subsectors, …
    pub depth: usize,
}

/// Sectors as a tree, countries and places alphabetically, the others in their table's order.
///
/// Countries and places sort by their English names, or in the Chinese interface by pinyin.
pub fn facet_rows(catalog: &Catalog, lang: Lang, facet: Facet) -> Vec<FacetRow> {
    let options = catalog.options(facet);
    let order: Vec<(usize, usize)> = match facet {
        Facet::Sector => catalog.sector_tree(),
        Facet::Country | Facet::Place => {
            let b = &catalog.bundle;
            let mut order: Vec<usize> = (0..options.len()).collect();
            order.sort_by_cached_key(|&i| {
                if facet == Facet::Place { place_sort_key(&b.places[i], lang) } else { country_sort_key(&b.countries[i], lang) }
            });
            order.into_iter().map(|i| (i, 0)).collect()
        }
        Facet::Side | Facet::Kind | Facet::OrgType => (0..options.len()).map(|i| (i, 0)).collect(),
    };
    order
        .into_iter()
        .map(|(index, depth)| FacetRow { index, id: options[index].id.clone(), label: catalog.option_label(facet, index, lang), depth })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_are_a_tree_and_places_alphabetical() {
        let catalog = super::super::small_catalog();
        let sectors: Vec<(String, usize)> = facet_rows(&catalog, Lang::En, Facet::Sector).into_iter().map(|r| (r.id, r.depth)).collect();
        assert_eq!(sectors, [("renewable-energy".to_owned(), 0), ("solar-energy".to_owned(), 1)]);
        let places: Vec<String> = facet_rows(&catalog, Lang::En, Facet::Place).into_iter().map(|r| r.label).collect();
        assert_eq!(places, ["Chengdu", "Málaga"]);
        // In Chinese, places keep the English (pinyin) order and read "成都 Chengdu".
        let zh: Vec<String> = facet_rows(&catalog, Lang::Zh, Facet::Place).into_iter().map(|r| r.label).collect();
        assert_eq!(zh, ["成都 Chengdu", "Málaga"]);
        let org_types = facet_rows(&catalog, Lang::En, Facet::OrgType);
        assert_eq!(org_types.last().map(|r| r.label.as_str()), Some("Other"));
    }
}
