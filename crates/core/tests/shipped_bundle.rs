//! The shipped bundle, checked against what its readers will look for: the spellings of the
//! source texts find the right places and organisations, and no personal contact data is in it.


use explorer_core::filter::{Catalog, Query, Sort, Tab};

mod shipped;
use shipped::catalog;

fn organisation_names(catalog: &Catalog, text: &str) -> Vec<String> {
    let query = Query { text: text.into(), ..Query::default() };
    catalog
        .filter(&query, Tab::Organisations, Sort::Name)
        .matches
        .iter()
        .map(|&i| catalog.bundle.organisations[i as usize].name.clone())
        .collect()
}

fn initiative_count(catalog: &Catalog, text: &str) -> usize {
    catalog.filter(&Query { text: text.into(), ..Query::default() }, Tab::Initiatives, Sort::Date).matches.len()
}

#[test]
fn the_texts_spellings_find_their_places() {
    let catalog = catalog();
    // "Pechino" and "Nanchino" are the paper's Italian names; "Chendgu" is a typo of Chengdu.
    for (spelling, place) in [
        ("pechino", "Beijing"),
        ("nanchino", "Nanjing"),
        ("chendgu", "Chengdu"),
        ("成都", "Chengdu"),
        ("malaga", "Málaga"),
    ] {
        let in_place = catalog.filter(
            &Query {
                places: vec![catalog.bundle.places.iter().find(|p| p.name == place).unwrap().id.clone()],
                ..Query::default()
            },
            Tab::Initiatives,
            Sort::Date,
        );
        assert!(!in_place.matches.is_empty(), "{place} has initiatives");
        let found = initiative_count(&catalog, spelling);
        assert!(found > 0, "searching “{spelling}” finds {place}'s initiatives");
    }
    assert!(organisation_names(&catalog, "canceropole").iter().any(|n| n.starts_with("Cancéropôle")));
}

#[test]
fn no_personal_contact_details() {
    let text = include_str!("../../../public/data/bundle.json");
    assert!(!text.contains('@'), "no e-mail addresses");
    for name in ["Exertier", "Calò", "Calo"] {
        assert!(!text.contains(name), "no contact person's name ({name})");
    }
    let digits_run = text.as_bytes().windows(9).any(|w| {
        w.iter().all(|b| b.is_ascii_digit() || *b == b' ') && w.iter().filter(|b| b.is_ascii_digit()).count() >= 8
    });
    assert!(!digits_run, "no phone numbers");
}

#[test]
fn both_documents_are_cited_and_every_footnote_is_there() {
    let catalog = catalog();
    let b = &catalog.bundle;
    let numbers: Vec<u32> = b.footnotes.iter().filter(|f| f.document == "eccp-china-2019").map(|f| f.number).collect();
    assert_eq!(numbers, (1..=59).collect::<Vec<_>>());
    let pilots =
        b.initiatives.iter().filter(|i| i.kind == explorer_core::model::InitiativeKind::PilotProject).count();
    assert_eq!(pilots, 6, "the six itemised pilot projects");
    assert_eq!(b.stories.len(), 2);
}

/// The Chinese interface lists Chinese places in pinyin order (the bundle's pinyin field):
/// "Sino-Singapore Knowledge City" is 中新广州知识城, under Z.
#[test]
fn the_chinese_interface_sorts_places_and_countries_by_pinyin() {
    use explorer_core::filter::Facet;
    use explorer_core::filter::text::normalize;
    use explorer_core::i18n::Lang;
    let catalog = shipped::catalog();
    let rows = explorer_core::screens::facet_rows(&catalog, Lang::Zh, Facet::Place);
    let pinyin: Vec<String> = rows
        .iter()
        .filter_map(|r| catalog.place(&r.id)?.pinyin.as_deref().map(|p| normalize(p).replace(['\'', ' '], "")))
        .collect();
    assert!(pinyin.len() >= 20, "Chinese places with pinyin: {}", pinyin.len());
    let mut sorted = pinyin.clone();
    sorted.sort();
    assert_eq!(pinyin, sorted, "Chinese places in pinyin order");
    // Countries too: 德国 (Déguó) before 法国 (Fǎguó), though Germany follows France.
    let countries = explorer_core::screens::facet_rows(&catalog, Lang::Zh, Facet::Country);
    let keys: Vec<String> =
        countries.iter().map(|r| normalize(catalog.country(&r.id).and_then(|c| c.pinyin.as_deref()).unwrap_or("?")).replace(['\'', ' '], "")).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "countries in pinyin order");
}
