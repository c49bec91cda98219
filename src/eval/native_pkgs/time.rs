//! Package time's natives: the clock (`Now`), `Sleep`, and the runtime timers behind
//! `Timer`, `Ticker` and `AfterFunc` (`runtime::timers`).
//!
//! Layouts (stdlib/time): `Time` is `{sec, nsec, hasMono, mono, loc}` with `sec` counted
//! from January 1, year 1 UTC; `Timer` and `Ticker` are `{C, id}`, `id` the runtime timer's
//! handle (0 for a Timer or Ticker not made by this package).

use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{new_struct, NativeFn};
use crate::eval::FuncValue;
use crate::runtime::frame::Frame;
use crate::runtime::panic::{nil_dereference, plain_error};
use crate::runtime::sync::with_fields;
use crate::runtime::timers::{self, Action};
use crate::runtime::value::Value;
use crate::runtime::{chan, sched};

/// Seconds from January 1, year 1 to the Unix epoch (stdlib/time's `unixToInternal`).
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "time.now" => |fr, _| fr.ret_val = now(),
        "time.Sleep" => sleep,
        "time.NewTimer" => new_timer,
        "time.AfterFunc" => after_func,
        "*time.Timer.Stop" => |fr, a| fr.ret_word = timers::stop(timer_id(&a[0])) as u64,
        "*time.Timer.Reset" => |fr, a| {
            fr.ret_word = timers::reset(timer_id(&a[0]), timers::after(a[1].int()), None) as u64;
        },
        "time.NewTicker" => new_ticker,
        "*time.Ticker.Stop" => |_, a| {
            timers::stop(timer_id(&a[0]));
        },
        "*time.Ticker.Reset" => |_, a| {
            let d = a[1].int();
            if d <= 0 {
                plain_error("non-positive interval for Ticker.Reset".to_string());
            }
            let id = timer_id(&a[0]);
            if id == 0 {
                plain_error("time: Reset called on uninitialized Ticker".to_string());
            }
            timers::reset(id, timers::after(d), Some(Duration::from_nanos(d as u64)));
        },
        _ => return None,
    })
}

/// The current time in UTC, with a monotonic clock reading (`Now` sets the location).
fn now() -> Value {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Value::Struct(Rc::new(vec![
        Value::Int(since.as_secs() as i64 + UNIX_TO_INTERNAL),
        Value::Int(since.subsec_nanos() as i64),
        Value::Bool(true),
        Value::Int(timers::mono_now()),
        Value::Nil,
    ]))
}

fn sleep(fr: &mut Frame, a: &[Value]) {
    let d = a[0].int();
    if d <= 0 {
        return;
    }
    timers::add(timers::after(d), None, Action::Wake(sched::current()));
    sched::park(fr, "sleep");
}

fn new_timer(fr: &mut Frame, a: &[Value]) {
    let ch = chan::make_timer();
    let id = timers::add(timers::after(a[0].int()), None, Action::Send { ch: weak(&ch), now });
    fr.ret_val = new_struct(vec![ch, Value::Int(id)]);
}

fn new_ticker(fr: &mut Frame, a: &[Value]) {
    let d = a[0].int();
    if d <= 0 {
        plain_error("non-positive interval for NewTicker".to_string());
    }
    let ch = chan::make_timer();
    let period = Some(Duration::from_nanos(d as u64));
    let id = timers::add(timers::after(d), period, Action::Send { ch: weak(&ch), now });
    fr.ret_val = new_struct(vec![ch, Value::Int(id)]);
}

/// `AfterFunc(d, f)`: when the timer fires, `f` starts in a goroutine of its own.
fn after_func(fr: &mut Frame, a: &[Value]) {
    let f: Option<Rc<FuncValue>> = match &a[1] {
        Value::Func(f) => Some(f.clone()),
        _ => None,
    };
    let start = move || {
        let f = f.clone();
        sched::spawn(Box::new(move |fr: &mut Frame| match &f {
            Some(f) => crate::eval::lower::call_func_value(fr, f),
            None => nil_dereference(),
        }));
    };
    let timer = new_struct(vec![Value::Nil, Value::Int(0)]);
    let Value::Cell(cell) = &timer else { return };
    let owner = Rc::downgrade(cell);
    let id = timers::add(timers::after(a[0].int()), None, Action::Func { f: Rc::new(start), owner });
    with_fields(&timer, |fs| fs[1] = Value::Int(id));
    fr.ret_val = timer;
}

/// The runtime timer handle of a `*Timer` or `*Ticker`.
fn timer_id(p: &Value) -> i64 {
    with_fields(p, |fs| fs[1].int())
}

/// A weak reference to a timer's channel (`runtime::timers` holds it weakly).
fn weak(ch: &Value) -> std::rc::Weak<std::cell::RefCell<chan::Chan>> {
    match ch {
        Value::Chan(c) => Rc::downgrade(c),
        _ => std::rc::Weak::new(),
    }
}
