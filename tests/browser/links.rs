//! Links keep the state they should: each test pins a bug a review found, and takes the path
//! a visitor takes (typing, clicking, reloading).

use std::collections::BTreeSet;

use explorer_core::filter::{Query, Sort, Tab};
use explorer_core::model::Side;

use crate::support::{run, shipped_catalog};

/// Types `text` into the search box as a visitor does (one input event per character).
const TYPE_IN_SEARCH: &str = "
    const input = document.getElementById('search-input');
    input.focus();
    input.value = '';
    for (const ch of arguments[0]) {
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return input.value;";

#[test]
fn all_initiatives_in_the_list_follows_a_search_typed_on_the_sector_page() {
    let catalog = shipped_catalog();
    let sector = catalog.bundle.sectors.iter().find(|s| s.parent.is_none()).unwrap().id.clone();
    let word = "cluster";
    let expected =
        catalog.filter(&Query { sectors: vec![sector.clone()], text: word.into(), ..Query::default() }, Tab::Initiatives, Sort::Date);
    run("list_link_follows_search", async |page| {
        page.open(&format!("/?sector={sector}")).await;
        page.find(".sector-page").await;
        page.client.execute(TYPE_IN_SEARCH, vec![word.into()]).await.unwrap();
        page.wait_until_param("q", word).await;
        page.click_xpath("//a[normalize-space(.)='All initiatives in the list']").await;
        page.wait_until_param("view", "list").await;
        assert_eq!(page.param("q").await.as_deref(), Some(word), "the search survives the link");
        assert_eq!(page.param("sector").await.as_deref(), Some(sector.as_str()));
        page.wait_for_text(".results__summary", &format!("of {} matching initiatives", expected.matches.len())).await;
    });
}

#[test]
fn read_the_full_story_keeps_the_embed_and_the_filters() {
    let catalog = shipped_catalog();
    let story = &catalog.bundle.stories[0];
    let sector = story.sectors[0].clone();
    run("full_story_link", async |page| {
        page.open(&format!("/?sector={sector}&embed=1&item=story:{}", story.id)).await;
        page.wait_for_text("#detail-title", &story.title).await;
        page.click_xpath("//a[normalize-space(.)='Read the full story']").await;
        page.wait_until_param("view", "stories").await;
        assert_eq!(page.param("embed").await.as_deref(), Some("1"), "still embedded");
        assert_eq!(page.param("sector").await.as_deref(), Some(sector.as_str()), "the filter stays");
        page.find(&format!("#story-{}", story.id)).await;
        let header_shown = page.eval("return !!document.querySelector('.site-header')?.checkVisibility()").await;
        assert_eq!(header_shown, false, "the embedded layout shows no site header");
    });
}

#[test]
fn a_search_with_a_percent_sign_comes_back_as_typed() {
    run("search_decoded_once", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        page.client.execute(TYPE_IN_SEARCH, vec!["a%41".into()]).await.unwrap();
        page.wait_until_param("q", "a%41").await;
        // The address is the state: a reload (and a shared link) must give the same search back.
        page.client.refresh().await.unwrap();
        page.find(".results__summary").await;
        let value = page.eval("return document.getElementById('search-input').value").await;
        assert_eq!(value, "a%41");
        assert!(page.texts(".chip").await.iter().any(|c| c.contains("“a%41”")), "{:?}", page.texts(".chip").await);
    });
}

#[test]
fn a_sector_named_twice_gives_one_chip_that_removes_it() {
    let catalog = shipped_catalog();
    let mut tops = catalog.bundle.sectors.iter().filter(|s| s.parent.is_none());
    let (a, b) = (tops.next().unwrap(), tops.next().unwrap());
    run("repeated_id_chip", async |page| {
        page.open(&format!("/?view=list&sector={},{},{}", a.id, b.id, a.id)).await;
        page.find(".chip").await;
        let chips = page.texts(".chip").await;
        assert_eq!(chips.len(), 2, "{chips:?}");
        page.click_xpath(&format!("//a[@class='chip'][contains(., '{}')]", a.name)).await;
        page.wait_until_param("sector", &b.id).await;
        let chips = page.texts(".chip").await;
        assert!(chips.iter().all(|c| !c.contains(&a.name)), "the chip removed its filter: {chips:?}");
    });
}

#[test]
fn a_chip_kept_through_a_search_removes_its_filter_and_keeps_the_search() {
    let catalog = shipped_catalog();
    let sector = catalog.bundle.sectors.iter().find(|s| s.parent.is_none()).unwrap();
    run("kept_chip_follows", async |page| {
        page.open(&format!("/?view=list&sector={}", sector.id)).await;
        page.find(".chip").await;
        // Typed after the chip was drawn: the chip stays, and its link must follow the search.
        page.find("#search-input").await.send_keys("wuhan").await.unwrap();
        page.wait_until_param("q", "wuhan").await;
        page.click_xpath(&format!("//a[@class='chip'][contains(., '{}')]", sector.name)).await;
        page.wait_until_param_absent("sector").await;
        assert_eq!(page.param("q").await.as_deref(), Some("wuhan"), "the search stays");
    });
}

#[test]
fn a_search_dropped_before_the_typing_pauses_stays_dropped() {
    run("typed_ahead", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        let everything = page.find(".results__summary").await.text().await.unwrap();
        // Typed, then its chip removed at once, in one script: well before the address takes
        // the words (it does once the typing pauses), so the chip's link leads to the address
        // as it still is.
        let script = "const done = arguments[arguments.length - 1];
            const input = document.getElementById('search-input');
            input.focus();
            for (const ch of 'solar') { input.value += ch; input.dispatchEvent(new Event('input', { bubbles: true })); }
            setTimeout(() => {
                const chips = [...document.querySelectorAll('a.chip')].map(c => c.textContent);
                document.querySelector('a.chip').click();
                done([chips.join(' '), location.search]);
            }, 0);";
        let seen = page.client.execute_async(script, vec![]).await.unwrap();
        assert!(seen[0].as_str().unwrap().contains("solar"), "the search's chip: {seen}");
        assert_eq!(seen[1], "?view=list", "the address has not taken the words yet");
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        assert_eq!(page.param("q").await, None, "the dropped words never reach the address");
        assert_eq!(page.eval("return document.getElementById('search-input').value").await, "");
        assert_eq!(page.find(".results__summary").await.text().await.unwrap(), everything);
        assert!(page.texts(".chip").await.is_empty(), "{:?}", page.texts(".chip").await);
    });
}

#[test]
fn words_typed_just_before_a_reload_come_back_once() {
    run("typed_then_reloaded", async |page| {
        page.open("/?view=list").await;
        page.find(".result").await;
        // Typed and reloaded in one script: the reload begins well before the typing pauses
        // and the address takes the words.
        let script = "const input = document.getElementById('search-input');
            input.focus();
            for (const ch of 'wuhan') { input.value += ch; input.dispatchEvent(new Event('input', { bubbles: true })); }
            const address = location.search;
            location.reload();
            return address;";
        assert_eq!(page.eval(script).await, "?view=list", "the address had not taken the words");
        page.wait_until_param("q", "wuhan").await;
        page.find(".result").await;
        assert_eq!(page.eval("return document.getElementById('search-input').value").await, "wuhan");
        // Once: the same address opened again later shows no search.
        let opened_again = async || {
            page.open("/?view=list").await;
            page.find(".result").await;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            assert_eq!(page.eval("return document.getElementById('search-input').value").await, "");
            assert_eq!(page.param("q").await, None);
        };
        opened_again().await;
        // And a reload now, with nothing typed, brings nothing back either.
        page.eval("location.reload(); return 0").await;
        page.find(".result").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(page.eval("return document.getElementById('search-input').value").await, "");
        // Only a reload: typed, then the same address opened anew (a link, the address bar).
        page.eval("const input = document.getElementById('search-input'); input.value = 'wuhan';
            input.dispatchEvent(new Event('input', { bubbles: true })); return 0").await;
        opened_again().await;
    });
}

#[test]
fn organisation_type_other_reads_other_and_side_other_reads_elsewhere() {
    run("enum_labels", async |page| {
        page.open("/?view=list").await;
        page.find(".facet").await;
        let labels = |facet: &str| {
            format!("//details[summary[contains(., '{facet}')]]//span[@class='facet-option__label']")
        };
        let texts = async |xpath: String| -> Vec<String> {
            let mut out = Vec::new();
            for e in page.client.find_all(fantoccini::Locator::XPath(&xpath)).await.unwrap() {
                out.push(e.prop("textContent").await.unwrap().unwrap_or_default());
            }
            out
        };
        // A folded group shows its options once unfolded, as a visitor unfolds it.
        page.click_xpath("//details[summary[contains(., 'Organisation type')]]/summary").await;
        page.client.wait().for_element(fantoccini::Locator::XPath(&labels("Organisation type"))).await.unwrap();
        let org_types = texts(labels("Organisation type")).await;
        assert!(org_types.contains(&"Other".to_owned()), "{org_types:?}");
        assert!(!org_types.contains(&"Elsewhere".to_owned()), "{org_types:?}");
        let sides = texts(labels("Side")).await;
        assert!(sides.contains(&"Elsewhere".to_owned()), "{sides:?}");
    });
}

#[test]
fn the_city_lists_partners_follow_the_filters_like_the_maps_lines() {
    let catalog = shipped_catalog();
    let bundle = &catalog.bundle;
    // Partner places of `place` among the given initiatives, worked out by hand.
    let partners_among = |place: &str, initiatives: &[u32]| -> BTreeSet<String> {
        let side = catalog.place(place).unwrap().side;
        initiatives
            .iter()
            .map(|&i| &bundle.initiatives[i as usize])
            .filter(|i| i.places.iter().any(|p| p == place))
            .flat_map(|i| i.places.iter())
            .filter_map(|p| catalog.place(p))
            .filter(|p| p.side != side && p.side != Side::Other && side != Side::Other)
            .map(|p| p.name.clone())
            .collect()
    };
    // A sector under which some busy place keeps fewer partners than it has in all.
    let all = catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date).matches;
    let (sector, place, expected) = bundle
        .sectors
        .iter()
        .find_map(|s| {
            let query = Query { sectors: vec![s.id.clone()], ..Query::default() };
            let matches = catalog.filter(&query, Tab::Initiatives, Sort::Date).matches;
            bundle.places.iter().find_map(|p| {
                let under = partners_among(&p.id, &matches);
                let total = partners_among(&p.id, &all);
                (!under.is_empty() && under.len() < total.len() && under.len() <= 6).then(|| (s.id.clone(), p.id.clone(), under))
            })
        })
        .expect("a sector that narrows some place's partners");
    run("city_list_partners", async |page| {
        page.open(&format!("/?view=map&sector={sector}")).await;
        page.find(".place-row").await;
        let shown = page
            .eval(&format!(
                "const row = [...document.querySelectorAll('.place-row')].find(r =>
                     r.querySelector('.place-row__name a').getAttribute('href').includes('item=place:{place}'));
                 return row ? [...row.querySelectorAll('.place-row__partners a')].map(a => a.textContent) : null;"
            ))
            .await;
        let shown: BTreeSet<String> =
            shown.as_array().expect("the place has a row").iter().map(|v| v.as_str().unwrap().to_owned()).collect();
        assert_eq!(shown, expected, "partners of {place} under sector {sector}");
    });
}
