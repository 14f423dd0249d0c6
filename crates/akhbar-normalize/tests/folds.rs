//! One test per fold, with text written for this crate, plus profiles.

use std::borrow::Cow;

use akhbar_normalize::{Config, Fold, Normalizer, Profile};

fn only(fold: Fold) -> Normalizer {
    Normalizer::new(Config::none().with(fold, true))
}

#[test]
fn diacritics() {
    let n = only(Fold::Diacritics);
    assert_eq!(
        n.normalize("قَصَفَتْ طائراتٌ مواقعَ التنظيمِ"),
        "قصفت طائرات مواقع التنظيم"
    );
    assert_eq!(n.normalize("هٰذا"), "هذا"); // superscript alef
    assert_eq!(n.normalize("عنصراً"), "عنصرا");
    // Only the harakat: tatweel and Quranic marks stay.
    assert_eq!(n.normalize("حلـب"), "حلـب");
    assert_eq!(n.normalize("ذَٰلِكَ ۖ"), "ذلك ۖ");
}

#[test]
fn quranic_marks() {
    let n = only(Fold::QuranicMarks);
    assert_eq!(n.normalize("ذلك ۖ الكتاب ۚ"), "ذلك  الكتاب ");
    assert_eq!(n.normalize("صلى الله عليه ؐ"), "صلى الله عليه ");
    assert_eq!(n.normalize("ا\u{0654}"), "ا"); // combining hamza above
    assert_eq!(n.normalize("آية ۝١"), "آية ١"); // end of ayah sign
}

#[test]
fn tatweel() {
    let n = only(Fold::Tatweel);
    assert_eq!(n.normalize("حلـــب"), "حلب");
    assert_eq!(n.normalize("بـ491"), "ب491");
}

#[test]
fn alef() {
    let n = only(Fold::Alef);
    assert_eq!(
        n.normalize("أعلن إدلب آذار ٱلكتاب"),
        "اعلن ادلب اذار الكتاب"
    );
    assert_eq!(n.normalize("ٲٳٵ"), "ااا");
    assert_eq!(n.normalize("ى ة ؤ"), "ى ة ؤ");
}

#[test]
fn alef_maksura() {
    let n = only(Fold::AlefMaksura);
    assert_eq!(n.normalize("ديالى على مستشفى"), "ديالي علي مستشفي");
    // Persian yeh is a separate fold, as in CAMeL Tools.
    assert_eq!(n.normalize("الدولی"), "الدولی");
}

#[test]
fn teh_marbuta() {
    let n = only(Fold::TehMarbuta);
    assert_eq!(n.normalize("الرقة وحماة"), "الرقه وحماه");
}

#[test]
fn hamza_carriers() {
    let n = only(Fold::Hamza);
    assert_eq!(n.normalize("مؤتمر رئيس طائرات"), "موتمر رييس طايرات");
    assert_eq!(n.normalize("ء"), "ء"); // the hamza itself stays
}

#[test]
fn persian_letters() {
    let n = only(Fold::PersianLetters);
    assert_eq!(n.normalize("التحالف الدولی"), "التحالف الدولي");
    assert_eq!(n.normalize("کرکوک"), "كركوك");
    assert_eq!(n.normalize("ھذه ہے"), "هذه هي");
}

#[test]
fn presentation_forms() {
    let n = only(Fold::PresentationForms);
    assert_eq!(n.normalize("ﻻ"), "لا");
    assert_eq!(n.normalize("ﻷ"), "لأ");
    assert_eq!(n.normalize("ﺣﻠﺐ"), "حلب");
    assert_eq!(n.normalize("ﷲ"), "الله");
    assert_eq!(n.normalize("﴾نص﴿"), "(نص)");
    // Presentation forms are folded further by the other folds that are on.
    let search = Normalizer::search();
    assert_eq!(search.normalize("ﺇﺩﻟﺐ"), "ادلب");
    assert_eq!(search.normalize("ﻷن"), "لان");
    // A spacing fatha goes away like a combining one.
    assert_eq!(search.normalize("ب\u{FE76}"), "ب");
}

#[test]
fn digits_of_every_script() {
    let n = only(Fold::Digits);
    assert_eq!(n.normalize("١٤ و۱۴ و14"), "14 و14 و14");
    assert_eq!(n.normalize("२०२३"), "2023"); // Devanagari
    assert_eq!(n.normalize("２５"), "25"); // fullwidth
    assert_eq!(n.normalize("٣٬٥٠٠"), "3٬500"); // separators are punctuation
}

#[test]
fn punctuation() {
    let n = only(Fold::Punctuation);
    assert_eq!(
        n.normalize("حلب، إدلب؛ لماذا؟ ٣٠٪ ٣٫٥ ٣٬٥٠٠"),
        "حلب, إدلب; لماذا? ٣٠% ٣.٥ ٣,٥٠٠"
    );
}

#[test]
fn invisibles() {
    let n = only(Fold::Invisibles);
    assert_eq!(n.normalize("\u{200F}حلب\u{200E}"), "حلب");
    assert_eq!(n.normalize("دير\u{200C}الزور"), "ديرالزور");
    assert_eq!(
        n.normalize("\u{FEFF}\u{202B}نص\u{202C}\u{2067}x\u{2069}\u{061C}"),
        "نصx"
    );
    assert_eq!(n.normalize("soft\u{00AD}hyphen"), "softhyphen");
}

#[test]
fn quotes() {
    let n = only(Fold::Quotes);
    assert_eq!(
        n.normalize("«داعش» “قسد” ‘الحشد’ `x`"),
        "\"داعش\" \"قسد\" 'الحشد' 'x'"
    );
}

#[test]
fn whitespace() {
    let n = only(Fold::Whitespace);
    assert_eq!(n.normalize("دير   الزور"), "دير الزور");
    assert_eq!(n.normalize("دير\u{00A0}الزور"), "دير الزور");
    assert_eq!(n.normalize("سطر\r\n\r\nآخر"), "سطر\nآخر");
    assert_eq!(n.normalize("a \t\n b"), "a\nb");
    assert_eq!(n.normalize("a\u{2003}b"), "a b");
    // A lone space or newline is left alone, and borrowed.
    assert!(matches!(n.normalize("a b\nc"), Cow::Borrowed(_)));
}

#[test]
fn whitespace_collapses_across_deleted_characters() {
    let n = Normalizer::search();
    assert_eq!(n.normalize("حلب \u{200F} إدلب"), "حلب ادلب");
    assert_eq!(n.normalize("حلب ـ إدلب"), "حلب ادلب");
    assert_eq!(n.normalize("حلب \u{064E}\u{00A0}\n إدلب"), "حلب\nادلب");
}

#[test]
fn search_profile_applies_everything() {
    let n = Normalizer::search();
    assert_eq!(
        n.normalize("أعلنت «قسد» مقتلَ ٣ عناصر من داعـــش في ريف ديرالزور الشرقي، الأحد."),
        "اعلنت \"قسد\" مقتل 3 عناصر من داعش في ريف ديرالزور الشرقي, الاحد."
    );
}

#[test]
fn light_profile_keeps_spelling() {
    let n = Normalizer::profile(Profile::Light);
    assert_eq!(
        n.normalize("أعلنت «قسد» مقتلَ ٣ عناصر، في الرقـة"),
        "أعلنت «قسد» مقتل ٣ عناصر، في الرقة"
    );
}

#[test]
fn unchanged_text_is_borrowed() {
    let n = Normalizer::search();
    let text = "قتل 3 عناصر من داعش في ريف دير الزور الشرقي";
    assert!(matches!(n.normalize(text), Cow::Borrowed(_)));
    assert!(n.is_normalized(text));
    assert!(matches!(
        n.normalize_with_map(text).into_parts().0,
        Cow::Borrowed(_)
    ));
}

#[test]
fn none_changes_nothing() {
    let n = Normalizer::new(Config::none());
    let text = "أَعلنت «قسد»، ١٤ ﻻ \u{200F}  x";
    assert!(matches!(n.normalize(text), Cow::Borrowed(_)));
}

#[test]
fn every_fold_can_be_turned_off_alone() {
    let sample = "أَعلنت «قسد»، ١٤ ﻻ \u{200F}  حلـب الدولی على الرقة رئيس ۖ";
    let all = Normalizer::search().normalize(sample).into_owned();
    for fold in Fold::ALL {
        let without = Normalizer::new(Config::search().with(fold, false));
        assert_ne!(without.normalize(sample), all, "{fold} made no difference");
    }
}

#[test]
fn empty_input() {
    let n = Normalizer::search().normalize_with_map("");
    assert_eq!(n.as_str(), "");
    assert_eq!(n.map().to_original(0..0).range(), 0..0);
    assert_eq!(n.map().to_normalized(0), 0);
}
