//! The parser's state and the helpers its grammar actions call to build the AST.
//!
//! The state is shared by reference with the generated parser, so everything that changes
//! (node ids, the error list) sits in a `Cell`/`RefCell`. Checks that gc's parser makes but
//! a context-free grammar cannot (the shape of `if`/`switch`/`for` headers, grouping of
//! parameter lists) live here and report Go's messages.

use std::cell::{Cell, RefCell};

use crate::ast::*;
use crate::error::SyntaxError;
use crate::span::{FileId, Span};
use crate::token::{SemiKind, Tok};

pub struct ParseState<'s> {
    pub src: &'s str,
    pub file: FileId,
    next_id: Cell<u32>,
    errors: RefCell<Vec<SyntaxError>>,
    too_deep_reported: Cell<bool>,
    /// Set by the token stream: what the innermost open bracket belongs to, for messages.
    pub context: RefCell<crate::context::BracketContext>,
}

/// One entry of a parameter or type-parameter list before grouping: `name Type`,
/// a lone `Type` (or lone name), as go/parser collects them.
pub struct ParamEntry {
    pub name: Option<Ident>,
    pub typ: Option<Expr>,
}

impl ParamEntry {
    pub fn named(name: Ident, typ: Expr) -> ParamEntry {
        ParamEntry { name: Some(name), typ: Some(typ) }
    }
    pub fn anon(typ: Expr) -> ParamEntry {
        ParamEntry { name: None, typ: Some(typ) }
    }
    pub fn bare_name(name: Ident) -> ParamEntry {
        ParamEntry { name: Some(name), typ: None }
    }
}

/// A parenthesised parameter list before grouping, and the offset of its `)`.
pub struct ParamList {
    pub entries: Vec<ParamEntry>,
    pub close: usize,
}

/// The parts of an `if`/`switch` header: `[init ;] last`, and the `;` if there is one.
pub struct HeaderParts {
    pub init: Option<Stmt>,
    pub last: Option<Stmt>,
    pub semi: Option<(usize, SemiKind)>,
}

impl HeaderParts {
    /// The header of `if {`.
    pub fn missing() -> Self {
        HeaderParts { init: None, last: None, semi: None }
    }
}

impl<'s> ParseState<'s> {
    pub fn semi_kind(&self, tok: Tok<'_>) -> SemiKind {
        match tok {
            Tok::Semi(kind) => kind,
            _ => SemiKind::Explicit,
        }
    }

    pub fn new(src: &'s str, file: FileId, first_id: u32) -> ParseState<'s> {
        ParseState {
            src,
            file,
            next_id: Cell::new(first_id),
            errors: RefCell::new(Vec::new()),
            too_deep_reported: Cell::new(false),
            context: RefCell::new(Default::default()),
        }
    }

    pub fn next_id(&self) -> u32 {
        self.next_id.get()
    }

    pub fn take_errors(&self) -> Vec<SyntaxError> {
        std::mem::take(&mut self.errors.borrow_mut())
    }

    pub fn error(&self, lo: usize, hi: usize, msg: impl Into<String>) {
        self.errors.borrow_mut().push(SyntaxError::new(lo, hi, msg));
    }

    fn id(&self) -> NodeId {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        NodeId(id)
    }

    pub fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.file, lo, hi)
    }

    fn text(&self, span: Span) -> &'s str {
        self.src.get(span.lo as usize..span.hi as usize).unwrap_or("")
    }

    // ---- expressions -------------------------------------------------------------------

    pub fn expr(&self, lo: usize, kind: ExprKind, hi: usize) -> Expr {
        self.expr_at(self.span(lo, hi), kind)
    }

    pub fn expr_at(&self, span: Span, kind: ExprKind) -> Expr {
        let depth = 1 + crate::depth::expr_children(&kind);
        if depth > crate::depth::MAX_DEPTH {
            return self.too_deep(span);
        }
        Expr { id: self.id(), span, kind, depth }
    }

    /// The replacement for a construct nested beyond `MAX_DEPTH`, reported once.
    fn too_deep(&self, span: Span) -> Expr {
        if !self.too_deep_reported.replace(true) {
            self.error(span.lo as usize, span.lo as usize, "syntax error: code nested too deeply");
        }
        Expr { id: self.id(), span, kind: ExprKind::Bad, depth: 1 }
    }

    pub fn ident(&self, lo: usize, name: &str, hi: usize) -> Ident {
        Ident { id: self.id(), span: self.span(lo, hi), name: name.to_string() }
    }

    pub fn ident_expr(&self, ident: Ident) -> Expr {
        Expr { id: self.id(), span: ident.span, kind: ExprKind::Ident(ident), depth: 1 }
    }

    pub fn lit(&self, lo: usize, kind: LitKind, raw: &str, hi: usize) -> BasicLit {
        BasicLit { span: self.span(lo, hi), kind, raw: raw.to_string() }
    }

    pub fn star(&self, lo: usize, x: Expr) -> Expr {
        let hi = x.span.hi as usize;
        self.expr(lo, ExprKind::Unary { op: UnaryOp::Deref, x: Box::new(x) }, hi)
    }

    pub fn unary(&self, lo: usize, op: UnaryOp, x: Expr, hi: usize) -> Expr {
        // `<-chan T` in expression position is a receive-only channel type, not a receive.
        if op == UnaryOp::Recv {
            if let ExprKind::ChanType { dir: ChanDir::Both, .. } = &x.kind {
                let ExprKind::ChanType { elem, .. } = x.kind else { unreachable!() };
                return self.expr(lo, ExprKind::ChanType { dir: ChanDir::Recv, elem }, hi);
            }
        }
        self.expr(lo, ExprKind::Unary { op, x: Box::new(x) }, hi)
    }

    pub fn binary(&self, lo: usize, x: Expr, op: BinaryOp, y: Expr, hi: usize) -> Expr {
        self.expr(lo, ExprKind::Binary { op, x: Box::new(x), y: Box::new(y) }, hi)
    }

    pub fn selector(&self, lo: usize, x: Expr, sel: Ident, hi: usize) -> Expr {
        self.expr(lo, ExprKind::Selector { x: Box::new(x), sel }, hi)
    }

    pub fn index(&self, lo: usize, x: Expr, indices: Vec<Expr>, rbrack: usize, hi: usize) -> Expr {
        let rbrack = self.span(rbrack, rbrack + 1);
        self.expr(lo, ExprKind::Index { x: Box::new(x), indices, rbrack }, hi)
    }

    pub fn prepend(&self, first: Expr, mut rest: Vec<Expr>) -> Vec<Expr> {
        rest.insert(0, first);
        rest
    }

    pub fn slice(
        &self,
        lo: usize,
        x: Expr,
        low: Option<Expr>,
        high: Option<Expr>,
        max: Option<Expr>,
        hi: usize,
    ) -> Expr {
        let slice3 = max.is_some();
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: low.map(Box::new),
            hi: high.map(Box::new),
            max: max.map(Box::new),
            slice3,
        };
        self.expr(lo, kind, hi)
    }

    /// `x[lo:hi:max]`: the middle and final indices are required.
    #[allow(clippy::too_many_arguments)]
    pub fn slice3(
        &self,
        lo: usize,
        x: Expr,
        low: Option<Expr>,
        high: Option<Expr>,
        colon2: usize,
        max: Option<Expr>,
        rbrack: usize,
        hi: usize,
    ) -> Expr {
        if high.is_none() {
            self.error(colon2, colon2, "middle index required in 3-index slice");
        }
        if max.is_none() {
            self.error(rbrack, rbrack, "final index required in 3-index slice");
        }
        let bad = |at: usize| self.expr(at, ExprKind::Bad, at);
        let high = high.unwrap_or_else(|| bad(colon2));
        let max = max.unwrap_or_else(|| bad(rbrack));
        self.slice(lo, x, low, Some(high), Some(max), hi)
    }

    pub fn call(
        &self,
        lo: usize,
        fun: Expr,
        args: (Vec<Expr>, Option<(usize, usize)>),
        rparen: usize,
        hi: usize,
    ) -> Expr {
        let (args, ellipsis) = args;
        let kind = ExprKind::Call {
            fun: Box::new(fun),
            args,
            ellipsis: ellipsis.map(|(l, r)| self.span(l, r)),
            rparen: self.span(rparen, rparen + 1),
        };
        self.expr(lo, kind, hi)
    }

    pub fn composite(&self, lo: usize, typ: Option<Expr>, value: (Vec<Expr>, usize, usize), hi: usize) -> Expr {
        let (elts, lbrace, rbrace) = value;
        if let Some(Expr { kind: ExprKind::Paren(_), .. }) = &typ {
            self.error(lbrace, lbrace, "syntax error: cannot parenthesize type in composite literal");
        }
        let kind = ExprKind::CompositeLit { typ: typ.map(Box::new), elts, rbrace: self.span(rbrace, rbrace + 1) };
        self.expr(lo, kind, hi)
    }

    // ---- parameter lists ---------------------------------------------------------------

    pub fn signature(&self, lo: usize, params: ParamList, results: Option<ParamList>, hi: usize) -> FuncType {
        let params = self.group_params(params, true);
        let results = results.map(|r| self.group_params(r, false)).unwrap_or_default();
        FuncType { span: self.span(lo, hi), params, results }
    }

    /// Groups a flat parameter list as gc does: `a, b int, c string` names share the type
    /// after them; a list without any `name Type` entry is a list of anonymous types.
    pub fn group_params(&self, list: ParamList, variadic_ok: bool) -> Vec<Field> {
        let entries = list.entries;
        let is_name =
            |e: &ParamEntry| e.name.is_none() && matches!(e.typ.as_ref().map(|t| &t.kind), Some(ExprKind::Ident(_)));
        let named = entries.iter().filter(|e| e.name.is_some() && e.typ.is_some()).count();
        let typed = entries.iter().filter(|e| !is_name(e) && e.typ.is_some()).count();
        self.check_variadic(&entries, variadic_ok);
        let mut fields = Vec::new();
        if named == 0 {
            for e in entries {
                if let Some(t) = e.typ {
                    fields.push(Field { span: t.span, names: vec![], typ: t, tag: None });
                }
            }
            return fields;
        }
        // Some entries are named, so all must be: sweep from the right, giving each lone
        // name the type to its right, and remember the leftmost entry that breaks the rule.
        let mut err_at = None;
        let mut typ: Option<Expr> = None;
        let mut names_rev: Vec<Ident> = Vec::new();
        let mut grouped: Vec<Field> = Vec::new();
        for e in entries.into_iter().rev() {
            match (e.name, e.typ) {
                (Some(name), Some(t)) => {
                    self.flush_group(&mut grouped, &mut names_rev, &typ);
                    typ = Some(t);
                    names_rev.push(name);
                }
                (None, Some(t)) => match t.kind {
                    ExprKind::Ident(name) => {
                        if typ.is_none() {
                            err_at = Some(name.span.lo as usize);
                        }
                        names_rev.push(name);
                    }
                    _ => {
                        err_at = Some(t.span.lo as usize);
                        self.flush_group(&mut grouped, &mut names_rev, &typ);
                        typ = Some(t);
                        let blank = self.ident(typ.as_ref().map_or(0, |t| t.span.lo as usize), "_", 0);
                        names_rev.push(blank);
                    }
                },
                (Some(name), None) => {
                    if typ.is_none() {
                        err_at = Some(name.span.lo as usize);
                    }
                    names_rev.push(name);
                }
                (None, None) => {}
            }
        }
        self.flush_group(&mut grouped, &mut names_rev, &typ);
        grouped.reverse();
        fields.extend(grouped);
        if let Some(at) = err_at {
            let (at, msg) = if named == typed {
                (list.close, "syntax error: missing parameter type")
            } else {
                (at, "syntax error: missing parameter name")
            };
            self.error(at, at, msg);
        }
        fields
    }

    /// Closes the group of names (collected right to left) that share `typ`.
    fn flush_group(&self, out: &mut Vec<Field>, names_rev: &mut Vec<Ident>, typ: &Option<Expr>) {
        if names_rev.is_empty() {
            return;
        }
        let mut names: Vec<Ident> = names_rev.drain(..).rev().collect();
        for n in &mut names {
            if n.span.hi == 0 {
                n.span.hi = n.span.lo + 1;
            }
        }
        let typ = match typ {
            Some(t) => t.clone(),
            None => self.expr_at(names[0].span, ExprKind::Bad),
        };
        let span = names[0].span.to(typ.span);
        out.push(Field { span, names, typ, tag: None });
    }

    /// `...T` may only be the type of the final parameter.
    fn check_variadic(&self, entries: &[ParamEntry], variadic_ok: bool) {
        let n = entries.len();
        for (i, e) in entries.iter().enumerate() {
            if let Some(Expr { kind: ExprKind::Ellipsis(_), span, .. }) = &e.typ {
                if !variadic_ok || i + 1 < n {
                    let msg = if variadic_ok { "can only use ... with final parameter" } else { "invalid use of ..." };
                    self.error(span.lo as usize, span.hi as usize, msg);
                    return;
                }
            }
        }
    }

    /// Groups a type parameter list: `K, V any` share a constraint.
    pub fn group_type_params(&self, entries: Vec<ParamEntry>, close: usize) -> Vec<Field> {
        let mut fields = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        for e in entries {
            if let Some(name) = e.name {
                pending.push(name);
            }
            if let Some(typ) = e.typ {
                let span = pending.first().map_or(typ.span, |n| n.span.to(typ.span));
                fields.push(Field { span, names: std::mem::take(&mut pending), typ, tag: None });
            }
        }
        if !pending.is_empty() {
            self.error(close, close, "syntax error: missing type constraint");
            for name in pending {
                let typ = self.expr_at(name.span, ExprKind::Bad);
                fields.push(Field { span: name.span, names: vec![name], typ, tag: None });
            }
        }
        fields
    }

    /// The first entry of `type T[P *C, …]`, parsed as the expression `P * C`.
    pub fn expr_to_type_param(&self, x: Expr) -> ParamEntry {
        match x.kind {
            ExprKind::Ident(name) => ParamEntry::bare_name(name),
            ExprKind::Binary { op: BinaryOp::Mul, x: name, y: constraint }
                if matches!(name.kind, ExprKind::Ident(_)) =>
            {
                let ExprKind::Ident(name) = name.kind else { unreachable!() };
                let lo = constraint.span.lo as usize - 1;
                ParamEntry::named(name, self.star(lo, *constraint))
            }
            ExprKind::Binary { op: BinaryOp::Or, x: left, y: right } => {
                let lo = left.span.lo as usize;
                let hi = right.span.hi as usize;
                match self.expr_to_type_param(*left) {
                    ParamEntry { name: Some(name), typ: Some(t) } => {
                        ParamEntry::named(name, self.binary(lo, t, BinaryOp::Or, *right, hi))
                    }
                    other => other,
                }
            }
            _ => {
                self.error(x.span.lo as usize, x.span.hi as usize, "syntax error: expected type parameter");
                ParamEntry::anon(x)
            }
        }
    }

    pub fn receiver(&self, list: ParamList, name: &Ident) -> Option<Field> {
        let mut fields = self.group_params(list, false);
        let at = name.span.lo as usize;
        match fields.len() {
            0 => {
                self.error(at, at, "method has no receiver");
                None
            }
            1 if fields[0].names.len() <= 1 => fields.pop(),
            _ => {
                self.error(at, at, "method has multiple receivers");
                fields.into_iter().next()
            }
        }
    }

    // ---- declarations ------------------------------------------------------------------

    pub fn file(&self, lo: usize, package: Ident, decls: Vec<Decl>, hi: usize) -> File {
        let mut imports = Vec::new();
        let mut seen_other = false;
        for d in &decls {
            match d {
                Decl::Gen(g) if g.kind == DeclKind::Import => {
                    if seen_other {
                        self.error(
                            g.span.lo as usize,
                            g.span.hi as usize,
                            "syntax error: imports must appear before other declarations",
                        );
                    }
                    for s in &g.specs {
                        if let Spec::Import(i) = s {
                            imports.push(i.clone());
                        }
                    }
                }
                _ => seen_other = true,
            }
        }
        File { span: self.span(lo, hi), package, imports, decls }
    }

    pub fn gen_decl(&self, lo: usize, kind: DeclKind, grouped: bool, mut specs: Vec<Spec>, hi: usize) -> GenDecl {
        if kind == DeclKind::Const {
            for (i, s) in specs.iter_mut().enumerate() {
                if let Spec::Value(v) = s {
                    v.iota = i as u32;
                }
            }
        }
        GenDecl { span: self.span(lo, hi), kind, grouped, specs }
    }

    pub fn value_spec(&self, lo: usize, names: Vec<Ident>, typ: Option<Expr>, values: Vec<Expr>, hi: usize) -> Spec {
        Spec::Value(ValueSpec { span: self.span(lo, hi), names, typ, values, iota: 0 })
    }

    pub fn type_spec(
        &self,
        lo: usize,
        name: Ident,
        type_params: Vec<Field>,
        alias: bool,
        typ: Expr,
        hi: usize,
    ) -> Spec {
        Spec::Type(TypeSpec { span: self.span(lo, hi), name, type_params, alias, typ })
    }

    // ---- statements --------------------------------------------------------------------

    pub fn stmt(&self, lo: usize, kind: StmtKind, hi: usize) -> Stmt {
        let span = self.span(lo, hi);
        let depth = 1 + crate::depth::stmt_children(&kind);
        if depth > crate::depth::MAX_DEPTH {
            if !self.too_deep_reported.replace(true) {
                self.error(lo, lo, "syntax error: code nested too deeply");
            }
            return Stmt { span, kind: StmtKind::Bad, depth: 1 };
        }
        Stmt { span, kind, depth }
    }

    /// `go (f())` and `defer (f())`: the call may not be parenthesised. (That the
    /// expression is a call at all is checked by the type checker, as in gc.)
    fn call_stmt(&self, what: &str, e: &Expr) {
        if let ExprKind::Paren(_) = &e.kind {
            self.error(
                e.span.lo as usize,
                e.span.hi as usize,
                format!("expression in {what} must not be parenthesized"),
            );
        }
    }

    pub fn go_stmt(&self, lo: usize, e: Expr, hi: usize) -> Stmt {
        self.call_stmt("go", &e);
        self.stmt(lo, StmtKind::Go(e), hi)
    }

    pub fn defer_stmt(&self, lo: usize, e: Expr, hi: usize) -> Stmt {
        self.call_stmt("defer", &e);
        self.stmt(lo, StmtKind::Defer(e), hi)
    }

    /// The expression a header statement stands for, or gc's error for a statement
    /// where a value is needed ("cannot use assignment x = 1 as value").
    fn header_expr(&self, s: Stmt) -> Expr {
        match s.kind {
            StmtKind::Expr(e) => e,
            _ => {
                let (at, text) = self.stmt_as_value(&s);
                self.error(at, at, format!("syntax error: cannot use {text} as value"));
                self.expr_at(s.span, ExprKind::Bad)
            }
        }
    }

    /// Where gc places a simple statement (at its operator) and how it prints it.
    fn stmt_as_value(&self, s: &Stmt) -> (usize, String) {
        let list = |v: &[Expr]| match (v.first(), v.last()) {
            (Some(a), Some(b)) => self.text(a.span.to(b.span)).to_string(),
            _ => String::new(),
        };
        let emphasize = |v: &[Expr]| match v {
            [e] if matches!(e.kind, ExprKind::Binary { .. }) => format!("({})", list(v)),
            _ => list(v),
        };
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                let at = self.operator_after(lhs.last().map_or(s.span.lo, |e| e.span.hi) as usize);
                let text = match op {
                    AssignOp::Assign => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                    AssignOp::Define => format!("{} := {}", list(lhs), list(rhs)),
                    AssignOp::Op(op) => format!("{} {}= {}", list(lhs), op.spelling(), list(rhs)),
                };
                (at, text)
            }
            StmtKind::IncDec { x, inc } => {
                let at = self.operator_after(x.span.hi as usize);
                (at, format!("{}{}", self.text(x.span), if *inc { "++" } else { "--" }))
            }
            StmtKind::Send { chan, value } => {
                let at = self.operator_after(chan.span.hi as usize);
                (at, format!("{} <- {}", self.text(chan.span), self.text(value.span)))
            }
            _ => (s.span.lo as usize, self.text(s.span).to_string()),
        }
    }

    /// The offset of the first non-blank byte at or after `from`: the operator that
    /// follows an operand.
    fn operator_after(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
            i += 1;
        }
        i
    }

    pub fn if_stmt(&self, lo: usize, h: HeaderParts, then: Block, els: Option<Stmt>, hi: usize) -> Stmt {
        let cond = match (h.last, h.semi) {
            (Some(s), _) => self.header_expr(s),
            (None, Some((at, kind))) => {
                if kind == SemiKind::Explicit {
                    self.error(at, at, "syntax error: missing condition in if statement");
                } else {
                    let what = if kind == SemiKind::Newline { "newline" } else { "EOF" };
                    self.error(at, at, format!("syntax error: unexpected {what}, expected {{ after if clause"));
                }
                self.expr(at, ExprKind::Bad, at)
            }
            (None, _) => {
                let at = then.span.lo as usize;
                self.error(at, at, "syntax error: missing condition in if statement");
                self.expr(at, ExprKind::Bad, at)
            }
        };
        let kind = StmtKind::If { init: h.init.map(Box::new), cond, then, els: els.map(Box::new) };
        self.stmt(lo, kind, hi)
    }

    pub fn switch_stmt(
        &self,
        lo: usize,
        h: Option<HeaderParts>,
        clauses: Vec<CaseClause>,
        rbrace: usize,
        hi: usize,
    ) -> Stmt {
        let rbrace = self.span(rbrace, rbrace + 1);
        let (init, last) = match h {
            Some(h) => (h.init.map(Box::new), h.last),
            None => (None, None),
        };
        match last {
            Some(s) if is_type_switch_guard(&s) => {
                self.stmt(lo, StmtKind::TypeSwitch { init, assign: Box::new(s), clauses, rbrace }, hi)
            }
            None => self.stmt(lo, StmtKind::Switch { init, tag: None, clauses, rbrace }, hi),
            Some(s) => {
                let tag = self.header_expr(s);
                self.stmt(lo, StmtKind::Switch { init, tag: Some(tag), clauses, rbrace }, hi)
            }
        }
    }

    /// `case comm:` of a select. Which simple statements may stand there is checked by the
    /// type checker, as in gc.
    pub fn comm_clause(&self, lo: usize, comm: Option<Stmt>, body: Vec<Stmt>, hi: usize) -> CommClause {
        CommClause { span: self.span(lo, hi), comm: comm.map(Box::new), body }
    }

    pub fn for_cond(&self, lo: usize, s: Stmt, body: Block, hi: usize) -> Stmt {
        let cond = self.header_expr(s);
        self.stmt(lo, StmtKind::For { init: None, cond: Some(cond), post: None, body }, hi)
    }

    pub fn for_clause(
        &self,
        lo: usize,
        init: Option<Stmt>,
        cond: Option<Stmt>,
        post: Option<Stmt>,
        body: Block,
        hi: usize,
    ) -> Stmt {
        let cond = cond.map(|c| self.header_expr(c));
        if let Some(p) = &post {
            if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                let (at, _) = self.stmt_as_value(p);
                self.error(at, at, "syntax error: cannot declare in post statement of for loop");
            }
        }
        let kind = StmtKind::For { init: init.map(Box::new), cond, post: post.map(Box::new), body };
        self.stmt(lo, kind, hi)
    }

    pub fn for_range(&self, lo: usize, lhs: Vec<Expr>, define: bool, x: Expr, body: Block, hi: usize) -> Stmt {
        if lhs.len() > 2 {
            let e = &lhs[2];
            self.error(e.span.lo as usize, e.span.hi as usize, "range clause permits at most two iteration variables");
        }
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        self.stmt(lo, StmtKind::Range { key, value, define, x, body }, hi)
    }
}

fn is_type_switch_guard(s: &Stmt) -> bool {
    let is_guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { typ: None, .. });
    match &s.kind {
        StmtKind::Expr(e) => is_guard(e),
        StmtKind::Assign { op: AssignOp::Define, lhs, rhs } => lhs.len() == 1 && rhs.len() == 1 && is_guard(&rhs[0]),
        _ => false,
    }
}
