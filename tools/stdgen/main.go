// Command stdgen writes gint's Unicode data file, stdlib/unicode/tables.go.
//
// It derives the data (category sets, case mappings, fold orbits) by asking the real
// toolchain's unicode package about every code point 0..MaxRune, so the tables describe the
// same Unicode version as the Go that runs it. Only facts are taken, never code.
//
// Usage (from the repository root): go run tools/stdgen/main.go
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"sort"
	"strconv"
	"unicode"
)

const out = "stdlib/unicode/tables.go"

// categoryNames lists the category tables to emit, each under the name _<cat>.
var categoryNames = []string{
	"C", "Cc", "Cf", "Cn", "Co", "Cs",
	"L", "LC", "Ll", "Lm", "Lo", "Lt", "Lu",
	"M", "Mc", "Me", "Mn",
	"N", "Nd", "Nl", "No",
	"P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
	"S", "Sc", "Sk", "Sm", "So",
	"Z", "Zl", "Zp", "Zs",
}

// rng is one run of code points lo, lo+stride, ..., hi.
type rng struct{ lo, hi, stride rune }

// ranges compresses a sorted set of code points into strided runs, never letting a run
// cross the 16-bit boundary (Range16 and Range32 are kept apart).
func ranges(set []rune) []rng {
	var rs []rng
	for i := 0; i < len(set); {
		lo := set[i]
		if i+1 == len(set) || (lo < 0x10000) != (set[i+1] < 0x10000) {
			rs = append(rs, rng{lo, lo, 1})
			i++
			continue
		}
		stride := set[i+1] - lo
		j := i + 1
		for j+1 < len(set) && set[j+1]-set[j] == stride && (set[j+1] < 0x10000) == (lo < 0x10000) {
			j++
		}
		rs = append(rs, rng{lo, set[j], stride})
		i = j + 1
	}
	return rs
}

func members(t *unicode.RangeTable) []rune {
	var set []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			set = append(set, r)
		}
	}
	return set
}

// table writes a RangeTable for the set as a call of decodeTable (table_decode.go) on a
// compact text: its ranges as base-36 numbers "lo,hi,stride," with R16's and R32's apart
// by ";". A literal of thousands of composite elements would cost every program that
// imports unicode (most do, through strings) the time to parse and check it; the text
// costs nothing until the program uses the table.
func table(b *bytes.Buffer, name string, set []rune) {
	rs := ranges(set)
	var text []byte
	wrote32 := false
	for _, r := range rs {
		if r.hi >= 0x10000 && !wrote32 {
			text = append(text, ';')
			wrote32 = true
		}
		text = fmt.Appendf(text, "%s,%s,%s,", base36(r.lo), base36(r.hi), base36(r.stride))
	}
	fmt.Fprintf(b, "var %s = decodeTable(%q)\n\n", name, text)
}

func sortedKeys(m map[string]*unicode.RangeTable) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// exported writes a variable for each table (White_Space is declared in graphic.go) and the
// map of them all by name.
func exported(b *bytes.Buffer, mapName, doc string, names []string) {
	b.WriteString("var (\n")
	for _, n := range names {
		if n != "White_Space" {
			fmt.Fprintf(b, "%s = _%s\n", n, n)
		}
	}
	b.WriteString(")\n\n")
	fmt.Fprintf(b, "// %s\nvar %s = map[string]*RangeTable{\n", doc, mapName)
	for _, n := range names {
		fmt.Fprintf(b, "%q: %s,\n", n, n)
	}
	b.WriteString("}\n\n")
}

func base36(r rune) string {
	return strconv.FormatInt(int64(r), 36)
}

// caseRow is one run of code points sharing the same three case deltas.
type caseRow struct {
	lo, hi rune
	delta  [3]rune // UpperCase, LowerCase, TitleCase; upperLower marks alternating pairs
}

const upperLower = unicode.MaxRune + 1

// caseRows computes the case-mapping table from the three mapping functions.
func caseRows(up, low, title func(rune) rune) []caseRow {
	var rows []caseRow
	for r := rune(0); r <= unicode.MaxRune; r++ {
		d := [3]rune{up(r) - r, low(r) - r, title(r) - r}
		if d == [3]rune{} {
			continue
		}
		// An upper/lower alternation: r is upper, r+1 is its lower, title is the upper.
		alt := d == [3]rune{0, 1, 0}
		if alt && r+1 <= unicode.MaxRune && [3]rune{up(r+1) - r - 1, low(r+1) - r - 1, title(r+1) - r - 1} == [3]rune{-1, 0, -1} {
			n := len(rows)
			if n > 0 && rows[n-1].delta[0] == upperLower && rows[n-1].hi == r-1 {
				rows[n-1].hi = r + 1
			} else {
				rows = append(rows, caseRow{r, r + 1, [3]rune{upperLower, upperLower, upperLower}})
			}
			r++
			continue
		}
		n := len(rows)
		if n > 0 && rows[n-1].hi == r-1 && rows[n-1].delta == d {
			rows[n-1].hi = r
		} else {
			rows = append(rows, caseRow{r, r, d})
		}
	}
	return rows
}

func writeCaseRows(b *bytes.Buffer, name string, typ string, rows []caseRow) {
	fmt.Fprintf(b, "var %s = %s{\n", name, typ)
	for _, c := range rows {
		fmt.Fprintf(b, "{%#x, %#x, d{%s, %s, %s}},\n", c.lo, c.hi, delta(c.delta[0]), delta(c.delta[1]), delta(c.delta[2]))
	}
	b.WriteString("}\n\n")
}

// writeCaseText writes the case table as a call of decodeCaseRanges on a compact text:
// base-36 numbers "lo,hi,up,low,title," per row, "-" before a negative delta and "*" for
// UpperLower (why: see table).
func writeCaseText(b *bytes.Buffer, name string, rows []caseRow) {
	var text []byte
	for _, c := range rows {
		text = fmt.Appendf(text, "%s,%s,", base36(c.lo), base36(c.hi))
		for _, d := range c.delta {
			switch {
			case d == upperLower:
				text = append(text, '*')
			case d < 0:
				text = append(text, '-')
				text = append(text, base36(-d)...)
			default:
				text = append(text, base36(d)...)
			}
			text = append(text, ',')
		}
	}
	fmt.Fprintf(b, "var %s = decodeCaseRanges(%q)\n\n", name, text)
}

func delta(d rune) string {
	if d == upperLower {
		return "UpperLower"
	}
	return fmt.Sprint(d)
}

// fallbackFold is what gint's SimpleFold computes when a rune is not in the orbit table.
func fallbackFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

func main() {
	var b bytes.Buffer
	b.WriteString("// Code generated by tools/stdgen; DO NOT EDIT.\n\n")
	b.WriteString("package unicode\n\n")
	fmt.Fprintf(&b, "// Version is the Unicode edition from which the tables are derived.\nconst Version = %q\n\n", unicode.Version)

	for _, name := range categoryNames {
		table(&b, "_"+name, members(unicode.Categories[name]))
	}
	scripts := sortedKeys(unicode.Scripts)
	for _, name := range scripts {
		table(&b, "_"+name, members(unicode.Scripts[name]))
	}
	props := sortedKeys(unicode.Properties)
	for _, name := range props {
		table(&b, "_"+name, members(unicode.Properties[name]))
	}
	exported(&b, "Scripts", "Scripts is the set of Unicode script tables.", scripts)
	exported(&b, "Properties", "Properties is the set of Unicode property tables.", props)

	// Fold tables: code points outside a category or script that fold into it.
	var foldCats []string
	for k := range unicode.FoldCategory {
		foldCats = append(foldCats, k)
	}
	sort.Strings(foldCats)
	for _, k := range foldCats {
		table(&b, "fold"+k, members(unicode.FoldCategory[k]))
	}
	var foldScripts []string
	for k := range unicode.FoldScript {
		foldScripts = append(foldScripts, k)
	}
	sort.Strings(foldScripts)
	for _, k := range foldScripts {
		table(&b, "fold"+k, members(unicode.FoldScript[k]))
	}
	b.WriteString("// FoldCategory maps a category name to the code points outside the category that are\n// equivalent under simple case folding to code points inside it.\nvar FoldCategory = map[string]*RangeTable{\n")
	for _, k := range foldCats {
		fmt.Fprintf(&b, "%q: fold%s,\n", k, k)
	}
	b.WriteString("}\n\n")
	b.WriteString("// FoldScript maps a script name to the code points outside the script that are\n// equivalent under simple case folding to code points inside it.\nvar FoldScript = map[string]*RangeTable{\n")
	for _, k := range foldScripts {
		fmt.Fprintf(&b, "%q: fold%s,\n", k, k)
	}
	b.WriteString("}\n\n")

	writeCaseText(&b, "_CaseRanges", caseRows(unicode.ToUpper, unicode.ToLower, unicode.ToTitle))
	tc := unicode.TurkishCase
	var turkish []caseRow
	for _, c := range caseRows(tc.ToUpper, tc.ToLower, tc.ToTitle) {
		// Keep only the runs where the Turkish mapping differs from the default one.
		for r := c.lo; r <= c.hi; r++ {
			if tc.ToUpper(r) != unicode.ToUpper(r) || tc.ToLower(r) != unicode.ToLower(r) || tc.ToTitle(r) != unicode.ToTitle(r) {
				turkish = append(turkish, caseRow{r, r, [3]rune{tc.ToUpper(r) - r, tc.ToLower(r) - r, tc.ToTitle(r) - r}})
			}
		}
	}
	writeCaseRows(&b, "_TurkishCase", "SpecialCase", turkish)

	// Fold orbits that the simple lower/upper rule does not reproduce.
	b.WriteString("// foldOrbit lists the code points whose SimpleFold is not simply their lower case\n// (or, failing that, upper case) mapping, with the fold.\nvar foldOrbit = []foldPair{\n")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != fallbackFold(r) {
			fmt.Fprintf(&b, "{%#x, %#x},\n", r, f)
		}
	}
	b.WriteString("}\n\n")

	// Latin-1 property bits, so the common functions avoid a table search.
	b.WriteString("// latin1 holds the property bits (pC, pP, ...) of the first 256 code points.\nvar latin1 = [MaxLatin1 + 1]uint8{\n")
	for r := rune(0); r <= unicode.MaxLatin1; r++ {
		var bits []string
		add := func(ok bool, s string) {
			if ok {
				bits = append(bits, s)
			}
		}
		add(unicode.IsControl(r), "pC")
		add(unicode.IsPunct(r), "pP")
		add(unicode.IsNumber(r), "pN")
		add(unicode.IsSymbol(r), "pS")
		add(unicode.Is(unicode.Zs, r), "pZs")
		add(unicode.IsUpper(r), "pLu")
		add(unicode.IsLower(r), "pLl")
		add(unicode.IsLetter(r), "pL")
		s := "0"
		if len(bits) > 0 {
			s = bits[0]
			for _, x := range bits[1:] {
				s += " | " + x
			}
		}
		fmt.Fprintf(&b, "%#02x: %s,\n", r, s)
	}
	b.WriteString("}\n")

	src, err := format.Source(b.Bytes())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.WriteFile(out+".broken", b.Bytes(), 0o644)
		os.Exit(1)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
