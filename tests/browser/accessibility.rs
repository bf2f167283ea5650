//! axe-core (WCAG 2.1 A and AA rules) on every view, in the normal and the embedded layout, in
//! the light and the dark theme, at phone and desktop widths. Any violation fails.

use crate::support::{Session, project_root, run};

const VIEWS: [&str; 5] = ["sectors", "list", "map", "timeline", "stories"];

pub fn axe_source() -> String {
    let path = project_root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is missing ({e}): ./dev test installs axe-core", path.display()))
}

/// Violations on the current page, one line each: rule, impact, first offending elements.
pub async fn violations(page: &Session, axe: &str) -> Vec<String> {
    page.eval(&format!("if (!window.axe) {{ {axe} }}; return 1")).await;
    let result = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
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

/// What has keyboard focus: its id (or class, or tag) and the start of its text.
async fn focused(page: &Session) -> String {
    let script = "const e = document.activeElement; return (e.id || e.className || e.tagName) + '|' + (e.textContent || '').trim().slice(0, 40)";
    page.eval(script).await.as_str().unwrap_or_default().to_owned()
}

/// A keyboard-only visit: skip link, search, a facet checkbox, opening and closing a record.
#[test]
fn the_explorer_works_by_keyboard_alone() {
    use fantoccini::key::Key;
    let bundle = crate::support::shipped_bundle();
    run("keyboard", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let body = page.find("body").await;
        body.send_keys(&Key::Tab.to_string()).await.unwrap();
        assert!(
            focused(page).await.starts_with("skip-link|Skip to content"),
            "the skip link comes first: {}",
            focused(page).await
        );
        let visible_focus = page.eval("return getComputedStyle(document.activeElement).outlineStyle").await;
        assert_ne!(visible_focus, "none", "focus is visible");

        // Tab through the view tabs to the search box and type.
        for _ in 0..12 {
            if focused(page).await.starts_with("search-input") {
                break;
            }
            page.client.active_element().await.unwrap().send_keys(&Key::Tab.to_string()).await.unwrap();
        }
        assert!(focused(page).await.starts_with("search-input"), "{}", focused(page).await);
        let word = bundle.initiatives[0].name.split_whitespace().next().unwrap().to_owned();
        page.client.active_element().await.unwrap().send_keys(&word).await.unwrap();
        page.wait_until_param("q", &word).await;

        // Onwards to the first facet checkbox; Space ticks it.
        for _ in 0..40 {
            let is_checkbox = page.eval("return document.activeElement.type === 'checkbox'").await;
            if is_checkbox == true {
                break;
            }
            page.client.active_element().await.unwrap().send_keys(&Key::Tab.to_string()).await.unwrap();
        }
        page.client.active_element().await.unwrap().send_keys(" ").await.unwrap();
        page.find(".chip").await;

        // Open a record with Enter, then close it with Escape.
        page.open("/?view=list").await;
        page.find(".result__title a").await;
        page.eval("document.querySelector('.result__title a').focus(); return 1").await;
        page.client.active_element().await.unwrap().send_keys(&Key::Enter.to_string()).await.unwrap();
        page.find("#detail-title").await;
        page.wait_for_focus_in("#detail").await;
        page.client.active_element().await.unwrap().send_keys(&Key::Escape.to_string()).await.unwrap();
        page.wait_until_param_absent("item").await;
    });
}
