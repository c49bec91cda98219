//! Field and method lookup (types2's `lookup.go`): the selector `x.f`, method sets, and the
//! missing-method check behind interface satisfaction, with gc's wording for their errors.
//!
//! The search is breadth-first over embedded fields, one depth at a time: a name found at a
//! shallower depth shadows deeper ones, and two entries with the same name at the same depth
//! make the selector ambiguous. Invariant: every search terminates on an ill-formed arena,
//! since each named type is visited at most once (a later visit is shadowed by the first)
//! and unnamed types cannot contain themselves (they are interned bottom-up).
//!
//! Paths follow types2's index sequences: the indices of the embedded fields walked, then
//! the index of the entry found (the field in its struct, the method in `Named::methods`, or
//! in the interface's sorted method list).

use std::collections::BTreeMap;
use std::rc::Rc;

use super::object::{ObjId, ObjKind, Objects};
use super::predicates::{identical, under};
use super::types::{Named, PkgId, Type, TypeId, TypeTable};
use super::typestring::{func_string, type_string, Qualifier};

/// What a selector `x.f` denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A struct field; `path` ends with the field's index in its struct.
    Field { path: Vec<usize>, typ: TypeId, indirect: bool },
    /// A method declared on a named type; `path` ends with its index in `Named::methods`.
    Method { obj: ObjId, path: Vec<usize>, indirect: bool, ptr_recv: bool },
    /// A method of an interface: of the operand's (or a type parameter's) interface, or of an
    /// embedded interface field. `iface` is the interface type itself and `index` the method's
    /// position in its `methods` (also the last entry of `path`).
    IfaceMethod { iface: TypeId, index: usize, sig: TypeId, path: Vec<usize>, indirect: bool },
}

impl Selection {
    pub fn path(&self) -> &[usize] {
        match self {
            Selection::Field { path, .. } | Selection::Method { path, .. } | Selection::IfaceMethod { path, .. } => {
                path
            }
        }
    }

    /// Whether a pointer was dereferenced on the way to the field or method.
    pub fn indirect(&self) -> bool {
        match self {
            Selection::Field { indirect, .. }
            | Selection::Method { indirect, .. }
            | Selection::IfaceMethod { indirect, .. } => *indirect,
        }
    }
}

/// The outcome of `lookup_field_or_method`. The messages gc gives for the failures:
/// - `Ambiguous`: "ambiguous selector x.f";
/// - `PointerMethod`: "cannot call pointer method M on T" (for a method expression on a
///   type: "invalid method expression T.M (needs pointer receiver (*T).M)");
/// - `NotFound`: "x.f undefined (WHY)" with WHY from `lookup_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupResult {
    Found(Selection),
    /// The name occurs more than once at the shallowest depth it occurs at; `path` leads to
    /// one of the occurrences.
    Ambiguous {
        path: Vec<usize>,
    },
    /// A method with a pointer receiver, on an operand that is neither a pointer nor
    /// addressable.
    PointerMethod,
    NotFound,
}

/// Looks up field or method `name` in type `t` (types2's `lookupFieldOrMethod`). An
/// unexported name matches only in its own package `pkg`; a pointer `*T` is dereferenced once;
/// `addressable` says the operand is an addressable variable, which gives access to the
/// pointer-receiver methods of `T`.
pub fn lookup_field_or_method(
    types: &TypeTable,
    objs: &Objects,
    t: TypeId,
    addressable: bool,
    pkg: Option<PkgId>,
    name: &str,
) -> LookupResult {
    match lookup(types, objs, t, addressable, pkg, name, false) {
        Raw::Found { entry, path, indirect } => LookupResult::Found(entry.selection(objs, path, indirect)),
        Raw::Collision(path) => LookupResult::Ambiguous { path },
        Raw::PtrRecv => LookupResult::PointerMethod,
        Raw::NotFound => LookupResult::NotFound,
    }
}

/// The explanation gc puts in parentheses after "x.f undefined" when `lookup_field_or_method`
/// found nothing, or the whole message for an unknown key of a struct literal (with
/// `struct_lit`; `t` is then the literal's type, named or not). With a name that differs only
/// in case, it says "type T has no field or method f, but does have field F".
#[allow(clippy::too_many_arguments)]
pub fn lookup_error(
    types: &TypeTable,
    objs: &Objects,
    t: TypeId,
    addressable: bool,
    pkg: Option<PkgId>,
    sel: &str,
    struct_lit: bool,
    qf: &Qualifier,
) -> String {
    let ts = type_string(types, objs, t, qf);
    if !struct_lit && is_interface_ptr(types, t) {
        return interface_ptr_error(types, objs, t, qf);
    }
    let (lookup_in, addressable) = if struct_lit { (under(types, t), false) } else { (t, addressable) };
    let alt = match lookup(types, objs, lookup_in, addressable, pkg, sel, true) {
        Raw::Found { entry, .. } => Some(entry),
        _ => None,
    };

    #[derive(PartialEq)]
    enum Case {
        Missing,
        Misspelled,
        Unexported,
        Inaccessible,
    }
    let mut case = Case::Missing;
    let mut alt_name: Rc<str> = Rc::from("");
    let mut what = "object";
    if let Some(entry) = &alt {
        alt_name = entry.name(objs);
        what = if matches!(entry, Entry::Field { .. }) { "field" } else { "method" };
        let alt = &*alt_name;
        let declared_in = entry.pkg(objs).or_else(|| match types.get(t) {
            Type::Named(n) => objs.get(n.obj).pkg,
            _ => None,
        });
        if pkg.is_some() && declared_in == pkg {
            case = Case::Misspelled;
        } else if is_exported(sel) {
            if is_exported(alt) {
                case = Case::Misspelled;
            } else if tail(sel) == tail(alt) {
                case = Case::Unexported;
            }
        } else if is_exported(alt) {
            if tail(sel) == tail(alt) {
                case = Case::Misspelled;
            }
        } else if sel == alt {
            case = Case::Inaccessible;
        }
    }

    if struct_lit {
        match case {
            Case::Missing => format!("unknown field {sel} in struct literal of type {ts}"),
            Case::Misspelled => format!("unknown field {sel} in struct literal of type {ts}, but does have {alt_name}"),
            Case::Unexported => {
                format!("unknown field {sel} in struct literal of type {ts}, but does have unexported {alt_name}")
            }
            Case::Inaccessible => format!("cannot refer to unexported field {alt_name} in struct literal of type {ts}"),
        }
    } else {
        match case {
            Case::Missing => format!("type {ts} has no field or method {sel}"),
            Case::Misspelled => format!("type {ts} has no field or method {sel}, but does have {what} {alt_name}"),
            Case::Unexported => {
                format!("type {ts} has no field or method {sel}, but does have unexported {what} {alt_name}")
            }
            Case::Inaccessible => format!("cannot refer to unexported {what} {alt_name}"),
        }
    }
}

/// Whether `t` is a pointer to an interface (or to a type parameter), which has no methods.
pub fn is_interface_ptr(types: &TypeTable, t: TypeId) -> bool {
    match types.get(under(types, t)) {
        Type::Pointer(base) => matches!(types.get(under(types, *base)), Type::Interface(_)),
        _ => false,
    }
}

/// "type *I is pointer to interface, not interface" (or "… to type parameter, not type
/// parameter").
pub fn interface_ptr_error(types: &TypeTable, objs: &Objects, t: TypeId, qf: &Qualifier) -> String {
    let ts = type_string(types, objs, t, qf);
    let to_type_param = matches!(types.get(under(types, t)), Type::Pointer(b) if types.is_type_param(*b));
    if to_type_param {
        format!("type {ts} is pointer to type parameter, not type parameter")
    } else {
        format!("type {ts} is pointer to interface, not interface")
    }
}

/// A method of a method set: declared on a named type, or an interface's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodRef {
    Func(ObjId),
    Iface { iface: TypeId, index: usize },
}

/// An entry of a method set: the method, its signature (without receiver) and the path of
/// embedded fields to the value whose method it is (ending, as in `Selection`, with the
/// method's own index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodSetEntry {
    pub name: Rc<str>,
    pub method: MethodRef,
    pub sig: TypeId,
    pub path: Vec<usize>,
    pub indirect: bool,
}

/// The method set of `t` (go/types' `NewMethodSet`), sorted by name: for a named type `T`
/// its value-receiver methods, for `*T` all its methods, for an interface its methods, and
/// the methods promoted through embedded fields; names that collide at the shallowest depth
/// they occur at (with each other or with a field) are left out.
pub fn method_set(types: &TypeTable, objs: &Objects, t: TypeId) -> Vec<MethodSetEntry> {
    // Methods cannot be declared on a named pointer type, nor on a pointer to an interface.
    if matches!(types.get(t), Type::Named(_)) && matches!(types.get(under(types, t)), Type::Pointer(_)) {
        return Vec::new();
    }
    let (typ, is_ptr) = deref(types, t);
    if is_ptr && matches!(types.get(under(types, typ)), Type::Interface(_)) {
        return Vec::new();
    }

    // Keyed by the method's identity: its name, and its package if unexported. `None` marks a
    // collision, which hides the name at all deeper depths.
    type Key = (Rc<str>, Option<PkgId>);
    let key =
        |name: &Rc<str>, pkg: Option<PkgId>| -> Key { (name.clone(), if is_exported(name) { None } else { pkg }) };
    let mut base: BTreeMap<Key, Option<MethodSetEntry>> = BTreeMap::new();

    let mut current = vec![Embedded { typ, path: Vec::new(), indirect: is_ptr, multiples: false }];
    let mut seen: Vec<TypeId> = Vec::new();
    for _ in 0..MAX_DEPTH {
        if current.is_empty() {
            break;
        }
        let mut next = Vec::new();
        let mut fields: Vec<Key> = Vec::new();
        let mut mset: BTreeMap<Key, Option<MethodSetEntry>> = BTreeMap::new();
        let add = |mset: &mut BTreeMap<Key, Option<MethodSetEntry>>,
                   k: Key,
                   entry: MethodSetEntry,
                   ptr_recv: bool,
                   multiples: bool| {
            if !multiples && !mset.contains_key(&k) && (entry.indirect || !ptr_recv) {
                mset.insert(k, Some(entry));
            } else {
                mset.insert(k, None);
            }
        };

        for e in &current {
            if let Type::Named(n) = types.get(e.typ) {
                if seen.iter().any(|&s| identical(types, s, e.typ)) {
                    continue;
                }
                seen.push(e.typ);
                for (i, &m) in named_methods(types, n).iter().enumerate() {
                    let obj = objs.get(m);
                    let entry = MethodSetEntry {
                        name: obj.name.clone(),
                        method: MethodRef::Func(m),
                        sig: types.subst(obj.typ, &types.instance_subst(e.typ)),
                        path: concat(&e.path, i),
                        indirect: e.indirect,
                    };
                    add(&mut mset, key(&obj.name, obj.pkg), entry, has_ptr_recv(objs, m), e.multiples);
                }
            }
            let u = under(types, e.typ);
            match types.get(u) {
                Type::Struct { fields: fs } => {
                    for (i, f) in fs.iter().enumerate() {
                        fields.push(key(&f.name, f.pkg));
                        if f.embedded {
                            next.push(e.through_field(types, i, f.typ));
                        }
                    }
                }
                Type::Interface(iface) => {
                    for (i, m) in iface.methods.iter().enumerate() {
                        let entry = MethodSetEntry {
                            name: m.name.clone(),
                            method: MethodRef::Iface { iface: u, index: i },
                            sig: m.sig,
                            path: concat(&e.path, i),
                            indirect: e.indirect,
                        };
                        add(&mut mset, key(&m.name, m.pkg), entry, false, e.multiples);
                    }
                }
                _ => {}
            }
        }

        for (k, m) in mset {
            if let std::collections::btree_map::Entry::Vacant(slot) = base.entry(k) {
                // A field at the same depth collides with a method of the same name.
                let collides = fields.contains(slot.key());
                slot.insert(if collides { None } else { m });
            }
        }
        for k in fields {
            base.entry(k).or_insert(None);
        }
        current = consolidate_multiples(types, next);
    }

    let mut list: Vec<MethodSetEntry> = base.into_values().flatten().collect();
    list.sort_by(|a, b| a.name.cmp(&b.name));
    list
}

/// Why a method of an interface is missing from a type (types2's `missingMethod` states).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingKind {
    NotFound,
    /// Not found, but a method whose name differs only in case was.
    WrongName {
        name: Rc<str>,
        sig: TypeId,
    },
    /// Only an unexported method of another package has the name.
    Unexported,
    /// Found with another signature.
    WrongType {
        sig: TypeId,
    },
    /// The name is ambiguous at the depth it is found.
    Ambiguous,
    /// Found, with a pointer receiver, on a type that is not a pointer.
    PtrRecv,
    /// The name is a field.
    Field,
}

/// The first method of interface `iface` that `t` lacks, in `iface`'s (sorted) order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingMethod {
    pub name: Rc<str>,
    /// The signature the interface wants.
    pub sig: TypeId,
    pub kind: MissingKind,
}

/// The first method of interface type `iface` missing from type `t` (types2's
/// `missingMethod` with `static` set), or None when `t` has them all.
pub fn missing_method(types: &TypeTable, objs: &Objects, t: TypeId, iface: TypeId) -> Option<MissingMethod> {
    let methods = match types.get(under(types, iface)) {
        Type::Interface(i) => &i.methods,
        _ => return None,
    };
    let missing = |m: &super::types::Method, kind| Some(MissingMethod { name: m.name.clone(), sig: m.sig, kind });

    if let Type::Interface(vi) = types.get(under(types, t)) {
        for m in methods {
            match vi.methods.iter().find(|f| same_id(&f.name, f.pkg, m.pkg, &m.name, false)) {
                None => return missing(m, MissingKind::NotFound),
                Some(f) if !identical(types, f.sig, m.sig) => return missing(m, MissingKind::WrongType { sig: f.sig }),
                Some(_) => {}
            }
        }
        return None;
    }

    for m in methods {
        match lookup_impl(types, objs, t, false, m.pkg, &m.name, false) {
            Raw::Collision(_) => return missing(m, MissingKind::Ambiguous),
            Raw::PtrRecv => return missing(m, MissingKind::PtrRecv),
            Raw::NotFound => {
                let kind = match lookup_impl(types, objs, t, false, m.pkg, &m.name, true) {
                    Raw::Found { entry, .. } if !matches!(entry, Entry::Field { .. }) => {
                        let name = entry.name(objs);
                        if name == m.name {
                            MissingKind::Unexported
                        } else {
                            MissingKind::WrongName { name, sig: entry.sig(objs) }
                        }
                    }
                    _ => MissingKind::NotFound,
                };
                return missing(m, kind);
            }
            Raw::Found { entry: Entry::Field { .. }, .. } => return missing(m, MissingKind::Field),
            Raw::Found { entry, .. } => {
                let sig = entry.sig(objs);
                if !identical(types, sig, m.sig) {
                    return missing(m, MissingKind::WrongType { sig });
                }
            }
        }
    }
    None
}

/// types2's cause for a type `t` that lacks a method of interface type `iface`, in
/// parentheses: "(missing method M)", "(method M has pointer receiver)",
/// "(wrong type for method M)\n\t\thave M(int)\n\t\twant M()", … None if nothing is missing,
/// or if `t` is invalid or embeds an invalid type (an error was reported already).
pub fn missing_method_cause(
    types: &TypeTable,
    objs: &Objects,
    t: TypeId,
    iface: TypeId,
    qf: &Qualifier,
) -> Option<String> {
    if types.is_invalid(t) || types.is_invalid(under(types, t)) || has_invalid_embedded_fields(types, t) {
        return None;
    }
    let m = missing_method(types, objs, t, iface)?;
    let name = &m.name;
    let func = |n: &str, sig| func_string(types, objs, n, sig, qf);
    let ts = || type_string(types, objs, t, qf);
    Some(match m.kind {
        MissingKind::NotFound if is_interface_ptr(types, t) => format!("({})", interface_ptr_error(types, objs, t, qf)),
        MissingKind::NotFound if is_interface_ptr(types, iface) => {
            format!("({})", interface_ptr_error(types, objs, iface, qf))
        }
        MissingKind::NotFound => format!("(missing method {name})"),
        MissingKind::WrongName { name: have, sig } => {
            format!("(missing method {name})\n\t\thave {}\n\t\twant {}", func(&have, sig), func(name, m.sig))
        }
        MissingKind::Unexported => format!("(unexported method {name})"),
        MissingKind::WrongType { sig } => {
            let (have, want) = (func(name, sig), func(name, m.sig));
            if have == want {
                format!("(wrong type for method {name})")
            } else {
                format!("(wrong type for method {name})\n\t\thave {have}\n\t\twant {want}")
            }
        }
        MissingKind::Ambiguous => format!("(ambiguous selector {}.{name})", ts()),
        MissingKind::PtrRecv => format!("(method {name} has pointer receiver)"),
        MissingKind::Field => format!("({}.{name} is a field, not a method)", ts()),
    })
}

/// Whether `t` is a struct, or a pointer to one, with an embedded field of invalid type at any
/// depth: it may have any method, so a missing one is not reported.
fn has_invalid_embedded_fields(types: &TypeTable, t: TypeId) -> bool {
    let mut seen = Vec::new();
    invalid_embedded(types, t, &mut seen)
}

fn invalid_embedded(types: &TypeTable, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
    let mut s = under(types, t);
    if let Type::Pointer(base) = types.get(s) {
        if matches!(types.get(under(types, *base)), Type::Struct { .. }) {
            s = under(types, *base);
        }
    }
    let Type::Struct { fields } = types.get(s) else { return false };
    if seen.contains(&s) {
        return false;
    }
    seen.push(s);
    fields.iter().any(|f| f.embedded && (types.is_invalid(under(types, f.typ)) || invalid_embedded(types, f.typ, seen)))
}

/// Bounds the depth of embedding searched, as a last guard against ill-formed arenas.
const MAX_DEPTH: usize = 1000;

/// A type whose fields and methods are searched at the current depth.
struct Embedded {
    typ: TypeId,
    /// The embedded-field indices leading to it.
    path: Vec<usize>,
    /// A pointer was dereferenced on the way.
    indirect: bool,
    /// It occurs more than once at this depth, so anything found in it is ambiguous.
    multiples: bool,
}

impl Embedded {
    /// The embedded field number `i` (of type `field_typ`) of this one, one depth further.
    fn through_field(&self, types: &TypeTable, i: usize, field_typ: TypeId) -> Embedded {
        let (typ, is_ptr) = deref(types, field_typ);
        Embedded { typ, path: concat(&self.path, i), indirect: self.indirect || is_ptr, multiples: self.multiples }
    }
}

/// What the search found. `pkg` is the package of the field or interface method: its own
/// for unexported names, else that of the named type declaring it, if known (types2 keeps
/// a package on every field and method; messages depend on it).
#[derive(Clone, Debug)]
enum Entry {
    Field {
        name: Rc<str>,
        typ: TypeId,
        pkg: Option<PkgId>,
    },
    /// A method and its signature (substituted, for a method of a generic type's instance).
    Method(ObjId, TypeId),
    IfaceMethod {
        iface: TypeId,
        index: usize,
        name: Rc<str>,
        sig: TypeId,
        pkg: Option<PkgId>,
    },
}

impl Entry {
    fn name(&self, objs: &Objects) -> Rc<str> {
        match self {
            Entry::Field { name, .. } => name.clone(),
            Entry::Method(m, _) => objs.get(*m).name.clone(),
            Entry::IfaceMethod { name, .. } => name.clone(),
        }
    }

    fn pkg(&self, objs: &Objects) -> Option<PkgId> {
        match self {
            Entry::Field { pkg, .. } => *pkg,
            Entry::Method(m, _) => objs.get(*m).pkg,
            Entry::IfaceMethod { pkg, .. } => *pkg,
        }
    }

    fn sig(&self, _objs: &Objects) -> TypeId {
        match self {
            Entry::Field { typ, .. } => *typ,
            Entry::Method(_, sig) => *sig,
            Entry::IfaceMethod { sig, .. } => *sig,
        }
    }

    fn selection(self, objs: &Objects, path: Vec<usize>, indirect: bool) -> Selection {
        match self {
            Entry::Field { typ, .. } => Selection::Field { path, typ, indirect },
            Entry::Method(obj, _) => Selection::Method { obj, path, indirect, ptr_recv: has_ptr_recv(objs, obj) },
            Entry::IfaceMethod { iface, index, sig, .. } => {
                Selection::IfaceMethod { iface, index, sig, path, indirect }
            }
        }
    }
}

/// types2's (obj, index, indirect) triple, spelled out.
enum Raw {
    Found { entry: Entry, path: Vec<usize>, indirect: bool },
    Collision(Vec<usize>),
    PtrRecv,
    NotFound,
}

/// `lookup_impl` after the rule for named pointer types: `type P *S` has the fields of `S`
/// but no methods (methods cannot be declared on `P`, and those of `S` are not `P`'s).
fn lookup(
    types: &TypeTable,
    objs: &Objects,
    t: TypeId,
    addressable: bool,
    pkg: Option<PkgId>,
    name: &str,
    fold_case: bool,
) -> Raw {
    let u = under(types, t);
    if matches!(types.get(t), Type::Named(_)) && matches!(types.get(u), Type::Pointer(_)) {
        return match lookup_impl(types, objs, u, false, pkg, name, fold_case) {
            Raw::Found { entry: Entry::Method(..) | Entry::IfaceMethod { .. }, .. } => Raw::NotFound,
            r => r,
        };
    }
    lookup_impl(types, objs, t, addressable, pkg, name, fold_case)
}

fn lookup_impl(
    types: &TypeTable,
    objs: &Objects,
    t: TypeId,
    addressable: bool,
    pkg: Option<PkgId>,
    name: &str,
    fold_case: bool,
) -> Raw {
    if name == "_" {
        return Raw::NotFound; // blank fields and methods are never found
    }
    let (typ, is_ptr) = deref(types, t);
    // *I, for an interface or type parameter I, has no methods.
    if is_ptr && matches!(types.get(under(types, typ)), Type::Interface(_)) {
        return Raw::NotFound;
    }

    let mut current = vec![Embedded { typ, path: Vec::new(), indirect: is_ptr, multiples: false }];
    let mut seen: Vec<TypeId> = Vec::new();
    for _ in 0..MAX_DEPTH {
        if current.is_empty() {
            break;
        }
        let mut next = Vec::new();
        let mut found: Option<(Entry, Vec<usize>, bool)> = None;
        for e in &current {
            if let Type::Named(n) = types.get(e.typ) {
                // A named type met again was met at a shallower depth, where it shadows this one.
                if seen.iter().any(|&s| identical(types, s, e.typ)) {
                    continue;
                }
                seen.push(e.typ);
                let methods = named_methods(types, n);
                let hit = methods.iter().position(|&m| {
                    let o = objs.get(m);
                    same_id(&o.name, o.pkg, pkg, name, fold_case)
                });
                if let Some(i) = hit {
                    let path = concat(&e.path, i);
                    if found.is_some() || e.multiples {
                        return Raw::Collision(path);
                    }
                    let sig = types.subst(objs.get(methods[i]).typ, &types.instance_subst(e.typ));
                    found = Some((Entry::Method(methods[i], sig), path, e.indirect));
                    continue; // a named type's method excludes a field or interface method
                }
            }
            let owner = match types.get(e.typ) {
                Type::Named(n) => objs.get(n.obj).pkg,
                _ => None,
            };
            let u = under(types, e.typ);
            match types.get(u) {
                Type::Struct { fields } => {
                    for (i, f) in fields.iter().enumerate() {
                        if same_id(&f.name, f.pkg, pkg, name, fold_case) {
                            let path = concat(&e.path, i);
                            if found.is_some() || e.multiples {
                                return Raw::Collision(path);
                            }
                            found = Some((
                                Entry::Field { name: f.name.clone(), typ: f.typ, pkg: f.pkg.or(owner) },
                                path,
                                e.indirect,
                            ));
                            continue;
                        }
                        // Embedded fields are searched at the next depth, unless the name is
                        // found at this one (then it is either found or ambiguous).
                        if found.is_none() && f.embedded {
                            next.push(e.through_field(types, i, f.typ));
                        }
                    }
                }
                Type::Interface(iface) => {
                    let hit =
                        iface.methods.iter().enumerate().find(|(_, m)| same_id(&m.name, m.pkg, pkg, name, fold_case));
                    if let Some((i, m)) = hit {
                        let path = concat(&e.path, i);
                        if found.is_some() || e.multiples {
                            return Raw::Collision(path);
                        }
                        let entry = Entry::IfaceMethod {
                            iface: u,
                            index: i,
                            name: m.name.clone(),
                            sig: m.sig,
                            pkg: m.pkg.or(owner),
                        };
                        found = Some((entry, path, e.indirect));
                    }
                }
                _ => {}
            }
        }

        if let Some((entry, path, indirect)) = found {
            // Spec: "If x is addressable and &x's method set contains m, x.m() is shorthand
            // for (&x).m()"; otherwise a pointer method needs a pointer on the way.
            if let Entry::Method(m, _) = entry {
                if has_ptr_recv(objs, m) && !indirect && !addressable {
                    return Raw::PtrRecv;
                }
            }
            return Raw::Found { entry, path, indirect };
        }
        current = consolidate_multiples(types, next);
    }
    Raw::NotFound
}

/// Merges the entries of identical types into one, marked as occurring several times.
fn consolidate_multiples(types: &TypeTable, list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| identical(types, p.typ, e.typ)) {
            prev.multiples = true;
        } else {
            out.push(e);
        }
    }
    out
}

/// The method objects of a named type. An instance of a generic type uses its own methods if
/// the checker gave it some (with substituted signatures), else those of its origin.
fn named_methods<'a>(types: &'a TypeTable, n: &'a Named) -> &'a [ObjId] {
    if n.methods.is_empty() {
        if let Some(Type::Named(o)) = n.origin.map(|o| types.get(o)) {
            return &o.methods;
        }
    }
    &n.methods
}

fn has_ptr_recv(objs: &Objects, m: ObjId) -> bool {
    matches!(&objs.get(m).kind, ObjKind::Func(f) if f.ptr_recv)
}

/// Dereferences an unnamed pointer type (not a named type whose underlying type is a pointer).
fn deref(types: &TypeTable, t: TypeId) -> (TypeId, bool) {
    match types.get(t) {
        Type::Pointer(base) => (*base, true),
        _ => (t, false),
    }
}

fn concat(path: &[usize], i: usize) -> Vec<usize> {
    let mut p = Vec::with_capacity(path.len() + 1);
    p.extend_from_slice(path);
    p.push(i);
    p
}

/// Spec: "Two identifiers are different if they are spelled differently, or if they appear
/// in different packages and are not exported." With `fold_case`, names equal up to case
/// match regardless of package (for "but does have" hints).
fn same_id(obj_name: &str, obj_pkg: Option<PkgId>, pkg: Option<PkgId>, name: &str, fold_case: bool) -> bool {
    if fold_case && equal_fold(obj_name, name) {
        return true;
    }
    obj_name == name && (is_exported(obj_name) || obj_pkg == pkg)
}

/// Go's `strings.EqualFold`: equal under simple Unicode case folding.
fn equal_fold(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| x == y || x.to_lowercase().eq(y.to_lowercase()))
}

pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The name without its first character; a name of one character is kept whole (types2's
/// `tail`).
fn tail(s: &str) -> &str {
    s.char_indices().nth(1).map_or(s, |(i, _)| &s[i..])
}

#[cfg(test)]
mod tests;
