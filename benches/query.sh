#!/usr/bin/env bash
# Time of the query commands on a synthetic graph of 2,000 actors, 100,000
# events and 20,000 statements (examples/synthetic_graph.rs).
#
#   bash benches/query.sh [GRAPH.json]
#
# Each command runs 3 times; the best wall-clock time counts, split (from
# --timings) into loading the JSON graph and answering the query.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin geokg --example synthetic_graph
bin=target/release/geokg

graph=${1:-target/query-bench/big.json}
if [ ! -f "$graph" ]; then
    mkdir -p "$(dirname "$graph")"
    target/release/examples/synthetic_graph "$graph"
fi
echo "graph: $graph ($(du -m "$graph" | cut -f1) MB)"

queries=(
    "said --by C001"
    "said --by C001 --about C002 --since 2021-01-01"
    "edges --from C003 --quad material_conflict"
    "neighbors C005"
    "neighbors C005 --depth 2"
    "path person:p1999 person:p1995"
    "top --by degree"
    "top --by pagerank"
    "top --by betweenness"
    "stats"
)

printf '%-48s %8s %8s %8s\n' command total load query
for q in "${queries[@]}"; do
    best="" load="" query=""
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        # shellcheck disable=SC2086 # the query is a list of words on purpose
        timings=$("$bin" $q -g "$graph" --timings 2>&1 >/dev/null | grep '^geokg: load')
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then
            best=$t
            load=$(echo "$timings" | sed -E 's/.*load ([0-9.]+)s.*/\1/')
            query=$(echo "$timings" | sed -E 's/.*query ([0-9.]+)s.*/\1/')
        fi
    done
    printf '%-48s %8.3f %8.3f %8.3f\n' "$q" "$best" "$load" "$query"
done
