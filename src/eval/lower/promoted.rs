//! Promoted methods: the methods a struct type gets from its embedded fields, as entries
//! of its runtime method table (for calls through interfaces, type assertions and fmt).
//!
//! Invariant: an entry's code takes the outer value (or, for an entry with `ptr_recv`, a
//! pointer to it) as its receiver, walks the embedded fields to the inner receiver and
//! forwards its parameters to the inner method: a declared method, or the method of the
//! dynamic type of an embedded interface field. As in Go's method sets, a promoted
//! pointer method reached without passing through an embedded pointer needs a pointer.

use std::cell::OnceCell;

use super::method_values::forward;
use super::structs::read_ptr;
use super::*;
use crate::runtime::value::{MethodEntry, Ref, RefRoot};
use crate::types::lookup::{LookupResult, Selection};

/// The inner method a promoted entry calls.
enum Inner {
    Declared { code: Rc<FuncCode>, ptr_recv: bool, recv_slot: bool, recv_word: bool },
    Iface { id: u32, name: Rc<str> },
}

impl<'a> Lower<'a> {
    /// The promoted methods of declared type `t` that it does not declare itself.
    pub(super) fn promoted_methods(&mut self, t: TypeId) -> Vec<MethodEntry> {
        let Type::Named(n) = self.prog.types.get(t) else { return Vec::new() };
        let own: Vec<Rc<str>> = n.methods.iter().map(|&m| self.prog.objs.get(m).name.clone()).collect();
        let pkg = self.prog.objs.get(n.obj).pkg;
        let mut names = Vec::new();
        self.embedded_method_names(t, &mut vec![t], &mut names);
        let mut entries = Vec::new();
        for name in names {
            if own.contains(&name) {
                continue;
            }
            let found =
                crate::types::lookup::lookup_field_or_method(&self.prog.types, &self.prog.objs, t, true, pkg, &name);
            if let LookupResult::Found(sel) = found {
                if let Some(e) = self.promoted_entry(t, &name, sel) {
                    entries.push(e);
                }
            }
        }
        entries
    }

    /// Whether `t` is an unnamed struct type (or a pointer to one) whose method set, got
    /// from embedded fields, is not empty.
    pub(super) fn unnamed_struct_with_methods(&self, t: TypeId) -> bool {
        let ptr = self.pointer_elem(t);
        let st = ptr.unwrap_or(t);
        if !matches!(self.prog.types.get(st), Type::Struct { .. }) {
            return false;
        }
        let mut names = Vec::new();
        self.embedded_method_names(st, &mut vec![st], &mut names);
        names.iter().any(|name| {
            let found =
                crate::types::lookup::lookup_field_or_method(&self.prog.types, &self.prog.objs, t, false, None, name);
            matches!(found, LookupResult::Found(Selection::Method { .. } | Selection::IfaceMethod { .. }))
        })
    }

    /// The names of the methods of `t`'s embedded fields, recursively.
    fn embedded_method_names(&self, t: TypeId, seen: &mut Vec<TypeId>, out: &mut Vec<Rc<str>>) {
        for f in self.struct_fields(t).unwrap_or_default().iter().filter(|f| f.embedded) {
            let ft = self.pointer_elem(f.typ).unwrap_or(f.typ);
            if seen.contains(&ft) {
                continue;
            }
            seen.push(ft);
            if let Type::Named(n) = self.prog.types.get(ft) {
                // An instance of a generic type has its origin's methods.
                let methods = match n.origin.map(|o| self.prog.types.get(o)) {
                    Some(Type::Named(o)) => &o.methods,
                    _ => &n.methods,
                };
                for &m in methods {
                    let name = self.prog.objs.get(m).name.clone();
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
            }
            if let Some(i) = self.prog.types.interface(ft) {
                for m in &i.methods {
                    if !out.contains(&m.name) {
                        out.push(m.name.clone());
                    }
                }
            }
            self.embedded_method_names(ft, seen, out);
        }
    }

    pub(super) fn promoted_entry(&mut self, t: TypeId, name: &Rc<str>, sel: Selection) -> Option<MethodEntry> {
        let path = sel.path();
        let fields = &path[..path.len().checked_sub(1)?];
        // Which fields on the way hold pointers.
        let mut ptr_fields = Vec::new();
        let mut ft = t;
        for &i in fields {
            ft = self.pointer_elem(ft).unwrap_or(ft);
            ft = self.struct_fields(ft)?.get(i)?.typ;
            ptr_fields.push(self.pointer_elem(ft).is_some());
        }
        let (inner, sig) = match &sel {
            Selection::Method { obj, ptr_recv, .. } => {
                // The embedded type declaring the method may be an instance of a generic type.
                let owner = self.pointer_elem(ft).unwrap_or(ft);
                let isub = self.prog.types.instance_subst(owner);
                let code = self.func_code_inst(*obj, isub.args.clone())?;
                let decl = self.decls.get(obj).copied();
                let recv = decl.and_then(|d| d.recv.as_ref()).and_then(|r| r.names.first());
                let recv = recv.and_then(|n| self.prog.info.object_of(n.id));
                let recv_word = recv
                    .is_some_and(|o| self.class(self.prog.types.subst(self.prog.objs.get(o).typ, &isub)) != Class::Val);
                let inner = Inner::Declared { code, ptr_recv: *ptr_recv, recv_slot: recv.is_some(), recv_word };
                (inner, self.prog.types.subst(self.prog.objs.get(*obj).typ, &isub))
            }
            Selection::IfaceMethod { sig, .. } => {
                (Inner::Iface { id: self.method_id(name, *sig), name: name.clone() }, *sig)
            }
            Selection::Field { .. } => return None,
        };
        let s = self.prog.types.signature(sig)?.clone();
        let results = s.results.iter().map(|&r| self.class(r)).collect();
        let size = 1 + s.params.len();
        let through_ptr = ptr_fields.iter().any(|p| *p);
        let needs_ptr = matches!(inner, Inner::Declared { ptr_recv: true, .. }) && !through_ptr;
        let fields = fields.to_vec();
        let code = Rc::new(FuncCode { size, body: OnceCell::new(), results });
        let body: StmtE = Box::new(move |fr| {
            let outer = fr.val(0).clone();
            let inner_recv = walk(outer, needs_ptr, &fields, &ptr_fields);
            match &inner {
                Inner::Declared { code, ptr_recv, recv_slot, recv_word } => {
                    let recv = receive(inner_recv, *ptr_recv);
                    forward(fr, code, recv_slot.then_some(recv), *recv_word, 1, size);
                }
                Inner::Iface { id, name } => {
                    let iv = receive(inner_recv, false);
                    let (m, recv) = super::methods::iface_method(&iv, *id, name);
                    let code = m.func.code.clone();
                    forward(fr, &code, m.recv_slot.then_some(recv), m.recv_word, 1, size);
                }
            }
            Flow::Return
        });
        let _ = code.body.set(body);
        Some(MethodEntry {
            name: self.method_id(name, sig),
            sym: name.clone(),
            typ: self.rtype(sig),
            func: Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }),
            ptr_recv: needs_ptr,
            recv_slot: true,
            recv_word: false,
        })
    }
}

/// Where the walk through embedded fields is: at a value, or at a pointer to one.
enum At {
    Val(Value),
    Ptr(Value),
}

/// Follows the embedded fields `fields` from the outer receiver (a pointer when `ptr`).
fn walk(outer: Value, ptr: bool, fields: &[usize], ptr_fields: &[bool]) -> At {
    let mut at = if ptr { At::Ptr(outer) } else { At::Val(outer) };
    for (&i, &is_ptr) in fields.iter().zip(ptr_fields) {
        at = match at {
            At::Val(Value::Struct(fs)) => {
                let v = fs.get(i).cloned().unwrap_or_default();
                if is_ptr {
                    At::Ptr(v)
                } else {
                    At::Val(v)
                }
            }
            At::Val(_) => panic::nil_dereference(),
            At::Ptr(p) if is_ptr => At::Ptr(read_ptr(&p, &[i])),
            At::Ptr(p) => At::Ptr(field_ref(p, i)),
        };
    }
    at
}

/// A pointer to field `i` of what `p` points to.
fn field_ref(p: Value, i: usize) -> Value {
    let (root, mut path) = match p {
        Value::Cell(c) => (RefRoot::Cell(c), Vec::new()),
        Value::Ref(r) => (
            match &r.root {
                RefRoot::Cell(c) => RefRoot::Cell(c.clone()),
                RefRoot::Elem(d, k) => RefRoot::Elem(d.clone(), *k),
            },
            r.path.clone(),
        ),
        _ => panic::nil_dereference(),
    };
    path.push(i);
    Value::Ref(Rc::new(Ref { root, path }))
}

/// The receiver the inner method gets: the pointer, or the value (read through a pointer).
fn receive(at: At, ptr_recv: bool) -> Value {
    match (at, ptr_recv) {
        (At::Ptr(p), true) => p,
        (At::Ptr(p), false) => match crate::runtime::value::deref(&p) {
            Some(v) => v,
            None => panic::nil_dereference(),
        },
        (At::Val(v), _) => v,
    }
}
