//! How much memory a program may use: the machine's physical memory, or less with
//! `gint run --max-memory SIZE`. Past it an allocation is Go's fatal
//! "runtime: out of memory" (exit 2), never an abort of the interpreter.
//!
//! What is counted is the process's resident memory (the interpreter's own included), read
//! from the kernel only where it matters: before a big allocation (a backing array, a
//! string, a map's growth), and, when a limit was set, every 16th preemption point, which
//! catches memory grown in many small pieces.

use std::sync::atomic::{AtomicU64, Ordering};

/// The limit in bytes; 0: the machine's physical memory.
static MAX_MEMORY: AtomicU64 = AtomicU64::new(0);

/// Allocations smaller than this are not checked one by one (their cost would show).
const CHECK_FROM: u64 = 1 << 20;

/// The fatal error's message.
pub const OUT_OF_MEMORY: &str = "runtime: out of memory";

/// Sets up the allocator, before any thread starts. glibc gives freed memory back to the
/// system as soon as 128 KiB lie free at the top of a heap (and then maps large blocks one
/// by one): a recursion with a 1 KiB array per call made a `madvise` call at each return
/// (Go's issue13169 test took minutes). Give memory back past 32 MiB only.
pub fn tune_allocator() {
    const KEEP: libc::c_int = 32 << 20;
    // SAFETY: plain settings of the C allocator, made before other threads exist.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEEP);
        libc::mallopt(libc::M_MMAP_THRESHOLD, KEEP);
    }
}

/// Sets the limit (`--max-memory`), before the program runs.
pub fn set_limit(bytes: u64) {
    MAX_MEMORY.store(bytes, Ordering::Relaxed);
}

/// Whether `--max-memory` was given (then preemption points check the resident size too).
pub fn limited() -> bool {
    MAX_MEMORY.load(Ordering::Relaxed) != 0
}

fn limit() -> u64 {
    match MAX_MEMORY.load(Ordering::Relaxed) {
        0 => physical_memory(),
        n => n,
    }
}

/// Before allocating `n` elements of `size` bytes: Go's fatal "out of memory" if the limit
/// cannot hold them besides what the process already uses.
#[inline]
pub fn check_alloc(n: u64, size: u64) {
    let bytes = n.saturating_mul(size);
    if bytes >= CHECK_FROM {
        check_big(bytes);
    }
}

#[cold]
#[inline(never)]
fn check_big(bytes: u64) {
    if resident().saturating_add(bytes) > limit() {
        out_of_memory();
    }
}

/// Preemption points between two reads of the resident size under `--max-memory`
/// (a read costs about as much as 1,000 steps: every 16th keeps it near 1%).
const RESIDENT_EVERY: u32 = 16;

/// At a preemption point under `--max-memory`: is the process already past the limit?
#[cold]
pub fn check_resident() {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    if COUNT.fetch_add(1, Ordering::Relaxed) % RESIDENT_EVERY == 0 && resident() > limit() {
        out_of_memory();
    }
}

#[cold]
fn out_of_memory() -> ! {
    super::panic::fatal(OUT_OF_MEMORY.to_string())
}

/// The process's resident memory in bytes (0 if the kernel does not say).
fn resident() -> u64 {
    let Ok(statm) = std::fs::read_to_string("/proc/self/statm") else { return 0 };
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages.saturating_mul(page_size())
}

fn page_size() -> u64 {
    // SAFETY: sysconf only reads system configuration values.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if page > 0 {
        page as u64
    } else {
        4096
    }
}

/// The machine's physical memory in bytes (read once).
fn physical_memory() -> u64 {
    static MEM: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MEM.get_or_init(|| {
        // SAFETY: sysconf only reads system configuration values.
        let pages = unsafe { libc::sysconf(libc::_SC_PHYS_PAGES) };
        if pages > 0 {
            (pages as u64).saturating_mul(page_size())
        } else {
            u64::MAX
        }
    })
}

/// A size as `--max-memory` takes it: a number with an optional unit, `512MiB`, `2GB`,
/// `1.5G`, `100000` (bytes). Decimal units are powers of 1000, binary ones of 1024.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let value: f64 = num.parse().ok()?;
    let scale: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "t" | "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let bytes = value * scale;
    (bytes >= 1.0 && bytes < u64::MAX as f64).then_some(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_with_units() {
        assert_eq!(parse_size("512MiB"), Some(512 << 20));
        assert_eq!(parse_size("2GB"), Some(2_000_000_000));
        assert_eq!(parse_size("1.5k"), Some(1500));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("5XB"), None);
    }
}
