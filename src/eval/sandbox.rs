//! `gint run --sandbox`: the policy for running code you do not trust. The program may
//! read files only inside its script's folder, may write none, sees an empty environment
//! and may not change it, and may signal only itself. A denied call fails as the system
//! call would with EPERM ("operation not permitted"), so Go code gets its usual error
//! value (`open /etc/passwd: operation not permitted`, `errors.Is(err,
//! os.ErrPermission)`). The natives of package os ask here before touching the host.

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

/// Linux's EPERM, the errno of every denied call.
pub const EPERM: i64 = 1;

/// The folder the program may read (set once: the sandbox is on).
static ROOT: OnceLock<PathBuf> = OnceLock::new();

/// Turns the sandbox on for this process: reads are allowed under `script_dir` only.
pub fn enable(script_dir: &Path) {
    let root = std::fs::canonicalize(script_dir).unwrap_or_else(|_| absolute(script_dir));
    let _ = ROOT.set(root);
}

pub fn active() -> bool {
    ROOT.get().is_some()
}

/// Whether the program may read `path` (a file or folder): Err(EPERM) if not.
pub fn check_read(path: &str) -> Result<(), i64> {
    match ROOT.get() {
        Some(root) if !resolve(path).starts_with(root) => Err(EPERM),
        _ => Ok(()),
    }
}

/// Whether the program may create, change or remove `path`.
pub fn check_write(_path: &str) -> Result<(), i64> {
    if active() {
        Err(EPERM)
    } else {
        Ok(())
    }
}

/// Whether the program may see and change environment variables.
pub fn env_allowed() -> bool {
    !active()
}

/// Whether the program may send signals to other processes.
pub fn may_signal_others() -> bool {
    !active()
}

/// `path` made absolute against the working folder, `.` and `..` resolved by the text.
fn absolute(path: &Path) -> PathBuf {
    let joined =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Where `path` really is, as the kernel would find it (symbolic links and `..` resolved,
/// so a link inside the folder cannot lead out of it); for a path that does not exist,
/// its folder resolved and its name.
fn resolve(path: &str) -> PathBuf {
    let p = Path::new(path);
    if let Ok(real) = std::fs::canonicalize(p) {
        return real;
    }
    if let (Some(parent), Some(name)) = (p.parent(), p.file_name()) {
        let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
        if let Ok(real) = std::fs::canonicalize(parent) {
            return real.join(name);
        }
    }
    absolute(p)
}
