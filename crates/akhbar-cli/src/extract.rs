//! `akhbar extract`.

use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use akhbar::gazetteer::Gazetteer;
use akhbar::{Analysis, Analyzer, EntityMention};
use indicatif::{ProgressBar, ProgressStyle};
use jiff::civil::Date;
use rayon::prelude::*;
use serde_json::{json, Map, Value};

use crate::input::{self, Line, Lines};
use crate::Outcome;

/// Lines (or files) handed to the thread pool at a time: enough to keep
/// every core busy, few enough to stream.
const BATCH: usize = 512;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Read JSON lines `{"id", "text", "date"}` and write one line per
    /// input line, in order: `{"id", "places", "actors", "numbers",
    /// "dates"}`, or `{"id", "error"}` for a line that cannot be processed.
    #[arg(long)]
    jsonl: bool,
    /// The date relative expressions resolve against when a document has
    /// none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    reference_date: Option<Date>,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Also say why each place or actor was accepted, and list the other
    /// entries with the same name.
    #[arg(long)]
    explain: bool,
    /// Places from FILE instead of the embedded places: a TSV with the
    /// columns of the crate's data/places.tsv (id, kind, name_ar, name_en,
    /// aliases, country, parent, lat, lon, pcode, geonames, source). Repeat
    /// the option to combine several files. The embedded actors, trigger
    /// words and blocker phrases stay; an id already used by an embedded
    /// actor, or a parent missing from the files, is an error. For example
    /// the smaller inventory of `cargo xtask gazetteer --small --out FILE`.
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Text files (one document each) or, with --jsonl, JSONL files; standard
    /// input when none.
    files: Vec<PathBuf>,
}

/// A gazetteer with the places of `files` and the embedded actors,
/// trigger words and blocker phrases.
fn places_from(files: &[PathBuf]) -> io::Result<Gazetteer> {
    let mut builder = Gazetteer::builder();
    for path in files {
        let file = File::open(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        builder = builder
            .tsv(&path.display().to_string(), BufReader::new(file))
            .map_err(|e| io::Error::other(e.to_string()))?;
    }
    let embedded = Gazetteer::embedded();
    builder = builder.entries(embedded.entries().filter(|e| e.kind().is_actor()).cloned());
    for t in embedded.triggers() {
        builder = builder.trigger(t.clone());
    }
    for phrase in embedded.blockers() {
        builder = builder.blocker(phrase);
    }
    builder.build().map_err(|e| io::Error::other(e.to_string()))
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>()
        .map_err(|e| format!("not a date of the form YYYY-MM-DD: {e}"))
}

pub fn run(args: Args) -> io::Result<Outcome> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(usize::from(n));
    }
    let pool = pool
        .build()
        .map_err(|e| io::Error::other(format!("cannot start threads: {e}")))?;
    let mut builder = Analyzer::builder();
    if !args.gazetteer.is_empty() {
        builder.gazetteer(places_from(&args.gazetteer)?);
    }
    let analyzer = builder
        .build()
        .map_err(|e| io::Error::other(e.to_string()))?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let progress = progress_bar();
    let outcome = if args.jsonl {
        jsonl(&pool, &analyzer, &args, &mut out, progress.as_ref())
    } else {
        files(&pool, &analyzer, &args, &mut out, progress.as_ref())
    }?;
    out.flush()?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    Ok(outcome)
}

/// A spinner with the count and rate of documents, on standard error, only
/// when it is a terminal.
fn progress_bar() -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let p = ProgressBar::new_spinner();
    p.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} documents, {per_sec}, {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    p.enable_steady_tick(Duration::from_millis(200));
    Some(p)
}

fn jsonl(
    pool: &rayon::ThreadPool,
    analyzer: &Analyzer,
    args: &Args,
    out: &mut impl Write,
    progress: Option<&ProgressBar>,
) -> io::Result<Outcome> {
    let mut lines = Lines::new(&args.files);
    let mut outcome = Outcome::AllGood;
    loop {
        let batch: Vec<Line> = lines.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            return Ok(outcome);
        }
        let results: Vec<(Value, bool)> = pool.install(|| {
            batch
                .par_iter()
                .map(|line| jsonl_line(analyzer, args, line))
                .collect()
        });
        for (value, ok) in &results {
            if !ok {
                outcome = Outcome::SomeFailed;
            }
            write_json(out, value, args.pretty)?;
        }
        if let Some(p) = progress {
            p.inc(results.len() as u64);
        }
    }
}

/// The output line of one input line, and whether it succeeded.
fn jsonl_line(analyzer: &Analyzer, args: &Args, line: &Line) -> (Value, bool) {
    let at = if line.number == 0 {
        line.source.clone()
    } else {
        format!("{}:{}", line.source, line.number)
    };
    let fail = |id: Value, msg: String| (json!({"id": id, "error": format!("{at}: {msg}")}), false);
    let bytes = match &line.bytes {
        Ok(b) => b,
        Err(e) => return fail(Value::Null, e.clone()),
    };
    let doc: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let msg = match std::str::from_utf8(bytes) {
                Err(u) => format!("invalid UTF-8 at byte {}", u.valid_up_to()),
                Ok(s) if s.trim().is_empty() => "empty line".to_string(),
                Ok(_) => format!("not valid JSON: {e}"),
            };
            return fail(Value::Null, msg);
        }
    };
    let Value::Object(doc) = doc else {
        return fail(Value::Null, "not a JSON object".to_string());
    };
    let id = doc.get("id").cloned().unwrap_or(Value::Null);
    let text = match doc.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return fail(id, "\"text\" is not a string".to_string()),
        None => return fail(id, "no \"text\"".to_string()),
    };
    let date = match doc.get("date") {
        None | Some(Value::Null) => args.reference_date,
        Some(Value::String(d)) => match parse_date(d) {
            Ok(d) => Some(d),
            Err(e) => return fail(id, format!("\"date\" {d:?}: {e}")),
        },
        Some(other) => return fail(id, format!("\"date\" is not a string: {other}")),
    };
    let analysis = analyzer.analyze_with_date(text, date);
    let mut obj = Map::new();
    obj.insert("id".to_string(), id);
    (
        Value::Object(analysis_json(obj, &analysis, args.explain)),
        true,
    )
}

fn files(
    pool: &rayon::ThreadPool,
    analyzer: &Analyzer,
    args: &Args,
    out: &mut impl Write,
    progress: Option<&ProgressBar>,
) -> io::Result<Outcome> {
    let mut outcome = Outcome::AllGood;
    let mut docs = input::documents(&args.files);
    loop {
        let batch: Vec<input::Document> = docs.by_ref().take(64).collect();
        if batch.is_empty() {
            return Ok(outcome);
        }
        let results: Vec<(Value, bool)> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    let mut obj = Map::new();
                    obj.insert("file".to_string(), Value::String(doc.name.clone()));
                    match &doc.text {
                        Ok(text) => {
                            let a = analyzer.analyze(text);
                            (Value::Object(analysis_json(obj, &a, args.explain)), true)
                        }
                        Err(e) => {
                            eprintln!("akhbar: {}: {e}", doc.name);
                            obj.insert(
                                "error".to_string(),
                                Value::String(format!("{}: {e}", doc.name)),
                            );
                            (Value::Object(obj), false)
                        }
                    }
                })
                .collect()
        });
        for (value, ok) in &results {
            if !ok {
                outcome = Outcome::SomeFailed;
            }
            write_json(out, value, args.pretty)?;
        }
        if let Some(p) = progress {
            p.inc(results.len() as u64);
        }
    }
}

/// The analysis added to `obj`: `places`, `actors`, `numbers`, `dates`,
/// with `reason` and `alternatives` on places and actors when explaining.
fn analysis_json(
    mut obj: Map<String, Value>,
    a: &Analysis<'_>,
    explain: bool,
) -> Map<String, Value> {
    let entities = |list: &[EntityMention<'_>]| -> Value {
        Value::Array(
            list.iter()
                .map(|m| {
                    let mut v = serde_json::to_value(m).unwrap_or(Value::Null);
                    if let (true, Value::Object(o)) = (explain, &mut v) {
                        o.insert(
                            "reason".to_string(),
                            Value::String(format!("{:?}", m.reason())),
                        );
                        o.insert(
                            "alternatives".to_string(),
                            Value::Array(
                                m.alternatives()
                                    .map(|e| Value::String(e.id().to_string()))
                                    .collect(),
                            ),
                        );
                    }
                    v
                })
                .collect(),
        )
    };
    obj.insert("places".to_string(), entities(&a.places));
    obj.insert("actors".to_string(), entities(&a.actors));
    obj.insert(
        "numbers".to_string(),
        serde_json::to_value(&a.numbers).unwrap_or(Value::Null),
    );
    obj.insert(
        "dates".to_string(),
        serde_json::to_value(&a.dates).unwrap_or(Value::Null),
    );
    obj
}

fn write_json(out: &mut impl Write, value: &Value, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
