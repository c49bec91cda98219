//! Nesting depth of AST nodes. Every later phase walks the tree recursively, so the parser
//! refuses code nested more than `MAX_DEPTH` levels deep (gc itself overflows its stack on a
//! million nested parentheses); real programs nest a few dozen levels at most.

use crate::ast::*;

/// The deepest nesting accepted. 100,000 parentheses are accepted, as gc accepts them.
pub const MAX_DEPTH: u32 = 150_000;

fn max_expr<'a>(es: impl IntoIterator<Item = &'a Expr>) -> u32 {
    es.into_iter().map(|e| e.depth).max().unwrap_or(0)
}

fn fields(fs: &[Field]) -> u32 {
    max_expr(fs.iter().map(|f| &f.typ))
}

fn func_type(f: &FuncType) -> u32 {
    fields(&f.params).max(fields(&f.results))
}

fn block(b: &Block) -> u32 {
    b.stmts.iter().map(|s| s.depth).max().unwrap_or(0)
}

fn opt(e: &Option<Box<Expr>>) -> u32 {
    e.as_ref().map_or(0, |e| e.depth)
}

/// The greatest depth among an expression's direct children.
pub fn expr_children(kind: &ExprKind) -> u32 {
    use ExprKind::*;
    match kind {
        Bad | Ident(_) | BasicLit(_) => 0,
        CompositeLit { typ, elts, .. } => opt(typ).max(max_expr(elts)),
        KeyValue { key, value } => key.depth.max(value.depth),
        FuncLit { typ, body } => func_type(typ).max(block(body)),
        Paren(x) | Selector { x, .. } | Unary { x, .. } => x.depth,
        Index { x, indices, .. } => x.depth.max(max_expr(indices)),
        Slice { x, lo, hi, max, .. } => x.depth.max(opt(lo)).max(opt(hi)).max(opt(max)),
        TypeAssert { x, typ } => x.depth.max(opt(typ)),
        Call { fun, args, .. } => fun.depth.max(max_expr(args)),
        Binary { x, y, .. } => x.depth.max(y.depth),
        ArrayType { len, elem } => opt(len).max(elem.depth),
        StructType { fields: fs } | InterfaceType { elems: fs } => fields(fs),
        FuncType(f) => func_type(f),
        MapType { key, value } => key.depth.max(value.depth),
        ChanType { elem, .. } => elem.depth,
        Ellipsis(e) => opt(e),
    }
}

fn gen_decl(g: &GenDecl) -> u32 {
    g.specs
        .iter()
        .map(|s| match s {
            Spec::Import(_) => 0,
            Spec::Value(v) => max_expr(v.typ.iter()).max(max_expr(&v.values)),
            Spec::Type(t) => t.typ.depth.max(fields(&t.type_params)),
        })
        .max()
        .unwrap_or(0)
}

fn opt_stmt(s: &Option<Box<Stmt>>) -> u32 {
    s.as_ref().map_or(0, |s| s.depth)
}

fn stmts(v: &[Stmt]) -> u32 {
    v.iter().map(|s| s.depth).max().unwrap_or(0)
}

/// The greatest depth among a statement's direct children.
pub fn stmt_children(kind: &StmtKind) -> u32 {
    use StmtKind::*;
    match kind {
        Bad | Empty | Branch { .. } => 0,
        Decl(g) => gen_decl(g),
        Labeled { stmt, .. } => stmt.depth,
        Expr(e) | Go(e) | Defer(e) => e.depth,
        Send { chan, value } => chan.depth.max(value.depth),
        IncDec { x, .. } => x.depth,
        Assign { lhs, rhs, .. } => max_expr(lhs).max(max_expr(rhs)),
        Return(v) => max_expr(v),
        Block(b) => block(b),
        If { init, cond, then, els } => opt_stmt(init).max(cond.depth).max(block(then)).max(opt_stmt(els)),
        Switch { init, tag, clauses, .. } => opt_stmt(init).max(max_expr(tag.iter())).max(cases(clauses)),
        TypeSwitch { init, assign, clauses, .. } => opt_stmt(init).max(assign.depth).max(cases(clauses)),
        Select { clauses, .. } => clauses.iter().map(|c| opt_stmt(&c.comm).max(stmts(&c.body))).max().unwrap_or(0),
        For { init, cond, post, body } => {
            opt_stmt(init).max(max_expr(cond.iter())).max(opt_stmt(post)).max(block(body))
        }
        Range { key, value, x, body, .. } => max_expr(key.iter().chain(value.iter())).max(x.depth).max(block(body)),
    }
}

fn cases(clauses: &[CaseClause]) -> u32 {
    clauses.iter().map(|c| c.list.as_ref().map_or(0, |l| max_expr(l)).max(stmts(&c.body))).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use crate::span::FileId;

    /// Parses on a thread with the stack the CLI gives (deep trees are dropped recursively).
    fn errors_of(src: String) -> Vec<String> {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || crate::parse_file(&src, FileId(0), 0).errors.into_iter().map(|e| e.msg).collect())
            .expect("spawn")
            .join()
            .expect("no panic")
    }

    fn nested_parens(n: usize) -> String {
        format!("package main\nfunc main() {{\n\tx := {}1{}\n\t_ = x\n}}\n", "(".repeat(n), ")".repeat(n))
    }

    #[test]
    fn deep_parentheses_parse_up_to_the_limit() {
        assert!(errors_of(nested_parens(10_000)).is_empty());
        assert!(errors_of(nested_parens(100_000)).is_empty());
    }

    #[test]
    fn deeper_nesting_is_a_clean_error() {
        let errs = errors_of(nested_parens(1_000_000));
        assert_eq!(errs, ["syntax error: code nested too deeply"]);
    }

    #[test]
    fn long_else_if_chains_and_unary_runs_are_bounded() {
        let chain = format!(
            "package main\nfunc main() {{\n\tx := 1\n\tif x == 0 {{\n\t}}{}\n}}\n",
            " else if x == 1 {\n\t}".repeat(200_000)
        );
        assert_eq!(errors_of(chain), ["syntax error: code nested too deeply"]);
        let unary = format!("package main\nvar x = {}1\n", "- ".repeat(200_000));
        assert_eq!(errors_of(unary), ["syntax error: code nested too deeply"]);
    }
}
