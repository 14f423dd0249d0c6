use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use akhbar_normalize::{is_whole_word, Normalized, Span, SEARCH};
use once_cell::sync::Lazy;

use crate::entry::{Entry, NameUse};
use crate::error::BuildError;
use crate::gazetteer::Gazetteer;
use crate::kind::{Kind, PlaceKind, Target};

static EMBEDDED_MATCHER: Lazy<Matcher> = Lazy::new(|| {
    Matcher::new(Gazetteer::embedded_arc())
        .unwrap_or_else(|e| panic!("akhbar-gazetteer's embedded data is invalid: {e}"))
});

/// Options for a [`Matcher`].
///
/// ```
/// use akhbar_gazetteer::{Gazetteer, MatcherBuilder};
///
/// let m = MatcherBuilder::new()
///     .require_context(false)
///     .build(Gazetteer::embedded().clone())
///     .unwrap();
/// // Without the context requirement, an ambiguous name matches anywhere.
/// assert_eq!(m.find_iter("فتح الباب").count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct MatcherBuilder {
    require_context: bool,
    context_window: usize,
    places: bool,
    actors: bool,
}

impl Default for MatcherBuilder {
    fn default() -> MatcherBuilder {
        MatcherBuilder {
            require_context: true,
            context_window: 300,
            places: true,
            actors: true,
        }
    }
}

impl MatcherBuilder {
    /// The default options: context required for ambiguous names, a window
    /// of 300 bytes, places and actors.
    pub fn new() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// Whether ambiguous names (marked `?` in the data) need context to be
    /// reported. On by default; off, they match like any other name.
    pub fn require_context(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.require_context = yes;
        self
    }

    /// How far (in bytes of normalized text, before or after) a place of an
    /// ambiguous name's admin chain may be and still count as context.
    pub fn context_window(&mut self, bytes: usize) -> &mut MatcherBuilder {
        self.context_window = bytes;
        self
    }

    /// Whether to match places.
    pub fn places(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.places = yes;
        self
    }

    /// Whether to match actors.
    pub fn actors(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.actors = yes;
        self
    }

    /// Builds the automaton over every matchable name of `gazetteer`.
    pub fn build(&self, gazetteer: impl Into<Arc<Gazetteer>>) -> Result<Matcher, BuildError> {
        Matcher::with_options(gazetteer.into(), self.clone())
    }
}

/// One entry a pattern can stand for, and how its name may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Candidate {
    entry: u32,
    usage: NameUse,
}

/// What one automaton pattern stands for. A pattern is a normalized name,
/// or a name with the article's alef dropped, as after the preposition ل
/// (للرقة = ل + الرقة: the pattern لرقه).
#[derive(Clone, Debug, Default)]
struct Pattern {
    full: Vec<Candidate>,
    contracted: Vec<Candidate>,
    /// Whether the name as a whole starts with the article.
    article: bool,
    /// Whether all its entries lie on one parent chain (a governorate, its
    /// district and its city): then context cannot tell them apart.
    one_chain: bool,
    /// A phrase that contains names but is not a mention (واشنطن بوست):
    /// consumed, never reported.
    blocker: bool,
}

/// What a trigger word licenses: places, actors, and which kinds it points
/// to.
#[derive(Clone, Debug, Default)]
struct TriggerInfo {
    place: bool,
    actor: bool,
    /// A locative preposition: licenses weak place names only.
    locative: bool,
    kinds: Vec<Kind>,
}

impl TriggerInfo {
    fn allows(&self, t: Target) -> bool {
        match t {
            Target::Place => self.place,
            Target::Actor => self.actor,
        }
    }
}

/// The patterns being collected: each distinct normalized string once.
#[derive(Default)]
struct PatternTable {
    index: HashMap<String, usize>,
    strings: Vec<String>,
    patterns: Vec<Pattern>,
}

impl PatternTable {
    /// The pattern for `s`, created empty if new.
    fn intern(&mut self, s: String) -> &mut Pattern {
        let k = match self.index.get(&s) {
            Some(&k) => k,
            None => {
                self.index.insert(s.clone(), self.patterns.len());
                self.strings.push(s);
                self.patterns.push(Pattern::default());
                self.patterns.len() - 1
            }
        };
        &mut self.patterns[k]
    }
}

/// How freely a name matches: unambiguous, weak, ambiguous.
fn freedom(u: NameUse) -> u8 {
    match u {
        NameUse::Match => 0,
        NameUse::Weak => 1,
        NameUse::Ambiguous => 2,
        NameUse::LookupOnly => 3,
    }
}

/// Finds the places and actors of a [`Gazetteer`] in Arabic text.
///
/// One Aho-Corasick automaton (leftmost-longest) runs over the normalized
/// names of places and actors together, on `search`-normalized text, so
/// spelling variants, diacritics and tatweel do not matter, and the longest
/// name wins (قوات سوريا الديمقراطية is one actor, not an actor and a
/// country). A hit counts only as a whole word, possibly after a chain of
/// proclitics (و ف ب ك ل, the article, the contraction لل): والرقة,
/// بدير الزور, للرقة, فلداعش match; العراقية and السوريين do not.
///
/// Ambiguous names (الباب "the door", تدمر "destroys", جاسم, a first name)
/// are reported only with context: a trigger word right before them (مدينة،
/// بلدة، ريف، تنظيم...), a place of their admin chain within the context
/// window, or a coordination with a name just matched (بلدتي الكرامة
/// والصور). Each match says why it was accepted.
///
/// ```
/// use akhbar_gazetteer::{Matcher, Reason};
///
/// let text = "قصف التحالف الدولي مواقع لداعش في مدينة الباب وبريف ديرالزور";
/// let m = Matcher::embedded();
/// let found: Vec<(&str, &str)> = m
///     .find_iter(text)
///     .map(|x| (&text[x.span()], x.entry().id()))
///     .collect();
/// assert_eq!(found[0], ("التحالف الدولي", "COALITION"));
/// assert_eq!(found[1], ("داعش", "ISIS"));
/// assert_eq!(found[2].0, "الباب");
/// assert_eq!(found[3], ("ديرالزور", "SY09"));
/// let bab = m.find_iter(text).nth(2).unwrap();
/// assert!(matches!(bab.reason(), Reason::Trigger { .. }));
/// ```
#[derive(Clone, Debug)]
pub struct Matcher {
    gazetteer: Arc<Gazetteer>,
    /// Leftmost-longest automaton over every pattern, walked anchored at
    /// the places where a name may start.
    automaton: NFA,
    patterns: Vec<Pattern>,
    /// The pattern strings, by pattern id.
    strings: Vec<String>,
    /// Single-word patterns by the hash of their word.
    single_words: HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>,
    /// The first words of multi-word patterns, and the hashes of their
    /// first two words: the automaton is walked only where both agree.
    first_words: WordSet,
    word_pairs: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
    /// Hash of a normalized trigger word → what it licenses.
    triggers: HashMap<u64, TriggerInfo, BuildHasherDefault<IdentityHasher>>,
    options: MatcherBuilder,
}

impl Matcher {
    /// A matcher with the default options.
    pub fn new(gazetteer: impl Into<Arc<Gazetteer>>) -> Result<Matcher, BuildError> {
        MatcherBuilder::new().build(gazetteer)
    }

    /// The matcher of the embedded data with the default options, built on
    /// first use.
    pub fn embedded() -> &'static Matcher {
        &EMBEDDED_MATCHER
    }

    /// Starts a [`MatcherBuilder`].
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::new()
    }

    /// The gazetteer this matcher finds.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The automaton's heap usage in bytes.
    ///
    /// ```
    /// assert!(akhbar_gazetteer::Matcher::embedded().memory_usage() > 0);
    /// ```
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    fn with_options(
        gazetteer: Arc<Gazetteer>,
        options: MatcherBuilder,
    ) -> Result<Matcher, BuildError> {
        let norm = &SEARCH;
        let mut table = PatternTable::default();
        let mut add = |s: String, contracted: bool, article: bool, c: Candidate| {
            let p = table.intern(s);
            p.article |= article && !contracted;
            let list = if contracted {
                &mut p.contracted
            } else {
                &mut p.full
            };
            match list.iter_mut().find(|x| x.entry == c.entry) {
                // One entry, two names with the same form: the freer use
                // wins.
                Some(x) => {
                    if freedom(c.usage) < freedom(x.usage) {
                        x.usage = c.usage;
                    }
                }
                None => list.push(c),
            }
        };
        for (i, e) in gazetteer.entries().enumerate() {
            let wanted = match e.target() {
                Target::Place => options.places,
                Target::Actor => options.actors,
            };
            if !wanted {
                continue;
            }
            for name in e.names() {
                if name.usage() == NameUse::LookupOnly {
                    continue;
                }
                let c = Candidate {
                    entry: i as u32,
                    usage: name.usage(),
                };
                for form in written_forms(name.text()) {
                    let n = norm.normalize(&form).trim().to_string();
                    if n.is_empty() {
                        continue;
                    }
                    let article = n.starts_with("ال") && n.chars().count() > 3;
                    if article {
                        // After ل the article loses its alef: لل + رقه.
                        add(n[2..].to_string(), true, true, c);
                    }
                    add(n, false, article, c);
                }
            }
        }
        for phrase in gazetteer.blockers() {
            table
                .intern(norm.normalize(phrase).trim().to_string())
                .blocker = true;
        }
        let PatternTable {
            strings,
            mut patterns,
            ..
        } = table;
        // Candidates best first, so that alternatives come out in order.
        for p in &mut patterns {
            for list in [&mut p.full, &mut p.contracted] {
                list.sort_by_key(|c| (rank(gazetteer.entry_at(c.entry as usize).kind()), c.entry));
            }
            let all: Vec<u32> = p
                .full
                .iter()
                .chain(&p.contracted)
                .map(|c| c.entry)
                .collect();
            p.one_chain = all.iter().enumerate().all(|(i, &a)| {
                all[i + 1..].iter().all(|&b| {
                    a == b
                        || gazetteer.chain_of(a as usize).contains(&b)
                        || gazetteer.chain_of(b as usize).contains(&a)
                })
            });
        }
        // Dense transitions near the root: walks start there and are short.
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(6)
            .build(&strings)
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        let mut single_words: HashMap<u64, u32, BuildHasherDefault<IdentityHasher>> =
            HashMap::default();
        let mut firsts = Vec::new();
        let mut word_pairs: HashSet<u64, BuildHasherDefault<IdentityHasher>> = HashSet::default();
        for (k, s) in strings.iter().enumerate() {
            let b = s.as_bytes();
            let e = word_end(&ARABIC_WORD, b, 0);
            let h1 = word_hash(&b[..e]);
            if e == b.len() {
                single_words.insert(h1, k as u32);
                continue;
            }
            firsts.push(h1);
            let s2 = next_word_start(&ARABIC_WORD, b, e).unwrap_or(b.len());
            let e2 = word_end(&ARABIC_WORD, b, s2);
            word_pairs.insert(pair_hash(h1, word_hash(&b[s2..e2])));
        }
        let first_words = WordSet::new(firsts.into_iter());
        let mut triggers: HashMap<u64, TriggerInfo, BuildHasherDefault<IdentityHasher>> =
            HashMap::default();
        for t in gazetteer.triggers() {
            let slot = triggers
                .entry(word_hash(norm.normalize(t.word()).as_bytes()))
                .or_default();
            match (t.is_locative(), t.target()) {
                (true, _) => slot.locative = true,
                (false, Target::Place) => slot.place = true,
                (false, Target::Actor) => slot.actor = true,
            }
            slot.kinds.extend_from_slice(t.kinds());
        }
        Ok(Matcher {
            gazetteer,
            automaton,
            patterns,
            strings,
            single_words,
            first_words,
            word_pairs,
            triggers,
            options,
        })
    }

    /// Finds the places and actors of `text`, normalizing it first.
    pub fn find_iter<'m, 't>(&'m self, text: &'t str) -> Matches<'m, 't> {
        let normalized = SEARCH.normalize_with_map(text);
        self.matches(Cow::Owned(normalized))
    }

    /// Finds the places and actors in text already normalized with
    /// [`Normalizer::search`] (the offset map turns spans back into spans of
    /// the original, so share one normalization between several scanners).
    ///
    /// ```
    /// use akhbar_gazetteer::Matcher;
    /// use akhbar_normalize::Normalizer;
    ///
    /// let text = "وصلت تعزيزات إلى الحسكة";
    /// let n = Normalizer::search().normalize_with_map(text);
    /// let m = Matcher::embedded().find_iter_normalized(&n).next().unwrap();
    /// assert_eq!(&text[m.span()], "الحسكة");
    /// ```
    pub fn find_iter_normalized<'m, 'n>(
        &'m self,
        normalized: &'n Normalized<'_>,
    ) -> Matches<'m, 'n> {
        self.matches(Cow::Borrowed(normalized))
    }

    fn matches<'m, 'n>(&'m self, normalized: Cow<'n, Normalized<'n>>) -> Matches<'m, 'n> {
        Matches {
            matcher: self,
            normalized,
            pos: 0,
            pending: VecDeque::new(),
            history: VecDeque::new(),
            last: None,
            cap: None,
        }
    }

    /// Whether the word before `word_start` (normalized text), after
    /// skipping spaces and quotes, is a trigger word, possibly with
    /// proclitics (بريف، وبلدة، لمدينة): returns its span and what it
    /// licenses.
    fn trigger_before(&self, hay: &str, word_start: usize) -> Option<(Span, &TriggerInfo)> {
        let b = hay.as_bytes();
        let mut j = word_start;
        while j > 0 && matches!(b[j - 1], b' ' | b'"' | b'\'' | b'(' | b'[') {
            j -= 1;
        }
        let start = word_start_before(hay, j);
        if start == j {
            return None;
        }
        clitic_starts(b, start, j)
            .into_iter()
            .filter(|&p| p != usize::MAX)
            .find_map(|p| {
                self.triggers
                    .get(&word_hash(&b[p..j]))
                    .map(|t| (Span::new(start, j), t))
            })
    }
}
/// The written forms of a name that the automaton should know: the name
/// itself and, where news often drops a space after a letter that does not
/// join to the next (دير الزور → ديرالزور), the name without it.
fn written_forms(name: &str) -> Vec<String> {
    const NON_JOINING: [char; 14] = [
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'د', 'ذ', 'ر', 'ز', 'و', 'ؤ', 'ة', 'ء', 'ى',
    ];
    let mut forms = vec![name.to_string()];
    let chars: Vec<char> = name.chars().collect();
    let joined: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| !(c == ' ' && i > 0 && NON_JOINING.contains(&chars[i - 1])))
        .map(|(_, &c)| c)
        .collect();
    if joined != name {
        forms.push(joined);
    }
    forms
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the character starting at byte `i` is a word character. Fast for
/// ASCII and the Arabic block, which is nearly all news text.
#[inline]
fn is_word_at(arabic: &[bool; 256], b: &[u8], i: usize) -> bool {
    let x = b[i];
    if x < 0x80 {
        return x.is_ascii_alphanumeric();
    }
    if (0xD8..=0xDB).contains(&x) {
        if let Some(&y) = b.get(i + 1) {
            let idx = (usize::from(x & 3) << 6) | usize::from(y & 0x3F);
            return arabic[idx];
        }
    }
    decode_at(b, i).is_some_and(is_word_char)
}

/// Byte classes for finding words fast: an ASCII alphanumeric, an ASCII
/// non-word byte, the lead byte of a character of the Arabic block, a
/// continuation byte, or the lead byte of another character.
const WORD: u8 = 0;
const SPACE: u8 = 1;
const ARABIC: u8 = 2;
const CONT: u8 = 3;
const OTHER: u8 = 4;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            WORD
        } else if b < 0x80 {
            SPACE
        } else if b < 0xC0 {
            CONT
        } else if b >= 0xD8 && b <= 0xDB {
            ARABIC
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Index in [`ARABIC_WORD`] of the Arabic-block character at `i`.
#[inline]
fn arabic_index(b: &[u8], i: usize) -> usize {
    (usize::from(b[i] & 3) << 6) | usize::from(b.get(i + 1).map_or(0, |y| y & 0x3F))
}

/// Which characters of U+0600..U+06FF are word characters.
static ARABIC_WORD: Lazy<[bool; 256]> = Lazy::new(|| {
    let mut t = [false; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        *slot = char::from_u32(0x0600 + i as u32).is_some_and(is_word_char);
    }
    t
});

fn decode_at(b: &[u8], i: usize) -> Option<char> {
    let end = (i + 4).min(b.len());
    let s = match std::str::from_utf8(&b[i..end]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[i..i + e.valid_up_to()]).ok()?,
    };
    s.chars().next()
}

#[inline]
fn utf8_len(x: u8) -> usize {
    match x {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

/// End of the word starting at `i`.
#[inline]
fn word_end(arabic: &[bool; 256], b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_word_at(arabic, b, i) {
        i += utf8_len(b[i]);
    }
    i
}

/// Start of the word that ends at `end`.
fn word_start_before(hay: &str, end: usize) -> usize {
    let b = hay.as_bytes();
    let mut i = end;
    while i > 0 {
        // Back to the start of the previous character.
        let mut k = i - 1;
        while k > 0 && BYTE_CLASS[b[k] as usize] == CONT {
            k -= 1;
        }
        if !is_word_at(&ARABIC_WORD, b, k) {
            break;
        }
        i = k;
    }
    i
}

/// Where a name may start in the word `b[w..e]`: at its start, after one
/// proclitic letter (و ف ب ك ل), and after a conjunction and a
/// preposition (وب، فل...). The article is part of the names themselves.
/// Unused slots are `usize::MAX`.
#[inline]
fn clitic_starts(b: &[u8], w: usize, e: usize) -> [usize; 3] {
    let letter = |at: usize| -> u16 {
        if at + 2 <= e {
            u16::from_be_bytes([b[at], b[at + 1]])
        } else {
            0
        }
    };
    const WAW: u16 = 0xD988;
    const FEH: u16 = 0xD981;
    const BEH: u16 = 0xD8A8;
    const KAF: u16 = 0xD983;
    const LAM: u16 = 0xD984;
    let first = letter(w);
    let conj = first == WAW || first == FEH;
    let prep = |c: u16| c == BEH || c == KAF || c == LAM;
    let mut out = [w, usize::MAX, usize::MAX];
    if (conj || prep(first)) && w + 2 < e {
        out[1] = w + 2;
        if conj && prep(letter(w + 2)) && w + 4 < e {
            out[2] = w + 4;
        }
    }
    out
}

/// A hash of a word: its first and last eight bytes (overlapping for short
/// words) and its length. Words are short, so two loads cover them, and a
/// collision only costs an automaton walk that fails.
#[inline]
fn word_hash(bytes: &[u8]) -> u64 {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let n = bytes.len();
    let (head, tail) = if n >= 8 {
        (load8(&bytes[..8]), load8(&bytes[n - 8..]))
    } else {
        let mut pad = [0u8; 8];
        pad[..n].copy_from_slice(bytes);
        (u64::from_le_bytes(pad), 0)
    };
    let h = (head.wrapping_mul(K1) ^ tail.rotate_left(31).wrapping_mul(K2)) ^ n as u64;
    h ^ (h >> 29)
}

#[inline]
fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// The hash of a pair of words.
#[inline]
fn pair_hash(h1: u64, h2: u64) -> u64 {
    (h1.rotate_left(17) ^ h2).wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// A set of word hashes with a small Bloom filter in front: most words of a
/// text start no name, and the filter (8 KiB, in L1 cache) says so without
/// touching the set.
#[derive(Clone, Debug)]
struct WordSet {
    bloom: Box<[u64; BLOOM_WORDS]>,
    set: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
}

const BLOOM_WORDS: usize = 1024;
const BLOOM_BITS: u64 = (BLOOM_WORDS * 64) as u64;

impl WordSet {
    fn new(hashes: impl Iterator<Item = u64>) -> WordSet {
        let mut bloom = Box::new([0u64; BLOOM_WORDS]);
        let mut set: HashSet<u64, BuildHasherDefault<IdentityHasher>> = HashSet::default();
        for h in hashes {
            for bit in [h % BLOOM_BITS, (h >> 32) % BLOOM_BITS] {
                bloom[(bit / 64) as usize] |= 1 << (bit % 64);
            }
            set.insert(h);
        }
        WordSet { bloom, set }
    }

    #[inline]
    fn contains(&self, h: u64) -> bool {
        let (a, b) = (h % BLOOM_BITS, (h >> 32) % BLOOM_BITS);
        self.bloom[(a / 64) as usize] & (1 << (a % 64)) != 0
            && self.bloom[(b / 64) as usize] & (1 << (b % 64)) != 0
            && self.set.contains(&h)
    }
}

/// The start of the next word at or after `i`.
#[inline]
fn next_word_start(words: &[bool; 256], b: &[u8], mut i: usize) -> Option<usize> {
    let n = b.len();
    while i < n {
        match BYTE_CLASS[b[i] as usize] {
            WORD => return Some(i),
            ARABIC if words[arabic_index(b, i)] => return Some(i),
            OTHER if is_word_at(words, b, i) => return Some(i),
            _ => i += utf8_len(b[i]),
        }
    }
    None
}

/// The end of the word starting at `w`.
///
/// Eight bytes at a time up to the next byte that may end a word: an ASCII
/// byte or 0xE2, the lead byte of general punctuation (— … ‐). Other
/// non-ASCII characters are taken as word characters here, which is exact
/// for letters and off only for rare signs of the Arabic block (؍ ۞); the
/// end of a name is checked exactly in `check`.
#[inline]
fn word_end_fast(words: &[bool; 256], b: &[u8], w: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let n = b.len();
    let mut e = w;
    loop {
        while e + 8 <= n {
            let v = load8(&b[e..e + 8]);
            let ascii = !v & HIGH;
            let x = v ^ 0xE2E2_E2E2_E2E2_E2E2;
            let e2 = x.wrapping_sub(ONES) & !x & HIGH;
            let stop = ascii | e2;
            if stop == 0 {
                e += 8;
                continue;
            }
            e += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        if e >= n {
            return n;
        }
        match BYTE_CLASS[b[e] as usize] {
            WORD | CONT => e += 1,
            ARABIC if words[arabic_index(b, e)] => e += 2,
            OTHER if is_word_at(words, b, e) => e += utf8_len(b[e]),
            _ => return e,
        }
    }
}

/// The first-word set is keyed by hashes already: no rehashing.
#[derive(Default, Clone, Copy, Debug)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Why a match was reported.
///
/// ```
/// use akhbar_gazetteer::{Matcher, Reason};
/// let m = Matcher::embedded().find_iter("في حلب").next().unwrap();
/// assert_eq!(m.reason(), Reason::Unambiguous);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// The name is not ambiguous.
    Unambiguous,
    /// An ambiguous name after a trigger word (span of the trigger word in
    /// the original text).
    Trigger {
        /// The trigger word.
        word: Span,
    },
    /// An ambiguous name with a place of its admin chain nearby (span of
    /// that place in the original text).
    Nearby {
        /// The place that gave the context.
        anchor: Span,
    },
    /// An ambiguous name joined by و to a name just matched.
    Coordination,
    /// An ambiguous name, matched because the matcher does not require
    /// context.
    ContextNotRequired,
}

/// A place or an actor found in a text.
#[derive(Clone, Debug)]
pub struct Match<'a> {
    span: Span,
    matcher: &'a Matcher,
    found: Found,
    entry: u32,
    reason: Reason,
}

impl<'a> Match<'a> {
    /// Where it is in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The best entry for the name.
    pub fn entry(&self) -> &'a Entry {
        self.matcher.gazetteer.entry_at(self.entry as usize)
    }

    /// Other entries with the same name, by rank (a governorate before a
    /// city before a village).
    ///
    /// ```
    /// let m = akhbar_gazetteer::Matcher::embedded();
    /// // Tripoli is in Lebanon and in Libya.
    /// let t = m.find_iter("وصل إلى طرابلس").next().unwrap();
    /// assert_eq!(t.entry().id(), "w-lb-tripoli");
    /// let others: Vec<&str> = t.alternatives().map(|e| e.id()).collect();
    /// assert_eq!(others, ["w-ly-tripoli"]);
    /// ```
    pub fn alternatives(&self) -> impl Iterator<Item = &'a Entry> + 'a {
        let g: &'a Gazetteer = &self.matcher.gazetteer;
        let best = self.entry;
        self.found
            .candidates(self.matcher)
            .filter(move |c| c.entry != best)
            .map(move |c| g.entry_at(c.entry as usize))
    }

    /// Why it was accepted.
    pub fn reason(&self) -> Reason {
        self.reason
    }
}

/// A name found in the text that passed the word checks, not yet decided.
#[derive(Clone, Copy, Debug)]
struct Found {
    /// Normalized span of the name, without clitics.
    start: usize,
    end: usize,
    /// Start of the word (the clitics before the name).
    word: usize,
    pattern: u32,
    /// Whether the candidates of the name as written apply, and those of
    /// the contracted form (after ل).
    full: bool,
    contracted: bool,
    /// Whether every candidate needs context (ambiguous or weak).
    ambiguous: bool,
    /// Whether there is more than one candidate.
    shared: bool,
    /// Whether places nearby must be weighed: an ambiguous name, or one
    /// shared by entries on different parent chains.
    needs_context: bool,
    /// A blocker phrase: consumed, never reported.
    blocked: bool,
}

impl Found {
    fn candidates<'m>(&self, m: &'m Matcher) -> impl Iterator<Item = Candidate> + 'm {
        let p = &m.patterns[self.pattern as usize];
        let full: &[Candidate] = if self.full { &p.full } else { &[] };
        let contracted: &[Candidate] = if self.contracted { &p.contracted } else { &[] };
        full.iter().chain(contracted).copied()
    }
}

/// An accepted match kept for context: its normalized span and entry.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    start: usize,
    end: usize,
    entry: u32,
}

/// The matches of one text; made by [`Matcher::find_iter`].
#[derive(Debug)]
pub struct Matches<'m, 'n> {
    matcher: &'m Matcher,
    normalized: Cow<'n, Normalized<'n>>,
    /// Where the search for names resumes.
    pos: usize,
    /// Names found but not decided yet, in text order.
    pending: VecDeque<Found>,
    /// Accepted matches within the context window behind.
    history: VecDeque<Anchor>,
    /// The last accepted match: its normalized end and target.
    last: Option<(usize, Target)>,
    /// After a name was rejected: names starting where it started must end
    /// before it did (a shorter name there may still be acceptable).
    cap: Option<(usize, usize)>,
}

impl<'m, 'n> Matches<'m, 'n> {
    fn hay(&self) -> &str {
        self.normalized.as_str()
    }

    /// Finds the next name after `pos`.
    ///
    /// A name starts at the start of a word, or after a chain of proclitic
    /// letters (و ف, then ب ك ل). At each such place, the word is looked up
    /// among the first words of all names; only on a hit is the automaton
    /// walked, anchored there, and its matches tried longest first.
    fn pull(&mut self) -> Option<Found> {
        let hay = self.normalized.as_str();
        let b = hay.as_bytes();
        let n = b.len();
        let words = &*ARABIC_WORD;
        let mut i = self.pos;
        while i < n {
            let Some(w) = next_word_start(words, b, i) else {
                break;
            };
            let e = word_end_fast(words, b, w);
            for p in clitic_starts(b, w, e) {
                if p == usize::MAX {
                    continue;
                }
                let max_end = match self.cap {
                    Some((at, end)) if at == p => end - 1,
                    _ => usize::MAX,
                };
                if let Some(found) = self.try_at(hay, w, p, e, max_end) {
                    self.pos = found.end;
                    self.cap = None;
                    return Some(found);
                }
            }
            if self.cap.is_some_and(|(at, _)| at < e) {
                self.cap = None;
            }
            i = e;
        }
        self.pos = n;
        None
    }

    /// The longest name starting at `p` (in the word `w..e`) that passes
    /// the word checks. A name of several words is looked for with the
    /// automaton only when the first two words could start one; a name of
    /// one word is found by its hash and checked byte for byte.
    #[inline]
    fn try_at(&self, hay: &str, w: usize, p: usize, e: usize, max_end: usize) -> Option<Found> {
        let m = self.matcher;
        let b = hay.as_bytes();
        let h1 = word_hash(&b[p..e]);
        if m.first_words.contains(h1) {
            let words = &*ARABIC_WORD;
            let s2 = (e + 1).min(b.len());
            if s2 < b.len() && is_word_at(words, b, s2) {
                let e2 = word_end_fast(words, b, s2);
                if m.word_pairs.contains(&pair_hash(h1, word_hash(&b[s2..e2]))) {
                    if let Some(found) = self.walk(hay, w, p, max_end) {
                        return Some(found);
                    }
                }
            }
        }
        let &k = m.single_words.get(&h1)?;
        (e <= max_end && m.strings[k as usize].as_bytes() == &b[p..e])
            .then(|| self.check(hay, w, p, e, k as usize))
            .flatten()
    }

    /// Walks the automaton from `p` (in the word starting at `w`) and
    /// returns the longest name that passes the word checks.
    fn walk(&self, hay: &str, w: usize, p: usize, max_end: usize) -> Option<Found> {
        let a = &self.matcher.automaton;
        let b = hay.as_bytes();
        let Ok(mut sid) = a.start_state(Anchored::Yes) else {
            return None;
        };
        // Ends and patterns of the names matched along the way; names
        // nest, so a few slots are plenty, and the longest are kept.
        let mut ends = [(0usize, 0usize); 8];
        let mut count = 0;
        for (k, &byte) in b[p..].iter().enumerate() {
            sid = a.next_state(Anchored::Yes, sid, byte);
            if a.is_dead(sid) {
                break;
            }
            if p + k + 1 > max_end {
                break;
            }
            if a.is_match(sid) {
                ends[count % ends.len()] = (p + k + 1, a.match_pattern(sid, 0).as_usize());
                count += 1;
            }
        }
        let kept = count.min(ends.len());
        (0..kept)
            .map(|k| ends[(count - 1 - k) % ends.len()])
            .find_map(|(end, pattern)| self.check(hay, w, p, end, pattern))
    }

    /// The word checks: nothing of the same word after the name; the
    /// proclitics before it fit the name; they are not the first letters of
    /// a word that happens to end in a name (وزير is not و + زير).
    fn check(
        &self,
        hay: &str,
        w: usize,
        start: usize,
        end: usize,
        pattern: usize,
    ) -> Option<Found> {
        let b = hay.as_bytes();
        if end < b.len() && is_word_at(&ARABIC_WORD, b, end) {
            return None;
        }
        let p = &self.matcher.patterns[pattern];
        if p.blocker {
            return Some(Found {
                start,
                end,
                word: w,
                pattern: pattern as u32,
                full: false,
                contracted: false,
                ambiguous: true,
                shared: false,
                needs_context: false,
                blocked: true,
            });
        }
        // The chain is 0, 1 or 2 proclitic letters; what matters is whether
        // ل came right before the name.
        let after_lam = start > w && b[start - 2..start] == *"ل".as_bytes();
        let full = !(p.full.is_empty() || p.article && after_lam);
        let contracted = after_lam && !p.contracted.is_empty();
        if !full && !contracted {
            return None;
        }
        if start > w && is_whole_word(&hay[w..word_end(&ARABIC_WORD, b, start)]) {
            return None;
        }
        let mut f = Found {
            start,
            end,
            word: w,
            pattern: pattern as u32,
            full,
            contracted,
            ambiguous: true,
            shared: false,
            needs_context: false,
            blocked: false,
        };
        let mut count = 0;
        for c in f.candidates(self.matcher) {
            count += 1;
            f.ambiguous &= c.usage != NameUse::Match;
        }
        f.shared = count > 1;
        f.needs_context = f.ambiguous || (f.shared && !p.one_chain);
        Some(f)
    }

    fn accept(&mut self, f: &Found, entry: u32) {
        let g = &self.matcher.gazetteer;
        let window = self.matcher.options.context_window;
        self.last = Some((f.end, g.entry_at(entry as usize).target()));
        self.history.push_back(Anchor {
            start: f.start,
            end: f.end,
            entry,
        });
        while self
            .history
            .front()
            .is_some_and(|a| a.end + window < f.start)
        {
            self.history.pop_front();
        }
    }

    /// Decides the front name once enough text after it is known.
    fn decide(&mut self, f: Found) -> Option<Match<'m>> {
        let m: &'m Matcher = self.matcher;
        let g: &'m Gazetteer = &m.gazetteer;
        let map = self.normalized.map();
        if !f.ambiguous && !f.shared {
            // One unambiguous entry: nothing to weigh.
            let c = f.candidates(m).next()?;
            let span = map.to_original(f.start..f.end);
            self.accept(&f, c.entry);
            return Some(Match {
                span,
                matcher: m,
                found: f,
                entry: c.entry,
                reason: Reason::Unambiguous,
            });
        }
        let window = m.options.context_window;
        let lo = f.start.saturating_sub(window);
        let hi = f.end + window;
        // Places that give context: accepted ones behind, unambiguous ones
        // ahead, as (start, end, entry) in the normalized text.
        let anchors = || {
            let behind = self
                .history
                .iter()
                .filter(move |a| a.end >= lo)
                .map(|a| (a.start, a.end, a.entry));
            let ahead = self
                .pending
                .iter()
                .filter(move |p| !p.ambiguous && p.start <= hi)
                .flat_map(move |p| {
                    p.candidates(m)
                        .filter(|x| x.usage == NameUse::Match)
                        .map(move |x| (p.start, p.end, x.entry))
                });
            behind
                .chain(ahead)
                .filter(|&(_, _, e)| g.entry_at(e as usize).target() == Target::Place)
        };
        // Entry `c` is near a place of its admin chain (for choosing among
        // entries that share a name).
        let near = |c: u32| anchors().any(|(_, _, e)| e != c && near_in_chain(g, c, e));
        // A place that licenses ambiguous entry `c`: one below a
        // governorate in its chain, anywhere in the window; or its
        // governorate right after it ("جاسم بريف درعا").
        let licenser = |c: u32| {
            anchors().find(|&(s, _, e)| {
                e != c && {
                    let right_after = s >= f.end && s - f.end <= GOVERNORATE_REACH;
                    licenses(g, e, c, right_after)
                }
            })
        };
        let hay = self.normalized.as_str();
        let trigger = m.trigger_before(hay, f.word);
        let lic = trigger.as_ref().map(|(_, lic)| *lic);
        // Coordination: a name in a list with an accepted one of the same
        // target, joined by و or a comma, before it or right after it.
        let joined = |end: usize, word: usize, start: usize| {
            end <= word && {
                let sep = hay[end..word].trim();
                sep == "," || (sep.is_empty() && hay[word..start].starts_with('و'))
            }
        };
        let before = self
            .last
            .filter(|&(end, _)| joined(end, f.word, f.start))
            .map(|(_, t)| t);
        let after = self
            .pending
            .iter()
            .find(|p| !p.blocked)
            .filter(|p| !p.ambiguous && joined(f.end, p.word, p.start))
            .and_then(|p| p.candidates(m).next())
            .map(|c| g.entry_at(c.entry as usize).target());
        let coordinated = |t: Target| before == Some(t) || after == Some(t);
        // Why each candidate would be accepted, if it would; cheap reasons
        // first. A weak name is licensed by a locative preposition too, and
        // by a trigger word only for the kinds the word names.
        let why = |c: &Candidate| -> Option<Reason> {
            let e = g.entry_at(c.entry as usize);
            let t = e.target();
            if c.usage == NameUse::Match {
                return Some(Reason::Unambiguous);
            }
            if !m.options.require_context {
                return Some(Reason::ContextNotRequired);
            }
            let weak = c.usage == NameUse::Weak;
            let by_trigger = trigger.as_ref().filter(|(_, l)| {
                l.allows(t) && (!weak || l.kinds.is_empty() || l.kinds.contains(&e.kind()))
                    || weak && t == Target::Place && l.locative
            });
            if let Some((span, _)) = by_trigger {
                return Some(Reason::Trigger {
                    word: map.to_original(*span),
                });
            }
            if coordinated(t) {
                return Some(Reason::Coordination);
            }
            licenser(c.entry).map(|(s, e, _)| Reason::Nearby {
                anchor: map.to_original(s..e),
            })
        };
        // The best acceptable candidate: one near a place of its chain,
        // then one the trigger allows, then one of a kind it points to
        // (earlier kinds first), then the higher rank.
        let mut best: Option<(Score, Candidate, Reason)> = None;
        for c in f.candidates(m) {
            let Some(reason) = why(&c) else { continue };
            let e = g.entry_at(c.entry as usize);
            let wrong_target = lic.is_some_and(|l| !l.allows(e.target()));
            let kind_pos = lic
                .and_then(|l| l.kinds.iter().position(|k| *k == e.kind()))
                .unwrap_or(usize::MAX);
            let far = !f.needs_context || !f.shared || !near(c.entry);
            let score = (far, wrong_target, kind_pos, rank(e.kind()), c.entry);
            if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
                best = Some((score, c, reason));
            }
        }
        let (_, c, reason) = best?;
        let span = map.to_original(f.start..f.end);
        self.accept(&f, c.entry);
        Some(Match {
            span,
            matcher: m,
            found: f,
            entry: c.entry,
            reason,
        })
    }
}

/// How a candidate ranks against others for the same name, lower first:
/// not near a place of its chain, not allowed by the trigger, position of
/// its kind among the trigger's kinds, rank of its kind, entry index.
type Score = (bool, bool, usize, u8, u32);

/// How far after an ambiguous name (bytes of normalized text) its
/// governorate may stand and still license it: "جاسم بريف درعا", not a
/// governorate named two sentences later.
const GOVERNORATE_REACH: usize = 40;

/// Whether the accepted place `anchor` licenses the ambiguous entry `c`:
/// it is a unit below a governorate that contains `c`, a place inside `c`
/// (when `c` is smaller than a governorate), or a neighbour of `c` in one
/// district; or, when it stands right after `c`, the governorate that
/// contains it.
fn licenses(g: &Gazetteer, anchor: u32, c: u32, right_after: bool) -> bool {
    let up_c = g.chain_of(c as usize);
    let up_a = g.chain_of(anchor as usize);
    let kind = |e: u32| g.entry_at(e as usize).kind();
    let broad = |e: u32| {
        matches!(
            kind(e),
            Kind::Place(PlaceKind::Country | PlaceKind::Region | PlaceKind::Governorate)
        )
    };
    if up_c.contains(&anchor) {
        return !broad(anchor)
            || (right_after && kind(anchor) == Kind::Place(PlaceKind::Governorate));
    }
    if up_a.contains(&c) {
        // A place inside it: context for a district or a town, not for a
        // country or a governorate, which every place nearby lies in.
        return !broad(c);
    }
    up_a.iter()
        .find(|p| up_c.contains(p))
        .is_some_and(|&p| !broad(p))
}

/// Whether two entries are one above the other, or share an ancestor
/// smaller than a governorate.
fn near_in_chain(g: &Gazetteer, a: u32, b: u32) -> bool {
    let (up_a, up_b) = (g.chain_of(a as usize), g.chain_of(b as usize));
    if up_a.contains(&b) || up_b.contains(&a) {
        return true;
    }
    up_b.iter().find(|p| up_a.contains(p)).is_some_and(|&p| {
        !matches!(
            g.entry_at(p as usize).kind(),
            Kind::Place(PlaceKind::Country | PlaceKind::Governorate | PlaceKind::Region)
        )
    })
}

/// Preference among entries sharing a name: places by their rank, then
/// actors.
fn rank(kind: Kind) -> u8 {
    match kind {
        Kind::Place(p) => p.rank(),
        Kind::Actor(_) => 20,
    }
}

impl<'m> Iterator for Matches<'m, '_> {
    type Item = Match<'m>;

    fn next(&mut self) -> Option<Match<'m>> {
        loop {
            if self.pending.is_empty() {
                let f = self.pull()?;
                self.pending.push_back(f);
            }
            let front = self.pending[0];
            if front.needs_context {
                // Context may lie ahead: read on to the end of the window.
                let horizon = front.end + self.matcher.options.context_window;
                while self.pending.back().is_some_and(|b| b.start <= horizon) {
                    match self.pull() {
                        Some(f) => self.pending.push_back(f),
                        None => break,
                    }
                }
            }
            let f = self.pending.pop_front()?;
            if f.blocked {
                continue;
            }
            if let Some(m) = self.decide(f) {
                return Some(m);
            }
            // Rejected: a shorter name at the same start, or a name starting
            // inside this one, may be acceptable. Scan again from here; the
            // names read ahead were found past the rejected one and are
            // found again.
            self.pending.clear();
            self.pos = f.word;
            self.cap = Some((f.start, f.end));
        }
    }
}

impl Matches<'_, '_> {
    /// The normalized text being searched.
    pub fn normalized(&self) -> &str {
        self.hay()
    }
}
