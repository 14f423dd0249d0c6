//! Best-of-N throughput of the scanners on the workspace's generated news
//! corpus: a quick check that is robust to a busy machine (the criterion
//! bench `benches/numdate.rs` in the workspace is the reference).
//!
//! ```sh
//! cargo run --release -p akhbar-numdate --example throughput
//! cargo run --release -p akhbar-numdate --example throughput -- article.txt
//! ```
//!
//! With a file, its text is repeated to 4 MiB instead.

use std::time::{Duration, Instant};

use akhbar_normalize::Normalizer;
use akhbar_numdate::{scan, DateScanner, DateValue, NumberConfig, NumberScanner};

#[path = "../../../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn best(mut f: impl FnMut() -> usize) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..15 {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    best
}

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => {
            let one = std::fs::read_to_string(path).expect("a UTF-8 text file");
            let mut text = String::with_capacity((4 << 20) + one.len());
            while text.len() < 4 << 20 {
                text.push_str(&one);
                text.push('\n');
            }
            text
        }
        None => corpus::news_corpus(4 << 20),
    };
    let mb = text.len() as f64 / (1 << 20) as f64;
    let reference = DateValue::from_ymd(2023, 11, 6).ok().map(|v| v.to_date());
    let n = Normalizer::search().normalize_with_map(&text);
    let numbers = NumberScanner::new();
    let plain = NumberScanner::with_config(NumberConfig::new().skip_dates(false));
    let dates = DateScanner::new();
    let report = |name: &str, d: Duration| {
        println!("{name:40} {:8.1} MiB/s", mb / d.as_secs_f64());
    };
    report(
        "normalize_with_map",
        best(|| {
            Normalizer::search()
                .normalize_with_map(&text)
                .as_str()
                .len()
        }),
    );
    report(
        "numbers (find_iter)",
        best(|| numbers.find_iter(&text).count()),
    );
    report(
        "dates (find_iter)",
        best(|| dates.find_iter(&text, reference).count()),
    );
    report(
        "numbers (pre-normalized)",
        best(|| numbers.find_iter_normalized(&text, &n).count()),
    );
    report(
        "numbers (pre-normalized, no date check)",
        best(|| plain.find_iter_normalized(&text, &n).count()),
    );
    report(
        "dates (pre-normalized)",
        best(|| dates.find_iter_normalized(&text, &n, reference).count()),
    );
    report(
        "scan (pre-normalized)",
        best(|| {
            let f = scan(&text, &n, reference);
            f.numbers.len() + f.dates.len()
        }),
    );
    let f = scan(&text, &n, reference);
    println!(
        "{} numbers, {} dates in {:.1} MiB",
        f.numbers.len(),
        f.dates.len(),
        mb
    );
}
