//! Resolves relative dates against a publication date: the same sentence
//! read on two days gives two different calendar dates.
//!
//! ```text
//! cargo run --example dates
//! ```

use akhbar::numdate::DateScanner;
use jiff::civil::date;

fn main() {
    let text = "وقع الهجوم أمس، بعد هجوم مماثل في 15 أكتوبر الماضي وآخر مطلع العام الجاري، \
                فيما يعود أول هجوم إلى 3 رمضان 1445 هـ.";
    let scanner = DateScanner::new();
    for published in [date(2024, 11, 2), date(2025, 1, 7)] {
        println!("published {published}:");
        for d in scanner.find_iter(text, Some(published)) {
            let value = d.value().map_or("-".to_string(), |v| v.to_string());
            let hijri = d
                .hijri()
                .map(|h| format!(" (Hijri {h})"))
                .unwrap_or_default();
            println!("  {:<22} → {value}{hijri}", d.as_str());
        }
    }
    println!("no publication date:");
    for d in scanner.find_iter(text, None) {
        println!(
            "  {:<22} → {}",
            d.as_str(),
            d.value()
                .map_or("(relative, unresolved)".to_string(), |v| v.to_string())
        );
    }
}
