//! Titles and bodies: a country's or organisation's office holders ("Lithuanian President
//! Gitanas Nauseda", "the presidents of Ukraine and Poland"), roles without a name ("the
//! Lithuanian president"), and bodies and sectors ("Russian troops", "the police in Kabul",
//! "Fijian rebels"), with the affiliation before or after them.

use super::*;

impl<'g> MentionFinder<'g> {
    /// An affiliation at token `i`: a country or organisation name, seat or adjective.
    pub(super) fn affiliation(&self, s: &Sentence, i: usize) -> Option<(Affiliation, usize)> {
        let hit = (*self.hit_at.get(i)?)?;
        let actor = hit.meanings.iter().find_map(|m| match *m {
            Meaning::Name(a) | Meaning::Adjective(a) | Meaning::Seat(a) | Meaning::Place(a) => {
                Some(a)
            }
            _ => None,
        })?;
        let mut next = hit.end;
        // "a Ministry of International Trade and Industry (MITI) official": the
        // acronym in brackets may stand between the name and its body's or role's
        // noun (the mention registers it, see `MentionFinder::acronyms_inside`).
        // Not before a title and its holder's name ("(MITI) director general Noboru
        // Hatakeyama"), which the holder's mention takes.
        let role = |k: usize| {
            self.body_at(k).is_some()
                || self.title_at(k).is_some_and(|(_, _, end)| {
                    !(s.kind(end) == Some(TokenKind::Word)
                        && s.word(end).starts_with(char::is_uppercase))
                })
        };
        if bracketed_acronym(s, next) && role(next + 3) {
            next += 3;
        }
        if s.kind(next) == Some(TokenKind::Possessive) {
            next += 1;
        }
        Some((
            Affiliation {
                actor,
                tokens: (i, hit.end),
            },
            next,
        ))
    }

    /// Whether a body named without its country can be the document's or a place's
    /// own: a state's body (government, forces, police, courts, intelligence,
    /// legislature), not owned by "its", "their" or "his".
    pub(super) fn state_body(&self, s: &Sentence, start: usize, body: usize) -> bool {
        self.gazetteer.body(body).is_state()
            && !(owned_before(s, start)
                || other_states_before(s, start)
                // "Kurdish police": an owner nobody listed; where a sentence opens or
                // after a dateline, only a word that is neither a common word
                // ("KABUL - Senior officials" are Afghanistan's) nor a listed name
                // ("Treasury officials"): "Menatep lawyers said".
                || (start >= 1
                    && s.kind(start - 1) == Some(TokenKind::Word)
                    && s.word(start - 1).starts_with(char::is_uppercase)
                    && !(is_opening(s, start - 1)
                        && (NameFinder::builtin().word_flags(s.word(start - 1)) & Vocab::LOWER
                            != 0
                            || self.hit_at[start - 1].is_some()))))
    }

    /// The country a name, seat or place at token `i` stands for, and where it ends.
    pub(super) fn country_at(&self, i: usize) -> Option<(ActorIx, usize)> {
        let hit = (*self.hit_at.get(i)?)?;
        hit.meanings.iter().find_map(|m| match *m {
            Meaning::Name(a) | Meaning::Seat(a) | Meaning::Place(a) => {
                let actor = self.gazetteer.actor(a);
                let country = actor.country.as_deref()?;
                (actor.kind == ActorKind::Country
                    || matches!(m, Meaning::Seat(_) | Meaning::Place(_)))
                .then(|| self.gazetteer.lookup(country))
                .flatten()
                .map(|c| (c, hit.end))
            }
            _ => None,
        })
    }

    /// Where a title starts after one or two lower-case words at `i`, when a name
    /// follows the title ("peacekeeping chief Jean-Pierre Lacroix", "trade
    /// commissioner Cecilia Malmstrom") or a possessive owns it (`owned`: "the EU's
    /// diplomatic chief").
    pub(super) fn title_after_modifiers(
        &self,
        s: &Sentence,
        i: usize,
        owned: bool,
    ) -> Option<usize> {
        let modifier = |k: usize| {
            k < s.len()
                && s.kind(k) == Some(TokenKind::Word)
                && s.word(k).len() >= 3
                && s.word(k)
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
                && !NOT_MODIFIERS.contains(s.word(k))
                && !NOT_TITLE_MODIFIERS.contains(s.word(k))
                && self.hit_at[k].is_none()
        };
        for gap in 1..=2 {
            if !modifier(i + gap - 1) {
                return None;
            }
            if let Some((_, _, end)) = self.title_at(i + gap) {
                return (owned || self.name(s, end).is_some()).then_some(i + gap);
            }
        }
        None
    }

    /// Where a title starts after one to three words of a government's portfolio at
    /// `i` ("Economic Planning", "Home", "Agriculture and Fisheries"), when a name
    /// follows the title.
    pub(super) fn title_after_portfolio(&self, s: &Sentence, i: usize) -> Option<usize> {
        let portfolio =
            |k: usize| k < s.len() && self.hit_at[k].is_none() && PORTFOLIOS.contains(s.word(k));
        let mut k = i;
        while k < i + 4 && (portfolio(k) || (k > i && s.is(k, "and") && portfolio(k + 1))) {
            k += 1;
        }
        if k == i {
            return None;
        }
        let (_, _, end) = self.title_at(k)?;
        self.names_person(s, end).then_some(k)
    }

    /// Where a state's body noun starts after one or two lower-case modifiers at `i`
    /// ("federal" in "Swiss federal prosecutors", "communist" in "the Vietnamese communist
    /// authorities"), if it does. A modifier is a plain lower-case word of three letters or
    /// more that is no function word or verb ("China held military drills", "China sends
    /// troops": no "-ed", no "-s" but "-ss"). Other bodies change their meaning with a noun
    /// in front ("a British aid worker" is nobody's labour force).
    ///
    /// Capitalised words no entry knows name who the people are (an ethnic group, a
    /// movement, a branch): "Sri Lankan Tamil rebels", "Indian Maoist rebels", "the
    /// Libyan National Army", "German State Prosecutors"; these may come before any body,
    /// a sector's people too. A known name between ("Syrian Democratic Forces") is that
    /// name's mention, not a modifier.
    /// After a place (`after_adjective` false) only lower-case modifiers count.
    pub(super) fn body_after_modifiers(
        &self,
        s: &Sentence,
        i: usize,
        after_adjective: bool,
    ) -> Option<usize> {
        let capitalised = |k: usize| {
            if k >= s.len() || k == 0 {
                return false;
            }
            let w = s.word(k);
            let mut chars = w.chars();
            s.kind(k) == Some(TokenKind::Word)
                && w.len() >= 3
                && chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_lowercase())
                // "Sri Lankan Tamil rebels": a people's adjective after a country's
                // is the country's people.
                && self.hit_at[k].is_none_or(|h| {
                    h.meanings
                        .iter()
                        .any(|m| matches!(*m, Meaning::Adjective(a) if self.is_people(a)))
                })
                && !NOT_MODIFIERS.contains(w)
        };
        for gap in 1..=2 {
            if !after_adjective || !(0..gap).all(|g| capitalised(i + g)) {
                break;
            }
            if self.body_at(i + gap).is_some() {
                return Some(i + gap);
            }
        }
        let modifier = |k: usize| {
            if k >= s.len() {
                return false;
            }
            let w = s.word(k);
            s.kind(k) == Some(TokenKind::Word)
                && w.len() >= 3
                // "Pakistani pro-Taliban newspapers": a stance on a name is a modifier too.
                && (w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    || w.starts_with("pro-")
                    || w.starts_with("anti-"))
                && !w.ends_with("ed")
                && (!w.ends_with('s') || w.ends_with("ss"))
                && !NOT_MODIFIERS.contains(w)
                && self.hit_at[k].is_none()
        };
        for gap in 1..=2 {
            if !modifier(i + gap - 1) {
                return None;
            }
            if let Some((body, _)) = self.body_at(i + gap) {
                let body = self.gazetteer.body(body);
                let kept = body.is_state()
                    || MODIFIABLE_SECTORS
                        .iter()
                        .any(|c| body.sector.starts_with(c));
                return kept.then_some(i + gap);
            }
        }
        None
    }

    /// "Ukraine and Poland", "Ukraine, Poland and Belarus".
    pub(super) fn affiliation_list(&self, s: &Sentence, mut i: usize) -> (Vec<Affiliation>, usize) {
        let mut list = Vec::new();
        while let Some((a, next)) = self.affiliation(s, i) {
            list.push(a);
            i = next;
            if (s.is(i, "and") || s.is(i, ",")) && self.affiliation(s, i + 1).is_some() {
                i += 1;
            } else {
                break;
            }
        }
        (list, i)
    }

    pub(super) fn title_at(&self, i: usize) -> Option<(usize, bool, usize)> {
        let hit = (*self.hit_at.get(i)?)?;
        hit.meanings.iter().find_map(|m| match *m {
            Meaning::Title(t, plural) => Some((t, plural, hit.end)),
            _ => None,
        })
    }

    /// The government body at `i` and where it ends, when a noun of the government as
    /// a whole names it ("government", "administration", "cabinet", "regime"), which
    /// a leader owns ("the Trump administration", "Hun Sen's government"); "Union
    /// officials" is no government of a Mr Union.
    pub(super) fn whole_government_at(&self, s: &Sentence, i: usize) -> Option<(usize, usize)> {
        if !["government", "administration", "cabinet", "regime"]
            .iter()
            .any(|w| s.is(i, w))
        {
            return None;
        }
        self.body_at(i)
            .filter(|&(b, _)| self.gazetteer.body(b).slug == "government")
    }

    pub(super) fn body_at(&self, i: usize) -> Option<(usize, usize)> {
        let hit = (*self.hit_at.get(i)?)?;
        hit.meanings.iter().find_map(|m| match *m {
            Meaning::Body(b) => Some((b, hit.end)),
            _ => None,
        })
    }

    /// People and bodies: "[the] [Affiliation] Title [of Affiliations] [Names]", "[Affiliation] body".
    pub(super) fn titled_or_body(
        &mut self,
        s: &Sentence,
        start: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        // "the", or in an apposition "a senior", "an exiled": "X, a senior Iranian official,".
        let article = s.is(start, "a") || s.is(start, "an");
        let determiner = s.is(start, "the") || (article && start >= 1 && s.is(start - 1, ","));
        if article && !determiner {
            return None;
        }
        let mut i = start + usize::from(determiner);
        while determiner && i < s.len() && PERSON_MODIFIERS.contains(&s.word(i)) {
            i += 1;
        }
        // "the country's army", "The country's president": the country named last
        // ("The" opening a sentence is no `determiner`).
        let after_the = match determiner {
            true => Some(i),
            false => s.is(i, "The").then_some(i + 1),
        };
        let country_noun = after_the
            .filter(|&k| s.is(k, "country") && s.kind(k + 1) == Some(TokenKind::Possessive));
        let (mut first_affiliation, mut i) = match self.affiliation(s, i) {
            Some((a, next)) => (Some(a), next),
            None => match country_noun.and_then(|k| Some((k, self.last_country(out)?))) {
                Some((k, actor)) => (
                    Some(Affiliation {
                        actor,
                        tokens: (k, k + 1),
                    }),
                    k + 2,
                ),
                None => (None, i),
            },
        };
        // "the Trump administration", "the Trudeau government": a leader's surname before
        // the government's noun names that country's government.
        if first_affiliation.is_none() && i + 1 < s.len() && self.hit_at[i].is_none() {
            let government = self.whole_government_at(s, i + 1).is_some();
            if government && s.word(i).starts_with(char::is_uppercase) {
                if let Some(country) = self.leader_country(s.word(i)) {
                    first_affiliation = Some(Affiliation {
                        actor: country,
                        tokens: (i, i + 1),
                    });
                    i += 1;
                }
            }
        }
        // "Swiss federal prosecutors", "Malaysian immigration authorities": modifiers
        // between a country's adjective and its body (not after a name: "demanded that
        // NATO stop any military activity").
        let adjective = first_affiliation.as_ref().is_some_and(|a| {
            self.hit_at[a.tokens.0]
                .is_some_and(|h| h.meanings.contains(&Meaning::Adjective(a.actor)))
        });
        // "the Sao Paulo state government", "the Ontario provincial police": a city or
        // region, lower-case modifiers, and a state's body: the place's country's body.
        let place = !adjective
            && first_affiliation
                .as_ref()
                .is_some_and(|a| self.place_at(a.tokens.0));
        // "Turkey's top diplomat", "Iran's elite Revolutionary Guards": what a
        // possessive owns is the whole noun phrase after it.
        let possessive = !adjective
            && !place
            && first_affiliation
                .as_ref()
                .is_some_and(|a| s.kind(a.tokens.1) == Some(TokenKind::Possessive));
        if (adjective || place || possessive)
            && self.body_at(i).is_none()
            && self.title_at(i).is_none()
        {
            if let Some(body_start) = self.body_after_modifiers(s, i, adjective) {
                // "Russia's top diplomat, Sergei Lavrov,": the person in apposition
                // is who acts (the role's holder), as with a title.
                let apposition = possessive
                    && self.body_at(body_start).is_some_and(|(_, end)| {
                        s.is(end, ",")
                            && end + 1 < s.len()
                            && s.word(end + 1).starts_with(char::is_uppercase)
                    });
                if !apposition {
                    i = body_start;
                }
            }
        }
        // "U.N. peacekeeping chief Jean-Pierre Lacroix", "EU trade commissioner X":
        // lower-case words between an affiliation and a title before a name.
        if first_affiliation.is_some()
            && !place
            && self.body_at(i).is_none()
            && self.title_at(i).is_none()
        {
            if let Some(title_start) = self.title_after_modifiers(s, i, possessive) {
                i = title_start;
            }
        }
        // "Economic Planning Secretary Solita Monsod", "Indian Home Minister Amit Shah":
        // a government's portfolio, capitalised, between an affiliation (or none) and
        // a title before a name.
        if !place && self.body_at(i).is_none() && self.title_at(i).is_none() {
            if let Some(title_start) = self.title_after_portfolio(s, i) {
                i = title_start;
            }
        }
        // "Hamas official Basem Naim": a body noun that is also a title, before a name.
        let title_with_name = self
            .title_at(i)
            .is_some_and(|(_, _, end)| self.name(s, end).is_some());
        // "U.S. Agriculture Secretary Richard Lyng", "Russian journalist Anna Petrova":
        // a sector's noun in the singular (or ending in a title) before a person's name
        // is that person's office or trade.
        if let Some((_, end)) = self.body_at(i).filter(|_| !title_with_name) {
            // Not a plural ("the trade ministers Pemberton said"), nor a surname of
            // the document's people, which is theirs.
            let last = s.word(end - 1);
            let singular = !last.ends_with('s') || last.ends_with("ss");
            let known = self.names_document_person(s, end);
            // "U.S. Secretary of Commerce Malcolm Baldrige": a title inside the noun.
            let finder = NameFinder::builtin();
            let titled = is_person_noun(last)
                || (i..end.saturating_sub(1)).any(|k| finder.is_title_word(s.word(k)));
            if end > i && singular && titled && !known && self.names_person(s, end) {
                let name_end = self.name(s, end)?;
                let role = &s.doc[s.byte_span(i..end)];
                let affiliation = first_affiliation.as_ref().map(|a| a.actor);
                let actor = self.person(s, end..name_end, Some(role), affiliation);
                out.push(Mention {
                    actor,
                    tokens: start..name_end,
                    kind: MentionKind::Person,
                });
                return Some(name_end);
            }
        }
        // "the official Iraqi news agency": a one-word noun before a country's
        // adjective is an adjective itself.
        let adjective_follows = |end: usize| {
            end == i + 1
                && self.hit_at.get(end).copied().flatten().is_some_and(|h| {
                    h.meanings
                        .iter()
                        .any(|m| matches!(m, Meaning::Adjective(_)))
                })
        };
        if let Some((body, mut end)) = self
            .body_at(i)
            .filter(|&(_, end)| !title_with_name && !adjective_follows(end))
        {
            // People of a sector nobody owns ("refugees", "Houthi rebels"): a party
            // to events, country unknown; "people" and "men" of no country are anybody.
            let nobodys = first_affiliation.is_none()
                && !self.gazetteer.body(body).is_state()
                && !self.gazetteer.body(body).sector.starts_with("PPL")
                && self.unowned_people(s, start, end, body);
            // "20 civilians in Gaza", "eight people in Kabul": people where they
            // live are that place's country's civilians (the killed, the detained);
            // not hostages or prisoners, who are held where they are not from.
            let civil = {
                let sector = &self.gazetteer.body(body).sector;
                (sector.starts_with("CVL") || sector.starts_with("PPL"))
                    && RESIDENTS.contains(s.word(end - 1))
            };
            // The place after "in" or "from" ("the police in the Gaza Strip": past "the").
            let place = end + 1 + usize::from(s.is(end + 1, "the"));
            let civil_in_place = civil
                && first_affiliation.is_none()
                && s.is(end, "in")
                && self.country_at(place).is_some();
            // "the opposition": the document's country's, like its government ("the
            // opposition in Syria" is the place's).
            let opposition = i >= 1
                && s.word(i - 1).eq_ignore_ascii_case("the")
                && end == i + 1
                && s.is(i, "opposition");
            let opposition_in = opposition && s.is(end, "in");
            // "the Ministry of Foreign Affairs of Ukraine": the owner after "of".
            let owner = match first_affiliation {
                // "Kurdish militants of the PKK": a named group after "of" is more
                // precise than a people before.
                Some(a) if self.is_people(a.actor) && s.is(end, "of") => {
                    match self.affiliation(s, place) {
                        Some((owner, next))
                            if self.gazetteer.actor(owner.actor).kind != ActorKind::Country =>
                        {
                            end = next;
                            owner.actor
                        }
                        _ => a.actor,
                    }
                }
                Some(a) => a.actor,
                None if opposition_in && self.country_at(end + 1).is_some() => {
                    let (country, place_end) = self.country_at(end + 1)?;
                    end = place_end;
                    country
                }
                None if opposition && !opposition_in && self.home.is_some() => self.home?,
                // "Residents of Kharkiv": a city or region owns only a state's bodies
                // ("the police of Mosul"); its people are where they live, not its country.
                // A gerund after "of" is what they did, not who owns them ("accused the
                // rebels of attacking …"): as if there were no "of".
                None if s.is(end, "of") && !gerund(s, end + 1) => {
                    match self.affiliation(s, end + 1) {
                        Some((owner, _))
                            if !self.place_at(end + 1) || self.gazetteer.body(body).is_state() =>
                        {
                            end = owner.tokens.1;
                            owner.actor
                        }
                        _ => return None,
                    }
                }
                // Only a state's bodies belong to the document's country without its
                // name, and not after "its"/"their"; people of a sector nobody owns
                // belong to a place they are in, else to no country.
                None if !self.state_body(s, start, body) && !nobodys && !civil_in_place => {
                    return None
                }
                // "police in Kabul", "the military in Mindanao", "civilians in Ukraine",
                // "officials from Kenya": the place's country.
                None if (s.is(end, "in") || self.people_from(s, end))
                    && (!self.gazetteer.body(body).is_state()
                        || home_owns(s, start, end) && !withdrawn(s, start))
                    && self.country_at(place).is_some()
                    && (!self.place_at(place)
                        || self.gazetteer.body(body).is_state()
                        || civil_in_place) =>
                {
                    let (country, place_end) = self.country_at(place)?;
                    end = place_end;
                    country
                }
                None if nobodys => {
                    let actor = self.sector_actor(body);
                    out.push(Mention {
                        actor,
                        tokens: start..end,
                        kind: MentionKind::Sector,
                    });
                    return Some(end);
                }
                // "The government", "police", "officials": the document's country;
                // not a bare singular, which is too often a modifier ("military action").
                // Not diplomats, negotiators and MEPs, who mostly serve other states
                // where they are ("BRUSSELS - Diplomats said …").
                None if determiner || s.word(end - 1).ends_with('s') || s.is(end - 1, "police") => {
                    if FOREIGN_SERVANTS.contains(s.word(end - 1))
                        || !home_owns(s, start, end)
                        || adjective_official(s, end)
                    {
                        return None;
                    }
                    self.home?
                }
                None => return None,
            };
            // "Ali Larijani, a senior Iranian official,": the name before the comma
            // holds the office the body noun names.
            if let (Some((title, _, _)), Some(a)) = (self.title_at(i), first_affiliation) {
                let name_start = (start >= 2 && s.is(start - 1, ","))
                    .then(|| self.name_ending_at(s, start - 1))
                    .flatten();
                if let Some(name_start) = name_start {
                    let role: &'g str = &self.gazetteer.title(title).role;
                    let actor = self.person(s, name_start..start - 1, Some(role), Some(a.actor));
                    out.push(Mention {
                        actor,
                        tokens: name_start..end,
                        kind: MentionKind::Person,
                    });
                    return Some(end);
                }
            }
            // "a prominent Hutu businessman" is one man, not the Hutus.
            let last = s.word(end - 1);
            if self.is_people(owner) && is_person_noun(last) && !last.ends_with('s') {
                return None;
            }
            // "people in Kabul" are its civilians, as CAMEO coders code them.
            let body = if civil_in_place && self.gazetteer.body(body).sector.starts_with("PPL") {
                self.gazetteer.body_by_slug("civilians").unwrap_or(body)
            } else {
                body
            };
            let actor = self.body_actor(owner, body);
            out.push(Mention {
                actor,
                tokens: start..end,
                kind: MentionKind::Body,
            });
            return Some(end);
        }
        let (title, plural, mut i) = self.title_at(i)?;
        // Most names are not before a title: only now is the list worth allocating.
        let mut affiliations: Vec<Affiliation> = first_affiliation.into_iter().collect();
        // "Qatari Emir Sheikh Tamim", "President General X": honorifics after the title.
        while let Some((_, _, next)) = self.title_at(i) {
            i = next;
        }
        // "US Ambassador to the UN Nikki Haley": where an envoy serves stands
        // between the title and the name.
        if i >= 1 && s.is(i, "to") && ENVOYS.contains(s.word(i - 1)) {
            let k = i + 1 + usize::from(s.is(i + 1, "the"));
            if let Some((_, next)) = self.affiliation(s, k) {
                if self.names_person(s, next) {
                    i = next;
                }
            }
        }
        let gazetteer = self.gazetteer;
        let role: &'g str = &gazetteer.title(title).role;
        // "Georgia's governor": states have governors, countries have none; the
        // name is a US state (or a province), not the country.
        let possessive_owner = affiliations
            .first()
            .is_some_and(|a| s.kind(a.tokens.1) == Some(TokenKind::Possessive));
        if self.gazetteer.title(title).subnational && possessive_owner && self.name(s, i).is_none()
        {
            return Some(i);
        }
        if affiliations.is_empty() && (s.is(i, "of") || s.is(i, "for")) {
            let (list, next) = self.affiliation_list(s, i + 1);
            if !list.is_empty() {
                affiliations = list;
                i = next;
            }
        }
        if affiliations.is_empty() && determiner && self.name(s, i).is_none() {
            // "Ahmadi, the interior minister, said": the person named before the comma
            // holds the office (of the document's country, if the title may have it).
            let closed = i >= s.len() || s.is(i, ",") || s.kind(i) == Some(TokenKind::Punct);
            let named_before = out
                .last()
                .filter(|m| m.kind == MentionKind::Person && m.tokens.end + 1 == start)
                .map(|m| m.tokens.start);
            let after_comma = start >= 1 && s.is(start - 1, ",");
            if let (true, true, Some(name_start)) = (closed, after_comma, named_before) {
                let affiliation = self
                    .home
                    .filter(|_| !gazetteer.title(title).needs_affiliation);
                let actor = self.person(s, name_start..start - 1, Some(role), affiliation);
                // A person the document named before learns the office it lacked.
                let known = self.actors.get(actor);
                let country = affiliation
                    .map(|a| self.gazetteer.actor(a))
                    .filter(|a| a.kind == ActorKind::Country)
                    .map(|a| a.id.clone());
                let learned = Actor {
                    id: known.id.clone(),
                    label: known.label.clone(),
                    kind: known.kind,
                    country,
                    organization: None,
                    role: Some(role.to_string()),
                    sector: None,
                    cameo: None,
                    aliases: Vec::new(),
                };
                self.actors.intern_owned(learned);
                out.pop();
                out.push(Mention {
                    actor,
                    tokens: name_start..i,
                    kind: MentionKind::Person,
                });
                return Some(i);
            }
            // "the minister added": the person in focus, if that is their role; else
            // "the president" of the document's country.
            let in_focus = self.coref.focus().filter(|&f| {
                self.actors.get(f).role.as_deref().is_some_and(|r| {
                    r.len() >= role.len() && r[r.len() - role.len()..].eq_ignore_ascii_case(role)
                })
            });
            let actor = match in_focus {
                Some(actor) => actor,
                None => {
                    let home = self
                        .home
                        .filter(|_| !gazetteer.title(title).needs_affiliation)
                        .filter(|_| home_owns(s, start, i))?;
                    self.resolve_role(role, home)
                }
            };
            out.push(Mention {
                actor,
                tokens: start..i,
                kind: MentionKind::Role,
            });
            return Some(i);
        }
        // A title that needs its state ("General", "Vice President", "Spokesperson")
        // names nobody alone, but with a person's name it says the name is a person's:
        // "General Qamar Bajwa", "Vice-President Hamilton Mourao" (country unknown).
        let mut needs_name = false;
        if affiliations.is_empty() {
            // "Acme Chairman John Smith", "KRG President Masoud Barzani": an unknown
            // capitalised owner is no state; the name is still a person's.
            let owner = start.checked_sub(1).filter(|_| !determiner);
            let unknown_owner = owner.is_some_and(|o| self.is_name_word(s, o));
            needs_name = unknown_owner || self.gazetteer.title(title).needs_affiliation;
        }
        // "General Motors", "Secretary Plaza": a common word is no one's name. Nor
        // is a name after a plural ("the foreign and trade ministers Howard said" is
        // Howard of the document), and a surname of the document's people is theirs
        // ("Prince Abdullah" after "Crown Prince Abdullah Ibn Abdulaziz").
        if needs_name && (plural || !self.names_person(s, i) || self.names_document_person(s, i)) {
            return None;
        }
        for a in &affiliations {
            let actor = self.gazetteer.actor(a.actor);
            if actor.kind == ActorKind::Organization {
                self.last_organization = Some(self.actors.intern(actor));
            }
        }
        let mut names = self.name_list(s, i, plural);
        // "the foreign and trade ministers Pemberton said": one name after a plural
        // title opens the next clause.
        if plural && names.len() == 1 {
            names.clear();
        }
        // "The President of Ukraine, Volodymyr Zelensky,": the name after a comma.
        if names.is_empty() && s.is(i, ",") && !affiliations.is_empty() {
            let after_comma = self.name_list(s, i + 1, plural);
            let closed = after_comma.last().is_some_and(|n| {
                n.end >= s.len() || s.is(n.end, ",") || s.kind(n.end) == Some(TokenKind::Punct)
            });
            if closed && after_comma.iter().all(|n| n.end - n.start >= 2) {
                names = after_comma;
            }
        }
        if !names.is_empty() {
            let mut end = i;
            for (n, name) in names.iter().enumerate() {
                let affiliation = match affiliations.len() {
                    0 => None,
                    1 => Some(affiliations[0].actor),
                    k if k == names.len() => Some(affiliations[n].actor),
                    _ => None,
                };
                let actor = self.person(s, name.clone(), Some(role), affiliation);
                let tokens = if n == 0 {
                    start..name.end
                } else {
                    name.clone()
                };
                out.push(Mention {
                    actor,
                    tokens,
                    kind: MentionKind::Person,
                });
                end = name.end;
            }
            return Some(end);
        }
        if affiliations.is_empty() {
            return None;
        }
        // "Jens Stoltenberg, NATO's secretary-general,": the name before the comma.
        if affiliations.len() == 1 && start >= 2 && s.is(start - 1, ",") {
            if let Some(name_start) = self.name_ending_at(s, start - 1) {
                let actor = self.person(
                    s,
                    name_start..start - 1,
                    Some(role),
                    Some(affiliations[0].actor),
                );
                out.push(Mention {
                    actor,
                    tokens: name_start..i,
                    kind: MentionKind::Person,
                });
                return Some(i);
            }
        }
        // One affiliation: the whole phrase is the mention. Several ("the presidents of Ukraine
        // and Poland"): the first runs from the start, the others are their own names.
        let single = affiliations.len() == 1;
        for (n, affiliation) in affiliations.iter().enumerate() {
            let actor = self.resolve_role(role, affiliation.actor);
            let tokens = match (n, single) {
                (0, true) => start..i,
                (0, false) => start..affiliation.tokens.1,
                _ => affiliation.tokens.0..affiliation.tokens.1,
            };
            out.push(Mention {
                actor,
                tokens,
                kind: MentionKind::Role,
            });
        }
        Some(i)
    }

    /// "the Lithuanian president": the document's person with that role and country, else the country.
    pub(super) fn resolve_role(&mut self, role: &str, affiliation: ActorIx) -> usize {
        let id = &self.gazetteer.actor(affiliation).id;
        let known = self.people.iter().rev().find(|p| {
            p.role.as_deref() == Some(role) && p.affiliation.as_deref() == Some(id.as_str())
        });
        match known {
            Some(p) => p.actor,
            None => self.actors.intern(self.gazetteer.actor(affiliation)),
        }
    }

    /// Whether tokens `start..end` name people of a sector that nobody owns: a
    /// plural ("refugees", "gunmen", "people") not after "its", "their", "his" or a
    /// possessive, which say whose they are; or one of them with an indefinite article
    /// ("a suicide bomber", "a rebel leader", "an insurgent"), which names someone new,
    /// where "the opposition" or a bare "rebel" may refer back or be a modifier.
    /// Only sectors of people count singular: not a "tanker" (business) or a "hospital"
    /// (health), which are things.
    pub(super) fn unowned_people(
        &self,
        s: &Sentence,
        start: usize,
        end: usize,
        body: usize,
    ) -> bool {
        let last = s.word(end - 1);
        let plural = (last.ends_with('s') && !last.ends_with("ss"))
            || last.ends_with("men")
            || ["people", "children", "police", "clergy", "youth"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w));
        let indefinite = |k: usize| {
            ["a", "an", "another"]
                .iter()
                .any(|w| s.word(k).eq_ignore_ascii_case(w))
        };
        let people = PEOPLE_SECTORS
            .iter()
            .any(|c| self.gazetteer.body(body).sector.starts_with(c));
        // "a female rebel commander": one lower-case word may stand between.
        let described = |k: usize| {
            k >= 1
                && s.word(k).starts_with(|c: char| c.is_ascii_lowercase())
                && !is_verb_form(s.word(k), false)
                && indefinite(k - 1)
        };
        let one = people
            && ((start + 1 < end && indefinite(start))
                || (start >= 1 && (indefinite(start - 1) || described(start - 1))));
        (plural || one) && !owned_before(s, start)
    }

    /// The node of a sector's people whose country is not known: "refugees",
    /// "civilians", "rebels" (id and label the sector's, CAMEO code the sector's).
    pub(super) fn sector_actor(&mut self, body: usize) -> usize {
        let body = self.gazetteer.body(body);
        let actor = Actor {
            id: body.slug.clone(),
            label: body.label.clone(),
            kind: ActorKind::Group,
            country: None,
            organization: None,
            role: None,
            sector: Some(body.sector.clone()),
            cameo: Some(body.sector.get(..3).unwrap_or(&body.sector).to_string()),
            aliases: Vec::new(),
        };
        self.actors.intern_owned(actor)
    }

    pub(super) fn body_actor(&mut self, owner: ActorIx, body: usize) -> usize {
        let owner_actor = self.gazetteer.actor(owner);
        if owner_actor.kind != ActorKind::Country {
            return self.actors.intern(owner_actor);
        }
        let body = self.gazetteer.body(body);
        let actor = Actor {
            id: format!("{}-{}", owner_actor.id, body.slug),
            label: format!("{} {}", self.gazetteer.adjective(owner), body.label),
            kind: ActorKind::Government,
            country: Some(owner_actor.id.clone()),
            organization: None,
            role: None,
            sector: Some(body.sector.clone()),
            cameo: self
                .gazetteer
                .country_cameo(&owner_actor.id)
                .map(|c| crate::actors::cameo_code(c, &body.sector)),
            aliases: Vec::new(),
        };
        self.actors.intern_owned(actor)
    }

    /// Whether "from" at `from` says where the people of a body before it come from:
    /// "officials from Kenya", "soldiers from Russia"; not things ("fighter jets
    /// from Sweden"), nor before a list ("diplomats from Poland and Sweden" are two
    /// countries' diplomats, which one body cannot say).
    pub(super) fn people_from(&self, s: &Sentence, from: usize) -> bool {
        if !s.is(from, "from") || from == 0 || THINGS.contains(s.word(from - 1)) {
            return false;
        }
        let Some((_, place_end)) = self.country_at(from + 1) else {
            return false;
        };
        !["and", "or", ","].iter().any(|w| s.is(place_end, w))
    }
}

/// Whether the document's country may own the role at `start..end` named without a
/// country: not craft, which are more often goods than forces ("the sale of fighter
/// jets to Poland"); not forces sent or sold, which are the sender's ("The
/// CSTO sent troops to Kazakhstan"); not the people of an organisation named by its
/// noun before them ("union officials", "party leaders"); not a role that opens a
/// name ("the Emperor Norton Bridge") or stands before a name in apposition ("The then
/// president, Goodluck Jonathan,"), which says whose the role is.
fn home_owns(s: &Sentence, start: usize, end: usize) -> bool {
    if other_states_before(s, start) {
        return false;
    }
    let craft = CRAFT.contains(s.word(end - 1));
    let sent =
        (start.saturating_sub(4)..(end + 2).min(s.len())).any(|k| SENDINGS.contains(s.word(k)));
    let organisation = start >= 1 && OWN_ORGANISATIONS.contains(s.word(start - 1))
        || OWN_ORGANISATIONS.contains(s.word(start)) && end > start + 1;
    // A capitalised word, not a date's ("criticized the government Tuesday").
    let capital = |k: usize| {
        k < s.len()
            && s.kind(k) == Some(TokenKind::Word)
            && s.word(k).starts_with(|c: char| c.is_uppercase())
            && !organizations::WEEKDAYS.contains(s.word(k))
            && !crate::actors::names::is_month(s.word(k))
    };
    let named = capital(end) || s.is(end, ",") && capital(end + 1) && capital(end + 2);
    !(craft || sent || organisation || named)
}

/// Whether forces at `start` are withdrawn or pulled out, so that the place after them
/// is where they leave, not whose they are ("withdrew 200 peacekeepers from Liberia").
fn withdrawn(s: &Sentence, start: usize) -> bool {
    (start.saturating_sub(6)..start).any(|k| WITHDRAWALS.contains(s.word(k)))
}

/// Whether token `k` is a lower-case "-ing" form: "attacking" in "accused the rebels of
/// attacking a convoy".
fn gerund(s: &Sentence, k: usize) -> bool {
    k < s.len()
        && s.kind(k) == Some(TokenKind::Word)
        && s.word(k).len() > 5
        && s.word(k).ends_with("ing")
        && s.word(k).bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether one of the two words before a body at `start` says it is other states'
/// ("foreign governments", "Western diplomats", "other governments"): then neither
/// the document's country nor a place after it owns the body.
fn other_states_before(s: &Sentence, start: usize) -> bool {
    (start.saturating_sub(2)..start).any(|k| OTHER_STATES.contains(s.word(k)))
}

/// Words for states other than the one a story is about (see [`other_states_before`]).
static OTHER_STATES: WordList = WordList::new(&[
    "foreign",
    "western",
    "other",
    "overseas",
    "international",
    "neighbouring",
    "neighboring",
    "allied",
    "arab",
    "european",
    "asian",
    "african",
    "gulf",
    "coalition",
]);

/// Whether token `k` opens the sentence or follows a dateline's dash or a quote.
fn is_opening(s: &Sentence, k: usize) -> bool {
    k == 0
        || matches!(s.kind(k - 1), Some(TokenKind::Quote))
        || ["-", "--", "—", "–", ":"].contains(&s.word(k - 1))
}

/// Nouns of people who live where they are (see `civil_in_place` in `titled_or_body`):
/// "people in Kabul" are Afghanistan's civilians, "hostages in Gaza" are not Gaza's.
static RESIDENTS: WordList = WordList::new(&[
    "people",
    "persons",
    "civilians",
    "residents",
    "inhabitants",
    "villagers",
    "children",
    "women",
    "locals",
    "families",
]);

/// Whether "official" ending at `end` is the adjective before a noun ("the official
/// exchange rate"), not a person: a lower-case word that is none of an official's
/// verbs and no document noun follows.
fn adjective_official(s: &Sentence, end: usize) -> bool {
    end >= 1
        && s.is(end - 1, "official")
        && end < s.len()
        && s.kind(end) == Some(TokenKind::Word)
        && s.word(end).starts_with(|c: char| c.is_ascii_lowercase())
        && !OFFICIAL_VERBS.contains(s.word(end))
        // "an official report": the government's document (a `source` node).
        && !document_noun(s, end)
}

/// What follows "the official" who is a person ("the official said", "the official,
/// who …").
static OFFICIAL_VERBS: WordList = WordList::new(&[
    "added",
    "also",
    "said",
    "says",
    "told",
    "declined",
    "confirmed",
    "speaking",
    "spoke",
    "who",
    "was",
    "is",
    "has",
    "had",
    "would",
    "will",
    "did",
    "does",
    "stressed",
    "noted",
    "warned",
    "denied",
    "insisted",
    "explained",
    "quoted",
    "cited",
    "familiar",
    "asked",
    "briefed",
    "acknowledged",
    "estimated",
    "predicted",
    "claimed",
    "argued",
    "called",
]);
