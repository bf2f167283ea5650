//! The search suggestions' ranking on the shipped bundle: exact names first, then name
//! prefixes, ties to the record with more initiatives. Expected orders are computed from the
//! bundle's own counts.


use explorer_core::filter::text::normalize;
use explorer_core::filter::{Facet, Query, Sort, Tab};
use explorer_core::search::Group;

mod shipped;
use shipped::catalog;

#[test]
fn a_name_prefix_suggests_the_busiest_places_first() {
    let catalog = catalog();
    let counts = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Name).counts.of(Facet::Place).to_vec();
    for prefix in ["sh", "gu", "ch", "t"] {
        // Places whose name starts with the prefix, busiest first, then by name.
        let mut expected: Vec<(std::cmp::Reverse<u32>, String)> = catalog
            .bundle
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| normalize(&p.name).starts_with(prefix))
            .map(|(i, p)| (std::cmp::Reverse(counts[i]), p.name.clone()))
            .collect();
        expected.sort();
        assert!(expected.len() >= 2, "{prefix}: the test needs places to order");
        let shown: Vec<String> = catalog
            .search_index()
            .suggest(&catalog, prefix, 50, explorer_core::i18n::Lang::En)
            .into_iter()
            .filter(|s| s.group == Group::Places)
            .map(|s| s.label)
            .collect();
        let shown_names: Vec<&str> = shown.iter().map(|l| l.split(' ').next().unwrap_or(l)).collect();
        let first_words: Vec<&str> = expected.iter().map(|(_, n)| n.split(' ').next().unwrap()).collect();
        assert_eq!(shown_names[..expected.len().min(shown_names.len())], first_words[..expected.len().min(shown_names.len())], "{prefix}");
    }
}

#[test]
fn every_exact_name_comes_first() {
    let catalog = catalog();
    let index = catalog.search_index();
    for o in &catalog.bundle.organisations {
        let first = index.suggest(&catalog, &o.name, 5, explorer_core::i18n::Lang::En).into_iter().next().unwrap();
        // Another record may bear the very same name (a zone and its district): then either.
        assert!(normalize(&first.label).starts_with(&normalize(&o.name)), "{}: {}", o.name, first.label);
    }
}
