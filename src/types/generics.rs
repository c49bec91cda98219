//! Generic code in the checker (go/types' decl.go type parameters, instantiate.go,
//! infer.go, unify.go): declaring type parameters and their constraints, instantiating
//! generic types and functions with explicit type arguments, and inferring the type
//! arguments of a call from its arguments.

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::check::Checker;
use super::instantiate::Subst;
use super::object::ObjKind;
use super::operand::{Mode, Operand};
use super::types::{BasicKind, Interface, Term, Type, TypeId};

/// One instantiation inside generic code: type parameter `callee` is given an argument
/// mentioning type parameter `caller`, `grows` if the argument is more than `caller`.
pub struct MonoEdge {
    pub callee: TypeId,
    pub caller: TypeId,
    pub grows: bool,
    pub at: Span,
    pub arg: TypeId,
}

impl<'a> Checker<'a> {
    /// Records the instantiation of `params` with `args` at `at` for the cycle check.
    pub(super) fn record_instantiation(&mut self, params: &[TypeId], args: &[TypeId], at: Span) {
        for (&p, &a) in params.iter().zip(args) {
            let mut mentioned = Vec::new();
            mentioned.extend(self.types.type_params_in(a));
            for q in mentioned {
                self.mono_edges.push(MonoEdge { callee: p, caller: q, grows: q != a, at, arg: a });
            }
        }
    }

    /// Reports a cycle of instantiations that makes ever larger type arguments
    /// (`Depth[T]` calling `Depth[[]T]`): gint, like Go, could not make them all.
    pub(super) fn check_instantiation_cycles(&mut self) {
        let edges = std::mem::take(&mut self.mono_edges);
        for (i, e) in edges.iter().enumerate() {
            if !e.grows {
                continue;
            }
            // A growing edge callee ← caller closes a cycle if callee reaches caller again.
            let mut seen = vec![e.callee];
            let mut stack = vec![e.callee];
            let mut cycle = false;
            while let Some(t) = stack.pop() {
                if t == e.caller {
                    cycle = true;
                    break;
                }
                for f in edges.iter().filter(|f| f.caller == t) {
                    if !seen.contains(&f.callee) {
                        seen.push(f.callee);
                        stack.push(f.callee);
                    }
                }
            }
            if cycle || e.callee == e.caller {
                let Type::TypeParam { obj, .. } = *self.types.get(e.caller) else { continue };
                let pos = self.objs.get(obj).pos;
                let (ps, args) = (self.type_string(e.callee), self.type_string(e.arg));
                let d = crate::diag::Diagnostic::error(pos, "instantiation cycle:")
                    .with_label(e.at, format!("{ps} instantiated as {args}"));
                self.diags.push(d);
                let _ = i;
                return;
            }
        }
    }

    /// Declares a type parameter list in the current scope: all names first (a constraint
    /// may refer to any parameter of the list), then their constraints.
    pub(super) fn declare_type_params(&mut self, fields: &'a [ast::Field]) -> Vec<TypeId> {
        let mut tparams = Vec::new();
        for f in fields {
            for name in &f.names {
                let obj = self.new_object(&name.name, ObjKind::TypeName, name.span);
                let t = self.types.new_type_param(obj, tparams.len() as u32, self.invalid_type());
                self.objs.get_mut(obj).typ = t;
                self.declare(self.scope, name, obj);
                tparams.push(t);
            }
        }
        let mut i = 0;
        for f in fields {
            let c = self.constraint(&f.typ);
            for _ in &f.names {
                self.types.set_type_param_constraint(tparams[i], c);
                i += 1;
            }
        }
        tparams
    }

    /// A constraint: an interface, or a type or union of terms standing for the interface
    /// of just those (`[T ~int | ~string]`).
    fn constraint(&mut self, e: &'a ast::Expr) -> TypeId {
        let terms = match &e.kind {
            ExprKind::Binary { op: ast::BinaryOp::Or, .. } | ExprKind::Unary { op: ast::UnaryOp::Tilde, .. } => {
                self.union_terms(e)
            }
            _ => {
                let t = self.constraint_typ(e);
                if self.types.is_invalid(t) || self.types.is_interface(t) {
                    return t;
                }
                if self.types.is_type_param(t) {
                    self.error(e.span, format!("cannot use a type parameter as constraint"));
                    return self.invalid_type();
                }
                vec![Term { tilde: false, typ: t }]
            }
        };
        self.types.intern(Type::Interface(Interface { methods: Vec::new(), terms: Some(terms), comparable: false }))
    }

    /// Checks that each type argument satisfies its parameter's constraint (with the
    /// arguments substituted into it); reports the first that does not.
    pub(super) fn verify_type_args(&mut self, tparams: &[TypeId], targs: &[TypeId], spans: &[Span], at: Span) -> bool {
        self.verify_inferred_type_args(tparams, targs, spans, at, None)
    }

    /// `verify_type_args`, where `inferred` names the function called and which type
    /// arguments were inferred from typed arguments: gc's message then says so ("in call
    /// to F, T (type ID) does not satisfy …").
    pub(super) fn verify_inferred_type_args(
        &mut self,
        tparams: &[TypeId],
        targs: &[TypeId],
        spans: &[Span],
        at: Span,
        inferred: Option<(&str, &[bool])>,
    ) -> bool {
        let s = Subst::new(tparams.to_vec(), targs.to_vec());
        for (i, (&p, &a)) in tparams.iter().zip(targs).enumerate() {
            let Type::TypeParam { constraint, .. } = *self.types.get(p) else { continue };
            if self.types.is_invalid(constraint) || self.types.is_invalid(a) {
                continue;
            }
            let c = self.types.subst(constraint, &s);
            let qf = self.qualifier();
            let r = super::predicates::satisfies(&self.types, &self.objs, a, c, &*qf);
            drop(qf);
            if let Err(mut cause) = r {
                // gc checks a constraint's methods while inferring (and says so); type sets
                // and comparability are verified afterwards, without the call's name.
                let about_methods = cause.contains("method");
                if let Some((f, _)) = inferred.filter(|(_, typed)| typed.get(i) == Some(&true) && about_methods) {
                    let (ps, as_) = (self.type_string(p), self.type_string(a));
                    if let Some(rest) = cause.strip_prefix(&format!("{as_} ")) {
                        cause = format!("in call to {f}, {ps} (type {as_}) {rest}");
                    }
                }
                self.error(spans.get(i).copied().unwrap_or(at), cause);
                return false;
            }
        }
        true
    }

    /// Why type parameter `t` has no core type, as gc says it: "no specific type", or
    /// "int and uint8 have different underlying types".
    pub(super) fn no_core_cause(&self, t: TypeId) -> String {
        let Some(terms) = self.types.type_set_terms(t) else { return "no specific type".to_string() };
        let Some(first) = terms.first() else { return "no specific type".to_string() };
        let u0 = self.types.underlying(first.typ);
        for term in &terms[1..] {
            let u = self.types.underlying(term.typ);
            if !super::predicates::identical(&self.types, u0, u) {
                let (a, b) = (self.type_string(u0), self.type_string(u));
                return format!("{a} and {b} have different underlying types");
            }
        }
        "no specific type".to_string()
    }

    /// Why a type parameter is no channel to send on (`send`) or receive from, as gc says.
    pub(super) fn chan_core_cause(&self, t: TypeId, send: bool) -> String {
        let none = "no specific channel type".to_string();
        let Some(terms) = self.types.type_set_terms(t) else { return none };
        let mut elem: Option<(TypeId, TypeId)> = None;
        for term in &terms {
            let u = self.types.underlying(term.typ);
            let Type::Chan { dir, elem: e } = *self.types.get(u) else { return none };
            let ts = self.type_string(u);
            if send && dir == super::types::ChanDir::Recv {
                return format!("receive-only channel {ts}");
            }
            if !send && dir == super::types::ChanDir::Send {
                return format!("send-only channel {ts}");
            }
            match elem {
                Some((first, fe)) if !super::predicates::identical(&self.types, fe, e) => {
                    let fs = self.type_string(first);
                    return format!("channels {fs} and {ts} have different element types");
                }
                None => elem = Some((u, e)),
                _ => {}
            }
        }
        none
    }

    /// `G[A, B]` as a type: the instance of generic type `G`.
    pub(super) fn instantiate_type_expr(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> TypeId {
        let g = self.expr_or_type(x);
        if g.is_invalid() {
            return self.invalid_type();
        }
        let params = match self.types.get(g.typ) {
            Type::Named(n) if g.mode == Mode::TypeExpr && n.origin.is_none() && !n.type_params.is_empty() => {
                n.type_params.clone()
            }
            _ => {
                let s = self.expr_string(x);
                if g.mode == Mode::TypeExpr {
                    let es = self.expr_string(e);
                    self.error(e.span, format!("invalid operation: {es} ({s} is not a generic type)"));
                } else {
                    self.error(x.span, format!("{s} is not a type"));
                }
                return self.invalid_type();
            }
        };
        let args: Vec<TypeId> = indices.iter().map(|i| self.typ(i)).collect();
        if args.iter().any(|&a| self.types.is_invalid(a)) {
            return self.invalid_type();
        }
        if args.len() != params.len() {
            let which = if args.len() < params.len() { "not enough" } else { "too many" };
            let s = self.expr_string(x);
            let at = if args.len() < params.len() { e.span } else { indices[params.len()].span };
            self.error(at, format!("{which} type arguments for type {s}: have {}, want {}", args.len(), params.len()));
            return self.invalid_type();
        }
        let spans: Vec<Span> = indices.iter().map(|i| i.span).collect();
        if let Some(&target) = self.generic_aliases.get(&g.typ) {
            if !self.verify_type_args(&params, &args, &spans, e.span) {
                return self.invalid_type();
            }
            return self.types.subst(target, &Subst::new(params, args));
        }
        // Constraints may not be known yet while the generic type is being declared.
        if !params.iter().any(
            |&p| matches!(self.types.get(p), Type::TypeParam { constraint, .. } if self.types.is_invalid(*constraint)),
        ) {
            self.verify_type_args(&params, &args, &spans, e.span);
        }
        self.record_instantiation(&params, &args, e.span);
        self.types.instantiate(g.typ, &args)
    }

    /// `f[A, B]` not called: a generic function with all its type arguments given.
    pub(super) fn instantiate_func_value(&mut self, e: &'a ast::Expr, f: Operand, indices: &'a [ast::Expr]) -> Operand {
        let tparams = self.types.sig_type_params(f.typ).to_vec();
        let args: Vec<TypeId> = indices.iter().map(|i| self.typ(i)).collect();
        if args.iter().any(|&a| self.types.is_invalid(a)) {
            return Operand::invalid(e.span, self.invalid_type());
        }
        if args.len() > tparams.len() {
            self.error(
                indices[tparams.len()].span,
                format!("got {} type arguments but want {}", args.len(), tparams.len()),
            );
            return Operand::invalid(e.span, self.invalid_type());
        }
        if args.len() < tparams.len() {
            let s = self.expr_string(e);
            let missing = self.type_string(tparams[args.len()]);
            self.error(e.span, format!("in call to {s}, cannot infer {missing}"));
            return Operand::invalid(e.span, self.invalid_type());
        }
        let spans: Vec<Span> = indices.iter().map(|i| i.span).collect();
        if !self.verify_type_args(&tparams, &args, &spans, e.span) {
            return Operand::invalid(e.span, self.invalid_type());
        }
        self.record_instantiation(&tparams, &args, e.span);
        let sig = self.types.instantiate_signature(f.typ, &args);
        if let Some(id) = generic_name_id(e) {
            self.info.record_instance(id, args);
        }
        Operand { mode: Mode::Value, typ: sig, id: None, span: e.span }
    }

    /// Infers the type arguments of a call of generic function type `sig` from the
    /// arguments (with `explicit` ones given first); reports what cannot be inferred.
    pub(super) fn infer(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        sig: TypeId,
        explicit: &[TypeId],
        args: &[Operand],
    ) -> Option<(Vec<TypeId>, Vec<bool>)> {
        let Some(s) = self.types.signature(sig).cloned() else { return None };
        let tparams = s.type_params.clone();
        let mut u = Unifier { tparams: &tparams, bound: vec![None; tparams.len()], objs: &self.objs };
        for (i, &t) in explicit.iter().enumerate() {
            if i < u.bound.len() {
                u.bound[i] = Some(t);
            }
        }
        let fixed = if s.variadic { s.params.len() - 1 } else { s.params.len() };
        let param_of = |i: usize| -> Option<TypeId> {
            if i < fixed {
                s.params.get(i).copied()
            } else if s.variadic {
                match self.types.get(s.params[fixed]) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                }
            } else {
                None
            }
        };
        let spread = matches!(call.kind, ExprKind::Call { ellipsis: Some(_), .. });
        // Typed arguments first.
        let mut untyped: Vec<(usize, TypeId)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let p = if spread && i == fixed { s.params.get(fixed).copied() } else { param_of(i) };
            let Some(p) = p else { continue };
            // A generic function argument is instantiated by its parameter's type later.
            if !self.types.sig_type_params(a.typ).is_empty() {
                continue;
            }
            if self.types.is_untyped(a.typ) {
                if let Some(k) = tparams.iter().position(|&tp| tp == p) {
                    untyped.push((k, a.typ));
                }
                continue;
            }
            let before = u.bound.clone();
            if !u.unify(&self.types, p, a.typ, true) {
                u.bound = before;
                let at = self.type_string(a.typ);
                let an = self.span_text(a.span);
                let what = self.mismatch_target(&u, p);
                let f = self.expr_string(fun);
                self.error(a.span, format!("in call to {f}, type {at} of {an} does not match {what}"));
                return None;
            }
        }
        // Bindings made from a constraint's core type are in terms of the callee's own
        // parameters (substituted below); bindings from arguments are the caller's types,
        // which may mention the same parameters in a recursive call and stay as they are.
        let mut from_core = vec![false; tparams.len()];
        // Core types of constraints: `S ~[]E` with S known gives E.
        for _ in 0..tparams.len() + 1 {
            let mut changed = false;
            for (k, &tp) in tparams.iter().enumerate() {
                let Type::TypeParam { constraint, .. } = *self.types.get(tp) else { continue };
                let Some(core) = self.types.core_of_constraint(constraint) else { continue };
                let single_tilde = self.types.type_set_terms(tp).is_some_and(|ts| ts.len() == 1);
                match u.bound[k] {
                    Some(b) => {
                        let before = u.bound.clone();
                        let bu = self.types.core(b);
                        if !u.unify(&self.types, core, bu, true) {
                            let f = self.expr_string(fun);
                            let (ps, bs) = (self.type_string(tp), self.type_string(b));
                            let cs = self.constraint_string(constraint);
                            self.error(call.span, format!("in call to {f}, {ps} (type {bs}) does not satisfy {cs}"));
                            return None;
                        }
                        changed |= before != u.bound;
                    }
                    None if single_tilde && self.types.type_set_terms(tp).is_some_and(|ts| !ts[0].tilde) => {
                        let c = self.types.subst(core, &u.subst_known());
                        u.bound[k] = Some(c);
                        from_core[k] = true;
                        changed = true;
                    }
                    None => {}
                }
            }
            if !changed {
                break;
            }
        }
        // Which arguments came from typed arguments (errors about them say so).
        let from_typed: Vec<bool> = (0..tparams.len()).map(|k| k >= explicit.len() && u.bound[k].is_some()).collect();
        // Untyped constants: the default type of the "largest" kind per parameter.
        for k in 0..tparams.len() {
            if u.bound[k].is_some() {
                continue;
            }
            let mut best: Option<TypeId> = None;
            for &(i, t) in &untyped {
                if i != k || self.types.basic_kind(t) == Some(BasicKind::UntypedNil) {
                    continue;
                }
                best = match best {
                    None => Some(t),
                    Some(b) if untyped_rank(&self.types, t) == 0 || untyped_rank(&self.types, b) == 0 => {
                        if self.types.basic_kind(t) != self.types.basic_kind(b) {
                            let (bs, ts) = (self.type_string(b), self.type_string(t));
                            let f = self.expr_string(fun);
                            let name = self.type_string(tparams[k]);
                            self.error(
                                call.span,
                                format!("in call to {f}, mismatched types {bs} and {ts} (cannot infer {name})"),
                            );
                            return None;
                        }
                        Some(b)
                    }
                    Some(b) if untyped_rank(&self.types, t) > untyped_rank(&self.types, b) => Some(t),
                    keep => keep,
                };
            }
            if let Some(b) = best {
                u.bound[k] = Some(super::predicates::default_type(&self.types, b));
            }
        }
        // Arguments may refer to other parameters (`S` bound to `[]E`): substitute until done.
        let mut targs: Vec<TypeId> = Vec::new();
        for k in 0..tparams.len() {
            match u.bound[k] {
                Some(t) => targs.push(t),
                None => {
                    let f = self.expr_string(fun);
                    self.cannot_infer(&f, tparams[k], call.span);
                    return None;
                }
            }
        }
        for _ in 0..tparams.len() {
            let s = Subst::new(tparams.clone(), targs.clone());
            for k in 0..targs.len() {
                if from_core[k] {
                    targs[k] = self.types.subst(targs[k], &s);
                }
            }
        }
        Some((targs, from_typed))
    }

    /// A constraint as gc prints it in messages: an unnamed interface of type terms only
    /// (usually written as a bare union, `[S ~[]E]`) as its terms.
    fn constraint_string(&self, c: TypeId) -> String {
        if let Type::Interface(i) = self.types.get(c) {
            if let (Some(terms), true, false) = (&i.terms, i.methods.is_empty(), i.comparable) {
                let parts: Vec<String> = terms
                    .iter()
                    .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.typ)))
                    .collect();
                return parts.join(" | ");
            }
        }
        self.type_string(c)
    }

    /// "in call to F, cannot infer T (declared at x.go:3:11)".
    fn cannot_infer(&mut self, fname: &str, tparam: TypeId, at: Span) {
        let name = self.type_string(tparam);
        let declared = match self.types.get(tparam) {
            Type::TypeParam { obj, .. } => self.pos_string(self.objs.get(*obj).pos),
            _ => String::new(),
        };
        self.error(at, format!("in call to {fname}, cannot infer {name} (declared at {declared})"));
    }

    /// What an argument failed to match, as gc says it: "inferred type int for T",
    /// "map[K]V (cannot infer K and V)", "inferred type func(string) string for func(T) T".
    fn mismatch_target(&self, u: &Unifier<'_>, p: TypeId) -> String {
        let ps = self.type_string(p);
        let mut mentioned = Vec::new();
        mentioned.extend(self.types.type_params_in(p));
        let unbound: Vec<String> = mentioned
            .iter()
            .filter(|&&t| u.tparams.iter().position(|&q| q == t).is_some_and(|k| u.bound[k].is_none()))
            .map(|&t| self.type_string(t))
            .collect();
        if unbound.is_empty() {
            let inferred = self.type_string(self.types.subst(p, &u.subst_known()));
            return format!("inferred type {inferred} for {ps}");
        }
        let list = match unbound.len() {
            1 => unbound[0].clone(),
            2 => format!("{} and {}", unbound[0], unbound[1]),
            n => format!("{}, and {}", unbound[..n - 1].join(", "), unbound[n - 1]),
        };
        format!("{ps} (cannot infer {list})")
    }

    /// The signature of a call of a generic function: type arguments inferred (and
    /// verified), the instance recorded for the evaluator. None after an error.
    pub(super) fn instantiate_call(
        &mut self,
        call: &'a ast::Expr,
        fun: &'a ast::Expr,
        sig: TypeId,
        explicit: &[TypeId],
        args: &[Operand],
    ) -> Option<TypeId> {
        let tparams = self.types.sig_type_params(sig).to_vec();
        // With every type argument given there is nothing to infer: the arguments are then
        // simply assigned to the instance's parameters.
        let (targs, from_typed) = if explicit.len() == tparams.len() {
            (explicit.to_vec(), vec![false; tparams.len()])
        } else {
            self.infer(call, fun, sig, explicit, args)?
        };
        let spans: Vec<Span> = vec![fun.span; targs.len()];
        let fname = self.expr_string(fun);
        if !self.verify_inferred_type_args(&tparams, &targs, &spans, fun.span, Some((&fname, &from_typed))) {
            return None;
        }
        self.record_instantiation(&tparams, &targs, call.span);
        let inst = self.types.instantiate_signature(sig, &targs);
        if let Some(id) = generic_name_id(fun) {
            self.info.record_instance(id, targs);
        }
        self.info.record_type(fun.id, super::info::TypeAndValue { mode: super::info::ExprMode::Value, typ: inst });
        Some(inst)
    }
}

impl<'a> Checker<'a> {
    /// A generic function value assigned to function type `t`: its type arguments are
    /// inferred by unifying its signature with `t` (Go 1.21), and the instance recorded
    /// under the operand's expression. Reports what cannot be inferred.
    pub(super) fn instantiate_by_target(&mut self, x: &mut Operand, t: TypeId) {
        let generic = x.typ;
        let tparams = self.types.sig_type_params(generic).to_vec();
        let Some(gs) = self.types.signature(generic).cloned() else { return };
        let target = self.types.core(t);
        let name = self.span_text(x.span);
        let Some(ts) = self.types.signature(target).cloned() else {
            self.error(x.span, format!("cannot use generic function {name} without instantiation"));
            x.mode = Mode::Invalid;
            return;
        };
        let mut u = Unifier { tparams: &tparams, bound: vec![None; tparams.len()], objs: &self.objs };
        let ok = gs.params.len() == ts.params.len()
            && gs.results.len() == ts.results.len()
            && gs.params.iter().zip(&ts.params).all(|(&p, &a)| u.unify(&self.types, p, a, false))
            && gs.results.iter().zip(&ts.results).all(|(&p, &a)| u.unify(&self.types, p, a, false));
        let targs: Option<Vec<TypeId>> = u.bound.iter().copied().collect();
        let Some(targs) = targs.filter(|_| ok) else {
            let missing = u.bound.iter().position(|b| b.is_none()).unwrap_or(0);
            self.cannot_infer(&name, tparams[missing], x.span);
            x.mode = Mode::Invalid;
            return;
        };
        let spans = vec![x.span; targs.len()];
        if !self.verify_type_args(&tparams, &targs, &spans, x.span) {
            x.mode = Mode::Invalid;
            return;
        }
        self.record_instantiation(&tparams, &targs, x.span);
        let inst = self.types.instantiate_signature(generic, &targs);
        if let Some(id) = x.id {
            self.info.record_instance(id, targs);
            self.info.record_type(id, super::info::TypeAndValue { mode: super::info::ExprMode::Value, typ: inst });
        }
        x.typ = inst;
    }
}

/// The node naming a generic function in `f`, `pkg.f`, `f[T]`, `(f)`: where its instance is
/// recorded.
pub(super) fn generic_name_id(e: &ast::Expr) -> Option<ast::NodeId> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id.id),
        ExprKind::Selector { sel, .. } => Some(sel.id),
        ExprKind::Index { x, .. } | ExprKind::Paren(x) => generic_name_id(x),
        _ => None,
    }
}

fn untyped_rank(types: &super::types::TypeTable, t: TypeId) -> u8 {
    match types.basic_kind(t) {
        Some(BasicKind::UntypedInt) => 1,
        Some(BasicKind::UntypedRune) => 2,
        Some(BasicKind::UntypedFloat) => 3,
        Some(BasicKind::UntypedComplex) => 4,
        _ => 0,
    }
}

/// Type unification (go/types' unify.go, simplified): binds the type parameters of one
/// generic function so that a parameter type and an argument type become identical;
/// `inexact` lets a named type match an unnamed type through its underlying type.
struct Unifier<'t> {
    tparams: &'t [TypeId],
    bound: Vec<Option<TypeId>>,
    /// For the methods of argument types (interface inference).
    objs: &'t super::object::Objects,
}

impl Unifier<'_> {
    fn subst_known(&self) -> Subst {
        let (mut ps, mut args) = (Vec::new(), Vec::new());
        for (k, b) in self.bound.iter().enumerate() {
            if let Some(b) = b {
                ps.push(self.tparams[k]);
                args.push(*b);
            }
        }
        Subst::new(ps, args)
    }

    fn unify(&mut self, types: &super::types::TypeTable, p: TypeId, a: TypeId, inexact: bool) -> bool {
        self.unify_depth(types, p, a, inexact, 0)
    }

    fn unify_depth(&mut self, types: &super::types::TypeTable, p: TypeId, a: TypeId, inexact: bool, d: u32) -> bool {
        use super::predicates::identical;
        if d > 64 {
            return true;
        }
        let p = types.unalias(p);
        let a = types.unalias(a);
        if let Some(k) = self.tparams.iter().position(|&t| t == p) {
            return match self.bound[k] {
                None => {
                    self.bound[k] = Some(a);
                    true
                }
                Some(b) => {
                    if identical(types, b, a) {
                        return true;
                    }
                    // A named and an unnamed type with the same underlying type: the
                    // named one wins (go/types keeps the defined type).
                    if inexact {
                        let (bn, an) = (is_defined(types, b), is_defined(types, a));
                        if bn != an && identical(types, types.underlying(b), types.underlying(a)) {
                            if an {
                                self.bound[k] = Some(a);
                            }
                            return true;
                        }
                    }
                    false
                }
            };
        }
        if p == a && !self.tparams.is_empty() && !types.mentions_any(p, self.tparams) {
            return true;
        }
        let d = d + 1;
        // An interface parameter and a concrete argument: the argument's methods give the
        // interface's type arguments (go/types' interface inference).
        if inexact && types.is_interface(p) && !types.is_interface(a) && !types.is_type_param(a) {
            return self.unify_methods(types, p, a, d);
        }
        match (types.get(p), types.get(a)) {
            (Type::Named(pn), Type::Named(an)) => {
                if pn.origin.is_some() && pn.origin == an.origin {
                    let (pa, aa) = (pn.type_args.clone(), an.type_args.clone());
                    return pa.iter().zip(&aa).all(|(&x, &y)| self.unify_depth(types, x, y, false, d));
                }
                if pn.origin.is_some() && an.origin.is_none() && Some(p) != an.origin {
                    // p is an instance of a type `a` may embed or be: no match.
                    return false;
                }
                if inexact {
                    return self.unify_depth(types, types.underlying(p), types.underlying(a), false, d);
                }
                false
            }
            (Type::Named(_), _) | (_, Type::Named(_)) if inexact => {
                let (pu, au) = (types.underlying(p), types.underlying(a));
                if pu == p && au == a {
                    return false;
                }
                self.unify_depth(types, pu, au, false, d)
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                let (x, y) = (*x, *y);
                self.unify_depth(types, x, y, false, d)
            }
            (Type::Array { len: l1, elem: e1 }, Type::Array { len: l2, elem: e2 }) => {
                let (e1, e2) = (*e1, *e2);
                l1 == l2 && self.unify_depth(types, e1, e2, false, d)
            }
            (Type::Map { key: k1, value: v1 }, Type::Map { key: k2, value: v2 }) => {
                let (k1, v1, k2, v2) = (*k1, *v1, *k2, *v2);
                self.unify_depth(types, k1, k2, false, d) && self.unify_depth(types, v1, v2, false, d)
            }
            (Type::Chan { elem: e1, dir: d1 }, Type::Chan { elem: e2, dir: d2 }) => {
                let (e1, e2) = (*e1, *e2);
                (d1 == d2 || inexact) && self.unify_depth(types, e1, e2, false, d)
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                let (s1, s2) = (s1.clone(), s2.clone());
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(&s2.params).all(|(&x, &y)| self.unify_depth(types, x, y, false, d))
                    && s1.results.iter().zip(&s2.results).all(|(&x, &y)| self.unify_depth(types, x, y, false, d))
            }
            (Type::Struct { fields: f1 }, Type::Struct { fields: f2 }) => {
                let (f1, f2) = (f1.clone(), f2.clone());
                f1.len() == f2.len()
                    && f1.iter().zip(&f2).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && self.unify_depth(types, x.typ, y.typ, false, d)
                    })
            }
            // Types of different shapes match only if there is nothing to bind (the
            // argument's assignability is checked once the type arguments are known).
            _ => !types.mentions_any(p, self.tparams),
        }
    }
}

impl Unifier<'_> {
    /// Each method of interface `p` must be a method of `a`, their signatures unified.
    fn unify_methods(&mut self, types: &super::types::TypeTable, p: TypeId, a: TypeId, d: u32) -> bool {
        let Some(iface) = types.interface(p).cloned() else { return false };
        let mset = super::lookup::method_set(types, self.objs, a);
        let ptr_set = super::lookup::method_set(types, self.objs, types.pointer(a));
        iface.methods.iter().all(|m| {
            let found = mset.iter().chain(&ptr_set).find(|e| e.name == m.name).map(|e| e.sig);
            match found {
                Some(sig) => self.unify_depth(types, m.sig, sig, false, d),
                None => false,
            }
        })
    }
}

fn is_defined(types: &super::types::TypeTable, t: TypeId) -> bool {
    matches!(types.get(t), Type::Named(_) | Type::Basic(_))
}
