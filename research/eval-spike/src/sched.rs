//! Minimal stand-in for the runtime: the program runs as one goroutine on a corosensei
//! coroutine; the preemption tick suspends it and the "scheduler" resumes it at once.
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::Cell;

thread_local! {
    static YIELDER: Cell<*const Yielder<(), ()>> = const { Cell::new(std::ptr::null()) };
    pub static YIELDS: Cell<u64> = const { Cell::new(0) };
    pub static MIN_SP: Cell<usize> = const { Cell::new(usize::MAX) };
}

pub fn yield_now() {
    YIELDER.with(|y| {
        let p = y.get();
        if !p.is_null() {
            YIELDS.with(|c| c.set(c.get() + 1));
            unsafe { (*p).suspend(()) }
        }
    })
}

/// Record the deepest native stack pointer seen (feature `stackprobe`).
#[inline(never)]
pub fn probe() {
    let x = 0u8;
    let sp = &x as *const u8 as usize;
    MIN_SP.with(|m| if sp < m.get() { m.set(sp) });
}

pub fn run_goroutine<F: FnOnce() -> i64 + 'static>(f: F) -> i64 {
    let stack = DefaultStack::new(8 << 20).unwrap();
    let mut co = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
        YIELDER.with(|c| c.set(y as *const _));
        let r = f();
        YIELDER.with(|c| c.set(std::ptr::null()));
        r
    });
    loop {
        match co.resume(()) {
            CoroutineResult::Yield(()) => continue, // the scheduler would pick the next task here
            CoroutineResult::Return(r) => return r,
        }
    }
}
