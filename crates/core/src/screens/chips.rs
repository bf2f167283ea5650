//! The active filters in words: removable chips, the empty result's suggestion, a citation's
//! description.

use crate::i18n::Strings;
use crate::filter::{Active, Catalog, Query, Sort, Tab};
use crate::labels::Named;
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
pub fn active_chips(catalog: &Catalog, t: &Strings, query: &Query) -> Vec<Chip> {
    query
        .active()
        .into_iter()
        .map(|filter| Chip { label: catalog.describe(t, query, &filter), go: Go::Drop(filter) })
        .collect()
}

/// What an empty result offers: drop the filter that brings back the most.
#[derive(Debug, Clone, PartialEq)]
pub struct EmptyHint {
    /// The filter in words.
    pub label: String,
    pub go: Go,
    /// What dropping it shows, on both tabs: "5 initiatives and 2 organisations".
    pub shows: String,
}

/// The filter whose removal brings back the most records on `tab` (or, when none does, on the
/// other tab), and what that would show.
pub fn empty_hint(catalog: &Catalog, t: &Strings, query: &Query, tab: Tab) -> Option<EmptyHint> {
    let (filter, _) = catalog.narrowest_filter(query, tab).or_else(|| catalog.narrowest_filter(query, tab.other()))?;
    let without = query.without(&filter);
    let shows = Tab::ALL
        .iter()
        .map(|&t| (catalog.filter(&without, t, Sort::Date).matches.len(), t))
        .filter(|&(n, _)| n > 0)
        .map(|(n, tab)| (t.count)(n, tab.noun()))
        .collect::<Vec<_>>()
        .join(t.and);
    Some(EmptyHint { label: catalog.describe(t, query, &filter), go: Go::Drop(filter), shows })
}

/// "Sector: ICT, Search: “solar”", or "all records".
pub fn filters_in_words(catalog: &Catalog, t: &Strings, query: &Query) -> String {
    let active: Vec<Active> = query.active();
    if active.is_empty() {
        return t.all_records.to_owned();
    }
    active.iter().map(|f| catalog.describe(t, query, f)).collect::<Vec<_>>().join(t.comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Noun;
    use crate::url_state::{ViewState, decode_pairs};
    const EN: &Strings = &crate::i18n::ENGLISH;

    #[test]
    fn a_repeated_id_gives_one_chip_that_removes_the_filter() {
        let catalog = super::super::small_catalog();
        let (mut state, _) = ViewState::from_pairs(decode_pairs("?sector=solar-energy,renewable-energy,solar-energy"));
        state.drop_unknown_ids(&catalog);
        let chips = active_chips(&catalog, EN, &state.query);
        assert_eq!(chips.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), ["Sector: Solar energy", "Sector: Renewable energy"]);
        let after = state.follow(&chips[0].go);
        assert_eq!(after.query.sectors, ["renewable-energy"]);
    }

    #[test]
    fn an_empty_result_names_the_filter_to_drop_and_what_it_shows_on_both_tabs() {
        let catalog = super::super::small_catalog();
        let query = Query { text: "no such words anywhere".into(), ..Query::default() };
        let everything = |tab| catalog.filter(&Query::default(), tab, Sort::Date).matches.len();
        let hint = empty_hint(&catalog, EN, &query, Tab::Organisations).expect("dropping the search helps");
        assert_eq!(hint.label, "Search: “no such words anywhere”");
        assert_eq!(
            hint.shows,
            format!("{} and {}", (EN.count)(everything(Tab::Initiatives), Noun::Initiative), (EN.count)(everything(Tab::Organisations), Noun::Organisation))
        );
        assert_eq!(empty_hint(&catalog, EN, &Query::default(), Tab::Initiatives), None);
    }

    #[test]
    fn filters_read_as_words() {
        let catalog = super::super::small_catalog();
        assert_eq!(filters_in_words(&catalog, EN, &Query::default()), "all records");
        let query = Query { text: "solar".into(), from: Some(2015), ..Query::default() };
        assert_eq!(filters_in_words(&catalog, EN, &query), "Years: from 2015, Search: “solar”");
    }
}
