//! The universe block: the predeclared types, constants, `nil` and built-in functions.

use std::rc::Rc;

use gint_syntax::span::Span;

use super::constant::Value;
use super::object::{Builtin, ObjId, ObjKind, Object, Objects};
use super::scope::{ScopeId, ScopeKind, Scopes};
use super::types::{BasicKind, Interface, Method, Signature, Type, TypeId, TypeTable};

/// Ids of the universe objects the checker refers to directly.
pub struct Universe {
    pub scope: ScopeId,
    /// The predeclared `error` interface type.
    pub error: TypeId,
    /// `interface{}` (which `any` denotes).
    pub empty_interface: TypeId,
    /// The `comparable` constraint.
    pub comparable: TypeId,
    pub iota: ObjId,
    pub nil: ObjId,
}

/// Declares the universe in a fresh scope.
pub fn declare(types: &mut TypeTable, objs: &mut Objects, scopes: &mut Scopes) -> Universe {
    let scope = scopes.new_scope(None, ScopeKind::Universe);
    let mut add = |objs: &mut Objects, name: &str, kind: ObjKind, typ: TypeId| {
        let id = objs.add(Object { name: Rc::from(name), kind, typ, pkg: None, pos: Span::default() });
        scopes.insert(scope, Rc::from(name), id);
        id
    };

    use BasicKind::*;
    for kind in [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64,
        Complex64, Complex128, String,
    ] {
        add(objs, kind.name(), ObjKind::TypeName, types.basic(kind));
    }
    // byte and rune are aliases (identical to uint8 and int32; see BasicKind::Byte).
    add(objs, "byte", ObjKind::TypeName, types.basic(Byte));
    add(objs, "rune", ObjKind::TypeName, types.basic(Rune));

    let empty_interface = types.intern(Type::Interface(Interface { methods: vec![], terms: None, comparable: false }));
    let any_obj = add(objs, "any", ObjKind::TypeName, empty_interface);
    let any = types.new_alias(any_obj, empty_interface);
    objs.get_mut(any_obj).typ = any;

    // type error interface { Error() string }
    let error_obj = add(objs, "error", ObjKind::TypeName, types.basic(Invalid));
    let error = types.new_named(error_obj);
    let string = types.basic(String);
    let sig = types.intern(Type::Signature(Signature {
        type_params: vec![],
        params: vec![],
        results: vec![string],
        variadic: false,
    }));
    let iface = types.intern(Type::Interface(Interface {
        methods: vec![Method { name: Rc::from("Error"), sig, pkg: None }],
        terms: None,
        comparable: false,
    }));
    if let Some(n) = types.named_mut(error) {
        n.underlying.set(iface);
    }
    objs.get_mut(error_obj).typ = error;

    let comparable_obj = add(objs, "comparable", ObjKind::TypeName, types.basic(Invalid));
    let comparable = types.new_named(comparable_obj);
    let cmp_iface = types.intern(Type::Interface(Interface { methods: vec![], terms: None, comparable: true }));
    if let Some(n) = types.named_mut(comparable) {
        n.underlying.set(cmp_iface);
    }
    objs.get_mut(comparable_obj).typ = comparable;

    let untyped_bool = types.basic(UntypedBool);
    add(objs, "true", ObjKind::Const(Value::Bool(true)), untyped_bool);
    add(objs, "false", ObjKind::Const(Value::Bool(false)), untyped_bool);
    let iota = add(objs, "iota", ObjKind::Const(Value::Int(0.into())), types.basic(UntypedInt));
    let nil = add(objs, "nil", ObjKind::Nil, types.basic(UntypedNil));

    let invalid = types.basic(Invalid);
    for b in Builtin::ALL {
        add(objs, b.name(), ObjKind::Builtin(b), invalid);
    }

    Universe { scope, error, empty_interface, comparable, iota, nil }
}
