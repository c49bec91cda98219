//! Native functions of the standard packages (declared without a body in `stdlib/`): for
//! now fmt's printing of basic values. Arguments arrive as interface values, each with its
//! runtime type, as Go passes them to `...any`.

use gint_syntax::ast;
use gint_syntax::span::Span;

use super::fmt::{self, Method, Methods};
use super::lower::ValE;
use crate::runtime::frame::Frame;
use crate::runtime::panic::GoPanic;
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

/// fmt's operands' methods, called through the running goroutine's frame: the method-name
/// numbers of Error, String and GoString.
pub(crate) struct FrameMethods<'f> {
    pub fr: &'f mut Frame,
    pub ids: &'f FmtIds,
}

/// What fmt's natives need to call methods: the numbers of the method names Error,
/// String, GoString and Format, and the runtime type of the State given to Format.
#[derive(Clone)]
pub(crate) struct FmtIds {
    names: [u32; 4],
    state: Option<RType>,
}

impl FrameMethods<'_> {
    fn id(&self, m: Method) -> u32 {
        match m {
            Method::Error => self.ids.names[0],
            Method::String => self.ids.names[1],
            Method::GoString => self.ids.names[2],
            Method::Format => self.ids.names[3],
        }
    }
}

impl Methods for FrameMethods<'_> {
    fn call(&mut self, rt: &RType, x: &Value, ms: &[Method]) -> Option<Result<Vec<u8>, Value>> {
        let ids: Vec<u32> = ms.iter().map(|&m| self.id(m)).collect();
        super::lower::find_method(rt, &ids)?;
        match catching(self.fr, |fr| super::lower::call_method_of(fr, rt, x, &ids)) {
            Ok(r) => Some(Ok(r?.str().to_vec())),
            Err(p) => Some(Err(p)),
        }
    }

    fn format(&mut self, rt: &RType, x: &Value, verb: char, f: &fmt::format::Flags) -> Result<Vec<u8>, Value> {
        let Some(state_rt) = self.ids.state.clone() else { return Ok(Vec::new()) };
        let mut flags = String::new();
        for (on, c) in
            [(f.minus, '-'), (f.plus || f.plus_v, '+'), (f.sharp || f.sharp_v, '#'), (f.space, ' '), (f.zero, '0')]
        {
            if on {
                flags.push(c);
            }
        }
        let fields = vec![
            Value::Nil,
            Value::Int(f.wid.unwrap_or(0) as i64),
            Value::Int(f.prec.unwrap_or(0) as i64),
            Value::Bool(f.wid.is_some()),
            Value::Bool(f.prec.is_some()),
            Value::Str(Str::from_bytes(flags.into_bytes())),
        ];
        let cell = crate::runtime::gc::new_cell(Value::Struct(std::rc::Rc::new(fields)));
        let state = Value::Iface(std::rc::Rc::new((state_rt, Value::Cell(cell.clone()))));
        let id = self.id(Method::Format);
        let args = [state, Value::Int(verb as i64)];
        catching(self.fr, |fr| super::lower::call_method_with(fr, rt, x, id, &args))?;
        let buf = match &*cell.borrow() {
            Value::Struct(fs) => match fs.first() {
                Some(Value::Slice(so)) => (0..so.len).map(|i| so.get_value(i).int() as u8).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        Ok(buf)
    }

    fn has(&mut self, rt: &RType, _: &Value, m: Method) -> bool {
        super::lower::find_method(rt, &[self.id(m)]).is_some()
    }
}

/// Runs `f` (a call of a method for fmt), recovering a Go panic as fmt does: the value it
/// panicked with. Other unwinds (os.Exit, fatal errors) go on.
fn catching<T>(fr: &mut Frame, f: impl FnOnce(&mut Frame) -> T) -> Result<T, Value> {
    let (base, top, env, mark) = (fr.base, fr.top, fr.env.clone(), fr.defers.len());
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(fr)));
    let payload = match r {
        Ok(v) => return Ok(v),
        Err(payload) => payload,
    };
    let value = match payload.downcast_ref::<GoPanic>() {
        Some(GoPanic::Go { .. }) => fr.panic_value.take().unwrap_or_default(),
        Some(p) => match p.shown() {
            Some(msg) => Value::Iface(std::rc::Rc::new((RType::String, Value::Str(Str::from_bytes(msg.into_bytes()))))),
            None => std::panic::resume_unwind(payload),
        },
        None => std::panic::resume_unwind(payload),
    };
    // The unwound calls never left their windows: drop what they held.
    (fr.base, fr.top, fr.env) = (base, top, env);
    fr.defers.truncate(mark);
    for v in &mut fr.vals[top..] {
        *v = Value::Nil;
    }
    Err(value)
}

/// The method-name numbers and types `FrameMethods` needs.
fn fmt_method_ids(lw: &mut Lower<'_>) -> FmtIds {
    let [e, s] = lw.print_method_ids();
    let names = [e, s, lw.method_number("GoString"), lw.method_number("Format")];
    FmtIds { names, state: lw.fmt_state_type() }
}

/// Which of fmt's printing functions.
#[derive(Clone, Copy)]
enum PrintFn {
    Print,
    Println,
    Printf,
}

/// The bytes a Print, Println or Printf call produces (`format` for Printf).
fn print_bytes(fr: &mut Frame, ids: &FmtIds, kind: PrintFn, format: &[u8], vs: &[Value]) -> Vec<u8> {
    let mut m = FrameMethods { fr, ids };
    match kind {
        PrintFn::Print => fmt::sprint(&mut m, vs),
        PrintFn::Println => fmt::sprintln(&mut m, vs),
        PrintFn::Printf => fmt::sprintf(&mut m, format, vs, false),
    }
}

fn iface_values(lw: &mut Lower<'_>, args: &[ast::Expr]) -> ArgsE {
    // `f(a, xs...)`: the elements of xs (already interface values) follow a's.
    if lw.take_spread() {
        if let Some((last, fixed)) = args.split_last() {
            let fixed = iface_values(lw, fixed);
            let xs = lw.value(last);
            return Box::new(move |fr| {
                let mut vs = fixed(fr);
                if let Value::Slice(so) = xs(fr) {
                    vs.extend((0..so.len).map(|i| so.get_value(i)));
                }
                vs
            });
        }
    }
    if let [a] = args {
        if let Some((call, types)) = lw.multi_call(a) {
            for &t in &types {
                lw.ensure_methods_deep(t);
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
    let refs: Vec<&ast::Expr> = args.iter().collect();
    let order = lw.go_order(&refs);
    let vals: Vec<ValE> = args
        .iter()
        .map(|a| {
            let t = lw.type_of_expr(a);
            lw.ensure_methods_deep(t);
            if lw.is_interface(t) {
                lw.value(a)
            } else {
                let rt = lw.rtype_of(t);
                let v = lw.value(a);
                Box::new(move |fr: &mut Frame| Value::Iface(std::rc::Rc::new((rt.clone(), v(fr))))) as ValE
            }
        })
        .collect();
    Box::new(move |fr| super::lower::eval_ordered(fr, &vals, order.as_deref()))
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
    if let Some(rest) = name.strip_prefix("testing.") {
        return super::testing_natives::lower(lw, rest, args);
    }
    if name.starts_with("log.") || name == "runtime.Caller" || name == "runtime.funcInfo" {
        return super::caller_natives::lower(lw, name, args);
    }
    let kind = match name {
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
        "fmt.Println" => PrintFn::Println,
        "fmt.Print" => PrintFn::Print,
        "fmt.Printf" => PrintFn::Printf,
        "fmt.Fprintln" => return fprint(lw, PrintFn::Println, args),
        "fmt.Fprint" => return fprint(lw, PrintFn::Print, args),
        "fmt.Fprintf" => return fprint(lw, PrintFn::Printf, args),
        "fmt.Sscan" | "fmt.Sscanln" | "fmt.Sscanf" => return sscan(lw, name, args),
        _ => {
            if let Some(f) = super::strconv::lower_native(lw, name, args) {
                return Some(f);
            }
            if let Some(v) = lower_native_value(lw, name, obj, args, span) {
                // Sprintf and friends called for their result (left where a call's goes).
                return Some(Box::new(move |fr| fr.ret_val = v(fr)));
            }
            lw.unsupported_at(span, &format!("the native function {name}"));
            return None;
        }
    };
    let ids = fmt_method_ids(lw);
    let (_, format, vals) = split_print_args(lw, kind, args, 0)?;
    Some(Box::new(move |fr| {
        let f = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        let out = print_bytes(fr, &ids, kind, f.as_ref().map_or(&[][..], |f| f.str()), &vs);
        fr.out.extend_from_slice(&out);
        // The results (n int, err error), for a caller that uses them.
        fr.ret_multi = vec![Value::Int(out.len() as i64), Value::Nil];
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
    let kind = match name {
        "fmt.Println" => PrintFn::Println,
        "fmt.Print" => PrintFn::Print,
        _ => PrintFn::Printf,
    };
    let ids = fmt_method_ids(lw);
    let vals = iface_values(lw, rest);
    Some(Box::new(move |fr| {
        let format = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        let ids = ids.clone();
        fr.defers.push(Box::new(move |fr: &mut Frame| {
            let out = print_bytes(fr, &ids, kind, format.as_ref().map_or(&[][..], |f| f.str()), &vs);
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
    if let Some(rest) = name.strip_prefix("testing.") {
        return super::testing_natives::lower_value(lw, rest, args);
    }
    if name.starts_with("log.") || name == "runtime.callerPCs" {
        return super::caller_natives::lower_value(lw, name, args);
    }
    let kind = match name {
        "fmt.Sprint" => PrintFn::Print,
        "fmt.Sprintln" => PrintFn::Println,
        "fmt.Sprintf" => PrintFn::Printf,
        "fmt.Errorf" => return errorf(lw, args),
        "fmt.Appendln" => return append(lw, PrintFn::Println, args),
        "fmt.Append" => return append(lw, PrintFn::Print, args),
        "fmt.Appendf" => return append(lw, PrintFn::Printf, args),
        _ => return None,
    };
    let ids = fmt_method_ids(lw);
    let (_, format, vals) = split_print_args(lw, kind, args, 0)?;
    Some(Box::new(move |fr| {
        let f = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        Value::Str(Str::from_bytes(print_bytes(fr, &ids, kind, f.as_ref().map_or(&[][..], |f| f.str()), &vs)))
    }))
}

/// Splits the arguments of a Print (or Printf) call that follows `n` leading ones: the
/// leading ones, the format's code (Printf) and the operands' code.
#[allow(clippy::type_complexity)]
fn split_print_args<'e>(
    lw: &mut Lower<'_>,
    kind: PrintFn,
    args: &'e [ast::Expr],
    n: usize,
) -> Option<(&'e [ast::Expr], Option<ValE>, ArgsE)> {
    let (lead, rest) = (args.get(..n)?, args.get(n..)?);
    let (format, rest) = match kind {
        PrintFn::Printf => {
            let (format, rest) = rest.split_first()?;
            (Some(lw.value(format)), rest)
        }
        _ => (None, rest),
    };
    Some((lead, format, iface_values(lw, rest)))
}

/// `fmt.Fprint(w, …)` and friends: the printed bytes go to `w.Write`, whose results are
/// the call's.
fn fprint(lw: &mut Lower<'_>, kind: PrintFn, args: &[ast::Expr]) -> Option<Box<dyn Fn(&mut Frame)>> {
    let ids = fmt_method_ids(lw);
    let write = lw.method_number("Write");
    let (lead, format, vals) = split_print_args(lw, kind, args, 1)?;
    // The writer as an interface value (an operand of a concrete type gets its type).
    let w = iface_values(lw, lead);
    Some(Box::new(move |fr| {
        let w = w(fr).pop().unwrap_or_default();
        let f = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        let out = print_bytes(fr, &ids, kind, f.as_ref().map_or(&[][..], |f| f.str()), &vs);
        let Value::Iface(w) = w else { crate::runtime::panic::nil_dereference() };
        let b = crate::runtime::slice::from_words(out.into_iter().map(u64::from).collect());
        super::lower::call_method_with(fr, &w.0, &w.1, write, &[b]);
    }))
}

/// `fmt.Sscan(str, ptrs…)`, Sscanln and Sscanf: the scanned values are stored through the
/// pointers; the results are (n int, err error).
fn sscan(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<Box<dyn Fn(&mut Frame)>> {
    let n = if name == "fmt.Sscanf" { 2 } else { 1 };
    let lead: Vec<ValE> = args.get(..n)?.iter().map(|a| lw.value(a)).collect();
    let ptrs = iface_values(lw, args.get(n..)?);
    let err_type = lw.errorf_type(crate::eval::lower::ErrorfKind::Plain);
    let newline = name == "fmt.Sscanln";
    Some(Box::new(move |fr| {
        let input = lead[0](fr);
        let format = lead.get(1).map(|f| f(fr));
        let ptrs = ptrs(fr);
        let r = match &format {
            Some(f) => fmt::scan::sscanf(input.str(), f.str(), &ptrs),
            None => fmt::scan::sscan(input.str(), &ptrs, newline),
        };
        let n = r.values.len();
        for (p, v) in ptrs.iter().zip(r.values) {
            if let Value::Iface(p) = p {
                super::lower::write_ptr(&p.1, &[], v);
            }
        }
        let err = match r.err {
            Some(msg) => {
                let msg = Value::Str(Str::from_bytes(msg.into_bytes()));
                let fields = Value::Struct(std::rc::Rc::new(vec![msg, Value::Nil]));
                let obj = Value::Cell(crate::runtime::gc::new_cell(fields));
                Value::Iface(std::rc::Rc::new((err_type.clone(), obj)))
            }
            None => Value::Nil,
        };
        fr.ret_multi = vec![Value::Int(n as i64), err];
    }))
}

/// `fmt.Append(b, …)` and friends: `b` with the printed bytes appended.
fn append(lw: &mut Lower<'_>, kind: PrintFn, args: &[ast::Expr]) -> Option<ValE> {
    use crate::runtime::slice::{self, ElemLayout};
    let ids = fmt_method_ids(lw);
    let (lead, format, vals) = split_print_args(lw, kind, args, 1)?;
    let b = lw.value(&lead[0]);
    Some(Box::new(move |fr| {
        let b = b(fr);
        let f = format.as_ref().map(|f| f(fr));
        let vs = vals(fr);
        let out = print_bytes(fr, &ids, kind, f.as_ref().map_or(&[][..], |f| f.str()), &vs);
        let put = |data: &crate::runtime::value::SliceData, at: usize| {
            if let crate::runtime::value::SliceData::Words(w) = data {
                for (i, &c) in out.iter().enumerate() {
                    w[at + i].set(c as u64);
                }
            }
        };
        slice::append(&b, out.len(), ElemLayout { size: 1, noscan: true }, true, &Value::Int(0), &put)
    }))
}

/// `fmt.Errorf(format, args…)`: the message is Sprintf's with `%w` printed as `%v`; the
/// operands of `%w` verbs are the errors it wraps.
fn errorf(lw: &mut Lower<'_>, args: &[ast::Expr]) -> Option<ValE> {
    let (format, rest) = args.split_first()?;
    let make = errorf_maker(lw);
    let format = lw.value(format);
    let vals = iface_values(lw, rest);
    Some(Box::new(move |fr| {
        let f = format(fr);
        let raw = vals(fr);
        make(fr, f.str(), raw)
    }))
}

/// What `fmt.Errorf(format, args…)` returns, as Go's: an `*errors.errorString` when no `%w`
/// took an operand, a `*fmt.wrapError` holding the operand of a single `%w` (nil if it is
/// not an error), else a `*fmt.wrapErrors` holding those of the `%w` verbs that are errors.
fn errorf_maker(lw: &mut Lower<'_>) -> impl Fn(&mut Frame, &[u8], Vec<Value>) -> Value {
    use crate::eval::lower::ErrorfKind;
    let ids = fmt_method_ids(lw);
    let types = [ErrorfKind::Plain, ErrorfKind::Wrap, ErrorfKind::WrapSeveral].map(|k| lw.errorf_type(k));
    move |fr, f, raw| {
        let (msg, wrapped, several) = fmt::errorf_parts(&mut FrameMethods { fr, ids: &ids }, f, &raw);
        let msg = Value::Str(Str::from_bytes(msg));
        let error_id = ids.names[0];
        let is_error =
            |v: &&Value| matches!(v, Value::Iface(iv) if super::lower::find_method(&iv.0, &[error_id]).is_some());
        let (kind, fields) = match wrapped.as_slice() {
            [] => (ErrorfKind::Plain, vec![msg]),
            [i] if !several => {
                let err = raw.get(*i).filter(is_error).cloned().unwrap_or(Value::Nil);
                (ErrorfKind::Wrap, vec![msg, err])
            }
            _ => {
                let errs: Vec<Value> = wrapped.iter().filter_map(|&i| raw.get(i)).filter(is_error).cloned().collect();
                let errs = if errs.is_empty() { Value::Nil } else { crate::runtime::slice::from_vals(errs) };
                (ErrorfKind::WrapSeveral, vec![msg, errs])
            }
        };
        let obj = Value::Cell(crate::runtime::gc::new_cell(Value::Struct(std::rc::Rc::new(fields))));
        Value::Iface(std::rc::Rc::new((types[kind as usize].clone(), obj)))
    }
}

/// A call of a native function with a boolean result (`errors.isComparable`).
pub fn lower_native_bool(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<super::lower::BoolE> {
    if name != "errors.isComparable" {
        return None;
    }
    let [x] = args else { return None };
    let x = lw.value(x);
    Some(Box::new(move |fr| match x(fr) {
        Value::Iface(iv) => iv.0.comparable(),
        _ => true,
    }))
}

/// A call of a native function with a float result (`math.Sqrt`).
pub fn lower_native_float(lw: &mut Lower<'_>, name: &str, args: &[ast::Expr]) -> Option<super::lower::FloatE> {
    let f: fn(f64) -> f64 = match name {
        "math.Sqrt" => f64::sqrt,
        "math.Abs" => f64::abs,
        // Go's amd64 ROUNDSD quiets a signaling NaN.
        "math.Floor" => |x| if x.is_nan() { f64::from_bits(x.to_bits() | 1 << 51) } else { x.floor() },
        "math.Ceil" => |x| if x.is_nan() { f64::from_bits(x.to_bits() | 1 << 51) } else { x.ceil() },
        _ => return None,
    };
    let [a] = args else { return None };
    let x = lw.float(a);
    Some(Box::new(move |fr| f(x(fr))))
}

/// The natives lowered at their call sites (fmt's printers, fmt.Errorf, os.Exit) as
/// function values (`p := fmt.Println`): code reading the parameters from the frame — for
/// a printer the writer (Fprint…), the format (…f), then the `...any` slice — and doing
/// what a direct call does. None for the other natives.
pub fn print_func_body(lw: &mut Lower<'_>, name: &str) -> Option<Box<dyn Fn(&mut Frame)>> {
    if name == "os.Exit" {
        return Some(Box::new(|fr| {
            let c = fr.word(0) as i64 as i32;
            std::panic::resume_unwind(Box::new(GoPanic::Exit(c)))
        }));
    }
    if name == "fmt.Errorf" {
        let make = errorf_maker(lw);
        return Some(Box::new(move |fr| {
            let raw: Vec<Value> = match fr.val(1) {
                Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
                _ => Vec::new(),
            };
            let f = fr.val(0).clone();
            fr.ret_val = make(fr, f.str(), raw);
        }));
    }
    let (kind, to_writer, to_string) = match name {
        "fmt.Print" => (PrintFn::Print, false, false),
        "fmt.Println" => (PrintFn::Println, false, false),
        "fmt.Printf" => (PrintFn::Printf, false, false),
        "fmt.Sprint" => (PrintFn::Print, false, true),
        "fmt.Sprintln" => (PrintFn::Println, false, true),
        "fmt.Sprintf" => (PrintFn::Printf, false, true),
        "fmt.Fprint" => (PrintFn::Print, true, false),
        "fmt.Fprintln" => (PrintFn::Println, true, false),
        "fmt.Fprintf" => (PrintFn::Printf, true, false),
        _ => return None,
    };
    let ids = fmt_method_ids(lw);
    let write = lw.method_number("Write");
    let format_slot = to_writer as u32;
    let args_slot = format_slot + matches!(kind, PrintFn::Printf) as u32;
    Some(Box::new(move |fr| {
        let vs: Vec<Value> = match fr.val(args_slot) {
            Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
            _ => Vec::new(),
        };
        let format = matches!(kind, PrintFn::Printf).then(|| fr.val(format_slot).clone());
        let out = print_bytes(fr, &ids, kind, format.as_ref().map_or(&[][..], |f| f.str()), &vs);
        if to_string {
            fr.ret_val = Value::Str(Str::from_bytes(out));
        } else if to_writer {
            let Value::Iface(w) = fr.val(0).clone() else { crate::runtime::panic::nil_dereference() };
            let b = crate::runtime::slice::from_words(out.into_iter().map(u64::from).collect());
            super::lower::call_method_with(fr, &w.0, &w.1, write, &[b]);
        } else {
            let n = out.len() as i64;
            fr.out.extend_from_slice(&out);
            fr.ret_multi = vec![Value::Int(n), Value::Nil];
        }
    }))
}
