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
    /// Counts of places by country, kind and admin level, with the share
    /// that has coordinates and the number of aliases (the coverage table
    /// of the akhbar-gazetteer README), and the number of actors.
    Stats {
        /// Write JSON (counts by country and kind, and by level) instead of
        /// the Markdown tables.
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

/// The level of a place in the admin hierarchy, for the stats (the same
/// grouping as the coverage table of the crate README).
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

/// The column of a place: Syria, Iraq, or anything else (other countries
/// and supranational regions).
fn column(e: &Entry) -> usize {
    match e.country() {
        Some("SY") => 0,
        Some("IQ") => 1,
        _ => 2,
    }
}

/// `n` of `d` as a percentage with one decimal, rounded half up in integer
/// arithmetic (as the README table is written), `-` for nothing.
fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        return "-".into();
    }
    let t = (n * 1000 + d / 2) / d;
    format!("{}.{}%", t / 10, t % 10)
}

/// Counts of one row: entries and entries with coordinates, by column.
#[derive(Default, Clone, Copy)]
struct Row {
    entries: [usize; 3],
    located: [usize; 3],
    aliases: [usize; 3],
}

impl Row {
    fn add(&mut self, e: &Entry) {
        let c = column(e);
        self.entries[c] += 1;
        self.located[c] += usize::from(e.coordinates().is_some());
        self.aliases[c] += e.aliases().count();
    }
}

fn sum(a: [usize; 3]) -> usize {
    a.iter().sum()
}

/// The Markdown tables of `akhbar gazetteer stats`: places by kind and by
/// admin level, each by country, with the share that has coordinates. The
/// same tables stand in the crate README (written by `cargo xtask
/// gazetteer`); a test checks that they agree.
fn tables(g: &Gazetteer) -> String {
    let mut by_kind: BTreeMap<usize, Row> = BTreeMap::new();
    let mut by_level: BTreeMap<&str, Row> = BTreeMap::new();
    let mut all = Row::default();
    for e in g.entries() {
        let Kind::Place(p) = e.kind() else {
            continue;
        };
        let at = PlaceKind::ALL.iter().position(|k| *k == p).unwrap_or(0);
        by_kind.entry(at).or_default().add(e);
        by_level.entry(level(e.kind())).or_default().add(e);
        all.add(e);
    }
    let mut s =
        String::from("| kind | Syria | Iraq | other | total |\n|---|---:|---:|---:|---:|\n");
    for (at, r) in &by_kind {
        let a = r.entries;
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            PlaceKind::ALL[*at].as_str(),
            a[0],
            a[1],
            a[2],
            sum(a)
        ));
    }
    let (a, l, n) = (all.entries, all.located, all.aliases);
    s.push_str(&format!(
        "| **all** | **{}** | **{}** | **{}** | **{}** |\n",
        a[0],
        a[1],
        a[2],
        sum(a)
    ));
    s.push_str(&format!(
        "| with coordinates | {} | {} | {} | {} |\n",
        pct(l[0], a[0]),
        pct(l[1], a[1]),
        pct(l[2], a[2]),
        pct(sum(l), sum(a))
    ));
    s.push_str(&format!(
        "| aliases | {} | {} | {} | {} |\n",
        n[0],
        n[1],
        n[2],
        sum(n)
    ));
    s.push_str(
        "\n| admin level | Syria | Iraq | other | total | with coordinates |\n|---|---:|---:|---:|---:|---:|\n",
    );
    for (name, r) in &by_level {
        let (a, l) = (r.entries, r.located);
        s.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} |\n",
            a[0],
            a[1],
            a[2],
            sum(a),
            pct(sum(l), sum(a))
        ));
    }
    s
}

fn stats(g: &Gazetteer, as_json: bool, out: &mut impl Write) -> io::Result<()> {
    if as_json {
        // (country, kind) -> (entries, with coordinates)
        let mut by_kind: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        let mut by_level: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
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
            let l = by_level
                .entry((country, level(e.kind()).to_string()))
                .or_default();
            l.0 += 1;
            l.1 += has;
        }
        let rows = |m: &BTreeMap<(String, String), (usize, usize)>| -> Vec<Value> {
            m.iter()
                .map(|((c, k), (n, with))| json!({"country": c, "kind": k, "entries": n, "with_coordinates": with}))
                .collect()
        };
        let v = json!({"entries": g.len(), "by_kind": rows(&by_kind), "by_level": rows(&by_level)});
        serde_json::to_writer_pretty(&mut *out, &v)?;
        writeln!(out)?;
        return Ok(());
    }
    let places = g.entries().filter(|e| e.kind().is_place()).count();
    writeln!(
        out,
        "{} entries: {places} places, {} actors\n",
        g.len(),
        g.len() - places
    )?;
    writeln!(out, "Places by country and kind, and by admin level:\n")?;
    write!(out, "{}", tables(g))?;
    Ok(())
}
