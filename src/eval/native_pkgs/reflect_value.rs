//! reflect's natives on values: reading and writing the value a `reflect.Value` stands
//! for, through the variable it lives in when it is addressable.
//!
//! Invariants: a `reflect.Value` (stdlib/reflect/value.go) is the struct `{t, val, flag}`:
//! `t` numbers its type (`reflect_type::intern`); without `FLAG_ADDR`, `val` is the value
//! itself as an interface holds it (scalars as `Int`, `Float`, `Bool`); with it, `val` is a
//! pointer (`Cell`, `WordCell` or `Ref`) to the variable holding the value, so writes through
//! one Value are seen through every other. With `FLAG_METHOD`, `val` is the pair (receiver
//! as an interface value, method number) and `t` the method's type without receiver.

use std::rc::Rc;

use super::reflect_type::{elem_of, intern, method_list, type_of};
use crate::eval::lower::{Class, FuncCode, StmtE};
use crate::runtime::frame::Frame;
use crate::runtime::panic;
use crate::runtime::rtype::RType;
use crate::runtime::slice;
use crate::runtime::value::{deref, values_eq, Ref, RefRoot, SliceData, Str, Value};

pub const FLAG_ADDR: i64 = 1;
pub const FLAG_RO: i64 = 2;
pub const FLAG_METHOD: i64 = 4;
/// Reached through an embedded unexported field: read-only, but its exported fields are not.
pub const FLAG_EMBED_RO: i64 = 8;

/// The read-only flag a value derived from one with `flag` gets.
fn ro(flag: i64) -> i64 {
    if flag & (FLAG_RO | FLAG_EMBED_RO) != 0 {
        FLAG_RO
    } else {
        0
    }
}

/// A `reflect.Value`'s fields.
pub struct RV {
    pub t: i64,
    pub val: Value,
    pub flag: i64,
}

impl RV {
    pub fn of(v: &Value) -> RV {
        match v {
            Value::Struct(fs) if fs.len() == 3 => RV { t: fs[0].int(), val: fs[1].clone(), flag: fs[2].int() },
            _ => RV { t: 0, val: Value::Nil, flag: 0 },
        }
    }

    pub fn rtype(&self) -> RType {
        type_of(self.t)
    }

    /// The value itself (read through its variable if addressable).
    pub fn load(&self) -> Value {
        if self.flag & FLAG_ADDR != 0 {
            let v = deref(&self.val).unwrap_or_default();
            normalize(&self.rtype(), v)
        } else {
            self.val.clone()
        }
    }
}

/// A `reflect.Value` struct.
pub fn mk(t: i64, val: Value, flag: i64) -> Value {
    Value::Struct(Rc::new(vec![Value::Int(t), val, Value::Int(flag)]))
}

fn mk_rt(rt: &RType, val: Value, flag: i64) -> Value {
    mk(intern(rt), val, flag)
}

/// A scalar read from a word (a variable or element held untagged) as an interface holds
/// it: floats and booleans from their bits.
pub fn normalize(rt: &RType, v: Value) -> Value {
    match (rt.underlying(), v) {
        (RType::Float(_), Value::Int(w)) => Value::Float(f64::from_bits(w as u64)),
        (RType::Bool, Value::Int(w)) => Value::Bool(w != 0),
        (_, v) => v,
    }
}

/// An element of a slice or array's storage, as an interface holds it.
fn elem_value(et: &RType, so: &crate::runtime::value::SliceObj, i: usize) -> Value {
    normalize(et, so.get_value(i))
}

/// A pointer to the field at `path` inside what pointer `p` points to.
fn ref_into(p: &Value, i: usize) -> Value {
    match p {
        Value::Cell(c) => Value::Ref(Rc::new(Ref { root: RefRoot::Cell(c.clone()), path: vec![i] })),
        Value::Ref(r) => Value::Ref(Rc::new(Ref {
            root: match &r.root {
                RefRoot::Cell(c) => RefRoot::Cell(c.clone()),
                RefRoot::Elem(d, j) => RefRoot::Elem(d.clone(), *j),
            },
            path: r.path.iter().copied().chain([i]).collect(),
        })),
        _ => panic::nil_dereference(),
    }
}

/// A pointer to element `i` of a slice or array's storage.
fn ref_elem(so: &crate::runtime::value::SliceObj, i: usize) -> Value {
    Value::Ref(Rc::new(Ref { root: RefRoot::Elem(so.data.clone(), so.off + i), path: Vec::new() }))
}

/// A fresh variable holding `v` of type `rt`: a pointer to it.
pub fn new_var(rt: &RType, v: Value) -> Value {
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

/// Value `x` of type `xt` as a variable of type `t` holds it: boxed in an interface when
/// `t` is an interface type and `x` is not; arrays copied.
pub fn value_as(xt: &RType, x: Value, t: &RType) -> Value {
    let t_iface = matches!(t.underlying(), RType::Interface(_));
    let x_iface = matches!(xt.underlying(), RType::Interface(_));
    if t_iface && !x_iface {
        return Value::Iface(Rc::new((xt.clone(), slice::copy_typed(xt, &x))));
    }
    slice::copy_typed(xt, &x)
}

/// Writes `x` (of type `xt`) into the variable `v` stands for.
fn store_into(v: &RV, xt: &RType, x: Value) {
    let t = v.rtype();
    let x = value_as(xt, x, &t);
    if let RType::Array(..) = t.underlying() {
        // Into the array's own storage, which slices of it and pointers into it share.
        slice::assign_array(&v.load(), &x, array_depth(&t));
        return;
    }
    crate::eval::lower::write_ptr(&v.val, &[], x);
}

fn array_depth(t: &RType) -> usize {
    match t.underlying() {
        RType::Array(_, e) if matches!(e.underlying(), RType::Array(..)) => 1 + array_depth(e),
        _ => 0,
    }
}

fn ret_int(fr: &mut Frame, x: i64) {
    fr.ret_word = x as u64;
}

fn ret_bool(fr: &mut Frame, x: bool) {
    fr.ret_word = x as u64;
}

/// Whether `x` of type `rt` is its type's zero value.
fn is_zero(rt: &RType, x: &Value) -> bool {
    match rt.underlying() {
        RType::Bool => !x.bool() && x.int() == 0,
        RType::Int(_) => x.int() == 0,
        RType::Float(_) => match x {
            Value::Float(f) => f.to_bits() == 0,
            v => v.int() == 0,
        },
        RType::Complex(_) => matches!(x, Value::Complex(c) if c.0.to_bits() == 0 && c.1.to_bits() == 0),
        RType::String => x.str().is_empty(),
        RType::Array(_, et) => match x {
            Value::Slice(so) => (0..so.len).all(|i| is_zero(et, &elem_value(et, so, i))),
            _ => true,
        },
        RType::Struct(fs) => match x {
            Value::Struct(vs) => fs.iter().zip(vs.iter()).all(|(f, v)| is_zero(&f.typ, v)),
            _ => true,
        },
        _ => matches!(x, Value::Nil),
    }
}

fn elem(v: &RV) -> Value {
    let t = v.rtype();
    let ro = ro(v.flag);
    let x = v.load();
    match t.underlying() {
        RType::Pointer(et) => match x {
            Value::Nil => mk(0, Value::Nil, 0),
            p => mk_rt(et, p, FLAG_ADDR | ro),
        },
        _ => match x {
            Value::Iface(iv) => mk_rt(&iv.0, iv.1.clone(), ro),
            _ => mk(0, Value::Nil, 0),
        },
    }
}

fn field(v: &RV, i: usize) -> Value {
    let t = v.rtype();
    let RType::Struct(fs) = t.underlying() else { return mk(0, Value::Nil, 0) };
    let Some(f) = fs.get(i) else { return mk(0, Value::Nil, 0) };
    let ro = match (&f.pkg_path, f.embedded) {
        (Some(_), true) => FLAG_EMBED_RO,
        (Some(_), false) => FLAG_RO,
        (None, _) => v.flag & FLAG_RO,
    };
    if v.flag & FLAG_ADDR != 0 {
        return mk_rt(&f.typ, ref_into(&v.val, i), FLAG_ADDR | ro);
    }
    let x = match &v.val {
        Value::Struct(vs) => vs.get(i).cloned().unwrap_or_default(),
        _ => f.typ.zero(),
    };
    mk_rt(&f.typ, normalize(&f.typ, x), ro)
}

fn index(v: &RV, i: usize) -> Value {
    let t = v.rtype();
    let ro = ro(v.flag);
    let x = v.load();
    match (t.underlying(), &x) {
        (RType::String, _) => {
            let b = x.str().get(i).copied().unwrap_or(0);
            mk_rt(&RType::Int(crate::runtime::value::IntKind::U8), Value::Int(b as i64), ro)
        }
        (RType::Slice(et), Value::Slice(so)) => mk_rt(et, ref_elem(so, i), FLAG_ADDR | ro),
        (RType::Array(_, et), Value::Slice(so)) if v.flag & FLAG_ADDR != 0 => {
            mk_rt(et, ref_elem(so, i), FLAG_ADDR | ro)
        }
        (RType::Array(_, et), Value::Slice(so)) => mk_rt(et, elem_value(et, so, i), ro),
        _ => panic::index_out_of_range(i as i64, 0),
    }
}

fn len_of(v: &RV) -> i64 {
    let x = v.load();
    match &x {
        Value::Str(s) => s.bytes().len() as i64,
        Value::Slice(so) => so.len as i64,
        Value::Map(m) => m.borrow().len() as i64,
        Value::Chan(_) => crate::runtime::chan::len(&x),
        _ => 0,
    }
}

fn cap_of(v: &RV) -> i64 {
    let x = v.load();
    match &x {
        Value::Slice(so) => so.cap as i64,
        Value::Chan(_) => crate::runtime::chan::cap(&x),
        _ => 0,
    }
}

/// The value `v` stands for as an interface value (an interface-typed one as it is).
pub fn to_interface(v: &RV) -> Value {
    let t = v.rtype();
    if v.flag & FLAG_METHOD != 0 {
        return Value::Iface(Rc::new((t, method_func(v))));
    }
    let x = v.load();
    if let RType::Interface(_) = t.underlying() {
        return x;
    }
    Value::Iface(Rc::new((t.clone(), slice::copy_typed(&t, &x))))
}

fn load_complex(v: &RV) -> (f64, f64) {
    match v.load() {
        Value::Complex(c) => *c,
        _ => (0.0, 0.0),
    }
}

/// `storeScalar(v, x)`: x (boxed) converted to v's type and stored.
fn store_scalar(v: &RV, x: &Value) {
    let t = v.rtype();
    let Value::Iface(iv) = x else { return };
    let y = match (t.underlying(), &iv.1) {
        (RType::Int(k), Value::Int(i)) => Value::Int(k.wrap(*i)),
        (RType::Float(32), Value::Float(f)) => Value::Float(*f as f32 as f64),
        (RType::Complex(64), Value::Complex(c)) => Value::Complex(Rc::new((c.0 as f32 as f64, c.1 as f32 as f64))),
        (_, y) => y.clone(),
    };
    crate::eval::lower::write_ptr(&v.val, &[], y);
}

fn map_index(m: &RV, key: &RV) -> Value {
    let t = m.rtype();
    let RType::Map(kt, et) = t.underlying() else { return mk(0, Value::Nil, 0) };
    let k = value_as(&key.rtype(), key.load(), kt);
    match m.load() {
        Value::Map(mo) => match mo.borrow().get(&k) {
            Some(x) => mk_rt(et, normalize(et, x.clone()), ro(m.flag)),
            None => mk(0, Value::Nil, 0),
        },
        _ => mk(0, Value::Nil, 0),
    }
}

fn map_keys(m: &RV) -> Value {
    let t = m.rtype();
    let RType::Map(kt, _) = t.underlying() else { return Value::Nil };
    let kid = intern(kt);
    let keys: Vec<Value> = match m.load() {
        Value::Map(mo) => mo.borrow().entries().map(|(k, _)| mk(kid, normalize(kt, k.clone()), ro(m.flag))).collect(),
        _ => Vec::new(),
    };
    slice::from_vals(keys)
}

fn set_map_index(m: &RV, key: &RV, elem: &RV) {
    let t = m.rtype();
    let RType::Map(kt, et) = t.underlying() else { return };
    let k = value_as(&key.rtype(), key.load(), kt);
    let Value::Map(mo) = m.load() else {
        if elem.t == 0 {
            return;
        }
        panic::plain_error("assignment to entry in nil map".to_string())
    };
    if elem.t == 0 {
        mo.borrow_mut().delete(&k);
        return;
    }
    let x = value_as(&elem.rtype(), elem.load(), et);
    mo.borrow_mut().insert(k, x);
}

fn slice_of_value(v: &RV, i: i64, j: i64, k: i64) -> Value {
    let x = v.load();
    let max = (k >= 0).then_some(k);
    match &x {
        Value::Str(s) => Value::Str(s.substr(i as usize..j as usize)),
        _ => slice::slice(&x, Some(i), Some(j), max),
    }
}

fn append_values(s: &RV, xs: &Value) -> Value {
    let t = s.rtype();
    let Some(et) = elem_of(&t) else { return Value::Nil };
    let items: Vec<Value> = match xs {
        Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
        _ => Vec::new(),
    };
    let items: Vec<Value> = items
        .iter()
        .map(|x| {
            let x = RV::of(x);
            value_as(&x.rtype(), x.load(), &et)
        })
        .collect();
    let base = s.load();
    let (len, cap) = (slice::len(&base), slice::cap(&base));
    let n = len + items.len();
    let out = if n <= cap {
        slice::slice(&base, Some(0), Some(n as i64), None)
    } else {
        let new_cap = n.max(cap * 2).max(4);
        let fresh = slice::make_fresh(n as i64, new_cap as i64, &|| et.zero());
        let fresh = if et.is_word() { words_slice(n, new_cap) } else { fresh };
        if let (Value::Slice(d), Value::Slice(src)) = (&fresh, &base) {
            slice::copy_into(&d.data, d.off, &src.data, src.off, len);
        }
        fresh
    };
    if let Value::Slice(so) = &out {
        for (i, x) in items.into_iter().enumerate() {
            set_elem(so, len + i, x);
        }
    }
    out
}

fn words_slice(len: usize, cap: usize) -> Value {
    slice::make(len as i64, cap as i64, true, &Value::Int(0))
}

fn set_elem(so: &crate::runtime::value::SliceObj, i: usize, x: Value) {
    match &so.data {
        SliceData::Words(w) => w[so.off + i].set(match x {
            Value::Int(i) => i as u64,
            Value::Float(f) => f.to_bits(),
            Value::Bool(b) => b as u64,
            _ => 0,
        }),
        SliceData::Vals(vs) => *vs[so.off + i].borrow_mut() = x,
    }
}

fn copy_values(dst: &RV, src: &RV) -> i64 {
    let (d, s) = (dst.load(), src.load());
    if let Value::Str(st) = &s {
        let Value::Slice(so) = &d else { return 0 };
        let n = so.len.min(st.bytes().len());
        for (i, b) in st.bytes()[..n].iter().enumerate() {
            set_elem(so, i, Value::Int(*b as i64));
        }
        return n as i64;
    }
    slice::copy(&d, &s)
}

/// `v` converted to type `u` (convertibility already checked).
fn convert(v: &RV, u: &RType) -> Value {
    use crate::runtime::value::IntKind;
    let t = v.rtype();
    let x = v.load();
    match (t.underlying(), u.underlying()) {
        (_, RType::Interface(_)) => value_as(&t, x, u),
        (RType::Int(k), RType::Int(ku)) => {
            let i = if k.is_unsigned() { x.int() } else { x.int() };
            Value::Int(ku.wrap(i))
        }
        (RType::Int(k), RType::Float(b)) => {
            let f = if k.is_unsigned() { x.int() as u64 as f64 } else { x.int() as f64 };
            Value::Float(if *b == 32 { f as f32 as f64 } else { f })
        }
        (RType::Float(_), RType::Int(ku)) => {
            let f = x.float();
            Value::Int(ku.wrap(if ku.is_unsigned() { f as u64 as i64 } else { f as i64 }))
        }
        (RType::Float(_), RType::Float(b)) => Value::Float(if *b == 32 { x.float() as f32 as f64 } else { x.float() }),
        (RType::Complex(_), RType::Complex(b)) => match x {
            Value::Complex(c) if *b == 64 => Value::Complex(Rc::new((c.0 as f32 as f64, c.1 as f32 as f64))),
            x => x,
        },
        (RType::Int(_), RType::String) => {
            let r = x.int();
            let c =
                if (0..=0x10ffff).contains(&r) { char::from_u32(r as u32).unwrap_or('\u{fffd}') } else { '\u{fffd}' };
            Value::Str(Str::from_bytes(c.to_string().into_bytes()))
        }
        (RType::Slice(e), RType::String) => {
            let Value::Slice(so) = &x else { return Value::Str(Str::from_bytes(Vec::new())) };
            let items = (0..so.len).map(|i| so.get_value(i).int());
            let bytes = if matches!(e.underlying(), RType::Int(IntKind::U8)) {
                items.map(|b| b as u8).collect()
            } else {
                let s: String = items.map(|r| char::from_u32(r as u32).unwrap_or('\u{fffd}')).collect();
                s.into_bytes()
            };
            Value::Str(Str::from_bytes(bytes))
        }
        (RType::String, RType::Slice(e)) => {
            if matches!(e.underlying(), RType::Int(IntKind::U8)) {
                slice::from_words(x.str().iter().map(|&b| b as u64).collect())
            } else {
                let s = String::from_utf8_lossy(x.str()).into_owned();
                slice::from_words(s.chars().map(|c| c as u64).collect())
            }
        }
        (RType::Slice(_), RType::Array(n, _)) => {
            if slice::len(&x) < *n as usize {
                panic::runtime_error(format!(
                    "cannot convert slice with length {} to array or pointer to array with length {n}",
                    slice::len(&x)
                ));
            }
            slice::copy_array(&slice::slice(&x, Some(0), Some(*n as i64), None), None)
        }
        _ => x,
    }
}

fn pointer_of(v: &RV) -> i64 {
    crate::eval::fmt::fake_addr(crate::eval::fmt::addr_of(&v.load())) as i64
}

/// `v.Method(i)`: its type and (receiver as an interface value, method number).
fn method_value(fr: &mut Frame, v: &RV, i: usize) {
    // Results even where the method is not found, so the caller reads two.
    fr.ret_multi = vec![Value::Int(0), Value::Nil];
    let t = v.rtype();
    let (recv_t, recv) = match t.underlying() {
        RType::Interface(_) => match v.load() {
            Value::Iface(iv) => (iv.0.clone(), iv.1.clone()),
            _ => panic::nil_dereference(),
        },
        _ => (t.clone(), v.load()),
    };
    let ms = method_list(&t);
    let Some((name, _, typ, _)) = ms.get(i) else { return };
    // The method of the receiver's (dynamic) type by that name.
    let dyn_ms = method_list(&recv_t);
    let Some((_, _, dyn_typ, Some(id))) = dyn_ms.iter().find(|m| m.0 == *name) else { return };
    let typ = match (t.underlying(), dyn_typ) {
        (RType::Interface(_), _) => typ.clone(),
        (_, RType::Func(f)) => RType::Func(Rc::new(crate::runtime::rtype::FuncType {
            params: f.params[1..].to_vec(),
            results: f.results.clone(),
            variadic: f.variadic,
        })),
        _ => typ.clone(),
    };
    let pair = Value::Struct(Rc::new(vec![Value::Iface(Rc::new((recv_t, recv))), Value::Int(*id as i64)]));
    fr.ret_multi = vec![Value::Int(intern(&typ)), pair];
}

/// A method value as a function value (`v.Method(i).Interface()`).
fn method_func(v: &RV) -> Value {
    let Value::Struct(pair) = &v.val else { return Value::Nil };
    let (recv, id) = (pair[0].clone(), pair[1].int() as u32);
    let ft = v.rtype();
    let params = match ft.underlying() {
        RType::Func(f) => f.params.clone(),
        _ => Vec::new(),
    };
    let results = match &recv {
        Value::Iface(iv) => method_results(&iv.0, id),
        _ => Vec::new(),
    };
    forwarding_func(&params, results, move |fr, args| {
        let Value::Iface(iv) = &recv else { return };
        crate::eval::lower::call_method_with(fr, &iv.0, &iv.1, id, args);
    })
}

/// `methodExpr(t, i)`: method i of type t as a function taking its receiver first.
fn method_expr(t: &RType, i: usize) -> Value {
    let ms = method_list(t);
    let Some((_, _, RType::Func(f), Some(id))) = ms.get(i).cloned() else { return Value::Nil };
    let recv_t = t.clone();
    forwarding_func(&f.params, method_results(t, id), move |fr, args| {
        crate::eval::lower::call_method_with(fr, &recv_t, &args[0], id, &args[1..]);
    })
}

/// How the results of method `id` of type `t` are held.
fn method_results(t: &RType, id: u32) -> Vec<Class> {
    crate::eval::lower::find_method(t, &[id]).map_or_else(Vec::new, |(m, _)| m.func.code.results.clone())
}

/// A function value with parameters of types `params` whose body hands its arguments (as
/// interface values hold them) to `f`, which leaves the results (held as `results`) in
/// the registers.
fn forwarding_func(params: &[RType], results: Vec<Class>, f: impl Fn(&mut Frame, &[Value]) + 'static) -> Value {
    let n = params.len();
    let words: Vec<Option<RType>> = params.iter().map(|p| p.is_word().then(|| p.clone())).collect();
    let code = Rc::new(FuncCode { size: n.max(1), body: std::cell::OnceCell::new(), results });
    let body: StmtE = Box::new(move |fr| {
        let args: Vec<Value> = words
            .iter()
            .enumerate()
            .map(|(i, w)| match w {
                Some(t) => normalize(t, Value::Int(fr.word(i as u32) as i64)),
                None => fr.val(i as u32).clone(),
            })
            .collect();
        f(fr, &args);
        crate::runtime::frame::Flow::Return
    });
    let _ = code.body.set(body);
    Value::Func(Rc::new(crate::eval::FuncValue { code, env: Rc::from(Vec::new()) }))
}

/// How a value of type `rt` is held in a frame slot or result register.
fn class_of(rt: &RType) -> Class {
    match rt.underlying() {
        RType::Int(k) => Class::Int(*k),
        RType::Float(b) => Class::Float(*b == 32),
        RType::Bool => Class::Bool,
        _ => Class::Val,
    }
}

/// `MakeFunc(typ, fn)`: a function of type `t` that hands its arguments to `fn` as
/// Values and returns what fn returns.
fn make_func(t: &RType, func: Value) -> Value {
    let Some(ft) = (match t.underlying() {
        RType::Func(f) => Some(f.clone()),
        _ => None,
    }) else {
        return Value::Nil;
    };
    let Value::Func(fv) = func else { return Value::Nil };
    let results: Vec<Class> = ft.results.iter().map(class_of).collect();
    let params = ft.params.clone();
    forwarding_func(&params, results, move |fr, args| {
        let ins: Vec<Value> = args.iter().zip(&ft.params).map(|(a, pt)| mk_rt(pt, a.clone(), 0)).collect();
        crate::eval::lower::call_func_with(fr, &fv, &[slice::from_vals(ins)]);
        let outs = std::mem::take(&mut fr.ret_val);
        let outs: Vec<RV> = match &outs {
            Value::Slice(so) => (0..so.len).map(|i| RV::of(&so.get_value(i))).collect(),
            _ => Vec::new(),
        };
        if outs.len() != ft.results.len() {
            panic::plain_error("reflect: wrong return count from function created by MakeFunc".to_string());
        }
        let mut vals: Vec<Value> = Vec::new();
        for (o, rt) in outs.iter().zip(&ft.results) {
            if o.t == 0 {
                panic::plain_error(
                    "reflect: function created by MakeFunc using closure returned zero Value".to_string(),
                );
            }
            if !super::reflect_type::assignable(&o.rtype(), rt) {
                panic::plain_error(format!(
                    "reflect: function created by MakeFunc using closure returned wrong type: have {} for {}",
                    o.rtype().go_name(),
                    rt.go_name()
                ));
            }
            vals.push(value_as(&o.rtype(), o.load(), rt));
        }
        match vals.len() {
            0 => {}
            1 => {
                let v = vals.remove(0);
                match v {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) if ft.results[0].is_word() => {
                        fr.ret_word = match v {
                            Value::Int(i) => i as u64,
                            Value::Float(f) => f.to_bits(),
                            Value::Bool(b) => b as u64,
                            _ => 0,
                        }
                    }
                    v => fr.ret_val = v,
                }
            }
            _ => fr.ret_multi = vals,
        }
    })
}

/// `callFunc(v, in)`: calls the function or method value v with the arguments (already
/// checked and packed); its results as Values.
fn call_func(fr: &mut Frame, v: &RV, args: &Value) -> Value {
    let ft = v.rtype();
    let Some(f) = (match ft.underlying() {
        RType::Func(f) => Some(f.clone()),
        _ => None,
    }) else {
        return Value::Nil;
    };
    let ins: Vec<Value> = match args {
        Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
        _ => Vec::new(),
    };
    let ins: Vec<Value> = ins
        .iter()
        .zip(&f.params)
        .map(|(x, pt)| {
            let x = RV::of(x);
            value_as(&x.rtype(), x.load(), pt)
        })
        .collect();
    let classes = if v.flag & FLAG_METHOD != 0 {
        let Value::Struct(pair) = &v.val else { return Value::Nil };
        let Value::Iface(iv) = &pair[0] else { return Value::Nil };
        let id = pair[1].int() as u32;
        let Some((m, _)) = crate::eval::lower::find_method(&iv.0, &[id]) else { panic::nil_dereference() };
        let classes = m.func.code.results.clone();
        crate::eval::lower::call_method_with(fr, &iv.0, &iv.1, id, &ins);
        classes
    } else {
        let Value::Func(fv) = v.load() else { panic::nil_dereference() };
        crate::eval::lower::call_func_with(fr, &fv, &ins);
        fv.code.results.clone()
    };
    let results: Vec<Value> = match classes.len() {
        0 => Vec::new(),
        1 => vec![match classes[0] {
            Class::Val => std::mem::take(&mut fr.ret_val),
            _ => Value::Int(fr.ret_word as i64),
        }],
        _ => std::mem::take(&mut fr.ret_multi),
    };
    let out: Vec<Value> = results.into_iter().zip(&f.results).map(|(r, rt)| mk_rt(rt, normalize(rt, r), 0)).collect();
    slice::from_vals(out)
}

/// `selectCases(cases)`: reflect.Select over checked cases (`{dir, chan, send}` each).
fn select_cases(fr: &mut Frame, cases: &Value) {
    const SEND: i64 = 1;
    const DEFAULT: i64 = 3;
    let cases: Vec<Value> = match cases {
        Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
        _ => Vec::new(),
    };
    let (mut chans, mut zeros, mut index, mut dflt) = (Vec::new(), Vec::new(), Vec::new(), None);
    for (i, c) in cases.iter().enumerate() {
        let Value::Struct(fs) = c else { continue };
        let dir = fs[0].int();
        if dir == DEFAULT {
            dflt = Some(i);
            continue;
        }
        let ch = RV::of(&fs[1]);
        let et = elem_of(&ch.rtype()).unwrap_or(RType::Bool);
        let send = (dir == SEND).then(|| {
            let x = RV::of(&fs[2]);
            value_as(&x.rtype(), x.load(), &et)
        });
        let ch_val = if ch.t == 0 { Value::Nil } else { ch.load() };
        chans.push(crate::runtime::chan::Case { ch: ch_val, send });
        zeros.push(et.zero());
        index.push((i, et));
    }
    let (chosen, x, ok) = crate::runtime::chan::select(fr, chans, &zeros, dflt.is_some());
    fr.ret_multi = match chosen {
        Some(k) => vec![Value::Int(index[k].0 as i64), normalize(&index[k].1, x), Value::Bool(ok)],
        None => vec![Value::Int(dflt.unwrap_or(0) as i64), Value::Nil, Value::Bool(false)],
    };
}

/// DeepEqual of `x` and `y` of type `t`; `seen` holds the pairs of references being
/// compared, so that cyclic values end.
fn deep(t: &RType, x: &Value, y: &Value, seen: &mut Vec<(usize, usize)>) -> bool {
    use crate::eval::fmt::addr_of;
    match t.underlying() {
        RType::Float(_) => normalize(t, x.clone()).float() == normalize(t, y.clone()).float(),
        RType::Complex(_) => match (x, y) {
            (Value::Complex(a), Value::Complex(b)) => a.0 == b.0 && a.1 == b.1,
            _ => false,
        },
        RType::Array(_, et) => match (x, y) {
            (Value::Slice(a), Value::Slice(b)) => {
                (0..a.len).all(|i| deep(et, &elem_value(et, a, i), &elem_value(et, b, i), seen))
            }
            _ => false,
        },
        RType::Slice(et) => match (x, y) {
            (Value::Nil, Value::Nil) => true,
            (Value::Slice(a), Value::Slice(b)) => {
                if a.len != b.len {
                    return false;
                }
                let (pa, pb) = (addr_of(x), addr_of(y));
                if pa == pb || seen.contains(&(pa, pb)) {
                    return true;
                }
                seen.push((pa, pb));
                (0..a.len).all(|i| deep(et, &elem_value(et, a, i), &elem_value(et, b, i), seen))
            }
            _ => false,
        },
        RType::Map(_, et) => match (x, y) {
            (Value::Nil, Value::Nil) => true,
            (Value::Map(a), Value::Map(b)) => {
                if Rc::ptr_eq(a, b) {
                    return true;
                }
                let (pa, pb) = (addr_of(x), addr_of(y));
                if seen.contains(&(pa, pb)) {
                    return true;
                }
                seen.push((pa, pb));
                let entries: Vec<(Value, Value)> = a.borrow().entries().map(|(k, v)| (k.clone(), v.clone())).collect();
                if entries.len() != b.borrow().len() {
                    return false;
                }
                entries.iter().all(|(k, v)| {
                    let w = b.borrow().get(k).cloned();
                    w.is_some_and(|w| deep(et, &normalize(et, v.clone()), &normalize(et, w), seen))
                })
            }
            _ => false,
        },
        RType::Pointer(et) => {
            if values_eq(x, y) {
                return true;
            }
            let (Some(a), Some(b)) = (deref(x), deref(y)) else { return false };
            let (pa, pb) = (addr_of(x), addr_of(y));
            if seen.contains(&(pa, pb)) {
                return true;
            }
            seen.push((pa, pb));
            deep(et, &normalize(et, a), &normalize(et, b), seen)
        }
        RType::Struct(fs) => match (x, y) {
            (Value::Struct(a), Value::Struct(b)) => {
                fs.iter().zip(a.iter().zip(b.iter())).all(|(f, (p, q))| deep(&f.typ, p, q, seen))
            }
            _ => false,
        },
        RType::Interface(_) => deep_iface(x, y, seen),
        RType::Func(_) => matches!((x, y), (Value::Nil, Value::Nil)),
        _ => values_eq(x, y),
    }
}

fn deep_iface(x: &Value, y: &Value, seen: &mut Vec<(usize, usize)>) -> bool {
    match (x, y) {
        (Value::Nil, Value::Nil) => true,
        (Value::Iface(a), Value::Iface(b)) => a.0 == b.0 && deep(&a.0, &a.1, &b.1, seen),
        (Value::Iface(_), _) | (_, Value::Iface(_)) => false,
        // The raw value inside a reflect.Value (its field typed any holds no interface).
        _ => values_eq(x, y),
    }
}

fn arg(a: &[Value], i: usize) -> RV {
    RV::of(&a[i])
}

/// The value natives, by name.
pub fn lookup(name: &str) -> Option<super::NativeFn> {
    Some(match name {
        "reflect.valueOf" => |fr, a| {
            fr.ret_multi = match &a[0] {
                Value::Iface(iv) => vec![Value::Int(intern(&iv.0)), iv.1.clone()],
                _ => vec![Value::Int(0), Value::Nil],
            }
        },
        "reflect.zeroOf" => |fr, a| fr.ret_val = type_of(a[0].int()).zero(),
        "reflect.newOf" => |fr, a| {
            let t = type_of(a[0].int());
            fr.ret_val = new_var(&t, t.zero())
        },
        "reflect.makeSlice" => |fr, a| {
            let t = type_of(a[0].int());
            let et = elem_of(&t).unwrap_or(RType::Bool);
            fr.ret_val = if et.is_word() {
                slice::make(a[1].int(), a[2].int(), true, &Value::Int(0))
            } else {
                slice::make_fresh(a[1].int(), a[2].int(), &|| et.zero())
            }
        },
        "reflect.makeMap" => {
            |fr, _| fr.ret_val = crate::runtime::gc::new_map(crate::runtime::map::MapObj::with_capacity(0))
        }
        "reflect.toInterface" => |fr, a| fr.ret_val = to_interface(&arg(a, 0)),
        "reflect.elemOf" => |fr, a| fr.ret_val = elem(&arg(a, 0)),
        "reflect.fieldOf" => |fr, a| fr.ret_val = field(&arg(a, 0), a[1].int() as usize),
        "reflect.indexOf" => |fr, a| fr.ret_val = index(&arg(a, 0), a[1].int() as usize),
        "reflect.lenOf" => |fr, a| ret_int(fr, len_of(&arg(a, 0))),
        "reflect.capOf" => |fr, a| ret_int(fr, cap_of(&arg(a, 0))),
        "reflect.isNil" => |fr, a| ret_bool(fr, matches!(arg(a, 0).load(), Value::Nil)),
        "reflect.isZero" => |fr, a| {
            let v = arg(a, 0);
            ret_bool(fr, is_zero(&v.rtype(), &v.load()))
        },
        "reflect.loadBool" => |fr, a| ret_bool(fr, arg(a, 0).load().bool()),
        "reflect.loadInt" => |fr, a| ret_int(fr, arg(a, 0).load().int()),
        "reflect.loadFloat" => |fr, a| fr.ret_word = arg(a, 0).load().float().to_bits(),
        "reflect.loadComplex" => |fr, a| {
            let (re, im) = load_complex(&arg(a, 0));
            fr.ret_val = Value::Complex(Rc::new((re, im)))
        },
        "reflect.loadString" => |fr, a| fr.ret_val = arg(a, 0).load(),
        "reflect.loadBytes" => |fr, a| fr.ret_val = arg(a, 0).load(),
        "reflect.store" => |_, a| {
            let x = arg(a, 1);
            store_into(&arg(a, 0), &x.rtype(), x.load())
        },
        "reflect.storeScalar" => |_, a| store_scalar(&arg(a, 0), &a[1]),
        "reflect.mapIndex" => |fr, a| fr.ret_val = map_index(&arg(a, 0), &arg(a, 1)),
        "reflect.mapKeys" => |fr, a| fr.ret_val = map_keys(&arg(a, 0)),
        "reflect.setMapIndex" => |_, a| set_map_index(&arg(a, 0), &arg(a, 1), &arg(a, 2)),
        "reflect.sliceOfValue" => |fr, a| fr.ret_val = slice_of_value(&arg(a, 0), a[1].int(), a[2].int(), a[3].int()),
        "reflect.appendValues" => |fr, a| fr.ret_val = append_values(&arg(a, 0), &a[1]),
        "reflect.copyValues" => |fr, a| ret_int(fr, copy_values(&arg(a, 0), &arg(a, 1))),
        "reflect.convert" => |fr, a| fr.ret_val = convert(&arg(a, 0), &type_of(a[1].int())),
        "reflect.pointerOf" => |fr, a| ret_int(fr, pointer_of(&arg(a, 0))),
        "reflect.methodValue" => |fr, a| method_value(fr, &arg(a, 0), a[1].int() as usize),
        "reflect.methodExpr" => |fr, a| fr.ret_val = method_expr(&type_of(a[0].int()), a[1].int() as usize),
        "reflect.makeFunc" => |fr, a| fr.ret_val = make_func(&type_of(a[0].int()), a[1].clone()),
        "reflect.callFunc" => |fr, a| fr.ret_val = call_func(fr, &arg(a, 0), &a[1]),
        "reflect.chanSend" => |fr, a| {
            let (c, x) = (arg(a, 0), arg(a, 1));
            let et = elem_of(&c.rtype()).unwrap_or(RType::Bool);
            let x = value_as(&x.rtype(), x.load(), &et);
            crate::runtime::chan::send(fr, &c.load(), x)
        },
        "reflect.chanRecv" => |fr, a| {
            let c = arg(a, 0);
            let et = elem_of(&c.rtype()).unwrap_or(RType::Bool);
            let (x, ok) = crate::runtime::chan::recv(fr, &c.load(), &et.zero());
            fr.ret_multi = vec![normalize(&et, x), Value::Bool(ok)]
        },
        "reflect.selectCases" => |fr, a| select_cases(fr, &a[0]),
        "reflect.chanClose" => |_, a| crate::runtime::chan::close(&arg(a, 0).load()),
        "reflect.complexParts" => |fr, a| {
            let (re, im) = match &a[0] {
                Value::Complex(c) => **c,
                _ => (0.0, 0.0),
            };
            fr.ret_multi = vec![Value::Float(re), Value::Float(im)]
        },
        "reflect.deepEqual" => |fr, a| {
            let eq = deep_iface(&a[0], &a[1], &mut Vec::new());
            ret_bool(fr, eq)
        },
        _ => return None,
    })
}

/// For fmt: the operand a `reflect.Value` stands for (None for the zero Value), as an
/// interface value.
pub fn operand(x: &Value) -> Option<Value> {
    let v = RV::of(x);
    if v.t == 0 {
        return None;
    }
    Some(match to_interface(&v) {
        Value::Nil => Value::Iface(Rc::new((v.rtype(), Value::Nil))),
        i => i,
    })
}

/// Whether `rt` is `reflect.Value`.
pub fn is_reflect_value(rt: &RType) -> bool {
    matches!(rt, RType::Named(d) if &*d.pkg_path == "reflect" && &*d.bare == "Value")
}
