//! Proclitic analysis on hand-written words.

use akhbar_normalize::{words, Chain, Proclitics};

fn stem(word: &str) -> &str {
    &word[Proclitics::split(word).stem()]
}

#[test]
fn chains_come_off() {
    assert_eq!(stem("والرقة"), "رقة");
    assert_eq!(stem("بدير"), "دير");
    assert_eq!(stem("للرقة"), "رقة");
    assert_eq!(stem("وبالحسكة"), "حسكة");
    assert_eq!(stem("فلداعش"), "داعش");
    assert_eq!(stem("وكالعادة"), "عادة");
    assert_eq!(stem("فللمدينة"), "مدينة");
    assert_eq!(stem("ولحلب"), "حلب");
}

#[test]
fn marks_and_tatweel_stay_with_their_clitic() {
    let w = "وَبِـالرَّقَّةِ";
    let p = Proclitics::split(w);
    assert_eq!(&w[p.conjunction().unwrap()], "وَ");
    assert_eq!(&w[p.preposition().unwrap()], "بِـ");
    assert_eq!(&w[p.article().unwrap()], "ال");
    assert_eq!(&w[p.stem()], "رَّقَّةِ");
}

#[test]
fn letters_of_the_word_stay() {
    for whole in [
        "ولد",
        "بلد",
        "فلسطين",
        "بغداد",
        "وزير",
        "كانت",
        "لبنان",
        "كركوك",
        "وادي",
        "ولاية",
        "بيروت",
        "واشنطن",
        "فرنسا",
        "كتائب",
        "لواء",
        "بلدة",
    ] {
        assert!(
            Proclitics::split(whole).chain().is_empty(),
            "{whole} was split"
        );
    }
    // But those words take clitics like any other.
    assert_eq!(stem("وفلسطين"), "فلسطين");
    assert_eq!(stem("وبغداد"), "بغداد");
    assert_eq!(stem("ولبنان"), "لبنان");
}

#[test]
fn short_remainders_are_not_stems() {
    for w in ["كما", "لها", "فيه", "بين", "وفي", "لكن"] {
        assert!(Proclitics::split(w).chain().is_empty(), "{w} was split");
    }
}

#[test]
fn chain_parse() {
    for ok in [
        "", "و", "ف", "ب", "ك", "ل", "ال", "بال", "كال", "لل", "وبال", "فلل", "ولل", "فكال",
    ] {
        assert!(Chain::parse(ok).is_some(), "{ok:?}");
    }
    for bad in ["بب", "لال", "وو", "الب", "بو", "x", "ا"] {
        assert!(Chain::parse(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn words_then_proclitics() {
    let text = "وصلت التعزيزات إلى وبالقرب من دير الزور، ولـ«قسد» نقاط.";
    let stems: Vec<&str> = words(text)
        .map(|w| {
            let s = w.as_str();
            &s[Proclitics::split(s).stem()]
        })
        .collect();
    // "بالقرب" is lexicalized ("near"): the word list keeps it whole.
    assert_eq!(
        stems,
        [
            "وصلت",
            "تعزيزات",
            "إلى",
            "بالقرب",
            "من",
            "دير",
            "زور",
            "ولـ",
            "قسد",
            "نقاط"
        ]
    );
}
