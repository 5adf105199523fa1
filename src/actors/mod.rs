//! Actors: who can be a source or target of an event, and how text names them.

pub mod coref;
pub mod gazetteer;
pub mod mentions;
pub mod names;

pub use gazetteer::Gazetteer;
pub use mentions::{Mention, MentionFinder, MentionKind};
pub use names::{first_name_gender, EntityType, Gender, NameFinder};

use serde::{Deserialize, Serialize};

/// What sort of actor a node is; drives DOT shapes and roll-ups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Organization,
    Government,
    Person,
    Group,
    /// A document that speaks: "a UN report said", "according to a Pentagon
    /// statement". Its `organization` (or, for a country, `country`) is its author.
    Source,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Government => "government",
            ActorKind::Person => "person",
            ActorKind::Group => "group",
            ActorKind::Source => "source",
        }
    }
}

/// One canonical actor: a node of the graph.
///
/// `id` is stable across documents (ISO alpha-3 for countries, the acronym for
/// organisations, `person:<slug>` for people), so graphs from many runs merge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub label: String,
    pub kind: ActorKind,
    /// ISO alpha-3 of the country the actor belongs to (a country's own code for a country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The organisation a person or body belongs to (NATO for its Secretary-General).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// A person's title as written in the text, e.g. "President".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// CAMEO-style agent sector (GOV, MIL, LEG, …) for government bodies and forces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// The CAMEO actor code (RUS, RUSMIL, FJIREB, IGOUNO …), to join with ICEWS, Phoenix or GDELT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// Other names the actor was seen under (a person's "Netanyahu", "Bibi Netanyahu").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// The CAMEO code of a country's sector: `cameo_code("RUS", "MIL")` is `RUSMIL`.
///
/// `country_cameo` is the country's CAMEO code ([`Gazetteer::country_cameo`]), not its ISO id;
/// an empty sector (or `-`) gives the country's own code.
pub fn cameo_code(country_cameo: &str, sector: &str) -> String {
    let sector = if sector == "-" { "" } else { sector };
    // Concatenated, not `format!`ed: every person and body of the gazetteer gets one.
    let mut code = String::with_capacity(country_cameo.len() + sector.len());
    code.push_str(country_cameo);
    code.push_str(sector);
    code
}

impl Actor {
    /// Fills fields this actor lacks from another description of the same actor.
    pub fn absorb(&mut self, other: &Actor) {
        if self.country.is_none() {
            self.country.clone_from(&other.country);
        }
        if self.organization.is_none() {
            self.organization.clone_from(&other.organization);
        }
        if self.role.is_none() {
            self.role.clone_from(&other.role);
        }
        if self.sector.is_none() {
            self.sector.clone_from(&other.sector);
        }
        if self.cameo.is_none() {
            self.cameo.clone_from(&other.cameo);
        }
        for alias in &other.aliases {
            if *alias != self.label && !self.aliases.contains(alias) {
                self.aliases.push(alias.clone());
            }
        }
    }
}
