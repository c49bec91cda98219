//! A unified diff of two texts, line by line, for showing expected vs actual output.

/// The lines of `expected` and `actual` as a unified diff (`-` expected, `+` actual) with
/// `context` lines around each change; empty if they are equal.
pub fn unified(expected: &str, actual: &str, context: usize) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    if a == b {
        return String::new();
    }
    let ops = diff_ops(&a, &b);
    // Group the edit script into hunks with `context` unchanged lines around changes.
    let mut out = String::new();
    let n = ops.len();
    let mut i = 0;
    while i < n {
        if matches!(ops[i], Op::Same(..)) {
            i += 1;
            continue;
        }
        let start = i.saturating_sub(context);
        let mut end = i;
        // Extend the hunk while changes are within 2*context of each other.
        let mut last_change = i;
        while end < n {
            if !matches!(ops[end], Op::Same(..)) {
                last_change = end;
            } else if end - last_change > 2 * context {
                break;
            }
            end += 1;
        }
        let end = (last_change + context + 1).min(n);
        let (a0, b0) = position(&ops[..start]);
        let (al, bl) = position(&ops[start..end]);
        out.push_str(&format!("@@ -{},{} +{},{} @@\n", a0 + 1, al, b0 + 1, bl));
        for op in &ops[start..end] {
            match op {
                Op::Same(l) => out.push_str(&format!(" {l}\n")),
                Op::Del(l) => out.push_str(&format!("-{l}\n")),
                Op::Add(l) => out.push_str(&format!("+{l}\n")),
            }
        }
        i = end;
    }
    out
}

enum Op<'a> {
    Same(&'a str),
    Del(&'a str),
    Add(&'a str),
}

/// How many lines of each side a run of operations covers.
fn position(ops: &[Op<'_>]) -> (usize, usize) {
    ops.iter().fold((0, 0), |(a, b), op| match op {
        Op::Same(_) => (a + 1, b + 1),
        Op::Del(_) => (a + 1, b),
        Op::Add(_) => (a, b + 1),
    })
}

/// A shortest edit script by longest common subsequence (outputs of tests are small; very
/// large inputs fall back to "all deleted, all added").
fn diff_ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Op<'a>> {
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        let mut ops: Vec<Op<'a>> = a.iter().map(|l| Op::Del(l)).collect();
        ops.extend(b.iter().map(|l| Op::Add(l)));
        return ops;
    }
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::new();
    while i < n && j < m {
        if a[i] == b[j] {
            ops.push(Op::Same(a[i]));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            ops.push(Op::Del(a[i]));
            i += 1;
        } else {
            ops.push(Op::Add(b[j]));
            j += 1;
        }
    }
    ops.extend(a[i..].iter().map(|l| Op::Del(l)));
    ops.extend(b[j..].iter().map(|l| Op::Add(l)));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a\nb\n", "a\nb\n", 3), "");
    }

    #[test]
    fn a_changed_line_shows_as_a_hunk() {
        let d = unified("a\nb\nc\n", "a\nx\nc\n", 1);
        assert_eq!(d, "@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n");
    }

    #[test]
    fn added_lines_at_the_end() {
        let d = unified("a\n", "a\nb\n", 3);
        assert_eq!(d, "@@ -1,1 +1,2 @@\n a\n+b\n");
    }
}
