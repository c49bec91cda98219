//! Native functions of the standard packages (declared without a body in `stdlib/`): for
//! now fmt's printing of basic values. Arguments arrive as interface values, each with its
//! runtime type, as Go passes them to `...any`.

use gint_syntax::ast;
use gint_syntax::span::Span;

use super::lower::ValE;
use crate::runtime::format::{float_f, float_v};
use crate::runtime::frame::Frame;
use crate::runtime::value::{RType, Str, Value};
use crate::types::object::ObjId;

use super::lower::Lower;
use super::Host;

/// Writes what the program printed.
pub fn flush(fr: &mut Frame, host: &mut dyn Host) {
    if !fr.out.is_empty() {
        host.stdout(&fr.out);
        fr.out.clear();
    }
}

/// Evaluates the arguments of a `...any` call.
type ArgsE = Box<dyn Fn(&mut Frame) -> Vec<Value>>;

/// The arguments of a `...any` call, as interface values: each argument, or the results of
/// a single multi-valued call (`fmt.Println(f())`).
fn iface_args(lw: &mut Lower<'_>, args: &[ast::Expr]) -> ArgsE {
    if let [a] = args {
        if let Some((call, types)) = lw.multi_call(a) {
            let rts: Vec<Option<RType>> =
                types.iter().map(|&t| if lw.is_interface(t) { None } else { Some(lw.rtype_of(t)) }).collect();
            return Box::new(move |fr| {
                call(fr);
                let vs = std::mem::take(&mut fr.ret_multi);
                vs.into_iter()
                    .zip(&rts)
                    .map(|(v, rt)| match rt {
                        Some(rt) => Value::Iface(std::rc::Rc::new((rt.clone(), v))),
                        None => v,
                    })
                    .collect()
            });
        }
    }
    let vals: Vec<ValE> = args
        .iter()
        .map(|a| {
            let t = lw.type_of_expr(a);
            if lw.is_interface(t) {
                lw.value(a)
            } else {
                let rt = lw.rtype_of(t);
                let v = lw.value(a);
                Box::new(move |fr: &mut Frame| Value::Iface(std::rc::Rc::new((rt.clone(), v(fr))))) as ValE
            }
        })
        .collect();
    Box::new(move |fr| vals.iter().map(|v| v(fr)).collect())
}

/// A call of a native function used as a statement.
pub fn lower_native(
    lw: &mut Lower<'_>,
    name: &str,
    _obj: ObjId,
    args: &[ast::Expr],
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
    let printer: fn(&[Value]) -> Vec<u8> = match name {
        "fmt.Println" => |vs| sprintln(vs),
        "fmt.Print" => |vs| sprint(vs),
        "fmt.Printf" => {
            let (format, rest) = args.split_first()?;
            let format = lw.value(format);
            let vals = iface_args(lw, rest);
            return Some(Box::new(move |fr| {
                let f = format(fr);
                let vs = vals(fr);
                let out = sprintf(f.str(), &vs);
                fr.out.extend_from_slice(&out);
            }));
        }
        _ => {
            lw.unsupported_at(span, &format!("the native function {name}"));
            return None;
        }
    };
    let vals = iface_args(lw, args);
    Some(Box::new(move |fr| {
        let vs = vals(fr);
        let out = printer(&vs);
        fr.out.extend_from_slice(&out);
    }))
}

/// A call of a native function whose (single) result is used.
pub fn lower_native_value(
    lw: &mut Lower<'_>,
    name: &str,
    _obj: ObjId,
    args: &[ast::Expr],
    _span: Span,
) -> Option<ValE> {
    let f: fn(&[Value]) -> Vec<u8> = match name {
        "fmt.Sprint" => |vs| sprint(vs),
        "fmt.Sprintln" => |vs| sprintln(vs),
        "fmt.Sprintf" => {
            let (format, rest) = args.split_first()?;
            let format = lw.value(format);
            let vals = iface_args(lw, rest);
            return Some(Box::new(move |fr| {
                let f = format(fr);
                let vs = vals(fr);
                Value::Str(Str::from_bytes(sprintf(f.str(), &vs)))
            }));
        }
        _ => return None,
    };
    let vals = iface_args(lw, args);
    Some(Box::new(move |fr| {
        let vs = vals(fr);
        Value::Str(Str::from_bytes(f(&vs)))
    }))
}

/// `%v` of an interface value.
fn format_v(v: &Value) -> Vec<u8> {
    match v {
        Value::Nil => b"<nil>".to_vec(),
        Value::Iface(iv) => {
            let (rt, x) = &**iv;
            match rt {
                RType::Bool => {
                    if x.bool() {
                        b"true".to_vec()
                    } else {
                        b"false".to_vec()
                    }
                }
                RType::Int(k) => {
                    if k.is_unsigned() {
                        (x.int() as u64).to_string().into_bytes()
                    } else {
                        x.int().to_string().into_bytes()
                    }
                }
                RType::Float(bits) => float_v(x.float(), *bits == 32).into_bytes(),
                RType::String => x.str().to_vec(),
                RType::Slice(et) => format_slice(et, x),
                RType::Complex(_) | RType::Other(_) => b"?".to_vec(),
            }
        }
        _ => b"?".to_vec(),
    }
}

/// `%v` of a slice: its elements' `%v`, space-separated, in brackets.
fn format_slice(et: &std::rc::Rc<RType>, x: &Value) -> Vec<u8> {
    let mut out = vec![b'['];
    if let Value::Slice(so) = x {
        for i in 0..so.len {
            if i > 0 {
                out.push(b' ');
            }
            let v = match (&**et, so.get_value(i)) {
                (RType::Float(_), Value::Int(w)) => Value::Float(f64::from_bits(w as u64)),
                (RType::Bool, Value::Int(w)) => Value::Bool(w != 0),
                (_, v) => v,
            };
            let v =
                if matches!(&**et, RType::Other(_)) { v } else { Value::Iface(std::rc::Rc::new(((**et).clone(), v))) };
            out.extend(format_v(&v));
        }
    }
    out.push(b']');
    out
}

fn is_string(v: &Value) -> bool {
    matches!(v, Value::Iface(iv) if iv.0 == RType::String)
}

/// fmt.Sprintln: operands separated by spaces, and a newline.
fn sprintln(vs: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend(format_v(v));
    }
    out.push(b'\n');
    out
}

/// fmt.Sprint: spaces between operands when neither is a string.
fn sprint(vs: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 && !is_string(v) && !is_string(&vs[i - 1]) {
            out.push(b' ');
        }
        out.extend(format_v(v));
    }
    out
}

/// fmt.Sprintf for the common verbs: %v %d %s %t %f %e %g %x %X %c %q %T %%, with flags
/// `-`, `0`, `+`, width and precision. Other verbs print as Go prints a bad verb.
fn sprintf(format: &[u8], vs: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut args = vs.iter();
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let (mut minus, mut zero, mut plus) = (false, false, false);
        while i < format.len() && matches!(format[i], b'-' | b'0' | b'+') {
            match format[i] {
                b'-' => minus = true,
                b'0' => zero = true,
                _ => plus = true,
            }
            i += 1;
        }
        let mut width = None;
        while i < format.len() && format[i].is_ascii_digit() {
            width = Some(width.unwrap_or(0) * 10 + (format[i] - b'0') as usize);
            i += 1;
        }
        let mut prec = None;
        if i < format.len() && format[i] == b'.' {
            i += 1;
            let mut p = 0;
            while i < format.len() && format[i].is_ascii_digit() {
                p = p * 10 + (format[i] - b'0') as usize;
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&verb) = format.get(i) else {
            out.extend_from_slice(b"%!(NOVERB)");
            break;
        };
        i += 1;
        if verb == b'%' {
            out.push(b'%');
            continue;
        }
        let Some(arg) = args.next() else {
            out.extend_from_slice(format!("%!{}(MISSING)", verb as char).as_bytes());
            continue;
        };
        let mut text = format_verb(verb, arg, prec, plus);
        if let Some(w) = width {
            let len = String::from_utf8_lossy(&text).chars().count();
            if len < w {
                let pad = w - len;
                if minus {
                    text.extend(std::iter::repeat_n(b' ', pad));
                } else if zero && !matches!(verb, b's' | b'q' | b'c' | b'v' | b't') {
                    let sign = text.first().is_some_and(|c| *c == b'-' || *c == b'+');
                    let at = sign as usize;
                    text.splice(at..at, std::iter::repeat_n(b'0', pad));
                } else {
                    text.splice(0..0, std::iter::repeat_n(b' ', pad));
                }
            }
        }
        out.extend(text);
    }
    let extra: Vec<&Value> = args.collect();
    if !extra.is_empty() {
        out.extend_from_slice(b"%!(EXTRA ");
        for (k, v) in extra.iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend(type_name(v).into_bytes());
            out.push(b'=');
            out.extend(format_v(v));
        }
        out.push(b')');
    }
    out
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Iface(iv) => match &iv.0 {
            RType::Bool => "bool".into(),
            RType::Int(k) => {
                let n = format!("{}{}", if k.is_unsigned() { "uint" } else { "int" }, k.bits());
                if n == "int64" {
                    "int".into()
                } else if n == "uint64" {
                    "uint".into()
                } else if n == "uint8" {
                    "uint8".into()
                } else {
                    n
                }
            }
            RType::Float(b) => format!("float{b}"),
            RType::Complex(b) => format!("complex{b}"),
            RType::String => "string".into(),
            RType::Slice(_) => rtype_name(&iv.0),
            RType::Other(n) => n.to_string(),
        },
        _ => "<nil>".into(),
    }
}

fn rtype_name(rt: &RType) -> String {
    match rt {
        RType::Slice(et) => format!("[]{}", rtype_name(et)),
        _ => type_name(&Value::Iface(std::rc::Rc::new((rt.clone(), Value::Nil)))),
    }
}

fn format_verb(verb: u8, v: &Value, prec: Option<usize>, plus: bool) -> Vec<u8> {
    let Value::Iface(iv) = v else {
        return match verb {
            b'v' | b's' => b"<nil>".to_vec(),
            _ => format!("%!{}(<nil>)", verb as char).into_bytes(),
        };
    };
    let (rt, x) = &**iv;
    let bad = || format!("%!{}({}={})", verb as char, type_name(v), String::from_utf8_lossy(&format_v(v))).into_bytes();
    match (verb, rt) {
        (b'v', _) => {
            let s = format_v(v);
            if plus && matches!(rt, RType::Int(_) | RType::Float(_)) && !s.starts_with(b"-") {
                let mut p = vec![b'+'];
                p.extend(s);
                return p;
            }
            s
        }
        (b'T', _) => type_name(v).into_bytes(),
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

fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// `%e`: d.dddddde±dd.
fn go_exp(f: f64, prec: usize) -> String {
    let s = format!("{f:.prec$e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}
