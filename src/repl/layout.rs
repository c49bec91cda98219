//! Where a REPL session's state lives in the running program, and how it moves from one
//! program of the session to the next.
//!
//! Each input rebuilds and re-checks the whole program, so its variables are numbered
//! anew. Locals of `main` keep their slots as long as `main`'s earlier statements are
//! unchanged (the checker numbers slots in declaration order; `reconcile` verifies it). A
//! local may start or stop escaping (being held in a cell) when a later input captures it
//! in a closure: `reconcile` moves its value in or out of a cell. Package-level variables
//! are renumbered whenever a package is added; `remap_globals` moves their values by name.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use gint_syntax::ast::{self, AssignOp, Decl, DeclKind, StmtKind};

use crate::program::Program;
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::types::object::{ObjId, ObjKind};
use crate::types::types::TypeId;
use crate::types::CheckedProgram;

/// A package-level variable, by its package's path and its name.
pub type GlobalKey = (String, String);

/// A variable declared by a top-level statement of the session's `main`.
#[derive(Clone, Debug)]
pub struct SessionVar {
    pub name: String,
    pub slot: u32,
    pub escapes: bool,
    /// Held in the words stack (integers, floats, booleans), not the values stack.
    pub word: bool,
    pub typ: TypeId,
}

/// Where the session's variables are in one program.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub vars: Vec<SessionVar>,
    pub globals: HashMap<GlobalKey, u32>,
    /// The frame size of `main`.
    pub size: usize,
}

/// `main`'s declaration in the session's program.
pub fn main_decl(program: &Program) -> Option<&ast::FuncDecl> {
    let file = program.packages.last()?.files.first()?;
    file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if f.recv.is_none() && f.name.name == "main" => Some(f),
        _ => None,
    })
}

pub fn layout(checked: &CheckedProgram, program: &Program, size: usize) -> Layout {
    let mut vars: Vec<SessionVar> = Vec::new();
    let stmts = main_decl(program).and_then(|f| f.body.as_ref()).map(|b| b.stmts.as_slice()).unwrap_or(&[]);
    for s in stmts {
        for id in declared(s) {
            let Some(obj) = checked.info.object_of(id.id) else { continue };
            let o = checked.objs.get(obj);
            let ObjKind::Var(v) = &o.kind else { continue };
            if o.pos != id.span || id.name == "_" {
                continue;
            }
            let word =
                checked.types.basic_kind(o.typ).is_some_and(|k| k.is_integer() || k.is_float() || k.is_boolean());
            vars.push(SessionVar { name: id.name.clone(), slot: v.slot, escapes: v.escapes, word, typ: o.typ });
        }
    }
    let mut globals = HashMap::new();
    for i in 0..checked.objs.len() {
        if let Some(key) = global_key(checked, ObjId(i as u32)) {
            if let ObjKind::Var(v) = &checked.objs.get(ObjId(i as u32)).kind {
                globals.insert(key, v.slot);
            }
        }
    }
    Layout { vars, globals, size }
}

/// Holds every package-level variable in a cell. A later input may take a variable's
/// address (or reach a standard function that does) after its value was set, and a cell
/// carried over from program to program keeps both the value and the pointers into it.
pub fn box_all_globals(checked: &mut CheckedProgram) {
    for i in 0..checked.objs.len() {
        if let ObjKind::Var(v) = &mut checked.objs.get_mut(ObjId(i as u32)).kind {
            if v.global {
                v.escapes = true;
            }
        }
    }
}

/// The identifiers a top-level statement declares (`x := …`, `var x …`).
fn declared(s: &ast::Stmt) -> Vec<&ast::Ident> {
    match &s.kind {
        StmtKind::Assign { lhs, op: AssignOp::Define, .. } => lhs
            .iter()
            .filter_map(|e| match &e.kind {
                ast::ExprKind::Ident(id) => Some(id),
                _ => None,
            })
            .collect(),
        StmtKind::Decl(g) if g.kind == DeclKind::Var => g
            .specs
            .iter()
            .flat_map(|sp| match sp {
                ast::Spec::Value(v) => v.names.iter().collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The key of a package-level variable.
pub fn global_key(checked: &CheckedProgram, obj: ObjId) -> Option<GlobalKey> {
    let o = checked.objs.get(obj);
    match &o.kind {
        ObjKind::Var(v) if v.global => {
            let pkg = checked.packages.get(o.pkg?.0 as usize)?;
            Some((pkg.path.clone(), o.name.to_string()))
        }
        _ => None,
    }
}

/// Makes the frame's locals, laid out as `from`, fit `to`: the same slots (else an error:
/// the numbering the session relies on changed), each in or out of a cell as `to` wants.
pub fn reconcile(fr: &mut Frame, from: &Layout, to: &Layout) -> Result<(), String> {
    for (a, b) in from.vars.iter().zip(&to.vars) {
        if a.slot != b.slot || a.name != b.name {
            return Err(format!(
                "internal error: the slot of session variable {} moved ({} → {})",
                a.name, a.slot, b.slot
            ));
        }
    }
    ensure_slots(fr, to.size.max(from.size));
    for (a, b) in from.vars.iter().zip(&to.vars) {
        let s = a.slot as usize;
        match (a.escapes, b.escapes) {
            (false, true) if b.word => fr.vals[s] = Value::WordCell(Rc::new(Cell::new(fr.words[s]))),
            (false, true) => {
                let v = std::mem::take(&mut fr.vals[s]);
                fr.vals[s] = Value::Cell(crate::runtime::gc::new_cell(v));
            }
            (true, false) => match std::mem::take(&mut fr.vals[s]) {
                Value::WordCell(c) => fr.words[s] = c.get(),
                Value::Cell(c) => fr.vals[s] = c.borrow().clone(),
                other => fr.vals[s] = other,
            },
            _ => {}
        }
    }
    Ok(())
}

/// Grows the frame's stacks to at least `n` slots (main's frame is at base 0).
pub fn ensure_slots(fr: &mut Frame, n: usize) {
    if fr.words.len() < n {
        fr.words.resize(n, 0);
    }
    if fr.vals.len() < n {
        fr.vals.resize(n, Value::Nil);
    }
}

/// The globals of program `to`, with the values of those `initialized` in program `from`.
pub fn remap_globals(
    old: &[Value],
    from: &Layout,
    to: &Layout,
    initialized: &HashSet<GlobalKey>,
    n: usize,
) -> Vec<Value> {
    let mut globals = vec![Value::Nil; n];
    for (key, &slot) in &to.globals {
        if !initialized.contains(key) {
            continue;
        }
        if let (Some(&o), Some(g)) = (from.globals.get(key), globals.get_mut(slot as usize)) {
            if let Some(v) = old.get(o as usize) {
                *g = v.clone();
            }
        }
    }
    globals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(slot: u32, escapes: bool, word: bool) -> SessionVar {
        SessionVar { name: format!("v{slot}"), slot, escapes, word, typ: TypeId(0) }
    }

    fn with(vars: Vec<SessionVar>) -> Layout {
        Layout { vars, globals: HashMap::new(), size: 4 }
    }

    #[test]
    fn a_variable_that_starts_escaping_moves_into_a_cell_and_back() {
        let mut fr = Frame::new(0);
        ensure_slots(&mut fr, 4);
        fr.words[0] = 7;
        fr.vals[1] = Value::Int(9);
        let plain = with(vec![var(0, false, true), var(1, false, false)]);
        let boxed = with(vec![var(0, true, true), var(1, true, false)]);
        assert!(reconcile(&mut fr, &plain, &boxed).is_ok());
        assert!(matches!(&fr.vals[0], Value::WordCell(c) if c.get() == 7));
        assert!(matches!(&fr.vals[1], Value::Cell(c) if matches!(*c.borrow(), Value::Int(9))));
        assert!(reconcile(&mut fr, &boxed, &plain).is_ok());
        assert_eq!(fr.words[0], 7);
        assert!(matches!(fr.vals[1], Value::Int(9)));
    }

    #[test]
    fn a_moved_slot_is_an_error() {
        let mut fr = Frame::new(0);
        let a = with(vec![var(0, false, true)]);
        let b = with(vec![SessionVar { slot: 1, ..var(0, false, true) }]);
        assert!(reconcile(&mut fr, &a, &b).is_err());
    }

    #[test]
    fn globals_move_by_name() {
        let key = ("main".to_string(), "g".to_string());
        let mut from = Layout::default();
        from.globals.insert(key.clone(), 0);
        let mut to = Layout::default();
        to.globals.insert(key.clone(), 2);
        let done: HashSet<GlobalKey> = [key].into_iter().collect();
        let g = remap_globals(&[Value::Int(5)], &from, &to, &done, 3);
        assert!(matches!(g[2], Value::Int(5)));
        assert!(matches!(g[0], Value::Nil));
    }
}
