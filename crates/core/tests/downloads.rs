//! The downloads opened the way their users open them: the CSV with Python's `csv` module
//! (what data-frame readers build on), over every record of the shipped bundle and over hostile
//! values; the JSON read back into the bundle's own types. Every field must come back as
//! written, and the first row must be the documented header.

use std::process::Command;
use std::sync::Arc;

use explorer_core::export::{csv_header, csv_rows, download_metadata, neutralised, to_csv, to_json};
use explorer_core::filter::{Catalog, Query, Sort, Tab};
use explorer_core::load::parse_bundle;
use explorer_core::model::{Initiative, Organisation};

mod shipped;
use shipped::SHIPPED;

/// Values that break naive CSV writers and readers, or that spreadsheets would run.
const HOSTILE: [&str; 8] = [
    "=HYPERLINK(\"http://x\",\"click\")",
    "a, b, \"c\"",
    "two\nlines\r\nand a CR",
    "\tstarts with a tab",
    "+1 and -1 and @SUM(A1)",
    "\u{202E}right-to-left override",
    "成都 Chéngdū Málaga Cancéropôle",
    "\rstarts with a carriage return",
];

fn hostile_bundle() -> Catalog {
    let mut bundle: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
    for (i, value) in HOSTILE.iter().enumerate() {
        bundle["initiatives"][i]["description"] = (*value).into();
        bundle["organisations"][i]["description"] = (*value).into();
        bundle["initiatives"][i + 10]["name"] = (*value).into();
    }
    Catalog::new(Arc::new(parse_bundle(&bundle.to_string()).expect("hostile values are still a valid bundle")))
}

/// The CSV as Python's `csv` module reads it (`utf-8-sig` drops the byte-order mark).
fn read_with_python(csv: &str) -> Vec<Vec<String>> {
    static FILES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = FILES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("explorer-download-{}-{n}.csv", std::process::id()));
    std::fs::write(&path, csv).unwrap();
    let script = "import csv, json, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    print(json.dumps(list(csv.reader(f, strict=True))))";
    let output = Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3 runs (./dev installs it)");
    assert!(output.status.success(), "Python could not read the CSV: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn check(catalog: &Catalog, tab: Tab) {
    let matches = catalog.filter(&Query::default(), tab, Sort::Name).matches;
    let csv = to_csv(catalog, tab, &matches);
    assert!(csv.starts_with('\u{FEFF}'), "a byte-order mark");
    let read = read_with_python(&csv);
    let header: Vec<String> = csv_header(tab).split(',').map(str::to_owned).collect();
    assert_eq!(read[0], header, "the first row is the header");
    let expected: Vec<Vec<String>> =
        csv_rows(catalog, tab, &matches).into_iter().map(|row| row.iter().map(|f| neutralised(f)).collect()).collect();
    assert_eq!(read.len() - 1, expected.len(), "one row per record");
    for (got, want) in read[1..].iter().zip(&expected) {
        assert_eq!(got, want);
    }
}

#[test]
fn python_reads_every_record_of_the_shipped_bundle_back() {
    let catalog = shipped::catalog();
    check(&catalog, Tab::Initiatives);
    check(&catalog, Tab::Organisations);
}

#[test]
fn python_reads_hostile_values_back_and_no_cell_starts_a_formula() {
    let catalog = hostile_bundle();
    check(&catalog, Tab::Initiatives);
    check(&catalog, Tab::Organisations);
    let matches = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Name).matches;
    for row in read_with_python(&to_csv(&catalog, Tab::Initiatives, &matches)).iter().skip(1) {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Download<T> {
    metadata: serde_json::Map<String, serde_json::Value>,
    records: Vec<T>,
}

#[test]
fn the_json_download_reads_back_into_the_bundles_types_with_its_metadata() {
    let catalog = hostile_bundle();
    let query = Query::default();
    let metadata = download_metadata(&catalog, &explorer_core::i18n::ENGLISH, &query, "https://x/?view=list", "2026-11-23");
    let initiatives = catalog.filter(&query, Tab::Initiatives, Sort::Name).matches;
    let read: Download<Initiative> = serde_json::from_str(&to_json(&catalog, Tab::Initiatives, &initiatives, &metadata)).unwrap();
    assert_eq!(read.records.len(), initiatives.len());
    for key in ["title", "link", "filters", "generated", "sources", "licence"] {
        assert!(read.metadata.contains_key(key), "metadata has {key}");
    }
    for (record, &i) in read.records.iter().zip(&initiatives) {
        assert_eq!(record, &catalog.bundle.initiatives[i as usize]);
    }
    let organisations = catalog.filter(&query, Tab::Organisations, Sort::Name).matches;
    let read: Download<Organisation> = serde_json::from_str(&to_json(&catalog, Tab::Organisations, &organisations, &metadata)).unwrap();
    assert_eq!(read.records.len(), organisations.len());
}
