//! Natives of package `os`: the system calls `stdlib/os/sys.go` declares, done with the
//! host's real file descriptors (libc), each returning a Linux errno (0 on success).
//!
//! Standard output and error are the exception: the program's writes to fds 1 and 2 are
//! buffered by gint (`Frame::out`, `natives_std`'s stderr) and handed to the host when the
//! program ends, so that the test harness and the REPL can capture them.

use super::*;
use crate::eval::sandbox;

type NativeFn = fn(&mut Frame, &[Value]);

/// The native `os.Name`, if this module has it.
pub(super) fn lookup(name: &str) -> Option<NativeFn> {
    if let Some(f) = super::natives_env::lookup(name).or_else(|| super::natives_signal::lookup(name)) {
        return Some(f);
    }
    Some(match name {
        "os.runtimeArgs" => runtime_args,
        "os.sysRead" => sys_read,
        "os.sysClose" => sys_close,
        "os.sysOpen" => sys_open,
        "os.sysReadFile" => sys_read_file,
        "os.sysRemove" => |fr, a| {
            fr.ret_word = match sandbox::check_write(&path(&a[0])) {
                Err(e) => e as u64,
                Ok(()) => errno_of(std::fs::remove_file(path(&a[0])).err()) as u64,
            }
        },
        "os.sysRemoveAll" => |fr, a| {
            let p = path(&a[0]);
            if let Err(e) = sandbox::check_write(&p) {
                fr.ret_word = e as u64;
                return;
            }
            // Go's RemoveAll: a path that does not exist is no error.
            let r = match std::fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(&p).err(),
                Ok(_) => std::fs::remove_file(&p).err(),
                Err(_) => None,
            };
            fr.ret_word = errno_of(r) as u64
        },
        "os.sysRename" => |fr, a| {
            let (from, to) = (path(&a[0]), path(&a[1]));
            fr.ret_word = match sandbox::check_write(&from).and(sandbox::check_write(&to)) {
                Err(e) => e as u64,
                Ok(()) => errno_of(std::fs::rename(from, to).err()) as u64,
            }
        },
        "os.sysMkdir" => sys_mkdir,
        "os.sysStatIsDir" => |fr, a| {
            if let Err(e) = sandbox::check_read(&path(&a[0])) {
                fr.ret_multi = vec![Value::Bool(false), Value::Int(e)];
                return;
            }
            fr.ret_multi = match std::fs::metadata(path(&a[0])) {
                Ok(m) => vec![Value::Bool(m.is_dir()), Value::Int(0)],
                Err(e) => vec![Value::Bool(false), Value::Int(errno(&e))],
            }
        },
        "os.sysGetwd" => |fr, _| {
            fr.ret_multi = match std::env::current_dir() {
                Ok(d) => vec![string(d.to_string_lossy().as_bytes()), Value::Int(0)],
                Err(e) => vec![string(b""), Value::Int(errno(&e))],
            }
        },
        "os.sysHostname" => |fr, _| {
            let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
            fr.ret_multi = vec![string(name.trim_end().as_bytes()), Value::Int(0)]
        },
        "os.sysSetenv" => |fr, a| {
            let (k, v) = (path(&a[0]), path(&a[1]));
            fr.ret_word = if !sandbox::env_allowed() {
                sandbox::EPERM as u64
            } else if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
                22 // EINVAL
            } else {
                std::env::set_var(&k, &v);
                0
            }
        },
        _ => return None,
    })
}

/// The program's name and arguments, as `gint run prog.go ARGS…` was given them.
static PROGRAM_ARGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Sets what `os.Args` holds (once, before the program runs).
pub fn set_program_args(args: Vec<String>) {
    let _ = PROGRAM_ARGS.set(args);
}

fn runtime_args(fr: &mut Frame, _: &[Value]) {
    let args = PROGRAM_ARGS.get().cloned().unwrap_or_else(|| vec!["prog".to_string()]);
    fr.ret_val = crate::runtime::slice::from_vals(args.iter().map(|a| string(a.as_bytes())).collect());
}

fn string(b: &[u8]) -> Value {
    Value::Str(Str::from_bytes(b.to_vec()))
}

fn path(v: &Value) -> String {
    String::from_utf8_lossy(v.str()).into_owned()
}

fn errno(e: &std::io::Error) -> i64 {
    e.raw_os_error().map_or(5, i64::from) // EIO if the OS gave no number
}

fn errno_of(e: Option<std::io::Error>) -> i64 {
    e.map_or(0, |e| errno(&e))
}

/// `sysRead(fd, b)`: reads up to len(b) bytes into b's elements (held as words).
fn sys_read(fr: &mut Frame, a: &[Value]) {
    let Value::Slice(so) = &a[1] else {
        fr.ret_multi = vec![Value::Int(0), Value::Int(0)];
        return;
    };
    let fd = a[0].int() as libc::c_int;
    wait_readable(fr, fd);
    let mut buf = vec![0u8; so.len];
    // SAFETY: `buf` is a valid, writable buffer of `buf.len()` bytes.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        let e = std::io::Error::last_os_error();
        fr.ret_multi = vec![Value::Int(0), Value::Int(errno(&e))];
        return;
    }
    for (cell, &byte) in so.words().iter().zip(&buf[..n as usize]) {
        cell.set(byte as u64);
    }
    fr.ret_multi = vec![Value::Int(n as i64), Value::Int(0)];
}

/// While other goroutines exist, a read waits for its input in short polls and lets them
/// run in between, so that a goroutine reading (say, standard input) does not stop the
/// others; alone, it simply blocks in `read`.
fn wait_readable(fr: &mut Frame, fd: libc::c_int) {
    const POLL_MS: libc::c_int = 10;
    while crate::runtime::sched::num_goroutine() > 1 {
        let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
        // SAFETY: `p` is one valid pollfd.
        let r = unsafe { libc::poll(&mut p, 1, POLL_MS) };
        if r != 0 {
            return; // ready, at end of input, or an error the read reports
        }
        crate::runtime::sched::yield_now(fr);
    }
}

/// `sysClose(fd)`: the standard streams stay open (closing them succeeds).
fn sys_close(fr: &mut Frame, a: &[Value]) {
    let fd = a[0].int();
    fr.ret_word = if (0..=2).contains(&fd) {
        0
    } else {
        // SAFETY: closing a descriptor the program opened through sysOpen.
        let r = unsafe { libc::close(fd as libc::c_int) };
        if r == 0 {
            0
        } else {
            errno(&std::io::Error::last_os_error()) as u64
        }
    };
}

/// `sysOpen(name, flag, perm)`: Go's O_ flags are Linux's.
fn sys_open(fr: &mut Frame, a: &[Value]) {
    let Ok(name) = std::ffi::CString::new(a[0].str().to_vec()) else {
        fr.ret_multi = vec![Value::Int(-1), Value::Int(22)];
        return;
    };
    let flags = a[1].int() as libc::c_int | libc::O_CLOEXEC;
    let writes = flags & (libc::O_WRONLY | libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND) != 0;
    let p = path(&a[0]);
    if let Err(e) = if writes { sandbox::check_write(&p) } else { sandbox::check_read(&p) } {
        fr.ret_multi = vec![Value::Int(-1), Value::Int(e)];
        return;
    }
    // SAFETY: `name` is a NUL-terminated path; open's mode argument is read for O_CREAT.
    let fd = unsafe { libc::open(name.as_ptr(), flags, a[2].int() as libc::c_uint) };
    fr.ret_multi = if fd < 0 {
        vec![Value::Int(-1), Value::Int(errno(&std::io::Error::last_os_error()))]
    } else {
        vec![Value::Int(fd as i64), Value::Int(0)]
    };
}

fn sys_read_file(fr: &mut Frame, a: &[Value]) {
    if let Err(e) = sandbox::check_read(&path(&a[0])) {
        fr.ret_multi = vec![Value::Nil, Value::Int(e)];
        return;
    }
    fr.ret_multi = match std::fs::read(path(&a[0])) {
        Ok(data) => vec![crate::runtime::slice::from_words(data.into_iter().map(u64::from).collect()), Value::Int(0)],
        Err(e) => vec![Value::Nil, Value::Int(errno(&e))],
    };
}

fn sys_mkdir(fr: &mut Frame, a: &[Value]) {
    if let Err(e) = sandbox::check_write(&path(&a[0])) {
        fr.ret_word = e as u64;
        return;
    }
    let Ok(name) = std::ffi::CString::new(a[0].str().to_vec()) else {
        fr.ret_word = 22;
        return;
    };
    // SAFETY: `name` is a NUL-terminated path.
    let r = unsafe { libc::mkdir(name.as_ptr(), a[1].int() as libc::mode_t) };
    fr.ret_word = if r == 0 { 0 } else { errno(&std::io::Error::last_os_error()) as u64 };
}
