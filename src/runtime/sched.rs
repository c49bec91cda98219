//! The scheduler of green goroutines (DESIGN.md, "Runtime: green tasks, channels, select").
//!
//! One OS thread runs every goroutine. A goroutine other than main is a stackful coroutine
//! (corosensei) on one of the shared run stacks (`stacks`: its stack is copied aside while
//! another goroutine of the same slot runs); parking it switches back to the scheduler loop. The main goroutine runs on the thread's own stack (deep recursion in
//! main keeps the thread's large stack): when it parks, it runs the scheduler loop itself
//! until something makes it ready again. An empty run queue while main is parked waits for
//! the next timer (`timers`), sleeping the thread; with no timer left it is Go's deadlock,
//! reported with every blocked goroutine and what it waits for.
//!
//! Package-level variables and the unflushed output live in the running goroutine's
//! `Frame`; every switch hands them over through `SHARED`, so lowered code reads them as
//! before, with no extra indirection.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;

use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::frame::Frame;
use super::panic::GoPanic;
use super::signal;
use super::stacks::{self, SlotStack, Slots};
use super::timers;
use super::value::Value;

/// What is kept free at the bottom of a goroutine's stack for unwinding a stack overflow.
const STACK_MARGIN: usize = 64 * 1024;

/// The longest the scheduler sleeps at once waiting for a timer before looking for an
/// interrupt.
const INTERRUPT_POLL: std::time::Duration = std::time::Duration::from_millis(50);
/// Slots of a goroutine's `Frame` stacks.
pub const GOROUTINE_SLOTS: usize = super::frame::STACK_SLOTS;

type Coro = Coroutine<(), (), (), SlotStack>;

/// What a goroutine runs.
type Body = Box<dyn FnOnce(&mut Frame)>;

/// A goroutine: its coroutine (none for main) and whether it is in the run queue.
pub struct G {
    /// Made when the goroutine first runs (from `body`), on its run stack slot.
    coro: RefCell<Option<Coro>>,
    body: Cell<Option<Body>>,
    /// Its run stack slot (`stacks::SLOTS` until it first runs).
    home: Cell<usize>,
    /// The lowest address of its slot its stack used when it last suspended.
    low: Cell<usize>,
    /// Its stack's bytes while another goroutine is resident on its slot.
    saved: Cell<Option<Box<[u8]>>>,
    yielder: Cell<*const Yielder<(), ()>>,
    ready: Cell<bool>,
    /// Why it is parked, as Go's goroutine dump says ("chan receive").
    reason: Cell<&'static str>,
    is_main: bool,
    /// Go's goroutine id: 1 for main; the program's own start at `FIRST_GOID`, as in Go,
    /// whose runtime starts a few goroutines of its own first.
    id: u64,
    /// Its index in `Sched::all`.
    slot: Cell<usize>,
}

const FIRST_GOID: u64 = 6;

/// Stack a suspending goroutine uses below its `switch` frame: in a release build,
/// corosensei's three pushes (`suspend` is inlined); a debug build's frames are larger.
/// Debug builds check it (`stacks::check_below`).
pub const SUSPEND_ROOM: usize = if cfg!(debug_assertions) { 4096 } else { 256 };

/// How late an idle scheduler may wake for a timer, so that timers due close together are
/// fired by one thread wake-up.
const TIMER_SLACK: std::time::Duration = std::time::Duration::from_micros(250);

/// A goroutine that can never run again (parked on something no one can reach, or left
/// when main returned) is dropped with its coroutine suspended: forget the coroutine
/// rather than let corosensei unwind its stack, which would run Go code's destructors
/// at arbitrary times (even during thread exit). Its saved stack bytes are freed; if it
/// was resident on its slot, the next goroutine of the slot simply runs there.
impl Drop for G {
    fn drop(&mut self) {
        if let Some(c) = self.coro.get_mut().take() {
            std::mem::forget(c);
        }
    }
}

#[derive(Default)]
struct Sched {
    runq: VecDeque<Rc<G>>,
    /// The goroutine to run next, before the queue: the one last made or made ready, as
    /// Go's `runnext` (a woken receiver runs right after its sender parks or yields).
    runnext: Option<Rc<G>>,
    current: Option<Rc<G>>,
    main: Option<Rc<G>>,
    slots: Slots,
    /// Which goroutine's stack each slot holds (`Weak`: a goroutine no one can reach is
    /// dropped while resident).
    resident: Vec<std::rc::Weak<G>>,
    /// Slots no goroutine is resident on (their goroutine finished).
    free_run_slots: Vec<usize>,
    /// The slot to take next once every slot has been used.
    next_run_slot: usize,
    /// Goroutines started and not finished (`runtime.NumGoroutine`), main included.
    live: usize,
    /// Every goroutine started and not finished but main (the deadlock report), in slots
    /// reused through `free_slots` (no hashing on the spawn path).
    all: Vec<Option<Rc<G>>>,
    free_slots: Vec<usize>,
    next_id: u64,
    /// The goroutine whose panic ended the program (1: main).
    panicked: u64,
    /// Main called `runtime.Goexit`: the program ends when the others have.
    main_exited: bool,
    /// Set while timers fire: the goroutines they wake queue in deadline order (at the
    /// tail) rather than each taking `runnext` from the one woken before it.
    fifo_ready: bool,
    /// The globals and output while being handed from one goroutine to the next.
    shared: Option<(Vec<Value>, Vec<u8>)>,
    rng: u64,
}

impl Sched {
    fn put_next(&mut self, g: Rc<G>) {
        if let Some(old) = self.runnext.replace(g) {
            self.runq.push_back(old);
        }
    }
}

thread_local! {
    static SCHED: RefCell<Sched> = RefCell::new(Sched { rng: 0x9e37_79b9_7f4a_7c15, ..Default::default() });
}

/// Sets up the scheduler for a program about to run on this thread (main is current).
pub fn init() {
    let main = Rc::new(G {
        coro: RefCell::new(None),
        body: Cell::new(None),
        home: Cell::new(stacks::SLOTS),
        low: Cell::new(0),
        saved: Cell::new(None),
        yielder: Cell::new(std::ptr::null()),
        ready: Cell::new(true),
        reason: Cell::new(""),
        is_main: true,
        id: 1,
        slot: Cell::new(0),
    });
    timers::reset_all();
    signal::set_interpreter_thread();
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        s.runq.clear();
        s.runnext = None;
        s.current = Some(main.clone());
        s.main = Some(main);
        s.live = 1;
        s.shared = None;
        s.all.clear();
        s.free_slots.clear();
        s.next_id = FIRST_GOID;
        s.panicked = 1;
        s.main_exited = false;
        s.fifo_ready = false;
        s.resident.clear();
        s.free_run_slots.clear();
        s.next_run_slot = 0;
    });
}

/// Drops the goroutines still runnable when main returns: Go does not wait for them (their
/// coroutines are forgotten, see `Drop for G`).
pub fn shutdown() {
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        s.runnext = None;
        s.runq.clear();
        s.current = None;
        s.main = None;
        s.all.clear();
    });
    timers::reset_all();
    signal::reset_waiter();
}

/// The id of the goroutine whose panic is ending the program (1 for main).
pub fn panicked_goroutine() -> u64 {
    SCHED.with(|s| s.borrow().panicked)
}

/// The running goroutine.
pub fn current() -> Rc<G> {
    SCHED.with(|s| s.borrow().current.clone().expect("scheduler not initialised"))
}

/// Makes a parked goroutine runnable.
pub fn ready(g: &Rc<G>) {
    if !g.ready.replace(true) {
        SCHED.with(|s| {
            if !g.is_main {
                let mut s = s.borrow_mut();
                if s.fifo_ready {
                    s.runq.push_back(g.clone());
                } else {
                    s.put_next(g.clone());
                }
            }
        });
    }
}

/// Runs `f` (firing timers) with the goroutines it makes ready queued in order.
pub fn readying_in_order(f: impl FnOnce()) {
    SCHED.with(|s| s.borrow_mut().fifo_ready = true);
    f();
    SCHED.with(|s| s.borrow_mut().fifo_ready = false);
}

/// A random number below `n` (select's choice among ready cases).
pub fn rand_below(n: usize) -> usize {
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        let mut x = s.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.rng = x;
        (x % n as u64) as usize
    })
}

/// The running goroutine's id (1 for main).
pub fn current_id() -> u64 {
    current().id
}

pub fn num_goroutine() -> usize {
    SCHED.with(|s| s.borrow().live)
}

/// For gint's own tests of its internal-error report: `GINT_DEBUG_PANIC=run` (or
/// `goroutine`) makes a Rust panic where a program starts (or a goroutine does).
pub fn debug_panic(place: &str) {
    static ASKED: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if ASKED.get_or_init(|| std::env::var("GINT_DEBUG_PANIC").ok()).as_deref() == Some(place) {
        panic!("GINT_DEBUG_PANIC={place} asked for an internal error");
    }
}

/// Starts `body` as a new goroutine; it runs when the current one parks or yields.
pub fn spawn(body: Body) {
    let id = SCHED.with(|s| {
        let mut s = s.borrow_mut();
        s.next_id += 1;
        s.next_id - 1
    });
    let g = Rc::new(G {
        coro: RefCell::new(None),
        body: Cell::new(Some(body)),
        home: Cell::new(stacks::SLOTS),
        low: Cell::new(0),
        saved: Cell::new(None),
        yielder: Cell::new(std::ptr::null()),
        ready: Cell::new(true),
        reason: Cell::new(""),
        is_main: false,
        id,
        slot: Cell::new(0),
    });
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        s.live += 1;
        let slot = match s.free_slots.pop() {
            Some(i) => i,
            None => {
                s.all.push(None);
                s.all.len() - 1
            }
        };
        g.slot.set(slot);
        s.all[slot] = Some(g.clone());
        if s.fifo_ready {
            // Started by an AfterFunc timer: in deadline order with the others fired.
            s.runq.push_back(g);
        } else {
            s.put_next(g);
        }
    });
}

/// `g`'s coroutine, ready to resume on its slot: the goroutine resident there before is
/// saved and `g`'s own stack restored; on its first run `g` gets a slot and a coroutine.
fn take_coro(g: &Rc<G>) -> Coro {
    // The common case: `g` is resident on its slot (a `Weak` keeps its allocation, so the
    // address cannot belong to another goroutine).
    let i = g.home.get();
    let resident =
        |s: &RefCell<Sched>| s.borrow().resident.get(i).is_some_and(|r| std::ptr::eq(r.as_ptr(), Rc::as_ptr(g)));
    if SCHED.with(resident) {
        if let Some(c) = g.coro.take() {
            return c;
        }
    }
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        let s = &mut *s;
        if g.home.get() == stacks::SLOTS {
            let i = s.free_run_slots.pop().unwrap_or_else(|| {
                s.next_run_slot += 1;
                (s.next_run_slot - 1) % stacks::SLOTS
            });
            g.home.set(i);
        }
        let i = g.home.get();
        let stack = s.slots.stack(i);
        if s.resident.len() <= i {
            s.resident.resize_with(i + 1, std::rc::Weak::new);
        }
        let here = s.resident[i].upgrade();
        if !here.as_ref().is_some_and(|r| Rc::ptr_eq(r, g)) {
            let top = s.slots.top(i);
            if let Some(r) = here {
                #[cfg(debug_assertions)]
                stacks::check_below(r.low.get());
                r.saved.set(Some(stacks::save(r.low.get(), top)));
            }
            if let Some(bytes) = g.saved.take() {
                stacks::restore(&bytes, top);
            }
            s.resident[i] = Rc::downgrade(g);
        }
        match g.coro.take() {
            Some(c) => c,
            None => new_coro(g, stack),
        }
    })
}

/// The coroutine of a goroutine's first run.
fn new_coro(g: &Rc<G>, stack: SlotStack) -> Coro {
    let me = g.clone();
    let body = g.body.take();
    let limit = corosensei::stack::Stack::limit(&stack).get() + STACK_MARGIN;
    Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
        me.yielder.set(y as *const _);
        drop(me);
        // No slots yet: the first call makes the room it needs.
        let mut fr = Frame::with_slots(0, 0);
        fr.max_slots = GOROUTINE_SLOTS;
        fr.stack_limit = limit;
        fr.segments_left = super::stacks::MAX_SEGMENTS;
        take_shared(&mut fr);
        debug_panic("goroutine");
        let r = panic::catch_unwind(AssertUnwindSafe(|| {
            if let Some(body) = body {
                body(&mut fr)
            }
        }));
        put_shared(&mut fr);
        if let Err(p) = r {
            // `runtime.Goexit` ends the goroutine normally, its deferred calls run.
            if !matches!(p.downcast_ref::<GoPanic>(), Some(GoPanic::Goexit)) {
                panic::resume_unwind(p);
            }
        }
    })
}

fn take_shared(fr: &mut Frame) {
    if let Some((globals, out)) = SCHED.with(|s| s.borrow_mut().shared.take()) {
        fr.globals = globals;
        fr.out = out;
    }
}

fn put_shared(fr: &mut Frame) {
    let pair = (std::mem::take(&mut fr.globals), std::mem::take(&mut fr.out));
    SCHED.with(|s| s.borrow_mut().shared = Some(pair));
}

/// Parks the running goroutine until `ready` is called on it. `reason` is what Go's
/// deadlock report says it waits for.
pub fn park(fr: &mut Frame, reason: &'static str) {
    let g = current();
    g.ready.set(false);
    g.reason.set(reason);
    switch(fr, &g);
}

/// Lets the other runnable goroutines run (`runtime.Gosched`, preemption).
pub fn yield_now(fr: &mut Frame) {
    let g = current();
    if g.is_main {
        SCHED.with(|s| {
            if let Some(m) = &s.borrow().main {
                m.ready.set(true);
            }
        });
        // Main stays ready: the loop runs everyone queued now, then returns to main.
        run_queue(fr, true);
    } else {
        SCHED.with(|s| s.borrow_mut().runq.push_back(g.clone()));
        switch(fr, &g);
    }
}

fn switch(fr: &mut Frame, g: &Rc<G>) {
    if g.is_main {
        run_queue(fr, false);
    } else {
        put_shared(fr);
        // Where its stack ends, for `take_coro` to save it: on a stack segment the run
        // stack's part ends where the first segment was entered.
        let probe = 0u8;
        let sp = std::ptr::addr_of!(probe) as usize;
        g.low.set(if fr.base_low != 0 { fr.base_low } else { sp - SUSPEND_ROOM });
        #[cfg(debug_assertions)]
        stacks::mark_below(g.low.get());
        let y = g.yielder.get();
        // SAFETY: the yielder belongs to this goroutine's coroutine, which is running.
        unsafe { (*y).suspend(()) };
        take_shared(fr);
    }
}

/// The scheduler loop, run by main while it is parked (or yielding, `once`: run what is
/// queued now): resumes runnable goroutines until main is ready again.
fn run_queue(fr: &mut Frame, once: bool) {
    let main = current();
    let mut budget = if once {
        SCHED.with(|s| {
            let s = s.borrow();
            s.runq.len() + s.runnext.is_some() as usize
        })
    } else {
        usize::MAX
    };
    put_shared(fr);
    loop {
        timers::fire_due();
        if (!once && main.ready.get()) || budget == 0 {
            break;
        }
        let next = SCHED.with(|s| {
            let mut s = s.borrow_mut();
            s.runnext.take().or_else(|| s.runq.pop_front())
        });
        let Some(g) = next else {
            if once {
                break;
            }
            // Nothing can run: wait for the next timer, or it is a deadlock.
            match timers::next_deadline() {
                Some(when) => {
                    // A little late rather than early (a timer waits at least its
                    // duration): timers due within the slack fire on one wake-up, not one
                    // thread sleep each.
                    // The sleep is cut in slices so that an interrupt (Ctrl-C in the REPL,
                    // `gint run --timeout`) is seen while every goroutine sleeps.
                    let now = std::time::Instant::now();
                    if when > now {
                        signal::idle_wait((when - now + TIMER_SLACK).min(INTERRUPT_POLL));
                    }
                    idle_check(fr);
                    continue;
                }
                // os/signal's loop waits: a signal may still wake the program.
                None if signal::waiting() => {
                    signal::idle_wait(INTERRUPT_POLL);
                    idle_check(fr);
                    continue;
                }
                None => {
                    take_shared(fr);
                    deadlock(&main);
                }
            }
        };
        budget -= 1;
        SCHED.with(|s| s.borrow_mut().current = Some(g.clone()));
        let mut coro = take_coro(&g);
        let r = panic::catch_unwind(AssertUnwindSafe(|| coro.resume(())));
        SCHED.with(|s| s.borrow_mut().current = Some(main.clone()));
        match r {
            Ok(CoroutineResult::Yield(())) => *g.coro.borrow_mut() = Some(coro),
            Ok(CoroutineResult::Return(())) => SCHED.with(|s| {
                let mut s = s.borrow_mut();
                s.live -= 1;
                let slot = g.slot.get();
                s.all[slot] = None;
                s.free_slots.push(slot);
                let home = g.home.get();
                s.resident[home] = std::rc::Weak::new();
                s.free_run_slots.push(home);
            }),
            Err(p) => {
                std::mem::forget(coro);
                SCHED.with(|s| s.borrow_mut().panicked = g.id);
                take_shared(fr);
                panic::resume_unwind(crashed(p));
            }
        }
    }
    take_shared(fr);
}

/// In the idle wait: an interrupt (Ctrl-C in the REPL, `--timeout`) or a signal.
fn idle_check(fr: &mut Frame) {
    if super::frame::INTERRUPT.swap(false, std::sync::atomic::Ordering::Relaxed) {
        take_shared(fr);
        super::panic::fatal(super::frame::INTERRUPTED.to_string());
    }
    if signal::SIGNALED.load(std::sync::atomic::Ordering::Relaxed) {
        take_shared(fr);
        signal::poll();
        put_shared(fr);
    }
    signal::wake_waiter();
}

/// A goroutine's unrecovered panic as it goes on unwinding main's stack: wrapped, so that
/// main's deferred calls do not run (`os.Exit` stays as it is).
fn crashed(p: Box<dyn std::any::Any + Send>) -> Box<dyn std::any::Any + Send> {
    match p.downcast::<GoPanic>() {
        Ok(gp) => match *gp {
            GoPanic::Exit(code) => Box::new(GoPanic::Exit(code)),
            GoPanic::Crashed(inner) => Box::new(GoPanic::Crashed(inner)),
            other => Box::new(GoPanic::Crashed(Box::new(other))),
        },
        Err(other) => other,
    }
}

/// `runtime.Goexit` in main: main is over, but the program runs until the other
/// goroutines have finished; then (or if they block) Go's fatal error.
pub fn main_goexit(fr: &mut Frame) -> ! {
    let main = current();
    main.ready.set(false);
    SCHED.with(|s| s.borrow_mut().main_exited = true);
    run_queue(fr, false);
    unreachable_main()
}

fn unreachable_main() -> ! {
    super::panic::fatal("no goroutines (main called runtime.Goexit) - deadlock!\nexit status 2".to_string())
}

/// Go's fatal error when every goroutine is asleep: each goroutine with what it waits for
/// (main first, then by id, as Go lists them).
fn deadlock(main: &Rc<G>) -> ! {
    let (mut gs, main_exited) = SCHED.with(|s| {
        let s = s.borrow();
        (s.all.iter().flatten().cloned().collect::<Vec<_>>(), s.main_exited)
    });
    if main_exited {
        unreachable_main();
    }
    gs.sort_by_key(|g| g.id);
    let mut text =
        format!("all goroutines are asleep - deadlock!\n\ngoroutine 1 [{}]:\nmain.main()\n\t?\n", main.reason.get());
    for g in gs {
        text.push_str(&format!("\ngoroutine {} [{}]:\n\t?\n", g.id, g.reason.get()));
    }
    text.push_str("exit status 2");
    super::panic::fatal(text)
}
