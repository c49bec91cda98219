//! Package unsafe's natives: `StringData`, a string's bytes as a `*byte`, and `String`,
//! a string of the bytes a `*byte` points to.
//!
//! A `*byte` is a pointer to element `i` of a backing array of words, so `StringData`
//! gives a string an array holding a copy of its bytes (strings are immutable, so reads
//! through it are right). Two calls on strings sharing their bytes must give equal
//! pointers, and a copy a different one: the array is kept in a table keyed by where the
//! string's bytes live, beside the string itself, so that address cannot be reused by
//! another string while the array lives.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::NativeFn;
use crate::runtime::panic::runtime_error;
use crate::runtime::value::{deref, Ref, RefRoot, SliceData, Str, Value};

type Words = Rc<[Cell<u64>]>;

/// The arrays given out, by the address and length of the bytes of the string they copy.
struct Table {
    entries: Vec<((usize, usize), Str, Weak<[Cell<u64>]>)>,
    /// Entries made since the last pruning of those whose array is gone.
    added: usize,
}

thread_local! {
    static TABLE: RefCell<Table> = const { RefCell::new(Table { entries: Vec::new(), added: 0 }) };
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "unsafe.StringData" => string_data,
        "unsafe.String" => string,
        _ => return None,
    })
}

fn string_data(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let s = match &a[0] {
        Value::Str(s) if !s.bytes().is_empty() => s.clone(),
        _ => {
            fr.ret_val = Value::Nil;
            return;
        }
    };
    let key = (s.bytes().as_ptr() as usize, s.bytes().len());
    let words = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let found = t.entries.iter().find(|(k, _, _)| *k == key).and_then(|(_, _, w)| w.upgrade());
        if let Some(w) = found {
            return w;
        }
        let w: Words = s.bytes().iter().map(|&b| Cell::new(b as u64)).collect();
        t.entries.retain(|(k, _, _)| *k != key);
        t.entries.push((key, s.clone(), Rc::downgrade(&w)));
        t.added += 1;
        if t.added >= 64 {
            t.entries.retain(|(_, _, w)| w.strong_count() > 0);
            t.added = 0;
        }
        w
    });
    fr.ret_val = Value::Ref(Rc::new(Ref { root: RefRoot::Elem(SliceData::Words(words), 0), path: Vec::new() }));
}

fn string(fr: &mut crate::runtime::frame::Frame, a: &[Value]) {
    let n = a[1].int();
    if n < 0 {
        runtime_error("unsafe.String: len out of range".to_string());
    }
    let n = n as usize;
    let bytes: Vec<u8> = match &a[0] {
        Value::Nil if n > 0 => runtime_error("unsafe.String: ptr is nil and len is not zero".to_string()),
        _ if n == 0 => Vec::new(),
        Value::Ref(r) if r.path.is_empty() => match &r.root {
            RefRoot::Elem(SliceData::Words(w), i) if *i + n <= w.len() => {
                w[*i..*i + n].iter().map(|c| c.get() as u8).collect()
            }
            _ => past_the_variable(n, &a[0]),
        },
        p => past_the_variable(n, p),
    };
    fr.ret_val = Value::Str(Str::from_bytes(bytes));
}

/// One byte can be read through any pointer; more only within an array.
fn past_the_variable(n: usize, p: &Value) -> Vec<u8> {
    match deref(p) {
        Some(v) if n == 1 => vec![v.int() as u8],
        _ => runtime_error("unsafe.String: len out of range".to_string()),
    }
}
