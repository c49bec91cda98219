//! Natives of the packages goroutines use: time's clock and timers (`time.rs`) and its
//! calendar (`time_fmt.rs`), sync's locks (`sync.rs`), package runtime (`runtime.rs`), and
//! regexp's compiler and matcher (`regexp.rs`, over Go's syntax in `regexp_syntax.rs`),
//! math/big's arithmetic (`big.rs`), package unsafe's string data (`unsafe_data.rs`), the block
//! functions of the crypto hashes (`digests.rs`), strings.Builder's buffer (`strings.rs`),
//! encoding/json (`json/`), and reflect (`reflect_type.rs` on types, `reflect_value.rs` on values).
//!
//! Each native is a plain function over its evaluated arguments (the receiver first) that
//! leaves its result where a call's result goes (`ret_word` for a scalar, `ret_val`, or
//! `ret_multi` for several). So one lowering serves a call, a `defer` (the arguments are
//! evaluated at once, the native runs later) and a `go` (which reuses the `defer` form).

mod big;
mod digests;
mod json;
mod reflect_type;
pub(crate) mod reflect_value;
mod regexp;
mod regexp_syntax;
mod runtime;
pub(crate) mod runtime_info;
mod strings;
mod sync;
mod time;
mod time_fmt;
mod time_zone;
mod unsafe_data;

use gint_syntax::ast;
use gint_syntax::span::Span;

use super::lower::Lower;
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::types::object::ObjId;

/// A native: its arguments, receiver first.
pub type NativeFn = fn(&mut Frame, &[Value]);

/// The native named `name`: `pkg/path.Func` for a function, `*pkg.Type.Method` or
/// `pkg.Type.Method` (the receiver type as gc prints it) for a method.
pub fn lookup(name: &str) -> Option<NativeFn> {
    time::lookup(name)
        .or_else(|| time_fmt::lookup(name))
        .or_else(|| sync::lookup(name))
        .or_else(|| runtime::lookup(name))
        .or_else(|| runtime_info::lookup(name))
        .or_else(|| regexp::lookup(name))
        .or_else(|| unsafe_data::lookup(name))
        .or_else(|| big::lookup(name))
        .or_else(|| digests::lookup(name))
        .or_else(|| reflect_type::lookup(name))
        .or_else(|| reflect_value::lookup(name))
        .or_else(|| json::lookup(name))
        .or_else(|| strings::lookup(name))
}

/// The code of a call of the native `name` (`recv`: a method's receiver); with `deferring`,
/// the code evaluates the arguments and pushes the call on the goroutine's deferred calls.
pub fn lower_call(
    lw: &mut Lower<'_>,
    name: &str,
    obj: ObjId,
    recv: Option<super::lower::ValE>,
    args: &[ast::Expr],
    deferring: bool,
    span: Span,
) -> Option<Box<dyn Fn(&mut Frame)>> {
    let f = lookup(name)?;
    let Some(params) = lw.param_types(obj).filter(|p| p.len() == args.len()) else {
        lw.unsupported_at(span, &format!("this call of {name}"));
        return None;
    };
    let mut argv: Vec<super::lower::ValE> = recv.into_iter().collect();
    for (a, t) in args.iter().zip(params) {
        argv.push(lw.value_as(a, t));
    }
    let n = argv.len();
    if deferring {
        return Some(Box::new(move |fr| {
            let a: Vec<Value> = argv.iter().map(|e| e(fr)).collect();
            fr.defers.push(Box::new(move |fr: &mut Frame| f(fr, &a)));
        }));
    }
    if n <= 4 {
        // No allocation per call: natives take few arguments.
        return Some(Box::new(move |fr| {
            let mut a: [Value; 4] = Default::default();
            for (slot, e) in a.iter_mut().zip(&argv) {
                *slot = e(fr);
            }
            f(fr, &a[..n]);
        }));
    }
    Some(Box::new(move |fr| {
        let a: Vec<Value> = argv.iter().map(|e| e(fr)).collect();
        f(fr, &a);
    }))
}

/// A new pointer to a struct with these fields (`&T{…}`).
fn new_struct(fields: Vec<Value>) -> Value {
    Value::Cell(crate::runtime::gc::new_cell(Value::Struct(std::rc::Rc::new(fields))))
}
