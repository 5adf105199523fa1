// Loads geokg's Cytoscape.js JSON into the real cytoscape package (headless)
// and prints what it built, for the Rust test.
//
// Usage: node load_cytoscape.js GRAPH.cytoscape.json
// Needs `npm ci` in tests/cytoscape first (CI runs it).
"use strict";
const fs = require("fs");
const cytoscape = require("cytoscape");

const json = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cy = cytoscape({ headless: true, elements: json.elements });
const edges = cy.edges();
console.log(
  JSON.stringify({
    nodes: cy.nodes().length,
    edges: edges.length,
    total_weight: edges.reduce((sum, e) => sum + e.data("weight"), 0),
    dangling: edges.filter((e) => e.source().empty() || e.target().empty()).length,
    labels: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.data("label")])),
    evidence: edges.map((e) => e.data("evidence").map((x) => x.text)).flat().sort(),
  })
);
