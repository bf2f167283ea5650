//! Words typed into the search box that the address does not hold yet (it takes them once the
//! typing pauses, see `context`) survive the page being reloaded or left in that moment: the
//! page keeps them in the tab's session storage as it goes, and takes them back on the next
//! start at the same address. A reload follows the address as it is when the reload begins, too
//! early for the address to take the words then.

/// The session-storage key: the address the words were typed on, a line break, the words.
const KEY: &str = "eu-china-explorer.unsent-search";

/// Keeps `words`, typed on `address`, for the next start of the page in this tab.
pub fn keep(address: &str, words: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &format!("{address}\n{words}"));
    }
}

/// The words kept by [`keep`] if they were typed on `address`; either way they are dropped, so
/// they come back once at most.
pub fn take(address: &str) -> Option<String> {
    let storage = storage()?;
    let kept = storage.get_item(KEY).ok().flatten()?;
    let _ = storage.remove_item(KEY);
    let (typed_on, words) = kept.split_once('\n')?;
    (typed_on == address).then(|| words.to_owned())
}

/// The tab's session storage, where the browser allows it (not in every embedding frame).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
