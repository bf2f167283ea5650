use std::time::Duration;

use leptos::prelude::*;

/// Renders its children in a task of their own once the browser has painted the rest of the
/// screen, so that the first paint on a slow phone does not wait for what is below the fold or
/// secondary (the filter panel, the city list). Nothing depends on them being there at once:
/// they follow the same state once rendered.
#[component]
pub fn AfterFirstPaint(
    /// What to render after the first paint.
    children: ChildrenFn,
) -> impl IntoView {
    let painted = RwSignal::new(false);
    // The animation frame comes just before the paint; the timeout runs after it.
    request_animation_frame(move || set_timeout(move || painted.set(true), Duration::ZERO));
    move || painted.get().then(|| children())
}
