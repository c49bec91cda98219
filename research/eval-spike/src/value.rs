//! The 16-byte value: scalars inline, heap objects behind one thin `Rc`.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone)]
pub enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    Nil,
    Slice(Rc<SliceInt>),
    Closure(Rc<ClosureObj>),
    /// Generic boxed variable (any type).
    Cell(Rc<RefCell<Value>>),
    /// Boxed variable specialised for int: no borrow flag, no tag check on the content.
    CellInt(Rc<Cell<i64>>),
    /// Struct value: copy-on-write (`Rc::make_mut`) gives Go's copy semantics.
    Struct(Rc<Vec<Value>>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Go `[]int` slice header: shared backing array + window. Elements are `Cell`s so that
/// aliasing slices can write without a `RefCell` borrow flag.
pub struct SliceInt {
    pub data: Rc<[Cell<i64>]>,
    pub off: usize,
    pub len: usize,
}

impl SliceInt {
    pub fn new(len: usize) -> SliceInt {
        SliceInt { data: (0..len).map(|_| Cell::new(0)).collect(), off: 0, len }
    }
    #[inline(always)]
    pub fn get(&self, i: i64) -> i64 {
        if i as u64 >= self.len as u64 {
            index_panic(i, self.len)
        }
        self.data[self.off + i as usize].get()
    }
    #[inline(always)]
    pub fn set(&self, i: i64, v: i64) {
        if i as u64 >= self.len as u64 {
            index_panic(i, self.len)
        }
        self.data[self.off + i as usize].set(v)
    }
}

pub struct ClosureObj {
    pub func: usize,
    pub env: Vec<Value>, // captured cells
}

#[cold]
#[inline(never)]
pub fn index_panic(i: i64, len: usize) -> ! {
    panic!("runtime error: index out of range [{i}] with length {len}")
}

#[cold]
#[inline(never)]
pub fn type_confusion() -> ! {
    // The checker guarantees this never happens; lowering bugs would land here.
    panic!("evaluator: value of unexpected kind")
}

impl Value {
    #[inline(always)]
    pub fn as_int(&self) -> i64 {
        match self { Value::Int(i) => *i, _ => type_confusion() }
    }
    #[inline(always)]
    pub fn as_float(&self) -> f64 {
        match self { Value::Float(f) => *f, _ => type_confusion() }
    }
    #[inline(always)]
    pub fn as_bool(&self) -> bool {
        match self { Value::Bool(b) => *b, _ => type_confusion() }
    }
    #[inline(always)]
    pub fn as_slice(&self) -> &SliceInt {
        match self { Value::Slice(s) => s, _ => type_confusion() }
    }
    #[inline(always)]
    pub fn as_struct(&self) -> &Rc<Vec<Value>> {
        match self { Value::Struct(s) => s, _ => type_confusion() }
    }
    /// Read an int through a boxed cell (either representation).
    #[inline(always)]
    pub fn cell_get_int(&self) -> i64 {
        match self {
            Value::CellInt(c) => c.get(),
            Value::Cell(c) => c.borrow().as_int(),
            _ => type_confusion(),
        }
    }
    #[inline(always)]
    pub fn cell_set(&self, v: Value) {
        match self {
            Value::CellInt(c) => c.set(v.as_int()),
            Value::Cell(c) => *c.borrow_mut() = v,
            _ => type_confusion(),
        }
    }
    #[inline(always)]
    pub fn cell_set_int(&self, v: i64) {
        match self {
            Value::CellInt(c) => c.set(v),
            Value::Cell(c) => *c.borrow_mut() = Value::Int(v),
            _ => type_confusion(),
        }
    }
    pub fn cell_get(&self) -> Value {
        match self {
            Value::CellInt(c) => Value::Int(c.get()),
            Value::Cell(c) => c.borrow().clone(),
            _ => type_confusion(),
        }
    }
}

/// Lowering-time choices measured by the spike.
#[derive(Clone, Copy, Debug)]
pub struct Opts {
    /// one `Vec` per call instead of a window on the goroutine's value stack
    pub vec_per_call: bool,
    /// boxed int variables as `Rc<Cell<i64>>` instead of `Rc<RefCell<Value>>`
    pub cell_int: bool,
    /// fuse `local op const` / `local op local` into one node (B and C)
    pub fuse: bool,
}

pub fn new_cell(v: Value, opts: &Opts) -> Value {
    match v {
        Value::Int(i) if opts.cell_int => Value::CellInt(Rc::new(Cell::new(i))),
        v => Value::Cell(Rc::new(RefCell::new(v))),
    }
}
