//! Runtime type descriptors: what interfaces, `%v`/`%T`, `==` on interfaces, maps and
//! package reflect need to know of a value's type at run time.
//!
//! Invariants: lowering makes one descriptor per static type (`Lower::rtype`); a declared
//! type's descriptor (`NamedType`) is one object, so two `Named` descriptors are the same
//! type only if they point to the same object, while all other descriptors compare
//! structurally, as Go's type identity does. Names are spelled as Go's runtime and reflect
//! spell them (`main.T`, `struct { A int "json:\"a\"" }`, `func(int, ...string) error`).

use std::cell::OnceCell;
use std::rc::Rc;

use super::value::Value;

/// A runtime type descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RType {
    Bool,
    Int(IntKind),
    Float(u8),
    Complex(u8),
    String,
    /// `[]T`, with its element's runtime type.
    Slice(Rc<RType>),
    /// `[N]T`: held as a slice value of its own backing array (`runtime::slice::copy_array`).
    Array(u64, Rc<RType>),
    /// A declared type: its name and underlying type (set once, after the descriptor exists,
    /// so that recursive types such as `type node struct{ next *node }` can refer to it).
    Named(Rc<NamedType>),
    /// `struct{…}`: its fields.
    Struct(Rc<[StructField]>),
    /// `map[K]V`, with its key's and element's runtime types.
    Map(Rc<RType>, Rc<RType>),
    /// `*T`: pointers are `Value::Cell` (or `Value::WordCell` to a scalar), `Value::Ref`
    /// (into a struct or slice element), or `Nil`.
    Pointer(Rc<RType>),
    /// `func(…) …`: a function value is `Value::Func` or `Nil`.
    Func(Rc<FuncType>),
    /// `chan T`, `chan<- T`, `<-chan T`.
    Chan(ChanDir, Rc<RType>),
    /// `interface{…}`: its methods sorted by name. An interface type is never the dynamic
    /// type of a value; it appears as the element, field or key type of other types.
    Interface(Rc<[IfaceMethod]>),
    UnsafePointer,
    /// A type no value has at run time (untyped nil, a tuple), by its name.
    Other(Rc<str>),
}

/// A struct field as reflect sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StructField {
    pub name: Rc<str>,
    pub typ: RType,
    /// The tag's text (empty when the field has none).
    pub tag: Rc<str>,
    pub embedded: bool,
    /// The path of the package of an unexported field (None for an exported one).
    pub pkg_path: Option<Rc<str>>,
}

/// A function type's parameters and results (a variadic one's last parameter is `[]T`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncType {
    pub params: Vec<RType>,
    pub results: Vec<RType>,
    pub variadic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A method of an interface type: its name, package (for an unexported name) and type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IfaceMethod {
    pub name: Rc<str>,
    pub pkg_path: Option<Rc<str>>,
    /// A `Func` descriptor (no receiver).
    pub typ: RType,
}

/// A declared type's runtime descriptor. Two descriptors are the same type only if they
/// are the same object.
pub struct NamedType {
    /// As `%T` prints it (`main.T`).
    pub name: Rc<str>,
    /// As reflect's `Name` gives it (`T`, `Pair[int,string]`).
    pub bare: Rc<str>,
    /// The import path of the declaring package (empty for predeclared types).
    pub pkg_path: Rc<str>,
    pub underlying: OnceCell<RType>,
    /// The methods declared on the type (value and pointer receivers), set by lowering when
    /// a value of the type (or of a pointer to it) becomes an interface.
    pub methods: OnceCell<Vec<MethodEntry>>,
}

impl NamedType {
    /// A descriptor whose underlying type and methods are set later.
    pub fn new(name: &str, bare: &str, pkg_path: &str) -> NamedType {
        NamedType {
            name: Rc::from(name),
            bare: Rc::from(bare),
            pkg_path: Rc::from(pkg_path),
            underlying: OnceCell::new(),
            methods: OnceCell::new(),
        }
    }
}

/// A method of a declared type, for calls through interfaces and reflect. `name` is the
/// method name's number (lowering numbers names, so no string is compared at run time).
pub struct MethodEntry {
    pub name: u32,
    /// The method's name, and its type without receiver (a `Func` descriptor), for reflect.
    pub sym: Rc<str>,
    pub typ: RType,
    pub func: Rc<crate::eval::FuncValue>,
    pub ptr_recv: bool,
    /// Whether the receiver has a slot (it is named), and whether it is held as a word.
    pub recv_slot: bool,
    pub recv_word: bool,
}

impl PartialEq for NamedType {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for NamedType {}

impl std::fmt::Debug for NamedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

impl RType {
    /// The type with its declared names looked through.
    pub fn underlying(&self) -> &RType {
        match self {
            RType::Named(n) => n.underlying.get().map_or(self, |u| u.underlying()),
            _ => self,
        }
    }

    /// Whether `==` is defined on values of this type (no slices, maps or functions).
    pub fn comparable(&self) -> bool {
        match self.underlying() {
            RType::Slice(_) | RType::Map(..) | RType::Func(_) => false,
            RType::Array(_, et) => et.comparable(),
            RType::Struct(fs) => fs.iter().all(|f| f.typ.comparable()),
            _ => true,
        }
    }

    /// The type's name as Go's runtime writes it in panic messages and reflect's
    /// `Type.String` gives it (`[]int`, `main.T`).
    pub fn go_name(&self) -> String {
        match self {
            RType::Bool => "bool".into(),
            RType::Int(k) => k.name().into(),
            RType::Float(b) => format!("float{b}"),
            RType::Complex(b) => format!("complex{b}"),
            RType::String => "string".into(),
            RType::Slice(et) => format!("[]{}", et.go_name()),
            RType::Array(n, et) => format!("[{n}]{}", et.go_name()),
            RType::Pointer(et) => format!("*{}", et.go_name()),
            RType::Map(kt, vt) => format!("map[{}]{}", kt.go_name(), vt.go_name()),
            RType::Struct(fs) if fs.is_empty() => "struct {}".into(),
            RType::Struct(fs) => {
                let fs: Vec<String> = fs.iter().map(field_string).collect();
                format!("struct {{ {} }}", fs.join("; "))
            }
            RType::Named(n) => n.name.to_string(),
            RType::Func(f) => format!("func{}", signature_string(f)),
            RType::Chan(ChanDir::Both, et) if matches!(&**et, RType::Chan(ChanDir::Recv, _)) => {
                format!("chan ({})", et.go_name())
            }
            RType::Chan(ChanDir::Both, et) => format!("chan {}", et.go_name()),
            RType::Chan(ChanDir::Send, et) => format!("chan<- {}", et.go_name()),
            RType::Chan(ChanDir::Recv, et) => format!("<-chan {}", et.go_name()),
            RType::Interface(ms) if ms.is_empty() => "interface {}".into(),
            RType::Interface(ms) => {
                let ms: Vec<String> = ms
                    .iter()
                    .map(|m| match &m.typ {
                        RType::Func(f) => format!("{}{}", m.name, signature_string(f)),
                        t => format!("{} {}", m.name, t.go_name()),
                    })
                    .collect();
                format!("interface {{ {} }}", ms.join("; "))
            }
            RType::UnsafePointer => "unsafe.Pointer".into(),
            RType::Other(n) => n.to_string(),
        }
    }

    /// Whether values of this type are arrays of floats, which `==` compares as floats.
    pub fn float_words(&self) -> bool {
        matches!(self.underlying(), RType::Array(_, et) if matches!(et.underlying(), RType::Float(_)))
    }

    /// Whether values of this type are held as untagged words where they are stored
    /// alone (variables, slice and array elements): integers, floats and booleans.
    pub fn is_word(&self) -> bool {
        matches!(self.underlying(), RType::Bool | RType::Int(_) | RType::Float(_))
    }

    /// A fresh zero value of this type (as a struct field or interface holds it: scalars
    /// as `Int`, `Float`, `Bool`; an array as a backing array of its own).
    pub fn zero(&self) -> Value {
        match self.underlying() {
            RType::Bool => Value::Bool(false),
            RType::Int(_) => Value::Int(0),
            RType::Float(_) => Value::Float(0.0),
            RType::Complex(_) => Value::Complex(Rc::new((0.0, 0.0))),
            RType::String => Value::Str(super::value::Str::from_bytes(Vec::new())),
            RType::Struct(fs) => Value::Struct(Rc::new(fs.iter().map(|f| f.typ.zero()).collect())),
            RType::Array(n, et) if et.is_word() => super::slice::zero_array_words(*n as usize),
            RType::Array(n, et) => super::slice::from_vals((0..*n).map(|_| et.zero()).collect()),
            _ => Value::Nil,
        }
    }
}

/// A `Func` descriptor of a non-variadic signature.
pub fn func_type(params: &[RType], results: &[RType]) -> RType {
    RType::Func(Rc::new(FuncType { params: params.to_vec(), results: results.to_vec(), variadic: false }))
}

/// A struct field as a struct type's name writes it: `A int "tag"`, or the type alone for
/// an embedded field.
fn field_string(f: &StructField) -> String {
    let mut s = if f.embedded { f.typ.go_name() } else { format!("{} {}", f.name, f.typ.go_name()) };
    if !f.tag.is_empty() {
        s.push(' ');
        s.push_str(&go_quote(&f.tag));
    }
    s
}

/// `(int, ...string) (bool, error)`: a signature without the word func.
fn signature_string(f: &FuncType) -> String {
    let n = f.params.len();
    let params: Vec<String> = f
        .params
        .iter()
        .enumerate()
        .map(|(i, t)| match t {
            RType::Slice(et) if f.variadic && i + 1 == n => format!("...{}", et.go_name()),
            t => t.go_name(),
        })
        .collect();
    let mut s = format!("({})", params.join(", "));
    match f.results.as_slice() {
        [] => {}
        [r] => {
            s.push(' ');
            s.push_str(&r.go_name());
        }
        rs => {
            let rs: Vec<String> = rs.iter().map(RType::go_name).collect();
            s.push_str(&format!(" ({})", rs.join(", ")));
        }
    }
    s
}

/// A string as Go's `strconv.Quote` writes it (for struct tags in type names).
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The integer kinds: their size and signedness decide wrap-around and printing. `int`,
/// `uint` and `uintptr` have the same size as `int64`/`uint64` but are distinct types, which
/// interfaces, type switches and `%T` must tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    Int,
    U8,
    U16,
    U32,
    U64,
    Uint,
    Uintptr,
}

impl IntKind {
    /// Wraps a 64-bit result to the kind (two's complement), as Go's arithmetic does.
    #[inline(always)]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::I64 | IntKind::Int | IntKind::U64 | IntKind::Uint | IntKind::Uintptr => v,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
        }
    }

    pub fn is_unsigned(self) -> bool {
        matches!(self, IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64 | IntKind::Uint | IntKind::Uintptr)
    }

    pub fn bits(self) -> u32 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::Int | IntKind::U64 | IntKind::Uint | IntKind::Uintptr => 64,
        }
    }

    /// The type's name as `%T` prints it.
    pub fn name(self) -> &'static str {
        match self {
            IntKind::I8 => "int8",
            IntKind::I16 => "int16",
            IntKind::I32 => "int32",
            IntKind::I64 => "int64",
            IntKind::Int => "int",
            IntKind::U8 => "uint8",
            IntKind::U16 => "uint16",
            IntKind::U32 => "uint32",
            IntKind::U64 => "uint64",
            IntKind::Uint => "uint",
            IntKind::Uintptr => "uintptr",
        }
    }
}
