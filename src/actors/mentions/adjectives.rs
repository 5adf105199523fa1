//! A country's adjective that acts: before people, groups or craft no dictionary lists
//! ("Croatian experts", "a Georgian cargo plane"), as a people ("the Irish"), and folded
//! into the name of its own body ("Iranian Revolutionary Guards").

use super::*;

/// Nouns of people, groups and craft that no dictionary lists as a sector, but that
/// act for the country whose adjective stands before them, as CAMEO codes them:
/// "Croatian experts", "Palestinian factions", "a Georgian cargo plane". (Nouns
/// ending like a person's, "negotiators", "analysts", are found by their ending.)
static ADJECTIVE_PEOPLE: WordList = WordList::new(&[
    "expert",
    "experts",
    "analyst",
    "analysts",
    "faction",
    "factions",
    "unit",
    "units",
    "group",
    "groups",
    "organization",
    "organizations",
    "organisation",
    "organisations",
    "companies",
    "crew",
    "crews",
    "nationals",
    "allies",
    "counterparts",
    "delegates",
    "envoys",
    "elite",
    "elites",
    "youths",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "boat",
    "boats",
    "plane",
    "planes",
    "aircraft",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
    "submarine",
    "submarines",
    "frigate",
    "frigates",
    "trawler",
    "trawlers",
    "convoy",
    "convoys",
]);

/// Plurals ending like a person's noun that are things: "Chinese characters",
/// "Russian numbers", "Iraqi borders".
static THINGS_LIKE_PEOPLE: WordList = WordList::new(&[
    "numbers",
    "characters",
    "letters",
    "containers",
    "computers",
    "powers",
    "waters",
    "matters",
    "layers",
    "barriers",
    "markers",
    "headquarters",
    "shelters",
    "corners",
    "chambers",
    "papers",
    "borders",
    "orders",
    "centers",
    "centres",
    "quarters",
    "sectors",
    "factors",
    "corridors",
    "meters",
    "kilometers",
    "dollars",
    "events",
    "incidents",
    "accidents",
    "plants",
    "grants",
    "restaurants",
    "patents",
    "contents",
    "lists",
    "doors",
    "floors",
    "motors",
    "reactors",
    "errors",
    "fees",
    "trees",
    "committees",
    "guarantees",
    "degrees",
    "decrees",
    "waivers",
    "tankers",
    "bombers",
    "fighters",
    "carriers",
    "destroyers",
    "airliners",
    "containers",
]);

/// Whether a lower-case `word` looks like a verb after its subject: "-ed" ("voted",
/// "warned"), or with `third_person` "-s" ("says", "warns"; not "-ss").
pub(super) fn is_verb_form(word: &str, third_person: bool) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase())
        && word.len() >= 4
        && (word.ends_with("ed")
            || third_person
                && word.ends_with('s')
                && !word.ends_with("ss")
                && !word.ends_with("us"))
}

/// Whether a lower-case `word` names people, groups or craft that act for the
/// country whose adjective stands before them ([`ADJECTIVE_PEOPLE`], or a
/// person's ending: "negotiators", "analysts", "technicians", "fishermen",
/// "trainees"; not "-ment" nouns nor [`THINGS_LIKE_PEOPLE`]). `plural` says which.
fn adjective_people(word: &str) -> Option<bool> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let plural = word.ends_with('s') && !word.ends_with("ss") || word.ends_with("men");
    if ADJECTIVE_PEOPLE.contains(word) {
        return Some(plural && word != "aircraft");
    }
    if THINGS_LIKE_PEOPLE.contains(word) || INSTITUTION_NOUNS.contains(word) {
        return None;
    }
    let singular = if let Some(stem) = word.strip_suffix("men") {
        format!("{stem}man")
    } else if plural {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    };
    const ENDINGS: &[&str] = &["ist", "ian", "er", "or", "man", "ee", "ant", "ent"];
    let person = singular.len() >= 5
        && !singular.ends_with("ment")
        && ENDINGS.iter().any(|e| singular.ends_with(e))
        && !INSTITUTION_NOUNS.contains(&singular);
    person.then_some(plural)
}

/// Words after a noun that show the noun ends its phrase: "Croatian experts have",
/// "a Turkish ship it seized", "Palestinian factions in Lebanon".
static PHRASE_ENDERS: WordList = WordList::new(&[
    "it", "he", "she", "they", "who", "which", "that", "whose", "in", "on", "at", "of", "to",
    "from", "with", "by", "for", "near", "off", "into", "and", "or", "but", "has", "have", "had",
    "was", "were", "is", "are", "will", "would", "can", "could", "may", "might", "must", "should",
    "also", "said", "say", "warn", "agree", "accuse", "claim", "fear", "believe", "argue", "urge",
    "demand", "reject", "deny", "insist", "hope", "expect", "launched", "remain", "continue",
]);

impl<'g> MentionFinder<'g> {
    /// Whether a name of a body of country `country` starts at token `at`
    /// ("Iranian Revolutionary Guards").
    pub(super) fn own_body_follows(&self, at: usize, country: ActorIx) -> bool {
        let country = &self.gazetteer.actor(country).id;
        self.hit_at.get(at).copied().flatten().is_some_and(|h| {
            h.meanings.iter().any(|m| match *m {
                Meaning::Name(b) => {
                    let body = self.gazetteer.actor(b);
                    body.id != *country && body.country.as_ref() == Some(country)
                }
                _ => false,
            })
        })
    }

    /// The end of people, a group or craft that a country's adjective at `start`
    /// (ending at `end`) owns and no dictionary lists as a sector ([`adjective_people`]):
    /// "Croatian experts", "three new Iranian organizations", "A Japanese virus
    /// expert", "a Georgian cargo plane"; up to two lower-case modifiers may stand
    /// between. They act for the country, as CAMEO codes them. A singular noun needs
    /// an article before the adjective ("a Turkish ship"), and the noun must end its
    /// phrase ([`PHRASE_ENDERS`], punctuation, or a verb's "-ed"/"-s" form): "an Iranian
    /// drone attack" is an attack, "Russian expert Ivan Petrov" a person.
    pub(super) fn people_after_adjective(
        &self,
        s: &Sentence,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        const ARTICLES: &[&str] = &["a", "an", "A", "An", "one", "One", "two", "Two"];
        // "two Filipino crew": a number before makes a singular noun a crew's people.
        let article = start >= 1
            && (ARTICLES.iter().any(|w| s.is(start - 1, w))
                || s.kind(start - 1) == Some(TokenKind::Number));
        // "the Irish", "the Chinese", "the French": an adjective that is also its
        // people's plural, after "the" and ending its phrase, is the people.
        let people_adjective = ["ese", "sh", "ch", "ss"]
            .iter()
            .any(|e| s.word(start).ends_with(e));
        if people_adjective
            && end == start + 1
            && start >= 1
            && (s.is(start - 1, "the") || s.is(start - 1, "The"))
            && (end >= s.len()
                || (s.kind(end) == Some(TokenKind::Punct) && !s.is(end, ",") && !s.is(end, "-"))
                || PHRASE_ENDERS.contains(s.word(end)) && !s.is(end, "and") && !s.is(end, "or")
                // "the British and the French", not "the British and French governments"
                || (s.is(end, "and") || s.is(end, "or")) && s.is(end + 1, "the")
                || is_verb_form(s.word(end), true))
        {
            return Some(end);
        }
        for n in end..(end + 3).min(s.len()) {
            if s.kind(n) != Some(TokenKind::Word) || self.hit_at[n].is_some() {
                return None;
            }
            let w = s.word(n);
            if let Some(plural) = adjective_people(w) {
                let next = n + 1;
                // "crew members", "patrol boat": the last of two such nouns is the head.
                if next < s.len() && adjective_people(s.word(next)).is_some() {
                    continue;
                }
                if !plural && !article {
                    return None;
                }
                let ends = next >= s.len()
                    || (s.kind(next) != Some(TokenKind::Word)
                        && s.kind(next) != Some(TokenKind::Number)
                        && !s.is(next, "-"))
                    || PHRASE_ENDERS.contains(s.word(next))
                    || is_verb_form(s.word(next), !plural);
                return ends.then_some(next);
            }
            let modifier = w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !w.ends_with("ed")
                && (!w.ends_with('s') || w.ends_with("ss") || w.ends_with("us"))
                && !NOT_MODIFIERS.contains(w);
            if !modifier {
                return None;
            }
        }
        None
    }
}
