//! What a REPL input is: whether it is complete (the lexer decides), and whether it holds
//! package-level declarations, statements, or one expression (the parser decides).
//!
//! An input is parsed inside a wrapper (`package main` before declarations, the body of a
//! function around statements); every span is then moved back into the input's own
//! coordinates, so errors point into what the user typed.

use gint_syntax::ast::{self, Decl, ExprKind, StmtKind};
use gint_syntax::error::SyntaxError;
use gint_syntax::lexer::tokenize;
use gint_syntax::parse_file;
use gint_syntax::span::FileId;
use gint_syntax::token::{SemiKind, Tok};

/// Whether `text` is unfinished and the REPL should read another line: an open bracket, a
/// raw string or comment left open, or a last token that cannot end a statement (a binary
/// operator, `,`, `.`, `=`, …). Decided on the lexer's tokens, so brackets inside strings,
/// runes and comments do not count.
pub fn needs_more(text: &str) -> bool {
    let (tokens, errors) = tokenize(text);
    if errors.iter().any(|e| e.msg.ends_with("not terminated") && e.lo >= last_line_start(text, &tokens)) {
        return true;
    }
    let mut depth: i32 = 0;
    for (_, t, _) in &tokens {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        return true;
    }
    let last =
        tokens.iter().rev().map(|(_, t, _)| t).find(|t| !matches!(t, Tok::Semi(SemiKind::Newline | SemiKind::Eof)));
    last.is_some_and(continues)
}

/// An unterminated string or comment counts only if it started on the last line: an
/// interpreted string cut by a newline is an error, not a reason to wait.
fn last_line_start(text: &str, _tokens: &[(usize, Tok<'_>, usize)]) -> usize {
    let trimmed = text.trim_end_matches('\n');
    if text.contains('`') || text.contains("/*") {
        return 0;
    }
    trimmed.rfind('\n').map_or(0, |i| i + 1)
}

/// Tokens after which a Go statement cannot end.
fn continues(t: &Tok<'_>) -> bool {
    use Tok::*;
    matches!(
        t,
        Add | Sub
            | Mul
            | Quo
            | Rem
            | And
            | Or
            | Xor
            | Shl
            | Shr
            | AndNot
            | AddAssign
            | SubAssign
            | MulAssign
            | QuoAssign
            | RemAssign
            | AndAssign
            | OrAssign
            | XorAssign
            | ShlAssign
            | ShrAssign
            | AndNotAssign
            | LAnd
            | LOr
            | Arrow
            | Eql
            | Lss
            | Gtr
            | Assign
            | Not
            | Neq
            | Leq
            | Geq
            | Define
            | Comma
            | Period
            | Colon
    )
}

/// A complete input, parsed.
pub enum Input {
    /// Package-level declarations (and imports).
    Decls(ast::File),
    /// Statements for `main`'s body, each with its span in the input.
    Stmts(Vec<ast::Stmt>),
    /// One expression, whose values are printed.
    Expr(ast::Expr),
}

/// The text put before an input parsed as declarations.
pub const DECL_PREFIX: &str = "package main\n";
/// The text put around an input parsed as statements.
pub const STMT_PREFIX: &str = "package main\nfunc _() {\n";
const STMT_SUFFIX: &str = "\n}\n";

/// Parses a complete input; the errors are in the input's coordinates.
pub fn parse(text: &str) -> Result<(Input, usize), Vec<SyntaxError>> {
    if starts_declaration(text) {
        let src = format!("{DECL_PREFIX}{text}");
        let parsed = parse_file(&src, FileId(0), 0);
        let file = parsed.ast.filter(|_| parsed.errors.is_empty());
        return match file {
            Some(f) => Ok((Input::Decls(f), DECL_PREFIX.len())),
            None => Err(shift(parsed.errors, DECL_PREFIX.len(), text.len())),
        };
    }
    let src = format!("{STMT_PREFIX}{text}{STMT_SUFFIX}");
    let parsed = parse_file(&src, FileId(0), 0);
    let file = parsed.ast.filter(|_| parsed.errors.is_empty());
    let Some(file) = file else {
        return Err(shift(parsed.errors, STMT_PREFIX.len(), text.len()));
    };
    let mut stmts = match file.decls.into_iter().next() {
        Some(Decl::Func(f)) => f.body.map(|b| b.stmts).unwrap_or_default(),
        _ => Vec::new(),
    };
    stmts.retain(|s| !matches!(s.kind, StmtKind::Empty));
    if stmts.len() == 1 {
        if let StmtKind::Expr(e) = &stmts[0].kind {
            return Ok((Input::Expr(e.clone()), STMT_PREFIX.len()));
        }
    }
    Ok((Input::Stmts(stmts), STMT_PREFIX.len()))
}

/// Whether the input starts with a package-level declaration's keyword (`func` followed by
/// a name or a receiver, not a function literal).
pub fn starts_declaration(text: &str) -> bool {
    let (tokens, _) = tokenize(text);
    let mut it = tokens.iter().map(|(_, t, _)| t).filter(|t| !matches!(t, Tok::Semi(_)));
    match it.next() {
        Some(Tok::Import | Tok::Type | Tok::Const | Tok::Var) => true,
        Some(Tok::Func) => match it.next() {
            Some(Tok::Ident(_)) => true,
            // `func (r T) M()` is a method, `func() {…}()` a literal called.
            Some(Tok::LParen) => is_method_header(&tokens),
            _ => false,
        },
        _ => false,
    }
}

/// `func (` opens a receiver when the matching `)` is followed by a name.
fn is_method_header(tokens: &[(usize, Tok<'_>, usize)]) -> bool {
    let mut depth = 0;
    let mut after = tokens.iter().map(|(_, t, _)| t).skip_while(|t| !matches!(t, Tok::LParen));
    for t in after.by_ref() {
        match t {
            Tok::LParen => depth += 1,
            Tok::RParen => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    // `func (r T) M(` or `func (r T) M[`; a literal's result type is never followed by those.
    matches!((after.next(), after.next()), (Some(Tok::Ident(_)), Some(Tok::LParen | Tok::LBrack)))
}

/// Syntax errors moved from the wrapper's coordinates into the input's (an error in the
/// wrapper's closing text is put at the input's end).
fn shift(errors: Vec<SyntaxError>, prefix: usize, len: usize) -> Vec<SyntaxError> {
    let at = |x: usize| x.saturating_sub(prefix).min(len);
    errors.into_iter().map(|e| SyntaxError { lo: at(e.lo), hi: at(e.hi).max(at(e.lo)), msg: e.msg }).collect()
}

/// Whether an expression typed alone is a call of package fmt's printing (`fmt.Println`):
/// its results (bytes written, error) are not printed after what it printed.
pub fn is_fmt_call(e: &ast::Expr) -> bool {
    let ExprKind::Call { fun, .. } = &e.kind else { return false };
    matches!(&fun.kind, ExprKind::Selector { x, .. } if matches!(&x.kind, ExprKind::Ident(id) if id.name == "fmt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_or_not() {
        assert!(!needs_more("x := 3"));
        assert!(needs_more("func f() {"));
        assert!(needs_more("fmt.Println(1,"));
        assert!(needs_more("x := 1 +"));
        assert!(needs_more("s := `abc"));
        assert!(!needs_more("s := \"{\""));
        assert!(!needs_more("r := '('"));
        assert!(!needs_more("// {"));
        assert!(needs_more("for i := 0; i < 3; i++ {\nfmt.Println(i)"));
        assert!(!needs_more("for i := 0; i < 3; i++ {\nfmt.Println(i)\n}"));
    }

    #[test]
    fn kinds() {
        assert!(starts_declaration("func f() {}"));
        assert!(starts_declaration("func (p P) M() {}"));
        assert!(!starts_declaration("func() { }()"));
        assert!(!starts_declaration("func() int { return 1 }()"));
        assert!(starts_declaration("func (p *P) M() int { return 1 }"));
        assert!(!starts_declaration("x := 1"));
        assert!(matches!(parse("1 + 2"), Ok((Input::Expr(_), _))));
        assert!(matches!(parse("x := 2"), Ok((Input::Stmts(_), _))));
        assert!(matches!(parse("type T int"), Ok((Input::Decls(_), _))));
        assert!(parse("x := ").is_err());
    }
}
