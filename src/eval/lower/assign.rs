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
                    if lhs.len() != rhs.len() {
                        self.unsupported(s.span, "assigning several arrays from one call");
                        return Box::new(|_| Flow::Normal);
                    }
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
        let Some((call, types)) = self.multi_call(rhs) else {
            return Box::new(|_| Flow::Normal);
        };
        // A result of concrete type stored into an interface gets its dynamic type.
        let targets: Vec<TypeId> =
            lhs.iter().zip(&types).map(|(l, &t)| if is_blank(l) { t } else { self.target_type(l, rhs) }).collect();
        let boxes = self.result_boxes(&targets, &types);
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs.iter().map(|l| self.value_store(l)).collect();
        Box::new(move |fr| {
            call(fr);
            let vs = std::mem::take(&mut fr.ret_multi);
            for ((st, v), b) in stores.iter().zip(vs).zip(&boxes) {
                let v = match b {
                    Some(rt) => Value::Iface(Rc::new((rt.clone(), v))),
                    None => v,
                };
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
        if let Some(st) = self.parallel_words(lhs, rhs) {
            return st;
        }
        let values: Vec<ValE> = rhs
            .iter()
            .zip(lhs)
            .map(|(r, l)| {
                let lt = self.target_type(l, r);
                self.value_as(r, lt)
            })
            .collect();
        let refs: Vec<&ast::Expr> = rhs.iter().collect();
        let order = self.go_order(&refs);
        if let Some(early) = self.early_index_stores(lhs) {
            return Box::new(move |fr| {
                // Phase 1: the index expressions' operands on the left, then the right.
                let places: Vec<Option<(Value, Value)>> = early.iter().map(|e| e.0.as_ref().map(|p| p(fr))).collect();
                let vs = eval_ordered(fr, &values, order.as_deref());
                // Phase 2: the assignments, left to right.
                for ((e, place), v) in early.iter().zip(places).zip(vs) {
                    (e.1)(fr, place, v);
                }
                Flow::Normal
            });
        }
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs
            .iter()
            .map(|l| {
                // A variable declared here has no storage yet to copy an array into.
                let declared = self.declared_here(l);
                let held = if declared { None } else { self.holding_array_store(l) };
                held.unwrap_or_else(|| self.value_store(l))
            })
            .collect();
        Box::new(move |fr| {
            let vs = eval_ordered(fr, &values, order.as_deref());
            for (st, v) in stores.iter().zip(vs) {
                st(fr, v);
            }
            Flow::Normal
        })
    }

    /// `a, b = x, y` of two scalars (a swap, loop counters moving together) when the
    /// right-hand sides run left to right and no target needs its operands evaluated
    /// first: both values held as words, no vector of values made.
    fn parallel_words(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) -> Option<StmtE> {
        let ([l0, l1], [r0, r1]) = (lhs, rhs) else { return None };
        if self.go_order(&[r0, r1]).is_some() || self.needs_early_operands(lhs) {
            return None;
        }
        let (c0, c1) = (self.class(self.target_type(l0, r0)), self.class(self.target_type(l1, r1)));
        if c0 == Class::Val || c1 == Class::Val {
            return None;
        }
        let (a, b) = (self.word_src(r0, c0), self.word_src(r1, c1));
        let (da, db) = (self.word_dst(l0), self.word_dst(l1));
        Some(Box::new(move |fr| {
            let x = a.get(fr);
            let y = b.get(fr);
            da.put(fr, x);
            db.put(fr, y);
            Flow::Normal
        }))
    }

    /// `r` (of class `class`, not `Val`) as a word.
    fn word_src(&mut self, r: &ast::Expr, class: Class) -> WordSrc {
        if let Some(slot) = self.local_word_slot(r) {
            return WordSrc::Local(slot);
        }
        match class {
            Class::Int(_) => WordSrc::Int(self.int(r)),
            Class::Float(_) => WordSrc::Float(self.float(r)),
            _ => WordSrc::Bool(self.boolean(r)),
        }
    }

    /// Where a word stored to `l` goes.
    fn word_dst(&mut self, l: &ast::Expr) -> WordDst {
        match self.local_word_slot(l) {
            Some(slot) => WordDst::Local(slot),
            None => WordDst::Store(self.word_store(l)),
        }
    }

    /// Whether an index target of `lhs` reads a variable an earlier target assigns.
    fn needs_early_operands(&self, lhs: &[ast::Expr]) -> bool {
        let mut assigned: Vec<ObjId> = Vec::new();
        for l in lhs {
            if matches!(l.kind, ExprKind::Index { .. }) && mentions_any(self, l, &assigned) {
                return true;
            }
            if let ExprKind::Ident(id) = &l.kind {
                if let Some(o) = self.prog.info.object_of(id.id) {
                    assigned.push(o);
                }
            }
        }
        false
    }

    /// Whether `l` is an identifier declared by this very statement.
    fn declared_here(&self, l: &ast::Expr) -> bool {
        let ExprKind::Ident(id) = &l.kind else { return false };
        self.prog.info.object_of(id.id).is_some_and(|o| self.prog.objs.get(o).pos == id.span)
    }

    /// For `a, x[i] = …` where an index target reads a variable an earlier target assigns:
    /// each target's code, with the index expression's container and key evaluated first
    /// (the spec's phase 1). None when no target needs that (the usual, faster path).
    #[allow(clippy::type_complexity)]
    fn early_index_stores(&mut self, lhs: &[ast::Expr]) -> Option<Vec<(Option<EarlyOperands>, EarlyStore)>> {
        if !self.needs_early_operands(lhs) {
            return None;
        }
        let mut out = Vec::new();
        for l in lhs {
            out.push(match self.index_operands(l) {
                Some((ops, st)) => (Some(ops), st),
                None => {
                    if self.holds_array(self.type_of(l).1) && !is_blank(l) {
                        self.unsupported(l.span, "assigning arrays in this assignment");
                    }
                    let st = self.value_store(l);
                    (None, Box::new(move |fr: &mut Frame, _: Option<(Value, Value)>, v: Value| st(fr, v)) as EarlyStore)
                }
            });
        }
        Some(out)
    }

    /// `x[k]` as a target: code evaluating its container and key, and code storing a value
    /// at them. None for other targets and for elements that hold arrays.
    fn index_operands(&mut self, l: &ast::Expr) -> Option<(EarlyOperands, EarlyStore)> {
        let ExprKind::Index { x, indices, .. } = &l.kind else { return None };
        let (_, xt) = self.type_of(x);
        if let Some((kt, _)) = self.map_types(xt) {
            let m = self.value(x);
            let k = self.value_as(&indices[0], kt);
            let ops: EarlyOperands = Box::new(move |fr| {
                let m = m(fr);
                (m, k(fr))
            });
            let st: EarlyStore = Box::new(move |_, place, v| {
                if let Some((m, k)) = place {
                    super::maps::writable(&m).borrow_mut().insert(k, v);
                }
            });
            return Some((ops, st));
        }
        let el = self.slice_elem(xt)?;
        if self.holds_array(el.typ) {
            return None;
        }
        let xs = self.storage(x);
        let i = self.int(&indices[0]);
        let ops: EarlyOperands = Box::new(move |fr| {
            let s = xs(fr);
            (s, Value::Int(i(fr)))
        });
        let words = el.words();
        let st: EarlyStore = Box::new(move |_, place, v| {
            if let Some((s, i)) = place {
                super::slices::set_elem(&s, i.int(), v, words);
            }
        });
        Some((ops, st))
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
        if let Some(slot) = self.local_word_slot(l) {
            return self.local_store(slot, r, self.class(lt));
        }
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

    /// A store of the `ok` of a comma-ok form into `l`: a variable of interface type holds
    /// it as a `bool` interface value.
    pub(super) fn ok_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, Value)> {
        let st = self.value_store(l);
        let lt = if is_blank(l) { None } else { Some(self.target_type(l, l)) };
        if !lt.is_some_and(|t| self.prog.types.is_interface(t)) {
            return st;
        }
        Box::new(move |fr, ok| st(fr, Value::Iface(Rc::new((RType::Bool, ok)))))
    }

    /// Whether a value of type `from` stored into `l` becomes an interface value there
    /// (`for k, v = range xs` with k, v of interface type).
    fn store_converts(&self, l: &ast::Expr, from: TypeId) -> bool {
        !is_blank(l) && self.prog.types.is_interface(self.target_type(l, l)) && !self.prog.types.is_interface(from)
    }

    /// A store into `l` of a value of type `from` (converted to `l`'s interface type).
    pub(super) fn value_store_from(&mut self, l: &ast::Expr, from: TypeId) -> Box<dyn Fn(&mut Frame, Value)> {
        let st = self.value_store(l);
        if !self.store_converts(l, from) {
            return st;
        }
        let rt = self.rtype(from);
        self.ensure_methods(from);
        Box::new(move |fr, v| st(fr, Value::Iface(Rc::new((rt.clone(), v)))))
    }

    /// As `value_store_from`, for a word of type `from` (integers, floats, booleans).
    pub(super) fn word_store_from(&mut self, l: &ast::Expr, from: TypeId) -> Box<dyn Fn(&mut Frame, u64)> {
        if !self.store_converts(l, from) {
            return self.word_store(l);
        }
        let class = self.class(from);
        let st = self.value_store_from(l, from);
        Box::new(move |fr, w| st(fr, word_value(class, w)))
    }

    /// As `value_store_from`, for an integer of type `from`.
    pub(super) fn int_store_from(&mut self, l: &ast::Expr, from: TypeId) -> Box<dyn Fn(&mut Frame, i64)> {
        if !self.store_converts(l, from) {
            return self.int_store(l);
        }
        let st = self.value_store_from(l, from);
        Box::new(move |fr, i| st(fr, Value::Int(i)))
    }

    /// `x = r` into a non-escaping local held as a word (of class `class`).
    fn local_store(&mut self, slot: u32, r: &ast::Expr, class: Class) -> StmtE {
        match class {
            Class::Int(_) => {
                let v = self.int(r);
                Box::new(move |fr| {
                    let x = v(fr);
                    fr.set_word(slot, x as u64);
                    Flow::Normal
                })
            }
            Class::Float(_) => {
                let v = self.float(r);
                Box::new(move |fr| {
                    let x = v(fr);
                    fr.set_word(slot, x.to_bits());
                    Flow::Normal
                })
            }
            _ => {
                let v = self.boolean(r);
                Box::new(move |fr| {
                    let x = v(fr);
                    fr.set_word(slot, x as u64);
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
        // gc runs the right side's calls before reading anything of the left side (which
        // a call may change: `*p += f()` with f reassigning p, `n += f(&n)`); a local that
        // is no variable of anyone else cannot change.
        let own_local = matches!(self.var_place(l), Some((Place::Local(_), _)));
        if !incdec && self.preset.is_none() && !own_local && self.has_call(r) && !self.has_call(l) {
            return self.preset(r, |lw| lw.op_assign(l, op, r, incdec));
        }
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
        if let Some(st) = self.field_op_assign(l, op, r, incdec, class) {
            return st;
        }
        let local = self.local_word_slot(l);
        match class {
            Class::Int(k) => {
                // Shifts have their own rules (count of any integer type, negative counts
                // panic), which `shift` keeps.
                let f = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) && !incdec {
                    self.shift(op, k, l, r)
                } else {
                    let cur = match local {
                        Some(slot) => leaves::Src::Local(slot),
                        None => leaves::Src::Code(self.int(l)),
                    };
                    let rhs = if incdec { leaves::Src::Const(1) } else { self.int_src(r, k) };
                    leaves::int_arith(op, k, cur, rhs)
                };
                if let Some(slot) = local {
                    return Box::new(move |fr| {
                        let v = f(fr);
                        fr.set_word(slot, v as u64);
                        Flow::Normal
                    });
                }
                let st = self.int_store(l);
                Box::new(move |fr| {
                    let v = f(fr);
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Float(f32) => {
                let f = if f32 {
                    let cur = self.float(l);
                    let rhs: FloatE = if incdec { Box::new(|_| 1.0) } else { self.float(r) };
                    float_op(op, f32, cur, rhs)
                } else {
                    let cur = match local {
                        Some(slot) => leaves::Src::Local(slot),
                        None => leaves::Src::Code(self.float(l)),
                    };
                    let rhs = if incdec { leaves::Src::Const(1.0) } else { self.float_src(r) };
                    leaves::float_arith(op, cur, rhs)
                };
                if let Some(slot) = local {
                    return Box::new(move |fr| {
                        let v = f(fr);
                        fr.set_word(slot, v.to_bits());
                        Flow::Normal
                    });
                }
                let st = self.word_store(l);
                Box::new(move |fr| {
                    let v = f(fr).to_bits();
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Val if self.complex_kind(lt).is_some() => {
                let c64 = self.complex_kind(lt).unwrap_or(false);
                let cur = self.complex(l);
                let rhs: complex::ComplexE = if incdec { Box::new(|_| (1.0, 0.0)) } else { self.complex(r) };
                let f = complex::complex_op(op, c64, cur, rhs);
                let st = self.value_store(l);
                Box::new(move |fr| {
                    let v = f(fr);
                    st(fr, Value::Complex(Rc::new(v)));
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

/// A scalar right-hand side of `parallel_words`.
enum WordSrc {
    Local(u32),
    Int(IntE),
    Float(FloatE),
    Bool(BoolE),
}

impl WordSrc {
    #[inline(always)]
    fn get(&self, fr: &mut Frame) -> u64 {
        match self {
            WordSrc::Local(s) => fr.word(*s),
            WordSrc::Int(f) => f(fr) as u64,
            WordSrc::Float(f) => f(fr).to_bits(),
            WordSrc::Bool(f) => f(fr) as u64,
        }
    }
}

/// A scalar target of `parallel_words`.
enum WordDst {
    Local(u32),
    Store(Box<dyn Fn(&mut Frame, u64)>),
}

impl WordDst {
    #[inline(always)]
    fn put(&self, fr: &mut Frame, w: u64) {
        match self {
            WordDst::Local(s) => fr.set_word(*s, w),
            WordDst::Store(st) => st(fr, w),
        }
    }
}

/// The container and key of an index target, evaluated before the assignments.
type EarlyOperands = Box<dyn Fn(&mut Frame) -> (Value, Value)>;
/// Stores a value at a target, given its early operands (if it has any).
type EarlyStore = Box<dyn Fn(&mut Frame, Option<(Value, Value)>, Value)>;

/// Whether `e` reads one of the variables `objs` (conservatively true for expressions
/// it does not look into).
fn mentions_any(lw: &Lower, e: &ast::Expr, objs: &[ObjId]) -> bool {
    if objs.is_empty() {
        return false;
    }
    match &e.kind {
        ExprKind::Ident(id) => lw.prog.info.object_of(id.id).is_some_and(|o| objs.contains(&o)),
        ExprKind::BasicLit(_) => false,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Unary { x, .. } => mentions_any(lw, x, objs),
        ExprKind::Binary { x, y, .. } => mentions_any(lw, x, objs) || mentions_any(lw, y, objs),
        ExprKind::Index { x, indices, .. } => {
            mentions_any(lw, x, objs) || indices.iter().any(|i| mentions_any(lw, i, objs))
        }
        ExprKind::Call { fun, args, .. } => {
            mentions_any(lw, fun, objs) || args.iter().any(|a| mentions_any(lw, a, objs))
        }
        _ => true,
    }
}
