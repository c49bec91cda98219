//! Lowering expressions by the class of their static type: integers, floats, booleans,
//! and everything else as `Value`.

use gint_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};

use super::closures::Place;
use super::*;

impl<'a> Lower<'a> {
    pub(in crate::eval) fn constant(&self, e: &ast::Expr) -> Option<(Const, TypeId)> {
        match self.prog.info.type_of(e.id) {
            Some(tv) => match &tv.mode {
                ExprMode::Constant(v) => Some((v.clone(), self.sub(tv.typ))),
                _ => None,
            },
            None => None,
        }
    }

    pub fn int(&mut self, e: &ast::Expr) -> IntE {
        if let Some(k) = self.preset_of(e) {
            return Box::new(move |_| k.borrow().int());
        }
        if let Some((c, t)) = self.constant(e) {
            let k = match self.class(t) {
                Class::Int(k) => k,
                _ => IntKind::Int,
            };
            let v = const_int(&c, k);
            return Box::new(move |_| v);
        }
        let (_, t) = self.type_of(e);
        let kind = match self.class(t) {
            Class::Int(k) => k,
            _ => IntKind::Int,
        };
        if let Some(w) = self.field_word(e).or_else(|| self.recv_word(e)) {
            return Box::new(move |fr| w(fr) as i64);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.int(x),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => match self.var_place(e) {
                Some((Place::Local(slot), _)) => Box::new(move |fr| fr.word(slot) as i64),
                Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].int()),
                Some((p, _)) => self.cell_read(p, |w| w as i64),
                None => self.bad_int(e),
            },
            ExprKind::Binary { op, x, y } if !is_comparison(*op) && !matches!(op, BinaryOp::LAnd | BinaryOp::LOr) => {
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    if let Some(s) = self.constant(y).and_then(|(c, _)| constant::to_u64(&c)) {
                        return self.const_shift(*op, kind, x, s);
                    }
                    return self.shift(*op, kind, x, y);
                }
                self.int_binary(*op, kind, x, y)
            }
            ExprKind::Unary { op, x } => {
                let a = self.int(x);
                match op {
                    UnaryOp::Pos => a,
                    UnaryOp::Neg => Box::new(move |fr| kind.wrap(a(fr).wrapping_neg())),
                    UnaryOp::Xor => Box::new(move |fr| kind.wrap(!a(fr))),
                    _ => self.bad_int(e),
                }
            }
            ExprKind::Call { .. } => self.call_int(e),
            ExprKind::TypeAssert { .. } => {
                let v = self.type_assert(e);
                Box::new(move |fr| v(fr).int())
            }
            ExprKind::Index { x, indices, .. } => {
                let (_, xt) = self.type_of(x);
                if self.prog.types.basic_kind(xt).is_some_and(|k| k.is_string()) {
                    let i = self.int(&indices[0]);
                    if let Some(slot) = self.local_val_slot(x) {
                        // A local string is read in place (no call in `i` can change it).
                        return Box::new(move |fr| {
                            let i = i(fr);
                            let b = fr.val(slot).str();
                            if i < 0 || i as usize >= b.len() {
                                panic::index_out_of_range(i, b.len());
                            }
                            b[i as usize] as i64
                        });
                    }
                    let s = self.value(x);
                    return Box::new(move |fr| {
                        let s = s(fr);
                        let i = i(fr);
                        let b = s.str();
                        if i < 0 || i as usize >= b.len() {
                            panic::index_out_of_range(i, b.len());
                        }
                        b[i as usize] as i64
                    });
                }
                if let Some(v) = self.map_index(x, &indices[0]) {
                    return Box::new(move |fr| v(fr).int());
                }
                match self.index_int(x, &indices[0]) {
                    Some(f) => f,
                    None => self.bad_int(e),
                }
            }
            _ => self.bad_int(e),
        }
    }

    pub(super) fn bad_int(&mut self, e: &ast::Expr) -> IntE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| 0)
    }

    /// The count `y` of a shift, of its own type, panicking when a signed count is negative.
    pub(super) fn shift_count(&mut self, y: &ast::Expr) -> IntE {
        let (_, yt) = self.type_of(y);
        let unsigned = matches!(self.class(yt), Class::Int(k) if k.is_unsigned());
        let b = self.int(y);
        if unsigned {
            return b;
        }
        Box::new(move |fr| {
            let s = b(fr);
            if s < 0 {
                panic::runtime_error("negative shift amount".to_string());
            }
            s
        })
    }

    pub(super) fn shift(&mut self, op: BinaryOp, kind: IntKind, x: &ast::Expr, y: &ast::Expr) -> IntE {
        let a = self.int(x);
        let b = self.shift_count(y);
        let bits = kind.bits() as u64;
        let unsigned = kind.is_unsigned();
        Box::new(move |fr| {
            let v = a(fr);
            let s = b(fr) as u64;
            match op {
                BinaryOp::Shl => {
                    if s >= bits {
                        0
                    } else {
                        kind.wrap(((v as u64) << s) as i64)
                    }
                }
                _ => {
                    if unsigned {
                        let u = (v as u64) & (u64::MAX >> (64 - bits));
                        if s >= bits {
                            0
                        } else {
                            kind.wrap((u >> s) as i64)
                        }
                    } else if s >= 64 {
                        if v < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        v >> s
                    }
                }
            }
        })
    }

    pub fn float(&mut self, e: &ast::Expr) -> FloatE {
        if let Some(k) = self.preset_of(e) {
            return Box::new(move |_| k.borrow().float());
        }
        if let Some((c, t)) = self.constant(e) {
            let f32 = matches!(self.class(t), Class::Float(true));
            let v = constant::to_f64(&constant::to_float(&c).unwrap_or(Const::Unknown)).unwrap_or(0.0);
            let v = if f32 { v as f32 as f64 } else { v };
            return Box::new(move |_| v);
        }
        let (_, t) = self.type_of(e);
        let f32 = matches!(self.class(t), Class::Float(true));
        if let Some(w) = self.field_word(e).or_else(|| self.recv_word(e)) {
            return Box::new(move |fr| f64::from_bits(w(fr)));
        }
        match &e.kind {
            ExprKind::Paren(x) => self.float(x),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => match self.var_place(e) {
                Some((Place::Local(slot), _)) => Box::new(move |fr| f64::from_bits(fr.word(slot))),
                Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].float()),
                Some((p, _)) => self.cell_read(p, f64::from_bits),
                None => self.bad_float(e),
            },
            ExprKind::Binary { op, x, y } if !is_comparison(*op) && !f32 => self.float_binary(*op, x, y),
            ExprKind::Binary { op, x, y } if !is_comparison(*op) => {
                let a = self.float(x);
                let b = self.float(y);
                let (a, b) = self.ordered_pair(x, y, a, b);
                float_op(*op, f32, a, b)
            }
            ExprKind::Unary { op: UnaryOp::Neg, x } => {
                let a = self.float(x);
                Box::new(move |fr| -a(fr))
            }
            ExprKind::Unary { op: UnaryOp::Pos, x } => self.float(x),
            ExprKind::Call { .. } => match self.complex_part(e) {
                Some(f) => f,
                None => self.call_float(e),
            },
            ExprKind::Index { x, indices, .. } => match self.map_index(x, &indices[0]) {
                Some(v) => Box::new(move |fr| v(fr).float()),
                None => match self.index_float(x, &indices[0]) {
                    Some(f) => f,
                    None => self.bad_float(e),
                },
            },
            ExprKind::TypeAssert { .. } => {
                let v = self.type_assert(e);
                Box::new(move |fr| v(fr).float())
            }
            _ => self.bad_float(e),
        }
    }

    pub(super) fn bad_float(&mut self, e: &ast::Expr) -> FloatE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| 0.0)
    }

    pub fn boolean(&mut self, e: &ast::Expr) -> BoolE {
        if let Some(k) = self.preset_of(e) {
            return Box::new(move |_| k.borrow().bool());
        }
        if let Some((c, _)) = self.constant(e) {
            let v = matches!(c, Const::Bool(true));
            return Box::new(move |_| v);
        }
        if let Some(w) = self.field_word(e).or_else(|| self.recv_word(e)) {
            return Box::new(move |fr| w(fr) != 0);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.boolean(x),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => match self.var_place(e) {
                Some((Place::Local(slot), _)) => Box::new(move |fr| fr.word(slot) != 0),
                Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].bool()),
                Some((p, _)) => self.cell_read(p, |w| w != 0),
                None => self.bad_bool(e),
            },
            ExprKind::Unary { op: UnaryOp::Not, x } => {
                let a = self.boolean(x);
                Box::new(move |fr| !a(fr))
            }
            ExprKind::Binary { op: BinaryOp::LAnd, x, y } => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| a(fr) && b(fr))
            }
            ExprKind::Binary { op: BinaryOp::LOr, x, y } => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| a(fr) || b(fr))
            }
            ExprKind::Binary { op, x, y } if is_comparison(*op) => {
                let (_, xt) = self.type_of(x);
                let (_, yt) = self.type_of(y);
                // Untyped operands compare at the other operand's type; a non-interface
                // operand compared with an interface is converted to the interface type.
                let iface = |t| self.prog.types.is_interface(t);
                let t = if self.prog.types.is_untyped(xt) || (iface(yt) && !iface(xt)) { yt } else { xt };
                self.compare(*op, x, y, t)
            }
            // `T(x)` between boolean types (`boolValue(v)`, `bool(*p)`): the same word.
            ExprKind::Call { fun, args, .. }
                if args.len() == 1 && self.type_of(fun).0 == ExprMode::TypeExpr && {
                    let (_, at) = self.type_of(&args[0]);
                    matches!(self.class(at), Class::Bool)
                } =>
            {
                self.boolean(&args[0])
            }
            ExprKind::Call { fun, args, .. } => {
                if let Some(Callee::Native(name, _)) = self.callee(fun) {
                    if let Some(f) = crate::eval::natives::lower_native_bool(self, &name, args) {
                        return f;
                    }
                }
                let f = self.call_int(e);
                Box::new(move |fr| f(fr) != 0)
            }
            ExprKind::Index { x, indices, .. } => match self.map_index(x, &indices[0]) {
                Some(v) => Box::new(move |fr| v(fr).bool()),
                None => match self.index_bool(x, &indices[0]) {
                    Some(f) => f,
                    None => self.bad_bool(e),
                },
            },
            ExprKind::TypeAssert { .. } => {
                let v = self.type_assert(e);
                Box::new(move |fr| v(fr).bool())
            }
            _ => self.bad_bool(e),
        }
    }

    pub(super) fn bad_bool(&mut self, e: &ast::Expr) -> BoolE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| false)
    }

    /// `x op y` for a comparison operator, at operand type `t`.
    pub(super) fn compare(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr, t: TypeId) -> BoolE {
        let t = crate::types::predicates::default_type(&self.prog.types, t);
        match self.class(t) {
            Class::Int(k) => self.int_compare(op, k, x, y),
            Class::Float(_) => self.float_compare(op, x, y),
            Class::Bool => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| if op == BinaryOp::Eql { a(fr) == b(fr) } else { a(fr) != b(fr) })
            }
            Class::Val if self.complex_kind(t).is_some() => self.complex_eq(op, x, y),
            Class::Val => {
                let is_nil = |lw: &Self, e: &ast::Expr| matches!(&e.kind, ExprKind::Ident(id) if lw.prog.info.object_of(id.id).is_some_and(|o| matches!(lw.prog.objs.get(o).kind, ObjKind::Nil)));
                if matches!(op, BinaryOp::Eql | BinaryOp::Neq) && (is_nil(self, x) || is_nil(self, y)) {
                    let other = if is_nil(self, x) { y } else { x };
                    let (_, ot) = self.type_of(other);
                    if self.is_slice(ot)
                        || self.map_types(ot).is_some()
                        || self.prog.types.signature(ot).is_some()
                        || self.pointer_elem(ot).is_some()
                        || self.chan_elem(ot).is_some()
                        || self.prog.types.is_interface(ot)
                    {
                        let eq = op == BinaryOp::Eql;
                        if let Some(nil) = self.field_is_nil(other) {
                            return Box::new(move |fr| nil(fr) == eq);
                        }
                        let v = self.value(other);
                        return Box::new(move |fr| matches!(v(fr), Value::Nil) == eq);
                    }
                }
                if self.struct_fields(t).is_some() && self.holds_float_array(t) {
                    self.unsupported(x.span, "comparison of structs holding arrays of floats");
                    return Box::new(|_| false);
                }
                if self.struct_fields(t).is_some()
                    || self.pointer_elem(t).is_some()
                    || self.chan_elem(t).is_some()
                    || self.prog.types.is_interface(t)
                {
                    let a = self.value_as(x, t);
                    let b = self.value_as(y, t);
                    let eq = op == BinaryOp::Eql;
                    return Box::new(move |fr| {
                        let (a, b) = (a(fr), b(fr));
                        crate::runtime::value::values_eq(&a, &b) == eq
                    });
                }
                if let Some(eq) = self.array_eq(op, x, y, t) {
                    return eq;
                }
                if !self.prog.types.basic_kind(t).is_some_and(|k| k.is_string()) {
                    self.unsupported(x.span, "comparison of values of this type");
                    return Box::new(|_| false);
                }
                let a = self.value(x);
                let b = self.value(y);
                let (a, b) = self.ordered_pair_val(x, y, a, b);
                Box::new(move |fr| {
                    let (a, b) = (a(fr), b(fr));
                    cmp_ord(op, a.str().cmp(b.str()))
                })
            }
        }
    }

    /// Any expression as a `Value`.
    pub fn value(&mut self, e: &ast::Expr) -> ValE {
        let (_, t) = self.type_of(e);
        self.value_as(e, t)
    }

    /// `e` as a `Value` held as type `t` (untyped constants take `t`, or their default).
    pub(in crate::eval) fn value_as(&mut self, e: &ast::Expr, t: TypeId) -> ValE {
        if let Some(k) = self.preset_of(e) {
            return Box::new(move |_| k.borrow().clone());
        }
        let no_copy = std::mem::take(&mut self.array_no_copy);
        let v = self.value_inner(e, t);
        self.array_read(e, t, no_copy, v)
    }

    fn value_inner(&mut self, e: &ast::Expr, t: TypeId) -> ValE {
        let (_, et) = self.type_of(e);
        if self.prog.types.is_interface(t) && !self.prog.types.is_interface(et) {
            return self.to_iface(e, et);
        }
        let t =
            if self.prog.types.is_untyped(t) { crate::types::predicates::default_type(&self.prog.types, t) } else { t };
        match self.class(t) {
            Class::Int(_) => {
                let f = self.int(e);
                return Box::new(move |fr| Value::Int(f(fr)));
            }
            Class::Float(_) => {
                let f = self.float(e);
                return Box::new(move |fr| Value::Float(f(fr)));
            }
            Class::Bool => {
                let f = self.boolean(e);
                return Box::new(move |fr| Value::Bool(f(fr)));
            }
            Class::Val => {}
        }
        if self.complex_kind(t).is_some() && self.complex_computes(e) {
            return self.complex_value(e);
        }
        if let Some((Const::String(s), _)) = self.constant(e) {
            let v = Value::Str(Str::from_bytes(s.to_vec()));
            return Box::new(move |_| v.clone());
        }
        if let Some(v) = self.field_value(e) {
            return v;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.value_as(x, t),
            ExprKind::Unary { op: UnaryOp::Addr, x } => self.address_of(e, x),
            ExprKind::Selector { x, sel }
                if self.is_package_name(x)
                    && self
                        .prog
                        .info
                        .object_of(sel.id)
                        .is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::Var(_))) =>
            {
                match self.var_place(e) {
                    Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].clone()),
                    Some((p @ Place::GlobalCell(_), _)) => self.cell_read_value(p),
                    _ => self.bad_value(e),
                }
            }
            ExprKind::Ident(id) => {
                if self.prog.info.object_of(id.id).is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::Nil)) {
                    return Box::new(|_| Value::Nil);
                }
                if let Some(obj) = self.prog.info.object_of(id.id) {
                    if matches!(self.prog.objs.get(obj).kind, ObjKind::Func(_)) {
                        // A generic function instantiated by the type it is assigned to has
                        // its instance recorded under the expression.
                        let at = if self.prog.info.instance(e.id).is_some() { e.id } else { id.id };
                        return self.func_value(obj, at, e.span);
                    }
                }
                match self.var_place(e) {
                    Some((Place::Local(slot), _)) => Box::new(move |fr| fr.val(slot).clone()),
                    Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].clone()),
                    Some((p, _)) => self.cell_read_value(p),
                    None => self.bad_value(e),
                }
            }
            ExprKind::Selector { .. }
                if matches!(
                    self.prog.info.selection(e.id),
                    Some(
                        crate::types::lookup::Selection::Method { .. }
                            | crate::types::lookup::Selection::IfaceMethod { .. }
                    )
                ) || self
                    .type_of(match &e.kind {
                        ExprKind::Selector { x, .. } => x,
                        _ => e,
                    })
                    .0
                    == ExprMode::TypeExpr =>
            {
                match self.method_value(e) {
                    Some(v) => v,
                    None => Box::new(|_| Value::Nil),
                }
            }
            // A package's function as a value (`strings.Map(unicode.ToUpper, s)`).
            ExprKind::Selector { sel, .. }
                if self
                    .prog
                    .info
                    .object_of(sel.id)
                    .is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::Func(_)))
                    && self.prog.info.selection(e.id).is_none() =>
            {
                // A generic function instantiated by the type it is assigned to has its
                // instance recorded under the expression.
                let at = if self.prog.info.instance(e.id).is_some() { e.id } else { sel.id };
                match self.prog.info.object_of(sel.id) {
                    Some(obj) => self.func_value(obj, at, e.span),
                    None => self.bad_value(e),
                }
            }
            ExprKind::Selector { .. } if self.var_place(e).is_some() => match self.var_place(e) {
                Some((Place::Global(slot), _)) => Box::new(move |fr| fr.globals[slot as usize].clone()),
                Some((p, _)) => self.cell_read_value(p),
                None => self.bad_value(e),
            },
            ExprKind::Binary { op: BinaryOp::Add, x, y } => {
                let a = self.value(x);
                let b = self.value(y);
                let (a, b) = self.ordered_pair_val(x, y, a, b);
                Box::new(move |fr| {
                    let (a, b) = (a(fr), b(fr));
                    concat(&a, &b)
                })
            }
            ExprKind::Call { fun, .. }
                if matches!(self.callee(fun), Some(Callee::Builtin(crate::types::object::Builtin::New))) =>
            {
                let (_, nt) = self.type_of(e);
                self.new_value(nt, e.span)
            }
            ExprKind::Unary { op: UnaryOp::Recv, x } => self.recv_value(x),
            ExprKind::Call { .. } => match self.chan_make(e).or_else(|| self.map_make(e)) {
                Some(v) => v,
                None => match self.slice_builtin_value(e) {
                    Some(v) => v,
                    None => self.call_value(e),
                },
            },
            // `pkg.F` of a generic function instantiated by the type it is assigned to.
            ExprKind::Selector { sel, .. } if self.prog.info.instance(e.id).is_some() => {
                match self.prog.info.object_of(sel.id) {
                    Some(obj) => self.func_value(obj, e.id, e.span),
                    None => self.bad_value(e),
                }
            }
            // `f[T]`: an instance of a generic function as a value.
            ExprKind::Index { x, .. } if self.generic_func_name(x).is_some() => match self.generic_func_name(x) {
                Some((obj, id)) => self.func_value(obj, id, e.span),
                None => self.bad_value(e),
            },
            ExprKind::Index { x, indices, .. } => match self.map_index(x, &indices[0]) {
                Some(v) => v,
                None => match self.index_value(x, &indices[0]) {
                    Some(v) => v,
                    None => self.bad_value(e),
                },
            },
            ExprKind::TypeAssert { .. } => self.type_assert(e),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                match self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref()) {
                    Some(v) => v,
                    None => self.bad_value(e),
                }
            }
            ExprKind::FuncLit { typ, body } => self.func_lit(e, typ, body),
            ExprKind::CompositeLit { elts, .. } if self.map_types(self.type_of(e).1).is_some() => {
                match self.map_lit(e, elts) {
                    Some(v) => v,
                    None => self.bad_value(e),
                }
            }
            ExprKind::CompositeLit { elts, .. } => match self.composite_lit(e, elts) {
                Some(v) => v,
                None => match self.struct_lit_expr(e, elts, t) {
                    Some(v) => v,
                    None => self.bad_value(e),
                },
            },
            _ => self.bad_value(e),
        }
    }

    /// The function object and naming node of `f` or `pkg.f` when it is instantiated there.
    fn generic_func_name(&self, e: &ast::Expr) -> Option<(ObjId, ast::NodeId)> {
        // A method (`x.M[T]` as a value) needs its receiver: not a plain function.
        if self.prog.info.selection(e.id).is_some() {
            return None;
        }
        let id = match &e.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            _ => return None,
        };
        self.prog.info.instance(id.id)?;
        Some((self.prog.info.object_of(id.id)?, id.id))
    }

    pub(super) fn bad_value(&mut self, e: &ast::Expr) -> ValE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| Value::Nil)
    }

    /// `e` converted to an interface: its value with its dynamic type.
    pub(super) fn to_iface(&mut self, e: &ast::Expr, et: TypeId) -> ValE {
        if self.prog.types.basic_kind(et) == Some(BasicKind::UntypedNil) {
            return Box::new(|_| Value::Nil);
        }
        if self.unnamed_struct_with_methods(et) {
            // Its descriptor has no method table: interface calls, assertions and fmt
            // would miss the promoted methods.
            self.unsupported(e.span, "an unnamed struct type with promoted methods as an interface value");
        }
        let rt = self.rtype(et);
        self.ensure_methods(et);
        let dt = crate::types::predicates::default_type(&self.prog.types, et);
        let v = self.value_as(e, dt);
        Box::new(move |fr| Value::Iface(Rc::new((rt.clone(), v(fr)))))
    }
}
