//! The benchmark programs, hand-built as lowered trees. Each mirrors go/<name>/main.go and
//! `main` returns a checksum that must equal the Go program's (see `expected`).
use crate::ir::{BinOp::*, CellRef, Expr, Expr::*, Func, Program, Stmt, Stmt::*, Ty};

fn b(e: Expr) -> Box<Expr> { Box::new(e) }
fn bin(op: crate::ir::BinOp, l: Expr, r: Expr) -> Expr { Bin(op, b(l), b(r)) }
fn li(s: u32) -> Expr { Local(s, Ty::Int) }
fn inc(s: u32) -> Stmt { Set(s, bin(AddI, li(s), Int(1))) }
/// `for s := from; s < to; s++ { body }`
fn for_lt(s: u32, from: i64, to: i64, body: Vec<Stmt>) -> Vec<Stmt> {
    vec![Set(s, Int(from)), Loop(bin(LtI, li(s), Int(to)), body, vec![inc(s)])]
}
fn main_fn(slots: Vec<Ty>, body: Vec<Stmt>) -> Func {
    Func { name: "main", params: vec![], slots, ret: Ty::Int, body }
}

pub const NAMES: &[&str] = &["fib", "loops", "sieve", "closure", "structs", "structs_flat"];

pub fn expected(name: &str) -> i64 {
    match name {
        "fib" => 2178309,
        "loops" => 23135141,
        "sieve" => 148933 + 2000001,
        "closure" => 35000000 + 10000000,
        "structs" | "structs_flat" => 50001269991937,
        _ => panic!("unknown program {name}"),
    }
}

pub fn build(name: &str) -> Program {
    match name {
        "fib" => fib(),
        "loops" => loops(),
        "sieve" => sieve(),
        "closure" => closure(),
        "structs" => structs(),
        "structs_flat" => structs_flat(),
        _ => panic!("unknown program {name}"),
    }
}

/// func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }; main: fib(32)
fn fib() -> Program {
    let fib = Func {
        name: "fib",
        params: vec![Ty::Int],
        slots: vec![Ty::Int],
        ret: Ty::Int,
        body: vec![
            If(bin(LtI, li(0), Int(2)), vec![Return(Some(li(0)))], vec![]),
            Return(Some(bin(
                AddI,
                Call(0, vec![bin(SubI, li(0), Int(1))], Ty::Int),
                Call(0, vec![bin(SubI, li(0), Int(2))], Ty::Int),
            ))),
        ],
    };
    let main = main_fn(vec![], vec![Return(Some(Call(0, vec![Int(32)], Ty::Int)))]);
    Program { funcs: vec![fib, main], main: 1 }
}

/// sum += i*j % 7 over 3000x3000
fn loops() -> Program {
    let (sum, i, j) = (0, 1, 2);
    let inner = for_lt(j, 0, 3000, vec![Set(sum, bin(AddI, li(sum), bin(RemI, bin(MulI, li(i), li(j)), Int(7))))]);
    let mut body = vec![Set(sum, Int(0))];
    body.extend(for_lt(i, 0, 3000, inner));
    body.push(Return(Some(li(sum))));
    Program { funcs: vec![main_fn(vec![Ty::Int; 3], body)], main: 0 }
}

/// Eratosthenes over a []int of 2,000,001; returns count + len(composite).
fn sieve() -> Program {
    let (comp, count, n, m) = (0, 1, 2, 3);
    let limit = 2_000_000;
    let cv = || Local(comp, Ty::Ref);
    let body = vec![
        Set(comp, MakeSliceInt(b(Int(limit + 1)))),
        Set(count, Int(0)),
        Set(n, Int(2)),
        Loop(
            bin(LeI, li(n), Int(limit)),
            vec![
                If(bin(NeI, IndexInt(b(cv()), b(li(n))), Int(0)), vec![Continue], vec![]),
                inc(count),
                Set(m, bin(MulI, li(n), li(n))),
                Loop(
                    bin(LeI, li(m), Int(limit)),
                    vec![SetIndex(cv(), li(m), Int(1))],
                    vec![Set(m, bin(AddI, li(m), li(n)))],
                ),
            ],
            vec![inc(n)],
        ),
        Return(Some(bin(AddI, li(count), Len(b(cv()))))),
    ];
    Program { funcs: vec![main_fn(vec![Ty::Ref, Ty::Int, Ty::Int, Ty::Int], body)], main: 0 }
}

/// c := 0; inc := func() int { c++; return c }; 10M × total += inc() & 7
fn closure() -> Program {
    let cap = CellRef::Captured(0);
    let lit = Func {
        name: "main.func1",
        params: vec![],
        slots: vec![],
        ret: Ty::Int,
        body: vec![
            CellSet(cap, bin(AddI, CellGet(cap, Ty::Int), Int(1))),
            Return(Some(CellGet(cap, Ty::Int))),
        ],
    };
    let (c, f, total, i) = (0, 1, 2, 3);
    let mut body = vec![
        NewCell(c, Int(0)),
        Set(f, MakeClosure(0, vec![CellRef::Local(c)])),
        Set(total, Int(0)),
    ];
    let call = CallClosure(b(Local(f, Ty::Ref)), vec![], Ty::Int);
    body.extend(for_lt(i, 0, 10_000_000, vec![Set(total, bin(AddI, li(total), bin(AndI, call, Int(7))))]));
    body.push(Return(Some(bin(AddI, li(total), CellGet(CellRef::Local(c), Ty::Int)))));
    let main = main_fn(vec![Ty::Ref, Ty::Ref, Ty::Int, Ty::Int], body);
    Program { funcs: vec![lit, main], main: 1 }
}

/// Struct copy semantics + float arithmetic (go/gstructs/main.go), structs as heap values.
fn structs() -> Program {
    let (p, sum, f, i, q) = (0, 1, 2, 3, 4);
    let fld = |s: u32, k: u32| Field(b(Local(s, Ty::Ref)), k, Ty::Int);
    let lf = || Local(f, Ty::Float);
    let mut body = vec![Set(p, StructLit(vec![Int(1), Int(2)])), Set(sum, Int(0)), Set(f, Float(0.0))];
    body.extend(for_lt(i, 0, 10_000_000, vec![
        Set(q, Local(p, Ty::Ref)), // q := p
        SetField(q, 0, bin(AddI, fld(q, 0), li(i))),
        SetField(p, 1, bin(AndI, fld(q, 0), Int(255))),
        Set(sum, bin(AddI, li(sum), bin(SubI, bin(AddI, fld(q, 0), fld(p, 1)), fld(p, 0)))),
        Set(f, bin(AddF, bin(MulF, lf(), Float(0.5)), IntToFloat(b(bin(AndI, li(i), Int(3)))))),
    ]));
    body.push(If(bin(GtF, lf(), Float(1.0)), vec![inc(sum)], vec![]));
    body.push(Return(Some(li(sum))));
    Program { funcs: vec![main_fn(vec![Ty::Ref, Ty::Int, Ty::Float, Ty::Int, Ty::Ref], body)], main: 0 }
}

/// Same program, lowered with the non-escaping struct locals flattened into slots
/// (p.x, p.y, q.x, q.y): what a lowering can do when a struct's address is never taken.
fn structs_flat() -> Program {
    let (px, py, sum, f, i, qx, qy) = (0, 1, 2, 3, 4, 5, 6);
    let lf = || Local(f, Ty::Float);
    let mut body = vec![Set(px, Int(1)), Set(py, Int(2)), Set(sum, Int(0)), Set(f, Float(0.0))];
    body.extend(for_lt(i, 0, 10_000_000, vec![
        Set(qx, li(px)),
        Set(qy, li(py)),
        Set(qx, bin(AddI, li(qx), li(i))),
        Set(py, bin(AndI, li(qx), Int(255))),
        Set(sum, bin(AddI, li(sum), bin(SubI, bin(AddI, li(qx), li(py)), li(px)))),
        Set(f, bin(AddF, bin(MulF, lf(), Float(0.5)), IntToFloat(b(bin(AndI, li(i), Int(3)))))),
    ]));
    body.push(If(bin(GtF, lf(), Float(1.0)), vec![inc(sum)], vec![]));
    body.push(Return(Some(li(sum))));
    let mut slots = vec![Ty::Int; 7];
    slots[f as usize] = Ty::Float;
    Program { funcs: vec![main_fn(slots, body)], main: 0 }
}
