//! Go panics. A panic unwinds the Rust stack of the evaluator (the evaluator is a recursive
//! tree-walker) carrying a `GoPanic` payload; `recover` and the top of each goroutine catch it.

/// What a Go panic carries: the value passed to `panic`, or a runtime error's message.
pub enum GoPanic {
    /// `panic: runtime error: index out of range [5] with length 3` (a runtime.Error).
    Runtime(String),
    /// `panic(v)`, with `v` already formatted as Go prints it after "panic: ". (The value
    /// itself, for `recover`, will be kept beside the unwinding goroutine: an unwind payload
    /// must be `Send`, and values are not.)
    Value { shown: String },
    /// `os.Exit(n)`: not a panic, but it unwinds the same way to end the program.
    Exit(i32),
    /// A nil pointer dereference or a call of a nil function: a runtime error that Go
    /// reports with the signal that caught it.
    NilDereference,
    /// "runtime: goroutine stack exceeds 1000000000-byte limit": a fatal error.
    StackOverflow,
    /// A fatal error other than stack overflow ("all goroutines are asleep - deadlock!"):
    /// what Go prints after "fatal error: ".
    Fatal(String),
    /// `panic(v)` of the program, `v` formatted as Go prints it; the value itself travels in
    /// `Frame::panic_value`.
    Go { shown: String },
    /// `runtime.Goexit`: unwinds the goroutine running its deferred calls, which cannot
    /// recover it; the goroutine then ends normally.
    Goexit,
    /// A goroutine's unrecovered panic, ending the program: it unwinds main's stack, whose
    /// deferred calls must neither run nor recover it.
    Crashed(Box<GoPanic>),
}

impl GoPanic {
    /// What Go prints after "panic: " for this panic (None: not a panic, `recover` and
    /// deferred calls do not see it: os.Exit and fatal errors).
    pub fn shown(&self) -> Option<String> {
        match self {
            GoPanic::Runtime(msg) => Some(format!("runtime error: {msg}")),
            GoPanic::NilDereference => {
                Some("runtime error: invalid memory address or nil pointer dereference".to_string())
            }
            GoPanic::Value { shown } | GoPanic::Go { shown } => Some(shown.clone()),
            GoPanic::Exit(_) | GoPanic::StackOverflow | GoPanic::Fatal(_) | GoPanic::Goexit | GoPanic::Crashed(_) => {
                None
            }
        }
    }
}

/// The panic that the deferred calls being run were started by.
pub struct Panicking {
    /// What `recover` returns.
    pub value: super::value::Value,
    /// The unwind to resume if no deferred call recovers it.
    pub payload: Box<dyn std::any::Any + Send>,
    pub recovered: bool,
}

impl Panicking {
    /// Whether this is `runtime.Goexit` rather than a panic (`recover` returns nil).
    pub fn is_goexit(&self) -> bool {
        matches!(self.payload.downcast_ref::<GoPanic>(), Some(GoPanic::Goexit))
    }
}

/// Raises a runtime error panic ("index out of range [5] with length 3").
#[cold]
#[inline(never)]
pub fn runtime_error(msg: String) -> ! {
    std::panic::resume_unwind(Box::new(GoPanic::Runtime(msg)))
}

#[cold]
#[inline(never)]
pub fn index_out_of_range(i: i64, len: usize) -> ! {
    if i < 0 {
        runtime_error(format!("index out of range [{i}]"))
    }
    runtime_error(format!("index out of range [{i}] with length {len}"))
}

#[cold]
#[inline(never)]
pub fn divide_by_zero() -> ! {
    runtime_error("integer divide by zero".to_string())
}

/// Go's fatal error for unbounded recursion (it is not a recoverable panic in Go).
#[cold]
#[inline(never)]
pub fn stack_overflow() -> ! {
    std::panic::resume_unwind(Box::new(GoPanic::StackOverflow))
}

/// A nil pointer dereference, or a call of a nil function value.
#[cold]
#[inline(never)]
pub fn nil_dereference() -> ! {
    std::panic::resume_unwind(Box::new(GoPanic::NilDereference))
}

/// A runtime error that Go prints without the "runtime error: " prefix ("assignment to
/// entry in nil map", "interface conversion: …").
#[cold]
#[inline(never)]
pub fn plain_error(msg: String) -> ! {
    std::panic::resume_unwind(Box::new(GoPanic::Value { shown: msg }))
}

/// A fatal error: not a panic, nothing can recover it; the program ends with exit 2.
#[cold]
#[inline(never)]
pub fn fatal(msg: String) -> ! {
    std::panic::resume_unwind(Box::new(GoPanic::Fatal(msg)))
}
