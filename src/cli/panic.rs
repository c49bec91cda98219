//! gint's own bugs: a Rust panic in a command becomes `gint: internal error: …` with a plea
//! to report it, and exit status 3 — never a raw backtrace. `GINT_BACKTRACE=1` adds Rust's
//! backtrace to the report, for gint's developers.

use std::any::Any;
use std::backtrace::Backtrace;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// Where the last panic happened (and its backtrace if asked for), noted by the hook.
static LOCATION: Mutex<Option<String>> = Mutex::new(None);

pub fn install_quiet_hook() {
    let backtrace = std::env::var_os("GINT_BACKTRACE").is_some_and(|v| !v.is_empty() && v != "0");
    panic::set_hook(Box::new(move |info| {
        let mut at = info.location().map(|at| format!(" (at {at})")).unwrap_or_default();
        if backtrace {
            at.push_str(&format!("\n{}", Backtrace::force_capture()));
        }
        *LOCATION.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
    }));
}

/// Runs `f`; a panic comes back as the text to print.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| report(payload.as_ref()))
}

fn report(payload: &(dyn Any + Send)) -> String {
    let msg = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("unknown panic");
    let at = LOCATION.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or_default();
    format!(
        "gint: internal error: {msg}{at}\n\
         please report this at https://github.com/gint-lang/gint/issues\n"
    )
}
