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
