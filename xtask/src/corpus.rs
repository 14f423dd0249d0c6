//! Writes the generated news corpus of the benches to a file, for the
//! comparison with other tools (`scripts/bench-peers.sh`).
//!
//! Two shapes: one text of at least `--bytes N` bytes (paragraphs separated
//! by blank lines), or `--articles N --article-bytes B` articles as JSONL,
//! one `{"id": i, "text": "..."}` object a line. Both are exactly what the
//! criterion benches generate, so the Rust and the Python side measure the
//! same text. With `--normalized` the single text is written normalized
//! with akhbar's `search` profile, the form of `cargo xtask aliases`: other
//! matchers get it ready-made, while akhbar's matcher normalizes (with the
//! offset map) inside its measured time.

#[path = "../../benches/support/corpus.rs"]
#[allow(dead_code)]
mod generator;

use std::path::PathBuf;

pub fn run(args: &[String]) -> Result<(), String> {
    let out: PathBuf = crate::option(args, "--out")
        .ok_or("corpus: --out FILE is required")?
        .into();
    let bytes = number(args, "--bytes")?;
    let articles = number(args, "--articles")?;
    let normalized = args.iter().any(|a| a == "--normalized");
    let content = match (bytes, articles) {
        (Some(bytes), None) if normalized => akhbar_normalize::SEARCH
            .normalize(&generator::news_corpus(bytes))
            .into_owned(),
        (Some(bytes), None) => generator::news_corpus(bytes),
        (None, Some(_)) if normalized => {
            return Err("corpus: --normalized applies to --bytes only".into())
        }
        (None, Some(count)) => {
            let size = number(args, "--article-bytes")?.unwrap_or(2_000);
            jsonl(&generator::news_articles(count, size))
        }
        _ => return Err("corpus: give either --bytes N or --articles N".into()),
    };
    std::fs::write(&out, &content).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), content.len());
    Ok(())
}

/// The value of `--name N` as a byte or item count, if present.
fn number(args: &[String], name: &str) -> Result<Option<usize>, String> {
    match crate::option(args, name) {
        None if args.iter().any(|a| a == name) => Err(format!("corpus: {name} needs a value")),
        None => Ok(None),
        Some(v) => v
            .replace('_', "")
            .parse()
            .map(Some)
            .map_err(|_| format!("corpus: {name} {v:?} is not a number")),
    }
}

/// The articles as JSON lines `{"id":0,"text":"..."}`.
fn jsonl(articles: &[String]) -> String {
    let mut out = String::new();
    for (i, text) in articles.iter().enumerate() {
        out.push_str(&format!("{{\"id\":{i},\"text\":"));
        json_string(text, &mut out);
        out.push_str("}\n");
    }
    out
}

/// Appends `s` as a JSON string literal (UTF-8 kept as is).
fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_quotes_and_controls() {
        let mut s = String::new();
        json_string("قال: \"نعم\"\n\\\u{1}", &mut s);
        assert_eq!(s, r#""قال: \"نعم\"\n\\\u0001""#);
    }

    #[test]
    fn jsonl_is_one_object_a_line() {
        let out = jsonl(&["أ".into(), "ب".into()]);
        assert_eq!(
            out,
            "{\"id\":0,\"text\":\"أ\"}\n{\"id\":1,\"text\":\"ب\"}\n"
        );
    }
}
