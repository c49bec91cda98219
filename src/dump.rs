//! Text dumps of the front end, shared by `gint dump-tokens`, `gint dump-ast` and the golden
//! tests, so that what the tests pin is what the flags print.

use gint_syntax::ast;

/// One token per line, then the lexer's errors (see `gint_syntax::dump::dump_tokens`).
pub fn tokens(src: &str) -> String {
    gint_syntax::dump::dump_tokens(src)
}

/// The AST of a file, one node per line.
pub fn ast(file: &ast::File, src: &str) -> String {
    gint_syntax::dump::dump_ast(file, src)
}
