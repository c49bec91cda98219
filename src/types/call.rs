//! Calls, conversions, selectors, index and slice expressions, type assertions
//! (go/types' call.go, index.go, conversions.go).

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::check::Checker;
use super::constant::{self, Value};
use super::lookup::{LookupResult, Selection};
use super::object::ObjKind;
use super::operand::{Mode, Operand};
use super::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a> {
    fn op(&self, mode: Mode, typ: TypeId, span: Span) -> Operand {
        Operand { mode, typ, id: None, span }
    }

    fn bad_op(&self, span: Span) -> Operand {
        Operand::invalid(span, self.invalid_type())
    }

    pub(super) fn call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
        hint: Option<TypeId>,
    ) -> Operand {
        if let Some(x) = self.generic_call(e, fun, args, ellipsis) {
            return x;
        }
        let f = self.expr_or_type(fun);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a);
                }
                self.bad_op(e.span)
            }
            Mode::TypeExpr => self.conversion_call(e, f.typ, args, ellipsis),
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis, hint),
            _ => {
                let Some(sig) = self.types.signature(self.types.core(f.typ)).cloned() else {
                    let s = self.expr_string(fun);
                    let d = self.operand_description(&f);
                    let why = if self.types.is_type_param(f.typ) {
                        self.no_core_cause(f.typ)
                    } else {
                        format!("{} is not a function", self.type_string(f.typ))
                    };
                    self.error(e.span, format!("invalid operation: cannot call {s} ({d}): {why}"));
                    for a in args {
                        self.expr(a);
                    }
                    return self.bad_op(e.span);
                };
                // A generic method (Go 1.27): its type arguments are inferred here.
                let sig = if sig.type_params.is_empty() {
                    self.arguments(e, fun, &sig, args, ellipsis);
                    sig
                } else {
                    let Some(values) = self.arg_operands(None, args, ellipsis) else {
                        return self.bad_op(e.span);
                    };
                    let Some(inst) = self.instantiate_call(e, fun, f.typ, &[], &values) else {
                        return self.bad_op(e.span);
                    };
                    let Some(sig) = self.types.signature(inst).cloned() else { return self.bad_op(e.span) };
                    self.check_arg_operands(e, fun, &sig, values, args, ellipsis);
                    sig
                };
                match sig.results.len() {
                    0 => self.op(Mode::NoValue, self.invalid_type(), e.span),
                    1 => self.op(Mode::Value, sig.results[0], e.span),
                    _ => {
                        let t = self.types.tuple(sig.results.clone());
                        self.op(Mode::Value, t, e.span)
                    }
                }
            }
        }
    }

    /// A call of a generic function, `f(x)` or `f[T](x)`: type arguments inferred from the
    /// arguments. None if `fun` is no generic function (it is then checked as usual).
    fn generic_call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Option<Operand> {
        let inner = super::expr::unparen(fun);
        let (fx, indices): (&'a ast::Expr, &'a [ast::Expr]) = match &inner.kind {
            ExprKind::Index { x, indices, .. } => (x, indices),
            ExprKind::Ident(_) | ExprKind::Selector { .. } => (inner, &[]),
            _ => return None,
        };
        // Only a name can denote a generic function: look before checking anything twice.
        if !self.may_be_generic_func(fx) {
            return None;
        }
        let f = self.expr_or_type(fx);
        if f.mode != Mode::Value || self.types.sig_type_params(f.typ).is_empty() {
            return None;
        }
        let explicit: Vec<TypeId> = indices.iter().map(|i| self.typ(i)).collect();
        if explicit.iter().any(|&t| self.types.is_invalid(t)) {
            return Some(self.bad_op(e.span));
        }
        let n = self.types.sig_type_params(f.typ).len();
        if explicit.len() > n {
            self.error(indices[n].span, format!("got {} type arguments but want {n}", explicit.len()));
            return Some(self.bad_op(e.span));
        }
        let Some(values) = self.arg_operands(None, args, ellipsis) else {
            return Some(self.bad_op(e.span));
        };
        let Some(inst) = self.instantiate_call(e, fun, f.typ, &explicit, &values) else {
            return Some(self.bad_op(e.span));
        };
        let sig = self.types.signature(inst).cloned()?;
        self.check_arg_operands(e, fun, &sig, values, args, ellipsis);
        Some(match sig.results.len() {
            0 => self.op(Mode::NoValue, self.invalid_type(), e.span),
            1 => self.op(Mode::Value, sig.results[0], e.span),
            _ => {
                let t = self.types.tuple(sig.results.clone());
                self.op(Mode::Value, t, e.span)
            }
        })
    }

    /// Whether `e` names a generic function (without checking it): a name or a package's
    /// member whose object's type is a signature with type parameters.
    fn may_be_generic_func(&mut self, e: &ast::Expr) -> bool {
        let obj = match &e.kind {
            ExprKind::Ident(id) => self.scopes.lookup(self.scope, &id.name).map(|(_, o)| o),
            ExprKind::Selector { x, sel } => match &x.kind {
                ExprKind::Ident(p) => match self.scopes.lookup(self.scope, &p.name) {
                    Some((_, o)) => match &self.objs.get(o).kind {
                        ObjKind::PkgName(pkg) => self
                            .by_path
                            .values()
                            .find(|(id, _, _)| id == pkg)
                            .and_then(|&(_, scope, _)| self.scopes.lookup_local(scope, &sel.name)),
                        _ => None,
                    },
                    None => None,
                },
                _ => None,
            },
            _ => None,
        };
        let Some(obj) = obj else { return false };
        let ast_generic = matches!(self.objs.get(obj).kind, ObjKind::Func(_));
        if !ast_generic {
            return false;
        }
        if self.types.is_invalid(self.objs.get(obj).typ) && self.decls.contains_key(&obj) {
            self.obj_decl(obj);
        }
        !self.types.sig_type_params(self.objs.get(obj).typ).is_empty()
    }

    /// Checks the arguments of a call against a signature: counts (with variadic
    /// parameters and `f(g())` spreading a multi-valued call) and assignability.
    fn arguments(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        sig: &super::types::Signature,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
    ) {
        let Some(values) = self.arg_operands(Some(sig), args, ellipsis) else { return };
        self.check_arg_operands(call, fun, sig, values, args, ellipsis);
    }

    /// The operands of a call's arguments (a single multi-valued call spread into its
    /// results); `sig` gives the parameter types as hints. None if one is invalid.
    fn arg_operands(
        &mut self,
        sig: Option<&super::types::Signature>,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Option<Vec<Operand>> {
        let no_params = Vec::new();
        let params = sig.map_or(&no_params, |s| &s.params);
        let variadic = sig.is_some_and(|s| s.variadic);
        let values: Vec<Operand> = if args.len() == 1 && ellipsis.is_none() {
            let hint = params.first().copied();
            let x = self.expr_maybe_generic(&args[0], hint);
            if x.is_invalid() {
                return None;
            }
            match self.types.tuple_elems(x.typ).map(|v| v.to_vec()) {
                Some(elems) => elems.into_iter().map(|t| self.op(Mode::Value, t, x.span)).collect(),
                None => vec![x],
            }
        } else {
            let mut v = Vec::new();
            for (i, a) in args.iter().enumerate() {
                let hint = if variadic && i + 1 >= params.len() {
                    params.last().and_then(|&s| match self.types.get(s) {
                        Type::Slice(e) if ellipsis.is_none() => Some(*e),
                        _ => Some(s),
                    })
                } else {
                    params.get(i).copied()
                };
                let mut x = self.expr_maybe_generic(a, hint);
                self.single_value(&mut x);
                v.push(x);
            }
            v
        };
        if values.iter().any(|x| x.is_invalid()) {
            return None;
        }
        Some(values)
    }

    fn check_arg_operands(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        sig: &super::types::Signature,
        values: Vec<Operand>,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
    ) {
        let params = &sig.params;
        if let Some(dots) = ellipsis {
            if !sig.variadic {
                let f = self.expr_string(fun);
                self.error(dots, format!("have (...) in call to non-variadic {f}"));
                let _ = f;
                return;
            }
            if values.len() != params.len() {
                self.count_error(call, fun, params, &values, sig.variadic, args);
                return;
            }
            let context = format!("argument to {}", self.expr_string(fun));
            for (mut x, &t) in values.into_iter().zip(params.iter()) {
                self.assignment(&mut x, t, &context);
            }
            return;
        }
        let fixed = if sig.variadic { params.len() - 1 } else { params.len() };
        if values.len() < fixed || (!sig.variadic && values.len() > fixed) {
            self.count_error(call, fun, params, &values, sig.variadic, args);
            return;
        }
        let context = format!("argument to {}", self.expr_string(fun));
        for (i, mut x) in values.into_iter().enumerate() {
            let t = if i < fixed {
                params[i]
            } else {
                match self.types.get(params[fixed]) {
                    Type::Slice(elem) => *elem,
                    _ => params[fixed],
                }
            };
            self.assignment(&mut x, t, &context);
        }
    }

    /// "not enough arguments in call to f\n\thave (int)\n\twant (int, string)".
    fn count_error(
        &mut self,
        call: &ast::Expr,
        fun: &ast::Expr,
        params: &[TypeId],
        values: &[Operand],
        variadic: bool,
        args: &[ast::Expr],
    ) {
        let ellipsis = matches!(&call.kind, ExprKind::Call { ellipsis: Some(_), .. });
        let have: Vec<TypeId> = values.iter().map(|x| x.typ).collect();
        let have = self.types_summary(&have, false, ellipsis);
        let want = self.types_summary(params, variadic, false);
        let f = self.expr_string(fun);
        let (msg, at) = if values.len() < params.len() {
            let rparen = match &call.kind {
                ExprKind::Call { rparen, .. } => *rparen,
                _ => call.span,
            };
            ("not enough arguments", rparen)
        } else {
            let first_extra = args.get(params.len()).map_or(call.span, |a| a.span);
            ("too many arguments", first_extra)
        };
        self.error(at, format!("{msg} in call to {f}\n\thave {have}\n\twant {want}"));
    }

    /// A list of types as count errors print it (go/types' typesSummary): untyped numbers
    /// as `number`, other untyped kinds without "untyped ", a variadic last parameter as
    /// `...E`, a last argument spread with `...` as `T...`.
    pub(super) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if self.types.is_invalid(t) {
                "unknown type".to_string()
            } else if self.types.is_untyped(t) {
                match self.types.basic_kind(t) {
                    Some(k) if k.is_numeric() => "number".to_string(),
                    _ => self.type_string(t).replace("untyped ", ""),
                }
            } else {
                self.type_string(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(e) = self.types.get(t) {
                        s = self.type_string(*e);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    // ---- conversions ---------------------------------------------------------------------

    fn conversion_call(
        &mut self,
        e: &'a ast::Expr,
        t: TypeId,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let ts = self.type_string(t);
        if args.len() != 1 {
            let msg = if args.is_empty() {
                "missing argument in conversion to"
            } else {
                "too many arguments in conversion to"
            };
            self.error(e.span, format!("{msg} {ts}"));
            for a in args {
                self.expr(a);
            }
            return self.bad_op(e.span);
        }
        if let Some(dots) = ellipsis {
            self.error(dots, format!("invalid use of ... in conversion to {ts}"));
            return self.bad_op(e.span);
        }
        let mut x = self.expr_with_hint(&args[0], Some(t));
        self.single_value(&mut x);
        if x.is_invalid() {
            return self.bad_op(e.span);
        }
        self.conversion(e.span, x, t)
    }

    /// `T(x)`: constant conversions keep constants (representable in T); others need
    /// convertibility.
    pub(super) fn conversion(&mut self, span: Span, mut x: Operand, t: TypeId) -> Operand {
        let tk = self.types.basic_kind(t);
        if let Mode::Constant(v) = &x.mode {
            if let Some(tk) = tk.filter(|k| self.is_const_type(t) && !k.is_untyped()) {
                let xk = self.types.basic_kind(x.typ).unwrap_or(BasicKind::Invalid);
                // Integer constant to string: the rune's UTF-8 encoding.
                if tk.is_string() && xk.is_integer() {
                    let s = match v {
                        Value::Int(n) => u32::try_from(n).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'),
                        _ => '\u{FFFD}',
                    };
                    let v = Value::String(std::rc::Rc::from(s.to_string().as_bytes()));
                    return self.op(Mode::Constant(v), t, span);
                }
                let numeric = xk.is_numeric() && tk.is_numeric();
                let same = (xk.is_string() && tk.is_string()) || (xk.is_boolean() && tk.is_boolean());
                // A constant converts to a constant type only if its value is representable.
                let converted = if !(numeric || same) {
                    None
                } else if tk.is_integer() && xk.is_numeric() && !xk.is_integer() {
                    // float → int conversion of a constant must be exact.
                    constant::to_int(v).and_then(|i| constant::representable(&i, tk).ok())
                } else {
                    constant::representable(v, tk).ok()
                };
                if let Some(v) = converted {
                    if let Some(id) = x.id {
                        self.info.set_final_type(id, t);
                    }
                    return self.op(Mode::Constant(v), t, span);
                }
                let ts = self.type_string(t);
                match v {
                    // Integer to integer can only overflow: gc says so concisely.
                    Value::Int(n) if xk.is_integer() && tk.is_integer() => {
                        self.error(x.span, format!("constant {n} overflows {ts}"));
                    }
                    _ => {
                        let xs = self.span_text(x.span);
                        let d = self.operand_description(&x);
                        self.error(x.span, format!("cannot convert {xs} ({d}) to type {ts}"));
                    }
                }
                return self.bad_op(span);
            }
        }
        if self.types.is_untyped(x.typ) {
            // An untyped value converts as its default type would (nil to a nil-able type).
            let target = if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
                t
            } else if self.types.is_interface(t) || tk.is_none() {
                super::predicates::default_type(&self.types, x.typ)
            } else {
                t
            };
            let before = x.clone();
            if self.implicit_type(&mut x, target) != super::expr::Implicit::Ok {
                x = before;
                let d = super::predicates::default_type(&self.types, x.typ);
                self.implicit_type(&mut x, d);
            }
        }
        if !super::predicates::convertible(&self.types, &self.objs, x.typ, t) {
            let xs = self.span_text(x.span);
            let d = self.operand_description(&x);
            let ts = self.type_string(t);
            // With type parameters, gc names the pair of types that does not convert.
            let mut cause = String::new();
            if self.types.is_type_param(x.typ) || self.types.is_type_param(t) {
                let qf = self.qualifier();
                if let Err(Some(c)) = super::predicates::convertible_cause(&self.types, &self.objs, x.typ, t, &*qf) {
                    cause = format!(": {c}");
                }
            }
            self.error(x.span, format!("cannot convert {xs} ({d}) to type {ts}{cause}"));
            return self.bad_op(span);
        }
        self.op(Mode::Value, t, span)
    }

    // ---- selectors -----------------------------------------------------------------------

    pub(super) fn selector(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, sel: &'a ast::Ident) -> Operand {
        // A qualified identifier: pkg.Name.
        if let ExprKind::Ident(id) = &xe.kind {
            if let Some((_, obj)) = self.scopes.lookup(self.scope, &id.name) {
                if let ObjKind::PkgName(pkg) = self.objs.get(obj).kind {
                    self.info.record_object(id.id, obj);
                    self.imports_used.insert(obj, true);
                    return self.qualified(e, pkg, &id.name, sel);
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return self.bad_op(e.span);
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, x.typ, sel);
        }
        if x.mode == Mode::NoValue {
            return self.bad_op(e.span);
        }
        let addressable = x.mode == Mode::Variable;
        let res = super::lookup::lookup_field_or_method(
            &self.types,
            &self.objs,
            x.typ,
            addressable,
            Some(self.pkg),
            &sel.name,
        );
        match res {
            LookupResult::Found(sel_info) => match sel_info.clone() {
                Selection::Field { typ, indirect, .. } => {
                    let mode = if x.mode == Mode::Variable || indirect { Mode::Variable } else { Mode::Value };
                    self.info.record_selection(e.id, sel_info);
                    self.op(mode, typ, e.span)
                }
                Selection::Method { obj, ptr_recv, ref path, .. } => {
                    // `x.M()` of a pointer method takes `&x` only when x is no pointer
                    // itself (a pointer receiver is x's value: boxing x on each call of
                    // `p.M()` would cost every method calling another on its receiver).
                    let x_is_ptr = matches!(self.types.get(self.types.underlying(x.typ)), Type::Pointer(_));
                    if ptr_recv && addressable && !x_is_ptr {
                        self.mark_escaping(xe);
                    }
                    self.info.record_object(sel.id, obj);
                    self.record_dependency(obj);
                    let owner = self.method_owner(x.typ, path);
                    self.info.record_selection(e.id, sel_info.clone());
                    let sig = self.method_signature(obj, owner);
                    self.op(Mode::Value, sig, e.span)
                }
                Selection::IfaceMethod { sig, .. } => {
                    self.info.record_selection(e.id, sel_info);
                    self.op(Mode::Value, sig, e.span)
                }
            },
            LookupResult::Ambiguous { .. } => {
                let s = self.expr_string(e);
                self.error(sel.span, format!("ambiguous selector {s}"));
                self.bad_op(e.span)
            }
            LookupResult::PointerMethod => {
                let ts = self.type_string(x.typ);
                self.error(e.span, format!("cannot call pointer method {} on {ts}", sel.name));
                self.bad_op(e.span)
            }
            LookupResult::NotFound => {
                let s = self.expr_string(e);
                let why = super::lookup::lookup_error(
                    &self.types,
                    &self.objs,
                    x.typ,
                    addressable,
                    Some(self.pkg),
                    &sel.name,
                    false,
                    &*self.qualifier(),
                );
                self.error(sel.span, format!("{s} undefined ({why})"));
                self.bad_op(e.span)
            }
        }
    }

    /// The signature of a method as a value (without receiver).
    /// For a method of a generic type's instance, the signature has the instance's type
    /// arguments in place of the type parameters; `owner` is the type declaring the method.
    fn method_signature(&mut self, obj: super::object::ObjId, owner: TypeId) -> TypeId {
        let t = self.objs.get(obj).typ;
        if self.types.is_invalid(t) {
            if self.decls.contains_key(&obj) {
                self.obj_decl(obj);
            }
        }
        let s = self.types.instance_subst(owner);
        self.types.subst(self.objs.get(obj).typ, &s)
    }

    /// The type at the end of a selection's path of embedded fields: the one declaring the
    /// selected method.
    fn method_owner(&self, recv: TypeId, path: &[usize]) -> TypeId {
        let deref = |t: TypeId| match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let mut t = deref(recv);
        for &i in path.iter().take(path.len().saturating_sub(1)) {
            match self.types.get(self.types.underlying(t)) {
                Type::Struct { fields } => match fields.get(i) {
                    Some(f) => t = deref(f.typ),
                    None => return t,
                },
                _ => return t,
            }
        }
        t
    }

    /// `T.M` or `(*T).M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &'a ast::Expr, t: TypeId, sel: &'a ast::Ident) -> Operand {
        let res = super::lookup::lookup_field_or_method(&self.types, &self.objs, t, false, Some(self.pkg), &sel.name);
        match res {
            LookupResult::Found(Selection::Method { obj, ptr_recv, path, indirect }) => {
                // A pointer on the way (`*T`, or an embedded pointer field) puts the
                // pointer-receiver methods in the method set.
                let is_ptr = matches!(self.types.get(t), Type::Pointer(_));
                if ptr_recv && !is_ptr && !indirect && !self.types.is_interface(t) {
                    let ts = self.type_string(t);
                    self.error(
                        e.span,
                        format!(
                            "invalid method expression {ts}.{} (needs pointer receiver (*{ts}).{})",
                            sel.name, sel.name
                        ),
                    );
                    return self.bad_op(e.span);
                }
                self.info.record_object(sel.id, obj);
                let owner = self.method_owner(t, &path);
                let msig = self.method_signature(obj, owner);
                let Some(s) = self.types.signature(msig).cloned() else { return self.bad_op(e.span) };
                let mut params = vec![t];
                params.extend(s.params);
                let f = self.types.intern(Type::Signature(super::types::Signature {
                    type_params: Vec::new(),
                    params,
                    results: s.results,
                    variadic: s.variadic,
                }));
                self.op(Mode::Value, f, e.span)
            }
            // `I.M` of an interface type: a function taking the interface value first.
            LookupResult::Found(sel_found @ Selection::IfaceMethod { sig, .. }) => {
                let Some(s) = self.types.signature(sig).cloned() else { return self.bad_op(e.span) };
                self.info.record_selection(e.id, sel_found);
                let mut params = vec![t];
                params.extend(s.params);
                let f = self.types.intern(Type::Signature(super::types::Signature {
                    type_params: Vec::new(),
                    params,
                    results: s.results,
                    variadic: s.variadic,
                }));
                self.op(Mode::Value, f, e.span)
            }
            LookupResult::Found(Selection::Field { .. }) => {
                let ts = self.type_string(t);
                let xe = match &e.kind {
                    ExprKind::Selector { x, .. } => x.span,
                    _ => e.span,
                };
                self.error(xe, format!("operand for field selector {} must be value of type {ts}", sel.name));
                self.bad_op(e.span)
            }
            LookupResult::PointerMethod => {
                let ts = self.type_string(t);
                self.error(
                    sel.span,
                    format!(
                        "invalid method expression {ts}.{} (needs pointer receiver (*{ts}).{})",
                        sel.name, sel.name
                    ),
                );
                self.bad_op(e.span)
            }
            LookupResult::Ambiguous { .. } => {
                let s = self.expr_string(e);
                self.error(sel.span, format!("ambiguous selector {s}"));
                self.bad_op(e.span)
            }
            _ => {
                let s = self.expr_string(e);
                let why = super::lookup::lookup_error(
                    &self.types,
                    &self.objs,
                    t,
                    false,
                    Some(self.pkg),
                    &sel.name,
                    false,
                    &*self.qualifier(),
                );
                self.error(sel.span, format!("{s} undefined ({why})"));
                self.bad_op(e.span)
            }
        }
    }

    /// `pkg.Name`: an exported object of an imported package.
    fn qualified(
        &mut self,
        e: &'a ast::Expr,
        pkg: super::types::PkgId,
        pkg_name: &str,
        sel: &'a ast::Ident,
    ) -> Operand {
        let Some(scope) = self.packages.get(pkg.0 as usize).map(|p| p.scope) else { return self.bad_op(e.span) };
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        let found = self.scopes.lookup_local(scope, &sel.name);
        let Some(obj) = found.filter(|_| exported) else {
            if found.is_some() && !exported {
                self.error(sel.span, format!("name {} not exported by package {pkg_name}", sel.name));
            } else {
                // A name differing only in case is suggested, as gc does.
                let like = self.scopes.names(scope).into_iter().map(|(n, _)| n).find(|n| {
                    n.chars().next().is_some_and(char::is_uppercase) && n.to_lowercase() == sel.name.to_lowercase()
                });
                let hint = like.map_or(String::new(), |n| format!(" (but have {n})"));
                self.error(sel.span, format!("undefined: {pkg_name}.{}{hint}", sel.name));
            }
            return self.bad_op(e.span);
        };
        self.info.record_object(sel.id, obj);
        let typ = self.objs.get(obj).typ;
        match self.objs.get(obj).kind.clone() {
            ObjKind::Var(_) => self.op(Mode::Variable, typ, e.span),
            ObjKind::Const(v) => self.op(Mode::Constant(v), typ, e.span),
            ObjKind::TypeName => self.op(Mode::TypeExpr, typ, e.span),
            ObjKind::Func(_) => self.op(Mode::Value, typ, e.span),
            _ => self.bad_op(e.span),
        }
    }

    // ---- index and slice -----------------------------------------------------------------

    pub(super) fn index_expr(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, indices: &'a [ast::Expr]) -> Operand {
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            for i in indices {
                self.expr_or_type(i);
            }
            return self.bad_op(e.span);
        }
        if x.mode == Mode::TypeExpr {
            let t = self.instantiate_type_expr(e, xe, indices);
            if self.types.is_invalid(t) {
                return self.bad_op(e.span);
            }
            return self.op(Mode::TypeExpr, t, e.span);
        }
        if !self.types.sig_type_params(x.typ).is_empty() {
            return self.instantiate_func_value(e, x, indices);
        }
        if indices.len() != 1 {
            let s = self.expr_string(e);
            self.error(indices.get(1).map_or(e.span, |i| i.span), format!("invalid operation: more than one index"));
            let _ = s;
            return self.bad_op(e.span);
        }
        let ie = &indices[0];
        let under = self.types.core(x.typ);
        let (len, elem, mode) = match self.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => {
                // Indexing a constant string with a constant yields a byte constant? No: a
                // byte value (not constant) in Go.
                let len = match &x.mode {
                    Mode::Constant(Value::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                (len, self.basic(BasicKind::Byte), Mode::Value)
            }
            Type::Array { len, elem } => {
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                (Some(len), elem, mode)
            }
            Type::Pointer(_) if self.pointer_to_array(x.typ).is_some() => {
                let (len, elem) = self.pointer_to_array(x.typ).unwrap_or((0, self.invalid_type()));
                (Some(len), elem, Mode::Variable)
            }
            Type::Slice(elem) => (None, elem, Mode::Variable),
            Type::Map { key, value } => {
                let mut k = self.expr_with_hint(ie, Some(key));
                self.assignment(&mut k, key, "map index");
                return self.op(Mode::MapIndex, value, e.span);
            }
            // A type parameter whose types are all strings and byte slices: a byte.
            _ if self.type_set_every(x.typ, |t, u| match t.get(u) {
                Type::Basic(k) => k.is_string(),
                Type::Slice(el) => t.basic_kind(*el) == Some(BasicKind::Uint8),
                _ => false,
            }) =>
            {
                (None, self.basic(BasicKind::Byte), Mode::Value)
            }
            _ => {
                let s = self.expr_string(xe);
                let d = self.operand_description(&x);
                self.error(e.span, format!("cannot index {s} ({d})"));
                self.expr(ie);
                return self.bad_op(e.span);
            }
        };
        let _ = self.index_value(ie, len);
        self.op(mode, elem, e.span)
    }

    /// An index (go/types' `index` and `isValidIndex`): an integer, non-negative and, for
    /// constants, below `max`. `Err` if invalid (reported), else the constant value if any.
    pub(super) fn index_value(&mut self, ie: &'a ast::Expr, max: Option<u64>) -> Result<Option<u64>, ()> {
        let mut i = self.expr(ie);
        self.single_value(&mut i);
        if i.is_invalid() {
            return Err(());
        }
        // "A constant index that is untyped is given type int."
        if self.types.is_untyped(i.typ) {
            let int = self.basic(BasicKind::Int);
            if !self.convert_untyped_strict(&mut i, int) {
                return Err(());
            }
        }
        if !self.types.basic_kind(i.typ).is_some_and(|k| k.is_integer()) {
            let s = self.expr_string(ie);
            let d = self.operand_description(&i);
            self.error(ie.span, format!("invalid argument: index {s} ({d}) must be integer"));
            return Err(());
        }
        if let Mode::Constant(Value::Int(n)) = &i.mode {
            if n.sign() == num_bigint::Sign::Minus {
                let s = self.expr_string(ie);
                let d = self.operand_description(&i);
                self.error(ie.span, format!("invalid argument: index {s} ({d}) must not be negative"));
                return Err(());
            }
            let v = u64::try_from(n).unwrap_or(u64::MAX);
            if let Some(max) = max {
                if v >= max {
                    self.error(ie.span, format!("invalid argument: index {n} out of bounds [0:{max}]"));
                    return Err(());
                }
            }
            return Ok(Some(v));
        }
        Ok(None)
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        xe: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
    ) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            return self.bad_op(e.span);
        }
        let under = self.types.core(x.typ);
        let (len, result) = match self.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => {
                if max.is_some() {
                    let s = self.expr_string(xe);
                    let d = self.operand_description(&x);
                    self.error(e.span, format!("invalid operation: 3-index slice of string"));
                    let _ = (s, d);
                    return self.bad_op(e.span);
                }
                let len = match &x.mode {
                    Mode::Constant(Value::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                // Slicing an untyped string gives a string.
                let t = if self.types.is_untyped(x.typ) { self.basic(BasicKind::String) } else { x.typ };
                (len, t)
            }
            Type::Array { len, elem } => {
                if x.mode != Mode::Variable {
                    let s = self.expr_string(xe);
                    let d = self.operand_description(&x);
                    self.error(e.span, format!("invalid operation: {s} (slice of unaddressable value)"));
                    let _ = d;
                    return self.bad_op(e.span);
                }
                self.mark_escaping(xe);
                (Some(len), self.types.slice(elem))
            }
            Type::Pointer(_) if self.pointer_to_array(x.typ).is_some() => {
                let (len, elem) = self.pointer_to_array(x.typ).unwrap_or((0, self.invalid_type()));
                (Some(len), self.types.slice(elem))
            }
            Type::Slice(_) => (None, x.typ),
            _ => {
                let s = self.expr_string(xe);
                let d = self.operand_description(&x);
                self.error(e.span, format!("cannot slice {s} ({d})"));
                return self.bad_op(e.span);
            }
        };
        let cap = len.map(|l| l + 1);
        let mut consts = Vec::new();
        for ie in [lo, hi, max].into_iter().flatten() {
            consts.push((ie, self.index_value(ie, cap).ok().flatten()));
        }
        // Constant indices must be non-decreasing.
        for w in consts.windows(2) {
            if let ((_, Some(a)), (be, Some(b))) = (w[0], w[1]) {
                if a > b {
                    self.error(be.span, format!("invalid slice indices: {b} < {a}"));
                }
            }
        }
        self.op(Mode::Value, result, e.span)
    }

    // ---- type assertions -----------------------------------------------------------------

    pub(super) fn type_assert(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, typ: Option<&'a ast::Expr>) -> Operand {
        let x = self.expr(xe);
        let Some(te) = typ else {
            self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
            return self.bad_op(e.span);
        };
        let t = self.typ(te);
        if x.is_invalid() || self.types.is_invalid(t) {
            return self.bad_op(e.span);
        }
        if self.types.is_type_param(x.typ) {
            let s = self.expr_string(xe);
            let d = self.operand_description(&x);
            self.error(
                xe.span,
                format!("invalid operation: cannot use type assertion on type parameter value {s} ({d})"),
            );
            return self.bad_op(e.span);
        }
        if !self.types.is_interface(x.typ) {
            let s = self.expr_string(xe);
            let d = self.operand_description(&x);
            self.error(xe.span, format!("invalid operation: {s} ({d}) is not an interface"));
            return self.bad_op(e.span);
        }
        // (A type parameter may stand for an interface: nothing is impossible for it.)
        if !self.types.is_interface(t) && !self.types.is_type_param(t) {
            let res = super::predicates::implements(&self.types, &self.objs, t, x.typ, &*self.qualifier());
            if let Err(cause) = res {
                let s = self.expr_string(xe);
                let d = self.operand_description(&x);
                let ts = self.type_string(t);
                // The cause is "T does not implement I (why)"; I may hold parentheses.
                let prefix = format!("{ts} does not implement {} (", self.type_string(x.typ));
                let why = match cause.strip_prefix(&prefix) {
                    Some(rest) => rest.strip_suffix(')').unwrap_or(rest).to_string(),
                    None => cause
                        .find('(')
                        .map_or(cause.clone(), |i| cause[i + 1..cause.len().saturating_sub(1)].to_string()),
                };
                // (gc reports it at the start of the assertion.)
                self.error(
                    e.span,
                    format!(
                        "impossible type assertion: {s}.({ts})\n\t{ts} does not implement {} ({why})",
                        self.type_string(x.typ)
                    ),
                );
                let _ = d;
                return self.bad_op(e.span);
            }
        }
        self.op(Mode::CommaOk, t, e.span)
    }
}
