//! The driver rules of gc (cmd/compile/internal/base/print.go: `ErrorfAt`, `FlushErrors`),
//! applied to every diagnostic of a run before it is shown — by the CLI and the tests alike.

use super::Diagnostic;
use crate::source::SourceMap;
use gint_syntax::span::FileId;

/// gc stops after this many errors and prints "too many errors".
pub const MAX_ERRORS: usize = 10;

/// Filters diagnostics as gc does, in the order they were found: among messages starting
/// "syntax error" only the first on each line is kept; a non-syntax message equal to the
/// previous one on the same line is dropped; the tenth error stops the list with a final
/// "too many errors" at its position. What is kept is then shown sorted by position.
pub fn finalize(sources: &SourceMap, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let line_of = |d: &Diagnostic| -> (FileId, usize) { (d.span.file, sources.get(d.span.file).line_col(d.span.lo).0) };

    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last_syntax: Option<(FileId, usize)> = None;
    let mut last_other: Option<((FileId, usize), String)> = None;
    let mut too_many = None;
    for d in diags {
        let line = line_of(&d);
        if d.is_syntax_error() {
            if last_syntax == Some(line) {
                continue;
            }
            last_syntax = Some(line);
        } else {
            if last_other.as_ref().is_some_and(|(l, m)| *l == line && *m == d.message) {
                continue;
            }
            last_other = Some((line, d.message.clone()));
        }
        kept.push(d);
        if kept.len() >= MAX_ERRORS {
            too_many = Some(kept[kept.len() - 1].span);
            break;
        }
    }

    // FlushErrors sorts (stably) and prints a line only if it differs from the previous one.
    kept.sort_by_key(|d| (d.span.file, d.span.lo));
    let pos = |d: &Diagnostic| (d.span.file, sources.get(d.span.file).line_col(d.span.lo));
    kept.dedup_by(|b, a| pos(a) == pos(b) && a.message == b.message);
    if let Some(span) = too_many {
        kept.push(Diagnostic::error(span, "too many errors"));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use gint_syntax::span::Span;

    fn messages(src: &str, diags: &[(usize, &str)]) -> Vec<String> {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("x.go", src));
        let diags = diags.iter().map(|&(at, m)| Diagnostic::error(Span::new(file, at, at + 1), m));
        let kept = finalize(&sources, diags.collect());
        kept.iter()
            .map(|d| {
                let (line, col) = sources.get(file).line_col(d.span.lo);
                format!("{line}:{col} {}", d.message)
            })
            .collect()
    }

    #[test]
    fn sorts_and_keeps_one_syntax_error_per_line() {
        let got = messages(
            "abcd\nefgh\n",
            &[(6, "syntax error: b"), (1, "syntax error: a"), (2, "syntax error: c"), (3, "x")],
        );
        assert_eq!(got, ["1:2 syntax error: a", "1:4 x", "2:2 syntax error: b"]);
    }

    #[test]
    fn drops_equal_messages_on_a_line() {
        let got = messages("abcd\nefgh\n", &[(0, "bad"), (2, "bad"), (3, "other"), (5, "bad")]);
        assert_eq!(got, ["1:1 bad", "1:4 other", "2:1 bad"]);
    }

    #[test]
    fn stops_after_ten() {
        let src = "x\n".repeat(20);
        let diags: Vec<_> = (0..20).map(|i| (2 * i, "syntax error: e")).collect();
        let got = messages(&src, &diags);
        assert_eq!(got.len(), MAX_ERRORS + 1);
        assert_eq!(got[MAX_ERRORS], "10:1 too many errors");
    }
}
