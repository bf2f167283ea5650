use leptos::prelude::*;

use explorer_core::load::LoadError;
use explorer_core::validate::Problem;

/// More problems than this are summarised: a list of thousands helps nobody.
const MAX_PROBLEMS_SHOWN: usize = 100;

/// Says why the data could not be shown — every problem of an invalid bundle, by record and
/// field — and offers to try again.
#[component]
pub fn LoadFailed(
    /// The errors caught by the surrounding `ErrorBoundary`.
    errors: ArcRwSignal<Errors>,
    /// Downloads the bundle again.
    retry: Callback<()>,
) -> impl IntoView {
    let t = super::use_strings();
    let reports = move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, error)| {
                    let load_error = error.downcast_ref::<LoadError>();
                    let problems = match load_error {
                        Some(LoadError::Invalid { problems }) => problems.clone(),
                        _ => Vec::new(),
                    };
                    let message = load_error.map_or_else(|| error.to_string(), t.load_error);
                    view! {
                        <p class="load-failed__message">{message}</p>
                        <ProblemList problems />
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="panel load-failed" role="alert" aria-labelledby="load-failed-title">
            <h2 id="load-failed-title">{t.load_failed_title}</h2>
            {reports}
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {t.try_again}
            </button>
        </section>
    }
}

/// The validation problems of a bundle, as a table an editor can work through.
#[component]
fn ProblemList(
    /// Problems reported by the validator (may be empty).
    problems: Vec<Problem>,
) -> impl IntoView {
    if problems.is_empty() {
        return None;
    }
    let t = super::use_strings();
    let hidden = problems.len().saturating_sub(MAX_PROBLEMS_SHOWN);
    let rows = problems
        .into_iter()
        .take(MAX_PROBLEMS_SHOWN)
        .map(|p| view! { <tr><td>{p.record}</td><td>{p.field}</td><td>{(t.flaw)(&p.flaw)}</td></tr> })
        .collect_view();
    Some(view! {
        <div class="problems">
            <table>
                <caption class="visually-hidden">{t.problems_caption}</caption>
                <thead><tr><th scope="col">{t.problem_record}</th><th scope="col">{t.problem_field}</th><th scope="col">{t.problem_text}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {(hidden > 0).then(|| view! { <p>{(t.and_more)(hidden)}</p> })}
        </div>
    })
}
