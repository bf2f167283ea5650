//! What each screen shows, computed: the app's components only render these values.
//!
//! One function (or type) per answer on screen, each a pure function of the catalog and the
//! current results or state, each unit-tested natively. Every link is an [`Entry`] whose
//! target is a [`Go`] — followed from the current state by `ViewState::follow`.

mod chips;
mod detail;
mod facets;
mod places;
mod results;
mod sectors;
mod sources;
mod timeline;

pub use chips::{Chip, EmptyHint, active_chips, empty_hint, filters_in_words};
pub use detail::{Detail, DetailList, Fact, StoryLinks};
pub use facets::{FacetRow, facet_rows};
pub use places::{FIRST_ROWS_PER_SIDE, LineLayer, MAX_LINES, MAX_NAMES_PER_PANEL, MAX_PINS, NAME_SIZE, NameSide, partner_pairs, PartnerLine, Pin, PinLook, PlaceGroup, PlaceRow, Places, WIDEST_LINE, pin_radius};
pub use results::{ResultRow, announcement, results_summary};
pub use sectors::{Bar, BarChart, CHART_BARS, SectorMatches, SectorPage, SectorTile, sector_tiles};
pub use sources::{FootnoteEntry, SourceEntry, sources_of};
pub use timeline::{TIMELINE_PAGE, Timeline, TimelineEntry, TimelineYear};

use crate::filter::Facet;
use crate::model::RecordKind;
use crate::url_state::Go;

/// A link on screen: its text, where it leads, and a short note after it ("(2 shared)").
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub go: Go,
    pub note: Option<String>,
}

impl Entry {
    /// Opens a record's detail panel.
    pub fn open(kind: RecordKind, id: &str, label: &str) -> Entry {
        Entry { label: label.to_owned(), go: Go::Open(kind, id.to_owned()), note: None }
    }

    /// Re-filters to one option (and opens a place's or sector's detail).
    /// Opens an organisation's detail panel; the label carries its acronym.
    pub fn organisation(organisation: &crate::model::Organisation) -> Entry {
        Entry::open(RecordKind::Organisation, &organisation.id, &organisation.display_name())
    }

    pub fn filter_to(facet: Facet, id: &str, label: &str) -> Entry {
        Entry { label: label.to_owned(), go: Go::FilterTo(facet, id.to_owned()), note: None }
    }

    pub fn with_note(mut self, note: String) -> Entry {
        self.note = Some(note);
        self
    }

    /// The id of the record or option the link leads to (empty for other links).
    pub fn target_id(&self) -> &str {
        match &self.go {
            Go::Open(_, id) | Go::FilterTo(_, id) | Go::Only(_, id) | Go::Toggle(_, id) | Go::Story(id) => id,
            _ => "",
        }
    }
}


#[cfg(test)]
pub(crate) fn small_catalog() -> crate::filter::Catalog {
    let bundle = crate::load::parse_bundle(include_str!("../../tests/fixtures/small-bundle.json")).unwrap();
    crate::filter::Catalog::new(std::sync::Arc::new(bundle))
}
