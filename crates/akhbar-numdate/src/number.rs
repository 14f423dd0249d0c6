//! Numbers: the grammar, the scanner and the match types.

use core::fmt;

use akhbar_normalize::{Normalized, Span};

use crate::lexicon::{Form, Lex, LEXICON};
use crate::text::{Cx, Kind, Memo, Tok};
use crate::trigger::{Finder, Triggers};
use crate::ParseError;

/// What kind of quantity a [`NumberMatch`] is.
///
/// ```
/// use akhbar_numdate::{parse_number, NumberKind};
///
/// assert_eq!(parse_number("14").unwrap().kind(), NumberKind::Cardinal);
/// assert_eq!(parse_number("الخامس عشر").unwrap().kind(), NumberKind::Ordinal);
/// assert_eq!(parse_number("20 في المئة").unwrap().kind(), NumberKind::Percent);
/// assert_eq!(parse_number("40 - 50 ألف").unwrap().kind(), NumberKind::Range);
/// assert_eq!(parse_number("عشرات").unwrap().kind(), NumberKind::Vague);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A count or an amount: `14`, `خمسة`, `8 آلاف`, `1.5 مليون`.
    Cardinal,
    /// An ordinal with its value: `الأول` (1), `الخامس عشر` (15).
    Ordinal,
    /// A percentage: `300%`, `٣٠٠٪`, `20 في المئة`, `بالمئة`.
    Percent,
    /// A range with a minimum and a maximum: `40 - 50 ألف`, `بين 10 و20`.
    Range,
    /// A quantity without a value: `عشرات`, `مئات`, `آلاف` ("thousands
    /// of"), `عشرات الآلاف`.
    Vague,
}

impl NumberKind {
    /// The kind's name in lower case, as in the JSON output of akhbar.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::NumberKind::Percent.name(), "percent");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Range => "range",
            NumberKind::Vague => "vague",
        }
    }
}

impl fmt::Display for NumberKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The value of a number expression.
///
/// A cardinal, an ordinal or a single percentage has a [`value`]; a range
/// has a [`range`] and no single value; a vague quantity has neither.
/// Whole values are exact up to 2^53 and available as [`as_i64`].
///
/// [`value`]: NumberValue::value
/// [`range`]: NumberValue::range
/// [`as_i64`]: NumberValue::as_i64
///
/// ```
/// use akhbar_numdate::parse_number;
///
/// let v = parse_number("مئة وخمسون ألفاً").unwrap();
/// assert_eq!(v.as_i64(), Some(150_000));
/// let r = parse_number("40 - 50 ألف").unwrap();
/// assert_eq!((r.value(), r.range()), (None, Some((40_000.0, 50_000.0))));
/// assert!(parse_number("نحو 79").unwrap().is_approximate());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberValue {
    kind: NumberKind,
    value: Option<f64>,
    range: Option<(f64, f64)>,
    percent: bool,
    approximate: bool,
}

impl NumberValue {
    fn single(kind: NumberKind, value: f64) -> NumberValue {
        NumberValue {
            kind,
            value: Some(value),
            range: None,
            percent: kind == NumberKind::Percent,
            approximate: false,
        }
    }

    /// The kind of quantity.
    ///
    /// ```
    /// use akhbar_numdate::{parse_number, NumberKind};
    /// assert_eq!(parse_number("ثلاثة آلاف").unwrap().kind(), NumberKind::Cardinal);
    /// ```
    pub fn kind(&self) -> NumberKind {
        self.kind
    }

    /// The value, for everything but ranges and vague quantities.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::parse_number("1.5 مليون").unwrap().value(), Some(1_500_000.0));
    /// ```
    pub fn value(&self) -> Option<f64> {
        self.value
    }

    /// The value as an integer, when there is one, it is whole and it is
    /// exactly representable (below 2^53 in magnitude).
    ///
    /// ```
    /// use akhbar_numdate::parse_number;
    /// assert_eq!(parse_number("١٤").unwrap().as_i64(), Some(14));
    /// assert_eq!(parse_number("2.5").unwrap().as_i64(), None);
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        let v = self.value?;
        (v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0).then_some(v as i64)
    }

    /// `(min, max)` of a range.
    ///
    /// ```
    /// let v = akhbar_numdate::parse_number("بين 10 و20").unwrap();
    /// assert_eq!(v.range(), Some((10.0, 20.0)));
    /// ```
    pub fn range(&self) -> Option<(f64, f64)> {
        self.range
    }

    /// Whether the quantity is a percentage (also a range of percentages,
    /// `20-30%`, whose kind is [`NumberKind::Range`]).
    ///
    /// ```
    /// assert!(akhbar_numdate::parse_number("20-30%").unwrap().is_percent());
    /// ```
    pub fn is_percent(&self) -> bool {
        self.percent
    }

    /// Whether a word such as نحو, حوالي, قرابة or أكثر من said the number is
    /// approximate. The word itself is not part of a match's span.
    ///
    /// ```
    /// assert!(akhbar_numdate::parse_number("حوالي 300").unwrap().is_approximate());
    /// ```
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }
}

/// A number found in a text.
///
/// ```
/// use akhbar_numdate::{NumberKind, NumberScanner};
///
/// let text = "نزح نحو ٣ آلاف شخص";
/// let m = NumberScanner::new().find_iter(text).next().unwrap();
/// assert_eq!(m.as_str(), "٣ آلاف");
/// assert_eq!(&text[m.span()], "٣ آلاف");
/// assert_eq!(m.as_i64(), Some(3000));
/// assert_eq!(m.kind(), NumberKind::Cardinal);
/// assert!(m.is_approximate());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberMatch<'t> {
    span: Span,
    text: &'t str,
    value: NumberValue,
}

impl<'t> NumberMatch<'t> {
    /// Where the number is in the original text (bytes).
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("قتل 14").next().unwrap();
    /// assert_eq!(m.span().range(), 7..9);
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The number as written in the original text.
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("قتل خمسةُ أشخاص").next().unwrap();
    /// assert_eq!(m.as_str(), "خمسةُ");
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The whole value.
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("بنسبة 20 في المئة").next().unwrap();
    /// assert!(m.number().is_percent());
    /// ```
    pub fn number(&self) -> NumberValue {
        self.value
    }

    /// See [`NumberValue::value`].
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("10 ملايين").next().unwrap();
    /// assert_eq!(m.value(), Some(10_000_000.0));
    /// ```
    pub fn value(&self) -> Option<f64> {
        self.value.value()
    }

    /// See [`NumberValue::as_i64`].
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("8 آلاف").next().unwrap();
    /// assert_eq!(m.as_i64(), Some(8000));
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        self.value.as_i64()
    }

    /// See [`NumberValue::range`].
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("بين 40 - 50 ألف نازح").next().unwrap();
    /// assert_eq!(m.range(), Some((40_000.0, 50_000.0)));
    /// ```
    pub fn range(&self) -> Option<(f64, f64)> {
        self.value.range()
    }

    /// See [`NumberValue::kind`].
    ///
    /// ```
    /// use akhbar_numdate::NumberKind;
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("عشرات المدنيين").next().unwrap();
    /// assert_eq!(m.kind(), NumberKind::Vague);
    /// ```
    pub fn kind(&self) -> NumberKind {
        self.value.kind()
    }

    /// See [`NumberValue::is_approximate`].
    ///
    /// ```
    /// let m = akhbar_numdate::NumberScanner::new().find_iter("قرابة 200").next().unwrap();
    /// assert!(m.is_approximate());
    /// ```
    pub fn is_approximate(&self) -> bool {
        self.value.is_approximate()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for NumberMatch<'_> {
    /// `{"start", "end", "text", "kind", "value" | "min"/"max", "percent"?, "approximate"?}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("start", &self.span.start)?;
        m.serialize_entry("end", &self.span.end)?;
        m.serialize_entry("text", self.text)?;
        match (self.as_i64(), self.value(), self.range()) {
            (Some(i), _, _) => m.serialize_entry("value", &i)?,
            (None, Some(v), _) => m.serialize_entry("value", &v)?,
            (_, _, Some((lo, hi))) => {
                m.serialize_entry("min", &lo)?;
                m.serialize_entry("max", &hi)?;
            }
            _ => m.serialize_entry("value", &Option::<f64>::None)?,
        }
        m.serialize_entry("kind", self.kind().name())?;
        if self.value.is_percent() {
            m.serialize_entry("percent", &true)?;
        }
        if self.is_approximate() {
            m.serialize_entry("approximate", &true)?;
        }
        m.end()
    }
}

/// Options of a [`NumberScanner`].
///
/// `const` setters, so a configured scanner can live in a `static`.
///
/// ```
/// use akhbar_numdate::{NumberConfig, NumberScanner};
///
/// static CARDINALS: NumberScanner =
///     NumberScanner::with_config(NumberConfig::new().ordinals(false).vague(false));
/// let found: Vec<_> = CARDINALS.find_iter("في اليوم الثاني قتل عشرات بينهم خمسة").collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].as_i64(), Some(5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberConfig {
    ordinals: bool,
    vague: bool,
    skip_dates: bool,
}

impl NumberConfig {
    /// The default: ordinals and vague quantities reported, digits that are
    /// part of a date or a time skipped.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::NumberConfig::new(), Default::default());
    /// ```
    pub const fn new() -> NumberConfig {
        NumberConfig {
            ordinals: true,
            vague: true,
            skip_dates: true,
        }
    }

    /// Whether to report ordinals (الأول, الخامس عشر) as
    /// [`NumberKind::Ordinal`].
    ///
    /// ```
    /// use akhbar_numdate::{NumberConfig, NumberScanner};
    /// let s = NumberScanner::with_config(NumberConfig::new().ordinals(false));
    /// assert_eq!(s.find_iter("للمرة الثانية").count(), 0);
    /// ```
    pub const fn ordinals(self, yes: bool) -> NumberConfig {
        NumberConfig {
            ordinals: yes,
            ..self
        }
    }

    /// Whether to report vague quantities (عشرات, آلاف) as
    /// [`NumberKind::Vague`] without a value.
    ///
    /// ```
    /// use akhbar_numdate::{NumberConfig, NumberScanner};
    /// let s = NumberScanner::with_config(NumberConfig::new().vague(false));
    /// assert_eq!(s.find_iter("مئات المدنيين").count(), 0);
    /// ```
    pub const fn vague(self, yes: bool) -> NumberConfig {
        NumberConfig { vague: yes, ..self }
    }

    /// Whether to skip numbers that a date expression covers (the year in
    /// عام 2019, the day in 15 آذار, times such as 01:43). On by default;
    /// times and numeric dates (25/09/2025) are never numbers.
    ///
    /// ```
    /// use akhbar_numdate::{NumberConfig, NumberScanner};
    /// let text = "في 15 آذار 2019";
    /// assert_eq!(NumberScanner::new().find_iter(text).count(), 0);
    /// let all = NumberScanner::with_config(NumberConfig::new().skip_dates(false));
    /// assert_eq!(all.find_iter(text).count(), 2);
    /// ```
    pub const fn skip_dates(self, yes: bool) -> NumberConfig {
        NumberConfig {
            skip_dates: yes,
            ..self
        }
    }
}

impl Default for NumberConfig {
    fn default() -> NumberConfig {
        NumberConfig::new()
    }
}

/// Finds numbers in Arabic news text.
///
/// The scanner folds the text with the `search` profile of
/// [`akhbar_normalize`], jumps from candidate to candidate (digits and
/// number words, found a word at a time) and parses the
/// expression there: digits of any script with separators and decimals,
/// number words in both genders and cases joined by و, scale words after
/// digits (8 آلاف), ranges, percentages, and the approximation words before
/// them. Spans refer to the original text. A `NumberScanner` is a small
/// `Copy` value; the lexicon behind it is built once per process.
///
/// Throughput on generated news text is in the crate docs.
///
/// ```
/// use akhbar_numdate::NumberScanner;
///
/// let text = "قُتل ١٤ عنصراً وأصيب ثلاثة وعشرون آخرون، ونزح 1,500 شخص.";
/// let values: Vec<i64> = NumberScanner::new()
///     .find_iter(text)
///     .filter_map(|m| m.as_i64())
///     .collect();
/// assert_eq!(values, [14, 23, 1500]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumberScanner {
    config: NumberConfig,
}

impl NumberScanner {
    /// A scanner with the default [`NumberConfig`].
    ///
    /// ```
    /// let s = akhbar_numdate::NumberScanner::new();
    /// assert_eq!(s.find_iter("مليونان").next().unwrap().as_i64(), Some(2_000_000));
    /// ```
    pub const fn new() -> NumberScanner {
        NumberScanner {
            config: NumberConfig::new(),
        }
    }

    /// A scanner with the given options.
    ///
    /// ```
    /// use akhbar_numdate::{NumberConfig, NumberScanner};
    /// let s = NumberScanner::with_config(NumberConfig::new().vague(false));
    /// assert!(!s.config().is_vague());
    /// ```
    pub const fn with_config(config: NumberConfig) -> NumberScanner {
        NumberScanner { config }
    }

    /// The options of this scanner.
    ///
    /// ```
    /// assert!(akhbar_numdate::NumberScanner::new().config().is_vague());
    /// ```
    pub const fn config(&self) -> NumberConfig {
        self.config
    }

    /// Every number in `text`, in order, not overlapping. The text is
    /// normalized first; to share one normalization between scanners use
    /// [`find_iter_normalized`](NumberScanner::find_iter_normalized).
    ///
    /// ```
    /// let text = "ارتفعت الأسعار بنسبة ٣٠٠٪";
    /// let m = akhbar_numdate::NumberScanner::new().find_iter(text).next().unwrap();
    /// assert_eq!((m.as_str(), m.value()), ("٣٠٠٪", Some(300.0)));
    /// ```
    pub fn find_iter<'t>(&self, text: &'t str) -> NumberMatches<'t> {
        let normalized = akhbar_normalize::SEARCH.normalize_with_map(text);
        NumberMatches {
            original: text,
            source: Source::Owned(normalized),
            pos: 0,
            config: self.config,
            memo: Box::default(),
        }
    }

    /// Every number of `original`, given its `search` normalization (from
    /// `Normalizer::search().normalize_with_map(original)`).
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// use akhbar_numdate::NumberScanner;
    ///
    /// let original = "وصل عدد النازحين إلى ١٠ ملايين";
    /// let normalized = Normalizer::search().normalize_with_map(original);
    /// let m = NumberScanner::new().find_iter_normalized(original, &normalized).next().unwrap();
    /// assert_eq!((m.as_str(), m.as_i64()), ("١٠ ملايين", Some(10_000_000)));
    /// ```
    pub fn find_iter_normalized<'a>(
        &self,
        original: &'a str,
        normalized: &'a Normalized<'_>,
    ) -> NumberMatches<'a> {
        NumberMatches {
            original,
            source: Source::Borrowed(normalized),
            pos: 0,
            config: self.config,
            memo: Box::default(),
        }
    }
}

impl NumberConfig {
    /// Whether ordinals are reported.
    ///
    /// ```
    /// assert!(akhbar_numdate::NumberConfig::new().is_ordinals());
    /// ```
    pub const fn is_ordinals(&self) -> bool {
        self.ordinals
    }

    /// Whether vague quantities are reported.
    ///
    /// ```
    /// assert!(akhbar_numdate::NumberConfig::new().is_vague());
    /// ```
    pub const fn is_vague(&self) -> bool {
        self.vague
    }

    /// Whether numbers inside dates are skipped.
    ///
    /// ```
    /// assert!(akhbar_numdate::NumberConfig::new().is_skip_dates());
    /// ```
    pub const fn is_skip_dates(&self) -> bool {
        self.skip_dates
    }
}

pub(crate) enum Source<'a> {
    Owned(Normalized<'a>),
    Borrowed(&'a Normalized<'a>),
}

impl<'a> Source<'a> {
    pub(crate) fn get(&self) -> &Normalized<'a> {
        match self {
            Source::Owned(n) => n,
            Source::Borrowed(n) => n,
        }
    }
}

/// The iterator of [`NumberScanner::find_iter`] and
/// [`NumberScanner::find_iter_normalized`]: numbers in text order.
///
/// ```
/// let mut it = akhbar_numdate::NumberScanner::new().find_iter("خمسة وسبعة");
/// assert_eq!(it.next().unwrap().as_i64(), Some(5));
/// assert_eq!(it.next().unwrap().as_i64(), Some(7));
/// assert!(it.next().is_none());
/// ```
pub struct NumberMatches<'t> {
    original: &'t str,
    source: Source<'t>,
    pos: usize,
    config: NumberConfig,
    memo: Box<Memo>,
}

impl fmt::Debug for NumberMatches<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NumberMatches")
            .field("pos", &self.pos)
            .field("config", &self.config)
            .finish()
    }
}

impl<'t> Iterator for NumberMatches<'t> {
    type Item = NumberMatch<'t>;

    fn next(&mut self) -> Option<NumberMatch<'t>> {
        let original = self.original;
        let cx = Cx::new(original, self.source.get(), &mut self.memo);
        let (found, next) = next_number(&cx, &mut Finder::Search, self.pos, self.config)?;
        self.pos = next;
        Some(to_match(original, &cx, found))
    }
}

impl core::iter::FusedIterator for NumberMatches<'_> {}

fn to_match<'a>(original: &'a str, cx: &Cx<'_>, found: Found) -> NumberMatch<'a> {
    let span = cx.original_span(found.start, found.end);
    NumberMatch {
        span,
        text: original.get(span.range()).unwrap_or(""),
        value: found.value,
    }
}

/// Every number of the text of `cx`, whose original is `original`, from
/// the candidates of `finder`.
pub(crate) fn collect<'a>(
    original: &'a str,
    cx: &Cx<'_>,
    finder: &mut Finder<'_>,
    config: NumberConfig,
) -> Vec<NumberMatch<'a>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((found, next)) = next_number(cx, finder, pos, config) {
        out.push(to_match(original, cx, found));
        pos = next;
    }
    out
}

/// A number found in the normalized text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: NumberValue,
}

/// What the parser made of a candidate.
enum Outcome {
    Number(Found),
    /// Not a number; go on from here.
    Skip(usize),
}

/// The next number at or after `pos`, and where to go on from.
pub(crate) fn next_number(
    cx: &Cx<'_>,
    finder: &mut Finder<'_>,
    mut pos: usize,
    config: NumberConfig,
) -> Option<(Found, usize)> {
    let text = cx.text;
    while pos < text.len() {
        let start = finder.next(text, pos, Triggers::Numbers)?;
        match number_at(cx, start, config, true, pos) {
            Outcome::Number(found) => {
                let next = found.end.max(start + 1);
                if config.skip_dates
                    && found.value.kind != NumberKind::Vague
                    && date_adjacent(cx, found.start, found.end)
                    && crate::date::covers(cx, found.start, found.end)
                {
                    pos = ceil_char(text, next);
                    continue;
                }
                let wanted = match found.value.kind {
                    NumberKind::Ordinal => config.ordinals,
                    NumberKind::Vague => config.vague,
                    _ => true,
                };
                if wanted && found.start >= pos.min(found.start) {
                    return Some((found, ceil_char(text, next)));
                }
                pos = ceil_char(text, next);
            }
            Outcome::Skip(end) => pos = ceil_char(text, end.max(start + 1)),
        }
    }
    None
}

/// Whether the word or sign right before or right after `start..end` can
/// be part of a date expression: only then is the date grammar asked
/// whether a date covers the number (most numbers stand between plain
/// words).
fn date_adjacent(cx: &Cx<'_>, start: usize, end: usize) -> bool {
    let relevant = |t: &Tok| match t.kind {
        Kind::Punct(c) => !matches!(c, ',' | '.' | ';' | '"' | '!' | '?'),
        Kind::Word { lexes, .. } => {
            lexes.iter().any(|l| {
                !matches!(
                    l,
                    Lex::Unit(_)
                        | Lex::OnePart
                        | Lex::TwoPart
                        | Lex::Ten
                        | Lex::Tens(_)
                        | Lex::Hundreds(_)
                        | Lex::Scale(..)
                        | Lex::Vague
                        | Lex::Half
                        | Lex::PercentWord
                )
            }) || cx.word_in(t.start, t.end, &LEXICON.year_context)
        }
        Kind::Digits | Kind::Break | Kind::End => false,
    };
    let next = cx.tok(end);
    if relevant(&next) || next.is_word() && next.start == end {
        return true;
    }
    let first = cx.tok(start);
    if first.is_word() || first.is_punct('%') || first.is_punct('-') {
        // Ordinals (الخامس من حزيران), بين 2014 و2017, %20: let the grammar
        // look.
        return true;
    }
    match crate::date::prev_token_start(cx, start) {
        Some(p) => {
            let t = cx.tok(p);
            if t.is_punct(',') {
                // 12 يناير، 2020: a year after a comma, and a month before.
                return crate::date::prev_token_start(cx, p).is_some_and(|q| relevant(&cx.tok(q)));
            }
            relevant(&t) || t.is_word() && t.end == start
        }
        None => false,
    }
}

pub(crate) fn ceil_char(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Parses the number expression whose first token starts at `start`.
/// `scanning` turns on the context checks that only make sense inside a
/// text (a word before or after); [`parse_number`] turns them off.
/// Nothing before `floor` (the end of the previous match) is taken in.
fn number_at(
    cx: &Cx<'_>,
    start: usize,
    config: NumberConfig,
    scanning: bool,
    floor: usize,
) -> Outcome {
    let t = cx.tok(start);
    match t.kind {
        Kind::Digits => digits_expr(cx, t, scanning, floor),
        Kind::Word { lexes, .. } if !lexes.is_empty() => word_expr(cx, t, config, scanning, floor),
        _ => Outcome::Skip(t.end.max(start + 1)),
    }
}

/// A number starting with digits.
fn digits_expr(cx: &Cx<'_>, t: Tok, scanning: bool, floor: usize) -> Outcome {
    let b = cx.text.as_bytes();
    // Identifiers: a Latin letter glued before (T4, F16) or after (3rd),
    // or a letter and a hyphen before (S-400, كوفيد-19).
    let before = cx.char_before(t.start);
    if before.is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '#' || c == '+') {
        return Outcome::Skip(skip_run(cx, t.start));
    }
    if matches!(before, Some('-' | '/' | ':' | '.')) {
        if let Some(c) = t.start.checked_sub(1).and_then(|i| cx.char_before(i)) {
            if crate::text::is_letter(c) || c.is_ascii_digit() {
                return Outcome::Skip(skip_run(cx, t.start));
            }
        }
    }
    // Times (01:43) and numeric dates (25/09/2025, 2025-09-25) are never
    // quantities.
    let after = |i: usize| cx.byte(i);
    if matches!(after(t.end), Some(b':' | b'/'))
        && after(t.end + 1).is_some_and(|c| c.is_ascii_digit())
    {
        return Outcome::Skip(skip_run(cx, t.start));
    }
    if after(t.end) == Some(b'-')
        && after(t.end + 1).is_some_and(|c| c.is_ascii_digit())
        && numeric_date_shape(b, t.start)
    {
        return Outcome::Skip(skip_run(cx, t.start));
    }
    let Some(card) = cardinal(cx, t, usize::MAX) else {
        return Outcome::Skip(skip_run(cx, t.start));
    };
    if card.leading_zero || card.end < t.end {
        return Outcome::Skip(skip_run(cx, t.start));
    }
    if cx
        .char_at(card.end)
        .is_some_and(|c| c.is_ascii_alphabetic())
    {
        return Outcome::Skip(skip_run(cx, t.start));
    }
    // القرار 2254، المادة 140: a label, not a quantity (but القرار 2254
    // ألف is none of these).
    if scanning && card.scale == 1.0 {
        if let Some((s, e)) = cx.prev_word(t.start) {
            if e < t.start && cx.word_in(s, e, &LEXICON.designators) {
                return Outcome::Skip(skip_run(cx, t.start));
            }
        }
    }
    let mut start = t.start;
    let mut value = card.value;
    // A sign glued to the digits (-5), after a space or the start.
    if let Some(sign @ ('-' | '−')) = cx.char_before(t.start) {
        let sign_at = t.start - sign.len_utf8();
        let before = cx.char_before(sign_at);
        let prev = cx.prev_char(sign_at).map(|(_, c)| c);
        if sign_at >= floor
            && matches!(before, None | Some(' ' | '\n' | '(' | '"' | ':'))
            && !prev.is_some_and(|c| c.is_ascii_digit() || c == '%')
        {
            start = sign_at;
            value = -value;
        }
    }
    let mut found = Found {
        start,
        end: card.end,
        value: NumberValue::single(NumberKind::Cardinal, value),
    };
    // A range: 40 - 50 ألف, 20-30%.
    if let Some(r) = dash_range(cx, &card, value) {
        found = r;
        found.start = start;
    }
    finish(cx, found, scanning, floor)
}

/// Whether the digits at `i` look like d-m-y or y-m-d.
fn numeric_date_shape(b: &[u8], i: usize) -> bool {
    let mut parts = 0;
    let mut j = i;
    loop {
        let s = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == s || j - s > 4 {
            return false;
        }
        parts += 1;
        if parts == 3 {
            return true;
        }
        if j < b.len() && b[j] == b'-' && j + 1 < b.len() && b[j + 1].is_ascii_digit() {
            j += 1;
        } else {
            return false;
        }
    }
}

/// The end of a run of digits and the separators between them (a phone
/// number, an identifier, a time): everything to skip.
fn skip_run(cx: &Cx<'_>, start: usize) -> usize {
    let b = cx.text.as_bytes();
    let mut i = start;
    loop {
        while i < b.len() && (b[i].is_ascii_digit() || b[i].is_ascii_alphabetic()) {
            i += 1;
        }
        if i + 1 < b.len()
            && matches!(b[i], b':' | b'/' | b'-' | b'.' | b',')
            && b[i + 1].is_ascii_digit()
        {
            i += 1;
            continue;
        }
        // Phone numbers in groups: 0933 123 456.
        if i + 1 < b.len() && b[i] == b' ' && b[i + 1].is_ascii_digit() && b[start] == b'0' {
            i += 1;
            continue;
        }
        return i.max(start + 1);
    }
}

/// `Q1 - Q2` after the cardinal `c1` (whose value is `v1`, sign applied).
fn dash_range(cx: &Cx<'_>, c1: &Card, v1: f64) -> Option<Found> {
    let dash = cx.tok(c1.end);
    if !matches!(dash.kind, Kind::Punct('-' | '–' | '—')) {
        return None;
    }
    let t2 = cx.tok(dash.end);
    if !t2.is_digits() {
        return None;
    }
    let c2 = cardinal(cx, t2, usize::MAX)?;
    if c2.leading_zero || cx.char_at(c2.end).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut lo = v1;
    if c1.scale == 1.0 && c2.scale > 1.0 {
        lo *= c2.scale;
    }
    let hi = c2.value;
    (lo < hi).then_some(Found {
        start: c1.start,
        end: c2.end,
        value: NumberValue {
            kind: NumberKind::Range,
            value: None,
            range: Some((lo, hi)),
            percent: false,
            approximate: false,
        },
    })
}

/// Percent sign or words after the number, % before it, approximation
/// words before it.
fn finish(cx: &Cx<'_>, mut found: Found, scanning: bool, floor: usize) -> Outcome {
    if let Some(end) = percent_after(cx, found.end) {
        found.end = end;
        make_percent(&mut found.value);
    } else if let (Some((at, '%')), Some(b'0'..=b'9')) =
        (cx.prev_char(found.start), cx.byte(found.start))
    {
        // %20, as written in right-to-left text.
        let before = cx.prev_char(at).map(|(_, c)| c);
        if at >= floor && !before.is_some_and(|c| c.is_ascii_digit()) {
            found.start = at;
            make_percent(&mut found.value);
        }
    }
    if scanning && is_approximated(cx, found.start) {
        found.value.approximate = true;
    }
    Outcome::Number(found)
}

fn make_percent(v: &mut NumberValue) {
    v.percent = true;
    if v.kind == NumberKind::Cardinal {
        v.kind = NumberKind::Percent;
    }
}

/// The end of % / في المئة / بالمئة right after `end`.
fn percent_after(cx: &Cx<'_>, end: usize) -> Option<usize> {
    let t = cx.tok(end);
    if t.is_punct('%') && t.start <= end + 1 {
        return Some(t.end);
    }
    if t.is(Lex::In) && !t.has_prefix() {
        let t2 = cx.tok(t.end);
        if t2.is(Lex::PercentWord) && !t2.has_prefix() {
            return Some(t2.end);
        }
    }
    if t.is(Lex::PercentWord) && cx.text[t.start..].starts_with("ب") {
        return Some(t.end);
    }
    None
}

/// Whether an approximation word stands right before `start`.
fn is_approximated(cx: &Cx<'_>, start: usize) -> bool {
    let lex = &*LEXICON;
    let Some((s1, e1)) = cx.prev_word(start) else {
        return false;
    };
    if cx.word_in(s1, e1, &lex.approx_one) {
        return true;
    }
    let Some((s2, e2)) = cx.prev_word(s1) else {
        return false;
    };
    let (w1, w2) = (&cx.text[s2..e2], &cx.text[s1..e1]);
    lex.approx_two.iter().any(|(a, b)| {
        b == w2 && (a == w1 || crate::text::strip_conjunction(w1) == Some(a.as_str()))
    })
}

/// A number starting with a word.
fn word_expr(cx: &Cx<'_>, t: Tok, _config: NumberConfig, scanning: bool, floor: usize) -> Outcome {
    let skip = Outcome::Skip(t.end);
    // بين X و Y.
    if t.is(Lex::Between) {
        return match between(cx, t) {
            Some(found) => finish(cx, found, scanning, floor),
            None => skip,
        };
    }
    // Ordinals.
    if let Some(found) = ordinal(cx, t, scanning) {
        return Outcome::Number(found);
    }
    if t.find(|l| {
        matches!(l, Lex::Ordinal(_) | Lex::OrdinalOne | Lex::OrdinalTens(_)).then_some(())
    })
    .is_some()
        && !t
            .lexes()
            .iter()
            .any(|l| matches!(l, Lex::Unit(_) | Lex::Tens(_)))
    {
        return skip;
    }
    // Vague quantities.
    let plural_scale = t.is(Lex::Scale(3, Form::Plural))
        || t.is(Lex::Scale(6, Form::Plural))
        || t.is(Lex::Scale(9, Form::Plural))
        || t.is(Lex::Scale(12, Form::Plural));
    if (t.is(Lex::Vague) || plural_scale) && !t.article() {
        let mut end = t.end;
        let next = cx.tok(end);
        if next.is(Lex::Vague) && !next.has_prefix() && next.start <= end + 1 {
            end = next.end;
        }
        return Outcome::Number(Found {
            start: t.stem(),
            end,
            value: NumberValue {
                kind: NumberKind::Vague,
                value: None,
                range: None,
                percent: false,
                approximate: false,
            },
        });
    }
    // The article is only taken off units and ten: الثلاثة, العشرة.
    if t.article()
        && !t
            .lexes()
            .iter()
            .any(|l| matches!(l, Lex::Unit(2..=9) | Lex::Ten))
    {
        return skip;
    }
    // نصف مليون, ربع مليون.
    if t.is(Lex::Half) || t.is(Lex::Quarter) {
        let Some(n) = bare_next(cx, t.end, usize::MAX) else {
            return skip;
        };
        let Some((p, Form::Singular)) = scale_of(&n) else {
            return skip;
        };
        let f = if t.is(Lex::Half) { 0.5 } else { 0.25 };
        let found = Found {
            start: t.stem(),
            end: n.end,
            value: NumberValue::single(NumberKind::Cardinal, f * 10f64.powi(i32::from(p))),
        };
        return finish(cx, found, scanning, floor);
    }
    let Some(card) = cardinal(cx, t, usize::MAX) else {
        return skip;
    };
    if let Some(found) = dash_range(cx, &card, card.value).filter(|_| !card.words) {
        return finish(cx, found, scanning, floor);
    }
    finish(
        cx,
        Found {
            start: card.start,
            end: card.end,
            value: NumberValue::single(NumberKind::Cardinal, card.value),
        },
        scanning,
        floor,
    )
}

/// بين X و Y, the range's span starting at بين.
fn between(cx: &Cx<'_>, t: Tok) -> Option<Found> {
    let t1 = cx.tok(t.end);
    if !(t1.is_digits() || is_number_atom(&t1)) || t1.has_prefix() {
        return None;
    }
    let full = cardinal(cx, t1, usize::MAX)?;
    // X and Y: either a second number after the first, or the first
    // swallowed both as a compound (بين ثلاثة وعشرين): split it at its last
    // top-level و.
    let (c1, c2) = if let Some((atom, _)) = and_next(cx, full.end, usize::MAX) {
        (full, cardinal(cx, atom, usize::MAX)?)
    } else {
        let j = last_join(cx, full.start, full.end)?;
        let c1 = cardinal(cx, t1, j)?;
        let (atom, _) = and_next(cx, j, usize::MAX)?;
        (c1, cardinal(cx, atom, usize::MAX)?)
    };
    let mut lo = c1.value;
    if c1.scale == 1.0 && c2.scale > 1.0 {
        lo *= c2.scale;
    }
    let hi = c2.value;
    (lo < hi).then_some(Found {
        start: t.stem(),
        end: c2.end,
        value: NumberValue {
            kind: NumberKind::Range,
            value: None,
            range: Some((lo, hi)),
            percent: false,
            approximate: false,
        },
    })
}

/// Where the last و inside `start..end` is (glued to a word or apart).
fn last_join(cx: &Cx<'_>, start: usize, end: usize) -> Option<usize> {
    let mut at = None;
    let mut i = start;
    while i < end {
        let t = cx.tok(i);
        if t.start >= end || matches!(t.kind, Kind::End) {
            break;
        }
        if t.start > start
            && t.is_word()
            && cx.text[t.start..].starts_with("و")
            && (t.stem() == t.start + 2 || t.is(Lex::And))
        {
            at = Some(t.start);
        }
        i = t.end;
    }
    at
}

/// An ordinal: الأول, الخامس عشر, الحادي والعشرون, العشرين.
fn ordinal(cx: &Cx<'_>, t: Tok, scanning: bool) -> Option<Found> {
    if t.article()
        || t.has_prefix()
            && !matches!(
                cx.text.get(t.start..t.stem()),
                Some("و" | "ف" | "ب" | "ل" | "وب" | "ول" | "فب" | "فل")
            )
    {
        return None;
    }
    let first = t.find(|l| match l {
        Lex::Ordinal(n) => Some(n),
        Lex::OrdinalOne => Some(1),
        Lex::OrdinalTens(n) => Some(n),
        _ => None,
    })?;
    let is_one = t.is(Lex::OrdinalOne);
    let is_tens = t
        .find(|l| matches!(l, Lex::OrdinalTens(_)).then_some(()))
        .is_some();
    if scanning {
        // كانون الثاني, تشرين الأول, ربيع الأول: a month name.
        if let Some((s, _)) = cx.prev_word(t.start) {
            let p = cx.tok(s);
            if p.find(|l| matches!(l, Lex::MonthPrefix(_)).then_some(()))
                .is_some()
            {
                return None;
            }
        }
    }
    let mut value = u32::from(first);
    let mut end = t.end;
    if !is_tens {
        let next = cx.tok(end);
        if next.is(Lex::Ten) && !next.has_prefix() && first < 10 {
            value += 10;
            end = next.end;
        } else {
            // والعشرون, glued.
            let n = cx.tok(end);
            if n.stem() == n.start + 2 && cx.text[n.start..].starts_with("و") && first < 10 {
                if let Some(tens) = n.find(|l| match l {
                    Lex::OrdinalTens(n) => Some(n),
                    _ => None,
                }) {
                    value += u32::from(tens);
                    end = n.end;
                }
            }
        }
    }
    if is_one && value == 1 {
        return None;
    }
    Some(Found {
        start: t.stem(),
        end,
        value: NumberValue::single(NumberKind::Ordinal, f64::from(value)),
    })
}

/// A cardinal: digits or words, with scales, joined by و.
#[derive(Clone, Debug)]
struct Card {
    start: usize,
    end: usize,
    value: f64,
    /// The factor of the last scale word, 1 without one.
    scale: f64,
    /// Whether any word (not only digits) is part of it.
    words: bool,
    /// Whether it is digits with a leading zero (0933…): not a quantity.
    leading_zero: bool,
}

/// A group below a thousand (or a digit number of any size).
struct Group {
    value: f64,
    end: usize,
    words: bool,
    /// For words: the plain count (3 to 10 may take a plural scale).
    count: u32,
    leading_zero: bool,
}

fn is_number_atom(t: &Tok) -> bool {
    t.lexes().iter().any(|l| {
        matches!(
            l,
            Lex::Unit(_)
                | Lex::OnePart
                | Lex::TwoPart
                | Lex::Ten
                | Lex::Tens(_)
                | Lex::Hundreds(_)
                | Lex::Scale(_, Form::Singular | Form::Dual)
        )
    })
}

/// After `pos`: و then a number atom (glued وعشرون or apart و 200).
/// Returns the atom's token and where the و is.
fn and_next(cx: &Cx<'_>, pos: usize, limit: usize) -> Option<(Tok, usize)> {
    let t = cx.tok(pos);
    if t.start >= limit || !t.is_word() {
        return None;
    }
    if t.stem() == t.start + 2 && cx.text[t.start..].starts_with("و") {
        return (is_number_atom(&t) || t.is(Lex::Half)).then_some((t, t.start));
    }
    if t.is(Lex::And) && t.end - t.start == 2 {
        let a = cx.tok(t.end);
        if a.start < limit && (a.is_digits() || is_number_atom(&a) && !a.has_prefix()) {
            return Some((a, t.start));
        }
    }
    None
}

/// The token after `pos` if it is a word without proclitics, before
/// `limit`.
fn bare_next(cx: &Cx<'_>, pos: usize, limit: usize) -> Option<Tok> {
    let t = cx.tok(pos);
    (t.start < limit && t.is_word() && !t.has_prefix() && !t.article()).then_some(t)
}

fn scale_of(t: &Tok) -> Option<(u8, Form)> {
    t.find(|l| match l {
        Lex::Scale(p, f) => Some((p, f)),
        _ => None,
    })
}

/// A number below 100 starting at token `t` (which may carry a glued و).
fn small(cx: &Cx<'_>, t: Tok, limit: usize) -> Option<Group> {
    if t.is_digits() {
        let d = digits(cx, t.start)?;
        return Some(Group {
            value: d.value,
            end: d.end,
            words: false,
            count: 0,
            leading_zero: d.leading_zero,
        });
    }
    let word = |value: u32, end: usize| Group {
        value: f64::from(value),
        end,
        words: true,
        count: value,
        leading_zero: false,
    };
    if let Some(u) = t.find(|l| match l {
        Lex::Unit(u) => Some(u),
        _ => None,
    }) {
        let u = u32::from(u);
        if let Some(n) = bare_next(cx, t.end, limit) {
            if n.is(Lex::Ten) && (2..=9).contains(&u) {
                return Some(word(u + 10, n.end));
            }
        }
        if let Some((a, _)) = and_next(cx, t.end, limit) {
            if let Some(tens) = a.find(|l| match l {
                Lex::Tens(n) => Some(n),
                _ => None,
            }) {
                return Some(word(u + u32::from(tens), a.end));
            }
        }
        return Some(word(u, t.end));
    }
    if t.is(Lex::OnePart) || t.is(Lex::TwoPart) {
        let n = bare_next(cx, t.end, limit)?;
        if !n.is(Lex::Ten) {
            return None;
        }
        let v = if t.is(Lex::OnePart) { 11 } else { 12 };
        // أحد عشر وعشرون does not exist; a teen stands alone.
        return Some(word(v, n.end));
    }
    if t.is(Lex::Ten) {
        return Some(word(10, t.end));
    }
    t.find(|l| match l {
        Lex::Tens(n) => Some(n),
        _ => None,
    })
    .map(|n| word(u32::from(n), t.end))
}

/// A group below a thousand starting at `t`: hundreds and what follows
/// them, or a number below 100, or digits.
fn group(cx: &Cx<'_>, t: Tok, limit: usize) -> Option<Group> {
    let mut hundreds = t.find(|l| match l {
        Lex::Hundreds(h) => Some(u32::from(h)),
        _ => None,
    });
    let mut end = t.end;
    if hundreds.is_none() {
        // ثلاث مئة, written apart.
        if let Some(u) = t.find(|l| match l {
            Lex::Unit(u) => Some(u32::from(u)),
            _ => None,
        }) {
            if let Some(n) = bare_next(cx, t.end, limit) {
                if n.is(Lex::Hundreds(100)) && (3..=9).contains(&u) {
                    hundreds = Some(u * 100);
                    end = n.end;
                }
            }
        }
    }
    let Some(h) = hundreds else {
        return small(cx, t, limit);
    };
    let mut value = h;
    if let Some((a, _)) = and_next(cx, end, limit) {
        if !a
            .lexes()
            .iter()
            .any(|l| matches!(l, Lex::Hundreds(_) | Lex::Scale(..)))
        {
            if let Some(g) =
                small(cx, a, limit).filter(|g| g.value < 100.0 && g.value.fract() == 0.0)
            {
                value += g.value as u32;
                end = g.end;
            }
        }
    }
    Some(Group {
        value: f64::from(value),
        end,
        words: true,
        count: value,
        leading_zero: false,
    })
}

/// A cardinal starting at `t`, reading no token at or after `limit`.
fn cardinal(cx: &Cx<'_>, t: Tok, limit: usize) -> Option<Card> {
    let start = t.stem();
    let mut total = 0.0f64;
    let mut last_scale = f64::INFINITY;
    let mut end = t.start;
    let mut words = false;
    let mut leading_zero = false;
    let mut scale_used = 1.0;
    let mut cur = t;
    let mut first = true;
    loop {
        let scale_here = scale_of(&cur);
        let (part, part_end, mult) =
            if let Some((p, form)) = scale_here.filter(|_| !cur.is_digits()) {
                let mult = 10f64.powi(i32::from(p));
                match form {
                    Form::Singular => (mult, cur.end, mult),
                    Form::Dual => (2.0 * mult, cur.end, mult),
                    Form::Plural => break,
                }
            } else {
                let g = group(cx, cur, limit)?;
                words |= g.words;
                if first {
                    leading_zero = g.leading_zero;
                }
                let mut part = (g.value, g.end, 1.0);
                if let Some(n) = bare_next(cx, g.end, limit) {
                    if let Some((p, form)) = scale_of(&n) {
                        let mult = 10f64.powi(i32::from(p));
                        let ok = match form {
                            Form::Singular => g.value >= 1.0,
                            Form::Plural => !g.words || (3..=10).contains(&g.count),
                            Form::Dual => false,
                        };
                        if ok {
                            words = true;
                            part = (g.value * mult, n.end, mult);
                        }
                    }
                }
                part
            };
        if !first && mult >= last_scale {
            break;
        }
        total += part;
        end = part_end;
        last_scale = mult;
        scale_used = mult;
        first = false;
        // 1.5 مليون: a fraction with a scale ends the number.
        if mult == 1.0 || part.fract() != 0.0 || (part / mult).fract() != 0.0 {
            break;
        }
        let Some((atom, j)) = and_next(cx, end, limit) else {
            break;
        };
        if atom.is(Lex::Half) {
            total += mult / 2.0;
            end = atom.end;
            break;
        }
        if !(atom.is_digits() || is_number_atom(&atom)) {
            break;
        }
        // The next part must be smaller than this scale.
        if let Some((p, _)) = scale_of(&atom) {
            if 10f64.powi(i32::from(p)) >= mult {
                break;
            }
        }
        let _ = j;
        cur = atom;
    }
    if first {
        return None;
    }
    Some(Card {
        start,
        end,
        value: total,
        scale: scale_used,
        words,
        leading_zero,
    })
}

/// A digit number: `1,500,000`, `1.500.000`, `2.5`, `14`.
pub(crate) struct Digits {
    pub(crate) value: f64,
    pub(crate) end: usize,
    pub(crate) leading_zero: bool,
}

pub(crate) fn digits(cx: &Cx<'_>, start: usize) -> Option<Digits> {
    let b = cx.text.as_bytes();
    let run = |i: usize| {
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let a_end = run(start);
    let a_len = a_end - start;
    if a_len == 0 || a_len > 15 {
        return None;
    }
    // The integer part, at most 15 digits (more is no number): exact in a
    // u64, and in an f64.
    let mut int = IntDigits::default();
    int.push(&b[start..a_end]);
    let mut end = a_end;
    let mut frac: Option<&[u8]> = None;
    let group_of_three = |i: usize| -> bool { run(i) == i + 3 };
    if b.get(end) == Some(&b',')
        && a_len <= 3
        && group_of_three(end + 1)
        && !cx.was_arabic_comma(end)
    {
        while b.get(end) == Some(&b',') && group_of_three(end + 1) && !cx.was_arabic_comma(end) {
            int.push(&b[end + 1..end + 4]);
            end += 4;
        }
        if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            let f_end = run(end + 1);
            frac = Some(&b[end + 1..f_end]);
            end = f_end;
        }
    } else if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let b_end = run(end + 1);
        let two_dot_groups = b_end == end + 4
            && a_len <= 3
            && b.get(b_end) == Some(&b'.')
            && group_of_three(b_end + 1);
        if two_dot_groups {
            while b.get(end) == Some(&b'.') && group_of_three(end + 1) {
                int.push(&b[end + 1..end + 4]);
                end += 4;
            }
        } else {
            frac = Some(&b[end + 1..b_end]);
            end = b_end;
        }
    } else if b.get(end) == Some(&b',') && !cx.was_arabic_comma(end) {
        // 3,5 مليون، 2,75%: a decimal comma (Maghrebi and European usage)
        // before one or two digits; three are a thousands group (above),
        // and 1,5,9 is a list.
        let b_end = run(end + 1);
        let list = (matches!(b.get(b_end), Some(b',' | b'.'))
            && b.get(b_end + 1).is_some_and(u8::is_ascii_digit))
            || (start >= 2 && b[start - 1] == b',' && b[start - 2].is_ascii_digit());
        if (1..=2).contains(&(b_end - end - 1)) && !list {
            frac = Some(&b[end + 1..b_end]);
            end = b_end;
        }
    }
    // 1.2.3, 192.168.1.1: a version or an address, not a number.
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if int.len > 15 {
        return None;
    }
    let leading_zero = a_len >= 2 && b[start] == b'0' && frac.is_none();
    let value = match frac {
        None => int.value as f64,
        Some(f) if f.len() > 12 => return None,
        // A decimal: parsed as written, for the closest f64.
        Some(f) => {
            let mut buf = [0u8; 32];
            let n = int.len;
            buf[..n].copy_from_slice(&int.text[..n]);
            buf[n] = b'.';
            buf[n + 1..n + 1 + f.len()].copy_from_slice(f);
            std::str::from_utf8(&buf[..n + 1 + f.len()])
                .ok()?
                .parse()
                .ok()?
        }
    };
    Some(Digits {
        value,
        end,
        leading_zero,
    })
}

/// The integer part of a digit number, read group by group without its
/// separators: its digits, value and length (meaningful up to 15 digits;
/// more is no number).
#[derive(Default)]
struct IntDigits {
    text: [u8; 16],
    value: u64,
    len: usize,
}

impl IntDigits {
    fn push(&mut self, digits: &[u8]) {
        for &d in digits {
            if let Some(slot) = self.text.get_mut(self.len) {
                *slot = d;
            }
            self.value = self
                .value
                .wrapping_mul(10)
                .wrapping_add(u64::from(d - b'0'));
            self.len += 1;
        }
    }
}

/// Parses one number expression, which must make up the whole of `input`
/// (surrounding spaces aside): digits of any script, number words, a
/// scale, a range, a percentage, an ordinal or a vague quantity, possibly
/// after an approximation word (نحو، حوالي، قرابة، أكثر من).
///
/// # Errors
///
/// [`ParseError::Empty`] for empty input, [`ParseError::NoNumber`] when no
/// number starts the input, [`ParseError::Trailing`] when something
/// follows it.
///
/// ```
/// use akhbar_numdate::{parse_number, ParseError};
///
/// assert_eq!(parse_number("ثلاثة وعشرون").unwrap().as_i64(), Some(23));
/// assert_eq!(parse_number("١٬٥٠٠").unwrap().as_i64(), Some(1500));
/// assert!(matches!(parse_number("قتل 3"), Err(ParseError::NoNumber { .. })));
/// assert!(matches!(parse_number("3 قتلى"), Err(ParseError::Trailing { .. })));
/// ```
pub fn parse_number(input: &str) -> Result<NumberValue, ParseError> {
    let normalized = akhbar_normalize::SEARCH.normalize_with_map(input);
    let mut memo = Memo::new();
    let cx = Cx::new(input, &normalized, &mut memo);
    let first = cx.tok(0);
    if matches!(first.kind, Kind::End) {
        return Err(ParseError::Empty);
    }
    // Approximation words before the number.
    let mut approximate = false;
    let mut at = first.start;
    let lex = &*LEXICON;
    if first.is_word() {
        let t = first;
        if cx.word_in(t.start, t.end, &lex.approx_one) {
            approximate = true;
            at = t.end;
        } else {
            let t2 = cx.tok(t.end);
            let (w1, w2) = (&cx.text[t.start..t.end], &cx.text[t2.start..t2.end]);
            if t2.is_word()
                && lex.approx_two.iter().any(|(a, b)| {
                    b == w2 && (a == w1 || crate::text::strip_conjunction(w1) == Some(a.as_str()))
                })
            {
                approximate = true;
                at = t2.end;
            }
        }
        if !approximate && cx.text[t.start..t.end] == *"ما" {
            let t2 = cx.tok(t.end);
            if cx.word_in(t2.start, t2.end, &lex.approx_one) {
                approximate = true;
                at = t2.end;
            }
        }
    }
    let t = cx.tok(at);
    // %20, -5: the scanner takes the sign in from the digits.
    let start = if t.is_punct('%') || t.is_punct('-') || t.is_punct('−') {
        let d = cx.tok(t.end);
        if d.is_digits() && (t.is_punct('%') || d.start == t.end) {
            d.start
        } else {
            t.start
        }
    } else {
        t.start
    };
    let no_number = || ParseError::NoNumber {
        input: input.to_string(),
    };
    let found = match number_at(&cx, start, NumberConfig::new(), false, 0) {
        Outcome::Number(f) => f,
        Outcome::Skip(_) => return Err(no_number()),
    };
    let mut value = found.value;
    value.approximate |= approximate;
    let rest = cx.tok(found.end);
    if !matches!(rest.kind, Kind::End) {
        let at = cx.original_span(rest.start, rest.start).start;
        return Err(ParseError::Trailing {
            input: input.to_string(),
            rest: input.get(at..).unwrap_or("").to_string(),
        });
    }
    Ok(value)
}

/// A plain count at token `t` (digits or number words), for durations
/// such as قبل ثلاثة أيام: its value and where it ends.
pub(crate) fn count_at(cx: &Cx<'_>, t: Tok) -> Option<(f64, usize)> {
    if !(t.is_digits() || is_number_atom(&t)) || t.has_prefix() || t.article() {
        return None;
    }
    let c = cardinal(cx, t, usize::MAX)?;
    (!c.leading_zero).then_some((c.value, c.end))
}
