//! A goroutine's stacks. A call's frame is a window `[base, base + size)` on two parallel
//! stacks: untagged 8-byte words for scalar locals (int, float, bool) and `Value`s for the
//! rest (measured in research/eval-spike: 17–31% fewer instructions than `Value` slots).
//! The checker numbered each function's locals (parameters first); slot `s` of the running
//! call is index `base + s` of both stacks, and only one of the two is meaningful for it.

use super::value::Value;

/// Slots per goroutine stack (words and values each). Deeper recursion is Go's
/// "stack overflow".
pub const STACK_SLOTS: usize = 1 << 20;
/// Room left below a call's start on a stack segment, for the natives and runtime code a
/// Go function runs between calls.
const SEGMENT_MARGIN: usize = 256 * 1024;
/// How much earlier than `Frame::enter`'s stack check `Frame::stack_low` answers yes.
const STACK_LOW_SLACK: usize = 32 * 1024;

/// The lowest address a call may start below on the running OS thread's own stack, plus
/// `margin` (0 if the bounds are unknown): deeper Go recursion than the thread's stack
/// holds is then Go's "stack overflow" rather than a fault of the interpreter. The main
/// goroutine runs on the thread's stack, whose size depends on the build (debug frames are
/// larger) and on who started the thread.
pub fn thread_stack_limit(margin: usize) -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread, which is destroyed
    // after use; pthread_attr_getstack only reads it.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if ok && !addr.is_null() && size > 2 * margin {
            addr as usize + margin
        } else {
            0
        }
    }
}

/// How a statement ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return,
    /// `break L` and `continue L`: the number lowering gave label `L` in its function.
    BreakTo(u32),
    ContinueTo(u32),
    /// `fallthrough`: the switch runs the next clause's body.
    Fallthrough,
    /// `goto L`: the block holding `L` goes on from there (the number is the node id of
    /// `L`'s declaring identifier).
    Goto(u32),
}

/// A deferred call, its function value and arguments already evaluated.
pub type Deferred = Box<dyn FnOnce(&mut Frame)>;

pub struct Frame {
    pub words: Vec<u64>,
    pub vals: Vec<Value>,
    pub base: usize,
    pub top: usize,
    /// The result of the last `return`: a scalar in `ret_word`, anything else in `ret_val`,
    /// several results in `ret_multi`.
    pub ret_word: u64,
    pub ret_val: Value,
    pub ret_multi: Vec<Value>,
    /// The captured variables (cells) of the running closure; empty in declared functions.
    /// A closure call swaps its own in and restores the caller's when it returns.
    pub env: std::rc::Rc<[Value]>,
    /// Package-level variables.
    pub globals: Vec<Value>,
    /// What the program wrote to standard output and has not been flushed yet.
    pub out: Vec<u8>,
    /// The most slots this goroutine's stacks may grow to (a goroutine's native stack is
    /// smaller than main's).
    pub max_slots: usize,
    /// The lowest native stack address a call may start below, plus room to unwind: a
    /// goroutine's native stack is fixed, so deeper recursion is Go's "stack overflow"
    /// rather than a fault. 0 on main's (the thread's) stack, bounded by `max_slots`.
    pub stack_limit: usize,
    /// How many more stack segments this goroutine may chain when its native stack runs
    /// low (`call_on_new_segment`); 0 on main, whose thread stack is Go's full limit.
    pub segments_left: usize,
    /// While a goroutine runs on stack segments, where its run stack's part ends (saved
    /// with it when it parks); 0 on its run stack.
    pub base_low: usize,
    /// Calls and loop back-edges left before this goroutine lets the others run
    /// (preemption: a spinning goroutine must not starve the rest).
    pub budget: u32,
    /// The deferred calls of the running functions, innermost last; each function that
    /// defers remembers where its own start (`eval/lower/defers.rs`).
    pub defers: Vec<Deferred>,
    /// The deferred calls of the body of the range-over-func loop whose iterator is
    /// running: they belong to the function holding the loop, so they are kept aside
    /// while the iterator runs (its own defers must not run them) and pushed after it.
    pub loop_defers: Vec<Deferred>,
    /// The panic the running deferred calls were started by, if any (what `recover` stops).
    pub panicking: Option<super::panic::Panicking>,
    /// The frame base of the deferred call being run: only a call with that base may
    /// recover (Go's "called directly by a deferred function").
    pub recover_base: usize,
    /// The Go value of a `panic(v)` being raised (an unwind payload must be `Send`, a
    /// `Value` is not, so the value travels beside the unwind).
    pub panic_value: Option<Value>,
    /// Lines Go prints before the final panic's: the panics it replaced.
    pub panic_prefix: String,
    /// How many calls of functions that defer are running (each holds a `catch_unwind`,
    /// which costs Rust stack: past `MAX_DEFER_DEPTH` it is Go's stack overflow).
    pub defer_depth: usize,
    /// Under `gint test`: the call sites (numbers into the lowered program's table) of the
    /// user's calls running on this goroutine, innermost last, for `testing`'s file:line.
    pub sites: Vec<u32>,
}

/// Nested calls of functions that defer (the Rust stack they need stays well inside the
/// evaluator thread's).
pub const MAX_DEFER_DEPTH: usize = 50_000;

/// Set (by the REPL's Ctrl-C handler, from another thread) to stop the running code at its
/// next preemption point with the fatal error `INTERRUPTED`.
pub static INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The fatal error's message of an interrupt.
pub const INTERRUPTED: &str = "interrupted";

/// Steps (calls and loop back-edges) the program may still take (`gint run --max-steps`);
/// counted down by `PREEMPT_EVERY` at each preemption point.
pub static STEPS_LEFT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(u64::MAX);

/// The fatal error's message when `STEPS_LEFT` runs out.
pub const STEPS_EXCEEDED: &str = "step limit exceeded";

/// Calls and loop back-edges between two preemption points.
pub const PREEMPT_EVERY: u32 = 10_000;

impl Frame {
    pub fn new(globals: usize) -> Frame {
        Frame::with_slots(globals, 64)
    }

    /// A frame whose stacks start with `slots` slots (a goroutine's start small: programs
    /// keep 100,000s of them).
    pub fn with_slots(globals: usize, slots: usize) -> Frame {
        Frame {
            words: vec![0; slots],
            vals: vec![Value::Nil; slots],
            base: 0,
            top: 0,
            ret_word: 0,
            ret_val: Value::Nil,
            ret_multi: Vec::new(),
            env: std::rc::Rc::from(Vec::new()),
            globals: vec![Value::Nil; globals],
            out: Vec::new(),
            max_slots: STACK_SLOTS,
            stack_limit: 0,
            segments_left: 0,
            base_low: 0,
            budget: PREEMPT_EVERY,
            defers: Vec::new(),
            loop_defers: Vec::new(),
            panicking: None,
            recover_base: usize::MAX,
            panic_value: None,
            panic_prefix: String::new(),
            defer_depth: 0,
            sites: Vec::new(),
        }
    }

    #[inline(always)]
    pub fn word(&self, s: u32) -> u64 {
        self.words[self.base + s as usize]
    }

    #[inline(always)]
    pub fn set_word(&mut self, s: u32, w: u64) {
        self.words[self.base + s as usize] = w;
    }

    #[inline(always)]
    pub fn val(&self, s: u32) -> &Value {
        &self.vals[self.base + s as usize]
    }

    #[inline(always)]
    pub fn set_val(&mut self, s: u32, v: Value) {
        self.vals[self.base + s as usize] = v;
    }

    /// Makes room for a callee frame of `size` slots at `top`; returns the callee's base.
    #[inline(always)]
    pub fn reserve(&mut self, size: usize) -> usize {
        let base = self.top;
        let end = base + size;
        if end > self.words.len() {
            self.grow(end);
        }
        base
    }

    #[cold]
    fn grow(&mut self, end: usize) {
        if end > self.max_slots {
            super::panic::stack_overflow();
        }
        let n = end.next_power_of_two().min(self.max_slots);
        self.words.resize(n, 0);
        self.vals.resize(n, Value::Nil);
    }

    /// Enters a callee whose arguments are in place at `base`; returns the caller's base.
    #[inline(always)]
    pub fn enter(&mut self, base: usize, size: usize) -> usize {
        let saved = self.base;
        if (std::ptr::addr_of!(saved) as usize) < self.stack_limit {
            super::panic::stack_overflow();
        }
        self.tick();
        self.base = base;
        self.top = base + size;
        saved
    }

    /// Whether the native stack is too low for another Go call on it. It answers yes a
    /// little before `enter`'s own check would fail (their frames differ in size, much
    /// so in a debug build), so that a call moves to a new segment rather than overflow.
    #[inline(always)]
    pub fn stack_low(&self) -> bool {
        let probe = 0u8;
        (std::ptr::addr_of!(probe) as usize) < self.stack_limit + STACK_LOW_SLACK
    }

    /// Runs `f` (a call that found the stack low) on a new stack segment; past Go's limit,
    /// Go's stack overflow.
    #[cold]
    #[inline(never)]
    pub fn call_on_new_segment(&mut self, f: &mut dyn FnMut(&mut Frame)) {
        if self.segments_left == 0 {
            super::panic::stack_overflow();
        }
        let Some(segment) = super::stacks::Segment::take() else {
            super::panic::fatal("runtime: out of memory".to_string());
        };
        let (saved_limit, saved_left, saved_low) = (self.stack_limit, self.segments_left, self.base_low);
        if self.base_low == 0 {
            let probe = 0u8;
            // The segment switch's frames lie below this one (more room than a suspension).
            self.base_low = std::ptr::addr_of!(probe) as usize - 4 * super::sched::SUSPEND_ROOM;
        }
        self.stack_limit = segment.limit_with(SEGMENT_MARGIN);
        self.segments_left -= 1;
        let r =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| corosensei::on_stack(segment, || f(&mut *self))));
        self.stack_limit = saved_limit;
        self.segments_left = saved_left;
        self.base_low = saved_low;
        if let Err(p) = r {
            std::panic::resume_unwind(p);
        }
    }

    /// Counts a call or a loop back-edge; every `PREEMPT_EVERY` lets the others run.
    #[inline(always)]
    pub fn tick(&mut self) {
        self.budget = self.budget.wrapping_sub(1);
        if self.budget == 0 {
            self.preempt();
        }
    }

    #[cold]
    #[inline(never)]
    fn preempt(&mut self) {
        self.budget = PREEMPT_EVERY;
        if INTERRUPT.swap(false, std::sync::atomic::Ordering::Relaxed) {
            super::panic::fatal(INTERRUPTED.to_string());
        }
        let left = STEPS_LEFT.load(std::sync::atomic::Ordering::Relaxed);
        if left != u64::MAX {
            if left < PREEMPT_EVERY as u64 {
                super::panic::fatal(STEPS_EXCEEDED.to_string());
            }
            STEPS_LEFT.store(left - PREEMPT_EVERY as u64, std::sync::atomic::Ordering::Relaxed);
        }
        if super::signal::SIGNALED.load(std::sync::atomic::Ordering::Relaxed) {
            super::signal::poll();
        }
        if super::memory::limited() {
            super::memory::check_resident();
        }
        // Between two operations: no borrow is held that the collector could need.
        super::gc::maybe_collect();
        super::sched::yield_now(self);
    }

    /// Leaves a callee: clears its value slots (so reference counts drop now) and restores
    /// the caller's window.
    #[inline(always)]
    pub fn leave(&mut self, saved: usize, size: usize) {
        let base = self.base;
        for v in &mut self.vals[base..base + size] {
            if !matches!(v, Value::Nil) {
                *v = Value::Nil;
            }
        }
        self.top = base;
        self.base = saved;
    }
}
