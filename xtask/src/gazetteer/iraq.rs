//! Iraq: the hand-built hierarchy (loaded by the caller), then the app
//! neighbourhood list and the delivery-company localities merged into it;
//! the formlist and m7amad-t lists only cross-check.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::entry::{Entry, Marker, Name, Origin, Outcome, Store};
use super::names::{self, key, loose, strip_al};
use super::report::Report;
use super::table::Table;

const SEC: &str = "Iraq";
const DROPS: &str = "drops (Iraq delivery and app lists)";

/// A governorate of data/curated/iraq-governorates.tsv.
struct Gov {
    id: String,
    slug: String,
    capital: String,
}

/// What a governorate label of the raw lists stands for.
enum Label {
    Gov(usize),
    Drop(String),
}

struct Govs {
    govs: Vec<Gov>,
    labels: BTreeMap<String, Label>,
}

impl Govs {
    fn read(path: &Path, store: &Store) -> Result<Govs, String> {
        let t = Table::read(path)?;
        let (g, s, c, l, n) = (
            t.col("governorate")?,
            t.col("slug")?,
            t.col("capital")?,
            t.col("labels")?,
            t.col("note")?,
        );
        let mut govs = Vec::new();
        let mut labels = BTreeMap::new();
        for r in &t.rows {
            let at = t.at(r);
            let label = if r.get(g) == "-" {
                Label::Drop(r.get(n).to_string())
            } else {
                let id = r.get(g).to_string();
                if store.by_id(&id).map(|e| e.kind.as_str()) != Some("governorate") {
                    return Err(format!("{at}: {id} is not a governorate"));
                }
                let capital = r.get(c).to_string();
                if !capital.is_empty() && store.get(&capital).is_none() {
                    return Err(format!("{at}: capital {capital} does not exist"));
                }
                govs.push(Gov {
                    id,
                    slug: r.get(s).to_string(),
                    capital,
                });
                Label::Gov(govs.len() - 1)
            };
            for lab in r.get(l).split('|').filter(|x| !x.trim().is_empty()) {
                let k = key(lab);
                let again = match &label {
                    Label::Gov(i) => labels.insert(k, Label::Gov(*i)),
                    Label::Drop(why) => labels.insert(k, Label::Drop(why.clone())),
                };
                if again.is_some() {
                    return Err(format!("{at}: label {lab:?} mapped twice"));
                }
            }
        }
        Ok(Govs { govs, labels })
    }

    fn label(&self, s: &str) -> Option<&Label> {
        self.labels.get(&key(s))
    }
}

/// Iraqi entries by (governorate id, loose key) and by loose key alone.
#[derive(Default)]
struct Index {
    by_gov: BTreeMap<(String, String), Vec<usize>>,
    national: BTreeMap<String, Vec<usize>>,
}

impl Index {
    fn build(store: &Store) -> Index {
        let mut ix = Index::default();
        for (i, e) in store.live() {
            if e.country == "IQ" {
                ix.add(store, i);
            }
        }
        ix
    }

    fn add(&mut self, store: &Store, i: usize) {
        let e = &store.entries[i];
        let gov = store
            .governorate_of(i)
            .map(|g| store.entries[g].id.clone())
            .unwrap_or_default();
        let keys: BTreeSet<String> = e.names.iter().map(|n| loose(&n.key)).collect();
        for k in keys {
            let v = self.by_gov.entry((gov.clone(), k.clone())).or_default();
            if !v.contains(&i) {
                v.push(i);
            }
            let v = self.national.entry(k).or_default();
            if !v.contains(&i) {
                v.push(i);
            }
        }
    }

    /// The best entry of governorate `gov` called `name` (any spelling that
    /// differs only by the article or spaces).
    fn find(&self, store: &Store, gov: &str, name: &str) -> Option<usize> {
        let v = self.by_gov.get(&(gov.to_string(), loose(&key(name))))?;
        best(store, v)
    }

    /// The one place of Iraq called `name`, if the name is not shared.
    fn find_unique(&self, store: &Store, name: &str) -> Option<usize> {
        let v = self.national.get(&loose(&key(name)))?;
        let b = best(store, v)?;
        // Several entries of one chain (district, seat town) count as one.
        let anc = store.ancestors(b);
        v.iter()
            .all(|&j| j == b || anc.contains(&j) || store.ancestors(j).contains(&b))
            .then_some(b)
    }
}

/// Settlements before admin units: a locality named like a district is
/// its seat town.
fn kind_rank(kind: &str) -> u8 {
    match kind {
        "city" => 0,
        "town" => 1,
        "neighbourhood" => 2,
        "village" => 3,
        "subdistrict" => 4,
        "district" => 5,
        "governorate" => 7,
        _ => 6,
    }
}

fn best(store: &Store, v: &[usize]) -> Option<usize> {
    v.iter()
        .copied()
        .filter(|&i| !store.entries[i].dead)
        .min_by_key(|&i| (kind_rank(&store.entries[i].kind), i))
}

/// The Baghdad, Basra and Nineveh neighbourhood list of an app.
pub fn app_list(
    store: &mut Store,
    sources: &Path,
    curated: &Path,
    rep: &mut Report,
) -> Result<(), String> {
    let govs = Govs::read(&curated.join("iraq-governorates.tsv"), store)?;
    let dec = Table::read(&curated.join("iraq-app-neighbourhoods.tsv"))?;
    let (dc, dd, dv) = (dec.col("code")?, dec.col("decision")?, dec.col("value")?);
    let mut decisions: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for r in &dec.rows {
        let d = r.get(dd);
        if !matches!(d, "drop" | "name" | "merge") {
            return Err(format!(
                "{}: decision must be drop, name or merge",
                dec.at(r)
            ));
        }
        decisions.insert(
            r.get(dc).to_string(),
            (d.to_string(), r.get(dv).to_string(), dec.at(r)),
        );
    }
    let t = Table::read(&sources.join("iraq_neighbourhoods_app_fallback_list.tsv"))?;
    let (code, en, ar, par) = (
        t.col("code")?,
        t.col("name_en")?,
        t.col("name_ar")?,
        t.col("parent_code_or_name")?,
    );
    let mut ix = Index::build(store);
    let mut used = BTreeSet::new();
    for r in &t.rows {
        let at = t.at(r);
        let c = r.get(code);
        let Some(Label::Gov(g)) = govs.label(r.get(par)) else {
            return Err(format!(
                "{at}: governorate label {:?} is not mapped",
                r.get(par)
            ));
        };
        let gov = &govs.govs[*g];
        let mut name = names::clean(r.get(ar));
        let mut target = None;
        if let Some((d, v, dat)) = decisions.get(c) {
            used.insert(c.to_string());
            match d.as_str() {
                "drop" => {
                    rep.count(
                        DROPS,
                        "app: street or landmark, not a neighbourhood (decision file)",
                    );
                    continue;
                }
                "name" => name = v.clone(),
                _ => {
                    target = Some(
                        store
                            .get(v)
                            .ok_or_else(|| format!("{dat}: merge target {v} does not exist"))?,
                    )
                }
            }
        }
        if let Some(why) = names::invalid_reason(&name) {
            rep.count(DROPS, format!("app: {why}"));
            rep.note(DROPS, format!("{at}: {name:?} dropped ({why})"));
            continue;
        }
        let target = target.or_else(|| ix.find(store, &gov.id, &name));
        if let Some(i) = target {
            let e = &mut store.entries[i];
            let added = e.add_auto(&name);
            if e.name_en.is_empty() {
                e.name_en = r.get(en).to_string();
                rep.count(SEC, "app: English names added to existing entries");
            }
            e.note("app", c);
            if added == Outcome::Added {
                rep.count(SEC, "app: spellings added to existing entries");
            }
            rep.count(SEC, "app: merged into existing entries");
            ix.add(store, i);
            continue;
        }
        let id = format!("iq-n-{}", c.replace('_', "-"));
        let mut e = Entry::new(&id, "neighbourhood", Name::auto(&name), Origin::App);
        e.name_en = r.get(en).to_string();
        e.country = "IQ".into();
        e.parent = if gov.capital.is_empty() {
            gov.id.clone()
        } else {
            gov.capital.clone()
        };
        e.source = format!("app:{c}");
        let i = store.insert(e, &at)?;
        ix.add(store, i);
        rep.count(SEC, "app: new neighbourhoods");
    }
    if let Some(c) = decisions.keys().find(|c| !used.contains(*c)) {
        return Err(format!(
            "iraq-app-neighbourhoods.tsv: code {c} is not in the app list"
        ));
    }
    Ok(())
}

/// Keywords of data/curated/iraq-locality-filters.txt (normalized; one or
/// several words).
struct Filters {
    words: BTreeSet<String>,
    phrases: Vec<String>,
}

impl Filters {
    fn read(path: &Path) -> Result<Filters, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut f = Filters {
            words: BTreeSet::new(),
            phrases: Vec::new(),
        };
        for l in text.lines().map(str::trim) {
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let k = key(l);
            if k.contains(' ') {
                f.phrases.push(k);
            } else {
                f.words.insert(k);
            }
        }
        Ok(f)
    }

    /// The keyword that makes `name` a non-place, if any. Words are also cut
    /// between letters and digits (`ش60` is street 60).
    fn hit(&self, name: &str) -> Option<String> {
        let k = key(name);
        // حي الجامعة is a quarter; حي الجامعة قاعة الدورين is an address.
        if ["حي ", "دور "].iter().any(|p| k.starts_with(p)) && k.split(' ').count() <= 3 {
            return None;
        }
        let padded = format!(" {k} ");
        if let Some(p) = self
            .phrases
            .iter()
            .find(|p| padded.contains(&format!(" {p} ")))
        {
            return Some(p.clone());
        }
        let mut tokens = Vec::new();
        for w in k.split(' ') {
            let mut cur = String::new();
            let mut digit = None;
            for c in w.chars() {
                let d = c.is_ascii_digit();
                if digit.is_some_and(|p| p != d) {
                    tokens.push(std::mem::take(&mut cur));
                }
                digit = Some(d);
                cur.push(c);
            }
            tokens.push(cur);
        }
        tokens.into_iter().find_map(|t| {
            let bare = strip_al(&t).unwrap_or(&t);
            [t.as_str(), bare]
                .into_iter()
                .find(|w| self.words.contains(*w))
                .map(str::to_string)
        })
    }
}

/// The Kurdistan Region and the governorates along its disputed line.
const NORTH: [&str; 8] = [
    "IQG06",
    "IQG09",
    "IQG11",
    "iq-g-halabja",
    "IQG15",
    "IQG13",
    "IQG10",
    "IQG16",
];

/// Words that only announce the unit (`ناحية الوحدة`, `قضاء الفاو`,
/// `منطقة الحواتم`).
const PREFIXES: [&str; 5] = ["ناحية ", "قضاء ", "قرية ", "مركز ", "منطقة "];

/// `name` without the words that announce its unit.
fn strip_unit_words(name: &str) -> &str {
    let mut name = name;
    while let Some(rest) = PREFIXES.iter().find_map(|p| name.strip_prefix(p)) {
        if rest.chars().filter(|c| names::is_arabic_letter(*c)).count() < 2 {
            break;
        }
        name = rest;
    }
    name
}

/// The delivery-company localities.
pub fn delivery(
    store: &mut Store,
    sources: &Path,
    curated: &Path,
    rep: &mut Report,
) -> Result<(), String> {
    let govs = Govs::read(&curated.join("iraq-governorates.tsv"), store)?;
    let filters = Filters::read(&curated.join("iraq-locality-filters.txt"))?;
    let t = Table::read(&sources.join("iraq_localities_delivery_company_alikehel.tsv"))?;
    let (ar, par) = (t.col("name_ar")?, t.col("parent_code_or_name")?);
    let mut ix = Index::build(store);
    let mut kw_examples: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &t.rows {
        let at = t.at(r);
        let line = r.line.to_string();
        let raw = names::clean(r.get(ar));
        let label = r.get(par);
        let gov = if label.is_empty() {
            None
        } else {
            match govs.label(label) {
                Some(Label::Gov(g)) => Some(&govs.govs[*g]),
                Some(Label::Drop(_)) => {
                    rep.count(
                        DROPS,
                        "delivery: label is not a governorate (dropped, see iraq-governorates.tsv)",
                    );
                    continue;
                }
                None => {
                    return Err(format!(
                        "{at}: governorate label {label:?} is not mapped in iraq-governorates.tsv"
                    ))
                }
            }
        };
        if let Some(why) = names::kurdish_spelling(&raw) {
            rep.count(DROPS, format!("delivery: {why}"));
            continue;
        }
        if let Some(why) = names::invalid_reason(&raw) {
            rep.count(DROPS, format!("delivery: {why}"));
            continue;
        }
        let keyword = filters.hit(&raw);
        let mut name = raw.clone();
        if keyword.is_none() && strip_unit_words(&raw) != raw {
            name = strip_unit_words(&raw).to_string();
            rep.count(
                SEC,
                "delivery: unit word removed (ناحية، قضاء، قرية، مركز، منطقة)",
            );
        }
        let target = match gov {
            Some(g) => ix.find(store, &g.id, &name).or_else(|| {
                // The list files some towns of the north under a neighbour
                // governorate (عقرة under Duhok, مخمور under Nineveh, كفري
                // under Sulaymaniyah: the KRG and the federal state draw
                // the line differently). A district, town, sub-district or
                // hand-made place of the north whose name is known once in
                // Iraq, and not marked ambiguous, is that place.
                let i = ix.find_unique(store, &name)?;
                let e = &store.entries[i];
                let target_gov = store
                    .governorate_of(i)
                    .map(|t| store.entries[t].id.as_str())
                    .unwrap_or("");
                let k = loose(&key(&name));
                let known = matches!(e.kind.as_str(), "city" | "town" | "district" | "subdistrict")
                    || e.origin.is_hand();
                let major = known
                    && NORTH.contains(&g.id.as_str())
                    && NORTH.contains(&target_gov)
                    && e.names.iter().any(|n| loose(&n.key) == k && n.marker == Marker::Plain);
                if major {
                    rep.count(SEC, "delivery: filed under another governorate, merged into the one town of that name");
                    rep.note(SEC, format!("{at}: {name} ({label}) -> {}", store.entries[i].id));
                }
                major.then_some(i)
            }),
            None => ix.find_unique(store, &name),
        };
        if let Some(i) = target {
            let e = &mut store.entries[i];
            let from_list = e.origin == Origin::Delivery;
            let added = e.add_auto(&name);
            e.note("delivery", line.clone());
            match (from_list, added) {
                (true, _) => rep.count(SEC, "delivery: repeated localities merged"),
                (false, Outcome::Added | Outcome::Respaced) => rep.count(
                    SEC,
                    "delivery: merged into existing entries, spelling added",
                ),
                (false, _) => rep.count(
                    SEC,
                    "delivery: merged into existing entries (same spelling)",
                ),
            }
            if keyword.is_some() {
                rep.count(SEC, "delivery: keyword ignored, the name is a known place");
            }
            if gov.is_none() {
                rep.count(
                    SEC,
                    "delivery: rows without governorate merged by unique name",
                );
            }
            ix.add(store, i);
            continue;
        }
        if let Some(k) = keyword {
            rep.count(DROPS, format!("delivery: keyword {k}"));
            let ex = kw_examples.entry(k).or_default();
            if ex.len() < 6 {
                ex.push(raw.clone());
            }
            continue;
        }
        let Some(g) = gov else {
            rep.count(
                DROPS,
                "delivery: no governorate and no known place of that name",
            );
            continue;
        };
        let id = format!(
            "iq-l-{}-{}",
            g.slug,
            names::stable_hash(&loose(&key(&name)))
        );
        if let Some(o) = store.by_id(&id) {
            return Err(format!(
                "{at}: id {id} of {name:?} collides with {:?}",
                o.name().text
            ));
        }
        let quarter =
            matches!(g.id.as_str(), "IQG08" | "IQG02" | "IQG15") && name.starts_with("حي ");
        let kind = if quarter { "neighbourhood" } else { "village" };
        let mut e = Entry::new(&id, kind, Name::auto(&name), Origin::Delivery);
        e.name_en = names::romanize(&name);
        e.note("name_en", "romanized");
        e.country = "IQ".into();
        e.parent = g.id.clone();
        e.note("delivery", line);
        let i = store.insert(e, &at)?;
        ix.add(store, i);
        rep.count(SEC, format!("delivery: new {kind} entries"));
    }
    for (k, ex) in kw_examples {
        rep.note(DROPS, format!("keyword {k}: e.g. {}", ex.join("، ")));
    }
    Ok(())
}

/// Prints the formlist names that match no Iraqi entry, and how many
/// m7amad-t names do not.
pub fn cross_check(
    store: &Store,
    sources: &Path,
    curated: &Path,
    rep: &mut Report,
) -> Result<(), String> {
    const SEC: &str = "cross-check (not imported)";
    let govs = Govs::read(&curated.join("iraq-governorates.tsv"), store)?;
    let ix = Index::build(store);
    let t = Table::read(&sources.join("iraq_admin_units_by_governorate_formlist.tsv"))?;
    let (ar, par) = (t.col("name_ar")?, t.col("parent_code_or_name")?);
    let mut missing = Vec::new();
    for r in &t.rows {
        let raw = r.get(ar);
        let Some(Label::Gov(g)) = govs.label(r.get(par)) else {
            return Err(format!(
                "{}: governorate {:?} is not mapped",
                t.at(r),
                r.get(par)
            ));
        };
        let gid = &govs.govs[*g].id;
        let found = names::split_compound(raw, &['(', ')'])
            .iter()
            .any(|p| ix.find(store, gid, strip_unit_words(p)).is_some());
        rep.count(
            SEC,
            if found {
                "formlist names found"
            } else {
                "formlist names matching no Iraqi entry"
            },
        );
        if !found {
            missing.push(format!("{raw} ({})", r.get(par)));
        }
    }
    if !missing.is_empty() {
        rep.note(
            SEC,
            format!(
                "formlist names matching no Iraqi entry: {}",
                missing.join("، ")
            ),
        );
    }
    let t = Table::read(&sources.join("iraq_admin_m7amad-t_flat.tsv"))?;
    let (lv, ar) = (t.col("level")?, t.col("name_ar")?);
    let mut missing = BTreeSet::new();
    for r in &t.rows {
        let raw = r.get(ar);
        if r.get(lv) == "governorate" || names::invalid_reason(raw).is_some() {
            continue;
        }
        let found = ix
            .national
            .contains_key(&loose(&key(strip_unit_words(raw))));
        rep.count(
            SEC,
            if found {
                "m7amad-t names found"
            } else {
                "m7amad-t names matching no Iraqi entry"
            },
        );
        if !found {
            missing.insert(raw.to_string());
        }
    }
    if !missing.is_empty() {
        rep.note(
            SEC,
            format!(
                "m7amad-t names matching no Iraqi entry: {}",
                missing.into_iter().collect::<Vec<_>>().join("، ")
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_find_keywords_and_streets() {
        let f = Filters {
            words: ["ش", "مشفي", "مستشفي"].iter().map(|w| key(w)).collect(),
            phrases: vec![key("مركز شرطة")],
        };
        assert_eq!(
            f.hit("مشفى ابن سينا").as_deref(),
            Some(key("مشفى").as_str())
        );
        assert_eq!(f.hit("ش60 الدورة").as_deref(), Some("ش"));
        assert!(f.hit("مركز شرطه الموفقية").is_some());
        assert_eq!(f.hit("الشعلة"), None);
        assert_eq!(f.hit("سوق الشيوخ"), None);
        assert_eq!(
            f.hit("المستشفى الجمهوري").as_deref(),
            Some(key("مستشفى").as_str())
        );
        assert_eq!(f.hit("حي المستشفى"), None);
        assert!(f.hit("حي الدوانم مستشفى الحمزة").is_some());
    }
}
