#!/usr/bin/env bash
# Regenerates every file in graphs/ except the HTML pages and screenshots:
#   bash graphs/make.sh
# The seed story in every format, and the fictional multi-document example
# (examples/corpus/) as pictures.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin geokg
geokg=target/release/geokg
seed=graphs/lithuania-nato-russia
corpus=graphs/baltic-cable-crisis

"$geokg" extract examples/lithuania-nato-russia.txt --date 2021-12-20 -o "$seed.json"
for format in dot svg graphml gexf csv cytoscape events cameo phoenix; do
    case $format in
        cytoscape) ext=cytoscape.json ;;
        events) ext=events.jsonl ;;
        cameo) ext=cameo.tsv ;;
        phoenix) ext=phoenix.tsv ;;
        csv) ext=edges.csv ;;
        *) ext=$format ;;
    esac
    "$geokg" export "$seed.json" --format "$format" -o "$seed.$ext"
done
"$geokg" export "$seed.json" --format neo4j -o "$seed-neo4j"
"$geokg" export "$seed.json" --format svg --rollup country -o "$seed-rollup.svg"

"$geokg" extract examples/corpus/ -o "$corpus.json"
"$geokg" export "$corpus.json" --format svg -o "$corpus.svg"
"$geokg" export "$corpus.json" --format svg --rollup country --aggregate quad -o "$corpus-rollup.svg"
"$geokg" export "$corpus.json" --format svg --ego Finland --depth 1 --kind country -o "$corpus-finland.svg"

# A real corpus, when it is beside the clone (it is not part of this repository).
world=../shared/data/world_news.jsonl
if [ -f "$world" ]; then
    "$geokg" extract "$world" --format png -o graphs/world-news.png
fi
