//! Composite literals (go/types' literals.go): structs, arrays, slices and maps, with
//! elided element types.

use std::collections::HashMap;

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::check::Checker;
use super::constant::Value;
use super::operand::{Mode, Operand};
use super::types::{Type, TypeId};

impl<'a> Checker<'a> {
    pub(super) fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        typ: Option<&'a ast::Expr>,
        elts: &'a [ast::Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match typ {
            // [...]T{…}: the length comes from the elements.
            Some(ast::Expr { kind: ExprKind::ArrayType { len: Some(len), elem }, .. })
                if matches!(len.kind, ExprKind::Ellipsis(None)) =>
            {
                let elem = self.typ(elem);
                let n = self.indexed_elements(elts, elem, None);
                let t = self.types.intern(Type::Array { len: n, elem });
                if let Some(te) = typ {
                    self.info.record_type(
                        te.id,
                        super::info::TypeAndValue { mode: super::info::ExprMode::TypeExpr, typ: t },
                    );
                }
                return Operand { mode: Mode::Value, typ: t, id: None, span: e.span };
            }
            Some(te) => self.typ(te),
            None => match hint {
                // An elided type: the element type of the enclosing literal; `{…}` for an
                // element of type *T stands for &T{…}.
                Some(h) => match self.types.get(self.types.core(h)) {
                    Type::Pointer(base) => {
                        let base = *base;
                        let x = self.composite_lit(e, None, elts, Some(base));
                        if x.is_invalid() {
                            return x;
                        }
                        return Operand { typ: h, ..x };
                    }
                    _ => h,
                },
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return Operand::invalid(e.span, self.invalid_type());
                }
            },
        };
        if self.types.is_invalid(t) {
            for el in elts {
                self.element_value(el, None);
            }
            return Operand::invalid(e.span, t);
        }
        let under = self.types.core(t);
        match self.types.get(under).clone() {
            Type::Struct { fields } => self.struct_lit(e, t, &fields, elts),
            Type::Array { len, elem } => {
                self.indexed_elements(elts, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elements(elts, elem, None);
            }
            Type::Map { key, value } => self.map_lit(elts, key, value),
            _ => {
                let ts = self.type_string(t);
                let why = if self.types.is_type_param(t) { " (no common underlying type)" } else { "" };
                self.error(e.span, format!("invalid composite literal type {ts}{why}"));
                for el in elts {
                    self.element_value(el, None);
                }
                return Operand::invalid(e.span, self.invalid_type());
            }
        }
        Operand { mode: Mode::Value, typ: t, id: None, span: e.span }
    }

    /// One element value, which may be a literal with an elided type.
    fn element_value(&mut self, el: &'a ast::Expr, t: Option<TypeId>) -> Operand {
        let mut x = self.expr_with_hint(el, t);
        if let Some(t) = t {
            self.assignment(&mut x, t, "array or slice literal");
        }
        x
    }

    fn struct_lit(&mut self, e: &'a ast::Expr, t: TypeId, fields: &[super::types::Field], elts: &'a [ast::Expr]) {
        if elts.is_empty() {
            return;
        }
        let keyed = matches!(elts[0].kind, ExprKind::KeyValue { .. });
        let ts = self.type_string(t);
        if keyed {
            let mut seen: HashMap<String, Span> = HashMap::new();
            for el in elts {
                let ExprKind::KeyValue { key, value } = &el.kind else {
                    self.error(el.span, "mixture of field:value and value elements in struct literal");
                    self.expr(el);
                    continue;
                };
                let ExprKind::Ident(name) = &key.kind else {
                    let ks = self.expr_string(key);
                    self.error(key.span, format!("invalid field name {ks} in struct literal"));
                    self.expr(value);
                    continue;
                };
                let Some(f) = fields.iter().find(|f| *f.name == *name.name) else {
                    self.error(key.span, format!("unknown field {} in struct literal of type {ts}", name.name));
                    self.expr(value);
                    continue;
                };
                if f.pkg.is_some_and(|p| p != self.pkg) {
                    self.error(
                        key.span,
                        format!("cannot refer to unexported field {} in struct literal of type {ts}", name.name),
                    );
                }
                if seen.insert(name.name.clone(), key.span).is_some() {
                    self.error(key.span, format!("duplicate field name {} in struct literal", name.name));
                    continue;
                }
                let mut x = self.expr_with_hint(value, Some(f.typ));
                self.assignment(&mut x, f.typ, "struct literal");
            }
            return;
        }
        for (i, el) in elts.iter().enumerate() {
            if let ExprKind::KeyValue { value, .. } = &el.kind {
                self.error(el.span, "mixture of field:value and value elements in struct literal");
                self.expr(value);
                continue;
            }
            let Some(f) = fields.get(i) else {
                self.error(el.span, format!("too many values in struct literal of type {ts}"));
                self.expr(el);
                break;
            };
            if f.pkg.is_some_and(|p| p != self.pkg) {
                self.error(
                    el.span,
                    format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name),
                );
            }
            let mut x = self.expr_with_hint(el, Some(f.typ));
            self.assignment(&mut x, f.typ, "struct literal");
        }
        if elts.len() < fields.len() {
            let rbrace = match &e.kind {
                ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                _ => e.span,
            };
            self.error(rbrace, format!("too few values in struct literal of type {ts}"));
        }
    }

    /// The elements of an array or slice literal, with optional constant index keys;
    /// returns the length (max index + 1).
    fn indexed_elements(&mut self, elts: &'a [ast::Expr], elem: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: HashMap<u64, ()> = HashMap::new();
        for el in elts {
            // go/types' indexedElts: a key is a constant index below the length.
            let mut valid_index = false;
            let value = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    match self.index_value(key, len) {
                        Ok(Some(i)) => {
                            index = i;
                            valid_index = true;
                        }
                        Ok(None) => {
                            let ks = self.expr_string(key);
                            self.error(el.span, format!("index {ks} must be integer constant"));
                        }
                        Err(()) => {}
                    }
                    value
                }
                _ => {
                    match len {
                        Some(len) if index >= len => {
                            self.error(el.span, format!("index {index} is out of bounds (>= {len})"));
                        }
                        _ => valid_index = true,
                    }
                    el
                }
            };
            if valid_index && seen.insert(index, ()).is_some() {
                self.error(el.span, format!("duplicate index {index} in array or slice literal"));
            }
            let mut x = self.expr_with_hint(value, Some(elem));
            self.assignment(&mut x, elem, "array or slice literal");
            index = index.saturating_add(1);
            max = max.max(index);
        }
        max
    }

    fn map_lit(&mut self, elts: &'a [ast::Expr], key: TypeId, value: TypeId) {
        // Constant keys seen so far, with their types: keys of an interface type are
        // duplicates only if their dynamic types are identical too ('a' and 97 differ).
        let iface = self.types.is_interface(key);
        let mut seen: Vec<(Value, TypeId)> = Vec::new();
        for el in elts {
            let ExprKind::KeyValue { key: ke, value: ve } = &el.kind else {
                self.error(el.span, "missing key in map literal");
                self.expr_with_hint(el, Some(value));
                continue;
            };
            let mut k = self.expr_with_hint(ke, Some(key));
            self.assignment(&mut k, key, "map literal");
            if let Mode::Constant(v) = &k.mode {
                let dup = seen.iter().any(|(s, t)| {
                    super::constant::compare(s, ast::BinaryOp::Eql, v)
                        && (!iface || super::predicates::identical(&self.types, *t, k.typ))
                });
                if dup {
                    // gc names the key by its value ('a' is 97).
                    self.error(ke.span, format!("duplicate key {v} in map literal"));
                } else {
                    seen.push((v.clone(), k.typ));
                }
            }
            let mut x = self.expr_with_hint(ve, Some(value));
            self.assignment(&mut x, value, "map literal");
        }
    }
}
