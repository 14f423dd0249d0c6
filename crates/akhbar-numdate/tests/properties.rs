//! Properties: the scanners and parsers never panic, spans are char
//! boundaries of the original text, matches do not overlap, and the surface
//! of every match parses back to the same value.

use akhbar_numdate::{parse_date, parse_number, scan_text, DateScanner, DateValue, NumberScanner};
use jiff::civil::Date;
use proptest::prelude::*;

/// Pieces of news text that exercise the grammar: number words, month
/// names, digits of several scripts, separators, diacritics and tatweel.
const PIECES: &[&str] = &[
    "قتل",
    "في",
    "عام",
    "العام",
    "سنة",
    "منذ",
    "قبل",
    "بين",
    "و",
    "نحو",
    "أكثر من",
    "الماضي",
    "المقبل",
    "الجاري",
    "مطلع",
    "أواخر",
    "منتصف",
    "يوم",
    "أمس",
    "اليوم",
    "غداً",
    "الأحد",
    "الاثنين",
    "السبت",
    "الساعة",
    "صباحاً",
    "مساءً",
    "كانون",
    "الثاني",
    "الأول",
    "تشرين",
    "شباط",
    "آذار",
    "آب",
    "أيار",
    "تموز",
    "يوليو",
    "فبراير",
    "مارس",
    "جانفي",
    "ماي",
    "December",
    "Dec",
    "3rd",
    "22nd",
    "رمضان",
    "محرم",
    "ربيع",
    "ذو",
    "الحجة",
    "هـ",
    "م",
    "ثلاثة",
    "ثلاث",
    "عشر",
    "عشرة",
    "أحد",
    "اثنا",
    "عشرون",
    "عشرين",
    "مئة",
    "مائة",
    "ثلاثمئة",
    "ألف",
    "ألفاً",
    "آلاف",
    "مليون",
    "ملايين",
    "مليار",
    "عشرات",
    "مئات",
    "الخامس",
    "الحادي",
    "والعشرون",
    "في المئة",
    "بالمئة",
    "%",
    "٪",
    "-",
    "/",
    ":",
    ".",
    ",",
    "،",
    "(",
    ")",
    "\n",
    " ",
    "  ",
    "0",
    "1",
    "5",
    "12",
    "15",
    "31",
    "29",
    "2019",
    "2021",
    "1445",
    "1600",
    "99999",
    "٢٠١٩",
    "١٤",
    "۱۴",
    "1,500",
    "٢٫٥",
    "01:43",
    "25/09/2025",
    "2025-09-25",
    "ـ",
    "َ",
    "ً",
    "بـ",
    "وب",
    "لل",
    "T4",
    "F-16",
    "0933123456",
    "أيام",
    "يومين",
    "أسبوعين",
    "شهر",
    "الشهر",
];

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
        ],
        0..24,
    )
    .prop_map(|parts| parts.join(" "))
}

fn reference() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        (1i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).ok()),
        (1990i16..=2030, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).ok()),
    ]
}

fn check_text(text: &str, reference: Option<Date>) -> Result<(), TestCaseError> {
    let mut last = 0;
    for m in NumberScanner::new().find_iter(text) {
        let s = m.span();
        prop_assert!(s.start <= s.end && s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= last, "overlap at {:?}", s);
        prop_assert_eq!(&text[s], m.as_str());
        last = s.end;
        if m.value().is_some() || m.range().is_some() {
            let v = parse_number(m.as_str());
            prop_assert!(v.is_ok(), "{:?} does not parse: {:?}", m.as_str(), v);
            let v = v.unwrap();
            prop_assert_eq!(
                (v.value(), v.range(), v.kind()),
                (m.value(), m.range(), m.kind()),
                "{:?}",
                m.as_str()
            );
        }
    }
    let mut last = 0;
    let dates: Vec<_> = DateScanner::new().find_iter(text, reference).collect();
    for (k, m) in dates.iter().enumerate() {
        let s = m.span();
        prop_assert!(s.start <= s.end && s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= last, "overlap at {:?}", s);
        prop_assert_eq!(&text[s], m.as_str());
        last = s.end;
        let Some(v) = m.value() else { continue };
        // Values are valid dates.
        prop_assert_eq!(v.to_string().parse::<DateValue>(), Ok(v));
        if m.is_listed() {
            // A listed day (the 5 of 5 و6 آذار) is a day of the month and
            // year of the next date reported, which is a day too.
            let next = dates[k + 1..].iter().find(|d| !d.is_listed());
            let nv = next.and_then(|d| d.value());
            prop_assert!(nv.is_some(), "{:?}: no date after it", m.as_str());
            let nv = nv.unwrap();
            prop_assert_eq!((v.year(), v.month()), (nv.year(), nv.month()));
            prop_assert!(v.day().is_some() && nv.day().is_some());
        } else {
            let p = parse_date(m.as_str(), reference);
            prop_assert_eq!(p, Ok(v), "{:?}", m.as_str());
        }
    }
    let found = scan_text(text, reference);
    for n in &found.numbers {
        prop_assert!(found.dates.iter().all(|d| !d.span().overlaps(n.span())));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn news_like_text(text in news(), reference in reference()) {
        check_text(&text, reference)?;
    }

    #[test]
    fn any_text(text in any::<String>(), reference in reference()) {
        check_text(&text, reference)?;
    }

    #[test]
    fn parsers_never_panic(text in news(), reference in reference()) {
        let _ = parse_number(&text);
        let _ = parse_date(&text, reference);
    }

    #[test]
    fn parsers_never_panic_on_any_text(text in any::<String>(), reference in reference()) {
        let _ = parse_number(&text);
        let _ = parse_date(&text, reference);
    }

    #[test]
    fn digit_numbers_parse_to_themselves(n in 0u64..1_000_000_000_000) {
        let text = n.to_string();
        let v = parse_number(&text);
        if text.len() == 1 || !text.starts_with('0') {
            prop_assert_eq!(v.unwrap().as_i64(), Some(n as i64));
        }
    }

    #[test]
    fn numeric_dates_are_valid_or_absent(d in 1u32..=35, m in 1u32..=14, y in 1990u32..=2030) {
        let text = format!("في {d:02}/{m:02}/{y}");
        let got: Vec<_> = DateScanner::new().find_iter(&text, None).collect();
        // Day first; month first (US style) only when the second number
        // cannot be a month.
        let (dd, mm) = if m > 12 && d <= 12 { (m, d) } else { (d, m) };
        let want = Date::new(y as i16, mm as i8, dd as i8).ok();
        prop_assert_eq!(got.len(), usize::from(want.is_some()));
        if let Some(want) = want {
            prop_assert_eq!(got[0].value().unwrap().to_date(), want);
        }
    }
}
