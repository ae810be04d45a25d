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
use std::io::{BufRead, BufReader, Read};
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
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: String,
    lang: Option<String>,
}

/// Turns raw bytes into a document, applying the options; the id is given.
///
/// Rejects bytes that are not UTF-8 (unless `lossy`) and data that looks binary (a NUL byte).
pub fn document_from_bytes(id: &str, bytes: &[u8], opts: &InputOptions) -> Result<Document, Error> {
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

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
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
}

impl JsonlLines {
    fn next_doc(&mut self) -> Option<Result<Document, Error>> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
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
        let owned;
        let bytes = if self.lossy {
            owned = String::from_utf8_lossy(buf).into_owned();
            owned.as_bytes()
        } else {
            buf
        };
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
                        fs::read(&path)
                            .map_err(|source| Error::Io { path, source })
                            .and_then(|bytes| document_from_bytes(&id, &bytes, &self.opts)),
                    );
                }
                (InputFormat::Text, Source::Stdin) => {
                    let mut bytes = Vec::new();
                    return Some(
                        std::io::stdin()
                            .read_to_end(&mut bytes)
                            .map_err(|source| Error::Io {
                                path: PathBuf::from("<stdin>"),
                                source,
                            })
                            .and_then(|_| document_from_bytes("<stdin>", &bytes, &self.opts)),
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
