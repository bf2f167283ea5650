//! When the bundle cannot be fetched, the page says so and recovers on "Try again".

use crate::support::{Canned, run};

#[test]
fn failed_fetch_explains_and_retry_recovers() {
    run("load_failure", async |page| {
        page.expect_console_error("data/bundle.json - Failed to load resource");
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 503, content_type: "text/plain", body: b"maintenance".to_vec() },
        );
        page.open("/").await;

        let alert = page.find("[role=alert]").await;
        let message = alert.text().await.unwrap();
        assert!(message.contains("could not be shown"), "{message}");
        assert!(message.contains("503"), "the status is named: {message}");

        page.server.restore("/data/bundle.json");
        page.find("[role=alert] button").await.click().await.unwrap();
        page.find(".count-card").await;
        assert!(page.texts("[role=alert]").await.is_empty(), "the failure panel is gone");
    });
}

#[test]
fn invalid_bundle_lists_every_problem_by_record_and_field() {
    run("invalid_bundle", async |page| {
        let broken = include_str!("../fixtures/small-bundle.json")
            .replace("\"lat\": 36.72", "\"lat\": 136.72")
            .replace("\"id\": \"malaga\"", "\"id\": \"chengdu\"");
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 200, content_type: "application/json", body: broken.into_bytes() },
        );
        page.open("/").await;

        let alert = page.find("[role=alert]").await.text().await.unwrap();
        assert!(alert.contains("problems"), "{alert}");
        let rows = page.texts("[role=alert] tbody tr").await;
        assert!(rows.iter().any(|r| r.starts_with("places/chengdu id") && r.contains("more than one")), "{rows:#?}");
        assert!(rows.iter().any(|r| r.starts_with("places/chengdu lat") && r.contains("136.72")), "{rows:#?}");
        assert!(page.texts(".count-card").await.is_empty(), "no data is shown from an invalid bundle");
    });
}

#[test]
fn truncated_bundle_says_so() {
    run("truncated_bundle", async |page| {
        let text = include_str!("../fixtures/small-bundle.json");
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 200, content_type: "application/json", body: text[..text.len() / 2].into() },
        );
        page.open("/").await;
        let alert = page.find("[role=alert]").await.text().await.unwrap();
        assert!(alert.contains("cut short"), "{alert}");
    });
}
