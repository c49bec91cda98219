//! Assignments: assignability of a value to a type, assignment statements, short variable
//! declarations and the "assignment mismatch" rules (go/types' assignments.go).

use gint_syntax::ast::{self, AssignOp, ExprKind};
use gint_syntax::span::Span;

use super::check::Checker;
use super::expr::Implicit;
use super::object::{ObjKind, VarInfo};
use super::operand::{Mode, Operand};
use super::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a> {
    /// Checks that `x` may be assigned to a variable of type `t` ("cannot use x (variable
    /// of type int) as string value in assignment"), converting an untyped `x`.
    pub(super) fn assignment(&mut self, x: &mut Operand, t: TypeId, context: &str) {
        self.single_value(x);
        if x.is_invalid() || self.types.is_invalid(t) {
            return;
        }
        if x.mode == Mode::Value && !self.types.sig_type_params(x.typ).is_empty() {
            self.instantiate_by_target(x, t);
            if x.is_invalid() {
                return;
            }
        }
        if self.types.is_untyped(x.typ) {
            // An untyped value assigned to an interface (or an untyped context) takes its
            // default type, unless it is nil.
            let target = if self.types.is_interface(t) && self.types.basic_kind(x.typ) != Some(BasicKind::UntypedNil) {
                super::predicates::default_type(&self.types, x.typ)
            } else {
                t
            };
            let before = x.clone();
            match self.implicit_type(x, target) {
                Implicit::Ok => {}
                r => {
                    let s = self.span_text(before.span);
                    let d = self.operand_description(&before);
                    let ts = self.type_string(t);
                    let suffix = match r {
                        Implicit::Overflow => " (overflows)",
                        Implicit::Truncated => " (truncated)",
                        _ => "",
                    };
                    if self.types.basic_kind(before.typ) == Some(BasicKind::UntypedNil) {
                        self.error(x.span, format!("cannot use nil as {ts} value in {context}"));
                    } else {
                        self.error(x.span, format!("cannot use {s} ({d}) as {ts} value in {context}{suffix}"));
                    }
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        }
        let cause = super::predicates::assignable(&self.types, &self.objs, x.typ, t, &*self.qualifier()).err();
        if let Some(cause) = cause {
            let s = self.span_text(x.span);
            let d = self.operand_description(x);
            let ts = self.type_string(t);
            let cause = cause.map(|c| format!(": {c}")).unwrap_or_default();
            self.error(x.span, format!("cannot use {s} ({d}) as {ts} value in {context}{cause}"));
            x.mode = Mode::Invalid;
        }
    }

    /// The operands of an expression that may be a multi-valued call: one per result.
    pub(super) fn expr_list_value(&mut self, e: &'a ast::Expr) -> Vec<Operand> {
        self.expr_list_value_n(e, 1)
    }

    /// Like `expr_list_value`, where `want` values are needed: a receive, map index or type
    /// assertion gives a second, boolean value when two are wanted (`v, ok := m[k]`).
    pub(super) fn expr_list_value_n(&mut self, e: &'a ast::Expr, want: usize) -> Vec<Operand> {
        let x = self.expr(e);
        if x.is_invalid() {
            return Vec::new();
        }
        if want == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            self.info.record_comma_ok(e.id);
            let ok = Operand { mode: Mode::Value, typ: self.basic(BasicKind::UntypedBool), id: None, span: x.span };
            let v = Operand { mode: Mode::Value, ..x };
            return vec![v, ok];
        }
        if let Some(elems) = self.types.tuple_elems(x.typ).map(|v| v.to_vec()) {
            return elems.into_iter().map(|t| Operand { mode: Mode::Value, typ: t, id: None, span: x.span }).collect();
        }
        if x.mode == Mode::NoValue {
            let s = self.span_text(x.span);
            self.error(x.span, format!("{s} (no value) used as value"));
            return Vec::new();
        }
        vec![x]
    }

    /// "assignment mismatch: 2 variables but f() returns 1 value".
    pub(super) fn assign_mismatch(&mut self, span: Span, lhs: usize, rhs: &[ast::Expr], values: usize) {
        let vars = plural(lhs, "variable", "variables");
        let msg = match rhs {
            [call @ ast::Expr { kind: ExprKind::Call { fun, .. }, .. }] if values != 1 || lhs != 1 => {
                let _ = call;
                let f = self.expr_string(fun);
                format!("assignment mismatch: {vars} but {f} returns {}", plural(values, "value", "values"))
            }
            _ => format!("assignment mismatch: {vars} but {}", plural(values, "value", "values")),
        };
        self.error(span, msg);
    }

    /// An assignment statement `lhs op rhs`.
    pub(super) fn assign_stmt(&mut self, s: &'a ast::Stmt, lhs: &'a [ast::Expr], op: AssignOp, rhs: &'a [ast::Expr]) {
        match op {
            AssignOp::Define => self.short_var_decl(s, lhs, rhs),
            AssignOp::Op(bop) => {
                let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else { return };
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.span,
                        format!("assignment operation {}= requires single-valued expressions", bop.spelling()),
                    );
                    return;
                }
                let mut x = self.op_assign_operand(l, bop, r, s.span);
                if x.is_invalid() {
                    return;
                }
                let t = self.assign_target(l);
                if let Some(t) = t {
                    self.assignment(&mut x, t, "assignment");
                }
            }
            AssignOp::Assign => {
                if lhs.len() == rhs.len() {
                    let (context, blank_context) = if lhs.len() == 1 {
                        ("assignment", "assignment to _ identifier")
                    } else {
                        ("multiple assignment", "multiple assignment")
                    };
                    for (l, r) in lhs.iter().zip(rhs) {
                        let t = self.assign_target(l);
                        let mut x = if t.is_some() { self.expr_maybe_generic(r, t) } else { self.expr_with_hint(r, t) };
                        match t {
                            Some(t) => self.assignment(&mut x, t, context),
                            None => self.blank_assignment(&mut x, blank_context),
                        }
                    }
                    return;
                }
                if rhs.len() == 1 {
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.assign_target(l)).collect();
                    let values = self.expr_list_value_n(&rhs[0], lhs.len());
                    if values.len() == lhs.len() {
                        for (t, mut x) in targets.into_iter().zip(values) {
                            match t {
                                Some(t) => self.assignment(&mut x, t, "assignment"),
                                None => self.blank_assignment(&mut x, "assignment"),
                            }
                        }
                        return;
                    }
                    if !values.is_empty() {
                        self.assign_mismatch(rhs[0].span, lhs.len(), rhs, values.len());
                    }
                    return;
                }
                for l in lhs {
                    self.assign_target(l);
                }
                for r in rhs {
                    self.expr(r);
                }
                self.assign_mismatch(rhs[0].span, lhs.len(), rhs, rhs.len());
            }
        }
    }

    /// `x op= y` is checked as `x op y`.
    fn op_assign_operand(&mut self, l: &'a ast::Expr, op: ast::BinaryOp, r: &'a ast::Expr, span: Span) -> Operand {
        // gc counts `x op= y` as a use of x: types2 checks the left side as an operand.
        let x = self.expr(l);
        let y = self.expr(r);
        let text = self.span_text(span);
        self.binary_values(&text, span, op, x, y)
    }

    /// Checks `l` without counting a plain variable name as a use of the variable.
    pub(super) fn expr_without_use(&mut self, l: &'a ast::Expr) -> Operand {
        if let ExprKind::Ident(id) = &l.kind {
            if let Some((_, obj)) = self.scopes.lookup(self.scope, &id.name) {
                if let ObjKind::Var(v) = &self.objs.get(obj).kind {
                    let was_used = v.used;
                    let x = self.expr(l);
                    if let Some(v) = self.objs.var_mut(obj) {
                        v.used = was_used;
                    }
                    return x;
                }
            }
        }
        self.expr(l)
    }

    /// `_ = x`: any value may be discarded, but an untyped one takes its default type (and
    /// must fit it: `_ = 1 << 70` overflows int).
    fn blank_assignment(&mut self, x: &mut Operand, context: &str) {
        self.single_value(x);
        if x.is_invalid() {
            return;
        }
        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
            self.error(x.span, "use of untyped nil in assignment");
            return;
        }
        if self.types.is_untyped(x.typ) {
            let t = super::predicates::default_type(&self.types, x.typ);
            self.assignment(x, t, context);
        }
    }

    /// The type of an assignment's left-hand side, or None for `_`. Reports what may not be
    /// assigned to.
    pub(super) fn assign_target(&mut self, l: &'a ast::Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &l.kind {
            if id.name == "_" {
                self.info.record_type(
                    l.id,
                    super::info::TypeAndValue { mode: super::info::ExprMode::Variable, typ: self.invalid_type() },
                );
                return None;
            }
            // Assigning to a variable does not use it.
            let x = self.expr_without_use(l);
            return self.check_assignable_target(l, &x);
        }
        let x = self.expr(l);
        self.check_assignable_target(l, &x)
    }

    fn check_assignable_target(&mut self, l: &ast::Expr, x: &Operand) -> Option<TypeId> {
        match x.mode {
            Mode::Invalid => Some(self.invalid_type()),
            Mode::Variable | Mode::MapIndex => Some(x.typ),
            _ => {
                let s = self.expr_string(l);
                if let ExprKind::Selector { x: base, .. } = &l.kind {
                    if let Some(tv) = self.info.type_of(base.id) {
                        if matches!(tv.mode, super::info::ExprMode::MapIndex) {
                            self.error(l.span, format!("cannot assign to struct field {s} in map"));
                            return Some(self.invalid_type());
                        }
                    }
                }
                let d = self.operand_description(x);
                self.error(l.span, format!("cannot assign to {s} (neither addressable nor a map index expression)"));
                let _ = d;
                Some(self.invalid_type())
            }
        }
    }

    /// `a, b := values`: at least one new variable; existing ones are assigned.
    fn short_var_decl(&mut self, s: &'a ast::Stmt, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) {
        let mut idents: Vec<&'a ast::Ident> = Vec::new();
        let mut ok = true;
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(id) => idents.push(id),
                _ => {
                    let t = self.expr_string(l);
                    self.error(l.span, format!("non-name {t} on left side of :="));
                    ok = false;
                }
            }
        }
        if !ok {
            for r in rhs {
                self.expr(r);
            }
            return;
        }
        // Which names are new in this scope.
        let mut new_vars = Vec::new();
        let mut targets: Vec<Option<(TypeId, Option<super::object::ObjId>)>> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for id in &idents {
            if id.name != "_" && seen.contains(&id.name.as_str()) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
                targets.push(None);
                continue;
            }
            seen.push(&id.name);
            if id.name == "_" {
                targets.push(None);
                continue;
            }
            match self.scopes.lookup_local(self.scope, &id.name) {
                Some(obj) if matches!(self.objs.get(obj).kind, ObjKind::Var(_)) => {
                    self.info.record_object(id.id, obj);
                    targets.push(Some((self.objs.get(obj).typ, Some(obj))));
                }
                _ => {
                    new_vars.push(*id);
                    targets.push(None);
                }
            }
        }
        if new_vars.is_empty() {
            self.error(s.span, "no new variables on left side of :=");
        }
        // Evaluate the right-hand side before the new variables come into scope.
        let values: Vec<Operand> = if rhs.len() == idents.len()
            && (rhs.len() != 1 || !matches!(super::expr::unparen(&rhs[0]).kind, ExprKind::Call { .. }))
        {
            rhs.iter().zip(&targets).map(|(r, t)| self.expr_with_hint(r, t.map(|t| t.0))).collect()
        } else if rhs.len() == 1 {
            self.expr_list_value_n(&rhs[0], idents.len())
        } else {
            rhs.iter().map(|r| self.expr(r)).collect()
        };
        let mismatch = values.len() != idents.len();
        if mismatch && !(rhs.len() == 1 && values.is_empty()) {
            let n = if rhs.len() == 1 { values.len() } else { rhs.len() };
            self.assign_mismatch(rhs[0].span, idents.len(), rhs, n);
        }
        let mut values = values.into_iter();
        let context = if idents.len() > 1 { "multiple assignment" } else { "assignment" };
        for (id, target) in idents.iter().zip(targets) {
            let mut x = values.next();
            let is_new = new_vars.iter().any(|n| n.id == id.id);
            let typ = match (&mut x, target) {
                (Some(x), Some((t, _))) if !mismatch => {
                    self.assignment(x, t, context);
                    t
                }
                (Some(x), None) if !mismatch => {
                    if id.name == "_" {
                        self.blank_assignment(x, context);
                        self.invalid_type()
                    } else {
                        self.infer_var_type(x)
                    }
                }
                _ => self.invalid_type(),
            };
            if is_new {
                let obj = self.new_object(&id.name, ObjKind::Var(VarInfo::default()), id.span);
                self.objs.get_mut(obj).typ = typ;
                self.declare(self.scope, id, obj);
            }
        }
    }

    /// The type of a variable declared from `x` (its default type if untyped).
    pub(super) fn infer_var_type(&mut self, x: &mut Operand) -> TypeId {
        self.single_value(x);
        if x.is_invalid() {
            return self.invalid_type();
        }
        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
            self.error(x.span, "use of untyped nil in assignment");
            return self.invalid_type();
        }
        let t = super::predicates::default_type(&self.types, x.typ);
        self.assignment(x, t, "assignment");
        t
    }

    /// Whether `t` is a pointer to an array (which may be indexed, sliced and ranged over).
    pub(super) fn pointer_to_array(&self, t: TypeId) -> Option<(u64, TypeId)> {
        match self.types.get(self.types.underlying(t)) {
            Type::Pointer(p) => match self.types.get(self.types.underlying(*p)) {
                Type::Array { len, elem } => Some((*len, *elem)),
                _ => None,
            },
            _ => None,
        }
    }
}

/// "1 variable", "2 values".
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
