//! Relation suite (issue 4): the exact CAMEO-coded edges of wire-news sentences.
//!
//! Cases live in tests/cases/relations.txt; `xfail` lines there are the lead's worklist.

use crate::suite::{run_suite, ExpectationKind};

#[test]
fn relation_cases() {
    let report = run_suite("tests/cases/relations.txt", &[ExpectationKind::Edges]);
    report.print();
    assert!(report.cases >= 200, "only {} relation cases", report.cases);
    report.assert_green();
}

/// Issue 10: cooperation announced through "offered to", "agreed to", "is ready to" …
/// is coded the CAMEO way, as an intent (root 03), with the relation of the inner verb.
#[test]
fn announced_cooperation_is_coded_as_intent() {
    let extractor = geokg::Extractor::builtin().expect("built-in data loads");
    let cases = [
        (
            "Libya has offered to hand over the two suspects to Britain.",
            "hand over",
            "033",
        ),
        ("Japan is ready to send aid to Nepal.", "provide aid", "033"),
        (
            "Mexico agreed to lift tariffs on Canada.",
            "lift sanctions",
            "0354",
        ),
        (
            "Germany is willing to provide weapons to Lithuania.",
            "provide weapons",
            "0332",
        ),
        (
            "Turkey pledged to hold talks with Greece.",
            "hold talks",
            "036",
        ),
        // An offer of troops is an offer of military protection (0334).
        (
            "Australia has offered to send troops to the Philippines.",
            "deploy troops",
            "0334",
        ),
    ];
    for (text, relation, code) in cases {
        let doc = geokg::Document {
            id: "intent".into(),
            text: text.into(),
            ..geokg::Document::default()
        };
        let events = extractor.extract(&doc).events;
        let event = events
            .iter()
            .find(|e| e.relation == relation)
            .unwrap_or_else(|| panic!("{text}: no `{relation}` edge in {events:?}"));
        assert_eq!(event.cameo, code, "{text}");
        assert_eq!(event.modality, geokg::Modality::Hypothetical, "{text}");
        assert_eq!(event.plover.as_deref(), Some("AGREE"), "{text}");
    }
    // A plan to deploy troops is no offer: it keeps its coding (150).
    let doc = geokg::Document {
        id: "plan".into(),
        text: "Russia plans to deploy troops to Belarus.".into(),
        ..geokg::Document::default()
    };
    let events = extractor.extract(&doc).events;
    assert!(events
        .iter()
        .any(|e| e.relation == "deploy troops" && e.cameo == "150"));
    // Said as fact, the same verbs keep their own coding.
    let doc = geokg::Document {
        id: "fact".into(),
        text: "Libya handed over the two suspects to Britain.".into(),
        ..geokg::Document::default()
    };
    let events = extractor.extract(&doc).events;
    assert!(events
        .iter()
        .any(|e| e.relation == "hand over" && e.cameo == "070"));
}

/// Issue 10: an actor that says it will act announces its own conflict as a threat
/// (CAMEO 13) and its own cooperation as an intent (03); others' acts stay as coded.
#[test]
fn announced_own_conflict_is_a_threat_and_own_cooperation_an_intent() {
    let extractor = geokg::Extractor::builtin().expect("built-in data loads");
    let cases = [
        (
            "Turkey said it will launch a military operation against the PKK.",
            "attack",
            "138",
        ),
        ("Russia warned it could strike Ukraine.", "strike", "138"),
        (
            "China said that it will impose sanctions on Lithuania.",
            "impose sanctions",
            "1312",
        ),
        (
            "Japan said it will send aid to Turkey.",
            "provide aid",
            "033",
        ),
        ("Israel said Hamas will attack Egypt.", "attack", "190"),
        ("Turkey attacked the PKK.", "attack", "190"),
    ];
    for (text, relation, code) in cases {
        let doc = geokg::Document {
            id: "own".into(),
            text: text.into(),
            ..geokg::Document::default()
        };
        let events = extractor.extract(&doc).events;
        let event = events
            .iter()
            .find(|e| e.relation == relation)
            .unwrap_or_else(|| panic!("{text}: no `{relation}` edge in {events:?}"));
        assert_eq!(event.cameo, code, "{text}");
    }
}

/// Issue 10: a refused cooperation ("refused to meet", "will not lift the ban") keeps
/// its relation, negated, coded as CAMEO's rejection (root 12); an option weighed
/// ("is considering sending aid") as CAMEO 014; a refused conflict keeps its code.
#[test]
fn refusals_are_rejections_and_weighed_options_are_considered() {
    let extractor = geokg::Extractor::builtin().expect("built-in data loads");
    let cases = [
        (
            "China refused to meet the Philippines.",
            "meet",
            "125",
            true,
        ),
        (
            "Turkey refused to lift the ban on Cypriot ships.",
            "ease restrictions",
            "1241",
            true,
        ),
        (
            "Switzerland declined to supply ammunition to Ukraine.",
            "provide weapons",
            "1222",
            true,
        ),
        (
            "The EU will not lift sanctions on Belarus.",
            "lift sanctions",
            "1244",
            true,
        ),
        (
            "Armenia refused to sign a peace treaty with Azerbaijan.",
            "sign agreement",
            "127",
            true,
        ),
        ("Russia refused to attack Ukraine.", "attack", "190", true),
        (
            "Poland failed to hand over the suspects to Germany.",
            "hand over",
            "070",
            true,
        ),
        (
            "Japan is considering sending aid to Nepal.",
            "provide aid",
            "014",
            false,
        ),
        (
            "Canada is weighing sending troops to Latvia.",
            "deploy troops",
            "014",
            false,
        ),
    ];
    for (text, relation, code, negated) in cases {
        let doc = geokg::Document {
            id: "refusal".into(),
            text: text.into(),
            ..geokg::Document::default()
        };
        let events = extractor.extract(&doc).events;
        let event = events
            .iter()
            .find(|e| e.relation == relation)
            .unwrap_or_else(|| panic!("{text}: no `{relation}` edge in {events:?}"));
        assert_eq!(event.cameo, code, "{text}");
        assert_eq!(event.negated, negated, "{text}");
        if code.starts_with("12") {
            assert_eq!(event.category, "reject", "{text}");
            assert_eq!(event.plover.as_deref(), Some("REJECT"), "{text}");
        }
    }
}

/// Issue 11: a question appeals to nobody and accuses nobody: "Poland asked whether
/// Russia would attack Lithuania" makes the statement's `ask` edges (010) and a
/// hypothetical attack, not an appeal to Russia (020) or an accusation (112); "asked
/// Russia to withdraw" is an appeal.
#[test]
fn questions_are_no_appeals_or_accusations() {
    let extractor = geokg::Extractor::builtin().expect("built-in data loads");
    let events = |text: &str| {
        let doc = geokg::Document {
            id: "q".into(),
            text: text.into(),
            ..geokg::Document::default()
        };
        extractor.extract(&doc).events
    };
    let asked = events("Poland asked whether Russia would attack Lithuania.");
    assert!(
        asked.iter().all(|e| e.cameo != "020" && e.cameo != "112"),
        "{asked:?}"
    );
    assert!(asked
        .iter()
        .any(|e| e.relation == "attack" && e.modality == geokg::Modality::Hypothetical));
    let appeal = events("Poland asked Russia to withdraw its troops.");
    assert!(appeal
        .iter()
        .any(|e| e.source == "POL" && e.target == "RUS" && e.cameo == "020"));
}

/// Issue 10: "X said it will …": the event's source is the speaker, and its
/// evidence span is the speaker's name, not the pronoun, whether or not the
/// statement names anybody else.
#[test]
fn a_pronoun_right_after_its_speakers_reporting_verb_is_evidenced_by_the_name() {
    let extractor = geokg::Extractor::builtin().expect("built-in data loads");
    let cases = [
        (
            "Amnesty International has said it will refuse to cooperate with the Egyptian government.",
            "Amnesty International",
        ),
        (
            "The Syrian opposition has said they will release the Lebanese hostages.",
            "Syrian opposition",
        ),
        // No statement: the speaker's noun ("Royal Marines") is not an actor.
        (
            "Britain's Royal Marines said it will not release the Iranian tanker.",
            "Britain",
        ),
        (
            "Turkey said it will launch a military operation against the PKK.",
            "Turkey",
        ),
    ];
    for (text, speaker) in cases {
        let doc = geokg::Document {
            id: "own".into(),
            text: text.into(),
            ..geokg::Document::default()
        };
        let extraction = extractor.extract(&doc);
        let event = extraction
            .events
            .iter()
            .find(|e| e.relation != "say")
            .unwrap_or_else(|| panic!("{text}: no event in {:?}", extraction.events));
        let [start, end] = event.evidence.source_span;
        assert_eq!(
            &text[start..end].trim_start_matches("The "),
            &speaker,
            "{text}"
        );
    }
}
