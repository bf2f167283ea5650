//! Browser benchmark: `./dev bench` (or `cargo bench --bench browser` after `./dev build`).
//! Serves the release `dist/` with gzip on loopback, loads the real bundle and synthetic ones of
//! 1k, 10k and 100k initiatives in headless Chromium, and prints a table of sizes and timings.

#[path = "../tests/browser/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::io::Write;

use serde_json::Value;
use support::{Canned, Session, project_root, run};

/// Changes measured per kind of interaction.
const CHANGES: usize = 40;

fn gzip_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn app_code_gzip() -> usize {
    std::fs::read_dir(project_root().join("dist"))
        .expect("dist/ exists: run ./dev build first")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm" || e == "js" || e == "css"))
        .map(|p| gzip_size(&std::fs::read(p).unwrap()))
        .sum()
}

fn stats(values: &[f64]) -> (f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.95))
}

/// Times `CHANGES` changes, each from the input event until the page has finished updating the
/// DOM (a macrotask after the app's synchronous work and microtasks); the paint follows in the
/// same frame.
const MEASURE: &str = r#"
const [kind, changes] = [arguments[0], arguments[1]];
const done = arguments[arguments.length - 1];
const frame = () => new Promise(r => setTimeout(r, 30));
const settled = () => new Promise(r => setTimeout(r, 0));
const words = ['c', 'ch', 'che', 'chen', 'cheng', 'chengd', 'chengdu', 'chengd', 'cheng', 'chen'];
(async () => {
  const times = [];
  try {
  for (let i = 0; i < changes; i++) {
    await frame();
    const t0 = performance.now();
    if (kind === 'search') {
      const input = document.getElementById('search-input');
      input.value = words[i % words.length];
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      document.querySelector('.filters__panel input[type=checkbox]').click();
    }
    await settled();
    times.push(performance.now() - t0);
  }
  } catch (e) { done('measuring failed: ' + e); return; }
  done(times);
})();
"#;

/// The same queries with a hand-made JavaScript filter over the same bundle.
const REFERENCE: &str = r#"
const [kind, changes] = [arguments[0], arguments[1]];
const done = arguments[arguments.length - 1];
const words = ['c', 'ch', 'che', 'chen', 'cheng', 'chengd', 'chengdu', 'chengd', 'cheng', 'chen'];
fetch('data/bundle.json').then(r => r.json()).then(b => {
  const sector = b.sectors[0].id;
  const times = [];
  for (let i = 0; i < changes; i++) {
    const t0 = performance.now();
    let shown;
    if (kind === 'search') {
      const q = words[i % words.length].toLowerCase();
      shown = b.initiatives.filter(x => (x.name + ' ' + (x.description || '')).toLowerCase().includes(q));
    } else {
      shown = i % 2 === 0 ? b.initiatives.filter(x => (x.sectors || []).includes(sector)) : b.initiatives;
    }
    times.push(performance.now() - t0 + (shown.length > -1 ? 0 : 1));
  }
  done(times);
}).catch(e => done('reference failed: ' + e));
"#;

async fn measure(page: &Session, script: &str, kind: &str) -> Vec<f64> {
    let result = page.client.execute_async(script, vec![kind.into(), CHANGES.into()]).await.expect("measure");
    result.as_array().unwrap_or_else(|| panic!("{kind}: {result}")).iter().map(|v| v.as_f64().unwrap()).collect()
}

fn main() {
    let mut bundles: Vec<(String, Vec<u8>)> =
        vec![("real".into(), std::fs::read(project_root().join("public/data/bundle.json")).unwrap())];
    for size in [1_000, 10_000, 100_000] {
        let bundle = explorer_core::synth::synthetic_bundle(size);
        bundles.push((format!("synthetic {}k", size / 1000), serde_json::to_vec(&bundle).unwrap()));
    }
    let code = app_code_gzip();
    let mut rows = Vec::new();
    for (name, body) in bundles {
        let bundle_gzip = gzip_size(&body);
        let row = std::sync::Mutex::new(String::new());
        run(&format!("bench-{}", name.replace(' ', "-")), async |page| {
            page.server.enable_gzip();
            let long = std::time::Duration::from_secs(180);
            let timeouts = fantoccini::wd::TimeoutConfiguration::new(Some(long), Some(long), None);
            page.client.update_timeouts(timeouts).await.expect("longer timeouts for 100k records");
            page.server.replace(
                "/data/bundle.json",
                Canned { status: 200, content_type: "application/json", body: body.clone() },
            );
            page.open("/?view=list").await;
            page.find_within(".result", std::time::Duration::from_secs(120)).await;
            let first = page.eval("return performance.getEntriesByName('explorer-ready')[0].startTime").await;
            let search = measure(page, MEASURE, "search").await;
            page.open("/?view=list").await;
            page.find_within(".result", std::time::Duration::from_secs(120)).await;
            let sector = measure(page, MEASURE, "sector").await;
            let memory: Value = page
                .eval("return [performance.memory ? performance.memory.usedJSHeapSize : 0, document.getElementsByTagName('*').length, window.wasmBindings.wasm_memory_bytes()]")
                .await;
            let js_search = measure(page, REFERENCE, "search").await;
            let js_sector = measure(page, REFERENCE, "sector").await;
            let ((search_median, search_p95), (sector_median, sector_p95)) = (stats(&search), stats(&sector));
            let (js_search_median, _) = stats(&js_search);
            let (js_sector_median, _) = stats(&js_sector);
            *row.lock().unwrap() = format!(
                "| {name} | {} KB | {:.0} ms | {search_median:.1} / {search_p95:.1} ms | {sector_median:.1} / {sector_p95:.1} ms | {js_search_median:.2} / {js_sector_median:.2} ms | {:.1}× / {:.1}× | {:.1} MB | {:.1} MB | {} |",
                bundle_gzip / 1024,
                first.as_f64().unwrap_or(f64::NAN),
                search_median / js_search_median.max(0.01),
                sector_median / js_sector_median.max(0.01),
                memory[0].as_f64().unwrap_or(0.0) / 1e6,
                memory[2].as_f64().unwrap_or(0.0) / 1e6,
                memory[1],
            );
        });
        rows.push(row.into_inner().unwrap());
    }
    let table = format!(
        "App code (wasm + js + css), gzip: {} KB\n\n\
         | bundle | bundle gzip | first results | search keystroke, median / p95 | sector click, median / p95 | plain JS filter (compute only), search / sector median | ours ÷ JS, search / sector | JS heap | wasm memory | DOM elements |\n\
         |---|---|---|---|---|---|---|---|---|---|\n{}\n",
        code / 1024,
        rows.join("\n")
    );
    println!("\n{table}");
    std::fs::write(project_root().join("target/bench-results.md"), table).unwrap();
}
