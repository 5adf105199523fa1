//! Input: plain text files, directories, JSON Lines and stdin become documents.

/// One news document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// File stem for a text file; the `id` field (or `<stem>:<line>`) for JSON Lines.
    pub id: String,
    pub text: String,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}
