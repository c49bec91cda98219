//! The evaluator: lowers the checked program into typed closures (`lower`) and runs it.
//!
//! Design (measured in research/eval-spike): every expression becomes a closure specialised
//! by its static type — `Fn(&mut Frame) -> i64` for integers, `-> f64`, `-> bool`, `-> Value`
//! for the rest — and every statement a closure returning how it ended (`Flow`). Locals live
//! in slots of the goroutine's stacks (`runtime::frame`), numbered by the checker. No name is
//! looked up at run time.
//!
//! This is the first part of the evaluator: scalars, strings, slices, locals and globals,
//! control flow, calls of declared functions, closures and function values (escaping
//! variables boxed in cells, `lower/closures.rs`), structs and pointers
//! (`lower/structs.rs`), methods and calls through interfaces (`lower/methods.rs`), maps
//! (`lower/maps.rs`, `runtime/map.rs`), type assertions and type switches (`lower/types.rs`),
//! goroutines, channels and select (`lower/chans.rs`, `runtime/sched.rs`, `runtime/chan.rs`),
//! `defer`, `panic` and `recover` (`lower/defers.rs`), and
//! fmt's printing (calling `Error`/`String` methods). Everything it cannot run yet is
//! refused at lowering with `unsupported: …` at the construct's position, before the program
//! starts, never run wrongly.

mod fmt;
mod lower;
mod native_pkgs;
mod natives;
pub mod sandbox;
pub use lower::set_program_args;
mod caller_natives;
mod strconv;
mod testing_natives;

use std::panic::{self, AssertUnwindSafe};

use crate::diag::Diagnostic;
use crate::runtime::frame::Frame;
use crate::runtime::panic::GoPanic;
use crate::types::CheckedProgram;

pub use lower::{FuncValue, Lowered};

mod session;
pub use session::{prepare_session, run_session_input, session_begin, session_end};

/// Where a running program's output goes (the library does no I/O of its own).
pub trait Host {
    fn stdout(&mut self, bytes: &[u8]);
    fn stderr(&mut self, bytes: &[u8]);
}

/// How a program ended.
pub enum Outcome {
    /// `main` returned (exit status 0) or `os.Exit(n)` was called.
    Exit(i32),
    /// An unrecovered panic or a fatal error: what Go prints on stderr, and exit status 2.
    Panic(String),
}

/// Lowers the program; the errors are its constructs the evaluator does not support yet.
/// The sources give the positions `log` prints with `Lshortfile`.
pub fn prepare<'a>(
    program: &'a CheckedProgram,
    packages: &'a crate::program::Program,
    sources: &'a crate::source::SourceMap,
) -> Result<lower::Lowered, Vec<Diagnostic>> {
    lower::lower_program(program, packages, Some(sources), false)
}

/// Lowers a `go test` program: as `prepare`, and the user's calls record their call sites
/// for the `testing` package's `file.go:LINE:` prefixes.
pub fn prepare_tests<'a>(
    program: &'a CheckedProgram,
    packages: &'a crate::program::Program,
    sources: &'a crate::source::SourceMap,
) -> Result<lower::Lowered, Vec<Diagnostic>> {
    lower::lower_program(program, packages, Some(sources), true)
}

/// Room left on the thread's stack below the deepest Go call, for unwinding and the
/// runtime's own calls.
const MAIN_STACK_MARGIN: usize = 1 << 20;

/// Runs a lowered program: package initialization, then `main.main`.
pub fn run(lowered: &lower::Lowered, host: &mut dyn Host) -> Outcome {
    let mut frame = Frame::new(lowered.globals);
    frame.stack_limit = crate::runtime::frame::thread_stack_limit(MAIN_STACK_MARGIN);
    crate::runtime::sched::init();
    crate::runtime::sched::debug_panic("run");
    let result = quiet_go_panics(|| {
        panic::catch_unwind(AssertUnwindSafe(|| {
            let r = panic::catch_unwind(AssertUnwindSafe(|| lowered.run_main(&mut frame)));
            match r {
                Ok(()) => {}
                // `runtime.Goexit` in main: the others run on, then Go's fatal error.
                Err(p) if matches!(p.downcast_ref::<GoPanic>(), Some(GoPanic::Goexit)) => {
                    crate::runtime::sched::main_goexit(&mut frame)
                }
                Err(p) => panic::resume_unwind(p),
            }
        }))
    });
    let goroutine = goroutine_trace(crate::runtime::sched::panicked_goroutine());
    crate::runtime::sched::shutdown();
    natives::flush(&mut frame, host);
    let errors = lower::take_stderr();
    if !errors.is_empty() {
        host.stderr(&errors);
    }
    // The panics a deferred call's panic replaced come first ("panic: a\n\tpanic: b").
    let prefix = std::mem::take(&mut frame.panic_prefix);
    let outcome = match result {
        Ok(()) => Outcome::Exit(0),
        Err(payload) => match payload.downcast::<GoPanic>() {
            Ok(p) => match unwrap_crashed(*p) {
                GoPanic::Exit(code) => Outcome::Exit(code),
                GoPanic::Runtime(msg) => Outcome::Panic(format!("panic: runtime error: {msg}\n\n{goroutine}")),
                GoPanic::NilDereference => Outcome::Panic(format!(
                    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n{goroutine}"
                )),
                GoPanic::Value { shown } | GoPanic::Go { shown } => {
                    Outcome::Panic(format!("panic: {shown}\n\n{goroutine}"))
                }
                // Goexit is handled above; a goroutine's crash was unwrapped.
                GoPanic::Goexit | GoPanic::Crashed(_) => Outcome::Exit(0),
                GoPanic::Fatal(msg) if msg.contains("\n") => Outcome::Panic(format!("fatal error: {msg}\n")),
                // A fatal error of the running goroutine (sync misuse): Go shows its stack.
                GoPanic::Fatal(msg) => Outcome::Panic(format!("fatal error: {msg}\n\n{goroutine}")),
                GoPanic::StackOverflow => Outcome::Panic(
                    "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n".to_string(),
                ),
            },
            Err(other) => panic::resume_unwind(other),
        },
    };
    match outcome {
        Outcome::Panic(text) if !prefix.is_empty() && text.starts_with("panic: ") => {
            Outcome::Panic(format!("{prefix}{text}"))
        }
        other => other,
    }
}

/// Runs `f` with Rust's panic hook silent for Go panics (they unwind with a `GoPanic`);
/// any other panic, a bug of gint, still reaches the hook installed before (the CLI's,
/// which notes where it happened for its "internal error" report).
pub(crate) fn quiet_go_panics<T>(f: impl FnOnce() -> T) -> T {
    type Hook = Box<dyn Fn(&panic::PanicHookInfo<'_>) + Sync + Send + 'static>;
    let previous: std::sync::Arc<Hook> = std::sync::Arc::new(panic::take_hook());
    let chained = previous.clone();
    panic::set_hook(Box::new(move |info| {
        if info.payload().downcast_ref::<GoPanic>().is_none() {
            chained(info);
        }
    }));
    let r = f();
    drop(panic::take_hook());
    match std::sync::Arc::try_unwrap(previous) {
        Ok(hook) => panic::set_hook(hook),
        Err(shared) => panic::set_hook(Box::new(move |info| shared(info))),
    }
    r
}

/// The goroutine part of a panic report: which goroutine was running (gint shows no frames).
fn goroutine_trace(id: u64) -> String {
    native_pkgs::runtime_info::stack_trace(id) + "exit status 2\n"
}

/// The panic itself, for a goroutine's panic that crashed the program.
fn unwrap_crashed(p: GoPanic) -> GoPanic {
    match p {
        GoPanic::Crashed(inner) => unwrap_crashed(*inner),
        p => p,
    }
}
