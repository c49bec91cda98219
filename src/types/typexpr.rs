//! Type expressions: from the AST of a type (`[]map[string]*T`) to a `TypeId`
//! (go/types' typexpr.go, struct.go, interface.go, signature.go).

use std::rc::Rc;

use gint_syntax::ast::{self, ExprKind};

use super::check::Checker;
use super::constant::Value;
use super::object::{ObjId, ObjKind, VarInfo};
use super::operand::Mode;
use super::scope::ScopeKind;
use super::types::{BasicKind, ChanDir, Field, Interface, Method, Signature, Type, TypeId};

impl<'a> Checker<'a> {
    /// The type a type expression denotes; reports an error and returns `Invalid` otherwise.
    pub(super) fn typ(&mut self, e: &'a ast::Expr) -> TypeId {
        let constraint_ok = std::mem::take(&mut self.constraint_ok);
        let t = self.typ_inner(e);
        self.record_type_expr(e, t);
        if !constraint_ok && !self.types.is_type_param(t) {
            if let Some(i) = self.types.interface(t) {
                let why = if i.terms.is_some() {
                    Some("interface contains type constraints")
                } else if i.comparable {
                    Some("interface is (or embeds) comparable")
                } else {
                    None
                };
                if let Some(why) = why {
                    let ts = self.type_string(t);
                    self.error(e.span, format!("cannot use type {ts} outside a type constraint: {why}"));
                    return self.invalid_type();
                }
            }
        }
        t
    }

    /// `typ` where a constraint interface may stand.
    pub(super) fn constraint_typ(&mut self, e: &'a ast::Expr) -> TypeId {
        self.constraint_ok = true;
        let t = self.typ(e);
        self.constraint_ok = false;
        t
    }

    fn record_type_expr(&mut self, e: &ast::Expr, t: TypeId) {
        self.info.record_type(e.id, super::info::TypeAndValue { mode: super::info::ExprMode::TypeExpr, typ: t });
    }

    fn typ_inner(&mut self, e: &'a ast::Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => {
                        if let Type::Named(n) = self.types.get(x.typ) {
                            if !n.type_params.is_empty() && n.origin.is_none() {
                                let s = self.type_string(x.typ);
                                self.error(e.span, format!("cannot use generic type {s} without instantiation"));
                                return self.invalid_type();
                            }
                        }
                        x.typ
                    }
                    Mode::Invalid => self.invalid_type(),
                    _ => {
                        let s = self.expr_string(e);
                        self.error(e.span, format!("{s} is not a type"));
                        self.invalid_type()
                    }
                }
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Unary { op: ast::UnaryOp::Deref, x } => {
                let elem = self.typ(x);
                self.types.pointer(elem)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let elem = self.typ(elem);
                self.types.slice(elem)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                let n = self.array_length(len);
                let elem = self.typ(elem);
                match n {
                    Some(n) => self.types.intern(Type::Array { len: n, elem }),
                    None => self.invalid_type(),
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.typ(key);
                let v = self.typ(value);
                if !self.types.is_invalid(k) && !super::predicates::comparable(&self.types, k) {
                    let s = self.type_string(k);
                    let why = if self.types.is_type_param(k) { " (missing comparable constraint)" } else { "" };
                    self.error(key.span, format!("invalid map key type {s}{why}"));
                }
                self.types.intern(Type::Map { key: k, value: v })
            }
            ExprKind::ChanType { dir, elem } => {
                let elem = self.typ(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(Type::Chan { dir, elem })
            }
            ExprKind::FuncType(f) => self.signature(f, None).0,
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Index { x, indices, .. } => self.instantiate_type_expr(e, x, indices),
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                self.invalid_type()
            }
            ExprKind::Bad => self.invalid_type(),
            _ => {
                let s = self.expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                self.invalid_type()
            }
        }
    }

    /// The length of an array type: a non-negative constant integer.
    fn array_length(&mut self, e: &'a ast::Expr) -> Option<u64> {
        if let ExprKind::Ellipsis(None) = e.kind {
            self.error(e.span, "invalid use of [...] array (outside a composite literal)");
            return None;
        }
        // A name that is no constant is not evaluated (so not used): go/types' arrayLength.
        if let ExprKind::Ident(id) = &e.kind {
            match self.scopes.lookup(self.scope, &id.name) {
                None => {
                    self.error(e.span, format!("undefined array length {} or missing type constraint", id.name));
                    return None;
                }
                Some((_, obj)) if !matches!(self.objs.get(obj).kind, ObjKind::Const(_)) => {
                    self.error(e.span, format!("invalid array length {}", id.name));
                    return None;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        let s = self.expr_string(e);
        let d = self.operand_description(&x);
        let Mode::Constant(v) = &x.mode else {
            self.error(e.span, format!("array length {s} ({d}) must be constant"));
            return None;
        };
        let kind = self.types.basic_kind(x.typ);
        if self.types.is_untyped(x.typ) || kind.is_some_and(|k| k.is_integer()) {
            if let Some(Value::Int(n)) = super::constant::to_int(v) {
                if let Ok(n) = i64::try_from(&n) {
                    if n >= 0 {
                        return Some(n as u64);
                    }
                }
            }
        }
        if kind.is_some_and(|k| k.is_integer()) {
            self.error(e.span, format!("invalid array length {s} ({d})"));
        } else {
            self.error(e.span, format!("array length {s} ({d}) must be integer"));
        }
        None
    }

    /// The type of a function signature; with a receiver field for methods. Returns the
    /// signature type and the parameter/result objects (declared later in the body scope).
    pub(super) fn signature(
        &mut self,
        f: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
    ) -> (TypeId, Vec<(ObjId, &'a ast::Ident)>, Vec<(ObjId, &'a ast::Ident)>) {
        let mut params = Vec::new();
        let mut param_objs = Vec::new();
        if let Some(r) = recv {
            let t = match self.generic_receiver_type(&r.typ) {
                Some(t) => t,
                None => self.typ(&r.typ),
            };
            for name in &r.names {
                let obj = self.param_object(name, t);
                param_objs.push((obj, name));
            }
        }
        let mut variadic = false;
        let n = f.params.len();
        for (i, field) in f.params.iter().enumerate() {
            let t = match &field.typ.kind {
                ExprKind::Ellipsis(Some(elem)) if i + 1 == n => {
                    variadic = true;
                    let e = self.typ(elem);
                    self.types.slice(e)
                }
                _ => self.typ(&field.typ),
            };
            if field.names.is_empty() {
                params.push(t);
            }
            for name in &field.names {
                params.push(t);
                let obj = self.param_object(name, t);
                param_objs.push((obj, name));
            }
        }
        let mut results = Vec::new();
        let mut result_objs = Vec::new();
        for field in &f.results {
            let t = self.typ(&field.typ);
            if field.names.is_empty() {
                results.push(t);
            }
            for name in &field.names {
                results.push(t);
                let obj = self.param_object(name, t);
                result_objs.push((obj, name));
            }
        }
        let sig = self.types.intern(Type::Signature(Signature { type_params: Vec::new(), params, results, variadic }));
        (sig, param_objs, result_objs)
    }

    fn param_object(&mut self, name: &ast::Ident, t: TypeId) -> ObjId {
        let info = VarInfo { is_param: true, used: true, ..VarInfo::default() };
        let obj = self.new_object(&name.name, ObjKind::Var(info), name.span);
        self.objs.get_mut(obj).typ = t;
        self.info.record_object(name.id, obj);
        obj
    }

    fn struct_type(&mut self, decls: &'a [ast::Field]) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<String, gint_syntax::span::Span> = Default::default();
        for d in decls {
            let t = self.typ(&d.typ);
            let tag = d.tag.as_ref().map(|t| {
                let bytes = gint_syntax::literal::unquote_string(&t.raw).unwrap_or_default();
                Rc::from(String::from_utf8_lossy(&bytes).as_ref())
            });
            let mut add = |this: &mut Self, name: &str, span: gint_syntax::span::Span, embedded: bool| {
                if name != "_" {
                    if let Some(prev) = seen.insert(name.to_string(), span) {
                        let d = crate::diag::Diagnostic::error(span, format!("{name} redeclared"))
                            .with_label(prev, format!("other declaration of {name}"));
                        this.diags.push(d);
                    }
                }
                let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
                fields.push(Field {
                    name: Rc::from(name),
                    typ: t,
                    embedded,
                    tag: tag.clone(),
                    pkg: if exported { None } else { Some(this.pkg) },
                });
            };
            if d.names.is_empty() {
                let base = match self.types.get(t) {
                    Type::Pointer(b) => *b,
                    _ => t,
                };
                if self.types.is_type_param(base) {
                    self.error(d.typ.span, "embedded field type cannot be a (pointer to a) type parameter");
                } else if let Some(msg) = self.bad_embedded_type(t, base) {
                    self.error(d.typ.span, msg);
                }
                match embedded_name(&d.typ) {
                    Some(name) => add(self, name, d.typ.span, true),
                    None => {
                        let s = self.expr_string(&d.typ);
                        self.error(d.typ.span, format!("invalid embedded field type {s}"));
                    }
                }
            }
            for name in &d.names {
                add(self, &name.name, name.span, false);
            }
        }
        self.types.intern(Type::Struct { fields })
    }

    /// What types2 says of an embedded field of type `t` (`base` is `t` without its `*`)
    /// whose type is not a type name or a pointer to a non-interface type name.
    fn bad_embedded_type(&self, t: TypeId, base: TypeId) -> Option<&'static str> {
        let is_ptr = t != base;
        match self.types.get(self.types.underlying(base)) {
            Type::Basic(BasicKind::UnsafePointer) => Some("embedded field type cannot be unsafe.Pointer"),
            Type::Pointer(_) => Some("embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => Some("embedded field type cannot be a pointer to an interface"),
            _ => None,
        }
    }

    fn interface_type(&mut self, elems: &'a [ast::Field]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms: Option<Vec<super::types::Term>> = None;
        let mut comparable = false;
        // Explicit methods first, then the embedded elements, as go/types' type set
        // computation does: an embedded method clashing with a different one is reported at
        // the embedding.
        let (explicit, embedded): (Vec<&ast::Field>, Vec<&ast::Field>) =
            elems.iter().partition(|e| !e.names.is_empty());
        for elem in explicit.into_iter().chain(embedded) {
            if let Some(name) = elem.names.first() {
                let ExprKind::FuncType(f) = &elem.typ.kind else { continue };
                // Method signatures have no receiver; check them in a throwaway scope.
                let saved = self.scope;
                self.scope = self.scopes.new_scope(Some(saved), ScopeKind::Func);
                let (sig, _, _) = self.signature(f, None);
                self.scope = saved;
                if methods.iter().any(|m| *m.name == *name.name) {
                    self.error(name.span, format!("duplicate method {}", name.name));
                    continue;
                }
                let exported = name.name.chars().next().is_some_and(|c| c.is_uppercase());
                methods.push(Method {
                    name: Rc::from(name.name.as_str()),
                    sig,
                    pkg: if exported { None } else { Some(self.pkg) },
                });
                continue;
            }
            // An embedded element: an interface, or a union of type terms.
            if matches!(
                elem.typ.kind,
                ExprKind::Binary { op: ast::BinaryOp::Or, .. } | ExprKind::Unary { op: ast::UnaryOp::Tilde, .. }
            ) {
                let t = self.union_terms(&elem.typ);
                terms = Some(intersect_terms(terms, t));
                continue;
            }
            let t = self.constraint_typ(&elem.typ);
            if self.types.is_invalid(t) {
                continue;
            }
            if self.types.is_type_param(t) {
                self.error(elem.typ.span, "term cannot be a type parameter");
                continue;
            }
            // An interface embedding itself: its type is the one being declared.
            if let Type::Named(n) = self.types.get(t) {
                if self.types.is_invalid(n.underlying.get()) && self.obj_path.last() == Some(&n.obj) {
                    let obj = n.obj;
                    self.cycle_error(&[obj], 0);
                    continue;
                }
            }
            match self.types.interface(t).cloned() {
                Some(i) if !self.types.is_type_param(t) => {
                    for m in i.methods {
                        match methods.iter().find(|x| x.name == m.name) {
                            None => methods.push(m),
                            Some(x) if !super::predicates::identical(&self.types, x.sig, m.sig) => {
                                self.error(elem.typ.span, format!("duplicate method {}", m.name));
                            }
                            Some(_) => {}
                        }
                    }
                    comparable |= i.comparable;
                    if let Some(t) = i.terms {
                        terms = Some(intersect_terms(terms, t));
                    }
                }
                _ => terms = Some(intersect_terms(terms, vec![super::types::Term { tilde: false, typ: t }])),
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.types.intern(Type::Interface(Interface { methods, terms, comparable }))
    }

    fn terms_overlap(&self, a: &super::types::Term, b: &super::types::Term) -> bool {
        if a.tilde || b.tilde {
            super::predicates::identical(&self.types, self.types.underlying(a.typ), self.types.underlying(b.typ))
        } else {
            super::predicates::identical(&self.types, a.typ, b.typ)
        }
    }

    fn term_string(&self, t: &super::types::Term) -> String {
        format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.typ))
    }

    pub(super) fn union_terms(&mut self, e: &'a ast::Expr) -> Vec<super::types::Term> {
        self.union_terms_in(e, false)
    }

    /// The terms of `e`; `in_union` when `e` is one term of a `|` union.
    fn union_terms_in(&mut self, e: &'a ast::Expr, in_union: bool) -> Vec<super::types::Term> {
        match &e.kind {
            ExprKind::Binary { op: ast::BinaryOp::Or, x, y } => {
                let mut v = self.union_terms_in(x, true);
                let right = self.union_terms_in(y, true);
                // A union's terms may not overlap: `int | ~int`.
                for r in &right {
                    if let Some(l) = v.iter().find(|l| self.terms_overlap(l, r)) {
                        let (rs, ls) = (self.term_string(r), self.term_string(l));
                        self.error(y.span, format!("overlapping terms {rs} and {ls}"));
                        break;
                    }
                }
                v.extend(right);
                v
            }
            ExprKind::Unary { op: ast::UnaryOp::Tilde, x } => {
                let t = self.typ(x);
                if self.types.is_interface(t) {
                    let ts = self.type_string(t);
                    self.error(e.span, format!("invalid use of ~ ({ts} is an interface)"));
                    return Vec::new();
                }
                let u = self.types.underlying(t);
                if !self.types.is_invalid(t) && !super::predicates::identical(&self.types, t, u) {
                    let (ts, us) = (self.type_string(t), self.type_string(u));
                    self.error(e.span, format!("invalid use of ~ (underlying type of {ts} is {us})"));
                    return Vec::new();
                }
                vec![super::types::Term { tilde: true, typ: t }]
            }
            _ => {
                let t = self.constraint_typ(e);
                if self.types.is_type_param(t) {
                    self.error(e.span, "term cannot be a type parameter");
                    return Vec::new();
                }
                // An interface in a union must be one of type terms only.
                if let Some(i) = self.types.interface(t).cloned() {
                    if in_union && (i.comparable || !i.methods.is_empty()) {
                        let ts = super::typestring::type_string(&self.types, &self.objs, t, &|p| {
                            self.packages.get(p.0 as usize).map(|p| p.name.clone())
                        });
                        let msg = if i.comparable && i.methods.is_empty() {
                            format!("cannot use {ts} in union")
                        } else {
                            format!("cannot use {ts} in union ({ts} contains methods)")
                        };
                        self.error(e.span, msg);
                        return Vec::new();
                    }
                }
                // A constraint interface in a union contributes its own terms.
                if !self.types.is_type_param(t) {
                    if let Some(terms) = self.types.interface(t).and_then(|i| i.terms.clone()) {
                        return terms;
                    }
                }
                vec![super::types::Term { tilde: false, typ: t }]
            }
        }
    }
}

/// The type set of two constraints together: the terms of both (an approximation of the
/// intersection that is exact when one side is unrestricted).
fn intersect_terms(a: Option<Vec<super::types::Term>>, b: Vec<super::types::Term>) -> Vec<super::types::Term> {
    match a {
        None => b,
        Some(a) => a.into_iter().filter(|t| b.iter().any(|u| u.typ == t.typ)).collect(),
    }
}

/// The field name an embedded field declares: the type name without package or pointer.
fn embedded_name(t: &ast::Expr) -> Option<&str> {
    match &t.kind {
        ExprKind::Ident(i) => Some(&i.name),
        ExprKind::Selector { sel, .. } => Some(&sel.name),
        ExprKind::Unary { op: ast::UnaryOp::Deref, x } => match &x.kind {
            ExprKind::Unary { .. } => None,
            _ => embedded_name(x),
        },
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}
