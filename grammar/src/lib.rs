//! Go syntax for gint: tokens, the lexer with semicolon insertion, the lalrpop grammar, the
//! AST, spans, syntax errors in gc's words and debugging dumps. Knows nothing of types or
//! evaluation.

pub mod ast;
mod ast_dump;
mod context;
mod depth;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
mod parser;
pub mod span;
mod state;
mod syntax_error;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused)]
    go
);

pub use parser::{parse_file, ParsedFile};
