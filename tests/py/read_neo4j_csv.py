"""Reads geokg's Neo4j import files with python's csv module and checks that
every relationship's :START_ID and :END_ID is a node :ID.

Usage: python3 read_neo4j_csv.py DIR
Prints a JSON summary for the Rust test.
"""

import csv
import json
import os
import sys

directory = sys.argv[1]
with open(os.path.join(directory, "nodes.csv"), newline="", encoding="utf-8") as f:
    nodes = list(csv.reader(f))
with open(os.path.join(directory, "relationships.csv"), newline="", encoding="utf-8") as f:
    relationships = list(csv.reader(f))

node_header, node_rows = nodes[0], nodes[1:]
rel_header, rel_rows = relationships[0], relationships[1:]
id_column = next(i for i, name in enumerate(node_header) if name.endswith(":ID"))
ids = {row[id_column] for row in node_rows}
start, end = rel_header.index(":START_ID"), rel_header.index(":END_ID")
print(
    json.dumps(
        {
            "node_header": node_header,
            "relationship_header": rel_header,
            "nodes": len(node_rows),
            "relationships": len(rel_rows),
            "unique_ids": len(ids),
            "dangling": [row[start] for row in rel_rows if row[start] not in ids]
            + [row[end] for row in rel_rows if row[end] not in ids],
            "ragged": [len(row) for row in node_rows if len(row) != len(node_header)]
            + [len(row) for row in rel_rows if len(row) != len(rel_header)],
            "types": sorted({row[rel_header.index(":TYPE")] for row in rel_rows}),
            "labels": sorted({row[node_header.index(":LABEL")] for row in node_rows}),
        },
        ensure_ascii=False,
    )
)
