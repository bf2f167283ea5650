//! What a careful reader of the source texts checks on screen: expected values come from the
//! shipped bundle through the core (the same filter engine and detail builder the app uses).

use explorer_core::filter::{Query, Sort, Tab};
use explorer_core::model::{OrganisationKind, RecordKind};
use explorer_core::screens::Detail;
use explorer_core::url_state::ItemRef;

use crate::support::{run, shipped_catalog};

/// Renewable energy's partnerships are the two the paper names, shown with their acronyms.
#[test]
fn renewable_energy_partnerships_read_with_their_acronyms() {
    let catalog = shipped_catalog();
    let query = Query { sectors: vec!["renewable-energy".into()], org_types: vec![OrganisationKind::Partnership], ..Query::default() };
    let mut expected: Vec<String> = catalog
        .filter(&query, Tab::Organisations, Sort::Name)
        .matches
        .iter()
        .map(|&i| catalog.bundle.organisations[i as usize].display_name())
        .collect();
    expected.sort();
    assert!(expected.contains(&"Europe Leading Blue Energy (ELBE)".to_owned()), "{expected:?}");
    run("renewable_partnerships", async |page| {
        page.open("/?view=list&tab=organisations&sector=renewable-energy&orgtype=partnership").await;
        page.find(".result__title").await;
        let mut shown = page.texts(".result__title").await;
        shown.sort();
        assert_eq!(shown, expected);
    });
}

/// A record whose places the editor inferred says so beside them; HBTown lists only Changsha.
#[test]
fn detail_panels_show_what_the_text_states_and_mark_what_is_inferred() {
    let catalog = shipped_catalog();
    let inferred = catalog.bundle.initiatives.iter().find(|i| i.inferred.iter().any(|f| f == "places")).expect("a record with inferred places");
    let facts = |id: &str| {
        let detail = Detail::of(&catalog, &explorer_core::i18n::ENGLISH, &ItemRef { kind: RecordKind::Initiative, id: id.into() }).unwrap();
        detail.facts.into_iter().find(|f| f.title == "Places").unwrap().entries.into_iter().map(|e| e.label).collect::<Vec<_>>()
    };
    let (inferred_id, hbtown_places) = (inferred.id.clone(), facts("hbtown-project"));
    assert_eq!(hbtown_places, ["Changsha"]);
    run("inferred_marker", async |page| {
        let places_row = "return [...document.querySelectorAll('.facts dt')].filter(dt => dt.textContent === 'Places')
             .map(dt => dt.nextElementSibling).map(dd => [[...dd.querySelectorAll('a')].map(a => a.textContent), !!dd.querySelector('.inferred-marker')])[0]";
        page.open(&format!("/?view=list&item=initiative:{inferred_id}")).await;
        page.find("#detail-title").await;
        let row = page.eval(places_row).await;
        assert_eq!(row[1], true, "the inferred places are marked: {row}");
        let notes = page.texts(".detail .editor-note").await;
        assert!(notes.iter().any(|n| n.starts_with("Inferred by the editor") && n.contains("places")), "{notes:?}");
        page.open("/?view=list&item=initiative:hbtown-project").await;
        page.find("#detail-title").await;
        let row = page.eval(places_row).await;
        assert_eq!(row[0], serde_json::json!(hbtown_places));
        assert_eq!(row[1], false, "HBTown's place is stated in the text");
    });
}
