use leptos::prelude::*;

/// Says why the data could not be shown, and offers to try again.
#[component]
pub fn LoadFailed(
    /// The errors caught by the surrounding `ErrorBoundary`.
    errors: ArcRwSignal<Errors>,
    /// Downloads the bundle again.
    retry: Callback<()>,
) -> impl IntoView {
    let messages = move || {
        errors.with(|errors| errors.iter().map(|(_, error)| error.to_string()).collect::<Vec<_>>())
    };
    view! {
        <section class="panel load-failed" role="alert" aria-labelledby="load-failed-title">
            <h2 id="load-failed-title">"The cooperation data could not be shown"</h2>
            <ul class="problems">
                {move || messages().into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}
            </ul>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        </section>
    }
}
