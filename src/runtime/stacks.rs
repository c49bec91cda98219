//! Goroutine stacks, carved out of large lazily committed mappings (DESIGN.md, "Stacks"):
//! a mapping per stack would hit the kernel's map limit (65,530) at ~32,000 goroutines.
//! A chunk of `PER_CHUNK` stacks is one mapping; freed stacks are reused.
//!
//! There is no hardware guard page between stacks (each would split the mapping again):
//! the evaluator checks the stack pointer against `limit() + margin` on every Go call
//! (`Frame::enter`) and raises Go's "stack overflow" before the margin is used up.

use corosensei::stack::{Stack, StackPointer};

/// Bytes of one goroutine stack (only the pages it touches are ever committed).
pub const STACK_BYTES: usize = 512 * 1024;
/// Stacks per mapping.
const PER_CHUNK: usize = 256;

/// One stack of the pool. Chunks are never unmapped: a program's peak number of live
/// goroutines stays reserved, and their stacks are reused.
pub struct PoolStack {
    top: usize,
}

unsafe impl Stack for PoolStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.top).expect("stack")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.top - STACK_BYTES).expect("stack")
    }
}

/// Stacks not in use, and the rest of the current chunk not handed out yet.
#[derive(Default)]
pub struct Pool {
    free: Vec<PoolStack>,
    next: usize,
    end: usize,
}

impl Pool {
    pub fn take(&mut self) -> PoolStack {
        if let Some(s) = self.free.pop() {
            return s;
        }
        if self.next == self.end {
            let len = STACK_BYTES * PER_CHUNK;
            // SAFETY: a fresh anonymous mapping, owned by the pool from now on.
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
            self.next = p as usize;
            self.end = p as usize + len;
        }
        self.next += STACK_BYTES;
        PoolStack { top: self.next }
    }

    pub fn give_back(&mut self, s: PoolStack) {
        self.free.push(s);
    }
}

/// Bytes of one extension segment of a goroutine's stack. A goroutine starts on its
/// `STACK_BYTES` pool stack; a call made when that is nearly used up runs on a segment
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
