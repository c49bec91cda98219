//! Maps: an insertion-ordered hash table with tombstones.
//!
//! Invariants: `index` maps each live key to its position in `entries`; a deleted entry
//! leaves `None` behind (a tombstone), so a `range` walking `entries` by position never
//! sees an entry twice and never sees one deleted before it was reached. Tombstones are
//! squeezed out only when no `range` over the map is running (`iterating == 0`). Keys are
//! held as the evaluator holds values of their static type (scalars as `Int`/`Float`/
//! `Bool`), so equal keys have one representation; a NaN key never equals itself, so
//! every insertion of NaN makes a new entry, as in Go.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::panic::runtime_error;
use super::value::{values_eq, RefRoot, SliceData, Value};

/// A key with Go's `==` as its equality.
pub struct Key(pub Value);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        values_eq(&self.0, &other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, h: &mut H) {
        hash_value(&self.0, h)
    }
}

fn hash_value<H: Hasher>(v: &Value, h: &mut H) {
    match v {
        Value::Nil => 0u8.hash(h),
        Value::Bool(b) => b.hash(h),
        Value::Int(i) => i.hash(h),
        // +0 and -0 are equal keys; NaN's hash does not matter (it equals nothing).
        Value::Float(f) => (if *f == 0.0 { 0 } else { f.to_bits() }).hash(h),
        Value::Str(s) => s.bytes().hash(h),
        Value::Complex(c) => {
            hash_value(&Value::Float(c.0), h);
            hash_value(&Value::Float(c.1), h);
        }
        Value::Struct(fs) => fs.iter().for_each(|f| hash_value(f, h)),
        // Only an array reaches here as a slice value: a key's static type is comparable,
        // and an interface holding a slice is refused below.
        Value::Slice(a) => match &a.data {
            SliceData::Words(_) => a.words().iter().for_each(|w| w.get().hash(h)),
            SliceData::Vals(_) => a.vals().iter().for_each(|v| hash_value(&v.borrow(), h)),
        },
        Value::Iface(iv) => {
            if !iv.0.comparable() {
                runtime_error(format!("hash of unhashable type {}", iv.0.go_name()));
            }
            hash_value(&iv.1, h)
        }
        Value::Cell(c) => (Rc::as_ptr(c) as usize).hash(h),
        Value::WordCell(c) => (Rc::as_ptr(c) as usize).hash(h),
        Value::Chan(c) => (Rc::as_ptr(c) as *const u8 as usize).hash(h),
        Value::Ref(r) => {
            match &r.root {
                RefRoot::Cell(c) => (Rc::as_ptr(c) as *const u8 as usize).hash(h),
                RefRoot::Elem(SliceData::Words(w), i) => (w.as_ptr() as usize, i).hash(h),
                RefRoot::Elem(SliceData::Vals(v), i) => (v.as_ptr() as usize, i).hash(h),
            }
            r.path.hash(h);
        }
        Value::Func(_) | Value::Map(_) => runtime_error("hash of unhashable type".to_string()),
    }
}

#[derive(Default)]
pub struct MapObj {
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<Key, usize>,
    /// How many `range` loops over this map are running.
    iterating: usize,
}

/// About what one entry costs: its key and value in `entries`, and its slot in `index`.
const MAP_ENTRY_BYTES: u64 = 64;

impl MapObj {
    pub fn with_capacity(n: usize) -> MapObj {
        MapObj { entries: Vec::with_capacity(n), index: HashMap::with_capacity(n), iterating: 0 }
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get(&self, k: &Value) -> Option<&Value> {
        let i = *self.index.get(&Key(k.clone()))?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }

    pub fn insert(&mut self, k: Value, v: Value) {
        let key = Key(k);
        if let Some(&i) = self.index.get(&key) {
            if let Some(e) = &mut self.entries[i] {
                e.1 = v;
            }
            return;
        }
        if self.iterating == 0 && self.entries.len() >= 8 && self.entries.len() >= 2 * self.index.len() {
            self.compact();
        }
        if self.entries.len() == self.entries.capacity() {
            // The entries and the index are about to grow: a big map's growth is checked.
            super::memory::check_alloc(self.entries.len() as u64 * 2, MAP_ENTRY_BYTES);
        }
        self.entries.push(Some((key.0.clone(), v)));
        self.index.insert(key, self.entries.len() - 1);
    }

    /// The value at `k`, made from `zero` first if absent, updated by `f` (`m[k] op= v`).
    pub fn update(&mut self, k: Value, zero: &Value, f: impl FnOnce(&Value) -> Value) {
        let old = self.get(&k).cloned().unwrap_or_else(|| zero.clone());
        self.insert(k, f(&old));
    }

    pub fn delete(&mut self, k: &Value) {
        if let Some(i) = self.index.remove(&Key(k.clone())) {
            self.entries[i] = None;
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        if self.iterating == 0 {
            self.entries.clear();
        } else {
            self.entries.iter_mut().for_each(|e| *e = None);
        }
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                if let Some(slot) = self.index.get_mut(&Key(k.clone())) {
                    *slot = i;
                }
            }
        }
    }

    /// The first live entry at position `i` or later, with the position after it.
    pub fn next_from(&self, mut i: usize) -> Option<(usize, Value, Value)> {
        while i < self.entries.len() {
            if let Some((k, v)) = &self.entries[i] {
                return Some((i + 1, k.clone(), v.clone()));
            }
            i += 1;
        }
        None
    }

    /// The live entries, in insertion order.
    pub fn entries(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter_map(|e| e.as_ref().map(|(k, v)| (k, v)))
    }

    pub fn start_iter(&mut self) {
        self.iterating += 1;
    }

    pub fn end_iter(&mut self) {
        self.iterating -= 1;
    }
}
