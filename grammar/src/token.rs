//! Tokens of Go source as the parser sees them (after semicolon insertion).
//!
//! A token borrows its text from the source; literal values are decoded later, when the
//! parser builds the AST, so the lexer stays a pure classifier of bytes.

use std::fmt;

/// Where a `;` came from: written in the source, or inserted by the lexer at a newline
/// or at the end of the file. Go's error messages name the inserted ones ("unexpected newline").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// One token. Literal variants hold their source text exactly as written (quotes included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'s> {
    Ident(&'s str),
    Int(&'s str),
    Float(&'s str),
    Imag(&'s str),
    Char(&'s str),
    String(&'s str),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators and punctuation.
    Add,            // +
    Sub,            // -
    Mul,            // *
    Quo,            // /
    Rem,            // %
    And,            // &
    Or,             // |
    Xor,            // ^
    Shl,            // <<
    Shr,            // >>
    AndNot,         // &^
    AddAssign,      // +=
    SubAssign,      // -=
    MulAssign,      // *=
    QuoAssign,      // /=
    RemAssign,      // %=
    AndAssign,      // &=
    OrAssign,       // |=
    XorAssign,      // ^=
    ShlAssign,      // <<=
    ShrAssign,      // >>=
    AndNotAssign,   // &^=
    LAnd,           // &&
    LOr,            // ||
    Arrow,          // <-
    Inc,            // ++
    Dec,            // --
    Eql,            // ==
    Lss,            // <
    Gtr,            // >
    Assign,         // =
    Not,            // !
    Tilde,          // ~
    Neq,            // !=
    Leq,            // <=
    Geq,            // >=
    Define,         // :=
    Ellipsis,       // ...
    LParen,         // (
    LBrack,         // [
    LBrace,         // {
    Comma,          // ,
    Period,         // .
    RParen,         // )
    RBrack,         // ]
    RBrace,         // }
    Semi(SemiKind), // ;
    Colon,          // :

    /// Bytes that form no token (an error has already been recorded for them).
    Illegal(&'s str),
}

impl Tok<'_> {
    /// The token's source spelling.
    pub fn spelling(&self) -> &str {
        use Tok::*;
        match self {
            Ident(s) | Int(s) | Float(s) | Imag(s) | Char(s) | String(s) | Illegal(s) => s,
            _ => self.fixed_spelling().unwrap_or(""),
        }
    }

    /// The spelling of keywords, operators and punctuation; None for names and literals.
    pub fn fixed_spelling(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Ident(_) | Int(_) | Float(_) | Imag(_) | Char(_) | String(_) | Illegal(_) => return None,
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi(_) => ";",
            Colon => ":",
        })
    }

    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    pub fn is_literal(&self) -> bool {
        matches!(self, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::String(_))
    }

    /// How gc names this token in "syntax error: unexpected …" messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Tok::Semi(SemiKind::Newline) => "newline".to_string(),
            Tok::Semi(SemiKind::Eof) => "EOF".to_string(),
            Tok::Comma => "comma".to_string(),
            t if t.is_literal() => format!("literal {}", t.spelling()),
            t if t.is_keyword() => format!("keyword {}", t.spelling()),
            t => t.spelling().to_string(),
        }
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.spelling())
    }
}
