//! How places nearby decide an ambiguous name: which places license it and
//! how candidates of one name rank.

use crate::entry::NameUse;
use crate::gazetteer::Gazetteer;
use crate::kind::{Kind, PlaceKind};

/// How a candidate ranks against others for the same name, lower first:
/// not near a place of its chain, not allowed by the trigger, position of
/// its kind among the trigger's kinds, rank of its kind, entry index.
pub(super) type Score = (bool, bool, usize, u8, u32);

/// How far after an ambiguous name (bytes of normalized text) its
/// governorate may stand and still license it: "جاسم بريف درعا", not a
/// governorate named two sentences later.
pub(super) const GOVERNORATE_REACH: usize = 40;

/// Whether the accepted place `anchor` licenses the ambiguous entry `c`:
/// it is a unit below a governorate that contains `c`, a place inside `c`
/// (when `c` is smaller than a governorate), or a neighbour of `c` in one
/// district; or, when it stands right after `c`, the governorate that
/// contains it.
pub(super) fn licenses(g: &Gazetteer, anchor: u32, c: u32, right_after: bool) -> bool {
    let up_c = g.chain_of(c as usize);
    let up_a = g.chain_of(anchor as usize);
    let kind = |e: u32| g.entry_at(e as usize).kind();
    let broad = |e: u32| {
        matches!(
            kind(e),
            Kind::Place(PlaceKind::Country | PlaceKind::Region | PlaceKind::Governorate)
        )
    };
    if up_c.contains(&anchor) {
        return !broad(anchor)
            || (right_after && kind(anchor) == Kind::Place(PlaceKind::Governorate));
    }
    if up_a.contains(&c) {
        // A place inside it: context for a district or a town, not for a
        // country or a governorate, which every place nearby lies in.
        return !broad(c);
    }
    up_a.iter()
        .find(|p| up_c.contains(p))
        .is_some_and(|&p| !broad(p))
}

/// Whether two entries are one above the other, or share an ancestor
/// smaller than a governorate.
pub(super) fn near_in_chain(g: &Gazetteer, a: u32, b: u32) -> bool {
    let (up_a, up_b) = (g.chain_of(a as usize), g.chain_of(b as usize));
    if up_a.contains(&b) || up_b.contains(&a) {
        return true;
    }
    up_b.iter().find(|p| up_a.contains(p)).is_some_and(|&p| {
        !matches!(
            g.entry_at(p as usize).kind(),
            Kind::Place(PlaceKind::Country | PlaceKind::Governorate | PlaceKind::Region)
        )
    })
}

/// Preference among entries sharing a name: places by their rank, then
/// actors.
pub(super) fn rank(kind: Kind) -> u8 {
    match kind {
        Kind::Place(p) => p.rank(),
        Kind::Actor(_) => 20,
    }
}

/// How freely a name matches: unambiguous, weak, ambiguous, after a
/// trigger only, never.
pub(super) fn freedom(u: NameUse) -> u8 {
    match u {
        NameUse::Match => 0,
        NameUse::Weak => 1,
        NameUse::Ambiguous => 2,
        NameUse::TriggerOnly => 3,
        _ => 4,
    }
}
