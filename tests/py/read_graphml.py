"""Loads a geokg GraphML file with networkx.read_graphml, as Gephi-style tools do.

Usage: python3 read_graphml.py GRAPH.graphml
Prints a JSON summary (counts, labels, typed attributes) for the Rust test.
"""

import json
import sys

import networkx

graph = networkx.read_graphml(sys.argv[1])
edges = list(graph.edges(data=True))
print(
    json.dumps(
        {
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "multigraph": graph.is_multigraph(),
            "labels": {node: attrs.get("label") for node, attrs in graph.nodes(data=True)},
            "node_weight_types": sorted({type(a["weight"]).__name__ for _, a in graph.nodes(data=True)}),
            "edge_weight_types": sorted({type(a["weight"]).__name__ for _, _, a in edges}),
            "negated_types": sorted({type(a["negated"]).__name__ for _, _, a in edges}),
            "goldstein_types": sorted({type(a["goldstein"]).__name__ for _, _, a in edges if "goldstein" in a}),
            "total_weight": sum(a["weight"] for _, _, a in edges),
            "evidence": sorted(a["evidence"] for _, _, a in edges),
        },
        ensure_ascii=False,
    )
)
