use leptos::prelude::*;

use super::{LanguageSwitch, use_strings};
use explorer_core::url_state::{Notice, ViewState};

/// The site's banner: product name and what it is for.
#[component]
pub fn SiteHeader(
    /// The URL's state, for the language switch.
    parsed: Memo<(ViewState, Vec<Notice>)>,
) -> impl IntoView {
    let t = use_strings();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__brand">
                    <span class="site-header__mark" aria-hidden="true"></span>
                    {t.site_name}
                </p>
                <p class="site-header__tagline">{t.site_tagline}</p>
                <LanguageSwitch parsed />
            </div>
        </header>
    }
}
