//! Throughput, scaling, build time, heap size and cold start of the
//! gazetteer matcher, next to the raw Aho-Corasick automaton over the same
//! names (the ceiling, in principle) and a naive `str::find` baseline.
//!
//! Run with `cargo bench --bench gazetteer` (a few minutes on two cores;
//! `-- --noplot` skips criterion's plots and saves a good part of that), one
//! group with `cargo bench --bench gazetteer -- gazetteer_build`, or
//! everything once, quickly, with `cargo bench --bench gazetteer -- --quick`.
//! At start the bench prints (stderr) the pattern counts, the heap sizes,
//! the one-shot build times and the time to the first match of this
//! process, which is really cold.
//!
//! Throughput is always in bytes of the text as given (the raw UTF-8 corpus,
//! before normalization), for every engine, as in `scripts/bench-peers.sh`,
//! so that the figures compare per byte of news even where an engine runs
//! over the normalized text. Criterion prints MiB/s (2^20 bytes).
//!
//! Groups:
//!
//! - `gazetteer_match`, on `corpus::news_corpus(4 MB)`:
//!   - `akhbar_find_iter`: `Matcher::embedded().find_iter(text)`, everything
//!     a user pays for: `search` normalization with the offset map, the
//!     automaton, the clitic, boundary and context checks;
//!   - `akhbar_find_iter_normalized`: the same on a normalization made once
//!     outside the loop (`find_iter_normalized`), so the difference with the
//!     line above is the cost of normalizing;
//!   - `aho_corasick_ceiling/{kind}`: a plain `aho_corasick::AhoCorasick`,
//!     leftmost-longest, over every matchable name of the embedded gazetteer
//!     normalized with `SEARCH` (the list `cargo xtask aliases` writes for
//!     the peers), `find_iter` over the normalized text with no word checks
//!     at all: in principle what matching cannot beat. `{kind}` is the
//!     automaton the crate picks by default (a contiguous NFA at this size)
//!     and, forced, its full DFA. It steps through every byte of the text,
//!     where the akhbar matcher looks one-word names up by hash and walks
//!     its automaton only at word starts whose first two words could begin
//!     a longer name, so on this text the akhbar matcher can match or beat
//!     it;
//! - `gazetteer_naive/{10,100}`: every one of 10 or 100 names (evenly
//!   spaced in that list) searched with a `str::find` loop over the
//!   normalized text. Linear in the number of names, so only small counts.
//! - `gazetteer_scaling_entries/{akhbar,aho_corasick}/{N}`: throughput as
//!   the gazetteer grows: a `Gazetteer` of N embedded entries (every k-th,
//!   so the mix of places and actors and of their kinds is kept; all the
//!   embedded trigger words and blockers; a parent kept only when it is in
//!   the subset) and a `Matcher` over it with `find_iter`, next to the raw
//!   automaton over the same entries' names. N = 100, 1 000, 10 000, all.
//! - `gazetteer_scaling_text/{bytes}`: the embedded matcher's `find_iter`
//!   on the first 1 KB, 16 KB, 256 KB and 4 MB of the corpus (fixed costs
//!   per call show at the small end).
//! - `gazetteer_build`: `Matcher::new(Gazetteer::embedded_arc())` (the
//!   automaton and the tables over already-parsed data);
//!   `parse_embedded_tsv`: a fresh `Gazetteer` from the embedded TSV text
//!   through the public `GazetteerBuilder::tsv`, `triggers_tsv` and
//!   `blockers_tsv` (the same calls `Gazetteer::embedded` makes; the text is
//!   `include_str!`-ed from the crate's `data/`); the raw Aho-Corasick
//!   builds, default kind and DFA.
//! - `gazetteer_cold`: the work of a fresh process up to its first match on
//!   a 2 KB article, per iteration: `parse_build_first_match` parses the
//!   embedded TSV, builds the `Gazetteer` and the `Matcher` and takes the
//!   first match; `build_first_match` starts from the parsed data
//!   (`Matcher::new` + first match). Not included: process start, paging in
//!   the binary and the embedded text, and the drop of what was built (a
//!   process that exits does not pay it). The one-shot figure printed at
//!   start (the lazy `Matcher::embedded()` on first use) includes paging.
//!
//! Goal (issue 7, one core): `akhbar_find_iter` at 300 MB/s or more (about
//! 286 MiB/s), 50 times flashtext and 6 times raw pyahocorasick.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use akhbar_gazetteer::{Entry, Gazetteer, Matcher, NameUse};
use akhbar_normalize::SEARCH;
use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

static PLACES_TSV: &str = include_str!("../crates/akhbar-gazetteer/data/places.tsv");
static ACTORS_TSV: &str = include_str!("../crates/akhbar-gazetteer/data/actors.tsv");
static TRIGGERS_TSV: &str = include_str!("../crates/akhbar-gazetteer/data/triggers.tsv");
static BLOCKERS_TSV: &str = include_str!("../crates/akhbar-gazetteer/data/blockers.tsv");

/// The embedded data, parsed afresh with the public builder.
fn parse_embedded() -> Gazetteer {
    Gazetteer::builder()
        .tsv("places.tsv", PLACES_TSV.as_bytes())
        .and_then(|b| b.tsv("actors.tsv", ACTORS_TSV.as_bytes()))
        .and_then(|b| b.triggers_tsv("triggers.tsv", TRIGGERS_TSV.as_bytes()))
        .and_then(|b| b.blockers_tsv("blockers.tsv", BLOCKERS_TSV.as_bytes()))
        .expect("embedded TSV parses")
        .build()
        .expect("embedded data builds")
}

/// The matchable names of `entries`, normalized with `SEARCH`, deduplicated
/// and sorted: the list of `cargo xtask aliases`.
fn aliases<'a>(entries: impl Iterator<Item = &'a Entry>) -> Vec<String> {
    entries
        .flat_map(|e| e.names())
        .filter(|n| n.usage() != NameUse::LookupOnly)
        .map(|n| SEARCH.normalize(n.text()).trim().to_string())
        .filter(|n| !n.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A leftmost-longest automaton over `patterns`, of the given kind or the
/// crate's choice.
fn raw_automaton(patterns: &[String], kind: Option<AhoCorasickKind>) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(kind)
        .build(patterns)
        .expect("aho-corasick builds")
}

/// `n` elements of `items` (all if fewer), evenly spaced, in order.
fn spread<T>(items: &[T], n: usize) -> impl Iterator<Item = &T> {
    let n = n.min(items.len());
    (0..n).map(move |i| &items[i * items.len() / n])
}

/// A copy of `e` whose parent is dropped unless `keep_parent`.
fn copy_entry(e: &Entry, keep_parent: bool) -> Entry {
    let mut names = e.names();
    let first = names.next().expect("an entry has a name").to_string();
    let mut b = Entry::builder(e.id(), e.kind(), first, e.name_en());
    for n in names {
        b = b.alias(n.to_string());
    }
    for c in e.countries() {
        b = b.country(c);
    }
    if let (true, Some(p)) = (keep_parent, e.parent()) {
        b = b.parent(p);
    }
    if let Some(c) = e.coordinates() {
        b = b.coordinates(c.lat(), c.lon());
    }
    b.build().expect("a copy of a valid entry is valid")
}

/// A gazetteer of `n` embedded entries, evenly spaced, with every embedded
/// trigger and blocker; parents outside the subset are dropped.
fn subset(n: usize) -> Gazetteer {
    let all: Vec<&Entry> = Gazetteer::embedded().entries().collect();
    let picked: Vec<&Entry> = spread(&all, n).copied().collect();
    let ids: BTreeSet<&str> = picked.iter().map(|e| e.id()).collect();
    let g = Gazetteer::embedded();
    let mut b = Gazetteer::builder()
        .entries(
            picked
                .iter()
                .map(|e| copy_entry(e, e.parent().is_some_and(|p| ids.contains(p)))),
        )
        .blockers_tsv("blockers.tsv", BLOCKERS_TSV.as_bytes())
        .expect("embedded blockers parse");
    for t in g.triggers() {
        b = b.trigger(t.clone());
    }
    b.build().expect("a subset gazetteer builds")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Counts the leftmost-longest matches of `patterns` in `hay`, one
/// `str::find` loop per pattern.
fn naive_count(patterns: &[&str], hay: &str) -> usize {
    let mut n = 0;
    for p in patterns {
        let mut at = 0;
        while let Some(i) = hay[at..].find(p) {
            n += 1;
            at += i + p.len();
        }
    }
    n
}

fn gazetteer(c: &mut Criterion) {
    // First, before anything touches the embedded data: the lazy path a new
    // process takes (parse + build + first match), once.
    let article = corpus::news_articles(1, 2000).remove(0);
    let t = Instant::now();
    let first = Matcher::embedded()
        .find_iter(&article)
        .next()
        .map(|m| m.span());
    let cold = t.elapsed();
    assert!(first.is_some());

    let text = corpus::news_corpus(4 << 20);
    let normalized = SEARCH.normalize_with_map(&text);
    let hay = normalized.as_str();
    let matcher = Matcher::embedded();
    let embedded = Gazetteer::embedded();
    let names = aliases(embedded.entries());

    let t = Instant::now();
    let m = Matcher::new(Gazetteer::embedded_arc()).expect("matcher builds");
    let matcher_build = t.elapsed();
    drop(m);
    let t = Instant::now();
    let g = parse_embedded();
    let parse = t.elapsed();
    assert_eq!(g.len(), embedded.len());
    drop(g);
    let t = Instant::now();
    let raw = raw_automaton(&names, None);
    let raw_build = t.elapsed();
    let t = Instant::now();
    let raw_dfa = raw_automaton(&names, Some(AhoCorasickKind::DFA));
    let dfa_build = t.elapsed();

    let akhbar_hits = matcher.find_iter(&text).count();
    let raw_hits = raw.find_iter(hay).count();
    eprintln!("gazetteer bench: corpus {} bytes ({} normalized), {akhbar_hits} akhbar matches, {raw_hits} raw automaton matches", text.len(), hay.len());
    eprintln!(
        "  embedded gazetteer: {} entries, {} matchable normalized names; Matcher: {} patterns, memory_usage {} bytes",
        embedded.len(),
        names.len(),
        matcher.pattern_count(),
        matcher.memory_usage()
    );
    eprintln!(
        "  raw aho-corasick over the names: {:?}, {} patterns, memory_usage {} bytes, built in {:.1} ms",
        raw.kind(),
        raw.patterns_len(),
        raw.memory_usage(),
        ms(raw_build)
    );
    eprintln!(
        "  raw aho-corasick DFA: memory_usage {} bytes, built in {:.1} ms",
        raw_dfa.memory_usage(),
        ms(dfa_build)
    );
    eprintln!(
        "  one-shot: first match in this process (lazy parse + build + match) {:.1} ms; parse_embedded {:.1} ms; Matcher::new {:.1} ms",
        ms(cold),
        ms(parse),
        ms(matcher_build)
    );

    let mut g = c.benchmark_group("gazetteer_match");
    g.throughput(Throughput::Bytes(text.len() as u64));
    configure(&mut g, 3, false);
    g.bench_function("akhbar_find_iter", |b| {
        b.iter(|| matcher.find_iter(&text).count())
    });
    g.bench_function("akhbar_find_iter_normalized", |b| {
        b.iter(|| matcher.find_iter_normalized(&normalized).count())
    });
    g.bench_function(
        BenchmarkId::new("aho_corasick_ceiling", format!("{:?}", raw.kind())),
        |b| b.iter(|| raw.find_iter(hay).count()),
    );
    g.bench_function(BenchmarkId::new("aho_corasick_ceiling", "DFA"), |b| {
        b.iter(|| raw_dfa.find_iter(hay).count())
    });
    g.finish();

    let mut g = c.benchmark_group("gazetteer_naive");
    g.throughput(Throughput::Bytes(text.len() as u64));
    configure(&mut g, 3, true);
    for n in [10, 100] {
        let some: Vec<&str> = spread(&names, n).map(String::as_str).collect();
        g.bench_with_input(BenchmarkId::from_parameter(n), &some, |b, some| {
            b.iter(|| naive_count(some, hay))
        });
    }
    g.finish();

    // Scaling with the size of the gazetteer.
    let total = embedded.len();
    let mut g = c.benchmark_group("gazetteer_scaling_entries");
    g.throughput(Throughput::Bytes(text.len() as u64));
    configure(&mut g, 2, false);
    for n in [100, 1_000, 10_000, total] {
        let n = n.min(total);
        let label = if n == total {
            format!("all_{n}")
        } else {
            n.to_string()
        };
        let sub = Arc::new(subset(n));
        let t = Instant::now();
        let m = Matcher::new(Arc::clone(&sub)).expect("subset matcher builds");
        let build = t.elapsed();
        let sub_names = aliases(sub.entries());
        let ac = raw_automaton(&sub_names, None);
        eprintln!(
            "  scaling {label:>9}: {} entries, {} names, Matcher {} patterns / {} bytes / built in {:.1} ms / {} matches; raw {:?} {} bytes / {} matches",
            sub.len(),
            sub_names.len(),
            m.pattern_count(),
            m.memory_usage(),
            ms(build),
            m.find_iter(&text).count(),
            ac.kind(),
            ac.memory_usage(),
            ac.find_iter(hay).count()
        );
        g.bench_function(BenchmarkId::new("akhbar", &label), |b| {
            b.iter(|| m.find_iter(&text).count())
        });
        g.bench_function(BenchmarkId::new("aho_corasick", &label), |b| {
            b.iter(|| ac.find_iter(hay).count())
        });
    }
    g.finish();

    // Scaling with the size of the text.
    let mut g = c.benchmark_group("gazetteer_scaling_text");
    configure(&mut g, 2, false);
    for size in [1 << 10, 16 << 10, 256 << 10, 4 << 20] {
        let t = &text[..floor_char_boundary(&text, size)];
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), t, |b, t| {
            b.iter(|| matcher.find_iter(t).count())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("gazetteer_build");
    configure(&mut g, 3, true);
    g.bench_function("matcher_new_embedded", |b| {
        b.iter_with_large_drop(|| Matcher::new(Gazetteer::embedded_arc()).expect("builds"))
    });
    g.bench_function("parse_embedded_tsv", |b| {
        b.iter_with_large_drop(parse_embedded)
    });
    g.bench_function(
        BenchmarkId::new("aho_corasick", format!("{:?}", raw.kind())),
        |b| b.iter_with_large_drop(|| raw_automaton(&names, None)),
    );
    g.bench_function(BenchmarkId::new("aho_corasick", "DFA"), |b| {
        b.iter_with_large_drop(|| raw_automaton(&names, Some(AhoCorasickKind::DFA)))
    });
    g.finish();

    let mut g = c.benchmark_group("gazetteer_cold");
    configure(&mut g, 3, true);
    g.bench_function("parse_build_first_match", |b| {
        b.iter_with_large_drop(|| {
            let m = Matcher::new(parse_embedded()).expect("builds");
            let first = m.find_iter(&article).next().map(|x| x.span());
            (m, first)
        })
    });
    g.bench_function("build_first_match", |b| {
        b.iter_with_large_drop(|| {
            let m = Matcher::new(Gazetteer::embedded_arc()).expect("builds");
            let first = m.find_iter(&article).next().map(|x| x.span());
            (m, first)
        })
    });
    g.finish();
}

/// The largest char boundary of `s` at or below `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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

criterion_group!(benches, gazetteer);
criterion_main!(benches);
