//! Mentions: which tokens of a sentence name which actor.
//!
//! Reads the gazetteer hits of one sentence left to right and builds noun
//! phrases from them: titled people ("Lithuanian President Gitanas Nauseda",
//! "the presidents of Ukraine and Poland Volodymyr Zelensky and Andrzej Duda"),
//! bodies ("Russian troops"), bare names and seats ("Moscow"). Keeps the
//! document's people so later "Nauseda", "the Lithuanian president" and "he"
//! resolve to the same node.
//!
//! This file walks the sentence and holds what the document remembers; the kinds of
//! mention live in submodules: `titles` (office holders, roles, bodies and sectors),
//! `people` (names of people, listed or not), `organizations` (organisations and groups
//! no dictionary lists, acronyms) and `adjectives` (a country's adjective that acts).

use std::borrow::Cow;
use std::ops::Range;

use crate::actors::gazetteer::{ActorIx, Gazetteer, Hit, Meaning};
use crate::actors::{Actor, ActorKind};
use crate::relations::lexicon::WordMap;
use crate::text::{Sentence, TokenKind, WordList};

mod adjectives;
mod organizations;
mod people;
mod titles;

use adjectives::is_verb_form;
use organizations::{armed_sector, GROUP_HEADS};

/// How a mention names its actor; decides which roles it may fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Name,
    Seat,
    /// A bare adjective ("the Ukrainian situation"): the country is talked about, not acting.
    Adjective,
    /// A name glued into another word ("U.S.-led", "Iranian-made"): talked about, never a role.
    Modifier,
    Person,
    /// A title without a name ("the Lithuanian president").
    Role,
    Body,
    /// People of a sector whose country is not known ("refugees", "gunmen"): a
    /// party to events, but a node only when an event has it, and never what a
    /// statement is about.
    Sector,
    Surname,
    /// "he", "him", "she", "it", "they": a person or actor named before.
    Pronoun,
    /// "his", "her" owning a noun ("his government"): the person is talked
    /// about, never a role.
    Possessive,
    /// A city or region named as where something happens, after "in" or "from" ("a
    /// curfew in Bangkok"): the target only of a frame whose words end in that
    /// preposition ("impose curfew in _", "withdraw troops from _"), never a subject,
    /// and a node only when an event has it.
    Scene,
}

/// One actor mention: tokens of a sentence and the document actor they name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`DocActors`].
    pub actor: usize,
    /// Token indices within the sentence.
    pub tokens: Range<usize>,
    pub kind: MentionKind,
}

impl Mention {
    /// Whether the mention can be the source or target of an event.
    pub fn can_act(&self) -> bool {
        !matches!(
            self.kind,
            MentionKind::Adjective
                | MentionKind::Modifier
                | MentionKind::Possessive
                | MentionKind::Scene
        )
    }

    /// Whether the mention is a pronoun (a person or actor named before), not a name.
    pub fn is_pronoun(&self) -> bool {
        matches!(self.kind, MentionKind::Pronoun | MentionKind::Possessive)
    }
}

/// The actors of one document, in the order first seen.
///
/// Gazetteer actors are borrowed, not copied: most documents name a few countries
/// many times, and only the actors a document's events use are ever cloned (into
/// its [`crate::DocumentExtraction`]).
#[derive(Clone, Debug, Default)]
pub struct DocActors<'g> {
    list: Vec<Cow<'g, Actor>>,
    by_id: WordMap<String, usize>,
}

impl<'g> DocActors<'g> {
    /// The index of a gazetteer actor, added if new.
    pub fn intern(&mut self, actor: &'g Actor) -> usize {
        self.intern_cow(Cow::Borrowed(actor))
    }

    /// The index of an actor made from the text (a person, a body), added if new.
    pub fn intern_owned(&mut self, actor: Actor) -> usize {
        self.intern_cow(Cow::Owned(actor))
    }

    fn intern_cow(&mut self, actor: Cow<'g, Actor>) -> usize {
        if let Some(&ix) = self.by_id.get(&actor.id) {
            let known = &mut self.list[ix];
            // Copy-on-write: a borrowed actor is cloned only if it learns something.
            if adds_to(&actor, known) {
                known.to_mut().absorb(&actor);
            }
            return ix;
        }
        self.by_id.insert(actor.id.clone(), self.list.len());
        self.list.push(actor);
        self.list.len() - 1
    }

    pub fn get(&self, ix: usize) -> &Actor {
        &self.list[ix]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Forgets every actor, keeping the memory for the next document.
    pub fn clear(&mut self) {
        self.list.clear();
        self.by_id.clear();
    }

    pub fn into_vec(self) -> Vec<Actor> {
        self.list.into_iter().map(Cow::into_owned).collect()
    }
}

/// Whether [`Actor::absorb`] would fill a field of `known` from `other`.
fn adds_to(other: &Actor, known: &Actor) -> bool {
    (known.country.is_none() && other.country.is_some())
        || (known.organization.is_none() && other.organization.is_some())
        || (known.role.is_none() && other.role.is_some())
        || (known.sector.is_none() && other.sector.is_some())
        || (known.cameo.is_none() && other.cameo.is_some())
        || other
            .aliases
            .iter()
            .any(|a| *a != known.label && !known.aliases.contains(a))
}

/// A person introduced in this document, for later short references.
struct KnownPerson {
    actor: usize,
    name_tokens: Vec<String>,
    role: Option<String>,
    affiliation: Option<String>,
}

use crate::actors::coref::{self, Coref, Form};
pub use crate::actors::names::Gender;
use crate::actors::names::{is_first_name, is_month, DocNames, EntityType, NameFinder, Vocab};

/// What "terrorist" may describe rather than name its doers ("a terrorist attack").
static TERRORIST_ACTS: WordList = WordList::new(&[
    "act",
    "activities",
    "activity",
    "acts",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "charges",
    "crime",
    "crimes",
    "financing",
    "incident",
    "incidents",
    "offence",
    "offences",
    "offense",
    "offenses",
    "operation",
    "operations",
    "plot",
    "plots",
    "threat",
    "threats",
    "violence",
]);

/// Words of a government's portfolio that stand before a minister's or secretary's
/// title: "Home Minister", "Economic Planning Secretary", "Ecuador energy and mines
/// minister" (any case).
static PORTFOLIOS: WordList = WordList::new(&[
    "Agriculture",
    "Agrarian",
    "Budget",
    "Cabinet",
    "Commerce",
    "Communications",
    "Culture",
    "Defence",
    "Defense",
    "Development",
    "Economic",
    "Economy",
    "Education",
    "Energy",
    "Environment",
    "Finance",
    "Fisheries",
    "Foreign",
    "Health",
    "Home",
    "Housing",
    "Immigration",
    "Industry",
    "Information",
    "Infrastructure",
    "Interior",
    "Justice",
    "Labor",
    "Labour",
    "Mines",
    "Mining",
    "Oil",
    "Petroleum",
    "Planning",
    "Public",
    "Railways",
    "Security",
    "Social",
    "Sports",
    "Tourism",
    "Trade",
    "Transport",
    "Transportation",
    "Treasury",
    "Water",
    "Welfare",
    "Works",
    "Youth",
]);

/// Weapons, vehicles and goods a state's body noun may name: what comes "from" a
/// country is bought or sent, not its people.
static THINGS: WordList = WordList::new(&[
    "jets",
    "jet",
    "aircraft",
    "planes",
    "warplanes",
    "warships",
    "ships",
    "vessels",
    "tanks",
    "missiles",
    "drones",
    "helicopters",
    "weapons",
    "arms",
    "equipment",
    "submarines",
    "goods",
    "products",
    "imports",
    "exports",
    "supplies",
    "aid",
    "vehicles",
    "rockets",
    "shells",
]);

/// Nouns that introduce an institution's name: "the daily newspaper Asahi Shimbun",
/// "the news agency Interfax", "the carrier Air France".
static NAMED_INSTITUTIONS: WordList = WordList::new(&[
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "agency",
    "channel",
    "broadcaster",
    "station",
    "network",
    "website",
    "company",
    "firm",
    "group",
    "bank",
    "airline",
    "carrier",
    "club",
    "team",
    "university",
    "publisher",
    "paper",
    "outlet",
    "tabloid",
    "portal",
    "giant",
    "conglomerate",
    "carmaker",
    "automaker",
    "chipmaker",
    "retailer",
    "lender",
    "insurer",
]);

/// Nouns of institutions that end like a person's noun ("newspaper Asahi Shimbun",
/// "the news broadcaster X").
static INSTITUTION_NOUNS: WordList = WordList::new(&[
    "newspaper",
    "paper",
    "broadcaster",
    "carrier",
    "tanker",
    "bomber",
    "fighter",
    "monitor",
    "center",
    "centre",
    "register",
    "quarter",
    "chamber",
    "order",
    "border",
    "sector",
    "corridor",
    "operator",
    "provider",
    "producer",
    "manufacturer",
    "exporter",
    "importer",
    "retailer",
    "lender",
    "insurer",
    "refiner",
    "miner",
    "developer",
    "shipbuilder",
    "owner",
    "giant",
    "restaurant",
    "plant",
]);

/// Whether a sector's noun in the singular names a person, not an institution:
/// a title ("minister", "secretary") or a noun of a person's trade ("journalist",
/// "activist", "prisoner", "officer", "spokesman"); not "agency", "newspaper".
fn is_person_noun(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    NameFinder::builtin().is_title_word(word)
        || ([
            "ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "ee", "official",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
            && !INSTITUTION_NOUNS.contains(&lower))
}

/// Modal verbs: a clause's subject before one may be anything ("Rosneft will
/// remain independent").
static MODALS: WordList = WordList::new(&[
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did",
]);

/// Whether the treebank writes `word`, or the singular of a plural `word`, in lower
/// case: "Floods killed …" opens with a common noun. (Stricter than
/// `NameFinder::is_common_word`, which lets a word that is also a proper noun pass.)
fn written_in_lower_case(finder: &NameFinder, word: &str) -> bool {
    let lower = |w: &str| finder.word_flags(w) & Vocab::LOWER != 0;
    lower(word)
        || word.strip_suffix('s').is_some_and(lower)
        || word.strip_suffix("es").is_some_and(lower)
        || word
            .strip_suffix("ies")
            .is_some_and(|stem| lower(&format!("{stem}y")))
}

/// Whether every letter of `word` is a capital: an acronym, a dateline or a headline
/// ("NATO", "MADRID"), no person's name.
fn in_capitals(word: &str) -> bool {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// Whether geokg's dictionaries know `word` in the name of an organisation or a
/// place but in no person's name ("Europe", "Petroleum").
fn named_otherwise(finder: &NameFinder, word: &str) -> bool {
    let flags = finder.word_flags(word);
    flags & (Vocab::ORG_NAME | Vocab::PLACE_NAME) != 0 && flags & Vocab::PERSON_NAME == 0
}

/// Verbs of speech and thought in the third person: "Merkel believes …" is a
/// person speaking, not a modifier ("Caesar howitzers").
const REPORTING_VERBS_S: &[&str] = &[
    "believes",
    "thinks",
    "hopes",
    "expects",
    "fears",
    "argues",
    "claims",
    "insists",
    "warns",
    "adds",
    "notes",
    "tells",
    "urges",
    "stresses",
    "admits",
    "denies",
    "suggests",
    "writes",
    "explains",
    "acknowledges",
    "maintains",
    "predicts",
    "recalls",
    "asks",
    "calls",
    "wants",
    "feels",
    "knows",
    "doubts",
    "estimates",
    "announces",
    "accuses",
    "contends",
    "concedes",
    "reckons",
];

/// Connecting words inside an organisation's name: "Department of Homeland Security".
const NAME_CONNECTORS: &[&str] = &["of", "and", "for", "the", "on", "&", "de", "du", "des"];

/// Who holds a place ("rebel-held", "Taliban-controlled"): an actor by its name, or
/// the people of a sector (data/agents.tsv, data/bodies.tsv).
#[derive(Clone, Copy, Debug)]
enum Holder {
    Actor(ActorIx),
    Sector(usize),
}

/// What a gazetteer hit covers in token terms.
#[derive(Clone, Copy)]
struct TokenHit<'g> {
    end: usize,
    meanings: &'g [Meaning],
}

impl TokenHit<'_> {
    /// Whether the hit names only a city or seat (or an office holder's surname):
    /// no country, organisation or body, so it may be a person's surname
    /// ("Kennedy", "Sinai", "Nogales").
    fn only_a_place(&self) -> bool {
        self.meanings
            .iter()
            .all(|m| matches!(m, Meaning::Seat(_) | Meaning::Place(_) | Meaning::Cue))
    }
}

/// An actor named before or after a title: "Lithuanian", "of Ukraine", "NATO".
#[derive(Clone, Copy)]
struct Affiliation {
    actor: ActorIx,
    tokens: (usize, usize),
}

/// Lower-case words inside people's names; none longer than four letters
/// (`is_name_word` relies on it).
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "dos", "bin", "ibn", "al", "el", "le",
    "la", "ben", "bint", "ter",
];

/// Peerage and royal titles that, with the name, are how the person is known
/// ("Lord Carrington", "Sir Geoffrey Howe", "Princess Diana"): kept in the name.
const NAME_TITLES: &[&str] = &[
    "Sir", "Dame", "Lord", "Lady", "Baron", "Baroness", "Earl", "Duke", "Duchess", "Count",
    "Prince", "Princess", "King", "Queen", "Emperor",
];

/// Countries whose names are also first names: "Chad Smith", "Michael Jordan".
const FIRST_NAME_COUNTRIES: &[&str] = &["Chad", "Jordan", "Georgia", "Israel", "India", "Kenya"];

/// Words before a capital that make it a place: "in Vilnius", "the outskirts of Kyiv".
const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "central",
    "downtown",
    "outskirts",
    "streets",
    "centre",
    "center",
    "suburbs",
    "suburb",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// Words that make a city or region (not a capital) after them a place, besides
/// [`LOCATIVES`]: "rockets from Gaza", "the people of Kharkiv", "flights over Crimea".
const PLACE_PREPOSITIONS: &[&str] = &[
    "from",
    "of",
    "into",
    "across",
    "throughout",
    "within",
    "via",
    "through",
    "toward",
    "towards",
    "inside",
    "beyond",
    "along",
    "over",
    "rebel-held",
    "government-held",
    "besieged",
];

/// Nouns after a city or region that make it part of a place's name or a modifier of a
/// place: "the Donetsk region", "the Kirkuk countryside", "Hodeidah port".
const PLACE_NOUNS: &[&str] = &[
    "region",
    "regions",
    "province",
    "provinces",
    "state",
    "city",
    "town",
    "village",
    "villages",
    "district",
    "districts",
    "county",
    "governorate",
    "oblast",
    "area",
    "areas",
    "countryside",
    "border",
    "camp",
    "enclave",
    "airport",
    "port",
    "harbour",
    "harbor",
    "suburb",
    "suburbs",
    "outskirts",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "prefecture",
    "valley",
    "coast",
    "front",
    "frontline",
    "pocket",
    "strip",
    "metropolitan",
    "metro",
];

/// Lower-case words that never modify a body noun between a country and the noun: function
/// words and verbs ("Chinese told officials", "Russia says troops").
/// The last word of an organisation's name ("the Farm Bureau Federation", "the Neighborhood
/// Association"), or its first before "of"/"for" ("the Department of Education"). Not a
/// company's ("Corp", "Inc", "Ltd"): business news would fill the graph with firms.
static ORGANIZATION_HEADS: WordList = WordList::new(&[
    "Association",
    "Federation",
    "Union",
    "Agency",
    "Department",
    "Office",
    "Administration",
    "Organization",
    "Organisation",
    "Party",
    "Movement",
    "Alliance",
    "Council",
    "Commission",
    "Committee",
    "Institute",
    "Foundation",
    "Front",
    "Exchange",
    "Bureau",
    "Society",
    "League",
    "Coalition",
    "Authority",
    "Brigades",
    "Resistance",
    "Register",
    "University",
    "College",
    "Academy",
    "Observatory",
    "Network",
    "Forum",
    "Tribunal",
    "Initiative",
    "Watch",
]);

/// CAMEO sectors whose nouns name people, not things ("a rebel", "a farmer", "a
/// journalist"; not "a tanker", "a hospital").
const PEOPLE_SECTORS: &[&str] = &[
    "REB", "UAF", "CRM", "OPP", "CVL", "REF", "AGR", "HRI", "RAD", "LAB", "MED",
];

/// CAMEO sectors whose people stay who they are with a lower-case modifier between a
/// country's adjective and their noun: "an American investigative journalist" (media),
/// "Syrian opposition activists", "Congolese Hutu rebels". Not labour: "a British aid
/// worker" is nobody's labour force.
const MODIFIABLE_SECTORS: &[&str] = &["MED", "OPP", "REB", "HRI"];

/// Words that open a verb's object: after a clause's first "Name -s" they make the
/// "-s" word a verb ("Putin expresses his condolences", "Merkel
/// welcomes the deal"), not a plural the name modifies ("Caesar howitzers were").
/// Words of hesitation and assent in transcribed speech ("Um, we think …", "Uh,
/// yes"), never a person's name however the name finder tags them.
static FILLERS: WordList = WordList::new(&[
    "Um", "Umm", "Uh", "Uhm", "Er", "Erm", "Ah", "Eh", "Hmm", "Mm", "Mhm", "Oh", "Yeah", "Okay",
    "Ok", "Wow", "Hey", "Yep", "Nope",
]);

/// Words after a capitalised word that make it the subject of a clause, as a
/// person's name is: auxiliaries and verbs of saying ("Williamson should have …",
/// "Williamson said …"); see `MentionFinder::note_unnamed_people`.
static UNNAMED_VERBS: WordList = WordList::new(&[
    "is", "was", "has", "had", "does", "did", "should", "would", "could", "will", "can", "may",
    "might", "must", "said", "says", "told", "tells", "wrote", "writes", "thinks", "thought",
    "knows", "knew", "wants", "went", "sold", "sent", "gave", "took", "made",
]);

static OBJECT_OPENERS: WordList = WordList::new(&[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "him", "them",
    "us", "me", "it",
]);

/// Words that never stand between an affiliation and its title ("visit Japan since
/// President Reagan", "the Cartagena group chairman"): prepositions and
/// conjunctions [`NOT_MODIFIERS`] lacks, and the nouns of a group.
static NOT_TITLE_MODIFIERS: WordList = WordList::new(&[
    "since",
    "until",
    "during",
    "ahead",
    "amid",
    "despite",
    "through",
    "throughout",
    "toward",
    "towards",
    "across",
    "via",
    "per",
    "upon",
    "like",
    "near",
    "unlike",
    "once",
    "now",
    "group",
    "party",
    "council",
    "committee",
    "movement",
    "alliance",
    "bloc",
    "union",
    "front",
]);

static NOT_MODIFIERS: WordList = WordList::new(&[
    "and",
    "but",
    "the",
    "for",
    "with",
    "from",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "has",
    "have",
    "had",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "not",
    "also",
    "then",
    "than",
    "its",
    "their",
    "his",
    "her",
    "our",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "asked",
    "asks",
    "urged",
    "urges",
    "met",
    "meets",
    "sent",
    "sends",
    "led",
    "leads",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "against",
    "about",
    "while",
    "when",
    "where",
    "because",
    "though",
    "other",
    "both",
    "all",
    "some",
    "many",
    "more",
    "most",
    "such",
    "this",
    "these",
    "those",
    "there",
    "here",
    "being",
    "been",
    "did",
    "does",
    "can",
    "cannot",
    "let",
    "lets",
    "want",
    "wants",
    "see",
    "sees",
    "saw",
    "gave",
    "gives",
    "give",
    "take",
    "takes",
    "took",
    "make",
    "makes",
    "made",
    "get",
    "gets",
    "got",
    "came",
    "come",
    "comes",
    "went",
    "goes",
    "per",
    "via",
    "whether",
    "between",
    "-ed",
    "held",
    "won",
    "lost",
    "left",
    "kept",
    "struck",
    "hit",
    "shot",
    "fought",
    "sought",
    "caught",
    "brought",
    "bought",
    "built",
    "spent",
    "paid",
    "began",
    "broke",
    "chose",
    "drew",
    "drove",
    "fell",
    "felt",
    "found",
    "grew",
    "heard",
    "knew",
    "laid",
    "meant",
    "put",
    "ran",
    "rose",
    "set",
    "shut",
    "spoke",
    "stood",
    "stole",
    "threw",
    "wrote",
    "beat",
    "cut",
    "fled",
    "flew",
    "froze",
    "hung",
    "hurt",
    "quit",
    "shook",
    "spread",
    "swept",
    "taught",
    "tore",
    "thought",
    "withdrew",
    "upheld",
    "overthrew",
    "forbade",
    "bound",
    "dealt",
    "-s",
    "hold",
    "send",
    "keep",
    "call",
    "warn",
    "accuse",
    "reject",
    "deny",
    "plan",
    "seek",
    "fear",
    "expect",
    "believe",
    "hope",
    "agree",
    "urge",
    "need",
    "shall",
    "again",
    "now",
    "still",
    "already",
    "only",
    "just",
    "even",
    "never",
    "yet",
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "week",
    "month",
    "year",
]);

/// Nouns a city or seat names rather than acts in: "the Berne Agreement", "the Minsk
/// agreements", "the Astana talks", "the Kyoto Protocol".
static TREATY_NOUNS: WordList = WordList::new(&[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "treaties",
    "protocol",
    "convention",
    "conventions",
    "declaration",
    "process",
    "format",
    "talks",
    "summit",
    "conference",
    "charter",
    "communique",
    "memorandum",
    "formula",
    "peace",
]);

/// Body nouns whose people mostly serve another state than the one they are in: no
/// dateline or dominant country owns them. Members of the European Parliament sit for
/// their own country, not the one they meet in or speak about ("BRUSSELS - MEPs voted").
static FOREIGN_SERVANTS: WordList = WordList::new(&[
    "diplomats",
    "diplomat",
    "negotiators",
    "negotiator",
    "MEPs",
    "MEP",
]);

/// Aircraft, ships and guns named as a country's forces ("Russian warplanes"): with no
/// country named, more often goods ("the sale of fighter jets") than anybody's forces.
static CRAFT: WordList = WordList::new(&[
    "jets",
    "warplanes",
    "warships",
    "artillery",
    "aircraft",
    "planes",
    "tanks",
    "helicopters",
    "drones",
    "submarines",
    "missiles",
    "rockets",
    "mortars",
    "shells",
    "bombs",
    "gunships",
]);

/// Verbs and nouns of sending, selling or withdrawing forces: the forces are the
/// sender's, not those of the country they go to ("sent troops to Kazakhstan").
static SENDINGS: WordList = WordList::new(&[
    "send",
    "sends",
    "sent",
    "sending",
    "deploy",
    "deploys",
    "deployed",
    "deploying",
    "deployment",
    "dispatch",
    "dispatches",
    "dispatched",
    "dispatching",
    "sale",
    "sell",
    "sells",
    "sold",
    "selling",
    "supply",
    "supplies",
    "supplied",
    "station",
    "stationed",
]);

/// Verbs and nouns of withdrawing forces: the place after them is where the forces
/// leave ("withdrew 200 peacekeepers from Liberia"), not whose they are.
static WITHDRAWALS: WordList = WordList::new(&[
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "withdrawal",
    "evacuate",
    "evacuates",
    "evacuated",
    "evacuating",
    "pulled",
    "pull",
    "pulls",
]);

/// Nouns of organisations that are no state's body: "union officials", "party leaders",
/// "company spokesmen", "Commission officials" (the EU's) are theirs, not the document's
/// country's. Not "administration", "ministry" or "agency", which are the state's.
static OWN_ORGANISATIONS: WordList = WordList::new(&[
    "union",
    "unions",
    "party",
    "parties",
    "movement",
    "alliance",
    "front",
    "association",
    "federation",
    "society",
    "league",
    "coalition",
    "foundation",
    "institute",
    "university",
    "college",
    "academy",
    "network",
    "forum",
    "exchange",
    "commission",
    "company",
    "firm",
    "industry",
    "airline",
    "hospital",
    "church",
    "club",
    "team",
    "campaign",
    "rebel",
]);

/// Natural disasters: the city or region they hit is a place ("Floods hit Bavaria").
const DISASTERS: &[&str] = &[
    "flood",
    "floods",
    "flooding",
    "storm",
    "storms",
    "earthquake",
    "earthquakes",
    "quake",
    "hurricane",
    "typhoon",
    "cyclone",
    "wildfire",
    "wildfires",
    "drought",
    "heatwave",
    "snowstorm",
    "blizzard",
    "tornado",
    "tornadoes",
    "tsunami",
    "landslide",
    "landslides",
    "rains",
];

/// Words of going somewhere: a city or region after "to" is then where one goes ("fled to
/// Aleppo", "moved from Chicago to Houston"), not a recipient ("sent aid to Gaza").
const MOVES: &[&str] = &[
    "from",
    "moved",
    "moves",
    "moving",
    "relocated",
    "fled",
    "flee",
    "fleeing",
    "flew",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "headed",
    "heading",
    "went",
    "drove",
    "returned",
    "returning",
    "evacuated",
    "transferred",
    "route",
    "flights",
    "trip",
    "journey",
];

/// Words that may follow a verb's object, so that a region before them is the whole
/// object ("bombed the Gaza Strip after …"), not a modifier of a noun.
static AFTER_OBJECT: WordList = WordList::new(&[
    "after",
    "before",
    "during",
    "since",
    "until",
    "overnight",
    "again",
    "early",
    "late",
    "last",
    "this",
    "yesterday",
    "today",
    "with",
    "in",
    "on",
    "at",
    "for",
    "from",
    "and",
    "or",
    "but",
    "as",
    "to",
    "near",
    "killing",
    "wounding",
    "on",
    "amid",
    "despite",
    "while",
    "when",
]);

/// Words before "at" that make the capital or city after it a target, not a place:
/// "fired rockets at Gaza", "missiles aimed at Kyiv".
const FIRING_WORDS: &[&str] = &[
    "fired", "fires", "fire", "firing", "launched", "launches", "rockets", "rocket", "missiles",
    "missile", "shells", "mortars", "aimed", "aiming", "shots", "drones",
];

/// Prepositions before a country named as the scene of the story: "officials in Kabul".
const SCENE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside"];

/// A document this short (a headline, a lead, a wire snippet) is about the only
/// country it names, whose government, police or courts its roles are.
const SNIPPET_BYTES: usize = 600;

/// Lower-case words before a country's name that make it no verb's object: articles,
/// prepositions, conjunctions ("the Maldives government", "with Kenya").
const NOT_VERBS_BEFORE_OBJECT: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "to", "from", "by", "with", "for", "into", "at", "near",
    "and", "or", "but", "that", "than", "between", "against", "about", "over", "across", "toward",
    "towards", "inside", "outside", "within", "after", "before", "as", "via", "said", "says",
];

/// Verbs of arrival: "arrived in Beijing" is a visit to China, not a place.
const ARRIVALS: &[&str] = &[
    "arrived", "arrives", "arriving", "arrive", "landed", "lands",
];

/// Lower-case words that can start a mention: "the Lithuanian president", "both
/// sides", "it said", "he said".
static MENTION_OPENERS: WordList = WordList::new(&["the", "both", "it", "they", "a", "an"]);

/// Words between an article and a title or body: "a senior Iranian official",
/// "the former Lithuanian president".
const PERSON_MODIFIERS: &[&str] = &[
    "senior",
    "top",
    "former",
    "leading",
    "prominent",
    "veteran",
    "acting",
    "high-ranking",
    "retired",
    "outgoing",
    "incoming",
    "powerful",
    "influential",
    "exiled",
    "jailed",
    "detained",
    "longtime",
    "long-time",
    "then",
    "current",
    "new",
    "chief",
    "hardline",
    "moderate",
    "conservative",
    "liberal",
    "opposition",
];

/// Nouns after "the two" or "both" that stand for the last two actors named.
const TWO_SIDES: &[&str] = &[
    "sides",
    "countries",
    "nations",
    "states",
    "governments",
    "leaders",
    "neighbours",
    "neighbors",
    "parties",
    "men",
    "presidents",
    "ministers",
];

/// What a country or group leads and so acts for: "the Saudi-led coalition", "a
/// NATO-led force".
static LED_HEADS: WordList = WordList::new(&[
    "alliance",
    "coalition",
    "coalitions",
    "force",
    "forces",
    "mission",
    "troops",
]);

/// Armed men a state or group backs but does not command: "US-backed forces".
static PROXY_HEADS: WordList = WordList::new(&[
    "fighters",
    "forces",
    "group",
    "groups",
    "militia",
    "militias",
    "paramilitaries",
    "troops",
    "units",
]);

/// Those sent to serve abroad, who speak for whom they serve ("Eritrea's ambassador to
/// the African Union said") and whose post may stand between title and name ("US
/// Ambassador to the UN Nikki Haley").
pub static ENVOYS: WordList = WordList::new(&[
    "ambassador",
    "delegate",
    "emissary",
    "envoy",
    "representative",
]);

/// Documents that speak for whoever wrote them: "a UN report said", "the IAEA's
/// latest report found", "a report by the IAEA said".
pub static DOCUMENT_NOUNS: WordList = WordList::new(&[
    "report",
    "statement",
    "study",
    "document",
    "letter",
    "communique",
    "communiqué",
    "assessment",
    "memo",
    "survey",
    "analysis",
    "review",
    "investigation",
    "inquiry",
    "audit",
    "declaration",
    "bulletin",
    "dossier",
    "findings",
    "estimate",
    "forecast",
    "ruling",
]);

/// Words between a document's author and the document: "the IAEA's latest report".
static DOCUMENT_MODIFIERS: WordList = WordList::new(&[
    "latest",
    "new",
    "annual",
    "quarterly",
    "monthly",
    "weekly",
    "final",
    "interim",
    "preliminary",
    "draft",
    "confidential",
    "internal",
    "secret",
    "classified",
    "leaked",
    "joint",
    "written",
    "official",
    "recent",
    "detailed",
    "independent",
    "intelligence",
    "human",
    "rights",
]);

/// Verbs of putting out a document: "the IAEA issued a report".
const PUBLISH_VERBS: &[&str] = &[
    "issued",
    "published",
    "released",
    "presented",
    "produced",
    "submitted",
    "circulated",
    "compiled",
    "sent",
    "wrote",
    "issues",
    "publishes",
    "releases",
];

/// What a document does when it speaks: "the report said", "the study found".
const DOCUMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "found",
    "finds",
    "concluded",
    "concludes",
    "showed",
    "shows",
    "stated",
    "states",
    "warned",
    "warns",
    "noted",
    "notes",
    "added",
    "adds",
    "estimated",
    "estimates",
    "revealed",
    "reveals",
    "claimed",
    "claims",
    "accused",
    "accuses",
    "urged",
    "urges",
    "recommended",
    "recommends",
    "predicted",
    "predicts",
];

/// Finds mentions sentence by sentence, remembering the document's people.
pub struct MentionFinder<'g> {
    gazetteer: &'g Gazetteer,
    pub actors: DocActors<'g>,
    people: Vec<KnownPerson>,
    /// Whether a document actor (by index) is in `people`.
    is_known_person: Vec<bool>,
    /// Who "he", "she" and the other personal pronouns may mean.
    coref: Coref,
    /// The organisation last named, for "the Alliance", "the bloc".
    last_organization: Option<usize>,
    /// Who wrote the document last named with its author ("a UN report"), for
    /// "the report said", "according to the report".
    last_author: Option<(usize, &'static str)>,
    /// Actors named so far that can act, most recent last, for "the two sides" and "it".
    recent: Vec<usize>,
    hit_at: Vec<Option<TokenHit<'g>>>,
    /// The last token of the sentence where a body or plural demonym starts: the
    /// only mentions a number before them can count.
    last_people_hit: Option<usize>,
    /// Names glued to a word by a hyphen ("U.S.-led"), per token.
    modifier_at: Vec<Option<ActorIx>>,
    /// Who holds a place, glued to "-held" or "-controlled" ("rebel-held",
    /// "Taliban-controlled"), per token: a party to what happens to the place.
    holder_at: Vec<Option<Holder>>,
    /// The document's people by the first and last word of their names, for surnames.
    people_by_word: WordMap<String, Vec<usize>>,
    /// Acronyms the document defined: "the Government Accountability Office (GAO)".
    acronyms: Vec<(String, usize)>,
    /// The country the document is about (its dateline, or the one that dominates it),
    /// for "the government" and "police" named without a country.
    home: Option<ActorIx>,
    /// Where the dateline ("HELSINKI, March 8 -") ends: a place, not an actor.
    dateline_end: usize,
    /// The document's date as YYYYMMDD, for the offices people held then.
    date: Option<u32>,
    /// People's names the name finder found in the sentence: start token → end token.
    person_at: Vec<Option<usize>>,
    /// Token → whether it is a name word ([`MentionFinder::is_name_word`]), set with `hit_at`.
    name_word: Vec<bool>,
    names_found: Vec<(Range<usize>, EntityType)>,
    /// The names the finder found in the document's sentences so far.
    doc_names: DocNames,
    /// Whether the sentence has an opening bracket, so can define an acronym.
    has_bracket: bool,
    /// Whether the sentence has a capitalised organisation head ("Association"), so can
    /// name an organisation no entry knows ([`MentionFinder::named_organization`]).
    has_organization_head: bool,
}

impl<'g> MentionFinder<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        Self {
            gazetteer,
            actors: DocActors::default(),
            people: Vec::new(),
            is_known_person: Vec::new(),
            coref: Coref::default(),
            last_organization: None,
            last_author: None,
            recent: Vec::new(),
            hit_at: Vec::new(),
            last_people_hit: None,
            modifier_at: Vec::new(),
            holder_at: Vec::new(),
            people_by_word: WordMap::default(),
            acronyms: Vec::new(),
            home: None,
            dateline_end: 0,
            date: None,
            person_at: Vec::new(),
            name_word: Vec::new(),
            names_found: Vec::new(),
            doc_names: DocNames::default(),
            has_bracket: false,
            has_organization_head: false,
        }
    }

    /// Forgets the document read so far (its actors, people and focus), keeping
    /// the buffers' memory for the next document.
    pub fn clear(&mut self) {
        self.actors.clear();
        self.people.clear();
        self.is_known_person.clear();
        self.coref.clear();
        self.last_organization = None;
        self.last_author = None;
        self.recent.clear();
        self.people_by_word.clear();
        self.doc_names.clear();
        self.acronyms.clear();
        self.home = None;
        self.dateline_end = 0;
        self.date = None;
    }

    /// Reads what the whole document says about its home country before its
    /// sentences are read: a dateline ("HELSINKI, March 8 -", "BAGHDAD (Reuters) -")
    /// or, failing that, a country named more than twice as often as any other.
    pub fn start_document(&mut self, text: &str, hits: &[Hit], date: Option<&str>) {
        self.date = date.and_then(|d| {
            let digits: String = d.chars().filter(char::is_ascii_digit).take(8).collect();
            (digits.len() == 8).then(|| digits.parse().ok()).flatten()
        });
        self.home = self
            .dateline(text, hits)
            .or_else(|| self.dominant_country(text, hits));
    }

    /// The country of a place that opens the text and is followed by a comma or an
    /// agency in brackets, with a dash soon after.
    fn dateline(&mut self, text: &str, hits: &[Hit]) -> Option<ActorIx> {
        let first = hits.first()?;
        if !text[..first.span.start].trim().is_empty() {
            return None;
        }
        let after = &text[first.span.end..];
        let head = &after[..char_floor(after, 80)];
        let opens = after.starts_with(',') || after.starts_with(" (");
        let dash = [" - ", " — ", " -- ", " – "]
            .iter()
            .filter_map(|d| head.find(d).map(|at| at + d.len()))
            .min();
        let (true, Some(dash_end)) = (opens, dash) else {
            return None;
        };
        let home = self
            .gazetteer
            .meanings(first)
            .iter()
            .find_map(|m| match *m {
                Meaning::Seat(a) | Meaning::Name(a) | Meaning::Place(a) => {
                    let actor = self.gazetteer.actor(a);
                    let country = actor.country.as_deref()?;
                    self.gazetteer.lookup(country)
                }
                _ => None,
            })?;
        let body = first.span.end + dash_end;
        self.dateline_end = body + (text[body..].len() - text[body..].trim_start().len());
        Some(home)
    }

    /// The country named (by name, adjective, people, seat or one of its state's own
    /// bodies: "the Pentagon") at least twice and
    /// more than twice as often as any other in the document; or the only country
    /// named, if it is named only as the scene ("officials in Kabul said") or the
    /// document is a snippet of at most [`SNIPPET_BYTES`] ("A Venezuelan opposition
    /// leader surrendered to the authorities": Venezuela's authorities).
    fn dominant_country(&self, text: &str, hits: &[Hit]) -> Option<ActorIx> {
        // (country, times named, times named as a place, times named as a verb's object)
        let mut counts: Vec<(ActorIx, usize, usize, usize)> = Vec::new();
        for hit in hits {
            let named = &text[hit.span.clone()];
            let country = self.gazetteer.meanings(hit).iter().find_map(|m| match *m {
                Meaning::Name(a)
                | Meaning::Adjective(a)
                | Meaning::Seat(a)
                | Meaning::Demonym(a) => {
                    let actor = self.gazetteer.actor(a);
                    let adjective = matches!(m, Meaning::Adjective(_));
                    match actor.kind {
                        ActorKind::Country => Some((a, adjective)),
                        // "the Pentagon", "the Bundestag": a state's own body names it;
                        // not one word the treebank writes in lower case, which other
                        // states' bodies are called too ("Congress" in Manila).
                        ActorKind::Government
                            if matches!(m, Meaning::Name(_))
                                && named.starts_with(|c: char| c.is_uppercase())
                                && (named.contains(' ')
                                    || !written_in_lower_case(NameFinder::builtin(), named)) =>
                        {
                            actor
                                .country
                                .as_deref()
                                .and_then(|c| self.gazetteer.lookup(c))
                                .map(|c| (c, false))
                        }
                        _ => None,
                    }
                }
                _ => None,
            });
            let Some((c, adjective)) = country else {
                continue;
            };
            let before = text[..hit.span.start].trim_end();
            let placed = SCENE_PREPOSITIONS.iter().any(|w| {
                before.ends_with(w)
                    && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
            });
            // "accused Kenya": a name right after a lower-case word that is no article
            // or preposition, most likely a verb's object (an adjective never is one).
            let previous = before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("");
            let object = !adjective
                && previous.starts_with(|c: char| c.is_ascii_lowercase())
                && !NOT_VERBS_BEFORE_OBJECT.contains(&previous)
                && !before.ends_with(['\'', '’']);
            match counts.iter_mut().find(|(a, _, _, _)| *a == c) {
                Some((_, n, p, o)) => {
                    *n += 1;
                    *p += usize::from(placed);
                    *o += usize::from(object);
                }
                None => counts.push((c, 1, usize::from(placed), usize::from(object))),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let &(top, n, placed, objects) = counts.first()?;
        let second = counts.get(1).map_or(0, |c| c.1);
        let dominant = n >= 2 && n > 2 * second;
        // A snippet is about its one country unless it only names it as what is acted
        // on ("Smith, the interior minister, accused Kenya of lying": not Kenya's).
        let snippet = text.len() <= SNIPPET_BYTES && objects < n;
        let only = counts.len() == 1 && (placed == n || snippet);
        (dominant || only).then_some(top)
    }

    /// Whether nothing named so far can be referred back to, so that
    /// [`MentionFinder::find`] finds nothing in a sentence without gazetteer hits.
    ///
    /// Every mention without a hit refers back: a surname or "he" to a person, "the
    /// Alliance" to an organisation, "the two sides" to two actors. So until the
    /// document names one of these, a sentence without hits need not be tokenized.
    pub fn has_nothing_to_refer_back_to(&self) -> bool {
        self.people.is_empty()
            && !self.coref.has_people()
            && self.last_organization.is_none()
            && self.last_author.is_none()
            && self.recent.len() < 2
            && self.acronyms.is_empty()
    }

    /// Where the document's dateline ("HELSINKI, March 8 -") ends, 0 without one:
    /// the dateline is a place and a date, never part of a statement.
    pub fn dateline_end(&self) -> usize {
        self.dateline_end
    }

    /// The person "he" or "she" will likely refer to next: the subject of the
    /// sentence's first event, or its speaker (see [`coref`]).
    pub fn set_focus(&mut self, actor: usize) {
        if self.actors.get(actor).kind == ActorKind::Person {
            self.coref.set_focus(actor);
        }
    }

    /// A person who just spoke (the speaker of a statement): in a dialogue "he" is
    /// the man who spoke before, not a man he talked about.
    pub fn note_speaker(&mut self, actor: usize) {
        if self.actors.get(actor).kind == ActorKind::Person {
            self.coref.note_speaker(actor);
        }
    }

    /// Appends the mentions of `sentence` to `out`; `hits` are the gazetteer hits inside it.
    pub fn find(&mut self, s: &Sentence, hits: &[Hit], out: &mut Vec<Mention>) {
        self.index_hits(s, hits);
        self.coref.start_sentence();
        self.find_names(s);
        self.note_unnamed_people(s);
        self.has_bracket = (0..s.len()).any(|k| s.is(k, "("));
        self.has_organization_head = (0..s.len()).any(|k| {
            s.word(k)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_uppercase)
                && ORGANIZATION_HEADS.contains(s.word(k))
        });
        let first_new = out.len();
        let mut i = 0;
        while i < s.len() {
            // "15 Afghan Army trainees", "at least 20 Palestinians": a number or
            // quantifier before a group of people belongs to its mention.
            let people_ahead = self.last_people_hit.is_some_and(|last| last > i);
            let quantity = if people_ahead {
                crate::text::quantity_end(s, i).map(|end| end - i)
            } else {
                None
            };
            if let Some(q) = quantity {
                let before = out.len();
                let next = self.mention_at(s, i + q, first_new, out);
                if out.len() > before {
                    if self.counts_people(i + q, &out[before]) {
                        out[before].tokens.start = i;
                    }
                    i = next;
                    continue;
                }
                // Nothing after the number: "the two sides" is read from its start.
            }
            i = self.mention_at(s, i, first_new, out);
        }
        self.leaders_governments(s, &mut out[first_new..]);
        self.shared_bodies(s, &mut out[first_new..]);
        group_nouns(s, &self.actors, &mut out[first_new..]);
        coref::cataphora(&mut self.coref, s, &mut out[first_new..], &self.actors);
        self.note_document_authors(s, &out[first_new..]);
        self.speaking_documents(s, first_new, out);
        self.remember(s, &out[first_new..]);
    }

    /// "Prime Minister Hun Sen's government", "Putin's regime": a person with a
    /// country, a possessive and a government's noun name that country's government
    /// (as "the Trump administration" does, [`Self::titled_or_body`]).
    fn leaders_governments(&mut self, s: &Sentence, found: &mut [Mention]) {
        for m in found.iter_mut() {
            let end = m.tokens.end;
            if m.kind != MentionKind::Person || s.kind(end) != Some(TokenKind::Possessive) {
                continue;
            }
            let Some((body, body_end)) = self.whole_government_at(s, end + 1) else {
                continue;
            };
            let Some(owner) = self
                .actors
                .get(m.actor)
                .country
                .as_deref()
                .and_then(|c| self.gazetteer.lookup(c))
            else {
                continue;
            };
            m.actor = self.body_actor(owner, body);
            m.tokens.end = body_end;
            m.kind = MentionKind::Body;
        }
    }

    /// "Japanese and Australian armies", "The Russian and US navies", "Nigerian and
    /// British armed forces": a country's adjective joined by "and" to a body names
    /// that country's body too.
    fn shared_bodies(&mut self, s: &Sentence, found: &mut [Mention]) {
        for k in 1..found.len() {
            let (before, after) = found.split_at_mut(k);
            let (a, b) = (&mut before[k - 1], &after[0]);
            if a.kind != MentionKind::Adjective || b.kind != MentionKind::Body {
                continue;
            }
            let mut j = a.tokens.end;
            if !s.is(j, "and") {
                continue;
            }
            j += 1;
            if s.is(j, "the") && b.tokens.start == j + 1 {
                j += 1;
            }
            if j != b.tokens.start {
                continue;
            }
            let Some(body) = b
                .tokens
                .clone()
                .find_map(|t| self.body_at(t).filter(|&(_, end)| end == b.tokens.end))
                .map(|(body, _)| body)
            else {
                continue;
            };
            let Some(owner) = self.gazetteer.lookup(&self.actors.get(a.actor).id) else {
                continue;
            };
            if self.gazetteer.actor(owner).kind != ActorKind::Country {
                continue;
            }
            a.actor = self.body_actor(owner, body);
            a.kind = MentionKind::Body;
        }
    }

    /// Remembers who wrote a document the sentence names with its author, and the
    /// document's noun: "a UN report", "the IAEA's latest report", "a report by the IAEA".
    fn note_document_authors(&mut self, s: &Sentence, found: &[Mention]) {
        for m in found.iter().filter(|m| !m.is_pronoun()) {
            let before = m.tokens.start;
            let by = |k: usize| {
                before >= k
                    && (s.is(before - k + 1, "by") || s.is(before - k + 1, "from"))
                    && (k == 2 || s.is(before - 1, "the"))
            };
            let by = if by(2) {
                document_word(s, before - 2)
            } else if by(3) {
                document_word(s, before - 3)
            } else {
                None
            };
            // "The IAEA issued a report", "NATO published its annual review".
            let mut end = m.tokens.end;
            if PUBLISH_VERBS.iter().any(|w| s.is(end, w)) {
                end += 1;
                if ["a", "an", "its", "their", "the", "his", "her"]
                    .iter()
                    .any(|w| s.is(end, w))
                {
                    end += 1;
                }
            }
            let noun = by.or_else(|| document_after(s, end).and_then(|n| document_word(s, n)));
            if let Some(noun) = noun {
                self.last_author = Some((m.actor, noun));
            }
        }
    }

    /// Documents that speak become `source` actors of their own: "a UN report said",
    /// "according to the IAEA's latest report", "a statement from the Kremlin said".
    /// The mention then covers the document's words too ("UN report", "statement
    /// from the Kremlin"); a document that does not speak ("Russia rejected the UN
    /// report", "a UN report was published") leaves its author's mention alone.
    fn speaking_documents(&mut self, s: &Sentence, first_new: usize, out: &mut [Mention]) {
        for m in &mut out[first_new..] {
            if matches!(m.kind, MentionKind::Pronoun | MentionKind::Role) {
                continue;
            }
            let (start, end) = (m.tokens.start, m.tokens.end);
            let (phrase, noun_at, phrase_end) = if let Some(n) = document_after(s, end) {
                (start, n, n + 1)
            } else if start >= 2 && (s.is(start - 1, "by") || s.is(start - 1, "from")) {
                // "a report by (the) IAEA", "a statement from the Kremlin".
                let n = start - 2;
                match document_word(s, n) {
                    Some(_) => (n, n, end),
                    None => continue,
                }
            } else if start >= 3
                && s.is(start - 1, "the")
                && (s.is(start - 2, "by") || s.is(start - 2, "from"))
                && document_noun(s, start - 3)
            {
                (start - 3, start - 3, end)
            } else {
                continue;
            };
            if !document_speaks(s, phrase, phrase_end) {
                continue;
            }
            let Some(noun) = document_word(s, noun_at) else {
                continue;
            };
            let mut source = source_actor(self.actors.get(m.actor), noun);
            // As written ("UN report"), so `said --by "UN report"` finds it.
            let written = s.doc[s.byte_span(phrase.min(start)..phrase_end.max(end))].to_string();
            if written != source.label {
                source.aliases.push(written);
            }
            let actor = self.actors.intern_owned(source);
            *m = Mention {
                actor,
                tokens: phrase.min(start)..phrase_end.max(end),
                kind: MentionKind::Role,
            };
        }
    }

    /// "the report said", "according to the report": the document last named with
    /// its author, as a `source` actor, when the report speaks or is cited.
    fn document_anaphor(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let (author, noun) = self.last_author?;
        if !s.word(i).eq_ignore_ascii_case("the") {
            return None;
        }
        let at = document_after(s, i + 1)?;
        // "the report by the IAEA": the author is named; that mention speaks.
        if !document_speaks(s, i + 1, at + 1) {
            return None;
        }
        let source = source_actor(self.actors.get(author), noun);
        let actor = self.actors.intern_owned(source);
        out.push(Mention {
            actor,
            tokens: i..at + 1,
            kind: MentionKind::Role,
        });
        Some(at + 1)
    }

    /// "NATO's military chief", "the UN refugee chief": a title with no name after it
    /// right after a body's mention (the last in `out`, ending at `next`) is the body's
    /// role holder, who acts for the same actor; returns where the mention now ends.
    fn body_title(&self, s: &Sentence, next: usize, out: &mut [Mention]) -> usize {
        let Some(m) = out.last_mut() else {
            return next;
        };
        if m.kind != MentionKind::Body || m.tokens.end != next {
            return next;
        }
        match self.title_at(next) {
            Some((_, false, end)) if self.name(s, end).is_none() => {
                m.tokens.end = end;
                m.kind = MentionKind::Role;
                end
            }
            _ => next,
        }
    }

    /// The mentions that start at token `i`, appended to `out`; returns the token after them.
    fn mention_at(
        &mut self,
        s: &Sentence,
        i: usize,
        first_new: usize,
        out: &mut Vec<Mention>,
    ) -> usize {
        if i >= s.len() || self.starts_nothing(s, i) {
            return i + 1;
        }
        let before = out.len();
        let mut next = self.mention_kinds_at(s, i, first_new, out);
        if out.len() == before + 1 {
            next = self.body_title(s, next, out);
        }
        if out.len() > before {
            self.acronyms_inside(s, i, next);
            return self.acronym_after(s, before, next, out);
        }
        if let Some(next) = self.defined_acronym(s, i, out) {
            return next;
        }
        if let Some(next) = self.organization_with_acronym(s, i, out) {
            return next;
        }
        if let Some(next) = self.acronym_subject(s, i, out) {
            return next;
        }
        next
    }

    fn mention_kinds_at(
        &mut self,
        s: &Sentence,
        i: usize,
        first_new: usize,
        out: &mut Vec<Mention>,
    ) -> usize {
        // "the militant group X": before a sector's noun takes "militant".
        if armed_sector(s.word(i)).is_some()
            && i + 1 < s.len()
            && GROUP_HEADS.contains(s.word(i + 1))
        {
            if let Some(next) = self.group_by_noun(s, i, out) {
                return next;
            }
        }
        // "The Washington Post": before "Washington" is read as the seat.
        if let Some(next) = self.newspaper(s, i, out) {
            return next;
        }
        if let Some(next) = self.titled_or_body(s, i, out) {
            return next;
        }
        if let Some(hit) = self.hit_at[i] {
            // "Edward Kennedy … Kennedy said": a city's name that is the surname of
            // one of the document's people is that person (not after "in" or "near").
            // Cheapest tests first: this runs at every hit.
            if !self.people.is_empty()
                && hit.end == i + 1
                && hit.only_a_place()
                && !(i >= 1
                    && ["in", "at", "near", "from", "to"]
                        .iter()
                        .any(|w| s.is(i - 1, w)))
                && self.people_by_word.contains_key(s.word(i))
            {
                if let Some(next) = self.known_person_at(s, i, out) {
                    return next;
                }
            }
            let before = out.len();
            self.bare_hit(s, i, hit, out);
            // "Iranian Revolutionary Guards" is one mention, past the adjective's hit.
            let end = out[before..].iter().map(|m| m.tokens.end).max();
            return end.unwrap_or(0).max(hit.end).max(i + 1);
        }
        if let Some(next) = self.organization_anaphor(s, i, out) {
            return next;
        }
        if let Some(next) = self.document_anaphor(s, i, out) {
            return next;
        }
        if let Some(holder) = self.holder_at[i] {
            self.holder(s, i, holder, out);
            return i + 1;
        }
        if let Some(actor) = self.modifier_at[i] {
            let actor = self.actors.intern(self.gazetteer.actor(actor));
            let word = s.word(i);
            let head = if i + 1 < s.len() { s.word(i + 1) } else { "" };
            // "the Saudi-led coalition", "a NATO-led force": the leader acts for it.
            if word.ends_with("-led") && LED_HEADS.contains(head) {
                out.push(Mention {
                    actor,
                    tokens: i..i + 2,
                    kind: MentionKind::Name,
                });
                return i + 2;
            }
            out.push(Mention {
                actor,
                tokens: i..i + 1,
                kind: MentionKind::Modifier,
            });
            // "US-backed forces", "Iran-allied militias": proxies, armed men of no
            // state, not the backer's own forces.
            let backed = [
                "-backed",
                "-allied",
                "-supported",
                "-sponsored",
                "-funded",
                "-armed",
            ]
            .iter()
            .any(|b| word.ends_with(b));
            if backed && PROXY_HEADS.contains(head) {
                if let Some(body) = self.gazetteer.body_by_slug("militants") {
                    let actor = self.sector_actor(body);
                    out.push(Mention {
                        actor,
                        tokens: i + 1..i + 2,
                        kind: MentionKind::Sector,
                    });
                    return i + 2;
                }
            }
            return i + 1;
        }
        if let Some(next) = self.named_organization(s, i, out) {
            return next;
        }
        if let Some(next) = self.group_by_noun(s, i, out) {
            return next;
        }
        if let Some(next) = self.honorific(s, i, out) {
            return next;
        }
        if let Some(next) = self.known_person(s, i, out) {
            return next;
        }
        if let Some(next) = self.found_person(s, i, out) {
            return next;
        }
        if let Some(next) = self.two_sides(s, i, first_new, out) {
            return next;
        }
        if let Some(next) = self.collective_pronoun(s, i, first_new, out) {
            return next;
        }
        if let Some(p) = coref::personal_pronoun(s, i) {
            let actor = self.coref.resolve(s, i, p, &out[first_new..], &self.actors);
            if let Some(actor) = actor {
                let kind = match p.form {
                    Form::Possessive => MentionKind::Possessive,
                    _ => MentionKind::Pronoun,
                };
                out.push(Mention {
                    actor,
                    tokens: i..i + 1,
                    kind,
                });
            }
        }
        i + 1
    }

    /// Whether the mention just found at `at` names people that a number can count:
    /// a body ("Afghan Army trainees") or a plural demonym ("Palestinians").
    fn counts_people(&self, at: usize, mention: &Mention) -> bool {
        if mention.tokens.start != at {
            return false;
        }
        match mention.kind {
            MentionKind::Body => true,
            MentionKind::Name => self
                .hit_at
                .get(at)
                .copied()
                .flatten()
                .is_some_and(|h| h.meanings.iter().any(|m| matches!(m, Meaning::Demonym(_)))),
            _ => false,
        }
    }

    /// Whether the "he"/"she" at token `token` of the last sentence found was
    /// tied to its person by a guess between people who fit nearly as well.
    pub fn pronoun_was_guessed(&self, token: usize) -> bool {
        self.coref.was_guessed(token)
    }

    /// Whether token `i` can start no mention: no gazetteer hit, and a word that
    /// is not capitalised and opens no phrase ("the", "he"), or punctuation.
    ///
    /// Most tokens are such words; this looks at their bytes only.
    fn starts_nothing(&self, s: &Sentence, i: usize) -> bool {
        if self.hit_at[i].is_some() || self.modifier_at[i].is_some() || self.holder_at[i].is_some()
        {
            return false;
        }
        let t = s.tokens[i];
        let word = &s.doc[t.start as usize..t.end as usize];
        let bytes = word.as_bytes();
        match bytes.first() {
            Some(b) if b.is_ascii_lowercase() => {
                // Exactly as listed: "tHE" is no opener here.
                MENTION_OPENERS.find(word).is_none_or(|w| w != word)
                    && !coref::is_personal_pronoun_word(bytes)
            }
            Some(b) if b.is_ascii() => !b.is_ascii_uppercase(),
            // "Élysée": a letter beyond ASCII may be a capital.
            _ => !word.starts_with(char::is_uppercase),
        }
    }

    fn index_hits(&mut self, s: &Sentence, hits: &[Hit]) {
        self.last_people_hit = None;
        self.hit_at.clear();
        self.hit_at.resize(s.len(), None);
        self.modifier_at.clear();
        self.modifier_at.resize(s.len(), None);
        self.holder_at.clear();
        self.holder_at.resize(s.len(), None);
        for hit in hits.iter().filter(|h| h.span.start >= self.dateline_end) {
            let Ok(start) = s
                .tokens
                .binary_search_by_key(&(hit.span.start as u32), |t| t.start)
            else {
                continue;
            };
            let end = s.tokens[start..]
                .iter()
                .position(|t| t.start as usize >= hit.span.end)
                .map_or(s.len(), |p| start + p);
            // A hit that runs past the sentence ("ST. LOUIS - …" where "ST." ends one)
            // is no mention of it.
            if (s.tokens[end - 1].end as usize) < hit.span.end {
                continue;
            }
            // A hit that ends inside a token ("US-led") is a modifier, never an actor on its own.
            let partial = s.tokens[end - 1].end as usize > hit.span.end;
            let meanings = self.gazetteer.meanings(hit);
            // A surname cue is read by the name finder, not as a hit.
            if meanings.iter().all(|m| *m == Meaning::Cue) {
                continue;
            }
            // "rebel-held Ghouta", "Taliban-controlled districts": the holder.
            let rest = &s.doc[hit.span.end..s.tokens[end - 1].end as usize];
            if partial && end == start + 1 && (rest == "-held" || rest == "-controlled") {
                self.holder_at[start] = meanings.iter().find_map(|m| match *m {
                    Meaning::Name(a) | Meaning::Demonym(a) => Some(Holder::Actor(a)),
                    Meaning::Body(b) => Some(Holder::Sector(b)),
                    _ => None,
                });
            }
            if partial {
                // "U.S.-led coalition": the country is talked about, like an adjective.
                self.modifier_at[start] = meanings.iter().find_map(|m| match *m {
                    Meaning::Name(a) | Meaning::Adjective(a) => Some(a),
                    _ => None,
                });
                continue;
            }
            // "the Ankara terrorist attack", "Turkish terrorist acts": "terrorist"
            // before what is done is an adjective, not the people who did it.
            if end == start + 1
                && s.word(start).eq_ignore_ascii_case("terrorist")
                && TERRORIST_ACTS.contains(s.word(end))
                && meanings.iter().all(|m| matches!(m, Meaning::Body(_)))
            {
                continue;
            }
            if meanings
                .iter()
                .any(|m| matches!(m, Meaning::Body(_) | Meaning::Demonym(_)))
            {
                self.last_people_hit = Some(start);
            }
            self.hit_at[start] = Some(TokenHit { end, meanings });
        }
        let mut name_word = std::mem::take(&mut self.name_word);
        name_word.clear();
        name_word.extend((0..s.len()).map(|i| self.compute_is_name_word(s, i)));
        self.name_word = name_word;
    }

    /// Whether an actor is a people apart from any state (data/peoples.tsv: "Kurds").
    fn is_people(&self, actor: ActorIx) -> bool {
        let actor = self.gazetteer.actor(actor);
        actor.kind == ActorKind::Group && actor.sector.as_deref() == Some("ETH")
    }

    /// The holder of a place ("rebel-held", "Taliban-controlled") at token `i`: an
    /// actor named, or a sector's people of the place's country, named after it before
    /// the clause goes on ("the rebel-held enclave of eastern Ghouta", "a rebel-held
    /// town near Damascus"), else of the document's country, else of none.
    fn holder(&mut self, s: &Sentence, i: usize, holder: Holder, out: &mut Vec<Mention>) {
        let (actor, kind) = match holder {
            Holder::Actor(a) => (
                self.actors.intern(self.gazetteer.actor(a)),
                MentionKind::Name,
            ),
            Holder::Sector(body) => {
                let place = (i + 1..(i + 8).min(s.len()))
                    .take_while(|&k| s.kind(k) == Some(TokenKind::Word))
                    .find_map(|k| self.country_at(k).map(|(c, _)| c));
                match place.or(self.home) {
                    Some(country) => (self.body_actor(country, body), MentionKind::Body),
                    None => (self.sector_actor(body), MentionKind::Sector),
                }
            }
        };
        out.push(Mention {
            actor,
            tokens: i..i + 1,
            kind,
        });
    }

    fn bare_hit(&mut self, s: &Sentence, i: usize, hit: TokenHit<'g>, out: &mut Vec<Mention>) {
        let mut tokens = i..hit.end;
        for &meaning in hit.meanings {
            let (actor, kind) = match meaning {
                // A body's noun that is one country's body by its name only as a
                // name: "Department of Education", not "the department of education".
                Meaning::Name(_)
                    if hit.meanings.iter().any(|m| matches!(m, Meaning::Body(_)))
                        && s.word(i).starts_with(|c: char| c.is_ascii_lowercase()) =>
                {
                    continue
                }
                Meaning::Name(a) => (a, MentionKind::Name),
                Meaning::Place(a) if self.is_place_phrase(s, i, hit.end) => {
                    self.scene(s, i..hit.end, a, out);
                    return;
                }
                Meaning::Seat(a) | Meaning::Place(a) => (a, MentionKind::Seat),
                // "Iranian Revolutionary Guards": the country's adjective before a
                // name of its own body is part of that name's mention.
                Meaning::Adjective(a) if self.own_body_follows(hit.end, a) => {
                    let Some(body) = self.hit_at[hit.end] else {
                        return;
                    };
                    let before = out.len();
                    self.bare_hit(s, hit.end, body, out);
                    if let Some(m) = out.get_mut(before) {
                        m.tokens.start = i;
                    }
                    return;
                }
                Meaning::Adjective(a) => match self.people_after_adjective(s, i, hit.end) {
                    Some(end) => {
                        tokens = i..end;
                        (a, MentionKind::Name)
                    }
                    None => (a, MentionKind::Adjective),
                },
                Meaning::Demonym(a) => (a, MentionKind::Name),
                _ => continue,
            };
            if kind == MentionKind::Name && self.is_place_or_person_name(s, i, hit.end) {
                return;
            }
            // "the Berne Agreement", "the Astana talks", "the 1993 Oslo Accords": where a
            // treaty was signed or talks are held names them, not a party to them.
            let the_before = (i >= 1 && s.is(i - 1, "the"))
                || (i >= 2 && s.kind(i - 1) == Some(TokenKind::Number) && s.is(i - 2, "the"));
            let treaty = the_before && hit.end < s.len() && TREATY_NOUNS.contains(s.word(hit.end));
            if kind == MentionKind::Seat && (self.is_place(s, i) || treaty) {
                if !treaty {
                    self.scene(s, i..hit.end, actor, out);
                }
                return;
            }
            let gazetteer_actor = self.gazetteer.actor(actor);
            if self.owns_next_body(s, hit.end, gazetteer_actor) {
                return;
            }
            let actor = self.actors.intern(gazetteer_actor);
            if gazetteer_actor.kind == ActorKind::Organization {
                self.last_organization = Some(actor);
            }
            out.push(Mention {
                actor,
                tokens,
                kind,
            });
            return;
        }
    }

    /// A city or region right after "in" or "from" that is named as a place: a
    /// [`MentionKind::Scene`] of its country ("declared a curfew in Bangkok",
    /// "withdrew peacekeepers from Sinai").
    fn scene(
        &mut self,
        s: &Sentence,
        tokens: Range<usize>,
        place: ActorIx,
        out: &mut Vec<Mention>,
    ) {
        if tokens.start == 0 || !(s.is(tokens.start - 1, "in") || s.is(tokens.start - 1, "from")) {
            return;
        }
        let actor = self.actors.intern(self.gazetteer.actor(place));
        out.push(Mention {
            actor,
            tokens,
            kind: MentionKind::Scene,
        });
    }

    /// A country name that is part of something else: "Atlanta, Georgia" (a
    /// place), "Michael Jordan", "Chad Smith" (a person).
    fn is_place_or_person_name(&self, s: &Sentence, start: usize, end: usize) -> bool {
        let after_place = start >= 2
            && s.is(start - 1, ",")
            && (self.is_name_word(s, start - 2) || self.place_ends_at(s, start - 1));
        let first_name = FIRST_NAME_COUNTRIES.contains(&s.word(start))
            && ((start >= 1 && self.is_name_word(s, start - 1) && !s.is(start - 1, "the"))
                || self.is_name_word(s, end));
        // "Lisa O. Monaco": a middle initial makes the next word a surname.
        let initial = start >= 1 && {
            let w = s.word(start - 1).as_bytes();
            w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
        } || start >= 2 && s.is(start - 1, ".") && {
            let w = s.word(start - 2).as_bytes();
            w.len() == 1 && w[0].is_ascii_uppercase()
        };
        // "GM Canada", "BHP Australia": a firm's acronym no entry knows opens the name
        // of its unit in that country.
        // So does a listed company's name ("Siemens Austria", data/firms.tsv).
        let acronym = start >= 1 && self.hit_at[start - 1].is_none() && {
            let w = s.word(start - 1).as_bytes();
            (2..=5).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
        };
        let firm = start >= 1
            && self.hit_at[start - 1].is_some_and(|h| {
                h.end == start
                    && h.meanings.iter().any(|m| {
                        matches!(*m, Meaning::Name(a)
                            if self.gazetteer.actor(a).sector.as_deref() == Some("BUS"))
                    })
            });
        let country = self.gazetteer_kind_at(start) == Some(ActorKind::Country);
        country && (after_place || first_name || initial || acronym || firm)
    }

    /// A capital named as a place, not as its government: "in Vilnius", "central
    /// Moscow", "the outskirts of Kyiv", "Seattle, Washington".
    fn is_place(&self, s: &Sentence, start: usize) -> bool {
        let before = |k: usize| start >= k && LOCATIVES.iter().any(|w| s.is(start - k, w));
        let part_of = start >= 2 && s.is(start - 1, "of") && before(2);
        let after_place = start >= 2
            && s.is(start - 1, ",")
            && (self.is_name_word(s, start - 2) || self.place_ends_at(s, start - 1));
        let arrival = start >= 2 && ARRIVALS.iter().any(|w| s.is(start - 2, w));
        // "fired rockets at Gaza", "missiles aimed at Kyiv": what is aimed at is a target.
        let aimed = start >= 2
            && s.is(start - 1, "at")
            && (2..=3).any(|k| start >= k && FIRING_WORDS.iter().any(|w| s.is(start - k, w)));
        (before(1) && !arrival && !aimed) || part_of || after_place
    }

    /// A city or region (not a capital, data/places.tsv) named as a place or as part of a
    /// longer name, not as its country: besides [`Self::is_place`], "rockets from Gaza",
    /// "the people of Kharkiv", "the Donetsk region", "Mosul, Iraq", "Whitney Houston",
    /// "Florence Parly".
    fn is_place_phrase(&self, s: &Sentence, start: usize, end: usize) -> bool {
        // "the Delaware", "the Donbas": a region with an article is named as a region;
        // not the whole object of a past tense ("Israel bombed the Gaza Strip"; but
        // "crossed the Delaware", "attacked the Zaporizhzhia nuclear plant").
        const CROSSINGS: &[&str] = &["crossed", "reached", "entered", "toured", "sailed"];
        let object = start >= 2
            && is_verb_form(s.word(start - 2), false)
            && !CROSSINGS.iter().chain(MOVES).any(|w| s.is(start - 2, w))
            && (end >= s.len()
                || !s.word(end).starts_with(|c: char| c.is_ascii_lowercase())
                || AFTER_OBJECT.contains(s.word(end)));
        let preposition = start >= 1
            && (s.is(start - 1, "the") && !object
                || PLACE_PREPOSITIONS.iter().any(|w| s.is(start - 1, w)));
        // "Floods hit Bavaria", "Sichuan was hit by an earthquake": what nature strikes is a
        // place.
        let struck = (start.saturating_sub(4)..start)
            .chain(end..(end + 6).min(s.len()))
            .any(|k| DISASTERS.iter().any(|w| s.is(k, w)));
        // "moved from Chicago to Houston", "fled to Aleppo": where people go is a place.
        let moved_to = start >= 2
            && s.is(start - 1, "to")
            && (start.saturating_sub(6)..start - 1).any(|k| MOVES.iter().any(|w| s.is(k, w)));
        let place_noun = PLACE_NOUNS.iter().any(|w| s.is(end, w));
        // "Mosul, Iraq": a country or region after a comma says where the city is.
        let located = self.located_by_comma(s, end);
        // Part of a longer name: "Whitney Houston", "Houston Rockets".
        let in_name = (start >= 1 && self.is_name_word(s, start - 1)) || self.is_name_word(s, end);
        self.is_place(s, start)
            || self.joined_to_place(s, start)
            || preposition
            || place_noun
            || located
            || in_name
            || struck
            || moved_to
    }

    /// "around Bakhmut and Avdiivka", "in Kharkiv, Izium or Kupiansk": whether the place at
    /// `start` closes a list of places (joined by "and", "or" or commas) whose first is
    /// named as a place. The walk back is bounded (eight places), so the test stays
    /// linear in the sentence.
    fn joined_to_place(&self, s: &Sentence, start: usize) -> bool {
        let mut start = start;
        for _ in 0..8 {
            let joined = start >= 2
                && (s.is(start - 1, "and") || s.is(start - 1, "or") || s.is(start - 1, ","));
            if !joined {
                return false;
            }
            let end = start - 1;
            let Some(previous) = (start.saturating_sub(5)..end).find(|&k| {
                self.hit_at[k].is_some_and(|h| {
                    h.end == end
                        && h.meanings
                            .iter()
                            .any(|m| matches!(m, Meaning::Place(_) | Meaning::Seat(_)))
                })
            }) else {
                return false;
            };
            let named_as_place = self.is_place(s, previous)
                || previous >= 1 && PLACE_PREPOSITIONS.iter().any(|w| s.is(previous - 1, w));
            if named_as_place {
                return true;
            }
            start = previous;
        }
        false
    }

    /// "Iran's Revolutionary Guards": the country only says whose body it is.
    fn owns_next_body(&self, s: &Sentence, end: usize, owner: &Actor) -> bool {
        if s.kind(end) != Some(TokenKind::Possessive) || owner.kind != ActorKind::Country {
            return false;
        }
        let Some(hit) = self.hit_at.get(end + 1).copied().flatten() else {
            return false;
        };
        hit.meanings.iter().any(|m| match *m {
            Meaning::Name(a) => {
                let body = self.gazetteer.actor(a);
                body.kind == ActorKind::Government
                    && body.country.as_deref() == Some(owner.id.as_str())
            }
            _ => false,
        })
    }

    fn gazetteer_kind_at(&self, i: usize) -> Option<ActorKind> {
        let hit = (*self.hit_at.get(i)?)?;
        hit.meanings.iter().find_map(|m| match *m {
            Meaning::Name(a) => Some(self.gazetteer.actor(a).kind),
            _ => None,
        })
    }

    /// The country named last, in this sentence (`out`, a country's adjective too)
    /// or before it: the country a body, person or place belongs to.
    fn last_country(&self, out: &[Mention]) -> Option<ActorIx> {
        let here = out.iter().rev().map(|m| m.actor);
        here.chain(self.recent.iter().rev().copied())
            .find_map(|ix| {
                let actor = self.actors.get(ix);
                let country = match actor.kind {
                    ActorKind::Country => &actor.id,
                    _ => actor.country.as_ref()?,
                };
                self.gazetteer.lookup(country)
            })
    }

    /// Remembers the actors of the mentions found so far, for "the two sides" and "it".
    fn remember(&mut self, s: &Sentence, out: &[Mention]) {
        self.coref.remember(s, out, &self.actors);
        push_named(&mut self.recent, out);
        let excess = self.recent.len().saturating_sub(8);
        self.recent.drain(..excess);
    }

    /// "the two sides", "both countries": the last two actors named.
    fn two_sides(
        &mut self,
        s: &Sentence,
        i: usize,
        first_new: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let opener = (s.is(i, "the") && s.is(i + 1, "two")) || s.is(i, "both");
        let noun = i + 1 + usize::from(s.is(i, "the"));
        if !opener || !TWO_SIDES.iter().any(|w| s.is(noun, w)) {
            return None;
        }
        let mut named = self.recent.clone();
        push_named(&mut named, &out[first_new..]);
        // "the two countries" are two states, not the last two actors whatever they
        // are ("… Senator McClure said. The two countries signed a pact").
        let states = ["countries", "nations", "states", "neighbours", "neighbors"]
            .iter()
            .any(|w| s.is(noun, w));
        if states {
            named.retain(|&a| self.actors.get(a).kind == ActorKind::Country);
        }
        // "the two leaders", "the two men": the last two people, when two were named
        // ("Trump and King Abdullah will meet in the Oval Office, where the two
        // leaders …"); else the last two actors, whose leaders they are.
        let people = ["leaders", "men", "presidents", "ministers"]
            .iter()
            .any(|w| s.is(noun, w));
        if people {
            let persons: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&a| self.actors.get(a).kind == ActorKind::Person)
                .collect();
            if persons.len() >= 2 {
                named = persons;
            }
        }
        let pair = named[named.len().checked_sub(2)?..].to_vec();
        for actor in pair {
            out.push(Mention {
                actor,
                tokens: i..noun + 1,
                kind: MentionKind::Role,
            });
        }
        Some(noun + 1)
    }

    /// "it"/"they" as the subject of a verb: the organisation, country or group
    /// named earlier in the sentence ("Egypt said it was working with Qatar"; see
    /// [`coref::collective_antecedent`]).
    fn collective_pronoun(
        &mut self,
        s: &Sentence,
        i: usize,
        first_new: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        if !["it", "It", "they", "They"].contains(&s.word(i)) || !Self::starts_predicate(s, i + 1) {
            return None;
        }
        let actor = coref::collective_antecedent(s, i, &out[first_new..], &self.actors)?;
        // "Russia and China said they …": "they" after the sentence's opening
        // actors joined by "and" means all of them (as "the two sides" does).
        let mut actors = vec![actor];
        if s.word(i).eq_ignore_ascii_case("they") {
            let found = &out[first_new..];
            if let Some(k) = found
                .iter()
                .position(|m| m.actor == actor && m.tokens.end < i)
            {
                let mut end = found[k].tokens.end;
                let mut closed_by_and = false;
                for m in &found[k + 1..] {
                    let joined = (m.tokens.start == end + 1
                        && (s.is(end, "and") || s.is(end, ",")))
                        || (m.tokens.start == end + 2 && s.is(end, ",") && s.is(end + 1, "and"));
                    if !joined || m.tokens.start >= i || !m.can_act() {
                        break;
                    }
                    if !actors.contains(&m.actor) {
                        actors.push(m.actor);
                    }
                    end = m.tokens.end;
                    closed_by_and = s.is(m.tokens.start - 1, "and");
                }
                // Only a list that "and" closes is a joint subject.
                if !closed_by_and {
                    actors.truncate(1);
                }
            }
        }
        for actor in actors {
            out.push(Mention {
                actor,
                tokens: i..i + 1,
                kind: MentionKind::Pronoun,
            });
        }
        Some(i + 1)
    }

    /// Whether token `i` starts a predicate: an auxiliary or a past verb form.
    fn starts_predicate(s: &Sentence, i: usize) -> bool {
        static AUXILIARIES: WordList = WordList::new(&[
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
            "may", "might", "must", "should", "did", "does", "do", "said", "says",
        ]);
        i < s.len()
            && (AUXILIARIES.contains(s.word(i))
                || (s.word(i).ends_with("ed")
                    && s.word(i).starts_with(|c: char| c.is_ascii_lowercase())))
    }

    /// Whether token `i` starts a city or region of data/places.tsv (not a country name,
    /// adjective or capital).
    fn place_at(&self, i: usize) -> bool {
        self.hit_at.get(i).copied().flatten().is_some_and(|hit| {
            hit.meanings
                .iter()
                .find(|m| {
                    matches!(
                        m,
                        Meaning::Name(_)
                            | Meaning::Adjective(_)
                            | Meaning::Seat(_)
                            | Meaning::Place(_)
                    )
                })
                .is_some_and(|m| matches!(m, Meaning::Place(_)))
        })
    }

    /// Whether a city, region or capital ends just before token `end` ("Atlanta" in
    /// "Atlanta, Georgia"), looking back over at most four tokens. A seat after "the" is a
    /// building, which locates nothing ("According to the Kremlin, Ukraine …").
    fn place_ends_at(&self, s: &Sentence, end: usize) -> bool {
        (end.saturating_sub(4)..end).any(|i| {
            self.hit_at[i].is_some_and(|hit| {
                let building = i >= 1 && s.is(i - 1, "the");
                hit.end == end
                    && hit.meanings.iter().any(|m| match m {
                        Meaning::Place(_) => true,
                        Meaning::Seat(_) => !building,
                        _ => false,
                    })
            })
        })
    }

    /// Whether the one-word name at `name` is a town before the region or country
    /// it lies in ("Marion, Ohio", "Jackson, Mississippi"), not a person.
    fn place_follows(&self, s: &Sentence, name: Range<usize>) -> bool {
        name.len() == 1 && self.located_by_comma(s, name.end)
    }

    /// Whether a comma at `end` is followed by a place or a country that says
    /// where the words before lie ("Mosul, Iraq", "Marion, Ohio"); not by one that
    /// owns an apposition ("Haifa, Israel's third largest city", which names the
    /// city as what it is).
    fn located_by_comma(&self, s: &Sentence, end: usize) -> bool {
        s.is(end, ",")
            && self
                .hit_at
                .get(end + 1)
                .copied()
                .flatten()
                .is_some_and(|h| s.kind(h.end) != Some(TokenKind::Possessive))
            && self
                .hit_at
                .get(end + 1)
                .copied()
                .flatten()
                .is_some_and(|h| {
                    h.meanings.iter().any(|m| match *m {
                        Meaning::Place(_) => true,
                        Meaning::Name(a) => self.gazetteer.actor(a).kind == ActorKind::Country,
                        _ => false,
                    })
                })
    }
}

/// Moves the actors of `mentions` that can act to the end of `named`, the last named
/// last, each once.
fn push_named(named: &mut Vec<usize>, mentions: &[Mention]) {
    for m in mentions.iter().filter(|m| m.can_act()) {
        named.retain(|&a| a != m.actor);
        named.push(m.actor);
    }
}

/// Whether the words at `start` are somebody's: after "its", "their", "his", "her",
/// "our" or a possessive ("Russia's troops").
fn owned_before(s: &Sentence, start: usize) -> bool {
    const OWNERS: &[&str] = &[
        "its", "their", "his", "her", "our", "Its", "Their", "His", "Her", "Our",
    ];
    start >= 1
        && (OWNERS.iter().any(|w| s.is(start - 1, w))
            || s.kind(start - 1) == Some(TokenKind::Possessive))
}

/// The largest char boundary of `text` at or before `at`.
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether token `i` closes a bracket.
fn is_closing_bracket(s: &Sentence, i: usize) -> bool {
    s.is(i, ")") || s.is(i, "]")
}

/// The text of a name: its words as written, or joined by spaces when an
/// editor's bracket cuts through it ("Mikhail) Gorbachev" is "Mikhail Gorbachev").
fn name_text(s: &Sentence, name: Range<usize>) -> String {
    if name.clone().any(|t| is_closing_bracket(s, t)) {
        let words: Vec<&str> = name
            .filter(|&t| !is_closing_bracket(s, t))
            .map(|t| s.word(t))
            .collect();
        words.join(" ")
    } else {
        s.doc[s.byte_span(name)].to_string()
    }
}

/// Whether a word is written in capitals only, two letters or more, and is no
/// Roman numeral: "EEOC", "NAACP", not "II", "XIV" or "U.S.".
fn is_capitals(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_uppercase())
        && word.len() >= 2
        && !word.chars().all(|c| "IVXLCDM".contains(c))
}

/// Whether a word is an acronym: two to eight capitals, dots or digits, starting with a capital.
/// Whether tokens `i..i + 3` are an acronym in brackets: "( NATO )".
fn bracketed_acronym(s: &Sentence, i: usize) -> bool {
    s.is(i, "(") && s.is(i + 2, ")") && is_acronym(s.word(i + 1))
}

fn is_acronym(word: &str) -> bool {
    let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
    (2..=10).contains(&word.len())
        && capitals >= 2
        && word.as_bytes()[0].is_ascii_uppercase()
        && word.bytes().all(|b| {
            b.is_ascii_uppercase()
                || b.is_ascii_digit()
                || b == b'.'
                || b == b'-'
                || b.is_ascii_lowercase()
        })
        && word.bytes().filter(u8::is_ascii_lowercase).count() <= 1
}

/// Whether token `i` is a document noun ([`DOCUMENT_NOUNS`]).
pub fn document_noun(s: &Sentence, i: usize) -> bool {
    document_word(s, i).is_some()
}

/// The document noun ([`DOCUMENT_NOUNS`]) token `i` is, as listed.
fn document_word(s: &Sentence, i: usize) -> Option<&'static str> {
    if i >= s.len() {
        return None;
    }
    DOCUMENT_NOUNS.find(s.word(i))
}

/// Whether the document named by tokens `start..end` speaks: a verb of
/// [`DOCUMENT_VERBS`] right after it ("the report said", "a UN study also found"),
/// or "according to" before it ("according to a UN report").
fn document_speaks(s: &Sentence, start: usize, end: usize) -> bool {
    let verb = end + usize::from(s.is(end, "also"));
    if verb < s.len() && DOCUMENT_VERBS.iter().any(|w| s.is(verb, w)) {
        return true;
    }
    let article = start >= 1 && ["a", "an", "the"].iter().any(|w| s.is(start - 1, w));
    let to = start - usize::from(article);
    to >= 2 && s.is(to - 1, "to") && s.word(to - 2).eq_ignore_ascii_case("according")
}

/// The `source` actor of a document by `author`: `source:un-report`, "UN report",
/// with the author as its `organization` (or only its `country`, for a country).
fn source_actor(author: &Actor, noun: &str) -> Actor {
    let noun = deunicode::deunicode(noun).to_lowercase();
    let organization = match author.kind {
        ActorKind::Country => None,
        _ => Some(author.id.clone()),
    };
    Actor {
        id: format!("source:{}-{}", slug(&author.id), slug(&noun)),
        label: format!("{} {}", author.label, noun),
        kind: ActorKind::Source,
        country: author.country.clone(),
        organization,
        role: None,
        sector: None,
        cameo: author.cameo.clone(),
        aliases: Vec::new(),
    }
}

/// The document noun that a mention ending at `end` owns or modifies ("UN report",
/// "IAEA's latest report"), at most two lower-case words before it.
pub fn document_after(s: &Sentence, end: usize) -> Option<usize> {
    let start = end + usize::from(s.kind(end) == Some(TokenKind::Possessive));
    for j in start..start + 3 {
        if document_noun(s, j) {
            return Some(j);
        }
        if !DOCUMENT_MODIFIERS.contains(s.word(j)) {
            return None;
        }
    }
    None
}

/// A stable id fragment: diacritics folded, lower case, words joined by hyphens.
pub fn slug(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_lowercase();
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// "the Hezbollah group", "the Hamas movement", "four Taliban members": a group's
/// or organisation's name followed by its own kind of noun or a noun for its
/// people is one mention, so the noun does not stand between the name and its verb;
/// an organisation's people may have up to two words of their work before them ("UN
/// human rights experts", "IAEA nuclear inspectors").
fn group_nouns(s: &Sentence, actors: &DocActors, found: &mut [Mention]) {
    // What an organisation's people work on: "UN weapons inspectors", "OSCE election
    // observers" (a list, so that no verb is read as one: "the UN withdrew peacekeepers").
    const STAFF_MODIFIERS: &[&str] = &[
        "human",
        "rights",
        "weapons",
        "nuclear",
        "arms",
        "election",
        "electoral",
        "war",
        "crimes",
        "special",
        "climate",
        "health",
        "humanitarian",
        "aid",
        "ceasefire",
        "peace",
        "independent",
        "military",
        "chemical",
        "senior",
        "top",
        "legal",
        "medical",
        "food",
        "technical",
        "forensic",
        "border",
        "police",
        "polio",
        "refugee",
        "relief",
    ];
    const STAFF: &[&str] = &[
        "experts",
        "expert",
        "inspectors",
        "investigators",
        "monitors",
        "observers",
        "envoys",
        "envoy",
        "mediators",
        "staff",
        "rapporteur",
        "rapporteurs",
        "peacekeepers",
    ];
    const NOUNS: &[&str] = &[
        "group",
        "movement",
        "organisation",
        "organization",
        "militia",
        "alliance",
        "bloc",
        "members",
        "member",
        "fighters",
        "militants",
        "commanders",
        "leaders",
    ];
    for k in 0..found.len() {
        let end = found[k].tokens.end;
        let next_free = found.get(k + 1).is_none_or(|n| n.tokens.start > end);
        let kind = actors.get(found[k].actor).kind;
        if found[k].kind != MentionKind::Name
            || !matches!(kind, ActorKind::Group | ActorKind::Organization)
            || !next_free
        {
            continue;
        }
        if NOUNS.iter().any(|w| s.is(end, w)) {
            found[k].tokens.end = end + 1;
            continue;
        }
        if kind != ActorKind::Organization {
            continue;
        }
        // Up to two lower-case modifiers, then the organisation's people; not past
        // the next mention.
        let next_start = found.get(k + 1).map_or(s.len(), |n| n.tokens.start);
        let modifier = |j: usize| STAFF_MODIFIERS.iter().any(|w| s.is(j, w));
        let staff = (end..(end + 3).min(next_start))
            .take_while(|&j| STAFF.iter().any(|w| s.is(j, w)) || modifier(j))
            .find(|&j| STAFF.iter().any(|w| s.is(j, w)));
        if let Some(j) = staff {
            found[k].tokens.end = j + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{slug, MentionKind, NAME_PARTICLES};
    use crate::{Document, Extractor};

    #[test]
    fn name_particles_are_short_words_without_hyphens() {
        for p in NAME_PARTICLES {
            assert!(p.len() <= 4 && !p.contains('-'), "{p}");
        }
    }

    /// Every mention of a text: its words, its actor's id and its kind.
    fn mentions(text: &str) -> Vec<(String, String, MentionKind)> {
        mentions_on(text, None)
    }

    fn mentions_on(text: &str, date: Option<&str>) -> Vec<(String, String, MentionKind)> {
        let doc = Document {
            id: "d".into(),
            text: text.into(),
            date: date.map(str::to_string),
            title: None,
            source: None,
        };
        let extraction = Extractor::builtin().unwrap().extract(&doc);
        extraction
            .mentions
            .iter()
            .map(|m| {
                (
                    text[m.span[0]..m.span[1]].to_string(),
                    m.actor.clone(),
                    m.kind,
                )
            })
            .collect()
    }

    #[test]
    fn a_surname_inside_a_longer_name_or_before_a_state_is_no_person() {
        let found = mentions(
            "Ukrainian President Volodymyr Zelensky met Anna Marion in Kyiv. \
             The Marion Group signed a deal. Marion, Ohio sent aid.",
        );
        let marion: Vec<_> = found
            .iter()
            .filter(|m| m.1 == "person:anna-marion")
            .collect();
        assert_eq!(marion.len(), 1, "{found:?}");
        let town = mentions("Marion, Ohio sent aid to Ukraine.");
        assert!(town.iter().all(|m| !m.1.starts_with("person:")), "{town:?}");
    }

    #[test]
    fn a_bare_name_is_the_dictionary_person_in_office_that_day_or_the_one_so_listed() {
        let text = "Egypt said Netanyahu criticised Cairo.";
        let netanyahu = |found: &[(String, String, MentionKind)]| {
            found
                .iter()
                .any(|(_, id, _)| id == "person:benjamin-netanyahu")
        };
        assert!(netanyahu(&mentions_on(text, Some("2013-05-01"))));
        // Out of office that day: no one.
        assert!(!netanyahu(&mentions_on(text, Some("1993-05-01"))));
        // Undated: the one office holder whose row lists the bare name.
        assert!(netanyahu(&mentions(text)));
        // Opening a sentence, a word the treebank never writes in lower case is a
        // name; a common word ("Young") is not, nor a word in capitals (a dateline).
        let opening = "Netanyahu criticised Egypt.";
        assert!(netanyahu(&mentions_on(opening, Some("2013-05-01"))));
        assert!(netanyahu(&mentions(opening)));
        let people = |text: &str| {
            mentions(text)
                .into_iter()
                .filter(|(_, id, _)| id.starts_with("person:"))
                .count()
        };
        assert_eq!(people("Young criticised Egypt."), 0);
        assert_eq!(people("NETANYAHU, May 3 - Egypt criticised Israel."), 0);
    }

    #[test]
    fn surnames_and_pronouns_are_found_whatever_their_first_letter() {
        let found = mentions(
            "Czech President Ádám Řezníček arrived. Řezníček met Andrzej Duda. \
             The president said he was pleased. Ádám Řezníček left.",
        );
        let person = "person:adam-reznicek".to_string();
        assert!(found.contains(&("Řezníček".into(), person.clone(), MentionKind::Surname)));
        assert!(found.contains(&("he".into(), person.clone(), MentionKind::Pronoun)));
        assert!(found.contains(&("Ádám Řezníček".into(), person, MentionKind::Surname)));
    }

    #[test]
    fn a_name_found_at_the_end_of_a_sentence_is_read_without_running_past_it() {
        // The name finder's person ends the sentence: nothing after it to look at.
        let found = mentions("Egypt said the talks were led by Dana Bash");
        assert!(found
            .iter()
            .any(|(w, _, k)| w == "Dana Bash" && *k == MentionKind::Person));
    }

    /// An editor's brackets inside a quoted name: "(Soviet leader Mikhail) Gorbachev".
    #[test]
    fn a_name_cut_by_an_editor_s_bracket_is_one_name() {
        let found = mentions(
            "\"I favour the reforms which (Soviet leader Mikhail) Gorbachev is carrying out,\" \
             the union leader said.",
        );
        let ids: Vec<&str> = found.iter().map(|(_, id, _)| id.as_str()).collect();
        assert!(ids.contains(&"person:mikhail-gorbachev"), "{found:?}");
        assert!(!ids.contains(&"person:mikhail"), "{found:?}");
    }

    #[test]
    fn a_month_after_a_first_name_or_an_honorific_is_a_surname() {
        let may = |text: &str| {
            mentions(text)
                .into_iter()
                .filter(|(_, id, _)| id == "person:theresa-may")
                .map(|(w, _, _)| w)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            may("Prime Minister Theresa May met Joe Biden. Mrs May left in May."),
            ["Prime Minister Theresa May", "Mrs May"]
        );
        // A day number after it makes it the month: "Theresa" alone is left.
        let found = mentions("Prime Minister Theresa May 5 talks ended.");
        assert!(
            !found.iter().any(|(w, _, _)| w.contains("May")),
            "{found:?}"
        );
        // A month after anything else stays a month.
        let found = mentions("President Joe Biden said in May that Iran must return.");
        assert!(
            !found.iter().any(|(w, _, _)| w.contains("May")),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_before_the_title_in_apposition_holds_the_office() {
        let extract = |text: &str| {
            let doc = Document {
                id: "d".into(),
                text: text.into(),
                ..Document::default()
            };
            Extractor::builtin().unwrap().extract(&doc)
        };
        let person = |text: &str, id: &str| {
            extract(text)
                .actors
                .into_iter()
                .find(|a| a.id == id)
                .unwrap_or_else(|| panic!("no {id} in {text:?}"))
        };
        // The document's country is the office's: a dateline's.
        let zadran = person(
            "KABUL, March 3 - Ahmad Zadran, the interior minister, accused Pakistan of lying.",
            "person:ahmad-zadran",
        );
        assert_eq!(zadran.role.as_deref(), Some("Interior Minister"));
        assert_eq!(zadran.country.as_deref(), Some("AFG"));
        // No document country: the office alone.
        let smith = person(
            "Smith, the interior minister, accused Kenya of lying.",
            "person:smith",
        );
        assert_eq!(smith.role.as_deref(), Some("Interior Minister"));
        assert_eq!(smith.country, None);
        // The whole apposition is the mention; not a second, role-only actor.
        let found = mentions("Smith, the interior minister, accused Kenya of lying.");
        assert!(
            found
                .iter()
                .any(|(w, id, _)| w == "Smith, the interior minister" && id == "person:smith"),
            "{found:?}"
        );
    }

    #[test]
    fn slugs_fold_diacritics() {
        assert_eq!(slug("Gitanas Nausėda"), "gitanas-nauseda");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Ursula von der Leyen"), "ursula-von-der-leyen");
    }
}
