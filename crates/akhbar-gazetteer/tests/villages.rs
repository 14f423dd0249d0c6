//! Villages, sub-districts and neighbourhoods of Syria and Iraq, as news
//! names them: with a trigger word (قرية، بلدة، ناحية، حي، منطقة) and their
//! district or governorate nearby. Written for this crate in the style of
//! Syrian and Iraqi news; none comes from the evaluation set.
//!
//! Each case lists every place the sentence names, in order, as (surface in
//! the original text, entry id); a place missing, another one found, a wrong
//! span or a wrong entry fails the case. Actors are matched too (they take
//! their spans) but not compared here: `matching.rs` covers them.
//!
//! The second half holds sentences where the name of a village,
//! neighbourhood or sub-district is an ordinary word (a month, "the city",
//! "most prominent", a first name, a compass adjective) next to a place of
//! its own admin chain: only the real places may come out. A check makes
//! sure that each of those words is still the name of such a place, so that
//! the cases keep testing something when the data changes.

use akhbar_gazetteer::{Entry, Gazetteer, Kind, Matcher, PlaceKind};

struct Case {
    text: &'static str,
    expect: &'static [(&'static str, &'static str)],
}

macro_rules! cases {
    ($($text:literal => [$(($s:literal, $id:literal)),* $(,)?]),* $(,)?) => {
        &[$(Case { text: $text, expect: &[$(($s, $id)),*] }),*]
    };
}

/// The places found in `text` by the embedded matcher, as (surface, id).
fn places(text: &str) -> Vec<(String, String)> {
    Matcher::embedded()
        .find_iter(text)
        .filter(|m| m.entry().kind().is_place())
        .map(|m| (text[m.span()].to_string(), m.entry().id().to_string()))
        .collect()
}

/// One line per place found, with why it was accepted and the other
/// entries of its name: what a failure message needs to be read.
fn explain(text: &str) -> String {
    Matcher::embedded()
        .find_iter(text)
        .filter(|m| m.entry().kind().is_place())
        .map(|m| {
            let others: Vec<&str> = m.alternatives().map(Entry::id).take(4).collect();
            format!(
                "      {:?} {} ({}) {:?} others {:?}",
                &text[m.span()],
                m.entry().id(),
                m.entry().kind(),
                m.reason(),
                others
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(name: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        for (surface, _) in c.expect {
            assert!(
                c.text.contains(surface),
                "{name}: the case itself is wrong, {surface:?} is not in {:?}",
                c.text
            );
        }
        let got = places(c.text);
        let want: Vec<(String, String)> = c
            .expect
            .iter()
            .map(|(s, id)| (s.to_string(), id.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "  {}\n    want {:?}\n    got  {:?}\n{}",
                c.text,
                want,
                got,
                explain(c.text)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Eastern Deir ez-Zor: the Euphrates valley villages of the Basira, Dhiban, Hajin, Susa and Ashara sub-districts and the neighbourhoods of Deir ez-Zor city.
const EASTERN_DEIR_EZ_ZOR: &[Case] = cases![
    "قتل مدنيان بقصف استهدف بلدة الشحيل في ريف دير الزور الشرقي" => [("الشحيل", "C5119"), ("دير الزور", "SY09")],
    "داهمت دورية قرية الطيانة التابعة لناحية ذيبان شرق دير الزور" => [("الطيانة", "C5197"), ("ذيبان", "SY090301"), ("دير الزور", "SY09")],
    "انفجرت عبوة ناسفة قرب بلدة غرانيج بريف دير الزور" => [("غرانيج", "C5173"), ("دير الزور", "SY09")],
    "نزح مئات المدنيين من قرية أبو حمام بريف البوكمال" => [("أبو حمام", "C5174"), ("البوكمال", "C5167")],
    "شهدت بلدة هجين اشتباكات عنيفة بين عناصر التنظيم ومقاتلين محليين" => [("هجين", "C5175")],
    "أعلنت القوات السيطرة على الباغوز آخر جيوب التنظيم على الضفة الشرقية لنهر الفرات" => [("الباغوز", "C5184"), ("نهر الفرات", "sy-x-euphrates")],
    "عثر الأهالي على جثة شاب في قرية الكشكية قرب هجين" => [("الكشكية", "C5172"), ("هجين", "C5175")],
    "اغتال مسلحون مجهولون مختار قرية درنج في ريف دير الزور" => [("درنج", "C5200"), ("دير الزور", "SY09")],
    "تظاهر أهالي بلدة الحوايج التابعة لناحية ذيبان احتجاجاً على الاعتقالات" => [("الحوايج", "C5199"), ("ذيبان", "SY090301")],
    "سقطت قذائف على مدينة العشارة وقرية القورية في ريف الميادين" => [("العشارة", "C5210"), ("القورية", "C5207"), ("الميادين", "C5192")],
    "شنت القوات حملة دهم في قرية محيميدة بريف دير الزور الغربي" => [("محيميدة", "C5106"), ("دير الزور", "SY09")],
    "أصيب طفل بانفجار لغم في قرية الجيعة غرب دير الزور" => [("الجيعة", "C5089"), ("دير الزور", "SY09")],
    "اندلعت اشتباكات عشائرية في بلدة جديد عكيدات بريف دير الزور" => [("جديد عكيدات", "C5143"), ("دير الزور", "SY09")],
    "قصفت المدفعية قرية الصبحة التابعة لناحية البصيرة" => [("الصبحة", "C5120"), ("البصيرة", "SY090102")],
    "توتر في بلدة الكسرة غرب دير الزور بعد مقتل أحد وجهاء العشيرة" => [("الكسرة", "C5096"), ("دير الزور", "SY09")],
    "تعرضت دورية لهجوم في حي الجورة بمدينة دير الزور" => [("حي الجورة", "sy-x-dez-joura"), ("دير الزور", "C5086")],
    "سقطت قذيفة على حي هرابش شرق مدينة دير الزور" => [("هرابش", "sy-x-dez-harabesh"), ("دير الزور", "C5086")],
    "عادت عائلات إلى قرية الشعفة في ريف البوكمال بعد سنوات من النزوح" => [("الشعفة", "C5183"), ("البوكمال", "C5167")],
    "هاجمت خلية مسلحة نقطة عسكرية قرب بلدة السوسة بريف البوكمال" => [("السوسة", "C5186"), ("البوكمال", "C5167")],
];

#[test]
fn eastern_deir_ez_zor() {
    run("eastern deir ez zor", EASTERN_DEIR_EZ_ZOR);
}

/// Hasakah: the Khabur valley, the Qamishli and Malikiyah districts (with their Kurdish names), and the neighbourhoods of al-Hasakah city.
const HASAKAH: &[Case] = cases![
    // Villages of Idlib and al-Hasakah are called رأس العين and النجف: the
    // famous places win.
    "وصل وفد من ريف إدلب إلى مدينة رأس العين شمال الحسكة" => [("إدلب", "SY07"), ("رأس العين", "C4988"), ("الحسكة", "SY08")],
    "نقلت عائلات من القامشلي إلى محافظة النجف" => [("القامشلي", "C4564"), ("النجف", "IQG04")],
    "قصفت المسيرات التركية محيط بلدة تل تمر بريف الحسكة" => [("تل تمر", "C4409"), ("الحسكة", "SY08")],
    "نزحت عائلات من قرية أبو راسين في ريف رأس العين" => [("أبو راسين", "C5005"), ("رأس العين", "C4988")],
    "سقطت قذائف على قرية زركان شمال الحسكة" => [("زركان", "C5005"), ("الحسكة", "SY08")],
    "فككت فرق الهندسة عبوة في بلدة تل حميس بريف القامشلي" => [("تل حميس", "C4639"), ("القامشلي", "C4564")],
    "وصلت تعزيزات إلى مدينة الشدادي جنوب الحسكة" => [("الشدادي", "C4446"), ("الحسكة", "SY08")],
    "نفذت خلايا التنظيم هجوماً على حاجز في بلدة مركدة جنوبي الحسكة" => [("مركدة", "C4454"), ("الحسكة", "SY08")],
    "احتج أهالي بلدة تل براك على انقطاع المياه" => [("تل براك", "C4477")],
    "اعتقلت القوى الأمنية شابين في مدينة عامودا غرب القامشلي" => [("عامودا", "C4688"), ("القامشلي", "C4564")],
    "جرى تبادل للأسرى قرب بلدة الدرباسية الحدودية" => [("الدرباسية", "C5054")],
    "اندلعت اشتباكات في حي غويران بمدينة الحسكة" => [("حي غويران", "sy-x-hasakah-ghweiran"), ("الحسكة", "C4360")],
    "شهد حي النشوة في الحسكة انقطاعاً للكهرباء" => [("حي النشوة", "sy-x-hasakah-nashwa"), ("الحسكة", "SY08")],
    "قتل عنصر من الأسايش في حي المفتي بمدينة الحسكة" => [("حي المفتي", "sy-x-hasakah-mufti"), ("الحسكة", "C4360")],
    "تعرضت بلدة جل آغا لقصف مدفعي" => [("جل آغا", "C4919")],
    "نظم أهالي مدينة ديريك وقفة احتجاجية" => [("ديريك", "C4881")],
    "وصلت دفعة من النازحين إلى بلدة تربه سبيه" => [("تربه سبيه", "C4751")],
    "أطلقت قوات الحماية سراح موقوفين من أهالي بلدة اليعربية" => [("اليعربية", "C4969")],
];

#[test]
fn hasakah() {
    run("hasakah", HASAKAH);
}

/// Raqqa: the Tell Abyad and Ain Issa countryside, the Tabqa area and the neighbourhoods of al-Raqqa city.
const RAQQA: &[Case] = cases![
    "قصفت القوات التركية محيط بلدة عين عيسى شمال الرقة" => [("عين عيسى", "C5905"), ("الرقة", "SY11")],
    "داهمت دورية منزلاً في بلدة الكرامة شرق الرقة" => [("الكرامة", "C5766"), ("الرقة", "SY11")],
    "سقطت قذائف على بلدة سلوك بريف تل أبيض" => [("سلوك", "C5843"), ("تل أبيض", "C5792")],
    "تجمع أهالي بلدة معدان للمطالبة بتحسين الخدمات" => [("معدان", "C5787")],
    "وقع انفجار في سوق بلدة السبخة بريف الرقة الشرقي" => [("السبخة", "C5747"), ("الرقة", "SY11")],
    "عثر على مقبرة جماعية في حي المشلب بمدينة الرقة" => [("المشلب", "sy-x-raqqa-mashlab"), ("الرقة", "C5710")],
    "اعتقلت الأسايش ثلاثة شبان من حي الدرعية في الرقة" => [("حي الدرعية", "sy-x-raqqa-diriyah"), ("الرقة", "SY11")],
    "تعرضت قرية حزيمة شمال الرقة لقصف بالطائرات المسيرة" => [("حزيمة", "C5702"), ("الرقة", "SY11")],
    "قتل مدني برصاص مجهولين في بلدة الجرنية بريف الطبقة" => [("الجرنية", "C5965"), ("الطبقة", "C5929")],
    "تصاعد التوتر في مدينة الطبقة غرب الرقة" => [("الطبقة", "C5929"), ("الرقة", "SY11")],
];

#[test]
fn raqqa() {
    run("raqqa", RAQQA);
}

/// Idlib and western Aleppo: the Jabal al-Zawiya, Harem and Atarib fronts and the neighbourhoods of Aleppo city.
const IDLIB_AND_WESTERN_ALEPPO: &[Case] = cases![
    "استهدفت غارة جوية مدينة سراقب شرق إدلب" => [("سراقب", "C3916"), ("إدلب", "SY07")],
    "قصفت قوات النظام قرى كنصفرة والبارة ومرعيان في جبل الزاوية" => [("كنصفرة", "C4309"), ("البارة", "C4304"), ("مرعيان", "C4308"), ("جبل الزاوية", "sy-x-jabal-zawiya")],
    "سقطت قذائف على بلدة سفوهن وقرية كفر عويد جنوب إدلب" => [("سفوهن", "C4054"), ("كفر عويد", "C4062"), ("إدلب", "SY07")],
    "تظاهر المئات في مدينة كفرنبل بريف إدلب الجنوبي" => [("كفرنبل", "C4068"), ("إدلب", "SY07")],
    "أصيب مدنيون بقصف على قرية قاح قرب الحدود التركية" => [("قاح", "C4131")],
    "شهدت بلدة دير حسان شمال إدلب حملة أمنية" => [("دير حسان", "C4129"), ("إدلب", "SY07")],
    "افتتح معبر جديد قرب مدينة سرمدا بريف إدلب الشمالي" => [("سرمدا", "C4121"), ("إدلب", "SY07")],
    "تضم مخيمات أطمة عشرات آلاف النازحين" => [("مخيمات أطمة", "sy-x-atmeh-camps")],
    "استهدفت طائرة مسيرة سيارة على طريق بلدة الدانا" => [("الدانا", "C4126")],
    "سقطت صواريخ على مدينة معرة مصرين شمال إدلب" => [("معرة مصرين", "C3947"), ("إدلب", "SY07")],
    "أعلنت الفصائل صد محاولة تقدم على محور بلدة تفتناز" => [("تفتناز", "C3932")],
    "قصف مدفعي على بلدة الأتارب وقرية كفر نوران في ريف حلب الغربي" => [("الأتارب", "C1022"), ("كفر نوران", "C1041"), ("حلب", "SY02")],
    "استهدفت المدفعية قرية الأبزمو بريف حلب الغربي" => [("الأبزمو", "C1030"), ("حلب", "SY02")],
    "نزح الأهالي من بلدة دارة عزة وقرية تقاد غرب حلب" => [("دارة عزة", "C1139"), ("تقاد", "C1143"), ("حلب", "SY02")],
    "تقدمت القوات على محور قرية خان طومان جنوب حلب" => [("خان طومان", "C1015"), ("حلب", "SY02")],
    "اندلعت اشتباكات في حي الشيخ مقصود بمدينة حلب" => [("الشيخ مقصود", "N0123"), ("حلب", "C1007")],
    "قصفت الطائرات حي صلاح الدين وحي الصاخور في حلب" => [("صلاح الدين", "N0214"), ("الصاخور", "N0139"), ("حلب", "SY02")],
    "سيطرت الفصائل على بلدة خان شيخون جنوب إدلب" => [("خان شيخون", "C3987"), ("إدلب", "SY07")],
    "نفذت الفصائل عملية تسلل على محور قبتان الجبل غرب حلب" => [("قبتان الجبل", "C1150"), ("حلب", "SY02")],
];

#[test]
fn idlib_and_western_aleppo() {
    run("idlib and western aleppo", IDLIB_AND_WESTERN_ALEPPO);
}

/// Daraa: the western and eastern countryside, the Yarmouk basin and the quarters of Daraa city.
const DARAA: &[Case] = cases![
    "اغتال مسلحون قيادياً سابقاً في مدينة جاسم شمال درعا" => [("جاسم", "C6111"), ("درعا", "SY12")],
    "قتل شاب برصاص مجهولين في بلدة اليادودة غرب درعا" => [("اليادودة", "C6032"), ("درعا", "SY12")],
    "شهدت مدينة طفس وبلدة المزيريب توتراً أمنياً" => [("طفس", "C6034"), ("المزيريب", "C6039")],
    "دخلت تعزيزات عسكرية إلى مدينة نوى بريف درعا الغربي" => [("نوى", "C6124"), ("درعا", "SY12")],
    "انفجرت عبوة في بلدة الحراك بريف درعا الشرقي" => [("الحراك", "C6116"), ("درعا", "SY12")],
    "أطلق سراح معتقلين من أبناء بلدة تل شهاب في ريف درعا" => [("تل شهاب", "C6033"), ("درعا", "SY12")],
    "تعرض حاجز لهجوم في حي طريق السد بمدينة درعا" => [("طريق السد", "sy-x-daraa-tariq-sad"), ("درعا", "C5993")],
    "نظم أهالي درعا البلد اعتصاماً أمام الجامع العمري" => [("درعا البلد", "C6317")],
    "انسحبت المجموعات المسلحة من بلدة المليحة الغربية باتجاه بصرى الشام" => [("المليحة الغربية", "C6114"), ("بصرى الشام", "C6002")],
    "أصيب عنصران بهجوم على حاجز قرب بلدة إبطع في ريف درعا" => [("إبطع", "C6031"), ("درعا", "SY12")],
    "قتل مسن بانفجار لغم في قرية سحم الجولان بحوض اليرموك" => [("سحم الجولان", "C6018"), ("حوض اليرموك", "sy-x-yarmouk-basin")],
    "جرت تسوية لأوضاع المطلوبين في مدينة الشيخ مسكين وبلدة داعل" => [("الشيخ مسكين", "C6126"), ("داعل", "C6030")],
];

#[test]
fn daraa() {
    run("daraa", DARAA);
}

/// Iraq: the belts of Baghdad (Tarmiya, Abu Ghraib, Mahmudiya, Madain) and its neighbourhoods.
const BAGHDAD_BELTS: &[Case] = cases![
    "نفذت القوات الأمنية عملية تفتيش في قضاء الطارمية شمال بغداد" => [("الطارمية", "iq-d-tarmiya"), ("بغداد", "IQG08")],
    "قتل جنديان بهجوم على نقطة عسكرية في ناحية المشاهدة التابعة لقضاء الطارمية" => [("المشاهدة", "iq-s-mashahda"), ("الطارمية", "iq-d-tarmiya")],
    "عثر على جثة مجهولة في منطقة عرب جبور جنوب بغداد" => [("عرب جبور", "iq-x-arab-jabour"), ("بغداد", "IQG08")],
    "انفجرت عبوة ناسفة في ناحية اليوسفية جنوب غربي بغداد" => [("اليوسفية", "iq-s-yusufiya"), ("بغداد", "IQG08")],
    "شنت قوات الجيش حملة تفتيش في ناحية اللطيفية التابعة لقضاء المحمودية" => [("اللطيفية", "iq-s-latifiya"), ("المحمودية", "iq-d-mahmudiya")],
    "سقطت قذائف هاون على منطقة البوعيثة جنوب بغداد" => [("البوعيثة", "iq-x-albu-aitha"), ("بغداد", "IQG08")],
    "اعتقلت قوة أمنية متهماً بالإرهاب في منطقة الرضوانية غرب بغداد" => [("الرضوانية", "iq-x-radwaniya"), ("بغداد", "IQG08")],
    "هاجم مسلحون سيطرة أمنية في ناحية التاجي شمال بغداد" => [("التاجي", "iq-s-taji"), ("بغداد", "IQG08")],
    "أعيد فتح الطريق بين ناحية جرف الصخر وقضاء المسيب" => [("جرف الصخر", "iq-s-jurf-nasr"), ("المسيب", "iq-d-musayyib")],
    "انفجرت سيارة مفخخة في سوق حي الغزالية ببغداد" => [("الغزالية", "iq-x-ghazaliya"), ("بغداد", "IQG08")],
    "قتل ثلاثة أشخاص في انفجار داخل سوق الشورجة وسط بغداد" => [("الشورجة", "iq-x-shorja"), ("بغداد", "IQG08")],
    "تجمع متظاهرون في حي العامرية غرب العاصمة بغداد" => [("العامرية", "iq-x-amiriya-baghdad"), ("بغداد", "IQG08")],
    // Sadr City lies in the city of Baghdad: the city, not the governorate.
    "اندلع حريق في أحد أسواق مدينة الصدر شرقي بغداد" => [("مدينة الصدر", "iq-n-sadr-city"), ("بغداد", "iq-c-baghdad")],
    "أغلقت القوات الأمنية الطرق المؤدية إلى منطقة السيدية جنوب غربي بغداد" => [("السيدية", "iq-x-saydiya"), ("بغداد", "IQG08")],
    "وقع انفجار قرب جسر في منطقة سلمان باك جنوب شرقي بغداد" => [("سلمان باك", "iq-c-salman-pak"), ("بغداد", "IQG08")],
];

#[test]
fn baghdad_belts() {
    run("baghdad belts", BAGHDAD_BELTS);
}

/// Iraq: Diyala's sub-districts (Baqubah, Khalis, Muqdadiya, Khanaqin, Baladruz).
const DIYALA: &[Case] = cases![
    "قتل مزارع بهجوم مسلح في قرية قرب ناحية العظيم شمال ديالى" => [("العظيم", "iq-s-udhaim"), ("ديالى", "IQG10")],
    "اندلعت اشتباكات في ناحية أبو صيدا التابعة لقضاء المقدادية" => [("أبو صيدا", "iq-s-abi-saida"), ("المقدادية", "iq-d-muqdadiya")],
    "نفذت القوات عملية دهم في ناحية هبهب غرب بعقوبة" => [("هبهب", "iq-s-hibhib"), ("بعقوبة", "iq-c-baqubah")],
    "انفجرت عبوة على طريق ناحية بهرز جنوب بعقوبة" => [("بهرز", "iq-s-buhriz"), ("بعقوبة", "iq-c-baqubah")],
    "شهدت ناحية جلولاء التابعة لقضاء خانقين توتراً أمنياً" => [("جلولاء", "iq-s-jalawla"), ("خانقين", "iq-d-khanaqin")],
    "عاد مئات النازحين إلى ناحية السعدية شمال شرقي ديالى" => [("السعدية", "iq-s-saadiya"), ("ديالى", "IQG10")],
    "شن الطيران غارات على بساتين ناحية المنصورية في قضاء الخالص" => [("المنصورية", "iq-s-mansuriya-diyala"), ("الخالص", "iq-d-khalis")],
    "قتل شخصان بهجوم على ناحية مندلي الحدودية في قضاء بلدروز" => [("مندلي", "iq-s-mandali"), ("بلدروز", "iq-d-baladruz")],
    "نفذت قوة أمنية عملية في منطقة حوض الوقف شمال شرقي ديالى" => [("حوض الوقف", "iq-x-waqf-diyala"), ("ديالى", "IQG10")],
    "قتل جندي في هجوم على نقطة أمنية في ناحية كنعان شرق بعقوبة" => [("كنعان", "iq-s-kanaan"), ("بعقوبة", "iq-c-baqubah")],
];

#[test]
fn diyala() {
    run("diyala", DIYALA);
}

/// Iraq: Kirkuk's Hawija, Daquq and Kirkuk districts.
const KIRKUK: &[Case] = cases![
    "شنت القوات عملية تفتيش في وادي الشاي جنوب غربي كركوك" => [("وادي الشاي", "iq-x-wadi-al-shay"), ("كركوك", "IQG13")],
    "قتل راع بانفجار عبوة في ناحية الرياض التابعة لقضاء الحويجة" => [("الرياض", "iq-s-riyadh-kirkuk"), ("الحويجة", "iq-d-hawija")],
    "هاجم مسلحون نقطة للجيش في ناحية الزاب غرب كركوك" => [("الزاب", "iq-s-zab"), ("كركوك", "IQG13")],
    "نفذت قوة أمنية حملة تفتيش في ناحية العباسي بقضاء الحويجة" => [("العباسي", "iq-s-abbasi"), ("الحويجة", "iq-d-hawija")],
    "وقعت اشتباكات قرب ناحية الرشاد التابعة لقضاء داقوق" => [("الرشاد", "iq-s-rashad"), ("داقوق", "iq-d-daquq")],
    "شهدت ناحية تازة جنوب كركوك توتراً بين قوات الأمن والسكان" => [("تازة", "iq-s-taza"), ("كركوك", "IQG13")],
    "نزحت عائلات من قرى ناحية ليلان جنوب شرقي كركوك" => [("ليلان", "iq-s-laylan"), ("كركوك", "IQG13")],
    "عثر على مخبأ للأسلحة قرب ناحية يايجي غرب كركوك" => [("يايجي", "iq-s-yaychi"), ("كركوك", "IQG13")],
];

#[test]
fn kirkuk() {
    run("kirkuk", KIRKUK);
}

/// Iraq: Salahuddin from Samarra to Baiji, Tuz Khurmatu and the Mutaibija desert.
const SALAHUDDIN: &[Case] = cases![
    "قتل جنديان في هجوم على ناحية العلم شرق تكريت" => [("العلم", "iq-s-alam"), ("تكريت", "iq-c-tikrit")],
    "انفجرت عبوة قرب ناحية الضلوعية التابعة لقضاء بلد" => [("الضلوعية", "iq-s-dhuluiya"), ("بلد", "iq-d-balad")],
    "أطلقت القوات عملية أمنية في ناحية يثرب جنوب صلاح الدين" => [("يثرب", "iq-s-yathrib"), ("صلاح الدين", "IQG16")],
    "شن الطيران غارات على وكر للتنظيم في منطقة مطيبيجة بين ديالى وصلاح الدين" => [("مطيبيجة", "iq-x-mutaibija"), ("ديالى", "IQG10"), ("صلاح الدين", "IQG16")],
    "وصلت تعزيزات إلى ناحية آمرلي التابعة لقضاء طوز خورماتو" => [("آمرلي", "iq-s-amerli"), ("طوز خورماتو", "iq-d-tuz-khurmatu")],
    "أحبطت القوات هجوماً على ناحية سليمان بيك شرق صلاح الدين" => [("سليمان بيك", "iq-s-sulaiman-beg"), ("صلاح الدين", "IQG16")],
    "شهدت ناحية الإسحاقي جنوب سامراء عملية تفتيش واسعة" => [("الإسحاقي", "iq-s-ishaqi"), ("سامراء", "iq-c-samarra")],
    "قتل مدنيون بانفجار في ناحية الصينية غرب بيجي" => [("الصينية", "iq-s-siniya"), ("بيجي", "iq-c-baiji")],
    "اعتقلت القوات مطلوباً في قرية مكيشيفة جنوب تكريت" => [("مكيشيفة", "iq-x-mukayshifa"), ("تكريت", "iq-c-tikrit")],
    "عاد نازحون إلى ناحية العوجة جنوب تكريت" => [("العوجة", "iq-s-awja"), ("تكريت", "iq-c-tikrit")],
];

#[test]
fn salahuddin() {
    run("salahuddin", SALAHUDDIN);
}

/// Iraq: Anbar's Euphrates valley from Fallujah to al-Qaim and the western desert.
const ANBAR: &[Case] = cases![
    // A village of al-Bukamal is called الرمادي too; the city wins even with
    // a Deir ez-Zor place before it.
    "أفاد مراسلنا في دير الزور بأن طائرة استهدفت سيارة على الطريق الواصل بين الرمادي وكركوك" => [("دير الزور", "SY09"), ("الرمادي", "iq-c-ramadi"), ("كركوك", "IQG13")],
    "نفذت القوات عملية تفتيش في ناحية الكرمة شرق الفلوجة" => [("الكرمة", "iq-s-karmah"), ("الفلوجة", "iq-c-fallujah")],
    "عاد مئات النازحين إلى ناحية الصقلاوية شمال الفلوجة" => [("الصقلاوية", "iq-s-saqlawiyah"), ("الفلوجة", "iq-c-fallujah")],
    "هاجم مسلحون نقطة تفتيش في ناحية البغدادي التابعة لقضاء هيت" => [("البغدادي", "iq-s-baghdadi"), ("هيت", "iq-d-hit")],
    "وصلت تعزيزات إلى ناحية كبيسة غرب هيت" => [("كبيسة", "iq-s-kubaisa"), ("هيت", "iq-c-hit")],
    "شهدت ناحية الرمانة التابعة لقضاء القائم حملة دهم" => [("الرمانة", "iq-s-rummana"), ("القائم", "iq-d-qaim")],
    "انفجرت عبوة في ناحية العبيدي غرب الأنبار" => [("العبيدي", "iq-s-ubaidi"), ("الأنبار", "IQG01")],
    "نفذ الطيران ضربة قرب ناحية النخيب في صحراء الأنبار" => [("النخيب", "iq-s-nukhaib"), ("صحراء الأنبار", "iq-x-anbar-desert")],
    "عثرت القوات على أنفاق قرب ناحية الوليد الحدودية غرب الرطبة" => [("الوليد", "iq-s-walid"), ("الرطبة", "iq-c-rutba")],
    "شهدت ناحية الحبانية شرق الرمادي عودة للعائلات النازحة" => [("الحبانية", "iq-s-habbaniyah"), ("الرمادي", "iq-c-ramadi")],
    "قتل عنصران من الحشد العشائري في قضاء حديثة غرب الأنبار" => [("حديثة", "iq-d-haditha"), ("الأنبار", "IQG01")],
];

#[test]
fn anbar() {
    run("anbar", ANBAR);
}

/// Iraq: Nineveh, the Nineveh plains, Sinjar, Tal Afar and the quarters of Mosul.
const NINEVEH: &[Case] = cases![
    "عاد المسيحيون إلى بلدة قرقوش في سهل نينوى" => [("قرقوش", "iq-c-qaraqosh"), ("سهل نينوى", "iq-x-nineveh-plains")],
    "شهدت ناحية برطلة التابعة لقضاء الحمدانية احتجاجات" => [("برطلة", "iq-s-bartella"), ("الحمدانية", "iq-d-hamdaniya")],
    "أعيد افتتاح مدرسة في ناحية بعشيقة شمال شرق الموصل" => [("بعشيقة", "iq-s-bashiqa"), ("الموصل", "iq-c-mosul")],
    "تصاعدت أعمدة الدخان من حقول ناحية القيارة جنوب الموصل" => [("القيارة", "iq-s-qayyarah"), ("الموصل", "iq-c-mosul")],
    "قتل عنصران بهجوم على ناحية حمام العليل جنوب الموصل" => [("حمام العليل", "iq-s-hammam-alil"), ("الموصل", "iq-c-mosul")],
    "نزحت عائلات من ناحية زمار التابعة لقضاء تلعفر" => [("زمار", "iq-s-zummar"), ("تلعفر", "iq-d-tal-afar")],
    "قصفت طائرات تركية مواقع في ناحية سنوني شمال سنجار" => [("سنوني", "iq-s-shamal"), ("سنجار", "iq-c-sinjar")],
    "عثر على مقبرة جماعية في ناحية المحلبية غرب الموصل" => [("المحلبية", "iq-s-mahalabiya"), ("الموصل", "iq-c-mosul")],
    "انتشلت فرق الدفاع المدني جثثاً من أنقاض منطقة باب الطوب في الموصل" => [("باب الطوب", "iq-x-bab-al-tob"), ("الموصل", "iq-c-mosul")],
    "افتتح جسر جديد يربط حي الزنجيلي بمنطقة الموصل القديمة" => [("الزنجيلي", "iq-x-zanjili"), ("الموصل القديمة", "iq-x-mosul-old-city")],
    "شهدت ناحية الشورة جنوب الموصل عودة للنازحين" => [("الشورة", "iq-s-shura"), ("الموصل", "iq-c-mosul")],
    "أعلنت السلطات رفع حظر التجوال في ناحية ربيعة الحدودية التابعة لقضاء تلعفر" => [("ربيعة", "iq-s-rabia"), ("تلعفر", "iq-d-tal-afar")],
];

#[test]
fn nineveh() {
    run("nineveh", NINEVEH);
}

/// Every table of small places above.
const REGIONS: [&[Case]; 11] = [
    EASTERN_DEIR_EZ_ZOR,
    HASAKAH,
    RAQQA,
    IDLIB_AND_WESTERN_ALEPPO,
    DARAA,
    BAGHDAD_BELTS,
    DIYALA,
    KIRKUK,
    SALAHUDDIN,
    ANBAR,
    NINEVEH,
];

/// A village, neighbourhood or sub-district name used as an ordinary word,
/// the place names the sentence really contains.
struct WordCase {
    word: &'static str,
    text: &'static str,
    expect: &'static [(&'static str, &'static str)],
}

macro_rules! word_cases {
    ($($word:literal, $text:literal => [$(($s:literal, $id:literal)),* $(,)?]),* $(,)?) => {
        &[$(WordCase { word: $word, text: $text, expect: &[$(($s, $id)),*] }),*]
    };
}

/// Months, compass adjectives, "the city", "most prominent", first names
/// and the words of conflict reports, each the whole name of a village, a
/// neighbourhood or a sub-district in the chain of a place of its sentence
/// (a month of a Diyala village right before ديالى, أبرز next to عفرين,
/// المدينة next to الحسكة).
const COMMON_WORDS: &[WordCase] = word_cases![
            "المدينة", "انتشرت قوات الأمن على مداخل المدينة ومخارجها بعد هجوم استهدف الحسكة" => [("الحسكة", "SY08")],
            "المدينة", "وشهدت المدينة حركة نزوح واسعة بعد سقوط قذائف على أطراف مدينة الحسكة" => [("الحسكة", "C4360")],
            "أبرز", "يعد المجلس من أبرز الهيئات المحلية في عفرين" => [("عفرين", "C1366")],
            "أبرز", "من أبرز القرى التي طالها القصف قرى ناحية معبطلي" => [("معبطلي", "SY020306")],
            "تشرين", "في تشرين الأول الماضي سيطرت القوات على أحياء في الرقة" => [("الرقة", "SY11")],
            "تشرين", "قصفت الطائرات ريف الميادين في تشرين الثاني 2017" => [("الميادين", "C5192")],
            "تشرين", "شهدت مدينة الحفة احتجاجات في تشرين الأول" => [("الحفة", "C3671")],
            "الشرقي", "تمركزت القوات في القطاع الشرقي من المثنى" => [("المثنى", "IQG03")],
            "الغربي", "عبرت الأرتال الجانب الغربي من المثنى باتجاه الحدود" => [("المثنى", "IQG03")],
            "الشرقية", "اندلعت اشتباكات في الجهة الشرقية من واسط" => [("واسط", "IQG18")],
            "حزيران", "شهد شهر حزيران في ديالى تصعيداً أمنياً" => [("ديالى", "IQG10")],
            "حزيران", "قتل مزارعان في حزيران بديالى في هجوم لخلايا التنظيم" => [("ديالى", "IQG10")],
            "تموز", "أعلنت الحكومة تحرير تلعفر في آب 2017 بعد معارك بدأت في تموز في نينوى" => [("تلعفر", "iq-c-tal-afar"), ("نينوى", "IQG15")],
            "تموز", "جرت الانتخابات المحلية في تموز في نينوى" => [("نينوى", "IQG15")],
            "شباط", "في شباط عاد النازحون إلى طرطوس بعد انتهاء العاصفة" => [("طرطوس", "SY10")],
            "تموز", "قتل جندي بهجوم في تموز في واسط" => [("واسط", "IQG18")],
            "آذار", "شهدت مدينة جسر الشغور معارك عنيفة في آذار 2015" => [("جسر الشغور", "C4199")],
            "الظهر", "اندلعت اشتباكات عنيفة في جسر الشغور حتى ساعات الظهر" => [("جسر الشغور", "C4199")],
            "الوحدة", "دعا المجلس إلى الوحدة الوطنية خلال اجتماعه في قضاء المدائن" => [("المدائن", "iq-d-madain")],
            "الصحة", "أعلنت الصحة في نينوى تسجيل إصابات جديدة" => [("نينوى", "IQG15")],
            "المحافظة", "عقد مجلس المحافظة جلسة طارئة في حلب" => [("حلب", "SY02")],
            "مصطفى", "قال مصطفى الأحمد إن القصف طال منازل في القامشلي" => [("القامشلي", "C4564")],
            "خالد", "أكد خالد العلي أن الأوضاع هادئة في عامودا" => [("عامودا", "C4688")],
            "العبد", "اجتمع وفد من عشيرة العبد مع وجهاء ريف دير الزور" => [("دير الزور", "SY09")],
            "الخطف", "نددت العشائر بعمليات الخطف في منبج" => [("منبج", "C1767")],
            "الأسرى", "أفرج عن الأسرى في كركوك ضمن صفقة تبادل" => [("كركوك", "IQG13")],
            "البعث", "انتشرت شائعات عن حظر حزب البعث في محافظة كركوك" => [("كركوك", "IQG13")],
            "السد", "افتتح السد في ديالى بعد ترميمه" => [("ديالى", "IQG10")],
            "عاجل", "عاجل: قصف مدفعي يستهدف الأتارب" => [("الأتارب", "C1022")],
            "المخيم", "انطلقت الحافلات من المخيم باتجاه كربلاء صباح اليوم" => [("كربلاء", "IQG12")],
            "المقبرة", "توجه المتظاهرون إلى المقبرة لتشييع الضحايا في الحسكة" => [("الحسكة", "SY08")],
            "الحرية", "طالب المتظاهرون بالحرية في البوكمال" => [("البوكمال", "C5167")],
            "الشرطة", "انتشرت الشرطة في شوارع بغداد" => [("بغداد", "IQG08")],
            "الشرطة", "نقلت الحكومة ملف الأمن إلى الشرطة في النجف" => [("النجف", "IQG04")],
            "الدورة", "بدأت الدورة التدريبية في بغداد" => [("بغداد", "IQG08")],
            "الشعب", "أكد الشعب في بغداد رفضه للعنف" => [("بغداد", "IQG08")],
            "النصر", "احتفل الأهالي بالنصر في النجف" => [("النجف", "IQG04")],
            "الجديدة", "افتتحت المدرسة الجديدة في الحسكة" => [("الحسكة", "SY08")],
            "الطيبة", "عرف أهالي الميادين بالطيبة والكرم" => [("الميادين", "C5192")],
];

/// Names that are first frequent words (marked `^` in the data) are
/// places right after a trigger word of their kind, and only there.
#[test]
fn frequent_word_names_after_their_trigger() {
    run(
        "frequent-word names after a trigger",
        cases![
            "قصفت المدفعية قرية تشرين في ريف الرقة الشمالي" => [("تشرين", "C5731"), ("الرقة", "SY11")],
            "اشتباكات عنيفة في محيط قرية تشرين بريف الميادين" => [("تشرين", "C5206"), ("الميادين", "C5192")],
            "انتشرت قوة أمنية في ناحية السلام التابعة لقضاء الخالص" => [("السلام", "iq-s-salam-diyala"), ("الخالص", "iq-d-khalis")],
            // The same words without their trigger: the places around only.
            "حلّ تشرين الأول بارداً على مخيمات ريف الرقة" => [("الرقة", "SY11")],
            "دعا المتظاهرون في بعقوبة إلى السلام" => [("بعقوبة", "iq-c-baqubah")],
        ],
    );
}

/// Towns and sub-districts of the war whose names mean nothing else are
/// places on their own, with no trigger word, preposition or related place
/// around (the overrides `match` of data/curated/ambiguity-overrides.tsv);
/// those whose names are also words still need one.
#[test]
fn bare_town_names() {
    run(
        "bare town names",
        cases![
            "استعادت القوات سراقب بعد معارك استمرت أسابيع" => [("سراقب", "C3916")],
            "حاصرت القوات مضايا والزبداني طوال عامين" => [("مضايا", "C2450"), ("الزبداني", "C2429")],
            "وصلت قافلة مساعدات إلى حرستا وعربين صباح اليوم" => [("حرستا", "C2342"), ("عربين", "C2321")],
            "هز انفجار الكرادة مساء الأحد" => [("الكرادة", "iq-s-karrada")],
            "استعادت القوات العراقية القيارة وقاعدتها الجوية" => [("القيارة", "iq-s-qayyarah")],
            // هجين is also "hybrid", البصيرة "insight": a word without context.
            "طورت الشركة محركا هجين الوقود" => [],
            "تحلى القائد بالبصيرة" => [],
        ],
    );
}

#[test]
fn ordinary_words_are_not_places() {
    let cases: Vec<Case> = COMMON_WORDS
        .iter()
        .map(|c| Case {
            text: c.text,
            expect: c.expect,
        })
        .collect();
    run("ordinary words", &cases);
}

/// The entries named `word` that lie in the same governorate as one of the
/// places of the sentence: villages, neighbourhoods and sub-districts.
fn same_chain_namesakes<'g>(g: &'g Gazetteer, c: &WordCase) -> Vec<&'g Entry> {
    let chain = |id: &str| -> Vec<String> {
        std::iter::once(id.to_string())
            .chain(g.ancestors(id).map(|e| e.id().to_string()))
            .collect()
    };
    let small = |e: &Entry| {
        matches!(
            e.kind(),
            Kind::Place(PlaceKind::Village | PlaceKind::Neighbourhood | PlaceKind::Subdistrict)
        )
    };
    g.lookup(c.word)
        .filter(|e| small(e))
        .filter(|e| {
            let mine = chain(e.id());
            c.expect.iter().any(|(_, id)| {
                chain(id)
                    .iter()
                    .find(|a| mine.contains(a))
                    .and_then(|a| g.get(a))
                    .is_some_and(|a| a.kind() != Kind::Place(PlaceKind::Country))
            })
        })
        .collect()
}

/// The ordinary-word cases test something only while the word names a
/// small place near a place of the sentence: if the data loses the entry
/// or moves it elsewhere, this fails, and the case must be rewritten.
#[test]
fn ordinary_words_are_names_of_places_nearby() {
    let g = Gazetteer::embedded();
    let mut lonely = Vec::new();
    for c in COMMON_WORDS {
        assert!(
            c.text.contains(c.word),
            "{:?} is not in {:?}",
            c.word,
            c.text
        );
        if same_chain_namesakes(g, c).is_empty() {
            lonely.push(format!("  {:?} in {:?}", c.word, c.text));
        }
    }
    assert!(
        lonely.is_empty(),
        "these words name no village, neighbourhood or sub-district in the governorate of a place of their sentence:\n{}",
        lonely.join("\n")
    );
}

#[test]
fn enough_cases() {
    // The issue asks for at least 100 sentences naming small places and 30
    // where a village name is an ordinary word; the counts are checked so
    // that the tables do not shrink unnoticed.
    assert!(COMMON_WORDS.len() >= 30, "{}", COMMON_WORDS.len());
    let positive = REGIONS.iter().map(|r| r.len()).sum::<usize>();
    assert!(positive >= 100, "{positive}");
}

/// Cases that once failed, each for its own reason:
///
/// - المنصورة after بلدة, with الطبقة (its district's town, itself
///   ambiguous and licensed by ريف) right after: a name ahead counts as
///   context when its own trigger word names its kind.
/// - العلم ("the flag", the al-Alam sub-district of Tikrit) and الصور ("the
///   pictures", al-Sur in Deir ez-Zor) need their trigger word (`^`): a
///   place of their chain nearby does not license them.
/// - صلاح الدين after محافظة, with حلب named before: the trigger word's
///   kind (governorate) weighs before the nearness of Aleppo's
///   neighbourhood of that name.
/// - ذيبان after قرية with الرقة right after: the Raqqa village needs its
///   trigger word and has it; its governorate right after places it.
#[test]
fn once_known_limits() {
    run(
        "once known limits",
        cases![
            "نزح السكان من بلدة المنصورة في ريف الطبقة" => [("المنصورة", "C5942"), ("الطبقة", "C5929")],
            "رفعت القوات العلم فوق مبنى المجلس المحلي في تكريت" => [("تكريت", "iq-c-tikrit")],
            "وأظهرت الصور دماراً واسعاً في أحياء دير الزور" => [("دير الزور", "SY09")],
            "نقل معتقلون من سجون حلب إلى محافظة صلاح الدين" => [("حلب", "SY02"), ("صلاح الدين", "IQG16")],
            "عادت عائلات من المالكية إلى قرية ذيبان في ريف الرقة" => [("المالكية", "C4881"), ("ذيبان", "C5832"), ("الرقة", "SY11")],
        ],
    );
}
