//! Lowering calls: of declared functions (frames, arguments, results), natives, built-ins
//! and conversions.

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::*;
use crate::types::object::Builtin;

/// `v` as an argument: boxed with dynamic type `rt` when it goes into an interface.
fn boxed(v: Value, rt: &Option<RType>) -> Value {
    match rt {
        Some(rt) => Value::Iface(Rc::new((rt.clone(), v))),
        None => v,
    }
}

impl<'a> Lower<'a> {
    /// The callee of a call: a declared function (by its code) or a native.
    pub(super) fn callee(&mut self, fun: &ast::Expr) -> Option<Callee> {
        let id = match &fun.kind {
            ExprKind::Ident(id) => id,
            // A method is no callee by itself: its code depends on the receiver's type.
            ExprKind::Selector { .. } if self.prog.info.selection(fun.id).is_some() => return None,
            // A method expression `T.M` is called as a function value.
            ExprKind::Selector { x, .. } if self.type_of(x).0 == ExprMode::TypeExpr => return None,
            ExprKind::Selector { sel, .. } => sel,
            ExprKind::Paren(x) | ExprKind::Index { x, .. } => return self.callee(x),
            _ => return None,
        };
        let obj = self.prog.info.object_of(id.id)?;
        let o = self.prog.objs.get(obj);
        // A generic function: the instance the checker recorded, made concrete here.
        let targs: Vec<TypeId> = self.instance_targs(id.id);
        match &o.kind {
            ObjKind::Func(_) => match self.func_code_inst(obj, targs) {
                Some(code) => Some(Callee::Func(code)),
                None => {
                    let pkg = o.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map(|p| p.path.clone())?;
                    Some(Callee::Native(format!("{pkg}.{}", o.name), obj))
                }
            },
            ObjKind::Builtin(b) => Some(Callee::Builtin(*b)),
            _ => None,
        }
    }

    /// `clear(s)` of a slice: its elements (up to its length) become zero values.
    fn slice_clear(&mut self, x: &ast::Expr, span: Span) -> Option<CallE> {
        let (_, t) = self.type_of(x);
        let elem = match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Slice(e) => *e,
            _ => return None,
        };
        let zero = self.fresh_zero(elem, span);
        let s = self.value(x);
        Some(Box::new(move |fr| {
            if let Value::Slice(so) = s(fr) {
                for w in so.words() {
                    w.set(0);
                }
                for v in so.vals() {
                    *v.borrow_mut() = zero();
                }
            }
        }))
    }

    /// The type pointed to, or the type itself if it is no pointer.
    pub(super) fn through_ptr(&self, t: TypeId) -> TypeId {
        self.pointer_elem(t).unwrap_or(t)
    }

    /// The code that evaluates the arguments of call `call` of `fun` into the callee's slots.
    pub(super) fn args(&mut self, fun: &ast::Expr, call: &ast::Expr) -> Option<Vec<ArgE>> {
        // The type the checker gave `fun` is the instance's signature for a generic function.
        let (_, t) = self.type_of(fun);
        let sig = self.prog.types.signature(t)?.clone();
        self.args_for(&sig, call, 0)
    }

    /// The code that evaluates the arguments of call `call` of a function of signature
    /// `sig` into the callee's slots from `first` on (after a method's receiver).
    pub(super) fn args_for(
        &mut self,
        sig: &crate::types::types::Signature,
        call: &ast::Expr,
        first: usize,
    ) -> Option<Vec<ArgE>> {
        let ExprKind::Call { args, ellipsis, .. } = &call.kind else { return None };
        let span = call.span;
        let n = sig.params.len();
        if sig.variadic && ellipsis.is_none() && !(args.len() == 1 && self.is_multi_value(&args[0])) {
            // The arguments past the fixed parameters are packed into a new slice.
            let fixed = n.saturating_sub(1);
            if args.len() < fixed {
                return None;
            }
            let mut pushes: Vec<ArgE> = args[..fixed]
                .iter()
                .zip(&sig.params)
                .enumerate()
                .map(|(i, (a, &pt))| self.arg(a, pt, first + i))
                .collect();
            pushes.push(self.variadic_pack(&args[fixed..], sig.params[fixed], first + fixed)?);
            return Some(pushes);
        }
        if sig.variadic && ellipsis.is_none() {
            return self.multi_variadic_args(sig, &args[0], first);
        }
        if args.len() == 1 && n > 1 {
            // f(g()): g's results become f's arguments.
            let (call, types) = self.multi_call(&args[0])?;
            let classes: Vec<Class> = sig.params.iter().map(|&t| self.class(t)).collect();
            let boxes = self.result_boxes(&sig.params, &types);
            return Some(vec![ArgE::Code(Box::new(move |fr, base| {
                call(fr);
                let vs = std::mem::take(&mut fr.ret_multi);
                for (i, (v, c)) in vs.into_iter().zip(&classes).enumerate() {
                    let v = boxed(v, &boxes[i]);
                    if *c == Class::Val {
                        fr.vals[base + first + i] = v;
                    } else {
                        fr.words[base + first + i] = value_word(&v);
                    }
                }
            }))]);
        }
        if args.len() != n {
            self.unsupported(span, "f(g()) calls of variadic functions");
            return None;
        }
        let mut pushes: Vec<Option<ArgE>> =
            args.iter().zip(&sig.params).enumerate().map(|(i, (a, &pt))| Some(self.arg(a, pt, first + i))).collect();
        // Each argument goes to its own slot, so gc's order is a reordering of the pushes.
        let refs: Vec<&ast::Expr> = args.iter().collect();
        match self.go_order(&refs) {
            Some(order) => Some(order.iter().filter_map(|&i| pushes[i].take()).collect()),
            None => Some(pushes.into_iter().flatten().collect()),
        }
    }

    /// `f(g())` of a variadic f: g's results fill f's fixed parameters, the rest are
    /// packed into the variadic slice.
    fn multi_variadic_args(
        &mut self,
        sig: &crate::types::types::Signature,
        g: &ast::Expr,
        first: usize,
    ) -> Option<Vec<ArgE>> {
        let (call, types) = self.multi_call(g)?;
        let fixed = sig.params.len() - 1;
        let el = self.slice_elem(sig.params[fixed])?;
        let params: Vec<TypeId> = (0..types.len()).map(|i| if i < fixed { sig.params[i] } else { el.typ }).collect();
        let boxes = self.result_boxes(&params, &types);
        let classes: Vec<Class> = sig.params[..fixed].iter().map(|&t| self.class(t)).collect();
        let words = el.class != Class::Val;
        Some(vec![ArgE::Code(Box::new(move |fr, base| {
            call(fr);
            let vs = std::mem::take(&mut fr.ret_multi);
            let mut vs = vs.into_iter().zip(&boxes).map(|(v, b)| boxed(v, b));
            for (i, c) in classes.iter().enumerate() {
                let v = vs.next().unwrap_or_default();
                if *c == Class::Val {
                    fr.vals[base + first + i] = v;
                } else {
                    fr.words[base + first + i] = value_word(&v);
                }
            }
            let rest: Vec<Value> = vs.collect();
            fr.vals[base + first + fixed] = if rest.is_empty() {
                Value::Nil
            } else if words {
                crate::runtime::slice::from_words(rest.iter().map(value_word).collect())
            } else {
                crate::runtime::slice::from_vals(rest)
            };
        }))])
    }

    /// For each result of a call (of types `results`) passed to a parameter (of types
    /// `params`): the dynamic type it is boxed with, where an interface receives a concrete
    /// value.
    pub(super) fn result_boxes(&mut self, params: &[TypeId], results: &[TypeId]) -> Vec<Option<RType>> {
        params
            .iter()
            .zip(results)
            .map(|(&pt, &rt)| {
                if self.prog.types.is_interface(pt) && !self.prog.types.is_interface(rt) {
                    self.ensure_methods(rt);
                    Some(self.rtype(rt))
                } else {
                    None
                }
            })
            .collect()
    }

    /// Whether `e` is a call with several results.
    fn is_multi_value(&self, e: &ast::Expr) -> bool {
        self.prog.types.tuple_elems(self.type_of(e).1).is_some_and(|t| t.len() > 1)
    }

    /// The variadic arguments `extra` packed into a new slice of type `st` (nil when there
    /// are none, as in Go), stored in slot `i`.
    fn variadic_pack(&mut self, extra: &[ast::Expr], st: TypeId, i: usize) -> Option<ArgE> {
        if extra.is_empty() {
            return Some(ArgE::Code(Box::new(move |fr, base| fr.vals[base + i] = Value::Nil)));
        }
        let el = self.slice_elem(st)?;
        let vals: Vec<ValE> = extra.iter().map(|a| self.value_as(a, el.typ)).collect();
        let words = el.class != Class::Val;
        Some(ArgE::Code(Box::new(move |fr, base| {
            let v = if words {
                let w: Vec<u64> = vals.iter().map(|v| value_word(&v(fr))).collect();
                crate::runtime::slice::from_words(w)
            } else {
                let vs: Vec<Value> = vals.iter().map(|v| v(fr)).collect();
                crate::runtime::slice::from_vals(vs)
            };
            fr.vals[base + i] = v;
        })))
    }

    pub(super) fn arg(&mut self, a: &ast::Expr, pt: TypeId, i: usize) -> ArgE {
        match self.class(pt) {
            Class::Int(_) => ArgE::Int(self.int(a), i),
            Class::Float(_) => ArgE::Float(self.float(a), i),
            Class::Bool => ArgE::Bool(self.boolean(a), i),
            Class::Val => ArgE::Val(self.value_as(a, pt), i),
        }
    }

    /// A call of a declared function; the result is left in the frame's return registers.
    pub(super) fn call_code(&mut self, e: &ast::Expr) -> Option<CallE> {
        let deferring = self.deferring;
        let errors = self.errors.len();
        let Some(c) = self.call_code_untracked(e) else {
            // Every caller runs nothing for a call it got no code for: unless a more precise
            // error was given, say so, so that no call is ever silently skipped.
            if self.errors.len() == errors {
                self.unsupported(e.span, "this call");
            }
            return None;
        };
        Some(self.track_site(e, c, deferring))
    }

    fn call_code_untracked(&mut self, e: &ast::Expr) -> Option<CallE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return None;
        };
        // `x.M[T](args)`: a generic method (Go 1.27) with explicit type arguments.
        if let ExprKind::Index { x, .. } = &fun.kind {
            if matches!(self.prog.info.selection(x.id), Some(crate::types::lookup::Selection::Method { .. })) {
                return self.method_call_inst(e, x, fun, args);
            }
        }
        // `I.M(x, args)`: a method expression of an interface type (or of a type parameter,
        // `T.M(x)`), called as a value.
        if let ExprKind::Selector { x, .. } = &fun.kind {
            let of_type_param =
                matches!(self.prog.info.selection(fun.id), Some(crate::types::lookup::Selection::IfaceMethod { .. }));
            if self.type_of(x).0 == ExprMode::TypeExpr
                && (of_type_param || self.prog.types.is_interface(self.type_of(x).1))
            {
                return self.dyn_call(e, fun);
            }
        }
        match self.prog.info.selection(fun.id) {
            Some(crate::types::lookup::Selection::Method { .. }) => return self.method_call(e, fun, args),
            Some(crate::types::lookup::Selection::IfaceMethod { .. }) => {
                // A method of a type parameter's constraint, on a concrete type argument.
                if let ExprKind::Selector { x, .. } = &fun.kind {
                    let declared = self.prog.info.type_of(x.id).map(|tv| tv.typ);
                    let generic = declared.is_some_and(|t| {
                        self.prog.types.is_type_param(t) || self.prog.types.is_type_param(self.through_ptr(t))
                    });
                    let (_, xt) = self.type_of(x);
                    if generic
                        && !self.prog.types.is_interface(xt)
                        && !self.prog.types.is_interface(self.through_ptr(xt))
                    {
                        return self.method_call(e, fun, args);
                    }
                }
                return self.iface_call(e, fun);
            }
            _ => {}
        }
        match self.callee(fun) {
            Some(Callee::Func(code)) => {
                let deferring = std::mem::take(&mut self.deferring);
                let pushes = self.args(fun, e)?;
                if deferring {
                    return Some(Box::new(move |fr| {
                        let saved_top = fr.top;
                        let base = fr.reserve(code.size);
                        fr.top = base + code.size;
                        for p in &pushes {
                            p.put(fr, base);
                        }
                        super::defers::push_deferred(fr, code.clone(), None, base);
                        fr.top = saved_top;
                    }));
                }
                Some(direct_call(code, pushes, |_| ()))
            }
            Some(Callee::Native(name, obj)) => {
                if !self.deferring {
                    if let Some(f) = self.std_native_call(&name, e) {
                        return Some(f);
                    }
                    if let Some(f) = self.fprint_call(&name, obj, e) {
                        return Some(f);
                    }
                }
                if std::mem::take(&mut self.deferring) {
                    return crate::eval::natives::lower_native_deferred(self, &name, obj, args, e.span);
                }
                self.set_spread(e);
                let f = crate::eval::natives::lower_native(self, &name, obj, args, e.span);
                self.spread = false;
                f
            }
            Some(Callee::Builtin(b)) => {
                if b == crate::types::object::Builtin::Close && std::mem::take(&mut self.deferring) {
                    // `defer close(ch)`: the channel is evaluated now, closed later.
                    let c = self.value(args.first()?);
                    return Some(Box::new(move |fr| {
                        let c = c(fr);
                        fr.defers.push(Box::new(move |_: &mut Frame| crate::runtime::chan::close(&c)));
                    }));
                }
                if std::mem::take(&mut self.deferring) {
                    return self.defer_builtin(e, b, args);
                }
                match b {
                    crate::types::object::Builtin::Panic => return self.panic_call(args),
                    crate::types::object::Builtin::Recover => return Some(self.recover_call()),
                    _ => {}
                }
                if let Some(f) = self.map_builtin_stmt(b, args) {
                    return Some(f);
                }
                if b == crate::types::object::Builtin::Close {
                    if let Some(f) = self.chan_close(args) {
                        return Some(f);
                    }
                }
                if matches!(b, crate::types::object::Builtin::Print | crate::types::object::Builtin::Println) {
                    return Some(self.print_builtin(args, b == crate::types::object::Builtin::Println));
                }
                if b == crate::types::object::Builtin::Clear {
                    if let Some(f) = self.slice_clear(&args[0], e.span) {
                        return Some(f);
                    }
                }
                self.unsupported(e.span, &format!("the built-in {}", b.name()));
                None
            }
            // A function value: in a variable, a struct field (`s.less(i, j)`), an element.
            None if self.prog.types.signature(self.type_of(fun).1).is_some() => self.dyn_call(e, fun),
            None => {
                self.unsupported(e.span, "calls of methods or conversions");
                None
            }
        }
    }

    pub(super) fn call_stmt(&mut self, e: &ast::Expr) -> Box<dyn Fn(&mut Frame)> {
        if let ExprKind::Call { fun, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) {
                let v = self.value(e);
                return Box::new(move |fr| {
                    v(fr);
                });
            }
        }
        self.call_code(e).unwrap_or_else(|| Box::new(|_| {}))
    }

    pub(super) fn call_int(&mut self, e: &ast::Expr) -> IntE {
        if let Some(conv) = self.conversion_int(e) {
            return conv;
        }
        if let Some(b) = self.builtin_int(e) {
            return b;
        }
        if let Some(f) = self.direct_call_of(e, |fr| fr.ret_word as i64, |_| 0) {
            return f;
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                fr.ret_word as i64
            }),
            None => Box::new(|_| 0),
        }
    }

    pub(super) fn call_float(&mut self, e: &ast::Expr) -> FloatE {
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) && args.len() == 1 {
                let (_, at) = self.type_of(&args[0]);
                let (_, t) = self.type_of(e);
                let f32 = matches!(self.class(t), Class::Float(true));
                return match self.class(at) {
                    Class::Int(k) => {
                        let v = self.int(&args[0]);
                        if k.is_unsigned() {
                            Box::new(move |fr| round32(v(fr) as u64 as f64, f32))
                        } else {
                            Box::new(move |fr| round32(v(fr) as f64, f32))
                        }
                    }
                    _ => {
                        let v = self.float(&args[0]);
                        Box::new(move |fr| round32(v(fr), f32))
                    }
                };
            }
        }
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if let Some(Callee::Builtin(b @ (Builtin::Min | Builtin::Max))) = self.callee(fun) {
                return self.min_max_float(e, b == Builtin::Min, args);
            }
            if let Some(Callee::Native(name, _)) = self.callee(fun) {
                if let Some(f) = crate::eval::natives::lower_native_float(self, &name, args) {
                    return f;
                }
            }
        }
        if let Some(f) = self.direct_call_of(e, |fr| f64::from_bits(fr.ret_word), |_| 0.0) {
            return f;
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                f64::from_bits(fr.ret_word)
            }),
            None => Box::new(|_| 0.0),
        }
    }

    pub(super) fn call_value(&mut self, e: &ast::Expr) -> ValE {
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) {
                if let [a] = args.as_slice() {
                    if let Some(v) = self.conversion_same_repr(e, a) {
                        return v;
                    }
                    if let Some(v) = self.slice_to_array(e, a) {
                        return v;
                    }
                }
                self.unsupported(e.span, "this conversion");
                return Box::new(|_| Value::Nil);
            }
        }
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            if let Some(Callee::Builtin(b @ (Builtin::Min | Builtin::Max))) = self.callee(fun) {
                return self.min_max_string(e, b == Builtin::Min, args);
            }
        }
        if let Some(Callee::Native(name, obj)) = match &e.kind {
            ExprKind::Call { fun, .. } => self.callee(fun),
            _ => None,
        } {
            if let ExprKind::Call { args, .. } = &e.kind {
                self.set_spread(e);
                let v = crate::eval::natives::lower_native_value(self, &name, obj, args, e.span);
                self.spread = false;
                if let Some(v) = v {
                    return v;
                }
            }
        }
        if let Some(f) = self.direct_call_of(e, |fr| std::mem::take(&mut fr.ret_val), |_| Value::Nil) {
            return f;
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                std::mem::take(&mut fr.ret_val)
            }),
            None => Box::new(|_| Value::Nil),
        }
    }

    /// A conversion `T(x)` that keeps x's representation: to an interface type (`any(x)`,
    /// `error(e)`; from an interface, the dynamic type stays), or between types of
    /// identical underlying types (`Celsius(t)`, `ByAge(people)`, `(*T)(p)`).
    fn conversion_same_repr(&mut self, e: &ast::Expr, a: &ast::Expr) -> Option<ValE> {
        let (_, t) = self.type_of(e);
        let (_, at) = self.type_of(a);
        let types = &self.prog.types;
        if types.is_interface(t) {
            return Some(if types.is_interface(at) { self.value(a) } else { self.to_iface(a, at) });
        }
        let same =
            |x: TypeId, y: TypeId| crate::types::predicates::identical(types, types.underlying(x), types.underlying(y));
        let same_ptr = match (self.pointer_elem(t), self.pointer_elem(at)) {
            (Some(p), Some(q)) => same(p, q),
            _ => false,
        };
        // A bidirectional channel converts to a directional channel type of its element:
        // the same channel.
        let same_chan = match (self.chan_elem(t), self.chan_elem(at)) {
            (Some(p), Some(q)) => crate::types::predicates::identical(types, p, q),
            _ => false,
        };
        let nil = types.basic_kind(at) == Some(BasicKind::UntypedNil);
        if same(t, at) || same_ptr || same_chan || nil {
            return Some(self.value(a));
        }
        None
    }

    /// Integer conversions `T(x)`.
    pub(super) fn conversion_int(&mut self, e: &ast::Expr) -> Option<IntE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return None;
        };
        if !self.prog.info.type_of(fun.id).is_some_and(|t| t.mode == ExprMode::TypeExpr) || args.len() != 1 {
            return None;
        }
        let (_, t) = self.type_of(e);
        let Class::Int(k) = self.class(t) else {
            return None;
        };
        let (_, at) = self.type_of(&args[0]);
        Some(match self.class(at) {
            Class::Float(_) => {
                let v = self.float(&args[0]);
                if k.is_unsigned() {
                    Box::new(move |fr| k.wrap(v(fr) as u64 as i64))
                } else {
                    Box::new(move |fr| k.wrap(v(fr) as i64))
                }
            }
            _ => {
                let v = self.int(&args[0]);
                Box::new(move |fr| k.wrap(v(fr)))
            }
        })
    }

    /// `len(s)` of a string.
    pub(super) fn builtin_int(&mut self, e: &ast::Expr) -> Option<IntE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return None;
        };
        let Some(Callee::Builtin(b)) = self.callee(fun) else {
            return None;
        };
        if let Some(f) = self.min_max_int(e, b, args) {
            return Some(f);
        }
        if b == crate::types::object::Builtin::Len {
            if let Some(f) = self.map_len(&args[0]) {
                return Some(f);
            }
        }
        if let Some(f) = self.chan_len_cap(b, args) {
            return Some(f);
        }
        if let Some(f) = self.slice_builtin_int(b, args) {
            return Some(f);
        }
        if b == crate::types::object::Builtin::Len {
            let (_, at) = self.type_of(&args[0]);
            if self.prog.types.basic_kind(at).is_some_and(|k| k.is_string()) {
                if let Some(slot) = self.local_val_slot(&args[0]) {
                    return Some(Box::new(move |fr| fr.val(slot).str().len() as i64));
                }
                let v = self.value(&args[0]);
                return Some(Box::new(move |fr| v(fr).str().len() as i64));
            }
        }
        None
    }

    /// `defer close(ch)`, `defer delete(m, k)` and `defer println(…)`: the arguments are
    /// evaluated now, the built-in runs with the deferred calls.
    fn defer_builtin(&mut self, e: &ast::Expr, b: Builtin, args: &[ast::Expr]) -> Option<CallE> {
        if matches!(b, Builtin::Print | Builtin::Println) {
            if let Some(f) = self.defer_print(args, b == Builtin::Println) {
                return Some(f);
            }
        }
        let vals: Vec<ValE> = match b {
            Builtin::Close if self.chan_elem(self.type_of(&args[0]).1).is_some() => vec![self.value(&args[0])],
            Builtin::Delete => {
                let (kt, _) = self.map_types(self.type_of(&args[0]).1)?;
                vec![self.value(&args[0]), self.value_as(&args[1], kt)]
            }
            _ => {
                self.unsupported(e.span, &format!("defer of the built-in {}", b.name()));
                return None;
            }
        };
        Some(Box::new(move |fr| {
            let vs: Vec<Value> = vals.iter().map(|v| v(fr)).collect();
            fr.defers.push(Box::new(move |_| match (b, vs.as_slice()) {
                (Builtin::Close, [c]) => crate::runtime::chan::close(c),
                (_, [Value::Map(m), k]) => m.borrow_mut().delete(k),
                _ => {}
            }));
        }))
    }

    /// `min(x, y, …)` and `max(x, y, …)` of integers.
    fn min_max_int(&mut self, e: &ast::Expr, b: Builtin, args: &[ast::Expr]) -> Option<IntE> {
        if !matches!(b, Builtin::Min | Builtin::Max) {
            return None;
        }
        let (_, t) = self.type_of(e);
        let Class::Int(k) = self.class(t) else { return None };
        let xs: Vec<IntE> = args.iter().map(|a| self.int(a)).collect();
        let min = b == Builtin::Min;
        Some(Box::new(move |fr| {
            let mut r = xs[0](fr);
            for x in &xs[1..] {
                let v = x(fr);
                let less = if k.is_unsigned() { (v as u64) < (r as u64) } else { v < r };
                if less == min && v != r {
                    r = v;
                }
            }
            r
        }))
    }

    /// `min`/`max` of floats: a NaN operand makes the result NaN, and -0 is less than +0.
    fn min_max_float(&mut self, e: &ast::Expr, min: bool, args: &[ast::Expr]) -> FloatE {
        let _ = e;
        let xs: Vec<FloatE> = args.iter().map(|a| self.float(a)).collect();
        Box::new(move |fr| {
            let mut r = xs[0](fr);
            for x in &xs[1..] {
                let v = x(fr);
                r = if r.is_nan() || v.is_nan() {
                    f64::NAN
                } else if min {
                    if v < r || (v == 0.0 && r == 0.0 && v.is_sign_negative()) {
                        v
                    } else {
                        r
                    }
                } else if v > r || (v == 0.0 && r == 0.0 && v.is_sign_positive()) {
                    v
                } else {
                    r
                };
            }
            r
        })
    }

    /// `min`/`max` of strings (byte-wise order).
    fn min_max_string(&mut self, e: &ast::Expr, min: bool, args: &[ast::Expr]) -> ValE {
        let (_, t) = self.type_of(e);
        let xs: Vec<ValE> = args.iter().map(|a| self.value_as(a, t)).collect();
        Box::new(move |fr| {
            let mut r = xs[0](fr);
            for x in &xs[1..] {
                let v = x(fr);
                if (v.str() < r.str()) == min && v.str() != r.str() {
                    r = v;
                }
            }
            r
        })
    }

    /// A call with several results (its code leaves them in `ret_multi`), and their types.
    pub(in crate::eval) fn multi_call(&mut self, e: &ast::Expr) -> Option<(CallE, Vec<TypeId>)> {
        let (_, t) = self.type_of(e);
        let types = self.prog.types.tuple_elems(t)?.to_vec();
        if types.len() < 2 {
            return None;
        }
        Some((self.call_code(e)?, types))
    }

    /// Whether the native call being lowered spreads its last argument (`xs...`); reading
    /// it clears it.
    pub(in crate::eval) fn take_spread(&mut self) -> bool {
        std::mem::take(&mut self.spread)
    }

    /// Marks the native call `e` as spreading its last argument, if it does.
    pub(super) fn set_spread(&mut self, e: &ast::Expr) {
        self.spread = matches!(&e.kind, ExprKind::Call { ellipsis: Some(_), .. });
    }

    pub(in crate::eval) fn type_of_expr(&self, e: &ast::Expr) -> TypeId {
        self.type_of(e).1
    }

    pub(in crate::eval) fn rtype_of(&self, t: TypeId) -> RType {
        self.rtype(t)
    }

    pub(in crate::eval) fn unsupported_at(&mut self, span: Span, what: &str) {
        self.unsupported(span, what);
    }

    pub(in crate::eval) fn is_interface(&self, t: TypeId) -> bool {
        self.prog.types.is_interface(t)
    }
}

impl<'a> Lower<'a> {
    /// The parameter types of the function or method `obj` (receiver excluded), if it is
    /// not variadic.
    pub(in crate::eval) fn param_types(&self, obj: ObjId) -> Option<Vec<TypeId>> {
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?;
        (!sig.variadic).then(|| sig.params.clone())
    }
}

/// The code of a call of the declared function `code` with arguments `pushes`, then
/// `read` of its result, as one closure: a call of a known function costs no indirect
/// call beyond its body and its arguments' code. The common argument counts are unrolled.
pub(super) fn direct_call<R: 'static>(
    code: Rc<FuncCode>,
    pushes: Vec<ArgE>,
    read: impl Fn(&mut Frame) -> R + Copy + 'static,
) -> Box<dyn Fn(&mut Frame) -> R> {
    let mut it = pushes.into_iter();
    match (it.next(), it.next(), it.next()) {
        (None, _, _) => Box::new(move |fr| {
            enter_direct(fr, &code, |_, _| {});
            read(fr)
        }),
        (Some(p0), None, _) => Box::new(move |fr| {
            enter_direct(fr, &code, |fr, base| p0.put(fr, base));
            read(fr)
        }),
        (Some(p0), Some(p1), None) => Box::new(move |fr| {
            enter_direct(fr, &code, |fr, base| {
                p0.put(fr, base);
                p1.put(fr, base);
            });
            read(fr)
        }),
        (Some(p0), Some(p1), Some(p2)) => {
            let rest: Vec<ArgE> = [p0, p1, p2].into_iter().chain(it).collect();
            Box::new(move |fr| {
                enter_direct(fr, &code, |fr, base| {
                    for p in &rest {
                        p.put(fr, base);
                    }
                });
                read(fr)
            })
        }
    }
}

/// Calls `code`: its window is reserved first, so that calls made while `push` evaluates
/// the arguments build their frames above it.
#[inline(always)]
fn enter_direct(fr: &mut Frame, code: &FuncCode, push: impl Fn(&mut Frame, usize)) {
    let saved_top = fr.top;
    let base = fr.reserve(code.size);
    fr.top = base + code.size;
    push(fr, base);
    call(fr, code, base);
    fr.top = saved_top;
}

impl<'a> Lower<'a> {
    /// The code of call `e` reading its result with `read`, as one closure, when `e` calls
    /// a declared function, a method, a function value or an interface method and its site
    /// is not tracked (the same code `call_code` makes, fused with the read); None for any
    /// other call. A call that cannot be lowered is reported here (its code is `fallback`).
    pub(super) fn direct_call_of<R: 'static>(
        &mut self,
        e: &ast::Expr,
        read: impl Fn(&mut Frame) -> R + Copy + 'static,
        fallback: impl Fn(&mut Frame) -> R + 'static,
    ) -> Option<Box<dyn Fn(&mut Frame) -> R>> {
        use crate::types::lookup::Selection;
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        if self.deferring || self.site_tracked(e) {
            return None;
        }
        match &fun.kind {
            ExprKind::Index { x, .. } if self.prog.info.selection(x.id).is_some() => return None,
            ExprKind::Selector { x, .. } if self.type_of(x).0 == ExprMode::TypeExpr => return None,
            _ => {}
        }
        let errors = self.errors.len();
        let code = match self.prog.info.selection(fun.id) {
            Some(Selection::Method { .. }) => match self.method_parts(e, fun, fun, args) {
                Some(super::methods::MethodParts::Code(code, pushes)) => Some(direct_call(code, pushes, read)),
                Some(super::methods::MethodParts::Native(f)) => Some(Box::new(move |fr: &mut Frame| {
                    f(fr);
                    read(fr)
                })
                    as Box<dyn Fn(&mut Frame) -> R>),
                None => None,
            },
            Some(Selection::IfaceMethod { .. }) => {
                // A method of a type parameter's constraint is left to `call_code`.
                let ExprKind::Selector { x, .. } = &fun.kind else { return None };
                let declared = self.prog.info.type_of(x.id).map(|tv| tv.typ);
                if declared.is_some_and(|t| {
                    self.prog.types.is_type_param(t) || self.prog.types.is_type_param(self.through_ptr(t))
                }) {
                    return None;
                }
                self.iface_parts(e, fun)
                    .map(|(xv, id, name, pushes)| super::methods::iface_call_code(xv, id, name, pushes, read))
            }
            Some(_) if self.prog.types.signature(self.type_of(fun).1).is_some() => {
                self.dyn_parts(e, fun).map(|(f, pushes, n)| super::closures::dyn_call_code(f, pushes, n, read))
            }
            Some(_) => return None,
            None => match self.callee(fun) {
                Some(Callee::Func(code)) => self.args(fun, e).map(|pushes| direct_call(code, pushes, read)),
                None if self.prog.types.signature(self.type_of(fun).1).is_some() => {
                    self.dyn_parts(e, fun).map(|(f, pushes, n)| super::closures::dyn_call_code(f, pushes, n, read))
                }
                _ => return None,
            },
        };
        Some(code.unwrap_or_else(|| {
            if self.errors.len() == errors {
                self.unsupported(e.span, "this call");
            }
            Box::new(fallback)
        }))
    }
}
