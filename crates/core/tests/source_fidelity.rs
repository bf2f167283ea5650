//! What a careful reader of the two source texts checks in the shipped bundle: each test pins
//! one correction (issue "Data fidelity") by what the explorer then shows — a filter's result,
//! a detail panel's places, a timeline year — computed from the bundle through the same filter
//! engine and screens the app uses. Line numbers are those of the texts in `../shared/seeds/`.


use explorer_core::filter::{Query, Sort, Tab};
use explorer_core::model::{OrganisationKind, RecordKind, Status};
use explorer_core::screens::Timeline;

mod shipped;
use shipped::catalog;

/// Paper l.340: "there are two second generation ESCP-4i focused on promoting cooperation
/// activities with China in the renewable energy sector, namely ELBE and EC2i".
#[test]
fn renewable_energy_partnerships_are_the_two_the_paper_names() {
    let catalog = catalog();
    let query = Query { sectors: vec!["renewable-energy".into()], org_types: vec![OrganisationKind::Partnership], ..Query::default() };
    let mut acronyms: Vec<String> = catalog
        .filter(&query, Tab::Organisations, Sort::Name)
        .matches
        .iter()
        .map(|&i| {
            let o = &catalog.bundle.organisations[i as usize];
            o.aliases.first().cloned().unwrap_or_else(|| o.name.clone())
        })
        .collect();
    acronyms.sort();
    assert_eq!(acronyms, ["EC2i", "ELBE"]);
    // l.340 is also the paper's own renewable-energy mission.
    let nanjing = catalog.initiative("ec2i-mission-nanjing-2018").unwrap();
    assert!(nanjing.sectors.iter().any(|s| s == "renewable-energy"));
}

/// Paper l.248: the 36 buildings are "in Venice and Assisi styles"; the project is in Changsha.
#[test]
fn hbtown_is_in_changsha_only() {
    assert_eq!(catalog().initiative("hbtown-project").unwrap().places, ["changsha"]);
}

/// One event, one entry: no timeline year lists an event whose title contains another's
/// ("First annual EU–China Energy Dialogue" and "EU–China Energy Dialogue").
#[test]
fn no_event_is_twice_on_the_timeline() {
    let catalog = catalog();
    let query = Query::default();
    let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
    let timeline = Timeline::of(&catalog, &explorer_core::i18n::ENGLISH, &query, &results, usize::MAX);
    assert!(timeline.years.len() > 10, "the timeline has its years");
    for year in &timeline.years {
        let titles: Vec<String> = year.entries.iter().map(|e| e.link.label.to_lowercase()).collect();
        for (i, a) in titles.iter().enumerate() {
            for b in titles.iter().skip(i + 1) {
                assert!(!a.contains(b.as_str()) && !b.contains(a.as_str()), "{}: {a:?} and {b:?}", year.year);
            }
        }
    }
}

/// Pilot l.1 and l.28 describe one cooperation between Fira de Barcelona and Tianfu.
#[test]
fn fira_de_barcelona_and_tianfu_are_one_cooperation() {
    let catalog = catalog();
    let with_fira: Vec<&str> = catalog
        .bundle
        .initiatives
        .iter()
        .filter(|i| i.organisations.iter().any(|o| o == "fira-de-barcelona"))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(with_fira.len(), 1, "{with_fira:?}");
}

/// Pilot l.103 "Tianjin Port" (Civitavecchia's partner) is not l.13's "Tianjin Port Free Trade
/// Zone" (a West Midlands partner).
#[test]
fn tianjin_port_is_not_the_free_trade_zone() {
    let catalog = catalog();
    let names = |id: &str| -> Vec<String> {
        catalog.initiative(id).unwrap().organisations.iter().map(|o| catalog.organisation(o).unwrap().name.clone()).collect()
    };
    assert!(names("pilot-project-6-4").contains(&"Tianjin Port".to_owned()));
    assert!(!names("pilot-project-6-4").iter().any(|n| n.contains("Free Trade Zone")));
    assert!(catalog.organisation("tianjin-port-free-trade-zone").unwrap().aliases.iter().all(|a| a != "Tianjin Port"));
}

/// Statuses are relative to each document's date: the pilot projects were running in April
/// 2016 with next steps after it; the paper (May 2019) reports NF4's May 2019 tour as past.
#[test]
fn statuses_follow_each_documents_date() {
    let catalog = catalog();
    for id in ["eu-china-city-pilot-projects", "pilot-project-1", "pilot-project-3", "pilot-project-6"] {
        assert_eq!(catalog.initiative(id).unwrap().status, Status::Ongoing, "{id}");
    }
    assert_eq!(catalog.initiative("nf4-innovation-tour-2019").unwrap().status, Status::Done);
}

/// The 3rd Innovation Cooperation Dialogue has no year in the text (l.88), so it has no date
/// and no place on the timeline; the "over 60 sectorial dialogues" are the EEAS's count (l.70).
#[test]
fn undated_and_misattributed_facts_are_not_placed_by_their_neighbours() {
    let catalog = catalog();
    let dialogue = catalog.initiative("innovation-cooperation-dialogue-3").unwrap();
    assert_eq!(dialogue.date, None);
    assert!(!catalog.bundle.milestones.iter().any(|m| m.title.contains("Innovation Cooperation Dialogue")));
    let figure = catalog.bundle.figures.iter().find(|f| f.id == "sectorial-dialogues").unwrap();
    assert_eq!((figure.record.kind, figure.record.id.as_str()), (RecordKind::Organisation, "eeas"));
}

/// Aliases are other names of the same thing: Transylvania is a region, not Cluj-Napoca;
/// SPACE2ID (l.362) is the project before SPACE2IDGO; "clean energy" is not renewable energy.
#[test]
fn aliases_name_the_same_thing() {
    let catalog = catalog();
    assert!(!catalog.place("cluj-napoca").unwrap().aliases.iter().any(|a| a == "Transylvania"));
    assert!(!catalog.organisation("space2idgo").unwrap().aliases.iter().any(|a| a == "SPACE2ID"));
    let renewable = catalog.bundle.sectors.iter().find(|s| s.id == "renewable-energy").unwrap();
    assert!(!renewable.aliases.iter().any(|a| a == "clean energy"));
}

/// Places the texts name are places a visitor can find, each with a source; the regions of
/// footnote 55 and the pilot text's zones included.
#[test]
fn the_places_the_texts_name_can_be_found() {
    let catalog = catalog();
    for (typed, place) in [
        ("malardalen", "malardalen"),
        ("basque country", "basque-country"),
        ("transylvania", "transylvania"),
        ("sino-singapore", "sino-singapore-knowledge-city"),
        ("cetdz", "chengdu-economic-technology-development-zone"),
        ("tianjin airport", "tianjin-airport-economic-area"),
    ] {
        let query = Query { text: typed.into(), ..Query::default() };
        let b = &catalog.bundle;
        let initiatives = catalog.filter(&query, Tab::Initiatives, Sort::Date).matches;
        let organisations = catalog.filter(&query, Tab::Organisations, Sort::Date).matches;
        let found = initiatives.iter().any(|&i| b.initiatives[i as usize].places.iter().any(|p| p == place))
            || organisations.iter().any(|&i| b.organisations[i as usize].places.iter().any(|p| p == place));
        assert!(found, "searching {typed:?} finds a record in {place}");
        assert!(!catalog.place(place).unwrap().sources.is_empty());
    }
}

/// Where a mission went is not where its organiser sits (paper l.306, l.338: EU Gateway
/// missions to Beijing and Shanghai; l.308: the ENRICH tour's visits); "Catalonian Regional
/// Agency ACCIO" (pilot l.29) with its "office in Shanghai" (paper l.134); "Sichuan and Shantou
/// Universities" (pilot l.50) names the province, not Chengdu. A seat the texts do not state is
/// marked inferred (pilot l.38, l.45: the Barcelona and Dublin pilots' partners).
#[test]
fn organisations_sit_where_the_texts_say_or_are_marked_inferred() {
    let catalog = catalog();
    let org = |id: &str| catalog.organisation(id).unwrap_or_else(|| panic!("{id} is in the bundle"));
    assert!(org("eu-gateway").places.is_empty() && org("enrich-in-china").places.is_empty());
    assert_eq!(org("accio").places, ["catalonia", "shanghai"]);
    assert_eq!(org("sichuan-university").places, ["sichuan"]);
    for id in ["esci-upf", "blanquerna", "the-digital-hub", "dcu-cleantech-campus"] {
        assert!(["places", "country"].iter().all(|f| org(id).inferred.iter().any(|i| i == f)), "{id}");
    }
    for id in ["european-commission", "eeas", "most", "capital-museum", "ruijin-hospital", "medilink"] {
        assert!(org(id).inferred.iter().any(|i| i == "places"), "{id}");
    }
}
