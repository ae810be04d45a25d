//! Scan one sentence per language for quantities and print what concord reads in each.
//!
//! ```text
//! cargo run --example quantities
//! ```

use concord::{quantity, Lang};

fn main() {
    let sentences = [
        (
            Lang::It,
            "Il gruppo ha investito oltre 2,5 miliardi di euro in tre impianti da 150 MW.",
        ),
        (
            Lang::De,
            "Der Konzern zahlt rund 800 Millionen Euro für einen 20-Prozent-Anteil.",
        ),
        (
            Lang::Fr,
            "L'usine emploiera plus de 1 500 salariés pour un coût de 3,2 milliards d'euros.",
        ),
        (Lang::Zh, "該公司將投資約50億美元，建設兩座1GW的資料中心。"),
        (
            Lang::En,
            "The startup raised $1.2 billion at a valuation of about $9 billion.",
        ),
    ];
    for (lang, text) in sentences {
        println!("[{lang}] {text}");
        for q in quantity::scan(text, lang) {
            let surface = &text[q.span.start..q.span.end];
            let max = q.quantity.max.map(|m| format!("..{m}")).unwrap_or_default();
            println!(
                "    {surface:<28} = {}{max} {} ({}), true value in {}",
                q.quantity.value,
                q.quantity.unit,
                q.quantity.bound,
                q.quantity.interval()
            );
        }
    }
}
