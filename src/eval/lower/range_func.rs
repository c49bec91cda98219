//! Range over functions (`for x := range seq`, Go 1.23): the loop body becomes the
//! `yield` function the iterator calls.
//!
//! Invariant: `yield` runs the body in the frame window of the function holding the loop
//! (its base is the last entry of yield's environment, whose other entries are that
//! function's own environment, so captured variables are found at the same indices). A
//! `break` makes yield return false; a `return`, `break L` or `continue L` out of the loop
//! also returns false and is recorded in the loop's state, with the return registers, so
//! the loop statement ends with it once the iterator has returned.

use std::cell::OnceCell;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use gint_syntax::ast;

use super::*;

/// What the body's flow leaves for the loop statement: `Normal`, or the flow ending it.
fn flow_code(f: Flow) -> i64 {
    match f {
        Flow::Return => 1,
        Flow::BreakTo(l) => 2 | (l as i64) << 8,
        Flow::ContinueTo(l) => 3 | (l as i64) << 8,
        Flow::Goto(l) => 4 | (l as i64) << 8,
        _ => 0,
    }
}

fn code_flow(c: i64) -> Flow {
    match c & 0xff {
        1 => Flow::Return,
        2 => Flow::BreakTo((c >> 8) as u32),
        3 => Flow::ContinueTo((c >> 8) as u32),
        4 => Flow::Goto((c >> 8) as u32),
        _ => Flow::Normal,
    }
}

impl<'a> Lower<'a> {
    /// `for k, v := range f` of a function `f(yield func(K, V) bool)`; None if `x` is not a
    /// function.
    pub(super) fn range_func(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        x: &ast::Expr,
        body: &[ast::Stmt],
    ) -> Option<StmtE> {
        let (_, xt) = self.type_of(x);
        let defers = Self::has_defer(body);
        let sig = self.prog.types.signature(xt)?.clone();
        let ysig = self.prog.types.signature(*sig.params.first()?)?.clone();
        let classes: Vec<Class> = ysig.params.iter().map(|&t| self.class(t)).collect();
        let seq = self.value(x);
        let stores: Vec<Option<Box<dyn Fn(&mut Frame, Value)>>> = [key, value]
            .iter()
            .take(classes.len())
            .map(|e| e.filter(|e| !is_blank(e)).map(|e| self.value_store(e)))
            .collect();
        let body = self.loop_body(body);
        let yield_code = Rc::new(FuncCode { size: classes.len(), body: OnceCell::new(), results: vec![Class::Bool] });
        let yield_body: StmtE = Box::new(move |fr| {
            let n = fr.env.len();
            // Once the loop has ended, the iterator may not call yield again.
            if let Value::Cell(state) = &fr.env[n - 2] {
                if !matches!(*state.borrow(), Value::Nil) {
                    panic::runtime_error(
                        "range function continued iteration after function for loop body returned false".into(),
                    );
                }
            }
            let outer_base = fr.env[n - 1].int() as usize;
            let own = fr.base;
            let args: Vec<Value> = classes
                .iter()
                .enumerate()
                .map(|(i, c)| match c {
                    Class::Val => std::mem::take(&mut fr.vals[own + i]),
                    c => word_value(*c, fr.words[own + i]),
                })
                .collect();
            fr.base = outer_base;
            for (st, a) in stores.iter().zip(args) {
                if let Some(st) = st {
                    st(fr, a);
                }
            }
            let flow = if defers {
                let mark = fr.defers.len();
                match catch_unwind(AssertUnwindSafe(|| body(fr))) {
                    Ok(flow) => {
                        park_defers(fr, mark);
                        flow
                    }
                    Err(p) => {
                        park_defers(fr, mark);
                        resume_unwind(p)
                    }
                }
            } else {
                body(fr)
            };
            fr.base = own;
            let go_on = match flow {
                Flow::Normal | Flow::Continue => true,
                Flow::Break | Flow::Fallthrough => {
                    if let Value::Cell(state) = &fr.env[n - 2] {
                        *state.borrow_mut() = Value::Bool(true);
                    }
                    false
                }
                f => {
                    let saved = vec![
                        Value::Int(flow_code(f)),
                        std::mem::take(&mut fr.ret_val),
                        Value::Int(fr.ret_word as i64),
                        Value::Struct(Rc::new(std::mem::take(&mut fr.ret_multi))),
                    ];
                    if let Value::Cell(state) = &fr.env[n - 2] {
                        *state.borrow_mut() = Value::Struct(Rc::new(saved));
                    }
                    false
                }
            };
            fr.ret_word = go_on as u64;
            Flow::Return
        });
        let _ = yield_code.body.set(yield_body);
        Some(Box::new(move |fr| {
            let Value::Func(f) = seq(fr) else { panic::nil_dereference() };
            let state = crate::runtime::gc::new_cell(Value::Nil);
            let env: Rc<[Value]> =
                fr.env.iter().cloned().chain([Value::Cell(state.clone()), Value::Int(fr.base as i64)]).collect();
            let y = Value::Func(Rc::new(FuncValue { code: yield_code.clone(), env }));
            let saved_top = fr.top;
            let base = fr.reserve(f.code.size.max(1));
            fr.top = base + f.code.size.max(1);
            fr.vals[base] = y;
            let saved_env = std::mem::replace(&mut fr.env, f.env.clone());
            if defers {
                let outer = std::mem::take(&mut fr.loop_defers);
                let r = catch_unwind(AssertUnwindSafe(|| call(fr, &f.code, base)));
                let mine = std::mem::replace(&mut fr.loop_defers, outer);
                fr.defers.extend(mine);
                if let Err(p) = r {
                    resume_unwind(p);
                }
            } else {
                call(fr, &f.code, base);
            }
            fr.env = saved_env;
            fr.top = saved_top;
            let ended = state.replace(Value::Bool(true));
            let Value::Struct(saved) = ended else { return Flow::Normal };
            fr.ret_val = saved[1].clone();
            fr.ret_word = saved[2].int() as u64;
            if let Value::Struct(m) = &saved[3] {
                fr.ret_multi = m.to_vec();
            }
            code_flow(saved[0].int())
        }))
    }
}

/// Moves the deferred calls a loop body pushed (from `mark` on) to `Frame::loop_defers`.
fn park_defers(fr: &mut Frame, mark: usize) {
    let mine = fr.defers.split_off(mark.min(fr.defers.len()));
    fr.loop_defers.extend(mine);
}
