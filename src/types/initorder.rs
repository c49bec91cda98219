//! Package initialization order (the spec's "Package initialization"): variables are
//! initialized in declaration order, except that a variable is initialized after the
//! variables its initializer depends on, directly or through the functions it calls.

use std::collections::{BTreeSet, HashMap, HashSet};

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
        let mut cyclic = false;
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
                    _ => stack
                        .extend(self.deps.get(&o).map(|d| d.iter().copied().collect::<Vec<_>>()).unwrap_or_default()),
                }
            }
            cyclic |= found.remove(&v);
            var_deps.insert(v, found);
        }
        if cyclic {
            self.report_init_cycles();
        }
        // Emit specs in order, each as soon as everything it depends on is initialized.
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = Vec::new();
        let mut emitted_specs: HashSet<gint_syntax::span::Span> = HashSet::new();
        loop {
            let next = vars.iter().find(|(v, span)| {
                !done.contains(v)
                    && !emitted_specs.contains(span)
                    && vars.iter().filter(|(_, s)| s == span).all(|(w, _)| {
                        var_deps[w].iter().all(|d| done.contains(d) || vars.iter().any(|(x, s)| x == d && s == span))
                    })
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

    /// Reports initialization cycles as go/types' initOrder finds them: constants and
    /// variables are taken in order of fewest dependencies (functions replaced by the edges
    /// through them), then declaration order; one still depending on others when taken is
    /// on a cycle, reported once, after which the cycle counts as broken.
    fn report_init_cycles(&mut self) {
        let is_dep =
            |c: &Self, o: ObjId| matches!(c.objs.get(o).kind, ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::Func(_));
        let nodes: Vec<ObjId> = self.decls.keys().copied().filter(|&o| is_dep(self, o)).collect();
        let mut succ: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        let mut pred: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        for &n in &nodes {
            for &d in self.deps.get(&n).into_iter().flatten() {
                if is_dep(self, d) && self.decls.contains_key(&d) {
                    succ.entry(n).or_default().insert(d);
                    pred.entry(d).or_default().insert(n);
                }
            }
        }
        // Remove the functions, joining each predecessor to each successor.
        let mut funcs: Vec<ObjId> =
            nodes.iter().copied().filter(|&o| matches!(self.objs.get(o).kind, ObjKind::Func(_))).collect();
        funcs.sort();
        for f in funcs {
            let (ps, ss) = (pred.remove(&f).unwrap_or_default(), succ.remove(&f).unwrap_or_default());
            for &p in ps.iter().filter(|&&p| p != f) {
                let e = succ.entry(p).or_default();
                e.remove(&f);
                e.extend(ss.iter().copied().filter(|&s| s != f));
                for &s in ss.iter().filter(|&&s| s != f) {
                    pred.entry(s).or_default().insert(p);
                }
            }
            for s in ss {
                if let Some(e) = pred.get_mut(&s) {
                    e.remove(&f);
                }
            }
        }
        let mut ndeps: HashMap<ObjId, usize> = nodes
            .iter()
            .filter(|&&o| !matches!(self.objs.get(o).kind, ObjKind::Func(_)))
            .map(|&o| (o, succ.get(&o).map_or(0, |s| s.len())))
            .collect();
        while let Some((&n, &deps)) = ndeps.iter().min_by_key(|(&o, &d)| (d, o)) {
            ndeps.remove(&n);
            if deps > 0 {
                if let Some(cycle) = self.find_path(n, n, &mut HashSet::new()) {
                    self.report_init_cycle(&cycle);
                }
            }
            for p in pred.get(&n).into_iter().flatten() {
                if let Some(d) = ndeps.get_mut(p) {
                    *d = d.saturating_sub(1);
                }
            }
        }
    }

    /// A path of dependencies from `from` to `to`, reversed: `[to, …, from's successor]`.
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let mut deps: Vec<ObjId> = self.deps.get(&from).into_iter().flatten().copied().collect();
        deps.sort();
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let first = self.objs.get(cycle[0]);
        let (name, pos) = (first.name.clone(), first.pos);
        if cycle.len() == 1 {
            self.error(pos, format!("initialization cycle: {name} refers to itself"));
            return;
        }
        let mut d = crate::diag::Diagnostic::error(pos, format!("initialization cycle for {name}"));
        let mut obj = cycle[0];
        for &next in cycle.iter().rev() {
            let (a, b) = (self.objs.get(obj), self.objs.get(next));
            d = d.with_label(a.pos, format!("{} refers to {}", a.name, b.name));
            obj = next;
        }
        self.diags.push(d);
    }
}
