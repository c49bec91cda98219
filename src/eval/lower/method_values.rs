//! Method values `x.M` and method expressions `T.M`, `(*T).M`: function values whose code
//! forwards its parameters to the method's.
//!
//! Invariant: a method value evaluates (and copies) its receiver when it is made, as Go
//! does, and keeps it as its environment's only entry; for an interface receiver the
//! method is looked up by the dynamic type when the value is called.

use std::cell::OnceCell;

use gint_syntax::ast::{self, ExprKind};

use super::*;
use crate::types::lookup::Selection;

/// How a forwarding function finds the method it calls and its receiver.
enum Target {
    /// A declared method; the receiver is the environment's entry.
    Bound { code: Rc<FuncCode>, recv_slot: bool, recv_word: bool },
    /// A method of the dynamic type of the interface value in the environment.
    Iface { id: u32, name: Rc<str> },
    /// A method expression: the receiver is the first parameter (dereferenced when the
    /// method has a value receiver and the expression's type is a pointer).
    Expr { code: Rc<FuncCode>, recv_slot: bool, recv_word: bool, deref: bool },
    /// A method expression `I.M` of an interface type: the method of the dynamic type of
    /// the first parameter.
    IfaceExpr { id: u32, name: Rc<str> },
}

impl<'a> Lower<'a> {
    /// `x.M` or `T.M` used as a value, or None if `e` is neither.
    pub(super) fn method_value(&mut self, e: &ast::Expr) -> Option<ValE> {
        let ExprKind::Selector { x, sel } = &e.kind else { return None };
        let (_, ft) = self.type_of(e);
        let sig = self.prog.types.signature(ft)?.clone();
        let params: Vec<Class> = sig.params.iter().map(|&t| self.class(t)).collect();
        let results: Vec<Class> = sig.results.iter().map(|&t| self.class(t)).collect();
        if self.type_of(x).0 == ExprMode::TypeExpr {
            let target = match self.prog.info.selection(e.id).cloned() {
                // `T.M` with T a type parameter: in an instance with a concrete type
                // argument, that type's method.
                Some(Selection::IfaceMethod { ref path, .. })
                    if path.len() == 1 && !self.prog.types.is_interface(self.type_of(x).1) =>
                {
                    let Some(Selection::Method { obj, .. }) = self.concrete_selection(e) else {
                        self.unsupported(e.span, "this method of a type argument");
                        return None;
                    };
                    self.method_expr_target(x, obj, e.span)?
                }
                Some(Selection::IfaceMethod { sig, .. }) => {
                    let name: Rc<str> = Rc::from(sel.name.as_ref());
                    Target::IfaceExpr { id: self.method_id(&name, sig), name }
                }
                // A method promoted from an embedded field: the promoted method's code, which
                // takes the outer value as its receiver.
                _ if self.promoted_selection(x, sel).is_some() => {
                    let sel_m = self.promoted_selection(x, sel)?;
                    self.promoted_expr_target(x, sel, sel_m, e.span)?
                }
                _ => {
                    let obj = self.prog.info.object_of(sel.id)?;
                    self.method_expr_target(x, obj, e.span)?
                }
            };
            let f = forwarder(target, params, results);
            return Some(Box::new(move |_| f.clone()));
        }
        let mut selection = self.prog.info.selection(e.id).cloned()?;
        // A method of a type parameter's constraint: in an instance whose type argument
        // is concrete, that type's method.
        // (A method of an interface embedded in a struct has a longer path.)
        let of_type_param = matches!(&selection, Selection::IfaceMethod { path, .. } if path.len() == 1);
        if of_type_param && !self.prog.types.is_interface(self.type_of(x).1) {
            match self.concrete_selection(e) {
                Some(s) => selection = s,
                None => {
                    self.unsupported(e.span, "this method of a type argument");
                    return None;
                }
            }
        }
        let (target, recv) = match selection {
            Selection::Method { obj, path, ptr_recv, .. } => {
                let (_, xt) = self.type_of(x);
                let targs = self.method_targs(xt, &path);
                let Some(code) = self.func_code_inst(obj, targs) else {
                    self.unsupported(e.span, "methods of standard library types as values");
                    return None;
                };
                let (recv_slot, recv_word) = self.recv_layout(obj);
                let recv = self.receiver(x, &path, ptr_recv, e.span)?;
                (Target::Bound { code, recv_slot, recv_word }, recv)
            }
            Selection::IfaceMethod { sig, path, .. } => {
                let name: Rc<str> = Rc::from(sel.name.as_ref());
                let id = self.method_id(&name, sig);
                let xv = self.iface_receiver(x, &path);
                // The interface must not be nil when the method value is made.
                let recv: ValE = Box::new(move |fr| {
                    let v = xv(fr);
                    if matches!(v, Value::Nil) {
                        panic::nil_dereference();
                    }
                    v
                });
                (Target::Iface { id, name }, recv)
            }
            _ => {
                self.unsupported(e.span, "this method value");
                return None;
            }
        };
        let template = forwarder(target, params, results);
        let Value::Func(fv) = template else { return None };
        let code = fv.code.clone();
        Some(Box::new(move |fr| {
            let r = recv(fr);
            Value::Func(Rc::new(FuncValue { code: code.clone(), env: Rc::from(vec![r]) }))
        }))
    }

    /// Whether a declared method's receiver has a slot, and whether it is held as a word.
    fn recv_layout(&self, obj: ObjId) -> (bool, bool) {
        let decl = self.decls.get(&obj).copied();
        let recv = decl.and_then(|d| d.recv.as_ref()).and_then(|r| r.names.first());
        let recv = recv.and_then(|n| self.prog.info.object_of(n.id));
        (recv.is_some(), recv.is_some_and(|o| self.class(self.obj_type(o)) != Class::Val))
    }

    /// The method `T.M` or `(*T).M` names, declared on T itself.
    fn method_expr_target(&mut self, x: &ast::Expr, obj: ObjId, span: gint_syntax::span::Span) -> Option<Target> {
        let (_, t) = self.type_of(x);
        let is_ptr = self.pointer_elem(t).is_some();
        let named = self.pointer_elem(t).unwrap_or(t);
        // An instance of a generic type has its origin's methods, specialised.
        let declared = match self.prog.types.get(named) {
            Type::Named(n) => match n.origin.map(|o| self.prog.types.get(o)) {
                Some(Type::Named(o)) => o.methods.contains(&obj),
                _ => n.methods.contains(&obj),
            },
            _ => false,
        };
        let targs = self.prog.types.instance_subst(named).args;
        let code = if declared { self.func_code_inst(obj, targs) } else { None };
        let Some(code) = code else {
            self.unsupported(span, "this method expression");
            return None;
        };
        let ptr_recv = matches!(&self.prog.objs.get(obj).kind, ObjKind::Func(f) if f.ptr_recv);
        let (recv_slot, recv_word) = self.recv_layout(obj);
        Some(Target::Expr { code, recv_slot, recv_word, deref: is_ptr && !ptr_recv })
    }
}

impl<'a> Lower<'a> {
    /// The selection of method `sel` of type `x` (a method expression `T.M`) when it is
    /// promoted from an embedded field (the checker records none for method expressions).
    fn promoted_selection(&self, x: &ast::Expr, sel: &ast::Ident) -> Option<Selection> {
        let (_, t) = self.type_of(x);
        let named = self.pointer_elem(t).unwrap_or(t);
        let pkg = match self.prog.types.get(named) {
            Type::Named(n) => self.prog.objs.get(n.obj).pkg,
            _ => None,
        };
        let found =
            crate::types::lookup::lookup_field_or_method(&self.prog.types, &self.prog.objs, t, false, pkg, &sel.name);
        match found {
            crate::types::lookup::LookupResult::Found(s @ Selection::Method { .. }) if s.path().len() > 1 => Some(s),
            _ => None,
        }
    }

    /// `T.M` or `(*T).M` with M promoted from an embedded field of T.
    fn promoted_expr_target(
        &mut self,
        x: &ast::Expr,
        sel: &ast::Ident,
        selection: Selection,
        span: gint_syntax::span::Span,
    ) -> Option<Target> {
        let (_, t) = self.type_of(x);
        let is_ptr = self.pointer_elem(t).is_some();
        let named = self.pointer_elem(t).unwrap_or(t);
        let name: Rc<str> = Rc::from(sel.name.as_ref());
        let Some(entry) = self.promoted_entry(named, &name, selection) else {
            self.unsupported(span, "this method expression");
            return None;
        };
        let code = entry.func.code.clone();
        Some(Target::Expr { code, recv_slot: true, recv_word: false, deref: is_ptr && !entry.ptr_recv })
    }
}

/// A function value whose code calls `target` with its own parameters (classes `params`).
fn forwarder(target: Target, params: Vec<Class>, results: Vec<Class>) -> Value {
    let size = params.len();
    let code = Rc::new(FuncCode { size, body: OnceCell::new(), results });
    let body: StmtE = Box::new(move |fr| {
        match &target {
            Target::Bound { code, recv_slot, recv_word } => {
                let recv = fr.env[0].clone();
                forward(fr, code, recv_slot.then_some(recv), *recv_word, 0, size);
            }
            Target::Iface { id, name } => {
                let iv = fr.env[0].clone();
                let (m, recv) = super::methods::iface_method(&iv, *id, name);
                let code = m.func.code.clone();
                forward(fr, &code, m.recv_slot.then_some(recv), m.recv_word, 0, size);
            }
            Target::IfaceExpr { id, name } => {
                let iv = fr.val(0).clone();
                if matches!(iv, Value::Nil) {
                    panic::nil_dereference();
                }
                let (m, recv) = super::methods::iface_method(&iv, *id, name);
                let code = m.func.code.clone();
                forward(fr, &code, m.recv_slot.then_some(recv), m.recv_word, 1, size);
            }
            Target::Expr { code, recv_slot, recv_word, deref } => {
                let mut recv = if params_word(&params, 0) { Value::Int(fr.word(0) as i64) } else { fr.val(0).clone() };
                if *deref {
                    recv = match crate::runtime::value::deref(&recv) {
                        Some(v) => v,
                        None => panic::nil_dereference(),
                    };
                }
                forward(fr, code, recv_slot.then_some(recv), *recv_word, 1, size);
            }
        }
        Flow::Return
    });
    let _ = code.body.set(body);
    Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }))
}

fn params_word(params: &[Class], i: usize) -> bool {
    params.get(i).is_some_and(|c| *c != Class::Val)
}

/// Calls `code` with `recv` (if it has a receiver slot) and the running function's
/// parameters `from..size` as its arguments; the results stay in the return registers.
pub(super) fn forward(fr: &mut Frame, code: &FuncCode, recv: Option<Value>, recv_word: bool, from: usize, size: usize) {
    let saved_top = fr.top;
    let base = fr.reserve(code.size);
    fr.top = base + code.size;
    let mut at = base;
    if let Some(r) = recv {
        if recv_word {
            fr.words[base] = value_word(&r);
        } else {
            fr.vals[base] = r;
        }
        at += 1;
    }
    let own = fr.base;
    for i in from..size {
        fr.words[at] = fr.words[own + i];
        fr.vals[at] = std::mem::take(&mut fr.vals[own + i]);
        at += 1;
    }
    call(fr, code, base);
    fr.top = saved_top;
}
