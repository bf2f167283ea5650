//! The words records are found by, each distinct word stored once. A record's search text is
//! the list of its words' numbers, and a search looks for its terms in the vocabulary once
//! instead of in every record's text: at 100,000 initiatives the vocabulary is a fraction of
//! the texts (whose repeated words are what a scan spends its time on).
//!
//! Finding a term this way finds exactly what a scan of the text finds: normalised texts are
//! words separated by single spaces (`normalize`), a term has no space, so a term is part of a
//! text exactly when it is part of one of its words.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Every distinct word of the texts a [`VocabularyBuilder`] was given.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// The words, each followed by a space: one text to search for a term.
    text: String,
    /// Where each word starts in `text`; a word's number is its place here.
    starts: Vec<u32>,
}

/// Collects the vocabulary while texts are turned into word numbers.
#[derive(Default)]
pub(crate) struct VocabularyBuilder {
    vocabulary: Vocabulary,
    /// A word's fingerprint → its number; the word itself is compared with the vocabulary's
    /// copy (a map keyed by the words would keep a second copy of each, one allocation apiece).
    by_fingerprint: HashMap<u64, u32, std::hash::BuildHasherDefault<AsIs>>,
    /// Words whose fingerprint an earlier, different word already has (rare by chance, or a
    /// bundle written to collide: they cost a slower lookup, never a wrong number).
    collided: HashMap<Box<str>, u32>,
}

impl VocabularyBuilder {
    /// The numbers of the distinct words of `normalised` (a text from `normalize`), sorted.
    pub(crate) fn words_of(&mut self, normalised: &str) -> Box<[u32]> {
        let mut words: Vec<u32> = Vec::new();
        // Split by hand: `str::split` measured about a quarter of the time of numbering.
        let mut start = 0;
        for (at, &byte) in normalised.as_bytes().iter().enumerate().chain([(normalised.len(), &b' ')]) {
            if byte == b' ' {
                if at > start {
                    words.push(self.number(&normalised[start..at]));
                }
                start = at + 1;
            }
        }
        words.sort_unstable();
        words.dedup();
        words.into()
    }

    /// The number of `word` (normalised, one word), adding it if new.
    pub(crate) fn number(&mut self, word: &str) -> u32 {
        self.number_by(word, fingerprint(word))
    }

    fn number_by(&mut self, word: &str, fingerprint: u64) -> u32 {
        let Self { vocabulary, by_fingerprint, collided } = self;
        match by_fingerprint.entry(fingerprint) {
            Entry::Vacant(entry) => *entry.insert(vocabulary.push(word)),
            Entry::Occupied(entry) if vocabulary.word(*entry.get()) == word => *entry.get(),
            Entry::Occupied(_) => *collided.entry(word.into()).or_insert_with(|| vocabulary.push(word)),
        }
    }

    pub(crate) fn finish(self) -> Vocabulary {
        let mut vocabulary = self.vocabulary;
        vocabulary.text.shrink_to_fit();
        vocabulary.starts.shrink_to_fit();
        vocabulary
    }
}

/// 64 bits of `word`: FNV-1a, then MurmurHash3's finaliser, so that every bit of the word
/// reaches every bit of the result (the map uses it as its hash as it is). Words that collide
/// are caught by comparing them.
fn fingerprint(word: &str) -> u64 {
    let mut hash = 0xCBF2_9CE4_8422_2325u64;
    for &byte in word.as_bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3);
    }
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    hash ^ (hash >> 33)
}

/// A fingerprint is already a hash: the map uses it as it is.
#[derive(Default)]
struct AsIs(u64);

impl std::hash::Hasher for AsIs {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only fingerprints are hashed")
    }
    fn write_u64(&mut self, fingerprint: u64) {
        self.0 = fingerprint;
    }
}

impl Vocabulary {
    /// Adds `word` (not yet in it) and returns its number.
    fn push(&mut self, word: &str) -> u32 {
        let number = self.starts.len() as u32;
        self.starts.push(self.text.len() as u32);
        self.text.push_str(word);
        self.text.push(' ');
        number
    }

    /// Word number `n`.
    fn word(&self, n: u32) -> &str {
        let start = self.starts[n as usize] as usize;
        let end = self.starts.get(n as usize + 1).map_or(self.text.len(), |&next| next as usize);
        &self.text[start..end - 1]
    }

    /// How each word holds `term` (normalised, without spaces), by word number: a set of
    /// [`INSIDE`], [`START`], [`END`] and [`WHOLE`] flags, 0 for words without it.
    pub(crate) fn containing(&self, term: &str) -> Vec<u8> {
        let mut marks = vec![0; self.starts.len()];
        if term.is_empty() {
            return marks;
        }
        // Matches come in order, so the word each falls in is found by walking forward; the
        // first match in a word marks it.
        let mut word = 0;
        for (at, _) in self.text.match_indices(term) {
            while word + 1 < self.starts.len() && self.starts[word + 1] as usize <= at {
                word += 1;
            }
            if marks[word] == 0 {
                let text = self.word(word as u32);
                marks[word] = INSIDE
                    | if text.starts_with(term) { START } else { 0 }
                    | if text.ends_with(term) { END } else { 0 }
                    | if text == term { WHOLE } else { 0 };
            }
        }
        marks
    }

    /// [`Vocabulary::containing`] for each of a query's terms, in order.
    pub(crate) fn marks(&self, terms: &[String]) -> Vec<Vec<u8>> {
        terms.iter().map(|term| self.containing(term)).collect()
    }

    /// How many distinct words there are.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }
}

/// The normalised texts records are found by, kept as they are until the first search: turning
/// them into word numbers takes about as long as the rest of preparing the catalog, which a
/// visitor should not wait for before the first results (nor one who never searches at all).
#[derive(Debug, Default)]
pub(crate) struct Texts {
    /// Each initiative's own words (name, description), in bundle order, as its row.
    pub initiatives: Vec<Box<str>>,
    /// Each organisation's own words (names, description, sector label).
    pub organisations: Vec<Box<str>>,
    /// The words of every place, then every organisation, then every sector: what a row's
    /// `linked` indices point at.
    pub linked: Vec<Box<str>>,
    /// Each milestone's title and description.
    pub milestones: Vec<Box<str>>,
}

/// The same texts as the numbers of their words in one vocabulary.
#[derive(Debug)]
pub(crate) struct Words {
    pub vocabulary: Vocabulary,
    pub initiatives: Vec<Box<[u32]>>,
    pub organisations: Vec<Box<[u32]>>,
    pub linked: Vec<Box<[u32]>>,
    pub milestones: Vec<Box<[u32]>>,
}

impl Words {
    /// Each text is dropped as soon as its words are numbered, so the two forms are never all in
    /// memory at once.
    pub(crate) fn of(texts: Texts) -> Words {
        let mut builder = VocabularyBuilder::default();
        let mut number =
            |texts: Vec<Box<str>>| -> Vec<Box<[u32]>> { texts.into_iter().map(|t| builder.words_of(&t)).collect() };
        let Texts { initiatives, organisations, linked, milestones } = texts;
        let (initiatives, organisations, linked, milestones) =
            (number(initiatives), number(organisations), number(linked), number(milestones));
        Words { vocabulary: builder.finish(), initiatives, organisations, linked, milestones }
    }
}

/// For each key (a word's number, or a linked record's index), the rows that have it, in row
/// order: the texts turned inside out. A term that few rows have finds them here without
/// reading the rest (see `Catalog::text_matches`).
#[derive(Debug, Default)]
pub(crate) struct Postings {
    /// Where each key's rows start in `rows`; one more entry than there are keys.
    starts: Box<[u32]>,
    rows: Box<[u32]>,
}

impl Postings {
    /// The postings of `keys` keys, where row `i` has the keys `of_row[i]` (each once).
    pub(crate) fn of<'a>(keys: usize, of_row: impl Iterator<Item = &'a [u32]> + Clone) -> Postings {
        let mut starts = vec![0u32; keys + 1];
        for key in of_row.clone().flatten() {
            starts[*key as usize + 1] += 1;
        }
        for k in 0..keys {
            starts[k + 1] += starts[k];
        }
        let mut next = starts.clone();
        let mut rows = vec![0u32; starts[keys] as usize];
        for (row, row_keys) in of_row.enumerate() {
            for &key in row_keys {
                rows[next[key as usize] as usize] = row as u32;
                next[key as usize] += 1;
            }
        }
        Postings { starts: starts.into(), rows: rows.into() }
    }

    /// The rows that have `key`.
    pub(crate) fn rows(&self, key: usize) -> &[u32] {
        let (start, end) = (self.starts[key] as usize, self.starts[key + 1] as usize);
        &self.rows[start..end]
    }

    /// How many rows have the keys `marks` marks, counted with repeats: the work of finding them
    /// here.
    pub(crate) fn marked_len(&self, marks: &[u8]) -> usize {
        marks.iter().zip(self.starts.windows(2)).filter(|(m, _)| **m != 0).map(|(_, w)| (w[1] - w[0]) as usize).sum()
    }

    /// Marks in `into` the rows that have a key `marks` marks.
    pub(crate) fn mark_rows(&self, marks: &[u8], into: &mut [bool]) {
        for key in marks.iter().enumerate().filter(|(_, m)| **m != 0).map(|(k, _)| k) {
            for &row in self.rows(key) {
                into[row as usize] = true;
            }
        }
    }
}

/// A word holds the term somewhere.
pub(crate) const INSIDE: u8 = 1;
/// A word begins with the term.
pub(crate) const START: u8 = 2;
/// A word ends with the term.
pub(crate) const END: u8 = 4;
/// A word is the term.
pub(crate) const WHOLE: u8 = 8;

/// Whether any of `words` is one `marks` marks (see [`Vocabulary::containing`]).
pub(crate) fn any_marked(words: &[u32], marks: &[u8]) -> bool {
    words.iter().any(|&w| marks[w as usize] != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::text::normalize;

    #[test]
    fn a_term_is_found_in_exactly_the_texts_that_contain_it() {
        let texts =
            ["Chengdu smart city pilot", "Hamburg–Chengdu rail link", "EC2i cluster", "成都 高新区", "city of Xi'an"];
        let mut builder = VocabularyBuilder::default();
        let normalised: Vec<String> = texts.iter().map(|t| normalize(t)).collect();
        let words: Vec<Box<[u32]>> = normalised.iter().map(|t| builder.words_of(t)).collect();
        let vocabulary = builder.finish();
        assert_eq!(vocabulary.len(), 14, "'city' and 'chengdu' are stored once");
        for term in ["c", "chengd", "city", "ty", "ec2", "2i", "成都", "高", "xi", "an", "rail", "zzz", "u"] {
            let has = vocabulary.containing(term);
            for (text, words) in normalised.iter().zip(&words) {
                assert_eq!(any_marked(words, &has), text.contains(term), "{term:?} in {text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_vocabulary_finds_what_a_scan_finds(
            texts in proptest::collection::vec("[abcé成都 .-]{0,24}", 0..8),
            query in "[abcé成都 ]{0,4}",
        ) {
            let mut builder = VocabularyBuilder::default();
            let normalised: Vec<String> = texts.iter().map(|t| normalize(t)).collect();
            let words: Vec<Box<[u32]>> = normalised.iter().map(|t| builder.words_of(t)).collect();
            let vocabulary = builder.finish();
            for term in crate::filter::text::query_terms(&query) {
                let has = vocabulary.containing(&term);
                for (text, words) in normalised.iter().zip(&words) {
                    proptest::prop_assert_eq!(any_marked(words, &has), text.contains(term.as_str()), "{:?} in {:?}", term, text);
                }
            }
        }
    }

    #[test]
    fn postings_list_each_keys_rows_in_order() {
        let rows: [&[u32]; 4] = [&[0, 2], &[], &[2], &[1, 2]];
        let postings = Postings::of(4, rows.iter().copied());
        assert_eq!([0, 1, 2, 3].map(|k| postings.rows(k).to_vec()), [vec![0], vec![3], vec![0, 2, 3], vec![]]);
        assert_eq!(postings.marked_len(&[1, 0, 1, 1]), 4);
        let mut found = [false; 4];
        postings.mark_rows(&[0, 1, 0, 0], &mut found);
        assert_eq!(found, [false, false, false, true]);
    }

    #[test]
    fn words_whose_fingerprints_collide_keep_their_own_numbers() {
        let mut builder = VocabularyBuilder::default();
        let numbers: Vec<u32> =
            ["alpha", "beta", "gamma", "beta", "alpha"].iter().map(|w| builder.number_by(w, 7)).collect();
        assert_eq!(numbers, [0, 1, 2, 1, 0]);
        let vocabulary = builder.finish();
        assert_eq!([0, 1, 2].map(|n| vocabulary.word(n)), ["alpha", "beta", "gamma"]);
    }

    #[test]
    fn a_text_lists_each_word_once() {
        let mut builder = VocabularyBuilder::default();
        assert_eq!(&*builder.words_of("city to city  to"), &[0, 1]);
        assert_eq!(&*builder.words_of(""), &[] as &[u32]);
    }
}
