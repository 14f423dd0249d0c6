//! Tokens of the normalized text, read on demand from a position.
//!
//! The scanners never tokenize the whole text: the trigger automaton finds
//! a candidate, and the parsers read the few tokens around it. A token is a
//! run of letters (a word, with its proclitics looked up), a run of ASCII
//! digits, a line break or one other character. Spaces separate tokens and
//! are skipped.

use akhbar_normalize::{Normalized, OffsetMap, Span};

use crate::lexicon::{Lex, LEXICON};

/// The text being scanned: the normalized text, and when known the
/// original with its offset map (to tell an Arabic comma from a thousands
/// separator, which normalization folds together).
#[derive(Clone, Copy)]
pub(crate) struct Cx<'a> {
    pub(crate) text: &'a str,
    original: Option<(&'a str, &'a OffsetMap)>,
}

impl<'a> Cx<'a> {
    pub(crate) fn new(original: &'a str, normalized: &'a Normalized<'_>) -> Cx<'a> {
        Cx {
            text: normalized.as_str(),
            original: Some((original, normalized.map())),
        }
    }

    /// A context over a normalized text alone.
    #[cfg(test)]
    pub(crate) fn bare(text: &'a str) -> Cx<'a> {
        Cx {
            text,
            original: None,
        }
    }

    pub(crate) fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// Whether the character at normalized offset `i` was an Arabic comma
    /// (،) in the original.
    pub(crate) fn was_arabic_comma(&self, i: usize) -> bool {
        match self.original {
            Some((orig, map)) => orig
                .get(map.original_offset(i)..)
                .is_some_and(|s| s.starts_with('،')),
            None => false,
        }
    }

    /// The span of the original text for normalized `start..end`.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> Span {
        match self.original {
            Some((_, map)) => map.to_original(start..end),
            None => Span::new(start, end),
        }
    }

    /// The token starting at or after `pos` (spaces skipped).
    pub(crate) fn tok(&self, pos: usize) -> Tok {
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
        let c = self.text[..end].chars().next_back()?;
        Some((end - c.len_utf8(), c))
    }

    /// The character right before `pos` (no space skipped).
    pub(crate) fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos)?.chars().next_back()
    }

    /// The character at `pos`.
    pub(crate) fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..)?.chars().next()
    }

    /// Whether the word `start..end` (proclitics و or ف allowed) is one of
    /// `list`.
    pub(crate) fn word_in(&self, start: usize, end: usize, list: &[String]) -> bool {
        let w = &self.text[start..end];
        list.iter().any(|l| l == w)
            || strip_conjunction(w).is_some_and(|s| list.iter().any(|l| l == s))
    }
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
/// it) can be proclitics: [و ف] [ب ك ل] [ال], or لل. Anything else means the
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
        0x0600..=0x06FF => matches!(
            c as u32,
            0x0621..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF
        ),
        _ => c.is_alphabetic(),
    }
}

/// Decodes the first char of a non-empty string.
fn decode(s: &str) -> (char, usize) {
    let c = s.chars().next().unwrap_or('\0');
    (c, c.len_utf8().max(1))
}

/// Where the run of letters starting at `i` ends.
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let mut end = i;
    for c in text[i..].chars() {
        if !is_letter(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Where the run of letters ending at `end` starts.
pub(crate) fn word_start(text: &str, end: usize) -> usize {
    let mut start = end;
    for c in text[..end].chars().rev() {
        if !is_letter(c) {
            break;
        }
        start -= c.len_utf8();
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_come_off() {
        let cx = Cx::bare("وبعشرين للعام والثلاثه");
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
    fn words_as_written_win() {
        let cx = Cx::bare("بين الف فبراير");
        assert!(cx.tok(0).is(Lex::Between));
        let t = cx.tok(7);
        assert!(t.is(Lex::Scale(3, crate::lexicon::Form::Singular)));
        let t = cx.tok(t.end);
        assert!(t
            .find(|l| matches!(l, Lex::Month(2, _)).then_some(()))
            .is_some());
    }
}
