//! The pipeline: documents in, a reconciled [`Report`] out.

use std::iter::Peekable;
use std::str::CharIndices;

use serde::Serialize;

use crate::claim::{Claim, ClaimInput, EntityRef, Frames};
use crate::decimal::Decimal;
use crate::entity::{EntityKind, EntityMention, Gazetteer};
use crate::error::{Error, Warning};
use crate::lang::Lang;
use crate::quantity::{QuantityMention, Scanner, Unit};
use crate::reconcile::{self, Report};
use crate::relation::{Relation, Relations};
use crate::text::doc::DocSentences;
use crate::text::{piece_end, Span};

/// Limits that keep one pathological input from taking the machine.
///
/// A document over [`Limits::max_document_bytes`] is an [`Error::DocumentTooLarge`]; a number
/// over [`Limits::max_number_digits`] is left out of the quantities with a
/// [`Warning::NumberTooLong`], and the rest of its document is analyzed as usual. Both limits
/// can be raised (`--max-document-bytes`, `--max-number-digits` on the command line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest document accepted, in bytes (default 256 MiB).
    pub max_document_bytes: usize,
    /// The most digits one number may have, counting every digit written before and after the
    /// decimal separator (default 24: more than any real amount; longer digit strings are
    /// identifiers, phone numbers or garbage). It can be raised up to [`Decimal::MAX_DIGITS`]
    /// (36), the most a decimal holds exactly: beyond that a number is always left out, never
    /// rounded, truncated or wrapped.
    pub max_number_digits: usize,
    /// Documents longer than this many bytes are analyzed in pieces of at most this size, cut
    /// at line breaks ([`Pipeline::pieces`], used by [`Pipeline::analyze_each`], [`Reconciler`]
    /// and the command line), so that memory stays a small multiple of the input however long
    /// one document is (default 256 KiB; news articles are far shorter). Context that claims and
    /// entities draw from the rest of a document (the previous sentence, the main subject,
    /// acronym definitions) then holds within a piece.
    pub piece_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: 256 << 20,
            max_number_digits: 24,
            piece_bytes: 1 << 18,
        }
    }
}

impl Limits {
    /// The number limit in force: [`Limits::max_number_digits`], at most [`Decimal::MAX_DIGITS`].
    pub fn effective_number_digits(&self) -> usize {
        let hard = usize::try_from(Decimal::MAX_DIGITS).unwrap_or(usize::MAX);
        self.max_number_digits.min(hard)
    }
}

/// One source text.
///
/// ```
/// use concord::{Document, Lang};
/// let doc = Document::new("a.txt", "Meta hat die Anteile an der Firma für 15 Milliarden Dollar gekauft.");
/// assert_eq!(doc.lang(), Lang::De); // detected
/// let doc = doc.with_lang(Lang::It);
/// assert_eq!(doc.lang(), Lang::It); // stated
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The id: a file name, or the `id` of a JSON Lines record.
    pub id: String,
    /// The original text.
    pub text: String,
    /// The language, when stated; detected otherwise.
    pub declared_lang: Option<Lang>,
    /// Where `text` starts in the document it was cut from, in bytes: 0 for a whole document,
    /// the piece's start for a piece of a long one ([`Pipeline::pieces`]). Every span of an
    /// analysis is a span of the whole document: [`Document::surface`] reads it.
    #[serde(skip_serializing_if = "is_zero")]
    pub offset: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Document {
    /// A document whose language will be detected.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            declared_lang: None,
            offset: 0,
        }
    }

    /// States the language.
    pub fn with_lang(mut self, lang: Lang) -> Document {
        self.declared_lang = Some(lang);
        self
    }

    /// A document from bytes that must be UTF-8 (a leading byte-order mark is dropped).
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document, Error> {
        let id = id.into();
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(id, text)),
            Err(e) => Err(Error::InvalidUtf8 {
                doc: id,
                offset: e.valid_up_to(),
            }),
        }
    }

    /// The text at `span`, a span of the whole document, read from this document or piece.
    pub fn surface(&self, span: Span) -> Option<&str> {
        let start = span.start.checked_sub(self.offset)?;
        let end = span.end.checked_sub(self.offset)?;
        self.text.get(start..end)
    }

    /// The language: stated, or detected from the text (English where there is no evidence).
    pub fn lang(&self) -> Lang {
        self.declared_lang
            .or_else(|| Lang::detect(&self.text))
            .unwrap_or(Lang::En)
    }
}

/// Everything concord found in one document.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    /// The document id.
    pub doc: String,
    /// Its language.
    pub lang: Lang,
    /// Its sentences.
    pub sentences: Vec<Span>,
    /// Its quantities, in text order.
    pub quantities: Vec<QuantityMention>,
    /// Its entity mentions, in text order.
    pub entities: Vec<EntityMention>,
    /// Its claims, in text order.
    pub claims: Vec<Claim>,
    /// Its entity facts without a figure (a person joins an organization), in text order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// What was left out of the analysis, and why (numbers over [`Limits::max_number_digits`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// Which per-document stages [`Pipeline::analyze_stages`] runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stages {
    /// Quantities only (and their warnings).
    Quantities,
    /// Entity mentions only (and the quantity warnings).
    Entities,
    /// Every stage: sentences, quantities, entities, claims.
    #[default]
    All,
}

impl Analysis {
    /// Gives the names the gazetteer lacks one id across documents: rewrites this document's
    /// discovered entities, and the claims' subjects, objects and alternative subjects, to the
    /// groups `clusterer` has formed so far. Call it on every document in input order with one
    /// clusterer (the CLI and [`Reconciler`] do).
    pub fn unify_entities(&mut self, clusterer: &mut crate::entity::Clusterer) {
        clusterer.assign(&mut self.entities);
        for c in &mut self.claims {
            for r in [
                c.subject.as_mut(),
                c.object.as_mut(),
                c.alternative_subject.as_mut(),
            ]
            .into_iter()
            .flatten()
            {
                if let Some((id, name)) = clusterer.canonical(&r.id) {
                    r.id = id.to_string();
                    r.name = name.to_string();
                }
            }
        }
        for rel in &mut self.relations {
            for r in [Some(&mut rel.person), rel.to.as_mut(), rel.from.as_mut()]
                .into_iter()
                .flatten()
            {
                if let Some((id, name)) = clusterer.canonical(&r.id) {
                    r.id = id.to_string();
                    r.name = name.to_string();
                }
            }
        }
    }
}

impl Analysis {
    /// Moves every span `by` bytes on: the analysis of a piece becomes one of its document.
    fn shift(&mut self, by: usize) {
        let sh =
            |s: &mut Span| *s = Span::new(s.start.saturating_add(by), s.end.saturating_add(by));
        self.sentences.iter_mut().for_each(sh);
        for q in &mut self.quantities {
            sh(&mut q.span);
            q.hedge.iter_mut().for_each(sh);
        }
        for e in &mut self.entities {
            sh(&mut e.span);
        }
        let provenance = |p: &mut crate::claim::Provenance| {
            sh(&mut p.sentence);
            sh(&mut p.span);
            p.cues.iter_mut().for_each(sh);
        };
        for c in &mut self.claims {
            provenance(&mut c.provenance);
            if let Some(t) = &mut c.time {
                sh(&mut t.span);
            }
        }
        for r in &mut self.relations {
            provenance(&mut r.provenance);
        }
        for w in &mut self.warnings {
            match w {
                Warning::NumberTooLong { offset, end, .. } => {
                    *offset = offset.saturating_add(by);
                    *end = end.saturating_add(by);
                }
            }
        }
    }
}

/// The stages and their data.
#[derive(Clone, Debug)]
pub struct Pipeline {
    /// The quantity scanner.
    pub scanner: Scanner,
    /// The gazetteer.
    pub gazetteer: Gazetteer,
    /// The predicate frames claims are read with ([`Frames::embedded`] by default; load your
    /// own with [`Frames::from_json`] and add them with [`Frames::with`]).
    pub frames: Frames,
    /// The entity facts without a figure ([`Relations::embedded`] by default).
    pub relations: Relations,
    /// Input limits.
    pub limits: Limits,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            scanner: Scanner::embedded().clone(),
            gazetteer: Gazetteer::embedded().clone(),
            frames: Frames::embedded().clone(),
            relations: Relations::embedded().clone(),
            limits: Limits::default(),
        }
    }
}

impl Pipeline {
    /// Checks a document against the limits.
    pub fn check(&self, doc: &Document) -> Result<(), Error> {
        if doc.text.len() > self.limits.max_document_bytes {
            return Err(Error::DocumentTooLarge {
                doc: doc.id.clone(),
                len: doc.text.len(),
                limit: self.limits.max_document_bytes,
            });
        }
        Ok(())
    }

    /// Runs every per-document stage: sentences, quantities, entities, claims.
    pub fn analyze(&self, doc: &Document) -> Result<Analysis, Error> {
        self.analyze_stages(doc, Stages::All)
    }

    /// Runs the stages `stages` asks for; the [`Analysis`] fields of the others are empty. The
    /// fields it fills are the same as [`Pipeline::analyze`]'s.
    ///
    /// ```
    /// use concord::{Document, Pipeline, Stages};
    /// let doc = Document::new("de.txt", "Meta investierte 15 Milliarden Dollar.");
    /// let a = Pipeline::default().analyze_stages(&doc, Stages::Quantities).unwrap();
    /// assert_eq!(a.quantities.len(), 1);
    /// assert!(a.claims.is_empty());
    /// ```
    pub fn analyze_stages(&self, doc: &Document, stages: Stages) -> Result<Analysis, Error> {
        let mut a = self.analyze_text(doc, stages)?;
        if doc.offset != 0 {
            a.shift(doc.offset);
        }
        Ok(a)
    }

    /// [`Pipeline::analyze_stages`] with spans of `doc.text`.
    fn analyze_text(&self, doc: &Document, stages: Stages) -> Result<Analysis, Error> {
        self.check(doc)?;
        let lang = doc.lang();
        let all = stages == Stages::All;
        // (The entity stage needs the amounts too: a discovered name inside one is its unit.)
        let scan = all || stages == Stages::Quantities || stages == Stages::Entities;
        // The sentences and their languages, computed once for the scanner and the claims.
        let sentences = if scan {
            DocSentences::new(&doc.text, lang)
        } else {
            DocSentences::from_spans(&doc.text, lang, Vec::new())
        };
        let mut quantities = if scan {
            self.scanner.scan_sentences(&sentences)
        } else {
            Vec::new()
        };
        let limit = self.limits.effective_number_digits();
        let long = long_numbers(&doc.text, limit);
        if !long.is_empty() {
            // A mention that touches a number over the limit rests on a part of it: leave it out.
            quantities.retain(|q| {
                let i = long.partition_point(|l| l.end <= q.span.start);
                long.get(i).is_none_or(|l| !l.overlaps(&q.span))
            });
        }
        let warnings = long
            .iter()
            .map(|l| Warning::NumberTooLong {
                doc: doc.id.clone(),
                offset: l.start,
                end: l.end,
                digits: l.digits,
                limit,
            })
            .collect();
        let entities = if all || stages == Stages::Entities {
            let mut e = link_in_pieces(&self.gazetteer, &doc.text, lang, LINK_PIECE_BYTES);
            drop_units_taken_for_names(&mut e, &quantities);
            e
        } else {
            Vec::new()
        };
        if stages == Stages::Entities {
            quantities.clear();
        }
        if !all {
            return Ok(Analysis {
                doc: doc.id.clone(),
                lang,
                sentences: Vec::new(),
                quantities,
                entities,
                claims: Vec::new(),
                relations: Vec::new(),
                warnings,
            });
        }
        let input = ClaimInput {
            doc: &doc.id,
            text: &doc.text,
            lang,
            sentences: sentences.spans(),
            quantities: &quantities,
            entities: &entities,
        };
        let mut claims = self.frames.extract_in(&input, &sentences);
        add_alternative_subjects(&mut claims, &entities);
        let relations = self.relations.extract(&input, &self.frames);
        Ok(Analysis {
            doc: doc.id.clone(),
            lang,
            sentences: sentences.into_spans(),
            quantities,
            entities,
            claims,
            relations,
            warnings,
        })
    }

    /// Analyzes a stream of documents on `threads` threads (`0`: one per core; see
    /// [`crate::parallel`]) and hands `sink` each document with its analysis, or the error that
    /// stopped it, **in input order**: the same calls, in the same order, as the sequential
    /// loop. At most a few documents per thread are in memory at once, whatever the stream's
    /// length; the first error the sink returns stops the run and is returned.
    ///
    /// ```
    /// use concord::{Document, Pipeline};
    /// let docs = (0..20).map(|i| Ok(Document::new(format!("{i}.txt"), "Meta investierte 15 Milliarden Dollar.")));
    /// let mut ids = Vec::new();
    /// Pipeline::default()
    ///     .analyze_each(docs, 2, |result| {
    ///         let (doc, _analysis) = result?;
    ///         ids.push(doc.id);
    ///         Ok::<(), concord::Error>(())
    ///     })
    ///     .unwrap();
    /// assert_eq!(ids[..3], ["0.txt", "1.txt", "2.txt"]);
    /// ```
    pub fn analyze_each<I, S, E>(&self, docs: I, threads: usize, sink: S) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<Document, Error>>,
        S: FnMut(Result<(Document, Analysis), Error>) -> Result<(), E>,
    {
        crate::parallel::map_ordered(
            self.pieces(docs),
            threads,
            |doc| doc.and_then(|d| self.analyze(&d).map(|a| (d, a))),
            sink,
        )
    }
}

impl Pipeline {
    /// The documents of `docs`, each checked against the limits (a document over
    /// [`Limits::max_document_bytes`] becomes its error) and cut into pieces of at most
    /// [`Limits::piece_bytes`] where longer: pieces keep the document's id and language, and
    /// their [`Document::offset`] places them in it, so that the analysis of a piece has
    /// spans of the whole document. Pieces are cut at line breaks (or white space, or any
    /// character boundary), split off the document's text so that it is held once, and each
    /// is freed when its analysis is done.
    ///
    /// ```
    /// use concord::{Document, Lang, Limits, Pipeline};
    /// let p = Pipeline { limits: Limits { piece_bytes: 64, ..Limits::default() }, ..Pipeline::default() };
    /// let text = "Meta investierte 15 Milliarden Dollar in Scale AI.\n".repeat(4);
    /// let doc = Document::new("de.txt", text).with_lang(Lang::De);
    /// let pieces: Vec<Document> = p.pieces([Ok(doc)])
    ///     .collect::<Result<_, _>>().unwrap();
    /// assert_eq!(pieces.len(), 4);
    /// assert_eq!(pieces[1].offset, 51);
    /// let a = p.analyze(&pieces[1]).unwrap();
    /// assert_eq!(a.quantities[0].span.start, 51 + 17);
    /// assert_eq!(pieces[1].surface(a.quantities[0].span), Some("15 Milliarden Dollar"));
    /// ```
    pub fn pieces<I>(&self, docs: I) -> impl Iterator<Item = Result<Document, Error>> + use<'_, I>
    where
        I: IntoIterator<Item = Result<Document, Error>>,
    {
        let piece = self.limits.piece_bytes.max(1);
        docs.into_iter().flat_map(move |doc| {
            let doc = doc.and_then(|d| self.check(&d).map(|()| d));
            Pieces::new(doc, piece)
        })
    }
}

/// The pieces of one document (see [`Pipeline::pieces`]).
enum Pieces {
    /// The document whole, or its error.
    One(Option<Result<Document, Error>>),
    /// A long document's pieces, not yet read.
    Cut(Cut),
}

impl Pieces {
    fn new(doc: Result<Document, Error>, piece: usize) -> Pieces {
        match doc {
            Ok(d) if d.text.len() > piece => Pieces::Cut(Cut::new(d, piece)),
            other => Pieces::One(Some(other)),
        }
    }
}

/// A long document cut into pieces, held once: its bytes with the pieces in reverse order
/// (the last piece first, each piece's own bytes in order), so that the next piece is always
/// at the end, where it is split off and the rest shrunk: the document's memory goes down as
/// it is read, whatever the allocator does with freed blocks (a piece is a copy held only
/// while it is analyzed).
struct Cut {
    id: String,
    lang: Lang,
    offset: usize,
    /// The pieces' bytes, last piece first.
    rest: Vec<u8>,
    /// Each piece's start in the document and length, last piece first.
    pieces: Vec<(usize, usize)>,
}

impl Cut {
    fn new(doc: Document, piece: usize) -> Cut {
        let lang = doc.lang();
        let Document {
            id, text, offset, ..
        } = doc;
        let mut starts = Vec::new();
        let mut start = 0;
        while start < text.len() {
            if text.is_char_boundary(start) {
                starts.push(start);
            }
            start = piece_end(&text, start, piece);
        }
        let len = text.len();
        let pieces: Vec<(usize, usize)> = starts
            .iter()
            .enumerate()
            .rev()
            .map(|(k, &s)| {
                (
                    s,
                    starts.get(k + 1).copied().unwrap_or(len).saturating_sub(s),
                )
            })
            .collect();
        // Reversing the whole text puts the pieces in reverse order, each reversed; reversing
        // each piece again restores its bytes.
        let mut rest = text.into_bytes();
        rest.reverse();
        let mut at = 0;
        for &(_, n) in &pieces {
            if let Some(p) = rest.get_mut(at..at + n) {
                p.reverse();
            }
            at += n;
        }
        Cut {
            id,
            lang,
            offset,
            rest,
            pieces,
        }
    }

    fn next(&mut self) -> Option<Document> {
        let (start, n) = self.pieces.pop()?;
        let tail = self.rest.split_off(self.rest.len().saturating_sub(n));
        self.rest.shrink_to_fit();
        // (Each piece starts and ends on a character boundary of the text: it is valid UTF-8.)
        let text = String::from_utf8(tail)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Some(Document {
            id: self.id.clone(),
            text,
            declared_lang: Some(self.lang),
            offset: self.offset.saturating_add(start),
        })
    }
}

impl Iterator for Pieces {
    type Item = Result<Document, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Pieces::One(d) => d.take(),
            Pieces::Cut(cut) => cut.next().map(Ok),
        }
    }
}

/// The largest piece of a document the entity linker reads at once. The linker keeps about twenty
/// bytes per byte of text (a token per word); reading a 100 MB document in pieces keeps that to
/// a constant, so that memory stays within a small multiple of the input.
const LINK_PIECE_BYTES: usize = 1 << 20;

/// Links entities in `text`; a text longer than `piece` is read in pieces of at most `piece`
/// bytes cut at line breaks (or white space, or any character), with spans mapped back to the
/// whole text. Evidence the linker gathers over a document (acronym definitions, names it
/// discovers) then holds within a piece; a document of at most `piece` bytes is read whole.
/// Gives each claim the one other organization or person its sentence names besides its
/// subject and object, if there is exactly one ([`Claim::alternative_subject`]).
fn add_alternative_subjects(claims: &mut [Claim], entities: &[EntityMention]) {
    let ordered = entities
        .windows(2)
        .all(|p| matches!(p, [a, b] if a.span.start <= b.span.start));
    for c in claims.iter_mut() {
        let sentence = c.provenance.sentence;
        let first = if ordered {
            entities.partition_point(|e| e.span.start < sentence.start)
        } else {
            0
        };
        let own = |id: &str| {
            c.subject.as_ref().is_some_and(|s| s.id == id)
                || c.object.as_ref().is_some_and(|o| o.id == id)
        };
        let mut other: Option<&EntityMention> = None;
        let mut several = false;
        for e in entities
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|e| !ordered || e.span.start < sentence.end)
        {
            let inside = e.span.start >= sentence.start && e.span.end <= sentence.end;
            let party = matches!(e.kind, EntityKind::Organization | EntityKind::Person);
            if !inside || !party || own(&e.id) {
                continue;
            }
            match other {
                Some(o) if o.id != e.id => several = true,
                Some(_) => {}
                None => other = Some(e),
            }
        }
        c.alternative_subject = match (other, several, &c.subject) {
            (Some(o), false, Some(_)) => Some(EntityRef {
                id: o.id.clone(),
                name: o.name.clone(),
            }),
            _ => None,
        };
    }
}

/// Drops the discovered names that overlap an amount in a unit other than a count: where
/// every noun has a capital, "1,5 Gigawatt Leistung" or "12 TWh" look like names to discovery,
/// and they are the amount's unit. Gazetteer links and counted nouns ("10.000 GPU") are kept.
fn drop_units_taken_for_names(entities: &mut Vec<EntityMention>, quantities: &[QuantityMention]) {
    if quantities.is_empty() {
        return;
    }
    // Amounts come in text order and do not overlap one another (else all are tried).
    let ordered = quantities
        .windows(2)
        .all(|p| matches!(p, [a, b] if a.span.end <= b.span.start));
    entities.retain(|e| {
        if e.rule != "discovered" || glued_code(&e.name) {
            return true;
        }
        let first = if ordered {
            quantities.partition_point(|q| q.span.end <= e.span.start)
        } else {
            0
        };
        !quantities
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|q| !ordered || q.span.start < e.span.end)
            .any(|q| {
                q.quantity.unit != Unit::Count
                    && q.span.start < e.span.end
                    && e.span.start < q.span.end
            })
    });
}

/// Whether a name is one word of capitals and digits, the letters first ("COP29", "A320"): a
/// code or a numbered event's name, never an amount (an amount's unit is written apart or
/// after its number).
fn glued_code(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_alphabetic)
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(char::is_alphanumeric)
}

fn link_in_pieces(g: &Gazetteer, text: &str, lang: Lang, piece: usize) -> Vec<EntityMention> {
    if text.len() <= piece {
        return g.link(text, lang);
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = piece_end(text, start, piece);
        if let Some(part) = text.get(start..end) {
            out.extend(g.link(part, lang).into_iter().map(|mut m| {
                m.span = Span::new(m.span.start + start, m.span.end + start);
                m
            }));
        }
        start = end;
    }
    out
}

/// A run of digits that reads as one number in some locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumberRun {
    start: usize,
    end: usize,
    digits: usize,
}

impl NumberRun {
    fn overlaps(&self, span: &Span) -> bool {
        self.start < span.end && span.start < self.end
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

/// Separators that can group thousands (followed by exactly three digits).
fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | '\''
            | ' '
            | '\u{00A0}'
            | '\u{202F}'
            | '\u{2009}'
            | '\u{2019}'
            | '\u{FF0C}'
            | '\u{FF0E}'
    )
}

/// Separators that can be a decimal point.
fn is_decimal_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{FF0C}' | '\u{FF0E}')
}

/// The numbers of `text` with more than `limit` digits, in text order, in one linear pass.
///
/// A number is a run of digits (ASCII or full-width), continued by any group separator
/// followed by exactly three digits (`1.000.000`, `1 000 000`), and ended by a decimal part
/// (`,5`). This is the longest reading any locale gives, so whatever the quantity scanner
/// reads lies within one run.
fn long_numbers(text: &str, limit: usize) -> Vec<NumberRun> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    // Reads a maximal group of digits: (end, count).
    fn group(it: &mut Peekable<CharIndices<'_>>, from: usize) -> (usize, usize) {
        let mut end = from;
        let mut n = 0;
        while let Some(&(p, c)) = it.peek() {
            if !is_digit(c) {
                break;
            }
            end = p + c.len_utf8();
            n += 1;
            it.next();
        }
        (end, n)
    }
    while let Some(&(start, c)) = it.peek() {
        if !is_digit(c) {
            it.next();
            continue;
        }
        let (mut end, mut digits) = group(&mut it, start);
        // A separator, then a group of digits?
        while let Some(&(sp, sep)) = it.peek() {
            if !is_group_separator(sep) {
                break;
            }
            let after = sp + sep.len_utf8();
            let next_is_digit = text
                .get(after..)
                .and_then(|t| t.chars().next())
                .is_some_and(is_digit);
            if !next_is_digit {
                break;
            }
            // Look at the group without consuming, to decide.
            let glen = text
                .get(after..)
                .unwrap_or("")
                .chars()
                .take(4)
                .take_while(|&c| is_digit(c))
                .count();
            if glen == 3 {
                it.next();
                let (e, n) = group(&mut it, after);
                end = e;
                digits += n;
            } else if is_decimal_separator(sep) {
                it.next();
                let (e, n) = group(&mut it, after);
                end = e;
                digits += n;
                break;
            } else {
                break;
            }
        }
        if digits > limit {
            out.push(NumberRun { start, end, digits });
        }
    }
    out
}

/// The whole job in three lines: add documents, reconcile.
///
/// ```
/// use concord::{Document, Reconciler};
/// let report = Reconciler::default()
///     .add(Document::new("it.txt", "Meta ha investito $ 14,3 miliardi in Scale AI."))
///     .add(Document::new("de.txt", "Meta investierte 15 Milliarden Dollar in Scale AI."))
///     .reconcile();
/// # let _ = report;
/// ```
#[derive(Clone, Debug, Default)]
pub struct Reconciler {
    pipeline: Pipeline,
    docs: Vec<Document>,
    threads: usize,
}

impl Reconciler {
    /// A reconciler with a pipeline of your own.
    pub fn with_pipeline(pipeline: Pipeline) -> Reconciler {
        Reconciler {
            pipeline,
            docs: Vec::new(),
            threads: 0,
        }
    }

    /// Analyzes documents on `threads` threads (default `0`: one per core, with the `parallel`
    /// feature). The report is the same whatever the number.
    pub fn threads(mut self, threads: usize) -> Reconciler {
        self.threads = threads;
        self
    }

    /// Adds a document.
    #[allow(clippy::should_implement_trait)]
    pub fn add(mut self, doc: Document) -> Reconciler {
        self.docs.push(doc);
        self
    }

    /// Analyzes every document and reconciles their claims. Documents that fail the limits are
    /// left out; [`Reconciler::try_reconcile`] reports them.
    pub fn reconcile(self) -> Report {
        self.try_reconcile().0
    }

    /// Like [`Reconciler::reconcile`], also returning the documents that could not be analyzed.
    pub fn try_reconcile(self) -> (Report, Vec<Error>) {
        // Claims go into compact records as each document is done (the report depends on the
        // set of claims only).
        let mut rec = reconcile::Reconciliation::new();
        let options = reconcile::Options::default().with_frames(&self.pipeline.frames);
        let mut errors = Vec::new();
        // Names the gazetteer lacks get one id across documents (in input order).
        let mut clusterer = crate::entity::Clusterer::default();
        let docs = self.docs.into_iter().map(Ok);
        let _ = self
            .pipeline
            .analyze_each(docs, self.threads, |result| -> Result<(), ()> {
                match result {
                    Ok((_, mut a)) => {
                        a.unify_entities(&mut clusterer);
                        rec.extend(&a.claims);
                        rec.extend_relations(&a.relations);
                    }
                    Err(e) => errors.push(e),
                }
                Ok(())
            });
        (rec.finish_with(&options), errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_is_no_name_but_a_counted_noun_may_be() {
        let p = Pipeline::default();
        let text = "Die Anlage soll 1,5 Gigawatt Leistung liefern, jährlich etwa 4 TWh. \
                    Siemens liefert dafür 300 Nordex Turbinen.";
        let doc = Document::new("d", text).with_lang(Lang::De);
        for stages in [Stages::All, Stages::Entities] {
            let a = p.analyze_stages(&doc, stages).expect("analysis");
            let names: Vec<&str> = a
                .entities
                .iter()
                .map(|e| &text[e.span.start..e.span.end])
                .collect();
            assert!(
                !names
                    .iter()
                    .any(|n| n.contains("Gigawatt") || n.contains("TWh")),
                "{names:?}"
            );
            assert!(names.contains(&"Siemens"), "{names:?}");
            assert!(names.iter().any(|n| n.starts_with("Nordex")), "{names:?}");
            if stages == Stages::Entities {
                assert!(a.quantities.is_empty());
            }
        }
    }

    fn runs(text: &str, limit: usize) -> Vec<(&str, usize)> {
        long_numbers(text, limit)
            .iter()
            .map(|r| (&text[r.start..r.end], r.digits))
            .collect()
    }

    #[test]
    fn long_numbers_follow_the_widest_locale_reading() {
        assert_eq!(runs("1.000.000,5 und 12", 6), [("1.000.000,5", 8)]);
        assert_eq!(
            runs("10\u{202F}000\u{202F}000 €", 7),
            [("10\u{202F}000\u{202F}000", 8)]
        );
        assert_eq!(runs("１２３４５６７", 6), [("１２３４５６７", 7)]);
        // Lists and tables are separate numbers: "12,34" is 12.34, then "56" starts anew.
        assert!(runs("12,34,56,78,90,12,34,56 | 2019 2020 2021 2022", 6).is_empty());
        assert_eq!(runs(&"7".repeat(100), 24), [(&*"7".repeat(100), 100)]);
        assert!(runs("", 0).is_empty());
        assert_eq!(runs("a 1 b", 0), [("1", 1)]);
    }

    #[test]
    fn long_texts_are_linked_in_pieces_with_whole_text_spans() {
        let line = "Meta e Google hanno firmato. 扎克伯格說。\n";
        let text = line.repeat(50);
        let g = Gazetteer::embedded();
        let whole = g.link(&text, Lang::It);
        for piece in [8, 20, 64, 100, 1000] {
            let parts = link_in_pieces(g, &text, Lang::It, piece);
            for m in &parts {
                assert!(text.get(m.span.start..m.span.end).is_some(), "{piece}");
            }
            if piece >= line.len() {
                let a: Vec<_> = parts.iter().map(|m| (m.span, m.id.clone())).collect();
                let b: Vec<_> = whole.iter().map(|m| (m.span, m.id.clone())).collect();
                assert_eq!(a, b, "piece {piece}");
            }
        }
        let mut start = 0;
        for piece in [1, 2, 3, 8] {
            while start < text.len() {
                let end = piece_end(&text, start, piece);
                assert!(end > start && text.is_char_boundary(end));
                start = end;
            }
            start = 0;
        }
    }

    #[test]
    fn a_long_number_is_named_and_the_rest_is_kept() {
        let text = format!(
            "Meta zahlte 15 Milliarden Dollar, Kontonummer {}.",
            "4".repeat(30)
        );
        let a = Pipeline::default()
            .analyze(&Document::new("a.txt", text).with_lang(Lang::De))
            .unwrap();
        assert_eq!(
            a.warnings,
            [Warning::NumberTooLong {
                doc: "a.txt".into(),
                offset: 46,
                end: 76,
                digits: 30,
                limit: 24
            }]
        );
        assert!(a.quantities.iter().all(|q| q.span.end <= 46));
        let mut p = Pipeline::default();
        p.limits.max_number_digits = 30;
        let text = format!("{} Dollar", "4".repeat(30));
        assert!(p
            .analyze(&Document::new("b", text))
            .unwrap()
            .warnings
            .is_empty());
        p.limits.max_number_digits = 1000;
        assert_eq!(p.limits.effective_number_digits(), 36);
    }
}
