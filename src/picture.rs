//! Browser I/O for "Download image": a standalone SVG of a drawing on screen, framed like a
//! figure in a report (title, filters, legend, credit, source), and a PNG of it at twice the
//! pixel density. Made from the app's own SVG; text stays text. No data logic here: the words
//! come from the core (`export::PictureText`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use explorer_core::export::PictureText;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// Width of the picture in CSS pixels (the PNG has twice as many).
const WIDTH: f64 = 1200.0;
const MARGIN: f64 = 24.0;
const LINE: f64 = 22.0;

/// Presentation properties copied from the page's computed style, so the picture looks the
/// same outside the page's stylesheet.
const PAINT: [&str; 14] = [
    "fill", "stroke", "stroke-width", "stroke-opacity", "fill-opacity", "opacity", "font-family", "font-size",
    "font-weight", "text-anchor", "paint-order", "stroke-linecap", "stroke-linejoin", "display",
];
/// Geometry the stylesheet sets through CSS properties (pin sizes, label offsets).
const GEOMETRY: [&str; 5] = ["r", "x", "y", "width", "height"];

fn element(document: &web_sys::Document, name: &str) -> Result<web_sys::Element, JsValue> {
    document.create_element_ns(Some(SVG_NS), name)
}

fn text_line(document: &web_sys::Document, text: &str, y: f64, size: f64, bold: bool, colour: &str) -> Result<web_sys::Element, JsValue> {
    let line = element(document, "text")?;
    for (name, value) in [("x", MARGIN.to_string()), ("y", y.to_string()), ("font-size", size.to_string()), ("fill", colour.into())] {
        line.set_attribute(name, &value)?;
    }
    if bold {
        line.set_attribute("font-weight", "700")?;
    }
    line.set_text_content(Some(text));
    Ok(line)
}

/// The drawing `source` (an `<svg>` on screen) as a standalone SVG document with `words`
/// around it, and its size in CSS pixels.
pub fn standalone_svg(source: &web_sys::Element, words: &PictureText) -> Result<(String, f64, f64), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let drawing: web_sys::Element = source.clone_node_with_deep(true)?.dyn_into()?;
    // Copy the computed look of every element onto its copy, in document order; what is not
    // shown (hidden pins) is left out.
    let originals = source.query_selector_all("*")?;
    let copies = drawing.query_selector_all("*")?;
    let mut not_shown = Vec::new();
    for i in 0..originals.length().min(copies.length()) {
        let (Some(original), Some(copy)) = (originals.item(i), copies.item(i)) else { continue };
        let (original, copy): (web_sys::Element, web_sys::Element) = (original.dyn_into()?, copy.dyn_into()?);
        let Some(style) = window.get_computed_style(&original)? else { continue };
        if style.get_property_value("display")? == "none" {
            not_shown.push(copy);
            continue;
        }
        for property in PAINT {
            let value = style.get_property_value(property)?;
            if !value.is_empty() {
                copy.set_attribute(property, &value)?;
            }
        }
        let tag = original.tag_name();
        if tag == "circle" || tag == "rect" {
            for property in GEOMETRY {
                let value = style.get_property_value(property)?;
                if let Some(number) = value.strip_suffix("px").filter(|v| v.parse::<f64>().is_ok()) {
                    if original.has_attribute(property) {
                        copy.set_attribute(property, number)?;
                    }
                }
            }
        }
        let transform = style.get_property_value("transform")?;
        if tag == "text" && transform.starts_with("matrix(") {
            copy.set_attribute("transform", &transform.replace(',', " "))?;
        }
        copy.remove_attribute("style")?;
        copy.remove_attribute("tabindex")?;
    }
    for copy in not_shown {
        copy.remove();
    }
    let view_box = source.get_attribute("viewBox").unwrap_or_default();
    let parts: Vec<f64> = view_box.split_whitespace().filter_map(|p| p.parse().ok()).collect();
    let aspect = if parts.len() == 4 && parts[2] > 0.0 { parts[3] / parts[2] } else { 0.5 };
    let map_width = WIDTH - 2.0 * MARGIN;
    let map_height = map_width * aspect;
    let map_top = MARGIN + 2.2 * LINE;
    let height = map_top + map_height + (words.below.len() as f64 + 1.0) * LINE + MARGIN;
    drawing.set_attribute("x", &MARGIN.to_string())?;
    drawing.set_attribute("y", &map_top.to_string())?;
    drawing.set_attribute("width", &map_width.to_string())?;
    drawing.set_attribute("height", &map_height.to_string())?;
    drawing.remove_attribute("class")?;

    let picture = element(&document, "svg")?;
    for (name, value) in [
        ("xmlns", SVG_NS.to_owned()),
        ("width", WIDTH.to_string()),
        ("height", height.to_string()),
        ("viewBox", format!("0 0 {WIDTH} {height}")),
        ("font-family", "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif".to_owned()),
    ] {
        picture.set_attribute(name, &value)?;
    }
    let background = element(&document, "rect")?;
    for (name, value) in [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")] {
        background.set_attribute(name, value)?;
    }
    picture.append_child(&background)?;
    let title = text_line(&document, &words.title, MARGIN + 18.0, 24.0, true, "#1b1f29")?;
    picture.append_child(&title)?;
    let filters = text_line(&document, &words.filters, MARGIN + 18.0 + LINE * 1.1, 15.0, false, "#4a5263")?;
    picture.append_child(&filters)?;
    picture.append_child(&drawing)?;
    let below = map_top + map_height + LINE;
    for (i, line) in words.below.iter().enumerate() {
        let words_line = text_line(&document, line, below + i as f64 * LINE, 13.0, false, "#4a5263")?;
        picture.append_child(&words_line)?;
    }
    let text = web_sys::XmlSerializer::new()?.serialize_to_string(&picture)?;
    Ok((text, WIDTH, height))
}

/// Offers the SVG `svg` (`width` × `height` CSS pixels) as a PNG at twice the pixel density.
pub fn save_png(name: &str, svg: &str, width: f64, height: f64) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let image = web_sys::HtmlImageElement::new()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width * 2.0) as u32);
    canvas.set_height((height * 2.0) as u32);
    let name = name.to_owned();
    let drawn = image.clone();
    let on_load = Closure::once_into_js(move || {
        let draw = || -> Result<(), JsValue> {
            let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
            context.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, width * 2.0, height * 2.0)?;
            let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    let _ = crate::download::save_blob(&name, &blob);
                }
            });
            canvas.to_blob(on_blob.unchecked_ref())
        };
        if let Err(error) = draw() {
            leptos::logging::warn!("the PNG could not be drawn: {error:?}");
        }
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    // A data: address, which a strict Content-Security-Policy (img-src 'self' data:) allows.
    let encoded = js_sys::encode_uri_component(svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    Ok(())
}
