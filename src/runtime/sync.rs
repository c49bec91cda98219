//! The natives of package sync: `Mutex`, `WaitGroup` and `Cond`'s notify list. Their state
//! is in the Go struct (stdlib/sync): for a Mutex or WaitGroup, field 0 is the lock flag or
//! the counter and field 1 (`sema`) numbers the wait queue of goroutines parked on it, kept
//! here; a notify list has its tickets in fields 0 and 1 and its `sema` in field 2.
//! Waiting parks through the scheduler.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use super::frame::Frame;
use super::panic::{fatal, plain_error};
use super::sched::{self, G};
use super::value::{RefRoot, SliceData, Value};

#[derive(Default)]
struct Queues {
    next: i64,
    waiting: HashMap<i64, VecDeque<Rc<G>>>,
    /// Cond waiters with their tickets, by notify list.
    tickets: HashMap<i64, Vec<(u32, Rc<G>)>>,
}

thread_local! {
    static QUEUES: RefCell<Queues> = RefCell::new(Queues::default());
}

/// Runs `f` on the fields of the struct pointer `p` points to.
pub fn with_fields<R>(p: &Value, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    fn walk<R>(mut v: &mut Value, path: &[usize], f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        for &i in path {
            match v {
                Value::Struct(s) => v = &mut Rc::make_mut(s)[i],
                _ => super::panic::nil_dereference(),
            }
        }
        match v {
            Value::Struct(s) => f(Rc::make_mut(s)),
            _ => super::panic::nil_dereference(),
        }
    }
    match p {
        Value::Cell(c) => walk(&mut c.borrow_mut(), &[], f),
        Value::Ref(r) => match &r.root {
            RefRoot::Cell(c) => walk(&mut c.borrow_mut(), &r.path, f),
            RefRoot::Elem(SliceData::Vals(v), i) => walk(&mut v[*i].borrow_mut(), &r.path, f),
            RefRoot::Elem(SliceData::Words(_), _) => super::panic::nil_dereference(),
        },
        _ => super::panic::nil_dereference(),
    }
}

/// The wait queue number of the struct at `p`, given one on first use.
fn sema(p: &Value) -> i64 {
    sema_at(p, 1)
}

fn sema_at(p: &Value, at: usize) -> i64 {
    with_fields(p, |fs| {
        if fs[at].int() == 0 {
            let id = QUEUES.with(|q| {
                let mut q = q.borrow_mut();
                q.next += 1;
                q.next
            });
            fs[at] = Value::Int(id);
        }
        fs[at].int()
    })
}

fn wait_on(fr: &mut Frame, p: &Value, reason: &'static str) {
    let id = sema(p);
    let g = sched::current();
    QUEUES.with(|q| q.borrow_mut().waiting.entry(id).or_default().push_back(g));
    sched::park(fr, reason);
}

fn wake_one(p: &Value) -> bool {
    let id = sema(p);
    let g = QUEUES.with(|q| q.borrow_mut().waiting.get_mut(&id).and_then(|w| w.pop_front()));
    match g {
        Some(g) => {
            sched::ready(&g);
            true
        }
        None => false,
    }
}

pub fn mutex_lock(fr: &mut Frame, m: &Value) {
    if !mutex_try_lock(m) {
        // Unlock hands the lock over to the first waiter: it stays locked.
        wait_on(fr, m, "sync.Mutex.Lock");
    }
}

pub fn mutex_try_lock(m: &Value) -> bool {
    with_fields(m, |fs| {
        let free = fs[0].int() == 0;
        if free {
            fs[0] = Value::Int(1);
        }
        free
    })
}

pub fn mutex_unlock(m: &Value) {
    if with_fields(m, |fs| fs[0].int()) == 0 {
        fatal("sync: unlock of unlocked mutex".to_string());
    }
    if !wake_one(m) {
        with_fields(m, |fs| fs[0] = Value::Int(0));
    }
}

pub fn waitgroup_add(wg: &Value, delta: i64) {
    let n = with_fields(wg, |fs| {
        let n = (fs[0].int() as i32).wrapping_add(delta as i32);
        fs[0] = Value::Int(n as i64);
        n
    });
    if n < 0 {
        plain_error("sync: negative WaitGroup counter".to_string());
    }
    if n == 0 {
        while wake_one(wg) {}
    }
}

pub fn waitgroup_wait(fr: &mut Frame, wg: &Value) {
    if with_fields(wg, |fs| fs[0].int()) != 0 {
        wait_on(fr, wg, "sync.WaitGroup.Wait");
    }
}

/// `notifyListAdd`: the next ticket.
pub fn notify_add(l: &Value) -> u32 {
    with_fields(l, |fs| {
        let t = fs[0].int() as u32;
        fs[0] = Value::Int(t.wrapping_add(1) as i64);
        t
    })
}

/// `notifyListWait`: parks until ticket `t` has been notified.
pub fn notify_wait(fr: &mut Frame, l: &Value, t: u32) {
    let notified = with_fields(l, |fs| fs[1].int() as u32);
    if (t.wrapping_sub(notified) as i32) < 0 {
        return;
    }
    let id = sema_at(l, 2);
    let g = sched::current();
    QUEUES.with(|q| q.borrow_mut().tickets.entry(id).or_default().push((t, g)));
    sched::park(fr, "sync.Cond.Wait");
}

/// `notifyListNotifyOne` and `notifyListNotifyAll`.
pub fn notify(l: &Value, all: bool) {
    let (wait, notified) = with_fields(l, |fs| (fs[0].int() as u32, fs[1].int() as u32));
    if wait == notified {
        return;
    }
    let upto = if all { wait } else { notified.wrapping_add(1) };
    with_fields(l, |fs| fs[1] = Value::Int(upto as i64));
    let id = sema_at(l, 2);
    let woken: Vec<Rc<G>> = QUEUES.with(|q| {
        let mut q = q.borrow_mut();
        let Some(ws) = q.tickets.get_mut(&id) else { return Vec::new() };
        let mut woken = Vec::new();
        ws.retain(|(t, g)| {
            let due = (t.wrapping_sub(upto) as i32) < 0;
            if due {
                woken.push(g.clone());
            }
            !due
        });
        woken
    });
    for g in woken {
        sched::ready(&g);
    }
}

// RWMutex: fields `writer` (0), `readers` (1), `waiting` writers (2) and `sema` (3), whose
// number keys the queue of waiting writers; its negation keys the waiting readers. As in
// Go, a waiting writer keeps new readers out, and a writer's Unlock lets the readers that
// queued behind it in before the next writer.

const RW_SEMA: usize = 3;

fn rw_queue_push(id: i64, g: Rc<G>) {
    QUEUES.with(|q| q.borrow_mut().waiting.entry(id).or_default().push_back(g));
}

fn rw_queue_pop(id: i64) -> Option<Rc<G>> {
    QUEUES.with(|q| q.borrow_mut().waiting.get_mut(&id).and_then(|w| w.pop_front()))
}

pub fn rw_try_lock(rw: &Value) -> bool {
    with_fields(rw, |fs| {
        let free = fs[0].int() == 0 && fs[1].int() == 0;
        if free {
            fs[0] = Value::Int(1);
        }
        free
    })
}

pub fn rw_lock(fr: &mut Frame, rw: &Value) {
    if rw_try_lock(rw) {
        return;
    }
    let id = sema_at(rw, RW_SEMA);
    with_fields(rw, |fs| fs[2] = Value::Int(fs[2].int() + 1));
    rw_queue_push(id, sched::current());
    // The lock is handed over (`writer` set) by whoever wakes this goroutine.
    sched::park(fr, "sync.RWMutex.Lock");
}

pub fn rw_unlock(rw: &Value) {
    if with_fields(rw, |fs| fs[0].int()) == 0 {
        fatal("sync: Unlock of unlocked RWMutex".to_string());
    }
    with_fields(rw, |fs| fs[0] = Value::Int(0));
    let id = sema_at(rw, RW_SEMA);
    let mut readers = 0;
    while let Some(g) = rw_queue_pop(-id) {
        readers += 1;
        sched::ready(&g);
    }
    if readers > 0 {
        with_fields(rw, |fs| fs[1] = Value::Int(fs[1].int() + readers));
    } else {
        rw_next_writer(rw, id);
    }
}

/// Hands the lock to the first waiting writer, if any.
fn rw_next_writer(rw: &Value, id: i64) {
    if let Some(g) = rw_queue_pop(id) {
        with_fields(rw, |fs| {
            fs[0] = Value::Int(1);
            fs[2] = Value::Int(fs[2].int() - 1);
        });
        sched::ready(&g);
    }
}

pub fn rw_try_rlock(rw: &Value) -> bool {
    with_fields(rw, |fs| {
        let free = fs[0].int() == 0 && fs[2].int() == 0;
        if free {
            fs[1] = Value::Int(fs[1].int() + 1);
        }
        free
    })
}

pub fn rw_rlock(fr: &mut Frame, rw: &Value) {
    if rw_try_rlock(rw) {
        return;
    }
    let id = sema_at(rw, RW_SEMA);
    rw_queue_push(-id, sched::current());
    sched::park(fr, "sync.RWMutex.RLock");
}

pub fn rw_runlock(rw: &Value) {
    let left = with_fields(rw, |fs| {
        let n = fs[1].int();
        if n > 0 {
            fs[1] = Value::Int(n - 1);
        }
        n - 1
    });
    if left < 0 {
        fatal("sync: RUnlock of unlocked RWMutex".to_string());
    }
    if left == 0 {
        let id = sema_at(rw, RW_SEMA);
        rw_next_writer(rw, id);
    }
}
