//! The checker's view of an expression being checked (go/types' `operand`): what kind of
//! thing it is, its type and, for constants, its value.

use gint_syntax::ast::NodeId;
use gint_syntax::span::Span;

use super::constant::Value;
use super::object::Builtin;
use super::types::TypeId;

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The expression has an error (already reported); nothing more is said about it.
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant(Value),
    /// An addressable variable.
    Variable,
    MapIndex,
    Value,
    /// A value that may also be used with a second boolean result.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub typ: TypeId,
    /// The expression, for recording its final type.
    pub id: Option<NodeId>,
    pub span: Span,
}

impl Operand {
    pub fn invalid(span: Span, typ: TypeId) -> Operand {
        Operand { mode: Mode::Invalid, typ, id: None, span }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }

    pub fn constant(&self) -> Option<&Value> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
}
