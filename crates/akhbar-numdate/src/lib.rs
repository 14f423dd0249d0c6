/*!
Numbers and dates as Arabic news writes them, each with its exact span in
the original text.

Arabic news states quantities and dates in many ways at once: digits of
several scripts (١٤, ۱۴, 14) and number words in two genders and two cases
(ثلاثة وعشرون, ثلاثاً وعشرين), scale words after digits (10 ملايين), month
names of three traditions (كانون الثاني, يناير, جانفي) often doubled
(تموز/يوليو), Hijri dates, and dates relative to the day of writing (أمس،
العام الماضي، آب الماضي). This crate finds them in a text and gives each its
value and its byte span in the text as written.

# Example

```
use akhbar_normalize::Normalizer;
use akhbar_numdate::{scan, NumberKind};
use jiff::civil::date;

let text = "قُتل ١٤ عنصراً ونزح نحو 40 - 50 ألف شخص منذ مطلع عام 2023، \
            فيما ارتفعت الأسعار بنسبة 300% في تموز/يوليو الماضي.";
let normalized = Normalizer::search().normalize_with_map(text);
let found = scan(text, &normalized, Some(date(2023, 11, 6)));

let numbers: Vec<(&str, NumberKind)> =
    found.numbers.iter().map(|m| (m.as_str(), m.kind())).collect();
assert_eq!(numbers, [
    ("١٤", NumberKind::Cardinal),
    ("40 - 50 ألف", NumberKind::Range),
    ("300%", NumberKind::Percent),
]);
assert_eq!(found.numbers[1].range(), Some((40_000.0, 50_000.0)));
assert!(found.numbers[1].is_approximate());

let dates: Vec<(&str, String)> = found
    .dates
    .iter()
    .map(|m| (m.as_str(), m.value().unwrap().to_string()))
    .collect();
assert_eq!(dates, [
    ("مطلع عام 2023", "2023".to_string()),
    ("تموز/يوليو الماضي", "2023-07".to_string()),
]);
```

# Scanners and parsers

- [`NumberScanner`] and [`DateScanner`] find every number or date of a
  text: `find_iter` normalizes the text itself, `find_iter_normalized`
  takes a normalization made once with
  `Normalizer::search().normalize_with_map` and shared between scanners.
  They return iterators of [`NumberMatch`] and [`DateMatch`].
- [`scan`] runs both over one normalization and applies the rule that
  *dates win over numbers*: digits inside a date or a time (the year of
  عام 2019, the day of 15 آذار, 01:43) are not reported as numbers.
- [`parse_number`] and [`parse_date`] parse a single expression, which
  must make up the whole input. The surface of every match parses back to
  the same value (the crate's property tests check this).
- [`hijri_to_gregorian`] and [`gregorian_to_hijri`] convert with the Umm
  al-Qura calendar (1343–1500 AH).

# Numbers

| form | example | value |
|------|---------|-------|
| digits, any script, separators, decimals, sign | `١٬٥٠٠`, `1,500`, `1.500.000`, `2٫5`, `-5` | 1500, 1500, 1500000, 2.5, -5 |
| words, both genders and cases | `ثلاثة`, `ثلاث`, `عشرون`, `عشرين`, `ألفاً` | 3, 3, 20, 20, 1000 |
| teens, hundreds | `اثنا عشر`, `ثلاثمئة`, `ثلاث مئة`, `مئتين` | 12, 300, 300, 200 |
| scales and compounds | `مئة وخمسون ألفاً`, `مليونان`, `مليون ونصف` | 150000, 2000000, 1500000 |
| digits and scales | `10 ملايين`, `8 آلاف`, `1.5 مليون` | 10000000, 8000, 1500000 |
| ranges | `40 - 50 ألف`, `بين 10 و20` | 40000–50000, 10–20 |
| percentages | `300%`, `٣٠٠٪`, `20 في المئة`, `20 بالمئة` | 300, 300, 20, 20 |
| approximations (flag) | `نحو 79`, `حوالي`, `قرابة`, `أكثر من` | 79, approximate |
| ordinals ([`NumberKind::Ordinal`]) | `الأول`, `الخامس عشر`, `الحادي والعشرون` | 1, 15, 21 |
| vague ([`NumberKind::Vague`], no value) | `عشرات`, `مئات`, `آلاف` (alone), `عشرات الآلاف` | — |

Not numbers: identifiers (`T4`, `F-16`, `كوفيد-19`), phone numbers and other
digit runs with a leading zero (`0933123456`), versions and addresses
(`1.2.3`), times and numeric dates, أحد meaning "one of", الاثنين (Monday).

# Dates

| form | example | value |
|------|---------|-------|
| day, month, year; double names | `22nd شباط / فبراير 2021`, `15 آذار 2019` | `2021-02-22`, `2019-03-15` |
| month names of every tradition | `كانون الثاني`, `يناير`, `جانفي`, `December` | month 1, 1, 1, 12 |
| numeric | `25/09/2025`, `25-9-2025`, `2025-09-25` | `2025-09-25` |
| years | `عام 2019`, `العام 2019`, `سنة 2014`, `في 2019`, `2019م` | `2019` |
| ordinal days | `الخامس من حزيران 2019` | `2019-06-05` |
| modifiers ([`PartOfPeriod`]) | `مطلع عام 2023`, `أواخر الشهر الماضي` | `2023`, Beginning |
| relative (needs a reference) | `أمس`, `أول أمس`, `غداً`, `الشهر الماضي`, `العام المقبل`, `قبل يومين`, `منذ ثلاثة أسابيع`, `آب الماضي`, `15 أكتوبر الماضي`, `السبت`, `السبت الماضي` | resolved |
| Hijri | `15 رمضان 1445 هـ`, `1 محرم 1446هـ`, `ربيع الأول 1445` | `2024-03-25`, `2024-07-07`, `2023-09` |
| Hijri day without a year (needs a reference) | `27 رمضان`, `العاشر من محرم` | the latest on or before the reference |
| days listed or ranged before their month | `يومي 5 و6 آذار`, `من 10 إلى 15 تموز`, `14-15 آذار` | one date a day: `5` and `6 آذار` |
| times (part of a date, or alone) | `01:43 مساءً`, `الساعة العاشرة صباحاً` | [`DateMatch::time`] |

Relative resolution, with reference date *r*: a month name without a year
is the latest such month on or before *r*'s month (أيار written on
2021-02-22 is `2020-05`, فبراير is `2021-02`); with الماضي it is the latest
one strictly before *r*'s month, with الجاري/الحالي the one of *r*'s year,
with المقبل/القادم the next one after *r*'s month. A day and month without a
year is the latest such day on or before *r* (strictly before with
الماضي). A weekday alone is the latest such day on or before *r*
(السبت الماضي: strictly before; السبت المقبل: strictly after).
الأسبوع الماضي is not a calendar value and is not reported.

A date's span covers the whole expression (both names of a double name,
its year, a modifier before it) but not a preceding في or منذ nor a clitic
glued to its first word (وفي, بـ).

# Speed

The scanners jump from candidate to candidate (digits and the words that
can start an expression, accepted only as whole words after proclitics);
only there are the few tokens around parsed. Candidates are found a word
at a time: the letters of a word are read eight bytes at a time, and most
words are ruled out by their last three letters alone (a Bloom filter),
without a look-up; the Aho-Corasick automata over the trigger words stay
the definition of a candidate, and run only over the rare word whose
trigger follows proclitics. The tokens read around a candidate are kept
for the grammar that reads them again (the number grammar, the check that
a number is not part of a date, the date grammar). [`scan`] finds the
candidates of both scanners in one pass, and does not run the number
scanner's date check (it drops numbers overlapping the dates it found).

Measured with `examples/throughput.rs` (best of 15 runs over 4 MiB of
generated news text, one core of a shared 2-core machine, so figures vary
by ±30%): the number scanner runs at about 130–150 MiB/s normalization
included and 150–180 MiB/s on a shared normalization (230–270 MiB/s
without its check that a number is not part of a date,
[`NumberConfig::skip_dates`]); the date scanner at about 200–210 MiB/s
normalization included and 245–275 MiB/s on a shared normalization;
[`scan`] at 140–170 MiB/s. The normalization alone runs at 430–510 MiB/s.

# Features

- `serde`: `Serialize` for the match and value types; matches serialize as
  the objects of `akhbar extract --jsonl` (`start`, `end`, `text`, `value`,
  …).
*/
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod date;
mod error;
mod hijri;
mod lexicon;
mod number;
mod table;
mod text;
mod trigger;
mod ummalqura;

use akhbar_normalize::Normalized;
use jiff::civil::Date;

pub use akhbar_normalize::Span;

pub use crate::date::{
    parse_date, DateKind, DateMatch, DateMatches, DateScanner, DateValue, Granularity, PartOfPeriod,
};
pub use crate::error::ParseError;
pub use crate::hijri::{
    gregorian_to_hijri, hijri_to_gregorian, ummalqura_source, HijriDate, HijriError,
};
pub use crate::number::{
    parse_number, NumberConfig, NumberKind, NumberMatch, NumberMatches, NumberScanner, NumberValue,
};

/// The numbers and dates of a text, as returned by [`scan`].
///
/// ```
/// use akhbar_normalize::Normalizer;
///
/// let text = "قتل 3 في 2019";
/// let n = Normalizer::search().normalize_with_map(text);
/// let found = akhbar_numdate::scan(text, &n, None);
/// assert_eq!(found.numbers.len(), 1);
/// assert_eq!(found.dates.len(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Found<'a> {
    /// Numbers in text order, none overlapping a date.
    pub numbers: Vec<NumberMatch<'a>>,
    /// Dates in text order.
    pub dates: Vec<DateMatch<'a>>,
}

/// Runs both scanners over one normalization of `original` and drops every
/// number that overlaps a date or a time: *dates win over numbers*.
///
/// `normalized` must be `Normalizer::search().normalize_with_map(original)`.
/// `reference` is the publication date that relative expressions resolve
/// against (`None`: they are reported without a value).
///
/// ```
/// use akhbar_normalize::Normalizer;
/// use akhbar_numdate::scan;
/// use jiff::civil::date;
///
/// let text = "في 15 آذار 2019 عند الساعة 01:43، قتل 7 مدنيين";
/// let n = Normalizer::search().normalize_with_map(text);
/// let found = scan(text, &n, Some(date(2019, 3, 16)));
/// assert_eq!(found.dates.len(), 1);
/// assert_eq!(found.dates[0].as_str(), "15 آذار 2019 عند الساعة 01:43");
/// let numbers: Vec<&str> = found.numbers.iter().map(|m| m.as_str()).collect();
/// assert_eq!(numbers, ["7"]);
/// ```
pub fn scan<'a>(
    original: &'a str,
    normalized: &Normalized<'_>,
    reference: Option<Date>,
) -> Found<'a> {
    let mut memo = text::Memo::new();
    let cx = text::Cx::new(original, normalized, &mut memo);
    // One pass over the text finds the candidates of both scanners.
    let candidates = trigger::CandidateList::new(cx.text);
    let finder = || trigger::Finder::List {
        list: &candidates,
        cursor: 0,
    };
    let dates = date::collect(original, &cx, &mut finder(), reference);
    // The overlap filter below applies "dates win" with the dates actually
    // found, so the number scanner's own (costlier) date check is off.
    let mut numbers = number::collect(
        original,
        &cx,
        &mut finder(),
        NumberConfig::new().skip_dates(false),
    );
    // Both lists are sorted and free of overlaps: one merge pass.
    let mut d = 0;
    numbers.retain(|n| {
        while d < dates.len() && dates[d].span().end <= n.span().start {
            d += 1;
        }
        !(d < dates.len() && dates[d].span().overlaps(n.span()))
    });
    Found { numbers, dates }
}

/// Like [`scan`], normalizing `text` itself.
///
/// ```
/// let found = akhbar_numdate::scan_text("نزح 8 آلاف شخص عام 2019", None);
/// assert_eq!(found.numbers[0].as_i64(), Some(8000));
/// assert_eq!(found.dates[0].value().unwrap().to_string(), "2019");
/// ```
pub fn scan_text(text: &str, reference: Option<Date>) -> Found<'_> {
    let normalized = akhbar_normalize::SEARCH.normalize_with_map(text);
    scan(text, &normalized, reference)
}
