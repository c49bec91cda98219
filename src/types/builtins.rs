//! Calls of the predeclared functions (go/types' builtins.go).

use gint_syntax::ast;
use gint_syntax::span::Span;

use super::check::Checker;
use super::constant::{self, Value};
use super::object::Builtin;
use super::operand::{Mode, Operand};
use super::types::{BasicKind, ChanDir, Type, TypeId};

impl<'a> Checker<'a> {
    pub(super) fn builtin(
        &mut self,
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
        ellipsis: Option<Span>,
        hint: Option<TypeId>,
    ) -> Operand {
        let name = b.name();
        let bad = |c: &Self| Operand::invalid(e.span, c.invalid_type());
        let value = |mode: Mode, typ: TypeId| Operand { mode, typ, id: None, span: e.span };
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            for a in args {
                self.expr(a);
            }
            return bad(self);
        }
        // `complex(f())` with a two-result f: its results are the arguments.
        let mut spread: Option<(Operand, Operand)> = None;
        if let (Builtin::Complex, [call @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }]) = (b, args) {
            {
                let ops = self.expr_list_value(call);
                match <[Operand; 2]>::try_from(ops) {
                    Ok([x, y]) => spread = Some((x, y)),
                    Err(ops) if ops.is_empty() => return bad(self),
                    Err(ops) => {
                        let s = self.expr_string(e);
                        // (gc reports a spread call's count at the call itself.)
                        let msg = if ops.len() < 2 { "not enough" } else { "too many" };
                        self.error(
                            e.span,
                            format!("invalid operation: {msg} arguments for {s} (expected 2, found {})", ops.len()),
                        );
                        return bad(self);
                    }
                }
            }
        }
        // Argument counts.
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
        };
        if spread.is_none() && (args.len() < min || max.is_some_and(|m| args.len() > m)) {
            let msg = if args.len() < min { "not enough" } else { "too many" };
            let s = self.expr_string(e);
            let at = if args.len() < min {
                match &e.kind {
                    ast::ExprKind::Call { rparen, .. } => *rparen,
                    _ => e.span,
                }
            } else {
                args[max.unwrap_or(0)].span
            };
            self.error(
                at,
                format!("invalid operation: {msg} arguments for {s} (expected {min}, found {})", args.len()),
            );
            for a in args {
                self.expr_or_type(a);
            }
            return bad(self);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let mut x = self.expr(&args[0]);
                self.single_value(&mut x);
                if x.is_invalid() {
                    return bad(self);
                }
                let int = self.basic(BasicKind::Int);
                let under = self.types.core(x.typ);
                let (ok, constant_len) = match self.types.get(under).clone() {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        let n = match &x.mode {
                            Mode::Constant(Value::String(s)) => Some(s.len() as u64),
                            _ => None,
                        };
                        (true, n)
                    }
                    Type::Array { len, .. } => {
                        (true, if self.has_no_calls_or_receives(&args[0]) { Some(len) } else { None })
                    }
                    Type::Pointer(_) if self.pointer_to_array(x.typ).is_some() => {
                        let len = self.pointer_to_array(x.typ).map(|p| p.0);
                        (true, if self.has_no_calls_or_receives(&args[0]) { len } else { None })
                    }
                    Type::Slice(_) | Type::Chan { .. } => (true, None),
                    Type::Map { .. } if b == Builtin::Len => (true, None),
                    // A type parameter without a core type: every type of its set must do.
                    _ if self.type_set_every(x.typ, |t, u| match t.get(u) {
                        Type::Basic(k) => k.is_string() && b == Builtin::Len,
                        Type::Map { .. } => b == Builtin::Len,
                        Type::Array { .. } | Type::Slice(_) | Type::Chan { .. } => true,
                        _ => false,
                    }) =>
                    {
                        (true, None)
                    }
                    _ => (false, None),
                };
                if !ok {
                    let s = self.expr_string(&args[0]);
                    let d = self.operand_description(&x);
                    self.error(args[0].span, format!("invalid argument: {s} ({d}) for built-in {name}"));
                    return bad(self);
                }
                match constant_len {
                    Some(n) => value(Mode::Constant(Value::Int(n.into())), int),
                    None => value(Mode::Value, int),
                }
            }
            Builtin::Append => {
                // `append(f())`: f's first result is the slice, the others are appended.
                if let [call @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] = args {
                    let mut ops = self.expr_list_value(call).into_iter();
                    let Some(s) = ops.next() else { return bad(self) };
                    let Type::Slice(elem) = self.types.get(self.types.core(s.typ)).clone() else {
                        let have = self.slice_arg_have(&s, call);
                        self.error(call.span, format!("invalid append: argument must be a slice; have {have}"));
                        return bad(self);
                    };
                    for mut x in ops {
                        self.assignment(&mut x, elem, "argument to append");
                    }
                    return value(Mode::Value, s.typ);
                }
                let mut s = self.expr_with_hint(&args[0], hint);
                self.single_value(&mut s);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return bad(self);
                }
                let Type::Slice(elem) = self.types.get(self.types.core(s.typ)).clone() else {
                    let have = self.slice_arg_have(&s, &args[0]);
                    self.error(args[0].span, format!("invalid append: argument must be a slice; have {have}"));
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return bad(self);
                };
                if ellipsis.is_some() {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return bad(self);
                    }
                    let mut x = self.expr(&args[1]);
                    // append([]byte, string...) is allowed.
                    let byte_slice = self.types.basic_kind(elem) == Some(BasicKind::Uint8);
                    if byte_slice && self.types.basic_kind(x.typ).is_some_and(|k| k.is_string()) {
                        let st = self.basic(BasicKind::String);
                        self.implicit_type(&mut x, st);
                        return value(Mode::Value, s.typ);
                    }
                    self.assignment(&mut x, s.typ, "argument to append");
                    return value(Mode::Value, s.typ);
                }
                for a in &args[1..] {
                    let mut x = self.expr_with_hint(a, Some(elem));
                    self.assignment(&mut x, elem, "argument to append");
                }
                value(Mode::Value, s.typ)
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return bad(self);
                }
                if !matches!(self.types.get(self.types.core(x.typ)), Type::Map { .. } | Type::Slice(_)) {
                    let s = self.expr_string(&args[0]);
                    let d = self.operand_description(&x);
                    self.error(args[0].span, format!("invalid argument: cannot clear {s} ({d}): argument must be (or constrained by) map or slice"));
                    return bad(self);
                }
                value(Mode::NoValue, self.invalid_type())
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return bad(self);
                }
                match self.types.get(self.types.core(x.typ)) {
                    Type::Chan { dir: ChanDir::Recv, .. } => {
                        let s = self.expr_string(&args[0]);
                        let d = self.operand_description(&x);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {s} ({d})"),
                        );
                        bad(self)
                    }
                    Type::Chan { .. } => value(Mode::NoValue, self.invalid_type()),
                    _ => {
                        let s = self.expr_string(&args[0]);
                        let d = self.operand_description(&x);
                        self.error(args[0].span, format!("invalid operation: cannot close non-channel {s} ({d})"));
                        bad(self)
                    }
                }
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                if dst.is_invalid() || src.is_invalid() {
                    return bad(self);
                }
                let int = self.basic(BasicKind::Int);
                let Type::Slice(de) = self.types.get(self.types.core(dst.typ)).clone() else {
                    let have = self.slice_arg_have(&dst, &args[0]);
                    self.error(args[0].span, format!("invalid copy: argument must be a slice; have {have}"));
                    return bad(self);
                };
                // A string source copies its bytes (and names byte as its element type).
                let se = match self.types.get(self.types.core(src.typ)) {
                    Type::Slice(e) => *e,
                    Type::Basic(k) if k.is_string() => self.basic(BasicKind::Byte),
                    _ => {
                        let have = self.slice_arg_have(&src, &args[1]);
                        self.error(args[1].span, format!("invalid copy: argument must be a slice; have {have}"));
                        return bad(self);
                    }
                };
                if !super::predicates::identical(&self.types, de, se) {
                    let (x, y) = (self.operand_full(&dst, &args[0]), self.operand_full(&src, &args[1]));
                    let (ds, ss) = (self.type_string(de), self.type_string(se));
                    self.error(
                        args[0].span,
                        format!("invalid copy: arguments {x} and {y} have different element types {ds} and {ss}"),
                    );
                    return bad(self);
                }
                value(Mode::Value, int)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                if m.is_invalid() {
                    self.expr(&args[1]);
                    return bad(self);
                }
                let Type::Map { key, .. } = self.types.get(self.types.core(m.typ)).clone() else {
                    let s = self.expr_string(&args[0]);
                    let d = self.operand_description(&m);
                    self.error(args[0].span, format!("invalid argument: {s} ({d}) is not a map"));
                    self.expr(&args[1]);
                    return bad(self);
                };
                let mut k = self.expr_with_hint(&args[1], Some(key));
                self.assignment(&mut k, key, "argument to delete");
                value(Mode::NoValue, self.invalid_type())
            }
            Builtin::Make => {
                let t = self.typ(&args[0]);
                if self.types.is_invalid(t) {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return bad(self);
                }
                let needs_len = match self.types.get(self.types.core(t)) {
                    Type::Slice(_) => true,
                    Type::Map { .. } | Type::Chan { .. } => false,
                    _ => {
                        let ts = self.expr_string(&args[0]);
                        let why = if self.types.is_type_param(t) {
                            self.no_core_cause(t)
                        } else {
                            "type must be slice, map, or channel".to_string()
                        };
                        self.error(args[0].span, format!("invalid argument: cannot make {ts}: {why}"));
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return bad(self);
                    }
                };
                if needs_len && args.len() == 1 {
                    let ts = self.type_string(t);
                    self.error(
                        e.span,
                        format!("invalid operation: {} expects 2 or 3 arguments; found 1", self.expr_string(e)),
                    );
                    let _ = ts;
                    return bad(self);
                }
                if !needs_len && args.len() > 2 {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects 1 or 2 arguments; found {}",
                            self.expr_string(e),
                            args.len()
                        ),
                    );
                    return bad(self);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.index_value(a, None).ok().flatten());
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(args[1].span, format!("invalid argument: length and capacity swapped"));
                    }
                }
                value(Mode::Value, t)
            }
            Builtin::New => {
                let x = self.expr_or_type(&args[0]);
                if x.is_invalid() {
                    return bad(self);
                }
                // new(T), or (Go 1.26) new(expr) allocating a copy of a value.
                let t = if x.mode == Mode::TypeExpr {
                    x.typ
                } else {
                    let mut x = x;
                    self.infer_var_type(&mut x)
                };
                let p = self.types.pointer(t);
                value(Mode::Value, p)
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.universe.empty_interface;
                self.assignment(&mut x, any, "argument to panic");
                value(Mode::NoValue, self.invalid_type())
            }
            Builtin::Print | Builtin::Println => {
                // `println(f())` prints each of f's results (types2 unpacks a lone
                // multi-valued call into the arguments).
                let operands: Vec<(Operand, &ast::Expr)> = match args {
                    [a] => self.expr_list_value(a).into_iter().map(|x| (x, a)).collect(),
                    _ => args
                        .iter()
                        .map(|a| {
                            let mut x = self.expr(a);
                            self.single_value(&mut x);
                            (x, a)
                        })
                        .collect(),
                };
                for (mut x, a) in operands {
                    if self.types.is_untyped(x.typ) {
                        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
                            self.error(a.span, format!("use of untyped nil in argument to built-in {name}"));
                            continue;
                        }
                        let t = super::predicates::default_type(&self.types, x.typ);
                        self.assignment(&mut x, t, "argument");
                    }
                }
                value(Mode::NoValue, self.invalid_type())
            }
            Builtin::Recover => value(Mode::Value, self.universe.empty_interface),
            Builtin::Complex => {
                let (mut x, mut y) = match spread {
                    Some(xy) => xy,
                    None => (self.expr(&args[0]), self.expr(&args[1])),
                };
                if x.is_invalid() || y.is_invalid() {
                    return bad(self);
                }
                // Untyped arguments take the other's type; two untyped constants become
                // untyped floats where they can (go/types' builtins.go).
                match (self.types.is_untyped(x.typ), self.types.is_untyped(y.typ)) {
                    (true, false) => {
                        self.convert_untyped_strict(&mut x, y.typ);
                    }
                    (false, true) => {
                        self.convert_untyped_strict(&mut y, x.typ);
                    }
                    (true, true) if x.constant().is_some() && y.constant().is_some() => {
                        let float = self.basic(BasicKind::UntypedFloat);
                        for o in [&mut x, &mut y] {
                            let numeric = self.types.basic_kind(o.typ).is_some_and(|k| k.is_numeric());
                            if numeric && o.constant().and_then(constant::to_float).is_some() {
                                o.typ = float;
                            }
                        }
                    }
                    (true, true) => {
                        let f64t = self.basic(BasicKind::Float64);
                        self.convert_untyped_strict(&mut x, f64t);
                        self.convert_untyped_strict(&mut y, f64t);
                    }
                    (false, false) => {}
                }
                if x.is_invalid() || y.is_invalid() {
                    return bad(self);
                }
                if !super::predicates::identical(&self.types, x.typ, y.typ) {
                    let text = self.expr_string(e);
                    self.error(
                        args[0].span,
                        format!(
                            "invalid operation: {text} (mismatched types {} and {})",
                            self.type_string(x.typ),
                            self.type_string(y.typ)
                        ),
                    );
                    return bad(self);
                }
                let result = match self.types.basic_kind(x.typ) {
                    Some(BasicKind::Float32) => BasicKind::Complex64,
                    Some(BasicKind::Float64) => BasicKind::Complex128,
                    Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
                    _ => {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.type_string(x.typ)
                            ),
                        );
                        return bad(self);
                    }
                };
                if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
                    if let (Some(re), Some(im)) = (constant::to_float(a), constant::to_float(b)) {
                        if let (Value::Float(re), Value::Float(im)) = (re, im) {
                            return value(Mode::Constant(Value::Complex(re, im)), self.basic(result));
                        }
                    }
                }
                value(Mode::Value, self.basic(result))
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return bad(self);
                }
                let result = match self.types.basic_kind(x.typ) {
                    Some(BasicKind::Complex64) => BasicKind::Float32,
                    Some(BasicKind::Complex128) => BasicKind::Float64,
                    Some(k) if k.is_untyped() && k.is_numeric() => BasicKind::UntypedFloat,
                    _ => {
                        let t = self.type_string(x.typ);
                        self.error(
                            args[0].span,
                            format!("invalid argument: argument has type {t}, expected complex type"),
                        );
                        return bad(self);
                    }
                };
                if let Mode::Constant(v) = &x.mode {
                    let c = constant::to_complex(v);
                    if let Some(Value::Complex(re, im)) = c {
                        let part = if b == Builtin::Real { re } else { im };
                        return value(Mode::Constant(Value::Float(part)), self.basic(result));
                    }
                }
                value(Mode::Value, self.basic(result))
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if ops.iter().any(|o| o.is_invalid()) {
                    return bad(self);
                }
                // Each argument must be ordered, and of the type of those before it.
                for i in 0..ops.len() {
                    if !self.is_ordered_type(ops[i].typ) {
                        let s = self.span_text(ops[i].span);
                        let d = self.operand_description(&ops[i]);
                        self.error(ops[i].span, format!("invalid argument: {s} ({d}) cannot be ordered"));
                        return bad(self);
                    }
                    if i == 0 {
                        continue;
                    }
                    let (l, r) = ops.split_at_mut(i);
                    let (a, b2) = (&mut l[i - 1], &mut r[0]);
                    if self.match_types(a, b2) != super::expr::Implicit::Ok {
                        return bad(self);
                    }
                    if !super::predicates::identical(&self.types, a.typ, b2.typ) {
                        let (at, bt) = (self.type_string(a.typ), self.type_string(b2.typ));
                        self.error(
                            b2.span,
                            format!(
                                "invalid argument: mismatched types {at} (previous argument) and {bt} (type of {})",
                                self.span_text(b2.span)
                            ),
                        );
                        return bad(self);
                    }
                }
                let first = ops[0].clone();
                // All constant: the result is constant.
                let consts: Option<Vec<Value>> = ops.iter().map(|o| o.constant().cloned()).collect();
                if let Some(vs) = consts {
                    let want = if b == Builtin::Max { ast::BinaryOp::Gtr } else { ast::BinaryOp::Lss };
                    let mut best = vs[0].clone();
                    for v in &vs[1..] {
                        if constant::compare(v, want, &best) {
                            best = v.clone();
                        }
                    }
                    let typ = ops.iter().map(|o| o.typ).max_by_key(|t| t.0).unwrap_or(first.typ);
                    return value(Mode::Constant(best), typ);
                }
                let typ = ops
                    .iter()
                    .find(|o| !self.types.is_untyped(o.typ))
                    .map_or_else(|| super::predicates::default_type(&self.types, first.typ), |o| o.typ);
                value(Mode::Value, typ)
            }
        }
    }

    /// What go/types' sliceElem says an append or copy argument that is no slice is.
    fn slice_arg_have(&self, x: &Operand, e: &ast::Expr) -> String {
        if self.types.basic_kind(x.typ) == Some(BasicKind::UntypedNil) {
            "untyped nil".to_string()
        } else {
            self.operand_full(x, e)
        }
    }

    /// `x (variable of type int)`: an operand with its description.
    fn operand_full(&self, x: &Operand, e: &ast::Expr) -> String {
        format!("{} ({})", self.expr_string(e), self.operand_description(x))
    }

    /// len/cap of an array is constant if the expression has no calls or receives.
    fn has_no_calls_or_receives(&self, e: &ast::Expr) -> bool {
        use ast::ExprKind::*;
        match &e.kind {
            Call { .. } => false,
            Unary { op: ast::UnaryOp::Recv, .. } => false,
            Paren(x) | Selector { x, .. } => self.has_no_calls_or_receives(x),
            Unary { x, .. } => self.has_no_calls_or_receives(x),
            Index { x, indices, .. } => {
                self.has_no_calls_or_receives(x) && indices.iter().all(|i| self.has_no_calls_or_receives(i))
            }
            Binary { x, y, .. } => self.has_no_calls_or_receives(x) && self.has_no_calls_or_receives(y),
            _ => true,
        }
    }
}
