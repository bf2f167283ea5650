//! "Embed this view": the code an editor pastes into another site, on every view.

use std::time::Duration;

use leptos::prelude::*;

use super::share::copy_text;
use super::use_explorer;
use explorer_core::export::{EmbedForm, default_embed_height, embed_code, embed_script_address};
use explorer_core::url_state::Go;

/// A disclosure with the embed code of the current view: with the resizer script (the iframe
/// fits its content) or the iframe alone (a fixed height, for pages that strip scripts), the
/// height to use without the script, and a copy button that says when it has copied.
#[component]
pub fn EmbedThisView() -> impl IntoView {
    let explorer = use_explorer();
    let t = explorer.t;
    let open = RwSignal::new(false);
    let form = RwSignal::new(EmbedForm::WithScript);
    let default_height = Memo::new(move |_| explorer.state.with(default_embed_height));
    // `None` until the editor types a height: then the view's own default follows the view.
    let typed_height = RwSignal::new(None::<u32>);
    let height = move || typed_height.get().unwrap_or_else(|| default_height.get());
    let copied = RwSignal::new(None::<bool>);
    let code = move || {
        explorer.state.track();
        // The resizer sits beside the explorer's page: its address is the iframe's, less the query.
        let iframe = explorer.address(&Go::Embedded);
        embed_code(t, &iframe, &embed_script_address(&iframe), height(), form.get())
    };
    let copy = move |_| {
        copy_text(&code(), move |ok| copied.set(Some(ok)));
        set_timeout(move || copied.set(None), Duration::from_secs(4));
    };
    let choose = move |chosen: EmbedForm| move |_| form.set(chosen);
    let set_height = move |ev: leptos::ev::Event| {
        typed_height.set(event_target_value(&ev).trim().parse::<u32>().ok().map(|h| h.clamp(240, 4000)));
    };
    view! {
        <div class="embed-this">
            <button type="button" class="button button--secondary" aria-expanded=move || open.get().to_string()
                aria-controls="embed-panel" on:click=move |_| open.update(|o| *o = !*o)>
                {t.embed_this_view}
            </button>
            <div id="embed-panel" class="embed-this__panel" hidden=move || !open.get()>
                <fieldset class="embed-this__forms">
                    <legend>{t.code_for}</legend>
                    <label><input type="radio" name="embed-form" prop:checked=move || form.get() == EmbedForm::WithScript on:change=choose(EmbedForm::WithScript) />
                        {t.code_with_script}</label>
                    <label><input type="radio" name="embed-form" prop:checked=move || form.get() == EmbedForm::IframeOnly on:change=choose(EmbedForm::IframeOnly) />
                        {t.code_iframe_only}</label>
                </fieldset>
                <label class="embed-this__height">
                    {t.height_without_script}
                    <input type="number" inputmode="numeric" min="240" max="4000" prop:value=move || height().to_string() on:change=set_height />
                </label>
                <label class="cite">
                    <span>{t.code_for_page}</span>
                    // Written while the panel is open only: a closed panel would otherwise
                    // rewrite its code on every change of the screen.
                    <textarea readonly rows="5">{move || open.get().then(code)}</textarea>
                </label>
                <button type="button" class="button" on:click=copy>{t.copy_code}</button>
                <span class="share__status" role="status">{move || match copied.get() {
                    Some(true) => t.code_copied,
                    Some(false) => t.code_copy_failed,
                    None => "",
                }}</span>
            </div>
        </div>
    }
}
