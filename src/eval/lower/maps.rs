//! Lowering maps: `make`, literals, `m[k]` (zero when absent), `m[k] = v`, `m[k] op= v`,
//! `v, ok := m[k]`, `delete`, `clear`, `len`, and `range`.
//!
//! Invariants: a map value is `Value::Nil` (the nil map: reads find nothing, writes panic)
//! or `Value::Map`, a shared reference to its table (`runtime::map`). Keys and elements are
//! held as `value_as` makes them at the map's key and element types, so scalars are
//! `Int`/`Float`/`Bool` and equal keys look alike.

use std::cell::RefCell;

use gint_syntax::ast::{self, BinaryOp, ExprKind};

use super::*;
use crate::runtime::map::MapObj;

type MapRef = Rc<RefCell<MapObj>>;

/// The table of a map about to be written; the nil map panics, as in Go.
pub(super) fn writable(m: &Value) -> &MapRef {
    match m {
        Value::Map(m) => m,
        _ => panic::plain_error("assignment to entry in nil map".to_string()),
    }
}

fn lookup(m: &Value, k: &Value) -> Option<Value> {
    match m {
        Value::Map(m) => m.borrow().get(k).cloned(),
        _ => None,
    }
}

/// Ends a `range` over a map when the loop ends, however it ends (a panic included).
struct IterGuard(MapRef);

impl Drop for IterGuard {
    fn drop(&mut self) {
        self.0.borrow_mut().end_iter();
    }
}

impl<'a> Lower<'a> {
    /// The key and element types of a map type.
    pub(super) fn map_types(&self, t: TypeId) -> Option<(TypeId, TypeId)> {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            // Keys and elements holding arrays are copied where a variable receives them
            // (`array_read`, `range`, comma-ok), so the map's own are never aliased.
            Type::Map { key, value } => Some((*key, *value)),
            _ => None,
        }
    }

    /// The zero value of a map's elements.
    fn map_zero(&mut self, vt: TypeId) -> Value {
        if self.holds_array(vt) {
            // Shared by every miss: readers copy it (`array_read`, comma-ok).
            return self.fresh_zero(vt, Span::default())();
        }
        self.zero(vt, Span::default())
    }

    /// `make(map[K]V)` and `make(map[K]V, n)`.
    pub(super) fn map_make(&mut self, e: &ast::Expr) -> Option<ValE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        let (_, t) = self.type_of(e);
        self.map_types(t)?;
        if !matches!(self.callee(fun), Some(Callee::Builtin(crate::types::object::Builtin::Make))) {
            return None;
        }
        let n = args.get(1).map(|a| self.int(a));
        Some(Box::new(move |fr| {
            // A negative hint is no error at run time (Go's makemap takes it as 0).
            let n = n.as_ref().map_or(0, |n| n(fr)).max(0);
            crate::runtime::gc::new_map(MapObj::with_capacity(n.min(1 << 20) as usize))
        }))
    }

    /// `map[K]V{k: v, …}`.
    pub(super) fn map_lit(&mut self, e: &ast::Expr, elts: &[ast::Expr]) -> Option<ValE> {
        let (_, t) = self.type_of(e);
        let (kt, vt) = self.map_types(t)?;
        let mut items = Vec::new();
        for x in elts {
            let ExprKind::KeyValue { key, value } = &x.kind else { return None };
            items.push((self.value_as(key, kt), self.value_as(value, vt)));
        }
        Some(Box::new(move |fr| {
            let mut m = MapObj::with_capacity(items.len());
            for (k, v) in &items {
                let k = k(fr);
                let v = v(fr);
                m.insert(k, v);
            }
            crate::runtime::gc::new_map(m)
        }))
    }

    /// `m[k]`: the element, or the zero value when k is absent.
    pub(super) fn map_index(&mut self, x: &ast::Expr, k: &ast::Expr) -> Option<ValE> {
        let (_, xt) = self.type_of(x);
        let (kt, vt) = self.map_types(xt)?;
        let zero = self.map_zero(vt);
        let m = self.value(x);
        let k = self.value_as(k, kt);
        Some(Box::new(move |fr| {
            let m = m(fr);
            let k = k(fr);
            lookup(&m, &k).unwrap_or_else(|| zero.clone())
        }))
    }

    /// A store into `l` of a value of type `t` held elsewhere too: arrays are copied.
    fn copying_store(&mut self, l: &ast::Expr, t: TypeId) -> Box<dyn Fn(&mut Frame, Value)> {
        let st = self.value_store_from(l, t);
        match self.copier(t) {
            Some(copy) => Box::new(move |fr, v| st(fr, copy(&v))),
            None => st,
        }
    }

    /// `len(m)`.
    pub(super) fn map_len(&mut self, a: &ast::Expr) -> Option<IntE> {
        let (_, t) = self.type_of(a);
        self.map_types(t)?;
        let m = self.value(a);
        Some(Box::new(move |fr| match m(fr) {
            Value::Map(m) => m.borrow().len() as i64,
            _ => 0,
        }))
    }

    /// `delete(m, k)` and `clear(m)`.
    pub(super) fn map_builtin_stmt(&mut self, b: crate::types::object::Builtin, args: &[ast::Expr]) -> Option<CallE> {
        use crate::types::object::Builtin;
        let (_, t) = self.type_of(args.first()?);
        let (kt, _) = self.map_types(t)?;
        let m = self.value(&args[0]);
        match b {
            Builtin::Delete => {
                let k = self.value_as(&args[1], kt);
                Some(Box::new(move |fr| {
                    let m = m(fr);
                    let k = k(fr);
                    if let Value::Map(m) = m {
                        m.borrow_mut().delete(&k);
                    }
                }))
            }
            Builtin::Clear => Some(Box::new(move |fr| {
                if let Value::Map(m) = m(fr) {
                    m.borrow_mut().clear();
                }
            })),
            _ => None,
        }
    }

    /// `m[k] = v`, `m[k] op= v`, `m[k]++` (`r` None): m and k are evaluated once, before v.
    pub(super) fn map_assign(&mut self, l: &ast::Expr, r: Option<&ast::Expr>, op: Option<BinaryOp>) -> Option<StmtE> {
        let ExprKind::Index { x, indices, .. } = &l.kind else { return None };
        let (_, xt) = self.type_of(x);
        let (kt, vt) = self.map_types(xt)?;
        let m = self.value(x);
        let k = self.value_as(&indices[0], kt);
        let class = self.class(vt);
        let rhs: ValE = match r {
            Some(r) if matches!(op, Some(BinaryOp::Shl | BinaryOp::Shr)) => {
                let count = self.shift_count(r);
                Box::new(move |fr| Value::Int(count(fr)))
            }
            Some(r) => self.value_as(r, vt),
            None => match class {
                Class::Float(_) => Box::new(|_| Value::Float(1.0)),
                _ if self.complex_kind(vt).is_some() => Box::new(|_| Value::Complex(Rc::new((1.0, 0.0)))),
                _ => Box::new(|_| Value::Int(1)),
            },
        };
        let Some(op) = op else {
            return Some(Box::new(move |fr| {
                let m = m(fr);
                let k = k(fr);
                let v = rhs(fr);
                writable(&m).borrow_mut().insert(k, v);
                Flow::Normal
            }));
        };
        let combine: Box<dyn Fn(&Value, &Value) -> Value> = match class {
            Class::Int(kind) => Box::new(move |a, b| Value::Int(super::slices::int_binop(op, kind, a.int(), b.int()))),
            Class::Float(f32) => Box::new(move |a, b| {
                let (a, b) = (a.float(), b.float());
                let v = match op {
                    BinaryOp::Add => a + b,
                    BinaryOp::Sub => a - b,
                    BinaryOp::Mul => a * b,
                    _ => a / b,
                };
                Value::Float(round32(v, f32))
            }),
            Class::Val if op == BinaryOp::Add && self.is_string_type(vt) => Box::new(concat),
            Class::Val if self.complex_kind(vt).is_some() => match self.complex_combine(vt, op) {
                Some(f) => f,
                None => return None,
            },
            _ => {
                self.unsupported(l.span, "this assignment operation");
                return Some(Box::new(|_| Flow::Normal));
            }
        };
        let zero = self.map_zero(vt);
        Some(Box::new(move |fr| {
            let m = m(fr);
            let k = k(fr);
            let b = rhs(fr);
            let table = writable(&m);
            // The old element is read and the table borrowed again only after `b` exists,
            // so a right-hand side reading the map is fine.
            let old = table.borrow().get(&k).cloned().unwrap_or_else(|| zero.clone());
            let v = combine(&old, &b);
            table.borrow_mut().insert(k, v);
            Flow::Normal
        }))
    }

    /// A store into `m[k]` (the target of a parallel or tuple assignment, or of `range`).
    pub(super) fn map_store(&mut self, l: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame, Value)>> {
        let ExprKind::Index { x, indices, .. } = &l.kind else { return None };
        let (_, xt) = self.type_of(x);
        let (kt, vt) = self.map_types(xt)?;
        let m = self.value(x);
        let k = self.value_as(&indices[0], kt);
        let class = self.class(vt);
        Some(Box::new(move |fr, v| {
            let m = m(fr);
            let k = k(fr);
            // A word stored as an `Int` by a caller that only knows words.
            let v = match (class, v) {
                (Class::Float(_), Value::Int(w)) => Value::Float(f64::from_bits(w as u64)),
                (Class::Bool, Value::Int(w)) => Value::Bool(w != 0),
                (_, v) => v,
            };
            writable(&m).borrow_mut().insert(k, v);
        }))
    }

    /// `v, ok = m[k]`.
    pub(super) fn map_comma_ok(&mut self, lhs: &[ast::Expr], rhs: &ast::Expr) -> Option<StmtE> {
        let ExprKind::Index { x, indices, .. } = &rhs.kind else { return None };
        let (_, xt) = self.type_of(x);
        let (_, vt) = self.map_types(xt)?;
        let (kt, _) = self.map_types(xt)?;
        let zero = self.map_zero(vt);
        let m = self.value(x);
        let k = self.value_as(&indices[0], kt);
        let sv = self.comma_ok_store(&lhs[0], rhs, vt);
        let sv: Box<dyn Fn(&mut Frame, Value)> = match self.copier(vt) {
            Some(copy) => Box::new(move |fr, v| sv(fr, copy(&v))),
            None => sv,
        };
        let sok = self.ok_store(&lhs[1]);
        Some(Box::new(move |fr| {
            let m = m(fr);
            let k = k(fr);
            let found = lookup(&m, &k);
            let ok = found.is_some();
            sv(fr, found.unwrap_or_else(|| zero.clone()));
            sok(fr, Value::Bool(ok));
            Flow::Normal
        }))
    }

    /// `for k, v := range m`: entries in insertion order; one deleted before the loop
    /// reaches it is not produced, one added during the loop may be.
    pub(super) fn map_range(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        x: &ast::Expr,
        body: &[ast::Stmt],
    ) -> Option<StmtE> {
        let (_, xt) = self.type_of(x);
        let (kt, vt) = self.map_types(xt)?;
        let m = self.value(x);
        let ks = key.filter(|k| !is_blank(k)).map(|k| self.copying_store(k, kt));
        let vs = value.filter(|v| !is_blank(v)).map(|v| self.copying_store(v, vt));
        let body = self.loop_body(body);
        Some(Box::new(move |fr| {
            let Value::Map(m) = m(fr) else { return Flow::Normal };
            m.borrow_mut().start_iter();
            let _guard = IterGuard(m.clone());
            let mut at = 0;
            loop {
                let Some((next, k, v)) = m.borrow().next_from(at) else { break };
                at = next;
                if let Some(st) = &ks {
                    st(fr, k);
                }
                if let Some(st) = &vs {
                    st(fr, v);
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
