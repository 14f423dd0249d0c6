mod context;
mod matches;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::MatchKind;
use akhbar_normalize::{Normalized, Span, SEARCH};
use once_cell::sync::Lazy;

use self::context::{freedom, rank};
use self::matches::Found;
pub use self::matches::Matches;
use self::words::{
    clitic_starts, next_word_start, pair_hash, word_end, word_hash, word_start_before, HashTable,
    WordInfo, ARABIC_WORD,
};

use crate::entry::{Entry, NameUse};
use crate::error::BuildError;
use crate::gazetteer::Gazetteer;
use crate::kind::{Kind, Target};

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

/// What one pattern stands for. A pattern is a normalized name, or a name
/// with the article's alef dropped, as after the preposition ل (للرقة = ل +
/// الرقة: the pattern لرقه).
#[derive(Clone, Debug)]
struct Pattern {
    /// The entries of the name as written, then those of the contracted
    /// form (after ل), each best first: `candidates[..split]` and
    /// `candidates[split..]`, so that any choice of the two is one slice.
    candidates: Box<[Candidate]>,
    split: usize,
    /// Whether the name as a whole starts with the article.
    article: bool,
    /// Whether all its entries lie on one parent chain (a governorate, its
    /// district and its city): then context cannot tell them apart.
    one_chain: bool,
    /// A phrase that contains names but is not a mention (واشنطن بوست):
    /// consumed, never reported.
    blocker: bool,
    /// A place named within the name (إيران in الميليشيات المدعومة من
    /// إيران): its byte range in the pattern string and its own pattern.
    within: Option<Within>,
}

/// A place named within a name, reported with it.
#[derive(Clone, Copy, Debug)]
struct Within {
    start: u32,
    end: u32,
    pattern: u32,
}

impl Pattern {
    /// The candidates of the name as written (`full`) and of its
    /// contracted form (`contracted`).
    fn candidates(&self, full: bool, contracted: bool) -> &[Candidate] {
        let (from, to) = match (full, contracted) {
            (true, true) => (0, self.candidates.len()),
            (true, false) => (0, self.split),
            (false, true) => (self.split, self.candidates.len()),
            (false, false) => (0, 0),
        };
        &self.candidates[from..to]
    }

    fn has_full(&self) -> bool {
        self.split > 0
    }

    fn has_contracted(&self) -> bool {
        self.split < self.candidates.len()
    }
}

/// A pattern being collected.
#[derive(Clone, Debug, Default)]
struct Draft {
    full: Vec<Candidate>,
    contracted: Vec<Candidate>,
    article: bool,
    blocker: bool,
    within: Option<Within>,
}

/// What a trigger word licenses: places, actors, and which kinds it points
/// to.
#[derive(Clone, Debug, Default)]
struct TriggerInfo {
    /// The trigger word, normalized.
    word: String,
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

    /// Whether it names `e`'s kind (or names no kind) for `e`'s target:
    /// enough for any name of `e` but a look-up-only one.
    fn names_kind_of(&self, e: &Entry) -> bool {
        self.allows(e.target()) && (self.kinds.is_empty() || self.kinds.contains(&e.kind()))
    }
}

/// The patterns being collected: each distinct normalized string once.
#[derive(Default)]
struct PatternTable {
    index: HashMap<String, usize>,
    strings: Vec<String>,
    patterns: Vec<Draft>,
}

impl PatternTable {
    /// The pattern for `s`, created empty if new.
    fn intern(&mut self, s: String) -> &mut Draft {
        let k = match self.index.get(&s) {
            Some(&k) => k,
            None => {
                self.index.insert(s.clone(), self.patterns.len());
                self.strings.push(s);
                self.patterns.push(Draft::default());
                self.patterns.len() - 1
            }
        };
        &mut self.patterns[k]
    }
}

/// Finds the places and actors of a [`Gazetteer`] in Arabic text.
///
/// It works on `search`-normalized text, so spelling variants, diacritics
/// and tatweel do not matter, and looks for names only where one can start:
/// at a word, or after its proclitics (و ف ب ك ل, the contraction لل).
/// Each such place is hashed and looked up among the names' first words
/// behind a Bloom filter, so most words cost a hash and one probe; a
/// one-word name is then confirmed byte for byte, and a longer one by an
/// anchored walk of an Aho-Corasick automaton (leftmost-longest) over the
/// names of several words. The longest name wins (قوات سوريا الديمقراطية is
/// one actor, not an actor and a country; only a place the data brackets
/// within a name, إيران in الميليشيات المدعومة من إيران, is reported inside
/// it, right after it), and it counts only as whole
/// words: والرقة, بدير الزور, للرقة, فلداعش match; العراقية, السوريين and
/// وزير (not و + زير) do not.
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
    /// Pattern ids of the automaton's patterns.
    longer: Vec<u32>,
    patterns: Vec<Pattern>,
    /// The pattern strings, by pattern id.
    strings: Vec<String>,
    /// Word hash → the one-word name it is and whether longer names start
    /// with it ([`WordInfo`]).
    words: HashTable,
    /// Hashes of the first two words of every longer name: the automaton is
    /// walked only where they agree.
    word_pairs: HashTable,
    /// Hash of a normalized trigger word → its index in `trigger_info`,
    /// plus one.
    triggers: HashTable,
    trigger_info: Vec<TriggerInfo>,
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
        self.automaton.memory_usage() + self.words.memory_usage() + self.word_pairs.memory_usage()
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
        // (pattern string, normalized place) of the names that bracket a
        // place within them.
        let mut withins: Vec<(String, String)> = Vec::new();
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
                    if let Some(place) = name.place_within().filter(|_| options.places) {
                        let place = norm.normalize(place).trim().to_string();
                        if article {
                            withins.push((n[2..].to_string(), place.clone()));
                        }
                        withins.push((n.clone(), place));
                    }
                    if article {
                        // After ل the article loses its alef: لل + رقه.
                        add(n[2..].to_string(), true, true, c);
                    }
                    add(n, false, article, c);
                }
            }
        }
        // A place the gazetteer does not hold (a user's own places with the
        // embedded actors) is simply not reported within the name.
        for (s, place) in withins {
            let k = table.index[&s];
            let found = s
                .rfind(&place)
                .zip(table.index.get(&place))
                .filter(|&(_, &p)| {
                    let d = &table.patterns[p];
                    d.full
                        .iter()
                        .any(|c| gazetteer.entry_at(c.entry as usize).target() == Target::Place)
                });
            let Some((at, &p)) = found else {
                continue;
            };
            table.patterns[k].within = Some(Within {
                start: at as u32,
                end: (at + place.len()) as u32,
                pattern: p as u32,
            });
        }
        for phrase in gazetteer.blockers() {
            table
                .intern(norm.normalize(phrase).trim().to_string())
                .blocker = true;
        }
        let PatternTable {
            strings, patterns, ..
        } = table;
        // Candidates best first, so that alternatives come out in order.
        let patterns: Vec<Pattern> = patterns
            .into_iter()
            .map(|mut d| {
                for list in [&mut d.full, &mut d.contracted] {
                    list.sort_by_key(|c| {
                        (rank(gazetteer.entry_at(c.entry as usize).kind()), c.entry)
                    });
                }
                let split = d.full.len();
                let mut all = d.full;
                all.extend(d.contracted);
                let one_chain = all.iter().enumerate().all(|(i, a)| {
                    all[i + 1..].iter().all(|b| {
                        a.entry == b.entry
                            || gazetteer.chain_of(a.entry as usize).contains(&b.entry)
                            || gazetteer.chain_of(b.entry as usize).contains(&a.entry)
                    })
                });
                Pattern {
                    candidates: all.into_boxed_slice(),
                    split,
                    article: d.article,
                    one_chain,
                    blocker: d.blocker,
                    within: d.within,
                }
            })
            .collect();
        // One-word names are found by their hash alone; the automaton holds
        // the longer ones, walked from a word start only when its first two
        // words could begin one.
        let mut words = Vec::new();
        let mut pairs = Vec::new();
        let mut longer = Vec::new();
        for (k, s) in strings.iter().enumerate() {
            let b = s.as_bytes();
            let e = word_end(&ARABIC_WORD, b, 0);
            let h1 = word_hash(&b[..e]);
            if e == b.len() {
                words.push((h1, WordInfo::single(k as u32)));
                continue;
            }
            words.push((h1, WordInfo::starts_longer()));
            let s2 = next_word_start(&ARABIC_WORD, b, e).unwrap_or(b.len());
            let e2 = word_end(&ARABIC_WORD, b, s2);
            pairs.push((pair_hash(h1, word_hash(&b[s2..e2])), 1));
            longer.push(k as u32);
        }
        // Dense transitions near the root: walks start there and are short.
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(6)
            .build(longer.iter().map(|&k| &strings[k as usize]))
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        let mut trigger_index: HashMap<String, usize> = HashMap::new();
        let mut trigger_info: Vec<TriggerInfo> = Vec::new();
        for t in gazetteer.triggers() {
            let word = norm.normalize(t.word()).into_owned();
            let k = *trigger_index.entry(word.clone()).or_insert_with(|| {
                trigger_info.push(TriggerInfo {
                    word,
                    ..TriggerInfo::default()
                });
                trigger_info.len() - 1
            });
            let slot = &mut trigger_info[k];
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
            longer,
            words: HashTable::new(words, WordInfo::merge),
            word_pairs: HashTable::new(pairs, |kept, _| kept),
            triggers: HashTable::new(
                trigger_info
                    .iter()
                    .enumerate()
                    .map(|(k, t)| (word_hash(t.word.as_bytes()), k as u32 + 1)),
                |kept, _| kept,
            ),
            trigger_info,
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
        Matches::new(self, normalized)
    }

    /// Whether the word before `word_start` (normalized text), after
    /// skipping spaces and quotes, is a trigger word, possibly with
    /// proclitics (بريف، وبلدة، لمدينة): returns its span and what it
    /// licenses.
    fn trigger_before(&self, hay: &str, word_start: usize) -> Option<(Span, u32)> {
        let b = hay.as_bytes();
        let mut j = word_start;
        while j > 0 && matches!(b[j - 1], b' ' | b'"' | b'\'' | b'(' | b'[') {
            j -= 1;
        }
        let start = word_start_before(hay, j);
        if start == j {
            return None;
        }
        clitic_starts(b, start, j).find_map(|p| {
            let k = self.triggers.get(word_hash(&b[p..j]))? - 1;
            let t = &self.trigger_info[k as usize];
            (t.word.as_bytes() == &b[p..j]).then(|| (Span::new(start, j), k))
        })
    }

    /// What trigger word `k` licenses.
    fn trigger(&self, k: u32) -> &TriggerInfo {
        &self.trigger_info[k as usize]
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
    /// A place named within the name of an actor that was matched (إيران
    /// in الميليشيات المدعومة من إيران; span of that name in the original
    /// text).
    Within {
        /// The name it stands in.
        name: Span,
    },
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name of the embedded data is found by its own hash: no two
    /// names share one, and every longer name's first two words are known.
    #[test]
    fn every_name_is_found_by_its_hash() {
        let m = Matcher::embedded();
        let mut longer = m.longer.iter();
        for (k, s) in m.strings.iter().enumerate() {
            let b = s.as_bytes();
            let e = word_end(&ARABIC_WORD, b, 0);
            let info = WordInfo::from_value(m.words.get(word_hash(&b[..e])).expect(s));
            if e == b.len() {
                assert_eq!(info.pattern(), Some(k as u32), "{s} is shadowed");
            } else {
                assert!(info.longer(), "{s}");
                assert_eq!(longer.next(), Some(&(k as u32)));
                let s2 = next_word_start(&ARABIC_WORD, b, e).unwrap();
                let e2 = word_end(&ARABIC_WORD, b, s2);
                let pair = pair_hash(word_hash(&b[..e]), word_hash(&b[s2..e2]));
                assert!(m.word_pairs.get(pair).is_some(), "{s}");
            }
        }
    }
}
