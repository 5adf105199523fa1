"""Loads a geokg GEXF 1.3 file with networkx.read_gexf, as Gephi users' scripts do.

Usage: python3 read_gexf.py GRAPH.gexf
Prints a JSON summary on stdout for the Rust test to check.
"""

import json
import sys

import networkx

graph = networkx.read_gexf(sys.argv[1], version="1.3")
edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", "")))
print(
    json.dumps(
        {
            "directed": graph.is_directed(),
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "node_labels": {node: attrs.get("label") for node, attrs in graph.nodes(data=True)},
            "node_kinds": {node: attrs.get("kind") for node, attrs in graph.nodes(data=True)},
            "node_colours": {
                node: [attrs["viz"]["color"][c] for c in "rgb"]
                for node, attrs in graph.nodes(data=True)
            },
            "node_starts": {node: attrs.get("start") for node, attrs in graph.nodes(data=True)},
            "edges_list": [
                {
                    "source": s,
                    "target": t,
                    "relation": a.get("relation"),
                    "weight": a.get("weight"),
                    "goldstein": a.get("goldstein"),
                    "negated": a.get("negated"),
                    "start": a.get("start"),
                    "end": a.get("end"),
                }
                for s, t, a in edges
            ],
        },
        ensure_ascii=False,
    )
)
