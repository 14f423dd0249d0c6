//! Arabic name checks, comparison keys and compound splitting.

use akhbar_normalize::Normalizer;

/// The normalizer of the matcher: every "same name" comparison goes through
/// it, so the generator agrees with what the gazetteer will match.
pub fn normalizer() -> &'static Normalizer {
    static N: Normalizer = Normalizer::search();
    &N
}

/// Letters of Persian, Kurdish (Sorani) and Urdu that standard Arabic does
/// not use. A name holding one is not an Arabic spelling.
pub const NON_ARABIC_LETTERS: [char; 12] =
    ['پ', 'چ', 'ژ', 'گ', 'ڤ', 'ۆ', 'ێ', 'ڕ', 'ڵ', 'ی', 'ک', 'ە'];

pub fn has_non_arabic_letter(s: &str) -> bool {
    s.chars().any(|c| NON_ARABIC_LETTERS.contains(&c))
}

/// A letter of the basic Arabic alphabet (hamza forms included).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Harakat, shadda, sukun and superscript alef: tolerated, the normalizer
/// removes them.
fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}')
}

pub fn has_latin(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}'))
}

/// Why a spelling cannot be a name, if it cannot.
pub fn invalid_reason(s: &str) -> Option<&'static str> {
    if has_non_arabic_letter(s) {
        return Some("Persian/Kurdish letter");
    }
    if has_latin(s) {
        return Some("Latin letters");
    }
    if !s.chars().any(is_arabic_letter) {
        return Some("no Arabic letter");
    }
    let ok = |c: char| {
        is_arabic_letter(c)
            || is_diacritic(c)
            || c == ' '
            || c == '-'
            || c.is_ascii_digit()
            || ('٠'..='٩').contains(&c)
    };
    if !s.chars().all(ok) {
        return Some("character other than Arabic letters, spaces, digits, hyphens");
    }
    if key(s).is_empty() {
        return Some("empty after normalization");
    }
    None
}

/// Trims, collapses runs of white space and removes tatweel (a stretching
/// stroke, not a letter: `ســــلام` is `سلام`) and diacritics (`برّي`).
pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '\u{0640}' && !is_diacritic(c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The comparison key: the search normalization of the name.
pub fn key(s: &str) -> String {
    normalizer().normalize(s.trim()).trim().to_string()
}

/// `key` without a leading article, when at least two letters remain.
pub fn strip_al(key: &str) -> Option<&str> {
    key.strip_prefix("ال").filter(|r| r.chars().count() >= 2)
}

/// A looser key for matching spellings across sources: no spaces and no
/// leading article (`البو شاوي` = `بوشاوي`, `زعفرانية` = `الزعفرانية`).
pub fn loose(key: &str) -> String {
    let joined: String = key.chars().filter(|c| *c != ' ').collect();
    strip_al(&joined).map(str::to_string).unwrap_or(joined)
}

/// Letters in a key (spaces and digits not counted).
pub fn letters(key: &str) -> usize {
    key.chars().filter(|c| c.is_alphabetic()).count()
}

/// Whether `s` contains teh marbuta before another letter of the same word.
/// Arabic never writes ة inside a word; Kurdish names in Arabic letters use it
/// for the vowel ە (`قةسري`, `هةرير`).
pub fn teh_marbuta_inside_word(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0] == 'ة' && is_arabic_letter(w[1]))
}

/// Why a spelling is Kurdish written in Arabic letters rather than Arabic,
/// if it is: ة inside a word stands for the vowel ە (`قةسري`); ە is also
/// written as a detached ه (`هه واري`, `سه وبلاغ`, `دستاره كه`); a word
/// starting with ئ (`ئاميدي`) or a lone ي ى ن (the izafe) is not Arabic.
pub fn kurdish_spelling(s: &str) -> Option<&'static str> {
    if teh_marbuta_inside_word(s) {
        return Some("Kurdish spelling (ة inside a word)");
    }
    let words: Vec<&str> = s.split(' ').collect();
    if words.iter().any(|w| w.starts_with("هه"))
        || words.iter().any(|w| {
            w.chars().count() == 2 && w.ends_with('ه') && !matches!(*w, "له" | "به" | "فه")
        })
    {
        return Some("Kurdish spelling (ە written as a detached ه)");
    }
    if words
        .iter()
        .any(|w| w.starts_with('ئ') || matches!(*w, "ي" | "ى" | "ن"))
    {
        return Some("Kurdish spelling (initial ئ or a detached izafe)");
    }
    None
}

/// Splits a compound name on any of `seps`, trimming the parts and dropping
/// empty ones: `الحمامة_كفر دبين` is a name plus an alternative.
pub fn split_compound(s: &str, seps: &[char]) -> Vec<String> {
    s.split(|c| seps.contains(&c))
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A placeholder English name for a place that no source names in English:
/// a plain letter-by-letter romanization (short vowels are not written in
/// Arabic, so `الحرية` gives `al-Hriya`, `عرب جبور` gives `'Rb Jbur`).
pub fn romanize(ar: &str) -> String {
    clean(ar)
        .split(' ')
        .map(romanize_word)
        .collect::<Vec<_>>()
        .join(" ")
}

fn romanize_word(w: &str) -> String {
    let (prefix, rest) = match w.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
        Some(r) => ("al-", r),
        None => ("", w),
    };
    let chars: Vec<char> = rest.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let s = match c {
            'ا' | 'أ' | 'آ' | 'ى' | 'ة' => "a",
            'إ' => "i",
            'ب' => "b",
            'ت' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' | 'ض' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' | 'ظ' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'ط' => "t",
            'ع' | 'ئ' | 'ؤ' => "'",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' if i == 0 || next == Some('ا') => "w",
            'و' => "u",
            'ي' if i == 0 => "y",
            'ي' if matches!(next, Some('ا' | 'ة')) => "iy",
            'ي' => "i",
            'ء' => "",
            c if c.is_ascii_digit() || c == '-' => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(s);
    }
    let mut cs = out.chars();
    let cap = cs
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str());
    // An apostrophe first: capitalize the letter after it.
    let cap = match cap {
        Some(c) if c.starts_with('\'') => format!("'{}", {
            let mut r = c[1..].chars();
            r.next()
                .map(|x| x.to_ascii_uppercase().to_string() + r.as_str())
                .unwrap_or_default()
        }),
        Some(c) => c,
        None => String::new(),
    };
    format!("{prefix}{cap}")
}

/// Edit distance between two strings, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether `a` and `b` (keys) are spellings of one name rather than two
/// names: their loose keys differ by at most a third of the shorter one
/// (at least one edit). `ديبان`/`ذيبان` and `القامشلو`/`القامشلي` are one
/// name; `محردة`/`الكرمة` are two.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (loose(a), loose(b));
    let short = a.chars().count().min(b.chars().count());
    edit_distance(&a, &b) <= (short / 3).max(1)
}

/// A stable 32-bit FNV-1a hash, as 8 hex digits (for ids that must not
/// depend on the order of a source).
pub fn stable_hash(s: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_split_into_name_and_alternatives() {
        assert_eq!(
            split_compound("الحمامة_كفر دبين", &['_']),
            ["الحمامة", "كفر دبين"]
        );
        assert_eq!(
            split_compound("الحجلية- الباب", &['_', '-', '/']),
            ["الحجلية", "الباب"]
        );
        assert_eq!(split_compound(" حلب ", &['_']), ["حلب"]);
        assert_eq!(clean("ســــــلام  "), "سلام");
    }

    #[test]
    fn keys_fold_what_the_matcher_folds() {
        assert_eq!(key("إدلب"), key("ادلب"));
        assert_eq!(key("الرقة"), key("الرقه"));
        assert_eq!(loose(&key("البو شاوي")), loose(&key("بوشاوي")));
        assert_eq!(loose(&key("زعفرانية")), loose(&key("الزعفرانية")));
        assert_eq!(strip_al("ال"), None);
        assert_eq!(letters(&key("حي 8")), 2);
    }

    #[test]
    fn placeholder_english_names() {
        assert_eq!(romanize("الحرية"), "al-Hriya");
        assert_eq!(romanize("عرب جبور"), "'Rb Jbur");
        assert_eq!(romanize("حي 14 رمضان"), "Hi 14 Rmdan");
        assert_eq!(romanize("الكوت"), "al-Kut");
    }

    #[test]
    fn spellings_of_one_name() {
        assert_eq!(edit_distance("كتاب", "كتب"), 1);
        assert!(same_name(&key("ديبان"), &key("ذيبان")));
        assert!(same_name(&key("القامشلو"), &key("القامشلي")));
        assert!(same_name(&key("خان طومان"), &key("خانطومان")));
        assert!(!same_name(&key("الكرمة"), &key("محردة")));
        assert!(!same_name(&key("عنه الجديدة"), &key("عانة")));
    }

    #[test]
    fn invalid_spellings_are_recognised() {
        assert_eq!(invalid_reason("حلب"), None);
        assert_eq!(invalid_reason("المزة 86"), None);
        assert!(invalid_reason("جعکیة").is_some());
        assert!(invalid_reason("ڕەmady").is_some());
        assert!(invalid_reason("حي الزهور/دورة").is_some());
        assert!(invalid_reason("95").is_some());
        assert!(teh_marbuta_inside_word("قةسري"));
        assert!(kurdish_spelling("هه واري زانكو").is_some());
        assert!(kurdish_spelling("دستاره كه").is_some());
        assert!(kurdish_spelling("ئاميدي").is_some());
        assert_eq!(kurdish_spelling("سوق الشيوخ"), None);
        assert_eq!(kurdish_spelling("وجهه"), None);
        assert!(!teh_marbuta_inside_word("مدينة الصدر"));
    }
}
