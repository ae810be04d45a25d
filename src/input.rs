//! Reading documents: files, directories, standard input, plain text or JSON Lines.
//!
//! [`documents`] streams documents one at a time, so memory does not grow with the number of
//! documents, and yields an [`Error`] for each input that cannot be read, naming the file (and
//! the line, for JSON Lines) and the reason, while the others go on.
//!
//! ```
//! use concord::input::{documents, InputOptions, InputFormat};
//! let dir = std::env::temp_dir().join("concord-input-doc");
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "Meta ha investito 15 miliardi.").unwrap();
//! std::fs::write(dir.join("b.txt"), b"bad \xff byte").unwrap();
//! let results: Vec<_> = documents(&[dir.clone()], &InputOptions::default()).collect();
//! assert_eq!(results.len(), 2);
//! assert_eq!(results[0].as_ref().unwrap().id, "a.txt");
//! assert!(results[1].as_ref().unwrap_err().to_string().contains("b.txt: invalid UTF-8 at byte 4"));
//! ```

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;
use crate::lang::Lang;
use crate::pipeline::Document;

/// How inputs are encoded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Each file (or standard input) is one document.
    #[default]
    Text,
    /// One JSON object per line: `{"id": "...", "text": "...", "lang": "it"}` (`lang` optional).
    Jsonl,
}

/// Options for reading inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// Plain text or JSON Lines.
    pub format: InputFormat,
    /// The language of documents that do not state one; `None` detects it.
    pub lang: Option<Lang>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the document. Offsets then refer
    /// to the repaired text.
    pub lossy: bool,
    /// Reject a document larger than this many bytes before reading it into memory
    /// ([`Error::DocumentTooLarge`]); a JSON Lines record may take up to four times as many bytes
    /// (for escapes). `None`: no limit at reading time (the pipeline's
    /// [`crate::Limits::max_document_bytes`] still applies).
    pub max_document_bytes: Option<usize>,
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: String,
    lang: Option<String>,
}

/// Turns raw bytes into a document, applying the options; the id is given.
///
/// Rejects bytes that are not UTF-8 (unless `lossy`), UTF-16 text (a byte-order mark) and data
/// that looks binary (a NUL byte).
///
/// ```
/// use concord::input::{document_from_bytes, InputOptions};
/// let strict = InputOptions::default();
/// let err = document_from_bytes("a.txt", b"15 \xe9 Milliarden", &strict).unwrap_err();
/// assert_eq!(err.to_string(), "a.txt: invalid UTF-8 at byte 3");
/// let lossy = InputOptions { lossy: true, ..Default::default() };
/// let doc = document_from_bytes("a.txt", b"15 \xe9 Milliarden", &lossy).unwrap();
/// assert_eq!(doc.text, "15 \u{FFFD} Milliarden");
/// ```
pub fn document_from_bytes(id: &str, bytes: &[u8], opts: &InputOptions) -> Result<Document, Error> {
    if let Some(e) = utf16_error(id, bytes) {
        return Err(e);
    }
    if let Some(offset) = memchr_nul(bytes) {
        return Err(Error::Binary {
            doc: id.to_string(),
            offset,
        });
    }
    let doc = if opts.lossy {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        Document::new(id, String::from_utf8_lossy(bytes).into_owned())
    } else {
        Document::from_bytes(id, bytes)?
    };
    Ok(match opts.lang {
        Some(l) => doc.with_lang(l),
        None => doc,
    })
}

/// Like [`document_from_bytes`], taking ownership of the bytes so that a valid UTF-8 document is
/// not copied (a 100 MB file costs 100 MB, not 200).
pub fn document_from_vec(
    id: &str,
    mut bytes: Vec<u8>,
    opts: &InputOptions,
) -> Result<Document, Error> {
    if let Some(e) = utf16_error(id, &bytes) {
        return Err(e);
    }
    if let Some(offset) = memchr_nul(&bytes) {
        return Err(Error::Binary {
            doc: id.to_string(),
            offset,
        });
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) if opts.lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(Error::InvalidUtf8 {
                doc: id.to_string(),
                offset: e.utf8_error().valid_up_to(),
            })
        }
    };
    let doc = Document::new(id, text);
    Ok(match opts.lang {
        Some(l) => doc.with_lang(l),
        None => doc,
    })
}

/// A UTF-16 byte-order mark: the text is in another encoding, which concord does not convert
/// (offsets must be the file's bytes).
fn utf16_error(id: &str, bytes: &[u8]) -> Option<Error> {
    let encoding = match bytes.get(..2)? {
        b"\xFF\xFE" => "UTF-16LE",
        b"\xFE\xFF" => "UTF-16BE",
        _ => return None,
    };
    Some(Error::Encoding {
        doc: id.to_string(),
        encoding: encoding.to_string(),
    })
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Reads everything from `r`, unless it is more than `limit` bytes: then `Err(len)`, the whole
/// length, counted without keeping the bytes.
fn read_capped(
    mut r: impl Read,
    hint: usize,
    limit: Option<usize>,
) -> io::Result<Result<Vec<u8>, usize>> {
    let Some(limit) = limit else {
        let mut buf = Vec::with_capacity(hint);
        r.read_to_end(&mut buf)?;
        return Ok(Ok(buf));
    };
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut buf = Vec::with_capacity(hint.min(limit.saturating_add(1)));
    (&mut r).take(cap).read_to_end(&mut buf)?;
    if buf.len() <= limit {
        return Ok(Ok(buf));
    }
    let rest = io::copy(&mut r, &mut io::sink())?;
    let rest = usize::try_from(rest).unwrap_or(usize::MAX);
    Ok(Err(buf.len().saturating_add(rest)))
}

fn read_file(path: &Path, id: &str, limit: Option<usize>) -> Result<Vec<u8>, Error> {
    let io_err = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let too_large = |len: usize, limit: usize| Error::DocumentTooLarge {
        doc: id.to_string(),
        len,
        limit,
    };
    let f = fs::File::open(path).map_err(io_err)?;
    let len = f
        .metadata()
        .map(|m| usize::try_from(m.len()).unwrap_or(usize::MAX))
        .unwrap_or(0);
    if let Some(limit) = limit {
        if len > limit {
            return Err(too_large(len, limit));
        }
    }
    match read_capped(f, len, limit).map_err(io_err)? {
        Ok(bytes) => Ok(bytes),
        Err(len) => Err(too_large(len, limit.unwrap_or(0))),
    }
}

/// Reads one line into `buf` (newline included), keeping at most `cap` bytes: returns the
/// line's whole length (0 at the end of input) and whether it was cut.
fn read_line_capped(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    let mut total = 0usize;
    let mut cut = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok((total, cut));
        }
        let (line, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (chunk.get(..=i).unwrap_or(chunk), true),
            None => (chunk, false),
        };
        let n = line.len();
        let room = cap.saturating_sub(buf.len());
        if n <= room {
            buf.extend_from_slice(line);
        } else {
            buf.extend_from_slice(line.get(..room).unwrap_or(&[]));
            cut = true;
        }
        total = total.saturating_add(n);
        r.consume(n);
        if done {
            return Ok((total, cut));
        }
    }
}

/// One input to read: a file, or standard input.
#[derive(Clone, Debug)]
enum Source {
    File(PathBuf),
    Stdin,
}

/// Expands paths into sources: a directory gives its `*.txt` (or `*.jsonl` for JSON Lines)
/// files sorted by name; `-` or no path at all is standard input.
fn expand(paths: &[PathBuf], format: InputFormat) -> (Vec<Source>, Vec<Error>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    if paths.is_empty() {
        out.push(Source::Stdin);
    }
    let ext = match format {
        InputFormat::Text => "txt",
        InputFormat::Jsonl => "jsonl",
    };
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            match fs::read_dir(p) {
                Ok(rd) => {
                    let mut files: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.is_file() && f.extension().is_some_and(|e| e == ext))
                        .collect();
                    files.sort();
                    out.extend(files.into_iter().map(Source::File));
                }
                Err(source) => errors.push(Error::Io {
                    path: p.clone(),
                    source,
                }),
            }
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    (out, errors)
}

fn file_id(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Streams the documents of `paths` (see the module docs).
pub fn documents(paths: &[PathBuf], opts: &InputOptions) -> Documents {
    let (sources, errors) = expand(paths, opts.format);
    Documents {
        opts: *opts,
        sources: sources.into(),
        pending: errors.into_iter().map(Err).collect(),
        lines: None,
    }
}

/// The iterator returned by [`documents`].
pub struct Documents {
    opts: InputOptions,
    sources: VecDeque<Source>,
    pending: VecDeque<Result<Document, Error>>,
    lines: Option<JsonlLines>,
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documents")
            .field("sources", &self.sources)
            .finish_non_exhaustive()
    }
}

struct JsonlLines {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    default_lang: Option<Lang>,
    lossy: bool,
    /// The longest record kept, in bytes.
    cap: usize,
}

impl JsonlLines {
    fn next_doc(&mut self) -> Option<Result<Document, Error>> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match read_line_capped(self.reader.as_mut(), &mut buf, self.cap) {
                Ok((0, _)) => return None,
                Ok((len, true)) => {
                    self.line += 1;
                    return Some(Err(Error::Jsonl {
                        input: self.name.clone(),
                        line: self.line,
                        message: format!(
                            "record of {len} bytes is over the limit of {} bytes per record",
                            self.cap
                        ),
                    }));
                }
                Ok(_) => {}
                Err(e) => {
                    return Some(Err(Error::Jsonl {
                        input: self.name.clone(),
                        line: self.line + 1,
                        message: e.to_string(),
                    }))
                }
            }
            self.line += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse(&buf));
        }
    }

    fn parse(&self, buf: &[u8]) -> Result<Document, Error> {
        let err = |message: String| Error::Jsonl {
            input: self.name.clone(),
            line: self.line,
            message,
        };
        let buf = buf.strip_suffix(b"\n").unwrap_or(buf);
        let buf = buf.strip_suffix(b"\r").unwrap_or(buf);
        let owned;
        let bytes = match std::str::from_utf8(buf) {
            Ok(_) => buf,
            Err(_) if self.lossy => {
                owned = String::from_utf8_lossy(buf).into_owned();
                owned.as_bytes()
            }
            Err(e) => {
                return Err(err(format!(
                    "invalid UTF-8 at byte {} of the record",
                    e.valid_up_to()
                )))
            }
        };
        if bytes.trim_ascii_start().first() != Some(&b'{') {
            return Err(err(
                "expected a JSON object {\"id\": ..., \"text\": ..., \"lang\": ...}".into(),
            ));
        }
        let rec: JsonlRecord = serde_json::from_slice(bytes).map_err(|e| err(e.to_string()))?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(err("\"id\" must be a string or a number".into())),
            None => format!("{}:{}", self.name, self.line),
        };
        let lang = match rec.lang.as_deref() {
            None | Some("") | Some("auto") => self.default_lang,
            Some(l) => Some(l.parse::<Lang>().map_err(|e| err(e.to_string()))?),
        };
        let doc = Document::new(id, rec.text);
        Ok(match lang {
            Some(l) => doc.with_lang(l),
            None => doc,
        })
    }
}

impl Iterator for Documents {
    type Item = Result<Document, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(p) = self.pending.pop_front() {
                return Some(p);
            }
            if let Some(lines) = self.lines.as_mut() {
                match lines.next_doc() {
                    Some(d) => return Some(d),
                    None => self.lines = None,
                }
            }
            let source = self.sources.pop_front()?;
            match (self.opts.format, source) {
                (InputFormat::Text, Source::File(path)) => {
                    let id = file_id(&path);
                    return Some(
                        read_file(&path, &id, self.opts.max_document_bytes)
                            .and_then(|bytes| document_from_vec(&id, bytes, &self.opts)),
                    );
                }
                (InputFormat::Text, Source::Stdin) => {
                    let limit = self.opts.max_document_bytes;
                    return Some(
                        match read_capped(io::stdin().lock(), 0, limit) {
                            Ok(Ok(bytes)) => Ok(bytes),
                            Ok(Err(len)) => Err(Error::DocumentTooLarge {
                                doc: "<stdin>".into(),
                                len,
                                limit: limit.unwrap_or(0),
                            }),
                            Err(source) => Err(Error::Io {
                                path: PathBuf::from("<stdin>"),
                                source,
                            }),
                        }
                        .and_then(|bytes| document_from_vec("<stdin>", bytes, &self.opts)),
                    );
                }
                (InputFormat::Jsonl, source) => {
                    let (name, reader): (String, Box<dyn BufRead>) = match source {
                        Source::Stdin => {
                            ("<stdin>".into(), Box::new(BufReader::new(std::io::stdin())))
                        }
                        Source::File(path) => match fs::File::open(&path) {
                            Ok(f) => (path.display().to_string(), Box::new(BufReader::new(f))),
                            Err(source) => return Some(Err(Error::Io { path, source })),
                        },
                    };
                    self.lines = Some(JsonlLines {
                        name,
                        reader,
                        line: 0,
                        default_lang: self.opts.lang,
                        lossy: self.opts.lossy,
                        cap: self
                            .opts
                            .max_document_bytes
                            .map_or(usize::MAX, |l| l.saturating_mul(4).saturating_add(1 << 16)),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("concord-input-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn jsonl_errors_name_the_line_and_keep_the_rest() {
        let d = tmp("jsonl");
        let f = d.join("docs.jsonl");
        fs::write(
            &f,
            "{\"id\": \"a\", \"text\": \"uno\", \"lang\": \"it\"}\n{broken\n\n{\"id\": 7, \"text\": \"drei\"}\n{\"id\": \"x\", \"text\": \"t\", \"lang\": \"xx\"}\n",
        )
        .unwrap();
        let opts = InputOptions {
            format: InputFormat::Jsonl,
            ..Default::default()
        };
        let r: Vec<_> = documents(&[f], &opts).collect();
        assert_eq!(r.len(), 4);
        let a = r[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.declared_lang), ("a", Some(Lang::It)));
        let e = r[1].as_ref().unwrap_err().to_string();
        assert!(
            e.ends_with("docs.jsonl:2: key must be a string at line 1 column 2"),
            "{e}"
        );
        assert_eq!(r[2].as_ref().unwrap().id, "7");
        let e = r[3].as_ref().unwrap_err().to_string();
        assert!(e.contains("docs.jsonl:5: unknown language \"xx\""), "{e}");
    }

    #[test]
    fn binary_and_missing_files_are_named() {
        let d = tmp("bin");
        fs::write(d.join("z.txt"), b"PK\x03\x04\x00\x00").unwrap();
        let r: Vec<_> = documents(
            &[d.join("z.txt"), d.join("missing.txt")],
            &InputOptions::default(),
        )
        .collect();
        assert_eq!(
            r[0].as_ref().unwrap_err().to_string(),
            "z.txt: looks like binary data (control byte at 4)"
        );
        assert!(r[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("missing.txt"));
    }

    #[test]
    fn lossy_mode_repairs_instead_of_rejecting() {
        let opts = InputOptions {
            lossy: true,
            ..Default::default()
        };
        let doc = document_from_bytes("a", b"15 \xff Milliarden", &opts).unwrap();
        assert_eq!(doc.text, "15 \u{FFFD} Milliarden");
    }
}
