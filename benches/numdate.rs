//! Throughput of the number and date scanners of akhbar-numdate on
//! generated news-like Arabic text.
//!
//! Run with `cargo bench --bench numdate`. Goal (one core): each scanner at
//! 100 MB/s or more, normalization included (`find_iter`), and the
//! combined `scan` over a shared normalization.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use akhbar::normalize::Normalizer;
use akhbar_numdate::{scan, DateScanner, DateValue, NumberConfig, NumberScanner};

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn numdate(c: &mut Criterion) {
    let text = corpus::news_corpus(4 << 20);
    let reference = DateValue::from_ymd(2023, 11, 6).ok().map(|v| v.to_date());
    let numbers = NumberScanner::new();
    let dates = DateScanner::new();
    // Build the lexicon before measuring.
    assert!(numbers.find_iter(&text).count() > 0);
    assert!(dates.find_iter(&text, reference).count() > 0);

    let mut g = c.benchmark_group("numdate");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("numbers", |b| b.iter(|| numbers.find_iter(&text).count()));
    g.bench_function("dates", |b| {
        b.iter(|| dates.find_iter(&text, reference).count())
    });
    let normalized = Normalizer::search().normalize_with_map(&text);
    g.bench_function("numbers_prenormalized", |b| {
        b.iter(|| numbers.find_iter_normalized(&text, &normalized).count())
    });
    let no_dates = NumberScanner::with_config(NumberConfig::new().skip_dates(false));
    g.bench_function("numbers_prenormalized_no_date_check", |b| {
        b.iter(|| no_dates.find_iter_normalized(&text, &normalized).count())
    });
    g.bench_function("dates_prenormalized", |b| {
        b.iter(|| {
            dates
                .find_iter_normalized(&text, &normalized, reference)
                .count()
        })
    });
    g.bench_function("scan_prenormalized", |b| {
        b.iter(|| {
            let found = scan(&text, &normalized, reference);
            found.numbers.len() + found.dates.len()
        })
    });
    g.finish();
}

criterion_group!(benches, numdate);
criterion_main!(benches);
