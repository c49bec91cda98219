//! Turning diagnostics into text: gc's `FILE:LINE:COL: message` lines, or miette's graphical
//! report with the source line. Returns strings; writing them is the caller's business.

use super::Diagnostic;
use crate::source::{SourceFile, SourceMap};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};
use std::fmt;

/// How to show diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `FILE:LINE:COL: message`, one line each, as `go build` prints them.
    Short,
    /// miette's graphical report; `color` picks the colored unicode theme.
    Human { color: bool },
}

/// Renders diagnostics (already `finalize`d) in the given format.
pub fn render(sources: &SourceMap, diags: &[Diagnostic], format: Format) -> String {
    match format {
        Format::Short => diags.iter().map(|d| short(sources, d)).collect(),
        Format::Human { color } => {
            let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
            let handler = GraphicalReportHandler::new_themed(theme);
            // A blank line between reports, as rustc and miette's own examples do.
            let reports: Vec<String> = diags.iter().map(|d| human(&handler, sources, d)).collect();
            reports.join("\n")
        }
    }
}

/// gc's line, and one tab-indented line per label ("\tx.go:4:6: other declaration of x").
fn short(sources: &SourceMap, d: &Diagnostic) -> String {
    let pos = |span: gint_syntax::span::Span| {
        let file = sources.get(span.file);
        let (line, col) = file.line_col(span.lo);
        format!("{}:{line}:{col}", file.path())
    };
    let mut out = format!("{}: {}\n", pos(d.span), d.message);
    for label in &d.labels {
        out.push_str(&format!("\t{}: {}\n", pos(label.span), label.message));
    }
    out
}

fn human(handler: &GraphicalReportHandler, sources: &SourceMap, d: &Diagnostic) -> String {
    let file = sources.get(d.span.file);
    let report = Report::new(file, d);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering into a String fails only on a bug in miette; the short line still helps.
        return short(sources, d);
    }
    out
}

/// A diagnostic with its file's text attached, as miette wants it.
#[derive(Debug)]
struct Report<'a> {
    message: &'a str,
    source: NamedSource<String>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
}

impl<'a> Report<'a> {
    fn new(file: &SourceFile, d: &'a Diagnostic) -> Report<'a> {
        let range = |lo: u32, hi: u32| (lo as usize, hi.saturating_sub(lo) as usize);
        // The primary place, unlabelled, then secondary labels in the same file; labels in
        // other files cannot be shown in one snippet and go to the notes' place instead.
        let mut labels = vec![LabeledSpan::new_primary_with_span(None, range(d.span.lo, d.span.hi))];
        let mut notes = Vec::new();
        for l in &d.labels {
            if l.span.file == d.span.file {
                labels.push(LabeledSpan::new_with_span(Some(l.message.clone()), range(l.span.lo, l.span.hi)));
            } else {
                notes.push(l.message.clone());
            }
        }
        notes.extend(d.notes.iter().cloned());
        Report {
            message: &d.message,
            source: NamedSource::new(file.path(), file.text().to_string()),
            labels,
            help: (!notes.is_empty()).then(|| notes.join("\n")),
        }
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gint_syntax::span::Span;

    #[test]
    fn short_and_human() {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("./x/prog.go", "package main\nfunc f( {\n"));
        let d = Diagnostic::error(Span::new(file, 21, 22), "syntax error: unexpected {");
        let short = render(&sources, std::slice::from_ref(&d), Format::Short);
        assert_eq!(short, "./x/prog.go:2:9: syntax error: unexpected {\n");
        let human = render(&sources, &[d], Format::Human { color: false });
        assert!(human.contains("syntax error: unexpected {"), "{human}");
        assert!(human.contains("[./x/prog.go:2:9]"), "{human}");
        assert!(human.contains("func f( {"), "{human}");
        assert!(!human.contains('\x1b'), "{human}");
    }
}
