//! Text: sentences and tokens as byte spans into the document, never copies.

pub mod sentences;
pub mod tokens;

pub use sentences::split_sentences;
pub use tokens::{tokenize, Token, TokenKind};
