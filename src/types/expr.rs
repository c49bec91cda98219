//! Expressions: operands, names, literals, unary and binary operations, untyped constant
//! conversion (go/types' expr.go, operand.go, literals.go).

use gint_syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};
use gint_syntax::span::Span;

use super::check::Checker;
use super::constant::{self, Value};
use super::info::{ExprMode, TypeAndValue};
use super::object::ObjKind;
use super::operand::{Mode, Operand};
use super::scope::ScopeKind;
use super::types::{BasicKind, ChanDir, Type, TypeId};

impl<'a> Checker<'a> {
    /// Checks an expression that must be a single value (or a multi-valued call, which the
    /// caller then rejects with `single_value`).
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> Operand {
        let mut x = self.raw_expr(e, None);
        self.exclude_types(&mut x, e);
        x
    }

    /// Like `expr`, with a type for untyped results and elided composite literal types.
    pub(super) fn expr_with_hint(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint);
        self.exclude_types(&mut x, e);
        x
    }

    /// `expr_with_hint` for an operand that may be a generic function still to be
    /// instantiated by the type it is assigned to (see `assignment`).
    pub(super) fn expr_maybe_generic(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let saved = std::mem::replace(&mut self.generic_value_ok, true);
        let x = self.expr_with_hint(e, hint);
        self.generic_value_ok = saved;
        x
    }

    /// Checks an expression that may also denote a type.
    pub(super) fn expr_or_type(&mut self, e: &'a ast::Expr) -> Operand {
        let mut x = self.raw_expr(e, None);
        if x.mode == Mode::NoValue {
            let s = self.expr_string(e);
            self.error(e.span, format!("{s} (no value) used as value or type"));
            x.mode = Mode::Invalid;
        }
        x
    }

    fn exclude_types(&mut self, x: &mut Operand, e: &ast::Expr) {
        match x.mode {
            Mode::TypeExpr => {
                let s = self.expr_string(e);
                self.error(e.span, format!("{s} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(b) => {
                self.error(e.span, format!("{} (built-in) must be called", b.name()));
                x.mode = Mode::Invalid;
            }
            Mode::Value if !self.types.sig_type_params(x.typ).is_empty() && !self.generic_value_ok => {
                let s = self.expr_string(e);
                self.error(e.span, format!("cannot use generic function {s} without instantiation"));
                x.mode = Mode::Invalid;
            }
            _ => {}
        }
    }

    /// Reports a multi-valued or no-value expression where a single value is needed.
    pub(super) fn single_value(&mut self, x: &mut Operand) {
        if x.is_invalid() {
            return;
        }
        if x.mode == Mode::NoValue {
            let s = self.span_text(x.span);
            self.error(x.span, format!("{s} (no value) used as value"));
            x.mode = Mode::Invalid;
            return;
        }
        if let Some(n) = self.types.tuple_elems(x.typ).map(|t| t.len()) {
            let s = self.span_text(x.span);
            self.error(
                x.span,
                format!("multiple-value {s} (value of type {}) in single-value context", self.type_string(x.typ)),
            );
            let _ = n;
            x.mode = Mode::Invalid;
        }
    }

    /// Records the checked expression in the side tables and returns the operand.
    fn record(&mut self, e: &ast::Expr, x: Operand) -> Operand {
        let mode = match &x.mode {
            Mode::Invalid => return x,
            Mode::NoValue => ExprMode::NoValue,
            Mode::Builtin(_) => ExprMode::Builtin,
            Mode::TypeExpr => ExprMode::TypeExpr,
            Mode::Constant(v) => ExprMode::Constant(v.clone()),
            Mode::Variable => ExprMode::Variable,
            Mode::MapIndex => ExprMode::MapIndex,
            Mode::Value => ExprMode::Value,
            Mode::CommaOk => ExprMode::CommaOk,
        };
        self.info.record_type(e.id, TypeAndValue { mode, typ: x.typ });
        Operand { id: Some(e.id), ..x }
    }

    pub(super) fn raw_expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let x = self.expr_kind(e, hint);
        let x = Operand { span: e.span, ..x };
        self.record(e, x)
    }

    fn value(&self, mode: Mode, typ: TypeId, span: Span) -> Operand {
        Operand { mode, typ, id: None, span }
    }

    fn bad(&self, span: Span) -> Operand {
        Operand::invalid(span, self.invalid_type())
    }

    fn expr_kind(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            ExprKind::Bad => self.bad(e.span),
            ExprKind::Ident(id) => self.ident(id),
            ExprKind::BasicLit(lit) => {
                let v = constant::from_literal(lit.kind, &lit.raw);
                let kind = match lit.kind {
                    ast::LitKind::Int => BasicKind::UntypedInt,
                    ast::LitKind::Float => BasicKind::UntypedFloat,
                    ast::LitKind::Imag => BasicKind::UntypedComplex,
                    ast::LitKind::Char => BasicKind::UntypedRune,
                    ast::LitKind::String => BasicKind::UntypedString,
                };
                if matches!(v, Value::Unknown) {
                    self.error(e.span, format!("malformed constant: {}", lit.raw));
                    return self.bad(e.span);
                }
                self.value(Mode::Constant(v), self.basic(kind), e.span)
            }
            ExprKind::Paren(x) => {
                let x = self.raw_expr(x, hint);
                Operand { id: None, ..x }
            }
            ExprKind::FuncLit { typ, body } => {
                self.literal_bodies.insert(body.span, if body.stmts.is_empty() { "{}" } else { "{…}" });
                let saved = self.scope;
                self.scope = self.scopes.new_scope(Some(saved), ScopeKind::Func);
                let (sig, _, _) = self.signature(typ, None);
                self.scope = saved;
                self.func_body(typ, None, sig, body, super::info::FrameOwner::Lit(e.id));
                self.value(Mode::Value, sig, e.span)
            }
            ExprKind::CompositeLit { typ, elts, rbrace } => {
                let lo = typ.as_ref().map_or(e.span.lo, |t| t.span.hi);
                self.literal_bodies
                    .insert(Span { lo, hi: rbrace.hi, ..e.span }, if elts.is_empty() { "{}" } else { "{…}" });
                self.composite_lit(e, typ.as_deref(), elts, hint)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices, .. } => self.index_expr(e, x, indices),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let after_x = Span { lo: x.span.hi, ..e.span };
                let lbrack = self.source_text(after_x).find('[').map_or(x.span.hi, |i| x.span.hi + i as u32);
                self.slice_brackets.insert(e.span, lbrack);
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, typ } => self.type_assert(e, x, typ.as_deref()),
            ExprKind::Call { fun, args, ellipsis, .. } => self.call(e, fun, args, *ellipsis, hint),
            ExprKind::Unary { op, x } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y, hint),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "unexpected key:value expression");
                self.bad(e.span)
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.typ(e);
                self.value(Mode::TypeExpr, t, e.span)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                self.bad(e.span)
            }
        }
    }

    /// A name: what it denotes in the current scope.
    fn ident(&mut self, id: &'a ast::Ident) -> Operand {
        if id.name == "_" {
            self.error(id.span, "cannot use _ as value or type");
            return self.bad(id.span);
        }
        let Some((found_in, obj)) = self.scopes.lookup(self.scope, &id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return self.bad(id.span);
        };
        self.info.record_object(id.id, obj);
        if self.decls.contains_key(&obj) {
            self.record_dependency(obj);
            self.obj_decl(obj);
        }
        let typ = self.objs.get(obj).typ;
        match self.objs.get(obj).kind.clone() {
            ObjKind::Var(_) => {
                if self.is_captured(found_in) {
                    if let Some(v) = self.objs.var_mut(obj) {
                        v.escapes = true;
                    }
                }
                if let Some(v) = self.objs.var_mut(obj) {
                    v.used = true;
                }
                if self.types.is_invalid(typ) {
                    return self.bad(id.span);
                }
                self.value(Mode::Variable, typ, id.span)
            }
            ObjKind::Const(v) => {
                if obj == self.universe.iota {
                    return match &self.iota {
                        Some(v) => self.value(Mode::Constant(v.clone()), typ, id.span),
                        None => {
                            self.error(id.span, "cannot use iota outside constant declaration");
                            self.bad(id.span)
                        }
                    };
                }
                if self.types.is_invalid(typ) || matches!(v, Value::Unknown) {
                    return self.bad(id.span);
                }
                self.value(Mode::Constant(v), typ, id.span)
            }
            ObjKind::TypeName => {
                if self.types.is_invalid(typ) && !self.decls.contains_key(&obj) {
                    return self.bad(id.span);
                }
                self.value(Mode::TypeExpr, typ, id.span)
            }
            ObjKind::Func(_) => {
                if self.types.is_invalid(typ) {
                    return self.bad(id.span);
                }
                self.value(Mode::Value, typ, id.span)
            }
            ObjKind::PkgName(_) => {
                self.error(id.span, format!("use of package {} not in selector", id.name));
                self.bad(id.span)
            }
            ObjKind::Builtin(b) => self.value(Mode::Builtin(b), typ, id.span),
            ObjKind::Nil => self.value(Mode::Value, self.basic(BasicKind::UntypedNil), id.span),
            ObjKind::Label => self.bad(id.span),
        }
    }

    /// Whether a variable found in scope `found_in` belongs to an enclosing function (so the
    /// current function literal captures it).
    fn is_captured(&self, found_in: super::scope::ScopeId) -> bool {
        let mut s = self.scope;
        loop {
            if s == found_in {
                return false;
            }
            let scope = self.scopes.get(s);
            match scope.kind {
                ScopeKind::Func => break,
                ScopeKind::Package | ScopeKind::File | ScopeKind::Universe => return false,
                ScopeKind::Block => {}
            }
            match scope.parent {
                Some(p) => s = p,
                None => return false,
            }
        }
        !matches!(self.scopes.get(found_in).kind, ScopeKind::Package | ScopeKind::File | ScopeKind::Universe)
    }

    // ---- unary ---------------------------------------------------------------------------

    fn unary(&mut self, e: &'a ast::Expr, op: UnaryOp, xe: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        match op {
            UnaryOp::Addr => {
                // &T{} is allowed although a composite literal is not addressable.
                let inner = unparen(xe);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let elem_hint = hint.and_then(|h| match self.types.get(self.types.underlying(h)) {
                        Type::Pointer(e) => Some(*e),
                        _ => None,
                    });
                    let x = self.expr_with_hint(xe, elem_hint);
                    if x.is_invalid() {
                        return x;
                    }
                    let t = self.types.pointer(x.typ);
                    return self.value(Mode::Value, t, e.span);
                }
                let x = self.expr(xe);
                if x.is_invalid() {
                    return x;
                }
                if x.mode != Mode::Variable {
                    let s = self.expr_string(xe);
                    let d = self.operand_description(&x);
                    self.error(e.span, format!("invalid operation: cannot take address of {s} ({d})"));
                    return self.bad(e.span);
                }
                self.mark_escaping(xe);
                let t = self.types.pointer(x.typ);
                self.value(Mode::Value, t, e.span)
            }
            UnaryOp::Deref => {
                let x = self.expr_or_type(xe);
                match x.mode {
                    Mode::Invalid => x,
                    Mode::TypeExpr => {
                        let t = self.types.pointer(x.typ);
                        self.value(Mode::TypeExpr, t, e.span)
                    }
                    _ => {
                        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return self.bad(e.span);
                        }
                        match self.types.get(self.types.core(x.typ)) {
                            Type::Pointer(elem) => {
                                let elem = *elem;
                                self.value(Mode::Variable, elem, e.span)
                            }
                            _ => {
                                let s = self.expr_string(xe);
                                let d = self.operand_description(&x);
                                self.error(e.span, format!("invalid operation: cannot indirect {s} ({d})"));
                                self.bad(e.span)
                            }
                        }
                    }
                }
            }
            UnaryOp::Recv => {
                let mut x = self.expr(xe);
                self.single_value(&mut x);
                if x.is_invalid() {
                    return x;
                }
                match self.types.get(self.types.core(x.typ)).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ChanDir::Send {
                            let s = self.expr_string(xe);
                            let d = self.operand_description(&x);
                            self.error(
                                e.span,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {} {s} ({d})",
                                    self.type_string(x.typ)
                                ),
                            );
                            return self.bad(e.span);
                        }
                        self.value(Mode::CommaOk, elem, e.span)
                    }
                    _ => {
                        let s = self.expr_string(xe);
                        let d = self.operand_description(&x);
                        if self.types.is_type_param(x.typ) {
                            let why = self.chan_core_cause(x.typ, false);
                            self.error(e.span, format!("invalid operation: cannot receive from {s} ({d}): {why}"));
                            return self.bad(e.span);
                        }
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from non-channel {} {s} ({d})",
                                self.type_string(x.typ)
                            ),
                        );
                        self.bad(e.span)
                    }
                }
            }
            UnaryOp::Tilde => {
                self.error(e.span, "cannot use ~ outside of interface or type constraint");
                self.expr(xe);
                self.bad(e.span)
            }
            UnaryOp::Pos | UnaryOp::Neg | UnaryOp::Not | UnaryOp::Xor => {
                let mut x = self.expr_with_hint(xe, hint);
                self.single_value(&mut x);
                if x.is_invalid() {
                    return x;
                }
                let kind = self.types.basic_kind(x.typ);
                let pred: fn(BasicKind) -> bool = match op {
                    UnaryOp::Not => BasicKind::is_boolean,
                    UnaryOp::Xor => BasicKind::is_integer,
                    _ => BasicKind::is_numeric,
                };
                let ok = match self.type_set_all(x.typ, pred) {
                    Some(all) => all,
                    None => kind.is_some_and(pred),
                };
                if !ok {
                    let s = self.expr_string(xe);
                    let d = self.operand_description(&x);
                    self.error(
                        e.span,
                        format!("invalid operation: operator {} not defined on {s} ({d})", op.spelling()),
                    );
                    return self.bad(e.span);
                }
                if let Mode::Constant(v) = &x.mode {
                    let prec = match kind {
                        Some(k) if k.is_unsigned() => k.bits(),
                        _ => 0,
                    };
                    let v = constant::unary_op(op, v, prec);
                    let x = self.value(Mode::Constant(v), x.typ, e.span);
                    return self.check_typed_constant(x, e.span);
                }
                self.value(Mode::Value, x.typ, e.span)
            }
        }
    }

    /// Marks the variable at the root of an addressed expression as escaping (`&x`, `&x.f`,
    /// `&a[i]` for an array `a`).
    pub(super) fn mark_escaping(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(obj) = self.info.object_of(id.id) {
                    if let Some(v) = self.objs.var_mut(obj) {
                        v.escapes = true;
                    }
                }
            }
            ExprKind::Paren(x) => self.mark_escaping(x),
            ExprKind::Selector { x, .. } => {
                if self.is_addressable_struct_path(x) {
                    self.mark_escaping(x)
                }
            }
            ExprKind::Index { x, .. } => {
                if let Some(tv) = self.info.type_of(x.id) {
                    if matches!(self.types.get(self.types.underlying(tv.typ)), Type::Array { .. }) {
                        self.mark_escaping(x);
                    }
                }
            }
            _ => {}
        }
    }

    fn is_addressable_struct_path(&self, x: &ast::Expr) -> bool {
        self.info
            .type_of(x.id)
            .is_some_and(|tv| !matches!(self.types.get(self.types.underlying(tv.typ)), Type::Pointer(_)))
    }

    /// A constant result of a typed operation must be representable in its type.
    pub(super) fn check_typed_constant(&mut self, mut x: Operand, span: Span) -> Operand {
        let Mode::Constant(v) = &x.mode else { return x };
        let Some(kind) = self.types.basic_kind(x.typ) else { return x };
        if kind.is_untyped() {
            return x;
        }
        match constant::representable(v, kind) {
            Ok(v) => {
                x.mode = Mode::Constant(v);
                x
            }
            Err(r) => {
                // go/types' overflow: "x * 2 (constant 200 of type int8) overflows int8",
                // naming the underlying basic type.
                let xs = self.span_text(span);
                let d = self.operand_description(&Operand { span, ..x.clone() });
                let ts = self.type_string(self.types.underlying(x.typ));
                let what = if r == constant::Repr::Truncated { "truncated to" } else { "overflows" };
                self.error(span, format!("{xs} ({d}) {what} {ts}"));
                x.mode = Mode::Invalid;
                x
            }
        }
    }

    // ---- binary --------------------------------------------------------------------------

    fn binary(
        &mut self,
        e: &'a ast::Expr,
        op: BinaryOp,
        xe: &'a ast::Expr,
        ye: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let x = self.expr_with_hint(xe, hint);
            let y = self.expr(ye);
            return self.shift(e.span, op, x, y, hint);
        }
        // A comparison's (or && and ||'s) result type says nothing of its operands' types.
        let hint = if is_comparison(op) || matches!(op, BinaryOp::LAnd | BinaryOp::LOr) { None } else { hint };
        let x = self.expr_with_hint(xe, hint);
        let y = self.expr_with_hint(ye, hint);
        let text = self.expr_string(e);
        self.binary_values(&text, e.span, op, x, y)
    }

    /// `x op y` for checked operands; `text` is the whole expression as messages show it
    /// (for `x += y`, the statement).
    pub(super) fn binary_values(
        &mut self,
        text: &str,
        span: Span,
        op: BinaryOp,
        mut x: Operand,
        mut y: Operand,
    ) -> Operand {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(span, op, x, y, None);
        }
        self.single_value(&mut x);
        self.single_value(&mut y);
        if x.is_invalid() || y.is_invalid() {
            return self.bad(span);
        }
        if is_comparison(op) {
            return self.comparison(text, span, op, x, y, false);
        }
        match self.match_types(&mut x, &mut y) {
            Implicit::Ok => {}
            _ => return self.bad(span),
        }
        if !super::predicates::identical(&self.types, x.typ, y.typ) {
            return self.mismatch(text, span, x.typ, y.typ, x.span);
        }
        let kind = self.types.basic_kind(x.typ);
        let pred: fn(BasicKind) -> bool = match op {
            BinaryOp::Add => |k| k.is_numeric() || k.is_string(),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => BasicKind::is_numeric,
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => BasicKind::is_integer,
            BinaryOp::LAnd | BinaryOp::LOr => BasicKind::is_boolean,
            _ => |_| false,
        };
        let allowed = match self.type_set_all(x.typ, pred) {
            Some(all) => all,
            None => kind.is_some_and(pred),
        };
        if !allowed {
            let xs = self.span_text(x.span);
            let d = self.operand_description(&x);
            self.error(x.span, format!("invalid operation: operator {} not defined on {xs} ({d})", op.spelling()));
            return self.bad(span);
        }
        // Division by a constant zero is an error for integers (and all constants).
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) {
            if let Mode::Constant(v) = &y.mode {
                let zero = constant::is_zero(v);
                if zero && (kind.is_some_and(|k| k.is_integer()) || matches!(x.mode, Mode::Constant(_))) {
                    self.error(y.span, "invalid operation: division by zero");
                    return self.bad(span);
                }
            }
        }
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
            let int_div = op == BinaryOp::Quo && kind.is_some_and(|k| k.is_integer());
            let v = match constant::binary_op(a, op, b, int_div) {
                Ok(v) => v,
                Err(_) => {
                    self.error(y.span, "invalid operation: division by zero");
                    return self.bad(span);
                }
            };
            let x = self.value(Mode::Constant(v), x.typ, span);
            return self.check_typed_constant(x, span);
        }
        self.value(Mode::Value, x.typ, span)
    }

    /// For a type parameter: whether every type of its type set has a basic underlying type
    /// satisfying `pred` (false for a type set not given by terms). None for other types.
    pub(super) fn type_set_all(&self, t: TypeId, pred: fn(BasicKind) -> bool) -> Option<bool> {
        if !self.types.is_type_param(t) {
            return None;
        }
        let Some(terms) = self.types.type_set_terms(t) else { return Some(false) };
        Some(
            !terms.is_empty()
                && terms.iter().all(|term| match self.type_set_all(term.typ, pred) {
                    Some(all) => all,
                    None => self.types.basic_kind(term.typ).is_some_and(pred),
                }),
        )
    }

    /// For a type parameter with a type set of terms: whether `f(types, underlying type)`
    /// holds for every term. False for any other type.
    pub(super) fn type_set_every(&self, t: TypeId, f: impl Fn(&super::types::TypeTable, TypeId) -> bool) -> bool {
        match self.types.type_set_terms(t) {
            Some(terms) => {
                !terms.is_empty() && terms.iter().all(|term| f(&self.types, self.types.underlying(term.typ)))
            }
            None => false,
        }
    }

    /// Whether `t` is an integer type (for a type parameter: all types of its type set).
    pub(super) fn is_integer_type(&self, t: TypeId) -> bool {
        match self.type_set_all(t, BasicKind::is_integer) {
            Some(all) => all,
            None => self.types.basic_kind(t).is_some_and(|k| k.is_integer()),
        }
    }

    /// Whether values of type `t` may be compared with `<`.
    pub(super) fn is_ordered_type(&self, t: TypeId) -> bool {
        match self.type_set_all(t, BasicKind::is_ordered) {
            Some(all) => all,
            None => self.types.basic_kind(t).is_some_and(|k| k.is_ordered()),
        }
    }

    /// Brings two operands to a common type when one of them is untyped and an implicit
    /// conversion may make them match (go/types' matchTypes and mayConvert); reports
    /// constants that do not fit. Operands that cannot match are left as they are.
    pub(super) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) -> Implicit {
        if !self.may_convert(x, y) {
            return Implicit::Ok;
        }
        let r = self.convert_untyped(x, y.typ);
        if r != Implicit::Ok {
            return r;
        }
        self.convert_untyped(y, x.typ)
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let t = &self.types;
        if !t.is_untyped(x.typ) && !t.is_untyped(y.typ) {
            return false;
        }
        // For a type parameter: what holds for all types of its type set.
        let all = |o: &Operand, f: fn(BasicKind) -> bool| match self.type_set_all(o.typ, f) {
            Some(b) => b,
            None => t.basic_kind(o.typ).is_some_and(f),
        };
        let basic = |o: &Operand| all(o, |_| true);
        let boolean = |o: &Operand| all(o, BasicKind::is_boolean);
        let string = |o: &Operand| all(o, BasicKind::is_string);
        let nil = |o: &Operand| t.basic_kind(o.typ) == Some(BasicKind::UntypedNil);
        if nil(x) {
            return super::predicates::has_nil(t, y.typ);
        }
        if nil(y) {
            return super::predicates::has_nil(t, x.typ);
        }
        // An untyped constant may go to its default type in an empty interface.
        if basic(x) != basic(y) || boolean(x) != boolean(y) || string(x) != string(y) {
            return false;
        }
        let pointer = |o: &Operand| matches!(t.get(t.underlying(o.typ)), Type::Pointer(_));
        !(pointer(x) || pointer(y))
    }

    fn mismatch(&mut self, text: &str, span: Span, xt: TypeId, yt: TypeId, at: Span) -> Operand {
        let (xs, ys) = (self.type_string(xt), self.type_string(yt));
        self.error(at, format!("invalid operation: {text} (mismatched types {xs} and {ys})"));
        self.bad(span)
    }

    /// `x op y` for a comparison operator (go/types' comparison). In a switch, `x` is the
    /// case value and `y` the tag, and the message is "invalid case … in switch on …".
    pub(super) fn comparison(
        &mut self,
        text: &str,
        span: Span,
        op: BinaryOp,
        mut x: Operand,
        mut y: Operand,
        switch_case: bool,
    ) -> Operand {
        // nil stays nil when it takes the other operand's type (types2's nilvalue mode).
        let nil = self.basic(BasicKind::UntypedNil);
        let (x_nil, y_nil) = (x.typ == nil, y.typ == nil);
        match self.match_types(&mut x, &mut y) {
            Implicit::Ok => {}
            _ => return self.bad(span),
        }
        if x.is_invalid() || y.is_invalid() || self.types.is_invalid(x.typ) || self.types.is_invalid(y.typ) {
            return self.bad(span);
        }
        let qf = self.qualifier();
        let assignable = super::predicates::assignable(&self.types, &self.objs, x.typ, y.typ, &*qf).is_ok()
            || super::predicates::assignable(&self.types, &self.objs, y.typ, x.typ, &*qf).is_ok();
        drop(qf);
        // The operand the error is reported on, and the cause in parentheses.
        let mut failure: Option<(bool, String)> = None; // (on y?, cause)
        if !assignable {
            let cause = format!("mismatched types {} and {}", self.type_string(x.typ), self.type_string(y.typ));
            failure = Some((true, cause));
        } else if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            if x_nil || y_nil {
                let other = if x_nil { y.typ } else { x.typ };
                if !super::predicates::has_nil(&self.types, other) {
                    failure = Some((true, String::new()));
                }
            } else if !super::predicates::comparable(&self.types, x.typ) {
                failure = Some((
                    false,
                    super::predicates::incomparable_cause(&self.types, &self.objs, x.typ, &*self.qualifier()),
                ));
            } else if !super::predicates::comparable(&self.types, y.typ) {
                failure = Some((
                    true,
                    super::predicates::incomparable_cause(&self.types, &self.objs, y.typ, &*self.qualifier()),
                ));
            }
        } else if !self.is_ordered_type(x.typ) {
            failure = Some((false, String::new()));
        } else if !self.is_ordered_type(y.typ) {
            failure = Some((true, String::new()));
        }
        if let Some((on_y, mut cause)) = failure {
            let err_op = if on_y { &y } else { &x };
            if cause.is_empty() && self.types.is_type_param(err_op.typ) {
                let ts = self.type_string(err_op.typ);
                cause = format!("type parameter {ts} cannot use operator {}", op.spelling());
            }
            if cause.is_empty() {
                let what = match self.types.get(self.types.underlying(err_op.typ)) {
                    Type::Basic(_) => self.type_string(err_op.typ),
                    _ => self.composite_kind(err_op.typ),
                };
                cause = format!("operator {} not defined on {what}", op.spelling());
            }
            let (xs, mut ys) = (self.span_text(x.span), self.span_text(y.span));
            if switch_case && ys.is_empty() {
                ys = "true".to_string(); // the implicit tag of `switch {`
            }
            if switch_case {
                self.error(x.span, format!("invalid case {xs} in switch on {ys} ({cause})"));
            } else {
                let at = err_op.span;
                self.error(at, format!("invalid operation: {xs} {} {ys} ({cause})", op.spelling()));
            }
            let _ = text;
            return self.bad(span);
        }
        let untyped_bool = self.basic(BasicKind::UntypedBool);
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
            let v = Value::Bool(constant::compare(a, op, b));
            return self.value(Mode::Constant(v), untyped_bool, span);
        }
        // The operands are materialized: untyped ones take their default types.
        for o in [&mut x, &mut y] {
            if self.types.is_untyped(o.typ) && o.typ != nil {
                let t = super::predicates::default_type(&self.types, o.typ);
                self.implicit_type(o, t);
            }
        }
        self.value(Mode::Value, untyped_bool, span)
    }

    fn shift(&mut self, span: Span, op: BinaryOp, mut x: Operand, mut y: Operand, hint: Option<TypeId>) -> Operand {
        self.single_value(&mut x);
        self.single_value(&mut y);
        if x.is_invalid() || y.is_invalid() {
            return self.bad(span);
        }
        // The shift count must be an integer (an untyped constant count must be
        // representable as a uint).
        let yk = self.types.basic_kind(y.typ);
        match &y.mode {
            Mode::Constant(v) => {
                let as_int = constant::to_int(v);
                let neg = matches!(&as_int, Some(Value::Int(n)) if n.sign() == num_bigint::Sign::Minus);
                let untyped_numeric = yk.is_some_and(|k| k.is_untyped() && k.is_numeric());
                if (as_int.is_none() && !untyped_numeric) || !yk.is_some_and(|k| k.is_integer() || k.is_untyped()) {
                    let ys = self.span_text(y.span);
                    let d = self.operand_description(&y);
                    self.error(y.span, format!("invalid operation: shift count {ys} ({d}) must be integer"));
                    return self.bad(span);
                }
                if neg {
                    let ys = self.span_text(y.span);
                    let d = self.operand_description(&y);
                    self.error(y.span, format!("invalid operation: negative shift count {ys} ({d})"));
                    return self.bad(span);
                }
                if self.types.is_untyped(y.typ) {
                    let uint = self.basic(BasicKind::Uint);
                    if self.convert_untyped(&mut y, uint) != Implicit::Ok {
                        return self.bad(span);
                    }
                }
            }
            _ => {
                if !self.is_integer_type(y.typ) {
                    let ys = self.span_text(y.span);
                    let d = self.operand_description(&y);
                    self.error(y.span, format!("invalid operation: shift count {ys} ({d}) must be integer"));
                    return self.bad(span);
                }
            }
        }
        let xk = self.types.basic_kind(x.typ);
        if let Mode::Constant(v) = &x.mode {
            // An untyped constant shifted by a constant stays an untyped (integer) constant.
            if let Mode::Constant(s) = &y.mode {
                let Some(xi) = constant::to_int(v) else {
                    let xs = self.span_text(x.span);
                    let d = self.operand_description(&x);
                    self.error(x.span, format!("invalid operation: shifted operand {xs} ({d}) must be integer"));
                    return self.bad(span);
                };
                let count = match constant::to_int(s) {
                    Some(Value::Int(n)) => u64::try_from(&n).unwrap_or(u64::MAX),
                    _ => 0,
                };
                // An untyped integer or rune keeps its kind ('a' << 40 is an untyped rune);
                // an untyped float or complex holding an integer becomes an untyped int.
                let typ = if self.types.is_untyped(x.typ) && !xk.is_some_and(|k| k.is_integer()) {
                    self.basic(BasicKind::UntypedInt)
                } else {
                    x.typ
                };
                if !self.types.is_untyped(x.typ) && !xk.is_some_and(|k| k.is_integer()) {
                    let xs = self.span_text(x.span);
                    let d = self.operand_description(&x);
                    self.error(x.span, format!("invalid operation: shifted operand {xs} ({d}) must be integer"));
                    return self.bad(span);
                }
                let v = match constant::shift(&xi, op, count) {
                    Ok(v) => v,
                    Err(_) => {
                        let ys = self.span_text(y.span);
                        self.error(y.span, format!("invalid shift count {ys}"));
                        return self.bad(span);
                    }
                };
                let x = self.value(Mode::Constant(v), typ, span);
                return self.check_typed_constant(x, span);
            }
            // A non-constant shift of an untyped constant: the constant takes the type it
            // would have in the shift's place (the spec's rule). With a type from the
            // context, use it; otherwise the shift stays an untyped, non-constant integer
            // whose final type is set where it meets a typed operand or a variable.
            if self.types.is_untyped(x.typ) {
                if let Some(h) = hint.filter(|&h| !self.types.is_interface(h)) {
                    if !self.types.basic_kind(h).is_some_and(|k| k.is_integer()) {
                        let xs = self.span_text(x.span);
                        let ts = self.type_string(h);
                        self.error(
                            x.span,
                            format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"),
                        );
                        return self.bad(span);
                    }
                    self.convert_untyped(&mut x, h);
                    return self.value(Mode::Value, h, span);
                }
                if constant::to_int(v).is_none() {
                    let xs = self.span_text(x.span);
                    let d = self.operand_description(&x);
                    self.error(x.span, format!("invalid operation: shifted operand {xs} ({d}) must be integer"));
                    return self.bad(span);
                }
                return self.value(Mode::Value, self.basic(BasicKind::UntypedInt), span);
            }
        }
        if !self.is_integer_type(x.typ) {
            let xs = self.span_text(x.span);
            let d = self.operand_description(&x);
            self.error(x.span, format!("invalid operation: shifted operand {xs} ({d}) must be integer"));
            return self.bad(span);
        }
        self.value(Mode::Value, x.typ, span)
    }

    // ---- untyped conversion --------------------------------------------------------------

    /// Converts an untyped operand to `target` where an operator needs it, reporting
    /// constants that do not fit as types2 does ("300 (untyped int constant) overflows
    /// int8"). A mismatch is left to the caller (its message names the operation).
    pub(super) fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) -> Implicit {
        let r = self.implicit_type(x, target);
        match r {
            Implicit::Overflow | Implicit::Truncated => {
                let s = self.span_text(x.span);
                let d = self.operand_description(x);
                let ts = self.type_string(target);
                let what = if r == Implicit::Overflow { "overflows" } else { "truncated to" };
                self.error(x.span, format!("{s} ({d}) {what} {ts}"));
                x.mode = Mode::Invalid;
            }
            Implicit::Mismatch => {
                let s = self.span_text(x.span);
                let d = self.operand_description(x);
                let under = self.types.underlying(target);
                let ts = self.type_string(under);
                self.error(x.span, format!("cannot convert {s} ({d}) to type {ts}"));
                x.mode = Mode::Invalid;
            }
            Implicit::Ok => {}
        }
        r
    }

    /// `convert_untyped` that also reports a mismatch, as go/types' convertUntyped does:
    /// "cannot convert "a" (untyped string constant) to type int". False if it failed.
    pub(super) fn convert_untyped_strict(&mut self, x: &mut Operand, target: TypeId) -> bool {
        let before = x.clone();
        match self.convert_untyped(x, target) {
            Implicit::Ok => true,
            Implicit::Mismatch => {
                let s = self.span_text(before.span);
                let d = self.operand_description(&before);
                let ts = self.type_string(self.types.underlying(target));
                self.error(before.span, format!("cannot convert {s} ({d}) to type {ts}"));
                x.mode = Mode::Invalid;
                false
            }
            Implicit::Overflow | Implicit::Truncated => false,
        }
    }

    /// The type an untyped operand takes in a context of type `target` (go/types'
    /// implicitTypeAndValue); updates the operand and the recorded type. Reports nothing.
    pub(super) fn implicit_type(&mut self, x: &mut Operand, target: TypeId) -> Implicit {
        if x.is_invalid() || !self.types.is_untyped(x.typ) || self.types.is_invalid(target) {
            return Implicit::Ok;
        }
        let xk = self.types.basic_kind(x.typ).unwrap_or(BasicKind::Invalid);
        if self.types.is_untyped(target) {
            // Both untyped: only numeric kinds combine.
            let tk = self.types.basic_kind(target).unwrap_or(BasicKind::Invalid);
            if xk.is_numeric() && tk.is_numeric() {
                if rank(tk) > rank(xk) {
                    x.typ = target;
                }
                return Implicit::Ok;
            }
            return if xk == tk { Implicit::Ok } else { Implicit::Mismatch };
        }
        // A type parameter: the value must suit every type of its type set.
        if self.types.is_type_param(target) {
            let Some(terms) = self.types.type_set_terms(target) else { return Implicit::Mismatch };
            if terms.is_empty() {
                return Implicit::Mismatch;
            }
            if xk == BasicKind::UntypedNil
                && !terms.iter().all(|term| super::predicates::has_nil(&self.types, term.typ))
            {
                return Implicit::Mismatch;
            }
            for term in terms {
                let mut probe = x.clone();
                probe.id = None;
                if self.implicit_type(&mut probe, term.typ) != Implicit::Ok {
                    return Implicit::Mismatch;
                }
            }
            x.typ = target;
            if let Some(id) = x.id {
                self.info.set_final_type(id, target);
            }
            return Implicit::Ok;
        }
        let under = self.types.underlying(target);
        let final_type = match self.types.get(under).clone() {
            Type::Basic(tk) => {
                if let Mode::Constant(v) = &x.mode {
                    let fits_kind = (xk.is_numeric() && tk.is_numeric())
                        || (xk == BasicKind::UntypedBool && tk.is_boolean())
                        || (xk == BasicKind::UntypedString && tk.is_string());
                    if !fits_kind {
                        return Implicit::Mismatch;
                    }
                    match constant::representable(v, tk) {
                        Ok(v) => {
                            x.mode = Mode::Constant(v);
                            target
                        }
                        Err(constant::Repr::Truncated) => return Implicit::Truncated,
                        Err(_) => return Implicit::Overflow,
                    }
                } else {
                    // Non-constant untyped values: booleans (comparisons) and shifted values.
                    let ok = (xk == BasicKind::UntypedBool && tk.is_boolean())
                        || (xk.is_numeric() && tk.is_numeric())
                        || (xk == BasicKind::UntypedString && tk.is_string());
                    if !ok {
                        return Implicit::Mismatch;
                    }
                    target
                }
            }
            Type::Interface(i) => {
                if xk == BasicKind::UntypedNil {
                    target
                } else if i.methods.is_empty() && i.terms.is_none() {
                    // Untyped values in an empty interface take their default type.
                    super::predicates::default_type(&self.types, x.typ)
                } else {
                    return Implicit::Mismatch;
                }
            }
            Type::Pointer(_) | Type::Signature(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } => {
                if xk != BasicKind::UntypedNil {
                    return Implicit::Mismatch;
                }
                target
            }
            _ => return Implicit::Mismatch,
        };
        x.typ = final_type;
        if let Some(id) = x.id {
            self.info.set_final_type(id, final_type);
        }
        Implicit::Ok
    }

    /// A description of an operand as types2 prints it in parentheses: `variable of type
    /// int`, `untyped int constant`, `value of struct type T`, `constant 5 of type int`.
    pub(super) fn operand_description(&self, x: &Operand) -> String {
        let expr = self.span_text(x.span);
        let mut s = String::new();
        let untyped = self.types.is_untyped(x.typ);
        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
            return "untyped nil".to_string();
        }
        if untyped {
            s.push_str(self.types.basic_kind(x.typ).map_or("", |k| k.name()));
            s.push(' ');
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant(_) => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if let Mode::Constant(v) = &x.mode {
            let vs = constant::format_for_error(v);
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if !untyped && !matches!(x.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr) {
            s.push_str(" of ");
            s.push_str(&super::typestring::describe_type(&self.types, &self.objs, x.typ, &*self.qualifier()));
        }
        s
    }

    /// types2's compositeKind, or the basic type's name: "struct", "int", …
    fn composite_kind(&self, t: TypeId) -> String {
        match self.types.get(self.types.underlying(t)) {
            Type::Basic(k) => k.name().to_string(),
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct { .. } => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Signature(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Tuple(_) => "tuple".into(),
            _ => String::new(),
        }
    }

    /// An expression as messages print it: its source text on one line, with the bodies of
    /// composite and function literals shortened to `{…}` as gc's syntax.String does.
    pub(super) fn expr_string(&self, e: &ast::Expr) -> String {
        let mut elided = Vec::new();
        literal_bodies(e, &mut elided);
        let mut out = String::new();
        let mut at = e.span.lo;
        for (body, short) in elided {
            out.push_str(&self.span_text(Span { lo: at, hi: body.lo, ..e.span }));
            out.push_str(short);
            at = body.hi;
        }
        out.push_str(&self.span_text(Span { lo: at, ..e.span }));
        out
    }

    /// The source text of `span` on one line, literal bodies checked so far shortened.
    pub(super) fn span_text(&self, span: Span) -> String {
        let from = Span { hi: 0, ..span };
        let to = Span { lo: span.hi, hi: 0, ..span };
        let mut out = String::new();
        let mut at = span.lo;
        for (body, short) in self.literal_bodies.range(from..to) {
            if body.lo >= at && body.hi <= span.hi {
                out.push_str(&self.one_line(Span { lo: at, hi: body.lo, ..span }));
                out.push_str(short);
                at = body.hi;
            }
        }
        out.push_str(&self.one_line(Span { lo: at, ..span }));
        out
    }

    /// The source text of `span` with each run of white space made one blank.
    fn one_line(&self, span: Span) -> String {
        let text = self.source_text(span);
        let mut out = String::with_capacity(text.len());
        let mut last_space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(c);
                last_space = false;
            }
        }
        out
    }

    pub(super) fn type_string(&self, t: TypeId) -> String {
        super::typestring::type_string(&self.types, &self.objs, t, &*self.qualifier())
    }

    /// How types of other packages are qualified in messages: by package name.
    pub(super) fn qualifier(&self) -> Box<dyn Fn(super::types::PkgId) -> Option<String> + '_> {
        let this = self.pkg;
        Box::new(move |p| if p == this { None } else { self.packages.get(p.0 as usize).map(|p| p.name.clone()) })
    }
}

/// The bodies of the outermost composite and function literals in `e`, in source order,
/// each with its short form (`{…}`, or `{}` if empty).
fn literal_bodies(e: &ast::Expr, out: &mut Vec<(Span, &'static str)>) {
    let short = |empty: bool| if empty { "{}" } else { "{…}" };
    match &e.kind {
        ExprKind::CompositeLit { typ, elts, rbrace } => {
            let lo = typ.as_ref().map_or(e.span.lo, |t| t.span.hi);
            out.push((Span { lo, hi: rbrace.hi, ..e.span }, short(elts.is_empty())));
        }
        ExprKind::FuncLit { body, .. } => out.push((body.span, short(body.stmts.is_empty()))),
        ExprKind::KeyValue { key: x, value: y } | ExprKind::Binary { x, y, .. } => {
            literal_bodies(x, out);
            literal_bodies(y, out);
        }
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Unary { x, .. }
        | ExprKind::TypeAssert { x, .. } => literal_bodies(x, out),
        ExprKind::Index { x, indices: rest, .. } | ExprKind::Call { fun: x, args: rest, .. } => {
            literal_bodies(x, out);
            rest.iter().for_each(|a| literal_bodies(a, out));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            literal_bodies(x, out);
            [lo, hi, max].into_iter().flatten().for_each(|a| literal_bodies(a, out));
        }
        _ => {}
    }
}

pub(super) fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq)
}

/// The outcome of giving an untyped operand a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Implicit {
    Ok,
    /// A constant does not fit the type.
    Overflow,
    /// A constant would lose its fraction.
    Truncated,
    /// The untyped kind does not go with the type at all.
    Mismatch,
}

/// The order in which untyped numeric kinds combine.
fn rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}
