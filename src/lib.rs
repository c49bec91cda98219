//! gint, a Go interpreter, as a library: the pieces of the pipeline that the CLI, the tests
//! and embedders share. The library does no I/O of its own — callers load files into a
//! `SourceMap` and write the strings it returns.

pub mod diag;
pub mod dump;
pub mod eval;
pub mod parse;
pub mod program;
pub mod repl;
pub mod runtime;
pub mod source;
pub mod stdlib;
pub mod testmain;
pub mod textdiff;

pub use gint_syntax as syntax;
pub mod types;
