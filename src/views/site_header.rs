use leptos::prelude::*;

/// The site's banner: product name and what it is for.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__brand">
                    <span class="site-header__mark" aria-hidden="true"></span>
                    "EU–China Cluster Cooperation Explorer"
                </p>
                <p class="site-header__tagline">
                    "Sectors, cities, organisations, missions, agreements and pilot projects — with their sources."
                </p>
            </div>
        </header>
    }
}
