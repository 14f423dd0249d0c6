/*!
akhbar: places, armed groups, numbers and dates in Arabic news about Syria
and Iraq, each with its exact span in the original text.

This crate is the facade of the workspace: it re-exports the libraries so one
dependency is enough.

```
use akhbar::normalize::Normalizer;

let n = Normalizer::search();
assert_eq!(n.normalize("قُتل ١٤ عنصراً في إدلب"), "قتل 14 عنصرا في ادلب");
```
*/
#![deny(missing_docs)]

/// Arabic normalization with an offset map back to the original
/// (the `akhbar-normalize` crate).
pub use akhbar_normalize as normalize;

// The README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
