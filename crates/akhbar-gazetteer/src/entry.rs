use crate::error::{BuildError, Origin};
use crate::kind::{Kind, Target};

/// How a name of an entry may be used.
///
/// In the data files the use is a marker in front of the name: nothing for
/// [`Match`](NameUse::Match), `?` for [`Ambiguous`](NameUse::Ambiguous), `~`
/// for [`Weak`](NameUse::Weak), `^` for
/// [`TriggerOnly`](NameUse::TriggerOnly), `@` for
/// [`InCountry`](NameUse::InCountry), `!` for
/// [`LookupOnly`](NameUse::LookupOnly).
///
/// ```
/// use akhbar_gazetteer::{Name, NameUse};
///
/// let n = Name::parse("?الباب");
/// assert_eq!((n.text(), n.usage()), ("الباب", NameUse::Ambiguous));
/// assert_eq!(n.to_string(), "?الباب");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameUse {
    /// Matched wherever it stands as a word.
    Match,
    /// Also a common word, a personal name or the name of something else:
    /// matched only with context (a trigger word before it, a place of its
    /// admin chain nearby, or a coordination with a matched name).
    Ambiguous,
    /// A rarer word or an adjective as well as a name (البصيرة "insight",
    /// سورية "Syrian"): matched after a locative preposition (في، من، إلى،
    /// قرب...), or with the context an ambiguous name needs; a trigger word
    /// that names kinds licenses it only for those kinds (منطقة سورية is "a
    /// Syrian area").
    Weak,
    /// A frequent word first and a name second (المدينة "the city", أبرز
    /// "most prominent", تشرين the month): matched only right after a
    /// trigger word that allows its kind (قرية تشرين، بلدة الصور). A place
    /// nearby, a preposition or a list does not license it.
    TriggerOnly,
    /// A generic name that means the entry only in its own country
    /// (القوات الأمنية is the Iraqi security forces in a report from Mosul,
    /// the Syrian government's in one from Daraa): matched with the context
    /// an ambiguous name needs, or when a place of one of the entry's
    /// countries is named nearby.
    InCountry,
    /// Found by look-ups, never matched in running text.
    LookupOnly,
}

/// One name of an entry: its text as written and how it may be used.
///
/// A name may name a place inside it, written in square brackets in the
/// data: `الميليشيات المدعومة من [إيران]` is the actor, and إيران in it is
/// reported as a place too. Names of the place itself (سوريا in قوات سوريا
/// الديمقراطية) are not bracketed: they are part of the name.
///
/// ```
/// use akhbar_gazetteer::Name;
///
/// let n = Name::parse("الميليشيات المدعومة من [إيران]");
/// assert_eq!(n.text(), "الميليشيات المدعومة من إيران");
/// assert_eq!(n.place_within(), Some("إيران"));
/// assert_eq!(n.to_string(), "الميليشيات المدعومة من [إيران]");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Name {
    text: String,
    usage: NameUse,
    /// The byte range in `text` of a place named within it.
    within: Option<(usize, usize)>,
}

impl Name {
    /// A name with an explicit use.
    ///
    /// ```
    /// use akhbar_gazetteer::{Name, NameUse};
    /// assert_eq!(Name::new("حلب", NameUse::Match).to_string(), "حلب");
    /// ```
    pub fn new(text: impl Into<String>, usage: NameUse) -> Name {
        Name {
            text: text.into(),
            usage,
            within: None,
        }
    }

    /// Reads a name with its optional marker (`?` ambiguous, `~` weak, `^`
    /// after a trigger only, `@` in its country, `!` look-up only).
    /// Surrounding whitespace is trimmed.
    ///
    /// ```
    /// use akhbar_gazetteer::{Name, NameUse};
    /// assert_eq!(Name::parse(" !مركز حلب ").usage(), NameUse::LookupOnly);
    /// ```
    pub fn parse(s: &str) -> Name {
        let s = s.trim();
        let (usage, text) = match s.chars().next() {
            Some('?') => (NameUse::Ambiguous, &s[1..]),
            Some('!') => (NameUse::LookupOnly, &s[1..]),
            Some('~') => (NameUse::Weak, &s[1..]),
            Some('^') => (NameUse::TriggerOnly, &s[1..]),
            Some('@') => (NameUse::InCountry, &s[1..]),
            _ => (NameUse::Match, s),
        };
        let text = text.trim();
        // One bracketed place, brackets balanced; anything else is kept as
        // written (and refused by the loaders).
        if let (Some(open), Some(close)) = (text.find('['), text.find(']')) {
            let inner = &text[open + 1..close.max(open + 1)];
            if open < close
                && text.matches('[').count() == 1
                && text.matches(']').count() == 1
                && !inner.trim().is_empty()
            {
                let plain = format!("{}{}{}", &text[..open], inner, &text[close + 1..]);
                return Name {
                    text: plain,
                    usage,
                    within: Some((open, close - 1)),
                };
            }
        }
        Name::new(text, usage)
    }

    /// The place named within this name, if the data brackets one.
    pub fn place_within(&self) -> Option<&str> {
        self.within.map(|(s, e)| &self.text[s..e])
    }

    /// The name as written, without marker.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How the name may be used.
    pub fn usage(&self) -> NameUse {
        self.usage
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.usage {
            NameUse::Match => {}
            NameUse::Ambiguous => f.write_str("?")?,
            NameUse::Weak => f.write_str("~")?,
            NameUse::TriggerOnly => f.write_str("^")?,
            NameUse::InCountry => f.write_str("@")?,
            NameUse::LookupOnly => f.write_str("!")?,
        }
        match self.within {
            Some((s, e)) => write!(
                f,
                "{}[{}]{}",
                &self.text[..s],
                &self.text[s..e],
                &self.text[e..]
            ),
            None => f.write_str(&self.text),
        }
    }
}

/// A point in WGS84 decimal degrees.
///
/// ```
/// let c = akhbar_gazetteer::Coordinates::new(35.3359, 40.1408).unwrap();
/// assert_eq!((c.lat(), c.lon()), (35.3359, 40.1408));
/// assert!(akhbar_gazetteer::Coordinates::new(95.0, 0.0).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coordinates {
    lat: f64,
    lon: f64,
}

impl Coordinates {
    /// A point, if the latitude and longitude are in range.
    pub fn new(lat: f64, lon: f64) -> Option<Coordinates> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Coordinates { lat, lon })
    }

    /// Latitude.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude.
    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// Great-circle distance in kilometres.
    ///
    /// ```
    /// use akhbar_gazetteer::Coordinates;
    /// let raqqa = Coordinates::new(35.95, 39.01).unwrap();
    /// let tabqa = Coordinates::new(35.84, 38.55).unwrap();
    /// assert!((raqqa.distance_km(tabqa) - 43.0).abs() < 2.0);
    /// ```
    pub fn distance_km(&self, other: Coordinates) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        6371.0 * 2.0 * a.sqrt().asin()
    }
}

/// A place or an armed actor.
///
/// Entries come from the embedded data, from users' TSV files, or from
/// [`Entry::builder`].
///
/// ```
/// use akhbar_gazetteer::{Gazetteer, Kind, PlaceKind};
///
/// let raqqa = Gazetteer::embedded().get("SY11").unwrap();
/// assert_eq!(raqqa.name_ar(), "الرقة");
/// assert_eq!(raqqa.kind(), Kind::Place(PlaceKind::Governorate));
/// assert_eq!(raqqa.country(), Some("SY"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub(crate) id: String,
    pub(crate) kind: Kind,
    pub(crate) name_en: String,
    /// The Arabic name first, then the aliases.
    pub(crate) names: Vec<Name>,
    pub(crate) countries: Vec<String>,
    pub(crate) parent: Option<String>,
    pub(crate) coordinates: Option<Coordinates>,
    pub(crate) pcode: Option<String>,
    pub(crate) geonames: Option<u64>,
    pub(crate) source: String,
    pub(crate) origin: Origin,
}

impl Entry {
    /// Starts an entry in code.
    ///
    /// ```
    /// use akhbar_gazetteer::{Entry, Kind, PlaceKind};
    ///
    /// let e = Entry::builder("my-farm", Kind::Place(PlaceKind::Village), "مزرعة الوادي", "Wadi farm")
    ///     .alias("مزرعة وادي")
    ///     .country("SY")
    ///     .parent("SY11")
    ///     .coordinates(35.9, 39.0)
    ///     .source("field report")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(e.aliases().count(), 1);
    /// ```
    pub fn builder(
        id: impl Into<String>,
        kind: Kind,
        name_ar: impl AsRef<str>,
        name_en: impl Into<String>,
    ) -> EntryBuilder {
        EntryBuilder {
            entry: Entry {
                id: id.into(),
                kind,
                name_en: name_en.into(),
                names: vec![Name::parse(name_ar.as_ref())],
                countries: Vec::new(),
                parent: None,
                coordinates: None,
                pcode: None,
                geonames: None,
                source: String::new(),
                origin: Origin {
                    source: "<code>".to_string(),
                    line: 0,
                },
            },
            bad_coordinates: false,
        }
    }

    /// The stable id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The kind.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether this is a place or an actor.
    pub fn target(&self) -> Target {
        Target::of(self.kind)
    }

    /// The usual Arabic name, without marker.
    pub fn name_ar(&self) -> &str {
        self.names[0].text()
    }

    /// The usual English name.
    pub fn name_en(&self) -> &str {
        &self.name_en
    }

    /// Every name: the Arabic name first, then the aliases.
    ///
    /// ```
    /// let sdf = akhbar_gazetteer::Gazetteer::embedded().get("SDF").unwrap();
    /// assert!(sdf.names().any(|n| n.text() == "قسد"));
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &Name> {
        self.names.iter()
    }

    /// The aliases (every name but the first).
    pub fn aliases(&self) -> impl Iterator<Item = &Name> {
        self.names.iter().skip(1)
    }

    /// The country (ISO 3166-1 alpha-2): for a place, the country it lies
    /// in; for an actor, its home country. `None` for supranational
    /// regions.
    pub fn country(&self) -> Option<&str> {
        self.countries.first().map(String::as_str)
    }

    /// Every country of the entry: for an actor, its home country and the
    /// countries where it operates.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        self.countries.iter().map(String::as_str)
    }

    /// The id of the parent: the next admin unit up for a place, the
    /// umbrella for an actor.
    pub fn parent(&self) -> Option<&str> {
        self.parent.as_deref()
    }

    /// Where it is, if known.
    pub fn coordinates(&self) -> Option<Coordinates> {
        self.coordinates
    }

    /// The OCHA P-code, if known.
    pub fn pcode(&self) -> Option<&str> {
        self.pcode.as_deref()
    }

    /// The GeoNames id, if known.
    pub fn geonames(&self) -> Option<u64> {
        self.geonames
    }

    /// Where the entry's facts come from (the data's provenance note).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The file and line the entry was read from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}

/// Builds an [`Entry`] in code; made by [`Entry::builder`].
#[derive(Clone, Debug)]
pub struct EntryBuilder {
    entry: Entry,
    bad_coordinates: bool,
}

impl EntryBuilder {
    /// Adds an alias; a leading `?`, `~`, `^` or `!` marks its use (see
    /// [`NameUse`]).
    pub fn alias(mut self, name: impl AsRef<str>) -> EntryBuilder {
        self.entry.names.push(Name::parse(name.as_ref()));
        self
    }

    /// Adds a country (ISO 3166-1 alpha-2); the first is the main one.
    pub fn country(mut self, code: impl Into<String>) -> EntryBuilder {
        self.entry.countries.push(code.into());
        self
    }

    /// Sets the parent id.
    pub fn parent(mut self, id: impl Into<String>) -> EntryBuilder {
        self.entry.parent = Some(id.into());
        self
    }

    /// Sets the coordinates (WGS84 degrees).
    pub fn coordinates(mut self, lat: f64, lon: f64) -> EntryBuilder {
        match Coordinates::new(lat, lon) {
            Some(c) => self.entry.coordinates = Some(c),
            None => self.bad_coordinates = true,
        }
        self
    }

    /// Sets the OCHA P-code.
    pub fn pcode(mut self, pcode: impl Into<String>) -> EntryBuilder {
        self.entry.pcode = Some(pcode.into());
        self
    }

    /// Sets the GeoNames id.
    pub fn geonames(mut self, id: u64) -> EntryBuilder {
        self.entry.geonames = Some(id);
        self
    }

    /// Sets the provenance note.
    pub fn source(mut self, note: impl Into<String>) -> EntryBuilder {
        self.entry.source = note.into();
        self
    }

    /// Checks and returns the entry: the id and every name must be
    /// non-empty (names after normalization), countries must be two
    /// upper-case letters, coordinates in range.
    ///
    /// ```
    /// use akhbar_gazetteer::{Entry, Kind, PlaceKind};
    /// let err = Entry::builder("x", Kind::Place(PlaceKind::Town), "ـــ", "X").build().unwrap_err();
    /// assert!(err.to_string().contains("empty after normalization"));
    /// ```
    pub fn build(self) -> Result<Entry, BuildError> {
        let e = self.entry;
        let invalid = |problem: String| BuildError::InvalidEntry {
            id: e.id.clone(),
            problem,
        };
        if e.id.trim().is_empty() {
            return Err(invalid("empty id".to_string()));
        }
        if self.bad_coordinates {
            return Err(invalid("coordinates out of range".to_string()));
        }
        if let Some(c) = e.countries.iter().find(|c| !is_country_code(c)) {
            return Err(invalid(format!("bad country code {c:?}")));
        }
        if let Some(n) = e.names.iter().find(|n| normalized_is_empty(n.text())) {
            return Err(invalid(format!(
                "name {:?} is empty after normalization",
                n.text()
            )));
        }
        if let Some(n) = e.names.iter().find(|n| n.text().contains(['[', ']'])) {
            return Err(invalid(format!(
                "name {:?}: brackets must enclose one place name",
                n.text()
            )));
        }
        Ok(e)
    }
}

pub(crate) fn is_country_code(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

pub(crate) fn normalized_is_empty(name: &str) -> bool {
    akhbar_normalize::SEARCH.normalize(name).trim().is_empty()
}
