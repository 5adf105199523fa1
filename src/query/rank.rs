//! `geokg top`: who is central, by degree, PageRank or betweenness.

use petgraph::graph::NodeIndex;
use rayon::prelude::*;
use serde::Serialize;

use crate::actors::Actor;
use crate::graph::ActorGraph;

use super::network::Collapsed;
use super::report::{Column, Report, ReportFormat};

/// How to measure an actor's place in the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Centrality {
    /// Events the actor takes part in, either side.
    Degree,
    /// Events with the actor as target.
    InDegree,
    /// Events with the actor as source.
    OutDegree,
    /// PageRank over actor links weighted by their number of events (damping 0.85).
    Pagerank,
    /// Share of shortest paths between other actors that pass through the actor
    /// (links undirected and unweighted; normalised as networkx does).
    Betweenness,
}

/// One actor's score.
#[derive(Clone, Debug, Serialize)]
pub struct Ranked<'g> {
    pub rank: usize,
    #[serde(flatten)]
    pub actor: &'g Actor,
    pub score: f64,
}

/// The `n` actors with the highest score; ties go to the smaller id.
pub fn rank<'g>(graph: &'g ActorGraph, by: Centrality, n: usize) -> Vec<Ranked<'g>> {
    let scores = match by {
        Centrality::Degree | Centrality::InDegree | Centrality::OutDegree => degrees(graph, by),
        Centrality::Pagerank => page_rank(&Collapsed::new(graph), 0.85),
        Centrality::Betweenness => betweenness(&Collapsed::new(graph)),
    };
    let g = graph.petgraph();
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then_with(|| g[NodeIndex::new(a)].id.cmp(&g[NodeIndex::new(b)].id))
    });
    order
        .into_iter()
        .take(n)
        .enumerate()
        .map(|(i, v)| Ranked {
            rank: i + 1,
            actor: &g[NodeIndex::new(v)],
            score: scores[v],
        })
        .collect()
}

fn degrees(graph: &ActorGraph, by: Centrality) -> Vec<f64> {
    let g = graph.petgraph();
    let mut scores = vec![0.0; g.node_count()];
    for edge in g.raw_edges() {
        if by != Centrality::InDegree {
            scores[edge.source().index()] += 1.0;
        }
        if by != Centrality::OutDegree {
            scores[edge.target().index()] += 1.0;
        }
    }
    scores
}

/// Power iteration until the scores move less than 1e-12 in total (at most 200 rounds).
///
/// Rank of actors without outgoing links is spread evenly over all actors, so the
/// scores always sum to 1, as in networkx.
pub fn page_rank(collapsed: &Collapsed, damping: f64) -> Vec<f64> {
    let n = collapsed.len();
    if n == 0 {
        return Vec::new();
    }
    let out_weight: Vec<f64> = collapsed
        .out
        .iter()
        .map(|l| l.iter().map(|&(_, w)| f64::from(w)).sum())
        .collect();
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    let mut next = vec![0.0; n];
    for _ in 0..200 {
        let dangling: f64 = (0..n)
            .filter(|&v| out_weight[v] == 0.0)
            .map(|v| rank[v])
            .sum();
        let base = (1.0 - damping) * uniform + damping * dangling * uniform;
        for (v, slot) in next.iter_mut().enumerate() {
            let inflow: f64 = collapsed.inc[v]
                .iter()
                .map(|&(u, w)| rank[u] * f64::from(w) / out_weight[u])
                .sum();
            *slot = base + damping * inflow;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < 1e-12 {
            break;
        }
    }
    rank
}

/// Brandes' algorithm on the undirected collapsed graph, sources in parallel.
///
/// Sources are split into fixed chunks whose partial sums are added in chunk
/// order, so the result does not depend on the thread count.
pub fn betweenness(collapsed: &Collapsed) -> Vec<f64> {
    let n = collapsed.len();
    let adjacency = Csr::new(&collapsed.undirected());
    let sources: Vec<usize> = (0..n).collect();
    let partials: Vec<Vec<f64>> = sources
        .par_chunks(64)
        .map(|chunk| {
            let mut acc = vec![0.0; n];
            let mut work = Brandes::new(n);
            for &s in chunk {
                work.accumulate(&adjacency, s, &mut acc);
            }
            acc
        })
        .collect();
    let mut total = vec![0.0; n];
    for partial in partials {
        for (t, p) in total.iter_mut().zip(partial) {
            *t += p;
        }
    }
    // Each unordered pair was counted from both ends; networkx's normalisation
    // for undirected graphs divides the pair count by (n-1)(n-2)/2.
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for t in &mut total {
            *t *= scale;
        }
    }
    total
}

/// Adjacency lists packed into one array: the inner loops of Brandes stay in cache.
struct Csr {
    offsets: Vec<usize>,
    targets: Vec<u32>,
}

impl Csr {
    fn new(lists: &[Vec<usize>]) -> Self {
        let mut offsets = Vec::with_capacity(lists.len() + 1);
        let mut targets = Vec::new();
        offsets.push(0);
        for list in lists {
            // Node indices come from a petgraph graph with u32 indices, so they fit.
            targets.extend(list.iter().map(|&w| w as u32));
            offsets.push(targets.len());
        }
        Csr { offsets, targets }
    }

    fn neighbors(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }
}

const UNREACHED: u32 = u32::MAX;

/// Buffers for one single-source pass of Brandes' algorithm, reused across sources.
struct Brandes {
    sigma: Vec<f64>,
    dist: Vec<u32>,
    delta: Vec<f64>,
    /// Nodes in BFS order; doubles as the queue (`order[head..]` is still to visit).
    order: Vec<u32>,
}

impl Brandes {
    fn new(n: usize) -> Self {
        Brandes {
            sigma: vec![0.0; n],
            dist: vec![UNREACHED; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
        }
    }

    fn accumulate(&mut self, adjacency: &Csr, s: usize, acc: &mut [f64]) {
        for &v in &self.order {
            let v = v as usize;
            self.sigma[v] = 0.0;
            self.dist[v] = UNREACHED;
            self.delta[v] = 0.0;
        }
        self.order.clear();
        self.sigma[s] = 1.0;
        self.dist[s] = 0;
        self.order.push(s as u32);
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head] as usize;
            head += 1;
            let next = self.dist[v] + 1;
            for &w in adjacency.neighbors(v) {
                let w = w as usize;
                if self.dist[w] == UNREACHED {
                    self.dist[w] = next;
                    self.order.push(w as u32);
                }
                if self.dist[w] == next {
                    self.sigma[w] += self.sigma[v];
                }
            }
        }
        // Predecessors are recomputed from distances instead of stored: less memory, same work.
        // The source has no predecessors and gains nothing from its own paths.
        for &w in self.order[1..].iter().rev() {
            let w = w as usize;
            let coefficient = (1.0 + self.delta[w]) / self.sigma[w];
            let before = self.dist[w] - 1;
            for &v in adjacency.neighbors(w) {
                let v = v as usize;
                if self.dist[v] == before {
                    self.delta[v] += self.sigma[v] * coefficient;
                }
            }
            acc[w] += self.delta[w];
        }
    }
}

pub fn report(ranked: &[Ranked], by: Centrality, format: ReportFormat) -> Report {
    let integer = matches!(
        by,
        Centrality::Degree | Centrality::InDegree | Centrality::OutDegree
    );
    let rows = ranked
        .iter()
        .map(|r| {
            let score = if integer {
                format!("{}", r.score)
            } else {
                format!("{:.6}", r.score)
            };
            vec![
                r.rank.to_string(),
                if format == ReportFormat::Table {
                    r.actor.label.clone()
                } else {
                    r.actor.id.clone()
                },
                r.actor.kind.as_str().to_string(),
                score,
            ]
        })
        .collect();
    let name = if format == ReportFormat::Table {
        "actor"
    } else {
        "id"
    };
    Report {
        columns: vec![
            Column::new("rank"),
            Column::new(name),
            Column::new("kind"),
            Column::new("score"),
        ],
        rows,
        json: serde_json::to_value(ranked).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path a - b - c - d plus a star leaf e on b, as collapsed links.
    fn line() -> Collapsed {
        let edges = [(0, 1), (1, 2), (2, 3), (1, 4)];
        let mut out = vec![Vec::new(); 5];
        let mut inc = vec![Vec::new(); 5];
        for (s, t) in edges {
            out[s].push((t, 1));
            inc[t].push((s, 1));
        }
        Collapsed { out, inc }
    }

    #[test]
    fn betweenness_matches_networkx_on_a_small_tree() {
        // networkx.betweenness_centrality of this tree: b 5/6, c 1/2, leaves 0.
        let b = betweenness(&line());
        let expected = [0.0, 5.0 / 6.0, 0.5, 0.0, 0.0];
        for (got, want) in b.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{b:?}");
        }
    }

    #[test]
    fn page_rank_sums_to_one_and_favours_the_linked_to() {
        let pr = page_rank(&line(), 0.85);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{pr:?}");
        assert!(pr[3] > pr[0], "{pr:?}");
    }
}
