//! Design A: closure compilation, every expression `Fn(&mut Frame) -> Value`.
//! Operations are still specialised by type at lowering (AddI unwraps two Ints), but every
//! intermediate result travels as a 16-byte tagged `Value`.
use crate::frame::{Flow, Frame};
use crate::ir::{self, BinOp, CellRef, Expr, Stmt, Ty};
use crate::value::{new_cell, ClosureObj, Opts, SliceInt, Value};
use std::cell::OnceCell;
use std::rc::Rc;

type E = Box<dyn Fn(&mut Frame) -> Value>;
type S = Box<dyn Fn(&mut Frame) -> Flow>;

pub struct Func {
    nslots: usize,
    ref_slots: Vec<u32>,
    body: S,
}

type FuncTable = Rc<Vec<OnceCell<Func>>>;

pub fn compile(p: &ir::Program, opts: Opts) -> impl Fn() -> i64 {
    let table: FuncTable = Rc::new((0..p.funcs.len()).map(|_| OnceCell::new()).collect());
    let lw = Lower { table: table.clone(), opts };
    for (i, f) in p.funcs.iter().enumerate() {
        let ref_slots = (0..f.slots.len() as u32).filter(|&s| f.slots[s as usize] == Ty::Ref).collect();
        let _ = table[i].set(Func { nslots: f.slots.len(), ref_slots, body: lw.block(&f.body) });
    }
    let main = p.main;
    move || {
        let mut fr = Frame::new();
        let f = table[main].get().unwrap();
        let saved = fr.enter(0, f.nslots);
        (f.body)(&mut fr);
        fr.leave(saved, 0, &f.ref_slots);
        fr.ret.as_int()
    }
}

struct Lower {
    table: FuncTable,
    opts: Opts,
}

/// Call `f` with arguments already evaluated and pushed at `nb..`.
#[inline(always)]
fn invoke(fr: &mut Frame, f: &Func, nb: usize) -> Value {
    fr.tick();
    let saved = fr.enter(nb, f.nslots);
    (f.body)(fr);
    fr.leave(saved, nb, &f.ref_slots);
    std::mem::replace(&mut fr.ret, Value::Nil)
}

/// Same, but the callee gets a freshly allocated `Vec` as its frame.
#[inline(always)]
fn invoke_vec(fr: &mut Frame, f: &Func, args: Vec<Value>) -> Value {
    fr.tick();
    let mut slots = args;
    slots.resize(f.nslots, Value::Nil);
    let saved_vals = std::mem::replace(&mut fr.vals, slots);
    let (saved_base, saved_top) = (fr.base, fr.top);
    fr.base = 0;
    fr.top = f.nslots;
    (f.body)(fr);
    fr.vals = saved_vals;
    fr.base = saved_base;
    fr.top = saved_top;
    std::mem::replace(&mut fr.ret, Value::Nil)
}

macro_rules! int_op {
    ($l:ident, $r:ident, |$a:ident, $b:ident| $e:expr) => {
        Box::new(move |fr: &mut Frame| {
            let $a = $l(fr).as_int();
            let $b = $r(fr).as_int();
            $e
        })
    };
}
macro_rules! float_op {
    ($l:ident, $r:ident, |$a:ident, $b:ident| $e:expr) => {
        Box::new(move |fr: &mut Frame| {
            let $a = $l(fr).as_float();
            let $b = $r(fr).as_float();
            $e
        })
    };
}

impl Lower {
    fn expr(&self, e: &Expr) -> E {
        match e {
            &Expr::Int(k) => Box::new(move |_| Value::Int(k)),
            &Expr::Float(k) => Box::new(move |_| Value::Float(k)),
            &Expr::Local(s, _) => Box::new(move |fr| fr.slot(s).clone()),
            Expr::Bin(op, l, r) => {
                let (l, r) = (self.expr(l), self.expr(r));
                match op {
                    BinOp::AddI => int_op!(l, r, |a, b| Value::Int(a.wrapping_add(b))),
                    BinOp::SubI => int_op!(l, r, |a, b| Value::Int(a.wrapping_sub(b))),
                    BinOp::MulI => int_op!(l, r, |a, b| Value::Int(a.wrapping_mul(b))),
                    BinOp::RemI => int_op!(l, r, |a, b| Value::Int(rem(a, b))),
                    BinOp::AndI => int_op!(l, r, |a, b| Value::Int(a & b)),
                    BinOp::LtI => int_op!(l, r, |a, b| Value::Bool(a < b)),
                    BinOp::LeI => int_op!(l, r, |a, b| Value::Bool(a <= b)),
                    BinOp::EqI => int_op!(l, r, |a, b| Value::Bool(a == b)),
                    BinOp::NeI => int_op!(l, r, |a, b| Value::Bool(a != b)),
                    BinOp::GtI => int_op!(l, r, |a, b| Value::Bool(a > b)),
                    BinOp::AddF => float_op!(l, r, |a, b| Value::Float(a + b)),
                    BinOp::MulF => float_op!(l, r, |a, b| Value::Float(a * b)),
                    BinOp::GtF => float_op!(l, r, |a, b| Value::Bool(a > b)),
                    BinOp::LtF => float_op!(l, r, |a, b| Value::Bool(a < b)),
                }
            }
            Expr::IntToFloat(x) => {
                let x = self.expr(x);
                Box::new(move |fr| Value::Float(x(fr).as_int() as f64))
            }
            Expr::Call(f, args, _) => {
                let table = self.table.clone();
                let f = *f;
                let args: Vec<E> = args.iter().map(|a| self.expr(a)).collect();
                if self.opts.vec_per_call {
                    Box::new(move |fr| {
                        let vals = args.iter().map(|a| a(fr)).collect();
                        invoke_vec(fr, table[f].get().unwrap(), vals)
                    })
                } else {
                    Box::new(move |fr| {
                        let nb = fr.top;
                        for a in &args {
                            let v = a(fr);
                            fr.push_val(v);
                        }
                        invoke(fr, table[f].get().unwrap(), nb)
                    })
                }
            }
            Expr::CallClosure(c, args, _) => {
                let table = self.table.clone();
                let c = self.expr(c);
                let args: Vec<E> = args.iter().map(|a| self.expr(a)).collect();
                Box::new(move |fr| {
                    let Value::Closure(clo) = c(fr) else { crate::value::type_confusion() };
                    let nb = fr.top;
                    for a in &args {
                        let v = a(fr);
                        fr.push_val(v);
                    }
                    let f = table[clo.func].get().unwrap();
                    let saved_env = std::mem::replace(&mut fr.env, Some(clo));
                    let r = invoke(fr, f, nb);
                    fr.env = saved_env;
                    r
                })
            }
            Expr::MakeSliceInt(n) => {
                let n = self.expr(n);
                Box::new(move |fr| Value::Slice(Rc::new(SliceInt::new(n(fr).as_int() as usize))))
            }
            Expr::IndexInt(s, i) => {
                let (s, i) = (self.expr(s), self.expr(i));
                Box::new(move |fr| {
                    let s = s(fr);
                    let i = i(fr).as_int();
                    Value::Int(s.as_slice().get(i))
                })
            }
            Expr::Len(s) => {
                let s = self.expr(s);
                Box::new(move |fr| Value::Int(s(fr).as_slice().len as i64))
            }
            &Expr::CellGet(CellRef::Local(s), _) => Box::new(move |fr| fr.slot(s).cell_get()),
            &Expr::CellGet(CellRef::Captured(i), _) => Box::new(move |fr| fr.captured(i).cell_get()),
            Expr::MakeClosure(f, caps) => {
                let (f, caps) = (*f, caps.clone());
                Box::new(move |fr| {
                    let env = caps
                        .iter()
                        .map(|c| match *c {
                            CellRef::Local(s) => fr.slot(s).clone(),
                            CellRef::Captured(i) => fr.captured(i).clone(),
                        })
                        .collect();
                    Value::Closure(Rc::new(ClosureObj { func: f, env }))
                })
            }
            Expr::StructLit(fields) => {
                let fields: Vec<E> = fields.iter().map(|a| self.expr(a)).collect();
                Box::new(move |fr| Value::Struct(Rc::new(fields.iter().map(|f| f(fr)).collect())))
            }
            Expr::Field(s, k, _) => {
                let k = *k as usize;
                if let Expr::Local(s, _) = **s {
                    // no clone of the struct Rc when reading a field of a local
                    Box::new(move |fr| fr.slot(s).as_struct()[k].clone())
                } else {
                    let s = self.expr(s);
                    Box::new(move |fr| s(fr).as_struct()[k].clone())
                }
            }
        }
    }

    fn block(&self, stmts: &[Stmt]) -> S {
        let mut v: Vec<S> = stmts.iter().map(|s| self.stmt(s)).collect();
        match v.len() {
            0 => Box::new(|_| Flow::Normal),
            1 => v.pop().unwrap(),
            _ => Box::new(move |fr| {
                for s in &v {
                    let f = s(fr);
                    if f != Flow::Normal {
                        return f;
                    }
                }
                Flow::Normal
            }),
        }
    }

    fn stmt(&self, s: &Stmt) -> S {
        match s {
            Stmt::Set(s, e) => {
                let (s, e) = (*s, self.expr(e));
                Box::new(move |fr| {
                    let v = e(fr);
                    *fr.slot(s) = v;
                    Flow::Normal
                })
            }
            Stmt::NewCell(s, e) => {
                let (s, e, opts) = (*s, self.expr(e), self.opts);
                Box::new(move |fr| {
                    let v = new_cell(e(fr), &opts);
                    *fr.slot(s) = v;
                    Flow::Normal
                })
            }
            Stmt::CellSet(c, e) => {
                let e = self.expr(e);
                match *c {
                    CellRef::Local(s) => Box::new(move |fr| {
                        let v = e(fr);
                        fr.slot(s).cell_set(v);
                        Flow::Normal
                    }),
                    CellRef::Captured(i) => Box::new(move |fr| {
                        let v = e(fr);
                        fr.captured(i).cell_set(v);
                        Flow::Normal
                    }),
                }
            }
            Stmt::SetIndex(s, i, v) => {
                let (s, i, v) = (self.expr(s), self.expr(i), self.expr(v));
                Box::new(move |fr| {
                    let s = s(fr);
                    let i = i(fr).as_int();
                    let v = v(fr).as_int();
                    s.as_slice().set(i, v);
                    Flow::Normal
                })
            }
            Stmt::SetField(s, k, e) => {
                let (s, k, e) = (*s, *k as usize, self.expr(e));
                Box::new(move |fr| {
                    let v = e(fr);
                    let Value::Struct(st) = fr.slot(s) else { crate::value::type_confusion() };
                    Rc::make_mut(st)[k] = v; // copies if shared: Go's value semantics
                    Flow::Normal
                })
            }
            Stmt::If(c, t, e) => {
                let (c, t, e) = (self.expr(c), self.block(t), self.block(e));
                Box::new(move |fr| if c(fr).as_bool() { t(fr) } else { e(fr) })
            }
            Stmt::Loop(c, body, post) => {
                let (c, body, post) = (self.expr(c), self.block(body), self.block(post));
                Box::new(move |fr| {
                    while c(fr).as_bool() {
                        match body(fr) {
                            Flow::Break => break,
                            Flow::Return => return Flow::Return,
                            Flow::Normal | Flow::Continue => {}
                        }
                        post(fr);
                        fr.tick();
                    }
                    Flow::Normal
                })
            }
            Stmt::Break => Box::new(|_| Flow::Break),
            Stmt::Continue => Box::new(|_| Flow::Continue),
            Stmt::Return(None) => Box::new(|_| Flow::Return),
            Stmt::Return(Some(e)) => {
                let e = self.expr(e);
                Box::new(move |fr| {
                    fr.ret = e(fr);
                    Flow::Return
                })
            }
            Stmt::Expr(e) => {
                let e = self.expr(e);
                Box::new(move |fr| {
                    e(fr);
                    Flow::Normal
                })
            }
        }
    }
}

#[inline(always)]
pub fn rem(a: i64, b: i64) -> i64 {
    if b == 0 {
        div_zero()
    }
    a.wrapping_rem(b)
}

#[cold]
#[inline(never)]
pub fn div_zero() -> ! {
    panic!("runtime error: integer divide by zero")
}
