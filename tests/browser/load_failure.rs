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
        let broken = include_str!("../../crates/core/tests/fixtures/small-bundle.json")
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

        // In Chinese: the panel, its summary and every problem, with the ids as they are.
        let zh = &explorer_core::i18n::CHINESE;
        page.open("/?lang=zh").await;
        page.wait_for_text("#load-failed-title", zh.load_failed_title).await;
        let rows = page.texts("[role=alert] tbody tr").await;
        let duplicate = (zh.flaw)(&explorer_core::validate::Flaw::DuplicateId("places".into()));
        assert!(rows.iter().any(|r| r.starts_with("places/chengdu id") && r.ends_with(&duplicate)), "{rows:#?}");
        assert!(rows.iter().all(|r| explorer_core::i18n::has_han(r)), "{rows:#?}");
        assert_eq!(page.texts("[role=alert] button").await, [zh.try_again]);
    });
}

#[test]
fn truncated_bundle_says_so() {
    run("truncated_bundle", async |page| {
        let text = include_str!("../../crates/core/tests/fixtures/small-bundle.json");
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 200, content_type: "application/json", body: text[..text.len() / 2].into() },
        );
        page.open("/").await;
        let alert = page.find("[role=alert]").await.text().await.unwrap();
        assert!(alert.contains("cut short"), "{alert}");
    });
}

/// Each way the download can fail gets a message naming what failed, and "Try again" recovers.
#[test]
fn not_found_server_error_and_offline_each_explain_and_recover() {
    let cases: [(u16, &str); 3] = [(404, "404"), (500, "500"), (0, "could not be downloaded")];
    run("fetch_failures", async |page| {
        page.expect_console_error("data/bundle.json");
        for (status, expected) in cases {
            page.server
                .replace("/data/bundle.json", Canned { status, content_type: "text/plain", body: b"nope".to_vec() });
            page.open("/").await;
            let alert = page.wait_for_text("[role=alert]", expected).await;
            assert!(alert.contains("data/bundle.json"), "names what failed: {alert}");
            page.server.restore("/data/bundle.json");
            page.click("[role=alert] button").await;
            page.find(".count-card").await;
        }
    });
}

#[test]
fn a_host_that_never_answers_times_out_with_a_retry() {
    run("fetch_timeout", async |page| {
        page.server.delay("/data/bundle.json", std::time::Duration::from_secs(60));
        page.open("/").await;
        page.find("[role=status].loading").await;
        let alert = page.wait_for_text("[role=alert]", "no answer within 15 seconds").await;
        assert!(alert.contains("data/bundle.json"), "{alert}");
        page.server.restore("/data/bundle.json");
        page.click("[role=alert] button").await;
        page.find(".count-card").await;
    });
}

#[test]
fn a_bundle_of_another_schema_version_says_so() {
    run("schema_version", async |page| {
        let newer = include_str!("../../crates/core/tests/fixtures/small-bundle.json")
            .replace("\"schema_version\": \"1.0\"", "\"schema_version\": \"2.0\"");
        page.server.replace(
            "/data/bundle.json",
            Canned { status: 200, content_type: "application/json", body: newer.into_bytes() },
        );
        page.open("/").await;
        page.wait_for_text("[role=alert]", "schema version 2.0").await;
    });
}
