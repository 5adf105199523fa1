#!/usr/bin/env bash
# Throughput of `geokg extract` on one thread, in MB/s of input file and of document text.
#
#   bash benches/throughput.sh [CORPUS.jsonl ...]
#
# Defaults to the measurement corpora in ../shared/data (not part of this repository).
# Each corpus runs 3 times; the best wall-clock time counts.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
    corpora=(../shared/data/reuters21578.jsonl ../shared/data/world_news.jsonl)
fi

cargo build --release --quiet
bin=target/release/geokg

printf '%-28s %10s %10s %8s %10s %10s %8s %8s\n' corpus "file MB" "text MB" seconds "file MB/s" "text MB/s" nodes edges
for corpus in "${corpora[@]}"; do
    if [ ! -f "$corpus" ]; then
        echo "skipping $corpus: not found" >&2
        continue
    fi
    out=$(mktemp)
    best=""
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$bin" extract -j1 --skip-bad "$corpus" -o "$out" 2>/dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    python3 - "$corpus" "$out" "$best" <<'PY'
import json, os, sys
corpus, out, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
file_mb = os.path.getsize(corpus) / 1e6
text_mb = 0
with open(corpus, encoding="utf-8", errors="replace") as f:
    for line in f:
        try:
            text_mb += len(json.loads(line).get("text", "").encode()) / 1e6
        except ValueError:
            pass
g = json.load(open(out))
print(f"{os.path.basename(corpus):<28} {file_mb:10.1f} {text_mb:10.1f} {seconds:8.2f} "
      f"{file_mb / seconds:10.1f} {text_mb / seconds:10.1f} {len(g['nodes']):8d} {len(g['edges']):8d}")
PY
    rm -f "$out"
done
