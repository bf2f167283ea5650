//! The first screen: the page loads, fetches the bundle and shows what it loaded.

use explorer_core::summary::headline_counts;

use crate::support::{Canned, run, shipped_bundle};

#[test]
fn shows_the_counts_of_the_loaded_bundle() {
    run("first_screen", async |page| {
        page.open("/").await;
        page.find(".count-card").await;

        let shown: Vec<String> = page.texts(".count-card").await;
        let expected: Vec<String> = headline_counts(&shipped_bundle(), &explorer_core::i18n::ENGLISH)
            .iter()
            .map(|count| format!("{}\n{}", count.value, count.label))
            .collect();
        assert_eq!(shown, expected);

        let title = page.texts("h1").await;
        assert_eq!(title, vec![shipped_bundle().meta.title]);
        assert_eq!(page.eval("return document.title").await, "EU–China Cluster Cooperation Explorer");
    });
}

#[test]
fn first_screen_fits_phones_and_desktops() {
    run("first_screen_widths", async |page| {
        for (width, height) in [(375, 812), (1280, 900)] {
            page.resize(width, height).await;
            page.open("/").await;
            page.find(".count-card").await;
            let overflow =
                page.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
            assert_eq!(overflow, 0, "horizontal scrolling at {width} px");
            page.save_screenshot(&format!("first-screen-{width}")).await;
        }
    });
}

/// The app's WebAssembly file in `dist/` (its name carries a content hash).
fn wasm_path() -> String {
    let dist = crate::support::project_root().join("dist");
    let name = std::fs::read_dir(&dist)
        .expect("dist/ is built")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with("_bg.wasm"))
        .expect("the app's wasm in dist/");
    format!("/{name}")
}

#[test]
fn before_the_app_has_started_the_map_shows_its_heading_and_lead() {
    use explorer_core::i18n::{CHINESE, ENGLISH};
    run("first_screen_static", async |page| {
        // With the app's code held back, what index.html alone shows.
        page.server.replace(&wasm_path(), Canned { status: 404, content_type: "text/plain", body: b"held back".to_vec() });
        page.expect_console_error("_bg.wasm");
        for (address, t) in [("/?view=map", &ENGLISH), ("/?view=map&lang=zh", &CHINESE), ("/?view=timeline&embed=1", &ENGLISH)] {
            page.open(address).await;
            let heading = if address.contains("timeline") { (t.timeline_heading, t.timeline_lead) } else { (t.places_heading, t.places_lead) };
            let shown = page
                .eval("const shown = css => [...document.querySelectorAll(css)].filter(e => e.checkVisibility()).map(e => e.innerText);
                       return [shown('h1'), shown('.view-lead'), shown('.loading')]")
                .await;
            assert_eq!(shown, serde_json::json!([[heading.0], [heading.1], [t.loading]]), "{address}");
        }
        // Other views show the loading message alone.
        page.open("/?view=list").await;
        assert_eq!(page.eval("return [...document.querySelectorAll('h1, .view-lead')].filter(e => e.checkVisibility()).length").await, 0);
    });
    // Once the app runs, its page replaces the first screen: one main, one heading.
    run("first_screen_replaced", async |page| {
        page.open("/?view=map").await;
        page.find(".map__svg").await;
        let left = page.eval("return [document.querySelectorAll('main').length, !!document.getElementById('first-screen'), document.querySelectorAll('h1').length]").await;
        assert_eq!(left, serde_json::json!([1, false, 1]));
    });
}
