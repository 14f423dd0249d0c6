/*!
Arabic text normalization that never loses track of the original.

Arabic news writes one name many ways: with or without hamza (إدلب/ادلب),
teh marbuta or heh (الرقة/الرقه), diacritics (دَيْرُ الزُّور), tatweel
(حلـــب), Arabic-Indic or ASCII digits (١٤/14), presentation-form glyphs
copied from PDFs (ﻻ), and invisible bidi marks. Matching needs one canonical
form; reporting needs the exact place in the text as written. This crate
gives both: a [`Normalizer`] folds the text, and its [`OffsetMap`] maps any
span of the folded text back to the original bytes.

# Example

```
use akhbar_normalize::Normalizer;

let original = "قصفت طائراتٌ مواقعَ لـ«داعش» في بادية ديـر الزّور، وقُتل ١٤ عنصراً.";
let n = Normalizer::search().normalize_with_map(original);
assert_eq!(
    n.as_str(),
    "قصفت طايرات مواقع ل\"داعش\" في باديه دير الزور, وقتل 14 عنصرا."
);

// Find a name in the normalized text, report it in the original.
let at = n.as_str().find("دير الزور").unwrap();
let span = n.map().to_original(at..at + "دير الزور".len());
assert_eq!(&original[span], "ديـر الزّور");
```

# Folds and profiles

Each fold ([`Fold`]) is switchable in a [`Config`]. Two profiles cover most
uses: [`Config::search`] applies every fold and is what the matchers of
akhbar run on; [`Config::light`] only removes diacritics, tatweel and
invisible controls, so the text keeps its spelling. [`Config::camel_tools`]
reproduces CAMeL Tools' `dediac_ar` + alef + alef maksura + teh marbuta
chain exactly (the crate's tests check this on real text).

| fold | what it does |
|------|--------------|
| `diacritics` | removes harakat and tanween U+064B–U+0652 and superscript alef U+0670 |
| `quranic-marks` | removes Quranic and other combining marks (U+0610–061A, U+0653–065F, U+06D6–06ED, U+08D3–08FF) |
| `tatweel` | removes U+0640 |
| `alef` | أ إ آ ٱ ٲ ٳ ٵ → ا |
| `alef-maksura` | ى → ي |
| `teh-marbuta` | ة → ه |
| `hamza` | ؤ → و, ئ → ي |
| `persian-letters` | ی ې → ي, ک ڪ → ك, ہ ھ ە → ه |
| `presentation-forms` | U+FB50–U+FDFF, U+FE70–U+FEFF → letters (ﻻ → لا) |
| `digits` | digits of every script → ASCII |
| `punctuation` | ، ؛ ؟ ٪ ٫ ٬ → , ; ? % . , |
| `invisibles` | removes ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, bidi embeddings and isolates |
| `quotes` | « » “ ” → `"`, ‘ ’ → `'` |
| `whitespace` | collapses whitespace runs to one space (one newline if the run breaks a line) |

Normalization is idempotent: normalizing a normalized text changes nothing.

# Offsets

All offsets are UTF-8 byte offsets, and every offset the map returns is a
char boundary. A mark deleted from the end of a word belongs to the word
(`دمشقَ` maps back with its fatha); deleted spaces and invisible marks
between words belong to nothing. See [`OffsetMap`].

# Words and proclitics

[`words`] splits a text into words by Unicode word boundaries, keeping
diacritics and tatweel inside the word. [`Proclitics::split`] separates the
particles written joined to a word (و ف ب ك ل and the article ال, fused
in لل) from its stem, without splitting letters that belong to the word
(ولد, بلد, فلسطين stay whole). [`Chain`] parses such a chain on its own,
which is what the matchers use to accept `وبالرقة` as a mention of الرقة.

# Speed

One pass over the bytes: a vector scanner (SSSE3 where available) finds the
next character that may change, everything before it is copied in one
piece, and text that needs no change is returned borrowed. See `benches/` in the
workspace for figures.
*/
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
// The only unsafe code is the vector scanner in scan.rs.
#![deny(unsafe_code)]

mod clitics;
mod config;
mod fold;
mod map;
mod normalizer;
mod scan;
mod segment;
mod span;
mod tables;

pub use crate::clitics::{is_whole_word, Chain, Proclitics};
pub use crate::config::{Config, Fold, Profile, UnknownName};
pub use crate::map::{MapHint, Normalized, OffsetMap};
pub use crate::normalizer::Normalizer;
pub use crate::segment::{words, Word, Words};
pub use crate::span::Span;

/// The [`search`](Normalizer::search) normalizer, built at compile time.
///
/// Building a [`Normalizer`] fills its lookup tables; `Normalizer::search()`
/// called in a loop does that work every time, while this static costs
/// nothing at run time.
///
/// ```
/// assert_eq!(akhbar_normalize::SEARCH.normalize("إدلب"), "ادلب");
/// ```
pub static SEARCH: Normalizer = Normalizer::search();

/// The [`light`](Normalizer::light) normalizer, built at compile time.
///
/// ```
/// assert_eq!(akhbar_normalize::LIGHT.normalize("إدلـب"), "إدلب");
/// ```
pub static LIGHT: Normalizer = Normalizer::light();
