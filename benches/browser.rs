//! Browser benchmark: `./dev bench` (or `cargo bench --bench browser` after `./dev build`).
//! Serves the release `dist/` with gzip on loopback, loads the real bundle and synthetic ones of
//! 10k and 100k initiatives in headless Chromium, and times a search keystroke and a facet click
//! on every view (sectors, list, map, timeline, a detail panel), and opening records.

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
// Issue 16's hard queries (`support::hard_queries`), each pasted over the last.
const hard = arguments[2];
// DOM changes per change (nodes added or removed, attributes and texts set): a count that,
// unlike time, does not vary from run to run.
const count = records => records.reduce((n, r) => n + (r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1), 0);
let pending = 0;
const observer = new MutationObserver(records => { pending += count(records); });
observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
const changed = () => { const n = pending + count(observer.takeRecords()); pending = 0; return n; };
(async () => {
  const times = [];
  const following = [];
  const mutations = [];
  try {
  for (let i = 0; i < changes; i++) {
    await frame();
    changed();
    const t0 = performance.now();
    if (kind === 'search' || kind === 'hard') {
      const input = document.getElementById('search-input');
      input.value = kind === 'search' ? words[i % words.length] : hard[i % hard.length];
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (kind === 'open') {
      const links = document.querySelectorAll('.result__title a');
      links[i % Math.min(links.length, 10)].click();
    } else {
      document.querySelector('.filters__panel input[type=checkbox]').click();
    }
    await settled();
    times.push(performance.now() - t0);
    // The suggestions and the other kinds that match follow once the results are painted; for
    // a click, this is the time until its frame is painted: a timeout set in the next
    // animation frame runs after the app's own.
    if (kind !== 'open') {
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
      following.push(performance.now() - t0);
    }
    mutations.push(changed());
  }
  } catch (e) { done('measuring failed: ' + e); return; }
  observer.disconnect();
  done({ times, following, mutations });
})();
"#;

/// Collects the long animation frames (over 50 ms) of the changes that follow
/// (`BENCH_LOAF=1`): how much of each was the app's script and how much the browser's style,
/// layout and paint, which the timing above does not always include.
const LOAF_START: &str = "window.benchFrames = [];
new PerformanceObserver(list => window.benchFrames.push(...list.getEntries().map(e => ({
  script: e.scripts.reduce((sum, s) => sum + s.duration, 0),
  render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
})))).observe({ type: 'long-animation-frame' });
return 0";

/// Which parts of the page one facet click or one keystroke (from "c" to "ch") changes: DOM
/// changes grouped by the nearest element with a class (`BENCH_DOM_BREAKDOWN=<view>`).
const DOM_BREAKDOWN: &str = r#"
const [kind, done] = [arguments[0], arguments[arguments.length - 1]];
const groups = {};
const where = n => { let e = n.nodeType === 1 ? n : n.parentElement; while (e && !e.getAttribute('class')) e = e.parentElement; return e ? e.getAttribute('class').split(' ')[0] : 'none'; };
const type = word => { const input = document.getElementById('search-input'); input.value = word; input.dispatchEvent(new Event('input', { bubbles: true })); };
if (kind === 'search') type('c');
setTimeout(() => {
  const observer = new MutationObserver(rs => { for (const r of rs) { const k = r.type + ' ' + where(r.target) + (r.attributeName ? ' @' + r.attributeName : ''); groups[k] = (groups[k] || 0) + (r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1); } });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  if (kind === 'search') type('ch'); else document.querySelector('.filters__panel input[type=checkbox]').click();
  setTimeout(() => { observer.disconnect(); done(Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 14)); }, 300);
}, 300);
"#;

/// Times of each change, and the DOM changes each made.
async fn measure(page: &Session, script: &str, kind: &str, changes: usize) -> (Vec<f64>, Vec<f64>) {
    let (times, _, mutations) = measure_following(page, script, kind, changes).await;
    (times, mutations)
}

/// [`measure`], and for a keystroke also the time until what follows the painted results (the
/// suggestions) is on screen, the wait for the next frame included.
async fn measure_following(page: &Session, script: &str, kind: &str, changes: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let result = page.client.execute_async(script, vec![kind.into(), changes.into(), support::hard_queries().into()]).await.expect("measure");
    let series = |key: &str| -> Vec<f64> {
        result[key].as_array().unwrap_or_else(|| panic!("{kind}: {result}")).iter().map(|v| v.as_f64().unwrap()).collect()
    };
    (series("times"), series("following"), series("mutations"))
}

/// Chrome's running totals of main-thread time, in seconds, by name (`BENCH_METRICS=1`):
/// script, style recalculation, layout and all tasks. Unlike a change's wall time, they do not
/// depend on whether a frame happened to be drawn before the timing ended.
async fn browser_time(page: &Session) -> std::collections::HashMap<String, f64> {
    page.devtools("Performance.enable", serde_json::json!({})).await;
    let metrics = page.devtools("Performance.getMetrics", serde_json::json!({})).await;
    metrics["metrics"].as_array().into_iter().flatten().filter_map(|m| Some((m["name"].as_str()?.to_owned(), m["value"].as_f64()?))).collect()
}

/// Prints the functions with the most self time in a CPU profile (`BENCH_PROFILE=<view>`; build
/// `dist/` without wasm-opt so wasm functions keep their names).
fn print_profile(view: &str, kind: &str, profile: &Value) {
    let nodes = profile["nodes"].as_array().cloned().unwrap_or_default();
    let samples = profile["samples"].as_array().cloned().unwrap_or_default();
    let mut parent: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    let mut name_of: std::collections::HashMap<i64, String> = std::collections::HashMap::new();
    for node in &nodes {
        let id = node["id"].as_i64().unwrap_or(-1);
        let name = node["callFrame"]["functionName"].as_str().unwrap_or("?");
        name_of.insert(id, if name.is_empty() { "(anonymous)".into() } else { name.chars().take(120).collect() });
        for child in node["children"].as_array().into_iter().flatten() {
            parent.insert(child.as_i64().unwrap_or(-1), id);
        }
    }
    let (mut own, mut total) = (std::collections::HashMap::<String, usize>::new(), std::collections::HashMap::<String, usize>::new());
    for sample in &samples {
        let mut id = sample.as_i64().unwrap_or(-1);
        *own.entry(name_of.get(&id).cloned().unwrap_or_default()).or_default() += 1;
        let mut seen = std::collections::HashSet::new();
        while let Some(name) = name_of.get(&id) {
            if seen.insert(name.clone()) {
                *total.entry(name.clone()).or_default() += 1;
            }
            match parent.get(&id) {
                Some(&p) => id = p,
                None => break,
            }
        }
    }
    println!("\nprofile of {view} / {kind}: {} samples", samples.len());
    for (title, table) in [("self", own), ("inclusive", total)] {
        let mut top: Vec<(String, usize)> = table.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1));
        println!("-- {title}");
        for (name, n) in top.into_iter().filter(|(name, _)| title == "self" || std::env::var("BENCH_PROFILE_ALL").is_ok() || name.contains("explorer") || name.contains("keyed") || name.contains("eu_china")).take(if title == "self" { 12 } else { std::env::var("BENCH_PROFILE_TOP").ok().and_then(|n| n.parse().ok()).unwrap_or(40) }) {
            println!("{n:>6}  {name}");
        }
    }
}

/// The views measured, with the address that opens each and an element that shows it is ready.
/// `{item}` is replaced by the bundle's first initiative.
const VIEWS: [(&str, &str, &str); 6] = [
    ("sectors", "/?", ".sector-tile"),
    ("list", "/?view=list", ".result"),
    ("map", "/?view=map", ".map__svg"),
    ("embedded map", "/?view=map&embed=1", ".map__svg"),
    ("timeline", "/?view=timeline", ".timeline__item"),
    ("detail panel", "/?view=list&item=initiative:{item}", "#detail-title"),
];

/// `BENCH_ONLY=map,timeline` (view names) or `BENCH_BUNDLES=real,10k` narrow a run while
/// iterating on one view; `./dev bench` measures everything.
fn wanted(variable: &str, name: &str) -> bool {
    std::env::var(variable).map_or(true, |list| list.split(',').any(|w| !w.is_empty() && name.contains(w.trim())))
}

fn main() {
    let mut bundles: Vec<(String, Vec<u8>, String, usize)> = Vec::new();
    let real = std::fs::read(project_root().join("public/data/bundle.json")).unwrap();
    let real_bundle = explorer_core::load::parse_bundle(std::str::from_utf8(&real).unwrap()).unwrap();
    bundles.push(("real".into(), real, real_bundle.initiatives[0].id.clone(), CHANGES));
    for size in [10_000, 100_000] {
        if !wanted("BENCH_BUNDLES", &format!("{}k", size / 1000)) {
            continue;
        }
        let bundle = explorer_core::synth::synthetic_bundle(size);
        let first = bundle.initiatives[0].id.clone();
        // Fewer changes at 100k keep the run within minutes; the p95 is still over 20 samples.
        let changes = if size >= 100_000 { CHANGES / 2 } else { CHANGES };
        let changes = std::env::var("BENCH_CHANGES").ok().and_then(|n| n.parse().ok()).unwrap_or(changes);
        bundles.push((format!("synthetic {}k", size / 1000), serde_json::to_vec(&bundle).unwrap(), first, changes));
    }
    let code = app_code_gzip();
    let mut rows = Vec::new();
    let mut loads = Vec::new();
    let mut hard_rows = Vec::new();
    for (name, body, first, changes) in bundles.into_iter().filter(|b| wanted("BENCH_BUNDLES", &b.0)) {
        let bundle_gzip = gzip_size(&body);
        let found = std::sync::Mutex::new((Vec::new(), String::new(), Vec::new()));
        run(&format!("bench-{}", name.replace(' ', "-")), async |page| {
            page.server.enable_compression();
            let long = std::time::Duration::from_secs(300);
            let timeouts = fantoccini::wd::TimeoutConfiguration::new(Some(long), Some(long), None);
            page.client.update_timeouts(timeouts).await.expect("longer timeouts for 100k records");
            page.server.replace(
                "/data/bundle.json",
                Canned { status: 200, content_type: "application/json", body: body.clone() },
            );
            let wait = std::time::Duration::from_secs(180);
            let mut view_rows = Vec::new();
            let mut hard_rows = Vec::new();
            let mut list_median = (f64::NAN, f64::NAN, f64::NAN);
            for (view, address, ready) in VIEWS.into_iter().filter(|v| wanted("BENCH_ONLY", v.0) || v.0 == "list") {
                let address = address.replace("{item}", &first);
                let mut medians = [(0.0, 0.0); 3];
                let mut painted = (0.0, 0.0);
                let mut dom_changes = [0.0; 3];
                for (k, kind) in ["search", "sector", "hard"].into_iter().enumerate() {
                    page.open(&address).await;
                    page.find_within(ready, wait).await;
                    // What a change costs without some part of the page:
                    // BENCH_STYLE='.city-list { display: none }'.
                    if let Ok(css) = std::env::var("BENCH_STYLE") {
                        page.eval(&format!("const s = document.createElement('style'); s.textContent = {css:?}; document.head.append(s); return 0")).await;
                    }
                    let profile = std::env::var("BENCH_PROFILE").is_ok_and(|v| v == view);
                    if profile {
                        page.devtools("Profiler.enable", serde_json::json!({})).await;
                        // A sample every 0.1 ms: the default (about 1 ms) leaves a change a handful.
                        page.devtools("Profiler.setSamplingInterval", serde_json::json!({ "interval": 100 })).await;
                        page.devtools("Profiler.start", serde_json::json!({})).await;
                    }
                    if std::env::var("BENCH_LOAF").is_ok() {
                        page.eval(LOAF_START).await;
                    }
                    let metrics = std::env::var("BENCH_METRICS").is_ok();
                    let before = if metrics { browser_time(page).await } else { Default::default() };
                    let (times, following, mutations) = measure_following(page, MEASURE, kind, changes).await;
                    let (median, p95) = stats(&following);
                    match kind {
                        "search" => println!("{name} {view}: keystroke to suggestions on screen (next frame included) {median:.1} / {p95:.1} ms"),
                        "hard" => println!("{name} {view}: hard query to suggestions on screen (next frame included) {median:.1} / {p95:.1} ms"),
                        _ => {
                            println!("{name} {view}: facet click to its frame painted {median:.1} / {p95:.1} ms");
                            painted = (median, p95);
                        }
                    }
                    if metrics {
                        let after = browser_time(page).await;
                        let per_change = |k: &str| (after.get(k).unwrap_or(&0.0) - before.get(k).unwrap_or(&0.0)) * 1000.0 / changes as f64;
                        // The waits between changes are idle, so each total is the changes' own.
                        println!("browser time per change, {name} {view} {kind}: script {:.1} ms, style {:.1} ms, layout {:.1} ms, all tasks {:.1} ms",
                            per_change("ScriptDuration"), per_change("RecalcStyleDuration"), per_change("LayoutDuration"), per_change("TaskDuration"));
                    }
                    if std::env::var("BENCH_LOAF").is_ok() {
                        let frames = page.eval("return window.benchFrames").await;
                        let frames = frames.as_array().cloned().unwrap_or_default();
                        let part = |key: &str| stats(&frames.iter().map(|f| f[key].as_f64().unwrap()).collect::<Vec<_>>());
                        if frames.is_empty() {
                            println!("long frames of {name} {view} {kind}: none of {changes}");
                        } else {
                            let (script, render) = (part("script"), part("render"));
                            println!("long frames of {name} {view} {kind}: {} of {changes}, script {:.1} / {:.1} ms, style+layout+paint {:.1} / {:.1} ms (median / p95)",
                                frames.len(), script.0, script.1, render.0, render.1);
                        }
                    }
                    dom_changes[k] = stats(&mutations).0;
                    if std::env::var("BENCH_SERIES").is_ok() {
                        let series: Vec<String> = times.iter().map(|t| format!("{t:.0}")).collect();
                        println!("{name} {view} {kind}: {}", series.join(" "));
                    }
                    medians[k] = stats(&times);
                    if profile {
                        let result = page.devtools("Profiler.stop", serde_json::json!({})).await;
                        print_profile(view, kind, &result["profile"]);
                    }
                }
                if std::env::var("BENCH_DOM_BREAKDOWN").is_ok_and(|v| v == view) {
                    page.open(&address).await;
                    page.find_within(ready, wait).await;
                    for kind in ["sector", "sector", "search"] {
                        let groups = page.client.execute_async(DOM_BREAKDOWN, vec![kind.into()]).await.expect("breakdown");
                        println!("DOM changes of one {kind} change on {name} {view}: {groups}");
                    }
                }
                let [(search_median, search_p95), (sector_median, sector_p95), (hard_median, hard_p95)] = medians;
                hard_rows.push(format!("| {name} | {view} | {hard_median:.1} / {hard_p95:.1} ms |"));
                if view == "list" {
                    list_median = (search_median, sector_median, painted.0);
                }
                view_rows.push((view, search_median, search_p95, sector_median, sector_p95, painted, dom_changes));
            }
            // Opening records one after another from the list (the detail panel's own cost).
            page.open("/?view=list").await;
            page.find_within(".result", wait).await;
            let (open_times, open_mutations) = measure(page, MEASURE, "open", changes).await;
            let (open_median, open_p95) = stats(&open_times);
            let open_dom = stats(&open_mutations).0;
            let first_results = page.eval("return performance.getEntriesByName('explorer-ready')[0].startTime").await;
            let memory: Value = page
                .eval("return [performance.memory ? performance.memory.usedJSHeapSize : 0, document.getElementsByTagName('*').length, window.wasmBindings.wasm_memory_bytes()]")
                .await;
            let mut out = Vec::new();
            for (view, search_median, search_p95, sector_median, sector_p95, painted, dom) in view_rows {
                out.push(format!(
                    "| {name} | {view} | {search_median:.1} / {search_p95:.1} ms | {sector_median:.1} / {sector_p95:.1} ms | {:.1} / {:.1} ms | {:.1}× / {:.1}× / {:.1}× | {:.0} / {:.0} |",
                    painted.0,
                    painted.1,
                    search_median / list_median.0.max(0.1),
                    sector_median / list_median.1.max(0.1),
                    painted.0 / list_median.2.max(0.1),
                    dom[0],
                    dom[1],
                ));
            }
            out.push(format!("| {name} | opening a record from the list | {open_median:.1} / {open_p95:.1} ms | | | | {open_dom:.0} |"));
            let load = format!(
                "| {name} | {} KB | {:.0} ms | {:.1} MB | {:.1} MB | {} |",
                bundle_gzip / 1024,
                first_results.as_f64().unwrap_or(f64::NAN),
                memory[0].as_f64().unwrap_or(0.0) / 1e6,
                memory[2].as_f64().unwrap_or(0.0) / 1e6,
                memory[1],
            );
            *found.lock().unwrap() = (out, load, hard_rows);
        });
        let (out, load, hard) = found.into_inner().unwrap();
        rows.extend(out);
        hard_rows.extend(hard);
        loads.push(load);
    }
    let table = format!(
        "App code (wasm + js + css), gzip: {} KB\n\n\
         | bundle | view | search keystroke, median / p95 | facet click, median / p95 | facet click to its frame painted, median / p95 | ÷ list view (median), keystroke / click / click painted | DOM changes (median), keystroke / click |\n\
         |---|---|---|---|---|---|---|\n{}\n\n\
         | bundle | view | hard query keystroke (10,000 characters, punctuation, right-to-left, emoji, one letter), median / p95 |\n\
         |---|---|---|\n{}\n\n\
         | bundle | bundle gzip | first results (list) | JS heap | wasm memory | DOM elements (list) |\n\
         |---|---|---|---|---|---|\n{}\n",
        code / 1024,
        rows.join("\n"),
        hard_rows.join("\n"),
        loads.join("\n"),
    );
    println!("\n{table}");
    std::fs::write(project_root().join("target/bench-results.md"), table).unwrap();
}
