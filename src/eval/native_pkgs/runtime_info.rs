//! Package runtime's natives that describe the running process: memory use for
//! `ReadMemStats` and the calling goroutine's trace for `Stack`.

use super::NativeFn;
use crate::runtime::sched;
use crate::runtime::value::{Str, Value};

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.memUsage" => |fr, _| {
            let (rss, peak) = memory_usage();
            fr.ret_multi = vec![Value::Int(rss as i64), Value::Int(peak as i64)];
        },
        "runtime.stackTrace" => |fr, _| {
            let text = stack_trace(sched::current_id());
            fr.ret_val = Value::Str(Str::from_bytes(text.into_bytes()));
        },
        _ => return None,
    })
}

/// The goroutine's trace as `runtime.Stack` and gint's panic reports print it (gint keeps
/// no frames).
pub fn stack_trace(id: u64) -> String {
    if id == 1 {
        "goroutine 1 [running]:\nmain.main()\n\t?\n".to_string()
    } else {
        format!("goroutine {id} [running]:\n\t?\n")
    }
}

/// The process's resident memory now and at its peak, in bytes (Linux's
/// /proc/self/status; zeros elsewhere).
fn memory_usage() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kib| kib * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
