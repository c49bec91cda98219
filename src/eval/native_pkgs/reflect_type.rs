//! reflect's natives on types: the registry numbering runtime type descriptors, and what
//! `reflect.Type`'s methods read from them (names, kinds, fields, methods, signatures,
//! sizes on amd64, assignability and convertibility).
//!
//! Invariant: a type is numbered once per thread (the runtime runs goroutines on one
//! thread), so equal numbers mean identical types and stdlib/reflect can keep one `*rtype`
//! per number; number 0 is no type.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::frame::Frame;
use crate::runtime::rtype::{ChanDir, FuncType, MethodEntry};
use crate::runtime::value::{RType, Str, Value};

thread_local! {
    static TYPES: RefCell<Vec<RType>> = RefCell::new(vec![RType::Other(Rc::from("invalid"))]);
}

/// The number of type `rt`.
pub fn intern(rt: &RType) -> i64 {
    TYPES.with(|ts| {
        let mut ts = ts.borrow_mut();
        if let Some(i) = ts.iter().skip(1).position(|t| t == rt) {
            return i as i64 + 1;
        }
        ts.push(rt.clone());
        ts.len() as i64 - 1
    })
}

/// The type numbered `id` (`Other` for 0 or an unknown number).
pub fn type_of(id: i64) -> RType {
    TYPES.with(|ts| ts.borrow().get(id as usize).cloned().unwrap_or_else(|| RType::Other(Rc::from("invalid"))))
}

pub(super) fn string(s: &str) -> Value {
    Value::Str(Str::from_bytes(s.as_bytes().to_vec()))
}

/// reflect's Kind numbers.
pub mod kind {
    pub const BOOL: u64 = 1;
    pub const INT: u64 = 2;
    pub const FLOAT32: u64 = 13;
    pub const COMPLEX64: u64 = 15;
    pub const ARRAY: u64 = 17;
    pub const CHAN: u64 = 18;
    pub const FUNC: u64 = 19;
    pub const INTERFACE: u64 = 20;
    pub const MAP: u64 = 21;
    pub const POINTER: u64 = 22;
    pub const SLICE: u64 = 23;
    pub const STRING: u64 = 24;
    pub const STRUCT: u64 = 25;
    pub const UNSAFE_POINTER: u64 = 26;
}

/// The Kind of a type.
pub fn kind_of(rt: &RType) -> u64 {
    use crate::runtime::value::IntKind::*;
    match rt.underlying() {
        RType::Bool => kind::BOOL,
        RType::Int(k) => {
            kind::INT
                + match k {
                    Int => 0,
                    I8 => 1,
                    I16 => 2,
                    I32 => 3,
                    I64 => 4,
                    Uint => 5,
                    U8 => 6,
                    U16 => 7,
                    U32 => 8,
                    U64 => 9,
                    Uintptr => 10,
                }
        }
        RType::Float(32) => kind::FLOAT32,
        RType::Float(_) => kind::FLOAT32 + 1,
        RType::Complex(64) => kind::COMPLEX64,
        RType::Complex(_) => kind::COMPLEX64 + 1,
        RType::String => kind::STRING,
        RType::Slice(_) => kind::SLICE,
        RType::Array(..) => kind::ARRAY,
        RType::Struct(_) => kind::STRUCT,
        RType::Map(..) => kind::MAP,
        RType::Pointer(_) => kind::POINTER,
        RType::Func(_) => kind::FUNC,
        RType::Chan(..) => kind::CHAN,
        RType::Interface(_) => kind::INTERFACE,
        RType::UnsafePointer => kind::UNSAFE_POINTER,
        RType::Named(_) | RType::Other(_) => 0,
    }
}

/// The element type of an array, chan, map, pointer or slice type.
pub fn elem_of(rt: &RType) -> Option<RType> {
    match rt.underlying() {
        RType::Slice(e) | RType::Array(_, e) | RType::Pointer(e) | RType::Map(_, e) | RType::Chan(_, e) => {
            Some((**e).clone())
        }
        _ => None,
    }
}

fn func_of(rt: &RType) -> Option<&FuncType> {
    match rt.underlying() {
        RType::Func(f) => Some(f),
        _ => None,
    }
}

/// Size and alignment of a type's values on amd64.
pub fn size_align(rt: &RType) -> (u64, u64) {
    match rt.underlying() {
        RType::Bool => (1, 1),
        RType::Int(k) => (k.bits() as u64 / 8, k.bits() as u64 / 8),
        RType::Float(b) => (*b as u64 / 8, *b as u64 / 8),
        RType::Complex(b) => (*b as u64 / 8, *b as u64 / 16),
        RType::String | RType::Interface(_) => (16, 8),
        RType::Slice(_) => (24, 8),
        RType::Array(n, e) => {
            let (s, a) = size_align(e);
            (s * n, a)
        }
        RType::Struct(fs) => {
            let (mut off, mut align) = (0u64, 1u64);
            for f in fs.iter() {
                let (s, a) = size_align(&f.typ);
                off = off.div_ceil(a) * a + s;
                align = align.max(a);
            }
            // A final zero-size field gets a byte, so that its address stays inside.
            if off > 0 && fs.last().is_some_and(|f| size_align(&f.typ).0 == 0) {
                off += 1;
            }
            (off.div_ceil(align) * align, align)
        }
        _ => (8, 8),
    }
}

/// The offset of field `i` of a struct type.
fn field_offset(fs: &[crate::runtime::rtype::StructField], i: usize) -> u64 {
    let mut off = 0u64;
    for (j, f) in fs.iter().enumerate() {
        let (s, a) = size_align(&f.typ);
        off = off.div_ceil(a) * a;
        if j == i {
            return off;
        }
        off += s;
    }
    off
}

/// The methods reflect lists for a type, in name order: for an interface type all of its
/// methods; for another type the exported methods of its method set (a pointer's includes
/// the pointer methods), each with its type (the receiver first) and method number.
pub fn method_list(rt: &RType) -> Vec<(Rc<str>, Option<Rc<str>>, RType, Option<u32>)> {
    if let RType::Interface(ms) = rt.underlying() {
        return ms.iter().map(|m| (m.name.clone(), m.pkg_path.clone(), m.typ.clone(), None)).collect();
    }
    let (d, is_ptr) = match rt {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let Some(entries) = d.methods.get() else { return Vec::new() };
    let mut ms: Vec<&MethodEntry> =
        entries.iter().filter(|m| (is_ptr || !m.ptr_recv) && crate::types::lookup::is_exported(&m.sym)).collect();
    ms.sort_by(|a, b| a.sym.cmp(&b.sym));
    ms.dedup_by(|a, b| a.sym == b.sym);
    ms.iter()
        .map(|m| {
            let typ = match &m.typ {
                RType::Func(f) => {
                    let mut params = vec![rt.clone()];
                    params.extend(f.params.iter().cloned());
                    RType::Func(Rc::new(FuncType { params, results: f.results.clone(), variadic: f.variadic }))
                }
                t => t.clone(),
            };
            (m.sym.clone(), None, typ, Some(m.name))
        })
        .collect()
}

/// Whether type `t` has every method of interface type `iface`.
pub fn implements(t: &RType, iface: &RType) -> bool {
    let RType::Interface(want) = iface.underlying() else { return false };
    if want.is_empty() {
        return true;
    }
    if let RType::Interface(have) = t.underlying() {
        return want.iter().all(|w| have.iter().any(|h| h.name == w.name && h.typ == w.typ));
    }
    let (d, is_ptr) = match t {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => return false,
        },
        _ => return false,
    };
    let Some(ms) = d.methods.get() else { return false };
    want.iter().all(|w| ms.iter().any(|m| m.sym == w.name && m.typ == w.typ && (is_ptr || !m.ptr_recv)))
}

fn is_named(t: &RType) -> bool {
    matches!(t, RType::Named(_)) || kind_of(t) < kind::ARRAY || kind_of(t) == kind::STRING
}

/// Go's assignability of a value of type `t` to a variable of type `u`.
pub fn assignable(t: &RType, u: &RType) -> bool {
    if t == u {
        return true;
    }
    if let RType::Interface(_) = u.underlying() {
        return implements(t, u);
    }
    if t.underlying() == u.underlying() && (!is_named(t) || !is_named(u)) {
        return true;
    }
    // A bidirectional channel to a directional one of the same element type.
    if let (RType::Chan(ChanDir::Both, te), RType::Chan(_, ue)) = (t.underlying(), u.underlying()) {
        return te == ue && (!is_named(t) || !is_named(u));
    }
    false
}

/// Go's convertibility of a value of type `t` to type `u`.
pub fn convertible(t: &RType, u: &RType) -> bool {
    if assignable(t, u) {
        return true;
    }
    let (tu, uu) = (t.underlying(), u.underlying());
    if same_ignoring_tags(tu, uu) {
        return true;
    }
    let (tk, uk) = (kind_of(t), kind_of(u));
    let numeric = |k: u64| (kind::INT..kind::COMPLEX64).contains(&k);
    if numeric(tk) && numeric(uk) {
        return true;
    }
    if tk >= kind::COMPLEX64 && tk <= kind::COMPLEX64 + 1 && uk >= kind::COMPLEX64 && uk <= kind::COMPLEX64 + 1 {
        return true;
    }
    let bytes_or_runes = |r: &RType| match r.underlying() {
        RType::Slice(e) => matches!(
            e.underlying(),
            RType::Int(crate::runtime::value::IntKind::U8 | crate::runtime::value::IntKind::I32)
        ),
        _ => false,
    };
    if uk == kind::STRING && ((kind::INT..kind::FLOAT32).contains(&tk) || bytes_or_runes(t)) {
        return true;
    }
    if tk == kind::STRING && bytes_or_runes(u) {
        return true;
    }
    match (tu, uu) {
        (RType::Pointer(a), RType::Pointer(b)) => same_ignoring_tags(a.underlying(), b.underlying()),
        (RType::Slice(a), RType::Array(_, b)) => a == b,
        (RType::Slice(a), RType::Pointer(p)) => matches!(p.underlying(), RType::Array(_, b) if a == b),
        _ => false,
    }
}

fn same_ignoring_tags(a: &RType, b: &RType) -> bool {
    match (a, b) {
        (RType::Struct(x), RType::Struct(y)) => {
            x.len() == y.len()
                && x.iter().zip(y.iter()).all(|(f, g)| f.name == g.name && f.embedded == g.embedded && f.typ == g.typ)
        }
        _ => a == b,
    }
}

fn ret_int(fr: &mut Frame, x: i64) {
    fr.ret_word = x as u64;
}

fn ret_bool(fr: &mut Frame, x: bool) {
    fr.ret_word = x as u64;
}

fn arg_type(a: &[Value], i: usize) -> RType {
    type_of(a[i].int())
}

/// The type natives, by name.
pub fn lookup(name: &str) -> Option<super::NativeFn> {
    Some(match name {
        "reflect.typeOf" => |fr, a| {
            let id = match &a[0] {
                Value::Iface(iv) => intern(&iv.0),
                _ => 0,
            };
            ret_int(fr, id)
        },
        "reflect.typeString" => |fr, a| fr.ret_val = string(&arg_type(a, 0).go_name()),
        "reflect.typeName" => |fr, a| {
            let t = arg_type(a, 0);
            let name = match &t {
                RType::Named(d) => d.bare.to_string(),
                t if kind_of(t) < kind::ARRAY || kind_of(t) == kind::STRING => t.go_name(),
                _ => String::new(),
            };
            fr.ret_val = string(&name)
        },
        "reflect.typePkgPath" => |fr, a| {
            let path = match arg_type(a, 0) {
                RType::Named(d) => d.pkg_path.to_string(),
                _ => String::new(),
            };
            fr.ret_val = string(&path)
        },
        "reflect.typeKind" => |fr, a| fr.ret_word = kind_of(&arg_type(a, 0)),
        "reflect.typeSize" => |fr, a| ret_int(fr, size_align(&arg_type(a, 0)).0 as i64),
        "reflect.typeAlign" => |fr, a| ret_int(fr, size_align(&arg_type(a, 0)).1 as i64),
        "reflect.typeComparable" => |fr, a| ret_bool(fr, arg_type(a, 0).comparable()),
        "reflect.typeChanDir" => |fr, a| {
            let d = match arg_type(a, 0).underlying() {
                RType::Chan(ChanDir::Recv, _) => 1,
                RType::Chan(ChanDir::Send, _) => 2,
                _ => 3,
            };
            ret_int(fr, d)
        },
        "reflect.typeElem" => |fr, a| ret_int(fr, elem_of(&arg_type(a, 0)).map_or(0, |e| intern(&e))),
        "reflect.typeKey" => |fr, a| {
            let k = match arg_type(a, 0).underlying() {
                RType::Map(k, _) => intern(k),
                _ => 0,
            };
            ret_int(fr, k)
        },
        "reflect.typeLen" => |fr, a| {
            let n = match arg_type(a, 0).underlying() {
                RType::Array(n, _) => *n as i64,
                _ => 0,
            };
            ret_int(fr, n)
        },
        "reflect.typeNumField" => |fr, a| {
            let n = match arg_type(a, 0).underlying() {
                RType::Struct(fs) => fs.len() as i64,
                _ => 0,
            };
            ret_int(fr, n)
        },
        "reflect.typeField" => |fr, a| {
            let t = arg_type(a, 0);
            let i = a[1].int() as usize;
            fr.ret_multi = vec![string(""), string(""), Value::Int(0), string(""), Value::Bool(false), Value::Int(0)];
            let RType::Struct(fs) = t.underlying() else { return };
            let Some(f) = fs.get(i) else { return };
            fr.ret_multi = vec![
                string(&f.name),
                string(f.pkg_path.as_deref().unwrap_or("")),
                Value::Int(intern(&f.typ)),
                string(&f.tag),
                Value::Bool(f.embedded),
                Value::Int(field_offset(fs, i) as i64),
            ];
        },
        "reflect.typeNumMethod" => |fr, a| ret_int(fr, method_list(&arg_type(a, 0)).len() as i64),
        "reflect.typeMethod" => |fr, a| {
            let ms = method_list(&arg_type(a, 0));
            fr.ret_multi = vec![string(""), string(""), Value::Int(0)];
            let Some((name, pkg, typ, _)) = ms.get(a[1].int() as usize) else { return };
            fr.ret_multi = vec![string(name), string(pkg.as_deref().unwrap_or("")), Value::Int(intern(typ))];
        },
        "reflect.typeIsVariadic" => |fr, a| ret_bool(fr, func_of(&arg_type(a, 0)).is_some_and(|f| f.variadic)),
        "reflect.typeNumIn" => |fr, a| ret_int(fr, func_of(&arg_type(a, 0)).map_or(0, |f| f.params.len() as i64)),
        "reflect.typeNumOut" => |fr, a| ret_int(fr, func_of(&arg_type(a, 0)).map_or(0, |f| f.results.len() as i64)),
        "reflect.typeIn" => |fr, a| {
            let t = arg_type(a, 0);
            ret_int(fr, func_of(&t).and_then(|f| f.params.get(a[1].int() as usize)).map_or(0, intern))
        },
        "reflect.typeOut" => |fr, a| {
            let t = arg_type(a, 0);
            ret_int(fr, func_of(&t).and_then(|f| f.results.get(a[1].int() as usize)).map_or(0, intern))
        },
        "reflect.typeImplements" => |fr, a| ret_bool(fr, implements(&arg_type(a, 0), &arg_type(a, 1))),
        "reflect.typeAssignableTo" => |fr, a| ret_bool(fr, assignable(&arg_type(a, 0), &arg_type(a, 1))),
        "reflect.typeConvertibleTo" => |fr, a| ret_bool(fr, convertible(&arg_type(a, 0), &arg_type(a, 1))),
        "reflect.ptrTo" => |fr, a| ret_int(fr, intern(&RType::Pointer(Rc::new(arg_type(a, 0))))),
        "reflect.sliceOf" => |fr, a| ret_int(fr, intern(&RType::Slice(Rc::new(arg_type(a, 0))))),
        "reflect.arrayOf" => |fr, a| ret_int(fr, intern(&RType::Array(a[0].int() as u64, Rc::new(arg_type(a, 1))))),
        "reflect.chanOf" => |fr, a| {
            let dir = match a[0].int() {
                1 => ChanDir::Recv,
                2 => ChanDir::Send,
                _ => ChanDir::Both,
            };
            ret_int(fr, intern(&RType::Chan(dir, Rc::new(arg_type(a, 1)))))
        },
        "reflect.mapOf" => |fr, a| ret_int(fr, intern(&RType::Map(Rc::new(arg_type(a, 0)), Rc::new(arg_type(a, 1))))),
        _ => return None,
    })
}
