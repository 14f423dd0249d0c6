use std::borrow::Cow;

use crate::config::{Config, Fold, Profile};
use crate::fold::{
    arabic_table, ascii_out, classify, entry_char, Action, ABSORB, GAP, KEEP, OUT_LINE, OUT_SPACE,
};
use crate::map::{MapBuilder, NoMap, Normalized, Sink};
#[cfg(target_arch = "x86_64")]
use crate::scan::{Avx2, Ssse3};
use crate::scan::{Block, Plain, Scanner, Vector};

/// Folds Arabic text to a canonical form, optionally keeping a map back to
/// the original.
///
/// A `Normalizer` is built once from a [`Config`] (in a `const` context if
/// you like) and is `Send` and `Sync`. The work is one pass over the bytes
/// that skips unchanged stretches sixteen bytes at a time, and when nothing
/// changes,
/// [`normalize`](Normalizer::normalize) returns the input borrowed, without
/// allocating.
///
/// ```
/// use std::borrow::Cow;
/// use akhbar_normalize::Normalizer;
///
/// let n = Normalizer::search();
/// assert_eq!(n.normalize("قُتِلَ ١٤ عنصراً في إدلب"), "قتل 14 عنصرا في ادلب");
/// assert!(matches!(n.normalize("قتل 14 عنصرا"), Cow::Borrowed(_)));
/// ```
#[derive(Clone)]
pub struct Normalizer {
    config: Config,
    /// Per code point of the Arabic block: keep, delete or replacement.
    arabic: [u16; 256],
    /// Per ASCII byte: `[byte to write, kind]`.
    ascii_out: [[u8; 2]; 128],
    scanner: Scanner,
}

impl Normalizer {
    /// A normalizer applying the folds of `config`.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Normalizer};
    /// let n = Normalizer::new(Config::none().teh_marbuta(true));
    /// assert_eq!(n.normalize("الرقة"), "الرقه");
    /// ```
    pub const fn new(config: Config) -> Normalizer {
        let arabic = arabic_table(config);
        let ascii_out = ascii_out(config);
        Normalizer {
            config,
            arabic,
            ascii_out,
            scanner: Scanner::new(&arabic, &ascii_out, config.has(Fold::Whitespace)),
        }
    }

    /// Every fold ([`Config::search`]): the form akhbar matches on.
    ///
    /// Building a normalizer fills lookup tables: build it once (or use the
    /// [`SEARCH`](crate::SEARCH) static), not once per text.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search();
    /// assert_eq!(n.normalize("«الحشد  الشعبي»"), "\"الحشد الشعبي\"");
    /// ```
    pub const fn search() -> Normalizer {
        Normalizer::new(Config::search())
    }

    /// Diacritics, tatweel and invisibles removed only ([`Config::light`]).
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::light();
    /// assert_eq!(n.normalize("الأَسايـش"), "الأسايش");
    /// ```
    pub const fn light() -> Normalizer {
        Normalizer::new(Config::light())
    }

    /// The normalizer of a named profile.
    ///
    /// ```
    /// use akhbar_normalize::{Normalizer, Profile};
    /// assert_eq!(Normalizer::profile(Profile::Light).config(), Profile::Light.config());
    /// ```
    pub const fn profile(profile: Profile) -> Normalizer {
        Normalizer::new(profile.config())
    }

    /// The configuration this normalizer applies.
    ///
    /// ```
    /// use akhbar_normalize::{Fold, Normalizer};
    /// assert!(Normalizer::search().config().has(Fold::Digits));
    /// ```
    pub const fn config(&self) -> Config {
        self.config
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search();
    /// assert_eq!(n.normalize("ﻻ"), "لا");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.run(text, &mut NoMap) {
            None => Cow::Borrowed(text),
            Some(out) => Cow::Owned(out),
        }
    }

    /// Normalizes `text` into `out` (cleared first), reusing its buffer.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search();
    /// let mut buf = String::new();
    /// n.normalize_into("حماة", &mut buf);
    /// assert_eq!(buf, "حماه");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.clear();
        out.push_str(&self.normalize(text));
    }

    /// Normalizes `text` and records where every part of the result came
    /// from.
    ///
    /// ```
    /// let original = "مقتل عنصرين من «قسد» بريف ديرالزور";
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map(original);
    /// let at = n.as_str().find("قسد").unwrap();
    /// let span = n.map().to_original(at..at + "قسد".len());
    /// assert_eq!(&original[span], "قسد");
    /// ```
    pub fn normalize_with_map<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut map = MapBuilder::new();
        match self.run(text, &mut map) {
            None => Normalized::new(Cow::Borrowed(text), map.finish(text.len(), text.len())),
            Some(out) => {
                let len = out.len();
                Normalized::new(Cow::Owned(out), map.finish(len, text.len()))
            }
        }
    }

    /// Whether `normalize(text)` would return `text` itself.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search();
    /// assert!(n.is_normalized("حلب"));
    /// assert!(!n.is_normalized("إدلب"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        self.first_change(text.as_bytes()).is_none()
    }

    #[cfg(test)]
    pub(crate) fn scanner(&self) -> &Scanner {
        &self.scanner
    }

    /// Offset of the first character that normalization changes.
    fn first_change(&self, b: &[u8]) -> Option<usize> {
        let mut i = 0;
        loop {
            i = self.scanner.next(b, i);
            if i >= b.len() || self.changes_at(b, i) {
                return (i < b.len()).then_some(i);
            }
            i += decode(b, i).1;
        }
    }

    /// Whether the character at a position the scanner reported changes:
    /// the scanner also reports every lead byte outside ASCII and U+0600 to
    /// U+067F, and most of those stay.
    #[inline]
    fn changes_at(&self, b: &[u8], i: usize) -> bool {
        b[i] < 0xC0
            || (0xD8..=0xD9).contains(&b[i])
            || classify(decode(b, i).0, self.config, &self.arabic) != Action::Keep
    }

    /// The normalization loop, compiled once per vector instruction set
    /// and picked once per text. Returns `None` when the text is unchanged.
    #[allow(unsafe_code)]
    fn run<S: Sink>(&self, text: &str, sink: &mut S) -> Option<String> {
        #[cfg(target_arch = "x86_64")]
        {
            if let Some(v) = Avx2::detect() {
                // SAFETY: `detect` checked that the CPU has AVX2.
                return unsafe { self.run_avx2(v, text, sink) };
            }
            if let Some(v) = Ssse3::detect() {
                // SAFETY: `detect` checked that the CPU has SSSE3.
                return unsafe { self.run_ssse3(v, text, sink) };
            }
        }
        self.run_with(Plain, text, sink)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[allow(unsafe_code)]
    unsafe fn run_avx2<S: Sink>(&self, v: Avx2, text: &str, sink: &mut S) -> Option<String> {
        self.run_with(v, text, sink)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    #[allow(unsafe_code)]
    unsafe fn run_ssse3<S: Sink>(&self, v: Ssse3, text: &str, sink: &mut S) -> Option<String> {
        self.run_with(v, text, sink)
    }

    /// The scanner finds the next character that may change; the stretch
    /// before it is copied in one piece. Whitespace collapses against the
    /// last byte written, so that two spaces separated only by deleted
    /// characters become one, which keeps the result idempotent.
    #[inline(always)]
    fn run_with<V: Vector, S: Sink>(&self, v: V, text: &str, sink: &mut S) -> Option<String> {
        let b = text.as_bytes();
        let n = b.len();
        let mut block = Block::default();
        let mut first = 0;
        loop {
            first = self.scanner.next_cached(v, b, first, &mut block);
            if first >= n {
                return None;
            }
            if self.changes_at(b, first) {
                break;
            }
            first += decode(b, first).1;
        }
        let mut out = String::with_capacity(n + 16);
        let mut swaps = Swaps::new();
        // `out` holds the result for `text[..done]`; `text[done..at]` is
        // unchanged but for the letter swaps in `swaps`, not yet copied.
        let mut done = 0;
        let mut at = first;
        loop {
            let next = self.scanner.next_cached(v, b, at, &mut block);
            if next >= n {
                swaps.flush(text, done, n, &mut out);
                break;
            }
            // Most changes swap one Arabic letter for another of the same
            // width (أ → ا, ة → ه, ى → ي): they are written in place when
            // the stretch around them is copied.
            if b[next] & 0xFE == 0xD8 {
                let e =
                    self.arabic[(((b[next] & 1) as usize) << 6) | (b[next + 1] & 0x3F) as usize];
                if e >= 0x80 {
                    if swaps.is_full() {
                        swaps.flush(text, done, next, &mut out);
                        done = next;
                    }
                    swaps.push(next, e);
                    at = next + 2;
                    continue;
                }
            }
            swaps.flush(text, done, next, &mut out);
            let mut i = self.fold_at(text, next, &mut out, sink);
            // A space was written: swallow what follows it that is
            // whitespace or deleted, which the scanner cannot see (its view
            // of "the previous byte" is the input's).
            while i < n && self.ends_in_space(&out) && self.collapses(b, i) {
                i = self.fold_at(text, i, &mut out, sink);
            }
            done = i;
            at = i;
        }
        Some(out)
    }

    fn ends_in_space(&self, out: &str) -> bool {
        self.config.has(Fold::Whitespace) && matches!(out.as_bytes().last(), Some(b' ' | b'\n'))
    }

    /// Whether the character at `i` is whitespace or deleted.
    fn collapses(&self, b: &[u8], i: usize) -> bool {
        let x = b[i];
        if x < 0x80 {
            return matches!(self.ascii_out[x as usize][1], OUT_SPACE | OUT_LINE);
        }
        let (ch, _) = decode(b, i);
        matches!(
            classify(ch, self.config, &self.arabic),
            Action::Space(_) | Action::Absorb | Action::Gap
        )
    }

    /// Writes what the character at `i` becomes and returns where the next
    /// character starts.
    #[inline]
    fn fold_at<S: Sink>(&self, text: &str, i: usize, out: &mut String, sink: &mut S) -> usize {
        let b = text.as_bytes();
        let x = b[i];
        if x < 0x80 {
            let [byte, kind] = self.ascii_out[x as usize];
            match kind {
                OUT_SPACE | OUT_LINE if self.ends_in_space(out) => {
                    if kind == OUT_LINE {
                        out.pop();
                        out.push('\n');
                    }
                    sink.deleted(out.len(), i, i + 1, false);
                }
                _ => out.push(char::from(byte)),
            }
            return i + 1;
        }
        if (0xD8..=0xDB).contains(&x) {
            let e = self.arabic[(((x & 3) as usize) << 6) | (b[i + 1] & 0x3F) as usize];
            match e {
                KEEP => out.push_str(&text[i..i + 2]),
                ABSORB => sink.deleted(out.len(), i, i + 2, true),
                GAP => sink.deleted(out.len(), i, i + 2, false),
                _ => {
                    let at = out.len();
                    out.push(entry_char(e));
                    if e < 0x80 {
                        sink.replaced(at, at + 1, i, i + 2);
                    }
                }
            }
            return i + 2;
        }
        let (ch, len) = decode(b, i);
        let next = i + len;
        match classify(ch, self.config, &self.arabic) {
            Action::Keep => out.push_str(&text[i..next]),
            Action::Absorb => sink.deleted(out.len(), i, next, true),
            Action::Gap => sink.deleted(out.len(), i, next, false),
            Action::Space(line) => {
                if self.ends_in_space(out) {
                    if line {
                        out.pop();
                        out.push('\n');
                    }
                    sink.deleted(out.len(), i, next, false);
                } else {
                    let at = out.len();
                    out.push(if line { '\n' } else { ' ' });
                    sink.replaced(at, at + 1, i, next);
                }
            }
            Action::Char(c) => {
                let at = out.len();
                out.push(c);
                if c.len_utf8() != len {
                    sink.replaced(at, out.len(), i, next);
                }
            }
            Action::Str(s) => {
                let at = out.len();
                for c in s.chars() {
                    match classify(c, self.config, &self.arabic) {
                        Action::Keep => out.push(c),
                        Action::Char(r) => out.push(r),
                        Action::Space(_) => out.push(' '),
                        // Decompositions hold no presentation forms.
                        Action::Absorb | Action::Gap | Action::Str(_) => {}
                    }
                }
                sink.replaced(at, out.len(), i, next);
            }
        }
        next
    }
}

/// Same-width letter swaps waiting for the stretch around them to be
/// copied: the input offset of each letter and its replacement, a code point
/// of the Arabic block (two bytes in UTF-8, like the letter it replaces).
struct Swaps {
    at: [usize; 64],
    to: [u16; 64],
    len: usize,
}

impl Swaps {
    fn new() -> Swaps {
        Swaps {
            at: [0; 64],
            to: [0; 64],
            len: 0,
        }
    }

    fn is_full(&self) -> bool {
        self.len == self.at.len()
    }

    #[inline]
    fn push(&mut self, at: usize, to: u16) {
        self.at[self.len] = at;
        self.to[self.len] = to;
        self.len += 1;
    }

    /// Copies `text[from..to]` to `out` and applies the swaps inside it.
    #[inline]
    #[allow(unsafe_code)]
    fn flush(&mut self, text: &str, from: usize, to: usize, out: &mut String) {
        if to > from {
            let base = out.len();
            out.push_str(&text[from..to]);
            // SAFETY: each swap replaces a two-byte character, which starts
            // at `at` in `text` and so at `base + at - from` in `out`, with the two
            // bytes of another character of U+0600..U+06FF: `out` stays
            // valid UTF-8.
            let bytes = unsafe { out.as_mut_vec() };
            for k in 0..self.len {
                let (at, cp) = (base + (self.at[k] - from), self.to[k]);
                debug_assert!((0x0600..0x0700).contains(&cp));
                debug_assert!(matches!(bytes[at], 0xD8..=0xDB));
                bytes[at] = 0xD8 | (cp >> 6) as u8 & 0x03;
                bytes[at + 1] = 0x80 | (cp & 0x3F) as u8;
            }
        }
        self.len = 0;
    }
}

impl Default for Normalizer {
    /// [`Normalizer::search`].
    fn default() -> Normalizer {
        Normalizer::search()
    }
}

impl core::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Normalizer")
            .field("config", &self.config)
            .finish()
    }
}

/// Decodes the char starting at byte `i` of valid UTF-8.
#[inline]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i];
    let (len, init) = match x {
        0x00..=0x7F => return (x as char, 1),
        0xC0..=0xDF => (2, u32::from(x & 0x1F)),
        0xE0..=0xEF => (3, u32::from(x & 0x0F)),
        _ => (4, u32::from(x & 0x07)),
    };
    let mut cp = init;
    for k in 1..len {
        cp = (cp << 6) | u32::from(b[i + k] & 0x3F);
    }
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}
