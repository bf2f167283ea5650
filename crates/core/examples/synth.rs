//! Writes deterministic synthetic bundles for benchmarks:
//! `cargo run --release -p explorer-core --example synth -- 1000 10000 100000` → `target/synth/bundle-<n>.json`.

use std::path::Path;

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).map(|a| a.parse().expect("sizes are numbers")).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/synth");
    std::fs::create_dir_all(&dir).expect("create target/synth");
    for size in if sizes.is_empty() { vec![1_000, 10_000, 100_000] } else { sizes } {
        let bundle = explorer_core::synth::synthetic_bundle(size);
        let path = dir.join(format!("bundle-{size}.json"));
        std::fs::write(&path, serde_json::to_vec(&bundle).expect("serialise")).expect("write the bundle");
        println!("{}", path.display());
    }
}
