use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::span::Span;

/// A word of a text and where it stands.
///
/// ```
/// let text = "قصفت الطائرات بلدةَ هجين";
/// let w = akhbar_normalize::words(text).nth(2).unwrap();
/// assert_eq!(w.as_str(), "بلدةَ");
/// assert_eq!(&text[w.span()], "بلدةَ");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    text: &'a str,
    span: Span,
}

impl<'a> Word<'a> {
    /// The word as written.
    ///
    /// ```
    /// let w = akhbar_normalize::words("في الرقة").last().unwrap();
    /// assert_eq!(w.as_str(), "الرقة");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the word is in the text that was segmented.
    ///
    /// ```
    /// let w = akhbar_normalize::words("في الرقة").last().unwrap();
    /// assert_eq!(w.span().range(), 5..15);
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
}

/// An iterator over the [`Word`]s of a text, made by [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    inner: UWordBoundIndices<'a>,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        for (start, piece) in self.inner.by_ref() {
            if piece.chars().any(char::is_alphanumeric) {
                return Some(Word {
                    text: piece,
                    span: Span::new(start, start + piece.len()),
                });
            }
        }
        None
    }
}

/// The words of `text`, by Unicode word boundaries (UAX #29), skipping
/// spaces and punctuation.
///
/// Diacritics, tatweel and zero-width joiners inside a word keep it whole,
/// and a proclitic written before digits stays attached (`بـ491` is one
/// word), so [`Proclitics`](crate::Proclitics) can split it.
///
/// ```
/// let ws: Vec<&str> = akhbar_normalize::words("قُتِلَ ٣ عناصرَ، بـ491 غارة (تقريباً).")
///     .map(|w| w.as_str())
///     .collect();
/// assert_eq!(ws, ["قُتِلَ", "٣", "عناصرَ", "بـ491", "غارة", "تقريباً"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words {
        inner: text.split_word_bound_indices(),
    }
}
