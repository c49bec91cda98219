//! Design C: compact typed node enums + `match` interpreter. One enum per result type
//! (IE -> i64, FE -> f64, BE -> bool, VE -> Value, St -> Flow); each operation has its own
//! variant, plus fused `local op const` / `local op local` variants when `opts.fuse`.
use crate::frame::{ops, Flow, Frame, Op2};
use crate::ir::{self, BinOp, CellRef, Expr, Stmt, Ty};
use crate::value::{new_cell, type_confusion, ClosureObj, Opts, SliceInt, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug)]
pub enum IOp { Add, Sub, Mul, Rem, And }
#[derive(Clone, Copy, Debug)]
pub enum COp { Lt, Le, Eq, Ne, Gt }

pub enum IE {
    Const(i64),
    Local(u32),
    Add(Box<IE>, Box<IE>),
    Sub(Box<IE>, Box<IE>),
    Mul(Box<IE>, Box<IE>),
    Rem(Box<IE>, Box<IE>),
    And(Box<IE>, Box<IE>),
    OpLC(IOp, u32, i64),
    OpLL(IOp, u32, u32),
    OpXC(IOp, Box<IE>, i64),
    Call(u32, Box<[Arg]>),
    CallClosure(Box<VE>, Box<[Arg]>),
    IndexLocal(u32, Box<IE>),
    Index(Box<VE>, Box<IE>),
    Len(Box<VE>),
    CellLocal(u32),
    CellCaptured(u32),
    FieldLocal(u32, u32),
}
pub enum FE {
    Const(f64),
    Local(u32),
    Add(Box<FE>, Box<FE>),
    Mul(Box<FE>, Box<FE>),
    FromInt(Box<IE>),
}
pub enum BE {
    Local(u32),
    Lt(Box<IE>, Box<IE>),
    Le(Box<IE>, Box<IE>),
    Eq(Box<IE>, Box<IE>),
    Ne(Box<IE>, Box<IE>),
    Gt(Box<IE>, Box<IE>),
    CmpLC(COp, u32, i64),
    CmpLL(COp, u32, u32),
    CmpXC(COp, Box<IE>, i64),
    GtF(Box<FE>, Box<FE>),
    LtF(Box<FE>, Box<FE>),
}
pub enum VE {
    Local(u32),
    MakeSlice(Box<IE>),
    MakeClosure(u32, Box<[CellRef]>),
    StructLit(Box<[VE]>),
    Int(Box<IE>),
    Float(Box<FE>),
    Bool(Box<BE>),
}
pub enum Arg { I(IE), F(FE), V(VE) }
pub enum St {
    SetI(u32, IE),
    IncI(u32, i64),
    SetF(u32, FE),
    SetB(u32, BE),
    SetV(u32, VE),
    NewCell(u32, VE),
    CellSetLocal(u32, IE),
    CellSetCaptured(u32, IE),
    SetIndexLocal(u32, IE, IE),
    SetIndex(VE, IE, IE),
    SetField(u32, u32, VE),
    If(BE, Box<[St]>, Box<[St]>),
    Loop(BE, Box<[St]>, Box<[St]>),
    Break,
    Continue,
    Return,
    ReturnI(IE),
    ReturnF(FE),
    ReturnV(VE),
    Expr(VE),
}

pub struct Func {
    nslots: usize,
    ref_slots: Box<[u32]>,
    body: Box<[St]>,
}

pub struct Interp {
    funcs: Vec<Func>,
    opts: Opts,
}

pub fn compile(p: &ir::Program, opts: Opts) -> impl Fn() -> i64 {
    let mut it = Interp { funcs: Vec::new(), opts };
    let funcs = p
        .funcs
        .iter()
        .map(|f| Func {
            nslots: f.slots.len(),
            ref_slots: (0..f.slots.len() as u32).filter(|&s| f.slots[s as usize] == Ty::Ref).collect(),
            body: it.block(&f.body),
        })
        .collect();
    it.funcs = funcs;
    let main = p.main;
    move || {
        let mut fr = Frame::new();
        let f = &it.funcs[main];
        let saved = fr.enter(0, f.nslots);
        it.exec_block(&f.body, &mut fr);
        fr.leave(saved, 0, &f.ref_slots);
        fr.ret_int()
    }
}

// ---------------------------------------------------------------- lowering IR -> nodes
impl Interp {
    fn iop(op: BinOp) -> IOp {
        match op {
            BinOp::AddI => IOp::Add,
            BinOp::SubI => IOp::Sub,
            BinOp::MulI => IOp::Mul,
            BinOp::RemI => IOp::Rem,
            BinOp::AndI => IOp::And,
            _ => unreachable!(),
        }
    }
    fn cop(op: BinOp) -> COp {
        match op {
            BinOp::LtI => COp::Lt,
            BinOp::LeI => COp::Le,
            BinOp::EqI => COp::Eq,
            BinOp::NeI => COp::Ne,
            BinOp::GtI => COp::Gt,
            _ => unreachable!(),
        }
    }
    fn b<T>(x: T) -> Box<T> { Box::new(x) }

    fn int(&self, e: &Expr) -> IE {
        match e {
            &Expr::Int(k) => IE::Const(k),
            &Expr::Local(s, _) => IE::Local(s),
            Expr::Bin(op, l, r) => {
                if self.opts.fuse {
                    match (&**l, &**r) {
                        (&Expr::Local(a, _), &Expr::Int(k)) => return IE::OpLC(Self::iop(*op), a, k),
                        (&Expr::Local(a, _), &Expr::Local(b, _)) => return IE::OpLL(Self::iop(*op), a, b),
                        (l, &Expr::Int(k)) => return IE::OpXC(Self::iop(*op), Self::b(self.int(l)), k),
                        _ => {}
                    }
                }
                let (l, r) = (Self::b(self.int(l)), Self::b(self.int(r)));
                match op {
                    BinOp::AddI => IE::Add(l, r),
                    BinOp::SubI => IE::Sub(l, r),
                    BinOp::MulI => IE::Mul(l, r),
                    BinOp::RemI => IE::Rem(l, r),
                    BinOp::AndI => IE::And(l, r),
                    _ => unreachable!(),
                }
            }
            Expr::Call(f, args, _) => IE::Call(*f as u32, self.args(args)),
            Expr::CallClosure(c, args, _) => IE::CallClosure(Self::b(self.val(c)), self.args(args)),
            Expr::IndexInt(s, i) => match **s {
                Expr::Local(s, _) => IE::IndexLocal(s, Self::b(self.int(i))),
                ref s => IE::Index(Self::b(self.val(s)), Self::b(self.int(i))),
            },
            Expr::Len(s) => IE::Len(Self::b(self.val(s))),
            &Expr::CellGet(CellRef::Local(s), _) => IE::CellLocal(s),
            &Expr::CellGet(CellRef::Captured(i), _) => IE::CellCaptured(i),
            Expr::Field(s, k, _) => match **s {
                Expr::Local(s, _) => IE::FieldLocal(s, *k),
                _ => unimplemented!(),
            },
            _ => unreachable!("not an int expression: {e:?}"),
        }
    }
    fn float(&self, e: &Expr) -> FE {
        match e {
            &Expr::Float(k) => FE::Const(k),
            &Expr::Local(s, _) => FE::Local(s),
            Expr::Bin(BinOp::AddF, l, r) => FE::Add(Self::b(self.float(l)), Self::b(self.float(r))),
            Expr::Bin(BinOp::MulF, l, r) => FE::Mul(Self::b(self.float(l)), Self::b(self.float(r))),
            Expr::IntToFloat(x) => FE::FromInt(Self::b(self.int(x))),
            _ => unreachable!("not a float expression: {e:?}"),
        }
    }
    fn boolean(&self, e: &Expr) -> BE {
        match e {
            &Expr::Local(s, _) => BE::Local(s),
            Expr::Bin(op @ (BinOp::GtF | BinOp::LtF), l, r) => {
                let (l, r) = (Self::b(self.float(l)), Self::b(self.float(r)));
                if *op == BinOp::GtF { BE::GtF(l, r) } else { BE::LtF(l, r) }
            }
            Expr::Bin(op, l, r) => {
                if self.opts.fuse {
                    match (&**l, &**r) {
                        (&Expr::Local(a, _), &Expr::Int(k)) => return BE::CmpLC(Self::cop(*op), a, k),
                        (&Expr::Local(a, _), &Expr::Local(b, _)) => return BE::CmpLL(Self::cop(*op), a, b),
                        (l, &Expr::Int(k)) => return BE::CmpXC(Self::cop(*op), Self::b(self.int(l)), k),
                        _ => {}
                    }
                }
                let (l, r) = (Self::b(self.int(l)), Self::b(self.int(r)));
                match op {
                    BinOp::LtI => BE::Lt(l, r),
                    BinOp::LeI => BE::Le(l, r),
                    BinOp::EqI => BE::Eq(l, r),
                    BinOp::NeI => BE::Ne(l, r),
                    BinOp::GtI => BE::Gt(l, r),
                    _ => unreachable!(),
                }
            }
            _ => unreachable!("not a bool expression: {e:?}"),
        }
    }
    fn val(&self, e: &Expr) -> VE {
        match e.ty() {
            Ty::Int => return VE::Int(Self::b(self.int(e))),
            Ty::Float => return VE::Float(Self::b(self.float(e))),
            Ty::Bool => return VE::Bool(Self::b(self.boolean(e))),
            _ => {}
        }
        match e {
            &Expr::Local(s, _) => VE::Local(s),
            Expr::MakeSliceInt(n) => VE::MakeSlice(Self::b(self.int(n))),
            Expr::MakeClosure(f, caps) => VE::MakeClosure(*f as u32, caps.clone().into()),
            Expr::StructLit(fs) => VE::StructLit(fs.iter().map(|f| self.val(f)).collect()),
            _ => unreachable!("unsupported ref expression: {e:?}"),
        }
    }
    fn args(&self, args: &[Expr]) -> Box<[Arg]> {
        args.iter()
            .map(|a| match a.ty() {
                Ty::Int => Arg::I(self.int(a)),
                Ty::Float => Arg::F(self.float(a)),
                _ => Arg::V(self.val(a)),
            })
            .collect()
    }
    fn block(&self, stmts: &[Stmt]) -> Box<[St]> {
        stmts.iter().map(|s| self.stmt(s)).collect()
    }
    fn stmt(&self, s: &Stmt) -> St {
        match s {
            Stmt::Set(s, e) => match e.ty() {
                Ty::Int => {
                    if let (true, Expr::Bin(BinOp::AddI, l, r)) = (self.opts.fuse, e) {
                        if let (&Expr::Local(a, _), &Expr::Int(k)) = (&**l, &**r) {
                            if a == *s {
                                return St::IncI(*s, k);
                            }
                        }
                    }
                    St::SetI(*s, self.int(e))
                }
                Ty::Float => St::SetF(*s, self.float(e)),
                Ty::Bool => St::SetB(*s, self.boolean(e)),
                _ => St::SetV(*s, self.val(e)),
            },
            Stmt::NewCell(s, e) => St::NewCell(*s, self.val(e)),
            Stmt::CellSet(CellRef::Local(s), e) => St::CellSetLocal(*s, self.int(e)),
            Stmt::CellSet(CellRef::Captured(i), e) => St::CellSetCaptured(*i, self.int(e)),
            Stmt::SetIndex(s, i, v) => match s {
                &Expr::Local(s, _) => St::SetIndexLocal(s, self.int(i), self.int(v)),
                s => St::SetIndex(self.val(s), self.int(i), self.int(v)),
            },
            Stmt::SetField(s, k, e) => St::SetField(*s, *k, self.val(e)),
            Stmt::If(c, t, e) => St::If(self.boolean(c), self.block(t), self.block(e)),
            Stmt::Loop(c, b, p) => St::Loop(self.boolean(c), self.block(b), self.block(p)),
            Stmt::Break => St::Break,
            Stmt::Continue => St::Continue,
            Stmt::Return(None) => St::Return,
            Stmt::Return(Some(e)) => match e.ty() {
                Ty::Int => St::ReturnI(self.int(e)),
                Ty::Float => St::ReturnF(self.float(e)),
                _ => St::ReturnV(self.val(e)),
            },
            Stmt::Expr(e) => St::Expr(self.val(e)),
        }
    }
}

// ---------------------------------------------------------------- evaluation
#[inline(always)]
fn iop(op: IOp, a: i64, b: i64) -> i64 {
    match op {
        IOp::Add => ops::Add::ap(a, b),
        IOp::Sub => ops::Sub::ap(a, b),
        IOp::Mul => ops::Mul::ap(a, b),
        IOp::Rem => ops::Rem::ap(a, b),
        IOp::And => ops::And::ap(a, b),
    }
}
#[inline(always)]
fn cop(op: COp, a: i64, b: i64) -> bool {
    match op {
        COp::Lt => a < b,
        COp::Le => a <= b,
        COp::Eq => a == b,
        COp::Ne => a != b,
        COp::Gt => a > b,
    }
}

impl Interp {
    fn int_eval(&self, e: &IE, fr: &mut Frame) -> i64 {
        match e {
            IE::Const(k) => *k,
            IE::Local(s) => fr.get_int(*s),
            IE::Add(l, r) => self.int_eval(l, fr).wrapping_add(self.int_eval(r, fr)),
            IE::Sub(l, r) => self.int_eval(l, fr).wrapping_sub(self.int_eval(r, fr)),
            IE::Mul(l, r) => self.int_eval(l, fr).wrapping_mul(self.int_eval(r, fr)),
            IE::Rem(l, r) => {
                let a = self.int_eval(l, fr);
                ops::Rem::ap(a, self.int_eval(r, fr))
            }
            IE::And(l, r) => self.int_eval(l, fr) & self.int_eval(r, fr),
            IE::OpLC(op, s, k) => iop(*op, fr.get_int(*s), *k),
            IE::OpLL(op, a, b) => {
                let x = fr.get_int(*a);
                iop(*op, x, fr.get_int(*b))
            }
            IE::OpXC(op, l, k) => iop(*op, self.int_eval(l, fr), *k),
            IE::Call(f, args) => {
                self.call(*f as usize, args, fr);
                fr.ret_int()
            }
            IE::CallClosure(c, args) => {
                let Value::Closure(clo) = self.val_eval(c, fr) else { type_confusion() };
                let f = clo.func;
                let saved_env = std::mem::replace(&mut fr.env, Some(clo));
                self.call(f, args, fr);
                fr.env = saved_env;
                fr.ret_int()
            }
            IE::IndexLocal(s, i) => {
                let i = self.int_eval(i, fr);
                fr.slot(*s).as_slice().get(i)
            }
            IE::Index(s, i) => {
                let s = self.val_eval(s, fr);
                s.as_slice().get(self.int_eval(i, fr))
            }
            IE::Len(s) => self.val_eval(s, fr).as_slice().len as i64,
            IE::CellLocal(s) => fr.slot(*s).cell_get_int(),
            IE::CellCaptured(i) => fr.captured(*i).cell_get_int(),
            IE::FieldLocal(s, k) => fr.slot(*s).as_struct()[*k as usize].as_int(),
        }
    }

    #[inline(always)]
    fn call(&self, f: usize, args: &[Arg], fr: &mut Frame) {
        let func = &self.funcs[f];
        let nb = fr.top;
        for a in args {
            match a {
                Arg::I(e) => {
                    let v = self.int_eval(e, fr);
                    fr.push_int(v)
                }
                Arg::F(e) => {
                    let v = self.float_eval(e, fr);
                    fr.push_float(v)
                }
                Arg::V(e) => {
                    let v = self.val_eval(e, fr);
                    fr.push_val(v)
                }
            }
        }
        fr.tick();
        let saved = fr.enter(nb, func.nslots);
        self.exec_block(&func.body, fr);
        fr.leave(saved, nb, &func.ref_slots);
    }

    fn float_eval(&self, e: &FE, fr: &mut Frame) -> f64 {
        match e {
            FE::Const(k) => *k,
            FE::Local(s) => fr.get_float(*s),
            FE::Add(l, r) => self.float_eval(l, fr) + self.float_eval(r, fr),
            FE::Mul(l, r) => self.float_eval(l, fr) * self.float_eval(r, fr),
            FE::FromInt(x) => self.int_eval(x, fr) as f64,
        }
    }

    fn bool_eval(&self, e: &BE, fr: &mut Frame) -> bool {
        match e {
            BE::Local(s) => fr.get_bool(*s),
            BE::Lt(l, r) => self.int_eval(l, fr) < self.int_eval(r, fr),
            BE::Le(l, r) => self.int_eval(l, fr) <= self.int_eval(r, fr),
            BE::Eq(l, r) => self.int_eval(l, fr) == self.int_eval(r, fr),
            BE::Ne(l, r) => self.int_eval(l, fr) != self.int_eval(r, fr),
            BE::Gt(l, r) => self.int_eval(l, fr) > self.int_eval(r, fr),
            BE::CmpLC(op, s, k) => cop(*op, fr.get_int(*s), *k),
            BE::CmpLL(op, a, b) => {
                let x = fr.get_int(*a);
                cop(*op, x, fr.get_int(*b))
            }
            BE::CmpXC(op, l, k) => cop(*op, self.int_eval(l, fr), *k),
            BE::GtF(l, r) => self.float_eval(l, fr) > self.float_eval(r, fr),
            BE::LtF(l, r) => self.float_eval(l, fr) < self.float_eval(r, fr),
        }
    }

    fn val_eval(&self, e: &VE, fr: &mut Frame) -> Value {
        match e {
            VE::Local(s) => fr.slot(*s).clone(),
            VE::MakeSlice(n) => Value::Slice(Rc::new(SliceInt::new(self.int_eval(n, fr) as usize))),
            VE::MakeClosure(f, caps) => {
                let env = caps
                    .iter()
                    .map(|c| match *c {
                        CellRef::Local(s) => fr.slot(s).clone(),
                        CellRef::Captured(i) => fr.captured(i).clone(),
                    })
                    .collect();
                Value::Closure(Rc::new(ClosureObj { func: *f as usize, env }))
            }
            VE::StructLit(fs) => Value::Struct(Rc::new(fs.iter().map(|f| self.val_eval(f, fr)).collect())),
            VE::Int(x) => Value::Int(self.int_eval(x, fr)),
            VE::Float(x) => Value::Float(self.float_eval(x, fr)),
            VE::Bool(x) => Value::Bool(self.bool_eval(x, fr)),
        }
    }

    fn exec_block(&self, b: &[St], fr: &mut Frame) -> Flow {
        for s in b {
            let f = self.exec(s, fr);
            if f != Flow::Normal {
                return f;
            }
        }
        Flow::Normal
    }

    fn exec(&self, s: &St, fr: &mut Frame) -> Flow {
        match s {
            St::SetI(s, e) => {
                let v = self.int_eval(e, fr);
                fr.set_int(*s, v);
            }
            St::IncI(s, k) => {
                let v = fr.get_int(*s).wrapping_add(*k);
                fr.set_int(*s, v);
            }
            St::SetF(s, e) => {
                let v = self.float_eval(e, fr);
                fr.set_float(*s, v);
            }
            St::SetB(s, e) => {
                let v = self.bool_eval(e, fr);
                fr.set_bool(*s, v);
            }
            St::SetV(s, e) => {
                let v = self.val_eval(e, fr);
                *fr.slot(*s) = v;
            }
            St::NewCell(s, e) => {
                let v = new_cell(self.val_eval(e, fr), &self.opts);
                *fr.slot(*s) = v;
            }
            St::CellSetLocal(s, e) => {
                let v = self.int_eval(e, fr);
                fr.slot(*s).cell_set_int(v);
            }
            St::CellSetCaptured(i, e) => {
                let v = self.int_eval(e, fr);
                fr.captured(*i).cell_set_int(v);
            }
            St::SetIndexLocal(s, i, v) => {
                let i = self.int_eval(i, fr);
                let v = self.int_eval(v, fr);
                fr.slot(*s).as_slice().set(i, v);
            }
            St::SetIndex(s, i, v) => {
                let s = self.val_eval(s, fr);
                let i = self.int_eval(i, fr);
                let v = self.int_eval(v, fr);
                s.as_slice().set(i, v);
            }
            St::SetField(s, k, e) => {
                let v = self.val_eval(e, fr);
                let Value::Struct(st) = fr.slot(*s) else { type_confusion() };
                Rc::make_mut(st)[*k as usize] = v;
            }
            St::If(c, t, e) => {
                return if self.bool_eval(c, fr) { self.exec_block(t, fr) } else { self.exec_block(e, fr) };
            }
            St::Loop(c, body, post) => {
                while self.bool_eval(c, fr) {
                    match self.exec_block(body, fr) {
                        Flow::Break => break,
                        Flow::Return => return Flow::Return,
                        Flow::Normal | Flow::Continue => {}
                    }
                    self.exec_block(post, fr);
                    fr.tick();
                }
            }
            St::Break => return Flow::Break,
            St::Continue => return Flow::Continue,
            St::Return => return Flow::Return,
            St::ReturnI(e) => {
                let v = self.int_eval(e, fr);
                fr.set_ret_int(v);
                return Flow::Return;
            }
            St::ReturnF(e) => {
                let v = self.float_eval(e, fr);
                fr.set_ret_float(v);
                return Flow::Return;
            }
            St::ReturnV(e) => {
                fr.ret = self.val_eval(e, fr);
                return Flow::Return;
            }
            St::Expr(e) => {
                self.val_eval(e, fr);
            }
        }
        Flow::Normal
    }
}
