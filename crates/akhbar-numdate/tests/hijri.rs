//! The Umm al-Qura table against conversions made by hijridate itself
//! (tests/data/hijri-conversions.tsv, written by scripts/gen-ummalqura.py).

use akhbar_numdate::{gregorian_to_hijri, hijri_to_gregorian, ummalqura_source, HijriError};
use jiff::civil::{date, Date};

#[test]
fn matches_hijridate_everywhere() {
    let data = include_str!("data/hijri-conversions.tsv");
    let mut rows = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let (h, g) = line.split_once('\t').expect("two columns");
        let parts: Vec<i32> = h.split('-').map(|p| p.parse().unwrap()).collect();
        let want: Date = g.parse().unwrap();
        assert_eq!(
            hijri_to_gregorian(parts[0], parts[1], parts[2]).unwrap(),
            want,
            "{h}"
        );
        assert_eq!(gregorian_to_hijri(want).unwrap().to_string(), h, "{g}");
        rows += 1;
    }
    assert_eq!(rows, 5688);
    assert!(data.contains(ummalqura_source()));
}

#[test]
fn known_dates() {
    assert_eq!(hijri_to_gregorian(1445, 9, 1).unwrap(), date(2024, 3, 11));
    assert_eq!(hijri_to_gregorian(1446, 1, 1).unwrap(), date(2024, 7, 7));
    assert_eq!(hijri_to_gregorian(1444, 10, 1).unwrap(), date(2023, 4, 21));
    assert_eq!(hijri_to_gregorian(1343, 1, 1).unwrap(), date(1924, 8, 1));
    assert_eq!(
        hijri_to_gregorian(1500, 12, 30).unwrap(),
        date(2077, 11, 16)
    );
}

#[test]
fn outside_the_table() {
    assert_eq!(
        hijri_to_gregorian(1342, 12, 29),
        Err(HijriError::YearOutOfRange { year: 1342 })
    );
    assert_eq!(
        hijri_to_gregorian(1501, 1, 1),
        Err(HijriError::YearOutOfRange { year: 1501 })
    );
    assert_eq!(
        hijri_to_gregorian(1600, 1, 1),
        Err(HijriError::YearOutOfRange { year: 1600 })
    );
    assert_eq!(
        hijri_to_gregorian(1445, 0, 1),
        Err(HijriError::MonthOutOfRange { month: 0 })
    );
    assert_eq!(
        hijri_to_gregorian(1445, 13, 1),
        Err(HijriError::MonthOutOfRange { month: 13 })
    );
    assert!(matches!(
        hijri_to_gregorian(1445, 9, 31),
        Err(HijriError::DayOutOfRange { .. })
    ));
    assert!(matches!(
        hijri_to_gregorian(1445, 9, 0),
        Err(HijriError::DayOutOfRange { .. })
    ));
    assert!(matches!(
        hijri_to_gregorian(i32::MIN, 1, 1),
        Err(HijriError::YearOutOfRange { .. })
    ));
    assert!(matches!(
        gregorian_to_hijri(date(1924, 7, 31)),
        Err(HijriError::DateOutOfRange { .. })
    ));
    assert!(matches!(
        gregorian_to_hijri(date(2077, 11, 17)),
        Err(HijriError::DateOutOfRange { .. })
    ));
    assert!(gregorian_to_hijri(date(2077, 11, 16)).is_ok());
}
