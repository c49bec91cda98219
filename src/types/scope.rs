//! Scopes: the blocks of the Go spec ("Declarations and scope"), from the universe down to
//! the innermost block of a function.
//!
//! Invariant: a scope maps each name at most once; inner scopes are searched first. Local
//! declarations are entered while statements are checked in order, so a lookup never sees
//! a local declared later in its block.

use std::collections::HashMap;
use std::rc::Rc;

use super::object::ObjId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Universe,
    Package,
    File,
    /// The outermost block of a function: parameters and results live here.
    Func,
    Block,
}

pub struct Scope {
    pub parent: Option<ScopeId>,
    pub kind: ScopeKind,
    names: HashMap<Rc<str>, ObjId>,
}

#[derive(Default)]
pub struct Scopes {
    scopes: Vec<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope { parent, kind, names: HashMap::new() });
        id
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// Declares `name` in `scope`; returns the object already declared there, if any.
    pub fn insert(&mut self, scope: ScopeId, name: Rc<str>, obj: ObjId) -> Option<ObjId> {
        let names = &mut self.scopes[scope.0 as usize].names;
        if let Some(&prev) = names.get(&name) {
            return Some(prev);
        }
        names.insert(name, obj);
        None
    }

    /// The object `name` denotes in `scope` or its parents, and the scope it was found in.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<(ScopeId, ObjId)> {
        loop {
            let s = self.get(scope);
            if let Some(&obj) = s.names.get(name) {
                return Some((scope, obj));
            }
            scope = s.parent?;
        }
    }

    /// The object `name` denotes in `scope` itself.
    pub fn lookup_local(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.get(scope).names.get(name).copied()
    }

    /// The names of a scope, sorted (for deterministic iteration).
    pub fn names(&self, scope: ScopeId) -> Vec<(Rc<str>, ObjId)> {
        let mut v: Vec<_> = self.get(scope).names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }
}
