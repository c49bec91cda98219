//! Syntax errors as plain data: a byte range and Go's wording. Rendering is the driver's job.

/// One error found by the lexer or the parser. `msg` is the text gc prints after
/// `file:line:col: `, e.g. `syntax error: unexpected newline, expected comma or )`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub lo: usize,
    pub hi: usize,
    pub msg: String,
}

impl SyntaxError {
    pub fn new(lo: usize, hi: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError { lo, hi, msg: msg.into() }
    }
}
