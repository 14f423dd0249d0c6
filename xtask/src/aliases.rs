//! Writes the names the gazetteer matcher looks for, one a line, for the
//! comparison with other matchers (`scripts/bench-peers.sh`).
//!
//! Every name of every entry of the embedded gazetteer except the
//! look-up-only ones, ambiguous names included (the matcher looks for them
//! and then asks for context), normalized with the `search` profile,
//! deduplicated and sorted. Other tools get the same list to match against
//! text normalized the same way.

use std::collections::BTreeSet;
use std::path::PathBuf;

use akhbar_gazetteer::{Gazetteer, NameUse};
use akhbar_normalize::SEARCH;

pub fn run(args: &[String]) -> Result<(), String> {
    let out: PathBuf = crate::option(args, "--out")
        .ok_or("aliases: --out FILE is required")?
        .into();
    let names = aliases(Gazetteer::embedded());
    let mut content = String::new();
    for n in &names {
        content.push_str(n);
        content.push('\n');
    }
    std::fs::write(&out, content).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {} ({} names)", out.display(), names.len());
    Ok(())
}

/// The matchable names of `gazetteer`, normalized, deduplicated, sorted.
fn aliases(gazetteer: &Gazetteer) -> BTreeSet<String> {
    gazetteer
        .entries()
        .flat_map(|e| e.names())
        .filter(|n| n.usage() != NameUse::LookupOnly)
        .map(|n| SEARCH.normalize(n.text()).trim().to_string())
        .filter(|n| !n.is_empty() && !n.contains('\n'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_names_are_normalized_and_matchable_only() {
        let names = aliases(Gazetteer::embedded());
        assert!(names.contains("قسد"));
        assert!(names.contains("الرقه"), "teh marbuta is folded");
        assert!(!names.iter().any(|n| n.contains('ة') || n.contains('أ')));
    }
}
