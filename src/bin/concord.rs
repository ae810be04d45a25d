//! The `concord` command line: a thin shell over the library. See `CONTRACT.md` and the README.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use concord::claim::Frames;
use concord::entity::Clusterer;
use concord::input::{documents, InputFormat, InputOptions};
use concord::output::{write_report, ClaimRecord, EntityRecord, QuantityRecord};
use concord::parallel::map_ordered;
use concord::quantity::Scanner;
use concord::relation::Relations;
use concord::{Document, Gazetteer, Lang, Limits, Pipeline, Stages};
use serde::Serialize;

/// Cross-lingual fact reconciliation: quantities, entities and claims from news in Italian,
/// German, French, Chinese and English, reconciled across sources.
#[derive(Parser, Debug)]
#[command(name = "concord", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Every quantity mention, one JSON object per line.
    Quantities(Args),
    /// Every entity mention, one JSON object per line.
    Entities(Args),
    /// Every claim, one JSON object per line.
    Extract(Args),
    /// The reconciled report: readable text, or JSON with --format json.
    Reconcile(Args),
}

#[derive(clap::Args, Debug)]
struct Args {
    /// Files or directories (every *.txt in a directory, sorted by name); none or "-" reads
    /// standard input.
    paths: Vec<PathBuf>,
    /// How inputs are encoded: plain text, or JSON Lines {"id", "text", "lang"}.
    #[arg(long, value_enum, default_value_t = InputArg::Text)]
    input: InputArg,
    /// The language of documents that do not state one.
    #[arg(long, default_value = "auto", value_parser = parse_lang)]
    lang: LangArg,
    /// Output format (default: jsonl for quantities, entities and extract; text for reconcile).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the document.
    #[arg(long)]
    lossy: bool,
    /// The largest document accepted, in bytes.
    #[arg(long, default_value_t = Limits::default().max_document_bytes)]
    max_document_bytes: usize,
    /// The most digits one number may have (at most 36); longer numbers are left out with a
    /// warning.
    #[arg(long, default_value_t = Limits::default().max_number_digits)]
    max_number_digits: usize,
    /// Worker threads analyzing documents (0: one per core). Output is the same, in input
    /// order, whatever the number.
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Progress on standard error: auto (when it is a terminal, for runs longer than a second),
    /// always, or never.
    #[arg(long, value_enum, default_value_t = ProgressArg::Auto)]
    progress: ProgressArg,
    /// Predicate frames of your own (JSON, the format of data/frames/default.json), added to
    /// the embedded ones; may be repeated.
    #[arg(long, value_name = "FILE")]
    frames: Vec<PathBuf>,
    /// Entities of your own (TSV: id, kind, lang, alias; or Wikidata-style JSON / JSON Lines),
    /// added to the embedded gazetteer; may be repeated.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
}

/// Builds the embedded tables that [`Pipeline::default`] copies, on two threads unless
/// `--threads 1`: the gazetteer (over half of the start-up's work, most of it the automaton
/// over every alias) on this thread while a second one builds the scanner's tables, the
/// frames and the relations (the smaller part, so that the second thread's allocator arena
/// holds less). Each table is built once behind its `OnceLock`, whichever thread
/// asks first, so the pipeline is the same; only the start-up's wall time is shorter.
fn warm_up(threads: usize) {
    if threads == 1 || !cfg!(feature = "parallel") {
        return;
    }
    std::thread::scope(|s| {
        s.spawn(|| {
            Scanner::embedded();
            Frames::embedded();
            Relations::embedded();
        });
        Gazetteer::embedded();
    });
}

/// The pipeline with the user's limits and data files; a data file that cannot be loaded is
/// bad usage (exit 2), reported before any input is read.
fn build_pipeline(args: &Args) -> Result<Pipeline, concord::Error> {
    warm_up(args.threads);
    let mut pipeline = Pipeline {
        limits: Limits {
            max_document_bytes: args.max_document_bytes,
            max_number_digits: args.max_number_digits,
            ..Limits::default()
        },
        ..Pipeline::default()
    };
    for path in &args.frames {
        let json = std::fs::read_to_string(path).map_err(|source| concord::Error::Io {
            path: path.clone(),
            source,
        })?;
        let name = path.display().to_string();
        pipeline.frames = pipeline.frames.with(Frames::from_json(&name, &json)?)?;
    }
    for path in &args.gazetteer {
        pipeline.gazetteer.load_file(path)?;
    }
    Ok(pipeline)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ProgressArg {
    Auto,
    Always,
    Never,
}

/// Documents and bytes done so far, shown on standard error at most a few times a second.
struct Progress {
    enabled: bool,
    start: Instant,
    last: Option<Instant>,
    docs: usize,
    bytes: usize,
}

impl Progress {
    fn new(arg: ProgressArg) -> Progress {
        Progress {
            enabled: match arg {
                ProgressArg::Auto => io::stderr().is_terminal(),
                ProgressArg::Always => true,
                ProgressArg::Never => false,
            },
            start: Instant::now(),
            last: None,
            docs: 0,
            bytes: 0,
        }
    }

    fn tick(&mut self, bytes: usize) {
        self.docs += 1;
        self.bytes += bytes;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let due = match self.last {
            None => now.duration_since(self.start) >= Duration::from_secs(1),
            Some(t) => now.duration_since(t) >= Duration::from_millis(250),
        };
        if due {
            self.last = Some(now);
            self.show(now);
        }
    }

    fn show(&self, now: Instant) {
        let secs = now.duration_since(self.start).as_secs_f64().max(1e-9);
        eprint!(
            "\rconcord: {} documents, {:.1} MB, {:.1} MB/s ",
            self.docs,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }

    fn finish(&self) {
        if self.last.is_some() {
            self.show(Instant::now());
            eprintln!();
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputArg {
    Text,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug)]
struct LangArg(Option<Lang>);

fn parse_lang(s: &str) -> Result<LangArg, String> {
    if s.eq_ignore_ascii_case("auto") {
        return Ok(LangArg(None));
    }
    s.parse::<Lang>()
        .map(|l| LangArg(Some(l)))
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("concord: {e}");
            ExitCode::from(1)
        }
    }
}

/// Writes records in the chosen format; JSON arrays are written as they stream.
struct Sink<W: Write> {
    out: W,
    format: Format,
    first: bool,
}

impl<W: Write> Sink<W> {
    fn new(out: W, format: Format) -> io::Result<Self> {
        let mut s = Sink {
            out,
            format,
            first: true,
        };
        if format == Format::Json {
            s.out.write_all(b"[")?;
        }
        Ok(s)
    }

    fn record<T: Serialize>(&mut self, rec: &T, text: impl FnOnce() -> String) -> io::Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, rec)?;
                self.out.write_all(b"\n")
            }
            Format::Json => {
                if !self.first {
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n  ")?;
                serde_json::to_writer(&mut self.out, rec)?;
                Ok(())
            }
            Format::Text => writeln!(self.out, "{}", text()),
        }
        .map(|()| self.first = false)
    }

    fn finish(mut self) -> io::Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// Runs a command; `Ok(false)` when some input could not be read.
fn run(cli: Cli) -> io::Result<bool> {
    let (args, command) = match &cli.command {
        Command::Quantities(a) => (a, "quantities"),
        Command::Entities(a) => (a, "entities"),
        Command::Extract(a) => (a, "extract"),
        Command::Reconcile(a) => (a, "reconcile"),
    };
    let opts = InputOptions {
        format: match args.input {
            InputArg::Text => InputFormat::Text,
            InputArg::Jsonl => InputFormat::Jsonl,
        },
        lang: args.lang.0,
        lossy: args.lossy,
        max_document_bytes: Some(args.max_document_bytes),
    };
    // The pipeline's tables are left to the process's exit to free: dropping them one by one
    // (tens of thousands of strings and lists) is work nobody waits for.
    let pipeline = match build_pipeline(args) {
        Ok(p) => std::mem::ManuallyDrop::new(p),
        Err(e) => {
            eprintln!("concord: {e}");
            std::process::exit(2);
        }
    };
    let stdout = io::stdout();
    let out = BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut fail = |e: &concord::Error| {
        eprintln!("concord: {e}{}", hint(e));
        ok = false;
    };

    let mut progress = Progress::new(args.progress);
    let docs = documents(&args.paths, &opts);

    if command == "reconcile" {
        // Claims go into the reconciliation's compact records as each document is done, so
        // that memory holds no document and no full claim longer than needed.
        let mut rec = concord::reconcile::Reconciliation::new();
        let mut n = 0usize;
        let mut clusterer = Clusterer::default();
        pipeline.analyze_each(docs, args.threads, |result| -> io::Result<()> {
            match result {
                Ok((doc, mut a)) => {
                    warn(&a);
                    a.unify_entities(&mut clusterer);
                    // A long document comes in pieces: count it once.
                    n += usize::from(doc.offset == 0);
                    progress.tick(doc.text.len());
                    rec.extend(&a.claims);
                    rec.extend_relations(&a.relations);
                }
                Err(e) => fail(&e),
            }
            Ok(())
        })?;
        progress.finish();
        // The frames' refinements, with those of frames given by --frames.
        let options = concord::reconcile::Options::default().with_frames(&pipeline.frames);
        let report = rec.finish_with(&options);
        let mut out = out;
        match args.format.unwrap_or(Format::Text) {
            Format::Text => write_report(&report, n, &mut out)?,
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &report)?;
                out.write_all(b"\n")?;
            }
            Format::Jsonl => {
                for f in &report.facts {
                    serde_json::to_writer(
                        &mut out,
                        &Tagged {
                            kind: "fact",
                            item: f,
                        },
                    )?;
                    out.write_all(b"\n")?;
                }
                for c in &report.conflicts {
                    serde_json::to_writer(
                        &mut out,
                        &Tagged {
                            kind: "conflict",
                            item: c,
                        },
                    )?;
                    out.write_all(b"\n")?;
                }
            }
        }
        out.flush()?;
        return Ok(ok);
    }

    let mut sink = Sink::new(out, args.format.unwrap_or(Format::Jsonl))?;
    // Only the stages the command prints: `quantities` does not link entities or frame claims.
    let stages = match command {
        "quantities" => Stages::Quantities,
        "entities" => Stages::Entities,
        _ => Stages::All,
    };
    let analyze = |doc: Result<Document, concord::Error>| {
        doc.and_then(|d| pipeline.analyze_stages(&d, stages).map(|a| (d, a)))
    };
    let mut clusterer = Clusterer::default();
    // Long documents come in pieces (`Limits::piece_bytes`), so that memory stays bounded.
    let streamed = map_ordered(
        pipeline.pieces(docs),
        args.threads,
        analyze,
        |result| match result {
            Ok((doc, mut analysis)) => {
                warn(&analysis);
                analysis.unify_entities(&mut clusterer);
                progress.tick(doc.text.len());
                emit(&mut sink, command, &doc, &analysis)
            }
            Err(e) => {
                fail(&e);
                Ok(())
            }
        },
    );
    progress.finish();
    streamed?;
    sink.finish()?;
    Ok(ok)
}

/// What the user can do about an input error, where there is something to do.
fn hint(e: &concord::Error) -> &'static str {
    match e {
        concord::Error::InvalidUtf8 { .. } => " (--lossy replaces invalid bytes)",
        concord::Error::DocumentTooLarge { .. } => " (raise it with --max-document-bytes)",
        _ => "",
    }
}

/// Names, on standard error, what an analysis left out; the exit status does not change.
fn warn(a: &concord::Analysis) {
    for w in &a.warnings {
        let raise = match w {
            concord::Warning::NumberTooLong { limit, .. }
                if *limit < concord::Decimal::MAX_DIGITS as usize =>
            {
                " (raise --max-number-digits to read it)"
            }
            _ => "",
        };
        eprintln!("concord: warning: {w}{raise}");
    }
}

#[derive(Serialize)]
struct Tagged<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    item: &'a T,
}

fn emit<W: Write>(
    sink: &mut Sink<W>,
    command: &str,
    doc: &Document,
    a: &concord::Analysis,
) -> io::Result<()> {
    match command {
        "quantities" => {
            for q in &a.quantities {
                let r = QuantityRecord::new(doc, q);
                sink.record(&r, || {
                    format!(
                        "{}\t{}..{}\t{}\t{} {} {}",
                        r.doc,
                        r.start,
                        r.end,
                        r.text,
                        r.quantity.value,
                        r.quantity.unit,
                        r.quantity.bound
                    )
                })?;
            }
        }
        "entities" => {
            for e in &a.entities {
                let r = EntityRecord::new(doc, e);
                sink.record(&r, || {
                    format!(
                        "{}\t{}..{}\t{}\t{} ({:?}, {:.2}, {})",
                        r.doc, r.start, r.end, r.text, r.name, r.kind, r.score, r.rule
                    )
                })?;
            }
        }
        _ => {
            for c in &a.claims {
                let r = ClaimRecord::new(c);
                sink.record(&r, || {
                    format!(
                        "{}\t{}..{}\t{}\t{} · {} · {}\t{} {} {}",
                        r.doc,
                        r.start,
                        r.end,
                        r.text,
                        r.subject.unwrap_or("-"),
                        r.predicate,
                        r.object.unwrap_or("-"),
                        r.value,
                        r.unit,
                        r.bound
                    )
                })?;
            }
        }
    }
    Ok(())
}
