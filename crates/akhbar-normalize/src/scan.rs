//! Finding the next character that normalization may change.
//!
//! Arabic news changes roughly one character in ten under the `search`
//! profile (أ إ آ ة ى ، and the odd diacritic), so the normalizer spends most
//! of its time proving that bytes stay as they are. [`Scanner::next`] does
//! that 32 bytes at a time with AVX2, or 16 with SSSE3, where the CPU has
//! them, and with a plain loop elsewhere; both report exactly the same positions (the tests
//! check the vector code against the plain loop).
//!
//! A position is reported when:
//! - it is an ASCII byte the configuration rewrites (tab, carriage return,
//!   backtick...), or a space or newline right after a space or newline;
//! - it is the lead byte of a character of U+0600–U+067F (the Arabic letters,
//!   marks, digits and punctuation) whose table entry is not "keep";
//! - it is the lead byte of any other non-ASCII character, U+0680–U+06FF
//!   (Persian and Urdu letters) included. Those are rare in Arabic news and
//!   the caller classifies them one by one; many are kept.
//!
//! How the vector code tests set membership: a byte's low nibble indexes a
//! 16-byte table whose entry has one bit per high nibble (row) for which the
//! byte is in the set; a second shuffle turns the high nibble into that
//! row's bit; the byte is in the set when the two share a bit.

use crate::fold::KEEP;

/// The reported positions of the block scanned last, bit `k` for
/// `start + k`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Block {
    start: usize,
    end: usize,
    mask: u32,
}

/// A way to scan whole blocks: a vector instruction set the CPU has, proven
/// by holding a value of the type, or none.
pub(crate) trait Vector: Copy {
    /// Bytes per block; 0 when there is no vector code.
    const WIDTH: usize;

    /// The reported positions of `b[at..at + WIDTH]`. `b[at - 1..at +
    /// WIDTH + 1]` must exist (checked by the callers, asserted in debug).
    fn mask(self, s: &Scanner, b: &[u8], at: usize) -> u32;
}

/// No vector code: the plain loop does everything.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plain;

impl Vector for Plain {
    const WIDTH: usize = 0;

    fn mask(self, _: &Scanner, _: &[u8], _: usize) -> u32 {
        0
    }
}

#[cfg(target_arch = "x86_64")]
pub(crate) use simd::{Avx2, Ssse3};

/// Precomputed membership tables for one configuration.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scanner {
    /// ASCII bytes that change: rows 0..7, one bit per row.
    ascii_lo: [u8; 16],
    /// Continuation bytes (rows 8..B) that change after a lead D8 or D9.
    lead_lo: [[u8; 16]; 2],
    /// Whether spaces and newlines collapse.
    whitespace: bool,
}

impl Scanner {
    pub(crate) const fn new(
        arabic: &[u16; 256],
        ascii_out: &[[u8; 2]; 128],
        whitespace: bool,
    ) -> Scanner {
        let mut ascii_lo = [0u8; 16];
        let mut x = 0;
        while x < 128 {
            if ascii_out[x][0] != x as u8 {
                ascii_lo[x & 15] |= 1 << (x >> 4);
            }
            x += 1;
        }
        let mut lead_lo = [[0u8; 16]; 2];
        let mut idx = 0;
        while idx < 128 {
            if arabic[idx] != KEEP {
                // idx = (lead & 3) << 6 | (cont & 0x3F); cont = 0x80 | low 6 bits.
                let lead = idx >> 6;
                let cont = idx & 0x3F;
                lead_lo[lead][cont & 15] |= 1 << (cont >> 4);
            }
            idx += 1;
        }
        Scanner {
            ascii_lo,
            lead_lo,
            whitespace,
        }
    }

    /// The first reported position at or after `from` (a char boundary), or
    /// `b.len()`, with the best vector code the CPU has.
    pub(crate) fn next(&self, b: &[u8], from: usize) -> usize {
        #[cfg(target_arch = "x86_64")]
        {
            if let Some(v) = Avx2::detect() {
                return self.next_cached(v, b, from, &mut Block::default());
            }
            if let Some(v) = Ssse3::detect() {
                return self.next_cached(v, b, from, &mut Block::default());
            }
        }
        self.next_cached(Plain, b, from, &mut Block::default())
    }

    /// Like [`next`](Scanner::next), reusing the mask of the block last
    /// scanned when `from` falls inside it: the normalizer asks for the next
    /// position after each change, and changes come every twenty bytes or
    /// so. `from` must not decrease between calls with the same `block`.
    #[inline(always)]
    pub(crate) fn next_cached<V: Vector>(
        &self,
        v: V,
        b: &[u8],
        mut from: usize,
        block: &mut Block,
    ) -> usize {
        if from < block.end {
            let m = block.mask & (u32::MAX << (from - block.start));
            if m != 0 {
                return block.start + m.trailing_zeros() as usize;
            }
            from = block.end;
        }
        if V::WIDTH > 0 {
            if from == 0 && !b.is_empty() {
                // The vector code needs the byte before its block.
                if self.reported(b, 0) {
                    return 0;
                }
                from = utf8_len(b[0]);
            }
            while from >= 1 && from + V::WIDTH < b.len() {
                let mask = v.mask(self, b, from);
                *block = Block {
                    start: from,
                    end: from + V::WIDTH,
                    mask,
                };
                if mask != 0 {
                    return from + mask.trailing_zeros() as usize;
                }
                from += V::WIDTH;
            }
        }
        self.next_scalar(b, from)
    }

    /// The plain loop; also the reference the vector code is tested against.
    pub(crate) fn next_scalar(&self, b: &[u8], mut i: usize) -> usize {
        let n = b.len();
        while i < n {
            if self.reported(b, i) {
                return i;
            }
            i += utf8_len(b[i]);
        }
        n
    }

    /// Whether position `i` is reported, by the rules of the module docs.
    #[inline]
    fn reported(&self, b: &[u8], i: usize) -> bool {
        let x = b[i];
        match x {
            0x00..=0x7F => {
                self.ascii_lo[(x & 15) as usize] & (1 << (x >> 4)) != 0
                    || self.whitespace
                        && matches!(x, b' ' | b'\n')
                        && i > 0
                        && matches!(b[i - 1], b' ' | b'\n')
            }
            0xD8 | 0xD9 => match b.get(i + 1) {
                Some(&c) if c & 0xC0 == 0x80 => {
                    self.lead_lo[(x & 3) as usize][(c & 15) as usize] & (1 << ((c >> 4) - 8)) != 0
                }
                _ => true,
            },
            0xC0..=0xFF => true,
            _ => false,
        }
    }
}

/// Length of the UTF-8 sequence a byte starts (1 for a stray continuation
/// byte, which valid text only shows when a caller starts mid-character).
#[inline]
fn utf8_len(x: u8) -> usize {
    match x {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
mod simd {
    use core::arch::x86_64::*;

    use super::{Scanner, Vector};

    /// Proof that the CPU has AVX2.
    #[derive(Clone, Copy, Debug)]
    pub(crate) struct Avx2(());

    impl Avx2 {
        /// `Some` when the CPU has AVX2 (the standard library caches the
        /// detection).
        #[inline]
        pub(crate) fn detect() -> Option<Avx2> {
            std::is_x86_feature_detected!("avx2").then_some(Avx2(()))
        }
    }

    impl Vector for Avx2 {
        const WIDTH: usize = 32;

        #[inline(always)]
        fn mask(self, s: &Scanner, b: &[u8], at: usize) -> u32 {
            assert!(at >= 1 && at + 33 <= b.len());
            // SAFETY: holding an `Avx2` proves the CPU has AVX2, and the
            // bytes `block_avx2` reads exist (asserted above).
            unsafe { block_avx2(s, b, at) }
        }
    }

    /// Proof that the CPU has SSSE3.
    #[derive(Clone, Copy, Debug)]
    pub(crate) struct Ssse3(());

    impl Ssse3 {
        /// `Some` when the CPU has SSSE3.
        #[inline]
        pub(crate) fn detect() -> Option<Ssse3> {
            std::is_x86_feature_detected!("ssse3").then_some(Ssse3(()))
        }
    }

    impl Vector for Ssse3 {
        const WIDTH: usize = 16;

        #[inline(always)]
        fn mask(self, s: &Scanner, b: &[u8], at: usize) -> u32 {
            assert!(at >= 1 && at + 17 <= b.len());
            // SAFETY: holding an `Ssse3` proves the CPU has SSSE3, and the
            // bytes `block_ssse3` reads exist (asserted above).
            unsafe { block_ssse3(s, b, at) }
        }
    }

    /// One body for both widths: `$v` is the vector type, `$p` the
    /// intrinsic prefix, `$load` the unaligned load, `$bcast` turns a
    /// 16-byte table into a vector (each 128-bit lane is shuffled alone).
    macro_rules! block_body {
        ($s:ident, $b:ident, $at:ident, $load:ident, $set1:ident, $and:ident, $or:ident,
         $andnot:ident, $cmpeq:ident, $max:ident, $srli:ident, $shuffle:ident, $movemask:ident,
         $zero:ident, $bcast:expr) => {{
            let ptr = $b.as_ptr().add($at);
            let nib = $set1(0x0F);
            let ascii_rows = $bcast(&[1u8, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0]);
            let cont_rows = $bcast(&[0u8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 0, 0, 0, 0]);
            let v = $load(ptr.cast());
            let next = $load(ptr.add(1).cast());
            let vlo = $and(v, nib);
            let vhi = $and($srli(v, 4), nib);
            let nlo = $and(next, nib);
            let nhi = $and($srli(next, 4), nib);
            // Nonzero bytes mark reported positions.
            let mut hit = $and(
                $shuffle($bcast(&$s.ascii_lo), vlo),
                $shuffle(ascii_rows, vhi),
            );
            let row = $shuffle(cont_rows, nhi);
            let d8 = $cmpeq(v, $set1(0xD8u8 as i8));
            let d9 = $cmpeq(v, $set1(0xD9u8 as i8));
            let c8 = $and($shuffle($bcast(&$s.lead_lo[0]), nlo), row);
            let c9 = $and($shuffle($bcast(&$s.lead_lo[1]), nlo), row);
            hit = $or(hit, $or($and(d8, c8), $and(d9, c9)));
            // Other lead bytes: >= 0xC0 and not D8 or D9 (DA and DB hold
            // Persian and Urdu letters, rare enough to classify one by one).
            let ge_c0 = $cmpeq($max(v, $set1(0xC0u8 as i8)), v);
            hit = $or(hit, $andnot($or(d8, d9), ge_c0));
            if $s.whitespace {
                let prev = $load(ptr.sub(1).cast());
                let space = $set1(b' ' as i8);
                let newline = $set1(b'\n' as i8);
                let ws = $or($cmpeq(v, space), $cmpeq(v, newline));
                let pws = $or($cmpeq(prev, space), $cmpeq(prev, newline));
                hit = $or(hit, $and(ws, pws));
            }
            !($movemask($cmpeq(hit, $zero())) as u32)
        }};
    }

    /// The reported positions of `b[at..at + 16]`.
    ///
    /// # Safety
    ///
    /// The CPU must support SSSE3, `1 <= at` and `at + 17 <= b.len()`: the
    /// function reads `b[at - 1..at + 17]`.
    #[target_feature(enable = "ssse3")]
    #[inline]
    unsafe fn block_ssse3(s: &Scanner, b: &[u8], at: usize) -> u32 {
        let bcast = |t: &[u8; 16]| _mm_loadu_si128(t.as_ptr().cast());
        let m = block_body!(
            s,
            b,
            at,
            _mm_loadu_si128,
            _mm_set1_epi8,
            _mm_and_si128,
            _mm_or_si128,
            _mm_andnot_si128,
            _mm_cmpeq_epi8,
            _mm_max_epu8,
            _mm_srli_epi16,
            _mm_shuffle_epi8,
            _mm_movemask_epi8,
            _mm_setzero_si128,
            bcast
        );
        m & 0xFFFF
    }

    /// The reported positions of `b[at..at + 32]`.
    ///
    /// # Safety
    ///
    /// The CPU must support AVX2, `1 <= at` and `at + 33 <= b.len()`: the
    /// function reads `b[at - 1..at + 33]`.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn block_avx2(s: &Scanner, b: &[u8], at: usize) -> u32 {
        let bcast = |t: &[u8; 16]| _mm256_broadcastsi128_si256(_mm_loadu_si128(t.as_ptr().cast()));
        block_body!(
            s,
            b,
            at,
            _mm256_loadu_si256,
            _mm256_set1_epi8,
            _mm256_and_si256,
            _mm256_or_si256,
            _mm256_andnot_si256,
            _mm256_cmpeq_epi8,
            _mm256_max_epu8,
            _mm256_srli_epi16,
            _mm256_shuffle_epi8,
            _mm256_movemask_epi8,
            _mm256_setzero_si256,
            bcast
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, Fold, Normalizer};
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        let chars = prop::sample::select(vec![
            'ا', 'أ', 'ب', 'ة', 'ى', 'ي', 'ئ', 'ک', 'ی', '\u{064E}', '\u{0640}', '٣', '،', ' ',
            ' ', '\n', '\t', '«', '\u{200F}', 'ﻻ', 'a', '`', 'é', '中', '🙂',
        ]);
        prop::collection::vec(prop_oneof![8 => chars, 1 => any::<char>()], 0..300)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        /// The vector scan (whatever this CPU offers) reports exactly the
        /// positions of the plain loop, from every starting point.
        #[test]
        fn vector_scan_matches_the_plain_loop(t in text(), bits in prop::collection::vec(any::<bool>(), 14)) {
            let config = Fold::ALL.iter().zip(bits).fold(Config::none(), |c, (f, on)| c.with(*f, on));
            let n = Normalizer::new(config);
            let b = t.as_bytes();
            for from in (0..=b.len()).filter(|&i| t.is_char_boundary(i)) {
                prop_assert_eq!(n.scanner().next(b, from), n.scanner().next_scalar(b, from));
            }
        }
    }

    #[test]
    fn vector_and_plain_scans_agree() {
        let texts = [
            "أعلنت «قسد» مقتل ٣ عناصر من داعش في ريف دير الزور الشرقي،  الأحد.\n\nوفي سياق متصل",
            "plain ascii text with  two spaces and a\ttab and `ticks` and more text here",
            "كلمات عادية لا تتغير أبدا ولكن هنا همزة وهنا تاء مربوطة وهنا ألف مقصورة على",
            "ﻻ ﷲ \u{200F}x\u{200E} ٢٠٢٣ ۱۴۰۲ é ü 中文 🙂 ـــ َ ً",
        ];
        for config in [
            Config::search(),
            Config::light(),
            Config::camel_tools(),
            Config::none(),
        ] {
            let n = Normalizer::new(config);
            for t in texts {
                let b = t.as_bytes();
                for from in (1..b.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(
                        n.scanner().next(b, from),
                        n.scanner().next_scalar(b, from),
                        "{config:?} {t:?} from {from}"
                    );
                }
            }
        }
    }
}
