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
/// Each comes with whether it is of a string kind (which decides Print's spaces), since
/// fmt calls an operand's Error or String method and prints what it returns (for %v %s %x
/// %X %q; `printf_args` leaves the other verbs alone).
fn iface_args(lw: &mut Lower<'_>, args: &[ast::Expr]) -> PrintArgsE {
    let ids = lw.print_method_ids();
    let vals = iface_values(lw, args);
    Box::new(move |fr| {
        let vs = vals(fr);
        let strings = vs.iter().map(is_string).collect();
        let shown = vs.into_iter().map(|v| super::lower::call_print_method(fr, &v, &ids).unwrap_or(v)).collect();
        (shown, strings)
    })
}

type PrintArgsE = Box<dyn Fn(&mut Frame) -> (Vec<Value>, Vec<bool>)>;

/// The arguments of `fmt.Printf`: an operand's Error or String method is called only for the
/// verbs that call it.
fn printf_args(lw: &mut Lower<'_>, args: &[ast::Expr]) -> Box<dyn Fn(&mut Frame, &[u8]) -> Vec<Value>> {
    let ids = lw.print_method_ids();
    let vals = iface_values(lw, args);
    Box::new(move |fr, format| {
        let vs = vals(fr);
        let verbs = arg_verbs(format);
        vs.into_iter()
            .enumerate()
            .map(|(i, v)| match verbs.get(i) {
                Some(b'v' | b's' | b'x' | b'X' | b'q') => super::lower::call_print_method(fr, &v, &ids).unwrap_or(v),
                _ => v,
            })
            .collect()
    })
}

/// The verb each operand of a format is printed with, in order.
fn arg_verbs(format: &[u8]) -> Vec<u8> {
    let mut verbs = Vec::new();
    let mut i = 0;
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        while i < format.len() && matches!(format[i], b'-' | b'0' | b'+' | b'.' | b'#' | b' ' | b'0'..=b'9') {
            i += 1;
        }
        if let Some(&v) = format.get(i) {
            if v != b'%' {
                verbs.push(v);
            }
        }
        i += 1;
    }
    verbs
}

fn iface_values(lw: &mut Lower<'_>, args: &[ast::Expr]) -> ArgsE {
    if let [a] = args {
        if let Some((call, types)) = lw.multi_call(a) {
            for &t in &types {
                lw.ensure_methods(t);
            }
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
            lw.ensure_methods(t);
            if lw.has_nested_stringer(t) {
                lw.unsupported_at(a.span, "printing values with String or Error methods");
            }
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
    obj: ObjId,
    args: &[ast::Expr],
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
    if super::native_pkgs::lookup(name).is_some() {
        return super::native_pkgs::lower_call(lw, name, obj, None, args, false, span);
    }
    let printer: fn(&[Value], &[bool]) -> Vec<u8> = match name {
        "os.Exit" => {
            // Ends the program at once: the unwind runs no deferred calls
            // (`lower/defers.rs` lets it through).
            let [code] = args else { return None };
            let code = lw.int(code);
            return Some(Box::new(move |fr| {
                let c = code(fr) as i32;
                std::panic::resume_unwind(Box::new(crate::runtime::panic::GoPanic::Exit(c)))
            }));
        }
        "fmt.Println" => |vs, _| sprintln(vs),
        "fmt.Print" => sprint,
        "fmt.Printf" => {
            let (format, rest) = args.split_first()?;
            let format = lw.value(format);
            let vals = printf_args(lw, rest);
            return Some(Box::new(move |fr| {
                let f = format(fr);
                let vs = vals(fr, f.str());
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
        let (vs, strings) = vals(fr);
        let out = printer(&vs, &strings);
        fr.out.extend_from_slice(&out);
    }))
}

/// `defer fmt.Println(args)` (and Print, Printf): the arguments are evaluated at the
/// `defer`; their String and Error methods are called when the deferred call runs.
pub fn lower_native_deferred(
    lw: &mut Lower<'_>,
    name: &str,
    obj: ObjId,
    args: &[ast::Expr],
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
    if super::native_pkgs::lookup(name).is_some() {
        return super::native_pkgs::lower_call(lw, name, obj, None, args, true, span);
    }
    let (format, rest) = match name {
        "fmt.Printf" => {
            let (format, rest) = args.split_first()?;
            (Some(lw.value(format)), rest)
        }
        "fmt.Println" | "fmt.Print" => (None, args),
        _ => {
            lw.unsupported_at(span, &format!("defer of the native function {name}"));
            return None;
        }
    };
    let line = name == "fmt.Println";
    let ids = lw.print_method_ids();
    let vals = iface_values(lw, rest);
    Some(Box::new(move |fr| {
        let format = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        fr.defers.push(Box::new(move |fr: &mut Frame| {
            let out = match &format {
                Some(f) => {
                    let verbs = arg_verbs(f.str());
                    let vs: Vec<Value> = vs
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| match verbs.get(i) {
                            Some(b'v' | b's' | b'x' | b'X' | b'q') => {
                                super::lower::call_print_method(fr, &v, &ids).unwrap_or(v)
                            }
                            _ => v,
                        })
                        .collect();
                    sprintf(f.str(), &vs)
                }
                None => {
                    let strings: Vec<bool> = vs.iter().map(is_string).collect();
                    let vs: Vec<Value> =
                        vs.into_iter().map(|v| super::lower::call_print_method(fr, &v, &ids).unwrap_or(v)).collect();
                    if line {
                        sprintln(&vs)
                    } else {
                        sprint(&vs, &strings)
                    }
                }
            };
            fr.out.extend_from_slice(&out);
        }));
    }))
}

/// The bytes of a string held in an interface value.
pub(crate) fn iface_str(v: &Value) -> &[u8] {
    match v {
        Value::Iface(iv) => iv.1.str(),
        other => other.str(),
    }
}

/// A panic's value as Go prints it after "panic: " when it has no Error or String method:
/// basic values as they are, values of declared basic types as `main.T(v)`, anything else
/// as its type and an address.
pub(crate) fn panic_shown(v: &Value) -> String {
    let Value::Iface(iv) = v else { return "nil".to_string() };
    let text = |v: &Value| String::from_utf8_lossy(&format_v(v)).into_owned();
    match &iv.0 {
        RType::Bool | RType::Int(_) | RType::Float(_) | RType::Complex(_) | RType::String => text(v),
        RType::Named(d) => match d.underlying.get() {
            Some(u @ (RType::Bool | RType::Int(_) | RType::Float(_) | RType::Complex(_))) => {
                format!("{}({})", d.name, text(&Value::Iface(std::rc::Rc::new((u.clone(), iv.1.clone())))))
            }
            Some(RType::String) => format!("{}({:?})", d.name, String::from_utf8_lossy(iv.1.str())),
            _ => format!("({}) {}", d.name, fake_addr(addr_of(&iv.1))),
        },
        rt => format!("({}) {}", rtype_name(rt), fake_addr(addr_of(&iv.1))),
    }
}

/// A call of a native function whose (single) result is used.
pub fn lower_native_value(
    lw: &mut Lower<'_>,
    name: &str,
    _obj: ObjId,
    args: &[ast::Expr],
    _span: Span,
) -> Option<ValE> {
    let f: fn(&[Value], &[bool]) -> Vec<u8> = match name {
        "fmt.Sprint" => sprint,
        "fmt.Sprintln" => |vs, _| sprintln(vs),
        "fmt.Sprintf" => {
            let (format, rest) = args.split_first()?;
            let format = lw.value(format);
            let vals = printf_args(lw, rest);
            return Some(Box::new(move |fr| {
                let f = format(fr);
                let vs = vals(fr, f.str());
                Value::Str(Str::from_bytes(sprintf(f.str(), &vs)))
            }));
        }
        "fmt.Errorf" => return errorf(lw, args, _span),
        _ => return None,
    };
    let vals = iface_args(lw, args);
    Some(Box::new(move |fr| {
        let (vs, strings) = vals(fr);
        Value::Str(Str::from_bytes(f(&vs, &strings)))
    }))
}

/// `fmt.Errorf(format, args…)` with a constant format: the message is Sprintf's with `%w`
/// printed as `%v`; with one `%w`, the error wraps that operand (its `Unwrap` returns it).
fn errorf(lw: &mut Lower<'_>, args: &[ast::Expr], span: Span) -> Option<ValE> {
    let (format, rest) = args.split_first()?;
    let Some((crate::types::constant::Value::String(f), _)) = lw.constant(format) else {
        lw.unsupported_at(span, "fmt.Errorf with a non-constant format");
        return None;
    };
    let verbs = arg_verbs(&f);
    let wrapped: Vec<usize> = verbs.iter().enumerate().filter(|(_, v)| **v == b'w').map(|(i, _)| i).collect();
    if wrapped.len() > 1 || f.windows(2).any(|w| w == b"%[") {
        lw.unsupported_at(span, "fmt.Errorf with several %w or argument indexes");
        return None;
    }
    let verbs: Vec<u8> = verbs.iter().map(|&v| if v == b'w' { b'v' } else { v }).collect();
    let format: Vec<u8> = {
        // `%w` as `%v` (a `%%` is skipped whole, so `%%w` stays).
        let mut out = f.to_vec();
        let mut i = 0;
        while i < out.len() {
            if out[i] == b'%' {
                i += 1;
                while i < out.len() && matches!(out[i], b'-' | b'0' | b'+' | b'.' | b'#' | b' ' | b'0'..=b'9') {
                    i += 1;
                }
                if i < out.len() && out[i] == b'w' {
                    out[i] = b'v';
                }
            }
            i += 1;
        }
        out
    };
    let ids = lw.print_method_ids();
    let vals = iface_values(lw, rest);
    let rt = lw.errorf_type(!wrapped.is_empty());
    let wrapped = wrapped.first().copied();
    Some(Box::new(move |fr| {
        let raw = vals(fr);
        let shown: Vec<Value> = raw
            .iter()
            .enumerate()
            .map(|(i, v)| match verbs.get(i) {
                Some(b'v' | b's' | b'x' | b'X' | b'q') => {
                    super::lower::call_print_method(fr, v, &ids).unwrap_or_else(|| v.clone())
                }
                _ => v.clone(),
            })
            .collect();
        let msg = Value::Str(Str::from_bytes(sprintf(&format, &shown)));
        let err = wrapped.and_then(|i| raw.get(i).cloned()).unwrap_or(Value::Nil);
        let obj =
            Value::Cell(std::rc::Rc::new(std::cell::RefCell::new(Value::Struct(std::rc::Rc::new(vec![msg, err])))));
        Value::Iface(std::rc::Rc::new((rt.clone(), obj)))
    }))
}

/// A call of a native function with a boolean result (`errors.isComparable`).
pub fn lower_native_bool(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<super::lower::BoolE> {
    if name != "errors.isComparable" {
        return None;
    }
    let [x] = args else { return None };
    let x = lw.value(x);
    Some(Box::new(move |fr| match x(fr) {
        Value::Iface(iv) => rtype_comparable(&iv.0),
        _ => true,
    }))
}

/// Whether `==` is defined on values of a runtime type (no slices, maps or functions).
fn rtype_comparable(rt: &RType) -> bool {
    match rt.underlying() {
        RType::Slice(_) | RType::Map(..) => false,
        RType::Array(_, et) => rtype_comparable(et),
        RType::Struct(fs) => fs.iter().all(|(_, t)| rtype_comparable(t)),
        RType::Other(n) => !n.starts_with("func"),
        _ => true,
    }
}

/// A call of a native function with a float result (`math.Sqrt`).
pub fn lower_native_float(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<super::lower::FloatE> {
    let f: fn(f64) -> f64 = match name {
        "math.Sqrt" => f64::sqrt,
        "math.Abs" => f64::abs,
        "math.Floor" => f64::floor,
        "math.Ceil" => f64::ceil,
        _ => return None,
    };
    let [a] = args else { return None };
    let x = lw.float(a);
    Some(Box::new(move |fr| f(x(fr))))
}

/// `%v` of an interface value.
fn format_v(v: &Value) -> Vec<u8> {
    format_vp(v, false)
}

/// `%v` (or `%+v` when `plus`: struct fields with their names) of an interface value.
fn format_vp(v: &Value, plus: bool) -> Vec<u8> {
    let mut out = Vec::new();
    match v {
        Value::Iface(iv) => write_v(&iv.0, &iv.1, plus, 0, &mut out),
        _ => out.extend_from_slice(b"<nil>"),
    }
    out
}

/// Writes `x`, of runtime type `rt`, as `%v` prints it; `depth` is 0 for the operand itself
/// (a pointer to a struct prints as `&{…}` only there, deeper as an address).
fn write_v(rt: &RType, x: &Value, plus: bool, depth: usize, out: &mut Vec<u8>) {
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
fn fmt_cmp(rt: &RType, a: &Value, b: &Value) -> std::cmp::Ordering {
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

fn addr_of(v: &Value) -> usize {
    match v {
        Value::Cell(c) => c.as_ptr() as usize,
        Value::WordCell(c) => c.as_ptr() as usize,
        Value::Ref(r) => std::rc::Rc::as_ptr(r) as usize,
        _ => 0,
    }
}

fn fake_addr(p: usize) -> String {
    format!("{:#x}", 0xc000000000usize + (p & 0xffffff))
}

fn is_string(v: &Value) -> bool {
    matches!(v, Value::Iface(iv) if *iv.0.underlying() == RType::String)
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

/// fmt.Sprint: spaces between operands when neither is of a string kind (`strings`).
fn sprint(vs: &[Value], strings: &[bool]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, v) in vs.iter().enumerate() {
        if i > 0 && !strings[i] && !strings[i - 1] {
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

pub(crate) fn type_name(v: &Value) -> String {
    match v {
        Value::Iface(iv) => match &iv.0 {
            RType::Bool => "bool".into(),
            RType::Int(k) => k.name().into(),
            RType::Float(b) => format!("float{b}"),
            RType::Complex(b) => format!("complex{b}"),
            RType::String => "string".into(),
            RType::Slice(_) | RType::Array(..) | RType::Pointer(_) | RType::Struct(_) | RType::Map(..) => {
                rtype_name(&iv.0)
            }
            RType::Named(n) => n.name.to_string(),
            RType::Other(n) => n.to_string(),
        },
        _ => "<nil>".into(),
    }
}

/// A runtime type as `%T` and Go's panic messages write it.
pub(crate) fn rtype_name(rt: &RType) -> String {
    match rt {
        RType::Slice(et) => format!("[]{}", rtype_name(et)),
        RType::Array(n, et) => format!("[{n}]{}", rtype_name(et)),
        RType::Pointer(et) => format!("*{}", rtype_name(et)),
        RType::Map(kt, vt) => format!("map[{}]{}", rtype_name(kt), rtype_name(vt)),
        RType::Struct(fs) => {
            let fs: Vec<String> = fs.iter().map(|(n, t)| format!("{n} {}", rtype_name(t))).collect();
            format!("struct {{ {} }}", fs.join("; "))
        }
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
