//! Errors of the parsing functions.

use crate::HijriError;

/// Why [`parse_number`](crate::parse_number) or
/// [`parse_date`](crate::parse_date) failed.
///
/// Every message names the offending input.
///
/// ```
/// use akhbar_numdate::{parse_date, ParseError};
///
/// let err = parse_date("31 شباط 2021", None).unwrap_err();
/// assert_eq!(err, ParseError::InvalidDate { year: 2021, month: 2, day: 31 });
/// assert_eq!(err.to_string(), "2021-02-31 is not a valid date");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input is empty or only spaces.
    #[error("empty input")]
    Empty,
    /// No number starts the input.
    #[error("no number at the start of {input:?}")]
    NoNumber {
        /// The input.
        input: String,
    },
    /// No date starts the input.
    #[error("no date at the start of {input:?}")]
    NoDate {
        /// The input.
        input: String,
    },
    /// An expression starts the input but does not make up all of it.
    #[error("unexpected {rest:?} after the expression in {input:?}")]
    Trailing {
        /// The input.
        input: String,
        /// What follows the expression.
        rest: String,
    },
    /// The date does not exist (day 31 of February, month 13, year 0 or
    /// past 9999). Month and day are 0 when not given.
    #[error("{year:04}-{month:02}-{day:02} is not a valid date")]
    InvalidDate {
        /// The year.
        year: i32,
        /// The month, 0 if none.
        month: i32,
        /// The day, 0 if none.
        day: i32,
    },
    /// A Hijri date that the Umm al-Qura table cannot convert.
    #[error(transparent)]
    Hijri(#[from] HijriError),
    /// A relative expression (أمس, العام الماضي, آب الماضي) and no reference
    /// date to resolve it.
    #[error("{input:?} is relative and no reference date was given")]
    NeedsReference {
        /// The input.
        input: String,
    },
    /// A time alone, which has no calendar value.
    #[error("{input:?} is a time of day, not a date")]
    NoValue {
        /// The input.
        input: String,
    },
    /// Resolving a relative expression left the range of civil dates.
    #[error("{input:?} resolves outside the supported range of dates")]
    OutOfRange {
        /// The input.
        input: String,
    },
}
