//! Text dumps of the front end's output, for `gint dump-tokens` and the golden tests.

use crate::lexer::Lexer;
use crate::span::line_col;
use crate::token::{SemiKind, Tok};
use std::fmt::Write;

/// One token per line, `LINE:COL KIND text` (`1:9 IDENT main`, `1:13 ; newline`), then the
/// lexer's errors as `LINE:COL: error: message`. Control characters in token text (newlines
/// of raw strings, tabs) are written as `\u{a}` so that each token stays on one line.
pub fn dump_tokens(src: &str) -> String {
    let mut out = String::new();
    let mut lexer = Lexer::new(src);
    // Tokens come in source order, so their lines are counted incrementally rather than by
    // `line_col` from the start each time, which would be quadratic on large files.
    let (mut at, mut line, mut line_start) = (0, 1, 0);
    for item in lexer.by_ref() {
        let Ok((lo, tok, _)) = item;
        let lo = lo.min(src.len());
        for (i, b) in src.as_bytes()[at.min(lo)..lo].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = at + i + 1;
            }
        }
        at = at.max(lo);
        let col = lo - line_start + 1;
        let (kind, text) = match tok {
            Tok::Ident(s) => ("IDENT", s),
            Tok::Int(s) => ("INT", s),
            Tok::Float(s) => ("FLOAT", s),
            Tok::Imag(s) => ("IMAG", s),
            Tok::Char(s) => ("CHAR", s),
            Tok::String(s) => ("STRING", s),
            Tok::Illegal(s) => ("ILLEGAL", s),
            Tok::Semi(SemiKind::Explicit) => (";", "semicolon"),
            Tok::Semi(SemiKind::Newline) => (";", "newline"),
            Tok::Semi(SemiKind::Eof) => (";", "EOF"),
            ref t => (t.spelling(), t.spelling()),
        };
        let _ = write!(out, "{line}:{col} {kind} ");
        for c in text.chars() {
            if c.is_control() {
                let _ = write!(out, "{}", c.escape_default());
            } else {
                out.push(c);
            }
        }
        out.push('\n');
    }
    for e in lexer.errors() {
        let (line, col) = line_col(src, e.lo);
        let _ = writeln!(out, "{line}:{col}: error: {}", e.msg);
    }
    out
}
pub use crate::ast_dump::dump_ast;
