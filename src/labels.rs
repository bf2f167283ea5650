//! Names of enum values: the URL/JSON id (from serde, so there is one spelling) and the label a
//! visitor reads.
//!
//! Invariant: plain Rust (no leptos, no web_sys).

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The id serde writes for `value`, e.g. `pilot-project` for `InitiativeKind::PilotProject`.
pub fn id_of<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        _ => String::new(),
    }
}

/// The enum value whose id is `id`, if any.
pub fn parse_id<T: DeserializeOwned>(id: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(id.to_owned())).ok()
}

/// A readable label of an enum value.
pub fn label_of<T: Serialize>(value: T) -> String {
    humanize(&id_of(value))
}

/// `pilot-project` → `Pilot project`; a few words are spelled as the documents spell them.
pub fn humanize(id: &str) -> String {
    match id {
        "mou" => return "MoU".into(),
        "europe" => return "Europe".into(),
        "china" => return "China".into(),
        "other" => return "Elsewhere".into(),
        _ => {}
    }
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InitiativeKind, Side};

    #[test]
    fn ids_round_trip_through_serde_names() {
        assert_eq!(id_of(InitiativeKind::PilotProject), "pilot-project");
        assert_eq!(parse_id::<InitiativeKind>("pilot-project"), Some(InitiativeKind::PilotProject));
        assert_eq!(parse_id::<InitiativeKind>("Pilot-Project"), None);
        assert_eq!(parse_id::<Side>("china"), Some(Side::China));
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(label_of(InitiativeKind::PilotTopic), "Pilot topic");
        assert_eq!(label_of(InitiativeKind::Mou), "MoU");
        assert_eq!(label_of(Side::Europe), "Europe");
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
