//! What each character becomes under a [`Config`].
//!
//! The Arabic block (U+0600–U+06FF) is precomputed into a 256-entry table per
//! configuration, because nearly every character of Arabic news lives there
//! and the hot loop must decide with one load. Everything else goes through
//! [`classify`], which is only reached for characters outside ASCII and the
//! Arabic block.

use crate::config::{Config, Fold};
use crate::tables::{DIGIT_ZEROS, PRESENTATION_FB50, PRESENTATION_FE70};

/// Table entry: keep the character.
pub(crate) const KEEP: u16 = 0;
/// Table entry: delete it, and let the preceding character's source span
/// grow over it (a mark belongs to the letter it sits on).
pub(crate) const ABSORB: u16 = 1;
/// Table entry: delete it without attaching it to anything.
pub(crate) const GAP: u16 = 2;
// Any other entry is the code point of the replacement character.

/// What one input character turns into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    Keep,
    Absorb,
    Gap,
    Char(char),
    /// A presentation form's decomposition, folded char by char on output.
    Str(&'static str),
    /// Whitespace; `true` when it breaks a line.
    Space(bool),
}

/// The action for a code point of the Arabic block, as a table entry.
pub(crate) const fn arabic_entry(cp: u32, c: Config) -> u16 {
    match cp {
        0x064B..=0x0652 | 0x0670 if c.has(Fold::Diacritics) => ABSORB,
        0x0610..=0x061A | 0x0653..=0x065F | 0x06D6..=0x06DC | 0x06DF..=0x06E8 | 0x06EA..=0x06ED
            if c.has(Fold::QuranicMarks) =>
        {
            ABSORB
        }
        // END OF AYAH, RUB EL HIZB and PLACE OF SAJDAH are signs, not marks.
        0x06DD | 0x06DE | 0x06E9 if c.has(Fold::QuranicMarks) => GAP,
        0x0640 if c.has(Fold::Tatweel) => ABSORB,
        0x061C if c.has(Fold::Invisibles) => GAP,
        0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675 if c.has(Fold::Alef) => 0x0627,
        0x0649 if c.has(Fold::AlefMaksura) => 0x064A,
        0x0629 | 0x06C3 if c.has(Fold::TehMarbuta) => 0x0647,
        0x0624 | 0x0676 if c.has(Fold::Hamza) => 0x0648,
        0x0626 | 0x0678 if c.has(Fold::Hamza) => 0x064A,
        0x06D3 if c.has(Fold::Hamza) => 0x064A,
        0x06C0 if c.has(Fold::Hamza) => 0x0647,
        0x06CC | 0x06CD | 0x06CE | 0x06D0 | 0x06D2 if c.has(Fold::PersianLetters) => 0x064A,
        0x06A9 | 0x06AA if c.has(Fold::PersianLetters) => 0x0643,
        0x06BE | 0x06C1 | 0x06C2 | 0x06D5 if c.has(Fold::PersianLetters) => 0x0647,
        0x0660..=0x0669 if c.has(Fold::Digits) => (cp - 0x0660 + 0x30) as u16,
        0x06F0..=0x06F9 if c.has(Fold::Digits) => (cp - 0x06F0 + 0x30) as u16,
        0x060C | 0x066C if c.has(Fold::Punctuation) => b',' as u16,
        0x061B if c.has(Fold::Punctuation) => b';' as u16,
        0x061F if c.has(Fold::Punctuation) => b'?' as u16,
        0x066A if c.has(Fold::Punctuation) => b'%' as u16,
        0x066B | 0x06D4 if c.has(Fold::Punctuation) => b'.' as u16,
        0x066D if c.has(Fold::Punctuation) => b'*' as u16,
        _ => KEEP,
    }
}

/// The whole Arabic-block table for a configuration.
pub(crate) const fn arabic_table(c: Config) -> [u16; 256] {
    let mut t = [KEEP; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_entry(0x0600 + i as u32, c);
        i += 1;
    }
    t
}

/// ASCII output-table kinds: written as given.
pub(crate) const OUT_SAME: u8 = 0;
/// Whitespace that collapses with its neighbours.
pub(crate) const OUT_SPACE: u8 = 4;
/// Whitespace that breaks a line.
pub(crate) const OUT_LINE: u8 = 5;

/// What each ASCII byte is written as: `[byte, kind]`.
pub(crate) const fn ascii_out(c: Config) -> [[u8; 2]; 128] {
    let mut t = [[0u8; 2]; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = [i as u8, OUT_SAME];
        i += 1;
    }
    if c.has(Fold::Whitespace) {
        t[b' ' as usize] = [b' ', OUT_SPACE];
        t[b'\t' as usize] = [b' ', OUT_SPACE];
        t[b'\n' as usize] = [b'\n', OUT_LINE];
        t[b'\r' as usize] = [b'\n', OUT_LINE];
        t[0x0B] = [b'\n', OUT_LINE];
        t[0x0C] = [b'\n', OUT_LINE];
    }
    if c.has(Fold::Quotes) {
        t[b'`' as usize] = [b'\'', OUT_SAME];
    }
    t
}

/// The replacement character of a table entry.
#[inline]
pub(crate) fn entry_char(e: u16) -> char {
    // Entries are built from valid code points only.
    char::from_u32(u32::from(e)).unwrap_or('\u{FFFD}')
}

pub(crate) fn entry_to_action(e: u16) -> Action {
    match e {
        KEEP => Action::Keep,
        ABSORB => Action::Absorb,
        GAP => Action::Gap,
        cp => Action::Char(entry_char(cp)),
    }
}

/// The action for any character, given the configuration's Arabic table.
pub(crate) fn classify(ch: char, c: Config, arabic: &[u16; 256]) -> Action {
    let cp = ch as u32;
    match cp {
        0x0600..=0x06FF => entry_to_action(arabic[(cp - 0x0600) as usize]),
        0x08D3..=0x08E1 | 0x08E3..=0x08FF if c.has(Fold::QuranicMarks) => Action::Absorb,
        0x09
        | 0x0A
        | 0x0B
        | 0x0C
        | 0x0D
        | 0x20
        | 0x85
        | 0xA0
        | 0x1680
        | 0x2000..=0x200A
        | 0x2028
        | 0x2029
        | 0x202F
        | 0x205F
        | 0x3000
            if c.has(Fold::Whitespace) =>
        {
            Action::Space(matches!(cp, 0x0A..=0x0D | 0x85 | 0x2028 | 0x2029))
        }
        0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF
            if c.has(Fold::Invisibles) =>
        {
            Action::Gap
        }
        0x00AB | 0x00BB | 0x201C..=0x201F | 0x2033 | 0x301D | 0x301E | 0xFF02
            if c.has(Fold::Quotes) =>
        {
            Action::Char('"')
        }
        0x0060 | 0x00B4 | 0x2018..=0x201B | 0x2032 if c.has(Fold::Quotes) => Action::Char('\''),
        0xFB50..=0xFDFF if c.has(Fold::PresentationForms) => {
            presentation(PRESENTATION_FB50[(cp - 0xFB50) as usize], c, arabic)
        }
        0xFE70..=0xFEFE if c.has(Fold::PresentationForms) => {
            presentation(PRESENTATION_FE70[(cp - 0xFE70) as usize], c, arabic)
        }
        _ if c.has(Fold::Digits) => match digit_value(cp) {
            Some(d) if cp > 0x7F => Action::Char(char::from(b'0' + d)),
            _ => Action::Keep,
        },
        _ => Action::Keep,
    }
}

/// A presentation form's decomposition; when every character of it is
/// deleted under `c` (an isolated fatha, say), the form itself is deleted.
fn presentation(decomposed: &'static str, c: Config, arabic: &[u16; 256]) -> Action {
    let mut absorb = true;
    for ch in decomposed.chars() {
        match classify(ch, c, arabic) {
            Action::Absorb => {}
            Action::Gap => absorb = false,
            _ => return Action::Str(decomposed),
        }
    }
    if absorb && !decomposed.is_empty() {
        Action::Absorb
    } else {
        Action::Gap
    }
}

/// The value of a decimal digit of any script.
pub(crate) fn digit_value(cp: u32) -> Option<u8> {
    let i = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    let d = cp - zero;
    (d < 10).then_some(d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_values_of_several_scripts() {
        assert_eq!(digit_value('٤' as u32), Some(4));
        assert_eq!(digit_value('۷' as u32), Some(7));
        assert_eq!(digit_value('९' as u32), Some(9));
        assert_eq!(digit_value('５' as u32), Some(5));
        assert_eq!(digit_value('a' as u32), None);
        assert_eq!(digit_value('ب' as u32), None);
    }

    #[test]
    fn table_matches_classify_for_the_arabic_block() {
        let c = Config::search();
        let t = arabic_table(c);
        assert_eq!(t[0x23], 0x0627); // أ
        assert_eq!(t[0x4E], ABSORB); // fatha
        assert_eq!(t[0x40], ABSORB); // tatweel
        assert_eq!(t[0x1C], GAP); // ALM
        assert_eq!(t[0x28], KEEP); // ب
        assert_eq!(classify('ة', c, &t), Action::Char('ه'));
    }
}
