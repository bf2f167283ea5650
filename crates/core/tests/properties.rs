//! Property tests: the bundle parser, the validator and the URL-state parser never panic, and
//! every error they report has a message. Case counts are fixed so a run is repeatable in size.

use explorer_core::filter::{Catalog, Query, Sort, Tab};
use explorer_core::load::{LoadError, parse_bundle};
use explorer_core::url_state::ViewState;
use explorer_core::validate::validate;
use proptest::prelude::*;

const FIXTURE: &str = include_str!("fixtures/small-bundle.json");

fn error_has_a_message(err: &LoadError) {
    let message = err.to_string();
    assert!(message.len() > 20, "a real sentence: {message:?}");
    if let LoadError::Invalid { problems } = err {
        assert!(!problems.is_empty());
        assert!(problems.iter().all(|p| !p.record.is_empty() && !p.field.is_empty() && !p.message.is_empty()));
    }
}

/// A JSON value built from the fixture with random edits: deleted keys, replaced values,
/// duplicated array items.
fn mutated_bundle() -> impl Strategy<Value = String> {
    let edits = prop::collection::vec((any::<u32>(), 0u8..6, any::<i64>(), "[ -~]{0,12}"), 1..6);
    edits.prop_map(|edits| {
        let mut value: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        for (pick, op, number, text) in edits {
            mutate(&mut value, pick, op, number, &text);
        }
        value.to_string()
    })
}

/// Goes down a pseudo-random path of keys and indices chosen by `seed`.
fn walk(node: &mut serde_json::Value, seed: u32) -> &mut serde_json::Value {
    use serde_json::Value;
    if seed == 0 || seed % 3 == 0 {
        return node;
    }
    let has_child = match &*node {
        Value::Object(map) => !map.is_empty(),
        Value::Array(items) => !items.is_empty(),
        _ => false,
    };
    if !has_child {
        return node;
    }
    match node {
        Value::Object(map) => {
            let index = seed as usize % map.len();
            walk(map.values_mut().nth(index).unwrap(), seed / 3)
        }
        Value::Array(items) => {
            let index = seed as usize % items.len();
            walk(&mut items[index], seed / 3)
        }
        other => other,
    }
}

fn mutate(value: &mut serde_json::Value, pick: u32, op: u8, number: i64, text: &str) {
    use serde_json::Value;
    let node = walk(value, pick);
    match (op, node) {
        (0, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().next().unwrap().clone();
            map.remove(&key);
        }
        (1, Value::Array(items)) if !items.is_empty() => {
            let copy = items[0].clone();
            items.push(copy);
        }
        (2, node) => *node = Value::String(text.to_owned()),
        (3, node) => *node = serde_json::json!(number),
        (4, node) => *node = serde_json::json!(number as f64 * 1.5e300),
        (_, node) => *node = Value::Null,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in "\\PC{0,400}") {
        if let Err(err) = parse_bundle(&text) {
            error_has_a_message(&err);
        }
    }

    #[test]
    fn truncated_bundles_are_reported_not_panicked(cut in 0usize..2700) {
        let cut = cut.min(FIXTURE.len());
        let cut = (0..=cut).rev().find(|&i| FIXTURE.is_char_boundary(i)).unwrap();
        match parse_bundle(&FIXTURE[..cut]) {
            Ok(_) => prop_assert_eq!(cut, FIXTURE.len()),
            Err(err) => error_has_a_message(&err),
        }
    }

    #[test]
    fn mutated_bundles_parse_validate_and_filter_without_panicking(text in mutated_bundle(), q in "\\PC{0,20}") {
        match parse_bundle(&text) {
            Ok(bundle) => {
                prop_assert!(validate(&bundle).is_empty());
                let catalog = Catalog::new(std::sync::Arc::new(bundle));
                let query = Query { text: q, ..Query::default() };
                for tab in [Tab::Initiatives, Tab::Organisations] {
                    let results = catalog.filter(&query, tab, Sort::Date);
                    prop_assert!(results.matches.len() <= results.total);
                }
            }
            Err(err) => error_has_a_message(&err),
        }
    }

    #[test]
    fn any_query_string_gives_a_state_and_round_trips(
        pairs in prop::collection::vec(
            (prop_oneof!["view", "sector", "side", "country", "place", "kind", "orgtype", "from", "to", "q", "item", "tab", "sort", "embed", "\\PC{0,8}"],
             "\\PC{0,60}"),
            0..10,
        )
    ) {
        let (state, notices) = ViewState::from_pairs(pairs.clone());
        prop_assert!(notices.iter().all(|n| !n.0.is_empty() && n.0.chars().count() < 200));
        // What the app writes back reads as the same state, with nothing to complain about.
        let written: Vec<(String, String)> = state.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        let (again, again_notices) = ViewState::from_pairs(written);
        prop_assert_eq!(again, state);
        prop_assert!(again_notices.is_empty(), "{:?}", again_notices);
    }
}
