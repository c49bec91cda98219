//! The lowered, typed tree shared by the three designs. This stands in for what the checker +
//! lowering will hand the evaluator: every name is a slot, every operation knows its type.
//! Each design (a_dyn, b_typed, c_enum) "compiles" this once into its own representation.

pub type Slot = u32;
pub type FuncId = usize;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty { Int, Float, Bool, Ref, Void }

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    AddI, SubI, MulI, RemI, AndI, // int -> int
    LtI, LeI, EqI, NeI, GtI,      // int -> bool
    AddF, MulF,                   // float -> float
    GtF, LtF,                     // float -> bool
}

impl BinOp {
    pub fn result(self) -> Ty {
        use BinOp::*;
        match self {
            AddI | SubI | MulI | RemI | AndI => Ty::Int,
            AddF | MulF => Ty::Float,
            _ => Ty::Bool,
        }
    }
}

/// Where a boxed (escaping) variable lives: in a slot of this frame, or in the running closure.
#[derive(Clone, Copy, Debug)]
pub enum CellRef { Local(Slot), Captured(u32) }

#[derive(Clone, Debug)]
pub enum Expr {
    Int(i64),
    Float(f64),
    Local(Slot, Ty),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    IntToFloat(Box<Expr>),
    /// Direct call to a statically known function.
    Call(FuncId, Vec<Expr>, Ty),
    /// Call through a func value (a closure).
    CallClosure(Box<Expr>, Vec<Expr>, Ty),
    MakeSliceInt(Box<Expr>),
    IndexInt(Box<Expr>, Box<Expr>),
    Len(Box<Expr>),
    CellGet(CellRef, Ty),
    /// A func literal capturing the given cells by reference.
    MakeClosure(FuncId, Vec<CellRef>),
    StructLit(Vec<Expr>),
    Field(Box<Expr>, u32, Ty),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Set(Slot, Expr),
    /// Declare an escaping variable: the slot gets a fresh boxed cell.
    NewCell(Slot, Expr),
    CellSet(CellRef, Expr),
    SetIndex(Expr, Expr, Expr),
    /// `local.field = e` on a struct-valued local (copy semantics: copy-on-write).
    SetField(Slot, u32, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    /// Go's `for cond { body }` with a post statement run after body and on continue.
    Loop(Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Return(Option<Expr>),
    Expr(Expr),
}

pub struct Func {
    pub name: &'static str,
    pub params: Vec<Ty>,
    pub slots: Vec<Ty>, // params first
    pub ret: Ty,
    pub body: Vec<Stmt>,
}

pub struct Program {
    pub funcs: Vec<Func>,
    pub main: FuncId,
}

impl Expr {
    pub fn ty(&self) -> Ty {
        match self {
            Expr::Int(_) | Expr::IndexInt(..) | Expr::Len(_) => Ty::Int,
            Expr::Float(_) | Expr::IntToFloat(_) => Ty::Float,
            Expr::Local(_, t) | Expr::Call(_, _, t) | Expr::CallClosure(_, _, t) | Expr::CellGet(_, t) | Expr::Field(_, _, t) => *t,
            Expr::Bin(op, ..) => op.result(),
            Expr::MakeSliceInt(_) | Expr::MakeClosure(..) | Expr::StructLit(_) => Ty::Ref,
        }
    }
}
