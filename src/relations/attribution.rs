//! Attribution: reporting verbs become statements (speaker, cue, content);
//! "according to", asides, quotations that go on, and events inside reported
//! content marked as reported.

use std::ops::Range;

use super::clause::*;
use crate::actors::mentions::{document_after, document_noun};
use crate::actors::names::is_month;
use crate::actors::MentionKind;
use crate::relations::Modality;
use crate::text::{Sentence, TokenKind, WordList};

/// Words between a reporting verb and what was said: "told reporters on Monday …".
static AUDIENCE_AND_TIME: WordList = WordList::new(&[
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
]);

/// Words of how something was said, after an attribution that closes its sentence:
/// "…, the ministry said in a written statement on Telegram."
/// Conjunctions that open a clause of time or reason after "X said" closing a sentence.
const SUBORDINATORS: [&str; 6] = ["after", "before", "when", "while", "because", "following"];

/// Auxiliaries that make the noun before them a clause's subject.
const AUXILIARIES: [&str; 16] = [
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may",
    "might", "can", "must", "did",
];

static CIRCUMSTANCES: WordList = WordList::new(&[
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
]);
/// Nouns that report what their owner said: "Russia's claim that …", "a pledge
/// by China that …".
static SPEECH_NOUNS: WordList = WordList::new(&[
    "announcement",
    "claim",
    "claims",
    "assertion",
    "warning",
    "insistence",
    "pledge",
    "promise",
    "denial",
    "accusation",
    "allegation",
    "allegations",
    "suggestion",
    "assurance",
    "assurances",
    "admission",
    "argument",
    "remarks",
    "comments",
    "vow",
]);

/// Words before a noun cue's phrase that let its "that" clause end at a comma:
/// "Despite Iran's insistence that …, the IAEA …".
static NOUN_CUE_LEADERS: WordList = WordList::new(&[
    "despite",
    "after",
    "amid",
    "following",
    "over",
    "about",
    "with",
    "of",
    "to",
    "on",
    "against",
    "by",
    "for",
]);

/// Reporting verbs whose noun phrase after them is who is spoken to, never the
/// speaker: "Trump, 70, told CNN's Dana Bash".
static TAKE_AN_ADDRESSEE: WordList = WordList::new(&[
    "told", "tells", "tell", "asked", "asks", "urged", "urges", "warned", "warns", "reminded",
    "reminds", "assured", "assures", "informed", "informs",
]);

/// The quotations of a sentence as token ranges without their marks, in order.
///
/// A mark opens when it is written against the word after it and closes when
/// written against the word before ("“", "”", "«", "»" say so themselves);
/// "''" and "``" are one mark (see the tokenizer). A closing mark with no
/// opening one before it closes a quotation opened in an earlier sentence
/// (the range then starts at 0); an opening mark never closed runs to the end.
/// A single mark (' ‘ ’) closes only a quotation a single mark opened.
pub(crate) fn quotations(s: &Sentence) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    let mut seen_any = false;
    for i in 0..s.len() {
        if s.kind(i) != Some(TokenKind::Quote) {
            continue;
        }
        let t = s.tokens[i];
        let word = s.word(i);
        let single = matches!(word, "'" | "‘" | "’");
        let left = i > 0 && s.tokens[i - 1].end == t.start;
        let right = i + 1 < s.len() && s.tokens[i + 1].start == t.end;
        let opening = match word {
            "“" | "«" | "„" | "``" | "‘" => true,
            "”" | "»" | "’" => false,
            _ if left != right => right,
            _ => open.is_none(),
        };
        match open {
            Some((start, family)) if !opening && family == single => {
                out.push(start..i);
                open = None;
            }
            None if opening => open = Some((i + 1, single)),
            None if !seen_any && !single => out.push(0..i),
            _ => {}
        }
        seen_any = true;
    }
    if let Some((start, _)) = open {
        out.push(start..s.len());
    }
    out
}

impl Ctx<'_, '_> {
    /// A reporting verb: its speaker and content become a statement.
    pub(super) fn statement(
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
        // "Russia attacked Ukraine, said the ministry." Not "Trump, 70, told CNN's
        // Dana Bash": who is told is an object, and an aside is no content.
        let after_comma = v > 0
            && self.s.is(v - 1, ",")
            && !self.lower_is(v, &TAKE_AN_ADDRESSEE)
            && (0..v - 1)
                .filter(|&i| self.s.kind(i) == Some(TokenKind::Word))
                .nth(2)
                .is_some()
            && self.noun_phrase_start(v + 1).is_some_and(|m| {
                // "…, which stopped operating, said Robert F. Friedman has resigned":
                // a verb after the name makes it the subject of what was said.
                let end = self.mentions[m].tokens.end;
                self.verb_at(end).is_none() && !self.lower_is(end, &AUXILIARIES)
            });
        let speaker = match subject {
            Some(s) if !after_quote => s.mentions.first().copied(),
            // '"…," said Lithuanian President Gitanas Nauseda'
            _ if after_quote => self.actor_mention(v + 1),
            None if after_comma => self.noun_phrase_start(v + 1),
            // '"…," he said, adding that …': the participle goes on with the
            // speaker of the statement before it.
            None if v > 1 && self.s.is(v - 1, ",") && self.s.word(v).ends_with("ing") => result
                .statements
                .iter()
                .rev()
                .find(|st| st.trigger.end < v)
                .and_then(|st| st.speaker),
            _ => None,
        };
        let only_documents_find =
            matches!(self.lexicon.entry(e).relation.as_str(), "find" | "show")
                && !self.s.is(v + 1, "that");
        let Some(speaker) = speaker else {
            // "Officials said Israel had struck …": reported, by no actor.
            let reported_clause = !only_documents_find
                && subject.is_none()
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
        // "A UN report was published": "report" is the document, not its verb.
        let speaker_end = self.mentions[speaker].tokens.end;
        // "The report found …", "a UN study shows …", "investigators found that …":
        // finding and showing report speech only for a document or before "that"
        // ("police found the bodies", "Russia showed support for Syria" do not).
        if only_documents_find && !document_noun(self.s, speaker_end.saturating_sub(1)) {
            return;
        }
        if document_noun(self.s, v)
            && speaker_end <= v
            && document_after(self.s, speaker_end) == Some(v)
            && !self.s.is(v + 1, "that")
        {
            return;
        }
        // "Nauseda, who said Russia was a threat, arrived": the relative clause
        // reports what he said, up to the comma that closes it.
        let who_said = v > 0
            && self.s.is(v - 1, "who")
            && subject.is_some_and(|s| s.relative && !s.hypothetical && !s.negated);
        // "NATO must respond", "did not say": nothing was said. "China, which claims
        // Taiwan, …": a relative clause describes the speaker; it reports nothing.
        if !after_quote
            && !who_said
            && subject.is_some_and(|s| s.hypothetical || s.negated || s.future || s.relative)
        {
            return;
        }
        let Some(mut content) = self
            .content(v, speaker)
            .filter(|c| self.has_words(c.clone()))
        else {
            return;
        };
        // "said that, if China wants …": the comma after "that" is no part of it.
        while content.start < content.end && self.s.is(content.start, ",") {
            content.start += 1;
        }
        if who_said {
            if let Some(comma) = content.clone().find(|&i| self.s.is(i, ",")) {
                content.end = comma;
            }
            if content.is_empty() {
                return;
            }
        }
        // "Russia and China said …": each actor of a joint subject says it.
        let mut speakers = vec![speaker];
        if let Some(s) = subject.filter(|s| !after_quote && s.mentions.first() == Some(&speaker)) {
            for &m in &s.mentions[1..] {
                let actor = self.mentions[m].actor;
                if speakers.iter().all(|&k| self.mentions[k].actor != actor) {
                    speakers.push(m);
                }
            }
        }
        for speaker in speakers {
            let mut statement = Statement::new(Some(speaker), e, v..v + 1, content.clone());
            statement.resumed = self.resumed_quote(&statement.content, v, speaker);
            result.statements.push(statement);
        }
    }

    /// "Trump told CNN's Dana Bash that …", "asked whether …": a verb of telling
    /// or asking whose object frame
    /// made an event to who is told is also a statement, when what was said follows.
    pub(super) fn addressed_statement(
        &self,
        verb: &VerbHit,
        subject: Option<&Subject>,
        result: &mut ClauseResult,
    ) {
        let v = verb.token;
        let told = self.lower_is(v, &["told", "tells", "tell", "asked", "asks", "ask"]);
        if !told || subject.is_none() || result.statements.iter().any(|st| st.trigger.start == v) {
            return;
        }
        let Some((e, _)) = verb
            .entries
            .iter()
            .find(|(e, _)| self.lexicon.entry(*e).is_speech())
        else {
            return;
        };
        // "asked whether …", "asked if …"; "told the BBC Russia would …".
        let that = (v + 1..(v + 9).min(self.s.len()))
            .any(|i| self.lower_is(i, &["that", "whether", "if"]))
            || self.clause_starts_at(self.addressee_end(v + 1, self.s.len()));
        // "…, Rouhani told the UN General Assembly.": what was told comes before.
        // Not "…, a Houston court has been told": the court is who was told.
        // '"…," Paul Spedding of Kleinwort Grieveson told Reuters.': or a quotation.
        let closing = !self.is_passive(verb)
            && subject.and_then(|s| s.mentions.first()).is_some_and(|&m| {
                self.attribution_comma(v, m).is_some() || self.after_quotation(v, m)
            });
        if that || closing {
            self.statement(*e, verb, subject, result);
        }
    }

    /// The second part of a quotation the attribution interrupts:
    /// '"Hopefully," the president said, "this museum can help us."'.
    pub(super) fn resumed_quote(
        &self,
        first: &Range<usize>,
        v: usize,
        speaker: usize,
    ) -> Option<Range<usize>> {
        let speaker_tokens = &self.mentions[speaker].tokens;
        let attribution_start = v.min(speaker_tokens.start);
        let attribution_end = speaker_tokens.end.max(v + 1);
        // Only a quotation that closes right before the attribution goes on after it.
        let closes_before = first.end < attribution_start
            && self.s.kind(first.end) == Some(TokenKind::Quote)
            && first.end + 3 >= attribution_start;
        if !closes_before {
            return None;
        }
        let pairs = quotations(self.s);
        let next = pairs.iter().find(|p| p.start > attribution_end)?;
        let open = next.start - 1;
        // "…, the president said at the museum, "…"": a few plain words may come between.
        let between = attribution_end..open.saturating_sub(1);
        let plain = between.len() <= 8
            && between.clone().all(|i| {
                matches!(self.s.kind(i), Some(TokenKind::Word | TokenKind::Number))
                    && self.mention_at[i].is_none()
            });
        let handed_over = open > 0 && self.lower_is(open - 1, &[",", ":"]);
        (plain && handed_over).then(|| next.clone())
    }

    /// The content a reporting verb at `v` introduces.
    pub(super) fn content(&self, v: usize, speaker: usize) -> Option<Range<usize>> {
        let pairs = quotations(self.s);
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
        // "told CNN's Dana Bash that …": who is told may come between. "Asked
        // whether …": what was asked is the question, "whether" included.
        let addressed = self.lower_is(v, &TAKE_AN_ADDRESSEE);
        let reach = if addressed { 9 } else { 5 };
        if let Some(that) =
            (v + 1..(v + reach).min(limit)).find(|&i| self.s.is(i, "that") || self.s.is(i, ":"))
        {
            // "said on May 5 that …": a date's day may come between.
            let plain = (v + 1..that).all(|i| match self.s.kind(i) {
                Some(TokenKind::Word) => addressed || self.mention_at[i].is_none(),
                Some(TokenKind::Number) => i > v + 1 && is_month(self.s.word(i - 1)),
                Some(TokenKind::Possessive) => addressed,
                _ => false,
            });
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
        // '"…," the Bank of Canada said': the words of the speaker's name before its
        // mention ("the Bank of") may stand between.
        let mut named_from = attribution_start;
        while named_from > 0
            && attribution_start - named_from < 6
            && (self.lower_is(named_from - 1, &DETERMINERS)
                || self.s.is(named_from - 1, "of")
                || (self.s.kind(named_from - 1) == Some(TokenKind::Word)
                    && self.s.word(named_from - 1).starts_with(char::is_uppercase)))
        {
            named_from -= 1;
        }
        let before = pairs
            .iter()
            .rev()
            .find(|p| p.end <= attribution_start && p.end + 3 >= named_from);
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
            let mut rest = self.speaker_apposition_end(after, limit).unwrap_or(after);
            // "…, Jack Straw told the Commons on Tuesday": who was told is no content.
            if addressed && rest == after && v < self.mentions[speaker].tokens.start.max(v + 1) {
                rest = self.addressee_end(rest, limit);
            }
            if words >= 4 && self.only_circumstances(rest, limit) {
                return nonempty(0..comma);
            }
        }
        // "As Nauseda explained, …": after the comma.
        let mut start = if self.s.is(v + 1, ",") { v + 2 } else { after };
        // "Putin told the BBC Russia would not attack": past who was told.
        if addressed
            && self.mentions[speaker].tokens.start < v
            && !self.lower_is(
                start,
                &[
                    "whether", "if", "what", "how", "why", "when", "where", "who",
                ],
            )
        {
            let past = self.addressee_end(start, limit);
            if past > start && self.clause_starts_at(past) {
                start = past;
            }
        }
        // "told reporters today …": the audience and the time are not what was said.
        while self.lower_is(start, &AUDIENCE_AND_TIME)
            || (start < self.s.len()
                && is_month(self.s.word(start))
                && self.s.kind(start + 1) == Some(TokenKind::Number))
        {
            start += 1 + usize::from(start < self.s.len() && is_month(self.s.word(start)));
        }
        nonempty(start..self.next_predicate(start, limit))
    }

    /// Whether the attribution of the verb at `v` and speaker mention `speaker`
    /// follows a quotation closed with a comma ('"…," Paul Spedding told Reuters'),
    /// the words of a title or longer name allowed between.
    fn after_quotation(&self, v: usize, speaker: usize) -> bool {
        let start = v.min(self.mentions[speaker].tokens.start);
        let mut first = start;
        while first > 2
            && start - first < 6
            && self.s.kind(first - 1) == Some(TokenKind::Word)
            && self.verb_at(first - 1).is_none()
        {
            first -= 1;
        }
        first >= 2
            && self.s.kind(first - 1) == Some(TokenKind::Quote)
            && self.lower_is(first - 2, &[",", "?", "!"])
    }

    /// Whether a clause starts at `k`: a subject pronoun, "what", "how" or "why", or
    /// an actor followed by a verb or an auxiliary ("Russia would not attack").
    fn clause_starts_at(&self, k: usize) -> bool {
        let auxiliary =
            |j: usize| self.lower_is(j, &AUXILIARIES) || self.lower_is(j, &["does", "do"]);
        if self.lower_is(
            k,
            &[
                "he", "she", "it", "they", "we", "i", "what", "how", "why", "there",
            ],
        ) {
            return true;
        }
        let mut j = match self.actor_mention(k) {
            Some(m) => self.mentions[m].tokens.end,
            // "told Reuters output is running at …": a noun or two and an auxiliary.
            None => {
                let mut j = k;
                while self.lower_is(j, &DETERMINERS) {
                    j += 1;
                }
                let first = j;
                while j < first + 2
                    && self.s.kind(j) == Some(TokenKind::Word)
                    && self.mention_at[j].is_none()
                    && self.verb_at(j).is_none()
                    && self.s.word(j).starts_with(|c: char| c.is_ascii_lowercase())
                    && !auxiliary(j)
                    && !self.lower_is(j, &PREPOSITIONS)
                    && !self.lower_is(j, &["what", "how", "why", "who", "which", "that"])
                {
                    j += 1;
                }
                return j > first && auxiliary(j);
            }
        };
        while j < self.s.len() && is_adverb(self.s.word(j)) {
            j += 1;
        }
        self.verb_at(j).is_some() || auxiliary(j)
    }

    /// Where the addressee of a closing "told" that starts at `from` ends: an actor
    /// ("the UN General Assembly") or up to five plain words ("the Assembly",
    /// "CNN's Dana Bash") before a preposition, a time word or the end.
    fn addressee_end(&self, from: usize, limit: usize) -> usize {
        let mut k = from;
        while k < limit && self.lower_is(k, &DETERMINERS) {
            k += 1;
        }
        if let Some(m) = self.actor_mention(k) {
            let end = self.mentions[m].tokens.end.max(k + 1);
            // "the BBC's Talking Point programme": what the actor owns goes on.
            if self.s.kind(end) != Some(TokenKind::Possessive) {
                return end;
            }
            k = end + 1;
        }
        let start = k;
        while k < limit
            && k - start < 5
            && matches!(
                self.s.kind(k),
                Some(TokenKind::Word | TokenKind::Possessive)
            )
            && !self.lower_is(k, &PREPOSITIONS)
            && !self.lower_is(k, &TIME_WORDS)
            && !self.lower_is(k, &SUBORDINATORS)
            && self.verb_at(k).is_none()
            && !self.clause_starts_at(k)
        {
            k += 1;
        }
        k
    }

    /// The comma before an attribution that closes its sentence: "…, the ministry
    /// said", "…, said the ministry".
    pub(super) fn attribution_comma(&self, v: usize, speaker: usize) -> Option<usize> {
        let start = v.min(self.mentions[speaker].tokens.start);
        let mut first = start;
        // "…, deputy chairman Henry Lewis said", "…, the Bank of Canada said": the
        // words of a title or of a longer name before the mention, none of them a verb.
        while first > 1
            && start - first < 6
            && self.s.kind(first - 1) == Some(TokenKind::Word)
            && !self.lower_is(first - 1, &["and", "but", "or", "that", "which", "who"])
            && self.verb_at(first - 1).is_none()
        {
            first -= 1;
        }
        if !(first > 1 && self.s.is(first - 1, ",")) {
            first = start;
            while first > 0 && self.lower_is(first - 1, &DETERMINERS) {
                first -= 1;
            }
        }
        (first > 1 && self.s.is(first - 1, ",")).then(|| first - 1)
    }

    /// The end of an apposition that describes the speaker of a closing attribution,
    /// when one starts at `from`: "…, said Joseph Arsenio, analyst with Birr, Wilson
    /// and Co.", "…, said Jane Doe, a spokeswoman for the ministry." It opens with a
    /// comma and a lower-case word or an article, and runs to the sentence's end
    /// without a quotation or a "that" that would make it content of its own.
    pub(super) fn speaker_apposition_end(&self, from: usize, limit: usize) -> Option<usize> {
        if !self.s.is(from, ",") || from + 1 >= limit {
            return None;
        }
        let w = self.s.word(from + 1);
        let word = self.s.kind(from + 1) == Some(TokenKind::Word)
            && !w.ends_with("ing")
            && !self.lower_is(from + 1, &["and", "but", "that", "which", "while", "as"]);
        let lower =
            w.starts_with(|c: char| c.is_lowercase()) || self.lower_is(from + 1, &DETERMINERS);
        // ", Chairman of Exco International Inc.", ", Deputy General Manager of …": a
        // capitalised title needs its "of"/"at"/"for" and no verb ("…, said Smith,
        // Reuters reported" is not about Smith).
        let titled = !lower
            && (from + 2..limit).any(|i| self.lower_is(i, &["of", "at", "for"]))
            && (from + 1..limit).all(|i| self.verb_at(i).is_none());
        let plain = (from + 1..limit).all(|i| {
            self.s.kind(i) != Some(TokenKind::Quote) && !self.s.is(i, "that") && !self.s.is(i, ":")
        });
        // "…, said Karl Weber, Reuters reported.": a second attribution closes the
        // sentence; it reports the same words.
        let reported = limit - from <= 7
            && (from + 1..limit).any(|i| {
                self.verb_at(i).is_some_and(|k| {
                    (self.verbs[k].entries.iter()).any(|(e, _)| self.lexicon.entry(*e).is_speech())
                })
            });
        let opens = word && (lower || titled);
        ((reported || opens) && plain).then_some(limit)
    }

    /// Whether `from..limit` says only where, when or how something was said: "on
    /// Monday", "in a statement", ", citing intelligence sources".
    pub(super) fn only_circumstances(&self, from: usize, limit: usize) -> bool {
        // "…, deputy chairman Henry Lewis said after the company announced interim
        // results": a clause of time or reason closes the attribution.
        if self.lower_is(from, &SUBORDINATORS) && from + 1 < limit {
            return true;
        }
        for i in from..limit {
            let gerund_next =
                self.s.kind(i + 1) == Some(TokenKind::Word) && self.s.word(i + 1).ends_with("ing");
            if self.s.is(i, ",") && gerund_next {
                return true;
            }
            let plain = self.s.kind(i) != Some(TokenKind::Word)
                || self.lower_is(i, &AUDIENCE_AND_TIME)
                || self.lower_is(i, &TIME_WORDS)
                || self.lower_is(i, TIME_LEADERS)
                || self.lower_is(i, &CIRCUMSTANCES);
            if !plain || self.mention_at[i].is_some() || self.s.kind(i) == Some(TokenKind::Quote) {
                return false;
            }
        }
        true
    }

    /// Where "… and accuses NATO" starts a second predicate of the same subject, or `limit`.
    pub(super) fn next_predicate(&self, from: usize, limit: usize) -> usize {
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

    /// Whether a content holds at least one word that is not a time word ("said today.").
    pub(super) fn has_words(&self, content: Range<usize>) -> bool {
        content.into_iter().any(|i| {
            self.s.kind(i) == Some(TokenKind::Word) && !self.lower_is(i, &AUDIENCE_AND_TIME)
        })
    }

    /// "According to Nauseda, …": a statement without a reporting verb.
    pub(super) fn according_to(&self, result: &mut ClauseResult) {
        let Some(say) = self.lexicon.lookup("say").first().map(|(e, _)| *e) else {
            return;
        };
        for i in 0..self.s.len().saturating_sub(3) {
            if !(self.s.is(i, "according") && self.s.is(i + 1, "to")) {
                continue;
            }
            let the = usize::from(self.lower_is(i + 2, &["the", "a", "an"]));
            let Some((speaker, end)) = self.cited_source(i + 2 + the) else {
                continue;
            };
            let content = if self.s.is(end, ",") && i == 0 {
                end + 1..self.s.len()
            } else {
                0..i
            };
            if let Some(content) = nonempty(content) {
                result
                    .statements
                    .push(Statement::new(Some(speaker), say, i..i + 2, content));
            }
        }
    }

    /// The source "according to" cites at `j`, and where its phrase ends: an actor
    /// ("Nauseda"), a document of one ("a UN report", "the IAEA's latest report",
    /// "a report by the IAEA"), or "the report" the mention stage tied to its author.
    fn cited_source(&self, j: usize) -> Option<(usize, usize)> {
        if let Some(m) = self.actor_mention(j) {
            let end = self.mentions[m].tokens.end;
            return Some((m, document_after(self.s, end).map_or(end, |d| d + 1)));
        }
        // "a report by the IAEA", "a new study from the World Bank".
        let noun = (j..j + 3).find(|&k| document_noun(self.s, k))?;
        if !(j..noun).all(|k| document_after(self.s, k) == Some(noun)) {
            return None;
        }
        if !self.lower_is(noun + 1, &["by", "from"]) {
            return None;
        }
        let the = usize::from(self.s.is(noun + 2, "the"));
        let m = self.actor_mention(noun + 2 + the)?;
        Some((m, self.mentions[m].tokens.end))
    }

    /// Noun cues: "Merkel welcomed Putin's announcement that …", "NATO rejected the
    /// Russian defence ministry spokesman's claim that …", "a pledge by China that
    /// …". What was said runs from "that" to the next comma or the sentence's end, so
    /// the cue must follow a verb or a preposition ("Despite Iran's insistence that
    /// …,"): a cue that opens the sentence has its clause end nowhere we can see.
    pub(super) fn noun_cue(&self, result: &mut ClauseResult) {
        let Some(say) = self.lexicon.lookup("say").first().map(|(e, _)| *e) else {
            return;
        };
        for i in 1..self.s.len() {
            if !self.lower_is(i, &SPEECH_NOUNS)
                || result.statements.iter().any(|st| st.trigger.contains(&i))
            {
                continue;
            }
            let Some((speaker, start, that)) = self.noun_cue_owner(i) else {
                continue;
            };
            if !self.s.is(that, "that") {
                continue;
            }
            let mut first = start;
            while first > 0 && self.lower_is(first - 1, &DETERMINERS) {
                first -= 1;
            }
            let led = first > 0
                && self.s.kind(first - 1) == Some(TokenKind::Word)
                && (self.lower_is(first - 1, &NOUN_CUE_LEADERS)
                    || self.verb_at(first - 1).is_some());
            if !led {
                continue;
            }
            let end = (that + 1..self.s.len())
                .find(|&k| self.s.is(k, ",") || self.s.is(k, ";"))
                .unwrap_or(self.s.len());
            if let Some(content) = nonempty(that + 1..end).filter(|c| self.has_words(c.clone())) {
                result
                    .statements
                    .push(Statement::new(Some(speaker), say, i..i + 1, content));
            }
        }
    }

    /// Who owns the noun cue at `i`, where their phrase starts, and the token after
    /// the phrase: "Russia's claim", "the ministry spokesman's claim", "the
    /// ministry's spokesman's remarks", "a pledge by China".
    fn noun_cue_owner(&self, i: usize) -> Option<(usize, usize, usize)> {
        if self.lower_is(i + 1, &["by", "from"]) {
            let the = usize::from(self.s.is(i + 2, "the"));
            let m = self.actor_mention(i + 2 + the)?;
            return Some((m, i, self.mentions[m].tokens.end));
        }
        let mut k = i;
        // Past "'s" and the spokesperson who speaks for the owner.
        for _ in 0..2 {
            if k < 2 || self.s.kind(k - 1) != Some(TokenKind::Possessive) {
                return None;
            }
            if let Some(m) = self.mention_at[k - 2].filter(|&m| {
                self.mentions[m].can_act() && self.mentions[m].kind != MentionKind::Pronoun
            }) {
                return Some((m, self.mentions[m].tokens.start, i + 1));
            }
            if !self.lower_is(k - 2, &SPOKESPEOPLE) {
                return None;
            }
            // "the ministry spokesman's": the owner right before the spokesperson.
            if let Some(m) = k.checked_sub(3).and_then(|j| self.actor_mention(j)) {
                return Some((m, self.mentions[m].tokens.start, i + 1));
            }
            k -= 2;
        }
        None
    }

    /// "As the White House pointed out, …", "As Wang Yi put it, …": an opening
    /// aside whose verb need not be in the lexicon.
    pub(super) fn as_aside(&self, result: &mut ClauseResult) {
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
        // "As the White House pointed out, …", "As Wang Yi put it, …", not "As the
        // United States nears full employment, …": the aside must be about speaking.
        let speaks = (verb_start..comma).any(|i| {
            self.verb_at(i).is_some_and(|k| {
                self.verbs[k]
                    .entries
                    .iter()
                    .any(|(e, _)| self.lexicon.entry(*e).is_speech())
            })
        }) || self.lower_is(comma - 1, &["it", "out", "so"]);
        if let Some(content) = nonempty(comma + 1..self.s.len()).filter(|_| plain && speaks) {
            result.statements.push(Statement::new(
                Some(speaker),
                say,
                verb_start..comma,
                content,
            ));
        }
    }

    /// '"…," he said. "More words."': a sentence that is only a quotation goes on
    /// with the previous speaker.
    pub(super) fn continued_quote(&self, result: &mut ClauseResult) {
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
            result
                .statements
                .push(Statement::new(None, say, 0..1, content));
        }
    }

    /// Events inside a statement's content are reported, not asserted.
    pub(super) fn mark_reported(&self, result: &mut ClauseResult) {
        // '"We will not retreat," he said': the comma belongs to the attribution.
        for st in &mut result.statements {
            for part in std::iter::once(&mut st.content).chain(st.resumed.as_mut()) {
                while part.len() > 1 && self.lower_is(part.end - 1, &[",", ":", ";", "-", "—"]) {
                    part.end -= 1;
                }
            }
        }
        // "Merkel said Putin told her …": Putin's statement is inside Merkel's.
        for k in 0..result.statements.len() {
            let cue = result.statements[k].trigger.start;
            result.statements[k].parent = (0..result.statements.len()).find(|&j| {
                j != k
                    && result.statements[j].says(cue)
                    && !result.statements[k].says(result.statements[j].trigger.start)
            });
        }
        for event in &mut result.events {
            let at = event.trigger.start;
            let unattributed = result.unattributed.iter().any(|r| r.contains(&at));
            if unattributed && matches!(event.modality, Modality::Asserted | Modality::Future) {
                event.modality = Modality::Reported;
            }
            if let Some(k) = result.statements.iter().position(|s| s.says(at)) {
                event.statement = Some(k);
                // What a speaker says will happen is still only what they say; what a
                // speaker asks about ("asked whether Russia would attack") may not be.
                if matches!(
                    event.modality,
                    Modality::Asserted | Modality::Future | Modality::Reported
                ) {
                    if self.is_question(&result.statements[k]) {
                        event.modality = Modality::Hypothetical;
                    } else if event.modality != Modality::Reported {
                        event.modality = Modality::Reported;
                    }
                }
            }
        }
        self.derive_accusations(result);
    }
}
