//! The words the scanners know, as data.
//!
//! Every table lists words as newspapers spell them (with hamza, teh
//! marbuta, alef maksura); they are folded with the `search` normalizer
//! when the lexicon is first used, so spellings that the normalizer folds
//! (أ/ا/إ, ة/ه, ى/ي, tanween) need not be listed twice. A word may have
//! several readings (الاثنين is Monday and "the two"; الأول is an ordinal and
//! the second word of كانون الأول): the parsers pick one from the context.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

use crate::table::{SuffixFilter, WordSet, WordTable};
use crate::trigger::TriggerFilter;
use crate::PartOfPeriod;

/// Scale words: ألف, مليون, مليار, تريليون.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// ألف، مليون: the count before it is 1 or 11 and more (or digits).
    Singular,
    /// ألفان، مليونين: two of it, no count before it.
    Dual,
    /// آلاف، ملايين: the count before it is 3 to 10 (or digits); alone, it
    /// is vague ("thousands of").
    Plural,
}

/// Which month names need context to be read as months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// The word is (almost) only a month name: شباط, أيلول, يناير.
    Strong,
    /// The word is also a common word or name (آب "father", مارس "he
    /// practised", ماي, جوان a first name, نيسان a car maker): read as a
    /// month only with a day before it, a year after it, a double name, شهر
    /// before it or الماضي/المقبل after it.
    Weak,
}

/// Direction of a relative expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Current,
    Next,
}

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// First words of two-word month names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prefix {
    /// كانون الثاني (1) / كانون الأول (12).
    Kanun,
    /// تشرين الأول (10) / تشرين الثاني (11).
    Tishrin,
    /// ربيع الأول (3) / ربيع الثاني, الآخر (4).
    Rabi,
    /// جمادى الأولى (5) / جمادى الآخرة, الثانية (6).
    Jumada,
    /// ذو/ذي القعدة (11) / ذو/ذي الحجة (12).
    Dhu,
}

/// One reading of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A unit 1–9 in either gender.
    Unit(u8),
    /// أحد/إحدى: one, only in 11 (أحد عشر); alone it means "one of".
    OnePart,
    /// اثنا/اثني/اثنتا/اثنتي: two, only in 12.
    TwoPart,
    /// عشرة/عشر: ten, and the second word of the teens.
    Ten,
    /// عشرون … تسعون in both cases.
    Tens(u8),
    /// مئة … تسعمئة.
    Hundreds(u16),
    /// A scale word and its power of ten.
    Scale(u8, Form),
    /// عشرات، مئات، بضعة: a quantity without a value.
    Vague,
    /// نصف, in ونصف after a scale word, and before one (نصف مليون).
    Half,
    /// ربع: a quarter, before a scale word (ربع مليون).
    Quarter,
    /// An ordinal with the article: الأول … العاشر, both genders.
    Ordinal(u8),
    /// الحادي/الحادية: first, only in compounds (الحادي عشر).
    OrdinalOne,
    /// العشرون … التسعون with the article: an ordinal tens.
    OrdinalTens(u8),
    /// The word after في that makes a percentage (في المئة) or, with ب, the
    /// whole percentage word (بالمئة).
    PercentWord,
    /// A Gregorian month name.
    Month(u8, Strength),
    /// The first word of a two-word month name.
    MonthPrefix(Prefix),
    /// الأول/الأولى after كانون, تشرين, ربيع, جمادى.
    MonthFirst,
    /// الثاني/الثانية/الآخر/الآخرة after كانون, تشرين, ربيع, جمادى.
    MonthSecond,
    /// القعدة after ذو.
    Qada,
    /// الحجة after ذو.
    Hijja,
    /// A one-word Hijri month name.
    HijriMonth(u8),
    /// An English month name (lower case).
    EnglishMonth(u8),
    /// An English ordinal suffix: st, nd, rd, th.
    EnglishOrdinal,
    /// A weekday, 0 = Sunday … 6 = Saturday.
    Weekday(u8),
    /// اليوم 0, أمس -1, غداً +1: a day relative to the reference.
    DayWord(i8),
    /// غد (in بعد غد, يوم غد).
    Tomorrow,
    /// أول in أول أمس; also a part-of-period modifier.
    First,
    /// الشهر, العام, السنة, الأسبوع: a period with the article.
    Period(Unit),
    /// عام, العام, سنة, السنة, عامي before a year number.
    YearWord,
    /// شهر before a month name.
    MonthWord,
    /// يوم before a weekday, a date or أمس.
    DayWord2,
    /// الماضي, المقبل, الجاري …
    Direction(Dir),
    /// مطلع, منتصف, أواخر …
    Modifier(PartOfPeriod),
    /// A duration with its count: يوم 1, يومين 2, أيام (count before it).
    Duration(Unit, u8),
    /// قبل: "before"/"ago".
    Before,
    /// منذ: "since"/"ago".
    Since,
    /// هذا/هذه: "this".
    This,
    /// The last word of الشهر الأخير.
    Last,
    /// الساعة: the hour.
    Hour,
    /// صباح, مساء, ليلة, فجر …: a part of the day before a day expression.
    DayPart,
    /// صباحاً, مساءً …: a part of the day after a time; the bool says
    /// whether it is after noon.
    TimeSuffix(bool),
    /// والنصف, والربع: minutes after an hour word.
    Minutes(u8),
    /// هـ, هجري, للهجرة: a Hijri year.
    HijriEra,
    /// م, ميلادي: a Gregorian year.
    GregorianEra,
    /// من, the connector in 15 من آذار and آذار من عام 2019.
    Of,
    /// في.
    In,
    /// و alone (rare: written apart).
    And,
    /// بين.
    Between,
    /// بعد, in بعد غد.
    After,
}

const UNITS: &[(&str, u8)] = &[
    ("واحد", 1),
    ("واحدة", 1),
    ("واحداً", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاثة", 3),
    ("ثلاث", 3),
    ("أربعة", 4),
    ("أربع", 4),
    ("خمسة", 5),
    ("خمس", 5),
    ("ستة", 6),
    ("ست", 6),
    ("سبعة", 7),
    ("سبع", 7),
    ("ثمانية", 8),
    ("ثماني", 8),
    ("ثمان", 8),
    ("تسعة", 9),
    ("تسع", 9),
];

const TENS: &[(&str, u8)] = &[
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("أربعون", 40),
    ("أربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
];

const HUNDREDS: &[(&str, u16)] = &[
    ("مئة", 100),
    ("مائة", 100),
    ("مئتان", 200),
    ("مئتين", 200),
    ("مئتا", 200),
    ("مئتي", 200),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مائتا", 200),
    ("مائتي", 200),
    ("ثلاثمئة", 300),
    ("ثلاثمائة", 300),
    ("أربعمئة", 400),
    ("أربعمائة", 400),
    ("خمسمئة", 500),
    ("خمسمائة", 500),
    ("ستمئة", 600),
    ("ستمائة", 600),
    ("سبعمئة", 700),
    ("سبعمائة", 700),
    ("ثمانمئة", 800),
    ("ثمانمائة", 800),
    ("ثمانيمئة", 800),
    ("ثمانيمائة", 800),
    ("تسعمئة", 900),
    ("تسعمائة", 900),
];

const SCALES: &[(&str, u8, Form)] = &[
    ("ألف", 3, Form::Singular),
    ("ألفاً", 3, Form::Singular),
    ("ألفان", 3, Form::Dual),
    ("ألفين", 3, Form::Dual),
    ("ألفي", 3, Form::Dual),
    ("آلاف", 3, Form::Plural),
    ("مليون", 6, Form::Singular),
    ("مليوناً", 6, Form::Singular),
    ("مليونان", 6, Form::Dual),
    ("مليونين", 6, Form::Dual),
    ("مليوني", 6, Form::Dual),
    ("ملايين", 6, Form::Plural),
    ("مليار", 9, Form::Singular),
    ("ملياراً", 9, Form::Singular),
    ("ملياران", 9, Form::Dual),
    ("مليارين", 9, Form::Dual),
    ("ملياري", 9, Form::Dual),
    ("مليارات", 9, Form::Plural),
    ("بليون", 9, Form::Singular),
    ("تريليون", 12, Form::Singular),
    ("ترليون", 12, Form::Singular),
    ("تريليونات", 12, Form::Plural),
];

const VAGUE: &[&str] = &[
    "عشرات",
    "العشرات",
    "مئات",
    "المئات",
    "مئات",
    "الآلاف",
    "ألوف",
    "الألوف",
    "الملايين",
    "بضع",
    "بضعة",
];

const ORDINALS: &[(&str, u8)] = &[
    ("الأول", 1),
    ("الأولى", 1),
    ("الثاني", 2),
    ("الثانية", 2),
    ("الثالث", 3),
    ("الثالثة", 3),
    ("الرابع", 4),
    ("الرابعة", 4),
    ("الخامس", 5),
    ("الخامسة", 5),
    ("السادس", 6),
    ("السادسة", 6),
    ("السابع", 7),
    ("السابعة", 7),
    ("الثامن", 8),
    ("الثامنة", 8),
    ("التاسع", 9),
    ("التاسعة", 9),
    ("العاشر", 10),
    ("العاشرة", 10),
];

const ORDINAL_TENS: &[(&str, u8)] = &[
    ("العشرون", 20),
    ("العشرين", 20),
    ("الثلاثون", 30),
    ("الثلاثين", 30),
    ("الأربعون", 40),
    ("الأربعين", 40),
    ("الخمسون", 50),
    ("الخمسين", 50),
    ("الستون", 60),
    ("الستين", 60),
    ("السبعون", 70),
    ("السبعين", 70),
    ("الثمانون", 80),
    ("الثمانين", 80),
    ("التسعون", 90),
    ("التسعين", 90),
];

/// Gregorian month names of every tradition.
const MONTHS: &[(&str, u8, Strength)] = &[
    // Levantine and Iraqi (Syriac) names; كانون and تشرين are prefixes.
    ("شباط", 2, Strength::Strong),
    ("آذار", 3, Strength::Strong),
    ("نيسان", 4, Strength::Weak),
    ("أيار", 5, Strength::Strong),
    ("حزيران", 6, Strength::Strong),
    ("تموز", 7, Strength::Strong),
    ("آب", 8, Strength::Weak),
    ("أيلول", 9, Strength::Strong),
    // Egyptian and Gulf names.
    ("يناير", 1, Strength::Strong),
    ("فبراير", 2, Strength::Strong),
    ("مارس", 3, Strength::Weak),
    ("أبريل", 4, Strength::Strong),
    ("إبريل", 4, Strength::Strong),
    ("ابريل", 4, Strength::Strong),
    ("مايو", 5, Strength::Strong),
    ("يونيو", 6, Strength::Strong),
    ("يونيه", 6, Strength::Strong),
    ("يوليو", 7, Strength::Strong),
    ("يوليه", 7, Strength::Strong),
    ("أغسطس", 8, Strength::Strong),
    ("أغسطوس", 8, Strength::Strong),
    ("سبتمبر", 9, Strength::Strong),
    ("سپتمبر", 9, Strength::Strong),
    ("أكتوبر", 10, Strength::Strong),
    ("اكتوبر", 10, Strength::Strong),
    ("أوكتوبر", 10, Strength::Strong),
    ("نوفمبر", 11, Strength::Strong),
    ("نوڤمبر", 11, Strength::Strong),
    ("ديسمبر", 12, Strength::Strong),
    // Maghrebi: Algeria and Tunisia (French), Morocco.
    ("جانفي", 1, Strength::Strong),
    ("فيفري", 2, Strength::Strong),
    ("أفريل", 4, Strength::Strong),
    ("ماي", 5, Strength::Weak),
    ("جوان", 6, Strength::Weak),
    ("جويلية", 7, Strength::Strong),
    ("جويلة", 7, Strength::Strong),
    ("أوت", 8, Strength::Weak),
    ("يوليوز", 7, Strength::Strong),
    ("غشت", 8, Strength::Strong),
    ("شتنبر", 9, Strength::Strong),
    ("نونبر", 11, Strength::Strong),
    ("دجنبر", 12, Strength::Strong),
];

const HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1),
    ("المحرم", 1),
    ("صفر", 2),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
];

const ENGLISH_MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u8)] = &[
    ("الأحد", 0),
    ("الاثنين", 1),
    ("الإثنين", 1),
    ("الثلاثاء", 2),
    ("الأربعاء", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
];

const DAY_WORDS: &[(&str, i8)] = &[
    ("اليوم", 0),
    ("أمس", -1),
    ("الأمس", -1),
    ("البارحة", -1),
    ("غداً", 1),
    ("الغد", 1),
];

const DIRECTIONS: &[(&str, Dir)] = &[
    ("الماضي", Dir::Past),
    ("الماضية", Dir::Past),
    ("المنصرم", Dir::Past),
    ("المنصرمة", Dir::Past),
    ("الفائت", Dir::Past),
    ("الفائتة", Dir::Past),
    ("السابق", Dir::Past),
    ("السابقة", Dir::Past),
    ("الجاري", Dir::Current),
    ("الجارية", Dir::Current),
    ("الحالي", Dir::Current),
    ("الحالية", Dir::Current),
    ("المقبل", Dir::Next),
    ("المقبلة", Dir::Next),
    ("القادم", Dir::Next),
    ("القادمة", Dir::Next),
];

const MODIFIERS: &[(&str, PartOfPeriod)] = &[
    ("مطلع", PartOfPeriod::Beginning),
    ("بداية", PartOfPeriod::Beginning),
    ("بدايات", PartOfPeriod::Beginning),
    ("أوائل", PartOfPeriod::Beginning),
    ("مستهل", PartOfPeriod::Beginning),
    ("منتصف", PartOfPeriod::Middle),
    ("أواسط", PartOfPeriod::Middle),
    ("أواخر", PartOfPeriod::End),
    ("نهاية", PartOfPeriod::End),
    ("نهايات", PartOfPeriod::End),
    ("آخر", PartOfPeriod::End),
    ("ختام", PartOfPeriod::End),
];

const DURATIONS: &[(&str, Unit, u8)] = &[
    ("يوم", Unit::Day, 1),
    ("يوماً", Unit::Day, 0),
    ("يومين", Unit::Day, 2),
    ("يومان", Unit::Day, 2),
    ("أيام", Unit::Day, 0),
    ("أسبوع", Unit::Week, 1),
    ("أسبوعاً", Unit::Week, 0),
    ("أسبوعين", Unit::Week, 2),
    ("أسبوعان", Unit::Week, 2),
    ("أسابيع", Unit::Week, 0),
    ("شهر", Unit::Month, 1),
    ("شهراً", Unit::Month, 0),
    ("شهرين", Unit::Month, 2),
    ("شهران", Unit::Month, 2),
    ("أشهر", Unit::Month, 0),
    ("شهور", Unit::Month, 0),
    ("عام", Unit::Year, 1),
    ("عاماً", Unit::Year, 0),
    ("عامين", Unit::Year, 2),
    ("عامان", Unit::Year, 2),
    ("أعوام", Unit::Year, 0),
    ("سنة", Unit::Year, 1),
    ("سنتين", Unit::Year, 2),
    ("سنتان", Unit::Year, 2),
    ("سنوات", Unit::Year, 0),
];

const DAY_PARTS: &[&str] = &["صباح", "مساء", "ليلة", "فجر", "ظهر", "عصر", "ظهيرة", "ليل"];

const TIME_SUFFIXES: &[(&str, bool)] = &[
    ("صباحاً", false),
    ("صباحا", false),
    ("فجراً", false),
    ("مساءً", true),
    ("مساءا", true),
    ("ظهراً", true),
    ("عصراً", true),
    ("ليلاً", true),
];

/// Words that, before a number, make it an approximation.
pub(crate) const APPROX_ONE: &[&str] = &[
    "نحو",
    "حوالي",
    "حوالى",
    "قرابة",
    "زهاء",
    "يقارب",
    "تقارب",
    "يناهز",
    "ناهز",
    "تناهز",
    "قرابه",
];

/// Pairs of words that, before a number, make it an approximation
/// (ما يقارب is caught by يقارب alone).
pub(crate) const APPROX_TWO: &[(&str, &str)] = &[
    ("أكثر", "من"),
    ("أقل", "من"),
    ("أزيد", "من"),
    ("يزيد", "عن"),
    ("يزيد", "على"),
    ("يقرب", "من"),
    ("يقل", "عن"),
];

/// Words after which a lone four-digit number is a year (في 2019, منذ 2011,
/// حتى 2020).
pub(crate) const YEAR_CONTEXT: &[&str] = &[
    "في",
    "منذ",
    "حتى",
    "خلال",
    "قبل",
    "بعد",
    "عن",
    "إلى",
    "مطلع",
    "بداية",
    "أوائل",
    "منتصف",
    "أواسط",
    "أواخر",
    "نهاية",
    "مستهل",
    "ربيع",
    "صيف",
    "خريف",
    "شتاء",
    "عامي",
    "عام",
    "العام",
    "سنة",
    "السنة",
    "بين",
];

/// Words after اليوم that make it "the day" rather than "today".
pub(crate) const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "السابق",
    "الأخير",
    "نفسه",
    "ذاته",
    "الذي",
    "العالمي",
    "الدولي",
    "الوطني",
    "الواحد",
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "المحدد",
    "المقرر",
    "المشهود",
    "الموعود",
    "الآخر",
];

/// Words after which a lone four-digit number is a year (2023 كان العام
/// الأقل دموية).
/// Words that a number after them names rather than counts (القرار 2254،
/// المادة 140، القانون رقم 10، الفرقة 25، بوينغ 737): digits right after
/// one are a label, not a quantity.
pub(crate) const DESIGNATORS: &[&str] = &[
    "القرار",
    "قرار",
    "للقرار",
    "بالقرار",
    "المرسوم",
    "مرسوم",
    "القانون",
    "قانون",
    "المادة",
    "مادة",
    "للمادة",
    "بالمادة",
    "البند",
    "الفقرة",
    "رقم",
    "برقم",
    "الرقم",
    "الفرقة",
    "للفرقة",
    "اللواء",
    "للواء",
    "الفوج",
    "الكتيبة",
    "السرب",
    "الرحلة",
    "بوينغ",
    "بوينج",
    "إيرباص",
    "ايرباص",
];

pub(crate) const YEAR_FOLLOWERS: &[&str] = &[
    "كان",
    "كانت",
    "شهد",
    "شهدت",
    "يشهد",
    "سيكون",
    "ستكون",
    "سيشهد",
    "عاماً",
    "يعد",
    "يعتبر",
];

/// Words before اليوم that make it "the day" rather than "today".
pub(crate) const NOT_TODAY_BEFORE: &[&str] = &["ذلك", "تلك", "نفس", "ذات", "طوال", "طيلة"];

/// A word of the lexicon: its readings, and which scanners it may start an
/// expression for.
pub(crate) struct Entry {
    pub(crate) lexes: Box<[Lex]>,
    /// [`STARTS_NUMBER`] and [`STARTS_DATE`] bits.
    pub(crate) starts: u8,
}

/// The word may start a number: it is a trigger of the number scanner.
pub(crate) const STARTS_NUMBER: u8 = 1;
/// The word may start a date: it is a trigger of the date scanner.
pub(crate) const STARTS_DATE: u8 = 2;

/// The lexicon: every word folded with the search normalizer, its
/// readings, automata over the words that may start a number or a date,
/// and filters that rule most other words out at once.
pub(crate) struct Lexicon {
    words: WordTable<Entry>,
    /// Triggers of the number scanner (digits and number words): the
    /// definition of a candidate (see [`crate::trigger`]).
    pub(crate) numbers: AhoCorasick,
    /// Triggers of the date scanner (digits, month names, weekdays,
    /// relative words, modifiers).
    pub(crate) dates: AhoCorasick,
    /// The words that may end with a word of the lexicon: a word that
    /// fails this filter has no reading, whatever its proclitics.
    pub(crate) ends: SuffixFilter,
    /// Filters over the triggers of the number scanner and of the date
    /// scanner: most words fail them and need no look-up.
    pub(crate) number_filter: TriggerFilter,
    pub(crate) date_filter: TriggerFilter,
    /// The union of both.
    pub(crate) trigger_filter: TriggerFilter,
    /// Folded lists used by the context checks.
    pub(crate) approx_one: WordSet,
    pub(crate) approx_two: Vec<(String, String)>,
    pub(crate) year_context: WordSet,
    pub(crate) year_followers: WordSet,
    pub(crate) designators: WordSet,
    pub(crate) not_today_after: WordSet,
    pub(crate) not_today_before: WordSet,
}

/// The lexicon, built on first use (a few milliseconds).
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(Lexicon::build);

fn fold(word: &str) -> String {
    akhbar_normalize::SEARCH.normalize(word).into_owned()
}

fn fold_all(words: &[&str]) -> WordSet {
    WordSet::of(words.iter().map(|w| fold(w)))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut entries: Vec<(&str, Lex)> = Vec::new();
        entries.extend(UNITS.iter().map(|&(w, n)| (w, Lex::Unit(n))));
        for w in ["أحد", "إحدى"] {
            entries.push((w, Lex::OnePart));
        }
        for w in ["اثنا", "اثني", "اثنتا", "اثنتي"] {
            entries.push((w, Lex::TwoPart));
        }
        for w in ["عشرة", "عشر"] {
            entries.push((w, Lex::Ten));
        }
        entries.extend(TENS.iter().map(|&(w, n)| (w, Lex::Tens(n))));
        entries.extend(HUNDREDS.iter().map(|&(w, n)| (w, Lex::Hundreds(n))));
        entries.extend(SCALES.iter().map(|&(w, p, f)| (w, Lex::Scale(p, f))));
        entries.extend(VAGUE.iter().map(|&w| (w, Lex::Vague)));
        entries.push(("نصف", Lex::Half));
        entries.push(("ربع", Lex::Quarter));
        entries.extend(ORDINALS.iter().map(|&(w, n)| (w, Lex::Ordinal(n))));
        for w in ["الحادي", "الحادية"] {
            entries.push((w, Lex::OrdinalOne));
        }
        entries.extend(ORDINAL_TENS.iter().map(|&(w, n)| (w, Lex::OrdinalTens(n))));
        for w in ["المئة", "المائة", "المية"] {
            entries.push((w, Lex::PercentWord));
        }
        entries.extend(MONTHS.iter().map(|&(w, m, s)| (w, Lex::Month(m, s))));
        entries.push(("كانون", Lex::MonthPrefix(Prefix::Kanun)));
        entries.push(("تشرين", Lex::MonthPrefix(Prefix::Tishrin)));
        entries.push(("ربيع", Lex::MonthPrefix(Prefix::Rabi)));
        entries.push(("جمادى", Lex::MonthPrefix(Prefix::Jumada)));
        entries.push(("جماد", Lex::MonthPrefix(Prefix::Jumada)));
        entries.push(("ذو", Lex::MonthPrefix(Prefix::Dhu)));
        entries.push(("ذي", Lex::MonthPrefix(Prefix::Dhu)));
        for w in ["الأول", "الأولى"] {
            entries.push((w, Lex::MonthFirst));
        }
        for w in ["الثاني", "الثانية", "الآخر", "الآخرة"] {
            entries.push((w, Lex::MonthSecond));
        }
        entries.push(("القعدة", Lex::Qada));
        entries.push(("الحجة", Lex::Hijja));
        entries.extend(HIJRI_MONTHS.iter().map(|&(w, m)| (w, Lex::HijriMonth(m))));
        entries.extend(
            ENGLISH_MONTHS
                .iter()
                .map(|&(w, m)| (w, Lex::EnglishMonth(m))),
        );
        for w in ["st", "nd", "rd", "th"] {
            entries.push((w, Lex::EnglishOrdinal));
        }
        entries.extend(WEEKDAYS.iter().map(|&(w, d)| (w, Lex::Weekday(d))));
        entries.extend(DAY_WORDS.iter().map(|&(w, d)| (w, Lex::DayWord(d))));
        entries.push(("غد", Lex::Tomorrow));
        entries.push(("أول", Lex::First));
        entries.push(("الشهر", Lex::Period(Unit::Month)));
        entries.push(("العام", Lex::Period(Unit::Year)));
        entries.push(("السنة", Lex::Period(Unit::Year)));
        entries.push(("الأسبوع", Lex::Period(Unit::Week)));
        for w in ["عام", "العام", "سنة", "السنة", "عامي"] {
            entries.push((w, Lex::YearWord));
        }
        entries.push(("شهر", Lex::MonthWord));
        entries.push(("يوم", Lex::DayWord2));
        entries.extend(DIRECTIONS.iter().map(|&(w, d)| (w, Lex::Direction(d))));
        entries.extend(MODIFIERS.iter().map(|&(w, p)| (w, Lex::Modifier(p))));
        entries.extend(DURATIONS.iter().map(|&(w, u, n)| (w, Lex::Duration(u, n))));
        entries.push(("قبل", Lex::Before));
        entries.push(("منذ", Lex::Since));
        entries.push(("هذا", Lex::This));
        entries.push(("هذه", Lex::This));
        entries.push(("الأخير", Lex::Last));
        entries.push(("الساعة", Lex::Hour));
        entries.extend(DAY_PARTS.iter().map(|&w| (w, Lex::DayPart)));
        entries.extend(
            TIME_SUFFIXES
                .iter()
                .map(|&(w, pm)| (w, Lex::TimeSuffix(pm))),
        );
        entries.push(("النصف", Lex::Minutes(30)));
        entries.push(("الربع", Lex::Minutes(15)));
        for w in [
            "هـ",
            "هجري",
            "هجرية",
            "الهجري",
            "الهجرية",
            "للهجرة",
            "الهجرة",
        ] {
            entries.push((w, Lex::HijriEra));
        }
        for w in ["م", "ميلادي", "ميلادية", "الميلادي", "الميلادية", "للميلاد"]
        {
            entries.push((w, Lex::GregorianEra));
        }
        entries.push(("من", Lex::Of));
        entries.push(("في", Lex::In));
        entries.push(("و", Lex::And));
        entries.push(("بين", Lex::Between));
        entries.push(("بعد", Lex::After));

        // Readings keep the order in which they are listed here: the
        // parsers take the first one that fits.
        let mut words: HashMap<String, Vec<Lex>> = HashMap::new();
        // The accusative with tanween writes an alef after most counts:
        // خمساً, ثلاثاً, عشراً.
        let mut accusatives = Vec::new();
        for &(w, lex) in &entries {
            if matches!(lex, Lex::Unit(_) | Lex::Ten) {
                let f = fold(w);
                if !(f.ends_with('ه') || f.ends_with('ي') || f.ends_with('ن') || f.ends_with('ا'))
                {
                    accusatives.push((f + "ا", lex));
                }
            }
        }
        for (w, lex) in accusatives {
            words.entry(w).or_default().push(lex);
        }
        for (w, lex) in entries {
            let e = words.entry(fold(w)).or_default();
            if !e.contains(&lex) {
                e.push(lex);
            }
        }

        // Triggers: words that may start an expression. The automata define
        // the candidates (digits are patterns too); the candidate search
        // reads words instead and asks them about the few words it must
        // (see crate::trigger).
        let digits = (0..10).map(|d| d.to_string());
        let number_starts = words
            .iter()
            .filter(|(_, lexes)| lexes.iter().any(starts_number))
            .map(|(w, _)| w.clone());
        let numbers = automaton(digits.clone().chain(number_starts).collect());
        let date_starts = words
            .iter()
            .filter(|(_, lexes)| lexes.iter().any(starts_date))
            .map(|(w, _)| w.clone());
        let dates = automaton(digits.chain(date_starts).collect());
        let filter = |starts: fn(&Lex) -> bool| {
            TriggerFilter::new(
                words
                    .iter()
                    .filter(|(_, lexes)| lexes.iter().any(starts))
                    .map(|(w, _)| w.as_bytes()),
            )
        };
        let number_filter = filter(starts_number);
        let mut ends = SuffixFilter::default();
        for w in words.keys() {
            ends.insert(w.as_bytes());
            // ل + ال is looked up as ال... and written لل...: the word ends
            // with the key without its alef.
            if let Some(rest) = w.strip_prefix('ا') {
                ends.insert(rest.as_bytes());
            }
        }
        let date_filter = filter(starts_date);
        let trigger_filter = filter(|l| starts_number(l) || starts_date(l));

        let words = WordTable::new(words.into_iter().map(|(w, lexes)| {
            let starts = if lexes.iter().any(starts_number) {
                STARTS_NUMBER
            } else {
                0
            } | if lexes.iter().any(starts_date) {
                STARTS_DATE
            } else {
                0
            };
            let entry = Entry {
                lexes: lexes.into_boxed_slice(),
                starts,
            };
            (w.into_bytes().into_boxed_slice(), entry)
        }));

        Lexicon {
            words,
            numbers,
            dates,
            ends,
            number_filter,
            date_filter,
            trigger_filter,
            approx_one: fold_all(APPROX_ONE),
            approx_two: APPROX_TWO.iter().map(|(a, b)| (fold(a), fold(b))).collect(),
            year_context: fold_all(YEAR_CONTEXT),
            year_followers: fold_all(YEAR_FOLLOWERS),
            designators: fold_all(DESIGNATORS),
            not_today_after: fold_all(NOT_TODAY_AFTER),
            not_today_before: fold_all(NOT_TODAY_BEFORE),
        }
    }

    /// The readings of a folded word, as written (no clitic taken off).
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&[Lex]> {
        self.words.get(word.as_bytes()).map(|e| &*e.lexes)
    }

    /// The [`STARTS_NUMBER`] and [`STARTS_DATE`] bits of the folded word
    /// `stem`, whose [`word_hash`](crate::table::word_hash) is `h`, ASCII letters compared in any
    /// case (as the trigger automata do).
    #[inline]
    pub(crate) fn starts_ignore_case(&self, h: u64, stem: &[u8]) -> u8 {
        self.words.get_ignore_case(h, stem).map_or(0, |e| e.starts)
    }

    /// Every word and its entry (for tests).
    #[cfg(test)]
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&[u8], &Entry)> {
        self.words.iter()
    }
}

fn automaton(patterns: Vec<String>) -> AhoCorasick {
    let mut builder = AhoCorasick::builder();
    builder
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true);
    // A DFA is the fastest; should it ever exceed its size limit, let the
    // crate pick another kind.
    match builder.kind(Some(AhoCorasickKind::DFA)).build(&patterns) {
        Ok(ac) => ac,
        Err(_) => builder
            .kind(None)
            .build(&patterns)
            .expect("a few hundred short words always build"),
    }
}

fn starts_number(lex: &Lex) -> bool {
    matches!(
        lex,
        Lex::Unit(_)
            | Lex::OnePart
            | Lex::TwoPart
            | Lex::Ten
            | Lex::Tens(_)
            | Lex::Hundreds(_)
            | Lex::Scale(..)
            | Lex::Vague
            | Lex::Ordinal(_)
            | Lex::OrdinalOne
            | Lex::OrdinalTens(_)
            | Lex::Between
            | Lex::Half
            | Lex::Quarter
    )
}

fn starts_date(lex: &Lex) -> bool {
    matches!(
        lex,
        Lex::Month(..)
            | Lex::MonthPrefix(_)
            | Lex::HijriMonth(_)
            | Lex::EnglishMonth(_)
            | Lex::Weekday(_)
            | Lex::DayWord(_)
            | Lex::Tomorrow
            | Lex::First
            | Lex::Period(_)
            | Lex::YearWord
            | Lex::MonthWord
            | Lex::DayWord2
            | Lex::Modifier(_)
            | Lex::Before
            | Lex::Since
            | Lex::This
            | Lex::Hour
            | Lex::DayPart
            | Lex::Ordinal(_)
            | Lex::After
    )
}
