//! The runtime: values and the heap objects they point to, each goroutine's stacks, Go
//! panics. It knows nothing of the AST or the checker; the evaluator (`crate::eval`) lowers
//! the checked program into code that works on these.

pub mod chan;
pub mod complex;
pub mod format;
pub mod frame;
pub mod gc;
pub mod map;
pub mod memory;
pub mod panic;
pub mod rtype;
pub mod sched;
pub mod signal;
pub mod slice;
pub mod stacks;
pub mod sync;
pub mod timers;
pub mod value;
