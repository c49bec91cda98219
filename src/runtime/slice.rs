//! Slices: making, slicing, appending and copying, with Go's bounds checks and growth rule.
//!
//! Invariants: a slice value is `Value::Nil` (the nil slice) or `Value::Slice` of a header
//! with `off + len <= off + cap <= data.len()`; elements beyond `len` up to `cap` are zero
//! or were written by an append through another header, exactly as in Go. The capacity an
//! append chooses follows Go's `growslice` and its allocator's size classes, so programs
//! printing `cap` print what Go prints.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::panic::runtime_error;
use super::value::{RType, SliceData, SliceObj, Value};

/// What the growth rule needs of an element type: its size in bytes in Go, and whether it
/// holds pointers (the allocator adds a header to large pointerful objects).
#[derive(Clone, Copy, Debug)]
pub struct ElemLayout {
    pub size: usize,
    pub noscan: bool,
}

impl SliceObj {
    #[inline(always)]
    pub fn words(&self) -> &[Cell<u64>] {
        match &self.data {
            SliceData::Words(w) => &w[self.off..self.off + self.len],
            SliceData::Vals(_) => &[],
        }
    }

    #[inline(always)]
    pub fn vals(&self) -> &[RefCell<Value>] {
        match &self.data {
            SliceData::Vals(v) => &v[self.off..self.off + self.len],
            SliceData::Words(_) => &[],
        }
    }

    /// Element `i` as a `Value` (scalars as `Int`, since callers know the element type).
    pub fn get_value(&self, i: usize) -> Value {
        match &self.data {
            SliceData::Words(w) => Value::Int(w[self.off + i].get() as i64),
            SliceData::Vals(v) => v[self.off + i].borrow().clone(),
        }
    }
}

/// `len(s)` of a slice value.
#[inline(always)]
pub fn len(v: &Value) -> usize {
    match v {
        Value::Slice(s) => s.len,
        _ => 0,
    }
}

pub fn cap(v: &Value) -> usize {
    match v {
        Value::Slice(s) => s.cap,
        _ => 0,
    }
}

/// A new backing array of `n` zero elements.
pub fn alloc(n: usize, words: bool, zero: &Value) -> SliceData {
    if words {
        SliceData::Words(zero_words(n))
    } else {
        vals_array((0..n).map(|_| RefCell::new(zero.clone())).collect())
    }
}

/// `n` zero words, from zeroed memory (large arrays of fresh pages cost nothing to clear).
fn zero_words(n: usize) -> Rc<[Cell<u64>]> {
    // SAFETY: all-zero bytes are a valid `Cell<u64>` (0).
    unsafe { Rc::<[Cell<u64>]>::new_zeroed_slice(n).assume_init() }
}

/// A zero array of `n` word elements (`var b [1024]byte`).
pub fn zero_array_words(n: usize) -> Value {
    Value::Slice(Rc::new(SliceObj { data: SliceData::Words(zero_words(n)), off: 0, len: n, cap: n }))
}

/// A backing array of `Value`s, registered with the cycle collector (it may hold pointers).
fn vals_array(v: Rc<[RefCell<Value>]>) -> SliceData {
    let d = SliceData::Vals(v);
    super::gc::track_array(&d);
    d
}

/// `make([]T, len, cap)`.
pub fn make(len: i64, cap: i64, words: bool, zero: &Value) -> Value {
    check_make(len, cap);
    check_memory(cap as u64, slot_size(words));
    let data = alloc(cap as usize, words, zero);
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: len as usize, cap: cap as usize }))
}

/// `make([]T, len, cap)` of elements that must each be made afresh (arrays).
pub fn make_fresh(len: i64, cap: i64, fresh: &dyn Fn() -> Value) -> Value {
    check_make(len, cap);
    check_memory(cap as u64, slot_size(false));
    let data = vals_array((0..cap).map(|_| RefCell::new(fresh())).collect());
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: len as usize, cap: cap as usize }))
}

/// An allocation of `n` elements of `size` bytes that the memory limit cannot hold is
/// Go's fatal "out of memory" (exit 2), not an abort of the interpreter.
pub fn check_memory(n: u64, size: u64) {
    super::memory::check_alloc(n, size);
}

/// The bytes one element of a backing array takes in gint (a word, or a `Value` cell).
fn slot_size(words: bool) -> u64 {
    if words {
        8
    } else {
        std::mem::size_of::<RefCell<Value>>() as u64
    }
}

fn check_make(len: i64, cap: i64) {
    if len < 0 {
        runtime_error("makeslice: len out of range".to_string());
    }
    if cap < len {
        runtime_error("makeslice: cap out of range".to_string());
    }
    // Go's limit is the size in bytes (its maxAlloc, 2^48 on linux/amd64); gint does not
    // know the element's size here and takes 8 bytes. Below the limit, a size the machine
    // cannot give is Go's out-of-memory fatal error (`check_memory`), not a panic.
    if cap > (1 << 48) / 8 {
        runtime_error(
            if len > (1 << 48) / 8 { "makeslice: len out of range" } else { "makeslice: cap out of range" }.to_string(),
        );
    }
}

/// A slice of exactly these elements (a composite literal, a conversion).
pub fn from_words(w: Vec<u64>) -> Value {
    let n = w.len();
    let data = SliceData::Words(w.into_iter().map(Cell::new).collect());
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: n, cap: n }))
}

pub fn from_vals(v: Vec<Value>) -> Value {
    let n = v.len();
    let data = vals_array(v.into_iter().map(RefCell::new).collect());
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: n, cap: n }))
}

/// A copy of an array value (arrays are slice headers on their own backing array, copied
/// wherever Go copies a value); `inner` copies each element when elements hold arrays.
/// A copy of value `v` of runtime type `rt` that shares no array with it, for an array type
/// (what a value receiver gets when it is called through an interface). Structs holding
/// arrays are not copied here (that would cost every call through an interface).
pub fn copy_typed(rt: &RType, v: &Value) -> Value {
    match rt.underlying() {
        RType::Array(_, et) => copy_array(v, Some(&|e| copy_typed(et, e))),
        _ => v.clone(),
    }
}

pub fn copy_array(v: &Value, inner: Option<&dyn Fn(&Value) -> Value>) -> Value {
    let Value::Slice(so) = v else { return Value::Nil };
    let data = match &so.data {
        SliceData::Words(w) => {
            SliceData::Words(w[so.off..so.off + so.len].iter().map(|c| Cell::new(c.get())).collect())
        }
        SliceData::Vals(vs) => vals_array(
            vs[so.off..so.off + so.len]
                .iter()
                .map(|c| {
                    let e = c.borrow();
                    RefCell::new(inner.map_or_else(|| e.clone(), |c| c(&e)))
                })
                .collect(),
        ),
    };
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: so.len, cap: so.len }))
}

/// `dst = src` of arrays: the elements are copied into `dst`'s own backing array (slices of
/// it and pointers to it see them, as in Go); `nested` counts array dimensions inside.
pub fn assign_array(dst: &Value, src: &Value, nested: usize) {
    let (Value::Slice(d), Value::Slice(s)) = (dst, src) else { return };
    match (&d.data, &s.data) {
        (SliceData::Words(_), SliceData::Words(_)) => {
            for (x, y) in d.words().iter().zip(s.words()) {
                x.set(y.get());
            }
        }
        _ => {
            for (x, y) in d.vals().iter().zip(s.vals()) {
                let y = y.borrow().clone();
                if nested > 0 {
                    assign_array(&x.borrow().clone(), &y, nested - 1);
                } else {
                    *x.borrow_mut() = y;
                }
            }
        }
    }
}

/// The size the allocator really gives for a request of `size` bytes (runtime.roundupsize).
fn roundupsize(size: usize, noscan: bool) -> usize {
    const CLASSES: [usize; 68] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
        448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
        4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
        19072, 20480, 21760, 24576, 27264, 28672, 32768,
    ];
    const MAX_SMALL: usize = 32768;
    const HEADER: usize = 8;
    const MIN_FOR_HEADER: usize = 512;
    const PAGE: usize = 8192;
    if size <= MAX_SMALL - HEADER {
        let req = if !noscan && size > MIN_FOR_HEADER { size + HEADER } else { size };
        let class = CLASSES.iter().copied().find(|&c| c >= req).unwrap_or(MAX_SMALL);
        return class - (req - size);
    }
    size.div_ceil(PAGE) * PAGE
}

/// The capacity `append` gives when `new_len` elements do not fit in `old_cap`
/// (runtime.nextslicecap, then rounded up to the allocator's size class).
pub fn grow_cap(new_len: usize, old_cap: usize, layout: ElemLayout) -> usize {
    let double = old_cap + old_cap;
    let newcap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 3 * 256) >> 2;
        }
        c
    };
    if layout.size == 0 {
        return newcap;
    }
    roundupsize(newcap * layout.size, layout.noscan) / layout.size
}

/// `append(s, xs...)` where the new elements are produced by `put` into the backing array
/// at the given index (after the old elements).
pub fn append(
    s: &Value,
    n: usize,
    layout: ElemLayout,
    words: bool,
    zero: &Value,
    put: &dyn Fn(&SliceData, usize),
) -> Value {
    let (old_len, old_cap) = (len(s), cap(s));
    if n == 0 {
        return s.clone();
    }
    let new_len = old_len + n;
    if let Value::Slice(so) = s {
        if new_len <= old_cap {
            put(&so.data, so.off + old_len);
            return Value::Slice(Rc::new(SliceObj { data: so.data.clone(), off: so.off, len: new_len, cap: old_cap }));
        }
    }
    let new_cap = grow_cap(new_len, old_cap, layout);
    check_memory(new_cap as u64, slot_size(words));
    let data = alloc(new_cap, words, zero);
    if let Value::Slice(so) = s {
        copy_into(&data, 0, &so.data, so.off, old_len);
    }
    put(&data, old_len);
    Value::Slice(Rc::new(SliceObj { data, off: 0, len: new_len, cap: new_cap }))
}

/// Copies `n` elements from `src[from..]` to `dst[at..]`, correct when they overlap.
pub fn copy_into(dst: &SliceData, at: usize, src: &SliceData, from: usize, n: usize) {
    match (dst, src) {
        (SliceData::Words(d), SliceData::Words(s)) => {
            if at <= from {
                for k in 0..n {
                    d[at + k].set(s[from + k].get());
                }
            } else {
                for k in (0..n).rev() {
                    d[at + k].set(s[from + k].get());
                }
            }
        }
        (SliceData::Vals(d), SliceData::Vals(s)) => {
            let same = Rc::ptr_eq(d, s);
            let order: Box<dyn Iterator<Item = usize>> =
                if !same || at <= from { Box::new(0..n) } else { Box::new((0..n).rev()) };
            for k in order {
                if same && at + k == from + k {
                    continue;
                }
                let v = s[from + k].borrow().clone();
                *d[at + k].borrow_mut() = v;
            }
        }
        _ => {}
    }
}

/// `copy(dst, src)`: the number of elements copied.
pub fn copy(dst: &Value, src: &Value) -> i64 {
    let (Value::Slice(d), Value::Slice(s)) = (dst, src) else { return 0 };
    let n = d.len.min(s.len);
    copy_into(&d.data, d.off, &s.data, s.off, n);
    n as i64
}

/// `s[lo:hi:max]` of a slice (`hi` defaults to `len`, `max` to `cap`), with Go's checks in
/// Go's order (runtime/error.go's boundsErrorFmt; a negative bound prints without the limit).
pub fn slice(s: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Value {
    let (l, c) = (len(s) as i64, cap(s) as i64);
    let three = max.is_some();
    let k = max.unwrap_or(c);
    let j = hi.unwrap_or(l);
    let i = lo.unwrap_or(0);
    if three {
        if k < 0 || k > c {
            bounds(if k < 0 { format!("[::{k}]") } else { format!("[::{k}] with capacity {c}") });
        }
        if j < 0 || j > k {
            bounds(if j < 0 { format!("[:{j}:]") } else { format!("[:{j}:{k}]") });
        }
        if i < 0 || i > j {
            bounds(if i < 0 { format!("[{i}::]") } else { format!("[{i}:{j}:]") });
        }
    } else {
        if j < 0 || j > c {
            bounds(if j < 0 { format!("[:{j}]") } else { format!("[:{j}] with capacity {c}") });
        }
        if i < 0 || i > j {
            bounds(if i < 0 { format!("[{i}:]") } else { format!("[{i}:{j}]") });
        }
    }
    match s {
        Value::Slice(so) => Value::Slice(Rc::new(SliceObj {
            data: so.data.clone(),
            off: so.off + i as usize,
            len: (j - i) as usize,
            cap: (k - i) as usize,
        })),
        _ => Value::Nil,
    }
}

/// `s[lo:hi]` of a string's bytes, with Go's checks.
pub fn slice_str(b: &[u8], lo: Option<i64>, hi: Option<i64>) -> std::ops::Range<usize> {
    let l = b.len() as i64;
    let j = hi.unwrap_or(l);
    let i = lo.unwrap_or(0);
    if j < 0 || j > l {
        bounds(if j < 0 { format!("[:{j}]") } else { format!("[:{j}] with length {l}") });
    }
    if i < 0 || i > j {
        bounds(if i < 0 { format!("[{i}:]") } else { format!("[{i}:{j}]") });
    }
    i as usize..j as usize
}

#[cold]
#[inline(never)]
fn bounds(shown: String) -> ! {
    runtime_error(format!("slice bounds out of range {shown}"))
}

/// Decodes the rune at `b[i..]`: (rune, width); invalid UTF-8 is U+FFFD of width 1.
pub fn decode_rune(b: &[u8], i: usize) -> (i64, usize) {
    let c = b[i];
    if c < 0x80 {
        return (c as i64, 1);
    }
    let n = match c {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    if i + n <= b.len() {
        if let Ok(s) = std::str::from_utf8(&b[i..i + n]) {
            if let Some(ch) = s.chars().next() {
                return (ch as i64, n);
            }
        }
    }
    (0xFFFD, 1)
}

/// A rune as UTF-8 (invalid code points and surrogates are U+FFFD), as `string(r)` does.
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let ch = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_go() {
        let int = ElemLayout { size: 8, noscan: true };
        let mut c = 0;
        let mut caps = Vec::new();
        for n in 1..=20 {
            if n > c {
                c = grow_cap(n, c, int);
                caps.push(c);
            }
        }
        assert_eq!(caps, [1, 2, 4, 8, 16, 32]);
        let byte = ElemLayout { size: 1, noscan: true };
        assert_eq!(grow_cap(1, 0, byte), 8);
        assert_eq!(grow_cap(5, 3, ElemLayout { size: 8, noscan: true }), 6);
    }
}
