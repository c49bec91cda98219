//! The entry point of the front end: lex, parse and collect every syntax error of a file.
//!
//! Error recovery works as gc's does at the top level: after a syntax error the parser skips
//! to the next declaration that starts a line (`func`, `type`, `var`, `const` or `import` in
//! column 1) and parses the rest of the file from there, so each broken declaration reports
//! its first error and no follow-on noise.

use crate::ast::File;
use crate::error::SyntaxError;
use crate::go::SourceFileParser;
use crate::lexer::Lexer;
use crate::span::FileId;
use crate::state::ParseState;
use crate::token::{SemiKind, Tok};

/// The result of parsing one file. `ast` is None when the file has a syntax error;
/// `errors` holds lexical and syntax errors sorted by position.
pub struct ParsedFile {
    pub ast: Option<File>,
    pub errors: Vec<SyntaxError>,
    /// The first node id not used by this file (ids of the next file start here).
    pub next_id: u32,
}

type Spanned<'s> = (usize, Tok<'s>, usize);

/// Parses one Go source file. Node ids start at `first_id`.
pub fn parse_file(src: &str, file: FileId, first_id: u32) -> ParsedFile {
    let mut lexer = Lexer::new(src);
    let tokens: Vec<Spanned<'_>> = lexer
        .by_ref()
        .map(|t| match t {
            Ok(t) => t,
            Err(never) => match never {},
        })
        .collect();
    let mut errors = lexer.take_errors();

    let parser = SourceFileParser::new();
    let mut ast = None;
    let mut next_id = first_id;
    let mut start = 0;
    // Like gc, any earlier error (lexical ones too) silences complaints about the end of file.
    let mut syntax_errors = errors.len();
    loop {
        let state = ParseState::new(src, file, next_id);
        let result = if start == 0 {
            parser.parse(&state, TokenStream::new(tokens.iter().copied(), &state))
        } else {
            // Resume at a declaration, behind a synthetic package clause.
            let at = tokens[start].0;
            let clause = [(at, Tok::Package, at), (at, Tok::Ident("_"), at), (at, Tok::Semi(SemiKind::Explicit), at)];
            let rest = clause.into_iter().chain(tokens[start..].iter().copied());
            parser.parse(&state, TokenStream::new(rest, &state))
        };
        next_id = state.next_id();
        let mut found = state.take_errors();
        syntax_errors += found.len();
        errors.append(&mut found);
        match result {
            Ok(f) => {
                if start == 0 {
                    ast = Some(f);
                }
                break;
            }
            Err(e) => {
                let err = crate::syntax_error::describe(&e, &state.context.borrow(), src.len());
                // Like gc, say nothing more about the end of a file that already has errors.
                let at_eof = err.lo >= src.len();
                if !(at_eof && syntax_errors > 0) {
                    errors.push(err.clone());
                    syntax_errors += 1;
                }
                match restart_point(src, &tokens, err.lo) {
                    Some(i) => start = i,
                    None => break,
                }
            }
        }
    }
    if !errors.is_empty() {
        ast = None;
    }
    errors.sort_by_key(|e| e.lo);
    ParsedFile { ast, errors, next_id }
}

/// The first token after `offset` that starts a top-level declaration in column 1.
fn restart_point(src: &str, tokens: &[Spanned<'_>], offset: usize) -> Option<usize> {
    let from = tokens.partition_point(|t| t.0 <= offset);
    (from..tokens.len()).find(|&i| {
        let (lo, tok, _) = tokens[i];
        let decl = matches!(tok, Tok::Func | Tok::Type | Tok::Var | Tok::Const | Tok::Import);
        decl && (lo == 0 || src.as_bytes().get(lo - 1) == Some(&b'\n'))
    })
}

/// Tokens on their way to the parser, noting brackets for error messages.
struct TokenStream<'a, 's, I> {
    tokens: I,
    state: &'a ParseState<'s>,
}

impl<'a, 's, I> TokenStream<'a, 's, I> {
    fn new(tokens: I, state: &'a ParseState<'s>) -> Self {
        TokenStream { tokens, state }
    }
}

impl<'s, I: Iterator<Item = Spanned<'s>>> Iterator for TokenStream<'_, 's, I> {
    type Item = Result<Spanned<'s>, std::convert::Infallible>;

    fn next(&mut self) -> Option<Self::Item> {
        let tok = self.tokens.next()?;
        self.state.context.borrow_mut().push(&tok.1, tok.0);
        Some(Ok(tok))
    }
}
