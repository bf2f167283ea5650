//! Every view at phone (320, 375 px) and desktop widths, light and dark: no horizontal scrolling, and a
//! screenshot of each in `target/browser-screenshots/` to look at.

use crate::support::{run, shipped_bundle};

fn links() -> Vec<(&'static str, String)> {
    let bundle = shipped_bundle();
    let sector = bundle.sectors.iter().find(|s| s.summary.is_some()).unwrap_or(&bundle.sectors[0]).id.clone();
    vec![
        ("sectors", "/".into()),
        ("sector", format!("/?sector={sector}")),
        ("list", format!("/?view=list&item=initiative:{}", bundle.initiatives[0].id)),
        ("map", "/?view=map".into()),
        ("timeline", "/?view=timeline".into()),
        ("stories", "/?view=stories".into()),
        ("embed-map", "/?view=map&embed=1".into()),
    ]
}

#[test]
fn every_view_fits_phones_and_desktops_in_both_themes() {
    run("screens", async |page| {
        for dark in [false, true] {
            page.set_dark_theme(dark).await;
            for width in [320, 375, 1280] {
                page.resize(width, 1000).await;
                for (name, link) in links() {
                    page.open(&link).await;
                    page.find(".explorer").await;
                    if link.contains("view=map") {
                        page.find(".map__land path").await;
                    }
                    let overflow = page
                        .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                        .await;
                    assert_eq!(overflow, 0, "{link} scrolls sideways at {width} px");
                    let theme = if dark { "-dark" } else { "" };
                    page.save_screenshot(&format!("view-{name}-{width}{theme}")).await;
                }
            }
        }
    });
}
