//! The explorer driven as a visitor would: through clicks and through links. Expected numbers
//! are computed natively from the shipped bundle with the same filter engine.

use explorer_core::filter::{Facet, Query, Sort, Tab, text::normalize};

use explorer_core::screens::ResultRow;

use crate::support::{run, shipped_catalog};

const SUMMARY: &str = ".results__summary";

fn matching(query: Query, tab: Tab) -> usize {
    shipped_catalog().filter(&query, tab, Sort::Date).matches.len()
}

/// The option of `facet` with the most initiatives, as (id, label, count).
fn busiest_option(facet: Facet) -> (String, String, usize) {
    let catalog = shipped_catalog();
    let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    let (option, count) = catalog
        .options(facet)
        .into_iter()
        .zip(results.counts.of(facet).iter().copied())
        .max_by_key(|(_, count)| *count)
        .expect("the facet has options");
    (option.id, option.label, count as usize)
}

#[test]
fn a_sector_tile_opens_the_sector_page() {
    let catalog = shipped_catalog();
    run("sector_tile", async |page| {
        page.open("/").await;
        let first_tile = page.find(".sector-tile__name").await.text().await.unwrap();
        page.click(".sector-tile__link").await;
        page.wait_for_text("h1", &first_tile).await;
        let id = page.param("sector").await.expect("the URL names the sector");
        let sector = catalog.sector(&id).expect("a known sector");
        assert_eq!(sector.name, first_tile);
        let query = Query { sectors: vec![id], ..Query::default() };
        let counts = page.texts(".sector-page__grid h2 .count").await;
        let expected = [matching(query.clone(), Tab::Initiatives), matching(query, Tab::Organisations)];
        assert_eq!(counts, expected.map(|n| n.to_string()));
    });
}

#[test]
fn a_facet_click_filters_shows_a_chip_and_back_forward_walk_through_it() {
    let (kind, label, count) = busiest_option(Facet::Kind);
    run("facet_click", async |page| {
        page.open("/?view=list").await;
        let total = shipped_catalog().bundle.initiatives.len();
        page.wait_for_text(SUMMARY, &format!("{} matching", total)).await;

        page.click_xpath(&format!(
            "//details[summary[contains(., 'Kind')]]//label[span[normalize-space(text())='{label}']]/input"
        ))
        .await;
        page.wait_for_text(SUMMARY, &format!("{} matching", count)).await;
        assert_eq!(page.param("kind").await.as_deref(), Some(kind.as_str()));
        assert_eq!(page.texts(".chip").await, vec![format!("Kind: {label}\n×")]);

        page.client.back().await.unwrap();
        page.wait_for_text(SUMMARY, &format!("{} matching", total)).await;
        assert!(page.texts(".chip").await.is_empty());
        page.client.forward().await.unwrap();
        page.wait_for_text(SUMMARY, &format!("{} matching", count)).await;

        page.click(".chip").await;
        page.wait_for_text(SUMMARY, &format!("{} matching", total)).await;
        assert_eq!(page.param("kind").await, None);
    });
}

#[test]
fn a_deep_link_restores_the_screen_and_survives_a_reload() {
    let catalog = shipped_catalog();
    let (sector, sector_label, _) = busiest_option(Facet::Sector);
    let initiative =
        catalog.bundle.initiatives.iter().find(|i| i.sectors.contains(&sector)).expect("an initiative in it");
    let query =
        Query { sectors: vec![sector.clone()], sides: vec![explorer_core::model::Side::China], ..Query::default() };
    let expected = matching(query, Tab::Initiatives);
    let link = format!("/?view=list&sector={sector}&side=china&item=initiative:{}", initiative.id);
    run("deep_link", async |page| {
        for _ in 0..2 {
            page.open(&link).await;
            page.wait_for_text(SUMMARY, &format!("{expected} matching")).await;
            assert_eq!(
                page.texts(".chip").await,
                vec![format!("Sector: {sector_label}\n×"), "Side: China\n×".to_owned()]
            );
            page.wait_for_text("#detail-title", &initiative.name).await;
            page.client.refresh().await.unwrap();
        }
    });
}

#[test]
fn search_ignores_case_and_accents() {
    let catalog = shipped_catalog();
    // A place whose name has an accent (Málaga in the real data), typed without it.
    let place = catalog
        .bundle
        .places
        .iter()
        .find(|p| normalize(&p.name) != p.name.to_lowercase())
        .expect("a place with an accented name");
    let typed = normalize(&place.name).to_uppercase();
    let expected = matching(Query { text: typed.clone(), ..Query::default() }, Tab::Initiatives);
    assert!(expected > 0, "the accented place {} has initiatives", place.name);
    run("search", async |page| {
        page.open("/?view=list").await;
        page.find("#search-input").await.send_keys(&typed).await.unwrap();
        page.wait_for_text(SUMMARY, &format!("{expected} matching")).await;
        page.wait_until_param("q", &typed).await;
        let first = page.texts(".result").await.join("\n");
        assert!(first.contains(&place.name), "results name {}: {first}", place.name);
    });
}

#[test]
fn unknown_and_malformed_parameters_are_ignored_with_a_notice() {
    run("bad_params", async |page| {
        page.open("/?view=galaxy&colour=red&from=20x8&place=atlantis").await;
        let notice = page.wait_for_text(".notice", "ignored").await;
        for expected in ["galaxy", "colour", "20x8", "atlantis"] {
            assert!(notice.contains(expected), "{notice}");
        }
        page.find(".sector-tile").await;
    });
}

#[test]
fn an_empty_result_offers_to_drop_the_narrowest_filter() {
    run("empty_result", async |page| {
        page.open("/?view=list&q=zzzzqqqq").await;
        let empty = page.wait_for_text(".empty", "Nothing matches").await;
        assert!(empty.contains("Search: “zzzzqqqq”"), "{empty}");
        page.click(".empty a").await;
        page.wait_for_text(SUMMARY, &format!("{} matching", shipped_catalog().bundle.initiatives.len())).await;
    });
}

#[test]
fn names_in_a_detail_panel_re_filter() {
    let catalog = shipped_catalog();
    let initiative =
        catalog.bundle.initiatives.iter().find(|i| !i.places.is_empty()).expect("an initiative with a place");
    let place = catalog.place(&initiative.places[0]).unwrap();
    let expected = matching(Query { places: vec![place.id.clone()], ..Query::default() }, Tab::Initiatives);
    run("detail_links", async |page| {
        page.open(&format!("/?view=list&item=initiative:{}", initiative.id)).await;
        page.wait_for_text("#detail-title", &initiative.name).await;
        page.click(".detail .facts .filter-link").await;
        page.wait_for_text("#detail-title", &place.name).await;
        assert_eq!(page.param("place").await.as_deref(), Some(place.id.as_str()));
        page.wait_for_text(SUMMARY, &format!("{expected} matching")).await;
    });
}

#[test]
fn timeline_and_stories_show_the_documents_content() {
    let catalog = shipped_catalog();
    run("timeline_stories", async |page| {
        page.open("/?view=timeline").await;
        page.find(".timeline__item").await;
        let milestones = page.texts(".timeline__item--milestone").await;
        assert_eq!(milestones.len(), catalog.bundle.milestones.len());
        page.click_xpath("//nav[@aria-label='Views']//a[text()='Success stories']").await;
        page.wait_for_text("h1", "Success stories").await;
        let titles = page.texts(".story h2").await;
        let expected: Vec<String> = catalog.bundle.stories.iter().map(|s| s.title.clone()).collect();
        assert_eq!(titles, expected);
    });
}

#[test]
fn results_download_as_csv_with_the_header_first() {
    let (kind, _, count) = busiest_option(Facet::Kind);
    run("download", async |page| {
        page.open(&format!("/?view=list&kind={kind}")).await;
        page.wait_for_text(SUMMARY, &format!("{count} matching")).await;
        page.click_xpath("//button[text()='Download CSV']").await;
        let file = page.downloads.join("eu-china-cooperation.csv");
        for _ in 0..100 {
            if file.exists() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let csv = std::fs::read_to_string(&file).expect("the CSV was downloaded");
        let csv = csv.strip_prefix('\u{FEFF}').expect("UTF-8 with a byte-order mark");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines[0], explorer_core::export::csv_header(Tab::Initiatives), "the header is the first row");
        assert_eq!(lines.len(), count + 1, "header, one line per result");
    });
}

#[test]
fn show_more_adds_the_next_rows_in_order_and_a_new_filter_starts_from_the_first_page() {
    let catalog = shipped_catalog();
    let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
    let titles: Vec<String> = results
        .matches
        .iter()
        .map(|&i| ResultRow::of(&catalog, &explorer_core::i18n::ENGLISH, Tab::Initiatives, i).link.label)
        .collect();
    run("show_more", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let first = page.texts(".result__title").await;
        assert!(first.len() < titles.len(), "the bundle must fill more than one page for this test to mean something");
        assert_eq!(first, titles[..first.len()], "the first page, newest first");
        let summary = page.texts(SUMMARY).await.join("");
        assert!(summary.starts_with(&format!("{} of {} ", first.len(), titles.len())), "{summary}");
        // Keyboard: the button, then Enter.
        let more = page.find(".show-more").await;
        more.send_keys(&fantoccini::key::Key::Enter.to_string()).await.unwrap();
        let two_pages = (first.len() * 2).min(titles.len());
        page.wait_for_text(SUMMARY, &format!("{two_pages} of {} ", titles.len())).await;
        assert_eq!(page.texts(".result__title").await, titles[..two_pages], "the next page follows the first");
        // A filter is a new result set: back to one page.
        let (sector, label, count) = busiest_option(Facet::Sector);
        page.click_xpath(&format!(
            "//details[summary[contains(., 'Sector')]]//label[span[normalize-space(text())='{label}']]/input"
        ))
        .await;
        page.wait_until_param("sector", &sector).await;
        page.wait_for_text(SUMMARY, &format!("{} of {count} ", first.len().min(count))).await;
        assert_eq!(page.texts(".result__title").await.len(), first.len().min(count));
    });
}
