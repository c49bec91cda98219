//! Signals sent to a running program: Ctrl-C, `kill`, the program's own `p.Signal(sig)`.
//!
//! The OS handler only writes the signal's number into a pipe (async-signal-safe). A
//! watcher thread reads it and acts on what the program asked for through os/signal:
//! - a notified signal is queued and the scheduler woken; the goroutine of os/signal's
//!   loop (`recv`) takes it and sends it to the program's channels;
//! - an ignored one is dropped;
//! - any other ends the program as Go's default handler does: the interpreter stops at its
//!   next preemption point or idle wait with `fatal(SIGNALED)`, its output is flushed, and
//!   the CLI re-raises the signal (`exit_signal`). An interpreter that does not stop within
//!   `GRACE` (blocked in a read) is ended by the watcher itself.
//!
//! libc's sigaction rather than a crate: libc is already a dependency, and the handler is
//! one `write(2)`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use super::frame::Frame;
use super::sched::{self, G};

/// Signals are numbered 1..=64 on Linux.
const NSIG: usize = 65;

/// What the program asked for a signal (os/signal's Notify, Ignore, Reset).
const DEFAULT: u8 = 0;
const NOTIFY: u8 = 1;
const IGNORE: u8 = 2;

static DISPOSITION: [AtomicU8; NSIG] = [const { AtomicU8::new(DEFAULT) }; NSIG];
/// Whether gint's handler is installed for the signal.
static HANDLED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Notified signals not yet taken by the program: bit `n - 1` for signal `n`.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// The signal ending the program (0: none).
static FATAL: AtomicI32 = AtomicI32::new(0);
/// Set when there is something for the interpreter to look at (read at preemption points).
pub static SIGNALED: AtomicBool = AtomicBool::new(false);
/// The write end of the handler's pipe (-1 before the watcher starts).
static PIPE_W: AtomicI32 = AtomicI32::new(-1);
/// The thread the interpreter runs on, woken (unparked) by the watcher.
static INTERPRETER: Mutex<Option<std::thread::Thread>> = Mutex::new(None);

/// How long a signal that ends the program waits for the interpreter to stop by itself.
const GRACE: Duration = Duration::from_secs(1);

/// The fatal error's message of a program ended by a signal (the CLI prints nothing).
pub const SIGNALED_MSG: &str = "signal ended the program";

thread_local! {
    /// The goroutine of os/signal's loop, parked in `recv` until a signal is queued.
    static WAITER: RefCell<Option<Rc<G>>> = const { RefCell::new(None) };
}

/// For `gint run`: Ctrl-C, SIGTERM, SIGHUP, SIGUSR1/2 and SIGALRM end the program only after its buffered
/// output is written. Call on the thread that will run the program.
pub fn install_defaults() {
    for n in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGUSR1, libc::SIGUSR2, libc::SIGALRM] {
        install(n);
    }
}

/// Notes the calling thread as the interpreter's (woken when a signal comes).
pub fn set_interpreter_thread() {
    *INTERPRETER.lock().unwrap_or_else(|e| e.into_inner()) = Some(std::thread::current());
}

/// The signal that ended the program, if one did: the CLI re-raises it.
pub fn exit_signal() -> Option<i32> {
    match FATAL.load(Ordering::Relaxed) {
        0 => None,
        n => Some(n),
    }
}

/// Ends this process by signal `n` with its default action (as if never handled); exit
/// status 128 + n if the signal does not end it.
pub fn die(n: i32) -> ! {
    // SAFETY: resetting a disposition and raising a signal are plain system calls.
    unsafe {
        libc::signal(n, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, n);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(n);
    }
    std::process::exit(128 + n)
}

fn valid(n: i64) -> bool {
    (1..NSIG as i64).contains(&n)
}

/// os/signal's Notify for signal `n`: queue it for the program instead of dying.
pub fn enable(n: i64) {
    if valid(n) {
        DISPOSITION[n as usize].store(NOTIFY, Ordering::Relaxed);
        install(n as i32);
    }
}

/// Back to the default action (Reset, or Stop of the last channel).
pub fn disable(n: i64) {
    if valid(n) {
        DISPOSITION[n as usize].store(DEFAULT, Ordering::Relaxed);
    }
}

/// os/signal's Ignore.
pub fn ignore(n: i64) {
    if valid(n) {
        DISPOSITION[n as usize].store(IGNORE, Ordering::Relaxed);
        install(n as i32);
    }
}

/// os/signal's Ignored.
pub fn ignored(n: i64) -> bool {
    valid(n) && DISPOSITION[n as usize].load(Ordering::Relaxed) == IGNORE
}

/// At a preemption point or in the scheduler's idle wait, once `SIGNALED` was seen: ends
/// the program for a fatal signal, or wakes os/signal's loop for a notified one.
#[cold]
pub fn poll() {
    if !SIGNALED.swap(false, Ordering::Relaxed) {
        return;
    }
    if FATAL.load(Ordering::Relaxed) != 0 {
        super::panic::fatal(SIGNALED_MSG.to_string());
    }
    wake_waiter();
}

/// Readies os/signal's loop if a notified signal is queued. The idle scheduler calls it on
/// every wake-up, not only after `SIGNALED`: another interpreter in this process (the
/// golden tests run several) may have taken the flag.
pub fn wake_waiter() {
    if PENDING.load(Ordering::Relaxed) != 0 {
        if let Some(g) = WAITER.with(|w| w.borrow_mut().take()) {
            sched::ready(&g);
        }
    }
}

/// Whether os/signal's loop is waiting: the program may be woken by a signal, so an idle
/// scheduler waits for one rather than reporting a deadlock (as Go does).
pub fn waiting() -> bool {
    WAITER.with(|w| w.borrow().is_some())
}

/// The idle scheduler's wait: until a signal comes or `max` passes.
pub fn idle_wait(max: Duration) {
    if !SIGNALED.load(Ordering::Relaxed) {
        std::thread::park_timeout(max);
    }
}

/// os/signal's `signalRecv`: the next notified signal, parking the calling goroutine
/// until one comes.
pub fn recv(fr: &mut Frame) -> i64 {
    loop {
        let bits = PENDING.load(Ordering::Relaxed);
        if bits != 0 {
            let bit = bits.trailing_zeros();
            PENDING.fetch_and(!(1u64 << bit), Ordering::Relaxed);
            return bit as i64 + 1;
        }
        WAITER.with(|w| *w.borrow_mut() = Some(sched::current()));
        sched::park(fr, "signal wait");
    }
}

/// Forgets the waiting goroutine (the program is over).
pub fn reset_waiter() {
    WAITER.with(|w| w.borrow_mut().take());
}

/// Installs gint's handler for signal `n` (once), starting the watcher first.
fn install(n: i32) {
    if n == libc::SIGKILL || n == libc::SIGSTOP || !valid(n as i64) {
        return;
    }
    if HANDLED[n as usize].swap(true, Ordering::Relaxed) {
        return;
    }
    if start_watcher().is_none() {
        return;
    }
    // SAFETY: `on_signal` only writes to a pipe, which is async-signal-safe; the sigaction
    // struct is fully initialised.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(n, &sa, std::ptr::null_mut());
    }
}

extern "C" fn on_signal(n: libc::c_int) {
    let fd = PIPE_W.load(Ordering::Relaxed);
    let b = n as u8;
    // SAFETY: write(2) of one byte from a local is async-signal-safe.
    unsafe {
        libc::write(fd, std::ptr::addr_of!(b).cast(), 1);
    }
}

/// The pipe and the thread reading it, made once.
fn start_watcher() -> Option<()> {
    static STARTED: OnceLock<bool> = OnceLock::new();
    STARTED
        .get_or_init(|| {
            let mut fds = [0 as libc::c_int; 2];
            // SAFETY: pipe2 fills `fds` with two new descriptors.
            if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
                return false;
            }
            PIPE_W.store(fds[1], Ordering::Relaxed);
            let read_fd = fds[0];
            std::thread::Builder::new().name("gint-signals".into()).spawn(move || watch(read_fd)).is_ok()
        })
        .then_some(())
}

fn watch(fd: libc::c_int) {
    loop {
        let mut b = 0u8;
        // SAFETY: reading one byte into a local.
        let r = unsafe { libc::read(fd, std::ptr::addr_of_mut!(b).cast(), 1) };
        if r <= 0 {
            if r < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        let n = b as i32;
        match DISPOSITION[n as usize % NSIG].load(Ordering::Relaxed) {
            NOTIFY => {
                PENDING.fetch_or(1u64 << (n - 1), Ordering::Relaxed);
                wake();
            }
            IGNORE => {}
            _ => {
                FATAL.store(n, Ordering::Relaxed);
                wake();
                std::thread::sleep(GRACE);
                die(n);
            }
        }
    }
}

fn wake() {
    SIGNALED.store(true, Ordering::Relaxed);
    if let Some(t) = INTERPRETER.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
        t.unpark();
    }
}
