use core::fmt;
use core::str::FromStr;

/// One switchable normalization step.
///
/// Every fold maps a set of characters to their plain form or removes them.
/// [`Config`] holds which folds are on.
///
/// ```
/// use akhbar_normalize::{Config, Fold};
///
/// let config = Config::none().with(Fold::Alef, true);
/// assert!(config.has(Fold::Alef));
/// assert!(!config.has(Fold::TehMarbuta));
/// assert_eq!("teh-marbuta".parse::<Fold>(), Ok(Fold::TehMarbuta));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fold {
    /// Remove the harakat and tanween (U+064B–U+0652) and the superscript
    /// alef (U+0670), as CAMeL Tools' `dediac_ar` does.
    Diacritics,
    /// Remove Quranic annotation marks and other Arabic combining marks
    /// (U+0610–U+061A, U+0653–U+065F, U+06D6–U+06ED, U+08D3–U+08FF).
    QuranicMarks,
    /// Remove the tatweel (kashida, U+0640).
    Tatweel,
    /// أ إ آ ٱ ٲ ٳ ٵ → ا.
    Alef,
    /// ى → ي (CAMeL Tools' `normalize_alef_maksura_ar`).
    AlefMaksura,
    /// ة → ه (CAMeL Tools' `normalize_teh_marbuta_ar`).
    TehMarbuta,
    /// Hamza on a carrier: ؤ → و, ئ → ي (and their rarer variants).
    Hamza,
    /// Persian and Urdu letter forms: ی ې ۍ ێ → ي, ک ڪ → ك, ہ ھ ە ۀ → ه.
    PersianLetters,
    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their
    /// letters, lam-alef ligatures to two letters.
    PresentationForms,
    /// Decimal digits of every script → ASCII digits.
    Digits,
    /// Arabic punctuation → ASCII: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`,
    /// ٫ → `.`, ٬ → `,`, ۔ → `.`, ٭ → `*`.
    Punctuation,
    /// Remove invisible and bidirectional controls: ZWSP, ZWNJ, ZWJ, LRM,
    /// RLM, ALM, BOM, word joiner, soft hyphen, embeddings, overrides and
    /// isolates.
    Invisibles,
    /// Unify quotation marks: « » “ ” „ ‟ ″ → `"`, ‘ ’ ‚ ‛ ′ ` → `'`.
    Quotes,
    /// Collapse every run of whitespace to one space, or to one newline when
    /// the run holds a line break, so that names never match across lines.
    Whitespace,
}

impl Fold {
    /// Every fold, in a fixed order.
    pub const ALL: [Fold; 14] = [
        Fold::Diacritics,
        Fold::QuranicMarks,
        Fold::Tatweel,
        Fold::Alef,
        Fold::AlefMaksura,
        Fold::TehMarbuta,
        Fold::Hamza,
        Fold::PersianLetters,
        Fold::PresentationForms,
        Fold::Digits,
        Fold::Punctuation,
        Fold::Invisibles,
        Fold::Quotes,
        Fold::Whitespace,
    ];

    /// The fold's name in kebab case, as accepted by [`FromStr`].
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Fold::AlefMaksura.name(), "alef-maksura");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Fold::Diacritics => "diacritics",
            Fold::QuranicMarks => "quranic-marks",
            Fold::Tatweel => "tatweel",
            Fold::Alef => "alef",
            Fold::AlefMaksura => "alef-maksura",
            Fold::TehMarbuta => "teh-marbuta",
            Fold::Hamza => "hamza",
            Fold::PersianLetters => "persian-letters",
            Fold::PresentationForms => "presentation-forms",
            Fold::Digits => "digits",
            Fold::Punctuation => "punctuation",
            Fold::Invisibles => "invisibles",
            Fold::Quotes => "quotes",
            Fold::Whitespace => "whitespace",
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for Fold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error returned when parsing an unknown [`Fold`] or [`Profile`] name.
///
/// ```
/// let err = "nope".parse::<akhbar_normalize::Profile>().unwrap_err();
/// assert!(err.to_string().contains("nope"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    what: &'static str,
    name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.what, self.name)
    }
}

impl std::error::Error for UnknownName {}

impl FromStr for Fold {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Fold, UnknownName> {
        Fold::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| UnknownName {
                what: "fold",
                name: s.to_string(),
            })
    }
}

/// Which [`Fold`]s a [`Normalizer`](crate::Normalizer) applies.
///
/// A `Config` is a small `Copy` value with `const` setters, so a configured
/// normalizer can live in a `static`.
///
/// ```
/// use akhbar_normalize::{Config, Normalizer};
///
/// static ALEF_ONLY: Normalizer = Normalizer::new(Config::none().alef(true));
/// assert_eq!(ALEF_ONLY.normalize("إدلب"), "ادلب");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Config {
    bits: u16,
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident, $fold:expr) => {
        $(#[$doc])*
        pub const fn $name(self, yes: bool) -> Config {
            self.with($fold, yes)
        }
    };
}

impl Config {
    /// No fold at all: the normalizer returns its input unchanged.
    pub const fn none() -> Config {
        Config { bits: 0 }
    }

    /// Every fold: the profile used for matching names, numbers and dates.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Normalizer};
    /// let n = Normalizer::new(Config::search());
    /// assert_eq!(n.normalize("وَالرَّقَّةُ ، إدلـــب ٢٠٢٣"), "والرقه , ادلب 2023");
    /// ```
    pub const fn search() -> Config {
        let mut bits = 0;
        let mut i = 0;
        while i < Fold::ALL.len() {
            bits |= Fold::ALL[i].bit();
            i += 1;
        }
        Config { bits }
    }

    /// Only what never changes how a word is spelled: diacritics, Quranic
    /// marks, tatweel and invisible controls are removed.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Normalizer};
    /// let n = Normalizer::new(Config::light());
    /// assert_eq!(n.normalize("إدلـــبُ"), "إدلب");
    /// ```
    pub const fn light() -> Config {
        Config::none()
            .diacritics(true)
            .quranic_marks(true)
            .tatweel(true)
            .invisibles(true)
    }

    /// CAMeL Tools' chain `normalize_alef_ar`, `normalize_alef_maksura_ar`,
    /// `normalize_teh_marbuta_ar`, `dediac_ar`. One difference: the alef
    /// fold also turns the rare ٲ ٳ ٵ (alef with a wavy hamza, Persian and
    /// Urdu spellings) into ا, which CAMeL Tools leaves; on text without
    /// them the output is byte for byte CAMeL Tools' (the parity test
    /// checks it).
    ///
    /// ```
    /// use akhbar_normalize::{Config, Normalizer};
    /// let n = Normalizer::new(Config::camel_tools());
    /// assert_eq!(n.normalize("إلى المدينةِ"), "الي المدينه");
    /// ```
    pub const fn camel_tools() -> Config {
        Config::none()
            .diacritics(true)
            .alef(true)
            .alef_maksura(true)
            .teh_marbuta(true)
    }

    /// Turns `fold` on or off.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Fold};
    /// assert!(!Config::search().with(Fold::Digits, false).has(Fold::Digits));
    /// ```
    pub const fn with(self, fold: Fold, yes: bool) -> Config {
        let bits = if yes {
            self.bits | fold.bit()
        } else {
            self.bits & !fold.bit()
        };
        Config { bits }
    }

    /// Whether `fold` is on.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Fold};
    /// assert!(Config::light().has(Fold::Tatweel));
    /// assert!(!Config::light().has(Fold::Alef));
    /// ```
    pub const fn has(self, fold: Fold) -> bool {
        self.bits & fold.bit() != 0
    }

    /// The folds that are on, in [`Fold::ALL`] order.
    ///
    /// ```
    /// use akhbar_normalize::{Config, Fold};
    /// let on: Vec<Fold> = Config::camel_tools().folds().collect();
    /// assert_eq!(on, [Fold::Diacritics, Fold::Alef, Fold::AlefMaksura, Fold::TehMarbuta]);
    /// ```
    pub fn folds(self) -> impl Iterator<Item = Fold> {
        Fold::ALL.into_iter().filter(move |f| self.has(*f))
    }

    setter!(
        /// Sets [`Fold::Diacritics`].
        diacritics, Fold::Diacritics);
    setter!(
        /// Sets [`Fold::QuranicMarks`].
        quranic_marks, Fold::QuranicMarks);
    setter!(
        /// Sets [`Fold::Tatweel`].
        tatweel, Fold::Tatweel);
    setter!(
        /// Sets [`Fold::Alef`].
        alef, Fold::Alef);
    setter!(
        /// Sets [`Fold::AlefMaksura`].
        alef_maksura, Fold::AlefMaksura);
    setter!(
        /// Sets [`Fold::TehMarbuta`].
        teh_marbuta, Fold::TehMarbuta);
    setter!(
        /// Sets [`Fold::Hamza`].
        hamza, Fold::Hamza);
    setter!(
        /// Sets [`Fold::PersianLetters`].
        persian_letters, Fold::PersianLetters);
    setter!(
        /// Sets [`Fold::PresentationForms`].
        presentation_forms, Fold::PresentationForms);
    setter!(
        /// Sets [`Fold::Digits`].
        digits, Fold::Digits);
    setter!(
        /// Sets [`Fold::Punctuation`].
        punctuation, Fold::Punctuation);
    setter!(
        /// Sets [`Fold::Invisibles`].
        invisibles, Fold::Invisibles);
    setter!(
        /// Sets [`Fold::Quotes`].
        quotes, Fold::Quotes);
    setter!(
        /// Sets [`Fold::Whitespace`].
        whitespace, Fold::Whitespace);
}

impl Default for Config {
    /// The [`search`](Config::search) configuration.
    fn default() -> Config {
        Config::search()
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.folds()).finish()
    }
}

/// A named [`Config`].
///
/// ```
/// use akhbar_normalize::{Config, Profile};
/// assert_eq!("light".parse::<Profile>().unwrap().config(), Config::light());
/// assert_eq!(Profile::Search.to_string(), "search");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// [`Config::search`]: every fold, for matching.
    #[default]
    Search,
    /// [`Config::light`]: diacritics, tatweel and invisibles removed only.
    Light,
    /// [`Config::camel_tools`]: CAMeL Tools' four folds.
    CamelTools,
}

impl Profile {
    /// The profile's configuration.
    ///
    /// ```
    /// use akhbar_normalize::{Fold, Profile};
    /// assert!(Profile::Search.config().has(Fold::Whitespace));
    /// ```
    pub const fn config(self) -> Config {
        match self {
            Profile::Search => Config::search(),
            Profile::Light => Config::light(),
            Profile::CamelTools => Config::camel_tools(),
        }
    }

    /// The profile's name, as accepted by [`FromStr`].
    ///
    /// ```
    /// assert_eq!(akhbar_normalize::Profile::CamelTools.name(), "camel-tools");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Profile::Search => "search",
            Profile::Light => "light",
            Profile::CamelTools => "camel-tools",
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Profile {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Profile, UnknownName> {
        [Profile::Search, Profile::Light, Profile::CamelTools]
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| UnknownName {
                what: "profile",
                name: s.to_string(),
            })
    }
}
