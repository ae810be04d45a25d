//! The command line's contract (../shared/CONTRACT.md): inputs, output shapes, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn concord(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("concord-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus")
}

#[test]
fn bad_usage_exits_2_with_help() {
    let out = concord(&["quantities", "--lang", "xx"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown language \"xx\""), "{err}");
    assert_eq!(concord(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(
        concord(&["reconcile", "--format", "yaml"], None)
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn bad_files_are_named_and_good_ones_still_come_out() {
    let d = tmpdir("mixed");
    std::fs::write(
        d.join("a_good.txt"),
        "Meta investierte 15 Milliarden Dollar in das Unternehmen.",
    )
    .unwrap();
    std::fs::write(d.join("b_latin1.txt"), b"Il valore \xe8 di 3 milioni").unwrap();
    std::fs::write(
        d.join("c_binary.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::fs::write(d.join("d_empty.txt"), b"").unwrap();
    std::fs::write(
        d.join("e_good.txt"),
        "Le groupe a payé 2,5 milliards d'euros pour la société.",
    )
    .unwrap();
    let out = concord(&["quantities", d.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b_latin1.txt: invalid UTF-8 at byte 10"),
        "{err}"
    );
    assert!(
        err.contains("c_binary.txt: looks like binary data"),
        "{err}"
    );
    assert!(
        !err.contains("a_good.txt") && !err.contains("e_good.txt") && !err.contains("d_empty"),
        "{err}"
    );
    let recs = lines(&out);
    let docs: Vec<&str> = recs.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert!(
        docs.contains(&"a_good.txt") && docs.contains(&"e_good.txt"),
        "{docs:?}"
    );
    let de = recs.iter().find(|r| r["doc"] == "a_good.txt").unwrap();
    assert_eq!(de["value"], "15000000000");
    assert_eq!(de["unit"], "USD");
    assert_eq!(de["text"], "15 Milliarden Dollar");
}

#[test]
fn jsonl_input_names_the_bad_line_and_processes_the_rest() {
    let input = concat!(
        "{\"id\": \"one\", \"text\": \"Meta ha pagato 2 miliardi di dollari.\", \"lang\": \"it\"}\n",
        "{\"id\": \"two\", \"text\": unquoted}\n",
        "{\"id\": \"three\", \"text\": \"Das kostet 3 Millionen Euro.\"}\n",
    );
    let out = concord(&["quantities", "--input", "jsonl"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:2:"), "{err}");
    let recs = lines(&out);
    let docs: Vec<&str> = recs.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["one", "three"]);
    assert_eq!(recs[0]["value"], "2000000000");
    assert_eq!(recs[0]["lang"], "it");
}

#[test]
fn quantity_spans_slice_the_original_files() {
    let out = concord(&["quantities", corpus().to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = lines(&out);
    assert!(recs.len() > 20, "{}", recs.len());
    for r in &recs {
        let text = std::fs::read_to_string(corpus().join(r["doc"].as_str().unwrap())).unwrap();
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), r["text"].as_str(), "{r}");
        for key in ["lang", "value", "unit", "bound"] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
}

#[test]
fn stdin_and_lang_option() {
    let out = concord(
        &["quantities", "--lang", "de", "-"],
        Some("Das sind 10.000 Einheiten."),
    );
    assert_eq!(out.status.code(), Some(0));
    let recs = lines(&out);
    assert_eq!(recs[0]["doc"], "<stdin>");
    assert_eq!(recs[0]["value"], "10000");
    let out = concord(
        &["quantities", "--lang", "en", "-"],
        Some("That is 10.000 units."),
    );
    assert_eq!(lines(&out)[0]["value"], "10");
}

#[test]
fn reconcile_corpus_reports_conflicts_and_agreements() {
    let out = concord(
        &["reconcile", corpus().to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let conflicts = report["conflicts"].as_array().unwrap();
    assert!(!conflicts.is_empty(), "{report:#}");
    for c in conflicts {
        for key in [
            "subject",
            "predicate",
            "object",
            "unit",
            "cause",
            "alternatives",
        ] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
    }
    let cross_lingual = report["facts"].as_array().unwrap().iter().any(|f| {
        let mut langs: Vec<&str> = f["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["lang"].as_str().unwrap())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        langs.len() >= 2
    });
    assert!(cross_lingual, "no fact agreed across languages: {report:#}");

    let text = concord(&["reconcile", corpus().to_str().unwrap()], None);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("CONFLICTS") && text.contains("why:"),
        "{text}"
    );
}

#[test]
fn output_is_deterministic() {
    let a = concord(
        &["reconcile", corpus().to_str().unwrap(), "--format", "json"],
        None,
    );
    let b = concord(
        &["reconcile", corpus().to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn user_gazetteer_and_frames_files() {
    let d = tmpdir("data");
    let doc = d.join("a.txt");
    std::fs::write(&doc, "Die Firma Quarzwerk Halbleiter meldet neue Zahlen.").unwrap();
    let tsv = d.join("mine.tsv");
    std::fs::write(&tsv, "qwh\torganization\tde\tQuarzwerk Halbleiter\n").unwrap();
    let out = concord(
        &[
            "entities",
            "--gazetteer",
            tsv.to_str().unwrap(),
            doc.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = lines(&out);
    assert!(
        recs.iter()
            .any(|r| r["id"] == "qwh" && r["text"] == "Quarzwerk Halbleiter"),
        "{recs:?}"
    );

    let bad = d.join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let out = concord(
        &[
            "extract",
            "--frames",
            bad.to_str().unwrap(),
            doc.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json"));
    assert!(out.stdout.is_empty());
}

#[test]
fn discovered_names_share_one_id_across_documents() {
    let out = concord(&["entities", corpus().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let recs = lines(&out);
    let mut ids: Vec<(&str, &str)> = recs
        .iter()
        .filter(|r| r["text"] == "Voltaria")
        .map(|r| (r["doc"].as_str().unwrap(), r["id"].as_str().unwrap()))
        .collect();
    let docs: std::collections::BTreeSet<&str> = ids.iter().map(|(d, _)| *d).collect();
    assert_eq!(docs.len(), 4, "{ids:?}");
    ids.dedup_by(|a, b| a.1 == b.1);
    assert_eq!(
        ids.len(),
        1,
        "one id for one name in every document: {ids:?}"
    );
}
