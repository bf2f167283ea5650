//! Hostile content and a strict Content-Security-Policy: nothing executes, the layout holds, the
//! page stays usable.

use serde_json::{Value, json};

use crate::support::{Canned, run};

/// The policy documented in the README for hosts.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                       img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
                       base-uri 'none'; form-action 'none'";

#[test]
fn every_view_runs_under_a_strict_content_security_policy() {
    run("csp", async |page| {
        page.server.add_header("Content-Security-Policy", CSP);
        for view in ["sectors", "list", "timeline", "stories", "map"] {
            page.open(&format!("/?view={view}")).await;
            page.find(".explorer").await;
        }
        page.find(".map__pin").await;
        page.find(".map__land path").await;
        // The policy is really in force: an injected inline script is refused (and reported,
        // which is the one console error expected here).
        page.expect_console_error("Executing inline script violates the following Content Security Policy");
        let ran = page
            .eval("const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1'; document.body.append(s); return window.inlineRan || 0")
            .await;
        assert_eq!(ran, 0);
        page.click(".filters__panel input[type=checkbox]").await;
        page.find(".chip").await;
        // Any CSP violation is a console error, which fails the test.
    });
}

/// Script tags, 100 KB names and right-to-left overrides in every kind of text.
fn hostile_text_bundle() -> Value {
    let mut bundle: Value = serde_json::from_str(include_str!("../../crates/core/tests/fixtures/small-bundle.json")).unwrap();
    let script = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
    bundle["initiatives"][0]["name"] = json!(format!("{script} Solar mission"));
    bundle["initiatives"][0]["description"] = json!(format!("\u{202e}desrever si txet siht {script}"));
    bundle["organisations"][0]["name"] = json!(format!("Cluster {}", "W".repeat(100_000)));
    bundle["places"][1]["name"] = json!("\u{202e}agalaM\u{202c} <b>bold</b>");
    bundle["footnotes"][0]["text"] = json!(script);
    bundle
}

async fn nothing_executed(page: &crate::support::Session, link: &str) {
    let state = page
        .eval(
            "return [window.pwned || 0, document.querySelectorAll('script:not([src])').length,
                     document.querySelectorAll('a[href^=\"javascript\"], a[href^=\"data\"]').length,
                     document.querySelectorAll('main img, main b').length,
                     document.documentElement.scrollWidth - document.documentElement.clientWidth]",
        )
        .await;
    assert_eq!(
        state,
        json!([0, 0, 0, 0, 0]),
        "{link}: [executed, inline scripts, unsafe links, injected elements, overflow]"
    );
    assert!(page.client.get_alert_text().await.is_err(), "{link}: no alert opened");
}

#[test]
fn hostile_addresses_are_refused_and_shown_as_text() {
    let mut bundle = hostile_text_bundle();
    bundle["footnotes"][0]["url"] = json!("javascript:window.pwned=3");
    bundle["footnotes"].as_array_mut().unwrap().push(json!({
        "document": "eccp-china-2019", "number": 2, "text": "data link", "url": "data:text/html,<script>alert(1)</script>"
    }));
    run("hostile_addresses", async |page| {
        page.server.add_header("Content-Security-Policy", CSP);
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 200, content_type: "application/json", body: serde_json::to_vec(&bundle).unwrap() },
        );
        page.open("/").await;
        let panel = page.wait_for_text("[role=alert]", "javascript:window.pwned=3").await;
        assert!(panel.contains("data:text/html,<script>alert(1)</script>"), "shown as text: {panel}");
        nothing_executed(page, "/").await;
    });
}

#[test]
fn a_hostile_bundle_is_shown_as_text_and_nothing_executes() {
    run("hostile", async |page| {
        page.server.add_header("Content-Security-Policy", CSP);
        let body = serde_json::to_vec(&hostile_text_bundle()).unwrap();
        page.server.replace("/data/bundle.json", Canned { status: 200, content_type: "application/json", body });
        for width in [375, 1280] {
            page.resize(width, 900).await;
            for link in [
                "/",
                "/?view=list",
                "/?view=list&item=initiative:example-mission",
                "/?view=list&tab=organisations&item=organisation:example-cluster",
                "/?view=map",
                "/?view=timeline",
            ] {
                page.open(link).await;
                page.find(".explorer").await;
                nothing_executed(page, &format!("{link} at {width} px")).await;
            }
        }
        // The city list is written as markup (see `places.rs`): the place's name is its text.
        page.open("/?view=map").await;
        page.wait_for_text(".city-list", "<b>bold</b>").await;
        nothing_executed(page, "the city list").await;
        // The script text is shown literally, and the page still works.
        page.open("/?view=list&item=initiative:example-mission").await;
        let title = page.find("#detail-title").await.text().await.unwrap();
        assert!(title.starts_with("<script>"), "{title}");
        let footnote = page.texts(".footnote").await.join(" ");
        assert!(footnote.contains("<script>window.pwned = 1</script>"), "{footnote}");
        let links = page.eval("return [...document.querySelectorAll('.source-url')].map(a => [a.rel, a.target])").await;
        assert_eq!(links, json!([["noopener noreferrer", "_blank"]]), "the https address is a safe external link");
        page.find("#search-input").await.send_keys("solar").await.unwrap();
        page.wait_for_text(".results__summary", "1 of 1 matching").await;
    });
}

/// A deterministic pseudo-random number generator (the test's links are the same every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() as usize % from.len()]
    }
}

/// 200 random deep links: known and unknown parameter names, valid and invalid values, odd
/// encodings, repeated and empty parameters, very long values. Each shows a page (not blank),
/// the notice exactly when the core says something was ignored, and no console error.
#[test]
fn two_hundred_random_deep_links_each_show_a_page() {
    use explorer_core::url_state::{ViewState, decode_pairs};
    let catalog = crate::support::shipped_catalog();
    let names = ["view", "sector", "side", "country", "place", "kind", "orgtype", "from", "to", "q", "item", "tab", "sort", "embed", "theme", "x", "View", "%76iew", "", "sector[]"];
    let values = [
        "map", "list", "timeline", "stories", "sectors", "galaxy", "renewable-energy", "ict,renewable-energy", "ict,,ict", "china",
        "europe", "fr", "cn", "chengdu", "place:chengdu", "initiative:nope", "mission", "cluster", "2015", "20x8", "-1", "1e9", "%E6%88%90%E9%83%BD",
        "%ZZ", "%", "a+b", "dark", "light", "organisations", "name", "1", "<script>alert(1)</script>", "\u{202E}rtl", "😀", "",
    ];
    let mut random = Lcg(20261123);
    let links: Vec<String> = (0..200)
        .map(|_| {
            let count = random.next() % 6;
            let mut parts: Vec<String> = (0..count)
                .map(|_| {
                    let (name, value) = (random.pick(&names), random.pick(&values));
                    let value = if random.next() % 10 == 0 { value.repeat(400) } else { value.to_owned() };
                    format!("{name}={}", value.replace(' ', "+").replace('&', "%26").replace('#', "%23"))
                })
                .collect();
            if random.next() % 4 == 0 {
                parts.push(String::new());
            }
            format!("/?{}", parts.join("&"))
        })
        .collect();
    run("random_links", async |page| {
        for link in &links {
            let (mut state, mut notices) = ViewState::from_pairs(decode_pairs(link.trim_start_matches('/')));
            notices.extend(state.drop_unknown_ids(&catalog));
            page.open(link).await;
            page.find(".explorer").await;
            let text = page.eval("return document.body.innerText.trim().length").await;
            assert!(text.as_i64().unwrap() > 100, "{link}: the page shows something");
            let shown = page.eval("return !!document.querySelector('.notice')").await;
            assert_eq!(shown, !notices.is_empty(), "{link}: a notice exactly when something was ignored ({notices:?})");
        }
    });
}
