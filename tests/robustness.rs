//! Hostile and unusual inputs and outputs: what `-o` points at, signals,
//! explosive sentences, terminals and spreadsheets. Each test is named after
//! the defect it guards against (issue 13).

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

const SEED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/lithuania-nato-russia.txt"
);

fn geokg() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("geokg").unwrap()
}

fn seed_json() -> Vec<u8> {
    geokg()
        .args(["extract", SEED_PATH])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

fn temp_files_in(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_in_place_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo failed");
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        fs::File::open(reader_path)
            .unwrap()
            .read_to_end(&mut bytes)
            .unwrap();
        bytes
    });
    geokg()
        .args(["extract", SEED_PATH, "-o"])
        .arg(&fifo)
        .timeout(Duration::from_secs(60))
        .assert()
        .success();
    // Checked before waiting for the reader, which a replaced FIFO leaves blocked.
    assert!(
        fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
        "the FIFO was replaced"
    );
    let read = reader.join().unwrap();
    assert_eq!(read, seed_json(), "the FIFO's reader got another graph");
    assert!(temp_files_in(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    fs::write(dir.path().join("real/graph.json"), b"old").unwrap();
    let link = dir.path().join("graph.json");
    std::os::unix::fs::symlink("real/graph.json", &link).unwrap();
    // A dangling link: its target is created.
    let dangling = dir.path().join("new.json");
    std::os::unix::fs::symlink("real/new.json", &dangling).unwrap();
    for path in [&link, &dangling] {
        geokg()
            .args(["extract", SEED_PATH, "-o"])
            .arg(path)
            .assert()
            .success();
        assert!(fs::symlink_metadata(path).unwrap().file_type().is_symlink());
    }
    assert_eq!(
        fs::read(dir.path().join("real/graph.json")).unwrap(),
        seed_json()
    );
    assert_eq!(
        fs::read(dir.path().join("real/new.json")).unwrap(),
        seed_json()
    );
    assert!(temp_files_in(dir.path()).is_empty());
    assert!(temp_files_in(&dir.path().join("real")).is_empty());
}

/// `-o /dev/null` and `-o /dev/stdout`. The device is a private copy of
/// /dev/null made with mknod in a temporary folder (as root), so the test never
/// writes to the machine's /dev/null; without mknod it is reached through a link,
/// and only while the real one is still a character device.
#[cfg(unix)]
#[test]
fn output_to_dev_null_or_dev_stdout_leaves_the_device_alone() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let null = dir.path().join("null");
    let made = Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let device_ok = |path: &Path| fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device());
    if !made {
        if !device_ok(Path::new("/dev/null")) {
            eprintln!("skipping the /dev/null part: no mknod, and /dev/null is not a device");
        } else {
            std::os::unix::fs::symlink("/dev/null", &null).unwrap();
        }
    }
    if made || fs::symlink_metadata(&null).is_ok() {
        let before = fs::symlink_metadata(&null).unwrap().file_type();
        geokg()
            .args(["extract", SEED_PATH, "-o"])
            .arg(&null)
            .assert()
            .success()
            .stdout("");
        let after = fs::symlink_metadata(&null).unwrap().file_type();
        assert_eq!(
            before.is_symlink(),
            after.is_symlink(),
            "the link was replaced"
        );
        assert!(device_ok(&null), "the device was replaced by a file");
    }

    let stdout = dir.path().join("stdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).unwrap();
    let out = geokg()
        .args(["extract", SEED_PATH, "-o"])
        .arg(&stdout)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, seed_json());
    assert!(fs::symlink_metadata(&stdout)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(temp_files_in(dir.path()).is_empty());
}

#[test]
fn neo4j_output_replaces_both_files_or_neither() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    fs::write(&graph, seed_json()).unwrap();
    let out = dir.path().join("neo4j");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("nodes.csv"), b"old nodes").unwrap();
    // relationships.csv cannot be written: a folder is in the way.
    fs::create_dir(out.join("relationships.csv")).unwrap();
    fs::write(out.join("relationships.csv/keep"), b"kept").unwrap();
    geokg()
        .args(["export", "-f", "neo4j", "-o"])
        .arg(&out)
        .arg(&graph)
        .assert()
        .failure()
        .stderr(predicates::str::contains("relationships.csv"));
    assert_eq!(fs::read(out.join("nodes.csv")).unwrap(), b"old nodes");
    assert!(temp_files_in(&out).is_empty());
}

/// Runs a write that stalls with its temporary file open, sends `signal`,
/// and checks that the temporary file is gone and the target untouched.
#[cfg(unix)]
fn interrupted_write_leaves_no_temp_file(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("graph.json");
    fs::write(&target, b"previous").unwrap();
    let mut child = Command::cargo_bin("geokg")
        .unwrap()
        .args(["extract", SEED_PATH, "-o"])
        .arg(&target)
        .env("GEOKG_TEST_STALL_WRITE_MS", "60000")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while temp_files_in(dir.path()).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no temporary file appeared"
        );
        if let Some(status) = child.try_wait().unwrap() {
            panic!("geokg ended before the signal: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args(["-s", signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(!status.success(), "SIG{signal}: {status}");
    assert_eq!(
        temp_files_in(dir.path()),
        Vec::<String>::new(),
        "SIG{signal} left a temporary file"
    );
    assert_eq!(fs::read(&target).unwrap(), b"previous");
}

#[cfg(unix)]
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "needs a debug build: the write stall it signals into is debug-only"
)]
fn temp_file_is_removed_on_sigint_sigterm_and_sighup() {
    for signal in ["INT", "TERM", "HUP"] {
        interrupted_write_leaves_no_temp_file(signal);
    }
}

/// Single-word country labels from the built-in data, `n` of them.
fn countries(n: usize) -> Vec<String> {
    let labels: Vec<String> = include_str!("../data/countries.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| line.split('\t').nth(1))
        .filter(|label| label.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect();
    assert!(
        labels.len() >= n,
        "only {} one-word countries",
        labels.len()
    );
    labels.into_iter().take(n).collect()
}

fn coordinated(names: &[String]) -> String {
    let (last, rest) = names.split_last().unwrap();
    format!("{} and {last}", rest.join(", "))
}

fn extract(text: &str) -> geokg::DocumentExtraction {
    let extractor = geokg::Extractor::builtin().unwrap();
    extractor.extract(&geokg::Document {
        id: "doc".to_string(),
        text: text.to_string(),
        date: None,
        title: None,
        source: None,
    })
}

#[test]
fn coordinated_lists_make_a_bounded_number_of_pairs_per_sentence() {
    let names = countries(80);
    let (sources, targets) = names.split_at(40);
    let text = format!(
        "{} accused {} of aggression. {} said {} were hostile.",
        coordinated(sources),
        coordinated(targets),
        sources[0],
        coordinated(targets)
    );
    let extraction = extract(&text);
    let per_sentence = |k: usize| {
        extraction
            .events
            .iter()
            .filter(|e| e.evidence.sentence == k)
            .count()
    };
    let cap = geokg::extract::MAX_EVENTS_PER_SENTENCE;
    // The lists are read (the cap is reached), and not one edge per pair.
    assert_eq!(per_sentence(0), cap, "accusations");
    assert_eq!(per_sentence(1), cap, "statement edges");
    // The statement still names everyone it is about.
    assert_eq!(extraction.statements[0].about.len(), 40);
}

#[test]
fn closing_quotes_and_brackets_cannot_bypass_the_sentence_cap() {
    for mark in [")", "\"", "”", "'"] {
        let text = format!("Russia accused NATO.{} Putin said.", mark.repeat(200_000));
        let extraction = extract(&text);
        assert!(!extraction.events.is_empty(), "{mark}: no event");
        for event in &extraction.events {
            assert!(
                event.evidence.text.len() <= 16 * 1024 + 4,
                "{mark}: a {} byte sentence",
                event.evidence.text.len()
            );
        }
    }
}

#[test]
fn a_huge_person_name_does_not_become_a_huge_node_id() {
    let long = format!("Pu{}", "t".repeat(15_000));
    let other = format!("Pu{}", "t".repeat(14_000));
    let text = format!("President {long} accused Russia. President {other} accused Russia.");
    let extraction = extract(&text);
    let people: Vec<_> = extraction
        .actors
        .iter()
        .filter(|a| a.kind == geokg::ActorKind::Person)
        .collect();
    assert_eq!(people.len(), 2, "two long names, two people");
    let cap = geokg::extract::MAX_NAME_BYTES;
    for actor in &extraction.actors {
        assert!(actor.id.len() <= cap, "id of {} bytes", actor.id.len());
        assert!(
            actor.label.len() <= cap,
            "label of {} bytes",
            actor.label.len()
        );
    }
    for event in &extraction.events {
        assert!(extraction.actors.iter().any(|a| a.id == event.source));
    }
}

#[test]
fn huge_thread_count_is_capped_with_a_warning() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let out = geokg()
        .args(["extract", SEED_PATH, "-j", "100000"])
        .timeout(Duration::from_secs(60))
        .assert()
        .success()
        .stderr(predicates::str::contains(format!(
            "using {} ({cores} cores)",
            4 * cores
        )))
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, seed_json());
}

/// News text and file names with terminal escapes (title, clear screen, NUL).
#[test]
fn terminal_escapes_in_text_and_file_names_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("\u{1b}[31mred.txt");
    fs::write(
        &doc,
        "Russia accused NATO of aggression. \"\u{1b}]0;PWNED\u{7}\u{1b}[2J We will \
         answer NATO\u{9b}1m,\" the Kremlin said.",
    )
    .unwrap();
    let graph = dir.path().join("graph.json");
    geokg()
        .args(["extract", "-o"])
        .arg(&graph)
        .arg(&doc)
        .assert()
        .success();
    let queries: [&[&str]; 5] = [
        &["said", "--by", "Russia"],
        &["edges", "--from", "Russia"],
        &["path", "Russia", "NATO"],
        &["neighbors", "NATO"],
        &["stats"],
    ];
    for query in queries {
        let out = geokg()
            .args(query)
            .arg("-g")
            .arg(&graph)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{0}']),
            "{query:?} printed raw control characters: {out:?}"
        );
        if query[0] != "stats" && query[0] != "neighbors" {
            assert!(out.contains("\\u{1b}"), "{query:?} lost the escapes: {out}");
        }
    }
    // An error naming a file, and a warning naming one.
    let missing = dir.path().join("\u{1b}]0;PWNED\u{7}.txt");
    let err = geokg().arg("extract").arg(&missing).assert().failure();
    let stderr = String::from_utf8(err.get_output().stderr.clone()).unwrap();
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(stderr.contains("\\u{1b}]0;PWNED\\u{7}.txt"), "{stderr}");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("\u{1b}[2J.txt"), b"\x00\x01\x02 binary").unwrap();
    let run = geokg().arg("extract").arg(&folder).assert().success();
    let stderr = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("\\u{1b}[2J.txt"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

/// A document named like a formula: query CSV/TSV defuse it, Neo4j keeps it exact.
#[test]
fn spreadsheet_formulas_in_query_csv_and_tsv_are_defused() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("=1+1.txt");
    fs::write(&doc, "Russia accused NATO of aggression.").unwrap();
    for (format, sep) in [("csv", ','), ("tsv", '\t')] {
        let out = geokg()
            .args(["edges", "-f", format])
            .arg(&doc)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let cells: Vec<&str> = out.lines().skip(1).flat_map(|l| l.split(sep)).collect();
        assert!(cells.contains(&"'=1+1"), "{format}: {out}");
        assert!(!cells.iter().any(|c| c.starts_with('=')), "{format}: {out}");
    }
    let neo4j = dir.path().join("neo4j");
    geokg()
        .args(["extract", "-f", "neo4j", "-o"])
        .arg(&neo4j)
        .arg(&doc)
        .assert()
        .success();
    let relationships = fs::read_to_string(neo4j.join("relationships.csv")).unwrap();
    assert!(relationships.contains(",=1+1,"), "{relationships}");
}

fn edges_of(json: &[u8]) -> Vec<serde_json::Value> {
    let graph: serde_json::Value = serde_json::from_slice(json).unwrap();
    graph["edges"].as_array().unwrap().clone()
}

#[test]
fn utf16_text_with_a_bom_is_decoded_not_skipped_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Russia accused NATO of aggression.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let run = geokg().arg("extract").arg(&path).assert().success();
        let output = run.get_output();
        assert!(output.stderr.is_empty(), "{name}: {:?}", output.stderr);
        let edges = edges_of(&output.stdout);
        assert_eq!(edges.len(), 1, "{name}");
        assert_eq!(edges[0]["text"], text);
    }
}

#[test]
fn utf8_bom_spans_index_the_file_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.txt");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice("Russia accused NATO of aggression.".as_bytes());
    fs::write(&path, &bytes).unwrap();
    let out = geokg().arg("extract").arg(&path).assert().success();
    let edges = edges_of(&out.get_output().stdout);
    assert_eq!(edges.len(), 1);
    let span = |key: &str| {
        let s = edges[0][key].as_array().unwrap();
        s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize
    };
    assert_eq!(
        &bytes[span("span")],
        edges[0]["text"].as_str().unwrap().as_bytes()
    );
    assert_eq!(&bytes[span("source_span")], b"Russia");
    assert_eq!(&bytes[span("target_span")], b"NATO");
}

#[test]
fn one_nul_byte_in_jsonl_costs_only_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut bytes = Vec::new();
    for k in 0..50 {
        if k == 3 {
            bytes.extend_from_slice(b"{\"text\": \"Russia \x00 accused NATO.\"}\n");
        } else {
            bytes.extend_from_slice(
                format!("{{\"id\": \"d{k}\", \"text\": \"Russia accused NATO.\"}}\n").as_bytes(),
            );
        }
    }
    fs::write(&path, bytes).unwrap();
    let out = geokg()
        .args(["extract", "--skip-bad"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicates::str::contains("feed.jsonl:4: skipped line"));
    assert_eq!(edges_of(&out.get_output().stdout).len(), 49);
    // Without --skip-bad the bad record is an error naming its line.
    geokg()
        .arg("extract")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicates::str::contains("feed.jsonl:4"));
}

/// As root nothing is unreadable by permissions: `/proc/self/mem` opens but
/// cannot be read from its start.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_file_in_a_folder_is_skipped_with_skip_bad() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Russia accused NATO of aggression.",
    )
    .unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("b.txt")).unwrap();
    fs::write(
        dir.path().join("c.txt"),
        "Poland accused Belarus of aggression.",
    )
    .unwrap();
    geokg()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(predicates::str::contains("b.txt"));
    let out = geokg()
        .args(["extract", "--skip-bad"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicates::str::contains("b.txt: skipped: cannot read it"));
    assert_eq!(edges_of(&out.get_output().stdout).len(), 2);
}

#[test]
fn a_folder_without_news_files_warns() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.md"), "Russia accused NATO.").unwrap();
    geokg()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicates::str::contains("no .txt or .jsonl files"));
}

#[test]
fn jsonl_records_with_impossible_times_repeated_keys_or_huge_ids_are_bad() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let long_id = "x".repeat(1000);
    let lines = [
        r#"{"text": "Russia accused NATO.", "date": "2021-12-20T25:99:99Z"}"#.to_string(),
        r#"{"text": "Russia accused NATO.", "text": "Poland accused Belarus."}"#.to_string(),
        r#"{"text": "Russia accused NATO.", "date": "2021-12-20", "date": "2021-12-21"}"#
            .to_string(),
        format!(r#"{{"text": "Russia accused NATO.", "id": "{long_id}"}}"#),
        r#"{"text": "Russia accused NATO.", "date": "2021-12-20T10:00:00Z"}"#.to_string(),
    ];
    fs::write(&path, lines.join("\n")).unwrap();
    let out = geokg()
        .args(["extract", "--skip-bad"])
        .arg(&path)
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    for line in 2..=4 {
        assert!(
            stderr.contains(&format!("feed.jsonl:{line}: skipped line")),
            "{stderr}"
        );
    }
    // An impossible time costs the record its date, not the record (issue 12).
    assert!(
        stderr.contains("feed.jsonl:1: invalid `date` \"2021-12-20T25:99:99Z\"")
            && stderr.contains("kept without a date"),
        "{stderr}"
    );
    assert!(stderr.contains("repeated field `text`"), "{stderr}");
    assert!(stderr.contains("more than 256"), "{stderr}");
    let edges = edges_of(&out.get_output().stdout);
    assert_eq!(edges.len(), 2);
    assert!(edges[0].get("date").is_none(), "{:?}", edges[0]);
    assert_eq!(edges[1]["date"], "2021-12-20");
}

/// Spoils one value of a graph.
type Breaks = fn(&mut serde_json::Value);

#[test]
fn graph_files_with_impossible_values_are_refused() {
    let graph: serde_json::Value = serde_json::from_slice(&seed_json()).unwrap();
    assert!(!graph["statements"].as_array().unwrap().is_empty());
    let broken: Vec<(&str, Breaks)> = vec![
        ("speaker", |g| {
            g["statements"][0]["speaker"] = "nobody".into()
        }),
        ("about", |g| {
            g["statements"][0]["about"] = serde_json::json!(["nobody"])
        }),
        ("2021-13-45", |g| {
            g["edges"][0]["date"] = "2021-13-45".into()
        }),
        ("2021-02-30", |g| {
            g["statements"][0]["date"] = "2021-02-30".into()
        }),
        ("goldstein", |g| {
            g["edges"][0]["goldstein"] = serde_json::json!(1e308)
        }),
        ("directed", |g| g["directed"] = false.into()),
        ("multigraph", |g| g["multigraph"] = false.into()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.json");
    for (what, breaks) in broken {
        let mut g = graph.clone();
        breaks(&mut g);
        fs::write(&path, serde_json::to_vec(&g).unwrap()).unwrap();
        geokg()
            .args(["export", "-f", "dot"])
            .arg(&path)
            .assert()
            .failure()
            .stderr(predicates::str::contains(what));
    }
    // A repeated key: which value is meant cannot be known.
    let text = String::from_utf8(seed_json()).unwrap();
    let repeated = text.replacen("\"label\": ", "\"label\": \"Twice\", \"label\": ", 1);
    fs::write(&path, repeated).unwrap();
    geokg()
        .args(["export", "-f", "dot"])
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicates::str::contains("duplicate field `label`"));
    // The untouched graph still loads.
    fs::write(&path, seed_json()).unwrap();
    geokg()
        .args(["export", "-f", "dot"])
        .arg(&path)
        .assert()
        .success();
}

/// Runs `extract --actors FILE` (or `--lexicon`) on one sentence with `content` as the
/// user file; returns stderr and whether the run succeeded.
fn with_user_file(option: &str, name: &str, content: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, content).unwrap();
    let out = geokg()
        .args(["extract", "-", option])
        .arg(&path)
        .write_stdin("Russia accused NATO.")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn user_actors_with_empty_ids_one_letter_names_or_huge_texts_are_refused() {
    let actor = |id: &str, names: &str| {
        format!(
            r#"{{"actors": [{{"id": {id}, "label": "Kiev Bar", "kind": "organization", "names": {names}}}]}}"#
        )
    };
    let long = format!("\"{}\"", "K".repeat(300));
    let cases = [
        (actor("\"\"", "[\"Kiev Bar\"]"), "id is empty"),
        (actor("\"kiev bar\"", "[\"Kiev Bar\"]"), "has a space"),
        (actor("\"kbar\"", "[\"K\"]"), "shorter than two letters"),
        (actor("\"kbar\"", "[\"K.\"]"), "shorter than two letters"),
        (actor("\"kbar\"", "[\"\"]"), "name is empty"),
        (actor(&long, "[\"Kiev Bar\"]"), "longer than 256 bytes"),
        (
            actor("\"kbar\"", &format!("[{long}]")),
            "longer than 256 bytes",
        ),
        (
            actor("\"kbar\"", "[\"Kiev\\u001b[2JBar\"]"),
            "control character",
        ),
    ];
    for (json, message) in cases {
        let (ok, stderr) = with_user_file("--actors", "actors.json", &json);
        assert!(!ok, "{json} was accepted");
        assert!(
            stderr.contains("actors.json")
                && stderr.contains("actor 0")
                && stderr.contains(message),
            "{json}: {stderr}"
        );
        assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    }
    let (ok, stderr) = with_user_file("--actors", "actors.json", &actor("\"kbar\"", "[\"KB\"]"));
    assert!(ok, "{stderr}");
}

#[test]
fn user_lexicon_rows_with_empty_or_two_word_lemmas_empty_relations_or_unknown_codes_are_refused() {
    let cases = [
        ("-\t_\trebuke\t111\t-\t-\t-", "the lemma is empty"),
        ("crack down\t_\tcrack down\t175\t-\t-\t-", "is not one word"),
        ("rebuke\t_\t-\t111\t-\t-\t-", "the relation is empty"),
        (
            "rebuke\t_\trebuke\t1119\t-\t-\t-",
            "not in geokg's CAMEO table",
        ),
        (
            "rebuke\t_\trebuke\t11A\t-\t-\t-",
            "not in geokg's CAMEO table",
        ),
    ];
    for (row, message) in cases {
        let (ok, stderr) = with_user_file("--lexicon", "verbs.tsv", &format!("# mine\n{row}\n"));
        assert!(!ok, "{row} was accepted");
        assert!(
            stderr.contains("verbs.tsv:2") && stderr.contains(message),
            "{row}: {stderr}"
        );
    }
    let (ok, stderr) = with_user_file(
        "--lexicon",
        "verbs.tsv",
        "rebuke\t_\trebuke\t111\t-\t-\t-\n",
    );
    assert!(ok, "{stderr}");
}

/// Every rule that looks at the next token must stop at the sentence's end: each text
/// of the three suites, cut after each of its words, goes through extraction
/// ("… than any Swiss", "… the" as the last word once read past the end).
#[test]
fn sentences_cut_after_any_word_do_not_panic() {
    let extractor = geokg::Extractor::builtin().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut cuts = 0;
    for suite in ["actors.txt", "relations.txt", "attribution.txt"] {
        let input = fs::read_to_string(dir.join(suite)).unwrap();
        let (cases, _) = crate::suite::parse_cases(&input);
        for case in cases {
            let ends = case
                .text
                .char_indices()
                .filter(|&(_, c)| c.is_whitespace())
                .map(|(i, _)| i);
            for end in ends {
                extractor.extract(&geokg::Document {
                    id: format!("{suite}:{}", case.line),
                    text: case.text[..end].to_string(),
                    date: None,
                    title: None,
                    source: None,
                });
                cuts += 1;
            }
        }
    }
    assert!(
        cuts > 10_000,
        "{cuts} cut texts: the suites should give many"
    );
}

/// A statement about more actors than a sentence may have edges keeps them all as
/// nodes: the graph never names an actor it does not hold (it would not load).
#[test]
fn actors_a_statement_is_about_are_nodes_even_past_the_edge_cap() {
    let names = countries(60);
    // "Liberian" alone cannot act: only the statement's "say" edge, which the cap
    // leaves out, would have made it a node.
    let text = format!(
        "Poland said that {} are as rich as the Liberian ship owners.",
        coordinated(&names[1..])
    );
    let extraction = extract(&text);
    let ids: Vec<&str> = extraction.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        extraction.statements.len(),
        1,
        "{:?}",
        extraction.statements
    );
    let about = &extraction.statements[0].about;
    assert!(
        about.len() > geokg::extract::MAX_EVENTS_PER_SENTENCE,
        "{about:?}"
    );
    assert!(about.iter().any(|a| a == "LBR"), "{about:?}");
    for a in about {
        assert!(ids.contains(&a.as_str()), "{a} is not a node");
    }
}

/// A CSV corpus read as one text lets "the two countries" of one story reach back to
/// the countries of the story before; read record by record it cannot.
#[test]
fn csv_records_are_separate_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wire.csv");
    fs::write(
        &path,
        "\"1\",\"Talks\",\"Japan and China held talks in Tokyo on Monday, officials said.\"\n\
         \"1\",\"Deal\",\"The two countries signed a trade agreement on Tuesday, the ministry said.\"\n",
    )
    .unwrap();
    let relations = |format: &str| -> Vec<(String, String)> {
        let out = geokg()
            .args(["extract", "--input-format", format])
            .arg(&path)
            .assert()
            .success();
        edges_of(&out.get_output().stdout)
            .iter()
            .map(|e| {
                (
                    e["relation"].as_str().unwrap().to_string(),
                    e["doc"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let talks = ("hold talks".to_string(), "wire:1".to_string());
    assert_eq!(relations("auto"), [talks.clone(), talks]);
    let as_text = relations("text");
    assert!(
        as_text
            .iter()
            .any(|(relation, _)| relation == "sign agreement"),
        "{as_text:?}"
    );
}

/// CSV records flow through the extractor as JSON Lines records do: the same bytes
/// whatever the thread count, and shards merged give the single run.
#[test]
fn csv_output_is_the_same_for_any_thread_count_or_sharding() {
    let dir = tempfile::tempdir().unwrap();
    let sentences = [
        "Lithuania called on NATO to send more troops, officials in Vilnius said.",
        "Russia accused NATO of provocations near its western border.",
        "Japan criticized China over its ships near the disputed islands.",
        "France praised Germany for its help with the refugees.",
        "Turkey threatened Greece with sanctions over the drilling.",
    ];
    let mut shards = Vec::new();
    for shard in 0..2 {
        let mut csv = String::from("id,date,text\n");
        for k in 0..40 {
            let text = sentences[(k * 3 + shard) % sentences.len()];
            csv.push_str(&format!(
                "s{shard}-{k},2021-12-{:02},\"{text}\nThe two countries, it said, \"\"disagree\"\".\"\n",
                k % 28 + 1
            ));
        }
        let path = dir.path().join(format!("shard{shard}.csv"));
        fs::write(&path, csv).unwrap();
        shards.push(path);
    }
    let extract = |args: &[&str]| -> Vec<u8> {
        let out = geokg()
            .args(["extract", "--quiet"])
            .args(args)
            .args(&shards)
            .assert()
            .success();
        out.get_output().stdout.clone()
    };
    let one = extract(&["-j1"]);
    assert!(
        edges_of(&one).len() >= 80,
        "{}",
        String::from_utf8_lossy(&one)
    );
    assert_eq!(extract(&["-j3"]), one);
    assert_eq!(
        extract(&["-j2", "--format", "events"]),
        extract(&["-j1", "--format", "events"])
    );

    let mut parts = Vec::new();
    for (k, shard) in shards.iter().enumerate() {
        let part = dir.path().join(format!("part{k}.json"));
        geokg()
            .args(["extract", "--quiet", "--partial", "-o"])
            .arg(&part)
            .arg(shard)
            .assert()
            .success();
        parts.push(part);
    }
    let merged = geokg().arg("merge").args(&parts).assert().success();
    assert_eq!(merged.get_output().stdout, one);
}

/// Column names and values with terminal escapes, in an error and in a warning.
#[test]
fn terminal_escapes_in_csv_errors_and_warnings_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.csv");
    fs::write(
        &path,
        b"id,\x1b]0;PWNED\x07date,text\n\
          a,\x1b[2J,Russia accused NATO of provocations.\n\
          b,2021-12-20,\"Lithuania called on NATO \xff\x1b[31m.\"\n\
          c,2021-12-20,\"broken \"quote\" \x1b[2J\"\n",
    )
    .unwrap();
    let run = geokg()
        .args(["extract", "--csv-columns", "date=2"])
        .arg(&path)
        .assert()
        .failure();
    let stderr = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("feed.csv:2: record 1: invalid date"),
        "{stderr}"
    );
    assert!(!stderr.contains(['\u{1b}', '\u{7}']), "{stderr:?}");

    let run = geokg()
        .args(["extract", "--skip-bad", "--csv-columns", "date=2"])
        .arg(&path)
        .assert()
        .success();
    let stderr = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(!stderr.contains(['\u{1b}', '\u{7}']), "{stderr:?}");
    assert!(
        stderr.contains("in column `\\u{1b}]0;PWNED\\u{7}date`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed.csv:3: invalid UTF-8 at byte 25 of column `text`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed.csv:4: skipped record 3: a quote inside"),
        "{stderr}"
    );
    assert_eq!(edges_of(&run.get_output().stdout).len(), 2);
}

/// A CSV named on the command line with a bad --csv-columns is a usage error
/// before any reading; one naming a missing column names the file.
#[test]
fn bad_csv_columns_are_refused() {
    geokg()
        .args(["extract", "--csv-columns", "body=3", SEED_PATH])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown field \"body\""));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.csv");
    fs::write(&path, "id,text\na,Russia accused NATO.\n").unwrap();
    geokg()
        .args(["extract", "--csv-columns", "text=body"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "feed.csv: no column named \"body\" in the header (id, text)",
        ));
}

/// A dateline whose city name holds a sentence-ending abbreviation ("ST. LOUIS")
/// matches the gazetteer across the sentence break; the match is no mention of the
/// first sentence (it used to slice the text backwards and panic).
#[test]
fn a_name_that_runs_past_its_sentence_does_not_panic() {
    for text in [
        "ST. LOUIS - The mayor met the governor on Monday, one night after the vote in St...",
        "ST. LOUIS - Lithuania called on NATO to send troops.",
        "Troops left ST. LOUIS - and then Russia accused NATO.",
    ] {
        extract(text);
    }
}
