//! GeoNames cities500: ids, coordinates, populations and Arabic spellings
//! for the places we have; the others become new towns and cities.

use std::collections::BTreeMap;
use std::path::Path;

use super::entry::{distance_km, Entry, Name, Origin, Outcome, Store};
use super::names::{self, key, loose};
use super::report::Report;
use super::table::Table;

const SEC: &str = "GeoNames";
const DROPS: &str = "drops (GeoNames spellings)";

/// A GeoNames point matches a place of the same name this close.
pub const MATCH_KM: f64 = 15.0;

/// Alternate names that only announce the unit (`ناحية الكفل`, `مركز قضاء
/// القائم`): not spellings of the name.
const UNIT_WORDS: [&str; 4] = ["ناحية ", "قضاء ", "مركز ", "محافظة "];

/// The Arabic spellings of a GeoNames row worth keeping.
pub fn arabic_names(cell: &str, rep: &mut Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all: Vec<String> = cell
        .split('|')
        .map(names::clean)
        .filter(|n| !n.is_empty())
        .collect();
    for n in all.iter().cloned() {
        if let Some(why) = names::invalid_reason(&n).or_else(|| names::kurdish_spelling(&n)) {
            rep.count(DROPS, why);
            continue;
        }
        // مدينة حمص next to حمص: the trigger word adds nothing.
        if let Some(rest) = n.strip_prefix("مدينة ") {
            if all.iter().any(|o| key(o) == key(rest)) {
                rep.count(DROPS, "مدينة + another name of the row");
                continue;
            }
        }
        if UNIT_WORDS.iter().any(|w| n.starts_with(w)) {
            rep.count(DROPS, "starts with a unit word (ناحية، قضاء، مركز، محافظة)");
            continue;
        }
        if !out.iter().any(|o| key(o) == key(&n)) {
            out.push(n);
        }
    }
    out
}

/// Population-based kind: upgrades only.
pub fn upgraded_kind(kind: &str, population: u64) -> &str {
    let rank = |k: &str| match k {
        "village" => 0,
        "town" => 1,
        "city" => 2,
        _ => 3,
    };
    let by_pop = if population >= 100_000 {
        "city"
    } else if population >= 10_000 {
        "town"
    } else {
        "village"
    };
    if rank(kind) < 3 && rank(by_pop) > rank(kind) {
        by_pop
    } else {
        kind
    }
}

/// A candidate place for a GeoNames row: lower is better.
#[derive(PartialEq, PartialOrd)]
struct Score {
    group: u8,
    loose: bool,
    km: f64,
    index: usize,
}

/// The candidate group of entry `e` for a point of `country`, or `None`.
fn group(e: &Entry) -> Option<u8> {
    let settlement = matches!(e.kind.as_str(), "city" | "town" | "village");
    match (e.country.as_str(), e.origin) {
        ("SY", Origin::Ocha2015 | Origin::Dump) if settlement => Some(0),
        (_, _) if settlement || e.kind == "neighbourhood" => Some(1),
        (_, _) if e.kind == "subdistrict" => Some(2),
        _ => None,
    }
}

/// The entry a point with these names, position and governorate matches:
/// same name (or same loose name) within `MATCH_KM`; an entry without
/// coordinates matches on the same name in the same governorate.
pub fn find_match(
    store: &Store,
    country: &str,
    gov: usize,
    names: &[String],
    at: (f64, f64),
) -> Option<usize> {
    let keys: Vec<String> = names.iter().map(|n| key(n)).collect();
    let looses: Vec<String> = keys.iter().map(|k| loose(k)).collect();
    let mut best: Option<Score> = None;
    for (i, e) in store.live() {
        if e.country != country {
            continue;
        }
        let Some(group) = group(e) else { continue };
        let exact = e.names.iter().any(|n| keys.contains(&n.key));
        let near = exact || e.names.iter().any(|n| looses.contains(&loose(&n.key)));
        if !near {
            continue;
        }
        let score = match e.coord {
            Some(c) => {
                let km = distance_km(c, at);
                if km > MATCH_KM {
                    continue;
                }
                Score {
                    group,
                    loose: !exact,
                    km,
                    index: i,
                }
            }
            None if exact && store.governorate_of(i) == Some(gov) => Score {
                group,
                loose: false,
                km: MATCH_KM,
                index: i,
            },
            None => continue,
        };
        if best.as_ref().is_none_or(|b| score < *b) {
            best = Some(score);
        }
    }
    best.map(|s| s.index)
}

pub fn build(
    store: &mut Store,
    sources: &Path,
    curated: &Path,
    rep: &mut Report,
) -> Result<(), String> {
    let map = Table::read(&curated.join("geonames-admin1.tsv"))?;
    let (mc, ma, mg) = (
        map.col("country")?,
        map.col("admin1")?,
        map.col("governorate")?,
    );
    let mut govs: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in &map.rows {
        let g = r.get(mg);
        let i = store
            .get(g)
            .filter(|&i| store.entries[i].kind == "governorate")
            .ok_or_else(|| format!("{}: {g} is not a governorate", map.at(r)))?;
        govs.insert((r.get(mc).to_string(), r.get(ma).to_string()), i);
    }
    let dec = Table::read(&curated.join("geonames-decisions.tsv"))?;
    let (di, dd, dv) = (
        dec.col("geonameid")?,
        dec.col("decision")?,
        dec.col("value")?,
    );
    let mut decisions: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for r in &dec.rows {
        let d = r.get(dd);
        if !matches!(d, "skip" | "attach" | "match") {
            return Err(format!(
                "{}: decision must be skip, attach or match",
                dec.at(r)
            ));
        }
        decisions.insert(
            r.get(di).to_string(),
            (d.to_string(), r.get(dv).to_string(), dec.at(r)),
        );
    }
    let mut used = 0;
    let t = Table::read(&sources.join("geonames_cities500_SY_IQ.tsv"))?;
    let c = |n: &str| t.col(n);
    let (gid, cc, en, a1, lat, lon, pop, ar) = (
        c("geonameid")?,
        c("country")?,
        c("name")?,
        c("admin1_code_geonames")?,
        c("latitude")?,
        c("longitude")?,
        c("population")?,
        c("arabic_script_names")?,
    );
    for r in &t.rows {
        let at = t.at(r);
        let id = r.get(gid);
        let country = r.get(cc);
        let gov = *govs
            .get(&(country.to_string(), r.get(a1).to_string()))
            .ok_or_else(|| {
                format!(
                    "{at}: admin1 {country}/{} not in geonames-admin1.tsv",
                    r.get(a1)
                )
            })?;
        let p = |s: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("{at}: bad number {s:?}"))
        };
        let point = (p(r.get(lat))?, p(r.get(lon))?);
        let population: u64 = r.get(pop).parse().unwrap_or(0);
        let mut names = arabic_names(r.get(ar), rep);
        let by_id = store.live().find(|(_, e)| e.geonames == id).map(|(i, _)| i);
        let mut target = by_id.or_else(|| find_match(store, country, gov, &names, point));
        if let Some((d, v, dat)) = decisions.get(id) {
            if target.is_some() {
                return Err(format!(
                    "{dat}: row {id} matches a place by itself; remove the decision"
                ));
            }
            used += 1;
            match d.as_str() {
                "skip" => {
                    rep.count(SEC, "rows skipped by geonames-decisions.tsv");
                    continue;
                }
                d => {
                    target = Some(store.get(v).ok_or_else(|| format!("{dat}: no entry {v}"))?);
                    if d == "attach" {
                        names.clear();
                    }
                    rep.count(SEC, "rows attached by geonames-decisions.tsv");
                }
            }
        }
        if let Some(i) = target {
            let e = &mut store.entries[i];
            if by_id.is_none()
                && !names.is_empty()
                && !e
                    .names
                    .iter()
                    .any(|n| names.iter().any(|m| key(m) == n.key))
            {
                rep.note(
                    SEC,
                    format!(
                        "{at}: {} matched {} {} by a looser spelling",
                        r.get(en),
                        e.id,
                        e.name().text
                    ),
                );
            }
            rep.count(
                SEC,
                if by_id.is_some() {
                    "rows matched by the GeoNames id already on an entry"
                } else {
                    "rows matched by name and distance"
                },
            );
            if e.geonames.is_empty() {
                e.geonames = id.to_string();
            } else if e.geonames != id {
                rep.count(SEC, "second GeoNames row for one place (id kept in source)");
                e.note("geonames-also", id);
            }
            if e.coord.is_none() {
                e.coord = Some(point);
                rep.count(SEC, "coordinates added to existing entries");
            }
            if e.name_en.is_empty() || e.extra.remove("name_en").is_some() {
                e.name_en = r.get(en).to_string();
                rep.count(SEC, "English names added (in place of a romanization)");
            }
            e.population = e.population.max(population);
            let k = upgraded_kind(&e.kind, population).to_string();
            if k != e.kind {
                rep.count(
                    SEC,
                    format!("kind upgraded {} -> {k} by population", e.kind),
                );
                e.kind = k;
            }
            for n in &names {
                // GeoNames alternate names also hold other names (old
                // names, neighbouring places): only spellings of a name the
                // entry has are taken.
                let k = key(n);
                if !e.names.iter().any(|m| names::same_name(&m.key, &k)) {
                    rep.count(
                        DROPS,
                        "not a spelling of the matched place's names (other name or error)",
                    );
                    rep.note(
                        DROPS,
                        format!("{}: {n} not added to {} {}", r.get(en), e.id, e.name().text),
                    );
                    continue;
                }
                if matches!(e.add_auto(n), Outcome::Added | Outcome::Respaced) {
                    rep.count(SEC, "Arabic spellings added to existing entries");
                }
            }
            e.note("geonames", id);
            continue;
        }
        let Some(first) = names.first() else {
            rep.count(SEC, "rows without a usable Arabic name (skipped)");
            rep.note(
                SEC,
                format!("{at}: {} has no usable Arabic name", r.get(en)),
            );
            continue;
        };
        let kind = if population >= 100_000 {
            "city"
        } else {
            "town"
        };
        let eid = format!("{}-g-{id}", country.to_ascii_lowercase());
        let mut e = Entry::new(&eid, kind, Name::auto(first), Origin::Geonames);
        for n in &names[1..] {
            if names::same_name(&key(first), &key(n)) {
                e.add_auto(n);
            } else {
                rep.count(DROPS, "not a spelling of the new place's first name");
                rep.note(
                    DROPS,
                    format!("{}: {n} not added to {eid} {first}", r.get(en)),
                );
            }
        }
        e.name_en = r.get(en).to_string();
        e.country = country.to_string();
        e.parent = store.entries[gov].id.clone();
        e.coord = Some(point);
        e.geonames = id.to_string();
        e.population = population;
        e.source = format!("geonames:{id}");
        store.insert(e, &at)?;
        rep.count(SEC, format!("new {country} {kind} entries"));
        rep.note(SEC, format!("new {eid} {} {first}", r.get(en)));
    }
    if used != decisions.len() {
        return Err("geonames-decisions.tsv: a geonameid is not in the GeoNames file".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn village(id: &str, name: &str, coord: Option<(f64, f64)>, parent: &str) -> Entry {
        let mut e = Entry::new(id, "village", Name::auto(name), Origin::Ocha2015);
        e.country = "SY".into();
        e.coord = coord;
        e.parent = parent.into();
        e
    }

    #[test]
    fn points_match_by_name_within_the_distance() {
        let mut s = Store::default();
        let mut g = Entry::new(
            "SY09",
            "governorate",
            Name::auto("دير الزور"),
            Origin::Ocha2015,
        );
        g.country = "SY".into();
        let gov = s.insert(g, "t").unwrap();
        let near = s
            .insert(village("C1", "هجين", Some((34.70, 40.85)), "SY09"), "t")
            .unwrap();
        s.insert(village("C2", "هجين", Some((36.0, 38.0)), "SY09"), "t")
            .unwrap();
        let nocoord = s
            .insert(village("C3", "الشحيل", None, "SY09"), "t")
            .unwrap();
        let names = ["هجين".to_string()];
        assert_eq!(
            find_match(&s, "SY", gov, &names, (34.72, 40.90)),
            Some(near)
        );
        assert_eq!(find_match(&s, "SY", gov, &names, (33.0, 36.0)), None);
        // Without coordinates: same name in the same governorate.
        let names = ["شحيل".to_string()];
        assert_eq!(find_match(&s, "SY", gov, &names, (35.0, 40.0)), None);
        let names = ["الشحيل".to_string()];
        assert_eq!(
            find_match(&s, "SY", gov, &names, (35.0, 40.0)),
            Some(nocoord)
        );
    }

    #[test]
    fn populations_only_upgrade() {
        assert_eq!(upgraded_kind("village", 12_000), "town");
        assert_eq!(upgraded_kind("village", 150_000), "city");
        assert_eq!(upgraded_kind("city", 600), "city");
        assert_eq!(upgraded_kind("subdistrict", 500_000), "subdistrict");
    }
}
