//! Invariants on arbitrary input.

use akhbar_normalize::{words, Config, Fold, MapHint, Normalizer, Proclitics, Span};
use proptest::prelude::*;

/// Characters that exercise every fold, mixed with anything at all.
fn arabicish() -> impl Strategy<Value = String> {
    let interesting = prop::sample::select(vec![
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ه', 'ى', 'ي', 'ی', 'ک', 'ھ', 'ؤ', 'ئ', 'ء', 'ل',
        'و', 'ف', 'ك', 'د', 'ر', 'ز', '\u{064B}', '\u{064E}', '\u{0651}', '\u{0652}', '\u{0670}',
        '\u{0654}', '\u{06D6}', '\u{06DD}', '\u{0640}', '٠', '٣', '۴', '٫', '٬', '،', '؛', '؟',
        '٪', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{FEFF}', '\u{202B}',
        '\u{2067}', '«', '»', '“', '”', '‘', '`', ' ', ' ', '\n', '\r', '\t', '\u{00A0}',
        '\u{2003}', 'ﻻ', 'ﻷ', 'ﺣ', '\u{FE70}', '\u{FE76}', '\u{FDFA}', '\u{FDF2}', '﴾', '२', '５',
        'a', '1', '.', '-',
    ]);
    prop::collection::vec(prop_oneof![4 => interesting, 1 => any::<char>()], 0..64)
        .prop_map(|v| v.into_iter().collect())
}

fn configs() -> impl Strategy<Value = Config> {
    prop::collection::vec(any::<bool>(), Fold::ALL.len()).prop_map(|bits| {
        Fold::ALL
            .iter()
            .zip(bits)
            .fold(Config::none(), |c, (f, on)| c.with(*f, on))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn idempotent(s in arabicish(), config in configs()) {
        let n = Normalizer::new(config);
        let once = n.normalize(&s).into_owned();
        let twice = n.normalize(&once).into_owned();
        prop_assert_eq!(&once, &twice);
        prop_assert!(n.is_normalized(&once));
    }

    #[test]
    fn map_agrees_with_plain_normalize(s in arabicish(), config in configs()) {
        let n = Normalizer::new(config);
        let plain = n.normalize(&s);
        let mapped = n.normalize_with_map(&s);
        prop_assert_eq!(plain.as_ref(), mapped.as_str());
        prop_assert_eq!(mapped.map().normalized_len(), mapped.as_str().len());
        prop_assert_eq!(mapped.map().original_len(), s.len());
    }

    #[test]
    fn look_ups_with_a_hint_agree_with_plain_ones(
        s in arabicish(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..24),
    ) {
        let n = Normalizer::search().normalize_with_map(&s);
        let norm = n.as_str();
        let bounds: Vec<usize> = (0..=norm.len()).filter(|&i| norm.is_char_boundary(i)).collect();
        // Spans in any order: the hint must never change an answer.
        let mut hint = MapHint::default();
        for (a, b) in picks {
            let (x, y) = (*a.get(&bounds), *b.get(&bounds));
            let span = Span::new(x.min(y), x.max(y));
            prop_assert_eq!(n.map().to_original_near(span, &mut hint), n.map().to_original(span));
        }
    }

    #[test]
    fn map_returns_char_boundaries_and_is_monotone(s in arabicish(), config in configs()) {
        let n = Normalizer::new(config).normalize_with_map(&s);
        let norm = n.as_str();
        let bounds: Vec<usize> = (0..=norm.len()).filter(|&i| norm.is_char_boundary(i)).collect();
        let mut last_start = 0;
        for &a in &bounds {
            let start = n.map().original_offset(a);
            prop_assert!(s.is_char_boundary(start), "start {} of {}", start, a);
            prop_assert!(start <= s.len());
            prop_assert!(start >= last_start, "not monotone at {}", a);
            last_start = start;
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let span = n.map().to_original(a..b);
                prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
                prop_assert!(span.start <= span.end && span.end <= s.len());
                if b > a {
                    // Normalizing what the span covers gives back (at least)
                    // the normalized piece, whatever the folds were.
                    let back = Normalizer::new(config).normalize(&s[span]).into_owned();
                    let piece = &norm[a..b];
                    let trimmed = piece.trim_matches([' ', '\n']);
                    prop_assert!(back.contains(trimmed), "{:?} -> {:?} not in {:?}", piece, &s[span], back);
                }
            }
        }
        let mut last = 0;
        for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let p = n.map().to_normalized(i);
            prop_assert!(norm.is_char_boundary(p));
            prop_assert!(p >= last);
            last = p;
        }
    }

    #[test]
    fn search_output_is_clean(s in arabicish()) {
        let out = Normalizer::search().normalize(&s).into_owned();
        for c in out.chars() {
            let cp = c as u32;
            prop_assert!(!(0x064B..=0x065F).contains(&cp) && cp != 0x0670, "diacritic {:?}", c);
            prop_assert!(!(0x0610..=0x061A).contains(&cp) && !(0x06D6..=0x06ED).contains(&cp), "mark {:?}", c);
            prop_assert!(cp != 0x0640, "tatweel");
            prop_assert!(!(0xFB50..=0xFDFF).contains(&cp) && !(0xFE70..=0xFEFF).contains(&cp), "presentation form {:?}", c);
            prop_assert!(!matches!(cp, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x061C | 0xFEFF | 0x00AD), "invisible {:?}", c);
            prop_assert!(!c.is_numeric() || c.is_ascii_digit() || c.to_digit(10).is_none() && !is_decimal_digit(c), "digit {:?}", c);
            prop_assert!(!matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة' | 'ؤ' | 'ئ' | 'ی' | 'ک'), "unfolded letter {:?}", c);
        }
        prop_assert!(!out.contains("  ") && !out.contains("\n\n") && !out.contains(" \n") && !out.contains("\n "));
    }

    #[test]
    fn any_utf8_never_panics(s in any::<String>(), config in configs()) {
        let n = Normalizer::new(config).normalize_with_map(&s);
        let _ = n.original_span(Span::new(0, usize::MAX));
        let _ = n.map().to_normalized(usize::MAX);
        for w in words(&s) {
            let p = Proclitics::split(w.as_str());
            prop_assert!(w.as_str().is_char_boundary(p.stem().start));
            prop_assert!(p.stem().end == w.as_str().len());
            prop_assert!(&s[w.span()] == w.as_str());
        }
    }
}

/// Decimal digits (Nd) that are not ASCII, by the common ranges; the search
/// output must have none.
fn is_decimal_digit(c: char) -> bool {
    matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x0966..=0x096F | 0xFF10..=0xFF19)
}
