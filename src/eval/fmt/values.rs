//! Printing operands by kind (Go's `printArg`, `printValue` and `handleMethods`): every
//! runtime type under every verb, the Error/String/GoString methods at every depth where Go
//! calls them, and the `%!verb(type=value)` form of a verb that does not apply.

use std::rc::Rc;

use super::format::{digits, Fmt};
use super::{rtype_name, Method, Methods};
use crate::runtime::value::{deref, IntKind, RType, SliceData, Value};

/// One Print or Printf call in progress: its output and how to call the operands' methods.
pub(crate) struct Printer<'m> {
    pub fmt: Fmt,
    methods: &'m mut dyn Methods,
    /// Inside a `%!verb(...)`: methods are not called again.
    erroring: bool,
    /// Errorf: `%w` takes an error operand.
    pub wrap_errs: bool,
    /// Errorf: the operand numbers `%w` verbs took, in the format's order.
    pub wrapped_errs: Vec<usize>,
    /// Whether the format used argument indexes (`%[2]w`).
    pub reordered: bool,
}

impl<'m> Printer<'m> {
    pub fn new(methods: &'m mut dyn Methods) -> Printer<'m> {
        Printer {
            fmt: Fmt::default(),
            methods,
            erroring: false,
            wrap_errs: false,
            wrapped_errs: Vec::new(),
            reordered: false,
        }
    }

    /// An operand (an interface value, or nil) under `verb`.
    pub fn print_arg(&mut self, arg: &Value, verb: char) {
        let Value::Iface(iv) = arg else {
            match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        let (rt, x) = (&iv.0, &iv.1);
        match verb {
            'T' => return self.fmt.fmt_s(rtype_name(rt).as_bytes()),
            'p' => return self.fmt_pointer(rt, x, 'p'),
            _ => {}
        }
        // A reflect.Value prints as the value it holds.
        if crate::eval::native_pkgs::reflect_value::is_reflect_value(rt) {
            match crate::eval::native_pkgs::reflect_value::operand(x) {
                Some(op) => self.print_arg(&op, verb),
                None => self.fmt.pad(b"<invalid reflect.Value>"),
            }
            return;
        }
        if may_have_methods(rt) && self.handle_methods(rt, x, verb) {
            return;
        }
        // An unnamed []byte operand is `[]byte` under %#v (reflect would say []uint8).
        if self.fmt.f.sharp_v && matches!(verb, 'v' | 'd') {
            if let RType::Slice(et) = rt {
                if **et == RType::Int(IntKind::U8) {
                    return self.sharp_v_bytes(x);
                }
            }
        }
        self.print_value(rt, x, verb, 0, true);
    }

    fn sharp_v_bytes(&mut self, x: &Value) {
        self.fmt.buf.extend_from_slice(b"[]byte");
        let Value::Slice(so) = x else {
            self.fmt.buf.extend_from_slice(b"(nil)");
            return;
        };
        self.fmt.buf.push(b'{');
        for i in 0..so.len {
            if i > 0 {
                self.fmt.buf.extend_from_slice(b", ");
            }
            self.fmt0x64(so.get_value(i).int() as u8 as u64, true);
        }
        self.fmt.buf.push(b'}');
    }

    /// Calls the operand's Error, String or GoString method as the verb asks; whether it did.
    fn handle_methods(&mut self, rt: &RType, x: &Value, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !self.wrap_errs || !self.methods.has(rt, x, Method::Error) {
                self.bad_verb(Some((rt, x)), verb);
                return true;
            }
            verb = 'v';
        }
        if self.methods.has(rt, x, Method::Format) {
            let flags = self.fmt.f;
            match self.methods.format(rt, x, verb, &flags) {
                Ok(out) => self.fmt.buf.extend_from_slice(&out),
                Err(p) => {
                    self.catch_panic(rt, x, verb, Method::Format, &p);
                }
            }
            return true;
        }
        if self.fmt.f.sharp_v {
            return match self.methods.call(rt, x, &[Method::GoString]) {
                Some(Ok(s)) => {
                    self.fmt.fmt_s(&s);
                    true
                }
                Some(Err(p)) => self.catch_panic(rt, x, verb, Method::GoString, &p),
                None => false,
            };
        }
        if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            let ms = [Method::Error, Method::String];
            let m = if self.methods.has(rt, x, Method::Error) { Method::Error } else { Method::String };
            match self.methods.call(rt, x, &ms) {
                Some(Ok(s)) => {
                    self.fmt_string(&s, verb, Some((rt, x)));
                    return true;
                }
                Some(Err(p)) => return self.catch_panic(rt, x, verb, m, &p),
                None => {}
            }
        }
        false
    }

    /// A method that panicked: `<nil>` for a nil pointer receiver, else
    /// `%!v(PANIC=String method: value)`.
    fn catch_panic(&mut self, rt: &RType, x: &Value, verb: char, m: Method, panic: &Value) -> bool {
        if matches!(rt, RType::Pointer(_)) && matches!(x, Value::Nil) {
            self.fmt.buf.extend_from_slice(b"<nil>");
            return true;
        }
        let flags = self.fmt.f;
        self.fmt.clear_flags();
        self.fmt.buf.extend_from_slice(b"%!");
        push_char(&mut self.fmt.buf, verb);
        self.fmt.buf.extend_from_slice(b"(PANIC=");
        self.fmt.buf.extend_from_slice(m.name().as_bytes());
        self.fmt.buf.extend_from_slice(b" method: ");
        self.print_arg(panic, 'v');
        self.fmt.buf.push(b')');
        self.fmt.f = flags;
        true
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)`.
    fn bad_verb(&mut self, arg: Option<(&RType, &Value)>, verb: char) {
        // A value with no way to print it as %v would come back here: stop.
        if self.erroring && verb == 'v' {
            self.fmt.buf.push(b'?');
            return;
        }
        self.erroring = true;
        self.fmt.buf.extend_from_slice(b"%!");
        push_char(&mut self.fmt.buf, verb);
        self.fmt.buf.push(b'(');
        match arg {
            Some((rt, x)) => {
                self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
                self.fmt.buf.push(b'=');
                self.print_value(rt, x, 'v', 0, true);
            }
            None => self.fmt.buf.extend_from_slice(b"<nil>"),
        }
        self.fmt.buf.push(b')');
        self.erroring = false;
    }

    /// A value of runtime type `rt`; `depth` 0 is the operand itself. `exported` is false
    /// below an unexported struct field, where Go cannot call methods.
    pub fn print_value(&mut self, rt: &RType, x: &Value, verb: char, depth: usize, exported: bool) {
        if depth > 0 && exported && may_have_methods(rt) && self.handle_methods(rt, x, verb) {
            return;
        }
        let arg = Some((rt, x));
        match rt.underlying() {
            RType::Bool => match verb {
                't' | 'v' => self.fmt.fmt_boolean(x.bool() || x.int() != 0),
                _ => self.bad_verb(arg, verb),
            },
            RType::Int(k) => self.fmt_integer(x.int() as u64, !k.is_unsigned(), verb, arg),
            RType::Float(size) => self.fmt_float(float_of(x), *size as u32, verb, arg),
            RType::Complex(size) => {
                let (re, im) = match x {
                    Value::Complex(c) => **c,
                    _ => (0.0, 0.0),
                };
                self.fmt_complex(re, im, *size as u32, verb, arg);
            }
            RType::String => self.fmt_string(x.str(), verb, arg),
            RType::Map(kt, vt) => self.print_map(rt, kt, vt, x, verb, depth, exported),
            RType::Struct(fields) => {
                let sharp_v = self.fmt.f.sharp_v;
                if sharp_v {
                    self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
                }
                self.fmt.buf.push(b'{');
                let vals: &[Value] = match x {
                    Value::Struct(vs) => vs,
                    _ => &[],
                };
                for (i, f) in fields.iter().enumerate() {
                    let (name, ft) = (&f.name, &f.typ);
                    if i > 0 {
                        self.fmt.buf.extend_from_slice(if sharp_v { b", " } else { b" " });
                    }
                    if self.fmt.f.plus_v || sharp_v {
                        self.fmt.buf.extend_from_slice(name.as_bytes());
                        self.fmt.buf.push(b':');
                    }
                    let fv = vals.get(i).cloned().unwrap_or_default();
                    let fv = word_value(ft, fv);
                    self.print_value(ft, &fv, verb, depth + 1, exported && is_exported(name));
                }
                self.fmt.buf.push(b'}');
            }
            RType::Slice(et) | RType::Array(_, et) => self.print_list(rt, et, x, verb, depth, exported),
            RType::Pointer(et) => {
                if depth == 0 && !matches!(x, Value::Nil) {
                    if let RType::Array(..) | RType::Slice(_) | RType::Struct(_) | RType::Map(..) = et.underlying() {
                        self.fmt.buf.push(b'&');
                        let v = deref(x).unwrap_or_default();
                        self.print_value(et, &v, verb, depth + 1, exported);
                        return;
                    }
                }
                self.fmt_pointer(rt, x, verb);
            }
            RType::Interface(_) | RType::Other(_) => match x {
                // An interface-typed element: its dynamic value.
                Value::Iface(iv) => self.print_value(&iv.0, &iv.1, verb, depth + 1, exported),
                Value::Nil => {
                    if self.fmt.f.sharp_v {
                        self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
                        self.fmt.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.fmt.buf.extend_from_slice(b"<nil>");
                    }
                }
                _ => self.fmt_pointer(rt, x, verb),
            },
            RType::Func(_) | RType::Chan(..) | RType::UnsafePointer => self.fmt_pointer(rt, x, verb),
            RType::Named(_) => self.fmt.buf.extend_from_slice(b"<nil>"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(&mut self, rt: &RType, kt: &RType, vt: &RType, x: &Value, verb: char, depth: usize, exp: bool) {
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
            if matches!(x, Value::Nil) {
                self.fmt.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.fmt.buf.push(b'{');
        } else {
            self.fmt.buf.extend_from_slice(b"map[");
        }
        if let Value::Map(m) = x {
            let mut es: Vec<(Value, Value)> = m.borrow().entries().map(|(k, v)| (k.clone(), v.clone())).collect();
            // fmt prints maps sorted by key (internal/fmtsort).
            es.sort_by(|a, b| fmt_cmp(kt, &a.0, &b.0));
            for (i, (k, v)) in es.into_iter().enumerate() {
                if i > 0 {
                    self.fmt.buf.extend_from_slice(if sharp_v { b", " } else { b" " });
                }
                self.print_value(kt, &k, verb, depth + 1, exp);
                self.fmt.buf.push(b':');
                self.print_value(vt, &v, verb, depth + 1, exp);
            }
        }
        self.fmt.buf.push(if sharp_v { b'}' } else { b']' });
    }

    fn print_list(&mut self, rt: &RType, et: &RType, x: &Value, verb: char, depth: usize, exported: bool) {
        let elems: Vec<Value> = match x {
            Value::Slice(so) => (0..so.len).map(|i| word_value(et, so.get_value(i))).collect(),
            _ => Vec::new(),
        };
        if matches!(verb, 's' | 'q' | 'x' | 'X')
            && matches!(et.underlying(), RType::Int(k) if k.bits() == 8 && k.is_unsigned())
        {
            let bytes: Vec<u8> = elems.iter().map(|v| v.int() as u8).collect();
            return self.fmt_bytes(&bytes, verb);
        }
        if self.fmt.f.sharp_v {
            self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
            if matches!(x, Value::Nil) && matches!(rt.underlying(), RType::Slice(_)) {
                self.fmt.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.fmt.buf.push(b'{');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.fmt.buf.extend_from_slice(b", ");
                }
                self.print_value(et, e, verb, depth + 1, exported);
            }
            self.fmt.buf.push(b'}');
        } else {
            self.fmt.buf.push(b'[');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.fmt.buf.push(b' ');
                }
                self.print_value(et, e, verb, depth + 1, exported);
            }
            self.fmt.buf.push(b']');
        }
    }

    /// %s %q %x %X of a byte slice or array.
    fn fmt_bytes(&mut self, b: &[u8], verb: char) {
        match verb {
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, digits(false)),
            'X' => self.fmt.fmt_sbx(b, digits(true)),
            _ => self.fmt.fmt_q(b),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, arg: Option<(&RType, &Value)>) {
        match verb {
            'v' if self.fmt.f.sharp_v => self.fmt.fmt_q(s),
            'v' | 's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, digits(false)),
            'X' => self.fmt.fmt_sbx(s, digits(true)),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(u, 16, false, 'v', digits(false));
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: u64, signed: bool, verb: char, arg: Option<(&RType, &Value)>) {
        match verb {
            'v' if self.fmt.f.sharp_v && !signed => self.fmt0x64(v, true),
            'v' | 'd' => self.fmt.fmt_integer(v, 10, signed, verb, digits(false)),
            'b' => self.fmt.fmt_integer(v, 2, signed, verb, digits(false)),
            'o' | 'O' => self.fmt.fmt_integer(v, 8, signed, verb, digits(false)),
            'x' => self.fmt.fmt_integer(v, 16, signed, verb, digits(false)),
            'X' => self.fmt.fmt_integer(v, 16, signed, verb, digits(true)),
            'c' => self.fmt.fmt_c(v),
            'q' => self.fmt.fmt_qc(v),
            'U' => self.fmt.fmt_unicode(v),
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char, arg: Option<(&RType, &Value)>) {
        match verb {
            'v' => self.fmt.fmt_float(v, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(v, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(v, size, verb, 6),
            'F' => self.fmt.fmt_float(v, size, 'f', 6),
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, arg: Option<(&RType, &Value)>) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let plus = self.fmt.f.plus;
                self.fmt.buf.push(b'(');
                self.fmt_float(re, size / 2, verb, arg);
                self.fmt.f.plus = true;
                self.fmt_float(im, size / 2, verb, arg);
                self.fmt.buf.extend_from_slice(b"i)");
                self.fmt.f.plus = plus;
            }
            _ => self.bad_verb(arg, verb),
        }
    }

    /// Pointers, channels, functions, maps and slices under %p and %v (an address).
    fn fmt_pointer(&mut self, rt: &RType, x: &Value, verb: char) {
        let pointerish = match rt.underlying() {
            RType::Pointer(_) | RType::Map(..) | RType::Slice(_) => true,
            RType::Func(_) | RType::Chan(..) | RType::UnsafePointer => true,
            _ => false,
        };
        if !pointerish {
            return self.bad_verb(Some((rt, x)), verb);
        }
        let u = fake_addr(addr_of(x));
        match verb {
            'v' if self.fmt.f.sharp_v => {
                self.fmt.buf.push(b'(');
                self.fmt.buf.extend_from_slice(rtype_name(rt).as_bytes());
                self.fmt.buf.extend_from_slice(b")(");
                if u == 0 {
                    self.fmt.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt0x64(u, true);
                }
                self.fmt.buf.push(b')');
            }
            'v' if u == 0 => self.fmt.pad(b"<nil>"),
            'v' | 'p' => self.fmt0x64(u, !self.fmt.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, Some((rt, x))),
            _ => self.bad_verb(Some((rt, x)), verb),
        }
    }
}

/// Whether values of `rt` can have methods (a declared type or a pointer to one).
fn may_have_methods(rt: &RType) -> bool {
    match rt {
        RType::Named(d) => d.methods.get().is_some_and(|m| !m.is_empty()),
        RType::Pointer(p) => matches!(&**p, RType::Named(d) if d.methods.get().is_some_and(|m| !m.is_empty())),
        _ => false,
    }
}

/// Whether a struct field's name is exported (fmt cannot call methods below one that is not).
fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

fn push_char(buf: &mut Vec<u8>, c: char) {
    let mut b = [0; 4];
    buf.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// A float held either as a float or as its bits in a word.
fn float_of(x: &Value) -> f64 {
    match x {
        Value::Float(f) => *f,
        Value::Int(w) => f64::from_bits(*w as u64),
        _ => 0.0,
    }
}

/// An element read from word storage (slices and arrays of scalars) as a value of its type.
fn word_value(et: &RType, v: Value) -> Value {
    match (et.underlying(), v) {
        (RType::Float(_), Value::Int(w)) => Value::Float(f64::from_bits(w as u64)),
        (RType::Bool, Value::Int(w)) => Value::Bool(w != 0),
        (_, v) => v,
    }
}

/// `%v` of an interface value, calling no methods (for panic messages).
pub(crate) fn format_v(v: &Value) -> Vec<u8> {
    let mut none = super::NoMethods;
    let mut p = Printer::new(&mut none);
    p.print_arg(v, 'v');
    p.fmt.buf
}

/// The order fmt sorts map keys in (internal/fmtsort): numbers by value (NaN first),
/// strings by bytes, false before true, pointers by address, structs and arrays field by
/// field, interfaces by their dynamic type, then value.
pub(crate) fn fmt_cmp(rt: &RType, a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (rt.underlying(), a, b) {
        (RType::Int(k), _, _) if k.is_unsigned() => (a.int() as u64).cmp(&(b.int() as u64)),
        (RType::Int(_), _, _) => a.int().cmp(&b.int()),
        (RType::Float(_), _, _) => {
            let (x, y) = (float_of(a), float_of(b));
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        (RType::String, _, _) => a.str().cmp(b.str()),
        (RType::Bool, _, _) => (a.bool() || a.int() != 0).cmp(&(b.bool() || b.int() != 0)),
        (RType::Struct(fs), Value::Struct(x), Value::Struct(y)) => fs
            .iter()
            .zip(x.iter().zip(y.iter()))
            .map(|(f, (p, q))| fmt_cmp(&f.typ, p, q))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal),
        (RType::Array(_, et), Value::Slice(x), Value::Slice(y)) => (0..x.len.min(y.len))
            .map(|i| fmt_cmp(et, &word_value(et, x.get_value(i)), &word_value(et, y.get_value(i))))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal),
        (_, Value::Iface(x), Value::Iface(y)) => {
            rtype_name(&x.0).cmp(&rtype_name(&y.0)).then_with(|| fmt_cmp(&x.0, &x.1, &y.1))
        }
        (_, Value::Nil, Value::Nil) => Ordering::Equal,
        (_, Value::Nil, _) => Ordering::Less,
        (_, _, Value::Nil) => Ordering::Greater,
        _ => addr_of(a).cmp(&addr_of(b)),
    }
}

/// The address a reference value points to (0 for nil).
pub(crate) fn addr_of(v: &Value) -> usize {
    match v {
        Value::Cell(c) => c.as_ptr() as usize,
        Value::WordCell(c) => c.as_ptr() as usize,
        Value::Ref(r) => Rc::as_ptr(r) as usize,
        Value::Map(m) => Rc::as_ptr(m) as usize,
        Value::Chan(c) => Rc::as_ptr(c) as usize,
        Value::Func(f) => Rc::as_ptr(f) as usize,
        Value::Slice(s) => match &s.data {
            SliceData::Words(w) => w.as_ptr() as usize + s.off * 8,
            SliceData::Vals(v) => v.as_ptr() as usize + s.off * std::mem::size_of::<std::cell::RefCell<Value>>(),
        },
        _ => 0,
    }
}

/// An address as a Go address looks (gint's addresses are not Go's); 0 stays 0.
pub(crate) fn fake_addr(p: usize) -> u64 {
    if p == 0 {
        0
    } else {
        0xc000000000u64 + (p as u64 & 0xffffff)
    }
}
