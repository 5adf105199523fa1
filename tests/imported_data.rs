//! The dictionaries imported from PETRARCH-2's Phoenix files and GeoNames (tools/import_phoenix.rs):
//! people with dated roles, places, organisations and CAMEO codes, as the gazetteer loads them.

use std::sync::OnceLock;

use geokg::actors::gazetteer::{DatedRole, GazetteerBuilder, Meaning};
use geokg::actors::{cameo_code, ActorKind, Gazetteer, MentionKind};
use geokg::relations::lexicon::Lexicon;
use geokg::{Document, Extractor};

/// The built-in gazetteer with the people and places that are not yet loaded by default.
fn full() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut b = GazetteerBuilder::with_builtin_data().unwrap();
        b.add_builtin_people().unwrap();
        b.add_builtin_places().unwrap();
        b.build().unwrap()
    })
}

fn person(g: &Gazetteer, slug: &str) -> usize {
    g.lookup(&format!("person:{slug}"))
        .unwrap_or_else(|| panic!("person:{slug} is not in data/people.tsv"))
}

fn role(country: &str, sector: &str) -> (String, String) {
    (country.to_string(), sector.to_string())
}

fn held(r: Option<&DatedRole>) -> Option<(String, String)> {
    r.map(|r| (r.country.clone(), r.sector.clone()))
}

#[test]
fn a_surname_after_a_title_names_every_person_so_listed() {
    let g = full();
    let bush = g.people_named("Bush");
    let elder = person(g, "george-bush");
    let younger = person(g, "george-w-bush");
    assert!(bush.contains(&elder) && bush.contains(&younger), "{bush:?}");
    assert!(g
        .people_named("netanyahu")
        .contains(&person(g, "benjamin-netanyahu")));
    assert!(g.people_named("Nobody Atall").is_empty());
}

#[test]
fn the_role_follows_the_documents_date() {
    let g = full();
    let elder = person(g, "george-bush");
    let younger = person(g, "george-w-bush");
    // 1991: the elder is president, the younger holds no office.
    assert_eq!(
        held(g.role_at(elder, Some(19910301))),
        Some(role("USA", "GOV"))
    );
    assert_ne!(
        held(g.role_at(younger, Some(19910301))),
        Some(role("USA", "GOV"))
    );
    assert_eq!(
        held(g.role_at(younger, Some(20030501))),
        Some(role("USA", "GOV"))
    );
    // Netanyahu: prime minister 1996-1999 and from 2009, a member of the elite between.
    let bibi = person(g, "benjamin-netanyahu");
    assert_eq!(
        held(g.role_at(bibi, Some(19970101))),
        Some(role("ISR", "GOV"))
    );
    assert_eq!(
        held(g.role_at(bibi, Some(20050101))),
        Some(role("ISR", "ELI"))
    );
    // Undated: the latest role (prime minister again from 2022, data/people_recent.tsv).
    assert_eq!(held(g.role_at(bibi, None)), Some(role("ISR", "GOV")));
    let latest = g.role_at(bibi, None).unwrap();
    assert_eq!((latest.from, latest.to), (Some(20221229), None));
    assert!(g.roles(g.lookup("RUS").unwrap()).is_empty());
}

#[test]
fn people_are_person_nodes_with_the_code_of_their_latest_role() {
    let g = full();
    let bibi = g.actor(person(g, "benjamin-netanyahu"));
    assert_eq!(bibi.kind, ActorKind::Person);
    assert_eq!(bibi.label, "Benjamin Netanyahu");
    assert_eq!(bibi.country.as_deref(), Some("ISR"));
    assert_eq!(bibi.cameo.as_deref(), Some("ISRGOV"));
}

#[test]
fn every_actor_has_a_cameo_code_where_one_is_known() {
    let g = full();
    let code = |id: &str| g.actor(g.lookup(id).unwrap()).cameo.clone();
    assert_eq!(code("RUS").as_deref(), Some("RUS"));
    assert_eq!(code("XKX").as_deref(), Some("KSV"));
    assert_eq!(code("UN").as_deref(), Some("IGOUNO"));
    assert_eq!(code("NATO").as_deref(), Some("IGOWSTNAT"));
    assert_eq!(code("USA-defence-ministry").as_deref(), Some("USAMIL"));
    assert_eq!(code("taliban").as_deref(), Some("AFGREB"));
    assert_eq!(g.country_cameo("XKX"), Some("KSV"));
    assert_eq!(g.country_cameo("FRA"), Some("FRA"));
    assert_eq!(g.country_cameo("NATO"), None);
    assert_eq!(cameo_code("FJI", "REB"), "FJIREB");
    assert_eq!(cameo_code("RUS", "-"), "RUS");
    let missing: Vec<&str> = g
        .actors()
        .iter()
        .filter(|a| a.cameo.is_none() && a.kind == ActorKind::Country)
        .map(|a| a.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "countries without a CAMEO code: {missing:?}"
    );
}

#[test]
fn names_are_found_in_the_case_news_writes_them() {
    let g = full();
    for (text, id) in [
        ("Benjamin Netanyahu", "person:benjamin-netanyahu"),
        ("BENJAMIN NETANYAHU", "person:benjamin-netanyahu"),
        ("Netanyahu", "person:benjamin-netanyahu"),
        ("John McCain", "person:john-mccain"),
        ("Bashar al-Assad", "person:bashar-al-assad"),
        ("Bashar Al-Assad", "person:bashar-al-assad"),
    ] {
        let mut hits = Vec::new();
        g.scan(text, 0..text.len(), &mut hits);
        let found = hits.iter().any(|h| {
            h.span == (0..text.len())
                && g.meanings(h)
                    .iter()
                    .any(|m| matches!(*m, Meaning::Name(a) if g.actor(a).id == id))
        });
        assert!(found, "{text:?} should name {id}");
    }
    // A surname that is an English word is not a name on its own.
    let mut hits = Vec::new();
    g.scan("Bush", 0..4, &mut hits);
    // (At most a cue that the sentence names somebody, read by the mention stage.)
    assert!(
        hits.iter()
            .all(|h| g.meanings(h).iter().all(|m| *m == Meaning::Cue)),
        "{hits:?}"
    );
}

fn actors(g: Gazetteer, text: &str) -> Vec<String> {
    let extractor = Extractor::new(g, Lexicon::builtin().unwrap());
    let doc = Document {
        id: "d".into(),
        text: text.into(),
        date: None,
        title: None,
        source: None,
    };
    let mut ids: Vec<String> = extractor
        .extract(&doc)
        .mentions
        .iter()
        .filter(|m| {
            !matches!(
                m.kind,
                MentionKind::Adjective | MentionKind::Modifier | MentionKind::Scene
            )
        })
        .map(|m| m.actor.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn with_places() -> Gazetteer {
    let mut b = GazetteerBuilder::with_builtin_data().unwrap();
    b.add_builtin_places().unwrap();
    b.build().unwrap()
}

#[test]
fn a_city_acts_for_its_country_but_not_inside_a_place_phrase() {
    assert_eq!(
        actors(with_places(), "Baghdad accused Tehran of meddling."),
        ["IRN", "IRQ"]
    );
    assert_eq!(
        actors(with_places(), "Kyiv said the talks had failed."),
        ["UKR"]
    );
    assert_eq!(
        actors(with_places(), "Kandahar accused Kabul of neglect."),
        ["AFG"]
    );
    assert!(actors(with_places(), "Heavy clashes in Idlib left dozens dead.").is_empty());
}

#[test]
fn a_user_dictionary_overrides_an_imported_place() {
    let mut b = GazetteerBuilder::with_builtin_data().unwrap();
    b.add_builtin_places().unwrap();
    b.add_user_actors(
        r#"{"actors": [{"id": "RUS", "names": ["Sevastopol"]}]}"#,
        "user.json",
    )
    .unwrap();
    assert_eq!(
        actors(b.build().unwrap(), "Sevastopol said the port was open."),
        ["RUS"]
    );
}

#[test]
fn a_malformed_role_is_an_error_naming_file_and_line() {
    let mut b = GazetteerBuilder::default();
    b.add_countries("ISR\tIsrael\tIsrael\tIsraeli\tJerusalem\n", "c")
        .unwrap();
    let err = b
        .add_people("person:x\tX Y\tX Y\t-\tISR GOV 2009\n", "people.tsv")
        .unwrap_err()
        .to_string();
    assert!(err.contains("people.tsv") && err.contains('1'), "{err}");
    let err = b
        .add_places("Atlantis\tATL\tphoenix\n", "places.tsv")
        .unwrap_err()
        .to_string();
    assert!(err.contains("places.tsv") && err.contains("ATL"), "{err}");
}
