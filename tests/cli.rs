//! The `geokg` binary as a user runs it: commands, errors, pipes and files.

use std::io::Read;
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;
use predicates::prelude::*;

const SEED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/lithuania-nato-russia.txt"
);

fn geokg() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("geokg").unwrap()
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("valid JSON")
}

#[test]
fn extract_seed_to_json_on_stdout() {
    let out = geokg()
        .args(["extract", SEED_PATH, "--date", "2021-12-20"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let graph = json(&out);
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["multigraph"], true);
    assert!(graph["graph"]["generator"]
        .as_str()
        .unwrap()
        .starts_with("geokg "));
    let edges = graph["edges"].as_array().unwrap();
    assert!(edges
        .iter()
        .any(|e| e["source"] == "LTU" && e["target"] == "NATO" && e["relation"] == "call on"));
    assert!(edges
        .iter()
        .all(|e| e["date"] == "2021-12-20" && e["doc"] == "lithuania-nato-russia"));
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..6 {
        std::fs::write(
            dir.path().join(format!("doc{k}.txt")),
            include_str!("../examples/lithuania-nato-russia.txt"),
        )
        .unwrap();
    }
    let run = |threads: &str| {
        geokg()
            .args(["extract", "-j", threads])
            .arg(dir.path())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
    assert_eq!(json(&one)["graph"]["documents"], 6);
}

#[test]
fn stdin_and_dot_output() {
    geokg()
        .args(["extract", "-", "--format", "dot"])
        .write_stdin("Russia accused NATO of provocations.")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("digraph"))
        .stdout(predicate::str::contains("\"RUS\""))
        .stdout(predicate::str::contains("accuse"));
}

#[test]
fn export_converts_a_saved_graph_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("seed.json");
    geokg()
        .args(["extract", SEED_PATH, "--date", "2021-12-20", "-o"])
        .arg(&saved)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let original = std::fs::read(&saved).unwrap();
    let again = geokg()
        .arg("export")
        .arg(&saved)
        .args(["--format", "json"])
        .assert()
        .success();
    assert_eq!(again.get_output().stdout, original);
    geokg()
        .arg("export")
        .arg(&saved)
        .args(["--format", "dot"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Gitanas Nauseda"));
}

#[test]
fn empty_input_gives_an_empty_valid_graph() {
    let out = geokg()
        .args(["extract", "-"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let graph = json(&out);
    assert_eq!(graph["nodes"].as_array().unwrap().len(), 0);
    assert_eq!(graph["edges"].as_array().unwrap().len(), 0);
}

#[test]
fn a_missing_file_is_named_in_the_error() {
    geokg()
        .args(["extract", "no/such/story.txt"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no/such/story.txt"));
}

#[test]
fn a_malformed_json_line_names_file_and_line_unless_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"Russia accused NATO of lying.\"}\n{not json\n{\"id\": \"c\", \"text\": \"Iran condemned Israel.\"}\n",
    )
    .unwrap();
    let out_file = dir.path().join("out.json");
    std::fs::write(&out_file, "previous contents").unwrap();
    geokg()
        .arg("extract")
        .arg(&path)
        .arg("-o")
        .arg(&out_file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("news.jsonl:2"));
    // A failed run leaves an existing output file untouched.
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap(),
        "previous contents"
    );
    let out = geokg()
        .arg("extract")
        .arg(&path)
        .arg("--skip-bad")
        .assert()
        .success()
        .stderr(predicate::str::contains("news.jsonl:2"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(json(&out)["graph"]["documents"], 2);
}

/// The README's CSV example: four stories, a bad date kept undated, a broken record skipped.
#[test]
fn the_example_csv_reads_as_the_readme_says() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/news.csv");
    geokg()
        .args(["extract", path])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "news.csv:5: record 3: invalid date",
        ));
    let out = geokg()
        .args(["extract", path, "--skip-bad", "--format", "events"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "news.csv:6: skipped record 4: a quote",
        ))
        .get_output()
        .stdout
        .clone();
    let mut docs: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| json(line.as_bytes())["doc"].as_str().unwrap().to_string())
        .collect();
    docs.dedup();
    assert_eq!(docs, ["wire-5", "wire-6", "wire-7", "wire-9"]);
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"Russia accused NATO of \xe9scalation.").unwrap();
    geokg()
        .arg("extract")
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("latin1.txt").and(predicate::str::contains("23")))
        .stdout(predicate::str::contains("\"accuse\""));
}

#[test]
fn a_bad_date_is_refused() {
    geokg()
        .args(["extract", SEED_PATH, "--date", "2021-02-30"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("2021-02-30"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // Output well beyond a pipe buffer (64 KiB), so the writer does meet the closed pipe.
    let dir = tempfile::tempdir().unwrap();
    for k in 0..40 {
        std::fs::write(
            dir.path().join(format!("doc{k}.txt")),
            include_str!("../examples/lithuania-nato-russia.txt"),
        )
        .unwrap();
    }
    let mut child = Command::cargo_bin("geokg")
        .unwrap()
        .arg("extract")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then hang up, as `| head -c1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "status {status:?}, stderr {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn help_shows_examples() {
    geokg()
        .args(["extract", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
}

#[test]
fn a_broken_graph_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{\"nodes\": [").unwrap();
    geokg()
        .arg("export")
        .arg(&path)
        .args(["--format", "dot"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("broken.json"));
}

/// stderr of a failed run, checked to be one line naming each cause once.
fn failure_message(args: &[&str], status: i32) -> String {
    let output = geokg().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(status), "{args:?}");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn errors_give_each_cause_once_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"nodes\": [").unwrap();
    let broken = broken.to_str().unwrap();
    let cases: [(&[&str], &str); 4] = [
        (
            &["extract", "/no/such/story.txt"],
            "No such file or directory",
        ),
        (
            &["extract", SEED_PATH, "--date", "2021-13-40"],
            "invalid date",
        ),
        (&["export", broken, "--format", "dot"], "EOF while parsing"),
        (
            &["said", "-g", "/no/such/graph.json"],
            "No such file or directory",
        ),
    ];
    for (args, cause) in cases {
        let message = failure_message(args, 1);
        assert_eq!(message.matches(cause).count(), 1, "{message}");
        assert!(message.starts_with("geokg: error: "), "{message}");
    }
    // Usage errors (unknown option, bad value) exit 2, as README says.
    failure_message(&["extract", SEED_PATH, "--no-such-option"], 2);
    failure_message(&["export", broken, "--format", "jpeg"], 2);
}

#[test]
fn export_and_queries_read_the_graph_from_stdin() {
    let graph = geokg()
        .args(["extract", SEED_PATH, "--date", "2021-12-20"])
        .output()
        .unwrap()
        .stdout;
    let dot = geokg()
        .args(["export", "-", "--format", "dot"])
        .write_stdin(graph.clone())
        .output()
        .unwrap();
    assert!(
        dot.status.success(),
        "{}",
        String::from_utf8_lossy(&dot.stderr)
    );
    assert!(String::from_utf8_lossy(&dot.stdout).starts_with("digraph"));
    geokg()
        .args(["edges", "--from", "Russia", "--format", "csv", "-g", "-"])
        .write_stdin(graph)
        .assert()
        .success()
        .stdout(predicate::str::contains("RUS,NATO,accuse,112"));
    geokg()
        .args(["export", "-"])
        .write_stdin("{\"nodes\": [")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<stdin> is not a geokg graph"));
}

#[test]
fn shell_completions_and_the_man_page_come_from_the_clap_definitions() {
    let bash = geokg().args(["completions", "bash"]).output().unwrap();
    assert!(bash.status.success());
    let bash = String::from_utf8(bash.stdout).unwrap();
    assert!(bash.contains("complete -F _geokg"), "{bash}");
    for word in ["extract", "--max-edges", "gexf", "phoenix"] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
    let zsh = geokg().args(["completions", "zsh"]).output().unwrap();
    assert!(String::from_utf8_lossy(&zsh.stdout).starts_with("#compdef geokg"));
    let man = geokg().arg("man").output().unwrap();
    assert!(man.status.success());
    let man = String::from_utf8(man.stdout).unwrap();
    assert!(man.contains(".TH geokg 1"), "{man}");
    assert!(
        man.contains("extract"),
        "the man page lists the subcommands"
    );
}
