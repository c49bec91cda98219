//! Package regexp's natives: compiling (Go's syntax and errors, `regexp_syntax.rs`, onto
//! the regex crate) and one search primitive, `exec`, that the Go side
//! (`stdlib/regexp/`) builds every Find, Replace and Split method on, so the iteration
//! rules (empty matches, advancing) are Go's own code.
//!
//! Compiled programs live in a table of the (single) interpreter thread; a `*Regexp`
//! holds its index.
//!
//! Leftmost-longest matching (`Longest`), which the regex crate lacks: the leftmost start is
//! the leftmost-first match's; a lazy DFA built with `MatchKind::All` runs from there to
//! its dead state, so the last match it saw is the longest end; the submatches are, as in
//! Go's matchers, those of the highest-priority path from that start to that end, found by
//! the leftmost-first search of `(?:P)\z` in the text cut at the end.

use std::cell::RefCell;
use std::rc::Rc;

use regex_automata::hybrid::dfa::DFA;
use regex_automata::{Anchored, Input, MatchKind};

use super::regexp_syntax::translate;
use super::NativeFn;
use crate::runtime::slice;
use crate::runtime::value::{Str, Value};

/// A compiled program: the leftmost-first regex and, made on the first longest search, the
/// parts of leftmost-longest matching.
struct Prog {
    re: regex::bytes::Regex,
    pattern: String,
    longest: Option<Rc<Longest>>,
}

struct Longest {
    dfa: DFA,
    /// `(?:P)\z`, for the submatches of a match ending at a given position.
    ending: regex::bytes::Regex,
    /// Whether an assertion of P may look at the text after a match (`$`, `\b`, `\B`,
    /// `\z`), so cutting the text there could change the submatches.
    looks_right: bool,
}

thread_local! {
    static PROGS: RefCell<Vec<Prog>> = const { RefCell::new(Vec::new()) };
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "regexp.compile" => compile,
        "regexp.exec" => exec,
        "regexp.execLongest" => exec_longest,
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
                    p.push(Prog { re, pattern: t.pattern.clone(), longest: None });
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
        let Some(prog) = p.get(id) else { return Value::Nil };
        if pos < 0 || pos as usize > hay.len() {
            return Value::Nil;
        }
        let mut locs = prog.re.capture_locations();
        if prog.re.captures_read_at(&mut locs, hay, pos as usize).is_none() {
            return Value::Nil;
        }
        offsets(&locs)
    });
}

fn offsets(locs: &regex::bytes::CaptureLocations) -> Value {
    let mut words = Vec::with_capacity(2 * locs.len());
    for i in 0..locs.len() {
        let (lo, hi) = locs.get(i).map_or((-1, -1), |(l, h)| (l as i64, h as i64));
        words.push(lo as u64);
        words.push(hi as u64);
    }
    slice::from_words(words)
}

/// `execLongest(prog int, s string, pos int) ([]int, string)`: exec for the leftmost-longest
/// match; the string says why gint cannot answer exactly, if it cannot (the Go side panics
/// rather than give a leftmost-first answer in its place).
fn exec_longest(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let (id, hay, pos) = (a[0].int() as usize, a[1].str(), a[2].int());
    let found = PROGS.with(|p| {
        let mut p = p.borrow_mut();
        let prog = p.get_mut(id)?;
        if pos < 0 || pos as usize > hay.len() {
            return Some(Ok(Value::Nil));
        }
        let mut locs = prog.re.capture_locations();
        let Some(first) = prog.re.captures_read_at(&mut locs, hay, pos as usize) else {
            return Some(Ok(Value::Nil));
        };
        let longest = match &prog.longest {
            Some(l) => l.clone(),
            None => {
                let l = Rc::new(longest_parts(&prog.pattern)?);
                prog.longest = Some(l.clone());
                l
            }
        };
        let input = Input::new(hay).range(first.start()..).anchored(Anchored::Yes);
        let mut cache = longest.dfa.create_cache();
        let end = match longest.dfa.try_search_fwd(&mut cache, &input) {
            Ok(Some(hm)) => hm.offset(),
            _ => return Some(Err("its lazy DFA gave up on this text")),
        };
        if end == first.end() {
            return Some(Ok(offsets(&locs)));
        }
        if longest.looks_right && end < hay.len() {
            return Some(Err("an assertion looks past the end of a match"));
        }
        let mut ending = longest.ending.capture_locations();
        match longest.ending.captures_read_at(&mut ending, &hay[..end], first.start()) {
            Some(m) if m.start() == first.start() => Some(Ok(offsets(&ending))),
            _ => Some(Err("no path reaches the longest end")),
        }
    });
    let (m, why) = match found {
        Some(Ok(v)) => (v, ""),
        Some(Err(why)) => (Value::Nil, why),
        None => (Value::Nil, "the expression's automaton could not be built"),
    };
    fr.ret_multi = vec![m, str_val(why.as_bytes())];
}

fn longest_parts(pattern: &str) -> Option<Longest> {
    let syntax = regex_automata::util::syntax::Config::new().utf8(false);
    let dfa = DFA::builder()
        .configure(DFA::config().match_kind(MatchKind::All))
        .syntax(syntax)
        .thompson(regex_automata::nfa::thompson::Config::new().utf8(false))
        .build(pattern)
        .ok()?;
    let ending = regex::bytes::RegexBuilder::new(&format!("(?:{pattern})\\z")).size_limit(64 << 20).build().ok()?;
    let looks_right = ["$", "\\b", "\\B", "\\z"].iter().any(|a| pattern.contains(a));
    Some(Longest { dfa, ending, looks_right })
}

/// `matches(prog int, s string) bool`: whether the text has a match.
fn matches(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let (id, hay) = (a[0].int() as usize, a[1].str());
    let found = PROGS.with(|p| p.borrow().get(id).is_some_and(|prog| prog.re.is_match(hay)));
    fr.ret_word = found as u64;
}
