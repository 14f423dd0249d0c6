use core::fmt;
use core::ops::{Index, Range};

/// A byte range `start..end` of a text, `start <= end`.
///
/// `Span` is `Copy`, converts from and to `Range<usize>`, and indexes `str`
/// directly. Every match akhbar reports carries one, always on char
/// boundaries of the text it refers to.
///
/// ```
/// use akhbar_normalize::Span;
///
/// let text = "شرق دير الزور";
/// let span = Span::new(7, text.len());
/// assert_eq!(&text[span], "دير الزور");
/// assert_eq!(span.len(), 17);
/// assert_eq!(span.range(), 7..24);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is raised to `start` if smaller.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Span::new(5, 3).len(), 0);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Span::new(2, 6).len(), 4);
    /// ```
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(akhbar_normalize::Span::new(3, 3).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Span::new(1, 4).range(), 1..4);
    /// ```
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use akhbar_normalize::Span;
    /// assert!(Span::new(0, 4).overlaps(Span::new(3, 9)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 9)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    ///
    /// ```
    /// use akhbar_normalize::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}
