//! What "Download" and "Cite this view" produce: the shown results as CSV or JSON, each with
//! the view's link and every record's sources.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use serde::Serialize;

use crate::url_state::View;
use crate::filter::{Catalog, Tab};
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

fn csv_field(value: &str) -> String {
    // Quote every field; neutralise spreadsheet formulas a hostile bundle could smuggle in.
    let safe = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

fn names<'a>(ids: &'a [String], name: impl Fn(&str) -> Option<&'a str>) -> String {
    ids.iter().map(|id| name(id).unwrap_or(id)).collect::<Vec<_>>().join("; ")
}

/// The shown records of `tab` as CSV, with a header and the view's link in the first line.
pub fn to_csv(catalog: &Catalog, tab: Tab, matches: &[u32], link: &str) -> String {
    let b = &catalog.bundle;
    let place = |id: &str| catalog.place(id).map(|p| p.name.as_str());
    let sector = |id: &str| catalog.sector(id).map(|s| s.name.as_str());
    let mut lines = vec![format!("# {} — {link}", b.meta.title)];
    match tab {
        Tab::Initiatives => {
            lines.push("id,name,kind,date,end_date,status,places,organisations,sectors,description,sources".into());
            for &i in matches {
                let r: &Initiative = &b.initiatives[i as usize];
                let organisation = |id: &str| catalog.organisation(id).map(|o| o.name.as_str());
                let fields = [
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
                ];
                lines.push(fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
            }
        }
        Tab::Organisations => {
            lines.push("id,name,type,country,places,sectors,description,sources".into());
            for &o in matches {
                let r: &Organisation = &b.organisations[o as usize];
                let fields = [
                    r.id.clone(),
                    r.name.clone(),
                    r.kind.id().to_owned(),
                    r.country.clone().unwrap_or_default(),
                    names(&r.places, place),
                    names(&r.sectors, sector),
                    r.description.clone(),
                    citation_text(&r.sources),
                ];
                lines.push(fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
            }
        }
    }
    lines.join("\r\n") + "\r\n"
}

#[derive(Serialize)]
struct JsonExport<'a, T: Serialize> {
    title: &'a str,
    view: &'a str,
    attribution: &'a str,
    records: Vec<&'a T>,
}

/// The shown records of `tab` as JSON in the bundle's own format, with the view's link.
pub fn to_json(catalog: &Catalog, tab: Tab, matches: &[u32], link: &str) -> String {
    fn export<T: Serialize>(b: &Bundle, link: &str, records: Vec<&T>) -> String {
        let export = JsonExport { title: &b.meta.title, view: link, attribution: &b.meta.attribution, records };
        serde_json::to_string_pretty(&export).unwrap_or_default()
    }
    let b: &Bundle = &catalog.bundle;
    match tab {
        Tab::Initiatives => export(b, link, matches.iter().map(|&i| &b.initiatives[i as usize]).collect()),
        Tab::Organisations => export(b, link, matches.iter().map(|&o| &b.organisations[o as usize]).collect()),
    }
}

/// A citation of the current view for a report or an e-mail.
pub fn cite_view(catalog: &Catalog, description: &str, link: &str, accessed: &str) -> String {
    let docs: Vec<String> =
        catalog.bundle.meta.documents.iter().map(|d| format!("{}, {} ({})", d.publisher, d.title, d.date)).collect();
    format!(
        "EU–China Cluster Cooperation Explorer: {description}. {link} (accessed {accessed}). Sources: {}.",
        docs.join("; ")
    )
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

/// The words around a picture of the map under `query`, shown at `link`.
pub fn map_picture_text(catalog: &Catalog, query: &crate::filter::Query, link: &str) -> PictureText {
    let mut below = vec![
        "Circles: cities and districts; squares: regions and provinces. Size: number of initiatives. Lines join partnered places.".to_owned(),
        "Coastlines: made with Natural Earth.".to_owned(),
        format!("Source: EU–China Cluster Cooperation Explorer, {link}"),
    ];
    below.extend(catalog.bundle.meta.documents.iter().map(|d| format!("Data: {}, {} ({}).", d.publisher, d.title, d.date)));
    PictureText {
        title: "Where EU–China cluster cooperation happens".into(),
        filters: format!("Showing: {}.", crate::screens::filters_in_words(catalog, query)),
        below,
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

/// A fixed iframe height (CSS pixels) that shows the main part of `view` without the script:
/// the map with its caption, or the first screen of a list.
pub fn default_embed_height(view: View) -> u32 {
    match view {
        View::Map => 820,
        View::Sectors => 900,
        View::List | View::Timeline | View::Stories => 960,
    }
}

/// The code that embeds the view at `iframe_address` (an address with `embed=1`, made by
/// following `Go::Embedded`) `height` pixels high; with the resizer at `script_address`, the
/// iframe then fits its content (the page posts its height; see `views::embed`). No inline
/// script and no inline style (sizes are attributes), so hosts with a strict
/// Content-Security-Policy run it as it is.
pub fn embed_code(iframe_address: &str, script_address: &str, height: u32, form: EmbedForm) -> String {
    let attribute = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let iframe = format!(
        "<iframe data-eu-china-explorer src=\"{}\" title=\"EU–China cluster cooperation\" loading=\"lazy\" \
         width=\"100%\" height=\"{height}\" frameborder=\"0\"></iframe>",
        attribute(iframe_address)
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
    fn csv_has_link_header_names_and_sources() {
        let catalog = catalog();
        let results = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date);
        let csv = to_csv(&catalog, Tab::Initiatives, &results.matches, "https://x/?view=list");
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].ends_with("https://x/?view=list"));
        assert!(lines[1].starts_with("id,name,kind"));
        assert!(lines[2].contains("\"Chengdu; Málaga\""), "{}", lines[2]);
        assert!(lines[2].contains("\"eccp-china-2019 §2.2 (fn 1)\""), "{}", lines[2]);
    }

    #[test]
    fn embed_code_has_no_inline_script_and_both_forms() {
        let script = embed_script_address("https://x/e/index.html?view=map");
        assert_eq!(script, "https://x/e/embed-v1.js");
        assert_eq!(embed_script_address("https://x/e/"), "https://x/e/embed-v1.js");
        let with = embed_code("https://x/e/?view=map&sector=ict&embed=1", &script, 820, EmbedForm::WithScript);
        assert_eq!(with.lines().next(), Some("<script src=\"https://x/e/embed-v1.js\" defer></script>"));
        assert!(with.contains("<iframe data-eu-china-explorer src=\"https://x/e/?view=map&amp;sector=ict&amp;embed=1\""), "{with}");
        assert!(with.contains("height=\"820\"") && !with.contains("style="));
        let only = embed_code("https://x/e/?embed=1\"><script>", &script, 640, EmbedForm::IframeOnly);
        assert!(!only.contains("<script"), "{only}");
        assert!(only.contains("width=\"100%\" height=\"640\""));
    }

    #[test]
    fn csv_defuses_formulas_and_quotes() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn json_round_trips_records() {
        let catalog = catalog();
        let json = to_json(&catalog, Tab::Organisations, &[0], "link");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["view"], "link");
        assert_eq!(value["records"][0]["id"], "example-cluster");
    }
}
