//! Calls of variadic functions and methods: `f(a, b, c)` packs the arguments past the fixed
//! parameters into a new slice of the final parameter's element type (nil when there are
//! none, as the spec says); `f(a, s...)` passes `s` itself.

use gint_syntax::ast;

use super::*;
use crate::runtime::slice;

impl<'a> Lower<'a> {
    /// The code that evaluates the arguments of a call of the variadic signature `sig` into
    /// the callee's slots, the first at `offset` (after a method's receiver).
    pub(super) fn variadic_args(
        &mut self,
        sig: &crate::types::types::Signature,
        args: &[ast::Expr],
        ellipsis: bool,
        offset: usize,
    ) -> Option<Vec<ArgE>> {
        let fixed = sig.params.len().checked_sub(1)?;
        let last = *sig.params.last()?;
        if ellipsis || args.len() < fixed {
            // `f(a, s...)`: one argument per parameter (the checker made sure of it).
            return Some(
                args.iter().zip(&sig.params).enumerate().map(|(i, (a, &pt))| self.arg(a, pt, i + offset)).collect(),
            );
        }
        let mut pushes: Vec<ArgE> = args[..fixed]
            .iter()
            .zip(&sig.params)
            .enumerate()
            .map(|(i, (a, &pt))| self.arg(a, pt, i + offset))
            .collect();
        let el = self.slice_elem(last)?;
        let items: Vec<Box<dyn Fn(&mut Frame) -> u64>> = args[fixed..]
            .iter()
            .map(|a| -> Box<dyn Fn(&mut Frame) -> u64> {
                match el.class {
                    Class::Int(_) => {
                        let v = self.int(a);
                        Box::new(move |fr| v(fr) as u64)
                    }
                    Class::Float(_) => {
                        let v = self.float(a);
                        Box::new(move |fr| v(fr).to_bits())
                    }
                    Class::Bool => {
                        let v = self.boolean(a);
                        Box::new(move |fr| v(fr) as u64)
                    }
                    Class::Val => Box::new(|_| 0),
                }
            })
            .collect();
        let vals: Vec<ValE> = if el.class == Class::Val {
            args[fixed..].iter().map(|a| self.value_as(a, el.typ)).collect()
        } else {
            Vec::new()
        };
        let slot = fixed + offset;
        let words = el.class != Class::Val;
        let none = args.len() == fixed;
        pushes.push(Box::new(move |fr, base| {
            let s = if none {
                Value::Nil
            } else if words {
                slice::from_words(items.iter().map(|f| f(fr)).collect())
            } else {
                slice::from_vals(vals.iter().map(|f| f(fr)).collect())
            };
            fr.vals[base + slot] = s;
        }));
        Some(pushes)
    }
}
