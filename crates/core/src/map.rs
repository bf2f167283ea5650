//! The map's geometry: two panels (Europe, China), each an equirectangular projection of a
//! fixed box, scaled by the cosine of its middle latitude so shapes look right. Shared by the
//! outline builder (`examples/build_outlines.rs`) and the map view, so pins and coastlines agree.
//!
//! Invariant: plain Rust (no leptos, no web_sys): the crate has no such dependency.

use serde::{Deserialize, Serialize};

use crate::model::Side;

/// One panel of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Panel {
    pub side: Side,
    pub title: &'static str,
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

/// Height of every panel in map units; widths follow from each box's shape.
pub const PANEL_HEIGHT: f64 = 400.0;

pub const EUROPE: Panel =
    Panel { side: Side::Europe, title: "Europe", west: -11.0, east: 32.0, south: 35.0, north: 61.5 };
pub const CHINA: Panel = Panel { side: Side::China, title: "China", west: 73.0, east: 135.5, south: 17.5, north: 54.0 };
pub const PANELS: [Panel; 2] = [EUROPE, CHINA];

impl Panel {
    fn x_scale(&self) -> f64 {
        ((self.south + self.north) / 2.0).to_radians().cos()
    }

    /// Width in map units.
    pub fn width(&self) -> f64 {
        PANEL_HEIGHT * (self.east - self.west) * self.x_scale() / (self.north - self.south)
    }

    /// Map units of a longitude/latitude, origin top-left of the panel.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let x = (lon - self.west) / (self.east - self.west) * self.width();
        let y = (self.north - lat) / (self.north - self.south) * PANEL_HEIGHT;
        (x, y)
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
    }

    /// The panel a place of `side` is drawn in.
    pub fn for_side(side: Side) -> Option<Panel> {
        PANELS.into_iter().find(|p| p.side == side)
    }
}

/// The coastlines and borders of each panel, as SVG path data in panel units
/// (`public/data/outlines.json`, made by `crates/core/examples/build_outlines.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlines {
    pub attribution: String,
    pub panels: Vec<PanelOutline>,
}

impl Outlines {
    /// The path data of `side`'s panel (none if the file lacks it).
    pub fn paths_for(&self, side: Side) -> &[String] {
        self.panels.iter().find(|p| p.side == side).map_or(&[], |p| p.paths.as_slice())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelOutline {
    /// `europe` or `china`.
    pub side: Side,
    /// One SVG path per country.
    pub paths: Vec<String>,
}

/// Where each panel sits in the combined drawing: side by side, or stacked on narrow screens.
pub fn panel_offsets(stacked: bool) -> [(f64, f64); 2] {
    const GAP: f64 = 40.0;
    if stacked { [(0.0, 0.0), (0.0, PANEL_HEIGHT + GAP)] } else { [(0.0, 0.0), (EUROPE.width() + GAP, 0.0)] }
}

/// Size of the combined drawing.
pub fn canvas_size(stacked: bool) -> (f64, f64) {
    let [_, (x, y)] = panel_offsets(stacked);
    if stacked { (EUROPE.width().max(CHINA.width()), y + PANEL_HEIGHT) } else { (x + CHINA.width(), PANEL_HEIGHT) }
}

/// A curve from one point to another that bows away from the straight line, for partner links.
pub fn link_path(from: (f64, f64), to: (f64, f64)) -> String {
    let (mx, my) = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    // Control point: the midpoint pushed sideways by a fifth of the distance.
    let (cx, cy) = (mx - dy * 0.2, my + dx * 0.2 - (dx.abs() * 0.15));
    format!("M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}", from.0, from.1, cx, cy, to.0, to.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_project_to_the_panel_edges() {
        assert_eq!(CHINA.project(CHINA.north, CHINA.west), (0.0, 0.0));
        let (x, y) = CHINA.project(CHINA.south, CHINA.east);
        assert!((x - CHINA.width()).abs() < 1e-9 && (y - PANEL_HEIGHT).abs() < 1e-9);
    }

    #[test]
    fn cities_land_in_their_panels() {
        // Chengdu and Málaga, from the real data.
        assert!(CHINA.contains(30.66, 104.07));
        assert!(EUROPE.contains(36.72, -4.42));
        let (x, y) = CHINA.project(30.66, 104.07);
        assert!(x > 0.0 && x < CHINA.width() && y > 0.0 && y < PANEL_HEIGHT);
    }

    #[test]
    fn layouts_fit_both_panels() {
        let (w, h) = canvas_size(false);
        assert!(w > EUROPE.width() + CHINA.width() && h == PANEL_HEIGHT);
        let (w, h) = canvas_size(true);
        assert!(w >= CHINA.width() && h > 2.0 * PANEL_HEIGHT);
    }
}
