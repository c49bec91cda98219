//! Unmarshal: a parsed JSON tree stored into a Go value by its runtime type, by Go's
//! decoding rules (encoding/json's `decode.go`, as Go's v1 API over v2 behaves).
//!
//! Invariants: `value` gets the value now at the destination and returns the value to put
//! there (a struct keeps the fields the input does not name, a map its entries, a non-nil
//! pointer its pointee, updated in place through the pointer). A JSON value of the wrong
//! kind for its destination leaves the destination as it was and is remembered (the first
//! one is the error returned); an UnmarshalJSON error or an unknown field ends decoding.

use std::rc::Rc;

use super::encode::{base64_decode, is_number};
use super::fields::fields;
use super::scan::{self, Kind, Node};
use super::{call, method, pointee, pointer_to, scalar, str_value};
use super::{ERR_CAUSE, ERR_INVALID_UNMARSHAL, ERR_NONE, ERR_SYNTAX, ERR_UNKNOWN_FIELD, ERR_UNMARSHAL_TYPE};
use crate::runtime::frame::Frame;
use crate::runtime::map::MapObj;
use crate::runtime::rtype::{IntKind, RType, StructField};
use crate::runtime::slice;
use crate::runtime::value::{deref, Str, Value};

/// The first value of the wrong kind: what it was, the Go type, where, and in which field.
struct TypeErr {
    what: String,
    typ: String,
    offset: usize,
    strct: String,
    field: String,
}

/// What ends decoding at once.
enum Fatal {
    /// An error an UnmarshalJSON or UnmarshalText method returned.
    Cause(Value),
    UnknownField(String),
}

/// The value to store (decoding stops early once `Dec::fatal` is set).
type R = Value;

struct Dec<'d> {
    data: &'d [u8],
    use_number: bool,
    disallow_unknown: bool,
    /// json.Number's runtime type (the Go side passes a Number in an interface).
    number_type: RType,
    stack_limit: usize,
    first: Option<TypeErr>,
    fatal: Option<Fatal>,
    /// The name of the type Unmarshal decodes into, and the JSON names, indexes and keys
    /// walked from it (Go reports them as a JSON pointer turned into a dotted path).
    root: String,
    path: Vec<String>,
}

/// `unmarshal(data []byte, v any, useNumber, disallowUnknown bool, num any) (kind int,
/// s string, off int64, value string, strct string, field string, cause error)`.
pub fn unmarshal(fr: &mut Frame, a: &[Value]) {
    let data = super::bytes_of(&a[0]);
    let (prt, p) = match &a[1] {
        Value::Iface(iv) => (iv.0.clone(), iv.1.clone()),
        _ => return ret(fr, ERR_INVALID_UNMARSHAL, "nil", 0, "", "", "", Value::Nil),
    };
    let RType::Pointer(et) = &prt else {
        let s = format!("non-pointer {}", prt.go_name());
        return ret(fr, ERR_INVALID_UNMARSHAL, &s, 0, "", "", "", Value::Nil);
    };
    if matches!(p, Value::Nil) {
        let s = format!("nil {}", prt.go_name());
        return ret(fr, ERR_INVALID_UNMARSHAL, &s, 0, "", "", "", Value::Nil);
    }
    let node = match scan::parse(&data, fr.stack_limit) {
        Ok(n) => n,
        Err(e) => return ret(fr, ERR_SYNTAX, &e.msg, e.offset, "", "", "", Value::Nil),
    };
    let number_type = match &a[4] {
        Value::Iface(iv) => iv.0.clone(),
        _ => RType::String,
    };
    let mut d = Dec {
        data: &data,
        use_number: a[2].bool(),
        disallow_unknown: a[3].bool(),
        number_type,
        stack_limit: fr.stack_limit,
        first: None,
        fatal: None,
        root: match &**et {
            RType::Named(d) => d.bare.to_string(),
            _ => String::new(),
        },
        path: Vec::new(),
    };
    d.into_pointer(fr, &node, &prt, et, p, false);
    match d.fatal {
        None => match d.first {
            Some(e) => {
                let (what, typ) = (e.what, e.typ);
                ret(fr, ERR_UNMARSHAL_TYPE, &typ, e.offset, &what, &e.strct, &e.field, Value::Nil)
            }
            None => ret(fr, ERR_NONE, "", 0, "", "", "", Value::Nil),
        },
        Some(Fatal::Cause(err)) => ret(fr, ERR_CAUSE, "", 0, "", "", "", err),
        Some(Fatal::UnknownField(k)) => ret(fr, ERR_UNKNOWN_FIELD, &k, 0, "", "", "", Value::Nil),
    }
}

#[allow(clippy::too_many_arguments)]
fn ret(fr: &mut Frame, kind: i64, s: &str, off: usize, what: &str, strct: &str, field: &str, cause: Value) {
    fr.ret_multi = vec![
        Value::Int(kind),
        str_value(s),
        Value::Int(off as i64),
        str_value(what),
        str_value(strct),
        str_value(field),
        cause,
    ];
}

fn string_value(b: Vec<u8>) -> Value {
    Value::Str(Str::from_bytes(b))
}

impl Dec<'_> {
    /// Remembers the first value of the wrong kind for type `rt`.
    fn type_err(&mut self, n: &Node, rt: &RType) {
        if self.first.is_some() {
            return;
        }
        let offset = match n.kind {
            Kind::Arr(_) | Kind::Obj(_) => n.start + 1,
            _ => n.end,
        };
        self.first = Some(TypeErr {
            what: n.kind.what(matches!(rt.underlying(), RType::Int(_) | RType::Float(_))),
            typ: rt.go_name(),
            offset,
            strct: if self.path.is_empty() { String::new() } else { self.root.clone() },
            field: self.path.join("."),
        });
    }

    /// Decodes `n` into what non-nil pointer `p` (of type `prt`, to `et`) points to.
    fn into_pointer(&mut self, fr: &mut Frame, n: &Node, prt: &RType, et: &RType, p: Value, quoted: bool) -> R {
        // A pointer type with its own UnmarshalJSON (rare) is called on the pointer itself.
        let old = scalar(et, deref(&p).unwrap_or_default());
        let new = self.value(fr, n, et, old, quoted);
        let _ = prt;
        crate::eval::lower::write_ptr(&p, &[], new);
        p
    }

    /// The value to store where `old` (of type `rt`) is, given JSON value `n`.
    fn value(&mut self, fr: &mut Frame, n: &Node, rt: &RType, old: Value, quoted: bool) -> R {
        super::check_stack(fr.stack_limit);
        if let RType::Pointer(et) = rt.underlying() {
            if matches!(n.kind, Kind::Null) {
                return Value::Nil;
            }
            let et = (**et).clone();
            let p = if matches!(old, Value::Nil) { pointer_to(&et, et.zero()) } else { old };
            return self.into_pointer(fr, n, rt, &et, p, quoted);
        }
        if let Some((m, via_ptr)) = method(rt, "UnmarshalJSON", true) {
            let raw = super::bytes_value(self.data[n.start..n.end].to_vec());
            return self.call_unmarshal(fr, rt, old, m, via_ptr, raw);
        }
        if let Kind::Str(s) = &n.kind {
            if let Some((m, via_ptr)) = method(rt, "UnmarshalText", true) {
                let raw = super::bytes_value(s.clone());
                return self.call_unmarshal(fr, rt, old, m, via_ptr, raw);
            }
            if quoted {
                return self.quoted(fr, n, s, rt, old);
            }
        }
        match (&n.kind, rt.underlying()) {
            (_, RType::Interface(ms)) => {
                if let Value::Iface(iv) = &old {
                    if matches!(iv.0, RType::Pointer(_)) && !matches!(iv.1, Value::Nil) && !matches!(n.kind, Kind::Null)
                    {
                        if let RType::Pointer(et) = &iv.0 {
                            let (prt, et) = (iv.0.clone(), (**et).clone());
                            self.into_pointer(fr, n, &prt, &et, iv.1.clone(), false);
                            return old;
                        }
                    }
                }
                if matches!(n.kind, Kind::Null) {
                    return Value::Nil;
                }
                if !ms.is_empty() {
                    self.type_err(n, rt);
                    return old;
                }
                self.any(n)
            }
            (Kind::Null, _) => match rt.underlying() {
                RType::Map(..) | RType::Slice(_) => Value::Nil,
                _ => old,
            },
            (Kind::Bool(b), RType::Bool) => Value::Bool(*b),
            (Kind::Num(s), _) => self.number(n, s, rt).unwrap_or(old),
            (Kind::Str(s), RType::String) => string_value(s.clone()),
            (Kind::Str(s), RType::Slice(et)) if matches!(et.underlying(), RType::Int(IntKind::U8)) => {
                match base64_decode(s) {
                    Some(b) => super::bytes_value(b),
                    None => {
                        self.type_err(n, rt);
                        old
                    }
                }
            }
            (Kind::Arr(xs), RType::Slice(et)) => {
                let et = (**et).clone();
                self.slice(fr, xs, &et, old)
            }
            (Kind::Arr(xs), RType::Array(len, et)) => {
                let (len, et) = (*len as usize, (**et).clone());
                self.array(fr, xs, len, &et, old)
            }
            (Kind::Obj(ms), RType::Struct(fs)) => {
                let fs = fs.clone();
                self.structure(fr, n, ms, rt, &fs, old)
            }
            (Kind::Obj(ms), RType::Map(kt, vt)) => {
                let (kt, vt) = ((**kt).clone(), (**vt).clone());
                self.map(fr, ms, rt, &kt, &vt, old)
            }
            _ => {
                self.type_err(n, rt);
                old
            }
        }
    }

    /// Calls an UnmarshalJSON or UnmarshalText method with `raw`; the value it leaves.
    fn call_unmarshal(
        &mut self,
        fr: &mut Frame,
        rt: &RType,
        old: Value,
        m: &crate::runtime::rtype::MethodEntry,
        via_ptr: bool,
        raw: Value,
    ) -> R {
        let (recv, new) = if via_ptr {
            let p = pointer_to(rt, old);
            let r = call_on(fr, &RType::Pointer(Rc::new(rt.clone())), &p, m, raw);
            (r, pointee(rt, &p))
        } else {
            (call_on(fr, rt, &old, m, raw), old)
        };
        if !matches!(recv, Value::Nil) {
            self.fatal = Some(Fatal::Cause(recv));
        }
        new
    }

    /// A field with the `string` option: the JSON string's contents decoded as the value.
    fn quoted(&mut self, fr: &mut Frame, n: &Node, s: &[u8], rt: &RType, old: Value) -> R {
        if matches!(rt.underlying(), RType::String) {
            return match scan::parse(s, fr.stack_limit) {
                Ok(Node { kind: Kind::Str(inner), .. }) => string_value(inner),
                _ => {
                    self.type_err(n, rt);
                    old
                }
            };
        }
        match scan::parse(s, fr.stack_limit) {
            Ok(inner @ Node { kind: Kind::Num(_) | Kind::Bool(_) | Kind::Null, .. }) => {
                let inner = Node { kind: inner.kind, start: n.start, end: n.end };
                self.value(fr, &inner, rt, old, false)
            }
            _ => {
                self.type_err(n, rt);
                old
            }
        }
    }

    /// A number stored as an integer, float or json.Number; None (error remembered) when it
    /// does not fit.
    fn number(&mut self, n: &Node, s: &str, rt: &RType) -> Option<Value> {
        if is_number(rt) {
            return Some(str_value(s));
        }
        let v = match rt.underlying() {
            RType::Int(k) if k.is_unsigned() => {
                s.parse::<u64>().ok().filter(|&u| fits_unsigned(u, k.bits())).map(|u| u as i64)
            }
            RType::Int(k) => s.parse::<i64>().ok().filter(|&i| k.wrap(i) == i),
            RType::Float(bits) => {
                let (f, status) = crate::eval::strconv::parse_float(s.as_bytes(), *bits == 32);
                return if status == 0 {
                    Some(Value::Float(f))
                } else {
                    self.type_err(n, rt);
                    None
                };
            }
            _ => None,
        };
        match v {
            Some(i) => Some(Value::Int(i)),
            None => {
                self.type_err(n, rt);
                None
            }
        }
    }

    /// A JSON value as `any` holds it: bool, float64 (or json.Number), string, []any,
    /// map[string]any, or nil.
    fn any(&mut self, n: &Node) -> Value {
        super::check_stack(self.stack_limit);
        let any_t = RType::Interface(Rc::from(Vec::new()));
        let wrap = |rt: RType, v: Value| Value::Iface(Rc::new((rt, v)));
        match &n.kind {
            Kind::Null => Value::Nil,
            Kind::Bool(b) => wrap(RType::Bool, Value::Bool(*b)),
            Kind::Num(s) if self.use_number => wrap(self.number_type.clone(), str_value(s)),
            Kind::Num(s) => {
                let (f, status) = crate::eval::strconv::parse_float(s.as_bytes(), false);
                if status != 0 {
                    self.type_err(n, &RType::Float(64));
                }
                wrap(RType::Float(64), Value::Float(f))
            }
            Kind::Str(s) => wrap(RType::String, string_value(s.clone())),
            Kind::Arr(xs) => {
                let mut vals = Vec::with_capacity(xs.len());
                for (i, x) in xs.iter().enumerate() {
                    self.path.push(i.to_string());
                    vals.push(self.any(x));
                    self.path.pop();
                }
                wrap(RType::Slice(Rc::new(any_t)), slice::from_vals(vals))
            }
            Kind::Obj(ms) => {
                let mut m = MapObj::with_capacity(ms.len());
                for (k, x) in ms {
                    self.path.push(String::from_utf8_lossy(k).into_owned());
                    let v = self.any(x);
                    self.path.pop();
                    m.insert(string_value(k.clone()), v);
                }
                let rt = RType::Map(Rc::new(RType::String), Rc::new(any_t));
                wrap(rt, crate::runtime::gc::new_map(m))
            }
        }
    }

    fn slice(&mut self, fr: &mut Frame, xs: &[Node], et: &RType, old: Value) -> R {
        let mut vals = Vec::with_capacity(xs.len());
        for (i, x) in xs.iter().enumerate() {
            let prev = match &old {
                Value::Slice(s) if i < s.len => scalar(et, s.get_value(i)),
                _ => et.zero(),
            };
            if self.fatal.is_some() {
                vals.push(prev);
                continue;
            }
            self.path.push(i.to_string());
            let v = self.value(fr, x, et, prev, false);
            self.path.pop();
            vals.push(v);
        }
        make_slice(et, vals)
    }

    fn array(&mut self, fr: &mut Frame, xs: &[Node], len: usize, et: &RType, old: Value) -> R {
        let mut vals = Vec::with_capacity(len);
        for i in 0..len {
            let prev = match &old {
                Value::Slice(s) if i < s.len => scalar(et, s.get_value(i)),
                _ => et.zero(),
            };
            match xs.get(i) {
                Some(_) if self.fatal.is_some() => vals.push(prev),
                Some(x) => {
                    self.path.push(i.to_string());
                    let v = self.value(fr, x, et, prev, false);
                    self.path.pop();
                    vals.push(v);
                }
                None => vals.push(et.zero()),
            }
        }
        make_slice(et, vals)
    }

    fn structure(
        &mut self,
        fr: &mut Frame,
        n: &Node,
        ms: &[(Vec<u8>, Node)],
        rt: &RType,
        fs: &Rc<[StructField]>,
        old: Value,
    ) -> R {
        let _ = n;
        let _ = rt;
        let fields = fields(fs);
        let mut cur = match old {
            Value::Struct(_) => old,
            _ => RType::Struct(fs.clone()).zero(),
        };
        for (k, x) in ms {
            if self.fatal.is_some() {
                break;
            }
            let f = fields
                .iter()
                .find(|f| f.name.as_bytes() == k.as_slice())
                .or_else(|| fields.iter().find(|f| fold_eq(f.name.as_bytes(), k)));
            let Some(f) = f else {
                if self.disallow_unknown {
                    self.fatal = Some(Fatal::UnknownField(String::from_utf8_lossy(k).into_owned()));
                }
                continue;
            };
            self.path.push(f.name.clone());
            cur = self.at_path(fr, fs, cur, &f.path, x, f.quoted);
            self.path.pop();
        }
        cur
    }

    /// Struct value `sv` (of fields `fs`) with the field at `path` decoded from `x`; an
    /// embedded pointer on the way is allocated if nil.
    #[allow(clippy::too_many_arguments)]
    fn at_path(
        &mut self,
        fr: &mut Frame,
        fs: &Rc<[StructField]>,
        sv: Value,
        path: &[usize],
        x: &Node,
        quoted: bool,
    ) -> R {
        let Value::Struct(vals) = sv else { return sv };
        let mut vals = (*vals).clone();
        let i = path[0];
        let ft = fs[i].typ.clone();
        if path.len() == 1 {
            vals[i] = self.value(fr, x, &ft, vals[i].clone(), quoted);
            return Value::Struct(Rc::new(vals));
        }
        match ft.underlying() {
            RType::Pointer(et) => {
                let RType::Struct(inner) = et.underlying() else { return Value::Struct(Rc::new(vals)) };
                let inner = inner.clone();
                let p = if matches!(vals[i], Value::Nil) { pointer_to(et, et.zero()) } else { vals[i].clone() };
                let cur = deref(&p).unwrap_or_default();
                let new = self.at_path(fr, &inner, cur, &path[1..], x, quoted);
                crate::eval::lower::write_ptr(&p, &[], new);
                vals[i] = p;
            }
            RType::Struct(inner) => {
                let inner = inner.clone();
                vals[i] = self.at_path(fr, &inner, vals[i].clone(), &path[1..], x, quoted);
            }
            _ => {}
        }
        Value::Struct(Rc::new(vals))
    }

    fn map(&mut self, fr: &mut Frame, ms: &[(Vec<u8>, Node)], rt: &RType, kt: &RType, vt: &RType, old: Value) -> R {
        let m = match old {
            Value::Map(m) => m,
            _ => crate::runtime::gc::new_map_obj(MapObj::with_capacity(ms.len())),
        };
        for (k, x) in ms {
            if self.fatal.is_some() {
                break;
            }
            self.path.push(String::from_utf8_lossy(k).into_owned());
            let key = self.map_key(fr, k, x, rt, kt);
            let Some(key) = key else {
                self.path.pop();
                continue;
            };
            let v = self.value(fr, x, vt, vt.zero(), false);
            self.path.pop();
            m.borrow_mut().insert(key, v);
        }
        Value::Map(m)
    }

    /// A map key from an object's member name; None (error remembered) when it does not
    /// fit the key type.
    fn map_key(&mut self, fr: &mut Frame, k: &[u8], x: &Node, rt: &RType, kt: &RType) -> Option<Value> {
        {
            let key = if let Some((km, via_ptr)) = method(kt, "UnmarshalText", true) {
                let raw = super::bytes_value(k.to_vec());
                let zero = kt.zero();
                self.call_unmarshal(fr, kt, zero, km, via_ptr, raw)
            } else {
                match kt.underlying() {
                    RType::String => string_value(k.to_vec()),
                    RType::Int(_) => {
                        let s = String::from_utf8_lossy(k).into_owned();
                        let key_node = Node { kind: Kind::Num(s.clone()), start: x.start, end: x.start };
                        return self.number(&key_node, &s, kt);
                    }
                    _ => {
                        self.type_err(x, rt);
                        return None;
                    }
                }
            };
            Some(key)
        }
    }
}

/// Calls a method with one argument and one result (an error).
fn call_on(fr: &mut Frame, rt: &RType, recv: &Value, m: &crate::runtime::rtype::MethodEntry, arg: Value) -> Value {
    call(fr, rt, recv, m, false, &[arg]).pop().unwrap_or_default()
}

fn fits_unsigned(u: u64, bits: u32) -> bool {
    bits == 64 || u < 1 << bits
}

/// A slice of these elements of type `et` (words for scalars).
fn make_slice(et: &RType, vals: Vec<Value>) -> Value {
    if et.is_word() {
        let words = vals
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i as u64,
                Value::Float(f) => f.to_bits(),
                Value::Bool(b) => *b as u64,
                _ => 0,
            })
            .collect();
        slice::from_words(words)
    } else {
        slice::from_vals(vals)
    }
}

/// Whether two names are equal ignoring case (Unicode simple folding).
fn fold_eq(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}
