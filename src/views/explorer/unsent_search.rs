//! Words typed into the search box that the address does not hold yet (it takes them once the
//! typing pauses, see `context`) survive a reload in that moment: the page keeps them in the
//! tab's session storage as it is left, and takes them back once when it is reloaded. A reload
//! loads the address as it was when the reload began, too early for the address to take them.

/// The session-storage key: the address the words were typed on, a line break, the words.
const KEY: &str = "eu-china-explorer.unsent-search";

/// Keeps `words`, typed on `address`, for the next start of the page in this tab.
pub fn keep(address: &str, words: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &format!("{address}\n{words}"));
    }
}

/// Drops what [`keep`] kept: nothing is pending now, so nothing may come back later.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// The words kept by [`keep`] if they were typed on `address` and the page was reloaded (not
/// opened anew at the same address, from a link or the address bar); either way they are
/// dropped, so they come back once at most.
pub fn take(address: &str) -> Option<String> {
    let storage = storage()?;
    let kept = storage.get_item(KEY).ok().flatten()?;
    let _ = storage.remove_item(KEY);
    let (typed_on, words) = kept.split_once('\n')?;
    (typed_on == address && reloaded()).then(|| words.to_owned())
}

/// Whether this page was loaded by reloading it (the Navigation Timing entry's `type`).
fn reloaded() -> bool {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return false };
    let entry = performance.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into()).ok().and_then(|t| t.as_string()).is_some_and(|t| t == "reload")
}

/// The tab's session storage, where the browser allows it (not in every embedding frame).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
