//! Memory spike: reference counting + a CPython-style trial-deletion cycle collector, on the
//! cycles benchmark (3,000 doubly linked rings of 1,000 nodes, each node pointing at its ring).
//! Usage: cycles <rc|gc> [rounds] [min-threshold]
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// A field value (the evaluator's 16-byte Value, cut down).
enum GVal { Nil, Int(i64), Ref(Rc<Obj>) }

/// A heap container object (struct behind a pointer). `gc_idx` is scratch for the collector.
struct Obj { gc_idx: Cell<u32>, fields: RefCell<Vec<GVal>> }

struct Heap {
    collect: bool,
    registry: Vec<Weak<Obj>>, // every container allocated, weakly
    threshold: usize,
    min_threshold: usize,
    collections: u32,
    freed: usize,
    gc_time: std::time::Duration,
}

const MIN_THRESHOLD: usize = 10_000; // default; argv[3] overrides

impl Heap {
    fn alloc(&mut self, fields: Vec<GVal>) -> Rc<Obj> {
        let o = Rc::new(Obj { gc_idx: Cell::new(0), fields: RefCell::new(fields) });
        if self.collect {
            self.registry.push(Rc::downgrade(&o));
            if self.registry.len() >= self.threshold {
                self.collect_cycles();
            }
        }
        o
    }

    /// Trial deletion: an object whose strong count is fully explained by references from other
    /// registered objects, and that is not reachable from one that isn't, is cyclic garbage.
    fn collect_cycles(&mut self) {
        let t0 = std::time::Instant::now();
        self.collections += 1;
        self.registry.retain(|w| w.strong_count() > 0); // refcounting already freed these
        // SAFETY: every entry has strong_count > 0 and nothing runs while we look at them.
        let objs: Vec<&Obj> = self.registry.iter().map(|w| unsafe { &*w.as_ptr() }).collect();
        let mut gc_refs: Vec<isize> = self.registry.iter().map(|w| w.strong_count() as isize).collect();
        for (i, o) in objs.iter().enumerate() {
            o.gc_idx.set(i as u32);
        }
        // 1. subtract references that come from inside the registered heap
        for o in &objs {
            for f in o.fields.borrow().iter() {
                if let GVal::Ref(c) = f {
                    gc_refs[c.gc_idx.get() as usize] -= 1;
                }
            }
        }
        // 2. whatever has outside references (stack, globals) is a root; propagate reachability
        let mut reachable: Vec<bool> = gc_refs.iter().map(|&r| r > 0).collect();
        let mut work: Vec<usize> = (0..objs.len()).filter(|&i| reachable[i]).collect();
        while let Some(i) = work.pop() {
            for f in objs[i].fields.borrow().iter() {
                if let GVal::Ref(c) = f {
                    let j = c.gc_idx.get() as usize;
                    if !reachable[j] {
                        reachable[j] = true;
                        work.push(j);
                    }
                }
            }
        }
        // 3. the rest is unreachable: hold it, break its cycles by clearing its fields, drop it
        let garbage: Vec<Rc<Obj>> =
            (0..objs.len()).filter(|&i| !reachable[i]).map(|i| self.registry[i].upgrade().unwrap()).collect();
        drop(objs);
        self.freed += garbage.len();
        for g in &garbage {
            let fields = std::mem::take(&mut *g.fields.borrow_mut());
            drop(fields); // may free other garbage objects too: fine, we still hold them all
        }
        drop(garbage);
        self.registry.retain(|w| w.strong_count() > 0);
        self.threshold = (2 * self.registry.len()).max(self.min_threshold);
        self.gc_time += t0.elapsed();
    }
}

fn get_ref(o: &Obj, k: usize) -> Rc<Obj> {
    match &o.fields.borrow()[k] { GVal::Ref(r) => r.clone(), _ => panic!("nil pointer dereference") }
}
fn get_int(o: &Obj, k: usize) -> i64 {
    match &o.fields.borrow()[k] { GVal::Int(i) => *i, _ => unreachable!() }
}
fn set(o: &Obj, k: usize, v: GVal) { o.fields.borrow_mut()[k] = v; }

// node fields: prev, next, owner, payload[0..8]; ring fields: head, size
const PREV: usize = 0;
const NEXT: usize = 1;
const PAYLOAD: usize = 3;

fn build(h: &mut Heap, n: i64, seed: i64) -> Rc<Obj> {
    let r = h.alloc(vec![GVal::Nil, GVal::Int(0)]);
    let mut first: Option<Rc<Obj>> = None;
    let mut last: Option<Rc<Obj>> = None;
    for i in 0..n {
        let mut f = vec![GVal::Nil, GVal::Nil, GVal::Ref(r.clone())];
        f.extend((0..8).map(|_| GVal::Int(0)));
        let nd = h.alloc(f);
        set(&nd, PAYLOAD + (i % 8) as usize, GVal::Int(seed + i));
        match &last {
            None => first = Some(nd.clone()),
            Some(l) => {
                set(l, NEXT, GVal::Ref(nd.clone()));
                set(&nd, PREV, GVal::Ref(l.clone()));
            }
        }
        last = Some(nd);
    }
    let (first, last) = (first.unwrap(), last.unwrap());
    set(&last, NEXT, GVal::Ref(first.clone()));
    set(&first, PREV, GVal::Ref(last));
    set(&r, 0, GVal::Ref(first));
    set(&r, 1, GVal::Int(n));
    r
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let collect = args.get(1).map(|s| s == "gc").unwrap_or(true);
    let rounds: i64 = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(3000);
    let min_threshold: usize = args.get(3).map(|s| s.parse().unwrap()).unwrap_or(MIN_THRESHOLD);
    let mut h = Heap { collect, min_threshold, registry: Vec::new(), threshold: min_threshold, collections: 0, freed: 0, gc_time: Default::default() };
    let t0 = std::time::Instant::now();
    let mut sum = 0i64;
    for round in 0..rounds {
        let r = build(&mut h, 1000, round);
        let mut nd = get_ref(&r, 0);
        for i in 0..get_int(&r, 1) {
            sum += get_int(&nd, PAYLOAD + (i % 8) as usize) % 7;
            nd = get_ref(&nd, NEXT);
        }
    }
    println!(
        "cycles checksum: {sum} mode={} time={:.3}s collections={} freed={} gc_time={:.3}s",
        if collect { "rc+cycle-collector" } else { "plain-rc" },
        t0.elapsed().as_secs_f64(), h.collections, h.freed, h.gc_time.as_secs_f64()
    );
}
