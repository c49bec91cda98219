//! Turns the parser generator's errors into Go's syntax error messages.
//!
//! gc's parser is recursive descent and words each error after the construct it is in
//! ("in argument list; possibly missing comma or )", "at end of statement", "expected { after
//! for clause"). An LR parser only knows the set of tokens it could have accepted; together
//! with the bracket context tracked beside the token stream that is enough to pick gc's wording
//! for the errors people make. The rules below go from the most specific context outwards.

use std::collections::BTreeSet;

use crate::context::{Bracket, BracketContext, Header, OpenHeader};
use crate::error::SyntaxError;
use crate::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

/// The syntax error for a parse failure; `eof` is the length of the source.
pub fn describe(
    e: &ParseError<usize, Tok<'_>, std::convert::Infallible>,
    ctx: &BracketContext,
    eof: usize,
) -> SyntaxError {
    match e {
        ParseError::UnrecognizedToken { token: (l, t, r), expected } => {
            let (msg, at) = explain(t, &expected_set(expected), ctx);
            // gc complains about a `var` in a header after skipping it.
            let after_var = if msg.starts_with("syntax error: var declaration") { Some(*r + 1) } else { None };
            let lo = at.or(after_var).unwrap_or(*l);
            SyntaxError::new(lo, (*r).max(lo), msg)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let _ = location;
            let (msg, at) = explain(&Tok::Semi(SemiKind::Eof), &expected_set(expected), ctx);
            let lo = at.unwrap_or(eof);
            SyntaxError::new(lo, lo, msg)
        }
        ParseError::ExtraToken { token: (l, t, r) } => {
            SyntaxError::new(*l, *r, format!("syntax error: unexpected {} after top level declaration", t.describe()))
        }
        ParseError::InvalidToken { location } => SyntaxError::new(*location, *location, "syntax error: invalid token"),
        ParseError::User { error } => match *error {},
    }
}

/// lalrpop names expected terminals as they are written in the grammar, quotes included.
fn expected_set(expected: &[String]) -> BTreeSet<String> {
    expected.iter().map(|s| s.trim_matches('"').replace("\\\"", "\"")).collect()
}

/// The message for an unexpected token, and where to report it when that is not at the token.
fn explain(tok: &Tok<'_>, exp: &BTreeSet<String>, ctx: &BracketContext) -> (String, Option<usize>) {
    if let Some(msg) = package_clause_error(tok, ctx) {
        return (msg, None);
    }
    if exp.contains("string") && !exp.contains("int") && !exp.contains(";") {
        return ("missing import path".to_string(), None);
    }
    if let Some((msg, at)) = left_open(tok, exp, ctx) {
        return (msg, at);
    }
    (unexpected(tok, exp, ctx), None)
}

/// The package clause is checked by the go command (with go/parser) before gc sees the
/// file, so its errors are worded as go/parser words them.
fn package_clause_error(tok: &Tok<'_>, ctx: &BracketContext) -> Option<String> {
    let found = match tok {
        Tok::Ident(s) | Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) | Tok::String(s) => s.to_string(),
        Tok::Semi(SemiKind::Newline) => "newline".to_string(),
        Tok::Semi(SemiKind::Eof) => "'EOF'".to_string(),
        t => format!("'{}'", t.spelling()),
    };
    match ctx.token_index() {
        0 => Some(format!("expected 'package', found {found}")),
        1 if ctx.prev() == Some("package") => Some(format!("expected 'IDENT', found {found}")),
        _ => None,
    }
}

/// Errors explained by the token before the unexpected one: a construct left unfinished.
fn left_open(tok: &Tok<'_>, exp: &BTreeSet<String>, ctx: &BracketContext) -> Option<(String, Option<usize>)> {
    let has = |s: &str| exp.contains(s);
    let wants_type = has("ident") && has("*") && !has("int");
    let msg = match ctx.prev()? {
        "..." if wants_type => "syntax error: ... is missing type".to_string(),
        "chan" if wants_type => "syntax error: missing channel element type".to_string(),
        "*" if matches!(ctx.innermost(), Some(Bracket::StructType)) && has("ident") => {
            format!("syntax error: unexpected {}, expected name", tok.describe())
        }
        "else" => "syntax error: else must be followed by if or statement block".to_string(),
        "|" if has("~") => format!("syntax error: unexpected {}, expected ~ term or type", tok.describe()),
        "." if has("ident") => format!("syntax error: unexpected {}, expected name or (", tok.describe()),
        "[" if matches!(tok, Tok::RBrack) => match ctx.innermost() {
            Some(Bracket::TypeParamList) => "syntax error: empty type parameter list".to_string(),
            Some(Bracket::TypeArgs) => "syntax error: unexpected ], expected type argument list".to_string(),
            _ => "syntax error: unexpected ], expected operand".to_string(),
        },
        ":" if matches!(ctx.innermost(), Some(Bracket::Block)) && has("if") && !matches!(tok, Tok::RBrace) => {
            return Some(("syntax error: missing statement after label".to_string(), Some(ctx.prev_lo())));
        }
        _ => return None,
    };
    Some((msg, None))
}

fn unexpected(tok: &Tok<'_>, exp: &BTreeSet<String>, ctx: &BracketContext) -> String {
    let has = |s: &str| exp.contains(s);
    let d = tok.describe();
    // At the end of the file inside brackets, gc's list parsing asks for the closing one.
    if matches!(tok, Tok::Semi(SemiKind::Eof)) {
        let close = match ctx.innermost() {
            Some(Bracket::ArgList | Bracket::ParamList | Bracket::Paren | Bracket::Group) => Some(")"),
            Some(Bracket::Index | Bracket::TypeArgs | Bracket::TypeParamList) => Some("]"),
            Some(_) => Some("}"),
            None => None,
        };
        if let Some(close) = close {
            if !has("int") || has(close) {
                return format!("syntax error: unexpected EOF, expected {close}");
            }
        }
    }
    if let Some(h) = ctx.open_header() {
        if matches!(tok, Tok::Var) && h.semis == 0 && matches!(h.kind, Header::If | Header::For | Header::Switch) {
            let kw = match h.kind {
                Header::If => "if",
                Header::For => "for",
                _ => "switch",
            };
            return format!("syntax error: var declaration not allowed in {kw} initializer");
        }
    }
    if ctx.at_top_level() && ctx.in_type_decl() && has("ident") && has("*") && !has("int") {
        return format!("syntax error: unexpected {d} in type declaration");
    }
    if matches!(tok, Tok::Define) && has("=") && !has(":=") {
        return "syntax error: unexpected :=, expected =".to_string();
    }
    if matches!(tok, Tok::Comma) && matches!(ctx.innermost(), Some(Bracket::Index)) && has("]") && !has(",") {
        return "syntax error: unexpected comma; expected ]".to_string();
    }
    // At the start of a list element, gc complains about the element.
    let element_start = has("ident");
    match ctx.innermost() {
        Some(Bracket::StructType) if element_start => {
            return format!("syntax error: unexpected {d}, expected field name or embedded type");
        }
        Some(Bracket::Group) if element_start && !has("string") => {
            return format!("syntax error: unexpected {d}, expected name");
        }
        Some(Bracket::ParamList) if element_start && !has(",") => {
            return format!("syntax error: unexpected {d}, expected )");
        }
        _ => {}
    }

    // Inside a list: gc's `list` helper names the list and its separators.
    let list = match ctx.innermost() {
        Some(Bracket::CompositeLit) if has(",") && has("}") => Some(("composite literal", "comma", "}")),
        Some(Bracket::ArgList) if has(",") && has(")") => Some(("argument list", "comma", ")")),
        Some(Bracket::ParamList) if has(",") && has(")") => Some(("parameter list", "comma", ")")),
        Some(Bracket::StructType) if has(";") && has("}") => Some(("struct type", "semicolon or newline", "}")),
        Some(Bracket::InterfaceType) if has(";") && has("}") => Some(("interface type", "semicolon or newline", "}")),
        Some(Bracket::Group) if has(";") && has(")") => Some(("grouped declaration", "semicolon or newline", ")")),
        _ => None,
    };
    if let Some((what, sep, close)) = list {
        return format!("syntax error: unexpected {d} in {what}; possibly missing {sep} or {close}");
    }

    // Statement headers: after the first simple statement gc asks for `{`, after the whole
    // header for the block "after if clause"; a `for` clause wants its semicolons.
    if let Some(h) = ctx.open_header() {
        if let Some(msg) = header_error(h, tok, &d, exp, ctx) {
            return msg;
        }
    }

    if ctx.at_top_level() {
        if has("func") && has("var") {
            if matches!(tok, Tok::LBrace) && ctx.after_newline_semi() {
                return "syntax error: unexpected semicolon or newline before {".to_string();
            }
            return "syntax error: non-declaration statement outside function body".to_string();
        }
        if has(";") {
            if matches!(tok, Tok::Semi(SemiKind::Newline)) && ctx.in_type_decl() {
                return "syntax error: unexpected newline in type declaration".to_string();
            }
            return format!("syntax error: unexpected {d} after top level declaration");
        }
    }

    // At the start of a statement, a token that cannot start one ends the block.
    if has("if") && has("for") && has("}") {
        if has("case") {
            return format!("syntax error: unexpected {d}, expected case or default or }}");
        }
        return format!("syntax error: unexpected {d}, expected }}");
    }
    if has(";") && matches!(ctx.innermost(), Some(Bracket::Block)) {
        return format!("syntax error: unexpected {d} at end of statement");
    }
    if has("case") && has("default") && has("}") {
        return format!("syntax error: unexpected {d}, expected case or default or }}");
    }
    if has(",") && has("=") && has(":=") && !has(";") {
        return format!("syntax error: unexpected {d}, expected := or = or comma");
    }
    if matches!(ctx.innermost(), Some(Bracket::Index)) && has(",") && has(":") && has("]") {
        return format!("syntax error: unexpected {d}, expected comma, : or ]");
    }
    if has("ident") && has("int") {
        return format!("syntax error: unexpected {d}, expected expression");
    }
    if has("ident") && (has("map") || has("chan") || has("*")) {
        return format!("syntax error: unexpected {d}, expected type");
    }
    if has("ident") {
        return format!("syntax error: unexpected {d}, expected name");
    }
    for want in [")", "]", "}", ":", "(", "{", "=", "chan"] {
        if has(want) {
            return format!("syntax error: unexpected {d}, expected {}", tokstring(want));
        }
    }
    format!("syntax error: unexpected {d}")
}

fn header_error(h: OpenHeader, tok: &Tok<'_>, d: &str, exp: &BTreeSet<String>, ctx: &BracketContext) -> Option<String> {
    let has = |s: &str| exp.contains(s);
    if has("int") && !(h.kind == Header::For && h.semis == 1) {
        return None; // an operand is missing: "expected expression" below
    }
    let lbrace = matches!(tok, Tok::LBrace);
    let msg = match h.kind {
        Header::If if !lbrace && has("{") => {
            if h.semis == 0 {
                format!("syntax error: unexpected {d}, expected {{")
            } else {
                format!("syntax error: unexpected {d}, expected {{ after if clause")
            }
        }
        Header::For if h.range || h.semis >= 2 => format!("syntax error: unexpected {d}, expected {{ after for clause"),
        Header::For if h.semis == 1 => {
            if lbrace && ctx.prev() == Some(";") {
                "syntax error: expected for loop condition".to_string()
            } else {
                format!("syntax error: unexpected {d}, expected semicolon or newline")
            }
        }
        Header::For if !lbrace && has("{") => format!("syntax error: unexpected {d}, expected {{"),
        Header::Switch if !lbrace && has("{") => {
            if h.semis == 0 {
                format!("syntax error: unexpected {d}, expected {{")
            } else {
                "syntax error: missing { after switch clause".to_string()
            }
        }
        Header::Select if !lbrace => "syntax error: missing { after select clause".to_string(),
        Header::Func if ctx.at_top_level() && has("{") && !lbrace => {
            format!("syntax error: unexpected {d} after top level declaration")
        }
        _ => return None,
    };
    Some(msg)
}

/// gc's `tokstring`: the words used for a token in "expected …".
fn tokstring(t: &str) -> String {
    match t {
        "," => "comma".to_string(),
        ";" => "semicolon or newline".to_string(),
        "chan" | "func" | "case" | "default" => format!("keyword {t}"),
        _ => t.to_string(),
    }
}
