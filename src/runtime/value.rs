//! Values: 16 bytes, scalars inline, every heap object behind one thin `Rc`.
//!
//! Invariants: integers of every Go kind are held as `i64` bit patterns already wrapped to
//! their kind (an `int8` is sign-extended, a `uint64` is its bits); the code the evaluator
//! lowers knows each value's static type, so a `Value` carries no Go type of its own, except
//! inside an interface (`Value::Iface`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

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
    /// A boxed (escaping) variable, shared by the closures that capture it.
    Cell(Rc<RefCell<Value>>),
    /// A boxed variable of a scalar type (integer, float, boolean) as its untagged word:
    /// no borrow flag on each access (measured in research/eval-spike: 4–8% fewer
    /// instructions per closure call than a `Cell` of a `Value`).
    WordCell(Rc<Cell<u64>>),
    Func(Rc<crate::eval::FuncValue>),
    /// A pair of complex128 parts.
    Complex(Rc<(f64, f64)>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Go string: immutable bytes, shared.
#[derive(Clone)]
pub struct Str(pub Rc<Vec<u8>>);

impl Str {
    pub fn from_bytes(b: Vec<u8>) -> Str {
        Str(Rc::new(b))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
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

/// A runtime type descriptor: what interfaces, `%v` and `%T` need to know of a value's type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RType {
    Bool,
    Int(IntKind),
    Float(u8),
    Complex(u8),
    String,
    /// `[]T`, with its element's runtime type.
    Slice(Rc<RType>),
    /// Any other type, by its name as `%T` prints it.
    Other(Rc<str>),
}

/// The integer kinds: their size and signedness decide wrap-around and printing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// Wraps a 64-bit result to the kind (two's complement), as Go's arithmetic does.
    #[inline(always)]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::I64 | IntKind::U64 => v,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
        }
    }

    pub fn is_unsigned(self) -> bool {
        matches!(self, IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64)
    }

    pub fn bits(self) -> u32 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::U64 => 64,
        }
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
