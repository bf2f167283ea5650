//! The data bundle's schema: these types *are* the format of `public/data/bundle.json`.
//!
//! Invariant: plain serde types, no leptos or web_sys. Every struct denies unknown fields so
//! that a typo in an edited bundle is reported instead of silently dropped.
//! Ids are stable lower-case ASCII slugs, unique per kind; the explorer's URLs use them.
//!
//! Every record repeats its provenance fields (`sources`, `note`, `inferred`) instead of sharing
//! them through `#[serde(flatten)]`: serde cannot combine `flatten` with `deny_unknown_fields`,
//! and catching typos in hand-edited bundles matters more.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::named_enum;

/// The schema version this build reads. Bundles must share its major number.
pub const SCHEMA_VERSION: &str = "1.0";

/// A record id: a lower-case ASCII slug such as `renewable-energy` or `chengdu`.
pub type Id = String;

/// The whole data bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub meta: Meta,
    /// Footnotes of the source documents, stored once; citations refer to them by number.
    pub footnotes: Vec<Footnote>,
    pub sectors: Vec<Sector>,
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub organisations: Vec<Organisation>,
    pub initiatives: Vec<Initiative>,
    pub figures: Vec<Figure>,
    /// Dated policy milestones of the EU–China relationship.
    pub milestones: Vec<Milestone>,
    pub stories: Vec<Story>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// `major.minor`; see [`SCHEMA_VERSION`].
    pub schema_version: String,
    pub title: String,
    pub documents: Vec<SourceDocument>,
    /// Licence and attribution line shown in the app's footer.
    pub attribution: String,
    /// Day the bundle was last edited, `YYYY-MM-DD`.
    pub generated_at: String,
}

/// One of the two source texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    pub id: Id,
    pub title: String,
    /// Who published it, when the document says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Date of the document (partial date); facts dated after it are "planned".
    pub date: String,
    /// File name under `shared/seeds/`.
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// Document id this footnote belongs to.
    pub document: Id,
    /// Footnote number as printed.
    pub number: u32,
    /// The footnote's text without its address.
    pub text: String,
    /// The address the footnote gives, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a record's facts come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub document: Id,
    /// Section as the document numbers it, e.g. `4.3`, `Table 1`, `pilot project 2, Issue 1`.
    pub section: String,
    /// Footnote numbers (of the same document) that back the fact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: Id,
    pub name: String,
    /// Its name in Chinese (Simplified), for the Chinese interface (required: validation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    /// Parent sector id, when this one is a subsector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
    /// Other names the texts use for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Summary in the editor's words (or marked quotes) of what the texts say about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

named_enum! {
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Side {
    Europe = "europe", "Europe", "欧洲";
    China = "china", "China", "中国";
    Other = "other", "Elsewhere", "其他地区";
}
}

/// A country (or the EU as a whole) named in the texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 in lower case (`cn`, `fr`); `eu` for the European Union.
    pub id: Id,
    pub name: String,
    /// Its name in Chinese (Simplified), for the Chinese interface (required: validation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    /// Hanyu pinyin of `name_zh` (reference data): the Chinese interface sorts by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinyin: Option<String>,
    pub side: Side,
    /// Where the texts name it.
    pub sources: Vec<Citation>,
}

named_enum! {
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum PlaceKind {
    City = "city", "City", "城市";
    District = "district", "District", "区";
    Region = "region", "Region", "地区";
    Province = "province", "Province", "省";
    Country = "country", "Country", "国家";
    Site = "site", "Site", "地点";
}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: Id,
    /// English name.
    pub name: String,
    /// Every other spelling the texts use (typos and Italian names included), for search.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Country id (ISO 3166-1 alpha-2, lower case).
    pub country: Id,
    pub side: Side,
    pub kind: PlaceKind,
    /// WGS84; for regions and provinces, the seat of government. Reference data, not from the texts.
    pub lat: f64,
    pub lon: f64,
    /// Enclosing place (a district's city, a city's province), when useful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<Id>,
    /// Name in Chinese characters (reference data), for Chinese places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    /// Hanyu pinyin (reference data), for Chinese places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinyin: Option<String>,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

named_enum! {
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum OrganisationKind {
    Cluster = "cluster", "Cluster", "集群";
    /// A European Strategic Cluster Partnership for Going International (ESCP-4i).
    Partnership = "partnership", "Partnership", "伙伴关系";
    University = "university", "University", "大学";
    /// A vocational or professional school (not a university).
    School = "school", "School", "学校";
    Hospital = "hospital", "Hospital", "医院";
    Research = "research", "Research", "研究机构";
    Agency = "agency", "Agency", "机构";
    Government = "government", "Government", "政府";
    Company = "company", "Company", "企业";
    Association = "association", "Association", "协会";
    Chamber = "chamber", "Chamber", "商会";
    Museum = "museum", "Museum", "博物馆";
    Programme = "programme", "Programme", "计划";
    /// A funded project with partners of its own (e.g. an H2020 project).
    Project = "project", "Project", "项目";
    Network = "network", "Network", "网络";
    Fund = "fund", "Fund", "基金";
    Zone = "zone", "Zone", "园区";
    Other = "other", "Other", "其他";
}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: Id,
    pub name: String,
    /// Acronyms and other spellings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub kind: OrganisationKind,
    /// Country id, or `eu` for EU-wide bodies; absent when the text does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Id>,
    /// Sector label exactly as the paper prints it (ESCP-4i list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector_label: Option<String>,
    /// Member organisations (e.g. the clusters of a partnership).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Id>,
    pub description: String,
    /// What it offers EU clusters (Table 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_offered: Option<String>,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

impl SourceDocument {
    /// "Publisher, Title (date)", or "Title (date)" when the document names no publisher.
    pub fn citation(&self) -> String {
        match &self.publisher {
            Some(publisher) => format!("{publisher}, {} ({})", self.title, self.date),
            None => format!("{} ({})", self.title, self.date),
        }
    }
}

/// `name_zh` in the Chinese interface, else the English name.
fn localised<'a>(name: &'a str, name_zh: &'a Option<String>, lang: Lang) -> &'a str {
    match (lang, name_zh) {
        (Lang::Zh, Some(zh)) if !zh.is_empty() => zh,
        _ => name,
    }
}

impl Sector {
    /// Its name in the interface language.
    pub fn name_in(&self, lang: Lang) -> &str {
        localised(&self.name, &self.name_zh, lang)
    }
}

impl Country {
    /// Its name in the interface language.
    pub fn name_in(&self, lang: Lang) -> &str {
        localised(&self.name, &self.name_zh, lang)
    }
}

impl Place {
    /// Its name in the interface language: in Chinese, the Chinese name with the English one
    /// beside ("成都 Chengdu"), or the English name where the bundle has no Chinese one.
    pub fn name_in(&self, lang: Lang) -> String {
        match (lang, &self.name_zh) {
            (Lang::Zh, Some(zh)) if !zh.is_empty() => format!("{zh} {}", self.name),
            _ => self.name.clone(),
        }
    }
}

impl Organisation {
    /// The acronym the texts use for it, if any: the first alias written as one word with at
    /// least two capitals (`ELBE`, `EC2i`, `AdPack²`), not a spelling of the name itself.
    pub fn acronym(&self) -> Option<&str> {
        self.aliases.iter().map(String::as_str).find(|a| {
            !a.contains(char::is_whitespace)
                && a.chars().filter(char::is_ascii_uppercase).count() >= 2
                && crate::filter::text::normalize(a) != crate::filter::text::normalize(&self.name)
        })
    }

    /// Its name with the acronym the texts use: "Europe Leading Blue Energy (ELBE)".
    pub fn display_name(&self) -> String {
        match self.acronym() {
            Some(acronym) if !self.name.contains(acronym) => format!("{} ({acronym})", self.name),
            _ => self.name.clone(),
        }
    }
}

named_enum! {
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum InitiativeKind {
    /// One of the six city pilot projects.
    PilotProject = "pilot-project", "Pilot project", "试点项目";
    /// A numbered cooperation topic ("Issue N") of a pilot project.
    PilotTopic = "pilot-topic", "Pilot topic", "试点议题";
    Mission = "mission", "Mission", "考察团";
    Matchmaking = "matchmaking", "Matchmaking", "对接活动";
    Workshop = "workshop", "Workshop", "工作坊";
    Seminar = "seminar", "Seminar", "研讨会";
    Symposium = "symposium", "Symposium", "专题研讨会";
    Training = "training", "Training", "培训";
    Fair = "fair", "Fair", "展会";
    Event = "event", "Event", "活动";
    Agreement = "agreement", "Agreement", "协议";
    Mou = "mou", "MoU", "谅解备忘录";
    Convention = "convention", "Convention", "公约";
    Project = "project", "Project", "项目";
    Programme = "programme", "Programme", "计划";
    Cooperation = "cooperation", "Cooperation", "合作";
    Office = "office", "Office", "办事处";
    Dialogue = "dialogue", "Dialogue", "对话";
}
}

named_enum! {
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Status {
    /// Happened before the source document's date.
    Done = "done", "Done", "已完成";
    /// Announced for after the source document's date.
    Planned = "planned", "Planned", "计划中";
    /// Running at the source date, or described without an end.
    Ongoing = "ongoing", "Ongoing", "进行中";
}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: Id,
    pub name: String,
    pub kind: InitiativeKind,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Last date, for activities that span a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub status: Status,
    /// The pilot project or programme this activity belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Id>,
    pub description: String,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

named_enum! {
/// What a figure is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum RecordKind {
    Sector = "sector", "Sector", "行业";
    Place = "place", "Place", "地点";
    Organisation = "organisation", "Organisation", "组织";
    Initiative = "initiative", "Initiative", "合作举措";
    Milestone = "milestone", "Policy milestone", "政策里程碑";
    Story = "story", "Success story", "成功案例";
}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: Id,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Id,
    pub value: f64,
    /// The number as printed, with its qualifier ("over 160", "around 53%").
    pub as_printed: String,
    /// Unit: `count`, `percent`, `million-vehicles`, `years`, …
    pub unit: String,
    /// What is counted, in a short phrase.
    pub counts: String,
    /// The record the figure belongs to.
    pub record: RecordRef,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Id,
    pub date: String,
    pub title: String,
    pub description: String,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: Id,
    pub title: String,
    pub partners: Vec<Id>,
    pub sectors: Vec<Id>,
    /// Sector wording as printed in the story's table.
    pub sector_label: String,
    pub context: Vec<String>,
    pub cooperation_type: String,
    pub cooperation: Vec<String>,
    pub objective: String,
    pub policy_support: Vec<String>,
    pub results: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Initiatives of the story that are also listed as records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<Id>,
    /// Role of the contact person named in the source (no personal details are kept).
    pub contact_role: String,
    /// Where the record comes from (at least one citation).
    pub sources: Vec<Citation>,
    /// Editor's note on a quirk of the text (typo, impossible date, ambiguity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields whose value the editor inferred rather than read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/bundle.schema.json");

    /// The published JSON Schema is generated from these types. After changing them, run
    /// `UPDATE_SCHEMA=1 cargo test -p explorer-core --lib schema` and commit the new file.
    #[test]
    fn published_json_schema_matches_the_types() {
        let generated = serde_json::to_string_pretty(&schemars::schema_for!(Bundle)).unwrap() + "\n";
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(SCHEMA_PATH, &generated).unwrap();
        }
        let published = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
        assert!(
            published == generated,
            "public/data/bundle.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test -p explorer-core --lib schema`"
        );
    }

    fn organisation(name: &str, aliases: &[&str]) -> Organisation {
        serde_json::from_value(serde_json::json!({
            "id": "o", "name": name, "aliases": aliases, "kind": "cluster", "description": "",
            "sources": [{"document": "d", "section": "1"}],
        }))
        .unwrap()
    }

    #[test]
    fn names_carry_the_acronym_the_texts_use() {
        let shown = |name, aliases: &[&str]| organisation(name, aliases).display_name();
        assert_eq!(shown("Europe Leading Blue Energy", &["ELBE"]), "Europe Leading Blue Energy (ELBE)");
        assert_eq!(shown("European Cleantech Internationalization Initiative", &["EC2i", "European Cleantech Internationalisation Initiative"]), "European Cleantech Internationalization Initiative (EC2i)");
        assert_eq!(shown("Advanced packaging", &["AdPack²"]), "Advanced packaging (AdPack²)");
        // Spellings are not acronyms; names that already hold it are left alone.
        assert_eq!(shown("Cancéropôle", &["Canceropole"]), "Cancéropôle");
        assert_eq!(shown("Sichuan DRC", &["DRC Sichuan"]), "Sichuan DRC");
        assert_eq!(shown("NF4", &["NF4"]), "NF4");
        assert_eq!(shown("ACCIÓ", &["ACCIO"]), "ACCIÓ");
        assert_eq!(shown("RuiJin Hospital (SJTU)", &["SJTU"]), "RuiJin Hospital (SJTU)");
    }
}
