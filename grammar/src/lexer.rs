//! The Go lexer: logos classifies bytes into raw tokens, and `Lexer` turns them into the
//! parser's tokens, inserting semicolons as the spec's "Semicolons" section says.
//!
//! It follows gc (`cmd/compile/internal/syntax/scanner.go`): same token extents, same error
//! messages at the same positions. Invariants: the lexer never fails and never panics; a
//! malformed literal is still returned as a literal, with an error recorded beside it; a
//! character that can start no token is reported and skipped, as gc skips it (so `Tok::Illegal`
//! is never produced); tokens borrow their text from the source, so lexing allocates only for
//! error messages.

mod scan;
mod unicode_tables;

use logos::Logos;

use crate::error::SyntaxError;
use crate::token::{SemiKind, Tok};
pub(crate) use scan::invalid_sep;
use scan::{Cursor, NumKind};

/// What logos recognises by itself. Tokens with a fixed spelling come out as `Fixed`; for the
/// others logos only finds the first character and a scanner in `scan` finds the end.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\r]+")]
enum RawTok<'s> {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[token("/*")]
    BlockComment,
    /// The ASCII head of an identifier or keyword-like word.
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Word,
    /// Any character above U+007F: in gc it starts an identifier, valid or not (or it is a BOM).
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    #[regex("[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    #[token("\"")]
    String,
    #[token("`")]
    RawString,
    #[token("'")]
    Rune,
    #[token("\0")]
    Nul,
    /// ASCII characters that are neither white space nor part of any token.
    #[regex(r"[\x01-\x08\x0B\x0C\x0E-\x1F#$?@\\\x7F]")]
    Invalid,

    #[token("break", |_| Tok::Break)]
    #[token("case", |_| Tok::Case)]
    #[token("chan", |_| Tok::Chan)]
    #[token("const", |_| Tok::Const)]
    #[token("continue", |_| Tok::Continue)]
    #[token("default", |_| Tok::Default)]
    #[token("defer", |_| Tok::Defer)]
    #[token("else", |_| Tok::Else)]
    #[token("fallthrough", |_| Tok::Fallthrough)]
    #[token("for", |_| Tok::For)]
    #[token("func", |_| Tok::Func)]
    #[token("go", |_| Tok::Go)]
    #[token("goto", |_| Tok::Goto)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("interface", |_| Tok::Interface)]
    #[token("map", |_| Tok::Map)]
    #[token("package", |_| Tok::Package)]
    #[token("range", |_| Tok::Range)]
    #[token("return", |_| Tok::Return)]
    #[token("select", |_| Tok::Select)]
    #[token("struct", |_| Tok::Struct)]
    #[token("switch", |_| Tok::Switch)]
    #[token("type", |_| Tok::Type)]
    #[token("var", |_| Tok::Var)]
    #[token("+", |_| Tok::Add)]
    #[token("-", |_| Tok::Sub)]
    #[token("*", |_| Tok::Mul)]
    #[token("/", |_| Tok::Quo)]
    #[token("%", |_| Tok::Rem)]
    #[token("&", |_| Tok::And)]
    #[token("|", |_| Tok::Or)]
    #[token("^", |_| Tok::Xor)]
    #[token("<<", |_| Tok::Shl)]
    #[token(">>", |_| Tok::Shr)]
    #[token("&^", |_| Tok::AndNot)]
    #[token("+=", |_| Tok::AddAssign)]
    #[token("-=", |_| Tok::SubAssign)]
    #[token("*=", |_| Tok::MulAssign)]
    #[token("/=", |_| Tok::QuoAssign)]
    #[token("%=", |_| Tok::RemAssign)]
    #[token("&=", |_| Tok::AndAssign)]
    #[token("|=", |_| Tok::OrAssign)]
    #[token("^=", |_| Tok::XorAssign)]
    #[token("<<=", |_| Tok::ShlAssign)]
    #[token(">>=", |_| Tok::ShrAssign)]
    #[token("&^=", |_| Tok::AndNotAssign)]
    #[token("&&", |_| Tok::LAnd)]
    #[token("||", |_| Tok::LOr)]
    #[token("<-", |_| Tok::Arrow)]
    #[token("++", |_| Tok::Inc)]
    #[token("--", |_| Tok::Dec)]
    #[token("==", |_| Tok::Eql)]
    #[token("<", |_| Tok::Lss)]
    #[token(">", |_| Tok::Gtr)]
    #[token("=", |_| Tok::Assign)]
    #[token("!", |_| Tok::Not)]
    #[token("~", |_| Tok::Tilde)]
    #[token("!=", |_| Tok::Neq)]
    #[token("<=", |_| Tok::Leq)]
    #[token(">=", |_| Tok::Geq)]
    #[token(":=", |_| Tok::Define)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("(", |_| Tok::LParen)]
    #[token("[", |_| Tok::LBrack)]
    #[token("{", |_| Tok::LBrace)]
    #[token(",", |_| Tok::Comma)]
    #[token(".", |_| Tok::Period)]
    #[token(")", |_| Tok::RParen)]
    #[token("]", |_| Tok::RBrack)]
    #[token("}", |_| Tok::RBrace)]
    #[token(";", |_| Tok::Semi(SemiKind::Explicit))]
    #[token(":", |_| Tok::Colon)]
    Fixed(Tok<'s>),
}

/// The token stream of one source file, as lalrpop's external lexer: `(lo, token, hi)` with
/// byte offsets. Errors are collected on the side, in the order gc reports them.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok<'s>>,
    /// Whether a newline or the end of the file here becomes a `;` (gc's `nlsemi`): set by
    /// identifiers, literals, `break continue fallthrough return`, `++ -- ) ] }`.
    nlsemi: bool,
    done: bool,
    errors: Vec<SyntaxError>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        Lexer { src, raw: RawTok::lexer(src), nlsemi: false, done: false, errors: Vec::new() }
    }

    /// The errors found so far.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// Moves the errors found so far out of the lexer.
    pub fn take_errors(&mut self) -> Vec<SyntaxError> {
        std::mem::take(&mut self.errors)
    }

    /// Runs a scanner with its cursor at `start` (inside the current raw token) and moves
    /// logos past the text it consumed. Returns the end offset of the token.
    fn scan_from(&mut self, start: usize, scan: impl FnOnce(&mut Cursor)) -> usize {
        let mut cursor = Cursor::at(self.src, start, &mut self.errors);
        scan(&mut cursor);
        let end = cursor.pos;
        let logos_end = self.raw.span().end;
        if end > logos_end {
            self.raw.bump(end - logos_end);
        }
        end.max(logos_end)
    }

    /// An identifier (or keyword) whose ASCII head logos matched as `lo..hi`: it continues
    /// if the next byte is non-ASCII or NUL, which only a scanner can judge.
    fn word(&mut self, lo: usize, hi: usize, keyword: Option<Tok<'s>>) -> (usize, Tok<'s>, usize) {
        let hi = match self.src.as_bytes().get(hi) {
            Some(&b) if b == 0 || b >= 0x80 => self.scan_from(hi, |c| scan::ident(c, false)),
            _ => hi,
        };
        match keyword {
            Some(k) if hi == lo + k.spelling().len() => (lo, k, hi),
            _ => (lo, Tok::Ident(&self.src[lo..hi]), hi),
        }
    }

    /// The next token before semicolon insertion, or `None` at the end of the file.
    /// Newlines come out as `Semi(Newline)`; the caller drops those not wanted.
    fn next_raw(&mut self) -> Option<(usize, Tok<'s>, usize)> {
        loop {
            let raw = self.raw.next()?;
            let std::ops::Range { start: lo, end: hi } = self.raw.span();
            let src = self.src;
            let tok = match raw {
                Ok(RawTok::Fixed(t)) if t.is_keyword() => return Some(self.word(lo, hi, Some(t))),
                Ok(RawTok::Fixed(t)) => t,
                Ok(RawTok::Newline) => Tok::Semi(SemiKind::Newline),
                Ok(RawTok::Word) => return Some(self.word(lo, hi, None)),
                Ok(RawTok::LineComment) => {
                    scan::check_nul_bom(src, lo, hi, &mut self.errors);
                    continue;
                }
                Ok(RawTok::BlockComment) => {
                    let mut multiline = false;
                    let end = self.scan_from(lo, |c| multiline = scan::block_comment(c));
                    if multiline {
                        // A comment spanning lines acts like a newline; gc puts it at the '/'.
                        return Some((lo, Tok::Semi(SemiKind::Newline), end));
                    }
                    continue;
                }
                Ok(RawTok::Number) => {
                    let mut kind = NumKind::Int;
                    let end = self.scan_from(lo, |c| kind = scan::number(c));
                    let text = &src[lo..end];
                    let tok = match kind {
                        NumKind::Int => Tok::Int(text),
                        NumKind::Float => Tok::Float(text),
                        NumKind::Imag => Tok::Imag(text),
                    };
                    return Some((lo, tok, end));
                }
                Ok(RawTok::String) => {
                    let end = self.scan_from(lo, scan::string);
                    return Some((lo, Tok::String(&src[lo..end]), end));
                }
                Ok(RawTok::RawString) => {
                    let end = self.scan_from(lo, scan::raw_string);
                    return Some((lo, Tok::String(&src[lo..end]), end));
                }
                Ok(RawTok::Rune) => {
                    let end = self.scan_from(lo, scan::rune);
                    return Some((lo, Tok::Char(&src[lo..end]), end));
                }
                Ok(RawTok::NonAscii) => {
                    if src[lo..hi].starts_with('\u{FEFF}') {
                        if lo > 0 {
                            let msg = "invalid BOM in the middle of the file";
                            self.errors.push(SyntaxError::new(lo, hi, msg));
                        }
                        continue;
                    }
                    let end = self.scan_from(lo, |c| scan::ident(c, true));
                    return Some((lo, Tok::Ident(&src[lo..end]), end));
                }
                Ok(RawTok::Nul) => {
                    self.errors.push(SyntaxError::new(lo, hi, "invalid NUL character"));
                    continue;
                }
                Ok(RawTok::Invalid) | Err(()) => {
                    // Unreachable for `Err`: every byte starts some pattern. Report the first
                    // character either way, as gc would, and skip it.
                    let c = src[lo..].chars().next().map_or(0, |c| c as u32);
                    let msg = format!("invalid character {}", scan::unicode_name(c));
                    self.errors.push(SyntaxError::new(lo, hi, msg));
                    continue;
                }
            };
            return Some((lo, tok, hi));
        }
    }
}

/// Whether a newline right after `tok` ends a statement ("Semicolons" in the spec).
fn ends_statement(tok: &Tok) -> bool {
    use Tok::*;
    matches!(
        tok,
        Ident(_) | Int(_) | Float(_) | Imag(_) | Char(_) | String(_) | Break | Continue
            | Fallthrough | Return | Inc | Dec | RParen | RBrack | RBrace
    )
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<(usize, Tok<'s>, usize), std::convert::Infallible>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            let Some((lo, tok, hi)) = self.next_raw() else {
                self.done = true;
                if std::mem::take(&mut self.nlsemi) {
                    let end = self.src.len();
                    return Some(Ok((end, Tok::Semi(SemiKind::Eof), end)));
                }
                return None;
            };
            if tok == Tok::Semi(SemiKind::Newline) && !self.nlsemi {
                continue;
            }
            self.nlsemi = ends_statement(&tok);
            return Some(Ok((lo, tok, hi)));
        }
    }
}

/// Lexes a whole file: the tokens (semicolons inserted) and the errors.
pub fn tokenize(src: &str) -> (Vec<(usize, Tok<'_>, usize)>, Vec<SyntaxError>) {
    let mut lexer = Lexer::new(src);
    let tokens = lexer.by_ref().map(|t| match t {
        Ok(t) => t,
        Err(never) => match never {},
    });
    let tokens = tokens.collect();
    (tokens, lexer.take_errors())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::dump_tokens;
    use std::path::{Path, PathBuf};

    /// The golden cases: every `testdata/lex/NAME.go` against `NAME.tokens`, the expected
    /// `dump_tokens` output. `UPDATE_GOLDEN=1` rewrites the goldens from the lexer.
    #[test]
    fn golden_lex() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/lex");
        let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("testdata/lex is missing")
            .map(|e| e.expect("unreadable testdata/lex entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .collect();
        cases.sort();
        assert!(!cases.is_empty(), "no cases in {}", dir.display());
        let mut failed = Vec::new();
        for case in &cases {
            let src = std::fs::read_to_string(case).expect("case is not UTF-8");
            let got = dump_tokens(&src);
            let golden = case.with_extension("tokens");
            if update {
                std::fs::write(&golden, &got).expect("cannot write golden");
                continue;
            }
            match std::fs::read_to_string(&golden) {
                Ok(want) if want == got => {}
                Ok(want) => {
                    eprintln!("--- {}: want\n{want}--- got\n{got}", golden.display());
                    failed.push(case.display().to_string());
                }
                Err(_) => failed.push(format!("{} (no golden)", case.display())),
            }
        }
        assert!(failed.is_empty(), "golden mismatches: {failed:#?}");
    }

    /// Lexes every `.go` file under `$GINT_GOROOT_SRC` (Go's `src` directory): no panic, and
    /// the throughput (run with `--nocapture` to see it).
    #[test]
    fn goroot_src() {
        let Some(root) = std::env::var_os("GINT_GOROOT_SRC") else { return };
        let mut files = Vec::new();
        let mut stack = vec![PathBuf::from(root)];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "go") {
                    files.push(path);
                }
            }
        }
        let sources: Vec<String> =
            files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        let bytes: usize = sources.iter().map(String::len).sum();
        let start = std::time::Instant::now();
        let (mut tokens, mut errors) = (0usize, 0usize);
        for src in &sources {
            let mut lexer = Lexer::new(src);
            tokens += lexer.by_ref().count();
            errors += lexer.errors().len();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "lexed {} files, {:.1} MB, {tokens} tokens, {errors} errors in {secs:.3} s: {:.0} MB/s",
            sources.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }

    fn toks(src: &str) -> Vec<Tok<'_>> {
        tokenize(src).0.into_iter().map(|(_, t, _)| t).collect()
    }

    #[test]
    fn semicolons() {
        use Tok::*;
        let nl = Semi(SemiKind::Newline);
        assert_eq!(toks("x\n"), [Ident("x"), nl]);
        assert_eq!(toks("x"), [Ident("x"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("x // c"), [Ident("x"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("f(\n)\n"), [Ident("f"), LParen, RParen, nl]);
        assert_eq!(toks("x /* a\nb */ y"), [Ident("x"), nl, Ident("y"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("x /* a */ y"), [Ident("x"), Ident("y"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("return\n"), [Return, nl]);
        assert_eq!(toks("go\n"), [Go]);
    }

    #[test]
    fn positions() {
        let (t, _) = tokenize("a :=\n  \"x\" // c\n");
        assert_eq!(t, [(0, Tok::Ident("a"), 1), (2, Tok::Define, 4), (7, Tok::String("\"x\""), 10), (15, Tok::Semi(SemiKind::Newline), 16)]);
        let (t, _) = tokenize("x");
        assert_eq!(t[1], (1, Tok::Semi(SemiKind::Eof), 1));
    }

    /// No input may panic the lexer: every byte boundary cut of tricky text, and odd bytes.
    #[test]
    fn never_panics() {
        let samples = [
            "'\\u12", "\"\\U0010", "0x1p", "0b1.e", "`abc", "/* *", "a\u{0}b", "\u{FEFF}\u{FEFF}x",
            "é1٣€\u{a0}", "0x_", "1__", "'\\400'", "\"\\xZ\"", "..5", "...", "0777i", "08.", "\\",
        ];
        for s in samples {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                tokenize(&s[..i]);
                tokenize(&s[i..]);
            }
        }
    }
}
