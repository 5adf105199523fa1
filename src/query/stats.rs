//! `geokg stats`: what a graph holds, at a glance.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::graph::ActorGraph;

use super::report::{Column, Report};

/// Counts over a whole graph; maps are sorted by key so output is stable.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    pub documents: usize,
    pub actors: usize,
    pub actors_by_kind: BTreeMap<&'static str, usize>,
    pub edges: usize,
    pub edges_by_category: BTreeMap<String, usize>,
    pub edges_by_quad_class: BTreeMap<&'static str, usize>,
    pub statements: usize,
    pub direct_quotes: usize,
    /// Earliest and latest date of any edge or statement.
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

impl Stats {
    pub fn of(graph: &ActorGraph) -> Self {
        let mut stats = Stats {
            documents: graph.documents(),
            actors: graph.node_count(),
            edges: graph.edge_count(),
            statements: graph.statements().len(),
            ..Stats::default()
        };
        for actor in graph.actors() {
            *stats.actors_by_kind.entry(actor.kind.as_str()).or_default() += 1;
        }
        let mut dates: Vec<&str> = Vec::new();
        for event in graph.events() {
            *stats
                .edges_by_category
                .entry(event.category.clone())
                .or_default() += 1;
            *stats
                .edges_by_quad_class
                .entry(event.quad_class.as_str())
                .or_default() += 1;
            dates.extend(event.evidence.date.as_deref());
        }
        for statement in graph.statements() {
            stats.direct_quotes +=
                usize::from(statement.direct == crate::relations::Direct::Quoted);
            dates.extend(statement.date.as_deref());
        }
        stats.first_date = dates.iter().min().map(|d| d.to_string());
        stats.last_date = dates.iter().max().map(|d| d.to_string());
        stats
    }

    /// Two columns, `what` and `value`: groups are rows named `group: key`.
    pub fn report(&self) -> Report {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut row = |what: String, value: String| rows.push(vec![what, value]);
        row("documents".into(), self.documents.to_string());
        row(
            "date range".into(),
            match (&self.first_date, &self.last_date) {
                (Some(first), Some(last)) => format!("{first} .. {last}"),
                _ => "undated".into(),
            },
        );
        row("actors".into(), self.actors.to_string());
        for (kind, n) in &self.actors_by_kind {
            row(format!("actors: {kind}"), n.to_string());
        }
        row("edges".into(), self.edges.to_string());
        for (quad, n) in &self.edges_by_quad_class {
            row(format!("edges by quad class: {quad}"), n.to_string());
        }
        for (category, n) in &self.edges_by_category {
            row(format!("edges by category: {category}"), n.to_string());
        }
        row("statements".into(), self.statements.to_string());
        row(
            "statements: direct quotes".into(),
            self.direct_quotes.to_string(),
        );
        Report {
            columns: vec![Column::new("what"), Column::new("value")],
            rows,
            json: serde_json::to_value(self).unwrap_or_default(),
        }
    }
}
