//! The interface in Chinese (Simplified).

use super::{Lang, Noun, Strings};

/// The measure word and the noun: ("项", "合作举措").
fn parts(noun: Noun) -> (&'static str, &'static str) {
    match noun {
        Noun::Initiative => ("项", "合作举措"),
        Noun::Organisation => ("个", "组织"),
        Noun::Place => ("个", "地点"),
        Noun::Sector => ("个", "行业"),
        Noun::Figure => ("项", "数据"),
        Noun::Milestone => ("个", "政策里程碑"),
        Noun::Story => ("个", "成功案例"),
        Noun::DatedEvent => ("个", "有日期的事件"),
    }
}

fn count(n: usize, noun: Noun) -> String {
    let (measure, word) = parts(noun);
    format!("{n} {measure}{word}")
}

/// `2016` → 2016年, `2016-04` → 2016年4月, `2016-04-05` → 2016年4月5日.
fn date(date: &str) -> String {
    let mut parts = date.split('-');
    let mut out = String::new();
    for (part, unit) in parts.by_ref().zip(["年", "月", "日"]) {
        let number = if unit == "年" { part } else { part.trim_start_matches('0') };
        out.push_str(number);
        out.push_str(unit);
    }
    out
}

pub const ZH: Strings = Strings {
    lang: Lang::Zh,
    count,
    date,
    date_range: |start, end| format!("{}至{}", date(start), date(end)),
    and: "和",
    colon: "：",
    comma: "、",

    undated: "无日期",
    results_summary: |shown, matching, what, total| {
        let (measure, word) = parts(what);
        format!("符合条件的{word}：显示 {shown} {measure}，共 {matching} {measure}（全部 {total} {measure}）")
    },
    announcement: |n, what| format!("{}符合条件。", count(n, what)),
    all_records: "全部记录",
    year_is: |year| format!("年份：{year}年"),
    years_between: |from, to| format!("年份：{from}—{to}年"),
    years_from: |from| format!("年份：{from}年起"),
    years_to: |to| format!("年份：至{to}年"),
    years: "年份",
    search_is: |text| format!("搜索：“{text}”"),

    fact_places: "地点",
    fact_sectors: "行业",
    inferred_fields: |fields| format!("由编辑推断，原文未说明：{fields}。"),
    inferred_mark: "（推断）",
    also: "又称：",
    list_organisations: "组织",
    list_parts: "组成部分",
    sector_as_printed: "原文所列行业",
    offers_clusters: "为欧盟集群提供的支持",
    list_members: "成员",
    list_initiatives: "合作举措",
    shared: |n| format!("（{n} 项共同举措）"),
    partner_places: "合作地点",
    initiatives_here: "当地的合作举措",
    organisations_here: "当地的组织",
    success_stories: "成功案例",
    read_full_story: "阅读完整案例",

    timeline_first: |total, shown| format!("{total} 个有日期的事件，显示前 {shown} 个"),
};
