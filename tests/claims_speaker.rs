//! The place that qualifies a speaking body (issue 6): news writing reports what others count
//! through the body that counts it ("意大利消防部门说，", "Greece's coast guard said that"), and
//! names the body's state only to place the speaker: that state holds none of the statement's
//! figures, which go to the story's own subject. A state that speaks by itself ("中国宣布，",
//! "China said that") keeps what it announces. Our own sentences: a shipwreck (en, zh), a
//! hurricane's losses (zh), tariffs (en, zh).

use concord::Lang::{En, Zh};

mod common;
use common::subject_keyed;

const WRECK_EN: &str = "Yacht \"Sea Breeze\" sinks off Sicily\n\nThe \"Sea Breeze\" sank in a storm on Monday. Greece's coast guard said that the wreck lies at a depth of about 60 metres.";

const WRECK_ZH: &str = "豪华游艇“海鸥号”在西西里岛外海沉没\n\n“海鸥号”周一凌晨遭遇风暴后沉没。希腊消防部门说，沉船目前位于水深约40米的海底。";

const HURRICANE_ZH: &str = "飓风“艾琳”周四在佛罗里达州登陆\n\n飓风“艾琳”周四在佛罗里达州西海岸登陆。美国私营气象公司天气预报中心估计，飓风造成的保险损失在200亿至300亿美元之间。";

#[test]
fn the_state_of_a_speaking_body_holds_none_of_its_figures() {
    assert_eq!(
        subject_keyed(En, WRECK_EN, "about 60 metres", "length:depth").as_deref(),
        Some("Sea Breeze")
    );
    let depth = subject_keyed(Zh, WRECK_ZH, "约40米", "length:depth");
    assert_ne!(depth.as_deref(), Some("Greece"), "{depth:?}");
    let loss = subject_keyed(Zh, HURRICANE_ZH, "200亿至300亿美元", "damage");
    assert_ne!(loss.as_deref(), Some("United States"), "{loss:?}");
}

#[test]
fn a_state_that_speaks_by_itself_keeps_what_it_announces() {
    let zh = "中国对进口钢材加征关税\n\n中国周五宣布，将对进口钢材加征15%的关税。";
    assert_eq!(
        subject_keyed(Zh, zh, "15%", "tariff").as_deref(),
        Some("China")
    );
    let en = "China raises tariffs on steel\n\nChina said that it will raise tariffs on imported steel by 15%.";
    assert_eq!(
        subject_keyed(En, en, "15%", "tariff").as_deref(),
        Some("China")
    );
}
