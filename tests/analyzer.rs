//! The facade end to end: one analysis of a news report, the builder's
//! options, batches, the JSON shape, and the span invariants on any input.

use akhbar::gazetteer::{Gazetteer, Reason, Target};
use akhbar::normalize::Config;
use akhbar::numdate::NumberKind;
use akhbar::{Analysis, Analyzer};
use jiff::civil::date;
use proptest::prelude::*;

/// A report written for this test in the style of agency copy: a casualty
/// figure, a full date, places with clitics and a governorate nearby,
/// actors under long and short names, an ordinal.
const REPORT: &str = "أفادت مصادر محلية بمقتل ثلاثة عناصر من قوات سوريا الديمقراطية (قسد) \
وإصابة 7 آخرين، صباح الثلاثاء 12 آذار 2024، إثر هجوم شنّه مسلحون يُعتقد أنهم من خلايا \
تنظيم داعش على نقطة عسكرية في بلدة الشحيل بريف دير الزور الشرقي. وقال مسؤول إن الهجوم \
هو الثاني من نوعه خلال أسبوع، بعد استهداف دورية في مدينة البصيرة. وفي العراق، أعلنت \
هيئة الحشد الشعبي تنفيذ عملية تفتيش في صحراء الأنبار قرب الحدود مع سوريا أسفرت عن ضبط \
4 مضافات.";

fn texts(found: &[akhbar::EntityMention<'_>]) -> Vec<(String, String)> {
    found
        .iter()
        .map(|m| (m.as_str().to_string(), m.entry().id().to_string()))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_report_end_to_end() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(REPORT);
    assert_eq!(
        texts(&a.places),
        pairs(&[
            ("الشحيل", "C5119"),
            ("دير الزور", "SY09"),
            ("البصيرة", "C5110"),
            ("العراق", "IQ"),
            ("صحراء الأنبار", "iq-x-anbar-desert"),
            ("سوريا", "SY"),
        ])
    );
    assert_eq!(
        texts(&a.actors),
        pairs(&[
            ("قوات سوريا الديمقراطية", "SDF"),
            ("قسد", "SDF"),
            ("تنظيم داعش", "ISIS"),
            ("هيئة الحشد الشعبي", "PMF"),
        ])
    );
    let numbers: Vec<(&str, Option<i64>, bool)> = a
        .numbers
        .iter()
        .map(|n| (n.as_str(), n.as_i64(), n.kind() == NumberKind::Ordinal))
        .collect();
    assert_eq!(
        numbers,
        [
            ("ثلاثة", Some(3), false),
            ("7", Some(7), false),
            ("الثاني", Some(2), true),
            ("4", Some(4), false),
        ]
    );
    assert_eq!(a.dates.len(), 1);
    assert_eq!(a.dates[0].as_str(), "صباح الثلاثاء 12 آذار 2024");
    assert_eq!(a.dates[0].value().unwrap().to_string(), "2024-03-12");
}

#[test]
fn every_span_is_the_text_as_written() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(REPORT);
    for m in a.places.iter().chain(&a.actors) {
        assert_eq!(&REPORT[m.span()], m.as_str());
    }
    for n in &a.numbers {
        assert_eq!(&REPORT[n.span()], n.as_str());
    }
    for d in &a.dates {
        assert_eq!(&REPORT[d.span()], d.as_str());
    }
}

#[test]
fn places_and_actors_are_split_by_target() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(REPORT);
    assert!(a.places.iter().all(|m| m.entry().target() == Target::Place));
    assert!(a.actors.iter().all(|m| m.entry().target() == Target::Actor));
}

#[test]
fn the_reference_date_resolves_relative_dates() {
    let text = "قصفت طائرات مسيّرة موقعاً في ريف إدلب أمس";
    let builder_date = Analyzer::builder()
        .reference_date(date(2023, 6, 1))
        .build()
        .unwrap();
    let a = builder_date.analyze(text);
    assert_eq!(a.dates[0].value().unwrap().to_string(), "2023-05-31");
    // A date given per call wins over the builder's.
    let b = builder_date.analyze_with_date(text, Some(date(2024, 1, 1)));
    assert_eq!(b.dates[0].value().unwrap().to_string(), "2023-12-31");
    // Without any date, the mention is found but has no value.
    let plain = Analyzer::new();
    let c = plain.analyze(text);
    assert_eq!(c.dates[0].as_str(), "أمس");
    assert!(c.dates[0].value().is_none());
}

#[test]
fn context_requirement_can_be_turned_off() {
    // الباب is a town and "the door": alone it needs context.
    let text = "أغلق الحارس الباب بإحكام";
    let strict = Analyzer::new();
    assert!(strict.analyze(text).places.is_empty());
    let loose = Analyzer::builder().require_context(false).build().unwrap();
    let a = loose.analyze(text);
    assert_eq!(a.places.len(), 1);
    assert_eq!(a.places[0].reason(), Reason::ContextNotRequired);
}

#[test]
fn a_custom_gazetteer_replaces_the_default() {
    let tsv =
        "id\tkind\tname_ar\tname_en\taliases\tcountry\tparent\tlat\tlon\tpcode\tgeonames\tsource\n\
               x-farm\tvillage\tمزرعة الورد\tRose Farm\t\tSY\t\t\t\t\t\ttest row\n";
    let g = Gazetteer::builder()
        .tsv("farm.tsv", tsv.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    let a = Analyzer::builder().gazetteer(g).build().unwrap();
    let found = a.analyze("سقطت قذيفة على مزرعة الورد قرب حلب");
    assert_eq!(texts(&found.places), pairs(&[("مزرعة الورد", "x-farm")]));
}

#[test]
fn a_camel_tools_normalization_still_finds_names() {
    let a = Analyzer::builder()
        .normalization(Config::camel_tools())
        .build()
        .unwrap();
    let found = a.analyze("وصلت تعزيزات إلى مدينة الرقة");
    // The trigger word picks the city over the governorate of that name.
    assert_eq!(found.places[0].entry().id(), "C5710");
    assert_eq!(found.places[0].as_str(), "الرقة");
}

#[cfg(feature = "rayon")]
#[test]
fn a_batch_is_the_documents_one_by_one_in_order() {
    let docs: Vec<String> = REPORT.split(". ").map(str::to_string).collect();
    let analyzer = Analyzer::new();
    let batch = analyzer.analyze_batch(&docs);
    assert_eq!(batch.len(), docs.len());
    for (doc, got) in docs.iter().zip(&batch) {
        let one = analyzer.analyze(doc);
        assert_eq!(texts(&got.places), texts(&one.places));
        assert_eq!(texts(&got.actors), texts(&one.actors));
        assert_eq!(got.numbers.len(), one.numbers.len());
        assert_eq!(got.dates.len(), one.dates.len());
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_has_the_shape_of_the_command_line() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(REPORT);
    let v = serde_json::to_value(&a).unwrap();
    let place = &v["places"][0];
    assert_eq!(place["text"], "الشحيل");
    assert_eq!(place["id"], "C5119");
    assert_eq!(place["country"], "SY");
    let start = place["start"].as_u64().unwrap() as usize;
    let end = place["end"].as_u64().unwrap() as usize;
    assert_eq!(&REPORT[start..end], "الشحيل");
    assert_eq!(v["actors"][0]["id"], "SDF");
    assert_eq!(v["numbers"][0]["value"], 3);
    assert_eq!(v["numbers"][2]["kind"], "ordinal");
    assert_eq!(v["dates"][0]["value"], "2024-03-12");
}

/// The invariants every analysis keeps.
fn check_invariants(text: &str, a: &Analysis<'_>) {
    let spans = a
        .places
        .iter()
        .chain(&a.actors)
        .map(|m| (m.span(), m.as_str()))
        .chain(a.numbers.iter().map(|n| (n.span(), n.as_str())))
        .chain(a.dates.iter().map(|d| (d.span(), d.as_str())));
    for (span, s) in spans {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span.range()], s);
    }
    for list in [&a.places, &a.actors] {
        for w in list.windows(2) {
            assert!(w[0].span().end <= w[1].span().start, "overlap in {text:?}");
        }
    }
}

/// Pieces of news text, so that random input often contains real names,
/// clitics, numbers and dates next to noise.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("في ".to_string()),
        Just("بريف ".to_string()),
        Just("والرقة".to_string()),
        Just("دير الزور".to_string()),
        Just("قسد".to_string()),
        Just("داعش".to_string()),
        Just("الباب".to_string()),
        Just("١٢ آذار ٢٠٢٤".to_string()),
        Just("ثلاثة آلاف".to_string()),
        Just("، ".to_string()),
        Just("ـ".to_string()),
        Just("\u{64e}".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_keeps_spans_valid(text in newsy()) {
        let analyzer = Analyzer::builder().reference_date(date(2024, 1, 1)).build().unwrap();
        let a = analyzer.analyze(&text);
        check_invariants(&text, &a);
    }

    #[test]
    fn never_panics_on_any_string(text in "\\PC{0,200}") {
        let analyzer = Analyzer::new();
        let a = analyzer.analyze(&text);
        check_invariants(&text, &a);
    }
}
