//! Proclitics: the particles Arabic writes joined to the front of a word.
//!
//! A word may start with a chain of: a conjunction (و "and", ف "so"), then a
//! preposition (ب "in/with", ك "like", ل "for/to"), then the article ال. The
//! preposition ل fuses with the article into لل (للرقة = ل + الرقة). So the
//! valid chains are the conjunction (or nothing) followed by one of: nothing,
//! ب, ك, ل, ال, بال, كال, لل.

use once_cell::sync::Lazy;
use std::collections::HashSet;

use crate::span::Span;

/// A parsed chain of proclitics, such as `وبال` or `فلل`.
///
/// ```
/// use akhbar_normalize::Chain;
///
/// let c = Chain::parse("وبال").unwrap();
/// assert_eq!((c.conjunction(), c.preposition(), c.article()), (Some('و'), Some('ب'), true));
/// assert!(Chain::parse("لل").unwrap().is_contracted());
/// assert_eq!(Chain::parse("بب"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Chain {
    conjunction: Option<char>,
    preposition: Option<char>,
    article: bool,
    contracted: bool,
}

impl Chain {
    /// Parses a whole string as a chain. Diacritics, tatweel and joiners
    /// between the letters are allowed (`وَبِـ`); anything else is not.
    /// The empty string is the empty chain.
    ///
    /// ```
    /// use akhbar_normalize::Chain;
    /// assert!(Chain::parse("").unwrap().is_empty());
    /// assert!(Chain::parse("وَبِـ").is_some());
    /// assert!(Chain::parse("فلال").is_none());
    /// ```
    pub fn parse(prefix: &str) -> Option<Chain> {
        let letters: Vec<char> = prefix
            .chars()
            .filter(|&c| !is_mark(c))
            .map(fold_alef)
            .collect();
        let (chain, used) = Chain::longest(&letters, letters.len())?;
        (used == letters.len()).then_some(chain)
    }

    /// The conjunction و or ف, if any.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Chain::parse("فب").unwrap().conjunction(), Some('ف'));
    /// ```
    pub fn conjunction(&self) -> Option<char> {
        self.conjunction
    }

    /// The preposition ب, ك or ل, if any (ل also for the contraction لل).
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Chain::parse("لل").unwrap().preposition(), Some('ل'));
    /// ```
    pub fn preposition(&self) -> Option<char> {
        self.preposition
    }

    /// Whether the chain holds the article ال (also when contracted in لل).
    ///
    /// ```
    /// assert!(akhbar_normalize::Chain::parse("وال").unwrap().article());
    /// ```
    pub fn article(&self) -> bool {
        self.article
    }

    /// Whether the chain ends in the contraction لل, whose article lost its
    /// alef (للرقة): the word after it is a name with the article.
    ///
    /// ```
    /// assert!(akhbar_normalize::Chain::parse("ولل").unwrap().is_contracted());
    /// assert!(!akhbar_normalize::Chain::parse("ل").unwrap().is_contracted());
    /// ```
    pub fn is_contracted(&self) -> bool {
        self.contracted
    }

    /// Whether the chain is empty.
    ///
    /// ```
    /// assert!(!akhbar_normalize::Chain::parse("و").unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        *self == Chain::default()
    }

    /// Number of letters in the chain.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Chain::parse("وبال").unwrap().letters(), 4);
    /// ```
    pub fn letters(&self) -> usize {
        let mut n =
            usize::from(self.conjunction.is_some()) + usize::from(self.preposition.is_some());
        if self.contracted {
            n += 1;
        } else if self.article {
            n += 2;
        }
        n
    }

    /// The longest chain `letters` starts with that has at most `max`
    /// letters.
    fn longest(letters: &[char], max: usize) -> Option<(Chain, usize)> {
        Chain::candidates(letters)
            .into_iter()
            .map(|c| (c, c.letters()))
            .filter(|&(_, n)| n <= max)
            .max_by_key(|&(_, n)| n)
    }

    /// Every chain that `word` starts with, the empty chain first, by
    /// increasing length. Whether taking it off leaves a real word is not
    /// checked here; [`Proclitics::split`] does that.
    ///
    /// ```
    /// use akhbar_normalize::Chain;
    /// let lens: Vec<usize> = Chain::prefixes("وبالرقة").iter().map(|c| c.letters()).collect();
    /// assert_eq!(lens, [0, 1, 2, 4]);
    /// ```
    pub fn prefixes(word: &str) -> Vec<Chain> {
        let letters: Vec<char> = word
            .chars()
            .filter(|&c| !is_mark(c))
            .take(4)
            .map(fold_alef)
            .collect();
        let mut all = Chain::candidates(&letters);
        all.sort_by_key(Chain::letters);
        all
    }

    /// Every chain that `letters` starts with.
    fn candidates(letters: &[char]) -> Vec<Chain> {
        let mut out = Vec::with_capacity(8);
        let has_conj = matches!(letters.first(), Some('و' | 'ف'));
        for with_conj in [false, true] {
            if with_conj && !has_conj {
                continue;
            }
            let conjunction = if with_conj { Some(letters[0]) } else { None };
            let rest = &letters[usize::from(with_conj)..];
            let base = Chain {
                conjunction,
                ..Chain::default()
            };
            out.push(base);
            if rest.starts_with(&['ا', 'ل']) {
                out.push(Chain {
                    article: true,
                    ..base
                });
            }
            if let Some(&p @ ('ب' | 'ك' | 'ل')) = rest.first() {
                let with_prep = Chain {
                    preposition: Some(p),
                    ..base
                };
                out.push(with_prep);
                if p != 'ل' && rest[1..].starts_with(&['ا', 'ل']) {
                    out.push(Chain {
                        article: true,
                        ..with_prep
                    });
                }
                if p == 'ل' && rest.get(1) == Some(&'ل') {
                    out.push(Chain {
                        article: true,
                        contracted: true,
                        ..with_prep
                    });
                }
            }
        }
        out
    }
}

/// How a word splits into proclitics and a stem.
///
/// Offsets are byte spans of the word as given. The split is conservative:
/// a chain is taken off only when at least three letters remain (two after
/// the article), and never from a word that is known to be whole although
/// it starts like a chain (فلسطين, بغداد, وزير, الذي). That list comes from
/// the frequency of the word against its would-be stem in a large Arabic
/// word list (see `data/whole-words.txt`).
///
/// ```
/// use akhbar_normalize::Proclitics;
///
/// let w = "وبالرقة";
/// let p = Proclitics::split(w);
/// assert_eq!(&w[p.stem()], "رقة");
/// assert_eq!(&w[p.prefix()], "وبال");
/// assert_eq!(p.chain().preposition(), Some('ب'));
///
/// for whole in ["ولد", "بلد", "فلسطين", "بغداد"] {
///     assert!(Proclitics::split(whole).chain().is_empty(), "{whole}");
/// }
/// let p = Proclitics::split("وبغداد");
/// assert_eq!(&"وبغداد"[p.stem()], "بغداد");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proclitics {
    chain: Chain,
    conjunction: Option<Span>,
    preposition: Option<Span>,
    article: Option<Span>,
    stem: Span,
}

impl Proclitics {
    /// Splits one word (as returned by [`words`](crate::words)).
    ///
    /// ```
    /// let p = akhbar_normalize::Proclitics::split("لِلْحَسَكَةِ");
    /// assert!(p.chain().is_contracted());
    /// assert_eq!(&"لِلْحَسَكَةِ"[p.stem()], "حَسَكَةِ");
    /// ```
    pub fn split(word: &str) -> Proclitics {
        // Letters with their byte offsets, marks skipped.
        let letters: Vec<(char, usize)> = word
            .char_indices()
            .filter(|&(_, c)| !is_mark(c))
            .map(|(i, c)| (fold_alef(c), i))
            .collect();
        let chars: Vec<char> = letters.iter().map(|&(c, _)| c).collect();
        let whole = Proclitics {
            chain: Chain::default(),
            conjunction: None,
            preposition: None,
            article: None,
            stem: Span::new(0, word.len()),
        };
        let mut candidates = Chain::candidates(&chars);
        candidates.sort_by_key(|c| core::cmp::Reverse(c.letters()));
        let folded = fold_word(&chars);
        for chain in candidates {
            let n = chain.letters();
            if n == 0 {
                break;
            }
            let min_stem = if chain.article { 2 } else { 3 };
            if chars.len() < n + min_stem {
                continue;
            }
            // Where each clitic of the chain starts, in letters. The word
            // from each of these points on must not be a whole word, or the
            // clitic is really its first letter (وبغداد is و + بغداد, and
            // ب is not taken off بغداد).
            let mut layers = Vec::with_capacity(3);
            let mut pos = 0;
            if chain.conjunction.is_some() {
                layers.push(pos);
                pos += 1;
            }
            if chain.preposition.is_some() {
                layers.push(pos);
                pos += 1;
            }
            if chain.article && !chain.contracted {
                layers.push(pos);
            }
            // Chain letters are two-byte Arabic letters that folding keeps.
            let blocked = layers.iter().any(|&at| is_whole_word(&folded[2 * at..]));
            if blocked {
                continue;
            }
            let at = |k: usize| letters.get(k).map_or(word.len(), |&(_, b)| b);
            let mut k = 0;
            let mut span_of = |len: usize| {
                let s = Span::new(at(k), at(k + len));
                k += len;
                s
            };
            let conjunction = chain.conjunction.map(|_| span_of(1));
            let preposition = chain.preposition.map(|_| span_of(1));
            let article = if chain.contracted {
                Some(span_of(1))
            } else if chain.article {
                Some(span_of(2))
            } else {
                None
            };
            return Proclitics {
                chain,
                conjunction,
                preposition,
                article,
                stem: Span::new(at(k), word.len()),
            };
        }
        whole
    }

    /// The chain that was split off.
    ///
    /// ```
    /// assert!(akhbar_normalize::Proclitics::split("للرقة").chain().article());
    /// ```
    pub fn chain(&self) -> Chain {
        self.chain
    }

    /// Span of the conjunction و or ف.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Proclitics::split("والحسكة").conjunction().unwrap().range(), 0..2);
    /// ```
    pub fn conjunction(&self) -> Option<Span> {
        self.conjunction
    }

    /// Span of the preposition ب ك or ل.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Proclitics::split("بحلب").preposition().unwrap().range(), 0..2);
    /// ```
    pub fn preposition(&self) -> Option<Span> {
        self.preposition
    }

    /// Span of the article ال (one ل when contracted in لل).
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Proclitics::split("الحسكة").article().unwrap().range(), 0..4);
    /// ```
    pub fn article(&self) -> Option<Span> {
        self.article
    }

    /// Everything before the stem.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Proclitics::split("حلب").prefix().len(), 0);
    /// ```
    pub fn prefix(&self) -> Span {
        Span::new(0, self.stem.start)
    }

    /// The stem: what is left after the proclitics.
    ///
    /// ```
    /// let p = akhbar_normalize::Proclitics::split("فالقامشلي");
    /// assert_eq!(&"فالقامشلي"[p.stem()], "قامشلي");
    /// ```
    pub fn stem(&self) -> Span {
        self.stem
    }
}

/// Marks that may sit between the letters of a chain.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

fn fold_alef(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        _ => c,
    }
}

/// The word in search form, for look-ups in the whole-word list.
fn fold_word(chars: &[char]) -> String {
    let s: String = chars.iter().collect();
    crate::SEARCH.normalize(&s).into_owned()
}

static WHOLE_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("../data/whole-words.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `word` (in search form) is a word that starts like a proclitic
/// chain but is whole.
///
/// ```
/// assert!(akhbar_normalize::is_whole_word("فلسطين"));
/// assert!(!akhbar_normalize::is_whole_word("والرقه"));
/// ```
pub fn is_whole_word(word: &str) -> bool {
    WHOLE_WORDS.contains(word)
}
