//! `geokg said`: statements filtered by speaker, subject and date.

use serde::Serialize;

use crate::graph::ActorGraph;
use crate::relations::{Statement, StatementKind};

use super::report::{Column, Report, ReportFormat};
use super::ActorSet;

/// Which statements to list; an absent filter lets everything through.
#[derive(Clone, Debug, Default)]
pub struct SaidQuery {
    pub by: Option<ActorSet>,
    pub about: Option<ActorSet>,
    /// Inclusive `YYYY-MM-DD` bounds; an undated statement fails any date bound.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only speech, or only beliefs ("believes", "thinks", "hopes").
    pub kind: Option<StatementKind>,
}

impl SaidQuery {
    fn admits(&self, statement: &Statement) -> bool {
        let by = self
            .by
            .as_ref()
            .is_none_or(|set| set.contains(&statement.speaker));
        let about = self
            .about
            .as_ref()
            .is_none_or(|set| statement.about.iter().any(|id| set.contains(id)));
        let date = statement.date.as_deref();
        let since = self
            .since
            .as_deref()
            .is_none_or(|since| date.is_some_and(|d| d >= since));
        let until = self
            .until
            .as_deref()
            .is_none_or(|until| date.is_some_and(|d| d <= until));
        let kind = self.kind.is_none_or(|k| k == statement.kind);
        by && about && since && until && kind
    }
}

/// Matching statements by date, then document, then position in the document.
pub fn said<'g>(graph: &'g ActorGraph, query: &SaidQuery) -> Vec<&'g Statement> {
    let mut found: Vec<&Statement> = graph
        .statements()
        .iter()
        .filter(|s| query.admits(s))
        .collect();
    found.sort_by(|a, b| {
        (
            a.date.is_none(),
            &a.date,
            &a.doc,
            a.sentence,
            a.content_span,
            &a.id,
        )
            .cmp(&(
                b.date.is_none(),
                &b.date,
                &b.doc,
                b.sentence,
                b.content_span,
                &b.id,
            ))
    });
    found
}

/// A statement as JSON: every stored field plus the labels a reader needs.
#[derive(Serialize)]
struct StatementOut<'g> {
    #[serde(flatten)]
    statement: &'g Statement,
    speaker_label: &'g str,
    about_labels: Vec<&'g str>,
}

const COLUMNS: [Column; 6] = [
    Column::new("speaker"),
    Column::new("affiliation"),
    Column::new("date"),
    Column::cut("about", 40),
    Column::cut("quote", 70),
    Column::new("document"),
];

const CSV_COLUMNS: [Column; 12] = [
    Column::new("id"),
    Column::new("speaker"),
    Column::new("speaker_label"),
    Column::new("affiliation"),
    Column::new("date"),
    Column::new("relation"),
    Column::new("direct"),
    Column::new("about"),
    Column::new("content"),
    Column::new("doc"),
    Column::new("sentence"),
    Column::new("text"),
];

/// The table shows labels and cuts quotes; CSV/TSV keep ids and whole texts.
pub fn report(graph: &ActorGraph, statements: &[&Statement], format: ReportFormat) -> Report {
    let for_table = format == ReportFormat::Table;
    let json = statements
        .iter()
        .map(|&statement| StatementOut {
            statement,
            speaker_label: label(graph, &statement.speaker),
            about_labels: statement.about.iter().map(|id| label(graph, id)).collect(),
        })
        .collect::<Vec<_>>();
    let rows = statements
        .iter()
        .map(|s| {
            let date = s.date.clone().unwrap_or_default();
            if for_table {
                let about: Vec<&str> = s.about.iter().map(|id| label(graph, id)).collect();
                vec![
                    label(graph, &s.speaker).to_string(),
                    affiliation(graph, &s.speaker),
                    date,
                    about.join(", "),
                    s.content.clone(),
                    format!("{}:{}", s.doc, s.sentence),
                ]
            } else {
                vec![
                    s.id.clone(),
                    s.speaker.clone(),
                    label(graph, &s.speaker).to_string(),
                    affiliation(graph, &s.speaker),
                    date,
                    s.relation.clone(),
                    s.direct.as_str().to_string(),
                    s.about.join(";"),
                    s.content.clone(),
                    s.doc.clone(),
                    s.sentence.to_string(),
                    s.text.clone(),
                ]
            }
        })
        .collect();
    Report {
        columns: if for_table {
            COLUMNS.to_vec()
        } else {
            CSV_COLUMNS.to_vec()
        },
        rows,
        json: serde_json::to_value(json).unwrap_or_default(),
    }
}

/// An actor's label, or its id when the graph does not have it.
pub(crate) fn label<'g>(graph: &'g ActorGraph, id: &'g str) -> &'g str {
    graph.actor(id).map_or(id, |a| a.label.as_str())
}

/// Country and organisation of an actor ("LTU", "NATO", "USA/NATO"); empty for neither.
pub(crate) fn affiliation(graph: &ActorGraph, id: &str) -> String {
    let Some(actor) = graph.actor(id) else {
        return String::new();
    };
    [&actor.country, &actor.organization]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("/")
}
