//! The `gint` command: parses the command line, runs one command on a thread with a large
//! stack, and turns the outcome into an exit status. All of gint's I/O starts here.
//!
//! Exit status: 0 success; 1 compile error, usage error or a stage not supported yet;
//! 2 is kept for Go runtime panics (as `go run` exits with 2); 3 internal error of gint.

mod args;
mod buildtags;
mod commands;
mod files;
mod gotest;
mod limits;
mod module;
mod output;
mod panic;
mod repl;
mod test;
mod testjson;

use args::Cli;
use clap::Parser;
use std::process::ExitCode;

/// What a command ends with; the numbers are the process's exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Ok,
    /// A compile error, or a stage not supported yet.
    Failed,
    /// An internal error of gint.
    Internal,
    /// What the Go program itself ended with (`os.Exit(n)`, 2 for a panic).
    Status(i32),
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(match e {
            Exit::Ok => 0,
            Exit::Failed => 1,
            Exit::Internal => 3,
            Exit::Status(n) => n as u8,
        })
    }
}

/// Deeply nested Go code recurses deeply in the parser (and later the checker and the
/// evaluator); the stack is reserved, not committed, so a large one costs nothing up front.
const STACK_SIZE: usize = 1 << 30;

pub fn main() -> ExitCode {
    panic::install_quiet_hook();
    gint::runtime::memory::tune_allocator();
    let argv = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let cli = match Cli::try_parse_from(args::rewrite_implicit_run(argv)) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { Exit::Failed } else { Exit::Ok }.into();
        }
    };
    let worker = std::thread::Builder::new()
        .name("gint".into())
        .stack_size(STACK_SIZE)
        .spawn(move || panic::catch(|| commands::dispatch(cli)));
    let outcome = match worker {
        Ok(handle) => handle.join().unwrap_or_else(|_| Err("worker thread lost".into())),
        Err(e) => Err(format!("gint: internal error: cannot start a thread: {e}\n")),
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(report) => {
            output::stderr(&report);
            Exit::Internal.into()
        }
    }
}
