//! Lowering structs and pointers: composite literals, zero values, field reads and writes
//! (through embedded fields and pointers, as the checker's `Selection` path says), `&x`,
//! `&T{…}`, `new(T)`, `*p`, and `==` on structs and pointers.
//!
//! Invariants: a struct value is `Value::Struct` (fields in order, scalars as `Int`, `Float`,
//! `Bool`); copies share the `Rc` and every write goes through `Rc::make_mut` at the
//! location written, so no two variables ever alias one struct. A pointer is the cell of
//! the variable it points to — `Value::Cell` (`Value::WordCell` for a scalar) — or `Nil`;
//! an escaping variable already lives in such a cell, so `&x` is that cell, and `&T{…}` and
//! `new(T)` make a fresh one. Pointers into struct fields and slice elements are not
//! supported (refused at lowering).

use gint_syntax::ast::{self, ExprKind, UnaryOp};
use gint_syntax::span::Span;

use super::closures::Place;
use super::*;
use crate::runtime::value::{Ref, RefRoot, SliceData};
use crate::types::lookup::Selection;

/// Where a value lives, as lowering found it: a base, then a path of field indices.
pub(super) struct Access {
    pub base: Base,
    pub fields: Vec<usize>,
}

pub(super) enum Base {
    /// A non-escaping local's slot (held as a `Value`).
    Slot(u32),
    Global(u32),
    /// The cell a local slot holds (an escaping local, or a local pointer): read in place.
    PtrSlot(u32),
    /// The cell a computed pointer points to.
    Ptr(ValE),
    /// Element `i` of a slice of non-scalars.
    Elem(ValE, IntE),
    /// A value that is no variable (a call's result): it can be read, not written.
    Value(ValE),
}

/// The field at `path` inside a struct value.
#[inline(always)]
fn get_fields<'v>(mut v: &'v Value, path: &[usize]) -> &'v Value {
    for &i in path {
        match v {
            Value::Struct(s) => v = &s[i],
            _ => return v,
        }
    }
    v
}

/// Stores `x` at `path` inside `v`, copying the structs on the way that are shared.
#[inline(always)]
fn set_fields(mut v: &mut Value, path: &[usize], x: Value) {
    for &i in path {
        match v {
            Value::Struct(s) => v = &mut Rc::make_mut(s)[i],
            _ => return,
        }
    }
    *v = x;
}

/// Stores the word `w` (of class `class`) at `path` inside `v`, in place when the field
/// already holds a scalar of that class (no drop of the old value, no `Value` built on
/// the stack: a measured 2x on nbody's field stores).
#[inline(always)]
fn set_fields_word(v: &mut Value, path: &[usize], class: Class, w: u64) {
    put_word(field_mut(v, path), class, w);
}

/// The field at `path` inside `v`, for writing: the structs on the way that are shared
/// are copied first.
#[inline(always)]
fn field_mut<'v>(mut v: &'v mut Value, path: &[usize]) -> &'v mut Value {
    for &i in path {
        match v {
            Value::Struct(s) => v = &mut Rc::make_mut(s)[i],
            _ => break,
        }
    }
    v
}

/// Stores the word `w` of class `class` into `v`.
#[inline(always)]
fn put_word(v: &mut Value, class: Class, w: u64) {
    match (v, class) {
        (Value::Int(i), Class::Int(_)) => *i = w as i64,
        (Value::Float(f), Class::Float(_)) => *f = f64::from_bits(w),
        (Value::Bool(b), Class::Bool) => *b = w != 0,
        (v, _) => *v = word_value(class, w),
    }
}

fn elem_cell(s: &Value, i: i64) -> &std::cell::RefCell<Value> {
    match s {
        Value::Slice(so) => {
            let v = so.vals();
            if (i as u64) >= v.len() as u64 {
                panic::index_out_of_range(i, v.len());
            }
            &v[i as usize]
        }
        _ => panic::index_out_of_range(i, 0),
    }
}

/// Reads through a pointer: what `path` names in the variable it points to (a scalar
/// variable as `Int` of its word).
#[inline(always)]
pub(super) fn read_ptr(p: &Value, path: &[usize]) -> Value {
    match p {
        Value::Cell(c) => get_fields(&c.borrow(), path).clone(),
        Value::WordCell(c) => Value::Int(c.get() as i64),
        Value::Ref(r) => read_ref(r, path),
        _ => panic::nil_dereference(),
    }
}

fn read_ref(r: &Ref, path: &[usize]) -> Value {
    let full: Vec<usize> = r.path.iter().chain(path).copied().collect();
    match &r.root {
        RefRoot::Cell(c) => get_fields(&c.borrow(), &full).clone(),
        RefRoot::Elem(SliceData::Vals(v), i) => get_fields(&v[*i].borrow(), &full).clone(),
        RefRoot::Elem(SliceData::Words(w), i) => Value::Int(w[*i].get() as i64),
    }
}

#[inline(always)]
pub(in crate::eval) fn write_ptr(p: &Value, path: &[usize], x: Value) {
    match p {
        Value::Cell(c) => set_fields(&mut c.borrow_mut(), path, x),
        Value::WordCell(c) => c.set(value_word(&x)),
        Value::Ref(r) => {
            let full: Vec<usize> = r.path.iter().chain(path).copied().collect();
            match &r.root {
                RefRoot::Cell(c) => set_fields(&mut c.borrow_mut(), &full, x),
                RefRoot::Elem(SliceData::Vals(v), i) => set_fields(&mut v[*i].borrow_mut(), &full, x),
                RefRoot::Elem(SliceData::Words(w), i) => w[*i].set(value_word(&x)),
            }
        }
        _ => panic::nil_dereference(),
    }
}

/// Runs `f` on the field at `path` inside the variable pointer `p` points to, in place
/// (a struct shared by copies is copied first, as any write does); nil panics.
pub(in crate::eval) fn update_ptr(p: &Value, path: &[usize], f: impl FnOnce(&mut Value)) {
    fn at<'v>(mut v: &'v mut Value, path: &[usize]) -> Option<&'v mut Value> {
        for &i in path {
            match v {
                Value::Struct(s) => v = Rc::make_mut(s).get_mut(i)?,
                _ => return None,
            }
        }
        Some(v)
    }
    match p {
        Value::Cell(c) => at(&mut c.borrow_mut(), path).map(f),
        Value::Ref(r) => {
            let full: Vec<usize> = r.path.iter().chain(path).copied().collect();
            match &r.root {
                RefRoot::Cell(c) => at(&mut c.borrow_mut(), &full).map(f),
                RefRoot::Elem(SliceData::Vals(v), i) => at(&mut v[*i].borrow_mut(), &full).map(f),
                RefRoot::Elem(SliceData::Words(_), _) => None,
            }
        }
        _ => panic::nil_dereference(),
    };
}

/// A pointer to the field at `path` inside what pointer `p` points to.
fn ref_into(p: Value, path: &[usize]) -> Value {
    if path.is_empty() {
        // `&*p` checks p as `*p` would.
        if matches!(p, Value::Nil) {
            panic::nil_dereference();
        }
        return p;
    }
    match p {
        Value::Cell(c) => Value::Ref(Rc::new(Ref { root: RefRoot::Cell(c), path: path.to_vec() })),
        Value::Ref(r) => Value::Ref(Rc::new(Ref {
            root: match &r.root {
                RefRoot::Cell(c) => RefRoot::Cell(c.clone()),
                RefRoot::Elem(d, i) => RefRoot::Elem(d.clone(), *i),
            },
            path: r.path.iter().chain(path).copied().collect(),
        })),
        _ => panic::nil_dereference(),
    }
}

/// A pointer to element `i` of slice `s` (and the field at `path` inside it).
fn ref_elem(s: &Value, i: i64, path: &[usize]) -> Value {
    let Value::Slice(so) = s else { panic::index_out_of_range(i, 0) };
    if (i as u64) >= so.len as u64 {
        panic::index_out_of_range(i, so.len);
    }
    Value::Ref(Rc::new(Ref { root: RefRoot::Elem(so.data.clone(), so.off + i as usize), path: path.to_vec() }))
}

impl<'a> Lower<'a> {
    /// The fields of a struct type (through its name), or None.
    pub(super) fn struct_fields(&self, t: TypeId) -> Option<Vec<crate::types::types::Field>> {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Struct { fields } => Some(fields.clone()),
            _ => None,
        }
    }

    pub(super) fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The zero value of a struct type: every field's zero value.
    pub(super) fn zero_struct(&mut self, t: TypeId, span: Span) -> Value {
        let fields = self.struct_fields(t).unwrap_or_default();
        let vals = fields.iter().map(|f| self.zero(f.typ, span)).collect();
        Value::Struct(Rc::new(vals))
    }

    /// `T{…}` of a struct type `t`: keyed or positional, omitted fields zero.
    pub(super) fn struct_lit(&mut self, t: TypeId, elts: &[ast::Expr], span: Span) -> Option<ValE> {
        let fields = self.struct_fields(t)?;
        let mut items: Vec<(usize, ValE)> = Vec::new();
        for (k, x) in elts.iter().enumerate() {
            let (i, v) = match &x.kind {
                ExprKind::KeyValue { key, value } => {
                    let ExprKind::Ident(name) = &key.kind else { return None };
                    (fields.iter().position(|f| *f.name == *name.name)?, &**value)
                }
                _ => (k, x),
            };
            items.push((i, self.value_as(v, fields.get(i)?.typ)));
        }
        if self.holds_array(t) {
            // Its arrays must be new for each value the literal makes.
            let zero = self.fresh_zero(t, span);
            return Some(Box::new(move |fr| {
                let Value::Struct(z) = zero() else { return Value::Nil };
                let mut vs = Rc::unwrap_or_clone(z);
                for (i, v) in &items {
                    vs[*i] = v(fr);
                }
                Value::Struct(Rc::new(vs))
            }));
        }
        let zero = self.zero_struct(t, span);
        if items.is_empty() {
            return Some(Box::new(move |_| zero.clone()));
        }
        let Value::Struct(zero) = zero else { return None };
        let zero = (*zero).clone();
        Some(Box::new(move |fr| {
            let mut vs = zero.clone();
            for (i, v) in &items {
                vs[*i] = v(fr);
            }
            Value::Struct(Rc::new(vs))
        }))
    }

    /// A composite literal of a struct type, or of a pointer to one (an elided `&T` in a
    /// slice literal), held as type `target`.
    pub(super) fn struct_lit_expr(&mut self, e: &ast::Expr, elts: &[ast::Expr], target: TypeId) -> Option<ValE> {
        let (_, lt) = self.type_of(e);
        if let Some(et) = self.pointer_elem(lt) {
            let v = self.struct_lit(et, elts, e.span)?;
            return Some(Box::new(move |fr| new_cell(v(fr))));
        }
        let v = self.struct_lit(lt, elts, e.span)?;
        if self.pointer_elem(target).is_some() {
            return Some(Box::new(move |fr| new_cell(v(fr))));
        }
        Some(v)
    }

    /// Where the value `e` names lives, if it is a variable, a field, `*p` or a slice
    /// element of a struct; else the value itself (`Base::Value`).
    pub(super) fn access(&mut self, e: &ast::Expr) -> Access {
        let plain = |base| Access { base, fields: Vec::new() };
        match &e.kind {
            ExprKind::Paren(x) => return self.access(x),
            ExprKind::Ident(_) => match self.var_place(e) {
                Some((Place::Local(s), Class::Val)) => return plain(Base::Slot(s)),
                Some((Place::Global(s), Class::Val)) => return plain(Base::Global(s)),
                Some((Place::GlobalCell(s), _)) => {
                    return plain(Base::Ptr(Box::new(move |fr| fr.globals[s as usize].clone())))
                }
                Some((Place::Boxed { slot, defining: false }, _)) => return plain(Base::PtrSlot(slot)),
                Some((Place::Env(i), _)) => return plain(Base::Ptr(Box::new(move |fr| fr.env[i as usize].clone()))),
                _ => {}
            },
            ExprKind::Unary { op: UnaryOp::Deref, x } => {
                if let Some((Place::Local(s), _)) = self.var_place(x) {
                    return plain(Base::PtrSlot(s));
                }
                return plain(Base::Ptr(self.value(x)));
            }
            ExprKind::Selector { x, .. } => {
                if let Some(Selection::Field { path, .. }) = self.prog.info.selection(e.id).cloned() {
                    let (_, xt) = self.type_of(x);
                    let acc = self.access(x);
                    return self.walk(acc, xt, &path);
                }
            }
            ExprKind::Index { x, indices, .. } => {
                let (_, xt) = self.type_of(x);
                if self.slice_elem(xt).is_some_and(|el| el.class == Class::Val) {
                    let s = self.storage(x);
                    let i = self.int(&indices[0]);
                    return plain(Base::Elem(s, i));
                }
            }
            _ => {}
        }
        plain(Base::Value(self.value(e)))
    }

    /// Follows a selection path from `acc` (of type `t`): each step through a pointer reads
    /// the pointer and continues in the variable it points to.
    pub(super) fn walk(&mut self, mut acc: Access, mut t: TypeId, path: &[usize]) -> Access {
        for &i in path {
            if let Some(et) = self.pointer_elem(t) {
                acc = self.deref_access(acc);
                t = et;
            }
            let Some(fields) = self.struct_fields(t) else { break };
            acc.fields.push(i);
            t = fields[i].typ;
        }
        acc
    }

    /// The variable a pointer held at `acc` points to.
    pub(super) fn deref_access(&mut self, acc: Access) -> Access {
        let base = match (acc.base, acc.fields.is_empty()) {
            (Base::Slot(s), true) => Base::PtrSlot(s),
            (base, _) => Base::Ptr(self.read_access(Access { base, fields: acc.fields })),
        };
        Access { base, fields: Vec::new() }
    }

    /// The value at an access.
    pub(super) fn read_access(&mut self, acc: Access) -> ValE {
        let path = acc.fields;
        match acc.base {
            Base::Slot(s) => Box::new(move |fr| get_fields(fr.val(s), &path).clone()),
            Base::Global(s) => Box::new(move |fr| get_fields(&fr.globals[s as usize], &path).clone()),
            Base::PtrSlot(s) => Box::new(move |fr| read_ptr(fr.val(s), &path)),
            Base::Ptr(p) => Box::new(move |fr| read_ptr(&p(fr), &path)),
            Base::Elem(s, i) => Box::new(move |fr| {
                let s = s(fr);
                let i = i(fr);
                let v = get_fields(&elem_cell(&s, i).borrow(), &path).clone();
                v
            }),
            Base::Value(v) => {
                if path.is_empty() {
                    return v;
                }
                Box::new(move |fr| get_fields(&v(fr), &path).clone())
            }
        }
    }

    /// `e == nil` for a field or `*p` of a local variable or pointer (`n.left == nil`),
    /// looked at in place: reading it would clone the pointer only to drop it. None for
    /// other expressions.
    pub(super) fn field_is_nil(&mut self, e: &ast::Expr) -> Option<BoolE> {
        if !self.is_field_or_deref(e) {
            return None;
        }
        let acc = self.access(e);
        let path = acc.fields;
        match acc.base {
            Base::Slot(s) => Some(Box::new(move |fr| matches!(get_fields(fr.val(s), &path), Value::Nil))),
            Base::PtrSlot(s) => Some(Box::new(move |fr| match fr.val(s) {
                Value::Cell(c) => matches!(get_fields(&c.borrow(), &path), Value::Nil),
                p => matches!(read_ptr(p, &path), Value::Nil),
            })),
            _ => None,
        }
    }

    /// A store at an access; None when it is no variable.
    pub(super) fn write_access(&mut self, acc: Access, span: Span) -> Box<dyn Fn(&mut Frame, Value)> {
        let path = acc.fields;
        match acc.base {
            Base::Slot(s) => Box::new(move |fr, x| {
                let b = fr.base;
                set_fields(&mut fr.vals[b + s as usize], &path, x)
            }),
            Base::Global(s) => Box::new(move |fr, x| set_fields(&mut fr.globals[s as usize], &path, x)),
            Base::PtrSlot(s) => Box::new(move |fr, x| write_ptr(fr.val(s), &path, x)),
            Base::Ptr(p) => Box::new(move |fr, x| write_ptr(&p(fr), &path, x)),
            Base::Elem(s, i) => Box::new(move |fr, x| {
                let s = s(fr);
                let i = i(fr);
                set_fields(&mut elem_cell(&s, i).borrow_mut(), &path, x);
            }),
            Base::Value(_) => {
                self.unsupported(span, "assignment to this kind of target");
                Box::new(|_, _| {})
            }
        }
    }

    /// Whether `e` is read or written through `access` (a field selector or `*p`).
    pub(super) fn is_field_or_deref(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_field_or_deref(x),
            ExprKind::Unary { op: UnaryOp::Deref, .. } => true,
            ExprKind::Selector { .. } => {
                matches!(self.prog.info.selection(e.id), Some(Selection::Field { .. }))
            }
            _ => false,
        }
    }

    /// A field or `*p` read as a word (integers, floats, booleans).
    pub(super) fn field_word(&mut self, e: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame) -> u64>> {
        if !self.is_field_or_deref(e) {
            return None;
        }
        let acc = self.access(e);
        let path = acc.fields;
        Some(match acc.base {
            Base::PtrSlot(s) => Box::new(move |fr| match fr.val(s) {
                Value::Cell(c) => value_word(get_fields(&c.borrow(), &path)),
                Value::WordCell(c) => c.get(),
                p => value_word(&read_ptr(p, &path)),
            }),
            Base::Slot(s) => Box::new(move |fr| value_word(get_fields(fr.val(s), &path))),
            Base::Ptr(p) => Box::new(move |fr| value_word(&read_ptr(&p(fr), &path))),
            base => {
                let v = self.read_access(Access { base, fields: path });
                Box::new(move |fr| value_word(&v(fr)))
            }
        })
    }

    /// A field or `*p` read as a `Value`.
    pub(super) fn field_value(&mut self, e: &ast::Expr) -> Option<ValE> {
        if !self.is_field_or_deref(e) {
            return None;
        }
        let acc = self.access(e);
        Some(self.read_access(acc))
    }

    /// A store into a field or `*p`, of a word of class `class`.
    pub(super) fn field_store_word(&mut self, l: &ast::Expr, class: Class) -> Option<Box<dyn Fn(&mut Frame, u64)>> {
        if !self.is_field_or_deref(l) {
            return None;
        }
        let acc = self.access(l);
        let path = acc.fields;
        Some(match acc.base {
            Base::PtrSlot(s) => Box::new(move |fr, w| match fr.val(s) {
                Value::Cell(c) => set_fields_word(&mut c.borrow_mut(), &path, class, w),
                Value::WordCell(c) => c.set(w),
                p => write_ptr(p, &path, word_value(class, w)),
            }),
            base => {
                let st = self.write_access(Access { base, fields: path }, l.span);
                Box::new(move |fr, w| st(fr, word_value(class, w)))
            }
        })
    }

    /// `p.f op= r` (and `p.f++`, `p.f--`) for a scalar field reached through a local
    /// pointer, when `r` calls nothing (so its value cannot depend on the order): the
    /// variable is borrowed once and the field updated in place. None for other targets
    /// and operators.
    pub(super) fn field_op_assign(
        &mut self,
        l: &ast::Expr,
        op: ast::BinaryOp,
        r: &ast::Expr,
        incdec: bool,
        class: Class,
    ) -> Option<StmtE> {
        use ast::BinaryOp::{Add, Mul, Quo, Sub};
        // `p.f` with `p` a variable: its base is the variable's slot.
        let ExprKind::Selector { x, .. } = &l.kind else { return None };
        if !matches!(x.kind, ExprKind::Ident(_)) || !self.is_field_or_deref(l) || (!incdec && self.has_call(r)) {
            return None;
        }
        let fits = match class {
            Class::Float(false) => matches!(op, Add | Sub | Mul | Quo),
            Class::Int(k) => k.bits() == 64 && matches!(op, Add | Sub | Mul),
            _ => false,
        };
        if !fits {
            return None;
        }
        let acc = self.access(l);
        let (Base::PtrSlot(s), false) = (&acc.base, acc.fields.is_empty()) else {
            return None;
        };
        let (s, path) = (*s, acc.fields);
        Some(match class {
            Class::Float(_) => {
                let rhs: FloatE = if incdec { Box::new(|_| 1.0) } else { self.float(r) };
                let f = move |x: u64, y: f64| {
                    let x = f64::from_bits(x);
                    match op {
                        Add => x + y,
                        Sub => x - y,
                        Mul => x * y,
                        _ => x / y,
                    }
                    .to_bits()
                };
                update_field(s, path, class, rhs, f)
            }
            _ => {
                let rhs: IntE = if incdec { Box::new(|_| 1) } else { self.int(r) };
                let f = move |x: u64, y: i64| {
                    let x = x as i64;
                    let v = match op {
                        Add => x.wrapping_add(y),
                        Sub => x.wrapping_sub(y),
                        _ => x.wrapping_mul(y),
                    };
                    v as u64
                };
                update_field(s, path, class, rhs, f)
            }
        })
    }

    pub(super) fn field_store_value(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        if !self.is_field_or_deref(l) {
            return None;
        }
        let acc = self.access(l);
        Some(self.write_access(acc, l.span))
    }

    /// `&x`: the cell of an escaping variable, or a fresh one for `&T{…}`.
    pub(super) fn address_of(&mut self, e: &ast::Expr, x: &ast::Expr) -> ValE {
        let mut inner = x;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        if let ExprKind::CompositeLit { elts, .. } = &inner.kind {
            let (_, t) = self.type_of(inner);
            if let Some(v) = self.struct_lit(t, elts, inner.span) {
                return Box::new(move |fr| new_cell(v(fr)));
            }
            // `&[N]T{…}`, `&[]T{…}`, `&map[K]V{…}`: a fresh variable holding the value.
            let v = self.value(inner);
            return Box::new(move |fr| new_cell(v(fr)));
        }
        if let ExprKind::Index { x: s, indices, .. } = &inner.kind {
            let (_, st) = self.type_of(s);
            // `&a[i]` of an array (or through a pointer to one): a pointer into its own
            // storage, so writes through it change the array.
            let array = self.array_type(self.through_array_ptr(st)).is_some();
            if self.is_slice(st) || array {
                let s = if array { self.storage(s) } else { self.value(s) };
                let i = self.int(&indices[0]);
                return Box::new(move |fr| {
                    let s = s(fr);
                    ref_elem(&s, i(fr), &[])
                });
            }
        }
        let acc = self.access(inner);
        match self.pointer_to(acc) {
            Some(p) => p,
            None => {
                self.unsupported(e.span, "pointers to package-level or non-escaping variables");
                Box::new(|_| Value::Nil)
            }
        }
    }

    /// A pointer to the variable at an access (`&x`, `&x.f`, `&p.f`, `&a[i].f`).
    pub(super) fn pointer_to(&mut self, acc: Access) -> Option<ValE> {
        let path = acc.fields;
        Some(match acc.base {
            Base::PtrSlot(s) => Box::new(move |fr| ref_into(fr.val(s).clone(), &path)),
            Base::Ptr(p) => Box::new(move |fr| ref_into(p(fr), &path)),
            Base::Elem(s, i) => Box::new(move |fr| {
                let s = s(fr);
                ref_elem(&s, i(fr), &path)
            }),
            Base::Slot(_) | Base::Global(_) | Base::Value(_) => return None,
        })
    }

    /// `new(T)`: a fresh variable holding T's zero value.
    pub(super) fn new_value(&mut self, t: TypeId, span: Span) -> ValE {
        let Some(et) = self.pointer_elem(t) else {
            self.unsupported(span, "this use of new");
            return Box::new(|_| Value::Nil);
        };
        if self.class(et) != Class::Val {
            return Box::new(|_| Value::WordCell(Rc::new(std::cell::Cell::new(0))));
        }
        let zero = self.fresh_zero(et, span);
        Box::new(move |_| new_cell(zero()))
    }
}

/// The statement updating the field at `path` of the variable the pointer in slot `s`
/// points to with `f(old, rhs)`.
fn update_field<T: 'static>(
    s: u32,
    path: Vec<usize>,
    class: Class,
    rhs: Box<dyn Fn(&mut Frame) -> T>,
    f: impl Fn(u64, T) -> u64 + 'static,
) -> StmtE {
    Box::new(move |fr| {
        let y = rhs(fr);
        match fr.val(s) {
            Value::Cell(c) => {
                let mut b = c.borrow_mut();
                let v = field_mut(&mut b, &path);
                let w = f(value_word(v), y);
                put_word(v, class, w);
            }
            p => {
                let w = f(value_word(&read_ptr(p, &path)), y);
                write_ptr(p, &path, word_value(class, w));
            }
        }
        Flow::Normal
    })
}

fn new_cell(v: Value) -> Value {
    Value::Cell(crate::runtime::gc::new_cell(v))
}
