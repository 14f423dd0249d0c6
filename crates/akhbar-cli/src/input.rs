//! Reading documents: whole files, or lines of JSONL.

use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// A whole document: a file or standard input.
pub struct Document {
    /// The file name, or `<stdin>`.
    pub name: String,
    /// The text, or why it could not be read.
    pub text: Result<String, String>,
}

/// The documents named by `files`, or standard input when there are none.
pub fn documents(files: &[PathBuf]) -> impl Iterator<Item = Document> + '_ {
    let stdin = files.is_empty().then(|| {
        let mut bytes = Vec::new();
        let text = io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())
            .and_then(|_| utf8(bytes));
        Document {
            name: "<stdin>".to_string(),
            text,
        }
    });
    stdin.into_iter().chain(files.iter().map(|p| Document {
        name: p.display().to_string(),
        text: fs::read(p).map_err(|e| e.to_string()).and_then(utf8),
    }))
}

/// The bytes as text, or an error naming the first bad byte.
pub fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// The lines of the JSONL inputs, numbered from 1 across each input, as
/// raw bytes (a line that is not UTF-8 must still yield an output line).
pub struct Lines {
    sources: Vec<Source>,
    current: Option<(String, Box<dyn BufRead>)>,
    line: usize,
}

enum Source {
    Stdin,
    File(PathBuf),
}

/// One input line.
pub struct Line {
    /// Where it comes from: the source name and the 1-based line number.
    pub source: String,
    pub number: usize,
    /// The line without its end (`\n` or `\r\n`), or the read error.
    pub bytes: Result<Vec<u8>, String>,
}

impl Lines {
    pub fn new(files: &[PathBuf]) -> Lines {
        let sources = if files.is_empty() {
            vec![Source::Stdin]
        } else {
            files.iter().cloned().map(Source::File).rev().collect()
        };
        Lines {
            sources,
            current: None,
            line: 0,
        }
    }

    fn open(path: &Path) -> io::Result<Box<dyn BufRead>> {
        Ok(Box::new(io::BufReader::with_capacity(
            1 << 16,
            fs::File::open(path)?,
        )))
    }
}

impl Iterator for Lines {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            if self.current.is_none() {
                let source = self.sources.pop()?;
                self.line = 0;
                match source {
                    Source::Stdin => {
                        self.current = Some(("<stdin>".to_string(), Box::new(io::stdin().lock())));
                    }
                    Source::File(p) => {
                        let name = p.display().to_string();
                        match Lines::open(&p) {
                            Ok(r) => self.current = Some((name, r)),
                            Err(e) => {
                                return Some(Line {
                                    source: name,
                                    number: 0,
                                    bytes: Err(e.to_string()),
                                })
                            }
                        }
                    }
                }
            }
            let (name, reader) = self.current.as_mut()?;
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.current = None;
                    continue;
                }
                Ok(_) => {
                    self.line += 1;
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                        if buf.last() == Some(&b'\r') {
                            buf.pop();
                        }
                    }
                    return Some(Line {
                        source: name.clone(),
                        number: self.line,
                        bytes: Ok(buf),
                    });
                }
                Err(e) => {
                    self.line += 1;
                    let line = Line {
                        source: name.clone(),
                        number: self.line,
                        bytes: Err(e.to_string()),
                    };
                    self.current = None;
                    return Some(line);
                }
            }
        }
    }
}
