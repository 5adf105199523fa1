//! `geokg neighbors` and `geokg path`: walking the actor network.
//!
//! Both work on [`Collapsed`], the multigraph reduced to one link per pair of
//! actors, since for reachability a hundred events between two actors count
//! as one; the events come back in the output as relations and evidence.

use std::collections::{BTreeMap, VecDeque};

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde_json::json;

use crate::actors::Actor;
use crate::graph::ActorGraph;
use crate::relations::Event;

use super::report::{escape_for_terminal, Column, Report, ReportFormat};

/// The multigraph with parallel events and self-loops collapsed: per node, the
/// other nodes it links to and how many events each link stands for.
#[derive(Clone, Debug)]
pub struct Collapsed {
    /// `out[v]`: `(w, events v→w)`, sorted by `w`.
    pub out: Vec<Vec<(usize, u32)>>,
    /// `inc[v]`: `(u, events u→v)`, sorted by `u`.
    pub inc: Vec<Vec<(usize, u32)>>,
}

impl Collapsed {
    pub fn new(graph: &ActorGraph) -> Self {
        let g = graph.petgraph();
        let mut pairs: Vec<(usize, usize)> = g
            .edge_indices()
            .filter_map(|e| g.edge_endpoints(e))
            .map(|(s, t)| (s.index(), t.index()))
            .filter(|(s, t)| s != t)
            .collect();
        pairs.sort_unstable();
        let n = g.node_count();
        let mut out = vec![Vec::new(); n];
        let mut inc = vec![Vec::new(); n];
        for chunk in pairs.chunk_by(|a, b| a == b) {
            let (s, t) = chunk[0];
            let count = u32::try_from(chunk.len()).unwrap_or(u32::MAX);
            out[s].push((t, count));
            inc[t].push((s, count));
        }
        for list in &mut inc {
            list.sort_unstable();
        }
        Collapsed { out, inc }
    }

    pub fn len(&self) -> usize {
        self.out.len()
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// Neighbours of every node ignoring direction, each once, sorted.
    pub fn undirected(&self) -> Vec<Vec<usize>> {
        self.out
            .iter()
            .zip(&self.inc)
            .map(|(out, inc)| {
                let mut all: Vec<usize> = out.iter().chain(inc).map(|&(w, _)| w).collect();
                all.sort_unstable();
                all.dedup();
                all
            })
            .collect()
    }

    /// Successors only (`directed`) or neighbours in both directions.
    fn adjacency(&self, directed: bool) -> Vec<Vec<usize>> {
        if directed {
            self.out
                .iter()
                .map(|l| l.iter().map(|&(w, _)| w).collect())
                .collect()
        } else {
            self.undirected()
        }
    }
}

/// Breadth-first distances from a set of nodes (`usize::MAX` = unreached), up to `max_depth`.
fn distances(adjacency: &[Vec<usize>], start: &[usize], max_depth: usize) -> Vec<usize> {
    let mut dist = vec![usize::MAX; adjacency.len()];
    let mut queue = VecDeque::new();
    for &s in start {
        if s < dist.len() && dist[s] == usize::MAX {
            dist[s] = 0;
            queue.push_back(s);
        }
    }
    while let Some(v) = queue.pop_front() {
        if dist[v] >= max_depth {
            continue;
        }
        for &w in &adjacency[v] {
            if dist[w] == usize::MAX {
                dist[w] = dist[v] + 1;
                queue.push_back(w);
            }
        }
    }
    dist
}

/// The events of one relation between two actors, seen from the nearer one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    /// `true` when the nearer actor is the source.
    pub outgoing: bool,
    pub relation: String,
    pub count: usize,
}

/// An actor reached from the start, and how: through which nearer actor, by which events.
#[derive(Clone, Debug)]
pub struct Neighbor<'g> {
    pub depth: usize,
    pub actor: &'g Actor,
    pub via: &'g Actor,
    pub links: Vec<Link>,
}

/// Actors within `depth` links of `start`, in either direction, with the relations
/// that connect each to every actor one step nearer the start.
pub fn neighbors<'g>(
    graph: &'g ActorGraph,
    collapsed: &Collapsed,
    start: &[NodeIndex],
    depth: usize,
) -> Vec<Neighbor<'g>> {
    let g = graph.petgraph();
    let start: Vec<usize> = start.iter().map(|n| n.index()).collect();
    let dist = distances(&collapsed.undirected(), &start, depth);
    // One pass over the events, grouped by (farther actor, nearer actor): a hub
    // with thousands of events is read once, not once per neighbour.
    type Counts<'e> = BTreeMap<(bool, &'e str), usize>;
    let mut between: BTreeMap<(usize, usize), Counts> = BTreeMap::new();
    for edge in g.raw_edges() {
        let (s, t) = (edge.source().index(), edge.target().index());
        let (ds, dt) = (dist[s], dist[t]);
        if ds == usize::MAX || dt == usize::MAX {
            continue;
        }
        // `incoming` from the nearer actor's side; `false` sorts outgoing links first.
        let (far, near, incoming) = if dt == ds + 1 {
            (t, s, false)
        } else if ds == dt + 1 {
            (s, t, true)
        } else {
            continue;
        };
        *between
            .entry((far, near))
            .or_default()
            .entry((incoming, edge.weight.relation.as_str()))
            .or_default() += 1;
    }
    let mut found: Vec<Neighbor> = between
        .into_iter()
        .map(|((far, near), counts)| Neighbor {
            depth: dist[far],
            actor: &g[NodeIndex::new(far)],
            via: &g[NodeIndex::new(near)],
            links: counts
                .into_iter()
                .map(|((incoming, relation), count)| Link {
                    outgoing: !incoming,
                    relation: relation.to_string(),
                    count,
                })
                .collect(),
        })
        .collect();
    found.sort_by(|a, b| {
        (a.depth, &a.actor.label, &a.actor.id, &a.via.id).cmp(&(
            b.depth,
            &b.actor.label,
            &b.actor.id,
            &b.via.id,
        ))
    });
    found
}

/// `-call on-> ×2, <-deny-`: links read from the nearer actor.
fn links_shown(links: &[Link]) -> String {
    links
        .iter()
        .map(|l| {
            let arrow = arrow(&l.relation, l.outgoing);
            if l.count > 1 {
                format!("{arrow} ×{}", l.count)
            } else {
                arrow
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn arrow(relation: &str, forward: bool) -> String {
    if forward {
        format!("-{relation}->")
    } else {
        format!("<-{relation}-")
    }
}

pub fn neighbors_report(found: &[Neighbor], format: ReportFormat) -> Report {
    let rows = found
        .iter()
        .map(|n| {
            let mut row = vec![n.depth.to_string()];
            if format == ReportFormat::Table {
                row.extend([n.actor.label.clone(), n.via.label.clone()]);
            } else {
                row.extend([n.actor.id.clone(), n.actor.label.clone(), n.via.id.clone()]);
            }
            row.extend([n.actor.kind.as_str().to_string(), links_shown(&n.links)]);
            row
        })
        .collect();
    let columns = if format == ReportFormat::Table {
        vec![
            Column::new("depth"),
            Column::new("actor"),
            Column::new("via"),
            Column::new("kind"),
            Column::cut("links (read from via)", 80),
        ]
    } else {
        ["depth", "actor", "label", "via", "kind", "links"]
            .map(Column::new)
            .to_vec()
    };
    let json = found
        .iter()
        .map(|n| {
            json!({
                "depth": n.depth,
                "actor": n.actor.id,
                "label": n.actor.label,
                "kind": n.actor.kind,
                "via": n.via.id,
                "links": n.links.iter().map(|l| json!({
                    "relation": l.relation,
                    "direction": if l.outgoing { "out" } else { "in" },
                    "count": l.count,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Report {
        columns,
        rows,
        json: serde_json::Value::Array(json),
    }
}

/// One step of a path, every relation on it, and the event that best justifies it.
#[derive(Clone, Debug)]
pub struct Hop {
    pub from: NodeIndex,
    pub to: NodeIndex,
    /// The strongest event linking the pair (in the walking direction when
    /// directed, either way otherwise): conflict before cooperation, material
    /// before verbal, plain statements last; then the relation with most
    /// events; then the earliest.
    pub event: EdgeIndex,
    /// `true` when the event's source is `from`.
    pub forward: bool,
    /// Further events that link the pair.
    pub more: usize,
    /// Every relation linking the pair, strongest first: (relation, forward, events).
    pub relations: Vec<(String, bool, usize)>,
}

/// A shortest path, as hops from the first actor to the last.
#[derive(Clone, Debug)]
pub struct Path {
    pub hops: Vec<Hop>,
}

/// Shortest paths from any of `from` to any of `to`, at most `limit`, in a stable order.
///
/// Undirected unless `directed`; a path never passes through a second start actor,
/// since then a shorter one starts there.
pub fn shortest_paths(
    graph: &ActorGraph,
    collapsed: &Collapsed,
    from: &[NodeIndex],
    to: &[NodeIndex],
    directed: bool,
    limit: usize,
) -> Vec<Path> {
    let adjacency = collapsed.adjacency(directed);
    let start: Vec<usize> = from.iter().map(|n| n.index()).collect();
    let dist = distances(&adjacency, &start, usize::MAX);
    let Some(best) = to
        .iter()
        .map(|t| dist[t.index()])
        .filter(|&d| d != usize::MAX && d > 0)
        .min()
    else {
        return Vec::new();
    };
    // Predecessors on shortest paths, in actor-id order for a stable listing.
    let g = graph.petgraph();
    let by_id = |a: &usize, b: &usize| g[NodeIndex::new(*a)].id.cmp(&g[NodeIndex::new(*b)].id);
    let mut ends: Vec<usize> = to
        .iter()
        .map(|t| t.index())
        .filter(|&t| dist[t] == best)
        .collect();
    ends.sort_by(by_id);
    ends.dedup();
    let mut paths = Vec::new();
    for end in ends {
        let mut stack = vec![vec![end]];
        while let Some(partial) = stack.pop() {
            if paths.len() == limit {
                return paths;
            }
            let head = partial[partial.len() - 1];
            if dist[head] == 0 {
                let nodes: Vec<usize> = partial.into_iter().rev().collect();
                paths.push(path_through(graph, &nodes, directed));
                continue;
            }
            // In the directed case the predecessors of `head` are the nodes linking into it.
            let mut preds: Vec<usize> = if directed {
                collapsed.inc[head].iter().map(|&(u, _)| u).collect()
            } else {
                adjacency[head].clone()
            };
            preds.retain(|&u| dist[u] != usize::MAX && dist[u] + 1 == dist[head]);
            preds.sort_by(by_id);
            // Reversed onto the stack, so the smallest id is explored first.
            for u in preds.into_iter().rev() {
                let mut next = partial.clone();
                next.push(u);
                stack.push(next);
            }
        }
    }
    paths
}

fn path_through(graph: &ActorGraph, nodes: &[usize], directed: bool) -> Path {
    let hops = nodes
        .windows(2)
        .filter_map(|pair| {
            hop(
                graph,
                NodeIndex::new(pair[0]),
                NodeIndex::new(pair[1]),
                directed,
            )
        })
        .collect();
    Path { hops }
}

/// The events from `a` to `b` (and, undirected, from `b` to `a`), grouped by relation.
fn hop(graph: &ActorGraph, a: NodeIndex, b: NodeIndex, directed: bool) -> Option<Hop> {
    let g = graph.petgraph();
    let mut events: Vec<(EdgeIndex, bool)> =
        g.edges_connecting(a, b).map(|e| (e.id(), true)).collect();
    if !directed && a != b {
        events.extend(g.edges_connecting(b, a).map(|e| (e.id(), false)));
    }
    // (relation, forward) -> events, in first-seen order.
    let mut relations: Vec<(String, bool, usize)> = Vec::new();
    for &(edge, forward) in &events {
        let relation = &g[edge].relation;
        match relations
            .iter_mut()
            .find(|(r, f, _)| r == relation && *f == forward)
        {
            Some(entry) => entry.2 += 1,
            None => relations.push((relation.clone(), forward, 1)),
        }
    }
    let count_of = |edge: EdgeIndex, forward: bool| {
        relations
            .iter()
            .find(|(r, f, _)| *r == g[edge].relation && *f == forward)
            .map_or(0, |entry| entry.2)
    };
    let strongest = events.iter().copied().min_by(|&(x, fx), &(y, fy)| {
        strength(&g[x])
            .cmp(&strength(&g[y]))
            .then(count_of(y, fy).cmp(&count_of(x, fx)))
            .then(evidence_order(&g[x], &g[y]))
            .then(x.cmp(&y))
    })?;
    // Relations strongest first, in the same order as the events.
    relations.sort_by_key(|(relation, forward, count)| {
        let event = events
            .iter()
            .find(|&&(e, f)| g[e].relation == *relation && f == *forward)
            .map(|&(e, _)| strength(&g[e]));
        (event, std::cmp::Reverse(*count))
    });
    Some(Hop {
        from: a,
        to: b,
        event: strongest.0,
        forward: strongest.1,
        more: events.len() - 1,
        relations,
    })
}

/// Smaller is stronger: material conflict first, plain statements last.
fn strength(event: &Event) -> (bool, std::cmp::Reverse<crate::relations::QuadClass>) {
    (
        event.category == "make_public_statement",
        std::cmp::Reverse(event.quad_class),
    )
}

fn evidence_order(a: &Event, b: &Event) -> std::cmp::Ordering {
    let key = |e: &Event| {
        (
            e.evidence.date.is_none(),
            e.evidence.date.clone(),
            e.evidence.doc.clone(),
            e.evidence.sentence,
        )
    };
    key(a).cmp(&key(b))
}

/// `Lithuania -call on-> NATO <-deny- Russia`
pub fn path_line(graph: &ActorGraph, path: &Path) -> String {
    let g = graph.petgraph();
    let mut line = match path.hops.first() {
        Some(hop) => g[hop.from].label.clone(),
        None => return String::new(),
    };
    for hop in &path.hops {
        line.push_str(&format!(
            " {} {}",
            arrow(&g[hop.event].relation, hop.forward),
            g[hop.to].label
        ));
    }
    line
}

/// Every relation of a hop: `-attack-> ×3, -blockade->, <-say- ×15`.
fn relations_text(hop: &Hop) -> String {
    hop.relations
        .iter()
        .map(|(relation, forward, count)| match count {
            1 => arrow(relation, *forward),
            n => format!("{} ×{n}", arrow(relation, *forward)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// For tools: one record per hop (CSV/TSV) or per path (JSON); people get [`paths_text`].
pub fn paths_report(graph: &ActorGraph, paths: &[Path]) -> Report {
    let g = graph.petgraph();
    let mut rows = Vec::new();
    for (n, path) in paths.iter().enumerate() {
        for (h, hop) in path.hops.iter().enumerate() {
            let event = &g[hop.event];
            let (source, target) = if hop.forward {
                (&g[hop.from], &g[hop.to])
            } else {
                (&g[hop.to], &g[hop.from])
            };
            let mut row = vec![(n + 1).to_string(), (h + 1).to_string()];
            row.extend([
                source.id.clone(),
                event.relation.clone(),
                target.id.clone(),
                event.evidence.date.clone().unwrap_or_default(),
                event.evidence.doc.clone(),
                event.evidence.sentence.to_string(),
                hop.more.to_string(),
                relations_text(hop),
                event.evidence.text.clone(),
            ]);
            rows.push(row);
        }
    }
    let json = paths
        .iter()
        .map(|p| {
            json!({
                "path": path_line(graph, p),
                "hops": p.hops.iter().map(|hop| {
                    let e = &g[hop.event];
                    json!({
                        "from": g[hop.from].id,
                        "to": g[hop.to].id,
                        "relation": e.relation,
                        "direction": if hop.forward { "forward" } else { "backward" },
                        "more_events": hop.more,
                        "relations": hop.relations.iter().map(|(relation, forward, count)| json!({
                            "relation": relation,
                            "direction": if *forward { "forward" } else { "backward" },
                            "events": count,
                        })).collect::<Vec<_>>(),
                        "event": e,
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    Report {
        columns: [
            "path",
            "hop",
            "source",
            "relation",
            "target",
            "date",
            "doc",
            "sentence",
            "more",
            "relations",
            "text",
        ]
        .map(Column::new)
        .to_vec(),
        rows,
        json: serde_json::Value::Array(json),
    }
}

/// The table rendering of paths, which is not a table: a path reads as a line.
pub fn paths_text(graph: &ActorGraph, paths: &[Path]) -> String {
    let g = graph.petgraph();
    let mut out = String::new();
    for path in paths {
        out.push_str(&escape_for_terminal(&path_line(graph, path), false));
        out.push('\n');
        for hop in &path.hops {
            let event = &g[hop.event];
            let text: Vec<&str> = event.evidence.text.split_whitespace().collect();
            let more = match hop.more {
                0 => String::new(),
                n => format!(" (+{n} more: {})", relations_text(hop)),
            };
            let line = format!(
                "    {} {} {}{more}: [{}:{}] {}",
                g[hop.from].label,
                arrow(&event.relation, hop.forward),
                g[hop.to].label,
                event.evidence.doc,
                event.evidence.sentence,
                text.join(" "),
            );
            out.push_str(&escape_for_terminal(&line, false));
            out.push('\n');
        }
    }
    out
}
