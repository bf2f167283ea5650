//! The last few searches of one kind and what each found, so that the next search starts from
//! the closest of them instead of from every record.
//!
//! One remembered search was not enough: deleting a letter ("chengdu" → "chengd") widens the
//! search, which the last one cannot narrow, so every backspace scanned every record again —
//! at 100,000 initiatives the slowest keystrokes of all. Remembering a few means a backspace
//! finds its answer as it was a moment ago, and typing on narrows the smallest search it extends.

use std::collections::VecDeque;

/// Searches remembered, most recent last. Eight covers deleting a word of eight letters letter
/// by letter; each entry holds at most one flag per record (100 KB at 100,000 records).
const KEPT: usize = 8;

/// Whether a search for `new` terms can only match what a search for `old` matched: every old
/// term is part of a new one (a record has a term only if it has every part of it).
pub(crate) fn narrows(old: &[String], new: &[String]) -> bool {
    old.iter().all(|old| new.iter().any(|new| new.contains(old.as_str())))
}

#[derive(Debug)]
pub(crate) struct Recent<K, V> {
    entries: VecDeque<(K, V)>,
}

impl<K, V> Default for Recent<K, V> {
    fn default() -> Self {
        Recent { entries: VecDeque::new() }
    }
}

impl<K: PartialEq, V> Recent<K, V> {
    /// What the search `key` found, if it is one of the remembered searches.
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Of the remembered searches that `usable` accepts (those the new search only narrows),
    /// the one whose `size` is smallest: the fewest records to look at again.
    pub(crate) fn smallest(&self, usable: impl Fn(&K) -> bool, size: impl Fn(&V) -> usize) -> Option<&V> {
        self.entries.iter().filter(|(k, _)| usable(k)).map(|(_, v)| v).min_by_key(|v| size(v))
    }

    /// Remembers what `key` found, forgetting the oldest search beyond [`KEPT`].
    pub(crate) fn remember(&mut self, key: K, value: V) {
        self.entries.retain(|(k, _)| *k != key);
        if self.entries.len() == KEPT {
            self.entries.pop_front();
        }
        self.entries.push_back((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_narrows_one_whose_terms_are_parts_of_its_own() {
        let terms = |t: &[&str]| t.iter().map(|&t| t.to_owned()).collect::<Vec<String>>();
        assert!(narrows(&terms(&["chen"]), &terms(&["chengdu"])));
        assert!(narrows(&terms(&["wind"]), &terms(&["wind", "energy"])));
        assert!(!narrows(&terms(&["chengdu"]), &terms(&["chen"])));
        assert!(!narrows(&terms(&["wind", "energy"]), &terms(&["wind"])));
    }

    #[test]
    fn keeps_the_latest_searches_once_each_and_offers_the_smallest_usable() {
        let mut recent = Recent::default();
        for n in 0..KEPT + 2 {
            recent.remember(n, vec![0; 100 - n]);
        }
        recent.remember(5, vec![0; 3]);
        assert_eq!(recent.get(&0), None, "the oldest are forgotten");
        assert_eq!(recent.get(&5).map(Vec::len), Some(3), "a search remembered again replaces its entry");
        assert_eq!(recent.entries.len(), KEPT);
        assert_eq!(recent.smallest(|&k| k != 5, Vec::len).map(Vec::len), Some(100 - (KEPT + 1)));
        assert_eq!(recent.smallest(|_| false, Vec::len), None);
    }
}
