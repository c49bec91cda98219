//! Arrays `[N]T`: held as a slice value (`off` 0, `len` = `cap` = N) of a backing array of
//! their own, so indexing, slicing, `len` and `range` reuse the slice paths.
//!
//! Invariant: no two array values share a backing array. Reading an array as a value
//! copies it (`value_as`), except a composite literal or a call result, which is fresh;
//! indexing, slicing and `len` read the variable's own storage (`storage`), so `a[i] = v`
//! and `a[i:j]` alias it as in Go. A zero array is made afresh each time (`fresh_zero`).

use std::rc::Rc;

use gint_syntax::ast::{self, ExprKind};

use super::{Class, Lower, ValE};
use crate::runtime::frame::Frame;
use crate::runtime::slice;
use crate::runtime::value::Value;
use crate::types::types::{Type, TypeId};

/// Makes a value of a type afresh (for arrays: a new backing array each time).
pub(super) type ZeroF = Rc<dyn Fn() -> Value>;

/// Copies a value so that it shares no array with the original.
pub(super) type CopyF = Rc<dyn Fn(&Value) -> Value>;

impl<'a> Lower<'a> {
    /// The length and element type of an array type, or None.
    pub(super) fn array_type(&self, t: TypeId) -> Option<(u64, TypeId)> {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Array { len, elem } => Some((*len, *elem)),
            _ => None,
        }
    }

    /// Whether values of type `t` hold an array (themselves, or in a field, transitively).
    pub(super) fn holds_array(&self, t: TypeId) -> bool {
        if self.array_type(t).is_some() {
            return true;
        }
        self.struct_fields(t).is_some_and(|fs| fs.iter().any(|f| self.holds_array(f.typ)))
    }

    /// Whether values of type `t` hold an array of floats (whose `==` compares as floats,
    /// not as the bits `values_eq` compares inside a struct).
    pub(super) fn holds_float_array(&self, t: TypeId) -> bool {
        if let Some((_, et)) = self.array_type(t) {
            return matches!(self.class(et), Class::Float(_)) || self.holds_float_array(et);
        }
        self.struct_fields(t).is_some_and(|fs| fs.iter().any(|f| self.holds_float_array(f.typ)))
    }

    /// A copy of a value of type `t` that shares no array with it; None when `t` holds none.
    pub(super) fn copier(&self, t: TypeId) -> Option<CopyF> {
        if !self.holds_array(t) {
            return None;
        }
        if let Some((_, et)) = self.array_type(t) {
            let inner = self.copier(et);
            return Some(Rc::new(move |v: &Value| slice::copy_array(v, inner.as_deref())));
        }
        let fs: Vec<Option<CopyF>> = self.struct_fields(t)?.iter().map(|f| self.copier(f.typ)).collect();
        Some(Rc::new(move |v: &Value| match v {
            Value::Struct(vs) => Value::Struct(Rc::new(
                vs.iter().zip(&fs).map(|(x, c)| c.as_ref().map_or_else(|| x.clone(), |c| c(x))).collect(),
            )),
            other => other.clone(),
        }))
    }

    /// The zero value of `t`, made afresh by each call (its arrays are new each time).
    pub(super) fn fresh_zero(&mut self, t: TypeId, span: gint_syntax::span::Span) -> ZeroF {
        if !self.holds_array(t) {
            let z = self.zero(t, span);
            return Rc::new(move || z.clone());
        }
        let Some((n, et)) = self.array_type(t) else {
            let fs = self.struct_fields(t).unwrap_or_default();
            let zs: Vec<ZeroF> = fs.iter().map(|f| self.fresh_zero(f.typ, span)).collect();
            return Rc::new(move || Value::Struct(Rc::new(zs.iter().map(|z| z()).collect())));
        };
        let n = n as usize;
        if self.class(et) != Class::Val {
            return Rc::new(move || slice::zero_array_words(n));
        }
        let ez = self.fresh_zero(et, span);
        Rc::new(move || slice::from_vals((0..n).map(|_| ez()).collect()))
    }

    /// `x` as the storage it names, for indexing, slicing and `len` (no copy of an array).
    /// Through a pointer to an array (`p[i]`, `p[i:j]`, `len(p)`, `range p`): the array
    /// it points to.
    pub(super) fn storage(&mut self, x: &ast::Expr) -> ValE {
        let (_, t) = self.type_of(x);
        if self.pointer_elem(t).is_some_and(|et| self.array_type(et).is_some()) {
            let p = self.value(x);
            return Box::new(move |fr| super::structs::read_ptr(&p(fr), &[]));
        }
        self.array_no_copy = true;
        let v = self.value(x);
        self.array_no_copy = false;
        v
    }

    /// The array type a pointer-to-array type points to, or the type itself.
    pub(super) fn through_array_ptr(&self, t: TypeId) -> TypeId {
        match self.pointer_elem(t) {
            Some(et) if self.array_type(et).is_some() => et,
            _ => t,
        }
    }

    /// Wraps the lowering of `e` (of array type `t`) in a copy unless `e` is fresh.
    pub(super) fn array_read(&mut self, e: &ast::Expr, t: TypeId, no_copy: bool, v: ValE) -> ValE {
        let Some(copy) = self.copier(t).filter(|_| !no_copy) else { return v };
        let mut x = e;
        while let ExprKind::Paren(inner) = &x.kind {
            x = inner;
        }
        let fresh = match &x.kind {
            ExprKind::CompositeLit { .. } => true,
            ExprKind::Call { fun, .. } => matches!(self.callee(fun), Some(super::Callee::Func(..))),
            _ => false,
        };
        if fresh {
            return v;
        }
        Box::new(move |fr: &mut Frame| copy(&v(fr)))
    }

    /// The zero value of `t` where it is stored without the copy a read makes: refused for
    /// arrays (it would be shared).
    pub(super) fn zero_no_array(&mut self, t: TypeId, span: gint_syntax::span::Span) -> Value {
        if self.holds_array(t) {
            self.unsupported(span, "arrays received with comma-ok or in select");
            return Value::Nil;
        }
        self.zero(t, span)
    }

    /// `x == y`, `x != y` of arrays: element by element. None for other types, and for
    /// arrays of arrays or structs of floats or complex numbers (not handled yet).
    pub(super) fn array_eq(
        &mut self,
        op: gint_syntax::ast::BinaryOp,
        x: &ast::Expr,
        y: &ast::Expr,
        t: TypeId,
    ) -> Option<super::BoolE> {
        self.array_type(t)?;
        // Arrays of arrays of floats compare as floats at the innermost level; anything
        // else holding float arrays (structs) is not handled.
        let dims = self.array_dims_inside(t);
        let mut inner = t;
        for _ in 0..=dims {
            inner = self.array_type(inner)?.1;
        }
        let floats = matches!(self.class(inner), Class::Float(_));
        if !floats && self.holds_float_array(inner) {
            return None;
        }
        let a = self.storage(x);
        let b = self.storage(y);
        let eq = op == gint_syntax::ast::BinaryOp::Eql;
        Some(Box::new(move |fr| {
            let (a, b) = (a(fr), b(fr));
            let same = if floats { nested_float_eq(&a, &b, dims) } else { crate::runtime::value::values_eq(&a, &b) };
            same == eq
        }))
    }

    /// How many array dimensions the elements of array type `t` hold.
    fn array_dims_inside(&self, t: TypeId) -> usize {
        match self.array_type(t) {
            Some((_, et)) if self.array_type(et).is_some() => 1 + self.array_dims_inside(et),
            _ => 0,
        }
    }

    /// Whether the innermost elements of array type `t` are structs that hold arrays: the
    /// in-place copy of `assign_array` does not reach into those yet, so slices taken of
    /// their array fields would go stale on assignment.
    fn elems_are_structs_with_arrays(&self, t: TypeId) -> bool {
        let mut et = t;
        while let Some((_, inner)) = self.array_type(et) {
            et = inner;
        }
        self.struct_fields(et).is_some() && self.holds_array(et)
    }

    /// `l = r` where `l` is of an array type: stores into `l`'s storage in place, so slices
    /// of it and pointers to it see the new elements. None when `l` is no array.
    pub(super) fn array_assign(&mut self, l: &ast::Expr, r: &ast::Expr) -> Option<super::StmtE> {
        let (_, lt) = self.type_of(l);
        self.array_type(lt)?;
        let v = self.value_as(r, lt);
        let st = self.array_store(l)?;
        Some(Box::new(move |fr| {
            let v = v(fr);
            st(fr, v);
            crate::runtime::frame::Flow::Normal
        }))
    }

    /// Stores a (fresh) array value into the storage of array `l`, element by element, so
    /// that slices of `l` see it. None if `l` is no array.
    fn array_store(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        if self.is_map_index(l) {
            return None;
        }
        let (_, lt) = self.type_of(l);
        self.array_type(lt)?;
        if self.elems_are_structs_with_arrays(lt) {
            self.unsupported(l.span, "assigning an array of structs that hold arrays");
            return Some(Box::new(|_, _| {}));
        }
        let dst = self.storage(l);
        let nested = self.array_dims_inside(lt);
        Some(Box::new(move |fr, v| slice::assign_array(&dst(fr), &v, nested)))
    }

    /// `[N]T(s)` of a slice `s`: a copy of its first N elements; a panic if it is shorter.
    pub(super) fn slice_to_array(&mut self, e: &ast::Expr, a: &ast::Expr) -> Option<super::ValE> {
        let (_, t) = self.type_of(e);
        let (n, et) = self.array_type(t)?;
        let (_, at) = self.type_of(a);
        if !self.is_slice(at) {
            return None;
        }
        let n = n as usize;
        let inner = self.copier(et);
        let zero = self.fresh_zero(t, e.span);
        let s = self.value(a);
        Some(Box::new(move |fr| {
            let s = s(fr);
            let len = match &s {
                Value::Slice(so) => so.len,
                _ => 0,
            };
            if len < n {
                crate::runtime::panic::runtime_error(format!(
                    "cannot convert slice with length {len} to array or pointer to array with length {n}"
                ));
            }
            match &s {
                Value::Slice(so) if n > 0 => {
                    let view = Value::Slice(Rc::new(crate::runtime::value::SliceObj {
                        data: so.data.clone(),
                        off: so.off,
                        len: n,
                        cap: n,
                    }));
                    slice::copy_array(&view, inner.as_deref())
                }
                _ => zero(),
            }
        }))
    }

    /// Whether `l` is `m[k]` of a map (a map element is replaced whole, never in place).
    fn is_map_index(&self, l: &ast::Expr) -> bool {
        matches!(&l.kind, ExprKind::Index { x, .. } if self.map_types(self.type_of(x).1).is_some())
    }

    /// How a (fresh) value is stored into `l` when `l` holds arrays: into the arrays'
    /// storage (see `array_store`, `struct_array_store`). None for other targets.
    pub(super) fn holding_array_store(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        self.array_store(l).or_else(|| self.struct_array_store(l))
    }

    /// Whether struct type `t` has (through nested struct fields) an array field whose
    /// elements are structs holding arrays (see `elems_are_structs_with_arrays`).
    fn struct_has_array_of_structs_with_arrays(&self, t: TypeId) -> bool {
        self.struct_fields(t).unwrap_or_default().iter().any(|f| {
            if self.array_type(f.typ).is_some() {
                self.elems_are_structs_with_arrays(f.typ)
            } else {
                self.struct_fields(f.typ).is_some() && self.struct_has_array_of_structs_with_arrays(f.typ)
            }
        })
    }

    /// The paths (field numbers) to the array fields of struct type `t`, through nested
    /// struct fields, each with the array dimensions inside its elements.
    fn array_field_paths(&self, t: TypeId, prefix: &mut Vec<usize>, out: &mut Vec<(Vec<usize>, usize)>) {
        for (i, f) in self.struct_fields(t).unwrap_or_default().iter().enumerate() {
            prefix.push(i);
            if self.array_type(f.typ).is_some() {
                out.push((prefix.clone(), self.array_dims_inside(f.typ)));
            } else if self.struct_fields(f.typ).is_some() {
                self.array_field_paths(f.typ, prefix, out);
            }
            prefix.pop();
        }
    }

    /// `l = r` of a struct holding arrays: the new value keeps `l`'s array storages (with
    /// `r`'s elements copied in), so slices of `l`'s array fields see the new elements.
    pub(super) fn struct_array_assign(&mut self, l: &ast::Expr, r: &ast::Expr) -> Option<super::StmtE> {
        let (_, lt) = self.type_of(l);
        if self.struct_fields(lt).is_none() || !self.holds_array(lt) {
            return None;
        }
        let v = self.value_as(r, lt);
        let st = self.struct_array_store(l)?;
        Some(Box::new(move |fr| {
            let v = v(fr);
            st(fr, v);
            crate::runtime::frame::Flow::Normal
        }))
    }

    /// Stores a (fresh) struct value holding arrays into `l`, copying its arrays into
    /// the storage of `l`'s (so pointers to them stay valid).
    fn struct_array_store(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        if self.is_map_index(l) {
            return None;
        }
        let (_, lt) = self.type_of(l);
        if self.struct_fields(lt).is_none() || !self.holds_array(lt) {
            return None;
        }
        let mut paths = Vec::new();
        self.array_field_paths(lt, &mut Vec::new(), &mut paths);
        if self.struct_has_array_of_structs_with_arrays(lt) {
            self.unsupported(l.span, "assigning a struct holding arrays of structs that hold arrays");
            return Some(Box::new(|_, _| {}));
        }
        let dst = self.storage(l);
        let st = self.value_store(l);
        Some(Box::new(move |fr, mut v| {
            let d = dst(fr);
            for (path, nested) in &paths {
                let (Some(old), Some(new)) = (field_at(&d, path), field_at(&v, path)) else { continue };
                slice::assign_array(&old, &new, *nested);
                set_field_at(&mut v, path, old);
            }
            st(fr, v);
        }))
    }
}

/// The value at a field path inside a struct value.
/// `==` of arrays nested `dims` deep around arrays of floats.
fn nested_float_eq(a: &Value, b: &Value, dims: usize) -> bool {
    if dims == 0 {
        return crate::runtime::value::float_words_eq(a, b);
    }
    match (a, b) {
        (Value::Slice(x), Value::Slice(y)) => {
            x.vals().iter().zip(y.vals()).all(|(p, q)| nested_float_eq(&p.borrow(), &q.borrow(), dims - 1))
        }
        _ => false,
    }
}

fn field_at(v: &Value, path: &[usize]) -> Option<Value> {
    let mut cur = v.clone();
    for &i in path {
        let Value::Struct(fs) = &cur else { return None };
        let next = fs.get(i)?.clone();
        cur = next;
    }
    Some(cur)
}

/// Replaces the value at a field path inside a struct value (copying shared levels).
fn set_field_at(v: &mut Value, path: &[usize], x: Value) {
    let Some((&i, rest)) = path.split_first() else {
        *v = x;
        return;
    };
    if let Value::Struct(fs) = v {
        if let Some(f) = Rc::make_mut(fs).get_mut(i) {
            set_field_at(f, rest, x);
        }
    }
}
