//! "Download image": the map and a sector page's chart as figures for a report — an SVG that
//! parses, with its title, the filters in words, the legend and the source line as text, and a
//! PNG at twice the pixel density. Expected words come from the core and the shipped bundle.

use explorer_core::filter::{Query, Sort, Tab};
use explorer_core::screens::SectorMatches;
use serde_json::Value;

use crate::support::{Session, run, shipped_catalog};

/// Keeps every file the page offers for download (the blobs behind its object URLs).
const KEEP_DOWNLOADS: &str = "window.kept = []; const make = URL.createObjectURL;
    URL.createObjectURL = blob => { window.kept.push(blob); return make.call(URL, blob); }; return 1";

/// What a downloaded SVG holds.
struct Picture {
    texts: Vec<String>,
    /// Elements of class `marks` in it.
    marks: Value,
    width: f64,
    height: f64,
}

/// Presses both download buttons and reads the SVG and the PNG they give; checks the PNG is
/// twice the SVG's size with content.
async fn download_both(page: &Session, marks: &str) -> Picture {
    page.eval(KEEP_DOWNLOADS).await;
    page.click_xpath("//button[normalize-space()='Download image (SVG)']").await;
    let svg = page
        .client
        .execute_async(
            "const [marks, done] = arguments; const blob = window.kept.find(b => b.type === 'image/svg+xml');
             blob.text().then(text => {
               const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
               done({ error: !!doc.querySelector('parsererror'), texts: [...doc.querySelectorAll('text')].map(t => t.textContent),
                      marks: doc.querySelectorAll('.' + marks).length, width: doc.documentElement.getAttribute('width'),
                      height: doc.documentElement.getAttribute('height') });
             });",
            vec![marks.into()],
        )
        .await
        .unwrap();
    assert_eq!(svg["error"], false, "the SVG parses");
    let picture = Picture {
        texts: serde_json::from_value(svg["texts"].clone()).unwrap(),
        marks: svg["marks"].clone(),
        width: svg["width"].as_str().unwrap().parse().unwrap(),
        height: svg["height"].as_str().unwrap().parse().unwrap(),
    };
    page.click_xpath("//button[normalize-space()='Download image (PNG)']").await;
    let mut png = Value::Null;
    for _ in 0..50 {
        png = page
            .client
            .execute_async(
                "const done = arguments[0]; const blob = window.kept.find(b => b.type === 'image/png');
                 if (!blob) { done(null); } else { createImageBitmap(blob).then(i => done([blob.size, i.width, i.height])); }",
                vec![],
            )
            .await
            .unwrap();
        if !png.is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(png[0].as_i64().unwrap() > 10_000, "a PNG with content: {png}");
    let size = (png[1].as_f64().unwrap(), png[2].as_f64().unwrap());
    assert_eq!(size, ((picture.width * 2.0).floor(), (picture.height * 2.0).floor()), "twice the pixel density");
    picture
}

/// The words every picture carries: the filters, the explorer's link with the state, sources.
fn assert_framed(texts: &[String], query: &Query, parameter: &str) {
    let catalog = shipped_catalog();
    let words = explorer_core::screens::filters_in_words(&catalog, &explorer_core::i18n::ENGLISH, query);
    assert!(texts.iter().any(|t| t.contains(&words)), "filters in words ({words}): {texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("Source: EU–China Cluster Cooperation Explorer, http") && t.contains(parameter)), "{texts:?}");
    for document in &catalog.bundle.meta.documents {
        assert!(texts.iter().any(|t| t.contains(&document.title)), "{} is cited: {texts:?}", document.title);
    }
}

#[test]
fn the_map_downloads_as_a_figure_in_svg_and_png() {
    let query = Query { sectors: vec!["renewable-energy".into()], ..Query::default() };
    run("map_picture", async |page| {
        page.open("/?view=map&sector=renewable-energy").await;
        page.find(".map__pin").await;
        let picture = download_both(&page, "map__pin").await;
        assert!(picture.texts.iter().any(|t| t.contains("Where EU–China cluster cooperation happens")), "{:?}", picture.texts);
        assert!(picture.texts.iter().any(|t| t.contains("Natural Earth")), "{:?}", picture.texts);
        assert_framed(&picture.texts, &query, "sector=renewable-energy");
        let pins_on_screen = page.eval("return document.querySelectorAll('.map__pin').length").await;
        assert_eq!(picture.marks, pins_on_screen, "every pin is in the picture");
    });
}

#[test]
fn a_sector_page_downloads_its_chart_as_a_figure() {
    let catalog = shipped_catalog();
    let chart_of = |query: &Query| {
        let initiatives = catalog.filter(query, Tab::Initiatives, Sort::Date);
        let organisations = catalog.filter(query, Tab::Organisations, Sort::Name);
        SectorMatches::of(&catalog, &explorer_core::i18n::ENGLISH, &initiatives, &organisations).chart
    };
    // The sector whose chart has the most bars since 2016.
    let (query, chart) = catalog
        .bundle
        .sectors
        .iter()
        .map(|s| Query { sectors: vec![s.id.clone()], from: Some(2016), ..Query::default() })
        .map(|q| {
            let chart = chart_of(&q);
            (q, chart)
        })
        .max_by_key(|(_, chart)| chart.bars.len())
        .unwrap();
    assert!(chart.bars.len() >= 3, "a chart worth drawing: {chart:?}");
    let id = query.sectors[0].clone();
    let sector = catalog.sector(&id).unwrap().name.clone();
    run("sector_picture", async move |page| {
        page.open(&format!("/?sector={id}&from=2016")).await;
        let on_screen = page.find(".bar-chart__svg").await.attr("aria-label").await.unwrap().unwrap();
        assert_eq!(on_screen, format!("Initiatives per place: {}.", chart.in_words), "the chart says its numbers");
        assert_eq!(page.texts(".bar-chart__value").await, chart.bars.iter().map(|b| b.value.to_string()).collect::<Vec<_>>());
        let picture = download_both(&page, "bar-chart__bar").await;
        assert!(picture.texts.iter().any(|t| t.starts_with(&format!("{sector}: "))), "{:?}", picture.texts);
        assert!(picture.texts.iter().any(|t| t.starts_with("Bars: initiatives per place")), "{:?}", picture.texts);
        assert_framed(&picture.texts, &query, &format!("sector={id}"));
        assert_eq!(picture.marks, chart.bars.len(), "every bar is in the picture");
        for width in [375, 1280] {
            page.resize(width, 900).await;
            let overflow = page.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
            assert_eq!(overflow, 0, "horizontal scrolling at {width} px");
            page.find(".bar-chart").await.click().await.ok();
            page.save_screenshot(&format!("sector-chart-{width}")).await;
        }
    });
}
