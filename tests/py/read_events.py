"""Reads geokg's event JSON Lines and CAMEO TSV with python's json and csv modules
(and pandas when it is installed, which it need not be).

Usage: python3 read_events.py EVENTS.jsonl CAMEO.tsv
Prints a JSON summary for the Rust test.
"""

import csv
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    events = [json.loads(line) for line in f]
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))

summary = {
    "events": len(events),
    "rows": len(rows),
    "columns": list(rows[0].keys()) if rows else [],
    "event_keys": sorted(set().union(*(e.keys() for e in events))) if events else [],
    "pairs_agree": [(e["source"], e["target"], e["cameo"]) for e in events]
    == [(r["source"], r["target"], r["cameo"]) for r in rows],
    "roots": sorted({r["root"] for r in rows}),
    "source_roots": sorted({r["source_root"] for r in rows}),
    "sentences": [r["sentence"] for r in rows],
}
try:
    import pandas

    summary["pandas_rows"] = len(pandas.read_csv(sys.argv[2], sep="\t"))
    summary["pandas_events"] = len(pandas.read_json(sys.argv[1], lines=True))
except ImportError:
    pass
print(json.dumps(summary, ensure_ascii=False))
