"""Loads a geokg node-link JSON file with networkx, as outside tools do.

Usage: python3 load_node_link.py GRAPH.json
Prints a JSON summary on stdout for the Rust test to check.
"""

import json
import sys

import networkx

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
try:
    graph = networkx.node_link_graph(data, edges="edges")  # networkx >= 3.4
except TypeError:
    graph = networkx.node_link_graph(data, link="edges")  # networkx < 3.4 (Debian 12: 2.8.8)

print(
    json.dumps(
        {
            "directed": graph.is_directed(),
            "multigraph": graph.is_multigraph(),
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "documents": graph.graph.get("documents"),
            "node_labels": {node: attrs["label"] for node, attrs in graph.nodes(data=True)},
            "edges_list": [
                [source, target, key, attrs["relation"], attrs["quad_class"]]
                for source, target, key, attrs in graph.edges(keys=True, data=True)
            ],
        },
        ensure_ascii=False,
    )
)
