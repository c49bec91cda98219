//! Objects: what a name in Go code can denote (go/types' `Object`): variables, constants,
//! type names, functions, packages, built-in functions, labels and `nil`.
//!
//! Invariant: objects live in one arena (`Objects`) for the whole program and are addressed
//! by `ObjId`; the AST refers to them only through the checker's side tables.

use std::rc::Rc;

use gint_syntax::span::Span;

use super::constant::Value;
use super::types::{PkgId, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable, parameter, result or struct field.
    Var(VarInfo),
    Const(Value),
    TypeName,
    /// A function or method (the type is its signature).
    Func(FuncInfo),
    /// An imported package, as named in one file.
    PkgName(PkgId),
    Builtin(Builtin),
    Label,
    Nil,
}

#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    pub is_field: bool,
    pub is_param: bool,
    /// Set when the variable is read; `declared and not used` otherwise (locals only).
    pub used: bool,
    /// Set when its address is taken or a closure refers to it: the evaluator must box it.
    pub escapes: bool,
    /// Package-level variable.
    pub global: bool,
    /// Where the evaluator keeps it: the index in its function's frame (parameters first,
    /// in order, then locals as they are declared), or in the program's globals.
    pub slot: u32,
}

#[derive(Clone, Debug, Default)]
pub struct FuncInfo {
    /// For methods: the receiver's base type name object.
    pub recv_base: Option<ObjId>,
    pub ptr_recv: bool,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Rc<str>,
    pub kind: ObjKind,
    /// The object's type; `Invalid` until it is known.
    pub typ: TypeId,
    /// The package, for all but universe objects.
    pub pkg: Option<PkgId>,
    /// Where it is declared (the identifier); default for universe objects.
    pub pos: Span,
}

impl Object {
    pub fn is_exported(&self) -> bool {
        self.name.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// All objects of a program.
#[derive(Default)]
pub struct Objects {
    objs: Vec<Object>,
}

impl Objects {
    pub fn add(&mut self, obj: Object) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(obj);
        id
    }

    pub fn get(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.objs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.objs.is_empty()
    }

    pub fn var_mut(&mut self, id: ObjId) -> Option<&mut VarInfo> {
        match &mut self.get_mut(id).kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
}
