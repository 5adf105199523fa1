//! Loose frames: when none of a verb's frames matches word for word, its literal
//! nouns found further into the verb phrase and the first actor after them, as
//! PETRARCH reads a verb phrase. "launched a strategic offensive military operation,
//! Operation Rah-e-Nijat, against militants" is `operation against _`; "freed on bail
//! two members of Hamas" is `_` of "free"; "has provided €28 million this year to
//! pay for humanitarian aid for those affected in Yemen" is `aid ~ _`.
//!
//! Bounded on both sides: the verb phrase ends at a clause boundary (punctuation
//! other than a comma that opens a name, a quotation, a relative or subordinate
//! word, another lexicon verb) and after [`MAX_PHRASE`] words, so a verb never
//! reaches an actor of the next clause.

use std::ops::Range;

use super::clause::*;
use super::frames::TARGET_PREPOSITIONS;
use crate::actors::MentionKind;
use crate::relations::lexicon::{FrameItem, VerbEntry};
use crate::relations::QuadClass;
use crate::text::{TokenKind, WordList, Words};

/// How far after its verb a loose frame may find its target, in tokens.
const MAX_PHRASE: usize = 16;

/// How long a name in apposition inside a verb phrase may be, in tokens.
const MAX_ASIDE: usize = 6;

/// Words that end a verb phrase: what follows is another clause.
static PHRASE_ENDS: WordList = WordList::new(&[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "whereas",
    "because",
    "although",
    "though",
    "but",
    "if",
    "unless",
    "when",
    "after",
    "before",
    "since",
    "until",
    "despite",
    "amid",
    "as",
    "saying",
    "said",
    "says",
    "than",
    "where",
    "whether",
    "what",
    "similar",
    "ahead",
    "according",
    "instead",
    "unlike",
    ";",
    ":",
    "(",
    ")",
    "--",
]);

/// Prepositions of where an act happens, not whom it touches.
static LOCATIONS: WordList = WordList::new(&[
    "near", "along", "off", "across", "around", "outside", "beyond", "behind", "through", "within",
    "via", "inside",
]);

/// Words that, like a preposition, open a phrase a bare verb's target is not in:
/// "sank off Indonesia".
static BARRIERS: WordList = WordList::new(&[
    "off", "by", "under", "behind", "outside", "beyond", "around", "through", "within", "up",
    "down", "out", "via", "without", "among", "per", "like",
]);

/// Words after which a verb form is a clause's verb, not a noun.
static CLAUSE_OPENERS: WordList = WordList::new(&[
    "and", "or", "but", "to", "not", "never", "has", "have", "had", "will", "would", "is", "are",
    "was", "were", "be", "been", "being", "could", "can", "may", "might", "must", "should",
    "shall", "did", "does", "do", "also", "then", "it", "they", "he", "she", "we", "i", "who",
    "which", "that",
]);

/// Participles that do not end in -ed or -ing: "a ship bound for Israel".
static IRREGULAR_PARTICIPLES: WordList = WordList::new(&[
    "bound", "held", "led", "run", "made", "known", "built", "sent", "seen", "taken", "given",
    "driven", "shot", "hit", "kept", "left", "brought", "sold", "won", "caught", "flown",
]);

impl Ctx<'_, '_> {
    /// Where the verb phrase that opens at `i` ends (exclusive).
    fn verb_phrase_end(&self, i: usize) -> usize {
        let limit = (i + MAX_PHRASE).min(self.s.len());
        let mut j = i;
        while j < limit {
            let kind = self.s.kind(j);
            // Dashes are not ASCII, so not in a word list.
            let dash = self.s.is(j, "–") || self.s.is(j, "—");
            if matches!(kind, Some(TokenKind::Quote)) || dash || self.lower_is(j, &PHRASE_ENDS) {
                return j;
            }
            // "…, Operation Rah-e-Nijat, against": a comma may open a name in
            // apposition, closed by a comma soon after; any other comma ends the phrase.
            if self.s.is(j, ",") {
                match self.aside_name_end(j) {
                    Some(past) if past < limit => {
                        j = past;
                        continue;
                    }
                    _ => return j,
                }
            }
            // "rejected the plan and asked Argentina to …": "and" before a verb joins
            // a second clause ("suspended aid and weapons deals with" goes on).
            if j > i && self.lower_is(j, &["and", "or"]) && self.verb_like(j + 1) {
                return j;
            }
            // "relaxed restrictions to allow students from China": an infinitive
            // opens its own clause.
            if j > i && self.s.is(j, "to") {
                let next = j + 1;
                let infinitive = matches!(self.s.kind(next), Some(TokenKind::Word))
                    && self
                        .s
                        .word(next)
                        .starts_with(|c: char| c.is_ascii_lowercase())
                    && self.any_mention(next).is_none()
                    && !self.lower_is(next, &DETERMINERS)
                    && self.after_quantity(next) == next;
                if infinitive {
                    return j;
                }
            }
            // Another verb of the lexicon opens its own clause ("and killed …",
            // "to help …"); a participle on a noun opens a clause on that noun
            // ("a plan backed by the US", "a tanker linked to Iran", "a ship flying
            // the flag of Panama"): its actor is not the verb's target.
            if j > i
                && ((self.verb_at(j).is_some() && self.opens_clause(j))
                    || self.participle_modifier(j))
            {
                return j;
            }
            j += 1;
        }
        limit
    }

    /// Past a name in apposition that opens with the comma at `j` and closes with
    /// a comma within [`MAX_ASIDE`] words: ", Operation Linda Nchi,".
    fn aside_name_end(&self, j: usize) -> Option<usize> {
        let name = self
            .s
            .word(j + 1)
            .starts_with(|c: char| c.is_ascii_uppercase())
            && self.any_mention(j + 1).is_none();
        if !name {
            return None;
        }
        (j + 2..(j + 2 + MAX_ASIDE).min(self.s.len()))
            .find(|&k| self.s.is(k, ","))
            .map(|k| k + 1)
    }

    /// Whether the word at `j` is the plural of noun `w`: "investigations",
    /// "embargoes" for `investigation`, `embargo`.
    fn is_plural_of(&self, j: usize, w: &str) -> bool {
        let word = self.s.word(j);
        word.len() > w.len()
            && word[..w.len()].eq_ignore_ascii_case(w)
            && matches!(&word[w.len()..], "s" | "es")
    }

    /// Whether the word at `k` looks like a verb: a lower-case word of no mention
    /// that is a lexicon verb or ends in -ed ("and asked", "Argentina requested").
    fn verb_like(&self, k: usize) -> bool {
        self.any_mention(k).is_none()
            && self.s.kind(k) == Some(TokenKind::Word)
            && self.s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
            && (self.verb_at(k).is_some() || self.s.word(k).ends_with("ed"))
    }

    /// Whether the verb form at `j` is a clause's verb: after its subject, an
    /// auxiliary, "and" or "to" ("and killed", "to help", "Argentina asked"), not a
    /// noun in the object ("held detailed trade talks", "launched air strikes").
    fn opens_clause(&self, j: usize) -> bool {
        let k = j - 1;
        self.mention_at[k].is_some()
            || !matches!(self.s.kind(k), Some(TokenKind::Word))
            || is_adverb(self.s.word(k))
            || self.lower_is(k, &CLAUSE_OPENERS)
    }

    /// Whether the word at `j` is a participle on the noun before it ("a plan
    /// backed by", "troops stationed in", "a ship flying the flag of").
    fn participle_modifier(&self, j: usize) -> bool {
        let word = self.s.word(j);
        let previous = self.s.word(j.saturating_sub(1));
        let participle = ((word.ends_with("ed") || word.ends_with("ing"))
            && !word.contains('-')
            && self.nominal_at(j).is_none())
            || IRREGULAR_PARTICIPLES.has(word);
        participle
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && self.s.kind(j - 1) == Some(TokenKind::Word)
            && previous.starts_with(|c: char| c.is_ascii_lowercase())
            && self.mention_at[j - 1].is_none()
            && !self.lower_is(j - 1, &PREPOSITIONS)
            && !self.lower_is(j - 1, &DETERMINERS)
            && !self.lower_is(
                j - 1,
                &["and", "or", "to", "has", "have", "had", "was", "were"],
            )
            // After the noun, a participle opens its own phrase ("backed by", "bound
            // for", "flying the flag"); before one it is an adjective ("a sweeping
            // new offensive", "the detained leaders").
            && {
                let next = j + 1;
                self.lower_is(next, &PREPOSITIONS)
                    || self.lower_is(next, &BARRIERS)
                    || self.lower_is(next, &DETERMINERS)
                    || self.any_mention(next).is_some()
                    || self.s.kind(next) == Some(TokenKind::Number)
            }
    }

    /// Whether the verb form at `v` is a noun in a compound after an actor: "a
    /// U.S. trade deficit with Japan", "the level of IMF lending".
    fn compound_noun(&self, v: usize) -> bool {
        let Some(m) = v.checked_sub(1).and_then(|k| self.mention_at[k]) else {
            return false;
        };
        let before = self.mentions[m].tokens.start;
        before > 0
            && self.lower_is(
                before - 1,
                &[
                    "a", "an", "of", "its", "their", "his", "her", "our", "for", "in",
                ],
            )
    }

    /// Position of the frame's literal noun `w` in `from..end`, or of a noun that
    /// shares its coding ("assault" for `attack`).
    fn loose_literal(&self, from: usize, end: usize, w: &str) -> Option<usize> {
        let synonym = self.lexicon.nominal(w);
        // A noun is the verb's object's own, not in a phrase after it ("cancel the
        // tariffs before next month's meeting").
        let noun = !PREPOSITIONS.contains(w);
        let mut open = true;
        (from..end).find(|&j| {
            // "$340 million for assistance", "€20 million in aid", "a wave of strikes".
            if noun
                && j > from
                && self.lower_is(j - 1, &PREPOSITIONS)
                && !self.lower_is(j - 1, &["of", "for", "in"])
            {
                open = false;
            }
            open && {
                self.mention_at[j].is_none()
                    && (self.s.is(j, w)
                        || (noun && self.is_plural_of(j, w))
                        || synonym.is_some_and(|e| self.nominal_at(j) == Some(e)))
            }
        })
    }

    /// The first actor of `from..end` that can be an object: not in a name in
    /// apposition (", Operation Linda Nchi,"), not a subject pronoun ("the people
    /// he represents"), not the subject of a relative clause without "that" ("the
    /// loans Argentina asked for", which ends the search).
    fn loose_target(&self, from: usize, end: usize) -> Option<usize> {
        let mut j = from;
        while j < end {
            if self.s.is(j, ",") {
                j = self.aside_name_end(j).unwrap_or(j + 1);
                continue;
            }
            let Some(m) = self.actor_mention(j) else {
                j += 1;
                continue;
            };
            let mention = &self.mentions[m];
            let after = mention.tokens.end;
            let relative = j > 0
                && self.s.kind(j - 1) == Some(TokenKind::Word)
                && self
                    .s
                    .word(j - 1)
                    .starts_with(|c: char| c.is_ascii_lowercase())
                && self.mention_at[j - 1].is_none()
                && !self.lower_is(j - 1, &PREPOSITIONS)
                && !self.lower_is(j - 1, &BARRIERS)
                && !self.lower_is(j - 1, &DETERMINERS)
                && !self.lower_is(j - 1, &["and", "or"])
                && self.verb_like(after);
            if relative {
                return None;
            }
            if mention.kind != MentionKind::Possessive
                && !self.lower_is(j, &["he", "she", "they", "we", "i"])
            {
                return Some(m);
            }
            j = after.max(j + 1);
        }
        None
    }

    /// Whether a frame of the bare verb ("freed _") reaches its target over `path`
    /// only through its object: through an owner ("two members of Hamas"), not
    /// through a place or a companion ("blocked the border crossing with Poland",
    /// "struck targets in Lebanon").
    fn through_object(&self, entry: &VerbEntry, path: Range<usize>) -> bool {
        let material = matches!(
            entry.quad_class,
            QuadClass::MaterialConflict | QuadClass::MaterialCooperation
        );
        let at = path.start;
        path.into_iter().all(|j| {
            let barrier = self.lower_is(j, &PREPOSITIONS) || self.lower_is(j, &BARRIERS);
            !barrier
                || (j > at
                    && (self.lower_is(j, &["of", "by"])
                        // "received aid from Japan": the giver is no target of receiving.
                        || (self.lower_is(j, &["from"])
                            && !crate::relations::frames::RECEIVING.contains(entry.lemma.as_str()))
                        // "overran a military base in Nigeria": where a material act
                        // happens is whom it touches, as in a strict frame.
                        || (material && self.lower_is(j, &["in", "inside"]))
                        // "carried out raids on Hamas": a material act's event noun's
                        // own target; of a verbal act it is not ("supported sanctions
                        // on Iran").
                        || (material
                            && self.nominal_at(j - 1).is_some()
                            && self.lower_is(j, &["with", "to", "on", "against", "for"]))))
        })
    }

    /// Whether a frame's noun reaches its target over `path` only through a
    /// preposition of where the act happens ("holds naval drills near the Gulf of
    /// Finland" are no exercises with Finland), not of the act itself ("an offensive
    /// along the border against Boko Haram"); "in" alone is the target's for an
    /// attack or aid ("launched air strikes in Idlib", "€20 million in aid in Yemen").
    fn only_located(&self, entry: &VerbEntry, path: Range<usize>) -> bool {
        let of_the_act = path.clone().any(|j| self.lower_is(j, TARGET_PREPOSITIONS));
        !of_the_act
            && path.into_iter().any(|j| {
                self.lower_is(j, &LOCATIONS)
                    || (self.s.is(j, "in")
                        && entry.quad_class != QuadClass::MaterialConflict
                        && !entry.cameo.starts_with("07"))
            })
    }

    /// A loose match of one of `verb`'s frames: the entry, its targets and where
    /// the trigger ends. Frames with literal nouns are tried first, the most
    /// literal words first; a bare `_` frame (only for verbs that never report
    /// speech) takes the verb phrase's first actor.
    pub(super) fn loose_frame(&self, verb: &VerbHit) -> Option<(usize, Vec<usize>, usize)> {
        let start = verb.token + 1;
        let end = self.verb_phrase_end(start);
        if end <= start || self.compound_noun(verb.token) {
            return None;
        }
        let speech = verb
            .entries
            .iter()
            .any(|&(e, _)| self.lexicon.entry(e).is_speech());
        let mut best: Option<(usize, usize, Vec<usize>, usize)> = None;
        for &(e, _) in verb.entries {
            let entry = self.lexicon.entry(e);
            // Only frames whose target comes last: "_ with weapons" has its own order.
            let Some(target_at) = entry.frame.iter().position(|f| *f == FrameItem::Target) else {
                continue;
            };
            // Frames that ask for an order the loose reading cannot check ("called
            // Putin a killer" for `call _ .`, "returned to Thailand" for `... to _`)
            // are read strictly only.
            if target_at + 1 != entry.frame.len()
                || entry.frame.iter().any(|f| {
                    matches!(
                        f,
                        FrameItem::That | FrameItem::Say | FrameItem::Gap | FrameItem::End
                    )
                })
            {
                continue;
            }
            let words: Vec<&str> = entry.frame[..target_at]
                .iter()
                .filter_map(|f| match f {
                    FrameItem::Word(w) => Some(w.as_str()),
                    _ => None,
                })
                .collect();
            let nouns: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| !PREPOSITIONS.contains(w))
                .collect();
            // A bare verb's preposition must be there ("call on _" is not "called
            // Putin a killer"); a noun's may differ ("sanctions against" for
            // `sanctions on`).
            let literals = if nouns.is_empty() { &words } else { &nouns };
            if nouns.is_empty() && speech {
                continue;
            }
            if best.as_ref().is_some_and(|b| b.0 >= nouns.len()) {
                continue;
            }
            let mut at = start;
            let mut found = true;
            for w in literals {
                match self.loose_literal(at, end, w) {
                    Some(j) => at = j + 1,
                    None => {
                        found = false;
                        break;
                    }
                }
            }
            // "spoke on the telephone to": a bare verb's preposition comes soon.
            if !found || (nouns.is_empty() && !words.is_empty() && at > start + 5) {
                continue;
            }
            let Some(target) = self.loose_target(at, end) else {
                continue;
            };
            let path = at..self.mentions[target].tokens.start;
            let reached = if nouns.is_empty() {
                self.through_object(entry, path)
            } else {
                !self.only_located(entry, path)
            };
            if !reached {
                continue;
            }
            // "supports its farmers": the subject's own, as in a strict frame.
            if entry.quad_class.is_cooperation()
                && self.s.is(self.mentions[target].tokens.start, "its")
            {
                continue;
            }
            let targets = self
                .noun_phrase(self.mentions[target].tokens.start)
                .map(|(found, _)| found)
                .filter(|found| found.first() == Some(&target))
                .unwrap_or_else(|| vec![target]);
            best = Some((nouns.len(), e, targets, at.max(start)));
        }
        best.map(|(_, e, targets, trigger_end)| (e, targets, trigger_end))
    }
}
