//! Checks a data bundle the way the app does and prints every problem:
//! `cargo run -p explorer-core --example check_bundle -- public/data/bundle.json`. Exits 1 when it is broken.

use explorer_core::load::{LoadError, parse_bundle};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "public/data/bundle.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: cannot read: {e}");
        std::process::exit(2)
    });
    match parse_bundle(&text) {
        Ok(bundle) => println!(
            "{path}: OK — {} sectors, {} places, {} organisations, {} initiatives, {} figures, {} milestones, {} stories",
            bundle.sectors.len(),
            bundle.places.len(),
            bundle.organisations.len(),
            bundle.initiatives.len(),
            bundle.figures.len(),
            bundle.milestones.len(),
            bundle.stories.len()
        ),
        Err(error) => {
            eprintln!("{path}: {error}");
            if let LoadError::Invalid { problems } = &error {
                for problem in problems {
                    eprintln!("  {problem}");
                }
            }
            std::process::exit(1)
        }
    }
}
