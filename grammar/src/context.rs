//! Tracks, alongside the token stream, what each open bracket belongs to (an argument list,
//! a composite literal, a block…) and which statement header is open, so that a syntax error
//! can be worded as gc's recursive-descent parser words it ("unexpected newline in composite
//! literal; possibly missing comma or }"). It is a heuristic over tokens, used for messages only:
//! the grammar alone decides what parses.
//!
//! The parser reads one token ahead, so an error is found with the offending token already
//! pushed here; the accessors describe the context just before that token.

use crate::token::{SemiKind, Tok};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bracket {
    Block,
    CompositeLit,
    ArgList,
    ParamList,
    TypeParamList,
    /// `Name[` after another name: type arguments in a type (`var x List[int]`).
    TypeArgs,
    Paren,
    Index,
    StructType,
    InterfaceType,
    /// `import (`, `var (`, `const (`, `type (`.
    Group,
}

/// The keyword of the statement whose header is being read (its `{` not yet seen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    If,
    For,
    Switch,
    Select,
    Func,
}

/// An open statement header: where it started and what of it has been seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenHeader {
    pub kind: Header,
    depth: usize,
    /// Semicolons seen at the header's own depth (`for init; cond; post`).
    pub semis: u8,
    pub range: bool,
}

/// A snapshot of the context, taken before each token is pushed.
#[derive(Clone, Debug, Default)]
struct Snapshot {
    /// The innermost bracket and the number of open brackets (the stack itself is not
    /// copied: that would make deeply nested input quadratic).
    top: Option<Bracket>,
    depth: usize,
    header: Option<OpenHeader>,
    prev: Option<&'static str>,
    prev_lo: usize,
    tokens: usize,
    after_newline_semi: bool,
    type_decl: bool,
}

#[derive(Clone, Debug, Default)]
pub struct BracketContext {
    stack: Vec<Bracket>,
    headers: Vec<OpenHeader>,
    /// Fixed spelling of the previous token (None for names and literals).
    prev: Option<&'static str>,
    prev_class: Option<TokClass>,
    prev2_class: Option<TokClass>,
    prev_lo: usize,
    /// What the most recently closed bracket was.
    last_closed: Option<Bracket>,
    tokens: usize,
    last_was_newline_semi: bool,
    /// Whether a top-level `type` declaration is being read.
    type_decl: bool,
    before: Snapshot,
}

/// The few things about a token the heuristic needs to remember.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokClass {
    Func,
    Ident,
    Operand,
    Close(char),
    GroupKw,
    StructKw,
    InterfaceKw,
    Other,
}

impl BracketContext {
    /// The innermost bracket around the token the parser is looking at.
    pub fn innermost(&self) -> Option<Bracket> {
        self.before.top
    }

    /// The header open around the token the parser is looking at, if the token is at the
    /// header's own depth (not inside brackets of the header).
    pub fn open_header(&self) -> Option<OpenHeader> {
        self.before.header.filter(|h| h.depth == self.before.depth)
    }

    pub fn at_top_level(&self) -> bool {
        self.before.depth == 0
    }

    /// The fixed spelling of the token before the one the parser is looking at.
    pub fn prev(&self) -> Option<&'static str> {
        self.before.prev
    }

    /// The offset of the token before the one the parser is looking at.
    pub fn prev_lo(&self) -> usize {
        self.before.prev_lo
    }

    /// How many tokens came before the one the parser is looking at.
    pub fn token_index(&self) -> usize {
        self.before.tokens
    }

    pub fn after_newline_semi(&self) -> bool {
        self.before.after_newline_semi
    }

    pub fn in_type_decl(&self) -> bool {
        self.before.type_decl
    }

    /// Updates the context with the next token handed to the parser.
    pub fn push(&mut self, tok: &Tok<'_>, lo: usize) {
        self.before = Snapshot {
            top: self.stack.last().copied(),
            depth: self.stack.len(),
            header: self.headers.last().copied(),
            prev: self.prev,
            prev_lo: self.prev_lo,
            tokens: self.tokens,
            after_newline_semi: self.last_was_newline_semi,
            type_decl: self.type_decl,
        };
        let depth = self.stack.len();
        let header = |kind| OpenHeader { kind, depth, semis: 0, range: false };
        match tok {
            Tok::If => self.headers.push(header(Header::If)),
            Tok::For => self.headers.push(header(Header::For)),
            Tok::Switch => self.headers.push(header(Header::Switch)),
            Tok::Select => self.headers.push(header(Header::Select)),
            Tok::Func => self.headers.push(header(Header::Func)),
            Tok::Range => {
                if let Some(h) = self.headers.last_mut().filter(|h| h.depth == depth) {
                    h.range = true;
                }
            }
            Tok::LParen => {
                let kind = self.paren_kind();
                self.stack.push(kind);
            }
            Tok::LBrack => {
                let kind = match (self.prev2_class, self.prev_class) {
                    (Some(TokClass::Func), Some(TokClass::Ident)) => Bracket::TypeParamList,
                    (Some(TokClass::Ident), Some(TokClass::Ident)) => Bracket::TypeArgs,
                    _ => Bracket::Index,
                };
                self.stack.push(kind);
            }
            Tok::LBrace => {
                let kind = self.brace_kind(depth);
                self.stack.push(kind);
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                self.last_closed = self.stack.pop();
                let depth = self.stack.len();
                self.headers.retain(|h| h.depth <= depth);
            }
            Tok::Semi(_) => match self.headers.last_mut() {
                Some(h) if h.depth == depth && h.kind != Header::Func => h.semis = h.semis.saturating_add(1),
                _ => self.headers.retain(|h| h.depth < depth),
            },
            Tok::Comma => self.headers.retain(|h| !(h.depth == depth && h.kind == Header::Func)),
            _ => {}
        }
        if self.stack.is_empty() {
            match tok {
                Tok::Type => self.type_decl = true,
                Tok::Semi(_) | Tok::Func | Tok::Var | Tok::Const | Tok::Import => self.type_decl = false,
                _ => {}
            }
        }
        self.last_was_newline_semi = matches!(tok, Tok::Semi(SemiKind::Newline));
        self.prev = tok.fixed_spelling();
        self.prev2_class = self.prev_class;
        self.prev_class = Some(classify(tok));
        self.prev_lo = lo;
        self.tokens += 1;
    }

    fn paren_kind(&self) -> Bracket {
        match (self.prev2_class, self.prev_class) {
            (_, Some(TokClass::GroupKw)) => Bracket::Group,
            (_, Some(TokClass::Func)) => Bracket::ParamList,
            (Some(TokClass::Func), Some(TokClass::Ident)) => Bracket::ParamList,
            (_, Some(TokClass::Close(')'))) if self.last_closed == Some(Bracket::ParamList) => Bracket::ParamList,
            (_, Some(TokClass::Close(']'))) if self.last_closed == Some(Bracket::TypeParamList) => Bracket::ParamList,
            (Some(TokClass::Close(')')), Some(TokClass::Ident)) if self.last_closed == Some(Bracket::ParamList) => {
                Bracket::ParamList
            }
            (_, Some(TokClass::Ident | TokClass::Operand | TokClass::Close(_))) => Bracket::ArgList,
            _ => Bracket::Paren,
        }
    }

    fn brace_kind(&mut self, depth: usize) -> Bracket {
        if let Some(h) = self.headers.last() {
            if h.depth == depth {
                self.headers.pop();
                return Bracket::Block;
            }
        }
        match self.prev_class {
            Some(TokClass::StructKw) => Bracket::StructType,
            Some(TokClass::InterfaceKw) => Bracket::InterfaceType,
            _ if self.stack.last() == Some(&Bracket::CompositeLit) => Bracket::CompositeLit,
            Some(TokClass::Ident | TokClass::Close(']' | '}')) => Bracket::CompositeLit,
            _ => Bracket::Block,
        }
    }
}

fn classify(tok: &Tok<'_>) -> TokClass {
    match tok {
        Tok::Func => TokClass::Func,
        Tok::Ident(_) => TokClass::Ident,
        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::String(_) => TokClass::Operand,
        Tok::RParen => TokClass::Close(')'),
        Tok::RBrack => TokClass::Close(']'),
        Tok::RBrace => TokClass::Close('}'),
        Tok::Import | Tok::Var | Tok::Const | Tok::Type => TokClass::GroupKw,
        Tok::Struct => TokClass::StructKw,
        Tok::Interface => TokClass::InterfaceKw,
        _ => TokClass::Other,
    }
}
