//! The front end as the driver runs it: one loaded file → its AST and its diagnostics
//! (invalid UTF-8, lexical and syntax errors), not yet `finalize`d.

use crate::diag::Diagnostic;
use crate::source::SourceMap;
use gint_syntax::ast;
use gint_syntax::span::{FileId, Span};

/// The outcome of parsing one file.
pub struct Parsed {
    /// None only when the parser could not recover from an error.
    pub ast: Option<ast::File>,
    pub diagnostics: Vec<Diagnostic>,
    /// The first AST node id not used by this file; the next file's ids start here.
    pub next_id: u32,
}

/// Parses file `file` of `sources`; its node ids start at `first_id`.
pub fn parse(sources: &SourceMap, file: FileId, first_id: u32) -> Parsed {
    let src = sources.get(file);
    let parsed = gint_syntax::parse_file(src.text(), file, first_id);
    let mut diagnostics = encoding_errors(sources, file);
    diagnostics.extend(parsed.errors.iter().map(|e| Diagnostic::from_syntax(file, e)));
    Parsed { ast: parsed.ast, diagnostics, next_id: parsed.next_id }
}

/// gc's "invalid UTF-8 encoding", once for each place where the file was not UTF-8.
pub fn encoding_errors(sources: &SourceMap, file: FileId) -> Vec<Diagnostic> {
    let src = sources.get(file);
    src.invalid_utf8()
        .map(|at| Diagnostic::error(Span::new(file, at as usize, at as usize), "invalid UTF-8 encoding"))
        .collect()
}
