use core::fmt;
use core::str::FromStr;

use crate::error::UnknownKind;

macro_rules! kinds {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every kind, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The kind's name as written in the data files (snake case).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownKind;

            fn from_str(s: &str) -> Result<$name, UnknownKind> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err(UnknownKind::new(s)),
                }
            }
        }
    };
}

kinds! {
    /// What kind of place an entry is.
    ///
    /// ```
    /// use akhbar_gazetteer::PlaceKind;
    /// assert_eq!("oil_field".parse::<PlaceKind>().unwrap(), PlaceKind::OilField);
    /// assert_eq!(PlaceKind::Governorate.to_string(), "governorate");
    /// ```
    PlaceKind {
        /// A sovereign state (سوريا، العراق، تركيا).
        Country = "country",
        /// A region that is not one admin unit: the Kurdistan Region, the
        /// Syrian Jazira, the Middle East, the Ghouta.
        Region = "region",
        /// First-level unit: محافظة.
        Governorate = "governorate",
        /// Second-level unit: منطقة (Syria), قضاء (Iraq).
        District = "district",
        /// Third-level unit: ناحية.
        Subdistrict = "subdistrict",
        /// A city (a governorate or district seat, or large).
        City = "city",
        /// A town.
        Town = "town",
        /// A village or small community.
        Village = "village",
        /// A neighbourhood or quarter of a city: حي.
        Neighbourhood = "neighbourhood",
        /// A camp for displaced people or refugees: مخيم.
        Camp = "camp",
        /// A prison: سجن.
        Prison = "prison",
        /// A desert or steppe: بادية، صحراء.
        Desert = "desert",
        /// A mountain or range: جبل، جبال.
        Mountain = "mountain",
        /// A river: نهر.
        River = "river",
        /// A lake: بحيرة.
        Lake = "lake",
        /// A dam: سد.
        Dam = "dam",
        /// A border crossing: معبر، منفذ.
        Crossing = "crossing",
        /// A military base: قاعدة.
        Base = "base",
        /// An airport or airfield: مطار.
        Airport = "airport",
        /// An oil or gas field: حقل.
        OilField = "oil_field",
        /// Another named site: a refinery, a palace, a landmark.
        Facility = "facility",
    }
}

impl PlaceKind {
    /// How strongly a bare mention of a name points to this kind of place,
    /// lower first: a country before a governorate before a city before a
    /// village. Used to pick one entry when several share a name.
    ///
    /// ```
    /// use akhbar_gazetteer::PlaceKind;
    /// assert!(PlaceKind::Country.rank() < PlaceKind::Village.rank());
    /// assert!(PlaceKind::Town.rank() < PlaceKind::District.rank());
    /// ```
    pub const fn rank(self) -> u8 {
        match self {
            PlaceKind::Country => 0,
            PlaceKind::Governorate => 1,
            PlaceKind::City => 2,
            // A district or sub-district usually shares its name with its
            // seat, and a bare mention means the town.
            PlaceKind::Town => 3,
            PlaceKind::Region => 4,
            PlaceKind::District => 5,
            PlaceKind::Desert | PlaceKind::Mountain | PlaceKind::River | PlaceKind::Lake => 6,
            PlaceKind::Subdistrict => 7,
            PlaceKind::Camp
            | PlaceKind::Prison
            | PlaceKind::Crossing
            | PlaceKind::Base
            | PlaceKind::Airport
            | PlaceKind::OilField
            | PlaceKind::Dam
            | PlaceKind::Facility => 8,
            PlaceKind::Village => 9,
            PlaceKind::Neighbourhood => 10,
        }
    }

    /// Whether the kind is a unit of the administrative hierarchy.
    ///
    /// ```
    /// use akhbar_gazetteer::PlaceKind;
    /// assert!(PlaceKind::District.is_admin());
    /// assert!(!PlaceKind::River.is_admin());
    /// ```
    pub const fn is_admin(self) -> bool {
        matches!(
            self,
            PlaceKind::Country
                | PlaceKind::Governorate
                | PlaceKind::District
                | PlaceKind::Subdistrict
        )
    }
}

kinds! {
    /// What kind of armed actor an entry is.
    ///
    /// ```
    /// use akhbar_gazetteer::ActorKind;
    /// assert_eq!("jihadist_group".parse::<ActorKind>().unwrap(), ActorKind::JihadistGroup);
    /// ```
    ActorKind {
        /// A jihadist organization: ISIS, al-Qaeda, Hurras al-Din.
        JihadistGroup = "jihadist_group",
        /// An opposition armed group: FSA factions, the SNA.
        RebelGroup = "rebel_group",
        /// A militia, state-backed or not: the PMF brigades, the NDF.
        Militia = "militia",
        /// A state's armed forces or one of their units.
        StateForce = "state_force",
        /// An intelligence or security service.
        SecurityService = "security_service",
        /// A police force.
        Police = "police",
        /// A coalition of states or of groups.
        Coalition = "coalition",
        /// A political party with an armed wing (PKK, PYD).
        PartyArmedWing = "party_armed_wing",
        /// A private military company (Wagner).
        PrivateMilitary = "private_military",
        /// A tribal force.
        TribalForce = "tribal_force",
    }
}

/// What an entry is: a place or an armed actor, and which kind.
///
/// ```
/// use akhbar_gazetteer::{ActorKind, Kind, PlaceKind};
///
/// let k: Kind = "militia".parse().unwrap();
/// assert_eq!(k, Kind::Actor(ActorKind::Militia));
/// assert!(Kind::Place(PlaceKind::Camp).is_place());
/// assert_eq!(Kind::Place(PlaceKind::Camp).to_string(), "camp");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A place.
    Place(PlaceKind),
    /// An armed actor.
    Actor(ActorKind),
}

impl Kind {
    /// Whether this is a place kind.
    ///
    /// ```
    /// assert!(!akhbar_gazetteer::Kind::Actor(akhbar_gazetteer::ActorKind::Police).is_place());
    /// ```
    pub const fn is_place(self) -> bool {
        matches!(self, Kind::Place(_))
    }

    /// Whether this is an actor kind.
    ///
    /// ```
    /// assert!(akhbar_gazetteer::Kind::Actor(akhbar_gazetteer::ActorKind::Police).is_actor());
    /// ```
    pub const fn is_actor(self) -> bool {
        matches!(self, Kind::Actor(_))
    }

    /// The place kind, if a place.
    ///
    /// ```
    /// use akhbar_gazetteer::{Kind, PlaceKind};
    /// assert_eq!(Kind::Place(PlaceKind::Town).place(), Some(PlaceKind::Town));
    /// ```
    pub const fn place(self) -> Option<PlaceKind> {
        match self {
            Kind::Place(p) => Some(p),
            Kind::Actor(_) => None,
        }
    }

    /// The actor kind, if an actor.
    ///
    /// ```
    /// use akhbar_gazetteer::{ActorKind, Kind};
    /// assert_eq!(Kind::Actor(ActorKind::Coalition).actor(), Some(ActorKind::Coalition));
    /// ```
    pub const fn actor(self) -> Option<ActorKind> {
        match self {
            Kind::Actor(a) => Some(a),
            Kind::Place(_) => None,
        }
    }

    /// The name as written in the data files.
    ///
    /// ```
    /// use akhbar_gazetteer::{Kind, PlaceKind};
    /// assert_eq!(Kind::Place(PlaceKind::OilField).as_str(), "oil_field");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Place(p) => p.as_str(),
            Kind::Actor(a) => a.as_str(),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Kind, UnknownKind> {
        s.parse::<PlaceKind>()
            .map(Kind::Place)
            .or_else(|_| s.parse::<ActorKind>().map(Kind::Actor))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Which side of the gazetteer a search or a name concerns.
///
/// ```
/// use akhbar_gazetteer::{Kind, PlaceKind, Target};
/// assert_eq!(Target::of(Kind::Place(PlaceKind::Town)), Target::Place);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// Places.
    Place,
    /// Armed actors.
    Actor,
}

impl Target {
    /// The target of a kind.
    ///
    /// ```
    /// use akhbar_gazetteer::{ActorKind, Kind, Target};
    /// assert_eq!(Target::of(Kind::Actor(ActorKind::Militia)), Target::Actor);
    /// ```
    pub const fn of(kind: Kind) -> Target {
        match kind {
            Kind::Place(_) => Target::Place,
            Kind::Actor(_) => Target::Actor,
        }
    }
}

impl FromStr for Target {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Target, UnknownKind> {
        match s {
            "place" => Ok(Target::Place),
            "actor" => Ok(Target::Actor),
            _ => Err(UnknownKind::new(s)),
        }
    }
}
