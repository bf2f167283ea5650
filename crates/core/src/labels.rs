//! Names of enum values (one table per enum: the URL/JSON id and the label a visitor reads), and
//! which addresses may become links.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

/// An enum whose values each have a stable id (in URLs and JSON; never changes once published)
/// and a label a visitor reads. Implemented by [`named_enum!`] from one table per enum, so an id
/// or a label is never looked up by string across enums.
pub trait Named: Copy + PartialEq + Sized + 'static {
    /// Every value, in the table's order (facet options are listed in this order).
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    /// The English label.
    fn label(self) -> &'static str;
    /// The label in the interface language `lang`.
    fn label_in(self, lang: crate::i18n::Lang) -> &'static str;
    /// The value whose id is exactly `id`.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
    /// Position in [`Named::ALL`].
    fn index(self) -> usize {
        Self::ALL.iter().position(|&v| v == self).unwrap_or(0)
    }
}

/// Declares a fieldless serde enum from a table of `Variant = "id", "Label", "标签";` rows:
/// serde's name of each variant is its id, and [`Named`] gives `ALL`, `id`, `label` (English),
/// `label_in` (English or Chinese) and `from_id`. A row without its Chinese label does not
/// compile.
#[macro_export]
macro_rules! named_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $id:literal, $label:literal, $zh:literal;)* }) => {
        $(#[$meta])*
        pub enum $name { $($(#[$variant_meta])* #[serde(rename = $id)] $variant,)* }

        impl $crate::labels::Named for $name {
            const ALL: &'static [$name] = &[$($name::$variant),*];
            fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)* }
            }
            fn label_in(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::En => self.label(),
                    $crate::i18n::Lang::Zh => match self { $($name::$variant => $zh,)* },
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InitiativeKind, OrganisationKind, Side};

    #[test]
    fn ids_are_serde_names_and_round_trip() {
        assert_eq!(InitiativeKind::PilotProject.id(), "pilot-project");
        assert_eq!(serde_json::to_string(&InitiativeKind::PilotProject).unwrap(), "\"pilot-project\"");
        assert_eq!(InitiativeKind::from_id("pilot-project"), Some(InitiativeKind::PilotProject));
        assert_eq!(InitiativeKind::from_id("Pilot-Project"), None);
        assert_eq!(Side::from_id("china"), Some(Side::China));
        for kind in InitiativeKind::ALL {
            assert_eq!(InitiativeKind::from_id(kind.id()), Some(*kind));
        }
    }

    #[test]
    fn each_enum_has_its_own_labels() {
        assert_eq!(InitiativeKind::PilotTopic.label(), "Pilot topic");
        assert_eq!(InitiativeKind::Mou.label(), "MoU");
        assert_eq!(Side::Other.label(), "Elsewhere");
        // The same id in another enum keeps its own label.
        assert_eq!(OrganisationKind::Other.label(), "Other");
    }
}

/// Only `http:` and `https:` addresses become links; anything else (`javascript:`, `data:`)
/// is shown as text.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(char::is_control)
}

#[cfg(test)]
mod address_tests {
    use super::is_web_address;

    #[test]
    fn only_web_addresses_are_links() {
        assert!(is_web_address("https://www.clustercollaboration.eu/"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address(" data:text/html,<script>"));
        assert!(!is_web_address("https://x\u{0}y"));
    }
}
