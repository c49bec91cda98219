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

/// Declares `RawTok`, what logos recognises by itself, and `fixed`, which maps its variants of
/// fixed spelling (keywords, operators, punctuation) to the parser's tokens. For the other
/// variants logos only finds the first character and a scanner in `scan` finds the end.
/// (Unit variants keep logos' result in a register; with a `Tok` payload it went through
/// memory and stalled on store forwarding.)
macro_rules! raw_tokens {
    ($($spelling:literal => $name:ident,)*) => {
        #[derive(Logos, Clone, Copy, Debug, PartialEq)]
        #[logos(skip r"[ \t\r]+")]
        enum RawTok {
            #[token("\n")]
            Newline,
            #[regex(r"//[^\n]*", allow_greedy = true)]
            LineComment,
            #[token("/*")]
            BlockComment,
            /// The ASCII head of an identifier or keyword.
            #[regex("[A-Za-z_][A-Za-z0-9_]*")]
            Word,
            /// A character above U+007F: in gc it starts an identifier, valid or not (or it is
            /// a BOM).
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
            #[token(";")]
            Semi,
            $(#[token($spelling)] $name,)*
        }

        /// The token of fixed spelling that `raw` is, if it is one.
        fn fixed(raw: RawTok) -> Option<Tok<'static>> {
            Some(match raw {
                RawTok::Semi => Tok::Semi(SemiKind::Explicit),
                $(RawTok::$name => Tok::$name,)*
                _ => return None,
            })
        }
    };
}

raw_tokens! {
    "break" => Break,
    "case" => Case,
    "chan" => Chan,
    "const" => Const,
    "continue" => Continue,
    "default" => Default,
    "defer" => Defer,
    "else" => Else,
    "fallthrough" => Fallthrough,
    "for" => For,
    "func" => Func,
    "go" => Go,
    "goto" => Goto,
    "if" => If,
    "import" => Import,
    "interface" => Interface,
    "map" => Map,
    "package" => Package,
    "range" => Range,
    "return" => Return,
    "select" => Select,
    "struct" => Struct,
    "switch" => Switch,
    "type" => Type,
    "var" => Var,
    "+" => Add,
    "-" => Sub,
    "*" => Mul,
    "/" => Quo,
    "%" => Rem,
    "&" => And,
    "|" => Or,
    "^" => Xor,
    "<<" => Shl,
    ">>" => Shr,
    "&^" => AndNot,
    "+=" => AddAssign,
    "-=" => SubAssign,
    "*=" => MulAssign,
    "/=" => QuoAssign,
    "%=" => RemAssign,
    "&=" => AndAssign,
    "|=" => OrAssign,
    "^=" => XorAssign,
    "<<=" => ShlAssign,
    ">>=" => ShrAssign,
    "&^=" => AndNotAssign,
    "&&" => LAnd,
    "||" => LOr,
    "<-" => Arrow,
    "++" => Inc,
    "--" => Dec,
    "==" => Eql,
    "<" => Lss,
    ">" => Gtr,
    "=" => Assign,
    "!" => Not,
    "~" => Tilde,
    "!=" => Neq,
    "<=" => Leq,
    ">=" => Geq,
    ":=" => Define,
    "..." => Ellipsis,
    "(" => LParen,
    "[" => LBrack,
    "{" => LBrace,
    "," => Comma,
    "." => Period,
    ")" => RParen,
    "]" => RBrack,
    "}" => RBrace,
    ":" => Colon,
}

/// One item of the token stream, in lalrpop's shape for an external lexer.
pub type Token<'s> = Result<(usize, Tok<'s>, usize), std::convert::Infallible>;

/// The token stream of one source file, as lalrpop's external lexer: `(lo, token, hi)` with
/// byte offsets. Errors are collected on the side, in the order gc reports them.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    /// Whether a newline or the end of the file here becomes a `;` (gc's `nlsemi`): set by
    /// identifiers, literals, `break continue fallthrough return`, `++ -- ) ] }`.
    nlsemi: bool,
    errors: Vec<SyntaxError>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        Lexer { src, raw: RawTok::lexer(src), nlsemi: false, errors: Vec::new() }
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
    #[inline]
    fn word(&mut self, lo: usize, hi: usize, keyword: Option<Tok<'s>>) -> Option<Token<'s>> {
        let hi = match self.src.as_bytes().get(hi) {
            Some(&b) if b == 0 || b >= 0x80 => self.scan_from(hi, |c| scan::ident(c, false)),
            _ => hi,
        };
        match keyword {
            Some(k) if hi == lo + k.spelling().len() => self.emit(lo, k, hi),
            _ => self.emit(lo, Tok::Ident(&self.src[lo..hi]), hi),
        }
    }

    /// Hands out a token, noting whether a newline after it ends a statement. Every token
    /// leaves through here, built in place: assembling it first and copying it out stalled on
    /// store forwarding (this and the unit `RawTok` variants took the lexer from ~230 to
    /// ~300 MB/s on Go's standard library).
    #[inline(always)]
    fn emit(&mut self, lo: usize, tok: Tok<'s>, hi: usize) -> Option<Token<'s>> {
        self.nlsemi = ends_statement(&tok);
        Some(Ok((lo, tok, hi)))
    }

    /// The next token, with semicolons inserted.
    fn next_token(&mut self) -> Option<Token<'s>> {
        loop {
            let Some(raw) = self.raw.next() else {
                if std::mem::take(&mut self.nlsemi) {
                    let end = self.src.len();
                    return Some(Ok((end, Tok::Semi(SemiKind::Eof), end)));
                }
                return None;
            };
            let std::ops::Range { start: lo, end: hi } = self.raw.span();
            let src = self.src;
            // Logos errs only on bytes that start no pattern, and every byte starts one.
            let raw = raw.unwrap_or(RawTok::Invalid);
            let tok = match raw {
                RawTok::Newline if self.nlsemi => Tok::Semi(SemiKind::Newline),
                RawTok::Newline => continue,
                RawTok::Word => return self.word(lo, hi, None),
                RawTok::LineComment => {
                    scan::check_nul_bom(src, lo, hi, &mut self.errors);
                    continue;
                }
                RawTok::BlockComment => {
                    let mut multiline = false;
                    let end = self.scan_from(lo, |c| multiline = scan::block_comment(c));
                    if multiline && self.nlsemi {
                        // A comment spanning lines acts like a newline; gc puts it at the '/'.
                        return self.emit(lo, Tok::Semi(SemiKind::Newline), end);
                    }
                    continue;
                }
                RawTok::Number => {
                    let mut kind = NumKind::Int;
                    let end = self.scan_from(lo, |c| kind = scan::number(c));
                    let text = &src[lo..end];
                    let tok = match kind {
                        NumKind::Int => Tok::Int(text),
                        NumKind::Float => Tok::Float(text),
                        NumKind::Imag => Tok::Imag(text),
                    };
                    return self.emit(lo, tok, end);
                }
                RawTok::String => {
                    let end = self.scan_from(lo, scan::string);
                    return self.emit(lo, Tok::String(&src[lo..end]), end);
                }
                RawTok::RawString => {
                    let end = self.scan_from(lo, scan::raw_string);
                    return self.emit(lo, Tok::String(&src[lo..end]), end);
                }
                RawTok::Rune => {
                    let end = self.scan_from(lo, scan::rune);
                    return self.emit(lo, Tok::Char(&src[lo..end]), end);
                }
                RawTok::NonAscii => {
                    if src.as_bytes().get(lo..).is_some_and(|b| b.starts_with("\u{FEFF}".as_bytes())) {
                        if lo > 0 {
                            let msg = "invalid BOM in the middle of the file";
                            self.errors.push(SyntaxError::new(lo, hi, msg));
                        }
                        continue;
                    }
                    let end = self.scan_from(lo, |c| scan::ident(c, true));
                    return self.emit(lo, Tok::Ident(&src[lo..end]), end);
                }
                RawTok::Nul => {
                    // gc's reader checks for NUL only on its fast path, which the very first
                    // byte of a file does not take: there it is an ordinary invalid character.
                    let msg = if lo == 0 { "invalid character U+0000" } else { "invalid NUL character" };
                    self.errors.push(SyntaxError::new(lo, hi, msg));
                    continue;
                }
                RawTok::Invalid => {
                    let c = src.get(lo..).and_then(|s| s.chars().next()).map_or(0, |c| c as u32);
                    let msg = format!("invalid character {}", scan::unicode_name(c));
                    self.errors.push(SyntaxError::new(lo, hi, msg));
                    continue;
                }
                spelled => match fixed(spelled) {
                    Some(t) if t.is_keyword() => return self.word(lo, hi, Some(t)),
                    Some(t) => t,
                    None => continue, // Unreachable: every other variant has an arm above.
                },
            };
            return self.emit(lo, tok, hi);
        }
    }
}

/// Whether a newline right after `tok` ends a statement ("Semicolons" in the spec).
fn ends_statement(tok: &Tok) -> bool {
    use Tok::*;
    matches!(
        tok,
        Ident(_)
            | Int(_)
            | Float(_)
            | Imag(_)
            | Char(_)
            | String(_)
            | Break
            | Continue
            | Fallthrough
            | Return
            | Inc
            | Dec
            | RParen
            | RBrack
            | RBrace
    )
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Token<'s>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_token()
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
        let sources: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
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

    /// gc's reader checks for NUL only on its fast path, which the very first byte does
    /// not take (`go tool compile` on such a file says `x.go:1:1: invalid character U+0000`).
    #[test]
    fn nul_first_byte() {
        let (t, e) = tokenize("\0x\0");
        assert_eq!(t, [(1, Tok::Ident("x\0"), 3), (3, Tok::Semi(SemiKind::Eof), 3)]);
        let msgs: Vec<_> = e.iter().map(|e| (e.lo, e.msg.as_str())).collect();
        assert_eq!(msgs, [(0, "invalid character U+0000"), (2, "invalid NUL character")]);
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
        assert_eq!(
            t,
            [
                (0, Tok::Ident("a"), 1),
                (2, Tok::Define, 4),
                (7, Tok::String("\"x\""), 10),
                (15, Tok::Semi(SemiKind::Newline), 16)
            ]
        );
        let (t, _) = tokenize("x");
        assert_eq!(t[1], (1, Tok::Semi(SemiKind::Eof), 1));
    }

    /// No input may panic the lexer: every byte boundary cut of tricky text, and odd bytes.
    #[test]
    fn never_panics() {
        let samples = [
            "'\\u12",
            "\"\\U0010",
            "0x1p",
            "0b1.e",
            "`abc",
            "/* *",
            "a\u{0}b",
            "\u{FEFF}\u{FEFF}x",
            "é1٣€\u{a0}",
            "0x_",
            "1__",
            "'\\400'",
            "\"\\xZ\"",
            "..5",
            "...",
            "0777i",
            "08.",
            "\\",
        ];
        for s in samples {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                tokenize(&s[..i]);
                tokenize(&s[i..]);
            }
        }
    }
}
