//! Where an expression may start: the scanners jump from candidate to
//! candidate, and this is the jump.
//!
//! A candidate is the start of a run of ASCII digits, or the start of a
//! word (a run of letters) whose stem, once its proclitics are off, is a
//! trigger word of the scanner: خمسة, وخمسة and بالخامس are candidates,
//! استهداف (which holds ست) is not.
//!
//! The definition is the one of the trigger automata
//! ([`Lexicon::numbers`](crate::lexicon::Lexicon) and `dates`, leftmost-
//! longest Aho-Corasick searches over the digits and the trigger words): a
//! word is a candidate when the automaton's first match in it ends with
//! the word and only proclitics come before it. Running an automaton over
//! the whole text costs a dependent table look-up per byte. Here the text
//! is read a word at a time instead (the letters of a word eight bytes at
//! a time, see [`word_end`]), and each word goes through cheap tests that
//! most words fail:
//!
//! 1. its last three letters (a trigger ends its word): a Bloom filter,
//!    [`SuffixFilter`];
//! 2. each reading of its proclitics (at most five): is the rest a trigger?
//!    A Bloom filter, then the lexicon's hash table;
//! 3. for a trigger after proclitics only, the automaton over the word
//!    alone: a trigger may hide behind an earlier match that ends before
//!    the word does (which makes the word no candidate), and the
//!    automaton's answer is the reference.
//!
//! [`crate::scan`] runs both scanners: it reads the text once for the
//! candidates of both ([`CandidateList`]).

use aho_corasick::{AhoCorasick, Input};

use crate::lexicon::{LEXICON, STARTS_DATE, STARTS_NUMBER};
use crate::table::{word_hash, Bloom, SuffixFilter};
use crate::text::{is_clitic_prefix, letter_len, letter_len_before, word_end};

/// The trigger words of one scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Triggers {
    /// Digits and the words that may start a number.
    Numbers,
    /// Digits and the words that may start a date.
    Dates,
}

impl Triggers {
    fn bit(self) -> u8 {
        match self {
            Triggers::Numbers => STARTS_NUMBER,
            Triggers::Dates => STARTS_DATE,
        }
    }

    fn automaton(self) -> &'static AhoCorasick {
        match self {
            Triggers::Numbers => &LEXICON.numbers,
            Triggers::Dates => &LEXICON.dates,
        }
    }

    fn filter(self) -> &'static TriggerFilter {
        match self {
            Triggers::Numbers => &LEXICON.number_filter,
            Triggers::Dates => &LEXICON.date_filter,
        }
    }
}

/// A candidate: where its token starts, and where the automaton's match
/// starts (after the proclitics of a word; the token start for digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) at: usize,
}

/// The first candidate at or after `pos` (a char boundary of `text`) that
/// starts before `limit`. A run of digits or letters that `pos` falls
/// inside is not one: its start is behind `pos`.
pub(crate) fn next_candidate(
    text: &str,
    pos: usize,
    limit: usize,
    triggers: Triggers,
) -> Option<Candidate> {
    let ends = &triggers.filter().ends;
    let mut i = after_partial_run(text, pos);
    while let Some(run) = next_run(text, i, limit) {
        match run {
            Run::Digits(start) => return Some(Candidate { start, at: start }),
            Run::Word(start, end) => {
                // The hot path: most words fail the filter.
                if ends.may_end(&text.as_bytes()[start..end]) {
                    if let Some(at) = word_candidate(text, start, end, triggers) {
                        return Some(Candidate { start, at });
                    }
                }
                i = end;
            }
        }
    }
    None
}

/// `pos`, or the end of the run of digits or letters that `pos` falls
/// inside (whose start is behind `pos`).
fn after_partial_run(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    if pos == 0 || pos >= b.len() {
        pos
    } else if b[pos].is_ascii_digit() && b[pos - 1].is_ascii_digit() {
        skip_digits(b, pos)
    } else if letter_len(text, pos) > 0 && letter_len_before(text, pos) > 0 {
        word_end(text, pos)
    } else {
        pos
    }
}

/// A run of ASCII digits (where it starts) or of letters (where it starts
/// and ends).
enum Run {
    Digits(usize),
    Word(usize, usize),
}

/// The first run of digits or letters starting at or after `i` (not inside
/// a run) and before `limit`.
#[inline(always)]
fn next_run(text: &str, mut i: usize, limit: usize) -> Option<Run> {
    let b = text.as_bytes();
    let limit = limit.min(b.len());
    while i < limit {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_digit() {
                // The byte before is not a digit: the run starts here.
                return Some(Run::Digits(i));
            }
            if !x.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
        }
        let end = word_end(text, i);
        if end == i {
            // Not a letter.
            i += char_len(x);
            continue;
        }
        return Some(Run::Word(i, end));
    }
    None
}

/// The candidates of both scanners in a whole text, found in one pass
/// (for [`crate::scan`], which runs both): where each starts and the
/// scanners it is a candidate of ([`STARTS_NUMBER`], [`STARTS_DATE`]).
pub(crate) struct CandidateList {
    list: Vec<(usize, u8)>,
}

impl CandidateList {
    pub(crate) fn new(text: &str) -> CandidateList {
        let mut list = Vec::new();
        let mut i = 0;
        while let Some(run) = next_run(text, i, text.len()) {
            match run {
                Run::Digits(start) => {
                    list.push((start, STARTS_NUMBER | STARTS_DATE));
                    i = skip_digits(text.as_bytes(), start);
                }
                Run::Word(start, end) => {
                    let bits = word_bits(text, start, end);
                    if bits != 0 {
                        list.push((start, bits));
                    }
                    i = end;
                }
            }
        }
        CandidateList { list }
    }
}

/// The scanners that the word `start..end` is a candidate of: one look at
/// the word for both.
fn word_bits(text: &str, start: usize, end: usize) -> u8 {
    let any = &LEXICON.trigger_filter;
    let w = &text.as_bytes()[start..end];
    if !any.ends.may_end(w) {
        return 0;
    }
    let kinds = [Triggers::Numbers, Triggers::Dates];
    let splits = trigger_splits(w, any, kinds);
    let mut bits = 0;
    for (kind, split) in kinds.into_iter().zip(splits) {
        if split.is_some_and(|split| confirm(text, start, end, split, kind).is_some()) {
            bits |= kind.bit();
        }
    }
    bits
}

/// Where a scan finds its candidates: by reading the text, or in a
/// [`CandidateList`] made for it.
pub(crate) enum Finder<'l> {
    Search,
    List {
        list: &'l CandidateList,
        /// Where the last answer was found: the scans move forward.
        cursor: usize,
    },
}

impl Finder<'_> {
    /// The start of the first candidate of `triggers` at or after `pos`,
    /// as [`next_candidate`] finds it.
    pub(crate) fn next(&mut self, text: &str, pos: usize, triggers: Triggers) -> Option<usize> {
        match self {
            Finder::Search => next_candidate(text, pos, text.len(), triggers).map(|c| c.start),
            Finder::List { list, cursor } => {
                // The candidates at or after `pos` are those the search
                // would find: a run is a candidate or not whatever `pos`,
                // once a run that `pos` falls inside is skipped.
                let list = &list.list;
                let from = after_partial_run(text, pos);
                if *cursor > 0 && list[*cursor - 1].0 >= from {
                    // Back: the scans move forward, but any order is right.
                    *cursor = list.partition_point(|&(s, _)| s < from);
                }
                while *cursor < list.len() && list[*cursor].0 < from {
                    *cursor += 1;
                }
                let bit = triggers.bit();
                *cursor += list[*cursor..].iter().position(|&(_, b)| b & bit != 0)?;
                Some(list[*cursor].0)
            }
        }
    }
}

/// Whether the word `start..end`, which passed the filter of `triggers`,
/// is a candidate, and if so where the automaton's match starts.
#[inline(never)]
fn word_candidate(text: &str, start: usize, end: usize, triggers: Triggers) -> Option<usize> {
    let w = &text.as_bytes()[start..end];
    let [split] = trigger_splits(w, triggers.filter(), [triggers]);
    confirm(text, start, end, split?, triggers)
}

/// Whether the word `start..end`, whose stem after `split` bytes of
/// proclitics is a trigger of `triggers` (and no shorter stem is), is a
/// candidate, and if so where the automaton's match starts.
fn confirm(
    text: &str,
    start: usize,
    end: usize,
    split: usize,
    triggers: Triggers,
) -> Option<usize> {
    if split == 0 {
        // The whole word is a trigger: the automaton's first match starts
        // at the word and is the word (nothing longer fits in it).
        return Some(start);
    }
    // Proclitics before the trigger: an earlier match may start inside
    // them (and end before the word does), which makes the word no
    // candidate. The automaton over the word alone says.
    let hit = triggers
        .automaton()
        .find(Input::new(text).span(start..end))?;
    (hit.end() == end && is_clitic_prefix(&text[start..hit.start()])).then_some(hit.start())
}

/// For each of `kinds`, the shortest proclitic prefix of `w` (in bytes)
/// after which the rest of `w` is one of its triggers. `filter` covers
/// the triggers of all of `kinds`.
#[inline]
fn trigger_splits<const N: usize>(
    w: &[u8],
    filter: &TriggerFilter,
    kinds: [Triggers; N],
) -> [Option<usize>; N] {
    let mut found = [None; N];
    let mut missing = kinds.iter().fold(0, |bits, k| bits | k.bit());
    let (splits, n) = clitic_splits(w);
    for &split in &splits[..n] {
        let stem = &w[split..];
        if stem.len() > filter.longest {
            continue;
        }
        let h = word_hash(stem);
        if !filter.words.may_hold(h) {
            continue;
        }
        let got = LEXICON.starts_ignore_case(h, stem) & missing;
        for (k, f) in kinds.iter().zip(&mut found) {
            if got & k.bit() != 0 {
                *f = Some(split);
            }
        }
        missing &= !got;
        if missing == 0 {
            break;
        }
    }
    found
}

/// A pre-filter over the triggers of one scanner. Its tests may say yes
/// wrongly, never no wrongly.
pub(crate) struct TriggerFilter {
    /// The longest trigger, in bytes.
    longest: usize,
    /// Every trigger, by its [`word_hash`].
    words: Bloom,
    /// The words that may end with a trigger.
    ends: SuffixFilter,
}

impl TriggerFilter {
    /// A filter over `triggers` (folded, ASCII letters in lower case).
    pub(crate) fn new<'a>(triggers: impl Iterator<Item = &'a [u8]>) -> TriggerFilter {
        let mut f = TriggerFilter {
            longest: 0,
            words: Bloom::default(),
            ends: SuffixFilter::default(),
        };
        for t in triggers {
            f.longest = f.longest.max(t.len());
            f.words.insert(word_hash(t));
            f.ends.insert(t);
        }
        f
    }
}

const WAW: &[u8] = "و".as_bytes();
const FA: &[u8] = "ف".as_bytes();
const BA: &[u8] = "ب".as_bytes();
const KAF: &[u8] = "ك".as_bytes();
const LAM: &[u8] = "ل".as_bytes();
const LAM_LAM: &[u8] = "لل".as_bytes();
const AL: &[u8] = "ال".as_bytes();

/// The byte lengths `j` of the prefixes `w[..j]` that
/// [`is_clitic_prefix`] accepts, shorter than `w`, in increasing order:
/// nothing, و or ف, then ب ك or ل and ال, or لل.
#[inline]
fn clitic_splits(w: &[u8]) -> ([usize; 5], usize) {
    let mut out = [0usize; 5];
    let mut n = 1;
    let mut push = |j: usize| {
        if j < w.len() {
            out[n] = j;
            n += 1;
        }
    };
    let c = if w.starts_with(WAW) || w.starts_with(FA) {
        push(2);
        2
    } else {
        0
    };
    let r = &w[c..];
    if r.starts_with(LAM_LAM) {
        // ل, or لل for ل + ال; nothing may follow لل.
        push(c + 2);
        push(c + 4);
    } else if r.starts_with(BA) || r.starts_with(KAF) || r.starts_with(LAM) {
        push(c + 2);
        if r[2..].starts_with(AL) {
            push(c + 6);
        }
    } else if r.starts_with(AL) {
        push(c + 4);
    }
    (out, n)
}

fn skip_digits(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The length of the UTF-8 sequence whose first byte is `x`.
#[inline]
fn char_len(x: u8) -> usize {
    match x {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str, triggers: Triggers) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(c) = next_candidate(text, pos, text.len(), triggers) {
            out.push(c.start);
            pos = word_end(text, c.start).max(c.start + 1);
            while pos < text.len() && !text.is_char_boundary(pos) {
                pos += 1;
            }
            if text.as_bytes()[c.start].is_ascii_digit() {
                pos = skip_digits(text.as_bytes(), c.start);
            }
        }
        out
    }

    #[test]
    fn whole_words_after_proclitics() {
        let text = "استهداف خمسه وبالخامس 12 الثلاثاء";
        let n = starts(text, Triggers::Numbers);
        let words: Vec<&str> = n
            .iter()
            .map(|&s| &text[s..word_end(text, s).max(s + 2)])
            .collect();
        assert_eq!(words, ["خمسه", "وبالخامس", "12"]);
    }

    #[test]
    fn inside_a_run_is_not_a_start() {
        let text = "1234 خمسه";
        let c = next_candidate(text, 2, text.len(), Triggers::Numbers).unwrap();
        assert_eq!(c.start, 5);
        let c = next_candidate(text, 7, text.len(), Triggers::Numbers);
        assert_eq!(c, None);
        assert_eq!(next_candidate(text, 2, 5, Triggers::Numbers), None);
    }

    #[test]
    fn clitic_splits_are_the_clitic_prefixes() {
        let letters = ["و", "ف", "ب", "ك", "ل", "ا", "م", "a"];
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| letters.iter().map(move |l| format!("{w}{l}")))
                .collect();
            words.extend(longer);
        }
        for w in words.iter().filter(|w| !w.is_empty()) {
            let (splits, n) = clitic_splits(w.as_bytes());
            let want: Vec<usize> = (0..w.len())
                .filter(|&j| w.is_char_boundary(j) && is_clitic_prefix(&w[..j]))
                .collect();
            assert_eq!(&splits[..n], want, "{w:?}");
        }
    }

    /// The candidate search as the automaton defines it: its first match
    /// at or after `pos`, skipped (with its word or digit run) unless it is
    /// a whole run after proclitics.
    fn by_automaton(text: &str, mut pos: usize, triggers: Triggers) -> Option<usize> {
        let b = text.as_bytes();
        while pos < text.len() {
            let hit = triggers
                .automaton()
                .find(Input::new(text).span(pos..text.len()))?;
            let at = hit.start();
            if b[at].is_ascii_digit() {
                let s = b[..at]
                    .iter()
                    .rposition(|c| !c.is_ascii_digit())
                    .map_or(0, |i| i + 1);
                if s < pos {
                    pos = skip_digits(b, at);
                    continue;
                }
                return Some(s);
            }
            let s = crate::text::word_start(text, at);
            let we = word_end(text, at);
            if s < pos || hit.end() != we || !is_clitic_prefix(&text[s..at]) {
                pos = crate::number::ceil_char(text, we.max(at + 1));
                continue;
            }
            return Some(s);
        }
        None
    }

    /// Texts of trigger words and other words, with proclitics, letters
    /// glued before and after, digits, signs, capitals and characters
    /// that are not letters.
    fn texts() -> Vec<String> {
        let mut words: Vec<String> = LEXICON
            .entries()
            .filter(|(_, e)| e.starts != 0)
            .map(|(w, _)| String::from_utf8(w.to_vec()).unwrap())
            .collect();
        words.sort();
        words.extend(
            [
                "استهداف",
                "الثلاثاء",
                "Decision",
                "MAY",
                "وDec",
                "x",
                "ست",
                "عشرينات",
                "پنج",
            ]
            .map(String::from),
        );
        let before = [
            "", "", "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "س", "ا", "وا",
        ];
        let after = ["", "", "", "ه", "ا", "ات", "x"];
        let seps = [" ", " ", "", "، ", "\n", "-", "12", "ـ", "َ", "%", ".", "٣"];
        let mut rng = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        (0..300)
            .map(|_| {
                let mut t = String::new();
                for _ in 0..12 {
                    t.push_str(before[next(before.len())]);
                    t.push_str(&words[next(words.len())]);
                    t.push_str(after[next(after.len())]);
                    t.push_str(seps[next(seps.len())]);
                }
                t
            })
            .collect()
    }

    #[test]
    fn the_search_finds_what_the_automaton_finds() {
        let mut words_found = 0;
        for text in texts() {
            let list = CandidateList::new(&text);
            for triggers in [Triggers::Numbers, Triggers::Dates] {
                let mut finder = Finder::List {
                    list: &list,
                    cursor: 0,
                };
                for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                    let want = by_automaton(&text, pos, triggers);
                    let got = next_candidate(&text, pos, text.len(), triggers).map(|c| c.start);
                    assert_eq!(got, want, "{triggers:?} from {pos} in {text:?}");
                    assert_eq!(
                        finder.next(&text, pos, triggers),
                        want,
                        "{triggers:?} {text:?}"
                    );
                    words_found += usize::from(
                        want.is_some_and(|s| !text[s..].starts_with(|c: char| c.is_ascii_digit())),
                    );
                }
            }
        }
        assert!(words_found > 10_000, "{words_found}");
    }

    #[test]
    fn every_trigger_is_letters() {
        // The word-at-a-time search relies on it: a trigger never spans a
        // space, a digit or a sign.
        for (w, e) in LEXICON.entries() {
            if e.starts != 0 {
                let w = std::str::from_utf8(w).unwrap();
                assert!(w.chars().all(crate::text::is_letter), "{w:?}");
                assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}");
            }
        }
    }
}
