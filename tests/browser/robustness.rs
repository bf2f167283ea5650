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
