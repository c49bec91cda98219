//! `for k, v := range f` over an iterator function (Go 1.23): `f` is called with a `yield`
//! function made for this loop, whose body is the loop body.
//!
//! The body runs in the frame of the function holding the loop: `yield` switches the frame
//! base (and the closure environment) back to the enclosing function's while the body runs,
//! so the body reads and writes that function's variables in place, as the checker laid
//! them out. This is sound because `yield` may only run while the loop does: a call after
//! the loop has ended is Go's "continued iteration" runtime error.

use std::cell::RefCell;

use gint_syntax::ast;

use super::*;

/// Where a range-over-function loop is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LoopState {
    Running,
    /// The body ended the loop with `break` (or the iterator returned).
    Done,
    /// The body executed `return`: the enclosing function returns once the iterator does.
    Returned,
}

/// The results a `return` in the body left, kept while the iterator winds down.
struct SavedResults {
    word: u64,
    val: Value,
    multi: Vec<Value>,
}

impl<'a> Lower<'a> {
    pub(super) fn range_func(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        x: &ast::Expr,
        body: &[ast::Stmt],
    ) -> Option<StmtE> {
        let (_, xt) = self.type_of(x);
        let sig = self.prog.types.signature(xt)?.clone();
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return None;
        }
        let ysig = self.prog.types.signature(sig.params[0])?.clone();
        let classes: Rc<[Class]> = ysig.params.iter().map(|&t| self.class(t)).collect();
        let stores: Vec<Option<Box<dyn Fn(&mut Frame, Value)>>> = [key, value]
            .into_iter()
            .take(classes.len())
            .map(|e| e.filter(|e| !is_blank(e)).map(|e| self.value_store(e)))
            .collect();
        let stores: Rc<[Option<Box<dyn Fn(&mut Frame, Value)>>]> = Rc::from(stores);
        let f = self.value(x);
        let body: Rc<StmtE> = Rc::new(self.block(body));
        Some(Box::new(move |fr| {
            let Value::Func(iter) = f(fr) else { panic::nil_dereference() };
            let state = Rc::new(RefCell::new((LoopState::Running, None::<SavedResults>)));
            let yield_fn = yield_func(fr, classes.clone(), stores.clone(), body.clone(), state.clone());
            let saved_top = fr.top;
            let size = iter.code.size.max(1);
            let base = fr.reserve(size);
            fr.top = base + size;
            fr.vals[base] = yield_fn;
            let saved_env = std::mem::replace(&mut fr.env, iter.env.clone());
            call(fr, &iter.code, base);
            fr.env = saved_env;
            fr.top = saved_top;
            let (st, saved) = std::mem::replace(&mut *state.borrow_mut(), (LoopState::Done, None));
            if st == LoopState::Returned {
                if let Some(r) = saved {
                    fr.ret_word = r.word;
                    fr.ret_val = r.val;
                    fr.ret_multi = r.multi;
                }
                return Flow::Return;
            }
            Flow::Normal
        }))
    }
}

/// The `yield` function of one execution of a range-over-function loop.
fn yield_func(
    fr: &Frame,
    classes: Rc<[Class]>,
    stores: Rc<[Option<Box<dyn Fn(&mut Frame, Value)>>]>,
    body: Rc<StmtE>,
    state: Rc<RefCell<(LoopState, Option<SavedResults>)>>,
) -> Value {
    let (outer_base, outer_env) = (fr.base, fr.env.clone());
    let n = classes.len();
    let run: StmtE = Box::new(move |fr| {
        if state.borrow().0 != LoopState::Running {
            panic::runtime_error(
                "range function continued iteration after function for loop body returned false".into(),
            );
        }
        let inner_base = fr.base;
        let args: Vec<Value> = classes
            .iter()
            .enumerate()
            .map(|(i, &c)| match c {
                Class::Val => std::mem::take(&mut fr.vals[inner_base + i]),
                c => word_value(c, fr.words[inner_base + i]),
            })
            .collect();
        let inner_env = std::mem::replace(&mut fr.env, outer_env.clone());
        fr.base = outer_base;
        for (st, v) in stores.iter().zip(args) {
            if let Some(st) = st {
                st(fr, v);
            }
        }
        let flow = body(fr);
        fr.base = inner_base;
        fr.env = inner_env;
        let more = match flow {
            Flow::Normal | Flow::Continue => true,
            Flow::Break => {
                state.borrow_mut().0 = LoopState::Done;
                false
            }
            Flow::Return => {
                let saved = SavedResults {
                    word: fr.ret_word,
                    val: std::mem::take(&mut fr.ret_val),
                    multi: std::mem::take(&mut fr.ret_multi),
                };
                *state.borrow_mut() = (LoopState::Returned, Some(saved));
                false
            }
        };
        fr.ret_word = more as u64;
        Flow::Return
    });
    let code = Rc::new(FuncCode { size: n, body: OnceCell::from(run), results: vec![Class::Bool] });
    Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }))
}
