//! What the checker learns about a program, for the evaluator: the type (and constant value)
//! of every expression, the object every identifier denotes, and how selectors resolve.
//!
//! Invariant: tables are indexed by the AST's `NodeId`s, which are dense over the whole
//! program (each file's ids continue where the previous file's ended).

use gint_syntax::ast::NodeId;

use super::constant::Value;
use super::lookup::Selection;
use super::object::ObjId;
use super::types::TypeId;

/// How an expression may be used (go/types' operand modes, as recorded for the evaluator).
#[derive(Clone, Debug, PartialEq)]
pub enum ExprMode {
    /// A value with no address (a call result, an arithmetic result).
    Value,
    /// An addressable variable (or a map index expression, which is assignable).
    Variable,
    MapIndex,
    /// A constant, with its value.
    Constant(Value),
    /// The expression denotes a type.
    TypeExpr,
    /// A built-in function name.
    Builtin,
    /// A call without results.
    NoValue,
    /// A value that may also be used with a second boolean result (`v, ok := m[k]`).
    CommaOk,
}

/// A function with a frame: a declared function or method, or a function literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FrameOwner {
    Func(ObjId),
    Lit(NodeId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: ExprMode,
    /// For an untyped constant, the type it was finally converted to.
    pub typ: TypeId,
}

#[derive(Default)]
pub struct Info {
    types: Vec<Option<TypeAndValue>>,
    /// The object an identifier denotes (uses) or declares (defs).
    objects: Vec<Option<ObjId>>,
    /// How each selector expression `x.f` resolved.
    selections: std::collections::HashMap<NodeId, Selection>,
    /// Receives, map indexes and type assertions used in their two-value form.
    comma_ok: std::collections::HashSet<NodeId>,
    /// The type arguments of each use of a generic function (by the identifier or selector
    /// naming it), explicit or inferred.
    instances: std::collections::HashMap<NodeId, Vec<TypeId>>,
    /// The label each `goto` jumps to: the label identifier of the goto → that of the
    /// labeled statement.
    gotos: std::collections::HashMap<NodeId, NodeId>,
    /// The label identifiers some `goto` jumps to.
    goto_targets: std::collections::HashSet<NodeId>,
    /// The number of slots of each function's frame.
    frame_sizes: std::collections::HashMap<FrameOwner, u32>,
    /// The objects recorded since the checker last took them: what the entity being
    /// checked refers to (see `types/lazy.rs`).
    uses: Vec<ObjId>,
}

impl Info {
    fn grow<T: Clone>(v: &mut Vec<Option<T>>, id: NodeId) -> &mut Option<T> {
        let i = id.0 as usize;
        if v.len() <= i {
            v.resize(i + 1, None);
        }
        &mut v[i]
    }

    pub fn record_type(&mut self, id: NodeId, tv: TypeAndValue) {
        *Self::grow(&mut self.types, id) = Some(tv);
    }

    pub fn type_of(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.types.get(id.0 as usize).and_then(|t| t.as_ref())
    }

    /// Updates the type recorded for an untyped expression once its final type is known.
    pub fn set_final_type(&mut self, id: NodeId, typ: TypeId) {
        if let Some(Some(tv)) = self.types.get_mut(id.0 as usize) {
            tv.typ = typ;
        }
    }

    pub fn record_object(&mut self, id: NodeId, obj: ObjId) {
        *Self::grow(&mut self.objects, id) = Some(obj);
        self.uses.push(obj);
    }

    /// The objects recorded since the last call (empties the record).
    pub(super) fn take_uses(&mut self) -> Vec<ObjId> {
        std::mem::take(&mut self.uses)
    }

    /// Sets the record to `uses`, returning what it held.
    pub(super) fn replace_uses(&mut self, uses: Vec<ObjId>) -> Vec<ObjId> {
        std::mem::replace(&mut self.uses, uses)
    }

    /// The object an identifier declares or refers to.
    pub fn object_of(&self, id: NodeId) -> Option<ObjId> {
        self.objects.get(id.0 as usize).copied().flatten()
    }

    /// Whether some identifier other than the one declaring `obj` denotes it.
    pub fn is_used(&self, obj: ObjId) -> bool {
        self.objects.iter().filter(|o| **o == Some(obj)).nth(1).is_some()
    }

    pub fn record_frame_size(&mut self, owner: FrameOwner, size: u32) {
        self.frame_sizes.insert(owner, size);
    }

    /// The number of slots a call of the function needs (parameters and locals).
    pub fn frame_size(&self, owner: FrameOwner) -> Option<u32> {
        self.frame_sizes.get(&owner).copied()
    }

    pub fn record_goto(&mut self, goto: NodeId, label: NodeId) {
        self.gotos.insert(goto, label);
        self.goto_targets.insert(label);
    }

    /// The label identifier of the statement the `goto` naming `goto` jumps to.
    pub fn goto_label(&self, goto: NodeId) -> Option<NodeId> {
        self.gotos.get(&goto).copied()
    }

    /// Whether the label declared by identifier `label` is the target of a `goto`.
    pub fn is_goto_target(&self, label: NodeId) -> bool {
        self.goto_targets.contains(&label)
    }

    pub fn record_comma_ok(&mut self, id: NodeId) {
        self.comma_ok.insert(id);
    }

    /// Whether a receive, map index or type assertion yields `(value, ok)`.
    pub fn is_comma_ok(&self, id: NodeId) -> bool {
        self.comma_ok.contains(&id)
    }

    pub fn record_selection(&mut self, id: NodeId, sel: Selection) {
        self.selections.insert(id, sel);
    }

    pub fn record_instance(&mut self, id: NodeId, args: Vec<TypeId>) {
        self.instances.insert(id, args);
    }

    /// The type arguments a generic function was instantiated with where `id` names it.
    pub fn instance(&self, id: NodeId) -> Option<&[TypeId]> {
        self.instances.get(&id).map(|v| v.as_slice())
    }

    pub fn selection(&self, id: NodeId) -> Option<&Selection> {
        self.selections.get(&id)
    }
}
