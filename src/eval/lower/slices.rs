//! Lowering of slices and strings as sequences: `make`, composite literals, indexing (get,
//! store, `op=`), slicing, `len`/`cap`/`append`/`copy`, `range`, and the conversions between
//! strings, bytes and runes. Scalar elements live in word backing arrays, the rest in
//! `Value` ones (`runtime::slice`); the element class is known here, so each closure reads
//! the one representation it was made for.

use gint_syntax::ast::{self, ExprKind};

use super::leaves::Src;
use super::{BoolE, Class, FloatE, IntE, Lower, StmtE, ValE};
use crate::runtime::frame::{Flow, Frame};
use crate::runtime::panic;
use crate::runtime::slice::{self, ElemLayout};
use crate::runtime::value::{SliceData, Str, Value};
use crate::types::types::{BasicKind, Type, TypeId};

type WordE = Box<dyn Fn(&mut Frame) -> u64>;

/// What lowering needs to know of a slice type's elements.
#[derive(Clone)]
pub(super) struct Elem {
    pub typ: TypeId,
    pub class: Class,
    pub layout: ElemLayout,
    pub zero: Value,
    /// For array elements: their zero made afresh (`zero` is then unused).
    pub fresh: Option<super::arrays::ZeroF>,
}

impl Elem {
    pub(super) fn words(&self) -> bool {
        self.class != Class::Val
    }
}

/// Element `i` of a slice value's words, with Go's bounds check.
#[inline(always)]
fn word_at(s: &Value, i: i64) -> u64 {
    match s {
        Value::Slice(so) => {
            let w = so.words();
            if (i as u64) >= w.len() as u64 {
                panic::index_out_of_range(i, w.len());
            }
            w[i as usize].get()
        }
        _ => panic::index_out_of_range(i, 0),
    }
}

#[inline(always)]
fn set_word_at(s: &Value, i: i64, v: u64) {
    match s {
        Value::Slice(so) => {
            let w = so.words();
            if (i as u64) >= w.len() as u64 {
                panic::index_out_of_range(i, w.len());
            }
            w[i as usize].set(v)
        }
        _ => panic::index_out_of_range(i, 0),
    }
}

fn val_at(s: &Value, i: i64) -> Value {
    match s {
        Value::Slice(so) => {
            let v = so.vals();
            if (i as u64) >= v.len() as u64 {
                panic::index_out_of_range(i, v.len());
            }
            v[i as usize].borrow().clone()
        }
        _ => panic::index_out_of_range(i, 0),
    }
}

fn set_val_at(s: &Value, i: i64, x: Value) {
    match s {
        Value::Slice(so) => {
            let v = so.vals();
            if (i as u64) >= v.len() as u64 {
                panic::index_out_of_range(i, v.len());
            }
            *v[i as usize].borrow_mut() = x;
        }
        _ => panic::index_out_of_range(i, 0),
    }
}

fn word_of(class: Class, v: &Value) -> u64 {
    match (class, v) {
        (Class::Float(_), Value::Float(f)) => f.to_bits(),
        (_, v) => super::value_word(v),
    }
}

impl<'a> Lower<'a> {
    /// The element of a slice type, or None (and an error) for other types.
    pub(super) fn slice_elem(&mut self, t: TypeId) -> Option<Elem> {
        let t = self.through_array_ptr(t);
        let et = match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Slice(et) | Type::Array { elem: et, .. } => *et,
            _ => return None,
        };
        let class = self.class(et);
        let layout = self.layout(et);
        let span = gint_syntax::span::Span::default();
        if self.holds_array(et) {
            let fresh = Some(self.fresh_zero(et, span));
            return Some(Elem { typ: et, class, layout, zero: Value::Nil, fresh });
        }
        let zero = match class {
            Class::Val => self.zero(et, span),
            _ => Value::Nil,
        };
        Some(Elem { typ: et, class, layout, zero, fresh: None })
    }

    /// A type's size in Go (amd64) and whether it holds no pointers.
    fn layout(&self, t: TypeId) -> ElemLayout {
        let u = self.prog.types.underlying(t);
        let (size, noscan) = match self.prog.types.get(u) {
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => (1, true),
                BasicKind::Int16 | BasicKind::Uint16 => (2, true),
                BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => (4, true),
                BasicKind::String => (16, false),
                BasicKind::Complex128 => (16, true),
                _ => (8, true),
            },
            Type::Slice(_) => (24, false),
            Type::Interface(_) => (16, false),
            _ => (8, false),
        };
        ElemLayout { size, noscan }
    }

    pub(super) fn is_slice(&self, t: TypeId) -> bool {
        matches!(self.prog.types.get(self.prog.types.underlying(t)), Type::Slice(_))
    }

    pub(super) fn is_string_type(&self, t: TypeId) -> bool {
        self.prog.types.basic_kind(t).is_some_and(|k| k.is_string())
    }

    /// A local (non-escaping) variable's slot, to index it without cloning the header.
    pub(super) fn local_val_slot(&mut self, x: &ast::Expr) -> Option<u32> {
        if !matches!(x.kind, ExprKind::Ident(_)) || self.pointer_elem(self.type_of(x).1).is_some() {
            return None;
        }
        match self.var_place(x) {
            Some((super::closures::Place::Local(slot), Class::Val)) => Some(slot),
            _ => None,
        }
    }

    /// `x[i]` of a slice of scalars, as the element's word.
    fn index_word(&mut self, x: &ast::Expr, i: &ast::Expr) -> WordE {
        let islot = self.local_word_slot(i);
        let i = self.int(i);
        if let Some(slot) = self.local_val_slot(x) {
            if let Some(islot) = islot {
                // `s[i]` of locals: one closure.
                return Box::new(move |fr| word_at(fr.val(slot), fr.word(islot) as i64));
            }
            return Box::new(move |fr| {
                let i = i(fr);
                word_at(fr.val(slot), i)
            });
        }
        let x = self.storage(x);
        Box::new(move |fr| {
            let s = x(fr);
            word_at(&s, i(fr))
        })
    }

    /// `x[i]` where x is a slice; None if x is not one.
    pub(super) fn index_int(&mut self, x: &ast::Expr, i: &ast::Expr) -> Option<IntE> {
        let (_, xt) = self.type_of(x);
        let el = self.slice_elem(xt)?;
        let w = self.index_word(x, i);
        let _ = el;
        Some(Box::new(move |fr| w(fr) as i64))
    }

    pub(super) fn index_float(&mut self, x: &ast::Expr, i: &ast::Expr) -> Option<FloatE> {
        let (_, xt) = self.type_of(x);
        self.slice_elem(xt)?;
        let w = self.index_word(x, i);
        Some(Box::new(move |fr| f64::from_bits(w(fr))))
    }

    pub(super) fn index_bool(&mut self, x: &ast::Expr, i: &ast::Expr) -> Option<BoolE> {
        let (_, xt) = self.type_of(x);
        self.slice_elem(xt)?;
        let w = self.index_word(x, i);
        Some(Box::new(move |fr| w(fr) != 0))
    }

    /// `x[i]` as a `Value`: an element of a slice of non-scalars.
    pub(super) fn index_value(&mut self, x: &ast::Expr, i: &ast::Expr) -> Option<ValE> {
        let (_, xt) = self.type_of(x);
        let el = self.slice_elem(xt)?;
        if el.words() {
            return None;
        }
        let i = self.int(i);
        if let Some(slot) = self.local_val_slot(x) {
            return Some(Box::new(move |fr| {
                let i = i(fr);
                val_at(fr.val(slot), i)
            }));
        }
        let x = self.storage(x);
        Some(Box::new(move |fr| {
            let s = x(fr);
            val_at(&s, i(fr))
        }))
    }

    /// `x[i] = v` (and `x[i] op= v`, `x[i]++` when `op` is given): x and i are evaluated
    /// once, before v.
    pub(super) fn index_assign(
        &mut self,
        l: &ast::Expr,
        r: Option<&ast::Expr>,
        op: Option<ast::BinaryOp>,
    ) -> Option<StmtE> {
        let ExprKind::Index { x, indices, .. } = &l.kind else {
            return None;
        };
        let (_, xt) = self.type_of(x);
        let el = self.slice_elem(xt)?;
        let span = l.span;
        let class = el.class;
        if class != Class::Val {
            let i = match self.local_word_slot(&indices[0]) {
                Some(slot) => Src::Local(slot),
                None => Src::Code(self.int(&indices[0])),
            };
            // A local slice is read in place, after the right-hand side (no call can
            // change a non-escaping local); any other is evaluated first, as Go does.
            let src = match self.local_val_slot(x) {
                Some(slot) => SliceSrc::Slot(slot),
                None => SliceSrc::Code(self.storage(x)),
            };
            let old = op.is_some();
            // The new element from the old one (for `op=`) and the right-hand side.
            return Some(match class {
                Class::Int(k) => {
                    let rhs = match r {
                        Some(r) if matches!(op, Some(ast::BinaryOp::Shl | ast::BinaryOp::Shr)) => {
                            Src::Code(self.shift_count(r))
                        }
                        Some(r) => self.int_src(r, k),
                        None => Src::Const(1),
                    };
                    match op {
                        None => update_word(src, i, rhs, false, |_, b| b as u64),
                        Some(op) => update_word(src, i, rhs, true, move |a, b| int_binop(op, k, a as i64, b) as u64),
                    }
                }
                Class::Float(f32) => {
                    let rhs = match r {
                        Some(r) => self.float_src(r),
                        None => Src::Const(1.0),
                    };
                    update_word(src, i, rhs, old, move |a, b| {
                        let Some(op) = op else { return b.to_bits() };
                        let a = f64::from_bits(a);
                        let v = match op {
                            ast::BinaryOp::Add => a + b,
                            ast::BinaryOp::Sub => a - b,
                            ast::BinaryOp::Mul => a * b,
                            _ => a / b,
                        };
                        super::round32(v, f32).to_bits()
                    })
                }
                _ => {
                    let r = r?;
                    let rhs = match self.constant(r) {
                        Some((c, _)) => Src::Const(matches!(c, crate::types::constant::Value::Bool(true))),
                        None => Src::Code(self.boolean(r)),
                    };
                    update_word(src, i, rhs, false, |_, b| b as u64)
                }
            });
        }
        let i = self.int(&indices[0]);
        let xs = self.storage(x);
        match class {
            Class::Val if op.is_some() && self.complex_kind(el.typ).is_some() => {
                let combine = self.complex_combine(el.typ, op?)?;
                let rhs: ValE = match r {
                    Some(r) => self.value_as(r, el.typ),
                    None => Box::new(|_| Value::Complex(std::rc::Rc::new((1.0, 0.0)))),
                };
                Some(Box::new(move |fr| {
                    let s = xs(fr);
                    let i = i(fr);
                    let b = rhs(fr);
                    set_val_at(&s, i, combine(&val_at(&s, i), &b));
                    Flow::Normal
                }))
            }
            _ => {
                if op.is_some_and(|o| o != ast::BinaryOp::Add) || !(op.is_none() || self.is_string_type(el.typ)) {
                    self.unsupported(span, "this assignment operation");
                    return Some(Box::new(|_| Flow::Normal));
                }
                let rhs = self.value_as(r?, el.typ);
                Some(Box::new(move |fr| {
                    let s = xs(fr);
                    let i = i(fr);
                    let b = rhs(fr);
                    let v = if op.is_some() { super::concat(&val_at(&s, i), &b) } else { b };
                    set_val_at(&s, i, v);
                    Flow::Normal
                }))
            }
        }
    }
}

/// Where the slice of an element store comes from.
enum SliceSrc {
    /// A non-escaping local's slot, read in place (no clone of the header).
    Slot(u32),
    Code(ValE),
}

/// `x[i] = f(old, rhs)` for a slice of scalars (`old` says whether `f` reads the old
/// element): the slice (unless local), the index and the right-hand side in Go's order.
fn update_word<T: super::leaves::Word>(
    src: SliceSrc,
    i: Src<i64>,
    rhs: Src<T>,
    old: bool,
    f: impl Fn(u64, T) -> u64 + 'static,
) -> StmtE {
    match src {
        SliceSrc::Slot(slot) => Box::new(move |fr| {
            let i = i.get(fr);
            let b = rhs.get(fr);
            let s = fr.val(slot);
            let a = if old { word_at(s, i) } else { 0 };
            set_word_at(s, i, f(a, b));
            Flow::Normal
        }),
        SliceSrc::Code(xs) => Box::new(move |fr| {
            let s = xs(fr);
            let i = i.get(fr);
            let b = rhs.get(fr);
            let a = if old { word_at(&s, i) } else { 0 };
            set_word_at(&s, i, f(a, b));
            Flow::Normal
        }),
    }
}

/// `a op b` at integer kind `k`, for `x[i] op= b`.
pub(super) fn int_binop(op: ast::BinaryOp, k: crate::runtime::value::IntKind, a: i64, b: i64) -> i64 {
    use ast::BinaryOp::*;
    match op {
        Add => k.wrap(a.wrapping_add(b)),
        Sub => k.wrap(a.wrapping_sub(b)),
        Mul => k.wrap(a.wrapping_mul(b)),
        Quo | Rem => {
            if b == 0 {
                panic::divide_by_zero();
            }
            let v = match (op, k.is_unsigned()) {
                (Quo, true) => ((a as u64) / (b as u64)) as i64,
                (Quo, false) => a.wrapping_div(b),
                (_, true) => ((a as u64) % (b as u64)) as i64,
                (_, false) => a.wrapping_rem(b),
            };
            k.wrap(v)
        }
        And => a & b,
        Or => a | b,
        Xor => k.wrap(a ^ b),
        AndNot => a & !b,
        Shl => {
            if (b as u64) >= 64 {
                0
            } else {
                k.wrap(((a as u64) << b) as i64)
            }
        }
        _ => {
            let u = if k.is_unsigned() { (a as u64) & (u64::MAX >> (64 - k.bits())) } else { a as u64 };
            if k.is_unsigned() {
                if (b as u64) >= 64 {
                    0
                } else {
                    (u >> b) as i64
                }
            } else if (b as u64) >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }
        }
    }
}

impl<'a> Lower<'a> {
    /// Builtins and conversions producing or reading slices; None when `e` is none of them.
    pub(super) fn slice_builtin_value(&mut self, e: &ast::Expr) -> Option<ValE> {
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else {
            return None;
        };
        let (_, t) = self.type_of(e);
        if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == crate::types::info::ExprMode::TypeExpr) {
            return self.conversion_value(t, &args[0]);
        }
        let Some(super::Callee::Builtin(b)) = self.callee(fun) else {
            return None;
        };
        use crate::types::object::Builtin;
        match b {
            Builtin::Make => {
                let el = self.slice_elem(t)?;
                let n = self.int(&args[1]);
                let c = args.get(2).map(|c| self.int(c));
                if let Some(fresh) = el.fresh.clone() {
                    return Some(Box::new(move |fr| {
                        let n = n(fr);
                        let c = c.as_ref().map_or(n, |c| c(fr));
                        slice::make_fresh(n, c, &*fresh)
                    }));
                }
                let (words, zero) = (el.words(), el.zero.clone());
                Some(Box::new(move |fr| {
                    let n = n(fr);
                    let c = match &c {
                        Some(c) => c(fr),
                        None => n,
                    };
                    slice::make(n, c, words, &zero)
                }))
            }
            Builtin::Append => {
                let (_, at) = self.type_of(&args[0]);
                if self.prog.types.tuple_elems(at).is_some_and(|r| r.len() > 1) {
                    return self.append_results(&args[0], t);
                }
                let el = self.slice_elem(t)?;
                let s = self.value(&args[0]);
                let (words, zero, layout, class) = (el.words(), el.zero.clone(), el.layout, el.class);
                if let Some(fresh) = el.fresh.clone() {
                    // Elements holding arrays: those appended are copies (of `xs`'s elements
                    // too), and the spare capacity a growth leaves holds zero arrays of its own.
                    let vals: Vec<ValE> = if ellipsis.is_some() {
                        let xs = self.value(&args[1]);
                        let copy = self.copier(el.typ)?;
                        vec![Box::new(move |fr| {
                            let xs = xs(fr);
                            let Value::Slice(so) = &xs else { return slice::from_vals(Vec::new()) };
                            slice::from_vals((0..so.len).map(|i| copy(&so.get_value(i))).collect())
                        })]
                    } else {
                        args[1..].iter().map(|a| self.value_as(a, el.typ)).collect()
                    };
                    let spread = ellipsis.is_some();
                    return Some(Box::new(move |fr| {
                        let s = s(fr);
                        let xs: Vec<Value> = if spread {
                            match vals[0](fr) {
                                Value::Slice(so) => (0..so.len).map(|i| so.get_value(i)).collect(),
                                _ => Vec::new(),
                            }
                        } else {
                            vals.iter().map(|v| v(fr)).collect()
                        };
                        let r = slice::append(&s, xs.len(), layout, words, &zero, &|d, at| {
                            if let SliceData::Vals(v) = d {
                                for (k, x) in xs.iter().enumerate() {
                                    *v[at + k].borrow_mut() = x.clone();
                                }
                            }
                        });
                        let grown = |old: &Value, new: &SliceData| match (old, new) {
                            (Value::Slice(o), SliceData::Vals(n)) => match &o.data {
                                SliceData::Vals(v) => !std::rc::Rc::ptr_eq(v, n),
                                _ => true,
                            },
                            _ => true,
                        };
                        if let Value::Slice(so) = &r {
                            if let SliceData::Vals(v) = &so.data {
                                if grown(&s, &so.data) {
                                    for c in &v[so.off + so.len..] {
                                        *c.borrow_mut() = fresh();
                                    }
                                }
                            }
                        }
                        r
                    }));
                }
                if ellipsis.is_some() {
                    let (_, at) = self.type_of(&args[1]);
                    let from_str = self.is_string_type(at);
                    let xs = self.value(&args[1]);
                    return Some(Box::new(move |fr| {
                        let s = s(fr);
                        let xs = xs(fr);
                        if from_str {
                            let b = xs.str();
                            return slice::append(&s, b.len(), layout, words, &zero, &|d, at| {
                                if let SliceData::Words(w) = d {
                                    for (k, &c) in b.iter().enumerate() {
                                        w[at + k].set(c as u64);
                                    }
                                }
                            });
                        }
                        let Value::Slice(src) = &xs else { return s };
                        slice::append(&s, src.len, layout, words, &zero, &|d, at| {
                            slice::copy_into(d, at, &src.data, src.off, src.len)
                        })
                    }));
                }
                let vals: Vec<ValE> = args[1..].iter().map(|a| self.value_as(a, el.typ)).collect();
                Some(Box::new(move |fr| {
                    let s = s(fr);
                    let xs: Vec<Value> = vals.iter().map(|v| v(fr)).collect();
                    slice::append(&s, xs.len(), layout, words, &zero, &|d, at| match d {
                        SliceData::Words(w) => {
                            for (k, x) in xs.iter().enumerate() {
                                w[at + k].set(word_of(class, x));
                            }
                        }
                        SliceData::Vals(v) => {
                            for (k, x) in xs.iter().enumerate() {
                                *v[at + k].borrow_mut() = x.clone();
                            }
                        }
                    })
                }))
            }
            _ => None,
        }
    }

    /// `append(f())` with a multi-valued f (slice type `t`): its first result is the slice,
    /// the others are appended. None (unsupported) where a result needs converting to the
    /// element type or elements hold arrays.
    fn append_results(&mut self, call: &ast::Expr, t: TypeId) -> Option<ValE> {
        let el = self.slice_elem(t)?;
        let (call, types) = self.multi_call(call)?;
        let same = types[1..].iter().all(|&r| crate::types::predicates::identical(&self.prog.types, r, el.typ));
        if el.fresh.is_some() || !same {
            return None;
        }
        let (words, zero, layout, class) = (el.words(), el.zero.clone(), el.layout, el.class);
        Some(Box::new(move |fr| {
            call(fr);
            let mut results = std::mem::take(&mut fr.ret_multi).into_iter();
            let s = results.next().unwrap_or(Value::Nil);
            let xs: Vec<Value> = results.collect();
            slice::append(&s, xs.len(), layout, words, &zero, &|d, at| match d {
                SliceData::Words(w) => {
                    for (k, x) in xs.iter().enumerate() {
                        w[at + k].set(word_of(class, x));
                    }
                }
                SliceData::Vals(v) => {
                    for (k, x) in xs.iter().enumerate() {
                        *v[at + k].borrow_mut() = x.clone();
                    }
                }
            })
        }))
    }

    /// `len`, `cap` and `copy` of slices (and `len` of strings is in `builtin_int`).
    pub(super) fn slice_builtin_int(&mut self, b: crate::types::object::Builtin, args: &[ast::Expr]) -> Option<IntE> {
        use crate::types::object::Builtin;
        let (_, at) = self.type_of(&args[0]);
        match b {
            Builtin::Len | Builtin::Cap
                if self.is_slice(at) || self.array_type(self.through_array_ptr(at)).is_some() =>
            {
                let cap = b == Builtin::Cap;
                if let Some(slot) = self.local_val_slot(&args[0]) {
                    return Some(if cap {
                        Box::new(move |fr| slice::cap(fr.val(slot)) as i64)
                    } else {
                        Box::new(move |fr| slice::len(fr.val(slot)) as i64)
                    });
                }
                let s = self.storage(&args[0]);
                Some(if cap {
                    Box::new(move |fr| slice::cap(&s(fr)) as i64)
                } else {
                    Box::new(move |fr| slice::len(&s(fr)) as i64)
                })
            }
            Builtin::Copy => {
                if let Some(copy) = self.slice_elem(at).and_then(|el| el.fresh.and(self.copier(el.typ))) {
                    // Elements holding arrays are copied into the destination's own.
                    let d = self.value(&args[0]);
                    let s = self.value(&args[1]);
                    return Some(Box::new(move |fr| {
                        let (Value::Slice(d), Value::Slice(s)) = (d(fr), s(fr)) else { return 0 };
                        let n = d.len.min(s.len);
                        let xs: Vec<Value> = (0..n).map(|i| copy(&s.get_value(i))).collect();
                        for (k, x) in xs.into_iter().enumerate() {
                            *d.vals()[k].borrow_mut() = x;
                        }
                        n as i64
                    }));
                }
                let d = self.value(&args[0]);
                let (_, st) = self.type_of(&args[1]);
                let from_str = self.is_string_type(st);
                let s = self.value(&args[1]);
                Some(Box::new(move |fr| {
                    let d = d(fr);
                    let s = s(fr);
                    if from_str {
                        let Value::Slice(dso) = &d else { return 0 };
                        let w = dso.words();
                        let n = w.len().min(s.str().len());
                        for (k, &c) in s.str()[..n].iter().enumerate() {
                            w[k].set(c as u64);
                        }
                        return n as i64;
                    }
                    slice::copy(&d, &s)
                }))
            }
            _ => None,
        }
    }

    /// `T(x)` producing a slice or a string from a string, slice or rune.
    fn conversion_value(&mut self, t: TypeId, a: &ast::Expr) -> Option<ValE> {
        let (_, at) = self.type_of(a);
        if self.array_type(t).is_some() || self.array_type(at).is_some() {
            return None;
        }
        if self.is_string_type(t) {
            if let Some(el) = self.slice_elem(at) {
                let bytes = el.layout.size == 1;
                let s = self.value(a);
                return Some(Box::new(move |fr| {
                    let s = s(fr);
                    let Value::Slice(so) = &s else {
                        return Value::Str(Str::from_bytes(Vec::new()));
                    };
                    let mut out = Vec::new();
                    for w in so.words() {
                        if bytes {
                            out.push(w.get() as u8);
                        } else {
                            slice::encode_rune(w.get() as i64, &mut out);
                        }
                    }
                    Value::Str(Str::from_bytes(out))
                }));
            }
            if matches!(self.class(at), Class::Int(_)) {
                let r = self.int(a);
                return Some(Box::new(move |fr| {
                    let mut out = Vec::new();
                    slice::encode_rune(r(fr), &mut out);
                    Value::Str(Str::from_bytes(out))
                }));
            }
            if self.is_string_type(at) {
                return Some(self.value(a));
            }
            return None;
        }
        let el = self.slice_elem(t)?;
        if self.is_slice(at) {
            return Some(self.value(a));
        }
        if !self.is_string_type(at) {
            return None;
        }
        let bytes = el.layout.size == 1;
        let s = self.value(a);
        Some(Box::new(move |fr| {
            let s = s(fr);
            let b = s.str();
            if bytes {
                return slice::from_words(b.iter().map(|&c| c as u64).collect());
            }
            let mut runes = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let (r, n) = slice::decode_rune(b, i);
                runes.push(r as u64);
                i += n;
            }
            slice::from_words(runes)
        }))
    }

    /// `[]T{a, b, k: c}`.
    pub(super) fn composite_lit(&mut self, e: &ast::Expr, elts: &[ast::Expr]) -> Option<ValE> {
        let (_, t) = self.type_of(e);
        let el = self.slice_elem(t)?;
        let mut items: Vec<(usize, ValE)> = Vec::new();
        let mut next = 0usize;
        for x in elts {
            let v = match &x.kind {
                ExprKind::KeyValue { key, value } => {
                    let (c, _) = self.constant(key)?;
                    next = crate::types::constant::to_i64(&c)? as usize;
                    value
                }
                _ => x,
            };
            let v = match (&v.kind, el.class) {
                (ExprKind::CompositeLit { elts, .. }, Class::Val)
                    if self.type_of(v).0 != crate::types::info::ExprMode::TypeExpr
                        && !self.prog.types.is_interface(el.typ) =>
                {
                    self.composite_lit(v, elts).unwrap_or_else(|| self.value_as(v, el.typ))
                }
                _ => self.value_as(v, el.typ),
            };
            items.push((next, v));
            next += 1;
        }
        // Each element has its own index, so gc's order is a reordering of the items.
        let refs: Vec<&ast::Expr> = elts.iter().collect();
        if let Some(order) = self.go_order(&refs) {
            let mut slots: Vec<Option<(usize, ValE)>> = items.into_iter().map(Some).collect();
            items = order.iter().filter_map(|&i| slots[i].take()).collect();
        }
        let n = match self.array_type(t) {
            Some((len, _)) => len as usize,
            None => items.iter().map(|(i, _)| i + 1).max().unwrap_or(0),
        };
        let (class, zero, fresh) = (el.class, el.zero.clone(), el.fresh.clone());
        Some(Box::new(move |fr| {
            if class != Class::Val {
                let mut w = vec![0u64; n];
                for (i, v) in &items {
                    w[*i] = word_of(class, &v(fr));
                }
                slice::from_words(w)
            } else {
                let mut vs: Vec<Value> = match &fresh {
                    Some(f) => (0..n).map(|_| f()).collect(),
                    None => vec![zero.clone(); n],
                };
                for (i, v) in &items {
                    vs[*i] = v(fr);
                }
                slice::from_vals(vs)
            }
        }))
    }

    /// `x[lo:hi]`, `x[lo:hi:max]` of a slice or a string.
    pub(super) fn slice_expr(
        &mut self,
        x: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
    ) -> Option<ValE> {
        let (_, xt) = self.type_of(x);
        let lo = lo.map(|e| self.int(e));
        let hi = hi.map(|e| self.int(e));
        let max = max.map(|e| self.int(e));
        let s = self.storage(x);
        let is_str = self.is_string_type(xt);
        let array_len = self.array_type(self.through_array_ptr(xt)).map(|(n, _)| n as i64);
        if !is_str && !self.is_slice(xt) && array_len.is_none() {
            return None;
        }
        Some(Box::new(move |fr| {
            let s = s(fr);
            let lo = lo.as_ref().map(|f| f(fr));
            let hi = hi.as_ref().map(|f| f(fr));
            let max = max.as_ref().map(|f| f(fr));
            if is_str {
                let r = slice::slice_str(s.str(), lo, hi);
                return match &s {
                    Value::Str(st) => Value::Str(st.substr(r)),
                    _ => Value::Str(Str::from_bytes(Vec::new())),
                };
            }
            if let Some(n) = array_len {
                // Go names an array's bound its length, not its capacity.
                match (hi, max) {
                    (_, Some(m)) if m as u64 > n as u64 => {
                        panic::runtime_error(format!("slice bounds out of range [::{m}] with length {n}"))
                    }
                    (Some(h), None) if h as u64 > n as u64 => {
                        panic::runtime_error(format!("slice bounds out of range [:{h}] with length {n}"))
                    }
                    _ => {}
                }
            }
            slice::slice(&s, lo, hi, max)
        }))
    }

    /// `for k, v := range x` over a slice or a string.
    pub(super) fn range_seq(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        x: &ast::Expr,
        body: &[ast::Stmt],
    ) -> Option<StmtE> {
        let (_, xt) = self.type_of(x);
        let int = self.prog.types.basic(crate::types::types::BasicKind::Int);
        let key_expr = key.filter(|k| !super::is_blank(k));
        let key = key_expr.map(|k| self.int_store_from(k, int));
        let value = value.filter(|v| !super::is_blank(v));
        if self.is_string_type(xt) {
            let rune = self.prog.types.basic(crate::types::types::BasicKind::Int32);
            let vst = value.map(|v| self.int_store_from(v, rune));
            let s = self.value(x);
            let body = self.loop_body(body);
            return Some(Box::new(move |fr| {
                let s = s(fr);
                let b = s.str();
                let mut i = 0;
                while i < b.len() {
                    let (r, n) = slice::decode_rune(b, i);
                    if let Some(k) = &key {
                        k(fr, i as i64);
                    }
                    if let Some(v) = &vst {
                        v(fr, r);
                    }
                    match body(fr) {
                        Flow::Break => break,
                        f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => return f,
                        _ => {}
                    }
                    i += n;
                }
                Flow::Normal
            }));
        }
        let el = self.slice_elem(xt)?;
        let words = el.words();
        // Local iteration variables (the usual case) are set in place.
        let key_slot = key_expr.and_then(|k| self.local_word_slot(k));
        let key = if key_slot.is_some() { None } else { key };
        let value_slot = value.filter(|_| words).and_then(|v| self.local_word_slot(v));
        let wst = value.filter(|_| words && value_slot.is_none()).map(|v| self.word_store_from(v, el.typ));
        let vst = value.filter(|_| !words).map(|v| self.value_store_from(v, el.typ));
        // An element holding arrays is copied into the iteration variable.
        let vst: Option<Box<dyn Fn(&mut Frame, Value)>> = match (vst, self.copier(el.typ)) {
            (Some(st), Some(copy)) => Some(Box::new(move |fr, v| st(fr, copy(&v)))),
            (st, _) => st,
        };
        // Over a pointer to an array: the array itself, uncopied.
        let s = if self.pointer_elem(xt).is_some() { self.storage(x) } else { self.value(x) };
        let body = self.loop_body(body);
        Some(Box::new(move |fr| {
            let s = s(fr);
            let n = slice::len(&s);
            for i in 0..n {
                if let Some(k) = key_slot {
                    fr.set_word(k, i as u64);
                } else if let Some(k) = &key {
                    k(fr, i as i64);
                }
                if let Value::Slice(so) = &s {
                    if let Some(v) = value_slot {
                        fr.set_word(v, so.words()[i].get());
                    } else if let Some(w) = &wst {
                        w(fr, so.words()[i].get());
                    } else if let Some(v) = &vst {
                        v(fr, so.vals()[i].borrow().clone());
                    }
                }
                match body(fr) {
                    Flow::Break => break,
                    f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => return f,
                    _ => {}
                }
            }
            Flow::Normal
        }))
    }
}

impl<'a> Lower<'a> {
    /// A store of a word into `x[i]` (x and i are evaluated when the store runs, after the
    /// right-hand sides of a parallel assignment).
    pub(super) fn index_store_word(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, u64)>> {
        let ExprKind::Index { x, indices, .. } = &l.kind else {
            return None;
        };
        let (_, xt) = self.type_of(x);
        let el = self.slice_elem(xt)?;
        if !el.words() {
            return None;
        }
        let i = self.int(&indices[0]);
        let xs = self.storage(x);
        Some(Box::new(move |fr, w| {
            let s = xs(fr);
            let i = i(fr);
            set_word_at(&s, i, w);
        }))
    }

    pub(super) fn index_store_value(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        let ExprKind::Index { x, indices, .. } = &l.kind else {
            return None;
        };
        let (_, xt) = self.type_of(x);
        let el = self.slice_elem(xt)?;
        let i = self.int(&indices[0]);
        let xs = self.storage(x);
        let class = el.class;
        Some(Box::new(move |fr, v| {
            let s = xs(fr);
            let i = i(fr);
            if class == Class::Val {
                set_val_at(&s, i, v);
            } else {
                set_word_at(&s, i, word_of(class, &v));
            }
        }))
    }
}

/// Stores `v` as element `i` of `s` (a word for scalar elements).
pub(super) fn set_elem(s: &Value, i: i64, v: Value, words: bool) {
    if words {
        set_word_at(s, i, super::value_word(&v));
    } else {
        set_val_at(s, i, v);
    }
}
