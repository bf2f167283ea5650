//! The interface in Chinese (Simplified).

use super::{Lang, Noun, Strings};
use crate::labels::Named;
use crate::load::LoadError;
use crate::url_state::{MAX_QUERY_CHARS, Notice};

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
    plural: |what| parts(what).1,
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

    data_title: |_| "欧盟—中国集群合作".to_owned(),
    cite_view: |description, link, accessed, sources| {
        format!("欧盟—中国集群合作浏览器：{description}。{link}（访问日期：{accessed}）。资料来源：{sources}。")
    },
    picture_showing: |filters| format!("显示：{filters}。"),
    picture_source: |link| format!("来源：欧盟—中国集群合作浏览器，{link}"),
    picture_data: |citation| format!("数据：{citation}。"),
    map_picture_title: "欧盟—中国集群合作在哪里开展",
    map_legend: "圆点：城市和区；方块：地区和省份。大小：合作举措数量。连线：有合作关系的地点。",
    map_coastlines: "海岸线：根据 Natural Earth 数据绘制。",
    sector_picture_title: |sector| format!("{sector}：欧盟—中国集群合作在哪里开展"),
    sector_picture_legend: |n| format!("条形：各地点的合作举措数量（最活跃的 {n} 个地点；一个地区包含其下辖地点的数量）。"),

    notice: |notice| match notice {
        Notice::TooLong(key) => format!("“{key}”的值过长，已忽略。"),
        Notice::NoView(value) => format!("没有“{value}”这个视图。"),
        Notice::NoOption(facet, id) => format!("没有“{id}”这个{}。", facet.label_in(Lang::Zh)),
        Notice::NotAYear(value) => format!("“{value}”不是年份。"),
        Notice::SearchCut => format!("搜索内容已截为 {MAX_QUERY_CHARS} 个字符。"),
        Notice::NotARecord(value) => format!("“{value}”不是一条记录。"),
        Notice::NoTab(value) => format!("没有“{value}”这个标签页。"),
        Notice::NoSort(value) => format!("结果不能按“{value}”排序。"),
        Notice::NoTheme(value) => format!("没有“{value}”这个主题：可用 light 或 dark。"),
        Notice::NoLanguage(value) => format!("没有“{value}”这种语言：可用 en 或 zh。"),
        Notice::UnknownParameter(key) => format!("链接参数“{key}”无法识别。"),
        Notice::NotInData(facet, id) => format!("数据中没有“{id}”这个{}。", facet.label_in(Lang::Zh)),
        Notice::NoRecord(id) => format!("数据中没有“{id}”这条记录。"),
    },

    timeline_first: |total, shown| format!("{total} 个有日期的事件，显示前 {shown} 个"),
    skip_to_content: "跳到主要内容",
    site_name: "欧盟—中国集群合作浏览器",
    site_tagline: "行业、城市、组织、考察团、协议和试点项目——均注明出处。",
    footer_before: "所有信息均来自欧洲集群合作平台（ECCP）的",
    paper_title: "《关于中国的讨论文件》",
    footer_after: "（2019年）和2015—2016年欧盟—中国城市试点项目，并注明出处。",
    source_texts_english: "原始资料为英文：记录的名称和说明保留英文原文，未经机器翻译。",
    embed_title: "欧盟—中国集群合作",
    open_full_explorer: "打开完整浏览器",
    opens_new_tab: "（在新标签页中打开）",
    embed_data_before: "数据：欧洲集群合作平台，",
    embed_data_after: "（2019年），以及2015—2016年欧盟—中国城市试点项目。",
    language_switch: "语言",
    loading: "正在加载合作数据……",
    load_failed_title: "无法显示合作数据",
    try_again: "重试",
    problems_caption: "数据包中的问题",
    problem_record: "记录",
    problem_field: "字段",
    problem_text: "问题",
    and_more: |n| format!("……另有 {n} 项。"),
    overview_lead: |europe, china| format!("{europe} 个欧洲地点和 {china} 个中国地点，以及在那里开展合作的各方。"),
    what_data_holds: "数据概况",
    loaded_records: "已加载的记录",
    sources: "资料来源",
    views_nav: "视图",
    current_view: "当前视图",
    active_filters: "已选筛选条件",
    clear_all: "全部清除",
    remove_filter: |label| format!("移除筛选条件 {label}"),
    link_ignored: "此链接的部分内容已被忽略：",
    filters: "筛选",
    filters_n: |n| format!("筛选（{n}）"),
    show_fewer: "收起",
    show_all_n: |n| format!("显示全部 {n} 项"),
    n_chosen: |n| format!("（已选 {n} 项）"),
    year_from: "起始",
    year_to: "截止",
    year_from_example: "例如 2015",
    year_to_example: "例如 2018",
    search_label: "搜索名称、地点和说明",
    search_placeholder: "搜索：成都、Chengdu、ELBE、canceropole……",
    suggestions: "搜索建议",
    no_suggestions: "没有搜索建议。",
    n_suggestions: |n| format!("{n} 条建议；用方向键选择。"),
    share: "分享",
    copy_link: "复制链接",
    link_copied: "链接已复制",
    copy_failed: |link| format!("无法复制。链接：{link}"),
    embed_this_view: "嵌入此视图",
    code_for: "代码适用于",
    code_with_script: "允许脚本文件的网页：框架高度始终适应内容",
    code_iframe_only: "不允许脚本的网页：固定高度，在框架内滚动",
    height_without_script: "无脚本时的高度（像素）",
    code_for_page: "用于您网页的代码（宽度：所在位置的 100%）",
    copy_code: "复制代码",
    code_copied: "代码已复制",
    code_copy_failed: "无法复制：请选中代码后手动复制",
    download_svg: "下载图片（SVG）",
    download_png: "下载图片（PNG）",
    close_details: "关闭详情",
    not_found: "未找到",
    record_not_in_data: "数据中没有这条记录。",
    part_of: "隶属于：",
    inferred_word: "（推断）",
    editors_note: "编辑注：",
    figures: "数据",
    footnote_n: |n| format!("脚注 {n}："),
    section_n: |s| format!("，第 {s} 节"),
    results_heading: "结果",
    what_to_list: "列出内容",
    sort_by: "排序方式 ",
    show_n_more: |n| format!("再显示 {n} 项"),
    other_tab_matches: |n, what, tab| format!("“{tab}”标签页中有 {}符合条件：", count(n, what)),
    show_tab: |tab| format!("查看{tab}"),
    nothing_matches: "没有同时符合所有筛选条件的记录。",
    drop_before: "移除 ",
    drop_after: |shows| format!("，可看到 {shows}。"),
    also_matching: |words| format!("同样匹配“{words}”"),
    download_csv: "下载 CSV",
    download_csv_labels: "下载 CSV 中文列名",
    download_json: "下载 JSON",
    cite_this_view: "引用此视图",
    citation_select: "引用格式（选中后复制）",
    sectors_heading: "行业",
    sectors_lead: "选择一个行业，查看其合作举措、组织、地点和关键数据。数字随筛选条件变化。",
    sector_not_in_data: "数据中没有这个行业。",
    all_sectors: "全部行业",
    subsectors: "子行业",
    all_initiatives_in_list: "在列表中查看全部合作举措",
    all_organisations_in_list: "在列表中查看全部组织",
    no_places: "没有地点：符合条件的合作举措均未提及地点。",
    chart_caption: "各地点的合作举措数量（最活跃的地点；地区包含其下辖地点）。",
    chart_in_words: |numbers| format!("各地点的合作举措数量：{numbers}。"),
    places_heading: "合作在哪里开展",
    places_lead: "筛选后合作举措所在的地点，以及相互结对的地点。选择一个地点即可按其筛选全部内容。",
    city_list: "城市列表",
    show_fewer_places: "显示较少地点",
    show_all_places: |n| format!("显示全部 {n} 个地点"),
    more_places_hidden: |n| format!("……另有 {n} 个合作举措较少的地点：请搜索或筛选查找。"),
    map_label: "筛选后合作举措所在地点的地图（欧洲和中国），连线表示结对的地点",
    coastlines_failed: "无法加载海岸线；地点和连线仍会显示。",
    map_pins_shown: |pins, more| format!("地图显示全部数据中最活跃的 {pins} 个地点；另有 {more} 个在城市列表中。"),
    natural_earth: "地图数据：Natural Earth。",
    timeline_heading: "时间线",
    timeline_lead: "欧盟—中国政策里程碑与合作举措，按时间先后排列。里程碑以 ◆ 标示。",
    story_partners: "合作伙伴",
    as_printed: |label| format!("（原文：{label}）"),
    type_of_cooperation: "合作类型",
    contact: "联系人",
    see_source_for_contact: "（联系方式见原始资料）",
    story_context: "背景",
    story_cooperation: "合作情况",
    story_objective: "目标",
    story_policy_support: "政策支持",
    story_results: "成果",
    story_examples: "示例",
    load_error: load_error,
};

/// Why the bundle could not be shown, in Chinese; technical details stay as the browser or the
/// parser gave them.
fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Network { url, reason } => format!("无法下载数据包（{url}）：{reason}。"),
        LoadError::Http { url, status, status_text } => format!("服务器对数据包（{url}）返回 {status} {status_text}。"),
        LoadError::NotJson { detail, truncated: true } => format!("数据包不完整（被截断）：{detail}。"),
        LoadError::NotJson { detail, truncated: false } => format!("数据包不是有效的 JSON：{detail}。"),
        LoadError::SchemaVersion { found } => format!("数据包的格式版本 {found} 无法被此版本的浏览器读取。"),
        LoadError::NewerMinor { found, detail } => format!("数据包来自较新的格式版本 {found}，请更新浏览器：{detail}。"),
        LoadError::Shape { path, detail } => format!("数据包的结构不符（{path}）：{detail}。"),
        LoadError::Invalid { problems } => format!("数据包有 {} 个问题，详见下表。", problems.len()),
    }
}
