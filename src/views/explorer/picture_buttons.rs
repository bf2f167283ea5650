//! "Download image (SVG)" and "(PNG)" under a drawing: the drawing framed like a figure in a
//! report (see `crate::picture`).

use leptos::prelude::*;

use explorer_core::export::PictureText;

/// Two buttons that save the `<svg>` matching `drawing` with the words `words` gives.
#[component]
pub fn PictureButtons(
    /// CSS selector of the drawing on screen.
    drawing: &'static str,
    /// File name without extension: `eu-china-map` gives `eu-china-map.svg` and `.png`.
    file: &'static str,
    /// The title, filters, legend and sources to put around it, read when a button is pressed.
    words: impl Fn() -> PictureText + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let save = move |png: bool| {
        let Some(svg) = document().query_selector(drawing).ok().flatten() else { return };
        let saved = crate::picture::standalone_svg(&svg, &words()).and_then(|(text, width, height)| {
            if png {
                crate::picture::save_png(&format!("{file}.png"), &text, width, height)
            } else {
                crate::download::save_text(&format!("{file}.svg"), "image/svg+xml", &text)
            }
        });
        if let Err(error) = saved {
            leptos::logging::warn!("the picture could not be made: {error:?}");
        }
    };
    let t = crate::views::use_strings();
    view! {
        <span class="pictures">
            <button type="button" class="button button--secondary" on:click=move |_| save(false)>{t.download_svg}</button>
            <button type="button" class="button button--secondary" on:click=move |_| save(true)>{t.download_png}</button>
        </span>
    }
}
