//! Standard packages' function bodies, parsed only when the checker needs them.
//!
//! A standard file is parsed with the insides of its top-level function bodies blanked out
//! (every byte but newlines turned into a space, so every offset, line and column stays
//! what it is in the real file): most of a package's text is function bodies, and a
//! program reaches few of them (`types/lazy.rs`). When the checker needs a body, `body`
//! parses that function alone, from a text keeping only the package clause and the
//! function, so its spans are the real ones; its node ids continue after the program's.
//!
//! Invariant: a body is parsed at most once, and the block handed out lives as long as the
//! store (blocks are boxed in an append-only map).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use gint_syntax::ast;
use gint_syntax::span::FileId;

/// Where blanked bodies are and how to parse them.
#[derive(Default)]
pub struct Bodies {
    /// The real text of each file whose bodies were blanked.
    texts: HashMap<FileId, &'static str>,
    /// The blanked bodies: (file, offset of the body's `{`) → the function's start offset
    /// (its `func` keyword).
    blanked: HashMap<(FileId, u32), u32>,
    /// The bodies parsed so far.
    parsed: elsa::FrozenMap<(FileId, u32), Box<ast::Block>>,
    /// The next node id to give.
    next_id: Cell<u32>,
    /// Syntax errors in bodies parsed late (a bug of gint's standard library).
    errors: RefCell<Vec<crate::diag::Diagnostic>>,
}

impl Bodies {
    /// Blanks the function bodies of a standard file's `text`; returns the text to parse.
    pub fn blank(&mut self, file: FileId, text: &'static str) -> String {
        let found = find_bodies(text.as_bytes());
        if found.is_empty() {
            return text.to_string();
        }
        let mut out = text.as_bytes().to_vec();
        for b in &found {
            for c in &mut out[b.open + 1..b.close] {
                if *c != b'\n' {
                    *c = b' ';
                }
            }
            self.blanked.insert((file, b.open as u32), b.func as u32);
        }
        self.texts.insert(file, text);
        // Only ASCII bytes were written over whole characters, so the text is still UTF-8.
        String::from_utf8(out).unwrap_or_else(|_| text.to_string())
    }

    pub fn set_next_id(&self, id: u32) {
        self.next_id.set(id);
    }

    /// The body of a function declaration: its own, or, if it was blanked, the real one.
    pub fn body<'s>(&'s self, decl: &'s ast::FuncDecl) -> Option<&'s ast::Block> {
        let block = decl.body.as_ref()?;
        let key = (block.span.file, block.span.lo);
        let Some(&func) = self.blanked.get(&key) else { return Some(block) };
        if let Some(b) = self.parsed.get(&key) {
            return Some(b);
        }
        let text = self.texts.get(&key.0)?;
        // The package clause, blanks up to the function, the function.
        let end = block.span.hi as usize;
        let mut src: Vec<u8> = text.as_bytes()[..end].to_vec();
        let clause = package_clause_end(text.as_bytes());
        for c in &mut src[clause..func as usize] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
        let src = String::from_utf8(src).ok()?;
        let parsed = gint_syntax::parse_file(&src, key.0, self.next_id.get());
        self.next_id.set(parsed.next_id);
        if !parsed.errors.is_empty() {
            let mut errors = self.errors.borrow_mut();
            errors.extend(parsed.errors.iter().map(|e| crate::diag::Diagnostic::from_syntax(key.0, e)));
        }
        let body = parsed.ast.and_then(|f| {
            f.decls.into_iter().find_map(|d| match d {
                ast::Decl::Func(f) => f.body,
                _ => None,
            })
        })?;
        Some(self.parsed.insert(key, Box::new(body)))
    }

    /// Syntax errors met in bodies parsed so far.
    pub fn take_errors(&self) -> Vec<crate::diag::Diagnostic> {
        std::mem::take(&mut self.errors.borrow_mut())
    }
}

/// A top-level function body: the offsets of its `func` keyword and its braces.
struct Found {
    func: usize,
    open: usize,
    close: usize,
}

/// The end of the package clause (`package name`), which a body parsed alone keeps.
fn package_clause_end(s: &[u8]) -> usize {
    let mut i = 0;
    let mut seen_package = false;
    while i < s.len() {
        match skip_trivia(s, i) {
            Some(j) if j != i => i = j,
            _ => {
                if s[i].is_ascii_alphabetic() || s[i] == b'_' {
                    let start = i;
                    while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'_') {
                        i += 1;
                    }
                    if seen_package {
                        return i;
                    }
                    seen_package = &s[start..i] == b"package";
                } else {
                    i += 1;
                }
            }
        }
    }
    s.len()
}

/// Skips a comment or white space at `i`; returns where it ends (`i` if there is none).
fn skip_trivia(s: &[u8], i: usize) -> Option<usize> {
    if s[i].is_ascii_whitespace() {
        return Some(i + 1);
    }
    if s[i..].starts_with(b"//") {
        return Some(s[i..].iter().position(|&c| c == b'\n').map_or(s.len(), |n| i + n));
    }
    if s[i..].starts_with(b"/*") {
        return Some(s[i + 2..].windows(2).position(|w| w == b"*/").map_or(s.len(), |n| i + 2 + n + 2));
    }
    Some(i)
}

/// The end of the string, raw string or rune literal starting at `i`.
fn skip_literal(s: &[u8], i: usize) -> usize {
    let quote = s[i];
    let mut j = i + 1;
    while j < s.len() {
        match s[j] {
            b'\\' if quote != b'`' => j += 2,
            c if c == quote => return j + 1,
            b'\n' if quote != b'`' => return j,
            _ => j += 1,
        }
    }
    s.len()
}

/// The bodies of the top-level functions of a Go source file, found by a scan of its tokens:
/// after a `func` at nesting depth 0, the body is the first `{` outside parentheses and
/// brackets that does not open a `struct` or `interface` type, up to its matching `}`.
fn find_bodies(s: &[u8]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut depth = 0usize; // braces, parentheses and brackets
    let mut func: Option<usize> = None; // a top-level `func` whose body is not found yet
    let mut type_lit = false; // the next `{` opens a struct or interface type
    let mut open: Option<(usize, usize)> = None; // (func, `{`) of the body being skipped
    let mut last = b';'; // the last byte of the last token (a declaration starts after `;`)
    let mut newline = true; // a newline since that token
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if let Some(j) = skip_trivia(s, i).filter(|&j| j != i) {
            newline |= s[i..j].contains(&b'\n');
            i = j;
            continue;
        }
        // A declaration starts after a `;`, or after a newline that ends a statement (not
        // after an operator or an opening bracket, as in `var f = \n func() {}`).
        let decl_start = depth == 0 && (last == b';' || newline && !b"=,(+-*/%&|^<>!:.[{".contains(&last));
        newline = false;
        last = c;
        match c {
            b'"' | b'\'' | b'`' => {
                i = skip_literal(s, i);
                last = b'"';
                continue;
            }
            b'{' | b'(' | b'[' => {
                if c == b'{' && depth == 0 && func.is_some() && !type_lit {
                    open = func.take().map(|f| (f, i));
                }
                if c == b'{' {
                    type_lit = false;
                }
                depth += 1;
            }
            b'}' | b')' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && c == b'}' {
                    if let Some((f, o)) = open.take() {
                        out.push(Found { func: f, open: o, close: i });
                    }
                }
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'_' || s[i] >= 0x80) {
                    i += 1;
                }
                last = s[i - 1];
                match &s[start..i] {
                    b"func" if decl_start && open.is_none() => func = Some(start),
                    b"var" | b"const" | b"type" | b"import" if decl_start => func = None,
                    b"struct" | b"interface" => type_lit = true,
                    _ => {}
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(src: &str) -> Vec<&str> {
        find_bodies(src.as_bytes()).iter().map(|b| &src[b.open..=b.close]).collect()
    }

    #[test]
    fn finds_top_level_function_bodies_past_type_literals_and_literals() {
        let src = "package p\n\nfunc f(x struct{ a int }) interface{ M() } { return nil }\n\n\
                   func (r *T[K]) g() (s struct{}) { s = struct{}{}; _ = \"}\"; _ = '{'; return }\n\n\
                   var v = func() {}\n\nvar w =\nfunc() {}\n\ntype T[K interface{ ~int }] struct{ k K }\n\n\
                   func h() map[string]struct{} { /* } */ return `{` } // }\n\nfunc native() int\n\nvar x = T{}\n";
        assert_eq!(
            bodies(src),
            vec!["{ return nil }", "{ s = struct{}{}; _ = \"}\"; _ = '{'; return }", "{ /* } */ return `{` }"]
        );
    }

    #[test]
    fn the_package_clause_ends_after_the_name() {
        let src = b"// doc\n/* c */ package  p // x\nfunc f() {}";
        assert_eq!(&src[..package_clause_end(src)], b"// doc\n/* c */ package  p");
    }
}
