//! The offset map on hand-written cases.

use akhbar_normalize::{Normalizer, Span};

fn find_original<'a>(original: &'a str, needle: &str) -> &'a str {
    let n = Normalizer::search().normalize_with_map(original);
    let at = n.as_str().find(needle).expect("needle in normalized text");
    let span = n.map().to_original(at..at + needle.len());
    &original[span]
}

#[test]
fn spans_include_inner_and_trailing_marks() {
    assert_eq!(
        find_original("في دَيْرِ الزُّورِ اليوم", "دير الزور"),
        "دَيْرِ الزُّورِ"
    );
    assert_eq!(find_original("قصف حلـــب", "حلب"), "حلـــب");
    assert_eq!(find_original("إلى دمشقَ.", "دمشق"), "دمشقَ");
}

#[test]
fn spans_exclude_deleted_neighbours() {
    assert_eq!(find_original("\u{200F}حلب\u{200E} اليوم", "حلب"), "حلب");
    assert_eq!(find_original("قرب   حلب   اليوم", "حلب"), "حلب");
}

#[test]
fn changed_width_maps_to_whole_characters() {
    assert_eq!(find_original("قتل ١٤ عنصرا", "14"), "١٤");
    assert_eq!(find_original("قتل ١٤ عنصرا", "4"), "٤");
    assert_eq!(find_original("ﻻ بد", "ا"), "ﻻ");
    assert_eq!(find_original("ﻻ بد", "ل"), "ﻻ");
    assert_eq!(find_original("«قسد»", "\"قسد\""), "«قسد»");
    assert_eq!(find_original("ﺣﻠﺐ", "لب"), "ﻠﺐ");
}

#[test]
fn original_to_normalized() {
    let original = "وَقُتِلَ ١٤ عنصراً في الرقة";
    let n = Normalizer::search().normalize_with_map(original);
    let at = original.find("الرقة").unwrap();
    assert_eq!(&n.as_str()[n.map().to_normalized(at)..], "الرقه");
    let digits = original.find('١').unwrap();
    assert_eq!(
        n.map().to_normalized(digits),
        n.as_str().find("14").unwrap()
    );
    // Inside a deleted mark: the next character.
    let fatha = original.find('\u{064E}').unwrap();
    assert_eq!(n.map().to_normalized(fatha), 2);
    let span = n.map().to_normalized_span(Span::new(at, original.len()));
    assert_eq!(&n.as_str()[span], "الرقه");
}

#[test]
fn original_span_floors_bad_offsets() {
    let n = Normalizer::search().normalize_with_map("حلب");
    assert_eq!(n.original_span(1..5).range(), 0..4);
    assert_eq!(n.original_span(7..100).range(), 6..6);
}

#[test]
fn out_of_range_offsets_clamp() {
    let n = Normalizer::search().normalize_with_map("أَ");
    assert_eq!(n.map().to_original(0..99).range(), 0..4);
    assert_eq!(n.map().to_normalized(99), 2);
}
