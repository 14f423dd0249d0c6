//! Reading tab-separated files: one header row, `#` comment lines and blank
//! lines skipped, cells trimmed.

use std::path::Path;

/// A TSV file read into memory.
pub struct Table {
    /// The file name, for messages.
    pub name: String,
    cols: Vec<String>,
    pub rows: Vec<Row>,
}

/// One data row with its 1-based line number in the file.
pub struct Row {
    pub line: usize,
    cells: Vec<String>,
}

impl Row {
    /// The cell at `i`, empty when the row is short.
    pub fn get(&self, i: usize) -> &str {
        self.cells.get(i).map(String::as_str).unwrap_or("")
    }
}

impl Table {
    pub fn read(path: &Path) -> Result<Table, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Table::parse(&name, &text)
    }

    pub fn parse(name: &str, text: &str) -> Result<Table, String> {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let (_, header) = lines
            .next()
            .ok_or_else(|| format!("{name}: no header row"))?;
        let cols = header.split('\t').map(|c| c.trim().to_string()).collect();
        let rows = lines
            .map(|(line, l)| Row {
                line,
                cells: l.split('\t').map(|c| c.trim().to_string()).collect(),
            })
            .collect();
        Ok(Table {
            name: name.to_string(),
            cols,
            rows,
        })
    }

    /// The index of column `col`.
    pub fn col(&self, col: &str) -> Result<usize, String> {
        self.cols
            .iter()
            .position(|c| c == col)
            .ok_or_else(|| format!("{}: no column {col:?} in the header", self.name))
    }

    /// `file:line`, for messages about a row.
    pub fn at(&self, row: &Row) -> String {
        format!("{}:{}", self.name, row.line)
    }
}
