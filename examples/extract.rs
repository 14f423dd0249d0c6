//! Analyses one article and prints what was found, one line per mention.
//!
//! ```text
//! cargo run --release --example extract -- examples/data/sample-article.txt [YYYY-MM-DD]
//! ```
//!
//! With no file, a short article written for this example is used. The
//! optional date is the publication date that relative dates resolve against.

use akhbar::Analyzer;

const ARTICLE: &str = "أعلنت «قسد» مقتل ٣ عناصر من تنظيم داعش أمس في بلدة ذيبان بريف دير الزور، \
                       بعد أسبوعين من هجوم على مخيم الهول أسفر عن إصابة خمسة حراس.";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
        None => ARTICLE.to_string(),
    };
    let date = match args.next() {
        Some(d) => Some(
            d.parse::<jiff::civil::Date>()
                .map_err(|e| format!("{d}: {e}"))?,
        ),
        None => Some(jiff::civil::date(2024, 10, 20)),
    };
    let analyzer = Analyzer::new();
    let a = analyzer.analyze_with_date(&text, date);
    for p in &a.places {
        let e = p.entry();
        println!(
            "place  {:>5}..{:<5} {}  → {} ({}, {}, {})",
            p.span().start,
            p.span().end,
            p.as_str(),
            e.name_en(),
            e.kind(),
            e.country().unwrap_or("-"),
            e.id()
        );
    }
    for x in &a.actors {
        println!(
            "actor  {:>5}..{:<5} {}  → {} ({})",
            x.span().start,
            x.span().end,
            x.as_str(),
            x.entry().name_en(),
            x.entry().id()
        );
    }
    for n in &a.numbers {
        let value = match (n.value(), n.range()) {
            (_, Some((lo, hi))) => format!("{lo}–{hi}"),
            (Some(v), None) => v.to_string(),
            (None, None) => "(vague)".to_string(),
        };
        println!(
            "number {:>5}..{:<5} {}  → {} ({})",
            n.span().start,
            n.span().end,
            n.as_str(),
            value,
            n.kind()
        );
    }
    for d in &a.dates {
        let value = d
            .value()
            .map_or("(unresolved)".to_string(), |v| v.to_string());
        println!(
            "date   {:>5}..{:<5} {}  → {}",
            d.span().start,
            d.span().end,
            d.as_str(),
            value
        );
    }
    Ok(())
}
