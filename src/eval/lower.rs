//! Lowering: the checked AST becomes a tree of closures, each specialised by the static
//! type of what it computes. See `eval/mod.rs` for the design.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

use gint_syntax::ast::{self, BinaryOp, ExprKind};
use gint_syntax::span::Span;

use crate::diag::Diagnostic;
use crate::runtime::frame::{Flow, Frame};
use crate::runtime::panic;
use crate::runtime::rtype::{FuncType, IfaceMethod, NamedType, StructField};
use crate::runtime::value::{IntKind, RType, Str, Value};
use crate::types::constant::{self, Value as Const};
use crate::types::info::{ExprMode, FrameOwner};
use crate::types::instantiate::Subst;
use crate::types::object::{ObjId, ObjKind};
use crate::types::types::{BasicKind, Type, TypeId};
use crate::types::CheckedProgram;

mod assign;
mod calls;
mod chans;
mod closures;
mod complex;
mod defers;
mod expr;
mod leaves;
mod maps;
mod method_values;
mod methods;
mod natives_env;
mod natives_os;
mod natives_signal;
mod order;
pub use natives_os::set_program_args;
pub(in crate::eval) use order::eval_ordered;
mod natives_math;
mod natives_std;
pub use natives_std::take_stderr;
pub(in crate::eval) use natives_std::write_stderr;
mod print_builtin;
mod promoted;
mod range_func;
pub(in crate::eval) use methods::{call_method_of, call_method_with, find_method};
pub(in crate::eval) use structs::{update_ptr, write_ptr};
mod arrays;
mod errorf;
pub(in crate::eval) use errorf::ErrorfKind;
mod sites;
mod slices;
mod stmt;
mod structs;
mod types;
pub(in crate::eval) use sites::Site;

pub type IntE = Box<dyn Fn(&mut Frame) -> i64>;
pub type FloatE = Box<dyn Fn(&mut Frame) -> f64>;
pub type BoolE = Box<dyn Fn(&mut Frame) -> bool>;
pub type ValE = Box<dyn Fn(&mut Frame) -> Value>;
pub type StmtE = Box<dyn Fn(&mut Frame) -> Flow>;
/// A call whose results are left in the frame's return registers.
type CallE = Box<dyn Fn(&mut Frame)>;
/// Evaluates an argument into the callee's slot at `base + slot`. The common cases hold
/// the argument expression's code itself, so that pushing an argument is one indirect
/// call rather than two (calls dominate recursive programs).
pub(super) enum ArgE {
    Int(IntE, usize),
    Float(FloatE, usize),
    Bool(BoolE, usize),
    Val(ValE, usize),
    /// Anything else (packed variadic arguments, `f(g())`): code given the callee's base.
    Code(Box<dyn Fn(&mut Frame, usize)>),
}

impl ArgE {
    #[inline(always)]
    pub(super) fn put(&self, fr: &mut Frame, base: usize) {
        match self {
            ArgE::Int(v, i) => {
                let x = v(fr);
                fr.words[base + i] = x as u64;
            }
            ArgE::Float(v, i) => {
                let x = v(fr);
                fr.words[base + i] = x.to_bits();
            }
            ArgE::Bool(v, i) => {
                let x = v(fr);
                fr.words[base + i] = x as u64;
            }
            ArgE::Val(v, i) => {
                let x = v(fr);
                fr.vals[base + i] = x;
            }
            ArgE::Code(f) => f(fr, base),
        }
    }
}

/// The most function instances a program may lower.
const MAX_INSTANCES: usize = 200_000;

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

/// A function as a value (for `Value::Func`): its code and the cells of the variables it
/// captured (empty for a declared function).
pub struct FuncValue {
    pub code: Rc<FuncCode>,
    pub env: Rc<[Value]>,
}

/// The lowered program.
pub struct Lowered {
    pub globals: usize,
    /// Puts a fresh cell holding the zero value in each escaping package-level variable's
    /// slot that has none yet (all of them in a new program; in a REPL session, the ones
    /// the latest input added).
    make_cells: StmtE,
    init: Vec<InitStep>,
    main: Option<Rc<FuncCode>>,
    /// A REPL session's `main` (`lower_session`): one closure per top-level statement of
    /// its body, and its frame size.
    session_main: Vec<StmtE>,
    session_size: usize,
}

/// One step of package initialization: the package-level variables it sets (none for an
/// `init` function) and its code.
struct InitStep {
    lhs: Vec<ObjId>,
    run: StmtE,
}

impl Lowered {
    pub fn run_main(&self, fr: &mut Frame) {
        (self.make_cells)(fr);
        for s in &self.init {
            (s.run)(fr);
        }
        if let Some(main) = &self.main {
            let base = fr.reserve(main.size);
            call(fr, main, base);
        }
    }

    /// For a REPL session: runs the initialization steps `want` chooses, given the
    /// variables each sets (an empty list is an `init` function).
    pub fn run_init_where(&self, fr: &mut Frame, want: &mut dyn FnMut(&[ObjId]) -> bool) {
        (self.make_cells)(fr);
        for s in &self.init {
            if want(&s.lhs) {
                (s.run)(fr);
            }
        }
    }

    /// The frame size of a session's `main`.
    pub fn session_size(&self) -> usize {
        self.session_size
    }

    /// Runs a session's `main` statements from index `from` on, in `main`'s frame at base
    /// 0 (the slots of earlier statements keep their values); a `return` ends them.
    pub fn run_session_stmts(&self, fr: &mut Frame, from: usize) {
        fr.base = 0;
        fr.top = 0;
        fr.reserve(self.session_size);
        fr.top = self.session_size;
        for s in self.session_main.iter().skip(from) {
            if s(fr) == Flow::Return {
                break;
            }
        }
    }
}

/// Calls `f` with its arguments already in place at `base`.
#[inline(always)]
fn call(fr: &mut Frame, f: &FuncCode, base: usize) {
    if fr.stack_low() {
        return fr.call_on_new_segment(&mut |fr| call(fr, f, base));
    }
    let saved = fr.enter(base, f.size);
    if let Some(body) = f.body.get() {
        body(fr);
    }
    fr.leave(saved, f.size);
}

/// Lowers what the program can reach: `main`, the package `main`'s initialization, and the
/// functions and package-level variables of other packages that code refers to (the
/// initializers of standard packages have no effect a program could see otherwise).
///
/// With `track_all`, every call of the user's records its site (`gint test`); otherwise
/// only calls into package log do, for its `Lshortfile` and `Llongfile` prefixes.
pub fn lower_program<'a>(
    prog: &'a CheckedProgram,
    loaded: &'a crate::program::Program,
    sites_of: Option<&'a crate::source::SourceMap>,
    track_all: bool,
) -> Result<Lowered, Vec<Diagnostic>> {
    lower(prog, loaded, sites_of, track_all, false)
}

/// Lowers a REPL session's program: as `lower_program`, but `main`'s body is lowered one
/// closure per top-level statement, so that the session runs only the new ones.
pub fn lower_session<'a>(
    prog: &'a CheckedProgram,
    loaded: &'a crate::program::Program,
) -> Result<Lowered, Vec<Diagnostic>> {
    lower(prog, loaded, None, false, true)
}

fn lower<'a>(
    prog: &'a CheckedProgram,
    loaded: &'a crate::program::Program,
    sites_of: Option<&'a crate::source::SourceMap>,
    track_all: bool,
    session: bool,
) -> Result<Lowered, Vec<Diagnostic>> {
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
    // A program calling runtime.Caller or Callers needs the sites of all its calls.
    let used = |name: &str| {
        let runtime = prog.packages.iter().find(|p| p.path == "runtime");
        runtime.and_then(|p| prog.scopes.lookup_local(p.scope, name)).is_some_and(|c| prog.info.is_used(c))
    };
    let track_all = track_all || ["Caller", "Callers"].iter().any(|n| used(n));
    let mut lw = Lower {
        prog,
        bodies: &loaded.bodies,
        funcs: HashMap::new(),
        errors: Vec::new(),
        decls,
        pending: Vec::new(),
        subst: Subst::default(),
        globals_used: Vec::new(),
        cur_results: Vec::new(),
        cur_named: Vec::new(),
        lit_span: None,
        captures: Vec::new(),
        named_rtypes: Default::default(),
        method_ids: HashMap::new(),
        deferring: false,
        cur_defers: false,
        rt_error: None,
        array_no_copy: false,
        preset: None,
        errorf_types: [None, None, None],
        labels: Vec::new(),
        spread: false,
        global_cells: Vec::new(),
        label_base: 0,
        loop_label: None,
        sites_of,
        track_all,
        sites: Default::default(),
        cur_decl: Span::default(),
        func_names: Vec::new(),
        init_funcs: 0,
        uses_reflect: prog.packages.iter().any(|p| p.path == "reflect" || p.path == "encoding/json"),
    };
    let main_obj = prog.packages.last().and_then(|p| prog.scopes.lookup_local(p.scope, "main"));
    let (mut main, mut session_main, mut session_size) = (None, Vec::new(), 0);
    if session {
        if let Some(obj) = main_obj {
            session_size = prog.info.frame_size(FrameOwner::Func(obj)).unwrap_or(0) as usize;
            if let Some(body) = lw.decls.get(&obj).and_then(|f| f.body.as_ref()) {
                session_main = body.stmts.iter().map(|s| lw.session_stmt(s)).collect();
            }
        }
    } else {
        main = main_obj.and_then(|o| lw.func_code(o));
    }

    // The user's packages' initialization (package main's and, under `gint test`, the
    // package under test's): all their variables in dependency order, then their init
    // functions. Other packages' variables as code refers to them (collected below).
    let mut lowered_entries: Vec<(usize, usize, InitStep)> = Vec::new();
    for (pi, (pkg, checked)) in loaded.packages.iter().zip(&prog.packages).enumerate() {
        if !pkg.user {
            continue;
        }
        for (ei, entry) in checked.init_order.iter().enumerate() {
            if let Some(s) = lw.global_init(pkg, entry) {
                lowered_entries.push((pi, ei, InitStep { lhs: entry.lhs.clone(), run: s }));
            }
        }
        for (k, &f) in checked.inits.iter().enumerate() {
            if let Some(code) = lw.func_code(f) {
                let run = Box::new(move |fr: &mut Frame| {
                    let base = fr.reserve(code.size);
                    call(fr, &code, base);
                    Flow::Normal
                }) as StmtE;
                lowered_entries.push((pi, checked.init_order.len() + k, InitStep { lhs: Vec::new(), run }));
            }
        }
    }
    // Lower what is referred to until nothing new is: function bodies, then the
    // initializers of other packages' variables (which may refer to more).
    let mut done_globals: std::collections::HashSet<ObjId> = Default::default();
    loop {
        while let Some((obj, targs, code)) = lw.pending.pop() {
            lw.lower_body(obj, &targs, &code);
        }
        let wanted: Vec<ObjId> = lw.globals_used.drain(..).filter(|g| done_globals.insert(*g)).collect();
        if wanted.is_empty() {
            break;
        }
        for (pi, (pkg, checked)) in loaded.packages.iter().zip(&prog.packages).enumerate() {
            if pkg.user {
                continue;
            }
            for (ei, entry) in checked.init_order.iter().enumerate() {
                if entry.lhs.iter().any(|v| wanted.contains(v)) {
                    if let Some(s) = lw.global_init(pkg, entry) {
                        lowered_entries.push((pi, ei, InitStep { lhs: entry.lhs.clone(), run: s }));
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
    // The cells of package-level variables exist, holding zero values, before any
    // initializer runs.
    let cells = std::mem::take(&mut lw.global_cells);
    let make_cells: StmtE = Box::new(move |fr: &mut Frame| {
        for (slot, make) in &cells {
            let g = &mut fr.globals[*slot as usize];
            if !matches!(g, Value::Cell(_) | Value::WordCell(_)) {
                *g = make();
            }
        }
        Flow::Normal
    });
    let init: Vec<InitStep> = lowered_entries.into_iter().map(|(_, _, s)| s).collect();
    Ok(Lowered { globals: prog.global_count as usize, make_cells, init, main, session_main, session_size })
}

pub(super) struct Lower<'a> {
    prog: &'a CheckedProgram,
    /// The real bodies of the functions of standard packages (parsed without them).
    bodies: &'a crate::program::Bodies,
    /// Whether the program imports reflect or encoding/json, which can reach the methods of
    /// any type inside an interface value's (so every value becoming an interface records
    /// them all: json calls MarshalJSON, UnmarshalText… at any depth).
    uses_reflect: bool,
    /// The code of each function lowered, by its object and (for generic code) the type
    /// arguments of its instance: each instance is lowered on its own, specialised.
    funcs: HashMap<(ObjId, Vec<TypeId>), Rc<FuncCode>>,
    errors: Vec<Diagnostic>,
    /// Every function declaration of the program, by its object.
    decls: HashMap<ObjId, &'a ast::FuncDecl>,
    /// Functions referred to whose bodies are not lowered yet.
    pending: Vec<(ObjId, Vec<TypeId>, Rc<FuncCode>)>,
    /// While lowering an instance of generic code: its type parameters → type arguments,
    /// applied to every type the checker recorded.
    subst: Subst,
    /// Package-level variables referred to (their initializers must run).
    globals_used: Vec<ObjId>,
    /// The result types of the function being lowered, and its named results' variables.
    cur_results: Vec<TypeId>,
    cur_named: Vec<ast::Expr>,
    /// When lowering a function literal: its span (variables declared outside it are
    /// captured) and the variables it captured so far, in the order of its environment.
    lit_span: Option<Span>,
    captures: Vec<ObjId>,
    /// The runtime descriptor of each declared type, made once (types may be recursive).
    named_rtypes: std::cell::RefCell<HashMap<TypeId, Rc<crate::runtime::value::NamedType>>>,
    /// Method names, numbered for dispatch through interfaces.
    method_ids: HashMap<Rc<str>, u32>,
    /// Set while lowering the call of a `defer` statement: the call path that takes it
    /// pushes a deferred record instead of calling.
    deferring: bool,
    /// Whether the function being lowered defers (its `return x` stores into named results).
    cur_defers: bool,
    /// The dynamic type of runtime errors `recover` returns (made once, when needed).
    rt_error: Option<defers::RtErrorTypes>,
    /// Set by `storage`: the next `value_as` reads an array's own storage, uncopied.
    array_no_copy: bool,
    /// An operand evaluated ahead of the statement holding it (`order::preset`): lowering
    /// that expression reads the value kept here instead.
    preset: Option<(ast::NodeId, Rc<std::cell::RefCell<Value>>)>,
    /// The dynamic types of `fmt.Errorf`'s errors, by `ErrorfKind` (made once).
    errorf_types: [Option<Rc<crate::runtime::value::NamedType>>; 3],
    /// The labels of the statements being lowered, innermost last, with their numbers;
    /// `label_base` is the next number; `loop_label` is the label of the loop whose body
    /// is lowered next.
    labels: Vec<(Rc<str>, u32)>,
    /// Set while lowering a native call `f(…, xs...)`: its last argument is spread.
    spread: bool,
    /// The package-level variables held in cells (their address is taken), with how to
    /// make each one's cell.
    global_cells: Vec<(u32, Box<dyn Fn() -> Value>)>,
    label_base: u32,
    loop_label: Option<u32>,
    /// Under `gint test`: the sources, to record the call sites of the user's calls (see
    /// `lower/sites.rs`), and the table of those recorded so far.
    sites_of: Option<&'a crate::source::SourceMap>,
    /// Whether every call of the user's records its site, or only calls into log.
    track_all: bool,
    pub(in crate::eval) sites: Rc<std::cell::RefCell<Vec<sites::Site>>>,
    /// The declared function whose body is being lowered (a literal's is `lit_span`).
    cur_decl: Span,
    /// When call sites are recorded: the Go names of the functions being lowered,
    /// innermost last (`main.f`, `main.f.func1`), each with the number of function
    /// literals lowered in it so far and whether it is a literal (see `sites::enter_lit`).
    func_names: Vec<(Rc<str>, u32, bool)>,
    /// The number of `init` functions named so far.
    init_funcs: u32,
}

impl<'a> Lower<'a> {
    /// The code of a declared function with a body; its body is lowered later, so that
    /// recursive and mutually recursive calls can refer to it first.
    pub(super) fn func_code(&mut self, obj: ObjId) -> Option<Rc<FuncCode>> {
        self.func_code_inst(obj, Vec::new())
    }

    /// The code of an instance of a generic function, or of a method of a generic type's
    /// instance (`targs` are then the instance's type arguments).
    pub(super) fn func_code_inst(&mut self, obj: ObjId, targs: Vec<TypeId>) -> Option<Rc<FuncCode>> {
        let key = (obj, targs);
        if let Some(code) = self.funcs.get(&key) {
            return Some(code.clone());
        }
        let f = *self.decls.get(&obj)?;
        f.body.as_ref()?;
        // The checker refuses instantiation cycles; this bounds any it would miss.
        if self.funcs.len() > MAX_INSTANCES {
            self.unsupported(f.name.span, "this many instances of generic code (an instantiation cycle?)");
            return None;
        }
        // A body the checker left unchecked (a standard function it found unreachable,
        // `types/lazy.rs`) has no frame size: refuse it rather than run it unchecked.
        let Some(size) = self.prog.info.frame_size(FrameOwner::Func(obj)) else {
            let name = self.prog.objs.get(obj).name.clone();
            self.unsupported(f.name.span, &format!("calling {name}, whose body was not type-checked (a gint bug)"));
            return None;
        };
        let size = size as usize;
        let subst = self.decl_subst(obj, &key.1);
        let sig = self.prog.types.subst(self.prog.objs.get(obj).typ, &subst);
        let results = self.prog.types.signature(sig).map(|s| s.results.clone()).unwrap_or_default();
        let results = results.iter().map(|&t| self.class(t)).collect();
        let code = Rc::new(FuncCode { size, body: OnceCell::new(), results });
        self.funcs.insert(key.clone(), code.clone());
        self.pending.push((obj, key.1, code.clone()));
        Some(code)
    }

    /// The substitution of a declared function's instance: its own type parameters, or
    /// its receiver type's, → `targs`.
    fn decl_subst(&self, obj: ObjId, targs: &[TypeId]) -> Subst {
        if targs.is_empty() {
            return Subst::default();
        }
        // A method's receiver base type's parameters first, then the function's own.
        let recv = self.decls.get(&obj).and_then(|d| d.recv.as_ref());
        let recv_t = recv.and_then(|r| self.prog.info.type_of(r.typ.id)).map(|tv| tv.typ);
        let base = recv_t.map(|t| match self.prog.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        });
        let mut params = match base.map(|b| self.prog.types.get(b)) {
            Some(Type::Named(n)) => n.type_params.clone(),
            _ => Vec::new(),
        };
        params.extend_from_slice(self.prog.types.sig_type_params(self.prog.objs.get(obj).typ));
        Subst::new(params, targs.to_vec())
    }

    /// A top-level statement of a REPL session's `main`. `defer` there would need the whole
    /// session as one call; it is refused.
    fn session_stmt(&mut self, s: &ast::Stmt) -> StmtE {
        if Self::has_defer(std::slice::from_ref(s)) {
            self.unsupported(s.span, "defer at the top level of a REPL session");
        }
        self.stmt(s)
    }

    pub(super) fn lower_body(&mut self, obj: ObjId, targs: &[TypeId], code: &FuncCode) {
        let Some(f) = self.decls.get(&obj).copied() else {
            return;
        };
        let subst = self.decl_subst(obj, targs);
        let saved_subst = std::mem::replace(&mut self.subst, subst);
        if let Some(body) = self.bodies.body(f) {
            self.cur_decl = f.span;
            let named = self.track_all && self.enter_decl(obj, f, !targs.is_empty());
            self.cur_results =
                self.prog.types.signature(self.obj_type(obj)).map(|s| s.results.clone()).unwrap_or_default();
            let boxed_recv = f.recv.as_ref().and_then(|r| r.names.first()).and_then(|n| self.box_param(n));
            let mut code_body = self.func_body(&f.sig, body);
            if let Some(pre) = boxed_recv {
                code_body = Box::new(move |fr| {
                    pre(fr);
                    code_body(fr)
                });
            }
            let _ = code.body.set(code_body);
            if named {
                self.func_names.pop();
            }
        }
        self.subst = saved_subst;
    }

    /// A type the checker recorded, made concrete in the instance being lowered.
    pub(super) fn sub(&self, t: TypeId) -> TypeId {
        self.prog.types.subst(t, &self.subst)
    }

    /// The type arguments the checker recorded for the generic function named at `id`,
    /// made concrete in the instance being lowered (none for a plain function).
    pub(super) fn instance_targs(&self, id: ast::NodeId) -> Vec<TypeId> {
        self.prog.info.instance(id).map(|ts| ts.iter().map(|&t| self.sub(t)).collect()).unwrap_or_default()
    }

    /// The (concrete) type of an object.
    pub(super) fn obj_type(&self, obj: ObjId) -> TypeId {
        self.sub(self.prog.objs.get(obj).typ)
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str) {
        if self.errors.len() < 10 {
            self.errors.push(Diagnostic::error(span, format!("unsupported: {what} (gint cannot run this yet)")));
        }
    }

    pub(super) fn class(&self, t: TypeId) -> Class {
        match self.prog.types.basic_kind(t) {
            Some(k) if k.is_integer() => Class::Int(int_kind(k)),
            Some(BasicKind::Float32) => Class::Float(true),
            Some(k) if k.is_float() => Class::Float(false),
            Some(k) if k.is_boolean() => Class::Bool,
            _ => Class::Val,
        }
    }

    pub(super) fn type_of(&self, e: &ast::Expr) -> (ExprMode, TypeId) {
        match self.prog.info.type_of(e.id) {
            Some(tv) => (tv.mode.clone(), self.sub(tv.typ)),
            // A declaring identifier (named results read by a bare `return`) has no
            // recorded type: its variable's.
            None => match (&e.kind, self.prog.info.object_of(e.id)) {
                (ExprKind::Ident(_), Some(obj)) => (ExprMode::Variable, self.obj_type(obj)),
                _ => (ExprMode::Value, self.prog.types.basic(BasicKind::Invalid)),
            },
        }
    }

    /// The runtime type of values of static type `t` (what an interface records).
    pub(super) fn rtype(&self, t: TypeId) -> RType {
        let t = self.prog.types.unalias(crate::types::predicates::default_type(&self.prog.types, t));
        match self.prog.types.get(t) {
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool => RType::Bool,
                BasicKind::String => RType::String,
                BasicKind::Float32 => RType::Float(32),
                BasicKind::Float64 => RType::Float(64),
                BasicKind::Complex64 => RType::Complex(64),
                BasicKind::Complex128 => RType::Complex(128),
                BasicKind::UnsafePointer => RType::UnsafePointer,
                k if k.is_integer() => RType::Int(int_kind(k)),
                _ => RType::Other(Rc::from(k.name())),
            },
            Type::Slice(et) => RType::Slice(Rc::new(self.rtype(*et))),
            Type::Array { len, elem } => RType::Array(*len, Rc::new(self.rtype(*elem))),
            Type::Pointer(et) => RType::Pointer(Rc::new(self.rtype(*et))),
            Type::Map { key, value } => RType::Map(Rc::new(self.rtype(*key)), Rc::new(self.rtype(*value))),
            Type::Chan { dir, elem } => {
                use crate::runtime::rtype::ChanDir;
                let dir = match dir {
                    crate::types::types::ChanDir::Both => ChanDir::Both,
                    crate::types::types::ChanDir::Send => ChanDir::Send,
                    crate::types::types::ChanDir::Recv => ChanDir::Recv,
                };
                RType::Chan(dir, Rc::new(self.rtype(*elem)))
            }
            Type::Struct { fields } => {
                let fs: Vec<StructField> = fields
                    .iter()
                    .map(|f| StructField {
                        name: f.name.clone(),
                        typ: self.rtype(f.typ),
                        tag: f.tag.clone().unwrap_or_else(|| Rc::from("")),
                        embedded: f.embedded,
                        pkg_path: if crate::types::lookup::is_exported(&f.name) {
                            None
                        } else {
                            f.pkg.map(|p| self.pkg_path(p))
                        },
                    })
                    .collect();
                RType::Struct(Rc::from(fs))
            }
            Type::Signature(sig) => RType::Func(Rc::new(self.func_rtype(sig))),
            Type::Interface(i) => {
                let mut ms: Vec<IfaceMethod> = i
                    .methods
                    .iter()
                    .map(|m| IfaceMethod {
                        name: m.name.clone(),
                        pkg_path: if crate::types::lookup::is_exported(&m.name) {
                            None
                        } else {
                            m.pkg.map(|p| self.pkg_path(p))
                        },
                        typ: self.rtype(m.sig),
                    })
                    .collect();
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                RType::Interface(Rc::from(ms))
            }
            Type::Named(n) => {
                if let Some(d) = self.named_rtypes.borrow().get(&t) {
                    return RType::Named(d.clone());
                }
                let name = crate::types::typestring::runtime_type_string(&self.prog.types, &self.prog.objs, t, &|p| {
                    self.prog.packages.get(p.0 as usize).map(|p| p.name.clone())
                });
                let obj = self.prog.objs.get(n.obj);
                let pkg_path = obj.pkg.map(|p| self.pkg_path(p)).unwrap_or_else(|| Rc::from(""));
                let pkg_name = obj.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map(|p| p.name.clone());
                let bare = match pkg_name {
                    Some(pn) => name.strip_prefix(&format!("{pn}.")).unwrap_or(&name).to_string(),
                    None => name.clone(),
                };
                let d = Rc::new(NamedType::new(&name, &bare, &pkg_path));
                self.named_rtypes.borrow_mut().insert(t, d.clone());
                let u = self.rtype(n.underlying.get());
                let _ = d.underlying.set(u);
                RType::Named(d)
            }
            _ => {
                let name = crate::types::typestring::runtime_type_string(&self.prog.types, &self.prog.objs, t, &|p| {
                    self.prog.packages.get(p.0 as usize).map(|p| p.name.clone())
                });
                RType::Other(Rc::from(name.as_str()))
            }
        }
    }

    /// The runtime type of a function signature.
    pub(super) fn func_rtype(&self, sig: &crate::types::types::Signature) -> FuncType {
        FuncType {
            params: sig.params.iter().map(|&p| self.rtype(p)).collect(),
            results: sig.results.iter().map(|&r| self.rtype(r)).collect(),
            variadic: sig.variadic,
        }
    }

    /// The import path of a package.
    fn pkg_path(&self, p: crate::types::types::PkgId) -> Rc<str> {
        self.prog.packages.get(p.0 as usize).map(|p| Rc::from(p.path.as_str())).unwrap_or_else(|| Rc::from(""))
    }
}

enum Callee {
    Func(Rc<FuncCode>),
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
        BasicKind::Uint64 => IntKind::U64,
        BasicKind::Uint => IntKind::Uint,
        BasicKind::Uintptr => IntKind::Uintptr,
        BasicKind::Int64 => IntKind::I64,
        _ => IntKind::Int,
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

fn concat(a: &Value, b: &Value) -> Value {
    crate::runtime::memory::check_alloc((a.str().len() + b.str().len()) as u64, 1);
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

/// Calls the function value `fv` with `args` (scalars as `Int`, `Float` or `Bool`, which
/// travel as words); its results are left where a call's go (for reflect's Call).
pub(in crate::eval) fn call_func_with(fr: &mut Frame, fv: &FuncValue, args: &[Value]) {
    let size = fv.code.size.max(args.len());
    let saved_top = fr.top;
    let base = fr.reserve(size);
    fr.top = base + size;
    for (i, a) in args.iter().enumerate() {
        match a {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => fr.words[base + i] = value_word(a),
            _ => fr.vals[base + i] = a.clone(),
        }
    }
    let saved_env = std::mem::replace(&mut fr.env, fv.env.clone());
    call(fr, &fv.code, base);
    fr.env = saved_env;
    fr.top = saved_top;
}

/// Calls the function value `fv` with no arguments (`time.AfterFunc`'s goroutine, a
/// context's AfterFunc), on the running goroutine's stacks.
pub(in crate::eval) fn call_func_value(fr: &mut Frame, fv: &FuncValue) {
    let size = fv.code.size;
    let saved_top = fr.top;
    let base = fr.reserve(size);
    fr.top = base + size;
    let saved_env = std::mem::replace(&mut fr.env, fv.env.clone());
    call(fr, &fv.code, base);
    fr.env = saved_env;
    fr.top = saved_top;
}
