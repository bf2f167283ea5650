//! The interface in English and Chinese (Simplified): the `lang` parameter, and every word the
//! interface itself says, in one table per language (`en.rs`, `zh.rs`). Both tables are values
//! of one struct, [`Strings`], so a string missing in either language does not compile. Record
//! names and descriptions are not here: they come from the bundle (sectors and countries carry
//! `name_zh`, places `name_zh`), and texts the sources give only in English stay English.
//!
//! Invariant: plain Rust, like the rest of the crate.

mod en;
mod zh;

/// The two tables, for tests and benchmarks (the app asks [`Lang::strings`]).
pub use en::EN as ENGLISH;
pub use zh::ZH as CHINESE;

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
    /// The plural noun under a count card: "initiatives" / "合作举措".
    pub plural: fn(Noun) -> &'static str,
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

    // Downloads, citations and pictures.
    /// The bundle's title as the interface shows it.
    pub data_title: fn(&str) -> String,
    /// A citation of the view: (description, link, accessed, sources).
    pub cite_view: fn(&str, &str, &str, &str) -> String,
    pub picture_showing: fn(&str) -> String,
    pub picture_source: fn(&str) -> String,
    pub picture_data: fn(&str) -> String,
    pub map_picture_title: &'static str,
    pub map_legend: &'static str,
    pub map_coastlines: &'static str,
    pub sector_picture_title: fn(&str) -> String,
    pub sector_picture_legend: fn(usize) -> String,

    /// What is wrong with a field of an invalid bundle (the load-failure panel's table).
    pub flaw: fn(&crate::validate::Flaw) -> String,
    /// The CSV download's columns by name, in its header's order (the header itself is ids).
    pub csv_columns: fn(crate::filter::Tab) -> &'static [&'static str],
    /// The heading of the names' column in the file of column names.
    pub csv_name_heading: &'static str,
    /// A group's heading in the search suggestions.
    pub group_heading: fn(crate::search::Group) -> &'static str,
    /// What a figure is, in a suggestion's detail: "figure" / "数据".
    pub figure: &'static str,
    /// What was ignored in the link, in words.
    pub notice: fn(&crate::url_state::Notice) -> String,

    // Timeline.
    /// "120 dated events, the first 100 shown".
    pub timeline_first: fn(usize, usize) -> String,

    // The page, its views and panels (in the order of `src/views`).
    pub skip_to_content: &'static str,
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub footer_before: &'static str,
    pub paper_title: &'static str,
    pub footer_after: &'static str,
    pub source_texts_english: &'static str,
    pub embed_title: &'static str,
    pub open_full_explorer: &'static str,
    pub opens_new_tab: &'static str,
    pub embed_data_before: &'static str,
    pub embed_data_after: &'static str,
    pub language_switch: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub try_again: &'static str,
    pub problems_caption: &'static str,
    pub problem_record: &'static str,
    pub problem_field: &'static str,
    pub problem_text: &'static str,
    pub and_more: fn(usize) -> String,
    pub overview_lead: fn(usize, usize) -> String,
    pub what_data_holds: &'static str,
    pub loaded_records: &'static str,
    pub sources: &'static str,
    pub views_nav: &'static str,
    pub current_view: &'static str,
    pub active_filters: &'static str,
    pub clear_all: &'static str,
    pub remove_filter: fn(&str) -> String,
    pub link_ignored: &'static str,
    pub filters: &'static str,
    pub filters_n: fn(usize) -> String,
    pub show_fewer: &'static str,
    pub show_all_n: fn(usize) -> String,
    pub n_chosen: fn(usize) -> String,
    pub year_from: &'static str,
    pub year_to: &'static str,
    pub year_from_example: &'static str,
    pub year_to_example: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub suggestions: &'static str,
    pub no_suggestions: &'static str,
    pub n_suggestions: fn(usize) -> String,
    pub share: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: fn(&str) -> String,
    pub embed_this_view: &'static str,
    pub code_for: &'static str,
    pub code_with_script: &'static str,
    pub code_iframe_only: &'static str,
    pub height_without_script: &'static str,
    pub code_for_page: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub code_copy_failed: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub close_details: &'static str,
    pub not_found: &'static str,
    pub record_not_in_data: &'static str,
    pub part_of: &'static str,
    pub inferred_word: &'static str,
    pub editors_note: &'static str,
    pub figures: &'static str,
    pub footnote_n: fn(u32) -> String,
    pub section_n: fn(&str) -> String,
    pub results_heading: &'static str,
    pub what_to_list: &'static str,
    pub sort_by: &'static str,
    pub show_n_more: fn(usize) -> String,
    pub other_tab_matches: fn(usize, crate::i18n::Noun, &str) -> String,
    pub show_tab: fn(&str) -> String,
    pub nothing_matches: &'static str,
    pub drop_before: &'static str,
    pub drop_after: fn(&str) -> String,
    pub also_matching: fn(&str) -> String,
    pub download_csv: &'static str,
    pub download_csv_labels: &'static str,
    pub download_json: &'static str,
    pub cite_this_view: &'static str,
    pub citation_select: &'static str,
    pub sectors_heading: &'static str,
    pub sectors_lead: &'static str,
    pub sector_not_in_data: &'static str,
    pub all_sectors: &'static str,
    pub subsectors: &'static str,
    pub all_initiatives_in_list: &'static str,
    pub all_organisations_in_list: &'static str,
    pub no_places: &'static str,
    pub chart_caption: &'static str,
    pub chart_in_words: fn(&str) -> String,
    pub places_heading: &'static str,
    pub places_lead: &'static str,
    pub city_list: &'static str,
    pub show_fewer_places: &'static str,
    pub show_all_places: fn(usize) -> String,
    pub more_places_hidden: fn(usize) -> String,
    pub map_label: &'static str,
    pub coastlines_failed: &'static str,
    pub map_pins_shown: fn(usize, usize) -> String,
    pub natural_earth: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_lead: &'static str,
    pub story_partners: &'static str,
    pub as_printed: fn(&str) -> String,
    pub type_of_cooperation: &'static str,
    pub contact: &'static str,
    pub see_source_for_contact: &'static str,
    pub story_context: &'static str,
    pub story_cooperation: &'static str,
    pub story_objective: &'static str,
    pub story_policy_support: &'static str,
    pub story_results: &'static str,
    pub story_examples: &'static str,
    pub load_error: fn(&crate::load::LoadError) -> String,
}

/// The plain texts of a [`Strings`], each field named once: the fields are destructured without
/// `..` (so a new field that is neither listed as a text nor as another kind does not compile)
/// and the texts are returned in the order given.
macro_rules! plain_texts {
    ($strings:expr, texts: [$($text:ident),* $(,)?], others: [$($other:ident),* $(,)?]) => {{
        let Strings { $($text,)* $($other: _,)* } = $strings;
        vec![$($text),*]
    }};
}

impl Strings {
    /// Every plain text of the table (not the ones with numbers or names in them). Written as
    /// an exhaustive destructuring, so a new field must be placed here or named as skipped: a
    /// test compares what a Chinese page shows with the English texts.
    pub fn texts(&self) -> Vec<&'static str> {
        plain_texts!(
            *self,
            texts: [
                and, colon, comma, undated, all_records, years, fact_places, fact_sectors, inferred_mark,
                also, list_organisations, list_parts, sector_as_printed, offers_clusters, list_members,
                list_initiatives, partner_places, initiatives_here, organisations_here, success_stories,
                read_full_story, map_picture_title, map_legend, map_coastlines, csv_name_heading, figure,
                skip_to_content, site_name, site_tagline, footer_before, paper_title, footer_after,
                source_texts_english, embed_title, open_full_explorer, opens_new_tab, embed_data_before,
                embed_data_after, language_switch, loading, load_failed_title, try_again, problems_caption,
                problem_record, problem_field, problem_text, what_data_holds, loaded_records, sources,
                views_nav, current_view, active_filters, clear_all, link_ignored, filters, show_fewer,
                year_from, year_to, year_from_example, year_to_example, search_label, search_placeholder,
                suggestions, no_suggestions, share, copy_link, link_copied, embed_this_view, code_for,
                code_with_script, code_iframe_only, height_without_script, code_for_page, copy_code,
                code_copied, code_copy_failed, download_svg, download_png, close_details, not_found,
                record_not_in_data, part_of, inferred_word, editors_note, figures, results_heading,
                what_to_list, sort_by, nothing_matches, drop_before, download_csv, download_csv_labels,
                download_json, cite_this_view, citation_select, sectors_heading, sectors_lead,
                sector_not_in_data, all_sectors, subsectors, all_initiatives_in_list,
                all_organisations_in_list, no_places, chart_caption, places_heading, places_lead,
                city_list, show_fewer_places, map_label, coastlines_failed, natural_earth,
                timeline_heading, timeline_lead, story_partners, type_of_cooperation, contact,
                see_source_for_contact, story_context, story_cooperation, story_objective,
                story_policy_support, story_results, story_examples
            ],
            others: [
                lang, count, plural, date, date_range, results_summary, announcement, year_is,
                years_between, years_from, years_to, search_is, inferred_fields, shared, data_title,
                cite_view, picture_showing, picture_source, picture_data, sector_picture_title,
                sector_picture_legend, notice, flaw, group_heading, csv_columns, timeline_first, and_more,
                overview_lead, remove_filter, filters_n, show_all_n, n_chosen, n_suggestions, copy_failed,
                footnote_n, section_n, show_n_more, other_tab_matches, show_tab, drop_after, also_matching,
                chart_in_words, show_all_places, more_places_hidden, map_pins_shown, as_printed,
                load_error
            ]
        )
    }
}

/// Chinese characters in `text`: a test of the Chinese table, and of the bundle's `name_zh`.
pub fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Facet, Sort, Tab};
    use crate::labels::Named;
    use crate::model::{InitiativeKind, OrganisationKind, PlaceKind, RecordKind, Side, Status};
    use crate::url_state::{Theme, View};

    #[test]
    fn every_english_text_has_a_chinese_one() {
        let (en, zh) = (ENGLISH.texts(), CHINESE.texts());
        assert_eq!(en.len(), zh.len());
        // Punctuation (", ", ": ") differs too, but has no letters to translate.
        for (en, zh) in en.iter().zip(&zh).filter(|(en, _)| en.chars().any(char::is_alphabetic)) {
            assert!(has_han(zh), "“{en}” has no Chinese text: “{zh}”");
            assert_ne!(en, zh);
        }
    }

    fn labels<T: Named>() -> Vec<(&'static str, &'static str)> {
        T::ALL.iter().map(|v| (v.label(), v.label_in(Lang::Zh))).collect()
    }

    #[test]
    fn every_enum_label_has_a_chinese_one() {
        let all = [
            labels::<Side>(),
            labels::<PlaceKind>(),
            labels::<OrganisationKind>(),
            labels::<InitiativeKind>(),
            labels::<Status>(),
            labels::<RecordKind>(),
            labels::<Tab>(),
            labels::<Sort>(),
            labels::<Facet>(),
            labels::<Theme>(),
            labels::<View>(),
        ];
        for (en, zh) in all.into_iter().flatten() {
            assert!(has_han(zh) && zh != en, "{en} → {zh}");
        }
        assert_eq!(Lang::Zh.label_in(Lang::En), "中文", "each language is named in itself");
    }

    #[test]
    fn dates_and_counts_read_as_each_language_writes_them() {
        assert_eq!((CHINESE.date)("2016-04"), "2016年4月");
        assert_eq!((CHINESE.date)("2016-04-05"), "2016年4月5日");
        assert_eq!((CHINESE.date)("2016"), "2016年");
        assert_eq!((ENGLISH.date)("2016-04"), "2016-04");
        assert_eq!((CHINESE.date_range)("2015", "2016"), "2015年至2016年");
        assert_eq!((ENGLISH.count)(1, Noun::Story), "1 success story");
        assert_eq!((ENGLISH.count)(2, Noun::Story), "2 success stories");
        assert_eq!((CHINESE.count)(2, Noun::Organisation), "2 个组织");
    }
}
