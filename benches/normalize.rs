//! Throughput of the normalizer on generated news-like Arabic text.
//!
//! Run with `cargo bench --bench normalize`. Goals (one core): `normalize`
//! with the search profile at 1 GB/s or more, `normalize_with_map` at
//! 300 MB/s or more.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use akhbar::normalize::{Config, Normalizer};

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn normalize(c: &mut Criterion) {
    let text = corpus::news_corpus(4 << 20);
    let search = Normalizer::search();
    let light = Normalizer::light();
    let camel = Normalizer::new(Config::camel_tools());

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(30);
    g.bench_function("search", |b| b.iter(|| search.normalize(&text).len()));
    g.bench_function("search_with_map", |b| {
        b.iter(|| search.normalize_with_map(&text).as_str().len())
    });
    g.bench_function("light", |b| b.iter(|| light.normalize(&text).len()));
    g.bench_function("camel_tools_chain", |b| {
        b.iter(|| camel.normalize(&text).len())
    });
    let normalized = search.normalize(&text).into_owned();
    g.bench_function("search_already_normalized", |b| {
        b.iter(|| search.normalize(&normalized).len())
    });
    g.finish();

    // How the cost scales with the size of one document.
    let mut g = c.benchmark_group("normalize_by_size");
    for size in [1 << 10, 16 << 10, 256 << 10, 4 << 20] {
        let t = &text[..text.floor_char_boundary_compat(size)];
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::new("with_map", size), t, |b, t| {
            b.iter(|| search.normalize_with_map(t).as_str().len())
        });
    }
    g.finish();
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        i = i.min(self.len());
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

criterion_group!(benches, normalize);
criterion_main!(benches);
