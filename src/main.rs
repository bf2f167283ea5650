//! Entry point of the WebAssembly app: mounts the root view. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(eu_china_explorer::views::App);
}
