//! Table-driven tests of the number scanner: every form of the issue, in
//! sentences written for these tests in the style of news reports.

use akhbar_numdate::{parse_number, scan_text, NumberConfig, NumberKind, NumberScanner};

/// What a number should be.
#[derive(Clone, Copy, Debug)]
enum E {
    /// A cardinal with this value.
    C(f64),
    /// An ordinal.
    O(f64),
    /// A percentage.
    P(f64),
    /// A range.
    R(f64, f64),
    /// A vague quantity.
    V,
}

struct Case {
    text: &'static str,
    want: &'static [(&'static str, E)],
}

const fn case(text: &'static str, want: &'static [(&'static str, E)]) -> Case {
    Case { text, want }
}

use E::*;

const DIGITS: &[Case] = &[
    case("قتل 14 عنصراً", &[("14", C(14.0))]),
    case("قتل ١٤ عنصراً", &[("١٤", C(14.0))]),
    case("قتل ۱۴ عنصراً", &[("۱۴", C(14.0))]),
    case("أصيب ٧ أشخاص", &[("٧", C(7.0))]),
    case("نزح 1,500 شخص", &[("1,500", C(1500.0))]),
    case("نزح ١٬٥٠٠ شخص", &[("١٬٥٠٠", C(1500.0))]),
    case("بلغ العدد 2,350,000 نسمة", &[("2,350,000", C(2_350_000.0))]),
    case("بلغ العدد 1.500.000 نسمة", &[("1.500.000", C(1_500_000.0))]),
    case("بمعدل 2.5 طن", &[("2.5", C(2.5))]),
    case("بمعدل ٢٫٥ طن", &[("٢٫٥", C(2.5))]),
    case("بمعدل 0.75 نقطة", &[("0.75", C(0.75))]),
    case("انخفضت الحرارة إلى -5 درجات", &[("-5", C(-5.0))]),
    case("حصل على 491 صوتاً", &[("491", C(491.0))]),
    case("فاز بـ491 صوتاً", &[("491", C(491.0))]),
    case("فاز بـ٤٩١ صوتاً", &[("٤٩١", C(491.0))]),
    case("قتل 14، وأصيب 20", &[("14", C(14.0)), ("20", C(20.0))]),
    case("قتل 3 وجرح 5", &[("3", C(3.0)), ("5", C(5.0))]),
    case("وصل 100000 لاجئ", &[("100000", C(100_000.0))]),
    case("أعداد ١٤،١٥ متتالية", &[("١٤", C(14.0)), ("١٥", C(15.0))]),
    // A decimal comma before one or two digits (Maghrebi and European
    // usage); an Arabic comma or a third group is not one.
    case("نزح 3,5 مليون شخص", &[("3,5 مليون", C(3_500_000.0))]),
    case("بنسبة 2,75%", &[("2,75%", P(2.75))]),
    case("قتل 14،5 آخرون", &[("14", C(14.0)), ("5", C(5.0))]),
    case(
        "الأرقام 1,5,9",
        &[("1", C(1.0)), ("5", C(5.0)), ("9", C(9.0))],
    ),
];

const WORDS: &[Case] = &[
    case("قتل واحد من العناصر", &[("واحد", C(1.0))]),
    case("أصيبت امرأة واحدة", &[("واحدة", C(1.0))]),
    case("قتل اثنان من المدنيين", &[("اثنان", C(2.0))]),
    case("اعتقل اثنين من المطلوبين", &[("اثنين", C(2.0))]),
    case("أصيبت اثنتان من النساء", &[("اثنتان", C(2.0))]),
    case("قتل ثلاثة عناصر", &[("ثلاثة", C(3.0))]),
    case("قتلت ثلاث نساء", &[("ثلاث", C(3.0))]),
    case("استمرت أربعة أيام", &[("أربعة", C(4.0))]),
    case("استمرت أربع ساعات", &[("أربع", C(4.0))]),
    case("قتل خمسة أشخاص", &[("خمسة", C(5.0))]),
    case("قتل خمسةُ أشخاص", &[("خمسةُ", C(5.0))]),
    case("استمرت خمس ساعات", &[("خمس", C(5.0))]),
    case("استمرت ستة أشهر", &[("ستة", C(6.0))]),
    case("استمرت ست سنوات", &[("ست", C(6.0))]),
    case("أصيب سبعة عناصر", &[("سبعة", C(7.0))]),
    case("خلال سبع سنوات", &[("سبع", C(7.0))]),
    case("اعتقل ثمانية أشخاص", &[("ثمانية", C(8.0))]),
    case("ثماني نساء", &[("ثماني", C(8.0))]),
    case("قتل تسعة عناصر", &[("تسعة", C(9.0))]),
    case("تسع قرى", &[("تسع", C(9.0))]),
    case("قتل عشرة عناصر", &[("عشرة", C(10.0))]),
    case("عشر سنوات", &[("عشر", C(10.0))]),
    case("قتل أحد عشر عنصراً", &[("أحد عشر", C(11.0))]),
    case("إحدى عشرة امرأة", &[("إحدى عشرة", C(11.0))]),
    case("اثنا عشر مقاتلاً", &[("اثنا عشر", C(12.0))]),
    case("اعتقل اثني عشر شخصاً", &[("اثني عشر", C(12.0))]),
    case("اثنتا عشرة سيدة", &[("اثنتا عشرة", C(12.0))]),
    case("ثلاثة عشر قتيلاً", &[("ثلاثة عشر", C(13.0))]),
    case("خمسة عشر يوماً", &[("خمسة عشر", C(15.0))]),
    case("تسعة عشر عاماً", &[("تسعة عشر", C(19.0))]),
    case("عشرون مقاتلاً", &[("عشرون", C(20.0))]),
    case("اعتقل عشرين شخصاً", &[("عشرين", C(20.0))]),
    case("ثلاثون قتيلاً", &[("ثلاثون", C(30.0))]),
    case("أكثر من ثلاثين", &[("ثلاثين", C(30.0))]),
    case("أربعون عائلة", &[("أربعون", C(40.0))]),
    case("خمسين عائلة", &[("خمسين", C(50.0))]),
    case("ستون شاحنة", &[("ستون", C(60.0))]),
    case("سبعين شاحنة", &[("سبعين", C(70.0))]),
    case("ثمانون أسيراً", &[("ثمانون", C(80.0))]),
    case("تسعين أسيراً", &[("تسعين", C(90.0))]),
    case("ثلاثة وعشرون قتيلاً", &[("ثلاثة وعشرون", C(23.0))]),
    case("خمساً وأربعين", &[("خمساً وأربعين", C(45.0))]),
    case("واحد وثلاثون", &[("واحد وثلاثون", C(31.0))]),
    case("مئة جندي", &[("مئة", C(100.0))]),
    case("مائة جندي", &[("مائة", C(100.0))]),
    case("مئتان من الجنود", &[("مئتان", C(200.0))]),
    case("نحو مئتي جندي", &[("مئتي", C(200.0))]),
    case("مائتين", &[("مائتين", C(200.0))]),
    case("ثلاثمئة عائلة", &[("ثلاثمئة", C(300.0))]),
    case("ثلاثمائة عائلة", &[("ثلاثمائة", C(300.0))]),
    case("ثلاث مئة عائلة", &[("ثلاث مئة", C(300.0))]),
    case("خمسمائة وخمسون", &[("خمسمائة وخمسون", C(550.0))]),
    case("تسعمئة", &[("تسعمئة", C(900.0))]),
    case("مئة وخمسة وعشرون", &[("مئة وخمسة وعشرون", C(125.0))]),
    case("ألف مقاتل", &[("ألف", C(1000.0))]),
    case("نحو ألفي مقاتل", &[("ألفي", C(2000.0))]),
    case("ألفان من المقاتلين", &[("ألفان", C(2000.0))]),
    case("قرابة ألفين", &[("ألفين", C(2000.0))]),
    case("ثلاثة آلاف نازح", &[("ثلاثة آلاف", C(3000.0))]),
    case("عشرة آلاف نازح", &[("عشرة آلاف", C(10000.0))]),
    case("أحد عشر ألفاً", &[("أحد عشر ألفاً", C(11000.0))]),
    case("مئة ألف", &[("مئة ألف", C(100_000.0))]),
    case("مئة وخمسون ألفاً", &[("مئة وخمسون ألفاً", C(150_000.0))]),
    case("ثلاثة آلاف وخمسمئة", &[("ثلاثة آلاف وخمسمئة", C(3500.0))]),
    case("مليون نازح", &[("مليون", C(1_000_000.0))]),
    case("مليونان", &[("مليونان", C(2_000_000.0))]),
    case("نحو مليونين", &[("مليونين", C(2_000_000.0))]),
    case("خمسة ملايين", &[("خمسة ملايين", C(5_000_000.0))]),
    case("مليون ونصف", &[("مليون ونصف", C(1_500_000.0))]),
    case("مليار دولار", &[("مليار", C(1e9))]),
    case("ثلاثة مليارات دولار", &[("ثلاثة مليارات", C(3e9))]),
    case("مليارين", &[("مليارين", C(2e9))]),
    case("مليون و200 ألف", &[("مليون و200 ألف", C(1_200_000.0))]),
    case("نزح ربع مليون شخص", &[("ربع مليون", C(250_000.0))]),
    case("نصف مليون لاجئ", &[("نصف مليون", C(500_000.0))]),
    case("الدول الأربع", &[("الأربع", C(4.0))]),
    case("الأيام الثلاثة الماضية", &[("الثلاثة", C(3.0))]),
    case("وعشرون", &[("عشرون", C(20.0))]),
];

const MIXED: &[Case] = &[
    case("10 ملايين نازح", &[("10 ملايين", C(1e7))]),
    case("8 آلاف مقاتل", &[("8 آلاف", C(8000.0))]),
    case("٣ آلاف مقاتل", &[("٣ آلاف", C(3000.0))]),
    case("1.5 مليون لاجئ", &[("1.5 مليون", C(1_500_000.0))]),
    case("٢٫٥ مليار دولار", &[("٢٫٥ مليار", C(2.5e9))]),
    case("40 ألف نسمة", &[("40 ألف", C(40000.0))]),
    case("200 ألف", &[("200 ألف", C(200_000.0))]),
    case("3 آلاف و500", &[("3 آلاف و500", C(3500.0))]),
    case("يقطنها 120 ألف نسمة", &[("120 ألف", C(120_000.0))]),
];

const RANGES: &[Case] = &[
    case(
        "نزح 40 - 50 ألف شخص",
        &[("40 - 50 ألف", R(40000.0, 50000.0))],
    ),
    case("نزح 40-50 ألف شخص", &[("40-50 ألف", R(40000.0, 50000.0))]),
    case("قتل 3 - 5 أشخاص", &[("3 - 5", R(3.0, 5.0))]),
    case("بين 10 و20 قتيلاً", &[("بين 10 و20", R(10.0, 20.0))]),
    case(
        "ما بين 100 و150 عنصراً",
        &[("بين 100 و150", R(100.0, 150.0))],
    ),
    case("بين 10 و20 ألف", &[("بين 10 و20 ألف", R(10000.0, 20000.0))]),
    case("بين ثلاثة وخمسة", &[("بين ثلاثة وخمسة", R(3.0, 5.0))]),
    case("بين عشرين وثلاثين", &[("بين عشرين وثلاثين", R(20.0, 30.0))]),
    case(
        "1.5 - 2 مليون",
        &[("1.5 - 2 مليون", R(1_500_000.0, 2_000_000.0))],
    ),
    case(
        "40 ألفاً - 50 ألفاً",
        &[("40 ألفاً - 50 ألفاً", R(40000.0, 50000.0))],
    ),
];

const PERCENT: &[Case] = &[
    case("ارتفعت بنسبة 300%", &[("300%", P(300.0))]),
    case("ارتفعت بنسبة ٣٠٠٪", &[("٣٠٠٪", P(300.0))]),
    case("ارتفعت بنسبة 300 %", &[("300 %", P(300.0))]),
    case("بنسبة 20 في المئة", &[("20 في المئة", P(20.0))]),
    case("بنسبة 20 في المائة", &[("20 في المائة", P(20.0))]),
    case("بنسبة 20 بالمئة", &[("20 بالمئة", P(20.0))]),
    case("بنسبة 20 بالمائة", &[("20 بالمائة", P(20.0))]),
    case("بنسبة %20 عن العام", &[("%20", P(20.0))]),
    case("بنسبة 12.5%", &[("12.5%", P(12.5))]),
    case("بنسبة خمسين في المئة", &[("خمسين في المئة", P(50.0))]),
];

const VAGUE: &[Case] = &[
    case("قتل عشرات المدنيين", &[("عشرات", V)]),
    case("نزح مئات الأشخاص", &[("مئات", V)]),
    case("نزح آلاف الأشخاص", &[("آلاف", V)]),
    case("نزح عشرات الآلاف", &[("عشرات الآلاف", V)]),
    case("نزح مئات الآلاف من السكان", &[("مئات الآلاف", V)]),
    case("ملايين السوريين", &[("ملايين", V)]),
    case("بعد بضعة أيام", &[("بضعة", V)]),
];

const ORDINALS: &[Case] = &[
    case("للمرة الأولى", &[("الأولى", O(1.0))]),
    case("في اليوم الأول", &[("الأول", O(1.0))]),
    case("للمرة الثانية", &[("الثانية", O(2.0))]),
    case("الجولة الثالثة", &[("الثالثة", O(3.0))]),
    case("الدورة الرابعة", &[("الرابعة", O(4.0))]),
    case("الفرقة الخامسة", &[("الخامسة", O(5.0))]),
    case("اللواء السادس", &[("السادس", O(6.0))]),
    case("الفيلق السابع", &[("السابع", O(7.0))]),
    case("الفرقة الثامنة", &[("الثامنة", O(8.0))]),
    case("المرة التاسعة", &[("التاسعة", O(9.0))]),
    case("الذكرى العاشرة", &[("العاشرة", O(10.0))]),
    case("الفرقة الحادية عشرة", &[("الحادية عشرة", O(11.0))]),
    case("الجولة الخامس عشر", &[("الخامس عشر", O(15.0))]),
    case("الذكرى العشرين", &[("العشرين", O(20.0))]),
    case("الحادي والعشرون", &[("الحادي والعشرون", O(21.0))]),
];

const APPROX: &[(&str, &str, bool)] = &[
    ("نحو 79 عنصراً", "79", true),
    ("حوالي 300 شخص", "300", true),
    ("حوالى 300 شخص", "300", true),
    ("قرابة 200 ألف", "200 ألف", true),
    ("زهاء خمسين", "خمسين", true),
    ("أكثر من 20 قتيلاً", "20", true),
    ("أقل من عشرة", "عشرة", true),
    ("ما يقارب 40", "40", true),
    ("ونحو 12 جريحاً", "12", true),
    ("قتل 79 عنصراً", "79", false),
];

fn check(table: &[Case], name: &str) {
    let scanner = NumberScanner::new();
    let mut failures = Vec::new();
    for case in table {
        let got: Vec<_> = scanner.find_iter(case.text).collect();
        let ok = got.len() == case.want.len()
            && got.iter().zip(case.want).all(|(m, (surface, e))| {
                m.as_str() == *surface
                    && &case.text[m.span()] == *surface
                    && match *e {
                        C(v) => m.kind() == NumberKind::Cardinal && m.value() == Some(v),
                        O(v) => m.kind() == NumberKind::Ordinal && m.value() == Some(v),
                        P(v) => m.kind() == NumberKind::Percent && m.value() == Some(v),
                        R(lo, hi) => m.kind() == NumberKind::Range && m.range() == Some((lo, hi)),
                        V => m.kind() == NumberKind::Vague && m.value().is_none(),
                    }
            });
        if !ok {
            let got: Vec<String> = got
                .iter()
                .map(|m| {
                    format!(
                        "{:?} {:?} {:?} {:?}",
                        m.as_str(),
                        m.kind(),
                        m.value(),
                        m.range()
                    )
                })
                .collect();
            failures.push(format!(
                "{:?}: want {:?}, got {:?}",
                case.text, case.want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn digits_in_every_script() {
    check(DIGITS, "digits");
}

#[test]
fn number_words() {
    check(WORDS, "words");
}

#[test]
fn digits_with_scale_words() {
    check(MIXED, "mixed");
}

#[test]
fn ranges() {
    check(RANGES, "ranges");
}

#[test]
fn percentages() {
    check(PERCENT, "percent");
}

#[test]
fn vague_quantities() {
    check(VAGUE, "vague");
}

#[test]
fn ordinals() {
    check(ORDINALS, "ordinals");
}

#[test]
fn approximations() {
    for (text, surface, approx) in APPROX {
        let m = NumberScanner::new()
            .find_iter(text)
            .next()
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (m.as_str(), m.is_approximate()),
            (*surface, *approx),
            "{text}"
        );
    }
}

/// Words and digits that look like numbers and are not.
const NOT_NUMBERS: &[&str] = &[
    "قال أحد المسؤولين",
    "إحدى المدن",
    "اجتمعوا يوم الاثنين",
    "يوم الأحد",
    "طائرة F-16 وطائرة T4",
    "قاعدة T4 الجوية",
    "رقم الهاتف 0933123456",
    "اتصلوا على 0933 123 456",
    "الإصدار 1.2.3",
    "العنوان 192.168.1.1",
    "جائحة كوفيد-19",
    "صواريخ S-400",
    "في الساعة 01:43",
    "في 25/09/2025",
    "في 2025-09-25",
    "في 3rd December",
    "الاستهداف الذي استمر",
    "مستشفى المدينة",
    "فريق الفلوجة",
    "كانون الثاني",
    "تشرين الأول",
    "ربيع الأول",
];

#[test]
fn not_numbers() {
    for text in NOT_NUMBERS {
        let got: Vec<_> = NumberScanner::new()
            .find_iter(text)
            .map(|m| m.as_str().to_string())
            .collect();
        assert!(got.is_empty(), "{text:?}: {got:?}");
    }
}

/// Digits that belong to a date are not numbers (dates win).
const IN_DATES: &[(&str, &[&str])] = &[
    ("قتل 5 في 15 آذار 2019", &["5"]),
    ("منذ عام 2011 قتل 300", &["300"]),
    ("في مطلع عام 2023 نزح 8 آلاف", &["8 آلاف"]),
    ("في الخامس من حزيران قتل ثلاثة", &["ثلاثة"]),
    ("الساعة العاشرة صباحاً قتل اثنان", &["اثنان"]),
    ("قبل 3 أيام قتل 4", &["4"]),
    ("في 2019 قتل 2019 شخصاً", &["2019"]),
    ("تموز/يوليو 2019", &[]),
    ("22nd شباط / فبراير 2021", &[]),
    ("1 محرم 1446هـ", &[]),
    ("في 12 يناير، 2020 قتل 3", &["3"]),
    ("في 15 آذار (مارس) 2011 خرج المتظاهرون", &[]),
    // Days listed or ranged before their month are dates too.
    ("تظاهروا يومي 5 و6 آذار", &[]),
    ("أيام 3 و4 و5 شباط قتل 7", &["7"]),
    ("في الفترة من 10 إلى 15 تموز", &[]),
    ("ليلة 14-15 آذار", &[]),
    // Not days: a count before a noun, a range that runs backwards.
    ("قتل 5 و6 آخرون في 7 آذار", &["5", "6"]),
    ("من 20 إلى 15 آذار", &["20"]),
    ("في 27 رمضان قتل 4", &["4"]),
];

/// The surfaces of the numbers `scan_text` reports in `text`.
fn scanned(text: &str) -> Vec<&str> {
    scan_text(text, None)
        .numbers
        .iter()
        .map(|m| m.as_str())
        .collect()
}

#[test]
fn dates_win_over_numbers() {
    for (text, want) in IN_DATES {
        assert_eq!(&scanned(text), want, "{text}");
        let alone: Vec<&str> = NumberScanner::new()
            .find_iter(text)
            .map(|m| m.as_str())
            .collect();
        assert_eq!(&alone, want, "scanner alone: {text}");
    }
}

#[test]
fn config_switches() {
    let all = NumberScanner::with_config(NumberConfig::new().skip_dates(false));
    assert_eq!(all.find_iter("عام 2019").count(), 1);
    let no_vague = NumberScanner::with_config(NumberConfig::new().vague(false));
    assert_eq!(no_vague.find_iter("عشرات القتلى و3 جرحى").count(), 1);
    let no_ord = NumberScanner::with_config(NumberConfig::new().ordinals(false));
    assert_eq!(no_ord.find_iter("المرة الثانية").count(), 0);
}

#[test]
fn parse_number_reads_whole_expressions() {
    let cases: &[(&str, Option<i64>)] = &[
        ("14", Some(14)),
        ("١٤", Some(14)),
        ("ثلاثة وعشرون", Some(23)),
        ("مئة وخمسون ألفاً", Some(150_000)),
        ("10 ملايين", Some(10_000_000)),
        ("نحو 79", Some(79)),
        ("-5", Some(-5)),
        ("%20", Some(20)),
        ("  7  ", Some(7)),
    ];
    for (input, want) in cases {
        assert_eq!(parse_number(input).unwrap().as_i64(), *want, "{input}");
    }
    assert!(parse_number("").is_err());
    assert!(parse_number("قتل").is_err());
    assert!(parse_number("3 قتلى").is_err());
    assert!(parse_number("0933123456").is_err());
}

#[test]
fn every_table_row_parses_back() {
    for table in [DIGITS, WORDS, MIXED, RANGES, PERCENT, VAGUE, ORDINALS] {
        for case in table {
            for m in NumberScanner::new().find_iter(case.text) {
                let v =
                    parse_number(m.as_str()).unwrap_or_else(|e| panic!("{:?}: {e}", m.as_str()));
                assert_eq!(
                    (v.value(), v.range(), v.kind()),
                    (m.value(), m.range(), m.kind()),
                    "{:?}",
                    m.as_str()
                );
            }
        }
    }
}

/// Digits that name rather than count: a resolution, an article of law, a
/// decree, a military unit, an aircraft model. A scale makes a quantity
/// again.
#[test]
fn labels_are_not_quantities() {
    let cases: &[(&str, &[&str])] = &[
        ("دعا إلى تطبيق القرار 2254 فوراً", &[]),
        ("الخلاف حول تطبيق المادة 140 من الدستور", &[]),
        ("صدر القانون رقم 10 لعام 2018", &[]),
        ("انتشرت قوات الفرقة 25 مهام خاصة", &[]),
        ("استهدفت مقر اللواء 93 في ريف الرقة", &[]),
        ("تحطمت طائرة بوينغ 737", &[]),
        ("قتل 5 عناصر من الفرقة الرابعة", &["5", "الرابعة"]),
        ("ضم اللواء 3 آلاف عنصر", &["3 آلاف"]),
    ];
    for (text, want) in cases {
        assert_eq!(&scanned(text), want, "{text}");
    }
}
