//! Tests of the type predicates, on types built by hand.

use std::rc::Rc;

use super::super::types::{ChanDir, Field, Type, TypeId};
use super::super::typestring::testing::*;
use super::*;

fn assign(fx: &Fx, v: TypeId, t: TypeId) -> Result<(), Option<String>> {
    assignable(&fx.types, &fx.objs, v, t, &qf)
}

fn err(s: &str) -> Result<(), Option<String>> {
    Err(Some(s.to_string()))
}

#[test]
fn identity() {
    let mut fx = Fx::new();
    let int = fx.int();
    let a = fx.types.slice(int);
    let b = fx.types.slice(int);
    assert!(identical(&fx.types, a, b));
    let t = fx.named("T", int);
    let u = fx.named("U", int);
    assert!(!identical(&fx.types, t, u));
    assert!(!identical(&fx.types, t, int));
    // Instances made twice.
    let any = fx.any();
    let e = fx.type_param("E", 0, any);
    let st = fx.strukt(&[("e", e, false)]);
    let list = fx.named("List", st);
    let mk = |fx: &mut Fx, arg| {
        let i = fx.named("List", st);
        if let Some(n) = fx.types.named_mut(i) {
            n.origin = Some(list);
            n.type_args = vec![arg];
        }
        i
    };
    let l1 = mk(&mut fx, int);
    let l2 = mk(&mut fx, int);
    let string = fx.string();
    let l3 = mk(&mut fx, string);
    assert!(identical(&fx.types, l1, l2));
    assert!(!identical(&fx.types, l1, l3));
    let s1 = fx.types.slice(l1);
    let s2 = fx.types.slice(l2);
    assert_ne!(s1, s2);
    assert!(identical(&fx.types, s1, s2));
    // Term order does not matter.
    let u1 = fx.union(&[(false, int), (true, fx.string())]);
    let u2 = fx.union(&[(true, fx.string()), (false, int)]);
    assert!(identical(&fx.types, u1, u2));
    // Exported field names are the same in every package.
    let f = |pkg| Field { name: Rc::from("X"), typ: int, embedded: false, tag: None, pkg };
    let x1 = fx.types.intern(Type::Struct { fields: vec![f(Some(MAIN))] });
    let x2 = fx.types.intern(Type::Struct { fields: vec![f(None)] });
    assert!(identical(&fx.types, x1, x2));
    let g = |name: &str, pkg| Field { name: Rc::from(name), typ: int, embedded: false, tag: Some(Rc::from("t")), pkg };
    let y1 = fx.types.intern(Type::Struct { fields: vec![g("x", Some(MAIN))] });
    let y2 = fx.types.intern(Type::Struct { fields: vec![g("x", Some(TIME))] });
    assert!(!identical(&fx.types, y1, y2));
    // Tags.
    let y3 = fx.types.intern(Type::Struct { fields: vec![Field { tag: None, ..g("x", Some(MAIN)) }] });
    assert!(!identical(&fx.types, y1, y3));
    assert!(identical_ignore_tags(&fx.types, y1, y3));
}

#[test]
fn comparability() {
    let mut fx = Fx::new();
    let int = fx.int();
    let sl = fx.types.slice(int);
    let st = fx.strukt(&[("a", sl, false)]);
    let arr = fx.array(2, sl);
    let named_arr = fx.named("Arr", arr);
    let pint = fx.types.pointer(int);
    let ok_struct = fx.strukt(&[("a", int, false), ("p", pint, false)]);
    let any = fx.any();
    let c = |fx: &Fx, t| comparable(&fx.types, t);
    assert!(c(&fx, int));
    assert!(c(&fx, ok_struct));
    assert!(c(&fx, any));
    assert!(!c(&fx, sl));
    assert!(!c(&fx, st));
    assert!(!c(&fx, named_arr));
    assert!(!strictly_comparable(&fx.types, any));
    let ch = fx.chan(ChanDir::Both, sl);
    assert!(c(&fx, ch));
    let cause = |fx: &Fx, t| incomparable_cause(&fx.types, &fx.objs, t, &qf);
    assert_eq!(cause(&fx, st), "struct containing []int cannot be compared");
    assert_eq!(cause(&fx, named_arr), "Arr cannot be compared");
    assert_eq!(cause(&fx, sl), "slice can only be compared to nil");
    let m = fx.map(int, int);
    assert_eq!(cause(&fx, m), "map can only be compared to nil");
    let f = fx.sig(&[], &[]);
    assert_eq!(cause(&fx, f), "func can only be compared to nil");
    // Type parameters: by their type set.
    let tp_any = fx.type_param("T", 0, any);
    assert!(!c(&fx, tp_any));
    assert_eq!(cause(&fx, tp_any), "incomparable types in type set");
    let cmp = fx.comparable();
    let tp_cmp = fx.type_param("C", 0, cmp);
    assert!(c(&fx, tp_cmp));
    let u = fx.union(&[(true, int), (true, fx.string())]);
    let tp_u = fx.type_param("U", 0, u);
    assert!(c(&fx, tp_u));
    // A recursive struct through an ill-formed cycle does not hang.
    let r = fx.named("R", int);
    let rs = fx.strukt(&[("r", r, false)]);
    if let Some(n) = fx.types.named_mut(r) {
        n.underlying.set(rs);
    }
    assert!(c(&fx, r));
}

#[test]
fn nil_and_defaults() {
    let mut fx = Fx::new();
    let int = fx.int();
    let h = |fx: &Fx, t| has_nil(&fx.types, t);
    let p = fx.types.pointer(int);
    let s = fx.types.slice(int);
    let m = fx.map(int, int);
    let c = fx.chan(ChanDir::Both, int);
    let f = fx.sig(&[], &[]);
    let i = fx.any();
    for t in [p, s, m, c, f, i, fx.b(BasicKind::UnsafePointer)] {
        assert!(h(&fx, t), "{}", fx.s(t));
    }
    let st = fx.strukt(&[]);
    for t in [int, fx.string(), st, fx.array(1, int)] {
        assert!(!h(&fx, t), "{}", fx.s(t));
    }
    let tp = fx.type_param("T", 0, i);
    assert!(!h(&fx, tp));
    let u = fx.union(&[(true, p), (true, s)]);
    let tq = fx.type_param("Q", 0, u);
    assert!(h(&fx, tq));
    let d = |k| default_type(&fx.types, fx.b(k));
    assert_eq!(d(BasicKind::UntypedRune), fx.b(BasicKind::Rune));
    assert_eq!(d(BasicKind::UntypedFloat), fx.b(BasicKind::Float64));
    assert_eq!(d(BasicKind::UntypedComplex), fx.b(BasicKind::Complex128));
    assert_eq!(d(BasicKind::UntypedInt), int);
    assert_eq!(d(BasicKind::UntypedNil), fx.b(BasicKind::UntypedNil));
    assert_eq!(d(BasicKind::Int8), fx.b(BasicKind::Int8));
}

#[test]
fn assignability() {
    let mut fx = Fx::new();
    let int = fx.int();
    let myint = fx.named("MyInt", int);
    assert_eq!(assign(&fx, int, int), Ok(()));
    assert_eq!(assign(&fx, myint, int), Err(None));
    let s = fx.types.slice(int);
    let ns = fx.named("S", s);
    assert_eq!(assign(&fx, s, ns), Ok(()));
    assert_eq!(assign(&fx, ns, s), Ok(()));
    let ns2 = fx.named("S2", s);
    assert_eq!(assign(&fx, ns, ns2), Err(None));
    // Channels.
    let c = fx.chan(ChanDir::Both, int);
    let r = fx.chan(ChanDir::Recv, int);
    let nc = fx.named("Ch", c);
    let nr = fx.named("RCh", r);
    assert_eq!(assign(&fx, c, r), Ok(()));
    assert_eq!(assign(&fx, c, nr), Ok(()));
    assert_eq!(assign(&fx, nc, r), Ok(()));
    assert_eq!(assign(&fx, nc, nr), Err(None));
    assert_eq!(assign(&fx, r, c), Err(None));
    // Untyped values.
    let nil = fx.b(BasicKind::UntypedNil);
    assert_eq!(assign(&fx, nil, s), Ok(()));
    assert_eq!(assign(&fx, nil, int), Err(None));
    let ub = fx.b(BasicKind::UntypedBool);
    let mybool = fx.named("B", fx.b(BasicKind::Bool));
    assert_eq!(assign(&fx, ub, mybool), Ok(()));
    assert_eq!(assign(&fx, ub, int), Err(None));
    let uf = fx.b(BasicKind::UntypedFloat);
    assert_eq!(assign(&fx, uf, myint), Ok(()));
    let any = fx.any();
    assert_eq!(assign(&fx, uf, any), Ok(()));
    assert_eq!(assign(&fx, nil, any), Ok(()));
    let invalid = fx.b(BasicKind::Invalid);
    assert_eq!(assign(&fx, invalid, int), Ok(()));
    assert_eq!(assign(&fx, s, invalid), Ok(()));
}

#[test]
fn assignability_to_interfaces() {
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    let e = fx.strukt(&[]);
    let t = fx.named("T", e);
    assert_eq!(assign(&fx, t, i), err("T does not implement I (missing method M)"));
    let p = fx.named("P", e);
    fx.method(p, "M", unit, true);
    assert_eq!(assign(&fx, p, i), err("P does not implement I (method M has pointer receiver)"));
    let pp = fx.types.pointer(p);
    assert_eq!(assign(&fx, pp, i), Ok(()));
    // From an interface to a type that implements it: a missing type assertion.
    assert_eq!(assign(&fx, i, pp), err("need type assertion"));
    assert_eq!(assign(&fx, i, t), Err(None));
    let pi = fx.types.pointer(i);
    assert_eq!(assign(&fx, pi, i), err("*I does not implement I (type *I is pointer to interface, not interface)"));
    // An untyped constant's default type must implement a non-empty interface.
    let ui = fx.b(BasicKind::UntypedInt);
    assert_eq!(assign(&fx, ui, i), err("int does not implement I (missing method M)"));
    let d = fx.named_in(TIME, "Duration", fx.b(BasicKind::Int64));
    assert_eq!(assign(&fx, d, i), err("time.Duration does not implement I (missing method M)"));
    // Interface to interface.
    let n = fx.sig(&[], &[fx.int()]);
    let j_iface = fx.iface(&[("M", unit), ("N", n)]);
    let j = fx.named("J", j_iface);
    assert_eq!(assign(&fx, j, i), Ok(()));
    assert_eq!(assign(&fx, i, j), err("I does not implement J (missing method N)"));
}

#[test]
fn assignability_with_type_parameters() {
    let mut fx = Fx::new();
    let int = fx.int();
    let string = fx.string();
    let u = fx.union(&[(true, int), (true, string)]);
    let p = fx.type_param("P", 0, u);
    let s = fx.types.slice(int);
    assert_eq!(assign(&fx, s, p), err("cannot assign []int to int (in P)"));
    assert_eq!(assign(&fx, p, int), Err(None));
    let ss = fx.types.slice(string);
    let su = fx.union(&[(true, s), (true, ss)]);
    let q = fx.type_param("Q", 0, su);
    assert_eq!(assign(&fx, q, s), err("cannot assign []string (in Q) to []int"));
    let nil = fx.b(BasicKind::UntypedNil);
    assert_eq!(assign(&fx, nil, q), Ok(()));
    assert_eq!(assign(&fx, nil, p), Err(None));
    // A type parameter to an interface it does not implement: no cause.
    let unit = fx.sig(&[], &[]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    assert_eq!(assign(&fx, q, i), Err(None));
    assert_eq!(assign(&fx, p, p), Ok(()));
}

#[test]
fn implementing_and_satisfying() {
    let mut fx = Fx::new();
    let int = fx.int();
    let myint = fx.named("MyInt", int);
    let f64 = fx.b(BasicKind::Float64);
    let num_iface = fx.union(&[(false, int), (false, f64)]);
    let num = fx.named("Num", num_iface);
    let sat = |fx: &Fx, v, t| satisfies(&fx.types, &fx.objs, v, t, &qf);
    assert_eq!(sat(&fx, int, num), Ok(()));
    assert_eq!(sat(&fx, myint, num), Err("MyInt does not satisfy Num (possibly missing ~ for int in Num)".into()));
    let string = fx.string();
    assert_eq!(sat(&fx, string, num), Err("string does not satisfy Num (string missing in int | float64)".into()));
    let tilde = fx.union(&[(true, int)]);
    assert_eq!(sat(&fx, myint, tilde), Ok(()));
    assert_eq!(sat(&fx, string, tilde), Err("string does not satisfy ~int (string missing in ~int)".into()));
    let cmp_iface = fx.comparable();
    let cmp = fx.named_in(TIME, "comparable", cmp_iface);
    if let Some(o) = fx.types.named_mut(cmp).map(|n| n.obj) {
        fx.objs.get_mut(o).pkg = None;
    }
    let s = fx.types.slice(int);
    assert_eq!(sat(&fx, s, cmp), Err("[]int does not satisfy comparable".into()));
    let sl = fx.strukt(&[("a", s, false)]);
    let st = fx.named("St", sl);
    assert_eq!(sat(&fx, st, cmp), Err("St does not satisfy comparable".into()));
    let unit = fx.sig(&[], &[]);
    let i = fx.iface(&[("M", unit)]);
    assert_eq!(sat(&fx, i, cmp), Ok(()));
    assert_eq!(
        implements(&fx.types, &fx.objs, i, cmp, &qf),
        Err("interface{M()} does not implement comparable".into())
    );
    let str_sig = fx.sig(&[], &[string]);
    let stringer = fx.iface(&[("String", str_sig)]);
    let s_named = fx.named("S", stringer);
    assert_eq!(sat(&fx, int, s_named), Err("int does not satisfy S (missing method String)".into()));
    let empty = fx.union(&[]);
    assert_eq!(sat(&fx, int, empty), Err("cannot satisfy interface{∅} (empty type set)".into()));
    // A constraint interface as the value: type set inclusion.
    let both = fx.union(&[(true, int), (true, f64)]);
    let tp = fx.type_param("T", 0, tilde);
    assert_eq!(sat(&fx, tp, both), Ok(()));
    let tq = fx.type_param("Q", 0, both);
    assert_eq!(sat(&fx, tq, tilde), Err("Q does not satisfy ~int".into()));
    assert_eq!(
        implements(&fx.types, &fx.objs, int, myint, &qf),
        Err("int does not implement MyInt (MyInt is not an interface)".into())
    );
}

#[test]
fn type_assertions() {
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    let e = fx.strukt(&[]);
    let t = fx.named("T", e);
    let a = |fx: &Fx, v, t| assertable_to(&fx.types, &fx.objs, v, t, &qf);
    assert_eq!(a(&fx, i, t), Err("(missing method M)".into()));
    fx.method(t, "M", unit, false);
    assert_eq!(a(&fx, i, t), Ok(()));
    let j = fx.iface(&[("N", unit)]);
    assert_eq!(a(&fx, i, j), Ok(()));
}

#[test]
fn conversions() {
    let mut fx = Fx::new();
    let conv = |fx: &Fx, v, t| convertible(&fx.types, &fx.objs, v, t);
    let int = fx.int();
    let string = fx.string();
    let f64 = fx.b(BasicKind::Float64);
    let c64 = fx.b(BasicKind::Complex64);
    let myint = fx.named("MyInt", int);
    assert!(conv(&fx, myint, int));
    assert!(conv(&fx, int, f64));
    assert!(!conv(&fx, int, c64));
    assert!(conv(&fx, fx.b(BasicKind::Complex128), c64));
    assert!(conv(&fx, int, string));
    assert!(!conv(&fx, f64, string));
    let bytes = fx.types.slice(fx.b(BasicKind::Uint8));
    let runes = fx.types.slice(fx.b(BasicKind::Int32));
    let ints = fx.types.slice(int);
    assert!(conv(&fx, bytes, string));
    assert!(conv(&fx, string, runes));
    assert!(!conv(&fx, string, ints));
    let mybyte = fx.named("MyByte", fx.b(BasicKind::Uint8));
    let mybytes = fx.types.slice(mybyte);
    assert!(conv(&fx, mybytes, string));
    // Struct tags are ignored.
    let tagged = |fx: &mut Fx, tag: &str| {
        fx.types.intern(Type::Struct {
            fields: vec![Field {
                name: Rc::from("a"),
                typ: int,
                embedded: false,
                tag: Some(Rc::from(tag)),
                pkg: Some(MAIN),
            }],
        })
    };
    let s1 = tagged(&mut fx, "x");
    let s2 = tagged(&mut fx, "y");
    let n1 = fx.named("S", s1);
    let n2 = fx.named("S2", s2);
    assert!(conv(&fx, n1, n2));
    let p1 = fx.types.pointer(n1);
    let p2 = fx.types.pointer(n2);
    assert!(conv(&fx, p1, p2));
    // Slices to arrays and array pointers.
    let a3 = fx.array(3, int);
    let pa3 = fx.types.pointer(a3);
    let sa3 = fx.array(3, string);
    assert!(conv(&fx, ints, a3));
    assert!(conv(&fx, ints, pa3));
    assert!(!conv(&fx, ints, sa3));
    // unsafe.Pointer.
    let up = fx.b(BasicKind::UnsafePointer);
    let pint = fx.types.pointer(int);
    assert!(conv(&fx, pint, up));
    assert!(conv(&fx, up, fx.b(BasicKind::Uintptr)));
    assert!(!conv(&fx, int, up));
}

#[test]
fn conversion_causes() {
    let mut fx = Fx::new();
    let int = fx.int();
    let string = fx.string();
    let f64 = fx.b(BasicKind::Float64);
    let cause = |fx: &Fx, v, t| convertible_cause(&fx.types, &fx.objs, v, t, &qf);
    let unit = fx.sig(&[], &[]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    let e = fx.strukt(&[]);
    let t = fx.named("T", e);
    assert_eq!(cause(&fx, t, i), err("T does not implement I (missing method M)"));
    let qu = fx.union(&[(true, int), (true, f64)]);
    let q = fx.type_param("Q", 0, qu);
    assert_eq!(cause(&fx, q, string), err("cannot convert float64 (in Q) to type string"));
    let ints = fx.types.slice(int);
    let strs = fx.types.slice(string);
    let pu = fx.union(&[(true, ints), (true, strs)]);
    let p = fx.type_param("P", 1, pu);
    assert_eq!(cause(&fx, q, p), err("cannot convert int (in Q) to type []int (in P)"));
    // types2 keeps the cause of the failed assignment under the conversion's.
    let ku = fx.union(&[(true, int), (true, string)]);
    let k = fx.type_param("K", 0, ku);
    assert_eq!(
        cause(&fx, ints, k),
        err("cannot convert []int to type int (in K)\n\tcannot assign []int to int (in K)")
    );
    let pu2 = fx.union(&[(true, ints), (true, string)]);
    let p2 = fx.type_param("P", 0, pu2);
    assert_eq!(
        cause(&fx, p2, i),
        err("cannot convert []int (in P) to type I\n\t[]int does not implement I (missing method M)")
    );
    let a3 = fx.array(3, string);
    assert_eq!(cause(&fx, ints, a3), Err(None));
}
