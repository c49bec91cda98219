//! Statements (go/types' stmt.go): blocks, local declarations, control flow, `go`/`defer`,
//! `return`, switches, `select` and `for`/`range`.

use gint_syntax::ast::{self, AssignOp, BranchKind, ExprKind, StmtKind};

use super::check::Checker;
use super::constant::Value;
use super::object::{ObjKind, VarInfo};
use super::operand::{Mode, Operand};
use super::scope::ScopeKind;
use super::types::{BasicKind, ChanDir, Type, TypeId};

/// What a `break` or `continue` without label may refer to.
#[derive(Clone, Copy, Default)]
pub(super) struct StmtContext {
    pub in_loop: bool,
    pub in_break_target: bool,
    /// `fallthrough` is allowed (last statement of a non-final expression switch case).
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
}

impl<'a> Checker<'a> {
    pub(super) fn stmt_list(&mut self, stmts: &'a [ast::Stmt]) {
        self.stmt_list_ctx(stmts, StmtContext::default());
    }

    fn stmt_list_ctx(&mut self, stmts: &'a [ast::Stmt], ctx: StmtContext) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            let mut inner = ctx;
            // fallthrough is only allowed as the last statement of a case.
            inner.fallthrough_ok = ctx.fallthrough_ok && i + 1 == n;
            self.stmt(s, inner);
        }
    }

    fn open_scope(&mut self) {
        self.scope = self.scopes.new_scope(Some(self.scope), ScopeKind::Block);
    }

    fn close_scope(&mut self) {
        if let Some(p) = self.scopes.get(self.scope).parent {
            self.scope = p;
        }
    }

    fn block(&mut self, b: &'a ast::Block, ctx: StmtContext) {
        self.open_scope();
        self.stmt_list_ctx(&b.stmts, ctx);
        self.close_scope();
    }

    fn stmt(&mut self, s: &'a ast::Stmt, ctx: StmtContext) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, ctx),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => self.send_stmt(chan, value),
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "++" } else { "--" };
                // As with `x op= y`, gc counts `x++` as a use of x.
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                // (For a type parameter: every type of its type set.)
                let numeric = match self.type_set_all(xv.typ, BasicKind::is_numeric) {
                    Some(all) => all,
                    None => self.types.basic_kind(xv.typ).is_some_and(|k| k.is_numeric()),
                };
                if !numeric {
                    let xs = self.expr_string(x);
                    let d = self.operand_description(&xv);
                    self.error(
                        s.span,
                        format!("invalid operation: {xs}{op} (non-numeric type {})", self.type_string(xv.typ)),
                    );
                    let _ = d;
                    return;
                }
                self.assign_target(x);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(s, lhs, *op, rhs),
            StmtKind::Go(e) => self.call_stmt("go", e),
            StmtKind::Defer(e) => self.call_stmt("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch_stmt(s, *kind, label.as_ref(), ctx),
            StmtKind::Block(b) => self.block(b, ctx),
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                if let Some(init) = init {
                    self.simple_stmt(init);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.types.basic_kind(x.typ).is_some_and(|k| k.is_boolean()) {
                    let cs = self.expr_string(cond);
                    let d = self.operand_description(&x);
                    self.error(cond.span, format!("non-boolean condition in if statement"));
                    let _ = (cs, d);
                }
                self.block(then, ctx);
                if let Some(els) = els {
                    self.stmt(els, ctx);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, ctx)
            }
            StmtKind::TypeSwitch { init, assign, clauses, .. } => {
                self.type_switch_stmt(init.as_deref(), assign, clauses, ctx)
            }
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses, ctx),
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                if let Some(init) = init {
                    self.simple_stmt(init);
                }
                if let Some(cond) = cond {
                    let x = self.expr(cond);
                    if !x.is_invalid() && !self.types.basic_kind(x.typ).is_some_and(|k| k.is_boolean()) {
                        self.error(cond.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(post) = post {
                    self.simple_stmt(post);
                }
                let inner = StmtContext { in_loop: true, in_break_target: true, fallthrough_ok: false, ..ctx };
                self.block(body, inner);
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, ctx)
            }
        }
    }

    fn simple_stmt(&mut self, s: &'a ast::Stmt) {
        self.stmt(s, StmtContext::default());
    }

    /// An expression statement: only calls and receives may stand alone.
    fn expr_stmt(&mut self, e: &'a ast::Expr) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let inner = super::expr::unparen(e);
        let ok = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                // Calls of most built-ins produce a value that must be used.
                match self.info.type_of(fun.id).map(|t| &t.mode) {
                    Some(super::info::ExprMode::Builtin) => {
                        let name = self.expr_string(super::expr::unparen(fun));
                        matches!(
                            name.as_str(),
                            "copy" | "panic" | "print" | "println" | "recover" | "close" | "delete" | "clear"
                        )
                    }
                    Some(super::info::ExprMode::TypeExpr) => false,
                    _ => true,
                }
            }
            ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => true,
            _ => false,
        };
        if !ok {
            let s = self.expr_string(e);
            let msg = match x.mode {
                Mode::TypeExpr => format!("{s} (type) is not an expression"),
                Mode::Builtin(b) => format!("{} (built-in) must be called", b.name()),
                _ => format!("{s} ({}) is not used", self.operand_description(&x)),
            };
            self.error(e.span, msg);
        }
    }

    fn send_stmt(&mut self, chan: &'a ast::Expr, value: &'a ast::Expr) {
        let ch = self.expr(chan);
        let mut v = self.expr(value);
        if ch.is_invalid() || v.is_invalid() {
            return;
        }
        match self.types.get(self.types.core(ch.typ)).clone() {
            Type::Chan { dir, elem } => {
                if dir == ChanDir::Recv {
                    let cs = self.expr_string(chan);
                    let d = self.operand_description(&ch);
                    self.error(
                        chan.span,
                        format!(
                            "invalid operation: cannot send to receive-only channel {} {cs} ({d})",
                            self.type_string(ch.typ)
                        ),
                    );
                    return;
                }
                self.assignment(&mut v, elem, "send");
            }
            _ => {
                let cs = self.expr_string(chan);
                let d = self.operand_description(&ch);
                if self.types.is_type_param(ch.typ) {
                    let why = self.chan_core_cause(ch.typ, true);
                    self.error(chan.span, format!("invalid operation: cannot send to {cs} ({d}): {why}"));
                    return;
                }
                self.error(
                    chan.span,
                    format!("invalid operation: cannot send to non-channel {} {cs} ({d})", self.type_string(ch.typ)),
                );
            }
        }
    }

    /// `go f(x)` and `defer f(x)`: the expression must be a function call.
    fn call_stmt(&mut self, what: &str, e: &'a ast::Expr) {
        let inner = super::expr::unparen(e);
        let ExprKind::Call { fun, .. } = &inner.kind else {
            self.expr(e);
            self.error(e.span, format!("expression in {what} must be function call"));
            return;
        };
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        if let Some(tv) = self.info.type_of(fun.id) {
            match tv.mode {
                super::info::ExprMode::Builtin => {
                    let name = self.expr_string(super::expr::unparen(fun));
                    let allowed = matches!(
                        name.as_str(),
                        "copy" | "panic" | "print" | "println" | "recover" | "close" | "delete" | "clear"
                    );
                    if !allowed {
                        let s = self.expr_string(e);
                        let d = self.operand_description(&x);
                        self.error(e.span, format!("{what} discards result of {s} ({d})"));
                    }
                }
                super::info::ExprMode::TypeExpr => {
                    let s = self.expr_string(e);
                    let d = self.operand_description(&x);
                    self.error(e.span, format!("{what} requires function call, not conversion {s} ({d})"));
                }
                _ => {}
            }
        }
    }

    fn return_stmt(&mut self, s: &'a ast::Stmt, results: &'a [ast::Expr]) {
        let Some(func) = self.func.clone() else { return };
        let want: Vec<TypeId> = self.types.signature(func.sig).map(|s| s.results.clone()).unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && func.named_results.is_empty() {
                let w = self.tuple_string(&want);
                self.error(s.span, format!("not enough return values\n\thave ()\n\twant {w}"));
            }
            // A bare return must see every named result (an implementation restriction gc
            // makes, as the spec allows).
            for &obj in &func.named_results {
                let name = self.objs.get(obj).name.clone();
                match self.scopes.lookup(self.scope, &name) {
                    Some((_, alt)) if alt != obj && &*name != "_" => {
                        let t = self.type_string(self.objs.get(alt).typ);
                        let d = crate::diag::Diagnostic::error(
                            s.span,
                            format!("result parameter {name} not in scope at return"),
                        )
                        .with_label(self.objs.get(alt).pos, format!("inner declaration of var {name} {t}"));
                        self.diags.push(d);
                    }
                    _ => {}
                }
            }
            return;
        }
        if want.is_empty() {
            let have = self.operand_types_string(results);
            self.error(results[0].span, format!("too many return values\n\thave ({have})\n\twant ()"));
            return;
        }
        let values: Vec<Operand> = if results.len() == 1 && want.len() > 1 {
            self.expr_list_value(&results[0])
        } else {
            results
                .iter()
                .zip(want.iter().map(Some).chain(std::iter::repeat(None)))
                .map(|(r, t)| self.expr_with_hint(r, t.copied()))
                .collect()
        };
        if values.len() != want.len() {
            let have = self.values_string(&values);
            let w = self.tuple_string(&want);
            let (msg, at) = if values.len() < want.len() {
                ("not enough return values", results.last().map_or(s.span, |r| r.span))
            } else {
                ("too many return values", results[want.len().min(results.len() - 1)].span)
            };
            self.error(at, format!("{msg}\n\thave {have}\n\twant {w}"));
            return;
        }
        for (mut x, t) in values.into_iter().zip(want) {
            self.assignment(&mut x, t, "return statement");
        }
    }

    /// `(int, string)` for the types of checked operands, untyped ones as `number`.
    fn values_string(&self, values: &[Operand]) -> String {
        let types: Vec<TypeId> = values.iter().map(|x| x.typ).collect();
        self.types_summary(&types, false, false)
    }

    fn operand_types_string(&mut self, results: &'a [ast::Expr]) -> String {
        let values: Vec<Operand> = results.iter().map(|r| self.expr(r)).collect();
        let s = self.values_string(&values);
        s[1..s.len() - 1].to_string()
    }

    pub(super) fn tuple_string(&self, types: &[TypeId]) -> String {
        let parts: Vec<String> = types.iter().map(|t| self.type_string(*t)).collect();
        format!("({})", parts.join(", "))
    }

    fn branch_stmt(&mut self, s: &'a ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>, ctx: StmtContext) {
        match kind {
            BranchKind::Break => {
                if label.is_none() && !ctx.in_break_target {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            BranchKind::Continue => {
                if label.is_none() && !ctx.in_loop {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            BranchKind::Fallthrough => {
                if ctx.in_type_switch {
                    self.error(s.span, "cannot fallthrough in type switch");
                } else if ctx.final_switch_case && ctx.fallthrough_ok {
                    self.error(s.span, "cannot fallthrough final case in switch");
                } else if !ctx.fallthrough_ok {
                    self.error(s.span, "fallthrough statement out of place");
                }
            }
            BranchKind::Goto => {}
        }
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a ast::Stmt>,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        ctx: StmtContext,
    ) {
        self.open_scope();
        if let Some(init) = init {
            self.simple_stmt(init);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.single_value(&mut x);
                if self.types.is_untyped(x.typ) {
                    if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
                        self.error(t.span, "use of untyped nil in switch expression");
                        x.mode = Mode::Invalid;
                    } else {
                        let d = super::predicates::default_type(&self.types, x.typ);
                        self.implicit_type(&mut x, d);
                    }
                }
                x
            }
            None => {
                let t = self.basic(BasicKind::Bool);
                Operand {
                    mode: Mode::Constant(Value::Bool(true)),
                    typ: t,
                    id: None,
                    span: gint_syntax::span::Span::default(),
                }
            }
        };
        if tag.is_some()
            && !x.is_invalid()
            && !super::predicates::comparable(&self.types, x.typ)
            && !super::predicates::has_nil(&self.types, x.typ)
        {
            let s = self.span_text(x.span);
            let d = self.operand_description(&x);
            self.error(x.span, format!("cannot switch on {s} ({d})"));
            x.mode = Mode::Invalid;
        }
        let mut first_default = None;
        let mut seen: Vec<(Value, TypeId, gint_syntax::span::Span)> = Vec::new();
        let n = clauses.len();
        for (i, c) in clauses.iter().enumerate() {
            match &c.list {
                None => self.multiple_defaults(&mut first_default, c.span),
                Some(list) => {
                    for e in list {
                        self.case_value(&x, e, tag, &mut seen);
                    }
                }
            }
            self.open_scope();
            let inner = StmtContext {
                in_break_target: true,
                fallthrough_ok: true,
                final_switch_case: i + 1 == n,
                in_type_switch: false,
                ..ctx
            };
            self.stmt_list_ctx(&c.body, inner);
            self.close_scope();
        }
        self.close_scope();
    }

    /// One `case` value of an expression switch: comparable with the tag; duplicate
    /// constants are errors.
    fn case_value(
        &mut self,
        tag: &Operand,
        e: &'a ast::Expr,
        tag_expr: Option<&'a ast::Expr>,
        seen: &mut Vec<(Value, TypeId, gint_syntax::span::Span)>,
    ) {
        let y = self.expr(e);
        if y.is_invalid() || tag.is_invalid() {
            return;
        }
        // Compare the case value with the tag (a switch without tag compares with true);
        // errors are reported at the case value.
        let mut y = y;
        if !self.convert_untyped_strict(&mut y, tag.typ) {
            return;
        }
        let text = self.expr_string(e);
        let r = self.comparison(&text, e.span, ast::BinaryOp::Eql, y.clone(), tag.clone(), true);
        if r.is_invalid() {
            return;
        }
        if let Mode::Constant(v) = &y.mode {
            let vt = if self.types.is_untyped(y.typ) { tag.typ } else { y.typ };
            if tag_expr.is_some() {
                if let Some((_, _, prev)) =
                    seen.iter().find(|(pv, pt, _)| *pt == vt && super::constant::compare(pv, ast::BinaryOp::Eql, v))
                {
                    let prev = *prev;
                    let vs = self.expr_string(e);
                    let desc = self.operand_description(&Operand { typ: vt, ..y.clone() });
                    let d = crate::diag::Diagnostic::error(
                        e.span,
                        format!("duplicate case {vs} ({desc}) in expression switch"),
                    )
                    .with_label(prev, "previous case");
                    self.diags.push(d);
                    return;
                }
                seen.push((v.clone(), vt, e.span));
            }
        }
    }

    fn type_switch_stmt(
        &mut self,
        init: Option<&'a ast::Stmt>,
        assign: &'a ast::Stmt,
        clauses: &'a [ast::CaseClause],
        ctx: StmtContext,
    ) {
        self.open_scope();
        if let Some(init) = init {
            self.simple_stmt(init);
        }
        let (name, guard) = match &assign.kind {
            StmtKind::Expr(e) => (None, e),
            StmtKind::Assign { lhs, rhs, .. } => {
                let name = match &lhs[0].kind {
                    ExprKind::Ident(id) => Some(id),
                    _ => None,
                };
                (name, &rhs[0])
            }
            _ => return,
        };
        let ExprKind::TypeAssert { x: xe, .. } = &guard.kind else { return };
        let x = self.expr(xe);
        let mut ok = !x.is_invalid();
        if ok && self.types.is_type_param(x.typ) {
            let s = self.expr_string(xe);
            let d = self.operand_description(&x);
            self.error(xe.span, format!("cannot use type switch on type parameter value {s} ({d})"));
            ok = false;
        }
        if ok && !self.types.is_interface(x.typ) {
            let s = self.expr_string(xe);
            let d = self.operand_description(&x);
            self.error(xe.span, format!("{s} ({d}) is not an interface"));
            ok = false;
        }
        let mut symbol_used = false;
        let mut case_vars = Vec::new();
        let mut first_default = None;
        let mut seen = Vec::new();
        for c in clauses {
            let mut single: Option<TypeId> = None;
            match &c.list {
                None => self.multiple_defaults(&mut first_default, c.span),
                Some(list) => {
                    for e in list {
                        let t = self.case_type(e, &x, ok, &mut seen);
                        single = if list.len() == 1 { t } else { None };
                    }
                }
            }
            self.open_scope();
            if let Some(name) = name {
                // The symbol has the case's type in single-type clauses, else the guard's.
                let t = single.unwrap_or(x.typ);
                let obj = self.new_object(&name.name, ObjKind::Var(VarInfo::default()), name.span);
                self.objs.get_mut(obj).typ = t;
                if name.name != "_" {
                    self.scopes.insert(self.scope, std::rc::Rc::from(name.name.as_str()), obj);
                }
                case_vars.push(obj);
            }
            let inner = StmtContext { in_break_target: true, fallthrough_ok: true, in_type_switch: true, ..ctx };
            self.stmt_list_ctx(&c.body, inner);
            if let Some(&obj) = case_vars.last() {
                if let ObjKind::Var(v) = &self.objs.get(obj).kind {
                    symbol_used |= v.used;
                }
                // Reported once for the symbol, not per clause.
                if let Some(v) = self.objs.var_mut(obj) {
                    v.used = true;
                }
            }
            self.close_scope();
        }
        if let Some(name) = name {
            if name.name == "_" {
                self.error(name.span, "no new variable on left side of :=");
            } else if !symbol_used && self.report_unused {
                // types2 words this one differently from other unused variables.
                self.error(name.span, format!("{} declared and not used", name.name));
            }
        }
        self.close_scope();
    }

    /// A type (or nil) in a type switch case; `seen` holds the earlier ones (None for nil),
    /// a duplicate is an error. Returns the type (None for nil or on error).
    fn case_type(
        &mut self,
        e: &'a ast::Expr,
        x: &Operand,
        ok: bool,
        seen: &mut Vec<(Option<TypeId>, gint_syntax::span::Span)>,
    ) -> Option<TypeId> {
        let y = self.expr_or_type(e);
        if y.is_invalid() {
            return None;
        }
        let is_nil = self.types.basic_kind(y.typ) == Some(BasicKind::UntypedNil) && y.mode != Mode::TypeExpr;
        if !is_nil && y.mode != Mode::TypeExpr {
            let s = self.expr_string(e);
            self.error(e.span, format!("{s} is not a type"));
            return None;
        }
        let t = (!is_nil).then_some(y.typ);
        let dup = seen.iter().find(|(s, _)| match (s, t) {
            (None, None) => true,
            (Some(a), Some(b)) => super::predicates::identical(&self.types, *a, b),
            _ => false,
        });
        if let Some(&(_, prev)) = dup {
            let ts = t.map_or_else(|| "nil".to_string(), |t| self.type_string(t));
            let d = crate::diag::Diagnostic::error(e.span, format!("duplicate case {ts} in type switch"))
                .with_label(prev, "previous case");
            self.diags.push(d);
            return None;
        }
        seen.push((t, e.span));
        let t = t?;
        if ok && !self.types.is_interface(t) {
            let res = super::predicates::implements(&self.types, &self.objs, t, x.typ, &*self.qualifier());
            if let Err(cause) = res {
                let es = self.expr_string(e);
                let ts = self.type_string(t);
                let xs = self.span_text(x.span);
                let d = self.operand_description(x);
                self.error(
                    e.span,
                    format!(
                        "impossible type switch case: {es}\n\t{xs} ({d}) cannot have dynamic type {ts} ({})",
                        strip_type_prefix(&cause)
                    ),
                );
            }
        }
        Some(t)
    }

    /// A `default` clause: "multiple defaults (first at x.go:8:2)" after the first.
    fn multiple_defaults(&mut self, first: &mut Option<gint_syntax::span::Span>, clause: gint_syntax::span::Span) {
        match first {
            Some(f) => {
                let at = self.pos_string(*f);
                self.error(clause, format!("multiple defaults (first at {at})"));
            }
            None => *first = Some(clause),
        }
    }

    fn select_stmt(&mut self, clauses: &'a [ast::CommClause], ctx: StmtContext) {
        let mut first_default = None;
        for c in clauses {
            self.open_scope();
            match &c.comm {
                None => self.multiple_defaults(&mut first_default, c.span),
                Some(s) => {
                    let valid = match &s.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => {
                            matches!(super::expr::unparen(e).kind, ExprKind::Unary { op: ast::UnaryOp::Recv, .. })
                        }
                        StmtKind::Assign { rhs, op: AssignOp::Assign | AssignOp::Define, .. } => {
                            rhs.len() == 1
                                && matches!(
                                    super::expr::unparen(&rhs[0]).kind,
                                    ExprKind::Unary { op: ast::UnaryOp::Recv, .. }
                                )
                        }
                        _ => false,
                    };
                    if !valid {
                        // As types2 does, neither the case nor its body is checked further.
                        self.error(s.span, "select case must be send or receive (possibly with assignment)");
                        self.close_scope();
                        continue;
                    }
                    self.simple_stmt(s);
                }
            }
            let inner = StmtContext { in_break_target: true, fallthrough_ok: false, ..ctx };
            self.stmt_list_ctx(&c.body, inner);
            self.close_scope();
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &'a ast::Stmt,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        xe: &'a ast::Expr,
        body: &'a ast::Block,
        ctx: StmtContext,
    ) {
        self.open_scope();
        let mut x = self.expr(xe);
        self.single_value(&mut x);
        let (kt, vt) = if x.is_invalid() { (None, None) } else { self.range_types(&mut x, xe, key, value, define) };
        let invalid = self.invalid_type();
        let vars = [(key, kt), (value, vt)];
        if define {
            let mut new_objs = Vec::new();
            for (e, t) in vars {
                let Some(e) = e else { continue };
                let ExprKind::Ident(id) = &e.kind else {
                    let es = self.expr_string(e);
                    self.error(e.span, format!("non-name {es} on left side of :="));
                    continue;
                };
                let obj = self.new_object(&id.name, ObjKind::Var(VarInfo::default()), id.span);
                self.objs.get_mut(obj).typ = t.unwrap_or(invalid);
                new_objs.push((id, obj));
            }
            for (id, obj) in new_objs {
                self.declare(self.scope, id, obj);
            }
        } else {
            for (e, t) in vars {
                let Some(e) = e else { continue };
                let target = self.assign_target(e);
                if let (Some(target), Some(t)) = (target, t) {
                    // The error is on the variable: "cannot use k (value of type int) as …".
                    let mut v = Operand { mode: Mode::Value, typ: t, id: None, span: e.span };
                    self.assignment(&mut v, target, "assignment");
                }
            }
        }
        let _ = s;
        let inner = StmtContext { in_loop: true, in_break_target: true, fallthrough_ok: false, ..ctx };
        self.block(body, inner);
        self.close_scope();
    }

    /// The key and value types of ranging over `x`, reporting a range expression that
    /// cannot be ranged over or has too many iteration variables (go/types' rangeStmt).
    fn range_types(
        &mut self,
        x: &mut Operand,
        xe: &'a ast::Expr,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
    ) -> (Option<TypeId>, Option<TypeId>) {
        let s = self.expr_string(xe);
        let d = self.operand_description(x);
        let (k, v) = match self.range_key_val(x) {
            Ok(kv) => kv,
            Err(cause) => {
                let cause = if cause.is_empty() { cause } else { format!(": {cause}") };
                self.error(xe.span, format!("cannot range over {s} ({d}){cause}"));
                return (None, None);
            }
        };
        if let (None, Some(e)) = (k, key) {
            self.error(e.span, format!("range over {s} ({d}) permits no iteration variables"));
        } else if let (None, Some(e)) = (v, value) {
            self.error(e.span, format!("range over {s} ({d}) permits only one iteration variable"));
        }
        // An untyped integer declares its iteration variable with its default type.
        if define && self.types.is_untyped(x.typ) && self.types.basic_kind(x.typ).is_some_and(|k| k.is_integer()) {
            let t = super::predicates::default_type(&self.types, x.typ);
            self.implicit_type(x, t);
            return (Some(x.typ), None);
        }
        (k, v)
    }

    /// The key and value types a range clause over `x` produces (go/types' rangeKeyVal), or
    /// the cause why it cannot range (empty if there is nothing more to say).
    fn range_key_val(&self, x: &Operand) -> Result<(Option<TypeId>, Option<TypeId>), String> {
        let int = self.basic(BasicKind::Int);
        let under = self.types.core(x.typ);
        match self.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => Ok((Some(int), Some(self.basic(BasicKind::Rune)))),
            Type::Basic(k) if k.is_integer() => Ok((Some(x.typ), None)),
            Type::Array { elem, .. } | Type::Slice(elem) => Ok((Some(int), Some(elem))),
            Type::Pointer(_) if self.pointer_to_array(x.typ).is_some() => {
                let (_, elem) = self.pointer_to_array(x.typ).unwrap_or((0, int));
                Ok((Some(int), Some(elem)))
            }
            Type::Map { key, value } => Ok((Some(key), Some(value))),
            Type::Chan { dir: ChanDir::Send, .. } => {
                Err(format!("receive from send-only channel {}", self.type_string(x.typ)))
            }
            Type::Chan { elem, .. } => Ok((Some(elem), None)),
            Type::Signature(sig) => self.range_func_key_val(&sig),
            _ if self.types.is_type_param(x.typ) => Err(self.no_core_cause(x.typ)),
            _ => Err(String::new()),
        }
    }

    /// Range over a function `func(yield func(K, V) bool)` (Go 1.23 iterators).
    fn range_func_key_val(&self, sig: &super::types::Signature) -> Result<(Option<TypeId>, Option<TypeId>), String> {
        let bad = |why: &str| Err(format!("func must be func(yield func(...) bool): {why}"));
        if sig.params.len() != 1 {
            return bad("wrong argument count");
        }
        if !sig.results.is_empty() {
            return bad("unexpected results");
        }
        let Some(cb) = self.types.signature(self.types.underlying(sig.params[0])).cloned() else {
            return bad("argument is not func");
        };
        let bool_t = self.basic(BasicKind::Bool);
        if cb.params.len() > 2 {
            return bad("yield func has too many parameters");
        }
        if cb.results.len() != 1 || cb.results[0] != bool_t {
            if cb.results.len() == 1 && self.types.basic_kind(cb.results[0]).is_some_and(|k| k.is_boolean()) {
                return bad("yield func returns user-defined boolean, not bool");
            }
            return bad("yield func does not return bool");
        }
        if cb.variadic {
            let ts = self.type_string(sig.params[0]);
            return Err(format!("yield func of type {ts} cannot be variadic"));
        }
        Ok((cb.params.first().copied(), cb.params.get(1).copied()))
    }

    /// Local `var`, `const` and `type` declarations: names come into scope after their
    /// specs (so `var x = x` refers to an outer x).
    fn local_decl(&mut self, g: &'a ast::GenDecl) {
        match g.kind {
            ast::DeclKind::Var => {
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    let declared = v.typ.as_ref().map(|t| self.typ(t));
                    let types = if v.values.is_empty() {
                        vec![declared.unwrap_or_else(|| self.invalid_type()); v.names.len()]
                    } else {
                        self.init_vars(&v.names, declared, &v.values, "variable declaration")
                    };
                    for (name, t) in v.names.iter().zip(types) {
                        let obj = self.new_object(&name.name, ObjKind::Var(VarInfo::default()), name.span);
                        self.objs.get_mut(obj).typ = t;
                        self.declare(self.scope, name, obj);
                    }
                }
            }
            ast::DeclKind::Const => {
                let mut last: Option<(Option<&'a ast::Expr>, &'a [ast::Expr])> = None;
                for spec in &g.specs {
                    let ast::Spec::Value(v) = spec else { continue };
                    if !v.values.is_empty() || v.typ.is_some() {
                        last = Some((v.typ.as_ref(), &v.values));
                    }
                    let (typ, values) = last.unwrap_or((None, &[]));
                    let mut objs = Vec::new();
                    for (index, name) in v.names.iter().enumerate() {
                        let obj = self.new_object(&name.name, ObjKind::Const(Value::Unknown), name.span);
                        self.local_const(obj, typ, values, index, v.iota);
                        objs.push((name, obj));
                    }
                    if values.len() > v.names.len() {
                        let extra = &values[v.names.len()];
                        let s = self.expr_string(extra);
                        self.error(extra.span, format!("extra init expr {s}"));
                    }
                    for (name, obj) in objs {
                        self.declare(self.scope, name, obj);
                    }
                }
            }
            ast::DeclKind::Type => {
                for spec in &g.specs {
                    let ast::Spec::Type(t) = spec else { continue };
                    let obj = self.new_object(&t.name.name, ObjKind::TypeName, t.name.span);
                    // The name is in scope in its own definition (recursive types).
                    self.declare(self.scope, &t.name, obj);
                    self.local_type(obj, t);
                }
            }
            ast::DeclKind::Import => {}
        }
    }
}

fn strip_type_prefix(cause: &str) -> String {
    // "T does not implement I (missing method M)" → "missing method M"
    match (cause.find('('), cause.rfind(')')) {
        (Some(a), Some(b)) if a < b => cause[a + 1..b].to_string(),
        _ => cause.to_string(),
    }
}
