//! Lowering method calls on concrete types: the checker's `Selection::Method` names the
//! method and the embedded-field path to its receiver; the call is direct.
//!
//! Go's automatic `&x` and `*p`: a pointer method called on an addressable variable gets the
//! variable's cell (only escaping variables have one, and the checker marks `x` escaping
//! when it is a pointer method's receiver); a value method called through a pointer gets a
//! copy of the variable pointed to (a shared `Rc`, copied on write).

use gint_syntax::ast::{self, ExprKind};

use super::structs::{Access, Base};

use super::*;
use crate::runtime::value::MethodEntry;
use crate::types::lookup::Selection;

impl<'a> Lower<'a> {
    /// `x.M(args)` for a method `M` of a concrete type; None (and an error) if unsupported.
    pub(super) fn method_call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr]) -> Option<CallE> {
        let ExprKind::Selector { x, .. } = &fun.kind else { return None };
        let Some(Selection::Method { obj, path, ptr_recv, .. }) = self.prog.info.selection(fun.id).cloned() else {
            return None;
        };
        let deferring = std::mem::take(&mut self.deferring);
        let Some(code) = self.func_code(obj) else {
            if let Some(f) = self.native_method(x, obj, &path, ptr_recv, args, e.span) {
                return Some(f);
            }
            self.unsupported(e.span, "methods of standard library types");
            return None;
        };
        let decl = *self.decls.get(&obj)?;
        let recv_slots = decl.recv.as_ref().map_or(0, |r| r.names.len());
        let recv = self.receiver(x, &path, ptr_recv, e.span)?;
        // A receiver of a scalar type (`type Celsius float64`) goes in its word.
        let recv_word = decl.recv.as_ref().and_then(|r| r.names.first()).and_then(|n| self.prog.info.object_of(n.id));
        let recv_word = recv_word.is_some_and(|o| self.class(self.prog.objs.get(o).typ) != Class::Val);
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        let pushes = self.args_for(&sig, e, recv_slots)?;
        Some(Box::new(move |fr| {
            let saved_top = fr.top;
            let base = fr.reserve(code.size);
            fr.top = base + code.size;
            let r = recv(fr);
            if recv_slots > 0 {
                if recv_word {
                    fr.words[base] = value_word(&r);
                } else {
                    fr.vals[base] = r;
                }
            }
            for p in &pushes {
                p(fr, base);
            }
            if deferring {
                super::defers::push_deferred(fr, code.clone(), None, base);
            } else {
                call(fr, &code, base);
            }
            fr.top = saved_top;
        }))
    }

    /// The receiver a method gets: the value (or pointer) found by following `path` (all
    /// but its last entry, the method's index) from `x`.
    pub(super) fn receiver(
        &mut self,
        x: &ast::Expr,
        path: &[usize],
        ptr_recv: bool,
        span: gint_syntax::span::Span,
    ) -> Option<ValE> {
        let (_, xt) = self.type_of(x);
        let fields = &path[..path.len().saturating_sub(1)];
        let acc = self.access(x);
        let acc = self.walk(acc, xt, fields);
        // The type reached: walk again over the types only.
        let mut t = xt;
        for &i in fields {
            if let Some(et) = self.pointer_elem(t) {
                t = et;
            }
            t = self.struct_fields(t)?[i].typ;
        }
        let is_ptr = self.pointer_elem(t).is_some();
        // A value receiver is a copy: arrays in it must not be shared with the variable.
        let copy = if ptr_recv { None } else { self.copier(self.pointer_elem(t).unwrap_or(t)) };
        let copied = move |v: ValE| -> ValE {
            match copy.clone() {
                Some(c) => Box::new(move |fr| c(&v(fr))),
                None => v,
            }
        };
        match (ptr_recv, is_ptr) {
            (true, true) => Some(self.read_access(acc)),
            (false, false) => Some(copied(self.read_access(acc))),
            (false, true) => {
                let acc = self.deref_access(acc);
                Some(copied(self.read_access(acc)))
            }
            (true, false) => match acc {
                Access { base: Base::PtrSlot(s), fields } if fields.is_empty() => {
                    Some(Box::new(move |fr| fr.val(s).clone()))
                }
                Access { base: Base::Ptr(p), fields } if fields.is_empty() => Some(p),
                acc => {
                    let p = self.pointer_to(acc);
                    if p.is_none() {
                        self.unsupported(span, "pointer methods on package-level or non-escaping variables");
                    }
                    p
                }
            },
        }
    }
}

impl<'a> Lower<'a> {
    /// The numbers of `Error` and `String`, the methods fmt calls.
    pub(in crate::eval) fn print_method_ids(&mut self) -> [u32; 2] {
        [self.method_key_id("Error func() string"), self.method_key_id("String func() string")]
    }

    /// The number of a method: its name and signature (`Unwrap() error` and
    /// `Unwrap() []error` are different methods to an interface).
    pub(super) fn method_id(&mut self, name: &str, sig: TypeId) -> u32 {
        let s = crate::types::typestring::type_string(&self.prog.types, &self.prog.objs, sig, &|p| {
            self.prog.packages.get(p.0 as usize).map(|p| p.path.clone())
        });
        self.method_key_id(&format!("{name} {s}"))
    }

    /// The number of a method by its key, `name signature`.
    pub(super) fn method_key_id(&mut self, key: &str) -> u32 {
        let n = self.method_ids.len() as u32;
        *self.method_ids.entry(Rc::from(key)).or_insert(n)
    }

    /// Records the methods of `t` (a declared type, or a pointer to one) in its runtime
    /// descriptor, for calls through interfaces.
    pub(in crate::eval) fn ensure_methods(&mut self, t: TypeId) {
        let t = self.pointer_elem(t).filter(|e| matches!(self.prog.types.get(*e), Type::Named(_))).unwrap_or(t);
        let Type::Named(n) = self.prog.types.get(t) else { return };
        let methods = n.methods.clone();
        let RType::Named(d) = self.rtype(t) else { return };
        if d.methods.get().is_some() {
            return;
        }
        let mut entries = Vec::new();
        for m in methods {
            let Some(code) = self.func_code(m) else { continue };
            let Some(decl) = self.decls.get(&m).copied() else { continue };
            let o = self.prog.objs.get(m);
            let ptr_recv = matches!(&o.kind, ObjKind::Func(f) if f.ptr_recv);
            let name = o.name.clone();
            let sig = o.typ;
            let recv = decl.recv.as_ref().and_then(|r| r.names.first()).and_then(|n| self.prog.info.object_of(n.id));
            let recv_word = recv.is_some_and(|r| self.class(self.prog.objs.get(r).typ) != Class::Val);
            entries.push(MethodEntry {
                name: self.method_id(&name, sig),
                func: Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }),
                ptr_recv,
                recv_slot: recv.is_some(),
                recv_word,
            });
        }
        entries.extend(self.promoted_methods(t));
        // Lowering a method's code never comes back here (bodies are lowered later), so the
        // table is still unset.
        let _ = d.methods.set(entries);
    }

    /// `x.M(args)` where x is an interface: the method is found by the dynamic type's
    /// descriptor and the method name's number.
    pub(super) fn iface_call(&mut self, e: &ast::Expr, fun: &ast::Expr) -> Option<CallE> {
        let ExprKind::Selector { x, sel } = &fun.kind else { return None };
        let Some(Selection::IfaceMethod { sig, path, .. }) = self.prog.info.selection(fun.id).cloned() else {
            return None;
        };
        let sig_t = sig;
        let deferring = std::mem::take(&mut self.deferring);
        let sig = self.prog.types.signature(sig)?.clone();
        let name: Rc<str> = Rc::from(sel.name.as_ref());
        let id = self.method_id(&name, sig_t);
        let xv = if path.len() > 1 {
            // A method of an interface embedded in a struct: the call goes to that field.
            let (_, xt) = self.type_of(x);
            let acc = self.access(x);
            let acc = self.walk(acc, xt, &path[..path.len() - 1]);
            self.read_access(acc)
        } else {
            self.value(x)
        };
        let pushes = self.args_for(&sig, e, 0)?;
        Some(Box::new(move |fr| {
            let iv = xv(fr);
            let (m, recv) = iface_method(&iv, id, &name);
            let code = &m.func.code;
            let saved_top = fr.top;
            let base = fr.reserve(code.size);
            fr.top = base + code.size;
            let mut at = base;
            if m.recv_slot {
                if m.recv_word {
                    fr.words[base] = value_word(&recv);
                } else {
                    fr.vals[base] = recv;
                }
                at += 1;
            }
            for p in &pushes {
                p(fr, at);
            }
            if deferring {
                super::defers::push_deferred(fr, m.func.code.clone(), None, base);
            } else {
                call(fr, code, base);
            }
            fr.top = saved_top;
        }))
    }
}

/// What pointer type `rt` points to (itself for other types).
fn p_elem(rt: &RType) -> &RType {
    match rt {
        RType::Pointer(e) => e,
        _ => rt,
    }
}

/// The method numbered `id` (named `name`) of the dynamic type of interface value `iv`,
/// and the receiver it gets (a copy of the value pointed to, for a value method called
/// through a pointer). A nil interface panics as Go does.
pub(super) fn iface_method<'v>(iv: &'v Value, id: u32, name: &str) -> (&'v MethodEntry, Value) {
    let Value::Iface(iv) = iv else { panic::nil_dereference() };
    let (rt, v) = &**iv;
    let (d, is_ptr) = match rt {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => panic::runtime_error("method not found".to_string()),
        },
        _ => panic::runtime_error("method not found".to_string()),
    };
    let Some(m) = d.methods.get().and_then(|ms| ms.iter().find(|m| m.name == id)) else {
        panic::runtime_error(format!("method {} not found for {}", name, d.name));
    };
    // A value receiver is a copy: arrays in it are not shared with the interface's value.
    let recv = if is_ptr && !m.ptr_recv {
        match crate::runtime::value::deref(v) {
            Some(x) => crate::runtime::slice::copy_typed(p_elem(rt), &x),
            None => panic::nil_dereference(),
        }
    } else if m.ptr_recv {
        v.clone()
    } else {
        crate::runtime::slice::copy_typed(rt, v)
    };
    (m, recv)
}

impl<'a> Lower<'a> {
    /// Whether fmt would call a `String` or `Error` method inside a value of type `t`: gint's
    /// fmt does not call them there yet, so such printing is refused at lowering.
    /// Only methods of the operand's own type are called (by `call_print_method`); those of
    /// its fields or elements are what this finds.
    pub(in crate::eval) fn has_nested_stringer(&self, t: TypeId) -> bool {
        let t = self.pointer_elem(t).filter(|e| matches!(self.prog.types.get(*e), Type::Named(_))).unwrap_or(t);
        let mut seen = vec![t];
        match self.prog.types.get(t) {
            Type::Named(n) => self.stringer_in(n.underlying, &mut seen),
            _ => self.stringer_in(t, &mut seen),
        }
    }

    fn stringer_in(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.prog.types.get(t) {
            Type::Named(n) => {
                if n.methods.iter().any(|&m| matches!(&*self.prog.objs.get(m).name, "String" | "Error")) {
                    return true;
                }
                self.stringer_in(n.underlying, seen)
            }
            Type::Pointer(e) | Type::Slice(e) => self.stringer_in(*e, seen),
            Type::Struct { fields } => fields.iter().any(|f| self.stringer_in(f.typ, seen)),
            _ => false,
        }
    }
}

/// Calls the first of the methods named by `ids` (`Error`, then `String`) that the dynamic
/// type of interface value `v` has, as fmt does; None when it has neither.
pub(in crate::eval) fn call_print_method(fr: &mut Frame, v: &Value, ids: &[u32; 2]) -> Option<Value> {
    let r = ids.iter().find_map(|id| call_method0(fr, v, *id))?;
    Some(Value::Iface(Rc::new((RType::String, r))))
}

/// Calls the method numbered `id` without arguments, with one result not held as a word,
/// on the dynamic value of interface value `v`; None when its type has no such method.
pub(super) fn call_method0(fr: &mut Frame, v: &Value, id: u32) -> Option<Value> {
    let Value::Iface(iv) = v else { return None };
    let (rt, x) = &**iv;
    let (d, is_ptr) = match rt {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => return None,
        },
        _ => return None,
    };
    let ms = d.methods.get()?;
    let m = ms.iter().find(|m| m.name == id && (is_ptr || !m.ptr_recv))?;
    let recv = if is_ptr && !m.ptr_recv { crate::runtime::value::deref(x)? } else { x.clone() };
    let code = &m.func.code;
    let saved_top = fr.top;
    let base = fr.reserve(code.size);
    fr.top = base + code.size;
    if m.recv_slot {
        if m.recv_word {
            fr.words[base] = value_word(&recv);
        } else {
            fr.vals[base] = recv;
        }
    }
    call(fr, code, base);
    fr.top = saved_top;
    Some(std::mem::take(&mut fr.ret_val))
}
