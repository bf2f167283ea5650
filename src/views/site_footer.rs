use leptos::prelude::*;

/// Closing line: where the data comes from and what the app is made with.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Every fact comes from the European Cluster Collaboration Platform's "
                <cite>"Discussion paper on China"</cite>
                " (2019) and the 2015–2016 EU–China city pilot projects, and cites where."
            </p>
        </footer>
    }
}
