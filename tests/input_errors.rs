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
