//! A deterministic generator of news-like Arabic text for benchmarks.
//!
//! The sentences are templates written for this project in the style of
//! Syrian and Iraqi conflict reporting, filled from small lists of places,
//! armed groups, numbers and dates. The mix of features matters more than the
//! content: hamza on alef and teh marbuta in almost every sentence,
//! tanween on accusatives (عنصراً) but hardly any other diacritic, Arabic
//! commas and quotation marks, some Arabic-Indic digits and some tatweel, at
//! about the rates of real agency copy.
//!
//! Shared by the criterion benches (`#[path]`-included) and by
//! `cargo xtask corpus`, which writes the same text for the peer comparison.

/// A small xorshift generator: reproducible across platforms and runs.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PLACES: &[&str] = &[
    "دير الزور",
    "الرقة",
    "الحسكة",
    "القامشلي",
    "إدلب",
    "حلب",
    "منبج",
    "الباغوز",
    "هجين",
    "الشحيل",
    "البوكمال",
    "الميادين",
    "تدمر",
    "السخنة",
    "درعا",
    "جاسم",
    "الموصل",
    "كركوك",
    "تكريت",
    "الفلوجة",
    "الرمادي",
    "بعقوبة",
    "سنجار",
    "تلعفر",
    "الطارمية",
    "جرف الصخر",
    "المقدادية",
    "خانقين",
    "الحويجة",
    "القائم",
    "ذيبان",
    "البصيرة",
    "الطيانة",
    "غرانيج",
    "عين العرب",
    "رأس العين",
    "تل أبيض",
    "عفرين",
    "سراقب",
    "معرة النعمان",
    "جسر الشغور",
    "أريحا",
    "دوما",
    "الغوطة الشرقية",
];
const GOVERNORATES: &[&str] = &[
    "دير الزور",
    "الرقة",
    "الحسكة",
    "حلب",
    "إدلب",
    "حمص",
    "حماة",
    "درعا",
    "نينوى",
    "كركوك",
    "ديالى",
    "الأنبار",
    "صلاح الدين",
    "بغداد",
];
const ACTORS: &[&str] = &[
    "تنظيم داعش",
    "قوات سوريا الديمقراطية",
    "«قسد»",
    "قوات النظام",
    "الحشد الشعبي",
    "هيئة تحرير الشام",
    "الجيش الوطني السوري",
    "التحالف الدولي",
    "القوات التركية",
    "الميليشيات الإيرانية",
    "القوات الأمنية العراقية",
    "البيشمركة",
    "حزب الله",
    "كتائب حزب الله",
    "عصائب أهل الحق",
    "القوات الروسية",
    "قوات الأسايش",
];
const TRIGGERS: &[&str] = &["بلدة", "قرية", "مدينة", "ريف", "حي", "منطقة", "محيط"];
const DIRECTIONS: &[&str] = &["الشرقي", "الغربي", "الشمالي", "الجنوبي"];
const NUMBER_WORDS: &[&str] = &[
    "ثلاثة",
    "خمسة",
    "سبعة",
    "عشرة",
    "اثنين",
    "أربعة",
    "ستة",
    "ثمانية",
    "تسعة",
];
const MONTHS: &[&str] = &[
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const SOURCES: &[&str] = &[
    "أفادت مصادر محلية",
    "ذكرت شبكات إخبارية",
    "قال مراسلنا",
    "أكد مصدر أمني",
    "أعلنت وزارة الدفاع",
    "نقلت وكالة أنباء",
    "أوضح ناشطون",
];
const VICTIMS: &[&str] = &["عناصر", "مدنيين", "مقاتلين", "أشخاص", "عسكريين"];
const VERBS: &[&str] = &["شنت", "نفذت", "استهدفت", "هاجمت", "قصفت"];

fn digits(rng: &mut Rng, n: u64) -> String {
    let s = n.to_string();
    if rng.below(5) == 0 {
        // Some outlets write Arabic-Indic digits.
        s.chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c))
            .collect()
    } else {
        s
    }
}

fn date(rng: &mut Rng) -> String {
    let month = rng.pick(MONTHS);
    let year = 2014 + rng.below(12);
    match rng.below(4) {
        0 => format!("{} {} {}", 1 + rng.below(28), month, year),
        1 => format!("{month} {year}"),
        2 => format!("{}/{}/{}", 1 + rng.below(28), 1 + rng.below(12), year),
        _ => format!("مطلع عام {year}"),
    }
}

/// One sentence.
pub fn sentence(rng: &mut Rng) -> String {
    let place = rng.pick(PLACES);
    let gov = rng.pick(GOVERNORATES);
    let actor = rng.pick(ACTORS);
    let actor2 = rng.pick(ACTORS);
    let trigger = rng.pick(TRIGGERS);
    let dir = rng.pick(DIRECTIONS);
    let k = 1 + rng.below(60) as u64;
    let killed = digits(rng, k);
    let wounded = rng.pick(NUMBER_WORDS);
    let victims = rng.pick(VICTIMS);
    let source = rng.pick(SOURCES);
    let verb = rng.pick(VERBS);
    let attacks = 100 + rng.below(900) as u64;
    match rng.below(8) {
        0 => format!(
            "{source} أن {actor} {verb} مواقع {actor2} في {trigger} {place} بريف {gov} {dir}، ما أسفر عن مقتل {killed} {victims} وإصابة {wounded} آخرين."
        ),
        1 => format!(
            "وفي {}، أعلن {actor} سيطرته على {trigger} {place} بعد اشتباكات عنيفة استمرت {wounded} أيام مع {actor2}.",
            date(rng)
        ),
        2 => format!(
            "وبحسب إحصائية نشرها «المرصد»، بلغ عدد الهجمات {} هجوماً منذ مطلع عام {}، بزيادة {}% عن العام الماضي.",
            digits(rng, attacks),
            2015 + rng.below(10),
            5 + rng.below(60)
        ),
        3 => format!(
            "وشن {actor} حملة مداهمات واسعة في {place} وبالقرب من {gov}، واعتقل نحو {killed} شخصاً بتهمة الانتماء إلى {actor2}؛ فيما لم يصدر أي تعليق رسمي."
        ),
        4 => format!(
            "قال المتحدث باسم {actor}: «إن العمليات مستمرة حتى تطهير كامل المنطقة من خلايا {actor2}»، مؤكداً أن {killed} مسلحاً سلموا أنفسهم خلال {}.",
            date(rng)
        ),
        5 => format!(
            "وتعد {place} من أبرز مناطق نفوذ {actor} في {gov}، إذ يقطنها قرابة {} ألف نسمة، نزح منهم نحو {} آلاف خلال العام الماضي.",
            10 + rng.below(200),
            2 + rng.below(9)
        ),
        6 => format!(
            "وأفاد مراسلنا في {gov} بأن طائرة مسيرة استهدفت سيارة تقل قيادياً في {actor} على الطريق الواصل بين {place} و{}، يوم {} {}.",
            rng.pick(PLACES),
            ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"][rng.below(7)],
            date(rng)
        ),
        _ => format!(
            "ولا تزال {place} تشهد توتراً أمنياً منذ {}، وسط انتشار مكثف لعناصر {actor} على مداخل المدينة ومخارجـها.",
            date(rng)
        ),
    }
}

/// Generated news text of at least `bytes` bytes, paragraphs of a few
/// sentences separated by blank lines.
pub fn news_corpus(bytes: usize) -> String {
    let mut rng = Rng::new(0x5EED_A4B4);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        for k in 0..(2 + rng.below(4)) {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(&sentence(&mut rng));
        }
        out.push_str("\n\n");
    }
    out
}

/// Generated articles of roughly `article_bytes` each, `count` of them.
pub fn news_articles(count: usize, article_bytes: usize) -> Vec<String> {
    let mut rng = Rng::new(0xA871_C1E5);
    (0..count)
        .map(|_| {
            let mut a = String::with_capacity(article_bytes + 512);
            while a.len() < article_bytes {
                a.push_str(&sentence(&mut rng));
                a.push(' ');
            }
            a
        })
        .collect()
}
