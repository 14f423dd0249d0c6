//! Generates crates/akhbar-gazetteer/data/places.tsv.
//!
//! Inputs: the raw public files of ../shared/data/gazetteer-sources/ (their
//! origin, licence and problems are in SOURCES.md there) and the hand-made
//! files of data/curated/. Steps, in order:
//!
//! 1. world.tsv (countries, foreign cities, regions), as written.
//! 2. Syria: OCHA 2015 admin1–4 (backbone), the dump (Aleppo communities
//!    added after 2015, the district SY1006, other spellings), Damascus hays,
//!    Aleppo neighbourhoods; syria-places.tsv; syria-aliases.tsv.
//! 3. Iraq: iraq-admin-north/south.tsv and iraq-places.tsv (hand rows that
//!    are one place merged), then the app neighbourhood list and the
//!    delivery-company localities merged in.
//! 4. GeoNames cities500 for both countries: ids, coordinates, populations
//!    and spellings of the places we have; the rest become towns and cities.
//! 5. Ambiguity markers decided (ambiguity.rs; very frequent words and
//!    news words made look-up only on villages and neighbourhoods),
//!    overrides applied, then villages named like a famous place elsewhere
//!    made look-up only, `حي X` given way to a bare X, Syrian sub-districts
//!    given their seat's spelling with the article,
//!    invariants checked (checks.rs).
//! 6. places.tsv written (or compared with --check), with the coverage table
//!    of the crate README.
//!
//! The decisions live in data files of data/curated/, each explained in its
//! header: syria-name-fixes.tsv, iraq-governorates.tsv,
//! iraq-app-neighbourhoods.tsv, iraq-locality-filters.txt,
//! geonames-admin1.tsv, geonames-decisions.tsv, news-words.txt,
//! ambiguity-overrides.tsv.
//!
//! Every comparison of names uses the matcher's normalization
//! (`Normalizer::search`); nothing depends on hash-map iteration order.

mod ambiguity;
mod checks;
mod entry;
mod geonames;
mod iraq;
mod names;
mod output;
mod report;
mod syria;
mod table;

use std::path::{Path, PathBuf};

use entry::{distance_km, Origin, Store};
use report::Report;

pub fn run(args: &[String]) -> Result<(), String> {
    let root = crate::root();
    let sources: PathBuf = crate::option(args, "--sources")
        .map(Into::into)
        .unwrap_or_else(|| root.join("../shared/data/gazetteer-sources"));
    let wordfreq: PathBuf = crate::option(args, "--wordfreq")
        .map(Into::into)
        .unwrap_or_else(|| root.join("../shared/data/wordfreq-ar-top100k.tsv"));
    let check = args.iter().any(|a| a == "--check");
    let curated = root.join("data/curated");
    let mut rep = Report::default();
    if args.iter().any(|a| a == "--small") {
        // The smaller inventory, for before/after measurements: written
        // where asked, never over the committed data.
        let out: PathBuf = crate::option(args, "--out")
            .ok_or("gazetteer --small: --out FILE is required")?
            .into();
        let store = build(&sources, &curated, &wordfreq, Inventory::Small, &mut rep)?;
        rep.print();
        eprintln!("\n{}", output::coverage(&store));
        let content = output::render(&store);
        std::fs::write(&out, &content).map_err(|e| format!("{}: {e}", out.display()))?;
        println!("wrote {} ({} places)", out.display(), store.live().count());
        return Ok(());
    }
    let store = build(&sources, &curated, &wordfreq, Inventory::Full, &mut rep)?;
    rep.print();
    eprintln!("\n{}", output::coverage(&store));
    for (path, content) in outputs(&store, &root)? {
        crate::write_or_check(&path, &content, check)?;
    }
    Ok(())
}

/// The generated files and their content: places.tsv and the crate README
/// with its coverage table.
fn outputs(store: &Store, root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let places = root.join("crates/akhbar-gazetteer/data/places.tsv");
    let readme_path = root.join("crates/akhbar-gazetteer/README.md");
    let readme = std::fs::read_to_string(&readme_path)
        .map_err(|e| format!("{}: {e}", readme_path.display()))?;
    let readme = output::splice_readme(&readme, &output::coverage(store))
        .map_err(|e| format!("{}: {e}", readme_path.display()))?;
    Ok(vec![(places, output::render(store)), (readme_path, readme)])
}

/// Which places to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Inventory {
    /// Everything: the committed places.tsv.
    Full,
    /// Admin units down to the sub-district, cities and towns, landmarks
    /// and world places: no villages (OCHA communities, hand villages),
    /// no neighbourhoods and nothing the Iraqi delivery-company or app
    /// lists created. The ambiguity markers are decided again on what is
    /// left (a town that shares its name only with villages needs no
    /// context there), and override rows about entries that are not there
    /// are skipped. For measuring what the large inventory costs and
    /// brings (`cargo xtask gazetteer --small --out FILE`, then
    /// `akhbar extract --gazetteer FILE`).
    Small,
}

/// Whether an entry belongs to the small inventory.
fn in_small(e: &entry::Entry) -> bool {
    !matches!(e.kind.as_str(), "village" | "neighbourhood")
        && !matches!(e.origin, Origin::Delivery | Origin::App)
}

/// Keeps the entries of the small inventory; the others die and their
/// children move up to the nearest ancestor that stays.
fn keep_small(store: &mut Store, rep: &mut Report) {
    const SEC: &str = "small inventory";
    let n = store.entries.len();
    let gone: Vec<bool> = (0..n)
        .map(|i| store.entries[i].dead || !in_small(&store.entries[i]))
        .collect();
    let mut new_parent = Vec::new();
    for i in 0..n {
        if gone[i] {
            continue;
        }
        let anc = store.ancestors(i);
        if anc.first().is_some_and(|&p| gone[p]) {
            let up = anc
                .iter()
                .find(|&&a| !gone[a])
                .map(|&a| store.entries[a].id.clone())
                .unwrap_or_default();
            new_parent.push((i, up));
        }
    }
    rep.add(
        SEC,
        "entries re-attached above a dropped parent",
        new_parent.len(),
    );
    for (i, p) in new_parent {
        store.entries[i].parent = p;
    }
    let mut dropped = 0;
    for (i, g) in gone.iter().enumerate() {
        if *g && !store.entries[i].dead {
            store.entries[i].dead = true;
            dropped += 1;
        }
    }
    rep.add(
        SEC,
        "entries left out (villages, neighbourhoods, list localities)",
        dropped,
    );
}

fn build(
    sources: &Path,
    curated: &Path,
    wordfreq: &Path,
    inventory: Inventory,
    rep: &mut Report,
) -> Result<Store, String> {
    let mut store = Store::default();
    load_curated(&mut store, &curated.join("world.tsv"), Origin::World, rep)?;

    let rest = syria::admin(&mut store, sources, curated, rep)?;
    load_curated(
        &mut store,
        &curated.join("syria-places.tsv"),
        Origin::SyriaPlaces,
        rep,
    )?;
    syria::hand_aliases(&mut store, rest, rep)?;

    for f in ["iraq-admin-north.tsv", "iraq-admin-south.tsv"] {
        load_curated(&mut store, &curated.join(f), Origin::IraqAdmin, rep)?;
    }
    load_curated(
        &mut store,
        &curated.join("iraq-places.tsv"),
        Origin::IraqPlaces,
        rep,
    )?;
    merge_hand_duplicates(&mut store, rep);
    iraq::app_list(&mut store, sources, curated, rep)?;
    iraq::delivery(&mut store, sources, curated, rep)?;

    geonames::build(&mut store, sources, curated, rep)?;
    iraq::cross_check(&store, sources, curated, rep)?;
    let small = inventory == Inventory::Small;
    if small {
        keep_small(&mut store, rep);
    }

    let lex = ambiguity::Lexicon::load(
        wordfreq,
        &curated.join("personal-names.txt"),
        &curated.join("news-words.txt"),
    )?;
    ambiguity::apply(&mut store, &lex, rep);
    ambiguity::very_frequent(&mut store, &lex, rep);

    ambiguity::overrides(
        &mut store,
        &curated.join("ambiguity-overrides.tsv"),
        small,
        rep,
    )?;
    // After the overrides: a town they made unmarked shadows its namesake
    // villages, and the sub-district takes the seat's final marker.
    ambiguity::shadowed_villages(&mut store, rep);
    ambiguity::trigger_compounds(&mut store, rep);
    seat_article_aliases(&mut store, rep);
    checks::run(&store)?;
    Ok(store)
}

/// Adds the rows of a hand-made file; names that cannot be Arabic names are
/// dropped and reported (the files are not ours to edit).
fn load_curated(
    store: &mut Store,
    path: &Path,
    origin: Origin,
    rep: &mut Report,
) -> Result<(), String> {
    const SEC: &str = "hand-made files";
    for (at, mut e) in entry::read_curated(path, origin)? {
        let before = e.names.len();
        let first_bad = names::invalid_reason(&e.name().text);
        if let Some(why) = first_bad {
            return Err(format!("{at}: name_ar {:?}: {why}", e.name().text));
        }
        e.names.retain(|n| {
            let bad = names::invalid_reason(&n.text);
            if let Some(why) = bad {
                eprintln!("xtask: {at}: alias {:?} dropped ({why})", n.text);
            }
            bad.is_none()
        });
        rep.add(
            SEC,
            "aliases dropped (not an Arabic spelling)",
            before - e.names.len(),
        );
        store.insert(e, &at)?;
        rep.count(
            SEC,
            format!(
                "rows of {}",
                path.file_name().unwrap_or_default().to_string_lossy()
            ),
        );
    }
    Ok(())
}

/// A Syrian sub-district that OCHA names without the article (بصيرة،
/// عشارة، يعربية) while its seat and the news write it with one (ناحية
/// البصيرة): the seat's spelling becomes an alias of the sub-district, with
/// the seat's marker (decided already), so that ناحية البصيرة finds the
/// sub-district and the name needs the same context for both. Only town
/// and city seats: a bare name prefers the town to the sub-district, but
/// the sub-district to a village (الصور, الكسرة would stop being villages).
fn seat_article_aliases(store: &mut Store, rep: &mut Report) {
    const SEC: &str = "Syria";
    let mut added = Vec::new();
    for i in 0..store.entries.len() {
        let e = &store.entries[i];
        if e.dead || e.kind != "subdistrict" || e.country != "SY" {
            continue;
        }
        let with_al = format!("ال{}", e.name().key);
        if e.name().key.starts_with("ال") || e.has_key(&with_al) {
            continue;
        }
        let seat = store.live().find(|(_, c)| {
            c.parent == e.id
                && matches!(c.kind.as_str(), "city" | "town")
                && c.name().key == with_al
        });
        if let Some((_, c)) = seat {
            let mut n = c.name().clone();
            n.fixed = true;
            added.push(format!("{} {}", e.id, n.render()));
            store.entries[i].names.push(n);
        }
    }
    rep.add(
        SEC,
        "sub-districts given their seat's spelling with the article",
        added.len(),
    );
    rep.note(
        SEC,
        format!("article spellings added: {}", added.join("; ")),
    );
}

/// Two hand rows with the same name, country and kind family that lie
/// within 3 km of each other (or share the parent when one has no point)
/// are one place: the first is kept, the second merged into it.
fn merge_hand_duplicates(store: &mut Store, rep: &mut Report) {
    const SEC: &str = "hand-made files";
    fn family(k: &str) -> &str {
        match k {
            "city" | "town" | "village" => "settlement",
            other => other,
        }
    }
    let n = store.entries.len();
    for j in 0..n {
        if store.entries[j].dead || !store.entries[j].origin.is_hand() {
            continue;
        }
        let dup = (0..j).find(|&i| {
            let (a, b) = (&store.entries[i], &store.entries[j]);
            !a.dead
                && a.origin.is_hand()
                && a.country == b.country
                && !a.country.is_empty()
                && family(&a.kind) == family(&b.kind)
                && a.name().key == b.name().key
                && match (a.coord, b.coord) {
                    (Some(p), Some(q)) => distance_km(p, q) <= 3.0,
                    _ => a.parent == b.parent,
                }
        });
        if let Some(i) = dup {
            rep.count(SEC, "duplicate hand rows merged");
            rep.note(
                SEC,
                format!(
                    "{} merged into {} ({})",
                    store.entries[j].id,
                    store.entries[i].id,
                    store.entries[i].name().text
                ),
            );
            store.merge(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed places.tsv and README table are what the generator
    /// makes of the inputs. Skipped where ../shared/data is absent (a clean
    /// clone); run `cargo xtask gazetteer` after changing data/curated/.
    #[test]
    fn committed_output_is_up_to_date() {
        let root = crate::root();
        let shared = root.join("../shared/data");
        let sources = shared.join("gazetteer-sources");
        let wordfreq = shared.join("wordfreq-ar-top100k.tsv");
        if !sources.is_dir() || !wordfreq.is_file() {
            eprintln!("skipped: {} not found", shared.display());
            return;
        }
        let mut rep = Report::default();
        let store = build(
            &sources,
            &root.join("data/curated"),
            &wordfreq,
            Inventory::Full,
            &mut rep,
        )
        .unwrap();
        for (path, content) in outputs(&store, &root).unwrap() {
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == content,
                "{} is out of date: run `cargo xtask gazetteer`",
                path.display()
            );
        }
    }
}
