//! The report printed to stderr: counters and notes by section, in the
//! order they were first used.

#[derive(Default)]
pub struct Report {
    sections: Vec<Section>,
}

#[derive(Default)]
struct Section {
    title: String,
    counts: Vec<(String, usize)>,
    notes: Vec<String>,
}

impl Report {
    fn section(&mut self, title: &str) -> &mut Section {
        if let Some(i) = self.sections.iter().position(|s| s.title == title) {
            return &mut self.sections[i];
        }
        self.sections.push(Section {
            title: title.to_string(),
            ..Section::default()
        });
        self.sections.last_mut().expect("just pushed")
    }

    pub fn add(&mut self, section: &str, what: impl AsRef<str>, n: usize) {
        let s = self.section(section);
        let what = what.as_ref();
        match s.counts.iter_mut().find(|(w, _)| w == what) {
            Some((_, c)) => *c += n,
            None => s.counts.push((what.to_string(), n)),
        }
    }

    pub fn count(&mut self, section: &str, what: impl AsRef<str>) {
        self.add(section, what, 1);
    }

    pub fn note(&mut self, section: &str, line: impl Into<String>) {
        self.section(section).notes.push(line.into());
    }

    pub fn print(&self) {
        for s in &self.sections {
            eprintln!("== {}", s.title);
            for (w, n) in &s.counts {
                eprintln!("  {n:>6}  {w}");
            }
            for l in &s.notes {
                eprintln!("  {l}");
            }
        }
    }
}
