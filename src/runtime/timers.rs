//! Timers, after Go's runtime/time.go: a heap of deadlines on the monotonic clock, each
//! with what happens when it is reached (wake a sleeping goroutine, send the time on a
//! Timer's or Ticker's channel, start an AfterFunc goroutine).
//!
//! Invariants: the heap may hold stale entries (a timer stopped or reset since it was
//! pushed): an entry counts only if its `seq` is the timer's current one. The scheduler
//! fires due timers at every scheduling point, and when no goroutine can run it sleeps the
//! thread until the earliest live deadline; a program with a live timer is not deadlocked.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

use super::chan::Chan;
use super::sched::{self, G};
use super::value::Value;

/// What a timer does when its deadline comes.
pub enum Action {
    /// `time.Sleep`: make the goroutine runnable again.
    Wake(Rc<G>),
    /// A Timer's or Ticker's channel (buffer of one): the time is sent without waiting, and
    /// dropped if the previous one has not been received yet. `now` makes the value sent.
    /// The channel is held weakly: once the program can no longer reach it (a `time.After`
    /// in a loop), the timer is dropped, as Go's collector drops unreachable timers.
    Send { ch: Weak<RefCell<Chan>>, now: fn() -> Value },
    /// `time.AfterFunc`: starts the function in a goroutine of its own. `owner` is the
    /// `*Timer` returned: once the timer is stopped or has fired, only a `Reset` through it
    /// can start it again, so it is dropped when the program cannot reach the `*Timer`.
    Func { f: Rc<dyn Fn()>, owner: Weak<super::gc::VarCell> },
}

struct Timer {
    when: Instant,
    /// A Ticker's period.
    period: Option<Duration>,
    action: Action,
    /// Bumped by every stop and reset, so the heap's older entries are ignored.
    seq: u64,
    active: bool,
}

#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<(Instant, u64, i64)>>,
    table: HashMap<i64, Timer>,
    next_id: i64,
    /// Live timers (active, in the heap), so the scheduler's check is a counter read.
    live: usize,
    /// The table size at which timers whose channel is unreachable are swept out.
    sweep_at: usize,
}

/// The smallest `sweep_at`.
const SWEEP_MIN: usize = 1024;

thread_local! {
    static TIMERS: RefCell<Timers> = RefCell::new(Timers::default());
    static START: Instant = Instant::now();
}

/// Nanoseconds on the monotonic clock since the program started (`Time`'s reading).
pub fn mono_now() -> i64 {
    START.with(|s| s.elapsed().as_nanos() as i64)
}

/// The instant `d` nanoseconds from now (negative or zero: now).
pub fn after(d: i64) -> Instant {
    Instant::now() + Duration::from_nanos(d.max(0) as u64)
}

/// Clears every timer (a new program starts).
pub fn reset_all() {
    TIMERS.with(|t| *t.borrow_mut() = Timers::default());
}

/// Adds an active timer firing at `when` (then every `period`, for a Ticker); its handle.
pub fn add(when: Instant, period: Option<Duration>, action: Action) -> i64 {
    TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        if t.table.len() >= t.sweep_at {
            sweep(&mut t);
        }
        t.next_id += 1;
        let id = t.next_id;
        t.table.insert(id, Timer { when, period, action, seq: 0, active: true });
        t.heap.push(Reverse((when, 0, id)));
        t.live += 1;
        id
    })
}

/// Stops a timer; whether it was active. A Timer's or Ticker's unreceived value is dropped
/// (Go 1.23: no stale value is received after Stop or Reset).
pub fn stop(id: i64) -> bool {
    TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        let Some(tm) = t.table.get_mut(&id) else { return false };
        let was = tm.active;
        tm.active = false;
        tm.seq += 1;
        drain(&tm.action);
        if was {
            t.live -= 1;
        }
        was
    })
}

/// Restarts a timer to fire at `when` (with a new period for a Ticker); whether it was
/// active.
pub fn reset(id: i64, when: Instant, period: Option<Duration>) -> bool {
    TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        let Some(tm) = t.table.get_mut(&id) else { return false };
        let was = tm.active;
        tm.active = true;
        tm.seq += 1;
        tm.when = when;
        if period.is_some() {
            tm.period = period;
        }
        drain(&tm.action);
        let seq = tm.seq;
        t.heap.push(Reverse((when, seq, id)));
        if !was {
            t.live += 1;
        }
        was
    })
}

fn drain(a: &Action) {
    if let Action::Send { ch, .. } = a {
        if let Some(c) = ch.upgrade() {
            super::chan::drain(&Value::Chan(c));
        }
    }
}

/// Whether a timer can still matter: a Timer's or Ticker's channel must be reachable, an
/// AfterFunc's must be pending or its `*Timer` reachable.
fn reachable(tm: &Timer) -> bool {
    match &tm.action {
        Action::Send { ch, .. } => ch.strong_count() > 0,
        Action::Func { owner, .. } => tm.active || owner.strong_count() > 0,
        Action::Wake(_) => true,
    }
}

/// Drops the timers whose channel the program cannot reach any more.
fn sweep(t: &mut Timers) {
    let mut dropped_live = 0;
    t.table.retain(|_, tm| {
        let keep = reachable(tm);
        if !keep && tm.active {
            dropped_live += 1;
        }
        keep
    });
    t.live -= dropped_live;
    t.sweep_at = (t.table.len() * 2).max(SWEEP_MIN);
}

/// The earliest deadline of a live timer, dropping stale heap entries on the way.
pub fn next_deadline() -> Option<Instant> {
    TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        if t.live == 0 {
            t.heap.clear();
            return None;
        }
        while let Some(Reverse((when, seq, id))) = t.heap.peek().copied() {
            match t.table.get(&id) {
                Some(tm) if tm.active && tm.seq == seq && reachable(tm) => return Some(when),
                Some(tm) if tm.active && tm.seq == seq => {
                    // Nobody can receive from it: it will never wake anyone.
                    t.table.remove(&id);
                    t.live -= 1;
                    t.heap.pop();
                }
                _ => {
                    t.heap.pop();
                }
            }
        }
        None
    })
}

/// Whether any timer is live (the scheduler's cheap check before reading the clock).
pub fn any() -> bool {
    TIMERS.with(|t| t.borrow().live > 0)
}

/// Fires every timer whose deadline has passed.
pub fn fire_due() {
    if !any() {
        return;
    }
    let now = Instant::now();
    sched::readying_in_order(|| {
        while let Some(when) = next_deadline() {
            if when > now {
                break;
            }
            fire_first(now);
        }
    });
}

/// Fires the timer at the top of the heap (live and due).
fn fire_first(now: Instant) {
    enum Then {
        Wake(Rc<G>),
        Send(Weak<RefCell<Chan>>, fn() -> Value),
        Func(Rc<dyn Fn()>),
    }
    let then = TIMERS.with(|t| {
        let mut t = t.borrow_mut();
        let Some(Reverse((_, _, id))) = t.heap.pop() else { return None };
        let tm = t.table.get_mut(&id)?;
        let then = match &tm.action {
            Action::Wake(g) => Then::Wake(g.clone()),
            Action::Send { ch, now } => Then::Send(ch.clone(), *now),
            Action::Func { f, .. } => Then::Func(f.clone()),
        };
        match tm.period {
            Some(p) => {
                // A Ticker: the next tick, skipping any already missed (Go drops them).
                let mut next = tm.when + p;
                if next <= now {
                    let period = p.as_nanos().max(1);
                    let behind = now.duration_since(tm.when).as_nanos() / period;
                    let skip = ((behind + 1) * period).min(u64::MAX as u128) as u64;
                    next = tm.when + Duration::from_nanos(skip);
                }
                tm.when = next;
                let seq = tm.seq;
                t.heap.push(Reverse((next, seq, id)));
            }
            None => {
                // A one-shot timer: Sleep's is gone; a Timer's stays for Reset.
                let sleep = matches!(tm.action, Action::Wake(_));
                tm.active = false;
                t.live -= 1;
                if sleep {
                    t.table.remove(&id);
                }
            }
        }
        Some(then)
    });
    match then {
        Some(Then::Wake(g)) => sched::ready(&g),
        Some(Then::Send(ch, now)) => {
            if let Some(c) = ch.upgrade() {
                super::chan::offer(&Value::Chan(c), now());
            }
        }
        Some(Then::Func(f)) => f(),
        None => {}
    }
}
