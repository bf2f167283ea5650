//! A record's sources as a reader sees them: document title, section, footnotes with their text
//! and (web) addresses.

use crate::filter::Catalog;
use crate::labels::is_web_address;
use crate::model::Citation;

#[derive(Debug, Clone, PartialEq)]
pub struct FootnoteEntry {
    pub number: u32,
    pub text: String,
    /// Only http(s) addresses; anything else stays out of `href`s.
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourceEntry {
    /// The document's title (its id when the bundle lacks it).
    pub document: String,
    pub section: String,
    pub footnotes: Vec<FootnoteEntry>,
}

pub fn sources_of(catalog: &Catalog, citations: &[Citation]) -> Vec<SourceEntry> {
    let bundle = &catalog.bundle;
    citations
        .iter()
        .map(|citation| SourceEntry {
            document: bundle
                .meta
                .documents
                .iter()
                .find(|d| d.id == citation.document)
                .map_or_else(|| citation.document.clone(), |d| d.title.clone()),
            section: citation.section.clone(),
            footnotes: citation
                .footnotes
                .iter()
                .map(|&number| {
                    let note = bundle.footnotes.iter().find(|f| f.document == citation.document && f.number == number);
                    FootnoteEntry {
                        number,
                        text: note.map(|n| n.text.clone()).unwrap_or_default(),
                        url: note.and_then(|n| n.url.clone()).filter(|u| is_web_address(u)),
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_carry_their_text_and_only_web_addresses() {
        let catalog = super::super::small_catalog();
        let mission = catalog.initiative("example-mission").unwrap();
        let sources = sources_of(&catalog, &mission.sources);
        assert_eq!(sources.len(), 1);
        assert!(!sources[0].document.is_empty());
        assert_eq!(sources[0].footnotes[0].number, 1);
        assert!(sources[0].footnotes.iter().all(|f| f.url.as_deref().is_none_or(is_web_address)));
    }
}
