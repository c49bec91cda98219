//! Lowering closures and function values: escaping variables boxed in cells, function
//! literals with the environment of the cells they capture, calls of function values.
//!
//! Invariants: a local variable that escapes (a closure captures it, or its address is
//! taken) lives in a cell from its declaration on — `Value::WordCell` for scalars,
//! `Value::Cell` for the rest — held in its slot of the `vals` stack (its word is unused);
//! every read and write goes through the cell. Each execution of its declaration makes a
//! new cell, so closures made in different iterations of a loop see different variables.
//! A function literal's code reads the variables of enclosing functions through its
//! environment (`Frame::env`): index `i` is the `i`-th variable the literal captured, in the
//! order its body first refers to them. A literal nested in another captures through its
//! parent: the parent then captures the variable too.

use std::cell::Cell;

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::*;

/// Where the code finds a variable.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place {
    /// In its slot of the running function's frame.
    Local(u32),
    /// In a cell held in its slot. `defining` when this is the variable's declaration: the
    /// store makes a fresh cell.
    Boxed {
        slot: u32,
        defining: bool,
    },
    /// In a cell of the running closure's environment.
    Env(u32),
    Global(u32),
    /// A package-level variable whose address is taken: in a cell held in its global slot
    /// (made before initialization starts, `Lower::global_cells`).
    GlobalCell(u32),
}

#[inline(always)]
pub(super) fn cell_word(v: &Value) -> u64 {
    match v {
        Value::WordCell(c) => c.get(),
        _ => 0,
    }
}

#[inline(always)]
fn set_cell_word(v: &Value, w: u64) {
    if let Value::WordCell(c) = v {
        c.set(w);
    }
}

#[inline(always)]
fn cell_val(v: &Value) -> Value {
    match v {
        Value::Cell(c) => c.borrow().clone(),
        _ => Value::Nil,
    }
}

#[inline(always)]
fn set_cell_val(v: &Value, x: Value) {
    if let Value::Cell(c) = v {
        *c.borrow_mut() = x;
    }
}

fn word_cell(w: u64) -> Value {
    Value::WordCell(Rc::new(Cell::new(w)))
}

fn val_cell(v: Value) -> Value {
    Value::Cell(crate::runtime::gc::new_cell(v))
}

/// A fresh cell holding what `old` holds (a loop variable's next iteration).
fn renewed(old: &Value) -> Value {
    match old {
        Value::WordCell(c) => word_cell(c.get()),
        Value::Cell(c) => val_cell(c.borrow().clone()),
        _ => Value::Nil,
    }
}

type WordStore = Box<dyn Fn(&mut Frame, u64)>;
/// Finds a captured variable's cell, in the code that makes a closure.
type CellE = Box<dyn Fn(&Frame) -> Value>;
/// Evaluates a callee: its function, or `None` for a nil function.
pub(super) type CalleeE = Box<dyn Fn(&mut Frame) -> Option<Rc<FuncValue>>>;
type ValStore = Box<dyn Fn(&mut Frame, Value)>;

impl<'a> Lower<'a> {
    /// Where the variable named by `e` is, and how it is held.
    pub(super) fn var_place(&mut self, e: &ast::Expr) -> Option<(Place, Class)> {
        let id = match &e.kind {
            ExprKind::Ident(id) => id,
            // A package's variable, `pkg.V` (a selector the checker recorded no selection for).
            ExprKind::Selector { sel, .. } if self.prog.info.selection(e.id).is_none() => sel,
            _ => return None,
        };
        let obj = self.prog.info.object_of(id.id)?;
        let o = self.prog.objs.get(obj);
        let ObjKind::Var(v) = &o.kind else {
            return None;
        };
        let class = self.class(self.obj_type(obj));
        if v.global {
            let (slot, escapes, typ) = (v.slot, v.escapes, o.typ);
            self.globals_used.push(obj);
            if escapes {
                if !self.global_cells.iter().any(|(s, _)| *s == slot) {
                    let cell = if class == Class::Val {
                        let zero = self.fresh_zero(typ, id.span);
                        Box::new(move || val_cell(zero())) as Box<dyn Fn() -> Value>
                    } else {
                        Box::new(|| word_cell(0))
                    };
                    self.global_cells.push((slot, cell));
                }
                return Some((Place::GlobalCell(slot), class));
            }
            return Some((Place::Global(slot), class));
        }
        let defining = o.pos == id.span;
        Some((self.local_place(obj, defining), class))
    }

    /// Where a local variable is: in the running function's frame, or (a variable of an
    /// enclosing function, seen from a function literal) in the literal's environment.
    pub(super) fn local_place(&mut self, obj: ObjId, defining: bool) -> Place {
        let o = self.prog.objs.get(obj);
        let (slot, escapes) = match &o.kind {
            ObjKind::Var(v) => (v.slot, v.escapes),
            _ => (0, false),
        };
        if let Some(lit) = self.lit_span {
            let inside = o.pos.file == lit.file && o.pos.lo >= lit.lo && o.pos.hi <= lit.hi;
            if !inside {
                let i = match self.captures.iter().position(|&c| c == obj) {
                    Some(i) => i,
                    None => {
                        self.captures.push(obj);
                        self.captures.len() - 1
                    }
                };
                return Place::Env(i as u32);
            }
        }
        if escapes {
            Place::Boxed { slot, defining }
        } else {
            Place::Local(slot)
        }
    }

    /// A read of a boxed or captured scalar variable, its word converted by `conv`.
    pub(super) fn cell_read<T: 'static>(
        &mut self,
        place: Place,
        conv: impl Fn(u64) -> T + Copy + 'static,
    ) -> Box<dyn Fn(&mut Frame) -> T> {
        match place {
            Place::Env(i) => Box::new(move |fr| conv(cell_word(&fr.env[i as usize]))),
            Place::Boxed { slot, .. } => Box::new(move |fr| conv(cell_word(fr.val(slot)))),
            Place::Local(slot) => Box::new(move |fr| conv(fr.word(slot))),
            Place::Global(slot) => Box::new(move |fr| conv(value_word(&fr.globals[slot as usize]))),
            Place::GlobalCell(slot) => Box::new(move |fr| conv(cell_word(&fr.globals[slot as usize]))),
        }
    }

    /// A read of a boxed or captured variable held as a `Value`.
    pub(super) fn cell_read_value(&mut self, place: Place) -> ValE {
        match place {
            Place::Env(i) => Box::new(move |fr| cell_val(&fr.env[i as usize])),
            Place::Boxed { slot, .. } => Box::new(move |fr| cell_val(fr.val(slot))),
            Place::Local(slot) => Box::new(move |fr| fr.val(slot).clone()),
            Place::Global(slot) => Box::new(move |fr| fr.globals[slot as usize].clone()),
            Place::GlobalCell(slot) => Box::new(move |fr| cell_val(&fr.globals[slot as usize])),
        }
    }

    /// A store of a word into a boxed or captured variable.
    pub(super) fn cell_store_word(&mut self, place: Place, class: Class) -> WordStore {
        match place {
            Place::Env(i) => Box::new(move |fr, w| set_cell_word(&fr.env[i as usize], w)),
            Place::Boxed { slot, defining: true } => Box::new(move |fr, w| fr.set_val(slot, word_cell(w))),
            Place::Boxed { slot, defining: false } => Box::new(move |fr, w| set_cell_word(fr.val(slot), w)),
            Place::Local(slot) => Box::new(move |fr, w| fr.set_word(slot, w)),
            Place::Global(slot) => Box::new(move |fr, w| fr.globals[slot as usize] = word_value(class, w)),
            Place::GlobalCell(slot) => Box::new(move |fr, w| set_cell_word(&fr.globals[slot as usize], w)),
        }
    }

    /// A store of a `Value` into a boxed or captured variable of class `Val`.
    pub(super) fn cell_store_value(&mut self, place: Place) -> ValStore {
        match place {
            Place::Env(i) => Box::new(move |fr, v| set_cell_val(&fr.env[i as usize], v)),
            Place::Boxed { slot, defining: true } => Box::new(move |fr, v| fr.set_val(slot, val_cell(v))),
            Place::Boxed { slot, defining: false } => Box::new(move |fr, v| set_cell_val(fr.val(slot), v)),
            Place::Local(slot) => Box::new(move |fr, v| fr.set_val(slot, v)),
            Place::Global(slot) => Box::new(move |fr, v| fr.globals[slot as usize] = v),
            Place::GlobalCell(slot) => Box::new(move |fr, v| set_cell_val(&fr.globals[slot as usize], v)),
        }
    }

    /// The statement that makes a fresh cell holding the zero value for an escaping local
    /// declared by `var x T`.
    pub(super) fn zero_cell(&mut self, slot: u32, class: Class, zero: Value) -> StmtE {
        if class == Class::Val {
            Box::new(move |fr| {
                fr.set_val(slot, val_cell(zero.clone()));
                Flow::Normal
            })
        } else {
            Box::new(move |fr| {
                fr.set_val(slot, word_cell(0));
                Flow::Normal
            })
        }
    }

    /// The body of a function (declared or literal): escaping parameters are boxed on entry,
    /// named results start as their zero values, then the block runs.
    pub(super) fn func_body(&mut self, ft: &ast::FuncType, body: &ast::Block) -> StmtE {
        self.cur_named = ft.results.iter().flat_map(|r| r.names.iter().map(ident_expr)).collect();
        let defers = Self::has_defer(&body.stmts);
        let saved_defers = std::mem::replace(&mut self.cur_defers, defers);
        let mut pre: Vec<StmtE> =
            ft.params.iter().flat_map(|p| p.names.iter()).filter_map(|n| self.box_param(n)).collect();
        pre.extend(ft.results.iter().flat_map(|r| r.names.iter()).filter_map(|n| self.zero_var(n)));
        let mut stmts = self.block(&body.stmts);
        self.cur_defers = saved_defers;
        if defers {
            let named = self.cur_named.clone();
            stmts = self.with_defers(stmts, &named, body.span);
        }
        self.cur_named.clear();
        if pre.is_empty() {
            return stmts;
        }
        pre.push(stmts);
        Box::new(move |fr| {
            for s in &pre {
                let flow = s(fr);
                if flow != Flow::Normal {
                    return flow;
                }
            }
            Flow::Normal
        })
    }

    /// Boxes an escaping parameter: its argument moves from the slot into a new cell.
    pub(super) fn box_param(&mut self, n: &ast::Ident) -> Option<StmtE> {
        let obj = self.prog.info.object_of(n.id)?;
        let o = self.prog.objs.get(obj);
        let ObjKind::Var(v) = &o.kind else {
            return None;
        };
        if !v.escapes {
            return None;
        }
        let slot = v.slot;
        Some(if self.class(self.obj_type(obj)) == Class::Val {
            Box::new(move |fr| {
                let v = std::mem::take(&mut fr.vals[fr.base + slot as usize]);
                fr.set_val(slot, val_cell(v));
                Flow::Normal
            })
        } else {
            Box::new(move |fr| {
                let w = fr.word(slot);
                fr.set_val(slot, word_cell(w));
                Flow::Normal
            })
        })
    }

    /// A function literal: its code is lowered once; each evaluation makes a closure of that
    /// code and the cells of the variables it captures.
    pub(super) fn func_lit(&mut self, e: &ast::Expr, ft: &ast::FuncType, body: &ast::Block) -> ValE {
        let (_, t) = self.type_of(e);
        let size = self.prog.info.frame_size(FrameOwner::Lit(e.id)).unwrap_or(0) as usize;
        let results = self.prog.types.signature(t).map(|s| s.results.clone()).unwrap_or_default();
        let classes = results.iter().map(|&r| self.class(r)).collect();
        let code = Rc::new(FuncCode { size, body: OnceCell::new(), results: classes });

        let saved_results = std::mem::replace(&mut self.cur_results, results);
        let saved_named = std::mem::take(&mut self.cur_named);
        let saved_lit = self.lit_span.replace(e.span);
        let saved_captures = std::mem::take(&mut self.captures);
        let saved_label = self.loop_label.take();
        let named = self.track_all && self.enter_lit();
        let lowered = self.func_body(ft, body);
        if named {
            self.func_names.pop();
        }
        self.loop_label = saved_label;
        let _ = code.body.set(lowered);
        let captures = std::mem::replace(&mut self.captures, saved_captures);
        self.lit_span = saved_lit;
        self.cur_named = saved_named;
        self.cur_results = saved_results;

        // The environment is built in the enclosing function, from its own cells or from
        // its environment.
        let cells: Vec<CellE> = captures.iter().map(|&obj| self.cell_of(obj, e.span)).collect();
        if cells.is_empty() {
            let f = Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }));
            return Box::new(move |_| f.clone());
        }
        Box::new(move |fr| {
            let env: Rc<[Value]> = cells.iter().map(|c| c(fr)).collect();
            Value::Func(Rc::new(FuncValue { code: code.clone(), env }))
        })
    }

    /// The cell of a captured variable, as the code making a closure finds it.
    fn cell_of(&mut self, obj: ObjId, span: Span) -> CellE {
        match self.local_place(obj, false) {
            Place::Env(i) => Box::new(move |fr| fr.env[i as usize].clone()),
            Place::Boxed { slot, .. } => Box::new(move |fr| fr.val(slot).clone()),
            _ => {
                self.unsupported(span, "capturing a variable the checker did not mark as escaping");
                Box::new(|_| Value::Nil)
            }
        }
    }

    /// A declared function used as a value (`f := fib`).
    pub(super) fn func_value(&mut self, obj: ObjId, name: ast::NodeId, span: Span) -> ValE {
        let targs: Vec<TypeId> = self.instance_targs(name);
        match self.func_code_inst(obj, targs) {
            Some(code) => {
                let f = Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) }));
                Box::new(move |_| f.clone())
            }
            None => {
                let o = self.prog.objs.get(obj);
                let pkg = o.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map(|p| p.path.clone());
                let name = format!("{}.{}", pkg.unwrap_or_default(), o.name);
                if let Some(f) = self.std_native_value(&name, obj) {
                    return Box::new(move |_| f.clone());
                }
                if let Some(f) = self.print_func_value(&name, obj) {
                    return Box::new(move |_| f.clone());
                }
                self.unsupported(span, "this native function as a value");
                Box::new(|_| Value::Nil)
            }
        }
    }

    /// fmt's printers as function values (`p := fmt.Println`).
    fn print_func_value(&mut self, name: &str, obj: ObjId) -> Option<Value> {
        let print = crate::eval::natives::print_func_body(self, name)?;
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        let results = sig.results.iter().map(|&t| self.class(t)).collect();
        let code = Rc::new(FuncCode { size: sig.params.len(), body: OnceCell::new(), results });
        let body: StmtE = Box::new(move |fr| {
            print(fr);
            Flow::Return
        });
        let _ = code.body.set(body);
        Some(Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) })))
    }

    /// What a call of a function value is made of: the code reading the function, the
    /// pushes of the arguments, and the number of parameters.
    pub(super) fn dyn_parts(&mut self, e: &ast::Expr, fun: &ast::Expr) -> Option<(CalleeE, Vec<ArgE>, usize)> {
        let (_, ft) = self.type_of(fun);
        let sig = self.prog.types.signature(ft)?.clone();
        // A callee in a local slot is read as its function, without cloning a `Value`.
        let f: CalleeE = match self.var_place(fun) {
            Some((Place::Local(slot), _)) => Box::new(move |fr| match fr.val(slot) {
                Value::Func(f) => Some(f.clone()),
                _ => None,
            }),
            _ => {
                let v = self.value(fun);
                Box::new(move |fr| match v(fr) {
                    Value::Func(f) => Some(f),
                    _ => None,
                })
            }
        };
        let pushes = self.args_for(&sig, e, 0)?;
        Some((f, pushes, sig.params.len()))
    }

    /// A call of a function value: the same convention as a direct call (`dyn_call_code`).
    pub(super) fn dyn_call(&mut self, e: &ast::Expr, fun: &ast::Expr) -> Option<CallE> {
        let deferring = std::mem::take(&mut self.deferring);
        let (f, pushes, nparams) = self.dyn_parts(e, fun)?;
        if deferring {
            // The function value and the arguments are evaluated now; a nil function
            // panics when the deferred call runs.
            return Some(Box::new(move |fr| {
                let fv = f(fr);
                let saved_top = fr.top;
                let size = fv.as_ref().map_or(nparams, |fv| fv.code.size.max(nparams));
                let base = fr.reserve(size);
                fr.top = base + size;
                for p in &pushes {
                    p.put(fr, base);
                }
                match fv {
                    Some(fv) => super::defers::push_deferred(fr, fv.code.clone(), Some(fv.env.clone()), base),
                    None => {
                        for v in &mut fr.vals[base..base + size] {
                            *v = Value::Nil;
                        }
                        super::defers::push_nil_deferred(fr)
                    }
                }
                fr.top = saved_top;
            }));
        }
        Some(dyn_call_code(f, pushes, nparams, |_| ()))
    }

    /// `x += k`, `x -= k`, `x++`, `x--` of an integer variable and a constant, fused into
    /// one node (the commonest updates: loop counters, and counters in closures).
    pub(super) fn add_const_assign(
        &mut self,
        l: &ast::Expr,
        op: ast::BinaryOp,
        r: &ast::Expr,
        incdec: bool,
    ) -> Option<StmtE> {
        if !matches!(op, ast::BinaryOp::Add | ast::BinaryOp::Sub) {
            return None;
        }
        let (place, Class::Int(k)) = self.var_place(l)? else {
            return None;
        };
        let d = if incdec {
            1
        } else {
            let (c, _) = self.constant(r)?;
            const_int(&c, k)
        };
        let d = if op == ast::BinaryOp::Sub { d.wrapping_neg() } else { d };
        let add = move |w: u64| k.wrap((w as i64).wrapping_add(d)) as u64;
        Some(match place {
            Place::Local(slot) => Box::new(move |fr| {
                let w = fr.word(slot);
                fr.set_word(slot, add(w));
                Flow::Normal
            }),
            Place::Env(i) => Box::new(move |fr| {
                if let Value::WordCell(c) = &fr.env[i as usize] {
                    c.set(add(c.get()));
                }
                Flow::Normal
            }),
            Place::Boxed { slot, .. } => Box::new(move |fr| {
                if let Value::WordCell(c) = fr.val(slot) {
                    c.set(add(c.get()));
                }
                Flow::Normal
            }),
            Place::GlobalCell(slot) => Box::new(move |fr| {
                if let Value::WordCell(c) = &fr.globals[slot as usize] {
                    c.set(add(c.get()));
                }
                Flow::Normal
            }),
            Place::Global(_) => return None,
        })
    }

    /// The escaping variables a 3-clause `for` declares in its init statement: each
    /// iteration gets its own copy (Go 1.22), so the loop renews their cells before `post`.
    pub(super) fn loop_cells(&mut self, init: Option<&ast::Stmt>) -> Vec<u32> {
        let Some(ast::Stmt { kind: ast::StmtKind::Assign { lhs, op: ast::AssignOp::Define, .. }, .. }) = init else {
            return Vec::new();
        };
        let mut slots = Vec::new();
        for l in lhs {
            if let Some((Place::Boxed { slot, defining: true }, _)) = self.var_place(l) {
                slots.push(slot);
            }
        }
        slots
    }
}

/// Gives each of the loop's escaping variables a fresh cell holding its current value.
pub(super) fn renew_cells(fr: &mut Frame, slots: &[u32]) {
    for &s in slots {
        let fresh = renewed(fr.val(s));
        fr.set_val(s, fresh);
    }
}

impl<'a> Lower<'a> {
    /// Whether `x` names an imported package (the `pkg` of `pkg.Name`).
    pub(super) fn is_package_name(&self, x: &ast::Expr) -> bool {
        let ExprKind::Ident(id) = &x.kind else { return false };
        self.prog.info.object_of(id.id).is_some_and(|o| matches!(self.prog.objs.get(o).kind, ObjKind::PkgName(_)))
    }
}

/// The code of a call of the function value `f` reads, with arguments `pushes` (of
/// `nparams` parameters), then `read` of its result, as one closure. The closure's
/// environment is swapped in for the call. Calling a nil function panics after the
/// arguments are evaluated, as in Go.
pub(super) fn dyn_call_code<R: 'static>(
    f: CalleeE,
    pushes: Vec<ArgE>,
    nparams: usize,
    read: impl Fn(&mut Frame) -> R + 'static,
) -> Box<dyn Fn(&mut Frame) -> R> {
    Box::new(move |fr| {
        let fv = f(fr);
        let saved_top = fr.top;
        let Some(fv) = fv else {
            let base = fr.reserve(nparams);
            fr.top = base + nparams;
            for p in &pushes {
                p.put(fr, base);
            }
            panic::nil_dereference();
        };
        let size = fv.code.size;
        let base = fr.reserve(size);
        fr.top = base + size;
        for p in &pushes {
            p.put(fr, base);
        }
        let saved_env = std::mem::replace(&mut fr.env, fv.env.clone());
        call(fr, &fv.code, base);
        fr.env = saved_env;
        fr.top = saved_top;
        read(fr)
    })
}
