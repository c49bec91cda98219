//! The abstract syntax tree of a Go source file, shaped after go/ast.
//!
//! Invariants: every node carries the `Span` of its source text; expressions and
//! identifiers carry a `NodeId` unique within one parse, so later phases can keep side
//! tables (types, constant values, resolved objects) without touching the tree. The AST
//! holds no type information, and types in expression position are expressions (as in
//! go/ast): `[]int`, `map[K]V`, `*T` and `chan T` are `Expr`s.

use crate::span::Span;

/// Identifies an expression or identifier node; dense, starting at the parser's base id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub span: Span,
    pub name: String,
}

/// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
#[derive(Clone, Debug)]
pub struct File {
    pub span: Span,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Gen(GenDecl),
    Func(FuncDecl),
    /// A declaration that failed to parse (an error was reported).
    Bad(Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Import,
    Const,
    Type,
    Var,
}

/// `import`, `const`, `type` or `var` with one spec or a parenthesised group.
#[derive(Clone, Debug)]
pub struct GenDecl {
    pub span: Span,
    pub kind: DeclKind,
    pub grouped: bool,
    pub specs: Vec<Spec>,
}

#[derive(Clone, Debug)]
pub enum Spec {
    Import(ImportSpec),
    Value(ValueSpec),
    Type(TypeSpec),
}

/// ImportSpec = [ "." | PackageName ] ImportPath .
#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub span: Span,
    pub name: Option<Ident>,
    pub path: BasicLit,
}

/// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
/// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub span: Span,
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec in its const group (the value of `iota`); 0 for vars.
    pub iota: u32,
}

/// TypeSpec = AliasDecl | TypeDef .  AliasDecl = identifier [ TypeParameters ] "=" Type .
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub span: Span,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub alias: bool,
    pub typ: Expr,
}

/// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
/// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub span: Span,
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
}

/// A parameter, result, struct field, type parameter or interface element.
/// `names` is empty for anonymous parameters and embedded fields.
#[derive(Clone, Debug)]
pub struct Field {
    pub span: Span,
    pub names: Vec<Ident>,
    pub typ: Expr,
    pub tag: Option<BasicLit>,
}

/// Signature = Parameters [ Result ] .
#[derive(Clone, Debug)]
pub struct FuncType {
    pub span: Span,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug)]
pub struct BasicLit {
    pub span: Span,
    pub kind: LitKind,
    /// The literal exactly as written in the source.
    pub raw: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Pos,   // +
    Neg,   // -
    Not,   // !
    Xor,   // ^
    Deref, // * (also the pointer type constructor in type position)
    Addr,  // &
    Recv,  // <-
    Tilde, // ~ (only in constraints)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    LOr,
    LAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    pub fn spelling(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

impl UnaryOp {
    pub fn spelling(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Pos => "+",
            Neg => "-",
            Not => "!",
            Xor => "^",
            Deref => "*",
            Addr => "&",
            Recv => "<-",
            Tilde => "~",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
    /// How deeply expressions nest inside this one (1 for a leaf); the parser bounds it so
    /// that no later phase can run out of stack.
    pub depth: u32,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An expression that failed to parse (an error was reported).
    Bad,
    Ident(Ident),
    BasicLit(BasicLit),
    /// CompositeLit = LiteralType LiteralValue . `typ` is None for an elided inner type.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elts: Vec<Expr>,
        rbrace: Span,
    },
    /// KeyedElement inside a composite literal: `key: value`.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        typ: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// Index expression `x[i]` or generic instantiation `f[T1, T2]` (the checker decides).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
        rbrack: Span,
    },
    /// Slice expression `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        slice3: bool,
    },
    /// `x.(T)`; `typ` is None for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        typ: Option<Box<Expr>>,
    },
    /// Call or conversion (the checker decides); `ellipsis` is the span of a final `...`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
        rparen: Span,
    },
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },

    // Types.
    /// `[N]T`, `[...]T` (len = Ellipsis) or `[]T` (len = None).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    /// `interface{ ... }`: methods have names and a FuncType; embedded elements have none.
    InterfaceType {
        elems: Vec<Field>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    /// `...T` in a parameter list, or `...` as an array length (elem None).
    Ellipsis(Option<Box<Expr>>),
}

#[derive(Clone, Debug)]
pub struct Block {
    pub span: Span,
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Define,
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
    /// How deeply statements and expressions nest inside this one (see `Expr::depth`).
    pub depth: u32,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Bad,
    Decl(GenDecl),
    Empty,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    /// `assign` is `x := y.(type)` (an Assign with Define) or the bare `y.(type)` (an Expr).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        assign: Box<Stmt>,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Span,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for key, value := range x` (define), `for k, v = range x`, or `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case x, y:` or `default:` (list None) in an expression or type switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub span: Span,
    pub list: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

/// `case send-or-receive:` or `default:` (comm None) in a select.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub span: Span,
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}
