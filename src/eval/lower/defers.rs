//! Lowering `defer`, `panic` and `recover`.
//!
//! A Go panic is a Rust unwind (`runtime::panic`). Only a function whose body contains a
//! `defer` statement catches it: its body runs under `catch_unwind`, so plain functions pay
//! nothing. A `defer` statement evaluates the function value and the arguments at once into
//! a callee window, snapshots that window, and pushes a record on `Frame::defers`; the
//! function runs its records LIFO when its body ends, returns or panics. A deferred call
//! gets a window one slot larger than its code needs, so that no call it makes shares its
//! base: `recover` stops the panic only when the running call's base is the deferred one's
//! (Go's "called directly by a deferred function").
//!
//! Results: with named results, `return x` stores x into them before the deferred calls
//! run and the results are read back after (deferred closures may change them); unnamed
//! results are saved around the deferred calls (which make calls of their own) and are zero
//! after a recovered panic.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use gint_syntax::ast::{self, ExprKind, StmtKind};

use super::*;
use crate::runtime::panic::{GoPanic, Panicking};
use crate::runtime::rtype::func_type;
use crate::runtime::value::{MethodEntry, NamedType};

/// What a function that defers restores when a panic unwinds into it.
struct Saved {
    base: usize,
    top: usize,
    env: Rc<[Value]>,
    mark: usize,
    /// The recorded call sites (`Frame::sites`) when the function started.
    sites: usize,
}

impl Saved {
    fn take(fr: &Frame) -> Saved {
        Saved { base: fr.base, top: fr.top, env: fr.env.clone(), mark: fr.defers.len(), sites: fr.sites.len() }
    }

    fn restore(&self, fr: &mut Frame) {
        fr.base = self.base;
        fr.top = self.top;
        fr.env = self.env.clone();
        // The unwound calls never left their windows: drop what they held now, as
        // `Frame::leave` would have (a recovered panic is rare; this scan is not hot).
        for v in &mut fr.vals[self.top..] {
            if !matches!(v, Value::Nil) {
                *v = Value::Nil;
            }
        }
    }
}

impl<'a> Lower<'a> {
    /// Whether a function body contains a `defer` of its own (not one of a literal in it).
    pub(super) fn has_defer(stmts: &[ast::Stmt]) -> bool {
        stmts.iter().any(Self::stmt_defers)
    }

    fn stmt_defers(s: &ast::Stmt) -> bool {
        match &s.kind {
            StmtKind::Defer(_) => true,
            StmtKind::Block(b) => Self::has_defer(&b.stmts),
            StmtKind::If { then, els, .. } => {
                Self::has_defer(&then.stmts) || els.as_deref().is_some_and(Self::stmt_defers)
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => Self::has_defer(&body.stmts),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| Self::has_defer(&c.body))
            }
            StmtKind::Select { clauses, .. } => clauses.iter().any(|c| Self::has_defer(&c.body)),
            StmtKind::Labeled { stmt, .. } => Self::stmt_defers(stmt),
            _ => false,
        }
    }

    /// `defer f(args)`: the call's code, lowered to push a record instead of calling.
    pub(super) fn defer_stmt(&mut self, s: &ast::Stmt, e: &ast::Expr) -> StmtE {
        let ExprKind::Call { fun, .. } = &e.kind else {
            return self.todo(s.span, "defer of this expression");
        };
        if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) {
            return self.todo(s.span, "defer of a conversion");
        }
        self.deferring = true;
        let c = self.call_code(e);
        if std::mem::take(&mut self.deferring) {
            // No lowering path took the flag: it cannot defer this call.
            self.unsupported(s.span, "defer of this call");
        }
        match c {
            Some(c) => Box::new(move |fr| {
                c(fr);
                Flow::Normal
            }),
            None => Box::new(|_| Flow::Normal),
        }
    }

    /// Wraps the body of a function that defers: runs it, then its deferred calls, catching
    /// a panic of either; `named` are its named results (read back after the deferred calls).
    pub(super) fn with_defers(&mut self, body: StmtE, named: &[ast::Expr], span: Span) -> StmtE {
        let rt_err = self.runtime_error_type();
        let results = self.cur_results.clone();
        let final_ret: Option<StmtE> = if named.is_empty() {
            None
        } else {
            let s = ast::Stmt { span, kind: StmtKind::Empty, depth: 1 };
            let saved = std::mem::take(&mut self.cur_named);
            let r = self.ret(&s, named);
            self.cur_named = saved;
            Some(r)
        };
        // Made afresh for each return: an array result must not share its storage.
        let zeros: Vec<(Class, super::arrays::ZeroF)> =
            results.iter().map(|&t| (self.class(t), self.fresh_zero(t, span))).collect();
        Box::new(move |fr| {
            let saved = Saved::take(fr);
            if fr.defer_depth >= crate::runtime::frame::MAX_DEFER_DEPTH {
                panic::stack_overflow();
            }
            fr.defer_depth += 1;
            let result = catch_unwind(AssertUnwindSafe(|| body(fr)));
            fr.defer_depth -= 1;
            let panicking = match result {
                Ok(_) => None,
                Err(payload) => {
                    saved.restore(fr);
                    Some(start_panic(fr, payload, &rt_err, saved.mark))
                }
            };
            let normal = panicking.is_none();
            let regs = (fr.ret_word, std::mem::take(&mut fr.ret_val), std::mem::take(&mut fr.ret_multi));
            run_defers(fr, &saved, panicking, &rt_err);
            // A recovered panic leaves the sites of the calls it unwound.
            fr.sites.truncate(saved.sites);
            // Returning (normally, or after a recovered panic).
            if let Some(r) = &final_ret {
                r(fr);
            } else if normal {
                (fr.ret_word, fr.ret_val, fr.ret_multi) = regs;
            } else {
                set_zero_results(fr, &zeros);
            }
            Flow::Return
        })
    }

    /// `panic(v)`.
    pub(super) fn panic_call(&mut self, args: &[ast::Expr]) -> Option<CallE> {
        let [a] = args else { return None };
        let (_, at) = self.type_of(a);
        let v = if self.prog.types.is_interface(at) { self.value(a) } else { self.to_iface(a, at) };
        let ids = self.print_method_ids();
        Some(Box::new(move |fr| {
            let v = v(fr);
            if matches!(v, Value::Nil) {
                crate::runtime::panic::runtime_error("panic called with nil argument".to_string());
            }
            let shown = match super::methods::call_print_method(fr, &v, &ids) {
                Some(s) => String::from_utf8_lossy(crate::eval::natives::iface_str(&s)).into_owned(),
                None => crate::eval::fmt::panic_shown(&v),
            };
            fr.panic_value = Some(v);
            resume_unwind(Box::new(GoPanic::Go { shown }))
        }))
    }

    /// `recover()`: the panic's value, once, in a call run directly as a deferred call.
    pub(super) fn recover_call(&mut self) -> CallE {
        Box::new(|fr| {
            let mut v = Value::Nil;
            if fr.base == fr.recover_base {
                if let Some(p) = fr.panicking.as_mut().filter(|p| !p.recovered && !p.is_goexit()) {
                    p.recovered = true;
                    v = p.value.clone();
                }
            }
            fr.ret_val = v;
        })
    }

    /// The dynamic types of the values `recover` returns for runtime errors (see
    /// `RT_ERROR_NAMES`).
    fn runtime_error_type(&mut self) -> RtErrorTypes {
        if let Some(t) = &self.rt_error {
            return t.clone();
        }
        let types: Vec<Rc<NamedType>> = RT_ERROR_NAMES.iter().map(|name| self.runtime_error_named(name)).collect();
        let types: RtErrorTypes = Rc::from(types);
        self.rt_error = Some(types.clone());
        types
    }

    /// A runtime error type named `name`: a string whose `Error` method returns it (Go's
    /// runtime.Error values print the same way), with the marker method `RuntimeError`.
    fn runtime_error_named(&mut self, name: &str) -> Rc<NamedType> {
        let error_id = self.print_method_ids()[0];
        let code = Rc::new(FuncCode { size: 1, body: OnceCell::new(), results: vec![Class::Val] });
        let body: StmtE = Box::new(|fr| {
            fr.ret_val = fr.val(0).clone();
            Flow::Return
        });
        let _ = code.body.set(body);
        // `*runtime.PanicNilError` is a pointer type in Go; gint keeps the whole spelling as
        // the name `%T` prints.
        let bare = name.rsplit('.').next().unwrap_or(name);
        let d = Rc::new(NamedType::new(name, bare, "runtime"));
        let _ = d.underlying.set(RType::String);
        let func = Rc::new(FuncValue { code, env: Rc::from(Vec::new()) });
        // RuntimeError(): the no-op method that makes it a runtime.Error.
        let marker = Rc::new(FuncCode { size: 1, body: OnceCell::new(), results: Vec::new() });
        let _ = marker.body.set(Box::new(|_| Flow::Return));
        let runtime_error_id = self.method_key_id("RuntimeError func()");
        let _ = d.methods.set(vec![
            MethodEntry {
                name: error_id,
                sym: Rc::from("Error"),
                typ: func_type(&[], &[RType::String]),
                func,
                ptr_recv: false,
                recv_slot: true,
                recv_word: false,
            },
            MethodEntry {
                name: runtime_error_id,
                sym: Rc::from("RuntimeError"),
                typ: func_type(&[], &[]),
                func: Rc::new(FuncValue { code: marker, env: Rc::from(Vec::new()) }),
                ptr_recv: false,
                recv_slot: true,
                recv_word: false,
            },
        ]);
        d
    }
}

/// Pushes the deferred call of `code` whose arguments are in the window at `base`.
pub(super) fn push_deferred(fr: &mut Frame, code: Rc<FuncCode>, env: Option<Rc<[Value]>>, base: usize) {
    let size = code.size;
    let words: Vec<u64> = fr.words[base..base + size].to_vec();
    let vals: Vec<Value> = fr.vals[base..base + size].iter_mut().map(std::mem::take).collect();
    fr.defers.push(Box::new(move |fr: &mut Frame| {
        let saved_top = fr.top;
        // One slot more than the code needs: calls it makes get another base.
        let base = fr.reserve(size + 1);
        fr.words[base..base + size].copy_from_slice(&words);
        for (i, v) in vals.into_iter().enumerate() {
            fr.vals[base + i] = v;
        }
        fr.recover_base = base;
        let saved_env = env.map(|e| std::mem::replace(&mut fr.env, e));
        let saved = fr.enter(base, size + 1);
        if let Some(body) = code.body.get() {
            body(fr);
        }
        fr.leave(saved, size + 1);
        if let Some(e) = saved_env {
            fr.env = e;
        }
        fr.top = saved_top;
    }));
}

/// Pushes a deferred call of a nil function value: it panics when run.
pub(super) fn push_nil_deferred(fr: &mut Frame) {
    fr.defers.push(Box::new(|_| panic::nil_dereference()));
}

/// A panic caught by a function that defers: what its deferred calls may recover. Exits
/// and fatal errors run no deferred calls: they drop the function's and go on unwinding.
fn start_panic(
    fr: &mut Frame,
    payload: Box<dyn std::any::Any + Send>,
    rt_err: &RtErrorTypes,
    mark: usize,
) -> Panicking {
    let value = match payload.downcast_ref::<GoPanic>() {
        Some(GoPanic::Go { .. }) => fr.panic_value.take().unwrap_or_default(),
        Some(GoPanic::Goexit) => Value::Nil,
        Some(p) => match p.shown() {
            Some(msg) => runtime_error_value(rt_err, msg),
            None => {
                fr.defers.truncate(mark);
                resume_unwind(payload)
            }
        },
        None => resume_unwind(payload),
    };
    Panicking { value, payload, recovered: false }
}

/// The types of Go's runtime errors, by the message they carry (see `rt_error_kind`).
pub(in crate::eval) type RtErrorTypes = Rc<[Rc<NamedType>]>;
const RT_ERROR_NAMES: [&str; 5] = [
    "runtime.errorString",
    "runtime.boundsError",
    "runtime.plainError",
    "*runtime.TypeAssertionError",
    "*runtime.PanicNilError",
];

/// Which of `RT_ERROR_NAMES` Go's runtime panics with for message `msg`.
fn rt_error_kind(msg: &str) -> usize {
    match msg.strip_prefix("runtime error: ") {
        Some(m) if m.starts_with("index out of range") || m.starts_with("slice bounds out of range") => 1,
        Some(m) if m.starts_with("panic called with nil") => 4,
        Some(_) => 0,
        None if msg.starts_with("interface conversion") => 3,
        None => 2,
    }
}

fn runtime_error_value(rt_err: &RtErrorTypes, msg: String) -> Value {
    let t = rt_err[rt_error_kind(&msg).min(rt_err.len() - 1)].clone();
    Value::Iface(Rc::new((RType::Named(t), Value::Str(Str::from_bytes(msg.into_bytes())))))
}

/// Runs the deferred calls pushed since `saved.mark`, last first, with `panicking` as the
/// panic they may recover; a panic of a deferred call replaces it. Resumes the unwind if
/// a panic is left unrecovered at the end.
fn run_defers(fr: &mut Frame, saved: &Saved, panicking: Option<Panicking>, rt_err: &RtErrorTypes) {
    let outer_panic = std::mem::replace(&mut fr.panicking, panicking);
    let outer_recover = fr.recover_base;
    while fr.defers.len() > saved.mark {
        let Some(d) = fr.defers.pop() else { break };
        let r = catch_unwind(AssertUnwindSafe(|| d(fr)));
        fr.recover_base = outer_recover;
        if let Err(payload) = r {
            saved.restore(fr);
            let replaced = fr.panicking.take();
            let mut next = start_panic(fr, payload, rt_err, saved.mark);
            let same = |old: &Panicking| match (&old.value, &next.value) {
                (Value::Iface(a), Value::Iface(b)) => Rc::ptr_eq(a, b),
                _ => false,
            };
            if let Some(old) = replaced.as_ref().filter(|old| old.recovered && same(old)) {
                // `panic(recover())`: Go prints the one panic, marked.
                if let (Some(GoPanic::Go { shown }), Some(old_shown)) = (
                    next.payload.downcast_mut::<GoPanic>(),
                    old.payload.downcast_ref::<GoPanic>().and_then(GoPanic::shown),
                ) {
                    *shown = format!("{old_shown} [recovered, repanicked]");
                }
            } else if let Some(old) = replaced {
                // Go prints the panics a new one replaced before it.
                if let Some(shown) = old.payload.downcast_ref::<GoPanic>().and_then(GoPanic::shown) {
                    let mark = if old.recovered { " [recovered]" } else { "" };
                    fr.panic_prefix.push_str(&format!("panic: {shown}{mark}\n\t"));
                }
            }
            fr.panicking = Some(next);
        }
    }
    let ended = std::mem::replace(&mut fr.panicking, outer_panic);
    fr.recover_base = outer_recover;
    if let Some(p) = ended {
        if !p.recovered {
            // The value goes on with the unwind, to the next function that defers.
            fr.panic_value = Some(p.value);
            resume_unwind(p.payload);
        }
        // Recovered: the panics it replaced are over too.
        fr.panic_prefix.clear();
    }
}

fn set_zero_results(fr: &mut Frame, zeros: &[(Class, super::arrays::ZeroF)]) {
    match zeros {
        [] => {}
        [(Class::Val, z)] => fr.ret_val = z(),
        [(_, z)] => fr.ret_word = value_word(&z()),
        _ => fr.ret_multi = zeros.iter().map(|(_, z)| z()).collect(),
    }
}
