//! axe-core (WCAG 2.1 A and AA rules) on every view, in the normal and the embedded layout, in
//! the light and the dark theme, at phone and desktop widths. Any violation fails.

use crate::support::{Session, project_root, run};

const VIEWS: [&str; 5] = ["sectors", "list", "map", "timeline", "stories"];

fn axe_source() -> String {
    let path = project_root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is missing ({e}): ./dev test installs axe-core", path.display()))
}

/// Violations on the current page, one line each: rule, impact, first offending elements.
async fn violations(page: &Session, axe: &str) -> Vec<String> {
    page.eval(&format!("if (!window.axe) {{ {axe} }}; return 1")).await;
    let result = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
                    v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("run axe");
    result.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
}

fn check_all(name: &str, width: u32, dark: bool) {
    let axe = axe_source();
    let bundle = crate::support::shipped_bundle();
    // Every view, plus the detail panel of each kind of record.
    let mut links: Vec<String> = VIEWS.iter().map(|v| format!("/?view={v}")).collect();
    links.push(format!("/?view=list&item=initiative:{}", bundle.initiatives[0].id));
    links.push(format!("/?view=list&tab=organisations&item=organisation:{}", bundle.organisations[0].id));
    links.push(format!("/?view=map&item=place:{}", bundle.places[0].id));
    run(name, async |page| {
        page.resize(width, 900).await;
        page.set_dark_theme(dark).await;
        let mut failures = Vec::new();
        for embed in [false, true] {
            for link in &links {
                let link = format!("{link}{}", if embed { "&embed=1" } else { "" });
                page.open(&link).await;
                page.find(".explorer").await;
                if link.contains("view=map") {
                    page.find(".map__pin").await;
                }
                // On phones the filters hide behind a button: check them open.
                if width < 800 {
                    page.click(".filters__toggle").await;
                }
                for violation in violations(page, &axe).await {
                    failures.push(format!("{link} ({width} px, {}): {violation}", if dark { "dark" } else { "light" }));
                }
            }
        }
        assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
    });
}

#[test]
fn no_violations_on_a_phone_in_the_light_theme() {
    check_all("axe_375_light", 375, false);
}

#[test]
fn no_violations_on_a_phone_in_the_dark_theme() {
    check_all("axe_375_dark", 375, true);
}

#[test]
fn no_violations_on_a_desktop_in_the_light_theme() {
    check_all("axe_1280_light", 1280, false);
}

#[test]
fn no_violations_on_a_desktop_in_the_dark_theme() {
    check_all("axe_1280_dark", 1280, true);
}
