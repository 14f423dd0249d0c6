use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use akhbar_normalize::SEARCH;
use once_cell::sync::{Lazy, OnceCell};

use crate::entry::Entry;
use crate::error::{BuildError, LoadError};
use crate::trigger::Trigger;
use crate::tsv;

static PLACES_TSV: &str = include_str!("../data/places.tsv");
static ACTORS_TSV: &str = include_str!("../data/actors.tsv");
static TRIGGERS_TSV: &str = include_str!("../data/triggers.tsv");
static BLOCKERS_TSV: &str = include_str!("../data/blockers.tsv");

static EMBEDDED: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    // The embedded files are checked by the crate's tests; a failure here
    // is a bug in the shipped data, not in the caller's input.
    Gazetteer::builder()
        .tsv("places.tsv", PLACES_TSV.as_bytes())
        .and_then(|b| b.tsv("actors.tsv", ACTORS_TSV.as_bytes()))
        .and_then(|b| b.triggers_tsv("triggers.tsv", TRIGGERS_TSV.as_bytes()))
        .and_then(|b| b.blockers_tsv("blockers.tsv", BLOCKERS_TSV.as_bytes()))
        .map_err(|e| e.to_string())
        .and_then(|b| b.build().map_err(|e| e.to_string()))
        .map(Arc::new)
        .unwrap_or_else(|e| panic!("akhbar-gazetteer's embedded data is invalid: {e}"))
});

/// A set of places and armed actors with look-ups by id, by name and along
/// the parent chain.
///
/// The default data, embedded in the crate, covers Syria, Iraq, their
/// neighbours and the armed actors of both wars; it is parsed once, on first
/// use. Users can load their own TSV, build entries in code, and combine
/// either with the default data through [`GazetteerBuilder`].
///
/// ```
/// use akhbar_gazetteer::Gazetteer;
///
/// let g = Gazetteer::embedded();
/// let hits: Vec<&str> = g.lookup("الحسكه").map(|e| e.id()).collect();
/// assert!(hits.contains(&"SY08"));
/// let chain: Vec<&str> = g.ancestors("SY08").map(|e| e.id()).collect();
/// assert_eq!(chain, ["SY"]);
/// ```
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// Search form of every name → entries; built on the first look-up,
    /// as matching does not need it.
    by_name: OnceCell<HashMap<String, Vec<usize>>>,
    children: Vec<Vec<usize>>,
    parents: Vec<Option<usize>>,
    /// The parent chain of every entry, nearest first, flattened:
    /// `chains[chain_at[i]..chain_at[i + 1]]`.
    chains: Vec<u32>,
    chain_at: Vec<u32>,
    triggers: Vec<Trigger>,
    blockers: Vec<String>,
}

impl Gazetteer {
    /// The default data embedded in the crate, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// The default data as a shared pointer, for building a
    /// [`Matcher`](crate::Matcher) without copying it.
    ///
    /// ```
    /// use akhbar_gazetteer::{Gazetteer, Matcher};
    /// let m = Matcher::builder().require_context(false).build(Gazetteer::embedded_arc()).unwrap();
    /// assert!(m.gazetteer().get("SY").is_some());
    /// ```
    pub fn embedded_arc() -> Arc<Gazetteer> {
        Arc::clone(&EMBEDDED)
    }

    /// Starts an empty gazetteer; add the default data with
    /// [`GazetteerBuilder::embedded`].
    ///
    /// ```
    /// use akhbar_gazetteer::{Entry, Gazetteer, Kind, PlaceKind};
    ///
    /// let farm = Entry::builder("farm-1", Kind::Place(PlaceKind::Village), "مزرعة الوادي", "Wadi farm")
    ///     .parent("SY11")
    ///     .country("SY")
    ///     .build()
    ///     .unwrap();
    /// let g = Gazetteer::builder().embedded().entry(farm).build().unwrap();
    /// assert_eq!(g.ancestors("farm-1").next().unwrap().id(), "SY11");
    /// ```
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Every entry, in the order they were added.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = &Entry> {
        self.entries.iter()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries with a name or alias equal to `name` once both are
    /// normalized (hamza, teh marbuta, diacritics... do not matter), or an
    /// English name equal to it ignoring case, hyphens and the article
    /// (Raqqa finds Ar-Raqqa). Look-up-only names count.
    ///
    /// ```
    /// let g = akhbar_gazetteer::Gazetteer::embedded();
    /// assert!(g.lookup("داعش").any(|e| e.id() == "ISIS"));
    /// assert!(g.lookup("الرقه").any(|e| e.id() == "SY11"));
    /// assert!(g.lookup("Raqqa").any(|e| e.id() == "SY11"));
    /// ```
    pub fn lookup<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        let key = lookup_key(name);
        self.by_name()
            .get(&key)
            .into_iter()
            .flatten()
            .map(move |&i| &self.entries[i])
    }

    /// The entries whose parent is `id`.
    ///
    /// ```
    /// let g = akhbar_gazetteer::Gazetteer::embedded();
    /// assert!(g.children("SY").any(|e| e.id() == "SY09"));
    /// ```
    pub fn children<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.by_id
            .get(id)
            .map(|&i| self.children[i].as_slice())
            .unwrap_or_default()
            .iter()
            .map(move |&c| &self.entries[c])
    }

    /// The parent chain of `id`, nearest first, not including `id` itself.
    ///
    /// ```
    /// let g = akhbar_gazetteer::Gazetteer::embedded();
    /// let up: Vec<&str> = g.ancestors("YPG").map(|e| e.id()).collect();
    /// assert_eq!(up, ["SDF"]);
    /// ```
    pub fn ancestors<'a>(&'a self, id: &str) -> Ancestors<'a> {
        Ancestors {
            gazetteer: self,
            next: self.by_id.get(id).and_then(|&i| self.parents[i]),
        }
    }

    /// Whether `ancestor` is on the parent chain of `id`.
    pub fn is_ancestor(&self, ancestor: &str, id: &str) -> bool {
        self.ancestors(id).any(|e| e.id() == ancestor)
    }

    /// The trigger words: words that, right before an ambiguous name,
    /// license it as a place or an actor (مدينة، بلدة، تنظيم...).
    ///
    /// ```
    /// let g = akhbar_gazetteer::Gazetteer::embedded();
    /// assert!(g.triggers().any(|t| t.word() == "مخيم"));
    /// ```
    pub fn triggers(&self) -> impl Iterator<Item = &Trigger> {
        self.triggers.iter()
    }

    /// Phrases that contain names but are not mentions of them: names of
    /// newspapers, institutes and idioms (واشنطن بوست، مركز صوفان، حجر الرحى).
    /// The matcher consumes them and reports nothing inside.
    ///
    /// ```
    /// let g = akhbar_gazetteer::Gazetteer::embedded();
    /// assert!(g.blockers().any(|b| b == "واشنطن بوست"));
    /// ```
    pub fn blockers(&self) -> impl Iterator<Item = &str> {
        self.blockers.iter().map(String::as_str)
    }

    /// The entries as TSV with every column, readable by
    /// [`GazetteerBuilder::tsv`].
    ///
    /// ```
    /// use akhbar_gazetteer::Gazetteer;
    /// let g = Gazetteer::embedded();
    /// let actors: Vec<_> = g.entries().filter(|e| e.kind().is_actor()).collect();
    /// let tsv = Gazetteer::to_tsv(&actors);
    /// let back = Gazetteer::builder().tsv("actors", tsv.as_bytes()).unwrap().build().unwrap();
    /// assert_eq!(back.len(), actors.len());
    /// ```
    pub fn to_tsv(entries: &[&Entry]) -> String {
        tsv::write_entries(entries)
    }

    pub(crate) fn entry_at(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// The by-name index, built on first use.
    fn by_name(&self) -> &HashMap<String, Vec<usize>> {
        self.by_name.get_or_init(|| {
            let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, e) in self.entries.iter().enumerate() {
                let keys = e
                    .names()
                    .map(|n| lookup_key(n.text()))
                    .chain((!e.name_en().is_empty()).then(|| lookup_key(e.name_en())));
                for key in keys {
                    let v = by_name.entry(key).or_default();
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
            }
            by_name
        })
    }

    /// The ancestors of entry `i`, nearest first.
    pub(crate) fn chain_of(&self, i: usize) -> &[u32] {
        &self.chains[self.chain_at[i] as usize..self.chain_at[i + 1] as usize]
    }
}

/// The key of the by-name index: the search form of an Arabic name; for a
/// Latin name, its lower-case words without apostrophes, hyphens and the
/// article (Ar-Raqqa, ar raqqa and Raqqa are all `raqqa`; Deir ez-Zor is
/// `deir zor`).
fn lookup_key(name: &str) -> String {
    let n = SEARCH.normalize(name.trim()).into_owned();
    if !n.is_ascii() {
        return n;
    }
    const ARTICLES: [&str; 18] = [
        "al", "el", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "an", "ad", "ed", "es",
        "et", "ez", "en", "er",
    ];
    let lower = n.to_ascii_lowercase().replace(['\'', '`'], "");
    let words: Vec<&str> = lower
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| !(ARTICLES.contains(w) && i + 1 < words.len()))
        .map(|(_, w)| *w)
        .collect();
    kept.join(" ")
}

/// The parent chain of an entry; made by [`Gazetteer::ancestors`].
#[derive(Clone, Debug)]
pub struct Ancestors<'a> {
    gazetteer: &'a Gazetteer,
    next: Option<usize>,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a Entry;

    fn next(&mut self) -> Option<&'a Entry> {
        let i = self.next?;
        self.next = self.gazetteer.parents[i];
        Some(&self.gazetteer.entries[i])
    }
}

/// Assembles a [`Gazetteer`] from the default data, TSV files and entries
/// built in code; made by [`Gazetteer::builder`].
///
/// ```
/// use akhbar_gazetteer::Gazetteer;
///
/// let mine = "id\tkind\tname_ar\tname_en\tparent\tcountry\n\
///             farm-7\tvillage\tمزرعة السبع\tSabaa farm\tSY11\tSY\n";
/// let g = Gazetteer::builder()
///     .embedded()
///     .tsv("mine.tsv", mine.as_bytes())
///     .unwrap()
///     .build()
///     .unwrap();
/// assert_eq!(g.get("farm-7").unwrap().name_en(), "Sabaa farm");
/// ```
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    triggers: Vec<Trigger>,
    blockers: Vec<String>,
}

impl GazetteerBuilder {
    /// Adds the default data: places, actors and trigger words.
    pub fn embedded(mut self) -> GazetteerBuilder {
        let g: &Gazetteer = &EMBEDDED;
        self.entries.extend(g.entries.iter().cloned());
        self.triggers.extend(g.triggers.iter().cloned());
        self.blockers.extend(g.blockers.iter().cloned());
        self
    }

    /// Adds the entries of a TSV file (see the crate docs for the columns).
    /// `source` names the file in error messages and in each entry's
    /// [`origin`](crate::Entry::origin).
    pub fn tsv(mut self, source: &str, reader: impl Read) -> Result<GazetteerBuilder, LoadError> {
        let text = tsv::read_text(source, reader)?;
        self.entries.extend(tsv::parse_entries(source, &text)?);
        Ok(self)
    }

    /// Adds trigger words from a TSV file with columns `word`, `target`
    /// (`place` or `actor`) and, optionally, `kinds` (the kinds of entry the
    /// word points to, `|`-separated: `camp` for مخيم).
    ///
    /// ```
    /// use akhbar_gazetteer::Gazetteer;
    /// let g = Gazetteer::builder()
    ///     .triggers_tsv("t.tsv", "word\ttarget\nمزرعة\tplace\n".as_bytes())
    ///     .unwrap()
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(g.triggers().count(), 1);
    /// ```
    pub fn triggers_tsv(
        mut self,
        source: &str,
        reader: impl Read,
    ) -> Result<GazetteerBuilder, LoadError> {
        let text = tsv::read_text(source, reader)?;
        self.triggers.extend(tsv::parse_triggers(source, &text)?);
        Ok(self)
    }

    /// Adds blocker phrases from a TSV file with a column `phrase`.
    ///
    /// ```
    /// use akhbar_gazetteer::{Gazetteer, Matcher};
    /// let g = Gazetteer::builder()
    ///     .embedded()
    ///     .blockers_tsv("b.tsv", "phrase\tnote\nشارع بغداد\ta street\n".as_bytes())
    ///     .unwrap()
    ///     .build()
    ///     .unwrap();
    /// let m = Matcher::new(g).unwrap();
    /// assert_eq!(m.find_iter("في شارع بغداد").count(), 0);
    /// ```
    pub fn blockers_tsv(
        mut self,
        source: &str,
        reader: impl Read,
    ) -> Result<GazetteerBuilder, LoadError> {
        let text = tsv::read_text(source, reader)?;
        self.blockers.extend(tsv::parse_blockers(source, &text)?);
        Ok(self)
    }

    /// Adds one blocker phrase.
    pub fn blocker(mut self, phrase: impl Into<String>) -> GazetteerBuilder {
        self.blockers.push(phrase.into());
        self
    }

    /// Adds one entry.
    pub fn entry(mut self, entry: Entry) -> GazetteerBuilder {
        self.entries.push(entry);
        self
    }

    /// Adds entries.
    pub fn entries(mut self, entries: impl IntoIterator<Item = Entry>) -> GazetteerBuilder {
        self.entries.extend(entries);
        self
    }

    /// Adds one trigger word.
    ///
    /// ```
    /// use akhbar_gazetteer::{Gazetteer, Kind, PlaceKind, Target, Trigger};
    /// let t = Trigger::new("مزرعة", Target::Place).kind(Kind::Place(PlaceKind::Village));
    /// let g = Gazetteer::builder().trigger(t).build().unwrap();
    /// assert_eq!(g.triggers().next().unwrap().kinds().len(), 1);
    /// ```
    pub fn trigger(mut self, trigger: Trigger) -> GazetteerBuilder {
        self.triggers.push(trigger);
        self
    }

    /// Removes the entries with this id (for replacing an embedded entry
    /// with your own version). Entries whose parent it was keep pointing to
    /// it, so `build` fails unless a replacement with the same id is added.
    ///
    /// ```
    /// use akhbar_gazetteer::{ActorKind, Entry, Gazetteer, Kind};
    /// let mine = Entry::builder("ISIS", Kind::Actor(ActorKind::JihadistGroup), "داعش", "IS (mine)")
    ///     .build()
    ///     .unwrap();
    /// let g = Gazetteer::builder().embedded().remove("ISIS").entry(mine).build().unwrap();
    /// assert_eq!(g.get("ISIS").unwrap().name_en(), "IS (mine)");
    /// ```
    pub fn remove(mut self, id: &str) -> GazetteerBuilder {
        self.entries.retain(|e| e.id() != id);
        // Children of a removed entry would lose their parent: keep them
        // pointing at it and let `build` report them, so nothing is lost
        // silently.
        self
    }

    /// Checks ids and parents and indexes the entries.
    pub fn build(self) -> Result<Gazetteer, BuildError> {
        let entries = self.entries;
        let mut by_id: HashMap<String, usize> = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            if let Some(&first) = by_id.get(e.id()) {
                return Err(BuildError::DuplicateId {
                    id: e.id().to_string(),
                    first: entries[first].origin().clone(),
                    second: e.origin().clone(),
                });
            }
            by_id.insert(e.id().to_string(), i);
        }
        let mut parents = Vec::with_capacity(entries.len());
        let mut children = vec![Vec::new(); entries.len()];
        for (i, e) in entries.iter().enumerate() {
            let p = match e.parent() {
                None => None,
                Some(p) => Some(*by_id.get(p).ok_or_else(|| BuildError::MissingParent {
                    id: e.id().to_string(),
                    parent: p.to_string(),
                    origin: e.origin().clone(),
                })?),
            };
            if let Some(p) = p {
                children[p].push(i);
            }
            parents.push(p);
        }
        // A chain longer than the number of entries must loop.
        for (i, e) in entries.iter().enumerate() {
            let mut at = parents[i];
            let mut steps = 0;
            while let Some(p) = at {
                steps += 1;
                if p == i || steps > entries.len() {
                    return Err(BuildError::ParentCycle {
                        id: e.id().to_string(),
                        origin: e.origin().clone(),
                    });
                }
                at = parents[p];
            }
        }
        let mut chains = Vec::new();
        let mut chain_at = Vec::with_capacity(entries.len() + 1);
        for i in 0..entries.len() {
            chain_at.push(chains.len() as u32);
            let mut at = parents[i];
            while let Some(p) = at {
                chains.push(p as u32);
                at = parents[p];
            }
        }
        chain_at.push(chains.len() as u32);
        Ok(Gazetteer {
            entries,
            by_id,
            by_name: OnceCell::new(),
            children,
            parents,
            chains,
            chain_at,
            triggers: self.triggers,
            blockers: self.blockers,
        })
    }
}
