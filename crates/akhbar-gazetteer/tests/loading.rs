//! Users' own data: TSV, entries built in code, combining with the default,
//! and the errors of malformed input.

use akhbar_gazetteer::{
    ActorKind, BuildError, Entry, Gazetteer, Kind, LoadErrorKind, Matcher, NameUse, PlaceKind,
    Reason, Target, Trigger,
};

const HEADER: &str =
    "id\tkind\tname_ar\tname_en\taliases\tcountry\tparent\tlat\tlon\tpcode\tgeonames\tsource";

fn load(rows: &str) -> Result<Gazetteer, String> {
    let text = format!("{HEADER}\n{rows}");
    Gazetteer::builder()
        .tsv("mine.tsv", text.as_bytes())
        .map_err(|e| e.to_string())?
        .build()
        .map_err(|e| e.to_string())
}

#[test]
fn a_full_row_loads() {
    let g = load(
        "v1\tvillage\tقرية الوادي\tWadi village\t?الوادي|!وادي\tSY\t\t35.1\t40.2\tC9999\t123\tmy notes\n",
    )
    .unwrap();
    let e = g.get("v1").unwrap();
    assert_eq!(e.kind(), Kind::Place(PlaceKind::Village));
    assert_eq!(e.name_ar(), "قرية الوادي");
    let uses: Vec<NameUse> = e.aliases().map(|n| n.usage()).collect();
    assert_eq!(uses, [NameUse::Ambiguous, NameUse::LookupOnly]);
    assert_eq!(e.coordinates().unwrap().lat(), 35.1);
    assert_eq!(
        (e.pcode(), e.geonames(), e.source()),
        (Some("C9999"), Some(123), "my notes")
    );
    assert_eq!(e.origin().to_string(), "mine.tsv:2");
}

#[test]
fn columns_may_come_in_any_order_and_optional_ones_may_be_missing() {
    let text = "name_ar\tid\tkind\n# a comment\n\nحلب الجديدة\tx\tneighbourhood\r\n";
    let g = Gazetteer::builder()
        .tsv("t", text.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(g.get("x").unwrap().name_ar(), "حلب الجديدة");
    assert_eq!(g.get("x").unwrap().name_en(), "");
}

#[test]
fn malformed_rows_name_line_and_column() {
    let cases: &[(&str, usize, Option<&str>)] = &[
        ("x\thamlet\tقرية\tX\n", 2, Some("kind")),
        ("\tvillage\tقرية\tX\n", 2, Some("id")),
        ("x\tvillage\t\tX\n", 2, Some("name_ar")),
        ("x\tvillage\tقرية\tX\t\t\t\t35.1\n", 2, Some("lon")),
        ("x\tvillage\tقرية\tX\t\t\t\t95\t40\n", 2, Some("lat")),
        ("x\tvillage\tقرية\tX\t\t\t\tabc\t40\n", 2, Some("lat")),
        ("x\tvillage\tقرية\tX\t\tsyria\n", 2, Some("country")),
        (
            "x\tvillage\tقرية\tX\t\t\t\t\t\t\tabc\n",
            2,
            Some("geonames"),
        ),
        ("x\tvillage\tـــ\tX\n", 2, Some("name_ar")),
        ("x\tvillage\tقرية\tX\t?\n", 2, Some("aliases")),
        // Brackets must enclose one place name.
        ("x\tmilitia\tقوات [تركيا\tX\n", 2, Some("name_ar")),
        ("x\tmilitia\tقوات\tX\tالموالية ل[]\n", 2, Some("aliases")),
        (
            "x\tmilitia\tقوات\tX\t[تركيا] و[إيران]\n",
            2,
            Some("aliases"),
        ),
        ("x\tvillage\tقرية\tX\t\t\t\t\t\t\t\t\textra\n", 2, None),
        (
            "ok\tvillage\tقرية\tX\n\nbad\tnope\tقرية\tX\n",
            4,
            Some("kind"),
        ),
    ];
    for (rows, line, column) in cases {
        let text = format!("{HEADER}\n{rows}");
        let err = Gazetteer::builder()
            .tsv("mine.tsv", text.as_bytes())
            .expect_err(rows);
        assert_eq!(err.line(), *line, "{rows:?}: {err}");
        assert_eq!(err.column(), *column, "{rows:?}: {err}");
        assert_eq!(err.source_name(), "mine.tsv");
        assert!(
            err.to_string().starts_with(&format!("mine.tsv:{line}: ")),
            "{err}"
        );
    }
}

#[test]
fn bad_headers() {
    let err = Gazetteer::builder().tsv("h", "".as_bytes()).unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::NoHeader));
    let err = Gazetteer::builder()
        .tsv("h", "id\tkind\tnme_ar\n".as_bytes())
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::UnknownColumn(c) if c == "nme_ar"));
    let err = Gazetteer::builder()
        .tsv("h", "id\tkind\tname_ar\tid\n".as_bytes())
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::DuplicateColumn));
    let err = Gazetteer::builder()
        .tsv("h", &b"id\tkind\tname_ar\n\xff\n"[..])
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::InvalidUtf8));
    assert_eq!(err.line(), 2);
}

#[test]
fn build_errors() {
    let err = load("a\tvillage\tقرية\tA\na\ttown\tبلدة\tB\n").unwrap_err();
    assert_eq!(err, "mine.tsv:3: id \"a\" already used at mine.tsv:2");
    let err = load("a\tvillage\tقرية\tA\t\t\tnowhere\n").unwrap_err();
    assert_eq!(err, "mine.tsv:2: a: parent \"nowhere\" does not exist");
    let err = load("a\tvillage\tقرية\tA\t\t\tb\nb\ttown\tبلدة\tB\t\t\ta\n").unwrap_err();
    assert!(err.contains("loops back"), "{err}");
    let bad = Entry::builder("x", Kind::Place(PlaceKind::Town), "بلدة", "X")
        .country("syria")
        .build();
    assert!(matches!(bad, Err(BuildError::InvalidEntry { .. })));
    let bad = Entry::builder("x", Kind::Place(PlaceKind::Town), "بلدة", "X")
        .coordinates(0.0, 200.0)
        .build();
    assert!(bad.is_err());
}

#[test]
fn combine_with_the_default_and_match_your_own_names() {
    let farm = Entry::builder(
        "farm-1",
        Kind::Place(PlaceKind::Village),
        "مزرعة أبو خالد",
        "Abu Khalid farm",
    )
    .alias("?المزرعة الكبيرة")
    .country("SY")
    .parent("SY11")
    .build()
    .unwrap();
    let g = Gazetteer::builder()
        .embedded()
        .entry(farm)
        .trigger(Trigger::new("ضيعة", Target::Place))
        .build()
        .unwrap();
    let m = Matcher::new(g).unwrap();
    let text = "داهمت دورية مزرعة أبو خالد في الرقة، ثم ضيعة المزرعة الكبيرة";
    let ids: Vec<&str> = m.find_iter(text).map(|x| x.entry().id()).collect();
    assert_eq!(ids, ["farm-1", "SY11", "farm-1"]);
}

#[test]
fn replacing_an_embedded_entry() {
    let mine = Entry::builder(
        "ISIS",
        Kind::Actor(akhbar_gazetteer::ActorKind::JihadistGroup),
        "داعش",
        "ISIS (mine)",
    )
    .build()
    .unwrap();
    let g = Gazetteer::builder()
        .embedded()
        .remove("ISIS")
        .entry(mine)
        .build()
        .unwrap();
    assert_eq!(g.get("ISIS").unwrap().name_en(), "ISIS (mine)");
}

#[test]
fn trigger_only_names_need_their_trigger_word() {
    // A village whose name is a frequent word: only "قرية الموعد" names it.
    let village = Entry::builder(
        "x-mawid",
        Kind::Place(PlaceKind::Village),
        "^الموعد",
        "Al-Maw'id",
    )
    .country("SY")
    .parent("SY09")
    .build()
    .unwrap();
    assert_eq!(
        village.names().next().unwrap().usage(),
        NameUse::TriggerOnly
    );
    let g = Gazetteer::builder()
        .embedded()
        .entry(village)
        .build()
        .unwrap();
    let m = Matcher::new(g).unwrap();
    let ids = |text: &str| -> Vec<String> {
        m.find_iter(text)
            .map(|x| x.entry().id().to_string())
            .collect()
    };
    assert_eq!(
        ids("اشتباكات في قرية الموعد بريف دير الزور"),
        ["x-mawid", "SY09"]
    );
    // Neither its governorate nearby, nor a preposition, nor a list.
    assert_eq!(ids("تأجل الموعد في دير الزور"), ["SY09"]);
    assert_eq!(ids("وصلوا إلى الموعد"), Vec::<String>::new());
    assert_eq!(ids("في الرقة والموعد"), ["SY11"]);
    // The marker round-trips through the TSV writer.
    let written = Gazetteer::to_tsv(&[m.gazetteer().get("x-mawid").unwrap()]);
    assert!(written.contains("\t^الموعد\t"), "{written}");
}

/// A place the data brackets within an actor's name is reported after the
/// actor, inside its span; with no such place in the gazetteer, the actor
/// alone.
#[test]
fn places_named_within_an_actor_name() {
    let militia = |embedded: bool| {
        let brigade = Entry::builder(
            "brigade-1",
            Kind::Actor(ActorKind::Militia),
            "اللواء المدعوم من [تركيا]",
            "A Turkish-backed brigade",
        )
        .country("SY")
        .build()
        .unwrap();
        let mut g = Gazetteer::builder();
        if embedded {
            g = g.embedded();
        }
        Matcher::new(g.entry(brigade).build().unwrap()).unwrap()
    };
    let text = "هاجم اللواء المدعوم من تركيا قرية في ريف حلب";
    let with = militia(true);
    let found: Vec<(&str, &str, bool)> = with
        .find_iter(text)
        .map(|m| {
            let within = matches!(m.reason(), Reason::Within { name } if &text[name] == "اللواء المدعوم من تركيا");
            (&text[m.span()], m.entry().id(), within)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("اللواء المدعوم من تركيا", "brigade-1", false),
            ("تركيا", "TR", true),
            ("حلب", "SY02", false),
        ]
    );
    let alone = militia(false);
    let ids: Vec<&str> = alone.find_iter(text).map(|m| m.entry().id()).collect();
    assert_eq!(ids, ["brigade-1"]);
}
