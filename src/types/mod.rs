//! The type checker: Go's static semantics, exact constants and Go's compile errors.
//!
//! Split by concept as go/types is: `universe` (predeclared objects), `scope`, `object`,
//! `types` (the type arena), `constant` (exact values), `typexpr` (type expressions),
//! `resolver` (package-level declarations), `decl`, `expr`, `stmt`, `call`, `builtins`,
//! `assign`, `conversions`, `lookup` (fields and methods), `predicates` (identity,
//! assignability, comparability), `typestring` (types as messages print them), `labels`,
//! `returns`, `initorder`.
//!
//! Architecture invariant: the checker reads the AST and writes side tables (`Info`) keyed by
//! the AST's `NodeId`s; it never changes the AST and never runs code.

pub mod constant;
pub mod info;
pub mod instantiate;
pub mod lookup;
pub mod object;
pub mod predicates;
pub mod scope;
pub mod types;
pub mod typestring;
pub mod universe;

mod assign;
mod builtins;
mod call;
mod check;
mod decl;
mod expr;
mod generics;
mod initorder;
mod labels;
mod lazy;
mod literals;
mod operand;
mod resolver;
mod returns;
mod stmt;
mod typexpr;

pub use check::{
    check_program, check_program_lazy, check_program_with, CheckOptions, CheckedPackage, CheckedProgram, InitEntry,
    PackageSource,
};
