//! Where loading a big bundle spends its time and memory, natively:
//! `cargo run --release -p explorer-core --example load_profile -- 100000`.
//! Prints each phase (parse, validate, catalog, the first search, search index) with its time
//! and the heap it leaves allocated, and the peak, counted by a wrapping allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn main() {
    let size: usize = std::env::args().nth(1).map_or(100_000, |n| n.parse().expect("a number of initiatives"));
    let text = serde_json::to_string(&explorer_core::synth::synthetic_bundle(size)).expect("serialise");
    PEAK.store(LIVE.load(Relaxed), Relaxed);
    println!("{size} initiatives: {:.1} MB of JSON (live {:.1} MB)", mb(text.len()), mb(LIVE.load(Relaxed)));
    let phase = |name: &str, started: Instant| {
        println!("{name:<14} {:>7.0} ms   live {:>6.1} MB   peak {:>6.1} MB", started.elapsed().as_secs_f64() * 1000.0, mb(LIVE.load(Relaxed)), mb(PEAK.load(Relaxed)));
    };
    let started = Instant::now();
    let bundle: explorer_core::model::Bundle = serde_json::from_str(&text).expect("parse");
    phase("parse", started);
    let started = Instant::now();
    assert!(explorer_core::validate::validate(&bundle).is_empty());
    phase("validate", started);
    drop(text);
    phase("text dropped", Instant::now());
    let started = Instant::now();
    let catalog = explorer_core::filter::Catalog::new(Arc::new(bundle));
    phase("catalog", started);
    let started = Instant::now();
    let search = explorer_core::filter::Query { text: "chengdu".into(), ..Default::default() };
    catalog.filter(&search, explorer_core::filter::Tab::Initiatives, explorer_core::filter::Sort::Date);
    phase("first search", started);
    let started = Instant::now();
    catalog.search_index();
    phase("search index", started);
}
