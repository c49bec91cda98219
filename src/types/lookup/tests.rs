//! Tests of field and method lookup, method sets and missing methods, on types built by hand.

use super::super::types::{BasicKind, PkgId, TypeId};
use super::super::typestring::testing::*;
use super::*;

const P: PkgId = PkgId(2);

fn find(fx: &Fx, t: TypeId, addressable: bool, name: &str) -> LookupResult {
    lookup_field_or_method(&fx.types, &fx.objs, t, addressable, Some(MAIN), name)
}

fn why(fx: &Fx, t: TypeId, name: &str) -> String {
    lookup_error(&fx.types, &fx.objs, t, true, Some(MAIN), name, false, &qf)
}

/// type Inner struct{ deep int }; func (Inner) IM(); func (*Inner) IPM()
/// type PInner struct{ pdeep int }
/// type T struct{ Foo int; bar int; Inner; *PInner }; func (T) Meth(); func (*T) PMeth()
struct Sample {
    fx: Fx,
    t: TypeId,
    inner: TypeId,
    meth: ObjId,
    pmeth: ObjId,
    ipm: ObjId,
}

fn sample() -> Sample {
    let mut fx = Fx::new();
    let int = fx.int();
    let unit = fx.sig(&[], &[]);
    let is = fx.strukt(&[("deep", int, false)]);
    let inner = fx.named("Inner", is);
    fx.method(inner, "IM", unit, false);
    let ipm = fx.method(inner, "IPM", unit, true);
    let ps = fx.strukt(&[("pdeep", int, false)]);
    let pinner = fx.named("PInner", ps);
    let pp = fx.types.pointer(pinner);
    let ts = fx.strukt(&[("Foo", int, false), ("bar", int, false), ("Inner", inner, true), ("PInner", pp, true)]);
    let t = fx.named("T", ts);
    let meth = fx.method(t, "Meth", unit, false);
    let pmeth = fx.method(t, "PMeth", unit, true);
    Sample { fx, t, inner, meth, pmeth, ipm }
}

#[test]
fn fields_and_promoted_fields() {
    let s = sample();
    let int = s.fx.int();
    assert_eq!(
        find(&s.fx, s.t, false, "Foo"),
        LookupResult::Found(Selection::Field { path: vec![0], typ: int, indirect: false })
    );
    assert_eq!(
        find(&s.fx, s.t, false, "deep"),
        LookupResult::Found(Selection::Field { path: vec![2, 0], typ: int, indirect: false })
    );
    assert_eq!(
        find(&s.fx, s.t, false, "pdeep"),
        LookupResult::Found(Selection::Field { path: vec![3, 0], typ: int, indirect: true })
    );
    assert_eq!(
        find(&s.fx, s.t, false, "Inner"),
        LookupResult::Found(Selection::Field { path: vec![2], typ: s.inner, indirect: false })
    );
    assert_eq!(find(&s.fx, s.t, false, "nothing"), LookupResult::NotFound);
    assert_eq!(find(&s.fx, s.t, false, "_"), LookupResult::NotFound);
}

#[test]
fn methods_and_pointer_receivers() {
    let mut s = sample();
    let m = |obj, path, indirect, ptr_recv| LookupResult::Found(Selection::Method { obj, path, indirect, ptr_recv });
    assert_eq!(find(&s.fx, s.t, false, "Meth"), m(s.meth, vec![0], false, false));
    assert_eq!(find(&s.fx, s.t, false, "PMeth"), LookupResult::PointerMethod);
    assert_eq!(find(&s.fx, s.t, true, "PMeth"), m(s.pmeth, vec![1], false, true));
    assert_eq!(find(&s.fx, s.t, false, "IPM"), LookupResult::PointerMethod);
    assert_eq!(find(&s.fx, s.t, true, "IPM"), m(s.ipm, vec![2, 1], false, true));
    let pt = s.fx.types.pointer(s.t);
    assert_eq!(find(&s.fx, pt, false, "PMeth"), m(s.pmeth, vec![1], true, true));
    assert_eq!(find(&s.fx, pt, false, "IPM"), m(s.ipm, vec![2, 1], true, true));
    // **T is not dereferenced twice.
    let ppt = s.fx.types.pointer(pt);
    assert_eq!(find(&s.fx, ppt, false, "Foo"), LookupResult::NotFound);
    assert_eq!(why(&s.fx, ppt, "Foo"), "type **T has no field or method Foo");
}

#[test]
fn named_pointer_types_have_fields_but_no_methods() {
    let mut s = sample();
    let pt = s.fx.types.pointer(s.t);
    let np = s.fx.named("NP", pt);
    let int = s.fx.int();
    assert_eq!(
        find(&s.fx, np, false, "Foo"),
        LookupResult::Found(Selection::Field { path: vec![0], typ: int, indirect: true })
    );
    assert_eq!(find(&s.fx, np, false, "Meth"), LookupResult::NotFound);
    assert_eq!(why(&s.fx, np, "Meth"), "type NP has no field or method Meth");
}

#[test]
fn ambiguity_at_the_same_depth_and_shadowing() {
    let mut fx = Fx::new();
    let int = fx.int();
    let xs = fx.strukt(&[("X", int, false)]);
    let a = fx.named("A", xs);
    let b = fx.named("B", xs);
    let abs = fx.strukt(&[("A", a, true), ("B", b, true)]);
    let ab = fx.named("AB", abs);
    assert_eq!(find(&fx, ab, false, "X"), LookupResult::Ambiguous { path: vec![1, 0] });
    // A shallower X shadows both.
    let s = fx.strukt(&[("AB", ab, true), ("X", fx.string(), false)]);
    let string = fx.string();
    assert_eq!(
        find(&fx, s, false, "X"),
        LookupResult::Found(Selection::Field { path: vec![1], typ: string, indirect: false })
    );
    // The same type reached twice at one depth (through C and D): ambiguous.
    let c = fx.strukt(&[("A", a, true)]);
    let cn = fx.named("C", c);
    let pa = fx.types.pointer(a);
    let d = fx.strukt(&[("A", pa, true)]);
    let dn = fx.named("D", d);
    let both = fx.strukt(&[("C", cn, true), ("D", dn, true)]);
    assert_eq!(find(&fx, both, false, "X"), LookupResult::Ambiguous { path: vec![0, 0, 0] });
}

#[test]
fn recursive_embedding_terminates() {
    let mut fx = Fx::new();
    // type R struct{ *R; v int }
    let r = fx.named("R", fx.int());
    let pr = fx.types.pointer(r);
    let int = fx.int();
    let rs = fx.strukt(&[("R", pr, true), ("v", int, false)]);
    if let Some(n) = fx.types.named_mut(r) {
        n.underlying.set(rs);
    }
    assert_eq!(
        find(&fx, r, false, "v"),
        LookupResult::Found(Selection::Field { path: vec![1], typ: int, indirect: false })
    );
    assert_eq!(find(&fx, r, false, "w"), LookupResult::NotFound);
    assert!(method_set(&fx.types, &fx.objs, r).is_empty());
    // A named type whose underlying type is itself (a cycle the checker reports).
    let c = fx.named("C", fx.int());
    if let Some(n) = fx.types.named_mut(c) {
        n.underlying.set(c);
    }
    assert_eq!(find(&fx, c, false, "x"), LookupResult::NotFound);
}

#[test]
fn interface_methods_and_type_parameters() {
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let n = fx.sig(&[], &[fx.int()]);
    let i = fx.iface(&[("N", n), ("M", unit)]);
    let ni = fx.named("I", i);
    assert_eq!(
        find(&fx, ni, false, "N"),
        LookupResult::Found(Selection::IfaceMethod { iface: i, index: 1, sig: n, path: vec![1], indirect: false })
    );
    let pi = fx.types.pointer(ni);
    assert_eq!(find(&fx, pi, false, "M"), LookupResult::NotFound);
    assert_eq!(why(&fx, pi, "M"), "type *I is pointer to interface, not interface");
    // A type parameter has the methods of its constraint, even a named one.
    let tp = fx.type_param("P", 0, ni);
    assert_eq!(
        find(&fx, tp, false, "M"),
        LookupResult::Found(Selection::IfaceMethod { iface: i, index: 0, sig: unit, path: vec![0], indirect: false })
    );
    let ptp = fx.types.pointer(tp);
    assert_eq!(why(&fx, ptp, "M"), "type *P is pointer to type parameter, not type parameter");
    // An interface embedded in a struct promotes its methods.
    let s = fx.strukt(&[("I", ni, true)]);
    assert_eq!(
        find(&fx, s, false, "M"),
        LookupResult::Found(Selection::IfaceMethod {
            iface: i,
            index: 0,
            sig: unit,
            path: vec![0, 0],
            indirect: false
        })
    );
}

#[test]
fn unexported_names_are_per_package() {
    let mut fx = Fx::new();
    let int = fx.int();
    let ps = fx.strukt_in(P, &[("foo", int, false), ("Bar", int, false)]);
    let s = fx.named_in(P, "S", ps);
    let unit = fx.sig(&[], &[]);
    fx.method(s, "meth", unit, false);
    fx.method(s, "Pub", unit, false);
    assert_eq!(find(&fx, s, false, "foo"), LookupResult::NotFound);
    let in_p = lookup_field_or_method(&fx.types, &fx.objs, s, false, Some(P), "foo");
    assert!(matches!(in_p, LookupResult::Found(Selection::Field { .. })));
    assert_eq!(why(&fx, s, "foo"), "cannot refer to unexported field foo");
    assert_eq!(why(&fx, s, "Foo"), "type p2.S has no field or method Foo, but does have unexported field foo");
    assert_eq!(why(&fx, s, "bar"), "type p2.S has no field or method bar, but does have field Bar");
    assert_eq!(why(&fx, s, "meth"), "cannot refer to unexported method meth");
    assert_eq!(why(&fx, s, "Meth"), "type p2.S has no field or method Meth, but does have unexported method meth");
    assert_eq!(why(&fx, s, "pub"), "type p2.S has no field or method pub, but does have method Pub");
    let lit = |name| lookup_error(&fx.types, &fx.objs, s, false, Some(MAIN), name, true, &qf);
    assert_eq!(lit("foo"), "cannot refer to unexported field foo in struct literal of type p2.S");
    assert_eq!(lit("Foo"), "unknown field Foo in struct literal of type p2.S, but does have unexported foo");
    assert_eq!(lit("bar"), "unknown field bar in struct literal of type p2.S, but does have Bar");
    // Methods are not fields of a struct literal.
    assert_eq!(lit("pub"), "unknown field pub in struct literal of type p2.S");
}

#[test]
fn lookup_errors_in_the_same_package() {
    let s = sample();
    assert_eq!(why(&s.fx, s.t, "foo"), "type T has no field or method foo, but does have field Foo");
    assert_eq!(why(&s.fx, s.t, "Bar"), "type T has no field or method Bar, but does have field bar");
    assert_eq!(why(&s.fx, s.t, "baz"), "type T has no field or method baz");
    assert_eq!(why(&s.fx, s.t, "meth"), "type T has no field or method meth, but does have method Meth");
    assert_eq!(why(&s.fx, s.t, "Deep"), "type T has no field or method Deep, but does have field deep");
    let lit = |name| lookup_error(&s.fx.types, &s.fx.objs, s.t, false, Some(MAIN), name, true, &qf);
    assert_eq!(lit("b"), "unknown field b in struct literal of type T");
    assert_eq!(lit("FOO"), "unknown field FOO in struct literal of type T, but does have Foo");
    // Exported names carry no package; the declaring type's package stands in.
    assert_eq!(lit("fOO"), "unknown field fOO in struct literal of type T, but does have Foo");
    assert_eq!(why(&s.fx, s.t, "fOO"), "type T has no field or method fOO, but does have field Foo");
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    assert_eq!(why(&fx, i, "m"), "type I has no field or method m, but does have method M");
}

#[test]
fn method_sets() {
    let mut s = sample();
    let names =
        |fx: &Fx, t| method_set(&fx.types, &fx.objs, t).into_iter().map(|e| e.name.to_string()).collect::<Vec<_>>();
    assert_eq!(names(&s.fx, s.t), ["IM", "Meth"]);
    let pt = s.fx.types.pointer(s.t);
    assert_eq!(names(&s.fx, pt), ["IM", "IPM", "Meth", "PMeth"]);
    let ms = method_set(&s.fx.types, &s.fx.objs, pt);
    let ipm = ms.iter().find(|e| &*e.name == "IPM").cloned();
    let unit = s.fx.sig(&[], &[]);
    assert_eq!(
        ipm,
        Some(MethodSetEntry {
            name: Rc::from("IPM"),
            method: MethodRef::Func(s.ipm),
            sig: unit,
            path: vec![2, 1],
            indirect: true
        })
    );
    // A field hides a method of the same name at the same depth; collisions hide deeper ones.
    let mut fx = Fx::new();
    let int = fx.int();
    let unit = fx.sig(&[], &[]);
    let e = fx.strukt(&[]);
    let a = fx.named("A", e);
    fx.method(a, "M", unit, false);
    let b = fx.named("B", e);
    fx.method(b, "M", unit, false);
    fx.method(b, "N", unit, false);
    let xs = fx.strukt(&[("A", a, true), ("B", b, true)]);
    assert_eq!(names(&fx, xs), ["N"]);
    let ys = fx.strukt(&[("A", a, true), ("N", int, false)]);
    assert_eq!(names(&fx, ys), ["M"]);
    let i = fx.iface(&[("Z", unit), ("Y", unit)]);
    assert_eq!(names(&fx, i), ["Y", "Z"]);
    let pi = fx.types.pointer(i);
    assert!(names(&fx, pi).is_empty());
}

#[test]
fn missing_methods_and_their_causes() {
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let int = fx.int();
    let with_int = fx.sig(&[int], &[]);
    let n_sig = fx.sig(&[], &[int]);
    let i_iface = fx.iface(&[("M", unit)]);
    let i = fx.named("I", i_iface);
    let j_iface = fx.iface(&[("M", unit), ("N", n_sig)]);
    let j = fx.named("J", j_iface);
    let e = fx.strukt(&[]);
    let cause = |fx: &Fx, t, iface| missing_method_cause(&fx.types, &fx.objs, t, iface, &qf);

    let t = fx.named("T", e);
    assert_eq!(cause(&fx, t, i).as_deref(), Some("(missing method M)"));
    let p = fx.named("P", e);
    fx.method(p, "M", unit, true);
    assert_eq!(cause(&fx, p, i).as_deref(), Some("(method M has pointer receiver)"));
    let pp = fx.types.pointer(p);
    assert_eq!(cause(&fx, pp, i), None);
    assert_eq!(cause(&fx, pp, j).as_deref(), Some("(missing method N)"));
    let w = fx.named("W", e);
    fx.method(w, "M", with_int, false);
    assert_eq!(cause(&fx, w, i).as_deref(), Some("(wrong type for method M)\n\t\thave M(int)\n\t\twant M()"));
    let lower = fx.named("Lower", e);
    fx.method(lower, "m", unit, false);
    assert_eq!(cause(&fx, lower, i).as_deref(), Some("(missing method M)\n\t\thave m()\n\t\twant M()"));
    let fs = fx.strukt(&[("M", int, false)]);
    let f = fx.named("F", fs);
    assert_eq!(cause(&fx, f, i).as_deref(), Some("(F.M is a field, not a method)"));
    let a = fx.named("A", e);
    fx.method(a, "M", unit, false);
    let b = fx.named("B", e);
    fx.method(b, "M", unit, false);
    let abs = fx.strukt(&[("A", a, true), ("B", b, true)]);
    let ab = fx.named("AB", abs);
    assert_eq!(cause(&fx, ab, i).as_deref(), Some("(ambiguous selector AB.M)"));
    let pi = fx.types.pointer(i);
    assert_eq!(cause(&fx, pi, i).as_deref(), Some("(type *I is pointer to interface, not interface)"));
    // Promoted through an embedded struct: T{A} has M.
    let emb = fx.strukt(&[("A", a, true)]);
    assert_eq!(cause(&fx, emb, i), None);

    // An unexported method of another package can only be implemented there.
    let k_iface = fx.iface_in(P, &[("get", n_sig)]);
    let k = fx.named_in(P, "K", k_iface);
    let u = fx.named("U", e);
    let string = fx.string();
    let get_string = fx.sig(&[], &[string]);
    fx.method(u, "get", get_string, false);
    assert_eq!(cause(&fx, u, k).as_deref(), Some("(unexported method get)"));

    // Interfaces: every method must be present with an identical signature.
    let wrong = fx.iface(&[("M", with_int)]);
    assert_eq!(cause(&fx, wrong, i).as_deref(), Some("(wrong type for method M)\n\t\thave M(int)\n\t\twant M()"));
    assert_eq!(cause(&fx, j, i), None);
    assert_eq!(cause(&fx, i, j).as_deref(), Some("(missing method N)"));
    let m = missing_method(&fx.types, &fx.objs, i, j);
    assert_eq!(m, Some(MissingMethod { name: Rc::from("N"), sig: n_sig, kind: MissingKind::NotFound }));
}

#[test]
fn invalid_embedded_fields_silence_missing_methods() {
    let mut fx = Fx::new();
    let unit = fx.sig(&[], &[]);
    let i = fx.iface(&[("M", unit)]);
    let invalid = fx.b(BasicKind::Invalid);
    let s = fx.strukt(&[("X", invalid, true)]);
    assert_eq!(missing_method_cause(&fx.types, &fx.objs, s, i, &qf), None);
    assert!(missing_method(&fx.types, &fx.objs, s, i).is_some());
}

#[test]
fn helpers() {
    assert_eq!(tail("Foo"), "oo");
    assert_eq!(tail("é1"), "1");
    assert_eq!(tail("x"), "x");
    assert_eq!(tail(""), "");
    assert!(equal_fold("deep", "Deep"));
    assert!(equal_fold("ÉTÉ", "été"));
    assert!(!equal_fold("foo", "fo"));
}
