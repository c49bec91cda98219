//! Leaf operands folded into the operation that reads them. A binary operation on a local
//! scalar or a constant reads the slot (or holds the constant) itself rather than calling
//! a closure for it, and each operator and integer kind gets its own closure, so the hot
//! arithmetic of loops costs one indirect call per operation instead of three.
//!
//! Why the operands' order may change: a leaf is a constant or a non-escaping local, which
//! no call can change (a local a closure captures escapes and lives in a cell), so reading
//! it before or after the other operand gives the same value. Two non-leaf operands keep
//! gc's order (`ordered_pair`).

use gint_syntax::ast::{self, BinaryOp, ExprKind};

use super::closures::Place;
use super::*;

/// An operand of a binary operation: a local's slot, a constant, field `i` of the struct
/// a local pointer points to (`p.x`), or code.
pub(super) enum Src<T> {
    Local(u32),
    Const(T),
    Field(u32, usize),
    Code(Box<dyn Fn(&mut Frame) -> T>),
}

impl<T: Word> Src<T> {
    /// The operand's value, for code that takes operands of any kind.
    #[inline(always)]
    pub(super) fn get(&self, fr: &mut Frame) -> T {
        match self {
            Src::Local(s) => T::from_word(fr.word(*s)),
            Src::Const(c) => *c,
            Src::Field(s, i) => T::from_word(field_leaf(fr, *s, *i)),
            Src::Code(f) => f(fr),
        }
    }
}

/// Field `i` (a scalar) of the struct the pointer in slot `s` points to, as its word.
#[inline(always)]
fn field_leaf(fr: &Frame, s: u32, i: usize) -> u64 {
    if let Value::Cell(c) = fr.val(s) {
        if let Value::Struct(st) = &*c.borrow() {
            return value_word(&st[i]);
        }
    }
    value_word(&super::structs::read_ptr(fr.val(s), &[i]))
}

/// A scalar read from a frame word.
pub(super) trait Word: Copy + 'static {
    fn from_word(w: u64) -> Self;
}

impl Word for i64 {
    #[inline(always)]
    fn from_word(w: u64) -> i64 {
        w as i64
    }
}

impl Word for bool {
    #[inline(always)]
    fn from_word(w: u64) -> bool {
        w != 0
    }
}

impl Word for f64 {
    #[inline(always)]
    fn from_word(w: u64) -> f64 {
        f64::from_bits(w)
    }
}

/// `f(a, b)` over two operands, with the leaves read in place.
pub(super) fn combine<T: Word, R: 'static>(
    a: Src<T>,
    b: Src<T>,
    f: impl Fn(T, T) -> R + Copy + 'static,
) -> Box<dyn Fn(&mut Frame) -> R> {
    use Src::*;
    match (a, b) {
        (Local(x), Local(y)) => Box::new(move |fr| f(T::from_word(fr.word(x)), T::from_word(fr.word(y)))),
        (Local(x), Const(c)) => Box::new(move |fr| f(T::from_word(fr.word(x)), c)),
        (Const(c), Local(y)) => Box::new(move |fr| f(c, T::from_word(fr.word(y)))),
        (Const(c), Const(d)) => Box::new(move |_| f(c, d)),
        (Code(a), Const(c)) => Box::new(move |fr| f(a(fr), c)),
        (Const(c), Code(b)) => Box::new(move |fr| f(c, b(fr))),
        (Code(a), Local(y)) => Box::new(move |fr| {
            let x = a(fr);
            f(x, T::from_word(fr.word(y)))
        }),
        (Local(x), Code(b)) => Box::new(move |fr| {
            let y = b(fr);
            f(T::from_word(fr.word(x)), y)
        }),
        (Code(a), Code(b)) => Box::new(move |fr| {
            let x = a(fr);
            f(x, b(fr))
        }),
        // A field can change in a call: read after the other operand's code (gc's order,
        // calls first).
        (Field(s, i), Field(t, j)) => {
            Box::new(move |fr| f(T::from_word(field_leaf(fr, s, i)), T::from_word(field_leaf(fr, t, j))))
        }
        (Field(s, i), Local(y)) => Box::new(move |fr| f(T::from_word(field_leaf(fr, s, i)), T::from_word(fr.word(y)))),
        (Local(x), Field(t, j)) => Box::new(move |fr| f(T::from_word(fr.word(x)), T::from_word(field_leaf(fr, t, j)))),
        (Field(s, i), Const(c)) => Box::new(move |fr| f(T::from_word(field_leaf(fr, s, i)), c)),
        (Const(c), Field(t, j)) => Box::new(move |fr| f(c, T::from_word(field_leaf(fr, t, j)))),
        (Field(s, i), Code(b)) => Box::new(move |fr| {
            let y = b(fr);
            f(T::from_word(field_leaf(fr, s, i)), y)
        }),
        (Code(a), Field(t, j)) => Box::new(move |fr| {
            let x = a(fr);
            f(x, T::from_word(field_leaf(fr, t, j)))
        }),
    }
}

/// Whether integer results of kind `k` need wrapping (narrower than 64 bits).
fn narrow(k: IntKind) -> bool {
    k.bits() < 64
}

impl<'a> Lower<'a> {
    /// `e` (of an integer type of kind `k`) as an operand.
    pub(super) fn int_src(&mut self, e: &ast::Expr, k: IntKind) -> Src<i64> {
        if let Some((c, t)) = self.constant(e) {
            // As `int` reads it: at the constant's own kind.
            let ck = match self.class(t) {
                Class::Int(ck) => ck,
                _ => k,
            };
            return Src::Const(const_int(&c, ck));
        }
        if let Some((slot, i)) = self.ptr_field(e) {
            return Src::Field(slot, i);
        }
        match self.local_word_slot(e) {
            Some(slot) => Src::Local(slot),
            None => Src::Code(self.int(e)),
        }
    }

    /// `e` (of a float type) as an operand.
    pub(super) fn float_src(&mut self, e: &ast::Expr) -> Src<f64> {
        if let Some((c, t)) = self.constant(e) {
            // As `float` reads it: rounded to float32 for a float32 constant.
            let v = constant::to_f64(&constant::to_float(&c).unwrap_or(Const::Unknown)).unwrap_or(0.0);
            return Src::Const(round32(v, matches!(self.class(t), Class::Float(true))));
        }
        if let Some((slot, i)) = self.ptr_field(e) {
            return Src::Field(slot, i);
        }
        match self.local_word_slot(e) {
            Some(slot) => Src::Local(slot),
            None => Src::Code(self.float(e)),
        }
    }

    /// `p.f` for a local `p` pointing to a struct (or a local struct variable in a cell)
    /// and a field `f` of it (not of an embedded struct): `p`'s slot and `f`'s index.
    fn ptr_field(&mut self, e: &ast::Expr) -> Option<(u32, usize)> {
        let ExprKind::Selector { x, .. } = &e.kind else { return None };
        if !matches!(x.kind, ExprKind::Ident(_)) || !self.is_field_or_deref(e) {
            return None;
        }
        let acc = self.access(e);
        match (acc.base, acc.fields.as_slice()) {
            (super::structs::Base::PtrSlot(s), &[i]) => Some((s, i)),
            _ => None,
        }
    }

    /// The slot of a non-escaping local variable held as a word, named by `e`.
    pub(super) fn local_word_slot(&mut self, e: &ast::Expr) -> Option<u32> {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        if !matches!(e.kind, ExprKind::Ident(_)) {
            return None;
        }
        match self.var_place(e) {
            Some((Place::Local(slot), class)) if class != Class::Val => Some(slot),
            _ => None,
        }
    }

    /// Operands `x`, `y` of an operation: leaves where they can be, gc's order otherwise.
    fn int_pair(&mut self, x: &ast::Expr, y: &ast::Expr, k: IntKind) -> (Src<i64>, Src<i64>) {
        match (self.int_src(x, k), self.int_src(y, k)) {
            (Src::Code(a), Src::Code(b)) => {
                let (a, b) = self.ordered_pair(x, y, a, b);
                (Src::Code(a), Src::Code(b))
            }
            pair => pair,
        }
    }

    fn float_pair(&mut self, x: &ast::Expr, y: &ast::Expr) -> (Src<f64>, Src<f64>) {
        match (self.float_src(x), self.float_src(y)) {
            (Src::Code(a), Src::Code(b)) => {
                let (a, b) = self.ordered_pair(x, y, a, b);
                (Src::Code(a), Src::Code(b))
            }
            pair => pair,
        }
    }

    /// `x op y` at integer kind `k` (not a shift or comparison).
    pub(super) fn int_binary(&mut self, op: BinaryOp, k: IntKind, x: &ast::Expr, y: &ast::Expr) -> IntE {
        let (a, b) = self.int_pair(x, y, k);
        int_arith(op, k, a, b)
    }

    /// `x op y` of float64 operands (float32 rounds each result: `float_op`).
    pub(super) fn float_binary(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> FloatE {
        let (a, b) = self.float_pair(x, y);
        float_arith(op, a, b)
    }

    /// `x op y` for a comparison of integers of kind `k`.
    pub(super) fn int_compare(&mut self, op: BinaryOp, k: IntKind, x: &ast::Expr, y: &ast::Expr) -> BoolE {
        let (a, b) = self.int_pair(x, y, k);
        if k.is_unsigned() {
            return match op {
                BinaryOp::Eql => combine(a, b, |x, y| x == y),
                BinaryOp::Neq => combine(a, b, |x, y| x != y),
                BinaryOp::Lss => combine(a, b, |x, y| (x as u64) < (y as u64)),
                BinaryOp::Leq => combine(a, b, |x, y| (x as u64) <= (y as u64)),
                BinaryOp::Gtr => combine(a, b, |x, y| (x as u64) > (y as u64)),
                _ => combine(a, b, |x, y| (x as u64) >= (y as u64)),
            };
        }
        match op {
            BinaryOp::Eql => combine(a, b, |x, y| x == y),
            BinaryOp::Neq => combine(a, b, |x, y| x != y),
            BinaryOp::Lss => combine(a, b, |x, y| x < y),
            BinaryOp::Leq => combine(a, b, |x, y| x <= y),
            BinaryOp::Gtr => combine(a, b, |x, y| x > y),
            _ => combine(a, b, |x, y| x >= y),
        }
    }

    /// `x op y` for a comparison of floats (NaN compares unequal and unordered).
    pub(super) fn float_compare(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> BoolE {
        let (a, b) = self.float_pair(x, y);
        match op {
            BinaryOp::Eql => combine(a, b, |x, y| x == y),
            BinaryOp::Neq => combine(a, b, |x, y| x != y),
            BinaryOp::Lss => combine(a, b, |x, y| x < y),
            BinaryOp::Leq => combine(a, b, |x, y| x <= y),
            BinaryOp::Gtr => combine(a, b, |x, y| x > y),
            _ => combine(a, b, |x, y| x >= y),
        }
    }

    /// `x << s` or `x >> s` by a constant count `s` (never negative: the checker refused
    /// a negative constant count).
    pub(super) fn const_shift(&mut self, op: BinaryOp, k: IntKind, x: &ast::Expr, s: u64) -> IntE {
        let a = self.int_src(x, k);
        let bits = k.bits() as u64;
        match op {
            BinaryOp::Shl if s >= bits => combine(a, Src::Const(0), |_, _| 0),
            BinaryOp::Shl if narrow(k) => {
                combine(a, Src::Const(s as i64), move |v, s| k.wrap(((v as u64) << s) as i64))
            }
            BinaryOp::Shl => combine(a, Src::Const(s as i64), |v, s| ((v as u64) << s) as i64),
            _ if k.is_unsigned() && s >= bits => combine(a, Src::Const(0), |_, _| 0),
            _ if k.is_unsigned() => {
                let mask = u64::MAX >> (64 - bits);
                combine(a, Src::Const(s as i64), move |v, s| ((v as u64 & mask) >> s) as i64)
            }
            _ => combine(a, Src::Const(s.min(63) as i64), |v, s| v >> s),
        }
    }
}

/// `a op b` at integer kind `k`: Go's wrap-around at the kind's size, and its run-time
/// panic on division by zero.
pub(super) fn int_arith(op: BinaryOp, k: IntKind, a: Src<i64>, b: Src<i64>) -> IntE {
    let unsigned = k.is_unsigned();
    if narrow(k) {
        return match op {
            BinaryOp::Add => combine(a, b, move |x, y| k.wrap(x.wrapping_add(y))),
            BinaryOp::Sub => combine(a, b, move |x, y| k.wrap(x.wrapping_sub(y))),
            BinaryOp::Mul => combine(a, b, move |x, y| k.wrap(x.wrapping_mul(y))),
            BinaryOp::Quo | BinaryOp::Rem => combine(a, b, move |x, y| k.wrap(div(op, unsigned, x, y))),
            BinaryOp::Xor => combine(a, b, move |x, y| k.wrap(x ^ y)),
            _ => bitwise(op, a, b),
        };
    }
    match op {
        BinaryOp::Add => combine(a, b, |x, y| x.wrapping_add(y)),
        BinaryOp::Sub => combine(a, b, |x, y| x.wrapping_sub(y)),
        BinaryOp::Mul => combine(a, b, |x, y| x.wrapping_mul(y)),
        BinaryOp::Quo if unsigned => combine(a, b, |x, y| div(BinaryOp::Quo, true, x, y)),
        BinaryOp::Quo => combine(a, b, |x, y| div(BinaryOp::Quo, false, x, y)),
        BinaryOp::Rem if unsigned => combine(a, b, |x, y| div(BinaryOp::Rem, true, x, y)),
        BinaryOp::Rem => combine(a, b, |x, y| div(BinaryOp::Rem, false, x, y)),
        BinaryOp::Xor => combine(a, b, |x, y| x ^ y),
        _ => bitwise(op, a, b),
    }
}

/// `&`, `|`, `&^`: no wrapping needed (both operands are already of the kind).
fn bitwise(op: BinaryOp, a: Src<i64>, b: Src<i64>) -> IntE {
    match op {
        BinaryOp::And => combine(a, b, |x, y| x & y),
        BinaryOp::Or => combine(a, b, |x, y| x | y),
        BinaryOp::AndNot => combine(a, b, |x, y| x & !y),
        _ => combine(a, b, |_, _| 0),
    }
}

/// `x / y` or `x % y` (64-bit; the caller wraps), panicking on a zero divisor.
#[inline(always)]
fn div(op: BinaryOp, unsigned: bool, x: i64, y: i64) -> i64 {
    if y == 0 {
        panic::divide_by_zero();
    }
    match (op, unsigned) {
        (BinaryOp::Quo, true) => ((x as u64) / (y as u64)) as i64,
        (BinaryOp::Quo, false) => x.wrapping_div(y),
        (_, true) => ((x as u64) % (y as u64)) as i64,
        (_, false) => x.wrapping_rem(y),
    }
}

/// `a op b` of float64s.
pub(super) fn float_arith(op: BinaryOp, a: Src<f64>, b: Src<f64>) -> FloatE {
    match op {
        BinaryOp::Add => combine(a, b, |x, y| x + y),
        BinaryOp::Sub => combine(a, b, |x, y| x - y),
        BinaryOp::Mul => combine(a, b, |x, y| x * y),
        BinaryOp::Quo => combine(a, b, |x, y| x / y),
        _ => combine(a, b, |_, _| 0.0),
    }
}
