//! Package initialization order (the spec's "Package initialization"): variables are
//! initialized in declaration order, except that a variable is initialized after the
//! variables its initializer depends on, directly or through the functions it calls.

use std::collections::{HashMap, HashSet};

use super::check::{Checker, DeclRef, InitEntry};
use super::object::{ObjId, ObjKind};

impl<'a> Checker<'a> {
    /// Records that the package-level declaration being checked refers to `obj`.
    pub(super) fn record_dependency(&mut self, obj: ObjId) {
        if let Some(current) = self.current_decl {
            if self.decls.contains_key(&obj) {
                self.deps.entry(current).or_default().insert(obj);
            }
        }
    }

    /// The initialization order of the package's variables.
    pub(super) fn init_order(&mut self) -> Vec<InitEntry> {
        // Variables with their specs, in declaration (object) order.
        let mut vars: Vec<(ObjId, gint_syntax::span::Span)> = self
            .decls
            .iter()
            .filter_map(|(&o, d)| match d.decl {
                DeclRef::Var { spec, .. } => Some((o, spec.span)),
                _ => None,
            })
            .collect();
        vars.sort();
        // For each variable: the variables it depends on, through functions and constants.
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &(v, _) in &vars {
            let mut seen = HashSet::new();
            let mut found = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).map(|d| d.iter().copied().collect()).unwrap_or_default();
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                match self.objs.get(o).kind {
                    ObjKind::Var(_) => {
                        found.insert(o);
                    }
                    _ => stack.extend(self.deps.get(&o).map(|d| d.iter().copied().collect::<Vec<_>>()).unwrap_or_default()),
                }
            }
            if found.contains(&v) {
                let o = self.objs.get(v);
                let (name, pos) = (o.name.clone(), o.pos);
                self.error(pos, format!("initialization cycle or initialization loop: {name} refers to itself"));
            }
            found.remove(&v);
            var_deps.insert(v, found);
        }
        // Emit specs in order, each as soon as everything it depends on is initialized.
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = Vec::new();
        let mut emitted_specs: HashSet<gint_syntax::span::Span> = HashSet::new();
        loop {
            let next = vars.iter().find(|(v, span)| {
                !done.contains(v)
                    && !emitted_specs.contains(span)
                    && vars.iter().filter(|(_, s)| s == span).all(|(w, _)| var_deps[w].iter().all(|d| done.contains(d) || vars.iter().any(|(x, s)| x == d && s == span)))
            });
            let Some(&(_, span)) = next else { break };
            let lhs: Vec<ObjId> = vars.iter().filter(|(_, s)| *s == span).map(|(v, _)| *v).collect();
            done.extend(lhs.iter().copied());
            emitted_specs.insert(span);
            order.push(InitEntry { lhs, spec: span });
        }
        // Anything left is in a cycle (already reported); keep declaration order.
        for &(v, span) in &vars {
            if !done.contains(&v) && emitted_specs.insert(span) {
                let lhs: Vec<ObjId> = vars.iter().filter(|(_, s)| *s == span).map(|(v, _)| *v).collect();
                done.extend(lhs.iter().copied());
                order.push(InitEntry { lhs, spec: span });
            }
        }
        order
    }
}
