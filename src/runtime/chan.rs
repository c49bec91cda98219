//! Channels and select, after Go's runtime/chan.go and select.go: a buffer, a FIFO queue
//! of waiting senders and one of waiting receivers, direct hand-off between a sender and a
//! waiting receiver, close waking everyone. A goroutine that must wait parks through the
//! scheduler (`sched`); nothing ever polls.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::frame::Frame;
use super::panic::plain_error;
use super::sched::{self, G};
use super::value::Value;

pub struct Chan {
    cap: usize,
    buf: VecDeque<Value>,
    closed: bool,
    recvq: VecDeque<Rc<Waiter>>,
    sendq: VecDeque<Rc<Waiter>>,
    /// A Timer's or Ticker's channel: a buffer of one that `cap` and `len` report as 0
    /// (Go 1.23's timer channels are synchronous to the program).
    timer: bool,
}

/// A goroutine waiting on a channel (Go's sudog): the value it sends or receives, and
/// whether the operation completed (false: the channel was closed).
pub struct Waiter {
    g: Rc<G>,
    val: RefCell<Value>,
    ok: Cell<bool>,
    /// For a goroutine in a select: which case fired, shared by all its waiters; only the
    /// first operation to claim it completes (the others are stale and skipped).
    sel: Option<Rc<Cell<Option<usize>>>>,
    case: usize,
}

impl Waiter {
    fn new(val: Value, sel: Option<Rc<Cell<Option<usize>>>>, case: usize) -> Rc<Waiter> {
        Rc::new(Waiter { g: sched::current(), val: RefCell::new(val), ok: Cell::new(false), sel, case })
    }
}

/// The first waiter of `q` that can still complete, claimed for this operation.
fn dequeue(q: &mut VecDeque<Rc<Waiter>>) -> Option<Rc<Waiter>> {
    while let Some(w) = q.pop_front() {
        match &w.sel {
            Some(sel) if sel.get().is_some() => continue,
            Some(sel) => sel.set(Some(w.case)),
            None => {}
        }
        return Some(w);
    }
    None
}

fn chan(v: &Value) -> Option<&Rc<RefCell<Chan>>> {
    match v {
        Value::Chan(c) => Some(c),
        _ => None,
    }
}

/// `make(chan T, cap)`.
pub fn make(cap: i64) -> Value {
    if cap < 0 {
        // Go raises it as a plainError: no "runtime error: " before it.
        super::panic::plain_error("makechan: size out of range".to_string());
    }
    let cap = cap as usize;
    let c = Rc::new(RefCell::new(Chan {
        cap,
        buf: VecDeque::with_capacity(cap.min(1024)),
        closed: false,
        recvq: VecDeque::new(),
        sendq: VecDeque::new(),
        timer: false,
    }));
    super::gc::track_chan(&c);
    Value::Chan(c)
}

impl Chan {
    /// The values in the buffer (the cycle collector's walk).
    pub fn buffered(&self) -> impl Iterator<Item = &Value> {
        self.buf.iter()
    }

    /// Empties the buffer of a channel the program can no longer reach (`gc`).
    pub fn take_buffer(&mut self) -> VecDeque<Value> {
        std::mem::take(&mut self.buf)
    }
}

/// The channel of a Timer or Ticker (`runtime::timers` sends on it).
pub fn make_timer() -> Value {
    let c = make(1);
    if let Value::Chan(c) = &c {
        c.borrow_mut().timer = true;
    }
    c
}

pub fn len(v: &Value) -> i64 {
    chan(v).map_or(0, |c| {
        let c = c.borrow();
        if c.timer {
            0
        } else {
            c.buf.len() as i64
        }
    })
}

pub fn cap(v: &Value) -> i64 {
    chan(v).map_or(0, |c| {
        let c = c.borrow();
        if c.timer {
            0
        } else {
            c.cap as i64
        }
    })
}

/// A send that never waits: to a waiting receiver, else into the buffer if there is room,
/// else dropped (a timer's tick nobody has taken yet).
pub fn offer(ch: &Value, v: Value) {
    if let Some(c) = chan(ch) {
        let mut c = c.borrow_mut();
        if !c.closed {
            try_send(&mut c, &mut Some(v));
        }
    }
}

/// Drops the buffered values (a timer stopped or reset).
pub fn drain(ch: &Value) {
    if let Some(c) = chan(ch) {
        c.borrow_mut().buf.clear();
    }
}

/// Parks forever (an operation on a nil channel, an empty select).
fn block_forever(fr: &mut Frame, reason: &'static str) -> ! {
    loop {
        sched::park(fr, reason);
    }
}

/// Tries a send without waiting; false if it would have to wait.
fn try_send(c: &mut Chan, v: &mut Option<Value>) -> bool {
    if c.closed {
        plain_error("send on closed channel".to_string());
    }
    if let Some(r) = dequeue(&mut c.recvq) {
        *r.val.borrow_mut() = v.take().unwrap_or_default();
        r.ok.set(true);
        sched::ready(&r.g);
        return true;
    }
    if c.buf.len() < c.cap {
        c.buf.push_back(v.take().unwrap_or_default());
        return true;
    }
    false
}

/// Tries a receive without waiting: `Some((value, ok))`, or `None` if it would wait.
fn try_recv(c: &mut Chan, zero: &Value) -> Option<(Value, bool)> {
    if let Some(s) = dequeue(&mut c.sendq) {
        let sent = std::mem::take(&mut *s.val.borrow_mut());
        s.ok.set(true);
        sched::ready(&s.g);
        // A full buffer: take its head, the sender's value goes to its tail (FIFO).
        let v = match c.buf.pop_front() {
            Some(head) => {
                c.buf.push_back(sent);
                head
            }
            None => sent,
        };
        return Some((v, true));
    }
    if let Some(v) = c.buf.pop_front() {
        return Some((v, true));
    }
    if c.closed {
        return Some((zero.clone(), false));
    }
    None
}

/// `ch <- v`.
pub fn send(fr: &mut Frame, ch: &Value, v: Value) {
    let Some(c) = chan(ch) else { block_forever(fr, "chan send (nil chan)") };
    let mut v = Some(v);
    if try_send(&mut c.borrow_mut(), &mut v) {
        return;
    }
    let w = Waiter::new(v.unwrap_or_default(), None, 0);
    c.borrow_mut().sendq.push_back(w.clone());
    sched::park(fr, "chan send");
    if !w.ok.get() {
        plain_error("send on closed channel".to_string());
    }
}

/// `<-ch` and `v, ok := <-ch`; `zero` is the element type's zero value.
pub fn recv(fr: &mut Frame, ch: &Value, zero: &Value) -> (Value, bool) {
    let Some(c) = chan(ch) else { block_forever(fr, "chan receive (nil chan)") };
    if let Some(r) = try_recv(&mut c.borrow_mut(), zero) {
        return r;
    }
    let w = Waiter::new(Value::Nil, None, 0);
    c.borrow_mut().recvq.push_back(w.clone());
    sched::park(fr, "chan receive");
    if w.ok.get() {
        (w.val.take(), true)
    } else {
        (zero.clone(), false)
    }
}

/// `close(ch)`: every waiting receiver gets the zero value, every waiting sender panics.
pub fn close(ch: &Value) {
    let Some(c) = chan(ch) else { plain_error("close of nil channel".to_string()) };
    let mut c = c.borrow_mut();
    if c.closed {
        plain_error("close of closed channel".to_string());
    }
    c.closed = true;
    while let Some(w) = dequeue(&mut c.recvq) {
        w.ok.set(false);
        sched::ready(&w.g);
    }
    while let Some(w) = dequeue(&mut c.sendq) {
        w.ok.set(false);
        sched::ready(&w.g);
    }
}

/// A case of a select: its channel and, for a send, the value sent.
pub struct Case {
    pub ch: Value,
    pub send: Option<Value>,
}

/// `select`: the index of the case that ran (None: the default), and for a receive the
/// value and whether it came from a send. A ready case is chosen uniformly at random.
pub fn select(
    fr: &mut Frame,
    mut cases: Vec<Case>,
    zeros: &[Value],
    has_default: bool,
) -> (Option<usize>, Value, bool) {
    let n = cases.len();
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, sched::rand_below(i + 1));
    }
    for &i in &order {
        let Some(c) = chan(&cases[i].ch).cloned() else { continue };
        let mut c = c.borrow_mut();
        if cases[i].send.is_some() {
            if try_send(&mut c, &mut cases[i].send) {
                return (Some(i), Value::Nil, true);
            }
        } else if let Some((v, ok)) = try_recv(&mut c, &zeros[i]) {
            return (Some(i), v, ok);
        }
    }
    if has_default {
        return (None, Value::Nil, false);
    }
    if cases.iter().all(|c| chan(&c.ch).is_none()) {
        block_forever(fr, if n == 0 { "select (no cases)" } else { "select" });
    }
    // Wait on every case at once; the first operation to claim `sel` completes.
    let sel = Rc::new(Cell::new(None));
    let mut waiters = Vec::with_capacity(n);
    for (i, case) in cases.iter_mut().enumerate() {
        let Some(c) = chan(&case.ch) else { continue };
        let is_send = case.send.is_some();
        let w = Waiter::new(case.send.take().unwrap_or_default(), Some(sel.clone()), i);
        let mut c = c.borrow_mut();
        if is_send {
            c.sendq.push_back(w.clone());
        } else {
            c.recvq.push_back(w.clone());
        }
        waiters.push((i, is_send, w));
    }
    sched::park(fr, "select");
    let fired = sel.get().unwrap_or(0);
    let mut result = (Some(fired), Value::Nil, false);
    for (i, is_send, w) in waiters {
        let Some(c) = chan(&cases[i].ch) else { continue };
        if i == fired {
            if is_send && !w.ok.get() {
                plain_error("send on closed channel".to_string());
            }
            result = if w.ok.get() { (Some(i), w.val.take(), true) } else { (Some(i), zeros[i].clone(), false) };
            continue;
        }
        let mut c = c.borrow_mut();
        let q = if is_send { &mut c.sendq } else { &mut c.recvq };
        q.retain(|x| !Rc::ptr_eq(x, &w));
    }
    result
}
