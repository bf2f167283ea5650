//! The map view's answer: under the current filters, each place with its matching initiatives,
//! its partner places, its pin, and the lines between partnered places — all from one pass over
//! the matching initiatives, so the map and the city list give the same answer.

use crate::filter::text::{country_sort_key, place_sort_key};
use crate::i18n::{Noun, Strings};
use std::collections::HashMap;

use super::Entry;
use crate::filter::{Catalog, Facet, Results};
use crate::labels::Named;
use crate::map::{PANELS, link_path, panel_offsets};
use crate::model::{Id, PlaceKind, Side};

/// City-list rows per side at most (the busiest places): the DOM stays bounded whatever the data.
pub const MAX_ROWS_PER_SIDE: usize = 150;
/// City-list rows per side shown before "Show all" (the busiest): the map beside them shows
/// every place, and fewer rows keep a filter change and a phone's page short.
pub const FIRST_ROWS_PER_SIDE: usize = 12;
/// Pins drawn at most (the matching places ranked highest in the whole bundle): beyond this
/// the map is unreadable and the DOM would grow with the data.
pub const MAX_PINS: usize = 200;
/// Chooses which pins the map names without pointing: in the pins' order (busiest places in
/// the whole bundle first), a name goes above its pin, or else below, where it stays inside its
/// panel, clear of the panel's title, of the names already placed and of every other pin.
fn name_pins(pins: &mut [Pin]) {
    for panel in 0..PANELS.len() {
        let title: Area = (0.0, 0.0, 110.0, 38.0);
        let bounds = (0.0, 0.0, PANELS[panel].width(), crate::map::PANEL_HEIGHT);
        let marks: Vec<(usize, Area)> =
            pins.iter().enumerate().filter(|(_, p)| p.panel == panel).map(|(i, p)| (i, p.mark_area())).collect();
        let mut placed: Vec<Area> = Vec::new();
        for i in marks.iter().map(|&(i, _)| i) {
            if placed.len() >= MAX_NAMES_PER_PANEL {
                break;
            }
            let fits = |area: Area| {
                area.0 >= bounds.0 && area.1 >= bounds.1 && area.2 <= bounds.2 && area.3 <= bounds.3
                    && !overlap(area, title)
                    && placed.iter().all(|&other| !overlap(area, other))
                    && marks.iter().all(|&(j, mark)| j == i || !overlap(area, mark))
            };
            let side = [NameSide::Above, NameSide::Below].into_iter().find(|&side| fits(pins[i].name_area(side)));
            if let Some(side) = side {
                placed.push(pins[i].name_area(side));
                pins[i].named = Some(side);
            }
        }
    }
}

/// Partner lines drawn at most (those of the highest-ranked places): thousands of curves are
/// unreadable, and each is an element to update.
pub const MAX_LINES: usize = 150;
/// Font size of the place names the map shows without pointing, in map units (the stylesheet
/// draws them at this size).
pub const NAME_SIZE: f64 = 15.0;
/// Place names the map shows without pointing, per panel at most.
pub const MAX_NAMES_PER_PANEL: usize = 12;

/// Where a pin's name is drawn when the map shows it without pointing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameSide {
    Above,
    Below,
}

/// Partner places listed per city-list row.
pub const MAX_PARTNERS_PER_ROW: usize = 6;

/// One row of the city list.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub id: Id,
    pub name: String,
    pub country: String,
    /// Matching initiatives in this place or the places within it.
    pub initiatives: u32,
    /// Places on the other side that share a matching initiative with it, most shared first.
    pub partners: Vec<Entry>,
}

/// The city list's rows of one side.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceGroup {
    pub side: Side,
    /// Grouped by country name, busiest first within a country.
    pub rows: Vec<PlaceRow>,
    /// Places left out beyond [`MAX_ROWS_PER_SIDE`].
    pub hidden: usize,
}

impl PlaceGroup {
    /// The `n` busiest rows (most initiatives, then by name), kept in the list's order: what
    /// the city list shows before "Show all".
    pub fn busiest(&self, n: usize) -> Vec<&PlaceRow> {
        if self.rows.len() <= n {
            return self.rows.iter().collect();
        }
        let mut by_count: Vec<&PlaceRow> = self.rows.iter().collect();
        by_count.sort_by(|a, b| b.initiatives.cmp(&a.initiatives).then_with(|| a.name.cmp(&b.name)));
        let kept: std::collections::HashSet<&str> = by_count[..n].iter().map(|r| r.id.as_str()).collect();
        self.rows.iter().filter(|r| kept.contains(r.id.as_str())).collect()
    }
}

/// A pin on the map, in its panel's own coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub id: Id,
    pub name: String,
    /// Index into [`PANELS`].
    pub panel: usize,
    pub x: f64,
    pub y: f64,
    /// See [`pin_radius`].
    pub radius: f64,
    /// Regions, provinces and countries are drawn as squares.
    pub area: bool,
    pub china: bool,
    pub initiatives: u32,
    /// What a screen reader says: "Chengdu, China: 3 initiatives".
    pub label: String,
    /// Whether, and where, the map names the place without pointing: the busiest places whose
    /// names fit without covering another name or another place's pin.
    pub named: Option<NameSide>,
}

/// A pin's radius in map units for `initiatives`: its area grows with the count, in half units,
/// so that a filter change that moves a count a little leaves its pin's size as it is (each
/// resized pin is restyled; a large change, such as a big sector at 10k, still resizes most).
pub fn pin_radius(initiatives: u32) -> f64 {
    ((3.5 + 2.2 * f64::from(initiatives).sqrt()) * 2.0).round() / 2.0
}

/// An axis-aligned box in a panel's map units: left, top, right, bottom.
type Area = (f64, f64, f64, f64);

fn overlap(a: Area, b: Area) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

impl Pin {
    fn mark_area(&self) -> Area {
        (self.x - self.radius, self.y - self.radius, self.x + self.radius, self.y + self.radius)
    }

    /// Where the name would be drawn on `side`, estimated from its length (the stylesheet's
    /// font; a little wider than the glyphs, so estimates err on the side of fewer names).
    fn name_area(&self, side: NameSide) -> Area {
        // Chinese characters are about one em wide, Latin letters about 0.58 em.
        let ems: f64 = self.name.chars().map(|c| if crate::i18n::has_han(c.encode_utf8(&mut [0; 4])) { 1.0 } else { 0.58 }).sum();
        let width = ems * NAME_SIZE + 4.0;
        let baseline = self.y + self.name_baseline(Some(side));
        (self.x - width / 2.0, baseline - NAME_SIZE * 0.8, self.x + width / 2.0, baseline + NAME_SIZE * 0.25)
    }

    /// The baseline of the pin's name below its centre, in map units: above or below the mark
    /// where the map names it (at [`NAME_SIZE`]), or just above it when pointing shows it (in
    /// the stylesheet's larger type).
    fn name_baseline(&self, named: Option<NameSide>) -> f64 {
        match named {
            Some(NameSide::Above) => -self.radius - 4.0,
            Some(NameSide::Below) => self.radius + NAME_SIZE * 0.8 + 2.0,
            None => -self.radius - 5.0,
        }
    }

    /// The mark's geometry attributes (see [`PinLook::mark`]).
    fn mark_geometry(&self) -> Vec<(&'static str, String)> {
        if self.area {
            let (corner, side) = ((self.radius * -0.9).to_string(), (self.radius * 1.8).to_string());
            vec![("x", corner.clone()), ("y", corner), ("width", side.clone()), ("height", side)]
        } else {
            vec![("r", self.radius.to_string())]
        }
    }

    /// Where the pin sits on the whole canvas (panels side by side, or stacked on phones).
    pub fn at(&self, stacked: bool) -> (f64, f64) {
        let (dx, dy) = panel_offsets(stacked)[self.panel];
        (self.x + dx, self.y + dy)
    }
}

/// What a drawn pin shows under the current filters, as the values the page writes: the map
/// compares it with the last one written and touches a pin only when it differs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PinLook {
    /// The pin's `data-pin`: [`PinLook::HIDDEN`] without a match, `named-above` or
    /// `named-below` when the map names it without pointing, none otherwise.
    pub state: Option<&'static str>,
    /// The mark's geometry attributes, sized by [`pin_radius`]: a circle's `r`, or a square's
    /// `x`, `y`, `width` and `height` (regions, provinces and countries; a little smaller than
    /// the circle's box, so the two look alike in weight). Empty when hidden.
    pub mark: Vec<(&'static str, String)>,
    /// The name's baseline below the pin's centre in map units (its `y`); empty when hidden.
    pub name_y: String,
    /// What a screen reader says (see [`Pin::label`]); empty when hidden.
    pub label: String,
}

impl PinLook {
    pub const HIDDEN: &'static str = "hidden";
}

/// A line between two partnered places.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerLine {
    pub europe: Id,
    pub china: Id,
    /// Matching initiatives that join them.
    pub initiatives: u32,
}

/// The partner lines of one stroke width, drawn as one SVG path: the map draws a handful of
/// these instead of an element per line, so a filter change rewrites a few `d` attributes
/// instead of adding and removing a hundred elements.
#[derive(Debug, Clone, PartialEq)]
pub struct LineLayer {
    /// Stroke width in map units: 1 to [`WIDEST_LINE`], the busiest pairs widest.
    pub width: u8,
    /// One `M…Q…` segment per line, from its European place to its Chinese place.
    pub d: String,
}

/// The widest partner line (map units); lines come in whole widths from 1 to this.
pub const WIDEST_LINE: u8 = 5;

/// Everything the map view shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Places {
    pub groups: Vec<PlaceGroup>,
    pub pins: Vec<Pin>,
    /// Between pinned places only: at most [`MAX_LINES`], those of the highest-ranked places,
    /// in the places' order.
    pub lines: Vec<PartnerLine>,
    /// Matching places on the map's panels left without a pin (beyond [`MAX_PINS`]).
    pub unpinned: usize,
    /// Place id → its pin in `pins` (see [`Places::pin`]).
    pin_index: HashMap<Id, usize>,
}

/// Pairs (European place, Chinese place) → how many of `initiatives` name both, most first,
/// then by place order. Indices are into the bundle's places.
pub fn partner_pairs(catalog: &Catalog, initiatives: impl Iterator<Item = u32>) -> Vec<(u32, u32, u32)> {
    let mut counts = vec![0u32; catalog.place_pairs.len()];
    for i in initiatives {
        catalog.initiative_pairs(i).iter().for_each(|&pair| counts[pair as usize] += 1);
    }
    let mut pairs: Vec<(u32, u32, u32)> = counts
        .iter()
        .zip(&catalog.place_pairs)
        .filter(|(n, _)| **n > 0)
        .map(|(&n, &(europe, china))| (europe, china, n))
        .collect();
    pairs.sort_unstable_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    pairs
}

impl Places {
    /// The map view under the filters whose initiative results are `initiatives`.
    pub fn of(catalog: &Catalog, t: &Strings, initiatives: &Results) -> Places {
        let bundle = &catalog.bundle;
        let counts = initiatives.counts.of(Facet::Place);
        let country_name = |id: &str| catalog.country(id).map(|c| c.name_in(t.lang).to_owned()).unwrap_or_default();
        // Rows sort by country, busiest first, then by name (pinyin in the Chinese interface).
        let country_order = |id: &str| catalog.country(id).map(|c| country_sort_key(c, t.lang)).unwrap_or_default();
        let pairs = partner_pairs(catalog, initiatives.matches.iter().copied());
        // Partners of each place, in the pairs' order (most shared first).
        let mut partners: Vec<Vec<u32>> = vec![Vec::new(); bundle.places.len()];
        for &(europe, china, _) in &pairs {
            partners[europe as usize].push(china);
            partners[china as usize].push(europe);
        }
        let with_matches: Vec<u32> =
            (0..bundle.places.len() as u32).filter(|&i| counts.get(i as usize).is_some_and(|&n| n > 0)).collect();

        let groups = Side::ALL
            .iter()
            .filter_map(|&side| {
                let mut rows: Vec<u32> =
                    with_matches.iter().copied().filter(|&i| bundle.places[i as usize].side == side).collect();
                if rows.is_empty() {
                    return None;
                }
                let hidden = rows.len().saturating_sub(MAX_ROWS_PER_SIDE);
                rows.sort_by(|&a, &b| counts[b as usize].cmp(&counts[a as usize]).then(a.cmp(&b)));
                rows.truncate(MAX_ROWS_PER_SIDE);
                // Keys made once per row: this runs on every filter change.
                rows.sort_by_cached_key(|&i| {
                    let place = &bundle.places[i as usize];
                    (country_order(&place.country), std::cmp::Reverse(counts[i as usize]), place_sort_key(place, t.lang))
                });
                let rows: Vec<PlaceRow> = rows
                    .into_iter()
                    .map(|i| {
                        let place = &bundle.places[i as usize];
                        let partners = &partners[i as usize];
                        PlaceRow {
                            id: place.id.clone(),
                            name: place.name_in(t.lang),
                            country: country_name(&place.country),
                            initiatives: counts[i as usize],
                            partners: partners
                                .iter()
                                .take(MAX_PARTNERS_PER_ROW)
                                .map(|&p| Entry::filter_to(Facet::Place, &bundle.places[p as usize].id, &bundle.places[p as usize].name_in(t.lang)))
                                .collect(),
                        }
                    })
                    .collect();
                Some(PlaceGroup { side, rows, hidden })
            })
            .collect();

        // Which places get a pin, and the drawing order, follow the places' rank in the whole
        // bundle (busiest first), not the filtered counts: a filter change then adds or removes
        // only the pins of places that gained or lost every match, and moves none; big pins come
        // first, so small ones lie on top and stay clickable. Beyond MAX_PINS the city list has
        // them all.
        let rank = |i: u32| catalog.place_order[i as usize];
        let in_a_panel = |i: &u32| {
            let place = &bundle.places[*i as usize];
            PANELS.iter().any(|p| p.side == place.side && p.contains(place.lat, place.lon))
        };
        let mut pinned_places: Vec<u32> = with_matches.iter().copied().filter(in_a_panel).collect();
        pinned_places.sort_by_key(|&i| rank(i));
        let unpinned = pinned_places.len().saturating_sub(MAX_PINS);
        pinned_places.truncate(MAX_PINS);
        let pins: Vec<Pin> = pinned_places
            .iter()
            .filter_map(|&i| {
                let place = &bundle.places[i as usize];
                let panel = PANELS.iter().position(|p| p.side == place.side && p.contains(place.lat, place.lon))?;
                let (x, y) = PANELS[panel].project(place.lat, place.lon);
                let n = counts[i as usize];
                Some(Pin {
                    id: place.id.clone(),
                    name: match (t.lang, &place.name_zh) {
                        (crate::i18n::Lang::Zh, Some(zh)) => zh.clone(),
                        _ => place.name.clone(),
                    },
                    panel,
                    x,
                    y,
                    radius: pin_radius(n),
                    area: matches!(place.kind, PlaceKind::Region | PlaceKind::Province | PlaceKind::Country),
                    china: place.side == Side::China,
                    initiatives: n,
                    label: format!("{}{}{}{}{}", place.name_in(t.lang), t.comma, country_name(&place.country), t.colon, (t.count)(n as usize, Noun::Initiative)),
                    named: None,
                })
            })
            .collect();
        let mut pins = pins;
        name_pins(&mut pins);

        // Lines between pinned places, chosen the same way (the pairs of the highest-ranked
        // places) and drawn in the places' order: a filter change redraws no line it keeps.
        let pinned: std::collections::HashSet<u32> = pinned_places.iter().copied().collect();
        let mut lines: Vec<(u32, u32, u32)> =
            pairs.iter().copied().filter(|(e, c, _)| pinned.contains(e) && pinned.contains(c)).collect();
        lines.sort_by_key(|&(e, c, _)| (rank(e).max(rank(c)), rank(e).min(rank(c))));
        lines.truncate(MAX_LINES);
        lines.sort_by_key(|&(e, c, _)| (e, c));
        let lines = lines
            .into_iter()
            .map(|(e, c, n)| PartnerLine {
                europe: bundle.places[e as usize].id.clone(),
                china: bundle.places[c as usize].id.clone(),
                initiatives: n,
            })
            .collect();
        let pin_index = pins.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        Places { groups, pins, lines, unpinned, pin_index }
    }

    /// The pin of place `id`, if it has one: what each pin on the map reads after a change.
    pub fn pin(&self, id: &str) -> Option<&Pin> {
        self.pin_index.get(id).map(|&i| &self.pins[i])
    }

    /// What the drawn pin of place `id` shows now: hidden while the place has no match.
    pub fn look(&self, id: &str) -> PinLook {
        match self.pin(id) {
            None => PinLook { state: Some(PinLook::HIDDEN), ..PinLook::default() },
            Some(pin) => PinLook {
                state: pin.named.map(|side| if side == NameSide::Above { "named-above" } else { "named-below" }),
                mark: pin.mark_geometry(),
                name_y: pin.name_baseline(pin.named).to_string(),
                label: pin.label.clone(),
            },
        }
    }

    /// The places whose pins the map keeps in the page: those pinned now and those `drawn`
    /// before, in drawing order (rank in the whole bundle, as [`Places::pins`]). A pin whose
    /// place lost its matches stays, hidden, so a filter switched on and off again hides and
    /// shows pins instead of removing and rebuilding them — the map's costliest change. At most
    /// every place inside a panel.
    pub fn keep_drawn(&self, catalog: &Catalog, drawn: &[Id]) -> Vec<Id> {
        let mut kept: Vec<(u32, &Id)> = drawn
            .iter()
            .chain(self.pins.iter().map(|p| &p.id))
            .filter_map(|id| Some((catalog.place_order[catalog.place_ix(id)? as usize], id)))
            .collect();
        kept.sort_unstable();
        kept.dedup();
        kept.into_iter().map(|(_, id)| id.clone()).collect()
    }

    /// The city list's rows of `side`, if any place there matches.
    pub fn group(&self, side: Side) -> Option<&PlaceGroup> {
        self.groups.iter().find(|g| g.side == side)
    }

    /// The partner lines as layers by width, thinnest first (so the busiest lie on top), for
    /// the layout; only the lines of place `touching` when given (the lit lines of a pointed
    /// place). A line is as wide as its share of the busiest pair's initiatives allows.
    pub fn line_layers(&self, stacked: bool, touching: Option<&str>) -> Vec<LineLayer> {
        let at: HashMap<&str, (f64, f64)> = self.pins.iter().map(|p| (p.id.as_str(), p.at(stacked))).collect();
        let max = self.lines.iter().map(|l| l.initiatives).max().unwrap_or(1).max(1);
        let mut layers: Vec<LineLayer> = Vec::new();
        let drawn = self.lines.iter().filter(|l| touching.is_none_or(|id| l.europe == id || l.china == id));
        for line in drawn {
            let (Some(&from), Some(&to)) = (at.get(line.europe.as_str()), at.get(line.china.as_str())) else { continue };
            let width = 1 + ((f64::from(WIDEST_LINE - 1) * f64::from(line.initiatives) / f64::from(max)).round() as u8);
            let index = match layers.binary_search_by_key(&width, |l| l.width) {
                Ok(i) => i,
                Err(i) => {
                    layers.insert(i, LineLayer { width, d: String::new() });
                    i
                }
            };
            layers[index].d.push_str(&link_path(from, to));
        }
        layers
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Arc;

    use super::*;
    use crate::filter::{Query, Sort, Tab};
    use crate::synth::synthetic_bundle;

    fn check_against_real_filter_runs(catalog: &Catalog, query: &Query) {
        let results = catalog.filter(query, Tab::Initiatives, Sort::Date);
        let places = Places::of(catalog, &crate::i18n::ENGLISH, &results);
        let mut rows = 0;
        for group in &places.groups {
            for row in &group.rows {
                rows += 1;
                // The count is what choosing this place (instead of the current places) gives.
                let only_here = Query { places: vec![row.id.clone()], ..query.clone() };
                let here = catalog.filter(&only_here, Tab::Initiatives, Sort::Date);
                assert_eq!(row.initiatives as usize, here.matches.len(), "count of {}", row.id);
                // Partners: places on the other side named by a matching initiative that names this place.
                let side = catalog.place(&row.id).unwrap().side;
                let expected: BTreeSet<&str> = results
                    .matches
                    .iter()
                    .map(|&i| &catalog.bundle.initiatives[i as usize])
                    .filter(|i| i.places.contains(&row.id))
                    .flat_map(|i| i.places.iter())
                    .filter(|p| {
                        let other = catalog.place(p).unwrap().side;
                        side != Side::Other && other != Side::Other && other != side
                    })
                    .map(String::as_str)
                    .collect();
                let shown: BTreeSet<&str> = row.partners.iter().map(|e| e.target_id()).collect();
                assert!(shown.is_subset(&expected), "{}: {shown:?} ⊄ {expected:?}", row.id);
                assert_eq!(shown.len(), expected.len().min(MAX_PARTNERS_PER_ROW), "{}", row.id);
            }
        }
        let with_matches = results.counts.of(Facet::Place).iter().filter(|&&n| n > 0).count();
        let hidden: usize = places.groups.iter().map(|g| g.hidden).sum();
        assert_eq!(rows + hidden, with_matches);
        // Every pin is a row's place with the same number; every line joins two pins.
        for pin in &places.pins {
            let row = places.groups.iter().flat_map(|g| &g.rows).find(|r| r.id == pin.id);
            if let Some(row) = row {
                assert_eq!(row.initiatives, pin.initiatives);
            }
        }
        assert!(places.lines.len() <= MAX_LINES);
        let drawn: Vec<(u32, u32)> =
            places.lines.iter().map(|l| (catalog.place_ix(&l.europe).unwrap(), catalog.place_ix(&l.china).unwrap())).collect();
        assert!(drawn.windows(2).all(|w| w[0] < w[1]), "lines in the places' order");
        let order: Vec<u32> = places.pins.iter().map(|p| catalog.place_order[catalog.place_ix(&p.id).unwrap() as usize]).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "pins in the bundle-wide order");
        // The pins are the matching places ranked highest in the whole bundle.
        let worst_pinned = places.pins.iter().map(|p| catalog.place_order[catalog.place_ix(&p.id).unwrap() as usize]).max();
        let unpinned_ranks: Vec<u32> = catalog.bundle.places.iter().enumerate()
            .filter(|(i, p)| results.counts.of(Facet::Place)[*i] > 0 && !places.pins.iter().any(|pin| pin.id == p.id)
                && PANELS.iter().any(|panel| panel.side == p.side && panel.contains(p.lat, p.lon)))
            .map(|(i, _)| catalog.place_order[i])
            .collect();
        assert_eq!(unpinned_ranks.len(), places.unpinned);
        assert!(unpinned_ranks.iter().all(|&r| worst_pinned.is_none_or(|w| r > w)), "a higher-ranked place lacks a pin");
        for line in &places.lines {
            assert!(places.pins.iter().any(|p| p.id == line.europe) && places.pins.iter().any(|p| p.id == line.china));
        }
    }

    #[test]
    fn partner_pairs_count_the_matching_initiatives_that_name_both_places() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(3_000)));
        let query = Query { sectors: vec![catalog.bundle.sectors[0].id.clone()], ..Query::default() };
        let results = catalog.filter(&query, Tab::Initiatives, Sort::Date);
        let mut expected: HashMap<(u32, u32), u32> = HashMap::new();
        for &i in &results.matches {
            let places = &catalog.bundle.initiatives[i as usize].places;
            for (europe, china) in places.iter().flat_map(|e| places.iter().map(move |c| (e, c))) {
                let [e, c] = [europe, china].map(|id| catalog.place_ix(id).unwrap());
                let side = |p: u32| catalog.bundle.places[p as usize].side;
                if side(e) == Side::Europe && side(c) == Side::China {
                    *expected.entry((e, c)).or_default() += 1;
                }
            }
        }
        let pairs = partner_pairs(&catalog, results.matches.iter().copied());
        assert!(pairs.len() > 10, "{pairs:?}");
        let counted: HashMap<(u32, u32), u32> = pairs.iter().map(|&(e, c, n)| ((e, c), n)).collect();
        assert_eq!(counted, expected);
        assert!(pairs.windows(2).all(|w| w[0].2 >= w[1].2), "most shared first");
    }

    #[test]
    fn every_number_on_the_map_and_city_list_is_a_real_filter_run() {
        // 6,000 initiatives: more places than pins, more pairs than lines.
        let catalog = Catalog::new(Arc::new(synthetic_bundle(6_000)));
        let sector = catalog.bundle.sectors[0].id.clone();
        let place = catalog.bundle.places[3].id.clone();
        for query in [
            Query::default(),
            Query { sectors: vec![sector.clone()], ..Query::default() },
            Query { sides: vec![Side::China], text: "a".into(), ..Query::default() },
            Query { places: vec![place], from: Some(2016), ..Query::default() },
        ] {
            check_against_real_filter_runs(&catalog, &query);
        }
        let all = Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date));
        assert!(all.unpinned > 0 && all.pins.len() == MAX_PINS, "the test takes the capped path");
        assert_eq!(all.lines.len(), MAX_LINES, "the test takes the capped path");
    }

    #[test]
    fn line_layers_draw_every_line_once_and_a_pointed_place_its_own() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(6_000)));
        let places = Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date));
        let segments = |layers: &[LineLayer]| -> Vec<(u8, String)> {
            layers.iter().flat_map(|l| l.d.split('M').skip(1).map(move |s| (l.width, format!("M{s}")))).collect()
        };
        for stacked in [false, true] {
            let layers = places.line_layers(stacked, None);
            assert!(layers.windows(2).all(|w| w[0].width < w[1].width), "one layer per width, thinnest first");
            assert!(layers.iter().all(|l| (1..=WIDEST_LINE).contains(&l.width)));
            assert_eq!(layers.last().map(|l| l.width), Some(WIDEST_LINE), "the busiest pair is drawn widest");
            let at = |id: &str| places.pins.iter().find(|p| p.id == id).unwrap().at(stacked);
            let mut expected: Vec<String> = places.lines.iter().map(|l| crate::map::link_path(at(&l.europe), at(&l.china))).collect();
            let mut drawn: Vec<String> = segments(&layers).into_iter().map(|(_, d)| d).collect();
            expected.sort();
            drawn.sort();
            assert_eq!(drawn, expected, "every line drawn, once");
            // A pointed place lights its own lines, at their widths, and no other.
            let place = &places.lines[0].europe;
            let own = segments(&places.line_layers(stacked, Some(place)));
            let all = segments(&layers);
            let touching: Vec<&PartnerLine> = places.lines.iter().filter(|l| &l.europe == place || &l.china == place).collect();
            assert_eq!(own.len(), touching.len());
            assert!(own.iter().all(|segment| all.contains(segment)));
        }
    }

    /// A 6,000-initiative catalog, its places unfiltered, and under its first sector.
    fn unfiltered_and_narrowed() -> (Catalog, Places, Places) {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(6_000)));
        let places_under = |query: &Query| Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(query, Tab::Initiatives, Sort::Date));
        let all = places_under(&Query::default());
        let narrow = places_under(&Query { sectors: vec![catalog.bundle.sectors[0].id.clone()], ..Query::default() });
        (catalog, all, narrow)
    }

    #[test]
    fn pins_once_drawn_stay_in_drawing_order() {
        let (catalog, all, narrow) = unfiltered_and_narrowed();
        assert!(all.pins.iter().any(|p| !narrow.pins.iter().any(|q| q.id == p.id)), "the filter hides pins for this test to mean something");
        let ids = |p: &Places| p.pins.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        let first = narrow.keep_drawn(&catalog, &[]);
        assert_eq!(first, ids(&narrow), "nothing drawn before: the pins, in their order");
        // Switched off again: every pin of either screen, in the same relative order as each.
        let kept = all.keep_drawn(&catalog, &first);
        let position = |id: &Id| kept.iter().position(|k| k == id).unwrap();
        for screen in [&narrow, &all] {
            let order: Vec<usize> = screen.pins.iter().map(|p| position(&p.id)).collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "drawing order kept");
        }
        assert_eq!(kept.len(), all.pins.iter().map(|p| &p.id).chain(first.iter()).collect::<BTreeSet<_>>().len(), "each place once");
        assert_eq!(narrow.keep_drawn(&catalog, &kept), kept, "a pool only grows");
        for id in &kept {
            assert_eq!(narrow.pin(id), narrow.pins.iter().find(|p| &p.id == id), "{id}");
        }
    }

    #[test]
    fn pins_grow_with_their_counts_in_half_units() {
        let radii: Vec<f64> = (1..=400).map(pin_radius).collect();
        assert!(radii.windows(2).all(|w| w[0] <= w[1]), "never smaller for more initiatives");
        assert!(radii.iter().all(|r| (r * 2.0).fract() == 0.0), "half units");
        assert!(radii[..5].windows(2).all(|w| w[0] < w[1]), "one to five initiatives look different: {:?}", &radii[..5]);
        assert_eq!(pin_radius(100), pin_radius(101), "a count moving a little at the top keeps its pin");
    }

    #[test]
    fn a_pin_looks_hidden_without_a_match_and_sized_and_labelled_with_one() {
        let (_, all, narrow) = unfiltered_and_narrowed();
        let gone = all.pins.iter().find(|p| narrow.pin(&p.id).is_none()).expect("the filter hides a pin");
        assert_eq!(narrow.look(&gone.id), PinLook { state: Some(PinLook::HIDDEN), ..PinLook::default() });
        assert_ne!(all.look(&gone.id), narrow.look(&gone.id), "shown again when the filter goes");
        for pin in &all.pins {
            let look = all.look(&pin.id);
            assert_eq!(look.label, pin.label);
            // The synthetic bundle's places are all cities (circles); squares have a test below.
            assert_eq!(look.mark, vec![("r", pin.radius.to_string())], "{}", pin.id);
            let name_y: f64 = look.name_y.parse().unwrap();
            match pin.named {
                // The name drawn where the labelling checked that it fits.
                Some(side) => assert!((pin.y + name_y - (pin.name_area(side).3 - NAME_SIZE * 0.25)).abs() < 1e-9, "{}", pin.id),
                None => assert!(name_y < -pin.radius, "{}: a pointed-at name sits above the mark", pin.id),
            }
            let named = look.state.map(|s| s.starts_with("named-"));
            assert_eq!(named.unwrap_or(false), pin.named.is_some(), "{}: {:?}", pin.id, look.state);
        }
        assert!(all.pins.iter().any(|p| all.look(&p.id).state == Some("named-above")), "some names fit above their pins");
    }

    #[test]
    fn a_square_mark_is_centred_on_its_place_and_a_little_smaller_than_the_circle() {
        let circle = Pin {
            id: "p".into(),
            name: "P".into(),
            panel: 0,
            x: 0.0,
            y: 0.0,
            radius: 10.0,
            area: false,
            china: false,
            initiatives: 1,
            label: String::new(),
            named: None,
        };
        let square = Pin { area: true, ..circle.clone() };
        assert_eq!(circle.mark_geometry(), vec![("r", "10".to_owned())]);
        assert_eq!(
            square.mark_geometry(),
            vec![("x", "-9".to_owned()), ("y", "-9".to_owned()), ("width", "18".to_owned()), ("height", "18".to_owned())]
        );
    }

    #[test]
    fn the_busiest_rows_keep_the_lists_order() {
        let catalog = Catalog::new(Arc::new(synthetic_bundle(2_000)));
        let places = Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date));
        let group = &places.groups[0];
        assert!(group.rows.len() > 10);
        let first = group.busiest(10);
        assert_eq!(first.len(), 10);
        let least_shown = first.iter().map(|r| r.initiatives).min().unwrap();
        assert!(group.rows.iter().filter(|r| !first.iter().any(|f| f.id == r.id)).all(|r| r.initiatives <= least_shown));
        let order: Vec<usize> = first.iter().map(|f| group.rows.iter().position(|r| r.id == f.id).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "country order kept");
        assert_eq!(group.busiest(10_000).len(), group.rows.len());
    }

    #[test]
    fn partners_follow_the_filters_like_the_lines() {
        let catalog = super::super::small_catalog();
        let all = Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(&Query::default(), Tab::Initiatives, Sort::Date));
        let chengdu = all.groups.iter().flat_map(|g| &g.rows).find(|r| r.id == "chengdu").unwrap();
        assert_eq!(chengdu.partners.iter().map(|e| e.label.as_str()).collect::<Vec<_>>(), ["Málaga"]);
        assert_eq!(all.lines.len(), 1);
        let layers = all.line_layers(false, None);
        assert_eq!(layers.len(), 1);
        assert_eq!(layers[0].d.matches('M').count(), 1);
        // A search that leaves no shared initiative leaves no partner and no line.
        let none = Query { text: "zzzz-nothing".into(), ..Query::default() };
        let filtered = Places::of(&catalog, &crate::i18n::ENGLISH, &catalog.filter(&none, Tab::Initiatives, Sort::Date));
        assert!(filtered.groups.iter().flat_map(|g| &g.rows).all(|r| r.partners.is_empty()));
        assert!(filtered.lines.is_empty());
    }
}
