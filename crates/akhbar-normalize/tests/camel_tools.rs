//! Our folds must equal CAMeL Tools 1.6.0 on real text, where both have the
//! same fold. The pairs file is evaluation material kept outside the
//! repository (`../shared/eval/normalize-pairs.jsonl`, or the path in
//! `AKHBAR_NORMALIZE_PAIRS`); the test skips with a message without it.

use std::path::PathBuf;

use akhbar_normalize::{Config, Normalizer};

fn pairs_path() -> PathBuf {
    std::env::var_os("AKHBAR_NORMALIZE_PAIRS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/eval/normalize-pairs.jsonl")
        })
}

#[test]
fn equals_camel_tools_on_real_text() {
    let path = pairs_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "SKIPPED equals_camel_tools_on_real_text: {} is absent",
            path.display()
        );
        return;
    };
    let dediac = Normalizer::new(Config::none().diacritics(true));
    let chain = Normalizer::new(Config::camel_tools());
    let mut lines = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
        let input = v["input"].as_str().expect("input");
        assert_eq!(
            dediac.normalize(input),
            v["dediac"].as_str().expect("dediac"),
            "dediac_ar differs on line {}",
            i + 1
        );
        assert_eq!(
            chain.normalize(input),
            v["camel_chain"].as_str().expect("camel_chain"),
            "camel chain differs on line {}",
            i + 1
        );
        lines += 1;
    }
    assert!(lines > 0, "{} holds no pairs", path.display());
}
