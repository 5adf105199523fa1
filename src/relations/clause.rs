//! A shallow clause analysis: from a sentence's mentions and verbs to events.
//!
//! No parser: for each lexicon verb the analysis walks left to find its
//! subject (skipping adverbs, auxiliaries, time phrases and parentheticals,
//! following coordination) and matches the verb's frames to the right to find
//! its targets. Reporting verbs become statements whose content is the quote
//! or the reported clause; events inside that content are marked reported.

use std::ops::Range;

use crate::actors::mentions::{document_after, document_noun};
use crate::actors::{Mention, MentionKind};
use crate::relations::lexicon::{FrameItem, Inflection, Lexicon};
use crate::relations::Modality;
use crate::text::{Sentence, TokenKind, WordList, Words};

/// Texts an actor puts out whose gerund clause acts for it: "issued a statement
/// urging Egypt to …", "adopted a resolution condemning Israel" ([`Ctx::published_by`]).
static PUBLISHED_TEXTS: WordList = WordList::new(&[
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
static PUBLISHING_VERBS: WordList = WordList::new(&[
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
static GERUND_OPENERS: WordList = WordList::new(&[
    "after", "before", "while", "without", "by", "upon", "since", "when", "besides", "despite",
]);

/// Verbs of going somewhere: "deployed to Nigeria to train" is the infinitive of
/// those who went.
static MOTION_VERBS: WordList = WordList::new(&[
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
static PROGRESSIVE_GOVERNORS: WordList = WordList::new(&[
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
static ARMED_MODIFIERS: WordList = WordList::new(&[
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
const PARTICIPLE_PHRASE_ENDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "as", "because",
    "if", "said", "says", "and", "but", "or",
];

/// Nouns in "-ing" that follow an actor's name ("a NATO meeting", "US funding"), and
/// "-ing" words that are no participle of a clause there: prepositions ("following a
/// UK court order"), "acting" in a title ("NMC acting general manager X said").
const ING_NOUNS: &[&str] = &[
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
const LIST_JOINERS: &[&str] = &["and", "or", "&"];
/// Prepositions that open a circumstance between a subject and its verb
/// ([`Ctx::circumstance_start`]).
static CIRCUMSTANCE_OPENERS: WordList =
    WordList::new(&["during", "at", "in", "after", "following", "amid", "ahead"]);

/// Nouns whose infinitive is their own complement, not a purpose
/// ([`Ctx::purpose_of`]): "any plan to attack", "an invitation to visit".
static INFINITIVE_NOUNS: WordList = WordList::new(&[
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
static ROLE_NOUNS: WordList = WordList::new(&[
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
                        "those",
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
    fn is_noun_before_preposition(&self, noun: usize) -> bool {
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
        let mut list = vec![m];
        let mut start = self.mentions[m].tokens.start;
        // A comma joins a list only left of its "and": "A, B and C", never "In London, the U.S.".
        let mut seen_and = false;
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

    /// Walks left from verb `v` to its subject.
    /// "Militants holding three UN workers in Afghanistan said", "Protesters marching
    /// through Kyiv accused Russia", "NATO allies including Germany said": an actor
    /// named at `start`, inside the phrase of a present participle right after another
    /// actor (no comma, quotation or subordinate clause between), is the participle's
    /// object or place; the actor before the participle is the clause's subject.
    fn participle_owner(&self, start: usize) -> Option<usize> {
        let mut k = start;
        while k > 1 && start - k < 12 {
            k -= 1;
            let word = self.s.word(k);
            if self.s.kind(k) != Some(TokenKind::Word)
                || self.lower_is(k, &PARTICIPLE_PHRASE_ENDS)
                || self
                    .actor_mention(k)
                    .is_some_and(|m| self.mentions[m].is_pronoun())
            {
                return None;
            }
            let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
            let participle = (word.len() > 5
                && word.ends_with("ing")
                && lower
                && !ING_NOUNS.contains(&word.to_ascii_lowercase().as_str()))
                // "Rebels backed by Rwanda attacked Goma".
                || (lower && word.ends_with("ed") && self.s.is(k + 1, "by"));
            if !participle {
                continue;
            }
            return self.actor_mention(k - 1).filter(|&a| {
                let a = &self.mentions[a];
                a.tokens.end == k && a.kind != MentionKind::Adjective && !a.is_pronoun()
            });
        }
        None
    }

    /// For a capitalised word `t` right before a verb that is no actor: the person
    /// named before "of", "from" or "at" and the unlisted name `t` ends ("Paul
    /// Spedding of stockbroker Kleinwort Grieveson and Co", "Jane Doe of Smith
    /// Barney"): capitalised words, "and", "&" and a descriptive word in lower case
    /// right after the preposition, up to eight words.
    fn person_of_unlisted(&self, t: usize) -> Option<usize> {
        let capitalised = |k: usize| {
            self.s.kind(k) == Some(TokenKind::Word)
                && self.mention_at[k].is_none()
                && self.s.word(k).starts_with(char::is_uppercase)
        };
        if !capitalised(t) {
            return None;
        }
        let mut k = t;
        while k > 1 && t - k < 8 {
            let prev = k - 1;
            if self.lower_is(prev, &["of", "from", "at"]) {
                let person = self.actor_mention(prev - 1)?;
                let m = &self.mentions[person];
                return (m.kind == MentionKind::Person && m.tokens.end == prev).then_some(person);
            }
            let lower_descriptor = self.s.kind(prev) == Some(TokenKind::Word)
                && self.mention_at[prev].is_none()
                && self.verb_at(prev).is_none()
                && prev >= 1
                && self.lower_is(prev - 1, &["of", "from", "at"]);
            // A firm the finder took for a person ("Kleinwort Grieveson and Co").
            if let Some(m) = self.mention_at[prev].filter(|&m| {
                self.mentions[m].kind == MentionKind::Person && self.mentions[m].tokens.end == k
            }) {
                k = self.mentions[m].tokens.start;
                continue;
            }
            if !(capitalised(prev) || self.lower_is(prev, &["and", "&"]) || lower_descriptor) {
                return None;
            }
            k = prev;
        }
        None
    }

    pub(super) fn subject(&self, v: usize, earlier: &[Option<Subject>]) -> Option<Subject> {
        let verb = self.verbs[v].token;
        let mut subject = Subject::default();
        // "Amnesty issued a statement urging …": the gerund's subject is the author's.
        let gerund = self.verbs[v].is_gerund();
        // "Russia struck Kyiv after accusing NATO …", "…, killing 15 civilians": an
        // adverbial gerund's subject is its clause's.
        if gerund && self.adjunct_gerund(verb) {
            // "without consulting the US": the act did not happen.
            let without = verb > 0 && self.lower_is(verb - 1, &["without"]);
            return self.controlling_subject(verb, earlier).map(|s| Subject {
                negated: without,
                ..s
            });
        }
        // "Serbia, backed by Russia, rejected …": the actor the participle is on.
        if let Some(m) = self.reduced_passive(verb).filter(|_| !gerund) {
            subject.mentions = self.with_twins(self.coordinated_left(m));
            return Some(subject);
        }
        let mut i = if gerund {
            self.published_by(verb).unwrap_or(verb)
        } else {
            verb
        };
        // "three UN workers abducted in Afghanistan are still held": a participle
        // on its noun, the noun the one it was done to.
        if !gerund && self.reduced_relative(verb) {
            return None;
        }
        let mut after_time_word = false;
        let mut infinitive = false;
        while i > 0 {
            let t = i - 1;
            if let Some(m) = self.actor_mention(t) {
                // "Rebels fighting the army in Syria said": the actor before the
                // participle, not one inside its phrase.
                let m = match self.participle_owner(self.mentions[m].tokens.start) {
                    Some(owner) if !gerund => owner,
                    _ => m,
                };
                // "Houthi rebels in Yemen said", "Obama in Berlin said": where the
                // actor before is, not a subject of its own.
                let m = match self.mentions[m].tokens.start {
                    start if start >= 2 && self.lower_is(start - 1, &["in", "inside"]) => self
                        .actor_mention(start - 2)
                        .filter(|&a| {
                            self.mentions[a].tokens.end == start - 1
                                && !self.mentions[a].is_pronoun()
                        })
                        .unwrap_or(m),
                    _ => m,
                };
                let m_start = self.mentions[m].tokens.start;
                // "soldiers deployed to Nigeria to train …", "flew to Cairo to meet
                // …": where someone went is no one's subject; the infinitive's is
                // the one who went.
                if infinitive
                    && m_start >= 2
                    && self.lower_is(m_start - 1, &["to", "in", "into"])
                    && self.lower_is(m_start - 2, &MOTION_VERBS)
                {
                    // The going verb's own subject, read on from it.
                    infinitive = false;
                    i = m_start - 2;
                    continue;
                }
                // "A Russian attack on Kharkiv killed …": the place is the attack's
                // target; its owner acts, and without one nobody does. An actor after
                // a noun's "on" or "against" is never the subject ("An Israeli air
                // strike on Gaza killed …", "Pressure on Russia grew"; not "called on
                // NATO to deploy").
                if m_start >= 2
                    && self.lower_is(m_start - 1, &["on", "against", "in", "near", "into"])
                    && self.is_event_noun(m_start - 2)
                {
                    let owner = self.event_noun_owner(m_start - 2)?;
                    subject.mentions = vec![owner];
                    return Some(subject);
                }
                if m_start >= 2
                    && self.lower_is(m_start - 1, &["on", "against"])
                    && self.is_noun_before_preposition(m_start - 2)
                {
                    // "An Egyptian drone strike on Libya killed …": the noun's owner.
                    subject.mentions = vec![self.event_noun_owner(m_start - 2)?];
                    return Some(subject);
                }
                // "Peter Maurer of the ICRC said": the person named before "of" acts,
                // not the organisation or country that says whose the person is.
                let mut o = m_start;
                if o >= 1 && self.lower_is(o - 1, &["the"]) {
                    o -= 1;
                }
                // "Carlos from Mexico met Obama": where the person is from, too.
                if o >= 2 && (self.s.is(o - 1, "of") || self.s.is(o - 1, "from")) {
                    let person = self.actor_mention(o - 2).filter(|&p| {
                        self.mentions[p].kind == MentionKind::Person
                            && self.mentions[p].tokens.end == o - 1
                    });
                    if let Some(p) = person {
                        subject.mentions = vec![p];
                        return Some(subject);
                    }
                }
                // "Eritrea's ambassador to the African Union said": the envoy speaks
                // for whom it serves, not for where it is sent.
                if o >= 2 && self.s.is(o - 1, "to") {
                    let envoy = self.actor_mention(o - 2).filter(|&p| {
                        matches!(
                            self.mentions[p].kind,
                            MentionKind::Person | MentionKind::Role
                        ) && self.mentions[p].tokens.end == o - 1
                            && self.lower_is(o - 2, &crate::actors::mentions::ENVOYS)
                    });
                    if let Some(p) = envoy {
                        subject.mentions = vec![p];
                        return Some(subject);
                    }
                }
                subject.mentions = self.with_twins(self.coordinated_left(m));
                let first = self.mentions[subject.mentions[0]].tokens.start.min(m_start);
                let mut k = first;
                while k > 0 && self.lower_is(k - 1, &DETERMINERS) {
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
                    subject.conditional = true;
                }
                return Some(subject);
            }
            let word = self.s.word(t);
            // "Paul Spedding of stockbroker Kleinwort Grieveson and Co told Reuters":
            // a person before "of" and a firm nobody listed.
            if let Some(p) = self.person_of_unlisted(t) {
                subject.mentions = vec![p];
                return Some(subject);
            }
            let lower_word_is = |list: &dyn Words| list.has(word);
            // "Iran has to date rejected …": "to date" is "so far", no infinitive.
            if lower_word_is(&["date"]) && t >= 1 && self.s.is(t - 1, "to") {
                i = t - 1;
                continue;
            }
            // "Turkey very generously opened …": a degree word before an adverb.
            let degree = lower_word_is(&["very", "so", "too", "quite", "most", "more"])
                && t + 1 < self.s.len()
                && is_adverb(self.s.word(t + 1));
            // "is trying to strike a deal": a governing verb in the progressive (not
            // "accused China of trying to", "officials seeking to").
            let progressive =
                lower_word_is(&PROGRESSIVE_GOVERNORS) && t >= 1 && self.lower_is(t - 1, BE_FORMS);
            if lower_word_is(&SKIPPABLE) || progressive || is_adverb(word) || degree {
                subject.negated |= lower_word_is(&NEGATORS);
                subject.hypothetical |= lower_word_is(&MODAL_HYPOTHETICAL);
                if lower_word_is(&["would"]) {
                    subject.would = true;
                } else {
                    subject.conditional |= lower_word_is(&MODAL_HYPOTHETICAL);
                }
                subject.future |= lower_word_is(&MODAL_FUTURE);
                // "plans to attack" is not (yet) real; "refused to meet" is a real refusal.
                // "failed on Friday to reach": past a time phrase.
                let mut k = t;
                while k > 0
                    && (self.lower_is(k - 1, &TIME_WORDS) || self.lower_is(k - 1, TIME_LEADERS))
                {
                    k -= 1;
                }
                let refusal = k > 0 && self.lower_is(k - 1, &REFUSALS);
                infinitive |= word.eq_ignore_ascii_case("to");
                if word.eq_ignore_ascii_case("to") && !refusal {
                    subject.hypothetical = true;
                    subject.conditional = true;
                    subject.intent |= k > 0 && self.lower_is(k - 1, &INTENT_GOVERNORS);
                    subject.offer |= k > 0 && self.lower_is(k - 1, OFFERS);
                }
                subject.refusal |=
                    word.eq_ignore_ascii_case("to") && k > 0 && self.lower_is(k - 1, &REFUSERS);
                // "accepted an invitation to visit China": the accepter's intended act.
                let accepted = (word.eq_ignore_ascii_case("to") && k > 0)
                    .then(|| self.accepted_invitation(k - 1))
                    .flatten();
                if let Some(accepting) = accepted {
                    subject.intent = true;
                    i = accepting;
                    after_time_word = false;
                    continue;
                }
                // "began a hunger strike to protest against X": the purpose of the act.
                let purpose = (word.eq_ignore_ascii_case("to") && k > 0)
                    .then(|| self.purpose_of(k - 1))
                    .flatten();
                if let Some(main) = purpose {
                    i = main;
                    after_time_word = false;
                    continue;
                }
                i = t;
                after_time_word = false;
                continue;
            }
            // "is considering sending aid to": the gerund is an option weighed.
            if lower_word_is(&CONSIDERING) && t + 1 == verb {
                subject.considered = true;
                subject.hypothetical = true;
                subject.conditional = true;
                i = t;
                continue;
            }
            // "A delegation here on Thursday called on …": "here" is the reporter's place.
            if lower_word_is(&TIME_WORDS)
                || lower_word_is(&["here"])
                || self.s.kind(t) == Some(TokenKind::Number)
            {
                after_time_word = true;
                i = t;
                continue;
            }
            if after_time_word && lower_word_is(&TIME_LEADERS) {
                i = t;
                continue;
            }
            // "Saudi Arabia in Riyadh on Sunday hosted …": a place between subject and verb.
            if let Some(preposition) = self.place_phrase_start(t) {
                i = preposition;
                continue;
            }
            // "The Foreign Office during a weekly briefing on Thursday welcomed …".
            // Not before a present "-s" form, which may be the phrase's own noun:
            // "Belarus, Byelorussia in older reports, has …".
            let past_follows = self.verbs[v]
                .entries
                .iter()
                .any(|(_, f)| f.has(Inflection::PAST))
                || (verb > 0 && self.lower_is(verb - 1, &SKIPPABLE));
            if let Some(opener) = self.circumstance_start(t).filter(|_| past_follows) {
                i = opener;
                continue;
            }
            if word == "," {
                if let Some(m) = self.appositive_name(t) {
                    subject.mentions = vec![m];
                    return Some(subject);
                }
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
            if lower_word_is(&SPOKESPEOPLE)
                && t >= 2
                && self.s.kind(t - 1) == Some(TokenKind::Possessive)
            {
                if let Some(m) = self.actor_mention(t - 2) {
                    subject.mentions = vec![m];
                    return Some(subject);
                }
            }
            // "A UN report said", "the IAEA's latest report found", "a Russian
            // statement said": a document speaks for whoever wrote it.
            if document_noun(self.s, t) {
                for e in (t.saturating_sub(3).max(1)..=t).rev() {
                    let owner = self.mention_at[e - 1].filter(|&m| {
                        let m = &self.mentions[m];
                        m.tokens.end == e && !m.is_pronoun()
                    });
                    if let Some(m) = owner.filter(|_| document_after(self.s, e) == Some(t)) {
                        subject.mentions = vec![m];
                        return Some(subject);
                    }
                }
            }
            // "Two Israeli air raids hit Gaza": an event noun's owner acts.
            if self.is_event_noun(t) {
                if let Some(owner) = self.event_noun_owner(t) {
                    subject.mentions = vec![owner];
                    return Some(subject);
                }
            }
            // "Taliban attackers stormed", "Hamas militants fired": the armed men of
            // a named group or country act for it.
            if lower_word_is(&ARMED_MEMBERS) && t >= 1 {
                let mut o = t - 1;
                while o > 0 && t - o < 3 && self.lower_is(o, &ARMED_MODIFIERS) {
                    o -= 1;
                }
                let owner = self.actor_mention(o).or_else(|| {
                    self.mention_at[o].filter(|&m| self.mentions[m].kind == MentionKind::Adjective)
                });
                if let Some(m) = owner {
                    subject.mentions = self.with_twins(self.coordinated_left(m));
                    return Some(subject);
                }
            }
            // "the Mercosur bloc of South American countries have agreed", "Members
            // of Congress criticised": the actor that owns the subject's words.
            if let Some(m) = self.owner_before_of(t) {
                subject.mentions = self.with_twins(self.coordinated_left(m));
                return Some(subject);
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

    /// Whether the "-ed" verb at `verb`, right after an actor, is a participle on it
    /// whose clause goes on with its own verb: "three UN workers abducted nearly three
    /// weeks ago in Afghanistan are still held", "journalists detained in Iran were
    /// freed". No object follows it (a preposition, an adverb or a time word does),
    /// and a form of "be" comes within ten words, before any comma or conjunction.
    fn reduced_relative(&self, verb: usize) -> bool {
        let word = self.s.word(verb);
        if !word.ends_with("ed") || verb == 0 || self.mention_at[verb - 1].is_none() {
            return false;
        }
        // Not a verb of saying, whose clause follows ("warned on Thursday that …"),
        // nor after a pronoun ("the package he negotiated with X was …").
        let after_actor = self
            .actor_mention(verb - 1)
            .is_some_and(|m| !self.mentions[m].is_pronoun());
        let speech = self.verb_at(verb).is_some_and(|v| {
            self.verbs[v]
                .entries
                .iter()
                .any(|&(e, _)| self.lexicon.entry(e).is_speech())
        });
        if speech {
            return false;
        }
        let next = verb + 1;
        let no_object = self.lower_is(next, &PREPOSITIONS)
            || self.lower_is(next, &TIME_WORDS)
            || self.lower_is(
                next,
                &["nearly", "almost", "about", "last", "earlier", "since"],
            )
            || is_adverb(self.s.word(next));
        if !(after_actor && no_object) {
            return false;
        }
        (next..(next + 10).min(self.s.len()))
            .take_while(|&j| {
                !self.s.is(j, ",")
                    && !self.lower_is(
                        j,
                        &["and", "or", "but", "while", "as", "that", "it", "he", "she", "they", "we"],
                    )
                    && !matches!(self.s.kind(j), Some(TokenKind::Quote))
                    && self.verb_at(j).is_none_or(|_| j == next)
                    // A new subject: an actor after no preposition.
                    && (j == next
                        || self.actor_mention(j).is_none()
                        || self.lower_is(j - 1, &PREPOSITIONS)
                        || self.mention_at[j - 1] == self.mention_at[j])
            })
            .any(|j| self.lower_is(j, &["is", "are", "was", "were"]))
    }

    /// For a plain word `t` right before a verb that ends an "of" phrase of up to
    /// four words after an actor ("the Mercosur bloc of South American countries",
    /// "members of Congress" has the actor last), the actor before "of".
    fn owner_before_of(&self, t: usize) -> Option<usize> {
        let plain = |k: usize| {
            self.s.kind(k) == Some(TokenKind::Word)
                && self.verb_at(k).is_none()
                && self.mention_at[k].is_none_or(|m| !self.mentions[m].can_act())
                && !self.lower_is(k, &["that", "which", "who", "and", "or", "to"])
        };
        if !plain(t) || !self.s.word(t).starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let of = (t.saturating_sub(4)..t)
            .rev()
            .find(|&k| self.s.is(k, "of"))?;
        if !(of + 1..t).all(plain) {
            return None;
        }
        let m = self.actor_mention(of.checked_sub(1)?)?;
        (self.mentions[m].tokens.end == of).then_some(m)
    }

    /// For the word `t` right before a verb, the actor a relative clause opening
    /// there is about: "Finland, which joined …" (t is "which"), "Belarus, whose
    /// leader backs …" (t is "leader": a leader speaks for the country).
    pub(super) fn relative_subject(&self, t: usize) -> Option<usize> {
        let comma = if self.lower_is(t, &["which", "who"]) {
            t.checked_sub(1)?
        } else if t >= 1 && self.lower_is(t - 1, &["whose"]) && self.lower_is(t, &WHOSE_HEADS) {
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
    pub(super) fn object_pronouns(&self, subjects: &[Option<Subject>]) -> Vec<Mention> {
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
                        && (k == verb.token + 1 || self.lower_is(k - 1, &PREPOSITIONS))
                })
            else {
                continue;
            };
            let object = self.s.is(i, "it") && !self.lower_is(i + 1, BE_FORMS);
            let possessive = self.s.is(i, "its")
                && self.s.kind(i + 1) == Some(TokenKind::Word)
                && !self.lower_is(i + 1, &RELATIONAL_NOUNS);
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
                    MentionKind::Name | MentionKind::Seat | MentionKind::Body | MentionKind::Sector
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
    pub(super) fn sentence_subject(&self, limit: usize) -> Option<usize> {
        let first_comma = (0..limit).find(|&i| self.s.word(i) == ",");
        let starts = [Some(0), first_comma.map(|c| c + 1)];
        starts.into_iter().flatten().find_map(|mut i| {
            while self.lower_is(i, &DETERMINERS) {
                i += 1;
            }
            self.actor_mention(i).filter(|_| i < limit)
        })
    }

    /// For a capitalised word at `end` that is no actor: where "in New York" starts.
    pub(super) fn place_phrase_start(&self, end: usize) -> Option<usize> {
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
    /// Where a circumstance phrase ends at `t` opens, if it sits right after an
    /// actor: "The Foreign Office during a weekly briefing (in Islamabad on
    /// Thursday) welcomed …", "Germany at a summit welcomed …". Up to seven plain
    /// words, no comma or acting actor inside.
    pub(super) fn circumstance_start(&self, t: usize) -> Option<usize> {
        for o in (t.saturating_sub(7)..t).rev() {
            let inside = o + 1;
            // "an order for airliners after it said": a subject pronoun is the
            // clause's own subject, resolved or not, so no circumstance.
            let plain = |k: usize| {
                matches!(self.s.kind(k), Some(TokenKind::Word | TokenKind::Number))
                    && self.mention_at[k].is_none_or(|m| !self.mentions[m].can_act())
                    && !self.lower_is(
                        k,
                        &[
                            "it", "he", "she", "they", "we", "i", "you", "what", "who", "which",
                        ],
                    )
            };
            if !plain(o) && !self.lower_is(o, &CIRCUMSTANCE_OPENERS) {
                return None;
            }
            if self.lower_is(o, &CIRCUMSTANCE_OPENERS)
                && o > 0
                && self.actor_mention(o - 1).is_some()
                && (inside..=t).all(plain)
            {
                return Some(o);
            }
        }
        None
    }

    /// "Russia's top diplomat, Sergei Lavrov, criticised …", "The then president,
    /// Goodluck Jonathan, had rejected …": an actor named alone between two commas
    /// after a role phrase that names no actor at its end is the one the role
    /// phrase describes, so the subject; `close` is the second comma.
    pub(super) fn appositive_name(&self, close: usize) -> Option<usize> {
        let m = self.actor_mention(close.checked_sub(1)?)?;
        let start = self.mentions[m].tokens.start;
        let open = start.checked_sub(1)?;
        let role = open.checked_sub(1)?;
        // "One of their leaders, Orlando dos Santos,": a plural role after "one of".
        let one_of = |k: usize| {
            let word = self.s.word(k);
            word.len() > 3
                && word.ends_with('s')
                && ROLE_NOUNS.has(&word[..word.len() - 1])
                && (k.saturating_sub(4)..k)
                    .any(|j| self.lower_is(j, &["one"]) && self.s.is(j + 1, "of"))
        };
        let role_noun = |k: usize| {
            self.s.kind(k) == Some(TokenKind::Word)
                && self.mention_at[k].is_none()
                && self.s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
                && (self.lower_is(k, &ROLE_NOUNS) || one_of(k))
        };
        // "The head of the Iranian parliament, Ali Larijani,", "the chairman of
        // Migration Watch UK, Sir Andrew Green,": the role noun before "of" (or
        // "for", "to", "at") and what it heads, words only.
        // "Human Rights Watch's director for the Americas, Jose Miguel Vivanco,":
        // a role mention before "for", "to" or "at".
        let role_mention = |k: usize| {
            self.mention_at[k].is_some_and(|r| {
                self.mentions[r].kind == MentionKind::Role && self.mentions[r].tokens.end == k + 1
            })
        };
        let role_of = || {
            (role.saturating_sub(6)..role)
                .rev()
                .find(|&k| self.lower_is(k, &["of", "for", "to", "at"]))
                .is_some_and(|of| {
                    of >= 1
                        && (role_noun(of - 1) || role_mention(of - 1))
                        && (of + 1..open).all(|k| {
                            matches!(
                                self.s.kind(k),
                                Some(TokenKind::Word | TokenKind::Possessive)
                            ) && self.verb_at(k).is_none()
                        })
                })
        };
        let described = self.s.is(open, ",")
            && matches!(
                self.mentions[m].kind,
                MentionKind::Person | MentionKind::Surname
            )
            && (role_noun(role) || role_of());
        described.then_some(m)
    }

    pub(super) fn aside_start(&self, close: usize) -> Option<usize> {
        let lower = close.saturating_sub(12);
        let open = (lower..close).rev().find(|&p| self.s.word(p) == ",")?;
        let first = open + 1;
        // "Germany, Europe's largest economy, welcomed": an appositive after an actor.
        let appositive = open > 0 && self.actor_mention(open - 1).is_some();
        let aside_like =
            appositive || self.lower_is(first, &ASIDE_OPENERS) || self.mention_at[first].is_some();
        aside_like.then_some(open)
    }

    /// For the last word `end` of an object before a purpose infinitive, the verb
    /// whose object it is: "began a hunger strike to protest against X", "donated 250
    /// ventilators to assist Kenya" (the infinitive's subject is that verb's). Up to
    /// eight plain words, no comma and no actor that could be the infinitive's own
    /// subject ("urged NATO to deploy" stays without one).
    pub(super) fn purpose_of(&self, end: usize) -> Option<usize> {
        let noun = self.s.kind(end) == Some(TokenKind::Word)
            && self.mention_at[end].is_none()
            && self
                .s
                .word(end)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && self.verb_at(end).is_none_or(|v| {
                // "a hunger strike to protest": a base form may be the noun.
                self.verbs[v]
                    .entries
                    .iter()
                    .all(|(_, f)| !f.has(Inflection::PAST) && !f.has(Inflection::THIRD_SINGULAR))
            });
        // "denies any plan to attack", "received an invitation to visit": the noun's
        // own complement, not the purpose of the act.
        if !noun || self.lower_is(end, &INFINITIVE_NOUNS) {
            return None;
        }
        let mut j = end;
        for _ in 0..8 {
            let w = j.checked_sub(1)?;
            if let Some(v) = self.verb_at(w) {
                let finite = self.verbs[v]
                    .entries
                    .iter()
                    .any(|(_, f)| f.has(Inflection::PAST) || f.has(Inflection::THIRD_SINGULAR));
                return finite.then_some(w);
            }
            let plain = matches!(self.s.kind(w), Some(TokenKind::Word | TokenKind::Number))
                && self.mention_at[w].is_none_or(|m| !self.mentions[m].can_act())
                && !self.lower_is(w, &["to", "that", "which", "who", "and", "or"]);
            if !plain {
                return None;
            }
            j = w;
        }
        None
    }

    /// For an invitation or offer noun at `noun` before an infinitive, the verb that
    /// accepted it: "accepted an invitation to visit China", "welcomed the offer to
    /// mediate" (up to three words between, as "an official invitation").
    pub(super) fn accepted_invitation(&self, noun: usize) -> Option<usize> {
        if !self.lower_is(noun, &["invitation", "invitations", "offer", "offers"]) {
            return None;
        }
        let mut j = noun;
        for _ in 0..4 {
            let w = j.checked_sub(1)?;
            if self.lower_is(
                w,
                &[
                    "accepted", "accepts", "accept", "welcomed", "welcomes", "welcome",
                ],
            ) {
                return Some(w);
            }
            let modifier = self.s.kind(w) == Some(TokenKind::Word)
                && self.s.word(w).starts_with(|c: char| c.is_ascii_lowercase())
                && self.mention_at[w].is_none_or(|m| self.mentions[m].is_pronoun());
            if !modifier {
                return None;
            }
            j = w;
        }
        None
    }

    /// For a gerund at `gerund` right after a published text (and a time phrase),
    /// the verb that put the text out: "Amnesty issued a statement on Monday urging
    /// Egypt to free them" (the gerund acts for Amnesty), "the Council adopted a
    /// resolution condemning Israel". Up to three modifiers before the text noun
    /// ("issued a strongly worded joint statement").
    pub(super) fn published_by(&self, gerund: usize) -> Option<usize> {
        let mut k = gerund;
        if let Some(start) = (k.saturating_sub(4)..k).find(|&t| self.time_phrase_end(t) == Some(k))
        {
            k = start;
        }
        let noun = k.checked_sub(1)?;
        if !self.lower_is(noun, &PUBLISHED_TEXTS) || self.mention_at[noun].is_some() {
            return None;
        }
        let mut j = noun;
        for _ in 0..5 {
            let w = j.checked_sub(1)?;
            if self.lower_is(w, &PUBLISHING_VERBS) {
                return Some(w);
            }
            let modifier = self.s.kind(w) == Some(TokenKind::Word)
                && self.mention_at[w].is_none()
                && self.s.word(w).starts_with(|c: char| c.is_ascii_lowercase());
            if !modifier {
                return None;
            }
            j = w;
        }
        None
    }

    /// Whether `token` follows a form of "be", making a participle passive.
    pub(super) fn is_passive(&self, verb: &VerbHit) -> bool {
        let participle = verb
            .entries
            .iter()
            .any(|(_, f)| f.has(Inflection::PARTICIPLE));
        let mut i = verb.token;
        while i > 0 && is_adverb(self.s.word(i - 1)) {
            i -= 1;
        }
        // "Bonn and Paris are opposed to the proposal": an adjective, the subject
        // opposes.
        let adjective = self.lower_is(verb.token, &["opposed"]) && self.s.is(verb.token + 1, "to");
        participle
            && !adjective
            && ((i > 0 && self.lower_is(i - 1, BE_FORMS))
                || self.reduced_passive(verb.token).is_some())
    }

    /// "Rebels backed by Rwanda", "Serbia, backed by Russia,": a past participle with
    /// its agent after "by", on the actor right before it (or before a comma).
    pub(super) fn reduced_passive(&self, verb: usize) -> Option<usize> {
        if !self.s.word(verb).ends_with("ed") || !self.s.is(verb + 1, "by") || verb == 0 {
            return None;
        }
        let end = if self.s.is(verb - 1, ",") {
            verb - 1
        } else {
            verb
        };
        let m = self.actor_mention(end.checked_sub(1)?)?;
        (self.mentions[m].tokens.end == end && !self.mentions[m].is_pronoun()).then_some(m)
    }

    /// Whether the gerund at `verb` opens an adverbial clause: after a
    /// subordinating preposition ("after accusing", "without consulting", "by
    /// sending") or a comma after a clause ("…, killing 15 civilians").
    pub(super) fn adjunct_gerund(&self, verb: usize) -> bool {
        let mut k = verb;
        while k > 0 && (is_adverb(self.s.word(k - 1)) || self.lower_is(k - 1, &["not"])) {
            k -= 1;
        }
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        self.lower_is(before, &GERUND_OPENERS)
            // "…, killing 15": a clause must come before the comma.
            || (self.s.is(before, ",")
                && self
                    .verbs
                    .iter()
                    .any(|v| v.token < before && !v.is_gerund()))
    }

    /// The subject of the clause an adverbial gerund at `verb` depends on: the
    /// nearest earlier verb's that is not itself a gerund, as a plain assertion
    /// (no negation, refusal or intent carried over).
    fn controlling_subject(&self, verb: usize, earlier: &[Option<Subject>]) -> Option<Subject> {
        let (v, subject) = self
            .verbs
            .iter()
            .zip(earlier)
            .filter(|(v, _)| v.token < verb)
            .rfind(|(v, s)| s.is_some() && !v.is_gerund())?;
        let subject = subject.as_ref()?;
        if subject.relative {
            return None;
        }
        // Only within the clause: no quotation or semicolon between.
        let between = v.token + 1..verb;
        if between.clone().any(|t| {
            matches!(self.s.kind(t), Some(TokenKind::Quote)) || self.lower_is(t, &[";", ":"])
        }) {
            return None;
        }
        Some(Subject {
            mentions: subject.mentions.clone(),
            hypothetical: subject.hypothetical,
            future: subject.future,
            after_that: subject.after_that,
            would: subject.would,
            conditional: subject.conditional,
            ..Subject::default()
        })
    }

    pub(super) fn is_bare_gerund(&self, verb: &VerbHit) -> bool {
        // "Russian troops massing along the border": the mention before is its subject.
        let after_actor = verb.token > 0 && self.actor_mention(verb.token - 1).is_some();
        // "is once again sending aid", "are still holding": past adverbs to the auxiliary.
        let mut before = verb.token;
        while before > 0
            && (is_adverb(self.s.word(before - 1))
                || self.lower_is(
                    before - 1,
                    &["again", "once", "still", "also", "now", "not"],
                ))
        {
            before -= 1;
        }
        let governed = before > 0
            && self.lower_is(
                before - 1,
                &[
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "began",
                    "begun",
                    "begin",
                    "begins",
                    "started",
                    "start",
                    "starts",
                    "continued",
                    "continue",
                    "continues",
                    "resumed",
                    "keeps",
                    "kept",
                ],
            );
        // "is considering sending": the gerund is what is weighed.
        let weighed = verb.token > 0 && self.lower_is(verb.token - 1, &CONSIDERING);
        !after_actor
            && verb.is_gerund()
            && !governed
            && !weighed
            // "issued a statement urging": the author's act.
            && self.published_by(verb.token).is_none()
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
