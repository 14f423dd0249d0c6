//! Regenerates akhbar's data files. Run `cargo xtask help`.

mod aliases;
mod corpus;
mod gazetteer;
mod whole_words;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  whole-words [--wordfreq PATH] [--check]
      Writes crates/akhbar-normalize/data/whole-words.txt: words that start
      like a proclitic chain but are whole (فلسطين، بغداد، وزير).
  gazetteer [--sources DIR] [--wordfreq PATH] [--check]
      Writes crates/akhbar-gazetteer/data/places.tsv from the raw public
      files in DIR (default ../shared/data/gazetteer-sources) and the
      hand-made files of data/curated/, and the coverage table of
      crates/akhbar-gazetteer/README.md. Prints a report to stderr.
  gazetteer --small --out FILE [--sources DIR] [--wordfreq PATH]
      Writes the small inventory (admin units down to sub-districts,
      cities, towns, landmarks, world places; no villages, neighbourhoods
      or delivery-list localities) to FILE, for measuring what the full
      inventory adds: `akhbar extract --gazetteer FILE`.
  corpus --bytes N [--normalized] --out FILE
  corpus --articles N [--article-bytes B] --out FILE.jsonl
      Writes the generated news text of the benches (benches/support/
      corpus.rs): one text of at least N bytes, or N articles of about B
      bytes (default 2000) as JSON lines {id, text}. --normalized
      writes the text normalized with the search profile. For
      scripts/bench-peers.sh.
  aliases --out FILE
      Writes every matchable name of the embedded gazetteer (not the
      look-up-only ones), normalized with the search profile, deduplicated
      and sorted, one a line. For scripts/bench-peers.sh.
  help
      Prints this message.

Paths default to ../shared/data/... next to the repository. With --check the
command compares instead of writing and fails when the committed file differs.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("whole-words") => whole_words::run(&args[1..]),
        Some("gazetteer") => gazetteer::run(&args[1..]),
        Some("corpus") => corpus::run(&args[1..]),
        Some("aliases") => aliases::run(&args[1..]),
        Some("help") | Some("--help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of xtask/).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// Value of `--name VALUE` in `args`, if present.
pub fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Writes `content` to `path`, or with `check` compares and reports.
pub fn write_or_check(path: &std::path::Path, content: &str, check: bool) -> Result<(), String> {
    if check {
        let old = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if old != content {
            return Err(format!(
                "{} is out of date: rerun the generator and commit the result",
                path.display()
            ));
        }
        println!("{} is up to date", path.display());
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
