//! Invariants of the matcher on arbitrary input.

use akhbar_gazetteer::{Matcher, Reason};
use proptest::prelude::*;

/// Text made of pieces of names, clitics, spaces and marks, so that
/// candidates are frequent, mixed with arbitrary characters.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "الرقة",
        "دير الزور",
        "ديرالزور",
        "داعش",
        "قسد",
        "و",
        "ب",
        "لل",
        "ال",
        "ف",
        " ",
        " ",
        "،",
        "مدينة ",
        "الباب",
        "جاسم",
        "درعا",
        "ية",
        "ين",
        "ـ",
        "\u{064E}",
        "\u{200F}",
        "«",
        "»",
        "تنظيم ",
        "الدولة",
        "\n",
        "حلب",
        "قوات سوريا الديمقراطية",
        "الميليشيات المدعومة من إيران",
        "ﻻ",
        "٣",
        "x",
    ]);
    prop::collection::vec(
        prop_oneof![6 => pieces.prop_map(String::from), 1 => any::<char>().prop_map(String::from)],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_char_boundaries_in_order_and_disjoint(text in newsish()) {
        let mut last_end = 0;
        let mut last = None;
        for m in Matcher::embedded().find_iter(&text) {
            let s = m.span();
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start < s.end && s.end <= text.len());
            if let Reason::Within { name } = m.reason() {
                // A place within the name just reported: inside it.
                prop_assert_eq!(Some(name), last, "within {:?}", s);
                prop_assert!(name.start <= s.start && s.end <= name.end);
            } else {
                prop_assert!(s.start >= last_end, "overlap or disorder at {:?}", s);
                last_end = s.end;
                last = Some(s);
            }
            // A match never starts or ends inside a word.
            // The letter before, skipping marks, tatweel and invisible controls.
            let before = text[..s.start].chars().rev().find(|&c| {
                !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{061C}')
            });
            let after = text[s.end..].chars().next();
            prop_assert!(!after.is_some_and(|c| c.is_alphabetic()), "word continues after {:?}", &text[s]);
            if let Some(c) = before {
                // Only clitic letters (or marks on them) may precede in the same word.
                prop_assert!(
                    !c.is_alphabetic() || "وفبكلا".contains(c),
                    "{:?} before {:?}", c, &text[s]
                );
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        for m in Matcher::embedded().find_iter(&text) {
            prop_assert!(text.is_char_boundary(m.span().start) && text.is_char_boundary(m.span().end));
        }
    }
}
