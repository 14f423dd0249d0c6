#!/usr/bin/env python3
"""The Python side of the comparison with other tools (scripts/bench-peers.sh).

Two commands:

  bench_peers.py measure --corpus FILE --normalized FILE --aliases FILE
                         --articles FILE.jsonl [--runs N] [--date-docs K]
      Measures the tools users would otherwise pick on the text that
      `cargo xtask corpus` generated, and prints one JSON object a line:

      normalize-camel      CAMeL Tools: normalize_alef_ar,
                           normalize_alef_maksura_ar, normalize_teh_marbuta_ar,
                           dediac_ar (the order of akhbar's
                           Config::camel_tools), over the raw corpus
      normalize-pyarabic   PyArabic: araby.strip_tashkeel then
                           araby.normalize_hamza, over the raw corpus
      gazetteer-flashtext  flashtext KeywordProcessor.extract_keywords with
                           every alias, Arabic letters and digits declared
                           word characters (whole words), over the corpus
                           already normalized with akhbar's search profile
      gazetteer-pyahocorasick-long / gazetteer-pyahocorasick
                           pyahocorasick Automaton.iter_long (leftmost
                           longest, no overlaps) / iter (every overlapping
                           hit), no word boundaries, same normalized text
      dates-dateparser     dateparser.search.search_dates(text,
                           languages=['ar']) on the first K articles

      Each figure is the best of N timed runs after one warm-up run, on one
      thread. MB are 10^6 bytes of the raw corpus (UTF-8), for every tool,
      so that figures compare per byte of news.

  bench_peers.py table --akhbar FILE --peers FILE
      Prints the Markdown tables of the README from the JSON lines of
      `cargo run --release --example peers` and of `measure`; with several
      rounds in a file, each task's fastest round counts.
"""

import argparse
import json
import sys
import time
from importlib import metadata

# Goals of issue 7, one core.
GOAL_NORMALIZE_MB_S = 1000.0
# benches/normalize.rs: normalization with the offset map.
GOAL_NORMALIZE_MAP_MB_S = 300.0
GOAL_GAZETTEER_MB_S = 300.0
GOAL_DATES_RATIO = 1000.0
GOAL_PIPELINE_MB_S = 50.0


def best_of(runs, work):
    """Runs `work` once to warm up, then `runs` times; returns the shortest
    time in seconds and the last result."""
    result = work()
    best = float("inf")
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return max(best, 1e-9), result


def version(package):
    """The installed version of a distribution, or '?'."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def emit(**fields):
    """Prints one result as a JSON line."""
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def read_articles(path):
    """The texts of a JSONL file of {"id", "text"} objects."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def arabic_word_chars():
    """Arabic letters, marks and digits: the characters that make up words,
    which flashtext must be told about (it knows only [A-Za-z0-9_])."""
    ranges = [(0x0621, 0x065F), (0x0660, 0x0669), (0x066E, 0x06D3), (0x06F0, 0x06F9)]
    return [chr(c) for lo, hi in ranges for c in range(lo, hi + 1)]


def measure(args):
    with open(args.corpus, encoding="utf-8") as f:
        corpus = f.read()
    with open(args.normalized, encoding="utf-8") as f:
        normalized = f.read()
    with open(args.aliases, encoding="utf-8") as f:
        aliases = [line.strip() for line in f if line.strip()]
    articles = read_articles(args.articles)
    mb = len(corpus.encode("utf-8")) / 1e6
    runs = args.runs

    # Normalization: CAMeL Tools' chain.
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    def camel():
        s = normalize_alef_ar(corpus)
        s = normalize_alef_maksura_ar(s)
        s = normalize_teh_marbuta_ar(s)
        return dediac_ar(s)

    t, out = best_of(runs, camel)
    emit(
        task="normalize-camel",
        tool="CAMeL Tools " + version("camel-tools"),
        mb_per_s=mb / t,
        output_bytes=len(out.encode("utf-8")),
    )

    # Normalization: PyArabic.
    from pyarabic import araby

    def pyarabic():
        return araby.normalize_hamza(araby.strip_tashkeel(corpus))

    t, out = best_of(runs, pyarabic)
    emit(
        task="normalize-pyarabic",
        tool="PyArabic " + version("pyarabic"),
        mb_per_s=mb / t,
        output_bytes=len(out.encode("utf-8")),
    )

    # Gazetteer: flashtext, whole words.
    from flashtext import KeywordProcessor

    kp = KeywordProcessor()
    for c in arabic_word_chars():
        kp.add_non_word_boundary(c)
    kp.add_keywords_from_list(aliases)
    t, found = best_of(runs, lambda: len(kp.extract_keywords(normalized)))
    emit(
        task="gazetteer-flashtext",
        tool="flashtext " + version("flashtext"),
        mb_per_s=mb / t,
        matches=found,
    )

    # Gazetteer: pyahocorasick, no boundaries.
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for a in aliases:
        automaton.add_word(a, a)
    automaton.make_automaton()
    pyahocorasick = "pyahocorasick " + version("pyahocorasick")
    t, found = best_of(runs, lambda: sum(1 for _ in automaton.iter_long(normalized)))
    emit(
        task="gazetteer-pyahocorasick-long",
        tool=pyahocorasick + " iter_long",
        mb_per_s=mb / t,
        matches=found,
    )
    t, found = best_of(runs, lambda: sum(1 for _ in automaton.iter(normalized)))
    emit(
        task="gazetteer-pyahocorasick",
        tool=pyahocorasick + " iter",
        mb_per_s=mb / t,
        matches=found,
    )

    # Dates: dateparser on the first K articles.
    from dateparser.search import search_dates

    docs = articles[: args.date_docs]

    def dates():
        return sum(len(search_dates(d, languages=["ar"]) or []) for d in docs)

    t, found = best_of(runs, dates)
    emit(
        task="dates-dateparser",
        tool="dateparser " + version("dateparser"),
        docs_per_s=len(docs) / t,
        docs=len(docs),
        matches=found,
    )


def speed(result):
    """The throughput of a result, whatever its unit."""
    return result.get("mb_per_s", result.get("docs_per_s", 0.0))


def load(path):
    """The results of a JSON lines file by task, the fastest of the rounds."""
    best = {}
    with open(path, encoding="utf-8") as f:
        for r in map(json.loads, filter(str.strip, f)):
            if r["task"] not in best or speed(r) > speed(best[r["task"]]):
                best[r["task"]] = r
    return best


def fmt(x):
    """A throughput: whole numbers from 100 up (thousands space-separated),
    three significant digits below."""
    if x >= 100:
        return f"{x:,.0f}".replace(",", " ")
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio(x):
    """A speed-up, such as 24× or 0.8×."""
    return f"{x:,.0f}×".replace(",", " ") if x >= 10 else f"{x:.1f}×"


# (peer task, akhbar task, label of the row, what akhbar runs, unit key)
COMPARISONS = [
    (
        "normalize-camel",
        "normalize-camel",
        "normalization, CAMeL's 4 folds",
        "`Normalizer::new(Config::camel_tools())`",
        "mb_per_s",
    ),
    (
        "normalize-pyarabic",
        "normalize-search",
        "normalization, diacritics + hamza",
        "`Normalizer::search()` (all folds)",
        "mb_per_s",
    ),
    (
        "gazetteer-flashtext",
        "gazetteer",
        "gazetteer matching",
        "`Matcher::embedded().find_iter`",
        "mb_per_s",
    ),
    (
        "gazetteer-pyahocorasick-long",
        "gazetteer",
        "gazetteer matching",
        "`Matcher::embedded().find_iter`",
        "mb_per_s",
    ),
    (
        "gazetteer-pyahocorasick",
        "gazetteer",
        "gazetteer matching",
        "`Matcher::embedded().find_iter`",
        "mb_per_s",
    ),
    (
        "dates-dateparser",
        "dates",
        "date search",
        "`DateScanner::new().find_iter`",
        "docs_per_s",
    ),
]

UNITS = {"mb_per_s": "MB/s", "docs_per_s": "docs/s"}


def table(args):
    ours = load(args.akhbar)
    peers = load(args.peers)
    out = []
    out.append(
        "| task | tool | tool's throughput | akhbar (what it runs) | akhbar's throughput | akhbar / tool |"
    )
    out.append(
        "|------|------|------------------:|-----------------------|--------------------:|--------------:|"
    )
    for peer_task, our_task, label, what, key in COMPARISONS:
        p, a = peers.get(peer_task), ours.get(our_task)
        if p is None or a is None:
            continue
        unit = UNITS[key]
        out.append(
            f"| {label} | {p['tool']} | {fmt(p[key])} {unit} | {what} | "
            f"{fmt(a[key])} {unit} | {ratio(a[key] / p[key])} |"
        )
    out.append("")
    out.append("| akhbar goal (one core) | measured | goal | |")
    out.append("|------------------------|---------:|-----:|-|")

    def goal(label, value, target, unit):
        met = "met" if value >= target else "**missed**"
        out.append(
            f"| {label} | {fmt(value)} {unit} | ≥ {fmt(target)} {unit} | {met} |"
        )

    if "normalize-search" in ours:
        goal(
            "normalization, `search` profile",
            ours["normalize-search"]["mb_per_s"],
            GOAL_NORMALIZE_MB_S,
            "MB/s",
        )
    if "normalize-camel" in ours:
        goal(
            "normalization, CAMeL's 4 folds",
            ours["normalize-camel"]["mb_per_s"],
            GOAL_NORMALIZE_MB_S,
            "MB/s",
        )
    if "normalize-search-map" in ours:
        goal(
            "normalization with the offset map, `search` profile (goal of benches/normalize.rs)",
            ours["normalize-search-map"]["mb_per_s"],
            GOAL_NORMALIZE_MAP_MB_S,
            "MB/s",
        )
    if "gazetteer" in ours:
        goal(
            "gazetteer matching with clitic and boundary checks",
            ours["gazetteer"]["mb_per_s"],
            GOAL_GAZETTEER_MB_S,
            "MB/s",
        )
    if "dates" in ours and "dates-dateparser" in peers:
        r = ours["dates"]["docs_per_s"] / peers["dates-dateparser"]["docs_per_s"]
        met = "met" if r >= GOAL_DATES_RATIO else "**missed**"
        out.append(
            f"| date search, documents/s vs dateparser | {ratio(r)} | ≥ {ratio(GOAL_DATES_RATIO)} | {met} |"
        )
    if "pipeline" in ours:
        p = ours["pipeline"]
        goal(
            f"whole pipeline, `Analyzer::analyze` ({fmt(p['docs_per_s'])} docs/s)",
            p["mb_per_s"],
            GOAL_PIPELINE_MB_S,
            "MB/s",
        )
    print("\n".join(out))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("measure", help="measure the Python tools")
    m.add_argument(
        "--corpus", required=True, help="the raw corpus (cargo xtask corpus --bytes)"
    )
    m.add_argument("--normalized", required=True, help="the same, --normalized")
    m.add_argument("--aliases", required=True, help="cargo xtask aliases")
    m.add_argument(
        "--articles", required=True, help="cargo xtask corpus --articles (JSONL)"
    )
    m.add_argument(
        "--runs", type=int, default=5, help="timed runs per task (best is kept)"
    )
    m.add_argument(
        "--date-docs", type=int, default=30, help="articles given to dateparser"
    )
    t = sub.add_parser("table", help="print the Markdown tables")
    t.add_argument("--akhbar", required=True, help="JSON lines of the peers example")
    t.add_argument("--peers", required=True, help="JSON lines of measure")
    args = parser.parse_args()
    if args.command == "measure":
        measure(args)
    else:
        table(args)


if __name__ == "__main__":
    sys.exit(main())
