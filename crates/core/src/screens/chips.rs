//! The active filters in words: removable chips, the empty result's suggestion, a citation's
//! description.

use crate::filter::{Active, Catalog, Query, Tab};
use crate::url_state::Go;

/// One active filter, removable.
#[derive(Debug, Clone, PartialEq)]
pub struct Chip {
    /// "Sector: Renewable energy"
    pub label: String,
    /// Removes it.
    pub go: Go,
}

/// Every active filter as a chip, in facet order (each option once).
pub fn active_chips(catalog: &Catalog, query: &Query) -> Vec<Chip> {
    query
        .active()
        .into_iter()
        .map(|filter| Chip { label: catalog.describe(query, &filter), go: Go::Drop(filter) })
        .collect()
}

/// What an empty result offers: drop the filter that brings back the most.
#[derive(Debug, Clone, PartialEq)]
pub struct EmptyHint {
    /// The filter in words.
    pub label: String,
    pub go: Go,
    /// How many records dropping it gives.
    pub count: usize,
}

pub fn empty_hint(catalog: &Catalog, query: &Query, tab: Tab) -> Option<EmptyHint> {
    catalog
        .narrowest_filter(query, tab)
        .map(|(filter, count)| EmptyHint { label: catalog.describe(query, &filter), go: Go::Drop(filter), count })
}

/// "Sector: ICT, Search: “solar”", or "all records".
pub fn filters_in_words(catalog: &Catalog, query: &Query) -> String {
    let active: Vec<Active> = query.active();
    if active.is_empty() {
        return "all records".to_owned();
    }
    active.iter().map(|f| catalog.describe(query, f)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::{ViewState, decode_pairs};

    #[test]
    fn a_repeated_id_gives_one_chip_that_removes_the_filter() {
        let catalog = super::super::small_catalog();
        let (mut state, _) = ViewState::from_pairs(decode_pairs("?sector=solar-energy,renewable-energy,solar-energy"));
        state.drop_unknown_ids(&catalog);
        let chips = active_chips(&catalog, &state.query);
        assert_eq!(chips.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), ["Sector: Solar energy", "Sector: Renewable energy"]);
        let after = state.follow(&chips[0].go);
        assert_eq!(after.query.sectors, ["renewable-energy"]);
    }

    #[test]
    fn filters_read_as_words() {
        let catalog = super::super::small_catalog();
        assert_eq!(filters_in_words(&catalog, &Query::default()), "all records");
        let query = Query { text: "solar".into(), from: Some(2015), ..Query::default() };
        assert_eq!(filters_in_words(&catalog, &query), "Years: from 2015, Search: “solar”");
    }
}
