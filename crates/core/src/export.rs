//! What "Download" and "Cite this view" produce: the shown results as CSV or JSON, each with
//! the view's link and every record's sources.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use serde::Serialize;

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

/// The iframe code that embeds the view at `iframe_address` (an address with `embed=1`, made by
/// following `Go::Embedded`) in another page, with the few lines of script that let the iframe
/// grow to fit (the page posts its height; see `views::embed`).
pub fn embed_snippet(iframe_address: &str) -> String {
    let src = iframe_address.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<iframe src=\"{src}\" title=\"EU–China cluster cooperation\" loading=\"lazy\" \
         style=\"width:100%;height:640px;border:0\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", (e) => {{\n\
         \x20 if (e.data && e.data.type === \"eu-china-explorer:height\") {{\n\
         \x20   for (const f of document.querySelectorAll(\"iframe\")) {{\n\
         \x20     if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n\
         \x20   }}\n\
         \x20 }}\n\
         }});\n\
         </script>"
    )
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
    fn embed_snippet_frames_the_view_with_embed_on() {
        let snippet = embed_snippet("https://x/e/?view=map&sector=ict&embed=1");
        assert!(snippet.starts_with("<iframe src=\"https://x/e/?view=map&amp;sector=ict&amp;embed=1\""), "{snippet}");
        assert!(snippet.contains("e.data.type === \"eu-china-explorer:height\""));
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
