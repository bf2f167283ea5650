//! The explorer inside an iframe on a plain host page, as the cluster platform embeds it.

use explorer_core::export::{EmbedForm, embed_code, embed_script_address};

use crate::support::{Canned, StaticServer, project_root, run};

/// The embed code the dialog writes for `view` on the explorer at `base`.
fn code(base: &str, view: &str, form: EmbedForm) -> String {
    embed_code(&explorer_core::i18n::ENGLISH, &format!("{base}/?{view}&embed=1"), &embed_script_address(&format!("{base}/")), 640, form)
}

/// A host page with the embed code for `view`, in a frame `width` pixels wide.
fn host_page(base: &str, view: &str, width: u32) -> Vec<u8> {
    let snippet = code(base, view, EmbedForm::WithScript);
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
                     return [!!d.querySelector('.site-header')?.checkVisibility(), d.querySelector('.embed-bar__open').getAttribute('href'),
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
        page.find(".results__summary").await;
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

/// A page on another origin, with a strict policy (no inline script), embedding two views.
fn strict_host(explorer: &str, views: [&str; 2], form: EmbedForm) -> Canned {
    let frames: String = views.iter().map(|v| format!("<div class=\"slot\">{}</div>", code(explorer, v, form))).collect();
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title><link rel=\"icon\" href=\"/favicon.svg\"></head>\
         <body><h1>Cluster platform</h1>{frames}<p>After the frames.</p></body></html>"
    );
    Canned { status: 200, content_type: "text/html; charset=utf-8", body: body.into_bytes() }
}

#[test]
fn embed_script_fits_each_frame_on_a_strict_host_and_ignores_strangers() {
    run("embed_strict_host", async |page| {
        let explorer = page.server.url("");
        let host = StaticServer::start(project_root().join("dist"));
        host.add_header("Content-Security-Policy", &format!("default-src 'self'; script-src 'self' {explorer}; frame-src {explorer}"));
        let views = ["view=map&sector=renewable-energy", "view=list&sector=ict"];
        for width in [320, 1280] {
            page.resize(width, 900).await;
            host.replace("/host.html", strict_host(&explorer, views, EmbedForm::WithScript));
            page.client.goto(&host.url("/host.html")).await.unwrap();
            page.wait_for_text("body", "After the frames").await;
            // The frames load lazily: each as a visitor scrolls to it.
            for i in 0..views.len() {
                let mut fitted = false;
                for _ in 0..100 {
                    let height = page
                        .eval(&format!("const f = document.querySelectorAll('iframe')[{i}]; f.scrollIntoView(); return f.clientHeight"))
                        .await;
                    if height.as_i64().unwrap() > 700 {
                        fitted = true;
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                assert!(fitted, "frame {i} grew beyond its fixed 640 px at {width} px");
            }
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let frames = page.eval("return [...document.querySelectorAll('iframe')].map(f => f.clientHeight)").await;
            page.save_screenshot(&format!("embed-strict-host-{width}")).await;
            // A stranger (the host page itself, not the frame) cannot resize a frame.
            let before = page.eval("return document.querySelector('iframe').clientHeight").await;
            page.eval("window.postMessage({type: 'eu-china-explorer:height', height: 50}, '*'); return 1").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            assert_eq!(page.eval("return document.querySelector('iframe').clientHeight").await, before);
            // Each frame is as high as its content, read from inside it: no inner scrollbar.
            for (i, frame) in frames.as_array().unwrap().iter().enumerate() {
                page.client.clone().enter_frame(i as u16).await.expect("enter the frame");
                let inside = page.eval("return [document.documentElement.scrollHeight, window.innerHeight]").await;
                page.client.clone().enter_parent_frame().await.expect("back to the host page");
                let (content, viewport) = (inside[0].as_i64().unwrap(), inside[1].as_i64().unwrap());
                let frame = frame.as_i64().unwrap();
                assert!((frame - content).abs() <= 2 && content <= viewport + 2, "frame {i} at {width} px: frame {frame}, content {content}, inner {viewport}");
            }
        }
        // Without the script: the fixed height, and the explorer scrolls inside.
        host.replace("/host.html", strict_host(&explorer, views, EmbedForm::IframeOnly));
        page.client.goto(&host.url("/host.html")).await.unwrap();
        page.wait_for_text("body", "After the frames").await;
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        let heights = page.eval("return [...document.querySelectorAll('iframe')].map(f => f.clientHeight)").await;
        assert_eq!(heights, serde_json::json!([640, 640]));
    });
}

#[test]
fn every_view_offers_its_embed_code_in_both_forms() {
    run("embed_dialog", async |page| {
        page.open("/").await;
        page.find(".explorer").await;
        let origin = page.eval("return location.origin").await.as_str().unwrap().to_owned();
        page.allow_clipboard().await;
        for view in ["sectors", "list", "map", "timeline", "stories"] {
            page.open(&format!("/?view={view}&sector=ict")).await;
            page.click_xpath("//button[normalize-space()='Embed this view']").await;
            let code = page.find(".embed-this textarea").await.prop("value").await.unwrap().unwrap();
            assert!(code.contains(&format!("{origin}/embed-v1.js")), "{view}: {code}");
            assert!(code.contains("embed=1") && code.contains("sector=ict"), "{view}: {code}");
            assert!(view == "sectors" || code.contains(&format!("view={view}")), "{view}: {code}");
            // The iframe alone, at a chosen height.
            page.click_xpath("//label[contains(., 'pages without scripts')]/input").await;
            page.eval("const i = document.querySelector('.embed-this__height input'); i.select(); return 1").await;
            page.find(".embed-this__height input").await.send_keys("700\t").await.unwrap();
            let code = page.find(".embed-this textarea").await.prop("value").await.unwrap().unwrap();
            assert!(!code.contains("<script") && code.contains("height=\"700\""), "{view}: {code}");
            page.click_xpath("//button[normalize-space()='Copy code']").await;
            page.wait_for_text(".embed-this .share__status", "Code copied").await;
            assert_eq!(page.clipboard_text().await, serde_json::json!(code));
        }
    });
}

#[test]
fn theme_in_the_link_overrides_the_system_setting_and_survives_links() {
    run("theme", async |page| {
        let background = "return getComputedStyle(document.body).backgroundColor";
        page.set_dark_theme(false).await;
        page.open("/?view=list&theme=dark").await;
        page.find(".result").await;
        assert_eq!(page.eval(background).await, "rgb(17, 21, 28)", "dark although the system is light");
        page.click_xpath("//a[contains(@class, 'view-tab') and normalize-space()='Map']").await;
        page.wait_until_param("view", "map").await;
        assert_eq!(page.param("theme").await.as_deref(), Some("dark"), "links keep the theme");
        page.set_dark_theme(true).await;
        page.open("/?view=list&theme=light").await;
        page.find(".result").await;
        assert_eq!(page.eval(background).await, "rgb(246, 247, 249)", "light although the system is dark");
        page.open("/?view=list").await;
        page.find(".result").await;
        assert_eq!(page.eval(background).await, "rgb(17, 21, 28)", "no theme: the system's");
    });
}

/// Where the main part of an embedded view ends, in CSS pixels from the top of its page: the
/// map with its caption, a sector page's chart, the first three rows of a list or a timeline.
const MAIN_PART_BOTTOM: &str = "
const [selector, nth] = arguments;
const all = document.querySelectorAll(selector);
const el = all[Math.min(nth, all.length) - 1];
return el ? [Math.ceil(el.getBoundingClientRect().bottom + window.scrollY), document.documentElement.scrollHeight, window.innerWidth] : null;";

/// Without the resizer the iframe keeps the embed code's fixed height and scrolls inside: that
/// height shows each view's main part at 320, 375, 768 and 1280 px. Prints the measured
/// heights (README, "Embedding").
#[test]
fn the_fixed_height_shows_each_views_main_part_from_320_to_1280_px() {
    use explorer_core::url_state::{ViewState, decode_pairs};
    let views = [
        ("view=map", ".map", 1),
        ("sector=research-education", ".bar-chart", 1),
        ("view=sectors", ".sector-tile", 1),
        ("view=list", ".result", 3),
        ("view=timeline", ".timeline__item", 3),
        ("view=stories", ".story .facts", 1),
    ];
    run("embed_heights", async move |page| {
        let mut cut_off = Vec::new();
        let mut table = vec!["| embedded view | fixed height | 320 px | 375 px | 768 px | 1280 px |".to_owned(), "|---|---|---|---|---|---|".to_owned()];
        for (query, selector, nth) in views {
            let fixed = explorer_core::export::default_embed_height(&ViewState::from_pairs(decode_pairs(query)).0);
            let mut row = format!("| `?{query}&embed=1` | {fixed} px |");
            for width in [320, 375, 768, 1280] {
                page.resize(width, fixed).await;
                page.open(&format!("/?{query}&embed=1")).await;
                page.find(selector).await;
                let measured = page.client.execute(MAIN_PART_BOTTOM, vec![selector.into(), nth.into()]).await.unwrap();
                let [main, content, inner] = [0, 1, 2].map(|i| measured[i].as_i64().unwrap());
                assert_eq!(inner, i64::from(width), "the window is {width} px wide inside");
                if main > i64::from(fixed) {
                    cut_off.push(format!("{query} at {width} px: the main part ends at {main} px, below the fixed {fixed} px"));
                }
                row.push_str(&format!(" {main} / {content} |"));
            }
            table.push(row);
        }
        println!("\nEmbedded views: where the main part ends / the whole content's height (CSS px)\n{}\n", table.join("\n"));
        assert!(cut_off.is_empty(), "{cut_off:#?}");
    });
}
