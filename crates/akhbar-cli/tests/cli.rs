//! The command line, run as a process: the JSONL contract, error lines, exit
//! codes, and order under several threads.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn akhbar(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_akhbar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run akhbar");
    // Write from another thread: the child may fill its output pipe before
    // it has read all of its input.
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The child may exit early on a usage error: a broken pipe is fine.
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer thread");
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn jsonl_contract() {
    let input =
        r#"{"id": "a1", "text": "قتل 3 عناصر من قسد في ريف دير الزور أمس", "date": "2024-03-10"}"#;
    let out = akhbar(&["extract", "--jsonl"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = &lines(&out)[0];
    assert_eq!(v["id"], "a1");
    let text = "قتل 3 عناصر من قسد في ريف دير الزور أمس";
    let slice = |m: &serde_json::Value| {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        text[s..e].to_string()
    };
    let place = &v["places"][0];
    assert_eq!(slice(place), "دير الزور");
    assert_eq!(place["text"], "دير الزور");
    assert_eq!(place["id"], "SY09");
    assert_eq!(place["kind"], "governorate");
    assert_eq!(place["country"], "SY");
    assert_eq!(place["name_en"].as_str().map(|s| s.is_empty()), Some(false));
    let actor = &v["actors"][0];
    assert_eq!(
        (actor["id"].as_str(), slice(actor).as_str()),
        (Some("SDF"), "قسد")
    );
    let number = &v["numbers"][0];
    assert_eq!(
        (number["value"].as_i64(), slice(number).as_str()),
        (Some(3), "3")
    );
    let date = &v["dates"][0];
    assert_eq!(date["value"], "2024-03-09");
    assert_eq!(date["granularity"], "day");
    assert_eq!(slice(date), "أمس");
}

#[test]
fn bad_lines_get_error_lines_in_place() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"في حلب\"}\n",
        "not json\n",
        "{\"id\": 3}\n",
        "{\"id\": 4, \"text\": \"في حمص\", \"date\": \"2024-02-31\"}\n",
        "\n",
        "{\"id\": 6, \"text\": 7}\n",
        "[1, 2]\n",
        "{\"id\": 8, \"text\": \"في إدلب\", \"date\": null}\n",
    );
    let mut bytes = input.as_bytes().to_vec();
    // A line that is not UTF-8.
    bytes.extend_from_slice(b"{\"id\": 9, \"text\": \"\xff\"}\n");
    let out = akhbar(&["extract", "--jsonl"], &bytes);
    assert_eq!(out.status.code(), Some(1), "some lines failed");
    let v = lines(&out);
    assert_eq!(v.len(), 9, "one output line per input line");
    assert_eq!(v[0]["places"][0]["id"], "SY02");
    for (k, id) in [
        (1, serde_json::Value::Null),
        (2, 3.into()),
        (3, 4.into()),
        (4, serde_json::Value::Null),
        (5, 6.into()),
        (6, serde_json::Value::Null),
        (8, serde_json::Value::Null),
    ] {
        assert_eq!(v[k]["id"], id, "line {}", k + 1);
        let err = v[k]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {} has no error", k + 1));
        assert!(err.starts_with(&format!("<stdin>:{}: ", k + 1)), "{err}");
    }
    assert!(v[2]["error"].as_str().unwrap().contains("no \"text\""));
    assert!(v[3]["error"].as_str().unwrap().contains("date"));
    assert!(v[8]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(v[7]["places"][0]["id"], "SY07");
}

#[test]
fn order_is_kept_with_many_threads() {
    let places = [
        "حلب",
        "حمص",
        "إدلب",
        "الرقة",
        "درعا",
        "دمشق",
        "الحسكة",
        "حماة",
    ];
    let ids = [
        "SY02", "SY04", "SY07", "SY11", "SY12", "SY01", "SY08", "SY05",
    ];
    let mut input = String::new();
    for i in 0..2000 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"وصلت تعزيزات إلى {}\"}}\n",
            places[i % places.len()]
        ));
    }
    let out = akhbar(&["extract", "--jsonl", "--threads", "2"], input.as_bytes());
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v.len(), 2000);
    for (i, line) in v.iter().enumerate() {
        assert_eq!(line["id"], i, "line {i} out of order");
        assert_eq!(line["places"][0]["id"], ids[i % ids.len()]);
    }
}

#[test]
fn reference_date_flag_and_document_date() {
    let input = concat!(
        "{\"id\": \"x\", \"text\": \"قصف أمس\"}\n",
        "{\"id\": \"y\", \"text\": \"قصف أمس\", \"date\": \"2020-01-01\"}\n",
    );
    let out = akhbar(
        &["extract", "--jsonl", "--reference-date", "2024-05-02"],
        input.as_bytes(),
    );
    let v = lines(&out);
    assert_eq!(v[0]["dates"][0]["value"], "2024-05-01");
    assert_eq!(v[1]["dates"][0]["value"], "2019-12-31");
    let out = akhbar(
        &["extract", "--jsonl"],
        input.as_bytes()[..input.find('\n').unwrap() + 1].as_ref(),
    );
    assert!(lines(&out)[0]["dates"][0]["value"].is_null());
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--reference-date", "yesterday"][..],
        &["extract", "--threads", "0"],
        &["nonsense"],
        &["normalize", "--profile", "nope"],
    ] {
        let out = akhbar(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn plain_files_and_invalid_utf8() {
    let dir = std::env::temp_dir().join(format!("akhbar-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&good, "اشتباكات في الرقة").unwrap();
    std::fs::write(&bad, b"\xd8\xa7\xff").unwrap();
    let out = akhbar(
        &["extract", good.to_str().unwrap(), bad.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let v = lines(&out);
    assert_eq!(v[0]["file"], good.to_str().unwrap());
    assert_eq!(v[0]["places"][0]["id"], "SY11");
    let err = v[1]["error"].as_str().unwrap();
    assert!(err.contains("bad.txt") && err.contains("byte 2"), "{err}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt") && stderr.contains("byte 2"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn normalize_and_gazetteer_commands() {
    let out = akhbar(&["normalize"], "إدلـــب".as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "ادلب");
    let out = akhbar(&["normalize", "--profile", "light"], "إدلـــب".as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "إدلب");

    let out = akhbar(&["gazetteer", "lookup", "الرقه", "--json"], b"");
    assert!(out.status.success());
    let v = lines(&out);
    let raqqa = v.iter().find(|e| e["id"] == "SY11").expect("SY11");
    assert_eq!(raqqa["kind"], "governorate");
    assert_eq!(raqqa["parents"][0]["id"], "SY");
    assert!(raqqa["coordinates"].is_array());

    // An id finds its entry too, with its whole admin chain.
    let out = akhbar(&["gazetteer", "lookup", "SY11", "--json"], b"");
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0]["id"], "SY11");
    assert_eq!(v[0]["name_ar"], "الرقة");

    let out = akhbar(&["gazetteer", "lookup", "لا يوجد مكان بهذا الاسم"], b"");
    assert_eq!(out.status.code(), Some(1));

    let out = akhbar(&["gazetteer", "stats"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    // 14 Syrian governorates, 18 Iraqi ones and the Kurdistan Region's
    // Halabja; every Syrian district.
    assert!(
        text.contains("| governorate | 14 | 19 | 0 | 33 |"),
        "{text}"
    );
    assert!(text.contains("| 2 district | 62 |"), "{text}");
    assert!(text.contains("| with coordinates |"), "{text}");
}

/// The tables of `akhbar gazetteer stats` are the coverage tables that
/// `cargo xtask gazetteer` writes into the akhbar-gazetteer README: both
/// count the same data the same way.
#[test]
fn stats_agree_with_the_gazetteer_readme() {
    let out = akhbar(&["gazetteer", "stats"], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let tables = text
        .split_once("admin level:\n\n")
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("no tables in {text}"));
    assert!(tables.contains("| kind |") && tables.contains("| admin level |"));
    let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/../akhbar-gazetteer/README.md");
    let readme = std::fs::read_to_string(readme).unwrap();
    assert!(
        readme.contains(tables),
        "the README's coverage tables differ from `akhbar gazetteer stats` (run `cargo xtask gazetteer`):\n{tables}"
    );
}

#[test]
fn gazetteer_files_replace_the_embedded_places() {
    let dir = std::env::temp_dir().join(format!("akhbar-cli-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let header =
        "id\tkind\tname_ar\tname_en\taliases\tcountry\tparent\tlat\tlon\tpcode\tgeonames\tsource\n";
    let a = dir.join("a.tsv");
    let b = dir.join("b.tsv");
    std::fs::write(
        &a,
        format!(
            "{header}t-gov\tgovernorate\tوادي الاختبار\tTest valley\t\tSY\t\t35.1\t38.2\t\t\ttest\n"
        ),
    )
    .unwrap();
    // A village of the second file under the governorate of the first, with
    // an ambiguous name that needs context.
    std::fs::write(
        &b,
        format!("{header}t-vil\tvillage\t?الزيتونة\tZaytuna\t\tSY\tt-gov\t\t\t\t\ttest\n"),
    )
    .unwrap();
    let text = "قصف داعش حلب وقرية الزيتونة في وادي الاختبار";
    let input = format!("{{\"id\": 1, \"text\": \"{text}\"}}\n");
    let (fa, fb) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = akhbar(
        &["extract", "--jsonl", "--gazetteer", fa, "--gazetteer", fb],
        input.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = &lines(&out)[0];
    let ids = |k: &str| -> Vec<String> {
        v[k].as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_string())
            .collect()
    };
    // حلب is an embedded place: gone. The files' places are found, the
    // embedded actors and trigger words still work.
    assert_eq!(ids("places"), ["t-vil", "t-gov"], "{v}");
    assert_eq!(ids("actors"), ["ISIS"], "{v}");
    // Without the option the embedded places are back.
    let out = akhbar(&["extract", "--jsonl"], input.as_bytes());
    assert!(lines(&out)[0]["places"][0]["id"] == "SY02");

    // A missing file, a bad row and a missing parent are errors that name
    // the file.
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, format!("{header}x\tnot-a-kind\tاسم\tName\n")).unwrap();
    for (files, says) in [
        (vec![dir.join("none.tsv")], "none.tsv"),
        (vec![bad.clone()], "bad.tsv"),
        (vec![b.clone()], "t-gov"),
    ] {
        let mut args = vec!["extract", "--jsonl"];
        for f in &files {
            args.extend(["--gazetteer", f.to_str().unwrap()]);
        }
        let out = akhbar(&args, input.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{files:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{files:?}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
