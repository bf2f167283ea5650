//! The map and its city list: what remains under a filter, and choosing a place from either.

use explorer_core::filter::{Facet, Query, Sort, Tab};
use explorer_core::map::PANELS;
use explorer_core::model::PlaceKind;
use explorer_core::screens::{Places, pin_radius};
use fantoccini::key::Key;

use crate::support::{run, shipped_catalog};

/// Names of the places with matching initiatives, and of those inside a map panel with the
/// width their pins are drawn at.
fn expected_places(query: &Query) -> (Vec<String>, Vec<String>) {
    let catalog = shipped_catalog();
    let results = catalog.filter(query, Tab::Initiatives, Sort::Date);
    let listed: Vec<&explorer_core::model::Place> = catalog
        .bundle
        .places
        .iter()
        .enumerate()
        .filter(|(i, _)| results.counts.of(Facet::Place)[*i] > 0)
        .map(|(_, p)| p)
        .collect();
    let mut rows: Vec<String> = listed.iter().map(|p| p.name.clone()).collect();
    // Each pin as "name width": its mark's area grows with its matching initiatives (a circle
    // 2r wide, or a square 1.8r wide for a region, province or country).
    let mut pins: Vec<String> = listed
        .iter()
        .filter(|p| PANELS.iter().any(|panel| panel.side == p.side && panel.contains(p.lat, p.lon)))
        .map(|p| {
            let count = results.counts.of(Facet::Place)[catalog.place_ix(&p.id).unwrap() as usize];
            let square = matches!(p.kind, PlaceKind::Region | PlaceKind::Province | PlaceKind::Country);
            format!("{} {:.1}", p.name, pin_radius(count) * if square { 1.8 } else { 2.0 })
        })
        .collect();
    rows.sort();
    pins.sort();
    (rows, pins)
}

/// The sector with the fewest initiatives (but some): the one most likely to narrow the map.
fn narrowest_sector() -> String {
    let catalog = shipped_catalog();
    let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    let options = catalog.options(Facet::Sector);
    let best = (0..options.len())
        .filter(|&i| results.counts.of(Facet::Sector)[i] > 0)
        .min_by_key(|&i| results.counts.of(Facet::Sector)[i])
        .unwrap();
    options[best].id.clone()
}

/// The places listed (every row: "Show all" clicked on each side) and pinned.
async fn shown(page: &crate::support::Session) -> (Vec<String>, Vec<String>) {
    page.eval("document.querySelectorAll('.place-group .link-button[aria-expanded=false]').forEach(b => b.click()); return 0").await;
    let mut rows: Vec<String> = page.texts(".place-row__name .filter-link").await;
    let labels =
        page.eval("return [...document.querySelectorAll('.map__pin')].filter(p => getComputedStyle(p).display !== 'none').map(p => [p.getAttribute('aria-label'), p.querySelector('.map__pin-mark').getBBox().width])").await;
    let mut pins: Vec<String> = labels
        .as_array()
        .unwrap()
        .iter()
        .map(|pin| format!("{} {:.1}", pin[0].as_str().unwrap().split(", ").next().unwrap(), pin[1].as_f64().unwrap()))
        .collect();
    rows.sort();
    pins.sort();
    (rows, pins)
}

#[test]
fn a_sector_filter_leaves_its_pins_and_rows() {
    let sector = narrowest_sector();
    let (all_rows, all_pins) = expected_places(&Query::default());
    let (rows, pins) = expected_places(&Query { sectors: vec![sector.clone()], ..Query::default() });
    assert!(rows.len() < all_rows.len(), "the sector filter must narrow the places for this test to mean something");
    run("map_filter", async |page| {
        page.open("/?view=map").await;
        page.find(".map__pin").await;
        assert_eq!(shown(page).await, (all_rows.clone(), all_pins.clone()));
        page.open(&format!("/?view=map&sector={sector}")).await;
        page.find(".map__pin").await;
        assert_eq!(shown(page).await, (rows.clone(), pins.clone()));
        // On the page: the filter dropped, then back again (the pins it hides stay in the page,
        // hidden, and must not show).
        page.click("a.chip").await;
        page.wait_until_param_absent("sector").await;
        assert_eq!(shown(page).await, (all_rows.clone(), all_pins.clone()));
        page.client.back().await.unwrap();
        page.wait_until_param("sector", &sector).await;
        assert_eq!(shown(page).await, (rows.clone(), pins.clone()));
    });
}

#[test]
fn a_place_is_chosen_from_the_map_by_keyboard() {
    run("map_keyboard", async |page| {
        page.open("/?view=map").await;
        let pin = page.find(".map__pin").await;
        let label = pin.attr("aria-label").await.unwrap().unwrap();
        let name = label.split(", ").next().unwrap().to_owned();
        assert!(label.contains(" initiative"), "accessible name says how many: {label}");
        page.eval("document.querySelector('.map__pin').focus(); return 1").await;
        pin.send_keys(&Key::Enter.to_string()).await.unwrap();
        page.wait_for_text("#detail-title", &name).await;
        let id = page.param("place").await.expect("place= in the URL");
        assert_eq!(shipped_catalog().place(&id).unwrap().name, name);
        // Pointer and focus gone, the chosen pin stays lit (a thicker ring), and only it.
        page.eval("document.activeElement.blur(); return 1").await;
        let rings = page.eval(RING_WIDTHS).await;
        let lit: Vec<&str> = rings.as_object().unwrap().iter().filter(|(_, w)| w.as_str() == Some("3px")).map(|(p, _)| p.as_str()).collect();
        assert_eq!(lit, [id.as_str()], "the chosen pin, and only it, is highlighted");
    });
}

/// Each pin's place and the width of its mark's ring, as drawn.
const RING_WIDTHS: &str = "return Object.fromEntries([...document.querySelectorAll('.map__pin')].map(p =>
    [p.dataset.place, getComputedStyle(p.querySelector('.map__pin-mark')).strokeWidth]))";

#[test]
fn pointing_at_a_city_row_lights_its_pin_and_lines() {
    let catalog = shipped_catalog();
    let places = Places::of(&catalog, &explorer_core::i18n::ENGLISH, &catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date));
    run("map_hover", async |page| {
        page.open("/?view=map").await;
        page.find(".map__pin").await;
        // The listed place with the most partner lines.
        let listed = page.eval("return [...document.querySelectorAll('.place-row')].map(r => r.dataset.place)").await;
        let lines_of = |id: &str| places.lines.iter().filter(|l| l.europe == id || l.china == id).count();
        let place = listed.as_array().unwrap().iter().filter_map(|p| p.as_str()).max_by_key(|id| lines_of(id)).unwrap().to_owned();
        assert!(lines_of(&place) > 1, "{place} has partner lines");
        let row = page.find(&format!(".place-row[data-place='{place}'] .place-row__country")).await;
        page.point_at(row).await;
        let rings = page.eval(RING_WIDTHS).await;
        let lit: Vec<&str> = rings.as_object().unwrap().iter().filter(|(_, w)| w.as_str() == Some("3px")).map(|(p, _)| p.as_str()).collect();
        assert_eq!(lit, [place.as_str()], "pointing at the row lights its pin");
        // Its lines, and only its, are drawn again opaque: every lit curve starts or ends at its pin.
        let lit = page
            .eval(&format!(
                "const pin = document.querySelector('.map__pin[data-place=\"{place}\"]').getAttribute('transform').match(/translate\\((.*) (.*)\\)/);
                 const curves = [...document.querySelectorAll('.map__links--lit .map__link')]
                   .filter(l => getComputedStyle(l).strokeOpacity === '0.95')
                   .flatMap(l => (l.getAttribute('d') || '').split('M').slice(1));
                 return [curves.length, curves.filter(c => c.startsWith(pin[1] + ' ' + pin[2] + 'Q') || c.endsWith(' ' + pin[1] + ' ' + pin[2])).length]"
            ))
            .await;
        assert_eq!(lit, serde_json::json!([lines_of(&place), lines_of(&place)]), "the lit curves of {place}");
        // Pointing at the map's heading instead leaves nothing lit.
        page.point_at(page.find(".view-title").await).await;
        let rings = page.eval(RING_WIDTHS).await;
        assert!(rings.as_object().unwrap().values().all(|w| w.as_str() != Some("3px")), "{rings}");
        let curves = page.eval("return [...document.querySelectorAll('.map__links--lit .map__link')].filter(l => l.getAttribute('d')).length").await;
        assert_eq!(curves, 0, "no lit line");
    });
}

#[test]
fn a_place_is_chosen_from_the_city_list() {
    run("map_list", async |page| {
        page.open("/?view=map").await;
        let link = page.find(".place-row__name .filter-link").await;
        let name = link.text().await.unwrap();
        link.click().await.unwrap();
        page.wait_for_text("#detail-title", &name).await;
        let id = page.param("place").await.expect("place= in the URL");
        assert_eq!(shipped_catalog().place(&id).unwrap().name, name);
        assert_eq!(page.param("view").await.as_deref(), Some("map"), "the map stays on screen");
    });
}

/// The map names its busiest places without pointing — at least 8 per panel on the real
/// bundle at 1280 px — and no name covers another name or another place's pin.
#[test]
fn the_map_names_its_busiest_places_without_overlaps() {
    let catalog = shipped_catalog();
    let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    let places = explorer_core::screens::Places::of(&catalog, &explorer_core::i18n::ENGLISH, &results);
    let mut expected: Vec<String> = places.pins.iter().filter(|p| p.named.is_some()).map(|p| p.id.clone()).collect();
    expected.sort();
    for panel in 0..PANELS.len() {
        let named = places.pins.iter().filter(|p| p.panel == panel && p.named.is_some()).count();
        assert!(named >= 8, "panel {panel}: {named} names");
    }
    run("map_names", async |page| {
        page.open("/?view=map").await;
        page.find(".map__pin").await;
        let shown = page
            .eval(
                "const box = e => e.getBoundingClientRect();
                 const named = [...document.querySelectorAll('.map__pin')].filter(p => getComputedStyle(p.querySelector('.map__label')).display !== 'none');
                 const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                 const problems = [];
                 for (const p of named) {
                   const label = box(p.querySelector('.map__label'));
                   for (const q of named) if (q !== p && hit(label, box(q.querySelector('.map__label')))) problems.push(p.dataset.place + ' name covers ' + q.dataset.place + ' name');
                   for (const q of document.querySelectorAll('.map__pin')) if (q !== p && hit(label, box(q.querySelector('.map__pin-mark')))) problems.push(p.dataset.place + ' name covers ' + q.dataset.place + ' pin');
                 }
                 return [named.map(p => p.dataset.place).sort(), problems];",
            )
            .await;
        let names: Vec<String> = serde_json::from_value(shown[0].clone()).unwrap();
        assert_eq!(names, expected, "the names the core chose are the names on screen");
        assert_eq!(shown[1], serde_json::json!([]), "no overlaps");
    });
}

/// The city list is rewritten in place as the screen changes (`write_rows` in the app): after
/// each change, rows leaving and coming back included, it reads exactly as the list that a fresh
/// page draws at the same address.
#[test]
fn the_city_list_after_each_change_reads_as_a_fresh_page_at_its_address() {
    const LIST: &str = "return [document.querySelector('.place-groups').innerHTML,
        document.querySelectorAll('.place-row').length, document.querySelectorAll('.place-row__partners a').length]";
    let first_sector = "document.querySelector('.filters__panel input[type=checkbox]').click(); return 0";
    let first_row = "document.querySelector('.place-row__name a').click(); return 0";
    run("city_list_in_place", async |page| {
        page.open("/?view=map").await;
        page.find(".place-row").await;
        let settle = async || {
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            let list = page.eval(LIST).await;
            let address = page.eval("return location.pathname + location.search").await;
            (address.as_str().unwrap().to_owned(), list)
        };
        let mut seen = vec![settle().await];
        for step in [first_sector, first_row, "history.back(); return 0", first_sector, first_row, "history.back(); return 0", "history.back(); return 0"] {
            page.eval(step).await;
            seen.push(settle().await);
        }
        let counts: Vec<(u64, u64)> = seen.iter().map(|(_, l)| (l[1].as_u64().unwrap(), l[2].as_u64().unwrap())).collect();
        let moved = |pick: fn(&(u64, u64)) -> u64| {
            let steps: Vec<(u64, u64)> = counts.windows(2).map(|w| (pick(&w[0]), pick(&w[1]))).collect();
            steps.iter().any(|(a, b)| b < a) && steps.iter().any(|(a, b)| b > a)
        };
        assert!(moved(|c| c.0) && moved(|c| c.1), "rows and partners must both leave and come back: {counts:?}");
        for (address, list) in &seen {
            page.open(address).await;
            page.find(".place-row").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            assert_eq!(page.eval(LIST).await, *list, "the city list at {address}");
        }
    });
}

/// The city list's rows are rewritten in place, so after a filter change the row with the
/// keyboard focus (or under a still pointer) may show another place: that place is then the
/// pointed one, its row and pin lit (and no other), as when the focus moves onto a row.
#[test]
fn the_focused_row_stays_lit_through_a_change() {
    run("city_list_pointed", async |page| {
        page.open("/?view=map").await;
        page.find(".place-row").await;
        let focused = "return document.activeElement.closest('.place-row').dataset.place";
        page.eval("document.querySelector('.place-row:nth-child(1) .place-row__name a').focus(); return 0").await;
        let first = page.eval(focused).await;
        let lit = "return [...document.querySelectorAll('.place-row.is-pointed, .map__pin.is-pointed')].map(r => r.dataset.place)";
        assert_eq!(page.eval(lit).await, serde_json::json!([first, first]), "the row and its pin");
        let mut moved = false;
        for _ in 0..4 {
            page.eval("document.querySelector('.filters__panel input[type=checkbox]').click(); return 0").await;
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            let now = page.eval(focused).await;
            moved |= now != first;
            assert_eq!(page.eval(lit).await, serde_json::json!([now, now]), "lit after a change: the focused row and its pin");
        }
        assert!(moved, "another place must move into the focused row for this test to mean something");
    });
}
