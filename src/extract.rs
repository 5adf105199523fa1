//! Ties the per-document stages together: text → actors → relations.

use crate::actors::gazetteer::{Gazetteer, GazetteerBuilder, Hit};
use crate::actors::{Actor, ActorKind, Mention, MentionFinder, MentionKind};
use crate::error::Error;
use crate::graph::ActorGraph;
use crate::input::Document;
use crate::relations::clause::{ClauseAnalyzer, ClauseEvent, ClauseResult};
use crate::relations::lexicon::VerbEntry;
use crate::relations::{
    quotations, CharSpans, Direct, Event, Evidence, Lexicon, Modality, Statement, StatementKind,
};
use crate::text::{split_sentences, tokenize, Sentence, Token};

/// Most events one sentence gives (source–target pairs, statement edges
/// included); "A, B, … and X accused C, D, … and Y" would otherwise make one
/// edge per pair, each with the sentence as evidence. The first pairs in text
/// order are kept.
pub const MAX_EVENTS_PER_SENTENCE: usize = 32;

/// Everything read from one document, ready to add to an [`crate::ActorGraph`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentExtraction {
    pub doc: String,
    /// Every actor the document names as a possible source or target, once each.
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    /// Every reported-speech construction, also those about no other actor.
    pub statements: Vec<Statement>,
    /// Every actor mention, in text order: for evaluation and annotation tools.
    pub mentions: Vec<MentionSpan>,
}

/// Where the text names an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionSpan {
    /// The node id the mention resolves to.
    pub actor: String,
    pub sentence: usize,
    /// `[start, end)` byte offsets in the document text.
    pub span: [usize; 2],
    pub kind: crate::actors::MentionKind,
}

/// Holds the compiled gazetteer and lexicon; build once, call per document.
///
/// `Extractor` is `Sync`: share one across threads and call [`Extractor::extract`]
/// from each.
pub struct Extractor {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
}

impl Extractor {
    /// An extractor with geokg's built-in gazetteer and lexicon.
    pub fn builtin() -> Result<Self, Error> {
        Ok(Self {
            gazetteer: Gazetteer::builtin()?,
            lexicon: Lexicon::builtin()?,
        })
    }

    /// An extractor from a gazetteer and lexicon of your own.
    pub fn new(gazetteer: Gazetteer, lexicon: Lexicon) -> Self {
        Self { gazetteer, lexicon }
    }

    /// The built-in data as builders, to extend with user files before compiling.
    pub fn builtin_parts() -> Result<(GazetteerBuilder, Lexicon), Error> {
        Ok((GazetteerBuilder::with_builtin_data()?, Lexicon::builtin()?))
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Reads many documents in parallel into one graph.
    ///
    /// Documents are added in input order whatever the thread count, so the
    /// graph (and every export of it) is byte-identical from run to run.
    pub fn extract_all(&self, docs: &[Document]) -> ActorGraph {
        self.extract_all_with_progress(docs, &|_| {})
    }

    /// [`Extractor::extract_all`], calling `done(document)` as each document
    /// is read (from the worker threads, in no particular order): for progress.
    pub fn extract_all_with_progress(
        &self,
        docs: &[Document],
        done: &(dyn Fn(&Document) + Sync),
    ) -> ActorGraph {
        let mut graph = ActorGraph::new();
        for extraction in self.extract_batch(docs, done) {
            graph.add_extraction(extraction);
        }
        graph.fold_people();
        graph
    }

    /// Reads a batch of documents in parallel, giving their extractions in
    /// input order (without mention spans), for a caller that streams a corpus
    /// through in batches: adding them to an [`ActorGraph`] batch after batch
    /// and then calling [`ActorGraph::fold_people`] gives the graph of
    /// [`Extractor::extract_all`].
    pub fn extract_batch(
        &self,
        docs: &[Document],
        done: &(dyn Fn(&Document) + Sync),
    ) -> Vec<DocumentExtraction> {
        use rayon::prelude::*;
        // The graph keeps no mention spans: they are not made.
        docs.par_iter()
            .map_init(
                || DocReader::new(self),
                |reader, doc| {
                    let extraction = reader.read(doc, MentionSpans::Skip);
                    done(doc);
                    extraction
                },
            )
            .collect()
    }

    /// Reads one document: its actors and the events between them.
    pub fn extract(&self, doc: &Document) -> DocumentExtraction {
        DocReader::new(self).read(doc, MentionSpans::Make)
    }
}

/// Whether [`DocumentExtraction::mentions`] is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MentionSpans {
    Make,
    Skip,
}

/// Reads documents one after another, keeping its buffers' memory between them.
///
/// Everything in it is cleared before each document, so what a document gives
/// never depends on the documents read before it, nor on the thread that reads it.
struct DocReader<'x> {
    extractor: &'x Extractor,
    finder: MentionFinder<'x>,
    hits: Vec<Hit>,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    /// Document actors to list in the extraction, with repeats.
    used: Vec<usize>,
    /// Where each document actor was last named, by actor index (see [`EventBuilder`]).
    last_named: Vec<Option<[usize; 2]>>,
    /// Whether sentences that cannot hold a mention are skipped; off only in
    /// tests, which check that skipping them changes nothing.
    skip_quiet_sentences: bool,
}

impl<'x> DocReader<'x> {
    fn new(extractor: &'x Extractor) -> Self {
        Self {
            extractor,
            finder: MentionFinder::new(&extractor.gazetteer),
            hits: Vec::new(),
            tokens: Vec::new(),
            mentions: Vec::new(),
            used: Vec::new(),
            last_named: Vec::new(),
            skip_quiet_sentences: true,
        }
    }

    fn read(&mut self, doc: &Document, make_spans: MentionSpans) -> DocumentExtraction {
        let Self {
            extractor,
            finder,
            hits,
            tokens,
            mentions,
            used,
            last_named,
            skip_quiet_sentences,
        } = self;
        let text = doc.text.as_str();
        hits.clear();
        extractor.gazetteer.scan(text, 0..text.len(), hits);
        finder.clear();
        finder.start_document(text, hits, doc.date.as_deref());
        used.clear();
        last_named.clear();
        let mut chars = CharCounter::default();
        let mut extraction = DocumentExtraction {
            doc: doc.id.clone(),
            ..DocumentExtraction::default()
        };
        // A document without gazetteer hits that name someone has no mentions (see
        // below), unless it may report speech by someone only the name finder knows.
        if *skip_quiet_sentences
            && hits.iter().all(|h| !extractor.gazetteer.names_alone(h))
            && !may_report_speech(text)
        {
            return extraction;
        }
        let mut analyzer = ClauseAnalyzer::new(&extractor.lexicon);
        let mut events = Vec::new();
        let mut statements = Vec::new();
        let mut spans = Vec::new();
        let mut next_hit = 0;
        let mut carried = None;
        // Where a quotation opened in an earlier sentence and not yet closed starts.
        let mut open_quote: Option<usize> = None;
        for (index, range) in split_sentences(text).into_iter().enumerate() {
            let first = next_hit;
            while next_hit < hits.len() && hits[next_hit].span.start < range.end {
                next_hit += 1;
            }
            let sentence_hits: &[Hit] = &hits[first..next_hit];
            // Without hits, and with nothing to refer back to, a sentence has no
            // mentions; without mentions or a quotation going on, no events or
            // statements. Most sentences of most news are like this: skip them
            // before tokenizing.
            // A body noun no state owns ("company", "traders") names nobody alone.
            if *skip_quiet_sentences
                && sentence_hits
                    .iter()
                    .all(|h| !extractor.gazetteer.names_alone(h))
                && carried.is_none()
                && finder.has_nothing_to_refer_back_to()
                && !may_report_speech(&text[range.clone()])
            {
                continue;
            }
            tokens.clear();
            tokenize(text, range.clone(), tokens);
            let s = Sentence {
                doc: text,
                index,
                span: (range.start, range.end),
                tokens,
            };
            mentions.clear();
            finder.find(&s, sentence_hits, mentions);
            used.extend(
                mentions
                    .iter()
                    .filter(|m| m.can_act() && m.kind != MentionKind::Sector)
                    .map(|m| m.actor),
            );
            let result = analyzer.analyze(&s, mentions, carried.is_some());
            // Object pronouns the clause analysis resolved ("will defend it") are
            // mentions too; the events' indices already count them.
            mentions.extend_from_slice(&result.pronouns);
            if make_spans == MentionSpans::Make {
                spans.extend(mentions.iter().map(|m| {
                    let b = s.byte_span(m.tokens.clone());
                    (m.actor, index, [b.start, b.end], m.kind)
                }));
            }
            let builder = EventBuilder {
                doc,
                s: &s,
                mentions,
                finder,
                lexicon: &extractor.lexicon,
                last_named,
            };
            // A quotation never closed by the end of its paragraph does not go on.
            if open_quote.is_some_and(|start| text[start..range.start].contains("\n\n")) {
                open_quote = None;
            }
            carried = builder.build(
                &result,
                carried,
                open_quote,
                &mut events,
                &mut statements,
                &mut chars,
            );
            open_quote = match result.statements.is_empty() {
                false => None,
                // '"We will act. We are ready," Poland said.': the first sentence
                // opens a quotation the attribution of a later one closes.
                true => match quotations(&s).last() {
                    Some(p) if p.end == s.len() && p.start > 0 && p.start < s.len() => {
                        Some(s.tokens[p.start].start as usize)
                    }
                    Some(_) => None,
                    None => open_quote,
                },
            };
            for m in mentions.iter().filter(|m| !m.is_pronoun()) {
                if last_named.len() <= m.actor {
                    last_named.resize(m.actor + 1, None);
                }
                let b = s.byte_span(m.tokens.clone());
                last_named[m.actor] = Some([b.start, b.end]);
            }
            // "he" in the next sentence is the last speaker, else the last subject;
            // of nested statements the outer one ("Nauseda said Zelensky told him …").
            let speaker = result
                .statements
                .iter()
                .rev()
                .find(|st| st.parent.is_none())
                .and_then(|st| st.speaker)
                .map(|m| mentions[m].actor);
            if let Some(actor) = speaker {
                finder.note_speaker(actor);
            }
            let focus = speaker
                .or_else(|| result.events.first().map(|e| mentions[e.source].actor))
                // "Scholz spoke in Berlin." then '"…," he said.'
                .or_else(|| {
                    mentions
                        .iter()
                        .find(|m| matches!(m.kind, MentionKind::Person | MentionKind::Role))
                        .map(|m| m.actor)
                });
            if let Some(actor) = focus {
                finder.set_focus(actor);
            }
        }
        for e in &events {
            used.extend([e.source_ix, e.target_ix]);
        }
        // Speakers and whom they speak about, also when the sentence's cap left out
        // the "say" edge that would have made them nodes.
        used.extend(
            statements
                .iter()
                .flat_map(|(actors, _)| actors.iter().copied()),
        );
        // In the order the document first names them.
        used.sort_unstable();
        used.dedup();
        let actors = &finder.actors;
        extraction.actors = used
            .iter()
            .map(|&ix| capped_actor(actors.get(ix)))
            .collect();
        extraction.events = events.into_iter().map(|e| e.event).collect();
        extraction.statements = statements.into_iter().map(|(_, s)| s).collect();
        extraction.mentions = spans
            .into_iter()
            .map(|(actor, sentence, span, kind)| MentionSpan {
                actor: capped_id(&actors.get(actor).id),
                sentence,
                span,
                kind,
            })
            .collect();
        extraction
    }
}

/// Whether a sentence may report speech: a quotation mark or a common reporting
/// verb. Such a sentence is read even without gazetteer hits, so that a speaker
/// only the name finder knows ("Olaf Scholz said …") is found. A few byte
/// scans, no tokenizing.
fn may_report_speech(sentence: &str) -> bool {
    sentence.contains('"')
        || sentence.contains('“')
        || sentence.contains("''")
        || [
            " said",
            " says",
            " told",
            "ccording to",
            " believe",
            " think",
            " hope",
            " warn",
        ]
        .iter()
        .any(|cue| sentence.contains(cue))
}

/// Longest actor id, label or role an extraction writes, in bytes. A longer
/// name (a run of capitalised words, a user's actors file) is cut at a
/// character boundary; a cut id ends in `~` and a hash of the whole id, so
/// two long names stay two nodes.
pub const MAX_NAME_BYTES: usize = 200;

fn cut_at_char(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The id as the graph writes it: itself, or cut with a hash of the whole.
fn capped_id(id: &str) -> String {
    if id.len() <= MAX_NAME_BYTES {
        return id.to_string();
    }
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{}~{hash:016x}", cut_at_char(id, MAX_NAME_BYTES - 17))
}

fn capped_name(name: &str) -> String {
    if name.len() <= MAX_NAME_BYTES {
        name.to_string()
    } else {
        format!("{}…", cut_at_char(name, MAX_NAME_BYTES - '…'.len_utf8()))
    }
}

/// The actor with its id, label and role within [`MAX_NAME_BYTES`].
fn capped_actor(actor: &Actor) -> Actor {
    let mut actor = actor.clone();
    if actor.id.len() > MAX_NAME_BYTES {
        actor.id = capped_id(&actor.id);
    }
    if actor.label.len() > MAX_NAME_BYTES {
        actor.label = capped_name(&actor.label);
    }
    if let Some(role) = actor.role.as_mut().filter(|r| r.len() > MAX_NAME_BYTES) {
        *role = capped_name(role);
    }
    actor
}

/// An event with the document-actor indices of its ends.
struct Built {
    source_ix: usize,
    target_ix: usize,
    event: Event,
}

/// An actor as one place in the text names it.
#[derive(Clone, Copy, Debug)]
struct Party {
    actor: usize,
    /// Byte span in the document.
    span: [usize; 2],
}

/// The speaker of the last quotation, for a quotation that goes on in the next sentence.
#[derive(Clone, Debug)]
struct CarriedSpeaker {
    speaker: Party,
    trigger: [usize; 2],
    entry: usize,
    /// The id of the statement that quotation belongs to.
    statement: String,
}

/// Turns a sentence's clause analysis into graph events with evidence.
struct EventBuilder<'a> {
    doc: &'a Document,
    s: &'a Sentence<'a>,
    mentions: &'a [Mention],
    finder: &'a MentionFinder<'a>,
    lexicon: &'a Lexicon,
    /// Where each document actor was last named (not by a pronoun) before this sentence.
    last_named: &'a [Option<[usize; 2]>],
}

/// Turns byte offsets into character offsets, walking from the last offset
/// asked: statements ask in nearly text order, so a document is walked about once.
#[derive(Clone, Copy, Debug, Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        let count = |from: usize, to: usize| {
            text.as_bytes()[from..to]
                .iter()
                .filter(|&&b| (b & 0xC0) != 0x80)
                .count()
        };
        if byte >= self.byte {
            self.chars += count(self.byte, byte);
        } else {
            self.chars -= count(byte, self.byte);
        }
        self.byte = byte;
        self.chars
    }

    fn span(&mut self, text: &str, span: [usize; 2]) -> [usize; 2] {
        [self.at(text, span[0]), self.at(text, span[1])]
    }
}

impl EventBuilder<'_> {
    fn party(&self, m: usize) -> Party {
        let mention = &self.mentions[m];
        Party {
            actor: mention.actor,
            span: self.span(mention.tokens.clone()),
        }
    }

    fn span(&self, tokens: std::ops::Range<usize>) -> [usize; 2] {
        let b = self.s.byte_span(tokens);
        [b.start, b.end]
    }

    fn text(&self, span: [usize; 2]) -> String {
        self.s.doc[span[0]..span[1]].to_string()
    }

    /// Builds the sentence's statements and events; returns the speaker a
    /// quotation in the next sentence would continue with.
    fn build(
        &self,
        result: &ClauseResult,
        carried: Option<CarriedSpeaker>,
        open_quote: Option<usize>,
        out: &mut Vec<Built>,
        statements: &mut Vec<(Vec<usize>, Statement)>,
        chars: &mut CharCounter,
    ) -> Option<CarriedSpeaker> {
        let mut next_carried = None;
        let room = out.len() + MAX_EVENTS_PER_SENTENCE;
        for (k, st) in result.statements.iter().enumerate() {
            let (speaker, trigger, entry_ix, continues) = match (st.speaker, &carried) {
                (Some(m), _) => (self.party(m), self.span(st.trigger.clone()), st.entry, None),
                (None, Some(c)) => (c.speaker, c.trigger, c.entry, Some(c.statement.clone())),
                (None, None) => continue,
            };
            let entry = self.lexicon.entry(entry_ix);
            let mut content_span = self.span(st.content.clone());
            // "HELSINKI, March 8 - Finland detained …, the coast guard said": the
            // dateline is not what was said.
            let dateline_end = self.finder.dateline_end();
            if content_span[0] < dateline_end && dateline_end < content_span[1] {
                content_span[0] = dateline_end;
            }
            // The end of a quotation opened in an earlier sentence: the whole of it.
            let is_quote = |i: usize| self.s.kind(i) == Some(crate::text::TokenKind::Quote);
            if let Some(start) = open_quote.filter(|_| st.content.start == 0) {
                if is_quote(st.content.end) && st.resumed.is_none() {
                    content_span[0] = start;
                }
            }
            let mut content_spans = vec![content_span];
            content_spans.extend(st.resumed.clone().map(|r| self.span(r)));
            let quote = content_spans
                .iter()
                .map(|&span| self.text(span))
                .collect::<Vec<_>>()
                .join(" … ");
            let mut about = vec![speaker.actor];
            for (m, mention) in self.mentions.iter().enumerate() {
                // "… must protect civilians": people nobody owns are no one a
                // statement is about (a node every statement would point at); nor
                // is a place named as a scene ("the situation in Gaza").
                if matches!(mention.kind, MentionKind::Sector | MentionKind::Scene) {
                    continue;
                }
                let inside = st.says(mention.tokens.start) && st.says(mention.tokens.end - 1);
                // "Russia and China said they would veto it": the "they" that
                // means the speakers together is not what either speaks about.
                let speakers_together = mention.kind == MentionKind::Pronoun
                    && self.mentions.iter().any(|n| {
                        n.tokens == mention.tokens
                            && n.kind == MentionKind::Pronoun
                            && n.actor == speaker.actor
                    });
                if inside && !speakers_together && !about.contains(&mention.actor) {
                    about.push(mention.actor);
                    if out.len() >= room {
                        continue;
                    }
                    let mut event = self.event(
                        entry,
                        speaker,
                        self.party(m),
                        trigger,
                        false,
                        Modality::Asserted,
                    );
                    event.event.quote = Some(quote.clone());
                    event.event.statement = Some(self.statement_id(k));
                    out.push(event);
                }
            }
            // Quoted: the content is a quotation (or its first part, or the end of
            // one opened in an earlier sentence); mixed: indirect speech that
            // quotes a fragment.
            let quoted = (st.content.start > 0 && is_quote(st.content.start - 1))
                || (st.content.start == 0 && is_quote(st.content.end));
            let direct = if quoted {
                Direct::Quoted
            } else if st.content.clone().any(is_quote) {
                Direct::Mixed
            } else {
                Direct::Indirect
            };
            let id = self.statement_id(k);
            // '"…," she said. "…," she added.': "added" goes on with the same
            // speaker's statement of the sentence before or the one before that.
            let continues = continues.or_else(|| {
                let (actors, earlier) = statements.last()?;
                let actor = &actors[0];
                let near = earlier.sentence + 2 >= self.s.index;
                (entry.relation == "add" && *actor == speaker.actor && near).then(|| {
                    earlier
                        .continues
                        .clone()
                        .unwrap_or_else(|| earlier.id.clone())
                })
            });
            if quoted {
                next_carried = Some(CarriedSpeaker {
                    speaker,
                    trigger,
                    entry: entry_ix,
                    statement: continues.clone().unwrap_or_else(|| id.clone()),
                });
            }
            let (speaker_resolved, antecedent) = match st.speaker {
                Some(m) => self.antecedent(m),
                None => (true, None),
            };
            let text = self.s.doc;
            let char_spans = CharSpans {
                speaker: chars.span(text, speaker.span),
                cue: chars.span(text, trigger),
                content: content_spans
                    .iter()
                    .map(|&span| chars.span(text, span))
                    .collect(),
            };
            let statement = Statement {
                id,
                speaker: capped_id(&self.finder.actors.get(speaker.actor).id),
                relation: entry.relation.clone(),
                cameo: entry.cameo.clone(),
                direct,
                kind: StatementKind::of_relation(&entry.relation),
                content: quote,
                about: about[1..]
                    .iter()
                    .map(|&a| capped_id(&self.finder.actors.get(a).id))
                    .collect(),
                doc: self.doc.id.clone(),
                sentence: self.s.index,
                text: self.s.text().to_string(),
                span: [self.s.span.0, self.s.span.1],
                trigger: self.text(trigger),
                speaker_text: self.text(speaker.span),
                speaker_span: speaker.span,
                content_span,
                date: self.doc.date.clone(),
                cue_span: trigger,
                content_spans,
                char_spans,
                speaker_resolved,
                antecedent_text: antecedent.map(|span| self.text(span)),
                antecedent_span: antecedent,
                parent: st.parent.map(|j| self.statement_id(j)),
                continues,
            };
            // The speaker first, then whom it speaks about: all of them are nodes.
            statements.push((about, statement));
        }
        for e in result.events.iter().take(room.saturating_sub(out.len())) {
            let entry = self.lexicon.entry(e.entry);
            if e.statement.is_some() && entry.relation == "accuse" && self.own_side(e) {
                continue;
            }
            let trigger = self.span(e.trigger.clone());
            let mut event = self.event(
                entry,
                self.party(e.source),
                self.party(e.target),
                trigger,
                e.negated,
                e.modality,
            );
            event.event.statement = e.statement.map(|k| self.statement_id(k));
            out.push(event);
        }
        next_carried
    }

    /// For a pronoun speaker: whether its person is certain, and where that
    /// person was last named before it (in this sentence or an earlier one).
    fn antecedent(&self, m: usize) -> (bool, Option<[usize; 2]>) {
        let mention = &self.mentions[m];
        if mention.kind != MentionKind::Pronoun {
            return (true, None);
        }
        let resolved = !self.finder.pronoun_was_guessed(mention.tokens.start);
        let in_sentence = self.mentions[..m]
            .iter()
            .rev()
            .find(|n| n.actor == mention.actor && !n.is_pronoun())
            .map(|n| self.span(n.tokens.clone()));
        let earlier = self.last_named.get(mention.actor).copied().flatten();
        (resolved, in_sentence.or(earlier))
    }

    /// Whether an accusation read into a statement ("Officials said Israel had struck
    /// …") would have a state accuse itself: the speaker is the accused country's body,
    /// or the country speaks of its own body. Its own officials report; they do not
    /// accuse.
    fn own_side(&self, e: &ClauseEvent) -> bool {
        let actor = |m: usize| self.finder.actors.get(self.party(m).actor);
        let (speaker, accused) = (actor(e.source), actor(e.target));
        let owns = |a: &Actor, b: &Actor| {
            a.kind == ActorKind::Country && b.country.as_deref() == Some(a.id.as_str())
        };
        owns(speaker, accused) || owns(accused, speaker)
    }

    fn statement_id(&self, k: usize) -> String {
        format!("{}:{}:{}", self.doc.id, self.s.index, k)
    }

    fn event(
        &self,
        entry: &VerbEntry,
        source: Party,
        target: Party,
        trigger: [usize; 2],
        negated: bool,
        modality: Modality,
    ) -> Built {
        Built {
            source_ix: source.actor,
            target_ix: target.actor,
            event: Event {
                source: capped_id(&self.finder.actors.get(source.actor).id),
                target: capped_id(&self.finder.actors.get(target.actor).id),
                relation: entry.relation.clone(),
                cameo: entry.cameo.clone(),
                category: entry.category.clone(),
                quad_class: entry.quad_class,
                goldstein: entry.goldstein,
                plover: entry.plover.clone(),
                negated,
                modality,
                quote: None,
                statement: None,
                evidence: Evidence {
                    doc: self.doc.id.clone(),
                    sentence: self.s.index,
                    text: self.s.text().to_string(),
                    span: [self.s.span.0, self.s.span.1],
                    trigger: self.text(trigger),
                    source_text: self.text(source.span),
                    source_span: source.span,
                    target_text: self.text(target.span),
                    target_span: target.span,
                    date: self.doc.date.clone(),
                },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.to_string(),
            text: text.to_string(),
            date: None,
            title: None,
            source: None,
        }
    }

    /// Sentences without hits before, between and after actors; a quotation that
    /// goes on; people, organisations and pairs referred back to.
    fn documents() -> Vec<Document> {
        vec![
            doc(
                "seed",
                include_str!("../examples/lithuania-nato-russia.txt"),
            ),
            doc(
                "quote",
                "Markets were calm. Prices rose. \"We will defend our allies,\" \
                 NATO Secretary General Jens Stoltenberg said. \"Russia must withdraw.\" \
                 Stoltenberg also met Polish President Andrzej Duda. He praised Poland. \
                 Stoltenberg thanked Duda. \"Thank you,\" he said. The weather was cold.",
            ),
            doc(
                "alliance",
                "Shares fell. The European Union imposed sanctions on Iran. Oil rose. \
                 The bloc criticised the two sides. It was windy.",
            ),
            doc("carried", "\"We will act,\" Poland said. \"We are ready.\""),
            doc("nothing", "Shares fell. Oil rose. He said it was windy."),
            // Body nouns no state owns name nobody alone, and somebody with a country.
            doc(
                "companies",
                "Traders sold shares. The company said profits rose. \
                 Japanese companies protested against the United States.",
            ),
            // Names the documents above introduce, which a new document must not know.
            doc(
                "strangers",
                "Stoltenberg criticised Duda. The alliance held talks with Ukraine. \
                 He said the two sides agreed.",
            ),
        ]
    }

    #[test]
    fn skipping_sentences_without_mentions_changes_nothing() {
        let extractor = Extractor::builtin().unwrap();
        let mut full = DocReader::new(&extractor);
        full.skip_quiet_sentences = false;
        let mut events = 0;
        // Mentions of people nobody owns ("Traders") in a skipped sentence are not
        // listed: alone they make no event, statement or node.
        let without_sectors = |mut x: DocumentExtraction| {
            x.mentions.retain(|m| m.kind != MentionKind::Sector);
            x
        };
        for d in documents() {
            let fast = extractor.extract(&d);
            assert_eq!(
                without_sectors(fast.clone()),
                without_sectors(full.read(&d, MentionSpans::Make)),
                "{}",
                d.id
            );
            events += fast.events.len();
        }
        assert!(events >= 10, "the documents give only {events} events");
    }

    #[test]
    fn a_reused_reader_reads_each_document_as_a_new_one_would() {
        let extractor = Extractor::builtin().unwrap();
        let docs = documents();
        let mut reader = DocReader::new(&extractor);
        for d in docs.iter().chain(docs.iter().rev()) {
            assert_eq!(
                reader.read(d, MentionSpans::Make),
                extractor.extract(d),
                "{}",
                d.id
            );
        }
    }

    #[test]
    fn the_graph_is_the_same_from_documents_read_one_by_one() {
        let extractor = Extractor::builtin().unwrap();
        let docs = documents();
        let mut one_by_one = ActorGraph::new();
        for d in &docs {
            one_by_one.add_extraction(extractor.extract(d));
        }
        one_by_one.fold_people();
        let all = extractor.extract_all(&docs);
        assert_eq!(
            crate::export::json::to_json_bytes(&all),
            crate::export::json::to_json_bytes(&one_by_one)
        );
    }
}
