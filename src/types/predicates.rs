//! Type predicates (types2's `predicates.go`, with `assignableTo`, `implements` and
//! `convertibleTo`): identity, comparability, assignability, interface satisfaction and
//! conversion between types, with types2's error causes.
//!
//! Invariants: no predicate panics or loops on an ill-formed arena (cycles through named
//! types are cut by `TypeTable::underlying`'s bound and by visited sets); an invalid type is
//! assignable, convertible and comparable to anything, so an error already reported does not
//! cause another. Causes are worded as gc words them, for the checker to append after a colon
//! ("cannot use x (…) as I value in assignment: T does not implement I (missing method M)").
//!
//! Untyped constants are the checker's business (representability); the predicates here treat
//! an untyped operand as a non-constant value of its kind — a comparison's untyped bool, a
//! shifted untyped number, or `nil`.

use super::lookup::{interface_ptr_error, is_interface_ptr, missing_method_cause};
use super::object::Objects;
use super::types::{BasicKind, Field, Interface, Term, Type, TypeId, TypeTable};
use super::typestring::{composite_kind, constraint_string, type_string, Qualifier};

/// The underlying type, resolved all the way: a type parameter's underlying type is the
/// interface of its constraint, even when the constraint is a named interface. (Note that
/// `TypeTable::underlying` stops at the constraint itself.)
pub fn under(types: &TypeTable, t: TypeId) -> TypeId {
    let mut id = t;
    for _ in 0..100 {
        let u = types.underlying(id);
        if u == id || !matches!(types.get(u), Type::Named(_) | Type::TypeParam { .. } | Type::Alias { .. }) {
            return u;
        }
        id = u;
    }
    types.basic(BasicKind::Invalid)
}

/// Spec "Type identity". Interning makes identical unnamed types one id, so this is mostly
/// `a == b`; the structural comparison behind it covers what interning cannot see:
/// instances of one generic type with identical type arguments made twice, the order of an
/// interface's type terms, and package tags on exported field and method names (which do not
/// take part in identity).
pub fn identical(types: &TypeTable, a: TypeId, b: TypeId) -> bool {
    identical_impl(types, a, b, false, 0)
}

/// Identity ignoring struct tags (for conversions).
pub fn identical_ignore_tags(types: &TypeTable, a: TypeId, b: TypeId) -> bool {
    identical_impl(types, a, b, true, 0)
}

const MAX_NESTING: u32 = 100;

fn identical_impl(types: &TypeTable, x: TypeId, y: TypeId, ignore_tags: bool, depth: u32) -> bool {
    let (x, y) = (types.unalias(x), types.unalias(y));
    if x == y {
        return true;
    }
    if depth > MAX_NESTING {
        return false;
    }
    let same = |a: TypeId, b: TypeId| identical_impl(types, a, b, ignore_tags, depth + 1);
    let all_same = |a: &[TypeId], b: &[TypeId]| a.len() == b.len() && a.iter().zip(b).all(|(&a, &b)| same(a, b));
    match (types.get(x), types.get(y)) {
        (Type::Basic(a), Type::Basic(b)) => a.canonical() == b.canonical(),
        (Type::Array { len: l1, elem: e1 }, Type::Array { len: l2, elem: e2 }) => l1 == l2 && same(*e1, *e2),
        (Type::Slice(a), Type::Slice(b)) | (Type::Pointer(a), Type::Pointer(b)) => same(*a, *b),
        (Type::Map { key: k1, value: v1 }, Type::Map { key: k2, value: v2 }) => same(*k1, *k2) && same(*v1, *v2),
        (Type::Chan { dir: d1, elem: e1 }, Type::Chan { dir: d2, elem: e2 }) => d1 == d2 && same(*e1, *e2),
        (Type::Struct { fields: f }, Type::Struct { fields: g }) => {
            f.len() == g.len()
                && f.iter().zip(g).all(|(f, g)| {
                    f.embedded == g.embedded
                        && (ignore_tags || tag(f) == tag(g))
                        && same_name(&f.name, f.pkg, &g.name, g.pkg)
                        && same(f.typ, g.typ)
                })
        }
        (Type::Tuple(a), Type::Tuple(b)) => all_same(a, b),
        (Type::Signature(a), Type::Signature(b)) => {
            a.variadic == b.variadic && all_same(&a.params, &b.params) && all_same(&a.results, &b.results)
        }
        (Type::Interface(a), Type::Interface(b)) => {
            a.comparable == b.comparable
                && a.methods.len() == b.methods.len()
                && a.methods
                    .iter()
                    .all(|m| b.methods.iter().any(|n| same_name(&m.name, m.pkg, &n.name, n.pkg) && same(m.sig, n.sig)))
                && match (&a.terms, &b.terms) {
                    (None, None) => true,
                    (Some(s), Some(t)) => terms_subset(types, s, t) && terms_subset(types, t, s),
                    _ => false,
                }
        }
        // Two instances of one generic type are identical if their type arguments are.
        (Type::Named(a), Type::Named(b)) => match (a.origin, b.origin) {
            (Some(o1), Some(o2)) => same(o1, o2) && all_same(&a.type_args, &b.type_args),
            _ => false,
        },
        _ => false,
    }
}

fn tag(f: &Field) -> &str {
    f.tag.as_deref().unwrap_or("")
}

/// Spec: identifiers are the same if spelled alike and, unless exported, from one package.
fn same_name(a: &str, apkg: Option<super::types::PkgId>, b: &str, bpkg: Option<super::types::PkgId>) -> bool {
    a == b && (a.chars().next().is_some_and(char::is_uppercase) || apkg == bpkg)
}

/// Term `x` ⊆ term `y` (types2's `term.subsetOf`).
fn term_subset(types: &TypeTable, x: &Term, y: &Term) -> bool {
    let ux = if y.tilde { under(types, x.typ) } else { x.typ };
    let uy = if x.tilde { under(types, y.typ) } else { y.typ };
    identical(types, ux, uy) && (!x.tilde || y.tilde)
}

/// Every term of `xs` lies within the union `ys`.
fn terms_subset(types: &TypeTable, xs: &[Term], ys: &[Term]) -> bool {
    xs.iter().all(|x| ys.iter().any(|y| term_subset(types, x, y)))
}

/// Whether term `x` includes type `t`.
fn term_includes(types: &TypeTable, x: &Term, t: TypeId) -> bool {
    let u = if x.tilde { under(types, t) } else { t };
    identical(types, x.typ, u)
}

/// Predeclared types, defined types and type parameters have names.
pub fn has_name(types: &TypeTable, t: TypeId) -> bool {
    types.is_named(t)
}

/// The specific types of a type parameter's type set; None when it has none (its constraint
/// has no type terms, or an empty type set).
fn tparam_terms(types: &TypeTable, t: TypeId) -> Option<&[Term]> {
    if !types.is_type_param(t) {
        return None;
    }
    match types.get(under(types, t)) {
        Type::Interface(i) => i.terms.as_deref().filter(|ts| !ts.is_empty()),
        _ => None,
    }
}

fn iface_of(types: &TypeTable, t: TypeId) -> Option<&Interface> {
    match types.get(under(types, t)) {
        Type::Interface(i) => Some(i),
        _ => None,
    }
}

/// An interface that every type implements: no methods, no type terms, not `comparable`.
fn is_empty_iface(i: &Interface) -> bool {
    i.methods.is_empty() && i.is_basic()
}

fn basic_of(types: &TypeTable, t: TypeId) -> Option<BasicKind> {
    match types.get(under(types, t)) {
        Type::Basic(k) => Some(k.canonical()),
        _ => None,
    }
}

fn is_invalid(types: &TypeTable, t: TypeId) -> bool {
    types.is_invalid(t) || types.is_invalid(under(types, t))
}

/// Spec "Comparison operators": values of type `t` may be compared with `==` (interfaces
/// are comparable, though comparing them may panic).
pub fn comparable(types: &TypeTable, t: TypeId) -> bool {
    comparable_type(types, t, true, &mut Vec::new()).is_ok()
}

/// Strict comparability (spec "Type constraints"): comparable, and not an interface nor
/// made of interfaces, so `==` cannot panic. What the `comparable` constraint requires of
/// a type argument that is not itself an interface.
pub fn strictly_comparable(types: &TypeTable, t: TypeId) -> bool {
    comparable_type(types, t, false, &mut Vec::new()).is_ok()
}

/// Why a type is not comparable, for types2's messages.
enum Incomparable {
    Plain,
    /// A struct with a field of this incomparable type.
    StructContaining(TypeId),
    /// An array (this type) of an incomparable element type.
    Array(TypeId),
    EmptyTypeSet,
    /// A type parameter with incomparable types in its type set.
    Elements,
}

fn comparable_type(types: &TypeTable, t: TypeId, dynamic: bool, seen: &mut Vec<TypeId>) -> Result<(), Incomparable> {
    if seen.contains(&t) {
        return Ok(());
    }
    seen.push(t);
    match types.get(under(types, t)) {
        // An invalid type is taken to be comparable, to avoid follow-on errors.
        Type::Basic(k) => {
            if *k == BasicKind::UntypedNil {
                return Err(Incomparable::Plain);
            }
            Ok(())
        }
        Type::Pointer(_) | Type::Chan { .. } => Ok(()),
        Type::Struct { fields } => {
            for f in fields {
                if comparable_type(types, f.typ, dynamic, seen).is_err() {
                    return Err(Incomparable::StructContaining(f.typ));
                }
            }
            Ok(())
        }
        Type::Array { elem, .. } => match comparable_type(types, *elem, dynamic, seen) {
            Ok(()) => Ok(()),
            Err(_) => Err(Incomparable::Array(t)),
        },
        Type::Interface(i) => {
            if (dynamic && !types.is_type_param(t)) || type_set_comparable(types, i, seen) {
                Ok(())
            } else if i.terms.as_ref().is_some_and(|ts| ts.is_empty()) {
                Err(Incomparable::EmptyTypeSet)
            } else {
                Err(Incomparable::Elements)
            }
        }
        _ => Err(Incomparable::Plain),
    }
}

/// Whether all types of an interface's type set are strictly comparable.
fn type_set_comparable(types: &TypeTable, i: &Interface, seen: &mut Vec<TypeId>) -> bool {
    match &i.terms {
        None => i.comparable,
        Some(ts) => !ts.is_empty() && ts.iter().all(|t| comparable_type(types, t.typ, false, seen).is_ok()),
    }
}

/// The cause gc gives, in parentheses after "invalid operation: x == y", for operands of an
/// incomparable type: "slice can only be compared to nil", "struct containing []int cannot be
/// compared", "[2][]int cannot be compared", …; empty if `t` is comparable.
pub fn incomparable_cause(types: &TypeTable, objs: &Objects, t: TypeId, qf: &Qualifier) -> String {
    if matches!(types.get(under(types, t)), Type::Slice(_) | Type::Signature(_) | Type::Map { .. }) {
        return format!("{} can only be compared to nil", composite_kind(types, t));
    }
    match comparable_type(types, t, true, &mut Vec::new()) {
        Ok(()) | Err(Incomparable::Plain) => String::new(),
        Err(Incomparable::StructContaining(f)) => {
            format!("struct containing {} cannot be compared", type_string(types, objs, f, qf))
        }
        Err(Incomparable::Array(a)) => format!("{} cannot be compared", type_string(types, objs, a, qf)),
        Err(Incomparable::EmptyTypeSet) => "empty type set".to_string(),
        Err(Incomparable::Elements) => "incomparable types in type set".to_string(),
    }
}

/// Whether `nil` is a value of type `t`: pointers, slices, maps, channels, functions,
/// interfaces and `unsafe.Pointer`; for a type parameter, every type of its type set.
pub fn has_nil(types: &TypeTable, t: TypeId) -> bool {
    match types.get(under(types, t)) {
        Type::Basic(k) => *k == BasicKind::UnsafePointer,
        Type::Slice(_) | Type::Pointer(_) | Type::Signature(_) | Type::Map { .. } | Type::Chan { .. } => true,
        Type::Interface(_) => {
            !types.is_type_param(t) || tparam_terms(types, t).is_some_and(|ts| ts.iter().all(|x| has_nil(types, x.typ)))
        }
        _ => false,
    }
}

/// The type an untyped value takes where no other is wanted (spec "Constants").
pub fn default_type(types: &TypeTable, t: TypeId) -> TypeId {
    let k = match types.get(t) {
        Type::Basic(BasicKind::UntypedBool) => BasicKind::Bool,
        Type::Basic(BasicKind::UntypedInt) => BasicKind::Int,
        Type::Basic(BasicKind::UntypedRune) => BasicKind::Rune,
        Type::Basic(BasicKind::UntypedFloat) => BasicKind::Float64,
        Type::Basic(BasicKind::UntypedComplex) => BasicKind::Complex128,
        Type::Basic(BasicKind::UntypedString) => BasicKind::String,
        _ => return t,
    };
    types.basic(k)
}

/// Spec "Assignability": whether a (non-constant) value of type `v` may be assigned to a
/// variable of type `t`. The error carries types2's cause when it has one: "T does not
/// implement I (missing method M)", "need type assertion", "cannot assign []int to int (in
/// P)".
///
/// An untyped `v` is treated as a non-constant value: untyped nil is assignable to types
/// with nil, untyped bool to booleans, untyped numbers to numeric types; to a non-empty
/// interface, the value's default type must implement it (as it would after the checker's
/// implicit conversion).
pub fn assignable(
    types: &TypeTable,
    objs: &Objects,
    v: TypeId,
    t: TypeId,
    qf: &Qualifier,
) -> Result<(), Option<String>> {
    let mut cause = String::new();
    if assignable_to(types, objs, v, t, qf, &mut cause) {
        Ok(())
    } else {
        Err(Some(cause).filter(|c| !c.is_empty()))
    }
}

/// types2's `assignableTo`, with its cause written through `cause` as types2 writes it
/// (including causes that later steps leave in place).
fn assignable_to(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId, qf: &Qualifier, cause: &mut String) -> bool {
    if is_invalid(types, v) || is_invalid(types, t) {
        return true; // avoid follow-on errors
    }
    if identical(types, v, t) {
        return true;
    }
    let (vu, tu) = (under(types, v), under(types, t));
    let (vp, tp) = (types.is_type_param(v), types.is_type_param(t));

    if types.is_untyped(v) {
        return untyped_assignable(types, objs, v, t, qf, cause);
    }

    // Identical underlying types, at least one of them unnamed, neither a type parameter.
    if identical(types, vu, tu) && (!has_name(types, v) || !has_name(types, t)) && !vp && !tp {
        return true;
    }

    // T is an interface (not a type parameter) and V implements T; a pointer to an interface
    // goes through `implements` for its cause.
    if (matches!(types.get(tu), Type::Interface(_)) && !tp) || is_interface_ptr(types, tu) {
        if implements_impl(types, objs, v, t, false, qf, cause) {
            return true;
        }
        // A type parameter V may still be assignable; its cause comes later.
        if !vp {
            return false;
        }
        cause.clear();
    }

    // V is an interface that T implements: a type assertion is missing.
    if matches!(types.get(vu), Type::Interface(_))
        && !vp
        && implements_impl(types, objs, t, v, false, qf, &mut String::new())
    {
        *cause = "need type assertion".to_string();
        return false;
    }

    // A bidirectional channel to a channel type with identical element type, one unnamed.
    if let (Type::Chan { dir: super::types::ChanDir::Both, elem: ve }, Type::Chan { elem: te, .. }) =
        (types.get(vu), types.get(tu))
    {
        if identical(types, *ve, *te) {
            return !has_name(types, v) || !has_name(types, t);
        }
    }

    if !vp && !tp {
        return false;
    }

    // An unnamed V is assignable to a type parameter T if it is to every type in T's set.
    if !has_name(types, v) && tp {
        let Some(terms) = tparam_terms(types, t) else { return false };
        for term in terms {
            if !assignable_to(types, objs, v, term.typ, qf, cause) {
                let msg = format!(
                    "cannot assign {} to {} (in {})",
                    ts(types, objs, v, qf),
                    ts(types, objs, term.typ, qf),
                    ts(types, objs, t, qf)
                );
                wrap_cause(cause, msg);
                return false;
            }
        }
        return true;
    }

    // A type parameter V is assignable to an unnamed T if every type in V's set is.
    if vp && !has_name(types, t) {
        let Some(terms) = tparam_terms(types, v) else { return false };
        for term in terms {
            if !assignable_to(types, objs, term.typ, t, qf, cause) {
                let msg = format!(
                    "cannot assign {} (in {}) to {}",
                    ts(types, objs, term.typ, qf),
                    ts(types, objs, v, qf),
                    ts(types, objs, t, qf)
                );
                wrap_cause(cause, msg);
                return false;
            }
        }
        return true;
    }
    false
}

/// types2's `implicitTypeAndValue` for non-constant untyped values.
fn untyped_assignable(
    types: &TypeTable,
    objs: &Objects,
    v: TypeId,
    t: TypeId,
    qf: &Qualifier,
    cause: &mut String,
) -> bool {
    let vk = match types.get(v) {
        Type::Basic(k) => k.canonical(),
        _ => return false,
    };
    if types.is_untyped(t) {
        // Both untyped: fine if of one kind, or both numeric (the larger kind wins).
        let tk = basic_of(types, t).unwrap_or(BasicKind::Invalid);
        return vk == tk || (vk.is_numeric() && tk.is_numeric());
    }
    if vk == BasicKind::UntypedNil {
        return has_nil(types, t);
    }
    let tu = under(types, t);
    match types.get(tu) {
        Type::Basic(tk) => match vk {
            BasicKind::UntypedBool => tk.is_boolean(),
            BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat | BasicKind::UntypedComplex => {
                tk.is_numeric()
            }
            BasicKind::UntypedString => tk.is_string(),
            _ => false,
        },
        Type::Interface(i) => {
            if types.is_type_param(t) {
                return match tparam_terms(types, t) {
                    Some(terms) => terms
                        .iter()
                        .all(|term| untyped_assignable(types, objs, v, under(types, term.typ), qf, &mut String::new())),
                    None => false,
                };
            }
            if is_empty_iface(i) {
                return true;
            }
            // The checker converts the value to its default type before the assignment.
            assignable_to(types, objs, default_type(types, v), t, qf, cause)
        }
        _ => false,
    }
}

/// types2's errorf inside the predicates: the new message, then the earlier cause indented.
fn wrap_cause(cause: &mut String, msg: String) {
    if cause.is_empty() {
        *cause = msg;
    } else {
        *cause = format!("{msg}\n\t{cause}");
    }
}

fn ts(types: &TypeTable, objs: &Objects, t: TypeId, qf: &Qualifier) -> String {
    type_string(types, objs, t, qf)
}

/// Whether type `v` implements interface type `t` (spec "Implementing an interface"). The
/// error is types2's whole cause: "T does not implement I (missing method M)", "*I does not
/// implement I (type *I is pointer to interface, not interface)", "T does not implement I
/// (I is not an interface)", …
pub fn implements(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId, qf: &Qualifier) -> Result<(), String> {
    let mut cause = String::new();
    if implements_impl(types, objs, v, t, false, qf, &mut cause) {
        Ok(())
    } else {
        Err(cause)
    }
}

/// Whether type argument `v` satisfies constraint `t` (spec "Satisfying a type
/// constraint"): as `implements`, but an interface satisfies `comparable`. Errors read
/// "MyInt does not satisfy Num (possibly missing ~ for int in Num)", "string does not satisfy
/// ~int (string missing in ~int)", "[]int does not satisfy comparable".
pub fn satisfies(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId, qf: &Qualifier) -> Result<(), String> {
    let mut cause = String::new();
    if implements_impl(types, objs, v, t, true, qf, &mut cause) {
        Ok(())
    } else {
        Err(cause)
    }
}

/// Whether a value of interface type `v` can have dynamic type `t` (for `x.(T)` and type
/// switch cases). The error is the parenthesised cause gc puts after "impossible type
/// assertion: x.(T)\n\tT does not implement I " — e.g. "(missing method M)".
pub fn assertable_to(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId, qf: &Qualifier) -> Result<(), String> {
    // If T is an interface, the assertion is checked at run time.
    if matches!(types.get(under(types, t)), Type::Interface(_)) {
        return Ok(());
    }
    match missing_method_cause(types, objs, t, v, qf) {
        None => Ok(()),
        Some(cause) => Err(cause),
    }
}

/// types2's `implements`: `constraint` selects the verb "satisfy" and spec comparability.
fn implements_impl(
    types: &TypeTable,
    objs: &Objects,
    v: TypeId,
    t: TypeId,
    constraint: bool,
    qf: &Qualifier,
    cause: &mut String,
) -> bool {
    let (vu, tu) = (under(types, v), under(types, t));
    if is_invalid(types, vu) || is_invalid(types, tu) {
        return true; // avoid follow-on errors
    }
    if let Type::Pointer(base) = types.get(vu) {
        if is_invalid(types, *base) {
            return true;
        }
    }
    let verb = if constraint { "satisfy" } else { "implement" };
    let vs = ts(types, objs, v, qf);
    let tstr = if constraint { constraint_string(types, objs, t, qf) } else { ts(types, objs, t, qf) };

    let Type::Interface(ti) = types.get(tu) else {
        let detail = if is_interface_ptr(types, tu) {
            interface_ptr_error(types, objs, t, qf)
        } else {
            format!("{tstr} is not an interface")
        };
        *cause = format!("{vs} does not {verb} {tstr} ({detail})");
        return false;
    };

    // Every type satisfies the empty interface.
    if is_empty_iface(ti) {
        return true;
    }
    // An interface with an empty type set satisfies any interface.
    let vi = iface_of(types, v);
    if vi.is_some_and(|i| i.terms.as_ref().is_some_and(|ts| ts.is_empty())) {
        return true;
    }
    // No type with a non-empty type set satisfies the empty type set.
    if ti.terms.as_ref().is_some_and(|ts| ts.is_empty()) {
        *cause = format!("cannot {verb} {tstr} (empty type set)");
        return false;
    }

    // V must have T's methods.
    if let Some(why) = missing_method_cause(types, objs, v, t, qf) {
        *cause = format!("{vs} does not {verb} {tstr} {why}");
        return false;
    }

    // With no more specific error, V must be comparable if T is.
    let check_comparability = |cause: &mut String| -> bool {
        if !type_set_comparable(types, ti, &mut Vec::new()) {
            return true;
        }
        if strictly_comparable(types, v) {
            return true;
        }
        // For constraint satisfaction, an ordinary interface is comparable (spec comparability).
        if constraint && comparable(types, v) {
            return true;
        }
        *cause = format!("{vs} does not {verb} comparable");
        false
    };

    let Some(tterms) = &ti.terms else { return check_comparability(cause) };

    // An interface V must have its type set within T's.
    if let Some(vi) = vi {
        let within = match &vi.terms {
            None => false,
            Some(vterms) => terms_subset(types, vterms, tterms),
        };
        if !within {
            *cause = format!("{vs} does not {verb} {tstr}");
            return false;
        }
        return check_comparability(cause);
    }

    // Otherwise V must be in T's type set.
    if !tterms.iter().any(|term| term_includes(types, term, v)) {
        // A term T that would include V as ~T suggests the missing tilde.
        let alt = tterms.iter().find(|term| {
            !term.tilde
                && identical(types, term.typ, under(types, term.typ))
                && identical(types, term.typ, under(types, v))
        });
        let detail = match alt {
            Some(term) => format!("possibly missing ~ for {} in {tstr}", ts(types, objs, term.typ, qf)),
            None => format!("{vs} missing in {}", terms_string(types, objs, tterms, qf)),
        };
        *cause = format!("{vs} does not {verb} {tstr} ({detail})");
        return false;
    }
    check_comparability(cause)
}

/// A term list as types2 prints it: `~int | string`.
fn terms_string(types: &TypeTable, objs: &Objects, terms: &[Term], qf: &Qualifier) -> String {
    let parts: Vec<String> =
        terms.iter().map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, ts(types, objs, t.typ, qf))).collect();
    parts.join(" | ")
}

/// Spec "Conversions" for non-constant values: whether a value of type `v` converts to
/// type `t`.
pub fn convertible(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId) -> bool {
    convertible_to(types, objs, v, t, &|_| None, &mut String::new())
}

/// As `convertible`, with types2's cause for the message "cannot convert x (…) to type T:
/// CAUSE": "T does not implement I (missing method M)", "cannot convert float64 (in Q) to
/// type string", …
pub fn convertible_cause(
    types: &TypeTable,
    objs: &Objects,
    v: TypeId,
    t: TypeId,
    qf: &Qualifier,
) -> Result<(), Option<String>> {
    let mut cause = String::new();
    if convertible_to(types, objs, v, t, qf, &mut cause) {
        Ok(())
    } else {
        Err(Some(cause).filter(|c| !c.is_empty()))
    }
}

fn convertible_to(types: &TypeTable, objs: &Objects, v: TypeId, t: TypeId, qf: &Qualifier, cause: &mut String) -> bool {
    if assignable_to(types, objs, v, t, qf, cause) {
        return true;
    }
    let (vu, tu) = (under(types, v), under(types, t));
    let (vp, tp) = (types.is_type_param(v), types.is_type_param(t));

    // Identical underlying types if tags are ignored, neither a type parameter.
    if identical_ignore_tags(types, vu, tu) && !vp && !tp {
        return true;
    }
    // Unnamed pointers whose bases have identical underlying types (tags ignored).
    if let (Type::Pointer(vb), Type::Pointer(tb)) = (types.get(v), types.get(t)) {
        if identical_ignore_tags(types, under(types, *vb), under(types, *tb))
            && !types.is_type_param(*vb)
            && !types.is_type_param(*tb)
        {
            return true;
        }
    }
    let vk = basic_of(types, v);
    let tk = basic_of(types, t);
    let kind = |k: Option<BasicKind>, f: fn(BasicKind) -> bool| k.is_some_and(f);
    let int_or_float = |k: BasicKind| k.is_integer() || k.is_float();
    if kind(vk, int_or_float) && kind(tk, int_or_float) {
        return true;
    }
    if kind(vk, BasicKind::is_complex) && kind(tk, BasicKind::is_complex) {
        return true;
    }
    // Integers and byte or rune slices to strings, and strings to byte or rune slices.
    if (kind(vk, BasicKind::is_integer) || is_bytes_or_runes(types, vu)) && kind(tk, BasicKind::is_string) {
        return true;
    }
    if kind(vk, BasicKind::is_string) && is_bytes_or_runes(types, tu) {
        return true;
    }
    // Package unsafe: pointers and uintptr to unsafe.Pointer, and back.
    let is_ptr = |u: TypeId| matches!(types.get(u), Type::Pointer(_));
    let unsafe_ptr = |k: Option<BasicKind>| k == Some(BasicKind::UnsafePointer);
    if (is_ptr(vu) || vk == Some(BasicKind::Uintptr)) && unsafe_ptr(tk) {
        return true;
    }
    if unsafe_ptr(vk) && (is_ptr(tu) || tk == Some(BasicKind::Uintptr)) {
        return true;
    }
    // A slice to an array, or to a pointer to an array, of identical element type.
    if let Type::Slice(se) = types.get(vu) {
        match types.get(tu) {
            Type::Array { elem, .. } if identical(types, *se, *elem) => return true,
            Type::Pointer(base) => {
                if let Type::Array { elem, .. } = types.get(under(types, *base)) {
                    if identical(types, *se, *elem) {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }

    if !vp && !tp {
        return false;
    }
    // Type parameters: every pair of specific types must convert.
    let s = |t| ts(types, objs, t, qf);
    if vp {
        let Some(vterms) = tparam_terms(types, v) else { return false };
        for vt in vterms {
            if tp {
                let Some(tterms) = tparam_terms(types, t) else { return false };
                for tt in tterms {
                    if !convertible_to(types, objs, vt.typ, tt.typ, qf, cause) {
                        wrap_cause(
                            cause,
                            format!("cannot convert {} (in {}) to type {} (in {})", s(vt.typ), s(v), s(tt.typ), s(t)),
                        );
                        return false;
                    }
                }
            } else if !convertible_to(types, objs, vt.typ, t, qf, cause) {
                wrap_cause(cause, format!("cannot convert {} (in {}) to type {}", s(vt.typ), s(v), s(t)));
                return false;
            }
        }
        return true;
    }
    let Some(tterms) = tparam_terms(types, t) else { return false };
    for tt in tterms {
        if !convertible_to(types, objs, v, tt.typ, qf, cause) {
            wrap_cause(cause, format!("cannot convert {} to type {} (in {})", s(v), s(tt.typ), s(t)));
            return false;
        }
    }
    true
}

/// `[]byte` or `[]rune`, or a slice of a type defined on them.
fn is_bytes_or_runes(types: &TypeTable, u: TypeId) -> bool {
    match types.get(u) {
        Type::Slice(e) => matches!(basic_of(types, *e), Some(BasicKind::Uint8 | BasicKind::Int32)),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
