//! Native benchmark of the filter engine alone: `cargo bench --bench filter`.
//! Prints median and 95th percentile per query kind at 1k, 10k and 100k initiatives.

use std::sync::Arc;
use std::time::Instant;

use explorer_core::filter::{Catalog, Query, Results, Sort, Tab};
use explorer_core::screens::{Places, Timeline};
use explorer_core::model::Side;
use explorer_core::search::Group;
use explorer_core::synth::synthetic_bundle;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    println!("{:>8} | {:<28} | {:>10} | {:>10}", "records", "query", "median ms", "p95 ms");
    for size in [1_000, 10_000, 100_000] {
        let started = Instant::now();
        let catalog = Catalog::new(Arc::new(synthetic_bundle(size)));
        println!("{size:>8} | {:<28} | {:>10.2} |", "build catalog (once)", started.elapsed().as_secs_f64() * 1e3);
        let queries: Vec<(&str, Vec<Query>)> = vec![
            ("no filter", vec![Query::default()]),
            (
                "search keystrokes",
                ["c", "ch", "che", "chen", "cheng", "chengd", "chengdu"]
                    .iter()
                    .map(|t| Query { text: (*t).into(), ..Query::default() })
                    .collect(),
            ),
            (
                "sector click",
                ["renewable-energy", "ict", "automotive"]
                    .iter()
                    .map(|s| Query { sectors: vec![(*s).into()], ..Query::default() })
                    .collect(),
            ),
            (
                "sector + side + years",
                vec![Query {
                    sectors: vec!["human-health".into()],
                    sides: vec![Side::China],
                    from: Some(2010),
                    to: Some(2018),
                    ..Query::default()
                }],
            ),
        ];
        for (name, variants) in queries {
            let mut times = Vec::new();
            for round in 0..60 {
                let query = &variants[round % variants.len()];
                let start = Instant::now();
                let results = catalog.filter(query, Tab::Initiatives, Sort::Date);
                std::hint::black_box(results);
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            println!("{size:>8} | {name:<28} | {:>10.2} | {:>10.2}", percentile(&times, 0.5), percentile(&times, 0.95));
        }
        // The derived answers the views compute from a sector click's results.
        let sector_click = |round: usize| Query { sectors: vec![["renewable-energy", "ict", "automotive"][round % 3].into()], ..Query::default() };
        let answers: [(&str, &dyn Fn(&Query, &Results) -> usize); 2] = [
            ("map view answer (Places::of)", &|_, r| Places::of(&catalog, &explorer_core::i18n::ENGLISH, r).pins.len()),
            ("timeline answer", &|q, r| Timeline::of(&catalog, &explorer_core::i18n::ENGLISH, q, r, explorer_core::screens::TIMELINE_PAGE).total),
        ];
        for (name, answer) in answers {
            let mut times = Vec::new();
            for round in 0..60 {
                let query = sector_click(round);
                let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
                let start = Instant::now();
                std::hint::black_box(answer(&query, &results));
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            println!("{size:>8} | {name:<28} | {:>10.2} | {:>10.2}", percentile(&times, 0.5), percentile(&times, 0.95));
        }
        // What a keystroke asks the search index besides the filter: the suggestions under
        // the box and, on the results view, the other kinds that match.
        let index = catalog.search_index();
        let words = ["c", "ch", "che", "chen", "cheng", "chengd", "chengdu"];
        let searches: [(&str, &dyn Fn(&str) -> usize); 2] = [
            ("suggestions (8)", &|w| index.suggest(&catalog, w, 8, explorer_core::i18n::Lang::En).len()),
            ("other kinds matching", &|w| index.matches_in(&catalog, w, Group::WITHOUT_TAB, explorer_core::i18n::Lang::En, |_| 6).len()),
        ];
        for (name, search) in searches {
            let mut times = Vec::new();
            for round in 0..60 {
                let start = Instant::now();
                std::hint::black_box(search(words[round % words.len()]));
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            println!("{size:>8} | {name:<28} | {:>10.2} | {:>10.2}", percentile(&times, 0.5), percentile(&times, 0.95));
        }
    }
}
