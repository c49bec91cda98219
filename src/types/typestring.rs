//! Types as gc's error messages print them (types2's `typestring.go`), and the operand
//! descriptions built on them ("variable of struct type T").
//!
//! Invariants: printing never panics and never loops on an ill-formed arena (a type met again
//! on the path being printed is written `<cycle to T>`, as types2 does); the caller's
//! qualifier alone decides whether a package-level type name gets a package prefix (gc
//! prints the package being compiled unqualified: `T`, and others by name: `time.Duration`).
//!
//! Where the type arena holds less than types2's types, the output is the closest faithful
//! text: parameter and result names are not part of `Signature`, so `func(a int) (n int)`
//! prints as `func(int) int`; the empty interface prints as `any` (gc prints whichever of
//! `any` and `interface{}` the source wrote, and modern code writes `any`); `byte` and `rune`
//! print as `uint8` and `int32` (the arena does not keep the aliases apart); an interface
//! prints its complete method set rather than its embedded interfaces.

use super::object::Objects;
use super::types::{ChanDir, Interface, Named, PkgId, Signature, Term, Type, TypeId, TypeTable};

/// Decides the package prefix of a package-level type name: `Some("time")` prints
/// `time.Duration`, `None` prints the bare name (gc: the package being compiled).
pub type Qualifier<'a> = dyn Fn(PkgId) -> Option<String> + 'a;

/// The text of type `t` as gc prints it in messages.
pub fn type_string(types: &TypeTable, objs: &Objects, t: TypeId, qualifier: &Qualifier) -> String {
    let mut w = Writer::new(types, objs, qualifier);
    w.typ(t);
    w.buf
}

/// A type as Go's runtime names it (`%T`, panics): as `type_string`, but the type
/// arguments of an instance are separated by a bare comma (`main.Pair[int,string]`).
pub fn runtime_type_string(types: &TypeTable, objs: &Objects, t: TypeId, qualifier: &Qualifier) -> String {
    let mut w = Writer::new(types, objs, qualifier);
    w.runtime = true;
    w.typ(t);
    w.buf
}

/// A signature without the leading `func`: `(int, ...string) (int, error)`.
pub fn signature_string(types: &TypeTable, objs: &Objects, sig: TypeId, qualifier: &Qualifier) -> String {
    let mut w = Writer::new(types, objs, qualifier);
    match types.get(sig) {
        Type::Signature(s) => w.signature(s),
        _ => w.typ(sig),
    }
    w.buf
}

/// A method as types2's `funcString` writes it in "have M(int)\n\t\twant M(string)": the
/// name followed by the signature, without parameter names.
pub fn func_string(types: &TypeTable, objs: &Objects, name: &str, sig: TypeId, qualifier: &Qualifier) -> String {
    let mut s = String::from(name);
    s.push_str(&signature_string(types, objs, sig, qualifier));
    s
}

/// A type parameter's constraint as gc prints it after "constrained by" and in type
/// parameter lists: an interface made only of type terms is written without
/// `interface{…}` (`~int | string`), the implicit form constraints are usually written in.
pub fn constraint_string(types: &TypeTable, objs: &Objects, bound: TypeId, qualifier: &Qualifier) -> String {
    let mut w = Writer::new(types, objs, qualifier);
    w.constraint(bound);
    w.buf
}

/// The description of a typed operand's type after "of", as types2's `operandString` writes
/// it: `type []int`, `struct type T`, `int64 type time.Duration`, `interface type any`,
/// `generic struct type List[E any]`, `type P constrained by ~int | string`.
pub fn describe_type(types: &TypeTable, objs: &Objects, t: TypeId, qualifier: &Qualifier) -> String {
    let name = type_string(types, objs, t, qualifier);
    match types.get(t) {
        Type::TypeParam { constraint, .. } => {
            format!("type {name} constrained by {}", constraint_string(types, objs, *constraint, qualifier))
        }
        Type::Alias { .. } => {
            let kind = composite_kind(types, t);
            let what = if kind.is_empty() { basic_name(types, t) } else { kind };
            format!("{what} type {name}")
        }
        Type::Named(n) => {
            let generic = if !n.type_params.is_empty() && n.origin.is_none() { "generic " } else { "" };
            let kind = composite_kind(types, t);
            let what = if kind.is_empty() { basic_name(types, t) } else { kind };
            format!("{generic}{what} type {name}")
        }
        _ => format!("type {name}"),
    }
}

/// The kind word types2 puts before "type" for defined types (`struct`, `slice`, …); empty
/// for basic underlying types.
pub fn composite_kind(types: &TypeTable, t: TypeId) -> &'static str {
    match types.get(types.underlying(t)) {
        Type::Basic(_) | Type::Named(_) | Type::TypeParam { .. } | Type::Alias { .. } => "",
        Type::Array { .. } => "array",
        Type::Slice(_) => "slice",
        Type::Struct { .. } => "struct",
        Type::Pointer(_) => "pointer",
        Type::Signature(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map { .. } => "map",
        Type::Chan { .. } => "chan",
        Type::Tuple(_) => "tuple",
    }
}

fn basic_name(types: &TypeTable, t: TypeId) -> &'static str {
    match types.basic_kind(t) {
        Some(k) => k.name(),
        None => "invalid type",
    }
}

/// Quotes a string as Go's `strconv.Quote` does (used for struct tags).
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and the ASCII space; not control, format or other space characters.
fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // The common format characters (category Cf) that Rust does not classify.
    !matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Writes types into a buffer; `seen` is the path of types being written, to cut cycles.
struct Writer<'a> {
    types: &'a TypeTable,
    objs: &'a Objects,
    qf: &'a Qualifier<'a>,
    buf: String,
    seen: Vec<TypeId>,
    /// Go's runtime spelling of instances (see `runtime_type_string`).
    runtime: bool,
}

impl<'a> Writer<'a> {
    fn new(types: &'a TypeTable, objs: &'a Objects, qf: &'a Qualifier<'a>) -> Writer<'a> {
        Writer { types, objs, qf, buf: String::new(), seen: Vec::new(), runtime: false }
    }

    fn typ(&mut self, t: TypeId) {
        if self.seen.contains(&t) {
            let name = match self.types.get(t) {
                Type::Named(n) => self.objs.get(n.obj).name.to_string(),
                _ => "type".to_string(),
            };
            self.buf.push_str(&format!("<cycle to {name}>"));
            return;
        }
        self.seen.push(t);
        self.typ_inner(t);
        self.seen.pop();
    }

    fn typ_inner(&mut self, t: TypeId) {
        let types = self.types;
        match types.get(t) {
            // Go's runtime knows no byte or rune: they are uint8 and int32 there.
            Type::Basic(k) if self.runtime => self.buf.push_str(k.canonical().name()),
            Type::Basic(k) => self.buf.push_str(k.name()),
            Type::Pointer(e) => {
                self.buf.push('*');
                self.typ(*e);
            }
            Type::Slice(e) => {
                self.buf.push_str("[]");
                self.typ(*e);
            }
            Type::Array { len, elem } => {
                self.buf.push_str(&format!("[{len}]"));
                self.typ(*elem);
            }
            Type::Map { key, value } => {
                self.buf.push_str("map[");
                self.typ(*key);
                self.buf.push(']');
                self.typ(*value);
            }
            Type::Chan { dir, elem } => self.chan(*dir, *elem),
            // Go's runtime spells structs and interfaces with spaces: `struct { A int }`,
            // `struct {}`, `interface {}`, `interface { M() }`; types2 without: `struct{A int}`.
            Type::Struct { fields } => {
                let (open, close) = match (self.runtime, fields.is_empty()) {
                    (false, _) => ("struct{", "}"),
                    (true, true) => ("struct {", "}"),
                    (true, false) => ("struct { ", " }"),
                };
                self.buf.push_str(open);
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.buf.push_str("; ");
                    }
                    if !f.embedded {
                        self.buf.push_str(&f.name);
                        self.buf.push(' ');
                    }
                    self.typ(f.typ);
                    if let Some(tag) = f.tag.as_deref().filter(|t| !t.is_empty()) {
                        self.buf.push(' ');
                        self.buf.push_str(&go_quote(tag));
                    }
                }
                self.buf.push_str(close);
            }
            Type::Interface(i) if self.runtime => {
                if i.methods.is_empty() {
                    self.buf.push_str("interface {}");
                    return;
                }
                self.buf.push_str("interface { ");
                for (k, m) in i.methods.iter().enumerate() {
                    if k > 0 {
                        self.buf.push_str("; ");
                    }
                    self.buf.push_str(&m.name);
                    if let Type::Signature(sig) = self.types.get(m.sig) {
                        self.signature(sig);
                    }
                }
                self.buf.push_str(" }");
            }
            Type::Signature(s) => {
                self.buf.push_str("func");
                self.signature(s);
            }
            Type::Interface(i) => self.interface(i),
            Type::Tuple(elems) => self.tuple(elems, false),
            Type::Named(n) => self.named(n),
            Type::TypeParam { obj, .. } => self.buf.push_str(&self.objs.get(*obj).name),
            // At run time an alias is the type it stands for.
            Type::Alias { target, .. } if self.runtime => self.typ(*target),
            Type::Alias { obj, .. } => {
                let obj = self.objs.get(*obj);
                if let Some(prefix) = obj.pkg.and_then(|p| (self.qf)(p)) {
                    self.buf.push_str(&prefix);
                    self.buf.push('.');
                }
                self.buf.push_str(&obj.name);
            }
        }
    }

    fn chan(&mut self, dir: ChanDir, elem: TypeId) {
        // `chan (<-chan T)` needs parentheses: `chan <-chan T` would parse as `chan<- chan T`.
        let parens = dir == ChanDir::Both && matches!(self.types.get(elem), Type::Chan { dir: ChanDir::Recv, .. });
        self.buf.push_str(match dir {
            ChanDir::Both => "chan ",
            ChanDir::Send => "chan<- ",
            ChanDir::Recv => "<-chan ",
        });
        if parens {
            self.buf.push('(');
        }
        self.typ(elem);
        if parens {
            self.buf.push(')');
        }
    }

    fn named(&mut self, n: &Named) {
        let obj = self.objs.get(n.obj);
        if let Some(prefix) = obj.pkg.and_then(|p| (self.qf)(p)) {
            self.buf.push_str(&prefix);
            self.buf.push('.');
        }
        self.buf.push_str(&obj.name);
        if !n.type_args.is_empty() {
            self.buf.push('[');
            for (i, &a) in n.type_args.iter().enumerate() {
                if i > 0 {
                    self.buf.push_str(if self.runtime { "," } else { ", " });
                }
                self.typ(a);
            }
            self.buf.push(']');
        } else if !n.type_params.is_empty() {
            self.type_param_list(&n.type_params);
        }
    }

    /// `[K comparable, V any]`; consecutive parameters with the same bound share it:
    /// `[K, V any]`.
    fn type_param_list(&mut self, params: &[TypeId]) {
        self.buf.push('[');
        let mut prev: Option<TypeId> = None;
        for (i, &p) in params.iter().enumerate() {
            let bound = match self.types.get(p) {
                Type::TypeParam { constraint, .. } => Some(*constraint),
                _ => None,
            };
            if i > 0 {
                if let Some(b) = prev.filter(|&b| Some(b) != bound) {
                    self.buf.push(' ');
                    self.constraint(b);
                }
                self.buf.push_str(", ");
            }
            prev = bound;
            self.typ(p);
        }
        if let Some(b) = prev {
            self.buf.push(' ');
            self.constraint(b);
        }
        self.buf.push(']');
    }

    fn constraint(&mut self, bound: TypeId) {
        match self.types.get(bound) {
            Type::Interface(i)
                if i.methods.is_empty() && !i.comparable && i.terms.as_ref().is_some_and(|t| !t.is_empty()) =>
            {
                self.terms(i.terms.as_deref().unwrap_or(&[]))
            }
            _ => self.typ(bound),
        }
    }

    fn interface(&mut self, i: &Interface) {
        // The literal empty interface; `any` is an alias, printed by its name.
        if i.methods.is_empty() && i.is_basic() {
            self.buf.push_str("interface{}");
            return;
        }
        // Methods first, then the embedded elements, as types2 prints them.
        self.buf.push_str("interface{");
        let mut first = true;
        for m in &i.methods {
            if !first {
                self.buf.push_str("; ");
            }
            first = false;
            self.buf.push_str(&m.name);
            match self.types.get(m.sig) {
                Type::Signature(s) => self.signature(s),
                _ => self.typ(m.sig),
            }
        }
        if i.comparable {
            if !first {
                self.buf.push_str("; ");
            }
            first = false;
            self.buf.push_str("comparable");
        }
        if let Some(terms) = &i.terms {
            if !first {
                self.buf.push_str("; ");
            }
            self.terms(terms);
        }
        self.buf.push('}');
    }

    /// A union `~int | string`; the empty type set is `∅`, as types2 writes it.
    fn terms(&mut self, terms: &[Term]) {
        if terms.is_empty() {
            self.buf.push('∅');
        }
        for (i, t) in terms.iter().enumerate() {
            if i > 0 {
                self.buf.push_str(" | ");
            }
            if t.tilde {
                self.buf.push('~');
            }
            self.typ(t.typ);
        }
    }

    fn tuple(&mut self, elems: &[TypeId], variadic: bool) {
        self.buf.push('(');
        for (i, &t) in elems.iter().enumerate() {
            if i > 0 {
                self.buf.push_str(", ");
            }
            if variadic && i + 1 == elems.len() {
                match self.types.get(t) {
                    Type::Slice(e) => {
                        self.buf.push_str("...");
                        self.typ(*e);
                    }
                    // append([]byte, string...) has a non-slice variadic parameter.
                    _ => {
                        self.typ(t);
                        self.buf.push_str("...");
                    }
                }
            } else {
                self.typ(t);
            }
        }
        self.buf.push(')');
    }

    fn signature(&mut self, s: &Signature) {
        self.tuple(&s.params, s.variadic);
        match s.results.as_slice() {
            [] => {}
            [r] => {
                self.buf.push(' ');
                self.typ(*r);
            }
            rs => {
                self.buf.push(' ');
                self.tuple(rs, false);
            }
        }
    }
}

/// A small builder of hand-made types and objects, shared by the tests of `typestring`,
/// `predicates` and `lookup`.
#[cfg(test)]
pub(crate) mod testing {
    use std::rc::Rc;

    use gint_syntax::span::Span;

    use super::super::object::{FuncInfo, ObjId, ObjKind, Object, Objects};
    use super::super::types::*;

    /// The package being compiled in the fixtures.
    pub const MAIN: PkgId = PkgId(0);
    /// An imported package, printed `time`.
    pub const TIME: PkgId = PkgId(1);

    pub struct Fx {
        pub types: TypeTable,
        pub objs: Objects,
    }

    pub fn qf(p: PkgId) -> Option<String> {
        match p {
            MAIN => None,
            TIME => Some("time".to_string()),
            PkgId(n) => Some(format!("p{n}")),
        }
    }

    fn exported(name: &str) -> bool {
        name.chars().next().is_some_and(|c| c.is_uppercase())
    }

    impl Fx {
        pub fn new() -> Fx {
            Fx { types: TypeTable::new(), objs: Objects::default() }
        }

        pub fn b(&self, k: BasicKind) -> TypeId {
            self.types.basic(k)
        }

        pub fn int(&self) -> TypeId {
            self.b(BasicKind::Int)
        }

        pub fn string(&self) -> TypeId {
            self.b(BasicKind::String)
        }

        pub fn s(&self, t: TypeId) -> String {
            super::type_string(&self.types, &self.objs, t, &qf)
        }

        fn obj(&mut self, name: &str, kind: ObjKind, typ: TypeId, pkg: Option<PkgId>) -> ObjId {
            self.objs.add(Object { name: Rc::from(name), kind, typ, pkg, pos: Span::default() })
        }

        /// A defined type `type name underlying` in package `pkg`.
        pub fn named_in(&mut self, pkg: PkgId, name: &str, underlying: TypeId) -> TypeId {
            let obj = self.obj(name, ObjKind::TypeName, TypeId(0), Some(pkg));
            let t = self.types.new_named(obj);
            if let Some(n) = self.types.named_mut(t) {
                n.underlying.set(underlying);
            }
            self.objs.get_mut(obj).typ = t;
            t
        }

        pub fn named(&mut self, name: &str, underlying: TypeId) -> TypeId {
            self.named_in(MAIN, name, underlying)
        }

        /// Declares method `name` of `recv` (a named type), in `recv`'s package.
        pub fn method(&mut self, recv: TypeId, name: &str, sig: TypeId, ptr_recv: bool) -> ObjId {
            let (base, pkg) = match self.types.get(recv) {
                Type::Named(n) => (n.obj, self.objs.get(n.obj).pkg),
                _ => panic!("fixture: method on unnamed type"),
            };
            let kind = ObjKind::Func(FuncInfo { recv_base: Some(base), ptr_recv });
            let m = self.obj(name, kind, sig, pkg);
            if let Some(n) = self.types.named_mut(recv) {
                n.methods.push(m);
            }
            m
        }

        pub fn sig(&mut self, params: &[TypeId], results: &[TypeId]) -> TypeId {
            self.types.intern(Type::Signature(Signature {
                type_params: Vec::new(),
                params: params.to_vec(),
                results: results.to_vec(),
                variadic: false,
            }))
        }

        pub fn variadic(&mut self, params: &[TypeId], results: &[TypeId]) -> TypeId {
            self.types.intern(Type::Signature(Signature {
                type_params: Vec::new(),
                params: params.to_vec(),
                results: results.to_vec(),
                variadic: true,
            }))
        }

        /// A struct of `(name, type, embedded)` fields declared in package `pkg`.
        pub fn strukt_in(&mut self, pkg: PkgId, fields: &[(&str, TypeId, bool)]) -> TypeId {
            let fields = fields
                .iter()
                .map(|&(name, typ, embedded)| Field {
                    name: Rc::from(name),
                    typ,
                    embedded,
                    tag: None,
                    pkg: if exported(name) { None } else { Some(pkg) },
                })
                .collect();
            self.types.intern(Type::Struct { fields })
        }

        pub fn strukt(&mut self, fields: &[(&str, TypeId, bool)]) -> TypeId {
            self.strukt_in(MAIN, fields)
        }

        /// An interface with these methods (sorted here, as the checker stores them).
        pub fn iface_in(&mut self, pkg: PkgId, methods: &[(&str, TypeId)]) -> TypeId {
            let mut methods: Vec<Method> = methods
                .iter()
                .map(|&(name, sig)| Method {
                    name: Rc::from(name),
                    sig,
                    pkg: if exported(name) { None } else { Some(pkg) },
                })
                .collect();
            methods.sort_by(|a, b| a.name.cmp(&b.name));
            self.types.intern(Type::Interface(Interface { methods, terms: None, comparable: false }))
        }

        pub fn iface(&mut self, methods: &[(&str, TypeId)]) -> TypeId {
            self.iface_in(MAIN, methods)
        }

        /// A constraint interface made of type terms.
        pub fn union(&mut self, terms: &[(bool, TypeId)]) -> TypeId {
            let terms = terms.iter().map(|&(tilde, typ)| Term { tilde, typ }).collect();
            self.types.intern(Type::Interface(Interface { methods: vec![], terms: Some(terms), comparable: false }))
        }

        /// The universe's `any`: an alias of the empty interface.
        pub fn any(&mut self) -> TypeId {
            let empty = self.iface(&[]);
            let obj = self.objs.add(Object {
                name: Rc::from("any"),
                kind: ObjKind::TypeName,
                typ: empty,
                pkg: None,
                pos: Span::default(),
            });
            self.types.new_alias(obj, empty)
        }

        pub fn comparable(&mut self) -> TypeId {
            self.types.intern(Type::Interface(Interface { methods: vec![], terms: None, comparable: true }))
        }

        pub fn type_param(&mut self, name: &str, index: u32, constraint: TypeId) -> TypeId {
            let obj = self.obj(name, ObjKind::TypeName, TypeId(0), Some(MAIN));
            let t = self.types.new_type_param(obj, index, constraint);
            self.objs.get_mut(obj).typ = t;
            t
        }

        pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
            self.types.intern(Type::Chan { dir, elem })
        }

        pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
            self.types.intern(Type::Map { key, value })
        }

        pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
            self.types.intern(Type::Array { len, elem })
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::testing::*;
    use super::*;
    use crate::types::types::{BasicKind, ChanDir, Field, Type};

    #[test]
    fn basic_and_untyped() {
        let fx = Fx::new();
        assert_eq!(fx.s(fx.int()), "int");
        assert_eq!(fx.s(fx.b(BasicKind::UntypedInt)), "untyped int");
        assert_eq!(fx.s(fx.b(BasicKind::UntypedNil)), "untyped nil");
        assert_eq!(fx.s(fx.b(BasicKind::UnsafePointer)), "unsafe.Pointer");
        assert_eq!(fx.s(fx.b(BasicKind::Invalid)), "invalid type");
    }

    #[test]
    fn named_types_are_qualified_by_the_qualifier() {
        let mut fx = Fx::new();
        let st = fx.strukt(&[("a", fx.int(), false)]);
        let t = fx.named("T", st);
        let i64 = fx.b(BasicKind::Int64);
        let d = fx.named_in(TIME, "Duration", i64);
        assert_eq!(fx.s(t), "T");
        assert_eq!(fx.s(d), "time.Duration");
        let p = fx.types.pointer(t);
        assert_eq!(fx.s(p), "*T");
        let s = fx.types.slice(t);
        assert_eq!(fx.s(s), "[]T");
        let a = fx.array(5, t);
        assert_eq!(fx.s(a), "[5]T");
        let m = fx.map(fx.string(), t);
        assert_eq!(fx.s(m), "map[string]T");
    }

    #[test]
    fn channels_parenthesise_receive_only_elements_of_bidirectional_channels() {
        let mut fx = Fx::new();
        let c = fx.chan(ChanDir::Both, fx.int());
        let s = fx.chan(ChanDir::Send, fx.int());
        let r = fx.chan(ChanDir::Recv, fx.int());
        assert_eq!(fx.s(c), "chan int");
        assert_eq!(fx.s(s), "chan<- int");
        assert_eq!(fx.s(r), "<-chan int");
        let c4 = fx.chan(ChanDir::Both, r);
        let c5 = fx.chan(ChanDir::Send, r);
        let c6 = fx.chan(ChanDir::Both, s);
        assert_eq!(fx.s(c4), "chan (<-chan int)");
        assert_eq!(fx.s(c5), "chan<- <-chan int");
        assert_eq!(fx.s(c6), "chan chan<- int");
    }

    #[test]
    fn signatures_and_tuples() {
        let mut fx = Fx::new();
        let err = fx.any();
        let ss = fx.types.slice(fx.string());
        let f1 = fx.variadic(&[fx.int(), ss], &[fx.int(), err]);
        assert_eq!(fx.s(f1), "func(int, ...string) (int, any)");
        let f2 = fx.sig(&[], &[]);
        assert_eq!(fx.s(f2), "func()");
        let f3 = fx.sig(&[], &[fx.string()]);
        assert_eq!(fx.s(f3), "func() string");
        let is = fx.types.slice(fx.int());
        let iss = fx.types.slice(is);
        let f4 = fx.variadic(&[fx.int(), iss], &[]);
        assert_eq!(fx.s(f4), "func(int, ...[]int)");
        let tup = fx.types.tuple(vec![fx.int(), fx.string()]);
        assert_eq!(fx.s(tup), "(int, string)");
        assert_eq!(signature_string(&fx.types, &fx.objs, f1, &qf), "(int, ...string) (int, any)");
        assert_eq!(func_string(&fx.types, &fx.objs, "M", f2, &qf), "M()");
        // append's special signature: the variadic parameter is not a slice.
        let f5 = fx.variadic(&[is, fx.string()], &[is]);
        assert_eq!(fx.s(f5), "func([]int, string...) []int");
    }

    #[test]
    fn structs_with_tags_and_embedded_fields() {
        let mut fx = Fx::new();
        let t = fx.named("T", fx.int());
        let p = fx.named("P", fx.int());
        let pp = fx.types.pointer(p);
        let st = fx.types.intern(Type::Struct {
            fields: vec![
                Field { name: Rc::from("a"), typ: fx.int(), embedded: false, tag: None, pkg: Some(MAIN) },
                Field {
                    name: Rc::from("b"),
                    typ: fx.string(),
                    embedded: false,
                    tag: Some(Rc::from("tag")),
                    pkg: Some(MAIN),
                },
                Field { name: Rc::from("T"), typ: t, embedded: true, tag: None, pkg: None },
                Field { name: Rc::from("P"), typ: pp, embedded: true, tag: None, pkg: None },
            ],
        });
        assert_eq!(fx.s(st), r#"struct{a int; b string "tag"; T; *P}"#);
        let empty = fx.strukt(&[]);
        assert_eq!(fx.s(empty), "struct{}");
    }

    #[test]
    fn tags_are_quoted_like_strconv_quote() {
        assert_eq!(go_quote("a\"b\u{1}\tü"), r#""a\"b\x01\tü""#);
        assert_eq!(go_quote("json:\"x\""), r#""json:\"x\"""#);
        assert_eq!(go_quote("\u{85}\u{feff}"), r#""\u0085\ufeff""#);
    }

    #[test]
    fn interfaces() {
        let mut fx = Fx::new();
        let m = fx.sig(&[], &[]);
        let n = fx.sig(&[], &[fx.int()]);
        let any = fx.any();
        assert_eq!(fx.s(any), "any");
        let empty = fx.iface(&[]);
        assert_eq!(fx.s(empty), "interface{}");
        let i1 = fx.iface(&[("M", m)]);
        assert_eq!(fx.s(i1), "interface{M()}");
        let i2 = fx.iface(&[("N", n), ("M", m)]);
        assert_eq!(fx.s(i2), "interface{M(); N() int}");
        let c = fx.comparable();
        assert_eq!(fx.s(c), "interface{comparable}");
        let mut with_cmp = fx.types.interface(i1).cloned().unwrap_or_else(|| unreachable!());
        with_cmp.comparable = true;
        let i3 = fx.types.intern(Type::Interface(with_cmp));
        assert_eq!(fx.s(i3), "interface{M(); comparable}");
        let u = fx.union(&[(false, fx.int()), (false, fx.string())]);
        assert_eq!(fx.s(u), "interface{int | string}");
    }

    #[test]
    fn constraints_print_in_implicit_form() {
        let mut fx = Fx::new();
        let u = fx.union(&[(true, fx.int()), (false, fx.string())]);
        assert_eq!(constraint_string(&fx.types, &fx.objs, u, &qf), "~int | string");
        let any = fx.any();
        assert_eq!(constraint_string(&fx.types, &fx.objs, any, &qf), "any");
        let cmp_iface = fx.comparable();
        let cmp = fx.named_in(PkgId(99), "comparable", cmp_iface);
        if let Some(o) = fx.types.named_mut(cmp).map(|n| n.obj) {
            fx.objs.get_mut(o).pkg = None;
        }
        assert_eq!(constraint_string(&fx.types, &fx.objs, cmp, &qf), "comparable");
    }

    #[test]
    fn generic_types_and_instances() {
        let mut fx = Fx::new();
        let any = fx.any();
        let cmp_iface = fx.comparable();
        let e = fx.type_param("E", 0, any);
        let st = fx.strukt(&[("e", e, false)]);
        let list = fx.named("List", st);
        if let Some(n) = fx.types.named_mut(list) {
            n.type_params = vec![e];
        }
        assert_eq!(fx.s(list), "List[E any]");
        assert_eq!(fx.s(e), "E");
        let k = fx.type_param("K", 0, cmp_iface);
        let v = fx.type_param("V", 1, any);
        let w = fx.type_param("W", 2, any);
        let pair = fx.named("Pair", st);
        if let Some(n) = fx.types.named_mut(pair) {
            n.type_params = vec![k, v, w];
        }
        assert_eq!(fx.s(pair), "Pair[K interface{comparable}, V, W any]");
        let inst = fx.named("List", st);
        let int = fx.int();
        if let Some(n) = fx.types.named_mut(inst) {
            n.origin = Some(list);
            n.type_args = vec![int];
        }
        assert_eq!(fx.s(inst), "List[int]");
        let inst2 = fx.named("Pair", st);
        let string = fx.string();
        if let Some(n) = fx.types.named_mut(inst2) {
            n.origin = Some(pair);
            n.type_args = vec![int, int, string];
        }
        assert_eq!(fx.s(inst2), "Pair[int, int, string]");
    }

    #[test]
    fn operand_descriptions() {
        let mut fx = Fx::new();
        let d = |fx: &Fx, t| describe_type(&fx.types, &fx.objs, t, &qf);
        let st = fx.strukt(&[("a", fx.int(), false)]);
        let t = fx.named("T", st);
        assert_eq!(d(&fx, t), "struct type T");
        let i64 = fx.b(BasicKind::Int64);
        let dur = fx.named_in(TIME, "Duration", i64);
        assert_eq!(d(&fx, dur), "int64 type time.Duration");
        let p = fx.types.pointer(t);
        assert_eq!(d(&fx, p), "type *T");
        let any = fx.any();
        assert_eq!(d(&fx, any), "interface type any");
        let m = fx.sig(&[], &[]);
        let i = fx.iface(&[("M", m)]);
        assert_eq!(d(&fx, i), "type interface{M()}");
        let ni = fx.named("I", i);
        assert_eq!(d(&fx, ni), "interface type I");
        let u = fx.union(&[(true, fx.int()), (true, fx.string())]);
        let tp = fx.type_param("P", 0, u);
        assert_eq!(d(&fx, tp), "type P constrained by ~int | ~string");
        let tq = fx.type_param("Q", 0, any);
        assert_eq!(d(&fx, tq), "type Q constrained by any");
        let e = fx.type_param("E", 0, any);
        let gst = fx.strukt(&[("e", e, false)]);
        let list = fx.named("List", gst);
        if let Some(n) = fx.types.named_mut(list) {
            n.type_params = vec![e];
        }
        assert_eq!(d(&fx, list), "generic struct type List[E any]");
    }

    #[test]
    fn cycles_do_not_hang() {
        let mut fx = Fx::new();
        // A type parameter whose constraint mentions a generic type instantiated with it.
        let a = fx.named("A", fx.int());
        let b = fx.named("B", a);
        if let Some(n) = fx.types.named_mut(a) {
            n.underlying.set(b);
        }
        assert_eq!(fx.s(a), "A");
        let inst = fx.named("C", fx.int());
        if let Some(n) = fx.types.named_mut(inst) {
            n.origin = Some(a);
            n.type_args = vec![inst];
        }
        assert_eq!(fx.s(inst), "C[<cycle to C>]");
        assert_eq!(describe_type(&fx.types, &fx.objs, a, &qf), "invalid type type A");
    }
}
