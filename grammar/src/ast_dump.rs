//! `dump_ast`: the AST as indented text, one node per line, for `gint dump-ast` and the parse goldens.
//!
//! Invariants: the output depends only on the tree and the source text, never on `NodeId`s
//! (they shift with the parser's base id); every variant and every field of the AST is
//! matched by name, without `_` or `..`, so a new node or field fails to compile here until
//! the dump shows it or says why it is skipped.

use crate::ast::*;
use crate::span::Span;
use std::fmt::Write;

/// The tree under `file`, one node per line: two spaces of indentation per depth, a role when
/// the parent has optional or several lists of children (`init:`, `cond:`, `lhs:`, `param:`),
/// the node kind in go/ast's names, its scalar attributes, then `@LINE:COL` of its start:
///
/// ```text
/// File package main @1:1
///   FuncDecl main @3:1
///     FuncType @3:10
///     BlockStmt @3:13
///       ExprStmt @4:2
///         CallExpr @4:2
///           SelectorExpr .Println @4:2
///             Ident fmt @4:2
///           BasicLit STRING "hi" @4:14
/// ```
///
/// Control characters inside literals are escaped (`\n`), so each node stays on one line.
pub fn dump_ast(file: &File, src: &str) -> String {
    let mut d = Dumper { out: String::with_capacity(src.len() * 3), lines: LineIndex::new(src) };
    d.file(file);
    d.out
}

/// Line starts of one source, so that line:column costs a binary search and not a scan
/// (the dump runs over the whole standard library). Agrees with `span::line_col`.
struct LineIndex {
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(src.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        LineIndex { starts, len: src.len() as u32 }
    }

    fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = offset.min(self.len);
        // starts[0] == 0 <= offset, so the line is at least 1.
        let line = self.starts.partition_point(|&s| s <= offset);
        (line, (offset - self.starts[line - 1]) as usize + 1)
    }
}

const SPACES: &str = "                                                                ";

/// Role shown before a node that the parent does not otherwise tell apart; empty for none.
type Role = &'static str;

struct Dumper {
    out: String,
    lines: LineIndex,
}

impl Dumper {
    // ---- one line --------------------------------------------------------------------

    /// Starts a node's line: indentation, role and kind. Attributes follow, then `close`.
    fn open(&mut self, depth: usize, role: Role, kind: &str) {
        let mut n = depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.out.push_str(&SPACES[..k]);
            n -= k;
        }
        if !role.is_empty() {
            self.out.push_str(role);
            self.out.push_str(": ");
        }
        self.out.push_str(kind);
    }

    fn attr(&mut self, s: &str) {
        self.out.push(' ');
        self.out.push_str(s);
    }

    /// A literal as written, with control characters (newlines of raw strings) escaped.
    fn literal(&mut self, lit: &BasicLit) {
        self.out.push(' ');
        for c in lit.raw.chars() {
            if c.is_control() {
                let _ = write!(self.out, "{}", c.escape_default());
            } else {
                self.out.push(c);
            }
        }
    }

    /// ` a, b, c` for an identifier list; nothing when it is empty.
    fn names(&mut self, names: &[Ident]) {
        for (i, n) in names.iter().enumerate() {
            self.out.push_str(if i == 0 { " " } else { ", " });
            self.out.push_str(&n.name);
        }
    }

    fn close(&mut self, span: Span) {
        let (line, col) = self.lines.line_col(span.lo);
        let _ = writeln!(self.out, " @{line}:{col}");
    }

    /// A line with no attributes.
    fn node(&mut self, depth: usize, role: Role, kind: &str, span: Span) {
        self.open(depth, role, kind);
        self.close(span);
    }

    // ---- declarations ----------------------------------------------------------------

    fn file(&mut self, f: &File) {
        // `imports` repeats the specs of the import declarations, which are dumped in `decls`.
        let File { span, package, imports: _, decls } = f;
        self.open(0, "", "File");
        self.attr("package");
        self.attr(&package.name);
        self.close(*span);
        for d in decls {
            self.decl(d, 1);
        }
    }

    fn decl(&mut self, d: &Decl, depth: usize) {
        match d {
            Decl::Gen(g) => self.gen_decl(g, depth),
            Decl::Func(f) => self.func_decl(f, depth),
            Decl::Bad(span) => self.node(depth, "", "BadDecl", *span),
        }
    }

    fn gen_decl(&mut self, g: &GenDecl, depth: usize) {
        let GenDecl { span, kind, grouped, specs } = g;
        self.open(depth, "", "GenDecl");
        self.attr(match kind {
            DeclKind::Import => "import",
            DeclKind::Const => "const",
            DeclKind::Type => "type",
            DeclKind::Var => "var",
        });
        if *grouped {
            self.attr("grouped");
        }
        self.close(*span);
        for s in specs {
            match s {
                Spec::Import(i) => self.import_spec(i, depth + 1),
                Spec::Value(v) => self.value_spec(v, depth + 1),
                Spec::Type(t) => self.type_spec(t, depth + 1),
            }
        }
    }

    fn import_spec(&mut self, i: &ImportSpec, depth: usize) {
        let ImportSpec { span, name, path } = i;
        self.open(depth, "", "ImportSpec");
        if let Some(n) = name {
            self.attr(&n.name);
        }
        self.literal(path);
        self.close(*span);
    }

    fn value_spec(&mut self, v: &ValueSpec, depth: usize) {
        // `iota` follows from the spec's place in its group, which the dump already shows.
        let ValueSpec { span, names, typ, values, iota: _ } = v;
        self.open(depth, "", "ValueSpec");
        self.names(names);
        self.close(*span);
        self.opt_expr(typ.as_ref(), depth + 1, "type");
        self.exprs(values, depth + 1, "");
    }

    fn type_spec(&mut self, t: &TypeSpec, depth: usize) {
        let TypeSpec { span, name, type_params, alias, typ } = t;
        self.open(depth, "", "TypeSpec");
        self.attr(&name.name);
        if *alias {
            self.attr("alias");
        }
        self.close(*span);
        self.fields(type_params, depth + 1, "tparam");
        self.expr(typ, depth + 1, "");
    }

    fn func_decl(&mut self, f: &FuncDecl, depth: usize) {
        let FuncDecl { span, recv, name, type_params, sig, body } = f;
        self.open(depth, "", "FuncDecl");
        self.attr(&name.name);
        self.close(*span);
        if let Some(r) = recv {
            self.field(r, depth + 1, "recv");
        }
        self.fields(type_params, depth + 1, "tparam");
        self.func_type(sig, depth + 1, "");
        if let Some(b) = body {
            self.block(b, depth + 1, "");
        }
    }

    fn fields(&mut self, fields: &[Field], depth: usize, role: Role) {
        for f in fields {
            self.field(f, depth, role);
        }
    }

    fn field(&mut self, f: &Field, depth: usize, role: Role) {
        let Field { span, names, typ, tag } = f;
        self.open(depth, role, "Field");
        self.names(names);
        if let Some(t) = tag {
            self.attr("tag");
            self.literal(t);
        }
        self.close(*span);
        self.expr(typ, depth + 1, "");
    }

    fn func_type(&mut self, ft: &FuncType, depth: usize, role: Role) {
        let FuncType { span, params, results } = ft;
        self.node(depth, role, "FuncType", *span);
        self.fields(params, depth + 1, "param");
        self.fields(results, depth + 1, "result");
    }

    // ---- statements ------------------------------------------------------------------

    fn block(&mut self, b: &Block, depth: usize, role: Role) {
        let Block { span, stmts } = b;
        self.node(depth, role, "BlockStmt", *span);
        self.stmts(stmts, depth + 1);
    }

    fn stmts(&mut self, stmts: &[Stmt], depth: usize) {
        for s in stmts {
            self.stmt(s, depth, "");
        }
    }

    fn opt_stmt(&mut self, s: Option<&Stmt>, depth: usize, role: Role) {
        if let Some(s) = s {
            self.stmt(s, depth, role);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize, role: Role) {
        let Stmt { span, kind, depth: _ } = s;
        let (span, d) = (*span, depth + 1);
        match kind {
            StmtKind::Bad => self.node(depth, role, "BadStmt", span),
            StmtKind::Decl(g) => {
                self.node(depth, role, "DeclStmt", span);
                self.gen_decl(g, d);
            }
            StmtKind::Empty => self.node(depth, role, "EmptyStmt", span),
            StmtKind::Labeled { label, stmt } => {
                self.open(depth, role, "LabeledStmt");
                self.attr(&label.name);
                self.close(span);
                self.stmt(stmt, d, "");
            }
            StmtKind::Expr(e) => {
                self.node(depth, role, "ExprStmt", span);
                self.expr(e, d, "");
            }
            StmtKind::Send { chan, value } => {
                self.node(depth, role, "SendStmt", span);
                self.expr(chan, d, "");
                self.expr(value, d, "");
            }
            StmtKind::IncDec { x, inc } => {
                self.open(depth, role, "IncDecStmt");
                self.attr(if *inc { "++" } else { "--" });
                self.close(span);
                self.expr(x, d, "");
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.open(depth, role, "AssignStmt");
                match op {
                    AssignOp::Assign => self.attr("assign"),
                    AssignOp::Define => self.attr("define"),
                    AssignOp::Op(op) => {
                        let _ = write!(self.out, " op {}=", op.spelling());
                    }
                }
                self.close(span);
                self.exprs(lhs, d, "lhs");
                self.exprs(rhs, d, "rhs");
            }
            StmtKind::Go(e) => {
                self.node(depth, role, "GoStmt", span);
                self.expr(e, d, "");
            }
            StmtKind::Defer(e) => {
                self.node(depth, role, "DeferStmt", span);
                self.expr(e, d, "");
            }
            StmtKind::Return(results) => {
                self.node(depth, role, "ReturnStmt", span);
                self.exprs(results, d, "");
            }
            StmtKind::Branch { kind, label } => {
                self.open(depth, role, "BranchStmt");
                self.attr(match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                });
                if let Some(l) = label {
                    self.attr(&l.name);
                }
                self.close(span);
            }
            StmtKind::Block(b) => self.block(b, depth, role),
            StmtKind::If { init, cond, then, els } => {
                self.node(depth, role, "IfStmt", span);
                self.opt_stmt(init.as_deref(), d, "init");
                self.expr(cond, d, "");
                self.block(then, d, "");
                self.opt_stmt(els.as_deref(), d, "else");
            }
            StmtKind::Switch { init, tag, clauses, rbrace: _ } => {
                self.node(depth, role, "SwitchStmt", span);
                self.opt_stmt(init.as_deref(), d, "init");
                self.opt_expr(tag.as_ref(), d, "tag");
                self.case_clauses(clauses, d);
            }
            StmtKind::TypeSwitch { init, assign, clauses, rbrace: _ } => {
                self.node(depth, role, "TypeSwitchStmt", span);
                self.opt_stmt(init.as_deref(), d, "init");
                self.stmt(assign, d, "");
                self.case_clauses(clauses, d);
            }
            StmtKind::Select { clauses, rbrace: _ } => {
                self.node(depth, role, "SelectStmt", span);
                for c in clauses {
                    self.comm_clause(c, d);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.node(depth, role, "ForStmt", span);
                self.opt_stmt(init.as_deref(), d, "init");
                self.opt_expr(cond.as_ref(), d, "cond");
                self.opt_stmt(post.as_deref(), d, "post");
                self.block(body, d, "");
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.open(depth, role, "RangeStmt");
                if *define {
                    self.attr("define");
                } else if key.is_some() {
                    self.attr("assign");
                }
                self.close(span);
                self.opt_expr(key.as_ref(), d, "key");
                self.opt_expr(value.as_ref(), d, "value");
                self.expr(x, d, "");
                self.block(body, d, "");
            }
        }
    }

    fn case_clauses(&mut self, clauses: &[CaseClause], depth: usize) {
        for c in clauses {
            let CaseClause { span, list, body } = c;
            self.open(depth, "", "CaseClause");
            if list.is_none() {
                self.attr("default");
            }
            self.close(*span);
            if let Some(list) = list {
                self.exprs(list, depth + 1, "");
            }
            self.stmts(body, depth + 1);
        }
    }

    fn comm_clause(&mut self, c: &CommClause, depth: usize) {
        let CommClause { span, comm, body } = c;
        self.open(depth, "", "CommClause");
        if comm.is_none() {
            self.attr("default");
        }
        self.close(*span);
        self.opt_stmt(comm.as_deref(), depth + 1, "comm");
        self.stmts(body, depth + 1);
    }

    // ---- expressions -----------------------------------------------------------------

    fn exprs(&mut self, exprs: &[Expr], depth: usize, role: Role) {
        for e in exprs {
            self.expr(e, depth, role);
        }
    }

    fn opt_expr(&mut self, e: Option<&Expr>, depth: usize, role: Role) {
        if let Some(e) = e {
            self.expr(e, depth, role);
        }
    }

    fn expr(&mut self, e: &Expr, depth: usize, role: Role) {
        let Expr { id: _, span, kind, depth: _ } = e;
        let (span, d) = (*span, depth + 1);
        match kind {
            ExprKind::Bad => self.node(depth, role, "BadExpr", span),
            ExprKind::Ident(i) => {
                self.open(depth, role, "Ident");
                self.attr(&i.name);
                self.close(span);
            }
            ExprKind::BasicLit(lit) => {
                self.open(depth, role, "BasicLit");
                self.attr(match lit.kind {
                    LitKind::Int => "INT",
                    LitKind::Float => "FLOAT",
                    LitKind::Imag => "IMAG",
                    LitKind::Char => "CHAR",
                    LitKind::String => "STRING",
                });
                self.literal(lit);
                self.close(span);
            }
            ExprKind::CompositeLit { typ, elts, rbrace: _ } => {
                self.node(depth, role, "CompositeLit", span);
                self.opt_expr(typ.as_deref(), d, "type");
                self.exprs(elts, d, "");
            }
            ExprKind::KeyValue { key, value } => {
                self.node(depth, role, "KeyValueExpr", span);
                self.expr(key, d, "");
                self.expr(value, d, "");
            }
            ExprKind::FuncLit { typ, body } => {
                self.node(depth, role, "FuncLit", span);
                self.func_type(typ, d, "");
                self.block(body, d, "");
            }
            ExprKind::Paren(x) => {
                self.node(depth, role, "ParenExpr", span);
                self.expr(x, d, "");
            }
            ExprKind::Selector { x, sel } => {
                self.open(depth, role, "SelectorExpr");
                self.out.push_str(" .");
                self.out.push_str(&sel.name);
                self.close(span);
                self.expr(x, d, "");
            }
            ExprKind::Index { x, indices, rbrack: _ } => {
                let kind = if indices.len() == 1 { "IndexExpr" } else { "IndexListExpr" };
                self.node(depth, role, kind, span);
                self.expr(x, d, "");
                self.exprs(indices, d, "");
            }
            ExprKind::Slice { x, lo, hi, max, slice3 } => {
                self.open(depth, role, "SliceExpr");
                if *slice3 {
                    self.attr("slice3");
                }
                self.close(span);
                self.expr(x, d, "");
                self.opt_expr(lo.as_deref(), d, "lo");
                self.opt_expr(hi.as_deref(), d, "hi");
                self.opt_expr(max.as_deref(), d, "max");
            }
            ExprKind::TypeAssert { x, typ } => {
                self.open(depth, role, "TypeAssertExpr");
                if typ.is_none() {
                    self.attr(".(type)");
                }
                self.close(span);
                self.expr(x, d, "");
                self.opt_expr(typ.as_deref(), d, "");
            }
            ExprKind::Call { fun, args, ellipsis, rparen: _ } => {
                self.open(depth, role, "CallExpr");
                if ellipsis.is_some() {
                    self.attr("ellipsis");
                }
                self.close(span);
                self.expr(fun, d, "");
                self.exprs(args, d, "");
            }
            ExprKind::Unary { op: UnaryOp::Deref, x } => {
                // go/ast's StarExpr: a dereference, or a pointer type in type position.
                self.node(depth, role, "StarExpr", span);
                self.expr(x, d, "");
            }
            ExprKind::Unary {
                op:
                    op @ (UnaryOp::Pos
                    | UnaryOp::Neg
                    | UnaryOp::Not
                    | UnaryOp::Xor
                    | UnaryOp::Addr
                    | UnaryOp::Recv
                    | UnaryOp::Tilde),
                x,
            } => {
                self.open(depth, role, "UnaryExpr");
                self.attr(op.spelling());
                self.close(span);
                self.expr(x, d, "");
            }
            ExprKind::Binary { op, x, y } => {
                self.open(depth, role, "BinaryExpr");
                self.attr(op.spelling());
                self.close(span);
                self.expr(x, d, "");
                self.expr(y, d, "");
            }
            ExprKind::ArrayType { len, elem } => {
                self.node(depth, role, "ArrayType", span);
                self.opt_expr(len.as_deref(), d, "len");
                self.expr(elem, d, "");
            }
            ExprKind::StructType { fields } => {
                self.node(depth, role, "StructType", span);
                self.fields(fields, d, "");
            }
            ExprKind::FuncType(ft) => self.func_type(ft, depth, role),
            ExprKind::InterfaceType { elems } => {
                self.node(depth, role, "InterfaceType", span);
                self.fields(elems, d, "");
            }
            ExprKind::MapType { key, value } => {
                self.node(depth, role, "MapType", span);
                self.expr(key, d, "");
                self.expr(value, d, "");
            }
            ExprKind::ChanType { dir, elem } => {
                self.open(depth, role, "ChanType");
                self.attr(match dir {
                    ChanDir::Both => "dir both",
                    ChanDir::Send => "dir send",
                    ChanDir::Recv => "dir recv",
                });
                self.close(span);
                self.expr(elem, d, "");
            }
            ExprKind::Ellipsis(elem) => {
                self.node(depth, role, "Ellipsis", span);
                self.opt_expr(elem.as_deref(), d, "");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{line_col, FileId};

    fn dump(src: &str) -> String {
        let parsed = crate::parse_file(src, FileId(0), 0);
        assert!(parsed.errors.is_empty(), "unexpected errors: {:?}", parsed.errors);
        dump_ast(&parsed.ast.expect("parsed"), src)
    }

    fn check_lines(src: &str, want: &[&str]) {
        let got = dump(src);
        for w in want {
            assert!(got.lines().any(|l| l == *w), "missing line {w:?} in:\n{got}");
        }
    }

    #[test]
    fn ast_dump_hello() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";
        let want = "\
File package main @1:1
  GenDecl import @3:1
    ImportSpec \"fmt\" @3:8
  FuncDecl main @5:1
    FuncType @5:10
    BlockStmt @5:13
      ExprStmt @6:2
        CallExpr @6:2
          SelectorExpr .Println @6:2
            Ident fmt @6:2
          BasicLit STRING \"hi\" @6:14
";
        assert_eq!(dump(src), want);
    }

    #[test]
    fn ast_dump_attributes() {
        let src = r#"package p

type S[T any] struct {
	a, b int `json:"a"`
	T
}

func (s *S[T]) M(xs ...int) (n int, err error) {
	var c chan<- int
	var r <-chan int
	n += len(xs)
	f(xs...)
	y := xs[1:2:3]
	z := xs[:n]
L:
	for i := 0; i < n; i++ {
		continue L
	}
	return
}
"#;
        check_lines(
            src,
            &[
                "  GenDecl type @3:1",
                "    TypeSpec S @3:6",
                "      tparam: Field T @3:8",
                "        Field a, b tag `json:\"a\"` @4:2",
                "        Field @5:2",
                "    recv: Field s @8:7",
                "      StarExpr @8:9",
                "        IndexExpr @8:10",
                "      param: Field xs @8:18",
                "        Ellipsis @8:21",
                "      result: Field n @8:30",
                "      result: Field err @8:37",
                "            type: ChanType dir send @9:8",
                "            type: ChanType dir recv @10:8",
                "      AssignStmt op += @11:2",
                "        lhs: Ident n @11:2",
                "        rhs: CallExpr @11:7",
                "        CallExpr ellipsis @12:2",
                "        rhs: SliceExpr slice3 @13:7",
                "          max: BasicLit INT 3 @13:14",
                "          hi: Ident n @14:11",
                "      LabeledStmt L @15:1",
                "          init: AssignStmt define @16:6",
                "          cond: BinaryExpr < @16:14",
                "          post: IncDecStmt ++ @16:21",
                "            BranchStmt continue L @17:3",
                "      ReturnStmt @19:2",
            ],
        );
    }

    #[test]
    fn ast_dump_line_index_agrees_with_line_col() {
        let src = "a\n\nbc\r\nd\u{e9}f\n";
        let index = LineIndex::new(src);
        for off in 0..=src.len() + 2 {
            assert_eq!(index.line_col(off as u32), line_col(src, off), "offset {off}");
        }
    }

    /// 10,000 nested parentheses must dump on a stack no bigger than a main thread's 8 MiB.
    #[test]
    fn ast_dump_deep_nesting() {
        const DEPTH: usize = 10_000;
        let handle = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(|| {
                let src = format!("package p\n\nvar x = {}1{}\n", "(".repeat(DEPTH), ")".repeat(DEPTH));
                let out = dump(&src);
                let last = out.lines().last().unwrap_or_default();
                (out.lines().count(), last.trim_start().to_string(), last.len() - last.trim_start().len())
            })
            .expect("spawn");
        let (lines, last, indent) = handle.join().expect("dump overflowed its stack");
        // File, GenDecl, ValueSpec, DEPTH ParenExprs, BasicLit.
        assert_eq!(lines, DEPTH + 4);
        assert_eq!(last, format!("BasicLit INT 1 @3:{}", 9 + DEPTH));
        assert_eq!(indent, 2 * (DEPTH + 3));
    }
}
