//! The verb lexicon and CAMEO table are data that users extend by hand, so their format
//! and their codings are checked here, row by row, rather than trusted.

use std::collections::{BTreeMap, BTreeSet, HashMap};

const LEXICON: &str = include_str!("../data/lexicon.tsv");
const CAMEO_VERBS: &str = include_str!("../data/cameo_verbs.tsv");
const CAMEO: &str = include_str!("../data/cameo.tsv");

const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// The relations the extractor's users rely on most; each must stay in the lexicon.
const CORE_RELATIONS: &[&str] = &[
    "call on",
    "urge",
    "demand",
    "accuse",
    "deny",
    "threaten",
    "warn",
    "say",
    "note",
    "explain",
    "conclude",
    "suggest",
    "deploy troops",
    "meet",
    "hold talks",
    "invade",
    "attack",
    "impose sanctions",
    "support",
    "condemn",
    "reject",
];

/// A data line: its 1-based line number and its TAB-separated columns.
struct Row<'a> {
    line: usize,
    columns: Vec<&'a str>,
}

/// Data lines of a TSV file: `#` comment lines and blank lines skipped.
fn rows(text: &str) -> Vec<Row<'_>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| Row {
            line: i + 1,
            columns: l.split('\t').collect(),
        })
        .collect()
}

/// One lexicon row, by column name.
struct Entry<'a> {
    line: usize,
    lemma: &'a str,
    frame: &'a str,
    relation: &'a str,
    cameo: &'a str,
    plover: &'a str,
    forms: &'a str,
    flags: &'a str,
}

fn lexicon() -> Vec<Entry<'static>> {
    rows(LEXICON)
        .into_iter()
        .map(|r| {
            assert_eq!(
                r.columns.len(),
                7,
                "lexicon.tsv:{}: {:?}",
                r.line,
                r.columns
            );
            let c = &r.columns;
            Entry {
                line: r.line,
                lemma: c[0],
                frame: c[1],
                relation: c[2],
                cameo: c[3],
                plover: c[4],
                forms: c[5],
                flags: c[6],
            }
        })
        .collect()
}

/// cameo.tsv as code → (name, goldstein).
fn cameo() -> BTreeMap<&'static str, (&'static str, f64)> {
    let mut table = BTreeMap::new();
    for r in rows(CAMEO) {
        assert_eq!(r.columns.len(), 3, "cameo.tsv:{}: {:?}", r.line, r.columns);
        let (code, name, goldstein) = (r.columns[0], r.columns[1], r.columns[2]);
        let goldstein: f64 = goldstein
            .parse()
            .unwrap_or_else(|_| panic!("cameo.tsv:{}: goldstein {goldstein:?}", r.line));
        let previous = table.insert(code, (name, goldstein));
        assert!(
            previous.is_none(),
            "cameo.tsv:{}: {code} listed twice",
            r.line
        );
    }
    table
}

fn root_of(code: &str) -> Option<u32> {
    code.get(..2)?.parse().ok().filter(|r| (1..=20).contains(r))
}

fn find<'a>(entries: &'a [Entry<'static>], lemma: &str, frame: &str) -> &'a Entry<'static> {
    entries
        .iter()
        .find(|e| e.lemma == lemma && e.frame == frame)
        .unwrap_or_else(|| panic!("no lexicon row `{lemma}` `{frame}`"))
}

#[test]
fn lexicon_columns_are_filled_and_trimmed() {
    let entries = lexicon();
    assert!(entries.len() >= 450, "only {} lexicon rows", entries.len());
    for e in &entries {
        for value in [
            e.lemma, e.frame, e.relation, e.cameo, e.plover, e.forms, e.flags,
        ] {
            assert!(
                !value.is_empty() && value.trim() == value,
                "lexicon.tsv:{}: empty or padded column {value:?}",
                e.line
            );
        }
        assert!(
            e.lemma.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "lexicon.tsv:{}: lemma {:?} is not one lower-case word",
            e.line,
            e.lemma
        );
        assert_eq!(
            e.relation,
            e.relation.to_lowercase(),
            "lexicon.tsv:{}",
            e.line
        );
        assert!(
            e.flags == "-" || e.flags.split(',').all(|f| f == "reciprocal"),
            "lexicon.tsv:{}: unknown flags {:?}",
            e.line,
            e.flags
        );
    }
}

#[test]
fn every_frame_has_a_target_and_say_stands_alone() {
    for e in lexicon() {
        let items: Vec<&str> = e.frame.split(' ').collect();
        assert!(
            items
                .iter()
                .all(|i| !i.is_empty() && *i == i.to_lowercase()),
            "lexicon.tsv:{}: frame {:?} has an empty or upper-case item",
            e.line,
            e.frame
        );
        assert!(
            items.iter().any(|i| matches!(*i, "_" | "that" | "say")),
            "lexicon.tsv:{}: frame {:?} names no target",
            e.line,
            e.frame
        );
        if items.contains(&"say") {
            assert_eq!(
                items,
                ["say"],
                "lexicon.tsv:{}: `say` must stand alone",
                e.line
            );
        }
    }
}

#[test]
fn no_lemma_lists_the_same_frame_twice() {
    let mut seen = HashMap::new();
    for e in lexicon() {
        if let Some(first) = seen.insert((e.lemma, e.frame), e.line) {
            panic!(
                "lexicon.tsv:{}: `{} {}` repeats line {first}",
                e.line, e.lemma, e.frame
            );
        }
    }
}

#[test]
fn forms_are_four_lower_case_words_shared_by_the_lemma() {
    let mut by_lemma: HashMap<&str, (&str, usize)> = HashMap::new();
    for e in lexicon() {
        let forms: Vec<&str> = e.forms.split('|').collect();
        assert_eq!(
            forms.len(),
            4,
            "lexicon.tsv:{}: forms {:?}",
            e.line,
            e.forms
        );
        for form in forms {
            assert!(
                !form.is_empty() && form.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "lexicon.tsv:{}: form {form:?}",
                e.line
            );
        }
        let (first, line) = *by_lemma.entry(e.lemma).or_insert((e.forms, e.line));
        assert_eq!(
            e.forms, first,
            "lexicon.tsv:{}: forms of `{}` differ from line {line}",
            e.line, e.lemma
        );
    }
}

#[test]
fn irregular_and_doubled_forms_are_spelled_out() {
    let entries = lexicon();
    let forms_of = |lemma: &str| {
        entries
            .iter()
            .find(|e| e.lemma == lemma)
            .map(|e| e.forms)
            .unwrap_or_else(|| panic!("no lemma {lemma}"))
    };
    for (lemma, forms) in [
        ("hold", "holds|held|held|holding"),
        ("meet", "meets|met|met|meeting"),
        ("strike", "strikes|struck|struck|striking"),
        ("seek", "seeks|sought|sought|seeking"),
        ("send", "sends|sent|sent|sending"),
        ("withdraw", "withdraws|withdrew|withdrawn|withdrawing"),
        ("shoot", "shoots|shot|shot|shooting"),
        ("speak", "speaks|spoke|spoken|speaking"),
        ("expel", "expels|expelled|expelled|expelling"),
        ("ban", "bans|banned|banned|banning"),
        ("ship", "ships|shipped|shipped|shipping"),
        ("commit", "commits|committed|committed|committing"),
        ("target", "targets|targeted|targeted|targeting"),
        ("visit", "visits|visited|visited|visiting"),
        ("deny", "denies|denied|denied|denying"),
        ("agree", "agrees|agreed|agreed|agreeing"),
        ("criticise", "criticises|criticised|criticised|criticising"),
    ] {
        assert_eq!(forms_of(lemma), forms, "forms of {lemma}");
    }
}

#[test]
fn plover_types_are_from_the_plover_ontology() {
    for e in lexicon() {
        assert!(
            e.plover == "-" || PLOVER_TYPES.contains(&e.plover),
            "lexicon.tsv:{}: PLOVER type {:?}",
            e.line,
            e.plover
        );
    }
}

#[test]
fn every_lexicon_code_is_in_the_cameo_table_under_a_real_root() {
    let table = cameo();
    for e in lexicon() {
        assert!(
            matches!(e.cameo.len(), 3 | 4) && e.cameo.bytes().all(|b| b.is_ascii_digit()),
            "lexicon.tsv:{}: CAMEO code {:?} is not 3 or 4 digits",
            e.line,
            e.cameo
        );
        assert!(
            root_of(e.cameo).is_some(),
            "lexicon.tsv:{}: root of {}",
            e.line,
            e.cameo
        );
        assert!(
            table.contains_key(e.cameo),
            "lexicon.tsv:{}: {} has no row in cameo.tsv",
            e.line,
            e.cameo
        );
    }
}

#[test]
fn cameo_table_has_all_roots_and_only_codes_the_lexicon_uses() {
    let table = cameo();
    let roots: Vec<&str> = table.keys().copied().filter(|c| c.len() == 2).collect();
    let expected: Vec<String> = (1..=20).map(|r| format!("{r:02}")).collect();
    assert_eq!(roots, expected);
    assert_eq!(table["02"].0, "appeal");
    assert_eq!(table["11"].0, "disapprove");
    assert_eq!(table["20"].0, "use_unconventional_mass_violence");

    // A code is used by a row, or as the intent ("offered to …", root 03), threat
    // ("said it will attack", root 13), refusal ("refused to meet", root 12) or
    // option weighed ("is considering sending", 014) of a row's code.
    let rows = lexicon();
    let intents = rows
        .iter()
        .filter_map(|e| geokg::relations::lexicon::intent_code(e.cameo));
    let threats = rows
        .iter()
        .filter_map(|e| geokg::relations::lexicon::threat_code(e.cameo));
    let refusals = rows
        .iter()
        .filter_map(|e| geokg::relations::lexicon::refusal_code(e.cameo));
    let considered = rows
        .iter()
        .filter_map(|e| geokg::relations::lexicon::considered_code(e.cameo));
    let used: BTreeSet<&str> = rows
        .iter()
        .map(|e| e.cameo)
        .chain(intents)
        .chain(threats)
        .chain(refusals)
        .chain(considered)
        .collect();
    for code in &used {
        assert!(table.contains_key(code), "cameo.tsv has no row for {code}");
    }
    for (code, (name, goldstein)) in &table {
        assert!(
            root_of(code).is_some(),
            "cameo.tsv: {code} has no root 01-20"
        );
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "cameo.tsv: {code} name {name:?} is not snake_case"
        );
        assert!(
            (-10.0..=10.0).contains(goldstein),
            "cameo.tsv: {code} goldstein {goldstein}"
        );
        assert!(
            code.len() == 2 || used.contains(code),
            "cameo.tsv: {code} is used by no lexicon row nor as an intent"
        );
    }
}

#[test]
fn goldstein_weights_match_the_standard_table() {
    let table = cameo();
    for (code, weight) in [
        ("010", 0.0),
        ("016", -2.0),
        ("020", 3.0),
        ("036", 4.0),
        ("040", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("051", 3.4),
        ("057", 8.0),
        ("072", 8.3),
        ("0874", 10.0),
        ("0241", -0.3),
        ("0256", -0.3),
        ("0332", 5.2),
        ("039", 5.0),
        ("1041", -5.0),
        ("1313", -5.8),
        ("1622", -5.6),
        ("100", -5.0),
        ("111", -2.0),
        ("112", -2.0),
        ("120", -4.0),
        ("13", -6.0),
        ("130", -4.4),
        ("138", -7.0),
        ("150", -7.2),
        ("163", -8.0),
        ("173", -5.0),
        ("190", -10.0),
        ("195", -10.0),
    ] {
        assert_eq!(table[code].1, weight, "goldstein of {code}");
    }
}

#[test]
fn lexicon_covers_four_hundred_predicates_and_the_core_relations() {
    let entries = lexicon();
    let predicates: BTreeSet<(&str, &str)> =
        entries.iter().map(|e| (e.lemma, e.relation)).collect();
    assert!(
        predicates.len() >= 400,
        "only {} distinct predicates",
        predicates.len()
    );
    let relations: BTreeSet<&str> = entries.iter().map(|e| e.relation).collect();
    for relation in CORE_RELATIONS {
        assert!(
            relations.contains(relation),
            "relation {relation:?} is missing"
        );
    }
}

#[test]
fn key_predicates_carry_their_cameo_codes() {
    let entries = lexicon();
    for (lemma, frame, relation, code, plover) in [
        ("call", "on _", "call on", "020", "REQUEST"),
        ("demand", "that", "demand", "100", "REQUEST"),
        ("accuse", "_ of", "accuse", "112", "ACCUSE"),
        ("accuse", "_ of war crimes", "accuse", "1124", "ACCUSE"),
        (
            "threaten",
            "_ with sanctions",
            "threaten sanctions",
            "1312",
            "THREATEN",
        ),
        ("say", "say", "say", "010", "-"),
        ("deny", "say", "deny", "016", "REJECT"),
        (
            "impose",
            "sanctions on _",
            "impose sanctions",
            "163",
            "SANCTION",
        ),
        (
            "recall",
            "ambassador from _",
            "recall ambassador",
            "161",
            "SANCTION",
        ),
        ("sign", "agreement with _", "sign agreement", "057", "AGREE"),
        ("deploy", "troops to _", "deploy troops", "150", "MOBILIZE"),
        ("invade", "_", "invade", "190", "ASSAULT"),
        (
            "withdraw",
            "troops from _",
            "withdraw troops",
            "0874",
            "RETREAT",
        ),
        ("launch", "drones at _", "strike", "195", "ASSAULT"),
        ("launch", "rockets at _", "shell", "194", "ASSAULT"),
        ("supply", "jets to _", "provide weapons", "072", "AID"),
        ("buy", "missiles from _", "buy arms", "062", "COOPERATE"),
        ("decline", "to comment on _", "decline comment", "011", "-"),
        ("refuse", "to comment on _", "decline comment", "011", "-"),
        (
            "urge",
            "release of _",
            "call for release",
            "0253",
            "REQUEST",
        ),
        ("host", "talks between _", "mediate", "045", "CONSULT"),
        ("supply", "_ with missiles", "provide weapons", "072", "AID"),
        ("provide", "military aid to _", "provide aid", "072", "AID"),
        (
            "threaten",
            "to attack _",
            "threaten force",
            "138",
            "THREATEN",
        ),
        (
            "conduct",
            "drills around _",
            "hold exercises",
            "150",
            "MOBILIZE",
        ),
        ("decline", "to meet with _", "reject talks", "125", "REJECT"),
        ("summon", "envoy of _", "summon ambassador", "114", "ACCUSE"),
        (
            "offer",
            "to mediate between _",
            "offer mediation",
            "039",
            "AGREE",
        ),
        (
            "halt",
            "arms sales to _",
            "halt arms sales",
            "1622",
            "SANCTION",
        ),
    ] {
        let e = find(&entries, lemma, frame);
        assert_eq!(
            (e.relation, e.cameo, e.plover),
            (relation, code, plover),
            "lexicon.tsv:{}: `{lemma} {frame}`",
            e.line
        );
    }
}

#[test]
fn meetings_and_fights_are_reciprocal_but_attacks_are_not() {
    let entries = lexicon();
    for (lemma, frame) in [
        ("meet", "_"),
        ("hold", "talks with _"),
        ("clash", "with _"),
        ("sign", "treaty with _"),
    ] {
        assert_eq!(
            find(&entries, lemma, frame).flags,
            "reciprocal",
            "`{lemma} {frame}`"
        );
    }
    for (lemma, frame) in [("attack", "_"), ("visit", "_"), ("accuse", "_ of")] {
        assert_eq!(find(&entries, lemma, frame).flags, "-", "`{lemma} {frame}`");
    }
}

#[test]
fn british_spellings_share_the_american_relation_and_coding() {
    let entries = lexicon();
    for (british, american, frame) in [
        ("criticise", "criticize", "_"),
        ("recognise", "recognize", "_"),
        ("apologise", "apologize", "to _"),
        ("mobilise", "mobilize", "against _"),
        ("emphasise", "emphasize", "say"),
        ("normalise", "normalize", "relations with _"),
    ] {
        let (b, a) = (
            find(&entries, british, frame),
            find(&entries, american, frame),
        );
        assert_eq!(
            (b.relation, b.cameo, b.plover),
            (a.relation, a.cameo, a.plover),
            "{british}"
        );
        assert!(
            a.relation.starts_with(american),
            "relation of {american}: {}",
            a.relation
        );
    }
}

#[test]
fn the_crate_parses_the_built_in_lexicon() {
    let lexicon = geokg::relations::Lexicon::builtin().expect("built-in lexicon parses");
    // geokg's rows and those imported from CAMEO's dictionary, none of which
    // repeats a lemma and frame of geokg's (they would replace its coding).
    assert_eq!(lexicon.len(), rows(LEXICON).len() + rows(CAMEO_VERBS).len());
    let held: Vec<_> = lexicon
        .lookup("held")
        .iter()
        .map(|&(ix, _)| lexicon.entry(ix).relation.clone())
        .collect();
    assert!(held.iter().any(|r| r == "hold talks"), "{held:?}");
}
