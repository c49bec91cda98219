//! Diagnostics as plain data: a span, Go's message, and room for labels and notes. Source
//! text is attached only when rendering (`render`); gc's driver rules — sorting, one syntax
//! error per line, the limit of ten — are in `finalize`. Messages use Go's wording: lower
//! case, no trailing period.

mod finalize;
mod render;

pub use finalize::{finalize, MAX_ERRORS};
pub use render::{render, Format};

use gint_syntax::error::SyntaxError;
use gint_syntax::span::{FileId, Span};

/// One compile error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the error is; its start is the position gc prints.
    pub span: Span,
    /// The text gc prints after `file:line:col: `.
    pub message: String,
    /// Secondary places, shown by the human renderer only.
    pub labels: Vec<Label>,
    /// Extra lines, shown by the human renderer only.
    pub notes: Vec<String>,
}

/// A secondary span with a short text, e.g. "other declaration of x".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into(), labels: Vec::new(), notes: Vec::new() }
    }

    /// A lexical or syntax error of the syntax crate, in file `file`.
    pub fn from_syntax(file: FileId, e: &SyntaxError) -> Diagnostic {
        Diagnostic::error(Span::new(file, e.lo, e.hi), e.msg.clone())
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Errors the go command reports itself, before the compiler runs (so without gc's
    /// "# command-line-arguments" header): the package clause, imports it cannot find.
    pub fn is_go_command_error(&self) -> bool {
        let m = &self.message;
        m.starts_with("expected 'package'")
            || m.starts_with("expected 'IDENT'")
            || m == "missing import path"
            || (m.starts_with("package ") && (m.contains(" is not in std") || m.ends_with("is not a main package")))
    }

    /// gc treats messages starting "syntax error" specially: one per line, whatever they say.
    pub fn is_syntax_error(&self) -> bool {
        self.message.starts_with("syntax error")
    }
}
