#!/usr/bin/env python3
"""Differential test of fmt and strconv: generates Go programs of many Printf/strconv calls
(a grid of verbs x flags x widths/precisions x values), runs each under the real Go and under
gint, and compares their output line by line.

Usage: tools/fmt_difftest.py [--show N] [--keep DIR]
Env: GO (default ~/.go/bin/go), GINT (default target/release/gint).
Prints, per group, lines compared and lines equal, then the first N differing lines.
A program gint cannot run counts all its lines as different.
"""
import os
import subprocess
import sys
import tempfile

GO = os.environ.get("GO", os.path.expanduser("~/.go/bin/go"))
GINT = os.environ.get("GINT", "target/release/gint")

VERBS = "v +v #v T t b c d o O q x X U e E f F g G s".split()
FLAGS = ["", "+", "-", "#", "0", " ", "-0", "+0", "# "]
WIDTHS = ["", "6", ".2", "9.3", ".0", "1"]

# Values as Go expressions, by group. The prelude defines nan, inf and the like.
VALUES = {
    "int": ["0", "42", "-42", "int8(-128)", "int16(32767)", "int32(-7)", "int64(-9223372036854775808)",
            "uint8(255)", "uint16(0)", "uint32(4294967295)", "uint64(18446744073709551615)", "uint(7)",
            "uintptr(10)", "'x'", "rune(0x1F600)", "rune(-1)", "byte('A')", "1234567"],
    "float": ["0.0", "negzero", "1.0", "-2.5", "3.14159265358979", "1e21", "1e20", "1e-7", "0.0001",
              "123456789.0", "float32(0.1)", "float32(-1e10)", "nan", "inf", "-inf", "2.5e-310",
              "1.7976931348623157e308", "100.0", "0.000123456"],
    "complex": ["(1 + 2i)", "(-1.5 - 0.25i)", "complex64(3)", "complex64(0.1 + 1e10i)"],
    "string": ['""', '"hi"', '"héllo\\n"', '"\\xff\\x00a"', '"a\\tb\\"c\\\\"', '"日本語"', '"`x`"'],
    "bytes": ["[]byte{}", "[]byte{104, 105}", "[]byte{0, 255, 10}", "[]byte(nil)"],
    "bool": ["true", "false"],
    "composite": ["[]int{1, -2, 3}", "[]string{\"a\", \"b c\"}", "[2]bool{true, false}", "P{1, \"x\"}",
                  "&P{2, \"y\"}", "map[string]int{\"b\": 2, \"a\": 1}", "map[int]string{3: \"c\", -1: \"z\"}",
                  "[]float64{1.5, -0.25}", "struct{}{}", "[][]int{{1}, {2, 3}}", "[]any{1, \"a\", nil}",
                  "nilmap", "nilslice", "nilptr", "nilerr", "nil", "[]P{{1, \"a\"}}", "Q{P{1, \"z\"}, []int{9}}"],
}

PRELUDE = """package main

import (
\t"fmt"
\t"math"
)

type P struct {
\tA int
\tB string
}

type Q struct {
\tP
\tL []int
}

var zero float64
var nan = zero / zero
var inf = 1 / zero
var negzero = -zero
var _ = math.Pi
var nilmap map[string]int
var nilslice []int
var nilptr *P
var nilerr error

func main() {
"""

# Format strings that are not a verb grid: argument indexes, stars, bad and missing operands.
SPECIAL = [
    ('"%[2]d %[1]d"', "1, 2"), ('"%[3]d"', "1, 2"), ('"%[0]d"', "1"), ('"%[x]d"', "1"), ('"%[2]*[1]d"', "12, 5"),
    ('"%*d"', "5, 42"), ('"%-*d|"', "5, 42"), ('"%*d"', "-5, 42"), ('"%.*f"', "2, 3.14159"), ('"%*d"', '"x", 1'),
    ('"%.*d"', "-1, 7"), ('"%d"', ""), ('"%d %d"', "1"), ('"%d"', "1, 2, \"x\""), ('"%"', ""), ('"%!"', ""),
    ('"%z"', "1"), ('"%d"', '"s"'), ('"%s"', "7"), ('"%.3s"', '"abcdef"'), ('"%5.1s|"', '"日本語"'),
    ('"%-8q|"', '"a"'), ('"%#q"', '"a`b"'), ('"%#q"', '"ab"'), ('"%+q"', '"日本"'), ('"%x"', '"日本"'),
    ('"% X"', "[]byte{1, 171}"), ('"%#x"', '"ab"'), ('"%# x"', '"ab"'), ('"%08.3f"', "-3.14159"),
    ('"%+.3e"', "12345.678"), ('"%#g"', "1.0"), ('"%#.3g"', "1.0"), ('"%#x"', "1.0"), ('"%.3x"', "1.0"),
    ('"%10.4v|"', "3.14159265"), ('"%-10v|"', "true"), ('"%05s"', '"ab"'), ('"%05d"', "-3"), ('"%.0d"', "0"),
    ('"%+d"', "0"), ('"% d"', "5"), ('"%x"', "-255"), ('"%#o"', "8"), ('"%O"', "-8"), ('"%#b"', "5"),
    ('"%#X"', "3054"), ('"%#U"', "'⌘'"), ('"%U"', "-1"), ('"%c"', "0x110000"), ('"%q"', "0x110000"),
    ('"%+q"', "'é'"), ('"%#v"', '[]string{"a"}'), ('"%#v"', "map[string]int{\"a\": 1}"), ('"%#v"', "nilslice"),
    ('"%#v"', "nilmap"), ('"%#v"', "nilptr"), ('"%#v"', "nilerr"), ('"%#v"', "1.0"), ('"%#v"', "1e6"),
    ('"%#v"', "1e21"), ('"%#v"', "uint8(3)"), ('"%#v"', "'a'"), ('"%#v"', "struct{ a int; b []int }{1, nil}"),
    ('"%#v"', "[]any{1, \"x\", nil, 2.5}"), ('"%#v"', "(1 - 2i)"), ('"%v %d"', "[]byte{1, 2}, []byte{1, 2}"),
    ('"%s"', "[]string{\"a\", \"b\"}"), ('"%d"', "[]int32{1, -2}"), ('"%x"', "[]int{10, 255}"),
    ('"%q"', "[]string{\"a\"}"), ('"%6.2f"', "[]float64{1, 2.555}"), ('"%t"', "1"), ('"%v"', "struct{}{}"),
    ('"%d"', "P{1, \"x\"}"), ('"%s"', "P{1, \"x\"}"), ('"%x"', "P{255, \"x\"}"), ('"%v"', "&[]int{1}"),
    ('"%v"', "&map[string]int{\"a\": 1}"), ('"%+v"', "Q{P{1, \"z\"}, nil}"), ('"%#v"', "Q{P{1, \"z\"}, nil}"),
    ('"%T"', "nil"), ('"%T"', "nilerr"), ('"%T"', "[]any{}"), ('"%T"', "map[string][]int{}"), ('"%T"', "struct{ X int }{}"),
    ('"%T"', "&P{}"), ('"%T"', "complex64(1)"), ('"%v"', "float32(1e-7)"), ('"%v"', "float32(16777216)"),
    ('"%g"', "float32(3.4e38)"), ('"%.20f"', "0.1"), ('"%.30e"', "1.0/3"), ('"%.3g"', "1e-5"), ('"%.3g"', "123456.0"),
    ('"%g"', "1e-5"), ('"%g"', "1e-4"), ('"%.0e"', "2.5"), ('"%.0f"', "2.5"), ('"%.0f"', "3.5"), ('"%.1f"', "0.25"),
    ('"%.1f"', "0.35"), ('"%5.1f|%-7.2f|"', "-0.05, 9.999"), ('"%e"', "0.0"), ('"%G"', "1e-10"), ('"%E"', "inf"),
    ('"%08.2f"', "nan"), ('"%+08.2f"', "inf"), ('"%-08.2f|"', "-inf"), ('"% f"', "nan"), ('"%010v"', "(1 - 2i)"),
    ('"%.2f"', "(1.234 - 5.678i)"), ('"%+.1e"', "1i"), ('"%v"', "complex64(0.1 + 0.2i)"),
    ('"%p"', "nilptr"), ('"%p"', "1"), ('"%s"', "nil"), ('"%d"', "nil"), ('"%v"', "[]error{nil}"),
    ('"%v|%s|%d"', "true, false, true"), ('"%6t|%-6t|"', "true, false"), ('"%x"', "true"),
    ('"%08b"', "uint8(5)"), ('"%o"', "int8(-8)"), ('"%x"', "int64(-9223372036854775808)"), ('"%d"', "^uint64(0)"),
    ('"%#08x"', "255"), ('"%# 8x"', "255"), ('"%-#8x|"', "255"), ('"%+.3d"', "7"), ('"%8.3d|"', "-7"), ('"%08.3d|"', "-7"),
    ('"%.0d|"', "0"), ('"%5.0d|"', "0"), ('"%c|%c"', "65, 0x65e5"), ('"%-4c|"', "'x'"), ('"%03c|"', "'x'"),
    ('"%q"', "'\\''"), ('"%q"', "'\\n'"), ('"%q"', "'\\x00'"), ('"%+q"', "'\\u00e9'"), ('"%#q"', "'\\u00e9'"),
    ('"%#+q"', "'\\u00e9'"), ('"%q"', '"\\u2028"'), ('"%+q"', '"\\U0001F600"'), ('"%x"', '""'), ('"% x"', '""'),
    ('"%10.3x|"', '"abcdef"'), ('"%-10X|"', "[]byte{1, 2}"), ('"%v"', "[3]int{}"), ('"%v"', "[]string{}"),
    ('"%03d"', "[]int{1, 2}"), ('"%v"', "map[float64]int{nan: 1, 1: 2, -inf: 3}"), ('"%v"', "map[bool]int{true: 1, false: 0}"),
    ('"%v"', "map[any]int{\"a\": 1, 2: 2, 1: 3, false: 4}"), ('"%v"', "map[[2]int]string{{2, 1}: \"b\", {1, 2}: \"a\"}"),
    ('"%d %s"', "[]any{1, \"a\"}, []any{1, \"a\"}"), ('"%v"', "[]*int{nil}"), ('"%6.2v|"', "\"abc\""),
    ('"%.1v"', "[]string{\"abc\", \"de\"}"), ('"%x"', "[]string{\"ab\", \"c\"}"), ('"%X"', "[]byte(\"hi\")"),
    ('"%s"', "[]byte(\"hi\")"), ('"%q"', "[]byte(\"hi\")"), ('"%v"', "[]uint8{1}"), ('"%v"', "[2]byte{1, 2}"),
    ('"%s"', "[2]byte{104, 105}"), ('"%x"', "[2]byte{104, 105}"), ('"%d"', "[2]byte{104, 105}"), ('"%#v"', "[]byte{1}"),
    ('"%#v"', "[2]byte{1}"), ('"%#v"', "\"a\\\"b\""), ('"%#v"', "int8(-3)"), ('"%#v"', "uintptr(9)"), ('"%#v"', "true"),
    ('"%#v"', "[]P{{1, \"a\"}}"), ('"%#v"', "&P{1, \"a\"}"), ('"%#v"', "[]*P{nil}"), ('"%#v"', "float32(2.5)"),
    ('"%#v"', "map[P]bool{{1, \"a\"}: true}"), ('"%#v"', "[]int(nil)"), ('"%#v"', "[]any{nilslice, nilmap}"),
    ('"%#v"', "nan"), ('"%#v"', "-inf"), ('"%#v"', "negzero"), ('"%#v"', "1e-5"), ('"%#v"', "123456789.0"),
    ('"%#v"', "struct{}{}"), ('"%#v"', "[0]int{}"), ('"%#v"', "map[string]int{}"), ('"%v"', "negzero"),
    ('"%8v|"', "[]int{1, 2}"), ('"%-8v|"', "P{1, \"a\"}"), ('"%08v"', "[]int{1, -2}"), ('"%+v"', "[]int{1, -2}"),
    ('"%x"', "[]P{{10, \"k\"}}"), ('"%v"', "int64(1)<<62"), ('"%b"', "4.0"), ('"%b"', "float32(1)"), ('"%b"', "nan"),
    ('"%.3b"', "-1.5"), ('"%x"', "-1.5"), ('"%X"', "1e300"), ('"%#.0x"', "1.0"), ('"%.2x"', "float32(0.1)"),
    ('"%x"', "negzero"), ('"%x"', "inf"), ('"%10.2x|"', "1.0"), ('"%-+12.3X|"', "3.0"), ('"%x"', "(1 + 2i)"),
    ('"%s %s"', '"a", nil'), ('"%v"', "[]any{nil, []int(nil), map[int]int(nil), (*P)(nil)}"),
    ('"%v %v"', "any(nil), error(nil)"), ('"%s"', "nilerr"), ('"%d"', "nilerr"), ('"%q"', "nil"),
    ('"%!d"', "1"), ('"%-"', ""), ('"%.-1d"', "5"), ('"%5"', ""), ('"%[1]d %[1]x %[1]o"', "64"), ('"%[1]*d"', "3"),
    ('"%[2]d"', "1"), ('"%[1]d %d %d"', "1, 2"), ('"%d %[1]d %d"', "1, 2"), ('"%.[2]d"', "5, 3"), ('"%[3]*.[2]*[1]f"', "12.0, 2, 6"),
    ('"%[-1]d"', "1"), ('"%[99]d"', "1"), ('"%[1]"', "1"), ('"%[1]d %[2]"', "1, 2"), ('"%10000000000d"', "1"),
    ('"%.10000000000d"', "1"), ('"%*d"', "10000000, 1"), ('"%*d"', "uint(3), 1"), ('"%*d"', "int8(3), 1"),
    ('"%*d"', "3.0, 1"), ('"%.*d"', "nil, 1"), ('"%d%%"', "50"), ('"%5%|"', ""), ('"%-5%|"', ""),
    ('"%v"', "[]any{[]byte{1}, \"s\"}"), ('"%s"', "[]any{[]byte{104}, 3}"), ('"%v"', "&[2]int{1, 2}"),
    ('"%v"', "&struct{ a *int }{}"), ('"%+v"', "&struct{ a *int }{}"), ('"%v"', "[]*P{}"), ('"%d"', "&P{1, \"a\"}"),
    ('"%s"', "&P{1, \"a\"}"), ('"%v"', "&[]string{\"a\"}"), ('"%v"', "[]map[string]int{{\"a\": 1}}"),
    ('"%v"', "map[string][]int{\"z\": {1}, \"a\": nil}"), ('"%#v"', "map[string][]int{\"z\": {1}, \"a\": nil}"),
    ('"%v"', "map[string]P{\"k\": {1, \"v\"}}"), ('"%+v"', "map[string]P{\"k\": {1, \"v\"}}"), ('"%v"', "map[*int]int{}"),
    ('"%v"', "int32(-5)"), ('"%08.3e"', "-1234.5"), ('"%-12e|"', "1.0"), ('"%+g"', "-0.0"), ('"%g"', "1e100"),
    ('"%g"', "5e-324"), ('"%v"', "float32(5e-45)"), ('"%.100f"', "1.0"), ('"%.5g"', "100000.0"), ('"%.5g"', "1000000.0"),
    ('"%.3v"', "1234.5678"), ('"%.3v"', "(1234.5678 + 1i)"), ('"%#.4g"', "0.0"), ('"%#.4g"', "12.0"), ('"%#e"', "1.0"),
    ('"%#.0e"', "1.0"), ('"%#.0f"', "1.0"), ('"%#g"', "1e-7"), ('"%#g"', "123456789.0"), ('"%#.3x"', "1.0"),
]

STRCONV = """
\tfor _, s := range []string{"0", "-0", "+5", "12a", "", "-", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
\t\t"0x1F", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_ff", "99999999999999999999", " 1", "١"} {
\t\tn, err := strconv.Atoi(s)
\t\tfmt.Println("Atoi", s, n, err)
\t\tfor _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
\t\t\tfor _, bits := range []int{0, 8, 16, 32, 64, 65} {
\t\t\t\tx, err := strconv.ParseInt(s, base, bits)
\t\t\t\tfmt.Println("ParseInt", s, base, bits, x, err)
\t\t\t\tu, err := strconv.ParseUint(s, base, bits)
\t\t\t\tfmt.Println("ParseUint", s, base, bits, u, err)
\t\t\t}
\t\t}
\t}
\tfor _, s := range []string{"0", "1", "-1.5", "1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "0x1p-2", "0x1.8p1",
\t\t"0X1P+2", "0x1", "inf", "+Inf", "-infinity", "nan", "NaN", "1_000.5", "0x_1p0", ".5", "5.", ".", "e5", "1e", "1e+",
\t\t"3.4028235e38", "3.5e38", "1.00000005960464477539", "0.1", "123456789012345678901234567890", "1.7976931348623159e308",
\t\t"2.2250738585072011e-308", "-0", "+.e1", "0x1.fffffffffffffp1023", "0x1p1024", "1e-46"} {
\t\tf, err := strconv.ParseFloat(s, 64)
\t\tfmt.Println("ParseFloat64", s, f, err)
\t\tg, err := strconv.ParseFloat(s, 32)
\t\tfmt.Println("ParseFloat32", s, g, err)
\t}
\tfor _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
\t\tb, err := strconv.ParseBool(s)
\t\tfmt.Println("ParseBool", s, b, err)
\t}
\tfor _, f := range []float64{0, negzero, 1, -1.5, 0.1, 1.0 / 3, 2.5, 1e21, 1e20, 1e-7, 123456789, 1e300, 5e-324, nan, inf, -inf, 100, 0.000123456, 3.4e38} {
\t\tfor _, c := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'} {
\t\t\tfor _, p := range []int{-1, 0, 1, 3, 10, 17} {
\t\t\t\tfmt.Println("FormatFloat", string(c), p, strconv.FormatFloat(f, c, p, 64), strconv.FormatFloat(f, c, p, 32))
\t\t\t}
\t\t}
\t}
\tfor _, i := range []int64{0, 1, -1, 35, 36, -255, 9223372036854775807, -9223372036854775808} {
\t\tfor _, b := range []int{2, 8, 10, 16, 36} {
\t\t\tfmt.Println("FormatInt", i, b, strconv.FormatInt(i, b), strconv.FormatUint(uint64(i), b), string(strconv.AppendInt([]byte("x"), i, b)))
\t\t}
\t\tfmt.Println("Itoa", strconv.Itoa(int(i)))
\t}
\tfor _, s := range []string{"", "a", "a\\"b", "\\x00\\x7f\\xff", "héllo", "日本", "\\u2028", "\\U0001F600", "\\t\\n\\r\\a\\b\\f\\v", "`", "\\ufeff", "\\u00ad"} {
\t\tfmt.Println("Quote", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s), string(strconv.AppendQuote([]byte("<"), s)))
\t}
\tfor _, r := range []rune{'a', '\\'', '"', '\\n', 0, 0x7f, 0xe9, 0x2028, 0x1F600, -1, 0x110000, 0xD800} {
\t\tfmt.Println("QuoteRune", strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
\t}
\tfor _, s := range []string{`"a"`, `"a\\nb"`, "`raw\\\\n`", `'x'`, `'\\''`, `"\\x41\\101\\u0041\\U00000041"`, `"unterminated`, `'ab'`, `"\\q"`, `""`, `''`, "`a\\nb`", `"\\'"`, `'\\"'`, `"\\xff"`, `"\\377"`, `"\\400"`, `"\\uD800"`, `x`, `"a"b"`} {
\t\tu, err := strconv.Unquote(s)
\t\tfmt.Printf("Unquote %s %q %v\\n", s, u, err)
\t}
\tfor _, s := range []string{`\\n rest`, `\\x41`, `\\u00e9z`, `é`, `\\'`, `\\"`, `\\z`, `\\`} {
\t\tfor _, q := range []byte{'"', '\\'', 0} {
\t\t\tv, mb, tail, err := strconv.UnquoteChar(s, q)
\t\t\tfmt.Printf("UnquoteChar %s %c %q %v %q %v\\n", s, q, v, mb, tail, err)
\t\t}
\t}
\tfmt.Println(string(strconv.AppendFloat([]byte("f:"), 1.5, 'g', -1, 64)), string(strconv.AppendBool(nil, true)), string(strconv.AppendUint(nil, 42, 2)), string(strconv.AppendQuoteRune(nil, 'x')), string(strconv.AppendQuoteToASCII(nil, "é")))
\tfmt.Println(strconv.FormatBool(false), strconv.IntSize)
\t_, err := strconv.ParseInt("x", 10, 64)
\tne := err.(*strconv.NumError)
\tfmt.Println(ne.Func, ne.Num, ne.Err)
"""


def fmt_groups():
    """(name, [Go statement]) for the verb grid and the special cases."""
    groups = []
    for name, values in VALUES.items():
        stmts = []
        for v in values:
            for verb in VERBS:
                for flag in FLAGS:
                    for w in WIDTHS:
                        spec = "%" + flag + w + verb
                        if verb[0] in "+#" and flag:
                            continue
                        if verb[0] in "+#":
                            spec = "%" + verb[0] + w + verb[1:]
                        stmts.append(f'\tfmt.Printf("{spec}|\\n", {v})')
            # Deduplicate (the +v/#v rows repeat for each flag); one program per value, so
            # that a value gint cannot run costs only its own lines.
            seen = set()
            stmts = [s for s in stmts if not (s in seen or seen.add(s))]
            groups.append((f"{name}{values.index(v)}", stmts))
            stmts = []
    special = []
    for f, args in SPECIAL:
        call = f"fmt.Sprintf({f}, {args})" if args else f"fmt.Sprintf({f})"
        special.append(f'\tfmt.Println({call} + "|")')
    # One program per case, so that a construct gint cannot run costs only its own line.
    for i, stmt in enumerate(special):
        groups.append((f"special{i}", [stmt]))
    return groups


def program(stmts, extra_imports=()):
    p = PRELUDE
    for imp in extra_imports:
        p = p.replace('\t"math"\n', f'\t"math"\n\t"{imp}"\n')
    return p + "\n".join(stmts) + "\n}\n"


def run(cmd, cwd):
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    return r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace") if r.returncode else ""


CACHE = os.environ.get("CACHE", os.path.join(tempfile.gettempdir(), "fmt_difftest_cache"))


def go_output(path, src, tmp):
    """Go's output for a program, cached by the program's text (Go's builds are slow)."""
    import hashlib
    os.makedirs(CACHE, exist_ok=True)
    key = os.path.join(CACHE, hashlib.sha256(src.encode()).hexdigest())
    if os.path.exists(key):
        with open(key) as f:
            return f.read(), ""
    out, err = run([GO, "run", path], tmp)
    if not err and out is not None:
        with open(key, "w") as f:
            f.write(out)
    return out, err


def main():
    show = 20
    keep = None
    args = sys.argv[1:]
    if "--show" in args:
        show = int(args[args.index("--show") + 1])
    if "--keep" in args:
        keep = args[args.index("--keep") + 1]
    gint = os.path.abspath(GINT)
    groups = fmt_groups() + [("strconv", [STRCONV])]
    total = same = 0
    diffs = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = keep or tmp
        os.makedirs(tmp, exist_ok=True)
        for name, stmts in groups:
            src = program(stmts, ["strconv"] if name == "strconv" else [])
            if name == "strconv":
                src = src.replace("import (\n", "import (\n").replace('var nan', 'var _ = strconv.IntSize\nvar nan')
            path = os.path.join(tmp, f"{name}.go")
            with open(path, "w") as f:
                f.write(src)
            want, err = go_output(path, src, tmp)
            if err:
                print(f"{name}: go failed: {err[:500]}")
                continue
            got, gerr = run([gint, path], tmp)
            # One line per call; the final newline ends the last line rather than starting one.
            wl = want.removesuffix("\n").split("\n")
            gl = (got or "").removesuffix("\n").split("\n")
            n = len(wl)
            eq = sum(1 for i in range(n) if i < len(gl) and gl[i] == wl[i])
            if gerr:
                diffs.append((name, 0, "(gint failed)", gerr.strip().split("\n")[0][:300]))
            total += n
            same += eq
            print(f"{name}: {eq}/{n} lines equal")
            src_lines = [s for s in stmts] if name != "strconv" else []
            for i in range(n):
                g = gl[i] if i < len(gl) else "<missing>"
                if g != wl[i]:
                    stmt = src_lines[i].strip() if i < len(src_lines) else ""
                    diffs.append((name, i, stmt, f"go={wl[i]!r} gint={g!r}"))
    print(f"TOTAL: {same}/{total} lines equal")
    for d in diffs[:show]:
        print(*d)


if __name__ == "__main__":
    main()
