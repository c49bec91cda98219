//! The order gc evaluates operands in. The spec fixes only the order of function calls,
//! method calls and receives (left to right); gc runs them all first and reads plain
//! operands afterwards, so `n + f(&n)` and `fmt.Println(n, f(&n))` see `n` as `f` left
//! it. Lowering follows gc: where a call-free operand precedes an operand with a call,
//! the operands with calls are evaluated first.

use std::cell::{Cell, RefCell};

use gint_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};

use super::*;

impl<'a> Lower<'a> {
    /// Whether evaluating `e` calls a function or receives from a channel (conversions
    /// and built-ins other than `append` do not count; a function literal's body is not
    /// evaluated; the right operand of `&&`/`||` runs conditionally, in place).
    pub(super) fn has_call(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if self.type_of(fun).0 == ExprMode::TypeExpr {
                    return args.iter().any(|a| self.has_call(a));
                }
                let builtin = matches!(&fun.kind, ExprKind::Ident(id)
                    if self.prog.info.object_of(id.id).is_some_and(|o| matches!(self.prog.objs.get(o).kind,
                        ObjKind::Builtin(b) if b != crate::types::object::Builtin::Append)));
                !builtin || args.iter().any(|a| self.has_call(a))
            }
            ExprKind::Unary { op: UnaryOp::Recv, .. } => true,
            ExprKind::Paren(x) | ExprKind::Unary { x, .. } | ExprKind::Selector { x, .. } => self.has_call(x),
            ExprKind::TypeAssert { x, .. } => self.has_call(x),
            ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, x, .. } => self.has_call(x),
            ExprKind::Binary { x, y, .. } => self.has_call(x) || self.has_call(y),
            ExprKind::Index { x, indices, .. } => self.has_call(x) || indices.iter().any(|i| self.has_call(i)),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.has_call(x) || [lo, hi, max].iter().any(|p| p.as_ref().is_some_and(|p| self.has_call(p)))
            }
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|x| self.has_call(x)),
            ExprKind::KeyValue { key, value } => self.has_call(key) || self.has_call(value),
            _ => false,
        }
    }

    /// `stmt` (lowered by `lower`) with its operand `e` evaluated first: `e`'s value is
    /// kept, and the lowering of `e` inside `stmt` reads it back. Sound only where nothing
    /// between the two can call (so no recursion overwrites the kept value).
    pub(super) fn preset(&mut self, e: &ast::Expr, lower: impl FnOnce(&mut Self) -> StmtE) -> StmtE {
        let first = self.value(e);
        let kept = Rc::new(RefCell::new(Value::Nil));
        let outer = self.preset.replace((e.id, kept.clone()));
        let stmt = lower(self);
        self.preset = outer;
        Box::new(move |fr| {
            let v = first(fr);
            *kept.borrow_mut() = v;
            stmt(fr)
        })
    }

    /// The kept value `e` reads, when it was evaluated ahead (`preset`).
    pub(super) fn preset_of(&self, e: &ast::Expr) -> Option<Rc<RefCell<Value>>> {
        match &self.preset {
            Some((id, k)) if *id == e.id => Some(k.clone()),
            _ => None,
        }
    }

    /// Whether `e` reads something a call could change: not a constant, literal or
    /// function literal.
    fn reads_state(&self, e: &ast::Expr) -> bool {
        if self.constant(e).is_some() {
            return false;
        }
        !matches!(e.kind, ExprKind::BasicLit(_) | ExprKind::FuncLit { .. })
    }

    /// The order to evaluate `es` in, when gc's differs from left to right (a call-free
    /// operand reading state before an operand with a call): the operands with calls
    /// first, then the others, each group left to right. None for left to right.
    pub(in crate::eval) fn go_order(&self, es: &[&ast::Expr]) -> Option<Vec<usize>> {
        let calls: Vec<bool> = es.iter().map(|e| self.has_call(e)).collect();
        let first_plain = es.iter().zip(&calls).position(|(e, &c)| !c && self.reads_state(e))?;
        if !calls[first_plain + 1..].iter().any(|&c| c) {
            return None;
        }
        let mut order: Vec<usize> = (0..es.len()).filter(|&i| calls[i]).collect();
        order.extend((0..es.len()).filter(|&i| !calls[i]));
        Some(order)
    }

    /// `a` and `b` (operands `x`, `y` of a binary operation) made to run in gc's order:
    /// when only `y` calls, `b` runs first and `a` (which then cannot call) after it.
    pub(super) fn ordered_pair<T: Copy + Default + 'static>(
        &self,
        x: &ast::Expr,
        y: &ast::Expr,
        a: Box<dyn Fn(&mut Frame) -> T>,
        b: Box<dyn Fn(&mut Frame) -> T>,
    ) -> (Box<dyn Fn(&mut Frame) -> T>, Box<dyn Fn(&mut Frame) -> T>) {
        if self.go_order(&[x, y]).is_none() {
            return (a, b);
        }
        // `a` has no call, so nothing runs between its storing `b`'s value and `b`'s
        // reading it back.
        let kept = Rc::new(Cell::new(T::default()));
        let k = kept.clone();
        let a2: Box<dyn Fn(&mut Frame) -> T> = Box::new(move |fr| {
            k.set(b(fr));
            a(fr)
        });
        (a2, Box::new(move |_| kept.get()))
    }

    /// As `ordered_pair`, for operands held as `Value`s.
    pub(super) fn ordered_pair_val(&self, x: &ast::Expr, y: &ast::Expr, a: ValE, b: ValE) -> (ValE, ValE) {
        if self.go_order(&[x, y]).is_none() {
            return (a, b);
        }
        let kept = Rc::new(RefCell::new(Value::Nil));
        let k = kept.clone();
        let a2: ValE = Box::new(move |fr| {
            let v = b(fr);
            *k.borrow_mut() = v;
            a(fr)
        });
        (a2, Box::new(move |_| kept.take()))
    }
}

/// Evaluates `vals` in `order` (see `go_order`; None: left to right), results in place.
pub(in crate::eval) fn eval_ordered(fr: &mut Frame, vals: &[ValE], order: Option<&[usize]>) -> Vec<Value> {
    match order {
        None => vals.iter().map(|v| v(fr)).collect(),
        Some(order) => {
            let mut out = vec![Value::Nil; vals.len()];
            for &i in order {
                out[i] = vals[i](fr);
            }
            out
        }
    }
}
