//! The interface in English.

use super::{Lang, Noun, Strings};

fn noun(noun: Noun, n: usize) -> &'static str {
    let (one, many) = match noun {
        Noun::Initiative => ("initiative", "initiatives"),
        Noun::Organisation => ("organisation", "organisations"),
        Noun::Place => ("place", "places"),
        Noun::Sector => ("sector", "sectors"),
        Noun::Figure => ("figure", "figures"),
        Noun::Milestone => ("milestone", "milestones"),
        Noun::Story => ("success story", "success stories"),
        Noun::DatedEvent => ("dated event", "dated events"),
    };
    if n == 1 { one } else { many }
}

pub const EN: Strings = Strings {
    lang: Lang::En,
    count: |n, what| format!("{n} {}", noun(what, n)),
    date: |date| date.to_owned(),
    date_range: |start, end| format!("{start} – {end}"),
    and: " and ",
    colon: ": ",
    comma: ", ",

    undated: "undated",
    results_summary: |shown, matching, what, total| format!("{shown} of {matching} matching {} shown ({total} in all)", noun(what, 2)),
    announcement: |n, what| format!("{n} {} {}.", noun(what, n), if n == 1 { "matches" } else { "match" }),
    all_records: "all records",
    year_is: |year| format!("Year: {year}"),
    years_between: |from, to| format!("Years: {from}–{to}"),
    years_from: |from| format!("Years: from {from}"),
    years_to: |to| format!("Years: up to {to}"),
    years: "Years",
    search_is: |text| format!("Search: “{text}”"),

    fact_places: "Places",
    fact_sectors: "Sectors",
    inferred_fields: |fields| format!("Inferred by the editor, not stated in the text: {fields}."),
    inferred_mark: " (inferred)",
    also: "Also: ",
    list_organisations: "Organisations",
    list_parts: "Parts",
    sector_as_printed: "Sector as printed",
    offers_clusters: "What it offers EU clusters",
    list_members: "Members",
    list_initiatives: "Initiatives",
    shared: |n| format!("({n} shared)"),
    partner_places: "Partner places",
    initiatives_here: "Initiatives here",
    organisations_here: "Organisations here",
    success_stories: "Success stories",
    read_full_story: "Read the full story",

    timeline_first: |total, shown| format!("{total} dated events, the first {shown} shown"),
};
