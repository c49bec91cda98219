//! Package regexp's natives: compiling (Go's syntax and errors, `regexp_syntax.rs`, onto
//! the regex crate) and one search primitive, `exec`, that the Go side
//! (`stdlib/regexp/`) builds every Find, Replace and Split method on, so the iteration
//! rules (empty matches, advancing) are Go's own code.
//!
//! Compiled programs live in a table of the (single) interpreter thread; a `*Regexp`
//! holds its index.

use std::cell::RefCell;

use super::regexp_syntax::translate;
use super::NativeFn;
use crate::runtime::slice;
use crate::runtime::value::{Str, Value};

thread_local! {
    static PROGS: RefCell<Vec<regex::bytes::Regex>> = const { RefCell::new(Vec::new()) };
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "regexp.compile" => compile,
        "regexp.exec" => exec,
        "regexp.matches" => matches,
        _ => return None,
    })
}

fn str_val(b: &[u8]) -> Value {
    Value::Str(Str::from_bytes(b.to_vec()))
}

/// `compile(expr string) (prog int, names []string, code, frag string)`: code is empty on
/// success, else Go's error code text and the fragment it quotes.
fn compile(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let expr = a[0].str();
    let (prog, names, code, frag) = match translate(expr) {
        Err(e) => (-1, Vec::new(), e.code, e.expr),
        Ok(t) => match regex::bytes::RegexBuilder::new(&t.pattern).size_limit(64 << 20).build() {
            Ok(re) => {
                let id = PROGS.with(|p| {
                    let mut p = p.borrow_mut();
                    p.push(re);
                    p.len() - 1
                });
                (id as i64, t.names, "", Vec::new())
            }
            Err(regex::Error::CompiledTooBig(_)) => (-1, Vec::new(), "expression too large", expr.to_vec()),
            Err(_) => (-1, Vec::new(), "regexp/syntax: internal error", expr.to_vec()),
        },
    };
    let names = slice::from_vals(names.iter().map(|n| str_val(n.as_bytes())).collect());
    fr.ret_multi = vec![Value::Int(prog), names, str_val(code.as_bytes()), str_val(&frag)];
}

/// `exec(prog int, s string, pos int) []int`: the submatch offsets (-1 for a group that
/// did not take part) of the leftmost-first match starting at or after pos, nil if none.
/// Assertions (`^`, `\b`) see the text before pos, as Go's.
fn exec(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let (id, hay, pos) = (a[0].int() as usize, a[1].str(), a[2].int());
    fr.ret_val = PROGS.with(|p| {
        let p = p.borrow();
        let Some(re) = p.get(id) else { return Value::Nil };
        if pos < 0 || pos as usize > hay.len() {
            return Value::Nil;
        }
        let mut locs = re.capture_locations();
        if re.captures_read_at(&mut locs, hay, pos as usize).is_none() {
            return Value::Nil;
        }
        let mut words = Vec::with_capacity(2 * locs.len());
        for i in 0..locs.len() {
            let (lo, hi) = locs.get(i).map_or((-1, -1), |(l, h)| (l as i64, h as i64));
            words.push(lo as u64);
            words.push(hi as u64);
        }
        slice::from_words(words)
    });
}

/// `matches(prog int, s string) bool`: whether the text has a match.
fn matches(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let (id, hay) = (a[0].int() as usize, a[1].str());
    let found = PROGS.with(|p| p.borrow().get(id).is_some_and(|re| re.is_match(hay)));
    fr.ret_word = found as u64;
}
