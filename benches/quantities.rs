//! Quantity scanning throughput over news-like text in each language.
//!
//! Run with `cargo bench --bench quantities`; the texts are written for this bench.

use concord::{quantity, Lang};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const IT: &str = "Il gruppo ha chiuso il 2024 con ricavi per 14,3 miliardi di euro, in crescita del 4,5 per cento, \
e prevede di assumere oltre 1.200 persone entro due anni. L'amministratore delegato ha detto che la società \
investirà circa 300 milioni di dollari in nuovi impianti da 200 MW, mentre il debito scende sotto i 2 miliardi. \
Secondo gli analisti, almeno otto concorrenti stanno valutando offerte tra 5 e 6 miliardi.\n";
const DE: &str = "Der Konzern investierte 15 Milliarden Dollar in ein Rechenzentrum mit 5 Gigawatt Leistung und \
übernahm einen 49-Prozent-Anteil an dem Start-up. Rund 10.000 Mitarbeiter arbeiten an dem Projekt, das \
bis zu 2,5 Mrd. Euro kosten soll. Am 15. Juli kündigte die Firma mehrere Milliarden für neue Chips an.\n";
const FR: &str = "Le groupe a réalisé un chiffre d'affaires de 86,2 milliards d'euros, en hausse de 3 %, et emploie \
plus de 12\u{202f}000 salariés. Il investira environ 1,5 million d'euros par an pendant cinq ans, soit entre \
4 et 5 % de son budget, avec des centaines de milliards de dollars en jeu dans le secteur.\n";
const EN: &str = "The company said it would invest more than $500 billion over the next four years and hire 20,000 \
people. Shares rose 4.2 percent to $187.50, valuing the firm at about $3.5 trillion, while its data centers \
will draw up to 5 GW of power by 2030, between $3bn and $4bn a year.\n";
const ZH: &str = "該公司表示，將在未來四年內投資超過5000億美元，並僱用2萬名員工。報導稱，研究員的薪酬包高達1億、2億美元，\
公司準備投入數千億美元建設算力，其中一個叢集規模達5GW，三百多亿元的項目已經啟動，五六個實驗室參與。\n";

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("quantities");
    for (name, lang, text) in [
        ("it", Lang::It, IT),
        ("de", Lang::De, DE),
        ("fr", Lang::Fr, FR),
        ("en", Lang::En, EN),
        ("zh", Lang::Zh, ZH),
    ] {
        let doc = text.repeat(200);
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| quantity::scan(black_box(&doc), lang).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
