//! Goroutine stacks (DESIGN.md, "Stacks"). Goroutines run on a fixed set of `SLOTS` run
//! stacks carved from one lazily committed mapping; each goroutine is given one slot when it
//! first runs and always runs there (its stack holds pointers into itself, so its bytes must
//! stay at the same addresses). A slot holds the stack of one goroutine at a time, its
//! resident: to run another goroutine of the same slot, the scheduler copies the resident's
//! used bytes out to the heap and the newcomer's back in (`save`, `restore`). A parked
//! goroutine thus costs the bytes it uses (1–3 KiB) rather than whole pages, and a million
//! of them fit where a million stacks would not; goroutines that fit in the slots never copy.
//!
//! There is no hardware guard page between stacks (each would split the mapping again):
//! the evaluator checks the stack pointer against `limit() + margin` on every Go call
//! (`Frame::enter`) and raises Go's "stack overflow" before the margin is used up.

use corosensei::stack::{Stack, StackPointer};

/// Bytes of one goroutine stack (only the pages it touches are ever committed).
pub const STACK_BYTES: usize = 512 * 1024;
/// Run stacks: more goroutines than this that keep handing work to each other (a chain of
/// filters) copy their stacks at each switch.
pub const SLOTS: usize = 4096;

/// A goroutine's run stack (a slot), as corosensei sees it: several coroutines may hold
/// the same one, only its resident runs on it.
pub struct SlotStack {
    top: usize,
}

unsafe impl Stack for SlotStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.top).expect("stack")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.top - STACK_BYTES).expect("stack")
    }
}

/// Slots per mapping: a program with few goroutines reserves one chunk (128 MiB of
/// address space), not every slot's.
const PER_CHUNK: usize = 256;

/// The mappings of the slots, each made when one of its slots is first used.
#[derive(Default)]
pub struct Slots {
    chunks: Vec<usize>,
}

impl Slots {
    /// The stack of slot `i` (< `SLOTS`).
    pub fn stack(&mut self, i: usize) -> SlotStack {
        while self.chunks.len() <= i / PER_CHUNK {
            let len = STACK_BYTES * PER_CHUNK;
            // SAFETY: a fresh anonymous mapping, owned by the slots from now on.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p == libc::MAP_FAILED {
                super::panic::fatal("runtime: cannot allocate goroutine stack".to_string());
            }
            // With transparent huge pages each touched stack would commit 2 MiB.
            // SAFETY: advice on the mapping just made.
            unsafe { libc::madvise(p, len, libc::MADV_NOHUGEPAGE) };
            self.chunks.push(p as usize);
        }
        SlotStack { top: self.top(i) }
    }

    /// The top (highest address) of slot `i`'s stack, once `stack(i)` has mapped it.
    pub fn top(&self, i: usize) -> usize {
        self.chunks[i / PER_CHUNK] + (i % PER_CHUNK + 1) * STACK_BYTES
    }
}

/// The bytes of a suspended goroutine's stack from `low` up to its slot's `top`.
pub fn save(low: usize, top: usize) -> Box<[u8]> {
    // SAFETY: [low, top) lies within one slot of the mapping (readable even where never
    // touched), and no goroutine runs on it while the scheduler copies.
    unsafe { std::slice::from_raw_parts(low as *const u8, top - low) }.into()
}

/// Puts saved stack bytes back where `save` took them, below `top`.
pub fn restore(bytes: &[u8], top: usize) {
    // SAFETY: the destination is the same range of the same slot `save` read, and the
    // goroutine that will run on it is not running yet.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), (top - bytes.len()) as *mut u8, bytes.len()) };
}

/// Bytes below a suspended stack's end that debug builds mark, then check that the
/// suspension wrote none of them (else `sched::SUSPEND_ROOM` is too small and `save` would
/// miss part of the stack).
#[cfg(debug_assertions)]
const MARKED: usize = 2048;

#[cfg(debug_assertions)]
pub fn mark_below(low: usize) {
    // SAFETY: the free part of the running goroutine's stack, below its deepest frame.
    unsafe { std::ptr::write_bytes((low - MARKED) as *mut u8, 0xa5, MARKED) };
}

#[cfg(debug_assertions)]
pub fn check_below(low: usize) {
    // SAFETY: the same bytes `mark_below` wrote; their goroutine is suspended.
    let marked = unsafe { std::slice::from_raw_parts((low - MARKED) as *const u8, MARKED) };
    assert!(marked.iter().all(|&b| b == 0xa5), "a suspended goroutine's stack reaches below its saved part");
}

/// Bytes of one extension segment of a goroutine's stack. A goroutine starts on its
/// `STACK_BYTES` run stack; a call made when that is nearly used up runs on a segment
/// (`Frame::call_on_new_segment`), and so on, so recursion in a goroutine goes as deep as
/// Go's (whose stacks grow to 1 GB) while a million small goroutines stay cheap.
pub const SEGMENT_BYTES: usize = 16 << 20;
/// Segments one goroutine may chain: about Go's 1 GB stack limit.
pub const MAX_SEGMENTS: usize = 1_000_000_000 / SEGMENT_BYTES;
/// Segments kept mapped after use, so that a recursion going back and forth over a
/// segment boundary does not map and unmap one at every call.
const CACHED_SEGMENTS: usize = 2;

thread_local! {
    static SEGMENT_CACHE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A stack segment: `SEGMENT_BYTES` from `low`, committed only where touched.
pub struct Segment {
    low: usize,
}

unsafe impl Stack for Segment {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.low + SEGMENT_BYTES).expect("stack")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.low).expect("stack")
    }
}

impl Segment {
    /// A segment from the cache, or a fresh mapping; None when memory is exhausted.
    pub fn take() -> Option<Segment> {
        if let Some(low) = SEGMENT_CACHE.with(|c| c.borrow_mut().pop()) {
            return Some(Segment { low });
        }
        // SAFETY: a fresh anonymous mapping, owned by the segment from now on.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                SEGMENT_BYTES,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        (p != libc::MAP_FAILED).then_some(Segment { low: p as usize })
    }

    /// The lowest address a call may start below on this segment, with `margin` bytes left.
    pub fn limit_with(&self, margin: usize) -> usize {
        self.low + margin
    }
}

impl Drop for Segment {
    fn drop(&mut self) {
        let kept = SEGMENT_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() < CACHED_SEGMENTS {
                c.push(self.low);
                true
            } else {
                false
            }
        });
        if !kept {
            // SAFETY: the segment's own mapping, no longer used by any stack.
            unsafe { libc::munmap(self.low as *mut libc::c_void, SEGMENT_BYTES) };
        }
    }
}
