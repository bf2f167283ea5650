//! Property tests: the bundle parser, the validator and the URL-state parser never panic, and
//! every error they report has a message; the CSV writer's fields and every link read back as
//! written. 3,000 cases each by default (CI); `./dev fuzz` runs them with `PROPTEST_CASES` and
//! a printed `PROPTEST_RNG_SEED` for over a million cases in all.

use explorer_core::filter::{Catalog, Query, Sort, Tab};
use explorer_core::load::{LoadError, parse_bundle};
use explorer_core::export::{csv_document, neutralised};
use explorer_core::filter::Facet;
use explorer_core::labels::Named;
use explorer_core::model::RecordKind;
use explorer_core::url_state::{Go, View, ViewState, decode_pairs};
use explorer_core::validate::validate;
use proptest::prelude::*;

const FIXTURE: &str = include_str!("fixtures/small-bundle.json");

/// Cases per property: `PROPTEST_CASES`, or 3,000.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(3000)
}

/// A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records), the oracle for the
/// writer: it rejects what a strict reader would.
fn read_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let text = text.strip_prefix('\u{FEFF}').ok_or("no byte-order mark")?;
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => {
                quoted = false;
                if !matches!(chars.peek(), None | Some(',') | Some('\r')) {
                    return Err("text after a closing quote".into());
                }
            }
            (true, c) => field.push(c),
            (false, '"') if at_field_start => {
                quoted = true;
                at_field_start = false;
                continue;
            }
            (false, '"') => return Err("a quote inside an unquoted field".into()),
            (false, ',') => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
                continue;
            }
            (false, '\r') => {
                if chars.next() != Some('\n') {
                    return Err("a CR without LF".into());
                }
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
                continue;
            }
            (false, '\n') => return Err("a bare LF".into()),
            (false, c) => field.push(c),
        }
        at_field_start = false;
    }
    if quoted {
        return Err("an unclosed quote".into());
    }
    if !field.is_empty() || !row.is_empty() {
        return Err("the last record has no CRLF".into());
    }
    Ok(rows)
}

fn link_targets() -> impl Strategy<Value = Go> {
    let id = "[a-z0-9-]{1,12}";
    prop_oneof![
        (0usize..6, id).prop_map(|(kind, id)| Go::Open([RecordKind::Initiative, RecordKind::Organisation, RecordKind::Place, RecordKind::Sector, RecordKind::Milestone, RecordKind::Story][kind], id)),
        Just(Go::Close),
        (0usize..6, id).prop_map(|(f, id)| Go::FilterTo(Facet::ALL[f], id)),
        (0usize..6, id).prop_map(|(f, id)| Go::Toggle(Facet::ALL[f], id)),
        (0usize..6, id).prop_map(|(f, id)| Go::Only(Facet::ALL[f], id)),
        Just(Go::ClearFilters),
        (0usize..5).prop_map(|v| Go::View(View::ALL[v])),
        "\\PC{0,40}".prop_map(Go::Search),
        (1900i32..2101).prop_map(|y| Go::FirstYear(Some(y))),
        (1900i32..2101).prop_map(|y| Go::LastYear(Some(y))),
        id.prop_map(Go::Story),
        Just(Go::FullExplorer),
        Just(Go::Embedded),
        (0usize..6, id).prop_map(|(f, id)| Go::Pick(Box::new(Go::FilterTo(Facet::ALL[f], id)))),
    ]
}

fn error_has_a_message(err: &LoadError) {
    let message = err.to_string();
    assert!(message.len() > 20, "a real sentence: {message:?}");
    if let LoadError::Invalid { problems } = err {
        assert!(!problems.is_empty());
        assert!(problems.iter().all(|p| !p.record.is_empty() && !p.field.is_empty() && !(explorer_core::i18n::ENGLISH.flaw)(&p.flaw).is_empty()));
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
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

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
            (prop_oneof!["view", "sector", "side", "country", "place", "kind", "orgtype", "from", "to", "q", "item", "tab", "sort", "embed", "lang", "\\PC{0,8}"],
             "\\PC{0,60}"),
            0..10,
        )
    ) {
        let (state, notices) = ViewState::from_pairs(pairs.clone());
        for lang in [explorer_core::i18n::Lang::En, explorer_core::i18n::Lang::Zh] {
            let texts: Vec<String> = notices.iter().map(|n| (lang.strings().notice)(n)).collect();
            prop_assert!(texts.iter().all(|n| !n.is_empty() && n.chars().count() < 200));
        }
        // What the app writes back reads as the same state, with nothing to complain about.
        let written: Vec<(String, String)> = state.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        let (again, again_notices) = ViewState::from_pairs(written);
        prop_assert_eq!(again, state);
        prop_assert!(again_notices.is_empty(), "{:?}", again_notices);
    }

    #[test]
    fn csv_fields_read_back_as_written(rows in prop::collection::vec(prop::collection::vec("\\PC{0,30}|[=+@\t\r\n,\"-]{1,4}\\PC{0,8}", 3), 0..6)) {
        let text = csv_document("a,b,c", &rows);
        let read = read_csv(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text:?}")))?;
        prop_assert_eq!(&read[0], &vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]);
        let expected: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|f| neutralised(f)).collect()).collect();
        prop_assert_eq!(&read[1..], &expected[..]);
    }

    #[test]
    fn every_link_leads_where_it_says(
        pairs in prop::collection::vec((prop_oneof!["view", "sector", "place", "kind", "q", "item", "embed", "theme", "from"], "[a-z0-9:,-]{0,12}"), 0..6),
        go in link_targets(),
    ) {
        let (state, _) = ViewState::from_pairs(pairs);
        let href = state.href("/e/", &go);
        let query = href.strip_prefix("/e/").unwrap_or(&href);
        let (followed, notices) = ViewState::from_pairs(decode_pairs(query));
        prop_assert!(notices.is_empty(), "{:?} from {}", notices, href);
        prop_assert_eq!(followed, state.follow(&go));
    }
}
