//! Ambiguity decisions, written into the data as `?` and `!` markers.
//!
//! Order: hand markers stay; major entries get no automatic marker; a name
//! of a small place is `?` when it is a frequent word, a personal name or
//! the name of another place outside its admin chain, and `!` when it has
//! one or two letters; a name of a village or a neighbourhood that is a very
//! frequent word (LOOKUP_ZIPF) or a word of data/curated/news-words.txt is
//! `!` whatever was decided before (hand `?` included);
//! data/curated/ambiguity-overrides.tsv decides last.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use super::entry::{Marker, Origin, Store};
use super::names::{self, key, strip_al};
use super::report::Report;
use super::table::Table;

/// A name whose Zipf frequency (with or without the article) reaches this
/// is a word most readers meet often (3.5 = about 3 per million words).
/// See the report for what each step would flag.
pub const ZIPF_THRESHOLD: f64 = 3.5;

/// A name of a village or a neighbourhood whose Zipf frequency reaches this
/// (about 30 per million words: المدينة، أبرز، تشرين، الجديدة، الشرطة) is
/// look-up only (`!`). As `?` it would be reported whenever a place of its
/// admin chain stands nearby or a name is joined to it by و, and in news the
/// word is nearly always the word: "مداخل المدينة" after منبج, "من أبرز" after
/// عفرين. The context a `?` name needs cannot tell these apart; a trigger word
/// could ("قرية الجديدة"), but the data has no marker for "only after a
/// trigger word", so recall of such villages is given up for precision.
/// Towns, sub-districts and larger places keep `?`: news names them, and
/// their district or a trigger word is usually there.
pub const LOOKUP_ZIPF: f64 = 4.5;

/// Kinds whose names [`LOOKUP_ZIPF`] and the news-word list apply to.
pub const SMALL_KINDS: [&str; 2] = ["village", "neighbourhood"];

/// Kinds that never get an automatic marker: their names are what news
/// means by the word.
pub const MAJOR_KINDS: [&str; 17] = [
    "country",
    "governorate",
    "district",
    "city",
    "region",
    "desert",
    "river",
    "lake",
    "mountain",
    "crossing",
    "base",
    "airport",
    "oil_field",
    "dam",
    "prison",
    "camp",
    "facility",
];

const SEC: &str = "ambiguity";

/// Word frequencies, personal names and news words, normalized.
pub struct Lexicon {
    zipf: HashMap<String, f64>,
    persons: HashSet<String>,
    /// data/curated/news-words.txt: words of everyday news that a village
    /// or neighbourhood must not be matched as.
    news: HashSet<String>,
}

/// The words of a one-word-a-line list (`#` comments), normalized.
fn word_list(path: &Path) -> Result<HashSet<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(key)
        .collect())
}

impl Lexicon {
    pub fn load(wordfreq: &Path, persons: &Path, news: &Path) -> Result<Lexicon, String> {
        let text = std::fs::read_to_string(wordfreq)
            .map_err(|e| format!("{}: {e}", wordfreq.display()))?;
        let mut zipf: HashMap<String, f64> = HashMap::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            let (w, z) = line.split_once('\t').ok_or_else(|| {
                format!("{}:{}: expected word<TAB>zipf", wordfreq.display(), i + 1)
            })?;
            let z: f64 = z
                .trim()
                .parse()
                .map_err(|_| format!("{}:{}: bad zipf {z:?}", wordfreq.display(), i + 1))?;
            // Spellings that fold together add up (as in whole_words.rs).
            let e = zipf.entry(key(w)).or_insert(f64::NEG_INFINITY);
            *e = (10f64.powf(*e) + 10f64.powf(z)).log10();
        }
        Ok(Lexicon {
            zipf,
            persons: word_list(persons)?,
            news: word_list(news)?,
        })
    }

    #[cfg(test)]
    pub fn from_lists(words: &[(&str, f64)], persons: &[&str]) -> Lexicon {
        Lexicon {
            zipf: words.iter().map(|(w, z)| (key(w), *z)).collect(),
            persons: persons.iter().map(|p| key(p)).collect(),
            news: HashSet::new(),
        }
    }

    #[cfg(test)]
    pub fn with_news(mut self, words: &[&str]) -> Lexicon {
        self.news = words.iter().map(|w| key(w)).collect();
        self
    }

    /// Whether the name is a word of the news-word list, with or without
    /// the article.
    pub fn is_news_word(&self, k: &str) -> bool {
        self.news.contains(k)
            || strip_al(k).is_some_and(|s| self.news.contains(s))
            || (!k.contains(' ') && self.news.contains(&format!("ال{k}")))
    }

    /// The highest frequency of the name as it is, without its article and
    /// with one (for a single word without one).
    pub fn zipf(&self, k: &str) -> f64 {
        let mut forms = vec![k.to_string()];
        if let Some(s) = strip_al(k) {
            forms.push(s.to_string());
        } else if !k.contains(' ') {
            forms.push(format!("ال{k}"));
        }
        forms
            .iter()
            .filter_map(|f| self.zipf.get(f).copied())
            .fold(f64::NEG_INFINITY, f64::max)
    }

    /// The frequency of exactly this form.
    pub fn zipf_exact(&self, k: &str) -> f64 {
        self.zipf.get(k).copied().unwrap_or(f64::NEG_INFINITY)
    }

    pub fn is_person(&self, k: &str) -> bool {
        self.persons.contains(k) || strip_al(k).is_some_and(|s| self.persons.contains(s))
    }

    /// A name made of personal names and the words that build Arabic
    /// names and forms of address (`الشيخ أحمد`, `نصر الله`, `زيد بن علي`,
    /// `أبو عبيدة`): in running text it names a person.
    pub fn is_person_compound(&self, k: &str) -> bool {
        let words: Vec<&str> = k.split(' ').collect();
        let glue: Vec<String> = NAME_GLUE.iter().map(|w| key(w)).collect();
        words.len() >= 2
            && words.iter().any(|w| self.is_person(w))
            && words
                .iter()
                .all(|w| self.is_person(w) || glue.iter().any(|g| g == w))
    }
}

/// Words that join personal names into a full name or a form of address:
/// kunya and nasab (أبو، أم، بن، بنت، عبد، آل), the second half of
/// compound names (الله، الدين) and titles (الشيخ، السيد، الحاج، الإمام،
/// الملا).
const NAME_GLUE: [&str; 22] = [
    "أبو",
    "أبي",
    "أم",
    "بن",
    "ابن",
    "بنت",
    "عبد",
    "آل",
    "ال",
    "الله",
    "الدين",
    "الشيخ",
    "شيخ",
    "السيد",
    "سيد",
    "الحاج",
    "حاج",
    "حجي",
    "الإمام",
    "إمام",
    "الملا",
    "ملا",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    Frequent,
    Person,
    Shared,
    Short,
    Attested,
    Unverified,
}

impl Reason {
    fn label(self) -> &'static str {
        match self {
            Reason::Frequent => "c. frequent word (zipf >= threshold)",
            Reason::Person => "d. personal name (or made of personal names and titles)",
            Reason::Shared => "e. shared with a place outside its admin chain",
            Reason::Short => "f. one or two letters (look-up only)",
            Reason::Attested => "g. an attested Arabic word below the threshold (weak: ~)",
            Reason::Unverified => "h. a delivery-list locality nobody else confirms (weak: ~)",
        }
    }
}

/// The automatic decision for one name of a small place. `unverified`: the
/// place comes only from the delivery-company list (no coordinates, no
/// other source).
pub fn decide(
    k: &str,
    lex: &Lexicon,
    shared: bool,
    unverified: bool,
    threshold: f64,
) -> (Marker, Vec<Reason>) {
    let mut why = Vec::new();
    if lex.zipf(k) >= threshold {
        why.push(Reason::Frequent);
    }
    if lex.is_person(k) || lex.is_person_compound(k) {
        why.push(Reason::Person);
    }
    if shared {
        why.push(Reason::Shared);
    }
    if names::letters(k) <= 2 {
        why.push(Reason::Short);
        return (Marker::Lookup, why);
    }
    if !why.is_empty() {
        return (Marker::Ambiguous, why);
    }
    // Not frequent enough to be ambiguous, but a word of the language all
    // the same (the list holds the 100,000 most frequent): after a locative
    // preposition it is the place, elsewhere it may be the word (حجر الرحى).
    if !k.contains(' ') && lex.zipf(k) > f64::NEG_INFINITY {
        why.push(Reason::Attested);
    }
    if unverified {
        why.push(Reason::Unverified);
    }
    let m = if why.is_empty() {
        Marker::Plain
    } else {
        Marker::Weak
    };
    (m, why)
}

/// Whether entry `i` is major: a major kind, or a town or village that is
/// the seat of its district (same name).
pub fn is_major(store: &Store, i: usize) -> bool {
    let e = &store.entries[i];
    if MAJOR_KINDS.contains(&e.kind.as_str()) {
        return true;
    }
    if !matches!(e.kind.as_str(), "town" | "village") {
        return false;
    }
    store
        .ancestors(i)
        .into_iter()
        .find(|&a| store.entries[a].kind == "district")
        .is_some_and(|d| {
            let n = &store.entries[d].name().text;
            key(n.strip_prefix("مركز ").unwrap_or(n)) == e.name().key
        })
}

/// For every name key, the live entries carrying it.
fn name_index(store: &Store) -> BTreeMap<String, Vec<usize>> {
    let mut ix: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in store.live() {
        let keys: BTreeSet<&str> = e.names.iter().map(|n| n.key.as_str()).collect();
        for k in keys {
            ix.entry(k.to_string()).or_default().push(i);
        }
    }
    ix
}

/// Entries of one admin chain: one is an ancestor of the other.
fn one_chain(anc: &[Vec<usize>], a: usize, b: usize) -> bool {
    a == b || anc[a].contains(&b) || anc[b].contains(&a)
}

fn ancestors_all(store: &Store) -> Vec<Vec<usize>> {
    (0..store.entries.len())
        .map(|i| store.ancestors(i))
        .collect()
}

/// Applies the automatic rules and prints what each threshold would do.
pub fn apply(store: &mut Store, lex: &Lexicon, rep: &mut Report) {
    let ix = name_index(store);
    let anc = ancestors_all(store);
    let major: Vec<bool> = (0..store.entries.len())
        .map(|i| is_major(store, i))
        .collect();
    let mut scored: Vec<(f64, String)> = Vec::new();
    let mut decided: BTreeMap<Reason, usize> = BTreeMap::new();
    let mut by_marker: BTreeMap<&str, usize> = BTreeMap::new();
    let mut towns = Vec::new();
    for (i, &is_major) in major.iter().enumerate() {
        if store.entries[i].dead {
            continue;
        }
        for n in 0..store.entries[i].names.len() {
            let name = &store.entries[i].names[n];
            if name.fixed {
                *by_marker
                    .entry("a. hand or structural marker kept")
                    .or_default() += 1;
                continue;
            }
            if is_major {
                // A spelling a source added to a major entry (GeoNames gives
                // Tabqa the alias ثورة, Mosul موصول) is not what news means
                // by the place: as a word of its own it needs context.
                if !name.hand
                    && n > 0
                    && (lex.zipf_exact(&name.key) >= ZIPF_THRESHOLD
                        || lex.persons.contains(&name.key))
                {
                    rep.note(
                        SEC,
                        format!(
                            "machine-added alias of a major entry marked ?: {} {}",
                            store.entries[i].id, name.text
                        ),
                    );
                    store.entries[i].names[n].marker = Marker::Ambiguous;
                    *by_marker.entry("b'. machine-added alias of a major entry that is a frequent word or a personal name: ?").or_default() += 1;
                    continue;
                }
                *by_marker
                    .entry("b. name of a major entry, unmarked")
                    .or_default() += 1;
                continue;
            }
            let k = name.key.clone();
            let shared = ix
                .get(&k)
                .is_some_and(|v| v.iter().any(|&j| !one_chain(&anc, i, j)));
            let e = &store.entries[i];
            let unverified = e.origin == Origin::Delivery && e.coord.is_none();
            let (m, why) = decide(&k, lex, shared, unverified, ZIPF_THRESHOLD);
            scored.push((lex.zipf(&k), k.clone()));
            for r in &why {
                *decided.entry(*r).or_default() += 1;
            }
            if m != Marker::Plain
                && matches!(store.entries[i].kind.as_str(), "town" | "subdistrict")
            {
                let r: Vec<&str> = why
                    .iter()
                    .map(|r| match r {
                        Reason::Frequent => "frequent",
                        Reason::Person => "person",
                        Reason::Shared => "shared",
                        Reason::Short => "short",
                        Reason::Attested => "attested",
                        Reason::Unverified => "unverified",
                    })
                    .collect();
                towns.push(format!("{} {} ({})", store.entries[i].id, k, r.join("+")));
            }
            *by_marker
                .entry(match m {
                    Marker::Plain => "   small-place names left unmarked",
                    Marker::Ambiguous => "   small-place names marked ?",
                    Marker::Weak => "   small-place names marked ~",
                    Marker::TriggerOnly => "   small-place names marked ^",
                    Marker::Lookup => "   small-place names marked !",
                })
                .or_default() += 1;
            store.entries[i].names[n].marker = m;
        }
    }
    for (w, n) in by_marker {
        rep.add(SEC, w, n);
    }
    for (r, n) in decided {
        rep.add(
            SEC,
            format!("{} (names, a name may have several reasons)", r.label()),
            n,
        );
    }
    rep.note(
        SEC,
        format!(
            "towns and sub-districts marked automatically ({}): {}",
            towns.len(),
            towns.join("; ")
        ),
    );
    threshold_report(&scored, rep);
}

/// Names of villages and neighbourhoods that are very frequent words
/// ([`LOOKUP_ZIPF`]) or news words match only after a trigger word of their
/// kind (`^`: قرية تشرين، بلدة الصور), over the automatic and the hand
/// markers (a hand `?` also let a place nearby license the name, which
/// for words like المدينة or أبرز is nearly always wrong).
/// Entries that are major (a district seat) keep their names.
pub fn very_frequent(store: &mut Store, lex: &Lexicon, rep: &mut Report) {
    const SEC: &str = "ambiguity";
    let mut marked: Vec<String> = Vec::new();
    for i in 0..store.entries.len() {
        let e = &store.entries[i];
        if e.dead || !SMALL_KINDS.contains(&e.kind.as_str()) || is_major(store, i) {
            continue;
        }
        for n in 0..store.entries[i].names.len() {
            let name = &store.entries[i].names[n];
            if matches!(name.marker, Marker::Lookup | Marker::TriggerOnly) {
                continue;
            }
            let why = if lex.zipf(&name.key) >= LOOKUP_ZIPF {
                "frequent"
            } else if lex.is_news_word(&name.key) {
                "news word"
            } else {
                continue;
            };
            marked.push(format!("{} {} ({why})", store.entries[i].id, name.text));
            let name = &mut store.entries[i].names[n];
            name.marker = Marker::TriggerOnly;
            name.fixed = true;
        }
    }
    rep.add(
        SEC,
        format!("i. village or neighbourhood names that are very frequent (zipf >= {LOOKUP_ZIPF}) or news words: ^"),
        marked.len(),
    );
    rep.note(
        SEC,
        format!(
            "made trigger-only ({}): {}",
            marked.len(),
            marked.join("; ")
        ),
    );
}

/// Kinds whose unmarked names shadow villages of the same name elsewhere.
const SHADOWING_KINDS: [&str; 5] = ["country", "governorate", "district", "city", "town"];

/// A village named like a country, a governorate, a district, a city or a
/// town of another chain that news names by that name unmarked (النجف،
/// كربلاء، الرمادي، رأس العين، عفرين as villages of al-Hasakah, Deir ez-Zor,
/// Idlib or Aleppo): the village name matches only after a trigger word of
/// its kind (`^`: قرية الرمادي). As `?` it is
/// licensed by any place of its own district nearby, and the matcher then
/// prefers it to the famous place ("بين الرمادي وكركوك" after a Deir
/// ez-Zor place gave the village of al-Bukamal). Neighbourhoods keep their
/// names (Aleppo's صلاح الدين، الحمدانية are named with حي and their city).
/// Runs after the overrides: a town they made unmarked (ذيبان، عين عيسى)
/// shadows its namesake villages, and a village an override decided is
/// left alone.
pub fn shadowed_villages(store: &mut Store, rep: &mut Report) {
    const SEC: &str = "ambiguity";
    let anc = ancestors_all(store);
    let mut famous: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in store.live() {
        if SHADOWING_KINDS.contains(&e.kind.as_str()) {
            for n in e.names.iter().filter(|n| n.marker == Marker::Plain) {
                famous.entry(n.key.clone()).or_default().push(i);
            }
        }
    }
    let mut marked = Vec::new();
    for i in 0..store.entries.len() {
        let e = &store.entries[i];
        // An entry an override row decided is left as decided.
        if e.dead || e.kind != "village" || is_major(store, i) || e.extra.contains_key("override") {
            continue;
        }
        for n in 0..e.names.len() {
            let name = &store.entries[i].names[n];
            if matches!(name.marker, Marker::Lookup | Marker::TriggerOnly) {
                continue;
            }
            let Some(j) = famous
                .get(&name.key)
                .and_then(|v| v.iter().copied().find(|&j| !one_chain(&anc, i, j)))
            else {
                continue;
            };
            marked.push(format!(
                "{} {} (like {})",
                store.entries[i].id, name.text, store.entries[j].id
            ));
            let name = &mut store.entries[i].names[n];
            name.marker = Marker::TriggerOnly;
            name.fixed = true;
        }
    }
    rep.add(
        SEC,
        "k. village names that are the unmarked name of a country, governorate, district, city or town elsewhere: ^",
        marked.len(),
    );
    rep.note(
        SEC,
        format!(
            "villages shadowed by a famous namesake ({}): {}",
            marked.len(),
            marked.join("; ")
        ),
    );
}

/// A neighbourhood named both `حي X` and `X`, with `X` matched everywhere:
/// `حي X` becomes look-up only, so that a mention is the name alone (the
/// evaluation guidelines leave the trigger word حي out of the span) and حي
/// stays a trigger word. Where `X` needs context (`?`, `~`) or is look-up
/// only, `حي X` is the name that finds it and stays as it is.
pub fn trigger_compounds(store: &mut Store, rep: &mut Report) {
    const SEC: &str = "ambiguity";
    let prefix = format!("{} ", key("حي"));
    let mut marked = Vec::new();
    for e in store.entries.iter_mut() {
        if e.dead || e.kind != "neighbourhood" {
            continue;
        }
        let plain: Vec<String> = e
            .names
            .iter()
            .filter(|n| n.marker == Marker::Plain)
            .map(|n| n.key.clone())
            .collect();
        for n in e.names.iter_mut() {
            let Some(rest) = n.key.strip_prefix(&prefix) else {
                continue;
            };
            if n.marker != Marker::Lookup && plain.iter().any(|k| k == rest) {
                n.marker = Marker::Lookup;
                n.fixed = true;
                marked.push(format!("{} {}", e.id, n.text));
            }
        }
    }
    rep.add(
        SEC,
        "j. `حي X` of a neighbourhood also called X (unmarked): !",
        marked.len(),
    );
    rep.note(
        SEC,
        format!("`حي X` made look-up only: {}", marked.join("; ")),
    );
}

/// How many small-place names each threshold would flag, with examples
/// just above and just below it (a fixed pseudo-random sample).
fn threshold_report(scored: &[(f64, String)], rep: &mut Report) {
    const SEC: &str = "frequency threshold";
    rep.note(
        SEC,
        format!("ZIPF_THRESHOLD = {ZIPF_THRESHOLD}; names of small places (with repeats) flagged at each step:"),
    );
    let mut t = 2.5;
    while t <= 5.01 {
        let n = scored.iter().filter(|(z, _)| *z >= t).count();
        rep.note(SEC, format!("  zipf >= {t:.2}: {n}"));
        t += 0.25;
    }
    let sample = |lo: f64, hi: f64| {
        let mut v: Vec<(String, &String, f64)> = scored
            .iter()
            .filter(|(z, _)| *z >= lo && *z < hi)
            .map(|(z, k)| (names::stable_hash(k), k, *z))
            .collect();
        v.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        v.dedup_by(|a, b| a.1 == b.1);
        v.truncate(30);
        v.iter()
            .map(|(_, k, z)| format!("{k} {z:.2}"))
            .collect::<Vec<_>>()
            .join("، ")
    };
    let t = ZIPF_THRESHOLD;
    rep.note(
        SEC,
        format!(
            "just above ({t:.2}..{:.2}): {}",
            t + 0.25,
            sample(t, t + 0.25)
        ),
    );
    rep.note(
        SEC,
        format!(
            "just below ({:.2}..{t:.2}): {}",
            t - 0.25,
            sample(t - 0.25, t)
        ),
    );
}

/// data/curated/ambiguity-overrides.tsv: `name scope decision note`.
/// `partial`: the store holds part of the data (the small inventory), so a
/// row about an entry or a name that is not there is skipped, not an error.
pub fn overrides(
    store: &mut Store,
    path: &Path,
    partial: bool,
    rep: &mut Report,
) -> Result<(), String> {
    const SEC: &str = "overrides";
    let t = Table::read(path)?;
    let (cn, cs, cd) = (t.col("name")?, t.col("scope")?, t.col("decision")?);
    t.col("note")?;
    for r in &t.rows {
        let at = t.at(r);
        let k = key(r.get(cn));
        let scope = r.get(cs);
        let decision = r.get(cd);
        let marker = match decision {
            "match" => Some(Marker::Plain),
            "ambiguous" => Some(Marker::Ambiguous),
            "weak" => Some(Marker::Weak),
            "trigger" => Some(Marker::TriggerOnly),
            "lookup" => Some(Marker::Lookup),
            "drop" => None,
            d => {
                return Err(format!(
                    "{at}: decision {d:?} is not match, ambiguous, weak, trigger, lookup or drop"
                ))
            }
        };
        let targets: Vec<usize> = if scope == "*" {
            store
                .live()
                .filter(|(_, e)| e.has_key(&k))
                .map(|(i, _)| i)
                .collect()
        } else if partial && store.get(scope).is_none_or(|i| store.entries[i].dead) {
            continue;
        } else {
            let i = store
                .get(scope)
                .ok_or_else(|| format!("{at}: no entry {scope}"))?;
            if !store.entries[i].has_key(&k) {
                return Err(format!("{at}: {scope} has no name {:?}", r.get(cn)));
            }
            vec![i]
        };
        if targets.is_empty() && partial {
            continue;
        }
        if targets.is_empty() {
            return Err(format!("{at}: no entry is called {:?}", r.get(cn)));
        }
        for i in targets {
            let e = &mut store.entries[i];
            let n = e
                .names
                .iter()
                .position(|n| n.key == k)
                .expect("has the key");
            match marker {
                Some(m) => {
                    e.names[n].marker = m;
                    e.names[n].fixed = true;
                }
                None if e.names.len() == 1 => {
                    return Err(format!("{at}: cannot drop the only name of {}", e.id));
                }
                None => {
                    e.names.remove(n);
                }
            }
            e.note("override", at.clone());
            rep.count(SEC, format!("{decision}: names changed"));
        }
    }
    Ok(())
}

/// Names claimed by entries of different chains where more than one leaves
/// the name unmarked (an override cannot make two unrelated places share
/// an unmarked name either).
pub fn unresolved_shared(store: &Store) -> Vec<String> {
    let ix = name_index(store);
    let anc = ancestors_all(store);
    let mut out = Vec::new();
    for (k, v) in &ix {
        let plain: Vec<usize> = v
            .iter()
            .copied()
            .filter(|&i| {
                store.entries[i]
                    .names
                    .iter()
                    .any(|n| n.key == *k && n.marker == Marker::Plain)
            })
            .collect();
        let clash = plain
            .iter()
            .enumerate()
            .any(|(a, &i)| plain[a + 1..].iter().any(|&j| !one_chain(&anc, i, j)));
        if clash {
            let ids: Vec<String> = plain
                .iter()
                .map(|&i| format!("{} ({})", store.entries[i].id, store.entries[i].kind))
                .collect();
            out.push(format!("{k}: {}", ids.join(", ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::entry::{Entry, Name, Origin};

    fn add(s: &mut Store, id: &str, kind: &str, name: &str, parent: &str) -> usize {
        let mut e = Entry::new(id, kind, Name::auto(name), Origin::Ocha2015);
        e.parent = parent.into();
        e.country = "SY".into();
        s.insert(e, "test").unwrap()
    }

    #[test]
    fn shared_names_outside_one_chain() {
        let mut s = Store::default();
        add(&mut s, "SY09", "governorate", "دير الزور", "SY");
        add(&mut s, "SY0903", "district", "الميادين", "SY09");
        add(&mut s, "SY090300", "subdistrict", "الميادين", "SY0903");
        let seat = add(&mut s, "C5192", "town", "الميادين", "SY090300");
        add(&mut s, "SY090301", "subdistrict", "ذيبان", "SY0903");
        let town = add(&mut s, "C5202", "town", "ذيبان", "SY090301");
        let other = add(&mut s, "C5832", "village", "ذيبان", "SY09");
        let lex = Lexicon::from_lists(&[], &[]);
        let mut rep = Report::default();
        apply(&mut s, &lex, &mut rep);
        // District, sub-district and seat of one chain: not ambiguous; the
        // seat of a district is major anyway.
        assert!(is_major(&s, seat));
        assert_eq!(s.entries[seat].name().marker, Marker::Plain);
        assert_eq!(s.entries[1].name().marker, Marker::Plain);
        // Two towns called ذيبان in different chains: both need context.
        assert_eq!(s.entries[town].name().marker, Marker::Ambiguous);
        assert_eq!(s.entries[other].name().marker, Marker::Ambiguous);
        assert_eq!(s.entries[4].name().marker, Marker::Ambiguous);
        assert!(unresolved_shared(&s).is_empty());
    }

    #[test]
    fn rules() {
        let lex = Lexicon::from_lists(
            &[("الباب", 4.9), ("باب", 5.1), ("جديدة", 5.6)],
            &["جاسم", "الحسن"],
        );
        // Frequent as it is, without the article, with it.
        assert_eq!(
            decide(&key("الباب"), &lex, false, false, 3.5).0,
            Marker::Ambiguous
        );
        assert_eq!(
            decide(&key("الجديدة"), &lex, false, false, 3.5).1,
            [Reason::Frequent]
        );
        // Below the threshold but a word of the language: weak.
        assert_eq!(
            decide(&key("جديدة"), &lex, false, false, 6.0),
            (Marker::Weak, vec![Reason::Attested])
        );
        // Personal names, with the article taken off.
        assert_eq!(
            decide(&key("جاسم"), &lex, false, false, 3.5).1,
            [Reason::Person]
        );
        assert_eq!(
            decide(&key("الجاسم"), &lex, false, false, 3.5).1,
            [Reason::Person]
        );
        assert_eq!(
            decide(&key("الشيخ جاسم"), &lex, false, false, 3.5).1,
            [Reason::Person]
        );
        assert_eq!(
            decide(&key("أبو الحسن"), &lex, false, false, 3.5).1,
            [Reason::Person]
        );
        assert_eq!(
            decide(&key("الشيخ مسكين"), &lex, false, false, 3.5).0,
            Marker::Plain
        );
        // Shared, short, and nothing at all.
        assert_eq!(
            decide(&key("تل حميس"), &lex, true, false, 3.5).1,
            [Reason::Shared]
        );
        assert_eq!(
            decide(&key("مو"), &lex, false, false, 3.5).0,
            Marker::Lookup
        );
        assert_eq!(
            decide(&key("هجين"), &lex, false, false, 3.5),
            (Marker::Plain, vec![])
        );
        // A delivery-list locality nobody confirms: weak.
        assert_eq!(
            decide(&key("هجين"), &lex, false, true, 3.5),
            (Marker::Weak, vec![Reason::Unverified])
        );
    }

    #[test]
    fn very_frequent_words_and_news_words_need_a_trigger() {
        let mut s = Store::default();
        add(&mut s, "SY08", "governorate", "الحسكة", "SY");
        add(&mut s, "SY0800", "district", "الحسكة", "SY08");
        let sub = add(&mut s, "SY080000", "subdistrict", "المدينة", "SY0800");
        let city = add(&mut s, "C1", "village", "المدينة", "SY080000");
        let month = add(&mut s, "C2", "village", "حزيران", "SY080000");
        let camp = add(&mut s, "C3", "neighbourhood", "المخيم", "SY080000");
        let rare = add(&mut s, "C4", "village", "الشحيل", "SY080000");
        let lex = Lexicon::from_lists(&[("المدينة", 5.6), ("حزيران", 4.6), ("المخيم", 4.4)], &[])
            .with_news(&["مخيم"]);
        let mut rep = Report::default();
        apply(&mut s, &lex, &mut rep);
        very_frequent(&mut s, &lex, &mut rep);
        // Villages and neighbourhoods: by frequency, or by the news list
        // with or without the article.
        assert_eq!(s.entries[city].name().marker, Marker::TriggerOnly);
        assert_eq!(s.entries[month].name().marker, Marker::TriggerOnly);
        assert_eq!(s.entries[camp].name().marker, Marker::TriggerOnly);
        assert_eq!(s.entries[rare].name().marker, Marker::Plain);
        // A sub-district keeps the context rule.
        assert_eq!(s.entries[sub].name().marker, Marker::Ambiguous);
    }

    #[test]
    fn hay_compounds_give_way_to_the_bare_name() {
        let mut s = Store::default();
        add(&mut s, "SY11", "governorate", "الرقة", "SY");
        let plain = add(&mut s, "N1", "neighbourhood", "المشلب", "SY11");
        s.entries[plain].names.push(Name::auto("حي المشلب"));
        let amb = add(&mut s, "N2", "neighbourhood", "حي الدرعية", "SY11");
        let mut n = Name::auto("الدرعية");
        n.marker = Marker::Ambiguous;
        s.entries[amb].names.push(n);
        let mut rep = Report::default();
        trigger_compounds(&mut s, &mut rep);
        assert_eq!(s.entries[plain].names[1].marker, Marker::Lookup);
        // The bare name needs context: the compound stays the way to it.
        assert_eq!(s.entries[amb].names[0].marker, Marker::Plain);
    }
}
