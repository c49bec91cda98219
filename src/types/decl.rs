//! Package-level declarations, checked on demand so that a name may be used before its
//! declaration (go/types' decl.go), and function bodies.

use gint_syntax::ast::{self, ExprKind};

use super::check::{Checker, Color, DeclRef};
use super::constant::Value;
use super::object::{ObjId, ObjKind, VarInfo};
use super::operand::{Mode, Operand};
use super::scope::ScopeKind;
use super::types::{Type, TypeId};

impl<'a> Checker<'a> {
    /// Checks every package-level declaration, in source order.
    pub(super) fn check_package_decls(&mut self) {
        let mut objs: Vec<ObjId> = self.decls.keys().copied().collect();
        objs.sort();
        for obj in objs {
            self.obj_decl(obj);
        }
    }

    /// Checks the declaration of a package-level object unless already done. An object
    /// met again while its own declaration is being checked is part of a cycle.
    pub(super) fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::White) => {}
            Some(Color::Grey) => {
                self.report_cycle(obj);
                return;
            }
            _ => return,
        }
        let Some(decl) = self.decls.get(&obj).copied() else { return };
        self.color.insert(obj, Color::Grey);
        let saved = (self.scope, self.iota.take(), self.func.take(), self.current_decl);
        self.scope = decl.file_scope;
        self.current_decl = Some(obj);
        self.obj_path.push(obj);
        let outer = self.begin_uses();
        match decl.decl {
            DeclRef::Const { typ, values, index, iota, .. } => self.const_decl(obj, typ, values, index, iota),
            DeclRef::Var { spec, index } => self.var_decl(obj, spec, index),
            DeclRef::Type { spec } => self.type_decl(obj, spec),
            DeclRef::Func { decl } => self.func_decl(obj, decl),
        }
        self.end_uses(Some(obj), outer);
        if let DeclRef::Var { spec, .. } = decl.decl {
            // `var a, b = f()` initializes both at once: needing either needs f.
            if spec.names.len() > 1 && spec.values.len() == 1 {
                self.share_refs(obj, spec);
            }
        }
        self.obj_path.pop();
        (self.scope, self.iota, self.func, self.current_decl) = saved;
        self.color.insert(obj, Color::Black);
    }

    /// `obj` was met while its own declaration is being checked (go/types' validCycle): a
    /// cycle of values only is left to the initialization order check, one through a type
    /// definition and no values is fine (its size is checked by `valid_type`); any other
    /// is an error.
    fn report_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else { return };
        let cycle = self.obj_path[start..].to_vec();
        let (mut nval, mut ndef) = (0, 0);
        for &o in &cycle {
            match self.objs.get(o).kind {
                ObjKind::Const(_) | ObjKind::Var(_) => nval += 1,
                ObjKind::TypeName if !matches!(self.decls.get(&o).map(|d| d.decl), Some(DeclRef::Type { spec }) if spec.alias) => {
                    ndef += 1
                }
                _ => {}
            }
        }
        if nval == cycle.len() || (nval == 0 && ndef > 0) {
            return;
        }
        let first = (0..cycle.len()).min_by_key(|&i| self.objs.get(cycle[i]).pos).unwrap_or(0);
        self.cycle_error(&cycle, first);
        if matches!(self.objs.get(obj).kind, ObjKind::Const(_) | ObjKind::Var(_)) {
            let invalid = self.invalid_type();
            self.objs.get_mut(obj).typ = invalid;
        }
    }

    /// "invalid recursive type T" (or "invalid cycle in declaration of c"), with a line
    /// "a refers to b" for each step of the cycle from `cycle[start]`.
    pub(super) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let obj = cycle[start];
        let o = self.objs.get(obj);
        let is_type = matches!(o.kind, ObjKind::TypeName);
        let (name, pos) = (self.cycle_name(obj), o.pos);
        if cycle.len() == 1 {
            let what = if is_type { "invalid recursive type" } else { "invalid cycle in declaration" };
            self.error(pos, format!("{what}: {name} refers to itself"));
            return;
        }
        let what = if is_type { "invalid recursive type" } else { "invalid cycle in declaration of" };
        let mut d = crate::diag::Diagnostic::error(pos, format!("{what} {name}"));
        for i in 0..cycle.len() {
            let (a, b) =
                (self.objs.get(cycle[(start + i) % cycle.len()]), self.objs.get(cycle[(start + i + 1) % cycle.len()]));
            let _ = b;
            let (an, bn) = (
                self.cycle_name(cycle[(start + i) % cycle.len()]),
                self.cycle_name(cycle[(start + i + 1) % cycle.len()]),
            );
            d = d.with_label(a.pos, format!("{an} refers to {bn}"));
        }
        self.diags.push(d);
    }

    /// An object's name in a cycle error: a generic type with its parameters (`Bad[T]`).
    fn cycle_name(&self, obj: ObjId) -> String {
        let o = self.objs.get(obj);
        if let Type::Named(n) = self.types.get(o.typ) {
            if !n.type_params.is_empty() && n.origin.is_none() {
                let ps: Vec<String> = n.type_params.iter().map(|&p| self.type_string(p)).collect();
                return format!("{}[{}]", o.name, ps.join(", "));
            }
        }
        o.name.to_string()
    }

    /// Reports a type that contains itself, directly or through arrays and struct fields
    /// (go/types' validType): `nest` holds the named types being expanded. The underlying
    /// type of a type found invalid becomes `Invalid`, so it is reported once.
    fn valid_type(&mut self, t: TypeId, nest: &mut Vec<TypeId>) -> bool {
        match self.types.get(t).clone() {
            Type::Array { elem, .. } => self.valid_type(elem, nest),
            Type::Struct { fields } => fields.iter().all(|f| self.valid_type(f.typ, nest)),
            Type::Named(n) => {
                // An instance of a generic type counts as its generic type.
                let t = n.origin.unwrap_or(t);
                if self.objs.get(n.obj).pkg != Some(self.pkg) || self.types.is_invalid(n.underlying.get()) {
                    // Another package's types are valid; an unresolved one is being declared.
                    return !self.types.is_invalid(n.underlying.get());
                }
                if let Some(start) = nest.iter().position(|&x| x == t) {
                    let cycle: Vec<ObjId> = nest[start..]
                        .iter()
                        .filter_map(|&x| match self.types.get(x) {
                            Type::Named(n) => Some(n.obj),
                            _ => None,
                        })
                        .collect();
                    self.cycle_error(&cycle, 0);
                    let invalid = self.invalid_type();
                    if let Some(n) = self.types.named_mut(t) {
                        n.underlying.set(invalid);
                    }
                    return false;
                }
                nest.push(t);
                let ok = self.valid_type(n.underlying.get(), nest);
                nest.pop();
                ok
            }
            _ => true,
        }
    }

    pub(super) fn local_const(
        &mut self,
        obj: ObjId,
        typ: Option<&'a ast::Expr>,
        values: &'a [ast::Expr],
        index: usize,
        iota: u32,
    ) {
        let saved = self.iota.take();
        self.const_decl(obj, typ, values, index, iota);
        self.iota = saved;
    }

    pub(super) fn local_type(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        self.type_decl(obj, spec);
    }

    fn const_decl(&mut self, obj: ObjId, typ: Option<&'a ast::Expr>, values: &'a [ast::Expr], index: usize, iota: u32) {
        self.iota = Some(Value::Int(iota.into()));
        let declared = typ.map(|t| self.typ(t));
        if let Some(t) = declared {
            if !self.types.is_invalid(t) && !self.is_const_type(t) {
                let s = self.type_string(t);
                self.error(typ.map_or(self.objs.get(obj).pos, |e| e.span), format!("invalid constant type {s}"));
                self.objs.get_mut(obj).typ = self.invalid_type();
                return;
            }
        }
        let pos = self.objs.get(obj).pos;
        let Some(init) = values.get(index) else {
            // Reported once per spec, at the first name without a value (go/types' arity).
            if index == values.len() {
                let name = self.objs.get(obj).name.clone();
                self.error(pos, format!("missing init expr for {name}"));
            }
            self.objs.get_mut(obj).typ = self.invalid_type();
            return;
        };
        let first_diag = self.diags.len();
        let mut x = self.expr(init);
        if !x.is_invalid() && !matches!(x.mode, Mode::Constant(_)) {
            let s = self.expr_string(init);
            let what = self.operand_description(&x);
            self.error(init.span, format!("{s} ({what}) is not constant"));
            x.mode = Mode::Invalid;
        }
        if let Some(t) = declared {
            self.assignment(&mut x, t, "constant declaration");
        }
        // An init expression repeated from an earlier spec (it precedes the name) reports
        // its errors at the constant's name, as go/types does.
        if init.span.lo < pos.lo && init.span.file == pos.file {
            for d in &mut self.diags[first_diag..] {
                d.span = pos;
            }
        }
        let (typ, value) = match &x.mode {
            Mode::Constant(v) => (x.typ, v.clone()),
            _ => (self.invalid_type(), Value::Unknown),
        };
        let o = self.objs.get_mut(obj);
        o.typ = typ;
        o.kind = ObjKind::Const(value);
        self.iota = None;
    }

    /// Whether `t` may be the type of a constant: a boolean, numeric or string type.
    pub(super) fn is_const_type(&self, t: super::types::TypeId) -> bool {
        self.types.basic_kind(t).is_some_and(|k| k.is_boolean() || k.is_numeric() || k.is_string())
    }

    fn var_decl(&mut self, obj: ObjId, spec: &'a ast::ValueSpec, index: usize) {
        let declared = spec.typ.as_ref().map(|t| self.typ(t));
        let lhs: Vec<ObjId> = spec.names.iter().filter_map(|n| self.info.object_of(n.id)).collect();
        if spec.values.is_empty() {
            let t = declared.unwrap_or_else(|| self.invalid_type());
            self.objs.get_mut(obj).typ = t;
            return;
        }
        if spec.values.len() == spec.names.len() {
            let init = &spec.values[index];
            let t = self.var_init(declared, init, "variable declaration");
            self.objs.get_mut(obj).typ = t;
            return;
        }
        // `var a, b = f()`: one multi-valued initializer for all names, checked once.
        for &o in &lhs {
            if o != obj {
                self.color.insert(o, Color::Black);
            }
        }
        let types = self.init_vars(&spec.names, declared, &spec.values, "variable declaration");
        for (o, t) in lhs.iter().zip(types) {
            self.objs.get_mut(*o).typ = t;
        }
    }

    /// Checks the initializer of one variable; returns the variable's type.
    pub(super) fn var_init(
        &mut self,
        declared: Option<super::types::TypeId>,
        init: &'a ast::Expr,
        context: &str,
    ) -> super::types::TypeId {
        // The declared type is the context an untyped shift takes its type from.
        let mut x = if declared.is_some() {
            self.expr_maybe_generic(init, declared)
        } else {
            self.expr_with_hint(init, declared)
        };
        self.single_value(&mut x);
        match declared {
            Some(t) => {
                self.assignment(&mut x, t, context);
                t
            }
            None => {
                if x.is_invalid() {
                    return self.invalid_type();
                }
                if x.mode == Mode::NoValue {
                    return self.invalid_type();
                }
                if self.types.basic_kind(x.typ) == Some(super::types::BasicKind::UntypedNil) {
                    self.error(init.span, format!("use of untyped nil in {context}"));
                    return self.invalid_type();
                }
                let t = super::predicates::default_type(&self.types, x.typ);
                self.assignment(&mut x, t, context);
                t
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if !spec.type_params.is_empty() {
            if spec.alias {
                self.generic_alias_decl(obj, spec);
                return;
            }
            self.generic_type_decl(obj, spec);
            return;
        }
        if spec.alias {
            let t = self.constraint_typ(&spec.typ);
            let t = if self.types.is_invalid(t) { t } else { self.types.new_alias(obj, t) };
            self.objs.get_mut(obj).typ = t;
            return;
        }
        let named = self.types.new_named(obj);
        self.objs.get_mut(obj).typ = named;
        let rhs = self.constraint_typ(&spec.typ);
        let under = self.types.underlying(rhs);
        if let Some(n) = self.types.named_mut(named) {
            n.underlying.set(under);
        }
        // `type T U` where U is still being declared: a cycle of names with no type
        // literal in it has no underlying type.
        if let Type::Named(n) = self.types.get(rhs) {
            if self.types.is_invalid(n.underlying.get()) {
                if let Some(start) = self.obj_path.iter().position(|&o| o == n.obj) {
                    let cycle = self.obj_path[start..].to_vec();
                    let first = (0..cycle.len()).min_by_key(|&i| self.objs.get(cycle[i]).pos).unwrap_or(0);
                    self.cycle_error(&cycle, first);
                }
            }
        }
        self.valid_type(named, &mut Vec::new());
        // The methods belong to the type: check their signatures now.
        for m in self.methods_of.get(&obj).cloned().unwrap_or_default() {
            self.obj_decl(m);
        }
    }

    /// `type G[P C] U`: the generic type, its underlying type in terms of its parameters.
    fn generic_type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        let named = self.types.new_named(obj);
        self.objs.get_mut(obj).typ = named;
        let saved = self.scope;
        self.scope = self.scopes.new_scope(Some(saved), ScopeKind::Func);
        let tparams = self.declare_type_params(&spec.type_params);
        if let Some(n) = self.types.named_mut(named) {
            n.type_params = tparams;
        }
        let rhs = self.constraint_typ(&spec.typ);
        self.scope = saved;
        let under = self.types.underlying(rhs);
        if self.types.is_type_param(rhs) {
            self.error(spec.typ.span, "cannot use a type parameter as RHS in type declaration");
        } else if let Some(n) = self.types.named_mut(named) {
            n.underlying.set(under);
        }
        self.types.expand_pending();
        self.valid_type(named, &mut Vec::new());
        for m in self.methods_of.get(&obj).cloned().unwrap_or_default() {
            self.obj_decl(m);
        }
    }

    /// `type A[P C] = T` (Go 1.24): each instance `A[X]` is T with X for P.
    fn generic_alias_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        let stand_in = self.types.new_named(obj);
        self.objs.get_mut(obj).typ = stand_in;
        let saved = self.scope;
        self.scope = self.scopes.new_scope(Some(saved), ScopeKind::Func);
        let tparams = self.declare_type_params(&spec.type_params);
        let mut target = self.constraint_typ(&spec.typ);
        self.scope = saved;
        if self.types.is_type_param(target) {
            self.error(spec.typ.span, "cannot use type parameter declared in alias declaration as RHS");
            target = self.invalid_type();
        }
        if let Some(n) = self.types.named_mut(stand_in) {
            n.type_params = tparams;
            n.underlying.set(target);
        }
        self.generic_aliases.insert(stand_in, target);
    }

    /// The receiver type `G[A, B]` or `*G[A, B]` of a method of generic type `G`: `G` itself
    /// (instantiated with its own parameters, which the names stand for; `_` names one
    /// that is not used). None if the receiver's base type is not generic.
    pub(super) fn generic_receiver_type(&mut self, t: &'a ast::Expr) -> Option<TypeId> {
        let (inner, ptr) = match &t.kind {
            ExprKind::Unary { op: ast::UnaryOp::Deref, x } => (&**x, true),
            _ => (t, false),
        };
        let ExprKind::Index { x, .. } = &inner.kind else { return None };
        let ExprKind::Ident(base) = &x.kind else { return None };
        let base_obj = self.scopes.lookup_local(self.pkg_scope, &base.name)?;
        let g = self.objs.get(base_obj).typ;
        match self.types.get(g) {
            Type::Named(n) if !n.type_params.is_empty() && n.origin.is_none() => {}
            _ => return None,
        }
        self.info.record_object(base.id, base_obj);
        let record = |this: &mut Self, e: &ast::Expr, t: TypeId| {
            this.info.record_type(e.id, super::info::TypeAndValue { mode: super::info::ExprMode::TypeExpr, typ: t });
        };
        record(self, x, g);
        record(self, inner, g);
        let full = if ptr { self.types.pointer(g) } else { g };
        record(self, t, full);
        Some(full)
    }

    /// In a method of generic type `G`, the receiver `G[A, B]` names G's type parameters
    /// `A` and `B`: declares them (as G's own parameters) in the method's scope.
    fn declare_receiver_type_params(&mut self, recv: &'a ast::Field) {
        let mut t = &recv.typ;
        loop {
            match &t.kind {
                ExprKind::Paren(x) | ExprKind::Unary { op: ast::UnaryOp::Deref, x } => t = x,
                _ => break,
            }
        }
        let ExprKind::Index { x, indices, .. } = &t.kind else { return };
        let ExprKind::Ident(base) = &x.kind else { return };
        let Some(base_obj) = self.scopes.lookup_local(self.pkg_scope, &base.name) else { return };
        let params = match self.types.get(self.objs.get(base_obj).typ) {
            Type::Named(n) => n.type_params.clone(),
            _ => return,
        };
        if params.len() != indices.len() {
            let (n, m) = (indices.len(), params.len());
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            self.error(
                t.span,
                format!("receiver declares {n} type parameter{}, but receiver base type declares {m}", plural(n)),
            );
        }
        for (i, ix) in indices.iter().enumerate().take(params.len()) {
            match &ix.kind {
                ExprKind::Ident(name) if name.name == "_" => {}
                ExprKind::Ident(name) => {
                    let o = self.new_object(&name.name, ObjKind::TypeName, name.span);
                    self.objs.get_mut(o).typ = params[i];
                    self.declare(self.scope, name, o);
                }
                _ => {
                    let s = self.expr_string(ix);
                    self.error(ix.span, format!("receiver type parameter {s} must be an identifier"));
                }
            }
        }
    }

    fn func_decl(&mut self, obj: ObjId, decl: &'a ast::FuncDecl) {
        // The receiver base type must be declared in this package.
        if let Some(recv) = &decl.recv {
            let (base, _) = super::resolver::receiver_base(&recv.typ);
            if let Some(base) = base {
                if let Some(base_obj) = self.scopes.lookup_local(self.pkg_scope, &base.name) {
                    self.obj_decl(base_obj);
                }
            }
        }
        let saved = self.scope;
        self.scope = self.scopes.new_scope(Some(saved), ScopeKind::Func);
        // A method's receiver type parameters come first; its own (Go 1.27) after them.
        if let Some(recv) = &decl.recv {
            self.declare_receiver_type_params(recv);
        }
        let tparams =
            if decl.type_params.is_empty() { Vec::new() } else { self.declare_type_params(&decl.type_params) };
        let (mut sig, _, _) = self.signature(&decl.sig, decl.recv.as_ref());
        if !tparams.is_empty() {
            if let Some(s) = self.types.signature(sig).cloned() {
                sig = self.types.intern(Type::Signature(super::types::Signature { type_params: tparams, ..s }));
            }
        }
        self.tparam_scopes.insert(obj, self.scope);
        self.scope = saved;
        self.objs.get_mut(obj).typ = sig;
        if let Some(recv) = &decl.recv {
            self.add_method(obj, decl, recv);
        }
    }

    /// Adds a method to the method list of its receiver's named type.
    fn add_method(&mut self, obj: ObjId, decl: &'a ast::FuncDecl, recv: &'a ast::Field) {
        let (base, _) = super::resolver::receiver_base(&recv.typ);
        let Some(base) = base else { return };
        let Some(base_obj) = self.scopes.lookup_local(self.pkg_scope, &base.name) else {
            // A predeclared type (int, error) is not declared in this package.
            if let Some((_, o)) = self.scopes.lookup(self.pkg_scope, &base.name) {
                if matches!(self.objs.get(o).kind, ObjKind::TypeName) {
                    let s = self.type_string(self.objs.get(o).typ);
                    self.error(recv.typ.span, format!("cannot define new methods on non-local type {s}"));
                }
            }
            return;
        };
        let base_type = self.objs.get(base_obj).typ;
        let ok = matches!(self.objs.get(base_obj).kind, ObjKind::TypeName)
            && matches!(self.types.get(base_type), Type::Named(_));
        if !ok {
            if !self.types.is_invalid(base_type) {
                let s = self.type_string(base_type);
                self.error(recv.typ.span, format!("cannot define new methods on non-local type {s}"));
            }
            return;
        }
        let under = self.types.underlying(base_type);
        match self.types.get(under) {
            Type::Pointer(_) | Type::Interface(_) => {
                let s = self.type_string(base_type);
                let what = if matches!(self.types.get(under), Type::Pointer(_)) { "pointer" } else { "interface" };
                self.error(recv.typ.span, format!("invalid receiver type {s} (pointer or interface type)"));
                let _ = what;
                return;
            }
            Type::Struct { fields } => {
                if fields.iter().any(|f| *f.name == *decl.name.name) {
                    let s = self.type_string(base_type);
                    self.error(decl.name.span, format!("field and method with the same name {}", decl.name.name));
                    let _ = s;
                    return;
                }
            }
            _ => {}
        }
        let existing: Vec<ObjId> = match self.types.get(base_type) {
            Type::Named(n) => n.methods.clone(),
            _ => vec![],
        };
        if decl.name.name != "_" {
            if let Some(&prev) = existing.iter().find(|&&m| *self.objs.get(m).name == *decl.name.name) {
                let s = self.type_string(base_type);
                let other = self.objs.get(prev).pos;
                let at = self.pos_string(other);
                let d = crate::diag::Diagnostic::error(
                    decl.name.span,
                    format!("method {s}.{} already declared at {at}", decl.name.name),
                )
                .with_label(other, format!("other declaration of {}", decl.name.name));
                self.diags.push(d);
                return;
            }
        }
        if let Some(n) = self.types.named_mut(base_type) {
            n.methods.push(obj);
        }
    }

    /// Checks a function body: parameters and results in the function scope, then the
    /// statements; reports unused variables and a missing return.
    pub(super) fn check_func_body(&mut self, decl: &'a ast::FuncDecl, file_scope: super::scope::ScopeId, obj: ObjId) {
        let Some(body) = self.bodies.map_or(decl.body.as_ref(), |b| b.body(decl)) else { return };
        let sig = self.objs.get(obj).typ;
        if self.types.is_invalid(sig) {
            return;
        }
        // The body sees the type parameters of a generic function or of its receiver.
        self.scope = self.tparam_scopes.get(&obj).copied().unwrap_or(file_scope);
        self.func_body(&decl.sig, decl.recv.as_ref(), sig, body, super::info::FrameOwner::Func(obj));
    }

    /// Checks the body of a function declaration or literal with signature `sig`.
    pub(super) fn func_body(
        &mut self,
        ftype: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
        sig: super::types::TypeId,
        body: &'a ast::Block,
        owner: super::info::FrameOwner,
    ) {
        let saved_scope = self.scope;
        let saved_func = self.func.take();
        let saved_iota = self.iota.take();
        let fscope = self.scopes.new_scope(Some(self.scope), ScopeKind::Func);
        self.scope = fscope;
        // Parameter objects were made when the signature was checked; find them again by
        // their identifiers and declare them in the function scope.
        let mut names: Vec<&'a ast::Ident> = Vec::new();
        if let Some(r) = recv {
            names.extend(r.names.iter());
        }
        for f in &ftype.params {
            names.extend(f.names.iter());
        }
        let mut named_results = Vec::new();
        for f in &ftype.results {
            for n in &f.names {
                names.push(n);
            }
        }
        for n in names {
            let obj = match self.info.object_of(n.id) {
                Some(o) => o,
                None => continue,
            };
            if ftype.results.iter().any(|f| f.names.iter().any(|r| r.id == n.id)) {
                named_results.push(obj);
            }
            self.declare(fscope, n, obj);
        }
        // Parameters (receiver, parameters, results, in order) take the first slots.
        let mut next_slot = 0;
        for f in recv.into_iter().chain(&ftype.params).chain(&ftype.results) {
            for n in &f.names {
                if let Some(v) = self.info.object_of(n.id).and_then(|o| self.objs.var_mut(o)) {
                    v.slot = next_slot;
                }
                next_slot += 1;
            }
        }
        self.func = Some(super::check::FuncCtx { sig, named_results, next_slot });
        let first_local = self.objs.len();
        self.stmt_list(&body.stmts);
        let has_results = self.types.signature(sig).is_some_and(|s| !s.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            let end = gint_syntax::span::Span { lo: body.span.hi.saturating_sub(1), ..body.span };
            self.error(end, "missing return");
        }
        self.check_branches(body);
        self.report_unused_vars(first_local);
        let frame_size = self.func.as_ref().map_or(0, |f| f.next_slot);
        self.info.record_frame_size(owner, frame_size);
        self.scope = saved_scope;
        self.func = saved_func;
        self.iota = saved_iota;
    }

    /// `declared and not used: x` for each local variable made since `first` and never read.
    fn report_unused_vars(&mut self, first: usize) {
        if !self.report_unused {
            return;
        }
        let mut unused = Vec::new();
        for i in first..self.objs.len() {
            let o = self.objs.get(ObjId(i as u32));
            if let ObjKind::Var(VarInfo { used: false, is_param: false, is_field: false, global: false, .. }) = o.kind {
                if &*o.name != "_" {
                    unused.push((o.pos, o.name.clone()));
                    self.objs.var_mut(ObjId(i as u32)).map(|v| v.used = true);
                }
            }
        }
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    /// Checks `var a, b = values` (or `a, b := values`) where the counts may differ
    /// because of a multi-valued call; returns the type of each name.
    pub(super) fn init_vars(
        &mut self,
        names: &'a [ast::Ident],
        declared: Option<super::types::TypeId>,
        values: &'a [ast::Expr],
        context: &str,
    ) -> Vec<super::types::TypeId> {
        let invalid = self.invalid_type();
        if values.len() == 1 && names.len() > 1 {
            let x = self.expr_list_value_n(&values[0], names.len());
            let elems: Vec<Operand> = x;
            if elems.len() == names.len() {
                return elems
                    .into_iter()
                    .map(|mut x| match declared {
                        Some(t) => {
                            self.assignment(&mut x, t, context);
                            t
                        }
                        None => {
                            let t = super::predicates::default_type(&self.types, x.typ);
                            self.assignment(&mut x, t, context);
                            t
                        }
                    })
                    .collect();
            }
            if !elems.is_empty() || !matches!(values[0].kind, ast::ExprKind::Call { .. }) {
                self.assign_mismatch(values[0].span, names.len(), values, elems.len());
            }
            return vec![invalid; names.len()];
        }
        // Otherwise each name takes its own value, and a count mismatch is reported as
        // go/types' arity does: at the first extra value or the first name without one.
        let types = names
            .iter()
            .enumerate()
            .map(|(i, _)| match values.get(i) {
                Some(v) => self.var_init(declared, v, context),
                None => declared.unwrap_or(invalid),
            })
            .collect();
        if let Some(extra) = values.get(names.len()) {
            let s = self.expr_string(extra);
            self.error(extra.span, format!("extra init expr {s}"));
        } else if let Some(name) = names.get(values.len()).filter(|_| !values.is_empty() || declared.is_none()) {
            self.error(name.span, format!("missing init expr for {}", name.name));
        }
        types
    }
}
