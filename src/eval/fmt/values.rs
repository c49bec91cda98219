//! Values by kind: `%v` of every runtime type, and the other verbs on scalars.

use super::{rtype_name, type_name};
use crate::runtime::format::{float_f, float_v};
use crate::runtime::value::{RType, Value};

/// `%v` of an interface value.
pub(crate) fn format_v(v: &Value) -> Vec<u8> {
    format_vp(v, false)
}

/// `%v` (or `%+v` when `plus`: struct fields with their names) of an interface value.
pub(crate) fn format_vp(v: &Value, plus: bool) -> Vec<u8> {
    let mut out = Vec::new();
    match v {
        Value::Iface(iv) => write_v(&iv.0, &iv.1, plus, 0, &mut out),
        _ => out.extend_from_slice(b"<nil>"),
    }
    out
}

/// Writes `x`, of runtime type `rt`, as `%v` prints it; `depth` is 0 for the operand itself
/// (a pointer to a struct prints as `&{…}` only there, deeper as an address).
pub(crate) fn write_v(rt: &RType, x: &Value, plus: bool, depth: usize, out: &mut Vec<u8>) {
    match rt.underlying() {
        RType::Bool => out.extend_from_slice(if x.bool() { b"true" } else { b"false" }),
        RType::Int(k) => {
            let s = if k.is_unsigned() { (x.int() as u64).to_string() } else { x.int().to_string() };
            out.extend_from_slice(s.as_bytes());
        }
        RType::Float(bits) => out.extend_from_slice(float_v(x.float(), *bits == 32).as_bytes()),
        RType::String => out.extend_from_slice(x.str()),
        RType::Slice(et) | RType::Array(_, et) => {
            out.push(b'[');
            if let Value::Slice(so) = x {
                for i in 0..so.len {
                    if i > 0 {
                        out.push(b' ');
                    }
                    let v = match (et.underlying(), so.get_value(i)) {
                        (RType::Float(_), Value::Int(w)) => Value::Float(f64::from_bits(w as u64)),
                        (RType::Bool, Value::Int(w)) => Value::Bool(w != 0),
                        (_, v) => v,
                    };
                    write_v(et, &v, plus, depth + 1, out);
                }
            }
            out.push(b']');
        }
        RType::Struct(fields) => {
            out.push(b'{');
            if let Value::Struct(vs) = x {
                for (i, ((name, ft), fv)) in fields.iter().zip(vs.iter()).enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    if plus {
                        out.extend_from_slice(name.as_bytes());
                        out.push(b':');
                    }
                    write_v(ft, fv, plus, depth + 1, out);
                }
            }
            out.push(b'}');
        }
        RType::Pointer(et) => match x {
            Value::Nil => out.extend_from_slice(b"<nil>"),
            p if depth == 0 && matches!(et.underlying(), RType::Struct(_) | RType::Array(..)) => {
                out.push(b'&');
                let v = crate::runtime::value::deref(p).unwrap_or_default();
                write_v(et, &v, plus, depth + 1, out);
            }
            // An address: gint's are not Go's, but look like them.
            Value::Cell(c) => out.extend_from_slice(fake_addr(c.as_ptr() as usize).as_bytes()),
            Value::WordCell(c) => out.extend_from_slice(fake_addr(c.as_ptr() as usize).as_bytes()),
            Value::Ref(r) => out.extend_from_slice(fake_addr(std::rc::Rc::as_ptr(r) as usize).as_bytes()),
            _ => out.push(b'?'),
        },
        RType::Map(kt, vt) => {
            if matches!(x, Value::Nil) && depth > 0 {
                out.extend_from_slice(b"map[]");
                return;
            }
            out.extend_from_slice(b"map[");
            if let Value::Map(m) = x {
                let m = m.borrow();
                let mut es: Vec<(&Value, &Value)> = m.entries().collect();
                // fmt prints maps sorted by key (internal/fmtsort).
                es.sort_by(|a, b| fmt_cmp(kt, a.0, b.0));
                for (i, (k, v)) in es.into_iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    write_v(kt, k, plus, depth + 1, out);
                    out.push(b':');
                    write_v(vt, v, plus, depth + 1, out);
                }
            }
            out.push(b']');
        }
        RType::Named(_) | RType::Complex(_) | RType::Other(_) => match x {
            Value::Iface(_) => out.extend(format_vp(x, plus)),
            Value::Nil => out.extend_from_slice(b"<nil>"),
            _ => out.push(b'?'),
        },
    }
}

/// The order fmt sorts map keys in (internal/fmtsort): numbers by value (NaN first),
/// strings by bytes, false before true, pointers by address, structs field by field,
/// interfaces by their dynamic type, then value.
pub(crate) fn fmt_cmp(rt: &RType, a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (rt.underlying(), a, b) {
        (RType::Int(k), _, _) if k.is_unsigned() => (a.int() as u64).cmp(&(b.int() as u64)),
        (RType::Int(_), _, _) => a.int().cmp(&b.int()),
        (RType::Float(_), Value::Float(x), Value::Float(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        },
        (RType::String, _, _) => a.str().cmp(b.str()),
        (RType::Bool, _, _) => a.bool().cmp(&b.bool()),
        (RType::Struct(fs), Value::Struct(x), Value::Struct(y)) => fs
            .iter()
            .zip(x.iter().zip(y.iter()))
            .map(|((_, ft), (p, q))| fmt_cmp(ft, p, q))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal),
        (_, Value::Iface(x), Value::Iface(y)) => {
            rtype_name(&x.0).cmp(&rtype_name(&y.0)).then_with(|| fmt_cmp(&x.0, &x.1, &y.1))
        }
        (_, Value::Nil, Value::Nil) => Ordering::Equal,
        (_, Value::Nil, _) => Ordering::Less,
        (_, _, Value::Nil) => Ordering::Greater,
        _ => addr_of(a).cmp(&addr_of(b)),
    }
}

pub(crate) fn addr_of(v: &Value) -> usize {
    match v {
        Value::Cell(c) => c.as_ptr() as usize,
        Value::WordCell(c) => c.as_ptr() as usize,
        Value::Ref(r) => std::rc::Rc::as_ptr(r) as usize,
        _ => 0,
    }
}

pub(crate) fn fake_addr(p: usize) -> String {
    format!("{:#x}", 0xc000000000usize + (p & 0xffffff))
}

pub(crate) fn format_verb(verb: u8, v: &Value, prec: Option<usize>, plus: bool) -> Vec<u8> {
    let Value::Iface(iv) = v else {
        return match verb {
            b'v' | b's' => b"<nil>".to_vec(),
            _ => format!("%!{}(<nil>)", verb as char).into_bytes(),
        };
    };
    let (rt, x) = &**iv;
    let rt = rt.underlying();
    let bad = || format!("%!{}({}={})", verb as char, type_name(v), String::from_utf8_lossy(&format_v(v))).into_bytes();
    match (verb, rt) {
        (b'v', _) => format_vp(v, plus),
        (b'T', _) => type_name(v).into_bytes(),
        (_, RType::Struct(fields)) if !matches!(verb, b'v' | b'T') => {
            // Other verbs apply to each field, as fmt does.
            let mut out = vec![b'{'];
            if let Value::Struct(vs) = x {
                for (i, ((_, ft), fv)) in fields.iter().zip(vs.iter()).enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    out.extend(format_verb(
                        verb,
                        &Value::Iface(std::rc::Rc::new((ft.clone(), fv.clone()))),
                        prec,
                        plus,
                    ));
                }
            }
            out.push(b'}');
            out
        }
        (b'd', RType::Int(k)) => {
            let s = if k.is_unsigned() { (x.int() as u64).to_string() } else { x.int().to_string() };
            if plus && !s.starts_with('-') {
                format!("+{s}").into_bytes()
            } else {
                s.into_bytes()
            }
        }
        (b'x' | b'X', RType::Int(k)) => {
            let n = x.int();
            let s = if k.is_unsigned() || n >= 0 {
                format!("{:x}", n as u64 & mask(k.bits()))
            } else {
                format!("-{:x}", n.unsigned_abs())
            };
            if verb == b'X' {
                s.to_uppercase().into_bytes()
            } else {
                s.into_bytes()
            }
        }
        (b'x' | b'X', RType::String) => {
            let s: String = x.str().iter().map(|b| format!("{b:02x}")).collect();
            if verb == b'X' {
                s.to_uppercase().into_bytes()
            } else {
                s.into_bytes()
            }
        }
        (b'b', RType::Int(_)) => format!("{:b}", x.int()).into_bytes(),
        (b'o', RType::Int(_)) => format!("{:o}", x.int()).into_bytes(),
        (b'c', RType::Int(_)) => char::from_u32(x.int() as u32).unwrap_or('\u{FFFD}').to_string().into_bytes(),
        (b'q', RType::Int(_)) => format!("'{}'", char::from_u32(x.int() as u32).unwrap_or('\u{FFFD}')).into_bytes(),
        (b's', RType::String) => match prec {
            Some(p) => String::from_utf8_lossy(x.str()).chars().take(p).collect::<String>().into_bytes(),
            None => x.str().to_vec(),
        },
        (b'q', RType::String) => crate::types::typestring::go_quote(&String::from_utf8_lossy(x.str())).into_bytes(),
        (b't', RType::Bool) => format_v(v),
        (b'f' | b'F', RType::Float(_)) => {
            let s = float_f(x.float(), prec.unwrap_or(6));
            if plus && !s.starts_with('-') {
                format!("+{s}").into_bytes()
            } else {
                s.into_bytes()
            }
        }
        (b'e', RType::Float(_)) => go_exp(x.float(), prec.unwrap_or(6)).into_bytes(),
        (b'g', RType::Float(b)) if prec.is_none() => float_v(x.float(), *b == 32).into_bytes(),
        _ => bad(),
    }
}

pub(crate) fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// `%e`: d.dddddde±dd.
pub(crate) fn go_exp(f: f64, prec: usize) -> String {
    let s = format!("{f:.prec$e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}
