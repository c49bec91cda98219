//! Package runtime's natives: the scheduler's view of goroutines; and the one native of
//! package context, a dynamic type's name.

use super::NativeFn;
use crate::runtime::panic::GoPanic;
use crate::runtime::sched;
use crate::runtime::value::{Str, Value};

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.Gosched" => |fr, _| sched::yield_now(fr),
        "runtime.NumGoroutine" => |fr, _| fr.ret_word = sched::num_goroutine() as u64,
        // gint runs goroutines on one thread, but reports the machine as Go would, so
        // programs that size worker pools by it behave the same.
        "runtime.NumCPU" | "runtime.GOMAXPROCS" => |fr, _| fr.ret_word = num_cpu() as u64,
        "runtime.GC" => |_, _| crate::runtime::gc::collect(),
        "runtime.Goexit" => |_, _| std::panic::resume_unwind(Box::new(GoPanic::Goexit)),
        // A breakpoint trap with no debugger attached ends the program as Go's signal
        // handler does.
        "runtime.Breakpoint" => |_, _| {
            crate::eval::lower::write_stderr(b"SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\n");
            std::panic::resume_unwind(Box::new(GoPanic::Exit(2)))
        },
        // context's stringify: the name of a value's dynamic type.
        "context.typeName" => |fr, a| {
            let name = crate::eval::fmt::type_name(&a[0]);
            fr.ret_val = Value::Str(Str::from_bytes(name.into_bytes()));
        },
        _ => return None,
    })
}

fn num_cpu() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
