//! Tokens of the normalized text, read on demand from a position.
//!
//! The scanners never tokenize the whole text: the candidate search
//! ([`crate::trigger`]) finds where an expression may start, and the
//! parsers read the few tokens around it. A token is a run of letters (a
//! word, with its proclitics looked up), a run of ASCII digits, a line
//! break or one other character. Spaces separate tokens and are skipped.
//!
//! The parsers read the same tokens several times over (the number
//! grammar, the check that a number is not part of a date, the date
//! grammar): a [`Memo`] keeps the last ones read. Words are read eight
//! bytes at a time ([`word_end`]), and most of them are found to have no
//! reading by their last letters alone, without a look-up.

use core::cell::Cell;

use akhbar_normalize::{MapHint, Normalized, OffsetMap, Span};

use crate::lexicon::{Lex, LEXICON};
use crate::table::WordSet;

/// The text being scanned: the normalized text, and when known the
/// original with its offset map (to tell an Arabic comma from a thousands
/// separator, which normalization folds together); and what was read of
/// it so far.
#[derive(Clone, Copy)]
pub(crate) struct Cx<'a> {
    pub(crate) text: &'a str,
    original: Option<(&'a str, &'a OffsetMap)>,
    memo: MemoCells<'a>,
}

impl<'a> Cx<'a> {
    /// A context over `normalized`, which remembers what it reads in
    /// `memo` (which must have been used with this text only, or be new).
    pub(crate) fn new(
        original: &'a str,
        normalized: &'a Normalized<'_>,
        memo: &'a mut Memo,
    ) -> Cx<'a> {
        Cx {
            text: normalized.as_str(),
            original: Some((original, normalized.map())),
            memo: memo.cells(),
        }
    }

    /// A context over a normalized text alone.
    #[cfg(test)]
    pub(crate) fn bare(text: &'a str, memo: &'a mut Memo) -> Cx<'a> {
        Cx {
            text,
            original: None,
            memo: memo.cells(),
        }
    }

    /// The span of the strict date expression starting at the token at
    /// `start`, if it was found before: `Some(None)` when there is none.
    pub(crate) fn remembered_date(&self, start: usize) -> Option<Option<(usize, usize)>> {
        let (key, span) = self.memo.dates[start % DATES].get();
        (key == start).then_some(span)
    }

    /// Remembers the result of [`remembered_date`](Cx::remembered_date).
    pub(crate) fn remember_date(&self, start: usize, span: Option<(usize, usize)>) {
        self.memo.dates[start % DATES].set((start, span));
    }

    pub(crate) fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// Whether the character at normalized offset `i` was an Arabic comma
    /// (،) in the original.
    pub(crate) fn was_arabic_comma(&self, i: usize) -> bool {
        match self.original {
            Some((orig, _)) => orig
                .get(self.original_span(i, i).start..)
                .is_some_and(|s| s.starts_with('،')),
            None => false,
        }
    }

    /// The span of the original text for normalized `start..end`.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> Span {
        match self.original {
            Some((_, map)) => {
                // Matches come in text order: the hint saves a binary
                // search per look-up.
                let mut hint = self.memo.hint.get();
                let span = map.to_original_near(start..end, &mut hint);
                self.memo.hint.set(hint);
                span
            }
            None => Span::new(start, end),
        }
    }

    /// The token starting at or after `pos` (spaces skipped).
    #[inline]
    pub(crate) fn tok(&self, pos: usize) -> Tok {
        // The parsers read the tokens around a candidate several times
        // over; each is read once.
        if pos >= self.text.len() {
            return self.read_tok(pos);
        }
        let slot = &self.memo.toks[pos % TOKS];
        let (key, t) = slot.get();
        if key == pos {
            return t;
        }
        let t = self.read_tok(pos);
        slot.set((pos, t));
        t
    }

    fn read_tok(&self, pos: usize) -> Tok {
        let b = self.text.as_bytes();
        let mut i = pos.min(b.len());
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i >= b.len() {
            return Tok {
                start: i,
                end: i,
                kind: Kind::End,
            };
        }
        let x = b[i];
        if x.is_ascii_digit() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            return Tok {
                start: i,
                end: j,
                kind: Kind::Digits,
            };
        }
        if x == b'\n' || x == b'\r' || x == b'\t' {
            return Tok {
                start: i,
                end: i + 1,
                kind: Kind::Break,
            };
        }
        let (c, len) = decode(&self.text[i..]);
        if is_letter(c) {
            let end = word_end(self.text, i);
            let word = &self.text[i..end];
            return match lookup(word) {
                Some(found) => Tok {
                    start: i,
                    end,
                    kind: Kind::Word {
                        stem: i + found.prefix,
                        article: found.article,
                        lexes: found.lexes,
                    },
                },
                None => Tok {
                    start: i,
                    end,
                    kind: Kind::Word {
                        stem: i,
                        article: false,
                        lexes: &[],
                    },
                },
            };
        }
        Tok {
            start: i,
            end: i + len,
            kind: Kind::Punct(c),
        }
    }

    /// The word ending right before `pos` (spaces skipped), if the
    /// character there is a letter: its start and end.
    pub(crate) fn prev_word(&self, pos: usize) -> Option<(usize, usize)> {
        let b = self.text.as_bytes();
        let mut end = pos.min(b.len());
        while end > 0 && b[end - 1] == b' ' {
            end -= 1;
        }
        let start = word_start(self.text, end);
        (start < end).then_some((start, end))
    }

    /// The non-space character right before `pos`, and where it starts.
    pub(crate) fn prev_char(&self, pos: usize) -> Option<(usize, char)> {
        let mut end = pos.min(self.text.len());
        let b = self.text.as_bytes();
        while end > 0 && b[end - 1] == b' ' {
            end -= 1;
        }
        let c = char_ending_at(self.text, end)?;
        Some((end - c.len_utf8(), c))
    }

    /// The character right before `pos` (no space skipped).
    pub(crate) fn char_before(&self, pos: usize) -> Option<char> {
        if pos > self.text.len() || !self.text.is_char_boundary(pos) {
            return None;
        }
        char_ending_at(self.text, pos)
    }

    /// The character at `pos`.
    pub(crate) fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..)?.chars().next()
    }

    /// Whether the word `start..end` (proclitics و or ف allowed) is one of
    /// `set`.
    pub(crate) fn word_in(&self, start: usize, end: usize, set: &WordSet) -> bool {
        let w = &self.text[start..end];
        set.contains(w) || strip_conjunction(w).is_some_and(|s| set.contains(s))
    }
}

const TOKS: usize = 32;
const DATES: usize = 8;

/// A token remembered: the position it was read from, and the token.
type TokEntry = (usize, Tok);
/// A date candidate remembered: its position, and the span of the strict
/// date expression there if any.
type DateEntry = (usize, Option<(usize, usize)>);

/// What a scan has read of a text: the last tokens read, and whether a
/// date expression starts at the last date candidates tried, in small
/// direct-mapped tables keyed by position. It lives as long as the scan
/// (an iterator keeps it between matches) and is borrowed as cells by
/// each [`Cx`].
#[derive(Clone)]
pub(crate) struct Memo {
    toks: [TokEntry; TOKS],
    dates: [DateEntry; DATES],
    /// Where the last offset was mapped to the original.
    hint: MapHint,
}

impl Memo {
    pub(crate) fn new() -> Memo {
        let none = Tok {
            start: 0,
            end: 0,
            kind: Kind::End,
        };
        // usize::MAX is no position: the slots are empty.
        Memo {
            toks: [(usize::MAX, none); TOKS],
            dates: [(usize::MAX, None); DATES],
            hint: MapHint::default(),
        }
    }

    fn cells(&mut self) -> MemoCells<'_> {
        MemoCells {
            toks: Cell::from_mut(&mut self.toks[..]).as_slice_of_cells(),
            dates: Cell::from_mut(&mut self.dates[..]).as_slice_of_cells(),
            hint: Cell::from_mut(&mut self.hint),
        }
    }
}

impl Default for Memo {
    fn default() -> Memo {
        Memo::new()
    }
}

/// A [`Memo`] seen as cells, so that the parsers (which share the
/// context) can fill it.
#[derive(Clone, Copy)]
struct MemoCells<'a> {
    toks: &'a [Cell<TokEntry>],
    dates: &'a [Cell<DateEntry>],
    hint: &'a Cell<MapHint>,
}

/// A token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
}

/// What a token is.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind {
    /// A word; `stem` is where it starts once its proclitics are taken off,
    /// `article` whether ال was taken off to find it in the lexicon, and
    /// `lexes` its readings (empty for an unknown word).
    Word {
        stem: usize,
        article: bool,
        lexes: &'static [Lex],
    },
    /// A run of ASCII digits.
    Digits,
    /// A line break or a tab: expressions do not cross it.
    Break,
    /// Any other character.
    Punct(char),
    /// The end of the text.
    End,
}

impl Tok {
    /// The readings of the word, or nothing for other tokens.
    pub(crate) fn lexes(&self) -> &'static [Lex] {
        match self.kind {
            Kind::Word { lexes, .. } => lexes,
            _ => &[],
        }
    }

    /// The first reading that `f` accepts.
    pub(crate) fn find<T>(&self, f: impl Fn(Lex) -> Option<T>) -> Option<T> {
        self.lexes().iter().find_map(|&l| f(l))
    }

    /// Whether the word has reading `lex`.
    pub(crate) fn is(&self, lex: Lex) -> bool {
        self.lexes().contains(&lex)
    }

    /// Where the word starts once its proclitics are off (the token start
    /// for other tokens).
    pub(crate) fn stem(&self) -> usize {
        match self.kind {
            Kind::Word { stem, .. } => stem,
            _ => self.start,
        }
    }

    /// Whether the word was found with ال taken off.
    pub(crate) fn article(&self) -> bool {
        matches!(self.kind, Kind::Word { article: true, .. })
    }

    /// Whether the word carries proclitics.
    pub(crate) fn has_prefix(&self) -> bool {
        self.stem() > self.start
    }

    pub(crate) fn is_digits(&self) -> bool {
        matches!(self.kind, Kind::Digits)
    }

    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word { .. })
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }
}

/// A word found in the lexicon.
pub(crate) struct Found {
    /// Bytes of proclitics before the stem.
    pub(crate) prefix: usize,
    pub(crate) article: bool,
    pub(crate) lexes: &'static [Lex],
}

const WAW: &str = "و";
const FA: &str = "ف";
const BA: &str = "ب";
const KAF: &str = "ك";
const LAM: &str = "ل";
const AL: &str = "ال";

/// Looks a folded word up: as written, then without a conjunction and a
/// preposition (و ف, then ب ك ل; لل for ل + ال), then without the article
/// (which only cardinals, and a few other readings, accept).
pub(crate) fn lookup(word: &str) -> Option<Found> {
    let lex = &*LEXICON;
    if word.is_empty() || word.len() > 48 {
        return None;
    }
    if word.is_ascii() {
        let mut buf = [0u8; 48];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).ok()?;
        return lex.get(lower).map(|lexes| Found {
            prefix: 0,
            article: false,
            lexes,
        });
    }
    // Most words have no reading: their ending says so.
    if !lex.ends.may_end(word.as_bytes()) {
        return None;
    }
    // Chains, shortest first: "", conj, prep, conj + prep.
    let mut chains = [0usize; 4];
    let mut n = 1;
    let conj = word.starts_with(WAW) || word.starts_with(FA);
    if conj {
        chains[n] = 2;
        n += 1;
    }
    let after_conj = if conj { 2 } else { 0 };
    let rest = &word[after_conj..];
    if rest.starts_with(BA) || rest.starts_with(KAF) || rest.starts_with(LAM) {
        chains[n] = after_conj + 2;
        n += 1;
    }
    // Without the prep alone when there is a conjunction too (وب...): the
    // conj + prep chain covers it; a prep alone (ب...) is covered above
    // when there is no conjunction.
    for &p in &chains[..n] {
        let stem = &word[p..];
        if stem.len() < 2 {
            continue;
        }
        if let Some(lexes) = lex.get(stem) {
            return Some(Found {
                prefix: p,
                article: false,
                lexes,
            });
        }
        // ل + ال is written لل: للعام is ل + العام.
        if p > 0 && word[..p].ends_with(LAM) && stem.starts_with(LAM) && stem.len() <= 46 {
            let mut buf = [0u8; 48];
            buf[..2].copy_from_slice("ا".as_bytes());
            buf[2..2 + stem.len()].copy_from_slice(stem.as_bytes());
            if let Ok(key) = std::str::from_utf8(&buf[..2 + stem.len()]) {
                if let Some(lexes) = lex.get(key) {
                    return Some(Found {
                        prefix: p,
                        article: false,
                        lexes,
                    });
                }
            }
        }
    }
    for &p in &chains[..n] {
        let stem = &word[p..];
        if let Some(bare) = stem.strip_prefix(AL) {
            if bare.len() >= 4 {
                if let Some(lexes) = lex.get(bare) {
                    return Some(Found {
                        prefix: p,
                        article: true,
                        lexes,
                    });
                }
            }
        }
    }
    None
}

/// Whether `prefix` (the letters of a word before a trigger found inside
/// it) can be proclitics: \[و ف\] \[ب ك ل\] \[ال\], or لل. Anything else means the
/// trigger is inside another word (ست in استهداف) and the word is skipped
/// without a look-up.
#[inline]
pub(crate) fn is_clitic_prefix(prefix: &str) -> bool {
    let mut b = prefix.as_bytes();
    if b.is_empty() {
        return true;
    }
    if b.len() > 10 {
        return false;
    }
    let letter = |b: &[u8], l: &str| b.starts_with(l.as_bytes());
    if letter(b, WAW) || letter(b, FA) {
        b = &b[2..];
    }
    if letter(b, LAM) && letter(&b[2..], LAM) {
        return b.len() == 4;
    }
    if letter(b, BA) || letter(b, KAF) || letter(b, LAM) {
        b = &b[2..];
    }
    if letter(b, AL) {
        b = &b[4..];
    }
    b.is_empty()
}

/// `w` without a leading و or ف.
pub(crate) fn strip_conjunction(w: &str) -> Option<&str> {
    w.strip_prefix(WAW)
        .or_else(|| w.strip_prefix(FA))
        .filter(|s| !s.is_empty())
}

/// Whether `c` is part of a word: a letter of any script (digits are
/// tokens of their own).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        // The Arabic block, the common case, without the general Unicode
        // table look-up.
        0x0600..=0x06FF => is_arabic_letter(c as u32),
        _ => c.is_alphabetic(),
    }
}

/// The letters of the Arabic block (U+0600–U+06FF), one bit each.
const ARABIC_LETTERS: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut c = 0x0600u32;
    while c <= 0x06FF {
        if matches!(
            c,
            0x0621..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF
        ) {
            let i = (c - 0x0600) as usize;
            bits[i / 64] |= 1 << (i % 64);
        }
        c += 1;
    }
    bits
};

/// Whether the code point `c` of the Arabic block is a letter.
#[inline]
fn is_arabic_letter(c: u32) -> bool {
    let i = (c.wrapping_sub(0x0600) & 0xFF) as usize;
    ARABIC_LETTERS[i / 64] >> (i % 64) & 1 == 1
}

/// Decodes the first char of a non-empty string.
fn decode(s: &str) -> (char, usize) {
    let c = s.chars().next().unwrap_or('\0');
    (c, c.len_utf8().max(1))
}

/// The length of the letter starting at byte `i` of `text` (a char
/// boundary), or 0 if the character there is not a letter or there is
/// none. Arabic letters (two bytes, lead byte D8–DB) and ASCII are read
/// from the bytes; other characters are decoded.
#[inline]
pub(crate) fn letter_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let Some(&x) = b.get(i) else {
        return 0;
    };
    if x < 0x80 {
        return usize::from(x.is_ascii_alphabetic());
    }
    if (0xD8..=0xDB).contains(&x) {
        // A two-byte sequence (the text is a str): U+0600–U+06FF.
        return if is_arabic_pair(x, b[i + 1]) { 2 } else { 0 };
    }
    let (c, len) = decode(&text[i..]);
    if is_letter(c) {
        len
    } else {
        0
    }
}

/// The length of the letter ending at byte `end` of `text` (a char
/// boundary), or 0 if the character there is not a letter or there is
/// none.
#[inline]
pub(crate) fn letter_len_before(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    if end == 0 {
        return 0;
    }
    let x = b[end - 1];
    if x < 0x80 {
        return usize::from(x.is_ascii_alphabetic());
    }
    if end >= 2 && (0xD8..=0xDB).contains(&b[end - 2]) {
        // A continuation byte after a lead byte D8–DB: an Arabic char.
        return if is_arabic_pair(b[end - 2], x) { 2 } else { 0 };
    }
    match text[..end].chars().next_back() {
        Some(c) if is_letter(c) => c.len_utf8(),
        _ => 0,
    }
}

/// Where the run of letters starting at `i` ends.
#[inline]
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut end = i;
    loop {
        end += common_letters(b, end);
        let n = letter_len(text, end);
        if n == 0 {
            return end;
        }
        end += n;
    }
}

/// The length in bytes of the run of common Arabic letters (U+0621 to
/// U+064A, which normalized text is made of) starting at `i`, read eight
/// bytes at a time. Other letters are left to [`letter_len`].
#[inline]
fn common_letters(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while let Some(chunk) = b.get(j..j + 8) {
        let mut x = [0u8; 8];
        x.copy_from_slice(chunk);
        let n = common_letters_in(u64::from_le_bytes(x));
        j += n;
        if n < 8 {
            return j - i;
        }
    }
    while j + 1 < b.len() && matches!((b[j], b[j + 1]), (0xD8, 0xA1..=0xBF) | (0xD9, 0x80..=0x8A)) {
        j += 2;
    }
    j - i
}

/// The length in bytes of the run of common Arabic letters ending at
/// `end` (a char boundary), read eight bytes at a time backwards.
#[inline]
fn common_letters_before(b: &[u8], end: usize) -> usize {
    let mut j = end;
    while j >= 8 {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[j - 8..j]);
        let bad = common_letter_lanes(u64::from_le_bytes(x));
        if bad != 0 {
            // Lanes are counted from the last one (the top bits).
            return end - j + (bad.leading_zeros() / 16 * 2) as usize;
        }
        j -= 8;
    }
    while j >= 2
        && matches!(
            (b[j - 2], b[j - 1]),
            (0xD8, 0xA1..=0xBF) | (0xD9, 0x80..=0x8A)
        )
    {
        j -= 2;
    }
    end - j
}

/// How many of the eight bytes `x` (little-endian, starting at a char
/// boundary) are common Arabic letters before the first other character:
/// 0, 2, 4, 6 or 8.
#[inline]
fn common_letters_in(x: u64) -> usize {
    let bad = common_letter_lanes(x);
    if bad == 0 {
        8
    } else {
        (bad.trailing_zeros() / 16 * 2) as usize
    }
}

/// The lanes of `x` that are not common Arabic letters, as bit 7 of each
/// 16-bit lane. A lane is a two-byte sequence, lead byte low; it is one of
/// U+0621 to U+064A if the lead is D8 or D9 and the code point's low seven
/// bits, `(lead & 1) << 6 | cont & 0x3F`, are 0x21 to 0x4A. (Lanes are
/// only meaningful up to the first bad one from a char boundary.)
#[inline]
fn common_letter_lanes(x: u64) -> u64 {
    const LANES: u64 = 0x0001_0001_0001_0001;
    const BIT7: u64 = 0x80 * LANES;
    let lead = (x & (0xFE * LANES)) ^ (0xD8 * LANES);
    let bad_lead = (lead | (lead + 0x7F * LANES)) & BIT7;
    let low = ((x & LANES) << 6) | ((x >> 8) & (0x3F * LANES));
    let at_least_21 = (low + 0x5F * LANES) & BIT7;
    let above_4a = (low + 0x35 * LANES) & BIT7;
    !(at_least_21 & !above_4a & !bad_lead) & BIT7
}

/// Whether the two-byte sequence `lead` (D8–DB), `cont` is a letter.
#[inline]
pub(crate) fn is_arabic_pair(lead: u8, cont: u8) -> bool {
    let i = usize::from(lead & 3) << 6 | usize::from(cont & 0x3F);
    ARABIC_LETTERS[i / 64] >> (i % 64) & 1 == 1
}

/// The character ending at `end` (a char boundary of `text`), ASCII and
/// two-byte characters read from the bytes.
#[inline]
fn char_ending_at(text: &str, end: usize) -> Option<char> {
    let b = text.as_bytes();
    match end {
        0 => None,
        _ if b[end - 1] < 0x80 => Some(char::from(b[end - 1])),
        _ if end >= 2 && (0xC0..0xE0).contains(&b[end - 2]) => {
            let c = u32::from(b[end - 2] & 0x1F) << 6 | u32::from(b[end - 1] & 0x3F);
            char::from_u32(c)
        }
        _ => text[..end].chars().next_back(),
    }
}

/// Where the run of letters ending at `end` starts.
#[inline]
pub(crate) fn word_start(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    let mut start = end;
    loop {
        start -= common_letters_before(b, start);
        let n = letter_len_before(text, start);
        if n == 0 {
            return start;
        }
        start -= n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_come_off() {
        let mut memo = Memo::new();
        let cx = Cx::bare("وبعشرين للعام والثلاثه", &mut memo);
        let t = cx.tok(0);
        assert_eq!(t.stem(), 4);
        assert!(t.is(Lex::Tens(20)));
        let t = cx.tok(t.end);
        assert!(t.is(Lex::YearWord), "{t:?}");
        let t = cx.tok(t.end);
        assert!(t.article(), "{t:?}");
        assert!(t.is(Lex::Unit(3)));
    }

    #[test]
    fn common_letters_are_read_eight_bytes_at_a_time() {
        for c in '\u{0600}'..='\u{06FF}' {
            for pos in 0..4 {
                let mut s = "بببب".to_string();
                s.insert(pos * 2, c);
                s.push_str("12345678");
                let want = s
                    .char_indices()
                    .find(|&(_, ch)| !matches!(ch as u32, 0x0621..=0x064A))
                    .unwrap()
                    .0;
                assert_eq!(common_letters(s.as_bytes(), 0), want, "{c:?} at {pos}");
            }
        }
        assert_eq!(common_letters("ببب a".as_bytes(), 0), 6);
        for pos in 0..12 {
            let mut s = " abc".to_string();
            for i in 0..12 {
                s.push(if i == pos { 'پ' } else { 'ب' });
            }
            let (at, other) = s.char_indices().rev().find(|&(_, c)| c != 'ب').unwrap();
            let want = s.len() - at - other.len_utf8();
            assert_eq!(common_letters_before(s.as_bytes(), s.len()), want, "{pos}");
        }
        assert_eq!(word_start("12 وبخمسة", "12 وبخمسة".len()), 3);
        assert_eq!(word_start("abcپبب", "abcپبب".len()), 0);
        let text = "a ب\u{10000}،";
        let cx_chars: Vec<Option<char>> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .map(|i| char_ending_at(text, i))
            .collect();
        assert_eq!(
            cx_chars,
            [
                None,
                Some('a'),
                Some(' '),
                Some('ب'),
                Some('\u{10000}'),
                Some('،')
            ]
        );
        assert_eq!(word_end("وبخمسة، a", 0), "وبخمسة".len());
        assert_eq!(word_end("abcپd e", 0), "abcپd".len());
    }

    #[test]
    fn iterators_stay_send_and_sync() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<crate::NumberMatches<'static>>();
        send_sync::<crate::DateMatches<'static>>();
    }

    #[test]
    fn words_as_written_win() {
        let mut memo = Memo::new();
        let cx = Cx::bare("بين الف فبراير", &mut memo);
        assert!(cx.tok(0).is(Lex::Between));
        let t = cx.tok(7);
        assert!(t.is(Lex::Scale(3, crate::lexicon::Form::Singular)));
        let t = cx.tok(t.end);
        assert!(t
            .find(|l| matches!(l, Lex::Month(2, _)).then_some(()))
            .is_some());
    }
}
