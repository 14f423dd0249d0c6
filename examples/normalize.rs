//! Normalizes a file (or standard input) with the `search` profile and
//! prints the result, then how many bytes changed.
//!
//! ```text
//! cargo run --release --example normalize -- article.txt
//! ```

use std::io::Read;

use akhbar::normalize::Normalizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let normalized = Normalizer::search().normalize_with_map(&text);
    println!("{}", normalized.as_str());
    eprintln!(
        "{} bytes in, {} bytes out",
        normalized.map().original_len(),
        normalized.map().normalized_len()
    );
    Ok(())
}
