//! Lowering assignments: to locals, globals and slice elements, `op=`, `++`/`--`.

use gint_syntax::ast::{self, AssignOp, BinaryOp, ExprKind};
use gint_syntax::span::Span;

use super::closures::Place;
use super::*;

impl<'a> Lower<'a> {
    pub(super) fn assign(&mut self, s: &ast::Stmt, lhs: &[ast::Expr], op: AssignOp, rhs: &[ast::Expr]) -> StmtE {
        match op {
            AssignOp::Op(bop) => self.op_assign(&lhs[0], bop, &rhs[0], false),
            AssignOp::Assign | AssignOp::Define => {
                if op == AssignOp::Assign && lhs.iter().any(|l| !is_blank(l) && self.holds_array(self.type_of(l).1)) {
                    // Arrays are assigned in place (`array_assign`), one at a time.
                    if let ([l], [r]) = (lhs, rhs) {
                        if let Some(st) = self.array_assign(l, r).or_else(|| self.struct_array_assign(l, r)) {
                            return st;
                        }
                    }
                    self.unsupported(s.span, "assigning several arrays at once");
                    return Box::new(|_| Flow::Normal);
                }
                if lhs.len() != rhs.len() {
                    return self.tuple_assign(lhs, &rhs[0], s.span);
                }
                self.parallel_assign(lhs, rhs, s.span)
            }
        }
    }

    /// `a, b = f()`: a call's several results, stored in order.
    pub(super) fn tuple_assign(&mut self, lhs: &[ast::Expr], rhs: &ast::Expr, span: Span) -> StmtE {
        if self.prog.info.is_comma_ok(rhs.id) {
            if let Some(st) = self.map_comma_ok(lhs, rhs) {
                return st;
            }
            if let Some(st) = self.recv_comma_ok(lhs, rhs) {
                return st;
            }
            if let Some(st) = self.assert_comma_ok(lhs, rhs) {
                return st;
            }
        }
        if !matches!(rhs.kind, ExprKind::Call { .. }) || self.prog.info.is_comma_ok(rhs.id) {
            self.unsupported(span, "comma-ok assignments");
            return Box::new(|_| Flow::Normal);
        }
        let Some(call) = self.call_code(rhs) else {
            return Box::new(|_| Flow::Normal);
        };
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs.iter().map(|l| self.value_store(l)).collect();
        Box::new(move |fr| {
            call(fr);
            let vs = std::mem::take(&mut fr.ret_multi);
            for (st, v) in stores.iter().zip(vs) {
                st(fr, v);
            }
            Flow::Normal
        })
    }

    /// A store of the value of comma-ok expression `r` (of type `vt`) into `l`; into a
    /// variable of interface type the value goes with its dynamic type (`vt`'s).
    pub(super) fn comma_ok_store(
        &mut self,
        l: &ast::Expr,
        r: &ast::Expr,
        vt: TypeId,
    ) -> Box<dyn Fn(&mut Frame, Value)> {
        let st = self.value_store(l);
        let lt = self.target_type(l, r);
        if is_blank(l) || !self.prog.types.is_interface(lt) || self.prog.types.is_interface(vt) {
            return st;
        }
        self.ensure_methods(vt);
        let rt = self.rtype(vt);
        Box::new(move |fr, v| st(fr, Value::Iface(Rc::new((rt.clone(), v)))))
    }

    /// `a, b = x, y`: all right-hand sides are evaluated before any is stored.
    pub(super) fn parallel_assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], _span: Span) -> StmtE {
        if lhs.len() == 1 {
            return self.store(&lhs[0], &rhs[0]);
        }
        let values: Vec<ValE> = rhs
            .iter()
            .zip(lhs)
            .map(|(r, l)| {
                let lt = self.target_type(l, r);
                self.value_as(r, lt)
            })
            .collect();
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs.iter().map(|l| self.value_store(l)).collect();
        Box::new(move |fr| {
            let vs: Vec<Value> = values.iter().map(|v| v(fr)).collect();
            for (st, v) in stores.iter().zip(vs) {
                st(fr, v);
            }
            Flow::Normal
        })
    }

    /// `l = r` for one target.
    pub(super) fn store(&mut self, l: &ast::Expr, r: &ast::Expr) -> StmtE {
        if let Some(st) = self.map_assign(l, Some(r), None) {
            return st;
        }
        if let Some(st) = self.index_assign(l, Some(r), None) {
            return st;
        }
        let lt = self.target_type(l, r);
        match self.class(lt) {
            Class::Int(_) => {
                let st = self.int_store(l);
                let v = self.int(r);
                Box::new(move |fr| {
                    let x = v(fr);
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Float(_) => {
                let st = self.word_store(l);
                let v = self.float(r);
                Box::new(move |fr| {
                    let x = v(fr).to_bits();
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Bool => {
                let st = self.word_store(l);
                let v = self.boolean(r);
                Box::new(move |fr| {
                    let x = v(fr) as u64;
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Val => {
                let st = self.value_store(l);
                let v = self.value_as(r, lt);
                Box::new(move |fr| {
                    let x = v(fr);
                    st(fr, x);
                    Flow::Normal
                })
            }
        }
    }

    /// The type a store to `l` has (for `_`, the value's own type).
    pub(super) fn target_type(&self, l: &ast::Expr, r: &ast::Expr) -> TypeId {
        if let ExprKind::Ident(id) = &l.kind {
            if let Some(obj) = self.prog.info.object_of(id.id) {
                return self.obj_type(obj);
            }
            if id.name == "_" {
                let (_, t) = self.type_of(r);
                return crate::types::predicates::default_type(&self.prog.types, t);
            }
        }
        self.type_of(l).1
    }

    /// `x op= y` (and `x++`, `x--` when `incdec`).
    pub(super) fn op_assign(&mut self, l: &ast::Expr, op: BinaryOp, r: &ast::Expr, incdec: bool) -> StmtE {
        if let Some(st) = self.map_assign(l, if incdec { None } else { Some(r) }, Some(op)) {
            return st;
        }
        if let Some(st) = self.index_assign(l, if incdec { None } else { Some(r) }, Some(op)) {
            return st;
        }
        if let Some(st) = self.add_const_assign(l, op, r, incdec) {
            return st;
        }
        let (_, lt) = self.type_of(l);
        let class = self.class(lt);
        match class {
            Class::Int(k) => {
                // Shifts take their count's signedness into account (and int_op has none).
                let f = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) && !incdec {
                    self.shift(op, k, l, r)
                } else {
                    let cur = self.int(l);
                    let rhs: IntE = if incdec { Box::new(|_| 1) } else { self.int(r) };
                    int_op(op, k, cur, rhs, l.span, self)
                };
                let st = self.int_store(l);
                Box::new(move |fr| {
                    let v = f(fr);
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Float(f32) => {
                let cur = self.float(l);
                let rhs: FloatE = if incdec { Box::new(|_| 1.0) } else { self.float(r) };
                let f = float_op(op, f32, cur, rhs);
                let st = self.word_store(l);
                Box::new(move |fr| {
                    let v = f(fr).to_bits();
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Val if op == BinaryOp::Add => {
                let cur = self.value(l);
                let rhs = self.value(r);
                let st = self.value_store(l);
                Box::new(move |fr| {
                    let a = cur(fr);
                    let b = rhs(fr);
                    st(fr, concat(&a, &b));
                    Flow::Normal
                })
            }
            _ => self.todo(l.span, "this assignment operation"),
        }
    }

    /// Where an integer goes: a local's word, a global.
    pub(super) fn int_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, i64)> {
        let w = self.word_store(l);
        Box::new(move |fr, v| w(fr, v as u64))
    }

    pub(super) fn word_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, u64)> {
        if let Some(st) = self.index_store_word(l) {
            return st;
        }
        if let Some(st) = self.map_store(l) {
            return Box::new(move |fr, w| st(fr, Value::Int(w as i64)));
        }
        let (_, lt) = self.type_of(l);
        let class = self.class(lt);
        if let Some(st) = self.field_store_word(l, class) {
            return st;
        }
        match self.var_place(l) {
            Some((Place::Local(slot), _)) => Box::new(move |fr, w| fr.set_word(slot, w)),
            Some((Place::Global(slot), class)) => {
                Box::new(move |fr, w| fr.globals[slot as usize] = word_value(class, w))
            }
            Some((p, class)) => self.cell_store_word(p, class),
            None => {
                if !is_blank(l) {
                    self.unsupported(l.span, "assignment to this kind of target");
                }
                Box::new(|_, _| {})
            }
        }
    }

    pub(super) fn value_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, Value)> {
        if let Some(st) = self.index_store_value(l) {
            return st;
        }
        if let Some(st) = self.map_store(l) {
            return st;
        }
        if let Some(st) = self.field_store_value(l) {
            return st;
        }
        match self.var_place(l) {
            Some((Place::Global(slot), _)) => Box::new(move |fr, v| fr.globals[slot as usize] = v),
            Some((Place::Local(slot), Class::Val)) => Box::new(move |fr, v| fr.set_val(slot, v)),
            Some((Place::Local(slot), _)) => Box::new(move |fr, v| fr.set_word(slot, value_word(&v))),
            Some((p, Class::Val)) => self.cell_store_value(p),
            Some((p, class)) => {
                let st = self.cell_store_word(p, class);
                Box::new(move |fr, v| st(fr, value_word(&v)))
            }
            None => {
                if !is_blank(l) {
                    self.unsupported(l.span, "assignment to this kind of target");
                }
                Box::new(|_, _| {})
            }
        }
    }
}
