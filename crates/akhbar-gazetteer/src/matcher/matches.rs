//! The iterator over the names of one text: finding them word by word,
//! and deciding each with the context around it.

use std::borrow::Cow;
use std::collections::VecDeque;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::Anchored;
use akhbar_normalize::{is_whole_word, MapHint, Normalized, Span};

use super::context::{in_countries, licenses, nearness, rank, Near, Score, GOVERNORATE_REACH};
use super::words::{
    first_clitic_start, is_word_at, next_word_start, pair_hash, second_clitic_start, word_end_fast,
    word_hash_at, WordInfo, ARABIC_WORD,
};
use super::{Candidate, Match, Matcher, Reason};
use crate::entry::NameUse;
use crate::gazetteer::Gazetteer;
use crate::kind::Target;

/// A name found in the text that passed the word checks, not yet decided.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    /// Normalized span of the name, without clitics.
    start: usize,
    end: usize,
    /// Start of the word (the clitics before the name).
    word: usize,
    pattern: u32,
    /// Whether the candidates of the name as written apply, and those of
    /// the contracted form (after ل).
    full: bool,
    contracted: bool,
    /// Whether every candidate needs context (ambiguous or weak).
    ambiguous: bool,
    /// Whether there is more than one candidate.
    shared: bool,
    /// Whether places nearby must be weighed: an ambiguous name, or one
    /// shared by entries on different parent chains.
    needs_context: bool,
    /// A blocker phrase: consumed, never reported.
    blocked: bool,
    /// The trigger word right before it (its span and index), looked for
    /// when context matters: the name's own decision needs it, and so do
    /// the names before it, for which it may be context.
    trigger: Option<(Span, u32)>,
}

impl Found {
    pub(super) fn candidates<'m>(&self, m: &'m Matcher) -> impl Iterator<Item = Candidate> + 'm {
        m.patterns[self.pattern as usize]
            .candidates(self.full, self.contracted)
            .iter()
            .copied()
    }
}

/// An accepted match kept for context: its normalized span and entry.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    start: usize,
    end: usize,
    entry: u32,
}

/// Whether a name (its word starting at `word`, the name at `start`)
/// follows the name ending at `end` in a list: after a comma, or joined by
/// و.
fn joined(hay: &str, end: usize, word: usize, start: usize) -> bool {
    if end > word {
        return false;
    }
    // Normalized text has only ASCII spaces and commas between words.
    let mut commas = 0;
    for &b in &hay.as_bytes()[end..word] {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b',' => commas += 1,
            _ => return false,
        }
    }
    commas == 1 || (commas == 0 && hay.as_bytes()[word..start].starts_with("و".as_bytes()))
}

/// The last accepted name, which the next may be coordinated with.
#[derive(Clone, Copy, Debug)]
struct Last {
    /// Normalized end of the name and start of its word.
    end: usize,
    word: usize,
    target: Target,
    /// The trigger word that heads the list it is in (قرى in قرى الكرامة
    /// والصور), when known: the one before it, or the one its list had.
    list_trigger: Option<u32>,
    /// How many names its list has up to it (1 when it stands alone).
    listed: u8,
}

/// The matches of one text; made by [`Matcher::find_iter`].
#[derive(Debug)]
pub struct Matches<'m, 'n> {
    matcher: &'m Matcher,
    normalized: Cow<'n, Normalized<'n>>,
    /// Where the search for names resumes.
    pos: usize,
    /// Names found but not decided yet, in text order.
    pending: VecDeque<Found>,
    /// Accepted matches within the context window behind.
    history: VecDeque<Anchor>,
    /// The last accepted match, for lists.
    last: Option<Last>,
    /// After a name was rejected: names starting where it started must end
    /// before it did (a shorter name there may still be acceptable).
    cap: Option<(usize, usize)>,
    /// The places that give context to the name being decided: a buffer
    /// kept to spare an allocation per decision.
    anchors: Vec<(usize, usize, u32)>,
    /// Where the last span was mapped back to the original text.
    hint: MapHint,
    /// A place named within the name just reported, reported next.
    queued: Option<Match<'m>>,
}

impl<'m, 'n> Matches<'m, 'n> {
    pub(super) fn new(
        matcher: &'m Matcher,
        normalized: Cow<'n, Normalized<'n>>,
    ) -> Matches<'m, 'n> {
        Matches {
            matcher,
            normalized,
            pos: 0,
            pending: VecDeque::new(),
            history: VecDeque::new(),
            last: None,
            cap: None,
            anchors: Vec::new(),
            hint: MapHint::default(),
            queued: None,
        }
    }

    fn hay(&self) -> &str {
        self.normalized.as_str()
    }

    /// Finds the next name after `pos`.
    ///
    /// A name starts at the start of a word, or after a chain of proclitic
    /// letters (و ف, then ب ك ل). At each such place, the word is looked up
    /// among the first words of all names; only on a hit is the automaton
    /// walked, anchored there, and its matches tried longest first.
    fn pull(&mut self) -> Option<Found> {
        self.pull_before(usize::MAX)
    }

    /// [`pull`](Self::pull) over the words that start before `limit`.
    fn pull_before(&mut self, limit: usize) -> Option<Found> {
        let m = self.matcher;
        let b = self.normalized.as_str().as_bytes();
        let words = &*ARABIC_WORD;
        let mut i = self.pos;
        let mut capped = self.cap.is_some();
        // Most words start no name: one hash and one Bloom probe for the
        // word, and one for each proclitic it may carry, find that out.
        let found = loop {
            let Some(w) = next_word_start(words, b, i) else {
                i = b.len();
                break None;
            };
            if w >= limit {
                break None;
            }
            let e = word_end_fast(words, b, w);
            i = e;
            if let Some(v) = m.words.get(word_hash_at(b, w, e)) {
                if let Some(f) = self.hit(w, w, e, v) {
                    break Some(f);
                }
            }
            if let Some(at) = first_clitic_start(b, w, e) {
                if let Some(v) = m.words.get(word_hash_at(b, at, e)) {
                    if let Some(f) = self.hit(w, at, e, v) {
                        break Some(f);
                    }
                }
                if let Some(at) = second_clitic_start(b, w, e) {
                    if let Some(v) = m.words.get(word_hash_at(b, at, e)) {
                        if let Some(f) = self.hit(w, at, e, v) {
                            break Some(f);
                        }
                    }
                }
            }
            if capped && self.cap.is_some_and(|(at, _)| at < e) {
                self.cap = None;
                capped = false;
            }
        };
        self.found(found, i)
    }

    /// Where [`pull_before`](Self::pull_before) stopped: after the name it
    /// found, or after the last word it read.
    #[inline]
    fn found(&mut self, found: Option<Found>, read: usize) -> Option<Found> {
        match found {
            Some(f) => {
                self.pos = f.end;
                self.cap = None;
            }
            None => self.pos = read.max(self.pos),
        }
        found
    }

    /// A word (`w..e`) whose hash from `p` is in the word table: the name
    /// there, if one passes the checks.
    #[inline(never)]
    fn hit(&self, w: usize, p: usize, e: usize, v: u32) -> Option<Found> {
        let hay = self.normalized.as_str();
        // Proclitics must not be the first letters of a whole word (وزير is
        // not و + زير).
        if p > w && is_whole_word(&hay[w..e]) {
            return None;
        }
        let max_end = match self.cap {
            Some((at, end)) if at == p => end - 1,
            _ => usize::MAX,
        };
        self.try_at(hay, w, p, e, WordInfo::from_value(v), max_end)
    }

    /// The longest name starting at `p` (in the word `w..e`, whose hash
    /// found `info`) that passes the word checks. A name of several words is looked for with the
    /// automaton only when the first two words could start one; a name of
    /// one word is found by its hash and checked byte for byte.
    #[inline]
    fn try_at(
        &self,
        hay: &str,
        w: usize,
        p: usize,
        e: usize,
        info: WordInfo,
        max_end: usize,
    ) -> Option<Found> {
        let m = self.matcher;
        let b = hay.as_bytes();
        if info.longer() {
            let h1 = word_hash_at(b, p, e);
            let s2 = (e + 1).min(b.len());
            if s2 < b.len() && is_word_at(&ARABIC_WORD, b, s2) {
                let e2 = word_end_fast(&ARABIC_WORD, b, s2);
                if m.word_pairs
                    .get(pair_hash(h1, word_hash_at(b, s2, e2)))
                    .is_some()
                {
                    if let Some(found) = self.walk(hay, w, p, max_end) {
                        return Some(found);
                    }
                }
            }
        }
        let k = info.pattern()?;
        (e <= max_end && m.strings[k as usize].as_bytes() == &b[p..e])
            .then(|| self.check(hay, w, p, e, k as usize))
            .flatten()
    }

    /// Walks the automaton from `p` (in the word starting at `w`) and
    /// returns the longest name that passes the word checks.
    fn walk(&self, hay: &str, w: usize, p: usize, max_end: usize) -> Option<Found> {
        let a = &self.matcher.automaton;
        let b = hay.as_bytes();
        let Ok(mut sid) = a.start_state(Anchored::Yes) else {
            return None;
        };
        // Ends and patterns of the names matched along the way; names
        // nest, so a few slots are plenty, and the longest are kept.
        let mut ends = [(0usize, 0usize); 8];
        let mut count = 0;
        for (k, &byte) in b[p..].iter().enumerate() {
            sid = a.next_state(Anchored::Yes, sid, byte);
            if a.is_dead(sid) {
                break;
            }
            if p + k + 1 > max_end {
                break;
            }
            if a.is_match(sid) {
                let pattern = self.matcher.longer[a.match_pattern(sid, 0).as_usize()];
                ends[count % ends.len()] = (p + k + 1, pattern as usize);
                count += 1;
            }
        }
        let kept = count.min(ends.len());
        (0..kept)
            .map(|k| ends[(count - 1 - k) % ends.len()])
            .find_map(|(end, pattern)| self.check(hay, w, p, end, pattern))
    }

    /// The word checks: nothing of the same word after the name, and the
    /// proclitics before it fit the name (the whole-word check is made
    /// before, in `hit`).
    fn check(
        &self,
        hay: &str,
        w: usize,
        start: usize,
        end: usize,
        pattern: usize,
    ) -> Option<Found> {
        let b = hay.as_bytes();
        if end < b.len() && is_word_at(&ARABIC_WORD, b, end) {
            return None;
        }
        let p = &self.matcher.patterns[pattern];
        if p.blocker {
            return Some(Found {
                start,
                end,
                word: w,
                pattern: pattern as u32,
                full: false,
                contracted: false,
                ambiguous: true,
                shared: false,
                needs_context: false,
                blocked: true,
                trigger: None,
            });
        }
        // The chain is 0, 1 or 2 proclitic letters; what matters is whether
        // ل came right before the name.
        let after_lam = start > w && b[start - 2..start] == *"ل".as_bytes();
        let full = p.has_full() && !(p.article && after_lam);
        let contracted = after_lam && p.has_contracted();
        if !full && !contracted {
            return None;
        }
        let mut f = Found {
            start,
            end,
            word: w,
            pattern: pattern as u32,
            full,
            contracted,
            ambiguous: true,
            shared: false,
            needs_context: false,
            blocked: false,
            trigger: None,
        };
        let mut count = 0;
        for c in f.candidates(self.matcher) {
            count += 1;
            f.ambiguous &= c.usage != NameUse::Match;
        }
        f.shared = count > 1;
        f.needs_context = f.ambiguous || (f.shared && !p.one_chain);
        if f.ambiguous || f.shared {
            f.trigger = self.matcher.trigger_before(hay, w);
        }
        Some(f)
    }

    fn accept(&mut self, f: &Found, entry: u32, list_trigger: Option<u32>) {
        let g = &self.matcher.gazetteer;
        let window = self.matcher.options.context_window;
        let hay = self.normalized.as_str();
        let target = g.entry_at(entry as usize).target();
        let listed = match self.last {
            Some(l) if l.target == target && joined(hay, l.end, f.word, f.start) => {
                l.listed.saturating_add(1)
            }
            _ => 1,
        };
        self.last = Some(Last {
            end: f.end,
            word: f.word,
            target,
            list_trigger,
            listed,
        });
        self.history.push_back(Anchor {
            start: f.start,
            end: f.end,
            entry,
        });
        while self
            .history
            .front()
            .is_some_and(|a| a.end + window < f.start)
        {
            self.history.pop_front();
        }
    }

    /// Queues the place named within the name `f` (reported at `span`),
    /// if the data brackets one: it is reported right after the name, and
    /// gives context like any place.
    fn queue_within(&mut self, f: &Found, span: Span) {
        let m = self.matcher;
        let Some(w) = m.patterns[f.pattern as usize].within else {
            return;
        };
        let (start, end) = (f.start + w.start as usize, f.start + w.end as usize);
        let inner = Found {
            start,
            end,
            word: start,
            pattern: w.pattern,
            full: true,
            contracted: false,
            ambiguous: false,
            shared: false,
            needs_context: false,
            blocked: false,
            trigger: None,
        };
        let Some(c) = inner
            .candidates(m)
            .find(|c| m.gazetteer.entry_at(c.entry as usize).target() == Target::Place)
        else {
            return;
        };
        self.history.push_back(Anchor {
            start,
            end,
            entry: c.entry,
        });
        self.queued = Some(Match {
            span: self.normalized.map().to_original(start..end),
            matcher: m,
            found: inner,
            entry: c.entry,
            reason: Reason::Within { name: span },
        });
    }

    /// Decides the front name once enough text after it is known.
    fn decide(&mut self, f: Found) -> Option<Match<'m>> {
        let m: &'m Matcher = self.matcher;
        let g: &'m Gazetteer = &m.gazetteer;
        let map = self.normalized.map();
        if !f.ambiguous && !f.shared {
            // One unambiguous entry: nothing to weigh.
            let c = f.candidates(m).next()?;
            let span = map.to_original_near(f.start..f.end, &mut self.hint);
            self.accept(&f, c.entry, None);
            self.queue_within(&f, span);
            return Some(Match {
                span,
                matcher: m,
                found: f,
                entry: c.entry,
                reason: Reason::Unambiguous,
            });
        }
        let window = m.options.context_window;
        let lo = f.start.saturating_sub(window);
        let hi = f.end + window;
        // Places that give context: accepted ones behind, unambiguous ones
        // ahead, as (start, end, entry) in the normalized text. Gathered
        // once per decision, in a buffer kept across decisions.
        let mut anchors = std::mem::take(&mut self.anchors);
        anchors.clear();
        let is_place = |e: u32| g.entry_at(e as usize).target() == Target::Place;
        anchors.extend(
            self.history
                .iter()
                .filter(|a| a.end >= lo && is_place(a.entry))
                .map(|a| (a.start, a.end, a.entry)),
        );
        // Names ahead count with their unambiguous entries, and with those
        // their own trigger word names (بلدة المنصورة في ريف الطبقة).
        for p in self.pending.iter().filter(|p| !p.blocked && p.start <= hi) {
            let t = p.trigger.map(|(_, k)| m.trigger(k));
            anchors.extend(
                p.candidates(m)
                    .filter(|x| {
                        let e = g.entry_at(x.entry as usize);
                        e.target() == Target::Place
                            && (x.usage == NameUse::Match
                                || x.usage != NameUse::LookupOnly
                                    && t.is_some_and(|t| t.names_kind_of(e)))
                    })
                    .map(|x| (p.start, p.end, x.entry)),
            );
        }
        // How near entry `c` is to a place of its admin chain (for choosing
        // among entries that share a name). Its governorate named right
        // after it (X بريف الرقة) places it as firmly as its district.
        let near = |c: u32| {
            anchors
                .iter()
                .filter(|&&(_, _, e)| e != c)
                .map(|&(s, _, e)| match nearness(g, c, e) {
                    Near::Weak if s >= f.end && s - f.end <= GOVERNORATE_REACH => Near::Strong,
                    n => n,
                })
                .max()
                .unwrap_or(Near::No)
        };
        // A place that licenses ambiguous entry `c`: one below a
        // governorate in its chain, anywhere in the window; or its
        // governorate right after it ("جاسم بريف درعا").
        // A name marked `@` is licensed by any place of its countries.
        let licenser = |c: &Candidate| {
            anchors.iter().find(|&&(s, _, e)| {
                e != c.entry
                    && if c.usage == NameUse::InCountry {
                        in_countries(g, e, c.entry)
                    } else {
                        let right_after = s >= f.end && s - f.end <= GOVERNORATE_REACH;
                        licenses(g, e, c.entry, right_after)
                    }
            })
        };
        let hay = self.normalized.as_str();
        let trigger = f.trigger.map(|(span, k)| (span, m.trigger(k)));
        let lic = trigger.as_ref().map(|(_, lic)| *lic);
        // Coordination: a name in a list with an accepted one of the same
        // target, joined by و or a comma, before it or right after it.
        let joined = |end: usize, word: usize, start: usize| joined(hay, end, word, start);
        let last = self.last.filter(|l| joined(l.end, f.word, f.start));
        let before = last.map(|l| l.target);
        // The trigger word heading the list this name continues: a name
        // that needs its trigger word may have it at the head of a list
        // (بلدتي الكرامة والصور).
        let list_trigger = last.and_then(|l| {
            l.list_trigger
                .or_else(|| m.trigger_before(hay, l.word).map(|(_, k)| k))
        });
        let after = self
            .pending
            .iter()
            .find(|p| !p.blocked)
            .filter(|p| !p.ambiguous && joined(f.end, p.word, p.start))
            .and_then(|p| p.candidates(m).next())
            .map(|c| g.entry_at(c.entry as usize).target());
        let coordinated = |t: Target| before == Some(t) || after == Some(t);
        // Why each candidate would be accepted, if it would; cheap reasons
        // first. A weak name is licensed by a locative preposition too, and
        // by a trigger word only for the kinds the word names.
        let why = |c: &Candidate| -> Option<Reason> {
            let e = g.entry_at(c.entry as usize);
            let t = e.target();
            if c.usage == NameUse::Match {
                return Some(Reason::Unambiguous);
            }
            if !m.options.require_context {
                return Some(Reason::ContextNotRequired);
            }
            let weak = c.usage == NameUse::Weak;
            let trigger_only = c.usage == NameUse::TriggerOnly;
            let by_kind = weak || trigger_only;
            let by_trigger = trigger.as_ref().filter(|(_, l)| {
                l.allows(t) && (!by_kind || l.kinds.is_empty() || l.kinds.contains(&e.kind()))
                    || weak && t == Target::Place && l.locative
            });
            // Spans stay normalized until a candidate wins.
            if let Some((span, _)) = by_trigger {
                return Some(Reason::Trigger { word: *span });
            }
            if trigger_only {
                // In a list its trigger word heads, or in a list of places
                // two long already (الرقة، دير الزور، مركدة، الصور).
                let listed = list_trigger.is_some_and(|k| m.trigger(k).names_kind_of(e))
                    || last.is_some_and(|l| l.target == t && l.listed >= 2);
                return listed.then_some(Reason::Coordination);
            }
            if coordinated(t) {
                return Some(Reason::Coordination);
            }
            licenser(c).map(|&(s, e, _)| Reason::Nearby {
                anchor: Span::new(s, e),
            })
        };
        // The best acceptable candidate (see `Score`).
        let mut best: Option<(Score, Candidate, Reason)> = None;
        for c in f.candidates(m) {
            let Some(reason) = why(&c) else { continue };
            let e = g.entry_at(c.entry as usize);
            let wrong_target = lic.is_some_and(|l| !l.allows(e.target()));
            let kind_pos = lic
                .and_then(|l| l.kinds.iter().position(|k| *k == e.kind()))
                .unwrap_or(usize::MAX);
            let near = if f.needs_context && f.shared {
                near(c.entry)
            } else {
                Near::No
            };
            let score = (
                wrong_target,
                lic.is_some() && kind_pos == usize::MAX,
                near != Near::Strong,
                c.usage != NameUse::Match,
                near == Near::No,
                kind_pos,
                rank(e.kind()),
                c.entry,
            );
            if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
                best = Some((score, c, reason));
            }
        }
        self.anchors = anchors;
        let (_, c, reason) = best?;
        // The name first, then its reason, which mostly lies behind it:
        // the hint moves on with the text.
        let span = map.to_original_near(f.start..f.end, &mut self.hint);
        let reason = match reason {
            Reason::Trigger { word } => Reason::Trigger {
                word: map.to_original_near(word, &mut self.hint),
            },
            Reason::Nearby { anchor } => Reason::Nearby {
                anchor: map.to_original_near(anchor, &mut self.hint),
            },
            r => r,
        };
        let heads = match reason {
            Reason::Trigger { .. } => f.trigger.map(|(_, k)| k),
            Reason::Coordination => list_trigger,
            _ => None,
        };
        self.accept(&f, c.entry, heads);
        self.queue_within(&f, span);
        Some(Match {
            span,
            matcher: m,
            found: f,
            entry: c.entry,
            reason,
        })
    }
}

impl<'m> Iterator for Matches<'m, '_> {
    type Item = Match<'m>;

    fn next(&mut self) -> Option<Match<'m>> {
        if let Some(q) = self.queued.take() {
            return Some(q);
        }
        loop {
            if self.pending.is_empty() {
                let f = self.pull()?;
                self.pending.push_back(f);
            }
            let front = self.pending[0];
            if front.needs_context {
                // Context may lie ahead: read on to the end of the window.
                let horizon = front.end + self.matcher.options.context_window;
                while self.pending.back().is_some_and(|b| b.start <= horizon) {
                    match self.pull() {
                        Some(f) => self.pending.push_back(f),
                        None => break,
                    }
                }
            }
            let f = self.pending.pop_front()?;
            if f.blocked {
                continue;
            }
            if let Some(m) = self.decide(f) {
                return Some(m);
            }
            // Rejected: a shorter name at the same start, or a name starting
            // inside this one, may be acceptable. Scan its words again; the
            // names read ahead stay unless the new one overlaps them.
            self.rescan(f);
        }
    }
}

impl Matches<'_, '_> {
    /// Looks again at the words of a rejected name for a shorter one at
    /// its start or one that starts inside it, and puts what it finds in
    /// front of the names read ahead.
    fn rescan(&mut self, rejected: Found) {
        let frontier = self.pos;
        self.pos = rejected.word;
        self.cap = Some((rejected.start, rejected.end));
        let again = self.pull_before(rejected.end);
        self.cap = None;
        self.pos = frontier;
        if let Some(g) = again {
            if self.pending.front().is_some_and(|p| p.start < g.end) {
                // It runs into the names read ahead: read them again after it.
                self.pending.clear();
                self.pos = g.end;
            } else if self.pending.is_empty() {
                self.pos = frontier.max(g.end);
            }
            self.pending.push_front(g);
        }
    }

    /// The normalized text being searched.
    pub fn normalized(&self) -> &str {
        self.hay()
    }
}
