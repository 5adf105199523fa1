//! `geokg edges`: events filtered by endpoints, relation, CAMEO category and quad class.

use crate::graph::ActorGraph;
use crate::relations::{Event, QuadClass};

use super::report::{Column, Report, ReportFormat};
use super::said::label;
use super::{ActorSet, QueryError};

/// Which events to list; an absent filter lets everything through.
#[derive(Clone, Debug, Default)]
pub struct EdgeQuery {
    pub from: Option<ActorSet>,
    pub to: Option<ActorSet>,
    /// Compared with case, spaces, `_` and `-` folded, so "call_on" finds "call on".
    pub relation: Option<String>,
    pub category: Option<String>,
    pub quad: Option<QuadClass>,
}

impl EdgeQuery {
    fn admits(&self, event: &Event) -> bool {
        self.from.as_ref().is_none_or(|s| s.contains(&event.source))
            && self.to.as_ref().is_none_or(|s| s.contains(&event.target))
            && self
                .relation
                .as_ref()
                .is_none_or(|r| normalise(r) == normalise(&event.relation))
            && self
                .category
                .as_ref()
                .is_none_or(|c| normalise(c) == normalise(&event.category))
            && self.quad.is_none_or(|q| q == event.quad_class)
    }
}

/// Lower case, with `_` and `-` as spaces: relation and category names as users type them.
fn normalise(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A quad class by name (`verbal_conflict`, `verbal-conflict`) or number (1-4, in CAMEO order).
pub fn parse_quad(text: &str) -> Result<QuadClass, QueryError> {
    match normalise(text).as_str() {
        "1" | "verbal cooperation" => Ok(QuadClass::VerbalCooperation),
        "2" | "material cooperation" => Ok(QuadClass::MaterialCooperation),
        "3" | "verbal conflict" => Ok(QuadClass::VerbalConflict),
        "4" | "material conflict" => Ok(QuadClass::MaterialConflict),
        _ => Err(QueryError::BadQuad(text.to_string())),
    }
}

/// Matching events by date, then document, sentence and graph order.
pub fn edges<'g>(graph: &'g ActorGraph, query: &EdgeQuery) -> Vec<&'g Event> {
    let mut found: Vec<(usize, &Event)> = graph
        .events()
        .enumerate()
        .filter(|(_, e)| query.admits(e))
        .collect();
    found.sort_by(|(ia, a), (ib, b)| {
        let key = |e: &'g Event| {
            (
                e.evidence.date.is_none(),
                e.evidence.date.as_deref(),
                e.evidence.doc.as_str(),
                e.evidence.sentence,
            )
        };
        key(a).cmp(&key(b)).then(ia.cmp(ib))
    });
    found.into_iter().map(|(_, e)| e).collect()
}

const COLUMNS: [Column; 7] = [
    Column::new("source"),
    Column::new("relation"),
    Column::new("target"),
    Column::new("cameo"),
    Column::new("quad"),
    Column::new("date"),
    Column::new("document"),
];

const CSV_COLUMNS: [Column; 14] = [
    Column::new("source"),
    Column::new("target"),
    Column::new("relation"),
    Column::new("cameo"),
    Column::new("category"),
    Column::new("quad_class"),
    Column::new("modality"),
    Column::new("negated"),
    Column::new("statement"),
    Column::new("date"),
    Column::new("doc"),
    Column::new("sentence"),
    Column::new("trigger"),
    Column::new("text"),
];

/// The table shows labels (with "not" and modality marked on the relation); CSV/TSV keep ids.
pub fn report(graph: &ActorGraph, events: &[&Event], format: ReportFormat) -> Report {
    let rows = events
        .iter()
        .map(|e| {
            let date = e.evidence.date.clone().unwrap_or_default();
            if format == ReportFormat::Table {
                vec![
                    label(graph, &e.source).to_string(),
                    relation_shown(e),
                    label(graph, &e.target).to_string(),
                    e.cameo.clone(),
                    e.quad_class.as_str().to_string(),
                    date,
                    format!("{}:{}", e.evidence.doc, e.evidence.sentence),
                ]
            } else {
                vec![
                    e.source.clone(),
                    e.target.clone(),
                    e.relation.clone(),
                    e.cameo.clone(),
                    e.category.clone(),
                    e.quad_class.as_str().to_string(),
                    modality(e).to_string(),
                    e.negated.to_string(),
                    e.statement.clone().unwrap_or_default(),
                    date,
                    e.evidence.doc.clone(),
                    e.evidence.sentence.to_string(),
                    e.evidence.trigger.clone(),
                    e.evidence.text.clone(),
                ]
            }
        })
        .collect();
    Report {
        columns: if format == ReportFormat::Table {
            COLUMNS.to_vec()
        } else {
            CSV_COLUMNS.to_vec()
        },
        rows,
        json: serde_json::to_value(events).unwrap_or_default(),
    }
}

/// "call on", "not accuse", "invade (reported)": what a reader must not miss.
fn relation_shown(event: &Event) -> String {
    let mut shown = if event.negated {
        format!("not {}", event.relation)
    } else {
        event.relation.clone()
    };
    if event.modality != crate::relations::Modality::Asserted {
        shown.push_str(&format!(" ({})", modality(event)));
    }
    shown
}

fn modality(event: &Event) -> &'static str {
    use crate::relations::Modality;
    match event.modality {
        Modality::Asserted => "asserted",
        Modality::Reported => "reported",
        Modality::Hypothetical => "hypothetical",
        Modality::Future => "future",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_by_name_or_number() {
        assert_eq!(
            parse_quad("verbal-conflict").unwrap(),
            QuadClass::VerbalConflict
        );
        assert_eq!(parse_quad("4").unwrap(), QuadClass::MaterialConflict);
        assert!(parse_quad("war").is_err());
    }

    #[test]
    fn relation_names_compare_loosely() {
        assert_eq!(normalise(" Call_On "), normalise("call on"));
    }
}
