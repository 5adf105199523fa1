#!/usr/bin/env bash
# Linear-time evidence for the hostile inputs of issue 13: each input is made at
# size N and 2N and extracted on one thread; a linear stage takes about twice
# the time (ratio ~2), a quadratic one about four times.
#
#   bash benches/linear.sh [N]        # N = sentences of the smaller input (default 400)
#
# Inputs (generated, nothing read from outside the repository):
#   coordination  "A, B, … and X accused C, D, … and Y." with 40 + 40 countries a sentence:
#                 one edge per pair would be 1,600 edges a sentence; the cap keeps 32.
#   people        many distinct titled people, "President Aab Ccd3 met President …".
#   brackets      "Russia accused NATO." and a run of ")" that the sentence cap must cut.
#   long-list     ONE sentence whose two lists have N/4 names each (2N: N/2 each): the
#                 time within one sentence, which the sentence cap bounds but which
#                 should still grow linearly with the sentence.
# Prints input size, best of 3 wall-clock times, edges and the time ratio 2N/N.
# Exits 1 if a ratio is above 3 (clearly worse than linear), so it can gate a change.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-400}
cargo build --release --quiet
bin=target/release/geokg
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" "$n" <<'PY'
import sys, random
dir, n = sys.argv[1], int(sys.argv[2])
countries = [line.split("\t")[1] for line in open("data/countries.tsv", encoding="utf-8")
             if line.strip() and not line.startswith("#")]
countries = [c for c in countries if c.isascii() and c.isalpha()][:80]
def listed(names):
    return ", ".join(names[:-1]) + " and " + names[-1]
rng = random.Random(13)
def syllable():
    return rng.choice("BCDFGHKLMNPRSTVZ") + rng.choice("aeiou") + rng.choice("bdklmnrstvz")
for scale in (1, 2):
    count = n * scale
    with open(f"{dir}/coordination-{scale}.txt", "w") as f:
        for k in range(count):
            rng.shuffle(countries)
            f.write(f"{listed(countries[:40])} accused {listed(countries[40:80])} of aggression.\n")
    with open(f"{dir}/people-{scale}.txt", "w") as f:
        for k in range(count * 4):
            a = f"{syllable()}{syllable()} {syllable()}{syllable()}{k}"
            b = f"{syllable()}{syllable()} {syllable()}{syllable()}{k}x"
            f.write(f"President {a} met Prime Minister {b} in Riga. ")
    with open(f"{dir}/long-list-{scale}.txt", "w") as f:
        names = [rng.choice(countries) for _ in range(count // 2)]
        half = len(names) // 2
        f.write(f"{listed(names[:half])} accused {listed(names[half:])} of aggression.\n")
    with open(f"{dir}/brackets-{scale}.txt", "w") as f:
        for k in range(count // 10 + 1):
            f.write("Russia accused NATO." + ")" * 20000 + " Putin said.\n")
PY

status=0
printf '%-14s %10s %10s %8s %10s %10s %8s %7s\n' input "N bytes" "2N bytes" "N s" "2N s" "N edges" "2N edges" ratio
for input in coordination people brackets long-list; do
    declare -A secs edges bytes
    for scale in 1 2; do
        file="$dir/$input-$scale.txt"
        best=""
        for _ in 1 2 3; do
            start=$(date +%s.%N)
            "$bin" extract -j1 "$file" -o "$dir/out.json"
            end=$(date +%s.%N)
            t=$(echo "$end - $start" | bc -l)
            if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
        done
        secs[$scale]=$best
        bytes[$scale]=$(stat -c %s "$file")
        edges[$scale]=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$dir/out.json")
    done
    ratio=$(echo "${secs[2]} / ${secs[1]}" | bc -l)
    printf '%-14s %10d %10d %8.2f %10.2f %10d %8d %7.2f\n' "$input" "${bytes[1]}" "${bytes[2]}" \
        "${secs[1]}" "${secs[2]}" "${edges[1]}" "${edges[2]}" "$ratio"
    if [ "$(echo "$ratio > 3" | bc -l)" = 1 ]; then
        echo "  $input: time grows faster than the input" >&2
        status=1
    fi
    unset secs edges bytes
done
exit $status
