//! Relations: CAMEO-coded events between actors, with the evidence for each.

mod attribution;
pub mod clause;
mod frames;
pub mod lexicon;

pub use lexicon::Lexicon;

use serde::{Deserialize, Serialize};

/// How the text presents an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact by the text itself.
    Asserted,
    /// Attributed to a speaker ("X said that Y attacked Z").
    Reported,
    /// Possible, conditional or wished for ("could invade", "if", "called on X to").
    Hypothetical,
    /// Announced for the future ("will impose").
    Future,
}

/// ICEWS/PLOVER quad class of a CAMEO root; roots 01–02 count as verbal cooperation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    pub fn as_str(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }

    pub fn is_cooperation(self) -> bool {
        matches!(
            self,
            QuadClass::VerbalCooperation | QuadClass::MaterialCooperation
        )
    }
}

/// Where an event was read: enough for a user to check the claim by hand.
///
/// Spans are byte offsets into the document text (`[start, end)`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    /// 0-based sentence index within the document.
    pub sentence: usize,
    /// The sentence as written.
    pub text: String,
    /// The sentence's byte span in the document.
    pub span: [usize; 2],
    /// The verb or phrase that signals the event, as written.
    pub trigger: String,
    pub source_text: String,
    pub source_span: [usize; 2],
    pub target_text: String,
    pub target_span: [usize; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// One extracted event: a directed, typed edge of the multigraph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub source: String,
    pub target: String,
    /// Normalised relation, e.g. "call on", "demand", "say".
    pub relation: String,
    /// CAMEO event code ("020", "112").
    pub cameo: String,
    /// CAMEO root name in snake_case ("appeal", "demand").
    pub category: String,
    pub quad_class: QuadClass,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
    pub negated: bool,
    pub modality: Modality,
    /// For statements: the content as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Shared by all edges of one statement (and events reported inside it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    #[serde(flatten)]
    pub evidence: Evidence,
}

/// A reported-speech construction: who said what, about whom, where.
///
/// Kept even when the content names no other actor, so "what did X say" finds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// `<doc>:<sentence>:<n>`, shared with the edges of this statement.
    pub id: String,
    /// Actor id of the speaker.
    pub speaker: String,
    /// The reporting verb's relation ("say", "note", "warn").
    pub relation: String,
    pub cameo: String,
    /// `true` for a quotation, `false` for indirect speech.
    pub direct: bool,
    /// The content exactly as written.
    pub content: String,
    /// Actor ids the content mentions, in order, without the speaker.
    pub about: Vec<String>,
    pub doc: String,
    pub sentence: usize,
    /// The sentence as written.
    pub text: String,
    pub span: [usize; 2],
    pub trigger: String,
    pub speaker_text: String,
    pub speaker_span: [usize; 2],
    pub content_span: [usize; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}
