#!/usr/bin/env bash
# Time of exporting views of a synthetic graph of 2,000 actors and 100,000
# events (examples/synthetic_graph.rs) with the release binary.
#
#   bash benches/export.sh [GRAPH.json]
#
# Each command runs 3 times; the best wall-clock time counts. "view+write" is
# that time minus the best time of an empty view (`--top 0`), which only reads
# the JSON graph.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin geokg --example synthetic_graph
bin=target/release/geokg

graph=${1:-target/query-bench/big.json}
if [ ! -f "$graph" ]; then
    mkdir -p "$(dirname "$graph")"
    target/release/examples/synthetic_graph "$graph"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "graph: $graph ($(du -m "$graph" | cut -f1) MB)"

best_time() {
    local best=""
    for _ in 1 2 3; do
        local start end t
        start=$(date +%s.%N)
        "$bin" export "$graph" "$@" >/dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

base=$(best_time --format json --top 0)
printf '%-62s %8s %11s\n' command total view+write
printf '%-62s %8.3f %11s\n' "--format json --top 0 (read the graph only)" "$base" "-"
runs=(
    "--format json --aggregate relation"
    "--format json --aggregate quad --rollup country"
    "--format dot --aggregate relation"
    "--format dot --aggregate quad --top 40"
    "--format graphml --aggregate relation"
    "--format cytoscape --aggregate category"
    "--format events --aggregate relation"
    "--format cameo"
    "--format neo4j --aggregate relation -o $out/neo4j"
)
for run in "${runs[@]}"; do
    # shellcheck disable=SC2086 # the options are a list of words on purpose
    t=$(best_time $run)
    printf '%-62s %8.3f %11.3f\n' "${run/$out\//}" "$t" "$(echo "$t - $base" | bc -l)"
done
