//! The Umm al-Qura calendar: Hijri dates to Gregorian and back.

use core::fmt;

use jiff::civil::Date;
use jiff::ToSpan;

use crate::ummalqura::{FIRST_YEAR, LAST_YEAR, MONTH_STARTS, SOURCE};

/// Why a Hijri date could not be converted.
///
/// ```
/// use akhbar_numdate::{hijri_to_gregorian, HijriError};
///
/// let err = hijri_to_gregorian(1600, 1, 1).unwrap_err();
/// assert!(matches!(err, HijriError::YearOutOfRange { year: 1600 }));
/// assert!(err.to_string().contains("1600"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HijriError {
    /// The year is outside the Umm al-Qura table (1343–1500 AH, that is
    /// 1924-08-01 to 2077-11-16).
    #[error("Hijri year {year} is outside the Umm al-Qura table (1343–1500 AH)")]
    YearOutOfRange {
        /// The year asked for.
        year: i32,
    },
    /// The month is not 1 to 12.
    #[error("Hijri month {month} is not between 1 and 12")]
    MonthOutOfRange {
        /// The month asked for.
        month: i32,
    },
    /// The day is not in the month (Umm al-Qura months have 29 or 30 days).
    #[error("day {day} is not in Hijri month {month} of {year} AH, which has {length} days")]
    DayOutOfRange {
        /// The year.
        year: i32,
        /// The month.
        month: i32,
        /// The day asked for.
        day: i32,
        /// The number of days of that month.
        length: i32,
    },
    /// The Gregorian date is outside the table (before 1924-08-01 or after
    /// 2077-11-16).
    #[error("Gregorian date {date} is outside the Umm al-Qura table (1924-08-01 to 2077-11-16)")]
    DateOutOfRange {
        /// The date asked for.
        date: Date,
    },
}

/// A date of the Hijri calendar (Umm al-Qura), at year, month or day
/// granularity, as written in a text.
///
/// ```
/// use akhbar_numdate::HijriDate;
///
/// let d = HijriDate::new(1445, 9, 15).unwrap();
/// assert_eq!(d.to_string(), "1445-09-15");
/// assert_eq!(d.to_gregorian().unwrap().to_string(), "2024-03-25");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriDate {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
}

impl HijriDate {
    /// A day of the Umm al-Qura calendar.
    ///
    /// # Errors
    ///
    /// When the date is not in the table ([`HijriError`]).
    ///
    /// ```
    /// assert!(akhbar_numdate::HijriDate::new(1445, 12, 31).is_err());
    /// ```
    pub fn new(year: i32, month: i32, day: i32) -> Result<HijriDate, HijriError> {
        hijri_to_gregorian(year, month, day)?;
        Ok(HijriDate {
            year: year as i16,
            month: Some(month as i8),
            day: Some(day as i8),
        })
    }

    /// A Hijri month (no day).
    ///
    /// # Errors
    ///
    /// When the month is not in the table ([`HijriError`]).
    ///
    /// ```
    /// let m = akhbar_numdate::HijriDate::from_year_month(1445, 9).unwrap();
    /// assert_eq!(m.to_string(), "1445-09");
    /// ```
    pub fn from_year_month(year: i32, month: i32) -> Result<HijriDate, HijriError> {
        hijri_to_gregorian(year, month, 1)?;
        Ok(HijriDate {
            year: year as i16,
            month: Some(month as i8),
            day: None,
        })
    }

    /// A Hijri year (no month).
    ///
    /// # Errors
    ///
    /// When the year is not in the table ([`HijriError`]).
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::HijriDate::from_year(1446).unwrap().to_string(), "1446");
    /// ```
    pub fn from_year(year: i32) -> Result<HijriDate, HijriError> {
        hijri_to_gregorian(year, 1, 1)?;
        Ok(HijriDate {
            year: year as i16,
            month: None,
            day: None,
        })
    }

    /// The Hijri year.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::HijriDate::new(1446, 1, 1).unwrap().year(), 1446);
    /// ```
    pub fn year(&self) -> i16 {
        self.year
    }

    /// The Hijri month (1 = Muharram … 12 = Dhu al-Hijja), if written.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::HijriDate::new(1446, 1, 1).unwrap().month(), Some(1));
    /// ```
    pub fn month(&self) -> Option<i8> {
        self.month
    }

    /// The day of the month, if written.
    ///
    /// ```
    /// assert_eq!(akhbar_numdate::HijriDate::new(1446, 1, 1).unwrap().day(), Some(1));
    /// ```
    pub fn day(&self) -> Option<i8> {
        self.day
    }

    /// The Gregorian date of its first day.
    ///
    /// # Errors
    ///
    /// Never for a value built by this crate; the `Result` mirrors
    /// [`hijri_to_gregorian`].
    ///
    /// ```
    /// let y = akhbar_numdate::HijriDate::from_year(1446).unwrap();
    /// assert_eq!(y.to_gregorian().unwrap().to_string(), "2024-07-07");
    /// ```
    pub fn to_gregorian(&self) -> Result<Date, HijriError> {
        hijri_to_gregorian(
            i32::from(self.year),
            i32::from(self.month.unwrap_or(1)),
            i32::from(self.day.unwrap_or(1)),
        )
    }
}

impl fmt::Display for HijriDate {
    /// ISO 8601 style at its granularity: `1445`, `1445-09`, `1445-09-15`.
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

#[cfg(feature = "serde")]
impl serde::Serialize for HijriDate {
    /// As its `Display` string.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn epoch() -> Date {
    Date::constant(1970, 1, 1)
}

/// The length of a Hijri month in the table.
fn month_index(year: i32, month: i32) -> Result<usize, HijriError> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(HijriError::YearOutOfRange { year });
    }
    if !(1..=12).contains(&month) {
        return Err(HijriError::MonthOutOfRange { month });
    }
    Ok(((year - FIRST_YEAR) * 12 + month - 1) as usize)
}

/// The Gregorian date of a Hijri date of the Umm al-Qura calendar, the
/// official calendar of Saudi Arabia and the one most Arabic news uses.
///
/// The month table covers 1343–1500 AH (1924-08-01 to 2077-11-16); it is
/// generated by `scripts/gen-ummalqura.py` from the `hijridate` package
/// (see NOTICE), and the crate's tests check it against conversions made by
/// that package.
///
/// # Errors
///
/// [`HijriError`] when the year is outside the table, the month is not 1 to
/// 12 or the day is not in the month.
///
/// ```
/// use akhbar_numdate::hijri_to_gregorian;
///
/// assert_eq!(hijri_to_gregorian(1445, 9, 1).unwrap().to_string(), "2024-03-11");
/// assert_eq!(hijri_to_gregorian(1446, 1, 1).unwrap().to_string(), "2024-07-07");
/// assert!(hijri_to_gregorian(1445, 13, 1).is_err());
/// ```
pub fn hijri_to_gregorian(year: i32, month: i32, day: i32) -> Result<Date, HijriError> {
    let i = month_index(year, month)?;
    let start = MONTH_STARTS[i];
    let length = MONTH_STARTS[i + 1] - start;
    if !(1..=length).contains(&day) {
        return Err(HijriError::DayOutOfRange {
            year,
            month,
            day,
            length,
        });
    }
    let days = i64::from(start + day - 1);
    // The table's dates are all well inside jiff's range.
    epoch()
        .checked_add(days.days())
        .map_err(|_| HijriError::YearOutOfRange { year })
}

/// The Hijri (Umm al-Qura) date of a Gregorian date.
///
/// # Errors
///
/// [`HijriError::DateOutOfRange`] outside 1924-08-01 to 2077-11-16.
///
/// ```
/// use akhbar_numdate::gregorian_to_hijri;
/// use jiff::civil::date;
///
/// let h = gregorian_to_hijri(date(2023, 4, 21)).unwrap();
/// assert_eq!(h.to_string(), "1444-10-01");
/// ```
pub fn gregorian_to_hijri(date: Date) -> Result<HijriDate, HijriError> {
    let out = HijriError::DateOutOfRange { date };
    let days = epoch().until(date).map_err(|_| out.clone())?.get_days();
    let first = MONTH_STARTS[0];
    let last = MONTH_STARTS[MONTH_STARTS.len() - 1];
    if days < first || days >= last {
        return Err(out);
    }
    // The last month starting on or before `days`.
    let i = MONTH_STARTS.partition_point(|&s| s <= days) - 1;
    let year = FIRST_YEAR + (i / 12) as i32;
    let month = (i % 12) as i32 + 1;
    let day = days - MONTH_STARTS[i] + 1;
    HijriDate::new(year, month, day)
}

/// The source of the month table, for diagnostics: `"hijridate 2.6.0"`.
///
/// ```
/// assert!(akhbar_numdate::ummalqura_source().starts_with("hijridate "));
/// ```
pub fn ummalqura_source() -> &'static str {
    SOURCE
}
