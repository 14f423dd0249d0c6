use crate::kind::{Kind, Target};

/// A word that, right before an ambiguous name, licenses it: مدينة before
/// الباب makes it the town, تنظيم before الدولة makes it ISIS.
///
/// A trigger may name the kinds of entry it points to, so that a name shared
/// by several entries resolves to the right one: مخيم points to camps, قضاء
/// to districts.
///
/// ```
/// use akhbar_gazetteer::{Kind, PlaceKind, Target, Trigger};
///
/// let t = Trigger::new("مخيم", Target::Place).kind(Kind::Place(PlaceKind::Camp));
/// assert_eq!(t.word(), "مخيم");
/// assert_eq!(t.target(), Target::Place);
/// assert_eq!(t.kinds(), [Kind::Place(PlaceKind::Camp)]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trigger {
    word: String,
    target: Target,
    kinds: Vec<Kind>,
    locative: bool,
}

impl Trigger {
    /// A trigger word for places or for actors.
    pub fn new(word: impl Into<String>, target: Target) -> Trigger {
        Trigger {
            word: word.into().trim().to_string(),
            target,
            kinds: Vec::new(),
            locative: false,
        }
    }

    /// A locative preposition (في، من، إلى، قرب): it licenses only weak
    /// place names ([`NameUse::Weak`](crate::NameUse::Weak)), which are
    /// adjectives or rarer words elsewhere.
    ///
    /// ```
    /// use akhbar_gazetteer::{Target, Trigger};
    /// let t = Trigger::locative("في");
    /// assert!(t.is_locative());
    /// assert_eq!(t.target(), Target::Place);
    /// ```
    pub fn locative(word: impl Into<String>) -> Trigger {
        Trigger {
            locative: true,
            ..Trigger::new(word, Target::Place)
        }
    }

    /// Whether this is a locative preposition rather than a word naming a
    /// kind of place or actor.
    pub fn is_locative(&self) -> bool {
        self.locative
    }

    /// Adds a kind of entry the word points to.
    pub fn kind(mut self, kind: Kind) -> Trigger {
        self.kinds.push(kind);
        self
    }

    /// The word, as written.
    pub fn word(&self) -> &str {
        &self.word
    }

    /// Whether it licenses places or actors.
    pub fn target(&self) -> Target {
        self.target
    }

    /// The kinds it points to, best first; empty when it does not say.
    pub fn kinds(&self) -> &[Kind] {
        &self.kinds
    }
}
