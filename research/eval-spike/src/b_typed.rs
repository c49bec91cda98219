//! Design B: typed closure compilation. Int expressions are `Fn(&mut Frame) -> i64`, floats
//! `-> f64`, bools `-> bool`, heap values `-> Value`; statements `-> Flow`. With `opts.fuse`,
//! `local op const` and `local op local` become one closure (no inner dynamic calls).
use crate::frame::{ops, Flow, Frame, Op2};
use crate::ir::{self, BinOp, CellRef, Expr, Stmt, Ty};
use crate::value::{new_cell, type_confusion, ClosureObj, Opts, SliceInt, Value};
use std::cell::OnceCell;
use std::rc::Rc;

type IE = Box<dyn Fn(&mut Frame) -> i64>;
type FE = Box<dyn Fn(&mut Frame) -> f64>;
type BE = Box<dyn Fn(&mut Frame) -> bool>;
type VE = Box<dyn Fn(&mut Frame) -> Value>;
type S = Box<dyn Fn(&mut Frame) -> Flow>;
/// Evaluate one argument and push it on the value stack.
type Push = Box<dyn Fn(&mut Frame)>;

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
        fr.ret_int()
    }
}

#[inline(always)]
fn invoke(fr: &mut Frame, f: &Func, nb: usize) {
    fr.tick();
    let saved = fr.enter(nb, f.nslots);
    (f.body)(fr);
    fr.leave(saved, nb, &f.ref_slots);
}

struct Lower {
    table: FuncTable,
    opts: Opts,
}

impl Lower {
    /// A binary int operation, fused with its operands when they are locals/constants.
    fn bin<O: Op2 + 'static>(&self, l: &Expr, r: &Expr) -> Box<dyn Fn(&mut Frame) -> O::Out> {
        if self.opts.fuse {
            match (l, r) {
                (&Expr::Local(a, _), &Expr::Int(k)) => return Box::new(move |fr| O::ap(fr.get_int(a), k)),
                (&Expr::Local(a, _), &Expr::Local(b, _)) => {
                    return Box::new(move |fr| {
                        let x = fr.get_int(a);
                        O::ap(x, fr.get_int(b))
                    })
                }
                (l, &Expr::Int(k)) => {
                    let l = self.int(l);
                    return Box::new(move |fr| O::ap(l(fr), k));
                }
                _ => {}
            }
        }
        let (l, r) = (self.int(l), self.int(r));
        Box::new(move |fr| {
            let a = l(fr);
            O::ap(a, r(fr))
        })
    }

    fn int(&self, e: &Expr) -> IE {
        match e {
            &Expr::Int(k) => Box::new(move |_| k),
            &Expr::Local(s, _) => Box::new(move |fr| fr.get_int(s)),
            Expr::Bin(op, l, r) => match op {
                BinOp::AddI => self.bin::<ops::Add>(l, r),
                BinOp::SubI => self.bin::<ops::Sub>(l, r),
                BinOp::MulI => self.bin::<ops::Mul>(l, r),
                BinOp::RemI => self.bin::<ops::Rem>(l, r),
                BinOp::AndI => self.bin::<ops::And>(l, r),
                _ => unreachable!(),
            },
            Expr::Call(f, args, _) => {
                let (table, f, args) = (self.table.clone(), *f, self.args(args));
                Box::new(move |fr| {
                    let nb = fr.top;
                    for a in &args {
                        a(fr);
                    }
                    invoke(fr, table[f].get().unwrap(), nb);
                    fr.ret_int()
                })
            }
            Expr::CallClosure(c, args, _) => {
                let (table, c, args) = (self.table.clone(), self.val(c), self.args(args));
                Box::new(move |fr| {
                    let Value::Closure(clo) = c(fr) else { type_confusion() };
                    let nb = fr.top;
                    for a in &args {
                        a(fr);
                    }
                    let f = table[clo.func].get().unwrap();
                    let saved_env = std::mem::replace(&mut fr.env, Some(clo));
                    invoke(fr, f, nb);
                    fr.env = saved_env;
                    fr.ret_int()
                })
            }
            Expr::IndexInt(s, i) => {
                let i = self.int(i);
                if let Expr::Local(s, _) = **s {
                    Box::new(move |fr| {
                        let i = i(fr);
                        fr.slot(s).as_slice().get(i)
                    })
                } else {
                    let s = self.val(s);
                    Box::new(move |fr| {
                        let s = s(fr);
                        s.as_slice().get(i(fr))
                    })
                }
            }
            Expr::Len(s) => {
                let s = self.val(s);
                Box::new(move |fr| s(fr).as_slice().len as i64)
            }
            &Expr::CellGet(CellRef::Local(s), _) => Box::new(move |fr| fr.slot(s).cell_get_int()),
            &Expr::CellGet(CellRef::Captured(i), _) => Box::new(move |fr| fr.captured(i).cell_get_int()),
            Expr::Field(s, k, _) => {
                let k = *k as usize;
                if let Expr::Local(s, _) = **s {
                    Box::new(move |fr| fr.slot(s).as_struct()[k].as_int())
                } else {
                    let s = self.val(s);
                    Box::new(move |fr| s(fr).as_struct()[k].as_int())
                }
            }
            _ => unreachable!("not an int expression: {e:?}"),
        }
    }

    fn float(&self, e: &Expr) -> FE {
        match e {
            &Expr::Float(k) => Box::new(move |_| k),
            &Expr::Local(s, _) => Box::new(move |fr| fr.get_float(s)),
            Expr::Bin(op, l, r) => {
                let (l, r) = (self.float(l), self.float(r));
                match op {
                    BinOp::AddF => Box::new(move |fr| l(fr) + r(fr)),
                    BinOp::MulF => Box::new(move |fr| l(fr) * r(fr)),
                    _ => unreachable!(),
                }
            }
            Expr::IntToFloat(x) => {
                let x = self.int(x);
                Box::new(move |fr| x(fr) as f64)
            }
            _ => unreachable!("not a float expression: {e:?}"),
        }
    }

    fn boolean(&self, e: &Expr) -> BE {
        match e {
            &Expr::Local(s, _) => Box::new(move |fr| fr.get_bool(s)),
            Expr::Bin(op, l, r) => match op {
                BinOp::LtI => self.bin::<ops::Lt>(l, r),
                BinOp::LeI => self.bin::<ops::Le>(l, r),
                BinOp::EqI => self.bin::<ops::Eq>(l, r),
                BinOp::NeI => self.bin::<ops::Ne>(l, r),
                BinOp::GtI => self.bin::<ops::Gt>(l, r),
                BinOp::GtF | BinOp::LtF => {
                    let (l, r) = (self.float(l), self.float(r));
                    if *op == BinOp::GtF {
                        Box::new(move |fr| l(fr) > r(fr))
                    } else {
                        Box::new(move |fr| l(fr) < r(fr))
                    }
                }
                _ => unreachable!(),
            },
            _ => unreachable!("not a bool expression: {e:?}"),
        }
    }

    /// Heap-valued expressions (and, as a fallback, any expression boxed into a Value).
    fn val(&self, e: &Expr) -> VE {
        match e.ty() {
            Ty::Int => {
                let x = self.int(e);
                return Box::new(move |fr| Value::Int(x(fr)));
            }
            Ty::Float => {
                let x = self.float(e);
                return Box::new(move |fr| Value::Float(x(fr)));
            }
            Ty::Bool => {
                let x = self.boolean(e);
                return Box::new(move |fr| Value::Bool(x(fr)));
            }
            _ => {}
        }
        match e {
            &Expr::Local(s, _) => Box::new(move |fr| fr.slot(s).clone()),
            Expr::MakeSliceInt(n) => {
                let n = self.int(n);
                Box::new(move |fr| Value::Slice(Rc::new(SliceInt::new(n(fr) as usize))))
            }
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
                let fields: Vec<VE> = fields.iter().map(|a| self.val(a)).collect();
                Box::new(move |fr| Value::Struct(Rc::new(fields.iter().map(|f| f(fr)).collect())))
            }
            _ => unreachable!("unsupported ref expression: {e:?}"),
        }
    }

    fn args(&self, args: &[Expr]) -> Vec<Push> {
        args.iter()
            .map(|a| -> Push {
                match a.ty() {
                    Ty::Int => {
                        let x = self.int(a);
                        Box::new(move |fr| {
                            let v = x(fr);
                            fr.push_int(v)
                        })
                    }
                    Ty::Float => {
                        let x = self.float(a);
                        Box::new(move |fr| {
                            let v = x(fr);
                            fr.push_float(v)
                        })
                    }
                    _ => {
                        let x = self.val(a);
                        Box::new(move |fr| {
                            let v = x(fr);
                            fr.push_val(v)
                        })
                    }
                }
            })
            .collect()
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
                let s = *s;
                match e.ty() {
                    Ty::Int => {
                        // s = s + k: one closure
                        if let (true, Expr::Bin(BinOp::AddI, l, r)) = (self.opts.fuse, e) {
                            if let (&Expr::Local(a, _), &Expr::Int(k)) = (&**l, &**r) {
                                if a == s {
                                    return Box::new(move |fr| {
                                        let v = fr.get_int(s).wrapping_add(k);
                                        fr.set_int(s, v);
                                        Flow::Normal
                                    });
                                }
                            }
                        }
                        let e = self.int(e);
                        Box::new(move |fr| {
                            let v = e(fr);
                            fr.set_int(s, v);
                            Flow::Normal
                        })
                    }
                    Ty::Float => {
                        let e = self.float(e);
                        Box::new(move |fr| {
                            let v = e(fr);
                            fr.set_float(s, v);
                            Flow::Normal
                        })
                    }
                    Ty::Bool => {
                        let e = self.boolean(e);
                        Box::new(move |fr| {
                            let v = e(fr);
                            fr.set_bool(s, v);
                            Flow::Normal
                        })
                    }
                    _ => {
                        let e = self.val(e);
                        Box::new(move |fr| {
                            let v = e(fr);
                            *fr.slot(s) = v;
                            Flow::Normal
                        })
                    }
                }
            }
            Stmt::NewCell(s, e) => {
                let (s, e, opts) = (*s, self.val(e), self.opts);
                Box::new(move |fr| {
                    let v = new_cell(e(fr), &opts);
                    *fr.slot(s) = v;
                    Flow::Normal
                })
            }
            Stmt::CellSet(c, e) if e.ty() == Ty::Int => {
                let e = self.int(e);
                match *c {
                    CellRef::Local(s) => Box::new(move |fr| {
                        let v = e(fr);
                        fr.slot(s).cell_set_int(v);
                        Flow::Normal
                    }),
                    CellRef::Captured(i) => Box::new(move |fr| {
                        let v = e(fr);
                        fr.captured(i).cell_set_int(v);
                        Flow::Normal
                    }),
                }
            }
            Stmt::CellSet(..) => unimplemented!("non-int cells are not used by the spike programs"),
            Stmt::SetIndex(s, i, v) => {
                let (i, v) = (self.int(i), self.int(v));
                if let &Expr::Local(s, _) = s {
                    Box::new(move |fr| {
                        let i = i(fr);
                        let v = v(fr);
                        fr.slot(s).as_slice().set(i, v);
                        Flow::Normal
                    })
                } else {
                    let s = self.val(s);
                    Box::new(move |fr| {
                        let s = s(fr);
                        let i = i(fr);
                        let v = v(fr);
                        s.as_slice().set(i, v);
                        Flow::Normal
                    })
                }
            }
            Stmt::SetField(s, k, e) => {
                let (s, k, e) = (*s, *k as usize, self.val(e));
                Box::new(move |fr| {
                    let v = e(fr);
                    let Value::Struct(st) = fr.slot(s) else { type_confusion() };
                    Rc::make_mut(st)[k] = v;
                    Flow::Normal
                })
            }
            Stmt::If(c, t, e) => {
                let (c, t) = (self.boolean(c), self.block(t));
                if e.is_empty() {
                    Box::new(move |fr| if c(fr) { t(fr) } else { Flow::Normal })
                } else {
                    let e = self.block(e);
                    Box::new(move |fr| if c(fr) { t(fr) } else { e(fr) })
                }
            }
            Stmt::Loop(c, body, post) => {
                let (c, body, post) = (self.boolean(c), self.block(body), self.block(post));
                Box::new(move |fr| {
                    while c(fr) {
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
            Stmt::Return(Some(e)) => match e.ty() {
                Ty::Int => {
                    let e = self.int(e);
                    Box::new(move |fr| {
                        let v = e(fr);
                        fr.set_ret_int(v);
                        Flow::Return
                    })
                }
                Ty::Float => {
                    let e = self.float(e);
                    Box::new(move |fr| {
                        let v = e(fr);
                        fr.set_ret_float(v);
                        Flow::Return
                    })
                }
                _ => {
                    let e = self.val(e);
                    Box::new(move |fr| {
                        fr.ret = e(fr);
                        Flow::Return
                    })
                }
            },
            Stmt::Expr(e) => {
                let e = self.val(e);
                Box::new(move |fr| {
                    e(fr);
                    Flow::Normal
                })
            }
        }
    }
}
