//! Natives of signals and processes: os/signal's hooks into the runtime
//! (`runtime::signal`), `os.Getpid`, and kill(2) for `Process.Signal` and `syscall.Kill`.

use super::*;

type NativeFn = fn(&mut Frame, &[Value]);

/// The native `pkg.Name`, if this module has it.
pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    use crate::runtime::signal;
    Some(match name {
        "os.Getpid" | "syscall.Getpid" => |fr, _| fr.ret_word = std::process::id() as u64,
        "os.sysKill" | "syscall.sysKill" => kill,
        "os/signal.enableSignal" => |_, a| signal::enable(a[0].int()),
        "os/signal.disableSignal" => |_, a| signal::disable(a[0].int()),
        "os/signal.ignoreSignal" => |_, a| signal::ignore(a[0].int()),
        "os/signal.signalIgnored" => |fr, a| fr.ret_word = signal::ignored(a[0].int()) as u64,
        "os/signal.signalRecv" => |fr, _| fr.ret_word = signal::recv(fr) as u64,
        _ => return None,
    })
}

/// `sysKill(pid, sig)`: the errno of kill(2). In the sandbox a program may signal only
/// itself.
fn kill(fr: &mut Frame, a: &[Value]) {
    let (pid, sig) = (a[0].int(), a[1].int());
    fr.ret_word = if pid != std::process::id() as i64 && !crate::eval::sandbox::may_signal_others() {
        crate::eval::sandbox::EPERM as u64
    } else if !(0..65).contains(&sig) || !(i32::MIN as i64..=i32::MAX as i64).contains(&pid) {
        22 // EINVAL
    } else {
        // SAFETY: kill(2) with plain integers.
        let r = unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) };
        if r == 0 {
            0
        } else {
            std::io::Error::last_os_error().raw_os_error().unwrap_or(5) as u64
        }
    };
}
