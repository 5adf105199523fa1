//! Subjects: who does what a verb says, found by walking left from the verb —
//! past adverbs, modals and governing verbs ("is trying to"), time and place
//! phrases, asides and appositions ("Germany, Europe's largest economy,"),
//! participle phrases on the actor before ("rebels backed by Rwanda",
//! "militants holding UN workers in Afghanistan"), relative clauses and gerunds
//! that take their clause's subject.

use super::clause::*;
use crate::actors::mentions::{document_after, document_noun};
use crate::actors::{Mention, MentionKind};
use crate::relations::lexicon::Inflection;
use crate::text::{TokenKind, Words};

impl Ctx<'_, '_> {
    /// "Militants holding three UN workers in Afghanistan said", "Protesters marching
    /// through Kyiv accused Russia", "NATO allies including Germany said": an actor
    /// named at `start`, inside the phrase of a present participle right after another
    /// actor (no comma, quotation or subordinate clause between), is the participle's
    /// object or place; the actor before the participle is the clause's subject. So
    /// is a past participle's agent after "by" ("Rebels backed by Rwanda attacked").
    /// "-ing" nouns and prepositions are no participles (`ING_NOUNS`).
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

    /// For the last word `t` of "and other governments", "and others", "and several
    /// other states" after an actor (lower-case words only, up to four): that actor.
    fn listed_before_others(&self, t: usize) -> Option<usize> {
        let plain = |k: usize| {
            self.s.kind(k) == Some(TokenKind::Word)
                && self.mention_at[k].is_none()
                && self.verb_at(k).is_none()
                && self.s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
        };
        let mut k = t;
        while k > 1 && t - k < 4 && plain(k) && !self.lower_is(k, &["and", "or"]) {
            k -= 1;
        }
        if !self.lower_is(k, &["and", "or"]) || k == t {
            return None;
        }
        // Not a bare "some" or "many": "Kuwaiti ships and some charged" is some people.
        let others = self.lower_is(k + 1, &["others"])
            || (t > k + 1 && self.lower_is(k + 1, &["other", "several", "many", "some"]));
        let m = self.actor_mention(k - 1)?;
        (others && self.mentions[m].tokens.end == k && !self.mentions[m].is_pronoun()).then_some(m)
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

    /// Walks left from verb `v` to its subject.
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
            // "The United States, India and other governments have sent …": the
            // actors named before "and other …".
            if let Some(m) = self.listed_before_others(t) {
                subject.mentions = self.with_twins(self.list_left(m, true));
                return Some(subject);
            }
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
            // "The Israeli army's spokesman said", "President Castro's chief aide
            // said": the spokesperson speaks for the owner, with a word or two of
            // rank between ("chief", "senior", "top").
            if lower_word_is(&SPOKESPEOPLE) {
                let mut k = t;
                while k > 0
                    && t - k < 2
                    && self.s.kind(k - 1) == Some(TokenKind::Word)
                    && self.mention_at[k - 1].is_none()
                    && self.verb_at(k - 1).is_none()
                    && self
                        .s
                        .word(k - 1)
                        .starts_with(|c: char| c.is_ascii_lowercase())
                {
                    k -= 1;
                }
                for k in [t, k] {
                    if k >= 2 && self.s.kind(k - 1) == Some(TokenKind::Possessive) {
                        if let Some(m) = self.actor_mention(k - 2) {
                            subject.mentions = vec![m];
                            return Some(subject);
                        }
                    }
                    // "…, his spokesman said": the owner the pronoun means.
                    let owner = k
                        .checked_sub(1)
                        .and_then(|o| self.mention_at[o])
                        .filter(|&m| self.mentions[m].kind == MentionKind::Possessive);
                    if let Some(m) = owner {
                        subject.mentions = vec![m];
                        return Some(subject);
                    }
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

    /// Whether the participle at `verb` is passive: after a form of "be", or with its
    /// agent after "by" on the actor before it ([`Self::reduced_passive`]); not "be
    /// opposed to", an adjective.
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
        let Some((v, subject)) = self
            .verbs
            .iter()
            .zip(earlier)
            .filter(|(v, _)| v.token < verb)
            .rfind(|(v, s)| s.is_some() && !v.is_gerund())
        else {
            // "China continues with its efforts in Africa by donating …": the means
            // of a main verb no frame knows; the actor the sentence opens with, when
            // no other verb, comma or quotation stands between.
            let mut opener = verb;
            while opener > 0 && is_adverb(self.s.word(opener - 1)) {
                opener -= 1;
            }
            if opener == 0 || !self.s.is(opener - 1, "by") {
                return None;
            }
            let m = self.sentence_subject(verb)?;
            let between = self.mentions[m].tokens.end..verb;
            let clear = self.verbs.iter().all(|v| v.token >= verb)
                && !between.clone().any(|t| {
                    matches!(self.s.kind(t), Some(TokenKind::Quote))
                        || self.lower_is(t, &[";", ":", ","])
                });
            return clear.then(|| Subject {
                mentions: vec![m],
                ..Subject::default()
            });
        };
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
