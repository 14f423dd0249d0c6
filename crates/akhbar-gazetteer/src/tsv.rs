//! Reading entries and triggers from TSV.

use std::io::Read;

use crate::entry::{is_country_code, normalized_is_empty, Coordinates, Entry, Name};
use crate::error::{LoadError, LoadErrorKind, Origin};
use crate::kind::{Kind, Target};
use crate::trigger::Trigger;

/// The entry columns, in the order the data files write them.
pub(crate) const COLUMNS: [&str; 12] = [
    "id", "kind", "name_ar", "name_en", "aliases", "country", "parent", "lat", "lon", "pcode",
    "geonames", "source",
];
const REQUIRED: [&str; 3] = ["id", "kind", "name_ar"];

/// Reads all of `reader` as UTF-8 text.
pub(crate) fn read_text(source: &str, mut reader: impl Read) -> Result<String, LoadError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::new(source, 0, None, LoadErrorKind::Io(e)))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        LoadError::new(source, line, None, LoadErrorKind::InvalidUtf8)
    })
}

/// The data lines of a TSV text with their 1-based line numbers: comments
/// (`#`) and blank lines are skipped, line ends trimmed.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Where each known column sits in the file.
struct Header {
    positions: [Option<usize>; 12],
    width: usize,
}

impl Header {
    fn parse(source: &str, line: usize, text: &str) -> Result<Header, LoadError> {
        let mut positions = [None; 12];
        let cells: Vec<&str> = text.split('\t').map(str::trim).collect();
        for (i, cell) in cells.iter().enumerate() {
            let Some(k) = COLUMNS.iter().position(|c| c == cell) else {
                return Err(LoadError::new(
                    source,
                    line,
                    None,
                    LoadErrorKind::UnknownColumn(cell.to_string()),
                ));
            };
            if positions[k].is_some() {
                return Err(LoadError::new(
                    source,
                    line,
                    Some(COLUMNS[k]),
                    LoadErrorKind::DuplicateColumn,
                ));
            }
            positions[k] = Some(i);
        }
        for name in REQUIRED {
            let k = COLUMNS.iter().position(|c| *c == name).unwrap_or(0);
            if positions[k].is_none() {
                return Err(LoadError::new(
                    source,
                    line,
                    Some(COLUMNS[k]),
                    LoadErrorKind::MissingColumn,
                ));
            }
        }
        Ok(Header {
            positions,
            width: cells.len(),
        })
    }
}

/// Parses entry rows.
pub(crate) fn parse_entries(source: &str, text: &str) -> Result<Vec<Entry>, LoadError> {
    let mut lines = data_lines(text);
    let Some((hline, htext)) = lines.next() else {
        return Err(LoadError::new(source, 1, None, LoadErrorKind::NoHeader));
    };
    let header = Header::parse(source, hline, htext)?;
    let mut out = Vec::new();
    for (line, text) in lines {
        out.push(parse_row(source, line, text, &header)?);
    }
    Ok(out)
}

fn parse_row(source: &str, line: usize, text: &str, header: &Header) -> Result<Entry, LoadError> {
    let cells: Vec<&str> = text.split('\t').map(str::trim).collect();
    if cells.len() > header.width {
        return Err(LoadError::new(
            source,
            line,
            None,
            LoadErrorKind::TooManyCells {
                expected: header.width,
                found: cells.len(),
            },
        ));
    }
    let err =
        |col: &'static str, kind: LoadErrorKind| LoadError::new(source, line, Some(col), kind);
    let cell = |k: usize| -> &str {
        header.positions[k]
            .and_then(|i| cells.get(i).copied())
            .unwrap_or("")
    };
    let required = |k: usize| -> Result<&str, LoadError> {
        let v = cell(k);
        if v.is_empty() {
            Err(err(COLUMNS[k], LoadErrorKind::Empty))
        } else {
            Ok(v)
        }
    };
    let id = required(0)?.to_string();
    let kind: Kind = required(1)?
        .parse()
        .map_err(|e| err("kind", LoadErrorKind::Kind(e)))?;
    let mut names = vec![Name::parse(required(2)?)];
    names.extend(
        cell(4)
            .split('|')
            .filter(|a| !a.trim().is_empty())
            .map(Name::parse),
    );
    for (k, n) in names.iter().enumerate() {
        let col = if k == 0 { "name_ar" } else { "aliases" };
        if normalized_is_empty(n.text()) {
            return Err(err(col, LoadErrorKind::EmptyName(n.text().to_string())));
        }
        if n.text().contains(['[', ']']) {
            return Err(err(col, LoadErrorKind::Brackets(n.text().to_string())));
        }
    }
    let countries: Vec<String> = cell(5)
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(bad) = countries.iter().find(|c| !is_country_code(c)) {
        return Err(err("country", LoadErrorKind::Country(bad.clone())));
    }
    let coordinates = match (cell(7), cell(8)) {
        ("", "") => None,
        (lat, lon) => {
            let parse = |v: &str, col: &'static str| {
                v.parse::<f64>()
                    .map_err(|_| err(col, LoadErrorKind::Coordinate(v.to_string())))
            };
            let (lat, lon) = (parse(lat, "lat")?, parse(lon, "lon")?);
            Some(
                Coordinates::new(lat, lon)
                    .ok_or_else(|| err("lat", LoadErrorKind::Coordinate(format!("{lat},{lon}"))))?,
            )
        }
    };
    let geonames = match cell(10) {
        "" => None,
        g => Some(
            g.parse::<u64>()
                .map_err(|_| err("geonames", LoadErrorKind::Geonames(g.to_string())))?,
        ),
    };
    let opt = |k: usize| (!cell(k).is_empty()).then(|| cell(k).to_string());
    Ok(Entry {
        id,
        kind,
        name_en: cell(3).to_string(),
        names,
        countries,
        parent: opt(6),
        coordinates,
        pcode: opt(9),
        geonames,
        source: cell(11).to_string(),
        origin: Origin {
            source: source.to_string(),
            line,
        },
    })
}

/// Parses trigger rows: `word`, `target` (`place`, `actor` or `locative`),
/// optional
/// `kinds` (`|`-separated kinds the word points to), `note`.
pub(crate) fn parse_triggers(source: &str, text: &str) -> Result<Vec<Trigger>, LoadError> {
    let mut lines = data_lines(text);
    let Some((hline, htext)) = lines.next() else {
        return Err(LoadError::new(source, 1, None, LoadErrorKind::NoHeader));
    };
    let cols: Vec<&str> = htext.split('\t').map(str::trim).collect();
    let find = |name: &str| cols.iter().position(|c| *c == name);
    let (Some(word), Some(target)) = (find("word"), find("target")) else {
        let missing = if find("word").is_none() {
            "word"
        } else {
            "target"
        };
        return Err(LoadError::new(
            source,
            hline,
            Some(missing),
            LoadErrorKind::MissingColumn,
        ));
    };
    let kinds_col = find("kinds");
    let mut out = Vec::new();
    for (line, text) in lines {
        let cells: Vec<&str> = text.split('\t').map(str::trim).collect();
        let w = cells.get(word).copied().unwrap_or("");
        if w.is_empty() {
            return Err(LoadError::new(
                source,
                line,
                Some("word"),
                LoadErrorKind::Empty,
            ));
        }
        let t = cells.get(target).copied().unwrap_or("");
        let mut trigger = if t == "locative" {
            Trigger::locative(w)
        } else {
            let t: Target = t.parse().map_err(|e| {
                LoadError::new(source, line, Some("target"), LoadErrorKind::Kind(e))
            })?;
            Trigger::new(w, t)
        };
        if let Some(k) = kinds_col.and_then(|k| cells.get(k)) {
            for kind in k.split('|').map(str::trim).filter(|k| !k.is_empty()) {
                let kind: Kind = kind.parse().map_err(|e| {
                    LoadError::new(source, line, Some("kinds"), LoadErrorKind::Kind(e))
                })?;
                trigger = trigger.kind(kind);
            }
        }
        out.push(trigger);
    }
    Ok(out)
}

/// Writes entries as TSV with every column, in the order of the data files.
pub(crate) fn write_entries(entries: &[&Entry]) -> String {
    let mut out = COLUMNS.join("\t");
    out.push('\n');
    for e in entries {
        let aliases: Vec<String> = e.aliases().map(Name::to_string).collect();
        let (lat, lon) = e
            .coordinates()
            .map(|c| (c.lat().to_string(), c.lon().to_string()))
            .unwrap_or_default();
        let cells = [
            e.id().to_string(),
            e.kind().to_string(),
            e.names[0].to_string(),
            e.name_en().to_string(),
            aliases.join("|"),
            e.countries.join("|"),
            e.parent().unwrap_or("").to_string(),
            lat,
            lon,
            e.pcode().unwrap_or("").to_string(),
            e.geonames().map(|g| g.to_string()).unwrap_or_default(),
            e.source().to_string(),
        ];
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// Parses blocker rows: `phrase`, `note`.
pub(crate) fn parse_blockers(source: &str, text: &str) -> Result<Vec<String>, LoadError> {
    let mut lines = data_lines(text);
    let Some((hline, htext)) = lines.next() else {
        return Err(LoadError::new(source, 1, None, LoadErrorKind::NoHeader));
    };
    let Some(col) = htext.split('\t').map(str::trim).position(|c| c == "phrase") else {
        return Err(LoadError::new(
            source,
            hline,
            Some("phrase"),
            LoadErrorKind::MissingColumn,
        ));
    };
    let mut out = Vec::new();
    for (line, text) in lines {
        let phrase = text.split('\t').nth(col).map(str::trim).unwrap_or("");
        if normalized_is_empty(phrase) {
            return Err(LoadError::new(
                source,
                line,
                Some("phrase"),
                LoadErrorKind::Empty,
            ));
        }
        out.push(phrase.to_string());
    }
    Ok(out)
}
