//! Lowering complex numbers: `complex`, `real`, `imag`, complex constants, `+ - * /`,
//! `==`/`!=`, conversions between complex kinds. A complex value is held as
//! `Value::Complex`; the code here computes on its two parts (`runtime::complex`).

use gint_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};

use super::*;
use crate::runtime::complex::{self as cx, Complex};
use crate::types::object::Builtin;

/// Code computing a complex number.
pub type ComplexE = Box<dyn Fn(&mut Frame) -> Complex>;

impl<'a> Lower<'a> {
    /// Whether `t` is a complex type, and if so whether it is complex64.
    pub(super) fn complex_kind(&self, t: TypeId) -> Option<bool> {
        let t = crate::types::predicates::default_type(&self.prog.types, t);
        match self.prog.types.basic_kind(t)?.canonical() {
            BasicKind::Complex64 => Some(true),
            BasicKind::Complex128 => Some(false),
            _ => None,
        }
    }

    /// Whether `complex` computes `e` itself (rather than reading a `Value` made elsewhere).
    pub(super) fn complex_computes(&mut self, e: &ast::Expr) -> bool {
        if self.constant(e).is_some() {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.complex_computes(x),
            ExprKind::Binary { op, .. } => matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo),
            ExprKind::Unary { op, .. } => matches!(op, UnaryOp::Neg | UnaryOp::Pos),
            ExprKind::Call { fun, .. } => {
                self.type_of(fun).0 == ExprMode::TypeExpr
                    || matches!(self.callee(fun), Some(Callee::Builtin(Builtin::Complex)))
            }
            _ => false,
        }
    }

    /// `e`, of a complex type, as its two parts.
    pub(super) fn complex(&mut self, e: &ast::Expr) -> ComplexE {
        if let Some(k) = self.preset_of(e) {
            return Box::new(move |_| complex_of(&k.borrow()));
        }
        let (_, t) = self.type_of(e);
        let c64 = self.complex_kind(t).unwrap_or(false);
        if let Some((c, _)) = self.constant(e) {
            let v = cx::round(constant::to_complex128(&c).unwrap_or((0.0, 0.0)), c64);
            return Box::new(move |_| v);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.complex(x),
            ExprKind::Binary { op, x, y } if self.complex_computes(e) => {
                let (a, b) = (self.complex(x), self.complex(y));
                complex_op(*op, c64, a, b)
            }
            ExprKind::Unary { op: UnaryOp::Neg, x } => {
                let a = self.complex(x);
                Box::new(move |fr| {
                    let (re, im) = a(fr);
                    (-re, -im)
                })
            }
            ExprKind::Unary { op: UnaryOp::Pos, x } => self.complex(x),
            ExprKind::Call { fun, args, .. } if self.type_of(fun).0 == ExprMode::TypeExpr && args.len() == 1 => {
                // A conversion between complex kinds rounds to the target's size.
                let a = self.complex(&args[0]);
                Box::new(move |fr| cx::round(a(fr), c64))
            }
            // `complex(f())`: f's two results are the parts.
            ExprKind::Call { fun, args, .. }
                if args.len() == 1 && matches!(self.callee(fun), Some(Callee::Builtin(Builtin::Complex))) =>
            {
                let Some((call, _)) = self.multi_call(&args[0]) else {
                    self.unsupported(e.span, "this call of complex");
                    return Box::new(|_| (0.0, 0.0));
                };
                Box::new(move |fr| {
                    call(fr);
                    match fr.ret_multi.as_slice() {
                        [re, im] => cx::round((re.float(), im.float()), c64),
                        _ => (0.0, 0.0),
                    }
                })
            }
            ExprKind::Call { fun, args, .. }
                if args.len() == 2 && matches!(self.callee(fun), Some(Callee::Builtin(Builtin::Complex))) =>
            {
                let re = self.float(&args[0]);
                let im = self.float(&args[1]);
                Box::new(move |fr| {
                    let re = re(fr);
                    (re, im(fr))
                })
            }
            _ => {
                let v = self.value_as(e, t);
                Box::new(move |fr| complex_of(&v(fr)))
            }
        }
    }

    /// `e` computed by `complex` (see `complex_computes`) as a `Value`.
    pub(super) fn complex_value(&mut self, e: &ast::Expr) -> ValE {
        let c = self.complex(e);
        Box::new(move |fr| Value::Complex(Rc::new(c(fr))))
    }

    /// `real(x)` or `imag(x)` (the float parts of a complex64 are float32 values already).
    pub(super) fn complex_part(&mut self, e: &ast::Expr) -> Option<FloatE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        let imag = match self.callee(fun) {
            Some(Callee::Builtin(Builtin::Real)) => false,
            Some(Callee::Builtin(Builtin::Imag)) => true,
            _ => return None,
        };
        let c = self.complex(args.first()?);
        Some(if imag { Box::new(move |fr| c(fr).1) } else { Box::new(move |fr| c(fr).0) })
    }

    /// `x == y` or `x != y` of complex numbers.
    pub(super) fn complex_eq(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> BoolE {
        let (a, b) = (self.complex(x), self.complex(y));
        let eq = op == BinaryOp::Eql;
        Box::new(move |fr| {
            let (a, b) = (a(fr), b(fr));
            (a == b) == eq
        })
    }

    /// How `op=` combines an old complex value with the right operand, for stores that
    /// work on `Value`s (map and slice elements).
    pub(super) fn complex_combine(&self, t: TypeId, op: BinaryOp) -> Option<Box<dyn Fn(&Value, &Value) -> Value>> {
        let c64 = self.complex_kind(t)?;
        Some(Box::new(move |a, b| Value::Complex(Rc::new(binop(op, complex_of(a), complex_of(b), c64)))))
    }
}

/// The parts of a complex `Value` (the zero value for anything else).
pub(super) fn complex_of(v: &Value) -> Complex {
    match v {
        Value::Complex(c) => **c,
        _ => (0.0, 0.0),
    }
}

/// `x op y` for `+ - * /` (the checker allows no other operator on complex numbers).
pub(super) fn binop(op: BinaryOp, x: Complex, y: Complex, c64: bool) -> Complex {
    match op {
        BinaryOp::Add => cx::add(x, y, c64),
        BinaryOp::Sub => cx::sub(x, y, c64),
        BinaryOp::Mul => cx::mul(x, y, c64),
        _ => cx::div(x, y, c64),
    }
}

pub(super) fn complex_op(op: BinaryOp, c64: bool, a: ComplexE, b: ComplexE) -> ComplexE {
    Box::new(move |fr| {
        let x = a(fr);
        binop(op, x, b(fr), c64)
    })
}
