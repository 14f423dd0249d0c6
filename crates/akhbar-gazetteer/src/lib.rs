/*!
The places and armed actors of Syria and Iraq, and a matcher that finds them
in Arabic news the way it is really written.

# Example

```
use akhbar_gazetteer::Matcher;

let text = "أعلنت «قسد» مقتل عنصرين من تنظيم داعش في بلدة الباغوز بريف ديرالزور، \
            فيما نفّذت فصائل الحشد الشعبي عملية في صحراء الأنبار.";
let found: Vec<(&str, &str, &str)> = Matcher::embedded()
    .find_iter(text)
    .map(|m| (&text[m.span()], m.entry().id(), m.entry().kind().as_str()))
    .collect();
assert_eq!(found[0], ("قسد", "SDF", "coalition"));
assert_eq!(found[1].1, "ISIS");
assert_eq!(found[3], ("ديرالزور", "SY09", "governorate"));
assert!(found.iter().any(|f| f.1 == "PMF"));
```

Every span is a byte range of the text as given: diacritics and tatweel
inside a name are part of it, clitics before it (و ب ل ف ك، لل) are not.

# The data

An [`Entry`] has a stable id, a [`Kind`] (a [`PlaceKind`] such as
`governorate` or `camp`, or an [`ActorKind`] such as `jihadist_group`), an
Arabic and an English name, Arabic aliases each with a [`NameUse`], countries
(ISO 3166-1 alpha-2), a parent (the admin chain of a place, the umbrella of
an actor: YPG under SDF), coordinates, P-code and GeoNames id where known, and
a provenance note.

The default data is embedded in the crate as TSV (`data/places.tsv`,
generated reproducibly by `cargo xtask gazetteer` from public sources and
hand-curated files; `data/actors.tsv` and `data/triggers.tsv`, hand-made), and
parsed once on first use ([`Gazetteer::embedded`]). Its columns, which users'
own files share:

| column | required | meaning |
|--------|----------|---------|
| `id` | yes | stable id: an OCHA P-code (`SY09`, `C5175`), an ISO country code (`TR`), a slug (`iq-d-ramadi`) or an actor key (`ISIS`) |
| `kind` | yes | a [`PlaceKind`] or [`ActorKind`] name (`village`, `militia`) |
| `name_ar` | yes | the usual Arabic name |
| `name_en` | no | the usual English name |
| `aliases` | no | other Arabic names, `\|`-separated |
| `country` | no | ISO 3166-1 alpha-2, `\|`-separated for actors (home country first) |
| `parent` | no | id of the parent entry |
| `lat`, `lon` | no | WGS84 decimal degrees, both or neither |
| `pcode` | no | OCHA P-code |
| `geonames` | no | GeoNames id |
| `source` | no | provenance note |

Columns are found by the header row, in any order; lines starting with `#`
are comments. A name may start with a marker: `?` for an ambiguous name
(also a common word or a personal name: الباب، الكرامة، جاسم), matched only
with context; `~` for a weak name (a rarer word or an adjective: البصيرة،
سورية), matched also after a locative preposition (في، من، إلى); `^` for a
name that is first a frequent word (المدينة، تشرين), matched only right after
a trigger word of its kind; `@` for a generic name that means the entry
only in its own country (القوات الأمنية), matched when a place of that
country is named nearby; `!` for a name found by look-ups but never
matched in text. A place in square brackets inside an actor's name
(`الميليشيات المدعومة من [إيران]`) is reported as well, right after the actor
and inside its span, with [`Reason::Within`]. `data/triggers.tsv` lists
the context words and `data/blockers.tsv` the phrases that contain names but
are not mentions (واشنطن بوست، حجر الرحى).
Malformed rows give a [`LoadError`] naming the line and the column.

# Matching

[`Matcher`] reads text normalized with `akhbar_normalize::Normalizer::search`
word by word: each word, and the word without the proclitics it may carry,
is hashed and looked up among the first words of all names (a Bloom filter
answers for most words); a one-word name is confirmed byte for byte, a
longer one by an anchored walk of a leftmost-longest Aho-Corasick automaton
over the names of several words. Then each name found is checked:

- it must be a whole word, possibly after a chain of proclitics (و ف ب ك ل,
  the article, the contraction لل: والرقة، بدير الزور، للرقة، فلداعش);
  nothing of the same word may follow it (العراقية، السوريين are not places);
- the longest name wins, so قوات سوريا الديمقراطية is one actor and not an
  actor and a country;
- names written without their space after a non-joining letter (ديرالزور)
  and with tatweel or diacritics inside match;
- an ambiguous name needs context: a trigger word right before it (مدينة،
  بلدة، قرية، ريف، محافظة، ناحية، منطقة، حي، مخيم، سجن، جبل، نهر، معبر، قاعدة،
  حقل for places; تنظيم، عناصر، ميليشيا... for actors), a place of its admin
  chain within the context window, or a list (و or a comma) with a name
  matched right before or after it. A weak name is licensed by a locative
  preposition too. [`Reason`] says which; [`MatcherBuilder::require_context`]
  turns the requirement off;
- a blocker phrase (a newspaper, an idiom) hides the names inside it;
- a name shared by several entries gives the best one (related to a place
  nearby, then of the kind a trigger asks for, then the higher admin level)
  and the others as [`Match::alternatives`].

# Look-ups

[`Gazetteer::get`] by id, [`Gazetteer::lookup`] by any name or alias
(normalized) or English name, [`Gazetteer::children`] and
[`Gazetteer::ancestors`] along the parent chain.

# Your own data

```
use akhbar_gazetteer::{Entry, Gazetteer, Kind, Matcher, PlaceKind};

let checkpoint = Entry::builder("my-cp-7", Kind::Place(PlaceKind::Facility), "حاجز السبع بحرات", "Sabaa Bahrat checkpoint")
    .country("SY")
    .build()
    .unwrap();
let g = Gazetteer::builder().embedded().entry(checkpoint).build().unwrap();
let m = Matcher::new(g).unwrap();
let text = "انفجار قرب حاجز السبع بحرات في الرقة";
let ids: Vec<&str> = m.find_iter(text).map(|x| x.entry().id()).collect();
assert_eq!(ids, ["my-cp-7", "SY11"]);
```
*/
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![forbid(unsafe_code)]

mod entry;
mod error;
mod gazetteer;
mod kind;
mod matcher;
mod trigger;
mod tsv;

pub use crate::entry::{Coordinates, Entry, EntryBuilder, Name, NameUse};
pub use crate::error::{BuildError, LoadError, LoadErrorKind, Origin, UnknownKind};
pub use crate::gazetteer::{Ancestors, Gazetteer, GazetteerBuilder};
pub use crate::kind::{ActorKind, Kind, PlaceKind, Target};
pub use crate::matcher::{Match, Matcher, MatcherBuilder, Matches, Reason};
pub use crate::trigger::Trigger;

// The README's example is a test too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
