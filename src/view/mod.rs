//! Views: the part of the graph a picture or an export shows, and how it is grouped.
//!
//! A raw multigraph of a few hundred actors and thousands of events drawn as-is
//! is a hairball. A view folds, filters and aggregates it once, and every
//! exporter (DOT, GraphML, Neo4j CSV, Cytoscape, JSON, events) renders the same
//! [`View`], so a picture and a table made with the same options agree.
//!
//! The steps run in this order, each on the result of the one before:
//! 1. roll-up: members fold into their country (or organisation);
//! 2. `kinds`: actors of other kinds disappear with their edges;
//! 3. event filters: `since`/`until`, `categories`, `quads`;
//! 4. aggregation: one edge per (source, target, relation | category | quad);
//! 5. `min_weight`, then `actors` and `ego`, then `top`.

pub mod json;
pub mod summary;

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::visit::EdgeRef;

use crate::actors::{Actor, ActorKind};
use crate::graph::ActorGraph;
use crate::relations::{Event, Modality, QuadClass};

/// What one edge of a view stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Aggregation {
    /// One edge per event (the multigraph as extracted).
    #[default]
    None,
    /// One edge per (source, target, relation), e.g. "call on".
    Relation,
    /// One edge per (source, target, CAMEO root category), e.g. "appeal".
    Category,
    /// One edge per (source, target, quad class).
    Quad,
}

impl Aggregation {
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregation::None => "none",
            Aggregation::Relation => "relation",
            Aggregation::Category => "category",
            Aggregation::Quad => "quad",
        }
    }
}

/// Which actors fold into another actor's node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Rollup {
    /// Every actor keeps its own node.
    #[default]
    None,
    /// People, government bodies and groups fold into their country's node;
    /// people and bodies of an organisation and of no country (NATO's
    /// Secretary-General) fold into the organisation's node.
    Country,
}

/// `--ego A --depth N`: the actors within N hops of A, either direction.
///
/// Several ids are one centre: a name can stand for more than one actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ego {
    pub actors: Vec<String>,
    pub depth: usize,
}

/// Everything a view can do; the default shows the whole graph, one edge per event.
///
/// Actor ids are node ids of the graph (the CLI resolves names to ids first);
/// an id that is not in the graph matches nothing. Dates compare as
/// `YYYY-MM-DD` strings; with `since` or `until` set, undated events drop out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    pub aggregate: Aggregation,
    pub rollup: Rollup,
    /// Keep only edges touching one of these actors.
    pub actors: Vec<String>,
    pub ego: Option<Ego>,
    /// Keep only actors of these kinds (all when empty).
    pub kinds: Vec<ActorKind>,
    /// Keep only events of these CAMEO root categories ("appeal"; all when empty).
    pub categories: Vec<String>,
    /// Keep only events of these quad classes (all when empty).
    pub quads: Vec<QuadClass>,
    /// Drop edges carrying fewer events (0 and 1 keep all). Without
    /// aggregation an event is kept when its (source, target, relation)
    /// carries this many events, so the same events pass as with `Relation`.
    pub min_weight: usize,
    /// Keep the N actors with most events (weighted degree) and the edges among them.
    pub top: Option<usize>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Leave out events of these CAMEO root categories (`make_public_statement`
    /// for `--no-statements`).
    pub exclude_categories: Vec<String>,
    /// Leave out actors without any edge in the view (the CLI does for pictures).
    pub drop_isolated: bool,
    /// At most this many edges: a larger view first loses its statements
    /// (unless `make_public_statement` is asked for with `categories`), then
    /// keeps its most connected actors, and says so in [`View::note`].
    pub max_edges: Option<usize>,
}

/// The CAMEO root category of plain statements ("said", "according to").
pub const STATEMENT_CATEGORY: &str = "make_public_statement";

impl ViewOptions {
    /// True when the view is the graph itself: nothing folded, filtered or grouped.
    pub fn is_identity(&self) -> bool {
        *self == ViewOptions::default()
    }

    /// True when some option removes edges, so actors left without any are dropped too.
    fn narrows_edges(&self) -> bool {
        !self.actors.is_empty()
            || self.ego.is_some()
            || !self.categories.is_empty()
            || !self.quads.is_empty()
            || self.min_weight > 1
            || self.top.is_some()
            || self.since.is_some()
            || self.until.is_some()
            || !self.exclude_categories.is_empty()
            || self.drop_isolated
    }
}

/// What exporters render: nodes in graph order, edges in order of their first event.
#[derive(Clone, Debug)]
pub struct View<'g> {
    pub nodes: Vec<ViewNode<'g>>,
    pub edges: Vec<ViewEdge<'g>>,
    pub aggregation: Aggregation,
    /// Documents that went into the whole graph.
    pub documents: usize,
    /// What `max_edges` left out, in words for a legend or a warning.
    pub note: Option<String>,
}

/// One drawn actor, with the actors folded into it by a roll-up.
#[derive(Clone, Debug)]
pub struct ViewNode<'g> {
    pub actor: &'g Actor,
    /// Actors folded into this node, in graph order (empty without a roll-up).
    pub members: Vec<&'g Actor>,
    /// Events on this node's edges in the view (both directions).
    pub weight: usize,
}

/// One drawn edge: a single event, or a group of events between the same two nodes.
#[derive(Clone, Debug)]
pub struct ViewEdge<'g> {
    /// Node ids in the view (after roll-up, so possibly not the events' own ends).
    pub source: &'g str,
    pub target: &'g str,
    /// Index among the view's edges from `source` to `target` (networkx's multigraph key).
    pub key: usize,
    /// The events this edge stands for, in graph order; never empty.
    pub events: Vec<&'g Event>,
}

impl<'g> ViewEdge<'g> {
    /// Number of events.
    pub fn weight(&self) -> usize {
        self.events.len()
    }

    /// The first event, which every field shared by the group comes from.
    pub fn first(&self) -> &'g Event {
        self.events[0]
    }

    /// A field's value when every event of the edge agrees on it.
    pub fn common<T: PartialEq + ?Sized>(
        &self,
        field: impl Fn(&'g Event) -> &'g T,
    ) -> Option<&'g T> {
        let value = field(self.first());
        self.events
            .iter()
            .all(|event| field(event) == value)
            .then_some(value)
    }

    /// What the edge is labelled with under an aggregation: relation, category or quad class.
    pub fn label(&self, aggregation: Aggregation) -> &'g str {
        let first = self.first();
        match aggregation {
            Aggregation::None | Aggregation::Relation => &first.relation,
            Aggregation::Category => &first.category,
            Aggregation::Quad => first.quad_class.as_str(),
        }
    }

    pub fn quad_class(&self) -> QuadClass {
        self.first().quad_class
    }

    /// The mean Goldstein score of the events that have one (summed exactly,
    /// in thousandths: see [`summary::goldstein_milli`]).
    pub fn goldstein(&self) -> Option<f64> {
        let scores = self.events.iter().filter_map(|e| e.goldstein);
        let count = scores.clone().count() as u64;
        summary::mean_goldstein(scores.map(summary::goldstein_milli).sum(), count)
    }

    /// The edge's events summed up as a streamed aggregation sums them.
    pub fn summary(&self) -> summary::EdgeSummary {
        let mut events = self.events.iter().zip(0..);
        let (first, number) = events.next().expect("an edge has events");
        let mut sum = summary::EdgeSummary::of_event(first, number);
        sum.source = self.source.to_string();
        sum.target = self.target.to_string();
        for (event, number) in events {
            let mut one = summary::EdgeSummary::of_event(event, number);
            one.source.clone_from(&sum.source);
            one.target.clone_from(&sum.target);
            sum.join(one, usize::MAX);
        }
        sum
    }

    /// Negated only when every event is (one denial does not cancel three reports).
    pub fn negated(&self) -> bool {
        self.events.iter().all(|event| event.negated)
    }

    /// The modality shared by all events, if any.
    pub fn modality(&self) -> Option<Modality> {
        self.common(|event| &event.modality).copied()
    }
}

/// Applies the options to the graph; see the module documentation for the order.
pub fn apply<'g>(graph: &'g ActorGraph, options: &ViewOptions) -> View<'g> {
    let pg = graph.petgraph();
    let node_count = pg.node_count();
    let display = display_nodes(graph, options.rollup);

    let kind_ok = |ix: usize| {
        options.kinds.is_empty() || options.kinds.contains(&pg.raw_nodes()[ix].weight.kind)
    };

    // Steps 3 and 4: filter events and group them into edges.
    let mut edges: Vec<Group<'g>> = Vec::new();
    let mut group_of: HashMap<(usize, usize, GroupKey<'g>), usize> = HashMap::new();
    for edge in pg.edge_references() {
        let event = edge.weight();
        let (s, t) = (
            display[edge.source().index()],
            display[edge.target().index()],
        );
        let folded_loop = s == t && edge.source() != edge.target();
        if folded_loop || !kind_ok(s) || !kind_ok(t) || !keeps_event(event, options) {
            continue;
        }
        let key = GroupKey::of(event, options.aggregate);
        let index = match key {
            GroupKey::Event => None,
            _ => group_of.get(&(s, t, key)).copied(),
        };
        match index {
            Some(index) => edges[index].events.push(event),
            None => {
                if key != GroupKey::Event {
                    group_of.insert((s, t, key), edges.len());
                }
                edges.push(Group {
                    source: s,
                    target: t,
                    events: vec![event],
                });
            }
        }
    }

    // Step 5: edge filters.
    if options.min_weight > 1 {
        if options.aggregate == Aggregation::None {
            // Unaggregated, an event counts with the others of its (source,
            // target, relation), so the same events pass as in a picture.
            let mut counts: HashMap<(usize, usize, &str), usize> = HashMap::new();
            for edge in &edges {
                *counts
                    .entry((edge.source, edge.target, &edge.events[0].relation))
                    .or_default() += 1;
            }
            edges.retain(|edge| {
                counts[&(edge.source, edge.target, edge.events[0].relation.as_str())]
                    >= options.min_weight
            });
        } else {
            edges.retain(|edge| edge.events.len() >= options.min_weight);
        }
    }
    let mut seeds: HashSet<usize> = HashSet::new();
    if !options.actors.is_empty() {
        let wanted = displayed_ids(graph, &display, &options.actors);
        edges.retain(|edge| wanted.contains(&edge.source) || wanted.contains(&edge.target));
        seeds.extend(wanted);
    }
    if let Some(ego) = &options.ego {
        let centre = displayed_ids(graph, &display, &ego.actors);
        let reached = within_hops(&edges, node_count, &centre, ego.depth);
        edges.retain(|edge| reached[edge.source] && reached[edge.target]);
        seeds.extend(centre);
    }
    seeds.retain(|&ix| kind_ok(ix));
    let note = match options.max_edges {
        Some(max) if edges.len() > max => Some(cap_edges(&mut edges, node_count, max, options)),
        _ => None,
    };
    if let Some(n) = options.top {
        let weights = node_weights(&edges, node_count);
        let mut ranked: Vec<usize> = (0..node_count).filter(|&ix| weights[ix] > 0).collect();
        // Heaviest first; ties in graph order, so the cut is deterministic.
        ranked.sort_by_key(|&ix| (std::cmp::Reverse(weights[ix]), ix));
        ranked.truncate(n);
        let mut kept = vec![false; node_count];
        for &ix in &ranked {
            kept[ix] = true;
        }
        edges.retain(|edge| kept[edge.source] && kept[edge.target]);
        seeds.retain(|&ix| kept[ix]);
        seeds.extend(ranked);
    }

    // Nodes: every displayed actor, or only those the kept edges (and seeds) touch.
    let weights = node_weights(&edges, node_count);
    let shown: Vec<bool> = (0..node_count)
        .map(|ix| {
            display[ix] == ix
                && kind_ok(ix)
                && (!(options.narrows_edges() || note.is_some())
                    || weights[ix] > 0
                    || seeds.contains(&ix))
        })
        .collect();
    let mut members: Vec<Vec<&'g Actor>> = vec![Vec::new(); node_count];
    for (ix, &shown_as) in display.iter().enumerate() {
        if shown_as != ix {
            members[shown_as].push(&pg.raw_nodes()[ix].weight);
        }
    }
    let nodes = members
        .into_iter()
        .enumerate()
        .filter(|&(ix, _)| shown[ix])
        .map(|(ix, members)| ViewNode {
            actor: &pg.raw_nodes()[ix].weight,
            members,
            weight: weights[ix],
        })
        .collect();

    let id = |ix: usize| pg.raw_nodes()[ix].weight.id.as_str();
    let mut keys: HashMap<(usize, usize), usize> = HashMap::new();
    let edges = edges
        .into_iter()
        .map(|group| {
            let key = keys.entry((group.source, group.target)).or_insert(0);
            *key += 1;
            ViewEdge {
                source: id(group.source),
                target: id(group.target),
                key: *key - 1,
                events: group.events,
            }
        })
        .collect();

    View {
        nodes,
        edges,
        aggregation: options.aggregate,
        documents: graph.documents(),
        note,
    }
}

/// Brings `edges` down to `max`: statements go first (unless asked for), then
/// the least connected actors. Returns what was left out, in words.
fn cap_edges(
    edges: &mut Vec<Group<'_>>,
    node_count: usize,
    max: usize,
    options: &ViewOptions,
) -> String {
    let total_edges = edges.len();
    let total_actors = node_weights(edges, node_count)
        .iter()
        .filter(|&&w| w > 0)
        .count();
    let mut left_out = Vec::new();
    let statements_asked = options.categories.iter().any(|c| c == STATEMENT_CATEGORY);
    if !statements_asked {
        let before = edges.len();
        edges.retain(|edge| {
            edge.events
                .iter()
                .any(|event| event.category != STATEMENT_CATEGORY)
        });
        if edges.len() < before {
            left_out.push(format!("{} statement edges", before - edges.len()));
        }
    }
    if edges.len() > max {
        // The most connected actors, and the largest number of them whose
        // edges among themselves fit (that count only grows with the number).
        let weights = node_weights(edges, node_count);
        let mut ranked: Vec<usize> = (0..node_count).filter(|&ix| weights[ix] > 0).collect();
        ranked.sort_by_key(|&ix| (std::cmp::Reverse(weights[ix]), ix));
        let mut rank = vec![usize::MAX; node_count];
        for (r, &ix) in ranked.iter().enumerate() {
            rank[ix] = r;
        }
        let fits = |n: usize| {
            edges
                .iter()
                .filter(|e| rank[e.source] < n && rank[e.target] < n)
                .count()
                <= max
        };
        let (mut lo, mut hi) = (0, ranked.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        edges.retain(|e| rank[e.source] < lo && rank[e.target] < lo);
        left_out.push(format!(
            "all but the {lo} most connected of {total_actors} actors"
        ));
    }
    format!(
        "{} of {total_edges} edges drawn (at most {max}): left out {}; choose with --top, --min-weight, --category or --max-edges",
        edges.len(),
        left_out.join(" and ")
    )
}

/// An edge under construction, with node indices instead of ids.
struct Group<'g> {
    source: usize,
    target: usize,
    events: Vec<&'g Event>,
}

/// What makes two events between the same nodes one edge.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey<'g> {
    /// No aggregation: every event is an edge of its own.
    Event,
    Text(&'g str),
    Quad(QuadClass),
}

impl<'g> GroupKey<'g> {
    fn of(event: &'g Event, aggregation: Aggregation) -> Self {
        match aggregation {
            Aggregation::None => GroupKey::Event,
            Aggregation::Relation => GroupKey::Text(&event.relation),
            Aggregation::Category => GroupKey::Text(&event.category),
            Aggregation::Quad => GroupKey::Quad(event.quad_class),
        }
    }
}

/// For each node index, the index of the node it is drawn as.
fn display_nodes(graph: &ActorGraph, rollup: Rollup) -> Vec<usize> {
    let pg = graph.petgraph();
    pg.raw_nodes()
        .iter()
        .enumerate()
        .map(|(ix, node)| match rollup {
            Rollup::None => ix,
            Rollup::Country => rolled_into(graph, &node.weight).unwrap_or(ix),
        })
        .collect()
}

/// The node an actor folds into under `--rollup country`, if any.
///
/// Only into an actor of the graph (a country absent from the graph has no
/// node to fold into) and only one level deep, so the result is never itself folded.
fn rolled_into(graph: &ActorGraph, actor: &Actor) -> Option<usize> {
    let node_of_kind = |id: &str, kind: ActorKind| {
        graph
            .node_index(id)
            .filter(|&ix| graph.petgraph()[ix].kind == kind && graph.petgraph()[ix].id != actor.id)
            .map(|ix| ix.index())
    };
    match actor.kind {
        ActorKind::Country | ActorKind::Organization => None,
        ActorKind::Person | ActorKind::Government | ActorKind::Group | ActorKind::Source => {
            let country = actor
                .country
                .as_deref()
                .and_then(|id| node_of_kind(id, ActorKind::Country));
            let organization = match actor.kind {
                ActorKind::Group => None,
                _ => actor
                    .organization
                    .as_deref()
                    .and_then(|id| node_of_kind(id, ActorKind::Organization)),
            };
            country.or(organization)
        }
    }
}

/// Node indices of the given ids, as displayed (a folded member gives its country).
fn displayed_ids(graph: &ActorGraph, display: &[usize], ids: &[String]) -> HashSet<usize> {
    ids.iter()
        .filter_map(|id| graph.node_index(id))
        .map(|ix| display[ix.index()])
        .collect()
}

fn keeps_event(event: &Event, options: &ViewOptions) -> bool {
    let date = event.evidence.date.as_deref();
    let after_since = match (&options.since, date) {
        (None, _) => true,
        (Some(since), Some(date)) => date >= since.as_str(),
        (Some(_), None) => false,
    };
    let before_until = match (&options.until, date) {
        (None, _) => true,
        (Some(until), Some(date)) => date <= until.as_str(),
        (Some(_), None) => false,
    };
    after_since
        && before_until
        && (options.categories.is_empty() || options.categories.contains(&event.category))
        && (options.quads.is_empty() || options.quads.contains(&event.quad_class))
        && !options.exclude_categories.contains(&event.category)
}

/// Events per node over the given edges.
fn node_weights(edges: &[Group<'_>], node_count: usize) -> Vec<usize> {
    let mut weights = vec![0; node_count];
    for edge in edges {
        weights[edge.source] += edge.events.len();
        if edge.target != edge.source {
            weights[edge.target] += edge.events.len();
        }
    }
    weights
}

/// Nodes within `depth` hops of the centre, following edges either way.
fn within_hops(
    edges: &[Group<'_>],
    node_count: usize,
    centre: &HashSet<usize>,
    depth: usize,
) -> Vec<bool> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    for edge in edges {
        neighbours[edge.source].push(edge.target);
        neighbours[edge.target].push(edge.source);
    }
    let mut reached = vec![false; node_count];
    let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
    for &ix in centre {
        reached[ix] = true;
        queue.push_back((ix, 0));
    }
    while let Some((ix, hops)) = queue.pop_front() {
        if hops == depth {
            continue;
        }
        for &next in &neighbours[ix] {
            if !reached[next] {
                reached[next] = true;
                queue.push_back((next, hops + 1));
            }
        }
    }
    reached
}
