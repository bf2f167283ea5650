//! Entry point of the WebAssembly app: mounts the root view. Everything else lives in the library.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
    // index.html's header is on screen first (see examples/postbuild.rs): a frame's callbacks
    // run before it is painted, so the app mounts in the frame after the next one, once the
    // header has been drawn, and the visitor sees the page while the app builds its first view.
    use leptos::prelude::request_animation_frame;
    request_animation_frame(|| request_animation_frame(|| leptos::mount::mount_to_body(eu_china_explorer::views::App)));
}

/// Size of the app's WebAssembly memory, read by the browser benchmark (`window.wasmBindings`).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}
