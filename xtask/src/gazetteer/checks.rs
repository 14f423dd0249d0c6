//! The invariants of the place data, checked on the full output.

use std::collections::BTreeSet;

use super::ambiguity;
use super::entry::{Store, KINDS};
use super::names;

/// Latitude and longitude ranges a place of the country must fall in.
pub fn bounding_box(country: &str) -> Option<((f64, f64), (f64, f64))> {
    match country {
        "SY" => Some(((32.3, 37.4), (35.6, 42.4))),
        "IQ" => Some(((29.0, 37.4), (38.7, 48.7))),
        // Loose boxes of the neighbours whose places Syrian news names.
        "TR" => Some(((35.8, 42.2), (25.6, 44.9))),
        "JO" => Some(((29.1, 33.4), (34.9, 39.4))),
        "LB" => Some(((33.0, 34.7), (35.0, 36.7))),
        _ => None,
    }
}

pub fn run(store: &Store) -> Result<(), String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for (_, e) in store.live() {
        let what = format!("{} ({})", e.id, e.source_cell());
        if !ids.insert(e.id.as_str()) {
            errors.push(format!("{what}: duplicate id"));
        }
        if !KINDS.contains(&e.kind.as_str()) {
            errors.push(format!("{what}: unknown kind {:?}", e.kind));
        }
        match store.by_id(&e.parent) {
            _ if e.parent.is_empty() => {}
            Some(p) if !p.dead => {
                if !e.country.is_empty() && !p.country.is_empty() && e.country != p.country {
                    errors.push(format!(
                        "{what}: in {} but its parent {} in {}",
                        e.country, p.id, p.country
                    ));
                }
            }
            _ => errors.push(format!("{what}: parent {:?} does not exist", e.parent)),
        }
        if e.name_en.trim().is_empty() {
            errors.push(format!("{what}: no English name"));
        }
        if e.country.is_empty() && e.kind != "region" {
            errors.push(format!("{what}: no country"));
        }
        if let (Some((lat, lon)), Some(((la0, la1), (lo0, lo1)))) =
            (e.coord, bounding_box(&e.country))
        {
            if !(la0..=la1).contains(&lat) || !(lo0..=lo1).contains(&lon) {
                errors.push(format!("{what}: {lat},{lon} is outside {}", e.country));
            }
        }
        if let Some((lat, lon)) = e.coord {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                errors.push(format!("{what}: impossible coordinates {lat},{lon}"));
            }
        }
        for n in &e.names {
            if let Some(why) = names::invalid_reason(&n.text) {
                errors.push(format!("{what}: name {:?}: {why}", n.text));
            }
            if n.key.is_empty() {
                errors.push(format!(
                    "{what}: name {:?} is empty after normalization",
                    n.text
                ));
            }
        }
        let keys: BTreeSet<&str> = e.names.iter().map(|n| n.key.as_str()).collect();
        if keys.len() != e.names.len() {
            errors.push(format!("{what}: two names normalize alike"));
        }
    }
    for s in ambiguity::unresolved_shared(store) {
        errors.push(format!(
            "name claimed by places of different chains, unmarked on several (add an override): {s}"
        ));
    }
    if errors.is_empty() {
        return Ok(());
    }
    let n = errors.len();
    errors.truncate(60);
    Err(format!(
        "{n} problem(s) in the place data:\n  {}",
        errors.join("\n  ")
    ))
}
