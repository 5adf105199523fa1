#!/usr/bin/env bash
# Instructions `geokg extract -j1` executes on the first 6 MB of a corpus, counted by
# callgrind, in total and per pipeline stage (inclusive).
#
#   bash benches/instructions.sh [CORPUS.jsonl]
#
# Wall time on a shared virtual machine varies by 10-20% from run to run; this count
# by less than 0.1% (hash seeds), so it shows whether a change to the hot path helps
# long before the timings can.
# Defaults to Reuters-21578 in ../shared/data (not part of this repository).
# Needs valgrind (apt-get install valgrind); takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/data/reuters21578.jsonl}
if [ ! -f "$corpus" ]; then
    echo "not found: $corpus" >&2
    exit 1
fi
if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
    echo "needs valgrind and callgrind_annotate: apt-get install valgrind" >&2
    exit 1
fi
cargo build --release --quiet

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Whole lines only: the last one is cut off by the 6 MB limit.
head -c 6000000 "$corpus" | head -n -1 >"$work/sample.jsonl"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    target/release/geokg extract -j1 --skip-bad "$work/sample.jsonl" -o "$work/graph.json" \
    2>"$work/valgrind.log"
total=$(grep -o 'refs: *[0-9,]*' "$work/valgrind.log" | sed 's/refs: *//')
printf '%-44s %14s\n' "$(basename "$corpus"), first 6 MB" "instructions"
printf '%-44s %14s\n' total "$total"

callgrind_annotate --inclusive=yes "$work/callgrind.out" >"$work/annotated.txt"
for stage in \
    input::jsonl::read_jsonl \
    text::sentences::split_sentences \
    text::tokens::tokenize \
    actors::gazetteer::Gazetteer::scan \
    actors::mentions::MentionFinder::find \
    relations::clause::ClauseAnalyzer::analyze \
    export::json::to_json_bytes; do
    # The first line naming the function is its inclusive cost.
    count=$(grep -m1 -E ":geokg::${stage}( |$)" "$work/annotated.txt" | awk '{print $1}' || true)
    printf '%-44s %14s\n' "$stage" "${count:--}"
done
