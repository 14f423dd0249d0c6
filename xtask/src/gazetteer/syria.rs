//! Syria: the OCHA 2015 COD as backbone, completed from the dump (Aleppo
//! communities added after 2015, the Qadmous district, other spellings), the
//! Damascus hays and the Aleppo city neighbourhoods; then the hand aliases.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::entry::{Entry, Marker, Name, Origin, Outcome, Store};
use super::names::{self, key};
use super::report::Report;
use super::table::{Row, Table};

const SEC: &str = "Syria";
const DROPS: &str = "drops (Syria)";

/// Separators of OCHA compound names: `A_B`, `A-B`, `A / B`, `A (B)`.
const COMPOUND: [char; 5] = ['_', '-', '/', '(', ')'];

/// A row of data/curated/syria-aliases.tsv.
pub struct AliasRow {
    at: String,
    pcode: String,
    names: Vec<String>,
}

pub fn read_aliases(path: &Path) -> Result<Vec<AliasRow>, String> {
    let t = Table::read(path)?;
    let (p, a) = (t.col("pcode")?, t.col("aliases")?);
    Ok(t.rows
        .iter()
        .map(|r| AliasRow {
            at: t.at(r),
            pcode: r.get(p).to_string(),
            names: r
                .get(a)
                .split('|')
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect(),
        })
        .collect())
}

/// pcode → corrected Arabic name, from data/curated/syria-name-fixes.tsv.
fn read_fixes(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let t = Table::read(path)?;
    let (p, n) = (t.col("pcode")?, t.col("name_ar")?);
    let mut out = BTreeMap::new();
    for r in &t.rows {
        if out
            .insert(r.get(p).to_string(), r.get(n).to_string())
            .is_some()
        {
            return Err(format!("{}: pcode {} fixed twice", t.at(r), r.get(p)));
        }
    }
    Ok(out)
}

struct Cols {
    level: usize,
    pcode: usize,
    name_en: usize,
    name_ar: usize,
    parent: usize,
    lat: usize,
    lon: usize,
    note: usize,
}

impl Cols {
    fn new(t: &Table) -> Result<Cols, String> {
        Ok(Cols {
            level: t.col("level")?,
            pcode: t.col("pcode")?,
            name_en: t.col("name_en")?,
            name_ar: t.col("name_ar")?,
            parent: t.col("parent_pcode")?,
            lat: t.col("lat")?,
            lon: t.col("lon")?,
            note: t.col("note")?,
        })
    }

    fn coord(&self, r: &Row, at: &str) -> Result<Option<(f64, f64)>, String> {
        let (a, o) = (r.get(self.lat), r.get(self.lon));
        if a.is_empty() || o.is_empty() {
            return Ok(None);
        }
        let p = |s: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("{at}: bad coordinate {s:?}"))
        };
        Ok(Some((p(a)?, p(o)?)))
    }
}

/// Arabic names of governorates, districts and sub-districts (without
/// `مركز `): after a compound separator they qualify a village (`الحجلية -
/// جرابلس` is al-Hajaliya of Jarablus), they are not another name of it.
fn qualifiers(tables: &[(&Table, &Cols)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (t, c) in tables {
        for r in &t.rows {
            if matches!(r.get(c.level), "admin1" | "admin2" | "admin3") {
                let n = r.get(c.name_ar);
                let n = n.strip_prefix("مركز ").unwrap_or(n);
                out.insert(key(n));
            }
        }
    }
    out
}

/// The names of an OCHA unit: compound parts split, qualifiers and
/// truncated parts dropped, invalid spellings dropped.
fn ocha_names(
    raw: &str,
    truncated: bool,
    qualifiers: &BTreeSet<String>,
    at: &str,
    rep: &mut Report,
) -> Vec<String> {
    let mut parts = names::split_compound(raw, &COMPOUND);
    if parts.len() > 1 {
        rep.count(SEC, "compound names split into name + alternatives");
    }
    if truncated {
        if parts.len() > 1 {
            let p = parts.pop().unwrap_or_default();
            rep.count(
                DROPS,
                "truncated last part of a compound (no full form known)",
            );
            rep.note(DROPS, format!("{at}: truncated part {p:?} dropped"));
        } else {
            rep.note(DROPS, format!("{at}: truncated name {raw:?} kept as it is"));
        }
    }
    let mut out = Vec::new();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 && qualifiers.contains(&key(&p)) {
            rep.count(DROPS, "admin-unit qualifier after a compound separator");
            rep.note(DROPS, format!("{at}: qualifier {p:?} of {raw:?} dropped"));
            continue;
        }
        if let Some(why) = names::invalid_reason(&p) {
            rep.count(DROPS, format!("name: {why}"));
            rep.note(DROPS, format!("{at}: {p:?} dropped ({why})"));
            continue;
        }
        out.push(p);
    }
    out
}

fn capital_level(note: &str) -> u8 {
    note.split(';')
        .filter_map(|p| p.trim().strip_prefix("capital_level="))
        .find_map(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// Kind of an OCHA community before GeoNames adds populations.
pub fn community_kind(capital_level: u8, population: u64) -> &'static str {
    if matches!(capital_level, 1 | 2) || population >= 100_000 {
        "city"
    } else if capital_level == 3 || population >= 10_000 {
        "town"
    } else {
        "village"
    }
}

/// Builds an entry from names; `None` when no valid name is left.
fn entry_from(
    id: &str,
    kind: &str,
    names: Vec<String>,
    marker: Marker,
    origin: Origin,
) -> Option<Entry> {
    let mut it = names.into_iter();
    let first = it.next()?;
    let name = if marker == Marker::Plain {
        Name::auto(&first)
    } else {
        Name::structural(&first, marker)
    };
    let mut e = Entry::new(id, kind, name, origin);
    for n in it {
        e.add_auto(&n);
    }
    e.country = "SY".into();
    Some(e)
}

/// Look-up only for admin units named after their seat with a trigger word
/// (`مركز إدلب`, `مدينة دمشق`): the bare seat name belongs to the city.
fn wrapper_marker(name: &str) -> Marker {
    if name.starts_with("مركز ") || name.starts_with("مدينة ") {
        Marker::Lookup
    } else {
        Marker::Plain
    }
}

/// OCHA 2015, the dump, the Damascus hays and the Aleppo neighbourhoods.
/// Returns the syria-aliases rows not used for the hays.
pub fn admin(
    store: &mut Store,
    sources: &Path,
    curated: &Path,
    rep: &mut Report,
) -> Result<Vec<AliasRow>, String> {
    let ocha = Table::read(&sources.join("syria_ocha_admin_2015_alahwa_geojson.tsv"))?;
    let dump = Table::read(&sources.join("syria_ocha_admin_from_dump.tsv"))?;
    let oc = Cols::new(&ocha)?;
    let dc = Cols::new(&dump)?;
    let vs = dump.col("vs_ocha2015_geojson")?;
    let fixes = read_fixes(&curated.join("syria-name-fixes.tsv"))?;
    let aliases = read_aliases(&curated.join("syria-aliases.tsv"))?;
    let quals = qualifiers(&[(&ocha, &oc), (&dump, &dc)]);
    let dump_ar: BTreeMap<&str, &str> = dump
        .rows
        .iter()
        .map(|r| (r.get(dc.pcode), r.get(dc.name_ar)))
        .collect();

    // OCHA 2015, admin1 to admin4 (the file lists parents first).
    let mut hays: BTreeMap<String, &Row> = BTreeMap::new();
    for r in &ocha.rows {
        let at = ocha.at(r);
        let level = r.get(oc.level);
        let pcode = r.get(oc.pcode);
        if level == "admin5_damascus_hay" {
            hays.insert(pcode.to_string(), r);
            continue;
        }
        let mut raw = r.get(oc.name_ar).to_string();
        let note = r.get(oc.note);
        let mut truncated = false;
        if let Some(fix) = fixes.get(pcode) {
            rep.count(SEC, "names corrected by syria-name-fixes.tsv");
            raw = fix.clone();
        } else if let Some(d) = dump_ar
            .get(pcode)
            .filter(|d| **d != raw && d.starts_with(&raw))
        {
            rep.count(SEC, "truncated 2015 names completed from the dump");
            raw = d.to_string();
        } else if note.contains("truncated") {
            truncated = true;
        }
        let (kind, marker) = match level {
            "admin1" => {
                // مدينة دمشق: مدينة is a trigger word, the name is دمشق.
                if let Some(rest) = raw.strip_prefix("مدينة ") {
                    raw = dump_ar
                        .get(pcode)
                        .map(|d| d.to_string())
                        .unwrap_or(rest.into());
                }
                ("governorate", Marker::Plain)
            }
            "admin2" => ("district", wrapper_marker(&raw)),
            "admin3" => ("subdistrict", wrapper_marker(&raw)),
            "admin4" => ("", Marker::Plain),
            other => return Err(format!("{at}: unknown level {other:?}")),
        };
        let parts = if marker == Marker::Lookup {
            vec![raw.clone()]
        } else {
            ocha_names(&raw, truncated, &quals, &at, rep)
        };
        let cap = capital_level(note);
        let kind = if kind.is_empty() {
            community_kind(cap, 0)
        } else {
            kind
        };
        let Some(mut e) = entry_from(pcode, kind, parts, marker, Origin::Ocha2015) else {
            rep.count(DROPS, "OCHA 2015 unit without a valid Arabic name");
            rep.note(
                DROPS,
                format!("{at}: {pcode} {raw:?} dropped: no valid name"),
            );
            continue;
        };
        e.capital_level = cap;
        e.name_en = names::clean(r.get(oc.name_en));
        e.parent = r.get(oc.parent).to_string();
        e.coord = oc.coord(r, &at)?;
        e.pcode = pcode.to_string();
        e.source = format!("ocha2015:{pcode}");
        store.insert(e, &at)?;
        rep.count(SEC, format!("OCHA 2015 {level} rows"));
    }

    // The dump: other spellings, and what the 2015 COD lacks.
    let mut moved: BTreeSet<String> = BTreeSet::new();
    for r in &dump.rows {
        let at = dump.at(r);
        let level = r.get(dc.level);
        let pcode = r.get(dc.pcode);
        let raw = fixes
            .get(pcode)
            .cloned()
            .unwrap_or_else(|| r.get(dc.name_ar).to_string());
        match (level, r.get(vs)) {
            ("admin0", _) | (_, "same") | (_, "ar_same_en_differs") => {}
            (_, "ar_differs") => {
                let Some(i) = store.get(pcode) else {
                    return Err(format!("{at}: {pcode} is not in the 2015 COD"));
                };
                if store.entries[i].name().marker == Marker::Lookup || level == "admin1" {
                    rep.count(
                        SEC,
                        "dump spelling not added to an admin1 or look-up-only unit",
                    );
                    continue;
                }
                for n in ocha_names(&raw, false, &quals, &at, rep) {
                    let e = &mut store.entries[i];
                    match e.add_auto(&n) {
                        Outcome::Added | Outcome::Respaced => {
                            rep.count(SEC, "dump spellings added (ar_differs)");
                            e.note("dump", pcode);
                        }
                        _ => {}
                    }
                }
            }
            ("admin2", "absent") => {
                // SY1006 al-Qadmous, split from Banyas after 2015: added
                // with the newer code; its sub-districts keep their 2015
                // codes and move under it (below).
                let mut e = Entry::new(pcode, "district", Name::auto(&raw), Origin::Dump);
                e.country = "SY".into();
                e.name_en = names::clean(r.get(dc.name_en));
                e.parent = r.get(dc.parent).to_string();
                e.pcode = pcode.to_string();
                e.source = format!(
                    "dump:{pcode} (district of the newer COD; the 2015 COD keeps its sub-districts under another district)"
                );
                store.insert(e, &at)?;
                rep.count(SEC, "dump districts absent from 2015 (added)");
            }
            ("admin3", "absent") => {
                let parent = r.get(dc.parent);
                let k = key(&raw);
                let gov = store.get(parent).and_then(|p| store.governorate_of(p));
                // A 2015 sub-district of the same name in the same
                // governorate whose code the dump no longer uses: recoded.
                let old = store
                    .live()
                    .filter(|(_, e)| e.kind == "subdistrict" && e.has_key(&k))
                    .filter(|(_, e)| !dump_ar.contains_key(e.id.as_str()))
                    .map(|(i, _)| i)
                    .find(|&i| gov.is_some() && store.governorate_of(i) == gov);
                if let Some(i) = old {
                    let e = &mut store.entries[i];
                    e.parent = parent.to_string();
                    e.note("dump", format!("{pcode} (newer code; parent {parent})"));
                    moved.insert(e.id.clone());
                    rep.count(SEC, "2015 sub-districts moved under a newer dump district");
                    continue;
                }
                let parts = ocha_names(&raw, false, &quals, &at, rep);
                let Some(mut e) = entry_from(
                    pcode,
                    "subdistrict",
                    parts,
                    wrapper_marker(&raw),
                    Origin::Dump,
                ) else {
                    continue;
                };
                e.name_en = names::clean(r.get(dc.name_en));
                e.parent = parent.to_string();
                e.pcode = pcode.to_string();
                e.source = format!("dump:{pcode}");
                store.insert(e, &at)?;
                rep.count(SEC, "dump sub-districts absent from 2015 (added)");
            }
            ("admin4", "absent") => {
                if names::has_non_arabic_letter(&raw) {
                    rep.count(DROPS, "dump community with Persian letters and no fix");
                    rep.note(DROPS, format!("{at}: {pcode} {raw:?} dropped"));
                    continue;
                }
                let parts = ocha_names(&raw, false, &quals, &at, rep);
                let Some(mut e) = entry_from(pcode, "village", parts, Marker::Plain, Origin::Dump)
                else {
                    rep.count(DROPS, "dump community without a valid Arabic name");
                    continue;
                };
                let parent = r.get(dc.parent);
                let k = e.name().key.clone();
                if store.live().any(|(_, o)| {
                    o.parent == parent && o.has_key(&k) && o.origin == Origin::Ocha2015
                }) {
                    rep.note(
                        SEC,
                        format!("{at}: {pcode} {raw:?} has the name of a 2015 community of the same sub-district (kept: a recode or a namesake)"),
                    );
                }
                e.name_en = names::clean(r.get(dc.name_en));
                e.parent = parent.to_string();
                e.pcode = pcode.to_string();
                e.source = format!("dump:{pcode}");
                store.insert(e, &at)?;
                rep.count(SEC, "dump admin4 communities absent from 2015 (added)");
            }
            (_, other) => return Err(format!("{at}: unexpected {level}/{other}")),
        }
    }
    if !moved.is_empty() {
        rep.note(
            SEC,
            format!(
                "moved under the dump's newer district: {}",
                moved.into_iter().collect::<Vec<_>>().join(", ")
            ),
        );
    }

    let rest = damascus_hays(store, sources, &hays, &oc, aliases, rep)?;
    aleppo_neighbourhoods(store, sources, rep)?;
    Ok(rest)
}

/// Damascus hays: Arabic from the PHP list, replaced by the hand spelling of
/// syria-aliases.tsv where it has one (its first name is the name as news
/// writes it; several PHP spellings are wrong: العصاعة, الأضوية, العقبة).
fn damascus_hays(
    store: &mut Store,
    sources: &Path,
    hays: &BTreeMap<String, &Row>,
    oc: &Cols,
    aliases: Vec<AliasRow>,
    rep: &mut Report,
) -> Result<Vec<AliasRow>, String> {
    let php = Table::read(&sources.join("syria_admin_aliases_from_php.tsv"))?;
    let (lv, code, ar, par) = (
        php.col("level")?,
        php.col("code")?,
        php.col("name_ar")?,
        php.col("parent")?,
    );
    let (mut hand, rest): (Vec<AliasRow>, Vec<AliasRow>) = aliases
        .into_iter()
        .partition(|a| hays.contains_key(&a.pcode));
    for r in &php.rows {
        let at = php.at(r);
        match r.get(lv) {
            "damascus_neighbourhood" => {}
            "damascus_neighbourhood_main" => {
                rep.count(DROPS, "PHP: -MAIN copies of Damascus hays");
                continue;
            }
            _ => continue,
        }
        let pcode = r.get(code);
        // C10011066 "Presidential Palace" and C10011067 "Unknown".
        if matches!(pcode, "C10011066" | "C10011067") {
            rep.count(
                DROPS,
                "PHP: Damascus hay that is not a place (Unknown, Presidential Palace)",
            );
            continue;
        }
        let Some(o) = hays.get(pcode) else {
            return Err(format!("{at}: hay {pcode} is not in the 2015 COD"));
        };
        let php_name = r.get(ar);
        let mut e = match hand.iter().position(|a| a.pcode == pcode) {
            Some(h) => {
                let a = hand.remove(h);
                let mut it = a.names.iter().map(|n| Name::parse_hand(n));
                let first = it.next().ok_or_else(|| format!("{}: no alias", a.at))?;
                if first.key != names::key(php_name) {
                    rep.count(
                        SEC,
                        "Damascus hays: PHP spelling replaced by the hand spelling",
                    );
                    rep.note(
                        SEC,
                        format!(
                            "{pcode}: PHP {php_name:?} replaced by {:?} ({})",
                            first.text, a.at
                        ),
                    );
                }
                let mut e = Entry::new(pcode, "neighbourhood", first, Origin::DamascusHay);
                for n in it {
                    e.add_name(n);
                }
                e.note("hand", a.at);
                e
            }
            None => Entry::new(
                pcode,
                "neighbourhood",
                Name::auto(php_name),
                Origin::DamascusHay,
            ),
        };
        if let Some(why) = names::invalid_reason(&e.name().text) {
            return Err(format!("{at}: hay name {:?}: {why}", e.name().text));
        }
        e.country = "SY".into();
        e.name_en = names::clean(o.get(oc.name_en));
        e.parent = o.get(oc.parent).to_string();
        if r.get(par) != "SY01" {
            return Err(format!("{at}: hay outside Damascus"));
        }
        e.coord = oc.coord(o, pcode)?;
        e.pcode = pcode.to_string();
        e.source = format!("ocha2015:{pcode}; php:{pcode}");
        store.insert(e, &at)?;
        rep.count(SEC, "Damascus hays");
    }
    if let Some(a) = hand.first() {
        return Err(format!(
            "{}: {} is not a hay of the PHP list",
            a.at, a.pcode
        ));
    }
    Ok(rest)
}

fn aleppo_neighbourhoods(
    store: &mut Store,
    sources: &Path,
    rep: &mut Report,
) -> Result<(), String> {
    let t = Table::read(&sources.join("syria_aleppo_city_neighbourhoods_ocha_via_trrcms.tsv"))?;
    let (code, ar, en, lat, lon, par) = (
        t.col("neighbourhood_pcode")?,
        t.col("name_ar")?,
        t.col("name_en")?,
        t.col("center_lat")?,
        t.col("center_lon")?,
        t.col("admin4_pcode_parent")?,
    );
    let none = BTreeSet::new();
    for r in &t.rows {
        let at = t.at(r);
        let pcode = r.get(code);
        let parts = ocha_names(r.get(ar), false, &none, &at, rep);
        let Some(mut e) = entry_from(
            pcode,
            "neighbourhood",
            parts,
            Marker::Plain,
            Origin::AleppoNeighbourhood,
        ) else {
            rep.count(DROPS, "Aleppo neighbourhood without a valid Arabic name");
            continue;
        };
        let p = |s: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("{at}: bad coordinate {s:?}"))
        };
        e.coord = Some((p(r.get(lat))?, p(r.get(lon))?));
        e.name_en = names::clean(r.get(en));
        e.parent = r.get(par).to_string();
        e.pcode = pcode.to_string();
        e.source = format!("ocha-neighbourhoods:{pcode} (via TRRCMS)");
        store.insert(e, &at)?;
        rep.count(SEC, "Aleppo city neighbourhoods");
    }
    Ok(())
}

/// syria-aliases.tsv: extra spellings for OCHA entries; `?NAME` equal to a
/// name the entry already has marks that name ambiguous.
pub fn hand_aliases(
    store: &mut Store,
    rows: Vec<AliasRow>,
    rep: &mut Report,
) -> Result<(), String> {
    for a in rows {
        let i = store
            .get(&a.pcode)
            .ok_or_else(|| format!("{}: unknown pcode {}", a.at, a.pcode))?;
        for n in &a.names {
            let name = Name::parse_hand(n);
            if let Some(why) = names::invalid_reason(&name.text) {
                return Err(format!("{}: alias {n:?}: {why}", a.at));
            }
            let e = &mut store.entries[i];
            match e.add_name(name) {
                Outcome::Added => rep.count(SEC, "syria-aliases.tsv: aliases added"),
                Outcome::MarkerMoved => {
                    rep.count(SEC, "syria-aliases.tsv: existing names marked by hand")
                }
                _ => rep.count(SEC, "syria-aliases.tsv: aliases already present"),
            }
            e.note("hand", a.at.clone());
        }
    }
    Ok(())
}
