//! Words in normalized text: where they start and end, which proclitics
//! they may carry, and a table of the words that can start a name.
//!
//! Everything here works on bytes of `search`-normalized text and is tuned
//! for the Arabic block, which is nearly all of it: a word is found with a
//! byte-class table and eight bytes at a time, hashed with two loads, and
//! looked up behind a Bloom filter that fits in the L1 cache.

use once_cell::sync::Lazy;

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the character starting at byte `i` is a word character. Fast for
/// ASCII and the Arabic block, which is nearly all news text.
#[inline]
pub(super) fn is_word_at(arabic: &[bool; 256], b: &[u8], i: usize) -> bool {
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
pub(super) const WORD: u8 = 0;
pub(super) const SPACE: u8 = 1;
pub(super) const ARABIC: u8 = 2;
pub(super) const CONT: u8 = 3;
pub(super) const OTHER: u8 = 4;

pub(super) static BYTE_CLASS: [u8; 256] = {
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
pub(super) fn arabic_index(b: &[u8], i: usize) -> usize {
    (usize::from(b[i] & 3) << 6) | usize::from(b.get(i + 1).map_or(0, |y| y & 0x3F))
}

/// Which characters of U+0600..U+06FF are word characters.
pub(super) static ARABIC_WORD: Lazy<[bool; 256]> = Lazy::new(|| {
    let mut t = [false; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        *slot = char::from_u32(0x0600 + i as u32).is_some_and(is_word_char);
    }
    t
});

pub(super) fn decode_at(b: &[u8], i: usize) -> Option<char> {
    let end = (i + 4).min(b.len());
    let s = match std::str::from_utf8(&b[i..end]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[i..i + e.valid_up_to()]).ok()?,
    };
    s.chars().next()
}

#[inline]
pub(super) fn utf8_len(x: u8) -> usize {
    match x {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

/// End of the word starting at `i`.
#[inline]
pub(super) fn word_end(arabic: &[bool; 256], b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_word_at(arabic, b, i) {
        i += utf8_len(b[i]);
    }
    i
}

/// Start of the word that ends at `end`.
pub(super) fn word_start_before(hay: &str, end: usize) -> usize {
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

const WAW: u16 = 0xD988;
const FEH: u16 = 0xD981;
const BEH: u16 = 0xD8A8;
const KAF: u16 = 0xD983;
const LAM: u16 = 0xD984;

/// The letter (two bytes of the Arabic block) at `at`.
#[inline(always)]
fn letter(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

/// Where a name may start in the word `b[w..e]` after one proclitic letter
/// (و ف ب ك ل), if the word has one and two letters at least after it (في
/// is not ف + ي).
#[inline(always)]
pub(super) fn first_clitic_start(b: &[u8], w: usize, e: usize) -> Option<usize> {
    if e < w + 6 {
        return None;
    }
    matches!(letter(b, w), WAW | FEH | BEH | KAF | LAM).then_some(w + 2)
}

/// Where a name may start in the word `b[w..e]` after a conjunction and a
/// preposition (وب، فل...), with two letters at least after them.
#[inline(always)]
pub(super) fn second_clitic_start(b: &[u8], w: usize, e: usize) -> Option<usize> {
    if e < w + 8 {
        return None;
    }
    (matches!(letter(b, w), WAW | FEH) && matches!(letter(b, w + 2), BEH | KAF | LAM))
        .then_some(w + 4)
}

/// Every place where a name may start in the word `b[w..e]`, first the
/// word itself. The article is part of the names themselves.
pub(super) fn clitic_starts(b: &[u8], w: usize, e: usize) -> impl Iterator<Item = usize> {
    let first = first_clitic_start(b, w, e);
    let second = first.and_then(|_| second_clitic_start(b, w, e));
    [Some(w), first, second].into_iter().flatten()
}

/// A hash of a word: all its bytes, eight at a time, and its length. Two
/// different words collide with a probability of about 2^-64, and a
/// collision only makes the caller's byte-for-byte check fail.
#[inline]
pub(super) fn word_hash(bytes: &[u8]) -> u64 {
    word_hash_at(bytes, 0, bytes.len())
}

/// [`word_hash`] of `b[s..e]`, reading past `e` (and masking) when the text
/// goes on: no copy for short words.
#[inline(always)]
pub(super) fn word_hash_at(b: &[u8], s: usize, e: usize) -> u64 {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    const K3: u64 = 0x1656_67B1_9E37_79F9;
    let n = e - s;
    let mut h = (n as u64).wrapping_mul(K3);
    if n >= 8 {
        // Every full chunk but the last, then the last eight bytes (which
        // may overlap the chunk before).
        let mut i = s;
        while i + 8 < e {
            h = (h ^ load8(b, i)).wrapping_mul(K1).rotate_left(29);
            i += 8;
        }
        h = (h ^ load8(b, e - 8)).wrapping_mul(K2);
    } else {
        let head = if n > 0 && s + 8 <= b.len() {
            load8(b, s) & (u64::MAX >> (64 - 8 * n))
        } else {
            let mut pad = [0u8; 8];
            pad[..n].copy_from_slice(&b[s..e]);
            u64::from_le_bytes(pad)
        };
        h = (h ^ head).wrapping_mul(K2);
    }
    // Spread every input bit over the high half (the table's key) and the
    // low half (the Bloom filter's index).
    h ^= h >> 32;
    h = h.wrapping_mul(K1);
    h ^ (h >> 29)
}

/// Eight bytes of `b` from `i`, little-endian.
#[inline(always)]
pub(super) fn load8(b: &[u8], i: usize) -> u64 {
    let mut v = [0u8; 8];
    v.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(v)
}

/// The hash of a pair of words.
#[inline]
pub(super) fn pair_hash(h1: u64, h2: u64) -> u64 {
    (h1.rotate_left(17) ^ h2).wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// The start of the next word at or after `i`.
#[inline(always)]
pub(super) fn next_word_start(words: &[bool; 256], b: &[u8], mut i: usize) -> Option<usize> {
    let n = b.len();
    while i < n {
        let step = match BYTE_CLASS[b[i] as usize] {
            WORD => return Some(i),
            SPACE | CONT => 1,
            ARABIC if words[arabic_index(b, i)] => return Some(i),
            ARABIC => 2,
            _ if is_word_at(words, b, i) => return Some(i),
            _ => utf8_len(b[i]),
        };
        i += step;
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
#[inline(always)]
pub(super) fn word_end_fast(words: &[bool; 256], b: &[u8], w: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let n = b.len();
    let mut e = w;
    loop {
        while e + 8 <= n {
            let v = load8(b, e);
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
        e += match BYTE_CLASS[b[e] as usize] {
            SPACE => return e,
            WORD | CONT => 1,
            ARABIC if words[arabic_index(b, e)] => 2,
            OTHER if is_word_at(words, b, e) => utf8_len(b[e]),
            _ => return e,
        };
    }
}

/// A map from word hashes to small non-zero values, read on every word of
/// a text: open addressing in one flat array of eight-byte slots, behind a
/// Bloom filter that answers "no" for most words without leaving L1.
///
/// A slot holds the high half of the hash and the value, so a different
/// word with the same probe position and the same high half (one chance in
/// about 2^49) reads as present: callers verify what they find, as a hash
/// never proves a word.
#[derive(Clone, Debug)]
pub(super) struct HashTable {
    bloom: Box<[u64]>,
    bloom_mask: u64,
    slots: Box<[u64]>,
    slot_mask: usize,
}

impl HashTable {
    /// A table of `entries`; `merge(kept, next)` makes one value of two
    /// with the same hash, in the order given.
    ///
    /// # Panics
    ///
    /// On a zero value, which marks an empty slot.
    pub(super) fn new(
        entries: impl IntoIterator<Item = (u64, u32)>,
        merge: impl Fn(u32, u32) -> u32,
    ) -> HashTable {
        let mut entries: Vec<(u64, u32)> = entries.into_iter().collect();
        entries.sort_by_key(|&(h, _)| h);
        entries.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 = merge(kept.1, next.1);
            }
            same
        });
        // Eight Bloom bits and two slots per entry: a few percent of false
        // positives, and short probe runs.
        let bloom_bits = (entries.len() * 8).next_power_of_two().max(512);
        let slot_count = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = HashTable {
            bloom: vec![0; bloom_bits / 64].into_boxed_slice(),
            bloom_mask: (bloom_bits / 64) as u64 - 1,
            slots: vec![0; slot_count].into_boxed_slice(),
            slot_mask: slot_count - 1,
        };
        for (h, v) in entries {
            assert!(v != 0, "HashTable values must not be zero");
            let (k, bits) = t.bloom_probe(h);
            t.bloom[k] |= bits;
            let mut i = t.home(h);
            while t.slots[i] != 0 {
                i = (i + 1) & t.slot_mask;
            }
            t.slots[i] = (h & !0xFFFF_FFFF) | u64::from(v);
        }
        t
    }

    /// The Bloom word of `h` and its two bits there: one load per probe.
    #[inline]
    fn bloom_probe(&self, h: u64) -> (usize, u64) {
        let k = (h & self.bloom_mask) as usize;
        (k, 1 << ((h >> 40) & 63) | 1 << ((h >> 46) & 63))
    }

    #[inline]
    fn home(&self, h: u64) -> usize {
        (h >> 17) as usize & self.slot_mask
    }

    /// The value of hash `h`, if present.
    #[inline]
    pub(super) fn get(&self, h: u64) -> Option<u32> {
        let (k, bits) = self.bloom_probe(h);
        if self.bloom[k] & bits != bits {
            return None;
        }
        let high = h & !0xFFFF_FFFF;
        let mut i = self.home(h);
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            if s & !0xFFFF_FFFF == high {
                return Some(s as u32);
            }
            i = (i + 1) & self.slot_mask;
        }
    }

    /// Heap bytes used.
    pub(super) fn memory_usage(&self) -> usize {
        (self.bloom.len() + self.slots.len()) * 8
    }
}

/// What a word can begin: a one-word name (its pattern), and whether it is
/// the first word of longer names. Stored in a [`HashTable`] as one `u32`.
#[derive(Clone, Copy, Debug)]
pub(super) struct WordInfo(u32);

impl WordInfo {
    const LONGER: u32 = 1 << 31;

    /// The value for a word that is the one-word name `pattern`.
    pub(super) fn single(pattern: u32) -> u32 {
        assert!(pattern < Self::LONGER - 1, "too many patterns");
        pattern + 1
    }

    /// The value for a word that starts longer names.
    pub(super) const fn starts_longer() -> u32 {
        Self::LONGER
    }

    pub(super) fn from_value(v: u32) -> WordInfo {
        WordInfo(v)
    }

    /// Two values for one hash: the flag of either, and the first one-word
    /// name (a second can only be a different word with the same hash,
    /// which the byte check then rejects).
    pub(super) fn merge(kept: u32, next: u32) -> u32 {
        let flag = (kept | next) & Self::LONGER;
        let single = match kept & !Self::LONGER {
            0 => next & !Self::LONGER,
            k => k,
        };
        flag | single
    }

    /// The one-word name this word is.
    #[inline]
    pub(super) fn pattern(self) -> Option<u32> {
        (self.0 & !Self::LONGER).checked_sub(1)
    }

    /// Whether longer names start with this word.
    #[inline]
    pub(super) fn longer(self) -> bool {
        self.0 & Self::LONGER != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_finds_what_it_holds_and_merges_values() {
        let words = ["الرقه", "دير", "حلب", "ريف"];
        let t = HashTable::new(
            words
                .iter()
                .enumerate()
                .map(|(k, w)| (word_hash(w.as_bytes()), WordInfo::single(k as u32)))
                .chain([(word_hash("دير".as_bytes()), WordInfo::starts_longer())]),
            WordInfo::merge,
        );
        for (k, w) in words.iter().enumerate() {
            let info = WordInfo::from_value(t.get(word_hash(w.as_bytes())).unwrap());
            assert_eq!(info.pattern(), Some(k as u32));
            assert_eq!(info.longer(), *w == "دير");
        }
        assert!(t.get(word_hash("بغداد".as_bytes())).is_none());
    }

    #[test]
    fn table_of_many_words_has_no_false_negatives() {
        let t = HashTable::new(
            (1..5000u32).map(|k| (word_hash(&k.to_le_bytes()), k)),
            |a, _| a,
        );
        for k in 1..5000u32 {
            assert_eq!(t.get(word_hash(&k.to_le_bytes())), Some(k));
        }
        let misses = (5000..15000u32)
            .filter(|k| t.get(word_hash(&k.to_le_bytes())).is_some())
            .count();
        assert_eq!(misses, 0);
    }

    #[test]
    fn words_alike_at_both_ends_hash_apart() {
        // Same first and last eight bytes, different lengths or middles.
        let a = word_hash("القوريه".as_bytes());
        let b = word_hash("القويالامنيهالسوريه".as_bytes());
        let c = word_hash("القويالامنيهالكرديه".as_bytes());
        assert!(a != b && b != c && a != c);
        assert_ne!(a >> 32, b >> 32);
    }

    #[test]
    fn hash_in_place_is_the_hash_of_the_word() {
        let text = "قصف على حلب وريفها";
        let b = text.as_bytes();
        for (s, e) in [(0, 6), (7, 13), (14, 20), (21, b.len())] {
            assert_eq!(
                word_hash_at(b, s, e),
                word_hash(&b[s..e]),
                "{}",
                &text[s..e]
            );
        }
    }

    #[test]
    fn clitic_starts_after_conjunction_and_preposition() {
        let w = "وبالرقه".as_bytes();
        assert_eq!(clitic_starts(w, 0, w.len()).collect::<Vec<_>>(), [0, 2, 4]);
        let w = "الرقه".as_bytes();
        assert_eq!(clitic_starts(w, 0, w.len()).collect::<Vec<_>>(), [0]);
        // وزير: و then زير, but no third start (ز is no preposition).
        let w = "وزير".as_bytes();
        assert_eq!(clitic_starts(w, 0, w.len()).collect::<Vec<_>>(), [0, 2]);
    }
}
