//! The built-ins `print` and `println`: Go's runtime printing to standard error, without
//! fmt (floats in their shortest form, pointers and other references as hex addresses).

use gint_syntax::ast;

use super::*;

/// One operand, as the runtime prints it.
type PieceE = Box<dyn Fn(&mut Frame) -> Vec<u8>>;

impl<'a> Lower<'a> {
    /// `print(args…)` or `println(args…)` (spaces between operands and a newline).
    pub(super) fn print_builtin(&mut self, args: &[ast::Expr], newline: bool) -> CallE {
        let pieces: Vec<PieceE> = args.iter().map(|a| self.print_piece(a)).collect();
        Box::new(move |fr| {
            let mut out = Vec::new();
            for (i, p) in pieces.iter().enumerate() {
                if newline && i > 0 {
                    out.push(b' ');
                }
                out.extend_from_slice(&p(fr));
            }
            if newline {
                out.push(b'\n');
            }
            natives_std::write_stderr(&out);
        })
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
                let string = self.prog.types.basic_kind(t).is_some_and(|k| k.is_string());
                let iface = self.prog.types.is_interface(t);
                let slice = self.is_slice(t);
                let v = self.value(a);
                Box::new(move |fr| {
                    let x = v(fr);
                    if string {
                        return x.str().to_vec();
                    }
                    let addr = address(&x);
                    if iface {
                        // (type word, data word): Go prints the two pointers of the interface.
                        return match x {
                            Value::Nil => b"(0x0,0x0)".to_vec(),
                            _ => format!("(0x{:x},0x{:x})", addr | 0x400000, addr).into_bytes(),
                        };
                    }
                    if slice {
                        if let Value::Slice(so) = &x {
                            return format!("[{}/{}]0x{:x}", so.len, so.cap, addr).into_bytes();
                        }
                        return b"[0/0]0x0".to_vec();
                    }
                    format!("0x{addr:x}").into_bytes()
                })
            }
        }
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

/// A stable stand-in for a reference's address (0 for nil), as `%p` uses.
fn address(v: &Value) -> usize {
    match v {
        Value::Nil => 0,
        other => crate::eval::fmt::addr_of(other),
    }
}
