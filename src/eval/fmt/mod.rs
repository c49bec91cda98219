//! fmt's formatting engine: Print, Println and Printf over interface values, after Go's
//! `fmt/print.go` and `fmt/format.go`. `printf.rs` parses format strings, `values.rs` prints
//! values by kind, `format.rs` pads numbers and strings, `quote.rs` quotes as strconv does.
//! The natives in `eval/natives.rs` gather the operands and call in here; operands' methods
//! are called back through `Methods`, so this module needs no evaluator of its own.

pub(crate) mod format;
mod isprint;
mod printf;
pub(crate) mod quote;
pub(crate) mod scan;
mod values;

use values::Printer;
pub(crate) use values::{addr_of, fake_addr, format_v};

use crate::runtime::value::{RType, Value};

/// The methods fmt calls on operands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Error,
    String,
    GoString,
    Format,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
            Method::Format => "Format",
        }
    }
}

/// How the printer calls an operand's methods (the evaluator runs them).
pub(crate) trait Methods {
    /// Calls the first of `ms` that a value `x` of type `rt` has: its string result, or
    /// the value it panicked with.
    fn call(&mut self, rt: &RType, x: &Value, ms: &[Method]) -> Option<Result<Vec<u8>, Value>>;
    /// Whether a value of type `rt` has method `m`.
    fn has(&mut self, rt: &RType, x: &Value, m: Method) -> bool;
    /// Calls the Format method of `x` (a fmt.Formatter) for `verb` with the options of
    /// `f`: what it wrote, or the value it panicked with.
    fn format(&mut self, rt: &RType, x: &Value, verb: char, f: &format::Flags) -> Result<Vec<u8>, Value>;
}

/// For printing where no method may run (panic messages).
pub(crate) struct NoMethods;

impl Methods for NoMethods {
    fn call(&mut self, _: &RType, _: &Value, _: &[Method]) -> Option<Result<Vec<u8>, Value>> {
        None
    }

    fn has(&mut self, _: &RType, _: &Value, _: Method) -> bool {
        false
    }

    fn format(&mut self, _: &RType, _: &Value, _: char, _: &format::Flags) -> Result<Vec<u8>, Value> {
        Ok(Vec::new())
    }
}

/// fmt.Sprint: spaces between operands when neither is a string.
pub(crate) fn sprint(m: &mut dyn Methods, vs: &[Value]) -> Vec<u8> {
    let mut p = Printer::new(m);
    p.do_print(vs);
    p.fmt.buf
}

/// fmt.Sprintln: operands separated by spaces, and a newline.
pub(crate) fn sprintln(m: &mut dyn Methods, vs: &[Value]) -> Vec<u8> {
    let mut p = Printer::new(m);
    p.do_println(vs);
    p.fmt.buf
}

/// fmt.Sprintf; `wrap_errs` (Errorf) lets `%w` take an error operand.
pub(crate) fn sprintf(m: &mut dyn Methods, format: &[u8], vs: &[Value], wrap_errs: bool) -> Vec<u8> {
    let mut p = Printer::new(m);
    p.wrap_errs = wrap_errs;
    p.do_printf(format, vs);
    p.fmt.buf
}

/// fmt.Errorf's message and the operands its `%w` verbs took. With several, they are in
/// operand order when the format used indexes, each once, and the flag says "several"
/// (Go then makes a `*wrapErrors` even if one operand was taken twice).
pub(crate) fn errorf_parts(m: &mut dyn Methods, format: &[u8], vs: &[Value]) -> (Vec<u8>, Vec<usize>, bool) {
    let mut p = Printer::new(m);
    p.wrap_errs = true;
    p.do_printf(format, vs);
    let mut wrapped = std::mem::take(&mut p.wrapped_errs);
    let several = wrapped.len() > 1;
    if several {
        if p.reordered {
            wrapped.sort_unstable();
        }
        wrapped.dedup();
    }
    (p.fmt.buf, wrapped, several)
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
            _ => format!("({}) {:#x}", d.name, fake_addr(addr_of(&iv.1))),
        },
        rt => format!("({}) {:#x}", rtype_name(rt), fake_addr(addr_of(&iv.1))),
    }
}

/// The dynamic type of an interface value as `%T` prints it (`<nil>` for nil).
pub(crate) fn type_name(v: &Value) -> String {
    match v {
        Value::Iface(iv) => rtype_name(&iv.0),
        _ => "<nil>".into(),
    }
}

/// A runtime type as `%T` and Go's panic messages write it.
pub(crate) fn rtype_name(rt: &RType) -> String {
    rt.go_name()
}
