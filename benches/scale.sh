#!/usr/bin/env bash
# Peak memory and time of `geokg extract` as the corpus grows: 25 MB, 200 MB and
# 1 GB of JSON Lines made from Reuters by repetition (each copy's ids get a
# suffix, so every document is new), for the full graph, the events and the
# aggregated graph; and the Spark recipe in local mode on 200 MB.
#
#   bash benches/scale.sh [SIZES...]        # sizes: 25 200 1000 (MB), default 25 200
#   GEOKG_BEFORE=/path/to/old/geokg bash benches/scale.sh 25 200   # also time an older build
#   SPARK=1 bash benches/scale.sh 200       # also the Spark recipe (needs pyspark and java)
#
# The corpora are written to ${SCALE_DIR:-/tmp/geokg-scale} (never to the repository);
# ../shared/data/reuters21578.jsonl (or $REUTERS) is not part of this repository.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(25 200); fi
reuters=${REUTERS:-../shared/data/reuters21578.jsonl}
work=${SCALE_DIR:-/tmp/geokg-scale}
mkdir -p "$work"
[ -f "$reuters" ] || { echo "needs $reuters" >&2; exit 1; }

# GEOKG=/path/to/geokg times that binary instead of building one.
if [ -z "${GEOKG:-}" ]; then cargo build --release --quiet; fi
bin=${GEOKG:-target/release/geokg}

# corpus MB → path: Reuters repeated until the size is reached, ids suffixed with the copy.
corpus() {
    local mb=$1 path="$work/reuters-$1mb.jsonl"
    if [ ! -f "$path" ]; then
        python3 - "$reuters" "$path" "$mb" <<'PY'
import json, os, sys
source, path, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(source, encoding="utf-8").read().splitlines()
written, copy = 0, 0
with open(path + ".tmp", "w", encoding="utf-8") as out:
    while written < mb * 1_000_000:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if copy:
                record["id"] = f"{record.get('id', '')}#{copy}"
            text = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(text)
            written += len(text.encode())
            if written >= mb * 1_000_000:
                break
        copy += 1
os.replace(path + ".tmp", path)
PY
    fi
    echo "$path"
}

printf '%-8s %-28s %9s %9s %10s %10s\n' input run "wall s" "cpu s" "peak MB" "output MB"
# run LABEL SIZE COMMAND...: one timed run (the word OUT in it is the output
# file), peak RSS from /usr/bin/time -v.
run() {
    local label=$1 size=$2 out="$work/out"
    shift 2
    rm -rf "$out"
    local args=()
    for a in "$@"; do if [ "$a" = OUT ]; then args+=("$out"); else args+=("$a"); fi; done
    /usr/bin/time -v -o "$work/time.txt" "${args[@]}" 2>"$work/stderr.txt" >/dev/null
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$work/time.txt")
    printf '%-8s %-28s %9.1f %9.1f %10d %10.1f\n' "${size}MB" "$label" "$wall" "$cpu" "$rss" \
        "$(du -sm --apparent-size "$out" | cut -f1)"
}

for size in "${sizes[@]}"; do
    input=$(corpus "$size")
    if [ -n "${GEOKG_BEFORE:-}" ] && [ "$size" -le 200 ]; then
        run "before: json" "$size" "$GEOKG_BEFORE" extract --skip-bad "$input" -o OUT
        run "before: events" "$size" "$GEOKG_BEFORE" extract --skip-bad --format events "$input" -o OUT
    fi
    if [ "$size" -le 200 ]; then
        run "json" "$size" "$bin" extract --skip-bad "$input" -o OUT
    fi
    run "events" "$size" "$bin" extract --skip-bad --format events "$input" -o OUT
    run "aggregate relation, 5 samples" "$size" "$bin" extract --skip-bad --aggregate relation --evidence 5 "$input" -o OUT
    if [ -n "${SPARK:-}" ]; then
        run "spark local[2], 8 parts" "$size" python3 scale/spark_extract.py --master 'local[2]' \
            --partitions 8 --geokg "$bin" "$input" -o OUT -- --skip-bad -j1
    fi
done
