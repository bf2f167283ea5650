//! English and 中文 (`lang=`): every view in Chinese keeps no English interface text, the page
//! says its language, the switch keeps the rest of the link, search finds the same places by
//! characters and by pinyin, and the layout holds. Expected words come from the core's string
//! tables and the shipped bundle.

use explorer_core::i18n::{CHINESE, ENGLISH, Lang};
use explorer_core::labels::Named;
use explorer_core::model::{InitiativeKind, OrganisationKind, Side, Status};
use explorer_core::filter::{Facet, Sort, Tab};
use explorer_core::url_state::View;

use crate::accessibility::{axe_source, violations};
use crate::search::suggested;
use crate::support::{Session, run, shipped_bundle};

/// Every screen a visitor reaches: each view, a sector page, both result tabs, the detail panel
/// of each kind of record, an empty result, a link with ignored parts, and the embed.
fn screens() -> Vec<String> {
    let bundle = shipped_bundle();
    let story = &bundle.stories[0].id;
    vec![
        "/?lang=zh".into(),
        "/?lang=zh&sector=research-education".into(),
        "/?lang=zh&view=list".into(),
        "/?lang=zh&view=list&tab=organisations".into(),
        "/?lang=zh&view=list&q=qqxqq&colour=red".into(),
        "/?lang=zh&view=list&q=chengdu".into(),
        "/?lang=zh&view=map".into(),
        "/?lang=zh&view=timeline".into(),
        format!("/?lang=zh&view=stories&item=story:{story}"),
        format!("/?lang=zh&view=list&item=initiative:{}", bundle.initiatives[0].id),
        format!("/?lang=zh&view=list&tab=organisations&item=organisation:{}", bundle.organisations[0].id),
        "/?lang=zh&view=map&item=place:chengdu".into(),
        "/?lang=zh&view=map&embed=1".into(),
    ]
}

/// The English interface's own words that the Chinese interface says otherwise: the string
/// table's plain texts and every enum label.
fn english_words() -> Vec<String> {
    fn labels<T: Named>() -> impl Iterator<Item = String> {
        T::ALL.iter().filter(|v| v.label() != v.label_in(Lang::Zh)).map(|v| v.label().to_owned())
    }
    let table = ENGLISH.texts().into_iter().zip(CHINESE.texts()).filter(|(en, zh)| en != zh).map(|(en, _)| en.trim().to_owned());
    table
        .chain(labels::<View>())
        .chain(labels::<Tab>())
        .chain(labels::<Sort>())
        .chain(labels::<Facet>())
        .chain(labels::<Side>())
        .chain(labels::<InitiativeKind>())
        .chain(labels::<OrganisationKind>())
        .chain(labels::<Status>())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect()
}

/// Each shown element's own text (its text nodes, trimmed) and its accessible-name attributes
/// (the page holds its header in both languages and shows one): record names and descriptions from the English sources come too, and are not
/// interface words.
const VISIBLE_WORDS: &str = "
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('[hidden], script, style, noscript') || !el.checkVisibility()) continue;
  const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
  if (own) out.push(own);
  for (const a of ['aria-label', 'placeholder', 'title']) { const v = el.getAttribute(a); if (v) out.push(v.trim()); }
}
return out;";

async fn open_ready(page: &Session, link: &str) {
    page.open(link).await;
    page.find(".explorer").await;
    if link.contains("view=map") {
        page.find(".map__pin").await;
    }
}

#[test]
fn every_view_in_chinese_keeps_no_english_interface_words() {
    let english = english_words();
    assert!(english.len() > 150, "the table is read: {}", english.len());
    run("zh_words", async move |page| {
        let mut left = Vec::new();
        for link in screens() {
            open_ready(&page, &link).await;
            // The filter panel and the embed dialog are part of the interface too.
            if !link.contains("embed=1") {
                page.click(".embed-this > button").await;
            }
            let shown: Vec<String> = serde_json::from_value(page.eval(VISIBLE_WORDS).await).unwrap();
            for word in shown.iter().filter(|w| english.contains(w)) {
                left.push(format!("{link}: “{word}”"));
            }
            let html_lang = page.eval("return document.documentElement.lang").await;
            assert_eq!(html_lang, "zh-Hans", "{link}");
            assert_eq!(page.eval("return document.title").await, CHINESE.site_name, "{link}");
        }
        left.sort();
        left.dedup();
        assert!(left.is_empty(), "English interface words on Chinese pages:\n{}", left.join("\n"));
        // And the English page says it is English.
        open_ready(&page, "/?view=list").await;
        assert_eq!(page.eval("return document.documentElement.lang").await, "en");
        assert_eq!(page.eval("return document.title").await, ENGLISH.site_name);
    });
}

#[test]
fn the_language_switch_keeps_every_other_parameter() {
    run("zh_switch", async |page| {
        let start = "/?view=map&sector=ict&from=2016&q=smart&item=place:chengdu&theme=dark";
        page.open(start).await;
        page.find(".map__svg").await;
        page.click_xpath("//nav[contains(@class,'language-switch')]//a[@lang='zh']").await;
        page.wait_until_param("lang", "zh").await;
        page.wait_for_text(".view-tab[aria-current=page]", View::Map.label_in(Lang::Zh)).await;
        for (key, value) in [("view", "map"), ("sector", "ict"), ("from", "2016"), ("q", "smart"), ("item", "place:chengdu"), ("theme", "dark")] {
            assert_eq!(page.param(key).await.as_deref(), Some(value), "{key} kept on switching to Chinese");
        }
        assert_eq!(page.texts(".view-tab[aria-current=page]").await, [View::Map.label_in(Lang::Zh)]);
        page.click_xpath("//nav[contains(@class,'language-switch')]//a[@lang='en']").await;
        page.wait_until_param_absent("lang").await;
        assert_eq!(page.param("item").await.as_deref(), Some("place:chengdu"));
        assert_eq!(page.texts(".view-tab[aria-current=page]").await, [View::Map.label()]);
        // The embed bar has the switch too.
        page.open("/?view=map&embed=1").await;
        page.click_xpath("//header[contains(@class,'embed-bar')]//a[@lang='zh']").await;
        page.wait_until_param("lang", "zh").await;
        assert_eq!(page.param("embed").await.as_deref(), Some("1"));
    });
}

#[test]
fn characters_and_pinyin_with_or_without_tones_find_the_same_places() {
    let bundle = shipped_bundle();
    let fold = |s: &str| explorer_core::filter::text::normalize(s);
    // Every Chinese place with both a Chinese name and pinyin: characters, pinyin with tones,
    // pinyin without tones (as typed on a keyboard without them).
    let places: Vec<(String, Vec<String>)> = bundle
        .places
        .iter()
        .filter_map(|p| {
            let (zh, pinyin) = (p.name_zh.clone()?, p.pinyin.clone()?);
            Some((p.name_in(Lang::Zh), vec![zh, pinyin.clone(), fold(&pinyin).replace(' ', "")]))
        })
        .collect();
    assert!(places.len() >= 10, "enough places to try: {}", places.len());
    run("zh_search", async move |page| {
        for lang in ["zh", "en"] {
            page.open(&format!("/?view=list&lang={lang}")).await;
            page.find("#search-input").await;
            let mut misses = Vec::new();
            for (label, typed) in &places {
                let found = suggested(&page, typed).await;
                for (words, suggestions) in typed.iter().zip(found) {
                    let expected = if lang == "zh" { label.clone() } else { label.split(' ').skip(1).collect::<Vec<_>>().join(" ") };
                    if !suggestions.iter().any(|s| s.starts_with(&expected) || s.contains(&expected)) {
                        misses.push(format!("{lang}: “{words}” → {suggestions:?} (expected {expected})"));
                    }
                }
            }
            assert!(misses.is_empty(), "{}", misses.join("\n"));
        }
    });
}

#[test]
fn pages_in_both_languages_fit_from_320_to_1280_px_and_pass_axe() {
    let axe = axe_source();
    run("zh_layout", async move |page| {
        let mut failures = Vec::new();
        for width in [320, 1280] {
            page.resize(width, 900).await;
            // Both languages: the same screens without `lang=zh` are the English ones.
            let english = screens().into_iter().map(|l| l.replacen("lang=zh&", "", 1).replacen("?lang=zh", "?", 1));
            for link in screens().into_iter().chain(english) {
                open_ready(&page, &link).await;
                if width < 800 {
                    page.click(".filters__toggle").await;
                }
                let overflow = page.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
                if overflow != 0 {
                    failures.push(format!("{link} at {width} px: {overflow} px of sideways scrolling"));
                }
                for violation in violations(&page, &axe).await {
                    failures.push(format!("{link} at {width} px: {violation}"));
                }
            }
            for (name, link) in [("sectors", "/?lang=zh"), ("map", "/?lang=zh&view=map"), ("list", "/?lang=zh&view=list&item=place:chengdu")] {
                open_ready(&page, link).await;
                page.save_screenshot(&format!("zh-{name}-{width}")).await;
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}
