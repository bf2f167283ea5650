//! What the loaded bundle holds, in numbers: the first screen's cards.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use crate::i18n::{Noun, Strings};
use crate::model::{Bundle, Side};

/// One labelled count, in the order the first screen shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// Plural noun shown under the number, e.g. "initiatives".
    pub label: &'static str,
    pub value: usize,
}

/// Headline counts of a bundle.
pub fn headline_counts(bundle: &Bundle, t: &Strings) -> Vec<Count> {
    let count = |noun, value| Count { label: (t.plural)(noun), value };
    vec![
        count(Noun::Initiative, bundle.initiatives.len()),
        count(Noun::Organisation, bundle.organisations.len()),
        count(Noun::Place, bundle.places.len()),
        count(Noun::Sector, bundle.sectors.len()),
        count(Noun::Figure, bundle.figures.len()),
        count(Noun::Milestone, bundle.milestones.len()),
        count(Noun::Story, bundle.stories.len()),
    ]
}

/// Number of places on each side (Europe, China), for the first screen's subtitle.
pub fn places_per_side(bundle: &Bundle) -> (usize, usize) {
    let on = |side| bundle.places.iter().filter(|p| p.side == side).count();
    (on(Side::Europe), on(Side::China))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_bundle;

    #[test]
    fn counts_follow_the_bundle() {
        let bundle = parse_bundle(include_str!("../../../public/data/bundle.json")).unwrap();
        let counts = headline_counts(&bundle, &crate::i18n::ENGLISH);
        assert_eq!(counts[0], Count { label: "initiatives", value: bundle.initiatives.len() });
        assert_eq!(counts.len(), 7);
        let (europe, china) = places_per_side(&bundle);
        assert!(europe > 0 && china > 0);
        assert!(europe + china <= bundle.places.len());
    }
}
