//! Sets and maps of folded words, built once with the lexicon.
//!
//! The scanners ask about words far more often than they find them: every
//! word of the text may be a trigger, every word next to a candidate is
//! looked up as written and without its proclitics, and most are neither.
//! So these are made for misses: [`SuffixFilter`] rules most words out by
//! their last letters alone; the hash of the [`WordTable`] reads a word
//! eight bytes at a time (a byte at a time, as FNV does, costs as much as
//! the rest of the look-up), and its open-addressing slots stay at most a
//! quarter full, so that a miss usually ends at the first empty slot.

/// A map from words (as bytes) to `V`, read-only once built.
pub(crate) struct WordTable<V> {
    /// Index + 1 into `entries`; 0 is an empty slot.
    slots: Box<[u32]>,
    entries: Vec<(u64, Box<[u8]>, V)>,
    mask: usize,
}

impl<V> WordTable<V> {
    /// A table of `items`, whose keys must be distinct.
    pub(crate) fn new(items: impl IntoIterator<Item = (Box<[u8]>, V)>) -> WordTable<V> {
        let entries: Vec<(u64, Box<[u8]>, V)> = items
            .into_iter()
            .map(|(k, v)| (word_hash(&k), k, v))
            .collect();
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![0u32; size].into_boxed_slice();
        for (i, (h, _, _)) in entries.iter().enumerate() {
            let mut s = slot_of(*h, mask);
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = u32::try_from(i + 1).expect("a lexicon of fewer than 2^32 words");
        }
        WordTable {
            slots,
            entries,
            mask,
        }
    }

    /// The value of `key`.
    #[inline]
    pub(crate) fn get(&self, key: &[u8]) -> Option<&V> {
        self.find(word_hash(key), |k| k == key)
    }

    /// The value of `key`, whose hash is `h` (from [`word_hash`]), ASCII
    /// letters compared in any case.
    #[inline]
    pub(crate) fn get_ignore_case(&self, h: u64, key: &[u8]) -> Option<&V> {
        self.find(h, |k| k.eq_ignore_ascii_case(key))
    }

    #[inline]
    fn find(&self, h: u64, same: impl Fn(&[u8]) -> bool) -> Option<&V> {
        let mut s = slot_of(h, self.mask);
        loop {
            let e = self.slots[s] as usize;
            if e == 0 {
                return None;
            }
            let (eh, k, v) = &self.entries[e - 1];
            if *eh == h && same(k) {
                return Some(v);
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Every key and value, in no particular order.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.entries.iter().map(|(_, k, v)| (&**k, v))
    }
}

/// A set of words.
pub(crate) type WordSet = WordTable<()>;

impl WordSet {
    /// A set of the words of `words` (duplicates allowed).
    pub(crate) fn of(words: impl IntoIterator<Item = String>) -> WordSet {
        let mut keys: Vec<Box<[u8]>> = words
            .into_iter()
            .map(|w| w.into_bytes().into_boxed_slice())
            .collect();
        keys.sort();
        keys.dedup();
        WordTable::new(keys.into_iter().map(|k| (k, ())))
    }

    /// Whether `word` is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word.as_bytes()).is_some()
    }
}

/// A Bloom filter with one hash: a bit per hash. A word whose bit is
/// clear is not in the set.
pub(crate) struct Bloom([u64; 256]);

impl Default for Bloom {
    fn default() -> Bloom {
        Bloom([0; 256])
    }
}

impl Bloom {
    pub(crate) fn insert(&mut self, h: u64) {
        let i = Bloom::index(h);
        self.0[i / 64] |= 1 << (i % 64);
    }

    #[inline]
    pub(crate) fn may_hold(&self, h: u64) -> bool {
        let i = Bloom::index(h);
        self.0[i / 64] >> (i % 64) & 1 == 1
    }

    /// The 14 top bits of the hash, the best mixed by its multiplication.
    #[inline]
    fn index(h: u64) -> usize {
        (h >> 50) as usize
    }
}

/// A pre-filter for "does this word end with one of these suffixes, after
/// at most [`SuffixFilter::MAX_BEFORE`] bytes of proclitics and article":
/// what the look-up of a word in the lexicon and the search for triggers
/// ask of every word they see, and what most words fail. It keeps the
/// last six bytes (three Arabic letters) of every suffix, and the shorter
/// suffixes whole. Words that end with ASCII always pass (ASCII letters
/// match in any case, which the filter does not model). It may say yes
/// wrongly, never no wrongly.
#[derive(Default)]
pub(crate) struct SuffixFilter {
    tails: Bloom,
    short: Bloom,
    /// Bit `n` set: some suffix has `n` bytes (below six).
    short_lengths: u8,
}

impl SuffixFilter {
    /// The most bytes before a suffix: و or ف, ب ك or ل, and ال.
    pub(crate) const MAX_BEFORE: usize = 8;

    /// Lets the words that end with `suffix` pass.
    pub(crate) fn insert(&mut self, suffix: &[u8]) {
        if suffix.iter().any(u8::is_ascii) {
            // Its words end with ASCII, and pass.
            return;
        }
        let n = suffix.len();
        if n >= 6 {
            self.tails.insert(tail_hash(last_bytes(suffix), 6));
        } else if n > 0 {
            self.short.insert(tail_hash(last_bytes(suffix), n));
            self.short_lengths |= 1 << n;
        }
    }

    /// Whether `w` may end with a suffix of the set (false: it does not).
    #[inline(always)]
    pub(crate) fn may_end(&self, w: &[u8]) -> bool {
        let n = w.len();
        if n < 8 {
            return self.may_end_short(w);
        }
        let x = le64(&w[n - 8..]);
        // ASCII in the last six bytes.
        const LAST6: u64 = HIGH << 16;
        if x & LAST6 != LAST6 || self.tails.may_hold(tail_hash(x, 6)) {
            return true;
        }
        // The short suffixes that may follow proclitics of up to
        // MAX_BEFORE bytes: lengths of n - 8 or more.
        self.may_end_with_short(
            x,
            self.short_lengths & (0xFF << (n - SuffixFilter::MAX_BEFORE).min(7)),
        )
    }

    /// [`may_end`](SuffixFilter::may_end) for words of fewer than eight
    /// bytes.
    fn may_end_short(&self, w: &[u8]) -> bool {
        let n = w.len();
        if n == 0 {
            return true;
        }
        let x = last_bytes(w);
        // ASCII in the last six bytes (or fewer).
        let k = n.min(6);
        let high = (HIGH >> (64 - 8 * k)) << (64 - 8 * k);
        if x & high != high {
            return true;
        }
        if n >= 6 && self.tails.may_hold(tail_hash(x, 6)) {
            return true;
        }
        // Lengths up to n.
        self.may_end_with_short(x, self.short_lengths & !(0xFE << n))
    }

    /// Whether the last bytes of `x` (from [`last_bytes`]) are a short
    /// suffix of one of the `lengths` (bit n: n bytes).
    #[inline]
    fn may_end_with_short(&self, x: u64, mut lengths: u8) -> bool {
        while lengths != 0 {
            let len = lengths.trailing_zeros() as usize;
            lengths &= lengths - 1;
            if self.short.may_hold(tail_hash(x, len)) {
                return true;
            }
        }
        false
    }
}

/// The last eight bytes of `w` (fewer if it is shorter) as a number whose
/// top byte is the last byte: the last `k` bytes are `x >> (64 - 8k)`.
#[inline]
fn last_bytes(w: &[u8]) -> u64 {
    match w.len() {
        n @ 8.. => le64(&w[n - 8..]),
        _ => w.iter().fold(0, |x, &b| x >> 8 | u64::from(b) << 56),
    }
}

/// A hash of the last `len` bytes (one to eight) of `x`, from
/// [`last_bytes`].
#[inline]
fn tail_hash(x: u64, len: usize) -> u64 {
    ((x >> (64 - 8 * len)) ^ (len as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline]
fn slot_of(h: u64, mask: usize) -> usize {
    (h >> 32) as usize & mask
}

/// A hash of a word from its length, its first eight and its last eight
/// bytes (overlapping in short words), ASCII letters in lower case (so
/// that a word and its lower case hash alike). Words that agree on those
/// and differ in the middle collide and are told apart by the key
/// comparison.
#[inline]
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    let n = w.len();
    let (a, b) = if n >= 8 {
        (le64(&w[..8]), le64(&w[n - 8..]))
    } else if n >= 4 {
        (le32(&w[..4]), le32(&w[n - 4..]))
    } else {
        (w.iter().fold(0u64, |x, &c| x << 8 | u64::from(c)), 0)
    };
    let high = if n >= 8 { HIGH } else { HIGH >> 32 };
    let (a, b) = (ascii_lower(a, high), ascii_lower(b, high));
    let h = (a ^ b.rotate_left(23) ^ ((n as u64) << 57)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 31)
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// `x` with the ASCII capitals of its bytes in lower case. Bytes of
/// Arabic letters (all with the high bit set, which `high` tests: the
/// common case) are left as they are.
#[inline]
fn ascii_lower(x: u64, high: u64) -> u64 {
    if x & high == high {
        return x;
    }
    u64::from_le_bytes(x.to_le_bytes().map(|b| b.to_ascii_lowercase()))
}

#[inline]
fn le64(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(b);
    u64::from_le_bytes(x)
}

#[inline]
fn le32(b: &[u8]) -> u64 {
    let mut x = [0u8; 4];
    x.copy_from_slice(b);
    u64::from(u32::from_le_bytes(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let words: Vec<String> = (0..500).map(|i| format!("كلمة{i}")).collect();
        let table = WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes().into(), i)),
        );
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w.as_bytes()), Some(&i));
            let other = format!("{w}ا");
            assert_eq!(table.get(other.as_bytes()), None);
        }
        assert_eq!(table.get(b""), None);
        let set = WordSet::of(["في".to_string(), "في".to_string(), "a".to_string()]);
        assert!(set.contains("في") && set.contains("a") && !set.contains("ف"));
    }

    #[test]
    fn suffix_filter_never_says_no_wrongly() {
        let suffixes = ["ه", "في", "ست", "خمسه", "الثاني", "عشرين", "may", "پنج"];
        let mut f = SuffixFilter::default();
        for s in suffixes {
            f.insert(s.as_bytes());
        }
        let before = ["", "و", "وب", "وبال", "لل", "x", "ال"];
        let mut rejected = 0;
        for s in suffixes {
            for b in before {
                let w = format!("{b}{s}");
                assert!(f.may_end(w.as_bytes()), "{w:?}");
            }
        }
        for w in ["استهداف", "قتل", "مدنيين", "a", "ب", "كبير", "تنظيم"] {
            rejected += usize::from(!f.may_end(w.as_bytes()));
        }
        assert!(rejected >= 5, "{rejected}");
        // A short suffix far from the start of a long word is not one.
        assert!(!f.may_end("مستشفياتها".as_bytes()));
    }
}
