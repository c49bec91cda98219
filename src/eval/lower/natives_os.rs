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
        "os.sysRemove" => sys_remove,
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
        "os.Getpid" => |fr, _| fr.ret_word = std::process::id() as u64,
        // SAFETY (these four): the calls only read the process's ids.
        "os.Getuid" => |fr, _| fr.ret_word = unsafe { libc::getuid() } as u64,
        "os.Geteuid" => |fr, _| fr.ret_word = unsafe { libc::geteuid() } as u64,
        "os.Getgid" => |fr, _| fr.ret_word = unsafe { libc::getgid() } as u64,
        "os.Getppid" => |fr, _| fr.ret_word = unsafe { libc::getppid() } as u64,
        "os.sysPread" => sys_pread,
        "os.sysPwrite" => sys_pwrite,
        "os.sysSeek" => |fr, a| {
            // SAFETY: lseek on a descriptor number; a bad one gives EBADF.
            let r = unsafe { libc::lseek(a[0].int() as libc::c_int, a[1].int(), a[2].int() as libc::c_int) };
            fr.ret_multi = vec![Value::Int(r.max(0)), Value::Int(last_errno_if(r < 0))];
        },
        "os.sysFsync" => |fr, a| {
            // SAFETY: fsync on a descriptor number.
            let r = unsafe { libc::fsync(a[0].int() as libc::c_int) };
            fr.ret_word = last_errno_if(r < 0) as u64;
        },
        "os.sysFtruncate" => |fr, a| {
            // SAFETY: ftruncate on a descriptor number.
            let r = unsafe { libc::ftruncate(a[0].int() as libc::c_int, a[1].int()) };
            fr.ret_word = last_errno_if(r < 0) as u64;
        },
        "os.sysFchmod" => |fr, a| {
            // SAFETY: fchmod on a descriptor number.
            let r = unsafe { libc::fchmod(a[0].int() as libc::c_int, a[1].int() as libc::mode_t) };
            fr.ret_word = last_errno_if(r < 0) as u64;
        },
        "os.sysTruncate" => |fr, a| {
            if let Err(e) = sandbox::check_write(&path(&a[0])) {
                fr.ret_word = e as u64;
                return;
            }
            let r =
                std::fs::OpenOptions::new().write(true).open(path(&a[0])).and_then(|f| f.set_len(a[1].int() as u64));
            fr.ret_word = errno_of(r.err()) as u64;
        },
        "os.sysChmod" => |fr, a| {
            use std::os::unix::fs::PermissionsExt;
            if let Err(e) = sandbox::check_write(&path(&a[0])) {
                fr.ret_word = e as u64;
                return;
            }
            let perm = std::fs::Permissions::from_mode(a[1].int() as u32);
            fr.ret_word = errno_of(std::fs::set_permissions(path(&a[0]), perm).err()) as u64;
        },
        "os.sysUtimes" => |fr, a| {
            if let Err(e) = sandbox::check_write(&path(&a[0])) {
                fr.ret_word = e as u64;
                return;
            }
            let Ok(name) = std::ffi::CString::new(a[0].str()) else {
                fr.ret_word = libc::EINVAL as u64;
                return;
            };
            let spec = |omit: &Value, sec: &Value, nsec: &Value| libc::timespec {
                tv_sec: sec.int() as libc::time_t,
                tv_nsec: if omit.bool() { libc::UTIME_OMIT } else { nsec.int() as libc::c_long },
            };
            let times = [spec(&a[1], &a[2], &a[3]), spec(&a[4], &a[5], &a[6])];
            // SAFETY: a NUL-terminated path and an array of two timespecs.
            let r = unsafe { libc::utimensat(libc::AT_FDCWD, name.as_ptr(), times.as_ptr(), 0) };
            fr.ret_word = last_errno_if(r < 0) as u64;
        },
        "os.sysChdir" => |fr, a| {
            fr.ret_word = match sandbox::check_read(&path(&a[0])) {
                Err(e) => e as u64,
                Ok(()) => errno_of(std::env::set_current_dir(path(&a[0])).err()) as u64,
            }
        },
        "os.sysSymlink" => |fr, a| {
            if let Err(e) = sandbox::check_write(&path(&a[1])) {
                fr.ret_word = e as u64;
                return;
            }
            fr.ret_word = errno_of(std::os::unix::fs::symlink(path(&a[0]), path(&a[1])).err()) as u64;
        },
        "os.sysReadlink" => |fr, a| {
            if let Err(e) = sandbox::check_read(&path(&a[0])) {
                fr.ret_multi = vec![string(b""), Value::Int(e)];
                return;
            }
            fr.ret_multi = match std::fs::read_link(path(&a[0])) {
                Ok(p) => vec![string(p.as_os_str().as_encoded_bytes()), Value::Int(0)],
                Err(e) => vec![string(b""), Value::Int(errno(&e))],
            }
        },
        "os.sysStat" => |fr, a| {
            let p = path(&a[0]);
            let m = match sandbox::check_read(&p) {
                Err(e) => Err(std::io::Error::from_raw_os_error(e as i32)),
                Ok(()) if a[1].bool() => std::fs::metadata(&p),
                Ok(()) => std::fs::symlink_metadata(&p),
            };
            fr.ret_multi = stat_result(m);
        },
        "os.sysFstat" => |fr, a| fr.ret_multi = stat_result(fstat(a[0].int() as libc::c_int)),
        "os.sysReadDirNames" => sys_read_dir_names,
        _ => return None,
    })
}

/// The errno of the last failed system call when `failed`, else 0.
fn last_errno_if(failed: bool) -> i64 {
    if failed {
        errno(&std::io::Error::last_os_error())
    } else {
        0
    }
}

/// `sysRemove(name)`: as Go's Remove, unlink, then rmdir; when both fail, rmdir's error
/// unless it only says the path is not a directory.
fn sys_remove(fr: &mut Frame, a: &[Value]) {
    let p = path(&a[0]);
    if let Err(e) = sandbox::check_write(&p) {
        fr.ret_word = e as u64;
        return;
    }
    let Err(e) = std::fs::remove_file(&p) else {
        fr.ret_word = 0;
        return;
    };
    let Err(e1) = std::fs::remove_dir(&p) else {
        fr.ret_word = 0;
        return;
    };
    let e1 = errno(&e1);
    fr.ret_word = if e1 != libc::ENOTDIR as i64 { e1 } else { errno(&e) } as u64;
}

/// The results of sysStat and sysFstat: size, st_mode, modification time, errno.
fn stat_result(m: std::io::Result<std::fs::Metadata>) -> Vec<Value> {
    use std::os::unix::fs::MetadataExt;
    match m {
        Ok(m) => vec![
            Value::Int(m.size() as i64),
            Value::Int(m.mode() as i64),
            Value::Int(m.mtime()),
            Value::Int(m.mtime_nsec()),
            Value::Int(0),
        ],
        Err(e) => vec![Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(errno(&e))],
    }
}

/// The metadata of an open descriptor, through /proc (the descriptor stays the
/// program's).
fn fstat(fd: libc::c_int) -> std::io::Result<std::fs::Metadata> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    std::fs::metadata(format!("/proc/self/fd/{fd}"))
}

/// `sysReadDirNames(fd)`: the names in the open directory, in the system's order.
fn sys_read_dir_names(fr: &mut Frame, a: &[Value]) {
    let fd = a[0].int() as libc::c_int;
    // SAFETY: dup of a descriptor number; fdopendir owns the copy and closedir closes it,
    // so the program's descriptor stays open.
    let dir = unsafe {
        let copy = libc::dup(fd);
        if copy < 0 {
            std::ptr::null_mut()
        } else {
            let d = libc::fdopendir(copy);
            if d.is_null() {
                libc::close(copy);
            }
            d
        }
    };
    if dir.is_null() {
        fr.ret_multi = vec![Value::Nil, Value::Int(last_errno_if(true))];
        return;
    }
    let mut names = Vec::new();
    // SAFETY: `dir` is an open DIR stream; each entry's d_name is NUL-terminated and valid
    // until the next readdir.
    unsafe {
        libc::rewinddir(dir);
        loop {
            let ent = libc::readdir(dir);
            if ent.is_null() {
                break;
            }
            let name = std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes();
            if name != b"." && name != b".." {
                names.push(string(name));
            }
        }
        libc::closedir(dir);
    }
    fr.ret_multi = vec![crate::runtime::slice::from_vals(names), Value::Int(0)];
}

/// `sysPread(fd, b, off)`: reads up to len(b) bytes at offset off into b's elements.
fn sys_pread(fr: &mut Frame, a: &[Value]) {
    let Value::Slice(so) = &a[1] else {
        fr.ret_multi = vec![Value::Int(0), Value::Int(0)];
        return;
    };
    let mut buf = vec![0u8; so.len];
    // SAFETY: `buf` is a valid, writable buffer of `buf.len()` bytes.
    let n = unsafe { libc::pread(a[0].int() as libc::c_int, buf.as_mut_ptr().cast(), buf.len(), a[2].int()) };
    if n < 0 {
        fr.ret_multi = vec![Value::Int(0), Value::Int(last_errno_if(true))];
        return;
    }
    for (cell, &byte) in so.words().iter().zip(&buf[..n as usize]) {
        cell.set(byte as u64);
    }
    fr.ret_multi = vec![Value::Int(n as i64), Value::Int(0)];
}

/// `sysPwrite(fd, b, off)`: writes b at offset off.
fn sys_pwrite(fr: &mut Frame, a: &[Value]) {
    let bytes: Vec<u8> = match &a[1] {
        Value::Slice(so) => so.words().iter().map(|w| w.get() as u8).collect(),
        _ => Vec::new(),
    };
    // SAFETY: `bytes` is a valid buffer of `bytes.len()` bytes.
    let n = unsafe { libc::pwrite(a[0].int() as libc::c_int, bytes.as_ptr().cast(), bytes.len(), a[2].int()) };
    fr.ret_multi = vec![Value::Int(n.max(0) as i64), Value::Int(last_errno_if(n < 0))];
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
