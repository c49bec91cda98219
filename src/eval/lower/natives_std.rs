//! Natives of `sort`, `errors` and `math`: standard-library functions whose bodies are Rust.
//!
//! Invariant: a native here gets its arguments as `Value`s (scalars as `Int`, `Float`,
//! `Bool`) and leaves its results in the frame's return registers as a Go call does (one
//! scalar in `ret_word`, one other value in `ret_val`, several in `ret_multi`), so the same
//! function serves direct calls and the function values `f := math.Sqrt` makes.

use std::cell::OnceCell;

use gint_syntax::ast::{self, ExprKind};

use super::*;

type NativeFn = fn(&mut Frame, &[Value]);

/// f(x), or x with its quiet bit set when x is a NaN (as x86's rounding instructions give).
fn quiet(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_nan() {
        f64::from_bits(x.to_bits() | 1 << 51)
    } else {
        f(x)
    }
}

/// Sets a float result.
fn ret_f(fr: &mut Frame, x: f64) {
    fr.ret_word = x.to_bits();
}

macro_rules! f1 {
    ($f:expr) => {
        |fr: &mut Frame, a: &[Value]| ret_f(fr, ($f)(a[0].float()))
    };
}

macro_rules! f2 {
    ($f:expr) => {
        |fr: &mut Frame, a: &[Value]| ret_f(fr, ($f)(a[0].float(), a[1].float()))
    };
}

/// The native named `pkg.Name`, if this module has it.
fn lookup(name: &str) -> Option<NativeFn> {
    if let Some(f) = super::natives_os::lookup(name) {
        return Some(f);
    }
    Some(match name {
        "sort.swapper" => swapper,
        "sort.lenOf" => len_of,
        "math.Float64bits" => |fr, a| fr.ret_word = a[0].float().to_bits(),
        "math.Float64frombits" => |fr, a| fr.ret_word = a[0].int() as u64,
        "math.Float32bits" => |fr, a| fr.ret_word = (a[0].float() as f32).to_bits() as u64,
        "math.Float32frombits" => |fr, a| ret_f(fr, f32::from_bits(a[0].int() as u32) as f64),
        // Div32/Div64 with a quotient that does not fit: Go's run-time error.
        "math/bits.panicOverflow" => |_, _| crate::runtime::panic::runtime_error("integer overflow".to_string()),
        "os.sysWrite" => sys_write,
        "math.Sqrt" => f1!(f64::sqrt),
        // Function values: Go's amd64 assembly returns a NaN unchanged here, while its direct
        // calls are intrinsics that quiet a signaling NaN (src/eval/natives.rs, Floor/Ceil).
        "math.Floor" => f1!(f64::floor),
        "math.Ceil" => f1!(f64::ceil),
        "math.Trunc" => f1!(f64::trunc),
        // Pure Go in Go: any NaN comes back unchanged.
        "math.Round" => f1!(|x: f64| if x.is_nan() { x } else { x.round() }),
        "math.RoundToEven" => f1!(f64::round_ties_even),
        "math.Exp" => f1!(super::natives_math::exp),
        "math.Exp2" => f1!(super::natives_math::exp2),
        "math.Expm1" => f1!(super::natives_math::expm1),
        "math.Log" => f1!(super::natives_math::log),
        "math.Log2" => f1!(super::natives_math::log2),
        "math.Log10" => f1!(super::natives_math::log10),
        "math.Log1p" => f1!(super::natives_math::log1p),
        "math.Sin" => f1!(super::natives_math::sin),
        "math.Cos" => f1!(super::natives_math::cos),
        "math.Tan" => f1!(super::natives_math::tan),
        "math.Asin" => f1!(super::natives_math::asin),
        "math.Acos" => f1!(super::natives_math::acos),
        "math.Atan" => f1!(super::natives_math::atan),
        "math.Sinh" => f1!(super::natives_math::sinh),
        "math.Cosh" => f1!(super::natives_math::cosh),
        "math.Tanh" => f1!(super::natives_math::tanh),
        "math.Asinh" => f1!(super::natives_math::asinh),
        "math.Acosh" => f1!(super::natives_math::acosh),
        "math.Atanh" => f1!(super::natives_math::atanh),
        "math.Cbrt" => f1!(super::natives_math::cbrt),
        "math.Pow" => f2!(super::natives_math::pow),
        "math.Atan2" => f2!(super::natives_math::atan2),
        // One rounding, as Go's FMA.
        "math.FMA" => |fr, a| ret_f(fr, a[0].float().mul_add(a[1].float(), a[2].float())),
        "math.Hypot" => f2!(super::natives_math::hypot),
        // fmod is exact, as Go's Mod; Go's NaN results are its own NaN().
        "math.Mod" => f2!(|x: f64, y: f64| {
            let r = x % y;
            if r.is_nan() {
                f64::from_bits(0x7FF8_0000_0000_0001)
            } else {
                r
            }
        }),
        "math.Sincos" => |fr, a| {
            // Go's Sincos gives the bits of its Sin and Cos.
            let x = a[0].float();
            let (s, c) = if x.is_nan() {
                (f64::from_bits(0x7FF8_0000_0000_0001), f64::from_bits(0x7FF8_0000_0000_0001))
            } else {
                (super::natives_math::sin(x), super::natives_math::cos(x))
            };
            fr.ret_multi = vec![Value::Float(s), Value::Float(c)];
        },
        "math.Modf" => |fr, a| {
            let x = a[0].float();
            // Go's Modf calls the Trunc intrinsic, which quiets a signaling NaN.
            let int = quiet(x, f64::trunc);
            // Go's Copysign(f-Trunc(f), f): the sign of x even on -0, integers and the
            // NaN of ±Inf (Inf-Inf, then x's sign).
            let frac = (x - int).copysign(x);
            fr.ret_multi = vec![Value::Float(int), Value::Float(frac)];
        },
        _ => return None,
    })
}

thread_local! {
    /// What the program wrote to standard error, until `eval::run` hands it to the host
    /// (goroutines all run on this thread).
    static STDERR: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Appends to what the program wrote to standard error (`print`, `println`).
pub(in crate::eval) fn write_stderr(bytes: &[u8]) {
    STDERR.with(|e| e.borrow_mut().extend_from_slice(bytes));
}

/// Takes what the program wrote to standard error so far.
pub fn take_stderr() -> Vec<u8> {
    STDERR.with(|e| std::mem::take(&mut *e.borrow_mut()))
}

/// `os.sysWrite(fd, b)`: standard output and error into gint's buffers, other descriptors
/// (files the program opened) straight to the host's.
fn sys_write(fr: &mut Frame, a: &[Value]) {
    let bytes: Vec<u8> = match &a[1] {
        Value::Slice(so) => so.words().iter().map(|w| w.get() as u8).collect(),
        _ => Vec::new(),
    };
    let n = bytes.len() as i64;
    let (n, errno) = match a[0].int() {
        1 => {
            fr.out.extend_from_slice(&bytes);
            (n, 0)
        }
        2 => {
            STDERR.with(|e| e.borrow_mut().extend_from_slice(&bytes));
            (n, 0)
        }
        fd => {
            // A file the program opened: the host's own descriptor.
            // SAFETY: `bytes` is a valid buffer of `bytes.len()` bytes.
            let w = unsafe { libc::write(fd as libc::c_int, bytes.as_ptr().cast(), bytes.len()) };
            if w < 0 {
                (0, std::io::Error::last_os_error().raw_os_error().map_or(5, i64::from))
            } else {
                (w as i64, 0)
            }
        }
    };
    fr.ret_multi = vec![Value::Int(n), Value::Int(errno)];
}

/// `sort.swapper(x)`: a function swapping elements i and j of slice x (as
/// `reflect.Swapper`).
fn swapper(fr: &mut Frame, a: &[Value]) {
    let slice = slice_arg(&a[0], "Swapper");
    let code = Rc::new(FuncCode { size: 2, body: OnceCell::new(), results: Vec::new() });
    let body: StmtE = Box::new(|fr| {
        let (i, j) = (fr.word(0) as i64, fr.word(1) as i64);
        if let Value::Slice(so) = &fr.env[0] {
            for k in [i, j] {
                if k < 0 || k as usize >= so.len {
                    panic::index_out_of_range(k, so.len);
                }
            }
            let (i, j) = (i as usize, j as usize);
            match &so.data {
                crate::runtime::value::SliceData::Words(_) => so.words()[i].swap(&so.words()[j]),
                crate::runtime::value::SliceData::Vals(_) => so.vals()[i].swap(&so.vals()[j]),
            }
        } else {
            panic::index_out_of_range(i, 0);
        }
        Flow::Return
    });
    let _ = code.body.set(body);
    fr.ret_val = Value::Func(Rc::new(FuncValue { code, env: Rc::from(vec![slice]) }));
}

/// `sort.lenOf(x)`: the length of slice x.
fn len_of(fr: &mut Frame, a: &[Value]) {
    let slice = slice_arg(&a[0], "Len");
    fr.ret_word = crate::runtime::slice::len(&slice) as u64;
}

/// The slice an `any` argument holds; panics as reflect does for anything else.
fn slice_arg(v: &Value, method: &str) -> Value {
    match v {
        Value::Iface(iv) if matches!(iv.0.underlying(), RType::Slice(_)) => iv.1.clone(),
        Value::Iface(iv) => {
            let kind = crate::eval::fmt::rtype_name(iv.0.underlying());
            panic::plain_error(format!("reflect: call of {method} on {kind} Value"))
        }
        _ => panic::plain_error(format!("reflect: call of {method} on zero Value")),
    }
}

impl<'a> Lower<'a> {
    /// A call of a native of this module, or None if `name` is not one.
    pub(super) fn std_native_call(&mut self, name: &str, call: &ast::Expr) -> Option<CallE> {
        if name == "errors.As" {
            return self.errors_as(call);
        }
        let f = lookup(name)?;
        let ExprKind::Call { fun, args, .. } = &call.kind else { return None };
        let sig = self.prog.types.signature(self.type_of(fun).1)?.clone();
        if sig.variadic || args.len() != sig.params.len() {
            return None;
        }
        let vals: Vec<ValE> = args.iter().zip(&sig.params).map(|(a, &pt)| self.value_as(a, pt)).collect();
        Some(Box::new(move |fr| {
            let vs: Vec<Value> = vals.iter().map(|v| v(fr)).collect();
            f(fr, &vs);
        }))
    }

    /// `fmt.Fprint(w, …)`, `Fprintln`, `Fprintf`: the text `Sprint` (`Sprintln`,
    /// `Sprintf`) makes of the other arguments goes to `w.Write`, whose results are the
    /// call's.
    pub(super) fn fprint_call(&mut self, name: &str, obj: ObjId, call: &ast::Expr) -> Option<CallE> {
        let sprint = match name {
            "fmt.Fprint" => "fmt.Sprint",
            "fmt.Fprintln" => "fmt.Sprintln",
            "fmt.Fprintf" => "fmt.Sprintf",
            _ => return None,
        };
        let ExprKind::Call { args, .. } = &call.kind else { return None };
        let (w, rest) = args.split_first()?;
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        let writer = *sig.params.first()?;
        let write = self.prog.types.interface(writer)?.methods.first()?.clone();
        let id = self.method_id(&write.name, write.sig);
        self.set_spread(call);
        let text = crate::eval::natives::lower_native_value(self, sprint, obj, rest, call.span);
        self.spread = false;
        let text = text?;
        let w = self.value_as(w, writer);
        Some(Box::new(move |fr| {
            let w = w(fr);
            let text = text(fr);
            let bytes = crate::runtime::slice::from_words(text.str().iter().map(|&b| b as u64).collect());
            let (m, recv) = super::methods::iface_method(&w, id, "Write");
            let code = m.func.code.clone();
            let saved_top = fr.top;
            let (base, at) = super::methods::enter_method_frame(fr, m, recv);
            fr.vals[at] = bytes;
            super::call(fr, &code, base);
            fr.top = saved_top;
        }))
    }

    /// A native of this module as a function value: code reading its parameters from
    /// its frame.
    pub(super) fn std_native_value(&mut self, name: &str, obj: ObjId) -> Option<Value> {
        let f = lookup(name).or_else(|| crate::eval::native_pkgs::lookup(name))?;
        let sig = self.prog.types.signature(self.prog.objs.get(obj).typ)?.clone();
        let params: Vec<Class> = sig.params.iter().map(|&t| self.class(t)).collect();
        let results = sig.results.iter().map(|&t| self.class(t)).collect();
        let code = Rc::new(FuncCode { size: params.len(), body: OnceCell::new(), results });
        let body: StmtE = Box::new(move |fr| {
            let vs: Vec<Value> = params
                .iter()
                .enumerate()
                .map(|(i, c)| match c {
                    Class::Val => fr.val(i as u32).clone(),
                    c => word_value(*c, fr.word(i as u32)),
                })
                .collect();
            f(fr, &vs);
            Flow::Return
        });
        let _ = code.body.set(body);
        Some(Value::Func(Rc::new(FuncValue { code, env: Rc::from(Vec::new()) })))
    }

    /// `errors.As(err, target)`: the first error in err's tree (depth first, through
    /// `Unwrap() error` and `Unwrap() []error`) that the variable target points to can
    /// hold is stored there. The target's static type decides what matches.
    fn errors_as(&mut self, call: &ast::Expr) -> Option<CallE> {
        let ExprKind::Call { args, .. } = &call.kind else { return None };
        let [err, target] = args.as_slice() else { return None };
        let Some(elem) = self.pointer_elem(self.type_of(target).1) else {
            self.unsupported(target.span, "errors.As with a target that is not statically a pointer");
            return None;
        };
        let iface = self.prog.types.is_interface(elem);
        let (types, objs) = (&self.prog.types, &self.prog.objs);
        let valid_target = iface
            || crate::types::predicates::implements(types, objs, elem, self.prog.universe.error, &|_| None).is_ok();
        let matches = self.matcher(elem);
        let unwrap = self.method_key_id("Unwrap func() error");
        let unwrap_all = self.method_key_id("Unwrap func() []error");
        let as_id = self.method_key_id("As func(interface {}) bool");
        let target_rt = self.rtype(self.type_of(target).1);
        // As an `error`: a concrete argument becomes an interface value, as for any call.
        let err = self.value_as(err, self.prog.universe.error);
        let target = self.value(target);
        Some(Box::new(move |fr| {
            let e = err(fr);
            let p = target(fr);
            if matches!(e, Value::Nil) {
                fr.ret_word = 0;
                return;
            }
            if matches!(p, Value::Nil) {
                panic::plain_error("errors: target must be a non-nil pointer".to_string());
            }
            if !valid_target {
                panic::plain_error("errors: *target must be interface or implement error".to_string());
            }
            let any = Value::Iface(Rc::new((target_rt.clone(), p.clone())));
            let found = find_as(fr, e, &*matches, [unwrap, unwrap_all, as_id], &any);
            fr.ret_word = found.is_some() as u64;
            if let Some(AsFound::Value(v)) = found {
                let v = match v {
                    Value::Iface(iv) if !iface => iv.1.clone(),
                    v => v,
                };
                super::structs::write_ptr(&p, &[], v);
            }
        }))
    }
}

/// What `find_as` found: an error to store in the target, or an error whose `As` method
/// already set it.
enum AsFound {
    Value(Value),
    ByMethod,
}

/// The first error in `e`'s tree that `matches` or whose `As(any) bool` method (numbered
/// `as_id`) accepts `target` (the pointer as an `any`), depth first, as errors.As.
fn find_as(
    fr: &mut Frame,
    e: Value,
    matches: &dyn Fn(&Value) -> bool,
    ids: [u32; 3],
    target: &Value,
) -> Option<AsFound> {
    let [unwrap, all, as_id] = ids;
    let mut e = e;
    loop {
        if matches!(e, Value::Nil) {
            return None;
        }
        if matches(&e) {
            return Some(AsFound::Value(e));
        }
        if let Value::Iface(iv) = &e {
            if super::methods::find_method(&iv.0, &[as_id]).is_some() {
                super::methods::call_method_with(fr, &iv.0, &iv.1, as_id, std::slice::from_ref(target));
                if fr.ret_word != 0 {
                    return Some(AsFound::ByMethod);
                }
            }
        }
        if let Some(next) = super::methods::call_method0(fr, &e, unwrap) {
            e = next;
            continue;
        }
        let Some(Value::Slice(errs)) = super::methods::call_method0(fr, &e, all) else { return None };
        let errs: Vec<Value> = (0..errs.len).map(|i| errs.get_value(i)).collect();
        return errs.into_iter().find_map(|x| find_as(fr, x, matches, ids, target));
    }
}
