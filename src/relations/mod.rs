//! Relations: CAMEO-coded events between actors, with the evidence for each.

mod attribution;
pub mod clause;
mod frames;
pub mod lexicon;
mod loose;
mod subjects;

pub(crate) use attribution::quotations;
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
    /// A quotation, indirect speech, or indirect speech with a quoted fragment.
    pub direct: Direct,
    /// `speech` for what was said or written, `belief` for what a speaker
    /// believes, thinks, hopes, expects or fears.
    #[serde(default)]
    pub kind: StatementKind,
    /// The content exactly as written; the parts of a quotation the attribution
    /// interrupts are joined by " … ".
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
    /// Byte span of the reporting words (`trigger`).
    #[serde(default)]
    pub cue_span: [usize; 2],
    /// Byte spans of every part of the content, in order: one for most
    /// statements, two or more for an interrupted or multi-sentence quotation.
    #[serde(default)]
    pub content_spans: Vec<[usize; 2]>,
    /// The same spans in characters (Unicode scalar values) from the start of the
    /// document, as annotation tools count: `speaker`, `cue`, then every content part.
    #[serde(default)]
    pub char_spans: CharSpans,
    /// `false` when the speaker is a pronoun or role geokg tied to a person
    /// without certainty (two people fit as well).
    #[serde(default = "yes")]
    pub speaker_resolved: bool,
    /// For a speaker named by a pronoun ("she"): the mention it refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent_span: Option<[usize; 2]>,
    /// The statement whose content reports this one: "Merkel said Putin told her
    /// that …" (Putin's statement has Merkel's as parent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The statement this one goes on with: a quotation that continues in the
    /// next sentence, a paragraph that opens a quotation with no cue, "he added".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<String>,
}

fn yes() -> bool {
    true
}

/// Character offsets of a statement's parts (see [`Statement::char_spans`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CharSpans {
    pub speaker: [usize; 2],
    pub cue: [usize; 2],
    pub content: Vec<[usize; 2]>,
}

/// Whether a statement quotes its speaker: JSON `true`, `false` or `"mixed"`
/// (indirect speech with a quoted fragment: said the deal was "a disgrace").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direct {
    Quoted,
    Indirect,
    Mixed,
}

impl Direct {
    pub fn as_str(self) -> &'static str {
        match self {
            Direct::Quoted => "true",
            Direct::Indirect => "false",
            Direct::Mixed => "mixed",
        }
    }
}

impl Serialize for Direct {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Direct::Quoted => serializer.serialize_bool(true),
            Direct::Indirect => serializer.serialize_bool(false),
            Direct::Mixed => serializer.serialize_str("mixed"),
        }
    }
}

impl<'de> Deserialize<'de> for Direct {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Bool(bool),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Bool(true) => Ok(Direct::Quoted),
            Raw::Bool(false) => Ok(Direct::Indirect),
            Raw::Text(t) if t == "mixed" => Ok(Direct::Mixed),
            Raw::Text(t) => Err(serde::de::Error::custom(format!(
                "`direct` must be true, false or \"mixed\", got {t:?}"
            ))),
        }
    }
}

/// What a statement reports: speech, or a belief.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    #[default]
    Speech,
    Belief,
}

impl StatementKind {
    /// Relations of the lexicon's reporting verbs that report a belief.
    pub const BELIEF_RELATIONS: &'static [&'static str] = &[
        "believe", "think", "hope", "expect", "fear", "suspect", "doubt", "feel",
    ];

    pub fn of_relation(relation: &str) -> Self {
        if Self::BELIEF_RELATIONS.contains(&relation) {
            StatementKind::Belief
        } else {
            StatementKind::Speech
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Speech => "speech",
            StatementKind::Belief => "belief",
        }
    }
}
