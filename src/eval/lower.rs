//! Lowering: the checked AST becomes a tree of closures, each specialised by the static
//! type of what it computes. See `eval/mod.rs` for the design.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

use gint_syntax::ast::{self, AssignOp, BinaryOp, BranchKind, ExprKind, StmtKind, UnaryOp};
use gint_syntax::span::Span;

use crate::diag::Diagnostic;
use crate::runtime::frame::{Flow, Frame};
use crate::runtime::panic;
use crate::runtime::value::{IntKind, RType, Str, Value};
use crate::types::constant::{self, Value as Const};
use crate::types::info::{ExprMode, FrameOwner};
use crate::types::object::{ObjId, ObjKind};
use crate::types::types::{BasicKind, Type, TypeId};
use crate::types::CheckedProgram;

mod slices;

pub type IntE = Box<dyn Fn(&mut Frame) -> i64>;
pub type FloatE = Box<dyn Fn(&mut Frame) -> f64>;
pub type BoolE = Box<dyn Fn(&mut Frame) -> bool>;
pub type ValE = Box<dyn Fn(&mut Frame) -> Value>;
pub type StmtE = Box<dyn Fn(&mut Frame) -> Flow>;
/// Evaluates an argument into the callee's slot at `base + slot`.
type ArgE = Box<dyn Fn(&mut Frame, usize)>;

/// How a value of a type is held: as a word (integers, floats, booleans) or a `Value`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Int(IntKind),
    Float(bool),
    Bool,
    Val,
}

/// The code of a declared function: its frame size, and its body (set once lowered, so
/// that recursive calls can refer to it before it exists).
pub struct FuncCode {
    pub size: usize,
    pub body: OnceCell<StmtE>,
    pub results: Vec<Class>,
}

/// A function as a value (for `Value::Func`).
pub struct FuncValue {
    pub code: Rc<FuncCode>,
}

/// The lowered program.
pub struct Lowered {
    pub globals: usize,
    init: Vec<StmtE>,
    main: Option<Rc<FuncCode>>,
}

impl Lowered {
    pub fn run_main(&self, fr: &mut Frame) {
        for s in &self.init {
            s(fr);
        }
        if let Some(main) = &self.main {
            let base = fr.reserve(main.size);
            call(fr, main, base);
        }
    }
}

/// Calls `f` with its arguments already in place at `base`.
#[inline(always)]
fn call(fr: &mut Frame, f: &FuncCode, base: usize) {
    let saved = fr.enter(base, f.size);
    if let Some(body) = f.body.get() {
        body(fr);
    }
    fr.leave(saved, f.size);
}

/// Lowers what the program can reach: `main`, the package `main`'s initialization, and the
/// functions and package-level variables of other packages that code refers to (the
/// initializers of standard packages have no effect a program could see otherwise).
pub fn lower_program<'a>(prog: &'a CheckedProgram, loaded: &'a crate::program::Program) -> Result<Lowered, Vec<Diagnostic>> {
    let mut decls: HashMap<ObjId, &'a ast::FuncDecl> = HashMap::new();
    for pkg in &loaded.packages {
        for file in &pkg.files {
            for d in &file.decls {
                if let ast::Decl::Func(f) = d {
                    if let Some(obj) = prog.info.object_of(f.name.id) {
                        decls.insert(obj, f);
                    }
                }
            }
        }
    }
    let mut lw = Lower { prog, funcs: HashMap::new(), errors: Vec::new(), decls, pending: Vec::new(), globals_used: Vec::new(), cur_results: Vec::new(), cur_named: Vec::new() };
    let main_pkg = prog.packages.len().saturating_sub(1);
    let main = prog.packages.last().and_then(|p| prog.scopes.lookup_local(p.scope, "main")).and_then(|o| lw.func_code(o));

    // Package main's initialization: all its variables in dependency order, then its init
    // functions. Other packages' variables as code refers to them (collected below).
    let mut main_init = Vec::new();
    if let (Some(pkg), Some(checked)) = (loaded.packages.last(), prog.packages.last()) {
        for entry in &checked.init_order {
            if let Some(s) = lw.global_init(pkg, entry) {
                main_init.push(s);
            }
        }
        for &f in &checked.inits {
            if let Some(code) = lw.func_code(f) {
                main_init.push(Box::new(move |fr: &mut Frame| {
                    let base = fr.reserve(code.size);
                    call(fr, &code, base);
                    Flow::Normal
                }) as StmtE);
            }
        }
    }
    // Lower what is referred to until nothing new is: function bodies, then the
    // initializers of other packages' variables (which may refer to more).
    let mut lowered_entries: Vec<(usize, usize, StmtE)> = Vec::new();
    let mut done_globals: std::collections::HashSet<ObjId> = Default::default();
    loop {
        while let Some((obj, code)) = lw.pending.pop() {
            lw.lower_body(obj, &code);
        }
        let wanted: Vec<ObjId> = lw.globals_used.drain(..).filter(|g| done_globals.insert(*g)).collect();
        if wanted.is_empty() {
            break;
        }
        for (pi, (pkg, checked)) in loaded.packages.iter().zip(&prog.packages).enumerate() {
            if pi == main_pkg {
                continue;
            }
            for (ei, entry) in checked.init_order.iter().enumerate() {
                if entry.lhs.iter().any(|v| wanted.contains(v)) {
                    if let Some(s) = lw.global_init(pkg, entry) {
                        lowered_entries.push((pi, ei, s));
                    }
                }
            }
        }
    }
    if !lw.errors.is_empty() {
        return Err(lw.errors);
    }
    // Go's order: packages in dependency order, each in its initialization order.
    lowered_entries.sort_by_key(|(p, e, _)| (*p, *e));
    let mut init: Vec<StmtE> = lowered_entries.into_iter().map(|(_, _, s)| s).collect();
    init.extend(main_init);
    Ok(Lowered { globals: prog.global_count as usize, init, main })
}

pub(super) struct Lower<'a> {
    prog: &'a CheckedProgram,
    funcs: HashMap<ObjId, Rc<FuncCode>>,
    errors: Vec<Diagnostic>,
    /// Every function declaration of the program, by its object.
    decls: HashMap<ObjId, &'a ast::FuncDecl>,
    /// Functions referred to whose bodies are not lowered yet.
    pending: Vec<(ObjId, Rc<FuncCode>)>,
    /// Package-level variables referred to (their initializers must run).
    globals_used: Vec<ObjId>,
    /// The result types of the function being lowered, and its named results' variables.
    cur_results: Vec<TypeId>,
    cur_named: Vec<ast::Expr>,
}

impl<'a> Lower<'a> {
    /// The code of a declared function with a body; its body is lowered later, so that
    /// recursive and mutually recursive calls can refer to it first.
    fn func_code(&mut self, obj: ObjId) -> Option<Rc<FuncCode>> {
        if let Some(code) = self.funcs.get(&obj) {
            return Some(code.clone());
        }
        let f = *self.decls.get(&obj)?;
        f.body.as_ref()?;
        let size = self.prog.info.frame_size(FrameOwner::Func(obj)).unwrap_or(0) as usize;
        let results = self.prog.types.signature(self.prog.objs.get(obj).typ).map(|s| s.results.clone()).unwrap_or_default();
        let results = results.iter().map(|&t| self.class(t)).collect();
        let code = Rc::new(FuncCode { size, body: OnceCell::new(), results });
        self.funcs.insert(obj, code.clone());
        self.pending.push((obj, code.clone()));
        Some(code)
    }

    fn lower_body(&mut self, obj: ObjId, code: &FuncCode) {
        let Some(f) = self.decls.get(&obj).copied() else { return };
        if f.recv.is_some() || !f.type_params.is_empty() {
            self.unsupported(f.name.span, "methods");
            return;
        }
        if let Some(body) = &f.body {
            self.cur_results = self.prog.types.signature(self.prog.objs.get(obj).typ).map(|s| s.results.clone()).unwrap_or_default();
            self.cur_named = f.sig.results.iter().flat_map(|r| r.names.iter().map(ident_expr)).collect();
            // Named results start as their zero values.
            let mut zeroed: Vec<StmtE> = f.sig.results.iter().flat_map(|r| r.names.iter()).filter_map(|n| self.zero_var(n)).collect();
            let stmts = self.block(&body.stmts);
            let code_body = if zeroed.is_empty() {
                stmts
            } else {
                zeroed.push(stmts);
                Box::new(move |fr: &mut Frame| {
                    for s in &zeroed {
                        let flow = s(fr);
                        if flow != Flow::Normal {
                            return flow;
                        }
                    }
                    Flow::Normal
                })
            };
            let _ = code.body.set(code_body);
            self.cur_named.clear();
        }
    }


    fn unsupported(&mut self, span: Span, what: &str) {
        if self.errors.len() < 10 {
            self.errors.push(Diagnostic::error(span, format!("unsupported: {what} (gint cannot run this yet)")));
        }
    }

    fn class(&self, t: TypeId) -> Class {
        match self.prog.types.basic_kind(t) {
            Some(k) if k.is_integer() => Class::Int(int_kind(k)),
            Some(BasicKind::Float32) => Class::Float(true),
            Some(k) if k.is_float() => Class::Float(false),
            Some(k) if k.is_boolean() => Class::Bool,
            _ => Class::Val,
        }
    }

    fn type_of(&self, e: &ast::Expr) -> (ExprMode, TypeId) {
        match self.prog.info.type_of(e.id) {
            Some(tv) => (tv.mode.clone(), tv.typ),
            None => (ExprMode::Value, self.prog.types.basic(BasicKind::Invalid)),
        }
    }

    /// The runtime type of values of static type `t` (what an interface records).
    fn rtype(&self, t: TypeId) -> RType {
        let t = crate::types::predicates::default_type(&self.prog.types, t);
        match self.prog.types.get(t) {
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool => RType::Bool,
                BasicKind::String => RType::String,
                BasicKind::Float32 => RType::Float(32),
                BasicKind::Float64 => RType::Float(64),
                BasicKind::Complex64 => RType::Complex(64),
                BasicKind::Complex128 => RType::Complex(128),
                k if k.is_integer() => RType::Int(int_kind(k)),
                _ => RType::Other(Rc::from(k.name())),
            },
            Type::Slice(et) => RType::Slice(Rc::new(self.rtype(*et))),
            _ => {
                let name = crate::types::typestring::type_string(&self.prog.types, &self.prog.objs, t, &|_| None);
                RType::Other(Rc::from(name.as_str()))
            }
        }
    }

    // ---- statements ------------------------------------------------------------------------

    fn block(&mut self, stmts: &[ast::Stmt]) -> StmtE {
        let code: Vec<StmtE> = stmts.iter().map(|s| self.stmt(s)).collect();
        match code.len() {
            0 => Box::new(|_| Flow::Normal),
            1 => code.into_iter().next().unwrap_or_else(|| Box::new(|_| Flow::Normal)),
            _ => Box::new(move |fr| {
                for s in &code {
                    let flow = s(fr);
                    if flow != Flow::Normal {
                        return flow;
                    }
                }
                Flow::Normal
            }),
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) -> StmtE {
        match &s.kind {
            StmtKind::Empty => Box::new(|_| Flow::Normal),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Expr(e) => {
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
                Box::new(move |fr| {
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
                })
            }
            StmtKind::For { init, cond, post, body } => {
                let init = init.as_ref().map(|i| self.stmt(i));
                let cond = cond.as_ref().map(|c| self.boolean(c));
                let post = post.as_ref().map(|p| self.stmt(p));
                let body = self.block(&body.stmts);
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
                            Flow::Return => return Flow::Return,
                            Flow::Normal | Flow::Continue => {}
                        }
                        if let Some(p) = &post {
                            p(fr);
                        }
                    }
                    Flow::Normal
                })
            }
            StmtKind::Range { key, value, define, x, body } => self.range(s, key.as_ref(), value.as_ref(), *define, x, &body.stmts),
            StmtKind::Branch { kind: BranchKind::Break, label: None } => Box::new(|_| Flow::Break),
            StmtKind::Branch { kind: BranchKind::Continue, label: None } => Box::new(|_| Flow::Continue),
            StmtKind::Switch { init, tag, clauses, .. } => self.switch(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::Labeled { stmt, .. } => {
                self.unsupported(s.span, "labeled statements");
                self.stmt(stmt)
            }
            StmtKind::Branch { .. } => self.todo(s.span, "labeled break/continue, goto and fallthrough"),
            StmtKind::Go(_) => self.todo(s.span, "goroutines"),
            StmtKind::Defer(_) => self.todo(s.span, "defer"),
            StmtKind::Send { .. } | StmtKind::Select { .. } => self.todo(s.span, "channels"),
            StmtKind::TypeSwitch { .. } => self.todo(s.span, "type switches"),
            StmtKind::Bad => Box::new(|_| Flow::Normal),
        }
    }

    fn todo(&mut self, span: Span, what: &str) -> StmtE {
        self.unsupported(span, what);
        Box::new(|_| Flow::Normal)
    }

    /// An expression evaluated for its effect (a call).
    fn discard(&mut self, e: &ast::Expr) -> Box<dyn Fn(&mut Frame)> {
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

    fn local_decl(&mut self, g: &ast::GenDecl) -> StmtE {
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

    fn seq(&mut self, code: Vec<StmtE>) -> StmtE {
        Box::new(move |fr| {
            for s in &code {
                s(fr);
            }
            Flow::Normal
        })
    }

    /// `var x T`: the zero value in x's slot.
    fn zero_var(&mut self, name: &ast::Ident) -> Option<StmtE> {
        let obj = self.prog.info.object_of(name.id)?;
        let o = self.prog.objs.get(obj);
        let ObjKind::Var(v) = &o.kind else { return None };
        let class = self.class(o.typ);
        let zero = self.zero(o.typ, name.span);
        let slot = v.slot;
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
    fn zero(&mut self, t: TypeId, span: Span) -> Value {
        match self.class(t) {
            Class::Int(_) => Value::Int(0),
            Class::Float(_) => Value::Float(0.0),
            Class::Bool => Value::Bool(false),
            Class::Val => match self.prog.types.get(self.prog.types.underlying(t)) {
                Type::Basic(k) if k.is_string() => Value::Str(Str::from_bytes(Vec::new())),
                Type::Pointer(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) | Type::Interface(_) => {
                    Value::Nil
                }
                _ => {
                    self.unsupported(span, "values of this type");
                    Value::Nil
                }
            },
        }
    }

    fn global_init(&mut self, pkg: &crate::program::LoadedPackage, entry: &crate::types::InitEntry) -> Option<StmtE> {
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

    fn ret(&mut self, s: &ast::Stmt, results: &[ast::Expr]) -> StmtE {
        if results.is_empty() && !self.cur_named.is_empty() {
            let named = std::mem::take(&mut self.cur_named);
            let r = self.ret(s, &named);
            self.cur_named = named;
            return r;
        }
        if results.is_empty() {
            return Box::new(|_| Flow::Return);
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
            // `return g()` where g returns as many results: they are already in place.
            let c = self.call_code(&results[0]);
            return Box::new(move |fr| {
                if let Some(c) = &c {
                    c(fr);
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
                let v = self.value(e);
                Box::new(move |fr| {
                    fr.ret_val = v(fr);
                    Flow::Return
                })
            }
        }
    }

    fn switch(&mut self, init: Option<&ast::Stmt>, tag: Option<&ast::Expr>, clauses: &[ast::CaseClause]) -> StmtE {
        let init = init.map(|i| self.stmt(i));
        // The tag is evaluated once; each case value is compared with it in order.
        let tag_type = tag.map(|t| {
            let (_, tt) = self.type_of(t);
            crate::types::predicates::default_type(&self.prog.types, tt)
        });
        if let Some(t) = tag_type {
            if !matches!(self.class(t), Class::Int(_) | Class::Float(_) | Class::Bool)
                && !self.prog.types.basic_kind(t).is_some_and(|k| k.is_string())
            {
                self.unsupported(tag.map_or(Span::default(), |t| t.span), "switch on values of this type");
            }
        }
        let tag = tag.zip(tag_type).map(|(t, tt)| self.value_as(t, tt));
        let mut cases: Vec<(Vec<ValE>, StmtE)> = Vec::new();
        let mut default: Option<StmtE> = None;
        for c in clauses {
            if c.body.iter().any(|s| matches!(s.kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. })) {
                self.unsupported(c.span, "fallthrough");
            }
            let body = self.block(&c.body);
            match &c.list {
                None => default = Some(body),
                Some(list) => {
                    let vals = list
                        .iter()
                        .map(|v| match tag_type {
                            Some(tt) => self.value_as(v, tt),
                            None => {
                                let b = self.boolean(v);
                                Box::new(move |fr: &mut Frame| Value::Bool(b(fr))) as ValE
                            }
                        })
                        .collect();
                    cases.push((vals, body));
                }
            }
        }
        let ended = |flow: Flow| if flow == Flow::Break { Flow::Normal } else { flow };
        Box::new(move |fr| {
            if let Some(i) = &init {
                i(fr);
            }
            let t = match &tag {
                Some(t) => t(fr),
                None => Value::Bool(true),
            };
            for (vals, body) in &cases {
                for v in vals {
                    if scalar_eq(&t, &v(fr)) {
                        return ended(body(fr));
                    }
                }
            }
            match &default {
                Some(body) => ended(body(fr)),
                None => Flow::Normal,
            }
        })
    }

    fn range(&mut self, s: &ast::Stmt, key: Option<&ast::Expr>, value: Option<&ast::Expr>, _define: bool, x: &ast::Expr, body: &[ast::Stmt]) -> StmtE {
        let (_, t) = self.type_of(x);
        if !matches!(self.class(t), Class::Int(_)) {
            if let Some(r) = self.range_seq(key, value, x, body) {
                return r;
            }
        }
        if !matches!(self.class(t), Class::Int(_)) || value.is_some() {
            self.unsupported(s.span, "range over anything but an integer");
            return Box::new(|_| Flow::Normal);
        }
        let n = self.int(x);
        let store = key.map(|k| self.int_store(k));
        let body = self.block(body);
        Box::new(move |fr| {
            let n = n(fr);
            let mut i = 0;
            while i < n {
                if let Some(st) = &store {
                    st(fr, i);
                }
                match body(fr) {
                    Flow::Break => break,
                    Flow::Return => return Flow::Return,
                    _ => {}
                }
                i += 1;
            }
            Flow::Normal
        })
    }

    // ---- assignment ------------------------------------------------------------------------

    fn assign(&mut self, s: &ast::Stmt, lhs: &[ast::Expr], op: AssignOp, rhs: &[ast::Expr]) -> StmtE {
        match op {
            AssignOp::Op(bop) => self.op_assign(&lhs[0], bop, &rhs[0], false),
            AssignOp::Assign | AssignOp::Define => {
                if lhs.len() != rhs.len() {
                    return self.tuple_assign(lhs, &rhs[0], s.span);
                }
                self.parallel_assign(lhs, rhs, s.span)
            }
        }
    }

    /// `a, b = f()`: a call's several results, stored in order.
    fn tuple_assign(&mut self, lhs: &[ast::Expr], rhs: &ast::Expr, span: Span) -> StmtE {
        if !matches!(rhs.kind, ExprKind::Call { .. }) || self.prog.info.is_comma_ok(rhs.id) {
            self.unsupported(span, "comma-ok assignments");
            return Box::new(|_| Flow::Normal);
        }
        let Some(call) = self.call_code(rhs) else { return Box::new(|_| Flow::Normal) };
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs.iter().map(|l| self.value_store(l)).collect();
        Box::new(move |fr| {
            call(fr);
            let vs = std::mem::take(&mut fr.ret_multi);
            for (st, v) in stores.iter().zip(vs) {
                st(fr, v);
            }
            Flow::Normal
        })
    }

    /// `a, b = x, y`: all right-hand sides are evaluated before any is stored.
    fn parallel_assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], _span: Span) -> StmtE {
        if lhs.len() == 1 {
            return self.store(&lhs[0], &rhs[0]);
        }
        let values: Vec<ValE> = rhs.iter().zip(lhs).map(|(r, l)| {
            let lt = self.target_type(l, r);
            self.value_as(r, lt)
        }).collect();
        let stores: Vec<Box<dyn Fn(&mut Frame, Value)>> = lhs.iter().map(|l| self.value_store(l)).collect();
        Box::new(move |fr| {
            let vs: Vec<Value> = values.iter().map(|v| v(fr)).collect();
            for (st, v) in stores.iter().zip(vs) {
                st(fr, v);
            }
            Flow::Normal
        })
    }

    /// `l = r` for one target.
    fn store(&mut self, l: &ast::Expr, r: &ast::Expr) -> StmtE {
        if let Some(st) = self.index_assign(l, Some(r), None) {
            return st;
        }
        let lt = self.target_type(l, r);
        match self.class(lt) {
            Class::Int(_) => {
                let st = self.int_store(l);
                let v = self.int(r);
                Box::new(move |fr| {
                    let x = v(fr);
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Float(_) => {
                let st = self.word_store(l);
                let v = self.float(r);
                Box::new(move |fr| {
                    let x = v(fr).to_bits();
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Bool => {
                let st = self.word_store(l);
                let v = self.boolean(r);
                Box::new(move |fr| {
                    let x = v(fr) as u64;
                    st(fr, x);
                    Flow::Normal
                })
            }
            Class::Val => {
                let st = self.value_store(l);
                let v = self.value_as(r, lt);
                Box::new(move |fr| {
                    let x = v(fr);
                    st(fr, x);
                    Flow::Normal
                })
            }
        }
    }

    /// The type a store to `l` has (for `_`, the value's own type).
    fn target_type(&self, l: &ast::Expr, r: &ast::Expr) -> TypeId {
        if let ExprKind::Ident(id) = &l.kind {
            if let Some(obj) = self.prog.info.object_of(id.id) {
                return self.prog.objs.get(obj).typ;
            }
            if id.name == "_" {
                let (_, t) = self.type_of(r);
                return crate::types::predicates::default_type(&self.prog.types, t);
            }
        }
        self.type_of(l).1
    }

    /// `x op= y` (and `x++`, `x--` when `incdec`).
    fn op_assign(&mut self, l: &ast::Expr, op: BinaryOp, r: &ast::Expr, incdec: bool) -> StmtE {
        if let Some(st) = self.index_assign(l, if incdec { None } else { Some(r) }, Some(op)) {
            return st;
        }
        let (_, lt) = self.type_of(l);
        let class = self.class(lt);
        match class {
            Class::Int(k) => {
                let cur = self.int(l);
                let rhs: IntE = if incdec { Box::new(|_| 1) } else { self.int(r) };
                let f = int_op(op, k, cur, rhs, l.span, self);
                let st = self.int_store(l);
                Box::new(move |fr| {
                    let v = f(fr);
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Float(f32) => {
                let cur = self.float(l);
                let rhs: FloatE = if incdec { Box::new(|_| 1.0) } else { self.float(r) };
                let f = float_op(op, f32, cur, rhs);
                let st = self.word_store(l);
                Box::new(move |fr| {
                    let v = f(fr).to_bits();
                    st(fr, v);
                    Flow::Normal
                })
            }
            Class::Val if op == BinaryOp::Add => {
                let cur = self.value(l);
                let rhs = self.value(r);
                let st = self.value_store(l);
                Box::new(move |fr| {
                    let a = cur(fr);
                    let b = rhs(fr);
                    st(fr, concat(&a, &b));
                    Flow::Normal
                })
            }
            _ => self.todo(l.span, "this assignment operation"),
        }
    }

    /// Where an integer goes: a local's word, a global.
    fn int_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, i64)> {
        let w = self.word_store(l);
        Box::new(move |fr, v| w(fr, v as u64))
    }

    fn word_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, u64)> {
        if let Some(st) = self.index_store_word(l) {
            return st;
        }
        match self.var_slot(l) {
            Some((slot, false, _)) => Box::new(move |fr, w| fr.set_word(slot, w)),
            Some((slot, true, class)) => Box::new(move |fr, w| fr.globals[slot as usize] = word_value(class, w)),
            None => {
                if !is_blank(l) {
                    self.unsupported(l.span, "assignment to this kind of target");
                }
                Box::new(|_, _| {})
            }
        }
    }

    fn value_store(&mut self, l: &ast::Expr) -> Box<dyn Fn(&mut Frame, Value)> {
        if let Some(st) = self.index_store_value(l) {
            return st;
        }
        match self.var_slot(l) {
            Some((slot, global, class)) => {
                if global {
                    Box::new(move |fr, v| fr.globals[slot as usize] = v)
                } else if class == Class::Val {
                    Box::new(move |fr, v| fr.set_val(slot, v))
                } else {
                    Box::new(move |fr, v| fr.set_word(slot, value_word(&v)))
                }
            }
            None => {
                if !is_blank(l) {
                    self.unsupported(l.span, "assignment to this kind of target");
                }
                Box::new(|_, _| {})
            }
        }
    }

    /// The slot of a variable named by `e`: (slot, is it global, class). Escaping locals
    /// are not supported yet.
    fn var_slot(&mut self, e: &ast::Expr) -> Option<(u32, bool, Class)> {
        let ExprKind::Ident(id) = &e.kind else { return None };
        let obj = self.prog.info.object_of(id.id)?;
        let o = self.prog.objs.get(obj);
        let ObjKind::Var(v) = &o.kind else { return None };
        if v.escapes && !v.global {
            self.unsupported(e.span, "variables captured by closures or whose address is taken");
        }
        let (slot, global, class) = (v.slot, v.global, self.class(o.typ));
        if global {
            self.globals_used.push(obj);
        }
        Some((slot, global, class))
    }

    // ---- expressions -----------------------------------------------------------------------

    fn constant(&self, e: &ast::Expr) -> Option<(Const, TypeId)> {
        match self.prog.info.type_of(e.id) {
            Some(tv) => match &tv.mode {
                ExprMode::Constant(v) => Some((v.clone(), tv.typ)),
                _ => None,
            },
            None => None,
        }
    }

    pub fn int(&mut self, e: &ast::Expr) -> IntE {
        if let Some((c, t)) = self.constant(e) {
            let k = match self.class(t) {
                Class::Int(k) => k,
                _ => IntKind::I64,
            };
            let v = const_int(&c, k);
            return Box::new(move |_| v);
        }
        let (_, t) = self.type_of(e);
        let kind = match self.class(t) {
            Class::Int(k) => k,
            _ => IntKind::I64,
        };
        match &e.kind {
            ExprKind::Paren(x) => self.int(x),
            ExprKind::Ident(_) => match self.var_slot(e) {
                Some((slot, false, _)) => Box::new(move |fr| fr.word(slot) as i64),
                Some((slot, true, _)) => Box::new(move |fr| fr.globals[slot as usize].int()),
                None => self.bad_int(e),
            },
            ExprKind::Binary { op, x, y } if !is_comparison(*op) && !matches!(op, BinaryOp::LAnd | BinaryOp::LOr) => {
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    return self.shift(*op, kind, x, y);
                }
                let a = self.int(x);
                let b = self.int(y);
                int_op(*op, kind, a, b, e.span, self)
            }
            ExprKind::Unary { op, x } => {
                let a = self.int(x);
                match op {
                    UnaryOp::Pos => a,
                    UnaryOp::Neg => Box::new(move |fr| kind.wrap(a(fr).wrapping_neg())),
                    UnaryOp::Xor => Box::new(move |fr| kind.wrap(!a(fr))),
                    _ => self.bad_int(e),
                }
            }
            ExprKind::Call { .. } => self.call_int(e),
            ExprKind::Index { x, indices, .. } => {
                let (_, xt) = self.type_of(x);
                if self.prog.types.basic_kind(xt).is_some_and(|k| k.is_string()) {
                    let s = self.value(x);
                    let i = self.int(&indices[0]);
                    return Box::new(move |fr| {
                        let s = s(fr);
                        let i = i(fr);
                        let b = s.str();
                        if i < 0 || i as usize >= b.len() {
                            panic::index_out_of_range(i, b.len());
                        }
                        b[i as usize] as i64
                    });
                }
                match self.index_int(x, &indices[0]) {
                    Some(f) => f,
                    None => self.bad_int(e),
                }
            }
            _ => self.bad_int(e),
        }
    }

    fn bad_int(&mut self, e: &ast::Expr) -> IntE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| 0)
    }

    fn shift(&mut self, op: BinaryOp, kind: IntKind, x: &ast::Expr, y: &ast::Expr) -> IntE {
        let a = self.int(x);
        let (_, yt) = self.type_of(y);
        let y_unsigned = matches!(self.class(yt), Class::Int(k) if k.is_unsigned());
        let b = self.int(y);
        let bits = kind.bits() as u64;
        let unsigned = kind.is_unsigned();
        Box::new(move |fr| {
            let v = a(fr);
            let s = b(fr);
            if s < 0 && !y_unsigned {
                panic::runtime_error("negative shift amount".to_string());
            }
            let s = s as u64;
            match op {
                BinaryOp::Shl => {
                    if s >= bits {
                        0
                    } else {
                        kind.wrap(((v as u64) << s) as i64)
                    }
                }
                _ => {
                    if unsigned {
                        let u = (v as u64) & (u64::MAX >> (64 - bits));
                        if s >= bits { 0 } else { kind.wrap((u >> s) as i64) }
                    } else if s >= 64 {
                        if v < 0 { -1 } else { 0 }
                    } else {
                        v >> s
                    }
                }
            }
        })
    }

    pub fn float(&mut self, e: &ast::Expr) -> FloatE {
        if let Some((c, t)) = self.constant(e) {
            let f32 = matches!(self.class(t), Class::Float(true));
            let v = constant::to_f64(&constant::to_float(&c).unwrap_or(Const::Unknown)).unwrap_or(0.0);
            let v = if f32 { v as f32 as f64 } else { v };
            return Box::new(move |_| v);
        }
        let (_, t) = self.type_of(e);
        let f32 = matches!(self.class(t), Class::Float(true));
        match &e.kind {
            ExprKind::Paren(x) => self.float(x),
            ExprKind::Ident(_) => match self.var_slot(e) {
                Some((slot, false, _)) => Box::new(move |fr| f64::from_bits(fr.word(slot))),
                Some((slot, true, _)) => Box::new(move |fr| fr.globals[slot as usize].float()),
                None => self.bad_float(e),
            },
            ExprKind::Binary { op, x, y } if !is_comparison(*op) => {
                let a = self.float(x);
                let b = self.float(y);
                float_op(*op, f32, a, b)
            }
            ExprKind::Unary { op: UnaryOp::Neg, x } => {
                let a = self.float(x);
                Box::new(move |fr| -a(fr))
            }
            ExprKind::Unary { op: UnaryOp::Pos, x } => self.float(x),
            ExprKind::Call { .. } => self.call_float(e),
            ExprKind::Index { x, indices, .. } => match self.index_float(x, &indices[0]) {
                Some(f) => f,
                None => self.bad_float(e),
            },
            _ => self.bad_float(e),
        }
    }

    fn bad_float(&mut self, e: &ast::Expr) -> FloatE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| 0.0)
    }

    pub fn boolean(&mut self, e: &ast::Expr) -> BoolE {
        if let Some((c, _)) = self.constant(e) {
            let v = matches!(c, Const::Bool(true));
            return Box::new(move |_| v);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.boolean(x),
            ExprKind::Ident(_) => match self.var_slot(e) {
                Some((slot, false, _)) => Box::new(move |fr| fr.word(slot) != 0),
                Some((slot, true, _)) => Box::new(move |fr| fr.globals[slot as usize].bool()),
                None => self.bad_bool(e),
            },
            ExprKind::Unary { op: UnaryOp::Not, x } => {
                let a = self.boolean(x);
                Box::new(move |fr| !a(fr))
            }
            ExprKind::Binary { op: BinaryOp::LAnd, x, y } => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| a(fr) && b(fr))
            }
            ExprKind::Binary { op: BinaryOp::LOr, x, y } => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| a(fr) || b(fr))
            }
            ExprKind::Binary { op, x, y } if is_comparison(*op) => {
                let (_, xt) = self.type_of(x);
                let (_, yt) = self.type_of(y);
                // Untyped operands compare at the other operand's type.
                let t = if self.prog.types.is_untyped(xt) { yt } else { xt };
                self.compare(*op, x, y, t)
            }
            ExprKind::Call { .. } => {
                let f = self.call_int(e);
                Box::new(move |fr| f(fr) != 0)
            }
            ExprKind::Index { x, indices, .. } => match self.index_bool(x, &indices[0]) {
                Some(f) => f,
                None => self.bad_bool(e),
            },
            _ => self.bad_bool(e),
        }
    }

    fn bad_bool(&mut self, e: &ast::Expr) -> BoolE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| false)
    }

    /// `x op y` for a comparison operator, at operand type `t`.
    fn compare(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr, t: TypeId) -> BoolE {
        let t = crate::types::predicates::default_type(&self.prog.types, t);
        match self.class(t) {
            Class::Int(k) => {
                let a = self.int(x);
                let b = self.int(y);
                if k.is_unsigned() {
                    Box::new(move |fr| cmp_ord(op, (a(fr) as u64).cmp(&(b(fr) as u64))))
                } else {
                    Box::new(move |fr| cmp_ord(op, a(fr).cmp(&b(fr))))
                }
            }
            Class::Float(_) => {
                let a = self.float(x);
                let b = self.float(y);
                Box::new(move |fr| {
                    let (a, b) = (a(fr), b(fr));
                    match op {
                        BinaryOp::Eql => a == b,
                        BinaryOp::Neq => a != b,
                        BinaryOp::Lss => a < b,
                        BinaryOp::Leq => a <= b,
                        BinaryOp::Gtr => a > b,
                        _ => a >= b,
                    }
                })
            }
            Class::Bool => {
                let a = self.boolean(x);
                let b = self.boolean(y);
                Box::new(move |fr| if op == BinaryOp::Eql { a(fr) == b(fr) } else { a(fr) != b(fr) })
            }
            Class::Val => {
                let is_nil = |lw: &Self, e: &ast::Expr| {
                    matches!(&e.kind, ExprKind::Ident(id) if lw.prog.info.object_of(id.id).is_some_and(|o| matches!(lw.prog.objs.get(o).kind, ObjKind::Nil)))
                };
                if matches!(op, BinaryOp::Eql | BinaryOp::Neq) && (is_nil(self, x) || is_nil(self, y)) {
                    let other = if is_nil(self, x) { y } else { x };
                    let (_, ot) = self.type_of(other);
                    if self.is_slice(ot) {
                        let v = self.value(other);
                        let eq = op == BinaryOp::Eql;
                        return Box::new(move |fr| matches!(v(fr), Value::Nil) == eq);
                    }
                }
                if !self.prog.types.basic_kind(t).is_some_and(|k| k.is_string()) {
                    self.unsupported(x.span, "comparison of values of this type");
                    return Box::new(|_| false);
                }
                let a = self.value(x);
                let b = self.value(y);
                Box::new(move |fr| {
                    let (a, b) = (a(fr), b(fr));
                    cmp_ord(op, a.str().cmp(b.str()))
                })
            }
        }
    }

    /// Any expression as a `Value`.
    pub fn value(&mut self, e: &ast::Expr) -> ValE {
        let (_, t) = self.type_of(e);
        self.value_as(e, t)
    }

    /// `e` as a `Value` held as type `t` (untyped constants take `t`, or their default).
    fn value_as(&mut self, e: &ast::Expr, t: TypeId) -> ValE {
        let (_, et) = self.type_of(e);
        if self.prog.types.is_interface(t) && !self.prog.types.is_interface(et) {
            return self.to_iface(e, et);
        }
        let t = if self.prog.types.is_untyped(t) { crate::types::predicates::default_type(&self.prog.types, t) } else { t };
        match self.class(t) {
            Class::Int(_) => {
                let f = self.int(e);
                return Box::new(move |fr| Value::Int(f(fr)));
            }
            Class::Float(_) => {
                let f = self.float(e);
                return Box::new(move |fr| Value::Float(f(fr)));
            }
            Class::Bool => {
                let f = self.boolean(e);
                return Box::new(move |fr| Value::Bool(f(fr)));
            }
            Class::Val => {}
        }
        if let Some((Const::String(s), _)) = self.constant(e) {
            let v = Value::Str(Str::from_bytes(s.to_vec()));
            return Box::new(move |_| v.clone());
        }
        match &e.kind {
            ExprKind::Paren(x) => self.value_as(x, t),
            ExprKind::Ident(id) => {
                if self.prog.info.object_of(id.id).is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::Nil)) {
                    return Box::new(|_| Value::Nil);
                }
                match self.var_slot(e) {
                    Some((slot, false, _)) => Box::new(move |fr| fr.val(slot).clone()),
                    Some((slot, true, _)) => Box::new(move |fr| fr.globals[slot as usize].clone()),
                    None => self.bad_value(e),
                }
            }
            ExprKind::Binary { op: BinaryOp::Add, x, y } => {
                let a = self.value(x);
                let b = self.value(y);
                Box::new(move |fr| {
                    let (a, b) = (a(fr), b(fr));
                    concat(&a, &b)
                })
            }
            ExprKind::Call { .. } => match self.slice_builtin_value(e) {
                Some(v) => v,
                None => self.call_value(e),
            },
            ExprKind::Index { x, indices, .. } => match self.index_value(x, &indices[0]) {
                Some(v) => v,
                None => self.bad_value(e),
            },
            ExprKind::Slice { x, lo, hi, max, .. } => match self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref()) {
                Some(v) => v,
                None => self.bad_value(e),
            },
            ExprKind::CompositeLit { elts, .. } => match self.composite_lit(e, elts) {
                Some(v) => v,
                None => self.bad_value(e),
            },
            _ => self.bad_value(e),
        }
    }

    fn bad_value(&mut self, e: &ast::Expr) -> ValE {
        self.unsupported(e.span, "this expression");
        Box::new(|_| Value::Nil)
    }

    /// `e` converted to an interface: its value with its dynamic type.
    fn to_iface(&mut self, e: &ast::Expr, et: TypeId) -> ValE {
        if self.prog.types.basic_kind(et) == Some(BasicKind::UntypedNil) {
            return Box::new(|_| Value::Nil);
        }
        let rt = self.rtype(et);
        let dt = crate::types::predicates::default_type(&self.prog.types, et);
        let v = self.value_as(e, dt);
        Box::new(move |fr| Value::Iface(Rc::new((rt.clone(), v(fr)))))
    }

    // ---- calls ------------------------------------------------------------------------------

    /// The callee of a call: a declared function (by its code) or a native.
    fn callee(&mut self, fun: &ast::Expr) -> Option<Callee> {
        let id = match &fun.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            ExprKind::Paren(x) => return self.callee(x),
            _ => return None,
        };
        let obj = self.prog.info.object_of(id.id)?;
        let o = self.prog.objs.get(obj);
        match &o.kind {
            ObjKind::Func(_) => match self.func_code(obj) {
                Some(code) => Some(Callee::Func(code, obj)),
                None => {
                    let pkg = o.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map(|p| p.path.clone())?;
                    Some(Callee::Native(format!("{pkg}.{}", o.name), obj))
                }
            },
            ObjKind::Builtin(b) => Some(Callee::Builtin(*b)),
            _ => None,
        }
    }

    /// The code that evaluates the arguments of a call to `obj` into the callee's slots.
    fn args(&mut self, obj: ObjId, args: &[ast::Expr], span: Span) -> Option<Vec<ArgE>> {
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        if args.len() == 1 && sig.params.len() > 1 && !sig.variadic {
            // f(g()): g's results become f's arguments.
            let call = self.call_code(&args[0])?;
            let classes: Vec<Class> = sig.params.iter().map(|&t| self.class(t)).collect();
            let any_iface = sig.params.iter().any(|&t| self.prog.types.is_interface(t));
            if any_iface {
                self.unsupported(span, "f(g()) with interface parameters");
                return None;
            }
            return Some(vec![Box::new(move |fr, base| {
                call(fr);
                let vs = std::mem::take(&mut fr.ret_multi);
                for (i, (v, c)) in vs.into_iter().zip(&classes).enumerate() {
                    if *c == Class::Val {
                        fr.vals[base + i] = v;
                    } else {
                        fr.words[base + i] = value_word(&v);
                    }
                }
            })]);
        }
        if sig.variadic || args.len() != sig.params.len() {
            self.unsupported(span, "variadic calls or f(g()) calls");
            return None;
        }
        Some(args.iter().zip(&sig.params).enumerate().map(|(i, (a, &pt))| self.arg(a, pt, i)).collect())
    }

    fn arg(&mut self, a: &ast::Expr, pt: TypeId, i: usize) -> ArgE {
        match self.class(pt) {
            Class::Int(_) => {
                let v = self.int(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x as u64;
                })
            }
            Class::Float(_) => {
                let v = self.float(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x.to_bits();
                })
            }
            Class::Bool => {
                let v = self.boolean(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x as u64;
                })
            }
            Class::Val => {
                let v = self.value_as(a, pt);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.vals[base + i] = x;
                })
            }
        }
    }

    /// A call of a declared function; the result is left in the frame's return registers.
    fn call_code(&mut self, e: &ast::Expr) -> Option<Box<dyn Fn(&mut Frame)>> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        match self.callee(fun) {
            Some(Callee::Func(code, obj)) => {
                let pushes = self.args(obj, args, e.span)?;
                Some(Box::new(move |fr| {
                    // The callee's window is reserved first, so that calls made while its
                    // arguments are evaluated build their frames above it.
                    let saved_top = fr.top;
                    let base = fr.reserve(code.size);
                    fr.top = base + code.size;
                    for p in &pushes {
                        p(fr, base);
                    }
                    call(fr, &code, base);
                    fr.top = saved_top;
                }))
            }
            Some(Callee::Native(name, obj)) => {
                let f = super::natives::lower_native(self, &name, obj, args, e.span)?;
                Some(f)
            }
            Some(Callee::Builtin(b)) => {
                self.unsupported(e.span, &format!("the built-in {}", b.name()));
                None
            }
            None => {
                self.unsupported(e.span, "calls of function values, methods or conversions");
                None
            }
        }
    }

    fn call_stmt(&mut self, e: &ast::Expr) -> Box<dyn Fn(&mut Frame)> {
        if let ExprKind::Call { fun, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) {
                let v = self.value(e);
                return Box::new(move |fr| {
                    v(fr);
                });
            }
        }
        self.call_code(e).unwrap_or_else(|| Box::new(|_| {}))
    }

    fn call_int(&mut self, e: &ast::Expr) -> IntE {
        if let Some(conv) = self.conversion_int(e) {
            return conv;
        }
        if let Some(b) = self.builtin_int(e) {
            return b;
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                fr.ret_word as i64
            }),
            None => Box::new(|_| 0),
        }
    }

    fn call_float(&mut self, e: &ast::Expr) -> FloatE {
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) && args.len() == 1 {
                let (_, at) = self.type_of(&args[0]);
                let (_, t) = self.type_of(e);
                let f32 = matches!(self.class(t), Class::Float(true));
                return match self.class(at) {
                    Class::Int(k) => {
                        let v = self.int(&args[0]);
                        if k.is_unsigned() {
                            Box::new(move |fr| round32(v(fr) as u64 as f64, f32))
                        } else {
                            Box::new(move |fr| round32(v(fr) as f64, f32))
                        }
                    }
                    _ => {
                        let v = self.float(&args[0]);
                        Box::new(move |fr| round32(v(fr), f32))
                    }
                };
            }
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                f64::from_bits(fr.ret_word)
            }),
            None => Box::new(|_| 0.0),
        }
    }

    fn call_value(&mut self, e: &ast::Expr) -> ValE {
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) {
                self.unsupported(e.span, "this conversion");
                let _ = args;
                return Box::new(|_| Value::Nil);
            }
        }
        if let Some(Callee::Native(name, obj)) = match &e.kind {
            ExprKind::Call { fun, .. } => self.callee(fun),
            _ => None,
        } {
            if let ExprKind::Call { args, .. } = &e.kind {
                if let Some(v) = super::natives::lower_native_value(self, &name, obj, args, e.span) {
                    return v;
                }
            }
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                std::mem::take(&mut fr.ret_val)
            }),
            None => Box::new(|_| Value::Nil),
        }
    }

    /// Integer conversions `T(x)`.
    fn conversion_int(&mut self, e: &ast::Expr) -> Option<IntE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        if !self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) || args.len() != 1 {
            return None;
        }
        let (_, t) = self.type_of(e);
        let Class::Int(k) = self.class(t) else { return None };
        let (_, at) = self.type_of(&args[0]);
        Some(match self.class(at) {
            Class::Float(_) => {
                let v = self.float(&args[0]);
                if k.is_unsigned() {
                    Box::new(move |fr| k.wrap(v(fr) as u64 as i64))
                } else {
                    Box::new(move |fr| k.wrap(v(fr) as i64))
                }
            }
            _ => {
                let v = self.int(&args[0]);
                Box::new(move |fr| k.wrap(v(fr)))
            }
        })
    }

    /// `len(s)` of a string.
    fn builtin_int(&mut self, e: &ast::Expr) -> Option<IntE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        let Some(Callee::Builtin(b)) = self.callee(fun) else { return None };
        if let Some(f) = self.slice_builtin_int(b, args) {
            return Some(f);
        }
        if b == crate::types::object::Builtin::Len {
            let (_, at) = self.type_of(&args[0]);
            if self.prog.types.basic_kind(at).is_some_and(|k| k.is_string()) {
                let v = self.value(&args[0]);
                return Some(Box::new(move |fr| v(fr).str().len() as i64));
            }
        }
        None
    }

    pub(super) fn type_of_expr(&self, e: &ast::Expr) -> TypeId {
        self.type_of(e).1
    }

    pub(super) fn rtype_of(&self, t: TypeId) -> RType {
        self.rtype(t)
    }

    pub(super) fn unsupported_at(&mut self, span: Span, what: &str) {
        self.unsupported(span, what);
    }

    pub(super) fn is_interface(&self, t: TypeId) -> bool {
        self.prog.types.is_interface(t)
    }
}

enum Callee {
    Func(Rc<FuncCode>, ObjId),
    Native(String, ObjId),
    Builtin(crate::types::object::Builtin),
}

fn int_kind(k: BasicKind) -> IntKind {
    match k.canonical() {
        BasicKind::Int8 => IntKind::I8,
        BasicKind::Int16 => IntKind::I16,
        BasicKind::Int32 => IntKind::I32,
        BasicKind::Uint8 => IntKind::U8,
        BasicKind::Uint16 => IntKind::U16,
        BasicKind::Uint32 => IntKind::U32,
        BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => IntKind::U64,
        _ => IntKind::I64,
    }
}

fn const_int(c: &Const, k: IntKind) -> i64 {
    let v = if k.is_unsigned() {
        constant::to_u64(c).map(|u| u as i64).or_else(|| constant::to_i64(c))
    } else {
        constant::to_i64(c).or_else(|| constant::to_u64(c).map(|u| u as i64))
    };
    k.wrap(v.unwrap_or(0))
}

fn int_op(op: BinaryOp, k: IntKind, a: IntE, b: IntE, _span: Span, _lw: &mut Lower<'_>) -> IntE {
    let unsigned = k.is_unsigned();
    match op {
        BinaryOp::Add => Box::new(move |fr| k.wrap(a(fr).wrapping_add(b(fr)))),
        BinaryOp::Sub => Box::new(move |fr| k.wrap(a(fr).wrapping_sub(b(fr)))),
        BinaryOp::Mul => Box::new(move |fr| k.wrap(a(fr).wrapping_mul(b(fr)))),
        BinaryOp::Quo => Box::new(move |fr| {
            let (x, y) = (a(fr), b(fr));
            if y == 0 {
                panic::divide_by_zero();
            }
            if unsigned {
                k.wrap(((x as u64) / (y as u64)) as i64)
            } else {
                k.wrap(x.wrapping_div(y))
            }
        }),
        BinaryOp::Rem => Box::new(move |fr| {
            let (x, y) = (a(fr), b(fr));
            if y == 0 {
                panic::divide_by_zero();
            }
            if unsigned {
                k.wrap(((x as u64) % (y as u64)) as i64)
            } else {
                k.wrap(x.wrapping_rem(y))
            }
        }),
        BinaryOp::And => Box::new(move |fr| a(fr) & b(fr)),
        BinaryOp::Or => Box::new(move |fr| a(fr) | b(fr)),
        BinaryOp::Xor => Box::new(move |fr| k.wrap(a(fr) ^ b(fr))),
        BinaryOp::AndNot => Box::new(move |fr| a(fr) & !b(fr)),
        _ => Box::new(|_| 0),
    }
}

fn float_op(op: BinaryOp, f32: bool, a: FloatE, b: FloatE) -> FloatE {
    match op {
        BinaryOp::Add => Box::new(move |fr| round32(a(fr) + b(fr), f32)),
        BinaryOp::Sub => Box::new(move |fr| round32(a(fr) - b(fr), f32)),
        BinaryOp::Mul => Box::new(move |fr| round32(a(fr) * b(fr), f32)),
        BinaryOp::Quo => Box::new(move |fr| round32(a(fr) / b(fr), f32)),
        _ => Box::new(|_| 0.0),
    }
}

#[inline(always)]
fn round32(v: f64, f32: bool) -> f64 {
    if f32 {
        v as f32 as f64
    } else {
        v
    }
}

fn cmp_ord(op: BinaryOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        BinaryOp::Eql => o == Equal,
        BinaryOp::Neq => o != Equal,
        BinaryOp::Lss => o == Less,
        BinaryOp::Leq => o != Greater,
        BinaryOp::Gtr => o == Greater,
        _ => o != Less,
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Eql | BinaryOp::Neq | BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq)
}

/// `==` of two values of the same scalar or string type.
fn scalar_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.bytes() == y.bytes(),
        (Value::Nil, Value::Nil) => true,
        _ => false,
    }
}

fn concat(a: &Value, b: &Value) -> Value {
    let mut v = Vec::with_capacity(a.str().len() + b.str().len());
    v.extend_from_slice(a.str());
    v.extend_from_slice(b.str());
    Value::Str(Str::from_bytes(v))
}

fn word_value(class: Class, w: u64) -> Value {
    match class {
        Class::Int(_) => Value::Int(w as i64),
        Class::Float(_) => Value::Float(f64::from_bits(w)),
        Class::Bool => Value::Bool(w != 0),
        Class::Val => Value::Nil,
    }
}

fn value_word(v: &Value) -> u64 {
    match v {
        Value::Int(i) => *i as u64,
        Value::Float(f) => f.to_bits(),
        Value::Bool(b) => *b as u64,
        _ => 0,
    }
}

fn is_blank(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}

fn ident_expr(n: &ast::Ident) -> ast::Expr {
    ast::Expr { id: n.id, span: n.span, kind: ExprKind::Ident(n.clone()), depth: 1 }
}
