//! The built-ins `print` and `println`: Go's runtime printing to standard error, without
//! fmt (floats in their shortest form, pointers and other references as hex addresses).

use gint_syntax::ast;

use super::*;

/// One operand, as the runtime prints it.
type PieceE = Box<dyn Fn(&mut Frame) -> Vec<u8>>;

impl<'a> Lower<'a> {
    /// `print(args…)` or `println(args…)` (spaces between operands and a newline).
    pub(super) fn print_builtin(&mut self, args: &[ast::Expr], newline: bool) -> CallE {
        if let [a] = args {
            if let Some(f) = self.print_results(a, newline) {
                return f;
            }
        }
        let pieces: Vec<PieceE> = args.iter().map(|a| self.print_piece(a)).collect();
        Box::new(move |fr| {
            let pieces: Vec<Vec<u8>> = pieces.iter().map(|p| p(fr)).collect();
            natives_std::write_stderr(&join_pieces(pieces, newline));
        })
    }

    /// `defer print(…)` / `defer println(…)`: the operands are evaluated (and formatted) at
    /// the defer statement, written when the deferred calls run.
    pub(super) fn defer_print(&mut self, args: &[ast::Expr], newline: bool) -> Option<CallE> {
        if let [a] = args {
            if self.prog.types.tuple_elems(self.type_of(a).1).is_some() {
                return None;
            }
        }
        let pieces: Vec<PieceE> = args.iter().map(|a| self.print_piece(a)).collect();
        Some(Box::new(move |fr| {
            let out = join_pieces(pieces.iter().map(|p| p(fr)).collect(), newline);
            fr.defers.push(Box::new(move |_: &mut Frame| natives_std::write_stderr(&out)));
        }))
    }

    /// `println(f())` with a multi-valued f: each result, as the runtime prints its type.
    fn print_results(&mut self, call: &ast::Expr, newline: bool) -> Option<CallE> {
        let (code, types) = self.multi_call(call)?;
        let printers: Vec<ResultE> = types.iter().map(|&t| self.result_printer(t)).collect();
        Some(Box::new(move |fr| {
            code(fr);
            let vs = std::mem::take(&mut fr.ret_multi);
            let pieces: Vec<Vec<u8>> = vs.iter().zip(&printers).map(|(v, p)| p(v)).collect();
            natives_std::write_stderr(&join_pieces(pieces, newline));
        }))
    }

    /// How a value of type `t` (as a call result holds it) prints.
    fn result_printer(&mut self, t: TypeId) -> ResultE {
        match self.class(t) {
            Class::Int(k) if k.is_unsigned() => Box::new(|v| (v.int() as u64).to_string().into_bytes()),
            Class::Int(_) => Box::new(|v| v.int().to_string().into_bytes()),
            Class::Float(f32) => Box::new(move |v| runtime_float(v.float(), f32).into_bytes()),
            Class::Bool => Box::new(|v| if v.bool() { b"true".to_vec() } else { b"false".to_vec() }),
            Class::Val => {
                let kind = self.ref_kind(t);
                Box::new(move |v| reference_bytes(v, kind))
            }
        }
    }

    /// How `print` shows a value of a non-scalar type `t`.
    fn ref_kind(&self, t: TypeId) -> RefKind {
        if self.prog.types.basic_kind(t).is_some_and(|k| k.is_string()) {
            RefKind::String
        } else if let Some(c64) = self.complex_kind(t) {
            RefKind::Complex(c64)
        } else if self.prog.types.is_interface(t) {
            RefKind::Iface
        } else if self.is_slice(t) {
            RefKind::Slice
        } else {
            RefKind::Pointer
        }
    }

    fn print_piece(&mut self, a: &ast::Expr) -> PieceE {
        let (_, t) = self.type_of(a);
        let t = crate::types::predicates::default_type(&self.prog.types, t);
        match self.class(t) {
            Class::Int(k) => {
                let v = self.int(a);
                if k.is_unsigned() {
                    Box::new(move |fr| (v(fr) as u64).to_string().into_bytes())
                } else {
                    Box::new(move |fr| v(fr).to_string().into_bytes())
                }
            }
            Class::Float(f32) => {
                let v = self.float(a);
                Box::new(move |fr| runtime_float(v(fr), f32).into_bytes())
            }
            Class::Bool => {
                let v = self.boolean(a);
                Box::new(move |fr| if v(fr) { b"true".to_vec() } else { b"false".to_vec() })
            }
            Class::Val => {
                let kind = self.ref_kind(t);
                let v = self.value(a);
                Box::new(move |fr| reference_bytes(&v(fr), kind))
            }
        }
    }
}

/// A result printed from the value a call left in `ret_multi`.
type ResultE = Box<dyn Fn(&Value) -> Vec<u8>>;

/// The non-scalar kinds `print` tells apart.
#[derive(Clone, Copy)]
enum RefKind {
    String,
    /// complex64 (true) or complex128: `(re+imi)`.
    Complex(bool),
    Iface,
    Slice,
    Pointer,
}

/// The operands' texts, with println's spaces and newline.
fn join_pieces(pieces: Vec<Vec<u8>>, newline: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        if newline && i > 0 {
            out.push(b' ');
        }
        out.extend_from_slice(p);
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// A string's bytes; other references as the runtime shows them (addresses).
fn reference_bytes(x: &Value, kind: RefKind) -> Vec<u8> {
    match kind {
        RefKind::String => return x.str().to_vec(),
        RefKind::Complex(c64) => return runtime_complex(super::complex::complex_of(x), c64).into_bytes(),
        _ => {}
    }
    let addr = address(x);
    match kind {
        // (type word, data word): Go prints the two pointers of the interface.
        RefKind::Iface => match x {
            Value::Nil => b"(0x0,0x0)".to_vec(),
            _ => format!("(0x{:x},0x{:x})", addr | 0x400000, addr).into_bytes(),
        },
        RefKind::Slice => match x {
            Value::Slice(so) => format!("[{}/{}]0x{:x}", so.len, so.cap, addr).into_bytes(),
            _ => b"[0/0]0x0".to_vec(),
        },
        _ => format!("0x{addr:x}").into_bytes(),
    }
}

/// A float as Go's runtime prints it: since Go 1.26 the shortest form that reads back
/// the same (`1.5`, `1e+100`, `3`), as `%v` gives; `NaN`, `+Inf`, `-Inf`.
fn runtime_float(f: f64, f32: bool) -> String {
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    crate::runtime::format::float_v(f, f32)
}

/// A complex number as the runtime prints it (strconv's FormatComplex with 'g', -1): the
/// imaginary part always carries its sign (`(5+6i)`, `(1-2i)`, `(0+Infi)`).
fn runtime_complex((re, im): (f64, f64), c64: bool) -> String {
    let bits = if c64 { 32 } else { 64 };
    let re = crate::runtime::format::format_float(re, b'g', -1, bits);
    let mut im = crate::runtime::format::format_float(im, b'g', -1, bits);
    if !im.starts_with(['+', '-']) {
        im.insert(0, '+');
    }
    format!("({re}{im}i)")
}

/// A stable stand-in for a reference's address (0 for nil), as `%p` uses.
fn address(v: &Value) -> usize {
    match v {
        Value::Nil => 0,
        other => crate::eval::fmt::addr_of(other),
    }
}
