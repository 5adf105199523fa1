//! The query commands on the seed story, as a user runs them: `said`, `edges`,
//! `neighbors`, `path`, `top`, `stats`, over text and over a saved graph.

use std::path::PathBuf;

use serde_json::Value;

const SEED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/lithuania-nato-russia.txt"
);

fn geokg() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("geokg").unwrap()
}

/// Runs a query over the seed text (dated as the story) and returns stdout.
fn on_seed(args: &[&str]) -> String {
    let out = geokg()
        .args(args)
        .args([SEED_PATH, "--date", "2021-12-20"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8 output")
}

fn json_on_seed(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&on_seed(&all)).expect("valid JSON")
}

/// The statements of `said ARGS` as (speaker id, content) pairs.
fn said(args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["said"];
    all.extend(args);
    json_on_seed(&all)
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|s| {
            (
                s["speaker"].as_str().unwrap().to_string(),
                s["content"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn said_contains(found: &[(String, String)], speaker: &str, content_start: &str) -> bool {
    found
        .iter()
        .any(|(s, c)| s == speaker && c.starts_with(content_start))
}

const NAUSEDA: &str = "person:gitanas-nauseda";

#[test]
fn said_about_nato_lists_nausedas_three_statements() {
    let found = said(&["--about", "NATO"]);
    for start in [
        "NATO must respond not only by deploying its troops",
        // "According to Nauseda, NATO should have ...": indirect speech.
        "NATO should have a plan of actions",
        // "..., he said": the pronoun resolves to Nauseda.
        "First of all, NATO must respond to this",
    ] {
        assert!(
            said_contains(&found, NAUSEDA, start),
            "{start:?} in {found:#?}"
        );
    }
    assert!(found.iter().all(|(s, _)| s == NAUSEDA), "{found:#?}");
}

#[test]
fn said_table_shows_speaker_affiliation_and_a_cut_quote() {
    let table = on_seed(&["said", "--about", "NATO"]);
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "speaker",
            "affiliation",
            "date",
            "about",
            "quote",
            "document"
        ]
    );
    let row = lines.nth(1).unwrap();
    assert!(row.starts_with("Gitanas Nauseda  LTU"), "{row}");
    assert!(row.contains("2021-12-20"), "{row}");
    assert!(
        row.contains("NATO must respond not only by deploying its troops"),
        "{row}"
    );
    assert!(row.contains('…'), "long quotes are cut in the table: {row}");
    assert!(row.ends_with("lithuania-nato-russia:2"), "{row}");
}

#[test]
fn said_by_united_states_includes_its_officials() {
    let found = said(&["--by", "United States"]);
    assert!(
        said_contains(&found, "USA", "dialogue with Moscow"),
        "{found:#?}"
    );
    assert!(
        said_contains(
            &found,
            "person:victoria-nuland",
            "Russia could invade Ukraine"
        ),
        "{found:#?}"
    );
    // Without members, only the country's own statement remains.
    let own = said(&["--by", "United States", "--include-members", "false"]);
    assert!(
        own.iter().all(|(s, _)| s == "USA") && !own.is_empty(),
        "{own:#?}"
    );
}

#[test]
fn said_by_zelensky_lists_his_statement_on_russian_troops() {
    let found = said(&["--by", "Zelensky"]);
    assert!(
        said_contains(
            &found,
            "person:volodymyr-zelensky",
            "up to 100,000 Russian troops"
        ),
        "{found:#?}"
    );
    assert!(found.iter().all(|(s, _)| s == "person:volodymyr-zelensky"));
}

#[test]
fn names_resolve_in_any_case_form_or_spelling() {
    let by_id = said(&["--by", NAUSEDA]);
    assert!(by_id.len() >= 3, "{by_id:#?}");
    for name in ["nauseda", "NAUSĖDA", "gitanas nauseda", "Gitanas Nauseda"] {
        assert_eq!(said(&["--by", name]), by_id, "--by {name}");
    }
    // The adjective names the country, whose members include its president.
    let lithuanian = said(&["--by", "lithuanian"]);
    assert_eq!(lithuanian, said(&["--by", "LTU"]));
    assert!(lithuanian.iter().any(|(s, _)| s == NAUSEDA));
}

#[test]
fn an_unknown_name_fails_with_the_closest_names() {
    let out = geokg()
        .args(["said", "--by", "Lithuanai", SEED_PATH])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let message = String::from_utf8(out).unwrap();
    assert!(
        message.contains("no actor is called \"Lithuanai\""),
        "{message}"
    );
    assert!(
        message.contains("closest known names: Lithuania"),
        "{message}"
    );
}

#[test]
fn said_filters_by_date() {
    assert!(said(&["--since", "2021-12-20", "--until", "2021-12-20"]).len() >= 3);
    assert!(said(&["--since", "2021-12-21"]).is_empty());
    assert!(said(&["--until", "2021-12-19"]).is_empty());
    geokg()
        .args(["said", "--since", "20.12.2021", SEED_PATH])
        .assert()
        .failure()
        .stderr(predicates::str::contains("not a date written YYYY-MM-DD"));
}

#[test]
fn said_csv_parses_with_its_header_and_whole_quotes() {
    let csv_text = on_seed(&["said", "--about", "NATO", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "speaker",
            "speaker_label",
            "affiliation",
            "date",
            "relation",
            "direct",
            "about",
            "content",
            "doc",
            "sentence",
            "text"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), said(&["--about", "NATO"]).len());
    let first = &rows[0];
    assert_eq!(&first[1], NAUSEDA);
    assert_eq!(&first[2], "Gitanas Nauseda");
    // Quotes hold commas and are never cut outside the table.
    assert!(first[8].contains(", but also by strengthening its military potential"));
    assert!(first[8].ends_with("scenario C"), "{}", &first[8]);

    let tsv = on_seed(&["said", "--about", "NATO", "--format", "tsv"]);
    assert!(tsv.starts_with("id\tspeaker\tspeaker_label\t"), "{tsv}");
}

#[test]
fn edges_filter_by_source_and_quad_class() {
    let found = json_on_seed(&["edges", "--from", "Russia", "--quad", "verbal_conflict"]);
    let mut relations: Vec<(String, String)> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["source"], "RUS");
            assert_eq!(e["quad_class"], "verbal_conflict");
            (
                e["relation"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    relations.dedup();
    assert_eq!(
        relations,
        [
            ("accuse".to_string(), "NATO".to_string()),
            ("demand".to_string(), "NATO".to_string())
        ]
    );
}

#[test]
fn edges_csv_has_its_header_and_the_call_on_edge() {
    let csv_text = on_seed(&["edges", "--relation", "call_on", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().take(3).collect::<Vec<_>>(),
        ["source", "target", "relation"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!((&row[0], &row[1], &row[2]), ("LTU", "NATO", "call on"));
    }
}

#[test]
fn neighbors_of_nato_are_who_spoke_to_or_acted_on_it() {
    let found = json_on_seed(&["neighbors", "NATO"]);
    let mut first: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["depth"] == 1)
        .map(|n| n["actor"].as_str().unwrap())
        .collect();
    first.sort_unstable();
    assert_eq!(first, ["LTU", "RUS", "UKR", NAUSEDA]);
    let lithuania = found
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["actor"] == "LTU")
        .unwrap();
    assert_eq!(lithuania["via"], "NATO");
    assert_eq!(lithuania["links"][0]["relation"], "call on");
    assert_eq!(lithuania["links"][0]["direction"], "in");
    // Depth 2 reaches further, through the depth-1 actors only.
    let deeper = json_on_seed(&["neighbors", "NATO", "--depth", "2"]);
    assert!(deeper
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["depth"] == 2 && n["actor"] == "BLR"));
}

#[test]
fn path_links_lithuania_to_belarus_through_nauseda_with_evidence() {
    let out = on_seed(&["path", "Lithuania", "Belarus"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Lithuania <-conclude- Gitanas Nauseda -note-> Belarus"
    );
    let hop = lines.nth(1).unwrap();
    assert!(hop.contains("Gitanas Nauseda -note-> Belarus"), "{hop}");
    assert!(
        hop.contains("the military integration of Russia and Belarus"),
        "one evidence sentence per hop: {hop}"
    );
    // Directed: no chain of events leads from Lithuania to Belarus.
    let directed = on_seed(&["path", "Lithuania", "Belarus", "--directed"]);
    assert_eq!(directed, "no path from Lithuania to Belarus\n");
}

#[test]
fn top_ranks_nauseda_by_degree_and_betweenness_russia_next() {
    let top = |by: &str, n: usize| {
        let ranked = json_on_seed(&["top", "--by", by, "-n", &n.to_string()]);
        assert_eq!(ranked.as_array().unwrap().len(), n);
        (0..n)
            .map(|k| ranked[k]["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let first = |by: &str| top(by, 1).remove(0);
    // Nauseda has 13 edges (his statements, and the demands "NATO must respond",
    // "NATO should have a plan"); Russia 12, NATO 12.
    assert_eq!(first("degree"), NAUSEDA);
    assert!(top("degree", 3).contains(&"RUS".to_string()));
    // Ukraine is the actor most acted upon (invade, deploy troops, accept, statements).
    assert_eq!(first("pagerank"), "UKR");
    assert_eq!(first("betweenness"), NAUSEDA);
    assert_eq!(first("out-degree"), NAUSEDA);
    let table = on_seed(&["top", "-n", "3"]);
    assert_eq!(table.lines().count(), 2 + 3, "{table}");
}

#[test]
fn stats_agree_with_the_extracted_graph() {
    let stats = json_on_seed(&["stats"]);
    let graph: Value = serde_json::from_str(&on_seed(&["extract"])).unwrap();
    assert_eq!(stats["documents"], 1);
    assert_eq!(stats["actors"], graph["nodes"].as_array().unwrap().len());
    assert_eq!(stats["edges"], graph["edges"].as_array().unwrap().len());
    assert_eq!(
        stats["statements"],
        graph["statements"].as_array().unwrap().len()
    );
    let by_kind: u64 = stats["actors_by_kind"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(Some(by_kind), stats["actors"].as_u64());
    assert_eq!(stats["actors_by_kind"]["person"], 4);
    assert_eq!(stats["first_date"], "2021-12-20");
    assert_eq!(stats["last_date"], "2021-12-20");
    assert_eq!(stats["edges_by_category"]["appeal"], 2);
}

#[test]
fn a_saved_graph_answers_like_the_text_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let graph: PathBuf = dir.path().join("seed.json");
    std::fs::write(&graph, on_seed(&["extract"])).unwrap();
    for query in [
        vec!["said", "--about", "NATO"],
        vec!["edges", "--to", "NATO"],
        vec!["top", "--by", "pagerank"],
        vec!["path", "LTU", "UKR"],
    ] {
        let saved = geokg()
            .args(&query)
            .arg("-g")
            .arg(&graph)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert_eq!(
            String::from_utf8(saved).unwrap(),
            on_seed(&query),
            "{query:?}"
        );
    }
    geokg()
        .args(["said"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("-g GRAPH.json"));
}

#[test]
fn path_shows_every_relation_of_a_hop_and_the_strongest_as_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("gulf.txt");
    // The earliest event is a statement; the attack comes later.
    std::fs::write(
        &story,
        "Iran said the United States lied.\n\
         The United States attacked Iran on Monday.\n\
         Iran warned the United States.\n\
         The United States said Iran was a threat.\n",
    )
    .unwrap();
    let out = geokg()
        .args(["path", "USA", "IRN"])
        .arg(&story)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let mut lines = out.lines();
    assert_eq!(lines.next().unwrap(), "United States -attack-> Iran");
    let hop = lines.next().unwrap();
    assert!(
        hop.contains("(+3 more: -attack->, <-warn-, -say->, <-say-)"),
        "every relation, strongest first: {hop}"
    );
    assert!(
        hop.ends_with("The United States attacked Iran on Monday."),
        "{hop}"
    );
    let json: Value = serde_json::from_slice(
        &geokg()
            .args(["path", "USA", "IRN", "--format", "json"])
            .arg(&story)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let relations = json[0]["hops"][0]["relations"].as_array().unwrap();
    assert_eq!(relations.len(), 4);
    assert_eq!(relations[1]["direction"], "backward");
}

/// `said --format json` over `text` given on stdin.
fn said_json_on(text: &str) -> Vec<Value> {
    said_json(text, &[])
}

/// The statements `geokg said ARGS --format json -` prints for `text`.
fn said_json(text: &str, args: &[&str]) -> Vec<Value> {
    let out = geokg()
        .arg("said")
        .args(args)
        .args(["--format", "json", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    match serde_json::from_slice(&out).expect("valid JSON") {
        Value::Array(statements) => statements,
        other => panic!("not a JSON array: {other}"),
    }
}

/// Issue 11: a woman and a man speak in turn; every "she" and "he" goes to the
/// right person, with the mention it refers to.
#[test]
fn said_assigns_every_she_and_he_of_an_alternating_story() {
    let story = "German Chancellor Angela Merkel met Dutch Prime Minister Mark Rutte in Berlin \
                 on Monday. She said Russia must end the war. He said the Netherlands would \
                 send more air defence systems. \"We will not give up,\" she said. \"Ukraine \
                 will win,\" he added. She warned that China was watching. He told reporters \
                 that NATO was united.";
    let statements = said_json_on(story);
    let got: Vec<(&str, &str, &str)> = statements
        .iter()
        .map(|s| {
            (
                s["speaker_text"].as_str().unwrap(),
                s["speaker"].as_str().unwrap(),
                s["antecedent_text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    let (merkel, rutte) = ("person:angela-merkel", "person:mark-rutte");
    let (her_name, his_name) = (
        "German Chancellor Angela Merkel",
        "Dutch Prime Minister Mark Rutte",
    );
    assert_eq!(
        got,
        [
            ("She", merkel, her_name),
            ("He", rutte, his_name),
            ("she", merkel, her_name),
            ("he", rutte, his_name),
            ("She", merkel, her_name),
            ("He", rutte, his_name),
        ]
    );
    assert!(statements.iter().all(|s| s["speaker_resolved"] == true));
}

/// Issue 11, over paragraphs: a woman and a man take turns, the man names another
/// man in what he says, and "May" is both her surname and the month of the
/// dateline. Every "she" is Theresa May, every "he" Joe Biden, never Putin.
#[test]
fn said_assigns_every_she_and_he_of_a_story_over_paragraphs() {
    let story = "LONDON, May 12 (Reuters) - President Joe Biden met Prime Minister Theresa May \
                 in London on Tuesday.\n\n\
                 She said Britain would send more air defence systems to Ukraine. He said \
                 Russian President Vladimir Putin could not be trusted.\n\n\
                 \"We will stand with Kyiv for as long as it takes,\" she told reporters. \
                 \"NATO is united,\" he said.\n\n\
                 He warned that China was watching the war closely. She added that the \
                 sanctions would stay.\n";
    let statements = said_json_on(story);
    let got: Vec<(&str, &str, bool)> = statements
        .iter()
        .map(|s| {
            (
                s["speaker_text"].as_str().unwrap(),
                s["speaker"].as_str().unwrap(),
                s["speaker_resolved"].as_bool().unwrap(),
            )
        })
        .collect();
    let (may, biden) = ("person:theresa-may", "person:joe-biden");
    assert_eq!(
        got,
        [
            ("She", may, true),
            ("He", biden, true),
            ("she", may, true),
            ("he", biden, true),
            ("He", biden, true),
            ("She", may, true),
        ]
    );
}

/// "He" after two men neither of whom spoke last: a guess, and the statement says so.
#[test]
fn a_pronoun_two_people_fit_equally_is_marked_unresolved() {
    let statements = said_json_on(
        "German Chancellor Angela Merkel said Olaf Scholz and Mark Rutte disagreed. \
         He said NATO was united.",
    );
    let resolved: Vec<(&str, bool)> = statements
        .iter()
        .map(|s| {
            (
                s["speaker_text"].as_str().unwrap(),
                s["speaker_resolved"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        resolved,
        [("German Chancellor Angela Merkel", true), ("He", false)]
    );
}

/// Issue 11: spans for every part of a statement, in bytes and in characters;
/// an interrupted quotation is one statement of two parts; a quoted fragment makes
/// indirect speech "mixed"; a nested statement names its parent; a quotation that
/// goes on names the statement it continues.
#[test]
fn statements_give_spans_for_every_part_in_bytes_and_characters() {
    let text = "Lithuanian President Gitanas Nausėda visited Kyiv. \"Hopefully,\" Nausėda said, \
                \"this museum can help us.\" He said Russia's plan was \"a disgrace\". \
                Nausėda said Ukrainian President Volodymyr Zelensky told him that Ukraine \
                would win. \"We will stay,\" he said. \"Russia will not.\"";
    let statements = said_json_on(text);
    let chars: Vec<char> = text.chars().collect();
    let by_bytes = |span: &Value| {
        let [a, b] = [span[0].as_u64().unwrap(), span[1].as_u64().unwrap()];
        text[a as usize..b as usize].to_string()
    };
    let by_chars = |span: &Value| {
        let [a, b] = [span[0].as_u64().unwrap(), span[1].as_u64().unwrap()];
        chars[a as usize..b as usize].iter().collect::<String>()
    };
    for s in &statements {
        assert_eq!(by_bytes(&s["speaker_span"]), s["speaker_text"]);
        assert_eq!(by_chars(&s["char_spans"]["speaker"]), s["speaker_text"]);
        assert_eq!(by_bytes(&s["cue_span"]), s["trigger"]);
        assert_eq!(by_chars(&s["char_spans"]["cue"]), s["trigger"]);
        let parts: Vec<String> = s["content_spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(by_bytes)
            .collect();
        assert_eq!(parts.join(" … "), s["content"]);
        let char_parts: Vec<String> = s["char_spans"]["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(by_chars)
            .collect();
        assert_eq!(char_parts, parts);
    }
    let find = |content: &str| {
        statements
            .iter()
            .find(|s| s["content"] == content)
            .unwrap_or_else(|| panic!("no statement {content:?} in {statements:#?}"))
    };
    let interrupted = find("Hopefully … this museum can help us.");
    assert_eq!(interrupted["direct"], true);
    assert_eq!(interrupted["content_spans"].as_array().unwrap().len(), 2);
    let mixed = find("Russia's plan was \"a disgrace\".");
    assert_eq!(mixed["direct"], "mixed");
    assert_eq!(mixed["speaker_text"], "He");
    assert_eq!(mixed["antecedent_text"], "Nausėda");
    assert_eq!(by_bytes(&mixed["antecedent_span"]), "Nausėda");
    let outer = find("Ukrainian President Volodymyr Zelensky told him that Ukraine would win.");
    let inner = find("Ukraine would win.");
    assert_eq!(inner["speaker"], "person:volodymyr-zelensky");
    assert_eq!(inner["parent"], outer["id"]);
    let first = find("We will stay");
    let goes_on = find("Russia will not.");
    assert_eq!(goes_on["continues"], first["id"]);
    assert_eq!(goes_on["speaker"], "person:gitanas-nauseda");
}

/// A quotation over several sentences is one statement; "he added" after a
/// quotation by the same speaker goes on with it.
#[test]
fn a_quotation_over_sentences_is_one_statement_and_added_continues() {
    let statements = said_json_on(
        "Lithuanian President Gitanas Nauseda spoke in Vilnius. \"We will act. Russia must \
         leave. We are ready,\" he said. \"NATO stands with us,\" he added.",
    );
    let got: Vec<(&str, &Value)> = statements
        .iter()
        .map(|s| (s["content"].as_str().unwrap(), &s["continues"]))
        .collect();
    assert_eq!(
        got,
        [
            ("We will act. Russia must leave. We are ready", &Value::Null),
            ("NATO stands with us", &statements[0]["id"]),
        ]
    );
}

/// `said --kind belief` keeps what speakers believe or think; `--kind speech` the rest.
#[test]
fn said_kind_separates_beliefs_from_speech() {
    let text = "German Chancellor Angela Merkel believed that Russia would not invade. \
                Chancellor Olaf Scholz said that NATO was united.";
    let contents = |kind: &str| -> Vec<String> {
        said_json(text, &["--kind", kind])
            .iter()
            .map(|s| format!("{} {}", s["kind"].as_str().unwrap(), s["content"]))
            .collect()
    };
    assert_eq!(contents("belief"), ["belief \"Russia would not invade.\""]);
    assert_eq!(contents("speech"), ["speech \"NATO was united.\""]);
}

/// Issue 11: a document that speaks is a `source` node with its author, and
/// `said --by` finds it by its id, its label, the words the text used, or its
/// author; a document that does not speak is no source.
#[test]
fn said_by_finds_documents_as_sources_with_their_author() {
    let text = "A Pentagon report said China had expanded its navy. \
                According to a UN report, Russia had broken the ceasefire. \
                Russia rejected the UN report.";
    let speakers = |by: &str| -> Vec<String> {
        said_json(text, &["--by", by])
            .iter()
            .map(|s| s["speaker"].as_str().unwrap().to_string())
            .collect()
    };
    let pentagon = ["source:usa-defence-ministry-report"];
    assert_eq!(speakers("source:usa-defence-ministry-report"), pentagon);
    assert_eq!(speakers("Pentagon report"), pentagon);
    assert_eq!(speakers("UN report"), ["source:un-report"]);
    assert_eq!(speakers("United Nations"), ["source:un-report"]);
    assert_eq!(speakers("United States"), pentagon);

    let graph: Value = serde_json::from_slice(
        &geokg()
            .args(["extract", "-"])
            .write_stdin(text)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    let node = |id: &str| {
        graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .cloned()
    };
    let report = node("source:usa-defence-ministry-report").unwrap();
    assert_eq!(report["kind"], "source");
    assert_eq!(report["country"], "USA");
    assert_eq!(report["organization"], "USA-defence-ministry");
    assert_eq!(report["cameo"], "USAMIL");
    assert_eq!(node("source:un-report").unwrap()["organization"], "UN");
    // "Russia rejected the UN report": the rejection is of the UN's report, by
    // the UN; the report does not speak there.
    assert!(graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["source"] == "RUS" && e["relation"] == "reject" && e["target"] == "UN"));
}
