//! Running a REPL session's program: `main`'s statements from index K on, on a frame the
//! session keeps between inputs, on the session's main goroutine (see `repl/`).

use std::panic::{self, AssertUnwindSafe};

use super::{lower, natives, Host, Outcome};
use crate::diag::Diagnostic;
use crate::runtime::frame::Frame;
use crate::runtime::panic::GoPanic;
use crate::types::object::ObjId;
use crate::types::CheckedProgram;

/// Lowers a REPL session's program (`main`'s statements one by one, see `Lowered`).
pub fn prepare_session<'a>(
    program: &'a CheckedProgram,
    packages: &'a crate::program::Program,
) -> Result<lower::Lowered, Vec<Diagnostic>> {
    lower::lower_session(program, packages)
}

/// Starts a REPL session's scheduler: its main goroutine is the session's, and the
/// goroutines its inputs start live until `session_end`.
pub fn session_begin() {
    crate::runtime::sched::init();
}

pub fn session_end() {
    crate::runtime::sched::shutdown();
}

/// Runs one input of a REPL session on the session's frame: the initialization steps
/// `want_init` chooses, then `main`'s statements from `from` on, then one round of the
/// other runnable goroutines (so that `go f()` starts at once). A panic ends only this
/// input: the frame is made ready for the next one. `Err` is how the input ended early
/// (`os.Exit`, a panic or a fatal error).
pub fn run_session_input(
    lowered: &lower::Lowered,
    frame: &mut Frame,
    from: usize,
    want_init: &mut dyn FnMut(&[ObjId]) -> bool,
    host: &mut dyn Host,
) -> Result<(), Outcome> {
    let result = super::quiet_go_panics(|| {
        panic::catch_unwind(AssertUnwindSafe(|| {
            lowered.run_init_where(frame, want_init);
            lowered.run_session_stmts(frame, from);
            crate::runtime::sched::yield_now(frame);
        }))
    });
    natives::flush(frame, host);
    let out = result.map_err(|payload| session_outcome(payload, frame));
    // A panic may have left the stacks mid-call.
    frame.base = 0;
    frame.top = lowered.session_size();
    frame.defers.clear();
    frame.panicking = None;
    frame.panic_value = None;
    frame.defer_depth = 0;
    frame.recover_base = usize::MAX;
    frame.env = std::rc::Rc::from(Vec::new());
    out
}

/// How a session's input ended early, from its unwind payload: Go's report without the
/// goroutine trace (a REPL shows none), or the exit status of `os.Exit`.
fn session_outcome(payload: Box<dyn std::any::Any + Send>, frame: &mut Frame) -> Outcome {
    // The panics a deferred call's panic replaced come first ("panic: a\n\tpanic: b").
    let prefix = std::mem::take(&mut frame.panic_prefix);
    let p = match payload.downcast::<GoPanic>() {
        // A crash of another goroutine arrives wrapped.
        Ok(p) => super::unwrap_crashed(*p),
        Err(other) => panic::resume_unwind(other),
    };
    match p {
        GoPanic::Exit(code) => Outcome::Exit(code),
        GoPanic::Fatal(msg) => Outcome::Panic(format!("fatal error: {msg}\n")),
        GoPanic::StackOverflow => Outcome::Panic(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n".to_string(),
        ),
        other => Outcome::Panic(format!("{prefix}panic: {}\n", other.shown().unwrap_or_default())),
    }
}
