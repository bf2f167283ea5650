//! Builds `public/data/outlines.json` — the coastlines and borders behind the map's two panels —
//! from Natural Earth (public domain), as shipped in TopoJSON by the npm package `world-atlas`.
//! Run through `./dev outlines`, which installs world-atlas into `.tools/` first.
//!
//! Steps: decode the TopoJSON arcs, keep the countries that touch a panel, project them with the
//! app's own projection (`map.rs`), clamp far-away points to just outside the panel, simplify
//! (Douglas–Peucker, 0.6 map units), and write one SVG path per country with whole-unit
//! relative coordinates.

use explorer_core::map::{Outlines, PANEL_HEIGHT, PANELS, Panel, PanelOutline};
use serde_json::Value;

const TOLERANCE: f64 = 0.6;
const MARGIN: f64 = 8.0;

fn main() {
    let input = std::env::args().nth(1).unwrap_or_else(|| ".tools/node_modules/world-atlas/countries-50m.json".into());
    let output = std::env::args().nth(2).unwrap_or_else(|| "public/data/outlines.json".into());
    let text = std::fs::read_to_string(&input).unwrap_or_else(|e| panic!("read {input}: {e} (run ./dev outlines)"));
    let topology: Value = serde_json::from_str(&text).expect("TopoJSON");
    let arcs = decode_arcs(&topology);
    let countries = topology["objects"]["countries"]["geometries"].as_array().expect("countries");

    let panels = PANELS
        .iter()
        .map(|panel| {
            let mut paths = Vec::new();
            for country in countries {
                let polygons: Vec<Vec<Vec<i64>>> = match country["type"].as_str() {
                    Some("Polygon") => vec![rings(&country["arcs"])],
                    Some("MultiPolygon") => country["arcs"].as_array().unwrap().iter().map(rings).collect(),
                    _ => continue,
                };
                let mut d = String::new();
                for polygon in polygons {
                    for ring in polygon {
                        let points = ring_points(&ring, &arcs);
                        if !touches(panel, &points) {
                            continue;
                        }
                        let projected: Vec<(f64, f64)> =
                            points.iter().map(|&(lon, lat)| clamp(panel, panel.project(lat, lon))).collect();
                        let simple = simplify(&projected, TOLERANCE);
                        if simple.len() >= 3 {
                            d.push_str(&svg_ring(&simple));
                        }
                    }
                }
                if !d.is_empty() {
                    paths.push(d);
                }
            }
            PanelOutline { side: panel.side, paths }
        })
        .collect();

    let outlines = Outlines { attribution: "Made with Natural Earth".into(), panels };
    std::fs::write(&output, serde_json::to_string(&outlines).unwrap()).expect("write the outlines");
    println!("{output}: {} bytes", std::fs::metadata(&output).unwrap().len());
}

/// Arcs as absolute longitude/latitude points (TopoJSON stores quantised deltas).
fn decode_arcs(topology: &Value) -> Vec<Vec<(f64, f64)>> {
    let scale = &topology["transform"]["scale"];
    let translate = &topology["transform"]["translate"];
    let (sx, sy) = (scale[0].as_f64().unwrap(), scale[1].as_f64().unwrap());
    let (tx, ty) = (translate[0].as_f64().unwrap(), translate[1].as_f64().unwrap());
    topology["arcs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    x += p[0].as_i64().unwrap();
                    y += p[1].as_i64().unwrap();
                    (x as f64 * sx + tx, y as f64 * sy + ty)
                })
                .collect()
        })
        .collect()
}

fn rings(polygon: &Value) -> Vec<Vec<i64>> {
    polygon
        .as_array()
        .unwrap()
        .iter()
        .map(|ring| ring.as_array().unwrap().iter().map(|i| i.as_i64().unwrap()).collect())
        .collect()
}

/// A ring's points; a negative arc index `~i` means arc `i` reversed.
fn ring_points(ring: &[i64], arcs: &[Vec<(f64, f64)>]) -> Vec<(f64, f64)> {
    let mut points = Vec::new();
    for &index in ring {
        let mut arc = if index >= 0 {
            arcs[index as usize].clone()
        } else {
            arcs[!index as usize].iter().rev().copied().collect()
        };
        if !points.is_empty() {
            arc.remove(0);
        }
        points.extend(arc);
    }
    points
}

fn touches(panel: &Panel, points: &[(f64, f64)]) -> bool {
    let (mut w, mut e, mut s, mut n) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(lon, lat) in points {
        (w, e, s, n) = (w.min(lon), e.max(lon), s.min(lat), n.max(lat));
    }
    w <= panel.east && e >= panel.west && s <= panel.north && n >= panel.south
}

fn clamp(panel: &Panel, (x, y): (f64, f64)) -> (f64, f64) {
    (x.clamp(-MARGIN, panel.width() + MARGIN), y.clamp(-MARGIN, PANEL_HEIGHT + MARGIN))
}

/// Douglas–Peucker on a closed ring.
fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = (dx * dx + dy * dy).sqrt();
        if length == 0.0 {
            return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
        }
        ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() / length
    }
    fn recurse(points: &[(f64, f64)], tolerance: f64, keep: &mut Vec<bool>, offset: usize) {
        if points.len() < 3 {
            return;
        }
        let (first, last) = (points[0], points[points.len() - 1]);
        let (index, max) = points[1..points.len() - 1]
            .iter()
            .enumerate()
            .map(|(i, &p)| (i + 1, distance(p, first, last)))
            .fold((0, 0.0), |best, item| if item.1 > best.1 { item } else { best });
        if max > tolerance {
            keep[offset + index] = true;
            recurse(&points[..=index], tolerance, keep, offset);
            recurse(&points[index..], tolerance, keep, offset + index);
        }
    }
    let mut keep = vec![false; points.len()];
    if points.is_empty() {
        return Vec::new();
    }
    keep[0] = true;
    keep[points.len() - 1] = true;
    // Split the closed ring at its farthest point so both halves simplify well.
    let far = (1..points.len())
        .max_by(|&i, &j| {
            distance(points[i], points[0], points[0]).total_cmp(&distance(points[j], points[0], points[0]))
        })
        .unwrap_or(0);
    if far > 0 {
        keep[far] = true;
        recurse(&points[..=far], tolerance, &mut keep, 0);
        recurse(&points[far..], tolerance, &mut keep, far);
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// `M x y l dx dy … z` in whole map units (fine at the size the map is drawn).
fn svg_ring(points: &[(f64, f64)]) -> String {
    let rounded: Vec<(i64, i64)> = points.iter().map(|&(x, y)| (x.round() as i64, y.round() as i64)).collect();
    let mut d = format!("M{} {}", rounded[0].0, rounded[0].1);
    let mut previous = rounded[0];
    let mut first = true;
    for &point in &rounded[1..] {
        let (dx, dy) = (point.0 - previous.0, point.1 - previous.1);
        if dx == 0 && dy == 0 {
            continue;
        }
        d.push_str(if first { "l" } else { " " });
        first = false;
        d.push_str(&format!("{dx} {dy}"));
        previous = point;
    }
    d.push('z');
    d
}
