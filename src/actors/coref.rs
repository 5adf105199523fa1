//! Coreference: which person "he", "him", "his", "she" or "her" means, and which
//! actor "it" or "they" means.
//!
//! People carry a gender where the text or the data says it: an honorific ("Mr.",
//! "Mrs", "Sir"), a title ("King", "Queen"), a first name (`data/first_names.tsv`,
//! the US Social Security Administration's baby-name counts), the first name of a
//! dictionary person's label ("Netanyahu" is "Benjamin Netanyahu"), and a "he" or
//! "she" that could only mean them. A pronoun never refers to a person of the
//! other gender; a person whose gender is not known may be meant, at a third of the weight.
//!
//! Among the people who fit, the pronoun takes the most salient, after Lappin and
//! Leass (1994): every mention gives its person 100 points, the subject (the first
//! person a sentence names, pronouns included) 80 more, the speaker of a statement
//! 80 and the subject of the sentence's first event 40; points halve at each new
//! sentence. Object pronouns ("Putin told him") are not their own clause's subject;
//! reflexives ("defended himself") are the nearest person before them.
//!
//! "it" and "they" as the subject of a verb refer to an actor named earlier in the
//! same sentence: "it" to a country, organisation, group or body, "they" to any
//! actor that is not a person.

use crate::actors::mentions::{DocActors, Mention, MentionKind};
use crate::actors::names::{first_name_gender, Gender};
use crate::actors::ActorKind;
use crate::text::words::WordList;
use crate::text::{Sentence, TokenKind};

/// Honorifics before a name, with the gender they give: "Mr. Obama", "Mrs May",
/// "Sir Keir Starmer".
const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Mr", Some(Gender::Male)),
    ("Mister", Some(Gender::Male)),
    ("Sir", Some(Gender::Male)),
    ("Mrs", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Madam", Some(Gender::Female)),
    ("Madame", Some(Gender::Female)),
    ("Mme", Some(Gender::Female)),
    ("Dame", Some(Gender::Female)),
    ("Dr", None),
    ("Doctor", None),
    ("Prof", None),
    ("Professor", None),
];

/// Titles that say the holder's gender ("King Abdullah", "Queen Elizabeth").
const GENDERED_TITLES: &[(&str, Gender)] = &[
    ("King", Gender::Male),
    ("Crown Prince", Gender::Male),
    ("Prince", Gender::Male),
    ("Emperor", Gender::Male),
    ("Duke", Gender::Male),
    ("Lord", Gender::Male),
    ("Earl", Gender::Male),
    ("Baron", Gender::Male),
    ("Marquess", Gender::Male),
    ("Emir", Gender::Male),
    ("Sultan", Gender::Male),
    ("Sheikh", Gender::Male),
    ("Pope", Gender::Male),
    ("Patriarch", Gender::Male),
    ("Cardinal", Gender::Male),
    ("Ayatollah", Gender::Male),
    ("Queen", Gender::Female),
    ("Crown Princess", Gender::Female),
    ("Princess", Gender::Female),
    ("Empress", Gender::Female),
    ("Duchess", Gender::Female),
    ("Lady", Gender::Female),
    ("Countess", Gender::Female),
    ("Baroness", Gender::Female),
];

/// Points a mention gives its person (Lappin and Leass's sentence recency).
const MENTIONED: f32 = 100.0;
/// More points for the sentence's subject: the first person it names.
const SUBJECT: f32 = 80.0;
/// Points for the speaker of a statement (the subject of "said").
const SPEAKER: f32 = 80.0;
/// Points for the subject of the sentence's first event.
const FOCUS: f32 = 40.0;
/// The share of its salience a person of unknown gender keeps against one whose
/// gender is known to fit ("Giorgia Meloni met Mark Rutte. He said …": Rutte,
/// though Meloni was the subject).
const UNKNOWN_GENDER: f32 = 1.0 / 3.0;
/// The least salience a pronoun's person needs: a person last named three
/// sentences back (100 / 2³), a subject of unknown gender two sentences back
/// (180 / 2² / 2). Further back the pronoun is left unresolved: its person is
/// more likely someone the text names in a way geokg does not read.
const LEAST: f32 = 10.0;
/// How many people are remembered for pronouns, most recent last.
const REMEMBERED: usize = 16;

/// The gender an honorific gives (`Some(None)` for "Dr"), `None` if `word` is no
/// honorific; a trailing full stop is ignored ("Mr.").
pub(super) fn honorific(word: &str) -> Option<Option<Gender>> {
    let bare = word.strip_suffix('.').unwrap_or(word);
    HONORIFICS.iter().find(|(h, _)| *h == bare).map(|&(_, g)| g)
}

/// The gender a title gives its holder: "Queen" → female, "President" → none.
pub(super) fn title_gender(role: &str) -> Option<Gender> {
    GENDERED_TITLES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(role))
        .map(|&(_, g)| g)
}

/// The gender of a first name, diacritics folded ("Antonín" as "Antonin").
pub(super) fn name_gender(first: &str) -> Option<Gender> {
    if first.is_ascii() {
        first_name_gender(first)
    } else {
        first_name_gender(&deunicode::deunicode(first))
    }
}

/// Where a personal pronoun stands, which decides whom it may mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "he", "she": the subject of a clause.
    Subject,
    /// "him", "her" as an object: never the subject of its own clause.
    Object,
    /// "his", "her", "hers" owning a noun: the person is talked about.
    Possessive,
    /// "himself", "herself": the nearest person before it.
    Reflexive,
}

/// A personal pronoun of the third person singular.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pronoun {
    pub gender: Gender,
    pub form: Form,
}

/// Lower-case words after which "her" is an object, not a possessive: "told her
/// that", "gave her the report", "met her in Paris".
const AFTER_OBJECT_HER: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "ahead",
    "an",
    "and",
    "as",
    "at",
    "back",
    "because",
    "before",
    "but",
    "by",
    "down",
    "during",
    "for",
    "from",
    "her",
    "his",
    "how",
    "if",
    "in",
    "into",
    "its",
    "last",
    "later",
    "not",
    "now",
    "of",
    "off",
    "on",
    "or",
    "out",
    "over",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "this",
    "those",
    "through",
    "to",
    "today",
    "too",
    "under",
    "until",
    "up",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yesterday",
];

/// The personal pronoun at token `i`, if it is one: "he", "him", "his", "himself",
/// "she", "her", "hers", "herself" (first letter in either case).
pub fn personal_pronoun(s: &Sentence, i: usize) -> Option<Pronoun> {
    let word = s.word(i);
    let mut lower = [0u8; 8];
    let bytes = word.as_bytes();
    if bytes.len() > lower.len() || bytes.len() < 2 {
        return None;
    }
    lower[..bytes.len()].copy_from_slice(bytes);
    lower[0] = lower[0].to_ascii_lowercase();
    let (gender, form) = match &lower[..bytes.len()] {
        b"he" => (Gender::Male, Form::Subject),
        b"him" => (Gender::Male, Form::Object),
        b"his" => (Gender::Male, Form::Possessive),
        b"himself" => (Gender::Male, Form::Reflexive),
        b"she" => (Gender::Female, Form::Subject),
        b"hers" => (Gender::Female, Form::Possessive),
        b"herself" => (Gender::Female, Form::Reflexive),
        b"her" => {
            // "her government", "her Russian counterpart": a word she owns follows.
            let owned = s.kind(i + 1) == Some(TokenKind::Word) && {
                let next = s.word(i + 1);
                next.chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || c.is_ascii_digit())
                    && !AFTER_OBJECT_HER
                        .iter()
                        .any(|w| next.eq_ignore_ascii_case(w))
                    && !next.ends_with("ly")
            };
            let form = if owned {
                Form::Possessive
            } else {
                Form::Object
            };
            (Gender::Female, form)
        }
        _ => return None,
    };
    Some(Pronoun { gender, form })
}

/// Whether a lower-case `word` is a personal pronoun of the third person singular
/// (a word that can start a mention).
pub(super) fn is_personal_pronoun_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"he" | b"him" | b"his" | b"himself" | b"she" | b"her" | b"hers" | b"herself"
    )
}

/// Tokens that close a clause between a person and an object pronoun: "Biden said
/// Putin told him", "When Biden arrived, Putin greeted him".
const CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", "that", "who", "whom", "which", "when", "after", "before", "because", "while",
    "if", "since", "said", "says", "told", "asked", "until", "although", "though",
];

/// Verbs of a closing attribution after its pronoun: "…, he said", "…,\" she added".
static ATTRIBUTION_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "stressed",
    "warned",
    "noted",
    "explained",
    "insisted",
    "argued",
    "wrote",
    "writes",
    "replied",
    "continued",
    "declared",
]);

/// Verbs of saying or thinking whose subject the "he" or "she" of the clause they
/// open means: "Kowalczyk said he would go", "Sarvis notes that he favours …".
static SAYING_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "added",
    "adds",
    "stressed",
    "warned",
    "noted",
    "notes",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "believes",
    "believed",
    "thinks",
    "thought",
    "knows",
    "knew",
    "admitted",
    "admits",
    "denied",
    "denies",
    "hopes",
    "hoped",
    "announced",
    "announces",
    "explained",
    "wrote",
    "writes",
    "acknowledged",
    "confirmed",
    "confirms",
    "promised",
    "promises",
    "vowed",
    "vows",
    "felt",
    "feels",
    "feared",
    "fears",
]);

/// Words of the second person: a sentence that says them speaks to someone.
static SECOND_PERSON: WordList = WordList::new(&["you", "your", "yours", "yourself"]);

/// Whether the person mention `m` names whom the sentence speaks to (a vocative),
/// not whom it talks about: a name opening the sentence before a comma and "you"
/// ("Mr. Smith, you said …"), or one closing a sentence that says "you", after a
/// comma, with no quotation or "said" that could make it an apposition ("I can
/// assure you, John."). "he" and "she" never mean the person addressed.
pub fn is_addressed(s: &Sentence, m: &Mention) -> bool {
    let (start, end) = (m.tokens.start, m.tokens.end);
    if start == 0 {
        return s.is(end, ",")
            && s.kind(end + 1).is_some()
            && SECOND_PERSON.contains(s.word(end + 1));
    }
    let closing = (end..s.len()).all(|t| s.kind(t) == Some(TokenKind::Punct));
    closing
        && s.is(start - 1, ",")
        && (0..start).any(|t| SECOND_PERSON.contains(s.word(t)))
        && !(0..s.len())
            .any(|t| s.kind(t) == Some(TokenKind::Quote) || s.is(t, "said") || s.is(t, "says"))
}

/// The document's people as pronouns see them: gender, salience, who spoke.
#[derive(Default)]
pub struct Coref {
    /// The person the last sentence was about (speaker or subject of its first event).
    focus: Option<usize>,
    /// People mentioned so far, most recent last.
    recent_people: Vec<usize>,
    /// How often each document actor was named (not by a pronoun).
    times_named: Vec<u32>,
    /// Gender of document actors where known, by actor index.
    genders: Vec<Option<Gender>>,
    /// Salience of document actors, by actor index (see the module comment).
    salience: Vec<f32>,
    /// Token starts of the sentence's pronouns whose person was a guess: another
    /// person fits nearly as well.
    guessed: Vec<usize>,
    /// Names nothing made a person of (see [`Unnamed`]), most recent last.
    unnamed: Vec<Unnamed>,
}

/// A capitalised word the text uses like a person's name, though neither the
/// dictionaries nor the name finder made it a person: "Williamson should have sent
/// them …". Such a person may be whom the next "he" means, so a pronoun that fits it
/// better than every person found is left unresolved rather than tied to somebody
/// named earlier.
struct Unnamed {
    word: String,
    gender: Option<Gender>,
    salience: f32,
    /// Its token in the current sentence, and whether it is the sentence's subject.
    at: Option<(usize, bool)>,
    /// Whether a pronoun of the current sentence went to it.
    meant: bool,
}

impl Coref {
    /// Forgets the document read so far.
    pub fn clear(&mut self) {
        self.focus = None;
        self.recent_people.clear();
        self.times_named.clear();
        self.genders.clear();
        self.salience.clear();
        self.guessed.clear();
        self.unnamed.clear();
    }

    /// Whether a person has been named (so a later pronoun or surname may refer back).
    pub fn has_people(&self) -> bool {
        !self.recent_people.is_empty() || self.focus.is_some()
    }

    /// A new sentence: salience halves.
    pub fn start_sentence(&mut self) {
        self.guessed.clear();
        for &a in &self.recent_people {
            self.salience[a] *= 0.5;
        }
        for u in &mut self.unnamed {
            if let Some((_, subject)) = u.at.take() {
                u.salience += MENTIONED + if subject { SUBJECT } else { 0.0 };
            } else if u.meant {
                u.salience += MENTIONED;
            }
            u.meant = false;
            u.salience *= 0.5;
        }
        self.unnamed.retain(|u| u.salience >= 1.0);
    }

    /// A word at token `at` of the sentence that names someone nothing made a person
    /// of (see `Unnamed`); `subject` when no person comes before it.
    pub fn note_unnamed(&mut self, word: &str, at: usize, subject: bool) {
        match self.unnamed.iter().position(|u| u.word == word) {
            Some(k) => {
                let mut u = self.unnamed.remove(k);
                u.at = Some((at, subject));
                self.unnamed.push(u);
            }
            None => self.unnamed.push(Unnamed {
                word: word.to_string(),
                gender: name_gender(word),
                salience: 0.0,
                at: Some((at, subject)),
                meant: false,
            }),
        }
        let excess = self.unnamed.len().saturating_sub(REMEMBERED);
        self.unnamed.drain(..excess);
    }

    /// The score of the unnamed person who best fits pronoun `p` at token `i` (as
    /// [`Coref::resolve`] scores people), and its place in the list.
    fn best_unnamed(&self, s: &Sentence, i: usize, p: Pronoun) -> Option<(usize, f32)> {
        let mut best: Option<(usize, f32)> = None;
        for (k, u) in self.unnamed.iter().enumerate() {
            if u.gender.is_some_and(|g| g != p.gender) {
                continue;
            }
            let mut score = u.salience;
            let here = u.at.filter(|&(at, _)| at < i);
            if let Some((at, subject)) = here {
                let bound = p.form == Form::Object
                    && !(at + 1..i).any(|t| CLAUSE_BREAKS.iter().any(|w| s.is(t, w)));
                if bound {
                    continue;
                }
                score += MENTIONED + if subject { SUBJECT } else { 0.0 };
            }
            // Named in the pronoun's own sentence, it needs no gender to be a match
            // for someone named before ("Zukauskas hid the letters when he left").
            if u.gender.is_none() && here.is_none() {
                score *= UNKNOWN_GENDER;
            }
            if score >= LEAST && best.is_none_or(|(_, b)| score > b) {
                best = Some((k, score));
            }
        }
        best
    }

    /// Gives `actor` a gender unless it has one already.
    pub fn set_gender(&mut self, actor: usize, gender: Gender) {
        if self.genders.len() <= actor {
            self.genders.resize(actor + 1, None);
        }
        self.genders[actor].get_or_insert(gender);
    }

    /// Gives `actor` the gender an honorific or title says, whatever a first name
    /// said ("Mrs. Phillips", though Phillips is a boy's name too).
    pub fn set_stated_gender(&mut self, actor: usize, gender: Gender) {
        if self.genders.len() <= actor {
            self.genders.resize(actor + 1, None);
        }
        self.genders[actor] = Some(gender);
    }

    pub fn gender_of(&self, actor: usize) -> Option<Gender> {
        self.genders.get(actor).copied().flatten()
    }

    fn add_salience(&mut self, actor: usize, points: f32) {
        if self.salience.len() <= actor {
            self.salience.resize(actor + 1, 0.0);
        }
        self.salience[actor] += points;
    }

    fn salience_of(&self, actor: usize) -> f32 {
        self.salience.get(actor).copied().unwrap_or(0.0)
    }

    /// The person the last sentence was about, if any.
    pub fn focus(&self) -> Option<usize> {
        self.focus
    }

    /// The person the next pronoun most likely means: the subject of the
    /// sentence's first event, or its speaker.
    pub fn set_focus(&mut self, actor: usize) {
        self.focus = Some(actor);
        self.add_salience(actor, FOCUS);
    }

    /// A person who just spoke: in a dialogue "he" is the man who spoke before,
    /// not a man he talked about.
    pub fn note_speaker(&mut self, actor: usize) {
        self.add_salience(actor, SPEAKER);
    }

    /// Whether the pronoun at token `token` of the last sentence was tied to its
    /// person by a guess between people who fit nearly as well.
    pub fn was_guessed(&self, token: usize) -> bool {
        self.guessed.contains(&token)
    }

    /// Remembers the people of a sentence's mentions (pronouns included): their
    /// salience, and how often each was named.
    pub fn remember(&mut self, s: &Sentence, out: &[Mention], actors: &DocActors) {
        let mut subject_seen = false;
        for (k, m) in out.iter().enumerate() {
            if actors.get(m.actor).kind != ActorKind::Person {
                continue;
            }
            if !m.is_pronoun() && is_addressed(s, m) {
                continue;
            }
            let pronoun = matches!(m.kind, MentionKind::Pronoun | MentionKind::Possessive);
            if !pronoun {
                if self.times_named.len() <= m.actor {
                    self.times_named.resize(m.actor + 1, 0);
                }
                self.times_named[m.actor] += 1;
            }
            let subject = !subject_seen;
            subject_seen = true;
            // One mention's worth per person and sentence.
            if out[..k].iter().any(|n| n.actor == m.actor) {
                continue;
            }
            self.recent_people.retain(|&a| a != m.actor);
            self.recent_people.push(m.actor);
            let points = MENTIONED + if subject { SUBJECT } else { 0.0 };
            self.add_salience(m.actor, points);
        }
        let excess = self.recent_people.len().saturating_sub(REMEMBERED);
        for a in self.recent_people.drain(..excess) {
            self.salience[a] = 0.0;
        }
    }

    /// The person the pronoun `p` at token `i` means, given the mentions the
    /// sentence made before it; `None` when nobody fits.
    pub fn resolve(
        &mut self,
        s: &Sentence,
        i: usize,
        p: Pronoun,
        in_sentence: &[Mention],
        actors: &DocActors,
    ) -> Option<usize> {
        let is_person = |a: usize| actors.get(a).kind == ActorKind::Person;
        let genders = &self.genders;
        let fits = |a: usize| {
            genders
                .get(a)
                .copied()
                .flatten()
                .is_none_or(|g| g == p.gender)
        };
        if p.form == Form::Reflexive {
            return in_sentence
                .iter()
                .rev()
                .map(|m| m.actor)
                .find(|&a| is_person(a) && fits(a));
        }
        // "Baltrus should resign, he said": the speaker of a closing attribution is
        // not a person the words he said name.
        let attribution = p.form == Form::Subject
            && i >= 1
            && (s.is(i - 1, ",") || s.kind(i - 1) == Some(TokenKind::Quote))
            && s.kind(i + 1).is_some()
            && ATTRIBUTION_VERBS.contains(s.word(i + 1));
        // "Kowalczyk said he would go": the subject of a clause that a verb of saying
        // or thinking opens is that verb's subject, whom the text named just before it.
        let verb = match i.checked_sub(1) {
            Some(v) if s.is(v, "that") && v >= 1 && SAYING_VERBS.contains(s.word(v - 1)) => {
                Some(v - 1)
            }
            Some(v) if SAYING_VERBS.contains(s.word(v)) => Some(v),
            _ => None,
        };
        if let Some(v) = verb.filter(|_| p.form == Form::Subject) {
            // "Zukauskas, who said he …": the verb's subject is the person before "who".
            let v = if v >= 2 && s.is(v - 1, "who") && s.is(v - 2, ",") {
                v - 2
            } else {
                v
            };
            let sayer = in_sentence
                .iter()
                .rev()
                .find(|m| m.tokens.end == v)
                .filter(|m| is_person(m.actor) && fits(m.actor));
            if let Some(m) = sayer {
                return Some(m.actor);
            }
            let unnamed = self.unnamed.iter_mut().find(|u| {
                u.at.is_some_and(|(at, _)| at + 1 == v) && u.gender.is_none_or(|g| g == p.gender)
            });
            if let Some(u) = unnamed {
                u.meant = true;
                u.gender.get_or_insert(p.gender);
                return None;
            }
        }
        // 'Nowak said: "He is a friend"': inside a quotation its speaker is "I".
        let quoted_speaker = quotation_speaker(s, i, in_sentence);
        // The sentence's people so far: the first is its subject.
        let first_person = in_sentence
            .iter()
            .position(|m| is_person(m.actor) && (m.is_pronoun() || !is_addressed(s, m)));
        let bound = |m: &Mention| {
            p.form == Form::Object
                && !(m.tokens.end..i).any(|t| CLAUSE_BREAKS.iter().any(|w| s.is(t, w)))
        };
        // (actor, score), least recent first.
        let mut candidates: Vec<(usize, f32)> = Vec::with_capacity(REMEMBERED + 4);
        for &a in &self.recent_people {
            candidates.push((a, self.salience_of(a)));
        }
        for (k, m) in in_sentence.iter().enumerate() {
            if !is_person(m.actor) || (!m.is_pronoun() && is_addressed(s, m)) {
                continue;
            }
            let points = MENTIONED
                + if Some(k) == first_person {
                    SUBJECT
                } else {
                    0.0
                };
            // A closing attribution's speaker is nobody the words he said name.
            let bound_here =
                bound(m) || (attribution && !m.is_pronoun()) || Some(m.actor) == quoted_speaker;
            match candidates.iter().position(|&(a, _)| a == m.actor) {
                Some(at) => {
                    let (a, score) = candidates.remove(at);
                    candidates.push((a, if bound_here { -1.0 } else { score + points }));
                }
                None => candidates.push((m.actor, if bound_here { -1.0 } else { points })),
            }
        }
        let mut best: Option<(usize, f32)> = None;
        let mut second = 0.0f32;
        for &(a, score) in &candidates {
            if score < LEAST || !fits(a) {
                continue;
            }
            let score = if self.gender_of(a).is_some() {
                score
            } else {
                score * UNKNOWN_GENDER
            };
            match best {
                Some((_, b)) if score < b => second = second.max(score),
                _ => {
                    second = best.map_or(second, |(_, b)| second.max(b));
                    best = Some((a, score));
                }
            }
        }
        // Somebody the text names but nothing made a person of fits better: better
        // no answer than a person named earlier.
        let unnamed = self.best_unnamed(s, if attribution { 0 } else { i }, p);
        if let Some((k, u)) = unnamed.filter(|&(_, u)| best.is_none_or(|(_, b)| u > b)) {
            let second = best.map_or(0.0, |(_, b)| b);
            let entry = &mut self.unnamed[k];
            entry.meant = true;
            if p.form == Form::Subject && second < u * 0.5 {
                entry.gender.get_or_insert(p.gender);
            }
            return None;
        }
        let (chosen, score) = best.filter(|&(_, score)| score >= LEAST)?;
        let clear = second < score * 0.5;
        if clear {
            // "Dvořák … he", "Byron received his education": a person only a "he"
            // or a "his" could mean is a man.
            self.set_gender(chosen, p.gender);
        } else {
            self.guessed.push(i);
        }
        Some(chosen)
    }
}

/// The speaker of the quotation token `i` stands in, when the sentence names it
/// before the quotation: the person just before a verb of saying that opens it
/// ('Nowak said: "…"', 'Nowak told reporters, "…"' is not read). `None` outside a
/// quotation.
fn quotation_speaker(s: &Sentence, i: usize, in_sentence: &[Mention]) -> Option<usize> {
    let (mut count, mut last) = (0usize, 0usize);
    for t in 0..i {
        if s.kind(t) == Some(TokenKind::Quote) {
            count += 1;
            last = t;
        }
    }
    if count % 2 == 0 {
        return None;
    }
    let mut v = last.checked_sub(1)?;
    if s.is(v, ",") || s.is(v, ":") {
        v = v.checked_sub(1)?;
    }
    if !SAYING_VERBS.contains(s.word(v)) && !s.is(v, "wrote") {
        return None;
    }
    in_sentence
        .iter()
        .rev()
        .find(|m| m.tokens.end == v)
        .map(|m| m.actor)
}

/// A pronoun before the person it means (cataphora): "In his speech, Putin said",
/// "When she arrived, Merkel met reporters", and an apposition "it angered him,
/// Hurt,". A personal pronoun that comes before any person of its sentence, and
/// the comma after it is followed by a person who fits, means that person, and so
/// do the later pronouns of the sentence that were tied to the same guess; the
/// person takes the pronoun's gender.
pub fn cataphora(coref: &mut Coref, s: &Sentence, found: &mut [Mention], actors: &DocActors) {
    let is_person = |a: usize| actors.get(a).kind == ActorKind::Person;
    let Some(k) = found.iter().position(|m| is_person(m.actor)) else {
        return;
    };
    let m = &found[k];
    if !m.is_pronoun() || m.tokens.len() != 1 {
        return;
    }
    let Some(p) = personal_pronoun(s, m.tokens.start) else {
        return;
    };
    if p.form == Form::Reflexive {
        return;
    }
    let Some(comma) = (m.tokens.end..s.len().min(m.tokens.end + 12)).find(|&t| s.is(t, ",")) else {
        return;
    };
    let named = found[k + 1..].iter().position(|n| {
        n.tokens.start == comma + 1
            && !n.is_pronoun()
            && is_person(n.actor)
            && coref.gender_of(n.actor).is_none_or(|g| g == p.gender)
    });
    let Some(at) = named.map(|j| k + 1 + j) else {
        return;
    };
    let (guess, actor) = (found[k].actor, found[at].actor);
    found[k].actor = actor;
    // "As an example of his …, Bezos's comments, after his return, …": the
    // pronouns after the name that went to the same guess mean the person named.
    for n in &mut found[at + 1..] {
        if n.actor == guess && n.is_pronoun() && n.tokens.len() == 1 {
            let fits = personal_pronoun(s, n.tokens.start).is_some_and(|q| q.gender == p.gender);
            if fits {
                n.actor = actor;
            }
        }
    }
    coref.set_gender(actor, p.gender);
}

/// "it"/"they" (token `i`) as the subject of a verb: the actor named last in the same
/// sentence that such a pronoun can mean ("Egypt said it was working with Qatar"):
/// for "it" a country, organisation, group or body, not the people of a sector nobody
/// owns ("refugees"), a role that is a person ("the German envoy") nor a body named
/// in the plural ("an order for six frigates when it said"); for "they" any actor
/// that is not a person. Across sentences "it" is too often the weather, a plan or
/// "It should be a discussion".
pub fn collective_antecedent(
    s: &Sentence,
    i: usize,
    in_sentence: &[Mention],
    actors: &DocActors,
) -> Option<usize> {
    let singular = s.word(i).eq_ignore_ascii_case("it");
    let plural_body = |m: &Mention| {
        let last = s.word(m.tokens.end - 1);
        m.kind == MentionKind::Body
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && last.starts_with(|c: char| c.is_ascii_lowercase())
    };
    let fits = |m: &&Mention| {
        let kind = actors.get(m.actor).kind;
        m.can_act()
            && kind != ActorKind::Person
            && !(singular
                && (matches!(m.kind, MentionKind::Sector | MentionKind::Role) || plural_body(m)))
    };
    // "Rebels fighting the army in Syria said they …", "Officials in Kabul said they
    // …": after a verb of saying, the one who says, when the sentence opens with it,
    // rather than an actor named in between.
    let said_before = |k: usize| k >= 1 && SAYING.iter().any(|w| s.is(k - 1, w));
    let after_saying = said_before(i) || (i >= 1 && s.is(i - 1, "that") && said_before(i - 1));
    // Not a dateline ("MANILA - Communist rebels said they …") nor an owner
    // ("Sweden's two biggest insurers said they …").
    let opener = in_sentence
        .iter()
        .find(|m| m.tokens.start <= 1 && m.tokens.end < i)
        .filter(|m| {
            let after = m.tokens.end;
            (m.tokens.start == 0 || s.is(0, "the"))
                && s.kind(after) != Some(TokenKind::Possessive)
                && !s.is(after, "-")
                && !s.is(after, ",")
                && !s.is(after, "(")
        });
    if let Some(m) = opener.filter(|m| after_saying && fits(m)) {
        return Some(m.actor);
    }
    in_sentence.iter().rev().find(fits).map(|m| m.actor)
}

/// Verbs of saying whose subject a pronoun right after them most likely means
/// (see [`collective_antecedent`]).
const SAYING: &[&str] = &[
    "said", "say", "says", "saying", "added", "insisted", "claimed", "warned", "stated",
];

#[cfg(test)]
mod tests {
    use super::{honorific, name_gender, title_gender};
    use crate::actors::{Gender, MentionKind};
    use crate::{Document, Extractor};

    /// The pronouns of a text: word, the id of the actor it means, and its kind.
    fn pronouns(text: &str) -> Vec<(String, String, MentionKind)> {
        let doc = Document {
            id: "d".into(),
            text: text.into(),
            ..Document::default()
        };
        let extraction = Extractor::builtin().unwrap().extract(&doc);
        extraction
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Pronoun | MentionKind::Possessive))
            .map(|m| {
                (
                    text[m.span[0]..m.span[1]].to_string(),
                    m.actor.clone(),
                    m.kind,
                )
            })
            .collect()
    }

    fn p(word: &str, id: &str, kind: MentionKind) -> (String, String, MentionKind) {
        (word.into(), id.into(), kind)
    }

    #[test]
    fn each_pronoun_means_the_person_of_its_gender() {
        let (anna, lars) = ("person:anna-virtanen", "person:lars-holm");
        let found = pronouns(
            "Finnish Foreign Minister Anna Virtanen met Swedish Foreign Minister Lars Holm. \
             She said Russia had threatened him. He said her warning was right. \
             Moscow ignored his advice and criticised her",
        );
        use MentionKind::{Possessive, Pronoun};
        assert_eq!(
            found,
            [
                p("She", anna, Pronoun),
                p("him", lars, Pronoun),
                p("He", lars, Pronoun),
                p("her", anna, Possessive),
                p("his", lars, Possessive),
                // The last word of the text: an object, read without running past it.
                p("her", anna, Pronoun),
            ]
        );
    }

    #[test]
    fn an_object_pronoun_is_not_its_own_clause_s_subject() {
        let found = pronouns(
            "Polish President Piotr Nowak met Ukrainian President Taras Bondar. \
             Bondar thanked him.",
        );
        assert_eq!(
            found,
            [p("him", "person:piotr-nowak", MentionKind::Pronoun)]
        );
    }

    #[test]
    fn a_pronoun_before_its_person_means_the_person_after_the_comma() {
        let found = pronouns(
            "Polish President Piotr Nowak arrived in Kyiv. \
             In his speech, Ukrainian President Taras Bondar thanked Poland.",
        );
        assert_eq!(
            found,
            [p("his", "person:taras-bondar", MentionKind::Possessive)]
        );
    }

    #[test]
    fn an_honorific_outweighs_a_first_name_and_nobody_far_back_is_guessed() {
        // "Phillips" is a boy's name too, but "Mrs." says she is a woman.
        let found = pronouns("Mrs. Phillips met Mr. Dobbs. He said she was right.");
        assert_eq!(
            found,
            [
                p("He", "person:dobbs", MentionKind::Pronoun),
                p("she", "person:phillips", MentionKind::Pronoun),
            ]
        );
        // Five sentences without him: "he" is someone the text does not name.
        let far = pronouns(
            "Mr. Dobbs spoke on Monday. The weather was cold. Prices rose. Trade slowed. \
             Markets fell. Rain came. He left.",
        );
        assert!(far.is_empty(), "{far:?}");
    }

    #[test]
    fn a_name_nothing_made_a_person_keeps_its_pronouns_from_earlier_people() {
        // "Zukauskas" is no person geokg knows, but "he" means him, not Baltrus.
        let found = pronouns(
            "Lithuanian President Tomas Baltrus arrived in Vilnius. Prosecutors said \
             Zukauskas should have returned the letters when he left office.",
        );
        assert!(found.is_empty(), "{found:?}");
        let said = pronouns(
            "Polish President Piotr Nowak arrived in Vilnius. Zukauskas said he would not come.",
        );
        assert!(said.is_empty(), "{said:?}");
    }

    #[test]
    fn the_subject_of_a_saying_verb_is_its_clause_s_he_and_no_closing_speaker() {
        let (nowak, baltrus) = ("person:piotr-nowak", "person:tomas-baltrus");
        let found = pronouns(
            "Polish President Piotr Nowak met Lithuanian President Tomas Baltrus in Vilnius. \
             Nowak spoke first. Later, Baltrus said he would ask NATO for troops. \
             Lithuanian President Tomas Baltrus should resign, he said.",
        );
        use MentionKind::Pronoun;
        assert_eq!(found, [p("he", baltrus, Pronoun), p("he", nowak, Pronoun)]);
    }

    #[test]
    fn gender_comes_from_honorifics_titles_and_folded_first_names() {
        assert_eq!(honorific("Mrs."), Some(Some(Gender::Female)));
        assert_eq!(honorific("Sir"), Some(Some(Gender::Male)));
        assert_eq!(honorific("Dr"), Some(None));
        assert_eq!(honorific("President"), None);
        assert_eq!(title_gender("queen"), Some(Gender::Female));
        assert_eq!(title_gender("President"), None);
        assert_eq!(name_gender("José"), Some(Gender::Male));
        assert_eq!(name_gender("Zoë"), Some(Gender::Female));
    }
}
