use std::sync::Arc;

use super::*;
use crate::load::parse_bundle;
use crate::synth::synthetic_bundle;

fn fixture() -> Catalog {
    Catalog::new(Arc::new(parse_bundle(include_str!("../../tests/fixtures/small-bundle.json")).unwrap()))
}

fn names(catalog: &Catalog, results: &Results) -> Vec<String> {
    results.matches.iter().map(|&i| catalog.bundle.initiatives[i as usize].name.clone()).collect()
}

fn search(catalog: &Catalog, text: &str) -> usize {
    catalog.filter(&Query { text: text.into(), ..Query::default() }, Tab::Initiatives, Sort::Date).matches.len()
}

#[test]
fn an_empty_query_gives_everything() {
    let catalog = fixture();
    let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    assert_eq!(results.matches.len(), catalog.bundle.initiatives.len());
    assert_eq!(results.total, catalog.bundle.initiatives.len());
}

#[test]
fn a_parent_sector_includes_its_subsectors() {
    let catalog = fixture();
    let query = Query { sectors: vec!["renewable-energy".into()], ..Query::default() };
    let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
    assert_eq!(names(&catalog, &results), ["Solar mission to Chengdu"]);
    // Both the parent and the subsector count the solar initiative.
    assert_eq!(results.counts.of(Facet::Sector), [1, 1]);
}

#[test]
fn search_ignores_case_accents_and_finds_every_spelling() {
    let catalog = fixture();
    for text in ["malaga", "MÁLAGA", "chendgu", "成都", "chéngdū", "solar chengdu", "example solar cluster"] {
        assert_eq!(search(&catalog, text), 1, "{text}");
    }
    assert_eq!(search(&catalog, "solar paris"), 0, "every word must match");
}

#[test]
fn year_ranges_overlap_the_record_dates() {
    let catalog = fixture();
    let years = |from, to| Query { from, to, ..Query::default() };
    let count = |q: Query| catalog.filter(&q, Tab::Initiatives, Sort::Date).matches.len();
    assert_eq!(count(years(Some(2018), Some(2018))), 1);
    assert_eq!(count(years(Some(2019), None)), 0);
    assert_eq!(count(years(None, Some(2017))), 0);
    assert_eq!(count(years(None, Some(2018))), 1);
}

#[test]
fn organisations_are_filtered_by_the_initiatives_they_took_part_in() {
    let catalog = fixture();
    let query = Query { kinds: vec![InitiativeKind::Mission], ..Query::default() };
    assert_eq!(catalog.filter(&query, Tab::Organisations, Sort::Name).matches.len(), 1);
    let query = Query { kinds: vec![InitiativeKind::Workshop], ..Query::default() };
    assert_eq!(catalog.filter(&query, Tab::Organisations, Sort::Name).matches.len(), 0);
}

#[test]
fn places_include_the_places_within_them_and_sides_combine() {
    let catalog = Catalog::new(Arc::new(synthetic_bundle(2_000)));
    let city = "barcelona";
    let district = catalog.bundle.places.iter().find(|p| p.within.as_deref() == Some(city)).expect("a district");
    let in_city = Query { places: vec![city.into()], ..Query::default() };
    let in_district = Query { places: vec![district.id.clone()], ..Query::default() };
    let city_results = catalog.filter(&in_city, Tab::Initiatives, Sort::Date);
    let district_results = catalog.filter(&in_district, Tab::Initiatives, Sort::Date);
    assert!(district_results.matches.iter().all(|i| city_results.matches.contains(i)));
    assert!(city_results.matches.len() > district_results.matches.len());
}

/// The count shown beside an option equals what choosing that option (alone in its facet)
/// would give — for every option of every facet, under random other filters.
#[test]
fn facet_counts_predict_the_results_of_choosing_the_option() {
    let catalog = Catalog::new(Arc::new(synthetic_bundle(1_500)));
    let base_queries = [
        Query::default(),
        Query { sides: vec![Side::China], text: "mission".into(), ..Query::default() },
        Query { sectors: vec!["renewable-energy".into()], from: Some(2010), to: Some(2016), ..Query::default() },
        Query {
            kinds: vec![InitiativeKind::Workshop, InitiativeKind::Fair],
            countries: vec!["de".into()],
            ..Query::default()
        },
    ];
    for tab in [Tab::Initiatives, Tab::Organisations] {
        for base in &base_queries {
            let results = catalog.filter(base, tab, Sort::Date);
            for &facet in Facet::ALL {
                for (option, &count) in catalog.options(facet).iter().zip(results.counts.of(facet)).step_by(3) {
                    let mut query = base.clone();
                    for chosen in query.selected(facet) {
                        query.toggle(facet, &chosen);
                    }
                    query.toggle(facet, &option.id);
                    let chosen = catalog.filter(&query, tab, Sort::Date).matches.len();
                    assert_eq!(count as usize, chosen, "{tab:?} {facet:?}={} under {base:?}", option.id);
                }
            }
        }
    }
}

#[test]
fn date_order_is_newest_first_and_name_order_is_alphabetical() {
    let catalog = Catalog::new(Arc::new(synthetic_bundle(300)));
    let by_date = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    let dates: Vec<_> = by_date.matches.iter().map(|&i| catalog.bundle.initiatives[i as usize].date.clone()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]));
    let by_name = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Name);
    let names: Vec<_> =
        by_name.matches.iter().map(|&i| text::normalize(&catalog.bundle.initiatives[i as usize].name)).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn narrowing_searches_give_the_same_results_as_fresh_ones() {
    let bundle = Arc::new(synthetic_bundle(2_000));
    let typing = Catalog::new(bundle.clone());
    for text in ["w", "wi", "win", "wind", "win", "wind ene", "wind energy to", "mission", "missi", "m"] {
        let query = Query { text: text.into(), ..Query::default() };
        let fresh = Catalog::new(bundle.clone()).filter(&query, Tab::Initiatives, Sort::Date);
        assert_eq!(typing.filter(&query, Tab::Initiatives, Sort::Date), fresh, "{text}");
        assert_eq!(
            typing.filter(&query, Tab::Organisations, Sort::Name).matches.len(),
            Catalog::new(bundle.clone()).filter(&query, Tab::Organisations, Sort::Name).matches.len(),
            "{text}"
        );
    }
}

#[test]
fn typing_narrows_each_tab_even_when_both_tabs_are_computed() {
    // The app computes both tabs on every keystroke; each must still narrow its own last search.
    // "c" is in most rows, so the first search reads them all; each letter after reads at
    // most the rows the search before matched.
    let catalog = Catalog::new(Arc::new(synthetic_bundle(2_000)));
    let rows = catalog.bundle.initiatives.len();
    let mut previous_matches: Option<usize> = None;
    for text in ["c", "ch", "che", "chen"] {
        let query = Query { text: text.into(), ..Query::default() };
        let initiatives = catalog.filter(&query, Tab::Initiatives, Sort::Date);
        catalog.filter(&query, Tab::Organisations, Sort::Name);
        let scanned = catalog.rows_scanned_by_last_search(Tab::Initiatives);
        match previous_matches {
            None => assert_eq!(scanned, rows, "the first search reads every row"),
            Some(previous) => assert!(scanned <= previous && scanned < rows, "{text}: read {scanned} rows, {previous} matched before"),
        }
        // A text-only query: its matches are exactly the rows that have the words.
        previous_matches = Some(initiatives.matches.len());
    }
}

#[test]
fn a_rare_word_reads_only_the_rows_that_have_it_and_finds_what_reading_every_row_finds() {
    let bundle = Arc::new(synthetic_bundle(2_000));
    let place = |i: usize| bundle.places[i].name.clone();
    let organisation = bundle.organisations[7].name.clone();
    let mut queries = vec![
        "c".to_owned(), "ch".into(), "chengdu".into(), "e".into(), "mission".into(), "wind energy".into(),
        format!("{} e", place(3)), format!("c {}", place(5)), organisation.clone(), format!("{organisation} zz"), "#17".into(),
    ];
    queries.extend(bundle.organisations[..40].iter().map(|o| o.name.clone()));
    // Without their descriptions, which name their organiser, initiatives are found by an
    // organisation's name only through the organisation they link to.
    let mut unnamed = (*bundle).clone();
    unnamed.initiatives.iter_mut().for_each(|i| i.description = "Cooperation.".into());
    for bundle in [bundle.clone(), Arc::new(unnamed)] {
        for &tab in Tab::ALL {
            let (cheapest, row_by_row) = (Catalog::new(bundle.clone()), Catalog::new(bundle.clone()));
            for text in &queries {
                let terms = query_terms(text);
                let found = cheapest.text_matches_reading(tab, &terms, Reading::Cheapest);
                let read = row_by_row.text_matches_reading(tab, &terms, Reading::RowByRow);
                let count = |rows: &Option<Vec<bool>>| rows.iter().flatten().filter(|&&m| m).count();
                assert!(found == read, "{tab:?} {text}: {} rows found, {} by reading every row", count(&found), count(&read));
            }
        }
    }
    let catalog = Catalog::new(bundle.clone());
    let rows = bundle.initiatives.len();
    let rare = search(&catalog, &place(3));
    let read = catalog.rows_scanned_by_last_search(Tab::Initiatives);
    assert!(read == rare && rare < rows / 10, "{} matched {rare} and read {read} of {rows} rows", place(3));
}

#[test]
fn deleting_a_letter_finds_a_recent_search_again_and_typing_on_narrows_the_smallest() {
    let bundle = Arc::new(synthetic_bundle(2_000));
    let catalog = Catalog::new(bundle.clone());
    let rows = bundle.initiatives.len();
    let search = |text: &str| {
        let query = Query { text: text.into(), ..Query::default() };
        let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
        assert_eq!(results, Catalog::new(bundle.clone()).filter(&query, Tab::Initiatives, Sort::Date), "{text}");
        (results.matches.len(), catalog.rows_scanned_by_last_search(Tab::Initiatives))
    };
    let (ch, _) = search("ch");
    let (chengdu, _) = search("chengdu");
    assert!(chengdu < ch && ch < rows, "the words narrow: {chengdu} < {ch} < {rows}");
    assert_eq!(search("ch").1, 0, "deleted letters are answered as they were, no row read");
    assert_eq!(search("e").1, rows, "a letter most rows have reads every row");
    assert_eq!(search("chengdu").1, 0, "still remembered after another search");
    assert_eq!(search("chengdu e").1, chengdu, "typing on reads the smallest search it extends");
}

#[test]
fn partial_dates_sort_as_numbers_as_they_do_as_text() {
    let mut dates = ["2019", "2018-06-12", "2018", "2018-06", "2018-11", "2018-06-02", "1999-12-31", "2020-01"];
    let mut as_numbers = dates;
    dates.sort();
    as_numbers.sort_by_key(|d| super::catalog::date_number(d));
    assert_eq!(as_numbers, dates);
}

#[test]
fn a_place_or_organisation_name_finds_the_initiatives_that_name_it_though_their_text_does_not() {
    let catalog = fixture();
    let b = &catalog.bundle;
    let words = |text: &str| super::text::normalize(text);
    // An initiative with a place whose name its own name and description never mention.
    let (initiative, place) = b
        .initiatives
        .iter()
        .find_map(|i| {
            let own = words(&format!("{} {}", i.name, i.description));
            i.places.iter().filter_map(|p| catalog.place(p)).find(|p| !own.contains(&words(&p.name))).map(|p| (i, p))
        })
        .expect("the fixture has an initiative whose text does not name one of its places");
    let results = catalog.filter(&Query { text: place.name.clone(), ..Query::default() }, Tab::Initiatives, Sort::Name);
    assert!(names(&catalog, &results).contains(&initiative.name), "{} not found by {}", initiative.name, place.name);
}
