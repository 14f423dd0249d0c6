use std::fmt;

use thiserror::Error;

/// A kind or target name that is not known.
///
/// ```
/// let err = "hamlet".parse::<akhbar_gazetteer::PlaceKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown kind \"hamlet\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("unknown kind {name:?}")]
pub struct UnknownKind {
    name: String,
}

impl UnknownKind {
    pub(crate) fn new(name: &str) -> UnknownKind {
        UnknownKind {
            name: name.to_string(),
        }
    }

    /// The name that was not recognized.
    ///
    /// ```
    /// let err = "x".parse::<akhbar_gazetteer::Kind>().unwrap_err();
    /// assert_eq!(err.name(), "x");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Where a row came from: a source name and a 1-based line number.
///
/// ```
/// use akhbar_gazetteer::Gazetteer;
/// let tsv = "id\tkind\tname_ar\tname_en\nx\tvillage\tقرية\tX\n";
/// let g = Gazetteer::builder().tsv("mine.tsv", tsv.as_bytes()).unwrap().build().unwrap();
/// assert_eq!(g.get("x").unwrap().origin().to_string(), "mine.tsv:2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    pub(crate) source: String,
    pub(crate) line: usize,
}

impl Origin {
    /// The name given to the source (a file name, or `<code>` for entries
    /// built in code).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The 1-based line of the row (0 for entries built in code).
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.source)
        } else {
            write!(f, "{}:{}", self.source, self.line)
        }
    }
}

/// An error reading gazetteer rows from TSV.
///
/// It names the source, the line and, where one is to blame, the column.
///
/// ```
/// use akhbar_gazetteer::Gazetteer;
///
/// let tsv = "id\tkind\tname_ar\tname_en\nx\thamlet\tقرية\tX\n";
/// let err = Gazetteer::builder().tsv("mine.tsv", tsv.as_bytes()).unwrap_err();
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.column(), Some("kind"));
/// assert_eq!(err.to_string(), "mine.tsv:2: column kind: unknown kind \"hamlet\"");
/// ```
#[derive(Debug, Error)]
#[error("{source_name}:{line}: {}{kind}", column.map(|c| format!("column {c}: ")).unwrap_or_default())]
pub struct LoadError {
    source_name: String,
    line: usize,
    column: Option<&'static str>,
    kind: LoadErrorKind,
}

impl LoadError {
    pub(crate) fn new(
        source_name: &str,
        line: usize,
        column: Option<&'static str>,
        kind: LoadErrorKind,
    ) -> LoadError {
        LoadError {
            source_name: source_name.to_string(),
            line,
            column,
            kind,
        }
    }

    /// The name of the source that failed.
    ///
    /// ```
    /// # use akhbar_gazetteer::Gazetteer;
    /// let err = Gazetteer::builder().tsv("a.tsv", &b"nope\n"[..]).unwrap_err();
    /// assert_eq!(err.source_name(), "a.tsv");
    /// ```
    pub fn source_name(&self) -> &str {
        &self.source_name
    }

    /// The 1-based line of the error.
    ///
    /// ```
    /// # use akhbar_gazetteer::Gazetteer;
    /// let err = Gazetteer::builder().tsv("a.tsv", &b"nope\n"[..]).unwrap_err();
    /// assert_eq!(err.line(), 1);
    /// ```
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column to blame, if one is.
    ///
    /// ```
    /// # use akhbar_gazetteer::Gazetteer;
    /// let err = Gazetteer::builder().tsv("a.tsv", &b"id\tkind\n"[..]).unwrap_err();
    /// assert_eq!(err.column(), Some("name_ar"));
    /// ```
    pub fn column(&self) -> Option<&'static str> {
        self.column
    }

    /// What went wrong.
    ///
    /// ```
    /// # use akhbar_gazetteer::{Gazetteer, LoadErrorKind};
    /// let err = Gazetteer::builder().tsv("a.tsv", &b"id\tkind\n"[..]).unwrap_err();
    /// assert!(matches!(err.kind(), LoadErrorKind::MissingColumn));
    /// ```
    pub fn kind(&self) -> &LoadErrorKind {
        &self.kind
    }
}

/// What was wrong with a row or a header.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// Reading failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The input is not UTF-8.
    #[error("not valid UTF-8")]
    InvalidUtf8,
    /// The input has no header row.
    #[error("no header row")]
    NoHeader,
    /// A required column is missing from the header.
    #[error("required column missing from the header")]
    MissingColumn,
    /// The header names a column that is not part of the format.
    #[error("unknown column {0:?}")]
    UnknownColumn(String),
    /// The header names a column twice.
    #[error("column named twice")]
    DuplicateColumn,
    /// A row has more cells than the header.
    #[error("{found} cells, but the header has {expected}")]
    TooManyCells {
        /// Cells in the header.
        expected: usize,
        /// Cells in the row.
        found: usize,
    },
    /// A required cell is empty.
    #[error("empty")]
    Empty,
    /// A kind that is not known.
    #[error(transparent)]
    Kind(#[from] UnknownKind),
    /// A latitude or longitude that is not a number in range, or only one
    /// of the two.
    #[error("bad coordinate {0:?}")]
    Coordinate(String),
    /// A GeoNames id that is not a number.
    #[error("bad GeoNames id {0:?}")]
    Geonames(String),
    /// A country code that is not two upper-case ASCII letters.
    #[error("bad country code {0:?}")]
    Country(String),
    /// A name that is empty once its marker and normalization are applied.
    #[error("name {0:?} is empty after normalization")]
    EmptyName(String),
    /// A name with a bracket that does not enclose one place name.
    #[error("name {0:?}: brackets must enclose one place name, [like this]")]
    Brackets(String),
}

/// An error assembling a gazetteer from its entries.
///
/// ```
/// use akhbar_gazetteer::{Entry, Gazetteer, Kind, PlaceKind};
///
/// let village = Entry::builder("v1", Kind::Place(PlaceKind::Village), "قرية", "Village")
///     .parent("nowhere")
///     .build()
///     .unwrap();
/// let err = Gazetteer::builder().entry(village).build().unwrap_err();
/// assert_eq!(err.to_string(), "<code>: v1: parent \"nowhere\" does not exist");
/// ```
#[derive(Clone, Debug, Error)]
#[non_exhaustive]
pub enum BuildError {
    /// Two entries share an id.
    #[error("{second}: id {id:?} already used at {first}")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first used.
        first: Origin,
        /// Where it was used again.
        second: Origin,
    },
    /// An entry names a parent that does not exist.
    #[error("{origin}: {id}: parent {parent:?} does not exist")]
    MissingParent {
        /// The entry.
        id: String,
        /// Its missing parent.
        parent: String,
        /// Where the entry comes from.
        origin: Origin,
    },
    /// Following parents leads back to the entry.
    #[error("{origin}: {id}: its parent chain loops back to it")]
    ParentCycle {
        /// The entry.
        id: String,
        /// Where the entry comes from.
        origin: Origin,
    },
    /// An entry built in code is invalid.
    #[error("{id}: {problem}")]
    InvalidEntry {
        /// The entry's id.
        id: String,
        /// What is wrong.
        problem: String,
    },
    /// The automaton could not be built.
    #[error("building the automaton: {0}")]
    Automaton(String),
}
