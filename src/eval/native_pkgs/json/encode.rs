//! Marshal: a value walked by its runtime type into JSON text, by Go's encoding rules
//! (encoding/json's `encode.go`, as Go's v1 API over v2 behaves).
//!
//! Invariants: a scalar reaches `value` as a struct field or interface holds it (`Int`,
//! `Float`, `Bool`; `scalar` converts words read from slices and pointers); `addr` says
//! whether Go would see the value as addressable (reached through a pointer or a slice),
//! which lets pointer-receiver MarshalJSON and MarshalText methods be called.

use std::rc::Rc;

use super::fields::fields;
use super::{bytes_of, call, method, scalar, scan, str_value, Value};
use super::{ERR_MARSHALER, ERR_MARSHAL_TEXT, ERR_NONE, ERR_UNSUPPORTED_TYPE, ERR_UNSUPPORTED_VALUE};
use crate::runtime::frame::Frame;
use crate::runtime::rtype::{IntKind, RType};
use crate::runtime::value::deref;

/// Pointers, maps and slices nested deeper than this are taken for a cycle, as Go does.
const MAX_POINTER_DEPTH: usize = 1000;

/// Why encoding stopped: the error kind, its text (a type name or value), its cause.
pub struct EncErr {
    kind: i64,
    text: String,
    cause: Value,
}

type R = Result<(), EncErr>;

pub struct Enc {
    pub out: Vec<u8>,
    pub escape_html: bool,
    ptr_depth: usize,
}

/// `marshal(v any, escapeHTML bool) (b []byte, kind int, s string, cause error)`.
pub fn marshal(fr: &mut Frame, a: &[Value]) {
    let mut e = Enc { out: Vec::new(), escape_html: a[1].bool(), ptr_depth: 0 };
    let r = match &a[0] {
        Value::Iface(iv) => e.value(fr, &iv.0, &iv.1, false, false),
        _ => {
            e.out.extend_from_slice(b"null");
            Ok(())
        }
    };
    fr.ret_multi = match r {
        Ok(()) => vec![super::bytes_value(e.out), Value::Int(ERR_NONE), str_value(""), Value::Nil],
        Err(err) => vec![Value::Nil, Value::Int(err.kind), str_value(&err.text), err.cause],
    };
}

fn unsupported(rt: &RType) -> EncErr {
    EncErr { kind: ERR_UNSUPPORTED_TYPE, text: rt.go_name(), cause: Value::Nil }
}

impl Enc {
    /// Encodes `v` of type `rt`; `quoted`: the `string` option of the field holding it.
    fn value(&mut self, fr: &mut Frame, rt: &RType, v: &Value, addr: bool, quoted: bool) -> R {
        super::check_stack(fr.stack_limit);
        if let Some(r) = self.marshaler(fr, rt, v, addr) {
            return r;
        }
        match rt.underlying() {
            RType::Bool => {
                let s: &[u8] = if v.bool() { b"true" } else { b"false" };
                self.scalar_text(s, quoted);
            }
            RType::Int(k) => {
                let s = if k.is_unsigned() { (v.int() as u64).to_string() } else { v.int().to_string() };
                self.scalar_text(s.as_bytes(), quoted);
            }
            RType::Float(bits) => {
                let f = v.float();
                if !f.is_finite() {
                    let text = crate::runtime::format::format_float(f, b'g', -1, *bits as u32);
                    return Err(EncErr { kind: ERR_UNSUPPORTED_VALUE, text, cause: Value::Nil });
                }
                let s = float_text(f, *bits as u32);
                self.scalar_text(s.as_bytes(), quoted);
            }
            RType::String => {
                if is_number(rt) {
                    let s = v.str();
                    self.out.extend_from_slice(if s.is_empty() { b"0" } else { s });
                } else if quoted {
                    let mut inner = Vec::new();
                    write_string(&mut inner, v.str(), self.escape_html);
                    write_string(&mut self.out, &inner, self.escape_html);
                } else {
                    write_string(&mut self.out, v.str(), self.escape_html);
                }
            }
            RType::Struct(fs) => {
                let fs = fs.clone();
                self.structure(fr, &fs, v, addr)?;
            }
            RType::Map(kt, vt) => {
                let (kt, vt) = (kt.clone(), vt.clone());
                self.enter(rt)?;
                let r = self.map(fr, rt, &kt, &vt, v);
                self.ptr_depth -= 1;
                r?;
            }
            RType::Slice(et) => {
                let et = et.clone();
                if matches!(v, Value::Nil) {
                    self.out.extend_from_slice(b"null");
                } else if is_byte_elem(&et) {
                    self.out.push(b'"');
                    self.out.extend_from_slice(base64(&bytes_of(v)).as_bytes());
                    self.out.push(b'"');
                } else {
                    self.enter(rt)?;
                    let r = self.elems(fr, &et, v, true);
                    self.ptr_depth -= 1;
                    r?;
                }
            }
            RType::Array(_, et) => {
                let et = et.clone();
                self.elems(fr, &et, v, addr)?;
            }
            RType::Pointer(et) => {
                let et = et.clone();
                match deref(v) {
                    None => self.out.extend_from_slice(b"null"),
                    Some(x) => {
                        self.enter(rt)?;
                        let r = self.value(fr, &et, &scalar(&et, x), true, quoted);
                        self.ptr_depth -= 1;
                        r?;
                    }
                }
            }
            RType::Interface(_) => match v {
                Value::Iface(iv) => {
                    let iv = iv.clone();
                    self.value(fr, &iv.0, &iv.1, false, false)?;
                }
                _ => self.out.extend_from_slice(b"null"),
            },
            _ => return Err(unsupported(rt)),
        }
        Ok(())
    }

    /// One level deeper into pointers, maps and slices: past the limit, a cycle via `rt`.
    fn enter(&mut self, rt: &RType) -> R {
        if self.ptr_depth >= MAX_POINTER_DEPTH {
            let text = format!("encountered a cycle via {}", rt.go_name());
            return Err(EncErr { kind: ERR_UNSUPPORTED_VALUE, text, cause: Value::Nil });
        }
        self.ptr_depth += 1;
        Ok(())
    }

    /// A number or boolean, inside quotes for the `string` option.
    fn scalar_text(&mut self, s: &[u8], quoted: bool) {
        if quoted {
            self.out.push(b'"');
        }
        self.out.extend_from_slice(s);
        if quoted {
            self.out.push(b'"');
        }
    }

    /// Calls MarshalJSON or MarshalText if `rt` has one; None if it has neither.
    fn marshaler(&mut self, fr: &mut Frame, rt: &RType, v: &Value, addr: bool) -> Option<R> {
        let (m, via_ptr, text) = match method(rt, "MarshalJSON", addr) {
            Some((m, p)) => (m, p, false),
            None => {
                let (m, p) = method(rt, "MarshalText", addr)?;
                (m, p, true)
            }
        };
        if matches!(rt, RType::Pointer(_)) && matches!(v, Value::Nil) {
            self.out.extend_from_slice(b"null");
            return Some(Ok(()));
        }
        let r = call(fr, rt, v, m, via_ptr, &[]);
        let (b, err) = (r.first().cloned().unwrap_or_default(), r.get(1).cloned().unwrap_or_default());
        let kind = if text { ERR_MARSHAL_TEXT } else { ERR_MARSHALER };
        if !matches!(err, Value::Nil) {
            return Some(Err(EncErr { kind, text: method_owner(rt), cause: err }));
        }
        let b = bytes_of(&b);
        if text {
            write_string(&mut self.out, &b, self.escape_html);
            return Some(Ok(()));
        }
        match scan::parse(&b, fr.stack_limit) {
            Ok(_) => {
                scan::compact(&b, self.escape_html, &mut self.out);
                Some(Ok(()))
            }
            // The Go side makes the cause a *SyntaxError from the text after the newline.
            Err(e) => Some(Err(EncErr {
                kind: super::ERR_MARSHALER_SYNTAX,
                text: format!("{}\n{}", method_owner(rt), e.msg),
                cause: Value::Nil,
            })),
        }
    }

    fn structure(&mut self, fr: &mut Frame, fs: &Rc<[crate::runtime::rtype::StructField]>, v: &Value, addr: bool) -> R {
        self.out.push(b'{');
        let mut first = true;
        'fields: for f in fields(fs) {
            // Walk the index path; a nil embedded pointer hides its fields.
            let mut x = v.clone();
            let mut xt = RType::Struct(fs.clone());
            let mut xaddr = addr;
            for (j, &i) in f.path.iter().enumerate() {
                let (ft, fv) = match (xt.underlying(), &x) {
                    (RType::Struct(sf), Value::Struct(vals)) => (sf[i].typ.clone(), vals[i].clone()),
                    _ => continue 'fields,
                };
                x = fv;
                xt = ft;
                if j + 1 < f.path.len() {
                    if let RType::Pointer(et) = xt.underlying() {
                        let et = (**et).clone();
                        match deref(&x) {
                            Some(p) => x = p,
                            None => continue 'fields,
                        }
                        xt = et;
                        xaddr = true;
                    }
                }
            }
            if f.omit_empty && is_empty(&f.typ, &x) || f.omit_zero && is_zero(&f.typ, &x) {
                continue;
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            write_string(&mut self.out, f.name.as_bytes(), self.escape_html);
            self.out.push(b':');
            self.value(fr, &f.typ, &x, xaddr, f.quoted)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    fn map(&mut self, fr: &mut Frame, rt: &RType, kt: &RType, vt: &RType, v: &Value) -> R {
        let Value::Map(m) = v else {
            self.out.extend_from_slice(b"null");
            return Ok(());
        };
        let entries: Vec<(Value, Value)> = m.borrow().entries().map(|(k, v)| (k.clone(), v.clone())).collect();
        let mut keyed = Vec::with_capacity(entries.len());
        for (k, x) in entries {
            let key = match (method(kt, "MarshalText", false), kt.underlying()) {
                (_, RType::String) => k.str().to_vec(),
                (Some((m, _)), _) => {
                    if matches!(kt, RType::Pointer(_)) && matches!(k, Value::Nil) {
                        Vec::new()
                    } else {
                        let r = call(fr, kt, &k, m, false, &[]);
                        if let Some(err) = r.get(1).filter(|e| !matches!(e, Value::Nil)) {
                            return Err(EncErr { kind: ERR_MARSHAL_TEXT, text: method_owner(kt), cause: err.clone() });
                        }
                        bytes_of(r.first().unwrap_or(&Value::Nil))
                    }
                }
                (None, RType::Int(k2)) => {
                    if k2.is_unsigned() {
                        (k.int() as u64).to_string().into_bytes()
                    } else {
                        k.int().to_string().into_bytes()
                    }
                }
                _ => return Err(unsupported(rt)),
            };
            keyed.push((key, x));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        for (i, (k, x)) in keyed.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write_string(&mut self.out, k, self.escape_html);
            self.out.push(b':');
            self.value(fr, vt, x, false, false)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    /// The elements of a slice or array.
    fn elems(&mut self, fr: &mut Frame, et: &RType, v: &Value, addr: bool) -> R {
        self.out.push(b'[');
        if let Value::Slice(s) = v {
            let s = s.clone();
            for i in 0..s.len {
                if i > 0 {
                    self.out.push(b',');
                }
                let x = scalar(et, s.get_value(i));
                self.value(fr, et, &x, addr, false)?;
            }
        }
        self.out.push(b']');
        Ok(())
    }
}

/// The type a MarshalerError names: Go (v2 under the v1 API) calls the method on an
/// addressable copy, so it names the pointer type.
fn method_owner(rt: &RType) -> String {
    match rt {
        RType::Pointer(_) => rt.go_name(),
        _ => format!("*{}", rt.go_name()),
    }
}

/// Whether `rt` is json.Number.
pub fn is_number(rt: &RType) -> bool {
    matches!(rt, RType::Named(n) if &*n.pkg_path == "encoding/json" && &*n.bare == "Number")
}

/// Whether a slice of `et` is encoded as base64 (`[]byte`, and `[]T` of a byte type
/// without its own marshaling methods).
fn is_byte_elem(et: &RType) -> bool {
    matches!(et.underlying(), RType::Int(IntKind::U8))
        && ["MarshalJSON", "MarshalText"].iter().all(|m| super::method(et, m, true).is_none())
}

/// omitempty's test: false, 0, "", nil, and empty arrays, slices and maps.
fn is_empty(rt: &RType, v: &Value) -> bool {
    match rt.underlying() {
        RType::Bool => !v.bool(),
        RType::Int(_) => v.int() == 0,
        RType::Float(_) => v.float() == 0.0,
        RType::String => v.str().is_empty(),
        RType::Slice(_) | RType::Array(..) => crate::runtime::slice::len(v) == 0,
        RType::Map(..) => match v {
            Value::Map(m) => m.borrow().is_empty(),
            _ => true,
        },
        RType::Pointer(_) | RType::Interface(_) | RType::Func(_) | RType::Chan(..) => matches!(v, Value::Nil),
        _ => false,
    }
}

/// omitzero's test: the type's zero value.
fn is_zero(rt: &RType, v: &Value) -> bool {
    match rt.underlying() {
        RType::Bool => !v.bool(),
        RType::Int(_) => v.int() == 0,
        RType::Float(_) => v.float() == 0.0 && v.float().is_sign_positive(),
        RType::String => v.str().is_empty(),
        RType::Struct(fs) => match v {
            Value::Struct(vals) => fs.iter().zip(vals.iter()).all(|(f, x)| is_zero(&f.typ, x)),
            _ => true,
        },
        RType::Array(_, et) => match v {
            Value::Slice(s) => (0..s.len).all(|i| is_zero(et, &scalar(et, s.get_value(i)))),
            _ => true,
        },
        _ => matches!(v, Value::Nil),
    }
}

/// A float as encoding/json writes it: like `%g` but with plain notation from 1e-6 up to
/// 1e21, and exponents without a leading zero (`1e-7`).
pub fn float_text(f: f64, bits: u32) -> String {
    let abs = f.abs();
    let fmt = if abs != 0.0 && (abs < 1e-6 || abs >= 1e21) {
        if bits == 32 && ((abs as f32) >= 1e-6 && (abs as f32) < 1e21) {
            b'f'
        } else {
            b'e'
        }
    } else {
        b'f'
    };
    let mut s = crate::runtime::format::format_float(f, fmt, -1, bits);
    if fmt == b'e' {
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
    }
    s
}

/// `s` as a JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
/// escapes, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped, and with `html` also `<`,
/// `>` and `&`.
pub fn write_string(out: &mut Vec<u8>, s: &[u8], html: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                8 => out.extend_from_slice(b"\\b"),
                12 => out.extend_from_slice(b"\\f"),
                b'<' | b'>' | b'&' if html => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 0xF) as usize]);
                }
                0..=0x1f => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 0xF) as usize]);
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        let (ch, n) = scan::char_at(s, i);
        match ch {
            '\u{2028}' => out.extend_from_slice(b"\\u2028"),
            '\u{2029}' => out.extend_from_slice(b"\\u2029"),
            _ => {
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
        i += n;
    }
    out.push(b'"');
}

/// Standard base64 with padding.
fn base64(b: &[u8]) -> String {
    const ALPHA: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::with_capacity(b.len().div_ceil(3) * 4);
    for chunk in b.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &c)| acc | (c as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                s.push(ALPHA[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// Decodes standard base64 (padding optional, white space `\r` `\n` ignored as Go does).
pub fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut n = 0;
    let mut pad = 0;
    for &c in s {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                pad += 1;
                continue;
            }
            b'\r' | b'\n' => continue,
            _ => return None,
        };
        if pad > 0 {
            return None;
        }
        acc = acc << 6 | d as u32;
        n += 1;
        if n == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            n = 0;
        }
    }
    match n {
        0 => {}
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => return None,
    }
    Some(out)
}
