//! One search box for every kind of record: suggestions while typing (the combobox pattern),
//! the Results view naming the tab that has matches, and sharing the address. Expected names
//! come from the shipped bundle.

use fantoccini::key::Key;
use serde_json::json;

use crate::accessibility::{axe_source, violations};
use crate::support::{Session, run, shipped_bundle};
use explorer_core::filter::Catalog;
use explorer_core::search::Group;

/// Types `typed` into the search box as a visitor would (an input event per change) and
/// returns the suggestion labels in the order shown. The suggestions follow the results one
/// paint later, so they are read in a task after the next animation frame.
const SUGGESTED: &str = "
const [names, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const input = document.getElementById('search-input');
  const out = [];
  for (const name of names) {
    input.focus();
    input.value = name;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The app's work for the input (which asks for the frame) first, then that frame's task.
    await new Promise(r => setTimeout(r, 0));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push([...document.querySelectorAll('#search-suggestions .suggestion__label')].slice(0, 5).map(e => e.textContent));
  }
  done(out);
})();";

pub async fn suggested(page: &Session, names: &[String]) -> Vec<Vec<String>> {
    let found = page.client.execute_async(SUGGESTED, vec![json!(names)]).await.expect("type and read the suggestions");
    serde_json::from_value(found).unwrap()
}

#[test]
fn typing_a_name_or_acronym_suggests_it_among_the_first_five() {
    let bundle = shipped_bundle();
    // A deterministic sample of every kind that has a name: every third organisation, place
    // and sector (over 70 records), each typed by its name and, where it has one, its acronym.
    let mut cases: Vec<(String, String)> = Vec::new();
    for o in bundle.organisations.iter().step_by(3) {
        cases.push((o.name.clone(), o.display_name()));
        if let Some(acronym) = o.acronym() {
            cases.push((acronym.to_owned(), o.display_name()));
        }
    }
    cases.extend(bundle.places.iter().step_by(3).map(|p| (p.name.clone(), p.name.clone())));
    cases.extend(bundle.sectors.iter().step_by(3).map(|s| (s.name.clone(), s.name.clone())));
    cases.push(("成都".into(), "Chengdu".into()));
    cases.push(("chengdu".into(), "Chengdu".into()));
    cases.push(("Chéngdū".into(), "Chengdu".into()));
    assert!(cases.len() >= 50, "{} cases", cases.len());
    run("suggest_every_kind", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let typed: Vec<String> = cases.iter().map(|(t, _)| t.clone()).collect();
        let shown = suggested(page, &typed).await;
        let misses: Vec<String> = cases
            .iter()
            .zip(&shown)
            .filter(|((_, expected), labels)| !labels.iter().any(|l| l.starts_with(expected.as_str())))
            .map(|((typed, expected), labels)| format!("{typed:?} → {labels:?} (wanted {expected:?})"))
            .collect();
        assert!(misses.is_empty(), "not among the first five:\n{}", misses.join("\n"));
    });
}

#[test]
fn suggestions_work_by_keyboard_alone() {
    run("suggest_keyboard", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let input = page.find("#search-input").await;
        input.send_keys("chengdu").await.unwrap();
        page.wait_until_param("q", "chengdu").await;
        assert_eq!(input.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
        input.send_keys(&Key::Down.to_string()).await.unwrap();
        let active = input.attr("aria-activedescendant").await.unwrap().expect("an active suggestion");
        let chosen = page.find(&format!("#{active}")).await;
        assert_eq!(chosen.attr("aria-selected").await.unwrap().as_deref(), Some("true"));
        let label = page.find(&format!("#{active} .suggestion__label")).await.text().await.unwrap();
        assert!(label.starts_with("Chengdu"), "{label}");
        input.send_keys(&Key::Enter.to_string()).await.unwrap();
        page.wait_until_param("place", "chengdu").await;
        page.wait_until_param_absent("q").await;
        page.wait_for_text("#detail-title", "Chengdu").await;
        // Escape closes the list and keeps what was typed.
        let input = page.find("#search-input").await;
        input.send_keys("elbe").await.unwrap();
        page.wait_until_param("q", "elbe").await;
        assert_eq!(input.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
        input.send_keys(&Key::Escape.to_string()).await.unwrap();
        assert_eq!(input.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
        assert_eq!(page.param("q").await.as_deref(), Some("elbe"));
    });
}

#[test]
fn a_search_for_an_organisation_opens_on_its_tab_and_other_kinds_are_listed() {
    let bundle = shipped_bundle();
    let een = bundle.organisations.iter().find(|o| o.name == "Enterprise Europe Network").expect("the EEN is in the bundle");
    let catalog = Catalog::new(std::sync::Arc::new(bundle.clone()));
    let (initiatives, organisations) = (bundle.initiatives.len(), bundle.organisations.len());
    let expected_kinds: Vec<String> = catalog
        .search_index()
        .matches_in(&catalog, "chengdu", Group::WITHOUT_TAB, explorer_core::i18n::Lang::En, |_| 0)
        .iter()
        .map(|kind| format!("{} ({})", kind.group.heading(explorer_core::i18n::Lang::En), kind.total))
        .collect();
    let crowded_query = "china";
    let crowded = catalog.search_index().matches_in(&catalog, crowded_query, Group::WITHOUT_TAB, explorer_core::i18n::Lang::En, |_| 0);
    let crowded = crowded.iter().find(|kind| kind.total > 6).expect("a kind with more than six matches for “china”");
    let (crowded_heading, crowded_total) = (crowded.group.heading(explorer_core::i18n::Lang::En), crowded.total);
    run("search_other_tab", async move |page| {
        // No tab chosen: the list opens on the tab that has matches.
        page.open("/?view=list&q=enterprise+europe+network").await;
        page.wait_for_text(".result__title", &een.display_name()).await;
        assert_eq!(page.texts(".results-tab[aria-current=page]").await[0].split_whitespace().next(), Some("Organisations"));
        // A chosen tab stays, and names the tab that has the match.
        page.open("/?view=list&q=enterprise+europe+network&tab=initiatives").await;
        let elsewhere = page.find(".results__elsewhere").await.text().await.unwrap();
        assert!(elsewhere.contains("1 organisation matches"), "{elsewhere}");
        page.click(".results__elsewhere a").await;
        page.wait_for_text(".result__title", &een.display_name()).await;
        // Places, sectors and the other kinds without a tab are counted and linked too.
        for (width, height) in [(375, 812), (1280, 900)] {
            page.resize(width, height).await;
            page.open("/?view=list&q=chengdu").await;
            page.find(".also-matching__heading").await;
            assert_eq!(page.texts(".also-matching__heading").await, expected_kinds);
            let overflow = page.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
            assert_eq!(overflow, 0, "horizontal scrolling at {width} px");
            page.save_screenshot(&format!("also-matching-{width}")).await;
        }
        // A kind with more matches than its first links: "Show all" lists every one.
        page.open(&format!("/?view=list&q={crowded_query}")).await;
        let kind = format!("//li[h3[starts-with(., '{crowded_heading} (')]]");
        let listed = async || page.eval(&format!("return document.evaluate(\"count({kind}//a)\", document, null, 1, null).numberValue")).await;
        page.click_xpath(&format!("{kind}/h3")).await;
        assert_eq!(listed().await.as_f64(), Some(6.0), "{crowded_heading}: the first six");
        page.click_xpath(&format!("{kind}/button")).await;
        for _ in 0..100 {
            if listed().await.as_f64() == Some(crowded_total as f64) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(listed().await.as_f64(), Some(crowded_total as f64), "{crowded_heading}: all of them after “Show all”");
        page.open("/?view=list&q=chengdu").await;
        page.click_xpath("//ul[contains(@class,'also-matching__links')]//a[starts-with(., 'Chengdu')]").await;
        page.wait_until_param("place", "chengdu").await;
        // Nothing matches: the word to drop and what that shows on both tabs.
        page.open("/?view=list&q=qqxqq").await;
        let empty = page.find(".empty").await.text().await.unwrap();
        let shows = format!("Search: “qqxqq” to see {initiatives} initiatives and {organisations} organisations.");
        assert!(empty.contains(&shows), "{empty}");
    });
}

#[test]
fn figures_are_found_by_what_they_count() {
    let bundle = shipped_bundle();
    let catalog = Catalog::new(std::sync::Arc::new(bundle.clone()));
    // A deterministic sample: every tenth figure, searched by what it counts.
    let cases: Vec<(String, String, Vec<String>)> = bundle
        .figures
        .iter()
        .step_by(10)
        .map(|f| {
            let found = catalog.search_index().matches_in(&catalog, &f.counts, &[Group::Figures], explorer_core::i18n::Lang::En, |_| usize::MAX);
            let labels: Vec<String> = found.into_iter().flat_map(|kind| kind.shown).map(|m| m.label).collect();
            (f.counts.clone(), format!("{}: {}", f.as_printed, f.counts), labels)
        })
        .collect();
    assert!(cases.len() >= 5, "the bundle has figures to search for");
    run("search_figures", async move |page| {
        page.open("/?view=list").await;
        // The search box exists once the app has loaded; typing before that times out.
        page.find(".result").await;
        for (counts, label, labels) in cases {
            assert!(labels.contains(&label), "{counts:?} finds its own figure: {labels:?}");
            suggested(page, &[counts.clone()]).await;
            let heading = format!("Figures ({})", labels.len());
            // The kind's heading, waited for (clicking it does nothing).
            let figures = "//li[h3[starts-with(., 'Figures (')]]";
            page.click_xpath(&format!("{figures}/h3")).await;
            assert!(page.texts(".also-matching__heading").await.contains(&heading), "{counts:?}");
            if labels.len() > 6 {
                page.click_xpath(&format!("{figures}/button")).await;
            }
            let shown: Vec<String> = serde_json::from_value(page.eval(&format!(
                "const r = document.evaluate(\"{figures}//a\", document, null, 7, null); return Array.from({{ length: r.snapshotLength }}, (_, i) => r.snapshotItem(i).textContent)"
            )).await).unwrap();
            assert!(shown.contains(&label), "{counts:?}: {shown:?}");
        }
    });
}

#[test]
fn share_copies_the_exact_address_or_uses_the_share_sheet() {
    run("share", async |page| {
        page.open("/?view=map&sector=ict").await;
        page.find(".share__button").await;
        let origin = page.eval("return location.origin").await.as_str().unwrap().to_owned();
        page.allow_clipboard().await;
        assert_eq!(page.find(".share__button").await.text().await.unwrap(), "Copy link", "no share sheet in desktop Chromium");
        page.click(".share__button").await;
        page.wait_for_text(".share__status", "Link copied").await;
        let here = page.eval("return location.href").await;
        assert_eq!(page.clipboard_text().await, here);

        // Where the browser has a share sheet, the button opens it with the full explorer's
        // address, also from an embed.
        page.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "navigator.share = d => { window.sharedData = { url: d.url, title: d.title }; return Promise.resolve(); };" }),
        )
        .await;
        page.open("/?view=map&sector=ict&embed=1").await;
        page.wait_for_text(".share__button", "Share").await;
        page.click(".share__button").await;
        let shared = page.eval("return window.sharedData.url").await;
        let shared = shared.as_str().expect("navigator.share was called");
        assert!(shared.starts_with(&origin) && shared.contains("sector=ict") && shared.contains("view=map"), "{shared}");
        assert!(!shared.contains("embed=1"), "the full explorer's address: {shared}");
    });
}

#[test]
fn the_open_suggestions_pass_axe_at_320_and_1280_px() {
    let axe = axe_source();
    run("suggest_axe", async |page| {
        for width in [320, 1280] {
            page.resize(width, 900).await;
            page.open("/?view=list").await;
            page.find(".result").await;
            page.find("#search-input").await.send_keys("an").await.unwrap();
            page.find("#search-suggestions:not([hidden]) .suggestion").await;
            page.save_screenshot(&format!("suggestions-{width}")).await;
            let found = violations(page, &axe).await;
            assert!(found.is_empty(), "{width} px: {found:?}");
        }
    });
}

/// Issue 16's hard queries (`support::hard_queries`), pasted into the box one after another,
/// each after the search was cleared (so that no answer is left from the one before). Each
/// shows the results, on the tab the core's filter gives, or the empty state, for the search as
/// kept (cut to 200 characters), and the address takes that search.
#[test]
fn hard_queries_show_their_results_and_reach_the_address() {
    use explorer_core::filter::{Query, Sort, Tab};
    let catalog = crate::support::shipped_catalog();
    let all = catalog.bundle.initiatives.len();
    run("hard_queries", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let paste = async |text: &str| {
            page.eval(&format!(
                "const input = document.getElementById('search-input'); input.focus(); input.value = {text:?};
                 input.dispatchEvent(new Event('input', {{ bubbles: true }})); return 0"
            ))
            .await;
        };
        let (mut some, mut none) = (false, false);
        for typed in crate::support::hard_queries() {
            paste("").await;
            page.wait_for_text(".results__summary", &format!(" of {all} matching initiatives")).await;
            let kept: String = typed.chars().take(explorer_core::url_state::MAX_QUERY_CHARS).collect();
            let query = Query { text: kept.clone(), ..Query::default() };
            let [initiatives, organisations] = [Tab::Initiatives, Tab::Organisations].map(|tab| catalog.filter(&query, tab, Sort::Date).matches.len());
            paste(&typed).await;
            match (initiatives, organisations) {
                (0, 0) => drop(page.wait_for_text(".empty", "Nothing matches").await),
                (0, n) => drop(page.wait_for_text(".results__summary", &format!(" of {n} matching organisations")).await),
                (n, _) => drop(page.wait_for_text(".results__summary", &format!(" of {n} matching initiatives")).await),
            }
            some |= initiatives + organisations > 0;
            none |= initiatives + organisations == 0;
            page.wait_until_param("q", &kept).await;
        }
        assert!(some && none, "the queries must take both paths: some match, some match nothing");
    });
}
