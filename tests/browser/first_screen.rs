//! The first screen: the page loads, fetches the bundle and shows what it loaded.

use explorer_core::summary::headline_counts;

use crate::support::{run, shipped_bundle};

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
