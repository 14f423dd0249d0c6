#!/usr/bin/env bash
# Compares akhbar with the Python tools users would otherwise pick, on the
# same generated news text and the same alias list, one core each, and prints
# the Markdown tables of the README's Performance section.
#
#   scripts/bench-peers.sh
#
# What it does (re-runnable; the second run reuses the build and the venv):
#   1. builds xtask and the `peers` example in release;
#   2. writes the corpus (`cargo xtask corpus`: 4 MB of text, the same text
#      normalized with akhbar's search profile, 1000 articles of ~2 kB as
#      JSONL) and the alias list (`cargo xtask aliases`) under
#      $CARGO_TARGET_DIR/bench-peers (target/bench-peers by default);
#   3. creates scripts/.venv with `python3 -m venv` and installs pinned
#      versions of CAMeL Tools, PyArabic, dateparser, flashtext and
#      pyahocorasick from PyPI;
#   4. runs `cargo run --release --example peers` (akhbar) and
#      `scripts/bench_peers.py measure` (the others), each task the best of
#      $RUNS runs, the whole in $ROUNDS rounds, keeping each task's best;
#   5. prints a header (date, CPU, commit) and the tables, and keeps them in
#      $CARGO_TARGET_DIR/bench-peers/table.md.
#
# CAMeL Tools is installed with --no-deps: its declared dependencies include
# torch, transformers, scikit-learn and camel-kenlm (gigabytes, and a C++
# build), none of which the text utilities measured here import.
# camel_tools.utils.normalize and .dediac need only `emoji` and `six`, which
# are installed explicitly.
#
# Settings (environment): RUNS (5), ROUNDS (3), BYTES (4000000), ARTICLES (1000),
# ARTICLE_BYTES (2000), DATE_DOCS (30: dateparser handles ~25 articles a
# second), PYTHON (python3, 3.11 or newer), BENCH_CPU (a core number: pins
# both sides to that core with taskset; unset: no pinning).
#
# Numbers are noisy on a shared or busy machine, where a slow spell can last
# longer than one task: hence the best of RUNS runs, and of ROUNDS rounds
# spread over time, with both sides in every round so that they share the
# conditions.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-3}
BYTES=${BYTES:-4000000}
ARTICLES=${ARTICLES:-1000}
ARTICLE_BYTES=${ARTICLE_BYTES:-2000}
DATE_DOCS=${DATE_DOCS:-30}
PYTHON=${PYTHON:-python3}
VENV=$ROOT/scripts/.venv
OUT=${CARGO_TARGET_DIR:-$ROOT/target}/bench-peers

# Pinned so that a rerun measures the same code. camel-tools goes last, with
# --no-deps (see above).
PY_PACKAGES=(
    "emoji==2.16.0"
    "six==1.17.0"
    "pyarabic==0.6.15"
    "dateparser==1.5.0"
    "flashtext==2.7"
    "pyahocorasick==2.3.1"
)
CAMEL_PACKAGE="camel-tools==1.6.0"

for setting in RUNS ROUNDS BYTES ARTICLES ARTICLE_BYTES DATE_DOCS; do
    [[ ${!setting} =~ ^[1-9][0-9]*$ ]] || {
        printf 'bench-peers: %s=%s: expected a positive whole number\n' "$setting" "${!setting}" >&2
        exit 2
    }
done

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench-peers: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install Rust (rustup, stable)"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found: install Python 3.11 or newer, or set PYTHON"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    die "$PYTHON is $("$PYTHON" -V 2>&1): CAMeL Tools $CAMEL_PACKAGE needs Python 3.11 or newer (set PYTHON)"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null ||
    die "$PYTHON cannot create virtualenvs: install the venv module (Debian: apt-get install python3-venv)"

CPUS=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
# One thread everywhere: the comparison is per core.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 RAYON_NUM_THREADS=1
PIN=()
if [[ -n ${BENCH_CPU:-} ]]; then
    command -v taskset >/dev/null || die "BENCH_CPU is set but taskset is not installed"
    PIN=(taskset -c "$BENCH_CPU")
fi

say "building akhbar (release)"
cargo build --release --quiet -p xtask
cargo build --release --quiet --example peers

say "writing the corpus and the alias list to $OUT"
mkdir -p "$OUT"
xtask() { cargo run --release --quiet -p xtask -- "$@" >&2; }
xtask corpus --bytes "$BYTES" --out "$OUT/corpus.txt"
xtask corpus --bytes "$BYTES" --normalized --out "$OUT/corpus.search.txt"
xtask corpus --articles "$ARTICLES" --article-bytes "$ARTICLE_BYTES" --out "$OUT/articles.jsonl"
xtask aliases --out "$OUT/aliases.txt"

if [[ ! -x $VENV/bin/python ]]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
fi
STAMP=$VENV/.bench-peers-packages
WANTED="${PY_PACKAGES[*]} $CAMEL_PACKAGE"
if [[ ! -f $STAMP || $(<"$STAMP") != "$WANTED" ]]; then
    say "installing ${PY_PACKAGES[*]} $CAMEL_PACKAGE (--no-deps) from PyPI"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}" ||
        die "pip install failed: is PyPI reachable?"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "$CAMEL_PACKAGE" ||
        die "pip install $CAMEL_PACKAGE failed: is PyPI reachable?"
    printf '%s' "$WANTED" >"$STAMP"
else
    say "reusing $VENV"
fi

: >"$OUT/akhbar.jsonl"
: >"$OUT/peers.jsonl"
for round in $(seq 1 "$ROUNDS"); do
    say "round $round of $ROUNDS: akhbar (best of $RUNS)"
    ${PIN[@]+"${PIN[@]}"} cargo run --release --quiet --example peers -- \
        --corpus "$OUT/corpus.txt" --articles "$OUT/articles.jsonl" --runs "$RUNS" \
        >>"$OUT/akhbar.jsonl"
    say "round $round of $ROUNDS: CAMeL Tools, PyArabic, flashtext, pyahocorasick, dateparser (best of $RUNS)"
    ${PIN[@]+"${PIN[@]}"} "$VENV/bin/python" "$ROOT/scripts/bench_peers.py" measure \
        --corpus "$OUT/corpus.txt" --normalized "$OUT/corpus.search.txt" \
        --aliases "$OUT/aliases.txt" --articles "$OUT/articles.jsonl" \
        --runs "$RUNS" --date-docs "$DATE_DOCS" >>"$OUT/peers.jsonl"
done

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
[[ -n $cpu ]] || cpu=$(sed -n 's/^model name\t*: *//p' /proc/cpuinfo 2>/dev/null | head -n 1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    commit="$commit (with uncommitted changes)"
fi
{
    printf '%s, %s (%s logical CPUs, one used), commit %s, best of %s rounds of %s runs.\n\n' \
        "$(date -u +%Y-%m-%d)" "${cpu:-unknown CPU}" "$CPUS" "$commit" "$ROUNDS" "$RUNS"
    "$VENV/bin/python" "$ROOT/scripts/bench_peers.py" table \
        --akhbar "$OUT/akhbar.jsonl" --peers "$OUT/peers.jsonl"
} | tee "$OUT/table.md"
say "raw results: $OUT/akhbar.jsonl, $OUT/peers.jsonl; tables: $OUT/table.md"
