//! The explorer inside an iframe on a plain host page, as the cluster platform embeds it.

use explorer_core::export::embed_snippet;

use crate::support::{Canned, run};

/// A host page with the README's snippet for `view`, in a frame `width` pixels wide.
fn host_page(base: &str, view: &str, width: u32) -> Vec<u8> {
    let snippet = embed_snippet(&format!("{base}/?{view}&embed=1"));
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title><link rel=\"icon\" href=\"data:,\"></head>\
         <body style=\"margin:0;font-family:sans-serif\"><h1>Cluster platform</h1>\
         <div style=\"width:{width}px;border:1px solid #999\">{snippet}</div><p>After the frame.</p></body></html>"
    )
    .into_bytes()
}

#[test]
fn the_iframe_grows_to_fit_with_no_inner_scrollbar_at_360_and_900_px() {
    run("embed_iframe", async |page| {
        let base = page.server.url("");
        for width in [360, 900] {
            let body = host_page(&base, "view=map&sector=renewable-energy", width);
            page.server.replace("/host.html", Canned { status: 200, content_type: "text/html; charset=utf-8", body });
            page.resize(width + 60, 900).await;
            page.open("/host.html").await;
            // The parent's few lines of script resize the iframe to what the page reports.
            page.wait_for_text("body", "After the frame").await;
            let mut fitted = false;
            for _ in 0..100 {
                let sizes = page
                    .eval(
                        "const f = document.querySelector('iframe'); const d = f.contentDocument;
                         return d && d.querySelector('.explorer') ? [f.clientHeight, d.documentElement.scrollHeight, d.documentElement.scrollWidth, f.clientWidth] : null;",
                    )
                    .await;
                if let Some([frame, content, content_width, frame_width]) =
                    sizes.as_array().map(|a| [0, 1, 2, 3].map(|i| a[i].as_i64().unwrap()))
                {
                    if frame > 640 && (frame - content).abs() <= 2 {
                        assert!(content_width <= frame_width, "no horizontal scrolling inside the frame at {width} px");
                        fitted = true;
                        break;
                    }
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            assert!(fitted, "the iframe fitted its content at {width} px");
            page.save_screenshot(&format!("embed-host-{width}")).await;

            let inside = page
                .eval(
                    "const d = document.querySelector('iframe').contentDocument;
                     return [!!d.querySelector('.site-header'), d.querySelector('.embed-bar__open').getAttribute('href'),
                             d.querySelector('.embed-bar__open').getAttribute('target')];",
                )
                .await;
            assert_eq!(inside[0], false, "no site header when embedded");
            let open = inside[1].as_str().unwrap();
            assert!(
                open.contains("view=map") && open.contains("sector=renewable-energy") && !open.contains("embed"),
                "{open}"
            );
            assert_eq!(inside[2], "_blank");
        }
    });
}

#[test]
fn the_page_ignores_messages_from_its_parent() {
    run("embed_messages", async |page| {
        page.open("/?view=list&embed=1").await;
        let before = page.texts(".results__summary").await;
        page.eval(
            "window.postMessage({type: 'eu-china-explorer:height', height: 5}, '*');
             window.postMessage({navigate: '?view=map', html: '<img src=x onerror=alert(1)>'}, '*'); return 1",
        )
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(page.texts(".results__summary").await, before);
        assert_eq!(page.param("view").await.as_deref(), Some("list"));
    });
}
