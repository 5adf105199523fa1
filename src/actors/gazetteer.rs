//! The gazetteer: every name geokg knows, compiled into one trie.
//!
//! One scan per document finds country names, adjectives, seats of
//! government, organisations, groups, titles and body nouns at once; the
//! mention stage then reads the hits in sentence order.

use std::collections::HashMap as StdHashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::actors::{Actor, ActorKind};
use crate::data::{list, optional, records};
use crate::error::Error;
use crate::relations::lexicon::WordHasher;
use crate::text::tokens::{ascii_alphanumeric_run, is_ascii_alphanumeric};

/// The gazetteer's maps are keyed by its own data files' names and ids, so the fast
/// FxHash of the lexicon serves (SipHash made a third of start-up).
type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<WordHasher>>;

pub const COUNTRIES: &str = include_str!("../../data/countries.tsv");
pub const ORGANIZATIONS: &str = include_str!("../../data/organizations.tsv");
pub const GROUPS: &str = include_str!("../../data/groups.tsv");
pub const PEOPLES: &str = include_str!("../../data/peoples.tsv");
pub const NAMED_BODIES: &str = include_str!("../../data/named_bodies.tsv");
pub const NOT_ACTORS: &str = include_str!("../../data/not_actors.txt");
pub const TITLES: &str = include_str!("../../data/titles.tsv");
pub const BODIES: &str = include_str!("../../data/bodies.tsv");
pub const NOT_NAMES: &str = include_str!("../../data/not_names.txt");
pub const AGENTS: &str = include_str!("../../data/agents.tsv");
pub const AGENT_SECTORS: &str = include_str!("../../data/agent_sectors.tsv");
pub const PEOPLE: &str = include_str!("../../data/people.tsv");
/// Heads of state and government, and foreign ministers, of recent years that
/// Phoenix's people (which end about 2015) lack, written by hand.
pub const PEOPLE_RECENT: &str = include_str!("../../data/people_recent.tsv");
pub const IMPORTED_ORGANIZATIONS: &str = include_str!("../../data/imported_organizations.tsv");
pub const FIRMS: &str = include_str!("../../data/firms.tsv");
pub const IMPORTED_GROUPS: &str = include_str!("../../data/imported_groups.tsv");
pub const IMPORTED_BODIES: &str = include_str!("../../data/imported_bodies.tsv");
pub const PLACES: &str = include_str!("../../data/places.tsv");
pub const REGIONS: &str = include_str!("../../data/regions.tsv");
pub const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
pub const CAMEO_CODES: &str = include_str!("../../data/cameo_codes.tsv");

/// Index of an actor in [`Gazetteer::actors`].
pub type ActorIx = usize;

/// A title such as "President", with the office's sector.
#[derive(Clone, Debug)]
pub struct Title {
    pub role: String,
    pub sector: String,
    /// Companies and US states have this title too: only a person with a known affiliation.
    pub needs_affiliation: bool,
    /// An office of states and provinces: "Georgia's governor" is no country's.
    pub subnational: bool,
}

/// A kind of government body ("troops", "Foreign Ministry") that a country owns.
#[derive(Clone, Debug)]
pub struct Body {
    pub slug: String,
    pub label: String,
    pub sector: String,
}

impl Body {
    /// CAMEO sectors of a state's own bodies: government, forces, police, courts,
    /// intelligence, legislature.
    const STATE_SECTORS: [&'static str; 6] = ["GOV", "MIL", "COP", "JUD", "SPY", "LEG"];

    /// Whether the body is a state's own, so that named without its country it can
    /// be the document's or a place's ("the government", "police in Kabul").
    pub fn is_state(&self) -> bool {
        Self::STATE_SECTORS
            .iter()
            .any(|c| self.sector.starts_with(c))
    }
}

/// One office of a person, from data/people.tsv: `ISR GOV 19960618 19990706`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedRole {
    /// ISO alpha-3 of the country.
    pub country: String,
    /// CAMEO sector (GOV, ELI, GOVMIL …), empty for none.
    pub sector: String,
    /// First day, YYYYMMDD; `None` when open.
    pub from: Option<u32>,
    /// Last day, YYYYMMDD; `None` when open.
    pub to: Option<u32>,
}

impl DatedRole {
    /// Whether the role held on `date` (YYYYMMDD); open ends hold for ever.
    pub fn holds_on(&self, date: u32) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// A public office (a government, a legislature, the forces …), not Phoenix's
    /// lifelong "elite" rows nor a row without a sector.
    pub fn is_public(&self) -> bool {
        !self.sector.is_empty() && self.sector != "ELI"
    }

    /// A dated public office held on `date`, or at some time when there is none.
    pub fn is_public_office(&self, date: Option<u32>) -> bool {
        self.from.is_some() && self.is_public() && date.is_none_or(|d| self.holds_on(d))
    }

    fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

/// What a matched string means; one string can mean several things ("U.S." is a name and an adjective).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// A name of a country, organisation or group.
    Name(ActorIx),
    /// A country adjective or demonym ("Lithuanian").
    Adjective(ActorIx),
    /// A capital or seat of power standing for its government ("Moscow", "Kremlin").
    Seat(ActorIx),
    /// A plural demonym ("Palestinians", "Iraqis"): the country's people, who act for it.
    Demonym(ActorIx),
    /// A city or region that stands for its country where an actor stands ("Kyiv said",
    /// "Baghdad accused Tehran"), never inside a place phrase ("clashes in Idlib").
    Place(ActorIx),
    /// A title that introduces a person; plural when `bool` is true.
    Title(usize, bool),
    /// A body noun ("troops").
    Body(usize),
    /// A phrase that contains a name but is not an actor ("Latin American").
    Blocked,
    /// The surname of someone who held a public office (data/people.tsv): not a
    /// mention itself, but a sentence naming "Erdogan" is worth reading, and the
    /// mention stage finds the person there by name.
    Cue,
}

/// How strictly a pattern's letter case must match the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CaseRule {
    /// Proper names: as written, sentence-initial capital, or an all-caps headline.
    Proper,
    /// Common nouns and titles: any case.
    Any,
}

/// One string of the trie. The trie ignores ASCII case, so spellings
/// that differ only in case ("Baltic States", "Baltic states", "lawmakers",
/// "Lawmakers") share one pattern and all their meanings.
struct Pattern {
    /// Every spelling given, for the case check; the first one is searched for.
    texts: Vec<String>,
    case: CaseRule,
    meanings: Vec<Meaning>,
}

impl Pattern {
    /// Whether [`case_fits`] can accept this pattern where the text starts with an
    /// ASCII lower-case letter: only a common noun or a spelling that starts so.
    fn accepts_lower_case(&self) -> bool {
        self.case == CaseRule::Any
            || self
                .texts
                .iter()
                .any(|t| t.as_bytes().first().is_some_and(u8::is_ascii_lowercase))
    }
}

/// One accepted match in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Range<usize>,
    pub pattern: usize,
}

/// The JSON layout of a user dictionary (`--actors FILE`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct UserActors {
    actors: Vec<UserActor>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct UserActor {
    id: String,
    label: Option<String>,
    kind: Option<ActorKind>,
    country: Option<String>,
    organization: Option<String>,
    role: Option<String>,
    sector: Option<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    seats: Vec<String>,
}

/// The longest id or name a user dictionary may give (bytes): node ids and
/// labels stay a readable size, as the name finder's names do.
const USER_TEXT_MAX: usize = 256;

/// What makes a user actor unusable: an id no query can name, a name too short to
/// be told from an initial or a word, or text with control characters.
fn check_user_actor(user: &UserActor) -> Result<(), String> {
    let text_ok = |what: &str, text: &str| -> Result<(), String> {
        if text.trim().is_empty() {
            return Err(format!("{what} is empty"));
        }
        if text.len() > USER_TEXT_MAX {
            return Err(format!("{what} is longer than {USER_TEXT_MAX} bytes"));
        }
        if text.chars().any(char::is_control) {
            return Err(format!("{what} {} has a control character", clip(text)));
        }
        if text.trim() != text {
            return Err(format!("{what} {} starts or ends with a space", clip(text)));
        }
        Ok(())
    };
    text_ok("id", &user.id)?;
    if user.id.chars().any(char::is_whitespace) {
        return Err("the id has a space; use `_` or `-`".into());
    }
    for (what, list) in [
        ("label", &user.label.iter().cloned().collect::<Vec<_>>()),
        ("name", &user.names),
        ("adjective", &user.adjectives),
        ("seat", &user.seats),
    ] {
        for text in list {
            text_ok(what, text)?;
            if text.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                return Err(format!(
                    "{what} {} is shorter than two letters: it would match initials and words",
                    clip(text)
                ));
            }
        }
    }
    Ok(())
}

/// A user's text quoted for a message, cut to 40 characters.
fn clip(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        format!("{:?}…", cut)
    } else {
        format!("{cut:?}")
    }
}

/// All of geokg's actor knowledge, compiled once.
pub struct Gazetteer {
    actors: Vec<Actor>,
    by_id: HashMap<String, ActorIx>,
    /// The first adjective of each country, for labels like "Russian armed forces".
    adjective_of: HashMap<ActorIx, String>,
    titles: Vec<Title>,
    bodies: Vec<Body>,
    /// Hashed: asked of nearly every capitalised word.
    not_names: std::collections::HashSet<String, BuildHasherDefault<WordHasher>>,
    patterns: Vec<Pattern>,
    trie: NameTrie,
    /// The patterns that can be accepted where the text starts with a lower-case
    /// letter, on their own: most words start so, and walk this small trie instead
    /// of the big one that shares its nodes with every name.
    lower_trie: NameTrie,
    /// The first words of the patterns (see [`FirstWords`]): a text word that is
    /// none of them starts no name, without a walk into a trie.
    first_words: FirstWords,
    roles: HashMap<ActorIx, Vec<DatedRole>>,
    people_by_name: HashMap<String, Vec<ActorIx>>,
    /// People by the one-word names their row lists ("Obama"), any ASCII case.
    people_by_alias: HashMap<String, Vec<ActorIx>>,
}

/// Collects data files before compiling them into a [`Gazetteer`].
#[derive(Default)]
pub struct GazetteerBuilder {
    actors: Vec<Actor>,
    by_id: HashMap<String, ActorIx>,
    adjective_of: HashMap<ActorIx, String>,
    titles: Vec<Title>,
    bodies: Vec<Body>,
    not_names: Vec<String>,
    patterns: Vec<Pattern>,
    by_text: HashMap<String, usize>,
    roles: HashMap<ActorIx, Vec<DatedRole>>,
    /// Lower-case full names, surnames and names used after titles, to the people so named.
    people_by_name: HashMap<String, Vec<ActorIx>>,
    /// People by the one-word names their row lists ("Obama").
    people_by_alias: HashMap<String, Vec<ActorIx>>,
    /// While set, [`GazetteerBuilder::add_people`] adds no names to scan for.
    people_lookup_only: bool,
    /// CAMEO codes of hand-listed actors by id (data/cameo_codes.tsv).
    cameo_of: HashMap<String, String>,
}

impl GazetteerBuilder {
    /// A builder holding geokg's built-in data.
    pub fn with_builtin_data() -> Result<Self, Error> {
        let mut b = Self::default();
        b.add_countries(COUNTRIES, "data/countries.tsv")?;
        b.add_demonyms(DEMONYMS, "data/demonyms.tsv")?;
        b.add_organizations(ORGANIZATIONS, "data/organizations.tsv")?;
        b.add_groups(GROUPS, "data/groups.tsv")?;
        b.add_peoples(PEOPLES, "data/peoples.tsv")?;
        b.add_named_bodies(NAMED_BODIES, "data/named_bodies.tsv")?;
        b.add_titles(TITLES, "data/titles.tsv")?;
        b.add_bodies(BODIES, "data/bodies.tsv")?;
        b.add_agents(
            AGENTS,
            "data/agents.tsv",
            AGENT_SECTORS,
            "data/agent_sectors.tsv",
        )?;
        b.add_blocked(NOT_ACTORS);
        b.add_builtin_people_lookup()?;
        // Companies, hand-written in the imported files' format, before them: an id
        // both have keeps this file's row ("deutsche-bank").
        b.add_imported(FIRMS, "data/firms.tsv", ActorKind::Organization)?;
        // Imported data last: a name it shares with the hand files keeps their meaning.
        b.add_imported(
            IMPORTED_ORGANIZATIONS,
            "data/imported_organizations.tsv",
            ActorKind::Organization,
        )?;
        b.add_imported(
            IMPORTED_GROUPS,
            "data/imported_groups.tsv",
            ActorKind::Group,
        )?;
        b.add_imported(
            IMPORTED_BODIES,
            "data/imported_bodies.tsv",
            ActorKind::Government,
        )?;
        b.add_builtin_places()?;
        b.add_cameo_codes(CAMEO_CODES, "data/cameo_codes.tsv")?;
        b.not_names = NOT_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        b.add_office_holder_cues();
        Ok(b)
    }

    /// Makes the surnames of people who held a dated public office [`Meaning::Cue`]
    /// patterns, unless the text already means something: "Erdogan criticized
    /// Netanyahu." has no other hit, and would not be read. A surname must have four
    /// letters or more, and be no common word (data/not_names.txt, or a word the
    /// treebank writes in lower case: "Young", "Rice").
    fn add_office_holder_cues(&mut self) {
        let finder = crate::actors::NameFinder::builtin();
        let common: std::collections::HashSet<String, BuildHasherDefault<WordHasher>> =
            self.not_names.iter().map(|n| n.to_lowercase()).collect();
        let mut surnames: Vec<String> = self
            .roles
            .iter()
            .filter(|(_, roles)| roles.iter().any(|r| r.is_public_office(None)))
            .filter_map(|(&ix, _)| self.actors[ix].label.rsplit(' ').next())
            .filter(|w| {
                w.chars().count() >= 4
                    && w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !w.chars().skip(1).all(char::is_uppercase)
                    && finder.word_flags(w) & crate::actors::names::Vocab::LOWER == 0
                    && !common.contains(&w.to_lowercase())
            })
            .map(str::to_string)
            .collect();
        // The roles map's order is not fixed: sorted, the patterns are.
        surnames.sort_unstable();
        surnames.dedup();
        for surname in surnames {
            let key = surname.to_ascii_lowercase();
            if !self.by_text.contains_key(&key) {
                self.add_pattern_keyed(key, &surname, CaseRule::Proper, Meaning::Cue);
            }
        }
    }

    /// Adds the people of data/people.tsv (Phoenix, with dated roles): their names become
    /// [`Meaning::Name`] patterns and [`Gazetteer::roles`], [`Gazetteer::role_at`] and
    /// [`Gazetteer::people_named`] answer for them.
    ///
    /// Not part of [`GazetteerBuilder::with_builtin_data`] yet: a name that is a gazetteer
    /// hit is no longer a name word for the mention stage, so "Russian President Vladimir
    /// Putin" reads as the country plus a bare name until the mention stage learns them.
    pub fn add_builtin_people(&mut self) -> Result<(), Error> {
        self.add_people(PEOPLE, "data/people.tsv")?;
        self.add_people(PEOPLE_RECENT, "data/people_recent.tsv")
    }

    /// Adds the people of data/people.tsv for [`Gazetteer::people_named`] only, without
    /// names to scan for: the mention stage asks for a person once it has found a name
    /// (after a title, by the name finder), and takes the country and office from the
    /// role the person held on the document's date.
    pub fn add_builtin_people_lookup(&mut self) -> Result<(), Error> {
        self.people_lookup_only = true;
        let added = self
            .add_people(PEOPLE, "data/people.tsv")
            .and_then(|()| self.add_people(PEOPLE_RECENT, "data/people_recent.tsv"));
        self.people_lookup_only = false;
        added
    }

    /// Adds the cities and regions of data/places.tsv as [`Meaning::Place`] (part of
    /// [`GazetteerBuilder::with_builtin_data`]); the mention stage keeps them out of place
    /// phrases ("in Idlib", "Residents of Kharkiv", "the Donetsk region", "Atlanta, Georgia").
    pub fn add_builtin_places(&mut self) -> Result<(), Error> {
        self.add_places(PLACES, "data/places.tsv")?;
        self.add_places(REGIONS, "data/regions.tsv")
    }

    /// Adds or replaces an actor; later data overrides earlier data with the same id.
    fn upsert(&mut self, actor: Actor) -> ActorIx {
        match self.by_id.get(&actor.id) {
            Some(&ix) => {
                self.actors[ix] = actor;
                ix
            }
            None => {
                let ix = self.actors.len();
                self.by_id.insert(actor.id.clone(), ix);
                self.actors.push(actor);
                ix
            }
        }
    }

    fn add_pattern(&mut self, text: &str, case: CaseRule, meaning: Meaning) {
        self.add_pattern_keyed(text.to_ascii_lowercase(), text, case, meaning);
    }

    /// [`Self::add_pattern`] with the text's lower case already made (`key`).
    fn add_pattern_keyed(&mut self, key: String, text: &str, case: CaseRule, meaning: Meaning) {
        let ix = *self.by_text.entry(key).or_insert_with(|| {
            self.patterns.push(Pattern {
                texts: Vec::new(),
                case,
                meanings: Vec::new(),
            });
            self.patterns.len() - 1
        });
        let pattern = &mut self.patterns[ix];
        if !pattern.texts.iter().any(|t| t == text) {
            pattern.texts.push(text.to_string());
        }
        if case == CaseRule::Any {
            pattern.case = CaseRule::Any;
        }
        if !pattern.meanings.contains(&meaning) {
            pattern.meanings.push(meaning);
        }
    }

    /// Adds `meaning` to `text` unless the text already means something else: imported
    /// data never changes what a hand-listed name means. Names of several people share one
    /// pattern ("George Bush").
    fn add_imported_pattern(&mut self, text: &str, meaning: Meaning) {
        let key = text.to_ascii_lowercase();
        if let Some(&ix) = self.by_text.get(&key) {
            let people_only = self.patterns[ix].meanings.iter().all(|m| match *m {
                Meaning::Name(a) => self.actors[a].kind == ActorKind::Person,
                Meaning::Cue => true,
                _ => false,
            });
            let is_person =
                matches!(meaning, Meaning::Name(a) if self.actors[a].kind == ActorKind::Person);
            // "Department of Education": a sector's noun (data/agents.tsv) that names one
            // country's body too; that body is what it means where no owner is found.
            let sector_noun_only = self.patterns[ix]
                .meanings
                .iter()
                .all(|m| matches!(m, Meaning::Body(_)));
            let state_body = matches!(meaning, Meaning::Name(a)
                if self.actors[a].kind == ActorKind::Government && self.actors[a].country.is_some());
            if !((people_only && is_person) || (sector_noun_only && state_body)) {
                return;
            }
        }
        self.add_pattern_keyed(key, text, CaseRule::Proper, meaning);
    }

    /// Sector nouns `phrase code` and their nodes `code slug label`: "rebels" (REB) makes
    /// "Fijian rebels" the node FJI-rebels. A phrase that already means something (a row of
    /// data/bodies.tsv, a title, a name) keeps that meaning.
    pub fn add_agents(
        &mut self,
        agents: &str,
        origin: &str,
        sectors: &str,
        sectors_origin: &str,
    ) -> Result<(), Error> {
        let mut body_of: HashMap<String, usize> = HashMap::default();
        for record in records(sectors, sectors_origin, 3) {
            let c = record?.columns;
            let ix = match self.bodies.iter().position(|b| b.slug == c[1]) {
                Some(ix) => ix,
                None => {
                    self.bodies.push(Body {
                        slug: c[1].to_string(),
                        label: c[2].to_string(),
                        sector: c[0].to_string(),
                    });
                    self.bodies.len() - 1
                }
            };
            body_of.insert(c[0].to_string(), ix);
        }
        for record in records(agents, origin, 2) {
            let c = record?.columns;
            let Some(&body) = c[1].get(..3).and_then(|code| body_of.get(code)) else {
                continue;
            };
            if self.by_text.contains_key(&c[0].to_ascii_lowercase()) {
                continue;
            }
            self.add_pattern(c[0], CaseRule::Any, Meaning::Body(body));
        }
        Ok(())
    }

    /// `id label names country sector cameo`: organisations and groups of the Phoenix
    /// dictionaries. An id or name the hand files have is left to them.
    pub fn add_imported(&mut self, text: &str, origin: &str, kind: ActorKind) -> Result<(), Error> {
        for record in records(text, origin, 6) {
            let c = record?.columns;
            if self.by_id.contains_key(c[0]) {
                continue;
            }
            let ix = self.upsert(Actor {
                id: c[0].to_string(),
                label: c[1].to_string(),
                kind,
                country: optional(c[3]),
                organization: None,
                role: None,
                sector: optional(c[4]),
                cameo: optional(c[5]),
                aliases: Vec::new(),
            });
            for name in list(c[2]) {
                self.add_imported_pattern(name, Meaning::Name(ix));
                // "Department of Agriculture" is as often "the Agriculture Department".
                if let Some(topic) = name.strip_prefix("Department of ") {
                    let topic = topic.strip_prefix("the ").unwrap_or(topic);
                    if kind == ActorKind::Government && topic.starts_with(char::is_uppercase) {
                        self.add_imported_pattern(
                            &format!("{topic} Department"),
                            Meaning::Name(ix),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// `id label names title_names roles`: people with their dated offices.
    pub fn add_people(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 5) {
            let record = record?;
            let c = &record.columns;
            let mut roles = Vec::new();
            for role in list(c[4]) {
                let mut parts = role.split(' ');
                let parts = [
                    parts.next(),
                    parts.next(),
                    parts.next(),
                    parts.next(),
                    parts.next(),
                ];
                let date = |d: &str| -> Result<Option<u32>, Error> {
                    if d == "-" {
                        return Ok(None);
                    }
                    d.parse().map(Some).map_err(|_| Error::BadData {
                        origin: origin.to_string(),
                        line: record.line,
                        message: format!("a role's date must be YYYYMMDD or -, not {d:?}"),
                    })
                };
                let [Some(country), Some(sector), Some(from), Some(to), None] = parts else {
                    return Err(Error::BadData {
                        origin: origin.to_string(),
                        line: record.line,
                        message: format!("a role is `ISO SECTOR FROM TO`, not {role:?}"),
                    });
                };
                roles.push(DatedRole {
                    country: country.to_string(),
                    sector: if sector == "-" {
                        String::new()
                    } else {
                        sector.to_string()
                    },
                    from: date(from)?,
                    to: date(to)?,
                });
            }
            let scanned = !self.people_lookup_only;
            if let Some(&known) = self.by_id.get(c[0]) {
                if self.actors[known].kind != ActorKind::Person {
                    continue;
                }
                // Loaded before for look-ups only: now its names are scanned for too.
                if scanned {
                    for name in list(c[2]) {
                        for variant in case_variants(name) {
                            self.add_imported_pattern(&variant, Meaning::Name(known));
                        }
                    }
                }
                // A later file (data/people_recent.tsv) adds offices and names.
                self.index_person(known, c[1], c[2], c[3], roles);
                continue;
            }
            let latest = latest_role(&roles);
            let ix = self.upsert(Actor {
                id: c[0].to_string(),
                label: c[1].to_string(),
                kind: ActorKind::Person,
                country: latest.map(|r| r.country.clone()),
                organization: None,
                role: None,
                sector: latest.and_then(|r| (!r.sector.is_empty()).then(|| r.sector.clone())),
                cameo: None,
                aliases: Vec::new(),
            });
            for name in list(c[2]).filter(|_| scanned) {
                for variant in case_variants(name) {
                    self.add_imported_pattern(&variant, Meaning::Name(ix));
                }
            }
            self.index_person(ix, c[1], c[2], c[3], roles);
        }
        Ok(())
    }

    /// Files person `ix` under its names (`names`, `title_names`, the label's
    /// surname) and adds its offices, once each.
    fn index_person(
        &mut self,
        ix: ActorIx,
        label: &str,
        names: &str,
        title_names: &str,
        roles: Vec<DatedRole>,
    ) {
        let mut keys: Vec<String> = list(names)
            .chain(list(title_names))
            .map(str::to_lowercase)
            .collect();
        if let Some(surname) = label.rsplit(' ').next() {
            keys.push(surname.to_lowercase());
        }
        // "George W Bush", "John F Kennedy": an initial written without its full stop.
        let bare: Vec<String> = keys
            .iter()
            .filter(|k| k.contains(". "))
            .map(|k| {
                k.split(' ')
                    .map(|w| match w.strip_suffix('.') {
                        Some(initial) if initial.chars().count() == 1 => initial,
                        _ => w,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        keys.extend(bare);
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            let people = self.people_by_name.entry(key).or_default();
            if !people.contains(&ix) {
                people.push(ix);
            }
        }
        // "Obama" listed as a name of its own: the person the bare word means
        // when several of that surname held office.
        for name in list(names).filter(|n| !n.contains(' ')) {
            let people = self.people_by_alias.entry(name.to_lowercase()).or_default();
            if !people.contains(&ix) {
                people.push(ix);
            }
        }
        let known = self.roles.entry(ix).or_default();
        known.reserve(roles.len());
        for role in roles {
            if !known.contains(&role) {
                known.push(role);
            }
        }
    }

    /// `name country source`: cities and regions that stand for their country.
    pub fn add_places(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 3) {
            let record = record?;
            let c = &record.columns;
            let country = self.known_country(c[1], origin, record.line)?;
            self.add_imported_pattern(c[0], Meaning::Place(country));
        }
        Ok(())
    }

    /// `id cameo`: CAMEO codes of hand-listed actors.
    pub fn add_cameo_codes(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 2) {
            let c = record?.columns;
            self.cameo_of.insert(c[0].to_string(), c[1].to_string());
        }
        Ok(())
    }

    /// An adjective of actor `ix` ("Lithuanian", "Kurdish"); the first is the one its
    /// bodies' labels use ("Lithuanian armed forces").
    fn add_adjective(&mut self, ix: ActorIx, adjective: &str) {
        self.adjective_of
            .entry(ix)
            .or_insert_with(|| adjective.to_string());
        self.add_pattern(adjective, CaseRule::Proper, Meaning::Adjective(ix));
    }

    /// `id label names adjectives seats`
    pub fn add_countries(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 5) {
            let c = record?.columns;
            let ix = self.upsert(Actor {
                id: c[0].to_string(),
                label: c[1].to_string(),
                kind: ActorKind::Country,
                country: Some(c[0].to_string()),
                organization: None,
                role: None,
                sector: None,
                cameo: None,
                aliases: Vec::new(),
            });
            for name in list(c[2]).chain(std::iter::once(c[1])) {
                self.add_pattern(name, CaseRule::Proper, Meaning::Name(ix));
            }
            for adjective in list(c[3]) {
                self.add_adjective(ix, adjective);
                if let Some(plural) = demonym_plural(adjective) {
                    self.add_pattern(&plural, CaseRule::Proper, Meaning::Demonym(ix));
                }
            }
            for seat in list(c[4]) {
                self.add_pattern(seat, CaseRule::Proper, Meaning::Seat(ix));
            }
        }
        Ok(())
    }

    /// The actor of country id `id`, loaded before; an unknown one is an error naming
    /// the file and line.
    fn known_country(&self, id: &str, origin: &str, line: usize) -> Result<ActorIx, Error> {
        self.by_id.get(id).copied().ok_or_else(|| Error::BadData {
            origin: origin.to_string(),
            line,
            message: format!("unknown country {id:?}"),
        })
    }

    /// `ISO plurals`: a country's people by a noun of their own ("Britons", "Turks"),
    /// after data/countries.tsv (an unknown country is an error naming the line).
    pub fn add_demonyms(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 2) {
            let record = record?;
            let c = &record.columns;
            let country = self.known_country(c[0], origin, record.line)?;
            for plural in list(c[1]) {
                self.add_pattern(plural, CaseRule::Proper, Meaning::Demonym(country));
            }
        }
        Ok(())
    }

    /// `id label names adjectives country`: peoples apart from any state ("the Kurds",
    /// "Kurdish fighters"), groups of sector ETH whose adjective owns bodies as a
    /// country's does.
    pub fn add_peoples(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 5) {
            let c = record?.columns;
            let ix = self.upsert(Actor {
                id: c[0].to_string(),
                label: c[1].to_string(),
                kind: ActorKind::Group,
                country: optional(c[4]),
                organization: None,
                role: None,
                sector: Some("ETH".to_string()),
                cameo: None,
                aliases: Vec::new(),
            });
            for name in list(c[2]) {
                self.add_pattern(name, CaseRule::Proper, Meaning::Name(ix));
            }
            for adjective in list(c[3]) {
                self.add_adjective(ix, adjective);
            }
        }
        Ok(())
    }

    /// `id label names country`
    pub fn add_organizations(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        self.add_named_actors(text, origin, ActorKind::Organization, 4)
    }

    /// `id label names country sector`
    pub fn add_groups(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        self.add_named_actors(text, origin, ActorKind::Group, 5)
    }

    /// `id label names country sector`: "the Pentagon", "the Duma".
    pub fn add_named_bodies(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        self.add_named_actors(text, origin, ActorKind::Government, 5)
    }

    /// Rows of `id label names country [sector]`. An organisation's label is one
    /// of its names too; a group's or body's label is only for display ("the West"
    /// is labelled "Western countries" but must not match that phrase unless listed).
    fn add_named_actors(
        &mut self,
        text: &str,
        origin: &str,
        kind: ActorKind,
        columns: usize,
    ) -> Result<(), Error> {
        for record in records(text, origin, columns) {
            let c = record?.columns;
            let ix = self.upsert(Actor {
                id: c[0].to_string(),
                label: c[1].to_string(),
                kind,
                country: optional(c[3]),
                organization: None,
                role: None,
                sector: c.get(4).and_then(|s| optional(s)),
                cameo: None,
                aliases: Vec::new(),
            });
            let label = (kind == ActorKind::Organization).then_some(c[1]);
            for name in list(c[2]).chain(label) {
                self.add_pattern(name, CaseRule::Proper, Meaning::Name(ix));
            }
        }
        Ok(())
    }

    /// `title forms sector affiliation`
    pub fn add_titles(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 4) {
            let record = record?;
            let c = &record.columns;
            let (needs_affiliation, subnational) = match c[3] {
                "required" => (true, false),
                "optional" => (false, false),
                "state" => (true, true),
                other => {
                    return Err(Error::BadData {
                        origin: origin.to_string(),
                        line: record.line,
                        message: format!(
                            "affiliation must be `required`, `optional` or `state`, not {other:?}"
                        ),
                    })
                }
            };
            let ix = self.titles.len();
            self.titles.push(Title {
                role: c[0].to_string(),
                sector: c[2].to_string(),
                needs_affiliation,
                subnational,
            });
            for form in list(c[1]) {
                let plural = form.ends_with('s') && !c[0].ends_with('s') && form != c[0];
                self.add_pattern(form, CaseRule::Any, Meaning::Title(ix, plural));
            }
        }
        Ok(())
    }

    /// `slug label phrases sector`
    pub fn add_bodies(&mut self, text: &str, origin: &str) -> Result<(), Error> {
        for record in records(text, origin, 4) {
            let c = record?.columns;
            let ix = self.bodies.len();
            self.bodies.push(Body {
                slug: c[0].to_string(),
                label: c[1].to_string(),
                sector: c[3].to_string(),
            });
            for phrase in list(c[2]) {
                self.add_pattern(phrase, CaseRule::Any, Meaning::Body(ix));
            }
        }
        Ok(())
    }

    /// A user dictionary in JSON: `{"actors": [{"id", "label"?, "kind"?, "country"?,
    /// "organization"?, "role"?, "sector"?, "names"?, "adjectives"?, "seats"?}]}`.
    ///
    /// An entry whose id exists adds its names and overrides the fields it gives;
    /// a new id needs `label` and `kind`. People listed here are found by name
    /// alone, without a title ("Nawrocki said").
    pub fn add_user_actors(&mut self, json: &str, origin: &str) -> Result<(), Error> {
        let bad = |line: usize, message: String| Error::BadData {
            origin: origin.to_string(),
            line,
            message,
        };
        let file: UserActors =
            serde_json::from_str(json).map_err(|e| bad(e.line(), e.to_string()))?;
        for (n, user) in file.actors.into_iter().enumerate() {
            check_user_actor(&user)
                .map_err(|message| bad(0, format!("actor {n} ({}): {message}", clip(&user.id))))?;
            let ix = match self.by_id.get(&user.id) {
                Some(&ix) => {
                    let actor = &mut self.actors[ix];
                    if let Some(label) = user.label {
                        actor.label = label;
                    }
                    if let Some(kind) = user.kind {
                        actor.kind = kind;
                    }
                    for (field, value) in [
                        (&mut actor.country, user.country),
                        (&mut actor.organization, user.organization),
                        (&mut actor.role, user.role),
                        (&mut actor.sector, user.sector),
                    ] {
                        if value.is_some() {
                            *field = value;
                        }
                    }
                    ix
                }
                None => {
                    let (Some(label), Some(kind)) = (user.label, user.kind) else {
                        return Err(bad(
                            0,
                            format!(
                                "actor {n} ({:?}) is new, so it needs a label and a kind",
                                user.id
                            ),
                        ));
                    };
                    let country = match kind {
                        ActorKind::Country => user.country.or_else(|| Some(user.id.clone())),
                        _ => user.country,
                    };
                    self.upsert(Actor {
                        id: user.id,
                        label,
                        kind,
                        country,
                        organization: user.organization,
                        role: user.role,
                        sector: user.sector,
                        cameo: None,
                        aliases: Vec::new(),
                    })
                }
            };
            let label = self.actors[ix].label.clone();
            for name in user.names.iter().chain(std::iter::once(&label)) {
                self.add_user_pattern(name, Meaning::Name(ix));
            }
            for adjective in &user.adjectives {
                self.adjective_of
                    .entry(ix)
                    .or_insert_with(|| adjective.clone());
                self.add_user_pattern(adjective, Meaning::Adjective(ix));
            }
            for seat in &user.seats {
                self.add_user_pattern(seat, Meaning::Seat(ix));
            }
        }
        Ok(())
    }

    /// A user's name comes first among the meanings of its text: it overrides an imported
    /// place or person of the same name.
    fn add_user_pattern(&mut self, text: &str, meaning: Meaning) {
        self.add_pattern(text, CaseRule::Proper, meaning);
        if let Some(&ix) = self.by_text.get(&text.to_ascii_lowercase()) {
            let meanings = &mut self.patterns[ix].meanings;
            if let Some(at) = meanings.iter().position(|m| *m == meaning) {
                meanings[..=at].rotate_right(1);
            }
        }
    }

    /// One phrase per line; `#` comments.
    pub fn add_blocked(&mut self, text: &str) {
        for line in text.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                self.add_pattern(line, CaseRule::Proper, Meaning::Blocked);
            }
        }
    }

    pub fn build(mut self) -> Result<Gazetteer, Error> {
        self.fill_cameo();
        let too_many = || Error::BadData {
            origin: "gazetteer".into(),
            line: 0,
            message: "too many names for one gazetteer".into(),
        };
        let trie = NameTrie::new(
            self.patterns
                .iter()
                .map(|p| (p.texts[0].as_str(), p.accepts_lower_case())),
        )
        .ok_or_else(too_many)?;
        // The other patterns as empty ones, which match nothing and keep the numbering.
        let lower_trie = NameTrie::new(self.patterns.iter().map(|p| {
            if p.accepts_lower_case() {
                (p.texts[0].as_str(), true)
            } else {
                ("", false)
            }
        }))
        .ok_or_else(too_many)?;
        Ok(Gazetteer {
            actors: self.actors,
            by_id: self.by_id,
            adjective_of: self.adjective_of,
            titles: self.titles,
            bodies: self.bodies,
            not_names: self.not_names.into_iter().collect(),
            first_words: FirstWords::new(self.patterns.iter().map(|p| p.texts[0].as_bytes())),
            patterns: self.patterns,
            trie,
            lower_trie,
            roles: self.roles,
            people_by_name: self.people_by_name,
            people_by_alias: self.people_by_alias,
        })
    }

    /// Gives every actor its CAMEO code: the code listed for it, a country's own code
    /// (its ISO id where the dictionaries list none), a body's or group's country code and
    /// sector, a person's latest role.
    fn fill_cameo(&mut self) {
        let by_id = &self.by_id;
        let country_code = |actors: &[Actor], cameo_of: &HashMap<String, String>, iso: &str| {
            cameo_of.get(iso).cloned().or_else(|| {
                by_id
                    .get(iso)
                    .is_some_and(|&ix| actors[ix].kind == ActorKind::Country)
                    .then(|| iso.to_string())
            })
        };
        for ix in 0..self.actors.len() {
            let a = &self.actors[ix];
            if a.cameo.is_some() {
                continue;
            }
            let cameo = if let Some(code) = self.cameo_of.get(&a.id) {
                Some(code.clone())
            } else if a.kind == ActorKind::Country {
                Some(a.id.clone())
            } else if let Some(role) = self.roles.get(&ix).and_then(|r| latest_role(r)) {
                country_code(&self.actors, &self.cameo_of, &role.country)
                    .map(|c| super::cameo_code(&c, &role.sector))
            } else {
                let sector = a.sector.as_deref().unwrap_or("");
                a.country
                    .as_deref()
                    .and_then(|iso| country_code(&self.actors, &self.cameo_of, iso))
                    .map(|c| super::cameo_code(&c, sector))
            };
            self.actors[ix].cameo = cameo;
        }
    }
}

/// The people `map` files under `name` in lower case. Most names are short and
/// ASCII: lower-cased on the stack, not in a new String.
fn people_under<'m>(map: &'m HashMap<String, Vec<ActorIx>>, name: &str) -> &'m [ActorIx] {
    let mut buffer = [0u8; 64];
    let lowered = match buffer.get_mut(..name.len()) {
        Some(lower) if name.is_ascii() => {
            lower.copy_from_slice(name.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).ok()
        }
        _ => None,
    };
    let found = match lowered {
        Some(key) => map.get(key),
        None => map.get(&name.to_lowercase()),
    };
    found.map_or(&[], Vec::as_slice)
}

/// The role an undated document means: the one that started last, an open-ended one before
/// a closed one; an undated role only when no role is dated.
fn latest_role(roles: &[DatedRole]) -> Option<&DatedRole> {
    roles
        .iter()
        .max_by_key(|r| (r.is_dated(), r.to.is_none(), r.from, r.to))
}

/// A name as news may write it: as listed, with its particles capitalised ("Bashar Al-Assad"),
/// and with a hyphenated part in lower case ("Ban Ki-moon").
fn case_variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let capitalised: String = name
        .split(' ')
        .map(|w| {
            w.split('-')
                .map(|p| {
                    let mut c = p.chars();
                    c.next()
                        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let lowered: String = name
        .split(' ')
        .map(|w| match w.split_once('-') {
            Some((a, b)) if a.starts_with(char::is_uppercase) => {
                format!("{a}-{}", b.to_lowercase())
            }
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    for v in [capitalised, lowered] {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> Result<Self, Error> {
        GazetteerBuilder::with_builtin_data()?.build()
    }

    pub fn actor(&self, ix: ActorIx) -> &Actor {
        &self.actors[ix]
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn lookup(&self, id: &str) -> Option<ActorIx> {
        self.by_id.get(id).copied()
    }

    /// A person's dated offices (empty for other actors and people without any).
    pub fn roles(&self, ix: ActorIx) -> &[DatedRole] {
        self.roles.get(&ix).map_or(&[], Vec::as_slice)
    }

    /// The office a person held on `date` (YYYYMMDD): a dated role that holds then, else an
    /// undated one. Without a date, the latest role.
    pub fn role_at(&self, ix: ActorIx, date: Option<u32>) -> Option<&DatedRole> {
        let roles = self.roles(ix);
        match date {
            None => latest_role(roles),
            Some(d) => roles
                .iter()
                .filter(|r| r.is_dated() && r.holds_on(d))
                // The most recently started of overlapping roles.
                .max_by_key(|r| (r.from, r.to.is_none()))
                .or_else(|| roles.iter().find(|r| !r.is_dated())),
        }
    }

    /// Whether a hit can name an actor with no other hit in its sentence: every hit
    /// but a blocked phrase and a body noun that is not a state's ("company", "traders", "investors"),
    /// which names an actor only with a country beside it ("Japanese companies"); the
    /// people of a sector that acts in politics and conflict on its own do
    /// ("Protesters stormed …", "Teachers vowed …", "Rebels seized …"); not workers
    /// and employers, whose sentences are mostly business news.
    pub fn names_alone(&self, hit: &Hit) -> bool {
        const ACTING_SECTORS: &[&str] = &[
            "OPP", "REB", "RAD", "UAF", "INS", "SEP", "HRI", "REF", "EDU", "MED", "ENV", "PTY",
        ];
        self.meanings(hit).iter().any(|m| match *m {
            Meaning::Body(b) => {
                let body = &self.bodies[b];
                body.is_state() || ACTING_SECTORS.iter().any(|c| body.sector.starts_with(c))
            }
            Meaning::Blocked => false,
            _ => true,
        })
    }

    /// The known people a name or surname stands for, as written after a title ("Bush" is
    /// George Bush and George W. Bush); any ASCII case.
    pub fn people_named(&self, name: &str) -> &[ActorIx] {
        people_under(&self.people_by_name, name)
    }

    /// The known people whose row lists `word` as a name of its own ("Obama" for
    /// Barack Obama, not for Alphonse Obama); any ASCII case.
    pub fn people_aliased(&self, word: &str) -> &[ActorIx] {
        people_under(&self.people_by_alias, word)
    }

    /// A country's CAMEO code from its ISO id: `country_cameo("XKX")` is `Some("KSV")`.
    pub fn country_cameo(&self, iso: &str) -> Option<&str> {
        let a = self.actor(self.lookup(iso)?);
        (a.kind == ActorKind::Country)
            .then_some(a.cameo.as_deref())
            .flatten()
    }

    pub fn title(&self, ix: usize) -> &Title {
        &self.titles[ix]
    }

    pub fn body(&self, ix: usize) -> &Body {
        &self.bodies[ix]
    }

    /// The body whose node slug is `slug` ("civilians"), if any.
    pub fn body_by_slug(&self, slug: &str) -> Option<usize> {
        self.bodies.iter().position(|b| b.slug == slug)
    }

    /// The adjective used in labels for a country's bodies ("Russian").
    pub fn adjective(&self, ix: ActorIx) -> &str {
        self.adjective_of
            .get(&ix)
            .map(String::as_str)
            .unwrap_or(&self.actors[ix].label)
    }

    /// Every name, adjective and seat with the actor it stands for, so that
    /// tools such as `geokg said --by Lithuanian` accept whatever the text would.
    pub fn actor_names(&self) -> impl Iterator<Item = (&str, &Actor)> + '_ {
        self.patterns.iter().flat_map(move |pattern| {
            pattern.texts.iter().flat_map(move |text| {
                pattern
                    .meanings
                    .iter()
                    .filter_map(move |meaning| match *meaning {
                        Meaning::Name(ix)
                        | Meaning::Adjective(ix)
                        | Meaning::Seat(ix)
                        | Meaning::Place(ix) => Some((text.as_str(), &self.actors[ix])),
                        _ => None,
                    })
            })
        })
    }

    pub fn meanings(&self, hit: &Hit) -> &[Meaning] {
        &self.patterns[hit.pattern].meanings
    }

    /// Whether a capitalised word can never be part of a person's name.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names.contains(word)
    }

    /// Every accepted match in `text[range]`, left to right, non-overlapping.
    ///
    /// A rejected match (wrong case, inside a word) is retried one character
    /// later, so "Thus US" still finds "US".
    pub fn scan(&self, text: &str, range: Range<usize>, out: &mut Vec<Hit>) {
        let Some(range) = crate::text::char_range(text, range) else {
            return;
        };
        // Nothing beyond the range is looked at.
        let bytes = &text.as_bytes()[..range.end];
        let mut p = range.start;
        let mut after_word = ends_in_word(&text[..p]);
        // The run of ASCII letters and digits that [`FirstWords::may_start`] read after
        // the last one it was asked about: the next word, hashed once for both looks.
        let mut next = None;
        while let Some(&b) = bytes.get(p) {
            let (is_word, len) = if b.is_ascii() {
                (is_ascii_alphanumeric(b), 1)
            } else {
                let c = text[p..].chars().next().unwrap_or_default();
                (c.is_alphanumeric(), c.len_utf8())
            };
            // A name that starts with a letter or digit never starts inside a word,
            // and starts with one of the patterns' first words.
            let mut run_end = None;
            if !(is_word && after_word) && self.trie_at(b).can_start(b) {
                let may_start = if is_word && b.is_ascii() {
                    let run = match next {
                        Some(run @ Run { start, .. }) if start == p => run,
                        _ => Run::at(bytes, p),
                    };
                    run_end = Some(run.end);
                    let (may_start, after) = self.first_words.may_start(bytes, run);
                    next = after;
                    may_start
                } else {
                    true
                };
                if may_start {
                    if let Some(end) = self.hit_at(text, p, range.end, out) {
                        after_word = ends_in_word(&text[..end]);
                        p = end;
                        continue;
                    }
                }
            }
            p += len;
            after_word = is_word;
            if is_word {
                // The rest of an ASCII word, which no name can start inside.
                p = run_end.unwrap_or_else(|| ascii_alphanumeric_run(bytes, p));
            }
        }
    }

    /// The trie to search where the text starts with byte `b`.
    #[inline(always)]
    fn trie_at(&self, b: u8) -> &NameTrie {
        if b.is_ascii_lowercase() {
            &self.lower_trie
        } else {
            &self.trie
        }
    }

    /// The end of the longest pattern at `start` that is accepted there: a longer one in
    /// the wrong case or ending inside a word gives way to a shorter one ("Russia today" is
    /// Russia, not the broadcaster Russia Today).
    fn hit_at(&self, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) -> Option<usize> {
        let mut bytes = text.as_bytes().get(start..end)?;
        let trie = self.trie_at(*bytes.first()?);
        loop {
            let candidates = trie.accepted_prefixes_at(bytes);
            for &(pattern_ix, len) in candidates.iter().rev().flatten() {
                let match_end = start + len;
                let Some(found) = text.get(start..match_end) else {
                    continue;
                };
                if at_word_boundaries(text, start, match_end)
                    && case_fits(&self.patterns[pattern_ix], found)
                {
                    out.push(Hit {
                        span: start..match_end,
                        pattern: pattern_ix,
                    });
                    return Some(match_end);
                }
            }
            // All of the longest PREFIXES failed ("insurgent leaderships" … "insurgent
            // leader" inside "INSURGENT LEADERSHIPSx"): the shorter ones ("insurgent") next.
            let (_, shortest) = candidates[0]?;
            bytes = &bytes[..shortest - 1];
        }
    }
}

/// Bit sets of the patterns' first words, hashed. A pattern that starts with an
/// ASCII letter or digit can match only where the text's first run of ASCII letters
/// and digits equals the pattern's, ASCII case folded: the pattern's run ends where
/// the pattern has another byte, which the text must have too, or where the pattern
/// ends, which must be a word boundary. The same holds for the next run, so a
/// pattern of two or more runs ("New York", "U.S.") is filed under the pair of its
/// first two. One or two look-ups in 256 KB turn most words of running text away
/// before the trie walk, whose nodes are mostly out of cache.
struct FirstWords {
    /// Patterns of one run, by that run.
    single: Vec<u64>,
    /// Longer patterns, by their first two runs.
    pairs: Vec<u64>,
    /// The most bytes between a pattern's first two runs.
    max_gap: usize,
}

/// A run of ASCII letters and digits, `bytes[start..end]`, and its
/// [`FirstWords::hash`]: a scan hashes each word of the text once, though it
/// looks at it as a pair's second run and then as a first run of its own.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
    hash: u64,
}

impl Run {
    /// The run that starts at `start`.
    #[inline]
    fn at(bytes: &[u8], start: usize) -> Run {
        let end = ascii_alphanumeric_run(bytes, start);
        Run {
            start,
            end,
            hash: FirstWords::hash(&bytes[start..end]),
        }
    }
}

impl FirstWords {
    const BITS: usize = 1 << 20;

    fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> Self {
        let mut single = vec![0u64; Self::BITS / 64];
        let mut pairs = vec![0u64; Self::BITS / 64];
        let mut max_gap = 0;
        for pattern in patterns {
            if !pattern.first().is_some_and(|&b| is_ascii_alphanumeric(b)) {
                continue;
            }
            let first = Run::at(pattern, 0);
            match Self::next_run(pattern, first.end, usize::MAX) {
                Some((gap, next)) => {
                    max_gap = max_gap.max(gap);
                    Self::set(&mut pairs, Self::pair(first.hash, next.hash));
                }
                None => Self::set(&mut single, first.hash),
            }
        }
        FirstWords {
            single,
            pairs,
            max_gap,
        }
    }

    /// The run of ASCII letters and digits after `from`, past at most `max_gap` other
    /// bytes, with the number of bytes passed.
    #[inline]
    fn next_run(bytes: &[u8], from: usize, max_gap: usize) -> Option<(usize, Run)> {
        let gap = bytes
            .get(from..)?
            .iter()
            .take(max_gap.saturating_add(1))
            .position(|&b| is_ascii_alphanumeric(b))?;
        Some((gap, Run::at(bytes, from + gap)))
    }

    /// The hash of a run of ASCII letters and digits, ASCII case folded.
    #[inline]
    fn hash(run: &[u8]) -> u64 {
        crate::text::words::folded_hash(run)
    }

    /// The hash of a pair of runs, from theirs.
    #[inline]
    fn pair(first: u64, second: u64) -> u64 {
        (first.rotate_left(29) ^ second).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }

    fn set(bits: &mut [u64], h: u64) {
        let ix = (h >> 44) as usize;
        bits[ix / 64] |= 1 << (ix % 64);
    }

    fn has(bits: &[u64], h: u64) -> bool {
        let ix = (h >> 44) as usize;
        bits[ix / 64] & (1 << (ix % 64)) != 0
    }

    /// Whether a pattern can start at `first`, a run of ASCII letters and digits of
    /// `bytes`; and the run after it, if this had to read it.
    #[inline]
    fn may_start(&self, bytes: &[u8], first: Run) -> (bool, Option<Run>) {
        if Self::has(&self.single, first.hash) {
            return (true, None);
        }
        match Self::next_run(bytes, first.end, self.max_gap) {
            Some((_, next)) => (
                Self::has(&self.pairs, Self::pair(first.hash, next.hash)),
                Some(next),
            ),
            None => (false, None),
        }
    }
}

/// The patterns as a byte trie with ASCII case folded/// The patterns as a byte trie with ASCII case folded, searched only where a name
/// can start.
///
/// A name starts at a word boundary, so a scan tries the trie at each word start
/// (about one byte in six of news text) and follows it for a few bytes, instead of
/// running an unanchored automaton over every byte; this finds the same leftmost-longest
/// matches. The trie is small (nodes are numbered breadth-first, so the ones nearly
/// every word visits share a few cache lines) and a step is a table look-up or one
/// comparison of the byte with up to eight edge labels at once.
struct NameTrie {
    /// Nodes in breadth-first order: the children of a node are consecutive.
    nodes: Vec<TrieNode>,
    /// 256 children per row, by lower-case byte (0 for none), for the nodes with
    /// more children than [`TrieNode::edges`] holds; row 0 is the root's, in both cases.
    rows: Vec<u32>,
}

/// Sixteen bytes, so that four share a cache line: a scan starts each document with
/// the trie mostly evicted by the stages that ran on the one before.
#[derive(Clone, Copy)]
struct TrieNode {
    first_child: u32,
    /// 1 + the index of the pattern spelled by the path to this node (0 for none) in
    /// the bits of [`PATTERN`], and the [`DENSE`], [`OWN_LOWER`] and [`SUBTREE_LOWER`]
    /// flags.
    info: u32,
    /// A [`DENSE`] node's row in [`NameTrie::rows`]; otherwise the lower-case bytes on
    /// the edges to the children, lowest byte first, the unused ones 0xFF (a byte
    /// that UTF-8 text never holds).
    edges: u64,
}

const PATTERN: u32 = (1 << 29) - 1;
/// The node's children are in a row of [`NameTrie::rows`].
const DENSE: u32 = 1 << 29;
/// The node's pattern can be accepted where the text starts with a lower-case letter.
const OWN_LOWER: u32 = 1 << 30;
/// Some pattern at or below the node can.
const SUBTREE_LOWER: u32 = 1 << 31;

const LABEL_SLOTS: usize = 8;
/// How many of the patterns a text starts with are tried there, longest first.
const PREFIXES: usize = 4;
const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

impl NameTrie {
    /// `None` when the patterns need more nodes than a `u32` counts. An empty pattern
    /// matches nothing.
    ///
    /// Each pattern comes with whether it can be accepted where the text starts with
    /// a lower-case letter ([`Pattern::accepts_lower_case`]).
    fn new<'a>(patterns: impl Iterator<Item = (&'a str, bool)>) -> Option<Self> {
        // A plain trie first: children by folded byte, in order of appearance, as
        // linked lists in flat arrays (one vector per node would be 100,000s of
        // allocations at start-up).
        const NONE: u32 = u32::MAX;
        let mut label: Vec<u8> = vec![0];
        let mut first_kid: Vec<u32> = vec![NONE];
        let mut last_kid: Vec<u32> = vec![NONE];
        let mut next_sibling: Vec<u32> = vec![NONE];
        let mut kid_count: Vec<u32> = vec![0];
        let mut info: Vec<u32> = vec![0];
        for (ix, (pattern, lower)) in patterns.enumerate() {
            if pattern.is_empty() {
                continue;
            }
            let mut node = 0;
            for b in pattern.bytes().map(|b| b.to_ascii_lowercase()) {
                if lower {
                    info[node] |= SUBTREE_LOWER;
                }
                let mut kid = first_kid[node];
                while kid != NONE && label[kid as usize] != b {
                    kid = next_sibling[kid as usize];
                }
                node = if kid != NONE {
                    kid as usize
                } else {
                    let child = u32::try_from(label.len()).ok().filter(|&c| c != NONE)?;
                    label.push(b);
                    first_kid.push(NONE);
                    last_kid.push(NONE);
                    next_sibling.push(NONE);
                    kid_count.push(0);
                    info.push(0);
                    match last_kid[node] {
                        NONE => first_kid[node] = child,
                        last => next_sibling[last as usize] = child,
                    }
                    last_kid[node] = child;
                    kid_count[node] += 1;
                    child as usize
                };
            }
            // Spellings equal but for case are one pattern; the first one counts.
            if info[node] & PATTERN == 0 {
                info[node] |= u32::try_from(ix + 1).ok().filter(|&p| p <= PATTERN)?;
                if lower {
                    info[node] |= OWN_LOWER;
                }
            }
            if lower {
                info[node] |= SUBTREE_LOWER;
            }
        }
        let kids = |node: usize| {
            std::iter::successors(Some(first_kid[node]).filter(|&k| k != NONE), |&k| {
                Some(next_sibling[k as usize]).filter(|&k| k != NONE)
            })
            .map(|k| (label[k as usize], k as usize))
        };
        // Breadth-first renumbering, which makes siblings consecutive.
        let mut order = Vec::with_capacity(label.len());
        order.push(0);
        let mut nodes = Vec::with_capacity(label.len());
        let mut rows = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let old = order[i];
            let first_child = order.len() as u32;
            let mut node = TrieNode {
                first_child,
                info: info[old],
                edges: u64::MAX,
            };
            if old == 0 || kid_count[old] as usize > LABEL_SLOTS {
                let at = rows.len();
                rows.resize(at + 256, 0);
                for (k, (b, _)) in kids(old).enumerate() {
                    rows[at + usize::from(b)] = first_child + k as u32;
                    if old == 0 {
                        rows[at + usize::from(b.to_ascii_uppercase())] = first_child + k as u32;
                    }
                }
                node.info |= DENSE;
                node.edges = (at / 256) as u64;
            } else {
                let mut labels = [0xFF; LABEL_SLOTS];
                for (slot, (b, _)) in labels.iter_mut().zip(kids(old)) {
                    *slot = b;
                }
                node.edges = u64::from_le_bytes(labels);
            }
            nodes.push(node);
            order.extend(kids(old).map(|(_, child)| child));
            i += 1;
        }
        Some(NameTrie { nodes, rows })
    }

    /// Whether some pattern starts with byte `b`.
    fn can_start(&self, b: u8) -> bool {
        self.rows[usize::from(b)] != 0
    }

    /// The child of `node` on the edge labelled with lower-case byte `b`.
    #[inline(always)]
    fn child(&self, node: &TrieNode, b: u8) -> Option<usize> {
        if node.info & DENSE != 0 {
            let row = usize::try_from(node.edges).ok()? * 256;
            return match *self.rows.get(row + usize::from(b))? {
                0 => None,
                child => Some(child as usize),
            };
        }
        if b == 0xFF {
            // The filler of unused label slots.
            return None;
        }
        // The classic zero-byte test on the labels XOR b; its lowest hit is exact.
        let x = node.edges ^ (ONES * u64::from(b));
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        (found != 0).then(|| node.first_child as usize + (found.trailing_zeros() / 8) as usize)
    }

    /// The patterns that `bytes` starts with (index and length), shortest first, the
    /// longest [`PREFIXES`] of them, without those that [`case_fits`] would reject because
    /// the text starts with a lower-case letter.
    ///
    /// Knowing that, the walk stops as soon as nothing below can be accepted; most
    /// words of running text start lower-case, and this way few of them get past the
    /// second letter.
    fn accepted_prefixes_at(&self, bytes: &[u8]) -> [Option<(usize, usize)>; PREFIXES] {
        let mut found = [None; PREFIXES];
        let Some(&first) = bytes.first() else {
            return found;
        };
        let lower = first.is_ascii_lowercase();
        let Some(root) = self.nodes.first() else {
            return found;
        };
        let Some(mut node) = self.child(root, first) else {
            return found;
        };
        for len in 1.. {
            let Some(n) = self.nodes.get(node) else {
                break;
            };
            if lower && n.info & SUBTREE_LOWER == 0 {
                // Nothing at or below this node can be accepted.
                break;
            }
            if let Some(ix) = (n.info & PATTERN).checked_sub(1) {
                if !lower || n.info & OWN_LOWER != 0 {
                    found.rotate_left(1);
                    found[PREFIXES - 1] = Some((ix as usize, len));
                }
            }
            let Some(&b) = bytes.get(len) else {
                break;
            };
            match self.child(n, b.to_ascii_lowercase()) {
                Some(child) => node = child,
                None => break,
            }
        }
        found
    }
}

/// The plural of a demonym that takes an "s": "Palestinian" → "Palestinians",
/// "Iraqi" → "Iraqis"; none for "Chinese", "British", "Swiss", "U.S.".
fn demonym_plural(adjective: &str) -> Option<String> {
    let letters = adjective.chars().all(|c| c.is_alphabetic() || c == '-');
    (letters && (adjective.ends_with('n') || adjective.ends_with('i')))
        .then(|| format!("{adjective}s"))
}

fn ends_in_word(text: &str) -> bool {
    text.chars().next_back().is_some_and(char::is_alphanumeric)
}

fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first_is_word = text[start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let last_is_word = text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before_ok = !first_is_word || !before.is_some_and(char::is_alphanumeric);
    let after_ok = !last_is_word || !after.is_some_and(char::is_alphanumeric);
    before_ok && after_ok
}

fn case_fits(pattern: &Pattern, found: &str) -> bool {
    if pattern.case == CaseRule::Any || pattern.texts.iter().any(|t| t == found) {
        return true;
    }
    // "international community" at the start of a sentence.
    let capitalised = |text: &String| {
        let mut p = text.chars();
        let mut f = found.chars();
        matches!((p.next(), f.next()), (Some(pc), Some(fc))
            if pc.is_lowercase() && pc.to_uppercase().eq(std::iter::once(fc)) && p.as_str() == f.as_str())
    };
    if pattern.texts.iter().any(capitalised) {
        return true;
    }
    // Headlines in capitals ("RUSSIA WARNS NATO"); short ones are too ambiguous.
    found.chars().count() >= 4
        && found.chars().any(char::is_alphabetic)
        && !found.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        let mut b = GazetteerBuilder::default();
        b.add_countries(
            "USA\tUnited States\tUnited States|U.S.|US\tAmerican|U.S.\tWashington\n\
             RUS\tRussia\tRussia\tRussian\tMoscow|Kremlin\n",
            "test",
        )
        .unwrap();
        b.add_groups(
            "intl\tinternational community\tinternational community\t-\t-\n",
            "t",
        )
        .unwrap();
        b.add_blocked("Latin American\nGeorge Washington\n");
        b.build().unwrap()
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        let mut hits = Vec::new();
        g.scan(text, 0..text.len(), &mut hits);
        hits.iter()
            .filter(|h| g.meanings(h) != [Meaning::Blocked])
            .map(|h| text[h.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn finds_names_at_word_boundaries_only() {
        let g = gazetteer();
        assert_eq!(found(&g, "Thus US troops left the USA."), ["US"]);
        assert_eq!(found(&g, "Russia’s demands"), ["Russia"]);
    }

    #[test]
    fn blockers_swallow_longer_phrases() {
        let g = gazetteer();
        assert_eq!(
            found(
                &g,
                "Latin American leaders met George Washington fans in Washington."
            ),
            ["Washington"]
        );
    }

    /// The scan as a plain search: every match of every pattern (overlapping
    /// Aho-Corasick), then left to right the leftmost start with an accepted match, and
    /// there the longest accepted one.
    fn reference_scan(g: &Gazetteer, text: &str, range: Range<usize>) -> Vec<Hit> {
        use aho_corasick::{AhoCorasick, Input, MatchKind};
        use std::sync::OnceLock;
        static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
        let matcher = MATCHER.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .build(g.patterns.iter().map(|p| p.texts[0].as_str()))
                .unwrap()
        });
        let mut accepted: Vec<Hit> = matcher
            .find_overlapping_iter(Input::new(text).span(range.clone()))
            .filter(|m| {
                let found = &text[m.start()..m.end()];
                at_word_boundaries(text, m.start(), m.end())
                    && case_fits(&g.patterns[m.pattern().as_usize()], found)
            })
            .map(|m| Hit {
                span: m.start()..m.end(),
                pattern: m.pattern().as_usize(),
            })
            .collect();
        // Leftmost first, longest first among equal starts.
        accepted.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        let mut out: Vec<Hit> = Vec::new();
        let mut at = range.start;
        for hit in accepted {
            if hit.span.start >= at {
                at = hit.span.end;
                out.push(hit);
            }
        }
        out
    }

    /// Deterministic pseudo-random texts glued from names in every case, near misses,
    /// punctuation and non-ASCII letters (xorshift; no dependency needed).
    fn random_texts(g: &Gazetteer, count: usize) -> Vec<String> {
        let mut rng = crate::text::test_support::XorShift::new(0x9E37_79B9_7F4A_7C15);
        let mut next = move || rng.next();
        let names: Vec<&str> = g.patterns.iter().map(|p| p.texts[0].as_str()).collect();
        const OTHER: &[&str] = &[
            " ", " ", " ", ". ", ", ", "'s ", "’s ", "-", "\n\n", "\"", "(", "thus", "us", "USA",
            "the", "Deputy", "é", "Nausėda", "北约", "\u{301}", "1987", "U.S.", "said",
        ];
        (0..count)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..(next() % 12) {
                    if next() % 2 == 0 {
                        let name = names[(next() % names.len() as u64) as usize];
                        match next() % 4 {
                            0 => text.push_str(&name.to_lowercase()),
                            1 => text.push_str(&name.to_uppercase()),
                            _ => text.push_str(name),
                        }
                    } else {
                        text.push_str(OTHER[(next() % OTHER.len() as u64) as usize]);
                    }
                }
                text
            })
            .collect()
    }

    #[test]
    fn scan_finds_what_an_unanchored_leftmost_longest_search_finds() {
        // Only the built-in gazetteer: `reference_scan` compiles its patterns once.
        let g = Gazetteer::builtin().unwrap();
        let seed = include_str!("../../examples/lithuania-nato-russia.txt");
        let mut texts = random_texts(&g, 3000);
        texts.push(seed.to_string());
        texts.push("Deputy Secretary Peter Myer; FEDERAL RESERVE WEEKLY REPORT".to_string());
        let mut found = 0;
        for text in &texts {
            let mut hits = Vec::new();
            g.scan(text, 0..text.len(), &mut hits);
            assert_eq!(hits, reference_scan(&g, text, 0..text.len()), "{text:?}");
            found += hits.len();
            // From inside the text, as a caller scanning one sentence would.
            if let Some((mid, _)) = text.char_indices().nth(text.chars().count() / 2) {
                hits.clear();
                g.scan(text, mid..text.len(), &mut hits);
                assert_eq!(hits, reference_scan(&g, text, mid..text.len()), "{text:?}");
            }
        }
        assert!(
            found > 1000,
            "{found} hits: the texts should hold many names"
        );
    }

    #[test]
    fn scan_ignores_ranges_off_char_boundaries_or_beyond_the_text() {
        let g = Gazetteer::builtin().unwrap();
        let text = "Nausėda met Russia";
        let mut hits = Vec::new();
        g.scan(text, 6..1000, &mut hits);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].span.clone()], "Russia");
        hits.clear();
        g.scan(text, Range { start: 50, end: 10 }, &mut hits);
        assert!(hits.is_empty());
    }

    #[test]
    fn a_demonym_names_its_country_and_one_of_no_country_is_refused() {
        let mut b = GazetteerBuilder::default();
        b.add_countries("GBR\tUnited Kingdom\tBritain\tBritish\tLondon\n", "t")
            .unwrap();
        b.add_demonyms("GBR\tBritons|Brits\n", "t").unwrap();
        let err = b.add_demonyms("XXX\tXylons\n", "d.tsv").err().unwrap();
        assert!(err.to_string().contains("XXX"), "{err}");
        let g = b.build().unwrap();
        assert_eq!(found(&g, "Britons and Brits voted."), ["Britons", "Brits"]);
    }

    #[test]
    fn an_empty_or_one_letter_user_name_is_refused() {
        for (names, message) in [("\"\"", "name is empty"), ("\"X\"", "two letters")] {
            let mut b = GazetteerBuilder::default();
            let json = format!(
                r#"{{"actors": [{{"id": "X", "label": "Xylo", "kind": "group", "names": [{names}]}}]}}"#
            );
            let err = b.add_user_actors(&json, "t").err().unwrap().to_string();
            assert!(err.contains(message), "{err}");
        }
    }

    #[test]
    fn a_longer_name_in_the_wrong_case_gives_way_to_a_shorter_common_noun() {
        let mut b = GazetteerBuilder::default();
        b.add_titles("President\tPresident|Presidents\tGOV\toptional\n", "t")
            .unwrap();
        b.add_groups("pg\tPresident Guard\tPresident Guard\t-\t-\n", "t")
            .unwrap();
        let g = b.build().unwrap();
        assert_eq!(found(&g, "the president said"), ["president"]);
        assert_eq!(found(&g, "the President Guard said"), ["President Guard"]);
        // A longer pattern rejected at a word start gives way to a shorter one there.
        assert_eq!(found(&g, "the president guard said"), ["president"]);
        assert_eq!(found(&g, "the presidents guard"), ["presidents"]);
    }

    #[test]
    fn case_rules() {
        let g = gazetteer();
        assert!(found(&g, "let us go").is_empty());
        assert_eq!(found(&g, "RUSSIA WARNS US"), ["RUSSIA", "US"]);
        assert_eq!(
            found(&g, "International community responds"),
            ["International community"]
        );
    }
}
