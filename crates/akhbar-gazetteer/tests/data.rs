//! Invariants of the embedded data.

use std::collections::{HashMap, HashSet};

use akhbar_gazetteer::{Entry, Gazetteer, Kind, NameUse, PlaceKind};
use akhbar_normalize::Normalizer;

fn g() -> &'static Gazetteer {
    Gazetteer::embedded()
}

#[test]
fn every_entry_is_complete() {
    for e in g().entries() {
        assert!(!e.name_en().is_empty(), "{}: no English name", e.id());
        assert!(!e.source().is_empty(), "{}: no source note", e.id());
        if e.kind() != Kind::Place(PlaceKind::Region) {
            assert!(e.country().is_some(), "{}: no country", e.id());
        }
    }
}

#[test]
fn arabic_names_use_arabic_letters_only() {
    const NOT_ARABIC: [char; 9] = ['پ', 'چ', 'ژ', 'گ', 'ڤ', 'ۆ', 'ێ', 'ڕ', 'ڵ'];
    for e in g().entries() {
        for n in e.names() {
            assert!(
                !n.text().chars().any(|c| NOT_ARABIC.contains(&c)),
                "{}: {:?} has a Persian or Kurdish letter",
                e.id(),
                n.text()
            );
            assert!(
                n.text()
                    .chars()
                    .any(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
                "{}: {:?} has no Arabic letter",
                e.id(),
                n.text()
            );
        }
    }
}

/// Bounding boxes of the countries the data covers in detail, with a small
/// margin (degrees).
fn bbox(country: &str) -> Option<(f64, f64, f64, f64)> {
    match country {
        "SY" => Some((32.3, 37.4, 35.6, 42.4)),
        "IQ" => Some((29.0, 37.4, 38.7, 48.7)),
        "TR" => Some((35.8, 42.2, 25.6, 44.9)),
        "JO" => Some((29.1, 33.4, 34.9, 39.4)),
        "LB" => Some((33.0, 34.7, 35.0, 36.7)),
        _ => None,
    }
}

#[test]
fn coordinates_lie_inside_their_country() {
    for e in g().entries() {
        let (Some(c), Some(country)) = (e.coordinates(), e.country()) else {
            continue;
        };
        if let Some((lat0, lat1, lon0, lon1)) = bbox(country) {
            assert!(
                (lat0..=lat1).contains(&c.lat()) && (lon0..=lon1).contains(&c.lon()),
                "{} ({}) at {},{} is outside {country}",
                e.id(),
                e.name_ar(),
                c.lat(),
                c.lon()
            );
        }
    }
}

#[test]
fn places_sit_in_the_country_of_their_parent() {
    for e in g().entries().filter(|e| e.kind().is_place()) {
        let Some(parent) = e.parent().and_then(|p| g().get(p)) else {
            continue;
        };
        if let (Some(a), Some(b)) = (e.country(), parent.country()) {
            assert_eq!(
                a,
                b,
                "{} is in {a} but its parent {} in {b}",
                e.id(),
                parent.id()
            );
        }
    }
}

#[test]
fn actors_have_actor_parents_and_places_place_parents() {
    for e in g().entries() {
        if let Some(p) = e.parent().and_then(|p| g().get(p)) {
            assert_eq!(e.target(), p.target(), "{} -> {}", e.id(), p.id());
        }
    }
}

/// Two entries may share a matchable name only when that was decided: the
/// name is marked ambiguous on all but at most one of them, or they are one
/// admin chain (a district, its seat town and its sub-district).
#[test]
fn no_name_is_claimed_twice_without_a_decision() {
    let norm = Normalizer::search();
    let mut owners: HashMap<String, Vec<&Entry>> = HashMap::new();
    for e in g().entries() {
        let mut seen = HashSet::new();
        for n in e.names().filter(|n| n.usage() == NameUse::Match) {
            let key = norm.normalize(n.text()).into_owned();
            if seen.insert(key.clone()) {
                owners.entry(key).or_default().push(e);
            }
        }
    }
    let mut clashes = Vec::new();
    for (name, es) in &owners {
        for (i, a) in es.iter().enumerate() {
            for b in &es[i + 1..] {
                let chain = g().is_ancestor(a.id(), b.id()) || g().is_ancestor(b.id(), a.id());
                if !chain {
                    clashes.push(format!("{name}: {} and {}", a.id(), b.id()));
                }
            }
        }
    }
    clashes.sort();
    assert!(
        clashes.is_empty(),
        "{} unmarked names shared by unrelated entries:\n{}",
        clashes.len(),
        clashes.join("\n")
    );
}

#[test]
fn the_actors_the_issue_asks_for_are_there() {
    let actors = g().entries().filter(|e| e.kind().is_actor()).count();
    assert!(actors >= 80, "{actors} actors");
    for id in [
        "ISIS",
        "SDF",
        "YPG",
        "YPJ",
        "ASAYISH",
        "PESHMERGA",
        "HTS",
        "NUSRA",
        "HURRAS_AL_DIN",
        "AQ",
        "SNA",
        "FSA",
        "AHRAR_AL_SHAM",
        "JAYSH_AL_ISLAM",
        "SYRIAN_GOV_FORCES",
        "FOURTH_DIVISION",
        "TIGER_FORCES",
        "REPUBLICAN_GUARD",
        "NDF",
        "MILITARY_INTELLIGENCE",
        "SYRIAN_MOD_FORCES",
        "GENERAL_SECURITY",
        "HEZBOLLAH",
        "IRANIAN_FORCES",
        "IRGC",
        "FATEMIYOUN",
        "ZAINABIYOUN",
        "NUJABA",
        "IRAN_BACKED_MILITIAS",
        "RUSSIAN_FORCES",
        "WAGNER",
        "TURKISH_FORCES",
        "US_FORCES",
        "CENTCOM",
        "COALITION",
        "PKK",
        "PYD",
        "PMF",
        "KATAIB_HEZBOLLAH",
        "ASAIB_AHL_AL_HAQ",
        "BADR",
        "SARAYA_AL_SALAM",
        "KATAIB_SAYYID_AL_SHUHADA",
        "IRAQI_ARMY",
        "CTS",
        "FEDERAL_POLICE",
        "IRAQI_SECURITY_FORCES",
        "TRIBAL_MOBILISATION",
        "YBS",
    ] {
        let e = g().get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(e.kind().is_actor(), "{id} is not an actor");
    }
    // Umbrellas.
    assert_eq!(g().get("YPG").unwrap().parent(), Some("SDF"));
    assert_eq!(g().get("KATAIB_HEZBOLLAH").unwrap().parent(), Some("PMF"));
}

fn has(name: &str, kind: PlaceKind) -> bool {
    g().lookup(name).any(|e| e.kind() == Kind::Place(kind))
}

#[test]
fn the_places_the_issue_asks_for_are_there() {
    let governorates = |country: &str| {
        g().entries()
            .filter(|e| {
                e.kind() == Kind::Place(PlaceKind::Governorate) && e.country() == Some(country)
            })
            .count()
    };
    assert_eq!(governorates("SY"), 14);
    assert_eq!(governorates("IQ"), 19, "18 governorates and Halabja");
    assert!(g().get("IQ-KR").is_some(), "the Kurdistan Region");
    let sy_districts = g()
        .entries()
        .filter(|e| e.kind() == Kind::Place(PlaceKind::District) && e.country() == Some("SY"))
        .count();
    assert!(sy_districts >= 61, "{sy_districts} Syrian districts");
    for (name, kind) in [
        ("الهول", PlaceKind::Camp),
        ("الروج", PlaceKind::Camp),
        ("غويران", PlaceKind::Prison),
        ("الصناعة", PlaceKind::Prison),
        ("صيدنايا", PlaceKind::Prison),
        ("البادية السورية", PlaceKind::Desert),
        ("الجزيرة", PlaceKind::Region),
        ("وادي الفرات", PlaceKind::Region),
        ("صحراء الأنبار", PlaceKind::Desert),
        ("جيب هجين", PlaceKind::Region),
        ("جبل البشري", PlaceKind::Mountain),
        ("جبل العمور", PlaceKind::Mountain),
        ("جبال حمرين", PlaceKind::Mountain),
        ("جبل سنجار", PlaceKind::Mountain),
        ("قنديل", PlaceKind::Mountain),
        ("الفرات", PlaceKind::River),
        ("دجلة", PlaceKind::River),
        ("الخابور", PlaceKind::River),
        ("البوكمال", PlaceKind::Crossing),
        ("القائم", PlaceKind::Crossing),
        ("اليعربية", PlaceKind::Crossing),
        ("ربيعة", PlaceKind::Crossing),
        ("سيمالكا", PlaceKind::Crossing),
        ("فيشخابور", PlaceKind::Crossing),
        ("باب الهوى", PlaceKind::Crossing),
        ("باب السلامة", PlaceKind::Crossing),
        ("التنف", PlaceKind::Crossing),
        ("نصيب", PlaceKind::Crossing),
        ("طريبيل", PlaceKind::Crossing),
        ("عين الأسد", PlaceKind::Base),
        ("حرير", PlaceKind::Base),
        ("التنف", PlaceKind::Base),
        ("العمر", PlaceKind::OilField),
        ("كونيكو", PlaceKind::OilField),
        ("الشدادي", PlaceKind::Base),
    ] {
        assert!(has(name, kind), "no {kind} named {name}");
    }
    for country in ["SY", "IQ", "TR", "IR", "JO", "LB", "IL", "RU", "US"] {
        assert_eq!(
            g().get(country).map(|e| e.kind()),
            Some(Kind::Place(PlaceKind::Country)),
            "{country}"
        );
    }
}

#[test]
fn lookups() {
    let raqqa: Vec<&str> = g().lookup("الرقه").map(|e| e.id()).collect();
    assert!(raqqa.contains(&"SY11"));
    assert!(g().lookup("raqqa").any(|e| e.id() == "SY11"));
    assert!(g().children("SY11").count() >= 3);
    assert!(g().children("SY11").all(|e| e.parent() == Some("SY11")));
    let chain: Vec<&str> = g().ancestors("C5175").map(|e| e.id()).collect();
    assert_eq!(chain.last(), Some(&"SY"));
    assert!(chain.contains(&"SY09"));
    assert!(g().ancestors("nope").next().is_none());
    assert!(g().children("nope").next().is_none());
}

#[test]
fn tsv_round_trip_keeps_every_field() {
    let all: Vec<&Entry> = g().entries().collect();
    let tsv = Gazetteer::to_tsv(&all);
    let back = Gazetteer::builder()
        .tsv("round-trip", tsv.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(back.len(), g().len());
    for (a, b) in g().entries().zip(back.entries()) {
        assert_eq!(a.id(), b.id());
        assert_eq!(a.kind(), b.kind());
        assert_eq!(a.names().collect::<Vec<_>>(), b.names().collect::<Vec<_>>());
        assert_eq!(
            a.countries().collect::<Vec<_>>(),
            b.countries().collect::<Vec<_>>()
        );
        assert_eq!(a.parent(), b.parent());
        assert_eq!(a.coordinates(), b.coordinates());
        assert_eq!(a.pcode(), b.pcode());
        assert_eq!(a.geonames(), b.geonames());
        assert_eq!(a.source(), b.source());
    }
}
