//! Adds your own places and actors to the embedded data and matches them
//! alongside it: entries built in code, and a TSV file in the format of the
//! embedded data (see `crates/akhbar-gazetteer/data/README.md`).
//!
//! ```text
//! cargo run --example custom_gazetteer
//! ```

use akhbar::gazetteer::{ActorKind, Entry, Gazetteer, Kind};
use akhbar::Analyzer;

/// A team's own list: a checkpoint and a farm they track, one ambiguous
/// (`?`: the name is also a common word, so it needs context).
const MY_PLACES: &str = "\
id\tkind\tname_ar\tname_en\taliases\tcountry\tparent\tsource
cp-14\tfacility\tحاجز الفرقة الرابعة\tFourth Division checkpoint\tحاجز المعبر\tSY\tSY12\tour field team, 2024
farm-3\tvillage\t?المزرعة الكبيرة\tthe big farm\t\tSY\tSY09\tour field team, 2024
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let militia = Entry::builder(
        "my-local-guard",
        Kind::Actor(ActorKind::Militia),
        "حرس القرى",
        "Village Guard",
    )
    .alias("عناصر حرس القرى")
    .country("SY")
    .source("our analysts, 2024")
    .build()?;

    let gazetteer = Gazetteer::builder()
        .embedded()
        .tsv("my-places.tsv", MY_PLACES.as_bytes())?
        .entry(militia)
        .build()?;
    let analyzer = Analyzer::builder().gazetteer(gazetteer).build()?;

    let text = "اشتبك حرس القرى مع مسلحين قرب حاجز الفرقة الرابعة في ريف درعا، \
                ثم في قرية المزرعة الكبيرة بريف دير الزور.";
    let a = analyzer.analyze(text);
    for m in a.places.iter().chain(&a.actors) {
        println!(
            "{}  → {} [{}] ({:?})",
            m.as_str(),
            m.entry().name_en(),
            m.entry().id(),
            m.reason()
        );
    }
    let ids: Vec<&str> = a
        .places
        .iter()
        .chain(&a.actors)
        .map(|m| m.entry().id())
        .collect();
    assert!(ids.contains(&"cp-14") && ids.contains(&"farm-3") && ids.contains(&"my-local-guard"));
    Ok(())
}
