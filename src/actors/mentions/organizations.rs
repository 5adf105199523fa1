//! Organisations and groups no dictionary lists: by a head noun ("the Heritage
//! Foundation", "Association for the Defence of Human Rights"), by a group's noun ("the
//! Nomad movement", "the militant group Ansar Dine"), by an acronym defined in brackets or
//! standing as a subject ("The FLN has claimed …"), and "the Alliance" for the one named
//! last.

use super::*;

/// Lower-case nouns of a group that a name goes with: "the LetUsSpeak movement",
/// "Los Zetas cartel", "the separatist group Black Widow" (no company's: "the
/// telecoms giant ZTE" is no actor, as "Acme Corp" is none).
pub(super) static GROUP_HEADS: WordList = WordList::new(&[
    "movement",
    "group",
    "cartel",
    "militia",
    "faction",
    "network",
    "gang",
    "party",
    "organisation",
    "organization",
    "alliance",
    "coalition",
    "front",
]);

/// The last word of a newspaper's name: "The Washington Post", "The Sydney Morning
/// Herald".
static MASTHEADS: WordList = WordList::new(&[
    "Post",
    "Times",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Telegraph",
    "Observer",
    "Guardian",
    "Examiner",
    "Inquirer",
    "Dispatch",
    "Courier",
    "Globe",
]);

/// Words before a group's noun that make the group an armed one ("the militant group
/// X"): rebels (CAMEO REB), or armed groups (UAF, [`MILITANT_WORDS`]).
static REBEL_WORDS: WordList = WordList::new(&["rebel", "separatist", "insurgent", "guerrilla"]);

/// See [`REBEL_WORDS`].
static MILITANT_WORDS: WordList = WordList::new(&[
    "militant",
    "armed",
    "jihadist",
    "terrorist",
    "extremist",
    "Islamist",
    "paramilitary",
]);

/// The CAMEO sector an armed group's word gives its group ([`REBEL_WORDS`],
/// [`MILITANT_WORDS`]), ignoring ASCII case.
pub(super) fn armed_sector(word: &str) -> Option<&'static str> {
    if REBEL_WORDS.contains(word) {
        Some("REB")
    } else if MILITANT_WORDS.contains(word) {
        Some("UAF")
    } else {
        None
    }
}

/// Days of the week: "the Association of Farmers on Monday" ends before one.
pub(super) static WEEKDAYS: WordList = WordList::new(&[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]);

/// Abbreviations in capitals that name no organisation: "the CEO said", "the GDP
/// has grown".
static COMMON_ACRONYMS: WordList = WordList::new(&[
    "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "AIDS", "HIV", "DNA", "RNA", "TV", "PM", "AM",
    "ID", "IT", "IPO", "VAT", "ATM", "GMT", "SUV", "COVID", "MP", "MPS", "MEP", "MEPS", "UK", "US",
    "USA", "EU", "UN", "PR", "PC", "AI", "OK", "USD", "EUR", "FX", "OPEC", "GOP",
]);

/// Words inside an organisation's name: "Mine Safety and Health Administration".
const ORGANIZATION_CONNECTORS: &[&str] = &["and", "of", "for", "on", "&"];

/// Nouns that, after "the", stand for the organisation the document is about.
const ORGANISATION_ANAPHORS: &[&str] = &[
    "alliance",
    "bloc",
    "organisation",
    "organization",
    "union",
    "grouping",
    "cartel",
    "body",
];

impl<'g> MentionFinder<'g> {
    /// An organisation nobody listed, named by its acronym as a clause's subject:
    /// "The FLN has claimed responsibility …", "the ADF said …" (capitals only, two
    /// to six letters, "the" before, a verb after; not a common abbreviation such as
    /// "the CEO said").
    pub(super) fn acronym_subject(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let word = s.word(i);
        let capitals =
            (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
        if !capitals
            || i == 0
            || !s.word(i - 1).eq_ignore_ascii_case("the")
            || self.hit_at[i].is_some()
            || COMMON_ACRONYMS.contains(word)
        {
            return None;
        }
        let next = (i + 1 < s.len()).then(|| s.word(i + 1))?;
        let verb = UNNAMED_VERBS.contains(next)
            || MODALS.contains(next)
            || REPORTING_VERBS_S.contains(&next)
            || Self::starts_predicate(s, i + 1);
        if !verb {
            return None;
        }
        let actor = self.intern_organization(word.to_string(), None, None, Vec::new());
        Some(self.push_acronym_organization(word, actor, i..i + 1, out))
    }

    /// Records a new organisation named by `acronym` (for its later mentions and for
    /// "the organisation") and its mention at `tokens`; returns where the mention ends.
    pub(super) fn push_acronym_organization(
        &mut self,
        acronym: &str,
        actor: usize,
        tokens: Range<usize>,
        out: &mut Vec<Mention>,
    ) -> usize {
        self.acronyms.push((acronym.to_string(), actor));
        self.push_organization(actor, tokens, out)
    }

    /// Records organisation `actor` as the one "the organisation" refers back to and
    /// its mention at `tokens`; returns where the mention ends.
    fn push_organization(
        &mut self,
        actor: usize,
        tokens: Range<usize>,
        out: &mut Vec<Mention>,
    ) -> usize {
        self.last_organization = Some(actor);
        let end = tokens.end;
        out.push(Mention {
            actor,
            tokens,
            kind: MentionKind::Name,
        });
        end
    }

    /// "The North Atlantic Treaty Organization (NATO)": an acronym in brackets right
    /// after a mention joins it, and names the same actor for the rest of the document.
    pub(super) fn acronym_after(
        &mut self,
        s: &Sentence,
        first: usize,
        next: usize,
        out: &mut [Mention],
    ) -> usize {
        let Some(last) = out.len().checked_sub(1).filter(|&l| l >= first) else {
            return next;
        };
        let m = &out[last];
        if m.tokens.end != next || !m.can_act() || m.kind == MentionKind::Pronoun {
            return next;
        }
        if !(s.is(next, "(") && s.is(next + 2, ")") && is_acronym(s.word(next + 1))) {
            return next;
        }
        let acronym = s.word(next + 1);
        let actor = m.actor;
        if !self.acronyms.iter().any(|(a, _)| a == acronym) {
            self.acronyms.push((acronym.to_string(), actor));
        }
        out[last].tokens.end = next + 3;
        next + 3
    }

    /// "a Ministry of International Trade and Industry (MITI) official": an acronym
    /// in brackets inside a mention (tokens `start..end`), right after a listed name,
    /// names that name's actor for the rest of the document, as [`Self::acronym_after`]
    /// makes it after a whole mention.
    pub(super) fn acronyms_inside(&mut self, s: &Sentence, start: usize, end: usize) {
        for k in start..end.saturating_sub(3) {
            if !bracketed_acronym(s, k) {
                continue;
            }
            let Some(actor) = (start..k).find_map(|h| {
                let hit = self.hit_at[h].filter(|hit| hit.end == k)?;
                hit.meanings.iter().find_map(|m| match *m {
                    Meaning::Name(a) => Some(a),
                    _ => None,
                })
            }) else {
                continue;
            };
            let acronym = s.word(k + 1);
            if !self.acronyms.iter().any(|(a, _)| a == acronym) {
                let actor = self.actors.intern(self.gazetteer.actor(actor));
                self.acronyms.push((acronym.to_string(), actor));
            }
        }
    }

    /// An acronym the document defined earlier.
    pub(super) fn defined_acronym(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        if self.acronyms.is_empty() {
            return None;
        }
        let word = s.word(i);
        let &(_, actor) = self.acronyms.iter().find(|(a, _)| a == word)?;
        out.push(Mention {
            actor,
            tokens: i..i + 1,
            kind: MentionKind::Name,
        });
        Some(i + 1)
    }

    /// An organisation nobody listed, defined with its acronym: "the Government
    /// Accountability Office (GAO)", "Immigration and Customs Enforcement (ICE)".
    /// The capitalised words' initials must spell the acronym.
    pub(super) fn organization_with_acronym(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let capital = |k: usize| {
            s.kind(k) == Some(TokenKind::Word) && s.word(k).starts_with(|c: char| c.is_uppercase())
        };
        // Without a bracket in the sentence no acronym is defined: no look-ahead.
        if !self.has_bracket || !capital(i) {
            return None;
        }
        let mut j = i;
        let mut initials = String::new();
        while j < s.len() && j < i + 12 {
            if capital(j) {
                initials.push(s.word(j).chars().next()?.to_ascii_uppercase());
            } else if !NAME_CONNECTORS.contains(&s.word(j)) {
                break;
            }
            j += 1;
        }
        if !(s.is(j, "(") && s.is(j + 2, ")") && is_acronym(s.word(j + 1))) || j - i < 2 {
            return None;
        }
        let acronym = s.word(j + 1);
        let letters: String = acronym.chars().filter(char::is_ascii_uppercase).collect();
        if initials != letters {
            return None;
        }
        let label = s.doc[s.byte_span(i..j)].to_string();
        // "U.S. Immigration and Customs Enforcement (ICE)": the country owns it.
        let (country, start) = self
            .owner_before(i, false, out)
            .map_or((None, i), |(c, st)| (Some(c), st));
        let actor = self.intern_organization(label, country, None, vec![acronym.to_string()]);
        Some(self.push_acronym_organization(acronym, actor, start..j + 3, out))
    }

    /// The country whose mention ends at `owner_end`, just before an organisation's
    /// name (with `adjective`, its adjective too): its id and where its mention starts.
    /// The organisation's mention takes over that mention, which is removed from `out`.
    pub(super) fn owner_before(
        &mut self,
        owner_end: usize,
        adjective: bool,
        out: &mut Vec<Mention>,
    ) -> Option<(String, usize)> {
        let owner_kinds =
            |k: MentionKind| k == MentionKind::Name || (adjective && k == MentionKind::Adjective);
        let last = out
            .last()
            .filter(|m| m.tokens.end == owner_end && owner_kinds(m.kind))?;
        let owner = self.actors.get(last.actor);
        if owner.kind != ActorKind::Country {
            return None;
        }
        let found = (owner.id.clone(), last.tokens.start);
        out.pop();
        Some(found)
    }

    /// An organisation no entry lists: `org:<slug of label>`, of `country`, with a
    /// CAMEO `sector` where its words say one ("the militant group X", a newspaper).
    pub(super) fn intern_organization(
        &mut self,
        label: String,
        country: Option<String>,
        sector: Option<&str>,
        aliases: Vec<String>,
    ) -> usize {
        self.actors.intern_owned(Actor {
            id: format!("org:{}", slug(&label)),
            label,
            kind: ActorKind::Organization,
            country,
            organization: None,
            role: None,
            sector: sector.map(str::to_string),
            cameo: None,
            aliases,
        })
    }

    /// An organisation no entry knows, named by capitalised words whose last is an
    /// organisation's head noun, or which go on after one with "of"/"for": "the California
    /// Farm Bureau Federation", "the Neighborhood Association", "Mine Safety and Health
    /// Administration", "the Department of Education", "Zairian Association for the Defence
    /// of Human Rights". A node `org:<slug>`; a country's adjective or name right before
    /// ("the Hungarian Civil Liberties Union") is its country. At least two capitalised
    /// words, none of them a gazetteer entry or a glued name ("Union Station", "The
    /// Agency" and "the Ministry" name none).
    pub(super) fn named_organization(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        // Cheapest tests first: this runs at every capitalised word no entry knows.
        let capital = |k: usize| {
            k < s.len()
                && s.word(k)
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_uppercase)
        };
        let free_capital = |k: usize| {
            capital(k)
                && !is_month(s.word(k))
                && !WEEKDAYS.contains(s.word(k))
                && self.hit_at[k].is_none()
                && self.modifier_at[k].is_none()
                && s.kind(k) == Some(TokenKind::Word)
                && !MENTION_OPENERS.contains(s.word(k))
        };
        // Inside the name, a sector's noun too: "Mine Safety and Health Administration".
        let inner_capital = |k: usize| {
            free_capital(k)
                || capital(k)
                    && self.hit_at[k].is_some_and(|h| {
                        h.end == k + 1 && h.meanings.iter().all(|m| matches!(m, Meaning::Body(_)))
                    })
        };
        if !self.has_organization_head || !free_capital(i) {
            return None;
        }
        // A head noun first only as "Department of …", "Office for …".
        if ORGANIZATION_HEADS.contains(s.word(i)) && !s.is(i + 1, "of") && !s.is(i + 1, "for") {
            return None;
        }
        // The run of capitalised words and connectors ("and", "of", "for", "the", "on").
        let mut end = i;
        let mut capitals = 0;
        let mut last_capital = i;
        let mut head_end: Option<usize> = None;
        while end < s.len() && end < i + 10 {
            // "the Council of Economic Advisers Beryl Sprinkel": a person's name ends it.
            if end > i && self.person_at[end].is_some() {
                break;
            }
            if end == i && free_capital(end) || end > i && inner_capital(end) {
                capitals += 1;
                last_capital = end;
                if ORGANIZATION_HEADS.contains(s.word(end)) {
                    head_end = Some(end + 1);
                }
            } else if (s.is(end, "of") || s.is(end, "for") || s.is(end, "on"))
                && head_end.is_some()
                && s.is(end + 1, "the")
                && inner_capital(end + 2)
            {
                // "Association for the Defence of …": the preposition and "the" (not
                // "and the": "the Monetary Committee and the Committee of …" are two).
                end += 1;
            } else if !(ORGANIZATION_CONNECTORS.contains(&s.word(end)) && inner_capital(end + 1)) {
                break;
            }
            end += 1;
        }
        let head_end = head_end?;
        // The head ends the name, or "of"/"for" goes on from it.
        let goes_on = head_end == last_capital + 1 || s.is(head_end, "of") || s.is(head_end, "for");
        if capitals < 2 || !goes_on {
            return None;
        }
        let end = last_capital + 1;
        let label = s.doc[s.byte_span(i..end)].to_string();
        let mut end = end;
        // The owner: a country's name or adjective just before ("the Kenyan Trade
        // Department"), its possessive ("Kenya's Trade Department"), or a country after
        // "of" ("the Trade Department of Kenya").
        let possessive = i >= 1 && s.kind(i - 1) == Some(TokenKind::Possessive);
        let owner_end = if possessive { i - 1 } else { i };
        let (mut country, start) = self
            .owner_before(owner_end, true, out)
            .map_or((None, i), |(c, st)| (Some(c), st));
        if country.is_none() && s.is(end, "of") {
            if let Some((owner, next)) = self.affiliation(s, end + 1) {
                let owner = self.gazetteer.actor(owner.actor);
                if owner.kind == ActorKind::Country && !self.place_at(end + 1) {
                    country = Some(owner.id.clone());
                    end = next;
                }
            }
        }
        let actor = self.intern_organization(label, country, None, Vec::new());
        Some(self.push_organization(actor, start..end, out))
    }

    /// A group no entry lists, named with its noun ([`GROUP_HEADS`]): one to three
    /// capitalised words before it, after "the" or opening the sentence ("the LetUsSpeak
    /// movement", "Los Zetas cartel", "the Wagner group"; no common word: "the Black
    /// group" is none), or a name after it and an armed group's word before it ("the
    /// separatist group Black Widow", "the militant group Ansar Dine"). The node is
    /// `org:<slug of the name>`; a rebel's or militant's group has that sector
    /// ([`armed_sector`]).
    pub(super) fn group_by_noun(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let lower_head = |k: usize| {
            k < s.len() && {
                let w = s.word(k).as_bytes();
                (4..=12).contains(&w.len())
                    && w[0].is_ascii_lowercase()
                    && GROUP_HEADS.contains(s.word(k))
            }
        };
        // Cheapest tests first: this runs at most words of a sentence.
        let opened = i == 0 || s.is(i - 1, "the") || s.is(i - 1, "The");
        if !lower_head(i)
            && !(opened && (lower_head(i + 1) || lower_head(i + 2) || lower_head(i + 3)))
        {
            return None;
        }
        let finder = NameFinder::builtin();
        let free = |k: usize| {
            k < s.len()
                && s.kind(k) == Some(TokenKind::Word)
                && s.word(k).starts_with(|c: char| c.is_ascii_uppercase())
                && self.hit_at[k].is_none()
                && self.modifier_at[k].is_none()
                && !is_month(s.word(k))
                && !FILLERS.contains(s.word(k))
                && !ORGANIZATION_HEADS.contains(s.word(k))
                && !finder.is_title_word(s.word(k))
                && coref::honorific(s.word(k)).is_none()
                && !self.gazetteer.is_not_name(s.word(k))
                // "Anti-abortion group", "Pro-democracy movement": no name.
                && !s.word(k).split('-').skip(1).any(|p| p.starts_with(|c: char| c.is_ascii_lowercase()))
                && !MENTION_OPENERS.contains(s.word(k))
        };
        // "the militant group Ansar Dine": from the armed word, which a sector's noun
        // would otherwise take.
        let sector = armed_sector(s.word(i)).filter(|_| lower_head(i + 1));
        let start = i;
        let i = i + usize::from(sector.is_some());
        let (name, end, sector) = if lower_head(i) {
            // "the separatist group Black Widow": the name after the noun, up to four words.
            let mut end = i + 1;
            while end < s.len() && end < i + 5 && free(end) {
                end += 1;
            }
            let named = end > i + 1
                && (end >= s.len() || !s.word(end).starts_with(|c: char| c.is_ascii_uppercase()))
                && s.kind(end) != Some(TokenKind::Possessive);
            if !named {
                return None;
            }
            (i + 1..end, end, sector)
        } else {
            // "the LetUsSpeak movement": capitalised words, then the noun.
            if !opened || !free(i) {
                return None;
            }
            let mut head = i;
            while head < s.len() && head < i + 3 && free(head) {
                head += 1;
            }
            let common = (i..head).any(|k| written_in_lower_case(finder, s.word(k)));
            if head == i || common || !lower_head(head) || s.is(head + 1, "of") {
                return None;
            }
            (i..head + 1, head + 1, None)
        };
        let label = name_text(s, name.clone());
        let actor = self.intern_organization(label, None, sector, Vec::new());
        Some(self.push_organization(actor, start..end, out))
    }

    /// A newspaper nobody listed, by its masthead: "The" and one to three capitalised
    /// words before a masthead's last word ([`MASTHEADS`]): "The Washington Post", "the
    /// Jakarta Post", "The Sydney Morning Herald". Its node is `org:<slug>` with sector
    /// media, of the country a place in its name stands for. A newspaper a dictionary
    /// lists ("The New York Times") is left to its entry.
    pub(super) fn newspaper(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        // Cheapest tests first: this runs at every word.
        if i == 0 || !(s.is(i - 1, "The") || s.is(i - 1, "the")) {
            return None;
        }
        let capital = |k: usize| {
            k < s.len()
                && s.kind(k) == Some(TokenKind::Word)
                && s.word(k).starts_with(|c: char| c.is_ascii_uppercase())
        };
        if !capital(i) {
            return None;
        }
        let head = (i + 1..i + 4)
            .take_while(|&k| capital(k))
            .find(|&k| MASTHEADS.contains(s.word(k)))?;
        // (A phrase a dictionary blocks, "Washington Post", is no entry.)
        let listed =
            |h: TokenHit| h.end > head && h.meanings.iter().any(|m| *m != Meaning::Blocked);
        if (i..head).any(|k| self.hit_at[k].is_some_and(listed)) {
            return None;
        }
        let country = (i..head).find_map(|k| {
            self.hit_at[k]?.meanings.iter().find_map(|m| match *m {
                Meaning::Seat(a) | Meaning::Place(a) | Meaning::Name(a) | Meaning::Adjective(a) => {
                    let actor = self.gazetteer.actor(a);
                    (actor.kind == ActorKind::Country).then(|| actor.id.clone())
                }
                _ => None,
            })
        });
        let label = s.doc[s.byte_span(i..head + 1)].to_string();
        let actor = self.intern_organization(label, country, Some("MED"), Vec::new());
        out.push(Mention {
            actor,
            tokens: i..head + 1,
            kind: MentionKind::Name,
        });
        Some(head + 1)
    }

    /// "the Alliance", "the bloc": the organisation last named in the document.
    pub(super) fn organization_anaphor(
        &mut self,
        s: &Sentence,
        i: usize,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        let organization = self.last_organization?;
        if !(s.is(i, "the") && ORGANISATION_ANAPHORS.iter().any(|w| s.is(i + 1, w))) {
            return None;
        }
        out.push(Mention {
            actor: organization,
            tokens: i..i + 2,
            kind: MentionKind::Role,
        });
        Some(i + 2)
    }
}
