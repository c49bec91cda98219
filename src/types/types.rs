//! Go types as the checker builds them: an arena of `Type`s addressed by `TypeId`.
//!
//! Invariants: structural (unnamed) types are interned, so two identical unnamed types have
//! the same `TypeId` and identity of types is a comparison of ids (go/types' `Identical`);
//! every `Named` type is unique to its declaration (or to its instantiation, for generic
//! types); a `Named` type's underlying type is set once, while its declaration is checked.
//! Interfaces are stored with their complete, sorted method set, so identical interfaces
//! intern to one id.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use elsa::FrozenVec;

use super::object::ObjId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Package identity, for unexported names (which are distinct across packages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// The predeclared types, and the untyped kinds of constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// `byte` and `rune`: aliases of uint8 and int32, identical to them, kept apart only
    /// so that messages can say `[]byte` where the program said it (as types2 does).
    Byte,
    Rune,
}

impl BasicKind {
    /// The kind itself, with the `byte` and `rune` aliases resolved.
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    /// The name types2 prints for the kind (`untyped int`, `float64`, …).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Byte => "byte",
            Rune => "rune",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self.canonical(), BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self.canonical(), BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self.canonical(), BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self.canonical(), BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Operands of these kinds may be compared with `<`.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Size in bits of sized numeric kinds (int and uint are 64-bit, as on amd64).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self.canonical() {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 64,
            Complex128 => 128,
            _ => 0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A struct field. `pkg` is set for unexported names, which are distinct per package.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Rc<str>,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: Option<Rc<str>>,
    pub pkg: Option<PkgId>,
}

/// An interface method: its name and signature type (without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: Rc<str>,
    pub sig: TypeId,
    pub pkg: Option<PkgId>,
}

/// A term of a type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

/// An interface, complete: the methods include those of embedded interfaces, sorted by
/// name. `terms` is the type set restriction of a constraint interface (None: all types).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    pub methods: Vec<Method>,
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
}

impl Interface {
    /// A basic interface may be used as a value type (no type terms, not `comparable`).
    pub fn is_basic(&self) -> bool {
        self.terms.is_none() && !self.comparable
    }
}

/// A declared (defined) type: `type T U`, or an instance of a generic type.
#[derive(Clone, Debug)]
pub struct Named {
    pub obj: ObjId,
    /// Set when the declaration is checked (for an instance: when it is expanded, which
    /// may happen after it is made, hence the `Cell`); `Invalid` until then.
    pub underlying: Cell<TypeId>,
    /// Method objects, in declaration order.
    pub methods: Vec<ObjId>,
    pub type_params: Vec<TypeId>,
    /// For an instance: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub type_args: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    /// The type parameters of a generic function (empty once instantiated).
    pub type_params: Vec<TypeId>,
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct {
        fields: Vec<Field>,
    },
    Signature(Signature),
    Interface(Interface),
    /// The types of a multi-valued expression (a call returning several results).
    Tuple(Vec<TypeId>),
    Named(Named),
    TypeParam {
        obj: ObjId,
        index: u32,
        constraint: TypeId,
    },
    /// An alias (`type A = []int`, `any`) of an unnamed type: identical to its target in
    /// every way but its name, which messages print (as types2's Alias). Aliases of named
    /// types are not made: the alias name then stands for the named type itself.
    Alias {
        obj: ObjId,
        target: TypeId,
    },
}

/// The interning key of structural types (all but `Named` and `TypeParam`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Signature(Signature),
    Interface(Interface),
    Tuple(Vec<TypeId>),
}

/// All types of a program. The table only grows, and adding a type needs no `&mut`: the
/// evaluator instantiates generic code by substituting type arguments into the checked
/// types, long after checking is done.
pub struct TypeTable {
    types: FrozenVec<Box<Type>>,
    interned: RefCell<HashMap<Key, TypeId>>,
    /// Instances of generic types: (origin, type arguments) → the instance.
    pub(super) instances: RefCell<HashMap<(TypeId, Vec<TypeId>), TypeId>>,
    /// Instances made while their origin's underlying type was not known yet.
    pub(super) unexpanded: RefCell<Vec<TypeId>>,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the basic types; `basic(k)` gives their ids.
    pub fn new() -> TypeTable {
        let t = TypeTable {
            types: FrozenVec::new(),
            interned: RefCell::new(HashMap::new()),
            instances: RefCell::new(HashMap::new()),
            unexpanded: RefCell::new(Vec::new()),
        };
        for k in ALL_BASIC {
            t.intern(Type::Basic(k));
        }
        t
    }

    /// The id of a basic type (they come first, in `ALL_BASIC` order).
    pub fn basic(&self, kind: BasicKind) -> TypeId {
        TypeId(kind as u32)
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    fn get_mut(&mut self, id: TypeId) -> &mut Type {
        &mut self.types.as_mut()[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// Returns the id of a type, interning structural types.
    pub fn intern(&self, t: Type) -> TypeId {
        let key = match &t {
            Type::Basic(k) => Key::Basic(*k),
            Type::Pointer(e) => Key::Pointer(*e),
            Type::Slice(e) => Key::Slice(*e),
            Type::Array { len, elem } => Key::Array(*len, *elem),
            Type::Map { key, value } => Key::Map(*key, *value),
            Type::Chan { dir, elem } => Key::Chan(*dir, *elem),
            Type::Struct { fields } => Key::Struct(fields.clone()),
            Type::Signature(s) => Key::Signature(s.clone()),
            Type::Interface(i) => Key::Interface(i.clone()),
            Type::Tuple(v) => Key::Tuple(v.clone()),
            Type::Named(_) | Type::TypeParam { .. } | Type::Alias { .. } => return self.push(t),
        };
        if let Some(&id) = self.interned.borrow().get(&key) {
            return id;
        }
        let id = self.push(t);
        self.interned.borrow_mut().insert(key, id);
        id
    }

    pub(super) fn push_named(&self, n: Named) -> TypeId {
        self.push(Type::Named(n))
    }

    fn push(&self, t: Type) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Box::new(t));
        id
    }

    pub fn pointer(&self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// A new declared type whose underlying type is not known yet.
    pub fn new_named(&self, obj: ObjId) -> TypeId {
        let underlying = self.basic(BasicKind::Invalid);
        self.push(Type::Named(Named {
            obj,
            underlying: Cell::new(underlying),
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        }))
    }

    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match self.get_mut(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    /// The type an alias declaration gives its name: an `Alias` of an unnamed type, or the
    /// target itself if it has a name already.
    pub fn new_alias(&self, obj: ObjId, target: TypeId) -> TypeId {
        match self.get(target) {
            Type::Named(_) | Type::TypeParam { .. } | Type::Alias { .. } => target,
            _ => self.push(Type::Alias { obj, target }),
        }
    }

    /// The type an alias stands for (the type itself if it is not an alias).
    pub fn unalias(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Alias { target, .. } => *target,
            _ => id,
        }
    }

    pub fn new_type_param(&self, obj: ObjId, index: u32, constraint: TypeId) -> TypeId {
        self.push(Type::TypeParam { obj, index, constraint })
    }

    pub fn set_type_param_constraint(&mut self, id: TypeId, c: TypeId) {
        if let Type::TypeParam { constraint, .. } = self.get_mut(id) {
            *constraint = c;
        }
    }

    /// The underlying type: the type itself for all but named types and type parameters
    /// (whose underlying type is their constraint interface).
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        // Named types may (wrongly) refer to each other in a cycle; the checker reports the
        // cycle, and the bound keeps this from looping.
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = n.underlying.get(),
                Type::Alias { target, .. } => id = *target,
                Type::TypeParam { constraint, .. } => return *constraint,
                _ => return id,
            }
        }
        self.basic(BasicKind::Invalid)
    }

    /// The basic kind of a type's underlying type, if it is basic (`byte` and `rune`
    /// resolved to uint8 and int32).
    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(id)) {
            Type::Basic(k) => Some(k.canonical()),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        id == self.basic(BasicKind::Invalid)
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(self.unalias(id)), Type::Named(_) | Type::Basic(_) | Type::TypeParam { .. })
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.get(self.underlying(id)), Type::Interface(_)) && !self.is_type_param(id)
    }

    pub fn is_type_param(&self, id: TypeId) -> bool {
        matches!(self.get(self.unalias(id)), Type::TypeParam { .. })
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(k) if k.is_untyped())
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(id)) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface(&self, id: TypeId) -> Option<&Interface> {
        match self.get(self.underlying(id)) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }

    pub fn tuple_elems(&self, id: TypeId) -> Option<&[TypeId]> {
        match self.get(self.unalias(id)) {
            Type::Tuple(v) => Some(v),
            _ => None,
        }
    }
}

/// The basic kinds in `TypeId` order (`TypeTable::basic` relies on it).
pub const ALL_BASIC: [BasicKind; 28] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
    BasicKind::Byte,
    BasicKind::Rune,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_ids_follow_kind_order() {
        let t = TypeTable::new();
        for k in ALL_BASIC {
            assert!(matches!(t.get(t.basic(k)), Type::Basic(b) if *b == k));
        }
    }

    #[test]
    fn structural_types_are_interned() {
        let t = TypeTable::new();
        let int = t.basic(BasicKind::Int);
        let a = t.slice(int);
        let b = t.slice(int);
        assert_eq!(a, b);
        let m1 = t.intern(Type::Map { key: a, value: int });
        let m2 = t.intern(Type::Map { key: b, value: int });
        assert_eq!(m1, m2);
        assert_ne!(t.pointer(int), a);
    }
}
