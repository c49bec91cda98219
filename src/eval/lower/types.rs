//! Lowering type assertions `x.(T)` (and their comma-ok form) and type switches.
//!
//! Invariants: an interface value is `Value::Nil` or `Value::Iface` of its dynamic type's
//! descriptor and value. A concrete type matches when its descriptor equals the dynamic
//! one; an interface type matches when the dynamic type's method table (filled by
//! `ensure_methods` when the value became an interface) has every method it names — for a
//! value (not pointer) dynamic type, only the methods with value receivers.

use std::rc::Rc;

use gint_syntax::ast::{self, ExprKind, StmtKind};

use super::closures::Place;
use super::*;

pub(super) type Matcher = Rc<dyn Fn(&Value) -> bool>;

/// The method-name numbers an interface type requires, with the names.
struct Needs {
    ids: Vec<(u32, Rc<str>)>,
}

/// Whether interface value `v`'s dynamic type has the methods, or the name of the first
/// one missing.
fn missing(v: &Value, needs: &Needs) -> Option<Rc<str>> {
    let Value::Iface(iv) = v else { return needs.ids.first().map(|(_, n)| n.clone()) };
    let (d, is_ptr) = match &iv.0 {
        RType::Named(d) => (Some(d), false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (Some(d), true),
            _ => (None, true),
        },
        _ => (None, false),
    };
    let ms = d.and_then(|d| d.methods.get());
    needs
        .ids
        .iter()
        .find(|(id, _)| !ms.is_some_and(|ms| ms.iter().any(|m| m.name == *id && (is_ptr || !m.ptr_recv))))
        .map(|(_, n)| n.clone())
}

impl<'a> Lower<'a> {
    /// A type as Go's runtime writes it in panic messages.
    fn runtime_type_name(&self, t: TypeId) -> String {
        if self.prog.types.interface(t).is_some_and(|i| i.methods.is_empty()) && !self.is_named(t) {
            return "interface {}".to_string();
        }
        crate::types::typestring::runtime_type_string(&self.prog.types, &self.prog.objs, t, &|p| {
            self.prog.packages.get(p.0 as usize).map(|p| p.name.clone())
        })
    }

    fn is_named(&self, t: TypeId) -> bool {
        matches!(self.prog.types.get(t), Type::Named(_))
    }

    fn needs(&mut self, t: TypeId) -> Needs {
        let methods: Vec<(Rc<str>, TypeId)> = self
            .prog
            .types
            .interface(t)
            .map(|i| i.methods.iter().map(|m| (m.name.clone(), m.sig)).collect())
            .unwrap_or_default();
        Needs { ids: methods.into_iter().map(|(n, sig)| (self.method_id(&n, sig), n)).collect() }
    }

    /// Whether an interface value holds a value of type `t` (for an interface `t`: one that
    /// implements it).
    pub(super) fn matcher(&mut self, t: TypeId) -> Matcher {
        if self.prog.types.is_interface(t) {
            let needs = self.needs(t);
            return Rc::new(move |v| !matches!(v, Value::Nil) && missing(v, &needs).is_none());
        }
        self.ensure_methods(t);
        let rt = self.rtype(t);
        Rc::new(move |v| matches!(v, Value::Iface(iv) if iv.0 == rt))
    }

    /// `x.(T)`: the value (for a concrete T) or the interface value itself; panics as Go
    /// does when it does not hold.
    pub(super) fn type_assert(&mut self, e: &ast::Expr) -> ValE {
        let ExprKind::TypeAssert { x, typ: Some(_) } = &e.kind else { return self.bad_value(e) };
        let (_, xt) = self.type_of(x);
        let (_, t) = self.type_of(e);
        let xv = self.value(x);
        let static_name = self.runtime_type_name(xt);
        let target = self.runtime_type_name(t);
        if self.prog.types.is_interface(t) {
            let needs = self.needs(t);
            return Box::new(move |fr| {
                let v = xv(fr);
                if matches!(v, Value::Nil) {
                    panic::plain_error(format!("interface conversion: interface is nil, not {target}"));
                }
                if let Some(m) = missing(&v, &needs) {
                    let dynamic = crate::eval::fmt::type_name(&v);
                    panic::plain_error(format!("interface conversion: {dynamic} is not {target}: missing method {m}"));
                }
                v
            });
        }
        let is = self.matcher(t);
        Box::new(move |fr| {
            let v = xv(fr);
            if !is(&v) {
                let dynamic = match &v {
                    Value::Nil => "nil".to_string(),
                    v => crate::eval::fmt::type_name(v),
                };
                let mut msg = format!("interface conversion: {static_name} is {dynamic}, not {target}");
                // Two distinct types printed alike (declared in different functions): Go's
                // TypeAssertionError says so. (Same-named types of two packages with the same
                // name would say "different packages"; gint does not tell these apart.)
                if dynamic == target {
                    msg.push_str(" (types from different scopes)");
                }
                panic::plain_error(msg);
            }
            match v {
                Value::Iface(iv) => iv.1.clone(),
                _ => Value::Nil,
            }
        })
    }

    /// `v, ok = x.(T)`: v is T's zero value when x does not hold a T.
    pub(super) fn assert_comma_ok(&mut self, lhs: &[ast::Expr], rhs: &ast::Expr) -> Option<StmtE> {
        let ExprKind::TypeAssert { x, typ: Some(_) } = &rhs.kind else { return None };
        let (_, t) = self.type_of(rhs);
        let iface = self.prog.types.is_interface(t);
        let is = self.matcher(t);
        let zero = self.zero(t, rhs.span);
        let xv = self.value(x);
        let sv = self.comma_ok_store(&lhs[0], rhs, t);
        let sok = self.ok_store(&lhs[1]);
        Some(Box::new(move |fr| {
            let v = xv(fr);
            let ok = is(&v);
            let got = match (ok, v) {
                (false, _) => zero.clone(),
                (true, v) if iface => v,
                (true, Value::Iface(iv)) => iv.1.clone(),
                (true, v) => v,
            };
            sv(fr, got);
            sok(fr, Value::Bool(ok));
            Flow::Normal
        }))
    }

    /// A store into the variable `obj` at its declaration.
    fn obj_store(&mut self, obj: ObjId) -> Box<dyn Fn(&mut Frame, Value)> {
        let class = self.class(self.obj_type(obj));
        match (self.local_place(obj, true), class) {
            (Place::Local(slot), Class::Val) => Box::new(move |fr, v| fr.set_val(slot, v)),
            (Place::Local(slot), _) => Box::new(move |fr, v| fr.set_word(slot, value_word(&v))),
            (p, Class::Val) => self.cell_store_value(p),
            (p, class) => {
                let st = self.cell_store_word(p, class);
                Box::new(move |fr, v| st(fr, value_word(&v)))
            }
        }
    }

    /// `switch v := x.(type) { case T: … case U, W: … case nil: … default: … }`: the first
    /// clause with a matching type runs, with v declared in it as the value (one type) or
    /// as x (several, nil, or default).
    pub(super) fn type_switch(
        &mut self,
        init: Option<&ast::Stmt>,
        assign: &ast::Stmt,
        clauses: &[ast::CaseClause],
    ) -> StmtE {
        let init = init.map(|i| self.stmt(i));
        let (name, guard) = match &assign.kind {
            StmtKind::Expr(e) => (None, e),
            StmtKind::Assign { lhs, rhs, .. } => match &lhs[0].kind {
                ExprKind::Ident(id) => (Some(id), &rhs[0]),
                _ => return self.todo(assign.span, "this type switch"),
            },
            _ => return self.todo(assign.span, "this type switch"),
        };
        let ExprKind::TypeAssert { x, .. } = &guard.kind else { return self.todo(assign.span, "this type switch") };
        let xv = self.value(x);
        // The checker declares the symbol once per clause, in clause order, at its name.
        let vars: Vec<ObjId> = match name {
            Some(n) if n.name != "_" => (0..self.prog.objs.len() as u32)
                .map(crate::types::object::ObjId)
                .filter(|&o| {
                    let ob = self.prog.objs.get(o);
                    ob.pos == n.span && *ob.name == *n.name && matches!(ob.kind, ObjKind::Var(_))
                })
                .collect(),
            _ => Vec::new(),
        };
        if name.is_some_and(|n| n.name != "_") && vars.len() != clauses.len() {
            return self.todo(assign.span, "this type switch");
        }
        struct Clause {
            tests: Vec<Matcher>,
            unwrap: bool,
            store: Option<Box<dyn Fn(&mut Frame, Value)>>,
            body: StmtE,
        }
        let mut cs = Vec::new();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            let mut tests = Vec::new();
            let mut unwrap = false;
            if let Some(list) = &c.list {
                for t in list {
                    let is_nil = matches!(&t.kind, ExprKind::Ident(id) if self.prog.info.object_of(id.id).is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::Nil)));
                    if is_nil {
                        tests.push(Rc::new(|v: &Value| matches!(v, Value::Nil)) as Matcher);
                    } else {
                        let (_, tt) = self.type_of(t);
                        unwrap = list.len() == 1 && !self.prog.types.is_interface(tt);
                        tests.push(self.matcher(tt));
                    }
                }
            }
            let store = vars.get(ci).map(|&o| self.obj_store(o));
            let body = self.block(&c.body);
            if c.list.is_none() {
                default = Some(cs.len());
            }
            cs.push(Clause { tests, unwrap, store, body });
        }
        let ended = |flow: Flow| if flow == Flow::Break { Flow::Normal } else { flow };
        Box::new(move |fr| {
            if let Some(i) = &init {
                i(fr);
            }
            let v = xv(fr);
            let chosen = cs.iter().position(|c| c.tests.iter().any(|t| t(&v))).or(default);
            let Some(ci) = chosen else { return Flow::Normal };
            let c = &cs[ci];
            if let Some(st) = &c.store {
                let x = match (&v, c.unwrap) {
                    (Value::Iface(iv), true) => iv.1.clone(),
                    _ => v.clone(),
                };
                st(fr, x);
            }
            ended((c.body)(fr))
        })
    }
}
