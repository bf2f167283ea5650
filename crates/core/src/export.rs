//! What "Download" and "Cite this view" produce: the shown results as CSV or JSON, each with
//! the view's link and every record's sources.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use serde::Serialize;

use crate::url_state::{View, ViewState};
use crate::filter::{Catalog, Tab};
use crate::i18n::Strings;
use crate::labels::Named;
use crate::model::{Bundle, Citation, Initiative, Organisation};

/// Renders one record's citations as `doc §section (fn 3, 4); …`.
pub fn citation_text(sources: &[Citation]) -> String {
    sources
        .iter()
        .map(|c| {
            let notes = c.footnotes.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
            if notes.is_empty() {
                format!("{} §{}", c.document, c.section)
            } else {
                format!("{} §{} (fn {notes})", c.document, c.section)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One CSV field per RFC 4180, quoted when it holds a comma, a quote or a line break; a value
/// a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`, tab or carriage
/// return) gets a leading `'` and quotes, as OWASP's CSV-injection guidance says.
fn csv_field(value: &str) -> String {
    let formula = value.starts_with(FORMULA_STARTS);
    let value = neutralised(value);
    if formula || value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The CSV header of `tab`'s download: stable ids, documented in the README.
pub fn csv_header(tab: Tab) -> &'static str {
    match tab {
        Tab::Initiatives => "id,name,kind,date,end_date,status,places,organisations,sectors,description,sources",
        Tab::Organisations => "id,name,type,country,places,sectors,description,sources",
    }
}

/// The Chinese interface's second file: each CSV column's id and its name in `t`'s language,
/// so the download itself keeps one header of stable ids that every reader takes as the header.
pub fn csv_column_names(t: &Strings, tab: Tab) -> String {
    let rows: Vec<Vec<String>> =
        csv_header(tab).split(',').zip((t.csv_columns)(tab)).map(|(id, name)| vec![id.to_owned(), (*name).to_owned()]).collect();
    csv_document(&format!("column,{}", t.csv_name_heading), &rows)
}

fn names<'a>(ids: &'a [String], name: impl Fn(&str) -> Option<&'a str>) -> String {
    ids.iter().map(|id| name(id).unwrap_or(id)).collect::<Vec<_>>().join("; ")
}

/// The value a CSV cell holds for `value`: a value a spreadsheet would run as a formula (first
/// character `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, as OWASP's
/// CSV-injection guidance says.
pub fn neutralised(value: &str) -> String {
    if value.starts_with(FORMULA_STARTS) { format!("'{value}") } else { value.to_owned() }
}

/// First characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The shown records of `tab` as rows of field values (before CSV quoting), in the order of
/// [`csv_header`].
pub fn csv_rows(catalog: &Catalog, tab: Tab, matches: &[u32]) -> Vec<Vec<String>> {
    let b = &catalog.bundle;
    let place = |id: &str| catalog.place(id).map(|p| p.name.as_str());
    let sector = |id: &str| catalog.sector(id).map(|s| s.name.as_str());
    let organisation = |id: &str| catalog.organisation(id).map(|o| o.name.as_str());
    match tab {
        Tab::Initiatives => matches
            .iter()
            .map(|&i| {
                let r: &Initiative = &b.initiatives[i as usize];
                vec![
                    r.id.clone(),
                    r.name.clone(),
                    r.kind.id().to_owned(),
                    r.date.clone().unwrap_or_default(),
                    r.end_date.clone().unwrap_or_default(),
                    r.status.id().to_owned(),
                    names(&r.places, place),
                    names(&r.organisations, organisation),
                    names(&r.sectors, sector),
                    r.description.clone(),
                    citation_text(&r.sources),
                ]
            })
            .collect(),
        Tab::Organisations => matches
            .iter()
            .map(|&o| {
                let r: &Organisation = &b.organisations[o as usize];
                vec![
                    r.id.clone(),
                    r.name.clone(),
                    r.kind.id().to_owned(),
                    r.country.clone().unwrap_or_default(),
                    names(&r.places, place),
                    names(&r.sectors, sector),
                    r.description.clone(),
                    citation_text(&r.sources),
                ]
            })
            .collect(),
    }
}

/// The shown records of `tab` as CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheets
/// on Windows read "Málaga" and "成都" right), the header as the first row, CRLF line ends. The
/// view's title, link and sources are in the JSON download's metadata, not in the CSV, so every
/// reader takes the first row as the header.
pub fn to_csv(catalog: &Catalog, tab: Tab, matches: &[u32]) -> String {
    csv_document(csv_header(tab), &csv_rows(catalog, tab, matches))
}

/// A CSV file: byte-order mark, `header` (already CSV), then `rows` quoted as needed, CRLF.
pub fn csv_document(header: &str, rows: &[Vec<String>]) -> String {
    let mut lines = vec![header.to_owned()];
    lines.extend(rows.iter().map(|row| row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",")));
    format!("\u{FEFF}{}\r\n", lines.join("\r\n"))
}

/// What a download is: the view it shows, when, and where its data comes from.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DownloadMetadata {
    pub title: String,
    /// The explorer's address of the view.
    pub link: String,
    /// The active filters in words.
    pub filters: String,
    /// When the file was made (ISO 8601 date).
    pub generated: String,
    /// The source documents.
    pub sources: Vec<String>,
    pub licence: String,
}

// Published as `public/data/download.schema.json`; a test keeps it current
// (`UPDATE_SCHEMA=1 cargo test -p explorer-core --lib download_schema`).
/// A JSON download of the EU–China Cluster Cooperation Explorer: what the view was, and its
/// records in the data bundle's own format.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)] // describes the file; the writer below serialises borrowed records
pub struct DownloadFile {
    metadata: DownloadMetadata,
    records: Vec<DownloadRecord>,
}

/// A record of the download: an initiative or an organisation, in the bundle's format.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum DownloadRecord {
    Initiative(Initiative),
    Organisation(Organisation),
}

/// The JSON download: its metadata around the records, in the bundle's own format.
#[derive(Serialize)]
struct JsonDownload<'a, T: Serialize> {
    metadata: &'a DownloadMetadata,
    records: Vec<&'a T>,
}

/// The metadata of a download of the view at `link` under `query`, made on `today`.
pub fn download_metadata(catalog: &Catalog, t: &Strings, query: &crate::filter::Query, link: &str, today: &str) -> DownloadMetadata {
    let b = &catalog.bundle;
    let filters = crate::screens::filters_in_words(catalog, t, query);
    DownloadMetadata {
        title: format!("{}{}{filters}", (t.data_title)(&b.meta.title), t.colon),
        link: link.to_owned(),
        filters,
        generated: today.to_owned(),
        sources: b.meta.documents.iter().map(|d| d.citation()).collect(),
        licence: b.meta.attribution.clone(),
    }
}

/// The shown records of `tab` as JSON in the bundle's own format, inside `{metadata, records}`.
pub fn to_json(catalog: &Catalog, tab: Tab, matches: &[u32], metadata: &DownloadMetadata) -> String {
    fn export<T: Serialize>(metadata: &DownloadMetadata, records: Vec<&T>) -> String {
        serde_json::to_string_pretty(&JsonDownload { metadata, records }).unwrap_or_default()
    }
    let b: &Bundle = &catalog.bundle;
    match tab {
        Tab::Initiatives => export(metadata, matches.iter().map(|&i| &b.initiatives[i as usize]).collect()),
        Tab::Organisations => export(metadata, matches.iter().map(|&o| &b.organisations[o as usize]).collect()),
    }
}

/// A citation of the current view for a report or an e-mail.
pub fn cite_view(catalog: &Catalog, t: &Strings, description: &str, link: &str, accessed: &str) -> String {
    let docs: Vec<String> = catalog.bundle.meta.documents.iter().map(|d| d.citation()).collect();
    (t.cite_view)(description, link, accessed, &docs.join("; "))
}

/// The words around a picture of a view, like a figure in a report.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureText {
    pub title: String,
    /// The active filters in words.
    pub filters: String,
    /// Lines under the drawing: legend, credit, the explorer's link, then one line per source
    /// document.
    pub below: Vec<String>,
}

/// The lines under every picture after its legend: the explorer's link, then one line per
/// source document.
fn credits<'a>(catalog: &'a Catalog, t: &'static Strings, link: &str) -> impl Iterator<Item = String> + 'a {
    std::iter::once((t.picture_source)(link)).chain(catalog.bundle.meta.documents.iter().map(|d| (t.picture_data)(&d.citation())))
}

fn showing(catalog: &Catalog, t: &Strings, query: &crate::filter::Query) -> String {
    (t.picture_showing)(&crate::screens::filters_in_words(catalog, t, query))
}

/// The words around a picture of the map under `query`, shown at `link`.
pub fn map_picture_text(catalog: &Catalog, t: &'static Strings, query: &crate::filter::Query, link: &str) -> PictureText {
    PictureText {
        title: t.map_picture_title.into(),
        filters: showing(catalog, t, query),
        below: [t.map_legend, t.map_coastlines].iter().map(|l| (*l).to_owned()).chain(credits(catalog, t, link)).collect(),
    }
}

/// The words around a picture of the chart on the page of sector `sector_name`.
pub fn sector_picture_text(catalog: &Catalog, t: &'static Strings, sector_name: &str, query: &crate::filter::Query, link: &str) -> PictureText {
    PictureText {
        title: (t.sector_picture_title)(sector_name),
        filters: showing(catalog, t, query),
        below: std::iter::once((t.sector_picture_legend)(crate::screens::CHART_BARS)).chain(credits(catalog, t, link)).collect(),
    }
}

/// The file of the parent-side resizer, beside the explorer's `index.html`. A new major
/// version gets a new name, so pages that load this one keep working.
pub const EMBED_SCRIPT: &str = "embed-v1.js";

/// The two forms of embed code an editor can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedForm {
    /// The iframe and the resizer script: the iframe always fits its content.
    WithScript,
    /// The iframe alone, for pages that strip or block scripts: a fixed height, and the
    /// explorer scrolls inside it.
    IframeOnly,
}

/// A fixed iframe height (CSS pixels) that shows the main part of the screen `state` without
/// the script, at every width from 320 to 1280 px: the map with its caption, a sector page's
/// chart, the first sector tile after the overview, the first three rows of a list or a
/// timeline, the first story's facts. Measured by the browser test
/// `the_fixed_height_shows_each_views_main_part_from_320_to_1280_px` (README, "Embedding");
/// the narrowest screens need the most, as the map's panels stack there.
pub fn default_embed_height(state: &ViewState) -> u32 {
    match state.view {
        View::Map => 1280,
        View::Sectors if state.query.sectors.len() == 1 => 1120,
        View::Sectors => 1600,
        View::List => 1160,
        View::Timeline => 960,
        View::Stories => 980,
    }
}

/// The code that embeds the view at `iframe_address` (an address with `embed=1`, made by
/// following `Go::Embedded`) `height` pixels high; with the resizer at `script_address`, the
/// iframe then fits its content (the page posts its height; see `views::embed`). No inline
/// script and no inline style (sizes are attributes), so hosts with a strict
/// Content-Security-Policy run it as it is.
/// The iframe's title (its accessible name on the host page) is `t`'s.
pub fn embed_code(t: &Strings, iframe_address: &str, script_address: &str, height: u32, form: EmbedForm) -> String {
    let attribute = crate::markup::escaped;
    let iframe = format!(
        "<iframe data-eu-china-explorer src=\"{}\" title=\"{}\" loading=\"lazy\" \
         width=\"100%\" height=\"{height}\" frameborder=\"0\"></iframe>",
        attribute(iframe_address),
        attribute(t.embed_title)
    );
    match form {
        EmbedForm::WithScript => format!("<script src=\"{}\" defer></script>\n{iframe}", attribute(script_address)),
        EmbedForm::IframeOnly => iframe,
    }
}

/// The resizer's address for the explorer page at `page_address` (origin and path, no query).
pub fn embed_script_address(page_address: &str) -> String {
    let base = page_address.split(['?', '#']).next().unwrap_or_default();
    let dir = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    format!("{dir}{EMBED_SCRIPT}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Query, Sort};
    use std::sync::Arc;

    fn catalog() -> Catalog {
        Catalog::new(Arc::new(crate::load::parse_bundle(include_str!("../tests/fixtures/small-bundle.json")).unwrap()))
    }

    #[test]
    fn every_csv_column_has_a_chinese_name() {
        for tab in [Tab::Initiatives, Tab::Organisations] {
            assert_eq!(csv_header(tab).split(',').count(), (crate::i18n::CHINESE.csv_columns)(tab).len());
            assert_eq!(csv_header(tab).split(',').count(), (crate::i18n::ENGLISH.csv_columns)(tab).len());
            let names = csv_column_names(&crate::i18n::CHINESE, tab);
            assert!(names.starts_with("\u{FEFF}column,名称\r\nid,标识\r\nname,名称\r\n"), "{names:?}");
        }
    }

    #[test]
    fn pictures_carry_title_filters_legend_link_and_every_source() {
        let catalog = catalog();
        let query = Query { sectors: vec!["solar-energy".into()], ..Query::default() };
        let en = &crate::i18n::ENGLISH;
        for words in [
            map_picture_text(&catalog, en, &query, "https://example.org/?sector=solar-energy"),
            sector_picture_text(&catalog, en, "Solar energy", &query, "https://example.org/?sector=solar-energy"),
        ] {
            assert_eq!(words.filters, "Showing: Sector: Solar energy.");
            assert!(words.below.iter().any(|l| l == "Source: EU–China Cluster Cooperation Explorer, https://example.org/?sector=solar-energy"));
            let data_lines = words.below.iter().filter(|l| l.starts_with("Data: ")).count();
            assert_eq!(data_lines, catalog.bundle.meta.documents.len());
        }
        assert!(sector_picture_text(&catalog, en, "Solar energy", &query, "x").title.starts_with("Solar energy: "));
        let zh = sector_picture_text(&catalog, &crate::i18n::CHINESE, "太阳能", &query, "x");
        assert!(zh.filters.contains("太阳能") && zh.title.starts_with("太阳能"), "{zh:?}");
    }

    #[test]
    fn csv_starts_with_a_byte_order_mark_and_the_header() {
        let catalog = catalog();
        let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
        let csv = to_csv(&catalog, Tab::Initiatives, &results.matches);
        let csv = csv.strip_prefix('\u{FEFF}').expect("a byte-order mark");
        assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'), "CRLF line ends");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], csv_header(Tab::Initiatives));
        assert!(lines[1].contains(",Chengdu; Málaga,"), "{}", lines[1]);
        assert!(lines[1].contains(",eccp-china-2019 §2.2 (fn 1)"), "{}", lines[1]);
    }

    #[test]
    fn embed_code_has_no_inline_script_and_both_forms() {
        let script = embed_script_address("https://x/e/index.html?view=map");
        assert_eq!(script, "https://x/e/embed-v1.js");
        assert_eq!(embed_script_address("https://x/e/"), "https://x/e/embed-v1.js");
        let with = embed_code(&crate::i18n::ENGLISH, "https://x/e/?view=map&sector=ict&embed=1", &script, 820, EmbedForm::WithScript);
        assert_eq!(with.lines().next(), Some("<script src=\"https://x/e/embed-v1.js\" defer></script>"));
        assert!(with.contains("<iframe data-eu-china-explorer src=\"https://x/e/?view=map&amp;sector=ict&amp;embed=1\""), "{with}");
        assert!(with.contains("height=\"820\"") && !with.contains("style="));
        let only = embed_code(&crate::i18n::CHINESE, "https://x/e/?embed=1\"><script>", &script, 640, EmbedForm::IframeOnly);
        assert!(!only.contains("<script"), "{only}");
        assert!(only.contains("width=\"100%\" height=\"640\""));
        assert!(only.contains("title=\"欧盟—中国集群合作\"") && with.contains("title=\"EU–China cluster cooperation\""), "{only}");
    }

    #[test]
    fn csv_defuses_formulas_and_quotes_what_needs_it() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for formula in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_field(formula).starts_with("\"'"), "{formula:?}");
        }
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn published_download_schema_matches_the_types() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/download.schema.json");
        let generated = serde_json::to_string_pretty(&schemars::schema_for!(DownloadFile)).unwrap() + "\n";
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let published = std::fs::read_to_string(path).unwrap_or_default();
        assert!(published == generated, "public/data/download.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test -p explorer-core --lib download_schema`");
    }

    #[test]
    fn json_round_trips_records() {
        let catalog = catalog();
        let metadata = download_metadata(&catalog, &crate::i18n::ENGLISH, &Query::default(), "link", "2026-11-23");
        let json = to_json(&catalog, Tab::Organisations, &[0], &metadata);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["metadata"]["link"], "link");
        assert_eq!(value["metadata"]["generated"], "2026-11-23");
        assert!(!value["metadata"]["sources"].as_array().unwrap().is_empty());
        assert_eq!(value["records"][0]["id"], "example-cluster");
    }
}
