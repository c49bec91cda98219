//! Lowering statements: blocks, declarations, control flow, returns, switches.

use gint_syntax::ast::{self, BinaryOp, BranchKind, ExprKind, StmtKind};
use gint_syntax::span::Span;

use super::*;

impl<'a> Lower<'a> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> StmtE {
        let code: Vec<StmtE> = stmts.iter().map(|s| self.stmt(s)).collect();
        // The statements of this block some `goto` jumps to, by label.
        let targets: Vec<(u32, usize)> = stmts
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match &s.kind {
                StmtKind::Labeled { label, .. } if self.prog.info.is_goto_target(label.id) => Some((label.id.0, i)),
                _ => None,
            })
            .collect();
        if !targets.is_empty() {
            return goto_block(code, targets);
        }
        // Short blocks (most function bodies) are unrolled: no loop over a vector.
        let mut it = code.into_iter();
        match (it.next(), it.next(), it.next()) {
            (None, _, _) => Box::new(|_| Flow::Normal),
            (Some(a), None, _) => a,
            (Some(a), Some(b), None) => Box::new(move |fr| {
                let flow = a(fr);
                if flow != Flow::Normal {
                    return flow;
                }
                b(fr)
            }),
            (Some(a), Some(b), Some(c)) if it.len() == 0 => Box::new(move |fr| {
                let flow = a(fr);
                if flow != Flow::Normal {
                    return flow;
                }
                let flow = b(fr);
                if flow != Flow::Normal {
                    return flow;
                }
                c(fr)
            }),
            (Some(a), Some(b), Some(c)) => {
                let code: Vec<StmtE> = [a, b, c].into_iter().chain(it).collect();
                Box::new(move |fr| {
                    for s in &code {
                        let flow = s(fr);
                        if flow != Flow::Normal {
                            return flow;
                        }
                    }
                    Flow::Normal
                })
            }
        }
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt) -> StmtE {
        match &s.kind {
            StmtKind::Empty => Box::new(|_| Flow::Normal),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Expr(e) => {
                // A call statement is one closure with its call (`direct_call_of`); a result
                // it had is dropped at once.
                let single = !self.prog.types.tuple_elems(self.type_of(e).1).is_some_and(|t| t.len() > 1);
                if single {
                    let done = |fr: &mut Frame| {
                        if !matches!(fr.ret_val, Value::Nil) {
                            fr.ret_val = Value::Nil;
                        }
                        Flow::Normal
                    };
                    if let Some(f) = self.direct_call_of(e, done, |_| Flow::Normal) {
                        return f;
                    }
                }
                let f = self.discard(e);
                Box::new(move |fr| {
                    f(fr);
                    Flow::Normal
                })
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(s, lhs, *op, rhs),
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                let one = ast::Expr { id: ast::NodeId(u32::MAX), span: x.span, kind: ExprKind::Bad, depth: 1 };
                self.op_assign(x, op, &one, true)
            }
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Return(results) => self.ret(s, results),
            StmtKind::If { init, cond, then, els } => {
                let init = init.as_ref().map(|i| self.stmt(i));
                let cond = self.boolean(cond);
                let then = self.block(&then.stmts);
                let els = els.as_ref().map(|e| self.stmt(e));
                // Without an init statement (the common case), no test of one at run time.
                match (init, els) {
                    (None, None) => Box::new(move |fr| if cond(fr) { then(fr) } else { Flow::Normal }),
                    (None, Some(e)) => Box::new(move |fr| if cond(fr) { then(fr) } else { e(fr) }),
                    (init, els) => Box::new(move |fr| {
                        if let Some(i) = &init {
                            i(fr);
                        }
                        if cond(fr) {
                            then(fr)
                        } else if let Some(e) = &els {
                            e(fr)
                        } else {
                            Flow::Normal
                        }
                    }),
                }
            }
            StmtKind::For { init, cond, post, body } => {
                let init_code = init.as_ref().map(|i| self.stmt(i));
                let cells = self.loop_cells(init.as_deref());
                let cond = cond.as_ref().map(|c| self.boolean(c));
                let post = post.as_ref().map(|p| self.stmt(p));
                let body = self.loop_body(&body.stmts);
                if !cells.is_empty() {
                    return Box::new(move |fr| {
                        if let Some(i) = &init_code {
                            i(fr);
                        }
                        loop {
                            if let Some(c) = &cond {
                                if !c(fr) {
                                    break;
                                }
                            }
                            match body(fr) {
                                Flow::Break => break,
                                f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => {
                                    return f
                                }
                                _ => {}
                            }
                            super::closures::renew_cells(fr, &cells);
                            if let Some(p) = &post {
                                p(fr);
                            }
                            fr.tick();
                        }
                        Flow::Normal
                    });
                }
                let init = init_code;
                Box::new(move |fr| {
                    if let Some(i) = &init {
                        i(fr);
                    }
                    loop {
                        if let Some(c) = &cond {
                            if !c(fr) {
                                break;
                            }
                        }
                        match body(fr) {
                            Flow::Break => break,
                            f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => return f,
                            _ => {}
                        }
                        if let Some(p) = &post {
                            p(fr);
                        }
                        fr.tick();
                    }
                    Flow::Normal
                })
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range(s, key.as_ref(), value.as_ref(), *define, x, &body.stmts)
            }
            StmtKind::Branch { kind: BranchKind::Break, label: None } => Box::new(|_| Flow::Break),
            StmtKind::Branch { kind: BranchKind::Continue, label: None } => Box::new(|_| Flow::Continue),
            StmtKind::Switch { init, tag, clauses, .. } => self.switch(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::Labeled { label, stmt } => self.labeled(label, stmt),
            StmtKind::Branch { kind: BranchKind::Fallthrough, .. } => Box::new(|_| Flow::Fallthrough),
            StmtKind::Branch { kind, label: Some(label) } if *kind != BranchKind::Goto => {
                let Some(&(_, id)) = self.labels.iter().rev().find(|(n, _)| **n == *label.name) else {
                    return self.todo(s.span, "this branch statement");
                };
                if *kind == BranchKind::Break {
                    Box::new(move |_| Flow::BreakTo(id))
                } else {
                    Box::new(move |_| Flow::ContinueTo(id))
                }
            }
            StmtKind::Branch { kind: BranchKind::Goto, label: Some(label) } => {
                match self.prog.info.goto_label(label.id) {
                    Some(target) => Box::new(move |_| Flow::Goto(target.0)),
                    None => self.todo(s.span, "this goto"),
                }
            }
            StmtKind::Branch { .. } => self.todo(s.span, "this branch statement"),
            StmtKind::Go(call) => self.go_stmt(s, call),
            StmtKind::Defer(e) => self.defer_stmt(s, e),
            StmtKind::Send { chan, value } => self.send_stmt(chan, value),
            StmtKind::Select { clauses, .. } => self.select_stmt(s.span, clauses),
            StmtKind::TypeSwitch { init, assign, clauses, .. } => self.type_switch(init.as_deref(), assign, clauses),
            StmtKind::Bad => Box::new(|_| Flow::Normal),
        }
    }

    /// `L: stmt`. A `break L` ends the statement; for a loop, the loop's body also turns
    /// `break L` and `continue L` into its own break and continue (`loop_body`).
    fn labeled(&mut self, label: &ast::Ident, stmt: &ast::Stmt) -> StmtE {
        let id = self.label_base;
        self.label_base += 1;
        self.labels.push((Rc::from(label.name.as_str()), id));
        if matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. }) {
            self.loop_label = Some(id);
        }
        let inner = self.stmt(stmt);
        self.loop_label = None;
        self.labels.pop();
        Box::new(move |fr| match inner(fr) {
            Flow::BreakTo(l) if l == id => Flow::Normal,
            f => f,
        })
    }

    /// The body of a loop; if the loop is labeled, `break L` and `continue L` of its label
    /// become the body's own break and continue.
    pub(super) fn loop_body(&mut self, stmts: &[ast::Stmt]) -> StmtE {
        let label = self.loop_label.take();
        let body = self.block(stmts);
        let Some(id) = label else { return body };
        Box::new(move |fr| match body(fr) {
            Flow::BreakTo(l) if l == id => Flow::Break,
            Flow::ContinueTo(l) if l == id => Flow::Continue,
            f => f,
        })
    }

    pub(super) fn todo(&mut self, span: Span, what: &str) -> StmtE {
        self.unsupported(span, what);
        Box::new(|_| Flow::Normal)
    }

    /// An expression evaluated for its effect (a call).
    pub(super) fn discard(&mut self, e: &ast::Expr) -> Box<dyn Fn(&mut Frame)> {
        if let ExprKind::Call { .. } = &e.kind {
            let (mode, _) = self.type_of(e);
            if mode == ExprMode::NoValue {
                return self.call_stmt(e);
            }
        }
        let v = self.value(e);
        Box::new(move |fr| {
            v(fr);
        })
    }

    pub(super) fn local_decl(&mut self, g: &ast::GenDecl) -> StmtE {
        let mut code = Vec::new();
        for spec in &g.specs {
            let ast::Spec::Value(v) = spec else { continue };
            if g.kind != ast::DeclKind::Var {
                continue;
            }
            if v.values.is_empty() {
                for name in &v.names {
                    if let Some(store) = self.zero_var(name) {
                        code.push(store);
                    }
                }
            } else if v.values.len() == v.names.len() {
                let lhs: Vec<ast::Expr> = v.names.iter().map(|n| ident_expr(n)).collect();
                code.push(self.parallel_assign(&lhs, &v.values, g.span));
            } else {
                let lhs: Vec<ast::Expr> = v.names.iter().map(|n| ident_expr(n)).collect();
                code.push(self.tuple_assign(&lhs, &v.values[0], v.span));
            }
        }
        self.seq(code)
    }

    pub(super) fn seq(&mut self, code: Vec<StmtE>) -> StmtE {
        Box::new(move |fr| {
            for s in &code {
                s(fr);
            }
            Flow::Normal
        })
    }

    /// `var x T`: the zero value in x's slot.
    pub(super) fn zero_var(&mut self, name: &ast::Ident) -> Option<StmtE> {
        let obj = self.prog.info.object_of(name.id)?;
        let o = self.prog.objs.get(obj);
        let ObjKind::Var(v) = &o.kind else {
            return None;
        };
        if v.global && v.escapes {
            // Its cell already holds the zero value (`Lower::global_cells`).
            return Some(Box::new(|_| Flow::Normal));
        }
        let class = self.class(self.obj_type(obj));
        let (typ, slot) = (self.obj_type(obj), v.slot);
        if self.holds_array(typ) {
            let zero = self.fresh_zero(typ, name.span);
            return Some(if v.escapes && !v.global {
                Box::new(move |fr| {
                    fr.set_val(slot, Value::Cell(crate::runtime::gc::new_cell(zero())));
                    Flow::Normal
                })
            } else if v.global {
                Box::new(move |fr| {
                    fr.globals[slot as usize] = zero();
                    Flow::Normal
                })
            } else {
                Box::new(move |fr| {
                    fr.set_val(slot, zero());
                    Flow::Normal
                })
            });
        }
        let zero = self.zero(typ, name.span);
        if v.escapes && !v.global {
            return Some(self.zero_cell(slot, class, zero));
        }
        if v.global {
            return Some(Box::new(move |fr| {
                fr.globals[slot as usize] = zero.clone();
                Flow::Normal
            }));
        }
        Some(match class {
            Class::Val => Box::new(move |fr| {
                fr.set_val(slot, zero.clone());
                Flow::Normal
            }),
            _ => Box::new(move |fr| {
                fr.set_word(slot, 0);
                Flow::Normal
            }),
        })
    }

    /// The zero value of a type held as a `Value`.
    pub(super) fn zero(&mut self, t: TypeId, span: Span) -> Value {
        match self.class(t) {
            Class::Int(_) => Value::Int(0),
            Class::Float(_) => Value::Float(0.0),
            Class::Bool => Value::Bool(false),
            Class::Val => match self.prog.types.get(self.prog.types.underlying(t)) {
                Type::Basic(k) if k.is_string() => Value::Str(Str::from_bytes(Vec::new())),
                Type::Basic(k) if k.is_complex() => Value::Complex(Rc::new((0.0, 0.0))),
                Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Signature(_)
                | Type::Interface(_) => Value::Nil,
                Type::Struct { .. } => self.zero_struct(t, span),
                _ => {
                    self.unsupported(span, "values of this type");
                    Value::Nil
                }
            },
        }
    }

    pub(super) fn global_init(
        &mut self,
        pkg: &crate::program::LoadedPackage,
        entry: &crate::types::InitEntry,
    ) -> Option<StmtE> {
        // Find the spec of the entry by its span.
        for file in &pkg.files {
            for d in &file.decls {
                let ast::Decl::Gen(g) = d else { continue };
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    if v.span != entry.spec {
                        continue;
                    }
                    if v.values.is_empty() {
                        let stores: Vec<StmtE> = v.names.iter().filter_map(|n| self.zero_var(n)).collect();
                        return Some(self.seq(stores));
                    }
                    if v.values.len() != v.names.len() {
                        let lhs: Vec<ast::Expr> = v.names.iter().map(|n| ident_expr(n)).collect();
                        return Some(self.tuple_assign(&lhs, &v.values[0], v.span));
                    }
                    let lhs: Vec<ast::Expr> = v.names.iter().map(|n| ident_expr(n)).collect();
                    return Some(self.parallel_assign(&lhs, &v.values, v.span));
                }
            }
        }
        None
    }

    pub(super) fn ret(&mut self, s: &ast::Stmt, results: &[ast::Expr]) -> StmtE {
        if results.is_empty() && !self.cur_named.is_empty() {
            let named = std::mem::take(&mut self.cur_named);
            let r = self.ret(s, &named);
            self.cur_named = named;
            return r;
        }
        if results.is_empty() {
            return Box::new(|_| Flow::Return);
        }
        if self.cur_defers && !self.cur_named.is_empty() {
            // Deferred calls may change the named results: store into them; they are read
            // back after the deferred calls ran (`defers::with_defers`).
            // Not the results' declarations (which would make fresh cells): uses at `s`.
            let named: Vec<ast::Expr> = self
                .cur_named
                .iter()
                .map(|n| {
                    let mut n = n.clone();
                    if let ExprKind::Ident(id) = &mut n.kind {
                        id.span = s.span;
                    }
                    n
                })
                .collect();
            let store = if results.len() == named.len() {
                self.parallel_assign(&named, results, s.span)
            } else {
                self.tuple_assign(&named, &results[0], s.span)
            };
            return Box::new(move |fr| {
                store(fr);
                Flow::Return
            });
        }
        if results.len() > 1 {
            let types = self.cur_results.clone();
            let vals: Vec<ValE> = results.iter().zip(&types).map(|(e, &t)| self.value_as(e, t)).collect();
            return Box::new(move |fr| {
                let vs: Vec<Value> = vals.iter().map(|v| v(fr)).collect();
                fr.ret_multi = vs;
                Flow::Return
            });
        }
        if self.cur_results.len() > 1 {
            // `return g()` where g returns as many results: they are already in place, but
            // for those of concrete type returned as an interface, which get their type.
            let Some((c, types)) = self.multi_call(&results[0]) else {
                return Box::new(|_| Flow::Return);
            };
            let results = self.cur_results.clone();
            let boxes = self.result_boxes(&results, &types);
            if boxes.iter().all(Option::is_none) {
                return Box::new(move |fr| {
                    c(fr);
                    Flow::Return
                });
            }
            return Box::new(move |fr| {
                c(fr);
                for (v, b) in fr.ret_multi.iter_mut().zip(&boxes) {
                    if let Some(rt) = b {
                        *v = Value::Iface(Rc::new((rt.clone(), std::mem::take(v))));
                    }
                }
                Flow::Return
            });
        }
        let e = &results[0];
        let t = match self.cur_results.first() {
            Some(&t) => t,
            None => self.type_of(e).1,
        };
        // The result's class is the function's declared result type (e may be untyped).
        match self.class(t) {
            Class::Int(_) => {
                let v = self.int(e);
                Box::new(move |fr| {
                    fr.ret_word = v(fr) as u64;
                    Flow::Return
                })
            }
            Class::Float(_) => {
                let v = self.float(e);
                Box::new(move |fr| {
                    fr.ret_word = v(fr).to_bits();
                    Flow::Return
                })
            }
            Class::Bool => {
                let v = self.boolean(e);
                Box::new(move |fr| {
                    fr.ret_word = v(fr) as u64;
                    Flow::Return
                })
            }
            Class::Val => {
                let v = self.value_as(e, t);
                Box::new(move |fr| {
                    fr.ret_val = v(fr);
                    Flow::Return
                })
            }
        }
    }

    pub(super) fn switch(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
    ) -> StmtE {
        let init = init.map(|i| self.stmt(i));
        // The tag is evaluated once; each case value is compared with it in order.
        let tag_type = tag.map(|t| {
            let (_, tt) = self.type_of(t);
            crate::types::predicates::default_type(&self.prog.types, tt)
        });
        if let Some(t) = tag_type {
            if self.struct_fields(t).is_some() && self.holds_array(t) {
                self.unsupported(tag.map_or(Span::default(), |t| t.span), "switch on structs holding arrays");
            }
        }
        // Integer tags and tagless switches compare words; other tags compare values.
        let tag = match tag.zip(tag_type) {
            None => SwitchTag::Bool,
            Some((t, tt)) if matches!(self.class(tt), Class::Int(_)) => SwitchTag::Int(self.int(t)),
            Some((t, tt)) => SwitchTag::Value(self.value_as(t, tt), tt),
        };
        // The clauses' bodies in source order (a `fallthrough` runs the next one), and
        // the case values of each clause with a list.
        let mut bodies: Vec<StmtE> = Vec::new();
        let mut cases: Vec<(Vec<CaseE>, usize)> = Vec::new();
        let mut default: Option<usize> = None;
        for c in clauses {
            bodies.push(self.block(&c.body));
            let at = bodies.len() - 1;
            match &c.list {
                None => default = Some(at),
                Some(list) => {
                    let vals = list
                        .iter()
                        .map(|v| match &tag {
                            SwitchTag::Bool => CaseE::Bool(self.boolean(v)),
                            SwitchTag::Int(_) => CaseE::Int(self.int(v)),
                            SwitchTag::Value(_, tt) => CaseE::Value(self.value_as(v, *tt)),
                        })
                        .collect();
                    cases.push((vals, at));
                }
            }
        }
        Box::new(move |fr| {
            if let Some(i) = &init {
                i(fr);
            }
            let chosen = match &tag {
                SwitchTag::Bool => cases.iter().find(|(vals, _)| {
                    vals.iter().any(|v| match v {
                        CaseE::Bool(b) => b(fr),
                        _ => false,
                    })
                }),
                SwitchTag::Int(t) => {
                    let t = t(fr);
                    cases.iter().find(|(vals, _)| {
                        vals.iter().any(|v| match v {
                            CaseE::Int(x) => x(fr) == t,
                            _ => false,
                        })
                    })
                }
                SwitchTag::Value(t, _) => {
                    let t = t(fr);
                    cases.iter().find(|(vals, _)| {
                        vals.iter().any(|v| match v {
                            CaseE::Value(x) => crate::runtime::value::values_eq(&t, &x(fr)),
                            _ => false,
                        })
                    })
                }
            }
            .map(|c| c.1);
            let Some(mut at) = chosen.or(default) else { return Flow::Normal };
            loop {
                match bodies[at](fr) {
                    Flow::Fallthrough if at + 1 < bodies.len() => at += 1,
                    Flow::Break | Flow::Fallthrough => return Flow::Normal,
                    f => return f,
                }
            }
        })
    }

    pub(super) fn range(
        &mut self,
        s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        _define: bool,
        x: &ast::Expr,
        body: &[ast::Stmt],
    ) -> StmtE {
        let (_, t) = self.type_of(x);
        if let Some(r) = self.map_range(key, value, x, body) {
            return r;
        }
        if let Some(r) = self.chan_range(key, x, body) {
            return r;
        }
        if !matches!(self.class(t), Class::Int(_)) {
            if let Some(r) = self.range_seq(key, value, x, body) {
                return r;
            }
        }
        if self.prog.types.signature(t).is_some() {
            return self.range_func(key, value, x, body).unwrap_or_else(|| Box::new(|_| Flow::Normal));
        }
        if !matches!(self.class(t), Class::Int(_)) || value.is_some() {
            self.unsupported(s.span, "range over anything but an integer");
            return Box::new(|_| Flow::Normal);
        }
        let n = self.int(x);
        let store = key.map(|k| self.int_store_from(k, t));
        let body = self.loop_body(body);
        Box::new(move |fr| {
            let n = n(fr);
            let mut i = 0;
            while i < n {
                if let Some(st) = &store {
                    st(fr, i);
                }
                match body(fr) {
                    Flow::Break => break,
                    f @ (Flow::Return | Flow::BreakTo(_) | Flow::ContinueTo(_) | Flow::Goto(_)) => return f,
                    _ => {}
                }
                i += 1;
            }
            Flow::Normal
        })
    }
}

/// A block holding labels that `goto`s jump to: a `Flow::Goto` to one of them goes on
/// from its statement (forward or backward); one to any other label leaves the block,
/// for an enclosing block to take (the checker allows no jump into a block).
fn goto_block(code: Vec<StmtE>, targets: Vec<(u32, usize)>) -> StmtE {
    Box::new(move |fr| {
        let mut pc = 0;
        while let Some(s) = code.get(pc) {
            match s(fr) {
                Flow::Normal => pc += 1,
                Flow::Goto(l) => match targets.iter().find(|t| t.0 == l) {
                    Some(&(_, at)) => {
                        pc = at;
                        // A backward goto is a loop: let other goroutines run.
                        fr.tick();
                    }
                    None => return Flow::Goto(l),
                },
                f => return f,
            }
        }
        Flow::Normal
    })
}

/// A switch statement's tag, by how its case values are compared with it.
enum SwitchTag {
    /// No tag: the first case that is true.
    Bool,
    /// An integer tag: compared as words of its type.
    Int(IntE),
    /// Any other tag (of the type given): compared as Go values.
    Value(ValE, TypeId),
}

/// One case value of a switch, lowered as its tag wants it.
enum CaseE {
    Bool(BoolE),
    Int(IntE),
    Value(ValE),
}
