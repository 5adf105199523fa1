//! Frames: from a verb and its subject to events — the verb's frames matched to
//! the right (words between, quantities, places, time phrases), passives,
//! event nouns, and accusations derived from statements.

use std::ops::Range;

use super::clause::*;
use crate::actors::MentionKind;
use crate::relations::lexicon::{FrameItem, VerbEntry};
use crate::relations::{Modality, QuadClass};
use crate::text::{TokenKind, WordList};

/// Verbs whose object is what others did to their subject (see `drawn_from`).
static DRAWING: WordList = WordList::new(&[
    "drew",
    "draw",
    "draws",
    "drawn",
    "drawing",
    "faced",
    "faces",
    "face",
    "facing",
    "prompted",
    "prompts",
    "prompting",
    "sparked",
    "sparks",
    "sparking",
    "provoked",
    "provokes",
    "provoking",
    "triggered",
    "triggers",
    "triggering",
    "attracted",
    "attracts",
    "attracting",
    "earned",
    "earns",
    "earning",
    "won",
    "wins",
    "winning",
    "met",
    "came",
]);

/// Verbs of winning and fighting that games and votes use too (see `contest`).
static CONTEST_VERBS: WordList = WordList::new(&[
    "beat",
    "beats",
    "beaten",
    "beating",
    "defeat",
    "defeats",
    "defeated",
    "defeating",
    "thrash",
    "thrashed",
    "thrashes",
    "thrashing",
    "rout",
    "routed",
    "routs",
    "trounce",
    "trounced",
    "trounces",
    "crush",
    "crushed",
    "crushes",
    "edged",
    "overcame",
    "overcome",
    "eliminate",
    "eliminated",
    "eliminates",
    "knocked",
    "hammered",
    "clash",
    "clashed",
    "clashes",
    "battled",
]);

/// Words of sport and of elections (see `contest`).
static CONTESTS: WordList = WordList::new(&[
    "match",
    "matches",
    "final",
    "finals",
    "semi-final",
    "semi-finals",
    "quarter-final",
    "quarter-finals",
    "tournament",
    "championship",
    "championships",
    "cup",
    "trophy",
    "league",
    "singles",
    "doubles",
    "seed",
    "seeded",
    "medal",
    "olympics",
    "olympic",
    "premiership",
    "goal",
    "goals",
    "tries",
    "innings",
    "wickets",
    "game",
    "games",
    "season",
    "title",
    "playoff",
    "play-off",
    "playoffs",
    "derby",
    "fixture",
    "stadium",
    "coach",
    "striker",
    "midfielder",
    "keeper",
    "referee",
    "player",
    "players",
    "squad",
    "team-mate",
    "teammate",
    "round",
    "sets",
    "tiebreak",
    "race",
    "encounters",
    "scrum",
    "award",
    "awards",
    "prize",
    "election",
    "elections",
    "vote",
    "votes",
    "ballot",
    "poll",
    "polls",
    "primary",
    "primaries",
    "runoff",
    "run-off",
    "referendum",
    "constituency",
    "seats",
]);

/// Prepositions that introduce the target of an event noun ("attacks on Kyiv").
const NOMINAL_TARGET_PREPOSITIONS: &[&str] = &[
    "of", "on", "against", "to", "into", "near", "along", "in", "toward", "towards",
];

/// Verbs that announce an act named by an event noun: "announced a ceasefire with".
static ANNOUNCERS: WordList = WordList::new(&[
    "announced",
    "announces",
    "announce",
    "announcing",
    "declared",
    "declares",
    "declare",
    "unveiled",
    "unveils",
    "unveil",
    "confirmed",
    "confirms",
]);

/// Verbs that begin or renew an act named by an event noun: "began its assault on
/// Mosul", "resumed air strikes on" ([`Ctx::object_noun_event`]).
static INITIATORS: WordList = WordList::new(&[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "resumed",
    "resume",
    "resumes",
    "intensified",
    "intensify",
    "intensifies",
    "escalated",
    "escalate",
    "escalates",
    "renewed",
    "renew",
    "renews",
]);

/// Reporting verbs whose that-clause is requested, not reported: "asked that the
/// EU impose sanctions" (the subjunctive of "ask", "request", "propose", "recommend").
static REQUESTERS: WordList = WordList::new(&[
    "asked",
    "asks",
    "ask",
    "requested",
    "requests",
    "request",
    "proposed",
    "proposes",
    "propose",
    "recommended",
    "recommends",
    "recommend",
]);

/// Nouns of joint events and the lexicon verb and relation that code them, read
/// both ways among the actors after "between": "talks between Russia and Ukraine".
const JOINT_NOUNS: &[(&str, &str, &str)] = &[
    ("talks", "hold", "hold talks"),
    ("negotiations", "hold", "negotiate"),
    ("meeting", "hold", "meet"),
    ("meetings", "hold", "meet"),
    ("summit", "hold", "meet"),
    ("consultations", "hold", "hold talks"),
    ("clashes", "clash", "clash"),
    ("fighting", "fight", "fight"),
    ("ceasefire", "declare", "agree ceasefire"),
    ("cease-fire", "declare", "agree ceasefire"),
    ("truce", "declare", "agree ceasefire"),
    ("agreement", "agree", "sign agreement"),
    ("deal", "agree", "sign agreement"),
];

/// How many actors of a coordinated list one verb relates on either side.
const MAX_JOINT_ACTORS: usize = 6;

/// Adverbs of time that may sit inside a frame: "met yesterday with".
static INSERTED_ADVERBS: WordList = WordList::new(&[
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "again",
    "also",
    "jointly",
    "once",
]);

/// Prepositions of an inner phrase of the object: "offers for peace talks by".
const INNER_PREPOSITIONS: &[&str] = &["for", "on", "over", "to", "with", "against", "about"];

/// Words after an object that show no second object follows it (see `object_ends`).
static OBJECT_FOLLOWERS: WordList = WordList::new(&[
    "and",
    "but",
    "after",
    "before",
    "amid",
    "as",
    "while",
    "when",
    "ahead",
    "following",
    "today",
    "yesterday",
    "tonight",
    "again",
    "late",
    "early",
    "last",
    "this",
    "next",
    "earlier",
    "twice",
    "once",
]);

/// Prepositions a `~` in a frame stands for: those that introduce whom an act is
/// aimed at ("of", "in" and "by" name owners, places and agents instead).
pub(super) const TARGET_PREPOSITIONS: &[&str] = &[
    "to", "on", "against", "with", "for", "from", "toward", "towards", "into", "at", "over",
    "upon", "onto",
];

/// Verbs of an inquiry a team is sent for: "sent experts to Alabama to
/// investigate" ([`Ctx::sent_to_inquire`]).
static INQUIRY_VERBS: WordList = WordList::new(&[
    "investigate",
    "probe",
    "inspect",
    "examine",
    "assess",
    "verify",
]);

/// Nouns that head a compound after a frame's literal noun: "aid deliveries to
/// Gaza" for `aid to _`, "arms shipments to" ([`Ctx::literal`]).
static DELIVERY_HEADS: WordList = WordList::new(&[
    "delivery",
    "deliveries",
    "shipment",
    "shipments",
    "convoy",
    "convoys",
    "flights",
    "flows",
    "payments",
    "supplies",
]);

/// Event nouns whose possessive is the one the act was done to ("his arrest", "Navalny's
/// release"), not its agent, unless "of" names that one ("Russia's arrest of Navalny").
static PATIENT_NOUNS: WordList = WordList::new(&[
    "abduction",
    "arrest",
    "assassination",
    "capture",
    "conviction",
    "deportation",
    "detention",
    "execution",
    "expulsion",
    "extradition",
    "imprisonment",
    "jailing",
    "kidnapping",
    "killing",
    "murder",
    "release",
    "torture",
]);

/// What is proposed or decided, which a material verb can only attack in words ("attacked
/// Obama's plan").
static PLANS: WordList = WordList::new(&[
    "bill",
    "bills",
    "budget",
    "decision",
    "decisions",
    "deal",
    "idea",
    "ideas",
    "initiative",
    "law",
    "plan",
    "plans",
    "policies",
    "policy",
    "proposal",
    "proposals",
    "reform",
    "reforms",
    "remarks",
    "comments",
    "stance",
    "strategy",
    "cost",
    "costs",
    "handling",
    "record",
    "ruling",
    "verdict",
    "approach",
]);

/// Objects of "fight" or "clash" that are the fight itself ("fought three wars").
static COGNATE_OBJECTS: WordList = WordList::new(&[
    "battle",
    "battles",
    "conflict",
    "conflicts",
    "skirmish",
    "skirmishes",
    "war",
    "wars",
]);

/// Words that open an aside listing part of an object: "230 troops, including
/// engineers, to Mali" ([`Ctx::aside_end`]).
static ASIDE_OPENERS: WordList = WordList::new(&["including", "among", "mostly", "mainly"]);

/// Compound prepositions that name whom an act concerns, read as a target's
/// preposition ([`Ctx::compound_preposition_end`]).
const COMPOUND_PREPOSITIONS: &[&[&str]] = &[
    &["in", "relation", "to"],
    &["with", "regard", "to"],
    &["with", "respect", "to"],
    &["in", "respect", "of"],
];

/// Currency words after an amount: "a 500 million dollar loan".
const MONEY_UNITS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "yen",
];

/// Nouns that measure out what follows their "of" in a frame: "a wave of strikes".
static MEASURES: WordList = WordList::new(&[
    "wave", "waves", "series", "round", "rounds", "package", "packages", "barrage", "volley",
    "spate", "string", "set", "raft", "slew", "batch", "flurry", "days", "hours", "weeks",
]);

/// Nouns of what someone puts forward or decides, whose agent after a participle owns
/// them: "rejected an appeal lodged by X", "protested the policy imposed by X" ([`Ctx::object_phrase`], with [`AUTHORING`]).
static PUT_FORWARD: WordList = WordList::new(&[
    "proposal",
    "proposals",
    "offer",
    "offers",
    "request",
    "requests",
    "appeal",
    "appeals",
    "demand",
    "demands",
    "bid",
    "bids",
    "initiative",
    "initiatives",
    "invitation",
    "invitations",
    "motion",
    "motions",
    "petition",
    "petitions",
    "complaint",
    "complaints",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charges",
    "lawsuit",
    "ultimatum",
    "plan",
    "plans",
    "draft",
    "resolution",
    "resolutions",
    "policy",
    "policies",
    "law",
    "laws",
    "measures",
    "rules",
    "restrictions",
    "decision",
    "decisions",
]);

/// Participles of putting something forward or deciding it: "a proposal submitted by
/// X", "the laws passed by X" (not
/// "a plan backed by X": who backs a plan did not make it).
static AUTHORING: WordList = WordList::new(&[
    "submitted",
    "lodged",
    "laid",
    "put",
    "made",
    "filed",
    "tabled",
    "presented",
    "proposed",
    "drafted",
    "issued",
    "brought",
    "sent",
    "set",
    "drawn",
    "written",
    "raised",
    "floated",
    "offered",
    "extended",
    "advanced",
    "unveiled",
    "delivered",
    "voiced",
    "levelled",
    "leveled",
    "repeated",
    "imposed",
    "introduced",
    "adopted",
    "passed",
    "enacted",
    "taken",
]);

/// Nouns of a deployed mission whose place after "in" is its host
/// ([`Ctx::mission_host`]): "the peacekeeping mission in Mali".
static MISSION_NOUNS: WordList = WordList::new(&[
    "mission",
    "missions",
    "force",
    "forces",
    "operation",
    "operations",
    "contingent",
]);

/// Kinds of mission that serve their host: "peacekeeping force", "training mission".
static PEACE_MISSIONS: WordList = WordList::new(&[
    "peacekeeping",
    "peace-keeping",
    "peace",
    "stabilization",
    "stabilisation",
    "observer",
    "monitoring",
    "training",
    "humanitarian",
]);

/// Words that end an object phrase before its target could be reached.
static OBJECT_STOPS: WordList = WordList::new(&[
    "and", "or", "but", "that", "which", "who", "whom", "whose", "as", "while", "after", "before",
    "when", "if", "because", "than", "not", "to", "off", "up", "down", "out", "under", "above",
    "below", "since", "until", "through", "via", "within", "without", "around", "beyond",
    "despite", "amid", "among", "like", "per", "by", "at", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
    "should",
]);
impl Ctx<'_, '_> {
    pub(super) fn events_of(
        &self,
        verb: &VerbHit,
        subject: Option<&Subject>,
        result: &mut ClauseResult,
    ) {
        if self.is_bare_gerund(verb) {
            // '"…," he said, adding that …': a statement goes on.
            let goes_on =
                verb.token > 1 && self.s.is(verb.token - 1, ",") && !result.statements.is_empty();
            if let Some((e, _)) = verb
                .entries
                .iter()
                .find(|(e, _)| goes_on && self.lexicon.entry(*e).is_speech())
            {
                self.statement(*e, verb, None, result);
                return;
            }
            // "Russia struck Kyiv after accusing NATO of …": an adverbial gerund
            // acts for its clause's subject.
            if subject.is_none() || !self.adjunct_gerund(verb.token) {
                return;
            }
        }
        if self.is_passive(verb) {
            self.passive_events(verb, subject, result);
            return;
        }
        // "Investors in Japan welcomed …": the actor is where the subject is, not who acts.
        let acting = subject.filter(|s| !self.inside_phrase(s));
        if let Some(subject) = acting {
            if self.received_from(verb, subject, result) {
                return;
            }
        }
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
                let e = self.peacekeeping(e, verb.token + 1, &targets);
                let e = self.sent_to_inquire(e, &targets);
                self.push_verb_events(e, verb, trigger_end, subject, &targets, result);
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
        // "issued a statement saying …" is the document's statement, read elsewhere.
        if verb.is_gerund() && self.published_by(verb.token).is_some() {
            return;
        }
        // "began its assault on Mosul": the event the object names.
        if let Some(subject) = acting.filter(|_| self.lower_is(verb.token, &INITIATORS)) {
            self.object_noun_event(verb, subject, result);
            return;
        }
        // "launched a strategic military operation, Operation X, against": a frame
        // whose words stand further apart than its strict reading allows.
        if let Some(subject) = acting {
            if let Some((e, targets, trigger_end)) = self.loose_frame(verb) {
                self.push_verb_events(e, verb, trigger_end, subject, &targets, result);
                return;
            }
        }
        // "a militia leader charged with war crimes has surrendered": a participle
        // right before "with" is a passive on the noun before it, nobody's words
        // (not "noted with regret that …").
        let charged_with = self.s.word(verb.token).ends_with("ed")
            && self.lower_is(verb.token + 1, &["with"])
            && !(verb.token + 2..verb.token + 6).any(|t| self.lower_is(t, &["that"]));
        if let Some((e, _)) = verb
            .entries
            .iter()
            .find(|(e, _)| !charged_with && self.lexicon.entry(*e).is_speech())
        {
            if let Some(subject) = acting {
                self.announced_event(verb, subject, result);
            }
            self.statement(*e, verb, subject, result);
        }
    }

    /// [`Self::push_events`] for a verb's frame: the subject acts on `targets`, the
    /// trigger runs from the verb to `trigger_end` (at least the verb).
    fn push_verb_events(
        &self,
        e: usize,
        verb: &VerbHit,
        trigger_end: usize,
        subject: &Subject,
        targets: &[usize],
        result: &mut ClauseResult,
    ) {
        self.push_events(
            e,
            self.lexicon.entry(e),
            verb.token..trigger_end.max(verb.token + 1),
            &subject.mentions,
            targets,
            subject,
            result,
        );
    }

    /// "announced a weeklong ceasefire with the Taliban", "announced a suspension of
    /// aid to Egypt", "declared the closure of its border with Togo": an announcing
    /// verb whose object is an event noun (data/nominals.tsv) makes the noun's event,
    /// read with the frames of the noun's verb, from the object ("ceasefire with _")
    /// or after the noun's "of" ("aid to _"). The statement is made as well.
    pub(super) fn announced_event(
        &self,
        verb: &VerbHit,
        subject: &Subject,
        result: &mut ClauseResult,
    ) {
        if !self.lower_is(verb.token, &ANNOUNCERS) {
            return;
        }
        self.object_noun_event(verb, subject, result);
    }

    /// The event named by the event noun a verb takes as its object, read with the
    /// frames of the noun's verb: "announced a ceasefire with", "began its assault on
    /// Mosul" ([`Self::announced_event`], [`INITIATORS`]).
    pub(super) fn object_noun_event(
        &self,
        verb: &VerbHit,
        subject: &Subject,
        result: &mut ClauseResult,
    ) {
        let start = self.skip_inserts(verb.token + 1);
        let noun = (start..(start + 6).min(self.s.len()))
            .take_while(|&j| {
                // "its assault", "their offensive": an owner pronoun is a modifier.
                let owner = |m: usize| {
                    matches!(
                        self.mentions[m].kind,
                        MentionKind::Possessive | MentionKind::Pronoun
                    ) && self.lower_is(j, &["its", "their", "his", "her"])
                };
                // "announced $33 million in assistance": an amount before the noun.
                let amount = self.s.kind(j) == Some(TokenKind::Number)
                    || self.lower_is(j, &["$", "€", "£", "us$"]);
                (self.s.kind(j) == Some(TokenKind::Word) || amount)
                    && self.mention_at[j].is_none_or(owner)
                    && !self.lower_is(j, &["that", "it", "they", "plans", "plan"])
            })
            .find_map(|j| Some((j, self.nominal_at(j)?)));
        let Some((noun, e)) = noun else { return };
        let lemma = &self.lexicon.entry(e).lemma;
        let froms = [Some(start), self.s.is(noun + 1, "of").then_some(noun + 2)];
        for from in froms.into_iter().flatten() {
            for &(x, _) in self.lexicon.lookup(lemma) {
                let entry = self.lexicon.entry(x);
                if entry.lemma != *lemma || entry.is_speech() {
                    continue;
                }
                let Some((targets, end)) = self.match_frame(from, entry, None) else {
                    continue;
                };
                // From the object, the frame must use the noun itself ("ceasefire with").
                if from == start && end <= noun {
                    continue;
                }
                let x = self.peacekeeping(x, from, &targets);
                let entry = self.lexicon.entry(x);
                self.push_events(
                    x,
                    entry,
                    verb.token..end,
                    &subject.mentions,
                    &targets,
                    subject,
                    result,
                );
                return;
            }
        }
        // "began its assault on Mosul": the target of a conflict noun after its own
        // preposition, as in "attacks on Kyiv".
        let entry = self.lexicon.entry(e);
        let conflict = matches!(
            entry.quad_class,
            QuadClass::MaterialConflict | QuadClass::VerbalConflict
        );
        // "a hunger strike", "a general strike": workers' strikes, not air strikes.
        let labour = noun > 0
            && self.lower_is(
                noun - 1,
                &["hunger", "general", "labor", "labour", "national"],
            );
        if conflict && !labour && self.lower_is(noun + 1, &["on", "against", "into", "at"]) {
            if let Some((targets, _)) = self.noun_phrase(noun + 2) {
                self.push_events(
                    e,
                    entry,
                    verb.token..noun + 2,
                    &subject.mentions,
                    &targets,
                    subject,
                    result,
                );
            }
        }
    }

    /// Whether the subject's actor sits in a phrase after a common noun: "investors
    /// in Japan", "people from Syria".
    pub(super) fn inside_phrase(&self, subject: &Subject) -> bool {
        let Some(&first) = subject.mentions.first() else {
            return false;
        };
        let mut k = self.mentions[first].tokens.start;
        while k > 0 && self.lower_is(k - 1, &DETERMINERS) {
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
    pub(super) fn passive_events(
        &self,
        verb: &VerbHit,
        subject: Option<&Subject>,
        result: &mut ClauseResult,
    ) {
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
        let Some(e) = self.passive_entry(verb) else {
            return;
        };
        let agents = agents.or_else(|| self.coercing_state(verb, e).map(|m| vec![m]));
        let Some(agents) = agents else {
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

    /// For a passive act of coercion with no agent ("was arrested in Rwanda", "were
    /// detained on Monday in Tehran"), the state where it happened, as event coders
    /// read it: the country named, or a city's or region's, after "in" in the words
    /// right after the verb.
    ///
    /// People expelled or deported "from" a country are that country's doing ("two
    /// British diplomats were expelled from Russia").
    fn coercing_state(&self, verb: &VerbHit, e: usize) -> Option<usize> {
        let entry = self.lexicon.entry(e);
        let removal = matches!(entry.relation.as_str(), "expel" | "deport");
        if !entry.cameo.starts_with("17") && !removal {
            return None;
        }
        let window = verb.token + 1..(verb.token + 8).min(self.s.len());
        let k = window
            .take_while(|&k| !self.s.is(k, ",") && !self.s.is(k, "by"))
            .find(|&k| self.s.is(k, "in") || removal && self.s.is(k, "from"))?;
        let at = k + 1 + usize::from(self.s.is(k + 1, "the"));
        self.scene_at(at).or_else(|| {
            let m = self.actor_mention(at)?;
            let kind = self.mentions[m].kind;
            (self.mentions[m].tokens.start == at
                && matches!(kind, MentionKind::Name | MentionKind::Seat))
            .then_some(m)
        })
    }

    /// The entry a passive verb takes. The passive subject is the target, so the
    /// frame must start with it, and the frame's words must follow the verb: "was
    /// accused by Russia of aggression" is `_ of aggression`, "was hit by Israel" is
    /// `_` (a strike), never `_ with sanctions`. A verb with no such frame makes no
    /// passive event: "was called on by the UN" is not `call for resignation of _`.
    pub(super) fn passive_entry(&self, verb: &VerbHit) -> Option<usize> {
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
    pub(super) fn admitting_organization(&self, i: usize) -> Option<Vec<usize>> {
        if !self.s.is(i, "into") {
            return None;
        }
        self.noun_phrase(i + 1).map(|(found, _)| found)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_events(
        &self,
        e: usize,
        entry: &VerbEntry,
        trigger: Range<usize>,
        sources: &[usize],
        targets: &[usize],
        subject: &Subject,
        result: &mut ClauseResult,
    ) {
        if self.contest(e, trigger.start) {
            return;
        }
        let figurative = self.figurative(e, trigger.start, targets);
        let (e, entry) = if figurative == e {
            (e, entry)
        } else {
            (figurative, self.lexicon.entry(figurative))
        };
        let mut modality = if subject.hypothetical {
            Modality::Hypothetical
        } else if subject.future {
            Modality::Future
        } else {
            Modality::Asserted
        };
        if let Some(that) = subject.after_that {
            // "demanded that NATO guarantee": the demanded act is not (yet) real.
            // "asked that the EU impose sanctions": a request, even by a reporting verb.
            let governor = self.verbs.iter().rev().find(|v| v.token < that);
            if governor.is_some_and(|g| {
                self.lower_is(g.token, &REQUESTERS)
                    || g.entries
                        .iter()
                        .all(|(x, _)| !self.lexicon.entry(*x).is_speech())
            }) {
                modality = Modality::Hypothetical;
            }
        }
        // "offered to hand over … to Britain": CAMEO codes an announced cooperation
        // as the intent to cooperate (root 03); the relation stays "hand over".
        // "Turkey said it will attack the PKK": an actor announcing its own conflict
        // threatens (root 13), its own cooperation intends it (root 03).
        // "Russia said it would withdraw": "would" after a past reporting verb is the
        // future seen from the past, reported like "will", not a mere possibility.
        if subject.would
            && !subject.conditional
            && modality == Modality::Hypothetical
            && self.in_past_report(trigger.start, result)
        {
            modality = Modality::Future;
        }
        let announced = matches!(modality, Modality::Future | Modality::Hypothetical)
            && sources.first().is_some_and(|&m| self.announces_own(m));
        // "refused to meet", "will not lift the ban": CAMEO codes a refused
        // cooperation as a rejection (root 12); the event stays negated.
        let refused = subject.negated && (subject.refusal || modality == Modality::Future);
        let twin = if subject.considered {
            self.lexicon.considered(e)
        } else if refused && entry.quad_class.is_cooperation() {
            self.lexicon.refusal(e)
        } else if subject.intent
            && modality == Modality::Hypothetical
            && (entry.quad_class.is_cooperation() || subject.offer)
        {
            self.lexicon.intent(e)
        } else if announced && !entry.quad_class.is_cooperation() {
            self.lexicon.threat(e)
        } else if announced {
            self.lexicon.intent(e)
        } else {
            e
        };
        let (e, entry) = (twin, self.lexicon.entry(twin));
        // "The US, Russia and Switzerland met": one event per pair, both ways, for
        // the first MAX_JOINT_ACTORS of a list (at most 30 edges from one verb).
        for &s in sources.iter().take(MAX_JOINT_ACTORS) {
            // "Russia said it had expelled …": the speaker is the source, not "it".
            let s = self.own_speaker(s, result).unwrap_or(s);
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

    /// Whether token `i` lies in what a speaker reported with a past reporting verb
    /// ("said", "told"), as far as the sentence's statements are known.
    pub(super) fn in_past_report(&self, i: usize, result: &ClauseResult) -> bool {
        let past = |cue: usize| {
            self.verb_at(cue).is_some_and(|v| {
                self.verbs[v]
                    .entries
                    .iter()
                    .any(|(_, f)| f.has(crate::relations::lexicon::Inflection::PAST))
            })
        };
        result
            .statements
            .iter()
            .any(|st| st.says(i) && past(st.trigger.start))
            || result.unattributed.iter().any(|r| r.contains(&i))
    }

    /// Matches `entry`'s frame from token `i`; the targets and the end of the trigger phrase.
    ///
    /// `antecedent` stands in for a missing first target: in "NATO, which Russia
    /// accuses of expansion", NATO is what Russia accuses.
    pub(super) fn match_frame(
        &self,
        mut i: usize,
        entry: &VerbEntry,
        antecedent: Option<usize>,
    ) -> Option<(Vec<usize>, usize)> {
        let mut targets = Vec::new();
        let mut trigger_end = i;
        i = self.skip_inserts(i);
        let mut items = entry.frame.iter().peekable();
        // The frame's last literal word and how many it has so far: after a noun's
        // "in" or "from" ("curfew in _", "troops from _"; not the particle of "call in
        // _") the target may be a scene.
        let mut last_word = "";
        let mut words = 0;
        while let Some(item) = items.next() {
            match item {
                FrameItem::Word(w) => {
                    i = self.literal(i, w)?;
                    trigger_end = i;
                    last_word = w;
                    words += 1;
                }
                FrameItem::Gap => {
                    let Some(FrameItem::Word(w)) = items.next() else {
                        return None;
                    };
                    i = match self.after_gap(i, w) {
                        Some(next) => next,
                        // "returned to Peru 12 skulls": the target before what is given.
                        None if self.s.is(i, w) && self.object_after_target(i + 1) => i + 1,
                        None => return None,
                    };
                    trigger_end = i;
                }
                FrameItem::AnyPreposition => {
                    i = self.any_preposition(i)?;
                    trigger_end = i;
                }
                // "withdrew peacekeepers from Sinai": a scene right at the target's
                // place, after a noun's "in" or "from", is the target.
                FrameItem::Target
                    if (last_word == "in" || last_word == "from")
                        && words >= 2
                        && self.scene_at(i).is_some() =>
                {
                    let m = self.scene_at(i)?;
                    targets.push(m);
                    i = self.mentions[m].tokens.end;
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
                        // "sent troops to the UN peacekeeping force in Mali": the host
                        // (not "attacked the UN mission in Mali").
                        let to = i > 0 && self.s.is(i - 1, "to");
                        let host = self.mission_host(end).filter(|_| to);
                        let (found, end) = host.unwrap_or((found, end));
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
                FrameItem::End => {
                    if !self.object_ends(i) {
                        return None;
                    }
                }
                FrameItem::Say => return None,
            }
        }
        (!targets.is_empty()).then_some((targets, trigger_end))
    }

    /// The scene mention ([`MentionKind::Scene`]) that starts at token `i`.
    fn scene_at(&self, i: usize) -> Option<usize> {
        let m = (*self.mention_at.get(i)?)?;
        let scene =
            self.mentions[m].kind == MentionKind::Scene && self.mentions[m].tokens.start == i;
        scene.then_some(m)
    }

    /// Whether mention `m` is a pronoun right after a reporting verb, so the
    /// speaker speaks of itself: "Turkey said (that) it will …", "Iran warned it
    /// could …".
    pub(super) fn announces_own(&self, m: usize) -> bool {
        self.own_cue(m).is_some()
    }

    /// The reporting verb right before pronoun `m` ("said it", "said that it", "said
    /// on Friday it"), if there is one.
    pub(super) fn own_cue(&self, m: usize) -> Option<usize> {
        let mention = &self.mentions[m];
        if mention.kind != MentionKind::Pronoun {
            return None;
        }
        let mut k = mention.tokens.start;
        if k > 0 && self.s.is(k - 1, "that") {
            k -= 1;
        }
        if let Some(start) = (k.saturating_sub(4)..k).find(|&t| self.time_phrase_end(t) == Some(k))
        {
            k = start;
        }
        let cue = k.checked_sub(1)?;
        self.verb_at(cue)
            .is_some_and(|v| {
                self.verbs[v]
                    .entries
                    .iter()
                    .any(|&(e, _)| self.lexicon.entry(e).is_speech())
            })
            .then_some(cue)
    }

    /// For a pronoun right after a reporting verb that stands for the speaker
    /// ("Russia said it had expelled …", "Farc has said it will release …"), the
    /// speaker's own mention: the event's source is written there.
    pub(super) fn own_speaker(&self, m: usize, result: &ClauseResult) -> Option<usize> {
        let cue = self.own_cue(m)?;
        let actor = self.mentions[m].actor;
        result
            .statements
            .iter()
            .filter(|st| st.trigger.start == cue)
            .find_map(|st| st.speaker)
            .filter(|&sp| self.mentions[sp].actor == actor)
            // "TASZ has said it will refuse …" with no statement made: the speaker's
            // name before the cue, when the pronoun stands for it.
            .or_else(|| {
                (0..cue).rev().find_map(|t| {
                    self.actor_mention(t).filter(|&n| {
                        self.mentions[n].actor == actor && !self.mentions[n].is_pronoun()
                    })
                })
            })
    }

    /// Whether the object ends before token `i`: the sentence or clause ends, or a
    /// preposition, conjunction, infinitive, adverb or time phrase follows — not a
    /// second object ("called Putin a killer", "called Russia's move illegal").
    pub(super) fn object_ends(&self, i: usize) -> bool {
        match self.s.kind(i) {
            None => true,
            Some(TokenKind::Word) => {
                self.lower_is(i, &PREPOSITIONS)
                    || self.lower_is(i, &OBJECT_FOLLOWERS)
                    || is_adverb(self.s.word(i))
                    || self.time_phrase_end(i).is_some()
            }
            Some(TokenKind::Number | TokenKind::Possessive) => false,
            Some(_) => true,
        }
    }

    /// For a subject inside a relative clause ("NATO, which Russia accuses …"),
    /// the noun the clause is about.
    pub(super) fn relative_antecedent(&self, subject: &Subject) -> Option<usize> {
        let k = self.mentions[*subject.mentions.first()?].tokens.start;
        let relative = k >= 3
            && self.lower_is(k - 1, &["which", "whom", "who", "that"])
            && self.s.is(k - 2, ",");
        relative.then(|| self.actor_mention(k - 3)).flatten()
    }

    /// The frame's literal words, without its target: "Russia and China held talks".
    /// Where the trigger ends, if so ("failed to reach agreement" is one trigger,
    /// so "reach" is not read again).
    pub(super) fn frame_without_target(&self, i: usize, entry: &VerbEntry) -> Option<usize> {
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
                        let missing_preposition =
                            PREPOSITIONS.contains(w) && entry.frame[k + 1..] == [FrameItem::Target];
                        // "fought poverty" for `with _`: an object is there instead.
                        let object_instead = k == 0
                            && entry.quad_class == QuadClass::MaterialConflict
                            && self.plain_object(i);
                        return (missing_preposition && !object_instead).then_some(end);
                    }
                },
                // "Germany and France fought", not "… called for action to fight
                // poverty": a bare conflict verb's object that names no actor is no
                // one another (a topic of talks is: "discussed trade").
                FrameItem::Target
                    if k == 0
                        && entry.quad_class == QuadClass::MaterialConflict
                        && self.plain_object(i) =>
                {
                    return None
                }
                FrameItem::Target | FrameItem::AnyPreposition => return Some(end),
                _ => return None,
            }
        }
        Some(end)
    }

    /// Whether a noun phrase that names no actor opens at `i`: a determiner, or a
    /// lower-case word that is no preposition, conjunction, time word or adverb.
    fn plain_object(&self, i: usize) -> bool {
        if i >= self.s.len()
            || self.s.kind(i) != Some(TokenKind::Word)
            || self.mention_at[i].is_some()
        {
            return false;
        }
        // "fought a war", "fought three wars", "held talks": an event noun as the
        // object is the act itself.
        if (i..(i + 5).min(self.s.len()))
            .any(|j| self.nominal_at(j).is_some() || self.lower_is(j, &COGNATE_OBJECTS))
        {
            return false;
        }
        let word = self.s.word(i);
        self.lower_is(i, &DETERMINERS)
            || (word.starts_with(|c: char| c.is_ascii_lowercase())
                && !self.lower_is(i, &PREPOSITIONS)
                && !self.lower_is(i, &TIME_WORDS)
                && !self.lower_is(
                    i,
                    &[
                        "and",
                        "or",
                        "but",
                        "to",
                        "again",
                        "together",
                        "back",
                        "each",
                        "almost",
                        "repeatedly",
                        "often",
                        "hard",
                        "briefly",
                        "twice",
                        "once",
                        "here",
                        "there",
                        "over",
                        "alongside",
                    ],
                )
                && !is_adverb(word))
    }

    /// Finds literal `w` at `i`, after up to three modifiers unless it is a
    /// preposition. A preposition may come after a time phrase or a place ("agreed
    /// on Thursday to hold talks", "held talks in Jerusalem with"); a noun may be
    /// written as a synonym the event nouns share a coding with ("launched an
    /// assault on" for `attack on`).
    pub(super) fn literal(&self, i: usize, w: &str) -> Option<usize> {
        if PREPOSITIONS.contains(w) {
            if self.s.is(i, w) {
                return Some(i + 1);
            }
            let after = self.skip_inserts(i);
            if self.s.is(after, w) {
                return Some(after + 1);
            }
            // "sent 230 troops, including engineers, to Mali": past an aside on the object.
            if let Some(past) = self.aside_end(i).filter(|&p| self.s.is(p, w)) {
                return Some(past + 1);
            }
            // "carried out attacks, mainly on military targets": a comma and an adverb.
            if self.s.is(i, ",")
                && self.s.kind(i + 1) == Some(TokenKind::Word)
                && is_adverb(self.s.word(i + 1))
                && self.s.is(i + 2, w)
            {
                return Some(i + 3);
            }
            // "imposed sanctions in relation to Iraq": a compound preposition of a target.
            if TARGET_PREPOSITIONS.contains(&w) {
                if let Some(past) = self.compound_preposition_end(after) {
                    return Some(past);
                }
            }
            // "lifted sanctions imposed on Eritrea": a participle on the frame's noun.
            let participle = self.s.kind(i) == Some(TokenKind::Word)
                && self.mention_at[i].is_none()
                && self.s.word(i).ends_with("ed")
                && self.s.word(i).starts_with(|c: char| c.is_ascii_lowercase());
            if participle && self.s.is(i + 1, w) {
                return Some(i + 2);
            }
            // "held talks in Cairo on Sunday with", "on Sunday in Cairo with".
            let place = self.place_end(after).or_else(|| self.place_end(i))?;
            let after_place = self.skip_inserts(place);
            return self.s.is(after_place, w).then_some(after_place + 1);
        }
        let synonym = self.lexicon.nominal(w);
        let i = self.before_modifiers(i, w);
        (i..self.s.len())
            .take(4)
            .take_while(|&j| {
                // "withdrew its troops from": a possessive pronoun is a modifier here.
                // "200 tonnes of food aid", "euros in humanitarian funding": a
                // preposition other than an infinitive's "to" ends the modifiers.
                j == i
                    || (matches!(
                        self.s.kind(j - 1),
                        Some(TokenKind::Word | TokenKind::Number)
                    ) && (self.s.is(j - 1, "to") || !self.lower_is(j - 1, &PREPOSITIONS))
                        && self.mention_at[j - 1].is_none_or(|m| self.mentions[m].is_pronoun()))
            })
            .find(|&j| {
                self.s.is(j, w)
                    || synonym.is_some_and(|e| {
                        self.mention_at[j].is_none() && self.nominal_at(j) == Some(e)
                    })
            })
            // "suspended aid deliveries to Gaza": the compound's head follows.
            .map(|j| {
                if self.lower_is(j + 1, &DELIVERY_HEADS) {
                    j + 2
                } else {
                    j + 1
                }
            })
    }

    /// Past an aside on an object that opens at the comma at `i` and closes with a
    /// comma: ", including 20 engineers," in "sent 230 troops, including 20
    /// engineers, to Mali". Up to fourteen words, naming no actor that acts (people
    /// nobody owns and adjectives may be among what is listed).
    pub(super) fn aside_end(&self, i: usize) -> Option<usize> {
        if !self.s.is(i, ",") || !self.lower_is(i + 1, &ASIDE_OPENERS) {
            return None;
        }
        for j in (i + 2)..(i + 16).min(self.s.len()) {
            if self.s.is(j, ",") {
                return (j > i + 2).then_some(j + 1);
            }
            if self.phrase_boundary(j, false) {
                return None;
            }
        }
        None
    }

    /// Past a compound preposition at `i` that names whom an act concerns: "in
    /// relation to", "with regard to", "in respect of" ("imposed sanctions in
    /// relation to Iraq" are sanctions on Iraq).
    pub(super) fn compound_preposition_end(&self, i: usize) -> Option<usize> {
        COMPOUND_PREPOSITIONS
            .iter()
            .find(|words| words.iter().enumerate().all(|(k, w)| self.s.is(i + k, w)))
            .map(|words| i + words.len())
    }

    /// Whether token `j` ends the words a frame may skip before its target: a quote, a
    /// clause's punctuation or "that"/"which"/"who" (with `comma`, a comma too), or an
    /// actor. "sent … a team of medics to Lebanon": an adjective or people nobody owns
    /// are part of what is sent, not its target.
    fn phrase_boundary(&self, j: usize, comma: bool) -> bool {
        matches!(self.s.kind(j), Some(TokenKind::Quote))
            || (comma && self.s.is(j, ","))
            || self.lower_is(j, &[";", ":", "(", ")", "that", "which", "who"])
            || self.actor_mention(j).is_some_and(|m| {
                !matches!(
                    self.mentions[m].kind,
                    MentionKind::Adjective | MentionKind::Sector
                )
            })
    }

    /// Past the preposition that opens a `~ _` target at `i` (after a time phrase
    /// or an adverb: "rushed aid on Monday to Haiti").
    pub(super) fn any_preposition(&self, i: usize) -> Option<usize> {
        let at = |j: usize| self.lower_is(j, TARGET_PREPOSITIONS).then_some(j + 1);
        at(i).or_else(|| at(self.skip_inserts(i)))
    }

    /// Past what may open the noun phrase of a frame's literal noun before its own
    /// modifiers: an article, an amount of money or a quantity ("a $3 billion loan",
    /// "a 500 million dollar loan") and a measure with "of" ("a wave of strikes", "a
    /// sixth package of sanctions", "a fresh round of talks"); never past `w`.
    pub(super) fn before_modifiers(&self, mut i: usize, w: &str) -> usize {
        if self.lower_is(i, &["a", "an", "the"]) {
            i += 1;
        }
        if self.lower_is(i, &["$", "€", "£", "us$"]) {
            i += 1;
        }
        i = self.after_quantity(i);
        if self.lower_is(i, MONEY_UNITS) {
            i += 1;
        }
        // "a sixth package of", "a fresh round of": up to two words before the measure.
        for k in i..(i + 3).min(self.s.len()) {
            if self.lower_is(k, &MEASURES) && self.s.is(k + 1, "of") {
                return k + 2;
            }
            // Never past the literal itself: "carried out a wave of" for `out`.
            if self.s.is(k, w)
                || self.s.kind(k) != Some(TokenKind::Word)
                || self.mention_at[k].is_some()
            {
                break;
            }
        }
        i
    }

    /// The event noun at `i`, if the word there is one.
    pub(super) fn nominal_at(&self, i: usize) -> Option<usize> {
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
    pub(super) fn place_end(&self, i: usize) -> Option<usize> {
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
    pub(super) fn skip_inserts(&self, mut i: usize) -> usize {
        for _ in 0..3 {
            let start = i;
            while i < self.s.len()
                && (is_adverb(self.s.word(i)) || self.lower_is(i, &INSERTED_ADVERBS))
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
    pub(super) fn time_phrase_end(&self, i: usize) -> Option<usize> {
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
                self.lower_is(j, &TIME_WORDS) && (capitalised || (j > i && !self.s.is(j, "may")));
            let date = j > words && self.s.kind(j) == Some(TokenKind::Number);
            if !(time_word || date) || self.mention_at[j].is_some() {
                break;
            }
            j += 1;
        }
        (j > words).then_some(j)
    }

    /// Past a quantity at `i` ([`crate::text::quantity_end`]); `i` itself when
    /// there is none.
    pub(super) fn after_quantity(&self, i: usize) -> usize {
        crate::text::quantity_end(self.s, i).unwrap_or(i)
    }

    /// The target of a frame's `_`: a noun phrase right there, or one reached
    /// through the object phrase ("killed 15 Afghan soldiers", "attacked the last
    /// ISIS bastion", "rejected the proposal of Egypt", "spurned repeated offers for
    /// peace talks by the Kabul government"). Bounded: a quantity, up to four
    /// words of the object's own and one inner prepositional phrase.
    pub(super) fn object_phrase(&self, i: usize, entry: &VerbEntry) -> Option<(Vec<usize>, usize)> {
        let i = self.skip_inserts(i);
        // "asked whether Russia would attack": a question has no object to act on.
        if self.lower_is(i, &["whether", "if"]) {
            return None;
        }
        if let Some(found) = self.noun_phrase(i) {
            // "to threaten its diplomatic rival Taiwan": the name the owner's noun
            // stands in apposition to.
            let owner = found.0.len() == 1
                && self.mentions[found.0[0]].is_pronoun()
                && self.lower_is(i, &["its", "their", "his", "her"])
                && self.mentions[found.0[0]].tokens.end == i + 1;
            if owner {
                let mut k = i + 1;
                while k < (i + 5).min(self.s.len())
                    && self.mention_at[k].is_none()
                    && self.s.kind(k) == Some(TokenKind::Word)
                    && self.s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
                    && !self.lower_is(k, &PREPOSITIONS)
                    && !self.lower_is(k, &OBJECT_STOPS)
                {
                    k += 1;
                }
                let named = k > i + 1
                    && self.actor_mention(k).is_some_and(|m| {
                        matches!(
                            self.mentions[m].kind,
                            MentionKind::Name | MentionKind::Person | MentionKind::Seat
                        )
                    });
                if named {
                    if let Some(apposed) = self.noun_phrase(k) {
                        return Some(apposed);
                    }
                }
            }
            return Some(found);
        }
        let material = matches!(
            entry.quad_class,
            QuadClass::MaterialConflict | QuadClass::MaterialCooperation
        );
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
            // "killed 30 civilians in Ukraine", "humanitarian assistance in Iraq".
            // "the peacekeeping mission in Ukraine": a mission's place is its host.
            let mission = j > 0 && self.lower_is(j - 1, &MISSION_NOUNS) && self.s.is(j, "in");
            // "received aid from Japan": what is received comes from its giver, who
            // is no target of receiving.
            let giver = self.lower_is(j, &["from"]) && RECEIVING.contains(entry.lemma.as_str());
            let owner = self.lower_is(j, &["of", "by", "from"]) && !giver
                || (material && self.lower_is(j, &["in", "inside"]))
                || mission;
            if own_words > 0 && owner {
                // "the families of the 39 migrants": the owner after a quantity.
                let counted = || {
                    let k = j + 1 + usize::from(self.lower_is(j + 1, &["the", "some", "all"]));
                    let past = self.after_quantity(k);
                    (past > k).then(|| self.noun_phrase(past)).flatten()
                };
                if let Some(found) = self.noun_phrase(j + 1).or_else(counted) {
                    // "the release of two journalists by Iran": people nobody owns,
                    // then the one who acts on them.
                    let unowned = found
                        .0
                        .iter()
                        .all(|&m| self.mentions[m].kind == MentionKind::Sector);
                    if unowned && self.s.is(j, "of") && self.s.is(found.1, "by") {
                        if let Some(agent) = self.noun_phrase(found.1 + 1) {
                            return Some(agent);
                        }
                    }
                    return Some(found);
                }
                // "the launch of a missile by North Korea": an "of" phrase that names
                // no actor may come before the owner "by"; once only.
                if !self.s.is(j, "of") || inner_phrase {
                    return None;
                }
                inner_phrase = true;
                j += 1;
                continue;
            }
            // "urged valued partners like Saudi Arabia", "countries such as Japan":
            // the words of no actor are a kind the named actors after it exemplify.
            if own_words > 0 && !inner_phrase {
                let example = if self.s.is(j, "like") {
                    Some(j + 1)
                } else if self.s.is(j, "such") && self.s.is(j + 1, "as") {
                    Some(j + 2)
                } else {
                    None
                };
                // Named actors, not people of a sector ("institutions like universities").
                let found = example
                    .and_then(|k| self.noun_phrase(k))
                    .filter(|(found, _)| {
                        found
                            .iter()
                            .any(|&m| self.mentions[m].kind != MentionKind::Sector)
                    });
                if let Some(found) = found {
                    return Some(found);
                }
            }
            // "condolences to the people and Government of Nepal": words of no actor,
            // then an actor joined to them; or more words of no actor ("to promote
            // private investment and economic development in Ethiopia").
            if own_words > 0 && !inner_phrase && self.s.is(j, "and") {
                let joined = self.noun_phrase(j + 1);
                let next = self.s.word(j + 1);
                // Not a second verb ("to help the fund and prohibit new banks").
                let nominal = self.s.kind(j + 1) == Some(TokenKind::Word)
                    && next.starts_with(|c: char| c.is_ascii_lowercase())
                    && self.mention_at[j + 1].is_none()
                    && self.verb_at(j + 1).is_none()
                    && !self.lower_is(j + 1, &DETERMINERS)
                    && !self.lower_is(j + 1, &OBJECT_STOPS)
                    && !self.lower_is(j + 1, &["whether", "if", "that", "which", "who", "what"])
                    && !is_adverb(next)
                    && !["ed", "ing", "ly"].iter().any(|e| next.ends_with(e));
                if joined.is_some() || !material || !nominal {
                    return joined;
                }
                own_words = 0;
                j += 1;
                continue;
            }
            if own_words > 0 && !inner_phrase && self.lower_is(j, INNER_PREPOSITIONS) {
                inner_phrase = true;
                j += 1;
                continue;
            }
            let word = self.s.word(j);
            // "an appeal lodged by X", "the proposal submitted by X", "proposals
            // laid out by X": who put a proposal or request forward owns it.
            if own_words > 0
                && self.lower_is(j, &AUTHORING)
                && (i..j).any(|k| self.lower_is(k, &PUT_FORWARD))
            {
                let mut k = j + 1;
                if self.lower_is(k, &["out", "up", "forward", "down", "in"]) {
                    k += 1;
                }
                if self.s.is(k, "by") {
                    return self.noun_phrase(k + 1);
                }
            }
            // "a resolution criticising Israel", "the plan approved by": a clause
            // on the object, not its owner ("the rebel-held enclave of", "state-led
            // company": a compound adjective is the object's own word).
            let participle = own_words > 0
                && (word.ends_with("ing") || word.ends_with("ed"))
                && !word.contains('-')
                && self.nominal_at(j).is_none();
            let plain_word = self.s.kind(j) == Some(TokenKind::Word)
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && !participle
                && !self.lower_is(j, &PREPOSITIONS)
                && !self.lower_is(j, &OBJECT_STOPS);
            if self.lower_is(j, &DETERMINERS) || self.s.kind(j) == Some(TokenKind::Number) {
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

    /// "Brazil beat Argentina 3-1", "Davenport defeated China's Jie Zheng 6-2 7-5",
    /// "France must defeat the Irish to keep alive their hopes of retaining the
    /// trophy", "the Champions League clash with Barcelona", "Labour defeated the
    /// Tories in the election": a win or a clash in a game or a vote, which is no use
    /// of force (CAMEO 18-19). The sentence has a score or a word of sport or of
    /// elections.
    pub(super) fn contest(&self, e: usize, verb: usize) -> bool {
        let cameo = &self.lexicon.entry(e).cameo;
        if !(cameo.starts_with("18") || cameo.starts_with("19"))
            || !self.lower_is(verb, &CONTEST_VERBS)
        {
            return false;
        }
        let score = |k: usize| {
            let small =
                |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
            let word = self.s.word(k);
            match word.split_once('-') {
                Some((a, b)) => small(a) && small(b),
                None => {
                    small(word)
                        && self.s.is(k + 1, "-")
                        && small(self.s.word(k + 2))
                        && self.s.kind(k + 2) == Some(TokenKind::Number)
                }
            }
        };
        (0..self.s.len()).any(|k| self.lower_is(k, &CONTESTS) || score(k))
    }

    /// "Republicans attacked Obama's plan", "France shot down a German proposal": force
    /// (CAMEO 18-20) used on someone's plan, proposal or policy is words against it,
    /// criticism (111) or, for what ends it ("shot down", "torpedoed", "killed"), a
    /// rejection (120). The noun stands right after the target, the plan's owner
    /// ("Obama's plan"), or between the trigger at `verb` and the target ("the
    /// decision by Britain's highest court").
    pub(super) fn figurative(&self, e: usize, verb: usize, targets: &[usize]) -> usize {
        // Force only (CAMEO 18-20): "protested Argentina's plans" is a protest.
        let cameo = &self.lexicon.entry(e).cameo;
        if !(cameo.starts_with("18") || cameo.starts_with("19") || cameo.starts_with("20")) {
            return e;
        }
        let (Some(start), Some(end)) = (
            targets.iter().map(|&m| self.mentions[m].tokens.start).min(),
            targets.iter().map(|&m| self.mentions[m].tokens.end).max(),
        ) else {
            return e;
        };
        // After the owner ("Obama's plan") or between the verb and the owner ("the
        // decision by Britain's highest court", "an attack on the cost of Britain's
        // asylum system").
        let k = end + usize::from(self.s.kind(end) == Some(TokenKind::Possessive));
        let after = (k..(k + 2).min(self.s.len())).any(|j| self.lower_is(j, &PLANS));
        let before = verb < start && (verb + 1..start).any(|j| self.lower_is(j, &PLANS));
        if !(after || before) {
            return e;
        }
        let ending = self.lower_is(
            verb,
            &[
                "shot",
                "shoot",
                "shoots",
                "shooting",
                "killed",
                "kill",
                "kills",
                "killing",
                "torpedoed",
                "torpedo",
                "torpedoes",
                "sank",
                "sink",
                "sinks",
                "scuttled",
                "scuttle",
                "scuttles",
            ],
        );
        let form = if ending { "reject" } else { "criticize" };
        self.lexicon.bare_target(form).unwrap_or(e)
    }

    /// "sent a team of experts to Alabama to investigate the accident": what is sent
    /// to a target for an inquiry is an investigation there (CAMEO 090), not aid
    /// (07x). Only with the inquiry verb right after the target ("sent aid to Haiti
    /// to help" stays aid).
    pub(super) fn sent_to_inquire(&self, e: usize, targets: &[usize]) -> usize {
        // Aid, or officials sent ("sent top officials to Qatar to investigate").
        let entry = self.lexicon.entry(e);
        if !entry.cameo.starts_with("07") && entry.relation != "send envoy" {
            return e;
        }
        let Some(end) = targets.iter().map(|&m| self.mentions[m].tokens.end).max() else {
            return e;
        };
        let k = self.skip_inserts(end);
        if !(self.s.is(k, "to") && self.lower_is(k + 1, &INQUIRY_VERBS)) {
            return e;
        }
        self.lexicon
            .lookup("investigate")
            .iter()
            .map(|&(x, _)| x)
            .find(|&x| {
                let entry = self.lexicon.entry(x);
                entry.lemma == "investigate" && entry.relation == "investigate"
            })
            .unwrap_or(e)
    }

    /// "deploying 300 troops to the UN peacekeeping mission in Mali": a deployment
    /// (CAMEO 15x) for a peace mission named before the target provides peacekeepers
    /// (074, "provide troops"), not a show of force; other entries stay.
    pub(super) fn peacekeeping(&self, e: usize, from: usize, targets: &[usize]) -> usize {
        if !self.lexicon.entry(e).cameo.starts_with("15") {
            return e;
        }
        let Some(to) = targets.iter().map(|&m| self.mentions[m].tokens.start).min() else {
            return e;
        };
        let end = targets
            .iter()
            .map(|&m| self.mentions[m].tokens.end)
            .max()
            .unwrap_or(to);
        let mission =
            |k: usize| self.lower_is(k, &PEACE_MISSIONS) && self.lower_is(k + 1, &MISSION_NOUNS);
        // "deployed 230 troops to Liberia on a peacekeeping mission": the mission may
        // follow the target ("on", "for", "as part of" a mission, within a few words).
        let after = self.lower_is(end, &["on", "for", "as", "in"])
            && (end + 1..(end + 5).min(self.s.len())).any(mission);
        let peace = (from..to).any(mission) || after;
        if !peace {
            return e;
        }
        self.lexicon
            .lookup("provide")
            .iter()
            .map(|&(x, _)| x)
            .find(|&x| self.lexicon.entry(x).relation == "provide troops")
            .unwrap_or(e)
    }

    /// After an actor ending at `end` (reached by "to"), a peace mission of that
    /// actor in a place:
    /// "deploying troops to the UN peacekeeping mission in Mali", "contribute to
    /// African Union peacekeeping operations in Somalia" — the mission's host (Mali,
    /// Somalia) is whom the act serves. The host and where it ends.
    pub(super) fn mission_host(&self, end: usize) -> Option<(Vec<usize>, usize)> {
        let mut j = end;
        let mut peace = false;
        while j < end + 3
            && self.s.kind(j) == Some(TokenKind::Word)
            && self.mention_at[j].is_none()
            && self.s.word(j).starts_with(|c: char| c.is_ascii_lowercase())
            && !self.lower_is(j, &MISSION_NOUNS)
        {
            peace |= self.lower_is(j, &PEACE_MISSIONS);
            j += 1;
        }
        if !(peace && self.lower_is(j, &MISSION_NOUNS) && self.s.is(j + 1, "in")) {
            return None;
        }
        self.noun_phrase(j + 2)
    }

    /// Whether the noun phrase at `i` names an actor and an object follows it, so
    /// a `... to _` frame may have its target first: "returned to Peru 12 skulls",
    /// "offered to the US an armored regiment", "gave to Armenia some of the
    /// equipment" — not "returned to Syria on Monday" or "returned to Kyiv to talk".
    pub(super) fn object_after_target(&self, i: usize) -> bool {
        let Some((_, end)) = self.noun_phrase(i) else {
            return false;
        };
        let next = self.skip_inserts(end);
        match self.s.kind(next) {
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                let word = self.s.word(next);
                self.lower_is(next, &DETERMINERS)
                    || (word.starts_with(|c: char| c.is_ascii_lowercase())
                        && self.mention_at[next].is_none()
                        && !self.lower_is(next, &PREPOSITIONS)
                        && !self.lower_is(next, &OBJECT_FOLLOWERS)
                        && !self.lower_is(next, &OBJECT_STOPS)
                        && !is_adverb(word))
            }
            _ => false,
        }
    }

    /// Past a `...` gap at `i` and the literal word `w` that ends it: up to fourteen
    /// words of an object ("returned the marble head of an ancient statue taken from a
    /// temple in 1890 to Egypt"), without a clause boundary or another actor.
    pub(super) fn after_gap(&self, i: usize, w: &str) -> Option<usize> {
        let mut j = i;
        let mut limit = i + 14;
        while j < self.s.len() && j <= limit {
            if j > i && self.s.is(j, w) {
                return Some(j + 1);
            }
            // "returned artifacts, including a column krater, to Italy": the aside
            // does not count against the gap.
            if let Some(past) = self.aside_end(j) {
                limit += past - j;
                j = past;
                continue;
            }
            if self.phrase_boundary(j, true) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "Kenya received aid from Japan", "received threats from the Taliban": what is
    /// received is the giver's act on the receiver, coded as its event noun (Japan
    /// provides aid to Kenya). The noun stands in the verb's object, at most four
    /// words after the verb (an amount's "in" among them: "$2 billion in military
    /// aid"), and "from" and its actor follow it right away.
    fn received_from(&self, verb: &VerbHit, subject: &Subject, result: &mut ClauseResult) -> bool {
        let receiving = verb
            .entries
            .iter()
            .any(|&(e, _)| RECEIVING.contains(self.lexicon.entry(e).lemma.as_str()));
        if !receiving {
            return false;
        }
        let start = verb.token + 1;
        let from = self.after_quantity(start);
        for j in from..(from + 5).min(self.s.len()) {
            if let Some(e) = self.nominal_at(j) {
                if !self.s.is(j + 1, "from") {
                    return false;
                }
                let Some((givers, _)) = self.noun_phrase(j + 2) else {
                    return false;
                };
                let entry = self.lexicon.entry(e);
                self.push_events(
                    e,
                    entry,
                    j..j + 1,
                    &givers,
                    &subject.mentions,
                    subject,
                    result,
                );
                return true;
            }
            // "$2 billion in military aid": an amount's "in" goes on to the noun.
            let amount_in = self.s.is(j, "in") && from > start;
            let plain = self.s.kind(j) == Some(TokenKind::Word)
                && self.mention_at[j].is_none()
                && self.s.word(j).starts_with(|c: char| c.is_ascii_lowercase())
                && (!self.lower_is(j, &PREPOSITIONS) || amount_in);
            if !plain && self.s.kind(j) != Some(TokenKind::Number) {
                return false;
            }
        }
        false
    }

    /// Event nouns whose roles the text makes explicit: "Russia's demands on NATO",
    /// "the invasion of Ukraine by Russia", "the deployment of Russian troops near
    /// Ukrainian borders", "Russian attacks on Kyiv".
    pub(super) fn nominal_event(&self, noun: usize, e: usize, result: &mut ClauseResult) {
        let mut source = self.event_noun_owner(noun);
        let mut after = noun + 1;
        let mut targets = None;
        // "his arrest in Zambia", "Navalny's detention": who owns what was done to
        // someone is the one it was done to; the agent follows "by", if anyone.
        if let Some(owner) = source.filter(|&m| {
            self.lower_is(noun, &PATIENT_NOUNS)
                && !self.s.is(after, "of")
                && (self.mentions[m].kind == MentionKind::Possessive
                    || self.s.kind(self.mentions[m].tokens.end) == Some(TokenKind::Possessive))
        }) {
            let Some((agents, _)) = self
                .s
                .is(after, "by")
                .then(|| self.noun_phrase(after + 1))
                .flatten()
            else {
                return;
            };
            self.push_noun_event(e, noun, &[agents[0]], &[owner], result);
            return;
        }
        if source.is_none() && self.s.is(after, "from") {
            self.drawn_from(noun, e, result);
            return;
        }
        if source.is_none() && self.s.is(after, "of") {
            match self.noun_phrase(after + 1) {
                // "the deployment of Russian troops near …": the force is the source.
                Some((found, end))
                    if self.mentions[found[0]].kind == MentionKind::Body
                        && self.lower_is(end, &PREPOSITIONS) =>
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
        // "UN sanctions against Iran were lifted": the passive verb names the event.
        let e = self.passive_on_noun(noun, &targets).unwrap_or(e);
        let entry = self.lexicon.entry(e);
        let trigger = noun..noun + 1;
        let subject = Subject::default();
        self.push_events(e, entry, trigger, &[source], &targets, &subject, result);
    }

    /// "Israel's raid prompted condemnation from Egypt", "the plan drew sharp
    /// criticism from Russia", "…, sparking threats from the Taliban": an event noun
    /// with its giver after "from", the object of a verb of drawing, is the giver's
    /// act on whoever drew it, the actor the sentence opens with (after its
    /// determiners or a first comma). Without one, no event.
    fn drawn_from(&self, noun: usize, e: usize, result: &mut ClauseResult) {
        let mut k = noun;
        while k > 0 && noun - k < 4 {
            k -= 1;
            if self.lower_is(k, &DRAWING) {
                break;
            }
            let modifier = self.s.kind(k) == Some(TokenKind::Word)
                && self.mention_at[k].is_none()
                && self.s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
                && self.verb_at(k).is_none();
            if !modifier {
                return;
            }
        }
        // "was met with condemnation", "came under criticism".
        let drawing = self.lower_is(k, &DRAWING)
            && (!self.lower_is(k, &["met", "came"]) || self.lower_is(k + 1, &["with", "under"]));
        if !drawing {
            return;
        }
        let Some((givers, _)) = self.noun_phrase(noun + 2) else {
            return;
        };
        let Some(drawer) = self.sentence_subject(k) else {
            return;
        };
        if givers.contains(&drawer) {
            return;
        }
        self.push_noun_event(e, noun, &givers, &[drawer], result);
    }

    /// [`Self::push_events`] for an event noun at `noun`, the trigger, with no subject
    /// clause of its own.
    fn push_noun_event(
        &self,
        e: usize,
        noun: usize,
        sources: &[usize],
        targets: &[usize],
        result: &mut ClauseResult,
    ) {
        let entry = self.lexicon.entry(e);
        let subject = Subject::default();
        self.push_events(e, entry, noun..noun + 1, sources, targets, &subject, result);
    }

    /// The entry of a passive verb done to an event noun's phrase, whose frame starts
    /// with the noun: "UN sanctions against Iran were lifted" is the lifting (`lift
    /// sanctions on _`), "Russian attacks on Ukraine have been halted" the halt.
    pub(super) fn passive_on_noun(&self, noun: usize, targets: &[usize]) -> Option<usize> {
        let end = targets.iter().map(|&m| self.mentions[m].tokens.end).max()?;
        let mut k = end;
        while k < end + 2
            && self.lower_is(
                k,
                &["was", "were", "is", "are", "has", "have", "had", "been"],
            )
        {
            k += 1;
        }
        if k == end || self.s.kind(k) != Some(TokenKind::Word) {
            return None;
        }
        let noun_word = self.s.word(noun).to_ascii_lowercase();
        self.lexicon
            .lookup(&self.s.word(k).to_ascii_lowercase())
            .iter()
            .find(|(x, f)| {
                f.has(crate::relations::lexicon::Inflection::PARTICIPLE)
                    && matches!(
                        self.lexicon.entry(*x).frame.first(),
                        Some(FrameItem::Word(w)) if *w == noun_word
                    )
            })
            .map(|&(x, _)| x)
    }

    /// "Talks between Russia and Ukraine resumed", "after clashes between Armenia and
    /// Azerbaijan": a joint event noun before "between" relates the actors after it,
    /// each pair both ways. Not when a verb right before governs the noun: "hosted
    /// talks between Israel and Hamas" is the host's mediation.
    pub(super) fn joint_event(&self, noun: usize, result: &mut ClauseResult) {
        if !self.s.is(noun + 1, "between") {
            return;
        }
        let Some(&(_, lemma, relation)) = JOINT_NOUNS.iter().find(|(w, _, _)| self.s.is(noun, w))
        else {
            return;
        };
        if self
            .verbs
            .iter()
            .any(|v| v.token < noun && v.token + 5 > noun)
        {
            return;
        }
        let Some((actors, end)) = self.noun_phrase(noun + 2) else {
            return;
        };
        if actors.len() < 2 {
            return;
        }
        // "Talks between Russia and Ukraine resumed": the talks resume.
        let mut after = end;
        while after < self.s.len() && is_adverb(self.s.word(after)) {
            after += 1;
        }
        let resumed = self.lower_is(after, &["resumed", "resume", "resumes", "restarted"])
            && self.lower_is(noun, &["talks", "negotiations"]);
        let (lemma, relation) = if resumed {
            ("resume", "resume talks")
        } else {
            (lemma, relation)
        };
        let Some(&(e, _)) = self.lexicon.lookup(lemma).iter().find(|&&(e, _)| {
            let entry = self.lexicon.entry(e);
            entry.lemma == lemma && entry.relation == relation
        }) else {
            return;
        };
        let subject = Subject::default();
        let entry = self.lexicon.entry(e);
        self.push_events(e, entry, noun..noun + 1, &actors, &actors, &subject, result);
    }

    /// "X said that Y attacked Z": event coders also read X accusing Y (CAMEO 112);
    /// then the demands a statement makes ([`Self::derive_demands`]).
    pub(super) fn derive_accusations(&self, result: &mut ClauseResult) {
        let Some(accuse) = self.lexicon.bare_target("accuse") else {
            return;
        };
        let mut derived = Vec::new();
        for event in &result.events {
            let Some(k) = event.statement else { continue };
            let Some(speaker) = result.statements[k].speaker else {
                continue;
            };
            // "Poland asked whether Russia would attack Ukraine": a question accuses
            // nobody.
            if self.is_question(&result.statements[k]) {
                continue;
            }
            // Material conflict, a threat or a violation: "Iran said U.S. forces
            // attacked its platforms", "Kyiv said Moscow threatened it", "Turkey said
            // Greece had violated its airspace"; who rejected an offer or opposed an
            // application is reported, not accused.
            let entry = self.lexicon.entry(event.entry);
            let conflict = entry.quad_class == QuadClass::MaterialConflict
                || (entry.quad_class == QuadClass::VerbalConflict
                    && (entry.cameo.starts_with("13") || entry.cameo == "128"));
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
        self.derive_demands(result);
    }

    /// Whether a statement asks rather than asserts: its verb is "ask", or what it
    /// reports opens with "whether" or "if".
    pub(super) fn is_question(&self, st: &Statement) -> bool {
        self.lexicon.entry(st.entry).relation == "ask"
            || self.lower_is(st.content.start, &["whether", "if"])
    }

    /// "X said (that) Y must / should / has to …": event coders read X demanding of
    /// Y (CAMEO 100), beside the statement's own edge.
    pub(super) fn derive_demands(&self, result: &mut ClauseResult) {
        let Some(demand) = self.lexicon.bare_target("demand") else {
            return;
        };
        let mut derived = Vec::new();
        for (k, st) in result.statements.iter().enumerate() {
            let Some(speaker) = st.speaker else { continue };
            let mut i = st.content.start;
            if self.s.is(i, "that") {
                i += 1;
            }
            while self.actor_mention(i).is_none() && self.lower_is(i, &DETERMINERS) {
                i += 1;
            }
            let Some(m) = self.actor_mention(i) else {
                continue;
            };
            let mut j = self.mentions[m].tokens.end;
            while j < self.s.len() && is_adverb(self.s.word(j)) {
                j += 1;
            }
            // "has to date reported": "to date" is "so far", no obligation.
            let obliged = self.lower_is(j, &["must", "should"])
                || (self.lower_is(j, &["has", "have", "needs", "need"])
                    && self.s.is(j + 1, "to")
                    && !self.s.is(j + 2, "date"));
            if obliged && self.mentions[m].actor != self.mentions[speaker].actor {
                derived.push(ClauseEvent {
                    source: speaker,
                    target: m,
                    entry: demand,
                    trigger: st.trigger.clone(),
                    negated: false,
                    modality: Modality::Asserted,
                    statement: Some(k),
                });
            }
        }
        result.events.extend(derived);
    }
}

/// Verbs whose object comes "from" someone who is no target ("received aid from Japan").
pub(super) static RECEIVING: WordList = WordList::new(&["receive", "get", "obtain"]);
