//! The interface in English and Chinese (Simplified): the `lang` parameter, and every word the
//! interface itself says, in one table per language (`en.rs`, `zh.rs`). Both tables are values
//! of one struct, [`Strings`], so a string missing in either language does not compile. Record
//! names and descriptions are not here: they come from the bundle (sectors and countries carry
//! `name_zh`, places `name_zh`), and texts the sources give only in English stay English.
//!
//! Invariant: plain Rust, like the rest of the crate.

mod en;
mod zh;

use serde::{Deserialize, Serialize};

use crate::named_enum;

named_enum! {
/// The interface language: the `lang` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En = "en", "English", "English";
    Zh = "zh", "中文", "中文";
}
}

impl Lang {
    /// The words of the interface in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::EN,
            Lang::Zh => &zh::ZH,
        }
    }
}

/// Things the interface counts: "3 initiatives" / "3 项合作举措".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Initiative,
    Organisation,
    Place,
    Sector,
    Figure,
    Milestone,
    Story,
    DatedEvent,
}

/// Every word the interface says, in one language. Plain texts are `&str`; texts with numbers
/// or names in them are functions, so each language orders and inflects them its own way.
pub struct Strings {
    pub lang: Lang,
    /// "3 initiatives", "1 organisation" / "3 项合作举措".
    pub count: fn(usize, Noun) -> String,
    /// A date of the bundle (`2016`, `2016-04`, `2016-04-05`) as read: the same, or "2016年4月".
    pub date: fn(&str) -> String,
    /// Two dates: "2015 – 2016" / "2015年至2016年".
    pub date_range: fn(&str, &str) -> String,
    /// A list of two or more parts: "A and B" / "A和B".
    pub and: &'static str,
    /// Between a label and its value: ": " / "：".
    pub colon: &'static str,
    /// Between items of a list: ", " / "、".
    pub comma: &'static str,

    // Results list and filters in words.
    pub undated: &'static str,
    /// "30 of 102 matching initiatives shown (102 in all)".
    pub results_summary: fn(usize, usize, Noun, usize) -> String,
    /// "3 initiatives match."
    pub announcement: fn(usize, Noun) -> String,
    pub all_records: &'static str,
    pub year_is: fn(i32) -> String,
    pub years_between: fn(i32, i32) -> String,
    pub years_from: fn(i32) -> String,
    pub years_to: fn(i32) -> String,
    pub years: &'static str,
    pub search_is: fn(&str) -> String,

    // The detail panel.
    pub fact_places: &'static str,
    pub fact_sectors: &'static str,
    pub inferred_fields: fn(&str) -> String,
    pub inferred_mark: &'static str,
    pub also: &'static str,
    pub list_organisations: &'static str,
    pub list_parts: &'static str,
    pub sector_as_printed: &'static str,
    pub offers_clusters: &'static str,
    pub list_members: &'static str,
    pub list_initiatives: &'static str,
    pub shared: fn(usize) -> String,
    pub partner_places: &'static str,
    pub initiatives_here: &'static str,
    pub organisations_here: &'static str,
    pub success_stories: &'static str,
    pub read_full_story: &'static str,

    // Timeline.
    /// "120 dated events, the first 100 shown".
    pub timeline_first: fn(usize, usize) -> String,
}

/// Chinese characters in `text`: a test of the Chinese table, and of the bundle's `name_zh`.
pub fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c))
}
