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

/// What a call of a method of a concrete type is made of (`Lower::method_parts`).
pub(super) enum MethodParts {
    /// A declared method: its code and the pushes of its receiver and arguments.
    Code(Rc<FuncCode>, Vec<ArgE>),
    /// A native method: the whole call.
    Native(CallE),
}

impl<'a> Lower<'a> {
    /// `x.M(args)` for a method `M` of a concrete type; None (and an error) if unsupported.
    pub(super) fn method_call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr]) -> Option<CallE> {
        self.method_call_inst(e, fun, fun, args)
    }

    /// `method_call` where `typed` is the expression holding the method's (instantiated)
    /// signature: `fun` itself, or `fun[T]` for a generic method given type arguments.
    pub(super) fn method_call_inst(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        typed: &ast::Expr,
        args: &[ast::Expr],
    ) -> Option<CallE> {
        let deferring = self.deferring;
        match self.method_parts(e, fun, typed, args)? {
            MethodParts::Native(f) => Some(f),
            MethodParts::Code(code, pushes) if deferring => Some(Box::new(move |fr| {
                let saved_top = fr.top;
                let base = fr.reserve(code.size);
                fr.top = base + code.size;
                for p in &pushes {
                    p.put(fr, base);
                }
                super::defers::push_deferred(fr, code.clone(), None, base);
                fr.top = saved_top;
            })),
            MethodParts::Code(code, pushes) => Some(super::calls::direct_call(code, pushes, |_| ())),
        }
    }

    /// What a call of a method of a concrete type is made of: the method's code and the
    /// pushes of its receiver (first) and arguments, or the whole call of a native method.
    pub(super) fn method_parts(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        typed: &ast::Expr,
        args: &[ast::Expr],
    ) -> Option<MethodParts> {
        let sel = match self.prog.info.selection(fun.id).cloned() {
            Some(s @ Selection::Method { .. }) => s,
            // A method of a type parameter's constraint: in an instance, a method of the
            // concrete type argument.
            Some(Selection::IfaceMethod { .. }) => match self.concrete_selection(fun) {
                Some(s) => s,
                None => {
                    self.unsupported(e.span, "this method of a type argument");
                    return None;
                }
            },
            _ => return None,
        };
        let Selection::Method { obj, path, ptr_recv, .. } = sel else { return None };
        let ExprKind::Selector { x, .. } = &fun.kind else { return None };
        let deferring = std::mem::take(&mut self.deferring);
        let (_, xt) = self.type_of(x);
        let mut targs = self.method_targs(xt, &path);
        // A generic method's own type arguments follow its receiver's.
        if let ExprKind::Selector { sel, .. } = &fun.kind {
            targs.extend(self.instance_targs(sel.id));
        }
        let Some(code) = self.func_code_inst(obj, targs) else {
            if let Some(f) = self.native_method(x, obj, &path, ptr_recv, args, deferring, e.span) {
                return Some(MethodParts::Native(f));
            }
            self.unsupported(e.span, "methods of standard library types");
            return None;
        };
        let decl = *self.decls.get(&obj)?;
        let recv_slots = decl.recv.as_ref().map_or(0, |r| r.names.len());
        let recv = self.receiver(x, &path, ptr_recv, e.span)?;
        // A receiver of a scalar type (`type Celsius float64`) goes in its word.
        let recv_word = decl.recv.as_ref().and_then(|r| r.names.first()).and_then(|n| self.prog.info.object_of(n.id));
        let recv_word = recv_word.is_some_and(|o| self.class(self.obj_type(o)) != Class::Val);
        let (_, mt) = self.type_of(typed);
        let sig = self.prog.types.signature(mt)?.clone();
        // The receiver is evaluated first, even when the method does not name it.
        let recv_push = if recv_slots == 0 {
            ArgE::Code(Box::new(move |fr, _| drop(recv(fr))))
        } else if recv_word {
            ArgE::Code(Box::new(move |fr, base| {
                let r = recv(fr);
                fr.words[base] = value_word(&r);
            }))
        } else {
            ArgE::Val(recv, 0)
        };
        let mut pushes = vec![recv_push];
        pushes.extend(self.args_for(&sig, e, recv_slots)?);
        Some(MethodParts::Code(code, pushes))
    }

    /// `x.M` where the checker saw an interface method (of a type parameter's constraint)
    /// and `x` has a concrete type in this instance: the concrete method.
    pub(super) fn concrete_selection(&self, fun: &ast::Expr) -> Option<Selection> {
        let ExprKind::Selector { x, sel } = &fun.kind else { return None };
        let (mode, xt) = self.type_of(x);
        let addressable = mode == ExprMode::Variable;
        // An unexported method name is found only with the package it belongs to, which is
        // that of the concrete type declaring it (through a pointer, or the type itself).
        let named = self.through_ptr(xt);
        let pkg = match self.prog.types.get(named) {
            crate::types::types::Type::Named(n) => self.prog.objs.get(n.obj).pkg,
            _ => None,
        };
        match crate::types::lookup::lookup_field_or_method(
            &self.prog.types,
            &self.prog.objs,
            xt,
            addressable,
            pkg,
            &sel.name,
        ) {
            crate::types::lookup::LookupResult::Found(s @ Selection::Method { .. }) => Some(s),
            _ => None,
        }
    }

    /// The type arguments of the generic type instance declaring a method reached from a
    /// value of type `xt` through the embedded fields of `path` (empty if not generic).
    pub(super) fn method_targs(&self, xt: TypeId, path: &[usize]) -> Vec<TypeId> {
        let mut t = xt;
        for &i in &path[..path.len().saturating_sub(1)] {
            if let Some(et) = self.pointer_elem(t) {
                t = et;
            }
            match self.struct_fields(t) {
                Some(fs) if i < fs.len() => t = fs[i].typ,
                _ => return Vec::new(),
            }
        }
        self.prog.types.instance_subst(t).args
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
    /// The runtime type of `*fmt.state`, the fmt.State passed to Format methods, with its
    /// methods recorded (None if fmt is not loaded).
    pub(in crate::eval) fn fmt_state_type(&mut self) -> Option<RType> {
        let pkg = self.prog.packages.iter().find(|p| p.path == "fmt")?;
        let obj = self.prog.scopes.lookup_local(pkg.scope, "state")?;
        let t = self.prog.objs.get(obj).typ;
        self.ensure_methods(t);
        Some(RType::Pointer(Rc::new(self.rtype(t))))
    }

    /// The number of method name `name`.
    pub(in crate::eval) fn method_number(&mut self, name: &str) -> u32 {
        // Methods are numbered by name and signature (as `method_id` spells them).
        match name {
            "Error" | "String" | "GoString" => self.method_key_id(&format!("{name} func() string")),
            "Write" => self.method_key_id("Write func([]uint8) (int, error)"),
            "Format" => self.method_key_id("Format func(fmt.State, int32)"),
            _ => self.method_key_id(name),
        }
    }

    pub(in crate::eval) fn print_method_ids(&mut self) -> [u32; 2] {
        [self.method_key_id("Error func() string"), self.method_key_id("String func() string")]
    }

    /// The number of a method: its name and signature (`Unwrap() error` and
    /// `Unwrap() []error` are different methods to an interface).
    pub(super) fn method_id(&mut self, name: &str, sig: TypeId) -> u32 {
        // Concrete in the instance being lowered, and spelled as the runtime does, so that
        // identical signatures (`[]byte` and `[]uint8`, `any` and `interface {}`) agree.
        let sig = self.sub(sig);
        let s = crate::types::typestring::runtime_type_string(&self.prog.types, &self.prog.objs, sig, &|p| {
            self.prog.packages.get(p.0 as usize).map(|p| p.path.clone())
        });
        self.method_key_id(&format!("{name} {s}"))
    }

    /// The number of a method by its key, `name signature`.
    pub(super) fn method_key_id(&mut self, key: &str) -> u32 {
        let n = self.method_ids.len() as u32;
        *self.method_ids.entry(Rc::from(key)).or_insert(n)
    }

    /// Records the methods of every declared type a value of type `t` can contain (its
    /// fields, elements, keys, pointees), since fmt calls String and Error methods at any depth.
    pub(in crate::eval) fn ensure_methods_deep(&mut self, t: TypeId) {
        let mut seen = Vec::new();
        self.ensure_methods_in(t, &mut seen);
    }

    fn ensure_methods_in(&mut self, t: TypeId, seen: &mut Vec<TypeId>) {
        if seen.contains(&t) {
            return;
        }
        seen.push(t);
        let inner: Vec<TypeId> = match self.prog.types.get(t) {
            Type::Named(n) => {
                let u = n.underlying.get();
                self.ensure_methods_of(t);
                vec![u]
            }
            Type::Pointer(e) | Type::Slice(e) => vec![*e],
            Type::Array { elem, .. } => vec![*elem],
            Type::Map { key, value } => vec![*key, *value],
            Type::Chan { elem, .. } => vec![*elem],
            Type::Struct { fields } => fields.iter().map(|f| f.typ).collect(),
            Type::Signature(s) => s.params.iter().chain(&s.results).copied().collect(),
            _ => Vec::new(),
        };
        for e in inner {
            self.ensure_methods_in(e, seen);
        }
    }

    /// Records the methods of `t` (a declared type, or a pointer to one) in its runtime
    /// descriptor, for calls through interfaces; in a program using reflect, those of every
    /// type a value of `t` can contain too.
    pub(in crate::eval) fn ensure_methods(&mut self, t: TypeId) {
        if self.uses_reflect {
            self.ensure_methods_deep(t);
        } else {
            self.ensure_methods_of(t);
        }
    }

    /// Records the methods of `t` (a declared type, or a pointer to one) in its runtime
    /// descriptor.
    fn ensure_methods_of(&mut self, t: TypeId) {
        let t = self.pointer_elem(t).filter(|e| matches!(self.prog.types.get(*e), Type::Named(_))).unwrap_or(t);
        let Type::Named(n) = self.prog.types.get(t) else { return };
        // An instance of a generic type has its origin's methods, specialised.
        let targs = n.type_args.clone();
        let methods = match n.origin.map(|o| self.prog.types.get(o)) {
            Some(Type::Named(o)) => o.methods.clone(),
            _ => n.methods.clone(),
        };
        let RType::Named(d) = self.rtype(t) else { return };
        if d.methods.get().is_some() {
            return;
        }
        let mut entries = Vec::new();
        for m in methods {
            // A generic method (Go 1.27) is in no method set: no interface can call it.
            if !self.prog.types.sig_type_params(self.prog.objs.get(m).typ).is_empty() {
                continue;
            }
            let Some(code) = self.func_code_inst(m, targs.clone()).or_else(|| self.native_method_code(m)) else {
                continue;
            };
            let Some(decl) = self.decls.get(&m).copied() else { continue };
            let o = self.prog.objs.get(m);
            let ptr_recv = matches!(&o.kind, ObjKind::Func(f) if f.ptr_recv);
            let name = o.name.clone();
            // An instance's method, with the instance's type arguments in its signature.
            let sig = self.prog.types.subst(o.typ, &self.prog.types.instance_subst(t));
            let recv = decl.recv.as_ref().and_then(|r| r.names.first()).and_then(|n| self.prog.info.object_of(n.id));
            let recv_word = recv.is_some_and(|r| self.class(self.obj_type(r)) != Class::Val);
            entries.push(MethodEntry {
                name: self.method_id(&name, sig),
                typ: self.rtype(sig),
                sym: name,
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

    /// The interface value an interface method selected through `path` is called on: `x`
    /// itself, or for an interface embedded in a struct, that field of `x`.
    pub(super) fn iface_receiver(&mut self, x: &ast::Expr, path: &[usize]) -> ValE {
        if path.len() > 1 {
            let (_, xt) = self.type_of(x);
            let acc = self.access(x);
            let acc = self.walk(acc, xt, &path[..path.len() - 1]);
            self.read_access(acc)
        } else {
            self.value(x)
        }
    }

    /// `x.M(args)` where x is an interface: the method is found by the dynamic type's
    /// descriptor and the method name's number.
    pub(super) fn iface_call(&mut self, e: &ast::Expr, fun: &ast::Expr) -> Option<CallE> {
        let deferring = std::mem::take(&mut self.deferring);
        let (xv, id, name, pushes) = self.iface_parts(e, fun)?;
        if deferring {
            return Some(Box::new(move |fr| {
                let iv = xv(fr);
                let (m, recv) = iface_method(&iv, id, &name);
                let saved_top = fr.top;
                let (base, at) = enter_method_frame(fr, m, recv);
                for p in &pushes {
                    p.put(fr, at);
                }
                super::defers::push_deferred(fr, m.func.code.clone(), None, base);
                fr.top = saved_top;
            }));
        }
        Some(iface_call_code(xv, id, name, pushes, |_| ()))
    }

    /// What an interface method call is made of: the code of the interface value, the
    /// method's number and name, and the pushes of the arguments (after the receiver).
    pub(super) fn iface_parts(&mut self, e: &ast::Expr, fun: &ast::Expr) -> Option<(ValE, u32, Rc<str>, Vec<ArgE>)> {
        let ExprKind::Selector { x, sel } = &fun.kind else { return None };
        let Some(Selection::IfaceMethod { sig, path, .. }) = self.prog.info.selection(fun.id).cloned() else {
            return None;
        };
        let sig_t = sig;
        let sig = self.sub(sig);
        let sig = self.prog.types.signature(sig)?.clone();
        let name: Rc<str> = Rc::from(sel.name.as_ref());
        let id = self.method_id(&name, sig_t);
        let xv = self.iface_receiver(x, &path);
        let pushes = self.args_for(&sig, e, 0)?;
        Some((xv, id, name, pushes))
    }
}

/// The code of a call of method `id` (named `name`) of the dynamic type of the interface
/// value `xv` makes, with arguments `pushes`, then `read` of its result, as one closure.
pub(super) fn iface_call_code<R: 'static>(
    xv: ValE,
    id: u32,
    name: Rc<str>,
    pushes: Vec<ArgE>,
    read: impl Fn(&mut Frame) -> R + 'static,
) -> Box<dyn Fn(&mut Frame) -> R> {
    Box::new(move |fr| {
        let iv = xv(fr);
        let (m, recv) = iface_method(&iv, id, &name);
        let saved_top = fr.top;
        let (base, at) = enter_method_frame(fr, m, recv);
        for p in &pushes {
            p.put(fr, at);
        }
        call(fr, &m.func.code, base);
        fr.top = saved_top;
        read(fr)
    })
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

/// Calls the first of the methods named by `ids` (`Error`, then `String`) that the dynamic
/// type of interface value `v` has, as fmt does; None when it has neither.
pub(in crate::eval) fn call_print_method(fr: &mut Frame, v: &Value, ids: &[u32; 2]) -> Option<Value> {
    let Value::Iface(iv) = v else { return None };
    let r = call_method_of(fr, &iv.0, &iv.1, ids)?;
    Some(Value::Iface(Rc::new((RType::String, r))))
}

/// Reserves a frame for method `m`'s code and puts its receiver in slot 0 (if the method
/// has one, as a word or a value); returns the frame's base and the first argument slot.
pub(super) fn enter_method_frame(fr: &mut Frame, m: &MethodEntry, recv: Value) -> (usize, usize) {
    let size = m.func.code.size;
    let base = fr.reserve(size);
    fr.top = base + size;
    if !m.recv_slot {
        return (base, base);
    }
    if m.recv_word {
        fr.words[base] = value_word(&recv);
    } else {
        fr.vals[base] = recv;
    }
    (base, base + 1)
}

/// The method named by one of `ids` (the first found) in the method set of type `rt`.
pub(in crate::eval) fn find_method<'a>(rt: &'a RType, ids: &[u32]) -> Option<(&'a MethodEntry, bool)> {
    let (d, is_ptr) = match rt {
        RType::Named(d) => (d, false),
        RType::Pointer(p) => match &**p {
            RType::Named(d) => (d, true),
            _ => return None,
        },
        _ => return None,
    };
    let ms = d.methods.get()?;
    let m = ids.iter().find_map(|id| ms.iter().find(|m| m.name == *id && (is_ptr || !m.ptr_recv)))?;
    Some((m, is_ptr))
}

/// Calls method `id` of `x` (of type `rt`) with `args` (scalars as `Int`, `Float` or `Bool`); its results are
/// left where a call's go. Panics as Go does for a nil receiver.
pub(in crate::eval) fn call_method_with(fr: &mut Frame, rt: &RType, x: &Value, id: u32, args: &[Value]) {
    let Some((m, is_ptr)) = find_method(rt, &[id]) else { panic::nil_dereference() };
    let recv = if is_ptr && !m.ptr_recv {
        match crate::runtime::value::deref(x) {
            Some(v) => v,
            None => panic::nil_dereference(),
        }
    } else {
        x.clone()
    };
    let code = &m.func.code;
    let saved_top = fr.top;
    let (base, at) = enter_method_frame(fr, m, recv);
    for (i, a) in args.iter().enumerate() {
        // Scalars travel as words, everything else as values (as `Lower::arg` pushes them).
        match a {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => fr.words[at + i] = value_word(a),
            _ => fr.vals[at + i] = a.clone(),
        }
    }
    call(fr, code, base);
    fr.top = saved_top;
}

/// Calls, on `x` of type `rt`, the first of the methods named by `ids` that the type has
/// (a method without arguments, such as String); its result. None when it has none, or when
/// a value method would be called through a nil pointer.
pub(in crate::eval) fn call_method_of(fr: &mut Frame, rt: &RType, x: &Value, ids: &[u32]) -> Option<Value> {
    let (m, is_ptr) = find_method(rt, ids)?;
    let recv = if is_ptr && !m.ptr_recv { crate::runtime::value::deref(x)? } else { x.clone() };
    let code = &m.func.code;
    let saved_top = fr.top;
    let (base, _) = enter_method_frame(fr, m, recv);
    call(fr, code, base);
    fr.top = saved_top;
    Some(std::mem::take(&mut fr.ret_val))
}

impl<'a> Lower<'a> {
    /// The code of a native method (`native_pkgs`) as a function of its own, so that it can
    /// sit in a method table and be called through an interface (`sync.Locker`'s Lock on a
    /// `*sync.Mutex`): the receiver is in slot 0, the parameters after it.
    fn native_method_code(&mut self, m: ObjId) -> Option<Rc<FuncCode>> {
        let decl = *self.decls.get(&m)?;
        let recv_t = self.prog.info.type_of(decl.recv.as_ref()?.typ.id)?.typ;
        let recv = crate::types::typestring::type_string(&self.prog.types, &self.prog.objs, recv_t, &|p| {
            self.prog.packages.get(p.0 as usize).map(|p| p.name.clone())
        });
        let f = crate::eval::native_pkgs::lookup(&format!("{recv}.{}", decl.name.name))?;
        let params = self.param_types(m)?;
        let classes: Vec<Class> = params.iter().map(|&t| self.class(t)).collect();
        let results = self
            .prog
            .types
            .signature(self.prog.objs.get(m).typ)
            .map(|s| s.results.clone())
            .unwrap_or_default()
            .iter()
            .map(|&t| self.class(t))
            .collect();
        let code = Rc::new(FuncCode { size: 1 + classes.len(), body: std::cell::OnceCell::new(), results });
        let body: StmtE = Box::new(move |fr| {
            let mut a = Vec::with_capacity(1 + classes.len());
            a.push(fr.val(0).clone());
            for (i, c) in classes.iter().enumerate() {
                let slot = 1 + i as u32;
                a.push(if *c == Class::Val { fr.val(slot).clone() } else { word_value(*c, fr.word(slot)) });
            }
            f(fr, &a);
            Flow::Return
        });
        let _ = code.body.set(body);
        Some(code)
    }
}

/// Calls the method numbered `id` without arguments, with one result not held as a word,
/// on the dynamic value of interface value `v`; None when its type has no such method.
pub(super) fn call_method0(fr: &mut Frame, v: &Value, id: u32) -> Option<Value> {
    let Value::Iface(iv) = v else { return None };
    call_method_of(fr, &iv.0, &iv.1, &[id])
}
