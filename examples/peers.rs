//! akhbar's side of the comparison with other tools
//! (`scripts/bench-peers.sh`): the same work as `scripts/bench_peers.py`, on
//! the same generated text, on one thread.
//!
//! ```text
//! cargo xtask corpus --bytes 4000000 --out corpus.txt
//! cargo xtask corpus --articles 1000 --article-bytes 2000 --out articles.jsonl
//! cargo run --release --example peers -- --corpus corpus.txt --articles articles.jsonl
//! ```
//!
//! Prints one JSON object a line, one per task, each the best of `--runs`
//! timed runs (5 by default) after one warm-up run:
//!
//! | task | work | unit |
//! |------|------|------|
//! | `normalize-camel` | `Normalizer::new(Config::camel_tools()).normalize` over the corpus | MB/s |
//! | `normalize-search` | `Normalizer::search().normalize` | MB/s |
//! | `normalize-search-map` | `Normalizer::search().normalize_with_map` | MB/s |
//! | `gazetteer` | `Matcher::embedded().find_iter(text).count()`: normalization, clitic, boundary and context checks | MB/s |
//! | `dates` | `DateScanner::new().find_iter(article, None).count()` per article | documents/s |
//! | `pipeline` | `Analyzer::new().analyze(article)` per article | MB/s and documents/s |
//!
//! MB are 10^6 bytes of the text as given (UTF-8).
//!
//! `--only TASK,...` runs the tasks named and no others: to profile one of
//! them, `perf record -g target/release/examples/peers --corpus corpus.txt
//! --articles articles.jsonl --only gazetteer --runs 30`, then
//! `perf report --no-children`.

use std::time::{Duration, Instant};

use akhbar::gazetteer::Matcher;
use akhbar::normalize::{Config, Normalizer};
use akhbar::numdate::DateScanner;
use akhbar::Analyzer;
use serde_json::json;

const USAGE: &str = "usage: peers --corpus FILE --articles FILE.jsonl [--runs N] [--only TASK,...]";

const TASKS: [&str; 6] = [
    "normalize-camel",
    "normalize-search",
    "normalize-search-map",
    "gazetteer",
    "dates",
    "pipeline",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let corpus_path = value("--corpus").ok_or(USAGE)?;
    let articles_path = value("--articles").ok_or(USAGE)?;
    let runs: usize = match value("--runs") {
        Some(r) => r
            .parse()
            .map_err(|_| format!("--runs {r:?}: not a number"))?,
        None => 5,
    };
    let only: Vec<String> = match value("--only") {
        Some(list) => list.split(',').map(str::to_string).collect(),
        None => TASKS.iter().map(|t| t.to_string()).collect(),
    };
    if let Some(bad) = only.iter().find(|t| !TASKS.contains(&t.as_str())) {
        return Err(format!("--only: no task {bad:?} (tasks: {})", TASKS.join(", ")).into());
    }
    let run = |task: &str| only.iter().any(|t| t == task);
    let corpus =
        std::fs::read_to_string(&corpus_path).map_err(|e| format!("{corpus_path}: {e}"))?;
    let articles = read_articles(&articles_path)?;
    let article_bytes: usize = articles.iter().map(String::len).sum();
    let mb = corpus.len() as f64 / 1e6;

    if run("normalize-camel") {
        let camel = Normalizer::new(Config::camel_tools());
        let (t, out) = best_of(runs, || camel.normalize(&corpus).len());
        emit(json!({ "task": "normalize-camel", "mb_per_s": mb / t, "output_bytes": out }));
    }

    let search = Normalizer::search();
    if run("normalize-search") {
        let (t, out) = best_of(runs, || search.normalize(&corpus).len());
        emit(json!({ "task": "normalize-search", "mb_per_s": mb / t, "output_bytes": out }));
    }
    if run("normalize-search-map") {
        let (t, out) = best_of(runs, || search.normalize_with_map(&corpus).as_str().len());
        emit(json!({ "task": "normalize-search-map", "mb_per_s": mb / t, "output_bytes": out }));
    }

    if run("gazetteer") {
        let matcher = Matcher::embedded();
        let (t, found) = best_of(runs, || matcher.find_iter(&corpus).count());
        emit(json!({ "task": "gazetteer", "mb_per_s": mb / t, "matches": found }));
    }

    let docs = articles.len() as f64;
    if run("dates") {
        let dates = DateScanner::new();
        let (t, found) = best_of(runs, || {
            articles
                .iter()
                .map(|a| dates.find_iter(a, None).count())
                .sum::<usize>()
        });
        emit(
            json!({ "task": "dates", "docs_per_s": docs / t, "docs": articles.len(), "matches": found }),
        );
    }

    if !run("pipeline") {
        return Ok(());
    }
    let analyzer = Analyzer::new();
    let (t, found) = best_of(runs, || {
        articles
            .iter()
            .map(|a| {
                let r = analyzer.analyze(a);
                r.places.len() + r.actors.len() + r.numbers.len() + r.dates.len()
            })
            .sum::<usize>()
    });
    emit(json!({
        "task": "pipeline",
        "mb_per_s": article_bytes as f64 / 1e6 / t,
        "docs_per_s": docs / t,
        "docs": articles.len(),
        "mentions": found,
    }));
    Ok(())
}

/// The articles of a JSONL file, one `{"id", "text"}` object a line.
fn read_articles(path: &str) -> Result<Vec<String>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
            v["text"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{path}:{}: no \"text\" string", i + 1))
        })
        .collect()
}

/// Runs `work` once to warm up, then `runs` times; the shortest time in
/// seconds and the result (which keeps the work from being optimized away).
fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> (f64, T) {
    let mut result = std::hint::black_box(work());
    let mut best = Duration::MAX;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        result = std::hint::black_box(work());
        best = best.min(start.elapsed());
    }
    (best.as_secs_f64().max(1e-9), result)
}

/// Prints one task's result as a JSON line, marked as akhbar's.
fn emit(mut result: serde_json::Value) {
    if let Some(fields) = result.as_object_mut() {
        fields.insert("tool".into(), "akhbar".into());
    }
    println!("{result}");
}
