//! `akhbar gazetteer lookup` and `akhbar gazetteer stats`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use akhbar::gazetteer::{Entry, Gazetteer, Kind, PlaceKind};
use serde_json::{json, Value};

use crate::Outcome;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// The entry whose id is NAME (SY09, C5710, ISIS), or the entries whose
    /// name, alias or English name is NAME (normalized: hamza, teh marbuta,
    /// diacritics do not matter).
    Lookup {
        /// The id or the name to look up.
        name: String,
        /// Write JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Counts of entries by country and kind, and the share with
    /// coordinates.
    Stats {
        /// Write JSON instead of a Markdown table.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cmd: Command) -> io::Result<Outcome> {
    let g = Gazetteer::embedded();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let outcome = match cmd {
        Command::Lookup { name, json } => lookup(g, &name, json, &mut out)?,
        Command::Stats { json } => {
            stats(g, json, &mut out)?;
            Outcome::AllGood
        }
    };
    out.flush()?;
    Ok(outcome)
}

fn lookup(g: &Gazetteer, name: &str, as_json: bool, out: &mut impl Write) -> io::Result<Outcome> {
    let found: Vec<&Entry> = match g.get(name) {
        Some(e) => vec![e],
        None => g.lookup(name).collect(),
    };
    if found.is_empty() {
        eprintln!("akhbar: no entry named {name:?}");
        return Ok(Outcome::SomeFailed);
    }
    for e in found {
        let chain: Vec<&Entry> = g.ancestors(e.id()).collect();
        if as_json {
            let v = json!({
                "id": e.id(),
                "kind": e.kind().as_str(),
                "name_ar": e.name_ar(),
                "name_en": e.name_en(),
                "aliases": e.aliases().map(|a| a.to_string()).collect::<Vec<_>>(),
                "countries": e.countries().collect::<Vec<_>>(),
                "parents": chain.iter().map(|p| json!({"id": p.id(), "name_en": p.name_en(), "kind": p.kind().as_str()})).collect::<Vec<_>>(),
                "coordinates": e.coordinates().map(|c| json!([c.lat(), c.lon()])),
                "pcode": e.pcode(),
                "geonames": e.geonames(),
                "source": e.source(),
            });
            serde_json::to_writer(&mut *out, &v)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{} / {}",
                e.id(),
                e.kind(),
                e.name_ar(),
                e.name_en()
            )?;
            let aliases: Vec<String> = e.aliases().map(|a| a.to_string()).collect();
            if !aliases.is_empty() {
                writeln!(out, "  aliases: {}", aliases.join(", "))?;
            }
            let countries: Vec<&str> = e.countries().collect();
            if !countries.is_empty() {
                writeln!(out, "  country: {}", countries.join(", "))?;
            }
            if !chain.is_empty() {
                let names: Vec<String> = chain
                    .iter()
                    .map(|p| format!("{} ({}, {})", p.name_en(), p.kind(), p.id()))
                    .collect();
                writeln!(out, "  in: {}", names.join(" < "))?;
            }
            if let Some(c) = e.coordinates() {
                writeln!(out, "  at: {:.5}, {:.5}", c.lat(), c.lon())?;
            }
            if !e.source().is_empty() {
                writeln!(out, "  source: {}", e.source())?;
            }
        }
    }
    Ok(Outcome::AllGood)
}

/// The level of a place in the admin hierarchy, for the stats.
fn level(kind: Kind) -> &'static str {
    match kind {
        Kind::Place(PlaceKind::Country) => "0 country",
        Kind::Place(PlaceKind::Governorate) => "1 governorate",
        Kind::Place(PlaceKind::District) => "2 district",
        Kind::Place(PlaceKind::Subdistrict) => "3 sub-district",
        Kind::Place(
            PlaceKind::City | PlaceKind::Town | PlaceKind::Village | PlaceKind::Neighbourhood,
        ) => "4 populated place",
        Kind::Place(_) => "5 other place",
        Kind::Actor(_) => "actor",
    }
}

fn stats(g: &Gazetteer, as_json: bool, out: &mut impl Write) -> io::Result<()> {
    // (country, kind) -> (entries, with coordinates)
    let mut by_kind: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let mut by_level: BTreeMap<(String, &str), (usize, usize)> = BTreeMap::new();
    for e in g.entries() {
        let country = match (e.kind().is_actor(), e.country()) {
            (true, _) => "actors".to_string(),
            (false, Some(c)) if c == "SY" || c == "IQ" => c.to_string(),
            (false, Some(_)) => "other".to_string(),
            (false, None) => "none".to_string(),
        };
        let has = usize::from(e.coordinates().is_some());
        let k = by_kind
            .entry((country.clone(), e.kind().as_str().to_string()))
            .or_default();
        k.0 += 1;
        k.1 += has;
        let l = by_level.entry((country, level(e.kind()))).or_default();
        l.0 += 1;
        l.1 += has;
    }
    if as_json {
        let rows = |m: &BTreeMap<(String, String), (usize, usize)>| -> Vec<Value> {
            m.iter()
                .map(|((c, k), (n, with))| json!({"country": c, "kind": k, "entries": n, "with_coordinates": with}))
                .collect()
        };
        let levels: BTreeMap<(String, String), (usize, usize)> = by_level
            .iter()
            .map(|((c, l), v)| ((c.clone(), l.to_string()), *v))
            .collect();
        let v = json!({"entries": g.len(), "by_kind": rows(&by_kind), "by_level": rows(&levels)});
        serde_json::to_writer_pretty(&mut *out, &v)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{} entries\n", g.len())?;
    writeln!(out, "| country | level | entries | with coordinates |")?;
    writeln!(out, "|---|---|---:|---:|")?;
    for ((c, l), (n, with)) in &by_level {
        writeln!(
            out,
            "| {c} | {l} | {n} | {:.0}% |",
            100.0 * *with as f64 / *n as f64
        )?;
    }
    writeln!(out, "\n| country | kind | entries | with coordinates |")?;
    writeln!(out, "|---|---|---:|---:|")?;
    for ((c, k), (n, with)) in &by_kind {
        writeln!(
            out,
            "| {c} | {k} | {n} | {:.0}% |",
            100.0 * *with as f64 / *n as f64
        )?;
    }
    Ok(())
}
