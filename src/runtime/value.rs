//! Values: 16 bytes, scalars inline, every heap object behind one thin `Rc`.
//!
//! Invariants: integers of every Go kind are held as `i64` bit patterns already wrapped to
//! their kind (an `int8` is sign-extended, a `uint64` is its bits); the code the evaluator
//! lowers knows each value's static type, so a `Value` carries no Go type of its own, except
//! inside an interface (`Value::Iface`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use super::gc::VarCell;
pub use super::rtype::{IntKind, MethodEntry, NamedType, RType};

#[derive(Clone, Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, channels, functions and interfaces.
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str),
    Slice(Rc<SliceObj>),
    /// An interface holding a value of dynamic type `RType`.
    Iface(Rc<(RType, Value)>),
    /// A boxed (escaping) variable, shared by the closures that capture it (made by
    /// `gc::new_cell`, which registers it with the cycle collector).
    Cell(Rc<VarCell>),
    /// A boxed variable of a scalar type (integer, float, boolean) as its untagged word:
    /// no borrow flag on each access (measured in research/eval-spike: 4–8% fewer
    /// instructions per closure call than a `Cell` of a `Value`).
    WordCell(Rc<Cell<u64>>),
    Func(Rc<crate::eval::FuncValue>),
    /// A pair of complex128 parts.
    Complex(Rc<(f64, f64)>),
    /// A struct value: its fields in order (scalars as `Int`/`Float`/`Bool`). Copies share
    /// the `Rc`; every write goes through `Rc::make_mut` on the location written, so a
    /// struct value is never aliased (Go's value semantics, copy on write).
    Struct(Rc<Vec<Value>>),
    /// A pointer into a variable rather than to it: `&s.f`, `&a[i]`, or the implicit `&x.f`
    /// of a pointer method called on a field.
    Ref(Rc<Ref>),
    /// A map: a reference to its table (`runtime::map`).
    Map(Rc<RefCell<super::map::MapObj>>),
    /// A channel (`runtime::chan`).
    Chan(Rc<RefCell<super::chan::Chan>>),
}

/// Where a `Value::Ref` points: the field at `path` inside what `root` holds.
pub struct Ref {
    pub root: RefRoot,
    pub path: Vec<usize>,
}

pub enum RefRoot {
    /// A variable's cell (an escaping local, or a variable made by `&T{…}` or `new`).
    Cell(Rc<VarCell>),
    /// Element `i` (absolute index in the backing array) of a slice.
    Elem(SliceData, usize),
}

impl Ref {
    /// Whether two pointers point to the same place.
    pub fn same(&self, other: &Ref) -> bool {
        let root = match (&self.root, &other.root) {
            (RefRoot::Cell(a), RefRoot::Cell(b)) => Rc::ptr_eq(a, b),
            (RefRoot::Elem(SliceData::Words(a), i), RefRoot::Elem(SliceData::Words(b), j)) => {
                Rc::ptr_eq(a, b) && i == j
            }
            (RefRoot::Elem(SliceData::Vals(a), i), RefRoot::Elem(SliceData::Vals(b), j)) => Rc::ptr_eq(a, b) && i == j,
            _ => false,
        };
        root && self.path == other.path
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Go string: immutable bytes, shared. A substring is a window on the bytes of the
/// string it was cut from (always an owned one), so `s[i:]` in a loop costs no copy.
#[derive(Clone)]
pub struct Str(Rc<StrRepr>);

enum StrRepr {
    Owned(Vec<u8>),
    /// `[off, off + len)` of an `Owned` string.
    Window {
        base: Rc<StrRepr>,
        off: usize,
        len: usize,
    },
}

/// Substrings shorter than this are copied: a window keeps its whole base alive.
const MIN_WINDOW: usize = 64;

impl Str {
    pub fn from_bytes(b: Vec<u8>) -> Str {
        Str(Rc::new(StrRepr::Owned(b)))
    }

    pub fn bytes(&self) -> &[u8] {
        match &*self.0 {
            StrRepr::Owned(b) => b,
            StrRepr::Window { base, off, len } => match &**base {
                StrRepr::Owned(b) => &b[*off..*off + *len],
                StrRepr::Window { .. } => &[],
            },
        }
    }

    /// The bytes of this string to append to in place, when nothing else shares them
    /// (strings.Builder's buffer: a string no one else holds can still grow).
    pub fn unshared_bytes(&mut self) -> Option<&mut Vec<u8>> {
        match Rc::get_mut(&mut self.0)? {
            StrRepr::Owned(b) => Some(b),
            StrRepr::Window { .. } => None,
        }
    }

    /// The substring `range` of this string (bounds already checked).
    pub fn substr(&self, range: std::ops::Range<usize>) -> Str {
        if range.len() < MIN_WINDOW {
            return Str::from_bytes(self.bytes()[range].to_vec());
        }
        match &*self.0 {
            StrRepr::Owned(_) => {
                Str(Rc::new(StrRepr::Window { base: self.0.clone(), off: range.start, len: range.len() }))
            }
            StrRepr::Window { base, off, .. } => {
                Str(Rc::new(StrRepr::Window { base: base.clone(), off: off + range.start, len: range.len() }))
            }
        }
    }
}

/// A slice header: a window `[off, off + len)` (capacity `cap`) on a shared backing array.
/// Slices made from one another share `data`, so a store through one is seen by all.
pub struct SliceObj {
    pub data: SliceData,
    pub off: usize,
    pub len: usize,
    pub cap: usize,
}

/// A backing array: scalar elements (integers, floats, booleans) as untagged words in
/// cells (no borrow flag on each access), anything else as `Value`s.
#[derive(Clone)]
pub enum SliceData {
    Words(Rc<[Cell<u64>]>),
    Vals(Rc<[RefCell<Value>]>),
}

/// What pointer `p` points to (a scalar as `Int` of its word); None for nil.
pub fn deref(p: &Value) -> Option<Value> {
    let walk = |mut v: &Value, path: &[usize]| -> Value {
        for &i in path {
            if let Value::Struct(s) = v {
                v = &s[i];
            }
        }
        v.clone()
    };
    match p {
        Value::Cell(c) => Some(c.borrow().clone()),
        Value::WordCell(c) => Some(Value::Int(c.get() as i64)),
        Value::Ref(r) => Some(match &r.root {
            RefRoot::Cell(c) => walk(&c.borrow(), &r.path),
            RefRoot::Elem(SliceData::Vals(v), i) => walk(&v[*i].borrow(), &r.path),
            RefRoot::Elem(SliceData::Words(w), i) => Value::Int(w[*i].get() as i64),
        }),
        _ => None,
    }
}

/// `==` of two values of the same comparable type: scalars and strings by value, structs
/// field by field, pointers by identity, interfaces by dynamic type then value.
pub fn values_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.bytes() == y.bytes(),
        (Value::Nil, Value::Nil) => true,
        (Value::Struct(x), Value::Struct(y)) => {
            Rc::ptr_eq(x, y) || x.iter().zip(y.iter()).all(|(p, q)| values_eq(p, q))
        }
        (Value::Cell(x), Value::Cell(y)) => Rc::ptr_eq(x, y),
        (Value::WordCell(x), Value::WordCell(y)) => Rc::ptr_eq(x, y),
        (Value::Chan(x), Value::Chan(y)) => Rc::ptr_eq(x, y),
        (Value::Ref(x), Value::Ref(y)) => x.same(y),
        (Value::Complex(x), Value::Complex(y)) => x == y,
        (Value::Iface(x), Value::Iface(y)) => {
            if x.0 != y.0 {
                return false;
            }
            // Equal dynamic types that `==` is not defined on: Go's run-time panic.
            if !x.0.comparable() {
                super::panic::runtime_error(format!("comparing uncomparable type {}", x.0.go_name()));
            }
            if x.0.float_words() {
                float_words_eq(&x.1, &y.1)
            } else {
                values_eq(&x.1, &y.1)
            }
        }
        // Arrays (of the same type, so of the same representation).
        (Value::Slice(x), Value::Slice(y)) => match (&x.data, &y.data) {
            (SliceData::Words(_), SliceData::Words(_)) => {
                x.words().iter().zip(y.words()).all(|(p, q)| p.get() == q.get())
            }
            _ => x.vals().iter().zip(y.vals()).all(|(p, q)| values_eq(&p.borrow(), &q.borrow())),
        },
        _ => false,
    }
}

/// `==` of two arrays of floats (held as bits: `-0 == 0`, NaN is unequal to itself).
pub fn float_words_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Slice(x), Value::Slice(y)) => {
            x.words().iter().zip(y.words()).all(|(p, q)| f64::from_bits(p.get()) == f64::from_bits(q.get()))
        }
        _ => false,
    }
}

impl Value {
    /// The integer inside; the evaluator only calls it where the checker proved an integer.
    #[inline(always)]
    pub fn int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }

    #[inline(always)]
    pub fn float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            _ => 0.0,
        }
    }

    #[inline(always)]
    pub fn bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub fn str(&self) -> &[u8] {
        match self {
            Value::Str(s) => s.bytes(),
            _ => &[],
        }
    }
}
