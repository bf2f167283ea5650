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
