//! Loading input from files and directories, and what happens with bad input.

use std::fs;
use std::path::{Path, PathBuf};

use geokg::input::{load_documents, parse_date, InputFormat, InputOptions, InputWarning};
use geokg::{Document, Error};
use tempfile::TempDir;

/// Loads `inputs`, returning the documents and every warning in order.
fn load(
    inputs: &[PathBuf],
    options: &InputOptions,
) -> (Result<Vec<Document>, Error>, Vec<InputWarning>) {
    let mut warnings = Vec::new();
    let result = load_documents(inputs, options, &mut |w| warnings.push(w));
    (result, warnings)
}

/// Loads one path that must load without error.
fn load_ok(path: &Path, options: &InputOptions) -> (Vec<Document>, Vec<InputWarning>) {
    let (result, warnings) = load(&[path.to_path_buf()], options);
    match result {
        Ok(documents) => (documents, warnings),
        Err(e) => panic!("loading {} failed: {e}", path.display()),
    }
}

fn write(dir: &TempDir, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.path().join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, content).unwrap();
    path
}

fn ids(documents: &[Document]) -> Vec<&str> {
    documents.iter().map(|d| d.id.as_str()).collect()
}

fn with_date(date: &str) -> InputOptions {
    InputOptions {
        date: Some(date.to_string()),
        ..InputOptions::default()
    }
}

fn skipping_bad() -> InputOptions {
    InputOptions {
        skip_bad: true,
        ..InputOptions::default()
    }
}

#[test]
fn text_file_is_one_document_named_by_its_stem_with_the_given_date() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lithuania-nato-russia.txt");
    let (documents, warnings) = load_ok(&example, &with_date("2021-12-20"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(documents.len(), 1);
    let document = &documents[0];
    assert_eq!(document.id, "lithuania-nato-russia");
    assert_eq!(document.date.as_deref(), Some("2021-12-20"));
    assert_eq!(document.text, fs::read_to_string(&example).unwrap());
    assert_eq!(
        (document.title.as_ref(), document.source.as_ref()),
        (None, None)
    );
}

#[test]
fn text_file_without_date_option_has_no_date() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "report.txt", "Lithuania called on NATO.");
    let (documents, _) = load_ok(&path, &InputOptions::default());
    assert_eq!(documents[0].date, None);
}

#[test]
fn invalid_date_option_is_rejected_before_reading() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "report.txt", "text");
    for bad in ["2021-02-30", "20211220", ""] {
        let (result, _) = load(std::slice::from_ref(&path), &with_date(bad));
        let message = result.unwrap_err().to_string();
        assert!(message.starts_with("--date: invalid date"), "{message}");
    }
}

#[test]
fn directory_walk_is_sorted_recursive_and_takes_only_txt_and_jsonl() {
    let dir = TempDir::new().unwrap();
    write(&dir, "b.txt", "B");
    write(&dir, "a.jsonl", "{\"text\": \"A\"}\n{\"text\": \"A2\"}\n");
    write(&dir, "sub/c.txt", "C");
    write(&dir, "sub/deeper/d.TXT", "D");
    write(&dir, "a/e.txt", "E");
    write(&dir, "notes.md", "ignored");
    write(&dir, "data.csv", "ignored");
    write(&dir, "README", "ignored");
    write(&dir, ".hidden.txt", "ignored");
    write(&dir, ".git/HEAD.txt", "ignored");
    write(&dir, "sub/.cache/f.txt", "ignored");

    let (documents, warnings) = load_ok(dir.path(), &InputOptions::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    // Path order: "a/e.txt" < "a.jsonl" because paths compare component by component.
    assert_eq!(ids(&documents), ["e", "a:1", "a:2", "b", "c", "d"]);
}

#[cfg(unix)]
#[test]
fn directory_walk_does_not_follow_directory_symlinks() {
    use std::os::unix::fs::symlink;
    let dir = TempDir::new().unwrap();
    write(&dir, "real/x.txt", "X");
    symlink(dir.path(), dir.path().join("real/loop")).unwrap();
    symlink(dir.path().join("real"), dir.path().join("alias.txt")).unwrap();
    symlink(dir.path().join("real/x.txt"), dir.path().join("link.txt")).unwrap();
    symlink(
        dir.path().join("nowhere.txt"),
        dir.path().join("broken.txt"),
    )
    .unwrap();

    let (documents, warnings) = load_ok(dir.path(), &InputOptions::default());
    assert_eq!(ids(&documents), ["link", "x"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        matches!(&warnings[0], InputWarning::SkippedFile { path, reason }
            if path.ends_with("broken.txt") && reason.starts_with("broken symbolic link")),
        "{warnings:?}"
    );
}

#[test]
fn several_inputs_load_in_the_order_given() {
    let dir = TempDir::new().unwrap();
    let z = write(&dir, "z.txt", "Z");
    let a = write(&dir, "a.txt", "A");
    let (result, _) = load(&[z, a], &InputOptions::default());
    assert_eq!(ids(&result.unwrap()), ["z", "a"]);
}

#[test]
fn jsonl_fields_are_read_and_unknown_fields_ignored() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        r#"{"id": "r-1", "text": "Lithuania called on NATO.", "date": "2021-12-20", "title": "Baltic", "source": "Wire", "category": "world", "tokens": [1, 2]}"#,
    );
    let (documents, warnings) = load_ok(&path, &InputOptions::default());
    assert!(warnings.is_empty());
    assert_eq!(
        documents,
        [Document {
            id: "r-1".into(),
            text: "Lithuania called on NATO.".into(),
            date: Some("2021-12-20".into()),
            title: Some("Baltic".into()),
            source: Some("Wire".into()),
        }]
    );
}

#[test]
fn jsonl_id_falls_back_to_stem_and_line_and_numbers_become_strings() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        concat!(
            "{\"text\": \"no id\"}\n",
            "{\"id\": 42, \"text\": \"numeric id\"}\n",
            "{\"id\": null, \"text\": \"null id\"}\n",
        ),
    );
    let (documents, _) = load_ok(&path, &InputOptions::default());
    assert_eq!(ids(&documents), ["feed:1", "42", "feed:3"]);
}

#[test]
fn jsonl_timestamps_keep_the_date_and_the_option_fills_missing_dates() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        concat!(
            "{\"text\": \"a\", \"date\": \"1987-02-26T15:01:01\"}\n",
            "{\"text\": \"b\", \"date\": \"1987-02-27 09:30:00\"}\n",
            "{\"text\": \"c\", \"date\": \"1987-02-28\"}\n",
            "{\"text\": \"d\", \"date\": null}\n",
            "{\"text\": \"e\"}\n",
        ),
    );
    let (documents, _) = load_ok(&path, &with_date("2000-01-01"));
    let dates: Vec<_> = documents.iter().map(|d| d.date.as_deref()).collect();
    assert_eq!(
        dates,
        [
            Some("1987-02-26"),
            Some("1987-02-27"),
            Some("1987-02-28"),
            Some("2000-01-01"),
            Some("2000-01-01"),
        ]
    );
}

#[test]
fn jsonl_blank_lines_crlf_and_bom_are_harmless() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        b"\xEF\xBB\xBF{\"text\": \"first\"}\r\n\r\n\n   \n{\"text\": \"second\"}\r\n",
    );
    let (documents, warnings) = load_ok(&path, &InputOptions::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(ids(&documents), ["feed:1", "feed:5"]);
    assert_eq!(documents[1].text, "second");
}

#[test]
fn malformed_jsonl_line_fails_with_its_one_based_line_number() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        "{\"text\": \"ok\"}\n\n{\"text\": \"unterminated}\n{\"text\": \"never read\"}\n",
    );
    let (result, _) = load(std::slice::from_ref(&path), &InputOptions::default());
    let error = result.unwrap_err();
    assert!(
        matches!(&error, Error::BadJsonLine { path: p, line: 3, .. } if *p == path),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "{}:3: invalid JSON: EOF while parsing a string at column",
            path.display()
        )),
        "{message}"
    );
}

#[test]
fn skip_bad_warns_and_keeps_loading_later_lines() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        "{\"text\": \"one\"}\nnot json\n[\"array\"]\n{\"text\": \"four\", \"date\": \"2021-13-01\"}\n{\"text\": \"five\"}\n",
    );
    let (documents, warnings) = load_ok(&path, &skipping_bad());
    // An unreadable date costs the date, not the article: line 4 is kept undated.
    assert_eq!(ids(&documents), ["feed:1", "feed:4", "feed:5"]);
    assert_eq!(documents[1].date, None);
    let skipped: Vec<usize> = warnings
        .iter()
        .filter_map(|w| match w {
            InputWarning::SkippedLine { line, .. } => Some(*line),
            InputWarning::UndatedRecord { .. } => None,
            other => panic!("unexpected warning {other:?}"),
        })
        .collect();
    assert_eq!(skipped, [2, 3]);
    let shown = warnings[2].to_string();
    assert_eq!(
        shown,
        format!(
            "warning: {}:4: invalid `date` \"2021-13-01\": expected YYYY-MM-DD or an ISO timestamp; the record is kept without a date",
            path.display()
        )
    );
    // Without --skip-bad the same date stops the run, naming file and line.
    let (result, _) = load(std::slice::from_ref(&path), &InputOptions::default());
    assert!(
        result.unwrap_err().to_string().contains(":2: "),
        "the first bad line is the error"
    );
}

#[test]
fn jsonl_record_without_text_is_a_bad_line() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"title\": \"no text\"}\n",
    );
    let (result, _) = load(std::slice::from_ref(&path), &InputOptions::default());
    assert_eq!(
        result.unwrap_err().to_string(),
        format!("{}:2: missing field `text`", path.display())
    );

    fs::write(&path, "{\"text\": [\"not\", \"a string\"]}\n").unwrap();
    let (result, _) = load(std::slice::from_ref(&path), &InputOptions::default());
    assert_eq!(
        result.unwrap_err().to_string(),
        format!(
            "{}:1: `text` must be a string, found an array",
            path.display()
        )
    );
}

#[test]
fn invalid_utf8_in_text_file_is_replaced_with_one_warning() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "latin1.txt", b"Vilnius caf\xe9 and M\xfcnchen\n");
    let (documents, warnings) = load_ok(&path, &InputOptions::default());
    assert_eq!(
        documents[0].text,
        "Vilnius caf\u{FFFD} and M\u{FFFD}nchen\n"
    );
    assert_eq!(
        warnings,
        [InputWarning::LossyUtf8 {
            path: path.clone(),
            line: None,
            offset: 11,
        }]
    );
    assert_eq!(
        warnings[0].to_string(),
        format!(
            "warning: {}: invalid UTF-8 at byte 11, replaced with U+FFFD",
            path.display()
        )
    );
}

#[test]
fn invalid_utf8_in_jsonl_line_is_replaced_with_a_warning_naming_the_line() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.jsonl",
        b"{\"text\": \"fine\"}\n{\"text\": \"caf\xe9\"}\n",
    );
    let (documents, warnings) = load_ok(&path, &InputOptions::default());
    assert_eq!(documents[1].text, "caf\u{FFFD}");
    assert_eq!(
        warnings,
        [InputWarning::LossyUtf8 {
            path: path.clone(),
            line: Some(2),
            offset: 13,
        }]
    );
    assert!(warnings[0].to_string().starts_with(&format!(
        "warning: {}:2: invalid UTF-8 at byte 13",
        path.display()
    )));
}

#[test]
fn binary_files_are_skipped_whether_named_or_found() {
    let dir = TempDir::new().unwrap();
    let mut image = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    image.extend_from_slice(&[0xff; 100]);
    let named = write(&dir, "image.txt", &image);
    // A gzipped corpus named .jsonl (a NUL inside JSON Lines that start like
    // JSON is a bad record, not a binary file: see robustness.rs).
    write(
        &dir,
        "dump.jsonl",
        b"\x1f\x8b\x08\0\0\0\0\0\0\x03{\"text\": \"x\"}\n",
    );
    write(&dir, "story.txt", "Real story.");

    let (documents, warnings) = load_ok(&named, &InputOptions::default());
    assert!(documents.is_empty());
    assert_eq!(
        warnings,
        [InputWarning::SkippedFile {
            path: named.clone(),
            reason: "binary file".into(),
        }]
    );
    assert_eq!(
        warnings[0].to_string(),
        format!("warning: {}: skipped: binary file", named.display())
    );

    let (documents, warnings) = load_ok(dir.path(), &InputOptions::default());
    assert_eq!(ids(&documents), ["story"]);
    let skipped: Vec<_> = warnings
        .iter()
        .map(|w| match w {
            InputWarning::SkippedFile { path, .. } => path.file_name().unwrap().to_owned(),
            other => panic!("unexpected warning {other:?}"),
        })
        .collect();
    assert_eq!(skipped, ["dump.jsonl", "image.txt"]);
}

#[test]
fn nul_after_the_first_8_kib_does_not_make_a_file_binary() {
    let dir = TempDir::new().unwrap();
    let mut content = "word ".repeat(2000).into_bytes();
    content.push(0);
    let path = write(&dir, "long.txt", &content);
    let (documents, warnings) = load_ok(&path, &InputOptions::default());
    assert!(warnings.is_empty());
    assert_eq!(documents[0].text.len(), content.len());
}

#[test]
fn empty_files_give_no_documents_and_no_warnings() {
    let dir = TempDir::new().unwrap();
    write(&dir, "empty.txt", "");
    write(&dir, "blank.txt", " \n\t\n");
    write(&dir, "empty.jsonl", "");
    write(&dir, "blank.jsonl", "\n\r\n");
    let (documents, warnings) = load_ok(dir.path(), &InputOptions::default());
    assert!(documents.is_empty(), "{documents:?}");
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn missing_path_is_an_io_error_naming_the_path() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("no-such-file.txt");
    let (result, _) = load(std::slice::from_ref(&missing), &InputOptions::default());
    let error = result.unwrap_err();
    assert!(
        matches!(&error, Error::Io { path, .. } if *path == missing),
        "{error:?}"
    );
    // The message names the path; the cause is its source, printed once by a chain.
    assert_eq!(error.to_string(), missing.display().to_string());
    let message = format!("{:#}", anyhow::Error::from(error));
    assert_eq!(
        message.matches("No such file or directory").count(),
        1,
        "{message}"
    );
}

#[test]
fn input_format_overrides_the_file_extension() {
    let dir = TempDir::new().unwrap();
    let jsonl = write(
        &dir,
        "records.jsonl",
        "{\"text\": \"a\"}\n{\"text\": \"b\"}\n",
    );
    let text = write(&dir, "records.txt", "{\"text\": \"c\"}\n");

    let as_text = InputOptions {
        format: InputFormat::Text,
        ..InputOptions::default()
    };
    let (documents, _) = load_ok(&jsonl, &as_text);
    assert_eq!(ids(&documents), ["records"]);
    assert_eq!(documents[0].text, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");

    let as_jsonl = InputOptions {
        format: InputFormat::Jsonl,
        ..InputOptions::default()
    };
    let (documents, _) = load_ok(&text, &as_jsonl);
    assert_eq!(ids(&documents), ["records:1"]);
    assert_eq!(documents[0].text, "c");
}

#[test]
fn parse_date_accepts_only_real_calendar_dates() {
    assert_eq!(parse_date("2021-12-20").as_deref(), Some("2021-12-20"));
    assert_eq!(parse_date("2020-02-29").as_deref(), Some("2020-02-29"));
    for bad in [
        "2021-13-01",
        "2021-02-30",
        "20211220",
        "",
        "2021-12-20T10:00:00",
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?}");
    }
}

// CSV and TSV: one document per record. The fixtures are made-up wire stories.

fn as_format(format: InputFormat) -> InputOptions {
    InputOptions {
        format,
        ..InputOptions::default()
    }
}

fn with_columns(spec: &str) -> InputOptions {
    InputOptions {
        csv_columns: spec.parse().unwrap(),
        ..InputOptions::default()
    }
}

/// The error of loading `path`, as the CLI prints it.
fn load_error(path: &Path, options: &InputOptions) -> String {
    let (result, _) = load(&[path.to_path_buf()], options);
    match result {
        Ok(documents) => panic!("{} loaded: {documents:?}", path.display()),
        Err(e) => e.to_string(),
    }
}

const HEADED_CSV: &str = "\
Doc_ID,Headline,published,Body,URL,section
r-1,Baltic call,2021-12-20,\"Lithuania called on NATO, its ally, to send troops.\",https://wire.example/1,world
r-2,\"Moscow \"\"angry\"\"\",2021-12-21T09:30:00Z,\"Russia accused NATO of provocations.
The Kremlin said the alliance was to blame.\",https://wire.example/2,world
,No id,,Japan criticized China over the islands.,,asia
";

#[test]
fn csv_with_a_header_reads_each_record_by_column_name() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "wire.csv", HEADED_CSV);
    let (documents, warnings) = load_ok(&path, &with_date("2000-01-01"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        documents,
        [
            Document {
                id: "r-1".into(),
                text: "Lithuania called on NATO, its ally, to send troops.".into(),
                date: Some("2021-12-20".into()),
                title: Some("Baltic call".into()),
                source: Some("https://wire.example/1".into()),
            },
            Document {
                id: "r-2".into(),
                text: "Russia accused NATO of provocations.\nThe Kremlin said the alliance was to blame."
                    .into(),
                date: Some("2021-12-21".into()),
                title: Some("Moscow \"angry\"".into()),
                source: Some("https://wire.example/2".into()),
            },
            // No id: `<stem>:<record>`, the header not counted; no date: --date.
            Document {
                id: "wire:3".into(),
                text: "Japan criticized China over the islands.".into(),
                date: Some("2000-01-01".into()),
                title: Some("No id".into()),
                source: None,
            },
        ]
    );
}

/// AG News' layout: no header, every field quoted, class, title, description.
const HEADLESS_CSV: &str = "\
\"1\",\"Lithuania asks NATO for troops\",\"Reuters - Lithuania called on NATO on Monday to send more troops to the Baltic region, officials in Vilnius said.\"
\"1\",\"Russia hits back\",\"AP - Russia accused NATO of provocations near its western border, the Kremlin said in a statement.\"
\"2\",\"Japan and China\",\"AFP - Japan criticized China over its ships near the disputed islands, a spokesman said.\"
";

#[test]
fn headerless_csv_takes_the_longest_column_as_text_and_the_next_as_title() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "ag_news.csv", HEADLESS_CSV);
    let (documents, warnings) = load_ok(&path, &with_date("2004-08-20"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(ids(&documents), ["ag_news:1", "ag_news:2", "ag_news:3"]);
    assert!(documents[0]
        .text
        .starts_with("Reuters - Lithuania called on NATO"));
    assert_eq!(
        documents[1].title.as_deref(),
        Some("Russia hits back"),
        "the class column is not text"
    );
    assert!(documents
        .iter()
        .all(|d| d.date.as_deref() == Some("2004-08-20") && d.source.is_none()));
}

#[test]
fn headerless_tsv_finds_a_date_column_by_its_values() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.tsv",
        "2021-12-20\tLithuania called on NATO to send troops.\tx\n\
         2021-12-21T08:00:00\tRussia accused NATO of provocations at the border.\ty\n",
    );
    let (documents, _) = load_ok(&path, &InputOptions::default());
    let dates: Vec<_> = documents.iter().map(|d| d.date.as_deref()).collect();
    assert_eq!(dates, [Some("2021-12-20"), Some("2021-12-21")]);
    assert_eq!(
        documents[1].text,
        "Russia accused NATO of provocations at the border."
    );
    assert_eq!(documents[1].title, None, "no second text-like column");
}

#[test]
fn csv_columns_override_the_header_and_the_guess() {
    let dir = TempDir::new().unwrap();
    let headless = write(&dir, "ag_news.csv", HEADLESS_CSV);
    // The title as the text, by position.
    let (documents, _) = load_ok(&headless, &with_columns("text=2"));
    assert_eq!(documents[0].text, "Lithuania asks NATO for troops");
    assert_eq!(
        documents[0].title.as_deref(),
        Some("Reuters - Lithuania called on NATO on Monday to send more troops to the Baltic region, officials in Vilnius said."),
        "the title is still guessed among the other columns"
    );
    let (documents, _) = load_ok(&headless, &with_columns("text=3,id=1"));
    assert_eq!(ids(&documents), ["1", "1", "2"]);

    // A header of names geokg does not know: naming a column marks the first row as one.
    let odd = write(
        &dir,
        "odd.csv",
        "key,lede,story_text\nk1,Short,Lithuania called on NATO to send troops.\n",
    );
    let (documents, _) = load_ok(&odd, &with_columns("text=story_text,id=KEY"));
    assert_eq!(ids(&documents), ["k1"]);
    assert_eq!(
        documents[0].text,
        "Lithuania called on NATO to send troops."
    );

    let headed = write(&dir, "wire.csv", HEADED_CSV);
    let (documents, _) = load_ok(&headed, &with_columns("title=section"));
    assert_eq!(documents[2].title.as_deref(), Some("asia"));
    let message = load_error(&headed, &with_columns("text=summary"));
    assert_eq!(
        message,
        format!(
            "--csv-columns: {}: no column named \"summary\" in the header (Doc_ID, Headline, published, Body, URL, section)",
            headed.display()
        )
    );
    let message = load_error(&headed, &with_columns("text=9"));
    assert!(
        message.contains("column 9 of text: the records have 6 columns"),
        "{message}"
    );
}

#[test]
fn csv_columns_option_is_checked_as_it_is_parsed() {
    use geokg::input::CsvColumns;
    for (spec, expected) in [
        ("text", "\"text\" is not FIELD=COLUMN"),
        (
            "body=3",
            "unknown field \"body\": use text, title, date, id or source",
        ),
        ("text=0", "columns count from 1"),
        ("text=", "no column given for text"),
        ("text=1,TEXT=2", "text is given twice"),
    ] {
        let message = spec.parse::<CsvColumns>().unwrap_err();
        assert!(message.contains(expected), "{spec}: {message}");
    }
    assert_eq!(
        "Text=3, title = Headline"
            .parse::<CsvColumns>()
            .unwrap()
            .to_string(),
        "text=3,title=Headline"
    );
}

#[test]
fn tsv_and_csv_go_by_extension_or_by_input_format() {
    let dir = TempDir::new().unwrap();
    let tsv = write(
        &dir,
        "feed.tsv",
        "id\ttext\na\tLithuania called on NATO, its ally.\nb\t\"Quoted, with a tab\there\"\n",
    );
    let (documents, _) = load_ok(&tsv, &InputOptions::default());
    assert_eq!(ids(&documents), ["a", "b"]);
    assert_eq!(documents[0].text, "Lithuania called on NATO, its ally.");
    assert_eq!(documents[1].text, "Quoted, with a tab\there");

    let txt = write(&dir, "export.txt", "text,id\n\"One, two\",x\n");
    let (documents, _) = load_ok(&txt, &as_format(InputFormat::Csv));
    assert_eq!(ids(&documents), ["x"]);
    let (documents, _) = load_ok(&txt, &InputOptions::default());
    assert_eq!(
        ids(&documents),
        ["export"],
        "a .txt file stays one document"
    );
    let (documents, _) = load_ok(&tsv, &as_format(InputFormat::Text));
    assert_eq!(ids(&documents), ["feed"]);
}

#[test]
fn csv_blank_lines_crlf_and_bom_are_harmless_and_lines_stay_right() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "feed.csv",
        b"\xEF\xBB\xBFid,text\r\n\r\na,\"first\r\nstory\"\r\n\r\n\r\nb,second\r\nc,\"third, \"broken\" quote\"\r\n",
    );
    let message = load_error(&path, &InputOptions::default());
    // The header is line 1; "a" starts on line 3 and takes two; "c" is on line 8.
    assert!(
        message.starts_with(&format!(
            "{}:8: record 3: a quote inside a quoted field",
            path.display()
        )),
        "{message}"
    );
    let (documents, warnings) = load_ok(&path, &skipping_bad());
    assert_eq!(ids(&documents), ["a", "b"], "the BOM is not part of `id`");
    assert_eq!(documents[0].text, "first\r\nstory");
    assert_eq!(
        warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
        [format!(
            "warning: {}:8: skipped record 3: a quote inside a quoted field (line 8) is neither doubled nor the end of the field: a quote never closed, or one not written \"\"",
            path.display()
        )]
    );
}

#[test]
fn malformed_csv_records_fail_naming_file_line_and_record() {
    let dir = TempDir::new().unwrap();
    let header = "id,title,text\n";
    for (name, body, expected) in [
        (
            "count.csv",
            "a,T,Lithuania called on NATO.\nb,Only two fields\nc,T,Japan criticized China.\n",
            ":3: record 2: 2 fields where the header has 3",
        ),
        (
            "open.csv",
            "a,T,Lithuania called on NATO.\nb,T,\"Russia accused NATO\nof everything\n",
            ":3: record 2: the quoted field that starts on line 3 is never closed: it runs to the end of the file",
        ),
    ] {
        let path = write(&dir, name, format!("{header}{body}"));
        let message = load_error(&path, &InputOptions::default());
        assert_eq!(message, format!("{}{expected}", path.display()));
        let (result, _) = load(std::slice::from_ref(&path), &InputOptions::default());
        assert!(
            matches!(result, Err(Error::BadRecord { record: 2, line: 3, .. })),
            "{name}"
        );
    }

    // With --skip-bad: a warning, and the records after it are read.
    let path = dir.path().join("count.csv");
    let (documents, warnings) = load_ok(&path, &skipping_bad());
    assert_eq!(ids(&documents), ["a", "c"]);
    assert!(
        matches!(&warnings[..], [InputWarning::SkippedRecord { line: 3, record: 2, message, .. }]
            if message == "2 fields where the header has 3"),
        "{warnings:?}"
    );

    // Without a header, the first record sets the number of fields.
    let path = write(&dir, "plain.csv", "\"1\",\"a\",\"b\"\n\"2\",\"c\"\n");
    assert_eq!(
        load_error(&path, &InputOptions::default()),
        format!(
            "{}:2: record 2: 2 fields where the first record has 3",
            path.display()
        )
    );
}

#[test]
fn csv_dates_ids_and_utf8_are_checked_like_json_lines() {
    let dir = TempDir::new().unwrap();
    let long_id = "x".repeat(300);
    let mut content = format!(
        "id,date,text\na,2021-02-30,Lithuania called on NATO.\n{long_id},2021-12-20,Russia accused NATO.\nc,,caf"
    )
    .into_bytes();
    // A Latin-1 "é".
    content.extend_from_slice(b"\xe9\n");
    let path = write(&dir, "feed.csv", content);
    assert_eq!(
        load_error(&path, &InputOptions::default()),
        format!(
            "{}:2: record 1: invalid date \"2021-02-30\" in column `date`: expected YYYY-MM-DD or an ISO timestamp",
            path.display()
        )
    );
    let (documents, warnings) = load_ok(&path, &skipping_bad());
    // A bad date costs the date only; a huge id costs the record; bad UTF-8 is replaced.
    assert_eq!(ids(&documents), ["a", "c"]);
    assert_eq!(documents[0].date, None);
    assert_eq!(documents[1].text, "caf\u{FFFD}");
    let shown: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    let file = path.display();
    assert_eq!(
        shown,
        [
            format!("warning: {file}:2: invalid date \"2021-02-30\" in column `date`: expected YYYY-MM-DD or an ISO timestamp; the record is kept without a date"),
            format!("warning: {file}:3: skipped record 2: the id is 300 bytes long, more than 256"),
            format!("warning: {file}:4: invalid UTF-8 at byte 3 of column `text`, replaced with U+FFFD"),
        ]
    );
}

#[test]
fn empty_csv_files_give_no_documents_and_a_header_alone_none_either() {
    let dir = TempDir::new().unwrap();
    for (name, content) in [
        ("empty.csv", ""),
        ("blank.csv", "\n\r\n"),
        ("header.csv", "id,text\n"),
    ] {
        let path = write(&dir, name, content);
        let (documents, warnings) = load_ok(&path, &InputOptions::default());
        assert!(
            documents.is_empty() && warnings.is_empty(),
            "{name}: {documents:?} {warnings:?}"
        );
    }
}

#[test]
fn csv_files_are_read_only_when_named_not_from_folders() {
    // A folder often holds a CSV that is no corpus (an index, geokg's own edge list).
    let dir = TempDir::new().unwrap();
    write(&dir, "story.txt", "Lithuania called on NATO.");
    write(&dir, "edges.csv", "source,target\nLTU,NATO\n");
    let (documents, _) = load_ok(dir.path(), &InputOptions::default());
    assert_eq!(ids(&documents), ["story"]);
}

/// Random bytes of the characters CSV cares about never panic the reader: each file
/// loads, or fails with a bad record naming its file.
#[test]
fn random_csv_bytes_load_or_fail_cleanly() {
    const ALPHABET: &[u8] = b"\",\n\r\t ab\xff\xc3\xa9";
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("random.csv");
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..600 {
        let len = (next() % 120) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        fs::write(&path, &bytes).unwrap();
        for options in [InputOptions::default(), skipping_bad()] {
            let (result, _) = load(std::slice::from_ref(&path), &options);
            match result {
                Ok(_) => {}
                Err(Error::BadRecord {
                    path: p,
                    line,
                    record,
                    ..
                }) => {
                    assert!(p == path && line >= 1 && record >= 1, "{bytes:?}");
                    assert!(!options.skip_bad, "skipped, yet failed: {bytes:?}");
                }
                Err(other) => panic!("{bytes:?}: {other}"),
            }
        }
    }
}
