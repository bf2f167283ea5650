//! Work that can wait until the browser has painted: what is below the fold on the first
//! screen, and what follows a keystroke besides the results (the suggestions, the other kinds
//! that match). A keystroke's results are then painted without waiting for them.

use std::time::Duration;

use leptos::prelude::*;

/// Runs `f` in a task of its own once the browser has painted the current changes: the
/// animation frame comes just before the paint, the timeout runs after it.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// Runs `f` when the browser is next idle (`requestIdleCallback`), or, where it has none
/// (Safari), once the current changes are painted: for preparing what a later interaction needs.
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let closure = Closure::once_into_js(f);
    if window().request_idle_callback(closure.unchecked_ref()).is_err() {
        let run = js_sys::Function::from(closure);
        after_next_paint(move || {
            let _ = run.call0(&wasm_bindgen::JsValue::NULL);
        });
    }
}

/// A signal that takes `source`'s value once the browser has painted the change, skipping the
/// values that a newer one replaced before the paint (typing faster than the screen draws).
pub fn follow_after_paint<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let followed = RwSignal::new(source.get_untracked());
    Effect::new(move |_| {
        let value = source.get();
        if followed.with_untracked(|f| *f != value) {
            after_next_paint(move || {
                if source.with_untracked(|now| *now == value) {
                    followed.set(value);
                }
            });
        }
    });
    followed.read_only()
}

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
    after_next_paint(move || painted.set(true));
    move || painted.get().then(|| children())
}
