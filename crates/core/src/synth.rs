//! Deterministic synthetic bundles of the real schema, at any size, for benchmarks and scale
//! tests. Never shipped to visitors (not compiled for wasm).
//!
//! Invariant: the same `initiatives` count always gives the same bundle, and it passes
//! [`crate::validate::validate`].

use crate::model::*;

const DOC: &str = "synthetic";

/// European cities: name, country, lat, lon.
const EUROPE: &[(&str, &str, f64, f64)] = &[
    ("Barcelona", "es", 41.39, 2.17),
    ("Málaga", "es", 36.72, -4.42),
    ("Madrid", "es", 40.42, -3.70),
    ("Lyon", "fr", 45.76, 4.84),
    ("Toulouse", "fr", 43.60, 1.44),
    ("Paris", "fr", 48.86, 2.35),
    ("München", "de", 48.14, 11.58),
    ("Stuttgart", "de", 48.78, 9.18),
    ("Berlin", "de", 52.52, 13.40),
    ("Venezia", "it", 45.44, 12.33),
    ("Milano", "it", 45.46, 9.19),
    ("Torino", "it", 45.07, 7.69),
    ("Wien", "at", 48.21, 16.37),
    ("Graz", "at", 47.07, 15.44),
    ("Praha", "cz", 50.08, 14.44),
    ("Kraków", "pl", 50.06, 19.94),
    ("Łódź", "pl", 51.76, 19.46),
    ("København", "dk", 55.68, 12.57),
    ("Göteborg", "se", 57.71, 11.97),
    ("Helsinki", "fi", 60.17, 24.94),
    ("Tallinn", "ee", 59.44, 24.75),
    ("Porto", "pt", 41.15, -8.61),
    ("Eindhoven", "nl", 51.44, 5.48),
    ("Gent", "be", 51.05, 3.72),
    ("Cork", "ie", 51.90, -8.47),
    ("Ljubljana", "si", 46.06, 14.51),
    ("Zagreb", "hr", 45.81, 15.98),
    ("Cluj-Napoca", "ro", 46.77, 23.62),
    ("Thessaloniki", "gr", 40.64, 22.94),
    ("Bratislava", "sk", 48.15, 17.11),
];

/// Chinese cities: English name, Chinese characters, lat, lon.
const CHINA: &[(&str, &str, f64, f64)] = &[
    ("Beijing", "北京", 39.90, 116.41),
    ("Shanghai", "上海", 31.23, 121.47),
    ("Chengdu", "成都", 30.66, 104.07),
    ("Guangzhou", "广州", 23.13, 113.26),
    ("Shenzhen", "深圳", 22.54, 114.06),
    ("Nanjing", "南京", 32.06, 118.80),
    ("Wuhan", "武汉", 30.59, 114.31),
    ("Tianjin", "天津", 39.13, 117.20),
    ("Chongqing", "重庆", 29.56, 106.55),
    ("Hangzhou", "杭州", 30.27, 120.16),
    ("Xi'an", "西安", 34.34, 108.94),
    ("Qingdao", "青岛", 36.07, 120.38),
    ("Shenyang", "沈阳", 41.81, 123.43),
    ("Harbin", "哈尔滨", 45.80, 126.53),
    ("Kunming", "昆明", 25.04, 102.71),
    ("Xiamen", "厦门", 24.48, 118.09),
    ("Suzhou", "苏州", 31.30, 120.59),
    ("Dalian", "大连", 38.91, 121.61),
    ("Changsha", "长沙", 28.23, 112.94),
    ("Zhengzhou", "郑州", 34.75, 113.63),
];

/// Sectors: id, name, parent.
const SECTORS: &[(&str, &str, Option<&str>)] = &[
    ("automotive", "Automotive", None),
    ("e-mobility", "E-mobility", Some("automotive")),
    ("human-health", "Human health", None),
    ("biotech", "Biotechnology", Some("human-health")),
    ("medical-devices", "Medical devices", Some("human-health")),
    ("renewable-energy", "Renewable energy", None),
    ("solar-energy", "Solar energy", Some("renewable-energy")),
    ("wind-energy", "Wind energy", Some("renewable-energy")),
    ("ict", "ICT", None),
    ("smart-city", "Smart city", Some("ict")),
    ("aerospace", "Aerospace", None),
    ("agrifood", "Agrifood", None),
    ("tourism", "Tourism", None),
    ("ports-logistics", "Ports and logistics", None),
    ("cultural-heritage", "Cultural heritage", None),
    ("design", "Design", None),
    ("packaging", "Packaging", None),
    ("water", "Water", None),
];

const INITIATIVE_KINDS: &[(InitiativeKind, &str)] = &[
    (InitiativeKind::Mission, "Mission"),
    (InitiativeKind::Matchmaking, "Matchmaking"),
    (InitiativeKind::Workshop, "Workshop"),
    (InitiativeKind::Seminar, "Seminar"),
    (InitiativeKind::Agreement, "Agreement"),
    (InitiativeKind::Mou, "Memorandum"),
    (InitiativeKind::Project, "Project"),
    (InitiativeKind::Fair, "Trade fair"),
    (InitiativeKind::Training, "Training"),
];

const ORG_KINDS: &[(OrganisationKind, &str)] = &[
    (OrganisationKind::Cluster, "Cluster"),
    (OrganisationKind::University, "University"),
    (OrganisationKind::Agency, "Development Agency"),
    (OrganisationKind::Company, "Technologies"),
    (OrganisationKind::Association, "Association"),
    (OrganisationKind::Research, "Research Institute"),
];

/// splitmix64: tiny, fast and good enough to spread records; fixed seed for repeatability.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn cite(section: &str) -> Vec<Citation> {
    vec![Citation { document: DOC.into(), section: section.into(), footnotes: vec![] }]
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            'á' | 'à' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ü' | 'ú' => 'u',
            'ø' => 'o',
            'ł' | 'Ł' => 'l',
            'ż' | 'ź' => 'z',
            'ń' => 'n',
            'ś' => 's',
            'č' => 'c',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A valid bundle with `initiatives` initiatives and proportionate organisations, places and
/// figures.
pub fn synthetic_bundle(initiatives: usize) -> Bundle {
    let mut rng = Rng(0x00EC_C9_2019);
    let places = synthetic_places(initiatives / 25);
    let (europe, china): (Vec<&Place>, Vec<&Place>) = places.iter().partition(|p| p.side == Side::Europe);
    let sectors: Vec<Sector> = SECTORS
        .iter()
        .map(|(id, name, parent)| Sector {
            id: (*id).into(),
            name: (*name).into(),
            name_zh: Some(format!("行业 {id}")),
            parent: parent.map(Into::into),
            aliases: vec![],
            summary: Some(format!("Synthetic summary of cooperation on {}.", name.to_lowercase())),
            sources: cite("4"),
            note: None,
            inferred: vec![],
        })
        .collect();

    let organisation_count = (initiatives / 5).max(SECTORS.len()).max(places.len());
    let organisations: Vec<Organisation> = (0..organisation_count)
        .map(|n| {
            // Round-robin first, so every place and sector is used at least once.
            let place = if n < places.len() { &places[n] } else { rng.pick(&places) };
            let (sector_id, sector_name, _) = SECTORS[if n < SECTORS.len() { n } else { rng.below(SECTORS.len()) }];
            let (kind, kind_name) = *rng.pick(ORG_KINDS);
            let name = format!("{} {} {} {}", place.name, sector_name, kind_name, n);
            Organisation {
                id: slug(&name),
                name,
                aliases: vec![],
                kind,
                country: Some(place.country.clone()),
                places: vec![place.id.clone()],
                sectors: vec![sector_id.into()],
                sector_label: None,
                members: vec![],
                description: format!(
                    "A synthetic {} working on {} in {}.",
                    kind_name.to_lowercase(),
                    sector_name.to_lowercase(),
                    place.name
                ),
                support_offered: None,
                sources: cite("2.2"),
                note: None,
                inferred: vec![],
            }
        })
        .collect();

    let initiative_records: Vec<Initiative> = (0..initiatives)
        .map(|n| {
            let (kind, kind_name) = *rng.pick(INITIATIVE_KINDS);
            let from = *rng.pick(&europe);
            let to = *rng.pick(&china);
            let (sector_id, sector_name, _) = *rng.pick(SECTORS);
            let year = 2005 + rng.below(21);
            let month = 1 + rng.below(12);
            let organiser = rng.pick(&organisations);
            let name = format!("{kind_name} on {sector_name} from {} to {} #{n}", from.name, to.name);
            Initiative {
                id: slug(&name),
                name,
                kind,
                date: Some(format!("{year}-{month:02}")),
                end_date: None,
                status: if year <= 2019 { Status::Done } else { Status::Planned },
                part_of: None,
                places: vec![from.id.clone(), to.id.clone()],
                organisations: vec![organiser.id.clone()],
                sectors: vec![sector_id.into()],
                description: format!(
                    "{} cooperation between {} and {} on {}, organised by {}.",
                    kind_name,
                    from.name,
                    to.name,
                    sector_name.to_lowercase(),
                    organiser.name
                ),
                sources: cite("2.2"),
                note: None,
                inferred: vec![],
            }
        })
        .collect();

    let figures = initiative_records
        .iter()
        .step_by(10)
        .map(|i| {
            let value = 5 + rng.below(200);
            Figure {
                id: format!("{}-participants", i.id),
                value: value as f64,
                as_printed: format!("around {value}"),
                unit: "count".into(),
                counts: "participants".into(),
                record: RecordRef { kind: RecordKind::Initiative, id: i.id.clone() },
                sources: cite("2.2"),
                note: None,
                inferred: vec![],
            }
        })
        .collect();

    let milestones = (0..20)
        .map(|n| Milestone {
            id: format!("milestone-{n}"),
            date: format!("{}", 1975 + 2 * n),
            title: format!("EU–China policy milestone {n}"),
            description: "A synthetic milestone of the EU–China relationship.".into(),
            sources: cite("2.1"),
            note: None,
            inferred: vec![],
        })
        .collect();

    Bundle {
        meta: Meta {
            schema_version: SCHEMA_VERSION.into(),
            title: format!("Synthetic EU–China cooperation bundle ({initiatives} initiatives)"),
            documents: vec![SourceDocument {
                id: DOC.into(),
                title: "Synthetic benchmark data".into(),
                publisher: Some("eu-china-explorer benchmarks".into()),
                date: "2019-05".into(),
                file: "none".into(),
            }],
            attribution: "Synthetic data for benchmarks; not real facts.".into(),
            generated_at: "2026-11-23".into(),
        },
        footnotes: vec![],
        sectors,
        countries: synthetic_countries(),
        places,
        organisations,
        initiatives: initiative_records,
        figures,
        milestones,
        stories: vec![],
    }
}

fn synthetic_countries() -> Vec<Country> {
    let mut ids: Vec<&str> = EUROPE.iter().map(|e| e.1).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut countries: Vec<Country> = ids
        .into_iter()
        .map(|id| Country { id: id.into(), name: id.to_uppercase(), name_zh: Some(format!("国家 {id}")), pinyin: Some(format!("guojia {id}")), side: Side::Europe, sources: cite("2.2") })
        .collect();
    countries.push(Country { id: "cn".into(), name: "China".into(), name_zh: Some("中国".into()), pinyin: Some("Zhōngguó".into()), side: Side::China, sources: cite("1") });
    countries
}

/// The real city lists, then numbered districts around them until there are `at_least` places.
fn synthetic_places(at_least: usize) -> Vec<Place> {
    let city = |name: &str, country: &str, side, lat, lon, zh: Option<&str>| Place {
        id: slug(name),
        name: name.into(),
        aliases: vec![],
        country: country.into(),
        side,
        kind: PlaceKind::City,
        lat,
        lon,
        within: None,
        name_zh: zh.map(Into::into),
        pinyin: None,
        sources: cite("2.2"),
        note: None,
        inferred: vec![],
    };
    let mut places: Vec<Place> = EUROPE
        .iter()
        .map(|&(name, country, lat, lon)| city(name, country, Side::Europe, lat, lon, None))
        .chain(CHINA.iter().map(|&(name, zh, lat, lon)| city(name, "cn", Side::China, lat, lon, Some(zh))))
        .collect();
    let cities = places.len();
    let mut n = 0;
    while places.len() < at_least {
        let base = &places[n % cities];
        let mut district = city(
            &format!("{} district {}", base.name, n / cities + 1),
            &base.country.clone(),
            base.side,
            base.lat + ((n % 7) as f64 - 3.0) * 0.05,
            base.lon + ((n % 5) as f64 - 2.0) * 0.05,
            None,
        );
        district.kind = PlaceKind::District;
        district.within = Some(base.id.clone());
        places.push(district);
        n += 1;
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;

    #[test]
    fn synthetic_bundles_are_valid_and_repeatable() {
        for size in [0, 1_000] {
            let bundle = synthetic_bundle(size);
            assert_eq!(bundle.initiatives.len(), size);
            assert_eq!(validate(&bundle), vec![], "size {size}");
            assert_eq!(bundle, synthetic_bundle(size));
        }
    }
}
