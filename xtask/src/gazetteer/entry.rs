//! Place entries, their names and the store that holds them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::names::{self, key};
use super::table::Table;

/// The columns of places.tsv, in order.
pub const COLUMNS: [&str; 12] = [
    "id", "kind", "name_ar", "name_en", "aliases", "country", "parent", "lat", "lon", "pcode",
    "geonames", "source",
];

/// Place kinds of crates/akhbar-gazetteer/data/README.md.
pub const KINDS: [&str; 21] = [
    "country",
    "region",
    "governorate",
    "district",
    "subdistrict",
    "city",
    "town",
    "village",
    "neighbourhood",
    "camp",
    "prison",
    "desert",
    "mountain",
    "river",
    "lake",
    "dam",
    "crossing",
    "base",
    "airport",
    "oil_field",
    "facility",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Marker {
    /// Matched wherever it stands.
    Plain,
    /// `?`: reported only with context.
    Ambiguous,
    /// `~`: reported after a locative preposition or with the context an
    /// ambiguous name needs.
    Weak,
    /// `^`: reported only right after a trigger word of its kind.
    TriggerOnly,
    /// `!`: look-up only.
    Lookup,
}

impl Marker {
    pub fn prefix(self) -> &'static str {
        match self {
            Marker::Plain => "",
            Marker::Ambiguous => "?",
            Marker::Weak => "~",
            Marker::TriggerOnly => "^",
            Marker::Lookup => "!",
        }
    }
}

/// One Arabic name of an entry.
#[derive(Clone, Debug)]
pub struct Name {
    pub text: String,
    pub key: String,
    pub marker: Marker,
    /// The marker is a decision made by hand or by a structural rule; the
    /// automatic ambiguity rules leave it alone.
    pub fixed: bool,
    /// Written by hand (curated files): kept as written.
    pub hand: bool,
}

impl Name {
    /// A name as written in a hand-made file, with an optional marker.
    pub fn parse_hand(s: &str) -> Name {
        let s = s.trim();
        let (marker, text) = if let Some(t) = s.strip_prefix('?') {
            (Marker::Ambiguous, t)
        } else if let Some(t) = s.strip_prefix('!') {
            (Marker::Lookup, t)
        } else if let Some(t) = s.strip_prefix('~') {
            (Marker::Weak, t)
        } else if let Some(t) = s.strip_prefix('^') {
            (Marker::TriggerOnly, t)
        } else {
            (Marker::Plain, s)
        };
        let text = names::clean(text);
        Name {
            key: key(&text),
            text,
            marker,
            fixed: marker != Marker::Plain,
            hand: true,
        }
    }

    /// A name from a raw source, unmarked.
    pub fn auto(s: &str) -> Name {
        let text = names::clean(s);
        Name {
            key: key(&text),
            text,
            marker: Marker::Plain,
            fixed: false,
            hand: false,
        }
    }

    /// A name whose marker a structural rule decides (`!مركز ...`).
    pub fn structural(s: &str, marker: Marker) -> Name {
        let mut n = Name::auto(s);
        n.marker = marker;
        n.fixed = true;
        n
    }

    pub fn render(&self) -> String {
        format!("{}{}", self.marker.prefix(), self.text)
    }
}

/// Where an entry comes from (for the report and the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    World,
    IraqAdmin,
    IraqPlaces,
    SyriaPlaces,
    Ocha2015,
    Dump,
    DamascusHay,
    AleppoNeighbourhood,
    App,
    Delivery,
    Geonames,
}

impl Origin {
    pub fn label(self) -> &'static str {
        match self {
            Origin::World => "hand: world.tsv",
            Origin::IraqAdmin => "hand: iraq-admin-north/south.tsv",
            Origin::IraqPlaces => "hand: iraq-places.tsv",
            Origin::SyriaPlaces => "hand: syria-places.tsv",
            Origin::Ocha2015 => "OCHA 2015 COD (alahwa)",
            Origin::Dump => "OCHA via the PostgreSQL dump",
            Origin::DamascusHay => "OCHA Damascus hays (names: PHP list + hand)",
            Origin::AleppoNeighbourhood => "OCHA Aleppo neighbourhoods (TRRCMS)",
            Origin::App => "Iraqi app neighbourhood list",
            Origin::Delivery => "Iraqi delivery-company list",
            Origin::Geonames => "GeoNames cities500",
        }
    }

    pub fn is_hand(self) -> bool {
        matches!(
            self,
            Origin::World | Origin::IraqAdmin | Origin::IraqPlaces | Origin::SyriaPlaces
        )
    }
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub kind: String,
    /// `names[0]` is `name_ar`, the rest are the aliases.
    pub names: Vec<Name>,
    pub name_en: String,
    pub country: String,
    pub parent: String,
    pub coord: Option<(f64, f64)>,
    pub pcode: String,
    pub geonames: String,
    pub source: String,
    /// Provenance added by merges: tag → references, rendered after `source`.
    pub extra: BTreeMap<String, BTreeSet<String>>,
    pub origin: Origin,
    /// OCHA `capital_level` (1 governorate, 2 district, 3 sub-district seat).
    pub capital_level: u8,
    pub population: u64,
    /// Merged into another entry: not written.
    pub dead: bool,
}

impl Entry {
    pub fn new(id: &str, kind: &str, name: Name, origin: Origin) -> Entry {
        Entry {
            id: id.to_string(),
            kind: kind.to_string(),
            names: vec![name],
            name_en: String::new(),
            country: String::new(),
            parent: String::new(),
            coord: None,
            pcode: String::new(),
            geonames: String::new(),
            source: String::new(),
            extra: BTreeMap::new(),
            origin,
            capital_level: 0,
            population: 0,
            dead: false,
        }
    }

    pub fn name(&self) -> &Name {
        &self.names[0]
    }

    pub fn has_key(&self, k: &str) -> bool {
        self.names.iter().any(|n| n.key == k)
    }

    pub fn note(&mut self, tag: &str, reference: impl Into<String>) {
        self.extra
            .entry(tag.to_string())
            .or_default()
            .insert(reference.into());
    }

    /// Adds a name unless one with the same key is there (the first spelling
    /// wins). A fixed marker on a duplicate moves to the existing name: that
    /// is how `?NAME` rows of syria-aliases.tsv mark an existing name.
    pub fn add_name(&mut self, n: Name) -> Outcome {
        if n.key.is_empty() {
            return Outcome::Duplicate;
        }
        if let Some(old) = self.names.iter_mut().find(|o| o.key == n.key) {
            if n.fixed && (old.marker != n.marker || !old.fixed) {
                old.marker = n.marker;
                old.fixed = true;
                return Outcome::MarkerMoved;
            }
            return Outcome::Duplicate;
        }
        self.names.push(n);
        Outcome::Added
    }

    /// Adds a spelling found by a generator rule. A spelling that differs
    /// from an existing one only by spaces is not added (the matcher finds
    /// `ديرالزور` from `دير الزور`); when it has more spaces than an
    /// automatic name, it replaces that name's text.
    pub fn add_auto(&mut self, s: &str) -> Outcome {
        let n = Name::auto(s);
        if n.key.is_empty() {
            return Outcome::Duplicate;
        }
        if self.has_key(&n.key) {
            return Outcome::Duplicate;
        }
        let joined = |k: &str| k.replace(' ', "");
        let nj = joined(&n.key);
        // `د مشق` is a typo, not a spacing: every word needs two letters.
        let words_ok = n.key.split(' ').all(|w| w.chars().count() >= 2);
        if let Some(old) = self.names.iter_mut().find(|o| joined(&o.key) == nj) {
            if !old.hand && words_ok && n.key.matches(' ').count() > old.key.matches(' ').count() {
                old.text = n.text;
                old.key = n.key;
                return Outcome::Respaced;
            }
            return Outcome::Duplicate;
        }
        self.names.push(n);
        Outcome::Added
    }

    pub fn source_cell(&self) -> String {
        let mut s = self.source.clone();
        for (tag, refs) in &self.extra {
            // Line numbers in numeric order, other references after them.
            let mut refs: Vec<&str> = refs.iter().map(String::as_str).collect();
            refs.sort_by_key(|r| (r.parse::<u64>().ok().is_none(), r.parse::<u64>().ok(), *r));
            if !s.is_empty() {
                s.push_str("; ");
            }
            s.push_str(tag);
            if !refs.is_empty() {
                s.push(':');
                s.push_str(&refs.join(","));
            }
        }
        s
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Duplicate,
    MarkerMoved,
    Respaced,
}

/// All entries, in insertion order, with an id index.
#[derive(Default)]
pub struct Store {
    pub entries: Vec<Entry>,
    index: BTreeMap<String, usize>,
}

impl Store {
    pub fn insert(&mut self, e: Entry, at: &str) -> Result<usize, String> {
        if let Some(&i) = self.index.get(&e.id) {
            return Err(format!(
                "{at}: duplicate id {:?} (already defined by {})",
                e.id,
                self.entries[i].source_cell()
            ));
        }
        let i = self.entries.len();
        self.index.insert(e.id.clone(), i);
        self.entries.push(e);
        Ok(i)
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn by_id(&self, id: &str) -> Option<&Entry> {
        self.get(id).map(|i| &self.entries[i])
    }

    pub fn live(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries.iter().enumerate().filter(|(_, e)| !e.dead)
    }

    /// The parent chain of entry `i`, nearest first (without `i`).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = i;
        while let Some(p) = self.get(&self.entries[cur].parent) {
            if out.contains(&p) || p == i {
                break;
            }
            out.push(p);
            cur = p;
        }
        out
    }

    /// The governorate (or country, for entries outside any governorate)
    /// that holds entry `i`, itself included.
    pub fn governorate_of(&self, i: usize) -> Option<usize> {
        std::iter::once(i)
            .chain(self.ancestors(i))
            .find(|&a| self.entries[a].kind == "governorate")
    }

    /// Merges entry `drop` into entry `keep`: names, missing coordinates and
    /// codes, provenance; children of `drop` move to `keep`.
    pub fn merge(&mut self, keep: usize, drop: usize) {
        let d = self.entries[drop].clone();
        let k = &mut self.entries[keep];
        for n in d.names.iter().cloned() {
            k.add_name(n);
        }
        if k.coord.is_none() {
            k.coord = d.coord;
        }
        if k.pcode.is_empty() {
            k.pcode = d.pcode.clone();
        }
        if k.geonames.is_empty() {
            k.geonames = d.geonames.clone();
        }
        if k.name_en.is_empty() {
            k.name_en = d.name_en.clone();
        }
        k.note("merged", format!("{} ({})", d.id, d.source_cell()));
        let keep_id = k.id.clone();
        self.entries[drop].dead = true;
        self.index.insert(d.id.clone(), keep);
        for e in &mut self.entries {
            if e.parent == d.id {
                e.parent = keep_id.clone();
            }
        }
    }
}

fn parse_coord(s: &str, what: &str, at: &str) -> Result<Option<f64>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<f64>()
        .map(Some)
        .map_err(|_| format!("{at}: bad {what} {s:?}"))
}

/// Reads a hand-made file in the places.tsv format.
pub fn read_curated(path: &Path, origin: Origin) -> Result<Vec<(String, Entry)>, String> {
    let t = Table::read(path)?;
    let mut cols = [0usize; 12];
    for (i, c) in COLUMNS.iter().enumerate() {
        cols[i] = t.col(c)?;
    }
    let mut out = Vec::new();
    for row in &t.rows {
        let at = t.at(row);
        let cell = |k: usize| row.get(cols[k]);
        let id = cell(0);
        if id.is_empty() || cell(1).is_empty() || cell(2).is_empty() {
            return Err(format!("{at}: id, kind and name_ar are required"));
        }
        let mut e = Entry::new(id, cell(1), Name::parse_hand(cell(2)), origin);
        for a in cell(4).split('|').filter(|a| !a.trim().is_empty()) {
            e.add_name(Name::parse_hand(a));
        }
        e.name_en = cell(3).to_string();
        e.country = cell(5).to_string();
        e.parent = cell(6).to_string();
        let lat = parse_coord(cell(7), "lat", &at)?;
        let lon = parse_coord(cell(8), "lon", &at)?;
        e.coord = match (lat, lon) {
            (Some(a), Some(o)) => Some((a, o)),
            (None, None) => None,
            _ => {
                return Err(format!(
                    "{at}: lat and lon must be both given or both empty"
                ))
            }
        };
        e.pcode = cell(9).to_string();
        e.geonames = cell(10).to_string();
        e.source = cell(11).to_string();
        out.push((at, e));
    }
    Ok(out)
}

/// Great-circle distance in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // Aleppo to Damascus is about 300 km.
        let d = distance_km((36.20124, 37.16117), (33.5102, 36.29128));
        assert!((d - 310.0).abs() < 15.0, "{d}");
        assert!(distance_km((33.0, 40.0), (33.0, 40.0)) < 1e-9);
    }

    #[test]
    fn duplicate_names_keep_the_first_spelling_and_take_hand_markers() {
        let mut e = Entry::new("C1", "village", Name::auto("الثورة"), Origin::Ocha2015);
        assert_eq!(e.add_name(Name::parse_hand("الثوره")), Outcome::Duplicate);
        assert_eq!(
            e.add_name(Name::parse_hand("?الثورة")),
            Outcome::MarkerMoved
        );
        assert_eq!(e.names.len(), 1);
        assert_eq!(e.name().render(), "?الثورة");
        assert_eq!(e.add_auto("خان طومان"), Outcome::Added);
        let mut f = Entry::new("C2", "village", Name::auto("خانطومان"), Origin::Ocha2015);
        assert_eq!(f.add_auto("خان طومان"), Outcome::Respaced);
        assert_eq!(f.name().text, "خان طومان");
        let mut g = Entry::new("C3", "city", Name::auto("دمشق"), Origin::Ocha2015);
        assert_eq!(g.add_auto("د مشق"), Outcome::Duplicate);
        assert_eq!(g.name().text, "دمشق");
    }
}
