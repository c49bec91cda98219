#![no_main]
//! The whole pipeline on arbitrary input, runs included: load, check, lower, and run the
//! program under the limits for untrusted code — a step budget, a time limit, a memory
//! limit and the sandbox (no file access, no environment). Its output is discarded. Any
//! Rust panic or signal is a finding; Go panics and fatal errors are ordinary outcomes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use gint::runtime::frame;
use libfuzzer_sys::fuzz_target;

/// Steps (calls and loop iterations) a run may take.
const STEPS: u64 = 2_000_000;
/// How long a run may take (it may sleep).
const TIME_LIMIT_MS: u64 = 2_000;
/// Resident memory the whole fuzzing process may reach before a run is Go's out of memory.
const MEMORY: u64 = 1 << 30;

/// Milliseconds since `START` at which the running program is interrupted (u64::MAX: none).
static DEADLINE: AtomicU64 = AtomicU64::new(u64::MAX);

struct Discard;

impl gint::eval::Host for Discard {
    fn stdout(&mut self, _: &[u8]) {}
    fn stderr(&mut self, _: &[u8]) {}
}

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(|| {
        // A folder that does not exist: every read is denied too.
        gint::eval::sandbox::enable(std::path::Path::new("/nonexistent/gint-fuzz"));
        gint::runtime::memory::set_limit(MEMORY);
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(50));
            if millis() > DEADLINE.load(Ordering::Relaxed) {
                frame::INTERRUPT.store(true, Ordering::Relaxed);
            }
        });
        Instant::now()
    })
}

fn millis() -> u64 {
    start().elapsed().as_millis() as u64
}

/// The stack gint's CLI runs a command on (deeply nested code recurses deeply in the
/// checker, deep Go recursion runs on it); libFuzzer's main thread has 8 MiB.
const STACK_SIZE: usize = 1 << 30;

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || run_one(&data));
    if let Ok(handle) = worker {
        // A Rust panic in gint is a finding: let it through to libFuzzer.
        if let Err(p) = handle.join() {
            std::panic::resume_unwind(p);
        }
    }
});

fn run_one(data: &[u8]) {
    let src = String::from_utf8_lossy(data);
    // A program signalling itself could end the fuzzer by a signal it did not ask for.
    if src.contains("Kill") || src.contains("Signal") {
        return;
    }
    let mut sources = gint::source::SourceMap::new();
    let id = sources.add(gint::source::SourceFile::new("fuzz.go", src.as_ref()));
    let Ok(program) = gint::program::load(&mut sources, &[id]) else { return };
    let Ok(checked) = gint::program::check(&sources, &program) else { return };
    let Ok(lowered) = gint::eval::prepare(&checked, &program) else { return };
    frame::STEPS_LEFT.store(STEPS, Ordering::Relaxed);
    DEADLINE.store(millis() + TIME_LIMIT_MS, Ordering::Relaxed);
    let _ = gint::eval::run(&lowered, &mut Discard);
    DEADLINE.store(u64::MAX, Ordering::Relaxed);
    frame::INTERRUPT.store(false, Ordering::Relaxed);
}
