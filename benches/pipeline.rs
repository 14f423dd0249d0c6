//! Throughput of each stage of the pipeline and of the whole
//! `Analyzer::analyze`, in bytes per second and in documents per second,
//! on one thread and with `analyze_batch` on all cores.
//!
//! Run with `cargo bench --bench pipeline --features rayon` (the bench
//! needs the `rayon` feature for `analyze_batch`; a few minutes on two
//! cores, less with `-- --noplot`), or everything once, quickly, with
//! `cargo bench --bench pipeline --features rayon -- --quick`.
//!
//! The text is generated news (`support/corpus.rs`): one 4 MB text for the
//! per-byte figures, and 1 000 articles of about 2 KB each for the
//! per-document figures. Relative dates resolve against a fixed reference
//! date. Bytes are bytes of the text as given (UTF-8); criterion prints
//! MiB/s (2^20 bytes).
//!
//! Groups:
//!
//! - `pipeline_bytes` (one thread, `Throughput::Bytes`):
//!   `normalize_search_with_map` (`Normalizer::search().normalize_with_map`,
//!   what the analyzer runs first), `numbers` (`NumberScanner::find_iter`,
//!   its own normalization included), `dates` (`DateScanner::find_iter`,
//!   same), `analyze` (`Analyzer::analyze` on the 4 MB text as one
//!   document: one normalization shared by the gazetteer matcher and the
//!   number and date scanners), and `analyze_articles` (`analyze` on each of
//!   the 1 000 articles, bytes of all of them);
//! - `pipeline_docs` (one thread, `Throughput::Elements`, documents/s): the
//!   same stages, each article in turn;
//! - `pipeline_parallel` (`Throughput::Elements`, documents/s):
//!   `analyze_batch` over the 1 000 articles in rayon pools of 1 and 2
//!   threads and in the global pool (all cores), next to the plain
//!   sequential loop, so the speed-up reads directly.
//!
//! Goals (issue 7): the whole pipeline at 50 MB/s or more per core (about
//! 48 MiB/s), and near-linear on 2 cores (`threads_2` close to twice
//! `threads_1`). Normalization alone is aimed at 1 GB/s (`benches/normalize.rs`)
//! and each scanner at 100 MB/s (`benches/numdate.rs`).

use std::time::Duration;

use akhbar::normalize::Normalizer;
use akhbar::numdate::{DateScanner, NumberScanner};
use akhbar::{Analysis, Analyzer};
use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};
use jiff::civil::date;

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

/// Everything an analysis found, so that nothing is optimized away.
fn mentions(a: &Analysis<'_>) -> usize {
    a.places.len() + a.actors.len() + a.numbers.len() + a.dates.len()
}

fn pipeline(c: &mut Criterion) {
    let text = corpus::news_corpus(4 << 20);
    let articles = corpus::news_articles(1000, 2000);
    let article_bytes: usize = articles.iter().map(String::len).sum();
    let reference = Some(date(2023, 11, 6));
    let normalizer = Normalizer::search();
    let numbers = NumberScanner::new();
    let dates = DateScanner::new();
    let analyzer = Analyzer::builder()
        .reference_date(date(2023, 11, 6))
        .build()
        .expect("the default analyzer builds");
    // Build the lazy tables (gazetteer, lexicons) before measuring.
    let found = mentions(&analyzer.analyze(&text));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    eprintln!(
        "pipeline bench: corpus {} bytes ({found} mentions), {} articles of {article_bytes} bytes in all, {cores} cores",
        text.len(),
        articles.len()
    );

    let mut g = c.benchmark_group("pipeline_bytes");
    configure(&mut g, 3, true);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize_search_with_map", |b| {
        b.iter(|| normalizer.normalize_with_map(&text).as_str().len())
    });
    g.bench_function("numbers", |b| b.iter(|| numbers.find_iter(&text).count()));
    g.bench_function("dates", |b| {
        b.iter(|| dates.find_iter(&text, reference).count())
    });
    g.bench_function("analyze", |b| b.iter(|| mentions(&analyzer.analyze(&text))));
    g.throughput(Throughput::Bytes(article_bytes as u64));
    g.bench_function("analyze_articles", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| mentions(&analyzer.analyze(a)))
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline_docs");
    configure(&mut g, 3, true);
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function("normalize_search_with_map", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| normalizer.normalize_with_map(a).as_str().len())
                .sum::<usize>()
        })
    });
    g.bench_function("numbers", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| numbers.find_iter(a).count())
                .sum::<usize>()
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| dates.find_iter(a, reference).count())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| mentions(&analyzer.analyze(a)))
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline_parallel");
    configure(&mut g, 3, true);
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function("sequential", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| mentions(&analyzer.analyze(a)))
                .sum::<usize>()
        })
    });
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a rayon pool");
        g.bench_function(
            BenchmarkId::new("analyze_batch", format!("threads_{threads}")),
            |b| {
                b.iter(|| {
                    pool.install(|| analyzer.analyze_batch(&articles))
                        .iter()
                        .map(mentions)
                        .sum::<usize>()
                })
            },
        );
    }
    g.bench_function(
        BenchmarkId::new("analyze_batch", format!("all_{cores}_cores")),
        |b| {
            b.iter(|| {
                analyzer
                    .analyze_batch(&articles)
                    .iter()
                    .map(mentions)
                    .sum::<usize>()
            })
        },
    );
    g.finish();
}

/// Ten samples after one second of warm-up, over `secs` seconds of
/// measurement (flat sampling for slow routines): the whole bench runs in a
/// few minutes on two cores.
fn configure(g: &mut BenchmarkGroup<'_, WallTime>, secs: u64, flat: bool) {
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(secs));
    if flat {
        g.sampling_mode(SamplingMode::Flat);
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
