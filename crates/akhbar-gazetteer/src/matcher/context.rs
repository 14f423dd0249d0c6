//! How places nearby decide an ambiguous name: which places license it and
//! how candidates of one name rank.

use crate::entry::NameUse;
use crate::gazetteer::Gazetteer;
use crate::kind::{Kind, PlaceKind};

/// How a candidate ranks against others for the same name, lower first:
/// not allowed by the trigger word, not of a kind the trigger word names,
/// not strongly near a place of its chain, a name that needs context, not
/// near at all, position of its kind among the trigger's kinds, rank of its
/// kind, entry index. A trigger word that names a kind (محافظة صلاح الدين)
/// outweighs places nearby; a place of the same district outweighs an
/// unambiguous name elsewhere, the same governorate does not; and the order
/// of a trigger's kinds (قرية: village, then town) only breaks ties.
pub(super) type Score = (bool, bool, bool, bool, bool, usize, u8, u32);

/// How close two entries are in the admin hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Near {
    /// Unrelated, or only in the same country.
    No,
    /// In the same governorate (or one is the governorate of the other).
    Weak,
    /// One inside the other below governorate level, or in one district
    /// or sub-district.
    Strong,
}

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

/// Whether the accepted place `anchor` lies in one of the countries of
/// entry `c` (a name marked `@`: القوات الأمنية near الموصل).
pub(super) fn in_countries(g: &Gazetteer, anchor: u32, c: u32) -> bool {
    let e = g.entry_at(c as usize);
    std::iter::once(anchor)
        .chain(g.chain_of(anchor as usize).iter().copied())
        .map(|p| g.entry_at(p as usize))
        .filter(|p| p.kind() == Kind::Place(PlaceKind::Country))
        .any(|p| e.countries().any(|code| code == p.id()))
}

/// How close entries `a` and `b` are: one inside the other, or under a
/// common ancestor, strongly when that container is smaller than a
/// governorate.
pub(super) fn nearness(g: &Gazetteer, a: u32, b: u32) -> Near {
    let (up_a, up_b) = (g.chain_of(a as usize), g.chain_of(b as usize));
    let container = if up_a.contains(&b) {
        b
    } else if up_b.contains(&a) {
        a
    } else {
        match up_b.iter().find(|p| up_a.contains(p)) {
            Some(&p) => p,
            None => return Near::No,
        }
    };
    match g.entry_at(container as usize).kind() {
        Kind::Place(PlaceKind::Country | PlaceKind::Region) => Near::No,
        Kind::Place(PlaceKind::Governorate) => Near::Weak,
        _ => Near::Strong,
    }
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
        NameUse::Ambiguous | NameUse::InCountry => 2,
        NameUse::TriggerOnly => 3,
        _ => 4,
    }
}
