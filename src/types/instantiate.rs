//! Generic types and functions made concrete: substitution of type arguments for type
//! parameters, instances of generic types (made once per list of type arguments), and the
//! core type through which operations on type parameters are checked.
//!
//! All of it works on a shared `&TypeTable`, because the evaluator instantiates too: it
//! lowers each instance of a generic function with its own substitution.

use std::cell::Cell;

use super::types::{Field, Interface, Method, Named, Signature, Term, Type, TypeId, TypeTable};

/// A substitution: type parameters and the types that replace them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Subst {
    pub params: Vec<TypeId>,
    pub args: Vec<TypeId>,
}

impl Subst {
    pub fn new(params: Vec<TypeId>, args: Vec<TypeId>) -> Subst {
        Subst { params, args }
    }

    pub fn is_empty(&self) -> bool {
        self.params.is_empty()
    }

    fn lookup(&self, t: TypeId) -> Option<TypeId> {
        self.params.iter().position(|&p| p == t).and_then(|i| self.args.get(i).copied())
    }
}

impl TypeTable {
    /// The instance of generic type `origin` with `args`: made once, so that the same
    /// arguments give the same type. Instantiating with the origin's own type parameters
    /// gives the origin (how a generic type refers to itself in its declaration and methods).
    pub fn instantiate(&self, origin: TypeId, args: &[TypeId]) -> TypeId {
        let Type::Named(o) = self.get(origin) else { return origin };
        if o.type_params.as_slice() == args || o.type_params.len() != args.len() {
            return origin;
        }
        let key = (origin, args.to_vec());
        if let Some(&t) = self.instances.borrow().get(&key) {
            return t;
        }
        let inst = self.push_named(Named {
            obj: o.obj,
            underlying: Cell::new(self.basic(super::types::BasicKind::Invalid)),
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: Some(origin),
            type_args: args.to_vec(),
        });
        self.instances.borrow_mut().insert(key, inst);
        if self.is_invalid(o.underlying.get()) {
            self.unexpanded.borrow_mut().push(inst);
        } else {
            self.expand(inst);
        }
        inst
    }

    /// Sets an instance's underlying type: its origin's, with the arguments substituted.
    fn expand(&self, inst: TypeId) {
        let Type::Named(n) = self.get(inst) else { return };
        let Some(Type::Named(o)) = n.origin.map(|o| self.get(o)) else { return };
        let s = Subst::new(o.type_params.clone(), n.type_args.clone());
        let u = self.subst(o.underlying.get(), &s);
        n.underlying.set(u);
    }

    /// Expands the instances made before their origins' declarations were complete.
    pub fn expand_pending(&self) {
        let pending: Vec<TypeId> = self.unexpanded.borrow_mut().drain(..).collect();
        for inst in pending {
            let ready = match self.get(inst) {
                Type::Named(n) => n.origin.is_some_and(|o| match self.get(o) {
                    Type::Named(o) => !self.is_invalid(o.underlying.get()),
                    _ => false,
                }),
                _ => false,
            };
            if ready {
                self.expand(inst);
            } else {
                self.unexpanded.borrow_mut().push(inst);
            }
        }
    }

    /// `t` with the substitution applied.
    pub fn subst(&self, t: TypeId, s: &Subst) -> TypeId {
        if s.is_empty() {
            return t;
        }
        self.subst_depth(t, s, 0)
    }

    fn subst_depth(&self, t: TypeId, s: &Subst, depth: u32) -> TypeId {
        if depth > 200 {
            return t;
        }
        let d = depth + 1;
        let sub = |x: TypeId| self.subst_depth(x, s, d);
        match self.get(t) {
            Type::Basic(_) => t,
            Type::TypeParam { .. } => s.lookup(t).unwrap_or(t),
            Type::Pointer(e) => {
                let e2 = sub(*e);
                if e2 == *e {
                    t
                } else {
                    self.pointer(e2)
                }
            }
            Type::Slice(e) => {
                let e2 = sub(*e);
                if e2 == *e {
                    t
                } else {
                    self.slice(e2)
                }
            }
            Type::Array { len, elem } => {
                let e2 = sub(*elem);
                if e2 == *elem {
                    t
                } else {
                    self.intern(Type::Array { len: *len, elem: e2 })
                }
            }
            Type::Map { key, value } => {
                let (k2, v2) = (sub(*key), sub(*value));
                if (k2, v2) == (*key, *value) {
                    t
                } else {
                    self.intern(Type::Map { key: k2, value: v2 })
                }
            }
            Type::Chan { dir, elem } => {
                let e2 = sub(*elem);
                if e2 == *elem {
                    t
                } else {
                    self.intern(Type::Chan { dir: *dir, elem: e2 })
                }
            }
            Type::Struct { fields } => {
                let fs: Vec<Field> = fields.iter().map(|f| Field { typ: sub(f.typ), ..f.clone() }).collect();
                if fs.iter().zip(fields).all(|(a, b)| a.typ == b.typ) {
                    t
                } else {
                    self.intern(Type::Struct { fields: fs })
                }
            }
            Type::Signature(sig) => {
                let n = Signature {
                    type_params: sig.type_params.clone(),
                    params: sig.params.iter().map(|&p| sub(p)).collect(),
                    results: sig.results.iter().map(|&r| sub(r)).collect(),
                    variadic: sig.variadic,
                };
                if n == *sig {
                    t
                } else {
                    self.intern(Type::Signature(n))
                }
            }
            Type::Interface(i) => {
                let n = Interface {
                    methods: i.methods.iter().map(|m| Method { sig: sub(m.sig), ..m.clone() }).collect(),
                    terms: i.terms.as_ref().map(|ts| ts.iter().map(|x| Term { typ: sub(x.typ), ..*x }).collect()),
                    comparable: i.comparable,
                };
                if n == *i {
                    t
                } else {
                    self.intern(Type::Interface(n))
                }
            }
            Type::Tuple(v) => {
                let n: Vec<TypeId> = v.iter().map(|&x| sub(x)).collect();
                if n == *v {
                    t
                } else {
                    self.tuple(n)
                }
            }
            // A generic type naming itself in its declaration stands for its instance with
            // its own parameters: substituted like any instance.
            Type::Named(n) if n.origin.is_none() && !n.type_params.is_empty() => {
                let args: Vec<TypeId> = n.type_params.iter().map(|&a| sub(a)).collect();
                if args == n.type_params {
                    t
                } else {
                    self.instantiate(t, &args)
                }
            }
            // A type declared inside generic code (`type pair struct{ k K; v V }` in a generic
            // function) stands for one type per instance of that code.
            Type::Named(n) if n.type_args.is_empty() => {
                let u = n.underlying.get();
                if !self.mentions_any(u, &s.params) {
                    return t;
                }
                let key = (t, s.args.clone());
                if let Some(&inst) = self.instances.borrow().get(&key) {
                    return inst;
                }
                let inst = self.push_named(Named {
                    obj: n.obj,
                    underlying: Cell::new(self.basic(super::types::BasicKind::Invalid)),
                    methods: n.methods.clone(),
                    type_params: Vec::new(),
                    origin: None,
                    type_args: Vec::new(),
                });
                self.instances.borrow_mut().insert(key, inst);
                let u2 = self.subst_depth(u, s, d);
                if let Type::Named(m) = self.get(inst) {
                    m.underlying.set(u2);
                }
                inst
            }
            Type::Named(n) => {
                if n.type_args.is_empty() {
                    return t;
                }
                let args: Vec<TypeId> = n.type_args.iter().map(|&a| sub(a)).collect();
                match n.origin {
                    Some(o) if args != n.type_args => self.instantiate(o, &args),
                    _ => t,
                }
            }
            Type::Alias { target, .. } => sub(*target),
        }
    }

    /// The type parameters type `t` mentions, each once (a generic type naming itself in
    /// its declaration mentions its own parameters). Underlying types of named types are
    /// not looked into: their parameters show in their type arguments.
    pub fn type_params_in(&self, t: TypeId) -> Vec<TypeId> {
        let mut out = Vec::new();
        self.collect_type_params(t, &mut out, 0);
        out
    }

    /// Whether `t` mentions one of `params`.
    pub fn mentions_any(&self, t: TypeId, params: &[TypeId]) -> bool {
        self.type_params_in(t).iter().any(|p| params.contains(p))
    }

    fn collect_type_params(&self, t: TypeId, out: &mut Vec<TypeId>, depth: u32) {
        if depth > 64 {
            return;
        }
        let add = |x: TypeId, out: &mut Vec<TypeId>| self.collect_type_params(x, out, depth + 1);
        match self.get(t) {
            Type::TypeParam { .. } => {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array { elem: e, .. } | Type::Chan { elem: e, .. } => {
                add(*e, out)
            }
            Type::Map { key, value } => {
                add(*key, out);
                add(*value, out);
            }
            Type::Struct { fields } => fields.iter().for_each(|f| add(f.typ, out)),
            Type::Signature(s) => s.params.iter().chain(&s.results).for_each(|&x| add(x, out)),
            Type::Tuple(v) => v.iter().for_each(|&x| add(x, out)),
            Type::Named(n) if n.origin.is_none() => n.type_params.iter().for_each(|&x| add(x, out)),
            Type::Named(n) => n.type_args.iter().for_each(|&x| add(x, out)),
            Type::Interface(i) => i.methods.iter().for_each(|m| add(m.sig, out)),
            Type::Alias { target, .. } => add(*target, out),
            Type::Basic(_) => {}
        }
    }

    /// A generic function's signature with its type parameters replaced by `args`.
    pub fn instantiate_signature(&self, sig: TypeId, args: &[TypeId]) -> TypeId {
        let Type::Signature(s) = self.get(sig) else { return sig };
        let subst = Subst::new(s.type_params.clone(), args.to_vec());
        let plain = Signature {
            type_params: Vec::new(),
            params: s.params.iter().map(|&p| self.subst(p, &subst)).collect(),
            results: s.results.iter().map(|&r| self.subst(r, &subst)).collect(),
            variadic: s.variadic,
        };
        self.intern(Type::Signature(plain))
    }

    /// The substitution that makes an instance's methods concrete: its origin's type
    /// parameters → its type arguments (empty for a type that is no instance).
    pub fn instance_subst(&self, t: TypeId) -> Subst {
        let t = match self.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        match self.get(t) {
            Type::Named(n) => match n.origin.map(|o| self.get(o)) {
                Some(Type::Named(o)) => Subst::new(o.type_params.clone(), n.type_args.clone()),
                _ => Subst::default(),
            },
            _ => Subst::default(),
        }
    }

    /// The core type (spec "Core types"): the underlying type, or for a type parameter the
    /// one underlying type all types of its type set share. A type parameter without one
    /// gives its constraint interface, on which the operation then fails.
    pub fn core(&self, t: TypeId) -> TypeId {
        if !self.is_type_param(t) {
            return self.underlying(t);
        }
        let u = super::predicates::under(self, t);
        self.core_of_constraint(u).unwrap_or(u)
    }

    /// The single underlying type of a constraint's terms, if they share one.
    pub fn core_of_constraint(&self, c: TypeId) -> Option<TypeId> {
        let Type::Interface(i) = self.get(super::predicates::under(self, c)) else { return None };
        let terms = i.terms.as_ref()?;
        let mut core: Option<TypeId> = None;
        for term in terms {
            let u = self.core(term.typ);
            match core {
                None => core = Some(u),
                Some(c) if super::predicates::identical(self, c, u) => {}
                Some(_) => return None,
            }
        }
        core
    }

    /// The types of a type parameter's type set, as its constraint's terms (None: the
    /// type set is not restricted to terms, e.g. `any` or a method set).
    pub fn type_set_terms(&self, t: TypeId) -> Option<Vec<Term>> {
        if !self.is_type_param(t) {
            return None;
        }
        match self.get(super::predicates::under(self, t)) {
            Type::Interface(i) => i.terms.clone(),
            _ => None,
        }
    }

    /// A generic function signature's type parameters (empty if it is not generic).
    pub fn sig_type_params(&self, t: TypeId) -> &[TypeId] {
        match self.get(t) {
            Type::Signature(s) => &s.type_params,
            _ => &[],
        }
    }
}
