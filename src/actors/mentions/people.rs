//! People: names the statistical finder or the people dictionary knows ("Trump",
//! "President Bush" on the document's date), names nobody listed in a person's place ("Gulen
//! has accused …"), honorifics ("Mrs May"), and the words of a name; one person per name
//! and document, whatever part of the name a later mention uses.

use super::*;

impl<'g> MentionFinder<'g> {
    /// People's names the statistical name finder sees in the sentence, where no
    /// gazetteer name is: "Trump", "Dana Bash", "Theresa May".
    pub(super) fn find_names(&mut self, s: &Sentence) {
        self.person_at.clear();
        self.person_at.resize(s.len(), None);
        self.names_found.clear();
        // Only a name that starts on a free name word becomes a person (see
        // `found_person`): a sentence without one needs no tagging.
        if !(0..s.len()).any(|k| self.modifier_at[k].is_none() && self.is_name_word(s, k)) {
            return;
        }
        NameFinder::builtin().find_in_document(
            s.len(),
            |i| s.word(i),
            &mut self.doc_names,
            &mut self.names_found,
        );
        for k in 0..self.names_found.len() {
            let (range, kind) = self.names_found[k].clone();
            if kind != EntityType::Person {
                continue;
            }
            let Some(range) = self.name_core(s, range) else {
                continue;
            };
            // "Um, there are arguable justifications": a word of hesitation the
            // finder reads as a name, as spoken words are capitalised at a turn's start.
            // "at Lord's in 1805": a title or honorific alone names nobody.
            // "oppose the Bill", "the Lords": a lone name after "the" is a thing or
            // a house, not a person.
            // "the Mental Capacity Bill", "the Crossrail Bill": a lone name after a
            // capitalised word inside the sentence that no list knows and that is no
            // title is the last word of a longer name (a law's, a firm's), not a person.
            if range.len() == 1 && range.start >= 2 && {
                let prev = range.start - 1;
                let w = s.word(prev);
                s.kind(prev) == Some(TokenKind::Word)
                    && s.kind(prev - 1) == Some(TokenKind::Word)
                    && w.starts_with(char::is_uppercase)
                    // Not an initial: "George W Bush".
                    && w.len() > 2
                    && !w.ends_with('.')
                    && self.hit_at[prev].is_none()
                    && !self.inside_hit(prev)
                    && self.modifier_at[prev].is_none()
                    && !NameFinder::builtin().is_title_word(w)
                    && coref::title_gender(w).is_none()
                    && coref::honorific(w).is_none()
                    && !is_first_name(w)
            } {
                continue;
            }
            if range.len() == 1 && {
                let w = s.word(range.start);
                range.start >= 1 && s.word(range.start - 1).eq_ignore_ascii_case("the")
                    || modifies_role(s, range.end)
                    || FILLERS.contains(w)
                    || coref::title_gender(w).is_some()
                    || coref::honorific(w).is_some()
            } {
                continue;
            }
            let free = self.spells_name(s, range.clone(), |k| {
                self.hit_at[k].is_none() && self.modifier_at[k].is_none()
            });
            if free {
                self.person_at[range.start] = Some(range.end);
            }
        }
        self.find_dictionary_people(s);
        self.find_office_holders(s);
        self.find_unlisted_people(s);
    }

    /// Names no list knows and the finder left untagged, where the sentence uses them
    /// as a person: one to three capitalised words that open a clause before its verb
    /// ("Suharto resigned as president", "Lopez-Gatell defended …", "Dhurata Ali
    /// said") or stand as a verb's object before the clause goes on ("Erdogan has
    /// accused Gulen of …"). No word may be one the treebank writes in lower case
    /// (unless it is a first name), a month, a title or an organisation's head noun,
    /// or be written in capitals.
    pub(super) fn find_unlisted_people(&mut self, s: &Sentence) {
        let finder = NameFinder::builtin();
        let mut k = 0;
        while k < s.len() {
            // A person already found starts with a word that is not free, and the
            // words after it follow a name word: both are passed over below.
            // Cheap tests for every word; the word's own tests only for a name
            // that stands where a person does (see `unlisted_name_word`).
            let free = |this: &Self, j: usize| {
                j < s.len()
                    && this.is_name_word(s, j)
                    && this.hit_at[j].is_none()
                    && this.modifier_at[j].is_none()
                    && this.person_at[j].is_none()
            };
            if !free(self, k) || (k > 0 && self.is_name_word(s, k - 1)) {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            while end < s.len() && end - k < 3 && free(self, end) {
                end += 1;
            }
            if self.is_name_word(s, end) {
                k = end + 1;
                continue;
            }
            let before = k.checked_sub(1).map(|b| s.word(b));
            let opens = before.is_none_or(|b| {
                matches!(s.kind(k - 1), Some(TokenKind::Quote))
                    || [",", "and", "but", "that", "while", ";", ":"].contains(&b)
            });
            let next = (end < s.len()).then(|| s.word(end));
            // A person's verbs: a past, a report, "has", "was"; not a modal ("Rosneft
            // will remain independent" is a company).
            let verb = next.is_some_and(|n| {
                (UNNAMED_VERBS.contains(n) || Self::starts_predicate(s, end)) && !MODALS.contains(n)
                    || REPORTING_VERBS_S.contains(&n)
            }) || (s.is(end, ",") && s.is(end + 1, "who"));
            // "Landslides buried …": opening a sentence, a word that looks like a
            // plural is rather a common noun no list knows.
            let plural = |w: &str| {
                w.ends_with('s')
                    && !["ss", "us", "is", "os", "as"]
                        .iter()
                        .any(|e| w.ends_with(e))
            };
            let common_opener = end == k + 1
                && (k == 0 || matches!(s.kind(k - 1), Some(TokenKind::Quote)))
                && plural(s.word(k));
            let subject = opens && verb && !common_opener;
            // Not after a preposition: "a campaign against Leukaemia", "in Tarcin".
            let after_verb = before.is_some_and(|b| {
                b.len() >= 4 && b.ends_with("ed") && b.starts_with(|c: char| c.is_ascii_lowercase())
            });
            let clause_goes_on = next.is_none_or(|n| {
                s.kind(end) == Some(TokenKind::Punct)
                    || ["of", "on", "in", "for", "over", "after", "and", "to"].contains(&n)
            });
            // A story introduces the people it names with a first name or a title; a
            // bare unknown word later in it is rather a company ("Yukos said …"). Only
            // the opening sentence names the famous by their surname alone ("Suharto
            // resigned …", "Erdogan has accused Gulen of …").
            // "Zimmer of Merrill Lynch said …", "Smith of Texas told …": a name before
            // "of" and an affiliation that a verb of saying follows is a speaker, even
            // a surname alone later in a story.
            let of_speaker = opens
                && self.of_affiliation(s, end).is_some_and(|(_, after)| {
                    after < s.len()
                        && (SPEECH_PASTS.contains(s.word(after))
                            || REPORTING_VERBS_S.contains(&s.word(after)))
                });
            let bare = end == k + 1 && s.index > 0 && !of_speaker;
            // The finder may have read "Zimmer of Merrill Lynch" as one organisation.
            let name_word = |j: usize| {
                if of_speaker {
                    let across = self.names_found.iter().any(|(r, ty)| {
                        *ty == EntityType::Organization && r.contains(&j) && r.contains(&end)
                    });
                    if across {
                        let w = s.word(j);
                        return w.len() >= 3
                            && w.chars().all(char::is_alphabetic)
                            && !in_capitals(w)
                            && !finder.is_org_word(w)
                            && !finder.is_place_word(w)
                            && !finder.is_title_word(w)
                            && finder.word_flags(w) & Vocab::LOWER == 0;
                    }
                }
                self.unlisted_name_word(finder, s, j)
            };
            if !bare
                && (subject || of_speaker || (after_verb && clause_goes_on))
                && (k..end).all(name_word)
            {
                self.person_at[k] = Some(end);
            }
            k = end;
        }
    }

    /// Whether word `j` may be a word of a person's name nobody listed (see
    /// `find_unlisted_people`): the finder tagged nothing there, and it is no
    /// acronym, month, title, organisation's word or common word.
    pub(super) fn unlisted_name_word(&self, finder: &NameFinder, s: &Sentence, j: usize) -> bool {
        let w = s.word(j);
        !self.names_found.iter().any(|(r, _)| r.contains(&j))
            && w.len() >= 3
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !in_capitals(w)
            && !is_month(w)
            && !FILLERS.contains(w)
            && !ORGANIZATION_HEADS.contains(w)
            && !self.gazetteer.is_not_name(w)
            && coref::title_gender(w).is_none()
            && coref::honorific(w).is_none()
            && (!written_in_lower_case(finder, w) || coref::name_gender(w).is_some())
            && !named_otherwise(finder, w)
    }

    /// Capitalised words the text uses like a person's name though nothing made one
    /// a person (see `coref::Unnamed`): "Williamson should have sent them …", "a
    /// statement made by Williamson, since he …". A single word, never written in
    /// lower case unless it is a first name ("Mary is …"), that no gazetteer name,
    /// known surname or name finder's name claims,
    /// before an auxiliary, a verb of saying, a past tense or ", who", or after "by"
    /// or "with" at a clause's end; opening the sentence, only before such a verb.
    pub(super) fn note_unnamed_people(&mut self, s: &Sentence) {
        let finder = NameFinder::builtin();
        for k in 0..s.len() {
            if !self.is_name_word(s, k)
                || self.hit_at[k].is_some()
                || self.modifier_at[k].is_some()
                || self.person_at[k].is_some()
                || (k > 0 && self.is_name_word(s, k - 1))
                || self.is_name_word(s, k + 1)
                || self.names_found.iter().any(|(r, _)| r.contains(&k))
            {
                continue;
            }
            let word = s.word(k);
            let verb = s.kind(k + 1) == Some(TokenKind::Word) && {
                let next = s.word(k + 1);
                UNNAMED_VERBS.contains(next)
                    || (next.len() > 4
                        && next.ends_with("ed")
                        && next.starts_with(|c: char| c.is_ascii_lowercase()))
            };
            // "Jason, who is our editor": only people are "who".
            let who = s.is(k + 1, ",") && s.is(k + 2, "who");
            let verb = verb || who;
            let object = k > 0
                && (s.is(k - 1, "by") || s.is(k - 1, "with"))
                && s.kind(k + 1).is_none_or(|t| t == TokenKind::Punct);
            let opens = k == 0 || matches!(s.kind(k - 1), Some(TokenKind::Quote));
            if !(verb || object)
                || word.len() < 3
                || in_capitals(word)
                || FILLERS.contains(word)
                || self.gazetteer.is_not_name(word)
                || is_month(word)
                || self.people_by_word.contains_key(word)
                || (finder.word_flags(word) & Vocab::LOWER != 0
                    && coref::name_gender(word).is_none())
                || (opens && !verb)
            {
                continue;
            }
            let subject = !(0..k).any(|t| self.person_at[t].is_some());
            self.coref.note_unnamed(word, k, subject);
        }
    }

    /// Names the finder left untagged that are a dictionary person's full name and
    /// open with a first name: "Angela Merkel believes …", which the finder, reading
    /// the verb after it, takes for no name.
    pub(super) fn find_dictionary_people(&mut self, s: &Sentence) {
        let mut k = 0;
        while k + 1 < s.len() {
            if let Some(end) = self.person_at[k] {
                k = end;
                continue;
            }
            let free = |this: &Self, j: usize| {
                this.person_at[j].is_none()
                    && this.modifier_at[j].is_none()
                    && this.is_name_word(s, j)
            };
            if !free(self, k) || !is_first_name(s.word(k)) || !free(self, k + 1) {
                k += 1;
                continue;
            }
            let mut end = k + 2;
            while end < s.len() && end - k < 4 && free(self, end) {
                end += 1;
            }
            let name = s.doc[s.byte_span(k..end)].to_string();
            if self.dictionary_person(&name).is_some() {
                self.person_at[k] = Some(end);
            }
            k = end;
        }
    }

    /// Names the finder left untagged that, in a dated document, are the name of
    /// exactly one dictionary person holding a dated public office that day (not
    /// Phoenix's lifelong "elite" rows): "Egypt said Netanyahu criticised …" on 1
    /// May 2013. A single word must not open the sentence or a quotation ("Parts of
    /// the …"), must have four letters or more and must not be a common word
    /// (data/not_names.txt).
    pub(super) fn find_office_holders(&mut self, s: &Sentence) {
        let date = self.date;
        let finder = NameFinder::builtin();
        let mut k = 0;
        while k < s.len() {
            if let Some(end) = self.person_at[k] {
                k = end;
                continue;
            }
            if self.modifier_at[k].is_some() || !self.is_name_word(s, k) {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            while end < s.len()
                && end - k < 3
                && self.person_at[end].is_none()
                && self.modifier_at[end].is_none()
                && self.is_name_word(s, end)
            {
                end += 1;
            }
            let mut name = String::from(s.word(k));
            for j in k + 1..end {
                name.push(' ');
                name.push_str(s.word(j));
            }
            // A word opening the sentence or a quotation is capitalised anyway: only
            // one the treebank never writes in lower case ("Erdogan", not "Young").
            let opens = k == 0 || matches!(s.kind(k - 1), Some(TokenKind::Quote));
            let common = opens && finder.word_flags(s.word(k)) & Vocab::LOWER != 0;
            // "Jordan Peterson", "Chad Johnson": a name that a country's name
            // opens is somebody else.
            let after_name = (k.saturating_sub(4)..k).any(|j| {
                self.hit_at[j].is_some_and(|h| {
                    h.end == k && h.meanings.iter().any(|m| matches!(m, Meaning::Name(_)))
                })
            });
            // "MADRID, June 19 -": a word in capitals is a dateline or a headline.
            let shouting = in_capitals(s.word(k));
            let weak = after_name
                || shouting
                || (end == k + 1
                    && (common
                        || name.len() < 4
                        || self.gazetteer.is_not_name(s.word(k))
                        || modifies_role(s, end)));
            let in_office = |p: &ActorIx| {
                self.gazetteer
                    .roles(*p)
                    .iter()
                    .any(|r| r.is_public_office(date))
            };
            // The office holder must be the one person the name resolves to later.
            let holder = self.dictionary_person(&name).filter(in_office);
            if !weak && holder.is_some() {
                self.person_at[k] = Some(end);
            }
            k = end;
        }
    }

    /// A person the name finder found, not introduced before: a new person node, or
    /// the dictionary's person of that name.
    pub(super) fn found_person(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let end = self.person_at.get(i).copied().flatten()?;
        if !self.spells_name(s, i..end, |k| {
            self.is_name_word(s, k) || NAME_PARTICLES.contains(&s.word(k))
        }) {
            return None;
        }
        // "the Koran", "a Caesar howitzer": an article says it is no person; "the
        // daily newspaper Asahi Shimbun", "the carrier Air France": nor a name that
        // an institution's noun introduces.
        const ARTICLES: [&str; 6] = ["the", "The", "a", "an", "A", "An"];
        let article = i >= 1
            && (ARTICLES.iter().any(|w| s.is(i - 1, w))
                || NAMED_INSTITUTIONS.contains(s.word(i - 1)));
        // "Caesar howitzers": a name before a lower-case noun is a modifier.
        // Not "Merkel believes that …": a verb that reports speech or thought, or
        // one "that" follows.
        // Where a clause's subject stands: the sentence's start, or after a comma or a
        // conjunction ("France delivered Caesar howitzers the army ordered" is no verb).
        let subject = i == 0
            || [",", "and", "but", "that", "while", ";", ":"]
                .iter()
                .any(|w| s.is(i - 1, w));
        // "Richard Lyng opens talks": a first name and a surname are somebody.
        let full_name = end - i >= 2 && is_first_name(s.word(i));
        let modifier = end < s.len()
            && !full_name
            && s.word(end).ends_with('s')
            && s.word(end).starts_with(|c: char| c.is_ascii_lowercase())
            && !["is", "was", "has", "says"].iter().any(|w| s.is(end, w))
            && !REPORTING_VERBS_S.contains(&s.word(end))
            && !s.is(end + 1, "that")
            && !(subject && end + 1 < s.len() && OBJECT_OPENERS.contains(s.word(end + 1)));
        if article || modifier || self.place_follows(s, i..end) {
            return None;
        }
        // "Jane Hollis of Amnesty International", "President Musharraf of Pakistan":
        // whose the person is.
        // The mention takes the affiliation in, as a title's does ("ICRC President
        // Peter Maurer"), so that it makes no node of its own.
        let of = self.of_affiliation(s, end).map(|(a, _)| a);
        let actor = self.person(s, i..end, None, of.as_ref().map(|a| a.actor));
        let mention_end = of.map_or(end, |a| a.tokens.1);
        out.push(Mention {
            actor,
            tokens: i..mention_end,
            kind: MentionKind::Person,
        });
        Some(mention_end)
    }

    /// Whether every word of `range` is `plain`, or in a place's name that is the
    /// family's ([`Self::family_place`]).
    fn spells_name(
        &self,
        s: &Sentence,
        range: Range<usize>,
        plain: impl Fn(usize) -> bool,
    ) -> bool {
        let mut k = range.start;
        while k < range.end {
            if plain(k) {
                k += 1;
                continue;
            }
            match self.family_place(s, range.start, k) {
                Some(e) if e <= range.end => k = e,
                _ => return false,
            }
        }
        true
    }

    /// Where a place's name ends that is a family's name inside a person's name
    /// opening at `start`: after a first name and a particle ("Jose Eduardo dos
    /// Santos", "Eduardo de Los Angeles", "Maria de Lourdes Santos"), the place's hit
    /// at `k` is the surname.
    fn family_place(&self, s: &Sentence, start: usize, k: usize) -> Option<usize> {
        let hit = self.hit_at[k]?;
        if !(is_first_name(s.word(start)) && s.word(k).starts_with(char::is_uppercase)) {
            return None;
        }
        let particle = k > start + 1 && (start + 1..k).any(|j| NAME_PARTICLES.contains(&s.word(j)));
        // "Edward Kennedy", "Alan Sinai": a city's name (no country's, no
        // organisation's) right after a first name, both in the finder's person.
        // ("John F Kennedy", "Alejandro Martinez Cuenca": initials or name words between,
        // which are name words too.)
        let city = (start + 1..k).all(|j| self.is_name_word(s, j))
            && self.hit_at[start].is_none()
            && hit.only_a_place();
        (particle || city).then_some(hit.end)
    }

    /// The affiliation after "of" (and "the") at `end`, and where the words after it
    /// start: "of Amnesty International" in "Jane Hollis of Amnesty International".
    fn of_affiliation(&self, s: &Sentence, end: usize) -> Option<(Affiliation, usize)> {
        if !s.is(end, "of") {
            return None;
        }
        self.affiliation(s, end + 1 + usize::from(s.is(end + 1, "the")))
    }

    /// The dictionary's person (data/people.tsv) a name stands for on the document's
    /// date: the one person of that name whose office holds then, or, in an undated
    /// document, the only person of that name.
    pub(super) fn dictionary_person(&self, name: &str) -> Option<ActorIx> {
        let candidates = self.gazetteer.people_named(name);
        // Phoenix lists a few organisations among its people ("Supreme Council of the
        // Syrian Revolution", "Tawhid Brigade"): no person, and "Revolution" no surname.
        let organization = |p: &ActorIx| {
            self.gazetteer
                .actor(*p)
                .label
                .split(' ')
                .any(|w| ORGANIZATION_HEADS.contains(w) || w == "Brigade")
        };
        let filtered: Vec<ActorIx>;
        let candidates = if candidates.iter().any(organization) {
            filtered = candidates
                .iter()
                .copied()
                .filter(|p| !organization(p))
                .collect();
            &filtered[..]
        } else {
            candidates
        };
        let in_office: Vec<ActorIx> = match self.date {
            Some(d) => candidates
                .iter()
                .copied()
                .filter(|&p| {
                    self.gazetteer
                        .roles(p)
                        .iter()
                        .any(|r| r.from.is_some() && r.holds_on(d))
                })
                .collect(),
            // Undated: the only person of that name, or of several, those whose row
            // lists the bare name and who held a public office ("Obama" is Barack
            // Obama in an undated sentence; "Peterson" stays nobody in particular).
            None if candidates.len() == 1 => candidates.to_vec(),
            None => {
                let aliased = self.gazetteer.people_aliased(name);
                candidates
                    .iter()
                    .copied()
                    .filter(|p| aliased.contains(p))
                    .filter(|&p| {
                        self.gazetteer
                            .roles(p)
                            .iter()
                            .any(|r| r.is_public_office(None))
                    })
                    .collect()
            }
        };
        match in_office.as_slice() {
            [one] => Some(*one),
            [] => None,
            // Several: the one whose row lists the bare name as a name of its own.
            several => {
                let aliased = self.gazetteer.people_aliased(name);
                let mut listed = several.iter().filter(|p| aliased.contains(p));
                match (listed.next(), listed.next()) {
                    (Some(&one), None) => Some(one),
                    _ => None,
                }
            }
        }
    }

    /// The country whose government a leader's surname names ("the Obama administration",
    /// "the Trudeau government"): every person of that name in the dictionary (those whose
    /// row lists the bare surname, if any do: "Obama" is Barack Obama) who held a dated
    /// government office held it in this one country. The document's date does not matter:
    /// news names past administrations too.
    pub(super) fn leader_country(&self, name: &str) -> Option<ActorIx> {
        let aliased = self.gazetteer.people_aliased(name);
        let people = if aliased.is_empty() {
            self.gazetteer.people_named(name)
        } else {
            aliased
        };
        let mut country: Option<&str> = None;
        for &p in people {
            let offices = self.gazetteer.roles(p).iter();
            for role in offices.filter(|r| r.from.is_some() && r.sector == "GOV") {
                match country {
                    Some(c) if c != role.country => return None,
                    _ => country = Some(&role.country),
                }
            }
        }
        self.gazetteer.lookup(country?)
    }

    /// "Mr. Obama", "Mrs May": a person with the honorific's gender; the document's
    /// person of that surname if there is one.
    pub(super) fn honorific(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let word = s.word(i);
        let gender = coref::honorific(word)?;
        let start = if word.ends_with('.') || !s.is(i + 1, ".") {
            i + 1
        } else {
            i + 2
        };
        let before = out.len();
        let end = match self.known_person(s, start, out) {
            Some(end) => end,
            None => {
                let end = self.name(s, start)?;
                let actor = self.person(s, start..end, None, None);
                out.push(Mention {
                    actor,
                    tokens: start..end,
                    kind: MentionKind::Person,
                });
                end
            }
        };
        out[before].tokens.start = i;
        if let Some(g) = gender {
            self.coref.set_stated_gender(out[before].actor, g);
        }
        Some(end)
    }

    /// Whether the name at `i` is a person's by its words: the name finder's person,
    /// or a first word that is a first name or no common word, organisation's or
    /// place's word ("General Motors", "General Assembly" are not).
    pub(super) fn names_person(&self, s: &Sentence, i: usize) -> bool {
        let Some(end) = self.name(s, i) else {
            return false;
        };
        // "The Emperor Norton Bridge", "Secretary Siemens AG": a place's or a firm's,
        // even where the finder reads a person.
        let finder = NameFinder::builtin();
        let last = s.word(end - 1);
        if finder.is_place_word(last) || finder.is_org_word(last) {
            return false;
        }
        if self.person_at.get(i).copied().flatten().is_some() {
            return true;
        }
        let first = s.word(i);
        // "minister Mr Brady": the honorific's own rule reads the name. "news agency
        // INA": an acronym is an organisation's.
        let acronym = |w: &str| w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
        if coref::honorific(first).is_some()
            || finder.is_title_word(first)
            || (i..end).any(|k| acronym(s.word(k)))
        {
            return false;
        }
        let free = (i..end).all(|k| self.hit_at[k].is_none() && self.modifier_at[k].is_none());
        free && (i..end).all(|k| !ORGANIZATION_HEADS.contains(s.word(k)))
            && (is_first_name(first)
                || !written_in_lower_case(finder, first)
                    && !named_otherwise(finder, first)
                    && !self.gazetteer.is_not_name(first))
    }

    /// Capitalised name tokens after a title; several joined by "and" when the title is plural.
    pub(super) fn name_list(&self, s: &Sentence, mut i: usize, plural: bool) -> Vec<Range<usize>> {
        let mut names = Vec::new();
        while let Some(end) = self.name(s, i) {
            names.push(i..end);
            i = end;
            let joiner = s.is(i, "and") || s.is(i, ",");
            if plural && joiner && self.name(s, i + 1).is_some() {
                i += 1;
            } else {
                break;
            }
        }
        names
    }

    pub(super) fn is_name_word(&self, s: &Sentence, i: usize) -> bool {
        debug_assert_eq!(
            self.name_word.len(),
            s.len(),
            "index_hits reads the sentence first"
        );
        self.name_word.get(i).copied().unwrap_or(false)
    }

    /// [`MentionFinder::is_name_word`], worked out (once per token, by `index_hits`).
    pub(super) fn compute_is_name_word(&self, s: &Sentence, i: usize) -> bool {
        if s.kind(i) != Some(TokenKind::Word) {
            return false;
        }
        // The cheap tests first: most words of running text are lower-case.
        let w = s.word(i);
        let capitalised = match w.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => w.chars().next().is_some_and(char::is_uppercase),
        };
        // "al-Assad", "el-Sisi": a lower-case particle glued to a capitalised name.
        // Particles are at most four letters, so the hyphen is among the first five bytes.
        let glued = || {
            w.bytes().take(5).position(|b| b == b'-').is_some_and(|at| {
                NAME_PARTICLES.contains(&&w[..at]) && w[at + 1..].starts_with(char::is_uppercase)
            })
        };
        (capitalised || glued())
            && self.hit_at[i].is_none()
            && !self.inside_hit(i)
            && (!self.gazetteer.is_not_name(w) || self.month_surname(s, i))
    }

    /// Whether the month word at `i` is a surname: "Theresa May", "Mrs May",
    /// "Jane March". It follows a capitalised first name, an honorific or the
    /// first word of a dictionary person it completes ("Theresa May"), and no
    /// number follows ("on May 5" is the month, and so is "June 2019").
    pub(super) fn month_surname(&self, s: &Sentence, i: usize) -> bool {
        let w = s.word(i);
        if i == 0 || !is_month(w) || w.ends_with('.') || s.kind(i + 1) == Some(TokenKind::Number) {
            return false;
        }
        // "Mrs. May" may come as "Mrs" "." "May".
        let p = if s.is(i - 1, ".") && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        let prev = s.word(p);
        if p < i - 1 && coref::honorific(prev).is_none() {
            return false;
        }
        if s.kind(p) != Some(TokenKind::Word)
            || !prev.starts_with(char::is_uppercase)
            || is_month(prev)
        {
            return false;
        }
        is_first_name(prev)
            || coref::honorific(prev).is_some()
            || !self
                .gazetteer
                .people_named(&format!("{prev} {w}"))
                .is_empty()
    }

    /// Whether token `i` is inside a longer gazetteer hit ("Korea" of "North Korea"): part of
    /// a known name, not a name word of its own ("North Korea, Sudan" is no "Atlanta, Georgia").
    pub(super) fn inside_hit(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| self.hit_at[k].is_some_and(|h| h.end > i))
    }

    /// The end of a person's name starting at `i`: capitalised words, particles inside.
    pub(super) fn name(&self, s: &Sentence, i: usize) -> Option<usize> {
        if !self.is_name_word(s, i) {
            return None;
        }
        let mut end = i + 1;
        let mut words = 1;
        while end < s.len() && words < 4 {
            // "von der Leyen", "bin Hamad": particles do not count as words.
            let particles = (end..s.len())
                .take_while(|&k| NAME_PARTICLES.contains(&s.word(k)))
                .count();
            if self.is_name_word(s, end + particles) {
                end += particles + 1;
                words += 1;
                continue;
            }
            // "Senator Edward Kennedy": a city's name as the surname, where the
            // finder read a person ([`Self::family_place`]).
            let surname = (particles == 0)
                .then(|| self.family_place(s, i, end))
                .flatten()
                .filter(|&e| {
                    self.names_found
                        .iter()
                        .any(|(r, ty)| *ty == EntityType::Person && r.start <= i && r.end >= e)
                });
            match surname {
                Some(e) => {
                    end = e;
                    words += 1;
                }
                None => break,
            }
        }
        // "(Soviet leader Mikhail) Gorbachev": an editor's words in brackets end
        // inside the name; the name goes on after the bracket.
        if words < 4 && is_closing_bracket(s, end) {
            let opened = (0..i)
                .rev()
                .take_while(|&k| !is_closing_bracket(s, k))
                .any(|k| s.is(k, "(") || s.is(k, "["));
            if let Some(rest) = opened.then(|| self.name(s, end + 1)).flatten() {
                return Some(rest);
            }
        }
        Some(end)
    }

    /// The start of a two-to-four-word name that ends right before `end`.
    pub(super) fn name_ending_at(&self, s: &Sentence, end: usize) -> Option<usize> {
        let mut start = end;
        while start > 0 && end - start < 4 && self.is_name_word(s, start - 1) {
            start -= 1;
        }
        // One capitalised word is too often a place or a sentence opener.
        (end - start >= 2 && self.name(s, start) == Some(end)).then_some(start)
    }

    /// The words of a name found in a sentence that are the person's name, at
    /// least one: not the titles and honorifics before it ("Gen Pinochet", "Sen
    /// Bob Packwood", "minister Mr Aiyar"; peerage and royal titles stay, "Lord
    /// Carrington"), not a word of data/not_names.txt or a common word that is
    /// capitalised only because it opens the sentence ("Besides Reagan's
    /// knowledge", "Although Smith said"), not capitals after a name written in
    /// small letters ("Reagan EEOC nominee"; Roman numerals stay, "John Paul II",
    /// and so does a surname in capitals after a first name, "Caroline DUMAY").
    /// A dictionary person's name is kept whole. `None` when the words are no
    /// person's name: an organisation's ("Siemens AG"), or a title or sentence
    /// opener and a common word or a lone first name ("Deputy General Manager",
    /// "in April John Johnstone").
    pub(super) fn name_core(&self, s: &Sentence, name: Range<usize>) -> Option<Range<usize>> {
        let finder = NameFinder::builtin();
        let (mut start, mut end) = (name.start, name.end);
        if end - start < 2 || self.dictionary_name(s, name.clone()).is_some() {
            return Some(name);
        }
        if finder.is_org_word(s.word(end - 1)) {
            return None;
        }
        while end - start > 1 {
            let opens = start == 0 || matches!(s.kind(start - 1), Some(TokenKind::Quote));
            let word = s.word(start);
            let title = finder.is_title_word(word)
                && !NAME_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word));
            if title || self.gazetteer.is_not_name(word) || (opens && finder.is_common_word(word)) {
                start += 1;
            } else {
                break;
            }
        }
        // What is left of "Deputy General Manager" or "April John": no one's name.
        let rest = s.word(start);
        if start > name.start
            && end - start == 1
            && (finder.is_common_word(rest) || is_first_name(rest))
        {
            return None;
        }
        let small_letters = s.word(start).chars().any(char::is_lowercase);
        let full = end;
        while end - start > 1 && small_letters && is_capitals(s.word(end - 1)) {
            end -= 1;
        }
        // "Caroline DUMAY": a byline's surname in capitals after a first name
        // stays, unless the first word alone is a dictionary person ("Reagan").
        if end < full
            && end - start == 1
            && is_first_name(s.word(start))
            && self.dictionary_name(s, start..end).is_none()
        {
            end = full;
        }
        Some(start..end)
    }

    /// The dictionary people a run of words names, if any.
    pub(super) fn dictionary_name(&self, s: &Sentence, words: Range<usize>) -> Option<ActorIx> {
        let name = name_text(s, words);
        self.gazetteer.people_named(&name).first().copied()
    }

    /// Registers (or finds) the person named by `name` tokens.
    pub(super) fn person(
        &mut self,
        s: &Sentence,
        name: Range<usize>,
        role: Option<&str>,
        affiliation: Option<ActorIx>,
    ) -> usize {
        let name = self.name_core(s, name.clone()).unwrap_or(name);
        // "Prince Abdullah" after "Crown Prince Abdullah Ibn Abdulaziz": one word of
        // a name the document gave in full is that person.
        if name.len() == 1 {
            if let Some(actor) = self.document_person_named(s.word(name.start)) {
                return actor;
            }
        }
        let label = name_text(s, name.clone());
        let (country, organization) = match affiliation.map(|a| self.gazetteer.actor(a)) {
            Some(a) if a.kind == ActorKind::Country => (Some(a.id.clone()), None),
            Some(a) => (a.country.clone(), Some(a.id.clone())),
            None => (None, None),
        };
        let known = self.dictionary_person(&label).filter(|&p| {
            // A title's country must agree with the dictionary's.
            let office = self.gazetteer.role_at(p, self.date);
            country.is_none() || office.is_none_or(|r| Some(&r.country) == country.as_ref())
        });
        let actor = match known {
            Some(p) => {
                let mut actor = self.gazetteer.actor(p).clone();
                if let Some(office) = self.gazetteer.role_at(p, self.date) {
                    actor.country = Some(office.country.clone());
                    actor.sector = (!office.sector.is_empty()).then(|| office.sector.clone());
                    actor.cameo = self
                        .gazetteer
                        .country_cameo(&office.country)
                        .map(|c| crate::actors::cameo_code(c, &office.sector));
                }
                actor.country = country.or(actor.country);
                actor.organization = organization;
                actor.role = role.map(str::to_string);
                if label != actor.label {
                    actor.aliases = vec![label];
                }
                actor
            }
            None => Actor {
                id: format!("person:{}", slug(&label)),
                label,
                kind: ActorKind::Person,
                country,
                organization,
                role: role.map(str::to_string),
                sector: None,
                cameo: None,
                aliases: Vec::new(),
            },
        };
        let ix = self.actors.intern_owned(actor);
        // The title ("Queen Rania"), else the first name as written, else the
        // dictionary's ("Netanyahu" is "Benjamin Netanyahu"). A name of one word
        // is too often a surname that is a first name too ("Mrs. Phillips").
        let gender = role
            .and_then(coref::title_gender)
            .or_else(|| {
                (name.len() > 1)
                    .then(|| coref::name_gender(s.word(name.start)))
                    .flatten()
            })
            .or_else(|| {
                let label = &self.actors.get(ix).label;
                label
                    .split_once(' ')
                    .and_then(|(first, _)| coref::name_gender(first))
            });
        if let Some(gender) = gender {
            self.coref.set_gender(ix, gender);
        }
        if !self.is_known_person.get(ix).copied().unwrap_or(false) {
            if self.is_known_person.len() <= ix {
                self.is_known_person.resize(ix + 1, false);
            }
            self.is_known_person[ix] = true;
            let name_tokens: Vec<String> = name
                .filter(|&t| !is_closing_bracket(s, t))
                .map(|t| s.word(t).to_string())
                .collect();
            let k = self.people.len();
            let mut keys = vec![name_tokens[0].clone()];
            if let Some(last) = name_tokens.last().filter(|l| **l != name_tokens[0]) {
                keys.push(last.clone());
            }
            // "Alejandro Martinez Cuenca" … "Martinez said": the first of two surnames.
            keys.extend(
                name_tokens
                    .iter()
                    .enumerate()
                    .filter(|&(j, t)| is_middle_surname(&name_tokens, j, t))
                    .map(|(_, t)| t.clone()),
            );
            for key in keys {
                self.people_by_word.entry(key).or_default().push(k);
            }
            self.people.push(KnownPerson {
                actor: ix,
                name_tokens,
                role: role.map(str::to_string),
                affiliation: affiliation.map(|a| self.gazetteer.actor(a).id.clone()),
            });
        }
        ix
    }

    /// Whether the name at `i` is one word that opens or ends the name of one of the
    /// document's people, who it is ("Prince Abdullah" after "Crown Prince Abdullah
    /// Ibn Abdulaziz", "Pemberton" after "Alan Pemberton").
    pub(super) fn names_document_person(&self, s: &Sentence, i: usize) -> bool {
        self.name(s, i) == Some(i + 1) && self.document_person_named(s.word(i)).is_some()
    }

    /// The person the document named last whose name opens or ends with `word`.
    pub(super) fn document_person_named(&self, word: &str) -> Option<usize> {
        let last = *self.people_by_word.get(word)?.last()?;
        Some(self.people[last].actor)
    }

    /// A person introduced earlier, by full name or surname: "Nauseda", "Gitanas Nauseda".
    /// Not a word of a longer name after an article ("the Marion Star", "the Trump
    /// Organization"), nor a town of that name ("Marion, Ohio").
    pub(super) fn known_person(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        if self.people.is_empty() || !self.is_name_word(s, i) {
            return None;
        }
        self.known_person_at(s, i, out)
    }

    /// [`Self::known_person`] at a word that may also be a gazetteer's (a city's
    /// name: "Kennedy" after "Edward Kennedy").
    pub(super) fn known_person_at(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let word = s.word(i);
        let candidates = self.people_by_word.get(word)?;
        let article = i >= 1
            && ["the", "The", "a", "an", "A", "An"]
                .iter()
                .any(|w| s.is(i - 1, w));
        let name_goes_on = s.kind(i + 1) == Some(TokenKind::Word)
            && s.word(i + 1).starts_with(|c: char| c.is_uppercase());
        if (article && name_goes_on) || self.place_follows(s, i..i + 1) {
            return None;
        }
        let person = candidates.iter().rev().find_map(|&k| {
            let p = &self.people[k];
            let full = p
                .name_tokens
                .iter()
                .enumerate()
                .all(|(k, t)| i + k < s.len() && s.word(i + k) == t);
            if full {
                Some((p.actor, i + p.name_tokens.len()))
            } else if p.name_tokens.last().is_some_and(|last| last == word)
                // "Wang Yi" … "Wang said": two-word names may be family name first.
                || (p.name_tokens.len() == 2 && p.name_tokens[0] == word)
            {
                Some((p.actor, i + 1))
            } else if let Some(j) = p
                .name_tokens
                .iter()
                .enumerate()
                .position(|(j, t)| t == word && is_middle_surname(&p.name_tokens, j, t))
            {
                // "Martinez", or both surnames: "Hernandez Grisanti said".
                let last = &p.name_tokens[j + 1];
                let both = i + 1 < s.len() && s.word(i + 1) == last;
                Some((p.actor, i + 1 + usize::from(both)))
            } else {
                None
            }
        })?;
        out.push(Mention {
            actor: person.0,
            tokens: i..person.1,
            kind: MentionKind::Surname,
        });
        Some(person.1)
    }
}

/// Whether word `j` of a person's name of three words or more is the first of two
/// surnames ("Martinez" of "Alejandro Martinez Cuenca"): the word before the last,
/// after a first name, itself no initial or particle.
fn is_middle_surname(name: &[String], j: usize, word: &str) -> bool {
    name.len() >= 3
        && j == name.len() - 2
        && is_first_name(&name[j - 1])
        && word.chars().count() > 2
        && !NAME_PARTICLES.contains(&word)
}

/// Whether a one-word name ending at `end` stands before a role and a name, as a
/// club, a company or an event does ("Blackburn midfielder Aaron Mokoena", "Oscar
/// host Chris Rock", "Chelsea boss Jose Mourinho"): no person then.
fn modifies_role(s: &Sentence, end: usize) -> bool {
    end + 1 < s.len()
        && ROLE_NOUNS.contains(s.word(end))
        && s.word(end + 1).starts_with(|c: char| c.is_uppercase())
}

/// Lower-case nouns of trades and roles that a club's, company's or event's name
/// may stand before (see [`modifies_role`]); titles of office are not among them,
/// since "Trump adviser" and "Putin ally" name their person.
static ROLE_NOUNS: WordList = WordList::new(&[
    "boss",
    "captain",
    "chairman",
    "coach",
    "defender",
    "executive",
    "forward",
    "founder",
    "goalkeeper",
    "host",
    "manager",
    "midfielder",
    "owner",
    "presenter",
    "striker",
    "winger",
]);

/// Verbs of saying in the past that follow a speaker's affiliation ("Zimmer of
/// Merrill Lynch said").
static SPEECH_PASTS: WordList = WordList::new(&[
    "said",
    "told",
    "added",
    "says",
    "warned",
    "noted",
    "argued",
    "predicted",
    "estimated",
]);
