//! From what a user types ("lithuanian", "Nauseda", "U.S.") to actor ids.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::actors::{Actor, ActorKind, Gazetteer};
use crate::graph::ActorGraph;

use super::QueryError;

/// Every name the graph and the gazetteer know, folded for lookup.
///
/// Folding lower-cases, replaces diacritics (deunicode), drops dots and
/// apostrophes ("U.S." = "us") and treats any other punctuation as a space,
/// so a user never has to guess how the data spells a name.
#[derive(Clone, Debug, Default)]
pub struct ActorIndex {
    names: BTreeMap<String, KnownName>,
}

#[derive(Clone, Debug)]
struct KnownName {
    /// The name as first seen, for suggestions.
    shown: String,
    ids: BTreeSet<String>,
}

impl ActorIndex {
    /// Names from the graph's nodes (id, label, and each word of a person's
    /// name, so a surname alone works) and, when given, every name, adjective
    /// and seat of the gazetteer.
    pub fn new(graph: &ActorGraph, gazetteer: Option<&Gazetteer>) -> Self {
        let mut index = ActorIndex::default();
        for actor in graph.actors() {
            index.add_actor(actor);
        }
        if let Some(gazetteer) = gazetteer {
            for actor in gazetteer.actors() {
                index.add_actor(actor);
            }
            for (name, actor) in gazetteer.actor_names() {
                index.add(name, &actor.id);
            }
        }
        index
    }

    fn add_actor(&mut self, actor: &Actor) {
        self.add(&actor.id, &actor.id);
        self.add(&actor.label, &actor.id);
        // A document as the text named it: "UN report" for the United Nations report.
        if actor.kind == ActorKind::Source {
            for alias in &actor.aliases {
                self.add(alias, &actor.id);
            }
        }
        if actor.kind == ActorKind::Person {
            for word in actor.label.split_whitespace() {
                if word.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                    self.add(word, &actor.id);
                }
            }
        }
    }

    fn add(&mut self, name: &str, id: &str) {
        let key = fold(name);
        if key.is_empty() {
            return;
        }
        self.names
            .entry(key)
            .or_insert_with(|| KnownName {
                shown: name.to_string(),
                ids: BTreeSet::new(),
            })
            .ids
            .insert(id.to_string());
    }

    /// The ids a name stands for; an unknown name is an error naming the 3 closest known names.
    pub fn resolve(&self, name: &str) -> Result<BTreeSet<String>, QueryError> {
        let key = fold(name);
        match self.names.get(&key) {
            Some(known) => Ok(known.ids.clone()),
            None => Err(QueryError::UnknownActor {
                name: name.to_string(),
                suggestions: self.closest(&key, 3),
            }),
        }
    }

    /// Known names nearest to `key` by Damerau-Levenshtein similarity, best first.
    fn closest(&self, key: &str, n: usize) -> Vec<String> {
        let mut scored: Vec<(f64, &str)> = self
            .names
            .iter()
            .map(|(known, name)| {
                (
                    strsim::normalized_damerau_levenshtein(key, known),
                    name.shown.as_str(),
                )
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        let mut shown: Vec<String> = Vec::new();
        for (_, name) in scored {
            if shown.len() == n {
                break;
            }
            if !shown.iter().any(|s| s == name) {
                shown.push(name.to_string());
            }
        }
        shown
    }
}

/// The lookup form of a name: see [`ActorIndex`].
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in deunicode::deunicode(name).chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c != '.' && c != '\'' {
            space = true;
        }
    }
    out
}

/// The graph's actors a query matches: the named actors and, with members,
/// every actor whose `country` or `organization` is one of them (a country's
/// people, ministries and forces; an organisation's officials).
#[derive(Clone, Debug, Default)]
pub struct ActorSet {
    ids: HashSet<String>,
}

impl ActorSet {
    pub fn new(graph: &ActorGraph, named: &BTreeSet<String>, include_members: bool) -> Self {
        let mut ids: HashSet<String> = named.iter().cloned().collect();
        if include_members {
            let belongs =
                |field: &Option<String>| field.as_ref().is_some_and(|f| named.contains(f));
            for actor in graph.actors() {
                if belongs(&actor.country) || belongs(&actor.organization) {
                    ids.insert(actor.id.clone());
                }
            }
        }
        ActorSet { ids }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The ids in sorted order, for output and for starting graph searches.
    pub fn sorted(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.ids.iter().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::Actor;

    fn actor(id: &str, label: &str, kind: ActorKind, country: Option<&str>) -> Actor {
        Actor {
            id: id.into(),
            label: label.into(),
            kind,
            country: country.map(Into::into),
            organization: None,
            role: None,
            sector: None,
            cameo: None,
            aliases: Vec::new(),
        }
    }

    fn graph() -> ActorGraph {
        let mut g = ActorGraph::new();
        g.add_actor(&actor("LTU", "Lithuania", ActorKind::Country, Some("LTU")));
        g.add_actor(&actor(
            "person:gitanas-nauseda",
            "Gitanas Nausėda",
            ActorKind::Person,
            Some("LTU"),
        ));
        g.add_actor(&actor("RUS", "Russia", ActorKind::Country, Some("RUS")));
        g
    }

    fn ids(set: BTreeSet<String>) -> Vec<String> {
        set.into_iter().collect()
    }

    #[test]
    fn folds_case_diacritics_dots_and_punctuation() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("  Nausėda "), "nauseda");
        assert_eq!(fold("person:gitanas-nauseda"), "person gitanas nauseda");
        assert_eq!(fold("Côte d'Ivoire"), "cote divoire");
    }

    #[test]
    fn resolves_ids_labels_surnames_and_gazetteer_forms() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let index = ActorIndex::new(&graph(), Some(&gazetteer));
        let nauseda = vec!["person:gitanas-nauseda".to_string()];
        assert_eq!(ids(index.resolve("NAUSEDA").unwrap()), nauseda);
        assert_eq!(ids(index.resolve("gitanas nauseda").unwrap()), nauseda);
        assert_eq!(ids(index.resolve("ltu").unwrap()), vec!["LTU"]);
        assert_eq!(ids(index.resolve("lithuanian").unwrap()), vec!["LTU"]);
        assert_eq!(ids(index.resolve("vilnius").unwrap()), vec!["LTU"]);
        // A seat can stand for several actors: the Kremlin was also the Soviet government.
        assert!(index.resolve("Kremlin").unwrap().contains("RUS"));
        assert_eq!(ids(index.resolve("U.S.").unwrap()), vec!["USA"]);
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let index = ActorIndex::new(&graph(), None);
        let err = index.resolve("Lithuanai").unwrap_err();
        let QueryError::UnknownActor { suggestions, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(suggestions[0], "Lithuania");
        assert!(err.to_string().contains("closest known names: Lithuania"));
    }

    #[test]
    fn members_are_the_actors_of_a_country() {
        let g = graph();
        let named = BTreeSet::from(["LTU".to_string()]);
        let with = ActorSet::new(&g, &named, true);
        assert!(with.contains("person:gitanas-nauseda"));
        assert!(!with.contains("RUS"));
        let without = ActorSet::new(&g, &named, false);
        assert_eq!(without.sorted(), vec!["LTU"]);
    }
}
