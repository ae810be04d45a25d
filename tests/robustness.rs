//! Robustness of the command line and the byte-level API (issue 7): every broken input is named
//! on stderr with its reason, every good input beside it still comes out, and the exit status
//! says what happened (0 fine, 1 some input unreadable, 2 bad usage).
//!
//! Each test builds its own inputs in a temporary directory: wrong encodings, binary files saved
//! as `.txt`, empty files, files over the size limit, absurd digit runs, pasted tables of
//! separators, malformed JSON Lines records.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use concord::input::{document_from_bytes, documents, InputFormat, InputOptions};
use concord::{Document, Error, Pipeline, Warning};

const BIN: &str = env!("CARGO_BIN_EXE_concord");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], cwd: &Path, stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run concord");
    // A closed pipe is fine: concord may stop reading early (e.g. a usage error).
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    let out = child.wait_with_output().expect("wait for concord");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("concord-robust-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// The `doc` and `text` of every JSON Lines record.
fn docs_and_texts(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON record");
            (
                v["doc"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn stderr_lines(r: &Run) -> Vec<&str> {
    r.stderr.lines().collect()
}

/// A directory with one file per failure mode between two good ones.
fn broken_dir(name: &str) -> PathBuf {
    let d = tmp(name);
    write(
        &d,
        "a_good.txt",
        "Meta e Google hanno firmato un accordo.\n",
    );
    write(
        &d,
        "b_latin1.txt",
        b"Perch\xe9 Meta ha pagato cos\xec tanto?",
    );
    write(&d, "c_binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(&d, "d_empty.txt", "");
    write(&d, "e_huge.txt", "x".repeat(60_000));
    write(&d, "f_utf16.txt", b"\xff\xfeM\0e\0t\0a\0");
    write(
        &d,
        "g_digits.txt",
        format!("Google: {} euro.\nFacebook", "7".repeat(10_000)),
    );
    let table = "|----|----|....|,,,,|''''|\u{00A0}\u{00A0}|--|\n".repeat(300);
    write(&d, "h_separators.txt", format!("{table}Facebook.\n"));
    write(&d, "notes.md", "not a .txt file: ignored");
    write(&d, "z_good.txt", "Meta investierte in Google.\n");
    d
}

#[test]
fn a_directory_of_broken_files_names_each_and_keeps_every_good_one() {
    let d = broken_dir("dir-entities");
    let r = run(&["entities", "--max-document-bytes", "50000", "."], &d, b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        stderr_lines(&r),
        [
            "concord: b_latin1.txt: invalid UTF-8 at byte 5 (--lossy replaces invalid bytes)",
            "concord: c_binary.txt: looks like binary data (control byte at 8)",
            "concord: e_huge.txt: 60000 bytes is over the limit of 50000 bytes per document \
             (raise it with --max-document-bytes)",
            "concord: f_utf16.txt: UTF-16LE text, not UTF-8 (convert it, e.g. iconv -f UTF-16LE -t UTF-8)",
            "concord: warning: g_digits.txt: number at byte 8 has 10000 digits, over the limit \
             of 24; it is left out (raise --max-number-digits to read it)",
        ]
    );
    let got = docs_and_texts(&r.stdout);
    let want = [
        ("a_good.txt", "Meta"),
        ("a_good.txt", "Google"),
        ("g_digits.txt", "Google"),
        ("g_digits.txt", "Facebook"),
        ("h_separators.txt", "Facebook"),
        ("z_good.txt", "Meta"),
        ("z_good.txt", "Google"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn every_command_survives_the_broken_directory() {
    let d = broken_dir("dir-all");
    for cmd in ["quantities", "entities", "extract"] {
        let r = run(&[cmd, "--max-document-bytes", "50000", "."], &d, b"");
        assert_eq!(r.code, 1, "{cmd}: {}", r.stderr);
        assert_eq!(
            r.stderr.lines().filter(|l| !l.contains("warning")).count(),
            4,
            "{cmd}: {}",
            r.stderr
        );
        for line in r.stdout.lines() {
            serde_json::from_str::<serde_json::Value>(line).expect("a JSON record");
        }
    }
    let r = run(
        &["reconcile", "--max-document-bytes", "50000", "."],
        &d,
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Five documents read: the two good ones, the empty one, and the digits and separators.
    assert!(
        r.stdout.starts_with("concord report: 5 documents"),
        "{}",
        r.stdout
    );
    let r = run(
        &[
            "reconcile",
            "--format",
            "json",
            "--max-document-bytes",
            "50000",
            ".",
        ],
        &d,
        b"",
    );
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("a JSON report");
    assert!(v["facts"].is_array() && v["conflicts"].is_array());
}

#[test]
fn lossy_mode_reads_wrong_encodings_and_keeps_offsets_on_the_repaired_text() {
    let d = broken_dir("dir-lossy");
    let r = run(
        &[
            "entities",
            "--lossy",
            "--max-document-bytes",
            "50000",
            "b_latin1.txt",
        ],
        &d,
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let v: serde_json::Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(v["text"], "Meta");
    // "Perch\u{FFFD} " is 9 bytes: offsets refer to the repaired text.
    assert_eq!(
        (v["start"].as_u64(), v["end"].as_u64()),
        (Some(9), Some(13))
    );
}

#[test]
fn an_empty_file_is_a_document_with_nothing_in_it() {
    let d = tmp("empty");
    write(&d, "empty.txt", "");
    for cmd in ["quantities", "entities", "extract"] {
        let r = run(&[cmd, "empty.txt"], &d, b"");
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    }
    let r = run(&["reconcile", "empty.txt"], &d, b"");
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("concord report: 1 documents, 0 facts"));
}

#[test]
fn a_missing_file_is_named_and_the_others_are_read() {
    let d = tmp("missing");
    write(&d, "ok.txt", "Google e Meta.");
    let r = run(&["entities", "nope.txt", "ok.txt"], &d, b"");
    assert_eq!(r.code, 1);
    assert_eq!(
        stderr_lines(&r),
        ["concord: nope.txt: No such file or directory (os error 2)"]
    );
    assert_eq!(docs_and_texts(&r.stdout).len(), 2);
}

#[test]
fn standard_input_over_the_limit_is_named() {
    let d = tmp("stdin");
    let r = run(
        &["quantities", "--max-document-bytes", "100"],
        &d,
        "y".repeat(5000).as_bytes(),
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        stderr_lines(&r),
        ["concord: <stdin>: 5000 bytes is over the limit of 100 bytes per document (raise it with --max-document-bytes)"]
    );
    let r = run(&["entities", "-"], &d, b"bad \xff Meta");
    assert_eq!(r.code, 1);
    assert_eq!(
        stderr_lines(&r),
        ["concord: <stdin>: invalid UTF-8 at byte 4 (--lossy replaces invalid bytes)"]
    );
    let r = run(&["entities", "--lossy", "-"], &d, b"bad \xff Meta");
    assert_eq!((r.code, docs_and_texts(&r.stdout).len()), (0, 1));
}

fn jsonl_fixture(d: &Path) {
    let mut f = Vec::new();
    for line in [
        r#"{"id": "a", "text": "Meta ha pagato.", "lang": "it"}"#,
        r#"{"id": "b", "text": "broken"#,
        "",
        r#"{"id": "c", "text": "Google", "lang": "xx"}"#,
        r#"{"id": ["x"], "text": "Google"}"#,
        r#"{"id": "e"}"#,
        "[1, 2]",
        r#"{"id": "g", "text": "Facebook zahlte.", "lang": "de"}"#,
    ] {
        f.extend_from_slice(line.as_bytes());
        f.push(b'\n');
    }
    f.extend_from_slice(b"{\"id\": \"h\", \"text\": \"caf\xe9 Meta\"}\r\n");
    f.extend_from_slice(br#"{"id": "i", "text": "Google and Meta"}"#);
    write(d, "docs.jsonl", f);
}

#[test]
fn malformed_json_lines_records_are_named_by_line_and_the_others_processed() {
    let d = tmp("jsonl");
    jsonl_fixture(&d);
    let r = run(&["entities", "--input", "jsonl", "docs.jsonl"], &d, b"");
    assert_eq!(r.code, 1);
    assert_eq!(
        stderr_lines(&r),
        [
            "concord: docs.jsonl:2: EOF while parsing a string at line 1 column 27",
            "concord: docs.jsonl:4: unknown language \"xx\" (expected it, de, fr, zh or en)",
            "concord: docs.jsonl:5: \"id\" must be a string or a number",
            "concord: docs.jsonl:6: missing field `text` at line 1 column 11",
            "concord: docs.jsonl:7: expected a JSON object {\"id\": ..., \"text\": ..., \"lang\": ...}",
            "concord: docs.jsonl:9: invalid UTF-8 at byte 24 of the record",
        ]
    );
    let docs: Vec<String> = docs_and_texts(&r.stdout)
        .into_iter()
        .map(|(d, t)| format!("{d}:{t}"))
        .collect();
    assert_eq!(docs, ["a:Meta", "g:Facebook", "i:Google", "i:Meta"]);

    // Lossy mode repairs the record of line 9 instead.
    let r = run(
        &["entities", "--input", "jsonl", "--lossy", "docs.jsonl"],
        &d,
        b"",
    );
    assert_eq!(r.stderr.lines().count(), 5, "{}", r.stderr);
    assert!(r
        .stdout
        .contains(r#""doc":"h","start":7,"end":11,"text":"Meta""#));
}

#[test]
fn an_overlong_json_lines_record_is_skipped_without_reading_it_whole() {
    let d = tmp("jsonl-long");
    let long = format!(
        "{{\"id\":\"big\",\"text\":\"{}\"}}\n{{\"id\":\"ok\",\"text\":\"Meta\"}}\n",
        "a".repeat(70_000)
    );
    write(&d, "big.jsonl", long);
    let r = run(
        &[
            "entities",
            "--input",
            "jsonl",
            "--max-document-bytes",
            "100",
            "big.jsonl",
        ],
        &d,
        b"",
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        stderr_lines(&r),
        ["concord: big.jsonl:1: record of 70023 bytes is over the limit of 65936 bytes per record"]
    );
    assert_eq!(docs_and_texts(&r.stdout), [("ok".into(), "Meta".into())]);
    // A record within the line cap but with a text over the document limit is named too.
    write(
        &d,
        "mid.jsonl",
        format!("{{\"id\":\"mid\",\"text\":\"{}\"}}\n", "b".repeat(500)),
    );
    let r = run(
        &[
            "entities",
            "--input",
            "jsonl",
            "--max-document-bytes",
            "100",
            "mid.jsonl",
        ],
        &d,
        b"",
    );
    assert_eq!(
        stderr_lines(&r),
        ["concord: mid: 500 bytes is over the limit of 100 bytes per document (raise it with --max-document-bytes)"]
    );
}

#[test]
fn bad_usage_exits_2_with_a_helpful_message() {
    let d = tmp("usage");
    let cases: [(&[&str], &str); 6] = [
        (&[], "Usage: concord <COMMAND>"),
        (&["frobnicate"], "error: unrecognized subcommand 'frobnicate'"),
        (
            &["quantities", "--lang", "xx"],
            "error: invalid value 'xx' for '--lang <LANG>': unknown language \"xx\" (expected it, de, fr, zh or en)",
        ),
        (
            &["reconcile", "--format", "xml"],
            "error: invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            &["entities", "--max-document-bytes", "abc"],
            "error: invalid value 'abc' for '--max-document-bytes <MAX_DOCUMENT_BYTES>': invalid digit found in string",
        ),
        (&["extract", "--no-such-flag"], "error: unexpected argument '--no-such-flag' found"),
    ];
    for (args, want) in cases {
        let r = run(args, &d, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{args:?}");
    }
}

#[test]
fn a_number_over_the_hard_limit_is_named_without_the_raise_hint() {
    let d = tmp("hard");
    write(&d, "n.txt", format!("Google pagò {} euro.", "1".repeat(40)));
    let r = run(
        &["quantities", "--max-number-digits", "100", "n.txt"],
        &d,
        b"",
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        stderr_lines(&r),
        ["concord: warning: n.txt: number at byte 13 has 40 digits, over the limit of 36; it is left out"]
    );
}

// The library side of the same guarantees.

#[test]
fn bytes_in_report_the_offset_of_invalid_utf8() {
    let err = Document::from_bytes(
        "a.txt",
        "Perché "
            .as_bytes()
            .iter()
            .chain(b"\xc3\x28")
            .copied()
            .collect::<Vec<u8>>()
            .as_slice(),
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::InvalidUtf8 { offset: 8, .. }),
        "{err:?}"
    );
    assert_eq!(err.to_string(), "a.txt: invalid UTF-8 at byte 8");
    // A byte-order mark is dropped; offsets then count from after it.
    let doc = Document::from_bytes("b.txt", b"\xEF\xBB\xBFMeta").unwrap();
    assert_eq!(doc.text, "Meta");
    let strict = InputOptions::default();
    let lossy = InputOptions {
        lossy: true,
        ..Default::default()
    };
    let err = document_from_bytes("c.txt", b"15 \xe9\xe8 Mrd", &strict).unwrap_err();
    assert_eq!(err.to_string(), "c.txt: invalid UTF-8 at byte 3");
    let doc = document_from_bytes("c.txt", b"15 \xe9\xe8 Mrd", &lossy).unwrap();
    assert_eq!(doc.text, "15 \u{FFFD}\u{FFFD} Mrd");
    // Truncated at the end of the input (a multi-byte character cut in half).
    let doc = document_from_bytes("d.txt", "億".as_bytes().get(..2).unwrap(), &lossy).unwrap();
    assert_eq!(doc.text, "\u{FFFD}");
    let err = document_from_bytes("e.txt", b"\xff\xfe1\x00", &lossy).unwrap_err();
    assert!(matches!(err, Error::Encoding { .. }), "{err:?}");
    let err = document_from_bytes("f.txt", b"ok\x00", &lossy).unwrap_err();
    assert!(matches!(err, Error::Binary { offset: 2, .. }), "{err:?}");
}

#[test]
fn files_over_the_limit_are_not_read_into_memory() {
    let d = tmp("limit");
    write(&d, "big.txt", "z".repeat(10_000));
    write(&d, "ok.txt", "Meta");
    let opts = InputOptions {
        max_document_bytes: Some(1000),
        ..Default::default()
    };
    let r: Vec<_> = documents(std::slice::from_ref(&d), &opts).collect();
    assert_eq!(r.len(), 2);
    assert!(matches!(
        r[0],
        Err(Error::DocumentTooLarge {
            len: 10_000,
            limit: 1000,
            ..
        })
    ));
    assert_eq!(r[1].as_ref().unwrap().text, "Meta");
    let jsonl = InputOptions {
        format: InputFormat::Jsonl,
        ..opts
    };
    write(&d, "x.jsonl", "{\"text\": \"a\"}\n\n\n{\"text\": \"b\"}");
    let r: Vec<_> = documents(&[d.join("x.jsonl")], &jsonl).collect();
    let ids: Vec<String> = r.into_iter().map(|d| d.unwrap().id).collect();
    assert!(
        ids[0].ends_with("x.jsonl:1") && ids[1].ends_with("x.jsonl:4"),
        "{ids:?}"
    );
}

#[test]
fn an_absurd_number_is_a_warning_and_the_rest_of_the_document_stays() {
    let code = format!("1{}", ".000".repeat(30));
    let text =
        format!("Meta ha investito 15 miliardi di euro. Codice: {code}. Google ha 12 dipendenti.");
    let a = Pipeline::default()
        .analyze(&Document::new("n.txt", text.clone()))
        .unwrap();
    assert_eq!(a.warnings.len(), 1);
    let Warning::NumberTooLong {
        offset,
        end,
        digits,
        limit,
        ..
    } = &a.warnings[0]
    else {
        panic!("{:?}", a.warnings)
    };
    assert_eq!(&text[*offset..*end], format!("1{}", ".000".repeat(30)));
    assert_eq!((*digits, *limit), (91, 24));
    assert!(a
        .quantities
        .iter()
        .all(|q| q.span.end <= *offset || q.span.start >= *end));
    assert!(a.entities.iter().any(|e| e.name == "Google"));
}

/// A long document is analyzed in pieces (`Limits::piece_bytes`) with spans of the whole
/// document: the quantities are those of the whole, and every surface slices the original.
#[test]
fn a_long_document_in_pieces_keeps_whole_document_spans() {
    let lines = [
        "Siemens ha investito 2,5 miliardi di euro nella fabbrica di Torino.",
        "Die Firma beschäftigt rund 1200 Mitarbeiter in Dresden.",
        "Le groupe vise 300 MW de capacité d'ici 2028.",
        "公司营收达到約82億元人民幣。",
    ];
    let text: String = (0..40)
        .map(|i| lines[i % lines.len()])
        .collect::<Vec<_>>()
        .join("\n");
    let small = Pipeline {
        limits: concord::Limits {
            piece_bytes: 300,
            ..concord::Limits::default()
        },
        ..Pipeline::default()
    };
    let doc = Document::new("long.txt", text.clone()).with_lang(concord::Lang::It);
    let whole = Pipeline::default().analyze(&doc).unwrap();
    let mut pieces = 0;
    let mut quantities = Vec::new();
    let mut claims = 0;
    small
        .analyze_each([Ok(doc.clone())], 2, |r| {
            let (piece, a) = r?;
            pieces += 1;
            assert_eq!(piece.id, "long.txt");
            assert!(piece.text.len() <= 300);
            for q in &a.quantities {
                assert_eq!(piece.surface(q.span), text.get(q.span.start..q.span.end));
            }
            for c in &a.claims {
                assert_eq!(
                    text.get(c.provenance.span.start..c.provenance.span.end),
                    Some(c.provenance.text.as_str())
                );
                claims += 1;
            }
            quantities.extend(a.quantities);
            Ok::<(), Error>(())
        })
        .unwrap();
    assert!(pieces > 5, "{pieces} pieces");
    assert_eq!(quantities, whole.quantities);
    assert!(claims > 0);
    // The limit on a document holds for the whole document, not for each piece.
    let strict = Pipeline {
        limits: concord::Limits {
            piece_bytes: 300,
            max_document_bytes: 1000,
            ..concord::Limits::default()
        },
        ..Pipeline::default()
    };
    let mut errors = Vec::new();
    strict
        .analyze_each([Ok(doc)], 1, |r| {
            if let Err(e) = r {
                errors.push(e.to_string());
            }
            Ok::<(), Error>(())
        })
        .unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("long.txt"), "{errors:?}");
}
