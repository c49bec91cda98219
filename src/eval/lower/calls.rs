//! Lowering calls: of declared functions (frames, arguments, results), natives, built-ins
//! and conversions.

use gint_syntax::ast::{self, ExprKind};
use gint_syntax::span::Span;

use super::*;

impl<'a> Lower<'a> {
    /// The callee of a call: a declared function (by its code) or a native.
    pub(super) fn callee(&mut self, fun: &ast::Expr) -> Option<Callee> {
        let id = match &fun.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            ExprKind::Paren(x) => return self.callee(x),
            _ => return None,
        };
        let obj = self.prog.info.object_of(id.id)?;
        let o = self.prog.objs.get(obj);
        match &o.kind {
            ObjKind::Func(_) => match self.func_code(obj) {
                Some(code) => Some(Callee::Func(code, obj)),
                None => {
                    let pkg = o.pkg.and_then(|p| self.prog.packages.get(p.0 as usize)).map(|p| p.path.clone())?;
                    Some(Callee::Native(format!("{pkg}.{}", o.name), obj))
                }
            },
            ObjKind::Builtin(b) => Some(Callee::Builtin(*b)),
            _ => None,
        }
    }

    /// The code that evaluates the arguments of a call to `obj` into the callee's slots.
    pub(super) fn args(&mut self, obj: ObjId, call: &ast::Expr) -> Option<Vec<ArgE>> {
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        self.args_for(&sig, call)
    }

    /// The code that evaluates the arguments of a call of a function of signature `sig`.
    pub(super) fn args_for(&mut self, sig: &crate::types::types::Signature, call: &ast::Expr) -> Option<Vec<ArgE>> {
        let ExprKind::Call { args, ellipsis, .. } = &call.kind else { return None };
        let span = call.span;
        let spread = args.len() == 1 && self.prog.types.tuple_elems(self.type_of(&args[0]).1).is_some();
        if sig.variadic && !spread {
            return self.variadic_args(sig, args, ellipsis.is_some(), 0);
        }
        if args.len() == 1 && sig.params.len() > 1 && !sig.variadic {
            // f(g()): g's results become f's arguments.
            let call = self.call_code(&args[0])?;
            let classes: Vec<Class> = sig.params.iter().map(|&t| self.class(t)).collect();
            let any_iface = sig.params.iter().any(|&t| self.prog.types.is_interface(t));
            if any_iface {
                self.unsupported(span, "f(g()) with interface parameters");
                return None;
            }
            return Some(vec![Box::new(move |fr, base| {
                call(fr);
                let vs = std::mem::take(&mut fr.ret_multi);
                for (i, (v, c)) in vs.into_iter().zip(&classes).enumerate() {
                    if *c == Class::Val {
                        fr.vals[base + i] = v;
                    } else {
                        fr.words[base + i] = value_word(&v);
                    }
                }
            })]);
        }
        if sig.variadic || args.len() != sig.params.len() {
            self.unsupported(span, "variadic calls or f(g()) calls");
            return None;
        }
        Some(args.iter().zip(&sig.params).enumerate().map(|(i, (a, &pt))| self.arg(a, pt, i)).collect())
    }

    pub(super) fn arg(&mut self, a: &ast::Expr, pt: TypeId, i: usize) -> ArgE {
        match self.class(pt) {
            Class::Int(_) => {
                let v = self.int(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x as u64;
                })
            }
            Class::Float(_) => {
                let v = self.float(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x.to_bits();
                })
            }
            Class::Bool => {
                let v = self.boolean(a);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.words[base + i] = x as u64;
                })
            }
            Class::Val => {
                let v = self.value_as(a, pt);
                Box::new(move |fr, base| {
                    let x = v(fr);
                    fr.vals[base + i] = x;
                })
            }
        }
    }

    /// A call of a declared function; the result is left in the frame's return registers.
    pub(super) fn call_code(&mut self, e: &ast::Expr) -> Option<CallE> {
        let c = self.call_code_untracked(e)?;
        Some(self.track_site(e.span, c))
    }

    fn call_code_untracked(&mut self, e: &ast::Expr) -> Option<CallE> {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return None;
        };
        match self.prog.info.selection(fun.id) {
            Some(crate::types::lookup::Selection::Method { .. }) => return self.method_call(e, fun, args),
            Some(crate::types::lookup::Selection::IfaceMethod { .. }) => return self.iface_call(e, fun, args),
            _ => {}
        }
        match self.callee(fun) {
            Some(Callee::Func(code, obj)) => {
                let deferring = std::mem::take(&mut self.deferring);
                let pushes = self.args(obj, e)?;
                if deferring {
                    return Some(Box::new(move |fr| {
                        let saved_top = fr.top;
                        let base = fr.reserve(code.size);
                        fr.top = base + code.size;
                        for p in &pushes {
                            p(fr, base);
                        }
                        super::defers::push_deferred(fr, code.clone(), None, base);
                        fr.top = saved_top;
                    }));
                }
                Some(Box::new(move |fr| {
                    // The callee's window is reserved first, so that calls made while its
                    // arguments are evaluated build their frames above it.
                    let saved_top = fr.top;
                    let base = fr.reserve(code.size);
                    fr.top = base + code.size;
                    for p in &pushes {
                        p(fr, base);
                    }
                    call(fr, &code, base);
                    fr.top = saved_top;
                }))
            }
            Some(Callee::Native(name, obj)) => {
                self.native_spread = matches!(&e.kind, ExprKind::Call { ellipsis: Some(_), .. });
                if std::mem::take(&mut self.deferring) {
                    return crate::eval::natives::lower_native_deferred(self, &name, args, e.span);
                }
                let f = crate::eval::natives::lower_native(self, &name, obj, args, e.span)?;
                Some(f)
            }
            Some(Callee::Builtin(b)) => {
                if std::mem::take(&mut self.deferring) {
                    self.unsupported(e.span, &format!("defer of the built-in {}", b.name()));
                    return None;
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
                self.unsupported(e.span, &format!("the built-in {}", b.name()));
                None
            }
            None if self.prog.types.signature(self.type_of(fun).1).is_some()
                && !matches!(&fun.kind, ExprKind::Selector { .. }) =>
            {
                self.dyn_call(e, fun, args)
            }
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
            if let Some(Callee::Native(name, _)) = self.callee(fun) {
                if let Some(f) = crate::eval::natives::lower_native_float(self, &name, args) {
                    return f;
                }
            }
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
                self.unsupported(e.span, "this conversion");
                let _ = args;
                return Box::new(|_| Value::Nil);
            }
        }
        if let Some(Callee::Native(name, obj)) = match &e.kind {
            ExprKind::Call { fun, .. } => self.callee(fun),
            _ => None,
        } {
            if let ExprKind::Call { args, ellipsis, .. } = &e.kind {
                self.native_spread = ellipsis.is_some();
                if let Some(v) = crate::eval::natives::lower_native_value(self, &name, obj, args, e.span) {
                    return v;
                }
            }
        }
        match self.call_code(e) {
            Some(c) => Box::new(move |fr| {
                c(fr);
                std::mem::take(&mut fr.ret_val)
            }),
            None => Box::new(|_| Value::Nil),
        }
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
                let v = self.value(&args[0]);
                return Some(Box::new(move |fr| v(fr).str().len() as i64));
            }
        }
        None
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
