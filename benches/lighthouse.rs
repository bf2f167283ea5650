//! Lighthouse's mobile preset (simulated slow 4G and a 4× slower CPU) over the pages a phone
//! visitor or an embedding host opens first, against `dist/` served with its precompressed
//! files as a static host serves it. Prints one row per page, the median run by score of
//! `LIGHTHOUSE_RUNS` (default 3): score, largest contentful paint, total blocking time,
//! layout shift, the longest main-thread task and the main thread's total work.
//! `./dev bench` installs Lighthouse into `.tools/` and runs this after the browser benchmark.
//! `LIGHTHOUSE_REPORTS=<dir>` keeps every run's full JSON report there (traces, long tasks).

#[path = "../tests/browser/support/server.rs"]
#[allow(dead_code)]
mod server;

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

const PAGES: [&str; 5] = ["/", "/?view=list", "/?view=map", "/?view=map&embed=1", "/?view=list&item=place:chengdu"];

/// One Lighthouse run's numbers.
struct Run {
    score: f64,
    lcp_ms: f64,
    tbt_ms: f64,
    cls: f64,
    longest_task_ms: f64,
    main_thread_ms: f64,
}

impl Run {
    fn from_report(report: &Value) -> Option<Run> {
        let audit = |id: &str| report["audits"][id]["numericValue"].as_f64();
        let longest_task_ms = report["audits"]["long-tasks"]["details"]["items"]
            .as_array()
            .map_or(0.0, |tasks| tasks.iter().filter_map(|t| t["duration"].as_f64()).fold(0.0, f64::max));
        Some(Run {
            score: report["categories"]["performance"]["score"].as_f64()? * 100.0,
            lcp_ms: audit("largest-contentful-paint")?,
            tbt_ms: audit("total-blocking-time")?,
            cls: audit("cumulative-layout-shift")?,
            longest_task_ms,
            main_thread_ms: audit("mainthread-work-breakdown").unwrap_or(f64::NAN),
        })
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lighthouse = root.join(".tools/node_modules/.bin/lighthouse");
    assert!(lighthouse.is_file(), "no Lighthouse in .tools/: run ./dev bench, which installs it");
    let server = server::StaticServer::start(root.join("dist"));
    server.enable_compression();
    let runs: usize = std::env::var("LIGHTHOUSE_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(3);
    println!("\nLighthouse mobile preset, median of {runs} runs by score, dist/ served with its precompressed files\n");
    println!("| page | score | largest contentful paint | total blocking time | layout shift | longest task | main-thread work |");
    println!("|---|---|---|---|---|---|---|");
    // `LIGHTHOUSE_PAGES=map,list` narrows the run to pages whose address contains one of them.
    let wanted = |page: &str| std::env::var("LIGHTHOUSE_PAGES").map_or(true, |w| w.split(',').any(|w| page.contains(w.trim())));
    for page in PAGES.into_iter().filter(|p| wanted(p)) {
        let mut results: Vec<Run> = (0..runs).filter_map(|run| run_lighthouse(&lighthouse, &server.url(page), &report_path(page, run))).collect();
        if results.is_empty() {
            println!("| `{page}` | Lighthouse failed | | | | | |");
            continue;
        }
        results.sort_by(|a, b| a.score.total_cmp(&b.score));
        let median = &results[results.len() / 2];
        println!(
            "| `{page}` | {:.0} | {:.2} s | {:.0} ms | {:.3} | {:.0} ms | {:.2} s |",
            median.score,
            median.lcp_ms / 1000.0,
            median.tbt_ms,
            median.cls,
            median.longest_task_ms,
            median.main_thread_ms / 1000.0
        );
    }
}

/// Where to keep a run's report, if `LIGHTHOUSE_REPORTS` asks for it.
fn report_path(page: &str, run: usize) -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("LIGHTHOUSE_REPORTS")?);
    std::fs::create_dir_all(&dir).ok()?;
    let name: String = page.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    Some(dir.join(format!("{name}-{run}.json")))
}

fn run_lighthouse(lighthouse: &PathBuf, url: &str, keep: &Option<PathBuf>) -> Option<Run> {
    let output = Command::new(lighthouse)
        .arg(url)
        .args(["--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet"])
        // `LIGHTHOUSE_THROTTLING=devtools`: throttle the real page load (slow 4G, 4× CPU) and
        // measure it, instead of simulating the throttled load from an unthrottled one.
        .args(std::env::var("LIGHTHOUSE_THROTTLING").ok().map(|method| format!("--throttling-method={method}")))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
        .env("CHROME_PATH", "/usr/bin/chromium")
        .output()
        .ok()?;
    if !output.status.success() {
        eprintln!("Lighthouse failed on {url}: {}", String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or(""));
        return None;
    }
    if let Some(path) = keep {
        let _ = std::fs::write(path, &output.stdout);
    }
    serde_json::from_slice(&output.stdout).ok().as_ref().and_then(Run::from_report)
}
