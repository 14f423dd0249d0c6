use std::borrow::Cow;

use crate::span::Span;

/// A stretch of the normalized text and where it came from.
///
/// An *identity* run copies its source byte for byte (possibly with
/// same-width letter swaps such as أ → ا, which keep every offset), so an
/// offset inside it moves by a constant. An *opaque* run is the output of one
/// source character whose width changed (٣ → 3, ﻻ → لا): every offset inside
/// it maps to the whole source character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    /// Where the run starts in the normalized text.
    norm: usize,
    /// Where its source starts in the original.
    orig: usize,
    /// Where its source ends in the original, including deleted marks that
    /// belong to its last character.
    orig_end: usize,
    opaque: bool,
}

/// Where the last look-up in an [`OffsetMap`] ended, to start the next one
/// there: see [`OffsetMap::to_original_near`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapHint(usize);

/// Maps byte offsets of a normalized text back to the original and forth.
///
/// Built by [`Normalizer::normalize_with_map`](crate::Normalizer::normalize_with_map).
/// It stores one entry per place where the two texts stop lining up (a
/// deleted diacritic, a digit that changed width), so a text that needed
/// only same-width folds costs one entry. Look-ups are binary searches,
/// O(log k) for k such places.
///
/// Offsets passed in should be char boundaries of the text they refer to;
/// offsets past the end are clamped. Every offset returned is a char
/// boundary of the other text, and both directions are monotone.
///
/// ```
/// use akhbar_normalize::Normalizer;
///
/// let original = "قصفٌ على دَيْرِ الزّور";
/// let n = Normalizer::search().normalize_with_map(original);
/// assert_eq!(n.as_str(), "قصف علي دير الزور");
/// let start = n.as_str().find("دير").unwrap();
/// let span = n.map().to_original(start..n.as_str().len());
/// assert_eq!(&original[span], "دَيْرِ الزّور");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct OffsetMap {
    runs: Vec<Run>,
    norm_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// The map of a text that normalization left unchanged.
    ///
    /// ```
    /// let map = akhbar_normalize::OffsetMap::identity(10);
    /// assert_eq!(map.to_original(3..7).range(), 3..7);
    /// ```
    pub fn identity(len: usize) -> OffsetMap {
        MapBuilder::new().finish(len, len)
    }

    /// Length of the normalized text.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map("أَ");
    /// assert_eq!((n.map().normalized_len(), n.map().original_len()), (2, 4));
    /// ```
    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original text.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map("٣");
    /// assert_eq!(n.map().original_len(), 2);
    /// ```
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// The span of the original text that produced `span` of the normalized
    /// text. Diacritics and tatweel inside the span, and marks sitting on
    /// its last letter, are included; deleted characters around it (extra
    /// spaces, invisible controls) are not.
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// let original = "في ٢٠٢٣ ";
    /// let n = Normalizer::search().normalize_with_map(original);
    /// assert_eq!(n.as_str(), "في 2023 ");
    /// let span = n.map().to_original(5..9);
    /// assert_eq!(&original[span], "٢٠٢٣");
    /// ```
    pub fn to_original(&self, span: impl Into<Span>) -> Span {
        let span = span.into();
        self.to_original_near(span, &mut MapHint::default())
    }

    /// [`to_original`](OffsetMap::to_original) for many spans in about
    /// text order: `hint` remembers where the last look-up ended, so each
    /// costs a step or two instead of a binary search. Any order is correct.
    ///
    /// ```
    /// use akhbar_normalize::{MapHint, Normalizer};
    /// let original = "قُتل ٣ في حلب و٤ في إدلب";
    /// let n = Normalizer::search().normalize_with_map(original);
    /// let mut hint = MapHint::default();
    /// let spans: Vec<&str> = n
    ///     .as_str()
    ///     .match_indices(|c: char| c.is_ascii_digit())
    ///     .map(|(at, d)| &original[n.map().to_original_near(at..at + d.len(), &mut hint)])
    ///     .collect();
    /// assert_eq!(spans, ["٣", "٤"]);
    /// ```
    pub fn to_original_near(&self, span: impl Into<Span>, hint: &mut MapHint) -> Span {
        let span = span.into();
        let start = self.original_offset_near(span.start, hint);
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.original_end(span.end, hint))
    }

    /// The original offset where the normalized character starting at
    /// `offset` came from (`original_len` for the end of the text).
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// let n = Normalizer::search().normalize_with_map("بَيت");
    /// assert_eq!(n.map().original_offset(2), 4); // ي follows the fatha
    /// ```
    pub fn original_offset(&self, offset: usize) -> usize {
        self.original_offset_near(offset, &mut MapHint::default())
    }

    fn original_offset_near(&self, offset: usize, hint: &mut MapHint) -> usize {
        if offset >= self.norm_len {
            return self.orig_len;
        }
        let k = self.run_index(offset, false, hint);
        let r = self.runs[k];
        if r.opaque {
            r.orig
        } else {
            r.orig + (offset - r.norm)
        }
    }

    /// The original offset where the normalized text before `offset` ends.
    fn original_end(&self, offset: usize, hint: &mut MapHint) -> usize {
        let offset = offset.min(self.norm_len);
        if offset == 0 {
            return self.original_offset_near(0, hint);
        }
        let k = self.run_index(offset, true, hint);
        let r = self.runs[k];
        let run_end = self.runs.get(k + 1).map_or(self.norm_len, |n| n.norm);
        if offset == run_end || r.opaque {
            r.orig_end
        } else {
            r.orig + (offset - r.norm)
        }
    }

    /// The last run starting at or before `offset` (before it, if
    /// `strict`), found by galloping from `hint`: look-ups in about text
    /// order cost a step or two, far ones a logarithm of the distance.
    #[inline]
    fn run_index(&self, offset: usize, strict: bool, hint: &mut MapHint) -> usize {
        let before = |r: &Run| {
            if strict {
                r.norm < offset
            } else {
                r.norm <= offset
            }
        };
        let runs = &self.runs;
        // The first run starts at 0, and offset 0 is never looked up
        // strictly: runs[0] is always `before`.
        let k = hint.0.min(runs.len() - 1);
        let found = if before(&runs[k]) {
            // Forward: runs[lo] is before, runs[hi] (if any) is not.
            let (mut lo, mut step) = (k, 1);
            let hi = loop {
                let next = lo + step;
                if next >= runs.len() {
                    break runs.len();
                }
                if !before(&runs[next]) {
                    break next;
                }
                lo = next;
                step *= 2;
            };
            lo + runs[lo + 1..hi].partition_point(before)
        } else {
            // Backward: runs[hi] is not before, runs[lo] is.
            let (mut hi, mut step) = (k, 1);
            let lo = loop {
                let next = hi.saturating_sub(step);
                if before(&runs[next]) {
                    break next;
                }
                hi = next;
                step *= 2;
            };
            lo + runs[lo + 1..hi].partition_point(before)
        };
        hint.0 = found;
        found
    }

    /// The normalized offset where text from original `offset` onward
    /// starts: the first normalized character whose source starts at or
    /// after `offset`.
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// let original = "قال: «داعش»";
    /// let n = Normalizer::search().normalize_with_map(original);
    /// let at = original.find("داعش").unwrap();
    /// assert_eq!(&n.as_str()[n.map().to_normalized(at)..], "داعش\"");
    /// ```
    pub fn to_normalized(&self, offset: usize) -> usize {
        if offset >= self.orig_len {
            return self.norm_len;
        }
        let k = self.runs.partition_point(|r| r.orig < offset);
        let next = self.runs.get(k).map_or(self.norm_len, |r| r.norm);
        if k > 0 {
            let r = self.runs[k - 1];
            let len = next - r.norm;
            if !r.opaque && offset < r.orig + len {
                return r.norm + (offset - r.orig);
            }
        }
        next
    }

    /// The normalized span covering the characters of original `span`.
    ///
    /// ```
    /// use akhbar_normalize::Normalizer;
    /// let original = "مدينةُ حلب";
    /// let n = Normalizer::search().normalize_with_map(original);
    /// let span = n.map().to_normalized_span(0..original.find(' ').unwrap());
    /// assert_eq!(&n.as_str()[span], "مدينه");
    /// ```
    pub fn to_normalized_span(&self, span: impl Into<Span>) -> Span {
        let span = span.into();
        Span::new(self.to_normalized(span.start), self.to_normalized(span.end))
    }
}

/// Receives what the normalization loop produced, so the same loop serves
/// `normalize` (which records nothing) and `normalize_with_map`.
///
/// Only the places where the texts stop lining up are reported; everything
/// between two reports was copied with the same width.
pub(crate) trait Sink {
    /// Original `orig..orig_end` was deleted at normalized offset `norm`;
    /// with `absorb` it belongs to the character before.
    fn deleted(&mut self, norm: usize, orig: usize, orig_end: usize, absorb: bool);
    /// Original `orig..orig_end` became normalized `norm..norm_end`.
    fn replaced(&mut self, norm: usize, norm_end: usize, orig: usize, orig_end: usize);
}

/// The sink of `normalize`: records nothing, compiles to nothing.
pub(crate) struct NoMap;

impl Sink for NoMap {
    #[inline(always)]
    fn deleted(&mut self, _: usize, _: usize, _: usize, _: bool) {}
    #[inline(always)]
    fn replaced(&mut self, _: usize, _: usize, _: usize, _: usize) {}
}

/// The sink of `normalize_with_map`.
pub(crate) struct MapBuilder {
    runs: Vec<Run>,
    /// Where the last report ended, in both texts.
    norm: usize,
    orig: usize,
}

impl MapBuilder {
    pub(crate) fn new() -> MapBuilder {
        MapBuilder {
            runs: Vec::new(),
            norm: 0,
            orig: 0,
        }
    }

    /// Records the same-width stretch between the last report and here.
    fn catch_up(&mut self, norm: usize, orig: usize) {
        let len = norm - self.norm;
        if len == 0 {
            return;
        }
        debug_assert_eq!(orig - self.orig, len);
        let (norm, orig) = (self.norm, self.orig);
        if let Some(last) = self.runs.last_mut() {
            if !last.opaque && last.orig_end == orig && last.orig + (norm - last.norm) == orig {
                last.orig_end = orig + len;
                return;
            }
        }
        self.runs.push(Run {
            norm,
            orig,
            orig_end: orig + len,
            opaque: false,
        });
    }

    pub(crate) fn finish(mut self, norm_len: usize, orig_len: usize) -> OffsetMap {
        self.catch_up(norm_len, orig_len);
        OffsetMap {
            runs: self.runs,
            norm_len,
            orig_len,
        }
    }
}

impl Sink for MapBuilder {
    fn deleted(&mut self, norm: usize, orig: usize, orig_end: usize, absorb: bool) {
        self.catch_up(norm, orig);
        if absorb {
            if let Some(last) = self.runs.last_mut() {
                last.orig_end = orig_end;
            }
        }
        self.norm = norm;
        self.orig = orig_end;
    }

    fn replaced(&mut self, norm: usize, norm_end: usize, orig: usize, orig_end: usize) {
        self.catch_up(norm, orig);
        self.runs.push(Run {
            norm,
            orig,
            orig_end,
            opaque: true,
        });
        self.norm = norm_end;
        self.orig = orig_end;
    }
}

/// A normalized text together with its [`OffsetMap`].
///
/// The text borrows the input when normalization changed nothing.
///
/// ```
/// use akhbar_normalize::Normalizer;
///
/// let original = "وَبِالرَّقَّةِ";
/// let n = Normalizer::search().normalize_with_map(original);
/// assert_eq!(n.as_str(), "وبالرقه");
/// // "الرقه" in the normalized text is "الرَّقَّةِ" in the original.
/// let span = n.original_span(4..n.as_str().len());
/// assert_eq!(&original[span], "الرَّقَّةِ");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    map: OffsetMap,
}

impl<'a> Normalized<'a> {
    pub(crate) fn new(text: Cow<'a, str>, map: OffsetMap) -> Normalized<'a> {
        Normalized { text, map }
    }

    /// The normalized text.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map("إدلب");
    /// assert_eq!(n.as_str(), "ادلب");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The offset map.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map("حلب");
    /// assert_eq!(n.map().normalized_len(), 6);
    /// ```
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Splits into the text and the map.
    ///
    /// ```
    /// let (text, map) = akhbar_normalize::Normalizer::search()
    ///     .normalize_with_map("حمص")
    ///     .into_parts();
    /// assert_eq!(text, "حمص");
    /// assert_eq!(map.original_len(), 6);
    /// ```
    pub fn into_parts(self) -> (Cow<'a, str>, OffsetMap) {
        (self.text, self.map)
    }

    /// Like [`OffsetMap::to_original`], but first moves both ends of `span`
    /// back to char boundaries of the normalized text, so any span is safe.
    ///
    /// ```
    /// let n = akhbar_normalize::Normalizer::search().normalize_with_map("حلب");
    /// assert_eq!(n.original_span(1..3).range(), 0..2);
    /// ```
    pub fn original_span(&self, span: impl Into<Span>) -> Span {
        let span = span.into();
        let start = floor_boundary(&self.text, span.start);
        let end = floor_boundary(&self.text, span.end).max(start);
        self.map.to_original(start..end)
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
