//! Event tables: JSON Lines (one event per line), the CAMEO TSV and the
//! Phoenix-style TSV; and the edge list, one row per drawn edge.
//!
//! Both list events, not drawn edges: a view's filters and roll-up decide which
//! events appear, but each row keeps the event's own source and target (the
//! country columns say whose side they are on), in graph order.

use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, Write};

use crate::actors::{Actor, ActorKind};
use crate::graph::ActorGraph;
use crate::relations::{Event, QuadClass};
use crate::view::View;

/// The CAMEO table's columns, in the order event-data users know.
pub const CAMEO_HEADER: [&str; 11] = [
    "date",
    "source",
    "source_root",
    "target",
    "target_root",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "doc",
    "sentence",
];

/// One JSON object per line, with the fields of a JSON edge (without `key`).
pub fn to_json_lines(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    for event in events_in_graph_order(graph, view) {
        if serde_json::to_writer(&mut out, event).is_ok() {
            out.push(b'\n');
        }
    }
    out
}

/// One event as a line of [`to_json_lines`], for output written as events are read.
pub fn write_event_line(out: &mut dyn Write, event: &Event) -> io::Result<()> {
    serde_json::to_writer(&mut *out, event)?;
    out.write_all(b"\n")
}

/// Copies lines of [`write_event_line`], moving each end that is a folded
/// person onto the person it folds into (see
/// [`ActorGraph::people_folds`]): events streamed out before the whole
/// corpus was read become those of the folded graph.
pub fn copy_event_lines_folded(
    input: impl BufRead,
    out: &mut dyn Write,
    folds: &HashMap<String, String>,
) -> io::Result<()> {
    #[derive(serde::Deserialize)]
    struct Ends<'a> {
        #[serde(borrow)]
        source: std::borrow::Cow<'a, str>,
        #[serde(borrow)]
        target: std::borrow::Cow<'a, str>,
    }
    for line in input.split(b'\n') {
        let line = line?;
        let ends: Ends<'_> = serde_json::from_slice(&line)?;
        if folds.contains_key(ends.source.as_ref()) || folds.contains_key(ends.target.as_ref()) {
            let mut event: Event = serde_json::from_slice(&line)?;
            for end in [&mut event.source, &mut event.target] {
                if let Some(to) = folds.get(end.as_str()) {
                    end.clone_from(to);
                }
            }
            write_event_line(out, &event)?;
        } else {
            out.write_all(&line)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// Tab-separated, with a header; tabs and line breaks inside a sentence become
/// spaces, so every row is one line with 11 fields. `sentence` is the sentence
/// text; `root` is the two-digit CAMEO root; `*_root` is the actor's country.
pub fn to_cameo_tsv(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .from_writer(Vec::new());
    let mut ok = writer.write_record(CAMEO_HEADER).is_ok();
    let root_of = |id: &str| {
        graph
            .actor(id)
            .and_then(|actor| actor.country.as_deref())
            .unwrap_or("")
            .to_string()
    };
    for event in events_in_graph_order(graph, view) {
        let row = [
            event.evidence.date.clone().unwrap_or_default(),
            one_line(&event.source),
            one_line(&root_of(&event.source)),
            one_line(&event.target),
            one_line(&root_of(&event.target)),
            event.cameo.clone(),
            event.cameo.chars().take(2).collect(),
            event.quad_class.as_str().to_string(),
            event.goldstein.map(|g| g.to_string()).unwrap_or_default(),
            one_line(&event.evidence.doc),
            one_line(&event.evidence.text),
        ];
        ok &= writer.write_record(&row).is_ok();
    }
    match writer.into_inner() {
        Ok(bytes) if ok => bytes,
        _ => Vec::new(),
    }
}

/// The view's events in the order the graph holds them (a view lists them by edge).
fn events_in_graph_order<'g>(
    graph: &'g ActorGraph,
    view: &View<'g>,
) -> impl Iterator<Item = &'g Event> {
    let kept: HashSet<*const Event> = view
        .edges
        .iter()
        .flat_map(|edge| edge.events.iter().map(|&event| event as *const Event))
        .collect();
    graph
        .events()
        .filter(move |&event| kept.contains(&(event as *const Event)))
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\r', '\n'], " ")
}

/// The columns of the Phoenix-style event table, in order (the file has no
/// header line, as Phoenix and ICEWS files; this list documents it).
pub const PHOENIX_COLUMNS: [&str; 20] = [
    "event_id",
    "date",
    "year",
    "month",
    "day",
    "source_code",
    "source_root",
    "source_agent",
    "target_code",
    "target_root",
    "target_agent",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "source_id",
    "target_id",
    "doc",
    "sentence",
    "text",
];

/// The CAMEO actor code of an actor: its country (or `IGO` for an
/// international organisation, as CAMEO does) followed by its sector, e.g.
/// `RUS`, `RUSMIL`, `UKRGOV`, `IGO`; empty when neither is known.
///
/// The one place geokg builds actor codes: when actors carry their own CAMEO
/// code, this is where to read it.
pub fn cameo_actor_code(actor: &Actor) -> String {
    // The node's own code (data/cameo_codes.tsv, Phoenix's dictionaries) when it has one.
    if let Some(code) = actor.cameo.as_deref().filter(|c| !c.is_empty()) {
        return code.to_string();
    }
    let root = match (&actor.country, actor.kind) {
        (Some(country), _) => country.as_str(),
        (None, ActorKind::Country) => actor.id.as_str(),
        (None, ActorKind::Organization) => "IGO",
        (None, _) => match actor.organization {
            Some(_) => "IGO",
            None => "",
        },
    };
    let agent = actor.sector.as_deref().unwrap_or("");
    format!("{root}{agent}")
}

/// Phoenix/ICEWS-style events: tab-separated, no header, one line per event,
/// columns as [`PHOENIX_COLUMNS`]. Dates are `YYYYMMDD` (empty when unknown),
/// the quad class is a number (1 verbal cooperation, 2 material cooperation,
/// 3 verbal conflict, 4 material conflict), actors are CAMEO codes built by
/// [`cameo_actor_code`] with their geokg ids alongside.
pub fn to_phoenix_tsv(graph: &ActorGraph, view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .quote_style(csv::QuoteStyle::Never)
        .from_writer(Vec::new());
    let mut ok = true;
    let mut per_sentence: HashMap<(&str, usize), usize> = HashMap::new();
    let codes = |id: &str| match graph.actor(id) {
        Some(actor) => (
            cameo_actor_code(actor),
            actor.country.clone().unwrap_or_default(),
            actor.sector.clone().unwrap_or_default(),
        ),
        None => Default::default(),
    };
    for event in events_in_graph_order(graph, view) {
        let evidence = &event.evidence;
        let n = per_sentence
            .entry((&evidence.doc, evidence.sentence))
            .or_default();
        *n += 1;
        let (date, year, month, day) = match evidence.date.as_deref() {
            Some(d) if d.len() == 10 => (
                d.replace('-', ""),
                d[..4].to_string(),
                d[5..7].to_string(),
                d[8..10].to_string(),
            ),
            _ => Default::default(),
        };
        let (source_code, source_root, source_agent) = codes(&event.source);
        let (target_code, target_root, target_agent) = codes(&event.target);
        let quad = match event.quad_class {
            QuadClass::VerbalCooperation => "1",
            QuadClass::MaterialCooperation => "2",
            QuadClass::VerbalConflict => "3",
            QuadClass::MaterialConflict => "4",
        };
        let row = [
            one_line(&format!(
                "{}:{}:{}",
                evidence.doc,
                evidence.sentence,
                *n - 1
            )),
            date,
            year,
            month,
            day,
            source_code,
            source_root,
            source_agent,
            target_code,
            target_root,
            target_agent,
            event.cameo.clone(),
            event.cameo.chars().take(2).collect(),
            quad.to_string(),
            event.goldstein.map(|g| g.to_string()).unwrap_or_default(),
            one_line(&event.source),
            one_line(&event.target),
            one_line(&evidence.doc),
            evidence.sentence.to_string(),
            one_line(&evidence.text),
        ];
        ok &= writer.write_record(&row).is_ok();
    }
    match writer.into_inner() {
        Ok(bytes) if ok => bytes,
        _ => Vec::new(),
    }
}

/// The edge list's columns: Gephi's spreadsheet import reads `source`,
/// `target`, `type`, `label` and `weight`; Kumu and Flourish map the rest.
pub const EDGE_LIST_HEADER: [&str; 14] = [
    "source",
    "target",
    "type",
    "label",
    "weight",
    "relation",
    "category",
    "quad_class",
    "cameo",
    "goldstein",
    "first_date",
    "last_date",
    "source_label",
    "target_label",
];

/// One row per drawn edge of the view (so `--aggregate` sets what a row is),
/// comma-separated with a header; fields that vary within an aggregated edge
/// (its relation under `--aggregate quad`) are left empty.
pub fn to_edge_list_csv(view: &View<'_>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut ok = writer.write_record(EDGE_LIST_HEADER).is_ok();
    let labels: HashMap<&str, &str> = view
        .nodes
        .iter()
        .map(|n| (n.actor.id.as_str(), n.actor.label.as_str()))
        .collect();
    for edge in &view.edges {
        let mut dates = edge
            .events
            .iter()
            .filter_map(|e| e.evidence.date.as_deref());
        let first = dates.next();
        let (first_date, last_date) = match first {
            Some(first) => dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))),
            None => ("", ""),
        };
        let row = [
            edge.source,
            edge.target,
            "Directed",
            edge.label(view.aggregation),
            &edge.weight().to_string(),
            edge.common(|e| e.relation.as_str()).unwrap_or(""),
            edge.common(|e| e.category.as_str()).unwrap_or(""),
            edge.quad_class().as_str(),
            edge.common(|e| e.cameo.as_str()).unwrap_or(""),
            &edge
                .goldstein()
                .map(|g| format!("{g:.2}"))
                .unwrap_or_default(),
            first_date,
            last_date,
            labels.get(edge.source).copied().unwrap_or(""),
            labels.get(edge.target).copied().unwrap_or(""),
        ];
        ok &= writer.write_record(row.iter().map(|f| one_line(f))).is_ok();
    }
    match writer.into_inner() {
        Ok(bytes) if ok => bytes,
        _ => Vec::new(),
    }
}
