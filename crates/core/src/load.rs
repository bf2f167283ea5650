//! Turning the bytes of a fetched bundle into a checked [`Bundle`], or a [`LoadError`] that says
//! exactly what went wrong.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.
//! The browser side (`fetch`) only adds network errors.

use std::fmt;

use serde::Deserialize;

use crate::model::{Bundle, SCHEMA_VERSION};
use crate::validate::{Problem, validate};

/// Why the app could not show the data bundle. Every variant renders as a message a visitor
/// (or the editor who broke the bundle) can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request never produced a response (offline, DNS, CORS, timeout).
    Network { url: String, reason: String },
    /// The server answered with a non-success status.
    Http { url: String, status: u16, status_text: String },
    /// The body is not JSON (or is cut short).
    NotJson { detail: String, truncated: bool },
    /// The bundle declares a schema this build cannot read.
    SchemaVersion { found: String },
    /// A newer minor version with fields this build does not know. Policy: an explorer is
    /// deployed together with its bundle, so unknown fields are never silently dropped (a typo
    /// looks the same); the message says to update the explorer instead.
    NewerMinor { found: String, detail: String },
    /// The JSON does not have the bundle's shape: `path` names the record and field.
    Shape { path: String, detail: String },
    /// The bundle parses but breaks the rules of [`validate`]: every problem, at once.
    Invalid { problems: Vec<Problem> },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { url, reason } => {
                write!(f, "The data bundle ({url}) could not be downloaded: {reason}.")
            }
            LoadError::Http { url, status, status_text } => {
                write!(f, "The server answered {status} {status_text} for the data bundle ({url}).")
            }
            LoadError::NotJson { detail, truncated: true } => {
                write!(f, "The data bundle is cut short (truncated): {detail}.")
            }
            LoadError::NotJson { detail, truncated: false } => {
                write!(f, "The data bundle is not valid JSON: {detail}.")
            }
            LoadError::SchemaVersion { found } => write!(
                f,
                "The data bundle uses schema version {found}, but this explorer reads version {SCHEMA_VERSION}."
            ),
            LoadError::NewerMinor { found, detail } => write!(
                f,
                "The data bundle was made for a newer explorer (schema {found}; this one reads {SCHEMA_VERSION}): {detail}. Update the explorer to show it."
            ),
            LoadError::Shape { path, detail } => {
                write!(f, "The data bundle has an unexpected shape at {path}: {detail}.")
            }
            LoadError::Invalid { problems } => match problems.len() {
                1 => write!(f, "The data bundle has a problem: {}.", problems[0]),
                n => write!(f, "The data bundle has {n} problems."),
            },
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses and validates a bundle. Typed parsing runs once (the fast path); only when it fails is the schema
/// version looked at, so that a bundle from a newer major version gets that message rather than
/// a confusing "unknown field".
pub fn parse_bundle(text: &str) -> Result<Bundle, LoadError> {
    parse_bundle_bytes(text.as_bytes())
}

/// [`parse_bundle`] for the bytes of a file or download (not necessarily UTF-8: a file that is
/// not gets the same message as other text that is not JSON).
pub fn parse_bundle_bytes(bytes: &[u8]) -> Result<Bundle, LoadError> {
    // As a browser's text decoding does: a byte-order mark is not part of the text.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bundle: Bundle = serde_json::from_slice(bytes).map_err(|err| classify(&String::from_utf8_lossy(bytes), &err))?;
    check_version(&bundle.meta.schema_version)?;
    let problems = validate(&bundle);
    if problems.is_empty() { Ok(bundle) } else { Err(LoadError::Invalid { problems }) }
}

fn classify(text: &str, err: &serde_json::Error) -> LoadError {
    if err.is_syntax() || err.is_eof() {
        return LoadError::NotJson { detail: err.to_string(), truncated: err.is_eof() };
    }
    if let Some(Err(version_error)) = declared_version(text).map(|found| check_version(&found)) {
        return version_error;
    }
    let path = json_path_at(text, err.line(), err.column());
    let detail = strip_position(err);
    match declared_version(text) {
        Some(found) if is_newer_minor(&found) && detail.starts_with("unknown field") => {
            LoadError::NewerMinor { found, detail: format!("{detail} at {}", readable_path(&path)) }
        }
        _ => LoadError::Shape { path: readable_path(&path), detail },
    }
}

/// Same major version: readable (minor versions only add optional fields).
fn check_version(found: &str) -> Result<(), LoadError> {
    let major = |v: &str| v.split('.').next().map(str::to_owned);
    if major(found) == major(SCHEMA_VERSION) && found.contains('.') {
        Ok(())
    } else {
        Err(LoadError::SchemaVersion { found: found.to_owned() })
    }
}

fn is_newer_minor(found: &str) -> bool {
    let minor = |v: &str| v.split('.').nth(1).and_then(|m| m.parse::<u32>().ok());
    matches!((minor(found), minor(SCHEMA_VERSION)), (Some(theirs), Some(ours)) if theirs > ours)
}

fn declared_version(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Header {
        meta: MetaHeader,
    }
    #[derive(Deserialize)]
    struct MetaHeader {
        schema_version: String,
    }
    serde_json::from_str::<Header>(text).ok().map(|h| h.meta.schema_version)
}

fn readable_path(path: &str) -> String {
    if path.is_empty() { "the top level".to_owned() } else { path.to_owned() }
}

/// The path (`initiatives[3].places`, with ids where records have them:
/// `initiatives[chengdu-mission].places`) of the JSON value at a line and column.
///
/// serde reports only a position; tracking the path during parsing (as `serde_path_to_error`
/// does) doubles the deserialisation code in the WebAssembly. A failed bundle is rare, so it
/// is re-scanned here, up to the error, instead.
fn json_path_at(text: &str, line: usize, column: usize) -> String {
    // One frame per open object or array: its key in the parent, the current key or index,
    // and the object's `id` once seen.
    struct Frame {
        name: String,
        array: bool,
        index: usize,
        key: Option<String>,
        id: Option<String>,
    }
    let offset = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>() + column;
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut last_string: Option<String> = None;
    let mut pending_id = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let value = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned();
                if pending_id && let Some(frame) = stack.last_mut() {
                    frame.id = Some(value.clone());
                }
                pending_id = false;
                last_string = Some(value);
            }
            b':' => {
                if let Some(frame) = stack.last_mut() {
                    frame.key = last_string.take();
                    pending_id = frame.key.as_deref() == Some("id");
                }
            }
            b',' => {
                if let Some(frame) = stack.last_mut() {
                    if frame.array { frame.index += 1 } else { frame.key = None }
                }
            }
            open @ (b'{' | b'[') => {
                let name =
                    stack.last().map(|f| if f.array { f.index.to_string() } else { f.key.clone().unwrap_or_default() });
                stack.push(Frame {
                    name: name.unwrap_or_default(),
                    array: open == b'[',
                    index: 0,
                    key: None,
                    id: None,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for (depth, frame) in stack.iter().enumerate() {
        let parent_is_array = depth > 0 && stack[depth - 1].array;
        if depth > 0 {
            if parent_is_array {
                path.push_str(&format!("[{}]", frame.id.clone().unwrap_or_else(|| frame.name.clone())));
            } else {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&frame.name);
            }
        }
        if depth + 1 == stack.len()
            && !frame.array
            && let Some(key) = &frame.key
        {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
        }
    }
    path
}

/// serde_json appends " at line L column C"; for shape errors the path is the better locator,
/// but the line still helps an editor, so keep it in a friendlier form.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => format!("{} (line {}, column {})", &text[..at], err.line(), err.column()),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../public/data/bundle.json");
    /// A small bundle whose exact text the tests below edit.
    const FIXTURE: &str = include_str!("../tests/fixtures/small-bundle.json");

    #[test]
    fn shipped_bundle_parses() {
        let bundle = parse_bundle(SHIPPED).expect("the shipped bundle parses");
        assert!(!bundle.initiatives.is_empty());
    }

    #[test]
    fn truncated_bundle_is_reported_as_truncated() {
        let err = parse_bundle(&SHIPPED[..SHIPPED.len() / 2]).unwrap_err();
        assert!(matches!(err, LoadError::NotJson { truncated: true, .. }), "{err:?}");
        assert!(err.to_string().contains("cut short"));
    }

    #[test]
    fn downloaded_bytes_parse_with_a_byte_order_mark_and_bad_bytes_are_not_json() {
        let mut with_mark = b"\xEF\xBB\xBF".to_vec();
        with_mark.extend_from_slice(FIXTURE.as_bytes());
        assert_eq!(parse_bundle_bytes(&with_mark).expect("a byte-order mark is skipped"), parse_bundle(FIXTURE).unwrap());
        let mut latin1 = FIXTURE.as_bytes().to_vec();
        let name = latin1.windows(6).position(|w| w == b"\"name\"").expect("a name") + 9;
        latin1[name] = 0xE9;
        let err = parse_bundle_bytes(&latin1).unwrap_err();
        assert!(matches!(err, LoadError::NotJson { truncated: false, .. }), "{err:?}");
    }

    #[test]
    fn html_instead_of_json_is_not_json() {
        let err = parse_bundle("<!doctype html><p>Not found</p>").unwrap_err();
        assert!(matches!(err, LoadError::NotJson { truncated: false, .. }), "{err:?}");
    }

    #[test]
    fn newer_major_version_is_named() {
        let newer = FIXTURE.replacen("\"schema_version\": \"1.0\"", "\"schema_version\": \"2.0\"", 1);
        assert_ne!(newer, FIXTURE, "fixture must contain the version string");
        let err = parse_bundle(&newer).unwrap_err();
        assert_eq!(err, LoadError::SchemaVersion { found: "2.0".into() });
    }

    #[test]
    fn newer_major_with_new_fields_still_names_the_version() {
        let newer = FIXTURE.replacen("\"schema_version\": \"1.0\"", "\"schema_version\": \"2.1\"", 1).replacen(
            "\"sectors\":",
            "\"regions\": [], \"sectors\":",
            1,
        );
        let err = parse_bundle(&newer).unwrap_err();
        assert_eq!(err, LoadError::SchemaVersion { found: "2.1".into() });
    }

    #[test]
    fn newer_minor_with_unknown_fields_asks_for_a_newer_explorer() {
        let newer = FIXTURE.replacen("\"schema_version\": \"1.0\"", "\"schema_version\": \"1.4\"", 1).replacen(
            "\"sectors\":",
            "\"regions\": [], \"sectors\":",
            1,
        );
        let err = parse_bundle(&newer).unwrap_err();
        assert!(matches!(&err, LoadError::NewerMinor { found, .. } if found == "1.4"), "{err:?}");
        assert!(err.to_string().contains("regions"), "{err}");
        // The same unknown field in a bundle of our own version is a typo, not the future.
        let typo = FIXTURE.replacen("\"sectors\":", "\"regions\": [], \"sectors\":", 1);
        assert!(matches!(parse_bundle(&typo).unwrap_err(), LoadError::Shape { .. }));
    }

    #[test]
    fn wrong_field_type_names_record_and_field() {
        let err = parse_bundle(r#"{"meta": {"schema_version": "1.0", "title": 5}}"#).unwrap_err();
        let LoadError::Shape { path, .. } = &err else { panic!("{err:?}") };
        assert_eq!(path, "meta.title");
    }

    #[test]
    fn shape_errors_name_the_record_by_id_and_the_field() {
        let broken =
            include_str!("../tests/fixtures/small-bundle.json").replace("\"lat\": 36.72", "\"lat\": \"north\"");
        let err = parse_bundle(&broken).unwrap_err();
        let LoadError::Shape { path, detail } = &err else { panic!("{err:?}") };
        assert_eq!(path, "places[malaga].lat");
        assert!(detail.contains("expected f64"), "{detail}");
    }

    #[test]
    fn unknown_field_is_a_shape_error() {
        let broken = FIXTURE.replacen("\"sectors\":", "\"sectorz\": [], \"sectors\":", 1);
        let err = parse_bundle(&broken).unwrap_err();
        assert!(err.to_string().contains("sectorz"), "{err}");
    }

    #[test]
    fn a_bundle_that_breaks_the_rules_lists_every_problem() {
        let broken = include_str!("../tests/fixtures/small-bundle.json")
            .replace("\"lat\": 36.72", "\"lat\": 136.72")
            .replace("\"places\": [\"chengdu\", \"malaga\"]", "\"places\": [\"chengdu\", \"atlantis\"]");
        let LoadError::Invalid { problems } = parse_bundle(&broken).unwrap_err() else { panic!() };
        let fields: Vec<_> = problems.iter().map(|p| format!("{} {}", p.record, p.field)).collect();
        assert_eq!(fields, ["initiatives/example-mission places[1]", "places/malaga lat"]);
    }

    #[test]
    fn trailing_garbage_is_rejected() {
        let err = parse_bundle(&format!("{FIXTURE} x")).unwrap_err();
        assert!(matches!(err, LoadError::NotJson { .. }), "{err:?}");
    }
}
