//! The cycle collector: reference counting frees most garbage at once; this finds the
//! garbage that holds itself up through cycles (doubly linked lists, parent pointers,
//! closures that capture themselves) and breaks the cycles, CPython-style.
//!
//! Every cycle passes through a mutable container — a variable's cell, a backing array of
//! `Value`s, a map or a channel — since the other heap objects (struct values, interface
//! boxes, slice headers, pointers into variables, closures and their captured lists) are
//! immutable once made. Each container registers when allocated, without keeping itself
//! alive (cells in a table they leave when dropped, the others as `Weak`s). When the live
//! containers have doubled since the last collection, the next preemption point collects
//! (`Frame::preempt`; `runtime.GC` collects at once):
//!
//! 1. walk every heap object reachable from the registered containers (an explicit queue,
//!    never recursion), holding one strong reference to each and counting, for each, the
//!    references that come from other walked objects;
//! 2. an object whose `Rc::strong_count` exceeds that count (plus ours) is referenced from
//!    outside the walk — a goroutine's frame, a package-level variable, a value held by the
//!    evaluator in a Rust local mid-expression, a timer, a parked goroutine's waiter — and
//!    so is live, with everything reachable from it;
//! 3. the rest is garbage: emptying its containers (cells to nil, arrays to nil elements,
//!    maps and channel buffers to empty) breaks every cycle, and reference counting frees it.
//!
//! No root scan is needed, so values the collector cannot see (Rust temporaries) are safe.
//! Invariants: the walk counts only references an object really holds; a container that
//! running code has borrowed mutably is not looked into, and counts as live; weak
//! references (timers' channels) are not references.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use super::chan::Chan;
use super::map::MapObj;
use super::value::{Ref, RefRoot, SliceData, SliceObj, Value};
use crate::eval::FuncValue;

/// Live registrations below which no collection starts (a small heap's cycles cost little).
const MIN_LIVE: usize = 32 * 1024;

/// A registered container, held weakly so that registering keeps nothing alive.
enum Candidate {
    Vals(Weak<[RefCell<Value>]>),
    Map(Weak<RefCell<MapObj>>),
    Chan(Weak<RefCell<Chan>>),
}

impl Candidate {
    fn alive(&self) -> bool {
        match self {
            Candidate::Vals(w) => w.strong_count() > 0,
            Candidate::Map(w) => w.strong_count() > 0,
            Candidate::Chan(w) => w.strong_count() > 0,
        }
    }

    fn upgrade(&self) -> Option<Node> {
        Some(match self {
            Candidate::Vals(w) => Node::Vals(w.upgrade()?),
            Candidate::Map(w) => Node::Map(w.upgrade()?),
            Candidate::Chan(w) => Node::Chan(w.upgrade()?),
        })
    }
}

/// The registrations, in two generations: most containers die young (by reference
/// counting), and a `Weak` keeps a dead container's memory allocated until it is dropped,
/// so the young ones are pruned often, while their memory is still warm in the cache and
/// can go back to the allocator at once; the survivors move to `old`, pruned only when it
/// has doubled.
struct Registry {
    young: Vec<Candidate>,
    old: Vec<Candidate>,
    /// `old`'s length at which it is next pruned.
    prune_at: usize,
    /// Live containers (cells included) after the last collection.
    live_after: usize,
}

/// Registrations in the young generation before it is pruned.
const YOUNG: usize = 256;

impl Registry {
    #[cold]
    fn prune_young(&mut self) {
        let Registry { young, old, .. } = self;
        old.extend(young.drain(..).filter(Candidate::alive));
        if old.len() >= self.prune_at {
            self.prune_old();
        }
    }

    fn prune_old(&mut self) {
        self.old.retain(Candidate::alive);
        self.prune_at = (2 * self.old.len()).max(MIN_LIVE);
    }
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            young: Vec::new(),
            old: Vec::new(),
            prune_at: MIN_LIVE,
            live_after: 0,
        })
    };
    /// Set while a collection runs (natives it could reach must not start another).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static SPARE: Cell<Option<Graph>> = const { Cell::new(None) };
}

fn register(c: Candidate) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.young.push(c);
        if r.young.len() >= YOUNG {
            r.prune_young();
        }
    });
}

/// A variable's cell: the most frequent container (every `&T{…}`), so it is registered in
/// a table of its own and leaves it when dropped, rather than through a `Weak` that would
/// keep its memory allocated until the next pruning (measured: binarytrees 2× slower).
pub struct VarCell {
    val: RefCell<Value>,
    /// Its index in `CELLS`.
    slot: u32,
    /// During a collection, its node's number plus one (0: not walked yet): cells are most
    /// of the nodes, and this spares them the address table (fits in `slot`'s padding).
    node: Cell<u32>,
}

impl std::ops::Deref for VarCell {
    type Target = RefCell<Value>;

    fn deref(&self) -> &RefCell<Value> {
        &self.val
    }
}

impl Drop for VarCell {
    fn drop(&mut self) {
        // Dropping the registration's `Weak` here does not free the memory: the cell's
        // own `Rc` still holds the allocation's implicit weak reference.
        let _ = CELLS.try_with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                if let Some(s) = t.slots.get_mut(self.slot as usize) {
                    *s = None;
                    t.free.push(self.slot);
                }
            }
        });
    }
}

/// The live cells, in slots reused through `free` (no pruning needed).
struct CellTable {
    slots: Vec<Option<Weak<VarCell>>>,
    free: Vec<u32>,
}

thread_local! {
    static CELLS: RefCell<CellTable> = const { RefCell::new(CellTable { slots: Vec::new(), free: Vec::new() }) };
}

/// A new variable cell holding `v` (an escaping variable, `new(T)`, `&T{…}`).
pub fn new_cell(v: Value) -> Rc<VarCell> {
    CELLS.with(|t| {
        let mut t = t.borrow_mut();
        let slot = match t.free.pop() {
            Some(s) => s,
            None => {
                t.slots.push(None);
                (t.slots.len() - 1) as u32
            }
        };
        let c = Rc::new(VarCell { val: RefCell::new(v), slot, node: Cell::new(0) });
        t.slots[slot as usize] = Some(Rc::downgrade(&c));
        c
    })
}

/// Live cells (what the collection trigger counts, with the other containers).
fn live_cells() -> usize {
    CELLS.with(|t| {
        let t = t.borrow();
        t.slots.len() - t.free.len()
    })
}

/// Registers a new backing array (arrays of words hold no references).
pub fn track_array(d: &SliceData) {
    if let SliceData::Vals(v) = d {
        register(Candidate::Vals(Rc::downgrade(v)));
    }
}

pub fn new_map(m: MapObj) -> Value {
    Value::Map(new_map_obj(m))
}

/// A registered map table, for code that fills it before making the `Value`.
pub fn new_map_obj(m: MapObj) -> Rc<RefCell<MapObj>> {
    let m = Rc::new(RefCell::new(m));
    register(Candidate::Map(Rc::downgrade(&m)));
    m
}

pub fn track_chan(c: &Rc<RefCell<Chan>>) {
    register(Candidate::Chan(Rc::downgrade(c)));
}

/// Collects if the live containers have doubled since the last collection. Called at
/// preemption points, between operations, where running code holds no borrow it needs.
pub fn maybe_collect() {
    let cells = live_cells();
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let bar = (2 * r.live_after).max(MIN_LIVE);
        // `old` may still count dead containers: prune before deciding.
        if cells + r.old.len() + r.young.len() < bar {
            return false;
        }
        let Registry { young, old, .. } = &mut *r;
        old.extend(young.drain(..));
        r.prune_old();
        cells + r.old.len() >= bar
    });
    if due {
        collect();
    }
}

/// A full collection (`runtime.GC`).
pub fn collect() {
    if COLLECTING.with(|c| c.replace(true)) {
        return;
    }
    let mut roots: Vec<Node> =
        CELLS.with(|t| t.borrow().slots.iter().flatten().filter_map(|w| w.upgrade()).map(Node::Cell).collect());
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let Registry { young, old, .. } = &mut *r;
        old.extend(young.drain(..));
        old.retain(Candidate::alive);
        roots.extend(old.iter().filter_map(Candidate::upgrade));
    });
    // The graph's buffers are kept from one collection to the next: freeing them returns
    // large blocks to the allocator, which then consolidates its free lists (measured).
    let mut g = SPARE.with(|s| s.take()).unwrap_or_default();
    for n in roots {
        g.add_root(n);
    }
    g.walk();
    let live = g.mark_live();
    g.free(&live);
    g.clear();
    SPARE.with(|s| s.set(Some(g)));
    let cells = live_cells();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.prune_old();
        r.live_after = cells + r.old.len();
    });
    COLLECTING.with(|c| c.set(false));
}

/// How deep the walk looks into objects held only by the one being walked (struct values
/// nested in struct values…) before it makes them nodes: the walk's recursion is bounded.
const MERGE_DEPTH: u32 = 32;

/// Whether a struct field may hold a reference the walk follows.
fn holds_refs(v: &Value) -> bool {
    !matches!(
        v,
        Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::WordCell(_)
            | Value::Complex(_)
    )
}

/// A heap object the walk holds (one strong reference each).
enum Node {
    Cell(Rc<VarCell>),
    Vals(Rc<[RefCell<Value>]>),
    Map(Rc<RefCell<MapObj>>),
    Chan(Rc<RefCell<Chan>>),
    Slice(Rc<SliceObj>),
    Iface(Rc<(super::value::RType, Value)>),
    Struct(Rc<Vec<Value>>),
    Ref(Rc<Ref>),
    Func(Rc<FuncValue>),
    /// A closure's captured variables (shared with the frames running it).
    Env(Rc<[Value]>),
}

impl Node {
    fn strong_count(&self) -> usize {
        match self {
            Node::Cell(r) => Rc::strong_count(r),
            Node::Vals(r) => Rc::strong_count(r),
            Node::Map(r) => Rc::strong_count(r),
            Node::Chan(r) => Rc::strong_count(r),
            Node::Slice(r) => Rc::strong_count(r),
            Node::Iface(r) => Rc::strong_count(r),
            Node::Struct(r) => Rc::strong_count(r),
            Node::Ref(r) => Rc::strong_count(r),
            Node::Func(r) => Rc::strong_count(r),
            Node::Env(r) => Rc::strong_count(r),
        }
    }
}

fn addr<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

fn node_addr(n: &Node) -> usize {
    match n {
        Node::Cell(r) => addr(r),
        Node::Vals(r) => addr(r),
        Node::Map(r) => addr(r),
        Node::Chan(r) => addr(r),
        Node::Slice(r) => addr(r),
        Node::Iface(r) => addr(r),
        Node::Struct(r) => addr(r),
        Node::Ref(r) => addr(r),
        Node::Func(r) => addr(r),
        Node::Env(r) => addr(r),
    }
}

/// Addresses are already well spread except for their low (alignment) bits.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The walked objects, numbered in the order found, and the references between them.
#[derive(Default)]
struct Graph {
    nodes: Vec<Node>,
    index: HashMap<usize, u32, BuildHasherDefault<AddrHasher>>,
    /// References to each node from other walked nodes.
    internal: Vec<u32>,
    /// A node borrowed mutably by running code: not looked into, live.
    pinned: Vec<bool>,
    /// Node `i`'s references are `edges[edge_start[i]..edge_start[i + 1]]`.
    edges: Vec<u32>,
    edge_start: Vec<u32>,
}

impl Graph {
    fn add_root(&mut self, n: Node) {
        if let Node::Cell(c) = &n {
            if c.node.get() == 0 {
                let i = self.push_node(n);
                self.cell_mark(i);
            }
            return;
        }
        let a = node_addr(&n);
        if !self.index.contains_key(&a) {
            self.push(a, n);
        }
    }

    fn push(&mut self, a: usize, n: Node) -> u32 {
        let i = self.push_node(n);
        self.index.insert(a, i);
        i
    }

    fn push_node(&mut self, n: Node) -> u32 {
        let i = self.nodes.len() as u32;
        self.nodes.push(n);
        self.internal.push(0);
        self.pinned.push(false);
        i
    }

    fn cell_mark(&self, i: u32) {
        if let Node::Cell(c) = &self.nodes[i as usize] {
            c.node.set(i + 1);
        }
    }

    /// Records a reference to a cell.
    fn cell_edge(&mut self, c: &Rc<VarCell>) {
        let i = match c.node.get() {
            0 => {
                let i = self.push_node(Node::Cell(c.clone()));
                self.cell_mark(i);
                i
            }
            n => n - 1,
        };
        self.internal[i as usize] += 1;
        self.edges.push(i);
    }

    /// Records a reference to the object at `a`, made into a node by `make` if new.
    fn edge(&mut self, a: usize, make: impl FnOnce() -> Node) {
        let i = match self.index.get(&a) {
            Some(&i) => i,
            None => self.push(a, make()),
        };
        self.internal[i as usize] += 1;
        self.edges.push(i);
    }

    /// Records the references `v` holds. An immutable object held only here (strong count
    /// 1: by the object being walked) is looked into in place rather than made a node of its
    /// own — it is garbage exactly when its holder is — down to `MERGE_DEPTH` levels.
    fn value(&mut self, v: &Value, depth: u32) {
        let merge = depth < MERGE_DEPTH;
        match v {
            Value::Cell(r) => self.cell_edge(r),
            Value::Map(r) => self.edge(addr(r), || Node::Map(r.clone())),
            Value::Chan(r) => self.edge(addr(r), || Node::Chan(r.clone())),
            // A slice of scalars holds no reference.
            Value::Slice(r) if matches!(r.data, SliceData::Words(_)) => {}
            Value::Slice(r) if merge && Rc::strong_count(r) == 1 => self.array(&r.data),
            Value::Slice(r) => self.edge(addr(r), || Node::Slice(r.clone())),
            Value::Iface(r) if merge && Rc::strong_count(r) == 1 => self.value(&r.1, depth + 1),
            Value::Iface(r) => self.edge(addr(r), || Node::Iface(r.clone())),
            Value::Struct(r) if merge && Rc::strong_count(r) == 1 => {
                r.iter().for_each(|f| self.value(f, depth + 1));
            }
            Value::Struct(r) => {
                if r.iter().any(holds_refs) {
                    self.edge(addr(r), || Node::Struct(r.clone()));
                }
            }
            Value::Ref(r) if merge && Rc::strong_count(r) == 1 => self.ref_root(&r.root),
            Value::Ref(r) => self.edge(addr(r), || Node::Ref(r.clone())),
            Value::Func(r) if r.env.is_empty() => {}
            Value::Func(r) if merge && Rc::strong_count(r) == 1 => self.env(&r.env, depth + 1),
            Value::Func(r) => self.edge(addr(r), || Node::Func(r.clone())),
            Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::WordCell(_)
            | Value::Complex(_) => {}
        }
    }

    fn array(&mut self, d: &SliceData) {
        if let SliceData::Vals(r) = d {
            self.edge(addr(r), || Node::Vals(r.clone()));
        }
    }

    fn ref_root(&mut self, root: &RefRoot) {
        match root {
            RefRoot::Cell(c) => self.cell_edge(c),
            RefRoot::Elem(d, _) => self.array(d),
        }
    }

    fn env(&mut self, env: &Rc<[Value]>, depth: u32) {
        if Rc::strong_count(env) == 1 && depth < MERGE_DEPTH {
            env.iter().for_each(|v| self.value(v, depth + 1));
        } else {
            self.edge(addr(env), || Node::Env(env.clone()));
        }
    }

    /// Finds every node's references, in the order nodes are found (a queue: no recursion).
    fn walk(&mut self) {
        let mut i = 0;
        while i < self.nodes.len() {
            self.edge_start.push(self.edges.len() as u32);
            // Each node kind holds its own `Rc`, cloned so that `self` can grow meanwhile.
            match &self.nodes[i] {
                Node::Cell(r) => {
                    let r = r.clone();
                    match r.try_borrow() {
                        Ok(v) => self.value(&v, 0),
                        Err(_) => self.pinned[i] = true,
                    };
                }
                Node::Vals(r) => {
                    let r = r.clone();
                    for e in r.iter() {
                        match e.try_borrow() {
                            Ok(v) => self.value(&v, 0),
                            Err(_) => self.pinned[i] = true,
                        }
                    }
                }
                Node::Map(r) => {
                    let r = r.clone();
                    match r.try_borrow() {
                        Ok(m) => {
                            for (k, v) in m.entries() {
                                self.value(k, 0);
                                self.value(v, 0);
                            }
                        }
                        Err(_) => self.pinned[i] = true,
                    };
                }
                Node::Chan(r) => {
                    let r = r.clone();
                    match r.try_borrow() {
                        Ok(c) => c.buffered().for_each(|v| self.value(v, 0)),
                        Err(_) => self.pinned[i] = true,
                    };
                }
                Node::Slice(r) => {
                    let r = r.clone();
                    self.array(&r.data);
                }
                Node::Iface(r) => {
                    let r = r.clone();
                    self.value(&r.1, 0);
                }
                Node::Struct(r) => {
                    let r = r.clone();
                    r.iter().for_each(|v| self.value(v, 0));
                }
                Node::Ref(r) => {
                    let r = r.clone();
                    self.ref_root(&r.root);
                }
                Node::Func(r) => {
                    let r = r.clone();
                    self.env(&r.env, 0);
                }
                Node::Env(r) => {
                    let r = r.clone();
                    r.iter().for_each(|v| self.value(v, 0));
                }
            }
            i += 1;
        }
        self.edge_start.push(self.edges.len() as u32);
    }

    /// Which nodes are live: those referenced from outside the walk (or pinned), and
    /// everything they reach. None if the counts do not add up (then nothing is freed).
    fn mark_live(&self) -> Vec<bool> {
        let n = self.nodes.len();
        let mut live = vec![false; n];
        let mut stack = Vec::new();
        for i in 0..n {
            // One reference is the walk's own.
            let inside = self.internal[i] as usize + 1;
            let outside = self.nodes[i].strong_count() as isize - inside as isize;
            if outside != 0 || self.pinned[i] {
                // Negative would mean a miscount: keep the node rather than free live data.
                live[i] = true;
                stack.push(i as u32);
            }
        }
        while let Some(i) = stack.pop() {
            let (lo, hi) = (self.edge_start[i as usize] as usize, self.edge_start[i as usize + 1] as usize);
            for &j in &self.edges[lo..hi] {
                if !live[j as usize] {
                    live[j as usize] = true;
                    stack.push(j);
                }
            }
        }
        live
    }

    /// Empties the garbage containers, then lets go of every node: reference counting frees
    /// the garbage. The values taken out are dropped while the walk still holds every node,
    /// so no drop cascades down a long chain.
    fn free(&mut self, live: &[bool]) {
        let mut trash: Vec<Value> = Vec::new();
        // Values taken out hold nodes, which the walk still holds, and objects merged into
        // their holder (at most `MERGE_DEPTH` deep): dropping them frees no long chain.
        let mut maps: Vec<MapObj> = Vec::new();
        for (n, _) in self.nodes.iter().zip(live).filter(|(_, &l)| !l) {
            match n {
                Node::Cell(r) => {
                    if let Ok(mut v) = r.try_borrow_mut() {
                        trash.push(std::mem::take(&mut *v));
                    }
                }
                Node::Vals(r) => {
                    for e in r.iter() {
                        if let Ok(mut v) = e.try_borrow_mut() {
                            trash.push(std::mem::take(&mut *v));
                        }
                    }
                }
                Node::Map(r) => {
                    if let Ok(mut m) = r.try_borrow_mut() {
                        maps.push(std::mem::take(&mut *m));
                    }
                }
                Node::Chan(r) => {
                    if let Ok(mut c) = r.try_borrow_mut() {
                        trash.extend(c.take_buffer());
                    }
                }
                _ => {}
            }
        }
        drop(trash);
        drop(maps);
        // What is left of the garbage (struct values, interface boxes, closures) is freed
        // as the walk lets go of it, in the order found.
        self.unmark_cells();
        self.nodes.clear();
    }

    fn unmark_cells(&self) {
        for n in &self.nodes {
            if let Node::Cell(c) = n {
                c.node.set(0);
            }
        }
    }

    /// Empty, keeping the buffers.
    fn clear(&mut self) {
        self.unmark_cells();
        self.nodes.clear();
        self.index.clear();
        self.internal.clear();
        self.pinned.clear();
        self.edges.clear();
        self.edge_start.clear();
    }
}
