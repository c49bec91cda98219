//! Lowering goroutines and channels: `go`, `make(chan T, n)`, send, receive (plain and
//! comma-ok), `close`, `len`/`cap`, `for v := range ch` and `select`. Elements cross a
//! channel as `Value`s; the runtime side is `runtime::chan` and `runtime::sched`.

use gint_syntax::ast::{self, ExprKind, StmtKind, UnaryOp};
use gint_syntax::span::Span;

use super::*;
use crate::runtime::chan::{self, Case};
use crate::runtime::sched;
use crate::types::types::Type;

type WordE = Box<dyn Fn(&mut Frame) -> u64>;
type StoreE = Box<dyn Fn(&mut Frame, Value)>;

impl<'a> Lower<'a> {
    /// The element type of a channel type, or None.
    pub(super) fn chan_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Chan { elem, .. } => Some(*elem),
            _ => None,
        }
    }

    /// `go f(args)`: the function value and the arguments are evaluated now, by the
    /// goroutine running the statement; the call runs in a new goroutine.
    pub(super) fn go_stmt(&mut self, s: &ast::Stmt, call: &ast::Expr) -> StmtE {
        let ExprKind::Call { fun, .. } = &call.kind else {
            self.unsupported(s.span, "go of a non-call");
            return Box::new(|_| Flow::Normal);
        };
        // Methods, built-ins, conversions and a package's natives run as a deferred call
        // would (`go_deferred`); function values directly.
        let selection = self.prog.info.selection(fun.id).is_some();
        let builtin_or_conv = matches!(self.callee(fun), Some(Callee::Builtin(_)) | Some(Callee::Native(..)))
            || self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr);
        let (_, ft) = self.type_of(fun);
        let sig = self.prog.types.signature(ft).cloned();
        let (Some(sig), false, false) = (sig, selection, builtin_or_conv) else {
            return self.go_deferred(s, call);
        };
        let f = self.value(fun);
        let Some(pushes) = self.args_for(&sig, call, 0) else {
            return Box::new(|_| Flow::Normal);
        };
        let n = sig.params.len();
        Box::new(move |fr| {
            let Value::Func(fv) = f(fr) else { panic::nil_dereference() };
            // Evaluate the arguments into a scratch window, then move them out.
            let saved_top = fr.top;
            let base = fr.reserve(n);
            fr.top = base + n;
            for p in &pushes {
                p.put(fr, base);
            }
            let words: Vec<u64> = fr.words[base..base + n].to_vec();
            let vals: Vec<Value> = fr.vals[base..base + n].iter_mut().map(std::mem::take).collect();
            fr.top = saved_top;
            sched::spawn(Box::new(move |fr: &mut Frame| {
                let size = fv.code.size;
                let base = fr.reserve(size);
                fr.top = base + size;
                fr.words[base..base + n].copy_from_slice(&words);
                drop(words);
                for (i, v) in vals.into_iter().enumerate() {
                    fr.vals[base + i] = v;
                }
                fr.env = fv.env.clone();
                super::call(fr, &fv.code, base);
            }));
            Flow::Normal
        })
    }

    /// `go x.m(args)`, `go fmt.Println(args)` and other calls that `defer` can lower: the
    /// call is lowered in its `defer` form (function value, receiver and arguments
    /// evaluated now, the call kept as a record), and the record runs in a new goroutine.
    fn go_deferred(&mut self, s: &ast::Stmt, call: &ast::Expr) -> StmtE {
        self.deferring = true;
        let c = self.call_code(call);
        if std::mem::take(&mut self.deferring) {
            self.unsupported(s.span, "go of this call");
        }
        let Some(c) = c else { return Box::new(|_| Flow::Normal) };
        Box::new(move |fr| {
            let mark = fr.defers.len();
            c(fr);
            if fr.defers.len() > mark {
                if let Some(record) = fr.defers.pop() {
                    sched::spawn(record);
                }
            }
            Flow::Normal
        })
    }

    /// `make(chan T)` and `make(chan T, n)`.
    pub(super) fn chan_make(&mut self, e: &ast::Expr) -> Option<ValE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        if !matches!(self.callee(fun), Some(Callee::Builtin(crate::types::object::Builtin::Make))) {
            return None;
        }
        self.chan_elem(self.type_of(e).1)?;
        let n = args.get(1).map(|a| self.int(a));
        Some(Box::new(move |fr| chan::make(n.as_ref().map_or(0, |n| n(fr)))))
    }

    /// `len(ch)`, `cap(ch)`.
    pub(super) fn chan_len_cap(&mut self, b: crate::types::object::Builtin, args: &[ast::Expr]) -> Option<IntE> {
        use crate::types::object::Builtin;
        self.chan_elem(self.type_of(args.first()?).1)?;
        let c = self.value(&args[0]);
        match b {
            Builtin::Len => Some(Box::new(move |fr| chan::len(&c(fr)))),
            Builtin::Cap => Some(Box::new(move |fr| chan::cap(&c(fr)))),
            _ => None,
        }
    }

    /// `close(ch)`.
    pub(super) fn chan_close(&mut self, args: &[ast::Expr]) -> Option<CallE> {
        self.chan_elem(self.type_of(args.first()?).1)?;
        let c = self.value(&args[0]);
        Some(Box::new(move |fr| chan::close(&c(fr))))
    }

    /// `ch <- v`.
    pub(super) fn send_stmt(&mut self, ch: &ast::Expr, v: &ast::Expr) -> StmtE {
        let Some(et) = self.chan_elem(self.type_of(ch).1) else {
            self.unsupported(ch.span, "send on this value");
            return Box::new(|_| Flow::Normal);
        };
        let c = self.value(ch);
        let v = self.value_as(v, et);
        Box::new(move |fr| {
            let c = c(fr);
            let v = v(fr);
            chan::send(fr, &c, v);
            Flow::Normal
        })
    }

    /// `<-ch` as a `Value` (scalars as `Value::Int`/`Float`/`Bool`).
    pub(super) fn recv_value(&mut self, x: &ast::Expr) -> ValE {
        let Some(et) = self.chan_elem(self.type_of(x).1) else {
            return self.bad_value(x);
        };
        let zero = self.fresh_zero(et, x.span)();
        let c = self.value(x);
        Box::new(move |fr| {
            let c = c(fr);
            chan::recv(fr, &c, &zero).0
        })
    }

    /// `<-ch` as a word of class `class`, if `e` is a receive.
    pub(super) fn recv_word(&mut self, e: &ast::Expr) -> Option<WordE> {
        let ExprKind::Unary { op: UnaryOp::Recv, x } = &e.kind else { return None };
        let v = self.recv_value(x);
        Some(Box::new(move |fr| value_word(&v(fr))))
    }

    /// `v, ok = <-ch` and `v, ok := <-ch`.
    pub(super) fn recv_comma_ok(&mut self, lhs: &[ast::Expr], rhs: &ast::Expr) -> Option<StmtE> {
        let ExprKind::Unary { op: UnaryOp::Recv, x } = &strip_parens(rhs).kind else { return None };
        let et = self.chan_elem(self.type_of(x).1)?;
        let zero = self.zero_no_array(et, x.span);
        let c = self.value(x);
        let sv = self.comma_ok_store(&lhs[0], rhs, et);
        let sok = self.ok_store(&lhs[1]);
        Some(Box::new(move |fr| {
            let c = c(fr);
            let (v, ok) = chan::recv(fr, &c, &zero);
            sv(fr, v);
            sok(fr, Value::Bool(ok));
            Flow::Normal
        }))
    }

    /// `for v := range ch`: receives until the channel is closed and drained.
    pub(super) fn chan_range(&mut self, key: Option<&ast::Expr>, x: &ast::Expr, body: &[ast::Stmt]) -> Option<StmtE> {
        let et = self.chan_elem(self.type_of(x).1)?;
        let zero = self.zero_no_array(et, x.span);
        let c = self.value(x);
        let st = key.filter(|k| !is_blank(k)).map(|k| self.value_store_from(k, et));
        let body = self.loop_body(body);
        Some(Box::new(move |fr| {
            let c = c(fr);
            loop {
                let (v, ok) = chan::recv(fr, &c, &zero);
                if !ok {
                    break;
                }
                if let Some(st) = &st {
                    st(fr, v);
                }
                match body(fr) {
                    Flow::Break => break,
                    f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => return f,
                    _ => {}
                }
            }
            Flow::Normal
        }))
    }

    /// `select { … }`.
    pub(super) fn select_stmt(&mut self, span: Span, clauses: &[ast::CommClause]) -> StmtE {
        type ChanE = ValE;
        struct Arm {
            ch: ChanE,
            send: Option<ValE>,
            zero: Value,
            /// Stores the received value and ok, for `case v, ok := <-ch`.
            store: Vec<StoreE>,
            body: StmtE,
        }
        let mut arms = Vec::new();
        let mut default = None;
        for c in clauses {
            let Some(comm) = &c.comm else {
                default = Some(self.block(&c.body));
                continue;
            };
            let (ch_e, send, lhs): (&ast::Expr, Option<&ast::Expr>, &[ast::Expr]) = match &comm.kind {
                StmtKind::Send { chan, value } => (chan, Some(value), &[]),
                StmtKind::Expr(e) => match &strip_parens(e).kind {
                    ExprKind::Unary { op: UnaryOp::Recv, x } => (x, None, &[]),
                    _ => {
                        self.unsupported(comm.span, "this select case");
                        continue;
                    }
                },
                StmtKind::Assign { lhs, rhs, .. } if rhs.len() == 1 => match &strip_parens(&rhs[0]).kind {
                    ExprKind::Unary { op: UnaryOp::Recv, x } => (x, None, lhs.as_slice()),
                    _ => {
                        self.unsupported(comm.span, "this select case");
                        continue;
                    }
                },
                _ => {
                    self.unsupported(comm.span, "this select case");
                    continue;
                }
            };
            let Some(et) = self.chan_elem(self.type_of(ch_e).1) else {
                self.unsupported(ch_e.span, "select on this value");
                continue;
            };
            let ch = self.value(ch_e);
            let send = send.map(|v| self.value_as(v, et));
            let zero = self.zero_no_array(et, ch_e.span);
            let store = lhs
                .iter()
                .enumerate()
                .map(|(i, l)| if i == 1 { self.ok_store(l) } else { self.value_store_from(l, et) })
                .collect();
            let body = self.block(&c.body);
            arms.push(Arm { ch, send, zero, store, body });
        }
        let _ = span;
        let zeros: Vec<Value> = arms.iter().map(|a| a.zero.clone()).collect();
        Box::new(move |fr| {
            let mut cases = Vec::with_capacity(arms.len());
            for a in &arms {
                let ch = (a.ch)(fr);
                let send = a.send.as_ref().map(|s| s(fr));
                cases.push(Case { ch, send });
            }
            match chan::select(fr, cases, &zeros, default.is_some()) {
                (None, _, _) => match default.as_ref().map(|d| d(fr)) {
                    Some(Flow::Break) | None => Flow::Normal,
                    Some(f) => f,
                },
                (Some(i), v, ok) => {
                    let a = &arms[i];
                    if let Some(st) = a.store.first() {
                        st(fr, v);
                    }
                    if let Some(st) = a.store.get(1) {
                        st(fr, Value::Bool(ok));
                    }
                    // `break` in a select ends the select.
                    match (a.body)(fr) {
                        Flow::Break => Flow::Normal,
                        f => f,
                    }
                }
            }
        })
    }
}

fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

impl<'a> Lower<'a> {
    /// A call of a method declared without a body (`native_pkgs`: sync's locks, time's
    /// timers); with `deferring`, its `defer` form.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn native_method(
        &mut self,
        x: &ast::Expr,
        obj: ObjId,
        path: &[usize],
        ptr_recv: bool,
        args: &[ast::Expr],
        deferring: bool,
        span: Span,
    ) -> Option<CallE> {
        let decl = *self.decls.get(&obj)?;
        let recv_t = self.prog.info.type_of(decl.recv.as_ref()?.typ.id)?.typ;
        let recv = crate::types::typestring::type_string(&self.prog.types, &self.prog.objs, recv_t, &|p| {
            self.prog.packages.get(p.0 as usize).map(|p| p.name.clone())
        });
        let name = format!("{recv}.{}", decl.name.name);
        crate::eval::native_pkgs::lookup(&name)?;
        let r = self.receiver(x, path, ptr_recv, span)?;
        crate::eval::native_pkgs::lower_call(self, &name, obj, Some(r), args, deferring, span)
    }
}
