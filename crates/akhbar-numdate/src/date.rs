//! Dates: the grammar, the resolution of relative expressions, the scanner
//! and the match types.

use core::fmt;
use core::str::FromStr;

use akhbar_normalize::{Normalized, Span};
use jiff::civil::{Date, Time, Weekday};
use jiff::ToSpan;

use crate::hijri::{gregorian_to_hijri, hijri_to_gregorian, HijriDate, HijriError};
use crate::lexicon::{Dir, Lex, Prefix, Strength, Unit, LEXICON};
use crate::number::Source;
use crate::text::{Cx, Kind, Memo, Tok};
use crate::trigger::{next_candidate, Finder, Triggers};
use crate::ParseError;

/// How precise a [`DateValue`] is.
///
/// ```
/// use akhbar_numdate::{parse_date, Granularity};
///
/// assert_eq!(parse_date("عام 2019", None).unwrap().granularity(), Granularity::Year);
/// assert_eq!(parse_date("آذار 2019", None).unwrap().granularity(), Granularity::Month);
/// assert_eq!(parse_date("15 آذار 2019", None).unwrap().granularity(), Granularity::Day);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Granularity {
    /// A year: `2019`.
    Year,
    /// A month: `2019-03`.
    Month,
    /// A day: `2019-03-15`.
    Day,
}

/// A part of a period named before it: مطلع عام 2023, منتصف آذار, أواخر
/// الشهر الماضي. The value stays the whole period; the part is a flag.
///
/// ```
/// use akhbar_numdate::{DateScanner, PartOfPeriod};
///
/// let m = DateScanner::new().find_iter("في مطلع عام 2023", None).next().unwrap();
/// assert_eq!(m.as_str(), "مطلع عام 2023");
/// assert_eq!(m.value().unwrap().to_string(), "2023");
/// assert_eq!(m.modifier(), Some(PartOfPeriod::Beginning));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PartOfPeriod {
    /// مطلع, بداية, أوائل, مستهل.
    Beginning,
    /// منتصف, أواسط.
    Middle,
    /// أواخر, نهاية, آخر, ختام.
    End,
}

/// Whether a date was written in full or relative to the day of writing.
///
/// ```
/// use akhbar_numdate::{DateKind, DateScanner};
///
/// let kinds: Vec<DateKind> = DateScanner::new()
///     .find_iter("أمس، في عام 2019، الساعة 10:30", None)
///     .map(|m| m.kind())
///     .collect();
/// assert_eq!(kinds, [DateKind::Relative, DateKind::Absolute, DateKind::Time]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum DateKind {
    /// The text gives the date: `15 آذار 2019`, `عام 2019`, `1 محرم 1446هـ`.
    Absolute,
    /// The date depends on the day of writing: `أمس`, `العام الماضي`,
    /// `آب الماضي`, a month or a weekday without a year, a Hijri day without
    /// a year (`27 رمضان`: the latest). Resolved against the
    /// reference date when there is one; without one its value is `None`.
    Relative,
    /// A time of day alone (`الساعة العاشرة صباحاً`): no calendar value.
    Time,
}

/// A civil date at year, month or day granularity.
///
/// Its `Display` is ISO 8601 at its granularity (`2019`, `2019-03`,
/// `2021-02-22`), which [`FromStr`] reads back. Values are valid by
/// construction (day 31 of February cannot be built) and ordered by their
/// first day, coarser first.
///
/// ```
/// use akhbar_numdate::{DateValue, Granularity};
///
/// let v: DateValue = "2021-02".parse().unwrap();
/// assert_eq!((v.year(), v.month(), v.day()), (2021, Some(2), None));
/// assert_eq!(v.granularity(), Granularity::Month);
/// assert_eq!(v.to_date().to_string(), "2021-02-01");
/// assert_eq!(v.last_date().to_string(), "2021-02-28");
/// assert!("2021-02-30".parse::<DateValue>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateValue {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
}

impl DateValue {
    /// A year.
    ///
    /// # Errors
    ///
    /// [`ParseError::InvalidDate`] outside 1 to 9999.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::DateValue::from_year(2019).unwrap().to_string(), "2019");
    /// assert!(akhbar_numdate::DateValue::from_year(99999).is_err());
    /// ```
    pub fn from_year(year: i32) -> Result<DateValue, ParseError> {
        DateValue::checked(year, None, None)
    }

    /// A month.
    ///
    /// # Errors
    ///
    /// [`ParseError::InvalidDate`] for a month outside 1 to 12 or a year
    /// outside 1 to 9999.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::DateValue::from_year_month(2019, 3).unwrap().to_string(), "2019-03");
    /// ```
    pub fn from_year_month(year: i32, month: i32) -> Result<DateValue, ParseError> {
        DateValue::checked(year, Some(month), None)
    }

    /// A day.
    ///
    /// # Errors
    ///
    /// [`ParseError::InvalidDate`] when the day is not in the month.
    ///
    /// ```
    /// use akhbar_numdate::DateValue;
    /// assert_eq!(DateValue::from_ymd(2024, 2, 29).unwrap().to_string(), "2024-02-29");
    /// assert!(DateValue::from_ymd(2023, 2, 29).is_err());
    /// ```
    pub fn from_ymd(year: i32, month: i32, day: i32) -> Result<DateValue, ParseError> {
        DateValue::checked(year, Some(month), Some(day))
    }

    fn checked(year: i32, month: Option<i32>, day: Option<i32>) -> Result<DateValue, ParseError> {
        let bad = || ParseError::InvalidDate {
            year,
            month: month.unwrap_or(0),
            day: day.unwrap_or(0),
        };
        if !(1..=9999).contains(&year) {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            if !(1..=31).contains(&d) || Date::new(year as i16, m as i8, d as i8).is_err() {
                return Err(bad());
            }
        }
        if day.is_some() && month.is_none() {
            return Err(bad());
        }
        Ok(DateValue {
            year: year as i16,
            month: month.map(|m| m as i8),
            day: day.map(|d| d as i8),
        })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!("2019-03".parse::<akhbar_numdate::DateValue>().unwrap().year(), 2019);
    /// ```
    pub fn year(&self) -> i16 {
        self.year
    }

    /// The month, 1 to 12, for month and day granularity.
    ///
    /// ```
    /// assert_eq!("2019".parse::<akhbar_numdate::DateValue>().unwrap().month(), None);
    /// ```
    pub fn month(&self) -> Option<i8> {
        self.month
    }

    /// The day of the month, for day granularity.
    ///
    /// ```
    /// assert_eq!("2019-03-15".parse::<akhbar_numdate::DateValue>().unwrap().day(), Some(15));
    /// ```
    pub fn day(&self) -> Option<i8> {
        self.day
    }

    /// Year, month or day.
    ///
    /// ```
    /// use akhbar_numdate::{DateValue, Granularity};
    /// assert_eq!("2019-03".parse::<DateValue>().unwrap().granularity(), Granularity::Month);
    /// ```
    pub fn granularity(&self) -> Granularity {
        match (self.month, self.day) {
            (_, Some(_)) => Granularity::Day,
            (Some(_), None) => Granularity::Month,
            _ => Granularity::Year,
        }
    }

    /// The first day of the period.
    ///
    /// ```
    /// let v: akhbar_numdate::DateValue = "2019".parse().unwrap();
    /// assert_eq!(v.to_date(), jiff::civil::date(2019, 1, 1));
    /// ```
    pub fn to_date(&self) -> Date {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).unwrap_or_default()
    }

    /// The last day of the period.
    ///
    /// ```
    /// let v: akhbar_numdate::DateValue = "2019".parse().unwrap();
    /// assert_eq!(v.last_date(), jiff::civil::date(2019, 12, 31));
    /// ```
    pub fn last_date(&self) -> Date {
        match (self.month, self.day) {
            (_, Some(_)) => self.to_date(),
            (Some(_), None) => self.to_date().last_of_month(),
            _ => Date::new(self.year, 12, 31).unwrap_or_default(),
        }
    }
}

impl From<Date> for DateValue {
    /// A day.
    fn from(d: Date) -> DateValue {
        DateValue {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
}

impl From<DateValue> for Date {
    /// The first day of the period ([`DateValue::to_date`]).
    fn from(v: DateValue) -> Date {
        v.to_date()
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for DateValue {
    type Err = ParseError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<DateValue, ParseError> {
        let bad = || ParseError::NoDate {
            input: s.to_string(),
        };
        let mut parts = s.split('-');
        let num = |p: Option<&str>, len: usize| -> Result<Option<i32>, ParseError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let y = num(parts.next(), 4)?.ok_or_else(bad)?;
        let m = num(parts.next(), 2)?;
        let d = num(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        DateValue::checked(y, m, d)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateValue {
    /// As its ISO 8601 string.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date found in a text.
///
/// ```
/// use akhbar_numdate::{DateKind, DateScanner};
/// use jiff::civil::{date, Weekday};
///
/// let text = "وقع الهجوم أمس الأحد";
/// let m = DateScanner::new().find_iter(text, Some(date(2021, 2, 22))).next().unwrap();
/// assert_eq!(m.as_str(), "أمس الأحد");
/// assert_eq!(m.value().unwrap().to_string(), "2021-02-21");
/// assert_eq!(m.kind(), DateKind::Relative);
/// assert_eq!(m.weekday(), Some(Weekday::Sunday));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMatch<'t> {
    span: Span,
    text: &'t str,
    value: Option<DateValue>,
    kind: DateKind,
    modifier: Option<PartOfPeriod>,
    hijri: Option<HijriDate>,
    time: Option<Time>,
    weekday: Option<Weekday>,
    listed: bool,
}

impl<'t> DateMatch<'t> {
    /// Where the expression is in the original text (bytes).
    ///
    /// ```
    /// let text = "في عام 2019";
    /// let m = akhbar_numdate::DateScanner::new().find_iter(text, None).next().unwrap();
    /// assert_eq!(&text[m.span()], "عام 2019");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The expression as written in the original text.
    ///
    /// ```
    /// let m = akhbar_numdate::DateScanner::new().find_iter("منذ تموز/يوليو 2019", None).next().unwrap();
    /// assert_eq!(m.as_str(), "تموز/يوليو 2019");
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The calendar value; `None` for a relative expression scanned without
    /// a reference date, and for a time alone.
    ///
    /// ```
    /// use akhbar_numdate::DateScanner;
    /// use jiff::civil::date;
    /// let s = DateScanner::new();
    /// assert_eq!(s.find_iter("العام الماضي", None).next().unwrap().value(), None);
    /// let m = s.find_iter("العام الماضي", Some(date(2023, 11, 6))).next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "2022");
    /// ```
    pub fn value(&self) -> Option<DateValue> {
        self.value
    }

    /// Absolute, relative or a time alone.
    ///
    /// ```
    /// use akhbar_numdate::{DateKind, DateScanner};
    /// let m = DateScanner::new().find_iter("آذار 2019", None).next().unwrap();
    /// assert_eq!(m.kind(), DateKind::Absolute);
    /// ```
    pub fn kind(&self) -> DateKind {
        self.kind
    }

    /// The part of the period named before it (مطلع, منتصف, أواخر).
    ///
    /// ```
    /// use akhbar_numdate::{DateScanner, PartOfPeriod};
    /// let m = DateScanner::new().find_iter("أواخر آذار 2019", None).next().unwrap();
    /// assert_eq!(m.modifier(), Some(PartOfPeriod::End));
    /// ```
    pub fn modifier(&self) -> Option<PartOfPeriod> {
        self.modifier
    }

    /// The Hijri date as written, for Hijri expressions (the value is its
    /// Gregorian equivalent: the day, or the Gregorian month or year in
    /// which the Hijri month or year begins).
    ///
    /// ```
    /// let m = akhbar_numdate::DateScanner::new().find_iter("15 رمضان 1445 هـ", None).next().unwrap();
    /// assert_eq!(m.hijri().unwrap().to_string(), "1445-09-15");
    /// assert_eq!(m.value().unwrap().to_string(), "2024-03-25");
    /// ```
    pub fn hijri(&self) -> Option<HijriDate> {
        self.hijri
    }

    /// The time of day written with the date (or alone).
    ///
    /// ```
    /// let m = akhbar_numdate::DateScanner::new().find_iter("الساعة 01:43 مساءً", None).next().unwrap();
    /// assert_eq!(m.time(), Some(jiff::civil::time(13, 43, 0, 0)));
    /// ```
    pub fn time(&self) -> Option<Time> {
        self.time
    }

    /// The weekday written with the date (يوم الأحد, أمس السبت).
    ///
    /// ```
    /// use jiff::civil::Weekday;
    /// let m = akhbar_numdate::DateScanner::new().find_iter("يوم الخميس", None).next().unwrap();
    /// assert_eq!(m.weekday(), Some(Weekday::Thursday));
    /// ```
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// Whether it is a day listed before the date whose month it shares
    /// (the 5 of يومي 5 و6 آذار, the 10 of من 10 إلى 15 تموز): the next date
    /// reported gives its month and year, and its surface alone is no date.
    ///
    /// ```
    /// let dates: Vec<_> = akhbar_numdate::DateScanner::new()
    ///     .find_iter("يومي 5 و6 آذار 2024", None)
    ///     .collect();
    /// assert_eq!((dates[0].as_str(), dates[0].is_listed()), ("5", true));
    /// assert_eq!(dates[0].value().unwrap().to_string(), "2024-03-05");
    /// assert!(!dates[1].is_listed());
    /// ```
    pub fn is_listed(&self) -> bool {
        self.listed
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateMatch<'_> {
    /// `{"start", "end", "text", "value", "granularity", "kind", ...}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("start", &self.span.start)?;
        m.serialize_entry("end", &self.span.end)?;
        m.serialize_entry("text", self.text)?;
        m.serialize_entry("value", &self.value)?;
        m.serialize_entry("granularity", &self.value.map(|v| v.granularity()))?;
        m.serialize_entry("kind", &self.kind)?;
        if let Some(p) = self.modifier {
            m.serialize_entry("modifier", &p)?;
        }
        if let Some(h) = self.hijri {
            m.serialize_entry("hijri", &h)?;
        }
        if let Some(t) = self.time {
            m.serialize_entry("time", &t)?;
        }
        if let Some(w) = self.weekday {
            m.serialize_entry("weekday", &format!("{w:?}").to_lowercase())?;
        }
        m.end()
    }
}

/// Finds dates in Arabic news text.
///
/// Gregorian month names of every tradition (كانون الثاني, يناير, جانفي) and
/// double names (تموز/يوليو), English months with ordinals (3rd, December
/// 2023), numeric dates (25/09/2025, 2025-09-25), years (عام 2019, في
/// 2019), weekdays, times, part-of-period modifiers (مطلع, منتصف, أواخر),
/// relative expressions (أمس, الشهر الماضي, قبل يومين, آب الماضي) and Hijri
/// dates converted with the Umm al-Qura calendar. Relative expressions
/// resolve against the reference date given to `find_iter`, or get no
/// value without one.
///
/// Short or common words that are also month names (آب, مارس, ماي, جوان,
/// نيسان, English months) are read as months only with a day before them,
/// a year after them, a second month name, شهر before them or الماضي/المقبل
/// after them. A four-digit number alone is a year when it is between 1900
/// and 2100 and follows a word that introduces a time (في, منذ, حتى, خلال,
/// قبل, بعد, مطلع, نهاية …), stands alone in parentheses, carries م or هـ,
/// or continues a list of years (عامي 2014 و2015).
///
/// ```
/// use akhbar_numdate::DateScanner;
/// use jiff::civil::date;
///
/// let text = "قُتل في 22nd شباط / فبراير 2021 ثلاثة، وفي أيار قُتل آخرون.";
/// let found: Vec<String> = DateScanner::new()
///     .find_iter(text, Some(date(2021, 2, 22)))
///     .map(|m| format!("{} = {}", m.as_str(), m.value().unwrap()))
///     .collect();
/// assert_eq!(found, ["22nd شباط / فبراير 2021 = 2021-02-22", "أيار = 2020-05"]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateScanner {
    _priv: (),
}

impl DateScanner {
    /// A date scanner.
    ///
    /// ```
    /// let s = akhbar_numdate::DateScanner::new();
    /// assert_eq!(s.find_iter("2025-09-25", None).count(), 1);
    /// ```
    pub const fn new() -> DateScanner {
        DateScanner { _priv: () }
    }

    /// Every date in `text`, in order, not overlapping, relative ones
    /// resolved against `reference` (the publication date).
    ///
    /// ```
    /// use jiff::civil::date;
    /// let text = "قبل ثلاثة أيام";
    /// let m = akhbar_numdate::DateScanner::new().find_iter(text, Some(date(2024, 3, 1))).next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "2024-02-27");
    /// ```
    pub fn find_iter<'t>(&self, text: &'t str, reference: Option<Date>) -> DateMatches<'t> {
        DateMatches {
            original: text,
            source: Source::Owned(akhbar_normalize::SEARCH.normalize_with_map(text)),
            pos: 0,
            reference,
            memo: Box::default(),
        }
    }

    /// Every date of `original`, given its `search` normalization.
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// let original = "في ٢٥/٠٩/٢٠٢٥";
    /// let n = Normalizer::search().normalize_with_map(original);
    /// let m = akhbar_numdate::DateScanner::new().find_iter_normalized(original, &n, None).next().unwrap();
    /// assert_eq!((m.as_str(), m.value().unwrap().to_string().as_str()), ("٢٥/٠٩/٢٠٢٥", "2025-09-25"));
    /// ```
    pub fn find_iter_normalized<'a>(
        &self,
        original: &'a str,
        normalized: &'a Normalized<'_>,
        reference: Option<Date>,
    ) -> DateMatches<'a> {
        DateMatches {
            original,
            source: Source::Borrowed(normalized),
            pos: 0,
            reference,
            memo: Box::default(),
        }
    }
}

/// The iterator of [`DateScanner::find_iter`] and
/// [`DateScanner::find_iter_normalized`]: dates in text order.
///
/// ```
/// let mut it = akhbar_numdate::DateScanner::new().find_iter("عام 2019 وعام 2020", None);
/// assert_eq!(it.next().unwrap().as_str(), "عام 2019");
/// assert_eq!(it.next().unwrap().as_str(), "عام 2020");
/// assert!(it.next().is_none());
/// ```
pub struct DateMatches<'t> {
    original: &'t str,
    source: Source<'t>,
    pos: usize,
    reference: Option<Date>,
    memo: Box<Memo>,
}

impl fmt::Debug for DateMatches<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DateMatches")
            .field("pos", &self.pos)
            .field("reference", &self.reference)
            .finish()
    }
}

impl<'t> Iterator for DateMatches<'t> {
    type Item = DateMatch<'t>;

    fn next(&mut self) -> Option<DateMatch<'t>> {
        let original = self.original;
        let cx = Cx::new(original, self.source.get(), &mut self.memo);
        let (m, next) = next_match(original, &cx, &mut Finder::Search, self.pos, self.reference)?;
        self.pos = next;
        Some(m)
    }
}

impl core::iter::FusedIterator for DateMatches<'_> {}

/// The next date with a valid value (or none needed) at or after `pos`.
fn next_match<'a>(
    original: &'a str,
    cx: &Cx<'_>,
    finder: &mut Finder<'_>,
    mut pos: usize,
    reference: Option<Date>,
) -> Option<(DateMatch<'a>, usize)> {
    loop {
        let (raw, next) = next_date(cx, finder, pos)?;
        pos = next;
        // An expression without a valid date (31 شباط 2021) is skipped
        // whole: no part of it is reported.
        let Ok(r) = resolve(&raw, reference) else {
            continue;
        };
        let span = cx.original_span(raw.start, raw.end);
        let m = DateMatch {
            span,
            text: original.get(span.range()).unwrap_or(""),
            value: r.value,
            kind: r.kind,
            modifier: raw.modifier,
            hijri: r.hijri,
            time: raw.time,
            weekday: raw.weekday.map(weekday_of),
            listed: raw.listed,
        };
        return Some((m, pos));
    }
}

/// Every date of the text of `cx`, whose original is `original`, from the
/// candidates of `finder`.
pub(crate) fn collect<'a>(
    original: &'a str,
    cx: &Cx<'_>,
    finder: &mut Finder<'_>,
    reference: Option<Date>,
) -> Vec<DateMatch<'a>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((m, next)) = next_match(original, cx, finder, pos, reference) {
        out.push(m);
        pos = next;
    }
    out
}

fn weekday_of(w: u8) -> Weekday {
    Weekday::from_sunday_zero_offset(w as i8).unwrap_or(Weekday::Sunday)
}

/// The next place at or after `pos` where a date expression may start,
/// if it is before `limit`: the start of a digit run or of a word whose
/// stem is a trigger.
fn candidate(cx: &Cx<'_>, pos: usize, limit: usize) -> Option<usize> {
    let c = next_candidate(cx.text, pos, limit, Triggers::Dates)?;
    (c.at < limit).then_some(c.start)
}

/// The next date expression at or after `pos` and where to go on from.
pub(crate) fn next_date(
    cx: &Cx<'_>,
    finder: &mut Finder<'_>,
    mut pos: usize,
) -> Option<(Raw, usize)> {
    let p = P { cx, strict: true };
    let text = cx.text;
    let from = pos;
    while pos < text.len() {
        let start = finder.next(text, pos, Triggers::Dates)?;
        let t = cx.tok(start);
        if let Some(raw) = p.expr(t) {
            if raw.start >= pos && raw.end > raw.start {
                // The days listed before it come first (5 و6 آذار): the
                // earliest not reported yet.
                if let Some(first) = listed_days(cx, &raw).take_while(|d| d.start >= from).last() {
                    return Some((first, first.end));
                }
                let next = raw.end;
                return Some((raw, next));
            }
        }
        pos = crate::number::ceil_char(text, t.end.max(start + 1));
    }
    None
}

/// The days listed or ranged before a date that has a day, nearest first,
/// each a date of its own in the same month (5 و6 آذار, من 10 إلى 15 تموز
/// الماضي, 14-15 آذار, بين 1 و5 آذار 2024): the digits of the day alone
/// are its span.
fn listed_days<'r>(cx: &'r Cx<'_>, raw: &Raw) -> impl Iterator<Item = Raw> + 'r {
    // The month must be a word after the day (6 آذار), not a numeric date
    // (1 - 25/09/2025 is no list).
    let b = cx.text.as_bytes();
    let mut digits_end = raw.start;
    while digits_end < raw.end && b[digits_end].is_ascii_digit() {
        digits_end += 1;
    }
    let worded = b.get(digits_end) == Some(&b' ');
    let mut at = raw.day().filter(|_| worded).map(|day| (raw.start, day));
    let core = raw.core;
    std::iter::from_fn(move || {
        let (start, day) = at?;
        let (s, e, d) = day_before(cx.text, start, day)?;
        at = Some((s, d));
        Some(Raw {
            start: s,
            end: e,
            core: core.with_day(d)?,
            modifier: None,
            time: None,
            weekday: None,
            listed: true,
        })
    })
}

/// The day written before the day that starts at `start` and joined to
/// it: by و (a list, any other day), or by a dash, إلى or حتى (a range, an
/// earlier day). Its span and value.
fn day_before(text: &str, start: usize, day: u8) -> Option<(usize, usize, u8)> {
    let b = text.as_bytes();
    let skip_spaces = |mut i: usize| {
        while i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        i
    };
    if !b.get(start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut i = start;
    let range = if text[..i].ends_with('و') {
        // و6, glued: the و a word of its own.
        i -= 'و'.len_utf8();
        if i > 0 && b[i - 1] != b' ' {
            return None;
        }
        false
    } else {
        i = skip_spaces(i);
        let before = &text[..i];
        if let Some(w) = ["و", "-", "–", "—", "الي", "حتي"]
            .iter()
            .find(|w| before.ends_with(*w))
        {
            let w_start = i - w.len();
            // A word connector stands alone.
            if w.chars().all(char::is_alphabetic)
                && w_start > 0
                && !matches!(b[w_start - 1], b' ' | b'\n')
            {
                return None;
            }
            i = w_start;
            *w != "و"
        } else {
            return None;
        }
    };
    let e = skip_spaces(i);
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_digit() {
        s -= 1;
    }
    // One or two digits, standing alone or after a و of its own (the 4
    // of 3 و4 و5): not 2024/5 or 10:30.
    let alone = |i: usize| i == 0 || matches!(b[i - 1], b' ' | b'\n' | b'(');
    let glued = text[..s].ends_with('و') && alone(s - 'و'.len_utf8());
    if !(1..=2).contains(&(e - s)) || !(alone(s) || glued) {
        return None;
    }
    let d: u8 = text[s..e].parse().ok()?;
    let fits = (1..=31).contains(&d) && if range { d < day } else { d != day };
    fits.then_some((s, e, d))
}

/// Whether a date expression overlaps normalized `start..end`: one that
/// starts at a trigger inside it or within the five tokens before it (15
/// آذار (مارس) 2011).
pub(crate) fn covers(cx: &Cx<'_>, start: usize, end: usize) -> bool {
    let p = P { cx, strict: true };
    let mut from = start;
    for _ in 0..5 {
        match prev_token_start(cx, from) {
            Some(s) => from = s,
            None => break,
        }
    }
    let mut pos = from;
    while pos < end {
        let Some(s) = candidate(cx, pos, end) else {
            break;
        };
        let t = cx.tok(s);
        // The same candidate is often asked about for the next number
        // too (15 آذار 2019: for 15, then for 2019).
        let span = cx.remembered_date(s).unwrap_or_else(|| {
            let span = p.expr(t).map(|r| (r.start, r.end));
            cx.remember_date(s, span);
            span
        });
        if span.is_some_and(|(date_start, date_end)| date_start < end && start < date_end) {
            return true;
        }
        pos = crate::number::ceil_char(cx.text, t.end.max(s + 1));
    }
    is_listed_day(cx, &p, start, end)
}

/// Whether `start..end` is a day listed before a date (the 5 of 5 و6
/// آذار, of 5 و6 و7 آذار): the date is looked for over the next few days.
fn is_listed_day(cx: &Cx<'_>, p: &P<'_, '_>, start: usize, end: usize) -> bool {
    let b = cx.text.as_bytes();
    if !(1..=2).contains(&(end - start)) || !b[start..end].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut pos = end;
    for _ in 0..4 {
        // The next digits, a connector away (و، -، الى، حتى).
        let Some(k) = b[pos..(pos + 12).min(b.len())]
            .iter()
            .position(u8::is_ascii_digit)
        else {
            return false;
        };
        let s = pos + k;
        if let Some(raw) = p.expr(cx.tok(s)) {
            return listed_days(cx, &raw).any(|d| d.start == start);
        }
        pos = s;
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
    }
    false
}

pub(crate) fn prev_token_start(cx: &Cx<'_>, pos: usize) -> Option<usize> {
    let (at, c) = cx.prev_char(pos)?;
    if c == '\n' {
        return None;
    }
    if crate::text::is_letter(c) {
        return Some(crate::text::word_start(cx.text, at + c.len_utf8()));
    }
    if c.is_ascii_digit() {
        let b = cx.text.as_bytes();
        let mut s = at;
        while s > 0 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        return Some(s);
    }
    Some(at)
}

/// A date expression found in the normalized text, before resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Raw {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) core: Core,
    pub(crate) modifier: Option<PartOfPeriod>,
    pub(crate) time: Option<Time>,
    pub(crate) weekday: Option<u8>,
    /// A day listed before the date that gives its month.
    pub(crate) listed: bool,
}

/// What a date expression says.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Core {
    /// A Gregorian date; without a year, it resolves against the reference
    /// (latest past occurrence, or as `dir` says).
    Civil {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        dir: Option<Dir>,
    },
    /// A month (and day) of the year `years` from the reference year:
    /// آذار من العام الماضي, الشهر الأخير من العام الماضي.
    InYear {
        month: u8,
        day: Option<u8>,
        years: i64,
    },
    /// A day of the month `months` from the reference month: 15 من الشهر
    /// الجاري, العاشر من الشهر الماضي.
    DayInMonth { day: u8, months: i64 },
    /// Today plus n days.
    DayOffset(i64),
    /// This month plus n months.
    MonthOffset(i64),
    /// This year plus n years.
    YearOffset(i64),
    /// n units ago.
    Ago(Unit, i64),
    /// A weekday relative to the reference.
    Weekday(u8, Option<Dir>),
    /// A Hijri date.
    Hijri {
        year: i32,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// A day of a Hijri month without a year (27 رمضان): the latest on or
    /// before the reference.
    HijriDay { month: u8, day: u8 },
    /// A time alone.
    TimeOnly,
}

impl Core {
    fn is_day(&self) -> bool {
        matches!(
            self,
            Core::Civil { day: Some(_), .. }
                | Core::DayOffset(_)
                | Core::Weekday(..)
                | Core::Hijri { day: Some(_), .. }
                | Core::HijriDay { .. }
                | Core::InYear { day: Some(_), .. }
                | Core::DayInMonth { .. }
        )
    }

    /// The same date on another day of its month.
    fn with_day(self, d: u8) -> Option<Core> {
        Some(match self {
            Core::Civil {
                year, month, dir, ..
            } => Core::Civil {
                year,
                month,
                day: Some(d),
                dir,
            },
            Core::InYear { month, years, .. } => Core::InYear {
                month,
                day: Some(d),
                years,
            },
            Core::Hijri { year, month, .. } => Core::Hijri {
                year,
                month,
                day: Some(d),
            },
            Core::HijriDay { month, .. } => Core::HijriDay { month, day: d },
            _ => return None,
        })
    }
}

impl Raw {
    /// The day of the month it names (15 آذار), when no time or weekday
    /// is attached to it.
    fn day(&self) -> Option<u8> {
        let day = match self.core {
            Core::Civil {
                day: Some(d),
                month: Some(_),
                ..
            }
            | Core::InYear { day: Some(d), .. }
            | Core::Hijri {
                day: Some(d),
                month: Some(_),
                ..
            }
            | Core::HijriDay { day: d, .. } => d,
            _ => return None,
        };
        (self.time.is_none() && self.weekday.is_none()).then_some(day)
    }
}

fn raw(start: usize, end: usize, core: Core) -> Raw {
    Raw {
        start,
        end,
        core,
        modifier: None,
        time: None,
        weekday: None,
        listed: false,
    }
}

/// The resolution of a [`Raw`].
pub(crate) struct Resolved {
    pub(crate) value: Option<DateValue>,
    pub(crate) kind: DateKind,
    pub(crate) hijri: Option<HijriDate>,
}

/// Why a date expression has no valid value.
#[derive(Debug)]
pub(crate) enum Invalid {
    Date { year: i32, month: i32, day: i32 },
    Hijri(HijriError),
    OutOfRange,
}

impl Invalid {
    pub(crate) fn into_error(self, input: &str) -> ParseError {
        match self {
            Invalid::Date { year, month, day } => ParseError::InvalidDate { year, month, day },
            Invalid::Hijri(e) => ParseError::Hijri(e),
            Invalid::OutOfRange => ParseError::OutOfRange {
                input: input.to_string(),
            },
        }
    }
}

fn civil(year: i32, month: Option<u8>, day: Option<u8>) -> Result<DateValue, Invalid> {
    DateValue::checked(year, month.map(i32::from), day.map(i32::from)).map_err(|_| Invalid::Date {
        year,
        month: month.map_or(0, i32::from),
        day: day.map_or(0, i32::from),
    })
}

fn day_value(d: Result<Date, jiff::Error>) -> Result<DateValue, Invalid> {
    d.map(DateValue::from).map_err(|_| Invalid::OutOfRange)
}

fn month_value(reference: Date, months: i64) -> Result<DateValue, Invalid> {
    let d = reference
        .first_of_month()
        .checked_add(months.months())
        .map_err(|_| Invalid::OutOfRange)?;
    civil(i32::from(d.year()), Some(d.month() as u8), None)
}

/// Resolves a date expression against an optional reference date.
pub(crate) fn resolve(raw: &Raw, reference: Option<Date>) -> Result<Resolved, Invalid> {
    let relative = |value: Option<DateValue>| Resolved {
        value,
        kind: DateKind::Relative,
        hijri: None,
    };
    match raw.core {
        Core::Civil {
            year: Some(y),
            month,
            day,
            ..
        } => Ok(Resolved {
            value: Some(civil(y, month, day)?),
            kind: DateKind::Absolute,
            hijri: None,
        }),
        Core::Civil {
            year: None,
            month: Some(m),
            day,
            dir,
        } => {
            // Check the day against the longest such month (29 February).
            civil(2000, Some(m), day)?;
            let Some(r) = reference else {
                return Ok(relative(None));
            };
            let ry = i32::from(r.year());
            let (m8, rm) = (m as i8, r.month());
            let value = match day {
                None => {
                    let y = match dir {
                        None => ry - i32::from(m8 > rm),
                        Some(Dir::Past) => ry - i32::from(m8 >= rm),
                        Some(Dir::Current) => ry,
                        Some(Dir::Next) => ry + i32::from(m8 <= rm),
                    };
                    civil(y, Some(m), None)?
                }
                Some(d) => {
                    // The nearest such day in the direction asked; 29
                    // February may need a few years.
                    let ok = |c: Date| match dir {
                        None => c <= r,
                        Some(Dir::Past) => c < r,
                        Some(Dir::Current) => true,
                        Some(Dir::Next) => c > r,
                    };
                    let step: i32 = if dir == Some(Dir::Next) { 1 } else { -1 };
                    let mut y = if dir == Some(Dir::Next) {
                        ry - 1
                    } else {
                        ry + 1
                    };
                    if dir == Some(Dir::Current) {
                        y = ry;
                    }
                    let mut found = None;
                    for _ in 0..10 {
                        if let Ok(c) = Date::new(y as i16, m8, d as i8) {
                            if ok(c) && (1..=9999).contains(&y) {
                                found = Some(c);
                                break;
                            }
                        }
                        y += step;
                    }
                    DateValue::from(found.ok_or(Invalid::OutOfRange)?)
                }
            };
            Ok(relative(Some(value)))
        }
        Core::Civil { .. } => Err(Invalid::OutOfRange),
        Core::Hijri { year, month, day } => {
            let (hijri, first) = match (month, day) {
                (Some(m), Some(d)) => {
                    let h =
                        HijriDate::new(year, i32::from(m), i32::from(d)).map_err(Invalid::Hijri)?;
                    (
                        h,
                        hijri_to_gregorian(year, i32::from(m), i32::from(d))
                            .map_err(Invalid::Hijri)?,
                    )
                }
                (Some(m), None) => {
                    let h =
                        HijriDate::from_year_month(year, i32::from(m)).map_err(Invalid::Hijri)?;
                    (h, h.to_gregorian().map_err(Invalid::Hijri)?)
                }
                _ => {
                    let h = HijriDate::from_year(year).map_err(Invalid::Hijri)?;
                    (h, h.to_gregorian().map_err(Invalid::Hijri)?)
                }
            };
            let y = i32::from(first.year());
            let value = match (month, day) {
                (_, Some(_)) => DateValue::from(first),
                (Some(_), None) => civil(y, Some(first.month() as u8), None)?,
                _ => civil(y, None, None)?,
            };
            Ok(Resolved {
                value: Some(value),
                kind: DateKind::Absolute,
                hijri: Some(hijri),
            })
        }
        Core::HijriDay { month, day } => {
            let Some(reference) = reference else {
                return Ok(relative(None));
            };
            // This Hijri year's, or last year's when it is still to come.
            let this = i32::from(
                gregorian_to_hijri(reference)
                    .map_err(Invalid::Hijri)?
                    .year(),
            );
            let (m, d) = (i32::from(month), i32::from(day));
            let mut year = this;
            let mut date = hijri_to_gregorian(year, m, d).map_err(Invalid::Hijri)?;
            if date > reference {
                year -= 1;
                date = hijri_to_gregorian(year, m, d).map_err(Invalid::Hijri)?;
            }
            Ok(Resolved {
                value: Some(DateValue::from(date)),
                kind: DateKind::Relative,
                hijri: Some(HijriDate::new(year, m, d).map_err(Invalid::Hijri)?),
            })
        }
        Core::TimeOnly => Ok(Resolved {
            value: None,
            kind: DateKind::Time,
            hijri: None,
        }),
        core => {
            if let Core::InYear { month, day, .. } = core {
                civil(2000, Some(month), day)?;
            }
            let Some(r) = reference else {
                return Ok(relative(None));
            };
            let value = match core {
                Core::DayOffset(n) => day_value(r.checked_add(n.days()))?,
                Core::MonthOffset(n) => month_value(r, n)?,
                Core::DayInMonth { day, months } => {
                    let m = month_value(r, months)?;
                    civil(i32::from(m.year()), m.month().map(|m| m as u8), Some(day))?
                }
                Core::YearOffset(n) => civil(i32::from(r.year()) + n as i32, None, None)?,
                Core::InYear { month, day, years } => {
                    civil(i32::from(r.year()) + years as i32, Some(month), day)?
                }
                Core::Ago(Unit::Day, n) => day_value(r.checked_sub(n.days()))?,
                Core::Ago(Unit::Week, n) => day_value(r.checked_sub((7 * n).days()))?,
                Core::Ago(Unit::Month, n) => month_value(r, -n)?,
                Core::Ago(Unit::Year, n) => civil(i32::from(r.year()) - n as i32, None, None)?,
                Core::Weekday(w, dir) => {
                    let wd = weekday_of(w);
                    let d = match dir {
                        Some(Dir::Past) => r.nth_weekday(-1, wd),
                        Some(Dir::Next) => r.nth_weekday(1, wd),
                        _ if r.weekday() == wd => Ok(r),
                        _ => r.nth_weekday(-1, wd),
                    };
                    day_value(d)?
                }
                _ => return Err(Invalid::OutOfRange),
            };
            Ok(relative(Some(value)))
        }
    }
}

/// The date grammar over the tokens of a text. `strict` is on when
/// scanning (context is needed for ambiguous words) and off when parsing a
/// single expression.
pub(crate) struct P<'c, 'a> {
    pub(crate) cx: &'c Cx<'a>,
    pub(crate) strict: bool,
}

/// A month name: its number, where it ends, whether it needs context.
struct MonthName {
    month: u8,
    end: usize,
    weak: bool,
}

impl P<'_, '_> {
    /// The token after `pos`, a line break ending the expression.
    fn next(&self, pos: usize) -> Tok {
        let t = self.cx.tok(pos);
        match t.kind {
            Kind::Break => Tok {
                start: t.start,
                end: t.start,
                kind: Kind::End,
            },
            _ => t,
        }
    }

    /// The next token if it is a word without proclitics or article.
    fn bare(&self, pos: usize) -> Option<Tok> {
        let t = self.next(pos);
        (t.is_word() && !t.has_prefix() && !t.article()).then_some(t)
    }

    /// A date expression whose first token is `t`.
    pub(crate) fn expr(&self, t: Tok) -> Option<Raw> {
        if !matches!(t.kind, Kind::Word { .. } | Kind::Digits) {
            return None;
        }
        if t.article() && !t.is(Lex::Unit(1)) {
            return None;
        }
        if t.is(Lex::Hour) || t.is_digits() && self.cx.byte(t.end) == Some(b':') {
            if let Some(r) = self.time_first(t) {
                return Some(r);
            }
        }
        let mut r = self.core(t)?;
        if r.core.is_day() && r.time.is_none() {
            if let Some((time, end)) = self.time_after(r.end) {
                r.time = Some(time);
                r.end = end;
            }
        }
        Some(r)
    }

    fn core(&self, t: Tok) -> Option<Raw> {
        if t.is_digits() {
            return self
                .numeric(t)
                .or_else(|| self.day_first(t))
                .or_else(|| self.year_alone(t));
        }
        let lexes = t.lexes();
        for &lex in lexes {
            let found = match lex {
                Lex::Modifier(p) => self.modified(t, p),
                Lex::First => self.first(t),
                Lex::DayWord2 | Lex::DayPart => self.prefixed(t),
                Lex::DayWord(_) | Lex::After => self.day_rel(t),
                Lex::Weekday(_) => self.weekday(t),
                Lex::This | Lex::Period(_) => self.period(t, false),
                Lex::YearWord => self.year_word(t),
                Lex::MonthWord => {
                    let n = self.next(t.end);
                    self.month_expr(n, true, false).map(|mut r| {
                        r.start = t.stem();
                        r
                    })
                }
                Lex::Month(..)
                | Lex::EnglishMonth(_)
                | Lex::MonthPrefix(Prefix::Kanun | Prefix::Tishrin) => {
                    self.month_expr(t, false, false)
                }
                Lex::HijriMonth(_) | Lex::MonthPrefix(_) => self.hijri(t, None),
                Lex::Ordinal(_) | Lex::OrdinalOne | Lex::OrdinalTens(_) => self.day_first(t),
                Lex::Before | Lex::Since => self.ago(t),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }

    // ----- months -----

    fn month_name(&self, t: Tok) -> Option<MonthName> {
        if t.article() {
            return None;
        }
        for &lex in t.lexes() {
            match lex {
                Lex::Month(m, s) => {
                    return Some(MonthName {
                        month: m,
                        end: t.end,
                        weak: s == Strength::Weak,
                    })
                }
                Lex::EnglishMonth(m) => {
                    let mut end = t.end;
                    if self.cx.byte(end) == Some(b'.') {
                        end += 1;
                    }
                    return Some(MonthName {
                        month: m,
                        end,
                        weak: true,
                    });
                }
                Lex::MonthPrefix(p @ (Prefix::Kanun | Prefix::Tishrin)) => {
                    let n = self.bare(t.end)?;
                    let first = n.is(Lex::MonthFirst);
                    let second = n.is(Lex::MonthSecond);
                    let m = match (p, first, second) {
                        (Prefix::Kanun, true, _) => 12,
                        (Prefix::Kanun, _, true) => 1,
                        (Prefix::Tishrin, true, _) => 10,
                        (Prefix::Tishrin, _, true) => 11,
                        _ => return None,
                    };
                    return Some(MonthName {
                        month: m,
                        end: n.end,
                        weak: false,
                    });
                }
                _ => {}
            }
        }
        None
    }

    /// A month name, a second name for the same month, and a year or a
    /// direction: آذار 2019, تموز/يوليو, أكتوبر (تشرين الأول) 2020, آب الماضي,
    /// آذار من العام الماضي, December 3, 2023.
    fn month_expr(&self, t: Tok, context: bool, has_day: bool) -> Option<Raw> {
        let name = self.month_name(t)?;
        let english = t
            .find(|l| matches!(l, Lex::EnglishMonth(_)).then_some(()))
            .is_some();
        let mut end = name.end;
        let mut context = context || has_day;
        // A second name: / - ( ).
        let sep = self.next(end);
        if matches!(sep.kind, Kind::Punct('/' | '-' | '(' | '\\' | '،' | ',')) {
            let n2 = self.next(sep.end);
            if let Some(second) = self.month_name(n2).filter(|s| s.month == name.month) {
                if n2.has_prefix() {
                    // وآذار: a new expression.
                } else if sep.is_punct('(') {
                    let close = self.next(second.end);
                    if close.is_punct(')') {
                        end = close.end;
                        context = true;
                    }
                } else {
                    end = second.end;
                    context = true;
                }
            }
        } else if let Some(second) = self.bare(end).and_then(|n| self.month_name(n)) {
            if second.month == name.month {
                end = second.end;
                context = true;
            }
        }
        let mut day = None;
        // English: December 3, 2023.
        if english && !has_day {
            let d = self.next(end);
            if d.is_digits() && d.end - d.start <= 2 {
                let v: u8 = self.cx.text[d.start..d.end].parse().ok()?;
                if (1..=31).contains(&v) {
                    let mut e = d.end;
                    if let Some(o) = self
                        .bare(e)
                        .filter(|o| o.is(Lex::EnglishOrdinal) && o.start == e)
                    {
                        e = o.end;
                    }
                    day = Some(v);
                    end = e;
                    context = true;
                }
            }
        }
        let mut year = None;
        let mut dir = None;
        let mut year_offset = None;
        let y = self.next(end);
        let y = if y.is_punct(',') || y.is_punct('،') {
            let n = self.next(y.end);
            if n.is_digits() {
                n
            } else {
                y
            }
        } else {
            y
        };
        if let Some((v, e)) = self.year_number(y, true) {
            year = Some(v);
            end = e;
            context = true;
        } else if y.is_word() {
            // من عام 2019 / عام 2019 / من العام الماضي / الماضي.
            let mut w = y;
            if (w.is(Lex::Of) || w.is(Lex::In)) && !w.has_prefix() {
                w = self.next(w.end);
            }
            if w.is(Lex::YearWord) && !w.has_prefix() {
                if let Some((v, e)) = self.year_number(self.next(w.end), true) {
                    year = Some(v);
                    end = e;
                    context = true;
                }
            }
            if year.is_none() && !w.has_prefix() {
                if let Some(p) = self
                    .period(w, false)
                    .filter(|_| w.is(Lex::Period(Unit::Year)) || w.is(Lex::This))
                {
                    if let Core::YearOffset(n) = p.core {
                        year_offset = Some(n);
                        end = p.end;
                        context = true;
                    }
                }
            }
            if year.is_none() && year_offset.is_none() && y.is_word() && !y.has_prefix() {
                if let Some(d) = y.find(|l| match l {
                    Lex::Direction(d) => Some(d),
                    _ => None,
                }) {
                    dir = Some(d);
                    end = y.end;
                    context = true;
                }
            }
        }
        if self.strict && !context && (name.weak || english) {
            return None;
        }
        let core = match year_offset {
            Some(years) => Core::InYear {
                month: name.month,
                day,
                years,
            },
            None => Core::Civil {
                year,
                month: Some(name.month),
                day,
                dir,
            },
        };
        Some(raw(t.stem(), end, core))
    }

    /// A four-digit year at `t` (1000–2100), with م or ميلادي after it.
    fn year_number(&self, t: Tok, gregorian_only: bool) -> Option<(i32, usize)> {
        if !t.is_digits() || t.end - t.start != 4 {
            return None;
        }
        if self
            .cx
            .char_at(t.end)
            .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_alphabetic())
        {
            return None;
        }
        let v: i32 = self.cx.text[t.start..t.end].parse().ok()?;
        if !(1000..=2100).contains(&v) {
            return None;
        }
        if gregorian_only && self.era(t.end).is_some_and(|(h, _)| h) {
            return None;
        }
        let end = match self.era(t.end) {
            Some((false, e)) => e,
            _ => t.end,
        };
        Some((v, end))
    }

    /// An era after a year: (is Hijri, end).
    fn era(&self, pos: usize) -> Option<(bool, usize)> {
        let t = self.next(pos);
        if !t.is_word() || t.article() {
            return None;
        }
        if t.is(Lex::HijriEra) {
            return Some((true, t.end));
        }
        if t.is(Lex::GregorianEra) && !t.has_prefix() {
            return Some((false, t.end));
        }
        None
    }

    // ----- days -----

    /// A day number or ordinal day, then a month: 15 آذار 2019, 3rd,
    /// December 2023, الخامس من حزيران, 15 رمضان 1445 هـ.
    fn day_first(&self, t: Tok) -> Option<Raw> {
        let (day, mut end) = if t.is_digits() {
            if t.end - t.start > 2 {
                return None;
            }
            let v: u8 = self.cx.text[t.start..t.end].parse().ok()?;
            let mut e = t.end;
            // 3rd, 22nd: the suffix glued to the digits.
            let n = self.next(e);
            if n.start == e && n.is(Lex::EnglishOrdinal) {
                e = n.end;
            } else if self.cx.char_at(e).is_some_and(|c| c.is_ascii_alphabetic()) {
                return None;
            }
            (v, e)
        } else {
            self.ordinal_day(t)?
        };
        if !(1..=31).contains(&day) {
            return None;
        }
        let mut n = self.next(end);
        if n.is_punct(',') || n.is_punct('،') {
            n = self.next(n.end);
        }
        if n.is(Lex::Of) && !n.has_prefix() {
            end = n.end;
            n = self.next(end);
        }
        let _ = end;
        if n.has_prefix() {
            return None;
        }
        // 15 من الشهر الجاري.
        if n.is(Lex::Period(Unit::Month)) || n.is(Lex::This) {
            if let Some(r) = self.period(n, false) {
                if let Core::MonthOffset(months) = r.core {
                    return Some(raw(t.stem(), r.end, Core::DayInMonth { day, months }));
                }
            }
        }
        if let Some(r) = self.month_expr(n, true, true) {
            let core = match r.core {
                Core::Civil { .. } | Core::InYear { .. } => r.core.with_day(day)?,
                _ => return None,
            };
            return Some(raw(t.stem(), r.end, core));
        }
        self.hijri(n, Some(day)).map(|mut r| {
            r.start = t.stem();
            r
        })
    }

    /// An ordinal day: الأول, الخامس عشر, الحادي والعشرين, العشرين.
    fn ordinal_day(&self, t: Tok) -> Option<(u8, usize)> {
        if t.article() {
            return None;
        }
        let first = t.find(|l| match l {
            Lex::Ordinal(n) => Some(n),
            Lex::OrdinalOne => Some(1),
            Lex::OrdinalTens(n) => Some(n),
            _ => None,
        })?;
        let tens = t
            .find(|l| matches!(l, Lex::OrdinalTens(_)).then_some(()))
            .is_some();
        let mut v = first;
        let mut end = t.end;
        if !tens {
            if let Some(n) = self.bare(end) {
                if n.is(Lex::Ten) && first < 10 {
                    v += 10;
                    end = n.end;
                }
            }
            if v == first {
                let n = self.next(end);
                if n.stem() == n.start + 2 && self.cx.text[n.start..].starts_with("و") {
                    if let Some(t2) = n.find(|l| match l {
                        Lex::OrdinalTens(x) => Some(x),
                        _ => None,
                    }) {
                        v += t2;
                        end = n.end;
                    }
                }
            }
        }
        if t.is(Lex::OrdinalOne) && v == 1 {
            return None;
        }
        Some((v, end))
    }

    /// A numeric date: 25/09/2025, 25-9-2025, 25.09.2025, 2025-09-25.
    fn numeric(&self, t: Tok) -> Option<Raw> {
        let b = self.cx.text.as_bytes();
        let num = |s: usize| -> (usize, usize) {
            let mut e = s;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            (s, e)
        };
        let (s1, e1) = (t.start, t.end);
        let sep = *b.get(e1)?;
        if !matches!(sep, b'/' | b'-' | b'.') {
            return None;
        }
        let (s2, e2) = num(e1 + 1);
        if b.get(e2) != Some(&sep) {
            return None;
        }
        let (s3, e3) = num(e2 + 1);
        let (l1, l2, l3) = (e1 - s1, e2 - s2, e3 - s3);
        if l2 == 0 || l2 > 2 || l3 == 0 {
            return None;
        }
        // Nothing glued after: 1.2.3.4 or 25/09/2025/1 is something else.
        if b.get(e3).is_some_and(|&c| c.is_ascii_alphanumeric())
            || matches!(b.get(e3), Some(&c) if c == sep)
                && b.get(e3 + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let n = |s: usize, e: usize| self.cx.text[s..e].parse::<i32>().ok();
        let (y, m, d) = if l1 == 4 && l3 <= 2 {
            (n(s1, e1)?, n(s2, e2)?, n(s3, e3)?)
        } else if l1 <= 2 && l3 == 4 {
            let (a, bb) = (n(s1, e1)?, n(s2, e2)?);
            // Day first; month first only when the day cannot be a month.
            let (d, m) = if bb > 12 && a <= 12 { (bb, a) } else { (a, bb) };
            (n(s3, e3)?, m, d)
        } else {
            return None;
        };
        if !(1000..=2100).contains(&y) {
            return None;
        }
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            // Not a date at all (a ratio, a phone number).
            return None;
        }
        Some(raw(
            t.start,
            e3,
            Core::Civil {
                year: Some(y),
                month: Some(m as u8),
                day: Some(d as u8),
                dir: None,
            },
        ))
    }

    /// A four-digit year alone, in a context that makes it a year, or with
    /// an era (1445 هـ, 2019م).
    fn year_alone(&self, t: Tok) -> Option<Raw> {
        if t.end - t.start != 4
            || self
                .cx
                .char_at(t.end)
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        let v: i32 = self.cx.text[t.start..t.end].parse().ok()?;
        // 2021-13-01 is a broken date, not a year; 2014-2017 is two years.
        let b = self.cx.text.as_bytes();
        if matches!(b.get(t.end), Some(b'-' | b'/' | b'.' | b':'))
            && b.get(t.end + 1).is_some_and(u8::is_ascii_digit)
        {
            let mut e = t.end + 1;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            let year_range = e - t.end - 1 == 4
                && b[t.end] != b'.'
                && !matches!(b.get(e), Some(b'-' | b'/' | b'.' | b':'));
            if !year_range {
                return None;
            }
        }
        match self.era(t.end) {
            Some((true, e)) => {
                return Some(raw(
                    t.start,
                    e,
                    Core::Hijri {
                        year: v,
                        month: None,
                        day: None,
                    },
                ))
            }
            Some((false, e)) if (1000..=2100).contains(&v) => {
                return Some(raw(
                    t.start,
                    e,
                    Core::Civil {
                        year: Some(v),
                        month: None,
                        day: None,
                        dir: None,
                    },
                ))
            }
            _ => {}
        }
        let ok = if self.strict {
            (1900..=2100).contains(&v)
                && (self.year_context(t.start, 3) || {
                    let n = self.next(t.end);
                    n.is_word() && self.cx.word_in(n.start, n.end, &LEXICON.year_followers)
                })
        } else {
            (1000..=2100).contains(&v)
        };
        if !ok {
            return None;
        }
        // Not a quantity before a scale or a percent sign.
        let n = self.next(t.end);
        if n.is_punct('%')
            || n.find(|l| matches!(l, Lex::Scale(..)).then_some(()))
                .is_some()
        {
            return None;
        }
        Some(raw(
            t.start,
            t.end,
            Core::Civil {
                year: Some(v),
                month: None,
                day: None,
                dir: None,
            },
        ))
    }

    /// Whether the four-digit number at `start` is in a year context.
    fn year_context(&self, start: usize, depth: u8) -> bool {
        let cx = self.cx;
        let lex = &*LEXICON;
        // In parentheses alone: (2019).
        if cx.prev_char(start).is_some_and(|(_, c)| c == '(') && self.next(start + 4).is_punct(')')
        {
            return true;
        }
        let Some((s, e)) = cx.prev_word(start) else {
            // 2014-2017 or 2014/2015 after a year in context.
            if let Some((at, '-' | '/' | '–')) = cx.prev_char(start) {
                return depth > 0 && self.prev_year(at, depth);
            }
            return false;
        };
        if e != start && cx.byte(e) != Some(b' ') {
            // A word glued to the digits that is not a clitic chain.
            let w = &cx.text[s..e];
            if !(w == "و" || w == "ب" || w == "ل" || w == "وب" || w == "ول") {
                return cx.word_in(s, e, &lex.year_context);
            }
        }
        if cx.word_in(s, e, &lex.year_context) {
            return true;
        }
        // و2020 after a year: عامي 2019 و2020.
        let w = &cx.text[s..e];
        if w == "و" && depth > 0 {
            return self.prev_year(s, depth);
        }
        false
    }

    /// Whether a four-digit year in context ends right before `pos`.
    fn prev_year(&self, pos: usize, depth: u8) -> bool {
        let b = self.cx.text.as_bytes();
        let mut e = pos;
        while e > 0 && b[e - 1] == b' ' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        if e - s != 4 {
            return false;
        }
        let Ok(v) = self.cx.text[s..e].parse::<i32>() else {
            return false;
        };
        if !(1900..=2100).contains(&v) {
            return false;
        }
        // The year before is a year if its own context says so, or if a
        // year word stands before it (عامي 2019 و2020).
        self.year_context(s, depth - 1)
    }

    // ----- Hijri -----

    /// A Hijri month with a year: 15 رمضان 1445 هـ, محرم 1446, ربيع الأول
    /// 1445هـ.
    fn hijri(&self, t: Tok, day: Option<u8>) -> Option<Raw> {
        if t.article() {
            return None;
        }
        let mut month = None;
        let mut end = t.end;
        for &lex in t.lexes() {
            match lex {
                Lex::HijriMonth(m) => month = Some(m),
                Lex::MonthPrefix(p @ (Prefix::Rabi | Prefix::Jumada | Prefix::Dhu)) => {
                    let n = self.bare(t.end)?;
                    let m = match p {
                        Prefix::Rabi if n.is(Lex::MonthFirst) => 3,
                        Prefix::Rabi if n.is(Lex::MonthSecond) => 4,
                        Prefix::Jumada if n.is(Lex::MonthFirst) => 5,
                        Prefix::Jumada if n.is(Lex::MonthSecond) => 6,
                        Prefix::Dhu if n.is(Lex::Qada) => 11,
                        Prefix::Dhu if n.is(Lex::Hijja) => 12,
                        _ => return None,
                    };
                    month = Some(m);
                    end = n.end;
                }
                _ => {}
            }
            if month.is_some() {
                break;
            }
        }
        let month = month?;
        let mut y = self.next(end);
        if y.is_punct(',') || y.is_punct('،') {
            y = self.next(y.end);
        }
        if (y.is(Lex::YearWord) || y.is(Lex::Of)) && !y.has_prefix() {
            y = self.next(y.end);
        }
        if !y.is_digits() {
            // 27 رمضان: a day of the month, this Hijri year.
            return day.map(|day| raw(t.stem(), end, Core::HijriDay { month, day }));
        }
        if !(3..=4).contains(&(y.end - y.start)) {
            return None;
        }
        let year: i32 = self.cx.text[y.start..y.end].parse().ok()?;
        end = y.end;
        let era = self.era(end);
        if let Some((true, e)) = era {
            end = e;
        } else if era.is_some() || (1900..=2100).contains(&year) {
            // رمضان 2024: a Gregorian year; not a Hijri date.
            return None;
        }
        Some(raw(
            t.stem(),
            end,
            Core::Hijri {
                year,
                month: Some(month),
                day,
            },
        ))
    }

    // ----- years -----

    /// عام 2019, العام 2019, سنة 2014, عام 1445 هـ; العام الماضي through
    /// [`P::period`].
    fn year_word(&self, t: Tok) -> Option<Raw> {
        if t.is(Lex::Period(Unit::Year)) {
            if let Some(r) = self.period(t, false) {
                return Some(r);
            }
        }
        let y = self.next(t.end);
        if !y.is_digits() || y.end - y.start != 4 {
            return None;
        }
        if self
            .cx
            .char_at(y.end)
            .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        let v: i32 = self.cx.text[y.start..y.end].parse().ok()?;
        match self.era(y.end) {
            Some((true, e)) => Some(raw(
                t.stem(),
                e,
                Core::Hijri {
                    year: v,
                    month: None,
                    day: None,
                },
            )),
            era => {
                if !(1000..=2100).contains(&v) {
                    return None;
                }
                let end = era.map_or(y.end, |(_, e)| e);
                Some(raw(
                    t.stem(),
                    end,
                    Core::Civil {
                        year: Some(v),
                        month: None,
                        day: None,
                        dir: None,
                    },
                ))
            }
        }
    }

    /// الشهر الماضي, العام المقبل, هذا العام, السنة الحالية, العام قبل
    /// الماضي, الشهر الأخير من 2022; with `alone`, also العام and الشهر alone
    /// (after a modifier: بداية العام).
    fn period(&self, t: Tok, alone: bool) -> Option<Raw> {
        let start = t.stem();
        let (unit, mut end, this) = if t.is(Lex::This) {
            let n = self.bare(t.end)?;
            let u = n.find(|l| match l {
                Lex::Period(u) => Some(u),
                _ => None,
            })?;
            (u, n.end, true)
        } else {
            let u = t.find(|l| match l {
                Lex::Period(u) => Some(u),
                _ => None,
            })?;
            (u, t.end, false)
        };
        if t.article() {
            return None;
        }
        let offset = |n: i64, end: usize| -> Option<Raw> {
            match unit {
                Unit::Month => Some(raw(start, end, Core::MonthOffset(n))),
                Unit::Year => Some(raw(start, end, Core::YearOffset(n))),
                // A week is not a calendar value.
                Unit::Week | Unit::Day => None,
            }
        };
        if this {
            return offset(0, end);
        }
        let n = self.next(end);
        if !n.has_prefix() && n.is_word() {
            if let Some(d) = n.find(|l| match l {
                Lex::Direction(d) => Some(d),
                _ => None,
            }) {
                let k = match d {
                    Dir::Past => -1,
                    Dir::Current => 0,
                    Dir::Next => 1,
                };
                return offset(k, n.end);
            }
            // العام قبل الماضي.
            if n.is(Lex::Before) {
                let n2 = self.bare(n.end)?;
                if n2
                    .find(|l| matches!(l, Lex::Direction(Dir::Past)).then_some(()))
                    .is_some()
                {
                    return offset(-2, n2.end);
                }
                return None;
            }
            // الشهر الأخير / الأول من 2022.
            if unit == Unit::Month {
                let which = if n.is(Lex::Last) {
                    Some(12)
                } else {
                    n.find(|l| match l {
                        Lex::Ordinal(k) if k <= 12 => Some(k),
                        _ => None,
                    })
                };
                if let Some(m) = which {
                    let of = self.bare(n.end).filter(|o| o.is(Lex::Of))?;
                    let y = self.next(of.end);
                    let (year, e) = if let Some((v, e)) = self.year_number(y, true) {
                        (Some(v), e)
                    } else if y.is(Lex::YearWord) && !y.has_prefix() {
                        match self.year_word(y)?.core {
                            Core::Civil { year: Some(v), .. } => (Some(v), self.year_word(y)?.end),
                            Core::YearOffset(k) => {
                                let r = self.year_word(y)?;
                                return Some(raw(
                                    start,
                                    r.end,
                                    Core::InYear {
                                        month: m,
                                        day: None,
                                        years: k,
                                    },
                                ));
                            }
                            _ => return None,
                        }
                    } else {
                        return None;
                    };
                    end = e;
                    return Some(raw(
                        start,
                        end,
                        Core::Civil {
                            year,
                            month: Some(m),
                            day: None,
                            dir: None,
                        },
                    ));
                }
            }
        }
        if alone {
            return offset(0, end);
        }
        None
    }

    /// مطلع عام 2023, منتصف آذار, أواخر الشهر الماضي, بداية العام, نهاية 2019.
    fn modified(&self, t: Tok, part: PartOfPeriod) -> Option<Raw> {
        if t.article() {
            return None;
        }
        let n = self.next(t.end);
        if n.has_prefix() {
            return None;
        }
        let inner = if n.is_digits() {
            self.year_number(n, true).map(|(v, e)| {
                raw(
                    n.start,
                    e,
                    Core::Civil {
                        year: Some(v),
                        month: None,
                        day: None,
                        dir: None,
                    },
                )
            })
        } else if n.is(Lex::Period(Unit::Year)) || n.is(Lex::Period(Unit::Month)) || n.is(Lex::This)
        {
            self.period(n, true).or_else(|| self.year_word(n))
        } else if n.is(Lex::YearWord) {
            self.year_word(n)
        } else if n.is(Lex::MonthWord) {
            self.month_expr(self.next(n.end), true, false)
        } else {
            self.month_expr(n, true, false)
                .or_else(|| self.hijri(n, None))
        }?;
        if inner.core.is_day() {
            return None;
        }
        let mut r = inner;
        r.start = t.stem();
        r.modifier = Some(part);
        Some(r)
    }

    /// أول أمس, أول من أمس; else أول as a modifier (أول العام).
    fn first(&self, t: Tok) -> Option<Raw> {
        let mut n = self.next(t.end);
        if n.is(Lex::Of) && !n.has_prefix() {
            n = self.next(n.end);
        }
        if n.is(Lex::DayWord(-1)) && !n.has_prefix() {
            return Some(raw(t.stem(), n.end, Core::DayOffset(-2)));
        }
        self.modified(t, PartOfPeriod::Beginning)
    }

    /// يوم أمس, يوم الأحد, يوم 15 آذار, صباح اليوم, مساء أمس, فجر السبت.
    fn prefixed(&self, t: Tok) -> Option<Raw> {
        if t.article() {
            return None;
        }
        let n = self.next(t.end);
        if n.has_prefix() {
            return None;
        }
        let inner = if n.is(Lex::DayWord2) && t.is(Lex::DayPart) {
            // فجر يوم الجمعة.
            self.prefixed(n)
        } else if n.is(Lex::Tomorrow) {
            Some(raw(n.start, n.end, Core::DayOffset(1)))
        } else if n
            .find(|l| matches!(l, Lex::DayWord(_) | Lex::After).then_some(()))
            .is_some()
        {
            self.day_rel(n)
        } else if n
            .find(|l| matches!(l, Lex::Weekday(_)).then_some(()))
            .is_some()
        {
            self.weekday(n)
        } else if n.is_digits() && t.is(Lex::DayWord2) {
            self.numeric(n).or_else(|| self.day_first(n))
        } else if t.is(Lex::DayWord2) {
            self.day_first(n)
        } else {
            None
        }?;
        let mut r = inner;
        r.start = t.stem();
        Some(r)
    }

    /// اليوم, أمس, أمس الأول, البارحة, غداً, الغد, بعد غد, with a weekday
    /// after them (أمس الأحد).
    fn day_rel(&self, t: Tok) -> Option<Raw> {
        let start = t.stem();
        if t.is(Lex::After) {
            let n = self.bare(t.end)?;
            return n
                .is(Lex::Tomorrow)
                .then(|| raw(start, n.end, Core::DayOffset(2)));
        }
        let d = t.find(|l| match l {
            Lex::DayWord(d) => Some(d),
            _ => None,
        })?;
        let mut end = t.end;
        let mut offset = i64::from(d);
        let n = self.next(end);
        if d == 0 {
            // اليوم التالي, ذلك اليوم: "the day", not "today".
            let lex = &*LEXICON;
            if n.is_word() && self.cx.word_in(n.start, n.end, &lex.not_today_after) {
                return None;
            }
            if let Some((s, e)) = self.cx.prev_word(t.start) {
                if self.cx.word_in(s, e, &lex.not_today_before) {
                    return None;
                }
            }
            // بعد 10 أيام من اليوم … is still today; أيام اليوم no.
        }
        if d == -1 && n.is(Lex::MonthFirst) && !n.has_prefix() && n.end - n.start == "الاول".len()
        {
            offset = -2;
            end = n.end;
        }
        let mut r = raw(start, end, Core::DayOffset(offset));
        let w = self.next(end);
        if !w.has_prefix() {
            if let Some(wd) = w.find(|l| match l {
                Lex::Weekday(x) => Some(x),
                _ => None,
            }) {
                r.weekday = Some(wd);
                r.end = w.end;
            }
        }
        Some(r)
    }

    /// الأحد, السبت الماضي, الاثنين المقبل, الأحد 15 آذار 2019.
    fn weekday(&self, t: Tok) -> Option<Raw> {
        let w = t.find(|l| match l {
            Lex::Weekday(x) => Some(x),
            _ => None,
        })?;
        let start = t.stem();
        let mut end = t.end;
        let mut dir = None;
        if let Some(n) = self.bare(end) {
            if let Some(d) = n.find(|l| match l {
                Lex::Direction(d) => Some(d),
                _ => None,
            }) {
                dir = Some(d);
                end = n.end;
            }
        }
        if dir.is_none() {
            // A full date after the weekday.
            let mut n = self.next(end);
            let mut open = false;
            if n.is_punct(',') || n.is_punct('،') || n.is_punct('(') {
                open = n.is_punct('(');
                n = self.next(n.end);
            }
            if !n.has_prefix()
                && (n.is_digits()
                    || n.find(|l| {
                        matches!(l, Lex::Ordinal(_) | Lex::OrdinalOne | Lex::OrdinalTens(_))
                            .then_some(())
                    })
                    .is_some())
            {
                let inner = if n.is_digits() {
                    self.numeric(n).or_else(|| self.day_first(n))
                } else {
                    self.day_first(n)
                };
                if let Some(mut r) = inner {
                    if open {
                        let c = self.next(r.end);
                        if c.is_punct(')') {
                            r.end = c.end;
                        }
                    }
                    r.start = start;
                    r.weekday = Some(w);
                    return Some(r);
                }
            }
        }
        let mut r = raw(start, end, Core::Weekday(w, dir));
        r.weekday = Some(w);
        Some(r)
    }

    /// قبل يومين, قبل ثلاثة أيام, منذ أسبوعين, قبل 10 أيام, قبل عام.
    fn ago(&self, t: Tok) -> Option<Raw> {
        let n = self.next(t.end);
        if n.has_prefix() || n.article() {
            return None;
        }
        let (unit, count, end) = if let Some((u, c)) = n.find(|l| match l {
            Lex::Duration(u, c) if c > 0 => Some((u, c)),
            _ => None,
        }) {
            (u, i64::from(c), n.end)
        } else {
            let (value, e) = crate::number::count_at(self.cx, n)?;
            let u = self.bare(e)?;
            let unit = u.find(|l| match l {
                Lex::Duration(u, _) => Some(u),
                _ => None,
            })?;
            if !(1.0..=10_000.0).contains(&value) || value.fract() != 0.0 {
                return None;
            }
            (unit, value as i64, u.end)
        };
        let after = self.next(end);
        // قبل يومين من الهجوم: before an event, not before today. منذ عام
        // 2011: a year, not "a year ago".
        if (after.is(Lex::Of) && !after.has_prefix()) || after.is_digits() {
            return None;
        }
        Some(raw(t.stem(), end, Core::Ago(unit, count)))
    }

    // ----- times -----

    /// A time: الساعة 10:30, الساعة العاشرة صباحاً, 01:43 مساءً, الساعة
    /// الثانية عشرة والنصف ظهراً. Returns the time, its start and end.
    fn time(&self, t: Tok) -> Option<(Time, usize, usize)> {
        let start = t.stem();
        let (mut hour, mut minute, mut end) = if t.is(Lex::Hour) {
            let n = self.next(t.end);
            if n.is_digits() {
                self.clock(n)?
            } else if !n.has_prefix() {
                let (h, e) = if n.article() && n.is(Lex::Unit(1)) {
                    (1, n.end)
                } else if !n.article() {
                    let h = n.find(|l| match l {
                        Lex::Ordinal(h) => Some(h),
                        _ => None,
                    })?;
                    match self.bare(n.end) {
                        Some(x) if x.is(Lex::Ten) && h <= 2 => (h + 10, x.end),
                        _ => (h, n.end),
                    }
                } else {
                    return None;
                };
                (u32::from(h), 0, e)
            } else {
                return None;
            }
        } else if t.is_digits() {
            let c = self.clock(t)?;
            if c.2 == t.end {
                // Digits alone are not a time.
                return None;
            }
            c
        } else {
            return None;
        };
        // والنصف, والربع.
        let n = self.next(end);
        if n.stem() == n.start + 2 && self.cx.text[n.start..].starts_with("و") {
            if let Some(m) = n.find(|l| match l {
                Lex::Minutes(m) => Some(m),
                _ => None,
            }) {
                if minute == 0 {
                    minute = u32::from(m);
                    end = n.end;
                }
            }
        }
        if let Some(s) = self.bare(end) {
            if let Some(pm) = s.find(|l| match l {
                Lex::TimeSuffix(pm) => Some(pm),
                _ => None,
            }) {
                if pm && hour < 12 {
                    hour += 12;
                } else if !pm && hour == 12 {
                    hour = 0;
                }
                end = s.end;
            }
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        let time = Time::new(hour as i8, minute as i8, 0, 0).ok()?;
        Some((time, start, end))
    }

    /// HH:MM (or HH alone after الساعة).
    fn clock(&self, t: Tok) -> Option<(u32, u32, usize)> {
        if t.end - t.start > 2 {
            return None;
        }
        let h: u32 = self.cx.text[t.start..t.end].parse().ok()?;
        let b = self.cx.text.as_bytes();
        if b.get(t.end) == Some(&b':') {
            let s = t.end + 1;
            let mut e = s;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            if e - s != 2 {
                return None;
            }
            let m: u32 = self.cx.text[s..e].parse().ok()?;
            // Seconds: 10:30:15.
            let mut end = e;
            if b.get(e) == Some(&b':') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
                end = e + 1;
                while end < b.len() && b[end].is_ascii_digit() {
                    end += 1;
                }
            }
            return Some((h, m, end));
        }
        Some((h, 0, t.end))
    }

    /// A time, then the day it is on: الساعة العاشرة من صباح أمس, 01:43 من
    /// يوم الأحد.
    fn time_first(&self, t: Tok) -> Option<Raw> {
        let (time, start, end) = self.time(t)?;
        let mut n = self.next(end);
        if n.is_punct(',') || n.is_punct('،') {
            n = self.next(n.end);
        }
        if n.is(Lex::Of) && !n.has_prefix() {
            n = self.next(n.end);
        }
        if !n.has_prefix() && n.is_word() {
            if let Some(r) = self.core(n).filter(|r| r.core.is_day()) {
                let mut r = r;
                r.start = start;
                r.time = Some(time);
                return Some(r);
            }
        }
        let mut r = raw(start, end, Core::TimeOnly);
        r.time = Some(time);
        Some(r)
    }

    /// A time after a day: …، عند الساعة 10:30.
    fn time_after(&self, end: usize) -> Option<(Time, usize)> {
        let mut n = self.next(end);
        for _ in 0..2 {
            if n.is_punct(',') || n.is_punct('،') {
                n = self.next(n.end);
                continue;
            }
            if n.is_word() && !n.is(Lex::Hour) && !n.is_digits() {
                let w = &self.cx.text[n.start..n.end];
                if matches!(
                    w,
                    "عند" | "في" | "نحو" | "حوالي" | "قرابه" | "تمام" | "وعند" | "وفي"
                ) {
                    n = self.next(n.end);
                    continue;
                }
            }
            break;
        }
        if !(n.is(Lex::Hour) || n.is_digits() && self.cx.byte(n.end) == Some(b':')) {
            return None;
        }
        let (time, _, e) = self.time(n)?;
        Some((time, e))
    }
}

/// Parses one date expression, which must make up the whole of `input`
/// (surrounding spaces aside), resolving it against `reference` when it is
/// relative.
///
/// Unlike the scanner, the parser needs no context for ambiguous words:
/// `آب` alone is August and `2019` alone is a year.
///
/// # Errors
///
/// - [`ParseError::Empty`], [`ParseError::NoDate`], [`ParseError::Trailing`]
///   when the input is not one date expression;
/// - [`ParseError::InvalidDate`] for a day that is not in its month (31
///   شباط) and [`ParseError::Hijri`] for a Hijri date outside the table;
/// - [`ParseError::NeedsReference`] for a relative expression without a
///   reference date, [`ParseError::NoValue`] for a time alone;
/// - [`ParseError::OutOfRange`] when resolving leaves jiff's range.
///
/// ```
/// use akhbar_numdate::{parse_date, ParseError};
/// use jiff::civil::date;
///
/// assert_eq!(parse_date("22nd شباط / فبراير 2021", None).unwrap().to_string(), "2021-02-22");
/// assert_eq!(parse_date("آب الماضي", Some(date(2021, 2, 22))).unwrap().to_string(), "2020-08");
/// assert!(matches!(parse_date("أمس", None), Err(ParseError::NeedsReference { .. })));
/// assert!(matches!(parse_date("31 شباط 2021", None), Err(ParseError::InvalidDate { .. })));
/// assert!(matches!(parse_date("1 محرم 1600 هـ", None), Err(ParseError::Hijri(_))));
/// ```
pub fn parse_date(input: &str, reference: Option<Date>) -> Result<DateValue, ParseError> {
    let normalized = akhbar_normalize::SEARCH.normalize_with_map(input);
    let mut memo = Memo::new();
    let cx = Cx::new(input, &normalized, &mut memo);
    let t = cx.tok(0);
    if matches!(t.kind, Kind::End) {
        return Err(ParseError::Empty);
    }
    let p = P {
        cx: &cx,
        strict: false,
    };
    let no_date = || ParseError::NoDate {
        input: input.to_string(),
    };
    let r = p.expr(t).ok_or_else(no_date)?;
    if r.start != t.start {
        return Err(no_date());
    }
    let rest = cx.tok(r.end);
    if !matches!(rest.kind, Kind::End) {
        let at = cx.original_span(rest.start, rest.start).start;
        return Err(ParseError::Trailing {
            input: input.to_string(),
            rest: input.get(at..).unwrap_or("").to_string(),
        });
    }
    let resolved = resolve(&r, reference).map_err(|e| e.into_error(input))?;
    match resolved.value {
        Some(v) => Ok(v),
        None if resolved.kind == DateKind::Time => Err(ParseError::NoValue {
            input: input.to_string(),
        }),
        None => Err(ParseError::NeedsReference {
            input: input.to_string(),
        }),
    }
}
