//! Native functions of the standard packages (declared without a body in `stdlib/`): for
//! now fmt's printing of basic values. Arguments arrive as interface values, each with its
//! runtime type, as Go passes them to `...any`.

use gint_syntax::ast;
use gint_syntax::span::Span;

use super::fmt::{is_string, sprint, sprintf, sprintln};
use super::lower::ValE;
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
    _obj: ObjId,
    args: &[ast::Expr],
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
    if let Some(f) = sync_native(lw, name, args) {
        return Some(f);
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
    args: &[ast::Expr],
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
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

/// sync's notify list (under `Cond`); a result is left where a call's scalar result goes.
fn sync_native(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<Box<dyn Fn(&mut Frame)>> {
    use crate::runtime::sync;
    if !name.starts_with("sync.notifyList") {
        return None;
    }
    let l = lw.value(args.first()?);
    Some(match name {
        "sync.notifyListAdd" => Box::new(move |fr| fr.ret_word = sync::notify_add(&l(fr)) as u64),
        "sync.notifyListWait" => {
            let t = lw.int(args.get(1)?);
            Box::new(move |fr| {
                let l = l(fr);
                let t = t(fr) as u32;
                sync::notify_wait(fr, &l, t)
            })
        }
        "sync.notifyListNotifyOne" => Box::new(move |fr| sync::notify(&l(fr), false)),
        "sync.notifyListNotifyAll" => Box::new(move |fr| sync::notify(&l(fr), true)),
        _ => return None,
    })
}
