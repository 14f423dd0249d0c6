//! Prints the numbers and dates of each line of standard input.
//!
//! ```sh
//! echo "قتل ١٤ عنصراً في 15 آذار 2019" | cargo run -p akhbar-numdate --example scan -- 2019-03-20
//! ```
//!
//! The optional argument is the reference date (YYYY-MM-DD) for relative
//! expressions.

use std::io::BufRead;

fn main() {
    let reference = std::env::args()
        .nth(1)
        .and_then(|s| s.parse::<jiff::civil::Date>().ok());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let found = akhbar_numdate::scan_text(&line, reference);
        for n in &found.numbers {
            println!(
                "number\t{}\t{:?}\t{:?}\t{:?}\tapprox={}",
                n.as_str(),
                n.kind(),
                n.value(),
                n.range(),
                n.is_approximate()
            );
        }
        for d in &found.dates {
            println!(
                "date\t{}\t{}\t{:?}\tmod={:?}\thijri={:?}\ttime={:?}\twd={:?}",
                d.as_str(),
                d.value().map_or("-".to_string(), |v| v.to_string()),
                d.kind(),
                d.modifier(),
                d.hijri().map(|h| h.to_string()),
                d.time().map(|t| t.to_string()),
                d.weekday()
            );
        }
    }
}
