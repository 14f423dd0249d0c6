/*!
akhbar finds the places and armed groups that Arabic news about Syria and
Iraq names, and the numbers and dates it states, each with its exact span in
the text as written.

This crate is the facade of the workspace: one [`Analyzer`] composes the
three libraries, which it also re-exports ([`normalize`], [`gazetteer`],
[`numdate`]) so that one dependency is enough.

# Example

```
use akhbar::Analyzer;
use jiff::civil::date;

let text = "قُتل ٤ عناصر من «قسد» أمس بهجوم لخلايا داعش في بلدة ذيبان بريف دير الزور، \
            بعد 15 يوماً من مقتل 3 آخرين في الشحيل.";
let analyzer = Analyzer::new();
let a = analyzer.analyze_with_date(text, Some(date(2024, 10, 20)));

let places: Vec<&str> = a.places.iter().map(|p| p.as_str()).collect();
assert_eq!(places, ["ذيبان", "دير الزور", "الشحيل"]);
let actors: Vec<&str> = a.actors.iter().map(|p| p.entry().id()).collect();
assert_eq!(actors, ["SDF", "ISIS"]);
let numbers: Vec<i64> = a.numbers.iter().filter_map(|n| n.as_i64()).collect();
assert_eq!(numbers, [4, 15, 3]);
assert_eq!(a.dates[0].as_str(), "أمس");
assert_eq!(a.dates[0].value().unwrap().to_string(), "2024-10-19");
```

Every span is a byte range of the text given: `&text[m.span()]` is the
mention as written, diacritics and tatweel included.

# Crate features

- `serde`: `Serialize` for [`Analysis`] and the mention types, in the shape
  of `akhbar extract --jsonl` (off by default).
- `rayon`: [`Analyzer::analyze_batch`], analysing many documents on all
  cores (off by default).
*/
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![forbid(unsafe_code)]

use std::sync::Arc;

use jiff::civil::Date;

/// Arabic normalization with an offset map back to the original
/// (the `akhbar-normalize` crate).
pub use akhbar_normalize as normalize;

/// Places and armed actors, and the matcher (the `akhbar-gazetteer` crate).
pub use akhbar_gazetteer as gazetteer;

/// Numbers and dates (the `akhbar-numdate` crate).
pub use akhbar_numdate as numdate;

use akhbar_gazetteer::{BuildError, Entry, Gazetteer, Matcher, Reason, Target};
use akhbar_normalize::{Config, Normalizer, Span};
use akhbar_numdate::{DateMatch, NumberMatch};

/// Options for an [`Analyzer`].
///
/// ```
/// use akhbar::Analyzer;
/// use jiff::civil::date;
///
/// let a = Analyzer::builder()
///     .require_context(false)
///     .reference_date(date(2024, 1, 10))
///     .build()
///     .unwrap();
/// assert_eq!(a.analyze("فتح الباب").places.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    normalization: Config,
    gazetteer: Option<Arc<Gazetteer>>,
    require_context: bool,
    reference: Option<Date>,
}

impl Default for AnalyzerBuilder {
    fn default() -> AnalyzerBuilder {
        AnalyzerBuilder {
            normalization: Config::search(),
            gazetteer: None,
            require_context: true,
            reference: None,
        }
    }
}

impl AnalyzerBuilder {
    /// The folds applied before matching; [`Config::search`] by default.
    /// Turning folds off makes matching stricter: without the digits fold,
    /// Arabic-Indic digits are not read as numbers.
    pub fn normalization(&mut self, config: Config) -> &mut AnalyzerBuilder {
        self.normalization = config;
        self
    }

    /// The places and actors to find; the embedded data by default.
    ///
    /// ```
    /// use akhbar::gazetteer::{Entry, Gazetteer, Kind, PlaceKind};
    /// use akhbar::Analyzer;
    ///
    /// let farm = Entry::builder("farm-9", Kind::Place(PlaceKind::Village), "مزرعة التوت", "Mulberry farm")
    ///     .country("SY")
    ///     .build()
    ///     .unwrap();
    /// let g = Gazetteer::builder().embedded().entry(farm).build().unwrap();
    /// let a = Analyzer::builder().gazetteer(g).build().unwrap();
    /// assert_eq!(a.analyze("قصف مزرعة التوت").places[0].entry().id(), "farm-9");
    /// ```
    pub fn gazetteer(&mut self, gazetteer: impl Into<Arc<Gazetteer>>) -> &mut AnalyzerBuilder {
        self.gazetteer = Some(gazetteer.into());
        self
    }

    /// Whether ambiguous names (الباب، تدمر، جاسم) need context to be
    /// reported; on by default.
    pub fn require_context(&mut self, yes: bool) -> &mut AnalyzerBuilder {
        self.require_context = yes;
        self
    }

    /// The date relative expressions (أمس، الشهر الماضي) resolve against
    /// when [`Analyzer::analyze`] is called; none by default, which leaves
    /// them without a value.
    pub fn reference_date(&mut self, date: Date) -> &mut AnalyzerBuilder {
        self.reference = Some(date);
        self
    }

    /// Builds the analyzer (and the gazetteer's automaton).
    pub fn build(&self) -> Result<Analyzer, BuildError> {
        let gazetteer = self
            .gazetteer
            .clone()
            .unwrap_or_else(Gazetteer::embedded_arc);
        let matcher = if self.gazetteer.is_none() && self.require_context {
            // The embedded matcher is built once per process.
            MatcherRef::Embedded
        } else {
            MatcherRef::Own(Arc::new(
                Matcher::builder()
                    .require_context(self.require_context)
                    .build(gazetteer)?,
            ))
        };
        Ok(Analyzer {
            normalizer: Normalizer::new(self.normalization),
            matcher,
            reference: self.reference,
        })
    }
}

#[derive(Clone, Debug)]
enum MatcherRef {
    Embedded,
    Own(Arc<Matcher>),
}

/// Finds places, actors, numbers and dates in Arabic news.
///
/// Built once (it holds the gazetteer's automaton), cheap to clone and to
/// share between threads: `Analyzer` is `Send + Sync`.
///
/// ```
/// let a = akhbar::Analyzer::new();
/// let found = a.analyze("اشتباكات بين قوات النظام وتنظيم داعش في البادية السورية");
/// assert_eq!(found.actors.len(), 2);
/// assert_eq!(found.places[0].entry().name_en(), "Syrian Desert (Badia)");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    normalizer: Normalizer,
    matcher: MatcherRef,
    reference: Option<Date>,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the embedded data and the default options.
    pub fn new() -> Analyzer {
        Analyzer {
            normalizer: Normalizer::search(),
            matcher: MatcherRef::Embedded,
            reference: None,
        }
    }

    /// Starts an [`AnalyzerBuilder`].
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The matcher of places and actors.
    pub fn matcher(&self) -> &Matcher {
        match &self.matcher {
            MatcherRef::Embedded => Matcher::embedded(),
            MatcherRef::Own(m) => m,
        }
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.matcher().gazetteer()
    }

    /// Analyses `text`, resolving relative dates against the builder's
    /// reference date, if any.
    pub fn analyze<'a>(&'a self, text: &'a str) -> Analysis<'a> {
        self.analyze_with_date(text, self.reference)
    }

    /// Analyses `text`, resolving relative dates against `date` (the
    /// publication date), or leaving them without a value.
    ///
    /// ```
    /// use jiff::civil::date;
    /// let a = akhbar::Analyzer::new();
    /// let found = a.analyze_with_date("قُتل 3 في كانون الثاني الماضي", Some(date(2024, 3, 2)));
    /// assert_eq!(found.dates[0].value().unwrap().to_string(), "2024-01");
    /// ```
    pub fn analyze_with_date<'a>(&'a self, text: &'a str, date: Option<Date>) -> Analysis<'a> {
        let normalized = self.normalizer.normalize_with_map(text);
        let mut places = Vec::new();
        let mut actors = Vec::new();
        for m in self.matcher().find_iter_normalized(&normalized) {
            let mention = EntityMention {
                text: &text[m.span()],
                inner: m,
            };
            match mention.entry().target() {
                Target::Place => places.push(mention),
                Target::Actor => actors.push(mention),
            }
        }
        let found = akhbar_numdate::scan(text, &normalized, date);
        Analysis {
            places,
            actors,
            numbers: found.numbers,
            dates: found.dates,
        }
    }

    /// Analyses many documents on all cores (rayon), results in input
    /// order. Relative dates resolve against the builder's reference date.
    ///
    /// ```
    /// let a = akhbar::Analyzer::new();
    /// let docs = ["قتل 3 في الرقة", "وصل وفد إلى أربيل"];
    /// let results = a.analyze_batch(&docs);
    /// assert_eq!(results[1].places[0].entry().id(), "IQG11");
    /// ```
    #[cfg(feature = "rayon")]
    pub fn analyze_batch<'a, T: AsRef<str> + Sync>(&'a self, docs: &'a [T]) -> Vec<Analysis<'a>> {
        use rayon::prelude::*;
        docs.par_iter().map(|d| self.analyze(d.as_ref())).collect()
    }

    /// Like [`analyze_batch`](Analyzer::analyze_batch), with a reference
    /// date per document.
    ///
    /// ```
    /// use jiff::civil::date;
    /// let a = akhbar::Analyzer::new();
    /// let docs = [("اشتباكات أمس", Some(date(2024, 5, 2))), ("اشتباكات أمس", None)];
    /// let results = a.analyze_batch_with_dates(&docs);
    /// assert_eq!(results[0].dates[0].value().unwrap().to_string(), "2024-05-01");
    /// assert!(results[1].dates[0].value().is_none());
    /// ```
    #[cfg(feature = "rayon")]
    pub fn analyze_batch_with_dates<'a, T: AsRef<str> + Sync>(
        &'a self,
        docs: &'a [(T, Option<Date>)],
    ) -> Vec<Analysis<'a>> {
        use rayon::prelude::*;
        docs.par_iter()
            .map(|(d, date)| self.analyze_with_date(d.as_ref(), *date))
            .collect()
    }
}

/// What an [`Analyzer`] found in one text, each kind in text order.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Analysis<'a> {
    /// Places.
    pub places: Vec<EntityMention<'a>>,
    /// Armed actors.
    pub actors: Vec<EntityMention<'a>>,
    /// Numbers (digits inside dates and times are dates, not numbers).
    pub numbers: Vec<NumberMatch<'a>>,
    /// Dates.
    pub dates: Vec<DateMatch<'a>>,
}

/// A place or an actor named in a text.
#[derive(Clone, Debug)]
pub struct EntityMention<'a> {
    text: &'a str,
    inner: akhbar_gazetteer::Match<'a>,
}

impl<'a> EntityMention<'a> {
    /// Where it is in the text.
    pub fn span(&self) -> Span {
        self.inner.span()
    }

    /// The mention as written.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The entry it names.
    pub fn entry(&self) -> &'a Entry {
        self.inner.entry()
    }

    /// Other entries with the same name.
    pub fn alternatives(&self) -> impl Iterator<Item = &'a Entry> + 'a {
        self.inner.alternatives()
    }

    /// Why it was accepted.
    pub fn reason(&self) -> Reason {
        self.inner.reason()
    }
}

#[cfg(feature = "serde")]
mod ser {
    use serde::ser::{Serialize, SerializeMap, Serializer};

    use super::{Analysis, EntityMention};

    impl Serialize for EntityMention<'_> {
        /// `{"start", "end", "text", "id", "name_en", "kind", "country"}`;
        /// `country` is the place's country, or the actor's home country.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let e = self.entry();
            let mut m = s.serialize_map(Some(7))?;
            m.serialize_entry("start", &self.span().start)?;
            m.serialize_entry("end", &self.span().end)?;
            m.serialize_entry("text", self.as_str())?;
            m.serialize_entry("id", e.id())?;
            m.serialize_entry("name_en", e.name_en())?;
            m.serialize_entry("kind", e.kind().as_str())?;
            m.serialize_entry("country", &e.country())?;
            m.end()
        }
    }

    impl Serialize for Analysis<'_> {
        /// `{"places", "actors", "numbers", "dates"}`.
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(4))?;
            m.serialize_entry("places", &self.places)?;
            m.serialize_entry("actors", &self.actors)?;
            m.serialize_entry("numbers", &self.numbers)?;
            m.serialize_entry("dates", &self.dates)?;
            m.end()
        }
    }
}

// The README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
