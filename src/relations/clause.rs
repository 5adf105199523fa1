//! A shallow clause analysis: from a sentence's mentions and verbs to events.
//!
//! No parser: for each lexicon verb the analysis walks left to find its
//! subject (skipping adverbs, auxiliaries, time phrases and parentheticals,
//! following coordination) and matches the verb's frames to the right to find
//! its targets. Reporting verbs become statements whose content is the quote
//! or the reported clause; events inside that content are marked reported.

use std::ops::Range;

use crate::actors::{Mention, MentionKind};
use crate::relations::lexicon::{FrameItem, Inflection, Lexicon, VerbEntry};
use crate::relations::{Modality, QuadClass};
use crate::text::{Sentence, TokenKind};

/// Words between a subject and its verb that do not break the clause.
const SKIPPABLE: &[&str] = &[
    "also",
    "already",
    "still",
    "now",
    "then",
    "again",
    "just",
    "once",
    "jointly",
    "further",
    "even",
    "yet",
    "later",
    "earlier",
    "first",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "'ll",
    "not",
    "n't",
    "never",
    "to",
    "reportedly",
    "allegedly",
    "apparently",
    "formally",
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "starts",
    "start",
    "continued",
    "continues",
    "continue",
    "plans",
    "planned",
    "plan",
    "wants",
    "wanted",
    "want",
    "decided",
    "decides",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "declined",
    "declines",
    "failed",
    "fails",
    "tried",
    "tries",
    "sought",
    "seeks",
    "intends",
    "intended",
    "promised",
    "promises",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "pledged",
    "pledges",
    "offered",
    "offers",
    "proposed",
    "proposes",
    "hopes",
    "hoped",
    "appeared",
    "seemed",
    "seems",
    "appears",
    "expected",
    "likely",
    "ready",
    "going",
    "set",
    "able",
    "unable",
    "longer",
    "no",
];
const MODAL_HYPOTHETICAL: &[&str] = &[
    "could",
    "may",
    "might",
    "would",
    "should",
    "must",
    "can",
    "plans",
    "planned",
    "plan",
    "wants",
    "wanted",
    "want",
    "intends",
    "intended",
    "offered",
    "offers",
    "proposed",
    "proposes",
    "threatened",
    "threatens",
    "hopes",
    "hoped",
    "expected",
    "ready",
    "likely",
    "able",
    "set",
];
/// Nouns after a possessive that speak for their owner: "the army's spokesman said".
const SPOKESPEOPLE: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "statement",
    "official",
    "officials",
];

/// Words of quantity before "of its …": "annexed four of its regions".
const PARTITIVES: &[&str] = &[
    "part", "parts", "much", "most", "some", "all", "two", "three", "four", "five", "many",
];

/// Nouns after "its" that name others: "attacked its neighbour" is not an attack
/// on whoever was named before.
const RELATIONAL_NOUNS: &[&str] = &[
    "own",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "ally",
    "allies",
    "partner",
    "partners",
    "enemy",
    "enemies",
    "rival",
    "rivals",
    "critics",
    "opponents",
    "adversaries",
    "foes",
    "members",
];

/// Nouns after "whose" that act for the actor before it: "Belarus, whose leader backs Russia".
const WHOSE_HEADS: &[&str] = &[
    "leader",
    "leaders",
    "president",
    "government",
    "army",
    "military",
    "forces",
    "troops",
    "navy",
    "parliament",
    "prime",
    "foreign",
];

/// Control verbs that make the infinitive after them a real, negated event.
const REFUSALS: &[&str] = &[
    "refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails",
];
const MODAL_FUTURE: &[&str] = &["will", "shall", "'ll", "going"];
const NEGATORS: &[&str] = &[
    "not", "n't", "never", "refused", "refuses", "declined", "declines", "failed", "fails",
    "unable", "longer",
];
/// Words between a reporting verb and what was said: "told reporters on Monday …".
const AUDIENCE_AND_TIME: &[&str] = &[
    "reporters",
    "journalists",
    "newsmen",
    "correspondents",
    "press",
    "news",
    "conference",
    "briefing",
    "parliament",
    "lawmakers",
    "today",
    "yesterday",
    "tonight",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "afterwards",
    "later",
    "earlier",
    "also",
];

/// Words of how something was said, after an attribution that closes its sentence:
/// "…, the ministry said in a written statement on Telegram."
const CIRCUMSTANCES: &[&str] = &[
    "in",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "statement",
    "written",
    "interview",
    "televised",
    "address",
    "post",
    "website",
    "telegram",
    "overnight",
    "late",
    "separately",
    "privately",
    "publicly",
    "condition",
    "of",
    "anonymity",
];

/// Prepositions that introduce the target of an event noun ("attacks on Kyiv").
const NOMINAL_TARGET_PREPOSITIONS: &[&str] = &[
    "of", "on", "against", "to", "into", "near", "along", "in", "toward", "towards",
];
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "other",
    "all",
    "both",
    "several",
    "some",
    "many",
    "neighbouring",
    "neighboring",
    "fellow",
    "two",
    "three",
    "key",
    "major",
    "western",
    "eastern",
    "southern",
    "northern",
    "close",
    "longtime",
];
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "day",
    "days",
    "weeks",
    "months",
    "years",
];
const TIME_LEADERS: &[&str] = &[
    "on", "in", "at", "last", "this", "next", "earlier", "late", "early", "during",
];
/// First words of a comma-enclosed aside that may sit between subject and verb.
const ASIDE_OPENERS: &[&str] = &[
    "which",
    "who",
    "whose",
    "for",
    "in",
    "on",
    "at",
    "as",
    "however",
    "meanwhile",
    "though",
    "according",
    "including",
    "like",
    "despite",
    "after",
    "before",
    "during",
    "with",
    "without",
    "under",
    "by",
    "the",
    "a",
    "an",
    "its",
    "also",
    "too",
    "instead",
    "therefore",
    "moreover",
    "nevertheless",
    "once",
];
const PREPOSITIONS: &[&str] = &[
    "on", "with", "to", "of", "from", "for", "against", "into", "in", "near", "along", "at",
    "between", "over", "about", "toward", "towards", "onto", "across", "inside",
];
/// Nouns after a country adjective that name people, firms or things, not the
/// state: "detained a British aid worker", "sanctioned three Iranian companies".
const NOT_THE_STATE: &[&str] = &[
    "citizen",
    "citizens",
    "national",
    "nationals",
    "aid",
    "worker",
    "workers",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "company",
    "companies",
    "firm",
    "firms",
    "bank",
    "banks",
    "businessman",
    "businessmen",
    "tourist",
    "tourists",
    "student",
    "students",
    "man",
    "men",
    "woman",
    "women",
    "people",
    "family",
    "families",
    "activist",
    "activists",
    "sailor",
    "sailors",
    "fishermen",
    "nuclear",
    "weapons",
    "oligarch",
    "oligarchs",
    "individuals",
    "entities",
    "businesses",
    "migrants",
    "traders",
    "merchants",
    "pilgrims",
    "passengers",
    "residents",
    "smugglers",
    "vessel",
    "tanker",
    "ship",
    "crew",
];

/// Nouns after a country adjective that make the country the target: "shelled Russian villages".
const BORDER_WORDS: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "frontiers",
    "territory",
    "soil",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "positions",
    "targets",
    "airspace",
    "waters",
    "embassy",
    "consulate",
    "ships",
    "vessels",
    "region",
    "regions",
    "bases",
    "base",
    "ports",
    "port",
];

/// How many actors of a coordinated list one verb relates on either side.
const MAX_JOINT_ACTORS: usize = 6;
/// Adverbs of time that may sit inside a frame: "met yesterday with".
const INSERTED_ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "again",
    "also",
    "jointly",
    "once",
];
/// What may open a quantity before a target: "at least 20", "more than 200".
const QUANTITY_LEADERS: &[&[&str]] = &[
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["as", "many", "as"],
    &["an", "estimated"],
    &["about"],
    &["nearly"],
    &["almost"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
];
/// Numbers that take "of" before what they count: "dozens of", "five dozen of".
const MASS_NUMBERS: &[&str] = &[
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "scores",
    "tens",
    "number",
    "lot",
    "group",
    "handful",
];
/// Prepositions of an inner phrase of the object: "offers for peace talks by".
const INNER_PREPOSITIONS: &[&str] = &["for", "on", "over", "to", "with", "against", "about"];
/// Words that end an object phrase before its target could be reached.
const OBJECT_STOPS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "whom", "whose", "as", "while", "after", "before",
    "when", "if", "because", "than", "not", "to", "off", "up", "down", "out", "under", "above",
    "below", "since", "until", "through", "via", "within", "without", "around", "beyond",
    "despite", "amid", "among", "like", "per", "by", "at", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
    "should",
];

/// A lexicon verb found in the sentence.
#[derive(Clone, Debug)]
struct VerbHit<'l> {
    token: usize,
    entries: &'l [(usize, Inflection)],
}

/// One event as the clause analysis sees it: mentions and a lexicon entry.
#[derive(Clone, Debug, PartialEq)]
pub struct ClauseEvent {
    pub source: usize,
    pub target: usize,
    /// Index of the lexicon entry.
    pub entry: usize,
    /// The trigger's token range.
    pub trigger: Range<usize>,
    pub negated: bool,
    pub modality: Modality,
    /// For statements and events inside them: which statement of the sentence.
    pub statement: Option<usize>,
}

/// A reported-speech construction: speaker, reporting verb and content.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// Mention index of the speaker; `None` when a quotation goes on from the
    /// previous sentence and its speaker was named there.
    pub speaker: Option<usize>,
    pub entry: usize,
    pub trigger: Range<usize>,
    /// Token range of the content as written.
    pub content: Range<usize>,
}

/// What the analysis of one sentence found.
#[derive(Clone, Debug, Default)]
pub struct ClauseResult {
    pub events: Vec<ClauseEvent>,
    pub statements: Vec<Statement>,
    /// Object pronouns resolved for this sentence ("defend it"); event and
    /// statement mention indices past the sentence's own mentions point here.
    pub pronouns: Vec<Mention>,
    /// What a speaker that is no actor reported ("Officials said Israel had
    /// struck …"): events there are reported, with no statement to link to.
    pub unattributed: Vec<Range<usize>>,
}

/// Subject of a verb: the mentions and how they were reached.
#[derive(Clone, Debug, Default)]
struct Subject {
    mentions: Vec<usize>,
    negated: bool,
    hypothetical: bool,
    future: bool,
    /// Reached through "that": the verb heads a complement clause.
    after_that: Option<usize>,
    /// Reached through "which", "who" or "whose": background, not news.
    relative: bool,
}

/// Reusable state for analysing sentences; holds no document data between calls.
pub struct ClauseAnalyzer<'l> {
    lexicon: &'l Lexicon,
    mention_at: Vec<Option<usize>>,
    /// The sentence's mentions followed by its object pronouns.
    with_pronouns: Vec<Mention>,
    /// Event nouns of the sentence: (token, lexicon entry).
    nominals: Vec<(usize, usize)>,
    lower: String,
}

impl<'l> ClauseAnalyzer<'l> {
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Self {
            lexicon,
            mention_at: Vec::new(),
            with_pronouns: Vec::new(),
            nominals: Vec::new(),
            lower: String::new(),
        }
    }

    /// Events and statements of one sentence, given its mentions (sorted by
    /// position). `quote_goes_on`: the previous sentence ended a quotation
    /// with a known speaker, so a sentence that is only a quotation continues it.
    pub fn analyze(
        &mut self,
        s: &Sentence,
        mentions: &[Mention],
        quote_goes_on: bool,
    ) -> ClauseResult {
        let mut result = ClauseResult::default();
        if !quote_goes_on && mentions.iter().all(|m| !m.can_act()) {
            return result;
        }
        self.mention_at.clear();
        self.mention_at.resize(s.len(), None);
        for (ix, m) in mentions.iter().enumerate() {
            for t in m.tokens.clone() {
                self.mention_at[t] = Some(ix);
            }
        }
        let verbs = self.find_verbs(s);
        let base = mentions.len();
        let mut subjects: Vec<Option<Subject>> = Vec::with_capacity(verbs.len());
        {
            let sentence = Ctx {
                s,
                mentions,
                mention_at: &self.mention_at,
                lexicon: self.lexicon,
                verbs: &verbs,
            };
            for v in 0..verbs.len() {
                let subject = sentence.subject(v, &subjects);
                subjects.push(subject);
            }
            // "NATO will defend it": object pronouns join the mentions for the frames.
            result.pronouns = sentence.object_pronouns(&subjects);
        }
        let mentions = if result.pronouns.is_empty() {
            mentions
        } else {
            self.with_pronouns.clear();
            self.with_pronouns.extend_from_slice(mentions);
            for p in &result.pronouns {
                self.mention_at[p.tokens.start] = Some(self.with_pronouns.len());
                self.with_pronouns.push(p.clone());
            }
            &self.with_pronouns
        };
        let sentence = Ctx {
            s,
            mentions,
            mention_at: &self.mention_at,
            lexicon: self.lexicon,
            verbs: &verbs,
        };
        sentence.according_to(&mut result);
        // "declined to comment on": a verb inside a longer frame's trigger is not read again.
        let mut consumed_until = 0;
        for (verb, subject) in verbs.iter().zip(&subjects) {
            if verb.token >= consumed_until {
                let before = result.events.len();
                sentence.events_of(verb, subject.as_ref(), &mut result);
                consumed_until = result.events[before..]
                    .iter()
                    .map(|e| e.trigger.end)
                    .fold(consumed_until, usize::max);
            }
        }
        sentence.as_aside(&mut result);
        for &(noun, entry) in &self.nominals {
            sentence.nominal_event(noun, entry, &mut result);
        }
        if quote_goes_on && result.statements.is_empty() {
            sentence.continued_quote(&mut result);
        }
        sentence.mark_reported(&mut result);
        drop_unused_pronouns(&mut result, base);
        result
    }

    fn find_verbs(&mut self, s: &Sentence) -> Vec<VerbHit<'l>> {
        let mut verbs = Vec::new();
        self.nominals.clear();
        for i in 0..s.len() {
            if self.mention_at[i].is_some() || s.kind(i) != Some(TokenKind::Word) {
                continue;
            }
            let word = s.word(i);
            // Verbs and event nouns are lower case except where a sentence or quote starts.
            // Reuters' re-cased text capitalises after abbreviations: "the U.S. Said";
            // only a finite verb is believed there ("U.S. Trade Representative" is a name).
            let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
            let sentence_start = i == 0 || s.kind(i - 1) == Some(TokenKind::Quote);
            let recased = capitalised && !sentence_start && s.word(i - 1).ends_with('.');
            if !word.is_ascii() || word.len() < 2 || (capitalised && !sentence_start && !recased) {
                continue;
            }
            self.lower.clear();
            self.lower.push_str(word);
            self.lower.make_ascii_lowercase();
            if let Some(entry) = self.lexicon.nominal(&self.lower).filter(|_| !recased) {
                self.nominals.push((i, entry));
            }
            let entries = self.lexicon.lookup(&self.lower);
            let finite = entries
                .iter()
                .any(|(_, f)| f.has(Inflection::PAST) || f.has(Inflection::THIRD_SINGULAR));
            if entries.is_empty() || (recased && !finite) {
                continue;
            }
            // "the demand", "Russia's demands", "a call": nouns, not verbs.
            let nominal = i > 0
                && (s.kind(i - 1) == Some(TokenKind::Possessive)
                    || [
                        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                        "those",
                    ]
                    .iter()
                    .any(|d| s.is(i - 1, d)));
            if !nominal {
                verbs.push(VerbHit { token: i, entries });
            }
        }
        // "the ADB report said": a noun right before a finite verb is part of the subject.
        let finite = |v: &VerbHit| {
            v.entries
                .iter()
                .any(|(_, f)| f.has(Inflection::PAST) || f.has(Inflection::THIRD_SINGULAR))
        };
        let compound: Vec<bool> = verbs
            .iter()
            .enumerate()
            .map(|(k, v)| {
                // Only after a name: "will impose sanctions" keeps its verb.
                let after_name = v.token > 0 && self.mention_at[v.token - 1].is_some();
                after_name
                    && verbs.get(k + 1).is_some_and(|next| {
                        next.token == v.token + 1
                            && finite(next)
                            && !v.entries.iter().any(|(_, f)| f.has(Inflection::PAST))
                    })
            })
            .collect();
        let mut k = 0;
        verbs.retain(|_| {
            k += 1;
            !compound[k - 1]
        });
        verbs
    }
}

/// One sentence under analysis.
struct Ctx<'a, 'l> {
    s: &'a Sentence<'a>,
    mentions: &'a [Mention],
    mention_at: &'a [Option<usize>],
    lexicon: &'l Lexicon,
    verbs: &'a [VerbHit<'l>],
}

impl Ctx<'_, '_> {
    fn lower_is(&self, i: usize, list: &[&str]) -> bool {
        i < self.s.len() && list.iter().any(|w| self.s.is(i, w))
    }

    fn actor_mention(&self, i: usize) -> Option<usize> {
        let m = (*self.mention_at.get(i)?)?;
        self.mentions[m].can_act().then_some(m)
    }

    fn verb_at(&self, token: usize) -> Option<usize> {
        self.verbs.iter().position(|v| v.token == token)
    }

    /// Adds the mentions that share tokens with those given: "the two sides" is
    /// two actors written once.
    fn with_twins(&self, list: Vec<usize>) -> Vec<usize> {
        let mut out = Vec::with_capacity(list.len());
        for m in list {
            for (k, other) in self.mentions.iter().enumerate() {
                if other.tokens == self.mentions[m].tokens && other.can_act() && !out.contains(&k) {
                    out.push(k);
                }
            }
        }
        out
    }

    /// The mentions coordinated with mention `m` to its left: "The United States and other Western countries".
    fn coordinated_left(&self, m: usize) -> Vec<usize> {
        let mut list = vec![m];
        let mut start = self.mentions[m].tokens.start;
        // A comma joins a list only left of its "and": "A, B and C", never "In London, the U.S.".
        let mut seen_and = false;
        loop {
            let mut j = start;
            while j > 0 && self.lower_is(j - 1, DETERMINERS) {
                j -= 1;
            }
            if j == 0
                || !(self.lower_is(j - 1, &["and", "or"]) || (seen_and && self.s.is(j - 1, ",")))
            {
                break;
            }
            seen_and = true;
            match j.checked_sub(2).and_then(|k| self.actor_mention(k)) {
                Some(prev) if !list.contains(&prev) => {
                    list.insert(0, prev);
                    start = self.mentions[prev].tokens.start;
                }
                _ => break,
            }
        }
        list
    }

    /// The mentions of a noun phrase starting at `i`, with coordination; and where it ends.
    fn noun_phrase(&self, mut i: usize) -> Option<(Vec<usize>, usize)> {
        let mut found = Vec::new();
        loop {
            let mut j = self.after_partitive(i);
            while self.actor_mention(j).is_none() && self.lower_is(j, DETERMINERS) && j < i + 4 {
                j += 1;
            }
            let m = match self.actor_mention(j) {
                Some(m) => Some(m),
                // "the border with Ukraine", "the Ukrainian border"
                None if self.lower_is(j, BORDER_WORDS) && self.lower_is(j + 1, &["with", "of"]) => {
                    self.mention_at.get(j + 2).copied().flatten()
                }
                // "Chinese steel", "the Russian oil refinery", "Ukrainian borders": the country.
                None => self.mention_at.get(j).copied().flatten().filter(|&m| {
                    let after = self.mentions[m].tokens.end;
                    self.mentions[m].kind == MentionKind::Adjective
                        && self.s.kind(after) == Some(TokenKind::Word)
                        && self
                            .s
                            .word(after)
                            .starts_with(|c: char| c.is_ascii_lowercase())
                        && !self.lower_is(after, NOT_THE_STATE)
                }),
            };
            let Some(m) = m else { break };
            if !found.contains(&m) {
                found.push(m);
            }
            let mut end = self.mentions[m].tokens.end;
            if self.s.kind(end) == Some(TokenKind::Possessive) {
                end += 1;
            }
            if self.lower_is(end, BORDER_WORDS) {
                end += 1;
            }
            i = end;
            if self.lower_is(i, &["and", "or"]) || (self.s.is(i, ",") && self.list_goes_on(i + 1)) {
                let next = self.noun_phrase_start(i + 1);
                if next.is_some() {
                    i += 1;
                    continue;
                }
            }
            break;
        }
        (!found.is_empty()).then_some((found, i))
    }

    /// After "A," at `i`: whether a list follows ("B, C and D") rather than a new
    /// clause ("If Russia invades Ukraine, the EU will …").
    fn list_goes_on(&self, mut i: usize) -> bool {
        while let Some(m) = self.noun_phrase_start(i) {
            let end = self.mentions[m].tokens.end;
            if self.lower_is(end, &["and", "or"]) {
                return true;
            }
            if !self.s.is(end, ",") {
                return false;
            }
            i = end + 1;
        }
        false
    }

    /// Past "four of", "parts of" at `i`: "annexed four of its regions".
    fn after_partitive(&self, i: usize) -> usize {
        if self.lower_is(i, PARTITIVES) && self.s.is(i + 1, "of") {
            i + 2
        } else {
            i
        }
    }

    fn noun_phrase_start(&self, j: usize) -> Option<usize> {
        let mut j = self.after_partitive(j);
        let limit = j + 4;
        while self.actor_mention(j).is_none() && self.lower_is(j, DETERMINERS) && j < limit {
            j += 1;
        }
        self.actor_mention(j)
    }

    /// Walks left from verb `v` to its subject.
    fn subject(&self, v: usize, earlier: &[Option<Subject>]) -> Option<Subject> {
        let verb = self.verbs[v].token;
        let mut subject = Subject::default();
        let mut i = verb;
        let mut after_time_word = false;
        while i > 0 {
            let t = i - 1;
            if let Some(m) = self.actor_mention(t) {
                let m_start = self.mentions[m].tokens.start;
                subject.mentions = self.with_twins(self.coordinated_left(m));
                let first = self.mentions[subject.mentions[0]].tokens.start.min(m_start);
                let mut k = first;
                while k > 0 && self.lower_is(k - 1, DETERMINERS) {
                    k -= 1;
                }
                if k > 0 && self.lower_is(k - 1, &["that"]) {
                    subject.after_that = Some(k - 1);
                }
                // "if Russia invades": conditional.
                // "If Russia attacks Lithuania, NATO will defend it": the consequence too.
                let consequence =
                    self.lower_is(0, &["if", "unless"]) && (1..k).any(|p| self.s.is(p, ","));
                if consequence
                    || (0..k)
                        .rev()
                        .take(3)
                        .any(|p| self.lower_is(p, &["if", "unless"]))
                {
                    subject.hypothetical = true;
                }
                return Some(subject);
            }
            let word = self.s.word(t);
            let lower_word_is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
            if lower_word_is(SKIPPABLE) || is_adverb(word) {
                subject.negated |= lower_word_is(NEGATORS);
                subject.hypothetical |= lower_word_is(MODAL_HYPOTHETICAL);
                subject.future |= lower_word_is(MODAL_FUTURE);
                // "plans to attack" is not (yet) real; "refused to meet" is a real refusal.
                // "failed on Friday to reach": past a time phrase.
                let mut k = t;
                while k > 0
                    && (self.lower_is(k - 1, TIME_WORDS) || self.lower_is(k - 1, TIME_LEADERS))
                {
                    k -= 1;
                }
                let refusal = k > 0 && self.lower_is(k - 1, REFUSALS);
                if word.eq_ignore_ascii_case("to") && !refusal {
                    subject.hypothetical = true;
                }
                i = t;
                after_time_word = false;
                continue;
            }
            if lower_word_is(TIME_WORDS) || self.s.kind(t) == Some(TokenKind::Number) {
                after_time_word = true;
                i = t;
                continue;
            }
            if after_time_word && lower_word_is(TIME_LEADERS) {
                i = t;
                continue;
            }
            // "Saudi Arabia in Riyadh on Sunday hosted …": a place between subject and verb.
            if let Some(preposition) = self.place_phrase_start(t) {
                i = preposition;
                continue;
            }
            if word == "," {
                if let Some(open) = self.aside_start(t) {
                    i = open;
                    continue;
                }
                return None;
            }
            if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("but") {
                // "Moscow denies … and accuses NATO": the first verb's subject.
                let inherited = match earlier.iter().flatten().find(|s| s.after_that.is_none()) {
                    Some(earlier) => earlier.mentions.clone(),
                    None => vec![self.sentence_subject(t)?],
                };
                let mut subject = Subject {
                    mentions: inherited,
                    ..subject
                };
                subject.after_that = None;
                return Some(subject);
            }
            // "The Israeli army's spokesman said": the spokesperson speaks for the owner.
            if lower_word_is(SPOKESPEOPLE)
                && t >= 2
                && self.s.kind(t - 1) == Some(TokenKind::Possessive)
            {
                if let Some(m) = self.actor_mention(t - 2) {
                    subject.mentions = vec![m];
                    return Some(subject);
                }
            }
            // "Finland, which joined NATO", "Belarus, whose leader backs Russia".
            if let Some(antecedent) = self.relative_subject(t) {
                subject.mentions = self.with_twins(vec![antecedent]);
                subject.relative = true;
                return Some(subject);
            }
            // A verb of the lexicon used as a control verb: "called on NATO to deploy".
            return None;
        }
        None
    }

    /// For the word `t` right before a verb, the actor a relative clause opening
    /// there is about: "Finland, which joined …" (t is "which"), "Belarus, whose
    /// leader backs …" (t is "leader": a leader speaks for the country).
    fn relative_subject(&self, t: usize) -> Option<usize> {
        let comma = if self.lower_is(t, &["which", "who"]) {
            t.checked_sub(1)?
        } else if t >= 1 && self.lower_is(t - 1, &["whose"]) && self.lower_is(t, WHOSE_HEADS) {
            t.checked_sub(2)?
        } else {
            return None;
        };
        if !self.s.is(comma, ",") {
            return None;
        }
        self.actor_mention(comma.checked_sub(1)?)
    }

    /// "its" and object "it" right after a verb ("attacked its power grid",
    /// "annexed four of its regions", "will defend it"), resolved to the nearest
    /// actor named before them that is not the verb's subject: a verb's object is
    /// not its subject ("itself" would be). Persons are skipped: "it" is never one.
    fn object_pronouns(&self, subjects: &[Option<Subject>]) -> Vec<Mention> {
        let mut found = Vec::new();
        for (v, verb) in self.verbs.iter().enumerate() {
            let Some(subject) = &subjects[v] else {
                continue;
            };
            // Right after the verb or a preposition of its frame: "fired rockets at its cities".
            let Some(i) = (verb.token + 1..(verb.token + 6).min(self.s.len()))
                .take_while(|&k| {
                    self.mention_at[k].is_none() && self.s.kind(k) == Some(TokenKind::Word)
                })
                .map(|k| self.after_partitive(k))
                .find(|&k| {
                    self.lower_is(k, &["it", "its"])
                        && (k == verb.token + 1 || self.lower_is(k - 1, PREPOSITIONS))
                })
            else {
                continue;
            };
            let object = self.s.is(i, "it") && !self.lower_is(i + 1, BE_FORMS);
            let possessive = self.s.is(i, "its")
                && self.s.kind(i + 1) == Some(TokenKind::Word)
                && !self.lower_is(i + 1, RELATIONAL_NOUNS);
            if !(object || possessive) || self.mention_at[i].is_some() {
                continue;
            }
            let acting: Vec<usize> = subject
                .mentions
                .iter()
                .map(|&m| self.mentions[m].actor)
                .collect();
            let antecedent = (0..verb.token).rev().find_map(|t| {
                let m = self.actor_mention(t)?;
                let mention = &self.mentions[m];
                let collective = matches!(
                    mention.kind,
                    MentionKind::Name | MentionKind::Seat | MentionKind::Body
                );
                (collective && !acting.contains(&mention.actor)).then_some(mention.actor)
            });
            if let Some(actor) = antecedent {
                found.push(Mention {
                    actor,
                    tokens: i..i + 1,
                    kind: MentionKind::Pronoun,
                });
            }
        }
        found
    }

    /// The actor that opens the sentence ("Moscow constantly denies …"), after
    /// an optional introduction ("Last week, "), if it comes before `limit`.
    fn sentence_subject(&self, limit: usize) -> Option<usize> {
        let first_comma = (0..limit).find(|&i| self.s.word(i) == ",");
        let starts = [Some(0), first_comma.map(|c| c + 1)];
        starts.into_iter().flatten().find_map(|mut i| {
            while self.lower_is(i, DETERMINERS) {
                i += 1;
            }
            self.actor_mention(i).filter(|_| i < limit)
        })
    }

    /// For a capitalised word at `end` that is no actor: where "in New York" starts.
    fn place_phrase_start(&self, end: usize) -> Option<usize> {
        let capitalised = |k: usize| {
            self.mention_at[k].is_none()
                && self.s.kind(k) == Some(TokenKind::Word)
                && self.s.word(k).starts_with(char::is_uppercase)
        };
        let mut k = end;
        while k > 0 && capitalised(k) && end - k < 3 {
            k -= 1;
        }
        (capitalised(end) && k < end && self.lower_is(k, &["in", "at", "near", "from"]))
            .then_some(k)
    }

    /// For a comma at `close`, the position of the comma that opens an aside ending there.
    fn aside_start(&self, close: usize) -> Option<usize> {
        let lower = close.saturating_sub(12);
        let open = (lower..close).rev().find(|&p| self.s.word(p) == ",")?;
        let first = open + 1;
        // "Germany, Europe's largest economy, welcomed": an appositive after an actor.
        let appositive = open > 0 && self.actor_mention(open - 1).is_some();
        let aside_like =
            appositive || self.lower_is(first, ASIDE_OPENERS) || self.mention_at[first].is_some();
        aside_like.then_some(open)
    }

    /// Whether `token` follows a form of "be", making a participle passive.
    fn is_passive(&self, verb: &VerbHit) -> bool {
        let participle = verb
            .entries
            .iter()
            .any(|(_, f)| f.has(Inflection::PARTICIPLE));
        let mut i = verb.token;
        while i > 0 && is_adverb(self.s.word(i - 1)) {
            i -= 1;
        }
        participle && i > 0 && self.lower_is(i - 1, BE_FORMS)
    }

    fn is_bare_gerund(&self, verb: &VerbHit) -> bool {
        // "Russian troops massing along the border": the mention before is its subject.
        let after_actor = verb.token > 0 && self.actor_mention(verb.token - 1).is_some();
        !after_actor
            && verb
                .entries
                .iter()
                .all(|(_, f)| f.is_only(Inflection::GERUND))
            && !(verb.token > 0
                && self.lower_is(
                    verb.token - 1,
                    &[
                        "is",
                        "are",
                        "was",
                        "were",
                        "been",
                        "began",
                        "started",
                        "continued",
                        "keeps",
                        "kept",
                    ],
                ))
    }

    fn events_of(&self, verb: &VerbHit, subject: Option<&Subject>, result: &mut ClauseResult) {
        if self.is_bare_gerund(verb) {
            return;
        }
        if self.is_passive(verb) {
            self.passive_events(verb, subject, result);
            return;
        }
        // "Investors in Japan welcomed …": the actor is where the subject is, not who acts.
        let acting = subject.filter(|s| !self.inside_phrase(s));
        // Object frames first: "warned NATO" is a warning to NATO, not a statement.
        for &(e, _) in verb.entries {
            let entry = self.lexicon.entry(e);
            if entry.is_speech() {
                continue;
            }
            let Some(subject) = acting else { break };
            let antecedent = self.relative_antecedent(subject);
            if let Some((targets, trigger_end)) =
                self.match_frame(verb.token + 1, entry, antecedent)
            {
                self.push_events(
                    e,
                    entry,
                    verb.token..trigger_end.max(verb.token + 1),
                    &subject.mentions,
                    &targets,
                    subject,
                    result,
                );
                return;
            }
            let without_target = (entry.reciprocal && subject.mentions.len() > 1)
                .then(|| self.frame_without_target(verb.token + 1, entry))
                .flatten();
            if let Some(trigger_end) = without_target {
                let pairs = subject.mentions.clone();
                self.push_events(
                    e,
                    entry,
                    verb.token..trigger_end.max(verb.token + 1),
                    &pairs,
                    &pairs,
                    subject,
                    result,
                );
                return;
            }
        }
        if let Some((e, _)) = verb
            .entries
            .iter()
            .find(|(e, _)| self.lexicon.entry(*e).is_speech())
        {
            self.statement(*e, verb, subject, result);
        }
    }

    /// Whether the subject's actor sits in a phrase after a common noun: "investors
    /// in Japan", "people from Syria".
    fn inside_phrase(&self, subject: &Subject) -> bool {
        let Some(&first) = subject.mentions.first() else {
            return false;
        };
        let mut k = self.mentions[first].tokens.start;
        while k > 0 && self.lower_is(k - 1, DETERMINERS) {
            k -= 1;
        }
        k >= 2
            && self.lower_is(k - 1, &["in", "from", "at"])
            && self.mention_at[k - 2].is_none()
            && self.s.kind(k - 2) == Some(TokenKind::Word)
            && (k == 2
                || self
                    .s
                    .word(k - 2)
                    .starts_with(|c: char| c.is_ascii_lowercase()))
    }

    /// "Ukraine was attacked by Russia": the agent is the source.
    fn passive_events(&self, verb: &VerbHit, subject: Option<&Subject>, result: &mut ClauseResult) {
        let Some(subject) = subject else { return };
        let mut i = verb.token + 1;
        // "was hit with new sanctions by the EU": a few words may come before the agent.
        while i < self.s.len() && i < verb.token + 7 && !self.s.is(i, "by") && !self.s.is(i, ",") {
            i += 1;
        }
        let agents = if self.s.is(i, "by") {
            self.noun_phrase(i + 1).map(|(agents, _)| agents)
        } else {
            self.admitting_organization(verb.token + 1)
        };
        let Some(agents) = agents else {
            return;
        };
        let Some(e) = self.passive_entry(verb) else {
            return;
        };
        let entry = self.lexicon.entry(e);
        self.push_events(
            e,
            entry,
            verb.token..verb.token + 1,
            &agents,
            &subject.mentions,
            subject,
            result,
        );
    }

    /// The entry a passive verb takes. The passive subject is the target, so the
    /// frame must start with it, and the frame's words must follow the verb: "was
    /// accused by Russia of aggression" is `_ of aggression`, "was hit by Israel" is
    /// `_` (a strike), never `_ with sanctions`. A verb with no such frame makes no
    /// passive event: "was called on by the UN" is not `call for resignation of _`.
    fn passive_entry(&self, verb: &VerbHit) -> Option<usize> {
        let words_follow = |e: usize| {
            let frame = &self.lexicon.entry(e).frame;
            let Some((FrameItem::Target, rest)) = frame.split_first() else {
                return false;
            };
            let window = verb.token + 1..(verb.token + 7).min(self.s.len());
            rest.is_empty()
                || window.take_while(|&i| !self.s.is(i, ",")).any(|start| {
                    rest.iter()
                        .try_fold(start, |i, item| match item {
                            FrameItem::Word(w) if i == start => self.s.is(i, w).then_some(i + 1),
                            FrameItem::Word(w) => self.literal(i, w),
                            _ => None,
                        })
                        .is_some()
                })
        };
        verb.entries
            .iter()
            .map(|&(e, _)| e)
            .filter(|&e| !self.lexicon.entry(e).is_speech() && words_follow(e))
            .max_by_key(|&e| (self.lexicon.entry(e).frame.len(), std::cmp::Reverse(e)))
    }

    /// "would not be accepted into the Alliance": joining an organisation is
    /// something the organisation does.
    fn admitting_organization(&self, i: usize) -> Option<Vec<usize>> {
        if !self.s.is(i, "into") {
            return None;
        }
        self.noun_phrase(i + 1).map(|(found, _)| found)
    }

    #[allow(clippy::too_many_arguments)]
    fn push_events(
        &self,
        e: usize,
        entry: &VerbEntry,
        trigger: Range<usize>,
        sources: &[usize],
        targets: &[usize],
        subject: &Subject,
        result: &mut ClauseResult,
    ) {
        let mut modality = if subject.hypothetical {
            Modality::Hypothetical
        } else if subject.future {
            Modality::Future
        } else {
            Modality::Asserted
        };
        if let Some(that) = subject.after_that {
            // "demanded that NATO guarantee": the demanded act is not (yet) real.
            let governor = self.verbs.iter().rev().find(|v| v.token < that);
            if governor.is_some_and(|g| {
                g.entries
                    .iter()
                    .all(|(x, _)| !self.lexicon.entry(*x).is_speech())
            }) {
                modality = Modality::Hypothetical;
            }
        }
        // "The US, Russia and Switzerland met": one event per pair, both ways, for
        // the first MAX_JOINT_ACTORS of a list (at most 30 edges from one verb).
        for &s in sources.iter().take(MAX_JOINT_ACTORS) {
            for &t in targets.iter().take(MAX_JOINT_ACTORS) {
                let (a, b) = (self.mentions[s].actor, self.mentions[t].actor);
                if a == b {
                    continue;
                }
                let event = ClauseEvent {
                    source: s,
                    target: t,
                    entry: e,
                    trigger: trigger.clone(),
                    negated: subject.negated,
                    modality,
                    statement: None,
                };
                let duplicate = result.events.iter().any(|x| {
                    self.mentions[x.source].actor == a
                        && self.mentions[x.target].actor == b
                        && self.lexicon.entry(x.entry).relation == entry.relation
                        && x.trigger == event.trigger
                });
                if !duplicate {
                    result.events.push(event);
                }
            }
        }
    }

    /// Matches `entry`'s frame from token `i`; the targets and the end of the trigger phrase.
    ///
    /// `antecedent` stands in for a missing first target: in "NATO, which Russia
    /// accuses of expansion", NATO is what Russia accuses.
    fn match_frame(
        &self,
        mut i: usize,
        entry: &VerbEntry,
        antecedent: Option<usize>,
    ) -> Option<(Vec<usize>, usize)> {
        let mut targets = Vec::new();
        let mut trigger_end = i;
        i = self.skip_inserts(i);
        let mut items = entry.frame.iter().peekable();
        while let Some(item) = items.next() {
            match item {
                FrameItem::Word(w) => {
                    i = self.literal(i, w)?;
                    trigger_end = i;
                }
                FrameItem::Gap => {
                    let Some(FrameItem::Word(w)) = items.next() else {
                        return None;
                    };
                    i = self.after_gap(i, w)?;
                    trigger_end = i;
                }
                FrameItem::Target => match (self.object_phrase(i, entry), antecedent) {
                    // "attacked its power grid" is someone else's grid; "supports its
                    // farmers" is the subject's own: "its" is a target only of conflict.
                    (Some((found, _)), _)
                        if entry.quad_class.is_cooperation()
                            && found
                                .iter()
                                .any(|&m| self.s.is(self.mentions[m].tokens.start, "its")) =>
                    {
                        return None
                    }
                    (Some((found, end)), _) => {
                        targets.extend(found);
                        i = end;
                    }
                    (None, Some(a)) if targets.is_empty() => targets.push(a),
                    (None, _) => return None,
                },
                FrameItem::That => {
                    if self.s.is(i, ",") {
                        i += 1;
                    }
                    if !self.s.is(i, "that") {
                        return None;
                    }
                    let (found, end) = self.noun_phrase(i + 1)?;
                    targets.extend(found);
                    i = end;
                }
                FrameItem::Say => return None,
            }
        }
        (!targets.is_empty()).then_some((targets, trigger_end))
    }

    /// For a subject inside a relative clause ("NATO, which Russia accuses …"),
    /// the noun the clause is about.
    fn relative_antecedent(&self, subject: &Subject) -> Option<usize> {
        let k = self.mentions[*subject.mentions.first()?].tokens.start;
        let relative = k >= 3
            && self.lower_is(k - 1, &["which", "whom", "who", "that"])
            && self.s.is(k - 2, ",");
        relative.then(|| self.actor_mention(k - 3)).flatten()
    }

    /// The frame's literal words, without its target: "Russia and China held talks".
    /// Where the trigger ends, if so ("failed to reach agreement" is one trigger,
    /// so "reach" is not read again).
    fn frame_without_target(&self, i: usize, entry: &VerbEntry) -> Option<usize> {
        let mut i = self.skip_inserts(i);
        let mut end = 0;
        for (k, item) in entry.frame.iter().enumerate() {
            match item {
                FrameItem::Word(w) => match self.literal(i, w) {
                    Some(next) => {
                        i = next;
                        end = next;
                    }
                    // "held talks" for `talks with _`; but "agreed a ceasefire" is
                    // not `to talks with _`: only the preposition before the target
                    // may be missing.
                    None => {
                        let missing_preposition = PREPOSITIONS.contains(&w.as_str())
                            && entry.frame[k + 1..] == [FrameItem::Target];
                        return missing_preposition.then_some(end);
                    }
                },
                FrameItem::Target => return Some(end),
                _ => return None,
            }
        }
        Some(end)
    }

    /// Finds literal `w` at `i`, after up to three modifiers unless it is a
    /// preposition. A preposition may come after a time phrase or a place ("agreed
    /// on Thursday to hold talks", "held talks in Jerusalem with"); a noun may be
    /// written as a synonym the event nouns share a coding with ("launched an
    /// assault on" for `attack on`).
    fn literal(&self, i: usize, w: &str) -> Option<usize> {
        if PREPOSITIONS.contains(&w) {
            if self.s.is(i, w) {
                return Some(i + 1);
            }
            let after = self.skip_inserts(i);
            if self.s.is(after, w) {
                return Some(after + 1);
            }
            let place = self.place_end(i)?;
            return self.s.is(place, w).then_some(place + 1);
        }
        let synonym = self.lexicon.nominal(w);
        (i..self.s.len())
            .take(4)
            .take_while(|&j| {
                // "withdrew its troops from": a possessive pronoun is a modifier here.
                j == i
                    || (matches!(
                        self.s.kind(j - 1),
                        Some(TokenKind::Word | TokenKind::Number)
                    ) && self.mention_at[j - 1]
                        .is_none_or(|m| self.mentions[m].kind == MentionKind::Pronoun))
            })
            .find(|&j| {
                self.s.is(j, w)
                    || synonym.is_some_and(|e| {
                        self.mention_at[j].is_none() && self.nominal_at(j) == Some(e)
                    })
            })
            .map(|j| j + 1)
    }

    /// The event noun at `i`, if the word there is one.
    fn nominal_at(&self, i: usize) -> Option<usize> {
        if self.s.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let word = self.s.word(i);
        if !word.is_ascii() || word.len() > 24 {
            return None;
        }
        let mut buf = [0u8; 24];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.lexicon.nominal(std::str::from_utf8(lower).ok()?)
    }

    /// After "in Jerusalem", "at the White House" at `i`: where the place ends.
    fn place_end(&self, i: usize) -> Option<usize> {
        if !self.lower_is(i, &["in", "at"]) {
            return None;
        }
        let mut j = i + 1;
        if self.s.is(j, "the") {
            j += 1;
        }
        let start = j;
        while j < start + 3
            && self.s.kind(j) == Some(TokenKind::Word)
            && self.s.word(j).starts_with(|c: char| c.is_ascii_uppercase())
        {
            j += 1;
        }
        (j > start).then_some(j)
    }

    /// Past adverbs and time phrases inside a frame: "vetoed on Friday a
    /// resolution", "met yesterday with", "agreed last week to".
    fn skip_inserts(&self, mut i: usize) -> usize {
        for _ in 0..3 {
            let start = i;
            while i < self.s.len()
                && (is_adverb(self.s.word(i)) || self.lower_is(i, INSERTED_ADVERBS))
            {
                i += 1;
            }
            if let Some(end) = self.time_phrase_end(i) {
                i = end;
            }
            if i == start {
                break;
            }
        }
        i
    }

    /// Where a time phrase starting at `i` ends: "on Thursday", "last week", "on
    /// February 5", "in 2017", "earlier this month", "Thursday".
    fn time_phrase_end(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j < i + 2 && self.lower_is(j, TIME_LEADERS) {
            j += 1;
        }
        let words = j;
        // "in 2017": a year right after its leader.
        if j > i && self.s.kind(j) == Some(TokenKind::Number) && self.s.word(j).len() == 4 {
            return Some(j + 1);
        }
        while j < self.s.len() {
            let capitalised = self.s.word(j).starts_with(|c: char| c.is_ascii_uppercase());
            // A bare "week" needs its leader; "May" must be the month.
            let time_word =
                self.lower_is(j, TIME_WORDS) && (capitalised || (j > i && !self.s.is(j, "may")));
            let date = j > words && self.s.kind(j) == Some(TokenKind::Number);
            if !(time_word || date) || self.mention_at[j].is_some() {
                break;
            }
            j += 1;
        }
        (j > words).then_some(j)
    }

    /// Past a quantity at `i`: "15", "four", "at least 20", "dozens of", "more
    /// than 200", "five dozen"; `i` itself when there is none.
    fn after_quantity(&self, i: usize) -> usize {
        let mut j = i;
        for leader in QUANTITY_LEADERS {
            let n = leader.len();
            if (0..n).all(|k| self.s.is(j + k, leader[k])) {
                j += n;
                break;
            }
        }
        let numbers = j;
        while self.s.kind(j) == Some(TokenKind::Number)
            || self.lower_is(j, crate::text::NUMBER_WORDS)
        {
            j += 1;
        }
        if j > numbers {
            // "five dozen of", "millions of": the "of" belongs to the quantity.
            if self.s.is(j, "of") && self.lower_is(j - 1, MASS_NUMBERS) {
                j += 1;
            }
            return j;
        }
        if self.lower_is(j, MASS_NUMBERS) && self.s.is(j + 1, "of") {
            return j + 2;
        }
        i
    }

    /// The target of a frame's `_`: a noun phrase right there, or one reached
    /// through the object phrase ("killed 15 Afghan soldiers", "attacked the last
    /// ISIS bastion", "rejected the proposal of Egypt", "spurned repeated offers for
    /// peace talks by the Kabul government"). Bounded: a quantity, up to four
    /// words of the object's own and one inner prepositional phrase.
    fn object_phrase(&self, i: usize, entry: &VerbEntry) -> Option<(Vec<usize>, usize)> {
        let i = self.skip_inserts(i);
        if let Some(found) = self.noun_phrase(i) {
            return Some(found);
        }
        let material_conflict = entry.quad_class == QuadClass::MaterialConflict;
        let mut j = self.after_quantity(i);
        let mut own_words = 0;
        let mut inner_phrase = false;
        while j < i + 12 && j < self.s.len() {
            // After an inner phrase only an owner counts: "supported sanctions on
            // Russia" is not support for Russia.
            if !inner_phrase && j > i {
                if let Some(found) = self.noun_phrase(j) {
                    return Some(found);
                }
            }
            if let Some(m) = self.mention_at[j] {
                if self.mentions[m].can_act() {
                    return None;
                }
                // "a Japanese-drafted resolution": a modifier.
                j = self.mentions[m].tokens.end;
                continue;
            }
            let owner = self.lower_is(j, &["of", "by", "from"])
                || (material_conflict && self.lower_is(j, &["in", "inside"]));
            if own_words > 0 && owner {
                return self.noun_phrase(j + 1);
            }
            if own_words > 0 && !inner_phrase && self.lower_is(j, INNER_PREPOSITIONS) {
                inner_phrase = true;
                j += 1;
                continue;
            }
            let word = self.s.word(j);
            // "a resolution criticising Israel", "the plan approved by": a clause
            // on the object, not its owner.
            let participle = own_words > 0
                && (word.ends_with("ing") || word.ends_with("ed"))
                && self.nominal_at(j).is_none();
            let plain_word = self.s.kind(j) == Some(TokenKind::Word)
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && !participle
                && !self.lower_is(j, PREPOSITIONS)
                && !self.lower_is(j, OBJECT_STOPS);
            if self.lower_is(j, DETERMINERS) || self.s.kind(j) == Some(TokenKind::Number) {
                j += 1;
            } else if plain_word && own_words < 4 {
                own_words += 1;
                j += 1;
            } else {
                let past = self.after_quantity(j);
                if past == j {
                    return None;
                }
                j = past;
            }
        }
        None
    }

    /// Past a `...` gap at `i` and the literal word `w` that ends it: up to ten
    /// words of an object, without a clause boundary or another actor.
    fn after_gap(&self, i: usize, w: &str) -> Option<usize> {
        let mut j = i;
        while j < self.s.len() && j <= i + 10 {
            if j > i && self.s.is(j, w) {
                return Some(j + 1);
            }
            let boundary = matches!(self.s.kind(j), Some(TokenKind::Quote))
                || self.lower_is(j, &[",", ";", ":", "(", ")", "that", "which", "who"])
                || self
                    .actor_mention(j)
                    .is_some_and(|m| self.mentions[m].kind != MentionKind::Adjective);
            if boundary {
                return None;
            }
            j += 1;
        }
        None
    }

    /// A reporting verb: its speaker and content become a statement.
    fn statement(
        &self,
        e: usize,
        verb: &VerbHit,
        subject: Option<&Subject>,
        result: &mut ClauseResult,
    ) {
        let v = verb.token;
        let after_quote = v > 0
            && (self.s.kind(v - 1) == Some(TokenKind::Quote)
                || (self.s.word(v - 1) == ","
                    && v > 1
                    && self.s.kind(v - 2) == Some(TokenKind::Quote)));
        // "Russia attacked Ukraine, said the ministry."
        let after_comma = v > 0 && self.s.is(v - 1, ",") && self.noun_phrase_start(v + 1).is_some();
        let speaker = match subject {
            Some(s) if !after_quote => s.mentions.first().copied(),
            // '"…," said Lithuanian President Gitanas Nauseda'
            _ if after_quote => self.actor_mention(v + 1),
            None if after_comma => self.noun_phrase_start(v + 1),
            _ => None,
        };
        let Some(speaker) = speaker else {
            // "Officials said Israel had struck …": reported, by no actor.
            let reported_clause = subject.is_none()
                && !after_quote
                && !after_comma
                && (self.s.is(v + 1, "that") || self.noun_phrase_start(v + 1).is_some());
            if reported_clause {
                let start = v + 1 + usize::from(self.s.is(v + 1, "that"));
                let end = self.next_predicate(start, self.s.len());
                result.unattributed.extend(nonempty(start..end));
            }
            return;
        };
        // "NATO must respond", "did not say": nothing was said. "China, which claims
        // Taiwan, …": a relative clause describes the speaker; it reports nothing.
        if !after_quote
            && subject.is_some_and(|s| s.hypothetical || s.negated || s.future || s.relative)
        {
            return;
        }
        let Some(content) = self
            .content(v, speaker)
            .filter(|c| self.has_words(c.clone()))
        else {
            return;
        };
        result.statements.push(Statement {
            speaker: Some(speaker),
            entry: e,
            trigger: v..v + 1,
            content,
        });
    }

    /// The content a reporting verb at `v` introduces.
    fn content(&self, v: usize, speaker: usize) -> Option<Range<usize>> {
        let quotes: Vec<usize> = (0..self.s.len())
            .filter(|&i| self.s.kind(i) == Some(TokenKind::Quote))
            .collect();
        let pairs: Vec<Range<usize>> = quotes
            .chunks(2)
            .map(|p| p[0] + 1..p.get(1).copied().unwrap_or(self.s.len()))
            .collect();
        // A reporting verb inside a quotation reports only within it.
        let limit = pairs
            .iter()
            .find(|p| p.start <= v && v < p.end)
            .map_or(self.s.len(), |p| p.end);
        let speaker_end = self.mentions[speaker].tokens.end.max(v + 1);
        let mut after = speaker_end;
        if self.s.is(after, "that") || self.s.is(after, ":") {
            after += 1;
        }
        // "said that …", "said: …", "told reporters that …" take what follows.
        if let Some(that) =
            (v + 1..(v + 5).min(limit)).find(|&i| self.s.is(i, "that") || self.s.is(i, ":"))
        {
            let plain = (v + 1..that)
                .all(|i| self.s.kind(i) == Some(TokenKind::Word) && self.mention_at[i].is_none());
            if plain {
                // 'said: "…"': the quotation, without its marks.
                if self.s.kind(that + 1) == Some(TokenKind::Quote) {
                    if let Some(p) = pairs.iter().find(|p| p.start == that + 2) {
                        return nonempty(p.clone());
                    }
                }
                return nonempty(that + 1..limit);
            }
        }
        // '"…," he said' / '"…," said X': the quote that closes just before.
        let attribution_start = v.min(self.mentions[speaker].tokens.start);
        let before = pairs
            .iter()
            .rev()
            .find(|p| p.end <= attribution_start && p.end + 3 >= attribution_start);
        if let Some(p) = before {
            return nonempty(p.clone());
        }
        if let Some(p) = pairs.iter().find(|p| p.start > v && p.start <= after + 2) {
            return nonempty(p.clone());
        }
        // "Russia attacked Ukraine, the ministry said on Monday.": the clause before.
        if let Some(comma) = self.attribution_comma(v, speaker) {
            // "In Brussels, the EU said." is too short to be what was said.
            let words = (0..comma)
                .filter(|&i| self.s.kind(i) == Some(TokenKind::Word))
                .count();
            if words >= 4 && self.only_circumstances(after, limit) {
                return nonempty(0..comma);
            }
        }
        // "As Nauseda explained, …": after the comma.
        let mut start = if self.s.is(v + 1, ",") { v + 2 } else { after };
        // "told reporters today …": the audience and the time are not what was said.
        while self.lower_is(start, AUDIENCE_AND_TIME) {
            start += 1;
        }
        nonempty(start..self.next_predicate(start, limit))
    }

    /// The comma before an attribution that closes its sentence: "…, the ministry
    /// said", "…, said the ministry".
    fn attribution_comma(&self, v: usize, speaker: usize) -> Option<usize> {
        let mut first = v.min(self.mentions[speaker].tokens.start);
        while first > 0 && self.lower_is(first - 1, DETERMINERS) {
            first -= 1;
        }
        (first > 1 && self.s.is(first - 1, ",")).then(|| first - 1)
    }

    /// Whether `from..limit` says only where, when or how something was said: "on
    /// Monday", "in a statement", ", citing intelligence sources".
    fn only_circumstances(&self, from: usize, limit: usize) -> bool {
        for i in from..limit {
            let gerund_next =
                self.s.kind(i + 1) == Some(TokenKind::Word) && self.s.word(i + 1).ends_with("ing");
            if self.s.is(i, ",") && gerund_next {
                return true;
            }
            let plain = self.s.kind(i) != Some(TokenKind::Word)
                || self.lower_is(i, AUDIENCE_AND_TIME)
                || self.lower_is(i, TIME_WORDS)
                || self.lower_is(i, TIME_LEADERS)
                || self.lower_is(i, CIRCUMSTANCES);
            if !plain || self.mention_at[i].is_some() || self.s.kind(i) == Some(TokenKind::Quote) {
                return false;
            }
        }
        true
    }

    /// Where "… and accuses NATO" starts a second predicate of the same subject, or `limit`.
    fn next_predicate(&self, from: usize, limit: usize) -> usize {
        (from..limit)
            .find(|&k| {
                if !self.lower_is(k, &["and", "but"]) {
                    return false;
                }
                let mut next = k + 1;
                if self.s.is(next, ",") {
                    next = (next + 1..limit)
                        .find(|&j| self.s.is(j, ","))
                        .map_or(limit, |j| j + 1);
                }
                self.verb_at(next).is_some()
            })
            .unwrap_or(limit)
    }

    /// Event nouns whose roles the text makes explicit: "Russia's demands on NATO",
    /// "the invasion of Ukraine by Russia", "the deployment of Russian troops near
    /// Ukrainian borders", "Russian attacks on Kyiv".
    fn nominal_event(&self, noun: usize, e: usize, result: &mut ClauseResult) {
        let any_mention = |i: usize| self.mention_at.get(i).copied().flatten();
        let mut source = None;
        let mut after = noun + 1;
        if noun >= 2 && self.s.kind(noun - 1) == Some(TokenKind::Possessive) {
            source = any_mention(noun - 2);
        } else if noun >= 1 {
            source = any_mention(noun - 1);
        }
        let mut targets = None;
        if source.is_none() && self.s.is(after, "of") {
            match self.noun_phrase(after + 1) {
                // "the deployment of Russian troops near …": the force is the source.
                Some((found, end))
                    if self.mentions[found[0]].kind == MentionKind::Body
                        && self.lower_is(end, PREPOSITIONS) =>
                {
                    source = Some(found[0]);
                    after = end;
                }
                // "the invasion of Ukraine by Russia"
                Some((found, end)) if self.s.is(end, "by") => {
                    source = self.noun_phrase(end + 1).map(|(agents, _)| agents[0]);
                    targets = Some(found);
                }
                _ => return,
            }
        }
        let Some(source) = source else { return };
        let targets = match targets {
            Some(t) => t,
            None if self.lower_is(after, NOMINAL_TARGET_PREPOSITIONS) => {
                match self.noun_phrase(after + 1) {
                    Some((t, _)) => t,
                    None => return,
                }
            }
            None => return,
        };
        let entry = self.lexicon.entry(e);
        let trigger = noun..noun + 1;
        let subject = Subject::default();
        self.push_events(e, entry, trigger, &[source], &targets, &subject, result);
    }

    /// Whether a content holds at least one word that is not a time word ("said today.").
    fn has_words(&self, content: Range<usize>) -> bool {
        content.into_iter().any(|i| {
            self.s.kind(i) == Some(TokenKind::Word) && !self.lower_is(i, AUDIENCE_AND_TIME)
        })
    }

    /// "According to Nauseda, …": a statement without a reporting verb.
    fn according_to(&self, result: &mut ClauseResult) {
        let Some(say) = self.lexicon.lookup("say").first().map(|(e, _)| *e) else {
            return;
        };
        for i in 0..self.s.len().saturating_sub(3) {
            if !(self.s.is(i, "according") && self.s.is(i + 1, "to")) {
                continue;
            }
            let the = usize::from(self.s.is(i + 2, "the"));
            let Some(speaker) = self.actor_mention(i + 2 + the) else {
                continue;
            };
            let end = self.mentions[speaker].tokens.end;
            let content = if self.s.is(end, ",") && i == 0 {
                end + 1..self.s.len()
            } else {
                0..i
            };
            if let Some(content) = nonempty(content) {
                result.statements.push(Statement {
                    speaker: Some(speaker),
                    entry: say,
                    trigger: i..i + 2,
                    content,
                });
            }
        }
    }

    /// "As the White House pointed out, …", "As Wang Yi put it, …": an opening
    /// aside whose verb need not be in the lexicon.
    fn as_aside(&self, result: &mut ClauseResult) {
        if !self.s.is(0, "as") || !result.statements.is_empty() {
            return;
        }
        let start = 1 + usize::from(self.s.is(1, "the"));
        let Some(speaker) = self.actor_mention(start) else {
            return;
        };
        let verb_start = self.mentions[speaker].tokens.end;
        let Some(comma) =
            (verb_start..(verb_start + 4).min(self.s.len())).find(|&i| self.s.is(i, ","))
        else {
            return;
        };
        let plain = comma > verb_start
            && (verb_start..comma)
                .all(|i| self.s.kind(i) == Some(TokenKind::Word) && self.mention_at[i].is_none());
        let Some(say) = self.lexicon.lookup("say").first().map(|(e, _)| *e) else {
            return;
        };
        if let Some(content) = nonempty(comma + 1..self.s.len()).filter(|_| plain) {
            result.statements.push(Statement {
                speaker: Some(speaker),
                entry: say,
                trigger: verb_start..comma,
                content,
            });
        }
    }

    /// '"…," he said. "More words."': a sentence that is only a quotation goes on
    /// with the previous speaker.
    fn continued_quote(&self, result: &mut ClauseResult) {
        if self.s.kind(0) != Some(TokenKind::Quote) {
            return;
        }
        let close = (1..self.s.len())
            .find(|&i| self.s.kind(i) == Some(TokenKind::Quote))
            .unwrap_or(self.s.len());
        let Some(say) = self.lexicon.lookup("say").first().map(|(e, _)| *e) else {
            return;
        };
        if let Some(content) = nonempty(1..close) {
            result.statements.push(Statement {
                speaker: None,
                entry: say,
                trigger: 0..1,
                content,
            });
        }
    }

    /// Events inside a statement's content are reported, not asserted.
    fn mark_reported(&self, result: &mut ClauseResult) {
        // '"We will not retreat," he said': the comma belongs to the attribution.
        for st in &mut result.statements {
            while st.content.len() > 1
                && self.lower_is(st.content.end - 1, &[",", ":", ";", "-", "—"])
            {
                st.content.end -= 1;
            }
        }
        for event in &mut result.events {
            let at = event.trigger.start;
            let unattributed = result.unattributed.iter().any(|r| r.contains(&at));
            if unattributed && matches!(event.modality, Modality::Asserted | Modality::Future) {
                event.modality = Modality::Reported;
            }
            if let Some(k) = result
                .statements
                .iter()
                .position(|s| s.content.contains(&at))
            {
                event.statement = Some(k);
                // What a speaker says will happen is still only what they say.
                if matches!(event.modality, Modality::Asserted | Modality::Future) {
                    event.modality = Modality::Reported;
                }
            }
        }
        self.derive_accusations(result);
    }

    /// "X said that Y attacked Z": event coders also read X accusing Y (CAMEO 112).
    fn derive_accusations(&self, result: &mut ClauseResult) {
        let Some(accuse) = self
            .lexicon
            .lookup("accuse")
            .iter()
            .map(|&(e, _)| e)
            .find(|&e| self.lexicon.entry(e).frame == [FrameItem::Target])
        else {
            return;
        };
        let mut derived = Vec::new();
        for event in &result.events {
            let Some(k) = event.statement else { continue };
            let Some(speaker) = result.statements[k].speaker else {
                continue;
            };
            let conflict = matches!(
                self.lexicon.entry(event.entry).quad_class,
                QuadClass::VerbalConflict | QuadClass::MaterialConflict
            );
            let accused = self.mentions[event.source].actor;
            if conflict
                && event.modality == Modality::Reported
                && !event.negated
                && self.mentions[speaker].actor != accused
                && !derived
                    .iter()
                    .any(|d: &ClauseEvent| d.target == event.source)
            {
                derived.push(ClauseEvent {
                    source: speaker,
                    target: event.source,
                    entry: accuse,
                    trigger: result.statements[k].trigger.clone(),
                    negated: false,
                    modality: Modality::Asserted,
                    statement: Some(k),
                });
            }
        }
        result.events.extend(derived);
    }
}

/// Keeps only the object pronouns some event uses ("withdrew its troops from
/// Ukraine" reads "its" as a modifier), renumbering the events' mention indices.
fn drop_unused_pronouns(result: &mut ClauseResult, base: usize) {
    let used = |k: usize| {
        let m = base + k;
        result.events.iter().any(|e| e.source == m || e.target == m)
            || result.statements.iter().any(|st| st.speaker == Some(m))
    };
    let keep: Vec<bool> = (0..result.pronouns.len()).map(used).collect();
    let mut new_index = Vec::with_capacity(keep.len());
    let mut next = base;
    for &kept in &keep {
        new_index.push(next);
        next += usize::from(kept);
    }
    let renumber = |m: &mut usize| {
        if *m >= base {
            *m = new_index[*m - base];
        }
    };
    for e in &mut result.events {
        renumber(&mut e.source);
        renumber(&mut e.target);
    }
    for speaker in result
        .statements
        .iter_mut()
        .filter_map(|st| st.speaker.as_mut())
    {
        renumber(speaker);
    }
    let mut k = 0;
    result.pronouns.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

fn nonempty(r: Range<usize>) -> Option<Range<usize>> {
    (r.start < r.end).then_some(r)
}

/// Lower-case "-ly" words: "constantly", "reportedly".
fn is_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && word.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}
