//! A shallow clause analysis: from a sentence's mentions and verbs to events.
//!
//! No parser: for each lexicon verb the analysis walks left to find its
//! subject (skipping adverbs, auxiliaries, time phrases and parentheticals,
//! following coordination) and matches the verb's frames to the right to find
//! its targets. Reporting verbs become statements whose content is the quote
//! or the reported clause; events inside that content are marked reported.
//!
//! This file holds the sentence's verbs, mentions and noun phrases; the walk to
//! a verb's subject is in `subjects.rs`, the frames to its targets in
//! `frames.rs`, statements in `attribution.rs`.

use std::ops::Range;

use crate::actors::{Mention, MentionKind};
use crate::relations::lexicon::{FrameItem, Inflection, Lexicon};
use crate::relations::Modality;
use crate::text::{Sentence, TokenKind, WordList, Words};

/// Texts an actor puts out whose gerund clause acts for it: "issued a statement
/// urging Egypt to …", "adopted a resolution condemning Israel" ([`Ctx::published_by`]).
pub(super) static PUBLISHED_TEXTS: WordList = WordList::new(&[
    "statement",
    "statements",
    "letter",
    "letters",
    "communique",
    "communiqué",
    "declaration",
    "resolution",
    "report",
    "message",
    "note",
    "video",
    "tweet",
]);

/// Verbs that put out a text of [`PUBLISHED_TEXTS`]: "issued a statement".
pub(super) static PUBLISHING_VERBS: WordList = WordList::new(&[
    "issued",
    "issues",
    "issue",
    "issuing",
    "released",
    "releases",
    "release",
    "published",
    "publishes",
    "publish",
    "sent",
    "sends",
    "send",
    "adopted",
    "adopts",
    "adopt",
    "passed",
    "passes",
    "pass",
    "posted",
    "posts",
    "post",
    "wrote",
    "writes",
    "write",
    "signed",
    "signs",
    "sign",
]);

/// Words that open an adverbial gerund clause whose subject is the main clause's:
/// "after accusing", "without consulting", "by sending".
pub(super) static GERUND_OPENERS: WordList = WordList::new(&[
    "after", "before", "while", "without", "by", "upon", "since", "when", "besides", "despite",
]);

/// Verbs of going somewhere: "deployed to Nigeria to train" is the infinitive of
/// those who went.
pub(super) static MOTION_VERBS: WordList = WordList::new(&[
    "arrived",
    "came",
    "deployed",
    "flew",
    "headed",
    "moved",
    "returned",
    "sailed",
    "travelled",
    "traveled",
    "went",
    "arrive",
    "come",
    "deploy",
    "fly",
    "go",
    "head",
    "return",
    "travel",
    "arrives",
    "comes",
    "deploys",
    "flies",
    "goes",
    "heads",
    "returns",
    "travels",
]);

/// Words between a subject and its verb that do not break the clause.
pub(super) static SKIPPABLE: WordList = WordList::new(&[
    "also",
    // "India and the US have both indicted …", "they all condemned …".
    "both",
    "all",
    // "The UK and France however have opposed …".
    "however",
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
    "wo",
    "ca",
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
    "resumed",
    "resumes",
    "resume",
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
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "failed",
    "fails",
    "tried",
    "tries",
    "try",
    "sought",
    "seeks",
    "seek",
    "attempt",
    "attempts",
    "attempted",
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
    "willing",
    "prepared",
    "going",
    "set",
    "able",
    "unable",
    "longer",
    "no",
]);
/// Governing verbs in "-ing" that [`Subject`] search passes after a form of "be":
/// "Turkmenistan is trying to strike a deal with Russia".
pub(super) static PROGRESSIVE_GOVERNORS: WordList = WordList::new(&[
    "trying",
    "seeking",
    "attempting",
    "planning",
    "hoping",
    "intending",
    "preparing",
    "aiming",
    "vowing",
    "promising",
    "pledging",
    "threatening",
    "offering",
    "working",
    "struggling",
    "pushing",
    "looking",
]);
pub(super) static MODAL_HYPOTHETICAL: WordList = WordList::new(&[
    "could",
    "may",
    "might",
    "would",
    "should",
    "must",
    "can",
    "ca",
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
    "willing",
    "prepared",
    "likely",
    "able",
    "set",
]);
/// Words between an event noun and the actor that owns it: "Israeli air raids",
/// "Russian missile strikes", "a Turkish cross-border operation".
pub(super) static EVENT_NOUN_MODIFIERS: WordList = WordList::new(&[
    "air",
    "missile",
    "drone",
    "rocket",
    "artillery",
    "naval",
    "military",
    "ground",
    "cross-border",
    "overnight",
    "new",
    "latest",
    "fresh",
    "deadly",
    "recent",
    "renewed",
    "repeated",
    "alleged",
    "suicide",
    "bomb",
]);

/// Armed men and weapons that act for the group or country named right before
/// them: "Taliban attackers", "Houthi drones", "Syrian regime warplanes".
pub(super) static ARMED_MEMBERS: WordList = WordList::new(&[
    "attackers",
    "assailants",
    "gunmen",
    "militants",
    "fighters",
    "jihadists",
    "insurgents",
    "rebels",
    "guerrillas",
    "bombers",
    "warplanes",
    "jets",
    "aircraft",
    "helicopters",
    "drones",
    "warships",
    "gunboats",
    "commandos",
    "militiamen",
    "snipers",
    // Weapons fired or dropped act for their owner: "Russian missiles hit Kyiv",
    // "a Syrian government rocket struck the market".
    "missiles",
    "missile",
    "rockets",
    "rocket",
    "mortars",
    "shells",
    "bombs",
    "artillery",
    "tanks",
    "gunships",
    "drone",
]);
/// Words between an armed noun and its owner: "Russian fighter jets", "Iranian
/// ballistic missiles", "Israeli attack helicopters".
pub(super) static ARMED_MODIFIERS: WordList = WordList::new(&[
    "air",
    "attack",
    "ballistic",
    "combat",
    "cruise",
    "fighter",
    "military",
    "navy",
    "naval",
    "war",
]);
/// Role words that stand for the person named after them or the country of the
/// adjective before them: "his counterpart Sergio Mattarella", "his Lebanese counterpart".
pub(super) const COUNTERPARTS: &[&str] = &["counterpart", "counterparts"];

/// Words that end a participle's phrase looking left from an actor in it: "Officials
/// who met rebels holding …" (see `participle_owner`).
pub(super) const PARTICIPLE_PHRASE_ENDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "as", "because",
    "if", "said", "says", "and", "but", "or",
];

/// Nouns in "-ing" that follow an actor's name ("a NATO meeting", "US funding"), and
/// "-ing" words that are no participle of a clause there: prepositions ("following a
/// UK court order"), "acting" in a title ("NMC acting general manager X said").
pub(super) const ING_NOUNS: &[&str] = &[
    "following",
    "regarding",
    "concerning",
    "according",
    "during",
    "pending",
    "acting",
    "meeting",
    "meetings",
    "funding",
    "training",
    "building",
    "buildings",
    "spending",
    "briefing",
    "hearing",
    "hearings",
    "ruling",
    "rulings",
    "ceiling",
    "offering",
    "offerings",
    "holdings",
    "earnings",
    "financing",
    "pricing",
    "shipping",
    "lending",
    "bombing",
    "bombings",
    "shelling",
    "shooting",
    "shootings",
    "killings",
    "uprising",
    "warning",
    "warnings",
    "landing",
    "landings",
    "sightings",
    "listing",
    "ranking",
    "rating",
    "ratings",
    "standing",
    "polling",
    "posting",
    "reporting",
    "marketing",
    "trading",
    "dealings",
    "undertaking",
    "wrongdoing",
    "misgivings",
    "proceedings",
    "crossing",
    "crossings",
    "gathering",
    "gatherings",
    "setting",
    "timing",
    "morning",
    "evening",
    "spring",
    "string",
    "thing",
    "things",
    "something",
    "nothing",
    "anything",
    "everything",
    "king",
    "wedding",
    "beijing",
];

/// Words that join the items of a list of actors: "Russia and China", "the US &
/// Russia" (headlines and agency copy write "&").
const LIST_JOINERS: &[&str] = &["and", "or", "&", "&amp;"];
/// Prepositions that open a circumstance between a subject and its verb
/// ([`Ctx::circumstance_start`]).
pub(super) static CIRCUMSTANCE_OPENERS: WordList =
    WordList::new(&["during", "at", "in", "after", "following", "amid", "ahead"]);

/// Nouns whose infinitive is their own complement, not a purpose
/// ([`Ctx::purpose_of`]): "any plan to attack", "an invitation to visit".
pub(super) static INFINITIVE_NOUNS: WordList = WordList::new(&[
    "plan",
    "plans",
    "invitation",
    "invitations",
    "offer",
    "offers",
    "decision",
    "decisions",
    "intention",
    "intentions",
    "attempt",
    "attempts",
    "bid",
    "bids",
    "right",
    "rights",
    "ability",
    "readiness",
    "willingness",
    "call",
    "calls",
    "request",
    "requests",
    "proposal",
    "proposals",
    "order",
    "orders",
    "threat",
    "threats",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "agreement",
    "agreements",
    "deal",
    "deals",
    "chance",
    "opportunity",
    "permission",
    "power",
    "time",
    "need",
    "way",
    "move",
    "moves",
    "refusal",
    "failure",
    "commitment",
    "commitments",
    "demand",
    "demands",
    "appeal",
    "appeals",
    "plea",
    "pleas",
    "desire",
    "wish",
    "motion",
    "resolution",
    "vote",
    "mandate",
    "authority",
    "authorization",
    "approval",
    "consent",
    "license",
    "licence",
    "warning",
    "warnings",
    "ultimatum",
    "deadline",
    "pressure",
    "reason",
    "reasons",
    "plot",
    "plots",
    "scheme",
    "conspiracy",
]);

/// Role nouns a named person may stand in apposition to: "Russia's top diplomat,
/// Sergei Lavrov, …" ([`Ctx::appositive_name`]).
pub(super) static ROLE_NOUNS: WordList = WordList::new(&[
    "president",
    "minister",
    "diplomat",
    "leader",
    "chief",
    "envoy",
    "ambassador",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "director",
    "head",
    "commander",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "negotiator",
    "adviser",
    "advisor",
    "representative",
    "chairman",
    "chairwoman",
    "chair",
    "prosecutor",
    "judge",
    "general",
    "monarch",
    "ruler",
    "emir",
    "sheikh",
    "lawmaker",
    "senator",
    "counterpart",
]);

/// Nouns after a possessive that speak for their owner: "the army's spokesman said".
pub(super) static SPOKESPEOPLE: WordList = WordList::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "statement",
    "official",
    "officials",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
]);

/// Words of quantity before "of its …": "annexed four of its regions".
pub(super) const PARTITIVES: &[&str] = &[
    "part", "parts", "much", "most", "some", "all", "two", "three", "four", "five", "many",
];

/// Nouns after "its" that name others: "attacked its neighbour" is not an attack
/// on whoever was named before.
pub(super) static RELATIONAL_NOUNS: WordList = WordList::new(&[
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
]);

/// Nouns after "whose" that act for the actor before it: "Belarus, whose leader backs Russia".
pub(super) static WHOSE_HEADS: WordList = WordList::new(&[
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
]);

/// Control verbs that make the infinitive after them a real, negated event.
pub(super) static REFUSALS: WordList = WordList::new(&[
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "failed",
    "fails",
]);
/// Words before "to" that announce an intention: "offered to hand over", "agreed to
/// send troops", "is ready to provide aid". CAMEO codes the cooperation they
/// govern as an intent (root 03). Not "decided to": CAMEO 2.0's DECIDE patterns code
/// the act decided ("decided to exempt X of taxes" 071, "decided to bar" 160), so
/// "decided to ease sanctions on X" stays the easing (085), hypothetical.
pub(super) static INTENT_GOVERNORS: WordList = WordList::new(&[
    "offered",
    "offers",
    "offer",
    "pledged",
    "pledges",
    "pledge",
    "promised",
    "promises",
    "promise",
    "vowed",
    "vows",
    "vow",
    "agreed",
    "agrees",
    "agree",
    "ready",
    "willing",
    "prepared",
    "intends",
    "intended",
    "intend",
    "plans",
    "planned",
    "plan",
    "proposed",
    "proposes",
    "propose",
    "wants",
    "wanted",
    "want",
    "hopes",
    "hoped",
    "hope",
    "planning",
    "hoping",
    "intending",
    "vowing",
    "promising",
    "pledging",
    "offering",
]);
/// Refusals proper among [`REFUSALS`]: CAMEO codes the cooperation they govern as
/// a rejection (root 12); "failed to" stays the governed event, negated.
pub(super) static REFUSERS: WordList = WordList::new(&[
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
]);
/// Verbs of weighing an option before a gerund: "is considering sending aid to".
pub(super) static CONSIDERING: WordList = WordList::new(&[
    "considering",
    "considers",
    "considered",
    "consider",
    "mulling",
    "mulls",
    "mulled",
    "weighing",
    "weighs",
    "weighed",
    "contemplating",
    "contemplates",
    "contemplated",
    "mull",
    "weigh",
    "contemplate",
]);
/// Offers and promises among [`INTENT_GOVERNORS`]: "offered to send troops to
/// Jordan" is an offer of military protection (0334), where "plans to deploy troops"
/// is no cooperation.
pub(super) const OFFERS: &[&str] = &[
    "offered", "offers", "offer", "pledged", "pledges", "pledge", "promised", "promises",
    "promise", "ready", "willing", "agreed", "agrees", "agree",
];
pub(super) const MODAL_FUTURE: &[&str] = &["will", "shall", "'ll", "wo", "going"];
pub(super) static NEGATORS: WordList = WordList::new(&[
    "not",
    "n't",
    "never",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "failed",
    "fails",
    "unable",
    "longer",
]);

pub(super) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];
pub(super) static DETERMINERS: WordList = WordList::new(&[
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
]);
pub(super) static TIME_WORDS: WordList = WordList::new(&[
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
]);
pub(super) const TIME_LEADERS: &[&str] = &[
    "on", "in", "at", "last", "this", "next", "earlier", "late", "early", "during",
];
/// First words of a comma-enclosed aside that may sit between subject and verb.
pub(super) static ASIDE_OPENERS: WordList = WordList::new(&[
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
]);
pub(super) static PREPOSITIONS: WordList = WordList::new(&[
    "on", "with", "to", "of", "from", "for", "against", "into", "in", "near", "along", "at",
    "between", "over", "about", "toward", "towards", "onto", "across", "inside",
]);
/// Nouns after a country adjective that name people, firms or things, not the
/// state: "detained a British aid worker", "sanctioned three Iranian companies".
pub(super) static NOT_THE_STATE: WordList = WordList::new(&[
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
    "artist",
    "artists",
    "athletes",
    "players",
    "scientists",
    "scholars",
    "writers",
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
]);

/// Nouns after a country adjective that make the country the target: "shelled Russian villages".
pub(super) static BORDER_WORDS: WordList = WordList::new(&[
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
]);

/// A lexicon verb found in the sentence.
#[derive(Clone, Debug)]
pub(super) struct VerbHit<'l> {
    pub(super) token: usize,
    pub(super) entries: &'l [(usize, Inflection)],
}

impl VerbHit<'_> {
    /// Whether the word is only ever a gerund ("sending", "accusing").
    pub(super) fn is_gerund(&self) -> bool {
        self.entries
            .iter()
            .all(|(_, f)| f.is_only(Inflection::GERUND))
    }
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
    /// Token range of the content as written (its first part when the
    /// attribution interrupts a quotation).
    pub content: Range<usize>,
    /// The quotation's second part after an attribution that interrupts it:
    /// '"Hopefully," the president said, "this museum can help us."'.
    pub resumed: Option<Range<usize>>,
    /// The statement of the same sentence whose content holds this one's cue:
    /// "Merkel said Putin told her …" (Putin's statement has Merkel's as parent).
    pub parent: Option<usize>,
}

impl Statement {
    pub(super) fn new(
        speaker: Option<usize>,
        entry: usize,
        trigger: Range<usize>,
        content: Range<usize>,
    ) -> Self {
        Self {
            speaker,
            entry,
            trigger,
            content,
            resumed: None,
            parent: None,
        }
    }

    /// Whether token `i` is part of what was said.
    pub fn says(&self, i: usize) -> bool {
        self.content.contains(&i) || self.resumed.as_ref().is_some_and(|r| r.contains(&i))
    }
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
pub(super) struct Subject {
    pub(super) mentions: Vec<usize>,
    pub(super) negated: bool,
    pub(super) hypothetical: bool,
    pub(super) future: bool,
    /// Reached through "that": the verb heads a complement clause.
    pub(super) after_that: Option<usize>,
    /// Reached through "which", "who" or "whose": background, not news.
    pub(super) relative: bool,
    /// The verb is governed by an intention: "offered to hand over" ([`INTENT_GOVERNORS`]).
    pub(super) intent: bool,
    /// The verb is governed by an offer or promise: "offered to send troops" ([`OFFERS`]).
    pub(super) offer: bool,
    /// The verb is governed by a refusal: "refused to meet" ([`REFUSERS`]).
    pub(super) refusal: bool,
    /// "would" is among the words before the verb: in reported content after a
    /// past reporting verb it is the future seen from the past ("said it would …").
    pub(super) would: bool,
    /// Something besides "would" makes the verb hypothetical ("could", "if", "to").
    pub(super) conditional: bool,
    /// The verb is an option its subject weighs: "is considering sending" ([`CONSIDERING`]).
    pub(super) considered: bool,
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
                sentence.addressed_statement(verb, subject.as_ref(), &mut result);
                consumed_until = result.events[before..]
                    .iter()
                    .map(|e| e.trigger.end)
                    .fold(consumed_until, usize::max);
            }
        }
        sentence.as_aside(&mut result);
        sentence.noun_cue(&mut result);
        for &(noun, entry) in &self.nominals {
            sentence.nominal_event(noun, entry, &mut result);
        }
        // "Talks between Russia and Ukraine resumed": joint event nouns.
        for noun in 0..s.len().saturating_sub(2) {
            if s.is(noun + 1, "between") {
                sentence.joint_event(noun, &mut result);
            }
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
            let (nominal, entries) = self.lexicon.word(&self.lower);
            if let Some(entry) = nominal.filter(|_| !recased) {
                self.nominals.push((i, entry));
            }
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
                        "those", "other", "several", "many", "various", "numerous", "few",
                    ]
                    .iter()
                    .any(|d| s.is(i - 1, d)))
                || self.lower == "states" && states_noun(s, i + 1);
            // "is not appropriate", "was open to": a base or "-s" form after a
            // copula is an adjective or a noun; a verb there is a participle or a
            // gerund ("was attacked", "is attacking").
            let after_copula = {
                let mut k = i;
                while k > 0 && NEGATORS.has(s.word(k - 1)) {
                    k -= 1;
                }
                k > 0 && BE_FORMS.has(s.word(k - 1))
            };
            let predicative = after_copula
                && entries.iter().all(|(_, f)| {
                    !f.has(Inflection::PARTICIPLE)
                        && !f.has(Inflection::GERUND)
                        && !f.has(Inflection::PAST)
                });
            if !nominal && !predicative {
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
                // "Japan lifts sanctions on": the next word opens one of the verb's
                // frames, so it is the verb's object, not the verb of a compound.
                let opens_frame = |next: usize| {
                    v.entries.iter().any(|&(e, _)| {
                        matches!(self.lexicon.entry(e).frame.first(),
                            Some(FrameItem::Word(w)) if s.is(next, w))
                    })
                };
                after_name
                    && verbs.get(k + 1).is_some_and(|next| {
                        next.token == v.token + 1
                            && finite(next)
                            && !v.entries.iter().any(|(_, f)| f.has(Inflection::PAST))
                            && !opens_frame(next.token)
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
pub(super) struct Ctx<'a, 'l> {
    pub(super) s: &'a Sentence<'a>,
    pub(super) mentions: &'a [Mention],
    pub(super) mention_at: &'a [Option<usize>],
    pub(super) lexicon: &'l Lexicon,
    pub(super) verbs: &'a [VerbHit<'l>],
}

impl Ctx<'_, '_> {
    /// Whether token `i` is one of `list`'s words, ignoring ASCII case.
    pub(super) fn lower_is<W: Words + ?Sized>(&self, i: usize, list: &W) -> bool {
        i < self.s.len() && list.has(self.s.word(i))
    }

    /// The mention at token `i`, of any kind; none past the sentence's end.
    pub(super) fn any_mention(&self, i: usize) -> Option<usize> {
        self.mention_at.get(i).copied().flatten()
    }

    /// The actor that owns the event noun at `noun`: right before it ("Russian
    /// attacks"), its possessive ("Russia's attacks") or past one or two modifiers
    /// ("Israeli air raids", "Russian missile strikes").
    pub(super) fn event_noun_owner(&self, noun: usize) -> Option<usize> {
        let mut k = noun;
        while k > 0 && noun - k < 2 && self.lower_is(k - 1, &EVENT_NOUN_MODIFIERS) {
            k -= 1;
        }
        if k >= 2 && self.s.kind(k - 1) == Some(TokenKind::Possessive) {
            k -= 1;
        }
        self.any_mention(k.checked_sub(1)?)
    }

    /// Whether token `i` is an event noun (data/nominals.tsv).
    pub(super) fn is_event_noun(&self, i: usize) -> bool {
        if self.s.kind(i) != Some(TokenKind::Word) {
            return false;
        }
        let word = self.s.word(i);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.lexicon.nominal(&word.to_ascii_lowercase()).is_some()
        } else {
            self.lexicon.nominal(word).is_some()
        }
    }

    /// Whether the word at `noun` is a lower-case noun, not a verb: no verb of the
    /// lexicon ("pressure"), or one after an article or an event noun's modifier ("an
    /// air strike", "a call"), or one that opens the sentence before the verb whose
    /// subject is sought (a lower-case headline's "strike on Russia killed …"); not
    /// "called" in "called on NATO".
    pub(super) fn is_noun_before_preposition(&self, noun: usize) -> bool {
        if self.s.kind(noun) != Some(TokenKind::Word) {
            return false;
        }
        let word = self.s.word(noun);
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && (self.lexicon.lookup(&word.to_ascii_lowercase()).is_empty()
                || noun == 0
                || noun >= 1
                    && (self.lower_is(noun - 1, &EVENT_NOUN_MODIFIERS)
                        || self.lower_is(noun - 1, &["a", "an", "the"])))
    }

    pub(super) fn actor_mention(&self, i: usize) -> Option<usize> {
        let m = (*self.mention_at.get(i)?)?;
        self.mentions[m].can_act().then_some(m)
    }

    pub(super) fn verb_at(&self, token: usize) -> Option<usize> {
        self.verbs.iter().position(|v| v.token == token)
    }

    /// Adds the mentions that share tokens with those given: "the two sides" is
    /// two actors written once.
    pub(super) fn with_twins(&self, list: Vec<usize>) -> Vec<usize> {
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
    pub(super) fn coordinated_left(&self, m: usize) -> Vec<usize> {
        self.list_left(m, false)
    }

    /// [`Self::coordinated_left`]; `after_and`: `m` stands before the list's "and"
    /// ("A, B and other states"), so commas join from the start.
    pub(super) fn list_left(&self, m: usize, after_and: bool) -> Vec<usize> {
        let mut list = vec![m];
        let mut start = self.mentions[m].tokens.start;
        // A comma joins a list only left of its "and": "A, B and C", never "In London, the U.S.".
        let mut seen_and = after_and;
        loop {
            let mut j = start;
            while j > 0 && self.lower_is(j - 1, &DETERMINERS) {
                j -= 1;
            }
            if j == 0
                || !(self.lower_is(j - 1, LIST_JOINERS) || (seen_and && self.s.is(j - 1, ",")))
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
    pub(super) fn noun_phrase(&self, mut i: usize) -> Option<(Vec<usize>, usize)> {
        let mut found = Vec::new();
        loop {
            let mut j = self.after_partitive(i);
            // "his counterpart Sergio Mattarella": the role word before a name.
            while self.actor_mention(j).is_none()
                && (self.lower_is(j, &DETERMINERS) || self.lower_is(j, COUNTERPARTS))
                && j < i + 4
            {
                j += 1;
            }
            let m = match self.actor_mention(j) {
                Some(m) => Some(m),
                // "the border with Ukraine", "the Ukrainian border"
                None if self.lower_is(j, &BORDER_WORDS)
                    && self.lower_is(j + 1, &["with", "of"]) =>
                {
                    self.any_mention(j + 2)
                }
                // "Chinese steel", "the Russian oil refinery", "Ukrainian borders": the country.
                None => self.any_mention(j).filter(|&m| {
                    let after = self.mentions[m].tokens.end;
                    self.mentions[m].kind == MentionKind::Adjective
                        && self.s.kind(after) == Some(TokenKind::Word)
                        && self
                            .s
                            .word(after)
                            .starts_with(|c: char| c.is_ascii_lowercase())
                        && !self.lower_is(after, &NOT_THE_STATE)
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
            // "his Lebanese counterpart": the person the country adjective names.
            if self.lower_is(end, &BORDER_WORDS)
                || (self.mentions[m].kind == MentionKind::Adjective
                    && self.lower_is(end, COUNTERPARTS))
            {
                end += 1;
            }
            i = end;
            if self.lower_is(i, LIST_JOINERS) || (self.s.is(i, ",") && self.list_goes_on(i + 1)) {
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
    pub(super) fn list_goes_on(&self, mut i: usize) -> bool {
        while let Some(m) = self.noun_phrase_start(i) {
            let end = self.mentions[m].tokens.end;
            if self.lower_is(end, LIST_JOINERS) {
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
    pub(super) fn after_partitive(&self, i: usize) -> usize {
        if self.lower_is(i, PARTITIVES) && self.s.is(i + 1, "of") {
            i + 2
        } else {
            i
        }
    }

    pub(super) fn noun_phrase_start(&self, j: usize) -> Option<usize> {
        let mut j = self.after_partitive(j);
        let limit = j + 4;
        while self.actor_mention(j).is_none()
            && (self.lower_is(j, &DETERMINERS) || self.lower_is(j, COUNTERPARTS))
            && j < limit
        {
            j += 1;
        }
        self.actor_mention(j)
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

pub(super) fn nonempty(r: Range<usize>) -> Option<Range<usize>> {
    (r.start < r.end).then_some(r)
}

/// Lower-case "-ly" words: "constantly", "reportedly".
pub(super) fn is_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && word.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// Whether "states" before token `next` is the noun ("the GCC states -- the UAE,
/// Saudi Arabia …", "the Gulf states and Iran"), not the verb ("the report states
/// that …"): punctuation other than a colon or a quote, or a word that cannot
/// start what a statement says, follows.
fn states_noun(s: &Sentence, next: usize) -> bool {
    if next >= s.len() {
        return true;
    }
    match s.kind(next) {
        Some(TokenKind::Quote) => false,
        Some(TokenKind::Word) => [
            "and", "or", "have", "are", "were", "which", "who", "in", "of", "to", "will", "would",
            "had", "agreed", "said",
        ]
        .iter()
        .any(|w| s.is(next, w)),
        _ => !s.is(next, ":"),
    }
}
