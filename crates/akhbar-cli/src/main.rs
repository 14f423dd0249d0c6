//! `akhbar`: places, armed groups, numbers and dates in Arabic news, as JSON.
//!
//! ```text
//! akhbar extract article.txt                 one JSON object per file
//! akhbar extract --jsonl < docs.jsonl        {"id","text","date"} in, one line out per line in
//! akhbar extract --gazetteer my-places.tsv --jsonl < docs.jsonl
//!                                            the places of the file instead of the embedded ones
//! akhbar normalize --profile light FILE
//! akhbar gazetteer lookup الرقة
//! akhbar gazetteer stats
//! ```
//!
//! Exit codes: 0 when every document was processed, 1 when some failed (an
//! error line or object was written for each), 2 on usage errors.

mod extract;
mod gazetteer;
mod input;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use akhbar::normalize::Profile;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "akhbar",
    version,
    about = "Places, armed groups, numbers and dates in Arabic news about Syria and Iraq",
    long_about = None
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Find places, actors, numbers and dates; write JSON.
    Extract(extract::Args),
    /// Normalize Arabic text and print it.
    Normalize {
        /// The folds to apply: search (all), light (diacritics, tatweel,
        /// invisibles) or camel-tools.
        #[arg(long, default_value = "search")]
        profile: Profile,
        /// Files to read; standard input when none.
        files: Vec<PathBuf>,
    },
    /// Look things up in the gazetteer.
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Normalize { profile, files } => normalize(profile, &files),
        Command::Gazetteer(cmd) => gazetteer::run(cmd),
    };
    match result {
        Ok(Outcome::AllGood) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("akhbar: {e}");
            ExitCode::from(1)
        }
    }
}

/// How a command went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was processed.
    AllGood,
    /// Some inputs failed; each got an error line or message.
    SomeFailed,
}

fn normalize(profile: Profile, files: &[PathBuf]) -> io::Result<Outcome> {
    let normalizer = akhbar::normalize::Normalizer::profile(profile);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut outcome = Outcome::AllGood;
    for doc in input::documents(files) {
        match doc.text {
            Ok(text) => out.write_all(normalizer.normalize(&text).as_bytes())?,
            Err(e) => {
                eprintln!("akhbar: {}: {e}", doc.name);
                outcome = Outcome::SomeFailed;
            }
        }
    }
    out.flush()?;
    Ok(outcome)
}
