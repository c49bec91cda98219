//! Package encoding/json's natives: Marshal's walk over values (`encode.rs`), Unmarshal's
//! (`decode.rs`), the scanner with Compact and Indent (`scan.rs`), and struct fields as
//! JSON sees them (`fields.rs`). stdlib/encoding/json holds the API in Go and makes the
//! error values from the kind, text and cause these natives return.
//!
//! Values are walked by their runtime type (`RType`); MarshalJSON, MarshalText,
//! UnmarshalJSON and UnmarshalText methods are found by name in the method tables that
//! lowering records for programs importing encoding/json, and called back into Go.

mod decode;
mod encode;
mod fields;
mod scan;

use std::rc::Rc;

use super::NativeFn;
use crate::runtime::frame::Frame;
use crate::runtime::rtype::{MethodEntry, RType};
use crate::runtime::slice;
use crate::runtime::value::{Str, Value};

/// Error kinds, as stdlib/encoding/json/json.go numbers them.
const ERR_NONE: i64 = 0;
const ERR_UNSUPPORTED_TYPE: i64 = 1;
const ERR_UNSUPPORTED_VALUE: i64 = 2;
const ERR_MARSHALER: i64 = 3;
const ERR_SYNTAX: i64 = 4;
const ERR_INVALID_UNMARSHAL: i64 = 5;
const ERR_UNMARSHAL_TYPE: i64 = 6;
const ERR_CAUSE: i64 = 7;
const ERR_UNKNOWN_FIELD: i64 = 8;
const ERR_MARSHAL_TEXT: i64 = 9;
const ERR_MARSHALER_SYNTAX: i64 = 10;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "encoding/json.marshal" => encode::marshal,
        "encoding/json.unmarshal" => decode::unmarshal,
        "encoding/json.compact" => compact,
        "encoding/json.indent" => indent,
        "encoding/json.valueEnd" => value_end,
        _ => return None,
    })
}

/// `compact(dst, src, escapeHTML) (b []byte, kind int, s string, off int64)`.
fn compact(fr: &mut Frame, a: &[Value]) {
    let src = bytes_of(&a[1]);
    fr.ret_multi = match scan::parse(&src, fr.stack_limit) {
        Ok(_) => {
            let mut out = bytes_of(&a[0]);
            scan::compact(&src, a[2].bool(), &mut out);
            vec![bytes_value(out), Value::Int(ERR_NONE), str_value(""), Value::Int(0)]
        }
        Err(e) => syntax_result(e),
    };
}

/// `indent(dst, src, prefix, indent) (b []byte, kind int, s string, off int64)`.
fn indent(fr: &mut Frame, a: &[Value]) {
    let src = bytes_of(&a[1]);
    fr.ret_multi = match scan::parse(&src, fr.stack_limit) {
        Ok(_) => {
            let mut out = bytes_of(&a[0]);
            scan::indent(&src, a[2].str(), a[3].str(), &mut out);
            vec![bytes_value(out), Value::Int(ERR_NONE), str_value(""), Value::Int(0)]
        }
        Err(e) => syntax_result(e),
    };
}

fn syntax_result(e: scan::SyntaxError) -> Vec<Value> {
    vec![Value::Nil, Value::Int(ERR_SYNTAX), str_value(&e.msg), Value::Int(e.offset as i64)]
}

/// `valueEnd(data) (n int, kind int, s string, off int64)`: the length of the first JSON
/// value in data, -1 when data ends first.
fn value_end(fr: &mut Frame, a: &[Value]) {
    let data = bytes_of(&a[0]);
    fr.ret_multi = match scan::value_end(&data, fr.stack_limit) {
        Ok(n) => vec![Value::Int(n.map_or(-1, |n| n as i64)), Value::Int(ERR_NONE), str_value(""), Value::Int(0)],
        Err(e) => vec![Value::Int(-1), Value::Int(ERR_SYNTAX), str_value(&e.msg), Value::Int(e.offset as i64)],
    };
}

/// Go's "stack overflow" when the goroutine's stack is nearly used up (`limit` is the
/// frame's `stack_limit`): nesting deep enough to exhaust gint's goroutine stacks (512 KiB)
/// ends the program cleanly instead of faulting, where Go's growable stacks would go on.
fn check_stack(limit: usize) {
    let here = 0u8;
    if (std::ptr::addr_of!(here) as usize) < limit {
        crate::runtime::panic::stack_overflow();
    }
}

/// The bytes of a `[]byte` value.
fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(s) => s.words().iter().map(|w| w.get() as u8).collect(),
        _ => Vec::new(),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    slice::from_words(b.into_iter().map(u64::from).collect())
}

fn str_value(s: &str) -> Value {
    Value::Str(Str::from_bytes(s.as_bytes().to_vec()))
}

/// A scalar read from a word (a slice element, a pointee) as a struct field or interface
/// holds it: `Float` or `Bool` rather than the word's `Int`.
fn scalar(rt: &RType, v: Value) -> Value {
    match (rt.underlying(), v) {
        (RType::Float(_), Value::Int(bits)) => Value::Float(f64::from_bits(bits as u64)),
        (RType::Bool, Value::Int(w)) => Value::Bool(w != 0),
        (_, v) => v,
    }
}

/// The method `name` of type `rt` (a declared type or a pointer to one), if its method set
/// has it; with `addressable`, a pointer method of a declared type counts too (Go calls it
/// on the value's address). The second result says whether the receiver must be a pointer.
fn method<'a>(rt: &'a RType, name: &str, addressable: bool) -> Option<(&'a MethodEntry, bool)> {
    let (d, is_ptr) = match rt {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => return None,
        },
        _ => return None,
    };
    let m = d.methods.get()?.iter().find(|m| &*m.sym == name)?;
    if is_ptr || !m.ptr_recv {
        return Some((m, false));
    }
    addressable.then_some((m, true))
}

/// A new pointer to a copy of `v` (of type `rt`), to call a pointer method on.
fn pointer_to(rt: &RType, v: Value) -> Value {
    if rt.is_word() {
        let w = match v {
            Value::Int(i) => i as u64,
            Value::Float(f) => f.to_bits(),
            Value::Bool(b) => b as u64,
            _ => 0,
        };
        Value::WordCell(Rc::new(std::cell::Cell::new(w)))
    } else {
        Value::Cell(crate::runtime::gc::new_cell(v))
    }
}

/// The value a pointer made by `pointer_to` now points to.
fn pointee(rt: &RType, p: &Value) -> Value {
    scalar(rt, crate::runtime::value::deref(p).unwrap_or_default())
}

/// Calls method `m` of `x` (of type `rt`; through a new pointer when `via_ptr`) with
/// `args`; its results (a single result as a one-element vector).
fn call(fr: &mut Frame, rt: &RType, x: &Value, m: &MethodEntry, via_ptr: bool, args: &[Value]) -> Vec<Value> {
    let id = m.name;
    let results = match &m.typ {
        RType::Func(f) => f.results.len(),
        _ => 1,
    };
    if via_ptr {
        let p = pointer_to(rt, x.clone());
        let prt = RType::Pointer(Rc::new(rt.clone()));
        crate::eval::lower::call_method_with(fr, &prt, &p, id, args);
    } else {
        crate::eval::lower::call_method_with(fr, rt, x, id, args);
    }
    if results == 1 {
        vec![std::mem::take(&mut fr.ret_val)]
    } else {
        std::mem::take(&mut fr.ret_multi)
    }
}
