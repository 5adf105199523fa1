//! Users extend the gazetteer (`--actors`) and the lexicon (`--lexicon`).

use predicates::prelude::*;

const ACTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/user/actors.json");
const LEXICON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/user/lexicon.tsv");

fn geokg() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("geokg").unwrap()
}

fn edges(stdout: &[u8]) -> Vec<(String, String, String)> {
    let graph: serde_json::Value = serde_json::from_slice(stdout).unwrap();
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let f = |k: &str| e[k].as_str().unwrap().to_string();
            (f("source"), f("relation"), f("target"))
        })
        .collect()
}

#[test]
fn a_new_leader_is_found_by_name_alone() {
    let text = "Nawrocki warned Rossiya against provocations near the border.";
    let without = geokg()
        .args(["extract", "-"])
        .write_stdin(text)
        .assert()
        .success();
    assert!(edges(&without.get_output().stdout).is_empty());
    let with = geokg()
        .args(["extract", "-", "--actors", ACTORS])
        .write_stdin(text)
        .assert()
        .success();
    let out = &with.get_output().stdout;
    assert_eq!(
        edges(out),
        [("person:karol-nawrocki".into(), "warn".into(), "RUS".into())]
    );
    let graph: serde_json::Value = serde_json::from_slice(out).unwrap();
    let person = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "person")
        .unwrap();
    assert_eq!(person["country"], "POL");
    assert_eq!(person["role"], "President");
}

#[test]
fn user_verbs_are_coded_as_given() {
    let text = "Poland lambasted Belarus and rebuked Russia.";
    let with = geokg()
        .args(["extract", "-", "--lexicon", LEXICON])
        .write_stdin(text)
        .assert()
        .success();
    let found = edges(&with.get_output().stdout);
    assert!(
        found.contains(&("POL".into(), "criticize".into(), "BLR".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("POL".into(), "rebuke".into(), "RUS".into())),
        "{found:?}"
    );
}

#[test]
fn broken_user_files_are_reported_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("bad.json");
    std::fs::write(&actors, "{\"actors\": [{\"id\": \"X\"}]}").unwrap();
    geokg()
        .args(["extract", "-", "--actors"])
        .arg(&actors)
        .write_stdin("Russia.")
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("bad.json").and(predicate::str::contains("label and a kind")),
        );
    let lexicon = dir.path().join("bad.tsv");
    std::fs::write(&lexicon, "# header\nrebuke\t_\trebuke\n").unwrap();
    geokg()
        .args(["extract", "-", "--lexicon"])
        .arg(&lexicon)
        .write_stdin("Russia.")
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.tsv:2"));
}
